"""RDF serializations: Turtle (union of the graphs), TriG and N-Quads (named graphs), JSON-LD,
N-Triples. Output is canonical: line-based formats are sorted, JSON-LD has sorted keys and
nodes, so the same corpus gives byte-identical files."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from . import exporter, write_atomic

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["union_graph"]

BASENAME = "partkg"


def union_graph(result: "BuildResult") -> Graph:
    g = Graph()
    for prefix, ns in result.dataset.namespaces():
        g.bind(prefix, ns, override=True)
    for ctx in result.dataset.graphs():
        for t in ctx:
            g.add(t)
    return g


def _sorted_lines(data: str) -> str:
    # split on "\n" only: str.splitlines() also splits on U+2028, U+0085 … inside literals
    lines = sorted({ln for ln in data.split("\n") if ln.strip()})
    return "\n".join(lines) + "\n"


@exporter("turtle")
def export_turtle(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / f"{BASENAME}.ttl", union_graph(result).serialize(format="turtle"))]


def _trig(dataset) -> bytes:
    """TriG with the named graphs in IRI order (rdflib writes them in hash order, which
    changes from one process to the next)."""
    from rdflib.plugins.serializers.trig import TrigSerializer
    ser = TrigSerializer(dataset)
    ser.contexts.sort(key=lambda c: str(c.identifier))
    buf = io.BytesIO()
    ser.serialize(buf, encoding="utf-8")
    return buf.getvalue()


@exporter("trig")
def export_trig(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / f"{BASENAME}.trig", _trig(result.dataset))]


@exporter("nquads")
def export_nquads(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / f"{BASENAME}.nq", _sorted_lines(result.dataset.serialize(format="nquads")))]


@exporter("ntriples")
def export_ntriples(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / f"{BASENAME}.nt", _sorted_lines(union_graph(result).serialize(format="nt")))]


def _canonical_jsonld(data: str) -> str:
    doc = json.loads(data)

    def norm(x):
        if isinstance(x, dict):
            return {k: norm(v) for k, v in sorted(x.items())}
        if isinstance(x, list):
            items = [norm(v) for v in x]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return x
    return json.dumps(norm(doc), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@exporter("jsonld")
def export_jsonld(result: "BuildResult", out: Path) -> list[Path]:
    context = {p: str(ns) for p, ns in result.dataset.namespaces() if p in
               ("pkg", "skos", "dcterms", "prov", "oa", "wd", "rdfs", "xsd", "owl")}
    data = result.dataset.serialize(format="json-ld", context=context)
    return [write_atomic(out / f"{BASENAME}.jsonld", _canonical_jsonld(data))]
