"""Loaders: files → :class:`~kg.model.Document`, chosen by file suffix through a registry.

    @loader("text", suffixes=(".txt", ".md"))
    def load_text(path: Path, data: bytes) -> Document: ...

``load_path`` picks the loader, reads the bytes once and turns every failure into an
:class:`~kg.errors.InputError` naming the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import InputError, KGError
from ..model import Document
from ..registry import Registry

__all__ = ["LOADERS", "corpus_files", "load_path", "loader"]

LoaderFn = Callable[[Path, bytes], Document]


@dataclass(frozen=True)
class LoaderSpec:
    name: str
    suffixes: tuple[str, ...]
    fn: LoaderFn


LOADERS: Registry[LoaderSpec] = Registry("loader")

#: Files in a corpus folder that are not documents.
IGNORED_NAMES = {"README.md", "readme.md", "README.txt", "curation.yaml", "authority.yaml"}


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


def load_path(path: str | Path, *, name: str | None = None) -> Document:
    """Load one file with the loader registered for its suffix (or the one called ``name``)."""
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
    try:
        doc = spec.fn(path, data)
    except KGError as e:
        if e.path is None:
            e.path = str(path)
        raise
    except (ValueError, TypeError, UnicodeError) as e:
        raise InputError(f"{spec.name} loader failed: {e}", path=path) from None
    doc.path = str(path)
    return doc


# Register the built-in loaders.
from . import tei, text  # noqa: E402,F401
