"""Loaders: files → :class:`~kg.model.Document`, chosen by file suffix through a registry.

    @loader("text", suffixes=(".txt", ".md"))
    def load_text(path: Path, data: bytes) -> Document: ...

``load_path`` picks the loader, reads the bytes once and turns every failure into an
:class:`~kg.errors.InputError` naming the file. A loader that can go on but has something to
say (a date it cannot read, control characters it replaced) calls :func:`warn`; the warnings
reach the caller of ``load_path`` through its ``warnings`` list. After loading, ``load_path``
checks the metadata every document shares (:func:`check_metadata`).
"""
from __future__ import annotations

import contextvars
import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import InputError, KGError
from ..model import Document
from ..registry import Registry

__all__ = ["LOADERS", "check_metadata", "corpus_files", "load_path", "loader", "warn"]

LoaderFn = Callable[[Path, bytes], Document]


@dataclass(frozen=True)
class LoaderSpec:
    name: str
    suffixes: tuple[str, ...]
    fn: LoaderFn


LOADERS: Registry[LoaderSpec] = Registry("loader")

#: Files in a corpus folder that are not documents.
IGNORED_NAMES = {"README.md", "readme.md", "README.txt", "curation.yaml", "authority.yaml"}


_WARNINGS: contextvars.ContextVar[list[InputError] | None] = contextvars.ContextVar("load_warnings", default=None)


def warn(message: str, *, path: str | Path | None = None, line: int | None = None,
         hint: str | None = None) -> None:
    """Record a problem the loader could work around (the document still loads)."""
    sink = _WARNINGS.get()
    if sink is not None:
        sink.append(InputError(message, path=path, line=line, hint=hint))


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _iso_date(value: str) -> str | None:
    """``value`` as an ISO date of known precision (1938, 1938-01, 1938-01-19), or None."""
    m = _ISO_DATE.fullmatch(value.strip())
    if m:
        y, mo, d = m.groups()
        try:
            _dt.date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            return None
        return m.group(0)
    from ..extract.dates import parse_date   # prose dates: "19 January 1938", "январь 1938"
    parsed = parse_date(value)
    return parsed[0] if parsed else None


def _line_of(data: bytes, key: str) -> int | None:
    m = re.search(rb"(?m)^[ \t]*" + re.escape(key.encode()) + rb"[ \t]*:", data[:65536])
    return data.count(b"\n", 0, m.start()) + 1 if m else None


def check_metadata(doc: Document, path: Path, data: bytes = b"") -> None:
    """Normalise what every document's metadata must be, warning about what cannot be read.

    ``date`` becomes ISO (a prose date is parsed); a date that cannot be read is kept as
    ``date_text`` only, so no invalid ``xsd:date`` reaches the graph.
    """
    if "date" in doc.meta and doc.meta["date"] is not None:
        raw = str(doc.meta["date"])
        iso = _iso_date(raw) if len(raw) < 200 else None
        if iso is None:
            del doc.meta["date"]
            doc.meta["date_text"] = raw[:200]
            warn(f"cannot read the date {raw[:60]!r}; the document is built without a date", path=path,
                 line=_line_of(data, "date"), hint="write it as YYYY-MM-DD, YYYY-MM or YYYY")
        else:
            doc.meta["date"] = iso
    for key in ("title", "genre", "language", "issuer", "author", "recipient"):
        value = doc.meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            warn(f"front matter key {key!r} should be a single text value, not {type(value).__name__}",
                 path=path, line=_line_of(data, key), hint=f"write '{key}: some text'")
            doc.meta[key] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def loader(name: str, suffixes: tuple[str, ...]) -> Callable[[LoaderFn], LoaderFn]:
    def decorate(fn: LoaderFn) -> LoaderFn:
        LOADERS.register(name)(LoaderSpec(name, suffixes, fn))
        return fn
    return decorate


def _spec_for(path: Path) -> LoaderSpec | None:
    suffix = path.suffix.lower()
    for name in LOADERS:
        spec = LOADERS.get(name)
        if suffix in spec.suffixes:
            return spec
    return None


def corpus_files(root: Path) -> list[Path]:
    """The document files under ``root`` (a folder or one file), sorted for determinism."""
    if root.is_file():
        return [root]
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.name not in IGNORED_NAMES and not p.name.startswith(".") \
                and _spec_for(p) is not None:
            out.append(p)
    return out


def load_path(path: str | Path, *, name: str | None = None,
              warnings: list[InputError] | None = None) -> Document:
    """Load one file with the loader registered for its suffix (or the one called ``name``).

    Problems the loader worked around are appended to ``warnings`` (when given)."""
    path = Path(path)
    spec = LOADERS.get(name) if name else _spec_for(path)
    if spec is None:
        known = ", ".join(s for n in LOADERS for s in LOADERS.get(n).suffixes)
        raise InputError(f"no loader for files ending in {path.suffix or '(no suffix)'!r}",
                         path=path, hint=f"use one of: {known}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", path=path) from None
    sink: list[InputError] = []
    token = _WARNINGS.set(sink)
    try:
        doc = spec.fn(path, data)
        check_metadata(doc, path, data)
    except KGError as e:
        if e.path is None:
            e.path = str(path)
        raise
    except (ValueError, TypeError, UnicodeError, RecursionError, MemoryError) as e:
        raise InputError(f"{spec.name} loader failed: {type(e).__name__}: {str(e)[:200]}", path=path,
                         hint="check that the file is a well-formed document of its kind") from None
    finally:
        _WARNINGS.reset(token)
    for w in sink:
        if w.path is None:
            w.path = str(path)
    if warnings is not None:
        warnings.extend(sink)
    doc.path = str(path)
    return doc


# Register the built-in loaders.
from . import tei, text  # noqa: E402,F401
