"""The numbered provisions of a resolution, each a Decision: its text, addressees, modality and
deadline (an absolute date, or a duration resolved against the document's date)."""
from __future__ import annotations

import bisect
import re

from ..model import Provision, Span
from .context import Context
from .dates import add_duration, find_dates, find_durations
from .mentions import THIS
from .text import paragraphs

__all__ = ["find_provisions"]

_POINT_RE = re.compile(r"(?m)^[ \t]*[\"“«]?(\d{1,2})\.[ \t]+(?=\S)")
_FORBID = re.compile(r"(?i)forbidden|prohibited|not permitted|may not|must not|запрещ|воспрещ|не\s+должн|не\s+допуска")
_ESTABLISH = re.compile(r"(?i)^\s*\d+\.\s*(?:to\s+)?(?:establish|recogni[sz]e|consider|note|approve|confirm|признать|установить|утвердить)\b")


def find_provisions(ctx: Context) -> list[Provision]:
    text = ctx.text
    points = [(int(m.group(1)), m.start(), m.end()) for m in _POINT_RE.finditer(text)]
    # keep runs of consecutive numbers (1, 2, 3 … or 6, 7): a list, not a stray number
    runs: list[list[tuple[int, int, int]]] = []
    for p in points:
        if runs and p[0] == runs[-1][-1][0] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    out: list[Provision] = []
    pars = paragraphs(text) if runs else []
    par_starts = [p[0] for p in pars]
    for run in runs:
        if len(run) < 2:
            continue
        first_sent = ctx.sentence_of(run[0][2])
        owner = ctx.speaker_of(first_sent) if first_sent >= 0 else ctx.doc.id
        from .relations import NORMATIVE
        if owner == ctx.doc.id and ctx.genre not in NORMATIVE:
            continue
        for k, (n, s, body_s) in enumerate(run):
            if k + 1 < len(run):
                e = run[k + 1][1]
            else:
                # the last point ends with its paragraph: what follows is the document again
                k = bisect.bisect_right(par_starts, body_s) - 1
                e = pars[k][1] if k >= 0 and body_s < pars[k][1] else len(text)
            while e > s and text[e - 1].isspace():
                e -= 1
            span = Span(s, e, text[s:e])
            prov = Provision(number=n, document=owner if owner != THIS else ctx.doc.id, span=span)
            prov.modality = "forbids" if _FORBID.search(span.text) else \
                "establishes" if _ESTABLISH.match(span.text) and not re.search(r"(?i)obliged|must|should", span.text) else "demands"
            bodies = [m for m in ctx.in_span(s, e, ("Body",))]
            verb = re.search(r"(?i)\b(?:are|is|be)\s+(?:hereby\s+)?(?:obliged|directed|instructed|charged|enjoined)\b|\bmust\b|\bshould\b|\bshall\b|forbidden|suggested\s+to|\bthat\s+they\b|обязан|должн|запрещ", span.text)
            cut = s + verb.start() if verb else s   # no obligation verb: the issuer acts itself
            if verb and re.match(r"(?i)suggested\s+to", verb.group(0)):
                that = re.search(r"\bthat\b", text[cut:e])
                cut = cut + that.start() if that else e
            prov.addressees = list(dict.fromkeys(
                ctx.key(m) for m in bodies if m.start < cut and not re.search(
                    r"(?i)(?:\bof|attached to|under|by|from|through|with)\s+(?:the\s+|a\s+|all\s+)?$", text[max(s, m.start - 16):m.start])))
            dates = [d for d in find_dates(span.text) if d.precision == "day" and re.search(
                r"(?i)(?:not later than|no later than|by|before|until|не позднее|до)\s+$", span.text[max(0, d.start - 20):d.start])]
            if dates:
                prov.deadline, prov.deadline_precision = dates[0].iso, "day"
            else:
                durs = find_durations(span.text)
                if durs and ctx.date and len(ctx.date) >= 10:
                    prov.deadline = add_duration(ctx.date, durs[0].value, durs[0].unit)
                    prov.deadline_precision = "day"
            out.append(prov)
    return out
