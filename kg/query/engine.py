"""Run SPARQL over the built graph and format the answer as a table, CSV or JSON.

The engine is Oxigraph (pyoxigraph). ``kg build`` writes the dataset into an on-disk store,
``exports/store/``; a query opens it read-only, without parsing any export. A folder built
without the store (an older build, or ``formats`` without ``"store"``) is loaded from its
N-Quads or TriG file into an in-memory Oxigraph store instead, so the answers are the same.

The default graph is the union of the named graphs, so a query need not name them; ``GRAPH``
patterns still reach each document's graph. The union is a bag, as in Oxigraph: a triple that
two documents state matches once per graph (``SELECT DISTINCT`` folds them). Common prefixes
(:data:`PREFIXES`) are declared for every query; a query's own ``PREFIX`` wins.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import BuildError, QueryError

__all__ = ["PREFIXES", "PREFIX_MAP", "QueryResult", "execute", "format_result", "load_dataset",
           "open_store", "run_query", "store_path", "term_text"]

PREFIXES = """PREFIX pkg: <https://w3id.org/partkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX id: <https://w3id.org/partkg/id/>
PREFIX doc: <https://w3id.org/partkg/doc/>
PREFIX graph: <https://w3id.org/partkg/graph/>
"""
#: The same prefixes as a name → namespace map (given to Oxigraph, and to the Turtle writer).
PREFIX_MAP = {line.split()[1][:-1]: line.split()[2][1:-1] for line in PREFIXES.splitlines()}
STORE_DIR = "store"


@dataclass
class QueryResult:
    kind: str                        # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph_text: str | None = None


def store_path(exports: Path) -> Path:
    return Path(exports) / STORE_DIR


def open_store(exports: Path) -> ox.Store:
    """The built graph of ``exports``: its on-disk store opened read-only, or (no store) its
    N-Quads/TriG export loaded into memory."""
    exports = Path(exports)
    path = store_path(exports)
    if path.is_dir():
        try:
            return ox.Store.read_only(str(path))
        except OSError as e:
            raise BuildError(f"cannot open the graph store: {e}", path=path,
                             hint="rebuild it with 'kg build'") from None
    for name, fmt in (("partkg.nq", ox.RdfFormat.N_QUADS), ("partkg.trig", ox.RdfFormat.TRIG)):
        f = exports / name
        if f.exists():
            store = ox.Store()
            store.bulk_load(path=str(f), format=fmt)
            return store
    raise BuildError("no built graph here", path=exports, hint="run 'kg build' first")


def load_dataset(exports: Path):
    """The built graph as an rdflib Dataset (union default graph), for code that needs rdflib."""
    from rdflib import Dataset
    trig = Path(exports) / "partkg.trig"
    if not trig.exists():
        raise BuildError("no built graph here", path=exports, hint="run 'kg build' first")
    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    return ds


def execute(store: ox.Store, sparql: str, *, default_graph=None, named_graphs=None):
    """Run ``sparql`` on ``store``: Oxigraph's lazy result (solutions, boolean or triples).

    The default graph is the union of the named graphs unless ``default_graph`` (a list of
    graph IRIs, as the SPARQL protocol's ``default-graph-uri``) says otherwise.
    """
    kwargs: dict = {"prefixes": PREFIX_MAP}
    if default_graph:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
    else:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        return store.query(sparql, **kwargs)
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"SPARQL query failed: {_first_line(e)}", hint="check the query syntax") from None
    except (OSError, RuntimeError) as e:
        raise QueryError(f"SPARQL query failed: {_first_line(e)}") from None


def _first_line(e: Exception) -> str:
    s = str(e)
    return s.splitlines()[0] if s else type(e).__name__


def term_text(t) -> str | None:
    """A term as plain text: an IRI, a literal's lexical form, ``_:id`` for a blank node."""
    if t is None:
        return None
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Triple):
        return str(t)
    return t.value


def to_result(res) -> QueryResult:
    """Oxigraph's answer as a :class:`QueryResult` of plain strings."""
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    if isinstance(res, ox.QueryTriples):
        data = ox.serialize(list(res), format=ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP)
        return QueryResult("graph", graph_text=data.decode("utf-8"))
    variables = [v.value for v in res.variables]
    rows = [[term_text(sol[i]) for i in range(len(variables))] for sol in res]
    return QueryResult("select", variables, rows)


def run_query(exports: Path | ox.Store, sparql: str) -> QueryResult:
    """Run ``sparql`` over the graph built into ``exports`` (a folder, or an open store)."""
    store = exports if isinstance(exports, ox.Store) else open_store(exports)
    try:
        return to_result(execute(store, sparql))
    except (OSError, RuntimeError) as e:   # raised while the lazy result is read
        raise QueryError(f"SPARQL query failed: {_first_line(e)}") from None


def format_result(r: QueryResult, fmt: str = "table") -> str:
    if r.kind == "ask":
        return json.dumps({"boolean": r.boolean}) if fmt == "json" else str(r.boolean).lower()
    if r.kind == "graph":
        return r.graph_text or ""
    if fmt == "json":
        return json.dumps({"head": {"vars": r.variables},
                           "results": {"bindings": [{v: val for v, val in zip(r.variables, row) if val is not None}
                                                    for row in r.rows]}}, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(r.variables)
        w.writerows([["" if v is None else v for v in row] for row in r.rows])
        return buf.getvalue()
    widths = [min(60, max([len(v)] + [len(row[i] or "") for row in r.rows])) for i, v in enumerate(r.variables)]
    def cell(s: str | None, w: int) -> str:
        s = "" if s is None else s.replace("\n", " ")
        return (s if len(s) <= w else s[: w - 1] + "…").ljust(w)
    lines = [" | ".join(cell(v, w) for v, w in zip(r.variables, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cell(v, w) for v, w in zip(row, widths)) for row in r.rows]
    lines.append(f"({len(r.rows)} row{'s' if len(r.rows) != 1 else ''})")
    return "\n".join(lines)
