"""Cross-document identity: a document one source reports on may be another source of the corpus.

A telegram's "resolution of the Central Committee" is the corpus's resolution when the kinds
agree, the issuer is the same body (or the reporting text names the parent of the issuer: the
plenum is part of the Central Committee), and the resolution is dated on or shortly before the
telegram (within ``WINDOW_DAYS``; an undated reporter matches only a single candidate).
"""
from __future__ import annotations

import datetime as dt

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


def _issuers(summary: ExtractionSummary, key: str) -> set[str]:
    out = {s for s, o in summary.issues if o == key}
    parents = {o for s, o in summary.part_of if s in out}
    return out | {p for p in parents if p}


def resolve_corpus(extractions: list[Extraction]) -> dict[tuple[str, str], str]:
    """Remap keys of reported documents to corpus document ids, in place. Returns the mapping
    ``(doc_id, old_key) → new_key``.

    Linear in the corpus: the candidates are indexed by kind and issuer once, so a reported
    document is compared only with corpus documents of its kind that share an issuer. Reads
    each extraction's summary (:func:`kg.cache.summary_of`): a cached extraction not read yet
    stays unread, its remapping applied when it is read."""
    corpus = {ex.document.id: ex for ex in extractions}
    views = [summary_of(ex) for ex in extractions]
    # kind → issuer → [(position, extraction, its date)]: the documents a report may mean
    index: dict[str, dict[str, list[tuple[int, Extraction, dt.date | None]]]] = {}
    for i, (other, view) in enumerate(zip(extractions, views)):
        entry = (i, other, _date(other.document.meta.get("date")))
        by_issuer = index.setdefault(other.document.genre, {})
        for issuer in _issuers(view, other.document.id):
            by_issuer.setdefault(issuer, []).append(entry)
    mapping: dict[tuple[str, str], str] = {}
    for ex, view in zip(extractions, views):
        for eid, etype in view.entities:
            if etype != "Document" or eid == ex.document.id or eid in corpus:
                continue
            kind = eid.rsplit("_", 1)[-1]
            issuers = _issuers(view, eid)
            by_issuer = index.get(kind)
            if not issuers or not by_issuer:
                continue
            reporter_date = _date(ex.document.meta.get("date"))
            candidates = {i: (other, od) for issuer in issuers for i, other, od in by_issuer.get(issuer, ())
                          if other is not ex}
            found: list[tuple[int, str]] = []
            for i in sorted(candidates):
                other, od = candidates[i]
                if reporter_date and od and not (0 <= (reporter_date - od).days <= WINDOW_DAYS):
                    continue
                # a candidate dated within the window beats an undated one
                found.append((2 if (reporter_date and od) else 1, other.document.id))
            best = max((score for score, _ in found), default=0)
            top = [doc for score, doc in found if score == best]
            if len(top) == 1:
                mapping[(ex.document.id, eid)] = top[0]
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
