"""The build from corpus/: exports exist, parse back to the same graph, and the HTML is offline."""
from __future__ import annotations

import json
import re

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.exports.rdf import union_graph

from .conftest import RESOLUTION


def test_every_export_is_written(built):
    _, out = built
    names = {p.name for p in out.iterdir()}
    assert {"partkg.ttl", "partkg.trig", "partkg.jsonld", "partkg.nt", "partkg.nq", "partkg.graphml",
            "partkg.gexf", "graph.html", "build-report.json"} <= names


def test_rdf_exports_round_trip(built):
    result, out = built
    union = union_graph(result)
    for name, fmt in (("partkg.ttl", "turtle"), ("partkg.nt", "nt")):
        g = Graph().parse(out / name, format=fmt)
        assert isomorphic(g, union), name
    for name, fmt in (("partkg.trig", "trig"), ("partkg.nq", "nquads"), ("partkg.jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        expected = {str(c.identifier): c for c in result.dataset.graphs() if len(c)}
        got = {str(c.identifier): c for c in ds.graphs() if len(c)}
        assert set(got) == set(expected), name
        for k in expected:
            assert isomorphic(got[k], expected[k]), (name, k)


def test_named_graph_per_document_and_no_blank_nodes(built):
    result, _ = built
    graphs = {str(c.identifier) for c in result.dataset.graphs() if len(c)}
    assert f"https://w3id.org/partkg/graph/{RESOLUTION}" in graphs
    assert "https://w3id.org/partkg/graph/ontology" in graphs
    from rdflib import BNode
    assert not any(isinstance(t, BNode) for q in result.dataset.quads() for t in q[:3])


def test_network_exports_load(built):
    _, out = built
    g = nx.read_graphml(out / "partkg.graphml")
    assert g.nodes["cc_plenum"]["type"] == "Body"
    assert any(d["predicate"] == "issues" for _, _, d in g.edges(data=True))
    g2 = nx.read_gexf(out / "partkg.gexf")
    assert g2.number_of_nodes() == g.number_of_nodes()


def test_html_is_offline_and_embeds_the_graph(built):
    _, out = built
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    assert "<link" not in html
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1))
    labels = {n["label"] for n in data["nodes"]}
    assert "Joseph Stalin" in labels or any("Stalin" in l for l in labels)
    assert {n["type"] for n in data["nodes"]} >= {"Person", "Body", "Place", "Document", "Group"}
    assert all(e["quote"] for e in data["edges"])


def test_same_iris_on_rebuild(built, tmp_path):
    from kg.api import build
    from .conftest import CORPUS
    result, out = built
    again = build(CORPUS, tmp_path, formats=("ntriples",))
    assert (tmp_path / "partkg.nt").read_bytes() == (out / "partkg.nt").read_bytes()


def test_front_matter_citations_stay_apart(built):
    """Where the resolution first appeared and whose translation the corpus text is are two
    statements about the document, not two values of one property."""
    from kg.vocab import PKG
    result, _ = built
    [original] = [o for _, _, o, _ in result.dataset.quads((None, PKG.originalPublication, None, None))]
    [translation] = [o for _, _, o, _ in result.dataset.quads((None, PKG.translationSource, None, None))]
    assert "KPSS v rezoliutsiiakh" in str(original)
    assert "Matthews" in str(translation) and "Matthews" not in str(original)
