"""``exports/graph.html``: an interactive graph that works from a file with the network off.

The page inlines vis-network (the copy pyvis ships) and its stylesheet; nothing is fetched.
Node and edge data are embedded as JSON in a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped, so no document text can close the script or inject markup;
the page's own script puts text into the DOM with ``textContent`` only.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import exporter, write_atomic
from .network import corpus_network

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["TYPE_STYLE", "graph_payload", "render_graph_html", "safe_json"]

#: Colour and shape per entity type (colour-blind-safe palette, Okabe-Ito).
TYPE_STYLE = {
    "Person": ("#E69F00", "dot"), "Body": ("#0072B2", "box"), "Place": ("#009E73", "triangle"),
    "Document": ("#CC79A7", "square"), "Event": ("#D55E00", "star"), "Group": ("#56B4E9", "ellipse"),
    "Position": ("#F0E442", "diamond"),
}
LAYOUT_THRESHOLD = 400


def safe_json(obj) -> str:
    """JSON safe to embed in HTML (inside ``<script>`` too)."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _asset(name: str) -> str:
    return (resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def graph_payload(result: "BuildResult") -> dict:
    g = corpus_network(result)
    positions = {}
    if g.number_of_nodes() > LAYOUT_THRESHOLD:
        import networkx as nx
        simple = nx.Graph(g)
        positions = nx.spring_layout(simple, seed=42, iterations=30, scale=40 * (g.number_of_nodes() ** 0.5))
    degree = dict(g.degree())
    nodes = []
    for n, d in sorted(g.nodes(data=True)):
        color, shape = TYPE_STYLE.get(d["type"], ("#999999", "dot"))
        node = {"id": n, "label": d["label"][:60], "type": d["type"], "iri": d["iri"],
                "docs": d["docs"].split(";") if d["docs"] else [], "wikidata": d["wikidata"],
                "color": color, "shape": shape, "value": 1 + degree.get(n, 0)}
        if n in positions:
            x, y = positions[n]
            node["x"], node["y"] = round(float(x), 2), round(float(y), 2)
        nodes.append(node)
    edges = []
    for s, o, k, d in sorted(g.edges(keys=True, data=True), key=lambda t: (t[0], t[1], t[2])):
        edges.append({"id": k + f":{s}>{o}", "from": s, "to": o, "label": d["predicate"],
                      "predicate": d["predicate"], "doc": d["doc"], "quote": d["quote"],
                      "start": d["start"], "end": d["end"], "reported": d["reported"]})
    return {"nodes": nodes, "edges": edges, "physics": not positions,
            "types": {t: {"color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}}


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>partkg graph</title>
<style>__VIS_CSS__</style>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;display:flex;height:100vh}
#main{flex:1;position:relative}#graph{position:absolute;inset:0}
#side{width:360px;overflow:auto;border-left:1px solid #ccc;padding:10px;background:#fafafa}
#legend span{display:inline-block;margin:2px 6px 2px 0}#legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
.fact{margin:8px 0;padding:6px;background:#fff;border:1px solid #ddd}.quote{font-style:italic;color:#333}
.meta{color:#666;font-size:12px}
</style></head>
<body><div id="main"><div id="graph"></div></div>
<div id="side"><h2>partkg</h2>
<input id="search" type="search" placeholder="Search entities" aria-label="Search entities">
<div id="legend"></div><div id="panel"><p>Click a node or an edge to see its facts and their evidence.</p></div></div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__VIS_JS__</script>
<script>
(function(){
var data=JSON.parse(document.getElementById('graph-data').textContent);
function el(tag,text,cls){var e=document.createElement(tag);if(text!==undefined)e.textContent=text;if(cls)e.className=cls;return e;}
var legend=document.getElementById('legend');
Object.keys(data.types).forEach(function(t){var s=el('span');var i=el('i');i.style.background=data.types[t].color;s.appendChild(i);s.appendChild(document.createTextNode(t));legend.appendChild(s);});
var nodes=new vis.DataSet(data.nodes.map(function(n){return {id:n.id,label:n.label,color:n.color,shape:n.shape,value:n.value,x:n.x,y:n.y,title:n.type+': '+n.label};}));
var edges=new vis.DataSet(data.edges.map(function(e){return {id:e.id,from:e.from,to:e.to,label:e.label,arrows:'to',dashes:e.reported,title:e.predicate+' ('+e.doc+')',font:{size:9}};}));
var byId={};data.nodes.forEach(function(n){byId[n.id]=n;});var edgeById={};data.edges.forEach(function(e){edgeById[e.id]=e;});
var net=new vis.Network(document.getElementById('graph'),{nodes:nodes,edges:edges},{physics:{enabled:data.physics,stabilization:{iterations:150}},interaction:{hover:true},nodes:{scaling:{min:8,max:40},font:{size:12}},edges:{smooth:false}});
net.once('stabilizationIterationsDone',function(){net.setOptions({physics:false});});
var panel=document.getElementById('panel');
function fact(e){var d=el('div',undefined,'fact');var s=byId[e.from],o=byId[e.to];
d.appendChild(el('div',(s?s.label:e.from)+' \\u2014 '+e.predicate+' \\u2192 '+(o?o.label:e.to)));
d.appendChild(el('div','\\u201c'+e.quote+'\\u201d','quote'));
d.appendChild(el('div',(e.reported?'reported by ':'according to ')+e.doc+' ['+e.start+':'+e.end+']','meta'));return d;}
function showNode(id){var n=byId[id];panel.textContent='';if(!n)return;panel.appendChild(el('h3',n.label));
panel.appendChild(el('div',n.type+(n.wikidata?' \\u00b7 Wikidata '+n.wikidata:''),'meta'));panel.appendChild(el('div','Documents: '+n.docs.join(', '),'meta'));
data.edges.filter(function(e){return e.from===id||e.to===id;}).forEach(function(e){panel.appendChild(fact(e));});}
net.on('click',function(p){if(p.nodes.length){showNode(p.nodes[0]);}else if(p.edges.length){panel.textContent='';var e=edgeById[p.edges[0]];if(e)panel.appendChild(fact(e));}});
document.getElementById('search').addEventListener('input',function(ev){var q=ev.target.value.toLowerCase();if(!q)return;
var hit=data.nodes.filter(function(n){return n.label.toLowerCase().indexOf(q)>=0;});if(hit.length){net.selectNodes([hit[0].id]);net.focus(hit[0].id,{scale:1.2});showNode(hit[0].id);}});
})();
</script></body></html>
"""


def render_graph_html(payload: dict) -> str:
    page = _PAGE.replace("__VIS_CSS__", _asset("vis-network.css").replace("</style", "<\\/style"))
    page = page.replace("__VIS_JS__", _asset("vis-network.min.js").replace("</script", "<\\/script"))
    return page.replace("__DATA__", safe_json(payload))   # last: document text is never re-scanned


@exporter("html")
def export_html(result: "BuildResult", out: Path) -> list[Path]:
    return [write_atomic(out / "graph.html", render_graph_html(graph_payload(result)))]
