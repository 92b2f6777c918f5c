"""Build the RDF dataset.

Named graphs:

* ``graph/{doc_id}``   what the document says: its metadata, the entities it names (typed and
  labelled), each relation as a plain triple, and each relation again as a ``pkg:Assertion``
  with its evidence (a Web Annotation target with TextQuoteSelector and TextPositionSelector)
  and provenance; its provisions (``pkg:Decision``) and quantities.
* ``graph/authority``  the authority's labels (English, Russian), aliases and external links
  (``skos:exactMatch`` to Wikidata, plus the QID as a literal) for the entities in the corpus.
* ``graph/ontology``   ``ontology/partkg.ttl``.
* ``graph/build``      the build activity (software, extractor, time) and the agents behind the
  assertions: the software (``prov:SoftwareAgent``) and the curators of ``curation.yaml``.

An assertion's ``pkg:status`` is ``extracted``, ``confirmed``, ``rejected`` or ``added`` (see
:mod:`kg.resolve.curation`). A rejected assertion keeps its node, with its evidence and the
curator's note, but loses its plain triple. Every assertion is ``prov:wasGeneratedBy`` the build
and ``prov:wasAttributedTo`` the extractor (extracted, confirmed, rejected) and the curator
(confirmed, rejected, added).

No blank nodes: every node has an IRI derived from content (see :mod:`kg.iri`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Protocol

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..iri import BASE, slug
from ..model import Assertion, Extraction
from ..resolve.authority import Authority
from ..vocab import PKG

__all__ = ["BuildInfo", "GRAPH_AUTHORITY", "GRAPH_BUILD", "GRAPH_ONTOLOGY", "build_dataset",
           "assertion_iri", "curator_iri", "doc_iri", "entity_iri", "software_iri", "ONTOLOGY_FILE"]

OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
VIAF = Namespace("http://viaf.org/viaf/")
GEONAMES = Namespace("https://sws.geonames.org/")
GRAPH_ONTOLOGY = URIRef(BASE + "graph/ontology")
GRAPH_AUTHORITY = URIRef(BASE + "graph/authority")
GRAPH_BUILD = URIRef(BASE + "graph/build")
ONTOLOGY_FILE = Path(__file__).resolve().parents[2] / "ontology" / "partkg.ttl"
PREFIXES = {"pkg": Namespace(str(PKG)), "skos": SKOS, "dcterms": DCTERMS, "prov": PROV, "oa": OA,
            "wd": WD, "owl": OWL, "xsd": XSD, "rdfs": RDFS,
            "doc": Namespace(BASE + "doc/"), "id": Namespace(BASE + "id/"),
            "graph": Namespace(BASE + "graph/")}
QUOTE_CONTEXT = 32


@dataclass(frozen=True)
class BuildInfo:
    software: str
    version: str
    extractor: str
    time: str             # ISO 8601, from SOURCE_DATE_EPOCH when set
    inputs: str = ""      # a digest of what the build read (documents, authority, curation)

    @property
    def iri(self) -> URIRef:
        """Derived from the software and the inputs, not the time: rebuilding the same corpus
        with the same software is the same build, and the exports differ only in the time."""
        h = hashlib.sha1("\x1f".join([self.software, self.version, self.extractor, self.inputs]).encode()).hexdigest()[:12]
        return URIRef(f"{BASE}build/{h}")


class CurationRecord(Protocol):
    """What a curator did to one assertion (see :class:`kg.resolve.curation.Applied`)."""

    status: str
    by: str
    note: str | None


def software_iri(name_version: str) -> URIRef:
    """``partkg-rules/0.1.0`` → ``{BASE}agent/software/partkg-rules/0.1.0``."""
    name, _, version = name_version.partition("/")
    safe = [re.sub(r"[^A-Za-z0-9._-]+", "_", x).strip("_") or "x" for x in (name, version or "unversioned")]
    return URIRef(f"{BASE}agent/software/{safe[0]}/{safe[1]}")


def curator_iri(name: str) -> URIRef:
    return URIRef(f"{BASE}agent/curator/{slug(name or 'unnamed')}")


def doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}doc/{slug(doc_id)}")


def entity_iri(key: str, doc_ids: set[str] | frozenset[str] = frozenset()) -> URIRef:
    """A corpus document is ``doc/…``; everything else is ``id/…``."""
    if key in doc_ids:
        return doc_iri(key)
    return URIRef(f"{BASE}id/{slug(key)}")


def date_literal(iso: str) -> Literal:
    if len(iso) == 10:
        return Literal(iso, datatype=XSD.date)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    return Literal(iso[:4], datatype=XSD.gYear)


def assertion_iri(doc_id: str, a: Assertion) -> URIRef:
    h = hashlib.sha1("\x1f".join([a.subject, a.predicate, a.object or "", a.literal or ""]).encode()).hexdigest()[:16]
    return URIRef(f"{BASE}assertion/{slug(doc_id)}/{h}")


def _add_document_graph(ds: Dataset, ex: Extraction, doc_ids: set[str], build: BuildInfo,
                        curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord]) -> None:
    doc = ex.document
    g = ds.graph(URIRef(f"{BASE}graph/{slug(doc.id)}"))
    d = doc_iri(doc.id)
    meta = doc.meta
    g.add((d, RDF.type, PKG.Document))
    g.add((d, PKG.documentId, Literal(doc.id)))
    g.add((d, PKG.text, Literal(doc.text)))
    if doc.path:
        g.add((d, PKG.sourceFile, Literal(Path(doc.path).name)))
    if meta.get("title"):
        g.add((d, DCTERMS.title, Literal(str(meta["title"]))))
        g.add((d, RDFS.label, Literal(str(meta["title"]))))
    if meta.get("date"):
        g.add((d, DCTERMS.date, date_literal(str(meta["date"]))))
    for key, prop in (("genre", PKG.genre), ("language", DCTERMS.language), ("source", DCTERMS.source),
                      ("original_publication", DCTERMS.bibliographicCitation),
                      ("translation", DCTERMS.bibliographicCitation)):
        if meta.get(key):
            g.add((d, prop, Literal(str(meta[key]))))
    ent_type = {}
    for e in ex.entities:
        node = entity_iri(e.id, doc_ids)
        ent_type[e.id] = e.type
        g.add((node, RDF.type, getattr(PKG, e.type)))
        if e.id != doc.id:
            g.add((node, RDFS.label, Literal(e.label, lang="en")))
        g.add((node, PKG.mentionedIn, d))
        if e.is_class:
            g.add((node, PKG.isClass, Literal(True)))
        for m in sorted({m.text for m in e.mentions}):
            if m != e.label and len(m) < 200:
                g.add((node, SKOS.altLabel, Literal(m)))
    for a in ex.assertions:
        s = entity_iri(a.subject, doc_ids)
        p = getattr(PKG, a.predicate)
        o = date_literal(a.literal) if a.predicate == "dated" and a.literal else \
            Literal(a.literal) if a.literal is not None else entity_iri(a.object or "", doc_ids)
        if a.status != "rejected":
            g.add((s, p, o))
        node = assertion_iri(doc.id, a)
        g.add((node, RDF.type, PKG.Assertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, PKG.accordingTo, d))
        g.add((node, PKG.reported, Literal(a.attributed_to is not None)))
        g.add((node, PKG.confidence, Literal(f"{a.confidence:.2f}", datatype=XSD.decimal)))
        g.add((node, PKG.status, Literal(a.status)))
        g.add((node, PKG.extractor, Literal(a.extractor)))
        g.add((node, PROV.wasGeneratedBy, build.iri))
        record = curation.get((doc.id, a.key))
        if a.status != "added":
            g.add((node, PROV.wasAttributedTo, software_iri(a.extractor)))
        if record is not None:
            g.add((node, PROV.wasAttributedTo, curator_iri(record.by)))
            if record.note:
                g.add((node, RDFS.comment, Literal(record.note)))
        elif a.status == "added":    # an addition without its record still names who is behind it
            g.add((node, PROV.wasAttributedTo, curator_iri("")))
        _add_evidence(g, node, d, doc.text, a.evidence.start, a.evidence.end)
    for p in ex.provisions:
        node = URIRef(f"{d}/point/{p.number}")
        owner = entity_iri(p.document, doc_ids)
        g.add((node, RDF.type, PKG.Decision))
        g.add((node, DCTERMS.isPartOf, owner))
        g.add((node, PKG.number, Literal(p.number)))
        g.add((node, RDFS.label, Literal(f"Point {p.number}")))
        g.add((node, PKG.text, Literal(p.span.text)))
        g.add((node, PKG.modality, Literal(p.modality)))
        pred = PKG.forbids if p.modality == "forbids" else PKG.demands
        for addressee in p.addressees:
            g.add((node, PKG.addressee, entity_iri(addressee, doc_ids)))
            if p.modality in ("demands", "forbids"):
                g.add((node, pred, entity_iri(addressee, doc_ids)))
        if p.deadline:
            g.add((node, PKG.deadline, Literal(p.deadline, datatype=XSD.date)))
        _add_evidence(g, node, d, doc.text, p.span.start, p.span.end)
    for k, q in enumerate(ex.quantities):
        node = URIRef(f"{d}/quantity/{k + 1}")
        g.add((node, RDF.type, PKG.Quantity))
        g.add((node, PKG.about, entity_iri(q.subject, doc_ids)))
        g.add((node, PKG.quantityKind, Literal(q.quantity)))
        value = q.value
        if isinstance(value, str):
            g.add((node, RDF.value, date_literal(value)))
        elif isinstance(value, int):
            g.add((node, RDF.value, Literal(value)))
        else:
            g.add((node, RDF.value, Literal(f"{value}", datatype=XSD.decimal)))
        for attr, prop in (("unit", PKG.unit), ("qualifier", PKG.qualifier)):
            if getattr(q, attr):
                g.add((node, prop, Literal(getattr(q, attr))))
        if q.point is not None:
            g.add((node, DCTERMS.isPartOf, URIRef(f"{d}/point/{q.point}")))
        g.add((node, PKG.accordingTo, d))
        _add_evidence(g, node, d, doc.text, q.evidence.start, q.evidence.end)


def _add_evidence(g: Graph, node: URIRef, doc: URIRef, text: str, start: int, end: int) -> None:
    target = URIRef(f"{node}#target")
    quote = URIRef(f"{node}#quote")
    pos = URIRef(f"{node}#position")
    g.add((node, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, doc))
    g.add((target, OA.hasSelector, quote))
    g.add((target, OA.hasSelector, pos))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    g.add((quote, OA.prefix, Literal(text[max(0, start - QUOTE_CONTEXT):start])))
    g.add((quote, OA.suffix, Literal(text[end:end + QUOTE_CONTEXT])))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(start)))
    g.add((pos, OA.end, Literal(end)))


def _add_authority_graph(ds: Dataset, keys: set[str], authority: Authority, doc_ids: set[str]) -> None:
    g = ds.graph(GRAPH_AUTHORITY)
    for key in sorted(keys):
        e = authority.get(key)
        if e is None:
            continue
        node = entity_iri(key, doc_ids)
        g.add((node, RDF.type, getattr(PKG, e.type)))
        g.add((node, SKOS.prefLabel, Literal(e.label, lang="en")))
        g.add((node, RDFS.label, Literal(e.label, lang="en")))
        if e.label_ru:
            g.add((node, SKOS.prefLabel, Literal(e.label_ru, lang="ru")))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        for alias in e.aliases_ru:
            g.add((node, SKOS.altLabel, Literal(alias, lang="ru")))
        if e.is_class:
            g.add((node, PKG.isClass, Literal(True)))
        if e.part_of and e.part_of in authority:
            g.add((node, PKG.partOf, entity_iri(e.part_of, doc_ids)))
        for kind, value in e.links:
            if kind == "wikidata":
                g.add((node, SKOS.exactMatch, WD[value]))
                g.add((node, PKG.wikidataId, Literal(value)))
            elif kind == "viaf":
                g.add((node, SKOS.exactMatch, VIAF[value]))
            elif kind == "geonames":
                g.add((node, SKOS.exactMatch, GEONAMES[f"{value}/"]))


def build_dataset(extractions: list[Extraction], authority: Authority, build: BuildInfo,
                  ontology: Path = ONTOLOGY_FILE,
                  curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord] | None = None) -> Dataset:
    """The dataset of ``extractions``. ``curation`` maps ``(doc_id, assertion.key)`` to what a
    curator did to that assertion (its status is already on the assertion; the record adds who
    and why)."""
    curation = curation or {}
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    doc_ids = {ex.document.id for ex in extractions}
    keys: set[str] = set()
    for ex in sorted(extractions, key=lambda e: e.document.id):
        _add_document_graph(ds, ex, doc_ids, build, curation)
        keys.update(e.id for e in ex.entities)
    _add_authority_graph(ds, keys, authority, doc_ids)
    if ontology.exists():
        og = ds.graph(GRAPH_ONTOLOGY)
        og.parse(ontology, format="turtle")
    bg = ds.graph(GRAPH_BUILD)
    bg.add((build.iri, RDF.type, PKG.Build))
    bg.add((build.iri, RDF.type, PROV.Activity))
    bg.add((build.iri, RDFS.label, Literal(f"{build.software} {build.version} build")))
    bg.add((build.iri, PROV.endedAtTime, Literal(build.time, datatype=XSD.dateTime)))
    bg.add((build.iri, PKG.extractor, Literal(build.extractor)))
    bg.add((build.iri, DCTERMS.hasVersion, Literal(build.version)))
    for ex in extractions:
        bg.add((build.iri, PROV.used, doc_iri(ex.document.id)))
    software = {f"{build.software}/{build.version}", build.extractor}
    software.update(a.extractor for ex in extractions for a in ex.assertions if a.status != "added")
    for name in sorted(software):
        agent = software_iri(name)
        label, _, version = name.partition("/")
        bg.add((build.iri, PROV.wasAssociatedWith, agent))
        bg.add((agent, RDF.type, PROV.SoftwareAgent))
        bg.add((agent, RDFS.label, Literal(name.replace("/", " "))))
        if version:
            bg.add((agent, DCTERMS.hasVersion, Literal(version)))
    curators = {r.by for r in curation.values()}
    if any(a.status == "added" and (ex.document.id, a.key) not in curation for ex in extractions for a in ex.assertions):
        curators.add("")
    for name in sorted(curators):
        agent = curator_iri(name)
        bg.add((agent, RDF.type, PROV.Agent))
        bg.add((agent, RDFS.label, Literal(name or "unnamed curator")))
    return ds
