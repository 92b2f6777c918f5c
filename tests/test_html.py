"""graph.html without a browser: the layout, the embedded data, the escaping, the offline page.
(tests/test_browser.py opens it in Chromium.)"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg.exports.html import LAYOUT_THRESHOLD, network_payload, render_graph_html, safe_json
from kg.exports.layout import layout

from .conftest import RESOLUTION


def _payload_of(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


# ------------------------------------------------------------------------------------ layout
def test_layout_is_deterministic_and_places_every_node():
    g = nx.barabasi_albert_graph(600, 2, seed=3)
    g.add_nodes_from(range(600, 640))                      # isolated nodes too
    nodes, edges = list(g.nodes), list(g.edges)
    a = layout(nodes, edges)
    b = layout(list(reversed(nodes)), edges)
    assert set(a) == set(nodes)
    assert a == layout(nodes, edges)
    assert len(set(a.values())) == len(nodes), "two nodes share a position"
    # the order nodes are given in may change ties, never the picture's size
    span = lambda p: max(x for x, _ in p.values()) - min(x for x, _ in p.values())
    assert 0.5 < span(a) / span(b) < 2


def test_layout_spreads_the_leaves_of_a_hub_and_keeps_components_apart():
    star = [("hub", f"leaf{i}") for i in range(30)]
    pair = [("a", "b")]
    nodes = ["hub", *(f"leaf{i}" for i in range(30)), "a", "b", "alone"]
    pos = layout(nodes, star + pair)
    leaves = [pos[f"leaf{i}"] for i in range(30)]
    assert len(set(leaves)) == 30
    d = lambda p, q: ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5
    assert min(d(p, q) for i, p in enumerate(leaves) for q in leaves[i + 1:]) > 5
    # the pair sits outside the star's bounding box
    xs, ys = [p[0] for p in leaves + [pos["hub"]]], [p[1] for p in leaves + [pos["hub"]]]
    inside = lambda p: min(xs) <= p[0] <= max(xs) and min(ys) <= p[1] <= max(ys)
    assert not inside(pos["a"]) or not inside(pos["b"])


def test_a_cached_layout_is_the_layout_and_only_changed_components_are_laid_out_again(tmp_path, monkeypatch):
    import kg.exports.layout as lay
    big = nx.barabasi_albert_graph(300, 2, seed=5)
    other = nx.relabel_nodes(nx.barabasi_albert_graph(120, 2, seed=6), lambda i: f"o{i}")
    nodes = [str(n) for n in big.nodes] + list(other.nodes)
    edges = [(str(a), str(b)) for a, b in big.edges] + list(other.edges)
    path = tmp_path / "layout.pickle"
    cache = lay.LayoutCache(path)
    want = layout(nodes, edges)
    assert layout(nodes, edges, cache) == want and (cache.hits, cache.misses) == (0, 2)
    cache.save()
    laid: list[int] = []
    real = lay._component_xy
    monkeypatch.setattr(lay, "_component_xy", lambda adj, comp: laid.append(len(comp)) or real(adj, comp))
    cache = lay.LayoutCache(path)
    assert layout(nodes, edges, cache) == want and laid == [] and cache.hits == 2
    edges2 = edges + [("o1", "o7")]                      # a new link in the smaller component
    cache = lay.LayoutCache(path)
    assert layout(nodes, edges2, cache) == layout(nodes, edges2) and laid[0] == 120 and cache.hits == 1
    path.write_bytes(b"not a pickle")
    assert layout(nodes, edges, lay.LayoutCache(path)) == want


def test_neighbours_sit_closer_than_strangers():
    g = nx.grid_2d_graph(20, 20)
    pos = layout(list(g.nodes), list(g.edges))
    d = lambda u, v: ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5
    assert d((0, 0), (0, 1)) < d((0, 0), (19, 19)) / 5
    assert d((0, 0), (19, 0)) > 5 * d((0, 0), (1, 0))


# ------------------------------------------------------------------------------------ payload
def test_payload_of_the_corpus(built):
    result, out = built
    data = _payload_of((out / "graph.html").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    # every node placed, typed, sized; every type has a colour, a shape and a legend symbol
    assert all("x" in n and "y" in n and n["value"] >= 1 for n in nodes.values())
    assert {n["type"] for n in nodes.values()} <= set(data["types"])
    assert all({"color", "shape", "symbol"} <= set(t) for t in data["types"].values())
    assert len({t["shape"] for t in data["types"].values()}) == len(data["types"])
    # importance: the party (many facts, three documents) outweighs a one-off mention
    party = nodes["communist_party"]
    assert party["value"] > min(n["value"] for n in nodes.values())
    assert party["names"] and any("ВКП" in x for x in party["names"])   # searchable in Russian
    assert party.get("wikidata", "").startswith("Q")
    # documents: title, date, the page in the site; years for the filter
    doc = data["docs"][RESOLUTION]
    assert doc["date"] == "1938-01-19" and doc["page"] == f"site/doc/{RESOLUTION}.html"
    assert (out / doc["page"]).exists()
    assert 1938 in data["years"] and data["docOrder"][0] != "" and set(data["docOrder"]) == set(data["docs"])
    assert (out / nodes["central_committee"]["page"]).exists()
    # every edge carries its evidence: the quote is the document's text at the offsets
    texts = {ex.document.id: ex.document.text for ex in result.extractions}
    for e in data["edges"]:
        assert texts[e["doc"]][e["start"]:e["end"]] == e["quote"]
        assert e["from"] in nodes and e["to"] in nodes and e["year"] == (int(data["docs"][e["doc"]]["date"][:4])
                                                                       if data["docs"][e["doc"]]["date"] else None)
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])
    assert data["physics"] is (len(nodes) <= LAYOUT_THRESHOLD)


def _synthetic(n: int) -> tuple[nx.MultiDiGraph, dict]:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", label=f"Entity {i}", type="Person" if i % 2 else "Body", iri="", docs="d1",
                   mentions=1, wikidata="")
    for i in range(1, n):
        g.add_edge(f"n{i}", f"n{i // 3}", key=f"d1:memberOf:{i}", predicate="memberOf", doc="d1",
                   quote=f"quote {i}", start=i, end=i + 1, reported=False)
    return g, {"d1": {"title": "A document", "date": "1937-05"}}


def test_large_graphs_get_physics_off():
    g, docs = _synthetic(LAYOUT_THRESHOLD + 1)
    data = network_payload(g, docs)
    assert data["physics"] is False and data["large"] is True
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])
    small = network_payload(*_synthetic(20))
    assert small["physics"] is True and small["large"] is False


# ------------------------------------------------------------------------------------ escaping
HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)><!-- \u2028 & \"'"


def test_safe_json_cannot_close_a_script_and_round_trips():
    s = safe_json({"t": HOSTILE})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"t": HOSTILE}


def test_a_hostile_label_stays_data():
    g, docs = _synthetic(5)
    g.nodes["n1"]["label"] = HOSTILE
    docs["d1"]["title"] = HOSTILE
    g.edges["n1", "n0", "d1:memberOf:1"]["quote"] = HOSTILE
    html = render_graph_html(network_payload(g, docs))
    parser = _Tags()
    parser.feed(html)
    assert [t for t, _ in parser.tags].count("script") == 3          # data, vis-network, the page's own
    assert not any(t == "img" for t, _ in parser.tags)
    data = _payload_of(html)
    assert any(n["label"] == HOSTILE for n in data["nodes"]) and data["docs"]["d1"]["title"] == HOSTILE


def test_page_is_offline_and_its_script_never_parses_html():
    g, docs = _synthetic(5)
    html = render_graph_html(network_payload(g, docs))
    parser = _Tags()
    parser.feed(html)
    assert not [a for t, a in parser.tags if "src" in a or t == "link"]
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    csp = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    from importlib import resources
    js = (resources.files("kg.exports") / "assets" / "graph.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink


@pytest.mark.parametrize("qid,kept", [("Q1971373", True), ("javascript:alert(1)", False), ("Q12<b>", False)])
def test_only_wikidata_ids_become_links(qid, kept):
    g, docs = _synthetic(3)
    g.nodes["n1"]["wikidata"] = qid
    node = next(n for n in network_payload(g, docs)["nodes"] if n["id"] == "n1")
    assert ("wikidata" in node) is kept
