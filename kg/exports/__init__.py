"""Exporters: the built corpus → files in ``exports/``, registered by name.

    @exporter("turtle")
    def export_turtle(result: BuildResult, out: Path) -> list[Path]: ...

Every file is written atomically (:func:`write_atomic`): a temporary file in the same folder,
then a rename, so an interrupted build leaves the previous exports intact.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Iterator

from ..registry import Registry

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["EXPORTERS", "atomic_file", "exporter", "write_atomic"]

ExportFn = Callable[["BuildResult", Path], list[Path]]
EXPORTERS: Registry[ExportFn] = Registry("exporter")


def exporter(name: str) -> Callable[[ExportFn], ExportFn]:
    return EXPORTERS.register(name)


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through, in pieces: like :func:`write_atomic`, readers see
    the old file until the block ends without an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


from . import html, links, network, ontology_docs, rdf, site, store  # noqa: E402,F401  (register the built-in exporters)
