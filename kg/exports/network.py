"""The corpus as a networkx graph (entities as nodes, relations as edges), and its GraphML and
GEXF exports for Gephi and Cytoscape users.

The two files are written as networkx's ``write_graphml`` and ``write_gexf(version="1.2draft")``
write them, byte for byte, but streamed: networkx builds the whole XML tree first, which took
minutes at 10,000 nodes and 100,000 edges (bench/RESULTS.md). A build with a cache records where
each node and each document's edges are in the file (``.cache/rdf/<file>.json``, as the RDF
files' records), and the next build copies the unchanged ones from it (:class:`_Splicer`)."""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable
from json.encoder import encode_basestring as _json_string  # type: ignore[attr-defined]
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

import networkx as nx

from ..graph.build import entity_iri
from ..graph.quads import WRITE_PIECE
from . import atomic_file, exporter

if TYPE_CHECKING:
    from ..api import BuildResult
    from ..model import Extraction

__all__ = ["Fragment", "NetworkParts", "corpus_network", "make_fragment", "network_parts", "prepare_fragments"]


_NETWORKS: "weakref.WeakKeyDictionary[BuildResult, nx.MultiDiGraph]" = weakref.WeakKeyDictionary()
#: graph.html, GraphML and GEXF may run in threads side by side: what they share is made once
_LOCK = threading.RLock()


def corpus_network(result: "BuildResult") -> nx.MultiDiGraph:
    """The network of a build, made once per build result and process (graph.html, GraphML
    and GEXF read it; none changes it). See :func:`make_network`."""
    with _LOCK:
        return _corpus_network(result)


def _corpus_network(result: "BuildResult") -> nx.MultiDiGraph:
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


class _GraphMLKeys:
    """GraphML's ``<key>`` ids: one per (attribute, XML type, scope), numbered in the order first
    met, nodes before edges (as networkx numbers them)."""

    def __init__(self, node_data: Iterable[dict], edge_data: Iterable[dict]) -> None:
        self.keys: dict[tuple[str, str, str], str] = {}
        for scope, items in (("node", node_data), ("edge", edge_data)):
            for data in items:
                for k, v in data.items():
                    self.keys.setdefault((str(k), _xml_type(v), scope), f"d{len(self.keys)}")
        # (attribute, Python type) → key id per scope: what keys[(name, _xml_type(v), scope)] gives
        self.kmaps: dict[str, dict[tuple[str, type], str]] = {"node": {}, "edge": {}}
        for (name, kind, scope), kid in self.keys.items():
            for t, tk in _XML_TYPE.items():
                if tk == kind:
                    self.kmaps[scope].setdefault((name, t), kid)

    def head(self, nonempty: bool) -> str:
        parts = [_DECLARATION, '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.'
                 'graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
        for (name, kind, scope), kid in reversed(self.keys.items()):
            parts.append(f'  <key id="{kid}" for="{scope}" attr.name="{_escape_attrib(name)}" attr.type="{kind}" />\n')
        parts.append('  <graph edgedefault="directed">\n' if nonempty else '  <graph edgedefault="directed" />\n')
        return "".join(parts)

    def element(self, tag: str, attrs: str, data: dict, scope: str) -> str:
        if not data:
            return f"    <{tag} {attrs} />\n"
        kmap = self.kmaps[scope]
        parts = [f"    <{tag} {attrs}>\n"]
        for k, v in data.items():
            kid = kmap.get((k, type(v)))
            if kid is None:
                kid = self.keys[(str(k), _xml_type(v), scope)]
            text = v if type(v) is str else str(v)
            parts.append(f'      <data key="{kid}">{_escape_cdata(text)}</data>\n' if text else f'      <data key="{kid}" />\n')
        parts.append(f"    </{tag}>\n")
        return "".join(parts)

    def node(self, n: str, data: dict) -> str:
        return self.element("node", f'id="{_escape_attrib(str(n))}"', data, "node")

    def edge(self, u: str, v: str, k: str, data: dict) -> str:
        return self.element("edge", f'source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" '
                                    f'id="{_escape_attrib(str(k))}"', data, "edge")


_GRAPHML_TAIL = "  </graph>\n</graphml>\n"


def write_graphml(g: nx.MultiDiGraph, f: IO[bytes]) -> None:
    """``g`` as GraphML, the bytes ``networkx.write_graphml`` writes."""
    keys = _GraphMLKeys((d for _, d in g.nodes(data=True)), (d for *_, d in g.edges(data=True)))
    put, flush = _chunks(f)
    nonempty = bool(len(g) or g.number_of_edges())
    put(keys.head(nonempty))
    for n, data in g.nodes(data=True):
        put(keys.node(n, data))
    for u, v, k, data in g.edges(keys=True, data=True):
        put(keys.edge(u, v, k, data))
    put(_GRAPHML_TAIL if nonempty else "</graphml>\n")
    flush()


# what networkx's GEXF writer takes out of the attributes (the rest are plain attvalues)
_GEXF_NODE = ("id", "pid", "start", "end", "parents", "spells", "viz")
_GEXF_EDGE = ("id", "label", "weight", "type", "spells", "viz", "key")


class _GEXFAttributes:
    """GEXF's attribute ids: one per (class, attribute), numbered in the order first met (nodes
    before edges), ``networkx_key`` last (as networkx numbers them)."""

    def __init__(self, node_data: Iterable[dict], edge_data: Iterable[dict], first_key: Any = None) -> None:
        self.attr_ids: dict[tuple[str, str], tuple[str, str]] = {}     # (class, title) → (id, type)
        self.order: list[str] = []                                     # classes, in the order first met
        self.dynamic = False
        for scope, items in (("node", node_data), ("edge", edge_data)):
            for data in items:
                for k, v in data.items():
                    if (scope == "node" and k == "label") or (scope == "edge" and k in ("start", "end")):
                        self.dynamic = self.dynamic or scope == "edge"
                        continue
                    if (scope, k) not in self.attr_ids:
                        self.attr_ids[(scope, k)] = (str(len(self.attr_ids)), _xml_type(v))
                        if scope not in self.order:
                            self.order.append(scope)
            if scope == "edge" and first_key is not None and ("edge", "networkx_key") not in self.attr_ids:
                self.attr_ids[("edge", "networkx_key")] = (str(len(self.attr_ids)), _xml_type(first_key))
                if "edge" not in self.order:
                    self.order.append("edge")
        self.ids = {key: aid for key, (aid, _) in self.attr_ids.items()}

    def head(self, lastmodified: str) -> str:
        parts = [_DECLARATION, '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n',
                 f'  <meta lastmodifieddate="{lastmodified}">\n    <creator>NetworkX {nx.__version__}</creator>\n  </meta>\n']
        mode = ' mode="dynamic" name="" timeformat="long"' if self.dynamic else ' mode="static" name=""'
        parts.append(f'  <graph defaultedgetype="directed"{mode}>\n')
        for scope in reversed(self.order):
            parts.append(f'    <attributes mode="static" class="{scope}">\n')
            for (cls, title), (aid, kind) in self.attr_ids.items():
                if cls == scope:
                    parts.append(f'      <attribute id="{aid}" title="{_escape_attrib(title)}" type="{kind}" />\n')
            parts.append("    </attributes>\n")
        return "".join(parts)

    def attvalues(self, scope: str, data: dict, indent: str, parts: list[str]) -> None:
        if not data:
            return
        ids = self.ids
        parts.append(f"{indent}<attvalues>\n")
        for k, v in data.items():
            text = str(v).lower() if isinstance(v, bool) else (v if type(v) is str else str(v))
            parts.append(f'{indent}  <attvalue for="{ids[(scope, k)]}" value="{_escape_attrib(text)}" />\n')
        parts.append(f"{indent}</attvalues>\n")

    def node(self, n: str, data: dict) -> str:
        rest = {k: v for k, v in data.items() if k != "label"}
        head = f'      <node id="{_escape_attrib(str(n))}" label="{_escape_attrib(str(data.get("label", n)))}"'
        if not rest:
            return head + " />\n"
        parts = [head + ">\n"]
        self.attvalues("node", rest, "        ", parts)
        parts.append("      </node>\n")
        return "".join(parts)

    def edge(self, u: str, v: str, k: Any, data: dict) -> tuple[str, str]:
        """An edge's element around its id (its position among the edges): the text before
        the id's digits and the text after them."""
        rest = {x: y for x, y in data.items() if x not in ("start", "end")}
        rest["networkx_key"] = k
        times = "".join(f' {t}="{_escape_attrib(str(data[t]))}"' for t in ("start", "end") if t in data)
        parts = [f'"{times}>\n']
        self.attvalues("edge", rest, "        ", parts)
        parts.append("      </edge>\n")
        return f'      <edge source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" id="', "".join(parts)


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
    first = next(iter(g.edges(keys=True)))[2] if g.number_of_edges() else None
    attrs = _GEXFAttributes((d for _, d in g.nodes(data=True)), (d for *_, d in g.edges(data=True)), first)
    put, flush = _chunks(f)
    put(attrs.head(lastmodified))
    put("    <nodes>\n" if len(g) else "    <nodes />\n")
    for n, data in g.nodes(data=True):
        put(attrs.node(n, data))
    if len(g):
        put("    </nodes>\n")
    put("    <edges>\n" if g.number_of_edges() else "    <edges />\n")
    for i, (u, v, k, data) in enumerate(g.edges(keys=True, data=True)):
        head, tail = attrs.edge(u, v, k, data)
        put(f"{head}{i}{tail}")
    if g.number_of_edges():
        put("    </edges>\n")
    put("  </graph>\n</gexf>\n")
    flush()


# ------------------------------------------------------------------ per-document fragments
#: What one document adds to the corpus network, serialized ahead: the three network files
#: (GraphML, GEXF, graph.html's data) are the documents' fragments merged in networkx's order,
#: so a rebuild makes the fragments of the changed documents only and takes the others from
#: ``exports/.cache/network/`` (keyed by the document's graph block key: what its extraction,
#: cross-document identities and curation are made of; see kg.graph.build.document_block_key).
_NODE_PROTO = {"label": "", "type": "", "iri": "", "docs": "", "mentions": 0, "wikidata": ""}
_EDGE_PROTO = {"predicate": "", "doc": "", "quote": "", "start": 0, "end": 0, "reported": False}
_GRAPHML_KEYS = _GraphMLKeys([_NODE_PROTO], [_EDGE_PROTO])
_GEXF_ATTRS = _GEXFAttributes([_NODE_PROTO], [_EDGE_PROTO], "")
NETWORK_CACHE = "network"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    h = hashlib.sha256(f"{nx.__version__}/{sys.version}".encode())
    for name in ("network.py", "html.py"):
        h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Fragment:
    """One document's part of the corpus network. ``entities``: ``(id, label, type, wikidata,
    mentions)`` in the extraction's order; ``edges``: ``(source, target, key, html head, html
    tail)``; ``xml``: each edge's ``(GraphML, GEXF head, GEXF tail)`` (GEXF and graph.html
    number the edges: the number goes between head and tail), or None while still on disk (only
    the process writing GraphML and GEXF reads them). ``regular``: every value has the type the
    texts were made for (else the build writes the files from the networkx graph)."""

    doc: str
    entities: list[tuple[str, str, str, str, int]]
    edges: list[tuple[str, str, str, str, str]]
    xml: list[tuple[str, str, str]] | None
    regular: bool = True


def _js(s: str) -> str:
    """A string as :func:`kg.exports.html.safe_json` writes it."""
    t = _json_string(s)
    if _UNSAFE_JS.search(t):
        t = t.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return t


_UNSAFE_JS = re.compile("[&<>\u2028\u2029]")
_EK = {name: _GRAPHML_KEYS.kmaps["edge"][(name, type(v))] for name, v in _EDGE_PROTO.items()}
_EA = {name: _GEXF_ATTRS.ids[("edge", name)] for name in ("predicate", "doc", "quote", "reported", "networkx_key")}


def _data(kid: str, text: str) -> str:
    return f'      <data key="{kid}">{_escape_cdata(text)}</data>\n' if text else f'      <data key="{kid}" />\n'


def make_fragment(ex: "Extraction") -> Fragment:
    """The fragment of one extraction, as :func:`make_network` adds it (an edge stated twice
    under one key keeps its first place and its last data). The edges' texts are what
    :class:`_GraphMLKeys`, :class:`_GEXFAttributes` and ``safe_json`` write (tests/test_scale.py
    compares the files), written out here for speed."""
    from .html import year_of
    doc = ex.document.id
    regular = ":" not in doc      # edge keys are "doc:predicate:start": unique per document then
    entities = []
    for e in ex.entities:
        wikidata = e.links.get("wikidata", "")
        regular = regular and type(e.label) is str and type(e.type) is str and type(wikidata) is str
        entities.append((e.id, e.label, e.type, wikidata, len(e.mentions)))
    found: dict[tuple[str, str, str], tuple[str, str, int, int, bool]] = {}
    for a in ex.assertions:
        if a.object is None or a.status == "rejected":
            continue
        ev = a.evidence
        regular = regular and type(a.predicate) is str and type(ev.text) is str and type(ev.start) is int \
            and type(ev.end) is int and type(a.subject) is str and type(a.object) is str
        found[(a.subject, a.object, f"{doc}:{a.predicate}:{ev.start}")] = (
            a.predicate, ev.text, ev.start, ev.end, a.attributed_to is not None)
    year = year_of(ex.document.meta.get("date"))
    js_year = "null" if year is None else str(year)
    js_doc, ea_doc, ec_doc = _js(doc), _escape_attrib(doc), _data(_EK["doc"], doc)
    edges, xml = [], []
    ek, ea = _EK, _EA
    for (u, v, k), (predicate, quote, start, end, reported) in found.items():
        au, av, ak = _escape_attrib(u), _escape_attrib(v), _escape_attrib(k)
        graphml = (f'    <edge source="{au}" target="{av}" id="{ak}">\n{_data(ek["predicate"], predicate)}{ec_doc}'
                   f'{_data(ek["quote"], quote)}{_data(ek["start"], str(start))}{_data(ek["end"], str(end))}'
                   f'{_data(ek["reported"], str(reported))}    </edge>\n')
        gexf_head = f'      <edge source="{au}" target="{av}" id="'
        gexf_tail = (f'" start="{start}" end="{end}">\n        <attvalues>\n'
                     f'          <attvalue for="{ea["predicate"]}" value="{_escape_attrib(predicate)}" />\n'
                     f'          <attvalue for="{ea["doc"]}" value="{ea_doc}" />\n'
                     f'          <attvalue for="{ea["quote"]}" value="{_escape_attrib(quote)}" />\n'
                     f'          <attvalue for="{ea["reported"]}" value="{"true" if reported else "false"}" />\n'
                     f'          <attvalue for="{ea["networkx_key"]}" value="{ak}" />\n'
                     f'        </attvalues>\n      </edge>\n')
        html_head = f'{{"doc":{js_doc},"end":{end},"from":{_js(u)},"id":"e'
        html_tail = (f'","predicate":{_js(predicate)},"quote":{_js(quote)},"reported":{"true" if reported else "false"},'
                     f'"start":{start},"to":{_js(v)},"year":{js_year}}}')
        edges.append((u, v, k, html_head, html_tail))
        xml.append((graphml, gexf_head, gexf_tail))
    return Fragment(doc, entities, edges, xml, regular)


class FragmentCache:
    """Fragments on disk under ``folder``, by block key and this code: ``xx/key.net`` (entities,
    edges and their graph.html texts) and ``xx/key.xml`` (the GraphML and GEXF texts), marshal (a
    tuple of strings, numbers and tuples loads several times faster than a pickle of it). Like
    the extraction cache, written by partkg itself: never point it at a folder others write."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._folder = str(folder)
        self.used: set[str] = set()

    def path(self, key: str, part: str = "net") -> str:
        return os.path.join(self._folder, key[:2], f"{key}.{part}")     # a str: 3,000 Paths cost 0.3 s

    def key(self, block_key: str) -> str:
        return hashlib.sha256(f"{_code_digest()}/{block_key}".encode()).hexdigest()

    def has(self, key: str) -> bool:
        self.used.add(key)
        return os.path.exists(self.path(key, "xml")) and os.path.exists(self.path(key, "net"))

    def get(self, key: str) -> Fragment | None:
        self.used.add(key)
        try:
            with open(self.path(key), "rb") as f:
                doc, entities, edges, regular = marshal.loads(f.read())
        except Exception:            # noqa: BLE001 - missing or unreadable: made again
            return None
        return Fragment(doc, entities, edges, None, regular)

    def xml(self, key: str, edges: int) -> list[tuple[str, str, str]] | None:
        try:
            with open(self.path(key, "xml"), "rb") as f:
                xml = marshal.loads(f.read())
        except Exception:            # noqa: BLE001 - missing or unreadable: made again
            return None
        return xml if isinstance(xml, list) and len(xml) == edges else None

    def put(self, key: str, fragment: Fragment) -> None:
        from ..atomic import atomic_file as _atomic
        self.used.add(key)
        try:        # the texts first: a .net file says both are there
            with _atomic(Path(self.path(key, "xml")), durable=False) as f:
                f.write(marshal.dumps(fragment.xml))
            with _atomic(Path(self.path(key, "net")), durable=False) as f:
                f.write(marshal.dumps((fragment.doc, fragment.entities, fragment.edges, fragment.regular)))
        except (OSError, ValueError):
            pass

    def prune(self) -> int:
        from ..cache import prune_unused
        return prune_unused(self.folder, self.used)


class _Fragments:
    """A build's fragments, by document id: each one made (from its extraction) or found in the
    cache (its key; read when needed), so that a process that needs only part of them reads
    only that part."""

    def __init__(self, result: "BuildResult", out: Path | None) -> None:
        from ..graph.build import document_graph_iri
        keys = result.rdf.keys if result.rdf is not None else {}
        self.cache = FragmentCache(out / ".cache" / NETWORK_CACHE) if out is not None and keys else None
        self.entries: list[tuple["Extraction", str | None, Fragment | None]] = []
        for ex in sorted(result.extractions, key=lambda e: e.document.id):
            block_key = keys.get(document_graph_iri(ex.document.id)) if self.cache is not None else None
            key = self.cache.key(block_key) if self.cache is not None and block_key is not None else None
            if key is not None and self.cache.has(key):         # type: ignore[union-attr]
                self.entries.append((ex, key, None))
                continue
            fr = make_fragment(ex)
            if key is not None:
                self.cache.put(key, fr)                          # type: ignore[union-attr]
            self.entries.append((ex, key, fr))
        if self.cache is not None:
            self.cache.prune()

    def fragments(self) -> list[Fragment]:
        """Every fragment, without its XML texts when they are on disk."""
        out = []
        for i, (ex, key, fr) in enumerate(self.entries):
            if fr is None:
                fr = self.cache.get(key) if self.cache is not None and key is not None else None
                if fr is None or fr.doc != ex.document.id:      # unreadable: made again
                    fr = make_fragment(ex)
                    self.entries[i] = (ex, key, fr)
            out.append(fr)
        return out

    def drop_xml(self) -> None:
        """Let go of the XML texts of the fragments made here that the cache holds (a process
        that has forked the one writing GraphML and GEXF needs them no more: 140 MB at 1000×)."""
        for ex, key, fr in self.entries:
            if fr is not None and key is not None and self.cache is not None and self.cache.has(key):
                fr.xml = None

    def xml(self, i: int, fr: Fragment) -> list[tuple[str, str, str]]:
        if fr.xml is None:
            ex, key, _ = self.entries[i]
            found = self.cache.xml(key, len(fr.edges)) if self.cache is not None and key is not None else None
            fr.xml = found if found is not None else make_fragment(ex).xml
        return fr.xml     # type: ignore[return-value]


_FRAGMENTS: "weakref.WeakKeyDictionary[BuildResult, _Fragments]" = weakref.WeakKeyDictionary()


def prepare_fragments(result: "BuildResult", out: Path | None = None) -> _Fragments:
    """Make the fragments of the documents that have none in the cache (once per build result:
    a process forked afterwards inherits them) and note where the others are."""
    with _LOCK:
        return _prepare_fragments(result, out)


def _prepare_fragments(result: "BuildResult", out: Path | None) -> _Fragments:
    try:
        return _FRAGMENTS[result]
    except (KeyError, TypeError):
        pass
    from ..api import _gc_paused
    with _gc_paused():
        found = _Fragments(result, out)
    try:
        _FRAGMENTS[result] = found
    except TypeError:           # not weakly referable (a stand-in for a build result)
        pass
    return found


class NetworkParts:
    """The corpus network merged from the documents' fragments: its nodes (in networkx's order,
    their attributes as :func:`make_network` gives them) and its edges in networkx's order,
    from whose texts the three files are joined."""

    def __init__(self, fragments: list[Fragment], titles: dict[str, Any], source: _Fragments | None = None) -> None:
        doc_ids = set(titles)
        nodes: dict[str, list | None] = {}             # id → [label, type, iri, docs, mentions, wikidata]
        succ: dict[str, dict[str, list[tuple]]] = {}
        for fi, fr in enumerate(fragments):            # by document id
            for eid, label, typ, wikidata, mentions in fr.entities:
                node = nodes.get(eid)
                if node is None:
                    if eid in doc_ids:
                        label = str(titles[eid] or label)
                    node = nodes[eid] = [label, typ, str(entity_iri(eid, doc_ids)), [], 0, wikidata]
                if not node[3] or node[3][-1] != fr.doc:
                    node[3].append(fr.doc)
                node[4] += mentions
            for ei, edge in enumerate(fr.edges):
                u, v = edge[0], edge[1]
                if u not in nodes:
                    nodes[u] = None
                if v not in nodes:
                    nodes[v] = None
                succ.setdefault(u, {}).setdefault(v, []).append((fi, ei, edge))
        self.fragments = fragments
        self.source = source
        self.nodes = nodes
        #: (fragment, position in it, edge) in networkx's order
        self.edges = [e for u in nodes if u in succ for targets in succ[u].values() for e in targets]
        self.pairs = [(u, v) for u, targets in succ.items() for v in targets]
        self.attributed = any(n is not None for n in nodes.values())

    @staticmethod
    def node_data(node: list) -> dict:
        return {"label": node[0], "type": node[1], "iri": node[2], "docs": ";".join(sorted(set(node[3]))),
                "mentions": node[4], "wikidata": node[5]}

    def _xml(self) -> list[list[tuple[str, str, str]]]:
        if self.source is None:
            return [fr.xml for fr in self.fragments]        # type: ignore[misc]
        from ..api import _gc_paused
        with _gc_paused():
            return [self.source.xml(i, fr) for i, fr in enumerate(self.fragments)]

    def _records(self, w: "_Splicer", width: int) -> tuple[list, list, dict[str, list[int]]]:
        """Per fragment: where its edges are in the previous file (None: written; ``width``
        numbers an edge), and the list of where they go in the new one (None: a fragment not
        kept in the cache, not recorded); the new record, by fragment cache key."""
        keys = [key for _, key, _ in self.source.entries] if self.source is not None else [None] * len(self.fragments)
        old = w.old.get("edges") if w.old is not None else None
        old = old if isinstance(old, dict) else {}
        olds, new, edges = [], [], {}
        for key, fr in zip(keys, self.fragments):
            size = width * len(fr.edges)
            was = old.get(key) if key is not None else None
            olds.append(was if isinstance(was, list) and len(was) == size else None)
            rec = None
            if key is not None:
                rec = edges[key] = [0] * size
            new.append(rec)
        return olds, new, edges

    def _write_nodes(self, w: "_Splicer", text: Callable[[str, dict], str]) -> dict[str, list]:
        """The nodes, each copied from the previous file when its attributes are those it had
        there (the record keeps a digest of them), else written (``text(id, attributes)``); the
        new record: each node's place, length and digest."""
        old = w.old.get("nodes") if w.old is not None else None
        old = old if isinstance(old, dict) else {}
        nodes: dict[str, list] = {}
        blake2b = hashlib.blake2b
        for n, node in self.nodes.items():
            fp = "" if node is None else blake2b("\x1f".join(
                (node[0], node[1], node[2], ";".join(node[3]), str(node[4]), node[5])).encode(), digest_size=8).hexdigest()
            was = old.get(n)
            if type(was) is list and len(was) == 3 and was[2] == fp:
                at, size = w.take(was[0], was[1])
            else:
                at, size = w.put(text(n, self.node_data(node) if node is not None else {}))
            nodes[n] = [at, size, fp]
        return nodes

    def _text(self, xml: list, fi: int, fr: Fragment) -> list[tuple[str, str, str]]:
        """The XML texts of fragment ``fi``, read when first needed (a spliced file needs those
        of the changed documents only)."""
        texts = xml[fi]
        if texts is None:
            texts = xml[fi] = self.source.xml(fi, fr) if self.source is not None else fr.xml
        return texts

    def write_graphml(self, f: IO[bytes], previous: Path | None = None) -> dict:
        """The bytes :func:`write_graphml` writes of :func:`make_network`'s graph. With
        ``previous`` (the exports folder holding the last build's file and its record), the
        edges of unchanged documents are copied from that file (see :class:`_Splicer`). Returns
        the new file's record: where each fragment's edges are in it."""
        nonempty = bool(self.nodes or self.edges)
        keys = _GraphMLKeys([_NODE_PROTO] if self.attributed else [], [_EDGE_PROTO] if self.edges else [])
        w = _Splicer(f, previous, "partkg.graphml")
        olds, new, edges = self._records(w, 2)
        xml: list = [None] * len(self.fragments) if self.source is not None else self._xml()
        w.put(keys.head(nonempty))
        nodes = self._write_nodes(w, keys.node)
        for fi, ei, _ in self.edges:
            was = olds[fi]
            if was is not None:
                at, n = w.take(was[2 * ei], was[2 * ei + 1])
            else:
                at, n = w.put(self._text(xml, fi, self.fragments[fi])[ei][0])
            rec = new[fi]
            if rec is not None:
                rec[2 * ei] = at
                rec[2 * ei + 1] = n
        w.put(_GRAPHML_TAIL if nonempty else "</graphml>\n")
        w.close()
        return {"nodes": nodes, "edges": edges, "spliced": w.old is not None}

    def write_gexf(self, f: IO[bytes], lastmodified: str = "1970-01-01", previous: Path | None = None) -> dict:
        """The bytes :func:`write_gexf` writes of :func:`make_network`'s graph; ``previous``: as
        :meth:`write_graphml` (an edge's number, between its head and its tail, is written anew
        when it moved)."""
        attrs = _GEXFAttributes([_NODE_PROTO] if self.attributed else [], [_EDGE_PROTO] if self.edges else [],
                                self.edges[0][2][2] if self.edges else None)
        w = _Splicer(f, previous, "partkg.gexf")
        olds, new, edges = self._records(w, 4)
        xml: list = [None] * len(self.fragments) if self.source is not None else self._xml()
        w.put(attrs.head(lastmodified))
        w.put("    <nodes>\n" if self.nodes else "    <nodes />\n")
        nodes = self._write_nodes(w, attrs.node)
        if self.nodes:
            w.put("    </nodes>\n")
        w.put("    <edges>\n" if self.edges else "    <edges />\n")
        for i, (fi, ei, _) in enumerate(self.edges):
            was = olds[fi]
            number = str(i)
            if was is not None:         # head, number, tail: (offset, head length, number, tail length)
                o, nh, j, nt = was[4 * ei:4 * ei + 4]
                if j == i:
                    at, _ = w.take(o, nh + len(number) + nt)
                else:
                    at, _ = w.take(o, nh)
                    w.put(number)
                    w.take(o + nh + len(str(j)), nt)
            else:
                x = self._text(xml, fi, self.fragments[fi])[ei]
                at, nh = w.put(x[1])
                w.put(number)
                _, nt = w.put(x[2])
            rec = new[fi]
            if rec is not None:
                rec[4 * ei:4 * ei + 4] = at, nh, i, nt
        if self.edges:
            w.put("    </edges>\n")
        w.put("  </graph>\n</gexf>\n")
        w.close()
        return {"nodes": nodes, "edges": edges, "spliced": w.old is not None}


class _Splicer:
    """Writes a network file (GraphML, GEXF) into ``f`` from texts (:meth:`put`) and stretches
    of the previous build's file (:meth:`take`, read through ``mmap``: runs of unchanged edges
    follow each other there, and are joined into one slice). ``old``: the previous file's record
    (:func:`kg.graph.quads._read_splice_record`: None unless the file is the one recorded).
    The RDF files are spliced in the kernel (:meth:`kg.graph.quads.GraphBlocks.write_spliced`);
    these are tens of MB, and a GEXF edge's number changes when an edge before it comes or goes,
    so small pieces between the numbers are taken: memory slices, not a system call each."""

    def __init__(self, f: IO[bytes], previous: Path | None, name: str) -> None:
        from ..graph.quads import _read_splice_record
        self.f = f
        self.at = 0
        self.old: dict | None = None
        self._mm = None
        self._buf: list[bytes] = []
        self._size = 0
        self._copy = [0, 0]                     # the stretch of the old file to take next: start, end
        if previous is not None:
            self.old = _read_splice_record(previous, name)
            if self.old is not None:
                import mmap
                try:
                    with open(previous / name, "rb") as old:
                        self._mm = mmap.mmap(old.fileno(), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):
                    self.old = None

    def _flush_copy(self) -> None:
        a, b = self._copy
        if b > a:
            self._buf.append(self._mm[a:b])     # type: ignore[index]
            self._size += b - a
            self._copy = [0, 0]

    def _write(self) -> None:
        if self._size >= WRITE_PIECE:
            self.f.write(b"".join(self._buf))
            self._buf.clear()
            self._size = 0

    def put(self, text: str) -> tuple[int, int]:
        """Write ``text``; where it starts in the new file and its length in bytes."""
        self._flush_copy()
        data = text.encode("utf-8")
        self._buf.append(data)
        self._size += len(data)
        at = self.at
        self.at += len(data)
        self._write()
        return at, len(data)

    def take(self, offset: int, length: int) -> tuple[int, int]:
        """Copy ``length`` bytes of the previous file from ``offset``; where they start in the
        new file, and ``length``."""
        if self._mm is None or offset < 0 or offset + length > len(self._mm):
            raise ValueError("the previous file does not hold what its record says")
        if self._copy[1] != offset or self._copy[1] == self._copy[0]:
            self._flush_copy()
            self._write()
            self._copy = [offset, offset]
        self._copy[1] = offset + length
        at = self.at
        self.at += length
        return at, length

    def close(self) -> None:
        self._flush_copy()
        self.f.write(b"".join(self._buf))
        self._buf.clear()
        self._size = 0
        if self._mm is not None:
            self._mm.close()
            self._mm = None


_PARTS: "weakref.WeakKeyDictionary[BuildResult, NetworkParts | None]" = weakref.WeakKeyDictionary()


def network_parts(result: "BuildResult", out: Path | None = None) -> NetworkParts | None:
    """The corpus network of a build from its documents' fragments (see :func:`prepare_fragments`),
    made once per build result and process; None when a value is of a type the fragments' texts
    were not made for (the files are then written from :func:`corpus_network`). With ``out`` and
    a build that caches its graphs, fragments are kept in ``out/.cache/network/`` under their
    graph block's key: those found there are not made again (their extractions are not read)."""
    with _LOCK:
        return _network_parts(result, out)


def _network_parts(result: "BuildResult", out: Path | None) -> NetworkParts | None:
    try:
        return _PARTS[result]
    except (KeyError, TypeError):
        pass
    from ..api import _gc_paused
    source = prepare_fragments(result, out)
    with _gc_paused():           # loading and merging allocate much and make no cycles
        fragments = source.fragments()
        parts = None
        if all(fr.regular for fr in fragments):
            parts = NetworkParts(fragments, {ex.document.id: ex.document.meta.get("title")
                                             for ex in result.extractions}, source)
            # the edges' texts number attributes as a network with attributed nodes does (any
            # edge's ends are entities of its document: this holds unless an extraction breaks that)
            if not (parts.attributed or not parts.edges):
                parts = None
    try:
        _PARTS[result] = parts
    except TypeError:           # not weakly referable (a stand-in for a build result)
        pass
    return parts


def _write_network_file(result: "BuildResult", out: Path, name: str) -> list[Path]:
    """GraphML or GEXF: from the fragments, the edges of unchanged documents copied from the
    previous file when a build with a cache left its record (``.cache/rdf/<name>.json``, as the
    RDF files'), else from the networkx graph. The record is removed while the file is
    replaced, and written once the new file is in place."""
    from ..graph.quads import RECORD_VERSION, _write_splice_record, forget_record
    path = out / name
    parts = network_parts(result, out)
    previous = out if parts is not None and parts.source is not None and parts.source.cache is not None else None
    record = None
    from ..api import _gc_paused
    with atomic_file(path) as f, _gc_paused():       # many strings, no cycles
        if parts is None:
            (write_graphml if name == "partkg.graphml" else write_gexf)(corpus_network(result), f)
        else:
            try:
                record = parts.write_graphml(f, previous) if name == "partkg.graphml" else \
                    parts.write_gexf(f, previous=previous)
            except ValueError:          # a record that does not fit its file: written whole
                f.seek(0)
                f.truncate()
                record = parts.write_graphml(f) if name == "partkg.graphml" else parts.write_gexf(f)
        forget_record(out, name)
    if previous is not None and record is not None:
        _write_splice_record(out, name, {"version": RECORD_VERSION, **record}, path)
    else:
        forget_record(out, name)
    return [path]


@exporter("graphml")
def export_graphml(result: "BuildResult", out: Path) -> list[Path]:
    return _write_network_file(result, out, "partkg.graphml")


@exporter("gexf")
def export_gexf(result: "BuildResult", out: Path) -> list[Path]:
    return _write_network_file(result, out, "partkg.gexf")
