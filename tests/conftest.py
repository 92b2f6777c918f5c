"""Shared fixtures: the real corpus, built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The graph built from corpus/ into a temporary exports folder."""
    from kg.api import build
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path_factory.mktemp("exports")
    result = build(CORPUS, out)
    return result, out


@pytest.fixture(scope="session")
def extractions():
    """Extractions of the three corpus documents, by document id."""
    from kg.api import extract_documents, load_corpus
    docs, problems = load_corpus(CORPUS)
    assert not problems
    return {ex.document.id: ex for ex in extract_documents(docs)}


RESOLUTION = "000_a4a86ea8ff3bfa7e"
ESSAY = "003_3e1a990d88008b51"
TELEGRAM = "004_31e9cb9f80734d02"


def use_authority_core(monkeypatch, core: str | None) -> None:
    """Run the test with the packaged authority cut to ``core`` (the ablation switch,
    KG_AUTHORITY_CORE: "predev", "seeds" or a path), or with the full authority (None)."""
    from kg.resolve.authority import CORE_ENV
    if core:
        monkeypatch.setenv(CORE_ENV, core)
    else:
        monkeypatch.delenv(CORE_ENV, raising=False)
