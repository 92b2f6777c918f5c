"""Cross-document identity: a document one source reports on may be another source of the corpus.

A telegram's "resolution of the Central Committee" is the corpus's resolution when the kinds
agree, the issuer is the same body (or the reporting text names the parent of the issuer: the
plenum is part of the Central Committee), and the resolution is dated on or shortly before the
telegram (within ``WINDOW_DAYS``; an undated reporter matches only a single candidate).
"""
from __future__ import annotations

import datetime as dt

from ..model import Extraction

__all__ = ["resolve_corpus", "WINDOW_DAYS"]

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


def _issuers(ex: Extraction, key: str) -> set[str]:
    out = {a.subject for a in ex.assertions if a.predicate == "issues" and a.object == key}
    parents = {a.object for a in ex.assertions if a.predicate == "partOf" and a.subject in out}
    return out | {p for p in parents if p}


def resolve_corpus(extractions: list[Extraction]) -> dict[tuple[str, str], str]:
    """Remap keys of reported documents to corpus document ids, in place. Returns the mapping
    ``(doc_id, old_key) → new_key``."""
    corpus = {ex.document.id: ex for ex in extractions}
    mapping: dict[tuple[str, str], str] = {}
    for ex in extractions:
        for e in ex.entities:
            if e.type != "Document" or e.id == ex.document.id or e.id in corpus:
                continue
            kind = e.id.rsplit("_", 1)[-1]
            issuers = _issuers(ex, e.id)
            if not issuers:
                continue
            reporter_date = _date(ex.document.meta.get("date"))
            found: list[tuple[int, str]] = []
            for other in extractions:
                if other is ex or other.document.genre != kind:
                    continue
                other_issuers = _issuers(other, other.document.id)
                if not (issuers & other_issuers):
                    continue
                od = _date(other.document.meta.get("date"))
                if reporter_date and od and not (0 <= (reporter_date - od).days <= WINDOW_DAYS):
                    continue
                # a candidate dated within the window beats an undated one
                found.append((2 if (reporter_date and od) else 1, other.document.id))
            best = max((score for score, _ in found), default=0)
            top = [doc for score, doc in found if score == best]
            if len(top) == 1:
                mapping[(ex.document.id, e.id)] = top[0]
    for ex in extractions:
        local = {old: new for (doc, old), new in mapping.items() if doc == ex.document.id}
        if not local:
            continue
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
    return mapping
