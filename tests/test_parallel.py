"""Parallel extraction (``--jobs``) gives exactly what one process gives, in the same order, and
the same exports byte for byte."""
from __future__ import annotations

import sys

import pytest

from kg.api import build, corpus_authority, extract_documents, load_corpus

from .conftest import ROOT


@pytest.fixture(scope="module")
def small_scaled(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from gen_corpus import generate
    finally:
        sys.path.pop(0)
    out = tmp_path_factory.mktemp("par") / "corpus"
    generate(3, out)       # 9 documents: enough for the process pool to be used with 2 jobs
    return out


def test_two_processes_extract_what_one_does(small_scaled):
    docs, problems = load_corpus(small_scaled)
    assert not problems and len(docs) == 9
    authority = corpus_authority(small_scaled)
    one = extract_documents(docs, authority, jobs=1)
    docs2, _ = load_corpus(small_scaled)
    two = extract_documents(docs2, authority, jobs=2)
    assert [ex.document.id for ex in two] == [ex.document.id for ex in one]
    assert [ex.to_json() for ex in two] == [ex.to_json() for ex in one]
    assert [ex.document.meta for ex in two] == [ex.document.meta for ex in one]


def test_parallel_build_writes_the_same_exports(small_scaled, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a, b = tmp_path / "a", tmp_path / "b"
    build(small_scaled, a, jobs=1, cache=False, formats=("nquads", "turtle"))
    build(small_scaled, b, jobs=2, cache=False, formats=("nquads", "turtle"))
    for name in ("partkg.nq", "partkg.ttl"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


class _Terminal:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_when_asked(small_scaled, monkeypatch):
    from kg import progress as progress_mod
    monkeypatch.setattr(progress_mod, "MIN_TOTAL", 1)
    docs, _ = load_corpus(small_scaled)
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    extract_documents(docs[:3], jobs=1, progress=True)
    shown = "".join(term.parts)
    assert "extracting" in shown and "doc/s" in shown
    term.parts.clear()
    extract_documents(docs[:3], jobs=1, progress=False)          # --quiet
    assert not term.parts
    monkeypatch.setattr(term, "isatty", lambda: False)
    extract_documents(docs[:3], jobs=1, progress=True)           # a pipe or a log file
    assert not term.parts
