"""partkg's one data model.

A :class:`Document` (text plus metadata) flows through the stages:

    load (path → Document) → extract (Document → Extraction) → build graph → export → query

An :class:`Extraction` holds what one document says: its :class:`Entity` objects (each with the
:class:`Span` of every mention), its :class:`Assertion` objects (subject, predicate, object or
literal, with :class:`Evidence`), the numbered provisions of a resolution (:class:`Provision`) and
the numbers it states (:class:`Quantity`). Nothing here depends on rdflib.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "ENTITY_TYPES", "PREDICATES", "Assertion", "Document", "Entity", "Evidence", "Extraction",
    "Mention", "Provision", "Quantity", "Span",
]

#: The seven entity types (definitions in ontology/partkg.ttl).
ENTITY_TYPES = ("Person", "Body", "Place", "Document", "Event", "Group", "Position")

#: The relation predicates, subject type → object type in ontology/partkg.ttl.
PREDICATES = (
    "issues", "criticizes", "references", "demands", "forbids", "expels", "authorizes",
    "reportsOn", "authoredBy", "sentTo", "publishedIn", "partOf", "memberOf", "holdsPosition",
    "headOf", "locatedIn", "comparesTo", "absolves", "dated",
)


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of a document's text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    """One source document: its id, its text (after any front matter) and its metadata.

    ``meta`` keys follow corpus/README.md: title, date, source, genre, language, issuer, author,
    recipient, published_in, translated_in … ``annotations`` are mentions a loader already knows
    (TEI ``persName``/``orgName``/``placeName``/``date``), with offsets into ``text``.
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    annotations: list["Mention"] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.meta.get("title")

    @property
    def genre(self) -> str:
        return str(self.meta.get("genre") or "").lower()

    @property
    def language(self) -> str:
        return str(self.meta.get("language") or "en").lower()[:2]


@dataclass
class Mention:
    """A place in the text that names an entity.

    ``key`` is the canonical entity id (an authority id, or one minted from type and label);
    ``source`` names what found it (``gazetteer``, ``rule:<name>``, ``tei``).
    """

    start: int
    end: int
    text: str
    type: str
    key: str
    label: str
    source: str = "gazetteer"
    is_class: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass
class Entity:
    """One real-world thing, as named in one document (``mentions``) or across a corpus."""

    id: str
    label: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    is_class: bool = False
    label_ru: str | None = None
    aliases: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "type": self.type,
                "mentions": [m.to_json() for m in sorted(set(self.mentions))],
                "links": dict(sorted(self.links.items()))}


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: document id, character offsets, the quoted text."""

    doc: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Assertion:
    """One statement extracted from a document, with its evidence.

    ``attributed_to`` is the id of the document that *makes* the claim when that is not the
    subject itself (a telegram reporting what a resolution does), else ``None``: the document
    in ``evidence.doc`` says it in its own voice.
    """

    subject: str
    predicate: str
    evidence: Evidence
    object: str | None = None
    literal: str | None = None
    extractor: str = "rules"
    confidence: float = 0.8
    status: str = "extracted"
    attributed_to: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object if self.object is not None else f"^{self.literal}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"subject": self.subject, "predicate": self.predicate}
        if self.object is not None:
            out["object"] = self.object
        else:
            out["object_literal"] = self.literal
        out["evidence"] = self.evidence.to_json()
        return out


@dataclass
class Quantity:
    """A number the text states about an entity (appeals per region, a share, a deadline)."""

    subject: str
    quantity: str
    value: float | int | str
    evidence: Evidence
    unit: str | None = None
    qualifier: str | None = None
    value_text: str | None = None
    point: int | None = None
    applies_to: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = self.evidence.to_json()
        return {k: v for k, v in d.items() if v not in (None, [])}


@dataclass
class Provision:
    """A numbered point of a resolution: a Decision that is part of it."""

    number: int
    document: str
    span: Span
    addressees: list[str] = field(default_factory=list)
    modality: str = "demands"          # demands | forbids | establishes
    deadline: str | None = None         # ISO date
    deadline_precision: str | None = None


@dataclass
class Extraction:
    """All that one document says, ready to become a named graph."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    assertions: list[Assertion] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def entity(self, key: str) -> Entity | None:
        for e in self.entities:
            if e.id == key:
                return e
        return None

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract --format jsonl`` contract (one object per document)."""
        return {
            "doc": self.document.id,
            "entities": [e.to_json() for e in sorted(self.entities, key=lambda e: e.id)],
            "relations": [a.to_json() for a in sorted(
                (a for a in self.assertions if a.status != "rejected"),
                key=lambda a: (a.subject, a.predicate, a.object or "", a.literal or "", a.evidence.start))],
        }
