"""Numbers the text states, as data: counts per region, shares, memberships, majorities."""
from __future__ import annotations

import re

from ..model import Provision, Quantity
from .context import Context
from .dates import find_durations
from .prefilter import gated

__all__ = ["find_quantities"]

_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_QUAL_WORDS = ("more than", "over", "about", "around", "approximately", "nearly", "almost", "some", "up to", "at least",
               "fewer than", "less than", "свыше", "более", "около", "почти")
_QUAL = r"(?:(" + "|".join(_QUAL_WORDS) + r")\s+)?"
_FRACTIONS = {"two-thirds": 2 / 3, "one-third": 1 / 3, "three-quarters": 0.75, "one-half": 0.5,
              "half": 0.5, "two thirds": 2 / 3, "a third": 1 / 3, "a quarter": 0.25}


# compiled once (the loop below runs per sentence). A match begins with a digit or a
# qualifier's first letter: the lookahead says so, and re no longer tries the sixteen
# qualifiers at every other position (the same matches, several times faster).
_START = "(?=[\\d" + "".join(sorted({w[0] for w in _QUAL_WORDS})) + "])"
_NOUN_RE = re.compile(rf"(?=\d){_NUM}\s+([a-z]+)")
_COUNT_RE = re.compile(rf"{_START}{_QUAL}{_NUM}")
_SHARE_RE = gated(re.compile(rf"{_START}{_QUAL}{_NUM}\s*(?:percent|per cent|%)"))
_MEMBERSHIP_RE = gated(re.compile(rf"\bmembership\s+of\s+{_QUAL}{_NUM}"))
_MAJORITY_RES = [(frac, v, gated(re.compile(rf"\b(?:by\s+)?(?:a\s+)?{frac}\s+majority\b", re.I)))
                 for frac, v in _FRACTIONS.items()]
#: every quantity below needs a digit or "majority": other sentences are skipped
_MAY_STATE = re.compile(r"\d|majority", re.I)


def _num(s: str) -> float | int:
    v = float(s.replace(",", ""))
    return int(v) if v.is_integer() else v


def find_quantities(ctx: Context, provisions: list[Provision]) -> list[Quantity]:
    text = ctx.text
    out: list[Quantity] = []
    for i, sent in enumerate(ctx.sentences):
        if not _MAY_STATE.search(sent.text):
            continue
        places = [m for m in ctx.in_span(sent.start, sent.end, ("Place",))]
        noun = None
        nm = _NOUN_RE.search(sent.text)
        if nm and not re.match(r"(?i)percent|per|years?|months?|days?|weeks?", nm.group(2)):
            noun = nm.group(2)
            if re.search(r"(?i)\b(?:have|has)\s+not\s+been\s+(\w+)|unexamined|unresolved|undecided", sent.text):
                neg = re.search(r"(?i)\bnot\s+been\s+(\w+)", sent.text)
                noun = (f"un{neg.group(1)}" if neg else "unexamined") + " " + noun
        # counts by place: "In the Kiev Oblast more than 1,200 …", "900 in the Kharkov Oblast"
        for m in _COUNT_RE.finditer(sent.text):
            s = sent.start + m.start()
            e = sent.start + m.end()
            if re.match(r"\s*(?:percent|per cent|%)", text[e:e + 9]):
                continue
            if re.match(r"\d{4}$", m.group(2)) and 1800 < int(m.group(2)) < 2100:
                continue
            near = [p for p in places if 0 <= p.start - e < 20 and
                    re.fullmatch(r"\s+(?:in|in the|for|for the|from the|from)\s+", text[e:p.start])] or \
                   [p for p in places if 0 <= s - p.end < 12 and re.fullmatch(r"\s*", text[p.end:s])]
            if near and noun:
                p = near[0]
                ev_s, ev_e = min(p.start, s), max(p.end, e)
                ev_s = max(sent.start, text.rfind(" ", sent.start, ev_s - 3) + 1) if text[ev_s - 7:ev_s].strip().lower() in ("in the", "the") else ev_s
                out.append(Quantity(ctx.key(p), noun, _num(m.group(2)), ctx.evidence(ev_s, ev_e),
                                    qualifier=(m.group(1) or None)))
        # shares: "some 40 percent of a membership of about 3,500,000"
        for m in _SHARE_RE.finditer(sent.text):
            subj = [x for x in ctx.in_span(sent.start, sent.end, ("Event",))]
            key = ctx.key(subj[0]) if subj else ctx.doc.id
            out.append(Quantity(key, "share expelled" if re.search(r"(?i)expel|exclu|purg", sent.text) else "share",
                                _num(m.group(2)), ctx.evidence(sent.start, sent.end), unit="percent",
                                qualifier=m.group(1) or None))
        for m in _MEMBERSHIP_RE.finditer(sent.text):
            key = "communist_party" if "communist_party" in ctx.keys else ctx.doc.id
            year = re.search(r"\b(1[89]\d\d)\b", sent.text)
            out.append(Quantity(key, "party membership" + (f" ({year.group(1)})" if year else ""),
                                _num(m.group(2)), ctx.evidence(sent.start, sent.end), qualifier=m.group(1) or None))
        for frac, v, frac_re in _MAJORITY_RES:
            for m in frac_re.finditer(sent.text):
                bodies = [x for x in ctx.in_span(sent.start, sent.end, ("Body",)) if "plenum" in x.label.lower()]
                prior = [x for x in ctx.in_span(max(0, sent.start - 3000), sent.start, ("Body",)) if "plenum" in x.label.lower()]
                key = ctx.key(bodies[0]) if bodies else ctx.key(prior[-1]) if prior else ctx.doc.id
                out.append(Quantity(key, "majority required", round(v, 4), ctx.evidence(sent.start + m.start(), sent.start + m.end()),
                                    unit="fraction", value_text=frac))
    for p in provisions:
        if not p.deadline:
            continue
        durs = find_durations(p.span.text)
        if durs:
            d = durs[0]
            out.append(Quantity(p.document, "deadline", d.value, ctx.evidence(p.span.start + d.start, p.span.start + d.end),
                                unit=d.unit, point=p.number, applies_to=list(p.addressees), value_text=p.deadline))
        else:
            m = re.search(r"(?i)(?:not later than|no later than|by|before|until|не позднее|до)\s+[^,;.]*\d{4}", p.span.text)
            if m:
                out.append(Quantity(p.document, "deadline", p.deadline, ctx.evidence(p.span.start + m.start(), p.span.start + m.end()),
                                    point=p.number, applies_to=list(p.addressees)))
    return out
