"""kg eval: the scorer itself, and the extraction bars on the corpus measured with it."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.api import extract_documents, load_corpus
from kg.cli import main
from kg.evaluate import Score, evaluate, load_gold, norm_mention

from .conftest import CORPUS, DATA

GOLD = DATA / "gold"


def _overall(reports):
    ent, rel = Score(), Score()
    for r in reports:
        ent.add(r.entities)
        rel.add(r.relations)
    return ent, rel


def test_scorer_counts_alignment_and_relations():
    gold = {"doc": "d", "entities": [
        {"id": "this_document", "label": "T", "type": "Document", "mentions": ["T"]},
        {"id": "cc", "label": "CC", "type": "Body", "mentions": ["Central Committee", "CC"]},
        {"id": "stalin", "label": "Stalin", "type": "Person", "mentions": ["Stalin"]}],
        "relations": [{"subject": "cc", "predicate": "issues", "object": "this_document", "evidence": "x"},
                      {"subject": "this_document", "predicate": "dated", "object_literal": "1938", "evidence": "x"}]}
    pred = {"doc": "d", "entities": [
        {"id": "d", "label": "T", "type": "Document", "mentions": [{"start": 0, "end": 1, "text": "T"}]},
        {"id": "central_committee", "label": "CC", "type": "Body", "mentions": [{"start": 2, "end": 4, "text": "the CC"}]},
        {"id": "moscow", "label": "Moscow", "type": "Place", "mentions": [{"start": 5, "end": 11, "text": "Moscow"}]}],
        "relations": [{"subject": "central_committee", "predicate": "issues", "object": "d"},
                      {"subject": "d", "predicate": "dated", "object_literal": "1937"}]}
    [r] = evaluate([pred], {"d": gold})
    assert (r.entities.tp, r.entities.fp, r.entities.fn) == (2, 1, 1)
    assert (r.relations.tp, r.relations.fp, r.relations.fn) == (1, 1, 1)
    assert r.entities.f1 == 2 / 3
    assert norm_mention("the  CC") == norm_mention("CC")


def test_corpus_meets_the_extraction_bars():
    docs, problems = load_corpus(CORPUS)
    assert not problems
    preds = [ex.to_json() for ex in extract_documents(docs)]
    ent, rel = _overall(evaluate(preds, load_gold(GOLD)))
    assert ent.f1 >= 0.95, ent
    assert rel.f1 >= 0.85, rel


def test_eval_command_prints_scores():
    r = CliRunner().invoke(main, ["eval", "--gold", str(GOLD), *sorted(str(p) for p in CORPUS.glob("*.txt"))])
    assert r.exit_code == 0, r.output
    assert "== overall" in r.output and "relations" in r.output and "F1" in r.output
    assert "== by entity type" in r.output and "Body" in r.output


# Held-out sets, written blind to the extractor (each folder's README says how), with a floor just
# below today's score, so that a change that makes unseen documents worse fails here.
#   heldout  (7 docs): studied as a development set since the first session
#   heldout2 (8 docs): first scored at entity F1 0.816, relation F1 0.321; since studied
#   heldout3 (8 docs): first scored at 0.816 / 0.344; the test set until its misses were studied
#   heldout4 (6 docs): overall scores only (0.840 / 0.386 when written) until its misses were studied (fourth session)
#   heldout5 (8 docs): first scored at 0.815 / 0.479; studied as a development set since
#   heldout6 (8 docs): written blind (0.813 / 0.392 with the code of its day); a development set since
#     the fifth session began (0.826 / 0.444 then)
#   heldout7 (8 docs): blind when written (0.806 / 0.372 at b5e3293); a development set since the sixth
#     session began (0.827 / 0.442 then)
#   heldout8 (8 docs): first scored at 0.766 / 0.402; a development set (kg.extract.structure was built on its misses)
#   heldout9, heldout10 (8 docs each): blind test sets written in the fifth session (0.753 / 0.520 and
#     0.808 / 0.438 when first scored); overall only for two sessions, development sets since the
#     seventh session began (0.777 / 0.592 and 0.833 / 0.531 then; 0.671 / 0.632 in relations after
#     that session's families read from their misses)
#   heldout11, heldout12 (8 docs each): blind test sets written in the sixth session (0.785 / 0.464 and
#     0.754 / 0.425 when first scored, main at 7dbe9b2); overall only for two sessions, development
#     sets since the eighth session began (0.785 / 0.475 and 0.779 / 0.445 then)
#   heldout13 (1920-1937), heldout14 (1938-1956) (8 docs each): blind test sets written in the seventh
#     session (0.795 / 0.458 and 0.810 / 0.409 when first scored, main at e72afc7); overall only for
#     two sessions, development sets since the ninth session began (0.809 / 0.487 and 0.829 / 0.441 then)
#   heldout15 (1920-1937), heldout16 (1938-1956) (8 docs each): blind test sets written in the eighth
#     session (0.854 / 0.533 and 0.792 / 0.412 when first scored, main at 89a8f9d); overall only
#   heldout17 (1920-1937), heldout18 (1938-1956) (8 docs each): blind test sets written in the ninth
#     session (0.770 / 0.398 and 0.829 / 0.530 when first scored, main at 0a2e4e8); overall only
HELDOUT_FLOORS = [("heldout", 7, 0.89, 0.72), ("heldout2", 8, 0.91, 0.77), ("heldout3", 8, 0.92, 0.71),
                  ("heldout4", 6, 0.90, 0.71), ("heldout5", 8, 0.90, 0.77), ("heldout6", 8, 0.89, 0.74),
                  ("heldout7", 8, 0.88, 0.64), ("heldout8", 8, 0.90, 0.76),
                  ("heldout9", 8, 0.84, 0.72), ("heldout10", 8, 0.87, 0.69),
                  ("heldout11", 8, 0.84, 0.56), ("heldout12", 8, 0.82, 0.64),
                  ("heldout13", 8, 0.85, 0.64), ("heldout14", 8, 0.88, 0.53),
                  ("heldout15", 8, 0.84, 0.55), ("heldout16", 8, 0.79, 0.43),
                  ("heldout17", 8, 0.76, 0.39), ("heldout18", 8, 0.82, 0.52)]


@pytest.mark.parametrize("name,count,entity_floor,relation_floor", HELDOUT_FLOORS, ids=[f[0] for f in HELDOUT_FLOORS])
def test_heldout_documents_stay_above_the_measured_floor(name, count, entity_floor, relation_floor):
    folder = DATA / name
    docs, problems = load_corpus(folder)
    assert not [p for p in problems if p.severity == "error"]
    exs = extract_documents(docs)
    preds = [ex.to_json() for ex in exs]
    texts = {ex.document.id: ex.document.text for ex in exs}
    ent, rel = _overall(evaluate(preds, load_gold(folder), texts))
    assert len(preds) == count
    assert ent.f1 >= entity_floor, ent
    assert rel.f1 >= relation_floor, rel


@pytest.mark.parametrize("name", ["gold"] + [f[0] for f in HELDOUT_FLOORS])
def test_every_gold_set_agrees_with_its_texts(name):
    """The checks of shared/gold/verify.py (tests/data/verify_gold.py) on every gold set: each
    mention and evidence quote is verbatim in its text, ids, predicates and dates well formed."""
    from tests.data.verify_gold import check
    folder = DATA / name
    errors, lines = check(folder, CORPUS if name == "gold" else None, signatures=name in ("gold", "heldout5"))
    assert errors == [], errors
    golds = [f for f in folder.glob("*.json") if f.name != "quantities.json"]
    assert len(golds) >= 3 and len([l for l in lines if not l.startswith("quantities")]) == len(golds)


def test_the_authority_ablation_switch_changes_the_authority_used(tmp_path, monkeypatch):
    """KG_AUTHORITY_CORE (an ablation, never the default) reduces the packaged authority to a
    core: the entries of before the first development set, or those a text names; the corpus's
    cached authority is keyed by it, and extraction reads the reduced one."""
    from kg.api import corpus_authority
    from kg.resolve.authority import CORE_ENV, GENERIC_SOURCES, load_authority
    monkeypatch.delenv(CORE_ENV, raising=False)
    full = load_authority()
    cache = tmp_path / "cache"
    assert len(corpus_authority(tmp_path, cache)) == len(full)
    monkeypatch.setenv(CORE_ENV, "predev")
    predev = load_authority()
    assert "stalin" in predev and "brezhnev" in full and "brezhnev" not in predev
    # the core's written entries, and every generated GeoNames place (a general resource, kept
    # by every core; in the full authority those sharing a name with a written place yield to it)
    generic = {k for k, e in predev.entries.items() if (e.source or "").startswith(GENERIC_SOURCES)}
    assert len(predev) - len(generic) == 266 < len(full) - len(generic)
    assert len(generic) > 500 and all(predev.get(k).type == "Place" for k in generic)
    assert len(corpus_authority(tmp_path, cache)) == len(predev)      # not the cached full one
    text = tmp_path / "names.txt"
    text.write_text("Stalin and the Politburo met.\n", encoding="utf-8")
    monkeypatch.setenv(CORE_ENV, str(text))
    core = load_authority()
    assert "stalin" in core and "politburo" in core and "brezhnev" not in core and len(core) - len(generic) < 20
    doc = tmp_path / "doc.txt"
    doc.write_text("Comrade Stalin spoke. Brezhnev listened.\n", encoding="utf-8")
    from kg.loaders import load_path
    ex = extract_documents([load_path(doc)], core)[0]
    assert "brezhnev" not in {e.id for e in ex.entities}
    monkeypatch.delenv(CORE_ENV)
    ex = extract_documents([load_path(doc)])[0]
    assert "brezhnev" in {e.id for e in ex.entities}
