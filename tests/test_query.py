"""The embedded store: kg build writes it atomically, kg query reads it without the exports."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg.errors import BuildError, QueryError
from kg.exports.store import write_store
from kg.query import open_store, run_query

from .conftest import RESOLUTION

ADOPTED = 'SELECT DISTINCT ?body WHERE { ?body pkg:issues ?d . ?d dcterms:date "1938-01-19"^^xsd:date }'


def _quads(n: int, graph: str = "http://example.org/g"):
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                    ox.Literal(str(i)), g) for i in range(n)]


def test_build_writes_the_store_and_query_needs_nothing_else(built, tmp_path):
    _, out = built
    assert (out / "store").is_dir()
    only_store = tmp_path / "exports"
    only_store.mkdir()
    shutil.copytree(out / "store", only_store / "store")
    bodies = {row[0] for row in run_query(only_store, ADOPTED).rows}
    assert "https://w3id.org/partkg/id/cc_plenum" in bodies


def test_store_holds_every_named_graph_of_the_dataset(built):
    result, out = built
    store = open_store(out)
    expected = {str(g.identifier) for g in result.dataset.graphs() if len(g)}
    assert {g.value for g in store.named_graphs()} == expected
    n = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
    assert int(n) == sum(len(g) for g in result.dataset.graphs())


def test_default_graph_is_the_union_and_graph_patterns_still_work(built):
    store = open_store(built[1])
    union = run_query(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a pkg:Assertion }").rows[0][0]
    per_doc = run_query(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH graph:{RESOLUTION} "
                               "{ ?a a pkg:Assertion } }").rows[0][0]
    assert int(union) > int(per_doc) > 0


def test_a_query_may_redeclare_a_common_prefix(built):
    r = run_query(built[1], "PREFIX pkg: <http://example.org/none#> ASK { ?s pkg:issues ?o }")
    assert r.boolean is False
    assert run_query(built[1], "ASK { ?s pkg:issues ?o }").boolean is True


def test_without_a_store_the_nquads_export_is_read(built, tmp_path):
    shutil.copy(built[1] / "partkg.nq", tmp_path / "partkg.nq")
    assert "https://w3id.org/partkg/id/cc_plenum" in {row[0] for row in run_query(tmp_path, ADOPTED).rows}


def test_nothing_built_and_bad_queries_are_clear_errors(built, tmp_path):
    with pytest.raises(BuildError, match="no built graph"):
        run_query(tmp_path, "ASK {}")
    with pytest.raises(QueryError, match="SPARQL query failed: error at 1:"):
        run_query(built[1], "SELECT ?x WHERE { ?x }")


def test_the_store_is_replaced_only_when_complete(tmp_path):
    target = tmp_path / "store"
    write_store(_quads(3), target)

    def broken():
        yield from _quads(5, "http://example.org/new")
        raise KeyboardInterrupt   # the build is interrupted half way

    with pytest.raises(KeyboardInterrupt):
        write_store(broken(), target)
    store = ox.Store.read_only(str(target))
    assert [g.value for g in store.named_graphs()] == ["http://example.org/g"]
    assert len(list(store.quads_for_pattern(None, None, None))) == 3
    del store
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]    # no temporary folder left
    write_store(_quads(7, "http://example.org/new"), target)
    store = ox.Store.read_only(str(target))
    assert [g.value for g in store.named_graphs()] == ["http://example.org/new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
