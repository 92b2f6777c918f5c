"""The state one document's extraction works on: text, sentences, mentions and who speaks."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Assertion, Document, Evidence, Mention
from ..resolve.authority import Authority
from .mentions import THIS
from .text import Sentence

__all__ = ["Context"]

MAX_EVIDENCE = 300


@dataclass
class Context:
    doc: Document
    authority: Authority
    mentions: list[Mention]
    sentences: list[Sentence]
    genre: str
    date: str | None = None
    speaker: dict[int, str] = field(default_factory=dict)      # sentence index → document key
    assertions: list[Assertion] = field(default_factory=list)
    provision_sentences: list = field(default_factory=list)
    nested: list[Mention] = field(default_factory=list)
    header: Any = None
    #: mentions a relation rule found (an office named only by the phrase that gives it: "The
    #: first chairman was …"); they join the document's entities
    added: list[Mention] = field(default_factory=list)
    _seen: set = field(default_factory=set)
    #: what rules compute from the context and ask again (keyed by the rule's own tuple, with
    #: ``len(assertions)`` in it when the answer reads the assertions, which only grow)
    memo: dict = field(default_factory=dict)
    _low: str | None = None

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def low(self) -> str:
        """The text in lower case (for ``str.find`` of cue words: kg.extract.prefilter.cued)."""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    def key(self, m: Mention | str) -> str:
        k = m.key if isinstance(m, Mention) else m
        return self.doc.id if k == THIS else k

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._sent_starts = [s.start for s in self.sentences]
        self.keys = {self.key(m) for m in self.mentions} | {self.key(m) for m in self.nested}
        self._by_sentence: dict[int, list[Mention]] = {}
        self._by_sentence_types: dict[tuple[int, tuple[str, ...]], list[Mention]] = {}

    #: the longest mention; windows are widened by it so no mention is missed
    MAX_MENTION = 1000

    def in_span(self, s: int, e: int, types: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions lying within [s, e) — a binary search, not a scan."""
        lo = bisect.bisect_left(self._starts, s)
        hi = bisect.bisect_left(self._starts, e)
        return [m for m in self.mentions[lo:hi] if m.end <= e and (types is None or m.type in types)]

    def covering(self, pos: int) -> list[Mention]:
        """Mentions whose span contains the character at ``pos``."""
        lo = bisect.bisect_left(self._starts, pos - self.MAX_MENTION)
        hi = bisect.bisect_right(self._starts, pos)
        return [m for m in self.mentions[lo:hi] if m.start <= pos < m.end]

    def sentence_mentions(self, i: int, types: tuple[str, ...] | None = None) -> list[Mention]:
        if i not in self._by_sentence:
            s = self.sentences[i]
            self._by_sentence[i] = self.in_span(s.start, s.end + 1)
        ms = self._by_sentence[i]
        if types is None:
            return ms
        # (the rules ask a sentence for the same types again and again: each asker gets its own list)
        k = (i, types)
        got = self._by_sentence_types.get(k)
        if got is None:
            got = self._by_sentence_types[k] = [m for m in ms if m.type in types]
        return list(got)

    def sentence_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end + 1:
            return i
        return -1

    def speaker_of(self, sent_index: int) -> str:
        return self.speaker.get(sent_index, self.doc.id)

    def add_mention(self, m: Mention) -> Mention:
        """A mention found by a relation rule (kept once per span and type)."""
        for x in self.added:
            if (x.start, x.end, x.type) == (m.start, m.end, m.type):
                return x
        self.added.append(m)
        self.keys.add(self.key(m))
        return m

    def entry(self, key: str):
        return self.authority.get(key)

    def evidence(self, s: int, e: int) -> Evidence:
        """Evidence for a fact stated in text[s:e], trimmed to a readable quote."""
        text = self.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > MAX_EVIDENCE:
            e = s + MAX_EVIDENCE
            cut = text.rfind(" ", s, e)
            if cut > s + 50:
                e = cut
            while e > s and text[e - 1] in " ,;:":
                e -= 1
        return Evidence(self.doc.id, s, e, text[s:e])

    def clause_evidence(self, sent: Sentence, anchors: list[Mention]) -> Evidence:
        """The shortest part of ``sent`` that holds every anchor, widened to clause edges."""
        s = min(a.start for a in anchors)
        e = max(a.end for a in anchors)
        if e - s <= MAX_EVIDENCE and sent.end - sent.start <= MAX_EVIDENCE:
            return self.evidence(sent.start, sent.end)
        left = max(sent.start, s - 120)
        m = list(re.finditer(r"[,;:(]\s", self.text[left:s]))
        if m:
            left = left + m[-1].end()
        right = min(sent.end, e + 120)
        m2 = re.search(r"[,;:)]\s|$", self.text[e:right])
        if m2:
            right = e + m2.start()
        return self.evidence(left, right)

    def add(self, subject: str, predicate: str, evidence: Evidence, obj: str | None = None,
            literal: str | None = None, extractor: str = "rules", confidence: float = 0.8,
            attributed: bool = False) -> None:
        subject = self.key(subject)
        if obj is not None:
            obj = self.key(obj)
            if obj == subject:
                return
        k = (subject, predicate, obj, literal)
        if k in self._seen:
            return
        self._seen.add(k)
        self.assertions.append(Assertion(
            subject=subject, predicate=predicate, evidence=evidence, object=obj, literal=literal,
            extractor=extractor, confidence=confidence,
            attributed_to=self.doc.id if attributed and subject != self.doc.id else None))
