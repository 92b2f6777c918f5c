"""The corpus as a networkx graph (entities as nodes, relations as edges), and its GraphML and
GEXF exports for Gephi and Cytoscape users.

The two files are written as networkx's ``write_graphml`` and ``write_gexf(version="1.2draft")``
write them, byte for byte, but streamed: networkx builds the whole XML tree first, which took
minutes at 10,000 nodes and 100,000 edges (bench/RESULTS.md)."""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

import networkx as nx

from ..graph.build import entity_iri
from . import atomic_file, exporter

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["corpus_network"]


_NETWORKS: "weakref.WeakKeyDictionary[BuildResult, nx.MultiDiGraph]" = weakref.WeakKeyDictionary()


def corpus_network(result: "BuildResult") -> nx.MultiDiGraph:
    """The network of a build, made once per build result and process (graph.html, GraphML
    and GEXF read it; none changes it). See :func:`make_network`."""
    try:
        return _NETWORKS[result]
    except (KeyError, TypeError):
        pass
    g = make_network(result)
    try:
        _NETWORKS[result] = g
    except TypeError:           # not weakly referable (a stand-in for a build result)
        pass
    return g


def make_network(result: "BuildResult") -> nx.MultiDiGraph:
    """Nodes carry ``label``, ``type``, ``iri``, ``docs`` (ids, sorted, ``;``-joined),
    ``mentions`` (count), ``wikidata``; edges carry ``predicate``, ``doc``, ``quote``, ``start``,
    ``end`` and ``reported`` (the source reports another document's act)."""
    g = nx.MultiDiGraph()
    titles = {ex.document.id: ex.document.meta.get("title") for ex in result.extractions}
    doc_ids = set(titles)
    named_in: dict[str, set[str]] = {}
    for ex in sorted(result.extractions, key=lambda e: e.document.id):
        for e in ex.entities:
            if e.id not in g:
                label = e.label
                if e.id in doc_ids:
                    label = str(titles[e.id] or e.label)
                g.add_node(e.id, label=label, type=e.type, iri=str(entity_iri(e.id, doc_ids)),
                           docs="", mentions=0, wikidata=e.links.get("wikidata", ""))
            node = g.nodes[e.id]
            named_in.setdefault(e.id, set()).add(ex.document.id)
            node["mentions"] += len(e.mentions)
        for a in ex.assertions:
            if a.object is None or a.status == "rejected":
                continue
            g.add_edge(a.subject, a.object, key=f"{ex.document.id}:{a.predicate}:{a.evidence.start}",
                       predicate=a.predicate, doc=ex.document.id, quote=a.evidence.text,
                       start=a.evidence.start, end=a.evidence.end, reported=a.attributed_to is not None)
    for key, docs in named_in.items():
        g.nodes[key]["docs"] = ";".join(sorted(docs))
    return g


# ------------------------------------------------------------------------------- writers
_XML_TYPE = {str: "string", bool: "boolean", int: "long", float: "double"}
_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


def _chunks(f: IO[bytes]):
    """Collect strings and write them to ``f`` in large pieces."""
    buf: list[str] = []

    def put(s: str) -> None:
        buf.append(s)
        if len(buf) >= 8192:
            f.write("".join(buf).encode("utf-8"))
            buf.clear()

    def flush() -> None:
        f.write("".join(buf).encode("utf-8"))
        buf.clear()
    return put, flush


def _xml_type(v: Any) -> str:
    try:
        return _XML_TYPE[type(v)]
    except KeyError:
        raise nx.NetworkXError(f"cannot write a {type(v).__name__} as an XML attribute value") from None


def write_graphml(g: nx.MultiDiGraph, f: IO[bytes]) -> None:
    """``g`` as GraphML, the bytes ``networkx.write_graphml`` writes."""
    keys: dict[tuple[str, str, str], str] = {}
    for scope, items in (("node", (d for _, d in g.nodes(data=True))), ("edge", (d for *_, d in g.edges(data=True)))):
        for data in items:
            for k, v in data.items():
                keys.setdefault((str(k), _xml_type(v), scope), f"d{len(keys)}")
    put, flush = _chunks(f)
    put(_DECLARATION)
    put('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for (name, kind, scope), kid in reversed(keys.items()):
        put(f'  <key id="{kid}" for="{scope}" attr.name="{_escape_attrib(name)}" attr.type="{kind}" />\n')
    put('  <graph edgedefault="directed">\n' if len(g) or g.number_of_edges() else '  <graph edgedefault="directed" />\n')

    # (attribute, Python type) → key id per scope: what keys[(name, _xml_type(v), scope)] gives
    kmaps: dict[str, dict[tuple[str, type], str]] = {"node": {}, "edge": {}}
    for (name, kind, scope), kid in keys.items():
        for t, tk in _XML_TYPE.items():
            if tk == kind:
                kmaps[scope].setdefault((name, t), kid)

    def element(tag: str, attrs: str, data: dict, scope: str) -> None:
        if not data:
            put(f"    <{tag} {attrs} />\n")
            return
        kmap = kmaps[scope]
        parts = [f"    <{tag} {attrs}>\n"]
        for k, v in data.items():
            kid = kmap.get((k, type(v)))
            if kid is None:
                kid = keys[(str(k), _xml_type(v), scope)]
            text = v if type(v) is str else str(v)
            parts.append(f'      <data key="{kid}">{_escape_cdata(text)}</data>\n' if text else f'      <data key="{kid}" />\n')
        parts.append(f"    </{tag}>\n")
        put("".join(parts))

    for n, data in g.nodes(data=True):
        element("node", f'id="{_escape_attrib(str(n))}"', data, "node")
    for u, v, k, data in g.edges(keys=True, data=True):
        element("edge", f'source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" '
                        f'id="{_escape_attrib(str(k))}"', data, "edge")
    if len(g) or g.number_of_edges():
        put("  </graph>\n")
    put("</graphml>\n")
    flush()


# what networkx's GEXF writer takes out of the attributes (the rest are plain attvalues)
_GEXF_NODE = ("id", "pid", "start", "end", "parents", "spells", "viz")
_GEXF_EDGE = ("id", "label", "weight", "type", "spells", "viz", "key")


def write_gexf(g: nx.MultiDiGraph, f: IO[bytes], lastmodified: str = "1970-01-01") -> None:
    """``g`` as GEXF 1.2draft, the bytes ``networkx.write_gexf(version="1.2draft")`` writes (with
    a fixed ``lastmodifieddate``, for reproducible exports). Only the attributes partkg's
    network has are handled: plain values, node labels, edge ``start``/``end``."""
    for _, data in g.nodes(data=True):
        if any(k in data for k in _GEXF_NODE):
            raise nx.NetworkXError("write_gexf here handles node labels and plain attributes only")
    for *_, data in g.edges(data=True):
        if any(k in data for k in _GEXF_EDGE):
            raise nx.NetworkXError("write_gexf here handles edge start/end and plain attributes only")
    attr_ids: dict[tuple[str, str], tuple[str, str]] = {}     # (class, title) → (id, type)
    order: list[str] = []                                     # classes, in the order first met
    dynamic = False
    for scope, items in (("node", (d for _, d in g.nodes(data=True))),
                         ("edge", (d for *_, d in g.edges(data=True)))):
        for data in items:
            for k, v in data.items():
                if (scope == "node" and k == "label") or (scope == "edge" and k in ("start", "end")):
                    dynamic = dynamic or scope == "edge"
                    continue
                if (scope, k) not in attr_ids:
                    attr_ids[(scope, k)] = (str(len(attr_ids)), _xml_type(v))
                    if scope not in order:
                        order.append(scope)
        if scope == "edge" and g.number_of_edges() and ("edge", "networkx_key") not in attr_ids:
            k0 = next(iter(g.edges(keys=True)))[2]
            attr_ids[("edge", "networkx_key")] = (str(len(attr_ids)), _xml_type(k0))
            if "edge" not in order:
                order.append("edge")
    put, flush = _chunks(f)
    put(_DECLARATION)
    put('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    put(f'  <meta lastmodifieddate="{lastmodified}">\n    <creator>NetworkX {nx.__version__}</creator>\n  </meta>\n')
    mode = ' mode="dynamic" name="" timeformat="long"' if dynamic else ' mode="static" name=""'
    put(f'  <graph defaultedgetype="directed"{mode}>\n')
    for scope in reversed(order):
        put(f'    <attributes mode="static" class="{scope}">\n')
        for (cls, title), (aid, kind) in attr_ids.items():
            if cls == scope:
                put(f'      <attribute id="{aid}" title="{_escape_attrib(title)}" type="{kind}" />\n')
        put("    </attributes>\n")

    ids = {key: aid for key, (aid, _) in attr_ids.items()}

    def attvalues(scope: str, data: dict, indent: str, parts: list[str]) -> None:
        if not data:
            return
        parts.append(f"{indent}<attvalues>\n")
        for k, v in data.items():
            text = str(v).lower() if isinstance(v, bool) else (v if type(v) is str else str(v))
            parts.append(f'{indent}  <attvalue for="{ids[(scope, k)]}" value="{_escape_attrib(text)}" />\n')
        parts.append(f"{indent}</attvalues>\n")

    put("    <nodes>\n" if len(g) else "    <nodes />\n")
    for n, data in g.nodes(data=True):
        rest = {k: v for k, v in data.items() if k != "label"}
        head = f'      <node id="{_escape_attrib(str(n))}" label="{_escape_attrib(str(data.get("label", n)))}"'
        if rest:
            parts = [head + ">\n"]
            attvalues("node", rest, "        ", parts)
            parts.append("      </node>\n")
            put("".join(parts))
        else:
            put(head + " />\n")
    if len(g):
        put("    </nodes>\n")
    put("    <edges>\n" if g.number_of_edges() else "    <edges />\n")
    for i, (u, v, k, data) in enumerate(g.edges(keys=True, data=True)):
        rest = {x: y for x, y in data.items() if x not in ("start", "end")}
        rest["networkx_key"] = k
        times = "".join(f' {t}="{_escape_attrib(str(data[t]))}"' for t in ("start", "end") if t in data)
        parts = [f'      <edge source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" id="{i}"{times}>\n']
        attvalues("edge", rest, "        ", parts)
        parts.append("      </edge>\n")
        put("".join(parts))
    if g.number_of_edges():
        put("    </edges>\n")
    put("  </graph>\n</gexf>\n")
    flush()


@exporter("graphml")
def export_graphml(result: "BuildResult", out: Path) -> list[Path]:
    path = out / "partkg.graphml"
    with atomic_file(path) as f:
        write_graphml(corpus_network(result), f)
    return [path]


@exporter("gexf")
def export_gexf(result: "BuildResult", out: Path) -> list[Path]:
    path = out / "partkg.gexf"
    with atomic_file(path) as f:
        write_gexf(corpus_network(result), f)
    return [path]
