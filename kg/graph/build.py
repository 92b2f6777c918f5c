"""Build the RDF dataset.

Named graphs:

* ``graph/{doc_id}``   what the document says: its metadata, the entities it names (typed and
  labelled), each relation as a plain triple, and each relation again as a ``pkg:Assertion``
  with its evidence (a Web Annotation target with TextQuoteSelector and TextPositionSelector,
  and the quote and its offsets again on the node: ``pkg:quote``, ``pkg:quoteStart``,
  ``pkg:quoteEnd``) and provenance; the evidence of each ``pkg:mentionedIn`` (a ``pkg:Mention``,
  a Web Annotation whose body is the entity and whose target is the document, with the place
  where the document first names it); its provisions (``pkg:Decision``) and quantities; and the
  activity that made the graph (``pkg:Extraction``, a ``prov:Activity``: it ``prov:used`` the
  document and ``prov:wasAssociatedWith`` the software and curators behind it).
* ``graph/authority``  the authority's labels (English, Russian), aliases and external links
  (``skos:exactMatch`` to Wikidata, plus the QID as a literal) for the entities in the corpus.
* ``graph/ontology``   ``ontology/partkg.ttl``.
* ``graph/build``      the build activity (software, extractor, time), which
  ``prov:wasInformedBy`` each document's extraction activity, and the agents behind the
  assertions: the software (``prov:SoftwareAgent``) and the curators of ``curation.yaml``; and
  what the build derives from all the documents' graphs at once: each entity's
  ``pkg:documentCount`` (the documents whose graph states it ``pkg:mentionedIn`` them).

An assertion's ``pkg:status`` is ``extracted``, ``confirmed``, ``rejected`` or ``added`` (see
:mod:`kg.resolve.curation`). A rejected assertion keeps its node, with its evidence and the
curator's note, but loses its plain triple. Every assertion is ``prov:wasGeneratedBy`` its
document's extraction activity and ``prov:wasAttributedTo`` the extractor (extracted, confirmed,
rejected) and the curator (confirmed, rejected, added).

The extraction activity's IRI is a digest of its document's graph (with the IRI left out): the
document it used (text, metadata), the agents it names (partkg's and the extractor's versions,
the curators) and every statement it generated. It is therefore the same from one build to the
next while the document's graph is the same, and no document's graph names the build, whose IRI
changes with every input: a rebuild after one edit rewrites that document's graph and
``graph/build``, nothing else. The activity has no time of its own (a time would change the
graph at every build, or differ between a rebuild and a full build of the same corpus): the
build's ``prov:endedAtTime``, which ``prov:wasInformedBy`` it, bounds it.

No blank nodes: every node has an IRI derived from content (see :mod:`kg.iri`).
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import weakref
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterable, Mapping, Protocol

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .. import __version__
from ..cache import is_loaded, summary_of
from ..iri import BASE, slug
from ..model import Assertion, Extraction
from ..resolve.authority import Authority
from ..vocab import PKG
from .quads import Block, BlockCache, GraphBlocks, digest, lit, lit_lang, lit_typed, make_block, nt_iri, nt_term

__all__ = ["BuildInfo", "GRAPH_AUTHORITY", "GRAPH_BUILD", "GRAPH_ONTOLOGY", "build_blocks", "build_dataset",
           "assertion_iri", "curator_iri", "doc_iri", "document_block", "document_block_key", "entity_iri",
           "extraction_iri", "software_iri", "ONTOLOGY_FILE"]

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


def extraction_iri(doc_id: str, graph_digest: str) -> URIRef:
    """The extraction activity that made a document's graph: ``{BASE}extraction/{doc}/{digest}``
    (``graph_digest``: see :func:`document_block`)."""
    return URIRef(f"{BASE}extraction/{slug(doc_id)}/{graph_digest[:16]}")


def assertion_iri(doc_id: str, a: Assertion) -> URIRef:
    h = hashlib.sha1("\x1f".join([a.subject, a.predicate, a.object or "", a.literal or ""]).encode()).hexdigest()[:16]
    return URIRef(f"{BASE}assertion/{slug(doc_id)}/{h}")


# --------------------------------------------------------------------------- the triples
# Each graph is made as N-Triples term strings (see kg.graph.quads): one mapping from the data
# model to RDF, whatever is done with it next (blocks for the exports, an rdflib Dataset).
Triple = tuple[str, str, str]

_XSD = str(XSD)
_T_TYPE = nt_iri(str(RDF.type))
_T_SUBJECT, _T_PREDICATE, _T_OBJECT, _T_VALUE = (nt_iri(str(x)) for x in (RDF.subject, RDF.predicate, RDF.object, RDF.value))
_T_LABEL, _T_COMMENT = nt_iri(str(RDFS.label)), nt_iri(str(RDFS.comment))
_T_ALT, _T_PREF, _T_EXACT = (nt_iri(str(x)) for x in (SKOS.altLabel, SKOS.prefLabel, SKOS.exactMatch))
_T_TITLE, _T_DATE, _T_PART, _T_VERSION = (nt_iri(str(x)) for x in (DCTERMS.title, DCTERMS.date, DCTERMS.isPartOf,
                                                                    DCTERMS.hasVersion))
_T_GENERATED, _T_ATTRIBUTED = nt_iri(str(PROV.wasGeneratedBy)), nt_iri(str(PROV.wasAttributedTo))
_TRUE, _FALSE = lit_typed("true", _XSD + "boolean"), lit_typed("false", _XSD + "boolean")
_META = (("genre", PKG.genre), ("language", DCTERMS.language), ("source", DCTERMS.source),
         ("original_publication", PKG.originalPublication), ("translation", PKG.translationSource))


@lru_cache(maxsize=None)
def _term(iri: str) -> str:
    return nt_iri(iri)


@lru_cache(maxsize=None)
def _pkg(name: str) -> str:
    """``pkg:name`` (an unknown name fails: the vocabulary is generated from the ontology)."""
    return nt_iri(str(getattr(PKG, name)))


@lru_cache(maxsize=1 << 17)
def _slug(key: str) -> str:
    return slug(key)


def _doc(doc_id: str) -> str:
    return _term(f"{BASE}doc/{_slug(doc_id)}")


def _entity(key: str, doc_ids: Collection[str]) -> str:
    return _doc(key) if key in doc_ids else _term(f"{BASE}id/{_slug(key)}")


def _int(n: int) -> str:
    return lit_typed(str(n), _XSD + "integer")


def _date(iso: str) -> str:
    if len(iso) == 10:
        return lit_typed(iso, _XSD + "date")
    if len(iso) == 7:
        return lit_typed(iso, _XSD + "gYearMonth")
    return lit_typed(iso[:4], _XSD + "gYear")


def document_graph_iri(doc_id: str) -> str:
    return f"{BASE}graph/{_slug(doc_id)}"


def document_triples(ex: Extraction, doc_ids: Collection[str], activity_iri: str,
                     curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord]) -> list[Triple]:
    """What the document says: the triples of its named graph (its assertions
    ``prov:wasGeneratedBy`` ``activity_iri``; the activity itself: :func:`extraction_triples`)."""
    out: list[Triple] = []
    add = out.append
    doc = ex.document
    d = _doc(doc.id)
    meta = doc.meta
    activity = _term(activity_iri)
    add((d, _T_TYPE, _pkg("Document")))
    add((d, _pkg("documentId"), lit(doc.id)))
    add((d, _pkg("text"), lit(doc.text)))
    if doc.path:
        add((d, _pkg("sourceFile"), lit(Path(doc.path).name)))
    if meta.get("title"):
        add((d, _T_TITLE, lit(str(meta["title"]))))
        add((d, _T_LABEL, lit(str(meta["title"]))))
    if meta.get("date"):
        add((d, _T_DATE, _date(str(meta["date"]))))
    for key, prop in _META:
        if meta.get(key):
            add((d, _term(str(prop)), lit(str(meta[key]))))
    doc_node = d[1:-1]
    for e in ex.entities:
        node = _entity(e.id, doc_ids)
        add((node, _T_TYPE, _pkg(e.type)))
        if e.id != doc.id:
            add((node, _T_LABEL, lit_lang(e.label, "en")))
        add((node, _pkg("mentionedIn"), d))
        _mention(add, node, d, doc_node, e.id, doc.text, e.mentions)
        if e.is_class:
            add((node, _pkg("isClass"), _TRUE))
        for m in sorted({m.text for m in e.mentions}):
            if m != e.label and len(m) < 200:
                add((node, _T_ALT, lit(m)))
    for a in ex.assertions:
        s = _entity(a.subject, doc_ids)
        p = _pkg(a.predicate)
        o = _date(a.literal) if a.predicate == "dated" and a.literal else \
            lit(a.literal) if a.literal is not None else _entity(a.object or "", doc_ids)
        if a.status != "rejected":
            add((s, p, o))
        node = nt_iri(str(assertion_iri(doc.id, a)))
        add((node, _T_TYPE, _pkg("Assertion")))
        add((node, _T_SUBJECT, s))
        add((node, _T_PREDICATE, p))
        add((node, _T_OBJECT, o))
        add((node, _pkg("accordingTo"), d))
        add((node, _pkg("reported"), _TRUE if a.attributed_to is not None else _FALSE))
        add((node, _pkg("confidence"), lit_typed(f"{a.confidence:.2f}", _XSD + "decimal")))
        add((node, _pkg("status"), lit(a.status)))
        add((node, _pkg("extractor"), lit(a.extractor)))
        add((node, _T_GENERATED, activity))
        record = curation.get((doc.id, a.key))
        if a.status != "added":
            add((node, _T_ATTRIBUTED, _term(str(software_iri(a.extractor)))))
        if record is not None:
            add((node, _T_ATTRIBUTED, _term(str(curator_iri(record.by)))))
            if record.note:
                add((node, _T_COMMENT, lit(record.note)))
        elif a.status == "added":    # an addition without its record still names who is behind it
            add((node, _T_ATTRIBUTED, _term(str(curator_iri("")))))
        _evidence(add, node, d, doc.text, a.evidence.start, a.evidence.end)
    for p in ex.provisions:
        node = nt_iri(f"{doc_node}/point/{p.number}")
        add((node, _T_TYPE, _pkg("Decision")))
        add((node, _T_PART, _entity(p.document, doc_ids)))
        add((node, _pkg("number"), _int(p.number)))
        add((node, _T_LABEL, lit(f"Point {p.number}")))
        add((node, _pkg("text"), lit(p.span.text)))
        add((node, _pkg("modality"), lit(p.modality)))
        pred = _pkg("forbids") if p.modality == "forbids" else _pkg("demands")
        for addressee in p.addressees:
            add((node, _pkg("addressee"), _entity(addressee, doc_ids)))
            if p.modality in ("demands", "forbids"):
                add((node, pred, _entity(addressee, doc_ids)))
        if p.deadline:
            add((node, _pkg("deadline"), lit_typed(p.deadline, _XSD + "date")))
        _evidence(add, node, d, doc.text, p.span.start, p.span.end)
    for k, q in enumerate(ex.quantities):
        node = nt_iri(f"{doc_node}/quantity/{k + 1}")
        add((node, _T_TYPE, _pkg("Quantity")))
        add((node, _pkg("about"), _entity(q.subject, doc_ids)))
        add((node, _pkg("quantityKind"), lit(q.quantity)))
        value = q.value
        if isinstance(value, str):
            add((node, _T_VALUE, _date(value)))
        elif isinstance(value, int):
            add((node, _T_VALUE, nt_term(Literal(value))))
        else:
            add((node, _T_VALUE, nt_term(Literal(f"{value}", datatype=XSD.decimal))))
        for attr in ("unit", "qualifier"):
            if getattr(q, attr):
                add((node, _pkg(attr), lit(getattr(q, attr))))
        if q.point is not None:
            add((node, _T_PART, nt_iri(f"{doc_node}/point/{q.point}")))
        add((node, _pkg("accordingTo"), d))
        _evidence(add, node, d, doc.text, q.evidence.start, q.evidence.end)
    return out


#: Stands for a document's extraction activity while its graph is made (see document_block).
_ACTIVITY_PLACEHOLDER = f"{BASE}extraction/\x7factivity\x7f"
_T_USED, _T_ASSOCIATED, _T_INFORMED = (nt_iri(str(x)) for x in (PROV.used, PROV.wasAssociatedWith, PROV.wasInformedBy))
_T_ACTIVITY = nt_iri(str(PROV.Activity))


def extraction_triples(ex: Extraction, activity_iri: str,
                       curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord]) -> list[Triple]:
    """The activity that made the document's graph: a ``pkg:Extraction`` (``prov:Activity``) that
    ``prov:used`` the document and ``prov:wasAssociatedWith`` partkg, the extractor and the
    curators whose records the graph carries (the agents are described in ``graph/build``)."""
    from ..extract import EXTRACTOR_NAME, EXTRACTOR_VERSION
    doc = ex.document
    a = _term(activity_iri)
    out: list[Triple] = [(a, _T_TYPE, _pkg("Extraction")), (a, _T_TYPE, _T_ACTIVITY),
                         (a, _T_LABEL, lit(f"extraction of {doc.id}")), (a, _T_USED, _doc(doc.id))]
    agents = {software_iri(f"partkg/{__version__}"), software_iri(f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}")}
    for x in ex.assertions:
        if x.status != "added":
            agents.add(software_iri(x.extractor))
        record = curation.get((doc.id, x.key))
        if record is not None:
            agents.add(curator_iri(record.by))
        elif x.status == "added":
            agents.add(curator_iri(""))
    out.extend((a, _T_ASSOCIATED, _term(str(agent))) for agent in sorted(agents))
    return out


_OA = {name: nt_iri(str(OA[name])) for name in ("hasTarget", "hasBody", "SpecificResource", "hasSource", "hasSelector",
                                                 "TextQuoteSelector", "exact", "prefix", "suffix",
                                                 "TextPositionSelector", "start", "end")}


def _evidence(add, node: str, doc: str, text: str, start: int, end: int) -> None:
    base = node[1:-1]
    target, quote, pos = f"<{base}#target>", f"<{base}#quote>", f"<{base}#position>"
    add((node, _OA["hasTarget"], target))
    add((target, _T_TYPE, _OA["SpecificResource"]))
    add((target, _OA["hasSource"], doc))
    add((target, _OA["hasSelector"], quote))
    add((target, _OA["hasSelector"], pos))
    add((quote, _T_TYPE, _OA["TextQuoteSelector"]))
    add((quote, _OA["exact"], lit(text[start:end])))
    add((quote, _OA["prefix"], lit(text[max(0, start - QUOTE_CONTEXT):start])))
    add((quote, _OA["suffix"], lit(text[end:end + QUOTE_CONTEXT])))
    add((pos, _T_TYPE, _OA["TextPositionSelector"]))
    add((pos, _OA["start"], _int(start)))
    add((pos, _OA["end"], _int(end)))
    # the same quote and offsets on the node itself: a shortcut of the path above (3 lookups for a
    # query instead of 8; ontology/partkg.ttl, pkg:quote; shapes.ttl checks that they agree)
    add((node, _pkg("quote"), lit(text[start:end])))
    add((node, _pkg("quoteStart"), _int(start)))
    add((node, _pkg("quoteEnd"), _int(end)))


def _mention(add, entity: str, doc: str, doc_node: str, key: str, text: str, spans: Iterable) -> None:
    """The evidence of ``entity pkg:mentionedIn doc``: a ``pkg:Mention`` (a Web Annotation whose
    body is the entity and whose target is the document) with the place where the document first
    names it, ``pkg:quote``, ``pkg:quoteStart`` and ``pkg:quoteEnd`` (the shortcut every evidence
    carries; a full ``oa:SpecificResource`` with two selectors per entity and document would add
    about half again to a document's statements). Nothing when no span of the text names it,
    which ``pkgsh:MentionedShape`` reports."""
    first = None
    for m in spans:
        if (first is None or (m.start, m.end) < (first.start, first.end)) and 0 <= m.start < m.end \
                and text[m.start:m.end] == m.text:
            first = m
    if first is None:
        return
    node = nt_iri(f"{doc_node}/mention/{_slug(key)}")
    add((node, _T_TYPE, _pkg("Mention")))
    add((node, _OA["hasBody"], entity))
    add((node, _OA["hasTarget"], doc))
    add((node, _pkg("quote"), lit(first.text)))
    add((node, _pkg("quoteStart"), _int(first.start)))
    add((node, _pkg("quoteEnd"), _int(first.end)))


def authority_triples(keys: Iterable[str], authority: Authority, doc_ids: Collection[str]) -> list[Triple]:
    """Labels, aliases and external links of the authority's entities among ``keys``."""
    out: list[Triple] = []
    add = out.append
    for key in sorted(set(keys)):
        e = authority.get(key)
        if e is None:
            continue
        node = _entity(key, doc_ids)
        add((node, _T_TYPE, _pkg(e.type)))
        add((node, _T_PREF, lit_lang(e.label, "en")))
        add((node, _T_LABEL, lit_lang(e.label, "en")))
        if e.label_ru:
            add((node, _T_PREF, lit_lang(e.label_ru, "ru")))
        for alias in e.aliases:
            add((node, _T_ALT, lit(alias)))
        for alias in e.aliases_ru:
            add((node, _T_ALT, lit_lang(alias, "ru")))
        if e.is_class:
            add((node, _pkg("isClass"), _TRUE))
        if e.part_of and e.part_of in authority:
            add((node, _pkg("partOf"), _entity(e.part_of, doc_ids)))
        for kind, value in e.links:
            if kind == "wikidata":
                add((node, _T_EXACT, nt_iri(str(WD[value]))))
                add((node, _pkg("wikidataId"), lit(value)))
            elif kind == "viaf":
                add((node, _T_EXACT, nt_iri(str(VIAF[value]))))
            elif kind == "geonames":
                add((node, _T_EXACT, nt_iri(str(GEONAMES[f"{value}/"]))))
    return out


@lru_cache(maxsize=4)
def _ontology_triples(path: str, mtime: float) -> tuple[Triple, ...]:
    import pyoxigraph as ox
    return tuple((nt_term(t.subject), nt_term(t.predicate), nt_term(t.object))
                 for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE))


def ontology_triples(ontology: Path = ONTOLOGY_FILE) -> list[Triple]:
    """``ontology/partkg.ttl`` (nothing when the file is not there)."""
    if not ontology.exists():
        return []
    return list(_ontology_triples(str(ontology), ontology.stat().st_mtime))


def build_triples(build: BuildInfo, extractions: list[Extraction],
                  curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord],
                  activities: Iterable[str] = ()) -> list[Triple]:
    """The build activity, the software and the curators behind the assertions. The build
    ``prov:wasInformedBy`` each document's extraction activity (``activities``, IRIs): it used
    the graphs they generated, made in this run or, for an unchanged document, in an earlier one."""
    out: list[Triple] = []
    add = out.append
    b = nt_iri(str(build.iri))
    add((b, _T_TYPE, _pkg("Build")))
    add((b, _T_TYPE, nt_iri(str(PROV.Activity))))
    add((b, _T_LABEL, lit(f"{build.software} {build.version} build")))
    add((b, nt_iri(str(PROV.endedAtTime)), nt_term(Literal(build.time, datatype=XSD.dateTime))))
    add((b, _pkg("extractor"), lit(build.extractor)))
    add((b, _T_VERSION, lit(build.version)))
    for ex in extractions:
        add((b, _T_USED, _doc(ex.document.id)))
    for activity in sorted(set(activities)):
        add((b, _T_INFORMED, nt_iri(activity)))
    software = {f"{build.software}/{build.version}", build.extractor}
    added = False
    for ex in extractions:
        if is_loaded(ex):
            software.update(a.extractor for a in ex.assertions if a.status != "added")
            added = added or any(a.status == "added" and (ex.document.id, a.key) not in curation for a in ex.assertions)
        else:        # a cached extraction not read: its summary says it
            summary = summary_of(ex)
            software.update(summary.extractors)
            added = added or any((ex.document.id, k) not in curation for k in summary.added)
    for name in sorted(software):
        agent = nt_iri(str(software_iri(name)))
        label, _, version = name.partition("/")
        add((b, _T_ASSOCIATED, agent))
        add((agent, _T_TYPE, nt_iri(str(PROV.SoftwareAgent))))
        add((agent, _T_LABEL, lit(name.replace("/", " "))))
        if version:
            add((agent, _T_VERSION, lit(version)))
    curators = {r.by for r in curation.values()}
    if added:
        curators.add("")
    for name in sorted(curators):
        agent = nt_iri(str(curator_iri(name)))
        add((agent, _T_TYPE, nt_iri(str(PROV.Agent))))
        add((agent, _T_LABEL, lit(name or "unnamed curator")))
    return out


def count_triples(mentioned: Mapping[str, int], doc_ids: Collection[str]) -> list[Triple]:
    """What the build derives from all the documents' graphs at once: each entity's
    ``pkg:documentCount``, the number of source documents whose graph states it
    ``pkg:mentionedIn`` them (in ``graph/build``: no document's graph can state it, and it
    changes whenever any document does)."""
    return [(_entity(key, doc_ids), _pkg("documentCount"), _int(n)) for key, n in sorted(mentioned.items())]


# ----------------------------------------------------------------------------- the blocks
#: Bump when the graph a document gets changes in a way the code digest would not show.
GRAPH_VERSION = "2"
_GRAPH_CODE = ("graph/build.py", "graph/quads.py", "iri.py", "vocab.py", "model.py")


@lru_cache(maxsize=1)
def graph_code_digest() -> str:
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"{GRAPH_VERSION}/{__version__}".encode())   # partkg's version: an agent of every graph
    for name in _GRAPH_CODE:
        h.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _referenced(ex: Extraction) -> set[str]:
    """Every key the document's graph turns into an IRI (a corpus document's is ``doc/…``)."""
    if not is_loaded(ex):       # a cached extraction not read: its summary says it
        return summary_of(ex).referenced()
    keys = {e.id for e in ex.entities}
    for a in ex.assertions:
        keys.add(a.subject)
        if a.object is not None:
            keys.add(a.object)
    for p in ex.provisions:
        keys.add(p.document)
        keys.update(p.addressees)
    keys.update(q.subject for q in ex.quantities)
    return keys


def document_block_key(ex: Extraction, identity: str, doc_ids: Collection[str]) -> str:
    """The cache key of a document's block. ``identity`` must name everything the extraction
    is made of (document, extractor, authority, cross-document identity, curation); the
    key adds the corpus documents it points to, its file name and the graph code."""
    return digest(graph_code_digest(), identity, Path(ex.document.path or "").name,
                  sorted(k for k in _referenced(ex) if k in doc_ids))


def document_block(ex: Extraction, doc_ids: Collection[str],
                   curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord]) -> Block:
    """The document's named graph as a block, with the activity that made it. The activity's
    IRI is a digest of the graph's statements, made with a placeholder in its place: the same
    graph gives the same IRI whatever the build, the process or the cache, and a change to
    anything the graph states (the document, the extraction, the cross-document identities, the
    curation, the software's versions) gives another."""
    triples = document_triples(ex, doc_ids, _ACTIVITY_PLACEHOLDER, curation)
    triples.extend(extraction_triples(ex, _ACTIVITY_PLACEHOLDER, curation))
    block = make_block(document_graph_iri(ex.document.id), triples)
    iri = str(extraction_iri(ex.document.id, hashlib.sha256(block.ntriples).hexdigest()))
    # The IRI replaces the placeholder in the four serializations as they are: no other term of
    # a document's graph is under extraction/, so the IRI sorts where the placeholder did, and it
    # is written whole in TriG and JSON-LD (no prefix is declared for it). A literal holding DEL
    # is written escaped, so the placeholder matches nothing else (tests/test_scale.py checks
    # the block against one made from the final triples).
    old, new = _ACTIVITY_PLACEHOLDER.encode(), iri.encode()
    return Block(block.graph, block.nquads.replace(old, new), block.ntriples.replace(old, new),
                 block.trig.replace(old, new), block.jsonld.replace(old, new), block.triples, iri)


def build_blocks(extractions: list[Extraction], authority: Authority, build: BuildInfo,
                 ontology: Path = ONTOLOGY_FILE,
                 curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord] | None = None, *,
                 cache: BlockCache | None = None, identities: Mapping[str, str] | None = None,
                 spill: Path | None = None, progress: bool = False) -> GraphBlocks:
    """The dataset of ``extractions`` as blocks, one per named graph.

    With ``cache`` and an ``identities`` entry for a document (see :func:`document_block_key`),
    its block is taken from the cache when there, else made and put there. Blocks made without
    the cache are written into ``spill`` (a folder; default: kept in memory)."""
    from ..progress import progress as progress_bar
    curation = curation or {}
    doc_ids = frozenset(ex.document.id for ex in extractions)
    work: BlockCache | None = None
    sources: list[tuple[str, Path | Block]] = []
    block_keys: dict[str, str] = {}
    activities: list[str] = []
    keys: set[str] = set()
    mentioned: Counter[str] = Counter()     # key → the documents whose graph states it pkg:mentionedIn
    with progress_bar("graph", total=len(extractions), enabled=progress) as bar:
        for ex in extractions:
            graph = document_graph_iri(ex.document.id)
            if is_loaded(ex):
                named = {e.id for e in ex.entities}
            else:          # a cached extraction not read: its summary says it
                named = {i for i, _ in summary_of(ex).entities}
            keys.update(named)
            mentioned.update(named)
            key = None
            if cache is not None and identities is not None and ex.document.id in identities:
                key = document_block_key(ex, identities[ex.document.id], doc_ids)
                block_keys[graph] = key
                if cache.has(key):
                    try:
                        activities.append(Block.read_activity(cache.path(key)))
                    except (OSError, ValueError):     # unreadable: made again below
                        pass
                    else:
                        sources.append((graph, cache.path(key)))
                        bar.update(1)
                        continue
            block = document_block(ex, doc_ids, curation)
            activities.append(block.activity)
            if key is not None:
                sources.append((graph, cache.put(key, block)))   # type: ignore[union-attr]
            elif spill is not None:
                if work is None:
                    spill.mkdir(parents=True, exist_ok=True)
                    work = BlockCache(Path(tempfile.mkdtemp(prefix=".partkg-blocks-", dir=spill)))
                sources.append((graph, work.put(digest(graph, len(sources)), block)))
            else:
                sources.append((graph, block))
            bar.update(1)
    for graph, triples in ((str(GRAPH_AUTHORITY), authority_triples(keys, authority, doc_ids)),
                           (str(GRAPH_ONTOLOGY), ontology_triples(ontology)),
                           (str(GRAPH_BUILD), build_triples(build, extractions, curation, activities)
                            + count_triples(mentioned, doc_ids))):
        if triples:
            sources.append((graph, make_block(graph, triples)))
    blocks = GraphBlocks(sources, str(build.iri), work=spill, keys=block_keys)
    if work is not None:
        weakref.finalize(blocks, shutil.rmtree, work.folder, True)
    return blocks


def build_dataset(extractions: list[Extraction], authority: Authority, build: BuildInfo,
                  ontology: Path = ONTOLOGY_FILE,
                  curation: Mapping[tuple[str, tuple[str, str, str]], CurationRecord] | None = None) -> Dataset:
    """The dataset of ``extractions`` as an rdflib Dataset. ``curation`` maps ``(doc_id,
    assertion.key)`` to what a curator did to that assertion (its status is already on the
    assertion; the record adds who and why)."""
    return build_blocks(extractions, authority, build, ontology, curation).dataset()
