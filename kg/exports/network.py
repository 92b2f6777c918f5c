"""The corpus as a networkx graph (entities as nodes, relations as edges), and its GraphML and
GEXF exports for Gephi and Cytoscape users."""
from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from ..graph.build import entity_iri
from . import exporter, write_atomic

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["corpus_network"]


def corpus_network(result: "BuildResult") -> nx.MultiDiGraph:
    """Nodes carry ``label``, ``type``, ``iri``, ``docs`` (ids, sorted, ``;``-joined),
    ``mentions`` (count), ``wikidata``; edges carry ``predicate``, ``doc``, ``quote``, ``start``,
    ``end`` and ``reported`` (the source reports another document's act)."""
    g = nx.MultiDiGraph()
    doc_ids = {ex.document.id for ex in result.extractions}
    for ex in sorted(result.extractions, key=lambda e: e.document.id):
        for e in ex.entities:
            if e.id not in g:
                label = e.label
                if e.id in doc_ids:
                    other = next(x for x in result.extractions if x.document.id == e.id)
                    label = str(other.document.meta.get("title") or e.label)
                g.add_node(e.id, label=label, type=e.type, iri=str(entity_iri(e.id, doc_ids)),
                           docs="", mentions=0, wikidata=e.links.get("wikidata", ""))
            node = g.nodes[e.id]
            docs = set(filter(None, node["docs"].split(";"))) | {ex.document.id}
            node["docs"] = ";".join(sorted(docs))
            node["mentions"] += len(e.mentions)
        for a in ex.assertions:
            if a.object is None or a.status == "rejected":
                continue
            g.add_edge(a.subject, a.object, key=f"{ex.document.id}:{a.predicate}:{a.evidence.start}",
                       predicate=a.predicate, doc=ex.document.id, quote=a.evidence.text,
                       start=a.evidence.start, end=a.evidence.end, reported=a.attributed_to is not None)
    return g


def _write(fn, g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    fn(g, buf)
    return buf.getvalue()


@exporter("graphml")
def export_graphml(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / "partkg.graphml", _write(nx.write_graphml, corpus_network(result)))]


@exporter("gexf")
def export_gexf(result: "BuildResult", out: Path) -> list[Path]:
    g = corpus_network(result)
    data = _write(lambda g, f: nx.write_gexf(g, f, version="1.2draft"), g)
    # networkx stamps the current date into GEXF; keep exports reproducible
    import re
    data = re.sub(rb'lastmodifieddate="[^"]*"', b'lastmodifieddate="1970-01-01"', data)
    return [write_atomic(out / "partkg.gexf", data)]
