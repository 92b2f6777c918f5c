"""Curation (corpus/curation.yaml): a historian's rejection removes a fact and an addition adds
one, both visible in every export and surviving a rebuild and a re-extraction; merges and splits
change entities; a correction that no longer matches the text is reported, never dropped."""
from __future__ import annotations

import json
import os
import re
import shutil

import networkx as nx
import pytest
import yaml
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import Namespace

from kg.api import build
from kg.cli import main
from kg.errors import InputError
from kg.graph.build import curator_iri
from kg.graph.validate import validate_dataset
from kg.resolve.curation import load_curation
from kg.vocab import PKG

from .conftest import CORPUS, ESSAY, RESOLUTION, TELEGRAM

OA = Namespace("http://www.w3.org/ns/oa#")
ID = "https://w3id.org/partkg/id/"
ADD_QUOTE = "Madam Kollontai accused the Party leadership of suppressing thought"


def _iri(key: str) -> URIRef:
    return URIRef(f"https://w3id.org/partkg/doc/{key}") if key[:3].isdigit() else URIRef(ID + key)


def _corpus(tmp_path, corrections: list[dict], curator: str = "Test Historian"):
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, corpus / p.name)
    (corpus / "curation.yaml").write_text(
        yaml.safe_dump({"curator": curator, "corrections": corrections}, allow_unicode=True, sort_keys=False),
        encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def victim(extractions):
    """An assertion the extractor makes from the telegram (chosen from the output, not hard-coded)."""
    ex = extractions[TELEGRAM]
    text = ex.document.text
    cands = sorted((a for a in ex.assertions if a.object is not None and text.count(a.evidence.text) == 1),
                   key=lambda a: (a.predicate, a.subject, a.object))
    return cands[0]


@pytest.fixture(scope="module")
def curated(tmp_path_factory, victim):
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")    # rebuilds compare byte for byte
    root = tmp_path_factory.mktemp("curated")
    corrections = [
        {"action": "reject", "document": TELEGRAM, "subject": victim.subject, "predicate": victim.predicate,
         "object": victim.object, "quote": victim.evidence.text, "note": "not what the telegram says"},
        {"action": "add", "document": ESSAY,
         "subject": {"id": "curated_kollontai", "type": "Person", "label": "Madam Kollontai"},
         "predicate": "criticizes",
         "object": {"id": "curated_leadership", "type": "Group", "label": "the Party leadership"},
         "quote": ADD_QUOTE, "by": "A. Second Historian"},
        {"action": "add", "document": ESSAY, "subject": {"id": "curated_congress", "type": "Event",
                                                         "label": "Eleventh Party Congress"},
         "predicate": "dated", "literal": "1922", "quote": "Eleventh Party Congress in 1922"},
    ]
    corpus = _corpus(root, corrections)
    out = root / "out"
    result = build(corpus, out, formats=("nquads", "graphml", "html", "jsonld"), jobs=1)
    return corpus, out, result


def _quads(out) -> Dataset:
    ds = Dataset()
    ds.parse(out / "partkg.nq", format="nquads")
    return ds


def _graph(ds: Dataset, doc: str):
    return ds.graph(URIRef(f"https://w3id.org/partkg/graph/{doc}"))


def _check_exports(out, victim):
    ds = _quads(out)
    tel = _graph(ds, TELEGRAM)
    s, p, o = _iri(victim.subject), PKG[victim.predicate], _iri(victim.object)
    # the rejected fact: no plain triple, but its assertion node stays, rejected, with the note
    assert (s, p, o) not in tel
    [a] = [a for a in tel.subjects(RDF.subject, s) if (a, RDF.predicate, p) in tel and (a, RDF.object, o) in tel]
    assert tel.value(a, PKG.status) == Literal("rejected")
    assert tel.value(a, RDFS.comment) == Literal("not what the telegram says")
    assert curator_iri("Test Historian") in set(tel.objects(a, URIRef("http://www.w3.org/ns/prov#wasAttributedTo")))
    # the added fact: a plain triple, an assertion "added" with its quote at its offsets
    essay = _graph(ds, ESSAY)
    k, lead = URIRef(ID + "curated_kollontai"), URIRef(ID + "curated_leadership")
    assert (k, PKG.criticizes, lead) in essay
    assert (k, RDF.type, PKG.Person) in essay and (lead, RDFS.label, Literal("the Party leadership", lang="en")) in essay
    [b] = list(essay.subjects(RDF.subject, k))
    assert essay.value(b, PKG.status) == Literal("added") and essay.value(b, PKG.extractor) == Literal("curation")
    assert curator_iri("A. Second Historian") in set(essay.objects(b, URIRef("http://www.w3.org/ns/prov#wasAttributedTo")))
    target = essay.value(b, OA.hasTarget)
    sel = {essay.value(x, RDF.type): x for x in essay.objects(target, OA.hasSelector)}
    start = essay.value(sel[OA.TextPositionSelector], OA.start).toPython()
    end = essay.value(sel[OA.TextPositionSelector], OA.end).toPython()
    text = str(essay.value(URIRef(f"https://w3id.org/partkg/doc/{ESSAY}"), PKG.text))
    assert text[start:end] == str(essay.value(sel[OA.TextQuoteSelector], OA.exact)) == ADD_QUOTE
    assert (URIRef(ID + "curated_congress"), PKG.dated, Literal("1922", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#gYear"))) in essay
    # the network exports and the HTML graph
    g = nx.read_graphml(out / "partkg.graphml")
    edges = {(u, v, d["predicate"], d["doc"]) for u, v, d in g.edges(data=True)}
    assert ("curated_kollontai", "curated_leadership", "criticizes", ESSAY) in edges
    assert (victim.subject, victim.object, victim.predicate, TELEGRAM) not in edges
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1))
    hedges = {(e["from"], e["to"], e["predicate"], e["doc"]) for e in data["edges"]}
    assert ("curated_kollontai", "curated_leadership", "criticizes", ESSAY) in hedges
    assert (victim.subject, victim.object, victim.predicate, TELEGRAM) not in hedges
    jsonld = (out / "partkg.jsonld").read_text(encoding="utf-8")
    assert "curated_kollontai" in jsonld and '"rejected"' in jsonld


def test_a_rejection_removes_a_fact_and_an_addition_adds_one(curated, victim):
    _, out, result = curated
    assert result.curation.counts == {"reject": 1, "add": 2}
    assert not [p for p in result.problems if "curation" in p.path]
    _check_exports(out, victim)
    report = validate_dataset(result.dataset)
    assert report.conforms, "\n".join(report.lines())


def test_corrections_survive_a_rebuild_and_a_re_extraction(curated, victim):
    corpus, out, _ = curated
    first = (out / "partkg.nq").read_bytes()
    build(corpus, out, formats=("nquads", "graphml", "html", "jsonld"), jobs=1)              # from the cache
    _check_exports(out, victim)
    assert (out / "partkg.nq").read_bytes() == first
    build(corpus, out, formats=("nquads", "graphml", "html", "jsonld"), jobs=1, cache=False)  # extracted again
    _check_exports(out, victim)
    assert (out / "partkg.nq").read_bytes() == first


def test_kg_extract_applies_the_curation(curated, victim):
    corpus, _, _ = curated
    r = CliRunner().invoke(main, ["extract", str(corpus / f"{TELEGRAM}.txt"), str(corpus / f"{ESSAY}.txt")])
    assert r.exit_code == 0, r.output
    docs = {o["doc"]: o for o in map(json.loads, r.stdout.splitlines())}
    rel = {(x["subject"], x["predicate"], x.get("object")) for x in docs[TELEGRAM]["relations"]}
    assert (victim.subject, victim.predicate, victim.object) not in rel
    rel = {(x["subject"], x["predicate"], x.get("object")) for x in docs[ESSAY]["relations"]}
    assert ("curated_kollontai", "criticizes", "curated_leadership") in rel


def test_a_correction_that_no_longer_matches_is_reported(tmp_path, victim):
    corrections = [
        {"action": "reject", "document": TELEGRAM, "subject": victim.subject, "predicate": victim.predicate,
         "object": victim.object, "quote": "a sentence the telegram never had"},
        {"action": "confirm", "document": RESOLUTION, "subject": "stalin", "predicate": "expels",
         "object": "lenin", "quote": "Comrade Stalin"},
        {"action": "add", "document": "no_such_document", "subject": "stalin", "predicate": "issues",
         "object": RESOLUTION, "quote": "x"},
        {"action": "merge", "ids": ["nobody_at_all"], "into": "stalin"},
        {"action": "shout", "document": RESOLUTION},
    ]
    corpus = _corpus(tmp_path, corrections)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress", "-q"])
    assert r.exit_code == 0, r.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    msgs = [p["message"] for p in report["problems"] if p["path"].endswith("curation.yaml")]
    assert len(msgs) == 5, msgs
    for needle in ("no longer occurs", "no longer yields stalin expels lenin", "'no_such_document' is not in the corpus",
                   "none of the ids nobody_at_all", "unknown action 'shout'"):
        [m] = [m for m in msgs if needle in m]
        assert re.match(r".*curation\.yaml:\d+: ", m), m          # the file and the line of the entry
        assert m in r.stderr
    # the stale rejection changed nothing: the fact is still there
    ds = _quads(out) if (out / "partkg.nq").exists() else None
    assert ds is not None
    assert (_iri(victim.subject), PKG[victim.predicate], _iri(victim.object)) in _graph(ds, TELEGRAM)
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress", "-q", "--strict"])
    assert r.exit_code == 1 and "problem(s)" in r.output


def test_merge_and_split(tmp_path, extractions):
    ex = extractions[RESOLUTION]
    groups = sorted(e.id for e in ex.entities if e.type == "Group"
                    and any(e.id in (a.subject, a.object) for a in ex.assertions))
    keep, gone = groups[0], groups[1]
    n_about = sum(gone in (a.subject, a.object) for a in ex.assertions)
    # the entity with the most distinct surface forms: split off the mentions of its rarest form
    ent = max((e for e in ex.entities if e.type != "Document"), key=lambda e: (len({m.text for m in e.mentions}), e.id))
    form = sorted({m.text for m in ent.mentions}, key=lambda t: (sum(m.text == t for m in ent.mentions), t))[0]
    corrections = [
        {"action": "merge", "ids": [gone], "into": keep, "note": "one group"},
        {"action": "split", "document": RESOLUTION, "id": ent.id, "new_id": "curated_split",
         "mentions": [form], "label": f"{form} (split off)"},
    ]
    corpus = _corpus(tmp_path, corrections)
    result = build(corpus, tmp_path / "out", formats=("nquads",), jobs=1, cache=False)
    assert result.curation.counts == {"merge": 1, "split": 1}, result.problems
    ds = _quads(tmp_path / "out")
    iris = {str(t) for q in ds.quads() for t in q[:3]}
    assert ID + gone not in iris                          # merged away, in every document
    g = _graph(ds, RESOLUTION)
    assert sum(1 for a in g.subjects(RDF.type, PKG.Assertion)
               if URIRef(ID + keep) in (g.value(a, RDF.subject), g.value(a, RDF.object))) >= n_about
    new = URIRef(ID + "curated_split")
    assert (new, RDFS.label, Literal(f"{form} (split off)", lang="en")) in g
    assert (new, RDF.type, PKG[ent.type]) in g
    old_forms = {str(x) for x in g.objects(URIRef(ID + ent.id), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert form not in old_forms
    report = validate_dataset(result.dataset)
    assert report.conforms, "\n".join(report.lines())


def test_the_curation_file_format_errors(tmp_path):
    p = tmp_path / "curation.yaml"
    p.write_text("corrections:\n  - action: reject\n    quote: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_curation(p)
    assert "curation.yaml:" in str(e.value) and "YAML" in str(e.value)
    p.write_text("corrections:\n  - action: add\n    document: d\n    subject: s\n    predicate: likes\n"
                 "    object: o\n    quote: q\n  - action: reject\n    document: d\n    subject: s\n"
                 "    predicate: issues\n    quote: q\n", encoding="utf-8")
    cur = load_curation(p)
    assert cur.corrections == []
    assert [(x.line, x.message.split(":")[0]) for x in cur.problems] == [(2, "add"), (8, "reject")]
    assert "unknown predicate 'likes'" in cur.problems[0].message
    assert "either an object" in cur.problems[1].message
    assert load_curation(tmp_path / "missing.yaml").corrections == []
