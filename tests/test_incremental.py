"""Incremental builds: unchanged documents come from exports/.cache, an edited one is extracted
again, a removed one leaves neither its named graph nor its cache entry behind."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kg.api
from kg.api import build

from .conftest import CORPUS, ESSAY, RESOLUTION, TELEGRAM

FORMATS = ("nquads",)


def _report(out: Path) -> dict:
    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


def _entries(out: Path) -> list[Path]:
    return sorted((out / ".cache" / "extract").glob("*/*.pickle"))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    c = tmp_path / "corpus"
    c.mkdir()
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, c / p.name)
    return c


def test_a_rebuild_takes_every_document_from_the_cache(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    first = (out / "partkg.nq").read_bytes()
    assert _report(out)["summary"]["extracted"] == 3 and len(_entries(out)) == 3
    build(corpus, out, formats=FORMATS, jobs=1)
    s = _report(out)["summary"]
    assert (s["extracted"], s["from_cache"]) == (0, 3)
    assert (out / "partkg.nq").read_bytes() == first


def test_an_edited_document_is_extracted_again(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    result = build(corpus, out, formats=FORMATS, jobs=1)
    s = _report(out)["summary"]
    assert (s["extracted"], s["from_cache"]) == (1, 2)
    assert len(_entries(out)) == 3     # the stale entry of the old essay is gone
    ex = next(e for e in result.extractions if e.document.id == ESSAY)
    assert "Zinoviev" in ex.document.text
    assert "Zinoviev" in (out / "partkg.nq").read_text(encoding="utf-8")


def test_a_removed_document_leaves_no_graph_and_no_cache_entry(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    assert f"/graph/{TELEGRAM}>" in (out / "partkg.nq").read_text(encoding="utf-8")
    (corpus / f"{TELEGRAM}.txt").unlink()
    build(corpus, out, formats=FORMATS, jobs=1)
    nq = (out / "partkg.nq").read_text(encoding="utf-8")
    assert f"/graph/{TELEGRAM}>" not in nq and f"/graph/{RESOLUTION}>" in nq
    assert len(_entries(out)) == 2 and _report(out)["summary"]["from_cache"] == 2


def test_a_new_extractor_version_or_authority_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    monkeypatch.setattr(kg.api, "EXTRACTOR_VERSION", "999.0.0")
    build(corpus, out, formats=FORMATS, jobs=1)
    assert _report(out)["summary"]["extracted"] == 3
    monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    (corpus / "authority.yaml").write_text(
        "- id: zinoviev\n  type: Person\n  label: Grigory Zinoviev\n  aliases: {en: [Zinoviev]}\n", encoding="utf-8")
    build(corpus, out, formats=FORMATS, jobs=1)
    assert _report(out)["summary"]["extracted"] == 3


def test_a_corrupt_cache_entry_is_a_miss_not_an_error(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    first = (out / "partkg.nq").read_bytes()
    for p in _entries(out):
        p.write_bytes(p.read_bytes()[:100])
    build(corpus, out, formats=FORMATS, jobs=1)
    assert _report(out)["summary"]["extracted"] == 3 and not _report(out)["problems"]
    assert (out / "partkg.nq").read_bytes() == first


def test_no_cache_extracts_everything(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    build(corpus, out, formats=FORMATS, jobs=1, cache=False)
    assert _report(out)["summary"]["extracted"] == 3


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(folder).parts and p.name != "build-report.json"}


REBUILT = ("site", "nquads", "trig", "jsonld", "turtle", "ntriples", "html", "graphml", "gexf", "ontology-docs")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rebuild_writes_what_a_full_build_writes(corpus, tmp_path, monkeypatch, jobs):
    """Pages, RDF files and graph.html a rebuild takes from the previous build's (graph.html:
    the layout of unchanged components) are those a full build of the same corpus writes, byte
    for byte: after an edit, a new document and a removed one. With two jobs the exporters run
    side by side (a forked process, threads: the spliced RDF files a thread each)."""
    import gc
    import kg.exports.layout as layout
    monkeypatch.setattr(layout, "CACHE_MIN", 1)      # the test corpus's components are small
    import kg.exports.site as site
    log = tmp_path / "patched.log"       # a file: with two jobs the site is made in a forked process
    real_patch = site.patched_model

    def patched_model(*a, **k):
        p = real_patch(*a, **k)
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{p is not None}\n")
        return p
    monkeypatch.setattr(site, "patched_model", patched_model)
    out = tmp_path / "out"
    build(corpus, out, formats=REBUILT, jobs=jobs)
    made = {f: f.stat().st_ino for f in (out / ".cache" / "network").glob("*/*.net")}
    essay = corpus / f"{ESSAY}.txt"
    steps = [lambda: essay.write_text(essay.read_text(encoding="utf-8")
                                      + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n", encoding="utf-8"),
             # a sentence early in the text: every later mention and fact moves
             lambda: essay.write_text(essay.read_text(encoding="utf-8").replace(
                 "1921 - The First Purges\n\n", "1921 - The First Purges\n\nIn 1922 Stalin wrote to Zinoviev.\n\n", 1),
                 encoding="utf-8"),
             lambda: shutil.copy(corpus / f"{TELEGRAM}.txt", corpus / "telegram-copy.txt"),
             lambda: (corpus / f"{TELEGRAM}.txt").unlink()]
    for n, step in enumerate(steps):
        step()
        build(corpus, out, formats=REBUILT, jobs=jobs)
        fresh = tmp_path / f"fresh{n}"
        build(corpus, fresh, formats=REBUILT, jobs=1, cache=False)
        got, want = _files(out), _files(fresh)
        assert sorted(got) == sorted(want)
        assert [k for k in want if got[k] != want[k]] == []
        for name in ("partkg.nq", "partkg.trig", "partkg.jsonld", "partkg.ttl", "partkg.nt",   # copied, not re-serialized
                     "partkg.graphml", "partkg.gexf"):
            assert json.loads((out / ".cache" / "rdf" / f"{name}.json").read_text(encoding="utf-8"))["spliced"]
        assert (out / ".cache" / "layout.pickle").exists() and (out / ".cache" / "site-authority.pickle").exists()
        fragments = sorted((out / ".cache" / "network").glob("*/*.net"))     # one per document, the old ones pruned
        assert len(fragments) == _report(out)["summary"]["documents"] and not (fresh / ".cache" / "network").exists()
        kept = {f: f.stat().st_ino for f in fragments}
        assert sum(kept.get(f) == ino for f, ino in made.items()) >= 1   # an unchanged document's: read, not made again
        made = kept
        assert not (fresh / ".cache" / "layout.pickle").exists()
        assert gc.get_freeze_count() == 0       # the build unfroze what it froze
        whole = tmp_path / f"whole{n}"          # a first build with a cache: the whole model's record
        build(corpus, whole, formats=("site",), jobs=1)
        _assert_site_record_is_whole_models(out, whole)
    patched = log.read_text(encoding="utf-8").split()
    assert patched == ["True"] * len(steps)     # the site's model was patched, not made whole


def _assert_site_record_is_whole_models(out: Path, whole: Path) -> None:
    """The digests a rebuild recorded for the site's pages (those it kept without looking, with
    a patched model, included) and the model's state are those a first build records."""
    import kg.exports.site as site
    got, want = site._read_record(out)[0], site._read_record(whole)[0]
    assert sorted(got) == sorted(want)
    assert [rel for rel in want if got[rel][0] != want[rel][0]] == []
    state, first = site._read_state(out), site._read_state(whole)
    assert state is not None and first is not None
    assert (state.contents, state.touched, state.info, state.docs_naming, state.facts_about, state.slugs,
            state.figures, state.dated, state.provisions, state.titles) == \
        (first.contents, first.touched, first.info, first.docs_naming, first.facts_about, first.slugs, first.figures,
         first.dated, first.provisions, first.titles)
    # one site fragment per document, those of documents gone or changed removed
    fragments = sorted(p.name for p in (out / ".cache" / site.FRAGMENT_DIR).glob("*/*"))
    assert fragments == sorted(p.name for p in (whole / ".cache" / site.FRAGMENT_DIR).glob("*/*"))
    assert len(fragments) == len(state.contents)


def test_an_unchanged_page_is_not_rendered_again(corpus, tmp_path, monkeypatch):
    import kg.exports.site as site
    out = tmp_path / "out"
    build(corpus, out, formats=("site",), jobs=1)
    rendered: list[str] = []
    real = site._doc_page
    monkeypatch.setattr(site, "_doc_page", lambda model, doc_id: rendered.append(doc_id) or real(model, doc_id))
    build(corpus, out, formats=("site",), jobs=1)
    assert rendered == []
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nThe plenum met again.\n", encoding="utf-8")
    build(corpus, out, formats=("site",), jobs=1)
    assert rendered == [ESSAY]


def test_a_new_document_named_like_an_entity_moves_its_links(corpus, tmp_path):
    """A document added under the id of an entity other pages link to: those links now lead to
    the document's page, in a rebuild as in a full build (the site's model is not patched)."""
    out = tmp_path / "out"
    first = build(corpus, out, formats=("site",), jobs=1)
    key = "cc_plenum"
    assert key in {e.id for x in first.extractions for e in x.entities}
    (corpus / f"{key}.txt").write_text("The plenum of the Central Committee met in 1937.\n", encoding="utf-8")
    build(corpus, out, formats=("site",), jobs=1)
    fresh = tmp_path / "fresh"
    build(corpus, fresh, formats=("site",), jobs=1, cache=False)
    got, want = _files(out), _files(fresh)
    assert sorted(got) == sorted(want) and f"site/doc/{key}.html" in got
    assert [k for k in want if got[k] != want[k]] == []


def test_a_later_build_time_renders_no_page_again(corpus, tmp_path, monkeypatch):
    """Only the index and the timeline name the build's time: a rebuild at another time (no
    SOURCE_DATE_EPOCH) renders the pages an edit touches, not every page."""
    import kg.exports.site as site
    out = tmp_path / "out"
    build(corpus, out, formats=("site",), jobs=1)
    rendered: list[str] = []
    real_doc, real_entity = site._doc_page, site._entity_page
    monkeypatch.setattr(site, "_doc_page", lambda model, key: rendered.append(key) or real_doc(model, key))
    monkeypatch.setattr(site, "_entity_page", lambda model, key: rendered.append(key) or real_entity(model, key))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nNothing more is known of it.\n", encoding="utf-8")
    build(corpus, out, formats=("site",), jobs=1)
    assert rendered == [ESSAY]
    assert "built 2027-01-15" in (out / "site" / "index.html").read_text(encoding="utf-8")
    assert "built" not in (out / "site" / "doc" / f"{ESSAY}.html").read_text(encoding="utf-8").split("<footer")[1]


def test_an_edit_renders_the_pages_of_the_entities_it_changes_only(corpus, tmp_path, monkeypatch):
    """An entity named in the edited document whose facts, mentions, provisions and numbers there
    are unchanged keeps its page (the page shows nothing else of the document)."""
    import kg.exports.site as site
    out = tmp_path / "out"
    first = build(corpus, out, formats=("site",), jobs=1)
    named = {e.id for e in next(x for x in first.extractions if x.document.id == ESSAY).entities} - {ESSAY}
    rendered: list[str] = []
    real = site._entity_page
    monkeypatch.setattr(site, "_entity_page", lambda model, key: rendered.append(key) or real(model, key))
    looked: list[set[str]] = []         # the pages the patched model is made for (what it reads the documents for)
    real_patch = site.patched_model
    monkeypatch.setattr(site, "patched_model", lambda *a, **k: (lambda p: looked.append(p.pages) or p)(
        real_patch(*a, **k)))
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nNothing more is known of it.\n", encoding="utf-8")
    build(corpus, out, formats=("site",), jobs=1)
    assert len(named) > 5 and rendered == []
    docs = {x.document.id for x in first.extractions}
    assert looked[-1] & named <= docs         # nothing of them changed: not even looked at
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    build(corpus, out, formats=("site",), jobs=1)
    assert "nkvd" in {k.lower() for k in rendered} and len(rendered) < len(named)
    assert "nkvd" in {k.lower() for k in looked[-1]} and len(looked[-1] & named) < len(named) / 2
    fresh = tmp_path / "fresh"
    build(corpus, fresh, formats=("site",), jobs=1, cache=False)
    got, want = _files(out), _files(fresh)
    assert sorted(got) == sorted(want) and [k for k in want if got[k] != want[k]] == []


def test_an_unchanged_ontology_page_is_not_made_again(corpus, tmp_path, monkeypatch):
    import kg.exports.ontology_docs as docs
    out = tmp_path / "out"
    build(corpus, out, formats=("ontology-docs",), jobs=1)
    page = (out / "ontology.html").read_bytes()
    made: list[int] = []
    real = docs.render_ontology_html
    monkeypatch.setattr(docs, "render_ontology_html", lambda *a: made.append(1) or real(*a))
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nThe plenum met again.\n", encoding="utf-8")
    build(corpus, out, formats=("ontology-docs",), jobs=1)
    assert made == [] and (out / "ontology.html").read_bytes() == page
    (out / "ontology.html").write_text("changed by hand", encoding="utf-8")     # not the file recorded: made again
    build(corpus, out, formats=("ontology-docs",), jobs=1)
    assert made == [1] and (out / "ontology.html").read_bytes() == page
    build(corpus, out, formats=("ontology-docs",), jobs=1, cache=False)
    assert made == [1, 1]


def test_an_unchanged_file_is_not_parsed_again(corpus, tmp_path, monkeypatch):
    import kg.api as api
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    loaded: list[str] = []
    real = api.load_path
    monkeypatch.setattr(api, "load_path", lambda path, **kw: loaded.append(Path(path).stem) or real(path, **kw))
    build(corpus, out, formats=FORMATS, jobs=1)
    assert loaded == []
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nThe plenum met again.\n", encoding="utf-8")
    result = build(corpus, out, formats=FORMATS, jobs=1)
    assert loaded == [ESSAY]
    assert "The plenum met again." in next(e for e in result.extractions if e.document.id == ESSAY).document.text


def test_a_rebuild_extracts_its_edited_document_beside_reading_the_others(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(kg.api, "OVERLAP_MIN", 1)          # the test corpus is small
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=2)
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    result = build(corpus, out, formats=FORMATS, jobs=2)
    s = _report(out)["summary"]
    assert (s["extracted"], s["from_cache"]) == (1, 2) and len(_entries(out)) == 3
    assert "Zinoviev" in next(e for e in result.extractions if e.document.id == ESSAY).document.text
    fresh = tmp_path / "fresh"
    build(corpus, fresh, formats=FORMATS, jobs=1, cache=False)
    assert (out / "partkg.nq").read_bytes() == (fresh / "partkg.nq").read_bytes()
    build(corpus, out, formats=FORMATS, jobs=2)                # the worker's entry is the one read next time
    assert _report(out)["summary"]["extracted"] == 0


def _activities(out: Path) -> dict[str, str]:
    """Document graph → the extraction activity its assertions were generated by (from partkg.nq)."""
    found: dict[str, str] = {}
    for line in (out / "partkg.nq").read_text(encoding="utf-8").splitlines():
        if "<http://www.w3.org/ns/prov#wasGeneratedBy>" in line:
            parts = line.split(" ")
            found[parts[-2][1:-1]] = parts[2][1:-1]
    return found


def test_a_rebuild_rewrites_only_the_changed_graphs(corpus, tmp_path, monkeypatch):
    """No document's graph names the build: after an edit, the other documents keep their
    extraction activity, their parts of the RDF files are copied, and the store patch loads
    the edited document's graph and graph/build only."""
    from kg.graph.quads import GraphBlocks
    out = tmp_path / "out"
    formats = ("nquads", "trig", "jsonld", "turtle", "ntriples", "store")
    first = build(corpus, out, formats=formats, jobs=1)
    before = _activities(out)
    assert len(before) == 3 and len(set(before.values())) == 3
    written: dict[str, set[str]] = {}
    real_raw, real_sections = GraphBlocks._raw, GraphBlocks.sections

    def raw(self, srcs, section):
        written.setdefault(section, set()).add(next(g for g, s in self.entries if s is srcs))
        return real_raw(self, srcs, section)

    def sections(self, section, only=None):
        if only is not None:
            only = list(only)
            written.setdefault(f"store:{section}", set()).update(only)
        return real_sections(self, section, only)

    monkeypatch.setattr(GraphBlocks, "_raw", raw)
    monkeypatch.setattr(GraphBlocks, "sections", sections)
    monkeypatch.setattr("kg.exports.store_update.MAX_CHANGED", 1.0)    # 2 graphs of 6 changed: patch anyway
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nThe plenum met again.\n", encoding="utf-8")
    again = build(corpus, out, formats=formats, jobs=1)
    assert again.info.iri != first.info.iri
    after = _activities(out)
    edited = f"https://w3id.org/partkg/graph/{ESSAY}"
    assert after[edited] != before[edited]
    assert {g: a for g, a in after.items() if g != edited} == {g: a for g, a in before.items() if g != edited}
    changed = {edited, "https://w3id.org/partkg/graph/build"}
    assert written == {"nquads": changed, "trig": changed, "jsonld": changed, "ntriples": changed,
                       "store:nquads": changed}
    from kg.query import run_query
    r = run_query(out, f"SELECT ?x WHERE {{ <{again.info.iri}> <http://www.w3.org/ns/prov#wasInformedBy> ?x }}")
    assert sorted(row[0] for row in r.rows) == sorted(after.values())
    stale = run_query(out, f"SELECT ?p WHERE {{ <{first.info.iri}> ?p ?o }}")
    assert stale.rows == []


def test_a_store_loaded_whole_beside_a_spliced_nquads_file(corpus, tmp_path, monkeypatch):
    """A rebuild whose store is loaded whole (too much changed to patch it) while partkg.nq is
    spliced beside it, in another thread: both take the one N-Quads file the build makes."""
    out = tmp_path / "out"
    formats = ("nquads", "store", "trig")
    build(corpus, out, formats=formats, jobs=2)
    monkeypatch.setattr("kg.exports.store_update.MAX_CHANGED", 0.0)      # no patch: a full load
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nThe plenum met again.\n", encoding="utf-8")
    result = build(corpus, out, formats=formats, jobs=2)
    assert json.loads((out / ".cache" / "rdf" / "partkg.nq.json").read_text(encoding="utf-8"))["spliced"]
    fresh = tmp_path / "fresh"
    build(corpus, fresh, formats=formats, jobs=1, cache=False)
    assert (out / "partkg.nq").read_bytes() == (fresh / "partkg.nq").read_bytes()
    from kg.query import run_query
    rows = run_query(out, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert int(str(rows[0][0])) == result.statements


def test_an_unchanged_extraction_is_not_read_unless_used(corpus, tmp_path):
    """A rebuild takes an unchanged document's extraction from the cache unread (its summary
    serves cross-document identity, the graph's blocks, the network, graph.html's page names and
    links.csv, and the site: its patched model reads what the document says of the entities
    whose pages it makes from the document's site fragment); read when
    used, it is the extraction a build without cache makes, cross-document identities applied."""
    from kg.cache import LazyExtraction, is_loaded
    out = tmp_path / "out"
    formats = ("nquads", "graphml", "gexf", "links", "html", "site")
    build(corpus, out, formats=formats, jobs=1)
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    result = build(corpus, out, formats=formats, jobs=1)
    fresh = build(corpus, tmp_path / "fresh", formats=formats, jobs=1, cache=False)
    unread = [ex for ex in result.extractions if not is_loaded(ex)]
    assert {ex.document.id for ex in unread} == {RESOLUTION, TELEGRAM}
    assert all(isinstance(ex, LazyExtraction) for ex in unread)
    for name in ("partkg.nq", "partkg.graphml", "partkg.gexf", "links.csv", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
    got, want = _files(out / "site"), _files(tmp_path / "fresh" / "site")
    assert sorted(got) == sorted(want) and [k for k in want if got[k] != want[k]] == []
    # read now: what the build without cache holds (the telegram's report remapped to the resolution)
    assert result.extractions == fresh.extractions and all(is_loaded(ex) for ex in result.extractions)
    telegram = next(ex for ex in result.extractions if ex.document.id == TELEGRAM)
    assert RESOLUTION in {e.id for e in telegram.entities}


def test_an_entry_damaged_after_the_build_saw_it_is_extracted_again_when_read(corpus, tmp_path):
    from kg.cache import is_loaded
    out = tmp_path / "out"
    build(corpus, out, formats=FORMATS, jobs=1)
    fresh = build(corpus, tmp_path / "fresh", formats=FORMATS, jobs=1, cache=False)
    result = build(corpus, out, formats=FORMATS, jobs=1)
    unread = [ex for ex in result.extractions if not is_loaded(ex)]
    assert len(unread) == 3
    for p in _entries(out):            # same size, other bytes
        p.write_bytes(b"\0" * p.stat().st_size)
    assert result.extractions == fresh.extractions
    assert build(corpus, out, formats=FORMATS, jobs=1).extractions == fresh.extractions   # stored again
    assert _report(out)["summary"]["extracted"] == 0


def test_a_summary_says_what_the_build_reads_of_its_extraction(extractions):
    from kg.cache import ExtractionSummary
    from kg.graph.build import _referenced
    for ex in extractions.values():
        summary = ExtractionSummary.of(ex)
        named = {e.id for e in ex.entities} | {q.subject for q in ex.quantities}      # what the site pages
        for a in ex.assertions:
            if a.status != "rejected":
                named |= {a.subject} | ({a.object} if a.object is not None else set())
        for p in ex.provisions:
            named |= set(p.addressees) | {p.document}
        assert summary.keys() == named and summary.referenced() == _referenced(ex)
        assert summary.entities == [(e.id, e.type) for e in ex.entities]
        assert summary.relations == sum(a.status != "rejected" for a in ex.assertions) > 0


def test_network_files_copy_the_edges_of_unchanged_documents(corpus, tmp_path, monkeypatch):
    """GraphML and GEXF after an edit: the edges of the unchanged documents are taken from the
    previous files (a GEXF edge whose number moved gets its new number between its old head
    and tail), the changed document's written; the bytes are a full build's. A record that no
    longer fits its file (offsets past its end) makes the file be written whole, still right."""
    import kg.exports.network as network
    formats = ("graphml", "gexf")
    log: list[tuple[str, object]] = []
    real_put, real_take = network._Splicer.put, network._Splicer.take

    def put(self, text):
        log.append(("put", text if self.old is not None else None))
        return real_put(self, text)

    def take(self, offset, length):
        log.append(("take", length))
        return real_take(self, offset, length)
    monkeypatch.setattr(network._Splicer, "put", put)
    monkeypatch.setattr(network._Splicer, "take", take)
    out = tmp_path / "out"
    build(corpus, out, formats=formats, jobs=1)
    assert not [e for e in log if e[0] == "take"]
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8").replace(
        "1921 - The First Purges\n\n", "1921 - The First Purges\n\nIn 1922 Stalin wrote to Zinoviev.\n\n", 1),
        encoding="utf-8")
    log.clear()
    build(corpus, out, formats=formats, jobs=1)
    fresh = tmp_path / "fresh"
    build(corpus, fresh, formats=formats, jobs=1, cache=False)
    for name in ("partkg.graphml", "partkg.gexf"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes()
        assert json.loads((out / ".cache" / "rdf" / f"{name}.json").read_text(encoding="utf-8"))["spliced"]
    written = [t for kind, t in log if kind == "put" and t is not None]
    assert any(f"{ESSAY}:" in t for t in written)                          # the edited document's edges
    assert not [t for t in written for d in (RESOLUTION, TELEGRAM) if f"{d}:" in t]   # none of the others'
    assert sum(n for kind, n in log if kind == "take") > 10_000
    assert any(kind == "put" and isinstance(t, str) and t.isdigit() for kind, t in log)   # renumbered edges
    record = out / ".cache" / "rdf" / "partkg.gexf.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    for offsets in data["edges"].values():
        offsets[0] += 10 ** 9
    record.write_text(json.dumps(data), encoding="utf-8")
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    build(corpus, out, formats=formats, jobs=1)
    fresh2 = tmp_path / "fresh2"
    build(corpus, fresh2, formats=formats, jobs=1, cache=False)
    for name in ("partkg.graphml", "partkg.gexf"):
        assert (out / name).read_bytes() == (fresh2 / name).read_bytes()
