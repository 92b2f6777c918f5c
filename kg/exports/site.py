"""``exports/site/``: a static site that opens from ``file://`` with the network off.

    index.html              documents, entity types, counts, a search over entities
    timeline.html           dated documents, cited decisions, deadlines and events, by year
    doc/{slug}.html         one page per corpus document: metadata, what other documents say about
                            it, its provisions, the facts it states, its text with every mention
                            linked to its entity and every piece of evidence anchored (#ev-START-END)
    entity/{slug}.html      one page per entity: names in other languages and external links (from
                            the authority graph), a small graph of its neighbours, its facts with
                            their quotes (each linking to the document, at the evidence), where it
                            is mentioned, the provisions addressed to it, the numbers stated about it

File names come from :func:`kg.iri.slug` (:class:`SitePages`; a clash gets a hash suffix). Every
page inlines its style and its few lines of script; nothing is loaded from anywhere, and a
Content-Security-Policy says so. All document text is HTML-escaped on the way out; links to the
outside world (Wikidata …) are plain ``<a href>`` the reader may follow, never loaded by the page.

The site is written into a temporary folder and swapped in by renaming, so an interrupted build
leaves the previous site whole.
"""
from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import tempfile
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from ..atomic import atomic_file
from ..cache import is_loaded, summary_of
from .. import __version__
from ..iri import slug
from ..model import Extraction, Provision, Quantity, Span
from . import exporter
from .html import TYPE_STYLE, _asset, safe_json, year_of

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["SitePages", "SiteModel", "iter_site", "patched_model", "render_site", "site_model"]

SITE_DIR = "site"
_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        "form-action 'none'; base-uri 'none'")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_META_ORDER = ("date", "genre", "language", "issuer", "author", "author_position", "recipient", "published_in",
               "publisher", "source", "original_publication", "translation", "translated_in")


_HTML_SPECIAL = re.compile(r"[&<>\"']")


def _e(s: object) -> str:
    s = str(s)
    return escape(s, quote=True) if _HTML_SPECIAL.search(s) else s


# ---------------------------------------------------------------------------------------- pages
class SitePages:
    """Where each document and entity has its page, relative to the site folder."""

    def __init__(self, doc_ids: Iterable[str], entity_keys: Iterable[str]) -> None:
        self._docs = self._unique(sorted(set(doc_ids)))
        self._ents = self._unique(sorted(set(entity_keys) - set(self._docs)))

    @staticmethod
    def _unique(keys: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        used: set[str] = set()
        for k in keys:
            s = slug(k)
            if s in used:
                s = f"{s[:70]}_{hashlib.sha1(k.encode()).hexdigest()[:8]}"
            used.add(s)
            out[k] = s
        return out

    @classmethod
    def for_result(cls, result: "BuildResult") -> "SitePages":
        """The pages of a build's site (made once per build result: graph.html and the site
        both link to them)."""
        return _pages_and_keys(result)[0]

    def doc(self, doc_id: str) -> str:
        return f"doc/{self._docs.get(doc_id) or slug(doc_id)}.html"

    def entity(self, key: str) -> str:
        if key in self._docs:
            return self.doc(key)
        return f"entity/{self._ents.get(key) or slug(key)}.html"

    def __contains__(self, key: object) -> bool:
        return key in self._docs or key in self._ents


_PAGES: "weakref.WeakKeyDictionary[BuildResult, tuple[SitePages, set[str]]]" = weakref.WeakKeyDictionary()


def _pages_and_keys(result: "BuildResult") -> "tuple[SitePages, set[str]]":
    """The site's pages and every entity key of a build (:func:`_all_keys`), made once per
    build result (no exporter changes the extractions)."""
    try:
        return _PAGES[result]
    except (KeyError, TypeError):
        pass
    keys = _all_keys(result.extractions)
    found = (SitePages((ex.document.id for ex in result.extractions), keys), keys)
    try:
        _PAGES[result] = found
    except TypeError:          # not weakly referable (a stand-in for a build result)
        pass
    return found


def _all_keys(extractions: list[Extraction]) -> set[str]:
    """Every entity key the extractions name (entities, both ends of every assertion not
    rejected, provisions' addressees and documents, quantities' subjects): read from each
    extraction's summary, so that an extraction left unread in the cache stays unread."""
    keys: set[str] = set()
    for ex in extractions:
        keys.update(summary_of(ex).keys())
    return keys


# ---------------------------------------------------------------------------------------- model
@dataclass
class Fact:
    subject: str
    predicate: str
    object: str | None
    literal: str | None
    doc: str
    start: int
    end: int
    quote: str
    reported: bool


@dataclass
class EntityInfo:
    key: str
    label: str
    type: str
    is_class: bool = False
    mentions: dict[str, list[Span]] = field(default_factory=dict)     # doc id → spans
    data: dict = field(default_factory=dict)
    names: list[tuple[str, str]] = field(default_factory=list)        # (language or "", name)
    links: list[str] = field(default_factory=list)                    # external IRIs
    part_of: str | None = None


@dataclass
class Counts:
    """Figures of the whole corpus that the index and the timeline show, for a model that holds
    the facts, provisions and numbers of some documents only (:attr:`SiteModel.scope`)."""

    docs_naming: dict[str, int]       # entity key → documents that name it
    facts_about: dict[str, int]       # entity key → facts it is the subject or object of
    facts_in: dict[str, int]          # document id → facts it states
    mentions: int                     # mentions in the corpus
    dated: list[Fact]                 # the corpus's "dated" facts, in ``facts`` order


@dataclass
class SiteModel:
    docs: dict[str, Extraction]
    entities: dict[str, EntityInfo]
    facts: list[Fact]
    pages: SitePages
    built: str = ""
    #: pieces of HTML many pages repeat (a link to an entity, the source of a fact), made once
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    #: the documents whose facts, provisions and numbers the model holds (None: every document);
    #: a model patched for a rebuild (:func:`patched_model`) holds those its changed pages read,
    #: its other entities only their label, type and data, and ``counts`` the corpus's figures
    scope: "set[str] | None" = None
    counts: "Counts | None" = None
    #: the entity keys whose pages a patched model makes (its indexes hold only theirs)
    keys: "set[str] | None" = None
    #: what a patched model reads of the documents in its scope (document id → an Extraction: the
    #: document's own, or what its fragment says of the entities in ``keys``, see :func:`_partial`)
    views: "dict[str, Extraction] | None" = None
    #: document id → its provisions as the index and the timeline show them (:func:`_provision_rows`),
    #: for a model that does not read every document (else made from the extractions)
    provisions: "dict[str, list[tuple]] | None" = None

    def docs_naming(self, key: str) -> int:
        if self.counts is not None:
            return self.counts.docs_naming.get(key, 0)
        return len(self.entities[key].mentions)

    @cached_property
    def facts_about(self) -> dict[str, int]:
        if self.counts is not None:
            return self.counts.facts_about
        return {k: len(v) for k, v in self.facts_of.items()}

    def n_facts(self) -> int:
        return sum(self.counts.facts_in.values()) if self.counts is not None else len(self.facts)

    def n_facts_in(self, doc_id: str) -> int:
        if self.counts is not None:
            return self.counts.facts_in.get(doc_id, 0)
        return len(self.facts_in.get(doc_id, ()))

    def n_mentions(self) -> int:
        if self.counts is not None:
            return self.counts.mentions
        return sum(len(s) for e in self.entities.values() for s in e.mentions.values())

    def dated_facts(self) -> list[Fact]:
        if self.counts is not None:
            return self.counts.dated
        return [f for f in self.facts if f.predicate == "dated"]

    def _scoped(self) -> "Iterable[tuple[str, Extraction]]":
        if self.views is not None:
            return self.views.items()
        if self.scope is None:
            return self.docs.items()
        return ((d, ex) for d, ex in self.docs.items() if d in self.scope)

    def provision_rows(self, doc_id: str) -> list[tuple]:
        """The provisions of a document as (number, start, end, deadline, document), in order."""
        if self.provisions is not None:
            return self.provisions[doc_id]
        return _provision_rows(self.docs[doc_id])

    def n_entities_in(self, doc_id: str) -> int:
        ex = self.docs[doc_id]
        return len(ex.entities) if is_loaded(ex) else len(summary_of(ex).entities)

    def label(self, key: str) -> str:
        e = self.entities.get(key)
        return e.label if e else key

    def doc_title(self, doc_id: str) -> str:
        found = self._titles.get(doc_id)
        return found if found is not None else self.label(doc_id)

    def doc_date(self, doc_id: str) -> str:
        return self._dates.get(doc_id, "")

    @cached_property
    def _titles(self) -> dict[str, str]:
        return {d: str(ex.document.title or d) for d, ex in self.docs.items()}

    @cached_property
    def _dates(self) -> dict[str, str]:
        return {d: str(ex.document.meta.get("date") or "") for d, ex in self.docs.items()}

    # indexes, so that each page costs what it shows (not a scan of the corpus)
    @cached_property
    def facts_of(self) -> dict[str, list[Fact]]:
        """Entity key → the facts it is the subject or object of, in ``facts`` order."""
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            out[f.subject].append(f)
            if f.object is not None and f.object != f.subject:
                out[f.object].append(f)
        return out

    @cached_property
    def facts_in(self) -> dict[str, list[Fact]]:
        """Document id → the facts it states."""
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            out[f.doc].append(f)
        return out

    @cached_property
    def parts_of(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for k, e in self.entities.items():
            if e.part_of is not None:
                out[e.part_of].append(k)
        return out

    @cached_property
    def provisions_for(self) -> dict[str, list[tuple[str, Provision]]]:
        """Key → (document id, provision) addressed to it or that are points of it."""
        out: dict[str, list[tuple[str, Provision]]] = defaultdict(list)
        only = self.keys
        for doc_id, ex in self._scoped():
            for p in ex.provisions:
                for k in dict.fromkeys([*p.addressees, p.document]):
                    if only is None or k in only:
                        out[k].append((doc_id, p))
        return out

    @cached_property
    def quantities_for(self) -> dict[str, list[tuple[str, Quantity]]]:
        out: dict[str, list[tuple[str, Quantity]]] = defaultdict(list)
        only = self.keys
        for doc_id, ex in self._scoped():
            for q in ex.quantities:
                if only is None or q.subject in only:
                    out[q.subject].append((doc_id, q))
        return out


def _authority_graph(result: "BuildResult", keys: set[str], doc_ids: set[str], cache: Path | None = None):
    """Names (with their language) and external links per entity key, read from the dataset's
    authority graph (so anything the build adds there shows up on the pages). With ``cache`` (a
    file), what was read is kept there under a digest of the graph's N-Triples (an edit seldom
    changes them). They are read line by line (:func:`_authority_terms_nt`), else by rdflib."""
    from ..graph.build import GRAPH_AUTHORITY, entity_iri
    by_iri = None
    digest = None
    text: list[bytes] = []
    if cache is not None and result.rdf is not None:
        h = hashlib.sha256()
        for data in result.rdf.sections("ntriples", only=[str(GRAPH_AUTHORITY)]):
            h.update(data)
            text.append(data)
        digest = h.hexdigest()
        by_iri = _read_pickle(cache, digest)
        if by_iri is None:
            by_iri = _authority_terms_nt(b"".join(text))
            if by_iri is not None:
                _write_pickle(cache, digest, by_iri)
    if by_iri is None:
        by_iri = _authority_terms(result.graph(GRAPH_AUTHORITY))
        if digest is not None and cache is not None:
            _write_pickle(cache, digest, by_iri)
    names_of, links_of, part_of_iri = by_iri
    names: dict[str, set[tuple[str, str]]] = {}
    links: dict[str, set[str]] = {}
    part_of: dict[str, str] = {}
    iri_key = {str(entity_iri(k, doc_ids)): k for k in keys}
    for iri, key in iri_key.items():
        if iri in names_of:
            names[key] = names_of[iri]
        if iri in links_of:
            links[key] = links_of[iri]
        if iri in part_of_iri and part_of_iri[iri] in iri_key:
            part_of[key] = iri_key[part_of_iri[iri]]
    return names, links, part_of


def _authority_terms(graph) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[str]], dict[str, str]]:
    """Names, external links and ``pkg:partOf`` per subject IRI in the authority graph."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import SKOS

    from ..vocab import PKG
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    links: dict[str, set[str]] = defaultdict(set)
    part_of: dict[str, str] = {}
    for s, p, o in graph:
        if not isinstance(s, URIRef):
            continue
        if p in (SKOS.prefLabel, SKOS.altLabel) and isinstance(o, Literal):
            names[str(s)].add((o.language or "", str(o)))
        elif p == SKOS.exactMatch and isinstance(o, URIRef) and str(o).startswith(("http://", "https://")):
            links[str(s)].add(str(o))
        elif p == PKG.partOf and isinstance(o, URIRef):
            part_of[str(s)] = str(o)
    return dict(names), dict(links), part_of


_SKOS = "http://www.w3.org/2004/02/skos/core#"
_NT_LINE = re.compile(r'<([^<>"\\ ]*)> <([^<>"\\ ]*)> (?:<([^<>"\\ ]*)>|"((?:[^"\\\n]|\\.)*)"'
                      r'(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<[^<>"\\ ]*>)?) \.')
_NT_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([tbnrf"\'\\]))')
_NT_CHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _nt_unescape(s: str) -> str:
    if "\\" not in s:
        return s
    return _NT_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                          else _NT_CHAR[m.group(3)], s)


def _authority_terms_nt(data: bytes) -> "tuple[dict, dict, dict] | None":
    """:func:`_authority_terms` of the authority graph's N-Triples (as the build writes them:
    IRIs without escapes, literals escaped by kg.graph.quads), read line by line instead of
    through rdflib (0.2 s at 1000x); None when a line is not of that form (rdflib reads it then)."""
    from ..vocab import PKG
    pref, alt, exact, part = f"{_SKOS}prefLabel", f"{_SKOS}altLabel", f"{_SKOS}exactMatch", str(PKG.partOf)
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    links: dict[str, set[str]] = defaultdict(set)
    part_of: dict[str, str] = {}
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    match = _NT_LINE.fullmatch
    for line in lines:
        if not line:
            continue
        m = match(line)
        if m is None:
            if line.startswith("_:"):      # a blank subject: not an entity's
                continue
            return None
        s, p, o, lex, lang = m.groups()
        if p == pref or p == alt:
            if lex is not None:
                names[s].add(((lang or "").lower(), _nt_unescape(lex)))
        elif p == exact:
            if o is not None and o.startswith(("http://", "https://")):
                links[s].add(o)
        elif p == part and o is not None:
            part_of[s] = o
    return dict(names), dict(links), part_of


def _read_pickle(path: Path, key: str):
    """The value kept in ``path`` under ``key`` (a file partkg wrote), or None."""
    import pickle
    try:
        with open(path, "rb") as f:
            found = pickle.load(f)
    except Exception:            # noqa: BLE001 - missing or unreadable: made again
        return None
    return found[1] if isinstance(found, tuple) and len(found) == 2 and found[0] == key else None


def _write_pickle(path: Path, key: str, value) -> None:
    import pickle
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump((key, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def _merge_entities(docs: dict[str, Extraction], scoped: Iterable[tuple[str, Extraction]],
                    only: "set[str] | None" = None) -> dict[str, EntityInfo]:
    """Each entity the documents ``scoped`` name (those in ``only``, when given), merged across
    them in document order: the first document naming it gives its label and type."""
    entities: dict[str, EntityInfo] = {}
    for doc_id, ex in scoped:
        for e in ex.entities:
            if only is not None and e.id not in only:
                continue
            info = entities.get(e.id)
            if info is None:
                label = str(docs[e.id].document.title or e.label) if e.id in docs else e.label
                info = entities[e.id] = EntityInfo(e.id, label, e.type, e.is_class)
            info.mentions.setdefault(doc_id, []).extend(e.mentions)
            if e.data:
                info.data.update({k: v for k, v in e.data.items() if v})
    return entities


def _unnamed_entity(result: "BuildResult", docs: dict[str, Extraction], key: str, points_of: set[str]) -> EntityInfo:
    """A key no document names as an entity (a fact's object, a provision's addressee …)."""
    a = result.authority.get(key)
    if key in docs:
        return EntityInfo(key, str(docs[key].document.title or key), "Document")
    if a is not None:
        return EntityInfo(key, a.label, a.type, a.is_class)
    return EntityInfo(key, key.replace("_", " "), "Document" if key in points_of else "Thing")


def _finish_entity(result: "BuildResult", info: EntityInfo, names: dict, links: dict, part_of: dict) -> None:
    key = info.key
    info.names = sorted(names.get(key, ()), key=lambda x: (x[0] != "en", x[0], x[1]))
    info.links = sorted(links.get(key, ()))
    info.part_of = part_of.get(key)
    a = result.authority.get(key)
    if a is not None:
        for k in ("start", "end"):
            if getattr(a, k) and k not in info.data:
                info.data[k] = getattr(a, k)


def _facts(scoped: Iterable[tuple[str, Extraction]], predicate: str | None = None,
           about: "set[str] | None" = None, whole: "set[str]" = frozenset()) -> list[Fact]:
    """The facts the documents ``scoped`` state, in site order: those of ``predicate``, when
    given; those whose subject or object is in ``about``, when given, except in the documents
    ``whole`` (all their facts)."""
    facts = []
    for doc_id, ex in scoped:
        only = about if about is not None and doc_id not in whole else None
        for a in ex.assertions:
            if a.status == "rejected" or (predicate is not None and a.predicate != predicate):
                continue
            if only is not None and a.subject not in only and a.object not in only:
                continue
            facts.append(Fact(a.subject, a.predicate, a.object, a.literal, doc_id, a.evidence.start,
                              a.evidence.end, a.evidence.text, a.attributed_to is not None))
    facts.sort(key=_fact_order)
    return facts


def _provision_rows(ex: Extraction) -> list[tuple]:
    """What the index and the timeline show of a document's provisions: (number, start, end,
    deadline, document) each, in the extraction's order."""
    return [(p.number, p.span.start, p.span.end, p.deadline, p.document) for p in ex.provisions]


def _fact_order(f: Fact) -> tuple:
    return (f.doc, f.start, f.end, f.subject, f.predicate, f.object or "", f.literal or "")


def _sorted_docs(result: "BuildResult") -> dict[str, Extraction]:
    return {ex.document.id: ex for ex in sorted(result.extractions, key=lambda x: x.document.id)}


def site_model(result: "BuildResult", cache: Path | None = None) -> SiteModel:
    """The site's model of the corpus. ``cache``: a folder where what the model reads from the
    authority graph is kept between builds (see :func:`_authority_graph`)."""
    docs = _sorted_docs(result)
    pages, keys = _pages_and_keys(result)
    entities = _merge_entities(docs, docs.items())
    points_of = {p.document for ex in docs.values() for p in ex.provisions}
    for key in sorted(keys - set(entities)):
        entities[key] = _unnamed_entity(result, docs, key, points_of)
    names, links, part_of = _authority_graph(result, set(entities), set(docs),
                                             cache / "site-authority.pickle" if cache is not None else None)
    for info in entities.values():
        _finish_entity(result, info, names, links, part_of)
    return SiteModel(docs, entities, _facts(docs.items()), pages, result.info.time)


# --------------------------------------------------------------------- the model, patched per document
# A rebuild after a few edits does not make the model of the whole corpus again. The previous
# build left, in ``.cache/site-model.pickle`` (:class:`_State`), each document's fragment of the
# model as far as other pages need it: the extraction it came from (its graph block's key) and the
# entity keys it touches (names, states facts about, addresses provisions or numbers to), and for
# every entity what a page linking it shows (label, type) with the figures the index shows. A
# rebuild takes the documents whose key changed, the entities they touched before and touch now,
# and makes the full model of those entities only, from the documents touching them (``scope``);
# every other page is the previous build's, unchanged. It falls back on the whole model when an
# edit changes what other pages show of an entity (its label, type or page), when the authority
# or the site's code changed, or when many documents changed.

#: The state's version (its layout); a state of another version is not used.
_STATE_VERSION = 4
_STATE = "site-model.pickle"
#: Above this many changed documents (and a tenth of the corpus), the model is made whole.
PATCH_MAX = 8


def _touched(ex: Extraction) -> set[str]:
    """The entity keys whose pages show something of the document (as :func:`_shown_from` finds
    them): the keys its summary names (an unread extraction stays unread)."""
    return summary_of(ex).keys()


def _authority_graph_digest(result: "BuildResult") -> str:
    """A digest of the authority graph (it lists the authority's entities the corpus names)."""
    from ..graph.build import GRAPH_AUTHORITY
    h = hashlib.sha256()
    if result.rdf is not None:
        for data in result.rdf.sections("ntriples", only=[str(GRAPH_AUTHORITY)]):
            h.update(data)
    return h.hexdigest()


@dataclass
class _State:
    """What a build's site model leaves for the next build to patch (see above)."""

    code: str
    authority: str                           # the authority's digest
    graph: str                               # the authority graph's (:func:`_authority_graph_digest`)
    contents: dict[str, str]                 # document id → its extraction's key
    touched: dict[str, tuple[str, ...]]      # document id → the entity keys it touches
    info: dict[str, tuple]                   # entity key → (label, type, is_class, data, names, links, part_of)
    docs_naming: dict[str, int]
    facts_about: dict[str, int]
    slugs: tuple[dict[str, str], dict[str, str]]     # SitePages' tables
    figures: dict[str, tuple[int, int]]      # document id → (facts it states, mentions in it)
    dated: list[Fact]                        # the corpus's "dated" facts, in site order (the timeline)
    provisions: dict[str, list[tuple]]       # document id → its provisions' rows (:func:`_provision_rows`)
    titles: dict[str, tuple[str, str]]       # document id → (title, date) as pages citing it show them
    version: int = _STATE_VERSION

    @classmethod
    def of(cls, model: SiteModel, result: "BuildResult", contents: dict[str, str],
           touched: dict[str, tuple[str, ...]]) -> "_State":
        """The state of a whole model."""
        return cls(_code_digest(), str(getattr(result.authority, "digest", "")),
                   _authority_graph_digest(result), dict(contents), touched,
                   {k: _info_row(e) for k, e in model.entities.items()},
                   {k: len(e.mentions) for k, e in model.entities.items() if e.mentions},
                   dict(model.facts_about), (model.pages._docs, model.pages._ents),
                   {d: _figures(ex) for d, ex in model.docs.items()}, model.dated_facts(),
                   {d: model.provision_rows(d) for d in model.docs},
                   {d: (model.doc_title(d), model.doc_date(d)) for d in model.docs})


def _figures(ex: Extraction) -> tuple[int, int]:
    return sum(1 for a in ex.assertions if a.status != "rejected"), sum(len(e.mentions) for e in ex.entities)


def _info_row(e: EntityInfo) -> tuple:
    return (e.label, e.type, e.is_class, e.data, e.names, e.links, e.part_of)


def _light(key: str, row: tuple) -> EntityInfo:
    """An entity whose page this build does not render: what pages linking it show."""
    label, etype, is_class, data, names, links, part_of = row
    return EntityInfo(key, label, etype, is_class, {}, dict(data), list(names), list(links), part_of)


def _read_state(out: Path) -> "_State | None":
    import pickle
    try:
        with open(out / ".cache" / _STATE, "rb") as f:
            state = pickle.load(f)
    except Exception:            # noqa: BLE001 - missing or unreadable: the model is made whole
        return None
    return state if isinstance(state, _State) and state.version == _STATE_VERSION else None


def _write_state(out: Path, state: "_State | None") -> None:
    import pickle
    path = out / ".cache" / _STATE
    if state is None:
        try:
            path.unlink()
        except OSError:
            pass
        return
    with atomic_file(path, durable=False) as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)


@dataclass
class Patch:
    """A model patched for a rebuild: the pages to make again (the others are the previous
    build's) and the state to leave for the next build."""

    model: SiteModel
    pages: set[str]              # entity keys and document ids whose pages may have changed
    changed: set[str]            # documents whose extraction changed (or that are new)
    state: _State
    shown: dict[str, dict[str, str]] = field(default_factory=dict)   # the changed documents' (:meth:`_Refs.shown`)


def patched_model(result: "BuildResult", state: _State, contents: dict[str, str],
                  cache: Path | None = None, fragments: "FragmentStore | None" = None,
                  old_shown: "dict[str, list] | None" = None) -> "Patch | None":
    """The model of a rebuild, made from ``state`` (the previous build's) and the documents that
    changed, or None when it must be made whole (see the comment above). ``fragments``: what
    the unchanged documents of the scope say of the entities whose pages are made is read from
    their fragments (see :func:`_partial`), not from their extractions. ``old_shown``: the
    previous build's record of what each entity's page shows from each document
    (:meth:`_Refs.shown`): an entity a changed document names whose part of it is the same
    keeps its page (and its figures), and nothing of it is read."""
    docs = _sorted_docs(result)
    if state.code != _code_digest() or set(contents) != set(docs):
        return None
    changed = {d for d in docs if state.contents.get(d) != contents[d]}
    gone = set(state.contents) - set(docs)
    if len(changed) + len(gone) > max(PATCH_MAX, len(docs) // 10):
        return None
    if state.authority != str(getattr(result.authority, "digest", "")):
        return None
    pages, keys = _pages_and_keys(result)
    old_docs, old_ents = state.slugs
    if any(old_docs.get(k, v) != v for k, v in pages._docs.items()) or \
            any(old_ents.get(k, v) != v for k, v in pages._ents.items()):
        return None                        # a page moved (a new key took its file name): links change
    touched = dict(state.touched)
    hit: set[str] = set(changed) | gone
    before = {d: set(touched.pop(d, ())) for d in changed | gone}
    for d in gone:
        hit.update(before[d])
    # the entities a changed document touched or touches: a page whose part of the document is
    # the same (its facts, mentions, label, type, data, provisions, numbers there: the digest the
    # record keeps, :meth:`_Refs.shown`) shows the same as before, since nothing else changed
    # for it (other documents are unchanged; a changed label, type or page of an entity it links
    # is the whole model, below); the pages of documents are made again (they name the documents
    # stating facts about them by their contents)
    shown_now: dict[str, dict[str, str]] = {}
    titles = {d: t for d, t in state.titles.items() if d in docs and d not in changed}
    for d in sorted(changed):
        ex = docs[d]
        t = touched[d] = tuple(sorted(_touched(ex)))
        titles[d] = (str(ex.document.title or d), str(ex.document.meta.get("date") or ""))
        shown_now[d] = _shown_parts(ex, _facts([(d, ex)]))
        old = (old_shown or {}).get(d)
        if isinstance(old, list) and len(old) == 2 and old[0] == state.contents.get(d) and \
                isinstance(old[1], dict) and state.titles.get(d) == titles[d]:
            was, now = old[1], shown_now[d]
            hit.update(k for k in was.keys() | now.keys() if was.get(k) != now.get(k))
        else:
            hit.update(t)
            hit.update(before[d])
        hit.update(k for k in (*t, *before[d]) if k in docs)
    old_keys = set(state.info)
    hit |= keys ^ old_keys
    graph = _authority_graph_digest(result)
    if keys != old_keys or graph != state.graph:    # names, links, parts of the authority graph
        names, links, part_of = _authority_graph(result, keys, set(docs),
                                                 cache / "site-authority.pickle" if cache is not None else None)
        for k in keys:
            row = state.info.get(k)
            if row is None:
                continue
            if sorted(names.get(k, ()), key=lambda x: (x[0] != "en", x[0], x[1])) != row[4] or \
                    sorted(links.get(k, ())) != row[5]:
                hit.add(k)                 # shown on its own page (and in the index's search)
            if part_of.get(k) != row[6]:   # shown on its page and on its whole's
                hit.update(x for x in (k, row[6], part_of.get(k)) if x is not None)
        for k in keys - old_keys:          # a new part of a whole, or one gone: the whole's page lists it
            if k in part_of:
                hit.add(part_of[k])
        for k in old_keys - keys:
            if state.info[k][6] is not None:
                hit.add(state.info[k][6])
    else:
        names = {k: row[4] for k, row in state.info.items()}
        links = {k: row[5] for k, row in state.info.items()}
        part_of = {k: row[6] for k, row in state.info.items() if row[6] is not None}
    hit &= keys
    scope = set(changed) | {d for d in hit if d in docs}
    for d, ks in touched.items():
        if d not in scope and not hit.isdisjoint(ks):
            scope.add(d)
    views = _views(docs, scope, hit, changed, fragments)
    full = _merge_entities(docs, views.items(), hit)
    provisions = {d: rows for d, rows in state.provisions.items() if d in docs and d not in changed}
    provisions.update((d, _provision_rows(docs[d])) for d in changed)
    provisions = {d: provisions[d] for d in docs}
    points_of = None
    entities: dict[str, EntityInfo] = {}
    for ex in docs.values():               # the order of a whole model: as first named, in document order
        for k, _ in summary_of(ex).entities:          # (an unread extraction stays unread)
            if k not in entities:
                entities[k] = full[k] if k in hit else _light(k, state.info[k])
    for key in sorted(keys - set(entities)):
        if key in hit:
            if points_of is None:
                points_of = {row[4] for rows in provisions.values() for row in rows}
            entities[key] = full[key] = _unnamed_entity(result, docs, key, points_of)
        else:
            entities[key] = _light(key, state.info[key])
    for info in full.values():
        _finish_entity(result, info, names, links, part_of)
    def old_page(k: str) -> str | None:
        return f"doc/{old_docs[k]}.html" if k in old_docs else f"entity/{old_ents[k]}.html" if k in old_ents else None

    for k in hit & old_keys:               # what pages linking it show: the same, or the whole model
        row = state.info[k]
        if (entities[k].label, entities[k].type, pages.entity(k) if k in pages else None) != (row[0], row[1], old_page(k)):
            return None
    # the facts the pages made show: those about the entities touched, every fact of the documents
    # whose pages are made (the changed ones among them)
    facts = _facts(views.items(), about=hit, whole=hit | changed)
    figures = {d: f for d, f in state.figures.items() if d in docs and d not in changed}
    figures.update((d, _figures(docs[d])) for d in changed)
    dated = [f for f in state.dated if f.doc in docs and f.doc not in changed] + \
        _facts(((d, docs[d]) for d in sorted(changed)), "dated")
    dated.sort(key=_fact_order)
    counts = Counts({}, {}, {d: f[0] for d, f in figures.items()}, sum(f[1] for f in figures.values()), dated)
    model = SiteModel(docs, entities, facts, pages, result.info.time, scope=scope, counts=counts, keys=hit,
                      views=views, provisions=provisions)
    docs_naming = {k: n for k, n in state.docs_naming.items() if k in keys and k not in hit}
    docs_naming.update((k, len(full[k].mentions)) for k in hit if full[k].mentions)
    facts_about = {k: n for k, n in state.facts_about.items() if k in keys and k not in hit}
    facts_about.update((k, len(fs)) for k, fs in model.facts_of.items() if k in hit)
    counts.docs_naming, counts.facts_about = docs_naming, facts_about
    info = {k: (_info_row(entities[k]) if k in hit else state.info[k]) for k in entities}
    new_state = _State(state.code, state.authority, graph, dict(contents), touched, info, docs_naming,
                       facts_about, (pages._docs, pages._ents), figures, dated, provisions,
                       {d: titles[d] for d in docs})
    return Patch(model, hit, changed, new_state, shown_now)


# --------------------------------------------------------------------- per-document fragments
# What a document contributes to the pages of the entities it touches, kept in the cache under
# the document's key (its graph block's: document, extractor, authority, cross-document
# identities, curation) like the network's fragments (kg/exports/network.py). A patched model
# (:func:`patched_model`) reads, of each unchanged document in its scope, the parts of the
# entities whose pages it makes, instead of unpickling the document's extraction: an edit that
# touches an entity named everywhere (the Central Committee) brought every extraction in.
# A fragment is marshal (a dict of strings, numbers and tuples loads several times faster than
# a pickle of the extraction): entity key → its part, itself marshalled (only the parts of the
# entities a rebuild looks at are unpacked). Values marshal cannot hold (an entity's data of
# another type) leave the document without a fragment: its extraction is read then.

#: The fragments' layout: a change makes them again.
_FRAGMENT_VERSION = 2
FRAGMENT_DIR = "site-fragments"


def _fragment(ex: Extraction) -> "bytes | None":
    """The fragment of one extraction (see above), or None when a value does not marshal.
    An entity's part: (its entities: (index, label, type, is_class, data, mentions as (start,
    end, text)); the facts it is the subject or object of: (index, subject, predicate, object,
    literal, start, end, quote, attributed_to), the assertions not rejected; the provisions
    addressed to it or that are points of it: (index, number, document, start, end, text,
    addressees, modality, deadline, deadline precision); the numbers about it: (index, subject,
    quantity, value, start, end, text, unit, qualifier, value_text, point, applies_to))."""
    import marshal
    parts: dict[str, tuple[list, list, list, list]] = {}

    def part(key: str) -> tuple[list, list, list, list]:
        found = parts.get(key)
        if found is None:
            found = parts[key] = ([], [], [], [])
        return found
    for i, e in enumerate(ex.entities):      # the data the model keeps of it (:func:`_merge_entities`)
        part(e.id)[0].append((i, e.label, e.type, e.is_class, {k: v for k, v in e.data.items() if v},
                              tuple((s.start, s.end, s.text) for s in e.mentions)))
    for i, a in enumerate(ex.assertions):
        if a.status == "rejected":
            continue
        ev = a.evidence
        row = (i, a.subject, a.predicate, a.object, a.literal, ev.start, ev.end, ev.text, a.attributed_to)
        part(a.subject)[1].append(row)
        if a.object is not None and a.object != a.subject:
            part(a.object)[1].append(row)
    for i, p in enumerate(ex.provisions):
        row = (i, p.number, p.document, p.span.start, p.span.end, p.span.text, tuple(p.addressees), p.modality,
               p.deadline, p.deadline_precision)
        for k in dict.fromkeys([*p.addressees, p.document]):
            part(k)[2].append(row)
    for i, q in enumerate(ex.quantities):
        ev = q.evidence
        part(q.subject)[3].append((i, q.subject, q.quantity, q.value, ev.start, ev.end, ev.text, q.unit, q.qualifier,
                                   q.value_text, q.point, tuple(q.applies_to)))
    try:
        return marshal.dumps((_FRAGMENT_VERSION, ex.document.id,
                              {k: marshal.dumps(v) for k, v in parts.items()}))
    except ValueError:           # a value marshal does not hold
        return None


class _MentionSpan(NamedTuple):
    """A mention's span as an entity's page reads it (a Span's fields; a tuple is made faster)."""

    start: int
    end: int
    text: str


def _partial(ex: Extraction, blobs: "dict[str, bytes]", keys: "set[str]") -> Extraction:
    """What ``ex`` (unread) says of the entities ``keys``, from its fragment's parts ``blobs``:
    an Extraction holding its entities of those keys, the assertions, provisions and numbers
    about them, each in the extraction's order (what the site's model reads of it)."""
    import marshal
    from ..model import Assertion, Entity, Evidence
    doc = ex.document
    entities: dict[int, Entity] = {}
    assertions: dict[int, Assertion] = {}
    provisions: dict[int, Provision] = {}
    quantities: dict[int, Quantity] = {}
    for k in keys:
        blob = blobs.get(k)
        if blob is None:
            continue
        ents, facts, provs, qs = marshal.loads(blob)
        for i, label, etype, is_class, data, spans in ents:
            entities[i] = Entity(k, label, etype, list(map(_MentionSpan._make, spans)), is_class=is_class, data=data)
        for i, s, p, o, lit, start, end, quote, by in facts:
            if i not in assertions:
                assertions[i] = Assertion(s, p, Evidence(doc.id, start, end, quote), o, lit, attributed_to=by)
        for i, number, document, start, end, text, addressees, modality, deadline, precision in provs:
            if i not in provisions:
                provisions[i] = Provision(number, document, Span(start, end, text), list(addressees), modality,
                                          deadline, precision)
        for i, subject, quantity, value, start, end, text, unit, qualifier, value_text, point, applies in qs:
            quantities[i] = Quantity(subject, quantity, value, Evidence(doc.id, start, end, text), unit, qualifier,
                                     value_text, point, list(applies))
    return Extraction(doc, [entities[i] for i in sorted(entities)], [assertions[i] for i in sorted(assertions)],
                      [provisions[i] for i in sorted(provisions)], [quantities[i] for i in sorted(quantities)])


class FragmentStore:
    """The fragments of a build's documents under ``out/.cache/site-fragments/``, by the key of
    each document's graph block (``contents``) and this code; those of documents no longer in
    the corpus are removed (:meth:`prune`). Written by partkg itself, like the extraction cache."""

    def __init__(self, folder: Path, contents: dict[str, str]) -> None:
        code = _code_digest()
        self.folder = folder
        #: documents whose fragment was wanted and not found (written at the end of the build)
        self.missing: set[str] = set()
        self.keys = {d: hashlib.sha256(f"{_FRAGMENT_VERSION}/{code}/{c}".encode()).hexdigest()
                     for d, c in contents.items()}

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], f"{key}.frag")

    def get(self, doc_id: str) -> "dict[str, bytes] | None":
        import marshal
        key = self.keys.get(doc_id)
        if key is None:
            return None
        try:
            with open(self._path(key), "rb") as f:
                version, found, blobs = marshal.loads(f.read())
        except Exception:            # noqa: BLE001 - missing or unreadable: the extraction is read
            return None
        return blobs if version == _FRAGMENT_VERSION and found == doc_id and isinstance(blobs, dict) else None

    def has(self, doc_id: str) -> bool:
        key = self.keys.get(doc_id)
        return key is not None and os.path.exists(self._path(key))

    def put(self, ex: Extraction) -> None:
        from ..atomic import atomic_file as _atomic
        key = self.keys.get(ex.document.id)
        data = _fragment(ex) if key is not None else None
        if data is None:
            return
        try:
            with _atomic(Path(self._path(key)), durable=False) as f:   # type: ignore[arg-type]
                f.write(data)
        except (OSError, ValueError):
            pass

    def prune(self) -> int:
        from ..cache import prune_unused
        return prune_unused(Path(self.folder), set(self.keys.values()))


def _views(docs: dict[str, Extraction], scope: set[str], keys: set[str], changed: set[str],
           fragments: "FragmentStore | None") -> dict[str, Extraction]:
    """What a patched model reads of each document of its ``scope`` (in document order): its
    extraction when it changed, when its own page is made (in ``keys``: all its facts are
    shown) or when it has been read already; else what its fragment says of ``keys``
    (:func:`_partial`); a document without a readable fragment is read (see FragmentStore.missing)."""
    views: dict[str, Extraction] = {}
    for d, ex in docs.items():
        if d not in scope:
            continue
        if fragments is None or d in changed or d in keys or is_loaded(ex):
            views[d] = ex
            continue
        blobs = fragments.get(d)
        if blobs is None:
            fragments.missing.add(d)
            views[d] = ex
        else:
            views[d] = _partial(ex, blobs, keys)
    return views


# ---------------------------------------------------------------------------------------- pieces
def _page(model: SiteModel, title: str, body: str, *, depth: int, script: str = "", lang: str = "en",
          stamped: bool = False) -> str:
    """A page of the site. Only the index and the timeline (``stamped``), made on every build,
    name the build's time: a document's or an entity's page shows what it is made from, so a
    rebuild keeps the pages an edit does not touch (see :func:`iter_site_incremental`)."""
    up = "../" * depth
    stamp = f" \u00b7 built {_e(model.built)}" if stamped else ""
    nav = (f'<nav class="top"><a href="{up}index.html">Index</a><a href="{up}timeline.html">Timeline</a>'
           f'<a href="{up}../graph.html">Interactive graph</a></nav>')
    js = f"<script>{script}</script>" if script else ""
    return (f'<!DOCTYPE html>\n<html lang="{_e(lang)}"><head><meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            f'<meta name="referrer" content="no-referrer">\n'
            f"<title>{_e(title)} \u2014 partkg</title>\n<style>{_asset('site.css')}</style></head>\n"
            f"<body>{nav}\n{body}\n<footer class=\"note\">partkg {_e(__version__)}{stamp}"
            f"</footer>{js}</body></html>\n")


def _badge(t: str) -> str:
    return f'<span class="badge b-{_e(t)}">{_e(t)}</span>'


def _ent_link(model: SiteModel, key: str, up: str, text: str | None = None) -> str:
    if text is None:
        found = model.memo.get(("link", key, up))
        if found is None:
            found = model.memo[("link", key, up)] = _ent_link(model, key, up, model.label(key))
        return found
    if key in model.pages:
        return f'<a href="{up}{model.pages.entity(key)}">{_e(text)}</a>'
    return _e(text)


def _source(model: SiteModel, doc: str, up: str) -> tuple[str, str]:
    """The link to a document's page and what follows the anchor of a fact's source: its
    title, closed, and its date."""
    found = model.memo.get(("source", doc, up))
    if found is None:
        date = model.doc_date(doc)
        found = model.memo[("source", doc, up)] = (
            f"{up}{model.pages.doc(doc)}",
            f'{_e(model.doc_title(doc))}</a>{" (" + _e(date) + ")" if date else ""}')
    return found


def _ev_href(model: SiteModel, up: str, doc: str, start: int, end: int) -> str:
    return f"{up}{model.pages.doc(doc)}#ev-{start}-{end}"


def _fact_li(model: SiteModel, f: Fact, up: str) -> str:
    """A fact as a list item (made once per build: the pages of its subject, its object and its
    document show it alike)."""
    found = model.memo.get((id(f), up))
    if found is None:
        found = model.memo[(id(f), up)] = _render_fact_li(model, f, up)
    return found


def _render_fact_li(model: SiteModel, f: Fact, up: str) -> str:
    obj = _ent_link(model, f.object, up) if f.object is not None else f'<q>{_e(f.literal or "")}</q>'
    voice = '<span class="reported">reported by</span>' if f.reported else "according to"
    href, cite = _source(model, f.doc, up)
    return (f'<li class="fact"><div>{_ent_link(model, f.subject, up)} <span class="pred">{_e(f.predicate)}</span> '
            f'{obj}</div><blockquote>\u201c{_e(f.quote)}\u201d</blockquote>'
            f'<div class="meta">{voice} <a href="{href}#ev-{f.start}-{f.end}">{cite}'
            f" \u00b7 characters {f.start}\u2013{f.end}</div></li>")


def _facts_ul(model: SiteModel, facts: list[Fact], up: str) -> str:
    return '<ul class="facts">' + "".join(_fact_li(model, f, up) for f in facts) + "</ul>"


DOT = " \u00b7 "
ELLIPSIS = " \u2026"
_LANG = {"en": "English", "ru": "Russian", "": "Other forms"}


def _names_html(info: EntityInfo, surface: list[str]) -> str:
    rows = defaultdict(list)
    seen: set[str] = set()
    for lang, name in sorted(info.names, key=lambda x: (x[0] == "", x[0], x[1])):   # tagged names first
        if name not in seen:
            seen.add(name)
            rows[lang].append(name)
    out = []
    for lang in sorted(rows, key=lambda k: (k not in ("en", "ru"), k == "", k)):
        out.append(f"<dt>{_e(_LANG.get(lang, lang))}</dt><dd lang=\"{_e(lang or 'und')}\">"
                   f"{DOT.join(_e(n) for n in rows[lang])}</dd>")
    if surface:
        out.append(f"<dt>As written in the documents</dt><dd>{DOT.join(_e(s) for s in surface)}</dd>")
    return f'<dl class="md">{"".join(out)}</dl>' if out else ""


def _external(iri: str) -> tuple[str, str]:
    m = re.match(r"^https?://www\.wikidata\.org/entity/(Q\d+)$", iri)
    if m:
        return f"https://www.wikidata.org/wiki/{m.group(1)}", f"Wikidata {m.group(1)}"
    m = re.match(r"^https?://viaf\.org/viaf/(\d+)/?$", iri)
    if m:
        return iri, f"VIAF {m.group(1)}"
    m = re.match(r"^https?://sws\.geonames\.org/(\d+)/?$", iri)
    if m:
        return f"https://www.geonames.org/{m.group(1)}/", f"GeoNames {m.group(1)}"
    return iri, iri


def _ego_svg(model: SiteModel, key: str, facts: list[Fact], up: str, limit: int = 16) -> str:
    """A small picture of an entity and its neighbours (static SVG, links to their pages)."""
    weight: Counter = Counter()
    preds: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.object is None or f.subject == f.object:
            continue
        other, p = (f.object, f.predicate) if f.subject == key else (f.subject, f"\u2190 {f.predicate}")
        weight[other] += 1
        preds[other].add(p)
    if not weight:
        return ""
    near = sorted(weight, key=lambda k: (-weight[k], model.label(k), k))[:limit]
    w, h, rx, ry = 900, 420, 230, 150
    cx, cy = w / 2, h / 2
    parts = [f'<svg class="ego" viewBox="0 0 {w} {h}" role="img" aria-label="the entity and its neighbours">']
    spots = []
    for i, k in enumerate(near):
        a = -math.pi / 2 + 2 * math.pi * i / len(near)
        spots.append((k, cx + rx * math.cos(a), cy + ry * math.sin(a), a))
    for k, x, y, _ in spots:
        label = ", ".join(sorted(preds[k]))
        label = label if len(label) <= 30 else label[:29] + "\u2026"
        parts.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#b5bec8"/>'
                     f'<text class="el" x="{(cx + x) / 2:.1f}" y="{(cy + y) / 2 - 3:.1f}" text-anchor="middle">{_e(label)}</text>')
    for k, x, y, a in spots:
        color = TYPE_STYLE.get(model.entities[k].type if k in model.entities else "", ("#999",))[0]
        anchor = "start" if math.cos(a) > 0.2 else "end" if math.cos(a) < -0.2 else "middle"
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (22 if math.sin(a) > 0 else -14)
        label = model.label(k)
        label = label if len(label) <= 30 else label[:29] + "\u2026"
        body = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="8" fill="{color}" stroke="#333"/>'
                f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{_e(label)}</text>')
        parts.append(f'<a href="{up}{model.pages.entity(k)}"><title>{_e(model.label(k))}</title>{body}</a>'
                     if k in model.pages else body)
    color = TYPE_STYLE.get(model.entities[key].type, ("#999",))[0]
    label = model.label(key)
    label = label if len(label) <= 40 else label[:39] + "\u2026"
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="13" fill="{color}" stroke="#000" stroke-width="2"/>'
                 f'<text x="{cx}" y="{cy + 30}" text-anchor="middle" font-weight="bold">{_e(label)}</text></svg>')
    more = len(weight) - len(near)
    note = f'<p class="note">and {more} more neighbours (see the facts below)</p>' if more > 0 else ""
    return "".join(parts) + note


# ---------------------------------------------------------------------------------------- text
_HIGHLIGHT_JS = """(function(){'use strict';
function mark(){var m=/^#ev-(\\d+)-(\\d+)$/.exec(location.hash);var s=m?+m[1]:-1,e=m?+m[2]:-1;
document.querySelectorAll('.ev').forEach(function(x){var a=+x.getAttribute('data-s'),b=+x.getAttribute('data-e');
x.classList.toggle('hl',m!==null&&a>=s&&b<=e);});}
window.addEventListener('hashchange',mark);mark();})();"""


def _render_text(model: SiteModel, ex: Extraction, evidence: list[tuple[int, int]], points: dict[int, int]) -> str:
    """The document text, escaped, with every mention linked to its entity page (the innermost
    mention wins where they nest) and every stretch of evidence marked (``.ev``, anchored at its
    start as ``#ev-START-END``); ``points`` maps a provision's start offset to its number."""
    text = ex.document.text
    n = len(text)
    mentions = sorted({(s.start, s.end, e.id) for e in ex.entities for s in e.mentions
                       if 0 <= s.start < s.end <= n})
    ev = sorted({(s, e) for s, e in evidence if 0 <= s < e <= n})
    bounds = sorted({0, n, *(m[0] for m in mentions), *(m[1] for m in mentions),
                     *(s for s, _ in ev), *(e for _, e in ev), *(p for p in points if 0 <= p <= n)})
    starts_m: dict[int, list] = defaultdict(list)
    for m in mentions:
        starts_m[m[0]].append(m)
    starts_ev: dict[int, list] = defaultdict(list)
    for s, e in ev:
        starts_ev[s].append((s, e))
    active_m: set = set()
    active_ev: set = set()
    out = []
    used_ids: set[str] = set()
    for a, b in zip(bounds, bounds[1:]):
        active_m = {m for m in active_m if m[1] > a} | set(starts_m.get(a, ()))
        active_ev = {x for x in active_ev if x[1] > a} | set(starts_ev.get(a, ()))
        if a in points and f"point-{points[a]}" not in used_ids:
            used_ids.add(f"point-{points[a]}")
            out.append(f'<span id="point-{points[a]}"></span>')
        for s, e in starts_ev.get(a, ()):
            out.append(f'<span id="ev-{s}-{e}"></span>')
        chunk = _e(text[a:b])
        if active_m:
            m = min(active_m, key=lambda m: (m[1] - m[0], m[0], m[2]))
            info = model.entities.get(m[2])
            etype = info.type if info else "Thing"
            mid = f"m-{m[0]}"
            attr = f' id="{mid}"' if a == m[0] and mid not in used_ids else ""
            used_ids.add(mid)
            href = "#top" if m[2] == ex.document.id else f"../{model.pages.entity(m[2])}"
            chunk = f'<a class="m t-{_e(etype)}"{attr} href="{href}">{chunk}</a>'
        if active_ev:
            chunk = f'<span class="ev" data-s="{a}" data-e="{b}">{chunk}</span>'
        out.append(chunk)
    return "".join(out)


# ---------------------------------------------------------------------------------------- pages
def _doc_page(model: SiteModel, doc_id: str) -> str:
    ex = model.docs[doc_id]
    doc = ex.document
    up = "../"
    title = str(doc.title or doc_id)
    meta = []
    keys = [k for k in _META_ORDER if doc.meta.get(k)] + sorted(
        k for k in doc.meta if k not in _META_ORDER and k not in ("title", "id") and doc.meta.get(k))
    for k in keys:
        v = doc.meta[k]
        v = ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
        meta.append(f"<dt>{_e(k.replace('_', ' '))}</dt><dd>{_e(v)}</dd>")
    meta.append(f"<dt>document id</dt><dd><code>{_e(doc_id)}</code></dd>")
    body = [f'<h1 id="top">{_e(title)}</h1>',
            f'<p class="meta">{_badge("Document")} <a href="../../graph.html#n={_e(doc_id)}">show in the graph</a></p>',
            f'<dl class="md">{"".join(meta)}</dl>']
    about = [f for f in model.facts_of.get(doc_id, ()) if f.doc != doc_id]
    if about:
        body.append(f"<h2>What other documents say about it ({len(about)})</h2>" + _facts_ul(model, about, up))
    if ex.provisions:
        items = []
        for p in sorted(ex.provisions, key=lambda p: (p.span.start, p.number)):
            extra = []
            if p.document != doc_id:
                extra.append(f"point of {_ent_link(model, p.document, up)}")
            if p.addressees:
                extra.append("addressed to " + ", ".join(_ent_link(model, k, up) for k in p.addressees))
            if p.deadline:
                extra.append(f"deadline {_e(p.deadline)}")
            snippet = p.span.text if len(p.span.text) <= 400 else p.span.text[:399] + "\u2026"
            items.append(f'<li value="{p.number}"><span class="pred">{_e(p.modality)}</span>: '
                         f'<a href="#ev-{p.span.start}-{p.span.end}">{_e(snippet)}</a>'
                         f'<div class="meta">{"; ".join(extra)}</div></li>')
        body.append(f'<h2>Provisions ({len(ex.provisions)})</h2><ol class="points">{"".join(items)}</ol>')
    stated = list(model.facts_in.get(doc_id, ()))
    evidence = [(f.start, f.end) for f in stated] + [(p.span.start, p.span.end) for p in ex.provisions] + \
        [(q.evidence.start, q.evidence.end) for q in ex.quantities]
    points = {p.span.start: p.number for p in sorted(ex.provisions, key=lambda p: -p.number)}
    body.append(f'<h2>Text</h2><p class="note">Underlined: a mention (follow it to the entity). '
                f'Highlighted: the evidence a link pointed to.</p>'
                f'<div class="text" lang="{_e(doc.language)}">{_render_text(model, ex, evidence, points)}</div>')
    if stated:
        body.append(f"<h2>Facts stated in this document ({len(stated)})</h2>" + _facts_ul(model, stated, up))
    if ex.quantities:
        items = []
        for q in ex.quantities:
            value = q.value_text or q.value
            what = " ".join(str(x) for x in (q.qualifier, value, q.unit) if x not in (None, ""))
            items.append(f'<li>{_ent_link(model, q.subject, up)}: {_e(q.quantity)} <b>{_e(what)}</b> '
                         f'\u2014 <a href="#ev-{q.evidence.start}-{q.evidence.end}">\u201c{_e(q.evidence.text)}\u201d</a></li>')
        body.append(f"<h2>Numbers ({len(ex.quantities)})</h2><ul>{''.join(items)}</ul>")
    by_type: dict[str, list] = defaultdict(list)
    for e in ex.entities:
        if e.id != doc_id:
            by_type[model.entities[e.id].type].append(e)
    if by_type:
        body.append("<h2>Named in this document</h2>")
        for t in sorted(by_type):
            items = "".join(f'<li>{_ent_link(model, e.id, up)} <span class="note">\u00d7{len(e.mentions)}</span></li>'
                            for e in sorted(by_type[t], key=lambda e: (model.label(e.id).lower(), e.id)))
            body.append(f"<h3>{_badge(t)} {len(by_type[t])}</h3><ul class=\"cols\">{items}</ul>")
    return _page(model, title, "\n".join(body), depth=1, script=_HIGHLIGHT_JS, lang="en")


def _entity_page(model: SiteModel, key: str) -> str:
    info = model.entities[key]
    up = "../"
    facts = list(model.facts_of.get(key, ()))
    body = [f'<h1 id="top">{_e(info.label)}</h1>',
            f'<p class="meta">{_badge(info.type)}{" class of " + _e(info.type.lower()) + " entities" if info.is_class else ""}'
            f' \u00b7 <a href="../../graph.html#n={_e(key)}">show in the graph</a></p>']
    details = []
    if info.data.get("start") or info.data.get("end"):
        details.append(f"<dt>dates</dt><dd>{_e(info.data.get('start') or '?')} \u2013 {_e(info.data.get('end') or '?')}</dd>")
    if info.part_of:
        details.append(f"<dt>part of</dt><dd>{_ent_link(model, info.part_of, up)}</dd>")
    parts = sorted(model.parts_of.get(key, ()), key=lambda k: model.label(k))
    if parts:
        details.append(f"<dt>has parts</dt><dd>{', '.join(_ent_link(model, k, up) for k in parts)}</dd>")
    if info.links:
        links = []
        for iri in info.links:
            href, text = _external(iri)
            links.append(f'<a href="{_e(href)}" rel="noopener noreferrer">{_e(text)}</a>')
        details.append(f"<dt>elsewhere</dt><dd>{DOT.join(links)}</dd>")
    details.append(f"<dt>identifier</dt><dd><code>{_e(key)}</code></dd>")
    body.append(f'<dl class="md">{"".join(details)}</dl>')
    surface = sorted({s.text for spans in info.mentions.values() for s in spans} - {info.label} -
                     {n for _, n in info.names}, key=lambda x: (x.lower(), x))
    names = _names_html(info, surface[:40])
    if names:
        body.append(f"<h2>Names</h2>{names}")
    ego = _ego_svg(model, key, facts, up)
    if ego:
        body.append(f"<h2>Neighbours</h2>{ego}")
    if facts:
        body.append(f"<h2>Facts ({len(facts)})</h2>" + _facts_ul(model, facts, up))
    if info.mentions:
        items = []
        dates = model._dates
        for doc_id in sorted(info.mentions, key=lambda d: (dates.get(d) or "9999", d)):
            spans = sorted({(s.start, s.end, s.text) for s in info.mentions[doc_id]})   # Span's order, compared in C
            page = f"../{model.pages.doc(doc_id)}"
            occ = " ".join(f'<a href="{page}#m-{s[0]}">{i}</a>' for i, s in enumerate(spans[:30], 1))
            date = model.doc_date(doc_id)
            items.append(f'<li><a href="{page}">{_e(model.doc_title(doc_id))}</a>'
                         f'{" (" + _e(date) + ")" if date else ""} \u2014 {len(spans)} mention{"s" if len(spans) != 1 else ""}: '
                         f'{occ}{ELLIPSIS if len(spans) > 30 else ""}</li>')
        body.append(f"<h2>Mentioned in {len(info.mentions)} document{'s' if len(info.mentions) != 1 else ''}</h2>"
                    f"<ul>{''.join(items)}</ul>")
    addressed = list(model.provisions_for.get(key, ()))
    if addressed:
        items = []
        for doc_id, p in addressed:
            snippet = p.span.text if len(p.span.text) <= 300 else p.span.text[:299] + "\u2026"
            role = "point" if p.document == key else f"addressed by point {p.number} ({_e(p.modality)})"
            items.append(f'<li>{role} of {_ent_link(model, p.document, up)}: '
                         f'<a href="{_ev_href(model, up, doc_id, p.span.start, p.span.end)}">\u201c{_e(snippet)}\u201d</a>'
                         f'{DOT + "deadline " + _e(p.deadline) if p.deadline else ""}</li>')
        body.append(f"<h2>Provisions ({len(addressed)})</h2><ul>{''.join(items)}</ul>")
    numbers = list(model.quantities_for.get(key, ()))
    if numbers:
        items = []
        for doc_id, q in numbers:
            what = " ".join(str(x) for x in (q.qualifier, q.value_text or q.value, q.unit) if x not in (None, ""))
            items.append(f'<li>{_e(q.quantity)}: <b>{_e(what)}</b> \u2014 '
                         f'<a href="{_ev_href(model, up, doc_id, q.evidence.start, q.evidence.end)}">\u201c{_e(q.evidence.text)}\u201d</a>'
                         f' ({_e(model.doc_title(doc_id))})</li>')
        body.append(f"<h2>Numbers</h2><ul>{''.join(items)}</ul>")
    return _page(model, info.label, "\n".join(body), depth=1)


_SEARCH_JS = """(function(){'use strict';
var data=JSON.parse(document.getElementById('entities').textContent);
function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
var idx=data.map(function(d){return fold(d.l+'\\u0001'+d.n.join('\\u0001'));});
var q=document.getElementById('q'),hits=document.getElementById('hits');
function run(){var s=fold(q.value.trim());hits.textContent='';if(!s)return;var n=0;
for(var i=0;i<data.length&&n<50;i++){if(idx[i].indexOf(s)<0)continue;n++;
var li=document.createElement('li'),a=document.createElement('a');a.href=data[i].h;a.textContent=data[i].l;
li.appendChild(a);li.appendChild(document.createTextNode(' \\u2014 '+data[i].t));hits.appendChild(li);}
if(!n){var none=document.createElement('li');none.textContent='No entity matches.';hits.appendChild(none);}}
q.addEventListener('input',run);run();})();"""


def _index_page(model: SiteModel) -> str:
    docs = sorted(model.docs, key=lambda d: (model.doc_date(d) or "9999", d))
    n_mentions = model.n_mentions()
    types = Counter(e.type for e in model.entities.values())
    body = ["<h1>partkg: documents and entities</h1>",
            f'<p>{len(docs)} documents \u00b7 {len(model.entities)} entities \u00b7 {model.n_facts()} facts, '
            f'each with its evidence \u00b7 {n_mentions} mentions \u00b7 '
            f'{sum(len(model.provision_rows(d)) for d in model.docs)} provisions</p>',
            '<h2>Search</h2><input id="q" type="search" placeholder="A name, in English or Russian (e.g. Stalin)" '
            'aria-label="Search entities" autocomplete="off"><ul id="hits" aria-live="polite"></ul>']
    rows = []
    for d in docs:
        doc = model.docs[d].document
        rows.append(f'<tr><td><a href="{model.pages.doc(d)}">{_e(model.doc_title(d))}</a></td>'
                    f'<td class="d">{_e(model.doc_date(d))}</td><td>{_e(doc.genre)}</td><td>{_e(doc.language)}</td>'
                    f'<td class="n">{model.n_entities_in(d)}</td><td class="n">{model.n_facts_in(d)}</td>'
                    f'<td class="n">{len(model.provision_rows(d))}</td></tr>')
    body.append(f"<h2>Documents ({len(docs)})</h2><table><thead><tr><th>title</th><th>date</th><th>genre</th>"
                f"<th>lang.</th><th>entities</th><th>facts</th><th>provisions</th></tr></thead><tbody>"
                f"{''.join(rows)}</tbody></table>")
    n_facts = model.facts_about
    body.append("<h2>Entities by type</h2><p>" + " \u00b7 ".join(
        f'<a href="#type-{_e(t)}">{_e(t)}</a> {types[t]}' for t in sorted(types)) + "</p>")
    for t in sorted(types):
        keys = sorted((k for k, e in model.entities.items() if e.type == t), key=lambda k: (model.label(k).lower(), k))
        items = "".join(f'<li><a href="{model.pages.entity(k)}">{_e(model.label(k))}</a> '
                        f'<span class="note">{model.docs_naming(k)} doc. \u00b7 {n_facts.get(k, 0)} facts</span></li>'
                        for k in keys)
        body.append(f'<details id="type-{_e(t)}"{" open" if len(keys) <= 100 else ""}><summary>{_badge(t)} {len(keys)}</summary>'
                    f'<ul class="cols">{items}</ul></details>')
    search = [{"l": model.label(k), "n": sorted({n for _, n in e.names} - {e.label}), "t": e.type,
               "h": model.pages.entity(k)} for k, e in sorted(model.entities.items())]
    body.append(f'<script type="application/json" id="entities">{safe_json(search)}</script>')
    return _page(model, "Index", "\n".join(body), depth=0, script=_SEARCH_JS, stamped=True)


def _timeline_page(model: SiteModel) -> str:
    rows: list[tuple[str, str, str, str]] = []          # (date, kind, html, sort key)
    for d, ex in model.docs.items():
        date = model.doc_date(d)
        if not _DATE.match(date):
            continue
        pts = ""
        provisions = model.provision_rows(d)       # (number, start, end, deadline, document)
        if provisions:
            pts = '<div class="meta">points: ' + " ".join(
                f'<a href="{model.pages.doc(d)}#ev-{p[1]}-{p[2]}">{p[0]}</a>'
                for p in sorted(provisions, key=lambda p: (p[1], p[0]))) + "</div>"
        kind = (ex.document.genre or "document").capitalize()
        rows.append((date, kind, f'<a href="{model.pages.doc(d)}">{_e(model.doc_title(d))}</a>{pts}', d))
        for number, start, end, deadline, document in provisions:
            if deadline and _DATE.match(deadline):
                rows.append((deadline, "Deadline",
                             f'point {number} of <a href="{model.pages.doc(d)}#ev-{start}-{end}">'
                             f'{_e(model.doc_title(document))}</a>', f"{d}#{number}"))
    dated: dict[str, list[Fact]] = defaultdict(list)
    for f in model.dated_facts():
        if f.literal and _DATE.match(f.literal) and f.subject not in model.docs:
            dated[f.subject].append(f)
    for key, fs in dated.items():
        info = model.entities.get(key)
        kind = {"Document": "Cited document", "Event": "Event"}.get(info.type if info else "", info.type if info else "")
        for lit in sorted({f.literal for f in fs}):
            src = [f for f in fs if f.literal == lit]
            ev = "; ".join(f'<a href="{model.pages.doc(f.doc)}#ev-{f.start}-{f.end}">\u201c{_e(f.quote)}\u201d</a>' for f in src[:3])
            rows.append((lit, kind, f'{_ent_link(model, key, "")}<div class="meta">{ev}</div>', key))
    for key, info in model.entities.items():
        if info.type == "Event" and key not in dated and _DATE.match(str(info.data.get("start") or "")):
            span = f"{info.data['start']} \u2013 {info.data.get('end') or '?'}"
            rows.append((str(info.data["start"]), "Event", f'{_ent_link(model, key, "")} <span class="note">{_e(span)}</span>', key))
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    body = ["<h1>Timeline</h1>",
            f"<p>{len(rows)} dated items: the documents of the corpus (by their date), the documents and "
            "decisions they cite, the deadlines their provisions set, and events.</p>"]
    year = None
    items: list[str] = []
    for date, kind, html, _ in rows:
        y = year_of(date)
        if y != year:
            if items:
                body.append(f'<ul class="tl">{"".join(items)}</ul>')
                items = []
            body.append(f'<h2 class="tl-year" id="y{y}">{y}</h2>')
            year = y
        items.append(f'<li><span class="d">{_e(date)}</span><span><span class="pred">{_e(kind)}</span> {html}</span></li>')
    if items:
        body.append(f'<ul class="tl">{"".join(items)}</ul>')
    return _page(model, "Timeline", "\n".join(body), depth=0, stamped=True)


def iter_site(model: SiteModel) -> Iterator[tuple[str, str]]:
    """Every page of the site, one at a time: (relative path, HTML)."""
    yield "index.html", _index_page(model)
    yield "timeline.html", _timeline_page(model)
    for doc_id in model.docs:
        yield model.pages.doc(doc_id), _doc_page(model, doc_id)
    for key in model.entities:
        if key not in model.docs:
            yield model.pages.entity(key), _entity_page(model, key)


def render_site(model: SiteModel) -> dict[str, str]:
    """Every page of the site: relative path → HTML."""
    return dict(iter_site(model))


class _Same(str):
    """A page's path in the site in place, when the page is unchanged (linked, not written)."""


def _swap_in(out: Path, pages: Iterable[tuple[str, "str | Path"]]) -> list[Path]:
    """Write ``pages`` into a new folder, then put it in place of ``site/`` (pages are written
    as they come, so memory holds one at a time). A page given as a Path or :class:`_Same` (a
    page of the site in place, unchanged) is hard-linked, not copied (copied where links are
    not allowed)."""
    out.mkdir(parents=True, exist_ok=True)
    final = out / SITE_DIR
    tmp = tempfile.mkdtemp(prefix=f".{SITE_DIR}.", dir=out)
    old = out / f".{SITE_DIR}.old.{os.getpid()}"
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)
        written = []
        folders: set[str] = set()
        for rel, html in pages:
            p = os.path.join(tmp, rel)
            parent = os.path.dirname(p)
            if parent not in folders:
                os.makedirs(parent, exist_ok=True)
                folders.add(parent)
            if isinstance(html, (Path, _Same)):
                try:
                    os.link(html, p)
                except OSError:
                    shutil.copyfile(html, p)
            else:
                with open(p, "w", encoding="utf-8") as f:
                    f.write(html)
            written.append(rel)
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return [_child(final, rel) for rel in sorted(set(written))]


def _child(folder: Path, rel: str) -> Path:
    """``folder / rel`` for a page's relative path (names joined by "/", none empty, "." or
    ".."), made without parsing it again: 10,000 pages' paths cost 0.2 s through ``/``."""
    path = folder
    for name in rel.split("/"):
        make = getattr(path, "_make_child_relpath", None)     # pathlib's own, for a name it has checked
        if make is None or not name or name in (".", "..") or os.sep != "/":
            return folder / rel
        path = make(name)
    return path


# ------------------------------------------------------------------------- incremental pages
#: Where a build records, for each page of ``site/``, a digest of what it was rendered from
#: and the file's size and modification time (``.cache/site.json``).
_RECORD = "site.json"


def _code_digest() -> str:
    """The code and assets a page is rendered with: a change renders every page again."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for f in (root / "site.py", root / "html.py", root.parent / "iri.py", root.parent / "model.py",
              *sorted((root / "assets").glob("site*"))):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _ref(model: SiteModel, key: str) -> tuple:
    """What a page shows of an entity it links to."""
    info = model.entities.get(key)
    return (key, model.label(key), info.type if info else None,
            model.pages.entity(key) if key in model.pages else None)


def _doc_ref(model: SiteModel, doc_id: str) -> tuple:
    return (doc_id, model.doc_title(doc_id), model.doc_date(doc_id), model.pages.doc(doc_id))


class _Refs:
    """Digests of what a page shows of an entity it links to (:func:`_ref`) and of a document
    it draws from (:func:`_doc_ref` and the document's ``contents`` key), each made once per
    build, not once per page that shows it."""

    def __init__(self, model: SiteModel, contents: dict[str, str]) -> None:
        self.model = model
        self.contents = contents
        self._keys: dict[str, str] = {}
        self._docs: dict[str, str] = {}
        self._doc_refs: dict[str, str] = {}
        #: document id → [its contents key, {entity key: digest of what the entity's page shows
        #: from the document}] (see :meth:`shown`): kept in the record, read back from it
        self.shown_in: dict[str, list] = {}
        self.old_shown: dict[str, list] = {}

    @staticmethod
    def _hash(value: object) -> str:
        return hashlib.sha1(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:24]

    def key(self, key: str) -> str:
        found = self._keys.get(key)
        if found is None:
            found = self._keys[key] = self._hash(_ref(self.model, key))
        return found

    def doc(self, doc_id: str) -> str:
        found = self._docs.get(doc_id)
        if found is None:
            found = self._docs[doc_id] = self._hash((_doc_ref(self.model, doc_id), self.contents.get(doc_id)))
        return found

    def doc_ref(self, doc_id: str) -> str:
        """What a page shows of a document it cites (title, date, page), without its contents."""
        found = self._doc_refs.get(doc_id)
        if found is None:
            found = self._doc_refs[doc_id] = self._hash(_doc_ref(self.model, doc_id))
        return found

    def shown(self, doc_id: str) -> dict[str, str]:
        """Entity key → a digest of what its page shows from the document ``doc_id`` (its facts
        there, its mentions, the provisions addressed to it, the numbers about it). Taken from
        the previous build's record when the document's contents key is the one recorded (an
        unchanged extraction shows the same), else made from the document (an edited one)."""
        found = self.shown_in.get(doc_id)
        if found is None:
            content = self.contents.get(doc_id)
            old = self.old_shown.get(doc_id)
            if content is not None and isinstance(old, list) and len(old) == 2 and old[0] == content \
                    and isinstance(old[1], dict):
                found = self.shown_in[doc_id] = old
            else:
                found = self.shown_in[doc_id] = [content, _shown_from(self.model, doc_id)]
        return found[1]


def _shown_from(model: SiteModel, doc_id: str) -> dict[str, str]:
    """See :meth:`_Refs.shown`: what :func:`_entity_page` reads of the document ``doc_id``, per entity."""
    ex = model.docs[doc_id]
    # a patched model may hold some of the document's facts only: they are read from it then
    return _shown_parts(ex, model.facts_in.get(doc_id, ()) if model.scope is None else _facts([(doc_id, ex)]))


def _shown_parts(ex: Extraction, stated: Iterable[Fact]) -> dict[str, str]:
    """:func:`_shown_from` of an extraction and the facts it states, in site order: per entity
    key, a digest of its facts there, its mentions, label, type and data there (what its page
    and the pages linking it take from the document), the provisions addressed to it and the
    numbers about it."""
    parts: dict[str, list] = defaultdict(list)
    for f in stated:
        parts[f.subject].append(f)
        if f.object is not None and f.object != f.subject:
            parts[f.object].append(f)
    for e in ex.entities:
        parts[e.id].append(("mentions", e.mentions, e.label, e.type, e.is_class, e.data))
    for p in ex.provisions:
        for k in dict.fromkeys([*p.addressees, p.document]):
            parts[k].append(p)
    for q in ex.quantities:
        parts[q.subject].append(q)
    return {k: _Refs._hash(v) for k, v in parts.items()}


def _doc_page_inputs(model: SiteModel, doc_id: str, content: str, refs: _Refs) -> str:
    """Everything :func:`_doc_page` reads, as a digest; ``content`` names the extraction (its
    graph block's key: document, extractor, authority, cross-document identity, curation), so
    the facts it states are named by it, and the facts other documents state about it by
    theirs; entities it links to by what the page shows of them (``refs``)."""
    ex = model.docs[doc_id]
    about = [f for f in model.facts_of.get(doc_id, ()) if f.doc != doc_id]
    stated = model.facts_in.get(doc_id, ())
    keys = {e.id for e in ex.entities}
    for f in (*about, *stated):
        keys.add(f.subject)
        if f.object is not None:
            keys.add(f.object)
    for p in ex.provisions:
        keys.add(p.document)
        keys.update(p.addressees)
    keys.update(q.subject for q in ex.quantities)
    h = hashlib.sha256()
    h.update(repr((content, refs.doc(doc_id), [refs.doc(d) for d in sorted({f.doc for f in about})],
                   [refs.key(k) for k in sorted(keys)])).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _entity_page_inputs(model: SiteModel, key: str, refs: _Refs) -> str:
    """Everything :func:`_entity_page` reads, as a digest. What the page shows from a document
    (facts, mentions, provisions, numbers) is named by a digest of just that (:meth:`_Refs.shown`,
    made again only for a document whose extraction changed), so the digest costs the documents
    and neighbours named, not the facts and quotes, and an edit renders again only the pages of
    the entities whose part of the edited document changed (not every entity it names)."""
    info = model.entities[key]
    facts = model.facts_of.get(key, ())
    parts = model.parts_of.get(key, ())
    addressed = model.provisions_for.get(key, ())
    numbers = model.quantities_for.get(key, ())
    keys = {key, *parts}
    if info.part_of:
        keys.add(info.part_of)
    docs = set(info.mentions)
    for f in facts:
        keys.add(f.subject)
        if f.object is not None:
            keys.add(f.object)
        docs.add(f.doc)
    keys.update(p.document for _, p in addressed)
    docs.update(d for d, _ in addressed)
    docs.update(d for d, _ in numbers)
    h = hashlib.sha256()
    h.update(repr((info.key, info.label, info.type, info.is_class, sorted(info.data.items(), key=repr),
                   info.names, info.links, info.part_of, sorted(parts), [refs.key(k) for k in sorted(keys)],
                   [(d, refs.doc_ref(d), refs.shown(d).get(key)) for d in sorted(docs)])).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


#: 2: the record also keeps what each entity's page shows from each document (``shown``); 3: no
#: page but the index and the timeline shows the build's time; 4: what an entity's page shows from a
#: document includes its label, type and data there
_RECORD_VERSION = 4


def _read_record(out: Path) -> tuple[dict[str, list], dict[str, list]]:
    """The pages recorded (path → [digest, size, mtime, inode]) and, per document, [its contents
    key, what each entity's page shows from it] (:meth:`_Refs.shown`)."""
    import json
    try:
        record = json.loads((out / ".cache" / _RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    if not isinstance(record, dict) or record.get("version") != _RECORD_VERSION or record.get("code") != _code_digest():
        return {}, {}
    pages, shown = record.get("pages"), record.get("shown")
    return (pages if isinstance(pages, dict) else {}), (shown if isinstance(shown, dict) else {})


def _write_record(out: Path, pages: dict[str, str], shown: dict[str, list] | None = None,
                  known: dict[str, list] | None = None) -> None:
    """Record each page's digest and file; ``known``: pages whose file entry is known already
    (the previous build's files, linked in: same size, time and inode)."""
    import json
    final = str(out / SITE_DIR)
    entries = {}
    known = known or {}
    for rel, digest in pages.items():
        entry = known.get(rel)
        if entry is not None:
            entries[rel] = [digest, *entry[1:]]
            continue
        try:
            st = os.stat(os.path.join(final, rel))
        except OSError:
            continue
        entries[rel] = [digest, st.st_size, st.st_mtime_ns, st.st_ino]
    path = out / ".cache" / _RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps({"version": _RECORD_VERSION, "code": _code_digest(), "pages": entries,
                               "shown": shown or {}}, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def iter_site_incremental(model: SiteModel, out: Path, contents: dict[str, str], digests: dict[str, str],
                          old: dict[str, list], old_shown: dict[str, list] | None = None,
                          shown: dict[str, list] | None = None) -> Iterator[tuple[str, "str | Path"]]:
    """The pages of :func:`iter_site`, but a page whose inputs have the digest recorded for the
    page in place (and whose file is the one recorded) is that file, not rendered again.
    ``contents``: document id → a key of its extraction (every document has one). ``digests`` receives each page's digest; ``old``: the record of the site
    in place (:func:`_read_record`); ``old_shown`` its record of what entity pages show of each
    document, ``shown`` receives this build's (see :meth:`_Refs.shown`)."""
    refs = _Refs(model, contents)
    refs.old_shown = old_shown or {}
    if shown is not None:
        refs.shown_in = shown
    return _iter_pages(model, out, contents, digests, old, refs)


def _iter_pages(model: SiteModel, out: Path, contents: dict[str, str], digests: dict[str, str],
                old: dict[str, list], refs: "_Refs", kept: dict[str, list] | None = None,
                pages: "set[str] | None" = None) -> Iterator[tuple[str, "str | Path"]]:
    """The pages of a model: each rendered unless the file in place has its digest (``old``);
    with ``pages``, a page outside them is the previous build's file (``kept``: its record)."""
    final = str(out / SITE_DIR)

    def unchanged(rel: str, digest: str) -> _Same | None:
        entry = old.get(rel)
        if not entry or entry[0] != digest:
            return None
        p = _Same(os.path.join(final, rel))
        try:
            st = os.stat(p)
        except OSError:
            return None
        return p if [st.st_size, st.st_mtime_ns, st.st_ino] == entry[1:] else None

    yield "index.html", _index_page(model)
    yield "timeline.html", _timeline_page(model)
    for doc_id in model.docs:
        rel = model.pages.doc(doc_id)
        if pages is not None and doc_id not in pages:
            digests[rel] = kept[rel][0]
            yield rel, _Same(os.path.join(final, rel))
            continue
        digest = digests[rel] = _doc_page_inputs(model, doc_id, contents[doc_id], refs)
        yield rel, unchanged(rel, digest) or _doc_page(model, doc_id)
    for key in model.entities:
        if key in model.docs:
            continue
        rel = model.pages.entity(key)
        if pages is not None and key not in pages:
            digests[rel] = kept[rel][0]
            yield rel, _Same(os.path.join(final, rel))
            continue
        digest = digests[rel] = _entity_page_inputs(model, key, refs)
        yield rel, unchanged(rel, digest) or _entity_page(model, key)


def _kept(patch: Patch, out: Path, old: dict[str, list]) -> dict[str, list] | None:
    """The record's entries of the pages a patch keeps (not in ``patch.pages``), when each
    file is the one recorded; None when one is not (then the site is made from the whole model)."""
    model = patch.model
    final = os.path.join(out, SITE_DIR)
    kept: dict[str, list] = {}
    for key in (*model.docs, *(k for k in model.entities if k not in model.docs)):
        if key in patch.pages:
            continue
        rel = model.pages.entity(key)
        entry = old.get(rel)
        if not entry:
            return None
        try:
            st = os.stat(os.path.join(final, rel))
        except OSError:
            return None
        if [st.st_size, st.st_mtime_ns, st.st_ino] != entry[1:]:
            return None
        kept[rel] = entry
    return kept


def iter_site_patched(patch: Patch, out: Path, contents: dict[str, str], digests: dict[str, str],
                      old: dict[str, list], kept: dict[str, list], old_shown: dict[str, list],
                      shown: dict[str, list]) -> Iterator[tuple[str, "str | Path"]]:
    """The pages of :func:`iter_site_incremental` for a patched model: a page outside
    ``patch.pages`` is the previous build's file (``kept``), its digest the one recorded."""
    model = patch.model
    for d in model.docs:
        if d not in patch.changed and d in old_shown:
            shown[d] = old_shown[d]
    for d, now in patch.shown.items():
        shown[d] = [contents[d], now]
    refs = _Refs(model, contents)
    refs.old_shown = old_shown
    refs.shown_in = shown
    return _iter_pages(model, out, contents, digests, old, refs, kept, patch.pages)


@exporter("site")
def export_site(result: "BuildResult", out: Path) -> list[Path]:
    """The site; with a build cache, only the pages whose inputs changed are rendered (see
    :func:`iter_site_incremental`), the others are linked from the site in place, and after a
    few edits the model itself is patched, not made whole (see :func:`patched_model`)."""
    from ..graph.build import document_graph_iri
    keys = result.rdf.keys if result.rdf is not None else {}
    cache = out / ".cache" if keys else None
    doc_ids = {ex.document.id for ex in result.extractions}
    contents = {d: keys[g] for d in doc_ids if (g := document_graph_iri(d)) in keys}
    record = out / ".cache" / _RECORD
    if len(contents) != len(doc_ids):          # a document without a key: every page rendered
        for path in (record, out / ".cache" / _STATE):
            try:
                path.unlink()
            except OSError:
                pass
        return _swap_in(out, iter_site(site_model(result, cache)))
    digests: dict[str, str] = {}
    shown: dict[str, list] = {}
    old, old_shown = _read_record(out)
    state = _read_state(out) if old else None
    fragments = FragmentStore(out / ".cache" / FRAGMENT_DIR, contents)
    patch = patched_model(result, state, contents, cache, fragments, old_shown) if state is not None else None
    kept = _kept(patch, out, old) if patch is not None else None
    _write_state(out, None)
    try:
        record.unlink()             # no record while the site is rewritten
    except OSError:
        pass
    if patch is not None and kept is not None:
        files = _swap_in(out, iter_site_patched(patch, out, contents, digests, old, kept, old_shown, shown))
        _write_record(out, digests, shown, kept)
        _write_state(out, patch.state)
        by_id = {ex.document.id: ex for ex in result.extractions}
        for d in sorted(patch.changed | fragments.missing):
            fragments.put(by_id[d])
        fragments.prune()
        return files
    from ..cache import load_all
    after = getattr(result, "_after_read", None)
    if load_all(result.extractions) and after is not None:     # the whole model reads them all: at once
        after()
    model = site_model(result, cache)
    files = _swap_in(out, iter_site_incremental(model, out, contents, digests, old, old_shown, shown))
    _write_record(out, digests, shown)
    _write_state(out, _State.of(model, result, contents, {d: tuple(sorted(_touched(ex))) for d, ex in model.docs.items()}))
    for ex in model.docs.values():
        if not fragments.has(ex.document.id):
            fragments.put(ex)
    fragments.prune()
    return files
