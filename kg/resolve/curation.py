"""Curation: a historian's corrections to what extraction found, applied on every build.

``corpus/curation.yaml`` (format in corpus/README.md) lists corrections, each with the quoted
text that justifies it:

    confirm   an extracted assertion is right            (status "confirmed")
    reject    an extracted assertion is wrong            (status "rejected": the assertion node
                                                          stays, its plain triple goes)
    add       an assertion extraction missed             (status "added", evidence = the quote)
    merge     several entity ids are one entity          (ids → into, in every document)
    split     some mentions of an id in one document are another entity (→ new_id)

:func:`apply_curation` runs after extraction and cross-document resolution, on the
extractions in place: merges first, then splits, then the assertion corrections in file order.
Nothing is dropped silently: a correction whose quote no longer occurs in its document, whose
assertion is no longer extracted, or whose ids no longer occur, is returned as a
:class:`CurationProblem` (the build report and stderr show it) and changes nothing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import InputError
from ..model import ENTITY_TYPES, PREDICATES, Assertion, Entity, Evidence, Extraction, Mention, Span
from .authority import Authority

__all__ = ["ACTIONS", "Applied", "Correction", "Curation", "CurationProblem", "CurationResult",
           "apply_curation", "curation_path_for", "load_curation"]

ACTIONS = ("confirm", "reject", "add", "merge", "split")
CURATION_EXTRACTOR = "curation"
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class EntityRef:
    """An entity a correction names: an id, and (for a new entity) its type and label."""

    id: str
    type: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Correction:
    """One entry of curation.yaml, as written (``line`` is where it starts)."""

    action: str
    line: int
    document: str | None = None
    subject: EntityRef | None = None
    predicate: str | None = None
    object: EntityRef | None = None
    literal: str | None = None
    quote: str | None = None
    occurrence: int = 1
    reported: bool = False
    ids: tuple[str, ...] = ()
    into: str | None = None
    id: str | None = None
    new_id: str | None = None
    mentions: tuple[str, ...] = ()
    label: str | None = None
    type: str | None = None
    by: str = ""
    note: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """The key of the assertion it names (as :attr:`kg.model.Assertion.key`)."""
        assert self.subject is not None and self.predicate is not None
        obj = self.object.id if self.object is not None else f"^{self.literal}"
        return (self.subject.id, self.predicate, obj)


@dataclass
class Curation:
    path: Path | None
    corrections: list[Correction] = field(default_factory=list)
    problems: list["CurationProblem"] = field(default_factory=list)   # malformed entries
    digest: str = ""


@dataclass(frozen=True)
class CurationProblem:
    """A correction that could not be applied, as the line the user reads."""

    path: str
    line: int | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


@dataclass(frozen=True)
class Applied:
    """What a curator did to one assertion: its status, who, why, and the entry's line."""

    status: str
    by: str
    note: str | None
    line: int


@dataclass
class CurationResult:
    applied: dict[tuple[str, tuple[str, str, str]], Applied] = field(default_factory=dict)
    problems: list[CurationProblem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)     # action → corrections applied


# --------------------------------------------------------------------------- loading

class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line where each mapping starts (as ``__line__``)."""


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    m = loader.construct_mapping(node, deep=True)
    m["__line__"] = node.start_mark.line + 1
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def curation_path_for(root: Path) -> Path:
    """``curation.yaml`` beside the corpus (a folder, or the folder of a file)."""
    return (root if root.is_dir() else root.parent) / "curation.yaml"


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _ref(v: Any) -> EntityRef | None:
    if v is None:
        return None
    if isinstance(v, dict):
        return EntityRef(_text(v.get("id")) or "", _text(v.get("type")), _text(v.get("label")))
    return EntityRef(_text(v) or "")


def _entry(raw: Any, default_by: str, path: str) -> tuple[Correction | None, CurationProblem | None]:
    if not isinstance(raw, dict):
        return None, CurationProblem(path, None, f"a correction must be a mapping, not {raw!r}")
    line = raw.get("__line__")
    action = raw.get("action")
    if action not in ACTIONS:
        return None, CurationProblem(path, line, f"unknown action {action!r} (known: {', '.join(ACTIONS)})")

    def fail(msg: str) -> tuple[None, CurationProblem]:
        return None, CurationProblem(path, line, f"{action}: {msg}")

    known = {"action", "__line__", "document", "subject", "predicate", "object", "literal", "quote", "occurrence",
             "reported", "ids", "into", "id", "new_id", "mentions", "label", "type", "by", "note"}
    extra = sorted(set(raw) - known)
    if extra:
        return fail(f"unknown field(s) {', '.join(extra)}")
    mentions = raw.get("mentions") or ()
    if isinstance(mentions, str):
        mentions = (mentions,)
    ids = raw.get("ids") or ()
    if isinstance(ids, str):
        ids = (ids,)
    try:
        occurrence = int(raw.get("occurrence", 1))
    except (TypeError, ValueError):
        return fail("occurrence must be a number (1 for the first place the quote occurs)")
    c = Correction(
        action=action, line=line, document=_text(raw.get("document")), subject=_ref(raw.get("subject")),
        predicate=_text(raw.get("predicate")), object=_ref(raw.get("object")), literal=_text(raw.get("literal")),
        quote=_text(raw.get("quote")), occurrence=occurrence, reported=bool(raw.get("reported", False)),
        ids=tuple(_text(i) or "" for i in ids), into=_text(raw.get("into")), id=_text(raw.get("id")),
        new_id=_text(raw.get("new_id")), mentions=tuple(_text(m) or "" for m in mentions),
        label=_text(raw.get("label")), type=_text(raw.get("type")),
        by=_text(raw.get("by")) or default_by, note=_text(raw.get("note")))
    if action in ("confirm", "reject", "add"):
        missing = [f for f in ("document", "subject", "predicate", "quote") if not getattr(c, f)]
        if missing:
            return fail(f"missing {', '.join(missing)}")
        if (c.object is None) == (c.literal is None):
            return fail("give either an object (an entity id) or a literal")
        if c.predicate not in PREDICATES:
            return fail(f"unknown predicate {c.predicate!r} (known: {', '.join(PREDICATES)})")
        if c.predicate == "dated" and (c.literal is None or not _ISO.match(c.literal)):
            return fail("'dated' takes a literal ISO date: 1938, 1938-01 or 1938-01-19")
        if c.occurrence < 1:
            return fail("occurrence counts from 1")
        for ref in (c.subject, c.object):
            if ref is not None and ref.type is not None and ref.type not in ENTITY_TYPES:
                return fail(f"unknown entity type {ref.type!r} (known: {', '.join(ENTITY_TYPES)})")
    elif action == "merge":
        if not c.ids or not c.into:
            return fail("give the ids to merge (ids: [...]) and the id they become (into: ...)")
        if c.quote and not c.document:
            return fail("a quote needs the document it is quoted from")
    elif action == "split":
        missing = [f for f in ("document", "id", "new_id") if not getattr(c, f)]
        if missing or not c.mentions:
            return fail(f"missing {', '.join(missing + ([] if c.mentions else ['mentions']))}")
    if c.type is not None and c.type not in ENTITY_TYPES:
        return fail(f"unknown entity type {c.type!r} (known: {', '.join(ENTITY_TYPES)})")
    return c, None


def load_curation(path: Path | None) -> Curation:
    """Read a curation file; a file that is not YAML raises :class:`InputError`, a malformed
    entry becomes a problem (the others still apply). No file: an empty curation."""
    if path is None or not path.exists():
        return Curation(None)
    raw_text = path.read_text(encoding="utf-8")
    try:
        data = yaml.load(raw_text, Loader=_LineLoader)   # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"curation file is not valid YAML: {getattr(e, 'problem', None) or e}", path=path,
                         line=mark.line + 1 if mark else None, hint="fix the YAML (see corpus/README.md)") from None
    if data is None:
        data = {}
    if isinstance(data, list):
        data = {"corrections": data}
    if not isinstance(data, dict) or not isinstance(data.get("corrections", []), list):
        raise InputError("curation file must be a mapping with a 'corrections' list", path=path,
                         hint="see the format in corpus/README.md")
    default_by = _text(data.get("curator")) or ""
    cur = Curation(path, digest=hashlib.sha1(raw_text.encode()).hexdigest())
    for raw in data.get("corrections") or []:
        c, problem = _entry(raw, default_by, str(path))
        if c is not None:
            cur.corrections.append(c)
        if problem is not None:
            cur.problems.append(problem)
    return cur


# --------------------------------------------------------------------------- applying

def _find(text: str, quote: str, occurrence: int = 1) -> int:
    """Where the ``occurrence``-th copy of ``quote`` starts in ``text``, or -1."""
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        if at < 0:
            return -1
    return at


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    out, at = [], text.find(quote)
    while at >= 0 and quote:
        out.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return out


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _rename(ex: Extraction, old: str, new: str, authority: Authority | None, label: str | None,
            etype: str | None) -> bool:
    """Replace id ``old`` by ``new`` throughout one extraction; True if ``old`` occurred."""
    hit = False
    ents = [e for e in ex.entities if e.id == old]
    if ents:
        hit = True
        target = next((e for e in ex.entities if e.id == new), None)
        for e in ents:
            if target is None:
                e.id = new
                entry = authority.get(new) if authority is not None else None
                if label or entry is not None:
                    e.label = label or entry.label
                if etype or entry is not None:
                    e.type = etype or entry.type
                target = e
            else:
                target.mentions = sorted(set(target.mentions) | set(e.mentions))
                target.aliases = sorted(set(target.aliases) | set(e.aliases) | {e.label} - {target.label})
                ex.entities.remove(e)
        ex.entities.sort(key=lambda e: e.id)
    for a in ex.assertions:
        if a.subject == old:
            a.subject, hit = new, True
        if a.object == old:
            a.object, hit = new, True
    for q in ex.quantities:
        if q.subject == old:
            q.subject, hit = new, True
        if old in q.applies_to:
            q.applies_to = [new if x == old else x for x in q.applies_to]
    for p in ex.provisions:
        if old in p.addressees:
            p.addressees = list(dict.fromkeys(new if x == old else x for x in p.addressees))
    for m in ex.mentions:
        if m.key == old:
            m.key, hit = new, True
    if hit:
        _dedupe(ex)
    return hit


def _dedupe(ex: Extraction) -> None:
    """After a merge two assertions of one document may be the same; keep the surest."""
    best: dict[tuple[str, str, str], Assertion] = {}
    order = {"added": 3, "confirmed": 2, "extracted": 1, "rejected": 0}
    for a in ex.assertions:
        b = best.get(a.key)
        if b is None or (order.get(a.status, 1), a.confidence) > (order.get(b.status, 1), b.confidence):
            best[a.key] = a
    keep = {id(a) for a in best.values()}
    ex.assertions[:] = [a for a in ex.assertions if id(a) in keep]


class _Applier:
    def __init__(self, extractions: list[Extraction], cur: Curation, authority: Authority | None,
                 complete: bool, loaded: set[str]) -> None:
        self.by_doc = {ex.document.id: ex for ex in extractions}
        self.extractions = extractions
        self.cur = cur
        self.authority = authority
        self.complete = complete
        self.loaded = loaded
        self.result = CurationResult(problems=list(cur.problems))
        self.path = str(cur.path) if cur.path else "curation.yaml"

    def problem(self, c: Correction, msg: str, severity: str = "error") -> None:
        self.result.problems.append(CurationProblem(self.path, c.line, f"{c.action}: {msg}", severity))

    def done(self, c: Correction) -> None:
        self.result.counts[c.action] = self.result.counts.get(c.action, 0) + 1

    def extraction(self, c: Correction) -> Extraction | None:
        ex = self.by_doc.get(c.document or "")
        if ex is None and self.complete and c.document not in self.loaded:
            self.problem(c, f"document {c.document!r} is not in the corpus (renamed or removed?); "
                            "fix or remove this correction")
        return ex

    def quote_at(self, c: Correction, ex: Extraction) -> int:
        at = _find(ex.document.text, c.quote or "", c.occurrence)
        if at < 0:
            n = "" if c.occurrence == 1 else f" (occurrence {c.occurrence})"
            self.problem(c, f"the quote \"{_short(c.quote or '')}\"{n} no longer occurs in {ex.document.id}; "
                            "update the quote or remove this correction")
        return at

    # -- entities

    def merge(self, c: Correction) -> None:
        if c.document and c.quote:
            ex = self.extraction(c)
            if ex is None or self.quote_at(c, ex) < 0:
                return
        hit = False
        for ex in self.extractions:
            for old in c.ids:
                if old != c.into and _rename(ex, old, c.into or "", self.authority, c.label, c.type):
                    hit = True
        if not hit:
            self.problem(c, f"none of the ids {', '.join(c.ids)} occurs in the corpus any more; "
                            "remove this correction")
            return
        self.done(c)

    def split(self, c: Correction) -> None:
        ex = self.extraction(c)
        if ex is None:
            return
        text = ex.document.text
        spans: list[tuple[int, int]] = []
        for q in c.mentions:
            occ = _occurrences(text, q)
            if not occ:
                self.problem(c, f"the mention \"{_short(q)}\" no longer occurs in {ex.document.id}; "
                                "update it or remove it from this correction")
            spans.extend(occ)
        moved = [m for m in ex.mentions if m.key == c.id and any(s <= m.start and m.end <= e for s, e in spans)]
        if not moved:
            if spans:
                self.problem(c, f"no mention of {c.id!r} in {ex.document.id} lies in the quoted text; "
                                "update or remove this correction")
            return
        old = next((e for e in ex.entities if e.id == c.id), None)
        moved_spans = {m.span for m in moved}
        for m in moved:
            m.key = c.new_id or ""
        new = next((e for e in ex.entities if e.id == c.new_id), None)
        entry = self.authority.get(c.new_id) if self.authority is not None else None
        if new is None:
            new = Entity(id=c.new_id or "", label=c.label or (entry.label if entry else moved[0].text),
                         type=c.type or (entry.type if entry else (old.type if old else moved[0].type)))
            ex.entities.append(new)
        new.mentions = sorted(set(new.mentions) | moved_spans)

        def inside(ev: Evidence) -> bool:
            return any(ev.start <= s.start and s.end <= ev.end for s in moved_spans)
        for a in ex.assertions:
            if a.subject == c.id and inside(a.evidence):
                a.subject = new.id
            if a.object == c.id and inside(a.evidence):
                a.object = new.id
        for q in ex.quantities:
            if q.subject == c.id and inside(q.evidence):
                q.subject = new.id
        if old is not None:
            old.mentions = [s for s in old.mentions if s not in moved_spans]
            still_used = any(c.id in (a.subject, a.object) for a in ex.assertions) or \
                any(q.subject == c.id for q in ex.quantities)
            if not old.mentions and not still_used:
                ex.entities.remove(old)
        ex.entities.sort(key=lambda e: e.id)
        _dedupe(ex)
        self.done(c)

    # -- assertions

    def ensure_entity(self, c: Correction, ex: Extraction, ref: EntityRef) -> bool:
        if any(e.id == ref.id for e in ex.entities):
            return True
        known = next((e for other in self.extractions for e in other.entities if e.id == ref.id), None)
        entry = self.authority.get(ref.id) if self.authority is not None else None
        if ref.id in self.by_doc:
            doc = self.by_doc[ref.id].document
            label, etype = str(doc.meta.get("title") or doc.id), "Document"
        elif known is not None:
            label, etype = known.label, known.type
        elif entry is not None:
            label, etype = entry.label, entry.type
        else:
            label, etype = ref.label, ref.type
        label, etype = ref.label or label, ref.type or etype
        if not label or not etype:
            self.problem(c, f"unknown entity {ref.id!r}: give it as {{id: {ref.id}, type: …, label: …}} "
                            f"(types: {', '.join(ENTITY_TYPES)})")
            return False
        e = Entity(id=ref.id, label=label, type=etype)
        if entry is not None:
            e.links, e.is_class, e.label_ru = dict(entry.links), entry.is_class, entry.label_ru
        elif known is not None:
            e.links, e.is_class, e.label_ru = dict(known.links), known.is_class, known.label_ru
        ex.entities.append(e)
        ex.entities.sort(key=lambda x: x.id)
        return True

    def judge(self, c: Correction, status: str) -> None:
        ex = self.extraction(c)
        if ex is None or self.quote_at(c, ex) < 0:
            return
        found = [a for a in ex.assertions if a.key == c.key]
        if not found:
            self.problem(c, f"{ex.document.id} no longer yields {c.key[0]} {c.key[1]} {c.key[2].lstrip('^')}; "
                            "the correction is not needed any more or its ids changed: update or remove it")
            return
        for a in found:
            a.status = status
        self.result.applied[(ex.document.id, c.key)] = Applied(status, c.by, c.note, c.line)
        self.done(c)

    def add(self, c: Correction) -> None:
        ex = self.extraction(c)
        if ex is None:
            return
        at = self.quote_at(c, ex)
        if at < 0:
            return
        existing = [a for a in ex.assertions if a.key == c.key]
        if existing:
            for a in existing:
                a.status = "confirmed"
            self.result.applied[(ex.document.id, c.key)] = Applied("confirmed", c.by, c.note, c.line)
            self.problem(c, f"{ex.document.id} now yields this assertion itself; it is kept as confirmed "
                            "(change the action to confirm)", severity="warning")
            self.done(c)
            return
        refs = [r for r in (c.subject, c.object) if r is not None]
        if not all(self.ensure_entity(c, ex, r) for r in refs):
            return
        quote = c.quote or ""
        ev = Evidence(ex.document.id, at, at + len(quote), quote)
        ex.assertions.append(Assertion(
            subject=c.subject.id if c.subject else "", predicate=c.predicate or "", evidence=ev,
            object=c.object.id if c.object else None, literal=c.literal if c.object is None else None,
            extractor=CURATION_EXTRACTOR, confidence=1.0, status="added",
            attributed_to=ex.document.id if c.reported else None))
        for r in refs:   # the quote is where the new entity is named, when its label is in it
            e = next(e for e in ex.entities if e.id == r.id)
            for s, end in _occurrences(quote, e.label):
                span = Span(at + s, at + end, e.label)
                if span not in e.mentions:
                    e.mentions.append(span)
                    e.mentions.sort()
                    ex.mentions.append(Mention(span.start, span.end, span.text, e.type, e.id, e.label,
                                               source="curation"))
        self.result.applied[(ex.document.id, c.key)] = Applied("added", c.by, c.note, c.line)
        self.done(c)

    def run(self) -> CurationResult:
        for c in self.cur.corrections:
            if c.action == "merge":
                self.merge(c)
        for c in self.cur.corrections:
            if c.action == "split":
                self.split(c)
        for c in self.cur.corrections:
            if c.action == "confirm":
                self.judge(c, "confirmed")
            elif c.action == "reject":
                self.judge(c, "rejected")
            elif c.action == "add":
                self.add(c)
        return self.result


def apply_curation(extractions: list[Extraction], curation: Curation, authority: Authority | None = None,
                   *, complete: bool = True, loaded: Iterable[str] = ()) -> CurationResult:
    """Apply ``curation`` to ``extractions`` in place.

    ``complete``: the extractions are the whole corpus, so a correction naming a document that is
    not among them is reported (``kg extract`` on a few files passes False) — unless the
    document is in ``loaded``: it was read but its extraction failed, which is reported already."""
    return _Applier(extractions, curation, authority, complete, set(loaded)).run()
