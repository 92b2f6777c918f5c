"""Run SPARQL over the exported graph and format the answer as a table, CSV or JSON.

The default graph is the union of the named graphs, so a query need not name them; ``GRAPH``
patterns still reach each document's graph.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BuildError, QueryError

__all__ = ["QueryResult", "format_result", "load_dataset", "run_query"]

PREFIXES = """PREFIX pkg: <https://w3id.org/partkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


@dataclass
class QueryResult:
    kind: str                        # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph_text: str | None = None


def load_dataset(exports: Path):
    from rdflib import Dataset
    trig = exports / "partkg.trig"
    if not trig.exists():
        raise BuildError("no built graph here", path=exports, hint="run 'kg build' first")
    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    return ds


def _with_prefixes(q: str) -> str:
    declared = {line.split()[1] for line in q.splitlines() if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    extra = [p for p in PREFIXES.splitlines() if p.split()[1] not in declared]
    return "\n".join(extra) + "\n" + q


def run_query(exports: Path, sparql: str) -> QueryResult:
    ds = load_dataset(exports)
    try:
        res = ds.query(_with_prefixes(sparql))
    except Exception as e:   # rdflib raises pyparsing and many other errors
        raise QueryError(f"SPARQL query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}",
                         hint="check the query syntax") from None
    if res.type == "ASK":
        return QueryResult("ask", boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult("graph", graph_text=res.graph.serialize(format="turtle"))
    variables = [str(v) for v in res.vars]
    rows = [[None if row[i] is None else str(row[i]) for i in range(len(variables))] for row in res]
    return QueryResult("select", variables, rows)


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
