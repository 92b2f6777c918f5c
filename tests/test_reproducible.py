"""Reproducible exports and stable IRIs.

Two builds of the same corpus, in two processes (so Python's hash order differs), give
byte-identical files; the build time (SOURCE_DATE_EPOCH) shows only on the lines that state it;
rebuilding gives the same IRIs and adding a document leaves the IRIs of the others alone; no
export holds a blank node."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, URIRef

from kg.api import DEFAULT_FORMATS, BuildResult, build
from kg.exports import EXPORTERS
from kg.graph import build_dataset

from .conftest import CORPUS, DATA, ROOT

# The on-disk Oxigraph store is a database (RocksDB files with their own ids and logs), not a
# serialization: the same triples, other bytes.
NOT_COMPARED = ("store",)
FORMATS = tuple(f for f in DEFAULT_FORMATS if f not in NOT_COMPARED)

_BUILD = ("import sys; from pathlib import Path; from kg.api import build; "
          "build(Path(sys.argv[1]), Path(sys.argv[2]), formats=tuple(sys.argv[3].split(',')), cache=False, jobs=1)")


def _build_in_process(out: Path, hashseed: str, epoch: str = "1700000000") -> None:
    env = dict(os.environ, PYTHONHASHSEED=hashseed, SOURCE_DATE_EPOCH=epoch)
    subprocess.run([sys.executable, "-c", _BUILD, str(CORPUS), str(out), ",".join(FORMATS)],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _build_in_process(a, "1")
    _build_in_process(b, "2")
    fa, fb = _files(a), _files(b)
    assert set(fa) == set(fb)
    for name in ("partkg.ttl", "partkg.trig", "partkg.nq", "partkg.nt", "partkg.jsonld", "partkg.graphml",
                 "partkg.gexf", "graph.html", "ontology.html", "links.csv", "build-report.json", "site/index.html"):
        assert name in fa, name
    differ = sorted(n for n in fa if fa[n] != fb[n])
    assert differ == [], differ


def test_the_build_time_shows_only_where_it_is_stated(built, tmp_path):
    """The same extractions at two build times: only the lines stating the time differ (the
    build's IRI comes from the software and the inputs, not the time)."""
    result, _ = built
    outs = []
    for time in ("2023-11-14T22:13:20Z", "2023-11-14T23:13:20Z"):
        info = replace(result.info, time=time)
        again = BuildResult(result.extractions, build_dataset(result.extractions, result.authority, info,
                                                              curation=result.curation.applied),
                            result.authority, info)
        out = tmp_path / time[11:13]
        for name in ("turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf", "html"):
            EXPORTERS.get(name)(again, out)
        outs.append(_files(out))
        assert again.info.iri == result.info.iri
    assert set(outs[0]) == set(outs[1])
    changed = 0
    for name in outs[0]:
        old = outs[0][name].decode("utf-8").split("\n")
        new = outs[1][name].decode("utf-8").split("\n")
        assert len(old) == len(new), name
        for x, y in zip(old, new):
            if x != y:
                changed += 1
                assert "2023-11-14T22:13:20" in x and "2023-11-14T23:13:20" in y, (name, x, y)
    assert changed == 5        # prov:endedAtTime in each of the five RDF serializations


def _iris_by_graph(ds: Dataset) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o, g in ds.quads():
        out.setdefault(str(g.identifier if hasattr(g, "identifier") else g), set()).update(
            str(t) for t in (s, p, o) if isinstance(t, URIRef) and "/partkg/build/" not in str(t))
    return out


def test_rebuilding_and_adding_a_document_keep_the_iris(built, tmp_path):
    result, _ = built
    before = _iris_by_graph(result.dataset)
    again = build(CORPUS, tmp_path / "again", formats=("nquads",), cache=False, jobs=1)
    assert _iris_by_graph(again.dataset) == before
    assert again.info.iri == result.info.iri             # same inputs, same software: same build

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(DATA / "decree_ru.txt", corpus / "decree_ru.txt")
    bigger = build(corpus, tmp_path / "bigger", formats=("nquads",), cache=False, jobs=1)
    after = _iris_by_graph(bigger.dataset)
    assert "https://w3id.org/partkg/graph/decree_ru" in after
    for ex in result.extractions:
        g = f"https://w3id.org/partkg/graph/{ex.document.id}"
        assert after[g] == before[g], g
    assert bigger.info.iri != result.info.iri            # another corpus: another build


@pytest.mark.parametrize("name,fmt", [("partkg.ttl", "turtle"), ("partkg.nt", "nt"), ("partkg.trig", "trig"),
                                      ("partkg.nq", "nquads"), ("partkg.jsonld", "json-ld")])
def test_no_blank_nodes_in_any_rdf_export(built, name, fmt):
    _, out = built
    if fmt in ("trig", "nquads", "json-ld"):
        g = Dataset()
        g.parse(out / name, format=fmt)
        terms = [t for q in g.quads() for t in q[:3]]
    else:
        g = Graph().parse(out / name, format=fmt)
        terms = [t for tr in g for t in tr]
    assert len(terms) > 3000
    assert not [t for t in terms if isinstance(t, BNode)]
