"""The exceptions partkg raises, as one small tree.

    KGError                      anything partkg reports to the user as one line
    ├── InputError               a source file cannot be read or understood
    │   ├── FrontMatterError     the YAML block at the top of a document is broken
    │   ├── EncodingError        bytes that are not text in a known encoding
    │   └── XMLError             TEI that is not well-formed, or hostile (entities, DTDs)
    ├── DuplicateIdError         two documents claim the same id
    ├── RegistryError            an unknown or duplicate loader/exporter name
    ├── AuthorityError           the authority file is malformed
    ├── QueryError               a SPARQL query fails to parse or run
    ├── ValidationError          SHACL or evidence checks failed (``--strict``)
    └── BuildError               no document could be built, or exports are missing

Every error carries the file it concerns (``path``), where known the line (``line``), and a
``hint``: one sentence on how to fix it. ``str(error)`` is the one line the CLI prints.
"""
from __future__ import annotations

from pathlib import Path

__all__ = [
    "AuthorityError", "BuildError", "DuplicateIdError", "EncodingError", "FrontMatterError",
    "InputError", "KGError", "QueryError", "RegistryError", "ValidationError", "XMLError",
]


class KGError(Exception):
    """Base class: a problem partkg can explain in one line."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class InputError(KGError):
    """A source file cannot be read or understood."""


class FrontMatterError(InputError):
    """The YAML front matter of a document is broken."""


class EncodingError(InputError):
    """The file's bytes are not text in an encoding partkg can identify with certainty."""


class XMLError(InputError):
    """XML that is not well-formed, or that uses forbidden constructs (DTDs, entities)."""


class DuplicateIdError(KGError):
    """Two documents in one corpus have the same id."""


class RegistryError(KGError):
    """A loader or exporter name is unknown or registered twice."""


class AuthorityError(KGError):
    """The authority file is malformed."""


class QueryError(KGError):
    """A SPARQL query cannot be parsed or run."""


class ValidationError(KGError):
    """The graph violates its SHACL shapes or its evidence does not match the text."""


class BuildError(KGError):
    """The build as a whole failed."""
