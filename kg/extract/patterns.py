"""Rules that find mentions the authority cannot list: named persons, regions, congresses by
ordinal, cited documents ("its decision of 2 July 1937", "Comrade Zhdanov's report 'On …'"),
bibliographic source lines, events and groups described by a phrase.

Each rule is a function ``(text, known) -> list[Mention]`` registered with :func:`rule`;
``known`` is the gazetteer's matches, for rules that build on them (a name in brackets after an
office). Keys of entities not in the authority are minted from their type and label with
:func:`kg.iri.slug`, so the same name gives the same entity in every document.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from ..iri import slug
from ..model import Mention
from ..resolve.authority import is_generic
from .dates import MONTHS_RU_RE, _MONTH_EN_RE, find_dates
from .gazetteer import Gazetteer
from .header import read_header
from .prefilter import alternatives, anchored, gated, required_literals, trie
from .lexicon import (BOILERPLATE_RE, DOC_NOUN_RE, DOC_NOUNS, HONORIFICS, ORDINAL_WORD_RE,
                      PLACE_UNITS, REGION_ADJ_RU, VOCABULARY, VOCABULARY_RU, ordinal_value)

__all__ = ["RULES", "doc_kind", "rule"]

RuleFn = Callable[[str, list[Mention], Gazetteer], list[Mention]]
#: keys that name a thing only within one document ("the following directive"); find_mentions
#: makes them unique by prefixing the document id and numbering them in text order
LOCAL = "__local__"
RULES: dict[str, RuleFn] = {}

NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
CYR_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
QUOTED = r"(?:‘[^’\n]{3,300}’|“[^”\n]{3,300}”|\"[^\"\n]{3,300}\"|«[^»\n]{3,300}»|'[^'\n]{3,300}')"


def rule(name: str) -> Callable[[RuleFn], RuleFn]:
    def deco(fn: RuleFn) -> RuleFn:
        if name in RULES:
            raise ValueError(f"rule {name!r} registered twice")
        RULES[name] = fn
        return fn
    return deco


def _before_known(text: str, pattern: re.Pattern[str], known: list[Mention], types: tuple[str, ...]):
    """Matches of ``pattern`` that end where a known mention of one of ``types`` begins."""
    starts = {k.start: k for k in known if k.type in types}
    for m in pattern.finditer(text):
        k = starts.get(m.end())
        if k is not None:
            yield m, k


def doc_kind(noun: str) -> str:
    n = noun.lower().strip()
    if n in DOC_NOUNS:
        return DOC_NOUNS[n]
    for k, v in DOC_NOUNS.items():
        if not k.isascii() and n.startswith(k[:5]):
            return v
    return n


def _m(text: str, s: int, e: int, etype: str, key: str, label: str, name: str, is_class: bool = False) -> Mention:
    return Mention(s, e, text[s:e], etype, key, label, source=f"rule:{name}", is_class=is_class)


def _lookup(gz: Gazetteer, surface: str, etype: str) -> str | None:
    """The authority id whose names include ``surface`` (for the given type), if one does."""
    return gz.lookup(surface, etype)


def _person_key(gz: Gazetteer, name: str) -> tuple[str, str]:
    key = _lookup(gz, name, "Person")
    if key is None:
        surname = name.split()[-1]
        key = _lookup(gz, surname, "Person")
    if key is not None:
        e = gz.entry(key)
        return key, e.label if e else name
    clean = re.sub(r"^(?:(?:Ya|Yu|Ye|Zh|Ch|Sh|Kh|Ts|[A-ZА-ЯЁ])\.\s?)+", "", name).strip() or name
    if re.search(r"[А-Яа-яЁё]", clean):
        clean = ru_surname_lemma(clean)
        key = _lookup(gz, clean, "Person")
        if key is not None:
            e = gz.entry(key)
            return key, e.label if e else clean
    return slug(clean), clean


# --- persons ------------------------------------------------------------------------------

INITIAL = r"(?:Ya|Yu|Ye|Yo|Zh|Ch|Sh|Kh|Ts|[A-ZА-ЯЁ])\."
#: (tried only where an honorific stands: prefilter.anchored)
_HONORIFIC_RE = anchored(re.compile(rf"\b{HONORIFICS}\s+((?:{INITIAL}\s?){{0,2}}(?:{NAME}|{CYR_NAME})(?:[ \t]+(?:{NAME}|{CYR_NAME}))?)"),
                         alternatives(HONORIFICS), 0)
_INITIALS_RE = re.compile(rf"(?<![\w.])((?:{INITIAL}\s?){{1,2}})({NAME}|{CYR_NAME})\b")
_PLURAL_TITLE_RE = re.compile(r"\b(Comrades|Marshals|Generals|Admirals|Professors|Doctors|Academicians|товарищи|тт\.)\s+")
_LIST_NAME_RE = re.compile(rf"((?:{INITIAL}\s?){{0,2}}(?:{NAME}|{CYR_NAME}))(?:\s*\([^()\n]{{1,40}}\))?(\s*,\s*(?:and\s+)?|\s+and\s+|\s+и\s+)?")
_EDITOR_RE = re.compile(rf"\b({NAME}(?:\s+[A-Z]\.)?(?:\s+{NAME}){{1,2}}),\s+(?:ed|eds|comp|trans)\.")
_BY_RE = re.compile(rf"\b(?:by|By)\s+({NAME}(?:\s+[A-Z]\.)?\s+{NAME})\b")
_NOT_NAMES = {"The", "This", "That", "These", "In", "On", "Of", "And", "Party", "Central", "Doctor", "Doctors",
              "Professor", "Professors", "General", "Generals", "Admiral", "Admirals", "Marshal", "Marshals",
              "Colonel", "Comrade", "Comrades", "Academician", "Others", "Other", "Order", "Decree",
              "Resolution", "Directive", "Department", "Embassy", "Ministry", "Commissariat", "No",
              "Committee", "Soviet", "State", "Congress", "Plenum", "Secretary", "People",
              "Communist", "Communists", "Union", "Republic"}


@rule("person_honorific")
def person_honorific(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _HONORIFIC_RE.finditer(text):
        name = m.group(1)
        if name.split()[0] in _NOT_NAMES:
            continue
        key, label = _person_key(gz, name)
        # "Marshal Zhukov": the rank is an office of its own (rank_title), the person is the name
        # "French Ambassador Catroux": so is an ambassador of a country (the vocabulary's office)
        start = m.start(1) if _RANK_WORD.match(m.group(0)) or (
            m.group(0).startswith("Ambassador") and _NATIONAL_BEFORE.search(text, max(0, m.start() - 20), m.start())) else m.start()
        out.append(_m(text, start, m.end(), "Person", key, label, "person_honorific"))
    return out


_RANK_WORD = re.compile(r"(?:General|Marshal|Admiral|Colonel)\s")
_NATIONAL_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:an|ish|ese|ch|sh|ian)[ \t]+$")


@rule("person_list")
def person_list(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Comrades Rudzutak (chairman), Kaganovich and Kirov", "Marshals Vasilevsky, Govorov and
    Konev": every name in a list after a plural title is a person."""
    out = []
    for m in _PLURAL_TITLE_RE.finditer(text):
        pos = m.end()
        for _ in range(30):
            g = _LIST_NAME_RE.match(text, pos)
            if not g or g.group(1).split()[-1] in _NOT_NAMES:
                break
            key, label = _person_key(gz, g.group(1))
            out.append(_m(text, g.start(1), g.end(1), "Person", key, label, "person_list"))
            if not g.group(2):
                break
            pos = g.end()
    return out


_GIVEN_RE = re.compile(rf"\b([A-ZА-ЯЁ][a-zа-яё]+(?:\s+(?:[A-ZА-ЯЁ]\.|[A-ZА-ЯЁ][a-zа-яё]+(?:ovich|evich|ich|ovna|evna|ична|ович|евич|овна|евна)))?\s+(?:{NAME}|{CYR_NAME}))\b")


@rule("person_given_name")
def person_given_name(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Sergei Medvedev", "Nikolai Ivanovich Yezhov": a given name before a surname."""
    from .lexicon import GIVEN_NAMES
    out = []
    for m in _GIVEN_RE.finditer(text):
        words = m.group(1).split()
        if words[0] not in GIVEN_NAMES or words[-1] in _NOT_NAMES or words[-1] in GIVEN_NAMES:
            continue
        key, label = _person_key(gz, m.group(1))
        out.append(_m(text, m.start(1), m.end(1), "Person", key, label, "person_given_name"))
    return out


_ON_TITLE_RE = re.compile(r"[“\"«]((?:On|ON|Concerning|About|Regarding|О|Об|ОБ)\s[^”\"»\n]{6,250})[”\"»]")


@rule("quoted_on_title")
def quoted_on_title(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A quoted "On …" (Russian "О …") is the title of a resolution, decree or report."""
    out = []
    for m in _ON_TITLE_RE.finditer(text):
        title = m.group(1).rstrip(" ,.")
        key = _lookup(gz, title, "Document") or slug(title)[:50]
        out.append(_m(text, m.start(1), m.start(1) + len(title), "Document", key, title, "quoted_on_title"))
    return out


#: a written work named by its kind and then its quoted title: "his open letter “The New Course”",
#: "the articles “…” (January 1923) and “…”", "статья «…»"
_WORK_KIND = (r"(?:open\s+letter|letter|articles?|pamphlets?|books?|essays?|brochures?|theses|editorials?|"
              r"статья|статью|статье|статьи|брошюр[а-яё]*|книг[а-яё]*|письм[а-яё]*|"
              # works of art the Central Committee judged by name: "the opera “The Great Friendship”",
              # «кинофильм «Большая жизнь»», «повесть «Приключения обезьяны»»
              r"operas?|symphon(?:y|ies)|films?|novels?|plays?|poems?|short\s+stor(?:y|ies)|stories|cantatas?|ballets?|"
              r"опер[аыуеой]{1,2}|симфони[яиюей]{1,2}|(?:кино)?фильм[а-яё]{0,3}|роман[аеуы]?|пьес[аыуеой]{1,2}|поэм[аыуеой]{1,2}|"
              r"повест[ьиюей]{1,2}|рассказ[аеуы]?|балет[аеуы]?|кантат[аыуеой]{1,2})")
_WORK_TITLE_RE = re.compile(rf"(?i)\b{_WORK_KIND}[,:]?\s+(?={QUOTED})")   # "entitled “…”" is titled_document's
_AND_TITLE_RE = re.compile(rf"\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)(?={QUOTED})")


def _title_ok(inner: str) -> bool:
    words = inner.split()
    return bool(inner[:1].isupper()) and 2 <= len(words) <= 14 and not re.search(r"[.!?;]\s", inner) \
        and not re.match(r"(?:On|ON|Concerning|About|Regarding|О|Об|ОБ)\s", inner)


@rule("work_title")
def work_title(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A written work named by its kind and its quoted title, and the titles coordinated with it:
    the title is the document's name (a resolution's quoted "On …" title is ``quoted_on_title``)."""
    out = []
    for m in _WORK_TITLE_RE.finditer(text):
        at = m.end()
        while True:
            q = re.match(QUOTED, text[at:])
            if not q:
                break
            s, e = at + 1, at + q.end() - 1
            inner = text[s:e]
            if _title_ok(inner):
                key = _lookup(gz, inner, "Document") or slug(inner)[:50]
                out.append(_m(text, s, e, "Document", key, inner, "work_title"))
            nxt = _AND_TITLE_RE.match(text, at + q.end())
            if not nxt:
                break
            at = nxt.end()
    return out


#: (not where a surname follows the initials: «директора Горпромтреста К. С. Ушакова»)
_RU_SURNAME_FIRST = re.compile(r"\b([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+((?:[А-ЯЁ]\.\s?){1,2})(?![А-ЯЁа-яё])(?!\s*[А-ЯЁ][а-яё])")
_RU_SURNAME_ENDINGS = [("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"), ("цкого", "цкий"),
                       ("цкому", "цкий"), ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"), ("ева", "ев"),
                       ("еву", "ев"), ("евым", "ев"), ("еве", "ев"), ("ина", "ин"), ("ину", "ин"), ("иным", "ин"),
                       ("ине", "ин"), ("ёва", "ёв"), ("ёву", "ёв")]


def ru_surname_lemma(word: str) -> str:
    """"Меркулова" → "Меркулов", "Влодзимирского" → "Влодзимирский", "Мешика" → "Мешик"."""
    for end, base in _RU_SURNAME_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + base
    if word.endswith(("а", "у", "ом", "е")) and len(word) > 4 and word[-2] not in "аеиоуыэюяь":
        return word[:-2] if word.endswith("ом") else word[:-1]
    return word


@rule("person_ru_surname_first")
def person_ru_surname_first(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Меркулова В. Н.", "Берия Л. П.": a Russian surname before its initials."""
    out = []
    for m in _RU_SURNAME_FIRST.finditer(text):
        surname = m.group(1)
        key = _lookup(gz, surname, "Person")
        if key is None and (_lookup(gz, surname, "Place") or _lookup(gz, surname, "Body")):
            continue     # «союзов Грузии М. И. Кучава»: a place ends the phrase, the initials begin the name
        if key is None:
            lemma = ru_surname_lemma(surname)
            key = _lookup(gz, lemma, "Person") or slug(lemma)
            label = lemma
        else:
            e = gz.entry(key)
            label = e.label if e else surname
        out.append(_m(text, m.start(), m.end(2) - (1 if m.group(2).endswith(" ") else 0), "Person", key, label, "person_ru_surname_first"))
    return out


_RU_LIST_SEP = re.compile(r"\s*,\s*|\s+и\s+|\s*,\s+и\s+")
_RU_LIST_WORD = re.compile(rf"({CYR_NAME})(?![А-Яа-яЁё.(])")
_RU_OBLIQUE = re.compile(r"(?:ова|ева|ёва|ина|ына|ского|цкого|ского|ову|еву|ину|ского|ого|ера|сона|мана|ича|а|я|у|ю)$")


def _name_list(text: str, anchor: Mention, person_at, sep_re: re.Pattern, next_word, last_sep) -> list[tuple]:
    """The list of names that ``anchor`` heads: (start, end, known person or None) for each item,
    the items joined by ``sep_re``; ``person_at(i)`` is the known person beginning at ``i``,
    ``next_word(i)`` an unknown surname there (a match) or None, ``last_sep(sep, known)`` whether
    the separator before that item (a known person or None) closes the list ("and", «и»)."""
    items, pos = [(anchor.start, anchor.end, anchor)], anchor.end
    for _ in range(30):
        sep = sep_re.match(text, pos)
        if not sep:
            break
        at = sep.end()
        k = person_at(at)
        if k is not None:
            items.append((k.start, k.end, k))
            pos = k.end
        else:
            w = next_word(at)
            if w is None:
                break
            items.append((w.start(), w.end(), None))
            pos = w.end()
        if last_sep(sep, k):
            break
    return items


def _listed_persons(text: str, gz: Gazetteer, persons: list[Mention], person_at, sep_re: re.Pattern, next_word,
                    last_sep, enough, source: str) -> list[Mention]:
    """The unknown surnames of every list a known person heads (:func:`_name_list`) where
    ``enough(known persons, items)`` holds: persons, by ``source``."""
    out: list[Mention] = []
    seen: set[int] = set()
    for anchor in persons:
        if anchor.start in seen:
            continue
        items = _name_list(text, anchor, person_at, sep_re, next_word, last_sep)
        for a, _, k in items:
            seen.add(a)
        if not enough(sum(1 for *_, k in items if k is not None), len(items)):
            continue
        for a, b, k in items:
            if k is None:
                key, label = _person_key(gz, text[a:b])
                out.append(_m(text, a, b, "Person", key, label, source))
    return out


@rule("person_list_ru")
def person_list_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """«Бухарина, Рыкова, Угланова и Кривошеина»: in a list of surnames that names at
    least two known persons, or one and two more surnames («Тито, Карделя, Джиласа и Ранковича»),
    the other surnames in the same inflected form are persons too."""
    persons = sorted((k for k in known if k.type == "Person" and re.search(r"[А-Яа-яЁё]", k.text)), key=lambda k: k.start)
    taken = [(k.start, k.end) for k in known]

    def next_word(at: int):
        w = _RU_LIST_WORD.match(text, at)
        if not w or any(a < w.end() and w.start() < b for a, b in taken) or not _RU_OBLIQUE.search(w.group(1)):
            return None
        return w

    # (only an unknown surname after «и» ends the list; a known person there does not)
    return _listed_persons(text, gz, persons, lambda at: next((p for p in persons if p.start == at), None),
                           _RU_LIST_SEP, next_word, lambda sep, k: k is None and sep.group(0).strip() == "и",
                           lambda anchors, n: anchors >= 2 or (anchors == 1 and n >= 3), "person_list_ru")


_EN_LIST_SEP = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_EN_LIST_WORD = re.compile(rf"({NAME})(?![\w'’.(-])")


@rule("person_list_anchored")
def person_list_anchored(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Corps Commanders Kork, Eideman, Feldman, Primakov and Putna": in a list of surnames that
    names at least two known persons, the other single capitalised words are surnames too."""
    persons = sorted((k for k in known if k.type == "Person" and k.text.isascii()), key=lambda k: k.start)
    if len(persons) < 2:
        return []
    by_start = {k.start: k for k in persons}
    taken = sorted((k.start, k.end) for k in known)
    starts = [a for a, _ in taken]

    def next_word(at: int):
        w = _EN_LIST_WORD.match(text, at)
        i = bisect.bisect_right(starts, at) - 1 if w else -1
        if not w or w.group(1) in _NOT_NAMES or any(a < w.end() and w.start() < b for a, b in taken[max(0, i):i + 2]):
            return None
        return w

    return _listed_persons(text, gz, persons, by_start.get, _EN_LIST_SEP, next_word,
                           lambda sep, k: "and" in sep.group(0), lambda anchors, n: anchors >= 2, "person_list_anchored")


#: Russian surnames by their morphology, in transliteration and in Cyrillic (any case of the
#: Cyrillic ones): -ov/-ev/-in, -sky/-tsky, -enko, -ovich, -dze, -shvili, -yan and their
#: feminine forms
_SURNAME_EN = re.compile(r"[A-Z][a-z]+(?:ov|ev|yov|yev|in|yn|sky|ski|skii|skiy|enko|chuk|ovich|evich|dze|shvili|yan|ova|eva|yeva|ina|yna|skaya|tskaya)")
_SURNAME_RU = re.compile(r"[А-ЯЁ][а-яё]+(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ым|ом|е)?|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)|енко|ович|евич|(?:ович|евич)(?:а|у|ем)|дзе|швили|ян(?:а|у|ом)?|ова|ева|ина|ову|еву|ину)")
#: a list of capitalised single words closed by "and"/«и» ("Tarasov, Belyakin, Gromova and
#: Ostrovsky", «Сидоренко, Лаврова, Кудрявцева и Панина»)
_SURNAME_LIST_EN = gated(re.compile(rf"(?<![\w.'’-])(?:{NAME},[ \t]+){{1,12}}{NAME},?[ \t]+and[ \t]+{NAME}(?![\w'’(-])"))
_SURNAME_LIST_RU = gated(re.compile(rf"(?<![А-Яа-яЁё.-])(?:{CYR_NAME},[ \t]+){{1,12}}{CYR_NAME}[ \t]+и[ \t]+{CYR_NAME}(?![А-Яа-яЁё.(-])"))
#: a list after a preposition of place names places ("in Kharkov, Rostov and Saratov")
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|at|from|to|into|near|In|At|From|To)|(?<![А-Яа-яЁё])(?:в|во|из|на|по|до|под|при|к|от|В|Во|Из|На))\s+$")


@rule("person_surname_list")
def person_surname_list(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A list of three or more single surnames that the authority does not know, each shaped as
    a Russian surname is (one other in a list of four or more) ("Lavrov, Sitnikov and Dorokhin", «Лаврова, Панина и Кудрявцева»),
    names persons: the anchored lists above need known persons, this one their morphology. Not
    after a preposition of place, not where a word is known as anything but a person."""
    out: list[Mention] = []
    taken = sorted((k.start, k.end, k.type) for k in known)
    starts = [a for a, *_ in taken]
    for rx, shape in ((_SURNAME_LIST_EN, _SURNAME_EN), (_SURNAME_LIST_RU, _SURNAME_RU)):
        for m in rx.finditer(text):
            if _PLACE_PREPOSITION.search(text, max(0, m.start() - 8), m.start()):
                continue
            words = [(w.start(), w.end()) for w in re.finditer(r"[A-Za-zА-ЯЁа-яё-]+", m.group(0))
                     if w.group(0) not in ("and", "и")]
            words = [(m.start() + a, m.start() + b) for a, b in words]
            kinds = []
            for a, b in words:
                i = bisect.bisect_right(starts, a) - 1
                over = [t for t in taken[max(0, i - 1):i + 3] if t[0] < b and a < t[1]]
                kinds.append(over[0][2] if over else None)
            if len(words) < 3 or any(k not in (None, "Person") for k in kinds) \
                    or any(text[a:b] in _NOT_NAMES for a, b in words):
                continue
            unknown = [(a, b) for (a, b), k in zip(words, kinds) if k is None]
            # one word of another shape may stand in a longer list («…, Лиздина и Петерсона»)
            odd = sum(1 for a, b in unknown if not shape.fullmatch(text[a:b]))
            if not unknown or odd > (1 if len(words) >= 4 else 0):
                continue
            for a, b in unknown:
                key, label = _person_key(gz, text[a:b])
                out.append(_m(text, a, b, "Person", key, label, "person_surname_list"))
    return out


@rule("person_initials")
def person_initials(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _INITIALS_RE.finditer(text):
        if m.group(2) in _NOT_NAMES:
            continue
        # "p. 306", "Vol. III": an initial is one capital letter only
        key, label = _person_key(gz, m.group(0))
        out.append(_m(text, m.start(), m.end(), "Person", key, label, "person_initials"))
    return out


#: words that end a periodical's name, never a person's
_PERIODICAL_WORDS = frozenset("Gazeta Pravda Izvestiia Izvestia Times Review Herald Gazette Journal Bulletin Tribune Post".split())


@rule("person_editor")
def person_editor(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for rx in (_EDITOR_RE, _BY_RE):
        for m in rx.finditer(text):
            if any(w in _NOT_NAMES or w in _PERIODICAL_WORDS for w in m.group(1).split()):
                continue    # "by Rabochaya Gazeta": a newspaper
            key, label = _person_key(gz, m.group(1))
            out.append(_m(text, m.start(1), m.end(1), "Person", key, label, "person_editor"))
    return out


_PARTY_BRACKET_EN = re.compile(r"\b(?:Party|Parties)\s*\($")


@rule("person_in_brackets")
def person_in_brackets(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"The Ambassador in Moscow (Davies)": a name in brackets after an office."""
    out = []
    for k in known:
        if k.type != "Position":
            continue
        m = re.compile(rf"(?:\s+(?:in|of|to|at)\s+(?:the\s+)?[A-Z][\w ]{{0,40}}?)?\s*\(({NAME}(?:\s+{NAME})?)\)").match(text, k.end)
        # "first secretary of the Communist Party (Bolsheviks) of Armenia": the party's own name
        if m and m.group(1) not in _NOT_NAMES and not _PARTY_BRACKET_EN.search(text, max(0, m.start(1) - 12), m.start(1)) \
                and _lookup(gz, m.group(1), "Group") is None:
            key, label = _person_key(gz, m.group(1))
            out.append(_m(text, m.start(1), m.end(1), "Person", key, label, "person_in_brackets"))
    return out


def signature_span(text: str) -> tuple[int, int] | None:
    """Where the signature closing a telegram, letter or resolution names its signer: a last line
    of one to three names, perhaps after the signer's office ("Секретарь ЦК ВКП(б) И. Сталин"),
    before any editor's note in brackets."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    while len(lines) > 3 and text[lines[-1][0]:lines[-1][1]].strip()[:1] in "[(":
        lines.pop()
    if len(lines) < 3:
        return None
    s, e = lines[-1]
    raw = text[s:e]
    office = _SIGN_OFFICE.match(raw)
    if office:
        s, raw = s + office.end(), raw[office.end():]
    line = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    if re.fullmatch(rf"(?:{_INITIALS})?(?:{NAME}|{CYR_NAME})(?:\s+(?:[A-Z]\.\s*)?(?:{NAME}|{CYR_NAME})){{0,2}}", line) \
            and not BOILERPLATE_RE.search(line) and line.split()[0] not in _NOT_NAMES:
        return s + lead, s + lead + len(line)
    return None


@rule("signature")
def signature(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """The signer named by :func:`signature_span`, as a person."""
    span = signature_span(text)
    if span is None:
        return []
    key, label = _person_key(gz, text[span[0]:span[1]])
    entry = gz.entry(key)
    if entry is None or entry.type == "Person":
        return [_m(text, span[0], span[1], "Person", key, label, "signature")]
    return []


_INITIALS = r"(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*"
_SIGN_OFFICE = re.compile(r"\s*(?:(?:General\s+|First\s+)?Secretary|Chairman|President|People['’]s\s+Commissar|Chargé\s+d['’]Affaires|Ambassador|"
                          r"(?:Генеральный\s+|Первый\s+)?[Сс]екретарь|Председатель|Народный\s+комиссар|Нарком)\b[^\n]{0,60}?(?=\s(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*[A-ZА-ЯЁ][a-zа-яё]+\s*$)")


# --- places and bodies --------------------------------------------------------------------

#: (tried from two words before a unit's name: prefilter.anchored)
_PLACE_UNIT_RE = anchored(re.compile(rf"\b((?:{NAME}\s+){{0,1}}{NAME})\s+({PLACE_UNITS})\b"), alternatives(PLACE_UNITS), 2)
_PLACE_RU_RE = re.compile(rf"\b({CYR_NAME}(?:ая|ой|ую|ский|ском|ского|ская|ской)?)\s+({REGION_ADJ_RU})(?![а-яё])")   # not «крайкома»
_BIBL_PLACE_RE = re.compile(rf"\((?:{NAME}:\s*)?((?:{NAME})(?:\s+{NAME})?)(?::\s*([A-Z][\w&.\- ]{{1,60}}?))?,\s*(1[89]\d\d|20\d\d)\)")
_UNIT_NORM = {"kray": "Krai"}
_BODY_NOUN_RU = re.compile(r"(?i)(?:рай|об|гор|край|окруж|губ|у)ком|партком|комитет|организаци|ячейк|бюро|совет")


@rule("place_unit")
def place_unit(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _PLACE_UNIT_RE.finditer(text):
        name, unit = m.group(1), m.group(2)
        if name.split()[0] in _NOT_NAMES | {"Autonomous", "National", "Far", "Special"}:
            if len(name.split()) == 1:
                continue
            name = name.split()[-1]
        s = m.end() - len(f"{name} {unit}") if text[m.start():m.end()].endswith(f"{name} {unit}") else m.start()
        unit_l = _UNIT_NORM.get(unit.lower(), unit[:1].upper() + unit[1:])
        label = f"{name} {unit_l}"
        key = _lookup(gz, label, "Place") or slug(label)
        out.append(_m(text, s, m.end(), "Place", key, label, "place_unit"))
    for m in _PLACE_RU_RE.finditer(text):
        if _BODY_NOUN_RU.match(m.group(1)):
            continue   # «Райкомы области должны …»: the committees of the region, not a place
        label = m.group(0)
        key = _lookup(gz, label, "Place") or slug(label)
        out.append(_m(text, m.start(), m.end(), "Place", key, label, "place_unit"))
    return out


#: a settlement by its kind: "the village of Dymovka", "the town of Shakhty", «г. Руза» (not «1937 г.»:
#: the year's «г.»), «Московской губ.», «Рузского у.»
_SETTLEMENT_EN_RE = gated(re.compile(rf"\b(?:village|town|city|hamlet|settlement|township)[ \t]+of[ \t]+({NAME}(?:[ \t]+{NAME})?)(?![\w'’-])"))
_SETTLEMENT_RU_RE = gated(re.compile(rf"(?<![А-Яа-яЁё\d])(?:г|гор)\.[ \t]?({CYR_NAME})(?![А-Яа-яЁё.-])"))
_YEAR_BEFORE = re.compile(r"\d[ \t]*$")
_UNIT_ABBR_RU_RE = gated(re.compile(rf"(?<![А-Яа-яЁё])({CYR_NAME}(?:ой|ского|ской|кого|кой))[ \t]+(?:губ|обл|у|окр)\.(?=[ \t,;)]|$)", re.M))


@rule("place_settlement")
def place_settlement(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Places named by the kind of settlement or unit before or after them, and the Russian
    abbreviations of a reference work ("the village of Dymovka", «г. Руза», «Московской губ.»)."""
    out = []
    for m in _SETTLEMENT_EN_RE.finditer(text):
        name = m.group(1)
        if name.split()[0] in _NOT_NAMES or name in _NOT_PLACES:
            continue
        out.append(_m(text, m.start(1), m.end(1), "Place", _lookup(gz, name, "Place") or slug(name), name, "place_settlement"))
    if _CYRILLIC_TEXT.search(text):
        for m in _SETTLEMENT_RU_RE.finditer(text):
            if _YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue       # «в 1937 г. Москва …»: the year's abbreviation
            name = m.group(1)
            key = _lookup(gz, name, "Place") or slug(name)
            out.append(_m(text, m.start(), m.end(), "Place", key, name, "place_settlement"))
        for m in _UNIT_ABBR_RU_RE.finditer(text):
            label = m.group(0)
            out.append(_m(text, m.start(), m.end(), "Place", _lookup(gz, label, "Place") or slug(label), label, "place_settlement"))
    return out


_PLACE_ITEM_EN = rf"(?:(?:in|of)[ \t]+)?(?:the[ \t]+)?{NAME}(?:[ \t]+{NAME}){{0,2}}"
_PLACE_ITEM_RU = rf"(?:(?:в|во|из)[ \t]+)?{CYR_NAME}"
#: a list closed by "and"/«и» whose items may each repeat the preposition ("in Karelia, in the
#: Kuban, in the Crimea and in the Far North"; «в Москве, Харькове и Киеве»)
_PLACE_LIST_EN = gated(re.compile(rf"(?<![\w.'’-]){_PLACE_ITEM_EN}(?:,[ \t]+{_PLACE_ITEM_EN}){{1,12}},?[ \t]+and[ \t]+{_PLACE_ITEM_EN}(?![\w'’(-])"))
_PLACE_LIST_RU = gated(re.compile(rf"(?<![А-Яа-яЁё.-]){_PLACE_ITEM_RU}(?:,[ \t]+{_PLACE_ITEM_RU}){{1,12}}[ \t]+и[ \t]+{_PLACE_ITEM_RU}(?![А-Яа-яЁё.(-])"))
_PLACE_ITEM_SPLIT = re.compile(r",[ \t]+|[ \t]+(?:and|и)[ \t]+|,[ \t]+and[ \t]+")
_PLACE_ITEM_LEAD = re.compile(r"(?:(?:in|of|в|во|из)[ \t]+)?(?:the[ \t]+)?")


@rule("place_list")
def place_list(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"in Karelia, in the Kuban and in the Taimyr", "Finland, Iran and Turkey":
    in a list of three or more names closed by "and" that names a known place and nothing known
    but places, the other names are places too."""
    out: list[Mention] = []
    places = [k for k in known if k.type == "Place"]
    if not places:
        return out
    taken = sorted((k.start, k.end, k.type) for k in known)
    starts = [a for a, *_ in taken]
    # the lists are looked for only around the known places (a list holds one): windows merged
    windows: list[list[int]] = []
    for k in sorted(places, key=lambda k: k.start):
        lo, hi = max(0, k.start - 200), k.end + 300
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found = [m for lo, hi in windows for rx in (_PLACE_LIST_EN, _PLACE_LIST_RU) for m in rx.finditer(text, lo, hi)]
    for m in found:
        items, pos = [], m.start()
        for part in _PLACE_ITEM_SPLIT.split(m.group(0)):
            at = text.index(part, pos)
            lead = _PLACE_ITEM_LEAD.match(part).end()
            items.append((at + lead, at + len(part)))
            pos = at + len(part)
        if len(items) < 3:
            continue
        kinds = []
        for a, b in items:
            i = bisect.bisect_right(starts, a) - 1
            over = [t for t in taken[max(0, i - 1):i + 3] if t[0] < b and a < t[1]]
            types = {t[2] for t in over}
            kinds.append(None if not types else "Place" if types == {"Place"} else "?")
        if "Place" not in kinds or any(k not in (None, "Place") for k in kinds):
            continue
        for (a, b), k in zip(items, kinds):
            name = text[a:b]
            if k is None and name.split()[0] not in _NOT_NAMES and name.split()[-1] not in _NOT_NAMES:
                key = _lookup(gz, name, "Place") or slug(name)
                out.append(_m(text, a, b, "Place", key, name, "place_list"))
    return out


#: a single capitalised name after a preposition of place, which the authority does not know:
#: "in Sverdlovsk", "from Riga", "in the Urals", «в Харькове», «из Мингрелии»
_PLACE_AFTER_EN = re.compile(    # the capital first (re finds capitals fast), the preposition behind it
    r"([A-Z](?:(?<=\bin [A-Z])|(?<=\bat [A-Z])|(?<=\bfrom [A-Z])|(?<=\bnear [A-Z])|(?<=\bin the [A-Z])|(?<=\bat the [A-Z])|"
    r"(?<=\bfrom the [A-Z])|(?<=\bnear the [A-Z]))[a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z(])")
_PLACE_AFTER_RU = gated(re.compile(r"(?<![А-Яа-яЁё])(?:в|во|из|под|около|близ)[ \t]+([А-ЯЁ][а-яё]{3,}(?:е|и|а|я))(?![А-Яа-яЁё.-])(?![ \t]+[А-ЯЁ(])"))
_NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Russian Soviet Bolshevik Bolsheviks Leninism Marxism
Party Country Part Chapter Article Section Volume Appendix Point Paragraph Item Table Note Notes Order Decree Plenum
Congress Conference Committee Bureau Politburo Presidium Secretariat Government Pravda Izvestiia Izvestia Kremlin God
Communism Socialism Power State Council Assembly Union Army Navy Court Procuracy Court Fund Bank Archive Archives Library
Press Times Review Journal Bulletin Herald Gazette Gazeta Moscow""".split())
_TITLE_CASE_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+[ \t]+$")
_INSTITUTION_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:factory|plant|works|colliery|mine|trust|combine|institute|school)\b")
_NOT_PLACE_ENDING = re.compile(r"(?:ian|ish|ese|ist|ists|ism|ite|ites|ic|ics|ation|ment|ness|ity|ing|ed)$")
_NOT_PLACES_RU = re.compile(r"(?:Устав|Главн|Президиум|Политбюро|Секретариат|Совет|Правд|Известия|Партии|Партия|Декрет|Постановлени|Резолюци|Конституци|Программ|Кремл)")


def _ru_place_lemma(word: str) -> str:
    """«Харькове» → Харьков, «Мингрелии» → Мингрелия, «Ленинграда» → Ленинград (a guess, for the key)."""
    if word.endswith("ии"):
        return word[:-1] + "я"
    if word.endswith(("е", "а")) and word[-2] not in "аеёиоуыэюяйь":
        return word[:-1]
    return word


@rule("place_after_preposition")
def place_after_preposition(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A name the authority does not know, standing alone after "in", "at", "near", "from" (or
    «в», «из», «под» with a noun's case ending) is a place: what else a text is *in* with a single
    capitalised word (a month, a newspaper, a body, a language) is excluded by name and ending."""
    out = []
    taken = sorted((k.start, k.end) for k in known)
    starts = [a for a, _ in taken]

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, e) - 1
        return not any(a < e and s < b for a, b in taken[max(0, i - 2):i + 1])

    for m in _PLACE_AFTER_EN.finditer(text):
        name = m.group(1)
        if name in _NOT_PLACES or name in _NOT_NAMES or _NOT_PLACE_ENDING.search(name) or not free(m.start(1), m.end(1)):
            continue
        p0 = text.rindex(" ", 0, m.start() - 1) + 1 if text[m.start() - 4:m.start()] == "the " else m.start()
        p0 = text.rindex(" ", 0, p0 - 1) + 1     # where the preposition begins
        if text[m.end(1):m.end(1) + 1] in "”\"’" or re.search(r"[“\"«‘]\s*$", text[max(0, p0 - 2):p0]):
            continue    # inside a quoted title
        if _TITLE_CASE_BEFORE.search(text, max(0, p0 - 40), p0) or _INSTITUTION_AFTER.match(text, m.end(1)):
            continue    # a title in capitals ("Tasks in the Struggle against …"), "the Skorokhod shoe factory"
        key = _lookup(gz, name, "Place") or slug(name)
        out.append(_m(text, m.start(1), m.end(1), "Place", key, name, "place_after_preposition"))
    for m in _PLACE_AFTER_RU.finditer(text) if _CYRILLIC_TEXT.search(text) else ():
        word = m.group(1)
        if _NOT_PLACES_RU.match(word) or _BODY_NOUN_RU.match(word) or not free(m.start(1), m.end(1)):
            continue
        lemma = _ru_place_lemma(word)
        key = _lookup(gz, word, "Place") or _lookup(gz, lemma, "Place") or slug(lemma)
        out.append(_m(text, m.start(1), m.end(1), "Place", key, lemma, "place_after_preposition"))
    return out


@rule("bibliographic_imprint")
def bibliographic_imprint(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"(New York: Taplinger, 1974)", "(Moscow, 1954)": the place and publisher of a book."""
    out = []
    for m in _BIBL_PLACE_RE.finditer(text):
        city = m.group(1)
        key = _lookup(gz, city, "Place") or slug(city)
        out.append(_m(text, m.start(1), m.end(1), "Place", key, city, "bibliographic_imprint"))
        if m.group(2):
            pub = m.group(2).strip()
            pkey = _lookup(gz, pub, "Body") or slug(pub)
            s = m.start(2)
            out.append(_m(text, s, s + len(pub), "Body", pkey, pub, "bibliographic_imprint"))
    return out


#: (tried only in the run of characters before a ".org", ".com" …: prefilter.anchored)
_WEBSITE_RE = anchored(re.compile(r"\b(?:www\.)?([A-Za-z][A-Za-z0-9-]{1,40})\.(org|com|net|gov|edu|ru|su|info)\b"),
                       (".org", ".com", ".net", ".gov", ".edu", ".ru", ".su", ".info"), 1)


@rule("website")
def website(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _WEBSITE_RE.finditer(text):
        if text[max(0, m.start() - 1):m.start()] in ("@", "/"):
            continue
        site = m.group(0)
        out.append(_m(text, m.start(), m.end(), "Body", _lookup(gz, site, "Body") or slug(site), site, "website"))
    return out


_CONGRESS_RE = re.compile(
    rf"\b(?:the\s+)?({ORDINAL_WORD_RE})\s+(?:All-Union\s+|All-Russian\s+)?(?:Party\s+)?(Congress|Conference)"
    r"(?:\s+of\s+the\s+(?:Party|(?:Russian\s+|All-Union\s+)?Communist\s+Party(?:\s+\(Bolsheviks?\))?|"
    r"(?:VKP|RKP|RCP|CPSU)\s*\([bB]\)|CPSU))?")
_CONGRESS_RU_RE = re.compile(r"\b([XVI]{1,5}|[А-Яа-я]+(?:ый|ой|ий|ого|ом))\s+(съезд|конференци)[а-яё]*"
                             r"(?:\s+(?:ВКП\s*\(б\)|РКП\s*\(б\)|КПСС|партии|Всесоюзной\s+[Кк]оммунистической\s+партии"
                             r"(?:\s*\(большевиков\))?))?")


@rule("party_congress")
def party_congress(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _CONGRESS_RE.finditer(text):
        n = ordinal_value(m.group(1))
        if not n or n > 30 or re.match(r"\s+of\s+(?:the\s+)?(?:Soviets|Comintern|Communist\s+International|Trade\s+Unions|Komsomol)", text[m.end():m.end() + 40]):
            continue
        kind = m.group(2).lower()
        ordinal = next((w.title() for w, v in __import__("kg.extract.lexicon", fromlist=["ORDINALS"]).ORDINALS.items() if v == n), f"{n}th")
        label = f"{ordinal} Party {kind.title()}"
        key = _lookup(gz, label, "Body") or f"party_{kind}_{n}"
        s = m.start(1)
        out.append(_m(text, s, m.end(), "Body", key, label, "party_congress"))
    for m in _CONGRESS_RU_RE.finditer(text):
        n = ordinal_value(m.group(1))
        if not n or n > 30 or _FIRST_AFTER.match(text, m.end()) and m.group(1)[:1].isalpha() and m.group(1)[:1].islower():
            continue   # «первый съезд партии после смерти Ленина»: the first one after, not the First Congress
        kind = "congress" if m.group(2).startswith("съезд") else "conference"
        from .lexicon import ORDINALS
        ordinal = next((w.title() for w, v in ORDINALS.items() if v == n), f"{n}th")
        label = f"{ordinal} Party {kind.title()}"
        key = _lookup(gz, label, "Body") or f"party_{kind}_{n}"
        out.append(_m(text, m.start(), m.end(), "Body", key, label, "party_congress"))
    return out


_FIRST_AFTER = re.compile(r"(?:\s+[а-яё]+){0,2}\s+(?:после|с\s+момента|со\s+времени)\b")
_COMINTERN = r"(?:Comintern|Communist\s+International|Коминтерна|Коммунистического\s+Интернационала)"
_COMINTERN_CONGRESS_RE = gated(re.compile(rf"\b({ORDINAL_WORD_RE})\s+(?:World\s+)?Congress\s+of\s+the\s+{_COMINTERN}"
                                    rf"|(?<![А-Яа-яЁё])([XVI]{{1,5}}|[А-Яа-яЁё]+(?:ый|ой|ий|ого|ом|ым|ому))\s+(?:[Вв]семирн\w+\s+)?[Кк]онгресс\w{{0,2}}\s+{_COMINTERN}"))


#: what every match of _COMINTERN_CONGRESS_RE holds (a fast scan: re finds "Congress"/"онгресс" by its literal)
_COMINTERN_CONGRESS_AT = re.compile(rf"Congress\s+of\s+the\s+{_COMINTERN}|[Кк]онгресс\w{{0,2}}\s+{_COMINTERN}")


@rule("comintern_congress")
def comintern_congress(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"the Seventh Congress of the Comintern", «VII конгресс Коммунистического Интернационала»:
    one congress of the International, a body as a party congress is."""
    out = []
    if "Comintern" not in text and "International" not in text and "Коминтерн" not in text and "Интернационал" not in text \
            or _COMINTERN_CONGRESS_AT.search(text) is None:
        return out
    for m in _COMINTERN_CONGRESS_RE.finditer(text):
        n = ordinal_value(m.group(1) or m.group(2))
        if not n or n > 7:
            continue
        from .lexicon import ORDINALS
        ordinal = next((w.title() for w, v in ORDINALS.items() if v == n), f"{n}th")
        label = f"{ordinal} Congress of the Comintern"
        out.append(_m(text, m.start(), m.end(), "Body", _lookup(gz, label, "Body") or f"comintern_congress_{n}", label, "comintern_congress"))
    return out


_ORGAN_RE = re.compile(r"\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?['’]?\s+){1,4}(?:Commission|Committee|Bureau|Council|Board|Tribunal|Court|Collegium|Directorate|Administration|Inspectorate|Procuracy|Union|Conference|Assembly|Congress|Secretariat|Presidium|Department|Commissariat))"
                       r"(\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][a-z]+|[a-z]+)(?:\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][a-z]+|affairs|purge|control))?)?")
_ORGAN_STOP = {"The", "A", "An", "This", "That", "Its", "Their", "His", "In", "At", "On", "By", "To", "And", "Of", "For", "From", "With", "Since", "After", "Before", "When"}


@rule("named_organ")
def named_organ(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A capitalised name ending in an organ's noun: "the Central Commission for the Purge",
    "the Military Collegium of the Supreme Court". The gazetteer's names win where they overlap."""
    out = []
    for m in _ORGAN_RE.finditer(text):
        if re.search(r"\n[ \t]*\n", m.group(0)):
            continue    # "Report⏎⏎The Fourteenth Party Conference": a heading and a sentence, no name
        words = m.group(1).split()
        while words and words[0] in _ORGAN_STOP:
            words.pop(0)
        if len(words) < 2:
            continue
        s = m.start(1) + m.group(1).find(words[0])
        e = m.end(2) if m.group(2) and m.group(2).split()[-1][:1].isupper() or (m.group(2) and re.search(r"purge|affairs|control", m.group(2))) else m.end(1)
        surface = text[s:e]
        key = _lookup(gz, surface, "Body") or slug(surface)
        out.append(_m(text, s, e, "Body", key, surface, "named_organ"))
    return out


#: an organ named by its kind first, then what it does: "the Directorate of Propaganda and
#: Agitation (of the Central Committee)", "the Administration for Cadres", "the Department of
#: Leading Party Organs" (named_organ reads the other order, "the Science Department")
_FUNCTION_ORGAN_RE = gated(re.compile(
    r"\b(?:(?:Chief|Main)[ \t]+)?(?:Department|Directorate|Administration|Section)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?!State\b|Justice\b|Defen[cs]e\b|Agriculture\b|Commerce\b|Labou?r\b)"
    r"[A-Z][a-z'’-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z'’-]+){0,4}"))


@rule("function_organ")
def function_organ(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _FUNCTION_ORGAN_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(k.start < e and s < k.end for k in known if k.start <= s + 12):
            continue        # a name the authority knows ("Department of State"), or one inside it
        surface = text[s:e]
        key = _lookup(gz, surface, "Body") or slug(surface)
        out.append(_m(text, s, e, "Body", key, surface, "function_organ"))
    return out

# --- institutions named by their noun, and the press ----------------------------------------

#: classes of economic and social institutions a resolution instructs ("the collective farms and
#: machine-tractor stations", "trade unions", "partisan detachments"): English plural → key
_INSTITUTION_CLASSES = {"collective farms": "collective_farms", "kolkhozes": "collective_farms",
                        "state farms": "state_farms", "sovkhozes": "state_farms",
                        "machine-tractor stations": "mts", "machine tractor stations": "mts", "mts": "mts",
                        "trade unions": "trade_unions", "partisan detachments": "partisan_detachments",
                        "party schools": "party_schools"}
_INSTITUTION_CLASS_RE = gated(re.compile(
    r"\b(?:(?:[Cc]ollective|[Ss]tate)[ \t]+farms|[Kk]olkhozes|[Ss]ovkhozes|[Mm]achine[- ]tractor[ \t]+stations|MTS|"
    r"[Tt]rade[ \t]+unions|[Pp]artisan[ \t]+detachments|[Pp]arty[ \t]+schools)\b(?![ \t-]+(?:movement|construction|discussion|debate)\b)"))
#: the same classes in Russian, where the noun is the institution's name (not «колхоз», which in a
#: Russian editorial is mostly the farms' members and their work)
_INSTITUTION_CLASS_RU_RE = gated(re.compile(
    r"(?<![А-Яа-яЁё-])(?:[Пп]рофсоюз(?:ы|ов|ам|ами|ах)|[Пп]рофессиональн(?:ые|ых|ым|ыми)[ \t]+союз(?:ы|ов|ам|ами|ах)|"
    r"[Пп]артизанск(?:ие|их|им|ими)[ \t]+отряд(?:ы|ов|ам|ами|ах))(?![А-Яа-яЁё])"))
_INSTITUTION_CLASS_RU = (("проф", "trade_unions", "Trade unions"), ("парт", "partisan_detachments", "Partisan detachments"))


@rule("institution_class")
def institution_class(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Classes of institutions named by their plural noun: "collective farms", "MTS", «профсоюзы»."""
    out = []
    for m in _INSTITUTION_CLASS_RE.finditer(text):
        norm = re.sub(r"\s+", " ", m.group(0).lower())
        key = _lookup(gz, m.group(0), "Body") or _INSTITUTION_CLASSES[norm]
        out.append(_m(text, m.start(), m.end(), "Body", key, norm[:1].upper() + norm[1:] if norm != "mts" else "MTS",
                      "institution_class", is_class=True))
    for m in _INSTITUTION_CLASS_RU_RE.finditer(text) if _CYRILLIC_TEXT.search(text) else ():
        stem, key, label = next(x for x in _INSTITUTION_CLASS_RU if m.group(0).lower().startswith(x[0]))
        out.append(_m(text, m.start(), m.end(), "Body", _lookup(gz, m.group(0), "Body") or key, label,
                      "institution_class", is_class=True))
    return out


#: courts, procuracies, tribunals and troikas in Russian: the head noun, the adjectives before it
#: («Верховного суда», «военные трибуналы», «Особого совещания») and the state after it
_JUSTICE_RU_RE = gated(re.compile(
    r"(?<![А-Яа-яЁё-])((?:(?:[Вв]ерховн|[Вв]оенн|[Оо]соб|[Сс]пециальн|[Сс]удебн|[Гг]ородск|[Оо]бластн|[Кк]раев|[Нн]ародн|[Рр]еспубликанск)"
    r"(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ым|ыми|ий|его|ему|им|ем|ие|их|ими)[ \t]+){0,2})"
    r"(суд(?:ы|ов|ам|ами|ах|а|у|ом|е)?|[Сс]уд(?:а|у|ом|е)?(?=[ \t]+(?:СССР|Союза|РСФСР))|[Пп]рокуратур(?:а|ы|е|у|ой)|трибунал(?:ы|ов|ам|ами|ах|а|у|ом|е)?|"
    r"тройк(?:а|и|е|у|ой|ам|ами|ах)|[Сс]овещани(?:е|я|ю|ем|и))(?![А-Яа-яЁё])"
    r"((?:[ \t]+(?:при[ \t]+НКВД[ \t]+)?(?:Союза[ \t]+ССР|СССР|РСФСР))?)"))
_JUSTICE_HEADS = (("суд", "court", "courts"), ("прокуратур", "procuracy", "procuracy"), ("трибунал", "tribunal", "tribunals"),
                  ("тройк", "troika", "troikas"), ("совещани", "board", "board"))
_JUSTICE_ADJ = (("верховн", "supreme"), ("военн", "military"), ("особ", "special"), ("специальн", "special"),
                ("судебн", "judicial"), ("городск", "city"), ("областн", "oblast"), ("краев", "krai"),
                ("народн", "people's"), ("республиканск", "republican"))
_TO_TRIAL_RU = re.compile(r"(?i)(?<![а-яё])(?:преда(?:ть|вать|н|на|ны|ет|ют|ются|ёт)|отда(?:ть|вать|н|на|ны)[ \t]+под|отдан\w*[ \t]+под)[ \t]+$")
_RU_PLURAL_END = re.compile(r"(?:ы|ов|ам|ами|ах)$|^тройк(?:и|ам|ами|ах)$")


@rule("justice_ru")
def justice_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """«Верховного суда СССР», «органы прокуратуры», «военные трибуналы», «судебные тройки»: the
    organs of justice named by their noun, keyed by the English of their parts (one key in
    every case)."""
    out = []
    if _CYRILLIC_TEXT.search(text) is None:
        return out
    for m in _JUSTICE_RU_RE.finditer(text):
        head = m.group(2).lower()
        if head.startswith("совещани") and not re.search(r"(?i)особ", m.group(1)):
            continue    # a meeting; «Особое совещание» is the NKVD's board
        stem, one, many = next(h for h in _JUSTICE_HEADS if head.startswith(h[0]))
        plural = bool(_RU_PLURAL_END.search(head)) and stem != "прокуратур"
        adjs = [next(en for ru, en in _JUSTICE_ADJ if w.lower().startswith(ru)) for w in m.group(1).split()]
        state = " of the USSR" if re.search(r"СССР|Союза", m.group(3)) else " of the RSFSR" if m.group(3).strip() else ""
        if not adjs and not state and stem == "суд" and _TO_TRIAL_RU.search(text, max(0, m.start() - 16), m.start()):
            continue    # «предавать суду», «отдать под суд»: to prosecute, no court spoken of
        if not adjs and not state and stem in ("суд", "трибунал"):
            plural = True     # «суда», «судов»: the courts at large, one class in either number
        label = " ".join([*adjs, many if plural else one]) + state
        label = label[:1].upper() + label[1:]
        key = _lookup(gz, m.group(0), "Body") or slug(label)
        out.append(_m(text, m.start(), m.end(), "Body", key, label, "justice_ru", is_class=plural))
    return out


#: institutions in Russian by their head noun: «Главное политическое управление Красной Армии»,
#: «Высшую школу марксизма-ленинизма», «Всероссийском театральном обществе», «Институт
#: Маркса—Энгельса—Ленина», «Отдел партийной пропаганды и агитации ЦК ВКП(б)», «Союза советских
#: писателей», «Южный фронт», «Воениздат». A name is capitalised adjectives before the head or a
#: capitalised head with a genitive after it; the key is the name's stems (one node in every case).
_RU_ADJ_END = r"(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ое|ее|ые|(?<=[кгхжшщч])ие|ых|их)"   # «-ие» of a noun: «Восстановление»
_RU_INST_HEADS = (r"(?:[Ии]нститут|[Уу]ниверситет|[Оо]тдел|[Фф]ронт)(?:а|у|ом|е|ы|ов|ам|ами|ах)?|[Шш]кол(?:а|ы|е|у|ой)|"
                  r"[Уу]правлени(?:е|я|ю|ем|и|й|ям|ями|ях)|[Оо]бществ(?:о|а|у|ом|е)|[Аа]кадеми(?:я|и|ю|ей)|[Ии]здательств(?:о|а|у|ом|е)")
_RU_GENITIVE_WORD = (r"(?:(?!(?:при|для|без|или|после|перед|против)(?![а-яё])|обязан|должн)[а-яё]{2,}(?:-[а-яё]+)?(?:ых|их|ой|ей|ого|его|ов|ев|ий|ей|а|я|и|ы)"
                     r"(?<!ся)(?<!ла)(?<!ли)(?<!ти)|наук|[а-яё]{4,}жан|"
                     r"[А-ЯЁ][а-яё]+(?:[—–-][А-ЯЁ][а-яё]+)*(?:а|я|и|ы|ой|ей|ии|ов)|ЦК|ВКП\(б\)|СССР|РСФСР|КП\(б\)[А-ЯЁ]?)")
_RU_INST_TAIL = rf"(?:[ \t]+(?:и[ \t]+)?{_RU_GENITIVE_WORD}(?![А-Яа-яЁё(-])){{1,5}}"
_INSTITUTION_RU_RE = gated(re.compile(
    rf"(?<![А-Яа-яЁё-])(?:((?:[А-ЯЁ][а-яё]+(?:-[а-яё]+)?{_RU_ADJ_END}[ \t]+)(?:[а-яё]+(?:-[а-яё]+)?{_RU_ADJ_END}[ \t]+){{0,2}})"
    rf"({_RU_INST_HEADS})(?![А-Яа-яЁё-])({_RU_INST_TAIL})?"
    rf"|((?:[а-яё]+-)?[а-яё]+{_RU_ADJ_END}[ \t]+)?((?:Институт|Университет|Отдел|Союз|Академи|Издательств|Обществ|отдел)[а-яё]{{0,2}})(?![А-Яа-яЁё-])({_RU_INST_TAIL})"
    r"|([А-ЯЁ][а-яё]*издат)(?:а|у|ом|е)?(?![А-Яа-яЁё-]))"))
#: «Советское общество», «Советского Союза», «институт комиссаров»: society, the state, an institution
#: in the abstract, not a body
_RU_INST_NOT = re.compile(r"(?i)^(?:советск|социалистическ|капиталистическ|буржуазн|человеческ|коммунистическ|бесклассов|"
                          r"феодальн|классов|нов|стар|друг|эт|так|ин|наш|ваш|кажд|люб|сам)[а-яё]*\s|^вс(?:е|ех|ем|еми)\s")
_RU_INST_SOCIETY_HEADS = re.compile(r"(?i)обществ|союз")
_RU_CASE_END = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ями|ами|ой|ей|ый|ий|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ам|ям|ах|ях|ов|ев|а|я|у|ю|е|и|ы|о|й)$")


_RU_INST_STEMS = ("институт", "университет", "отдел", "фронт", "школ", "управлени", "обществ", "академи", "издательств", "союз")


def _ru_stems(words: str) -> str:
    """The words less their case endings (a head noun its stem): one key in every case."""
    def stem(w: str) -> str:
        w = w.lower()
        head = next((h for h in _RU_INST_STEMS if w.startswith(h) and len(w) - len(h) <= 3), None)
        return head or _RU_CASE_END.sub("", w) or w
    return "_".join(stem(w) for w in re.findall(r"[А-Яа-яЁё]+", words))


@rule("institution_ru")
def institution_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    if _CYRILLIC_TEXT.search(text) is None:
        return out
    for m in _INSTITUTION_RU_RE.finditer(text):
        if m.group(7):                               # «Воениздат», «Госиздата»
            s, e, name = m.start(7), m.end(), m.group(7)
        elif m.group(2):
            adjs, head = m.group(1), m.group(2)
            if _RU_INST_NOT.match(adjs) or head.lower().startswith("союз") \
                    or re.match(r"(?i)\s*(?:[а-яё]+\s+)?комиссар", m.group(3) or ""):
                continue
            s, e, name = m.start(1), m.end(), adjs + head       # the adjectives and the head name it
        else:
            head, tail = m.group(5), m.group(6)
            if head[0].islower() and not head.lower().startswith("отдел"):
                continue
            if m.group(4) and _RU_INST_NOT.match(m.group(4)):
                continue
            if head.lower().startswith("союз") and (not tail.strip()[0].islower()
                                                   or re.search(r"(?i)советск\w*\s+$", text[max(0, m.start(5) - 14):m.start(5)])):
                continue                              # «Союза ССР», «Советского Союза»: the state
            if re.match(r"(?i)\s*(?:[а-яё]+\s+)?комиссар", tail):
                continue                              # «институт военных комиссаров»: the institution of commissars
            # «административно-хозяйственный отдел»: a lower-case head takes its adjective
            s, e, name = m.start(4) if m.group(4) and head[0].islower() else m.start(5), m.end(), head + " " + next((w for w in reversed(tail.split()) if w[0].islower() and w != "и"), tail.split()[0])
        tail_at = m.start(3) if m.group(2) and m.group(3) else m.start(6) if m.group(6) else -1
        head = m.group(2) or m.group(5) or ""
        if tail_at >= 0 and head.lower().startswith("отдел") and any(k.type == "Body" and k.start == tail_at + len(text[tail_at:]) - len(text[tail_at:].lstrip())
                                for k in known):
            continue                                  # «отдел обкома»: organ_of_body's, the organ of a known body
        if any(k.start < e and s < k.end and k.type != "Body" and k.start <= m.start() for k in known) \
                or any(k.start <= s and e <= k.end for k in known):
            continue                                  # a name the authority knows, or inside one
        surface = text[s:e]
        key = _lookup(gz, surface, "Body") or "ru_" + slug(_ru_stems(name))
        out.append(_m(text, s, e, "Body", key, re.sub(r"\s+", " ", surface), "institution_ru"))
    return out

#: an institution named by a capitalised name and its kind: "Moscow University", "the Higher
#: Party School", "Gorky Automobile Works", "the Aviapribor plant", "Harvard University Press",
#: "the Academy of Sciences of the USSR"; the kind is found first (a few literal words), the
#: name read backwards from it
_INSTITUTION_HEAD_RE = re.compile(    # a plain regex: its literals are found by re's own scan
    r"(?:University|Academy|Institute|School|Works|Plant|Factory|Colliery|Press|Theatre|Theater|Mills?|plant|factory|colliery|works|mills?)\b")
#: the name before the head: title-case words, or one acronym ("the AMO works")
_INSTITUTION_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+){1,3}|[A-Z]{2,5}[ \t]+)((?:[a-z]+[ \t]+)?)$")
_INSTITUTION_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][a-z]+(?:[ \t]+and)?[ \t]+){0,2}[A-Z][a-z]+)"
                                   r"(?:[ \t]+of[ \t]+the[ \t]+(?:USSR|RSFSR))?|[ \t]+of[ \t]+the[ \t]+(?:USSR|RSFSR)")
_INSTITUTION_NOT_FIRST = _ORGAN_STOP | {"Soviet", "Party", "Communist", "Central", "State", "All", "Each", "Every", "Our"}
_INSTITUTION_NOT_AFTER = re.compile(r"[ \t]+(?:Press|University|Institute)\b|['’]s\b")


@rule("institution_name")
def institution_name(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for h in _INSTITUTION_HEAD_RE.finditer(text):
        if h.start() and text[h.start() - 1].isalnum():
            continue
        head = h.group(0)
        if _INSTITUTION_NOT_AFTER.match(text, h.end()) and head != "Press":
            continue    # "Harvard University Press": the press is the body
        before = _INSTITUTION_NAME_BEFORE.search(text, max(0, h.start() - 80), h.start())
        words = before.group(1).split() if before else []
        if head[0].islower() and before and before.group(2) and before.group(2).split()[0] in ("of", "and", "the", "in", "at"):
            words = []
        while words and words[0] in _INSTITUTION_NOT_FIRST:
            words.pop(0)
        of = _INSTITUTION_OF_AFTER.match(text, h.end()) if head in ("University", "Academy", "Institute", "School") else None
        if not words and of is None:
            continue
        if not words and head[0].islower():
            continue
        if words:
            s = before.start(1) + before.group(1).find(words[0]) if before.start(1) + before.group(1).find(words[0]) >= before.start(1) else before.start(1)
        else:
            s = h.start()
        e = of.end() if of else h.end()
        surface = re.sub(r"\s+", " ", text[s:e])
        if any(k.start <= s and e <= k.end and k.type != "Body" for k in known):
            continue
        key = _lookup(gz, surface, "Body") or slug(surface)
        out.append(_m(text, s, e, "Body", key, surface, "institution_name"))
    return out


#: newspapers and journals by their noun: "the journal Bolshevik", "the journals “Zvezda” and
#: “Leningrad”", «газете «Советская Сибирь»», «в журнале «Коммунист»»; a transliterated title in
#: "Gazeta" ("Rabochaya Gazeta"); a periodical cited with its issue ("(Partiinoe stroitel'stvo, No. 15")
_PRESS_NOUN_RE = gated(re.compile(
    r"\b(?:journals?|newspapers?|magazines?)[ \t]+(?=[“\"«‘]|[A-Z])|(?<![А-Яа-яЁё])(?:[Гг]азет|[Жж]урнал)[а-яё]{0,3}[ \t]+(?=«)"))
_PRESS_TITLE_RE = re.compile(r"“([^”\n]{2,60})”|\"([^\"\n]{2,60})\"|«([^»\n]{2,60})»|‘([^’\n]{2,60})’|([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w'’-])")
_PRESS_AND_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+и[ \t]+)(?=[“\"«‘])")
_GAZETA_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+Gazeta\b")
_ISSUE_RE = re.compile(r"(?<=\()([A-Z][\w'’]+(?:[ \t]+[\w'’]+){0,3}),[ \t]+No\.[ \t]*\d")
_CYRILLIC_TEXT = re.compile(r"[а-яё]")


def _press(text: str, s: int, e: int, gz: Gazetteer) -> Mention:
    surface = text[s:e]
    key = _lookup(gz, surface, "Body") or slug(surface)
    other = gz.entry(key)
    if other is not None and other.type != "Body":
        key += "_periodical"     # the journal “Leningrad” is not the city
    return _m(text, s, e, "Body", key, surface, "press_title")


@rule("press_title")
def press_title(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _PRESS_NOUN_RE.finditer(text):
        pos = m.end()
        while True:
            t = _PRESS_TITLE_RE.match(text, pos)
            if t is None:
                break
            g = next(i for i in range(1, 6) if t.group(i))
            if g == 5:
                if t.group(5).split()[0] in _NOT_NAMES or any(k.start <= t.start() < k.end for k in known):
                    break
                out.append(_press(text, m.start(), t.end(), gz))   # "the journal Bolshevik": the noun is part of the name
                break
            out.append(_press(text, t.start(g), t.end(g), gz))
            a = _PRESS_AND_RE.match(text, t.end())
            if a is None:
                break
            pos = a.end()
    for m in _GAZETA_RE.finditer(text) if "Gazeta" in text else ():
        out.append(_press(text, m.start(), m.end(), gz))
    for m in _ISSUE_RE.finditer(text) if "No." in text else ():
        out.append(_press(text, m.start(1), m.end(1), gz))
    return out


_JOINT_RE = re.compile(r"(?i)\b(?:joint|combined|united|объедин[её]нн\w+|совместн\w+)\s+(session|sitting|meeting|plenum|заседани\w*|собрани\w*|пленум\w*)\s+(?:of\s+)?(?:the\s+)?")
_JOINT_AND_RE = re.compile(r"(?i)\s*(?:,\s*|\s+)(?:and|и)\s+(?:of\s+)?(?:the\s+)?")
_PARTY_TAIL_RE = re.compile(r"\s+(?:of\s+the\s+)?(?:VKP\s?\([bB]\)|RKP\s?\([bB]\)|CPSU|ВКП\s?\(б\)|РКП\s?\(б\)|КПСС)")


@rule("joint_session")
def joint_session(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"the joint session of the Politburo and the Presidium of the CCC", «объединённое заседание ЦК
    и ЦКК ВКП(б)»: the two bodies sitting together are an organ of their own, which adopts
    resolutions; so is a joint plenum of the CC and the CCC (the gold keeps it apart from the CC plenum)."""
    out = []
    bodies = {k.start: k for k in known if k.type == "Body"}
    for m, first in _before_known(text, _JOINT_RE, known, ("Body",)):
        if any(k.type == "Body" and k.start <= m.start() < k.end for k in known):
            continue   # the authority names it
        g = _JOINT_AND_RE.match(text, max(first.end, max((b.end for b in known if b.type == "Body" and b.start == first.start), default=first.end)))
        second = bodies.get(g.end()) if g else None
        if second is None:
            continue
        end = second.end
        tail = _PARTY_TAIL_RE.match(text, end)
        if tail and not any(b.start <= end < b.end for b in known if b.type == "Body" and b.end > tail.end()):
            end = tail.end()
        kind = "plenum" if re.match(r"(?i)plenum|пленум", m.group(1)) else "session"
        key = f"joint_{kind}_{first.key}_{second.key}"
        out.append(_m(text, m.start(), end, "Body", key, f"Joint {kind} of the {first.label} and the {second.label}", "joint_session"))
    return out


_COMMITTEE_RE = re.compile(rf"\b({NAME})\s+(obkom|kraikom|gorkom|raikom|okruzhkom|gubkom|ukom|"
                           rf"(?:city|regional|oblast|district|krai|provincial|uezd)\s+(?:party\s+)?committee|party committee)\b")
#: "oblast party committee" is the obkom: one committee, one key in any wording
_COMMITTEE_WORDS = {"city": "gorkom", "regional": "obkom", "oblast": "obkom", "district": "raikom", "krai": "kraikom",
                    "provincial": "gubkom", "uezd": "ukom"}
#: «обкома и горкома», "obkom and gorkom": a second committee of the same place
_AND_COMMITTEE_RE = re.compile(r"\s+(?:and|и)\s+(obkom|kraikom|gorkom|raikom|gubkom|ukom|(?:уком|губком|обком|райком|горком|окружком|крайком|волком)(?:а|у|ом|е)?)(?![\w])")


@rule("local_committee")
def local_committee(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"the Rostov obkom": one committee, distinct from the class of obkoms."""
    out = []
    for m in _COMMITTEE_RE.finditer(text):
        if m.group(1) in _NOT_NAMES or m.group(1) in ("All", "Each", "Every", "Primary", "Local"):
            continue
        noun = re.sub(r"\s+", " ", m.group(2))
        norm = _COMMITTEE_WORDS.get(noun.split()[0], noun) if noun.endswith("committee") and noun != "party committee" else noun
        label = f"{m.group(1)} {noun}"
        key = _lookup(gz, label, "Body") or _lookup(gz, f"{m.group(1)} {norm}", "Body") or slug(f"{m.group(1)} {norm}")
        out.append(_m(text, m.start(), _party_tail(text, m.end()), "Body", key, label, "local_committee"))
        out += _and_committee(text, m.end(), m.group(1), gz)
    # «Вяземского укома», «Курский губком»: a place adjective before a committee (any case)
    places = {k.start: k for k in known if k.type == "Place"}
    for m in _COMMITTEE_RU_RE.finditer(text):
        adj, noun = m.group(1), m.group(2).lower()
        base = _RU_COMMITTEE_NOUNS[re.match(r"[а-я]+?ком", noun).group(0)]
        stem = re.sub(r"(?:ского|скому|ским|ском|ский|ская|ской|скую)$", "", adj)
        label = f"{stem}ский {base}"
        place = places.get(m.start())
        if place is None or place.end != m.end(1):
            # «Рубцовский окружком»: a generated town is not named by its adjective (gazetteer), but
            # its committee's key is still made from the town's name
            key = _lookup(gz, (stem + "ск").title(), "Place")
            town = gz.entry(key) if key else None
            place = Mention(m.start(1), m.end(1), adj, "Place", town.id, town.label) \
                if town is not None and is_generic(town) else None
        # the place the authority knows gives the key the English name gives ("Kursk obkom")
        key = _lookup(gz, label, "Body") or (f"{place.key}_{slug(base)}" if place is not None and place.end == m.end(1)
                                            else _ru_committee_key(gz, stem, base))
        # «Сталинградским обкомом ВКП(б)»: the party named after the committee is part of its name
        out.append(_m(text, m.start(), _party_tail(text, m.end()), "Body", key, label, "local_committee"))
        out += _and_committee(text, m.end(), place.key if place is not None and place.end == m.end(1) else slug(stem), gz,
                              f"{stem}ский")
    # «Харьковский, Днепропетровский и Одесский обкомы»: singular adjectives before a plural
    # committee noun name one committee each
    for m in _COORD_COMMITTEES_RU_RE.finditer(text) if "ком" in text else ():
        base = _RU_COMMITTEE_NOUNS[re.match(r"[а-я]+?ком", m.group(2).lower()).group(0)]
        adjs = list(re.finditer(r"[А-ЯЁ][а-яё]+", m.group(1)))
        for k, a in enumerate(adjs):
            stem = re.sub(r"(?:ского|скому|ским|ском|ский|ской)$", "", a.group(0))
            place = places.get(m.start(1) + a.start())
            pkey = place.key if place is not None and place.end == m.start(1) + a.end() and gz.entry(place.key) is not None \
                else _ru_adjective_place(gz, stem)
            label = f"{stem}ский {base}"
            key = _lookup(gz, label, "Body") or (f"{pkey}_{slug(base)}" if pkey else _ru_committee_key(gz, stem, base))
            end = m.end() if k == len(adjs) - 1 else m.start(1) + a.end()
            out.append(_m(text, m.start(1) + a.start(), end, "Body", key, label, "local_committee"))
    # "the Akmolinsk and Kokchetav obkoms": the two places' committees named together (one name,
    # as the gold has it), the places within it
    for m in _TWO_COMMITTEES_RE.finditer(text):
        first = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if first is None or first.group(1) in _NOT_NAMES or m.group(1) in _NOT_NAMES:
            continue
        surface = text[first.start(1):m.end()]
        out.append(_m(text, first.start(1), m.end(), "Body", _lookup(gz, surface, "Body") or slug(surface), surface,
                      "local_committee"))
        for a, b in ((first.start(1), first.end(1)), (m.start(1), m.end(1))):
            out.append(_m(text, a, b, "Place", _lookup(gz, text[a:b], "Place") or slug(text[a:b]), text[a:b], "local_committee"))
    # "underground obkoms and raikoms", «подпольные обкомы»: the class of committees working
    # under occupation (1941-44); "the Chernigov underground obkom", «Черниговский подпольный
    # обком»: one of them
    for m in _UNDERGROUND_RE.finditer(text) if "nderground" in text or "одпольн" in text else ():
        en = m.group(3) is not None
        place, noun = (m.group(1), m.group(3)) if en else (m.group(5), _RU_UNDERGROUND.get(m.group(7)[:5].lower(), ""))
        plural = bool(m.group(4)) if en else bool(re.search(r"(?:ы|ов|ам|ами|ах)$", m.group(7)))
        if not noun or place in _NOT_NAMES:
            continue
        if place and not plural:
            stem = re.sub(r"(?:ского|скому|ским|ском|ский|ской)$", "", place)
            label = f"{place} underground {noun}" if en else f"{stem}ский подпольный {m.group(7)[:-1] if m.group(7)[-1] in 'аеуы' else m.group(7)}"
            out.append(_m(text, m.start(), m.end(), "Body", _lookup(gz, label, "Body") or slug(label), label, "local_committee"))
        elif plural:
            s = m.start(2) if en else m.start(6)
            out.append(_m(text, s, m.end(), "Body", f"underground_{noun}s", f"Underground {noun}s",
                          "local_committee", is_class=True))
    return out


_TWO_COMMITTEES_RE = re.compile(rf" and ({NAME}) (obkoms|kraikoms|gorkoms|raikoms|okruzhkoms|gubkoms)\b")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({NAME})$")
_UNDERGROUND_RE = gated(re.compile(
    rf"\b(?:({NAME})[ \t]+)?([Uu]nderground)[ \t]+(obkom|raikom|gorkom)(s?)\b"
    r"|(?<![А-Яа-яЁё])(?:([А-ЯЁ][а-яё]+(?:ского|скому|ским|ском|ский|ской))[ \t]+)?([Пп]одпольн)[а-яё]{1,3}[ \t]+"
    r"((?:обком|райком|горком)(?:ы|ов|ам|ами|ах|а|у|ом|е)?)(?![а-яё])"))
_RU_UNDERGROUND = {"обком": "obkom", "райко": "raikom", "горко": "gorkom"}


#: «московской организации», «Ленинградская губернская организация партии»: a city's or a
#: region's party organization named by the place's adjective (any case, headings in capitals)
_ORGANIZATION_RU_RE = re.compile(r"(?i)(?<![а-яё])([а-яё]{3,}?)(?:ская|ской|скую|скою)\s+(?:(?:губернск|областн|городск|краев|окружн|уездн)"
                                 r"(?:ая|ой|ую)\s+)?(?:партийн(?:ая|ой|ую)\s+)?организаци(?:я|и|ю|ей|ею)(?![а-яё])(?:\s+(?:партии|ВКП\s?\(б\)|РКП\s?\(б\)))?")


def _ru_place_of_adjective(gz: Gazetteer, stem: str) -> Mention | None:
    """The place a Russian adjective's stem names: ленинград- Ленинград, смолен- Смоленск,
    москов- Москва, кур- Курск."""
    stem = stem.lower()
    for cand in (stem, stem + "ск", stem[:-2] + "ва" if stem.endswith("ов") else None):
        if cand:
            key = _lookup(gz, cand.title(), "Place")
            if key:
                return gz.entry(key)
    return None


@rule("party_organization_ru")
def party_organization_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if "рганизаци" not in text and "РГАНИЗАЦИ" not in text:
        return out
    for m in _ORGANIZATION_RU_RE.finditer(text):
        place = _ru_place_of_adjective(gz, m.group(1))
        if place is None:
            continue
        key = _lookup(gz, f"{place.label} party organization", "Body") \
            or _lookup(gz, f"{place.id.replace('_', ' ')} party organization", "Body") or f"{place.id}_party_organization"
        out.append(_m(text, m.start(), m.end(), "Body", key, f"{place.label} party organization", "party_organization_ru"))
    return out


def _and_committee(text: str, end: int, place: str, gz: Gazetteer, adj: str | None = None) -> list[Mention]:
    """"the Leningrad obkom and gorkom", «Ленинградского обкома и горкома»: the second committee
    is the same place's."""
    g = _AND_COMMITTEE_RE.match(text, end)
    if g is None:
        return []
    noun = g.group(1).lower()
    base = _RU_COMMITTEE_NOUNS.get(re.match(r"[а-я]+?ком", noun).group(0)) if not noun.isascii() else noun
    if base is None:
        return []
    label = f"{adj} {base}" if adj else f"{place.replace('_', ' ').title()} {base}"
    key = (_lookup(gz, label, "Body") if adj else None) or _lookup(gz, f"{place.replace('_', ' ')} {slug(base)}", "Body") \
        or f"{place}_{slug(base)}"
    return [_m(text, g.start(1), _party_tail(text, g.end()), "Body", key, label, "local_committee")]


def _party_tail(text: str, end: int) -> int:
    g = _PARTY_TAIL_RE.match(text, end) or _PARTY_WORD_RU.match(text, end)
    return g.end() if g else end


_PARTY_WORD_RU = re.compile(r"\s+партии(?![А-Яа-яЁё])")


@rule("committee_bureau")
def committee_bureau(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"the bureau of the Kursk obkom", «бюро Вяземского укома»: the standing organ of a committee
    (runs on the committees the other rules found)."""
    out = []
    for m, body in _before_known(text, _BUREAU_RE, known, ("Body",)):
        if any(k.start == m.start() and k.type == "Body" for k in known) or not re.search(
                r"(?i)kom\b|kom[as]\b|committee|ком\w{0,3}$|комитет", body.text):
            continue
        label = f"Bureau of the {body.label}"
        out.append(_m(text, m.start(), body.end, "Body", f"{body.key}_bureau", label, "local_committee", is_class=body.is_class))
    return out


#: the standing organs a body has: "the Presidium of the CCC", "the editorial board of Pravda",
#: "the Party Collegium of the commission", «президиум ЦКК», «редакция „Правды“»
_ORGAN_OF_RE = re.compile(r"(?i)(?<![\w-])(presidium|editorial\s+board|party\s+collegium|collegium|secretariat|executive\s+committee|"
                          r"board|plenum|commission|department|sector|delegation|directorate|делегаци\w{0,2}|"
                          r"президиум\w{0,2}|редакци\w{0,2}|партколлеги\w{0,2}|коллеги\w{0,2}|секретариат\w{0,2}|"
                          r"пленум\w{0,2}|комисси\w{0,2}|отдел\w{0,2}|сектор\w{0,2})\s+(?:of\s+(?:the\s+|this\s+|that\s+)?)?[“\"«„]?")
_ORGAN_NAMES = {"presidium": "presidium", "editorial board": "editorial_board", "party collegium": "party_collegium",
                "collegium": "collegium", "secretariat": "secretariat", "executive committee": "executive_committee",
                "board": "board", "plenum": "plenum", "commission": "commission", "department": "department",
                "sector": "sector", "delegation": "delegation", "directorate": "directorate", "делегаци": "delegation",
                "президиум": "presidium", "редакци": "editorial_board", "партколлеги": "party_collegium",
                "коллеги": "collegium", "секретариат": "secretariat", "пленум": "plenum", "комисси": "commission",
                "отдел": "department", "сектор": "sector"}


@rule("organ_of_body")
def organ_of_body(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A standing organ named by its kind and the body it belongs to: "the Presidium of the
    CCC", "the editorial board of Pravda" (its partOf follows from the name)."""
    out = []
    for m, body in _before_known(text, _ORGAN_OF_RE, known, ("Body",)):
        if body.is_class or any(k.start == m.start() and k.type == "Body" for k in known):
            continue
        noun = re.sub(r"\s+", " ", m.group(1).lower())
        organ = next((v for k, v in _ORGAN_NAMES.items() if noun.startswith(k)), None)
        if organ is None or body.key.endswith(organ):
            continue
        start, label = m.start(), f"{organ.replace('_', ' ').title()} of the {body.label}"
        q = _ORGAN_QUALIFIER.search(text, max(0, start - 60), start) if organ in _QUALIFIED_ORGANS else None
        if q is not None:
            # "the Science Department of the CC", «Сельскохозяйственный отдел обкома»: which one
            start, label = q.start(), f"{q.group(0).strip()} {label}"
            key = _lookup(gz, text[start:body.end], "Body") or f"{body.key}_{slug(q.group(0))}_{organ}"
        else:
            key = _lookup(gz, text[start:body.end], "Body") or _organ_keys(gz).get((organ, body.key)) or f"{body.key}_{organ}"
        out.append(_m(text, start, body.end, "Body", key, label, "organ_of_body"))
    return out


#: the Communist party of a republic or a country: "the Communist Party of Kazakhstan",
#: «Компартии Эстонии», «Коммунистической партии (большевиков) Белоруссии»
_NATIONAL_PARTY_RE = re.compile(r"(?<![\w-])(?:Communist\s+Party(?:\s+\(Bolsheviks?\))?\s+of\s+(?:the\s+)?|"
                                r"(?:Компарти[яиюей]|Коммунистическ(?:ая|ой|ую)\s+парти[яиюей](?:\s+\(большевиков\))?)\s+)$")


def _party_before_places(text: str, known: list[Mention]):
    """(match, place) for each place named right after "Communist Party of", «Компартии»."""
    if "Communist Party" not in text and "омпарти" not in text and "оммунистическ" not in text:
        return
    for k in known:
        if k.type == "Place":
            m = _NATIONAL_PARTY_RE.search(text, max(0, k.start - 45), k.start)
            if m is not None:
                yield m, k
_NOT_NATIONAL = re.compile(r"(?i)soviet|ussr|russia|rsfsr|советск|ссср|росси|рсфср")
#: a national party's CC is an organ of that party, not the party:
#: "the CC of the CP of <republic>", «ЦК КП(б) <республики>», "the <adjective> Central Committee"
_NATIONAL_CC_RE = re.compile(r"(?<![\w-])(?:Central\s+Committee|CC|ЦК|Центральн(?:ый|ого|ому|ым|ом)\s+[Кк]омитет(?:а|у|ом|е)?)\s+(?:of\s+(?:the\s+)?)?")
_ADJ_CC_RE = re.compile(r"\b([A-Z][a-z]+(?:ian|ani|ish|ese|an|ek|kh|ic))\s+(?:Central\s+Committee|CC)$")
_CC_WORDS_RE = re.compile(r"Central Committee\b|CC\b")
_NATIONAL_LABEL = re.compile(r"^(?:[A-Z][a-z]+ )?Communist Party\b|^Коммунистическая партия")


_NATIONAL: dict[str, bool] = {}
_ADJECTIVES: dict[int, frozenset[str]] = {}


def _party_adjectives(gz: Gazetteer) -> frozenset[str]:
    """The adjectives the authority names a Communist party by ("Georgian Communist Party")."""
    if id(gz) not in _ADJECTIVES:
        _ADJECTIVES.clear()
        _ADJECTIVES[id(gz)] = frozenset(g.group(1) for e in gz.authority.entries.values() if e.type == "Body"
                                        and e.id != "communist_party"
                                        for n in e.all_names for g in [re.fullmatch(r"([A-Z][a-z]+) Communist Party", n)] if g)
    return _ADJECTIVES[id(gz)]


def _national_party(gz: Gazetteer, m: Mention) -> bool:
    if m.type != "Body" or m.is_class or m.key == "communist_party":
        return False
    if m.key not in _NATIONAL:
        if len(_NATIONAL) > 10_000:
            _NATIONAL.clear()
        e = gz.entry(m.key)
        _NATIONAL[m.key] = bool(_NATIONAL_LABEL.search(e.label if e else m.label))
    return _NATIONAL[m.key]


@rule("national_party")
def national_party(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A republic's or a country's Communist party named by its place ("the Communist Party of
    Turkmenistan"): a body of its own (the authority knows the larger ones by name)."""
    out = []
    if "Communist Party" not in text and "омпарти" not in text and "оммунистическ" not in text:
        return out
    for m, place in _party_before_places(text, known):
        if _NOT_NATIONAL.search(place.text) or any(k.type == "Body" and k.start <= m.start() and place.end <= k.end for k in known):
            continue
        label = f"Communist Party of {place.label}"
        key = _lookup(gz, text[m.start():place.end], "Body") or _lookup(gz, label, "Body") or f"cp_{place.key}"
        out.append(_m(text, m.start(), place.end, "Body", key, label, "national_party"))
    return out


@rule("national_cc")
def national_cc(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A national party's CC, an organ of that party ("the CC of the CP of <republic>",
    «ЦК КП(б)У», "the <adjective> Central Committee"); the party stays a mention of its own
    inside the name."""
    out = []
    parties = [k for k in known if _national_party(gz, k)]
    if not parties and "Communist Party of" not in text and "омпарти" not in text:
        return out
    found = list(parties)
    for m, place in _party_before_places(text, known):
        if not _NOT_NATIONAL.search(place.text):
            found.append(_m(text, m.start(), place.end, "Body", f"cp_{place.key}", f"Communist Party of {place.label}", "national_party"))
    for m, party in _before_known(text, _NATIONAL_CC_RE, found, ("Body",)) if found else ():
        if not _national_party(gz, party) and not party.key.startswith("cp_"):
            continue
        out.append(_m(text, m.start(), party.end, "Body", f"{party.key}_cc", f"Central Committee of the {party.label}", "national_cc"))
    adjectives = _party_adjectives(gz)
    for c in _CC_WORDS_RE.finditer(text) if any(a in text for a in adjectives) else ():
        m = _ADJ_CC_RE.search(text, max(0, c.start() - 25), c.end())
        if m is None or m.group(1) not in adjectives:
            continue
        party = _lookup(gz, f"{m.group(1)} Communist Party", "Body")
        e = gz.entry(party) if party else None
        if e is not None:
            out.append(_m(text, m.start(), m.end(), "Body", f"{party}_cc", f"Central Committee of the {e.label}", "national_cc"))
    return out


#: a branch of the state named by what it runs: "the Ministry of Higher Education", "People's
#: Commissariat of Heavy Industry", «Наркомат путей сообщения», «Главное управление пожарной охраны»;
#: its head by the same name: "Minister of Power Stations", «министра чёрной металлургии»
_BRANCH_EN = r"(?:the\s+)?[A-Z][a-z]+(?:[\s-]+(?:and\s+)?[A-Z][a-z]+){0,3}(?:\s+of\s+the\s+(?:USSR|RSFSR))?(?![\w'’-])"
_MINISTRY_EN_RE = re.compile(rf"(?<![\w-])(?:People['’]s\s+)?(?:Commissariat|Ministry)\s+(?:of|for)\s+{_BRANCH_EN}")
_MINISTER_EN_RE = re.compile(rf"(?<![\w-])(?:(?:First\s+)?Deputy\s+)?(?:People['’]s\s+Commissar|Minister)\s+(?:of|for)\s+{_BRANCH_EN}")
_RU_GEN_ADJ = r"[а-яё]+(?:-[а-яё]+)?(?:ой|ей|ых|их|ого|его)"
_BRANCH_RU = (rf"(?:{_RU_GEN_ADJ}(?:\s+и\s+{_RU_GEN_ADJ})?\s+)*[а-яё]{{3,}}(?<!ть)(?<!ся)(?<!ли)(?<!ет)(?<!ит)"
              r"(?:\s+[а-яё]+(?:ия|ии|ения|ений|ства|ов|ей|ий))?(?:\s+(?:СССР|РСФСР|Союза\s+ССР))?(?![А-Яа-яЁё-])")
_MINISTRY_RU_RE = re.compile(rf"(?<![А-Яа-яЁё-])((?:[Нн]ародн(?:ый|ого|ому|ым|ом)\s+[Кк]омиссариат|[Нн]аркомат|[Мм]инистерств|"
                             rf"[Гг]лавн(?:ое|ого|ому|ым)\s+[Уу]правлени)[а-яё]{{0,2}})\s+({_BRANCH_RU})")
_MINISTER_RU_RE = re.compile(rf"(?<![А-Яа-яЁё-])((?:(?:[Пп]ерв(?:ый|ого|ому|ым)\s+)?[Зз]аместител[ьяюе]м?\s+)?"
                             rf"(?:[Мм]инистр|[Нн]арком|[Нн]ародн(?:ый|ого|ому|ым)\s+[Кк]омиссар)(?:а|у|ом|е|ы|ов|ами)?)\s+({_BRANCH_RU})")
_RU_BRANCH_HEADS = (("народн", "narkomat"), ("нарком", "narkomat"), ("министерств", "ministerstvo"), ("главн", "glavnoe upravlenie"))
_COUNCIL_BEFORE = re.compile(r"(?:Совет\w*|Council\s+of)\s+$")
#: each pattern with the words one of which its every match holds (most texts hold none)
_BRANCH_PATTERNS = ((_MINISTRY_EN_RE, "Body", ("Ministry", "Commissariat")),
                    (_MINISTRY_RU_RE, "Body", ("омиссариат", "аркомат", "инистерств", "правлени")),
                    (_MINISTER_EN_RE, "Position", ("Minister", "Commissar")),
                    (_MINISTER_RU_RE, "Position", ("инистр", "арком", "омиссар")))


@rule("state_branch")
def state_branch(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Ministries, people's commissariats and main directorates named by their branch, and the
    offices that head them (the authority knows the best-known by their short names). A Russian
    name is keyed by its head word's lemma and its branch (in the genitive in every case)."""
    out = []
    for pattern, etype, cues in _BRANCH_PATTERNS:
        if not any(c in text for c in cues):
            continue
        for m in pattern.finditer(text):
            surface = m.group(0)
            if _COUNCIL_BEFORE.search(text, max(0, m.start() - 20), m.start()) or text[m.start() - 1:m.start()] == "-":
                continue    # "Council of Ministers", «Совета министров»; "Prime-Minister"
            if m.re.groups:    # Russian: «Наркомата путей сообщения» is «Наркомат путей сообщения»
                head = m.group(1).lower()
                if etype == "Body":
                    lemma = next(en for stem, en in _RU_BRANCH_HEADS if stem in head)
                else:
                    lemma = ("pervyi " if "перв" in head else "") + ("zamestitel " if "заместител" in head else "") \
                        + ("ministr" if "министр" in head else "narkom")
                fallback = slug(f"{lemma} {m.group(2)}")[:60]
            else:
                fallback = slug(surface)[:60]
            # the authority's name may have the country where the text has none, or the reverse
            bare = re.sub(r"\s+(?:of\s+the\s+(?:USSR|RSFSR)|СССР|РСФСР|Союза\s+ССР)$", "", surface)
            key = _lookup(gz, surface, etype) or _lookup(gz, bare, etype) \
                or _lookup(gz, bare + (" СССР" if m.re.groups else " of the USSR"), etype) or fallback
            out.append(_m(text, m.start(), m.end(), etype, key, surface, "state_branch"))
    return out


_QUALIFIED_ORGANS = {"department", "sector", "commission", "board"}
_ORGAN_QUALIFIER = re.compile(r"(?<![\w-])(?:(?!The\b|A\b|An\b|This\b|That\b|Its\b)[A-Z][\w'’-]+\s+){1,3}$|(?<![А-Яа-яЁё])[А-ЯЁа-яё]+(?:ый|ий|ой)\s+$")
_ORGAN_KEYS: dict[int, dict[tuple[str, str], str]] = {}


def _organ_keys(gz: Gazetteer) -> dict[tuple[str, str], str]:
    """(organ, body id) → the authority's entry for that organ of that body ("plenum",
    "central_committee") → cc_plenum: the entry that is part of the body and is named by the organ."""
    if id(gz) not in _ORGAN_KEYS:
        table: dict[tuple[str, str], str] = {}
        organs = set(_ORGAN_NAMES.values())
        for e in gz.authority.entries.values():
            if e.type != "Body" or not e.part_of or e.is_class:
                continue
            for name in e.all_names:
                # "Plenum of the Central Committee": the organ, then the very body it is part of
                g = re.match(r"(?i)(?:the\s+)?([\w ]+?)\s+of\s+(?:the\s+)?(.+)$", name)
                organ = re.sub(r"\s+", "_", g.group(1).lower()) if g else None
                if organ in organs and _lookup(gz, g.group(2), "Body") == e.part_of:
                    table.setdefault((organ, e.part_of), e.id)
        _ORGAN_KEYS.clear()
        _ORGAN_KEYS[id(gz)] = table
    return _ORGAN_KEYS[id(gz)]


#: offices held in a body, named by the office and the body: "Secretary of the CC VKP(B)",
#: "chairman of the Central Control Commission", «председателя Верховного суда СССР»
_OFFICE_OF_RE = re.compile(r"(?<![\w-])((?:(?:[Ff]irst|[Ss]econd|[Dd]eputy|[Ff]irst\s+[Dd]eputy|[Ee]xecutive|[Rr]esponsible|[Gg]eneral)\s+)?"
                           r"(?:[Ss]ecretar(?:y|ies)|[Cc]hairm[ae]n|[Pp]residents?|[Pp]rocurators?|[Ee]ditors?(?:-in-[Cc]hief)?|[Pp]eople['’]s\s+[Cc]ommissars?))"
                           r"\s+of\s+(?:the\s+)?"
                           r"|(?<![А-Яа-яЁё])((?:(?:[Пп]ерв\w{2,3}|[Оо]тветственн\w{2,3})\s+)?(?:[Зз]аместител[ьяюе]м?\s+)?"
                           r"(?:[Пп]редседател[ьяюе]м?|[Сс]екретар[ьяюе]м?|[Пп]рокурор[ауе]?|[Рр]едактор[ауе]?))\s+")
_OFFICE_KEYS: dict[int, dict[tuple[str, str], str]] = {}
_RU_OFFICE_WORDS = (("перв", "first"), ("ответственн", "responsible"), ("заместител", "deputy"), ("председател", "chairman"),
                    ("секретар", "secretary"), ("прокурор", "procurator"), ("редактор", "editor"))


def _ru_office(office: str) -> str:
    """«первого заместителя председателя» → "first deputy chairman": the office in any case, named
    as in English, so that «председателя Ленгорисполкома» and "chairman of the Lengorispolkom" agree."""
    words = [next((en for stem, en in _RU_OFFICE_WORDS if w.lower().startswith(stem)), w.lower()) for w in office.split()]
    return " ".join(words)


def _office_keys(gz: Gazetteer) -> dict[tuple[str, str], str]:
    """(office word, body id) → the authority's Position for it ("Secretary of the CC" → cc_secretary)."""
    if id(gz) not in _OFFICE_KEYS:
        table: dict[tuple[str, str], str] = {}
        for e in gz.authority.entries.values():
            if e.type != "Position":
                continue
            for name in e.all_names:
                g = re.match(r"(?i)([\w' ’-]+?)\s+of\s+(?:the\s+)?(.+)$", name)
                body = _lookup(gz, g.group(2), "Body") if g else None
                if body:
                    table.setdefault((g.group(1).lower(), body), e.id)
        _OFFICE_KEYS.clear()
        _OFFICE_KEYS[id(gz)] = table
    return _OFFICE_KEYS[id(gz)]


@rule("office_of_body")
def office_of_body(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """An office named by its title and the body it is held in is a Position: "Secretary of the
    CC VKP(B)", «председателя ВЦСПС». The mention is the title; the body after it stays a mention
    of its own (who heads it, where it is). An office the authority knows by its title alone
    ("First Secretary") is the gazetteer's."""
    out = []
    for m, body in _before_known(text, _OFFICE_OF_RE, known, ("Body",)):
        end = m.end(1) if m.group(1) else m.end(2)
        if body.is_class or any(k.start < end and m.start() < k.end and k.type != "Body" for k in known):
            continue
        office = re.sub(r"\s+", " ", m.group(1) or m.group(2))
        surface = text[m.start():body.end]
        word = office.lower().rstrip("s") if m.group(1) else _ru_office(office)
        word = {"secretarie": "secretary", "chairmen": "chairman"}.get(word, word)
        key = _lookup(gz, surface, "Position") or _office_keys(gz).get((word, body.key)) \
            or slug(f"{word} {body.key}")[:60]
        label = f"{word[:1].upper()}{word[1:]} of the {body.label}" if m.group(1) else surface
        out.append(_m(text, m.start(), end, "Position", key, label, "office_of_body"))
    # «Второй секретарь ЦК КП(б) Грузии», «первому секретарю ЦК КП(б) Грузии»: the authority knows
    # the secretary of the body; the ordinal before it makes another office of that one body
    for g in _RU_ORDINAL_OFFICE.finditer(text) if "екретар" in text else ():
        pos = [k for k in known if k.type == "Position" and k.start == g.end() and not k.is_class]
        if not pos:
            continue
        p = max(pos, key=lambda k: k.end)
        parts = text[p.start:p.end].split(None, 1)
        named = parts[1] if len(parts) == 2 else ""
        inner = [k for k, _ in gz.match(named) if k.type == "Body"]
        if not inner or any(k.is_class for k in inner):
            continue   # «первый секретарь обкома»: an office of a class of bodies
        word = f"{_RU_ORDINAL_WORDS[g.group(1).lower()]} secretary"
        # the body the authority knows whole, else its name as written («ЦК КП(б) Грузии»)
        whole = [k for k in inner if k.start == 0 and k.end == len(named)]
        key = (_office_keys(gz).get((word, whole[0].key)) if whole else None) or slug(f"{word} {whole[0].key if whole else named}")[:60]
        out.append(_m(text, g.start(), p.end, "Position", key, f"{word[:1].upper()}{word[1:]} of the {whole[0].label if whole else named}", "office_of_body"))
    return out


_RU_ORDINAL_OFFICE = re.compile(r"(?<![А-Яа-яЁё])([Пп]ерв|[Вв]тор|[Тт]рет)(?:ый|ой|ого|ому|ым|ом|ий|ьего|ьему|ьим|ьем)\s+(?=[Сс]екретар)")
_RU_ORDINAL_WORDS = {"перв": "first", "втор": "second", "трет": "third"}


_RU_COMMITTEE_NOUNS = {"уком": "уком", "губком": "губком", "обком": "обком", "райком": "райком", "горком": "горком",
                       "окружком": "окружком", "крайком": "крайком", "волком": "волком"}
_COORD_COMMITTEES_RU_RE = re.compile(r"(?<![А-Яа-яЁё])((?:[А-ЯЁ][а-яё]+(?:ского|скому|ским|ском|ский|ской)(?:,\s+|\s+и\s+)){1,8}"
                                     r"[А-ЯЁ][а-яё]+(?:ского|скому|ским|ском|ский|ской))\s+"
                                     r"((?:уком|губком|обком|райком|горком|окружком|крайком)(?:ы|ов|ам|ами|ах))(?![а-яё])")


def _ru_adjective_place(gz: Gazetteer, stem: str) -> str | None:
    """The place a Russian place adjective's stem names: «Днепропетров-ский» (Днепропетровск),
    «Харьков-ский» (Харьков), «Одес-ский» (Одесса)."""
    for name in (stem + "ск", stem, stem + "а", stem + stem[-1:] + "а"):
        key = _lookup(gz, name.title(), "Place")
        if key:
            return key
    return None


def _ru_committee_key(gz: Gazetteer, stem: str, base: str) -> str:
    pkey = _ru_adjective_place(gz, stem)
    return f"{pkey}_{slug(base)}" if pkey else slug(f"{stem} {base}")


_COMMITTEE_RU_RE = re.compile(r"(?<![А-Яа-яЁё])([А-ЯЁ][а-яё]+(?:ского|скому|ским|ском|ский|ской))\s+((?:уком|губком|обком|райком|горком|окружком|крайком|волком)(?:а|у|ом|е)?)(?![а-яё])")
_BUREAU_RE = re.compile(r"(?i)(?<![\w-])(?:bureau|бюро)\s+(?:of\s+(?:the\s+|this\s+|that\s+)?)?")


# --- documents ----------------------------------------------------------------------------

_DOC_OF_DATE_RE = re.compile(rf"\b({DOC_NOUN_RE})\s+(?:of|dated|from)\s+(?:the\s+)?(?=\d|[A-Z][a-z]+\s+\d)", re.I)


@rule("document_of_date")
def document_of_date(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"its decision of 2 July 1937", "the letter of 29 July 1936"."""
    out = []
    for m in _DOC_OF_DATE_RE.finditer(text):
        ds = [d for d in find_dates(text[m.end():m.end() + 40]) if d.start == 0]
        if not ds or ds[0].precision == "year" and not re.match(r"\d{4}\b", text[m.end():]):
            continue
        d = ds[0]
        kind = doc_kind(m.group(1))
        end = m.end() + d.end
        out.append(_m(text, m.start(), end, "Document", f"{kind}_{d.iso.replace('-', '_')}",
                      f"{kind.title()} of {d.text}", "document_of_date"))
    return out


_RU_DOC_OF_DATE_RE = re.compile(r"(?i)(?<![А-Яа-яЁё])(постановлени[еяюи]\w*|решени[еяюи]\w*|резолюци[яиюей]\w*|письм[оаеу]\w*|заявлени[еяюи]\w*|"
                                r"директив[аыеу]\w*|приказ\w*|указ(?:а|ом|у|е)?|телеграмм\w*|циркуляр\w*|обращени[еяюи]\w*)"
                                r"((?:[ \t]+(?!от\b)[^\s.;:!?]+){0,8}?)[ \t]+от\s+(?=\d)")   # within one line


_RU_DOC_NOUN_WORD = re.compile(r"(?i)(?<![А-Яа-яЁё])(?:постановлени[еяюи]\w*|решени[еяюи]\w*|резолюци[яиюей]\w*|письм[оаеу]\w*|"
                               r"заявлени[еяюи]\w*|директив[аыеу]\w*|приказ\w*|указ(?:а|ом|у|е)?|телеграмм\w*|циркуляр\w*|"
                               r"обращени[еяюи]\w*)(?![А-Яа-яЁё])")


@rule("document_of_date_ru")
def document_of_date_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """«письмо от 2 марта 1930 года», «Решением Политбюро ЦК от 5 мая
    1927 года»: a decision named by its date (the issuer may stand between)."""
    out = []
    for m in _RU_DOC_OF_DATE_RE.finditer(text):
        ds = [d for d in find_dates(text[m.end():m.end() + 40]) if d.start == 0]
        if not ds or ds[0].precision != "day":
            continue
        d = ds[0]
        end = m.end() + d.end
        g = re.match(r"\s+(?:года|г\.)", text[end:end + 8])
        if g:
            end += g.end()
        # «по решению ЦК ВКП(б) указом Президиума … от 16 июля 1941 г.»: the date is the last
        # document's (the decree); the decision before it is a document of its own
        start, noun = m.start(), m.group(1)
        for later in _RU_DOC_NOUN_WORD.finditer(text, m.start(2), m.end(2)):
            start, noun = later.start(), later.group(0)
        kind = doc_kind(noun.lower())
        out.append(_m(text, start, end, "Document", f"{kind}_{d.iso.replace('-', '_')}",
                      f"{kind.title()} of {d.text}", "document_of_date_ru"))
    return out


_POSSESSIVE_DOC_RE = re.compile(rf"['’]s\s+((?:[\w-]+\s+){{0,5}}?)({DOC_NOUN_RE})\b", re.I)
_CLAUSE_WORDS = {"it", "he", "she", "they", "we", "which", "that", "who", "whom", "was", "were", "is", "are", "has",
                 "had", "have", "been", "and", "or", "but", "two", "three", "several", "its", "their"}
_EVALUATIVE = {"famous", "well-known", "notorious", "last", "first", "new", "secret", "closed",
               "political", "recent", "latest", "celebrated", "important", "long", "lengthy",
               "short", "brief", "opening", "concluding", "final", "main", "keynote", "leading"}


@rule("document_possessive")
def document_possessive(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Comrade Zhdanov's report", "Khrushchev's well-known secret speech", "Pravda's leading
    article", "the Politburo's decision" (keyed as "decision of the Politburo" is)."""
    out = []
    owners: dict[int, Mention] = {}
    for k in known:
        if k.type == "Person" or k.type == "Body" and not k.is_class:
            owners.setdefault(k.end, k)
    for m in _POSSESSIVE_DOC_RE.finditer(text):
        owner = owners.get(m.start())
        if owner is None:
            continue
        words = m.group(1).split()
        if len(words) > 4 or any(w.lower() in _CLAUSE_WORDS or (w.lower().endswith("ed") and w.lower() not in ("closed",)) for w in words):
            continue
        while words and words[0].lower() in _EVALUATIVE:
            words.pop(0)
        kind = doc_kind(m.group(2))
        if words:
            name = " ".join(words)
            s = m.start(1) + m.group(1).find(words[0])
            label = f"{owner.label}'s {name} {m.group(2)}"
            key = _lookup(gz, f"{name} {m.group(2)}", "Document") or _lookup(gz, name, "Document") \
                or f"{owner.key}_{kind}_{slug(name)}"
        else:
            s = owner.start
            label = f"{owner.label}'s {m.group(2)}"
            title = re.match(rf"\s*,?\s*(?:entitled\s+|titled\s+|called\s+)?({QUOTED})", text[m.end():])
            key = f"{owner.key}_{kind}" + (f"_{slug(title.group(1)[1:-1])[:40]}" if title else "")
        out.append(_m(text, s, m.end(), "Document", key, label, "document_possessive"))
    return out


_BIBL_LINE_RE = re.compile(r"(?m)^[ \t]*(?:Original\s+)?(?:Source|Sources|Published in|Translated from|Reprinted in|Источник)\s*:\s*(.+)$")


def _bibl_title(line: str, offset: int) -> tuple[int, int] | None:
    """The title inside a bibliographic line (after an editor, before the imprint)."""
    body = line
    start = 0
    if body[:1].islower():
        return None        # "abridged from …", "translated by …": a description, not a citation
    m = re.match(rf"{NAME}(?:\s+[A-Z]\.)?(?:\s+{NAME}){{1,2}}(?:\s*\(ed\.\)|,\s+(?:ed|eds|comp|trans)\.)?,\s+", body)
    if m and (", ed." in m.group(0) or "(ed.)" in m.group(0) or re.search(r",\s+(?:ed|eds)\.", m.group(0))):
        start = m.end()
    rest = body[start:]
    end_m = re.search(r",\s*(?:Vol\.|vol\.|vyp\.|т\.|No\.|pp?\.)|\s*\(|\.\s*$|,\s*\d{4}", rest)
    end = start + (end_m.start() if end_m else len(rest))
    title = body[start:end].strip(" ,.")
    if len(title) < 4:
        return None
    s = offset + body.find(title, start)
    return s, s + len(title)


@rule("source_line")
def source_line(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Source: R. V. Daniels, ed., A Documentary History of Communism (New York: Vintage, 1962)"."""
    out = []
    for m in _BIBL_LINE_RE.finditer(text):
        span = _bibl_title(m.group(1), m.start(1))
        if span is None:
            continue
        s, e = span
        title = text[s:e]
        key = _lookup(gz, title, "Document") or slug(title)[:60]
        out.append(_m(text, s, e, "Document", key, title, "source_line"))
    for m in _BIBL_LINE_RE.finditer(text):
        for q in re.finditer(rf"\b({DOC_NOUN_RE})\b[^\n“\"«]{{0,80}}?({QUOTED})", m.group(1), re.I):
            qs = m.start(1) + q.start(2) + 1
            qe = m.start(1) + q.end(2) - 1
            title = text[qs:qe]
            out.append(_m(text, qs, qe, "Document", f"__source__{doc_kind(q.group(1))}__{slug(title)[:50]}", title, "source_line"))
    return out


_BIBLIO_RE = re.compile(r"(?im)^[ \t]*(?:Literature|Bibliography|Further reading|References|Sources?|Works cited|Литература|Лит\.|Источники)\s*[:.]?\s*(.+)$")
#: «Кутузов В. А. Так называемое «Ленинградское дело» // Вопросы истории КПСС. 1989. № 3.»: author,
#: title, "//", the journal or collection, the year
_BIBLIO_ITEM_RU_RE = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+(?:[А-ЯЁ]\.\s?){1,2})\s*([А-ЯЁA-Z«][^/;]{3,200}?)\s+//\s+([^.;/]{3,80}?)\.\s+((?:1[89]|20)\d\d)\b")
#: "Amy Knight, in Who Killed Kirov? (1999), argued": a historian, then the book the view is in
_IN_WORK_RE = re.compile(r",\s+in\s+([A-Z][^()\n;]{3,80}?)\s+\((1[89]\d\d|20\d\d)\)")
_BIBLIO_ITEM_RE = re.compile(rf"((?:{INITIAL}\s?){{0,3}}{NAME}(?:\s+(?:and|&)\s+(?:{INITIAL}\s?){{0,3}}{NAME})?)(?:\s*\(eds?\.\))?,\s+"
                             r"([A-Z][^;()]{3,200}?)(?:,\s*(?:in\s+)?([A-Z][^;()]{3,80}?))?\s*\(([^()]{0,60}?(1[89]\d\d|20\d\d))\)")


_BIBLIO_ANON_RE = re.compile(r"([A-ZА-ЯЁ«][^\n]{3,200}?)(?=,\s*\d+(?:st|nd|rd|th|-е|-е изд)\.?\s+(?:ed|изд)\.|,\s*(?:vol|т|Vol)\.\s*\d"
                             r"|\s+\((?:[^()]{0,40}?,\s*)?(?:1[89]|20)\d\d\)|\s+//\s+|[.,]\s+(?:М|Л|СПб|M|L)\.(?:,|:)"
                             r"|[.,]\s+(?:Moscow|Leningrad|Москва|Ленинград)[,:])")


@rule("bibliography")
def bibliography(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Items of a literature list: an author, a title, an imprint with its year."""
    out = []
    for m in _BIBLIO_RE.finditer(text):
        if not _BIBLIO_ITEM_RE.search(m.group(1)) and not _BIBLIO_ITEM_RU_RE.search(m.group(1)):
            # a work with no author (an encyclopedia, a congress's stenographic report, a
            # collection): its title runs from the head of the line to the edition, the volume,
            # the imprint or the journal it appeared in
            t = _BIBLIO_ANON_RE.match(m.group(1))
            # (a comma in it: an author or editor before the title, "Mervyn Matthews, ed., …")
            if t is not None and "," not in t.group(1) and not m.group(0).lstrip().lower().startswith(("source", "источник")):
                title = t.group(1).strip()
                ts = m.start(1)
                out.append(_m(text, ts, ts + len(title), "Document", _lookup(gz, title, "Document") or slug(title)[:60],
                              title, "bibliography"))
            continue
        for it in _BIBLIO_ITEM_RE.finditer(m.group(1)):
            off = m.start(1)
            author = it.group(1)
            for name in re.split(r"\s+(?:and|&)\s+", author):
                s = off + it.start(1) + author.find(name)
                key, label = _person_key(gz, name)
                out.append(_m(text, s, s + len(name), "Person", key, label, "bibliography"))
            title = it.group(2).strip().rstrip(",")
            ts = off + it.start(2)
            key = _lookup(gz, title, "Document") or slug(title)[:60]
            out.append(_m(text, ts, ts + len(title), "Document", key, title, "bibliography"))
        for it in _BIBLIO_ITEM_RU_RE.finditer(m.group(1)):
            off = m.start(1)
            name = it.group(1).strip()
            surname = name.split()[0]
            key, label = _person_key(gz, ru_surname_lemma(surname))
            out.append(_m(text, off + it.start(1), off + it.start(1) + len(name), "Person", key, label, "bibliography"))
            title = it.group(2).strip()
            out.append(_m(text, off + it.start(2), off + it.start(2) + len(title), "Document",
                          _lookup(gz, title, "Document") or slug(title)[:60], title, "bibliography"))
            journal = it.group(3).strip()
            out.append(_m(text, off + it.start(3), off + it.start(3) + len(journal), "Body",
                          _lookup(gz, journal, "Body") or slug(journal)[:60], journal, "bibliography"))
    return out


@rule("work_cited_in")
def work_cited_in(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"Amy Knight, in Who Killed Kirov? (1999)": a work named, without quotation marks, after
    its author and before its year."""
    out = []
    ends = {k.end for k in known if k.type == "Person"}
    for m in _IN_WORK_RE.finditer(text):
        if m.start() not in ends:
            continue
        title = m.group(1)
        key = _lookup(gz, title, "Document") or slug(title)[:60]
        out.append(_m(text, m.start(1), m.end(1), "Document", key, title, "bibliography"))
    return out


#: "… of 30 June 1956 “…”", "… dated June 30 “…”", "… от 30 июня 1956 г. «…»": the date stands between
_DATE_BETWEEN = (rf"(?:,?\s+(?:dated|of|from|adopted\s+on|от)\s+(?:\d{{1,2}}\s+(?:{_MONTH_EN_RE}|{MONTHS_RU_RE})"
                 rf"|{_MONTH_EN_RE}\s+\d{{1,2}})(?:,?\s+\d{{4}}(?:\s*г\.)?)?,?"
                 # "… (January 1924) “…”", «… (январь 1924 г.) «…»»: the date in brackets
                 rf"|\s+\((?:[^()\n]{{0,20}}\s)?\d{{4}}(?:\s*г\.)?\))?")
_QUOTED_TITLE_RE = re.compile(rf"{_DATE_BETWEEN}(?:,\s*|\s+)(?:entitled\s+|titled\s+|called\s+|on\s+|headed\s+|under\s+the\s+(?:heading|title)\s+|под\s+заголовком\s+)?({QUOTED})")


def quoted_titles(text: str, docs: list[Mention]) -> list[Mention]:
    """A quoted title right after a document mention names the same document."""
    out = []
    for d in docs:
        if d.source in ("rule:quoted_on_title", "rule:work_title"):
            continue
        if re.search(r"(?i)(?:articles|letters|pamphlets|books|essays|works|статьи|письма)$", d.text):
            continue    # "Lenin's last articles, “…” and “…”": the titles are its members (rule work_title)
        m = _QUOTED_TITLE_RE.match(text, d.end)
        if not m:
            continue
        s, e = m.start(1) + 1, m.end(1) - 1
        inner = text[s:e]
        if not inner[:1].isupper() or len(inner.split()) < 2:
            continue
        out.append(Mention(s, e, inner, "Document", d.key, d.label, source="rule:quoted_title"))
    return out


_ADOPTING = re.compile(r"(?i)congress|conference|plenum|committee|politburo|presidium|bureau|soviet\b(?!\s+union)|council|commission|съезд|пленум|комитет")
_INTRO_DOC_RE = re.compile(rf"\b(?:an?|the|its|his|their)\s+((?:[a-z][\w-]+\s+){{0,2}}?)({DOC_NOUN_RE}|editorial)\s+(?:entitled|titled|headed|called|under\s+the\s+(?:heading|title))\s+(?={QUOTED})", re.I)


@rule("titled_document")
def titled_document(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"a lead editorial entitled “…”": a document introduced with its title."""
    out = []
    for m in _INTRO_DOC_RE.finditer(text):
        q = re.match(QUOTED, text[m.end():])
        title = q.group(0)[1:-1] if q else ""
        kind = doc_kind(m.group(2)) if m.group(2).lower() != "editorial" else "article"
        s = m.start(1) if m.group(1) else m.start(2)
        key = _lookup(gz, title, "Document") or f"{kind}_{slug(title)[:50]}"
        out.append(_m(text, s, m.end(2), "Document", key, title or m.group(2), "titled_document"))
    # "adopted the resolution “The Shakhty Affair and …”", "the decree “On the Procedure …”": the
    # title follows the kind directly
    for o in _OPEN_QUOTE_RE.finditer(text):     # quotation marks are rarer than the nouns
        m = _KIND_TITLE_RE.search(text, max(0, o.start() - 80), o.start())
        q = _QUOTED_RE.match(text, o.start()) if m is not None else None
        if q is None:
            continue
        title = q.group(0)[1:-1].rstrip(" ,.")
        on_title = _ON_TITLE_RE.match(q.group(0)) is not None
        if not (on_title or _title_ok(title)):
            continue
        kind = doc_kind(m.group(2))
        s = m.start(1) if m.group(1) else m.start(2)
        key = _lookup(gz, title, "Document") or (slug(title)[:50] if on_title else f"{kind}_{slug(title)[:50]}")
        out.append(_m(text, s, m.end(2), "Document", key, title, "titled_document"))
    return out


_KIND_TITLE_RE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Tt]heir)\s+((?:[a-z][\w-]+\s+){{0,2}}?)({DOC_NOUN_RE})[ \t]+$")
_OPEN_QUOTE_RE = re.compile(r"[“\"«‘']")
_QUOTED_RE = re.compile(QUOTED)


_BODY_DOC_RE = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))({DOC_NOUN_RE}|editorial)\b", re.I)   # no paragraph between


@rule("body_document")
def body_document(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"a TASS communiqué", "the Politburo decision of 2 July 1937", "NKVD Order No. 00447":
    a document named by its issuer standing before its kind."""
    out = []
    for b in known:
        if b.type != "Body":
            continue
        m = _BODY_DOC_RE.match(text, b.end)
        if not m or m.group(1).lower().endswith("s") and doc_kind(m.group(1)) != m.group(1).lower():
            continue
        kind = doc_kind(m.group(1)) if m.group(1).lower() != "editorial" else "article"
        tail = re.match(r"\s+(?:of\s+)?(\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4})|\s+No\.\s*(\d[\w-]*)", text[m.end():m.end() + 30])
        suffix = ""
        end = m.end()
        if tail and tail.group(2):
            suffix, end = f"_no_{tail.group(2)}", m.end() + tail.end()
        elif tail and tail.group(1):
            ds = find_dates(tail.group(1))
            if ds:
                suffix = "_" + ds[0].iso.replace("-", "_")
        key = f"{kind}{suffix}" if suffix.startswith("_1") or suffix.startswith("_2") else f"{b.key}_{kind}{suffix}"
        key = _lookup(gz, text[b.start:end], "Document") or key
        out.append(_m(text, b.start, end, "Document", key, f"{b.label} {m.group(1)}", "body_document"))
    return out


#: nouns of documents the phrase rule reads beside DOC_NOUN_RE (also its anchors, below)
_DOC_PHRASE_NOUNS = ("pamphlet", "book", "theses", "editorial", "cable", "testament", "verdict", "sentence", "announcement")
_DOC_PHRASE_RE = re.compile(
    rf"\b(?:(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?(?P<adj>(?:(?:following|coded|secret|closed|joint|famous|so-called|open|special|lengthy|new|last|first|final|circular|official|brief|further)\s+){{0,2}})"
    rf"(?P<noun>{DOC_NOUN_RE}|{'|'.join(_DOC_PHRASE_NOUNS)})(?P<tail>\s+(?:(?:of|from|by|to|addressed\s+to|sent\s+to)\s+(?:the\s+)?|No\.\s*(?=\d)))?")
_NAMED_DOC_RE = re.compile(r"\b((?:Open\s+)?(?:Platform|Letter|Appeal|Declaration|Theses|Manifesto|Statement|Testament|Programme|Program)\s+of\s+the\s+(?:[A-Z][\w’'-]+)(?:[\s-]+[A-Z][\w’'-]+){0,3})")


#: a document named by its kind and its subject: "the report on party building", "Zhdanov's
#: political report on the work of the CC", "the resolution on unity" (not "a decision on exclusion": any one)
_ON_TOPIC_RE = re.compile(r"(?<![\w-])(report|speech|address|theses|resolution|decision|directives|instructions)\s+on\s+"
                          r"((?:the\s+)?[A-Za-z][\w-]*(?:\s+(?!(?:to|at|by|for|in|and|or|which|who|that|was|were|is|are|on|with|from|as|had|has|have|he|she|it|they)\b)"
                          r"(?:of\s+(?:the\s+)?)?[A-Za-z][\w-]*){0,5})")
_ON_TOPIC_BEFORE = re.compile(r"(?i)(?:\b(?:the|his|her|its|their|our|my)\s+|[;:(]\s*|^\s*)(?:(?:main|political|closing|final|opening|concluding|organisational|organizational|secret|joint)\s+)?$")


#: "closed by adopting a resolution on the opposition": an indefinite one, but the one adopted
_ADOPTED_A = re.compile(r"(?i)\b(?:adopt(?:ed|ing|s)?|pass(?:ed|ing|es)?|issu(?:ed|ing|es)|approv(?:ed|ing|es)|publish(?:ed|ing|es)|print(?:ed|ing|s)?)\s+an?\s+$")


@rule("document_on_topic")
def document_on_topic(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _ON_TOPIC_RE.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if not (_ON_TOPIC_BEFORE.search(before) or _ADOPTED_A.search(before)) or _VERB_BEFORE.search(before) \
                or any(k.type == "Document" and k.start < m.end() and m.start() < k.end for k in known):
            continue     # "Zhdanov's report on …" is document_possessive's; a known title is the authority's
        topic = m.group(2)
        if not re.search(r"[a-z]", topic.replace("the ", "")) or topic.lower() in ("the", "this", "that", "it"):
            continue
        words = set(re.findall(r"[a-z][\w-]{2,}", topic.lower())) - {"the", "work"}
        if words and any(k.type == "Document" and k.end <= m.start() and words <= set(re.findall(r"[a-z][\w-]{2,}", k.text.lower()))
                         for k in known):
            continue     # "“On Party Unity” … the resolution on unity": the title said again
        kind = doc_kind(m.group(1))
        out.append(_m(text, m.start(), m.end(), "Document", f"{LOCAL}{kind}_on_{slug(topic)[:40]}",
                      f"{m.group(1)[:1].upper()}{m.group(1)[1:]} on {topic}", "document_on_topic"))
    return out


#: words after which "report", "appeal", "address" or "order" is a verb ("shall report to")
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)\s+")


def _given_names() -> frozenset[str]:
    from .lexicon import GIVEN_NAMES
    return GIVEN_NAMES


_VERB_BEFORE = re.compile(r"(?i)\b(?:shall|should|must|will|would|may|might|can|could|to|not|also|they|who|which|we|regularly|monthly|weekly|directly)\s+$")


@rule("document_phrase")
def document_phrase(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A document named by its kind and what makes it one: "the following directive", "a coded
    telegram", "a letter to the Party Congress", "the telegram from Stalin and Zhdanov", "Order
    No. 00485", "the Platform of the Ten". A bare "the decision" is left to anaphora."""
    out = []
    starts = {k.start: k for k in known}
    for m in _DOC_PHRASE_RE.finditer(text):
        noun = m.group("noun")
        if noun[0].isupper() and m.start("noun") > 0 and text[m.start("noun") - 2:m.start("noun")].strip() == "" and not m.group("det") \
                and not re.match(r"No\.", m.group("tail") or "") and noun.lower() not in ("order", "decree", "directive"):
            pass
        kind = doc_kind(noun) if noun.lower() not in ("pamphlet", "book", "editorial", "cable", "testament", "verdict", "sentence", "announcement") \
            else {"editorial": "article", "cable": "telegram", "sentence": "verdict", "announcement": "communique"}.get(noun.lower(), noun.lower())
        if noun.lower().endswith("s") and kind != noun.lower() and noun.lower() not in ("theses",):
            continue     # plurals: "decisions of raikoms" name no one document
        tail = m.group("tail") or ""
        if not m.group("det") and not m.group("adj") and noun.islower() and _VERB_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue     # "shall report to the Central Committee": the verb, not a report
        end = m.end("noun")
        key = None
        if re.search(r"(?i)\b(?:same|said|above|aforementioned)\s+$", text[max(0, m.start() - 12):m.start("adj") if m.group("adj") else m.start("noun")]) \
                or (m.group("det") or "").lower() in ("this", "that"):
            continue   # "the same decree of the Politburo": an anaphor, not a new document
        if tail.strip().startswith("No."):
            num = re.match(r"\d[\w-]*", text[m.end():])
            if num:
                end = m.end() + num.end()
                key = f"{kind}_no_{num.group(0)}"
        elif tail:
            target = starts.get(m.end())
            given = _GIVEN_BEFORE.match(text, m.end()) if target is None else None
            if given is not None and given.group(1) in _given_names():
                target = starts.get(given.end())     # "a letter from Yuri Zhdanov": the surname is the one known
                target = target if target is not None and target.type == "Person" else None
            if target is not None and target.type in ("Person", "Body", "Position"):
                end = target.end
                # "from Stalin and Zhdanov": a second name joins the first
                more = re.match(r"\s+and\s+", text[end:end + 6])
                if more and starts.get(end + more.end()) is not None and starts[end + more.end()].type == target.type:
                    end = starts[end + more.end()].end
                key = f"{kind}_{tail.split()[0].lower()}_{target.key}"
        adj = (m.group("adj") or "").strip()
        if key is None and adj and text[end:end + 1].isalpha():
            continue     # "is further reported": the noun was a verb's stem
        if key is None and adj and re.search(r"following|coded|secret|closed|joint|so-called|open|special|circular|official|brief|further|lengthy", adj) \
                and not re.match(r"\s+(?:was|were)\s+(?:adopted|passed|approved|issued)", text[m.end("noun"):m.end("noun") + 30]):
            key = f"{LOCAL}{kind}_{slug(adj)}"
        if key is None:
            continue
        s = m.start("adj") if adj else m.start("noun")
        out.append(_m(text, s, end, "Document", key, text[s:end], "document_phrase"))
    for m in _NAMED_DOC_RE.finditer(text):
        out.append(_m(text, m.start(1), m.end(1), "Document", _lookup(gz, m.group(1), "Document") or slug(m.group(1)),
                      m.group(1), "document_phrase"))
    # "launched by Order No. 00485", «приказом № 00447»: a numbered document (its issuer unnamed)
    for m in _NUMBERED_DOC_RE.finditer(text):
        if any(k.type == "Document" and k.start <= m.start() < k.end for k in known):
            continue
        kind = doc_kind(m.group(1))
        key = _lookup(gz, m.group(0), "Document") or f"{kind}_no_{m.group(2)}"
        out.append(_m(text, m.start(), m.end(), "Document", key, m.group(0), "document_phrase"))
    return out


_NUMBERED_DOC_RE = gated(re.compile(r"(?<![\w-])(Order|Decree|Directive|Circular|Instruction|Resolution|[Пп]риказ(?:а|у|ом|е)?|[Дд]иректив(?:а|ы|у|ой|е))"
                                    r"[ \t]+(?:No\.|№)[ \t]*(\d[\d/-]*\d|\d)"))


#: the law's standing texts, named by kind rather than by date or title: "the Criminal Code of the
#: RSFSR", «Уголовно-процессуального кодекса», "the Model Statute of the agricultural artel",
#: «Примерного устава», "the party programme", «Программы партии»
_STANDING_TEXTS = (   # (the cue every match holds, lower-cased; the name, then the state it is of)
    ("code", re.compile(r"\b((?:[Cc]riminal|[Cc]ivil|[Ll]abou?r|[Ll]and|[Pp]enal)[ \t]+[Cc]ode)((?:[ \t]+of[ \t]+the[ \t]+(?:RSFSR|USSR|Ukrainian[ \t]+SSR))?)")),
    ("statute", re.compile(r"\b([Mm]odel[ \t]+[Ss]tatutes?)((?:[ \t]+of[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}(?:artel|kolkhoz|collective[ \t]+farm)s?)?)")),
    ("programme", re.compile(r"\b([Pp]arty[ \t]+[Pp]rogramme|[Pp]rogramme[ \t]+of[ \t]+the[ \t]+(?:[A-Z]\w*[ \t]+)?Party)\b()")),
    ("кодекс", re.compile(r"(?<![А-Яа-яЁё-])([Уу]головно-процессуальн\w+[ \t]+кодекс\w*|[Уу]головн\w+[ \t]+кодекс\w*|[Гг]ражданск\w+[ \t]+кодекс\w*|"
                          r"[Зз]емельн\w+[ \t]+кодекс\w*|[Кк]одекс\w*[ \t]+законов[ \t]+о[ \t]+труде)((?:[ \t]+(?:РСФСР|СССР|УССР))?)")),
    ("устав", re.compile(r"(?<![А-Яа-яЁё-])([Пп]римерн\w+[ \t]+устав\w*)((?:[ \t]+сельскохозяйственн\w+[ \t]+артел\w+)?)")),
    ("программ", re.compile(r"(?<![А-Яа-яЁё-])([Пп]рограмм(?:а|ы|е|у|ой)[ \t]+партии)()(?![А-Яа-яЁё])")))
_STANDING_KINDS = (("criminal procedure", "уголовно-процессуальн", "criminal_procedure_code", "Code of Criminal Procedure"),
                   ("criminal", "уголовн", "criminal_code", "Criminal Code"), ("civil", "гражданск", "civil_code", "Civil Code"),
                   ("labo", "кодекс законов о труде", "labour_code", "Labour Code"), ("land", "земельн", "land_code", "Land Code"),
                   ("penal", "\x00", "criminal_code", "Criminal Code"), ("model", "примерн", "model_statute", "Model Statute"),
                   ("party programme", "программ", "party_programme", "Party Programme"),
                   ("programme of", "\x00", "party_programme", "Party Programme"))


@rule("standing_text")
def standing_text(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    low = text.lower()
    for cue, rx in _STANDING_TEXTS:
        if cue not in low:
            continue
        for m in rx.finditer(text):
            name = m.group(1).lower()
            _, _, key, label = next(k for k in _STANDING_KINDS if name.startswith(k[0]) or name.startswith(k[1]))
            if "RSFSR" in m.group(2) or "РСФСР" in m.group(2):
                key, label = f"{key}_rsfsr", f"{label} of the RSFSR"
            found = _lookup(gz, m.group(0), "Document")
            out.append(_m(text, m.start(), m.end(), "Document", found or key, label, "standing_text"))
    return out


#: a Russian document its qualifier makes one («циркулярное письмо», «закрытое письмо ЦК»,
#: «шифрованная телеграмма», «секретная директива») or an issuer's acronym the authority does
#: not know («сообщение ТАСС», «приказ ОГПУ»)
_QUALIFIED_DOC_RU_RE = gated(re.compile(
    r"(?<![А-Яа-яЁё-])([Цц]иркулярн|[Зз]акрыт|[Шш]ифрованн|[Сс]екретн|[Сс]овместн)(?:ое|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми)[ \t]+"
    r"(письм[оау]|письмом|письме|телеграмм[аыуе]|телеграммой|директив[аыуе]|директивой|постановлени[еяю]|постановлением|решени[еяю]|решением)(?![А-Яа-яЁё])"))
_ACRONYM_DOC_RU_RE = gated(re.compile(
    r"(?<![А-Яа-яЁё-])([Сс]ообщени[еяюи]|[Сс]ообщением|[Пп]риказ[аеуом]?|[Пп]риказом|[Дд]иректив[аыуе]|[Дд]ирективой|[Зз]аявлени[еяюи]|[Зз]аявлением)"
    r"[ \t]+([А-ЯЁ]{3,6})(?![А-Яа-яЁё(-])"))


@rule("qualified_document_ru")
def qualified_document_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    if text.isascii():
        return out
    starts = {k.start: k for k in known if k.type == "Body"}
    for m in _QUALIFIED_DOC_RU_RE.finditer(text):
        kind = doc_kind(m.group(2).lower())
        end, key = m.end(), f"{LOCAL}{kind}_{slug(m.group(1).lower())}"
        body = starts.get(end + 1) if text[end:end + 1] == " " else None
        if body is not None and not body.is_class:
            key = f"{body.key}_{kind}_{slug(m.group(1).lower())}"   # «закрытое письмо ЦК ВКП(б)»: the CC's (who issues it stays a name of its own)
        out.append(_m(text, m.start(), end, "Document", key, text[m.start():end], "qualified_document_ru"))
    for m in _ACRONYM_DOC_RU_RE.finditer(text):
        if m.start(2) in starts:
            continue     # a known issuer: document_of_body's
        kind = doc_kind(m.group(1).lower())
        found = _lookup(gz, m.group(2), "Body")
        out.append(_m(text, m.start(), m.end(), "Document", f"{found or slug(m.group(2))}_{kind}",
                      text[m.start():m.end()], "qualified_document_ru"))
    return out


#: "Rykov, Tomsky and I handed to the joint session a declaration", "handed the Congress a
#: declaration renouncing their views": a document brought into the text by the act that made it
_INTRODUCED_DOC_RE = re.compile(rf"\b(?:handed|submitted|sent|addressed|presented|wrote|drew\s+up|drafted|signed|circulated|"
                                rf"dispatched|tabled|lodged)\b[^.;:\n]{{0,80}}?\b(?:a|an)\s+((?:[a-z][a-z-]+\s+){{0,2}}?)"
                                rf"({DOC_NOUN_RE})\b(?!\s+(?:of|on|to|from|by|entitled|titled|headed|called|No\.)\s)(?!\s*[“\"«])")


@rule("introduced_document")
def introduced_document(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _INTRODUCED_DOC_RE.finditer(text):
        noun = m.group(2)
        kind = doc_kind(noun)
        if noun.endswith("s") and kind != noun and noun != "theses":
            continue
        s = m.start(1) if m.group(1) else m.start(2)
        out.append(_m(text, s, m.end(2), "Document", f"{LOCAL}{kind}", text[s:m.end(2)], "introduced_document"))
    return out


_RANK_RE = re.compile(r"\b(Marshals?|Generals?|Admirals?|Colonels?|Commissars?|Marshals? of the Soviet Union|Army General|"
                      r"Маршала? Советского Союза|генерала? армии|генерала?|адмирала?|маршала?)\s+(?=(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){0,2}[A-ZА-ЯЁ][a-zа-яё])")
_PAREN_OFFICE_RE = re.compile(r"\((chairman|chair|secretary|head|deputy chairman|председатель|секретарь)\)")


@rule("rank_title")
def rank_title(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A military or official rank before a name ("Marshals Vasilevsky, Govorov …", "Admiral
    Levchenko") is a Position; so is an office in brackets after a name ("Rudzutak (chairman)")."""
    out = []
    for m in _RANK_RE.finditer(text):
        word = m.group(1)
        base = re.sub(r"(?i)s$", "", word) if word[0].isascii() else word
        key = _lookup(gz, word, "Position") or _lookup(gz, base, "Position") or slug(base if word[0].isascii() else word)
        out.append(_m(text, m.start(1), m.end(1), "Position", key, base, "rank_title"))
    for m in _PAREN_OFFICE_RE.finditer(text):
        key = _lookup(gz, m.group(1), "Position") or slug(m.group(1))
        out.append(_m(text, m.start(1), m.end(1), "Position", key, m.group(1), "rank_title"))
    return out


_RU_DOC_PERSON_RE = re.compile(r"(?i)\b(доклад[а-яё]*|содоклад[а-яё]*|сообщени[еяюи]\w*|заявлени[еяюи]\w*|выступлени[еяюи]\w*|речь|речи|письм[а-яё]*|телеграмм[а-яё]*|записк[а-яё]*|статья|статьи|статье|статью)\s+(?:т\.|тов\.|товарища)?\s*")


_RU_DOC_OFFICE_RE = re.compile(r"(?i)(?<![а-яё])(доклад[а-яё]*|содоклад[а-яё]*|сообщени[еяюи]\w*|заявлени[еяюи]\w*|выступлени[еяюи]\w*|речь|речи|письм[а-яё]*|телеграмм[а-яё]*|записк[а-яё]*|статья|статьи|статье|статью)\s+"
                               r"(?:(?:перв\w+\s+)?(?:заместител\w+\s+)?(?:секретар|председател|нарком|министр|нач[ае]льник|прокурор)\w*\s+[^.;:\n«»]{1,50}?\s+)?"
                               r"(?:т\.|тов\.|товарища)\s*$")
_RU_COMRADE = re.compile(r"(?:т\.|тов\.|товарищ[ау]?)\s*")


@rule("document_of_person_ru")
def document_of_person_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"доклад т. Жданова", "по докладу тов. Сталина", «доклад секретаря ЦК ВКП(б) тов. Маленкова»:
    a Russian document named by its author (and the author's office)."""
    out = []
    for m, p in _before_known(text, _RU_DOC_PERSON_RE, known, ("Person",)):
        kind = doc_kind(m.group(1))
        out.append(_m(text, m.start(), p.end, "Document", f"{p.key}_{kind}", f"{p.label}'s {kind}", "document_of_person_ru"))
    for p in known:
        if p.type != "Person":
            continue
        g = _RU_COMRADE.match(p.text)
        core = p.start + (g.end() if g else 0)
        if not g and text[max(0, p.start - 6):p.start].rstrip()[-2:] not in ("т.", "в.", "ща"):
            continue
        m = _RU_DOC_OFFICE_RE.search(text, max(0, core - 90), core)
        if m is not None:
            kind = doc_kind(m.group(1))
            out.append(_m(text, m.start(), p.end, "Document", f"{p.key}_{kind}", f"{p.label}'s {kind}", "document_of_person_ru"))
    return out


_ELECTIONS_RE = re.compile(r"(?i)\b(выбор[а-яё]*\s+(?:в|во)\s+|elections?\s+(?:to|for)\s+(?:the\s+)?)")


@rule("elections")
def elections(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"elections to the Supreme Soviet", "выборы в Верховный Совет СССР": an event."""
    out = []
    for m, b in _before_known(text, _ELECTIONS_RE, known, ("Body",)):
        out.append(_m(text, m.start(), b.end, "Event", f"elections_{b.key}", f"Elections to the {b.label}", "elections"))
    return out


_FOLLOWING_DOC_RE = re.compile(rf"\b[Tt]he\s+following\s+({DOC_NOUN_RE})\s+(?:was|were)\s+(?:adopted|passed|approved|issued)")


@rule("following_document")
def following_document(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"The following resolution was adopted": a document quoted next, issued by the body
    named just before (a congress, a plenum)."""
    out = []
    bodies = [k for k in known if k.type == "Body" and not k.is_class and _ADOPTING.search(k.label)]
    for m in _FOLLOWING_DOC_RE.finditer(text):
        before = [b for b in bodies if b.end <= m.start() and m.start() - b.end < 600]
        issuer = before[-1].key if before else "unknown"
        kind = doc_kind(m.group(1))
        out.append(_m(text, m.start(1), m.end(1), "Document", f"{issuer}_{kind}",
                      f"{kind.title()} of the {before[-1].label}" if before else kind.title(),
                      "following_document"))
    return out


_DOC_OF_BODY_RE = re.compile(rf"\b(?:([a-z][\w-]+)\s+)?({DOC_NOUN_RE})\s+(?:of|by|from)\s+(?:the\s+)?", re.I)
_ADJ_OK = {"lengthy", "long", "new", "latest", "recent", "secret", "closed", "joint", "special", "important", "final"}


@rule("document_of_body")
def document_of_body(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"a joint resolution of the Council of People's Commissars": a document named by its issuer."""
    out = []
    starts = {k.start: k for k in known if k.type == "Body"}
    for m, body in _before_known(text, _DOC_OF_BODY_RE, known, ("Body",)):
        if body.is_class or m.group(2).lower().endswith("s") and \
                doc_kind(m.group(2)) != m.group(2).lower():
            continue
        if re.search(r"(?i)\b(?:same|that|this|said|above)\s+$", text[max(0, m.start() - 12):m.start()]) or \
                (m.group(1) or "").lower() in ("same", "that", "this", "said", "above"):
            continue
        kind = doc_kind(m.group(2))
        s = m.start(1) if m.group(1) and m.group(1).lower() in _ADJ_OK else m.start(2)
        # the longest chain of bodies: "of the Politburo of the CC of the CPSU"
        end = body.end
        nxt = re.match(r"\s+(?:of|and)\s+(?:the\s+)?", text[end:end + 12])
        while nxt and (end + nxt.end()) in starts:
            end = starts[end + nxt.end()].end
            nxt = re.match(r"\s+(?:of|and)\s+(?:the\s+)?", text[end:end + 12])
        key = f"{body.key}_{kind}"
        # "… of the Central Committee of 17 November 1938": the date names it
        dm = re.match(r"\s+of\s+(?=\d)", text[end:end + 6])
        if dm:
            ds = [d for d in find_dates(text[end + dm.end():end + dm.end() + 30]) if d.start == 0 and d.precision == "day"]
            if ds:
                key = f"{kind}_{ds[0].iso.replace('-', '_')}"
                end = end + dm.end() + ds[0].end
        out.append(_m(text, s, end, "Document", key, f"{kind.title()} of the {body.label}", "document_of_body"))
    # «постановление ЦК и ЦКК», «резолюция апрельского пленума ЦК»: the issuer in the genitive
    heading = None
    for m, body in _before_known_ru(text, known):
        if m.start() == 0 or text[m.start() - 1] == "\n":
            # «Постановление ЦИК Союза ССР «Об …». 10 июля 1934 г.»: a heading with its title on the
            # same line names the text itself (the title is the text's, not this document's)
            heading = read_header(text) if heading is None else heading
            if heading.title is not None and any(s <= m.start() < e and s <= heading.title[0] < e for s, e in heading.lines):
                continue
        if body.is_class or re.search(r"(?i)(?:этого|того|данного|настоящего|указанного|этим|этой|этому|это|эту)\s*$", text[max(0, m.start() - 14):m.start()]) \
                or m.group(1).isupper() or _RU_NOMINATIVE.match(body.text):
            continue   # a heading in capitals names the document itself; «решением партия …»: the body is the subject
        kind = doc_kind(m.group(1).lower())
        start, key = m.start(), f"{body.key}_{kind}"
        # «политический отчёт ЦК» and «организационный отчёт ЦК» are two reports of one body
        q = _RU_REPORT_KIND.search(text, max(0, m.start() - 20), m.start()) if kind == "report" else None
        if q:
            start, key = q.start(), f"{body.key}_{_RU_REPORT_KINDS[q.group(1).lower()[:5]]}_{kind}"
        end = body.end
        nxt = re.match(r"\s+(?:и)\s+", text[end:end + 6])
        while nxt and (end + nxt.end()) in starts:
            end = starts[end + nxt.end()].end
            nxt = re.match(r"\s+(?:и)\s+", text[end:end + 6])
        out.append(_m(text, start, end, "Document", key, f"{kind.title()} of the {body.label}", "document_of_body"))
    return out


def _before_known_ru(text: str, known: list[Mention]):
    """:data:`_DOC_OF_BODY_RU_RE` matches whose body may begin after any of the adjectives it took
    («резолюция апрельского объединенного пленума ЦК»: the body is «объединенного пленума ЦК»)."""
    starts = {k.start: k for k in known if k.type == "Body"}
    for m in _DOC_OF_BODY_RU_RE.finditer(text):
        body = starts.get(m.end())
        if body is None:
            for a in _RU_ADJ.finditer(text, m.end(1), m.end()):
                body = starts.get(a.start())
                if body is not None:
                    break
        if body is not None:
            yield m, body


_RU_ADJ = re.compile(r"(?<=\s)[А-ЯЁа-яё][а-яё]*")
#: what a body's report reports: «политический отчёт ЦК», «организационный отчёт ЦК»
_RU_REPORT_KIND = re.compile(r"(?i)(?<![А-Яа-яЁё])(политическ|организационн|финансов)[а-яё]*\s+(?=\Z)")
_RU_REPORT_KINDS = {"полит": "political", "орган": "organizational", "финан": "financial"}
_RU_NOMINATIVE = re.compile(r"[А-Яа-яЁё]+(?:ия|ая|ый|ое)(?![А-Яа-яЁё])")
_DOC_OF_BODY_RU_RE = re.compile(r"(?i)(?<![А-Яа-яЁё])(постановлени[еяюи]\w*|решени[еяюи]\w*|резолюци[яиюей]\w*|письм[оаеу]\w*|"
                                r"директив[аыеу]\w*|циркуляр\w*|обращени[еяюи]\w*|доклад[аеуом]*|сообщени[еяюи]\w*|заявлени[еяюи]\w*|"
                                r"приказ[аеуом]*|указ[аеуом]*|отч[её]т[аеуом]*)\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+){0,2}")


_FRUS_RE = re.compile(r"(?m)^\s*(\d{3}\.\d+[^\n:]{0,80}?/\d+)\s*:\s*(Telegram|Despatch|Dispatch|Memorandum|Letter|Airgram|Note)\s*$")


@rule("archival_header")
def archival_header(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """A State Department file number heading a dispatch: "861.00 Party, …/194: Telegram"."""
    out = []
    for m in _FRUS_RE.finditer(text):
        for g in (1, 2):
            out.append(_m(text, m.start(g), m.end(g), "Document", "__this__", m.group(2), "archival_header"))
    return out


# --- events and groups --------------------------------------------------------------------

_PURGE_YEAR_RE = re.compile(r"\b(?:([Pp]urges?|[Cc]histka|чистк[аиуе])\s+(?:of\s+the\s+(?:party|Party)\s+)?(?:(?:in|of|during)\s+(?:the\s+course\s+of\s+)?)?(1[89]\d\d)(?:\s*[-–]\s*(?:1[89])?\d\d)?|(1[89]\d\d)\s+([Pp]urge))\b")
_OF_EVENT_RE = re.compile(rf"\b((trial|murder|assassination|arrest|execution|death|funeral|rehabilitation|expulsion|resignation|dismissal|removal|case)[ \t]+of[ \t]+(?:the[ \t]+)?(?:so-called[ \t]+)?"
                          rf"(?:(?:Mr\.?|Comrade|Marshal|General|Academician|Professor)[ \t]+)?"
                          rf"(?:{QUOTED}|(?:(?:{INITIAL}[ \t]?){{0,3}}[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.[ \t]?)?[A-Z][a-z]+){{0,2}})))")
#: what befalls a person: said of anything else ("the case of Army Commanders …") it is no event
_OF_PERSON_EVENTS = {"resignation", "dismissal", "removal", "case"}
#: "the war" said alone is the war of the text's time; "the war against Hitlerite Germany",
#: «война против гитлеровской Германии»; "the session of the Supreme Soviet" (a sitting, not an organ)
_THE_WAR_RE = gated(re.compile(r"\b[Tt]he[ \t]+war\b(?![ \t]+(?:of|against|with|between|on|in|period|years|effort|criminals?|communism|industry|scare|danger|threat|party|department|commissar)\b)(?![-’'])"))
_WAR_AGAINST_RE = re.compile(r"(?<![А-Яа-яЁё])([Вв]ойн(?:а|ы|у|е|ой)[ \t]+против[ \t]+(?:[а-яё]+(?:ой|ей|ых|их|ого|его)[ \t]+)?[А-ЯЁ][а-яё]+)"
                             r"|\b((?:[Tt]he[ \t]+)?war[ \t]+(?:against|with)[ \t]+(?:Hitlerite[ \t]+|Nazi[ \t]+|fascist[ \t]+)?[A-Z][a-z]+)")
_SESSION_RE = re.compile(r"(?i)(?<![\w-])(?:(?:joint|extraordinary|special|regular|solemn|august|ordinary|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+)?"
                         r"(?:session|сесси(?:я|и|ю|ей))[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?$")
_SITTING_BODIES = re.compile(r"(?i)soviet|academy|vaskhnil|assembly|совет|академи|васхнил")
_SITTING: dict[str, bool] = {}


def _sitting_body(label: str) -> bool:
    """A body that sits in sessions (a soviet, an academy, an assembly), read once per label."""
    got = _SITTING.get(label)
    if got is None:
        if len(_SITTING) >= 65536:
            _SITTING.clear()
        got = _SITTING[label] = _SITTING_BODIES.search(label) is not None
    return got
#: (tried only up to three words before a "trial", "affair", "case" or "plot", either case: prefilter.anchored)
_TRIAL_RE = anchored(re.compile(rf"\b(?:the\s+)?((?:{NAME}(?:-{NAME})?\s+){{1,2}}(?:trial|affair|case|plot|Trial|Affair|Case|Plot))\b"),
                     ("trial", "affair", "case", "plot", "Trial", "Affair", "Case", "Plot"), 3)
_TRIAL_OF_RE = re.compile(r"\b(trial[ \t]+of[ \t]+(?:the[ \t]+)?(?:so-called[ \t]+)?)")
_CAMPAIGN_RE = re.compile(r"\b(?:the\s+)?((?:[a-z][\w-]+\s+){0,2}campaign(?:\s+of\s+(?:[a-z]+(?:,\s+|\s+and\s+)){1,4}[a-z]+|\s+against\s+[\"“«]?[a-z][\w-]+[\"”»]?)?)")
_CAMPAIGN_STOP = {"a", "an", "the", "this", "that", "whole", "entire", "new", "same", "its", "their",
                  "his", "of", "in", "to", "for", "on", "by", "with", "during", "and", "or", "at"}


@rule("event_phrase")
def event_phrase(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _PURGE_YEAR_RE.finditer(text):
        year = m.group(2) or m.group(3)
        label = f"Purge of {year}"
        key = _lookup(gz, f"purge of {year}", "Event") or f"purge_{year}"
        out.append(_m(text, m.start(), m.end(), "Event", key, label, "event_phrase"))
    person_starts = {k.start for k in known if k.type == "Person"}
    for m in _OF_EVENT_RE.finditer(text):
        phrase = m.group(1)
        if m.group(2) in _OF_PERSON_EVENTS and not any(m.start(1) < s < m.end(1) for s in person_starts):
            continue    # "the case of Marshal Tukhachevsky", not "the case of Army Commanders"
        # "the assassination of Sergei Mironovich Kirov" is the authority's "assassination of Kirov"
        surname = re.findall(r"[A-Z][a-z]+", phrase)[-1:] if not re.search(r"[\"“«‘']", phrase) else []
        key = _lookup(gz, phrase, "Event") or (surname and _lookup(gz, f"{m.group(2)} of {surname[0]}", "Event")) \
            or slug(phrase)[:60]
        out.append(_m(text, m.start(1), m.end(1), "Event", key, phrase, "event_phrase"))
    for m in _THE_WAR_RE.finditer(text) if "the war" in text or "The war" in text else ():
        out.append(_m(text, m.start(), m.end(), "Event", _lookup(gz, "the war", "Event") or "the_war", "The war", "event_phrase"))
    for m in _WAR_AGAINST_RE.finditer(text) if "war against" in text or "war with" in text or "против" in text else ():
        g = 1 if m.group(1) else 2
        country = re.findall(r"[A-ZА-ЯЁ][a-zа-яё]+", m.group(g))[-1]
        place = next((k for k in known if k.type == "Place" and k.start == m.end(g) - len(country)), None)
        label = f"War against {place.label if place else country}"
        out.append(_m(text, m.start(g), m.end(g), "Event", f"war_against_{place.key if place else slug(country)}", label, "event_phrase"))
    for body in known if "ession" in text or "есси" in text else ():
        if body.type != "Body" or body.is_class or not _sitting_body(body.label):
            continue
        m = _SESSION_RE.search(text, max(0, body.start - 40), body.start)
        if m is None:
            continue
        out.append(_m(text, m.start(), body.end, "Event", f"{body.key}_session", f"Session of the {body.label}", "event_phrase"))
    for m, grp in _before_known(text, _TRIAL_OF_RE, known, ("Group",)) if "trial of" in text else ():
        # "the trial of the anti-Soviet Trotskyite centre": the trial of a faction the authority knows
        phrase = text[m.start(1):grp.end]
        key = _lookup(gz, phrase, "Event") or f"trial_of_{grp.key}"[:60]
        out.append(_m(text, m.start(1), grp.end, "Event", key, f"Trial of the {grp.label}", "event_phrase"))
    for m in _TRIAL_RE.finditer(text):
        phrase = m.group(1)
        # "the Moscow trial", "the Leningrad case" may be any trial there; "the Leningrad Affair",
        # capitalised, is the one that bears the name
        if (phrase.split()[0] in _NOT_NAMES or phrase.split()[0] in ("Moscow", "Leningrad") and phrase.split()[-1].islower()) \
                and _lookup(gz, phrase, "Event") is None:
            continue
        key = _lookup(gz, phrase, "Event") or slug(phrase)
        out.append(_m(text, m.start(1), m.end(1), "Event", key, phrase, "event_phrase"))
    for m in _CAMPAIGN_RE.finditer(text):
        words = m.group(1).split()
        head = words.index("campaign") if "campaign" in words else len(words)
        cut = max((i + 1 for i, w in enumerate(words[:head]) if w.lower() in _CAMPAIGN_STOP), default=0)
        words = words[cut:]
        phrase = " ".join(words)
        if phrase == "campaign":
            continue
        s = m.start(1) + m.group(1).find(words[0])
        e = s + len(text[s:m.end(1)])
        key = _lookup(gz, phrase, "Event") or slug(phrase)
        out.append(_m(text, s, e, "Event", key, phrase[:1].upper() + phrase[1:], "event_phrase"))
    return out


_PERSONS_RE = re.compile(
    r"\b(?:[Pp]ersons?|[Pp]eople|[Tt]hose|[Mm]embers|[Cc]ommunists|[Cc]omrades)\s+"
    r"(?:(?:incorrectly|wrongly|unjustly|recently|previously|already)\s+)?"
    r"(excluded|expelled|readmitted|re-admitted|reinstated|restored|arrested|repressed|rehabilitated)"
    r"(?:\s+(?:from|to|into)\s+(?:the\s+)?(?:ranks\s+of\s+the\s+)?(?:Party|party|VKP\s*\([bB]\)|RKP\s*\([bB]\)|CPSU|Komsomol))?")
_GROUP_OF = {"excluded": "excluded_persons", "expelled": "excluded_persons",
             "readmitted": "readmitted_persons", "re-admitted": "readmitted_persons",
             "reinstated": "readmitted_persons", "restored": "readmitted_persons",
             "arrested": "arrested_persons", "repressed": "repressed_persons",
             "rehabilitated": "rehabilitated_persons"}
_ELEMENTS_RE = re.compile(r"\b((?:(?:[a-z][\w-]*|Soviet|Trotskyite|Bukharinite)\s+and\s+)?(?:(?:[a-z][\w-]*|Soviet|Trotskyite|Bukharinite)\s+){1,2}elements)\b")
_NOT_QUALITIES = {"with", "against", "from", "of", "to", "in", "on", "by", "for", "merged", "and", "or", "the", "all",
                  "other", "such", "these", "those", "some", "many", "certain", "its", "their", "into", "among", "as"}
_PEOPLE_NOUNS = ("delegates", "members and candidates", "candidates", "workers", "officials", "leaders", "leadership", "officers",
                 "chiefs", "heads", "secretaries", "employees", "functionaries", "activists", "chekists")
_PEOPLE_NOUNS_RU = ("лидеры", "лидеров", "лидерам", "руководители", "руководителей", "руководство", "руководства", "работники",
                    "работников", "секретари", "секретарей", "делегаты", "делегатов")
_PEOPLE_OF_RE = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(_PEOPLE_NOUNS) + r")\s+(?:of|to|at|in)\s+(?:the\s+)?)"
                           r"|(?<![А-Яа-яЁё])((?:" + "|".join(_PEOPLE_NOUNS_RU) + r")\s+)")


_ADHERENTS_RE = re.compile(r"i(?:st|te)s(?![\w-])|(?:ист|овц|евц|инц)(?:ы|ов|ев|ам|ами|ах)(?![А-Яа-яЁё-])")
_ADHERENT_STEM = re.compile(r"(?<![\w-])(?:(?:[A-Z][a-z]+-)?[A-Z][a-z]{2,}|([а-яё]{3,}))$")
_RU_ADHERENT_CASE = re.compile(r"(ист|овц|евц|инц)(?:ы|ов|ев|ам|ами|ах)$")


@rule("adherents")
def adherents(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Followers named after a leader, a place or a doctrine: "Zinovievists", "Shakhtyites",
    "Democratic Centralists", «троцкисты», «зиновьевцев», «бухаринцев». The gazetteer's names win where they
    coincide."""
    out = []
    taken = sorted((k.start, k.end) for k in known)
    starts = [a for a, _ in taken]
    for m in _ADHERENTS_RE.finditer(text):
        stem = _ADHERENT_STEM.search(text, max(0, m.start() - 40), m.start())
        if stem is None or (stem.group(1) is None) != m.group(0).isascii():
            continue
        s, e = stem.start(), m.end()
        i = bisect.bisect_right(starts, s) - 1
        if any(a < e and s < b for a, b in taken[max(0, i):i + 2]):
            continue
        surface = word = text[s:e]
        if stem.group(1):
            word = _RU_ADHERENT_CASE.sub(lambda g: g.group(1) + "ы", word)
        key = _lookup(gz, surface, "Group") or slug(word)
        out.append(_m(text, s, e, "Group", key, word, "adherents", is_class=True))
    return out


_LEADERSHIP_WORD = re.compile(r"\b[Ll]eadership\b")


@rule("people_of_body")
def people_of_body(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """People named by the body they belong to: "delegates to the Twentieth Party Congress",
    "regional chiefs of the NKVD", "NKVD workers". The gazetteer's names (offices such as
    "members of the Central Committee") win where they coincide."""
    out = []
    ends = {k.end: k for k in known if k.type == "Body"}
    for m, body in _before_known(text, _PEOPLE_OF_RE, known, ("Body", "Group")):
        if m.group(1) is None:   # «лидеры оппозиции», «руководители обкомов»: the genitive names the body
            surface = text[m.start(2):body.end]
            out.append(_m(text, m.start(2), body.end, "Group", _lookup(gz, surface, "Group") or slug(surface)[:60], surface, "weak:people_of_body", True))
            continue
        if body.type == "Group" and not re.match(r"(?i)(?:\w+\s+)?(?:leaders|leadership)\b", m.group(1).split(" ", 1)[-1] if m.group(1).lower().startswith(("the ", "a ")) else m.group(1)):
            continue   # only the leaders of a faction are a group of their own
        words = m.group(1).split()
        # "proposals for strengthening the leadership of …": what stands before a determiner is
        # the clause's, not the name's
        det = [i for i, w in enumerate(words[:-2]) if w.lower() in ("the", "a", "an", "its", "their", "his")]
        if det:
            words = words[det[-1] + 1:]
        while words and words[0].lower() in ("the", "a", "an", "all", "its", "their", "his", "of", "to", "by", "for",
                                             "from", "with", "and", "in", "at", "on", "among"):
            words.pop(0)
        s = m.start(1) + m.group(1).find(words[0]) if words else m.start(1)
        surface = text[s:body.end]
        # "the leaders of the Kiev obkom" … "the leadership of the Kiev obkom": the same people
        key = _lookup(gz, surface, "Group") or slug(_LEADERSHIP_WORD.sub("leaders", surface))[:60]
        out.append(_m(text, s, body.end, "Group", key, surface, "weak:people_of_body", True))
    for m in re.finditer(r"\s+(workers|officials|employees|chekists|functionaries)\b", text):
        body = ends.get(m.start())
        if body is None or body.is_class and "organ" in body.label.lower():
            continue
        surface = text[body.start:m.end()]
        out.append(_m(text, body.start, m.end(), "Group", _lookup(gz, surface, "Group") or slug(surface)[:60], surface, "weak:people_of_body", True))
    return out


@rule("category_phrase")
def category_phrase(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Categories of people as party documents name them: "class-alien and hostile elements",
    "bureaucratized elements"; peoples named in plural ("Poles, Germans, Latvians")."""
    from .lexicon import NATIONALITIES
    out = []
    for m in _ELEMENTS_RE.finditer(text):
        words = m.group(1).split()
        # keep the qualities that stand right before "elements": "class-alien and hostile"
        keep: list[str] = []
        for w in reversed(words[:-1]):
            if w.lower() in _NOT_QUALITIES - {"and"} or (w.lower() == "and" and not keep):
                break
            if keep and keep[0].lower() == "and" and w.endswith("s"):
                break    # "careerists and petty-bourgeois elements": a group of its own before "and"
            keep.insert(0, w)
        if keep and keep[0].lower() == "and":
            keep.pop(0)
        words = keep + ["elements"]
        if len(words) < 2:
            continue
        s = m.start(1) + m.group(1).find(words[0])
        surface = text[s:m.end(1)]
        out.append(_m(text, s, m.end(1), "Group", _lookup(gz, surface, "Group") or slug(surface)[:60], surface, "category_phrase", True))
    for m in re.finditer(r"\b([A-ZА-ЯЁ][a-zа-яё]+)\b", text):
        if m.group(1) in NATIONALITIES:
            out.append(_m(text, m.start(1), m.end(1), "Group", _lookup(gz, m.group(1), "Group") or slug(m.group(1)), m.group(1), "category_phrase", True))
    return out


#: people named by their trade, class or standing in a case, in the plural: "peasants", "Soviet
#: geneticists", "rural teachers", "the defendants", «граждане», «директоров предприятий»; a
#: qualifier before the noun (a nationality, "Soviet", "non-party", "rural") is part of the name.
#: Bare "workers" stays out unless the text says "workers" as a class (a list with peasants).
_CALLING_EN = ("peasants|writers|artists|historians|biologists|geneticists|scientists|scholars|teachers|specialists|engineers|"
               "defendants|informants|volunteers|citizens|intellectuals|metalworkers|miners|lecturers|agronomists|economists|"
               "observers|colleagues|students|journalists|correspondents|speakers")
_CALLING_RE = gated(re.compile(rf"\b(?:{_CALLING_EN})\b"))
#: … and the same nouns opening a sentence ("Historians still disagree …")
_CALLING_CAP_RE = gated(re.compile(r"\b(?:" + "|".join(w.capitalize() for w in _CALLING_EN.split("|")) + r")\b(?![\w'’-])"))
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s+|\n\s*|\d\.\s+)$")
_CALLING_RU_RE = re.compile(r"(?<![А-Яа-яЁё-])(?:[Гг]раждан(?:е|ам|ами|ах)|[Пп]исател(?:и|ей|ям|ями|ях)|[Ии]сторик(?:и|ов|ам|ами|ах)|"
                            r"[Уу]чител(?:я|ей|ям|ями|ях)|[Сс]пециалист(?:ы|ов|ам|ами|ах)|[Дд]иректор(?:ов|ам|ами|ах)|"
                            r"[Пп]одсудим(?:ые|ых|ым|ыми)|[Ии]нженер(?:ы|ов|ам|ами|ах))(?![А-Яа-яЁё-])")
_CALLING_QUALIFIER = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+|non-party|rural|urban|proletarian|bourgeois|foreign|former|young|honest|leading|"
                                r"well-informed|informed|diplomatic|reliable|"
                                r"local|regional|industrial|agricultural|class-conscious|individual|poor|middle|backward|advanced|"
                                r"progressive|reactionary|old|qualified|technical|party)\s+)$")
_CALLING_NOT_QUALIFIER = _NOT_NAMES | {"All", "Many", "Some", "Most", "Such", "Other", "Our", "Both", "Even", "Only", "Among",
                                       "Against", "Also", "Several", "Few", "When", "While", "As", "But", "Yet", "If", "Then"}
_WORKERS_RE = gated(re.compile(r"\bworkers\b(?![\w'’-])"))
_CLASS_AFTER = re.compile(r",?\s+(?:and\s+)?(?:peasants|intellectuals|members\s+of\s+the\s+intelligentsia|employees)\b")
_CLASS_BEFORE = re.compile(r"\b(?:peasants|intellectuals|employees),?\s+(?:and\s+)?$")
_CLASS_QUALIFIERS = {"class-conscious", "proletarian", "advanced", "backward", "industrial", "non-party", "Soviet", "Russian",
                     "urban", "young", "qualified", "foreign"}
_CALLING_RU_CUES = ("раждан", "исател", "сторик", "чител", "пециалист", "иректор", "одсудим", "нженер")
#: what the class is a class of: "directors of enterprises" - the name goes on
_CALLING_OF_RU = re.compile(r"\s+(?:предприятий|заводов|фабрик|МТС|совхозов|школ)(?![А-Яа-яЁё])")


@rule("calling")
def calling(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    for m in _CALLING_CAP_RE.finditer(text):
        if _SENTENCE_OPEN.search(text, max(0, m.start() - 4), m.start()) is None:
            continue    # "Workers' and Peasants' Inspection", "Union of Soviet Writers": a name's word
        noun = m.group(0).lower()
        key = _lookup(gz, noun, "Group") or slug(noun)
        out.append(_m(text, m.start(), m.end(), "Group", key, m.group(0), "calling", True))
    for m in _CALLING_RE.finditer(text):
        s, noun = m.start(), m.group(0)
        if text[m.end():m.end() + 1] in ("'", "’") and noun in ("observers", "colleagues"):
            continue    # "the colleagues' view"
        q = _CALLING_QUALIFIER.search(text, max(0, s - 25), s)
        if q is not None and q.group(1).split()[0] not in _CALLING_NOT_QUALIFIER and not (
                q.group(1)[0].isupper() and re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, q.start() - 3):q.start()])):
            s = q.start()
        surface = text[s:m.end()]
        key = _lookup(gz, surface, "Group") or _lookup(gz, noun, "Group") or slug(surface)
        out.append(_m(text, s, m.end(), "Group", key, surface[:1].upper() + surface[1:], "calling", True))
    # "workers, peasants and intellectuals", "class-conscious workers": the class, not "party workers"
    for m in _WORKERS_RE.finditer(text) if "workers" in text else ():
        s = m.start()
        q = _CALLING_QUALIFIER.search(text, max(0, s - 25), s)
        if q is not None and q.group(1).strip() in _CLASS_QUALIFIERS:
            s = q.start()
        elif not (_CLASS_AFTER.match(text, m.end()) or _CLASS_BEFORE.search(text, max(0, s - 30), s)):
            continue
        surface = text[s:m.end()]
        key = _lookup(gz, surface, "Group") or ("workers" if s == m.start() else slug(surface))
        out.append(_m(text, s, m.end(), "Group", key, surface[:1].upper() + surface[1:], "calling", True))
    for m in _CALLING_RU_RE.finditer(text) if any(w in text for w in _CALLING_RU_CUES) else ():
        e = m.end()
        g = _CALLING_OF_RU.match(text, e)
        if g:
            e = g.end()
        surface = text[m.start():e]
        stem = re.match(r"[А-Яа-яЁё]+?(?=(?:е|ам|ами|ах|и|ей|ям|ями|ях|ов|я|ые|ых|ым|ыми|ы)?$)", m.group(0)).group(0).lower()
        key = _lookup(gz, surface, "Group") or slug(stem)
        out.append(_m(text, m.start(), e, "Group", key, surface[:1].upper() + surface[1:], "calling", True))
    return out


#: people named by a quality, in Russian: «чуждых людей», «недостойным лицам», «кулацкими и
#: нэпманскими элементами» (keyed by the stems, so every case form is one group)
_RU_ADJ_PEOPLE = r"[а-яё]+(?:-[а-яё]+)?(?:ых|ым|ые|их|им|ие|ыми|ими)"
_RU_PEOPLE_RE = re.compile(rf"(?<![А-Яа-яЁё-])((?:{_RU_ADJ_PEOPLE},?\s+(?:и\s+)?)?{_RU_ADJ_PEOPLE})\s+"
                           r"(люд(?:и|ей|ям|ьми|ях)|лиц(?:а|ам|ами|ах)?|элемент(?:ы|ов|ам|ами|ах))(?![А-Яа-яЁё])")
_RU_NOT_QUALITY = {"таких", "такие", "этих", "эти", "тех", "те", "всех", "все", "других", "другие", "некоторых", "некоторые",
                   "многих", "многие", "должностных", "должностные", "отдельных", "отдельные", "самых", "своих", "ихних",
                   "таким", "этим", "всем", "другим", "которых", "которые", "каких", "какие"}
_RU_PEOPLE_NOUN = {"люд": "liudi", "лиц": "litsa", "элемент": "elementy"}


@rule("people_by_quality_ru")
def people_by_quality_ru(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if text.isascii() or not any(w in text for w in ("люд", "лиц", "элемент")):
        return out
    for m in _RU_PEOPLE_RE.finditer(text):
        words = re.findall(r"[а-яё]+(?:-[а-яё]+)?", m.group(1))
        words = [w for w in words if w != "и"]
        if any(w in _RU_NOT_QUALITY for w in words):
            continue
        stems = [re.sub(r"(?:ыми|ими|ых|ым|ые|их|им|ие)$", "", w) for w in words]
        noun = next(v for k, v in _RU_PEOPLE_NOUN.items() if m.group(2).startswith(k))
        surface = m.group(0)
        key = _lookup(gz, surface, "Group") or slug(" ".join(stems + [noun]))
        out.append(_m(text, m.start(), m.end(), "Group", key, surface, "people_by_quality_ru", True))
    return out


#: "the July plenum", «январского пленума ЦК»: the month before "plenum"
_MONTH_PLENUM_RE = re.compile(r"\b((?:January|February|March|April|May|June|July|August|September|October|November|December)"
                              r"(?:[-–](?:March|April))?)[ \t]+$"
                              r"|(?<![А-Яа-яЁё-])((?:[Яя]нвар|[Фф]еврал|[Мм]арт|[Аа]прел|[Мм]а|[Ии]юн|[Ии]юл|[Аа]вгуст|[Сс]ентябр|[Оо]ктябр|[Нн]оябр|[Дд]екабр)"
                              r"(?:ь|)ск(?:ий|ого|ому|им|ом)(?:-[а-яё]+)?)[ \t]+$")
_PLENUM_WORD_RE = re.compile(r"[Pp]lenum\b|[Пп]ленум(?:а|у|ом|е)?(?![А-Яа-яЁё])")
#: … unless a local committee's plenum: "the July plenum of the obkom", «июльского пленума обкома»
_LOCAL_PLENUM_AFTER = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:\d|[a-z]*[Oo]bkom|[a-z]*[Gg]orkom|[a-z]*[Rr]aikom)"
                                 r"|(?:[А-ЯЁа-яё]+(?:ого|ск\w*)[ \t]+)?(?:обком|горком|райком|губком|уком|окружком))")


@rule("month_plenum")
def month_plenum(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """"the July plenum", «январского пленума ЦК»: a sitting of the CC plenum named by its month (the
    organ, as the gold keeps one CC plenum; a month and a year name the event the authority lists)."""
    out = []
    if "lenum" not in text and "ленум" not in text:
        return out
    key = _lookup(gz, "Plenum of the Central Committee", "Body") or "cc_plenum"
    entry = gz.entry(key)
    for p in _PLENUM_WORD_RE.finditer(text):
        m = _MONTH_PLENUM_RE.search(text, max(0, p.start() - 30), p.start())
        if m is None or _LOCAL_PLENUM_AFTER.match(text, p.end()):
            continue
        out.append(_m(text, m.start(), p.end(), "Body", key, entry.label if entry else "Plenum of the Central Committee", "month_plenum"))
    return out


#: a faction named after its leader or by its own quoted name: "the Sapronov group", "the group of
#: Stalin", 'the "Democratic Centralism" group'
_NAMED_GROUP_RE = re.compile(r"[“\"«]([A-Z][\w'’ -]{2,40})[”\"»][ \t]+group\b")
_GROUP_OF_RE = re.compile(r"\bgroup[ \t]+of[ \t]+(?:Comrade[ \t]+)?$")


@rule("named_group")
def named_group(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if "group" not in text:
        return out
    for m in _NAMED_GROUP_RE.finditer(text):
        name = m.group(1)
        key = _lookup(gz, name, "Group") or _lookup(gz, f"{name}s", "Group") or slug(f"{name} group")
        out.append(_m(text, m.start(), m.end(), "Group", key, f"{name} group", "named_group"))
    for p in known:
        if p.type != "Person":
            continue
        if text.startswith(" group", p.end) and not text.startswith(" group of", p.end):
            out.append(_m(text, p.start, p.end + 6, "Group", f"{p.key}_group", f"{p.label} group", "named_group"))
        g = _GROUP_OF_RE.search(text, max(0, p.start - 20), p.start)
        if g is not None:
            out.append(_m(text, g.start(), p.end, "Group", f"{p.key}_group", f"{p.label} group", "named_group"))
    return out


#: people named by whom they follow: "followers of Zinoviev and Trotsky", "supporters of the right
#: deviation", "Trotsky's closest associates", "Beria and his accomplices", «сторонники Троцкого»
_FOLLOWER_NOUNS = r"(?:followers|supporters|adherents|partisans|associates|accomplices|henchmen)"
_FOLLOWER_QUALITY = r"(?:(?:closest|close|nearest|loyal|former|old|chief|principal|remaining)[ \t]+)?"
_FOLLOWERS_OF_RE = gated(re.compile(rf"\b({_FOLLOWER_QUALITY}{_FOLLOWER_NOUNS})[ \t]+of[ \t]+(?:the[ \t]+)?"
                                    r"|(?<![А-Яа-яЁё-])((?:[Сс]торонник|[Пп]оследовател|[Сс]ообщник|[Пп]риспешник)[а-яё]*)[ \t]+"))
_FOLLOWERS_AFTER_RE = re.compile(rf"(?:['’]s|[ \t]+and[ \t]+(?:his|her|their))[ \t]+({_FOLLOWER_QUALITY}{_FOLLOWER_NOUNS})\b")
_AND_PERSON_RE = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+и[ \t]+)")


@rule("followers")
def followers(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if not any(w in text for w in ("ers", "ates", "ices", "ents", "ans", "men", "ник", "овател")):
        return out
    starts = {k.start: k for k in known if k.type in ("Person", "Group")}
    for m, k in _before_known(text, _FOLLOWERS_OF_RE, known, ("Person", "Group")):
        end, leaders = k.end, [k]
        while True:     # "followers of Zinoviev and Trotsky"
            g = _AND_PERSON_RE.match(text, end)
            nxt = starts.get(g.end()) if g else None
            if nxt is None or nxt.type != k.type:
                break
            end = nxt.end
            leaders.append(nxt)
        g = 1 if m.group(1) else 2
        surface = text[m.start(g):end]
        if k.type == "Group" and len(leaders) == 1:    # the supporters of a faction are the faction
            out.append(_m(text, m.start(g), end, "Group", k.key, k.label, "followers", True))
            continue
        key = _lookup(gz, surface, "Group") or ("_".join(x.key for x in leaders) + "_followers")[:60]
        out.append(_m(text, m.start(g), end, "Group", key, surface, "followers", True))
    for k in known:
        if k.type != "Person":
            continue
        m = _FOLLOWERS_AFTER_RE.match(text, k.end)
        if m is None:
            continue
        noun = m.group(1).split()[-1].lower()
        out.append(_m(text, m.start(1), m.end(1), "Group", f"{k.key}_{noun}", f"{k.label}'s {noun}", "followers", True))
    return out


#: a body's majority as a faction: "the majority of the Politburo", «большинство ЦК»; said again
#: in the same text as "the majority", «сталинского большинства»
_MAJORITY_OF_RE = gated(re.compile(r"\b[Tt]he[ \t]+(majority)[ \t]+of[ \t]+(?:the[ \t]+)?|(?<![А-Яа-яЁё-])([Бб]ольшинств(?:о|а|у|ом|е))[ \t]+"))
_MAJORITY_AGAIN_RE = re.compile(r"\b[Tt]he[ \t]+(majority)\b(?![ \t]+of\b)|(?<![А-Яа-яЁё-])([а-яё]+(?:ого|ому)[ \t]+большинств(?:о|а|у|ом|е))(?![А-Яа-яЁё])")


@rule("majority")
def majority(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if "ajority" not in text and "ольшинств" not in text:
        return out
    first: dict[bool, Mention] = {}
    for m, body in _before_known(text, _MAJORITY_OF_RE, known, ("Body",)):
        if body.is_class or not re.search(r"(?i)politburo|presidium|central committee|\bCC\b|ЦК|политбюро|президиум", body.text):
            continue    # a party organ's majority is a faction; "the majority of kolkhozes" is not
        g = 1 if m.group(1) else 2
        mm = _m(text, m.start(g), body.end, "Group", f"{body.key}_majority", f"Majority of the {body.label}", "majority", True)
        out.append(mm)
        first.setdefault(g == 2, mm)
    for m in _MAJORITY_AGAIN_RE.finditer(text) if first else ():
        g = 1 if m.group(1) else 2
        f = first.get(g == 2)
        if f is None or m.start() < f.start:
            continue
        if any(o.start <= m.start(g) < o.end for o in out):
            continue
        # "the majority" with its article: a bare group word before a word would read as a modifier
        out.append(_m(text, m.start() if g == 1 else m.start(g), m.end(g), "Group", f.key, f.label, "majority", True))
    return out


#: the party's leaders as a group: "the leadership", "the present leadership" (not "leadership of
#: the countryside", "collective leadership", "Stalin's leadership")
_LEADERSHIP_RE = gated(re.compile(r"\b(?:([Tt]he)[ \t]+)?((?:present|current|new|top|former|Present|Current)[ \t]+)?(leadership)\b"
                                  r"(?![ \t]+(?:of|in|role|style|principle|is|was)\b)(?![\w'’-])"))


@rule("leadership")
def leadership(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    if "leadership" not in text:
        return out
    for m in _LEADERSHIP_RE.finditer(text):
        if not (m.group(1) or m.group(2)):
            continue
        s = m.start(2) if m.group(2) else m.start(1)
        # one group per text, apart from the authority's "Party leadership" ("leaders of the party")
        out.append(_m(text, s, m.end(3), "Group", "leadership", "The leadership", "leadership", True))
    return out


#: unrest as an event: "the disorders in Poznan", "strikes in Moscow and Kharkov", "opposition
#: street demonstrations", "a hunger strike", «антипартийные демонстрации»
_UNREST_RE = gated(re.compile(r"\b((?:(?:opposition|street|mass|anti-party|anti-Soviet|peasant|student|workers['’]|hunger|general)[ \t]+){0,2}"
                              r"(?:strikes|disorders|riots|demonstrations|unrest|uprisings?|insurrection|rebellion|mutiny|famine|"
                              r"(?<=hunger )strike|(?<=general )strike))\b(?![\w'’-])"
                              r"|(?<![А-Яа-яЁё-])((?:антипартийн|оппозиционн|уличн|массов|крестьянск|рабоч)[а-яё]+[ \t]+"
                              r"(?:демонстраци|забастовк|волнени|беспорядк|восстани)[а-яё]*)"))
_UNREST_IN_RE = re.compile(r"[ \t]+(?:in|at|в)[ \t]+")
_UNREST_NOT_BEFORE = re.compile(r"(?:\b[Oo]n|\b[Aa]gainst|«О|«Об)[ \t]+$")


@rule("unrest")
def unrest(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    out = []
    places = {k.start: k for k in known if k.type == "Place"}
    for m in _UNREST_RE.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.start(g), m.end(g)
        if _UNREST_NOT_BEFORE.search(text, max(0, s - 6), s):
            continue    # "On disorders in the registration of party cards": a document's topic
        phrase = text[s:e]
        where = _UNREST_IN_RE.match(text, e)
        place = places.get(where.end()) if where else None
        # "disorders in Poznan": the place keys the event, and stays a mention of its own
        label = f"{phrase} in {place.label}" if place is not None else phrase
        key = _lookup(gz, text[s:place.end] if place is not None else phrase, "Event") or _lookup(gz, phrase, "Event") \
            or slug(label)[:60]
        out.append(_m(text, s, e, "Event", key, label[:1].upper() + label[1:], "unrest"))
    return out


_GUILTY_RE = re.compile(r"\b(?:[Pp]ersons|[Pp]eople|[Tt]hose)\s+guilty\s+of\s+([a-z]+ing)(?:\s+(?:party\s+members|[a-z]+))?")


@rule("group_phrase")
def group_phrase(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Categories of people named by what was done to them: "persons excluded from the Party"."""
    out = []
    for m in _PERSONS_RE.finditer(text):
        if not m.group(0).split()[-1] and m.end() - m.start() < 8:
            continue
        key = _GROUP_OF[m.group(1).lower()]
        entry = gz.entry(key)
        label = entry.label if entry else key.replace("_", " ").capitalize()
        out.append(_m(text, m.start(), m.end(), "Group", key, label, "group_phrase", True))
    for m in _GUILTY_RE.finditer(text):
        verb = m.group(1)
        key = {"slandering": "slanderers"}.get(verb, slug(f"persons guilty of {verb}"))
        out.append(_m(text, m.start(), m.end(), "Group", key, f"Persons guilty of {verb}", "group_phrase", True))
    return out



def _first_letter_upper(pattern: str) -> bool:
    g = re.search(r"[A-Za-z]", re.sub(r"\(\?(?:<[!=]|[:!=])", "", pattern))
    return bool(g) and g.group(0).isupper()


class _Vocabulary:
    """The rows of a vocabulary table, found in one pass: every match of a row holds one of its
    literals (``prefilter.required_literals``: "bureaucrat", "хлебозаготов"); one regex of all
    the literals is searched on the lower-cased text, and a row's own regex is tried only
    around a place where one of its literals stands. (One alternation of the rows, or a regex
    per row over the whole text, costs several times as much.)"""

    #: how far a match may begin before its literal (qualifiers: "incorrigible", "right") and
    #: end after it
    REACH = 60

    def __init__(self, rows: tuple[tuple[str, str, str], ...], letter: str) -> None:
        self.rows: list[tuple[re.Pattern[str], tuple[str, str, str]]] = []
        self.by_literal: dict[str, list[int]] = {}
        for row in rows:
            flags = 0 if letter == r"\w" and _first_letter_upper(row[2]) else re.I
            rx = re.compile(f"(?<![{letter}-])(?:{row[2]})(?![{letter}-])", flags)
            literals = required_literals(rx)
            if not literals:
                raise ValueError(f"vocabulary row {row[1]!r}: no literal every match holds")
            for t in {t.strip() for t in literals}:      # (" people": the space costs a scan)
                self.by_literal.setdefault(t, []).append(len(self.rows))
            self.rows.append((rx, row))
        self.literal_re = re.compile(trie(sorted(self.by_literal)))

    def find(self, text: str, low: str) -> list[tuple[re.Match[str], tuple[str, str, str]]]:
        out, seen = [], set()
        if len(low) != len(text):    # a character whose lower case is longer: every row, read whole
            return [(m, row) for rx, row in self.rows for m in rx.finditer(text)]
        n, reach = len(text), self.REACH
        g = self.literal_re.search(low)
        while g is not None:
            i, j = g.start(), g.end()
            lo, hi = max(0, i - reach), min(n, j + reach)
            for k in self.by_literal[g.group(0)]:
                rx, row = self.rows[k]
                for m in rx.finditer(text, lo, hi):
                    if m.end() == hi < n or (m.start(), k) in seen or not (m.start() <= i and j <= m.end()):
                        continue
                    seen.add((m.start(), k))
                    out.append((m, row))
            g = self.literal_re.search(low, i + 1)
        return out


_VOCAB_EN = _Vocabulary(VOCABULARY, r"\w")
_VOCAB_RU = _Vocabulary(VOCABULARY_RU, "А-Яа-яЁё")
_APPOSITION = re.compile(r",[ \t]*")
_DISCUSSION_ON = re.compile(r"discussion on (?:the )?(.+)$")
_PLURAL_S = re.compile(r"s\b")
_RU_AFFAIR_NORM = re.compile(r"ск(?:ое|ого|ому|ом)\s+дел\w*$")


@rule("vocabulary")
def vocabulary(text: str, known: list[Mention], gz: Gazetteer) -> list[Mention]:
    """Classes of people, campaigns and offices the party names by a common noun, in English and
    Russian in any case (``lexicon.VOCABULARY``): "the working class", "incorrigible
    bureaucrats", «жуликов», "grain procurements", «Ленинградское дело», "Corps Commanders"."""
    found: list[tuple[re.Match[str], tuple[str, str, str], str]] = []
    low = text.lower()
    hits = _VOCAB_EN.find(text, low) + ([] if text.isascii() else _VOCAB_RU.find(text, low))
    for m, row in hits:
        etype, key, _ = row
        surface = m.group(0)
        if key == "affair":      # «Ленинградское дело», «шахтинском деле»: the affair of its adjective
            key = slug(_RU_AFFAIR_NORM.sub("ское дело", surface.lower()))
        elif key in ("mass_operations", "ambassador") and surface.isascii():   # "the Polish operation"
            key = slug(re.sub(r"s$", "", surface))
        elif key == "discussion":   # "free discussion on linguistics" … "the linguistics discussion": one
            topic = _DISCUSSION_ON.search(surface)
            topic = topic.group(1) if topic else surface.rsplit(" ", 1)[0]
            key = slug(_PLURAL_S.sub("", topic.replace("-", " ").lower()) + " discussion")[:60]
        elif key == "*":         # "former oppositionists", "local officials": the words name the class
            key = slug(surface.lower())[:60]
        elif key == "*ru":       # «ленинградской делегации»: the words' stems, one key in every case
            key = "ru_" + slug(_ru_stems(surface))[:60]
        found.append((m, row, key))
    # "the former political opponents, former liberals and socialists": a category said again
    # in other words, in apposition, is one
    found.sort(key=lambda f: f[0].start())
    for n in range(1, len(found)):
        (a, row_a, key_a), (b, row_b, key_b) = found[n - 1], found[n]
        if row_a is row_b and row_a[1] == "*" and _APPOSITION.fullmatch(text, a.end(), b.start()):
            found[n] = (b, row_b, key_a)
    # one node per row (per minted key) in a text: the authority's id if it knows any of the
    # surfaces, in the singular or the plural ("mass repression", "mass repressions")
    known_key: dict[str, str] = {}
    for m, (etype, _, _), key in found:
        if key not in known_key:
            surface = m.group(0)
            hit = _lookup(gz, surface, etype) or _lookup(gz, re.sub(r"s$", "", surface), etype) \
                or (_lookup(gz, surface + "s", etype) if surface.isascii() else None)
            if hit:
                known_key[key] = hit
    out = []
    for m, (etype, _, _), key in found:
        key = known_key.get(key, key)
        entry = gz.entry(key)
        surface = m.group(0)
        label = entry.label if entry else surface[:1].upper() + surface[1:]
        out.append(_m(text, m.start(), m.end(), etype, key, label, "vocabulary", is_class=etype == "Group"))
    return out


# The Russian patterns scan every document; an English one holds none of their words, and the
# regex (case-insensitive, tried at every position) is skipped: kg.extract.prefilter, the same
# matches.
_DOC_OF_BODY_RU_RE, _RU_DOC_OF_DATE_RE, _RU_DOC_PERSON_RE, _PLACE_RU_RE, _CONGRESS_RU_RE = map(
    gated, (_DOC_OF_BODY_RU_RE, _RU_DOC_OF_DATE_RE, _RU_DOC_PERSON_RE, _PLACE_RU_RE, _CONGRESS_RU_RE))
# and these, scanned over every document, are tried only where their first words are
_WORK_TITLE_RE, _DOC_OF_DATE_RE, _JOINT_RE, _BUREAU_RE, _ORGAN_OF_RE = map(
    gated, (_WORK_TITLE_RE, _DOC_OF_DATE_RE, _JOINT_RE, _BUREAU_RE, _ORGAN_OF_RE))
# and these, whose matches may begin with any word (an optional adjective, a name), are tried
# only where the regex read on the lower-cased text says a match may begin (prefilter.finder)
(_OFFICE_OF_RE, _ELEMENTS_RE, _CAMPAIGN_RE, _CONGRESS_RE,
 _COMMITTEE_RU_RE, _FOLLOWING_DOC_RE, _ELECTIONS_RE, _OF_EVENT_RE, _PERSONS_RE) = map(
    gated, (_OFFICE_OF_RE, _ELEMENTS_RE, _CAMPAIGN_RE, _CONGRESS_RE,
            _COMMITTEE_RU_RE, _FOLLOWING_DOC_RE, _ELECTIONS_RE, _OF_EVENT_RE, _PERSONS_RE))
# and these, whose every match holds one of a list of nouns a few words after its beginning, only
# from that many words before each place one of the nouns stands (prefilter.anchored; case-sensitive)
_PEOPLE_OF_RE = anchored(_PEOPLE_OF_RE, _PEOPLE_NOUNS + _PEOPLE_NOUNS_RU, 2)     # two words, the noun
# "an article entitled": the article, two words, the noun (of two words: "closed letter") before the verb
_INTRO_DOC_RE = anchored(_INTRO_DOC_RE, ("entitled", "titled", "headed", "called", "under"), 5)
_DOC_OF_BODY_RE = anchored(_DOC_OF_BODY_RE, alternatives(DOC_NOUN_RE), 1)   # a word, the noun
_DOC_PHRASE_RE = anchored(_DOC_PHRASE_RE, alternatives(DOC_NOUN_RE) + _DOC_PHRASE_NOUNS, 3)
