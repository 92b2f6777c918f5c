"""The build at scale: graph blocks (kg/graph/quads.py), their cache, the patched store, the
streamed network files, the lazily parsed dataset. Speed itself is measured in bench/, not here."""
from __future__ import annotations

import io
import json
import re
import shutil

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.api import build
from kg.exports.network import corpus_network, write_gexf, write_graphml
from kg.graph import quads
from kg.graph.quads import lit, lit_lang, lit_typed

from .conftest import CORPUS, ESSAY, TELEGRAM

NQ, TRIG, JSONLD = ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD


@pytest.mark.parametrize("text", ["plain", 'a "quote" and a \\ backslash', "tab\there", "new\nline\r\n",
                                  "bell\x07 del\x7f form\x0c back\x08", "line\u2028separator\u0085next",
                                  "Пленум ЦК ВКП(б)", "emoji \U0001F600", ""])
def test_literals_are_written_as_oxigraph_writes_them(text):
    assert lit(text) == str(ox.Literal(text))
    assert lit_lang(text, "RU") == str(ox.Literal(text, language="ru"))
    dt = "http://www.w3.org/2001/XMLSchema#date"
    assert lit_typed(text, dt) == str(ox.Literal(text, datatype=ox.NamedNode(dt)))


def _quads(path, fmt):
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in ox.parse(path=path, format=fmt)}


def test_every_rdf_file_holds_the_same_statements_for_another_parser(built):
    """rdflib reads them back in test_build; Oxigraph's parsers must agree."""
    result, out = built
    nq = _quads(out / "partkg.nq", NQ)
    assert len(nq) == result.statements
    assert _quads(out / "partkg.trig", TRIG) == nq
    assert _quads(out / "partkg.jsonld", JSONLD) == nq
    union = {q[:3] for q in nq}
    for name, fmt in (("partkg.ttl", ox.RdfFormat.TURTLE), ("partkg.nt", ox.RdfFormat.N_TRIPLES)):
        assert {(str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(path=out / name, format=fmt)} == union
    lines = (out / "partkg.nt").read_bytes().split(b"\n")[:-1]
    assert lines == sorted(set(lines))                      # the union: sorted, each triple once
    graphs = [q[3] for q in ox.parse(path=out / "partkg.nq", format=NQ)]
    assert graphs == sorted(graphs)                         # N-Quads: graph after graph




def test_network_files_are_what_networkx_writes(built):
    result, _ = built
    g = corpus_network(result)
    ours, theirs = io.BytesIO(), io.BytesIO()
    write_graphml(g, ours)
    nx.write_graphml(g, theirs)
    assert ours.getvalue() == theirs.getvalue()
    ours, theirs = io.BytesIO(), io.BytesIO()
    write_gexf(g, ours)
    nx.write_gexf(g, theirs, version="1.2draft")
    assert ours.getvalue() == re.sub(rb'lastmodifieddate="[^"]*"', b'lastmodifieddate="1970-01-01"', theirs.getvalue())


def _network_files_agree(result, out=None):
    """The files joined from the documents' fragments are those written from the networkx graph."""
    from kg.exports.html import graph_payload, graph_payload_json, safe_json
    from kg.exports.network import network_parts
    parts = network_parts(result, out)
    assert parts is not None
    g = corpus_network(result)
    for ours_of, theirs_of in ((parts.write_graphml, write_graphml), (parts.write_gexf, write_gexf)):
        ours, theirs = io.BytesIO(), io.BytesIO()
        ours_of(ours)
        theirs_of(g, theirs)
        assert ours.getvalue() == theirs.getvalue()
    assert graph_payload_json(result, None, out) == safe_json(graph_payload(result))
    return parts


def test_network_files_joined_from_fragments_are_those_of_the_networkx_graph(built):
    result, _ = built
    parts = _network_files_agree(result)
    assert len(parts.edges) == corpus_network(result).number_of_edges() > 0
    assert any(n in parts.nodes for n in (ex.document.id for ex in result.extractions))   # a title as label


def test_fragments_keep_networkx_order_and_last_data_of_a_repeated_edge(tmp_path, monkeypatch):
    """An assertion stated twice under one key (same document, predicate, offset) is one edge
    in networkx, in the first one's place with the last one's data; an edge whose ends are not
    entities adds bare nodes."""
    import copy
    import dataclasses
    from kg.api import extract_documents, load_corpus
    from kg.resolve.authority import load_authority
    docs, _ = load_corpus(CORPUS)
    exs = extract_documents(docs)
    ex = next(e for e in exs if len(e.assertions) > 3)
    first = next(a for a in ex.assertions if a.object is not None)
    twin = copy.deepcopy(first)
    twin.evidence = dataclasses.replace(twin.evidence, text="another \"quote\" <&> \u2028 \x01 \\ ü")
    twin.attributed_to = "someone"
    ex.assertions.append(twin)
    bare = copy.deepcopy(first)
    bare.subject, bare.object = "not_an_entity", "nor_this"
    ex.assertions.insert(0, bare)

    class Result:        # what the exporters read of a build
        extractions, authority, rdf = exs, load_authority(), None
    parts = _network_files_agree(Result())
    assert parts.nodes["not_an_entity"] is None and sum(e[2][2] == f"{ex.document.id}:{first.predicate}:"
                                                        f"{first.evidence.start}" for e in parts.edges) == 2


def test_the_union_merged_from_runs_is_the_union_sorted_at_once(built, monkeypatch, tmp_path):
    result, out = built
    blocks = quads.GraphBlocks([(g, src) for g, srcs in result.rdf_blocks().entries for src in srcs],
                               result.rdf_blocks().build_iri, work=tmp_path)
    monkeypatch.setattr(quads, "RUN_BYTES", 50_000)         # many runs, merged line by line
    assert blocks.union_file().read_bytes() == (out / "partkg.nt").read_bytes()


def test_a_documents_block_is_its_graph_with_its_extraction_activity(built):
    """The activity's IRI, a digest of the graph made with a placeholder, is put into the
    block's serializations as they are: the block is what its final triples make."""
    from kg.graph.build import document_block, document_triples, extraction_triples
    result, _ = built
    ids = frozenset(ex.document.id for ex in result.extractions)
    curation = result.curation.applied
    for ex in result.extractions:
        block = document_block(ex, ids, curation)
        assert block.activity.startswith(f"https://w3id.org/partkg/extraction/{ex.document.id}/")
        triples = document_triples(ex, ids, block.activity, curation) + extraction_triples(ex, block.activity, curation)
        assert block == quads.make_block(block.graph, triples, block.activity)
        assert quads.Block.load(block.dump()) == block


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    c = tmp_path / "corpus"
    c.mkdir()
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, c / p.name)
    return c


def _store_quads(folder):
    return {str(q) for q in ox.Store.read_only(str(folder))}


def test_a_rebuild_serializes_only_the_edited_graph_and_patches_the_store(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, jobs=1)
    record = json.loads((out / ".cache" / "store.json").read_text(encoding="utf-8"))
    essay = corpus / f"{ESSAY}.txt"
    essay.write_text(essay.read_text(encoding="utf-8") + "\nIn 1936 the NKVD arrested Comrade Zinoviev.\n",
                     encoding="utf-8")
    result = build(corpus, out, jobs=1)
    summary = json.loads((out / "build-report.json").read_text(encoding="utf-8"))["summary"]
    assert summary["graphs_from_cache"] == 2                 # the essay's graph alone was made again
    patched = _store_quads(out / "store")
    loaded = ox.Store()                                     # (a store keeps decimals in canonical form)
    loaded.bulk_load(path=str(out / "partkg.nq"), format=NQ)
    assert patched == {str(q) for q in loaded}
    assert any("Zinoviev" in q for q in patched)
    assert not any(record["build"] in q for q in patched)   # the old build is gone with its graph/build
    assert str(result.info.iri) in "".join(patched)
    (corpus / f"{TELEGRAM}.txt").unlink()                   # a removed document leaves the store too
    build(corpus, out, jobs=1)
    patched = _store_quads(out / "store")
    assert not any(f"/graph/{TELEGRAM}>" in q for q in patched)
    build(corpus, tmp_path / "fresh", jobs=1, cache=False)
    assert patched == _store_quads(tmp_path / "fresh" / "store")


def test_the_dataset_is_parsed_only_when_asked(corpus, tmp_path):
    result = build(corpus, tmp_path / "out", jobs=1, formats=("nquads", "site", "ontology-docs"))
    assert result._dataset is None                           # the site and ontology pages did not need it
    assert isinstance(result.dataset, Dataset)
    assert sum(len(g) for g in result.dataset.graphs()) == result.statements


def test_a_store_changed_behind_the_build_is_loaded_whole(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, jobs=1, formats=("store",))
    store = ox.Store(str(out / "store"))
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("x"),
                      ox.NamedNode("http://example.org/g")))
    store.flush()
    del store
    build(corpus, out, jobs=1, formats=("store",))
    assert not any("example.org" in q for q in _store_quads(out / "store"))


_TWICE = """
import sys
from pathlib import Path
import pyoxigraph as ox
from kg.api import build
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
build(corpus, out / "a", jobs=2)
store = ox.Store.read_only(str(out / "a" / "store"))      # pyoxigraph's thread pool now exists
assert list(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
build(corpus, out / "b", jobs=2)                          # forks its exporter: must not hang
"""


def test_a_second_build_in_a_process_that_used_the_store_does_not_hang(corpus, tmp_path):
    import subprocess
    import sys
    from .conftest import ROOT
    subprocess.run([sys.executable, "-c", _TWICE, str(corpus), str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True, timeout=240)
    assert (tmp_path / "b" / "partkg.ttl").read_bytes() == (tmp_path / "a" / "partkg.ttl").read_bytes()
