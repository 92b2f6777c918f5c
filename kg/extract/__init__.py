"""Extraction: :class:`~kg.model.Document` → :class:`~kg.model.Extraction`.

    mentions (gazetteer, rules, annotations) → genre and date → provisions → relations →
    quantities → entities

``extract(doc)`` is a pure function of the document and the authority; ``EXTRACTOR_VERSION``
changes whenever its output may change, and keys the build cache.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Entity, Extraction, Mention
from ..resolve.authority import Authority, load_authority
from .context import Context
from .dates import find_dates, parse_date
from .gazetteer import gazetteer_for
from .header import read_header
from .mentions import NESTED, THIS, find_mentions
from .provisions import find_provisions
from .quantities import find_quantities
from .pairs import pair_relations
from .relations import dated_by_meeting, run_relations
from . import structure  # noqa: F401  (registers the "structure" relation rule)
from .text import sentences

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract", "infer_genre"]

EXTRACTOR_NAME = "partkg-rules"
EXTRACTOR_VERSION = "0.8.1"

_GENRES = {"resolution": "resolution", "decree": "decree", "decision": "decision", "postanovlenie": "resolution",
           "telegram": "telegram", "cable": "telegram", "dispatch": "dispatch", "despatch": "dispatch",
           "memorandum": "memorandum", "letter": "letter", "speech": "speech", "report": "report",
           "essay": "essay", "article": "article", "encyclopedia": "encyclopedia", "encyclopedia entry": "encyclopedia",
           "book": "book", "chapter": "chapter", "directive": "directive", "circular": "circular",
           "order": "order", "statute": "statute", "communique": "communique", "note": "note",
           "editorial": "editorial", "newspaper report": "newspaper", "newspaper": "newspaper", "постановление": "resolution", "резолюция": "resolution",
           "телеграмма": "telegram", "речь": "speech", "доклад": "report", "письмо": "letter", "статья": "article"}


def infer_genre(doc: Document) -> str:
    g = doc.genre.strip()
    if g:
        return _GENRES.get(g, g)
    h = read_header(doc.text)
    if h.genre:
        return h.genre
    head = doc.text[:600]
    m = re.search(r"(?m)^\s*\d{3}\.\d+[^\n:]*:\s*(Telegram|Despatch|Dispatch|Memorandum|Letter|Airgram)\s*$", head)
    if m:
        return _GENRES[m.group(1).lower()]
    if re.search(r"(?i)\b(decrees?|resolves?|resolved|decides?|orders|постановля\w*|решил\w*|решает)\b(?:\s+that)?\s*:", doc.text):
        return "resolution"
    if re.search(r"(?m)^\s*(?:TELEGRAM|Telegram)\b", head):
        return "telegram"
    if re.search(r"(?m)^\s*(?:Dear|Уважаем)\b", head):
        return "letter"
    if re.search(r"(?m)^\s*(?:Comrades|Товарищи)\s*!", doc.text[:3000]):
        return "speech"
    return "essay"


def _document_date(doc: Document, mentions: list[Mention]) -> str | None:
    if doc.meta.get("date"):
        parsed = parse_date(str(doc.meta["date"]))
        if parsed:
            return parsed[0]
    h = read_header(doc.text)
    if h.date is not None:
        return h.date.iso
    for t in (m for m in mentions if m.key == THIS):
        ds = [d for d in find_dates(doc.text[t.end:t.end + 40]) if d.start < 6]
        if ds:
            return ds[0].iso
    return None


def _entities(doc: Document, mentions: list[Mention], authority: Authority) -> list[Entity]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(doc.id if m.key == THIS else m.key, []).append(m)
    out = []
    for key, ms in groups.items():
        entry = authority.get(key)
        if key == doc.id:
            label = str(doc.meta.get("title") or max((m.text for m in ms if m.source == "rule:title"), key=len, default=doc.id))
            etype = "Document"
        elif entry is not None:
            label, etype = entry.label, entry.type
        else:
            etype = Counter(m.type for m in ms).most_common(1)[0][0]
            labels = [m.label for m in ms if m.source not in ("anaphora", "rule:quoted_title")] or [ms[0].label]
            label = Counter(labels).most_common(1)[0][0]
        out.append(Entity(
            id=key, label=label, type=etype, mentions=sorted({m.span for m in ms}),
            links=dict(entry.links) if entry else {}, is_class=entry.is_class if entry else any(m.is_class for m in ms),
            label_ru=entry.label_ru if entry else None,
            data={"start": entry.start, "end": entry.end, "part_of": entry.part_of} if entry else {}))
    return sorted(out, key=lambda e: e.id)


def _issuer_from_metadata(ctx: Context, gz) -> None:
    """A resolution whose text never says who adopted it, but whose front matter does
    (``issuer:``), is issued by that body when the text names the body: the evidence is its
    first mention, at a lower confidence."""
    issuer = ctx.doc.meta.get("issuer")
    if not issuer or any(a.predicate == "issues" and a.object == ctx.doc.id for a in ctx.assertions):
        return
    key = gz.lookup(str(issuer), "Body")
    named = next((m for m in ctx.mentions if m.key == key), None) if key else None
    if named is not None:
        ctx.add(key, "issues", ctx.evidence(named.start, named.end), THIS, extractor="front-matter", confidence=0.5)


def _author_from_metadata(ctx: Context, gz) -> None:
    """A speech, report or article whose front matter names its author (``author:``) and whose text
    names that person (its heading: "L. Kaganovich. The Liquidation …", «Доклад товарища Н. С.
    Хрущёва») is authored by them, when no rule found who wrote it: the evidence is the first
    mention, at a lower confidence. The person is known by the authority or by the surname."""
    author = ctx.doc.meta.get("author")
    if not author or not isinstance(author, str) or any(a.predicate == "authoredBy" and a.subject == ctx.doc.id for a in ctx.assertions):
        return
    key = gz.lookup(author.strip(), "Person")
    words = re.findall(r"[^\W\d_]{3,}", author)
    stem = words[-1][:-1].lower() if words else ""
    persons = [m for m in ctx.mentions if m.type == "Person"]
    named = next((m for m in persons if key is not None and m.key == key), None) or \
        next((m for m in persons if len(stem) >= 4 and stem in m.text.lower()), None)
    if named is not None:
        ctx.add(THIS, "authoredBy", ctx.evidence(named.start, named.end), named.key, extractor="front-matter", confidence=0.5)


_NORMATIVE_KINDS = {"resolution", "decree", "decision", "directive", "order", "circular", "statute", "postanovlenie"}


def _own_dated_mentions(mentions: list[Mention], genre: str, date: str | None) -> None:
    """"the resolution of 14 November 1927" in a resolution of that date (an editor's note, the
    closing line) names the document itself."""
    if not date or len(date) != 10:
        return
    suffix = "_" + date.replace("-", "_")
    for m in mentions:
        if m.type == "Document" and m.source in ("rule:document_of_date", "rule:document_of_date_ru") and m.key.endswith(suffix):
            kind = m.key[: -len(suffix)]
            if kind == genre or kind in _NORMATIVE_KINDS and genre in _NORMATIVE_KINDS:
                m.key = THIS


def extract(doc: Document, authority: Authority | None = None) -> Extraction:
    """What one document says: entities with mentions, relations with evidence, provisions,
    quantities."""
    authority = authority if authority is not None else load_authority()
    gz = gazetteer_for(authority)
    genre = infer_genre(doc)
    mentions = find_mentions(doc, gz, this_kind=genre)
    date = _document_date(doc, mentions)
    _own_dated_mentions(mentions, genre, date)
    top = [m for m in mentions if m.source != NESTED]
    ctx = Context(doc=doc, authority=authority, mentions=top, sentences=sentences(doc.text),
                  genre=genre, date=date,
                  nested=[m for m in mentions if m.source == NESTED], header=read_header(doc.text))
    from .relations import attribute_quotations
    attribute_quotations(ctx)
    provisions = find_provisions(ctx)
    ctx.provision_sentences = [(ctx.sentence_of(p.span.start), p) for p in provisions]
    run_relations(ctx)
    _issuer_from_metadata(ctx, gz)
    _author_from_metadata(ctx, gz)
    pair_relations(ctx)
    dated_by_meeting(ctx)
    quantities = find_quantities(ctx, provisions)
    if ctx.added:
        mentions = sorted(mentions + ctx.added, key=lambda m: (m.start, m.end))
    entities = _entities(doc, mentions, authority)
    if not any(e.id == doc.id for e in entities):
        # the document itself is always an entity, even when its title is not in its text
        entities.append(Entity(id=doc.id, label=str(doc.meta.get("title") or doc.id), type="Document"))
        entities.sort(key=lambda e: e.id)
    ids = {e.id for e in entities}
    assertions = [a for a in ctx.assertions if a.subject in ids and (a.object is None or a.object in ids)]
    for a in assertions:
        a.extractor = f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}"
    ex = Extraction(document=doc, entities=entities, assertions=assertions, provisions=provisions,
                    quantities=quantities, mentions=mentions)
    doc.meta.setdefault("genre", genre)
    if ctx.date and "date" not in doc.meta:
        doc.meta["date"] = ctx.date
    return ex
