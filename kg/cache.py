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

import hashlib
import json
import os
import pickle
from functools import lru_cache
from pathlib import Path

from .atomic import atomic_file
from .model import Document, Extraction

__all__ = ["CACHE_DIR", "DocumentCache", "ExtractionCache", "code_digest", "document_key", "stat_signature"]

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


class ExtractionCache:
    """Extractions on disk under ``folder``, keyed by :func:`document_key`."""

    def __init__(self, folder: Path, extractor_version: str, authority_digest: str) -> None:
        self.folder = Path(folder)
        self.salt = f"{extractor_version}/{code_digest()}/{authority_digest}"
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self._keys: dict[str, tuple[Document, str]] = {}     # doc id → (the document, its key)

    def key(self, doc: Document) -> str:
        """:func:`document_key` of ``doc``, made once per document object (a build asks for it
        when reading the cache and again for the graph's cache keys)."""
        known = self._keys.get(doc.id)
        if known is not None and known[0] is doc:
            return known[1]
        key = document_key(doc, self.salt)
        self._keys[doc.id] = (doc, key)
        return key

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, doc: Document) -> bool:
        """Whether an entry for ``doc`` is on disk (it may still be unreadable: see :meth:`get`)."""
        return self._path(self.key(doc)).exists()

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
        return ex

    def put(self, doc: Document, ex: Extraction) -> None:
        """Store ``ex`` (the extraction of ``doc`` before cross-document resolution)."""
        key = self.key(doc)
        self.used.add(key)
        path = self._path(key)
        with atomic_file(path, durable=False) as f:
            pickle.dump(ex, f, protocol=pickle.HIGHEST_PROTOCOL)

    def prune(self) -> int:
        """Remove the entries this build did not use; return how many."""
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
