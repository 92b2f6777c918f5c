"""Exporters: the built corpus → files in ``exports/``, registered by name.

    @exporter("turtle")
    def export_turtle(result: BuildResult, out: Path) -> list[Path]: ...

Every file is written atomically (:func:`write_atomic`): a temporary file in the same folder,
then a rename, so an interrupted build leaves the previous exports intact.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..atomic import atomic_file, write_atomic
from ..registry import Registry

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["EXPORTERS", "atomic_file", "exporter", "write_atomic"]

ExportFn = Callable[["BuildResult", Path], list[Path]]
EXPORTERS: Registry[ExportFn] = Registry("exporter")


def exporter(name: str) -> Callable[[ExportFn], ExportFn]:
    return EXPORTERS.register(name)


from . import html, links, network, ontology_docs, rdf, site, store  # noqa: E402,F401  (register the built-in exporters)
