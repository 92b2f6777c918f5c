"""Cross-document identity: a document one source reports on may be another source of the corpus.

A telegram's "resolution of the Central Committee" is the corpus's resolution when the kinds
agree, the issuer is the same body (or one issuer is part of the other: the plenum is part of the
Central Committee, whichever of the two texts names which), and the resolution is dated on or
shortly before the telegram (within ``WINDOW_DAYS``; an undated reporter matches only a single
candidate). Two bodies that are only parts of the same whole are not the same issuer: a
resolution of the XIII Conference is not one of the Central Committee because both are part of
the party.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from typing import Iterable

from ..cache import ExtractionSummary, LazyExtraction, summary_of
from ..model import Extraction

__all__ = ["remap_extraction", "resolve_corpus", "WINDOW_DAYS"]

WINDOW_DAYS = 62


def _date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    s = str(iso)
    try:
        if len(s) >= 10:
            return dt.date.fromisoformat(s[:10])
        if len(s) == 7:
            return dt.date(int(s[:4]), int(s[5:7]), 28)
        return dt.date(int(s[:4]), 12, 31)
    except ValueError:
        return None


def _issuers(summary: ExtractionSummary, key: str) -> tuple[set[str], set[str]]:
    """The bodies a text says issue ``key``, and the wholes it says they are part of."""
    out = {s for s, o in summary.issues if o == key}
    parents = {o for s, o in summary.part_of if s in out and o}
    return out, parents - out


def resolve_corpus(extractions: list[Extraction],
                   summaries: "list[ExtractionSummary | None] | None" = None) -> dict[tuple[str, str], str]:
    """Remap keys of reported documents to corpus document ids, in place. Returns the mapping
    ``(doc_id, old_key) → new_key``.

    Linear in the corpus: the candidates are indexed by kind and issuer once, dated ones by
    date, so a reported document is compared only with corpus documents of its kind that share
    an issuer and fall in its window. Reads each extraction's summary
    (:func:`kg.cache.summary_of`): a cached extraction not read yet stays unread, its remapping
    applied when it is read. ``summaries``: those of the extractions as they stand, where known
    (else they are made)."""
    corpus = {ex.document.id: ex for ex in extractions}
    views = [v if v is not None else summary_of(ex)
             for ex, v in zip(extractions, summaries or [None] * len(extractions))]
    # kind → issuer → the documents a report may mean: dated ones by date, undated ones; under
    # the issuer itself (direct) and under each whole it is part of (wider)
    direct: dict[str, dict[str, tuple[list[tuple[int, int]], list[int]]]] = {}
    wider: dict[str, dict[str, tuple[list[tuple[int, int]], list[int]]]] = {}
    dates = [_date(ex.document.meta.get("date")) for ex in extractions]
    for i, (other, view) in enumerate(zip(extractions, views)):
        own, parents = _issuers(view, other.document.id)
        for index, issuers in ((direct, own), (wider, parents)):
            by_issuer = index.setdefault(other.document.genre, {})
            for issuer in issuers:
                dated, undated = by_issuer.setdefault(issuer, ([], []))
                if dates[i] is not None:
                    dated.append((dates[i].toordinal(), i))
                else:
                    undated.append(i)
    for index in (direct, wider):
        for by_issuer in index.values():
            for dated, _ in by_issuer.values():
                dated.sort()
    mapping: dict[tuple[str, str], str] = {}
    for r, (ex, view) in enumerate(zip(extractions, views)):
        for eid, etype in view.entities:
            if etype != "Document" or eid == ex.document.id or eid in corpus:
                continue
            own, parents = _issuers(view, eid)
            kind = eid.rsplit("_", 1)[-1]
            same, part = direct.get(kind, {}), wider.get(kind, {})
            if not own or not (same or part):
                continue
            # the same issuer, a part of the reported issuer, or the whole the reported one is part of
            lists = [index[x] for index, keys in ((same, own), (part, own), (same, parents)) for x in keys if x in index]
            found = _the_one(r, dates[r], lists)
            if found is not None:
                mapping[(ex.document.id, eid)] = extractions[found].document.id
    by_doc: dict[str, dict[str, str]] = {}
    for (doc, old), new in mapping.items():
        by_doc.setdefault(doc, {})[old] = new
    for ex in extractions:
        local = by_doc.get(ex.document.id)
        if not local:
            continue
        if isinstance(ex, LazyExtraction):
            ex.remap(local)
        else:
            remap_extraction(ex, local)
    return mapping


def _the_one(reporter: int, date: dt.date | None, lists: list[tuple[list[tuple[int, int]], list[int]]]) -> int | None:
    """The one document a report means, among the candidates of its issuers (``lists``), or
    None. A dated report means a candidate dated within ``WINDOW_DAYS`` before it, or else
    (none is) an undated one; an undated report means any candidate. Exactly one must be found."""
    def single(found: Iterable[int]) -> int | None:
        one = None
        for i in found:
            if i != reporter and i != one:
                if one is not None:
                    return -1           # two or more
                one = i
        return one

    if date is None:
        one = single(i for dated, undated in lists for i in (*(j for _, j in dated), *undated))
        return None if one == -1 else one
    day = date.toordinal()
    one = single(i for dated, _ in lists
                 for _, i in dated[bisect_left(dated, (day - WINDOW_DAYS, -1)):bisect_right(dated, (day, _LAST))])
    if one is None:         # no dated candidate in the window: an undated one
        one = single(i for _, undated in lists for i in undated)
    return None if one == -1 else one


_LAST = 1 << 62      # sorts after every position


def remap_extraction(ex: Extraction, local: dict[str, str]) -> None:
    """Replace the keys of ``local`` (old key → corpus document id) throughout ``ex``."""
    for e in ex.entities:
        if e.id in local:
            e.id = local[e.id]
    for a in ex.assertions:
        a.subject = local.get(a.subject, a.subject)
        if a.object is not None:
            a.object = local.get(a.object, a.object)
    for q in ex.quantities:
        q.subject = local.get(q.subject, q.subject)
    for m in ex.mentions:
        if m.key in local:
            m.key = local[m.key]
