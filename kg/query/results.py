"""SPARQL results on the wire: content negotiation and the standard result formats.

SELECT and ASK answers are written as SPARQL 1.1 Query Results JSON, XML, CSV or TSV; CONSTRUCT
and DESCRIBE answers as Turtle, JSON-LD, N-Triples or RDF/XML. The writers take at most
``limit`` solutions or triples from Oxigraph's lazy answer and say whether more were left.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import QueryError
from .engine import PREFIX_MAP

__all__ = ["GRAPH_TYPES", "NotAcceptable", "SOLUTION_TYPES", "Payload", "negotiate", "serialize_answer"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: media type → writer, for SELECT and ASK (first: the default)
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
#: media type → Oxigraph format, for CONSTRUCT and DESCRIBE (first: the default)
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/json": ox.RdfFormat.JSON_LD,
}
#: short names for the ``format=`` request parameter
FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
                "nt": "application/n-triples", "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml"}


class NotAcceptable(QueryError):
    """No result format the client accepts fits the answer (HTTP 406)."""


@dataclass
class Payload:
    content_type: str
    body: bytes
    count: int                 # solutions or triples written
    truncated: bool            # more were left than ``limit``


def _accept_ranges(accept: str) -> list[tuple[float, int, str]]:
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((q, i, media))
    return ranges


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the ``Accept`` header prefers (the first offer if it says nothing), or None."""
    if not accept or not accept.strip():
        return offers[0]
    best: tuple[float, int, int, str] | None = None
    for q, i, media in _accept_ranges(accept):
        if q <= 0:
            continue
        for rank, offer in enumerate(offers):
            if media == offer:
                specificity = 2
            elif media.endswith("/*") and (media == "*/*" or offer.startswith(media[:-1])):
                specificity = 0 if media == "*/*" else 1
            else:
                continue
            key = (q, specificity, -rank, offer)
            if best is None or key[:3] > best[:3]:
                best = key
            break
    return best[3] if best else None


def _take(iterable, limit: int) -> tuple[list, bool]:
    out = []
    for item in iterable:
        if len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                        "object": _json_term(t.object)}}


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
            f"<object>{_xml_term(t.object)}</object></triple>")


def _csv_term(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Triple):
        return str(t)
    return t.value


def _tsv_term(t) -> str:
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write_solutions(variables: list[str], rows: list[list], writer: str) -> bytes:
    if writer == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if writer == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row)
                    if t is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if writer == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        w.writerows([[_csv_term(t) for t in row] for row in rows])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)] + ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_boolean(value: bool, writer: str) -> bytes:
    if writer == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if writer == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>\n").encode("utf-8")
    return f"_askResult\r\n{str(value).lower()}\r\n".encode("utf-8")   # as Jena writes it


def serialize_answer(answer, accept: str | None, limit: int) -> Payload:
    """Write Oxigraph's ``answer`` in the format ``accept`` prefers, at most ``limit`` items."""
    if isinstance(answer, ox.QueryTriples):
        media = negotiate(accept, list(GRAPH_TYPES))
        if media is None:
            raise NotAcceptable(f"cannot answer a CONSTRUCT or DESCRIBE query as {accept!r}",
                                hint=f"accept one of {', '.join(GRAPH_TYPES)}")
        triples, truncated = _take(answer, limit)
        fmt = GRAPH_TYPES[media]
        prefixes = PREFIX_MAP if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(triples, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(triples, format=fmt)
        return Payload(f"{media}; charset=utf-8", body or b"", len(triples), truncated)
    media = negotiate(accept, list(SOLUTION_TYPES))
    if media is None:
        raise NotAcceptable(f"cannot answer a SELECT or ASK query as {accept!r}",
                            hint=f"accept one of {', '.join(SOLUTION_TYPES)}")
    writer = SOLUTION_TYPES[media]
    if isinstance(answer, ox.QueryBoolean):
        return Payload(f"{media}; charset=utf-8", write_boolean(bool(answer), writer), 1, False)
    variables = [v.value for v in answer.variables]
    solutions, truncated = _take(answer, limit)
    rows = [[sol[i] for i in range(len(variables))] for sol in solutions]
    return Payload(f"{media}; charset=utf-8", write_solutions(variables, rows, writer), len(rows), truncated)
