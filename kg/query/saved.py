"""Saved queries: the ``.rq`` files in ``queries/``, one per competency question.

Each file opens with ``#`` comment lines; the first states the question in words. A query is
named by its file stem (``cq01_body_adopted_resolution``) or by the stem's first part
(``cq01``), as long as that is unambiguous.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError

__all__ = ["QUERIES_DIR", "SavedQuery", "find_saved_query", "saved_queries"]

#: The project's saved queries (beside the package, as ``ontology/`` is).
QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"


@dataclass(frozen=True)
class SavedQuery:
    name: str            # the file stem
    path: Path
    text: str

    @property
    def short(self) -> str:
        return self.name.split("_", 1)[0]

    @property
    def comment(self) -> list[str]:
        """The opening ``#`` lines, without the ``#``."""
        lines = []
        for line in self.text.splitlines():
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip())
        return lines

    @property
    def question(self) -> str:
        """The question in words: the first comment line, without a "Q1." label."""
        first = next((c for c in self.comment if c), "")
        head, _, rest = first.partition(" ")
        return rest.strip() if head[:1] in "Qq" and head.rstrip(".").lstrip("Qq").isdigit() else first


def saved_queries(folder: Path | None = None) -> list[SavedQuery]:
    """Every ``.rq`` file in ``folder`` (default: the project's ``queries/``), sorted by name."""
    folder = Path(folder) if folder is not None else QUERIES_DIR
    if not folder.is_dir():
        raise QueryError("no saved queries here", path=folder, hint="give the folder that holds the .rq files")
    return [SavedQuery(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))]


def find_saved_query(name: str, folder: Path | None = None) -> SavedQuery:
    """The saved query called ``name`` (its file stem, or its unique prefix such as ``cq01``)."""
    queries = saved_queries(folder)
    key = name[:-3] if name.endswith(".rq") else name
    exact = [q for q in queries if q.name == key]
    if exact:
        return exact[0]
    matches = [q for q in queries if q.name.startswith(key + "_") or q.short == key]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(q.name for q in queries) or "none"
    if matches:
        raise QueryError(f"saved query {name!r} is ambiguous", hint=f"one of: {', '.join(q.name for q in matches)}")
    raise QueryError(f"unknown saved query {name!r}", hint=f"known: {known} ('kg queries' lists them)")
