"""Relations from how party documents, telegrams and essays state them.

Each rule reads the :class:`~kg.extract.context.Context` (sentences, mentions, who speaks) and
adds assertions with their evidence. Who speaks matters: a resolution that quotes an earlier
decision speaks in the decision's voice for the quoted paragraphs (``attribute_quotations``),
and a telegram that says "the resolution criticizes X" attributes the criticism to the
resolution, as a claim the telegram makes.
"""
from __future__ import annotations

import bisect
import functools
from . import gatedre as re   # re, with re.search & co. gated: kg.extract.gatedre
from typing import Callable

from ..iri import slug
from ..model import Mention
from .context import Context
from .dates import find_dates, find_dates_in_year
from .lexicon import HONORIFICS, PEJORATIVE_WORDS
from .mentions import THIS
from .patterns import signature_span
from .prefilter import _UNSAFE, cued, gated

__all__ = ["RELATION_RULES", "dated_by_meeting", "relation_rule", "run_relations"]

RelFn = Callable[[Context], None]
RELATION_RULES: dict[str, RelFn] = {}


def relation_rule(name: str) -> Callable[[RelFn], RelFn]:
    def deco(fn: RelFn) -> RelFn:
        if name in RELATION_RULES:
            raise ValueError(f"relation rule {name!r} registered twice")
        RELATION_RULES[name] = fn
        return fn
    return deco


NORMATIVE = {"resolution", "decree", "decision", "directive", "order", "law", "statute", "circular",
             "letter", "instruction", "theses", "platform"}
REPORTING = {"telegram", "dispatch", "despatch", "report", "memorandum", "essay", "article",
             "encyclopedia", "speech", "book", "chapter", "note", "airgram", "communique", "editorial", "newspaper"}
#: genres whose own voice judges: a resolution condemns, a speech or a report to a party body
#: denounces, the party press unmasks; a diplomat's telegram, an essay or an encyclopedia entry
#: reports and describes
OWN_VOICE = NORMATIVE | {"speech", "report", "editorial", "newspaper"}
#: genres that prescribe in their own voice ("The obkoms … must see to it"): those that judge, and
#: the signed article of the party press
PRESCRIBING = OWN_VOICE | {"article"}
_ADOPTING = re.compile(r"(?i)congress|conference|plenum|committee|politburo|presidium|bureau|soviet\b(?!\s+union)|council|commission|sovnarkom|съезд|пленум|комитет|бюро")


def _sent_mentions(ctx: Context, i: int, types: tuple[str, ...] | None = None) -> list[Mention]:
    return ctx.sentence_mentions(i, types)


def _is_adopting(m: Mention) -> bool:
    return m.type == "Body" and not m.is_class and _adopting_name(m.label, m.text)


@functools.lru_cache(maxsize=8192)
def _adopting_name(label: str, text: str) -> bool:
    return bool(_ADOPTING.search(label + " " + text))


# --- who speaks --------------------------------------------------------------------------

_SPEECH_VERB = re.compile(r"(?i)\b(indicated|stated|noted|declared|said|says|wrote|writes|emphasi[sz]ed|pointed out|reads|read as follows|stressed|observed|warned|указ\w*|отмеч\w*|говор\w*)\b")
_SAYS = re.compile(r"(?i)\b(said|says|declared|complain\w*|wrote|stated|argued|protested|exclaimed|told|insisted|objected|warned|speech|заявил\w*|сказал\w*|писал\w*)\b")
_SCOPE_END = re.compile(r"^(?:As (?:may|can) be seen|As is (?:clear|evident)|Thus\b|Nevertheless|However|Consequently|Hence|Therefore|In this connection|Таким образом|Однако|Тем не менее)")


@relation_rule("attribute_quotations")
def attribute_quotations(ctx: Context) -> None:
    """Paragraphs quoted from another document (or a person) speak in that voice.

    A sentence ending in ":" that names another document opens a quotation; it runs until a
    discourse marker ("As may be seen", "Nevertheless"), a paragraph where the quoting
    document's issuer speaks again, or — when the quotation is in quotation marks — the
    paragraph that closes them. A sentence saying a person spoke ("V. Kossior could complain")
    followed by a paragraph in quotation marks gives that paragraph to the person."""
    text = ctx.text
    current: str | None = None
    in_marks = False
    close_after: int | None = None
    cur_par = -1
    person_next: tuple[int, str] | None = None
    quoted_speaker: dict[int, str] = {}
    for i, sent in enumerate(ctx.sentences):
        if sent.paragraph != cur_par:
            if close_after is not None and cur_par == close_after:
                current, in_marks, close_after = None, False, None
            cur_par = sent.paragraph
            if current and _SCOPE_END.match(sent.text):
                current, in_marks = None, False
            if current:
                first = _sent_mentions(ctx, i, ("Body",))
                if first and first[0].start - sent.start < 40 and _is_adopting(first[0]) and \
                        re.search(r"(?i)\b(considers|decrees|demands|resolves|instructs|proposes)\b", sent.text):
                    current, in_marks = None, False
            if current and text[sent.start:sent.start + 1] in _OPEN_QUOTES:
                in_marks = True
            if current and in_marks:
                par_end = max(x.end for x in ctx.sentences if x.paragraph == cur_par)
                if text[:par_end].rstrip()[-1:] in _CLOSE_QUOTES:
                    close_after = cur_par
        if person_next is not None and sent.paragraph == person_next[0]:
            ctx.speaker[i] = person_next[1]
            continue
        persons = _sent_mentions(ctx, i, ("Person",))
        nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
        if persons and nxt is not None and nxt.paragraph != sent.paragraph and _SAYS.search(sent.text) \
                and text[nxt.start:nxt.start + 1] in _OPEN_QUOTES:
            person_next = (nxt.paragraph, persons[-1].key)
        docs = [m for m in _sent_mentions(ctx, i, ("Document",)) if m.key != THIS]
        inline = re.search(r"[-—–]\s*it\s+(?:was|is)\s+stated\s+in\s+(?:that|this|the)\s+\w+\s*[-—–]", sent.text)
        if docs and _OWN_OPERATIVE.search(sent.text) and any(
                b.start > docs[-1].end or b.end <= docs[0].start and _is_adopting(b) for b in _sent_mentions(ctx, i, ("Body",))):
            # "Guided by the directives of Comrade Stalin's report, the plenum resolves:", "The
            # Central Committee, having examined … after the decision of the Thirteenth Congress,
            # decrees that:": the document it names guides it; the points that follow are the
            # adopting body's own
            current, in_marks, close_after = None, False, None
            continue
        if docs and (sent.text.rstrip().endswith(":") or
                     re.match(r"(?i)in\s+(?:its|the\s+same|this|that|the)\b", sent.text) and _SPEECH_VERB.search(sent.text)):
            ctx.speaker[i] = ctx.key(docs[0])
            if sent.text.rstrip().endswith(":"):
                current, in_marks, close_after = ctx.key(docs[0]), False, None
            continue
        if inline and docs:
            ctx.speaker[i] = ctx.key(docs[-1])
            current = ctx.key(docs[-1])
            continue
        # «Резолюция констатирует, что …», «Как говорится в сообщении, …»: the sentence is the
        # document's, as the text reports it
        said = _RU_DOC_SAYS.match(sent.text) if docs and not current and not sent.text.isascii() else None
        n = (1 if said.group(1) else 2) if said else 0
        who = [d for d in docs if d.start == sent.start + said.start(n) and d.end == sent.start + said.end(n)] if said else []
        if who:
            ctx.speaker[i] = ctx.key(who[0])
            continue
        # "The text of the telegram was as follows: “We deem … matter.”": a quotation opened
        # after a colon inside the sentence that names the document speaks in its voice until
        # its closing mark (within the paragraph)
        colon = None if current else re.search(r":\s*[“\"«„]", sent.text)
        if colon and docs and any(d.end <= sent.start + colon.start() for d in docs):
            d = [d for d in docs if d.end <= sent.start + colon.start()][-1]
            open_at = sent.start + colon.end()
            close = re.search(r"[”»]|\"(?=[\s.,;)]|$)", text[open_at:max(x.end for x in ctx.sentences if x.paragraph == sent.paragraph)])
            last = open_at + close.start() if close else sent.end
            for j in range(i, len(ctx.sentences)):
                if ctx.sentences[j].start > last or ctx.sentences[j].paragraph != sent.paragraph:
                    break
                quoted_speaker[j] = ctx.key(d)
        if i in quoted_speaker:
            ctx.speaker[i] = quoted_speaker[i]
            continue
        if current:
            ctx.speaker[i] = current


#: a document the sentence reports as saying: «Резолюция констатирует, что», «Сообщение указывает, что»,
#: «Как говорится в сообщении,», «Тем самым, говорится в резолюции,»
_RU_DOC_SAYS = re.compile(r"(?:(\S[^,;:]{0,80}?)\s+(?:констатирует|указывает|отмечает|подч[её]ркивает|заявляет|утверждает|признаёт|признает|напоминает)\b"
                          r"|(?:[^,;:]{0,30},\s*)?(?:[Кк]ак\s+)?(?:говорится|указывается|сказано|отмечается|подч[её]ркивается)\s+в\s+(\S[^,;:]{0,80}?)\s*,)")
_OPEN_QUOTES = "\"“«„‘'"
#: a body's operative formula closing the preamble ("the plenum resolves:", «пленум постановляет:»)
_OWN_OPERATIVE = re.compile(r"(?i)\b(?:resolves|decrees|decides|hereby\s+resolves|постановляет|постановил[аи]?|решает|решил[аи]?)(?:\s+that)?\s*:\s*$")
_CLOSE_QUOTES = "\"”»’'"


# --- issues, dates, sources ----------------------------------------------------------------

#: "The Congress, which sat in Moscow from 2 to 19 December, closed by adopting a resolution on …"
_ISSUED_AFTER_CLAUSE = re.compile(r"(?:\s+\([^()]{0,80}\))?,\s+(?:which|that)\s+[^;.]{0,120}?,\s+(?:(?:closed|ended|concluded|finished)\s+(?:its\s+work\s+)?by\s+)?"
                                  r"(?:\w+ly\s+)?(?:adopted|adopting|issued|issuing|passed|passing|approved|approving)\s+(?:a|an|the|its)?\s*(?:[\w-]+\s+){0,3}[«\"“]?")
_ISSUE_VERB = re.compile(r"(?i)\b(adopted|issued|passed|approved|published|promulgated|signed|принял\w*|издал\w*)\b")
_ISSUER_VOICE = re.compile(r"(?i)\b(decrees?|resolves?|considers?|demands?|instructs?|orders?|proposes?|deems?|warns?|постановляет|считает|требует|предупреждает)\b")


@relation_rule("issues")
def issues(ctx: Context) -> None:
    text = ctx.text
    this_titles = [m for m in ctx.mentions if m.key == THIS]
    # 1. a header "Body, Title. Date" or "Body: Title"
    for t in this_titles:
        line_start = text.rfind("\n", 0, t.start) + 1
        head = [m for m in ctx.in_span(line_start, t.start, ("Body",)) if _is_adopting(m)
                and re.fullmatch(r"\s*[,:.]\s*", text[m.end:t.start])]
        if head:
            ctx.add(head[0].key, "issues", ctx.evidence(head[0].start, t.end), THIS, confidence=0.9)
    # 1b. the heading line that names the kind and the issuer: "Resolution of the CC and the CCC"
    h = ctx.header
    if h is not None and h.lines and ctx.genre in ("report", "statement", "appeal", "letter", "communique"):
        # "Report of the Central Control Commission to the Congress": a body's report is its own
        s0, e0 = h.lines[0]
        # («Отчётный доклад Центрального Комитета КП(б)У на XIV съезде …»: the Russian genitive)
        g = re.match(r"(?i)\s*(?:the\s+)?(?:(?:отч[её]тн\w+|политическ\w+|political)\s+)?(?:report|statement|appeal|address|letter|communiqu[eé]|отч[её]т|доклад|обращение|письмо)"
                     r"(?:\s+(?:of|by|from)\s+(?:the\s+)?|\s+(?=[А-ЯЁ]))", text[s0:e0])
        if g:
            b = [x for x in ctx.in_span(s0 + g.end(), e0 + 1, ("Body",)) if x.start == s0 + g.end() and _is_adopting(x)]
            if b:
                ctx.add(b[0].key, "issues", ctx.evidence(s0, e0), THIS, confidence=0.8)
    if h is not None and h.genre_line is not None and ctx.genre in NORMATIVE | {"communique"}:
        gs, ge = h.genre_line
        for b in ctx.in_span(gs, ge + 1, ("Body",)):
            if _is_adopting(b) and not re.search(r"(?i)\bto\s+(?:the\s+)?$", text[gs:b.start]):
                ctx.add(b.key, "issues", ctx.evidence(gs, ge), THIS, confidence=0.85)
    # 2. documents named by their issuer, or introduced by a congress
    for m in ctx.mentions:
        if m.type != "Document" or m.key == THIS:
            continue
        if m.source in ("rule:document_of_body", "rule:following_document", "rule:document_of_date_ru"):
            bodies = [b for b in ctx.in_span(m.start, m.end, ("Body",)) if _is_adopting(b)]
            issuer = bodies[0] if bodies else None
            for other in bodies[1:]:
                if re.fullmatch(r"\s+(?:and|и)\s+(?:the\s+)?", text[bodies[0].end:other.start]) or \
                        re.search(r"\s+(?:and|и)\s+(?:the\s+)?$", text[m.start:other.start]):
                    ctx.add(other.key, "issues", ctx.evidence(m.start, m.end), m.key)
            if issuer is None and m.source == "rule:following_document":
                prev = [b for b in ctx.in_span(max(0, m.start - 600), m.start, ("Body",)) if _is_adopting(b)]
                issuer = prev[-1] if prev else None
                if issuer is not None:
                    sent = ctx.sentences[ctx.sentence_of(issuer.start)]
                    ctx.add(issuer.key, "issues", ctx.evidence(sent.start, sent.end), m.key)
                    continue
            if issuer is not None:
                ctx.add(issuer.key, "issues", ctx.evidence(m.start, m.end), m.key)
                if bodies[-1].end == m.end:
                    # «совместным постановлением Президиума Верховного Совета СССР, ЦК ВКП(б) и СНК
                    # СССР», "the joint resolution of the CC, the Sovnarkom and …": the co-issuers listed on
                    at = m.end
                    while True:
                        nxt = [b for b in ctx.in_span(at, at + 200, ("Body",)) if _is_adopting(b)]
                        if not nxt or not re.fullmatch(r"\s*,\s*(?:and\s+|и\s+)?(?:the\s+)?|\s+(?:and|и)\s+(?:the\s+)?", text[at:nxt[0].start]):
                            break
                        ctx.add(nxt[0].key, "issues", ctx.evidence(m.start, nxt[0].end), m.key, confidence=0.7)
                        at = nxt[0].end
    for m in ctx.mentions:
        if m.source == "rule:body_document":
            b = next((x for x in ctx.nested + ctx.mentions if x.type == "Body" and x.start == m.start and x.end < m.end), None)
            if b is not None:
                ctx.add(b.key, "issues", ctx.evidence(m.start, m.end), m.key, confidence=0.8)
    # "the Politburo decision of 2 July 1937": the body names the decision it adopted; "the
    # Sixteenth Conference, in its resolution “…”, …": the body the clause is about
    kinds = r"(?:decision|resolution|decree|directive|circular|instruction|order|theses|постановлени\w*|решени\w*|резолюци\w*|директив\w*)"
    for d in ctx.mentions:
        if d.type != "Document" or d.key == THIS:
            continue
        k = re.search(kinds + r"\s+[\"“«]?$", text[max(0, d.start - 40):d.start], re.I)
        ds = d.start if re.match(kinds, d.text, re.I) else d.start - len(k.group(0)) if k else None
        if ds is None:
            continue
        b = [x for x in ctx.in_span(max(0, ds - 200), ds, ("Body",)) if _is_adopting(x)]
        if b and text[b[-1].end:ds] == " ":
            ctx.add(b[-1].key, "issues", ctx.evidence(b[-1].start, d.end), d.key, confidence=0.75)
        elif b and re.fullmatch(r"(?:\s+of\s+(?:our|the)\s+party)?,\s+in\s+(?:its|their)\s+|\s+в\s+сво(?:ём|ем|их)\s+", text[b[-1].end:ds]):
            ctx.add(b[-1].key, "issues", ctx.evidence(b[-1].start, d.end), d.key, confidence=0.7)
    # 3. "In its decree of …, the Politburo … noted" / "In the same decree of the Politburo"
    for i, sent in enumerate(ctx.sentences):
        docs = [m for m in _sent_mentions(ctx, i, ("Document",)) if m.key != THIS]
        bodies = [m for m in _sent_mentions(ctx, i, ("Body",)) if _is_adopting(m)]
        if not docs or not bodies:
            continue
        d = docs[0]
        if re.match(r"(?i)in\s+(?:its|their|the\s+same|this|that|the)\b", sent.text) and d.start - sent.start < 30:
            after = [b for b in bodies if b.start >= d.end]
            if after:
                b = after[0]
                ctx.add(b.key, "issues", ctx.evidence(sent.start, min(sent.end, max(b.end, d.end) + 40)), d.key)
                continue
        for d in docs:
            for b in bodies:
                if b.end <= d.start:
                    between = text[b.end:d.start]
                    ok = re.fullmatch(r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:adopted|issued|passed|approved|published|promulgated|signed)\s+(?:a|an|the|its|two|three|several)?\s*(?:[\w-]+\s+){0,3}[«\"“]?", between) \
                        or re.fullmatch(_ISSUED_AFTER_CLAUSE, between)
                    # "the Orgburo sent every kraikom a closed letter"
                    sent_to = re.fullmatch(r"\s+(?:\w+ly\s+)?(?:sent|addressed|circulated|dispatched)\s+(?:to\s+)?((?:all\s+|the\s+)?[^.;]{3,100}?)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}[«\"“]?", between)
                    if sent_to and not ok:
                        at = b.end + sent_to.start(1)
                        recips = [x for x in ctx.in_span(at, b.end + sent_to.end(1) + 1) if x.type in ("Body", "Group", "Person", "Position")]
                        if recips and _is_adopting(b):
                            ok = sent_to
                            for r in recips:
                                ctx.add(d.key, "sentTo", ctx.clause_evidence(sent, [b, d]), r.key, confidence=0.7)
                else:
                    between = text[d.end:b.start]
                    # "…, which was adopted by the", "…, approved by the", «…», одобренного Центральным
                    # Комитетом (the participle, its agent in the instrumental)
                    ok = re.fullmatch(r"[»\"”]?\s*,?\s*(?:which\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:adopted|issued|passed|approved|signed)\s+by\s+(?:the\s+)?"
                                      r"|[»\"”]?\s*,\s+(?:adopted|issued|passed|approved|signed)\s+by\s+(?:the\s+)?"
                                      r"|[»\"”]?\s*,?\s*(?:(?:был[аои]?\s+)?(?:одобрен|принят|утвержд[её]н|издан|подписан)\w*)\s+", between)
                if ok:
                    ctx.add(b.key, "issues", ctx.clause_evidence(sent, [b, d]), d.key)
    # "The Tenth Congress … rejected the theses. On Lenin's motion it adopted two resolutions: …"
    for i, sent in enumerate(ctx.sentences):
        g = re.search(r"(?i)\b(?:it|which|the\s+congress|the\s+plenum|the\s+conference)\s+(?:then\s+|also\s+|unanimously\s+)?(?:adopted|passed|approved|issued)\b", sent.text)
        if not g:
            continue
        prior = [b for b in ctx.in_span(max(0, sent.start - 1500), sent.start + g.start(), ("Body",)) if _is_adopting(b)
                 and re.search(r"(?i)congress|conference|plenum|съезд|пленум", b.label)]
        if not prior:
            continue
        docs = [d for d in _sent_mentions(ctx, i, ("Document",)) if d.start > sent.start + g.end() and d.key != THIS]
        for d in docs:
            ctx.add(prior[-1].key, "issues", ctx.clause_evidence(sent, [d]), d.key, confidence=0.65)
    # 4. a resolution in which a body decrees, resolves, considers …
    if ctx.genre in NORMATIVE:
        for i, sent in enumerate(ctx.sentences):
            if ctx.speaker_of(i) != ctx.doc.id:
                continue
            bodies = _sent_mentions(ctx, i, ("Body",))
            if bodies and bodies[0].start - sent.start < 12 and _is_adopting(bodies[0]):
                rest = text[bodies[0].end:sent.end]
                m = _ISSUER_VOICE.search(rest)
                if m and m.start() < 60:
                    ctx.add(bodies[0].key, "issues", ctx.evidence(sent.start, bodies[0].end + m.end()), THIS, confidence=0.85)
    # 5. a publisher in an imprint issues the book of that line
    for m in ctx.mentions:
        if m.source == "rule:bibliographic_imprint" and m.type == "Body":
            line_s = text.rfind("\n", 0, m.start) + 1
            books = [d for d in ctx.in_span(line_s, m.start, ("Document",)) if d.key != THIS]
            if books:
                ctx.add(m.key, "issues", ctx.evidence(books[-1].start, m.end + 7 if text[m.end:m.end + 7].strip(", )").isdigit() else m.end), books[-1].key)


_MEETING = re.compile(r"(?i)congress|conference|plenum|session|съезд|конференц|пленум|заседани|сесси")
#: what lies between a meeting's name and its dates: "The Tenth Congress of the RCP(b), held in Moscow
#: from 8 to 16 March 1921", "the April plenum of 6-11 April 1928", «Пленум ЦК РКП(б), состоявшийся 29–31 января»
_MEETING_LEAD = re.compile(r"(?i)(?:\s+(?:of\s+the\s+)?(?:VKP|RKP|RCP|CPSU|ВКП|РКП|КПСС)\s*(?:\([бbБB]\))?)?(?:\s*\([^()\n]{0,30}\))?,?\s+(?:(?:which\s+|that\s+)?(?:was\s+)?(?:held|met|sat|meeting|convened|состоявш\w+|проходивш\w+|заседавш\w+)\s+)?"
                           r"(?:(?:in|at|в)\s+[A-ZА-ЯЁ][\w-]+\s+)?(?:on|from|of|in|between|от)?\s*|\s*\(")


_TEXT_DATES: list = [None, []]


def _text_dates(text: str) -> list:
    """``find_dates(text)`` of a whole document, kept for the last one (dated and
    dated_by_meeting both read it; the list is only read)."""
    if _TEXT_DATES[0] is not text:
        _TEXT_DATES[:] = [text, find_dates(text)]
    return _TEXT_DATES[1]


def dated_by_meeting(ctx: Context) -> None:
    """A resolution a congress or a plenum adopted bears the meeting's dates when the text gives
    them with the meeting and not with the resolution. Run after the pairs stage, which finds
    most of who adopted what ("The Tenth Congress …, held in Moscow from 8 to 16 March 1921,
    adopted the resolution …")."""
    text = ctx.text
    years: list[tuple[int, int]] = []

    def year_at(pos: int) -> int | None:
        if not years:   # read only when a meeting that issued something is named
            years[:] = [(d.start, int(d.iso[:4])) for d in _text_dates(text)] or [(len(text) + 1, 0)]
        k = bisect.bisect_left([y[0] for y in years], pos) - 1
        return years[k][1] if k >= 0 else (int(ctx.date[:4]) if ctx.date else None)
    issued: dict[str, list[str]] = {}
    for a in ctx.assertions:
        if a.predicate == "issues" and a.object and a.object != ctx.doc.id:
            issued.setdefault(a.subject, []).append(a.object)
    if not issued:
        return
    has_date = {a.subject for a in ctx.assertions if a.predicate == "dated"}
    for m in ctx.mentions:
        if m.type != "Body" or m.key not in issued or m.is_class or not _MEETING.search(m.label + " " + m.text):
            continue
        window = text[m.end:m.end + 70]
        d = next(iter(find_dates_in_year(window, year_at(m.end))), None)
        if d is None or d.precision not in ("day", "month") or not _MEETING_LEAD.fullmatch(window[:d.start]):
            continue
        # "from December 2 to December 19, 1927": a meeting of several days adopts in its month
        iso = d.iso[:7] if d.precision == "day" and re.search(r"(?i)\b(?:from|between|с)\s*$", window[:d.start]) else d.iso
        for doc in issued[m.key]:
            if doc not in has_date:
                ctx.add(doc, "dated", ctx.evidence(m.start, m.end + d.end), literal=iso, confidence=0.6)
                has_date.add(doc)


@relation_rule("dated")
def dated(ctx: Context) -> None:
    text = ctx.text
    years = [(d.start, int(d.iso[:4])) for d in _text_dates(text)]
    year_starts = [y[0] for y in years]

    def year_at(pos: int) -> int | None:
        """The year the text last named before ``pos`` (else the document's own)."""
        k = bisect.bisect_left(year_starts, pos) - 1
        if k >= 0:
            return years[k][1]
        return int(ctx.date[:4]) if ctx.date else None
    for m in ctx.mentions:
        if m.type == "Document" and m.key != THIS and m.source in ("rule:document_of_date", "rule:document_of_date_ru"):
            ds = find_dates(m.text)
            if ds:
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end), literal=ds[-1].iso, confidence=0.95)
        elif m.type == "Document" and m.key != THIS:
            # "the directive of the Orgburo of 4 June 1929": a name that ends in its date
            ds = [d for d in find_dates(m.text) if d.precision in ("day", "month") and d.end >= len(m.text.rstrip(" .»\"”")) - 1
                  and re.search(r"(?i)\b(?:of|from|dated|от)\s+(?:the\s+)?$", m.text[:d.start])]
            if ds:
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end), literal=ds[-1].iso, confidence=0.9)
        own_year = [d for d in find_dates(m.text) if d.precision == "year"] \
            if m.type == "Event" and m.source == "rule:event_phrase" else []
        if own_year:
            ctx.add(m.key, "dated", ctx.evidence(m.start, m.end), literal=own_year[0].iso, confidence=0.9)
        elif m.type == "Event" and m.key != THIS:
            # an event whose name ends in its year, however it was found ("the party purge of
            # 1933", «чистка 1921 года»); or that the text places in a year right after its name
            # ("a purge of the party in 1933") or right before it («провести в 1929 году чистку»)
            name = m.text.rstrip(" .»\"”")
            own = re.search(r"(?i)(?:\b(?:of|in)\s+|[\s(])(1[89]\d\d)(?:\s+(?:года|г\.))?\)?$", name)
            after = re.match(r"\s+(?:in|of|during)\s+(?:the\s+course\s+of\s+)?(1[89]\d\d)\b(?![-–]\d|\s*(?:and|or|to|–|-)\s*\d)", text[m.end:m.end + 40])
            before = re.search(r"(?i)(?:^|\s)в\s+(1[89]\d\d)\s+(?:году|г\.)\s+(?:[а-яё]+\s+){0,2}$", text[max(0, m.start - 40):m.start])
            if own:
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end), literal=own.group(1), confidence=0.8)
            elif after:
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end + after.end()), literal=after.group(1), confidence=0.7)
            elif before:
                ctx.add(m.key, "dated", ctx.evidence(m.start - (min(40, m.start) - before.start()), m.end), literal=before.group(1), confidence=0.7)
        if m.type == "Document" and m.key != THIS:
            # "statement which in 1930 resulted …", "(Moscow, 1954)", "(New York: Taplinger, 1974)"
            after = text[m.end:m.end + 90]
            g = re.match(r"[^.;\n]{0,40}?\b(?:which|that)?\s*(?:was\s+\w+\s+)?in\s+(1[89]\d\d|20\d\d)\b", after) \
                or re.match(r"[^()\n]{0,40}\([^()\n]{0,40}?(1[89]\d\d|20\d\d)\)", after)
            if g and re.search(r"(?i)publish|print|appear|releas|translat", after[:g.end()]):
                g = None
            if g:
                # "(March 1923)": as precise as the text is
                ds = [d for d in find_dates(after[:g.end()]) if d.iso.startswith(g.group(1))]
                iso = ds[-1].iso if ds and ds[-1].end >= g.end(1) - 1 else g.group(1)
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end + g.end()), literal=iso, confidence=0.75)
    for m in ctx.mentions:
        # «статью Ленина «Как организовать соревнование?», написанную в 1918 году», «…, напечатанного
        # в газете «Правда» в сентябре 1938 года»: the participle of writing or issuing, then when
        if m.type == "Document" and m.key != THIS:
            # (never a name in a prepositional phrase: «Проект изменений в Уставе партии,
            # опубликованный …» is the draft's)
            g = None if re.search(r"(?<![\w-])(?:в|во|о|об|на|по|при)\s+[«\"“]?$", text[max(0, m.start - 6):m.start]) \
                else _RU_WRITTEN_IN.match(text, m.end, m.end + 200)
            ds = [d for d in find_dates(g.group("when"))] if g else []
            if ds and ds[-1].end >= len(g.group("when").rstrip()) - 6:
                ctx.add(m.key, "dated", ctx.evidence(m.start, g.end()), literal=ds[-1].iso, confidence=0.7)
    for m in ctx.mentions:
        # "a telegram …, dated from Sochi on 25 September 1936", "a coded telegram in January 1939"
        # (and an event: "a conference held in Kharkov in March 1930")
        if m.type not in ("Document", "Event") or m.key == THIS:
            continue
        window = text[m.end:m.end + 90]
        for d in find_dates_in_year(window, year_at(m.end)):
            if d.precision not in ("day", "month"):
                continue
            lead = window[:d.start]
            if re.fullmatch(r"[\"”»’]?(?:,?\s+(?:dated|sent|signed|issued|written|dictated|drafted|composed|adopted|held|staged|opened|begun|launched|printed|published|delivered)\b[^.;\"“]{0,30}?)?\s+(?:in|on|of)\s+"
                            r"|[\"”»’]?,?\s+(?:dated|adopted|signed)\s+|[^.;\"“()\n]{0,60}?,\s+dated\s+(?:on\s+)?"
                            # "letter of the Central Committee to the Moscow organisation of 18
                            # October": its addressee, then its date
                            r"|\s+to\s+(?:the\s+)?[^.;,\"“()\n]{3,60}?\s+of\s+"
                            # «постановление ЦК ВКП(б) «…» от 26 августа 1946 г.»: the Russian "of"
                            r"|[\"”»’]?\s+от\s+", lead) \
                    and not any(x.type == "Document" for x in ctx.in_span(m.end, m.end + d.start)):
                # a day named without its year is in the year the text last named ("dated 5 December")
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end + d.end), literal=d.iso, confidence=0.7)
            break
    for i, sent in enumerate(ctx.sentences):
        # ("Only in April 1990 did a TASS statement …": the date first, however emphasised)
        g = re.match(r"(?i)(?:(?:only|not\s+until|already|even|finally)\s+)?(?:in|on|by)\s+(?:the\s+(?:evening|morning|night|eve|night|afternoon|end|beginning|middle)\s+of\s+)?", sent.text)
        if not g:
            continue
        ds = [d for d in find_dates_in_year(sent.text[:60], year_at(sent.start)) if d.start <= g.end() + 4]
        if not ds:
            continue
        d = ds[0]
        first = [m for m in _sent_mentions(ctx, i, ("Document", "Event")) if m.key != THIS and m.start - sent.start < 140]
        if first and not re.search(r"[.;]", text[sent.start + d.end:first[0].start]) and \
                not re.search(r"(?i)\b(?:he|she|they|it|we|after|before|following|since|until)\b", text[sent.start + d.end:first[0].start]):
            ctx.add(first[0].key, "dated", ctx.evidence(sent.start, first[0].end), literal=d.iso, confidence=0.6)
    for m in ctx.mentions:
        if m.type in ("Event", "Document") and m.key != THIS:
            g = re.match(r"\s*\(([^()]{0,30})\)", text[m.end:m.end + 40])
            if g:
                ds = find_dates(g.group(1))
                if ds and ds[0].end - ds[0].start >= len(g.group(1).strip()) - 2:
                    ctx.add(m.key, "dated", ctx.evidence(m.start, m.end + g.end()), literal=ds[0].iso, confidence=0.7)
    # the document's own date: in its heading, or the page's "last modified" line
    h = ctx.header
    if h is not None and h.date is not None:
        ctx.add(THIS, "dated", ctx.evidence(h.date.start, h.date.end), literal=h.date.iso, confidence=0.9)
        return
    for t in (m for m in ctx.mentions if m.key == THIS):
        tail = text[t.end:t.end + 40]
        ds = [d for d in find_dates(tail) if d.start < 6 and d.precision == "day"]
        if ds:
            d = ds[0]
            s = text.rfind(" ", 0, max(t.end - 30, 0)) + 1 if t.end - t.start > 60 else t.start
            ctx.add(THIS, "dated", ctx.evidence(s, t.end + d.end), literal=d.iso, confidence=0.95)
            return
    m = re.search(r"(?im)^.*\b(?:last modified|last updated|posted on|published on|date)\s*:\s*(.+)$", text)
    if m:
        ds = find_dates(m.group(1))
        if ds and ds[0].precision == "day":
            ctx.add(THIS, "dated", ctx.evidence(m.start(), m.start(1) + ds[0].end), literal=ds[0].iso, confidence=0.7)
            return
    # a heading line that ends on the document's date, as its front matter gives it («Постановление о
    # ходе хлебозаготовок. 20 января 1928 г.», «… в освобождённых областях Украины. 1944 г.»,
    # "Kiev, 13 June 1938")
    known = str(ctx.doc.meta.get("date") or "")
    if known:
        for line in re.finditer(r"[^\n]+", text[:600]):
            # (a note may follow: "…, 19 October 1928 (abridged)", "… (excerpts). Published in Pravda, …")
            ds = [d for d in find_dates(line.group(0)) if d.iso == known and re.fullmatch(
                r"\s*(?:г\.|гг\.|года|год)?[\s.)]*(?:\((?:abridged|excerpts?|extracts?|summary|condensed|сокращённо|сокращенно|в\s+сокращении|отрывки?|извлечени[ея])\)[\s.]*)?"
                r"(?:(?:First\s+)?(?:Published|Printed)\s+in\b[^\n]*|(?:Опубликовано|Напечатано)\s+в\b[^\n]*)?", line.group(0)[d.end:])]
            if ds:
                d = ds[-1]
                ctx.add(THIS, "dated", ctx.evidence(line.start() + d.start, line.start() + d.end), literal=d.iso, confidence=0.7)
                return


_RU_WRITTEN_IN = re.compile(r"[»\"”]?,?\s+(?:котор\w+\s+(?:был[аио]?\s+)?)?(?:написан|опубликован|напечатан|принят|подписан|одобрен|издан|написал|направлен)\w*\s+(?:[^.;,\n]{0,80}?\s)?"
                            r"(?P<when>в\s+(?:(?:начале|конце|середине)\s+)?(?:[а-яё]+\s+)?1[89]\d\d\s+(?:году|года|г\.))")


_INFORMED_IN = gated(re.compile(r"(?i)\b(?:informed|told|advised|warned|assured|asked|reminded|notified|wrote\s+to|reported\s+to|appealed\s+to|proposed\s+to)\s+(?:the\s+)?"))
_OVER_SIGNATURE = gated(re.compile(r"(?i)(?:(?P<it>\bit)\s+|\b)(?:(?:\w+ly|also)\s+)?(?:appeared|was\s+(?:published|issued|printed|sent|signed|circulated))\s+"
                                   r"(?:over|under|with)\s+the\s+signatures?\s+of\s+(?:(?:Comrades?|comrades?)\s+)?|(?<![\w-])за\s+подпис(?:ью|ями)\s+(?:тов\.\s*|товарищ\w*\s+)?"))
_PUBLISHED_AFTER = gated(re.compile(r"(?<=[.!?)]\s)(?:(?:First|Originally)\s+)?(?:Published|Printed)\s+in\s+(?:the\s+)?"))
_COPY_SENT = gated(re.compile(r"(?i)\b(?:I\s+(?:am|have\s+been|have)\s+(?:also\s+)?(?:sending|sent|transmitting|forwarding)\s+(?:a\s+|two\s+)?cop(?:y|ies)|"
                              r"cop(?:y|ies)\s+(?:are|is|have\s+been|has\s+been)\s+(?:being\s+)?(?:sent|transmitted|forwarded))\s+of\s+this\s+"
                              r"(?:despatch|dispatch|telegram|letter|report|memorandum|airgram)\s+(?:(?:are|is)\s+being\s+sent\s+|(?:have|has)\s+been\s+sent\s+)?to\s+(?:the\s+|(?:His|Her)\s+Majesty['’]s\s+)?"))


_SOURCE_LINE = re.compile(r"(?im)^[ \t]*(?:Original\s+)?(?:Source|Sources|Published in|Translated from|Reprinted in|Источник)\s*:.*$")


@relation_rule("published_in")
def published_in(ctx: Context) -> None:
    text = ctx.text
    for m in _SOURCE_LINE.finditer(text):
        books = [d for d in ctx.in_span(m.start(), m.end(), ("Document",)) if d.key != THIS]
        label = re.match(r"[^:]*:\s*", m.group(0))
        rest = m.group(0)[label.end():] if label else ""
        described = rest[:1].islower() or re.search(r"(?i)\b(?:e\.g\.|based on|follow|written for|see\b)", rest)
        via = re.search(r"(?i)\b(?:по\s+(?:сборнику|изданию|книге|тексту)|from\s+the\s+(?:collection|volume|edition)|reprinted\s+(?:in|from))\s+", m.group(0))
        if via:
            at = m.start() + via.end()
            nxt = [d for d in books if d.start >= at and d.start - at <= 3]
            if nxt:
                ctx.add(THIS, "publishedIn", ctx.evidence(m.start(), m.end()), nxt[0].key, confidence=0.8)
                continue
        for b in ([] if described else books[:1]):
            end = m.end()
            ctx.add(THIS, "publishedIn", ctx.evidence(m.start(), end), b.key, confidence=0.9)
        people = ctx.in_span(m.start(), m.end(), ("Person",))
        for p in people:
            if books and p.end <= books[0].start and re.match(r",?\s*(?:\(ed\.\)|ed\.|eds\.|comp\.)", text[p.end:p.end + 8]):
                ctx.add(books[0].key, "authoredBy", ctx.evidence(p.start, books[0].end), p.key, confidence=0.9)
    for m in _SOURCE_LINE.finditer(text):
        for g in re.finditer(r"(?i)\b(?:published|printed|appeared|опубликован\w*)\s+(?:in|в)\s+", m.group(0)):
            at = m.start() + g.end()
            target = [x for x in ctx.in_span(at, m.end() + 1) if x.type in ("Body", "Document") and x.start == at]
            if target and ctx.key(target[0]) != ctx.doc.id:
                ctx.add(THIS, "publishedIn", ctx.evidence(m.start(), m.end()), target[0].key, confidence=0.8)
    # "Izvestiia printed the decree in full", "appeared in Pravda"
    for i, sent in enumerate(ctx.sentences):
        ms = _sent_mentions(ctx, i)
        for a in ms:
            if a.type != "Body":
                continue
            for d in ms:
                if d.type != "Document" or d.start < a.end:
                    continue
                between = text[a.end:d.start]
                if len(between) < 50 and re.search(r"(?i)\b(published|printed|carried|ran|carries|prints|publishes|runs)\b|"
                                                   r"(?<![\w-])(?:напечатал[аио]?|опубликовал[аио]?|поместил[аио]?|печатает|публикует|помещает)(?![\w-])", between):
                    ctx.add(d.key, "publishedIn", ctx.evidence(a.start, d.end), a.key)
            for d in ms:
                if d.type == "Document" and d.end <= a.start and re.search(
                        r"(?i)(?:\b(?:was|were|is|has been)\s+(?:first\s+)?|^,?\s+as\s+|^,\s+(?:first\s+)?)(?:published|printed)\s+in\s+(?:the\s+)?$", text[d.end:a.start]):
                    ctx.add(d.key, "publishedIn", ctx.evidence(d.start, a.end), a.key)
    # a line (or a sentence closing a heading) that says where this text appeared: "Published in
    # Izvestiia, 3 May 1930.", «Опубликовано в "Известиях"», or an editor's bracketed note "[… as
    # printed in Izvestiia, 3 May 1930.]"
    for lm in list(re.finditer(r"(?m)^[ \t]*(?:(?:First\s+|Originally\s+)?(?:Published|Printed)\s+in\s+|(?:Опубликовано|Напечатано)\s+в\s+|\[[^\]\n]*?\b(?:published|printed|appeared)\s+in\s+)(?:the\s+)?", text)) + list(_PUBLISHED_AFTER.finditer(text)):
        at = lm.end()
        target = [x for x in ctx.in_span(at, at + ctx.MAX_MENTION) if x.type in ("Body", "Document") and at <= x.start <= at + 1]
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if target and target[0].end <= line_end and ctx.key(target[0]) != ctx.doc.id:
            ctx.add(THIS, "publishedIn", ctx.evidence(lm.start(), line_end), target[0].key, confidence=0.8)
    # a newspaper's dateline opens the text: «Известия», 9 июня 1929 г. / Izvestiia, 4 March 1931; or
    # stands in brackets under the heading: "(Partiinoe stroitel'stvo, No. 15, August 1930)"
    lines = list(re.finditer(r"[^\n]+", text[:400]))[:3]
    for k, first in enumerate(lines):
        s0, e0 = first.start(), first.end()
        if k and not (text[s0:s0 + 1] == "(" and text[e0 - 1:e0] == ")") or not 3 <= e0 - s0 <= 80:
            continue
        s0, e0 = (s0 + 1, e0 - 1) if text[s0:s0 + 1] == "(" and text[e0 - 1:e0] == ")" else (s0, e0)
        press = [x for x in ctx.in_span(s0, e0, ("Body",)) if x.start - s0 <= 1]
        if press and not press[0].is_class and re.fullmatch(r"[»\"”]?,\s+(?:No\.?\s*\d+,\s+|№\s*\d+,\s+)?[^\n]{4,30}",
                                                          text[press[0].end:e0]) and find_dates(text[press[0].end:e0]):
            ctx.add(THIS, "publishedIn", ctx.evidence(s0, e0), press[0].key, confidence=0.75)
    # a web page names the site it is on (often only in the page's furniture)
    for m in ctx.mentions:
        if m.source == "rule:website":
            line_s = text.rfind("\n", 0, m.start) + 1
            line_e = text.find("\n", m.end)
            ctx.add(THIS, "publishedIn", ctx.evidence(line_s, line_e if line_e > 0 else len(text)), m.key, confidence=0.6)


# --- persons: authors, recipients, offices ------------------------------------------------

def _person_list(ctx: Context, text: str, at: int, end: int) -> list:
    """The persons named in a list that starts at ``at`` ("signed by Kalinin and Yenukidze", "by A,
    B and C"), up to ``end``; empty when no person stands at ``at``."""
    ps = ctx.in_span(at, end, ("Person",))
    chain = [ps[0]] if ps and ps[0].start == at else []
    for p in ps[1:]:
        if chain and re.fullmatch(r",\s+(?:and\s+|и\s+)?|\s+(?:and|и)\s+", text[chain[-1].end:p.start]):
            chain.append(p)
    return chain


@relation_rule("authorship")
def authorship(ctx: Context) -> None:
    text = ctx.text
    signed = signature_span(text)
    for m in ctx.mentions:
        if m.source == "rule:document_possessive":
            owner = [p for p in ctx.in_span(max(0, m.start - 80), m.end + 1, ("Person",)) if p.end <= m.end and
                     re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,6}?", text[p.end:m.start] + " ") is not None
                     or (p.type == "Person" and p.start >= m.start and p.end <= m.end)]
            owner = [p for p in owner if p.end <= m.end and m.start - p.end < 60]
            if owner:
                p = owner[-1]
                ctx.add(m.key, "authoredBy", ctx.evidence(min(p.start, m.start), m.end), p.key, confidence=0.85)
        elif m.type == "Document" and m.key != THIS:
            # "Kollontai's pamphlet “…”", "Lenin's article «…»": a work named after its author's
            # possessive and its kind, however the work was found
            kind = r"['’]s\s+(?:(?:open|last|late|final|famous|secret|first|own|early|new)\s+)?(?:pamphlet|article|letter|book|theses|report|speech|platform|declaration|" \
                   r"memorandum|notes?|draft|statement|telegram|essay|programme|address|testament|memoir|manifesto|work|treatise|dictation)s?\b"
            g = re.search(kind + r"\s+[\"“«‘]?$", text[max(0, m.start - 50):m.start])
            inner = re.match(r"(.{2,40}?)" + kind, m.text)
            at = m.start - len(g.group(0)) if g else m.start + len(inner.group(1)) if inner else -1
            owner = [p for p in ctx.in_span(max(0, at - 60), at + 1, ("Person",)) if p.end == at]
            if owner:
                ctx.add(m.key, "authoredBy", ctx.evidence(owner[-1].start, m.end), owner[-1].key, confidence=0.75)
        if m.type == "Person" and signed is not None and signed[0] <= m.start and m.end <= signed[1] \
                and ctx.genre in REPORTING | NORMATIVE | {"letter", ""}:
            ctx.add(THIS, "authoredBy", ctx.evidence(m.start, m.end), m.key, confidence=0.7)
    for m in ctx.mentions:
        if m.type != "Document":
            continue
        if m.source == "rule:document_of_person_ru":
            for p in ctx.in_span(m.start, m.end + 1, ("Person",)):
                ctx.add(m.key, "authoredBy", ctx.evidence(m.start, m.end), p.key, confidence=0.8)
        if m.source == "rule:document_phrase" and re.search(r"_(?:from|by)_", m.key):
            for p in ctx.in_span(m.start, m.end + 1, ("Person",)):
                ctx.add(m.key, "authoredBy", ctx.evidence(m.start, m.end), p.key, confidence=0.75)
        # «Постановление подписали члены Президиума ИККИ Г. Димитров, М. Эрколи, …», «указ, подписанный
        # М. И. Калининым и А. С. Енукидзе»: the signatories, past the offices they sign in
        sg = re.match(r"[»\"”]?\s*,?\s*(?:подписал[аи]?|подписан[аоы]?|подписанн\w+)\s+", text[m.end:m.end + 40])
        if sg:
            at = m.end + sg.end()
            first = next((p for p in ctx.in_span(at, at + 100, ("Person",))
                          if not re.search(r"[;:\n»\"”]|\.\s+[А-ЯЁA-Z][а-яёa-z]{2,}", text[at:p.start])), None)
            for p in _person_list(ctx, text, first.start, first.start + 300) if first else ():
                ctx.add(m.key, "authoredBy", ctx.evidence(m.start, p.end), p.key, confidence=0.7)
        g = re.match(r"[^.;\n]{0,80}?\b(?:signed|written|drafted|composed|sent|issued|delivered|presented|proposed|prepared|dictated|authored|moved|introduced|compiled)\s+by\s+", text[m.end:m.end + 120])
        if g:
            at = m.end + g.end()
            for p in _person_list(ctx, text, at, at + 160):
                ctx.add(m.key, "authoredBy", ctx.evidence(m.start, p.end), p.key, confidence=0.75)
        elif re.search(r"(?i)\b(?:report|speech|address|co-report|lecture|declaration|statement)s?\b|доклад\w*|содоклад\w*|реч[ьи]\b|выступлени\w*|отч[её]т\w*", m.text):
            # "the political report of the Central Committee by Stalin", "report on directives for
            # the fifth five-year plan, by Saburov": a report named with the one who gives it
            g = re.match(r"(?:\s+(?:on|about|of|for|to|at)\s+[^.;:,\n]{0,80}?)?,?\s+by\s+(?:(?:Comrade|comrade)\s+)?|"
                         # «доклад Президиума ЦК — тов. Маленкова», «докладе ЦК, с которым выступил на съезде товарищ Маленков»
                         r"\s*[—–]\s*(?:тов\.\s*|товарищ\w*\s+)|,\s+с\s+которым\s+выступил[аи]?\s+(?:[^.;:,\n]{0,40}?\s+)?(?=тов\.|товарищ|[А-ЯЁ])|"
                         # «отчёт ЦК, сделанный В. М. Молотовым», «отчёт ЦК сделал Г. Е. Зиновьев, организационный — И. В. Сталин»
                         r",?\s+(?:сделанн\w+|прочитанн\w+|представленн\w+)\s+|\s+(?:сделал|прочитал|представил)[аи]?\s+|\s*[—–]\s*(?=(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ])", text[m.end:m.end + 120])
            if g:
                at = m.end + g.end()
                chain = _person_list(ctx, text, at, at + 160) or _person_list(ctx, text, at + _title_len(text, at), at + 160)
                if chain and not ctx.in_span(m.end, at, ("Document", "Person")):
                    for p in chain:
                        ctx.add(m.key, "authoredBy", ctx.evidence(m.start, p.end), p.key, confidence=0.7)
        if m.source == "rule:bibliography":
            q = re.search(r"[\"“«]", m.text)
            if q:
                # the authors the entry's span took in: "B. Smith and C. Jones, “Title”"
                for p in ctx.in_span(m.start, m.start + q.start(), ("Person",)):
                    ctx.add(m.key, "authoredBy", ctx.evidence(m.start, m.end), p.key, confidence=0.7)
            authors = [p for p in ctx.in_span(max(0, m.start - 200), m.start, ("Person",))]
            chain = []
            pos = m.start
            for p in reversed(authors):
                gap = text[p.end:pos]
                if re.fullmatch(r"(?:\s*\(eds?\.\))?,\s+(?:in\s+)?|\s+" if not chain else r"\s+(?:and|&)\s+|,\s+", gap):
                    chain.append(p)
                    pos = p.start
                else:
                    break
            for p in chain:
                ctx.add(m.key, "authoredBy", ctx.evidence(p.start, m.end), p.key, confidence=0.75)
            y = re.match(r"[^;]{0,120}?\((?:[^()]*?)(1[89]\d\d|20\d\d)\)", text[m.end:m.end + 160])
            if y:
                ctx.add(m.key, "dated", ctx.evidence(m.start, m.end + y.end()), literal=y.group(1), confidence=0.8)
    for m in ctx.mentions:
        if m.type != "Document" or not re.search(r"(?i)letter|telegram|cable|memorandum|note|appeal|dispatch|report|speech|pamphlet|declaration|"
                                                 r"постановлени|письм|телеграмм|доклад|реч[ьи]|записк", m.text + " " + m.key):
            continue
        g = re.match(r"(?:\s+(?:from|by)\s+[^.;]{0,80}?)?\s+(?:to|addressed\s+to|sent\s+to)\s+(?:the\s+)?", text[m.end:m.end + 120]) \
            or re.match(r"[^.;:]{0,100}?\b(?:was|were)\s+(?:addressed|sent|dispatched|delivered|distributed|circulated)\s+to\s+(?:the\s+)?", text[m.end:m.end + 160]) \
            or re.match(r"\s+(?:разослать|направить|послать|разосланы?|направлены?)\s+", text[m.end:m.end + 40])
        i = ctx.sentence_of(m.start)
        if not g and i >= 0 and re.search(r"(?i)\b(?:sent|dispatched|addressed|wrote|forwarded|cabled)\s+(?:an?\s+|the\s+|his\s+)?(?:[\w-]+\s+){0,2}$", text[ctx.sentences[i].start:m.start]):
            # "Stalin dispatched a coded telegram in January 1939 to the committee secretaries …"
            g = re.match(r"[^.;:]{0,60}?\bto\s+(?:the\s+)?", text[m.end:m.end + 100])
        if not g and _SPOKEN.search(m.text + " " + m.key):
            # "Report of Comrade G. M. Malenkov at the Plenum of the CC", «доклад … на XIX съезде»:
            # a report or speech made at a meeting is addressed to it
            meeting = _AT_MEETING.match(text, m.end, m.end + 120)
            b = [x for x in ctx.in_span(meeting.end(), meeting.end() + 400, ("Body",)) if x.start == meeting.end()] if meeting else []
            if b and not b[0].is_class and _MEETING.search(b[0].label + " " + b[0].text) and ctx.sentence_of(b[0].start) == i:
                ctx.add(m.key, "sentTo", ctx.evidence(m.start, b[0].end), b[0].key, confidence=0.65)
            continue
        if not g:
            continue
        at = m.end + g.end()
        first = [x for x in ctx.in_span(at, at + 400) if x.start == at and x.type in ("Person", "Body", "Position", "Group")]
        members = None if first and first[0].type in ("Person", "Body") else _MEMBERS_OF.match(text, at)
        if members:
            # "to the members of <a body> and <another>", "to the delegates of <a congress>", "to the
            # active of <a party organization>", «секретарям <комитетов> …»:
            # the bodies whose people receive it
            at = members.end()
            first = [x for x in ctx.in_span(at, at + 400) if x.start == at and x.type == "Body"] or \
                [x for x in ctx.nested if x.start == at and x.type == "Body"]
        if not first:
            continue
        recips = [first[0]]
        while True:
            nxt = [x for x in ctx.in_span(recips[-1].end, recips[-1].end + 300) if x.type in ("Person", "Body", "Position", "Group")]
            if not nxt or not re.fullmatch(r"\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+(?:the\s+)?(?:(?:other|all)\s+(?:members\s+of\s+(?:the\s+)?)?)?", text[recips[-1].end:nxt[0].start]) \
                    or members and nxt[0].type != "Body":
                break
            recips.append(nxt[0])
        for r in recips:
            ctx.add(m.key, "sentTo", ctx.evidence(m.start, r.end), r.key, confidence=0.7)
    # "Stalin dispatched a coded telegram", "Vladimir Ilyich wrote in a letter": who wrote it
    for i, sent in enumerate(ctx.sentences):
        ms = _sent_mentions(ctx, i)
        for d in (x for x in ms if x.type == "Document" and x.key != THIS):
            before = [p for p in ms if p.type == "Person" and p.end <= d.start and
                      re.fullmatch(r"(?:,\s+who|,)?\s+(?:(?:\w+ly|now|then|also|later|himself|herself)\s+)*(?:sent|dispatched|wrote|signed|drafted|cabled|addressed|issued|composed|delivered|presented|prepared|dictated|authored|submitted)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}", text[p.end:d.start])]
            if before:
                ctx.add(d.key, "authoredBy", ctx.clause_evidence(sent, [before[-1], d]), before[-1].key, confidence=0.65)
            # "Zinoviev, Kamenev and some twenty of their adherents handed the Congress a declaration",
            # "Comrades Rykov, Tomsky and I handed to the joint session of the Politburo … a declaration",
            # "forty-six prominent Bolsheviks addressed to the Politburo what became known as the …":
            # the body it is handed to, and the persons who hand it
            bodies = [b for b in ms if b.type == "Body" and b.end <= d.start and _HANDED_TAIL.fullmatch(text[b.end:d.start])]
            if not bodies:
                continue
            b = bodies[-1]
            while True:   # "the joint session of the Politburo and the Presidium of the CCC": its head
                prev = [x for x in ms if x.type == "Body" and x.end <= b.start and re.fullmatch(r"\s+(?:of|and)\s+(?:the\s+)?", text[x.end:b.start])]
                if not prev:
                    break
                b = prev[-1]
            verb = _HANDED.search(text, max(sent.start, b.start - 40), b.start)
            if verb is None:
                continue
            ctx.add(d.key, "sentTo", ctx.clause_evidence(sent, [b, d]), b.key, confidence=0.6)
            givers, at = [], verb.start()
            for p in reversed([x for x in ms if x.type == "Person" and x.end <= at]):
                gap = text[p.end:at]
                if re.fullmatch(r"\s*|(?:\s+and\s+I)?\s*|\s+and\s+(?:some\s+)?[\w-]+\s+(?:of\s+)?(?:their|his)\s+\w+\s*" if not givers
                                else r",\s+|\s+and\s+", gap) or (not givers and re.fullmatch(r"\s+and\s+I\s*", gap)):
                    givers.append(p)
                    at = p.start
                else:
                    break
            for p in givers:
                ctx.add(d.key, "authoredBy", ctx.clause_evidence(sent, [p, d]), p.key, confidence=0.6)
    # "The decree was signed by A and B": the document of that kind named last before
    for i, sent in enumerate(ctx.sentences):
        g = re.match(r"(?:The|This|That|Its)\s+([a-z]+)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:signed|written|drafted)\s+by\s+", sent.text)
        if not g or i == 0:
            continue
        at = sent.start + g.end()
        chain = _person_list(ctx, text, at, sent.end)
        kind = g.group(1).lower()
        prior = [d for d in ctx.in_span(ctx.sentences[max(0, i - 3)].start, sent.start, ("Document",)) if d.key != THIS
                 and (kind in d.text.lower() or kind in text[max(0, d.start - 20):d.start].lower())]
        for p in chain if prior else []:
            ctx.add(prior[-1].key, "authoredBy", ctx.evidence(sent.start, p.end), p.key, confidence=0.65)
    # "Unusually, it appeared over the signature of N. Khrushchev", «… опубликовано за подписью
    # И. Сталина»: the document named last before is signed by them
    for i in sorted({ctx.sentence_of(g.start()) for g in _OVER_SIGNATURE.finditer(text)} - {-1}):
        sent = ctx.sentences[i]
        g = _OVER_SIGNATURE.search(sent.text)
        if not g:
            continue
        at = sent.start + g.end()
        chain = _person_list(ctx, text, at, sent.end)
        prior = [d for d in ctx.in_span(ctx.sentences[max(0, i - 2)].start, sent.start + g.start(), ("Document",))
                 if d.key != THIS or g.group("it") is None]
        for p in chain if prior else []:
            ctx.add(prior[-1].key, "authoredBy", ctx.evidence(sent.start, p.end), p.key, confidence=0.65)
    # "Aleksandr Shelepin, informed Khrushchev in a handwritten note of 3 March 1959": who wrote
    # it, and to whom
    for i in sorted({ctx.sentence_of(g.start()) for g in _INFORMED_IN.finditer(text)} - {-1}):
        sent = ctx.sentences[i]
        ms = _sent_mentions(ctx, i)
        for d in (x for x in ms if x.type == "Document" and x.key != THIS):
            to = [p for p in ms if p.type in ("Person", "Body", "Position") and p.end <= d.start
                  and re.fullmatch(r"\s+in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}", text[p.end:d.start])]
            verb = _INFORMED_IN.search(text, max(sent.start, to[-1].start - 30), to[-1].start) if to else None
            if verb is None or verb.end() != to[-1].start:
                continue
            by = [p for p in ms if p.type == "Person" and p.end <= verb.start() and re.fullmatch(r",?\s+", text[p.end:verb.start()])]
            ctx.add(d.key, "sentTo", ctx.clause_evidence(sent, [to[-1], d]), to[-1].key, confidence=0.6)
            if by:
                ctx.add(d.key, "authoredBy", ctx.clause_evidence(sent, [by[-1], d]), by[-1].key, confidence=0.6)
    # "Its signatories included A, B and C": the document named last before signs with them
    for i, sent in enumerate(ctx.sentences):
        g = re.match(r"(?:Its|Their|The)\s+signatories\s+(?:included|were|comprised)\s+", sent.text)
        if not g or i == 0:
            continue
        at = sent.start + g.end()
        chain = _person_list(ctx, text, at, sent.end)
        prior = [d for d in ctx.in_span(ctx.sentences[i - 1].start, sent.start, ("Document",)) if d.key != THIS]
        for p in chain if prior else []:
            ctx.add(prior[-1].key, "authoredBy", ctx.evidence(sent.start, p.end), p.key, confidence=0.65)
    # "on Lenin's initiative": the decision adopted there (named in this or the next sentence)
    for i, sent in enumerate(ctx.sentences):
        for p in _sent_mentions(ctx, i, ("Person",)):
            g = re.match(r"['’]s\s+(?:own\s+)?(initiative|proposal|suggestion|insistence|instigation|draft|motion|instructions?)\b", text[p.end:p.end + 30])
            if not g or not re.search(r"(?i)\b(?:on|at|upon|by)\s+$", text[max(0, p.start - 6):p.start]):
                continue
            # "On Lenin's motion it adopted two resolutions: “…” and “…”": each adopted after the cue
            listed = [d for d in _sent_mentions(ctx, i, ("Document",)) if d.key != THIS and d.start > p.end
                      and re.search(r"(?i)\b(?:two|three|several|resolutions|decisions|decrees)\b[^.;:]*:", text[p.end:d.start])]
            docs = listed or [d for j in (i, i + 1) if j < len(ctx.sentences) for d in _sent_mentions(ctx, j, ("Document",)) if d.key != THIS][:1]
            for d in docs:
                ctx.add(d.key, "authoredBy", ctx.evidence(sent.start, sent.end), p.key, confidence=0.6)
    # "Point 7 of the present resolution, proposed by Comrade Lenin": the document a person moved
    for m in ctx.mentions:
        if m.type != "Document":
            continue
        g = _MOVED_BY.match(text, m.end)
        who = [x for x in ctx.in_span(g.end(), g.end() + 80, ("Person",)) if x.start == g.end()] if g else []
        if who:
            ctx.add(m.key, "authoredBy", ctx.evidence(m.start, who[0].end), who[0].key, confidence=0.6)
    # a heading that names the speaker ("N. S. Khrushchev") and the audience ("Report to the …")
    h = ctx.header
    if h is not None and h.speaker_line is not None:
        for p in ctx.in_span(h.speaker_line[0], h.speaker_line[1] + 1, ("Person",)):
            ctx.add(THIS, "authoredBy", ctx.evidence(*h.speaker_line), p.key, confidence=0.8)
            break
    if h is not None:
        # "Report of Comrade J. V. Stalin to …", "Speech by N. I. Bukharin at …", "From N. Yezhov,
        # Secretary of …", "(Delivered by …)": the heading names who wrote or gave the text
        for s0, e0 in h.lines:
            line = text[s0:e0]
            for p in ctx.in_span(s0, e0 + 1, ("Person",)):
                hon = re.match(r"(?:тов\.|товарища?|т\.)\s*", p.text)
                lead = text[s0:p.start] + (hon.group(0) if hon else "")   # «тов. Н. С. Хрущёва» found with its title
                if re.search(r"(?i)(?:\b(?:report|speech|address|letter|statement|declaration|article|remarks|доклад\w*|реч[ьи]|письм\w*)\s+(?:of|by)\s+|"
                             # «Доклад секретаря ЦК ВКП(б) тов. Н. С. Хрущёва»: the speaker in the genitive after his office
                             r"(?:^|\s)(?:доклад\w*|содоклад\w*|реч[ьи]|выступлени\w*)\s+[^\n«\"]{0,80}?\s(?:тов\.\s*|товарища\s+)$|"
                             r"^\W*(?:from|by)\s+|\b(?:delivered|presented|given|read|made|written|signed)\s+(?:[^()\n]{0,60}?\s+)?by\s+)"
                             r"(?:comrade\s+|тов\.\s+|товарища\s+|т\.\s+)?$", lead) and ("(" not in line[:1] or re.search(r"(?i)\b(?:delivered|presented|read)\s+(?:[^()\n]{0,60}?\s+)?by\s+", lead)):
                    ctx.add(THIS, "authoredBy", ctx.evidence(s0, e0), p.key, confidence=0.8)
                    break
        # "To the Orgburo of the CC", "В Политбюро ЦК ВКП(б)": a heading line that addresses the text
        for s0, e0 in h.lines:
            g = re.match(r"(?i)\s*(?:to|в|во)\s+(?:the\s+)?", text[s0:e0])
            if g and h.address_line is None:
                b = [x for x in ctx.in_span(s0 + g.end(), e0 + 1, ("Body", "Person", "Position")) if x.start == s0 + g.end()]
                if b:
                    ctx.add(THIS, "sentTo", ctx.evidence(s0, e0), b[0].key, confidence=0.75)
                    break
    if h is not None and h.address_line is not None:
        s0, e0 = h.address_line
        g = re.search(r"(?i)\bto\s+(?:the\s+)?", text[s0:e0])
        if g:
            for b in ctx.in_span(s0 + g.end(), e0 + 1, ("Body", "Person", "Position")):
                ctx.add(THIS, "sentTo", ctx.evidence(s0, e0), b.key, confidence=0.75)
                break
    # a report's heading lines: "From A. Andreev, Secretary of …" / "To the Politburo …" (От / Кому)
    for lm in re.finditer(r"(?m)^[ \t]*(From|FROM|От|To|TO|Кому)\s+(?:the\s+|The\s+)?", text[:1500]):
        line_end = text.find("\n", lm.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - lm.start() > 250:
            continue
        at = lm.end()
        first = [x for x in ctx.in_span(max(0, at - 4), at + ctx.MAX_MENTION) if at - 4 <= x.start <= at and x.end <= line_end]
        if not first:
            continue
        if lm.group(1) in ("From", "FROM", "От") and first[0].type == "Person":
            ctx.add(THIS, "authoredBy", ctx.evidence(lm.start(), line_end), first[0].key, confidence=0.8)
        elif lm.group(1) in ("From", "FROM", "От") and first[0].type == "Body" and not first[0].is_class:
            # "From the Central Committee of the VKP(b), the Presidium of the Supreme Soviet of the
            # USSR and the Council of Ministers of the USSR" over an announcement: who issue it
            chain = [first[0]]
            for b in ctx.in_span(first[0].end, line_end, ("Body",)):
                if b.start < chain[-1].end:
                    continue
                if not re.fullmatch(r"\s*,\s*(?:and\s+|и\s+)?(?:the\s+)?|\s+(?:and|и)\s+(?:the\s+)?", text[chain[-1].end:b.start]):
                    break
                chain.append(b)
            for b in chain:
                ctx.add(b.key, "issues", ctx.evidence(lm.start(), line_end), THIS, confidence=0.7)
        elif lm.group(1) not in ("From", "FROM", "От") and first[0].type in ("Body", "Person", "Position"):
            ctx.add(THIS, "sentTo", ctx.evidence(lm.start(), line_end), first[0].key, confidence=0.75)
    # the signature closing a resolution or letter: "Secretary of the CC I. Stalin" (before any editor's note)
    if ctx.genre in REPORTING | NORMATIVE | {"letter", "speech"}:
        lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip() and not re.fullmatch(r"\s*\[[^\]]*\]\s*", m.group(0))]
        while len(lines) > 3 and re.match(r"(?i)\s*(?:(?:first\s+)?published|printed|reprinted|sources?|translated|опубликован\w*|печатается|источник)\b", lines[-1].group(0)):
            lines.pop()    # the signature stands above the publication note
        # and below the signature, the place (and date) it was signed: "Москва, Кремль.", "Moscow, 9 February 1955"
        while len(lines) > 4 and len(lines[-1].group(0).strip()) <= 40 and _place_line(ctx, lines[-1]):
            lines.pop()
        # the signatures: the last line, or the last few when each names its signer's office and
        # name ("Председатель ЦИК Союза ССР М. Калинин." / "Секретарь ЦИК Союза ССР А. Енукидзе.")
        for k, last in enumerate(reversed(lines[-4:]) if len(lines) >= 3 else ()):
            ms = [x for x in ctx.in_span(last.start(), last.end() + 1) if x.type in ("Person", "Position", "Body", "Place")]
            persons = [x for x in ms if x.type == "Person"]
            covered = sum(x.end - x.start for x in ms if not any(o is not x and o.start <= x.start and x.end <= o.end for o in ms))
            if not (persons and persons[-1].end >= last.end() - 1 and covered >= len(last.group(0).strip()) - 4 and len(persons) <= 3):
                break
            if k and not any(x.type == "Position" for x in ms):
                break
            for p in persons:
                ctx.add(THIS, "authoredBy", ctx.evidence(last.start(), last.end()), p.key, confidence=0.7)
            above = lines[-k - 2] if len(lines) >= k + 2 else None
            if len(persons) == 1 and not any(x.type == "Position" for x in ms) and above is not None:
                # "Secretary of the CC VKP(B)" over "J. Stalin": the office on the line above the name
                up = [x for x in ctx.in_span(above.start(), above.end() + 1) if x.type in ("Position", "Body")]
                pos = [x for x in up if x.type == "Position" and x.start - above.start() <= 1]
                if pos and re.fullmatch(r"[\s.,]*", re.sub(r"\b(?:of|the)\b", "", "".join(
                        ch for j, ch in enumerate(above.group(0), above.start()) if not any(x.start <= j < x.end for x in up)))):
                    _hold(ctx, persons[0], pos[0], ctx.evidence(above.start(), last.end()), 0.7)
    # a diplomat's closing line: "I am sending a copy of this despatch to His Majesty's Ambassador in
    # Washington", "Copies of this telegram are being sent to the Embassy in London"
    for g in _COPY_SENT.finditer(text):
        first = [x for x in ctx.in_span(g.end(), g.end() + 200) if x.type in ("Person", "Position", "Body") and x.start - g.end() <= 1]
        if first:
            ctx.add(THIS, "sentTo", ctx.evidence(g.start(), first[0].end), first[0].key, confidence=0.7)
    # an address line: "The Ambassador in the Soviet Union (Davies) to the Secretary of State"
    for lm in re.finditer(r"(?m)^[^\n]{3,200}$", text[:1500]):
        line = lm.group(0)
        t = re.search(r"\)\s+to\s+(?:the\s+)?|\s+to\s+the\s+(?=[A-Z])", line)
        ls = lm.start()
        if not t and len(line) <= 100:
            # a diplomat's heading of two names: "Sir W. Hayter to Sir Anthony Eden."
            t = re.search(r"(?<=[a-z])\s+to\s+(?:(?:Sir|Mr\.?|Mrs\.?|Lord|Herr|Comrade)\s+)?(?=[A-Z])", line)
            if t and not any(m.type == "Person" and m.end == ls + t.start() for m in ctx.in_span(ls, ls + t.start() + 1)):
                t = None
        if not t:
            continue
        sender = [m for m in ctx.in_span(ls, ls + t.start() + 1) if m.type in ("Person",)]
        # the recipient's name may take the article ("to the Foreign Office")
        recips = [m for m in ctx.in_span(ls + t.start() + 1, lm.end()) if m.type in ("Person", "Position", "Body")
                  and not re.sub(r"\b(?:the|to|sir|mr|mrs|lord|herr|comrade)\b|[.)\s]", "", text[ls + t.start() + 1:m.start].lower())]
        if recips and (sender or re.search(r"\([A-Z][\w.'’ -]{1,40}\)\s+to\s", line)):
            # the sender's name in brackets may be one the text names nowhere else ("(Coleman)")
            ev = ctx.evidence(ls, lm.end())
            if sender:
                ctx.add(THIS, "authoredBy", ev, sender[-1].key, confidence=0.9)
            ctx.add(THIS, "sentTo", ev, recips[0].key, confidence=0.9)
            break
    # "my article “…”" in a speech is the speaker's; "his open letter “…”" is the person's named
    # just before (in this sentence or the one before it)
    speaker = next((a.object for a in ctx.assertions if a.subject in (THIS, ctx.doc.id) and a.predicate == "authoredBy"), None)
    persons = [p for p in ctx.mentions if p.type == "Person"]
    starts = [p.start for p in persons]
    for d in ctx.mentions:
        if d.type != "Document" or d.key == THIS:
            continue
        i = ctx.sentence_of(d.start)
        if i >= 0 and _IN_HIS.fullmatch(text[ctx.sentences[i].start:d.start]):
            # "In his report “…”, delivered on 3 September, Comrade Khrushchev told the Plenum",
            # "in a letter to the Party Congress, Vladimir Ilyich wrote": the one who speaks in it
            sent = ctx.sentences[i]
            after = [p for p in ctx.in_span(d.end, sent.end, ("Person", "Document")) if p.start >= d.end]
            if after and after[0].type == "Person" and _SPOKE.match(text, after[0].end) \
                    and not re.search(r"[;:]|\.\s", text[d.end:after[0].start]):
                ctx.add(d.key, "authoredBy", ctx.clause_evidence(sent, [d, after[0]]), after[0].key, confidence=0.65)
                continue
        g = re.search(r"(?i)\b(my|his|her|мо[йяеиюё]\w*|его|её|ее)\s+(?:[\w-]+\s+){0,3}[\"“«‘']?$", text[max(0, d.start - 60):d.start])
        if not g:
            continue
        if g.group(1).lower() in ("my",) or g.group(1).lower().startswith("мо"):
            if speaker is not None:
                ctx.add(d.key, "authoredBy", ctx.evidence(d.start - len(g.group(0)), d.end), speaker, confidence=0.7)
            continue
        i = ctx.sentence_of(d.start)
        if i < 0:
            continue
        lo = ctx.sentences[max(0, i - 1)].start
        k = bisect.bisect_left(starts, d.start) - 1
        if k >= 0 and persons[k].start >= lo and persons[k].end <= d.start - len(g.group(0)):
            p = persons[k]
            ctx.add(d.key, "authoredBy", ctx.evidence(p.start, d.end), p.key, confidence=0.6)


_SPOKEN = re.compile(r"(?i)report|speech|address|доклад|реч[ьи]|отч[её]т|выступлени")
_AT_MEETING = re.compile(r"[^;:\n]{0,80}?\s+(?:at|before|на)\s+(?:the\s+)?(?:(?:closed|open|joint|final|first|last)\s+)?(?:(?:session|sitting|meeting)\s+of\s+(?:the\s+)?)?")
_MOVED_BY = re.compile(r"(?i),?\s+(?:which\s+was\s+|that\s+was\s+)?(?:proposed|moved|drafted|initiated|introduced|put\s+forward)\s+by\s+(?:comrade\s+)?")
_HANDED = re.compile(r"(?i)\b(?:handed|addressed|submitted|presented|sent|передал\w*|направил\w*|вручил\w*|подал\w*)\s+(?:to\s+|in\s+)?(?:the\s+)?$")
_HANDED_TAIL = re.compile(r"(?i)\s+(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}|\s+what\s+(?:became|was|is)\s+(?:later\s+)?(?:known|called)\s+as\s+(?:the\s+)?[\"“«]?")
_MEMBERS_OF = re.compile(r"(?i)(?:(?:all|the)\s+)?(?:closed\s+|joint\s+)?(?:members|delegates|secretaries|first\s+secretaries|participants|active|aktiv|session|sitting|meeting|"
                         r"членам|делегатам|секретарям|первым\s+секретарям|участникам|активу)\s+(?:of\s+)?(?:the\s+)?")


def _place_line(ctx: Context, line) -> bool:
    """A line that only says where (and when) a text was signed."""
    ms = ctx.in_span(line.start(), line.end() + 1)
    if any(x.type in ("Person", "Position", "Document") for x in ms):
        return False
    rest = line.group(0)
    for x in sorted(ms, key=lambda x: -x.start):
        rest = rest[:x.start - line.start()] + rest[x.end - line.start():]
    return bool(ms) and not re.search(r"[A-Za-zА-Яа-яЁё]{3,}", re.sub(r"(?i)\b(?:kremlin|кремль|\d+|january|february|march|april|may|june|july|august|september|october|november|december|"
                                                              r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|г\.?|года?)\b", "", rest))


def _title_len(text: str, at: int) -> int:
    g = re.match(r"(?:тов\.|товарищ\w*|Comrade|comrade)\s*", text[at:at + 12])
    return g.end() if g else 0


_IN_HIS = re.compile(r"(?i)\s*(?:\d+\.\s*)?(?:(?:But|And|Yet|Thus|Then|Later|Earlier),?\s+)?(?:(?:in|on|at)\s+[^,;:]{3,30},\s+)?in\s+(?:his|her|a|an|the|this)\s+(?:[\w-]+\s+){0,3}[\"“«‘']?")
_SPOKE = re.compile(r"(?i)\s+(?:(?:\w+ly|also|then|later|himself|herself)\s+)*(?:wrote|said|says|stated|declared|argued|warned|noted|called|told|proposed|insisted|"
                    r"demanded|complained|explained|announced|reported|attacked|criticized|criticised|condemned|denounced|admitted|described|"
                    r"писал|сказал|заявил|указал|отметил|подчеркнул|назвал|потребовал|предложил)\b")


#: an office that heads the body it is an office of: "chairman of Gosplan", "People's Commissar of
#: Internal Affairs", «первый секретарь обкома»; a plain (full) membership: "member of the Politburo"
_HEAD_OFFICE = re.compile(r"(?i)^(?:the\s+)?(?:first\s+secretary|chairman|chairwoman|president|head|chief|director|"
                          r"(?:people['’]s\s+)?commissar|minister|procurator|commander|editor|"
                          r"председател\w*|перв\w+\s+секретар\w*|нарком\w*|народн\w+\s+комиссар\w*|министр\w*|"
                          r"начальник\w*|руководител\w*|заведующ\w*|прокурор\w*|редактор\w*)\b")
_SECRETARY = re.compile(r"(?i)^(?:the\s+)?(?:secretary|секретар\w*)\b")
#: a party committee of a region, a city or a district (its secretary leads it)
LOCAL_COMMITTEE = re.compile(r"(?i)(?:ob|krai|rai|gor|u|guber|gub|ok|okruzh)kom|(?:об|край|рай|гор|у|губ|ок|окруж)ком|regional\s+committee|district\s+committee|city\s+committee|"
                             r"областн\w+\s+комитет|городск\w+\s+комитет|районн\w+\s+комитет|краев\w+\s+комитет")
_MEMBER_OFFICE = re.compile(r"(?i)^(?:a\s+|the\s+)?(?:full\s+)?(?:members?|член\w*)\b")
_DEPUTY = re.compile(r"(?i)deputy|assistant|vice|заместител|помощник")


def _office_body(ctx: Context, pos: Mention) -> str | None:
    """The body an office belongs to: named inside it ("chairman of Gosplan"), right after it
    ("first secretary of the Kharkov obkom"), or known to the authority (the People's Commissar
    of Internal Affairs heads the NKVD) when that body is named in the document."""
    text = ctx.text
    inner = sorted((b for b in ctx.nested + ctx.in_span(pos.start, pos.end, ("Body",))
                    if b.type == "Body" and pos.start < b.start and b.end <= pos.end), key=lambda b: (b.start, -b.end))
    if inner:
        return inner[0].key
    g = re.match(r"\s+(?:of|in|at)\s+(?:the\s+|both\s+)?|\s+(?=[А-ЯЁA-Z])", text[pos.end:pos.end + 20])
    if g:
        nxt = [b for b in ctx.in_span(pos.end + g.end(), pos.end + g.end() + ctx.MAX_MENTION, ("Body",))
               if b.start == pos.end + g.end()]
        if nxt:
            return nxt[0].key
        # "first secretary in Leningrad": the party committee of that place, named elsewhere in the text
        place = [x for x in ctx.in_span(pos.end + g.end(), pos.end + g.end() + 60, ("Place",)) if x.start == pos.end + g.end()]
        if place and re.search(r"(?i)secretar|секретар", pos.text):
            local = [b for b in ctx.mentions if b.type == "Body" and not b.is_class and b.text.startswith(place[0].text)
                     and re.search(r"(?i)obkom|gorkom|kraikom|gubkom|committee|обком|горком|крайком|губком|комитет", b.text + " " + b.key)]
            if local:
                return sorted(local, key=lambda b: (not re.search(r"(?i)obkom|regional|обком", b.text + b.key), b.start))[0].key
    e = ctx.entry(pos.key)
    part = getattr(e, "part_of", None) if e is not None else None
    if part and part in ctx.keys and not getattr(ctx.entry(part), "is_class", False):
        return part
    # "the Minister of Agriculture" heads the Ministry of Agriculture the text names, «нарком
    # внутренних дел» the «Наркомат внутренних дел»
    g = _MINISTER.match(pos.text)
    if g:
        domain = re.escape(g.group("domain").strip())
        dept = re.compile(rf"(?i)^(?:the\s+)?(?:ministry|(?:people['’]s\s+)?commissariat|министерств\w*|наркомат\w*|народн\w+\s+комиссариат\w*)\s+(?:(?:of|for)\s+(?:the\s+)?)?{domain}(?![\w-])")
        named = {b.key for b in ctx.mentions + ctx.nested if b.type == "Body" and not b.is_class and dept.match(b.text)}
        if len(named) == 1:
            return named.pop()
    return None


#: a minister or people's commissar and the field of the ministry he heads
_MINISTER = re.compile(r"(?i)^(?:the\s+)?(?:minister\s+(?P<of>of|for)|(?:people['’]s\s+)?commissar\s+(?:of|for)|министр\w*|нарком\w*|народн\w+\s+комиссар\w*)\s+(?:the\s+)?(?P<domain>[^,;()]{3,60})$")


def _hold(ctx: Context, p: Mention, pos: Mention, ev, confidence: float) -> None:
    """``p`` holds the office ``pos``; an office that heads a body makes ``p`` its head, a full
    membership a member."""
    if re.search(r"(?i)(?:deputy|assistant|vice|заместител\w*|помощник\w*)\s+(?:the\s+)?$", ctx.text[max(0, pos.start - 25):pos.start]):
        return   # "first deputy of the chairman …" is another office
    ctx.add(p.key, "holdsPosition", ev, pos.key, confidence=confidence)
    if _DEPUTY.search(pos.text + " " + pos.label):
        return
    if _HEAD_OFFICE.match(pos.text) or _HEAD_OFFICE.match(pos.label):
        body = _office_body(ctx, pos)
        if body:
            ctx.add(p.key, "headOf", ev, body, confidence=confidence - 0.05)
    elif _SECRETARY.match(pos.text):
        # a local committee's secretary leads it («Секретарь Сибкрайкома ВКП(б) С. Сырцов"); a
        # secretary of the Central Committee is one of several
        body = _office_body(ctx, pos)
        entry = ctx.entry(body) if body else None
        label = body.replace("_", " ") + " " + (entry.label if entry is not None else "") if body else ""
        second = re.search(r"(?i)(?:second|third|втор\w*|трет\w*)\s+$", ctx.text[max(0, pos.start - 12):pos.start])
        if body and not second and LOCAL_COMMITTEE.search(label + " " + pos.text[_SECRETARY.match(pos.text).end():]) and not getattr(entry, "is_class", False):
            ctx.add(p.key, "headOf", ev, body, confidence=confidence - 0.1)
    elif _MEMBER_OFFICE.match(pos.text) or _MEMBER_OFFICE.match(pos.label):
        body = _office_body(ctx, pos)
        if body:
            ctx.add(p.key, "memberOf", ev, body, confidence=confidence - 0.05)


_OFFICE_LEAD = re.compile(r"(?:\s*\((?:[^()\n]{0,12}\d{4}[^()\n]{0,12})\))?,\s+(?:who\s+(?:is|was|had\s+been)\s+(?:also\s+)?|then\s+|later\s+|now\s+|будучи\s+)?(?:a\s+|an\s+|the\s+)?"
                          r"(?:(?:late|former|бывш(?:ий|его|ему|им|ая|ей))\s+)?|\s+\((?:a\s+|the\s+)?|"
                          r"\s+(?:(?:who\s+)?(?:was|became|is|served\s+as|remained)|as)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+)?")
_OFFICE_NEXT = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:of|in|at)\s+(?:the\s+)?[^,;.()\n]{1,100}?)?(?:\s*\([^()\n]{1,40}\))?"
                          r"(?:,\s+(?:and\s+|и\s+)?|\s+(?:and|и)\s+)(?:at\s+the\s+same\s+time\s+|also\s+|later\s+|then\s+|одновременно\s+|также\s+)?(?:a\s+|an\s+|the\s+)?")
_HEAD_OF = re.compile(r"(?i)(?:(?:the\s+)?(?:head|chairman|chairwoman|chief|leader|director|first\s+secretary|people['’]s\s+commissar|commissar|"
                      r"president|editor)|(?P<member>(?:a\s+)?(?:full\s+)?member))\s+of\s+(?:the\s+|both\s+)?")


def _office_of_next(ctx: Context, pos: Mention) -> bool:
    """"the chairman, Rykov", «первого секретаря обкома КПСС Н. А. Михайлова»: an office that
    names the person after it, not the one before."""
    nxt = ctx.in_span(pos.end, pos.end + 120, ("Person",))
    if not nxt:
        return False
    gap = ctx.text[pos.end:nxt[0].start]
    return bool(re.fullmatch(r"[^,;.()\n]{0,100}|\s*,\s*", gap)) and not re.search(r"(?i)\b(?:and|и|was|were|is|by)\b", gap)


_HEAD_WORD_BEFORE = re.compile(r"(?i)(?:^|[\s,(])(?:(?P<head>председател\w*|перв\w+\s+секретар\w*|нарком\w*|начальник\w*|руководител\w*|"
                               r"(?:the\s+)?(?:head|chairman|chief|director|first\s+secretary)\s+of(?:\s+the)?)|"
                               r"(?P<member>член\w*|(?:a\s+|the\s+)?member\s+of(?:\s+the)?))\s+$")


def _office_before(ctx: Context, p: Mention) -> None:
    """«председатель Госплана СССР В. В. Куйбышев», «член президиума ЦКК тов. Сольц»,
    "member of the CC Comrade Andreev": an office of the bodies named between
    it and the name."""
    text = ctx.text
    run = [m for m in ctx.in_span(max(0, p.start - 160), p.start, ("Body", "Place", "Position"))]
    first, end = None, p.start
    for m in reversed(run):
        if re.fullmatch(r"\s*(?:тов\.|т\.|Comrades?|comrades?)?\s*|\s+", text[m.end:end]) \
                or first is not None and m.type == "Body" and first.type == "Body" and re.fullmatch(r"\s+(?:и|and)\s+", text[m.end:end]):
            # «первый секретарь Ленинградского обкома и горкома П. С. Попков»: the bodies joined
            if m.type == "Position":
                if first is not None:   # with nothing between, the office is read by ``offices``
                    _hold(ctx, p, m, ctx.evidence(m.start, p.end), 0.75)
                return
            first, end = m, m.start
        else:
            break
    if first is None or first.type != "Body":
        return
    g = _HEAD_WORD_BEFORE.search(text[max(0, first.start - 40):first.start])
    if not g or _DEPUTY.search(text[max(0, first.start - 60):first.start]):
        return
    ev = ctx.evidence(first.start - len(g.group(0).lstrip(" ,(")), p.end)
    if g.group("head"):
        ctx.add(p.key, "headOf", ev, first.key, confidence=0.7)
    else:
        ctx.add(p.key, "memberOf", ev, first.key, confidence=0.7)


#: a verb of appointment whose object the office follows with nothing between, in the Russian
#: instrumental: «Назначить тов. Хатаевича первым секретарём …», «избран членом ЦК», «оставив тов. X
#: вторым секретарём», "appointed Kirov first secretary"
_APPOINTED = re.compile(r"(?i)(?<![\w-])(?:назнач\w*|утверд\w*|утвержд\w*|избра\w*|избир\w*|оставив|оставить|оставля\w*|выдвину\w*|"
                        r"перевест\w*|перевод\w*|рекомендова\w*|appoint\w*|elect\w*|named|made)\s+(?:(?:тов\.|т\.|товарищ\w*|comrade)\s*)?$")
_BARE_LEAD = re.compile(r"[ \t]+")
#: «освободив от этой должности тов. Майорова», "relieving of that post …": the office just named
_RELIEVED_OF_IT = re.compile(r"(?i)(?<![\w-])(?:освобод\w+|освобожд\w+|сняв|снять|снят\w*)\s+(?:его\s+|её\s+)?(?:от|с)\s+(?:этой|этого|указанной|той)\s+"
                             r"(?:должност\w*|обязанност\w*|поста|работы)\s+(?:(?:тов\.|т\.|товарищ\w*)\s*)?$")


def _office_chain(ctx: Context, p: Mention) -> None:
    """"Kuibyshev, chairman of Gosplan and a Politburo member", "Andreev, CC Secretary and head
    of the Orgburo's cadres department": each office of an
    apposition chain after a name, whether named as an office or as the head (member) of a body."""
    text = ctx.text
    lead = _OFFICE_LEAD.match(text, p.end)
    if not lead and _APPOINTED.search(text, max(0, p.start - 40), p.start + _title_len(text, p.start)):
        lead = _BARE_LEAD.match(text, p.end)
    if not lead or re.search(r"(?i)\b(?:succeeded|replaced|succeed|replace)\s+$", text[max(0, p.start - 15):p.start]):
        return
    _office_run(ctx, p, lead.end(), p.start)


def _office_run(ctx: Context, p: Mention, at: int, ev_from: int) -> None:
    """The offices of ``p`` named one after another from ``at`` ("chairman of Gosplan and a
    Politburo member"), each quoted from ``ev_from``."""
    text = ctx.text
    n = 0
    stop = re.search(r"[;.!?\n]\s", text[at:at + 400])
    limit = at + (stop.start() if stop else 400)
    head = False
    while at < limit and n < 5:
        n += 1
        pos = [m for m in ctx.in_span(at, at + ctx.MAX_MENTION, ("Position",)) if m.start == at]
        g = None if pos else _HEAD_OF.match(text, at)
        also = None if pos or g or not head else re.match(r"of\s+(?:the\s+)?|(?=[А-ЯЁа-яё])", text[at:at + 8])
        if pos:
            if _office_of_next(ctx, pos[0]):
                return
            _hold(ctx, p, pos[0], ctx.evidence(ev_from, pos[0].end), 0.75)
            end = pos[0].end
            # «первый секретарь Московского горкома и …»: the body in the genitive, then the next office or body
            of = [b for b in ctx.in_span(end + 1, end + 1 + ctx.MAX_MENTION, ("Body",))
                  if b.start == end + 1 and text[end] == " " and _RU_LOWER.search(b.text)]
            if of:
                end = max(b.end for b in of)
            head = bool(_HEAD_OFFICE.match(pos[0].text)) and not _DEPUTY.search(pos[0].text)
        elif also:
            # "chairman of the OGPU and of the Supreme Council of the National Economy": the same office of another body
            bodies = [b for b in ctx.in_span(at + also.end(), at + also.end() + ctx.MAX_MENTION, ("Body",)) if b.start == at + also.end()]
            if not bodies or bodies[0].is_class:
                return
            ctx.add(p.key, "headOf", ctx.evidence(ev_from, bodies[0].end), bodies[0].key, confidence=0.7)
            end = bodies[0].end
        elif g:
            head = not g.group("member")
            bodies = [b for b in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Body", "Group")) if b.start == g.end()]
            if not bodies:
                return
            body = bodies[0]
            if g.group("member"):
                if body.type == "Body":
                    ctx.add(p.key, "memberOf", ctx.evidence(ev_from, body.end), body.key, confidence=0.75)
            elif not _DEPUTY.search(text[max(0, at - 20):g.end()]):
                ctx.add(p.key, "headOf", ctx.evidence(ev_from, body.end), body.key, confidence=0.75)
            end = body.end
        else:
            return
        nxt = _OFFICE_NEXT.match(text, end)
        if not nxt or nxt.end() > limit:
            return
        at = nxt.end()


#: the head of a biographical entry: SURNAME Name Patronymic (life dates): «ЩЕРБАКОВ Александр
#: Сергеевич (27.IX.1901, г. Руза …, — 10.V.1945, Москва)», "KIROV, Sergei Mironovich (1886–1934)"
_ENTRY_HEAD = re.compile(r",?(?:\s+[A-ZА-ЯЁ][a-zа-яё]+){0,3}\s*\([^()\n]{0,80}?\d{4}[^()\n]{0,80}?[—–-][^()\n]{0,80}?\d{4}[^()\n]{0,40}\)")
#: a clause of such an entry that opens on an office, its subject the entry's: «С 1938 первый секретарь
#: Московского горкома …», «В 1936–38 второй секретарь …», "From 1941 secretary of the CC"
_ENTRY_CLAUSE = re.compile(r"(?:(?:[СсВв]|[Ff]rom|[Ii]n|[Ss]ince)\s+\d{4}(?:\s*[–—-]\s*\d{2,4})?(?:\s+(?:гг?\.|годах?|году))?,?\s+|"
                           r"(?:затем|позднее|потом|then|later)\s+|(?:был[аи]?|стал[аи]?)\s+)*")


def _entry_offices(ctx: Context) -> None:
    """In a biographical entry, the clauses that name an office with no one before it are its subject's."""
    text = ctx.text
    first = min(ctx.mentions, key=lambda m: m.start, default=None)
    if first is None or first.type != "Person" or first.start > 2 or not _ENTRY_HEAD.match(text, first.end):
        return
    starts = {s.start for s in ctx.sentences}
    starts.update(g.end() for g in re.finditer(r";\s+|,\s+(?=затем\s|then\s)", text))
    for at in sorted(starts):
        c = _ENTRY_CLAUSE.match(text, at)
        pos = [m for m in ctx.in_span(c.end(), c.end() + ctx.MAX_MENTION, ("Position",)) if m.start == c.end()]
        if pos and not _office_of_next(ctx, pos[0]):
            _office_run(ctx, first, c.end(), at)


#: a pronoun subject and the verb that gives it an office: "he was elected Chairman of the …", "in 1898
#: he became a member of the …", «он был избран членом ЦК»
_HE_WAS = gated(re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Оо]н|[Оо]на)\s+(?:(?:also|then|later|subsequently|again|также|затем)\s+)?"
                           r"(?:(?:was|had\s+been|был[аи]?)\s+(?:(?:also|then|later|again|вновь|снова)\s+)?(?:elected|appointed|made|named|избран[аы]?|назначен[аы]?)\s+"
                           r"|became\s+|was\s+|had\s+been\s+|served\s+as\s+|remained\s+|стал[аи]?\s+|был[аи]?\s+)(?:the\s+|a\s+|an\s+)?"))
_WHOSE_HEAD_WAS = re.compile(r"(?:,\s+whose\s+(?:first\s+|then\s+|new\s+)?(?:head|chairman|chief|leader|director|president|editor|first\s+secretary)\s+(?:was|is|became|had\s+been)\s+"
                             r"|,\s+(?:начальником|председателем|руководителем|главой|заведующ(?:им|ей)|редактором|первым\s+секретар(?:ём|ем))\s+(?:которого|которой)\s+"
                             r"(?:был[аи]?|являл(?:ся|ась)|стал[аи]?)\s+)(?:(?:Comrade|comrade|тов\.|товарищ)\s*)?$")
_TOOK_CHAIR = re.compile(r"(?i)(?:\s*\([^()\n]{1,40}\))?\s+(?:(?:\w+ly|soon|then|later|also|thereby|still|had|has)\s+)*(?:held|assumed|took\s+over|took|lost|retained|kept|gave\s+up|"
                         r"resigned|relinquished|was\s+given|received|inherited)\s+(?:the\s+|his\s+|her\s+)?(?:chairmanship|presidency|leadership|directorship|editorship|command)\s+of\s+(?:the\s+)?")
#: a name governed by a preposition is no subject for a later "he"
_OBLIQUE = re.compile(r"(?i)(?<![\w-])(?:of|by|with|to|from|after|for|against|about|under|than|and|и|с|со|от|к|о|об|при|после|против)\s+(?:(?:the\s+)?(?:late\s+)?(?:Comrades?|comrades?|тов\.|товарищ\w*)\s*)?$")
_HE_CUES = ("he was", "he became", "he had been", "he served", "he remained", "he also", "he then", "he later",
            "он был", "она была", "он стал", "она стала", "он также", "он затем")


def _pronoun_offices(ctx: Context) -> None:
    """An office given to "he" (or «он»): the person the paragraph named last holds it."""
    text = ctx.text
    for g in cued(text, ctx.low, _HE_WAS, _HE_CUES, back=4, ahead=70):
        # the last person named as a subject, not one inside a phrase ("after the death of Ya. M. Sverdlov, he …")
        before = [p for p in ctx.in_span(max(g.start() - 1500, 0), g.start(), ("Person",))
                  if not _OBLIQUE.search(text, max(0, p.start - 16), p.start) and not re.match(r"['’]s\b", text[p.end:p.end + 3])]
        if before:
            _office_run(ctx, before[-1], g.end(), g.start())


def _of_bodies_then_name(ctx: Context, at: int, end: int) -> bool:
    """text[at:end] is "of the BODY (of the BODY …), " (then perhaps a courtesy title): an
    apposition closing on the name that follows."""
    text = ctx.text
    n = 0
    while True:
        g = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", text[at:end])
        if not g:
            break
        nxt = [b for b in ctx.in_span(at + g.end(), end, ("Body", "Place")) if b.start == at + g.end()]
        if not nxt:
            return False
        at, n = max(b.end for b in nxt), n + 1
    return n > 0 and bool(re.fullmatch(r",\s+(?:(?:Mr\.|Mrs\.|Comrade|comrade|Marshal|General)\s+)?", text[at:end]))


#: «во главе с товарищем А. А. Андреевым», «во главе с секретарём крайкома тов. Сырцовым»
_LED_BY_RU = re.compile(r"(?<![\w-])во\s+главе\s+со?\s+(?:[а-яё]+\s+){0,3}?(?:тов\.\s*|т\.\s*|товарищ\w*\s+)?$")
#: "the OGPU under Menzhinsky", "the court, presided over by Ulrikh"
_BODY_UNDER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?(?:,?\s+(?:headed|led|chaired|presided\s+over|directed|run)\s+by|\s+under(?:\s+the\s+(?:chairmanship|presidency|leadership|direction)\s+of)?)\s+(?:(?:Comrade|comrade)\s+)?$")


#: a name, a linking verb, the office: "Yenukidze had been for more than fifteen years Secretary of
#: …", "Malenkov remains a Deputy Chairman", "Kaganovich is now People's Commissar …"
_IS_OFFICE = re.compile(r"\s+(?:had\s+been|has\s+been|was|is|remains|remained|became|becomes)\s+(?:(?:for|since|in|from|until)\s+[^,;.()]{1,40}?\s+)?"
                        r"(?:also\s+|then\s+|still\s+|now\s+|already\s+)?(?:the\s+|a\s+|an\s+)?")


def _list_after(ctx: Context, p: Mention) -> list[Mention]:
    """The persons named in a list after ``p`` ("Mdivani and Makharadze", «Попков и Капустин»)."""
    out, last = [], p
    for q in ctx.in_span(p.end, p.end + 200, ("Person",)):
        if not re.fullmatch(r",\s+(?:and\s+|и\s+)?|\s+(?:and|и)\s+(?:(?:Comrade|comrade|тов\.)\s+)?", ctx.text[last.end:q.start]):
            break
        out.append(q)
        last = q
    return out


# --- an office the text names by its noun alone: "The first chairman was …", "the chairmanship
# passed to …", "He was succeeded by …", "The post was held successively by …"

_OFFICE_NOUNS = {"chairman": "chairman", "chairwoman": "chairman", "chairmanship": "chairman", "president": "president",
                 "presidency": "president", "head": "head", "director": "director", "directorship": "director",
                 "editor": "editor", "editorship": "editor", "first secretary": "first secretary",
                 "general secretary": "general secretary"}
_TOPIC_OFFICE = gated(re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:first|last|new|next|founding|original|later|sole)\s+)?"
    r"(?P<word>first\s+secretary|general\s+secretary|chairman|chairwoman|president|head|director|editor)\s+(?:was|became|had\s+been)\s+"
    r"|[Tt]he\s+(?P<noun>chairmanship|presidency|directorship|editorship|post|office)\s+(?:then\s+|later\s+|subsequently\s+|again\s+)?(?:passed|went|fell)\s+to\s+)"
    r"(?:(?:Comrade|comrade)\s+)?"))
_TOPIC_CUES = ("chairman", "chairwoman", "president", "head ", "director", "editor", "secretary", "passed to", "went to", "fell to")
_POST_HELD = gated(re.compile(r"(?<![\w-])[Tt]he\s+(?:post|office|position)\s+was\s+(?:then\s+|later\s+|subsequently\s+)?(?:held|occupied|filled)\s+"
                              r"(?:successively\s+|in\s+turn\s+|in\s+succession\s+)?by\s+"))
#: "the chairman of the commission" in the text before "The post was held by …"
_OFFICE_OF_PHRASE = re.compile(r"(?i)(?<![\w-])(?P<word>first\s+secretary|general\s+secretary|chairman|president|head|director|editor)\s+of\s+(?:the\s+)?")
_LISTED = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_HEADING_WORDS = {"chairman", "president", "head", "director", "editor", "first secretary", "general secretary"}


def _topic_body(ctx: Context, at: int, possessive: bool = False) -> Mention | None:
    """The body a bare office noun at ``at`` is an office of: the subject of a reference entry
    (its title names it), else (after "its") the body the paragraph last named."""
    if not possessive and ctx.header is not None and ctx.header.title is not None:
        ts, te = ctx.header.title
        inside = [m for m in ctx.in_span(ts, te + 1, ("Body",)) if not m.is_class]
        if inside:
            return inside[0]
    if not possessive:
        return None
    para = ctx.text.rfind("\n\n", 0, at)
    prior = [b for b in ctx.in_span(max(para, at - 300, 0), at, ("Body",)) if not b.is_class and not _MEETING.search(b.text)]
    return prior[-1] if prior else None


def _office_mention(ctx: Context, s: int, e: int, word: str, body: Mention) -> Mention:
    """A Position for the office ``word`` of ``body``, named at text[s:e]: the authority's when it
    knows that office ("chairman" of the KPK), else one minted from the office and the body."""
    from .gazetteer import gazetteer_for
    from .patterns import _office_keys
    key = _office_keys(gazetteer_for(ctx.authority)).get((word, body.key)) or slug(f"{word} {body.key}")[:60]
    entry = ctx.entry(body.key)
    label = f"{word[:1].upper()}{word[1:]} of the {entry.label if entry is not None else body.label}"
    return ctx.add_mention(Mention(s, e, ctx.text[s:e], "Position", key, label, source="rule:office_noun"))


def _fill(ctx: Context, p: Mention, pos: Mention | None, body: Mention | str | None, word: str, ev, confidence: float) -> None:
    """``p`` holds the office ``pos`` (when it is a Position), and heads ``body`` when the office word heads one."""
    if pos is not None:
        ctx.add(p.key, "holdsPosition", ev, pos.key, confidence=confidence)
    if body is not None and word in _HEADING_WORDS:
        ctx.add(p.key, "headOf", ev, body if isinstance(body, str) else body.key, confidence=confidence - 0.05)


def _last_office(ctx: Context, at: int) -> tuple[Mention | None, str | None, str]:
    """The office the text named last before ``at`` (in its paragraph): (position, body key, office word)."""
    text = ctx.text
    lo = max(text.rfind("\n\n", 0, at), at - 500, 0)
    best = None
    topic = None
    for g in _OFFICE_OF_PHRASE.finditer(text, lo, at):
        body = [b for b in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Body",)) if b.start in (g.end(), g.end() - 4) and not b.is_class]
        if body and body[0].end <= at:
            best = (g, body[0], body[0].end)
            continue
        # "the chairman of the commission" in an entry on the Central Control Commission: its subject
        noun = re.match(r"[a-z]{4,}", text[g.end():g.end() + 20])
        topic = topic or _topic_body(ctx, at)
        if noun and topic is not None and re.search(rf"(?i)\b{noun.group(0)}\b", topic.label + " " + topic.text):
            best = (g, topic, g.end() + noun.end())
    pos = [m for m in ctx.in_span(lo, at, ("Position",))]
    if best is not None and (not pos or pos[-1].end <= best[0].start() or best[1].key not in ctx.keys or
                             re.match(r"[^.;]{0,40}\bat\s+the\s+same\s+time\b", text[best[2]:pos[-1].start])):
        # (the office the sentence is about, not the one it says he held "at the same time")
        g, body, end = best
        word = re.sub(r"\s+", " ", g.group("word").lower())
        return _office_mention(ctx, g.start(), end, word, body), body.key, word
    if pos:
        word = next((w for w in _HEADING_WORDS if pos[-1].text.lower().startswith(w)), "")
        return pos[-1], _office_body(ctx, pos[-1]), word
    return None, None, ""


#: a foreign envoy by his country's adjective: "French Ambassador Catroux", "the German Ambassador,
#: Count Schulenburg", "Grzybowski, the Polish Minister"; "my Polish colleague, M. Grzybowski"
#: (an envoy's idiom, whatever genre the heading gives the text) is that country's envoy
_ENVOY = gated(re.compile(r"(?<![\w-])(?:(?P<nat>[A-Z][a-z]+(?:an|ish|ese|ch|ian|ic|i))\s+(?P<title>Ambassador|Minister|Envoy|Chargé\s+d['’]Affaires|Charge\s+d['’]Affaires|Consul(?:-General)?|Military\s+Attaché)"
                          r"|(?P<my>[Mm]y)\s+(?P<nat2>[A-Z][a-z]+(?:an|ish|ese|ch|ian|ic|i))\s+(?P<colleague>colleague))(?![\w-])"))
_ENVOY_CUES = ("ambassador", "minister", "envoy", "chargé", "charge d", "consul", "attaché", "colleague")
_ENVOY_NAME = re.compile(r"(?:,\s+|\s+)(?:(?:M\.|Mr\.|Monsieur|Herr|Count|Baron|Sir|Signor|Señor)\s+)?")


def _envoys(ctx: Context) -> None:
    text = ctx.text
    for g in cued(text, ctx.low, _ENVOY, _ENVOY_CUES, back=30, ahead=40):
        s = g.start("nat") if g.group("nat") else g.start("nat2")
        nat = g.group("nat") or g.group("nat2")
        title = "Ambassador" if g.group("my") else re.sub(r"\s+", " ", g.group("title")).replace("Charge ", "Chargé ")
        # the person: named after the title (or with it: "Ambassador Catroux"), or just before it
        person = [x for x in ctx.in_span(g.start(), g.end() + 60, ("Person",))
                  if x.start in (g.start("title") if g.group("title") else -1, g.end() + 1, g.end() + 2)
                  or x.start > g.end() and _ENVOY_NAME.fullmatch(text[g.end():x.start])]
        if not person:
            before = [x for x in ctx.in_span(max(0, s - 80), s, ("Person",))]
            if before and re.fullmatch(r",\s+(?:the\s+)?|\s+\((?:the\s+)?", text[before[-1].end:s]):
                person = [before[-1]]
        if not person:
            continue
        e = g.end("title") if g.group("title") else g.end()
        if person[0].start < e and person[0].start > s:
            e = g.end("title")   # "French Ambassador Catroux" found as one name: the office is "French Ambassador"
        key = slug(f"{nat} {title}")[:60]
        pos = ctx.add_mention(Mention(s, e, text[s:e], "Position", key, f"{nat} {title}", source="rule:envoy"))
        ctx.add(person[0].key, "holdsPosition", ctx.evidence(min(s, person[0].start), max(e, person[0].end)), pos.key, confidence=0.7)


def _topic_offices(ctx: Context) -> None:
    text = ctx.text
    for g in cued(text, ctx.low, _TOPIC_OFFICE, _TOPIC_CUES, back=40, ahead=50):
        p = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Person",)) if x.start == g.end()]
        if not p:
            continue
        ev = ctx.evidence(g.start(), p[0].end)
        noun = g.group("noun")
        if noun in ("post", "office"):
            pos, body, word = _last_office(ctx, g.start())
            _fill(ctx, p[0], pos, body, word, ev, 0.65)
            continue
        w = g.group("word") or noun
        word = _OFFICE_NOUNS[re.sub(r"\s+", " ", w.lower())]
        body = _topic_body(ctx, g.start(), possessive=bool(re.match(r"(?i)its|their", g.group(0))))
        if body is None:
            continue
        s = g.start("word") if g.group("word") else g.start("noun")
        e = g.end("word") if g.group("word") else g.end("noun")
        _fill(ctx, p[0], _office_mention(ctx, s, e, word, body), body, word, ev, 0.65)
    for g in cued(text, ctx.low, _POST_HELD, ("post was", "office was", "position was"), back=8, ahead=60):
        pos, body, word = _last_office(ctx, g.start())
        if pos is None:
            continue
        at, names = g.end(), []
        for q in ctx.in_span(g.end(), g.end() + 400, ("Person",)):
            if q.start != at:
                break
            names.append(q)
            n = _LISTED.match(text, q.end)
            if not n:
                break
            at = n.end()
        for q in names:
            _fill(ctx, q, pos, body, word, ctx.evidence(g.start(), names[-1].end + 12 if q is names[-1] else q.end), 0.65)


@relation_rule("offices")
def offices(ctx: Context) -> None:
    text = ctx.text
    _plural_heads(ctx)
    _topic_offices(ctx)
    _entry_offices(ctx)
    _pronoun_offices(ctx)
    _envoys(ctx)
    persons = sorted(ctx.mentions + [n for n in ctx.nested if n.type == "Person"], key=lambda m: m.start)
    for p in persons:
        if p.type != "Person":
            continue
        _office_chain(ctx, p)
        _office_before(ctx, p)
        # "its former head Kosior", "their chairman, Rykov": the body named just before
        # (and "its secretaries Comrades Popkov and Kapustin": every name of the list)
        g = re.search(r"(?i)\b(?:its|their|whose)\s+(?:former\s+|new\s+|then\s+|first\s+|last\s+)?(?:head|chairman|chief|leader|director|commissar|first\s+secretary|"
                      r"(?P<plural>heads|chairmen|chiefs|leaders|secretaries))\s*,?\s*(?:(?:Comrades?|comrades?)\s+)?$",
                      text[max(0, p.start - 50):p.start])
        if g:
            at = max(0, p.start - 50) + g.start()
            prior = [b for b in ctx.in_span(max(0, at - 300), at, ("Body",))
                     if not b.is_class and len(re.findall(r"[.!?]\s", text[b.end:at])) <= 1]
            # "the Leningrad City Committee of the party, and its secretaries": the committee, not its party
            k = len(prior) - 1
            while k > 0 and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[prior[k - 1].end:prior[k].start]):
                k -= 1
            if prior:
                ctx.add(p.key, "headOf", ctx.evidence(prior[k].start, p.end), prior[k].key, confidence=0.6)
                for q in _list_after(ctx, p) if g.group("plural") else ():
                    ctx.add(q.key, "headOf", ctx.evidence(prior[k].start, q.end), prior[k].key, confidence=0.6)
        # "the Main Political Administration, whose head was Mekhlis", «Главное политическое управление
        # Красной Армии, начальником которого был Л. З. Мехлис»: the body the relative clause follows
        g = _WHOSE_HEAD_WAS.search(text, max(0, p.start - 70), p.start)
        if g:
            prior = [b for b in ctx.in_span(max(0, g.start() - ctx.MAX_MENTION), g.start(), ("Body",))
                     if b.end <= g.start() and re.fullmatch(r"(?:\s*\([^()\n]{1,40}\))?\s*", text[b.end:g.start()])]
            k = len(prior) - 1
            # (the body the whole name is, not the last one inside it)
            while k > 0 and prior[k - 1].start <= prior[k].start and prior[k - 1].end >= prior[k].end:
                k -= 1
            if prior and not prior[k].is_class:
                ctx.add(p.key, "headOf", ctx.evidence(prior[k].start, p.end), prior[k].key, confidence=0.7)
        # "Zinoviev soon lost the chairmanship of the Comintern", "Kirov took over the leadership of …"
        g = _TOOK_CHAIR.match(text, p.end)
        if g:
            bodies = [b for b in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Body", "Group")) if b.start == g.end()]
            if bodies and not bodies[0].is_class:
                ctx.add(p.key, "headOf", ctx.evidence(p.start, bodies[0].end), bodies[0].key, confidence=0.7)
        # "A succeeded B as first secretary": the office is A's
        g = re.match(r"\s+(?:succeeded|replaced|succeeds|replaces)\s+", text[p.end:p.end + 20])
        if g:
            other = [x for x in ctx.in_span(p.end + g.end(), p.end + g.end() + 60, ("Person",)) if x.start == p.end + g.end()]
            a = re.match(r"\s+as\s+(?:the\s+)?", text[other[0].end:other[0].end + 10]) if other else None
            if a:
                at = other[0].end + a.end()
                pos = [m for m in ctx.in_span(at, at + ctx.MAX_MENTION, ("Position",)) if m.start == at]
                if pos:
                    _hold(ctx, p, pos[0], ctx.evidence(p.start, pos[0].end), 0.75)
        g = _RELIEVED_OF_IT.search(text, max(0, p.start - 60), p.start + _title_len(text, p.start))
        if g:
            sent_start = max(text.rfind(".", 0, g.start()), text.rfind("\n", 0, g.start()), g.start() - 200)
            pos = [m for m in ctx.in_span(sent_start + 1, g.start(), ("Position",))]
            if pos:
                _hold(ctx, p, pos[-1], ctx.evidence(pos[-1].start, p.end), 0.7)
        # "the head of the Kiev NKVD, Vsevolod Balitsky"
        for b in ctx.in_span(max(0, p.start - 200), p.start, ("Body",)):
            gap = text[b.end:p.start]
            if re.fullmatch(r",\s+", gap) and re.search(r"(?i)\b(?:the|its|their|his|former|then|new)\s+(?:head|chairman|chief|leader|director|first\s+secretary)\s+of\s+(?:the\s+)?$", text[max(0, b.start - 50):b.start]) \
                    and not _DEPUTY.search(text[max(0, b.start - 40):b.start]):
                ctx.add(p.key, "headOf", ctx.evidence(b.start, p.end), b.key, confidence=0.75)
            elif _BODY_UNDER.fullmatch(gap) and not b.is_class and \
                    not re.match(r"['’]s\s+(?!leadership|chairmanship|direction|command)", text[p.end:p.end + 14]):
                ctx.add(p.key, "headOf", ctx.evidence(b.start, p.end), b.key, confidence=0.7)
                # "led by Budu Mdivani and Filipp Makharadze": every name of the list leads it
                for q in _list_after(ctx, p):
                    ctx.add(q.key, "headOf", ctx.evidence(b.start, q.end), b.key, confidence=0.65)
        before = [m for m in ctx.in_span(max(0, p.start - 300), p.start, ("Position",)) if p.start - m.end < 45]
        if before and re.search(r"(?i)(?:deputy|assistant|заместител\w*|помощник\w*)\s+(?:the\s+)?$", text[max(0, before[-1].start - 25):before[-1].start]):
            before = []   # "first deputy of the Minister …" is another office
        # "Beria used his position as First Deputy Chairman of the Council of Ministers"
        g = re.match(r"\s+(?:\w+ly\s+)?(?:used|abused|exploited|held|kept|retained|lost|left)\s+(?:his|her)\s+(?:position|post|office|seat)\s+as\s+(?:the\s+)?", text[p.end:p.end + 60])
        if g:
            pos = [x for x in ctx.in_span(p.end + g.end(), p.end + g.end() + ctx.MAX_MENTION, ("Position",)) if x.start == p.end + g.end()]
            if pos:
                _hold(ctx, p, pos[0], ctx.evidence(p.start, pos[0].end), 0.75)
        held = False
        if before:
            pos = before[-1]
            gap = text[pos.end:p.start]
            if re.fullmatch(r"(?:\s+(?:in|of|to|at)\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?\s*\(|\s+|,\s+|\s+(?:тов\.|т\.|товарищ[уае]?)\s*", gap):
                _hold(ctx, p, pos, ctx.evidence(pos.start, p.end + (1 if text[p.end:p.end + 1] == ")" else 0)), 0.85)
                held = True
        if not held:
            # "the Secretary of the Presidium of the Central Executive Committee, Yenukidze", "the
            # Chairman of the Soviet of the Union, Mr. Volkov": an office of bodies, then the name
            pos = next((m for m in reversed(ctx.in_span(max(0, p.start - 200), p.start, ("Position",)))), None)
            if pos is not None and _of_bodies_then_name(ctx, pos.end, p.start) and (
                    re.match(r"(?i)the\s", pos.text) or re.search(r"(?i)\bthe\s+$", text[max(0, pos.start - 5):pos.start])):
                _hold(ctx, p, pos, ctx.evidence(pos.start, p.end), 0.75)
                held = True
        if not held and not re.match(rf"{HONORIFICS}\s", p.text):   # "General Shtemenko" carries his own rank
            # a later name in a list that a rank opens
            prev = [m for m in ctx.in_span(max(0, p.start - 300), p.start) if m.type in ("Person", "Position")]
            k = len(prev) - 1
            while k >= 0 and prev[k].type == "Person" and re.fullmatch(r"(?:\s*\([^()]{0,40}\))?\s*,\s*(?:and\s+)?|\s+and\s+|\s+и\s+|,\s+",
                                                                        text[prev[k].end:(prev[k + 1].start if k + 1 < len(prev) else p.start)]):
                k -= 1
            if 0 <= k < len(prev) - 1 and prev[k].type == "Position" and (prev[k].source == "rule:rank_title" or re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё]+", prev[k].text)) and \
                    re.fullmatch(r"\s+", text[prev[k].end:prev[k + 1].start]):
                _hold(ctx, p, prev[k], ctx.evidence(prev[k].start, p.end), 0.7)
        paren = re.match(r"\s*\(", text[p.end:p.end + 3])
        if paren:
            office = [m for m in ctx.in_span(p.end, p.end + 40, ("Position",)) if m.source == "rule:rank_title"]
            if office:
                _hold(ctx, p, office[0], ctx.evidence(p.start, office[0].end + 1), 0.7)
        after = [m for m in ctx.in_span(p.end, p.end + 400, ("Position",)) if m.start - p.end < 25]
        followed = after and _office_of_next(ctx, after[0])
        if after and not followed and not re.search(r"(?i)\b(?:succeeded|replaced|succeeds|replaces|succeed|replace)\s+$", text[max(0, p.start - 15):p.start]) and re.fullmatch(r",\s+(?:the\s+|a\s+)?(?:(?:first|then|former|later|future)\s+)?|\s+\(|\s+(?:was|became|as)\s+(?:the\s+|a\s+)?", text[p.end:after[0].start]):
            _hold(ctx, p, after[0], ctx.evidence(p.start, after[0].end), 0.75)
        if not after or followed:
            later = [m for m in ctx.in_span(p.end, p.end + 400, ("Position",)) if m.start - p.end < 90]
            if later and not _office_of_next(ctx, later[0]) and _IS_OFFICE.fullmatch(text, p.end, later[0].start):
                _hold(ctx, p, later[0], ctx.evidence(p.start, later[0].end), 0.7)
        window = re.match(r"[^.;]{0,160}", text[p.end:p.end + 160]).group(0)
        # "be relieved of his duties as first secretary of …", «освободил … от обязанностей первого
        # секретаря», "so that he may concentrate on his work as secretary of …"
        for g in re.finditer(r"\b(?:с\s+поста|от\s+обязанностей|from\s+the\s+post\s+of|from\s+(?:his\s+)?(?:post|office)\s+as|"
                             r"(?:of|from|on)\s+(?:his|her)\s+(?:duties|work|functions)\s+as|from\s+(?:(?:his|her|the)\s+)?duties\s+of)\s+(?:the\s+)?", window):
            if g.start() > 40 and not re.match(r"(?:,\s*|\s+)(?:и|and)\s+$", window[max(0, g.start() - 6):g.start()] + " ", re.I) \
                    and not re.search(r"(?:\bи|\band)\s+$|\b(?:he|she)\s+(?:\w+\s+){0,3}$", window[:g.start()]):
                break   # a later post of the same person is joined by "и / and"
            at = p.end + g.end()
            posts = [x for x in ctx.in_span(at, at + ctx.MAX_MENTION, ("Position",)) if x.start == at]
            if posts and not re.search(r"(?i)заместител|deputy", text[at:posts[0].start + 1]):
                _hold(ctx, p, posts[0], ctx.evidence(p.start, posts[0].end), 0.7)
        # "Yezhov, head of the NKVD", "the NKVD, headed by Yezhov"
        m = re.match(r",?\s+(?:the\s+)?(?:head|chairman|chief|leader|secretary|first secretary|general secretary|commissar|director)\s+of\s+(?:the\s+)?", text[p.end:p.end + 60], re.I)
        if m:
            bodies = [b for b in ctx.in_span(p.end + m.end(), p.end + m.end() + ctx.MAX_MENTION, ("Body",)) if b.start == p.end + m.end()]
            if bodies:
                ctx.add(p.key, "headOf", ctx.evidence(p.start, bodies[0].end), bodies[0].key, confidence=0.8)
        for g in re.finditer(r"(?i)\b(?:headed|ran|run|led|chaired|directed|presided\s+over|(?:was|became)\s+(?:the\s+)?(?:head|chief|chairman|leader)\s+of)\s+(?:the\s+|an?\s+)?", text[p.end:p.end + 120]):
            if re.search(r"[.;]", text[p.end:p.end + g.start()]) or not re.match(r"(?:,\s+who\b|\s+\(|\s+(?:had\s+|then\s+|also\s+|later\s+)*)", text[p.end:p.end + g.start() + 1]):
                continue
            at = p.end + g.end()
            bodies = [b for b in ctx.in_span(at, at + ctx.MAX_MENTION, ("Body", "Group")) if b.start == at]
            if bodies:
                ctx.add(p.key, "headOf", ctx.evidence(p.start, bodies[0].end), bodies[0].key, confidence=0.7)
        # "the report of the CCC by Ordzhonikidze, its chairman": the body named just before
        m = re.match(r",\s+its\s+(?:first\s+)?(?:chairman|head|chief|leader|director|president)\b", text[p.end:p.end + 40])
        if m:
            bodies = [b for b in ctx.in_span(max(0, p.start - 120), p.start, ("Body",)) if not b.is_class]
            if bodies:
                ctx.add(p.key, "headOf", ctx.evidence(bodies[-1].start, p.end + m.end()), bodies[-1].key, confidence=0.65)
        # «Совет по делам колхозов при Совете Министров СССР во главе с товарищем А. А. Андреевым»:
        # the body the phrase follows (not the one it is attached to)
        m = _LED_BY_RU.search(text, max(0, p.start - 70), p.start)
        if m:
            bodies = [b for b in ctx.in_span(max(0, m.start() - 200), m.start(), ("Body",))]
            k = len(bodies) - 1 if bodies and m.start() - bodies[-1].end < 4 else -1
            while k > 0 and re.fullmatch(r"\s+(?:при|of|attached\s+to)\s+(?:the\s+)?", text[bodies[k - 1].end:bodies[k].start]):
                k -= 1
            # (a body attached to one the text names but the gazetteer does not know: no head named)
            if k >= 0 and not bodies[k].is_class and not re.search(r"(?i)(?<![\w-])(?:при|of|attached\s+to)\s+(?:the\s+)?$", text[max(0, bodies[k].start - 14):bodies[k].start]):
                ctx.add(p.key, "headOf", ctx.evidence(bodies[k].start, p.end), bodies[k].key, confidence=0.75)
        m = re.search(r"(?:headed|led|chaired)\s+by\s+$|(?<![а-яё])возглавл[яе]\w*\s+$", text[max(0, p.start - 20):p.start])
        if m:
            bodies = [b for b in ctx.in_span(max(0, p.start - ctx.MAX_MENTION), p.start, ("Body",)) if 0 <= p.start - b.end < 40]
            if bodies:
                ctx.add(p.key, "headOf", ctx.evidence(bodies[-1].start, p.end), bodies[-1].key, confidence=0.8)


def _plural_heads(ctx: Context) -> None:
    """"The heads of the Leningrad NKVD, F. D. Medved and I. V. Zaporozhets, were …": each name of
    the apposition heads the body."""
    text = ctx.text
    for g in re.finditer(r"(?i)\b(?:heads|chiefs|leaders|chairmen)\s+of\s+(?:the\s+)?", text):
        bodies = [b for b in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Body",)) if b.start == g.end()]
        if not bodies or not re.match(r",\s+", text[bodies[0].end:bodies[0].end + 3]):
            continue
        body = bodies[0]
        chain, pos = [], body.end
        for p in ctx.in_span(body.end, body.end + 200, ("Person",)):
            if not re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", text[pos:p.start]):
                break
            chain.append(p)
            pos = p.end
        if len(chain) >= 2:
            for p in chain:
                ctx.add(p.key, "headOf", ctx.evidence(g.start(), chain[-1].end), body.key, confidence=0.65)


#: "Stalin already sat in the Politburo and the Orgburo", "served on the Central Committee"
_SAT_IN = gated(re.compile(r"(?<![\w-])(?:sat|sits|sit|served|serves|serving|sitting|had\s+a\s+seat|held\s+a\s+seat|a\s+seat)\s+(?:in|on)\s+(?:the\s+)?"))
_SAT_AND = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:(?:in|on)\s+)?(?:the\s+)?|,\s+(?:the\s+)?")


def _seats(ctx: Context) -> None:
    text = ctx.text
    for g in cued(text, ctx.low, _SAT_IN, (" sat ", " sits ", " sit ", " served ", " serves ", " serving ", " sitting ", " seat "), back=14, ahead=30):
        before = ctx.in_span(max(0, g.start() - 60), g.start(), ("Person",))
        if not before or not re.fullmatch(r"\s+(?:(?:already|also|still|then|now|later|long|had|has|have|was|were)\s+)*", text[before[-1].end:g.start()]):
            continue
        at, bodies = g.end(), []
        while True:
            b = [x for x in ctx.in_span(at, at + ctx.MAX_MENTION, ("Body",)) if x.start == at]
            if not b or b[0].is_class:
                break
            bodies.append(b[0])
            a = _SAT_AND.match(text, b[0].end)
            if not a:
                break
            at = a.end()
        for b in bodies:
            ctx.add(before[-1].key, "memberOf", ctx.evidence(before[-1].start, b.end), b.key, confidence=0.7)


@relation_rule("membership")
def membership(ctx: Context) -> None:
    text = ctx.text
    _seats(ctx)
    for i, sent in enumerate(ctx.sentences):
        ms = _sent_mentions(ctx, i)
        # "At the Fourteenth Party Congress, Kamenev declared …"
        m = re.match(r"(?i)(?:at|to|before)\s+the\s+", sent.text)
        if m:
            first = [x for x in ms if x.start == sent.start + m.end() and x.type == "Body"]
            if first and re.search(r"(?i)congress|conference|plenum|meeting|session|съезд", first[0].label):
                persons = [x for x in ms if x.type == "Person" and x.start > first[0].end and x.start - first[0].end < 80]
                if persons:
                    ctx.add(persons[0].key, "memberOf", ctx.clause_evidence(sent, [first[0], persons[0]]), first[0].key, confidence=0.7)
        for g in re.finditer(r"(?i)\b(?:consisting\s+of|composed\s+of|comprising|made\s+up\s+of|whose\s+members\s+were|members\s*:|в\s+составе)\s+", sent.text):
            at = sent.start + g.end()
            bodies = [b for b in ms if b.type == "Body" and b.end <= at and at - b.end < 60]
            if not bodies:
                continue
            body = bodies[-1]
            stop = re.search(r"[.;]\s|\.\s*$", text[at:sent.end])
            end = at + stop.start() if stop else sent.end
            for p in ctx.in_span(at, end, ("Person",)):
                ev = ctx.evidence(body.start, min(end, p.end + 20))
                ctx.add(p.key, "memberOf", ev, body.key, confidence=0.75)
                if re.match(r"\s*\((?:chairman|chair|head|председатель)\)", text[p.end:p.end + 20]):
                    ctx.add(p.key, "headOf", ev, body.key, confidence=0.75)
        # "Zhdanov, Andreev and other members of the Orgburo": every name of the list
        for g in re.finditer(r"(?i)\s+and\s+(?:the\s+)?other\s+(?=(?:full\s+)?members\s+of\s+)", sent.text):
            at = sent.start + g.end()
            m2 = re.match(r"(?i)(?:full\s+)?members\s+of\s+(?:the\s+)?", text[at:])
            bodies = [b for b in ms if b.type == "Body" and b.start == at + m2.end()]
            pos = [x for x in ms if x.type == "Position" and x.start == at]
            if not bodies and pos:
                key = _office_body(ctx, pos[0])
                bodies = [b for b in ctx.nested + ms if b.type == "Body" and b.key == key][:1] if key else []
            if not bodies:
                continue
            listed = [x for x in ms if x.type == "Person" and x.end <= sent.start + g.start()]
            j = len(listed) - 1
            if j < 0 or listed[j].end != sent.start + g.start():
                continue
            while j > 0 and re.fullmatch(r"\s*,\s*|\s+and\s+", text[listed[j - 1].end:listed[j].start]):
                j -= 1
            for p in listed[j:]:
                ctx.add(p.key, "memberOf", ctx.evidence(listed[j].start, bodies[0].end), bodies[0].key, confidence=0.75)
        for p in (x for x in ms if x.type == "Person"):
            g = re.match(r",?\s+(?:a\s+|an\s+)?(?:member|candidate member|alternate member|delegate)\s+(?:of|to)\s+(?:the\s+)?", text[p.end:p.end + 50], re.I)
            if g:
                bodies = [b for b in ms if b.type == "Body" and b.start == p.end + g.end()]
                if bodies:
                    ctx.add(p.key, "memberOf", ctx.evidence(p.start, bodies[0].end), bodies[0].key, confidence=0.8)


# --- bodies: parts and places -------------------------------------------------------------

_LEADERS_OF = re.compile(r"(?i)\b(?:the\s+)?(?:leaders|heads)\s+of\s+(?:the\s+)?|(?<![\w-])(?:лидерами|руководителями|вождями)\s+(?:так\s+называемой\s+|так\s+называемого\s+)?[«\"]?")
#: every match of _LEADERS_OF holds one of these at its beginning or after its "the"
_LEADERS_CUE = re.compile(r"leaders|heads|лидерами|руководителями|вождями")
_WORD_BEFORE = re.compile(r"\w")


def _leaders_of(text: str):
    """``_LEADERS_OF.finditer(text)``, the regex tried only at its cue words (or at the "the"
    before one) in a text whose lower case keeps every character's place and case-insensitive
    reading (kg.extract.prefilter's safe characters), instead of at every position."""
    if not text.isascii() and _UNSAFE.search(text) is not None:
        yield from _LEADERS_OF.finditer(text)
        return
    match = _LEADERS_OF.match
    pos = 0
    for c in _LEADERS_CUE.finditer(text.lower()):
        p = c.start()
        if p < pos:
            continue
        j = p
        while j > 0 and text[j - 1].isspace():
            j -= 1
        s = p
        if j < p and j >= 3 and text[j - 3:j].lower() == "the" and (j == 3 or not _WORD_BEFORE.match(text, j - 4)) \
                and j - 3 >= pos:
            s = j - 3
        m = match(text, s)
        if m is not None:
            yield m
            pos = m.end()


@relation_rule("leaders")
def leaders(ctx: Context) -> None:
    """"Its leaders were A, B and C", "led by A": the heads of a group or body. "Its" is the
    subject of a reference entry, else the group or body named last before."""
    text = ctx.text
    topic = None
    if ctx.header is not None and ctx.header.title is not None:
        ts, te = ctx.header.title
        inside = [m for m in ctx.in_span(ts, te + 1) if m.type in ("Group", "Body")]
        topic = inside[0] if inside else None
    for i, sent in enumerate(ctx.sentences):
        g = re.search(r"(?i)\b(its|their|the\s+(?:group|faction|organi[sz]ation|opposition)['’]s)\s+(?:principal\s+|main\s+|chief\s+)?leaders?\s+(?:were|was|included)\b", sent.text)
        if not g:
            continue
        if g.group(1).lower() == "its" and topic is not None and ctx.genre == "encyclopedia":
            head = topic
        else:
            prior = [m for m in ctx.in_span(max(0, sent.start - 600), sent.start + g.start()) if m.type in ("Group", "Body")]
            if not prior:
                continue
            head = prior[-1]
        for p in ctx.in_span(sent.start + g.end(), sent.end + 1, ("Person",)):
            ctx.add(p.key, "headOf", ctx.clause_evidence(sent, [p]), head.key, confidence=0.7)
    # "The leaders of the Workers' Opposition were A and B", «Лидерами так называемой «новой
    # оппозиции» были Зиновьев и Каменев»: the group named between
    for g in _leaders_of(text):
        heads = [m for m in ctx.in_span(g.end(), g.end() + 120, ("Group", "Body")) if m.start - g.end() <= 2]
        if not heads:
            continue
        v = re.match(r"[»\"”]?\s+(?:were|included|был[иа]?|являлись|стали)\s+", text[heads[0].end:heads[0].end + 20])
        if not v:
            continue
        at = heads[0].end + v.end()
        names = [p for p in ctx.in_span(at, at + 200, ("Person",))]
        chain, pos = [], at
        for p in names:
            if not re.fullmatch(r"\s*|,\s+(?:and\s+|и\s+)?|\s+(?:and|и)\s+", text[pos:p.start]):
                break
            chain.append(p)
            pos = p.end
        for p in chain:
            ctx.add(p.key, "headOf", ctx.evidence(g.start(), chain[-1].end), heads[0].key, confidence=0.7)


#: the organs a body has (Russian stems): its bureau, plenum, department, board, presidium
_RU_ORGAN = re.compile(r"(?i)(?<![\w-])(?:политбюро|оргбюро|бюро|пленум\w*|отдел\w*|управлени\w*|секретариат\w*|президиум\w*|"
                       r"партколлеги\w*|правлени\w*|редакци\w*|коллеги[яиюей]\w*)(?![\w-])")
#: a national Communist party by name or initials: «Коммунистической партии (большевиков) Украины», «КП(б)У»
_NATIONAL_PARTY = re.compile(r"(?:Коммунистическ\w+\s+парти\w+|КП\s*\(б\)\s*[А-ЯЁ]|КП[А-ЯЁ]{1,2}\b)")


@relation_rule("part_of")
def part_of(ctx: Context) -> None:
    text = ctx.text
    bodies = sorted((m for m in ctx.mentions if m.type == "Body"), key=lambda m: m.start)
    for idx, child in enumerate(bodies):
        for parent in bodies[idx + 1: idx + 2]:
            gap = text[child.end:parent.start]
            if re.fullmatch(r"\)?(?:\s*\([^()\n]{1,20}\))?\s+(?:of|attached to|under|within|of this|of that|при)\s+(?:the\s+)?", gap) and \
                    not parent.is_class and child.key != parent.key:
                tail = [n for n in ctx.nested if n.type == "Body" and n.end == child.end and n.start > child.start]
                head = tail[0] if tail else child
                if head.key != parent.key:
                    ctx.add(head.key, "partOf", ctx.evidence(head.start, parent.end), parent.key, confidence=0.85)
                if tail or not re.fullmatch(r"\)?(?:\s*\([^()\n]{1,20}\))?\s+of\s+(?:the\s+)?", gap):
                    continue
                # "obkoms, kraikoms and okruzhkoms of the CP(b)U": every conjunct is a part
                j = idx - 1
                while j >= 0 and re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[bodies[j].end:bodies[j + 1].start]):
                    ctx.add(bodies[j].key, "partOf", ctx.evidence(bodies[j].start, parent.end), parent.key, confidence=0.75)
                    j -= 1
    # a name that names its parent: "Orgburo of the CC of the RCP(b)", "the KPK attached to the CC"
    spans = sorted((m for m in ctx.mentions + ctx.nested if m.type == "Body"), key=lambda m: m.start)
    span_starts = [m.start for m in spans]
    for inner in ctx.nested:
        if inner.type != "Body" or inner.is_class:
            continue
        lo = bisect.bisect_left(span_starts, inner.start - ctx.MAX_MENTION)
        hi = bisect.bisect_right(span_starts, inner.start)
        outers = [o for o in spans[lo:hi] if o.start <= inner.start and inner.end <= o.end and (o.start, o.end) != (inner.start, inner.end)]
        if not outers:
            continue
        outer = min(outers, key=lambda o: o.end - o.start)
        if (re.search(r"(?i)(?:\bof|attached to|under|at)\s+(?:the\s+)?$", text[outer.start:inner.start])
                or re.search(r"[А-Яа-яЁё]", outer.text) and inner.start > outer.start
                or outer.source == "rule:placed_body" and inner.end == outer.end) and outer.key != inner.key:
            ctx.add(outer.key, "partOf", ctx.evidence(outer.start, outer.end), inner.key, confidence=0.8)
    for m in ctx.mentions:
        # "the Fifteenth Party Congress" is the party's; a bare "the Fifteenth Congress" is left to
        # the text saying whose it is ("… of the VKP(b)": part_of above)
        if m.source == "rule:party_congress" and (re.search(r"(?i)\bparty\b|партии", m.text) or m.key.startswith(("party_congress", "party_conference"))):
            if "communist_party" in ctx.keys:
                ctx.add(m.key, "partOf", ctx.evidence(m.start, m.end), "communist_party", confidence=0.7)
    # «Политбюро ЦК», «бюро губкома», «Сельскохозяйственный отдел обкома», «Правления Союза советских
    # писателей»: an organ of a body, the body after it in the genitive
    every = sorted((m for m in ctx.mentions + ctx.nested if m.type == "Body"), key=lambda m: (m.start, -m.end))
    for a, b in zip(every, every[1:]):
        if text[a.end:b.start] == " " and not b.is_class and not a.is_class and a.key != b.key and b.key != "communist_party" \
                and _RU_ORGAN.search(a.text) and _RU_LOWER.search(a.text) and re.match(r"[А-ЯЁа-яё]", b.text):
            tail = [n for n in ctx.nested if n.type == "Body" and not n.is_class and n.end == a.end and n.start > a.start]
            head = tail[0] if tail else a
            if head.key != b.key:
                ctx.add(head.key, "partOf", ctx.evidence(a.start, b.end), b.key, confidence=0.7)
    # «XIV съезде Коммунистической партии (большевиков) Украины», «XIII съезда КП(б)У»: an organ named
    # with a national party in the genitive is that party's
    for a, b in zip(bodies, bodies[1:]):
        if b.key != "communist_party" and not a.is_class and not b.is_class and a.key != b.key and text[a.end:b.start] == " " \
                and _RU_LOWER.search(a.text) and _is_adopting(a) and _NATIONAL_PARTY.match(b.text):
            tail = [n for n in ctx.nested if n.type == "Body" and not n.is_class and n.end == a.end and n.start > a.start]
            head = tail[0] if tail else a
            if head.key != b.key:
                ctx.add(head.key, "partOf", ctx.evidence(a.start, b.end), b.key, confidence=0.7)
    if "communist_party" in ctx.keys:
        for m in ctx.mentions + ctx.nested:
            # "the Ninth Party Conference", "delegates at the Thirteenth Party Congress": however it was found
            if m.type == "Body" and not m.is_class and m.key != "communist_party" and \
                    re.fullmatch(r"(?i)(?:the\s+)?[\w-]+\s+party\s+(?:congress|conference)", m.text):
                ctx.add(m.key, "partOf", ctx.evidence(m.start, m.end), "communist_party", confidence=0.7)
        # «Смоленского губкома ВКП(б)», «XV съезда ВКП(б)», "the CC VKP(b)": an organ named with the party's initials
        for a, b in zip(bodies, bodies[1:]):
            if b.key == "communist_party" and a.key != b.key and not a.is_class and text[a.end:b.start] == " " \
                    and re.fullmatch(r"(?:ВКП|РКП|КПСС|VKP|RKP|RCP|CPSU)\s*(?:\([бbБB]\))?", b.text):
                # «пленум ЦК КПСС»: the initials go with the committee the plenum is of
                tail = [n for n in ctx.nested if n.type == "Body" and not n.is_class and n.end == a.end and n.start > a.start]
                head = tail[0] if tail else a
                if head.key != b.key:
                    ctx.add(head.key, "partOf", ctx.evidence(a.start, b.end), b.key, confidence=0.7)


#: a state organ named as the organ of another ("the Military Collegium of the Supreme Court of "):
#: a place after it qualifies the inner organ
_ORGAN_OF_ORGAN = re.compile(r"(?i)\bof\s+(?:the\s+)?[^,;()]*?\b(?:court|council|committee|commissariat|ministry|soviet|procuracy)\b[^,;()]*\bof\s+(?:the\s+)?$")


#: a party committee or organisation, which a territory's name makes that territory's
_TERRITORIAL = re.compile(r"(?i)kom(?:s|y)?\b|kom_|committee|organi[sz]ation|комитет|организаци|ком(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b")


@relation_rule("located_in")
def located_in(ctx: Context) -> None:
    text = ctx.text
    nested_places = sorted((p for p in ctx.nested if p.type == "Place"), key=lambda p: p.start)
    starts = [p.start for p in nested_places]
    #: the places the text names on their own, not only inside a body's name
    spoken = {m.key for m in ctx.mentions if m.type == "Place"}
    for m in ctx.mentions:
        if m.type == "Body":
            lo, hi = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
            places = [p for p in nested_places[lo:hi] if p.end <= m.end and
                      (p.start == m.start or re.search(r"(?i)\b(?:in|at)\s+(?:the\s+)?$", text[m.start:p.start])
                       # "the Supreme Court of the USSR": a state's organ named by its country
                       or p.end == m.end and re.search(r"(?i)\b(?:court|council|committee|commissariat|ministry|soviet|procuracy|procurator\w*)\b[^,;()]*\bof\s+(?:the\s+)?$", text[m.start:p.start])
                       and not re.search(r"(?i)\bparty\b|congress|conference", text[m.start:p.start]))]
            if places:
                # «пленум Курского губкома»: the place qualifies the committee inside the name
                inner = [n for n in ctx.nested if n.type == "Body" and not n.is_class and m.start <= n.start <= places[0].start
                         and places[0].end <= n.end and (n.start, n.end) != (m.start, m.end)]
                if not inner and _ORGAN_OF_ORGAN.search(text[m.start:places[0].start]):
                    # "the Military Collegium of the Supreme Court of the USSR": the country is
                    # the court's, not the collegium's
                    continue
                owner = min(inner, key=lambda n: n.end - n.start) if inner else m
                if places[0].key not in spoken and places[0].start == m.start and _TERRITORIAL.search(m.text + " " + m.key):
                    # "the Kursk obkom", «Днепропетровского обкома» in a text that never names Kursk
                    # itself: the place only says whose committee it is, it is no place the text
                    # speaks of (unlike "Today's Moscow press", a press that is in Moscow)
                    continue
                ctx.add(owner.key, "locatedIn", ctx.evidence(m.start, m.end), places[0].key, confidence=0.8)
        if m.type == "Body" and m.source == "rule:bibliographic_imprint":
            places = [p for p in ctx.in_span(max(0, m.start - 200), m.start, ("Place",)) if 0 <= m.start - p.end <= 3]
            if places:
                ctx.add(m.key, "locatedIn", ctx.evidence(places[0].start, m.end), places[0].key, confidence=0.8)
    for i, sent in enumerate(ctx.sentences):
        ms = _sent_mentions(ctx, i)
        for j, (a, b) in enumerate(zip(ms, ms[1:])):
            if a.type in ("Body", "Place") and b.type == "Place" and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", text[a.end:b.start]) \
                    and not a.is_class and a.key != b.key \
                    and not (a.type == "Place" and j > 0 and ms[j - 1].type == "Body"
                             and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ms[j - 1].end:a.start])):
                # ("the Supreme Court of the USSR in Leningrad": what is in Leningrad is the
                # court, not the country that names it)
                ctx.add(a.key, "locatedIn", ctx.evidence(a.start, b.end), b.key, confidence=0.6)
            # "the People's Commissariat of Agriculture of the USSR": a state's organ and its country
            elif a.type == "Body" and b.type == "Place" and not a.is_class and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[a.end:b.start]) \
                    and re.search(r"(?i)\b(?:court|council|committee|commissariat|ministry|soviet|procuracy)\b", a.text + " " + a.label) \
                    and not re.search(r"(?i)\bparty\b|congress|conference", a.text + " " + a.label) and b.key != a.key \
                    and not _ORGAN_OF_ORGAN.search(a.text + " of the "):
                ctx.add(a.key, "locatedIn", ctx.evidence(a.start, b.end), b.key, confidence=0.6)
            # an address line: "to the Foreign Office, Paris"
            elif a.type == "Body" and b.type == "Place" and not a.is_class and text[a.end:b.start] == ", " \
                    and re.match(r"[ \t]*(?:\n|$)", text[b.end:b.end + 3]):
                ctx.add(a.key, "locatedIn", ctx.evidence(a.start, b.end), b.key, confidence=0.6)


# --- what documents do -------------------------------------------------------------------

CRITICISM = re.compile(
    r"(?i)\b(mistakes?|errors?|erroneous|distortions?|shortcomings?|incorrect\w*|irresponsib\w*|bureaucrat\w*|"
    r"heartless\w*|formal(?:ly|istic)?\b|arbitrar\w*|illegal\w*|intolerable|refus\w+|fail\w*|violat\w+|neglect\w*|"
    r"condemn\w*|criticiz\w*|criticis\w*|accus\w+|unmask\w*|lack\b|lacks\b|slowly|unexamined|not been examined|"
    r"without any movement|encourag\w+ the practice|divorced themselves|blame\w*|excesses|abuses?|suppress\w*|"
    r"authoritarian|militaristic|guilty|slander\w*|hostile|anti-party|anti-Soviet|provocat\w+|wrecking|"
    r"rude|rudeness|incapable|unworthy|capricious\w*|disloyal\w*|intolerant|lies\s+with|rests\s+with|bears?\s+(?:a\s+)?(?:heavy\s+|full\s+|the\s+main\s+)?responsibility|"
    r"complacen\w*|conniv\w*|not\s+fought|not\s+struggled|lost\s+(?:their\s+)?vigilance|lack\s+of\s+vigilance|negligen\w*|"
    r"crim\w+|arbitrariness|lawless\w*|violation\w*|repress\w*|fabricat\w+|falsif\w+|slanderous|"
    r"ошибк\w*|извращени\w*|преступн\w*|антипартийн\w*|антигосударственн\w*|наруша\w*|нарушени\w*|мирятся|мирит\w*|"
    r"бюрократизм\w*|отрыв\w*|недопустим\w*|безответственн\w*|халатн\w*|игнорир\w*|зажим\w*|самоуспокоен\w*|"
    r"беспечн\w*|притупл\w*|не\s+отчитыва\w*|не\s+соблюда\w*|подменя\w*|лишен\w*|недостат\w*|неправильн\w*|бюрократ\w*|бездушн\w*|формальн\w*|произвол\w*|"
    r"незаконн\w*|нетерпим\w*|осу[дж]\w*|критик\w*|разоблач\w*|враг\w*|"
    # the party's vocabulary of condemnation: deviations, factions, decay, deceit, sloth
    r"insufficient\w*|inadequate\w*|hastil\w*|"
    r"confus\w+|hamper\w*|squabbl\w*|circle\s+isolation|divorce\s+from|conceal\w*|fraud\w*|deceiv\w*|decepti\w*|"
    r"careless\w*|passiv\w*|sluggish\w*|red[- ]tap\w*|idle\s+chatter|opportunis\w*|deviation\w*|deviator\w*|"
    r"faction(?:al|alism|s)\b|splitt\w*|double-deal\w*|degenerat\w*|corrupt\w*|embezzl\w*|drunken\w*|"
    r"disorders?\b|sabotag\w*|wreck\w*|kulak\s+elements?|alien\s+elements?|"
    r"фракционн\w*|оппортунист\w*|уклон\w*|раскол\w*|двурушн\w*|разложени\w*|разложивш\w*|пьянств\w*|растрат\w*|"
    r"злоупотреблен\w*|засорен\w*|извращ\w*|гнойник\w*|гнил\w*|чуждых?\s+элемент\w*|вредительск\w*|саботаж\w*|"
    # failing at the work: lagging, neglect, doing nothing, letting it slide
    r"lag(?:s|ged|ging)?\s+behind|did\s+nothing|done\s+nothing|does\s+nothing|crept\s+into|wormed\s+(?:their|its)\s+way|turned\s+into\s+onlookers|onlookers|"
    r"отста[её]т|отстают|отстал\w*|ослабил\w*|ослабля\w*|передоверил\w*|проглядел\w*|проморгал\w*|ни\s+разу\s+не|ничего\s+не\s+сделал\w*|"
    r"без\s+всякой\s+проверки|не\s+сделал\w*\s+(?:из\s+\w+\s+)?(?:необходимых\s+)?выводов|превратил\w*\s+в\s+канцеляри\w*|пролез\w*|пробрал\w*|"
    r"успокоил\w*|ограничил\w*\s+тем|"
    # concealing and covering up; the vocabulary of ideological condemnation
    r"скрыва\w*|утаива\w*|покрыва\w*|покрывал\w*|замалчива\w*|кампанейщин\w*|кампанейск\w*|"
    # patronage, bribes, cliques and the leaders who tolerate them
    r"покровительств\w*|покровительству\w*|взяточ\w*|примиренч\w*|попустительств\w*|близорук\w*|ротозейств\w*|благодушн\w*|"
    r"семейственност\w*|кругов\w+\s+порук\w*|подхалимств\w*|очковтирательств\w*|зазнайств\w*|групповщин\w*|сколачива\w*|"
    r"не\s+вед[её]т\s+(?:\w+\s+){0,3}борьбы|не\s+в[её]л[аи]?\s+(?:\w+\s+){0,3}борьбы|не\s+доложил\w*|"
    # work judged unsatisfactory, slow or wholesale: "in an unsatisfactory manner", «неудовлетворительно
    # работают», «медленно восстанавливают», «огульно исключали … по клеветническим заявлениям»
    r"unsatisfactor\w*|неудовлетворительн\w*|медленно|огульн\w*|клевет\w*|"
    # whom the responsibility is laid on: «Особая ответственность лежит на партийной коллегии …»;
    # accomplices («… и их сообщники»). («несут ответственность» was tried: it condemned the
    # newspaper of the clause before as well as the obkoms)
    r"ответственност\w*\s+(?:\w+\s+){0,2}(?:лежит|ложится)\s+на|сообщник\w*|accomplices|"
    r"unprincipled|apolitical|vulgar\w*|безыдейн\w*|аполитичн\w*|"
    # the domain's lexicon of condemnation, English and Russian with their inflections (not the
    # words of any one document): the verbs of censure …
    r"denounc\w+|censur\w+|rebuk\w+|reprimand\w*|castigat\w+|stigmati[sz]\w+|branded|assail\w*|lash\w*\s+out|reproach\w*|admonish\w*|"
    r"critical\s+of|obstruct\w*|заклейм\w*|клейм\w*|обвин\w*|порица\w*|порицан\w*|бичу\w*|бичева\w*|опороч\w*|дискредит\w*|"
    r"выговор\w*|на\s+вид\b|привлеч\w*\s+к\s+(?:\w+\s+)?ответственност\w*|"
    # … the faults a resolution finds (tolerating, underrating, failing to act, "instead of" doing
    # the work) …
    r"underestimat\w+|underrat\w+|overlook\w*|tolerat(?:e|es|ed|ing)\b|conceit\w*|arrogan\w*|smug\w*|laxity|spineless\w*|"
    r"faults?\b|blunder\w*|culpab\w*|impermissib\w*|inadmissib\w*|unacceptabl\w*|unpardonabl\w*|inexcusabl\w*|shameful\w*|disgrace\w*|"
    r"scandal\w*|outrageous\w*|pervert\w*|perversion\w*|distort\w*|mismanag\w*|slipshod|muddl\w*|disorgani[sz]\w*|persecut\w*|"
    r"nepotism|servil\w*|toady\w*|window-dressing|eyewash|instead\s+of|formalism|scholastic\w*|dogmatis\w*|sectarian\w*|"
    r"rotten\s+liberalism|not\s+(?:yet\s+)?(?:ensured|exercised|organi[sz]ed|provided|secured|fulfilled|drawn|taken\s+(?:\w+\s+)?measures)|"
    r"недооцен\w*|мягкотел\w*|либерализм\w*|либеральн\w*|перегиб\w*|администрирован\w*|волокит\w*|бездейств\w*|бездеятельн\w*|"
    r"развал\w*|запущенн\w*|карьеризм\w*|делячеств\w*|хвостизм\w*|хвостист\w*|самот[её]к\w*|верхоглядств\w*|чванств\w*|комчванств\w*|"
    r"высокомер\w*|развязн\w*|беспринципн\w*|обюрократи\w*|оторва\w*|оторвал\w*|разложил\w*|разлага\w*|самоустран\w*|промолч\w*|"
    r"под\s+сукно|неспособн\w*|не\s+способн\w*|не\s+обеспечи(?:л|ва|вш)\w*|не\s+организова\w*|не\s+выполни?л\w*|не\s+выполня\w*|невыполн\w*|"
    r"не\s+сумел\w*|не\s+(?:принял\w*|принима\w*)\s+(?:\w+\s+){0,2}мер\w*|"
    r"срыв\w*|сорвал\w*|искажени\w*|искази\w*|искажа\w*|перерожд\w*|переродил\w*|переродивш\w*|"
    r"(?:потер|утрат|отсутстви|ослаблени)\w*\s+(?:\w+\s+)?бдительност\w*|loss\s+of\s+vigilance|вместо\s+того,?\s+чтобы|"
    # … and what the party's own voice calls the line of its opponents (betrayal, reaction,
    # revisionism). (The crimes it charges its enemies with, "espionage", «шпионаж», "terrorist",
    # «заговор», «вредитель», were tried: the bodies in those sentences are their victims, their
    # investigators or the court they go to, not what is condemned.)
    r"treacher\w*|traitor\w*|betray\w*|perfid\w*|reactionar\w*|revisionis\w*|adventuris\w*|chauvinis\w*|cosmopolitan\w*|"
    r"nationalism|alien\s+to|pernicious|враждебн\w*|предател\w*|предательск\w*|реакционн\w*|ревизионис\w*|авантюр\w*|шовинис\w*|"
    r"космополит\w*|низкопоклон\w*|национализм\w*|"
    # not equal to its task: "no longer meets the needs", «не справляется с задачами»
    r"no\s+longer\s+meets?|(?:does|do|did)\s+not\s+meet|не\s+отвеча\w*\s+(?:требованиям|задачам|интересам)|не\s+справ\w+|not\s+(?:equal|up)\s+to|"
    # failure stated as a fact, with no verb of condemnation: how resolutions and foreign observers
    # say a body did not do its work ("kept silent", "has not waged a resolute struggle", "turned a
    # blind eye", "interfered administratively", "poor work"; «не боролся с …», «смотрят сквозь
    # пальцы», «остались в стороне», «наспех», «не давали отпора», «запустили работу», «упустили»)
    r"mistaken|kept\s+silent|remained\s+silent|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:waged|conducted|carried\s+on|combated|fought)|"
    r"blind\s+eye|conciliat\w*|interfer\w+|(?:has|have|had)\s+(?:\w+\s+)?(?:permitted|allowed|tolerated)\b|ignor(?:e|es|ed|ing)\b|"
    r"(?:poor|weak|bad)\s+(?:work|leadership|guidance|management|organi[sz]ation)|remained\s+aloof|stood\s+aside|indifferen\w*|apath\w*|inertia|inactivity|"
    r"whitewash\w*|gloss\w*\s+over|hush\w*\s+up|smuggl\w*|contraband|hindrance|"
    r"не\s+борол\w*|не\s+бор[ею]т\w*|сквозь\s+пальцы|закрыва\w*\s+глаза|(?:остал\w*|оста[юё]т\w*|оказал\w*|стоял\w*|стоят|стоит)\s+в\s+стороне|наспех|не\s+да(?:ва)?л\w*\s+(?:\w+\s+)?отпор\w*|"
    r"запустил\w*|упустил\w*|прозевал\w*|допустил\w*|смазыва\w*|глушат|глушил\w*|заглуша\w*|отмалчива\w*|потворств\w*|"
    r"формалист\w*|неблагополучн\w*|неудач\w*|губительн\w*|порочн\w*|не\s+уделя\w*|не\s+уделил\w*|(?:плохо|слабо)\s+(?:\w+\s+)?(?:руковод|работа|организ|вел|вед)\w*|равнодуш\w*|бесконтрольн\w*)")
#: a document that speaks: "The resolution notes that", «Резолюция констатирует, что», «Постановление указывает»
#: (its date may stand between: "The decision of the Central Committee of 14 August makes plain that";
#: what it finds, shows or makes plain is what it says)
_STATES = re.compile(r"(?i)(?:\s+(?:of|от)\s+\d{1,2}\s+\w+(?:\s+\d{4}(?:\s+(?:г\.|года))?)?)?"
                     r",?\s+(?:also\s+|также\s+)?(?:states?|notes?|noted|points?\s+out|pointed\s+(?:out|to)|declares?|declared|stresses|stressed|emphasi[sz]es|says|"
                     r"makes\s+(?:it\s+)?(?:plain|clear)|made\s+(?:it\s+)?(?:plain|clear)|shows|showed|establishes|established|finds|found|underlines|underlined|"
                     r"констатиру\w+|отмеча\w+|отметил\w*|указыва\w+|указал\w*|устанавлива\w+|установил\w*|показыва\w+|показал\w*|"
                     r"подчёркива\w+|подчеркива\w+|заявля\w+|говорит(?:ся)?)\b,?\s*(?:that\s+|что\s+)?")
_VICTIM_HINT = re.compile(r"(?i)member|excluded|readmitted|rank and file|worker|peasant|appellant|comrade|person|people|citizen")
_LEADER_HINT = re.compile(r"(?i)leader|official|head|leadership|functionar|bureaucra|руковод")


#: the classes the party names as its opponents and its wrongdoers (oppositions and their followers,
#: class enemies, the corrupt and the negligent, the country's enemies abroad), English and Russian
#: stems: a group so named, in a sentence that condemns, is what it condemns («проявлял гнилой
#: либерализм к … пособникам немецких оккупантов», "the opposition was condemned as …")
_HOSTILE_CLASS = re.compile(
    r"(?i)(?<![\w-])(?:opposition\w*|menshevi\w*|trotsky\w+|zinovie\w+|bukharinite\w*|rightists?|deviation\w*|opportunist\w*|"
    r"faction\w*|splitters?|double-deal\w*|careerist\w*|self-seek\w*|kulak\w*|nepm[ae]n|traders?|speculators?|white[- ]?guard\w*|"
    r"wreckers?|saboteurs?|spy|spies|traitors?|enem(?:y|ies)|alien\w*|hostile|degenerat\w*|bureaucrat\w*|bribe-?takers?|embezzlers?|"
    r"thieves|swindlers?|violators?|suppress\w*|accomplices?|henchm[ae]n|hirelings?|collaborat\w*|occupiers?|invaders?|fascists?|"
    r"imperialists?|warmongers?|interventionists?|counter-?revolution\w*|nationalists?|cosmopolitans?|idlers?|loafers?|drunkards?|"
    r"criminals?|bandits?|conciliators?|capitulators?|renegades?|incorrigible|slanderers?|"
    r"оппозици\w*|меньшевик\w*|эсер\w*|троцкист\w*|зиновьевц\w*|бухаринц\w*|уклонист\w*|оппортунист\w*|фракционер\w*|раскольник\w*|"
    r"двурушник\w*|карьерист\w*|кулак\w*|кулацк\w*|нэпман\w*|торговц\w*|спекулянт\w*|белогвардейц\w*|вредител\w*|шпион\w*|предател\w*|"
    r"изменник\w*|враг\w*|чужд\w*|враждебн\w*|переродив\w*|бюрократ\w*|взяточник\w*|растратчик\w*|жулик\w*|нарушител\w*|зажимщик\w*|"
    r"сообщник\w*|пособник\w*|наймит\w*|оккупант\w*|захватчик\w*|фашист\w*|империалист\w*|поджигател\w*|контрреволюционер\w*|"
    r"националист\w*|космополит\w*|лодыр\w*|пьяниц\w*|преступник\w*|бандит\w*|примиренц\w*|капитулянт\w*|отщепен\w*|ренегат\w*|клеветник\w*)")


@functools.lru_cache(maxsize=8192)
def _hostile_class(text: str, label: str) -> bool:
    return bool(_HOSTILE_CLASS.search(text) or _HOSTILE_CLASS.search(label))


def _criticizable(ctx: Context, m: Mention) -> bool:
    if m.type == "Body":
        return not re.search(r"(?i)press|publisher|embassy|website|\.org|\.com|economic organs|soviet power", m.label + m.text)
    if m.type == "Group":
        e = ctx.entry(m.key)
        if e is not None and e.pejorative:
            return True
        if _hostile_class(m.text, m.label):
            return True
        return bool(_LEADER_HINT.search(m.label)) and not _VICTIM_HINT.search(m.label.replace("leader", ""))
    if m.type == "Person":
        return False
    return False


def _reported_subject(ctx: Context, i: int, before: int) -> Mention | None:
    """A document other than this one that the sentence reports as acting."""
    docs = [d for d in _sent_mentions(ctx, i, ("Document",)) if d.key != THIS and d.start < before]
    return docs[-1] if docs else None


def _issuer_chain(ctx: Context, speaker: str) -> set[str]:
    # (asked once a sentence by criticizes: kept while no assertion is added, ctx.assertions
    # only grows)
    k = ("issuer_chain", speaker, len(ctx.assertions))
    got = ctx.memo.get(k)
    if got is None:
        out = {a.subject for a in ctx.assertions if a.predicate == "issues" and a.object == speaker}
        for a in list(ctx.assertions):
            if a.predicate == "partOf" and a.subject in out:
                out.add(a.object or "")
        got = ctx.memo[k] = frozenset(out)
    return set(got)


def _discussed_document(ctx: Context, i: int) -> Mention | None:
    """The other document a report is discussing at sentence ``i``: the last one named in this
    paragraph or the one before."""
    j, docs = _documents_back(ctx, i)
    return docs[-1] if docs else None


def _documents_back(ctx: Context, i: int, at: int | None = None) -> tuple[int, list[Mention]]:
    """The other documents named in the nearest sentence, from ``i`` back through this paragraph
    and the one before, that names any (before ``at``), with that sentence's index."""
    par = ctx.sentences[i].paragraph
    for j in range(i, -1, -1):
        if ctx.sentences[j].paragraph < par - 1:
            break
        docs = [d for d in _sent_mentions(ctx, j, ("Document",)) if ctx.key(d) != ctx.doc.id and (at is None or d.end <= at)]
        if docs:
            return j, docs
    return -1, []


#: a sentence whose subject is a document, or the body that issued it, acting or speaking: the
#: text paraphrases that document from here on. "Resolution sharply criticizes …" (telegraphese,
#: no article), "The decree also singles out …", "According to the communiqué, the plenum found
#: that …", «Постановление ЦК обязывает …», «ЦК справедливо отмечает, что …»
_PARA_LEAD = r"\s*(?:\d+\.\s*)*(?:(?i:but|and|also|moreover|further|however|но|а|и|кроме\s+того)\s*,?\s+)?"
_PARA_NOUN = re.compile(_PARA_LEAD + r"(?i:(?:the|this|that|its|a|same|new)\s+)?(?i:(?:new|same|present|latest|lengthy|full)\s+)?"
                        r"(?i:resolution|decree|decision|directive|communiqu[eé]|постановлени[ея]|резолюци[яи]|решени[ея]|директив[аы])\b")
_PARA_IT = re.compile(_PARA_LEAD + r"(?:It|Оно|Она)\b")
_PARA_VERB = re.compile(r"(?i)(?:\s*\([^()]{0,60}\))?(?:\s+(?:\w+ly|also|further|then|again|explicitly|справедливо|также|прямо|резко|особо|ещё|еще|вновь|далее))*,?\s+"
                        r"(?:(?P<say>criticiz|criticis|condemn|denounc|blam|accus|attack|censur|rebuk|charg|singl|plac|lay|laid|find|found|stat|not|say|said|declar|point|stress|"
                        r"emphasi|warn|recogni[sz]|acknowledg|admit|conclud|cit|explain|describ|mention|attribut|recall|reject|"
                        r"указыва|указал|отмеча|отметил|констатиру|осужда|осудил|критику|обвиня|подчеркива|предупрежда|признал|признаё|признае|считает|подверг|устанавлива|установил)|"
                        r"demand|instruct|oblig|requir|call|insist|direct|order|требу|обязыва|предлага|поруча)\w*")
_PARA_ACCORDING = re.compile(_PARA_LEAD + r"(?i:according\s+to|as\s+(?:reported\s+in|stated\s+in)|согласно|по\s+словам|как\s+говорится\s+в)\s+(?:the\s+)?$")
#: the reporter's own voice again: first person, a comment, the observers' view
_PARA_BREAK = re.compile(r"(?i)\b(?:I|we|my|our|me|us)\b(?!\.)|\bcomment\b|\bin\s+(?:my|our)\s+opinion|\bobservers?\b|\bembassy\b|"
                         r"(?<![\w-])(?:я|мы|мне|нам|по\s+моему|по\s+нашему)(?![\w-])")


def paraphrased_document(ctx: Context, i: int) -> Mention | None:
    """The document (not this one) that sentence ``i`` paraphrases: one the sentence opens with
    as the actor ("The resolution notes …", a bare "Resolution criticizes …" for the document the
    text reports on, "According to the communiqué …", the body that issued a document named
    before: "The plenum found that …", «ЦК требует …»), or, in a text that does not speak in its
    own voice (a telegram, an essay), the one the sentences before in the paragraph were
    paraphrasing, until the reporter speaks again ("Comment:", "In my opinion", "we"). For every
    relation a reported document is the subject of (criticizes, demands)."""
    cache = ctx.__dict__.setdefault("_paraphrased", {})
    if i in cache:
        return cache[i]
    cache[i] = None   # (no recursion through a cycle)
    cache[i] = out = _paraphrase_opener(ctx, i) or _paraphrase_carried(ctx, i)
    return out


def _paraphrase_opener(ctx: Context, i: int, says: bool = False) -> Mention | None:
    """(``says``: only where the document says or finds something, not where it orders it)"""
    sent = ctx.sentences[i]

    def verb(at: int):
        v = _PARA_VERB.match(text, at)
        return v if v is not None and (not says or v.group("say")) else None
    text = ctx.text
    ms = _sent_mentions(ctx, i)
    first = ms[0] if ms else None
    if first is not None and first.type == "Document" and ctx.key(first) != ctx.doc.id:
        lead = text[sent.start:first.start]
        if _PARA_ACCORDING.search(lead):
            return first
        if _SUBJECT_LEAD.fullmatch(lead) and (verb(first.end) or _STATES.match(text, first.end) and _STATES.match(text, first.end).end() > first.end):
            return first
        return None
    it = _PARA_IT.match(sent.text)
    if it and (first is None or first.start >= sent.start + it.end()) and verb(sent.start + it.end()) and i > 0 \
            and ctx.sentences[i - 1].paragraph == sent.paragraph:
        # "It places the blame …": the document the sentence before paraphrased or opened with
        prev = paraphrased_document(ctx, i - 1)
        if prev is None:
            pm = _sent_mentions(ctx, i - 1)
            if pm and pm[0].type == "Document" and ctx.key(pm[0]) != ctx.doc.id \
                    and _SUBJECT_LEAD.fullmatch(text, ctx.sentences[i - 1].start, pm[0].start):
                prev = pm[0]
        return prev
    noun = _PARA_NOUN.match(sent.text)
    if noun and (first is None or first.start >= sent.start + noun.end()) and verb(sent.start + noun.end()):
        return _discussed_by_kind(ctx, i)
    if first is not None and first.type == "Body" and ctx.genre not in NORMATIVE and _PARA_SUBJECT.fullmatch(text, sent.start, first.start) \
            and verb(first.end):
        return _issued_before(ctx, i, first.key)
    return None


_PARA_SUBJECT = re.compile(_PARA_LEAD + r"(?i:(?:the|this|its)\s+)?")


def _issued_before(ctx: Context, i: int, body: str) -> Mention | None:
    """The last document named before sentence ``i`` (this paragraph or the two before) that
    ``body`` issued: «ЦК отмечает …» after «постановление ЦК …»."""
    par = ctx.sentences[i].paragraph
    found = []
    for j in range(i - 1, -1, -1):
        if ctx.sentences[j].paragraph < par - 2:
            break
        found += [d for d in reversed(_sent_mentions(ctx, j, ("Document",)))
                  if ctx.key(d) != ctx.doc.id and body in _issuer_chain(ctx, ctx.key(d))]
    # a bare «Постановление ЦК» after «постановление ЦК ВКП(б) от 9 мая 1929 года» is that one:
    # the last dated or numbered one first
    return next((d for d in found if re.search(r"\d", d.key)), found[0] if found else None)


def _discussed_by_kind(ctx: Context, i: int) -> Mention | None:
    """The document a bare "Resolution …" stands for: the one the text reports on, else the last
    named before."""
    return _first_reported(ctx, ctx.sentences[i].start) or (_discussed_document(ctx, i - 1) if i > 0 else None)


def _first_reported(ctx: Context, before: int) -> Mention | None:
    """The first mention, before ``before``, of a document this text reports on."""
    reported = {a.object for a in ctx.assertions if a.subject == ctx.doc.id and a.predicate == "reportsOn"}
    for m in ctx.mentions:
        if m.start >= before:
            break
        if m.type == "Document" and ctx.key(m) in reported:
            return m
    return None


def _paraphrase_carried(ctx: Context, i: int) -> Mention | None:
    if i == 0 or ctx.genre in OWN_VOICE:
        return None
    sent, prev = ctx.sentences[i], ctx.sentences[i - 1]
    if prev.paragraph != sent.paragraph or _PARA_BREAK.search(sent.text):
        return None
    if any(m.type == "Document" for m in _sent_mentions(ctx, i)):
        return None
    return paraphrased_document(ctx, i - 1)


def _is_modifier(ctx: Context, m: Mention, ms: list[Mention]) -> bool:
    """A body named as the owner of something else ("the decisions of raikoms") or as the
    party someone is excluded from ("from the Party") is not the one criticized."""
    before = ctx.text[max(0, m.start - 40):m.start]
    g = re.search(r"(?i)\b(\w+)\s+of\s+(?:the\s+|all\s+)?$", before)
    if g and g.group(1).lower() in ("and", "or"):
        # "critical of the ministries and of the State Planning Commission": the "of" repeats an
        # earlier one, whose head word decides
        g = re.search(r"(?i)\b(\w+)\s+of\s+(?:the\s+|all\s+)?[^,;:.()]{1,80}?\s+(?:and|or)\s+of\s+(?:the\s+|all\s+)?$",
                      ctx.text[max(0, m.start - 140):m.start])
    if g and not CRITICISM.fullmatch(g.group(1)) and not re.fullmatch(r"(?i)part|instances?|cases?|many|some|most|all|number|critical", g.group(1)):
        return True
    # what is violated, squandered or attacked is the victim: "violations of kolkhoz statute",
    # "insulting attacks on the clergy"
    if g and re.fullmatch(r"(?i)violations?|breach(?:es)?|squandering|persecution", g.group(1)) or \
            re.search(r"(?i)\battacks?[\"”»']?\s+(?:up)?on\s+(?:the\s+)?$", before):
        return True
    if re.search(r"(?i)\b(?:from|to|into|in)\s+(?:the\s+|its\s+|our\s+)?(?:ranks\s+of\s+the\s+)?$", before):
        return True
    # the Russian of both: «в колхозах», «из партии», «к райкомам»
    if _RU_PLACE_PREP.search(before):
        return True
    prev = [x for x in ms if x.end <= m.start and m.start - x.end <= 8]
    if prev and re.fullmatch(r",?\s+(?:and|or|и|или)\s+|,\s+", ctx.text[prev[-1].end:m.start]):
        return _is_modifier(ctx, prev[-1], ms)
    return False


_RU_PLACE_PREP = re.compile(r"(?<![\w-])(?:в|во|из|к|ко|при)\s+$")


def _owner_of_body(ctx: Context, m: Mention, ms: list[Mention]) -> bool:
    """The body a named body belongs to, named right after it: «райкомы КП(б)У», "the Kiev obkom of
    the KP(b)U" (what is condemned is the obkom, wherever the condemnation stands)."""
    if m.type != "Body":
        return False
    prev = [x for x in ms if x.end <= m.start and m.start - x.end <= 9]
    if not prev or prev[-1].type != "Body":
        return False
    gap = ctx.text[prev[-1].end:m.start]
    return bool(gap.isspace() and _RU_LOWER.search(prev[-1].text) or re.fullmatch(r"\s+of\s+(?:the\s+)?", gap))


#: a body named as the office of the person who follows: «Секретарь Мучкапского райкома тов. Беляев
#: знал об этом, но предпочёл промолчать», "the secretary of the raikom, Comrade B., …": the person
#: is the one condemned
_OFFICE_BEFORE = re.compile(r"(?i)(?:секретар|председател|заведующ|начальник|директор|редактор|secretary|chairman|head|director|editor)\w*\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}$")


def _office_of(ctx: Context, m: Mention, ms: list[Mention]) -> bool:
    if m.type != "Body":
        return False
    nxt = [x for x in ms if x.start >= m.end and x.start - m.end <= 12]
    return bool(nxt and nxt[0].type == "Person" and re.fullmatch(r",?\s+(?:(?:тов|т|тт|Comrade|comrade)\.?\s+)?", ctx.text[m.end:nxt[0].start])
                and _OFFICE_BEFORE.search(ctx.text[max(0, m.start - 40):m.start]))


#: whom a thing is given, read or sent to, before the condemnation: "Stalin's letter, which Mikoyan
#: read to the plenum of the Armenian Central Committee, denounced …"
_INDIRECT = re.compile(r"(?i)\b(?:to|by|with|from|into)\s+(?:the\s+)?$|(?<![\w-])при\s+$")


_BRANDED = re.compile(r"(?i)\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+)?(?:described|named|characteri[sz]ed|branded|denounced|called|labell?ed|portrayed|depicted|accused|charged|unmasked|exposed)\s+(?:as|of|with)\b")
#: (and the point that removes them from their posts or brings them to account: "To remove Comrade
#: X from the post of …", «Снять с работы руководителей окружкомов …», «Распустить бюро укома»,
#: «Привлечь к строгой ответственности …», «Отдать под суд …»)
_REMOVAL = re.compile(r"(?i)remove|dismiss|relieve|снять|отстранить")
_DISCIPLINE = re.compile(r"(?i)\s*(?:\d{1,2}[.)]\s*|[a-zа-я]\)\s*)?(?:(?:to\s+)?(?:warn|reprimand|censure|rebuke)\b|(?:to\s+)?(?:issue|give|declare)\s+(?:a\s+)?(?:severe\s+|strict\s+)?(?:reprimand|warning)\s+to\b|"
                         r"(?:to\s+)?(?:remove|dismiss|relieve)\b|(?:to\s+)?dissolve\s+the\s+bureau\b|"
                         r"предупредить\b|объявить\s+(?:\w+\s+)?выговор\w*|поставить\s+на\s+вид\b|снять\b|отстранить\b|распустить\s+бюро\b|"
                         r"привлечь\s+к\s+(?:\w+\s+)?ответственности\b|отдать\s+под\s+суд\b|предать\s+суду\b)")


#: the body that found the wrongs out: "The Commission of the Presidium … has become acquainted with
#: materials", «Комиссия ЦКК, работавшая в губернии …, вскрыла картину разложения», «Проверка,
#: проведённая Отделом …, установила», «типографии, раскрытой органами ОГПУ»
_FOUND_OUT = re.compile(r"(?i)(?:\s*\([^()]{0,40}\))?(?:,[^,;.]{0,80},)?\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:become\s+acquainted|uncovered|exposed|revealed|established|discovered|"
                        r"вскрыл\w*|установил\w*|обнаружил\w*|выявил\w*|раскрыл\w*)\b")
_FOUND_BY = re.compile(r"(?i)(?:\b(?:uncovered|exposed|revealed|established|discovered|conducted|carried\s+out)\s+by\s+(?:the\s+)?|"
                       r"(?:раскрыт|вскрыт|выявлен|обнаружен|проведенн|проведённ|установлен)\w*\s+(?:органами\s+)?)$")


def _investigator(ctx: Context, t: Mention, sent) -> bool:
    return bool(_FOUND_OUT.match(ctx.text, t.end, sent.end) or _FOUND_BY.search(ctx.text[max(sent.start, t.start - 40):t.start]))


#: a reported document's verbs of accusation, whose objects may be persons
_ACCUSES = re.compile(r"(?i)\b(?:accus|condemn|criticiz|criticis|denounc|censur|rebuk|castigat|blam|attack|branded)\w*|"
                      r"\b(?:places?|lays?|laid|puts?)\s+(?:the\s+)?(?:main\s+|chief\s+|full\s+|whole\s+)?(?:blame|responsibility)\b|singl\w+\s+out|"
                      r"(?<![\w-])(?:обвиня\w*|обвинил\w*|осужда\w*|осудил\w*|критику\w*|подверг\w*\s+(?:\w+\s+)?критик\w*|клейм\w*)")


_INTRO = re.compile(r"(?i)\s*(?:\d+\.\s*)?(?:(?:in|on|at|by|after|before|during|despite|в|на|после)\s+[^,;:]{0,60}?,?\s+)?(?:the\s+|a\s+)?")
#: (an expulsion or an arrest is not itself a condemnation: "the Presidium of the TsKK expelled
#: Zinoviev and Kamenev for having known of …" is `expels`)
_PERSON_ACT = re.compile(r"(?i)\b(warned|rebuked|reprimanded|censured|branded|unmasked|exposed|accus\w+|criticiz\w+|criticis\w+|attack\w*|denounc\w+|condemn\w*|complain\w*|"
                         r"suppress\w*|impos\w+|threat\w*|tirades?|struggle\s+against|fought|fight\s+against|"
                         r"oppos\w+|branded|exposed|обвин\w*|критик\w*|осуд\w*)\b")


#: the party and its central leadership: a party document in its own voice warns, forbids and
#: decides in their name; it does not condemn them (their ban, their warnings are cited as
#: what others defied)
_LEADERSHIP = frozenset({"communist_party", "central_committee", "politburo", "orgburo", "secretariat", "cc_plenum"})


@relation_rule("criticizes")
def criticizes(ctx: Context) -> None:
    text = ctx.text
    _condemning_titles(ctx)
    persons_speaking = {m.key for m in ctx.mentions if m.type == "Person"}
    doc_spans = [(d.start, d.end) for d in ctx.mentions if d.type == "Document"]
    reported_keys = {a.object for a in ctx.assertions if a.subject == ctx.doc.id and a.predicate == "reportsOn"}
    primary = next((x for x in ctx.mentions if x.type == "Document" and ctx.key(x) in reported_keys), None)

    def inside_doc(m: Mention) -> bool:
        k = bisect.bisect_right(doc_spans, (m.start, len(ctx.text))) - 1
        return any(s <= m.start and m.end <= e_ for s, e_ in doc_spans[max(0, k - 3):k + 1])
    normative_doc = ctx.genre in OWN_VOICE
    for i, sent in enumerate(ctx.sentences):
        speaker = ctx.speaker_of(i)
        voice_is_doc = speaker == ctx.doc.id
        ms = _sent_mentions(ctx, i)
        absolved = set()
        a = _ABSOLVE.search(sent.text)
        if a:
            absolved = {m.key for m in ms if m.start >= sent.start + a.start()}
        own = _issuer_chain(ctx, speaker) | _LEADERSHIP if not (voice_is_doc and not normative_doc) else set()
        # 1. groups the party condemns by their very name (Trotskyites, wreckers, careerists)
        for m in ms:
            e = ctx.entry(m.key)
            if m.type != "Group":
                continue
            condemned = e.pejorative if e is not None else m.source == "rule:category_phrase" and \
                any(w.lower().strip(",") in PEJORATIVE_WORDS for w in m.text.split())
            if not condemned:
                continue
            if inside_doc(m):
                continue
            if voice_is_doc and not normative_doc:
                # a report quotes or paraphrases the document it discusses: “masked enemies”
                quoted = ctx.text[max(0, m.start - 1):m.start] in "“\"'‘«" and ctx.text[m.start - 1:m.start] != ""
                rep = _reported_subject(ctx, i, m.start) or ((primary or _discussed_document(ctx, i)) if quoted else None)
                if rep is not None and ctx.genre in REPORTING:
                    ctx.add(rep.key, "criticizes", ctx.clause_evidence(sent, [m]), m.key, attributed=True, confidence=0.7)
                continue
            # (an editorial on a decree: «ЦК требует решительной борьбы с бюрократами …» is the
            # decree's condemnation)
            para = _paraphrase_opener(ctx, i) if voice_is_doc and ctx.genre not in NORMATIVE else None
            if para is not None and ctx.key(para) != ctx.doc.id and m.start > para.start:
                ctx.add(ctx.key(para), "criticizes", ctx.clause_evidence(sent, [m]), m.key, attributed=True, confidence=0.7)
                continue
            ctx.add(speaker, "criticizes", ctx.clause_evidence(sent, [m]), m.key,
                    attributed=speaker != ctx.doc.id, confidence=0.75)
        # 1c. a report tells how the document it discusses brands people: "Vinogradov, M. Kogan and
        # Yegorov are described as long-standing agents of British intelligence"
        if voice_is_doc and not normative_doc and ctx.genre in REPORTING:
            bm = _BRANDED.search(sent.text)
            rep = _discussed_document(ctx, i) if bm else None
            if rep is not None:
                at = sent.start + bm.start()
                for t in (m for m in ms if m.type in ("Person", "Group") and m.end <= at and m.start >= sent.start
                          and not re.search(r"[;:]|\b(?:that|which|who|and\s+(?:the|a)\b)", text[m.end:at]) and m.key != rep.key):
                    if t.type == "Group" and not _criticizable(ctx, t):
                        continue
                    ctx.add(rep.key, "criticizes", ctx.clause_evidence(sent, [t]), t.key, attributed=True, confidence=0.6)
        # 1b. a resolution's disciplinary point: «Предупредить тов. М. М. Кагановича, что …», «Объявить
        # строгий выговор тов. А», "To reprimand Comrade B": the text condemns whom it punishes
        if normative_doc and voice_is_doc:
            dm = _DISCIPLINE.match(sent.text)
            if dm and _REMOVAL.search(dm.group(0)) and not CRITICISM.search(sent.text, dm.end()):
                dm = None   # a removal is a condemnation when the point says what for («…, не способных обеспечить …»)
            if dm:
                stop = re.search(r",\s*(?:что|that|если|if)\b|[;:]", sent.text[dm.end():])
                end = sent.start + dm.end() + (stop.start() if stop else len(sent.text) - dm.end())
                for t in (m for m in ms if (m.type in ("Person", "Body") or m.type == "Group" and _criticizable(ctx, m))
                          and sent.start + dm.end() <= m.start < end and m.key not in own and not _is_modifier(ctx, m, ms)):
                    ctx.add(speaker, "criticizes", ctx.clause_evidence(sent, [t]), t.key, confidence=0.7)
        # 2. a person's act against others: "Lenin … suppression of factions", "accused the leadership"
        acts = list(_PERSON_ACT.finditer(sent.text))
        # (a passive act, "… were expelled in large numbers; the Central Committee itself warned …",
        # gives way to an active one later in the sentence)
        def passive_at(at: int):
            return re.search(r"(?:,\s*|\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?)$", text[max(sent.start, at - 16):at])
        act = next((x for x in acts if any(m.type == "Person" and m.end <= sent.start + x.start() for m in ms)), None) or \
            next((x for x in acts if not passive_at(sent.start + x.start())), acts[0] if acts else None)
        if act:
            at = sent.start + act.start()
            first = next((m for m in ms if m.type in ("Person", "Body")), None)
            # the one who acts: named just before the verb, or the sentence's subject ("Lenin … ",
            # not "he blamed Stalin's haste, accused …"); never the one a participle describes
            # ("Zinoviev and Kamenev, accused with seventeen others …", "Zhdanov was rebuked")
            passive = passive_at(at)
            # (never across a clause boundary: "Sosnovsky, writing in Pravda, made … a scandal; the
            # Central Committee condemned …")
            agents = [] if passive else [
                m for m in ms if m.type == "Person" and m.end <= at and not re.search(r"[;:]", text[m.end:at]) and
                (m is first and (_INTRO.fullmatch(text[sent.start:m.start]) or re.match(r"['’]s\s", text[m.end:m.end + 3])
                                 and not re.search(r"(?i)\b(?:he|she|they|we|it)\s+\w+", text[sent.start:m.start]))
                 or re.fullmatch(r"\s+(?:\w+\s+){0,2}", text[m.end:at]) or
                 re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,4}", text[m.end:at]))]
            if not agents:
                # a congress or a plenum condemns: "The Eleventh Congress … condemned the signatories"
                agents = [m for m in ms if _is_adopting(m) and m.end <= at and not _is_modifier(ctx, m, ms)
                          and re.fullmatch(r"(?:\s+of\s+(?:the\s+)?[\w()-]+)?(?:\s+\([^()]{0,40}\))?(?:,[^,]{0,60},)?\s+(?:\w+\s+){0,2}", text[m.end:at])][-1:]
            if speaker in persons_speaking and not agents:
                agents = [Mention(sent.start, sent.start, "", "Person", speaker, speaker)]
            if agents:
                p = agents[-1]
                # "The CC condemns the leaders of …" in the CC's own resolution: the document's act
                who = speaker if normative_doc and p.type == "Body" and p.key in _issuer_chain(ctx, speaker) else p.key
                # what the act is done to, in its own clause ("…, and the young Zhdanov was rebuked" is another)
                # (or where a new subject begins: "If anyone … deemed it necessary to criticize …, he
                # was immediately counted among the opposition")
                stop = re.search(r",?\s+(?:and|but|while|whereas|и|а|но)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:was|were|is|are|had|has|был\w*)\b|;|"
                                 r",\s+(?:he|she|they|it|we|I|он|она|они|оно|мы)\s+(?:\w+ly\s+)?(?:was|were|is|are|had|has|would|will|был\w*)\b", text[at:sent.end])
                clause_end = at + stop.start() if stop else sent.end
                # «осудил взгляды новой оппозиции как мелкобуржуазный уклон»: what follows «как» names
                # what was condemned, it is not another target
                named_as = re.search(r"\sкак\s", text[at:clause_end])
                if named_as and any(at <= m.start < at + named_as.start() for m in ms if m.key != p.key and _criticizable(ctx, m)):
                    clause_end = at + named_as.start()
                # whom the condemned act was aimed at is its victim ("an action which the plenum
                # condemns as … blackmail against the Central Committee"), unless the act is the
                # struggle against it
                for o in (m for m in ms if at <= m.start < clause_end and m.key != p.key and (_criticizable(ctx, m) or m.type == "Person")
                          and not _is_modifier(ctx, m, ms)
                          and not (m.start > at + len(act.group(0)) + 12 and re.search(r"(?i)\bagainst\s+(?:the\s+)?$", text[max(0, m.start - 14):m.start]))):
                    ctx.add(who, "criticizes", ctx.clause_evidence(sent, [o] + ([p] if p.end > p.start else [])), o.key,
                            attributed=who != ctx.doc.id and who != p.key, confidence=0.65)
                continue
        cue = CRITICISM.search(sent.text)
        if not cue:
            continue
        cue_at = sent.start + cue.start()

        def modifier(m: Mention) -> bool:
            # "the apparatus of the Commissariat had become corrupt": a possessor
            # named before the condemnation is what it condemns
            return m.start > cue_at and _is_modifier(ctx, m, ms) or _owner_of_body(ctx, m, ms) or _office_of(ctx, m, ms) \
                or m.start < cue_at and bool(_INDIRECT.search(text[max(sent.start, m.start - 12):m.start]))

        # 3. a person speaking (a quoted speech) criticizes what the passage condemns
        if speaker in persons_speaking:
            for t in (m for m in ms if _criticizable(ctx, m) and not modifier(m) and m.key != speaker):
                ctx.add(speaker, "criticizes", ctx.clause_evidence(sent, [t]), t.key, confidence=0.6)
            continue
        if i in {k for k, _ in ctx.provision_sentences}:
            continue   # a provision's "incorrectly excluded" describes the wrong, not its addressee
        # 4. a document (or the document a report discusses) condemns bodies and leaders
        rep = _reported_subject(ctx, i, sent.start + cue.end() + 40)
        group_subject = None
        if voice_is_doc and not normative_doc:
            if ctx.genre not in REPORTING:
                continue
            if rep is not None:
                subject, targets = rep.key, [m for m in ms if m.start > rep.end]
            else:
                # a sentence of a passage that paraphrases a document: "Resolution sharply
                # criticizes …", "Ministry of Agriculture is also blamed for …"
                para = paraphrased_document(ctx, i)
                if para is None:
                    continue
                subject = ctx.key(para)
                own = _issuer_chain(ctx, subject)
                targets = [m for m in ms if m.start >= para.end or para.end <= sent.start]
        elif voice_is_doc and re.match(r"(?:\d+\.\s*)?(?:It|He|She|They|Он|Она|Оно|Они)\s+(?:\w+ly\s+|also\s+|then\s+|также\s+)*\w+", sent.text):
            # "The Plenum did not hide who is to blame. It criticized the Ministry …" in an
            # editorial: what the plenum it speaks of did, the body or person the sentence before
            # opens with (the same paragraph)
            prev = ctx.sentences[i - 1] if i > 0 and ctx.sentences[i - 1].paragraph == sent.paragraph else None
            pm = _sent_mentions(ctx, i - 1) if prev is not None else []
            who = pm[0] if pm and pm[0].type in ("Body", "Person") and not pm[0].is_class \
                and _SUBJECT_LEAD.fullmatch(text[prev.start:pm[0].start]) else None
            if who is None or not re.match(r"(?i)(?:\d+\.\s*)?(?:it|they|оно|они)\b" if who.type == "Body" else r"(?i)(?:\d+\.\s*)?(?:he|she|он|она)\b", sent.text):
                continue
            subject, targets = who.key, [m for m in ms if m.start >= cue_at - 40]
        else:
            subject, targets = speaker, ms
            head = ms[0] if ms and ms[0].type == "Document" and ms[0].key != THIS and (ms[0].start - sent.start < 4 or re.fullmatch(
                r"(?i)(?:\d+\.\s*)?(?:the|this|its|a)\s+", text[sent.start:ms[0].start])) else None
            if head is None:
                # «ЦК ВКП(б) в своём постановлении от 19 января 1938 года указал на ошибки …», "the
                # Politburo, in its decision of …, noted …": the body speaking through its document
                head = next((d for d in ms if d.type == "Document" and d.key != THIS and d.end <= cue_at
                             and re.search(r"(?i)(?:\bin\s+(?:its|their)|(?<![\w-])в\s+сво(?:ём|ем|их))\s+$", text[max(sent.start, d.start - 12):d.start])), None)
            says = _STATES.match(text, head.end) if head is not None else None
            if says and voice_is_doc and sent.start + cue.start() > says.end():
                # «Резолюция констатирует, что руководство … проводит неправильную линию», "The
                # resolution notes that …" in an editorial: the document it reports condemns
                subject, targets = ctx.key(head), [m for m in ms if m.start >= says.end()]
            elif voice_is_doc and ctx.genre not in NORMATIVE:
                # «ЦК справедливо отмечает, что …», «ЦК требует …» in an editorial on the CC's
                # decree: the decree speaks
                para = _paraphrase_opener(ctx, i)
                if para is not None and ctx.key(para) != ctx.doc.id:
                    lead = next((m for m in ms if m.type in ("Document", "Body")), None)
                    if _paraphrase_opener(ctx, i, says=True) is not None:
                        subject = ctx.key(para)
                        targets = [m for m in ms if lead is None or m.start >= lead.end]
                    else:
                        # what it orders: those it obliges stay as they were, the classes it
                        # orders a struggle against are its condemnation
                        group_subject = ctx.key(para)
        authors = {a.object for a in ctx.assertions if a.subject == ctx.doc.id and a.predicate == "authoredBy"}
        accuses = _ACCUSES.search(sent.text) if voice_is_doc and not normative_doc and subject != ctx.doc.id else None
        for t in targets:
            if accuses and t.type == "Person" and t.key not in absolved and not modifier(t) and (
                    sent.start + accuses.end() <= t.start and not re.search(r"[;:]", text[sent.start + accuses.end():t.start])
                    and t.start - sent.start - accuses.end() < 120
                    or t.end <= sent.start + accuses.start() and re.fullmatch(r"\s+(?:is|are|was|were)\s+(?:also\s+|particularly\s+|especially\s+)?", text[t.end:sent.start + accuses.start()])):
                # a reported document accuses persons: "The resolution accuses the three, and D. T.
                # Shepilov …", "It places the blame … on Beria", "Molotov is singled out for …"
                ctx.add(subject, "criticizes", ctx.clause_evidence(sent, [t]), t.key, attributed=True, confidence=0.55)
                continue
            if t.type == "Person" and t.key not in authors and t.key not in absolved and normative_doc and not modifier(t):
                gap = text[t.end:cue_at]
                possessive = re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}$", gap) or \
                    re.search(r"(?i)(?:lies|rests)\s+with\s+(?:comrade\s+)?$", text[max(sent.start, t.start - 20):t.start])
                subject_of = t.end <= cue_at and len(gap) < 80 and not re.search(r"[;:]|\b(?:of|against|on|to|by|for|with)\s+(?:the\s+)?$", text[max(0, t.start - 12):t.start]) \
                    and not re.search(r"(?i)\b(?:that|что)\b", gap)
                if possessive or (subject_of and not re.search(r"[;]", gap)):
                    ctx.add(subject, "criticizes", ctx.clause_evidence(sent, [t]), t.key,
                            attributed=subject != ctx.doc.id, confidence=0.55)
                    # the names listed with it share its verb: «Сырцов, Ломинадзе, Шацкин и группа
                    # их сторонников … вели фракционную работу»
                    k = ms.index(t)
                    while k > 0 and ms[k - 1].type == "Person" and ms[k - 1].start >= sent.start \
                            and re.fullmatch(r",\s*|,?\s+(?:и|and)\s+", text[ms[k - 1].end:ms[k].start]) \
                            and ms[k - 1].key not in authors and ms[k - 1].key not in absolved:
                        k -= 1
                        ctx.add(subject, "criticizes", ctx.clause_evidence(sent, [ms[k]]), ms[k].key,
                                attributed=subject != ctx.doc.id, confidence=0.55)
                continue
            if not _criticizable(ctx, t) or t.key in own or t.key in absolved or ctx.key(t) == subject \
                    or modifier(t) or _investigator(ctx, t, sent):
                continue
            who = group_subject if group_subject is not None and t.type == "Group" else subject
            ctx.add(who, "criticizes", ctx.clause_evidence(sent, [t]), t.key,
                    attributed=who != ctx.doc.id, confidence=0.65)


#: a document named for the wrongs of the persons it is about: «Об антипартийных действиях члена ЦК
#: т. Кузнецова», «сообщение … о преступных антигосударственных действиях Л. П. Берия», "On the
#: criminal activities of L. P. Beria", "the resolution on the errors of Comrade X"
_WRONGS_OF = re.compile(r"(?i)\b(?:о|об|on|concerning|regarding|about)\s+(?:the\s+)?(?:(?:[\w-]+(?:ых|их|ой|ом|ей|ал|al|ic|ous|ist)|and|и|,)\s+){0,4}?"
                        r"(?:(?:преступн|антипартийн|антигосударственн|антисоветск|антинародн|фракционн|враждебн|вредительск|предательск|раскольническ|неправильн|ошибочн)\w*\s+(?:(?:и|and)\s+\w+\s+)?(?:действи|деятельност|поведени|выступлени|поступк)\w*|"
                        r"(?:criminal|anti-party|anti-state|anti-Soviet|factional|hostile|treacherous|subversive|splitting|erroneous|incorrect)\s+(?:(?:and|,)\s+[\w-]+\s+)*(?:activit\w*|actions?|conduct|behaviou?r|work|views)|"
                        r"ошибк\w+|errors|mistakes)\s+(?:of\s+)?")


def _condemning_titles(ctx: Context) -> None:
    text = ctx.text
    for d in ctx.mentions:
        if d.type != "Document":
            continue
        nl = text.find("\n", d.start)
        end = min(d.end + 200, nl if nl >= 0 else len(text))
        # the title inside the name, or right after it (perhaps past its author: «доклад … — тов. Маленкова — о …»)
        g = _WRONGS_OF.search(text, d.start, min(end, d.end + 90))
        if g is None or (g.start() >= d.end and re.search(r"[;:!?]|\.\s+[A-ZА-ЯЁ][a-zа-яё]{2,}|\s(?:which|that|and|котор\w+|что)\s", text[d.end:g.start()])):
            continue
        persons = []
        for p in ctx.in_span(g.end(), end, ("Person",)):
            gap = re.sub(r"(?<![\w])(?:тт?|тов|Com)\.", "", text[(persons[-1].end if persons else g.end()):p.start])
            # offices between the names: «члена ЦК ВКП(б) т.», «и кандидатов в члены ЦК ВКП(б) тт.»
            if len(gap) > 60 or re.search(r"[.;:!?»\"”]|\s(?:which|that|who|котор\w+|что|направленн\w+)\s", gap) or persons and not re.search(r"(?i)^\s*(?:,|и\b|and\b)", gap):
                break
            persons.append(p)
        for p in persons:
            ctx.add(ctx.key(d), "criticizes", ctx.evidence(min(d.start, g.start()), p.end), p.key,
                    attributed=ctx.key(d) != ctx.doc.id, confidence=0.7)


_DEMAND = re.compile(r"(?i)\b(?:are|is|be|shall be)\s+(?:hereby\s+)?(?:obliged|directed|instructed|charged|ordered|enjoined)\s+(?:not\s+)?to|\bmust\b|\bshould\b|\bshall\b|\bare\s+to\b|\bis\s+to\b|\bare\s+required\s+to|\bis\s+required\s+to|обязан\w*|должн\w*|следует")
_FORBID = re.compile(r"(?i)\b(?:are|is|be)\s+(?:strictly\s+)?(?:forbidden|prohibited|not\s+permitted|not\s+allowed)\b|\bforbids?\b|\bprohibits?\b|\bmay\s+not\b|\bmust\s+not\b|\bshall\s+not\b|запрещ(?![её]нн|ени)\w*|воспрещ(?![её]нн|ени)\w*|не\s+(?:должн\w*|следует|допуска(?!я\b)\w*|вправе|могут)")
#: what a speech, a report or the party press prescribes in its own voice ("The obkoms … must
#: take direct charge", «Партийные организации должны покончить …», «обком обязан …»)
_MUST = re.compile(r"(?i)\bmust\b(?!\s+(?:\w+ly\s+|also\s+)?(?:not|have|be)\b)|\b(?:are|is)\s+obliged\s+to\b|\b(?:обязан[аоы]?|должн[аоы]?)\b(?!\s+(?:\w+\s+)?быть\b)")
_CLAUSE_HEAD = re.compile(r"(?i)\b(?:that|which|who|if|when|что|чтобы|котор\w+|если|когда)\b|[:;]")


def _prescribed(ctx: Context, i: int, sent, tasks: bool = True) -> None:
    """A speech, a report or the party press demands in its own voice of the bodies that are the
    subject of "must" / «обязаны», «должны» in a main clause (never in "… said that X must")."""
    for g in _MUST.finditer(sent.text):
        verb_at = sent.start + g.start()
        heads = list(_CLAUSE_HEAD.finditer(ctx.text, sent.start, verb_at))
        if heads or _NEGATED.search(ctx.text, max(sent.start, verb_at - 12), verb_at):
            continue
        if _MUST_DEMAND.match(sent.text, g.start()):
            continue    # "the plenum must warn the party committees …": it prescribes, they are told
        for t in _addressees(ctx, sent.start, verb_at, verb_at):
            ctx.add(ctx.doc.id, "demands", ctx.clause_evidence(sent, [t]), t.key, confidence=0.6)
    # what a report proposes to the congress or plenum: "… proposes to the Plenum: … to instruct the
    # party organizations to discuss …", "The CCC proposes that the Congress instruct obkoms, kraikoms
    # and the CCs of the national Communist parties to complete …"
    for g in re.finditer(r"(?i)(?:\bto|\b(?:propose[sd]?|suggest[sd]?|recommend[sd]?)\s+that\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:instruct|oblige|direct|charge|require)\s+(?:the\s+|all\s+)?", sent.text):
        chain, at = _body_chain(ctx, sent.start + g.end(), sent.end)
        if chain and re.match(r"\s+to\s+\w+", ctx.text[at:at + 20]):
            for t in chain:
                ctx.add(ctx.doc.id, "demands", ctx.clause_evidence(sent, [t]), t.key, confidence=0.6)
    # what the congress must demand of whom, in the speaker's words («Съезд должен потребовать от
    # всех обкомов, горкомов и райкомов …», "the plenum must instruct the obkoms to …"), and whose
    # duty a task is («Долг уездных комитетов партии и всех первичных организаций — изучить …», "it
    # is the duty of the raikoms to …")
    if tasks:
        _task_of(ctx, i, sent, ctx.doc.id)
    for g in _MUST_DEMAND.finditer(sent.text):
        chain, at = _body_chain(ctx, sent.start + g.end(), sent.end)
        if chain and (g.group("duty") is None or re.match(r"\s*[—–-]\s*[а-яё]+(?:ть|ти|чь)\b|\s+(?:is\s+)?to\s+[a-z]+", ctx.text[at:at + 30])):
            for t in chain:
                ctx.add(ctx.doc.id, "demands", ctx.clause_evidence(sent, [t]), t.key, confidence=0.6)


_MUST_DEMAND = re.compile(r"(?i)\b(?:must|should|должен|должна|должны|следует)\s+(?:\w+ly\s+)?(?:потребовать\s+от|обязать|поручить|предложить|предупредить|призвать|"
                          r"instruct|oblige|warn|direct|require|call\s+(?:up)?on|demand\s+(?:of|from))\s+(?:the\s+|all\s+|всех\s+|все\s+)?|"
                          r"(?P<duty>(?<![\w-])(?:долг|обязанность)\s+|\bduty\s+of\s+(?:the\s+|all\s+)?)")


#: whose task a prescription names: "It is the task of every party organisation, from the cell to
#: the gubkom, to see that …", "The task of the Moscow organisation is to wage …", «Задача
#: партийных организаций — обеспечить …», «Задача профсоюзов состоит в том, чтобы …»
_TASK_OF = re.compile(r"(?i)(?<![\w-])(?:(?:first|main|chief|immediate|foremost|urgent|primary|principal)\s+)?(?:task|tasks|duty|obligation)\s+of\s+(?:the\s+|all\s+|every\s+|each\s+)?|"
                      r"(?<![\w-])(?:(?:перв\w+|главн\w+|основн\w+|ближайш\w+|неотложн\w+)\s+)?(?:задач[аи]|задачей)\s+(?:вс[еи]х\s+|кажд\w+\s+)?")
_TASK_TAIL = re.compile(r"(?:\s*\([^()]{0,60}\)|,[^,;:]{0,60},)?(?:\s+(?:is|are|was|will\s+be)\s+(?:now\s+)?to|\s+to)\s+[a-z]{3,}|"
                        r"\s*[—–]\s*[а-яё]+(?:ть|ти|чь)(?:ся)?\b|\s+(?:состо\w+|заключа\w+)\s+в\s+том")


def _task_of(ctx: Context, i: int, sent, who: str) -> None:
    """The bodies whose task or duty a prescribing text states (see _TASK_OF)."""
    for g in _TASK_OF.finditer(sent.text):
        chain, at = _body_chain(ctx, sent.start + g.end(), sent.end)
        if chain and _TASK_TAIL.match(ctx.text, at):
            for t in chain:
                ctx.add(who, "demands", ctx.clause_evidence(sent, [t]), t.key, attributed=ctx.key(who) != ctx.doc.id, confidence=0.6)


def _body_chain(ctx: Context, at: int, end: int) -> tuple[list[Mention], int]:
    """The bodies listed from ``at`` on ("obkoms, kraikoms and the CCs …", «обкомов, горкомов и всех
    райкомов»), and where the list ends."""
    chain: list[Mention] = []
    for m in ctx.in_span(at, end, ("Body",)):
        if m.start != at and not (chain and _CHAIN_SEP.fullmatch(ctx.text[at:m.start])):
            break
        chain.append(m)
        at = m.end
    return chain, at


_CHAIN_SEP = re.compile(r"(?i)\s*,\s*(?:and\s+|и\s+)?(?:the\s+|all\s+|всех\s+|все\s+)?|\s+(?:and|и)\s+(?:the\s+|all\s+|всех\s+|все\s+)?")


_NEGATED = re.compile(r"(?i)\b(?:not|не)\s+$")
_DEMAND_OF = re.compile(r"(?i)\b(?:demand(?:s|ed)?\s+(?:of|from)|charge[sd]?|instruct(?:s|ed)?|order(?:s|ed)|oblige[sd]?|direct(?:s|ed)|require[sd]|"
                        r"возложить\s+(?:лично\s+)?на(?:\s+(?:перв\w+\s+)?(?:секретар|руководител)\w+)?|запретить|возлагает\s+на|warns?|calls\s+(?:up)?on|suggest\w*\s+to|proposes?\s+to|предлагает|обязывает|поручает|требует\s+от|обязывал[аио]?|обязал[аио]?|поручал[аио]?|поручил[аио]?|(?:по)?требовал[аио]?\s+от|предупреждает|обязать|поручить|предложить|потребовать\s+от|указать)\s+(?!(?:against|at|by|with|to|from|in|on|that)\b)")


def _addressees(ctx: Context, s: int, e: int, verb_at: int) -> list[Mention]:
    """Bodies named as the subject before the modal verb, not those in modifiers, never the
    document's own issuers."""
    text = ctx.text
    out = []
    issuers = _issuer_chain(ctx, ctx.doc.id)
    prev = None
    for m in ctx.in_span(s, verb_at, ("Body",)):
        last, prev = prev, m
        if m.key in issuers:
            continue
        if last is not None and last.end <= m.start and re.fullmatch(r"\s+", text[last.end:m.start]) and _RU_LOWER.match(m.text[1:2] or "x"):
            # «Партийные организации Союза писателей обязаны …»: a body in the genitive right
            # after another names whose organizations they are
            continue
        before = text[max(s, m.start - 16):m.start]
        if re.search(r"(?i)(?:\bof|attached to|under|by|from|through|with|in)\s+(?:the\s+|a\s+|all\s+)?$", before) \
                and not _PEOPLE_OF.search(text, max(s, m.start - 40), m.start):
            continue
        out.append(m)
    return out


def _document_tail(ctx: Context, s: int, e: int) -> bool:
    """What may stand between a document's name and its verb: its subject and its addressees
    («резолюция … о шахтинском деле требовала от …», «директива … партийным и советским
    организациям прифронтовых областей от 29 июня 1941 обязывала …»), no other actor, no clause."""
    gap = ctx.text[s:e]
    return len(gap) <= 90 and not re.search(r"[,;:«»\"“”]|\b(?:that|which|who|котор\w+|что)\b", gap) \
        and not ctx.in_span(s, e, ("Body", "Person", "Document"))


#: the operative infinitive (and a dative addressee) is Russian: a sentence without a lower-case
#: Cyrillic letter has none
_RU_LOWER = re.compile("[а-яё]")


@relation_rule("demands_forbids")
def demands_forbids(ctx: Context) -> None:
    text = ctx.text
    in_provision = {p for p, _ in ctx.provision_sentences}
    for _, prov in ctx.provision_sentences:
        if prov.modality not in ("demands", "forbids"):
            continue
        for key in prov.addressees:
            m = next((x for x in ctx.in_span(prov.span.start, prov.span.end, ("Body",)) if ctx.key(x) == key), None)
            if m is None:
                continue
            i = ctx.sentence_of(m.start)
            ev = ctx.clause_evidence(ctx.sentences[i], [m]) if i >= 0 else ctx.evidence(m.start, m.end)
            ctx.add(prov.document, prov.modality, ev, key, attributed=prov.document != ctx.doc.id, confidence=0.85)
    entrusts = _ENTRUSTS.search(text) is not None
    tasks = _TASK_OF.search(text) is not None
    told_cue = _TOLD.search(text) is not None
    for i, sent in enumerate(ctx.sentences):
        speaker = ctx.speaker_of(i)
        relayed = None
        if ctx.genre not in NORMATIVE and speaker == ctx.doc.id and i not in in_provision:
            # reporting documents: only what they report another document demands ("the letter
            # obliged the obkoms to …": the document is the subject of the verb)
            om = _DEMAND_OF.search(sent.text)
            docs = [d for d in _sent_mentions(ctx, i, ("Document",)) if d.key != THIS and om and d.end <= sent.start + om.start()
                    and (re.fullmatch(r"[»\"”]?(?:,[^,;]{0,80},)?\s+(?:also\s+|further\s+)?", text[d.end:sent.start + om.start()])
                         or _document_tail(ctx, d.end, sent.start + om.start())
                         # "The Thirteenth Congress, in its resolution on the press of May 1924,
                         # instructed gubkoms …": the body acting through its document
                         or re.search(r"(?i)\bin\s+(?:its|his|their)\s+$", text[max(sent.start, d.start - 12):d.start])
                         and re.fullmatch(r"[»\"”]?[^,;:«»\"“”]{0,30},\s+(?:also\s+|further\s+)?", text[d.end:sent.start + om.start()]))]
            told = not docs and told_cue and _told_by(ctx, i, sent)
            if not docs and om and not told:
                relayed = _prescribing_document(ctx, i, sent.start + om.start())
            if not docs and relayed is None:
                if ctx.genre in PRESCRIBING:
                    _prescribed(ctx, i, sent, tasks)
                continue
            relayed = docs[-1] if docs else relayed
        fm = None if relayed else _FORBID.search(sent.text)
        dm = None if relayed else _DEMAND.search(sent.text)
        if relayed is None and tasks:
            _task_of(ctx, i, sent, speaker)
        if entrusts:
            _entrusted(ctx, i, sent, speaker)
        for om in _DEMAND_OF.finditer(sent.text):
            if relayed is not None and sent.start + om.start() < relayed.end:
                continue
            # «Запретить райкомам и горкомам передоверять …»: the operative verb forbids them
            act = "forbids" if om.group(0).lower().startswith("запрет") else "demands"
            at = sent.start + om.end()
            stop = re.search(r"\bthat\b|\bto\s+(?!the\b)[a-z]+|[;:.]\s|,\s+(?:котор\w+|who|which)\b|\s(?:the|a)\s+(?:greatest|most|utmost|full|complete|strict)|"
                             r"\s(?:строго\s+|немедленно\s+)?[а-яё]+(?:ть|ти|чь)\b|\s(?:в|во)\s", text[at:sent.end])
            end = at + (stop.start() if stop else sent.end - at)
            targets = [m for m in ctx.in_span(at, end, ("Body",))] + _elided_verb(ctx, end, sent.end)
            for t in _strip_modifiers(ctx, targets):
                if t.type != "Body" or act == "demands" and t.start > at + 2 and _RU_GENITIVE_AFTER.search(text, max(at, t.start - 30), t.start):
                    continue
                who = relayed.key if relayed is not None else speaker
                ctx.add(who, act, ctx.clause_evidence(sent, [t]), t.key, attributed=ctx.key(who) != ctx.doc.id)
        if relayed is None and ctx.genre in NORMATIVE and _RU_LOWER.search(sent.text):
            # «На Народный комиссариат внутренних дел возложить …», «Совету Народных Комиссаров
            # поручить …», «5. Первичным партийным организациям оказывать …»: the bodies first,
            # then the operative infinitive
            lead = re.match(r"\s*(?:\d{1,2}[.)]\s*|[а-я]\)\s*)?(?P<na>На\s+)?", sent.text)
            chain = [m for m in ctx.in_span(sent.start + lead.end(), sent.end, ("Body", "Place"))]
            bodies, at = [], sent.start + lead.end()
            for m in chain:
                if m.type == "Place" and bodies and re.fullmatch(r"\s+", text[at:m.start]):
                    at = m.end    # «Совету Народных Комиссаров Союза ССР»: the body's own qualifier
                    continue
                if m.type != "Body" or m.start != at and not (bodies and re.fullmatch(r"\s*,\s*|\s+и\s+", text[at:m.start])):
                    break
                bodies.append(m)
                at = m.end
            verb = re.match(r"(?:\s*\([^()]{0,60}\))?\s+(?:(?:лично|немедленно|строго|также)\s+)?(?:возложить|поручить|предложить|обязать|вменить|запретить|[а-яё]{3,}(?:ть|ти|чь)(?:ся)?\b)", text[at:sent.end])
            # the addressee in the dative («Совету …», «Первичным партийным организациям»), or
            # «На X возложить»; never the object in the accusative («ОГПУ включить в состав …»)
            if bodies and verb and (re.match(r"[А-ЯЁа-яё]+(?:ам|ям|ым|им|ому|ему|ой|ей|[^ую]у|[^ую]ю)\b", bodies[0].text) and not lead.group("na")
                                    or lead.group("na") and "возложить" in verb.group(0)):
                for t in bodies:
                    ctx.add(speaker, "forbids" if "запрет" in verb.group(0) else "demands", ctx.clause_evidence(sent, [t]), t.key,
                            attributed=speaker != ctx.doc.id, confidence=0.7)
        if fm:
            verb_at = sent.start + fm.start()
            for t in _addressees(ctx, sent.start, verb_at, verb_at):
                ctx.add(speaker, "forbids", ctx.clause_evidence(sent, [t]), t.key, attributed=speaker != ctx.doc.id)
        if dm and not (fm and fm.start() <= dm.start()):
            verb_at = sent.start + dm.start()
            voice = _ISSUER_VOICE.search(text, sent.start, verb_at)
            begin = voice.end() if voice else sent.start
            for t in _addressees(ctx, begin, verb_at, verb_at):
                ctx.add(speaker, "demands", ctx.clause_evidence(sent, [t]), t.key, attributed=speaker != ctx.doc.id)


#: what may stand before a prescribing verb whose subject is the document a report paraphrases,
#: unnamed: a pronoun ("It obliges …"), the bare kind ("The resolution instructs …", telegraphese
#: "Resolution instructs …", «Постановление обязывает …»), or nothing ("… Obliges Ministry of
#: Agriculture to …")
_BARE_PRESCRIBER = re.compile(r"(?i)\s*(?:\d+\.\s*)?(?:(?:but|and|also|further|moreover|finally|а|и|также|кроме\s+того)\s*,?\s+)?"
                              r"(?:(?:it|оно|она|(?:(?:the|this|that|same|new)\s+)?(?P<kind>resolution|decree|decision|directive|letter|order|"
                              r"постановлени[ея]|резолюци[яи]|решени[ея]|директив[аы]|письмо))\s+(?:\w+ly\s+|also\s+|further\s+|также\s+|далее\s+)?)?")


def _prescribing_document(ctx: Context, i: int, verb_at: int, start: int | None = None) -> Mention | None:
    """The document a reporting text paraphrases in sentence ``i``, when the prescribing verb at
    ``verb_at`` has no named subject (see _BARE_PRESCRIBER) from the clause's ``start`` on."""
    sent = ctx.sentences[i]
    bare = _BARE_PRESCRIBER.fullmatch(ctx.text, sent.start if start is None else start, verb_at)
    if not bare:
        return None
    if bare.group("kind"):
        # "Resolution instructs …" in a telegram: the document the text reports on, else the
        # last one named before
        first = _first_reported(ctx, verb_at)
        if first is not None:
            return first
    return _document_before(ctx, i, verb_at)


def _document_before(ctx: Context, i: int, at: int) -> Mention | None:
    """The last other document named before ``at``, in this paragraph or the one before."""
    j, docs = _documents_back(ctx, i, at)
    if not docs:
        return None
    # the one already reported prescribing, else the last named («Для наблюдения за
    # выполнением Устава создан Совет … Совету поручено …»: the decree, not the statute)
    par = ctx.sentences[i].paragraph
    prescribing = {a.subject for a in ctx.assertions if a.predicate in ("demands", "forbids")}
    return next((d for d in reversed(docs) if ctx.key(d) in prescribing), None) or \
        next((d for k in range(j - 1, -1, -1) if ctx.sentences[k].paragraph >= par - 1
              for d in reversed(_sent_mentions(ctx, k, ("Document",))) if ctx.key(d) in prescribing), None) or docs[-1]


#: the addressees told in the passive, before the verb ("Gubkoms and obkoms were instructed to",
#: "Party committees were told to", «Прокуратуре предложено …», «Совету поручено …»)
_TOLD = re.compile(r"(?i)\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|further\s+|now\s+|accordingly\s+)?"
                   r"(?:instructed|told|directed|ordered|obliged|required|enjoined|called\s+upon)\s+to\s+[a-z]|"
                   r"(?<![\w-])(?:было\s+)?(?:предложено|поручено|вменено\s+в\s+обязанность)\s+[а-яё]")
#: the addressees after "entrust": "it entrusts the main work to the Society … and to the Komsomol",
#: "Control over the fulfilment of this resolution is entrusted to the Administration for Cadres"
_ENTRUSTS = re.compile(r"(?i)\bentrust(?:s|ed)?\s+(?!to\b)(?:[\w-]+\s+){1,6}?to\s+(?:the\s+)?|\b(?:is|are|was|were|be)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?entrusted\s+to\s+(?:the\s+|a\s+)?")
_TO_CHAIN = re.compile(r"(?i)\s*,\s*(?:and\s+)?(?:to\s+)?(?:the\s+)?|\s+(?:and|as\s+well\s+as)\s+(?:to\s+)?(?:the\s+)?")


def _told_by(ctx: Context, i: int, sent) -> bool:
    """A reporting text says bodies were told to do something (the passive): the document it
    paraphrases demands it of them."""
    g = _TOLD.search(sent.text)
    if not g:
        return False
    verb_at = sent.start + g.start()
    targets = [t for t in _addressees(ctx, sent.start, verb_at, verb_at) if not _CLAUSE_HEAD.search(ctx.text, t.end, verb_at)]
    who = _document_before(ctx, i, verb_at) if targets else None
    if who is None:
        return False
    for t in targets:
        ctx.add(who.key, "demands", ctx.clause_evidence(sent, [t]), t.key, attributed=ctx.key(who) != ctx.doc.id, confidence=0.6)
    return True


def _entrusted(ctx: Context, i: int, sent, speaker: str) -> None:
    """The bodies a task is entrusted to: by this document's own voice in a decree, by the
    document a report paraphrases elsewhere."""
    for g in _ENTRUSTS.finditer(sent.text):
        verb_at = sent.start + g.start()
        if ctx.genre in NORMATIVE or speaker != ctx.doc.id:
            who = speaker
        else:
            active = g.group(0)[:1].lower() == "e"
            # "…, and it entrusts the main work to …": the clause's own subject
            clause = [c.end() for c in re.finditer(r"[,;]\s+(?:and|but)\s+|;\s+", ctx.text[sent.start:verb_at])]
            d = _prescribing_document(ctx, i, verb_at, sent.start + clause[-1] if clause else None) if active else _document_before(ctx, i, verb_at)
            if d is None:
                continue
            who = ctx.key(d)
        at = sent.start + g.end()
        chain: list[Mention] = []
        for m in ctx.in_span(at, sent.end, ("Body",)):
            if m.start != at and not (chain and _TO_CHAIN.fullmatch(ctx.text[at:m.start])):
                break
            chain.append(m)
            at = m.end
        for t in chain:
            ctx.add(who, "demands", ctx.clause_evidence(sent, [t]), t.key, attributed=ctx.key(who) != ctx.doc.id, confidence=0.6)


#: a second set of addressees whose verb the dash stands for: «обязывает партийные организации
#: возглавить соревнование, а ВСНХ и хозяйственные органы — обеспечить …», «…; Наркомзему — …»
_ELIDED = re.compile(r"(?:,\s+а\s+|;\s+(?:а\s+)?)(?:(?:вс[еи]м?|всех|кажд\w+)\s+)?")
_ELIDED_TAIL = re.compile(r"\s*[—–]\s*(?:(?:строго|немедленно|также|в\s+[\w-]+\s+срок)\s+)?[а-яё]+(?:ть|ти|чь)(?:ся)?\b")


def _elided_verb(ctx: Context, at: int, end: int) -> list[Mention]:
    """The bodies after ``at`` that a dash gives the same prescribing verb (see _ELIDED)."""
    out: list[Mention] = []
    for g in _ELIDED.finditer(ctx.text, at, min(end, at + 200)):
        if re.search(r"[.;]", ctx.text[at:g.start()]):
            break
        chain, stop = _body_chain(ctx, g.end(), end)
        if chain and _ELIDED_TAIL.match(ctx.text, stop):
            out += chain
    return out


def _strip_modifiers(ctx: Context, bodies: list[Mention]) -> list[Mention]:
    text = ctx.text
    # "instructed the secretaries of obkoms and kraikoms": the people of the bodies stand for them
    return [b for b in bodies if not re.search(r"(?i)(?:\bof|attached to|under|through|by)\s+(?:the\s+|a\s+|all\s+)?$", text[max(0, b.start - 24):b.start])
            or _PEOPLE_OF.search(text, max(0, b.start - 40), b.start)]


#: «Предложить Управлению пропаганды и агитации ЦК …»: a body in the genitive after a lower-case
#: noun (not the verb, not a conjunction, not the newspaper or board whose people stand for it)
#: is whose the addressee is
_RU_GENITIVE_AFTER = re.compile(r"(?<![\w-])(?!(?:или|также|всем|всех|все|всего|лично|немедленно|строго|газет\w*|журнал\w*|редакци\w*|секретар\w*|руководител\w*|председател\w*)\s)"
                                r"[а-яё]{3,}(?<!ть)(?<!ти)(?<!чь)(?<!ые|ие|ый|ий|ой|ая|яя|ое|ее|ым|им|ых|их|ую|юю|ом|ем)\s+$")


#: the people or the board of a body, who stand for it when they are obliged: "the secretaries of
#: obkoms", "the editorial board of the journal Bolshevik is instructed to publish"
_PEOPLE_OF = re.compile(r"(?i)\b(?:secretaries|heads|leaders|chairmen|editorial\s+boards?|editors)\s+of\s+(?:the\s+|all\s+)?$")


def _line_of(text: str, m: Mention) -> tuple[int, int]:
    s = text.rfind("\n", 0, m.start) + 1
    e = text.find("\n", m.end)
    return s, (e if e >= 0 else len(text))


_EXPEL = re.compile(r"(?i)\b(expel\w*|expulsions?|exclud\w+|exclusions?|purg\w+|oust\w*|исключ\w*|вычист\w*|вывести)\b")


#: an operative point that expels: «1. Исключить А и Б из рядов ВКП(б)», «Вывести В из состава ЦК»,
#: "3. To expel A from the party", "A and B are hereby expelled from the Central Committee"
_OPERATIVE_EXPEL = re.compile(r"(?i)^\s*(?:\d{1,2}[.)]\s*|[a-zа-я]\)\s*)?(?:(?:to\s+)?(?:expel|exclude|remove)\b|исключить\b|вывести\b)")
_PASSIVE_EXPEL = re.compile(r"(?i)\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:expelled|excluded|removed)\s+from\b|\b(?:исключается|исключаются|выводится|выводятся)\b")


_FROM_BODY = re.compile(r"(?i)(?<!\w)(?:из\s+(?:состава\s+|рядов\s+)?|from\s+(?:the\s+)?(?:membership\s+of\s+(?:the\s+)?|ranks\s+of\s+(?:the\s+)?)?)$")
_PREDICATIVE_AS = re.compile(r"(?i)(?<!\w)(?:как|as)\s+$")


def _operative_expulsions(ctx: Context, i: int, sent, ms: list[Mention]) -> None:
    """A resolution's operative point that expels names no agent: the body that issues the
    resolution expels everyone the point lists."""
    if ctx.genre not in NORMATIVE:
        return
    op = _OPERATIVE_EXPEL.match(sent.text)
    pas = None if op else _PASSIVE_EXPEL.search(sent.text)
    if not op and not pas:
        return
    owner = next((p.document for j, p in ctx.provision_sentences if j == i), ctx.doc.id)
    if ctx.speaker_of(i) != ctx.doc.id and owner == ctx.doc.id:
        return   # a quoted voice
    issuers = [a.subject for a in ctx.assertions if a.predicate == "issues" and a.object == owner]
    if not issuers:
        return
    # a joint resolution (Politburo and CCC Presidium) expels through the issuer whose body the
    # point removes them from («Вывести … из состава ЦКК» is the CCC side's act)
    left = [m.key for m in ms if m.type == "Body" and _FROM_BODY.search(ctx.text, max(sent.start, m.start - 14), m.start)]
    if len(issuers) > 1 and left:
        parts = {(a.subject, a.object) for a in ctx.assertions if a.predicate == "partOf"}
        own = [a for a in issuers if any(a == b or (a, b) in parts for b in left)]
        issuers = own or issuers
    if op:
        patients = [m for m in ms if m.type in ("Person", "Group") and m.start >= sent.start + op.end()]
    else:
        patients = [m for m in ms if m.type in ("Person", "Group") and m.end <= sent.start + pas.start()]
    for p in patients:
        if ctx.covering(p.start) and any(c.type in ("Document", "Body") for c in ctx.covering(p.start)):
            continue
        if _PREDICATIVE_AS.search(ctx.text, max(0, p.start - 12), p.start):
            continue   # what they are expelled as («… из состава ЦК как фракционеров»), not who
        for a in issuers:
            ctx.add(a, "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.7)


_AMONG_EXPELLED = re.compile(r"(?i)^\s*(?:among\s+(?:those|the\s+persons|the\s+people)\s+(?:expelled|excluded|purged)|those\s+(?:expelled|excluded|purged)\s+(?:included|were))\b|"
                             r"^\s*(?:среди\s+исключ[её]нных|исключены\s+были)\b")
_RU_PASSIVE_EXPEL = re.compile(r"(?i)\b(?:был[аи]?\s+)?(?:уже\s+)?(?:выведен[аыо]?|исключен[аыо]?|исключён)\s+(?:из|от)\b")


def _last_expeller(ctx: Context, i: int) -> Mention | None:
    """The body that expelled in one of the two sentences before ("Party organisations expelled …")."""
    for j in (i - 1, i - 2):
        if j < 0:
            break
        sent = ctx.sentences[j]
        v = re.search(r"(?i)\b(?:expelled|excluded|purged|исключил[иа]?)\b", sent.text)
        if v:
            agents = [m for m in _sent_mentions(ctx, j, ("Body",)) if m.end <= sent.start + v.start()]
            if agents:
                return agents[-1]
    return None


def _report_expulsions(ctx: Context, i: int, sent, ms: list[Mention]) -> None:
    """"Among those expelled were careerists and double-dealers": the groups a body expelled, the body
    named in the sentence before. «Постановлением пленума ЦК … Бухарин и Рыков были выведены из
    состава ЦК»: the persons a body's decision removed."""
    if _AMONG_EXPELLED.match(sent.text):
        agent = _last_expeller(ctx, i)
        if agent is not None:
            g = _AMONG_EXPELLED.match(sent.text)
            for p in (m for m in ms if m.type in ("Group", "Person") and m.start >= sent.start + g.end()):
                if re.search(r"(?i)\b(?:who|whom|which|кото)\w*\s+[^,;]{0,60}$", text_between(ctx, sent.start + g.end(), p.start)):
                    continue
                ctx.add(agent.key, "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.6)
    v = _RU_PASSIVE_EXPEL.search(sent.text)
    if v and "не" not in sent.text[max(0, v.start() - 4):v.start()].split():
        vs = sent.start + v.start()
        patients = [m for m in ms if m.type in ("Person", "Group") and m.end <= vs and vs - m.end < 60]
        j = len(patients) - 1
        while j > 0 and re.fullmatch(r"\s*,\s*|\s+и\s+", ctx.text[patients[j - 1].end:patients[j].start]):
            j -= 1
        patients = patients[j:] if patients else []
        by = re.match(r"\s*(?:Решением|Постановлением|По\s+решению|По\s+постановлению)\s+", sent.text)
        agents = []
        if by:
            at = sent.start + by.end()
            agents = [m for m in ms if m.type == "Body" and _is_adopting(m) and at <= m.start < at + 60][:1]
            docs = [m for m in ms if m.type == "Document" and m.start <= at and m.end > at]
            if not agents and docs:
                agents = [m for m in ctx.nested + ctx.in_span(docs[0].start, docs[0].end, ("Body",))
                          if m.type == "Body" and _is_adopting(m) and docs[0].start <= m.start < docs[0].end][:1]
        for a in agents:
            for p in patients:
                ctx.add(a.key, "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.6)


def text_between(ctx: Context, s: int, e: int) -> str:
    return ctx.text[s:e] if e > s else ""


#: a report's passive: "Zinoviev and Kamenev, who had read the platform, were expelled as well",
#: "Malenkov, Kaganovich and Molotov were removed from the Presidium of the CC", "Zinoviev was
#: removed from the Politburo"
_WERE_EXPELLED = re.compile(r"(?i)\b(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?(?P<verb>expelled|excluded|removed)\b(?P<tail>\s+as\s+well|\s+too|\s+from\s+(?:the\s+)?)?")


def _passive_removals(ctx: Context, i: int, sent, ms: list[Mention]) -> None:
    """Who was expelled or removed, the text naming the agent before: in the same sentence ("the
    Presidium of the CCC expelled the members of the Union …; Zinoviev and Kamenev … were expelled
    as well"), in the two sentences before ("… expelled …"), or, for a removal from a body, the
    meeting named in this sentence or the one before ("The plenum's resolution … Zinoviev was
    removed from the Politburo")."""
    for g in _WERE_EXPELLED.finditer(sent.text):
        vs = sent.start + g.start()
        tail = g.group("tail") or ""
        if g.group("verb").lower() == "removed" and not tail.strip().startswith("from"):
            continue
        if tail.strip().startswith("from"):
            after = [b for b in ms if b.type == "Body" and b.start == sent.start + g.end()]
            if not after or after[0].key == "communist_party":
                continue   # "removed from his post", "expelled from the party" (the party's, rule above)
        before = [m for m in ms if m.type in ("Person", "Group") and m.end <= vs]
        if not before:
            continue
        last = before[-1]
        if not re.fullmatch(r"\s+|,\s+(?:who|which)\b[^;:]{0,100},\s+", ctx.text[last.end:vs]):
            continue
        patients, j = [last], len(before) - 1
        while j > 0 and re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+", ctx.text[before[j - 1].end:before[j].start]):
            j -= 1
            patients.insert(0, before[j])
        if patients[0].start - sent.start > 12 and not re.search(r"[;]\s*$", ctx.text[sent.start:patients[0].start]):
            continue   # the names are not the clause's subject
        act = [m for m in ms if m.type == "Body" and m.end <= patients[0].start and not m.is_class
               and re.match(r"\s+(?:\w+ly\s+)?(?:expelled|excluded|removed)\b", ctx.text[m.end:m.end + 30])]
        agent = act[-1] if act else _last_expeller(ctx, i)
        if agent is None and tail.strip().startswith("from"):
            meetings = [b for b in ctx.in_span(ctx.sentences[max(0, i - 1)].start, patients[0].start, ("Body",))
                        if _is_adopting(b) and _MEETING.search(b.label + " " + b.text)]
            agent = meetings[-1] if meetings else None
        if agent is None:
            continue
        for p in patients:
            ctx.add(agent.key, "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.6)


@relation_rule("expels")
def expels(ctx: Context) -> None:
    text = ctx.text
    for i, sent in enumerate(ctx.sentences):
        ms = _sent_mentions(ctx, i)
        _operative_expulsions(ctx, i, sent, ms)
        _report_expulsions(ctx, i, sent, ms)
        _passive_removals(ctx, i, sent, ms)
        for v in _EXPEL.finditer(sent.text):
            vs = sent.start + v.start()
            word = v.group(1).lower()
            # "Communists excluded by the obkoms, kraikoms and Central Committees of …": each body
            # of the list expels those the participle follows (or the group it closes the name of)
            if re.match(r"(?i)excluded|expelled", word):
                by = re.match(r"\s+by\s+(?:the\s+|all\s+)?", text[vs + len(word):vs + len(word) + 12])
                whom = [m for m in ms if m.type in ("Group", "Person") and (m.end <= vs and re.fullmatch(r"\s+(?:\w+ly\s+)?", text[m.end:vs])
                                                                          or m.start < vs and m.end == vs + len(word))]
                if by and whom:
                    chain, _ = _body_chain(ctx, vs + len(word) + by.end(), sent.end)
                    for b in chain:
                        ctx.add(b.key, "expels", ctx.clause_evidence(sent, [whom[-1], b]), whom[-1].key, confidence=0.65)
            if ctx.covering(vs):
                continue   # "persons excluded from the Party" names a group, it reports no act
            # «Обкомы и райкомы КП(б)У нередко исключали честных коммунистов»: the bodies the
            # sentence opens with (not the party they are of) expel whom the verb names
            if re.match(r"(?i)исключал[аио]?$|исключали$", word) and not re.search(r"(?i)\bне\s+$", text[max(sent.start, vs - 4):vs]):
                lead = [m for m in ms if m.end <= vs and not _owner_of_body(ctx, m, ms)]
                subj = lead[:1] if lead and lead[0].type == "Body" and re.fullmatch(r"\s*(?:\d+\.\s*)?", text[sent.start:lead[0].start]) else []
                chain, end = _body_chain(ctx, subj[0].start, vs) if subj else ([], vs)
                rest = [m for m in ms if end <= m.start < vs and m.end <= vs]
                after = [m for m in ms if m.type in ("Person", "Group") and vs < m.start < vs + 60]
                if chain and after and all(_owner_of_body(ctx, m, ms) for m in rest) and len(text[end:vs]) < 40:
                    for b in chain:
                        ctx.add(b.key, "expels", ctx.clause_evidence(sent, [b, after[0]]), after[0].key, confidence=0.6)
                continue
            # "the obkom expelled the oppositionists", "X expelled Y"
            if re.match(r"(?i)исключ(?:ить|ил|ён|ен(?!и))|вывести", word) and not re.search(r"(?i)\bне\s+$", text[max(sent.start, vs - 4):vs]):
                # "Пленум ЦК … принял решение — вывести Л. П. Берия из состава ЦК КПСС и исключить его из рядов партии"
                agents = [m for m in ms if _is_adopting(m) and m.end <= vs][:1]
                after = [m for m in ms if m.type in ("Person", "Group") and vs < m.start < vs + 80]
                before = [m for m in ms if m.type == "Person" and m.end <= vs and vs - m.end < 150
                          and not re.search(r"(?i)(?<![а-яё])что(?![а-яё])|\bthat\b|сообщил|заявил|сказал", text[m.end:vs])]   # the speaker who reports it
                patients = after[:1] or before[-1:]
                if agents and patients:
                    ctx.add(agents[0].key, "expels", ctx.clause_evidence(sent, [agents[0], patients[0]]), patients[0].key, confidence=0.6)
                continue
            if re.match(r"(?i)expelled|excluded|purged|ousted|expels|excludes|исключил", word) and not re.search(
                    r"(?i)\b(?:were|was|be|been|being|are|is)\s+(?:\w+\s+)?$", text[max(sent.start, vs - 25):vs]) \
                    and not re.search(r"(?i)\b(?:the|those|these|all|of|newly|recently)\s+$", text[max(sent.start, vs - 12):vs]):
                # ("the expelled oppositionists": a participle naming them, not an act)
                agents = [m for m in ms if m.type in ("Body", "Person") and m.end <= vs and not m.key == "communist_party"
                          and not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start])]
                # "The resolution expels …": a decision expels in the name of the body that adopted it
                doc = [m for m in ms if m.type == "Document" and m.end <= vs and re.fullmatch(r"\s+(?:\w+\s+)?", text[m.end:vs])]
                if doc:
                    issuers = sorted({a.subject for a in ctx.assertions
                                      if a.predicate == "issues" and a.object == ctx.key(doc[-1])} - {"communist_party"})
                    agents = [Mention(doc[-1].start, doc[-1].end, doc[-1].text, "Body", k, k) for k in issuers[:1]]
                clause_end = re.search(r"[;]|(?<!\b[A-ZА-ЯЁ])\.(?!\d)|,\s+(?:and\s+)?(?:[a-z]+ed|warned|arrested)\b|\s(?:for|because|since)\s", text[vs:sent.end])   # not an initial's point
                limit = vs + (clause_end.start() if clause_end else sent.end - vs)
                patients = [m for m in ms if m.type in ("Group", "Person") and vs + len(word) <= m.start < limit]
                if agents and not patients and re.match(r"\s+(?:him|her)\b", text[vs + len(word):vs + len(word) + 5]):
                    # "… the Central Committee expelled him": the person last named before
                    prior = [m for m in ctx.in_span(max(0, vs - 500), vs, ("Person",))]
                    patients = prior[-1:]
                if agents and patients and vs - agents[-1].end < 120:
                    a = agents[-1]
                    for p in patients:
                        ctx.add(a.key, "expels", ctx.clause_evidence(sent, [a, p]), p.key, confidence=0.7)
            if re.match(r"(?i)expelled|excluded", word) and re.search(r"(?i)\b(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?$", text[max(sent.start, vs - 25):vs]) \
                    and re.match(r"\s+from\s+(?:the\s+)?(?:party|Party|VKP|RCP|RKP|CPSU)", text[vs + len(word):vs + len(word) + 20]) \
                    and "communist_party" in ctx.keys:
                subj = [m for m in ms if m.type in ("Person", "Group") and m.end <= vs]
                j = len(subj) - 1
                while j > 0 and re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+", text[subj[j - 1].end:subj[j].start]):
                    j -= 1
                for p in subj[j:] if subj else []:
                    ctx.add("communist_party", "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.6)
            # "the penalty the Control Commission imposed on the group was expulsion"
            if word.startswith("expulsion"):
                g = re.search(r"(?i)\bimposed\s+on\s+", sent.text)
                if g:
                    at = sent.start + g.end()
                    agents = [m for m in ms if m.type in ("Person", "Body") and m.end <= at]
                    patients = [m for m in ms if m.type in ("Group", "Person") and m.start >= at and m.start - at < 5]
                    if agents and patients:
                        ctx.add(agents[-1].key, "expels", ctx.clause_evidence(sent, [agents[-1], patients[0]]), patients[0].key, confidence=0.7)
        # "The following shall be expelled from the party: a) …; b) …", "X shall be expelled"
        g = re.search(r"(?i)\b(?:shall|are\s+to|must|will|should)\s+be\s+(?:expelled|excluded|purged)\b", sent.text)
        if g and not re.search(r"(?i)\bnot\s+be\s+(?:expelled|excluded|purged)", sent.text) and "communist_party" in ctx.keys:
            at = sent.start + g.end()
            par_end = max(x.end for x in ctx.sentences if x.paragraph == sent.paragraph)
            listed = sent.text.rstrip().endswith(":") or re.match(r"[^.;:]{0,40}:", text[at:sent.end])
            patients = ctx.in_span(at, par_end, ("Group",)) if listed else \
                [m for m in ms if m.type == "Group" and m.end <= sent.start + g.start()]
            if listed:
                # each item names whom it expels before its relative clause: "b) double-dealers,
                # who conceal … from the party, against kulak elements …" expels double-dealers only
                def head_of_item(m: Mention) -> bool:
                    ls, _ = _line_of(text, m)
                    rel = re.search(r"(?i)\b(?:who|whom|whose|which|that|кото\w+)\b", text[ls:m.start])
                    return rel is None
                patients = [m for m in patients if head_of_item(m)]
            for p in patients:
                ctx.add("communist_party", "expels", ctx.evidence(*(_line_of(text, p))), p.key, confidence=0.6)
        # "The purges were aimed at careerists, self-seekers …": the party purges them
        g = re.search(r"(?i)\b(?:purges?|expulsions?|чистк\w*)\s+(?:was|were|is|are)\s+(?:aimed|directed)\s+(?:at|against)\b", sent.text)
        if g:
            if "communist_party" in ctx.keys:
                spans, pos = [], sent.start + g.end()
                for seg in re.split(r"(;)", sent.text[g.end():]):
                    if seg != ";":
                        rel = re.search(r"(?i)\b(?:in whose|whose|who|whom|which)\b", seg)
                        spans.append((pos, pos + (rel.start() if rel else len(seg))))
                    pos += len(seg)
                for p in (m for m in ms if m.type == "Group" and any(a < m.start < b for a, b in spans)):
                    ctx.add("communist_party", "expels", ctx.clause_evidence(sent, [p]), p.key, confidence=0.6)
        # "… of the then membership … were expelled": the party expels its members
        if re.search(r"(?i)\bmembership\b.{0,60}\b(?:were|was)\s+expelled", sent.text):
            if "communist_party" in ctx.keys and "party_members" in ctx.keys:
                ctx.add("communist_party", "expels", ctx.evidence(sent.start, sent.end), "party_members", confidence=0.6)


@relation_rule("authorizes")
def authorizes(ctx: Context) -> None:
    text = ctx.text
    issuers = [a.subject for a in ctx.assertions if a.predicate == "issues" and a.object == ctx.doc.id]
    for i, sent in enumerate(ctx.sentences):
        # "the conference entrusted the Control Commission and the local commissions with the
        # purge"; a decree's «возложить на ЦКК …» entrusts them in its issuer's name
        g = re.search(r"(?i)\b(?:entrust(?:s|ed)?|возложить\s+на|возлагается\s+на)\s+(?:the\s+)?", sent.text)
        if g:
            at = sent.start + g.end()
            objs = [m for m in _sent_mentions(ctx, i, ("Body",)) if m.start >= at]
            chain = objs[:1] if objs and objs[0].start == at else []
            for o in objs[1:]:
                if re.fullmatch(r",\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|и)\s+(?:the\s+)?", text[chain[-1].end:o.start]):
                    chain.append(o)
            docs = [d for d in ctx.in_span(sent.start, at, ("Document",)) if d.key != THIS]
            subj = [m.key for m in _sent_mentions(ctx, i, ("Body",)) if m.end <= sent.start + g.start() and _is_adopting(m)
                    and not any(d.start <= m.start and m.end <= d.end for d in docs)][:1]
            if not subj and g.group(0).lower().startswith("возл") and ctx.speaker_of(i) == ctx.doc.id and ctx.genre in NORMATIVE:
                subj = issuers[:1]
            for o in chain if subj else []:
                if o.key != subj[0]:
                    ctx.add(subj[0], "authorizes", ctx.clause_evidence(sent, [o]), o.key, confidence=0.65)
        for g in re.finditer(r"(?i)\b(authori[sz]es?|authori[sz]ed|empowers?|empowered|entitles?|grants?|уполномочива\w*)\s+(?:the\s+)?", sent.text):
            at = sent.start + g.end()
            objs = [m for m in _sent_mentions(ctx, i, ("Body",)) if m.start == at]
            if not objs:
                continue
            subj = [m for m in _sent_mentions(ctx, i, ("Body",)) if m.end <= sent.start + g.start()]
            if subj:
                ctx.add(subj[-1].key, "authorizes", ctx.evidence(subj[-1].start, min(sent.end, objs[0].end + 60)), objs[0].key, confidence=0.8)


@relation_rule("references")
def references(ctx: Context) -> None:
    text = ctx.text
    docs = [m for m in ctx.mentions if m.type == "Document" and m.key != THIS]
    nested: set[str] = set()
    # "decision … on Comrade Stalin's report": the decision cites the report
    for a, b in zip(docs, docs[1:]):
        if True:
            if b.start > a.end and re.fullmatch(r"\s+(?:on|concerning|about|regarding|in connection with)\s+(?:the\s+)?", text[a.end:b.start]) and a.key != b.key:
                ctx.add(a.key, "references", ctx.evidence(a.start, b.end), b.key, confidence=0.8)
                nested.add(b.key)
    _decided_on_report(ctx)
    other = {a.object for a in ctx.assertions if a.subject == ctx.doc.id and a.predicate in ("publishedIn", "reportsOn", "comparesTo")}
    if ctx.genre in ("telegram", "dispatch", "despatch", "airgram", "memorandum", "note", "communique"):
        return   # a dispatch reports on documents (reportsOn), it does not cite them
    source_lines = [(m.start(), m.end()) for m in _SOURCE_LINE.finditer(text)]
    if ctx.genre == "encyclopedia":
        # a reference entry cites its literature; the documents it describes are its subject
        docs = [d for d in docs if d.source == "rule:bibliography"]
    elif ctx.genre == "essay":
        # a historian's essay cites its literature ("Soyfer's book, “…”, argues") and the texts it
        # quotes at length; the decrees and letters it tells of are its subject, not its sources
        quoted = set(ctx.speaker.values())
        docs = [d for d in docs if d.source == "rule:bibliography" or ctx.key(d) in quoted
                or re.search(r"(?i)\b(?:book|monograph|study|memoirs?|biography|history)\b", d.text)
                or re.search(r"(?i)\b(?:book|monograph|study|memoirs?|biography)[,:]?\s*[\"“«]?$", text[max(0, d.start - 30):d.start])]
    for d in docs:
        k = ctx.key(d)
        if k in other or k in nested or d.source in ("rule:source_line",) or any(a <= d.start < b for a, b in source_lines):
            continue
        if text[text.rfind("\n", 0, d.start) + 1:d.start][:1] == "[":
            continue   # an editor's note ("[Abridged and paraphrased from …]") tells where the text comes from; the text cites nothing there
        i = ctx.sentence_of(d.start)
        if i >= 0 and ctx.speaker_of(i) not in (ctx.doc.id,) and ctx.speaker_of(i) != k:
            continue
        sent = ctx.sentences[i] if i >= 0 else None
        ev = ctx.clause_evidence(sent, [d]) if sent else ctx.evidence(d.start, d.end)
        ctx.add(THIS, "references", ev, k, confidence=0.75)


#: a decision taken on a report: "resolution …, adopted on report of Politburo member A. A. Andreyev",
#: "adopted amended party statutes on the basis of the report delivered by Zhdanov"; "The plenum
#: heard a report by Molotov … and adopted a decision …", «заслушав доклад …, пленум принял постановление»
_ON_REPORT = re.compile(r"(?i)[»\"”]?[^.;]{0,80}?\b(?:adopted|passed|approved|taken)\s+(?:(?:unanimously|\w+ly)\s+)?(?:on|upon|after)\s+(?:the\s+)?$|"
                        r"[»\"”]?\s+on\s+the\s+basis\s+of\s+(?:the\s+)?$|[»\"”]?,?\s+(?:принят\w*|утвержд[её]нн?\w*)\s+по\s+$")
_HEARD = re.compile(r"(?i)(?:\bheard|\blistened\s+to|(?<![\w-])заслушал\w*|(?<![\w-])заслушав|(?<![\w-])обсудив)\s+(?:a\s+|the\s+)?$")
_THEN_ADOPTED = re.compile(r"(?i)\b(?:adopted|passed|approved)\b|(?<![\w-])(?:принял\w*|приняв|утвердил\w*|постановил\w*)(?![\w-])")


def _decided_on_report(ctx: Context) -> None:
    """A decision cites the report it was taken on (see _ON_REPORT, _HEARD)."""
    text = ctx.text
    spoken = {ctx.sentence_of(m.start) for m in ctx.mentions if m.type == "Document" and _SPOKEN.search(m.text + " " + m.key)}
    for i in sorted(spoken - {-1}):
        sent = ctx.sentences[i]
        docs = [d for d in _sent_mentions(ctx, i, ("Document",)) if ctx.key(d) != ctx.doc.id]
        for r in docs:
            if not _SPOKEN.search(r.text + " " + r.key):
                continue
            for d in docs:
                if d is r or ctx.key(d) == ctx.key(r) or _SPOKEN.search(d.text + " " + d.key):
                    continue
                if d.end <= r.start and _ON_REPORT.fullmatch(text, d.end, r.start):
                    ctx.add(d.key, "references", ctx.clause_evidence(sent, [d, r]), r.key, confidence=0.7)
                elif r.end <= d.start and _HEARD.search(text, max(sent.start, r.start - 20), r.start) \
                        and _THEN_ADOPTED.search(text, r.end, d.start) and not ctx.in_span(r.end, d.start, ("Document",)):
                    ctx.add(d.key, "references", ctx.clause_evidence(sent, [r, d]), r.key, confidence=0.7)


_COMPARE = re.compile(r"(?i)\b((?:most|worst|greatest|largest|gravest|biggest|first)\s+(?:[\w-]+\s+){0,3}since\s+(?:the\s+)?|rank\w*\s+in\s+importance\s+with|compar\w+\s+(?:it\s+)?(?:with|to)|comparable\s+to|likened\s+to|reminiscent\s+of|recalls|parallel\s+(?:with|to)|similar\s+to|in\s+the\s+spirit\s+of)\b")
_ABSOLVE = re.compile(r"(?i)\b(absolv\w+|exonerat\w+|clear\w*\s+(?:of|from)\s+(?:any\s+)?(?:responsibility|blame)|reliev\w+\s+\w+\s+of\s+responsibility|not\s+blam\w+|shield\w*)\b")


@relation_rule("compares_absolves")
def compares_absolves(ctx: Context) -> None:
    for i, sent in enumerate(ctx.sentences):
        speaker = ctx.speaker_of(i)
        ms = _sent_mentions(ctx, i)
        c = _COMPARE.search(sent.text)
        if c:
            at = sent.start + c.end()
            objs = [m for m in ms if m.type in ("Document", "Event") and m.start >= at and m.key != THIS]
            if objs:
                ctx.add(speaker, "comparesTo", ctx.clause_evidence(sent, [objs[0]]), objs[0].key, confidence=0.75)
        a = _ABSOLVE.search(sent.text)
        if a:
            at = sent.start + a.start()
            objs = [m for m in ms if m.type == "Body" and m.start >= at]
            rep = [d for d in ms if d.type == "Document" and d.key != THIS and d.end <= at]
            subj = rep[-1].key if rep else speaker
            if objs:
                ctx.add(subj, "absolves", ctx.clause_evidence(sent, [objs[0]] + rep[-1:]), objs[0].key,
                        attributed=subj != ctx.doc.id, confidence=0.75)


_SUBJECT_LEAD = re.compile(r"(?i)\s*(?:\d+\.\s*)?(?:(?:but|and|yet|thus|also|moreover|however),?\s+)?(?:the\s+|this\s+|that\s+|its\s+|his\s+|her\s+)?")
#: what follows a document that is the subject of its sentence: an apposition or a participle
#: phrase, then a verb (never "of", a comma list, a preposition)
_SUBJECT_VERB = re.compile(r"(?i)(?:\s*\([^()]{0,60}\))?(?:,[^,;:.]{3,120},|\s+(?:of|on|from|to|at|adopted|issued|passed|published|delivered)\b[^,;:.]{0,100}?)?\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|even\s+|не\s+)?"
                           r"(?:is|was|were|has|had|went|goes|sets?|set\s+out|states?|stated|declares?|declared|says|said|condemns?|condemned|calls?|called|explains?|explained|"
                           r"describes?|described|demands?|demanded|accuses?|accused|attacks?|attacked|criticizes?|criticized|criticises?|criticised|cites?|cited|notes?|noted|"
                           r"lists?|listed|names?|named|announces?|announced|admits?|admitted|conceded|concedes|insists?|insisted|argues?|argued|charges?|charged|"
                           r"opens?|opened|begins?|began|ends?|ended|contains?|contained|speaks?|spoke|refers?|referred|claims?|claimed|reports?|reported|treats?|treated|"
                           r"указывает|указывал\w*|говорит|говорилось|требует|требовал\w*|осуждает|осудил\w*|отмечает|отмечал\w*|называет|назвал\w*|подчеркивает|подчёркивает|"
                           r"заявляет|сообщает|содержит|обвиняет|разоблачает|предлагает|был\w*|явил\w*)\b")
_HONOUR_TO_REPORT = gated(re.compile(r"(?i)\b(?:honou?r|hasten|wish|desire)\s+to\s+(?:report|inform\s+you|transmit\s+(?:herewith\s+)?(?:a\s+)?(?:report|memorandum|translation)\s+)\s*(?:on|of|upon|regarding|concerning)\s+(?:the\s+)?"))
_SAID_IN_HIS = re.compile(r"(?i)\bin\s+(?:his|her|their)\s+(?:own\s+|first\s+|last\s+|final\s+|closing\s+|concluding\s+)?\Z")
_REPORT_CUE = re.compile(r"(?i)\b(published|adopted|issued|announced|regarding|concerning|text\s+of|about|on\s+the\s+subject\s+of)\b")
_PRESS_PUBLISHES = re.compile(r"(?i)(?<![\w-])(?:публикуется|публикуются|опубликован[аоы]?|опубликованн\w+\s+сегодня|напечатан[аоы]?|(?:is|are)\s+published\s+today|today['’]s\s+(?:papers|press)\s+publish|publishes)(?![\w-])")


#: an event named as the time of something else ("During the war", "in the first years of the NEP",
#: «в годы гражданской войны»): the frame of a statement, not what it is about
_TIME_FRAME = re.compile(r"(?i)(?<![\w-])(?:during|since|before|until|till|(?:in|by|at|from)\s+(?:the\s+)?(?:(?:first|last|early|later|final)\s+)?(?:years?|days?|months?|time|period|eve|end|beginning|start)\s+of|"
                         r"во\s+время|в\s+годы|в\s+период|в\s+дни|в\s+день|до|накануне|со\s+времени|с\s+начала|к\s+концу)\s+(?:(?:the|its|his|their)\s+)?[\w«\"“-]*\s*\Z")


@relation_rule("reports_on")
def reports_on(ctx: Context) -> None:
    text = ctx.text
    dispatch = ctx.genre in ("telegram", "dispatch", "despatch", "memorandum", "airgram", "report", "note")
    press = ctx.genre in ("editorial", "newspaper")
    if dispatch or press:
        # a dispatch reports on the document it announces; the press on the one it publishes today
        # («Сегодня публикуется постановление …», «Вчера в печати опубликовано постановление …»)
        for i, sent in enumerate(ctx.sentences[:8]):
            docs = [m for m in _sent_mentions(ctx, i, ("Document",)) if m.key != THIS]
            if press and not _PRESS_PUBLISHES.search(sent.text):
                continue
            if docs and _REPORT_CUE.search(sent.text) or docs and re.search(r"(?i)\b(carries|carried|prints|printed|publishes)\b", sent.text) or docs and press:
                for d in docs:
                    ctx.add(THIS, "reportsOn", ctx.clause_evidence(sent, [d]), d.key, confidence=0.8)
                break
    # a document about an event: its title names it, or "statement which … curtailing the campaign"
    owned: set[tuple[int, int]] = set()
    for d in ctx.mentions:
        if d.type != "Document":
            continue
        for e in ctx.in_span(d.start, d.end, ("Event",)):
            if True:
                ctx.add(d.key, "reportsOn", ctx.evidence(d.start, d.end), e.key, confidence=0.7)
                owned.add((e.start, e.end))
        if d.key == THIS:
            continue
        i = ctx.sentence_of(d.start)
        if i < 0:
            continue
        for e in _sent_mentions(ctx, i, ("Event",)):
            between = text[d.end:e.start]
            # (a "concerning" or an "end" farther back is about something else: "Zhdanov's report
            # concerning changes in the Statutes …, since it touches upon the great purge")
            if 0 < e.start - d.end < 120 and not re.search(r"[;.]|\b(?:signal|who|whom|those)\b", between) and re.search(
                    r"(?i)\b(curtail\w*|halt\w*|ended|ending|launch\w*|announc\w*|abolish\w*|acknowledg\w*)\b|\bstat(?:es|ing|ed)\s+that\s+(?:the\s+)?$|^[\"”»]?,?\s+(?:on|regarding|concerning|about)\s+(?:the\s+)?(?:(?:results?|outcome|course|progress|question|conduct)\s+of\s+(?:the\s+)?)?$"
                    r"|^[\"”»]?,?\s+(?:по|о|об|относительно|в\s+связи\s+с|к)\s+$", between):
                ctx.add(d.key, "reportsOn", ctx.evidence(d.start, e.end), e.key, confidence=0.6)
                owned.add((e.start, e.end))
                break
    if ctx.genre not in REPORTING and ctx.genre not in NORMATIVE:
        return
    if ctx.genre in ("telegram", "dispatch", "despatch", "airgram", "memorandum", "editorial", "newspaper", "communique"):
        # the documents it tells of as actors: "Mikoyan’s speech went furthest in public", "The
        # resolution adopted by the Plenum on 7 September sets out clear measures", «Постановление
        # … указывает»: a document that is the subject of a sentence in the reporter's own voice
        for i, sent in enumerate(ctx.sentences):
            if ctx.speaker_of(i) != ctx.doc.id:
                continue
            ms = _sent_mentions(ctx, i)
            # "I have the honour to report on the resignation of Mr. Malenkov": the diplomat's formula
            # names what the despatch is about
            hon = _HONOUR_TO_REPORT.search(sent.text) if dispatch else None
            on = [x for x in ms if hon and x.type in ("Document", "Event") and x.key != THIS and x.start == sent.start + hon.end()]
            if on:
                ctx.add(THIS, "reportsOn", ctx.clause_evidence(sent, on[:1]), on[0].key, confidence=0.7)
            # "Stalin, in his report on the work of the Central Committee on 10 March, stated", "In
            # his report “…”, delivered on 3 September, Comrade Khrushchev told the Plenum": what a
            # speaker said in his report or speech, relayed
            said_in = [x for x in ms if x.type == "Document" and x.key != THIS and x.start - sent.start < 80
                       and _SAID_IN_HIS.search(text, max(sent.start, x.start - 20), x.start)]
            if said_in and not any(x.type == "Document" and x.key != THIS for x in ms if x.end <= said_in[0].start):
                ctx.add(THIS, "reportsOn", ctx.clause_evidence(sent, [said_in[0]]), said_in[0].key, confidence=0.55)
                continue
            d = ms[0] if ms else None
            if d is not None and d.type == "Person" and len(ms) > 1 and ms[1].start == d.start and ms[1].type == "Document":
                d = ms[1]    # "Mikoyan’s speech": the person inside the document's name
            elif d is not None and d.type == "Person" and len(ms) > 1 and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,2}", text[d.end:ms[1].start]) \
                    and ms[1].type == "Document":
                d = ms[1]
            elif d is not None and not _SUBJECT_LEAD.fullmatch(text[sent.start:d.start]):
                continue
            if d is None or d.type != "Document" or d.key == THIS:
                continue
            if _SUBJECT_VERB.match(text, d.end):
                ctx.add(THIS, "reportsOn", ctx.clause_evidence(sent, [d]), d.key, confidence=0.55)
    # and on what it keeps returning to in its own voice. Measured over every dev set (gold
    # annotations: "D reportsOn E"), an event or document named in one sentence only is the text's
    # subject a third of the time ("since the purges of 1937-1938", "During the war"); one named
    # in two sentences or more is its subject most of the time: a text that speaks for itself (a
    # resolution, a speech, a report) three times in four, a reporting text (a telegram, an essay,
    # the press) when it also opens a sentence with it ("The communiqué … states", "The Kirov
    # murder was …"; without, 2 of the 5 more it would take were). An event named as the time of
    # something else ("in the years of the civil war", «до начала весеннего сева») is not counted.
    # (An event in the text's title is its subject through the title's mention, above; an essay's
    # first sentence of prose was taken as naming its subject too, and 3 of 6 so taken were.)
    own_voice = ctx.genre in NORMATIVE or ctx.genre in ("speech", "report")
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type == "Event" and (m.start, m.end) not in owned or m.type == "Document" and m.key != THIS and not own_voice:
            counts.setdefault(ctx.key(m), []).append(m)
    for key, ms in counts.items():
        own = [m for m in ms if ctx.sentence_of(m.start) >= 0 and ctx.speaker_of(ctx.sentence_of(m.start)) == ctx.doc.id
               and not _TIME_FRAME.search(text, max(0, m.start - 40), m.start)]
        if len({ctx.sentence_of(m.start) for m in own}) < 2:
            continue
        lead = [m for m in own if _SUBJECT_LEAD.fullmatch(text, ctx.sentences[ctx.sentence_of(m.start)].start, m.start)]
        if lead or own_voice and ms[0].type == "Event":
            m = (lead or own)[0]
            ctx.add(THIS, "reportsOn", ctx.clause_evidence(ctx.sentences[ctx.sentence_of(m.start)], [m]), key, confidence=0.6)


# The cues searched sentence by sentence run only in sentences that hold one of their words
# (kg.extract.prefilter: the same matches; the regex is skipped where it would find nothing).
(_SPEECH_VERB, _SAYS, CRITICISM, _PERSON_ACT, _DEMAND, _FORBID, _DEMAND_OF, _EXPEL, _COMPARE, _ABSOLVE,
 _REPORT_CUE, _MUST_DEMAND, _PRESS_PUBLISHES) = map(gated, (_SPEECH_VERB, _SAYS, CRITICISM, _PERSON_ACT, _DEMAND, _FORBID, _DEMAND_OF, _EXPEL,
                                                           _COMPARE, _ABSOLVE, _REPORT_CUE, _MUST_DEMAND, _PRESS_PUBLISHES))
_PASSIVE_EXPEL, _RU_PASSIVE_EXPEL, _WERE_EXPELLED = map(gated, (_PASSIVE_EXPEL, _RU_PASSIVE_EXPEL, _WERE_EXPELLED))
_TOLD, _ENTRUSTS, _TASK_OF, _ELIDED = map(gated, (_TOLD, _ENTRUSTS, _TASK_OF, _ELIDED))


ORDER = ("leaders", "issues", "dated", "published_in", "authorship", "offices",
         "membership", "part_of", "located_in", "compares_absolves", "reports_on", "references",
         "criticizes", "demands_forbids", "expels", "authorizes")


def run_relations(ctx: Context) -> None:
    # (attribute_quotations is run by extract() before the provisions; it reads only the
    # sentences and mentions, so a second run would write the same speakers again)
    missing = set(RELATION_RULES) - set(ORDER) - {"attribute_quotations"}
    for name in (*ORDER, *sorted(missing)):
        RELATION_RULES[name](ctx)
