"""``exports/graph.html``: an interactive graph that works from a file with the network off.

The page inlines vis-network (the copy pyvis ships, read from its files without importing pyvis,
which would import IPython) and the page's own script and style (``assets/graph.*``); nothing is
fetched, and a Content-Security-Policy forbids fetching anything.

Node and edge data are embedded as JSON in a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped (:func:`safe_json`), so no document text can close the script or
inject markup; the page's script puts text into the DOM with ``textContent`` only.

Every node has a precomputed position (:mod:`kg.exports.layout`, deterministic). Up to
``LAYOUT_THRESHOLD`` nodes vis-network's physics then relaxes the picture once and stops; above
it physics stays off, so 10,000 nodes open in seconds (bench/bench_html.py).

Facts link to the document pages of the static site (``exports/site/``, :mod:`kg.exports.site`),
at the anchor of their evidence.
"""
from __future__ import annotations

import re
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import exporter, write_atomic
from .network import corpus_network, network_parts

if TYPE_CHECKING:
    import networkx as nx

    from ..api import BuildResult
    from .layout import LayoutCache
    from .network import NetworkParts
    from .site import SitePages

__all__ = ["LAYOUT_THRESHOLD", "TYPE_STYLE", "graph_payload", "network_payload", "render_graph_html",
           "safe_json", "year_of"]

#: Colour, vis-network shape and legend symbol per entity type (Okabe-Ito, colour-blind-safe).
#: Only shapes that draw their label below them (and scale with importance).
TYPE_STYLE = {
    "Person": ("#E69F00", "dot", "\u25cf"), "Body": ("#0072B2", "hexagon", "\u2b22"),
    "Place": ("#009E73", "triangle", "\u25b2"), "Document": ("#CC79A7", "square", "\u25a0"),
    "Event": ("#D55E00", "star", "\u2605"), "Group": ("#56B4E9", "triangleDown", "\u25bc"),
    "Position": ("#C9B800", "diamond", "\u25c6"),
}
#: Above this many nodes physics stays off (the precomputed layout is final).
LAYOUT_THRESHOLD = 400
SITE_DIR = "site"
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")


def safe_json(obj) -> str:
    """JSON safe to embed in HTML (inside ``<script>`` too)."""
    import json
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def year_of(date: Any) -> int | None:
    m = re.match(r"^\s*(\d{4})", str(date or ""))
    return int(m.group(1)) if m else None


def _vis_asset(name: str) -> str:
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        from ..errors import BuildError
        raise BuildError("pyvis is not installed; graph.html inlines its copy of vis-network",
                         hint="python3 -m pip install 'pyvis>=0.3.2,<0.4'")
    base = Path(list(spec.submodule_search_locations)[0])
    return (base / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _asset(name: str) -> str:
    return (resources.files("kg.exports") / "assets" / name).read_text(encoding="utf-8")


def network_payload(g: "nx.MultiDiGraph", docs: dict[str, dict], *, names: dict[str, list[str]] | None = None,
                    pages: "SitePages | None" = None, prefix: str = SITE_DIR + "/",
                    layout_cache: "LayoutCache | None" = None) -> dict:
    """The page's data from a corpus network (:func:`kg.exports.network.corpus_network`).

    ``docs`` maps a document id to ``{"title", "date"}``; ``names`` an entity id to its other
    names (searchable); ``pages`` gives each entity and document its page in the site;
    ``layout_cache`` keeps large components' positions between builds (:class:`kg.exports.layout.LayoutCache`)."""
    years = {d: year_of(info.get("date")) for d, info in docs.items()}
    payload = _payload(sorted(g.nodes), lambda n: g.nodes[n], ((s, o) for s, o, _ in g.edges(keys=True)),
                       dict(g.degree()), docs, years, names or {}, pages, prefix, layout_cache)
    edges = []
    for i, (s, o, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda t: (t[0], t[1], t[2]))):
        edges.append({"id": f"e{i}", "from": s, "to": o, "predicate": d["predicate"], "doc": d["doc"],
                      "quote": d["quote"], "start": d["start"], "end": d["end"],
                      "reported": bool(d["reported"]), "year": years.get(d["doc"])})
    payload["edges"] = edges
    return payload


def _payload(node_ids: list[str], attrs, pairs, degree: dict[str, int], docs: dict[str, dict],
             years: dict[str, int | None], names: dict[str, list[str]], pages: "SitePages | None", prefix: str,
             layout_cache: "LayoutCache | None") -> dict:
    """The page's data but its edges: ``node_ids`` sorted, ``attrs(n)`` a node's attributes,
    ``pairs`` the (source, target) of the edges, ``degree`` each node's edges in and out."""
    from .layout import layout          # numpy: imported when a page is made, not with the CLI
    pos = layout(node_ids, pairs, layout_cache)
    nodes = []
    for n in node_ids:
        d = attrs(n)
        node_docs = sorted(filter(None, str(d.get("docs") or "").split(";")))
        wikidata = str(d.get("wikidata") or "")
        x, y = pos[n]
        node = {"id": n, "label": str(d.get("label") or n), "type": d.get("type") or "Thing",
                "docs": node_docs, "names": names.get(n, []), "x": x, "y": y,
                "years": sorted({years[k] for k in node_docs if years.get(k) is not None}),
                "value": 1 + degree.get(n, 0) + len(node_docs)}
        if _WIKIDATA.match(wikidata):
            node["wikidata"] = wikidata
        if pages is not None:
            node["page"] = prefix + pages.entity(n)
        nodes.append(node)
    doc_info = {}
    for doc_id, info in docs.items():
        entry = {"title": str(info.get("title") or doc_id), "date": str(info.get("date") or "")}
        if pages is not None:
            entry["page"] = prefix + pages.doc(doc_id)
        doc_info[doc_id] = entry
    order = sorted(docs, key=lambda k: (doc_info[k]["date"] or "9999", k))
    return {"nodes": nodes, "docs": doc_info, "docOrder": order,
            "years": sorted({y for y in years.values() if y is not None}),
            "physics": len(nodes) <= LAYOUT_THRESHOLD, "large": len(nodes) > LAYOUT_THRESHOLD,
            "types": {t: {"color": c, "shape": s, "symbol": sym} for t, (c, s, sym) in TYPE_STYLE.items()}}


def _result_docs(result: "BuildResult") -> dict[str, dict]:
    return {ex.document.id: {"title": ex.document.title or ex.document.id, "date": ex.document.meta.get("date")}
            for ex in result.extractions}


def _names(result: "BuildResult", labels: Iterable[tuple[str, str | None]]) -> dict[str, list[str]]:
    """Each node's other names in the authority (searchable in the page)."""
    names = {}
    for n, label in labels:
        entry = result.authority.get(n)
        if entry is not None:
            names[n] = [x for x in entry.all_names if x != label]
    return names


def graph_payload(result: "BuildResult", layout_cache: "LayoutCache | None" = None) -> dict:
    g = corpus_network(result)
    names = _names(result, ((n, g.nodes[n].get("label")) for n in g.nodes))
    return network_payload(g, _result_docs(result), names=names, pages=_site_pages(result),
                           layout_cache=layout_cache)


def graph_payload_json(result: "BuildResult", layout_cache: "LayoutCache | None" = None,
                       out: Path | None = None) -> str:
    """``safe_json(graph_payload(result))``, joined from the documents' network fragments
    (:func:`kg.exports.network.network_parts`: each edge's text is made once per document and
    kept in ``out/.cache``) when the build's values allow it."""
    from ..api import _gc_paused
    parts = network_parts(result, out)
    if parts is None:
        return safe_json(graph_payload(result, layout_cache))
    with _gc_paused():      # allocates much, makes no cycles
        return _payload_json(result, parts, layout_cache)


def _site_pages(result: "BuildResult") -> "SitePages":
    """The site's page of each document and entity (the site's own, when every extraction is
    read; else the same pages made from the extractions' summaries, leaving them unread)."""
    from ..cache import is_loaded, summary_of
    from .site import SitePages
    if all(is_loaded(ex) for ex in result.extractions):
        return SitePages.for_result(result)
    keys: set[str] = set()
    for ex in result.extractions:
        keys |= summary_of(ex).keys()
    return SitePages((ex.document.id for ex in result.extractions), keys)


def _payload_json(result: "BuildResult", parts: "NetworkParts", layout_cache: "LayoutCache | None") -> str:
    docs = _result_docs(result)
    years = {d: year_of(info.get("date")) for d, info in docs.items()}
    degree: dict[str, int] = dict.fromkeys(parts.nodes, 0)
    for _, _, e in parts.edges:
        degree[e[0]] += 1
        degree[e[1]] += 1
    empty: dict = {}
    data = {n: (parts.node_data(node) if node is not None else empty) for n, node in parts.nodes.items()}
    names = _names(result, ((n, d.get("label")) for n, d in data.items()))
    payload = _payload(sorted(parts.nodes), data.__getitem__, parts.pairs, degree, docs, years, names,
                       _site_pages(result), SITE_DIR + "/", layout_cache)
    # by (source, target, key): an edge's key is unique (one per document, predicate and place), so
    # sorting the tuples whole gives that order, without a key function
    edges = sorted(e[2] for e in parts.edges)
    payload["edges"] = []
    head, rest = safe_json(payload).split(',"edges":[],', 1)    # the keys are sorted: "edges" comes after "docs"
    return "".join((head, ',"edges":[', ",".join(f"{e[3]}{i}{e[4]}" for i, e in enumerate(edges)), "],", rest))


def render_graph_html(payload: dict | str) -> str:
    """The page around ``payload`` (a dict, or the text :func:`safe_json` makes of it)."""
    parts = {"VIS_CSS": _vis_asset("vis-network.css").replace("</style", "<\\/style"),
             "VIS_JS": _vis_asset("vis-network.min.js").replace("</script", "<\\/script"),
             "CSS": _asset("graph.css"), "JS": _asset("graph.js"),
             "DATA": payload if isinstance(payload, str) else safe_json(payload)}
    # one pass: inserted text (document text above all) is never scanned for placeholders again
    return re.sub(r"__(VIS_CSS|VIS_JS|CSS|JS|DATA)__", lambda m: parts[m.group(1)], _asset("graph.html"))


@exporter("html")
def export_html(result: "BuildResult", out: Path) -> list[Path]:
    """graph.html; a build with a cache keeps the layout of each large component in
    ``.cache/layout.pickle`` and lays out again only the components that changed."""
    from .layout import LayoutCache
    cached = result.rdf is not None and bool(result.rdf.keys)       # a build with a cache (see build())
    cache = LayoutCache(out / ".cache" / "layout.pickle" if cached else None)
    path = write_atomic(out / "graph.html", render_graph_html(graph_payload_json(result, cache if cached else None, out)))
    if cached:
        cache.save()
    return [path]
