"""The build cache: what extraction made of each document, so a rebuild re-extracts only what
changed.

An entry is keyed by the document (its id, text, metadata and pre-annotated mentions, hashed),
the extractor (``EXTRACTOR_VERSION`` and a digest of the extraction code itself, so an edit
that forgot to bump the version still invalidates) and the authority's digest. Entries live in
``exports/.cache/extract/`` as pickles written by partkg itself; a corrupt or unreadable entry
is a miss, never an error. Entries a build did not use are removed at its end, so a removed
document leaves nothing behind.

The cache holds pickles: do not point partkg at an ``exports/`` folder whose ``.cache`` others
can write to.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from .atomic import atomic_file
from .model import Document, Extraction

__all__ = ["CACHE_DIR", "DocumentCache", "ExtractionCache", "ExtractionSummary", "LazyExtraction", "code_digest",
           "document_key", "is_loaded", "stat_signature", "summary_of"]

CACHE_DIR = ".cache"
_PKG = Path(__file__).resolve().parent
#: The code an extraction depends on: a change here invalidates every entry.
_CODE = ("extract", "model.py", "iri.py", "resolve/authority.py")


@lru_cache(maxsize=1)
def code_digest() -> str:
    h = hashlib.sha256()
    for name in _CODE:
        p = _PKG / name
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            h.update(f.relative_to(_PKG).as_posix().encode() + b"\0")
            h.update(f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def document_key(doc: Document, salt: str) -> str:
    """A hash of everything extraction reads from ``doc``, plus ``salt`` (extractor, authority)."""
    ann = [(a.start, a.end, a.text, a.type, a.key, a.label, a.source, a.is_class) for a in doc.annotations]
    raw = json.dumps([salt, doc.id, doc.text, doc.meta, ann], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class ExtractionSummary:
    """What a build reads of an extraction besides its graph block, its network fragment and
    its site pages: kept with the extraction cache, so that an unchanged document's extraction
    is not unpickled unless something needs the whole of it (see :class:`LazyExtraction`).
    Key lists keep the extraction's order; every key but ``provisions`` is one cross-document
    identity may remap (see :meth:`remap`)."""

    meta: dict[str, Any]                      # the document's metadata after extraction (genre, date)
    entities: list[tuple[str, str]]           # (id, type)
    issues: list[tuple[str, str | None]]      # subject and object of every "issues" assertion
    part_of: list[tuple[str, str | None]]     # … and of every "partOf" one
    asserted: list[str]                       # subjects and objects of every assertion
    kept: list[str]                           # … of the assertions not rejected
    quantities: list[str]                     # quantities' subjects
    provisions: list[str]                     # provisions' documents and addressees
    extractors: list[str]                     # extractors of the assertions not added by a curator
    added: list[tuple[str, str, str]]         # keys of the assertions a curator added
    relations: int                            # assertions not rejected
    size: int = 0                             # the cache entry's size in bytes (a truncated one is read, and missed)

    @classmethod
    def of(cls, ex: Extraction) -> "ExtractionSummary":
        issues, part_of, asserted, kept, extractors, added = [], [], [], [], [], []
        for a in ex.assertions:
            if a.predicate == "issues":
                issues.append((a.subject, a.object))
            elif a.predicate == "partOf":
                part_of.append((a.subject, a.object))
            asserted.append(a.subject)
            if a.object is not None:
                asserted.append(a.object)
            if a.status != "rejected":
                kept.append(a.subject)
                if a.object is not None:
                    kept.append(a.object)
            if a.status == "added":
                added.append(a.key)
            else:
                extractors.append(a.extractor)
        provisions = []
        for p in ex.provisions:
            provisions.append(p.document)
            provisions.extend(p.addressees)
        return cls(dict(ex.document.meta), [(e.id, e.type) for e in ex.entities], issues, part_of, asserted, kept,
                   [q.subject for q in ex.quantities], provisions, sorted(set(extractors)), added,
                   sum(1 for a in ex.assertions if a.status != "rejected"))

    def remap(self, local: dict[str, str]) -> None:
        """Apply cross-document identities (old key → corpus document id) as
        :func:`kg.resolve.corpus.resolve_corpus` applies them to the extraction."""
        g = local.get
        self.entities = [(g(i, i), t) for i, t in self.entities]
        self.issues = [(g(s, s), o if o is None else g(o, o)) for s, o in self.issues]
        self.part_of = [(g(s, s), o if o is None else g(o, o)) for s, o in self.part_of]
        self.asserted = [g(k, k) for k in self.asserted]
        self.kept = [g(k, k) for k in self.kept]
        self.quantities = [g(k, k) for k in self.quantities]
        self.added = [(g(s, s), p, g(o, o)) for s, p, o in self.added]

    def keys(self) -> set[str]:
        """Every key the document's facts name (what kg.exports.site._all_keys gathers of it)."""
        return {i for i, _ in self.entities} | set(self.kept) | set(self.provisions) | set(self.quantities)

    def referenced(self) -> set[str]:
        """Every key the document's graph turns into an IRI (kg.graph.build._referenced)."""
        return {i for i, _ in self.entities} | set(self.asserted) | set(self.provisions) | set(self.quantities)


_LAZY_FIELDS = frozenset(f.name for f in fields(Extraction)) - {"document"}


class LazyExtraction(Extraction):
    """A cached extraction not read yet: its document and :class:`ExtractionSummary` are here,
    the rest is unpickled when first used (any field but ``document``), and the cross-document
    identities found meanwhile (:meth:`remap`) are applied then. It is an Extraction like any
    other to the code that uses it; code that reads only what the summary holds asks
    :func:`summary_of` and leaves it unread."""

    def __init__(self, document: Document, path: "Path | str", summary: ExtractionSummary,
                 again: Callable[[], Extraction] | None = None) -> None:   # noqa: D107
        self.__dict__.update(document=document, _path=path, _summary=summary, _remaps=[], _again=again)

    def __getattr__(self, name: str) -> Any:
        if name in _LAZY_FIELDS and "_path" in self.__dict__:
            self._load()
            return self.__dict__[name]
        raise AttributeError(name)

    @property
    def loaded(self) -> bool:
        return "entities" in self.__dict__

    def _load(self) -> None:
        from .errors import BuildError
        was = gc.isenabled()
        gc.disable()          # unpickling makes many objects and no cycles
        try:
            with open(self._path, "rb") as f:
                ex = pickle.load(f)
            if not isinstance(ex, Extraction) or ex.document.id != self.document.id:
                raise ValueError("another document's extraction")
        except Exception as e:     # noqa: BLE001 - damaged (or removed) since the build saw it: extracted again
            ex = self._again() if self._again is not None else None
            if ex is None:
                raise BuildError(f"the cached extraction of {self.document.id} can no longer be read ({e})",
                                 path=self._path, hint="build again (or with --no-cache)") from None
        finally:
            if was:
                gc.enable()
        if not isinstance(ex, Extraction) or ex.document.id != self.document.id:
            raise BuildError(f"the cached extraction of {self.document.id} is another document's", path=self._path,
                             hint="build again (or with --no-cache)")
        for name in _LAZY_FIELDS:
            self.__dict__[name] = getattr(ex, name)
        if self._remaps:
            from .resolve.corpus import remap_extraction
            for local in self._remaps:
                remap_extraction(self, local)

    def remap(self, local: dict[str, str]) -> None:
        """Cross-document identities for this document: applied now when read, else when it is."""
        if self.loaded:
            from .resolve.corpus import remap_extraction
            remap_extraction(self, local)
        else:
            self._remaps.append(dict(local))
        self._summary.remap(local)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Extraction):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(Extraction))

    __hash__ = None   # type: ignore[assignment]  (as a dataclass's)

    def __reduce__(self):
        return (Extraction, tuple(getattr(self, f.name) for f in fields(Extraction)))


def is_loaded(ex: Extraction) -> bool:
    """Whether ``ex`` holds its fields (an Extraction, or a LazyExtraction read already)."""
    return not isinstance(ex, LazyExtraction) or ex.loaded


def summary_of(ex: Extraction) -> ExtractionSummary:
    """The summary of ``ex``: the cached one while it is unread, else made from it (it may
    have been changed since it was read: curation)."""
    if isinstance(ex, LazyExtraction) and not ex.loaded:
        return ex._summary
    return ExtractionSummary.of(ex)


def load_all(extractions: Iterable[Extraction]) -> int:
    """Read every unread extraction of ``extractions`` now (with the cycle collector paused
    once, not per extraction): for code that is about to use all of them. Returns how many."""
    was = gc.isenabled()
    gc.disable()
    n = 0
    try:
        for ex in extractions:
            if isinstance(ex, LazyExtraction) and not ex.loaded:
                ex._load()
                n += 1
    finally:
        if was:
            gc.enable()
    return n


class ExtractionCache:
    """Extractions on disk under ``folder``, keyed by :func:`document_key`, and their
    :class:`ExtractionSummary` in one pickle beside it (``folder`` + ``-summaries.pickle``)."""

    def __init__(self, folder: Path, extractor_version: str, authority_digest: str) -> None:
        self.folder = Path(folder)
        self._folder = str(self.folder)
        self.salt = f"{extractor_version}/{code_digest()}/{authority_digest}"
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self._keys: dict[str, tuple[Document, str]] = {}     # doc id → (the document, its key)
        self._summaries: dict[str, ExtractionSummary] | None = None
        self._summaries_changed = False

    def key(self, doc: Document) -> str:
        """:func:`document_key` of ``doc``, made once per document object (a build asks for it
        when reading the cache and again for the graph's cache keys)."""
        known = self._keys.get(doc.id)
        if known is not None and known[0] is doc:
            return known[1]
        key = document_key(doc, self.salt)
        self._keys[doc.id] = (doc, key)
        return key

    def _path(self, key: str) -> str:
        # a str: a rebuild asks for 3,000 of them twice (0.1 s through pathlib)
        return os.path.join(self._folder, key[:2], f"{key}.pickle")

    @property
    def summaries_path(self) -> Path:
        return self.folder.with_name(self.folder.name + "-summaries.pickle")

    def _summary_table(self) -> dict[str, ExtractionSummary]:
        if self._summaries is None:
            self._summaries = {}
            try:
                with open(self.summaries_path, "rb") as f:
                    was = gc.isenabled()
                    gc.disable()
                    try:
                        data = pickle.load(f)
                    finally:
                        if was:
                            gc.enable()
                if isinstance(data, dict) and data.get("salt") == self.salt and isinstance(data.get("summaries"), dict):
                    self._summaries = data["summaries"]
            except Exception:          # noqa: BLE001 - missing or unreadable: extractions are read whole
                pass
        return self._summaries

    def has(self, doc: Document) -> bool:
        """Whether an entry for ``doc`` is on disk (it may still be unreadable: see :meth:`get`)."""
        return os.path.exists(self._path(self.key(doc)))

    def miss(self, doc: Document) -> None:
        """Count ``doc`` as not found without reading the cache (its entry is known to be absent)."""
        self.used.add(self.key(doc))
        self.misses += 1

    def get(self, doc: Document) -> Extraction | None:
        key = self.key(doc)
        self.used.add(key)
        try:
            with open(self._path(key), "rb") as f:
                ex = pickle.load(f)
        except Exception:          # missing, truncated or from another version: a miss
            self.misses += 1
            return None
        if not isinstance(ex, Extraction) or ex.document.id != doc.id:
            self.misses += 1
            return None
        ex.document.path = doc.path
        self.hits += 1
        known = self._summary_table().get(key)
        size = os.stat(self._path(key)).st_size
        if known is None or known.size != size:
            self._summary_table()[key] = replace(ExtractionSummary.of(ex), size=size)
            self._summaries_changed = True
        return ex

    def lazy(self, doc: Document, again: Callable[[Document], Extraction | None] | None = None) -> Extraction | None:
        """The entry for ``doc`` unread (a :class:`LazyExtraction`) when its summary is known and
        its file is there, of the size it was written with; else read now (:meth:`get`).
        ``again``: extracts ``doc`` if the entry turns out unreadable when read (it is then
        stored again), so that a damaged entry is a miss, not an error."""
        key = self.key(doc)
        summary = self._summary_table().get(key)
        path = self._path(key)
        try:
            size = os.stat(path).st_size
        except OSError:
            size = -1
        if summary is None or size != summary.size:
            return self.get(doc)
        self.used.add(key)
        self.hits += 1

        def extract_again() -> Extraction | None:
            ex = again(doc) if again is not None else None
            if ex is not None:
                self.put(doc, ex)
            return ex
        return LazyExtraction(replace(doc, meta=dict(summary.meta)), path, replace(summary), extract_again)

    def put(self, doc: Document, ex: Extraction) -> None:
        """Store ``ex`` (the extraction of ``doc`` before cross-document resolution)."""
        key = self.key(doc)
        self.used.add(key)
        path = Path(self._path(key))
        with atomic_file(path, durable=False) as f:
            pickle.dump(ex, f, protocol=pickle.HIGHEST_PROTOCOL)
        self._summary_table()[key] = replace(ExtractionSummary.of(ex), size=path.stat().st_size)
        self._summaries_changed = True

    def save(self) -> None:
        """Write the summaries if this build made any."""
        if not self._summaries_changed or self._summaries is None:
            return
        try:
            with atomic_file(self.summaries_path, durable=False) as f:
                pickle.dump({"salt": self.salt, "summaries": self._summaries}, f, protocol=pickle.HIGHEST_PROTOCOL)
            self._summaries_changed = False
        except OSError:
            pass

    def prune(self) -> int:
        """Remove the entries this build did not use; return how many."""
        table = self._summary_table()
        unused = [k for k in table if k not in self.used]
        for k in unused:
            del table[k]
        # a stale summary is harmless (keys are content digests): the file is written again for
        # them only once they are a tenth of it (a rebuild after one edit leaves one)
        self._summaries_changed = self._summaries_changed or len(unused) * 10 > len(table)
        self.save()
        return prune_unused(self.folder, self.used)


def prune_unused(folder: Path, used: set[str]) -> int:
    """Remove the entries of a cache folder (``folder/xx/key.ext``) whose key is not in ``used``,
    and any temporary file left by an interrupted write; return how many were removed."""
    removed = 0
    if not folder.is_dir():
        return 0
    for p in folder.glob("*/*"):
        if p.stem not in used or p.name.endswith(".tmp"):
            try:
                p.unlink()
                removed += 1
            except OSError:
                pass
    return removed


# ------------------------------------------------------------------------- loaded documents
#: The code loading depends on: a change here forgets every loaded document.
_LOADER_CODE = ("loaders", "model.py", "errors.py")


def stat_signature(st: os.stat_result) -> tuple[int, int, int, int]:
    """What says a file is unchanged without reading it: size, inode, modification and change
    times in nanoseconds (the change time moves with any write, even one that restores the
    modification time)."""
    return (st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)


@lru_cache(maxsize=1)
def loader_digest() -> str:
    h = hashlib.sha256()
    for name in _LOADER_CODE:
        p = _PKG / name
        for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p]):
            h.update(f.relative_to(_PKG).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


class DocumentCache:
    """The documents a build loaded, by path and :func:`stat_signature`, in one pickle
    (``exports/.cache/documents.pickle``): a rebuild parses only the files whose signature
    changed (front matter through PyYAML is most of a load). A file's loader warnings are kept
    with it. Missing, corrupt or from other loader code: everything is loaded again."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.salt = loader_digest()
        self.old: dict[str, tuple] = {}
        self.new: dict[str, tuple] = {}
        self.hits = 0
        try:
            with open(self.path, "rb") as f:
                data = pickle.load(f)
            if isinstance(data, dict) and data.get("salt") == self.salt and isinstance(data.get("docs"), dict):
                self.old = data["docs"]
        except Exception:          # missing or unreadable: a cold cache
            self.old = {}

    def get(self, path: Path, sig: tuple) -> "tuple[Document, list[str]] | None":
        entry = self.old.get(str(path))
        if entry is None or entry[0] != sig:
            return None
        self.new[str(path)] = entry
        self.hits += 1
        return entry[1], list(entry[2])

    def put(self, path: Path, sig: tuple, doc: Document, warnings: list[str]) -> None:
        self.new[str(path)] = (sig, doc, list(warnings))

    def save(self) -> None:
        """Write what this load saw (unless it is what was read)."""
        if self.new.keys() == self.old.keys() and self.hits == len(self.new):
            return
        with atomic_file(self.path, durable=False) as f:
            pickle.dump({"salt": self.salt, "docs": self.new}, f, protocol=pickle.HIGHEST_PROTOCOL)
