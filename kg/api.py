"""The library's entry points; the CLI is a thin layer over these.

    load_corpus(path)          → documents and the problems met loading them
    extract_documents(docs)    → one Extraction per document (cross-document identity resolved)
    build(corpus, out)         → the RDF dataset and every export, written atomically
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from . import __version__
from .errors import BuildError, DuplicateIdError, KGError
from .exports import EXPORTERS, write_atomic
from .extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from .graph import BuildInfo, build_dataset
from .loaders import corpus_files, load_path
from .model import Document, Extraction
from .resolve.authority import Authority, load_authority
from .resolve.corpus import resolve_corpus

__all__ = ["BuildResult", "Problem", "build", "build_info", "extract_documents", "load_corpus"]

DEFAULT_FORMATS = ("turtle", "trig", "jsonld", "ntriples", "nquads", "graphml", "gexf", "html")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, as the line the user reads."""

    path: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return self.message


@dataclass
class BuildResult:
    extractions: list[Extraction]
    dataset: Dataset
    authority: Authority
    info: BuildInfo
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def build_info() -> BuildInfo:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        t = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    else:
        t = dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    return BuildInfo("partkg", __version__, f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}", t.isoformat().replace("+00:00", "Z"))


def load_corpus(root: Path) -> tuple[list[Document], list[Problem]]:
    """Every loadable document under ``root``; a bad file becomes a Problem, never an exception."""
    if not root.exists():
        raise BuildError("no such file or folder", path=root, hint="give the corpus folder or document files")
    docs: list[Document] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in corpus_files(root):
        try:
            doc = load_path(path)
        except KGError as e:
            problems.append(Problem(str(path), str(e)))
            continue
        if doc.id in seen:
            err = DuplicateIdError(f"document id {doc.id!r} is already used by {seen[doc.id]}", path=path,
                                   hint="give one of them another file name or an 'id' in its front matter")
            problems.append(Problem(str(path), str(err)))
            continue
        seen[doc.id] = str(path)
        docs.append(doc)
    return docs, problems


def extract_documents(docs: list[Document], authority: Authority | None = None) -> list[Extraction]:
    authority = authority if authority is not None else load_authority()
    extractions = [extract(d, authority) for d in docs]
    resolve_corpus(extractions)
    return extractions


def corpus_authority(root: Path) -> Authority:
    extra = (root if root.is_dir() else root.parent) / "authority.yaml"
    return load_authority(extra if extra.exists() else None)


def build(corpus: Path, out: Path, *, formats: tuple[str, ...] = DEFAULT_FORMATS,
          strict: bool = False) -> BuildResult:
    """Build the graph from ``corpus`` and write the exports into ``out``."""
    for name in formats:
        EXPORTERS.get(name)   # fail early on an unknown format
    authority = corpus_authority(corpus)
    docs, problems = load_corpus(corpus)
    if not docs:
        raise BuildError("no document could be built", path=corpus,
                         hint="; ".join(p.message for p in problems[:3]) or "add .txt, .md or TEI .xml files")
    extractions = extract_documents(docs, authority)
    info = build_info()
    dataset = build_dataset(extractions, authority, info)
    result = BuildResult(extractions, dataset, authority, info, problems)
    out.mkdir(parents=True, exist_ok=True)
    for name in formats:
        result.files.extend(EXPORTERS.get(name)(result, out))
    report = {"documents": sorted(d.id for d in docs), "problems": [
        {"path": p.path, "severity": p.severity, "message": p.message} for p in problems],
        "built": info.time, "software": f"partkg {__version__}", "extractor": info.extractor}
    result.files.append(write_atomic(out / "build-report.json", json.dumps(report, indent=1, sort_keys=True) + "\n"))
    if strict and problems:
        raise BuildError(f"{len(problems)} problem(s) in the corpus (see {out / 'build-report.json'})",
                         path=corpus, hint="fix them or build without --strict")
    return result
