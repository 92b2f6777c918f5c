"""SHACL validation (ontology/shapes.ttl): the graph built from corpus/ conforms; graphs broken on
purpose (a wrong offset, a resolution without issuer, a rejected fact still stated, an assertion
without its source) each give a clear violation naming the node, the property and what is wrong;
`kg validate` and `kg build --strict` report them."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import Namespace

from kg.cli import main
from kg.graph.validate import SHAPES_FILE, validate_dataset
from kg.vocab import PKG

from .conftest import DATA, RESOLUTION

OA = Namespace("http://www.w3.org/ns/oa#")
DOC = URIRef(f"https://w3id.org/partkg/doc/{RESOLUTION}")
GRAPH = URIRef(f"https://w3id.org/partkg/graph/{RESOLUTION}")


def _copy(ds: Dataset) -> Dataset:
    out = Dataset()
    for s, p, o, g in ds.quads():
        out.graph(g.identifier if hasattr(g, "identifier") else g).add((s, p, o))
    return out


@pytest.fixture(scope="module")
def corpus_report(built):
    result, _ = built
    return validate_dataset(result.dataset)


def test_the_corpus_graph_conforms(corpus_report, built):
    result, _ = built
    assert corpus_report.violations == [], "\n".join(corpus_report.lines())
    assert corpus_report.conforms
    doc_graphs = {f"https://w3id.org/partkg/graph/{ex.document.id}" for ex in result.extractions}
    assert corpus_report.graphs == len(doc_graphs) + 2           # + authority + build (not the ontology)
    assert corpus_report.triples > 3000


def test_the_shapes_cover_the_issue(corpus_report):
    """The shapes file states the constraints the issue names (so a report can cite them)."""
    text = SHAPES_FILE.read_text(encoding="utf-8")
    for name in ("Resolution-issuer", "Resolution-date", "Assertion-evidence", "Assertion-accordingTo",
                 "Decision-isPartOf", "Evidence-quoteMatchesText", "Position-start", "Shortcut-matchesText",
                 "Shortcut-matchesSelectors"):
        assert f"pkgsh:{name}" in text, name


def _one(report, shape_suffix: str):
    hits = [v for v in report.violations if v.shape.endswith(shape_suffix)]
    assert hits, f"no violation of {shape_suffix}: " + "\n".join(report.lines())
    return hits


def test_a_wrong_offset_is_a_clear_violation(built):
    result, _ = built
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    pos = sorted(s for s in g.subjects(RDF.type, OA.TextPositionSelector))[0]
    start = g.value(pos, OA.start).toPython()
    g.set((pos, OA.start, Literal(start + 1)))
    report = validate_dataset(ds)
    assert not report.conforms
    [v] = _one(report, "Evidence-quoteMatchesText")
    assert v.focus == str(pos).replace("#position", "#target") and v.graph == str(GRAPH)
    line = v.line()
    assert "is not the source text at its offsets" in line and "oa:hasSelector" in line and RESOLUTION in line
    assert line.count("\n") == 0
    # the other checks do not fire: only the quote, maybe its prefix context, and the shortcut on
    # the assertion (pkg:quoteStart), which no longer agrees with the selector
    assert {x.shape.rsplit("#", 1)[1] for x in report.violations} <= {"Evidence-quoteMatchesText",
                                                                      "Evidence-contextMatchesText",
                                                                      "Shortcut-matchesSelectors"}


def test_the_evidence_shortcut_is_checked_against_the_text_and_the_selectors(built):
    """pkg:quote, pkg:quoteStart and pkg:quoteEnd on an assertion must equal the source text and
    the target's selectors; a wrong offset or a missing quote is a violation naming the node."""
    result, _ = built
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    a, b = sorted(g.subjects(RDF.type, PKG.Assertion))[:2]
    assert g.value(a, PKG.quote) == g.value(URIRef(f"{a}#quote"), OA.exact)
    assert g.value(a, PKG.quoteStart) == g.value(URIRef(f"{a}#position"), OA.start)
    assert g.value(a, PKG.quoteEnd) == g.value(URIRef(f"{a}#position"), OA.end)
    g.set((a, PKG.quoteStart, Literal(g.value(a, PKG.quoteStart).toPython() + 1)))
    g.remove((b, PKG.quote, None))
    report = validate_dataset(ds)
    assert not report.conforms
    [text] = _one(report, "Shortcut-matchesText")
    assert text.focus == str(a) and text.path == str(PKG.quote)
    assert "is not the source text at its pkg:quoteStart and pkg:quoteEnd" in text.line()
    [sel] = _one(report, "Shortcut-matchesSelectors")
    assert sel.focus == str(a) and sel.path == str(PKG.quoteStart) and "pkg:quoteStart" in sel.line()
    [missing] = _one(report, "Shortcut-quote")
    assert missing.focus == str(b) and missing.path == str(PKG.quote)
    assert {x.shape.rsplit("#", 1)[1] for x in report.violations} == {
        "Shortcut-matchesText", "Shortcut-matchesSelectors", "Shortcut-quote"}


def test_start_not_before_end_is_a_violation(built):
    result, _ = built
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    pos = sorted(s for s in g.subjects(RDF.type, OA.TextPositionSelector))[0]
    g.set((pos, OA.end, g.value(pos, OA.start)))
    report = validate_dataset(ds)
    v = _one(report, "Position-start")[0]
    assert v.focus == str(pos) and v.path == str(OA.start)


def test_a_resolution_without_issuer_is_a_clear_violation(built):
    result, _ = built
    ds = _copy(result.dataset)
    for g in ds.graphs():
        for s, p, o in list(g.triples((None, PKG.issues, DOC))):
            g.remove((s, p, o))
    report = validate_dataset(ds)
    v = _one(report, "Resolution-issuer")[0]
    assert v.focus == str(DOC) and v.path == str(PKG.issuedBy)
    assert "a resolution has an issuer" in v.line() and f"doc:{RESOLUTION}" in v.line()


def test_a_rejected_fact_still_stated_and_an_assertion_without_source(built):
    result, _ = built
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    a = sorted(g.subjects(RDF.type, PKG.Assertion))[0]
    g.set((a, PKG.status, Literal("rejected")))                 # its plain triple is still there
    b = sorted(g.subjects(RDF.type, PKG.Assertion))[1]
    g.remove((b, PKG.accordingTo, None))
    report = validate_dataset(ds)
    assert _one(report, "Assertion-rejectedHasNoTriple")[0].focus == str(a)
    v = _one(report, "Assertion-accordingTo")[0]
    assert v.focus == str(b) and v.path == str(PKG.accordingTo)


def test_a_decision_not_part_of_a_document(built):
    result, _ = built
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    point = sorted(g.subjects(RDF.type, PKG.Decision))[0]
    g.remove((point, URIRef("http://purl.org/dc/terms/isPartOf"), None))
    report = validate_dataset(ds)
    assert _one(report, "Decision-isPartOf")[0].focus == str(point)


def test_kg_validate_prints_the_report(built, tmp_path):
    result, out = built
    r = CliRunner().invoke(main, ["validate", "--exports", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].startswith("conforms: true (0 violation(s)")
    # the same exports with one offset broken
    broken = tmp_path / "broken"
    broken.mkdir()
    ds = _copy(result.dataset)
    g = ds.graph(GRAPH)
    pos = sorted(s for s in g.subjects(RDF.type, OA.TextPositionSelector))[0]
    g.set((pos, OA.end, Literal(g.value(pos, OA.end).toPython() + 3)))
    (broken / "partkg.trig").write_text(ds.serialize(format="trig"), encoding="utf-8")
    r = CliRunner().invoke(main, ["validate", "--exports", str(broken)])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0].startswith("conforms: false")
    assert any("is not the source text at its offsets" in ln for ln in lines[1:])
    r = CliRunner().invoke(main, ["validate", "--exports", str(broken), "--format", "json"])
    data = json.loads(r.output)
    assert data["conforms"] is False and data["violations"][0]["focus"].startswith("https://w3id.org/partkg/")


def test_build_strict_fails_on_a_violation(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "resolution_without_issuer.md", corpus)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--strict", "--no-progress"])
    assert r.exit_code == 1
    assert "SHACL violation" in r.output and "a resolution has an issuer" in r.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["validation"]["conforms"] is False
    # without --strict the build succeeds (and does not validate)
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress", "-q"])
    assert r.exit_code == 0, r.output


def test_ontology_docs_list_every_term_and_shape_and_work_offline(built):
    """exports/ontology.html: generated from ontology/ (every class, property and shape has its
    section), and nothing in it is loaded from anywhere."""
    import re

    from rdflib import OWL, Graph
    from rdflib.namespace import SH

    from kg.graph.build import ONTOLOGY_FILE
    _, out = built
    html = (out / "ontology.html").read_text(encoding="utf-8")
    onto = Graph().parse(ONTOLOGY_FILE)
    shapes = Graph().parse(SHAPES_FILE)
    terms = [s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for s in onto.subjects(RDF.type, kind) if str(s).startswith(str(PKG))]
    assert len(terms) > 40
    for t in terms:
        assert f'id="{str(t)[len(str(PKG)):]}"' in html, t
    for s in shapes.subjects(RDF.type, SH.NodeShape):
        assert f'id="shape-{str(s).rsplit("#", 1)[1]}"' in html, s
    assert "a resolution has an issuer" in html
    # offline: no stylesheet, script, image or frame from anywhere, and a policy that forbids it
    assert not re.search(r"<(?:link|script|img|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"@import|url\(", html)
    assert "default-src 'none'" in html
