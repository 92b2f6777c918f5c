"""Relations that the shape of a phrase states, with no verb to cue them.

* **Offices over lists.** A title before a list of names holds for every name ("Army Commanders
  I. E. Yakir and I. P. Uborevich", «кандидатов в члены ЦК ВКП(б) тт. Родионова М. И. и Попкова
  П. С.»); a membership before a list makes each a member («членами ГКО — К. Е. Ворошилов,
  Г. М. Маленков и Л. П. Берия», «в состав ГКО были введены …», "members of the Politburo
  Molotov and Kaganovich"); a head named with a linking verb heads the body («Председателем ГКО
  стал И. В. Сталин», "P has been elected First Secretary of …", «был избран …», "the Plenum
  elected Comrade Khrushchev First Secretary of …").
* **Organs of organs.** Bodies joined by "and" before the body they belong to are each its part
  ("the Central Committee and the Central Control Commission of the VKP(b)", «обкомы и райкомы
  партии»), as is the last organ inside a longer name ("First Secretary of the Central Committee
  of the CPSU").
* **The press.** A document newspapers carry or print appeared in each of them ("This morning's
  Pravda and Izvestiya carry a communiqué of the Procuracy", "“The New Course”, printed in
  Pravda"); a dispatch that says so reports on it; a paper's editorial appeared in the paper
  that speaks in it («Правда», 23 мая 1943 г. Передовая статья); a communiqué or decision named
  with its body ("communiqué of the Procuracy of the USSR") is that body's.

The stage adds only what the rules of :mod:`kg.extract.relations` did not (``Context.add``
keeps one assertion per triple), with the same evidence model: one contiguous quote.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .context import Context
from .mentions import THIS
from .prefilter import cued as _cued, gated
from . import relations as R
from .relations import _hold, relation_rule

__all__ = ["structure"]

_HON = r"(?:(?:тт?\.|тов\.|товарищ(?:и|ей|ам)?|Comrades?|comrades?|Messrs\.?|Mr\.?)\s*)?"
#: (one name the gazetteer does not know may stand between two it knows: "Kork, Eideman, Feldman,
#: Primakov and Putna")
_NEXT_NAME = re.compile(r"(?:,[ \t]+[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?(?=,))?(?:,[ \t]+(?:and[ \t]+|и[ \t]+)?|,?[ \t]+(?:and|и)[ \t]+)" + _HON)
_FIRST_NAME = re.compile(_HON)
_RANKED = re.compile(r"(?:General|Marshal|Admiral|Colonel|Major|Captain|Commander|Ambassador|Secretary|Commissar|Professor|Academician|"
                     r"Генерал|Маршал|Адмирал|Полковник|Майор|Капитан|Комиссар|Профессор|Академик)\w*\s")


def _names(ctx: Context, at: int, span: int = 400) -> list[Mention]:
    """The persons listed from ``at`` on: "A, B and C", «тт. А и Б»; empty unless a name (or a
    comrade's title before it) stands at ``at``."""
    out: list[Mention] = []
    pos = at
    for p in ctx.in_span(at, at + span, ("Person",)):
        if p.start < pos:
            continue
        gap = ctx.text[pos:p.start]
        if not (_NEXT_NAME if out else _FIRST_NAME).fullmatch(gap) or _RANKED.match(p.text):
            break   # "Marshals Vasilevsky and Konev, General Shtemenko": a name with its own rank
        out.append(p)
        pos = p.end
    return out


def _all_bodies(ctx: Context) -> list[Mention]:
    return sorted((m for m in ctx.mentions + ctx.nested if m.type == "Body"), key=lambda m: (m.start, -m.end))


def _body_at(ctx: Context, at: int, bodies: list[Mention] | None = None) -> Mention | None:
    """The longest body whose name starts at ``at`` (a name of its own or one inside another)."""
    cands = [b for b in (bodies if bodies is not None else _all_bodies(ctx)) if b.start == at]
    return max(cands, key=lambda b: b.end - b.start) if cands else None


# --- offices over lists --------------------------------------------------------------------

#: after an office, before the names: the body or party the office is of, a dash or a colon
_OFFICE_TAIL = re.compile(r"(?:[ \t]+(?:ВКП\s*\(б\)|РКП\s*\(б\)|КПСС|VKP\s*\([bB]\)|RKP\s*\([bB]\)|CPSU))?(?:[ \t]*[—–:][ \t]*|[ \t]+)")


def _office_lists(ctx: Context) -> None:
    """A title followed by two or more names holds for each of them."""
    text = ctx.text
    for pos in (m for m in ctx.mentions if m.type == "Position"):
        g = _OFFICE_TAIL.match(text, pos.end)
        if not g:
            continue
        names = _names(ctx, g.end())
        if len(names) < 2:
            continue
        ev = ctx.evidence(pos.start, names[-1].end)
        for p in names:
            if _MEMBER_WORD.match(pos.text):
                # «члены Президиума ИККИ Г. Димитров, …»: members, whatever the office's label says
                ctx.add(p.key, "holdsPosition", ev, pos.key, confidence=0.7)
            else:
                _hold(ctx, p, pos, ev, 0.7)


_MEMBER_WORD = re.compile(r"(?i)(?<![\w-])(?:(?P<cand>candidate|alternate|кандидат\w*\s+в)\s+)?(?:full\s+)?(?:members?|член(?:ы|ами|ов|ам)?)\s+(?:of\s+(?:the\s+)?)?"
                          r"|(?<![\w-])в\s+состав(?:е)?\s+")
_MEMBERS_THEN = re.compile(r"(?i)[ \t]*(?:[—–:][ \t]*|(?:были\s+|был\s+|была\s+)?(?:введены|включены|вошли|входили|введ[её]н\w*|включ[её]н\w*|кооптирован\w*)\s*:?\s*|(?:were|are|included|became|стали|стал[аи]?)\s+|[ \t]+)" + _HON)
_ORGAN_WORD = re.compile(r"(?i)(?:президиум|бюро|секретариат|пленум|presidium|bureau|secretariat|plenum)\w*\s+")


def _organ_of(ctx: Context, at: int, bodies: list[Mention]) -> tuple[Mention, int] | None:
    """«Президиума ИККИ» where only «ИККИ» is a mention: the organ of that body the text names
    elsewhere («Президиум ИККИ»), matched by the organ word's stem."""
    g = _ORGAN_WORD.match(ctx.text, at)
    if not g:
        return None
    inner = _body_at(ctx, g.end(), bodies)
    if inner is None:
        return None
    stem = g.group(0)[:6].lower()
    for b in bodies:
        if b.key != inner.key and b.text.lower().startswith(stem) and \
                any(n.key == inner.key and b.start < n.start and n.end <= b.end for n in ctx.nested):
            return b, inner.end
    return None


def _member_lists(ctx: Context, bodies: list[Mention], low: str) -> None:
    """«членами ГКО — А, Б и В», «в состав ГКО были введены А, Б и В», "members of the Politburo
    Molotov and Kaganovich": each name is a member of the body (a candidate only holds the
    office, when the text names it)."""
    text = ctx.text
    for g in _cued(text, low, _MEMBER_WORD, ("member", "член", "состав")):
        body = _body_at(ctx, g.end(), bodies)
        organ = None if body is not None else _organ_of(ctx, g.end(), bodies)
        body, end = (body, body.end) if body is not None else organ if organ is not None else (None, 0)
        if body is None or body.is_class:
            continue
        then = _MEMBERS_THEN.match(text, end)
        if not then:
            continue
        names = _names(ctx, then.end())
        if not names or g.group("cand"):
            continue
        ev = ctx.evidence(g.start(), names[-1].end)
        for p in names:
            ctx.add(p.key, "memberOf", ev, body.key, confidence=0.7)


#: after a list of names, the verb that seats them: "A, B and C became candidate members of the
#: Politburo", "were elected members of …", «стали членами …», «были избраны членами …»
_SEATED = re.compile(r"(?:,?\s+(?:in\s+\d{4}|then|also|later|тогда|также)\s*,?)?\s+(?:became|become|becomes|were\s+(?:\w+ly\s+)?(?:elected|made|appointed|co-opted|promoted)(?:\s+as)?|"
                     r"стали|были\s+(?:избраны|введены|назначены|кооптированы))\s+(?:the\s+|a\s+|new\s+)*")
#: «в Политбюро вошли А, Б и В», «… группу, в которую входили А и Б»: the body, the verb, the names
_ENTERED = re.compile(r"(?<![\w-])[вВ] ")
_ENTERED_THEN = re.compile(r"\s+(?:(?:также|тогда|вновь|снова)\s+)?(?:вошли|входили|были\s+(?:введены|избраны|включены))\s*:?\s*" + _HON)


def _members_named_before(ctx: Context, bodies: list[Mention], low: str) -> None:
    """The names before the seat: "Ordzhonikidze, Andreyev, Kirov, Mikoyan and Kaganovich became
    candidate members of the Politburo" (each holds that office), "A and B were elected members
    of the Presidium" (each is a member); and the Russian order «в Политбюро вошли Зиновьев,
    Каменев, …» (each is a member of the body)."""
    text = ctx.text
    if any(c in low for c in ("became", "become", "were ", "стали", "были ")):
        persons = sorted((m for m in ctx.mentions if m.type == "Person"), key=lambda m: m.start)
        run: list[Mention] = []
        for k, p in enumerate(persons):
            if run and not _NEXT_NAME.fullmatch(text[run[-1].end:p.start]):
                run = []
            run.append(p)
            nxt = persons[k + 1] if k + 1 < len(persons) else None
            if nxt is not None and _NEXT_NAME.fullmatch(text[p.end:nxt.start]):
                continue
            g = _SEATED.match(text, p.end)
            if g is None:
                continue
            names, run = run, []
            pos = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Position",)) if x.start == g.end()]
            ev = ctx.evidence(names[0].start, (pos[0].end if pos else g.end()))
            if pos:
                for n in names:
                    _hold(ctx, n, pos[0], ctx.evidence(names[0].start, pos[0].end), 0.7)
                continue
            w = _MEMBER_WORD.match(text, g.end())
            body = _body_at(ctx, w.end(), bodies) if w and not w.group("cand") and "состав" not in w.group(0) else None
            if body is not None and not body.is_class:
                ev = ctx.evidence(names[0].start, body.end)
                for n in names:
                    ctx.add(n.key, "memberOf", ev, body.key, confidence=0.7)
    if " в" in low or "\nв" in low:
        for g in _cued(text, low, _ENTERED_THEN, ("вошли", "входили", "введены", "избраны", "включены"), back=16, ahead=30):
            body = next((b for b in reversed(ctx.in_span(max(0, g.start() - ctx.MAX_MENTION), g.start(), ("Body",)))
                         if b.end == g.start()), None)
            if body is None or body.is_class or not _ENTERED.fullmatch(text, max(0, body.start - 2), body.start):
                continue
            names = _names(ctx, g.end())
            if names:
                ev = ctx.evidence(body.start - 2, names[-1].end)
                for n in names:
                    ctx.add(n.key, "memberOf", ev, body.key, confidence=0.7)


#: «В состав этой группы входили: профессор М. С. Вовси, …», «… группу членов ЦК, в которую входили
#: С. М. Киров, …»: the members of a body or group the text has just named
_THIS_GROUP_MEMBERS = re.compile(r"(?:(?<![\w-])[Вв]\s+состав\s+(?:этой|данной|указанной|той)\s+(?P<noun>групп\w*|организаци\w*|комисси\w*)|"
                                 r"(?P<members>член(?:ов|ы)\s+)(?=\S)[^,.;]{1,40}?,\s+в\s+котор\w+)\s+входил[аи]?\s*:?\s*")
_PROFESSION = re.compile(r"(?:профессор\w*|врач\w*|доктор\w*|академик\w*|инженер\w*)\s+")


def _members_of_antecedent(ctx: Context, bodies: list[Mention], low: str) -> None:
    text = ctx.text
    for g in _cued(text, low, _THIS_GROUP_MEMBERS, ("входил",), back=120, ahead=12):
        if g.group("members"):
            # «группу членов ЦК, в которую входили …»: members of the body the phrase names
            at = g.start("members") + len(g.group("members"))
            body = _body_at(ctx, at, bodies)
            if body is None or body.is_class:
                continue
            target = body
        else:
            stem = g.group("noun")[:5].lower()
            cands = [m for m in ctx.in_span(max(0, g.start() - 600), g.start(), ("Group", "Body"))
                     if stem in m.text.lower() and (m.type == "Group" or not m.is_class)]
            if not cands:
                continue
            target = cands[-1]
        names, pos = [], g.end()
        for p in ctx.in_span(g.end(), g.end() + 1500, ("Person",)):
            gap = text[pos:p.start]
            lead = r"\s*" if not names else r"\s*,\s*(?:и\s+)?|\s+и\s+"
            if not re.fullmatch(r"(?:" + lead + r")(?:" + _PROFESSION.pattern + r")?" + _HON, gap):
                break
            names.append(p)
            pos = p.end
        for p in names:
            ctx.add(p.key, "memberOf", ctx.evidence(g.start(), p.end), target.key, confidence=0.65)


_COMPOSED = re.compile(r"(?i)(?<![\w-])(?:в\s+составе|consisting\s+of|composed\s+of)\s*:?\s*")
_NEXT_MEMBER = re.compile(r"(?:,|\s+и|\s+and)\s+[^.;()\n]{0,120}?")
_PRESIDING = re.compile(r"(?i)председательствующ\w*|presiding|chairman\s*[—–:]")


def _compositions(ctx: Context, low: str) -> None:
    """«Специальное судебное присутствие Верховного Суда СССР в составе: председательствующего —
    Маршала Советского Союза И. С. Конева, членов присутствия: Председателя ВЦСПС Н. М. Шверника,
    …»: each name of the list (whatever office it is named with) sits on the body; the one
    presiding heads it."""
    text = ctx.text
    for g in _cued(text, low, _COMPOSED, ("в составе", "consisting of", "composed of")):
        before = [b for b in ctx.in_span(max(0, g.start() - ctx.MAX_MENTION), g.start(), ("Body",)) if g.start() - b.end < 60]
        if not before or before[-1].is_class or re.search(r"[.;]\s", text[before[-1].end:g.start()]):
            continue
        k = len(before) - 1
        while k > 0 and re.fullmatch(r"\s+(?:of\s+(?:the\s+)?)?", text[before[k - 1].end:before[k].start]):
            k -= 1   # «присутствие Верховного Суда СССР в составе»: the organ, not the court it is of
        body, pos, out = before[k], g.end(), []
        if re.match(r"[А-ЯЁа-яё]+(?:ого|его)\s", body.text) and re.search(r"[а-яё]\s+$", text[max(0, body.start - 3):body.start]):
            continue   # «… присутствие Верховного Суда СССР в составе»: a genitive, the organ of that body is not named
        for p in ctx.in_span(g.end(), g.end() + 2000, ("Person",)):
            gap = text[pos:p.start]
            if out and not _NEXT_MEMBER.fullmatch(gap) or not out and (len(gap) > 150 or re.search(r"[.;]", gap)):
                break
            out.append((p, gap))
            pos = p.end
        for p, gap in out:
            ev = ctx.evidence(body.start if p is out[0][0] else p.start - len(gap.lstrip(" ,")), p.end)
            ctx.add(p.key, "headOf" if _PRESIDING.search(gap) else "memberOf", ev, body.key, confidence=0.7)


_HEAD_THEN = re.compile(r"(?i)(?<![\w-])(?:председател(?:ем|ь)|руководител(?:ем|ь)|начальник(?:ом)?|заведующ(?:ей|им|ий|ая)|chairman|head)\s+(?:of\s+(?:the\s+)?)?")
_BECAME = re.compile(r"\s+(?:стал[аи]?|был[аи]?\s+(?:назначен|избран)\w*|был[аи]?|(?:назначен|избран)\w*|became|was\s+(?:appointed|elected|made))\s+" + _HON)


def _heads_named_after(ctx: Context, bodies: list[Mention], low: str) -> None:
    """«Председателем ГКО стал И. В. Сталин», "head of the commission became Yezhov"."""
    text = ctx.text
    for g in _cued(text, low, _HEAD_THEN, ("председател", "руководител", "начальник", "chairman", "head")):
        if re.search(r"(?i)(?:заместител\w*|deputy|vice)\s+$", text[max(0, g.start() - 16):g.start()]):
            continue
        body = _body_at(ctx, g.end(), bodies)
        if body is None or body.is_class:
            continue
        b = _BECAME.match(text, body.end)
        names = _names(ctx, b.end()) if b else []
        if len(names) == 1:
            ev = ctx.evidence(g.start(), names[0].end)
            ctx.add(names[0].key, "headOf", ev, body.key, confidence=0.7)
            office = [x for x in ctx.in_span(g.start(), body.end + 1, ("Position",)) if x.start == g.start()]
            if office:
                ctx.add(names[0].key, "holdsPosition", ev, office[0].key, confidence=0.7)


#: Russian word order, the body first: «отдел возглавила Александра Коллонтай», «отделом заведовала
#: Клавдия Николаева», «Комиссию возглавил тов. Шкирятов»; the body is named, or (a bare «отдел»,
#: «комиссия») the subject of the entry or the body of that kind the paragraph named last
_LED_VERB_RU = re.compile(r"(?<![\w-])(?:возглавил[аи]?|возглавлял[аи]?|заведовал[аи]?|руководил[аи]?)\s+" + _HON)
_BARE_ORGAN_RU = re.compile(r"(?i)(?<![\w-])(?P<noun>отдел|комисси|комитет|управлени|бюро|совет|секретариат)(?:ом|ей|ю|я|а|ем|е|ия|ию|ией)?\s+$")
#: then the one after him: «, которую в 1922 году сменила Софья Смидович», «, затем, до 1930 года, Александра Артюхина»
_THEN_NEXT_RU = re.compile(r",\s+(?:(?:которую|которого|которых)\s+(?:[^,.;]{1,30}?\s+)?(?:сменил[аи]?|заменил[аи]?)|(?:а\s+)?(?:затем|потом|позднее|после\s+него|после\s+неё)"
                           r"(?:,\s+[^,.;]{1,30},|\s+[^,.;]{1,30}?)?)\s+" + _HON)


def _led_ru(ctx: Context, bodies: list[Mention]) -> None:
    text = ctx.text
    if not any(w in ctx.low for w in ("возглав", "заведовал", "руководил")):
        return
    for g in _LED_VERB_RU.finditer(text):
        names = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Person",)) if x.start == g.end()]
        if not names:
            continue
        before = text[max(0, g.start() - 60):g.start()]
        body = next((b for b in reversed(ctx.in_span(max(0, g.start() - ctx.MAX_MENTION), g.start(), ("Body",)))
                     if re.fullmatch(r"\s*", text[b.end:g.start()])), None)
        if body is None:
            bare = _BARE_ORGAN_RU.search(before)
            if bare is None:
                continue
            stem = bare.group("noun").lower()
            topic = R._topic_body(ctx, g.start())
            prior = [b for b in ctx.in_span(max(g.start() - 800, 0), g.start(), ("Body",))
                     if not b.is_class and stem in (b.text + " " + b.label).lower()]
            body = topic if topic is not None and stem in (topic.text + " " + topic.label + " " + topic.key).lower() else (prior[-1] if prior else topic)
            if body is None:
                continue
        elif re.search(r"(?<![\w-])(?:который|которая|которое|которые|кто)\s+$", text[max(0, body.start - 12):body.start]):
            continue
        if body.is_class:
            continue
        p = names[0]
        bare = _BARE_ORGAN_RU.search(before)
        start = body.start if body.end == g.start() or bare is None else g.start() - len(bare.group(0))
        ctx.add(p.key, "headOf", ctx.evidence(start, p.end), body.key, confidence=0.7)
        while True:
            n = _THEN_NEXT_RU.match(text, p.end)
            nxt = [x for x in ctx.in_span(n.end(), n.end() + ctx.MAX_MENTION, ("Person",)) if x.start == n.end()] if n else []
            if not nxt:
                break
            ctx.add(nxt[0].key, "headOf", ctx.evidence(p.start, nxt[0].end), body.key, confidence=0.65)
            p = nxt[0]


#: after an office in the instrumental, the verb that fills it: «первым секретарём обкома избран
#: В. М. Андрианов», «Наркомом внутренних дел назначен Н. И. Ежов», "Secretary of the CC became …"
_FILLED_BY = re.compile(r"\s+(?:был[аи]?\s+|(?:вновь|снова|затем|тогда)\s+)?(?:избран[аы]?|назначен[аы]?|утвержд[её]н[аы]?|выдвинут[аы]?|стал[аи]?)\s+" + _HON)


def _offices_filled(ctx: Context, bodies: list[Mention]) -> None:
    """An office named first, then the verb, then the one who took it (Russian word order):
    «первым секретарём обкома избран В. М. Андрианов»: he holds it (and heads the body it heads)."""
    text = ctx.text
    for pos in (m for m in ctx.mentions if m.type == "Position"):
        end = pos.end
        b = _body_at(ctx, end + 1, bodies) if text[end:end + 1] == " " else None
        if b is not None:
            end = b.end    # «первым секретарём обкома»: the body the office is of
        g = _FILLED_BY.match(text, end)
        names = _names(ctx, g.end()) if g else []
        if len(names) == 1:
            _hold(ctx, names[0], pos, ctx.evidence(pos.start, names[0].end), 0.7)


_ELECTED = re.compile(r"(?i)\s+(?:(?:has|had|have)\s+been|was|were|is|был[аи]?|будет)\s+(?:(?:\w+ly|also|then|later|now|unanimously|также|затем)\s+)?"
                      r"(?:elected|appointed|named|confirmed|made|promoted|re-elected|избран\w*|назначен\w*|утвержд[её]н\w*|переизбран\w*)\s+(?:as\s+)?(?:the\s+)?")
#: the verb before the name: "the Plenum elected Comrade Khrushchev First Secretary of …",
#: "which in turn confirmed N. S. Khrushchev as First Secretary", «избрал тов. А первым секретарём»
_ELECTING = re.compile(r"(?i)\b(?:elected|appointed|confirmed|named|made|chose|избрал[аи]?|назначил[аи]?|утвердил[аи]?)\s+" + _HON + "$")


def _elected(ctx: Context) -> None:
    """"Comrade P. K. Ponomarenko has been elected First Secretary of the CC of …", "the Plenum
    elected Comrade Khrushchev First Secretary of the Central Committee"."""
    text = ctx.text
    for p in (m for m in ctx.mentions if m.type == "Person"):
        g = _ELECTED.match(text, p.end)
        if not g and _ELECTING.search(text, max(0, p.start - 30), p.start):
            g = re.compile(r"\s+(?:as\s+)?(?:the\s+)?").match(text, p.end)
        if not g:
            continue
        pos = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Position",)) if x.start == g.end()]
        if pos:
            _hold(ctx, p, pos[0], ctx.evidence(p.start, pos[0].end), 0.75)


#: an election or appointment with the office as its complement: "the plenum elected L. M.
#: Kaganovich first secretary", "elected Aristov, Belyaev and Shepilov, the editor of Pravda,
#: secretaries of the Central Committee", "elected M. Khrushchev, hitherto …, as acting first
#: secretary", "was appointed a fortnight ago deputy chairman of the Council of People's Commissars"
_ELECTS = gated(re.compile(r"(?<![\w-])(?P<passive>(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|then\s+)?)?"
                           r"(?:elected|re-elected|appointed|confirmed|named|co-opted|designated|promoted)(?![\w-])"))
_NAME_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME_APPOSITION = re.compile(r",\s+[^,;:()\n]{2,120}?,\s+(?:and\s+)?")
_COMPLEMENT = re.compile(r"(?:\s+(?:a\s+(?:\w+\s+)?ago|today|yesterday|recently|at\s+the\s+same\s+time|in\s+(?:his|her|their)\s+place|in\s+\w+\s+\d{4}))?"
                         r"(?:,\s+)?\s*(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?(?P<acting>acting\s+)?")
_MEMBERS_COMPLEMENT = re.compile(r"(?i)(?:full\s+)?members?\s+of\s+(?:the\s+)?")
_PLENUM = re.compile(r"(?i)plenum|plenary|пленум")


def _electing_body(ctx: Context, at: int) -> str | None:
    """The body whose office a plenum fills: "the plenum of the CC KP(b)U … elected …" names it."""
    i = ctx.sentence_of(at)
    if i < 0:
        return None
    bodies = [b for b in ctx.in_span(ctx.sentences[i].start, at, ("Body",)) if not b.is_class]
    plenums = [b for b in bodies if _PLENUM.search(b.text + " " + b.key)]
    if not plenums:
        # "the Central Committee … elected": a committee just before the verb
        return bodies[-1].key if bodies and at - bodies[-1].end < 40 and re.search(r"(?i)committee|комитет|bureau|бюро", bodies[-1].text) else None
    b = plenums[-1]
    inner = [n for n in ctx.nested if n.type == "Body" and b.start < n.start and n.end <= b.end and not n.is_class]
    if inner:
        return inner[0].key
    parent = next((a.object for a in ctx.assertions if a.subject == ctx.key(b.key) and a.predicate == "partOf"), None)
    if parent is None:
        e = ctx.entry(b.key)
        parent = getattr(e, "part_of", None) if e is not None else None
    return parent


def _elected_lists(ctx: Context) -> None:
    """What :func:`_elected` leaves: a list of names with appositions, a pronoun subject, the office
    of the body whose plenum elects, "director of BODY", "members of BODY"."""
    text = ctx.text
    persons = [m for m in ctx.mentions if m.type == "Person"]
    if not persons:
        return
    for g in _cued(text, ctx.low, _ELECTS, ("elected", "appointed", "confirmed", "named", "co-opted", "designated", "promoted"), back=40, ahead=30):
        names: list[Mention] = []
        pronoun = re.search(r"(?<![\w-])(?:[Hh]e|[Ss]he)\s+(?:(?:was|had\s+been|has\s+been)\s+[^.;:]{0,80}?\s+and\s+)?$", text[max(0, g.start() - 100):g.start()])
        if g.group("passive") or pronoun:
            # "M. Kossior, who …, was appointed …": the one named before; "he was removed from that
            # post and appointed chairman of …": the one the pronoun stands for
            before = ctx.in_span(max(0, g.start() - 400), g.start(), ("Person",))
            if not before or not (re.fullmatch(r"(?:,\s+[^,;:()\n]{2,150}?,)?\s+", text[before[-1].end:g.start()]) or
                                  pronoun and not re.search(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b", text[before[-1].end:g.start() - len(pronoun.group(0))])):
                continue
            names, at = [before[-1]], g.end()
        else:
            h = re.match(r"\s+(?:(?:Comrades?|comrades?|Messrs\.?|Mr\.|M\.)\s+)?", text[g.end():g.end() + 14])
            at = g.end() + (h.end() if h else 0)
            while True:
                q = [x for x in ctx.in_span(at, at + ctx.MAX_MENTION, ("Person",)) if x.start == at]
                if not q:
                    break
                names.append(q[0])
                at = q[0].end
                sep = next((m for m in (_NAME_SEP.match(text, at), _NAME_APPOSITION.match(text, at))
                            if m and [x for x in ctx.in_span(m.end(), m.end() + ctx.MAX_MENTION, ("Person",)) if x.start == m.end()]), None)
                if sep:
                    at = sep.end()
                    continue
                app = _NAME_APPOSITION.match(text, at)
                if app and not re.search(r"\band\s+$", app.group(0)):
                    at = app.end() - 1   # "…, the editor of Pravda, secretaries of …": the complement after it
                break
            if not names:
                continue
        c = _COMPLEMENT.match(text, at)
        if not c or c.end() == at and not text[at - 1:at].isspace():
            continue
        pos = [x for x in ctx.in_span(c.end(), c.end() + ctx.MAX_MENTION, ("Position",)) if x.start == c.end()]
        office = None if pos else R._OFFICE_OF_PHRASE.match(text, c.end())
        if office:
            # "was appointed director of the Institute of Linguistics": an office of the body named
            body = [b for b in ctx.in_span(office.end(), office.end() + ctx.MAX_MENTION, ("Body",)) if b.start == office.end() and not b.is_class]
            if body and len(names) == 1 and not R._DEPUTY.search(text[max(0, c.end() - 12):c.end()]):
                word = re.sub(r"\s+", " ", office.group("word").lower())
                ev = ctx.evidence(min(g.start(), names[0].start), body[0].end)
                R._fill(ctx, names[0], None, body[0], word, ev, 0.65)   # (an office the mention rules did not name: no Position)
            continue
        members = None if pos else _MEMBERS_COMPLEMENT.match(text, c.end())
        if pos:
            p0 = pos[0]
            ev = ctx.evidence(min(g.start(), names[0].start), p0.end)
            if R._MEMBER_OFFICE.match(p0.text):
                body = R._office_body(ctx, p0)
                if body and not R._DEPUTY.search(p0.text):
                    for q in names:
                        ctx.add(q.key, "memberOf", ev, body, confidence=0.65)
                continue
            body = R._office_body(ctx, p0)
            for q in names:
                _hold(ctx, q, p0, ev, 0.7)
            if body is None and R._HEAD_OFFICE.match(p0.text) and not R._DEPUTY.search(p0.text) and len(names) == 1:
                # "the plenum … elected L. M. Kaganovich first secretary": of the body that elects
                parent = _electing_body(ctx, g.start())
                if parent:
                    ctx.add(names[0].key, "headOf", ev, parent, confidence=0.6)
        elif members:
            bodies = [b for b in ctx.in_span(c.end() + members.end(), c.end() + members.end() + ctx.MAX_MENTION, ("Body",))
                      if b.start == c.end() + members.end() and not b.is_class]
            if bodies:
                ev = ctx.evidence(min(g.start(), names[0].start), bodies[0].end)
                for q in names:
                    ctx.add(q.key, "memberOf", ev, bodies[0].key, confidence=0.65)


#: an office named as the post someone is given or loses: "removed Beria from the post of Minister of
#: Internal Affairs", "relieved of his post as Secretary of the Central Committee", «снять с поста
#: министра внутренних дел», «был снят с должности председателя Госплана», «назначить на пост …»
_POST = re.compile(r"(?i)\b(?:from|to|of|into)\s+(?:the|his|her|their)\s+(?:post|position|office)s?\s+(?:of|as)\s+(?:the\s+)?|"
                   r"(?<![\w-])(?:с|на)\s+(?:пост(?:а|у)?|должност(?:и|ь)|обязанност(?:ей|и))\s+")
_PRONOUN_OBJECT = re.compile(r"(?i)\b(?:him|her|them|его|её|ее|их)\s+$")


def _posts(ctx: Context, low: str) -> None:
    """The person a clause gives or takes an office is its holder: the name just before the post
    ("to remove Beria from the post of …", «Попков был снят с поста …»), or the one a pronoun
    stands for ("… Stalin … removing him from the post of General Secretary")."""
    text = ctx.text
    last: tuple[Mention, int] | None = None   # the holder and the end of the post last read
    for g in _cued(text, low, _POST, ("post", "position", "office", "пост", "должност", "обязанност"), back=30, ahead=20):
        pos = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Position",)) if x.start == g.end()]
        i = ctx.sentence_of(g.start())
        if not pos or i < 0:
            continue
        sent = ctx.sentences[i]
        if last is not None and sent.start <= last[1] and re.fullmatch(r"\s*,?\s+(?:and|и)\s+|\s*,\s+", text[last[1]:g.start()]):
            p = last[0]   # «с поста первого заместителя … и с поста министра …»: the same holder
        else:
            persons = [x for x in ctx.in_span(sent.start, g.start(), ("Person",)) if x.end <= g.start()]
            if not persons:
                continue
            p = persons[-1]
            gap = text[p.end:g.start()]
            if re.match(r"(?i)to|into|на", g.group(0)) and re.search(r"(?i)\b(?:be|should|would|will|shall|must|proposed|proposes|recommended)\b|(?<![\w-])(?:предлага\w*|следует|должен|будет)(?![\w-])", gap):
                continue   # "that Comrade Yezhov be nominated to the post of …": a proposal, not an office held
                # (one removed from a post held it: "proposed … removing him from the post of …")
            if not (len(gap) <= 60 and not re.search(r"[;:()]|,\s+(?:who|which|and|but)\b|\b(?:and|и)\s+(?:the\s+)?[A-ZА-ЯЁ]", gap)
                    or _PRONOUN_OBJECT.search(text, max(sent.start, g.start() - 12), g.start()) and len(gap) <= 160):
                continue
        last = (p, pos[0].end)
        _hold(ctx, p, pos[0], ctx.evidence(p.start, pos[0].end), 0.65)


_SUCCEEDED = re.compile(r"\s+(?:succeeded|replaced|сменил[аи]?|заменил[аи]?)\s+" + _HON)
_INSTEAD = re.compile(r"(?i)(?<![\w-])(?:вместо|in\s+place\s+of)\s+")


def _successors(ctx: Context) -> None:
    """"In Leningrad, where A. A. Zhdanov succeeded Kirov", «в ноябре 1944 вместо Ворошилова —
    Н. А. Булганин»: the successor takes the offices the text gave his predecessor (the bodies he
    headed; and, named in a list of members, the seat), unless it names the office ("succeeded Kirov as
    first secretary": offices). Succeeding a man in one post does not give his other seats."""
    text = ctx.text
    pairs = []
    for a in (m for m in ctx.mentions if m.type == "Person"):
        g = _SUCCEEDED.match(text, a.end)
        b = [x for x in ctx.in_span(g.end(), g.end() + 80, ("Person",)) if x.start == g.end()] if g else []
        if b and not re.match(r"\s+as\b", text[b[0].end:b[0].end + 4]):
            pairs.append((a, b[0], ("headOf",)))
    for g in _INSTEAD.finditer(text) if "вместо" in text or "in place of" in text else ():
        b = [x for x in ctx.in_span(g.end(), g.end() + 80, ("Person",)) if x.start == g.end()]
        d = re.match(r"\s*[—–-]\s*|,\s+", text[b[0].end:b[0].end + 4]) if b else None
        a = [x for x in ctx.in_span(b[0].end + d.end(), b[0].end + d.end() + 80, ("Person",)) if x.start == b[0].end + d.end()] if d else []
        if a:
            pairs.append((a[0], b[0], ("headOf", "memberOf")))
    if not pairs:
        return
    held = [(x.subject, x.predicate, x.object) for x in ctx.assertions if x.predicate in ("headOf", "memberOf")]
    for a, b, preds in pairs:
        if a.key == b.key:
            continue
        for subj, pred, body in held:
            if subj == ctx.key(b) and pred in preds:
                ctx.add(a.key, pred, ctx.evidence(min(a.start, b.start), max(a.end, b.end)), body, confidence=0.6)


#: "He was succeeded in February 1935 by N. I. Yezhov"
_SUCCEEDED_BY = gated(re.compile(r"(?<![\w-])(?:was|had\s+been|were)\s+(?:\w+ly\s+)?succeeded\s+(?:(?:in|on|from)\s+[^,;.()]{1,40}?\s+)?by\s+(?:(?:Comrade|comrade)\s+)?"))


def _succeeded_by(ctx: Context) -> None:
    """"He was succeeded in February 1935 by N. I. Yezhov": the successor holds the offices the
    text has just given the one he succeeded."""
    text = ctx.text
    for g in _cued(text, ctx.low, _SUCCEEDED_BY, ("succeeded",), back=20, ahead=70):
        nxt = [x for x in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Person",)) if x.start == g.end()]
        if not nxt:
            continue
        before = [x for x in ctx.in_span(max(0, g.start() - 400), g.start(), ("Person",))]
        if not before:
            continue
        gap = text[before[-1].end:g.start()]
        if not (re.fullmatch(r"(?:\s*\([^()]{1,40}\))?\s*", gap)
                or re.search(r"(?:^|[.!?]\s+)(?:He|She)\s+$", gap) and not re.search(r"[.!?]\s.*[.!?]\s", gap)):
            continue
        prev = before[-1]
        offices = [a for a in ctx.assertions if a.subject == ctx.key(prev.key) and a.predicate in ("holdsPosition", "headOf")
                   and a.evidence is not None and g.start() - 500 <= a.evidence.start <= g.start()]
        for a in offices:
            ctx.add(nxt[0].key, a.predicate, ctx.evidence(g.start() if gap.strip() else prev.start, nxt[0].end), a.object, confidence=0.6)


# --- organs of organs ------------------------------------------------------------------------

_OF = re.compile(r"\s+of\s+(?:the\s+)?$")
_PARTY_INITIALS = re.compile(r"(?:ВКП|РКП|КПСС|VKP|RKP|RCP|CPSU)\s*(?:\([бbБB]\))?|партии|the\s+[Pp]arty|[Pp]arty")
_AND = re.compile(r"\s+(?:and|и)\s+(?:the\s+)?|,\s+(?:and\s+)?(?:the\s+)?")
#: (numbers may stand before each organ: «17 обкомов, 59 горкомов и 412 райкомов партии»)
_AND_BEFORE = re.compile(f"(?:{_AND.pattern})(?:\\d[\\d ]*\\s+)?$")


def _organs_of(ctx: Context, bodies: list[Mention]) -> None:
    """"the CC and the CCC of the VKP(b)", «обкомы и
    райкомы партии», "First Secretary of the CC of the CPSU": each organ joined
    before the body it is of is part of it."""
    text = ctx.text
    ends: dict[int, list[Mention]] = {}
    for b in bodies:
        ends.setdefault(b.end, []).append(b)
    for parent in bodies:
        if parent.is_class:
            continue
        lead = text[max(0, parent.start - 8):parent.start]
        g = _OF.search(lead)
        genitive = not g and lead.endswith(" ") and _PARTY_INITIALS.fullmatch(parent.text)
        if not g and not genitive:
            continue
        at = parent.start - (len(lead) - g.start() if g else 1)
        heads = [b for b in ends.get(at, []) if b.key != parent.key and b.start < at]
        if not heads:
            # "the Central Control Commission of the VKP(b)" as one name: the organs joined before it
            # («райкомам и горкомам ВКП(б)» shares the party between classes of committees; «ЦК ВКП(б)»
            # after «Президиума Верховного Совета СССР, …» does not)
            heads = [b for b in ctx.covering(parent.start) if b.type == "Body" and b.start < at and b.end == parent.end
                     and b.key != parent.key and (g or b.is_class)] if _PARTY_INITIALS.fullmatch(parent.text) else []
            if not heads:
                continue
        head = min(heads, key=lambda b: b.end - b.start)   # the organ itself, not a name around it
        chain = [head]
        while True:
            a = _AND_BEFORE.search(text, max(0, chain[-1].start - 20), chain[-1].start)
            prev = ends.get(a.start(), []) if a else []
            if not prev:
                break
            chain.append(min(prev, key=lambda b: b.end - b.start))
        nested = any(n is head for n in ctx.nested)
        if len(chain) == 1 and not nested:
            continue   # a name of its own before "of": kg.extract.relations.part_of reads it
        if nested and head.is_class:
            continue   # «первого секретаря Московского областного комитета КПСС»: one committee, not the class
        for b in chain:
            if b.key != parent.key:
                ctx.add(b.key, "partOf", ctx.evidence(b.start, parent.end), parent.key, confidence=0.7)


# --- the press -------------------------------------------------------------------------------

_PRESS = re.compile(r"(?i)newspaper|journal|magazine|gazette|\bpress\b|газет|журнал|печать")
_CARRY = re.compile(r"(?i)\s+(?:this\s+morning\s+|today\s+|yesterday\s+|also\s+)?(?:carry|carries|carried|print|prints|printed|publish|publishes|published|run|runs|ran)\s+"
                    r"(?:(?:a|an|the|today|this\s+morning|yesterday)\s+)*(?:[\w-]+\s+){0,2}?")
_PRINTED_IN = re.compile(r"[»\"”’]?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|originally)\s+)?(?:printed|published|appeared|carried)\s+in\s+"
                         r"(?:the\s+|today['’]s\s+|this\s+morning['’]s\s+|yesterday['’]s\s+)?"
                         r"|[»\"”]?,?\s+(?:был[аои]?\s+)?(?:опубликован\w*|напечатан\w*|помещ[её]н\w*)\s+(?:во?\s+)?(?:(?:газете|журнале)\s+)?")
#: a participle's clause before the one that prints it: "…, approved by the Central Committee and
#: printed in Pravda", «…», одобренного Центральным Комитетом ВКП(б) и напечатанного в газете «Правда»
_OTHER_PARTICIPLE = re.compile(r"[»\"”]?,\s+(?:одобренн|принят|утвержд[её]нн|изданн|подписанн|adopted|approved|issued|signed)\w*\s+[^,;.:«»\"“”\n]{0,80}?"
                               r"\s+(?:и|and)(?=\s+(?:напечатанн|опубликованн|помещ[её]нн|printed|published))")
#: «в печати опубликовано постановление …», «„Правда“ опубликовала постановление …»
_PRESS_PRINTS = re.compile(r"\s+(?:(?:вчера|сегодня)\s+)?(?:был[оаи]?\s+)?(?:опубликован\w*|напечатан\w*|помещ[её]н\w*|опубликовал\w*|напечатал\w*|поместил\w*)\s+")
_EDITORIAL = re.compile(r"(?i)передов\w+\s+стать\w*|редакционн\w+\s+стать\w*|editorial|leading\s+article")
#: a heading that names the item before its paper: "Editorial of Pravda", «Редакционная статья газеты «Правда»»
_EDITORIAL_OF = re.compile(r"(?i)\s*(?:(?:передов|редакционн)\w+\s+стать\w+|передовая|editorial|leading\s+article)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:газеты|журнала|newspaper|journal)\s+)?")
_DISPATCH = {"telegram", "dispatch", "despatch", "memorandum", "airgram", "report", "note"}
_ISSUED_KIND = re.compile(r"(?i)^(?:the\s+|a\s+)?(?:communiqu[eé]|statement|announcement|decision|resolution|decree|order|directive|appeal|declaration|"
                          r"сообщени\w*|постановлени\w*|решени\w*|указ\w*|приказ\w*|обращени\w*|заявлени\w*)\s+(?:of|by)\s+(?:the\s+)?")


_TEXT_IN = gated(re.compile(r"(?i)\b(?:full\s+|complete\s+|official\s+)?text(?P<of>\s+of\s+(?:the\s+)?[\w\s-]{2,60}?)?\s+(?:was\s+|is\s+)?(?:printed|published|appears?|appeared|carried)\s+in\s+"
                      r"(?:(?:this|yesterday['’]s|today['’]s|this\s+morning['’]s|the)\s+)?(?:(?:morning['’]s|evening['’]s)\s+)?"))


def _is_press(ctx: Context, m: Mention) -> bool:
    e = ctx.entry(m.key)
    return _names_press((e.label if e is not None else m.label) or "")


@lru_cache(maxsize=4096)
def _names_press(label: str) -> bool:
    """Whether a body's label names a paper, a journal, the press (asked of every body of
    every sentence; a document names few bodies, many times)."""
    return _PRESS.search(label) is not None


def _press(ctx: Context, bodies: list[Mention]) -> None:
    text = ctx.text
    dispatch = ctx.genre in _DISPATCH
    # "Pravda and Izvestiya carry a communiqué …": the document appeared in each paper
    for i, sent in enumerate(ctx.sentences):
        ms = ctx.sentence_mentions(i)
        press = [m for m in ms if m.type == "Body" and _is_press(ctx, m)]
        for last in press:
            g = _CARRY.match(text, last.end)
            if not g:
                continue
            docs = [d for d in ms if d.type == "Document" and d.key != THIS and 0 <= d.start - g.end() <= 3]
            if not docs:
                continue
            papers = [last]
            while True:
                prev = [b for b in press if b.end < papers[-1].start and _AND.fullmatch(text[b.end:papers[-1].start])]
                if not prev:
                    break
                papers.append(prev[-1])
            ev = ctx.clause_evidence(sent, [papers[-1], docs[0]])
            for b in papers:
                ctx.add(docs[0].key, "publishedIn", ev, b.key, confidence=0.75)
            if dispatch and ctx.speaker_of(i) == ctx.doc.id:
                ctx.add(THIS, "reportsOn", ev, docs[0].key, confidence=0.75)
    for b in bodies:
        if _is_press(ctx, b):
            g = _PRESS_PRINTS.match(text, b.end)
            docs = [d for d in ctx.in_span(g.end(), g.end() + ctx.MAX_MENTION, ("Document",)) if d.start == g.end() and d.key != THIS] if g else []
            if docs:
                ctx.add(docs[0].key, "publishedIn", ctx.evidence(b.start, docs[0].end), b.key, confidence=0.75)
    # "“The New Course”, printed in Pravda on 11 December"
    for d in (m for m in ctx.mentions if m.type == "Document" and m.key != THIS):
        g = _PRINTED_IN.match(text, d.end)
        if g is None:
            p = _OTHER_PARTICIPLE.match(text, d.end)
            g = _PRINTED_IN.match(text, p.end()) if p else None
        if g:
            b = _body_at(ctx, g.end(), bodies)
            if b is not None and _is_press(ctx, b):
                ctx.add(d.key, "publishedIn", ctx.evidence(d.start, b.end), b.key, confidence=0.75)
    for d in (m for m in ctx.mentions if m.type == "Document" and m.key != THIS):
        # "The Pravda editorial", "Pravda's leading article of 24 January": the paper's own piece
        b = _body_at(ctx, d.start, bodies)
        if b is not None and b.end < d.end and _is_press(ctx, b) and _EDITORIAL.search(d.text[b.end - d.start:]):
            ctx.add(d.key, "publishedIn", ctx.evidence(d.start, d.end), b.key, confidence=0.7)
        # "“Dizzy with Success” (Pravda, 2 March 1930)": a citation of the paper and the day
        g = re.match(r"[»”\"]?\s*\(", text[d.end:d.end + 4])
        b = _body_at(ctx, d.end + g.end(), bodies) if g else None
        if b is not None and _is_press(ctx, b) and re.match(r"[»”\"]?\s*(?:,|No\.|№)", text[b.end:b.end + 6]):
            ctx.add(d.key, "publishedIn", ctx.evidence(d.start, b.end), b.key, confidence=0.7)
    # "according to the text printed in Pravda, the resolution …", "The full text of the report
    # appears in this morning's Pravda": the document whose text it is
    for i, sent in enumerate(ctx.sentences):
        g = _TEXT_IN.search(sent.text)
        if not g:
            continue
        b = _body_at(ctx, sent.start + g.end(), bodies)
        if b is None or not _is_press(ctx, b):
            continue
        ms = [m for m in ctx.sentence_mentions(i) if m.type == "Document" and m.key != THIS]
        of = [m for m in ms if g.group("of") and sent.start + g.start("of") <= m.start < sent.start + g.end("of") + 3]
        near = of or [m for m in ms if m.end <= sent.start + g.start() and not re.search(r"[;:]", text[m.end:sent.start + g.start()])][-1:] \
            or [m for m in ms if m.start >= b.end and not re.search(r"[;:]", text[b.end:m.start])][:1]
        for d in near:
            ctx.add(d.key, "publishedIn", ctx.clause_evidence(sent, [d, b]), b.key, confidence=0.65)
    # «Правда», 23 мая 1943 г. Передовая статья: a paper's editorial appeared in it and is its own;
    # so does one whose heading names it first, under the title («Редакционная статья газеты
    # «Правда», 28 января 1949 г.», "Editorial of Pravda, 4 March 1953")
    for k, line in enumerate(re.finditer(r"(?m)^[^\n]{3,120}$", text[:400])):
        if k > 2:
            break
        s0, e0 = line.start(), line.end()
        press = [b for b in ctx.in_span(s0, e0, ("Body",)) if _is_press(ctx, b)]
        if press and (k == 0 and press[0].start - s0 <= 1 and _EDITORIAL.search(text[press[0].end:e0])
                      or _EDITORIAL_OF.fullmatch(text, s0, press[0].start)):
            ev = ctx.evidence(s0, e0)
            ctx.add(THIS, "publishedIn", ev, press[0].key, confidence=0.75)
            ctx.add(press[0].key, "issues", ev, THIS, confidence=0.7)
            break
    # "communiqué of the Procuracy of the USSR": the body the document is named with issues it
    for d in (m for m in ctx.mentions if m.type == "Document" and m.key != THIS):
        g = _ISSUED_KIND.match(d.text)
        if g:
            b = _body_at(ctx, d.start + g.end(), bodies)
            while b is not None and not b.is_class and b.end <= d.end:
                # "resolution of the Politburo and the Presidium of the CCC": each body joined
                ctx.add(b.key, "issues", ctx.evidence(d.start, d.end), d.key, confidence=0.7)
                a = _AND.match(text, b.end)
                b = _body_at(ctx, a.end(), bodies) if a else None


@relation_rule("structure")
def structure(ctx: Context) -> None:
    bodies = _all_bodies(ctx)
    low = ctx.low
    _office_lists(ctx)
    _member_lists(ctx, bodies, low)
    _members_named_before(ctx, bodies, low)
    _members_of_antecedent(ctx, bodies, low)
    _heads_named_after(ctx, bodies, low)
    _led_ru(ctx, bodies)
    _offices_filled(ctx, bodies)
    _compositions(ctx, low)
    _successors(ctx)
    _succeeded_by(ctx)
    _elected(ctx)
    _elected_lists(ctx)
    _posts(ctx, low)
    _organs_of(ctx, bodies)
    _press(ctx, bodies)
