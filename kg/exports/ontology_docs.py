"""``exports/ontology.html``: the ontology's documentation, generated from ``ontology/partkg.ttl``
and ``ontology/shapes.ttl``, one self-contained page that works offline.

Classes, object and datatype properties (label, IRI, definition, super- and sub-terms, domain and
range, the properties whose domain or range a class is), and the SHACL shapes (targets, each
constraint with its message). The page inlines its style, has no script, and a
Content-Security-Policy forbids loading anything; terms of external vocabularies (PROV, FOAF,
ELI …) show their full IRI on hover and link nowhere, so the page never points out of itself. Terms are sorted, so the file is byte-identical
from one build to the next.

Why not pyLODE: 3.3.4 writes offline HTML, but importing it calls ``logging.basicConfig(DEBUG)``
for the whole process and it pickles a cache into its own install folder; 3.4.1 fails on import.
A small generator over rdflib gives the same content with neither.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, SKOS
from rdflib.term import Node

from .. import __version__
from ..graph.build import GRAPH_ONTOLOGY, ONTOLOGY_FILE
from ..iri import ONTOLOGY
from . import exporter, write_atomic

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["render_ontology_html"]

SHAPES_NS = "https://w3id.org/partkg/shapes#"
_PREFIXES = {
    "pkg": ONTOLOGY, "pkgsh": SHAPES_NS, "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL),
    "xsd": "http://www.w3.org/2001/XMLSchema#", "skos": str(SKOS), "dcterms": str(DCTERMS),
    "foaf": "http://xmlns.com/foaf/0.1/", "schema": "http://schema.org/", "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#", "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#", "sh": str(SH),
}
_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2.5rem}h3{margin:1.8rem 0 .3rem}
code{font-size:.9em;background:#f4f4f4;padding:0 .2em}.iri{color:#555;font-size:.85em}
table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f6f6;width:11rem}nav ul{columns:3}a{color:#0550ae}.term{border-left:3px solid #0072B2;padding-left:.8rem}
.shape{border-left-color:#D55E00}"""


def _curie(node: Node) -> str:
    s = str(node)
    best = max((ns for ns in _PREFIXES.values() if s.startswith(ns) and len(s) > len(ns)), key=len, default=None)
    if best is None:
        return s
    return f"{next(p for p, ns in _PREFIXES.items() if ns == best)}:{s[len(best):]}"


def _anchor(node: Node) -> str:
    s = str(node)
    for ns, prefix in ((ONTOLOGY, ""), (SHAPES_NS, "shape-")):
        if s.startswith(ns):
            return prefix + s[len(ns):]
    return ""


def _link(node: Node) -> str:
    if isinstance(node, Literal):
        return f"<code>{escape(repr(str(node)) if isinstance(node.value, str) else str(node))}</code>"
    a = _anchor(node)
    if a:
        return f'<a href="#{escape(a)}"><code>{escape(_curie(node))}</code></a>'
    if isinstance(node, URIRef):
        # an outside vocabulary's term: its IRI in full on hover, no link out of the page
        return f'<code title="{escape(str(node))}">{escape(_curie(node))}</code>'
    return "<code>[…]</code>"


def _text(g: Graph, node: Node, *props: URIRef) -> str:
    for p in props:
        vals = sorted(g.objects(node, p), key=lambda v: (getattr(v, "language", None) not in (None, "en"), str(v)))
        if vals:
            return str(vals[0])
    return ""


def _note(g: Graph, node: Node) -> str:
    """The rdfs:comment, when the term also has a skos:definition (else the comment is the definition)."""
    return _text(g, node, RDFS.comment) if _text(g, node, SKOS.definition) else ""


def _links(nodes: Iterable[Node]) -> str:
    return ", ".join(_link(n) for n in sorted(set(nodes), key=_curie)) or "—"


def _rows(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows if v and v != "—") + "</table>"


def _terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((s for s in set(g.subjects(RDF.type, kind)) if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY)),
                  key=str)


def _class_section(g: Graph, c: URIRef, shapes: Graph) -> str:
    rows = [("IRI", f'<span class="iri">{escape(str(c))}</span>'),
            ("Definition", escape(_text(g, c, SKOS.definition, RDFS.comment))),
            ("Note", escape(_note(g, c))),
            ("Subclass of", _links(g.objects(c, RDFS.subClassOf))),
            ("Superclass of", _links(s for s in g.subjects(RDFS.subClassOf, c) if isinstance(s, URIRef))),
            ("In domain of", _links(g.subjects(RDFS.domain, c))),
            ("In range of", _links(g.subjects(RDFS.range, c))),
            ("Shapes", _links(shapes.subjects(SH.targetClass, c)))]
    label = escape(_text(g, c, RDFS.label, SKOS.prefLabel) or _curie(c))
    return f'<section class="term" id="{escape(_anchor(c))}"><h3>{label} <code>{escape(_curie(c))}</code></h3>{_rows(rows)}</section>'


def _property_section(g: Graph, p: URIRef, kind: str) -> str:
    rows = [("IRI", f'<span class="iri">{escape(str(p))}</span>'), ("Kind", kind),
            ("Definition", escape(_text(g, p, SKOS.definition, RDFS.comment))),
            ("Note", escape(_note(g, p))),
            ("Domain", _links(g.objects(p, RDFS.domain))), ("Range", _links(g.objects(p, RDFS.range))),
            ("Sub-property of", _links(g.objects(p, RDFS.subPropertyOf))),
            ("Inverse of", _links(list(g.objects(p, OWL.inverseOf)) + list(g.subjects(OWL.inverseOf, p))))]
    label = escape(_text(g, p, RDFS.label, SKOS.prefLabel) or _curie(p))
    return f'<section class="term" id="{escape(_anchor(p))}"><h3>{label} <code>{escape(_curie(p))}</code></h3>{_rows(rows)}</section>'


_CONSTRAINTS = [(SH.minCount, "min"), (SH.maxCount, "max"), (SH.datatype, "datatype"), (SH["class"], "class"),
                (SH.nodeKind, "node kind"), (SH.minInclusive, "≥"), (SH.maxInclusive, "≤"), (SH.minLength, "min length"),
                (SH.lessThan, "less than"), (SH.node, "node"), (SH.qualifiedValueShape, "qualified shape"),
                (SH.qualifiedMinCount, "qualified min"), (SH.qualifiedMaxCount, "qualified max")]


def _shape_section(s: Graph, shape: URIRef) -> str:
    targets = []
    for p, what in ((SH.targetClass, "instances of"), (SH.targetSubjectsOf, "subjects of"),
                    (SH.targetObjectsOf, "objects of"), (SH.targetNode, "the node")):
        targets += [f"{what} {_link(o)}" for o in sorted(s.objects(shape, p), key=str)]
    for p, what in ((SH["class"], "must be an instance of"),):
        targets += [f"{what} {_link(o)}" for o in sorted(s.objects(shape, p), key=str)]
    rows = [("Targets", "; ".join(targets)), ("What", escape(_text(s, shape, RDFS.comment)))]
    body = []
    for ps in sorted(s.objects(shape, SH.property), key=str):
        parts = []
        for p, name in _CONSTRAINTS:
            for o in sorted(s.objects(ps, p), key=str):
                parts.append(f"{name} {_link(o)}")
        for lst in s.objects(ps, SH["in"]):
            parts.append("one of " + ", ".join(_link(v) for v in Collection(s, lst)))
        body.append(f"<tr><td>{_link(s.value(ps, SH.path))}</td><td>{'; '.join(parts)}</td>"
                    f"<td>{escape(_text(s, ps, SH.message))}</td></tr>")
    for c in sorted(s.objects(shape, SH.sparql), key=str):
        body.append(f"<tr><td>SPARQL <code>{escape(_curie(c))}</code></td><td>query in ontology/shapes.ttl</td>"
                    f"<td>{escape(_text(s, c, SH.message))}</td></tr>")
    table = ("<table><tr><th>path</th><th>constraint</th><th>message</th></tr>" + "".join(body) + "</table>") if body else ""
    label = escape(_text(s, shape, RDFS.label) or _curie(shape))
    return (f'<section class="term shape" id="{escape(_anchor(shape))}"><h3>{label} <code>{escape(_curie(shape))}</code>'
            f"</h3>{_rows(rows)}{table}</section>")


def render_ontology_html(ontology: Graph, shapes: Graph | None = None) -> str:
    """The documentation page of ``ontology`` (and ``shapes``) as one HTML string."""
    shapes = shapes if shapes is not None else Graph()
    g = ontology
    onto = next((o for o in sorted(g.subjects(RDF.type, OWL.Ontology), key=str)), None)
    title = _text(g, onto, DCTERMS.title, RDFS.label) if onto is not None else "partkg ontology"
    classes = _terms(g, OWL.Class)
    objprops = _terms(g, OWL.ObjectProperty)
    dataprops = _terms(g, OWL.DatatypeProperty)
    node_shapes = sorted((x for x in set(shapes.subjects(RDF.type, SH.NodeShape)) if isinstance(x, URIRef)), key=str)

    def toc(items: list[URIRef]) -> str:
        return "<ul>" + "".join(f"<li>{_link(i)}</li>" for i in items) + "</ul>"
    meta = [("IRI", f'<span class="iri">{escape(str(onto))}</span>' if onto is not None else ""),
            ("Namespace", f"<code>{escape(ONTOLOGY)}</code> (prefix <code>pkg:</code>)"),
            ("Version", escape(_text(g, onto, OWL.versionInfo))) if onto is not None else ("Version", ""),
            ("License", _links(g.objects(onto, DCTERMS.license)) if onto is not None else ""),
            ("Description", escape(_text(g, onto, DCTERMS.description, RDFS.comment)) if onto is not None else ""),
            ("Generated by", f"partkg {escape(__version__)} from <code>ontology/partkg.ttl</code> and <code>ontology/shapes.ttl</code>")]
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>", _rows(meta),
        "<nav><h2>Contents</h2>",
        f"<h3>Classes ({len(classes)})</h3>{toc(classes)}",
        f"<h3>Object properties ({len(objprops)})</h3>{toc(objprops)}",
        f"<h3>Datatype properties ({len(dataprops)})</h3>{toc(dataprops)}",
        f"<h3>Shapes ({len(node_shapes)})</h3>{toc(node_shapes)}" if node_shapes else "",
        "</nav>",
        '<h2 id="classes">Classes</h2>', *(_class_section(g, c, shapes) for c in classes),
        '<h2 id="object-properties">Object properties</h2>', *(_property_section(g, p, "object property") for p in objprops),
        '<h2 id="datatype-properties">Datatype properties</h2>', *(_property_section(g, p, "datatype property") for p in dataprops),
    ]
    if node_shapes:
        parts += ['<h2 id="shapes">SHACL shapes</h2>',
                  "<p>What <code>kg validate</code> and <code>kg build --strict</code> check, in each named graph.</p>",
                  *(_shape_section(shapes, s) for s in node_shapes)]
    parts += ['<h2 id="namespaces">Namespaces</h2><table>',
              *(f"<tr><th><code>{p}:</code></th><td><code>{escape(ns)}</code></td></tr>" for p, ns in sorted(_PREFIXES.items())),
              "</table></body></html>"]
    return "\n".join(x for x in parts if x) + "\n"


_RECORD = "ontology-docs.json"


def _inputs_digest(result: "BuildResult", shapes_file: Path) -> str | None:
    """What the page is made of: the dataset's ontology graph, the shapes file, this code and
    rdflib's version (None when the build holds no blocks to read the graph from cheaply)."""
    import hashlib

    import rdflib
    if result.rdf is None or not result.rdf.keys:
        return None
    h = hashlib.sha256(f"{__version__}\0{rdflib.__version__}\0".encode())
    h.update(Path(__file__).read_bytes() + b"\0")
    for data in result.rdf.sections("ntriples", only=[str(GRAPH_ONTOLOGY)]):
        h.update(data)
    for f in (ONTOLOGY_FILE, shapes_file):      # the file is read when the dataset has no ontology graph
        h.update(b"\0" + (f.read_bytes() if f.exists() else b"-"))
    return h.hexdigest()


def _file_id(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_ino, st.st_mtime_ns]


@exporter("ontology-docs")
def export_ontology_docs(result: "BuildResult", out: Path) -> list[Path]:
    """ontology.html; a build with a cache records what the page was made of
    (``.cache/ontology-docs.json``) and leaves the page in place when that has not changed."""
    import json
    shapes_file = ONTOLOGY_FILE.parent / "shapes.ttl"      # kg.graph.validate.SHAPES_FILE (not imported: SPARQL)
    path = out / "ontology.html"
    record = out / ".cache" / _RECORD
    digest = _inputs_digest(result, shapes_file)
    if digest is not None:
        try:
            found = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None
        if isinstance(found, dict) and found.get("digest") == digest and found.get("file") == _file_id(path):
            return [path]
    try:
        record.unlink()          # no record while the page is rewritten
    except OSError:
        pass
    onto = Graph()
    for t in result.graph(GRAPH_ONTOLOGY):
        onto.add(t)
    if not len(onto):
        onto.parse(ONTOLOGY_FILE, format="turtle")
    shapes = Graph().parse(shapes_file, format="turtle") if shapes_file.exists() else Graph()
    write_atomic(path, render_ontology_html(onto, shapes))
    if digest is not None:
        record.parent.mkdir(parents=True, exist_ok=True)
        tmp = record.with_name(f".{record.name}.tmp")
        tmp.write_text(json.dumps({"digest": digest, "file": _file_id(path)}), encoding="utf-8")
        tmp.replace(record)
    return [path]
