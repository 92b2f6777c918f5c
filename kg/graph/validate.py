"""Validate the built dataset against ``ontology/shapes.ttl`` (SHACL).

    report = validate_dataset(result.dataset)      # or validate_exports(Path("exports"))
    report.conforms, report.violations, report.lines()

Each named graph (a document's graph, the authority, the build) is validated on its own, with
the ontology mixed in for the class hierarchy and the property declarations: what a document
says must hold in that document's graph. The ontology graph itself is not data and is skipped.

Two engines share the work, and their results form one report:

* the SHACL Core constraints (cardinalities, datatypes, ``sh:in``, ``sh:lessThan``, qualified
  value shapes …) run in pyshacl, over all graphs in one call;
* the SHACL-SPARQL constraints (``sh:sparql``: a resolution's issuer and date, every evidence
  quote equals the source text at its offsets, a rejected assertion has no plain triple …) run
  here, each query once per graph with ``$this`` left free, keeping the rows whose ``$this``
  is a focus node of the shape. That is the meaning SHACL gives them (the query with ``$this``
  pre-bound to each focus node) whenever the query binds ``$this`` in a triple pattern, as all
  of ours do, and it is much faster than pyshacl's one query per focus node (the whole
  validation of the three-document corpus: 1.7 s against 31 s; bench/bench_validate.py).
"""
from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from ..errors import ValidationError
from .build import GRAPH_ONTOLOGY, ONTOLOGY_FILE, PREFIXES

__all__ = ["SHAPES_FILE", "ValidationReport", "Violation", "validate_dataset", "validate_exports"]

SHAPES_FILE = ONTOLOGY_FILE.parent / "shapes.ttl"
_SHORT = {**{p: str(ns) for p, ns in PREFIXES.items()},
          "rdf": str(RDF), "pkgsh": "https://w3id.org/partkg/shapes#",
          "assertion": "https://w3id.org/partkg/assertion/"}


def short(node: Node | str | None) -> str:
    """A readable name for an IRI (``doc:000_…``, ``pkg:issues``) or a literal (quoted, cut)."""
    if node is None:
        return "-"
    if isinstance(node, Literal):
        s = str(node)
        return repr(s if len(s) <= 60 else s[:57] + "…")
    s = str(node)
    best = max((ns for ns in _SHORT.values() if s.startswith(ns)), key=len, default=None)
    if best is None:
        return f"<{s}>"
    prefix = next(p for p, ns in _SHORT.items() if ns == best)
    return f"{prefix}:{s[len(best):]}"


@dataclass(frozen=True, order=True)
class Violation:
    """One result of the validation: which node, which property, what is wrong, and where."""

    graph: str
    focus: str
    path: str
    message: str
    shape: str
    severity: str = "Violation"
    value: str | None = None

    def line(self) -> str:
        """The one line ``kg validate`` prints: focus node, path, message (and the graph)."""
        return f"{self.severity}: {short(self.focus)} {short(self.path) if self.path else '-'}: " \
               f"{self.message} [{short(self.graph)}]"

    def to_json(self) -> dict:
        return {"graph": self.graph, "focus": self.focus, "path": self.path, "message": self.message,
                "shape": self.shape, "severity": self.severity, "value": self.value}


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    graphs: int = 0
    triples: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        head = (f"conforms: {'true' if self.conforms else 'false'} ({len(self.violations)} violation(s); "
                f"{self.graphs} graph(s), {self.triples} triples, {self.seconds:.2f} s)")
        return [head] + [v.line() for v in self.violations]

    def to_json(self) -> dict:
        return {"conforms": self.conforms, "graphs": self.graphs, "triples": self.triples,
                "violations": [v.to_json() for v in self.violations]}

    def raise_for_violations(self, where: str | Path | None = None) -> None:
        if self.violations:
            raise ValidationError(f"{len(self.violations)} SHACL violation(s); first: {self.violations[0].line()}",
                                  path=where, hint="run 'kg validate' for the full report")


@dataclass(frozen=True)
class _SparqlConstraint:
    iri: str
    shape: URIRef
    query: Any            # the parsed query (rdflib's prepareQuery), ``$this`` made a plain variable
    message: str
    severity: str


@lru_cache(maxsize=4)
def _load_shapes(path: str, mtime: float) -> tuple[Graph, Graph, tuple[_SparqlConstraint, ...]]:
    """The shapes, and the same split in two: SHACL Core for pyshacl, and the SPARQL constraints
    (cached per file and modification time)."""
    shapes = Graph().parse(path, format="turtle")
    core = Graph()
    for t in shapes:
        if t[1] != SH.sparql:
            core.add(t)
    constraints = []
    for shape, c in sorted(shapes.subject_objects(SH.sparql)):
        if shapes.value(c, SH.deactivated) == Literal(True):
            continue
        select = shapes.value(c, SH.select)
        if select is None:
            continue
        severity = shapes.value(c, SH.severity) or shapes.value(shape, SH.severity) or SH.Violation
        msg = shapes.value(c, SH.message) or shapes.value(shape, SH.message) or Literal(f"violates {c}")
        query = prepareQuery(re.sub(r"\$this\b", "?this", str(select)))
        constraints.append(_SparqlConstraint(str(c), shape, query, str(msg), str(severity).rsplit("#", 1)[-1]))
    return shapes, core, tuple(constraints)


def _focus_nodes(shapes: Graph, shape: URIRef, data: Graph) -> set[Node]:
    """The focus nodes of ``shape`` in ``data`` (instances of a target class or its subclasses …)."""
    out: set[Node] = set()
    classes = set(shapes.objects(shape, SH.targetClass))
    if (shape, RDF.type, RDFS.Class) in shapes:
        classes.add(shape)
    for cls in classes:
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            out.update(data.subjects(RDF.type, sub))
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        out.update(data.subjects(p, None))
    for p in shapes.objects(shape, SH.targetObjectsOf):
        out.update(data.objects(None, p))
    out.update(shapes.objects(shape, SH.targetNode))
    return out


def _fill(message: str, row) -> str:
    def sub(m: re.Match) -> str:
        v = row.get(m.group(1)) if hasattr(row, "get") else None
        return short(v) if v is not None else m.group(0)
    return re.sub(r"\{[?$](\w+)\}", sub, message)


def _graph_of(focus: Node, index: dict[Node, list[str]]) -> str:
    graphs = index.get(focus)
    return graphs[0] if graphs else ""


def validate_dataset(ds: Dataset, shapes: Path = SHAPES_FILE, ontology: Graph | Path | None = None) -> ValidationReport:
    """Validate every named graph of ``ds`` but the ontology against ``shapes``.

    The ontology (for subclasses and property declarations) is ``ontology`` when given, else the
    dataset's own ontology graph, else ``ontology/partkg.ttl``."""
    import pyshacl

    t0 = time.perf_counter()
    if not shapes.exists():
        raise ValidationError("no shapes file", path=shapes, hint="restore ontology/shapes.ttl")
    shapes_graph, core, constraints = _load_shapes(str(shapes), shapes.stat().st_mtime)
    if isinstance(ontology, Graph):
        onto = ontology
    elif isinstance(ontology, Path):
        onto = Graph().parse(ontology, format="turtle")
    else:
        onto = Graph()
        for t in ds.graph(GRAPH_ONTOLOGY):
            onto.add(t)
        if not len(onto):
            onto.parse(ONTOLOGY_FILE, format="turtle")

    data = Dataset()
    index: dict[Node, list[str]] = {}
    triples = 0
    graph_ids = []
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if g.identifier == GRAPH_ONTOLOGY or not len(g) or not isinstance(g.identifier, URIRef):
            continue
        gid = str(g.identifier)
        graph_ids.append(gid)
        target = data.graph(g.identifier)
        for t in g:
            target.add(t)
            index.setdefault(t[0], []).append(gid)
        triples += len(target)
    for k in index:
        index[k] = sorted(set(index[k]))

    violations: set[Violation] = set()
    if graph_ids:
        with warnings.catch_warnings():    # pyshacl 0.30 uses rdflib's deprecated Dataset.default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            _, results, _ = pyshacl.validate(data, shacl_graph=core, ont_graph=onto, inference="none",
                                             allow_warnings=True, allow_infos=True)
        for r in results.subjects(RDF.type, SH.ValidationResult):
            focus = results.value(r, SH.focusNode)
            path = results.value(r, SH.resultPath)
            value = results.value(r, SH.value)
            severity = results.value(r, SH.resultSeverity) or SH.Violation
            violations.add(Violation(
                graph=_graph_of(focus, index), focus=str(focus),
                path=str(path) if isinstance(path, URIRef) else "",
                message=str(results.value(r, SH.resultMessage) or "violates its shape"),
                shape=str(results.value(r, SH.sourceShape) or ""),
                severity=str(severity).rsplit("#", 1)[-1],
                value=None if value is None else str(value)))

    for gid in graph_ids:
        g = Graph()
        for t in data.graph(URIRef(gid)):
            g.add(t)
        g += onto
        for c in constraints:
            focus = _focus_nodes(shapes_graph, c.shape, g)
            if not focus:
                continue
            for row in g.query(c.query):
                this = row.get("this") if hasattr(row, "get") else None
                if this is None or this not in focus:
                    continue
                path = row.get("path")
                value = row.get("value")
                violations.add(Violation(
                    graph=gid, focus=str(this), path=str(path) if isinstance(path, URIRef) else "",
                    message=_fill(c.message, row), shape=c.iri, severity=c.severity,
                    value=None if value is None else str(value)))

    vs = sorted(violations)
    conforms = not any(v.severity == "Violation" for v in vs)
    return ValidationReport(conforms, vs, len(graph_ids), triples, time.perf_counter() - t0)


def validate_exports(exports: Path, shapes: Path = SHAPES_FILE) -> ValidationReport:
    """Validate the dataset ``kg build`` wrote into ``exports`` (its ``partkg.trig``)."""
    from ..query.engine import load_dataset
    ds = load_dataset(exports)
    return validate_dataset(ds, shapes)
