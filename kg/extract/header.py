"""What a document's heading says about it: genre, title, date, issuer, speaker, addressee.

Documents copied from sources carry their own heading: "Resolution of the CC and the CCC of
the VKP(b) / ON THE PURGE OF THE PARTY / 28 April 1933", a FRUS file line "761.00/1-1353:
Telegram", a speaker's name over "ON THE CULT OF PERSONALITY …", "ПОСТАНОВЛЕНИЕ ПЛЕНУМА ЦК
ВКП(б)". The heading is the run of short lines before the first paragraph of prose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateMatch, find_dates
from .lexicon import BOILERPLATE_RE

__all__ = ["Header", "read_header"]

_GENRE_WORDS = [
    (r"resolution|resolutions|postanovlenie|rezoliutsiia|постановлени[ея]|резолюци[яи]", "resolution"),
    (r"decree|ukaz|указ|декрет", "decree"),
    (r"decision|решени[ея]", "decision"),
    (r"directive|директива", "directive"),
    (r"circular|циркуляр", "circular"),
    (r"order|приказ", "order"),
    (r"telegram|cable|телеграмма", "telegram"),
    (r"despatch|dispatch|airgram", "dispatch"),
    (r"memorandum|меморандум|записка|докладная записка", "memorandum"),
    (r"letter|письмо", "letter"),
    (r"speech|address|речь|речи|выступлени[ея]", "speech"),
    (r"report|reports|доклад|доклада|отч[её]т|отч[её]та|отч[её]тный доклад", "report"),
    (r"informatsionnoe soobshchenie|информационное сообщение|communiqu[eé]|сообщение|announcement", "communique"),
    (r"editorial|leading article|передовая|передовица|редакционная\s+статья", "editorial"),
    (r"article|статья", "article"),
]
_GENRE_LINE = re.compile(r"(?i)^\s*\(?\s*(?:(?:excerpts?|extracts?)\s+from\s+|from\s+|из\s+)?"
                         r"(?:the\s+|joint\s+|secret\s+|closed\s+|political\s+|final\s+|concluding\s+|"
                         r"(?:[\w-]+\s+)?(?:organizational|organisational)\s+|отч[её]тн\w+\s+)*(" + "|".join(p for p, _ in _GENRE_WORDS) + r")\b")
#: a diplomat's heading, "The Ambassador in the Soviet Union (Kennan) to the Secretary of State":
#: whatever the file calls it (a political report, a memorandum), the text is a dispatch
_DIPLOMAT_LINE = re.compile(r"(?i)^\s*(?:the\s+)?(?:[\w.-]+\s+){0,3}(?:ambassador|charg[ée]\s+d['’]affaires|charg[ée]|minister|"
                            r"consul(?:\s+general)?|counsel+or\s+of\s+embassy|envoy)\b[^\n]{0,120}?\bto\s+(?:the\s+)?"
                            r"(?:secretary\s+of\s+state|foreign\s+office|foreign\s+ministry|ministry|department|auswärtige|secretary)")
#: a newspaper's name and issue over an item copied from it: «Правда», 18 мая 1928 г. / Pravda, No. 36
_PRESS_LINE = re.compile(r"(?i)^\s*[«\"“]?(?:Pravda|Izvesti[iy]?a|Trud|Krasnaia\s+zvezda|Krasnaya\s+Zvezda|Bol['’]?shevik|"
                         r"Partiinoe\s+stroitel['’]stvo|Правда|Известия|Труд|Красная\s+звезда|Большевик|Партийное\s+строительство)"
                         r"[»\"”]?\s*(?:,|№|No\.)\s*")
_TITLE_LINE = re.compile(r"^\s*(?:On|ON|Concerning|CONCERNING|Regarding|REGARDING|About|ABOUT|О|Об|ОБ)\s+\S")
_FRUS = re.compile(r"^\s*\d{3}\.\d+[^\n:]{0,80}?:\s*(Telegram|Despatch|Dispatch|Memorandum|Letter|Airgram|Note)\s*$")
_SOURCE = re.compile(r"(?i)^\s*(?:original\s+)?(?:sources?|источник|published in|translated)\s*:")
_NAME_LINE = re.compile(r"^\s*(?:(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,2}\s*[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?|"
                        r"[A-ZА-ЯЁ][a-zа-яё]+\s+(?:[A-ZА-ЯЁ]\.\s?)?[A-ZА-ЯЁ][a-zа-яё]+)\s*$")
#: a heading run on one line: «Центральный Комитет ВКП(б). Постановление «О …». 9 ноября 1951 г.»,
#: «Постановление ЦИК Союза ССР «Об …». 10 июля 1934 г.», "Resolution of the CC “On …”. 5 March 1937."
_ONE_LINE_HEAD = re.compile(r"^[^«\"“\n]{0,160}?(?<![\w-])(?:Постановлени[ея]|Резолюци[яи]|Решени[ея]|Указ|Директива|Приказ|Циркуляр|"
                            r"Resolution|Decree|Decision|Directive|Order|Circular)\b[^«\"“\n]{0,160}?[«\"“](?P<title>[^»\"”\n]{3,300})[»\"”]"
                            r"\.?[ \t]+(?P<date>[^\n«\"“]{6,30}?)\.?[ \t]*$")
_ONE_LINE_GENRE = re.compile(r"(?<![\w-])(?:Постановлени[ея]|Резолюци[яи]|Решени[ея]|Указ|Директива|Приказ|Циркуляр|"
                             r"Resolution|Decree|Decision|Directive|Order|Circular)\b")
_ENTRY_HEAD = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ'’\-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’\-()]+){0,6})(?=\s*[(,]|\s+[-—–]\s)")


@dataclass
class Header:
    lines: list[tuple[int, int]] = field(default_factory=list)
    genre: str | None = None
    genre_line: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    date: DateMatch | None = None           # offsets are into the document text
    speaker_line: tuple[int, int] | None = None
    address_line: tuple[int, int] | None = None


def _genre_of(line: str) -> str | None:
    m = _GENRE_LINE.match(line)
    if not m:
        f = _FRUS.match(line)
        return f.group(1).lower().replace("despatch", "dispatch") if f else None
    word = m.group(1).lower()
    for pattern, genre in _GENRE_WORDS:
        if re.fullmatch(pattern, word, re.I):
            return genre
    return None


#: a whole heading on one line, as archive publications print it: "Центральный Комитет ВКП(б).
#: Постановление «О …». 9 ноября 1951 г.", «Постановление ЦИК Союза ССР «Об …». 10 июля 1934 г.»,
#: "Resolution of the Politburo “On …”, 5 March 1937": issuer, genre, quoted title, date
_ONE_LINE_HEAD = re.compile(r"^(?:[^«\"“\n]{2,120}?[.,]\s+)?(?P<genre>" + "|".join(p for p, _ in _GENRE_WORDS) + r")\b[^«\"“\n.;]{0,160}?"
                            r"[«\"“](?P<title>(?:On|ON|Concerning|About|Regarding|О|Об|ОБ)\s[^»\"”\n]{3,300})[»\"”]\s*[.,]?\s*(?P<rest>[^\n]{0,60})$", re.I)


def _one_line_head(h: Header, text: str, s: int, e: int) -> bool:
    g = _ONE_LINE_HEAD.match(text, s, e)
    if not g or not any(d.precision == "day" for d in find_dates(g.group("rest"))) and g.group("rest").strip():
        return False
    h.lines.append((s, e))
    h.genre = _genre_of(g.group("genre"))
    h.genre_line = (s, g.start("title") - 1)
    h.title = (g.start("title"), g.end("title"))
    ds = [d for d in find_dates(g.group("rest")) if d.precision == "day"]
    if ds:
        off = g.start("rest") + ds[0].start
        h.date = DateMatch(off, off + len(ds[0].text), ds[0].text, ds[0].iso, ds[0].precision)
    return True


def read_header(text: str) -> Header:
    h = Header()
    for m in re.finditer(r"[^\n]+", text[:4000]):
        line = m.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        words = stripped.split()
        if not h.lines and _one_line_head(h, text, m.start() + len(line) - len(line.lstrip()), m.start() + len(line.rstrip())):
            break   # the whole heading
        prose = len(words) >= 25 or (len(words) >= 14 and stripped.endswith((".", "!", "?")) and not _FRUS.match(line))
        one = _ONE_LINE_HEAD.match(stripped) if not h.lines else None
        if one:
            ds = [d for d in find_dates(one.group("date")) if d.precision == "day" and d.start == 0]
            if ds:
                s = m.start() + (len(line) - len(line.lstrip()))
                e = m.start() + len(line.rstrip())
                h.lines.append((s, e))
                h.genre, h.genre_line = h.genre or _genre_of(_ONE_LINE_GENRE.search(stripped).group(0)), (s, e)
                h.title = (s + one.start("title"), s + one.end("title"))
                d = ds[0]
                off = s + one.start("date") + d.start
                h.date = DateMatch(off, off + len(d.text), d.text, d.iso, d.precision)
                continue
        if prose:
            # an encyclopedia entry opens its first paragraph with the term in capitals
            if not h.lines and h.title is None:
                e = _ENTRY_HEAD.match(stripped)
                if e and len(e.group(1)) > 3:
                    s = m.start() + line.find(e.group(1))
                    h.title = (s, s + len(e.group(1).rstrip()))
                    h.genre = h.genre or "encyclopedia"
            break
        if len(h.lines) >= 10:
            break
        if BOILERPLATE_RE.search(stripped):
            continue
        s = m.start() + (len(line) - len(line.lstrip()))
        e = m.start() + len(line.rstrip())
        h.lines.append((s, e))
        if _SOURCE.match(line):
            continue
        genre = _genre_of(stripped)
        if _DIPLOMAT_LINE.match(stripped) and h.genre in (None, "report", "memorandum", "letter"):
            h.genre, h.genre_line = "dispatch", (s, e)
            continue
        press = None if genre else _PRESS_LINE.match(stripped)
        if press:
            # «ПРАВДА», передовая статья / Pravda, editorial: what the paper's item is, else "newspaper"
            genre = _genre_of(stripped[press.end():].lstrip(" ,.—–-")) or "newspaper"
        if genre and h.genre is None:
            h.genre, h.genre_line = genre, (s, e)
            if re.search(r"(?i)\breport\s+to\b|\bдоклад\b", stripped):
                h.address_line = (s, e)
        if h.date is None:
            ds = [d for d in find_dates(stripped) if d.precision in ("day", "month")]
            if ds and (len(words) <= 8 or genre):
                d = ds[0]
                off = s + (text[s:e].find(d.text))
                h.date = DateMatch(off, off + len(d.text), d.text, d.iso, d.precision)
        if _TITLE_LINE.match(stripped) and h.title is None and len(words) >= 2:
            end = e
            ds = [d for d in find_dates(stripped) if d.precision == "day"]
            if ds and stripped.endswith(ds[-1].text):     # "On …. January 19, 1938"
                end = s + stripped.rfind(ds[-1].text)
                while end > s and text[end - 1] in " .,":
                    end -= 1
            h.title = (s, end)
            continue
        if _NAME_LINE.match(stripped) and h.speaker_line is None and not genre:
            h.speaker_line = (s, e)
            continue
    if h.title is None and h.genre_line is not None:
        # a heading that names the text whole: "From the Report of Comrade X to the Seventeenth
        # Congress on the Work of the Central Committee" is its title (without "From the")
        gs, ge = h.genre_line
        if len(text[gs:ge].split()) >= 6:
            lead = re.match(r"(?i)\(?\s*(?:(?:excerpts?|extracts?)\s+from\s+(?:the\s+)?|from\s+the\s+|из\s+)?", text[gs:ge])
            h.title = (gs + (lead.end() if lead else 0), ge - (1 if text[ge - 1] == ")" else 0))
    if h.title is None:
        # an all-capitals heading, else the first short heading line
        for s, e in h.lines:
            line = text[s:e]
            if _SOURCE.match(line) or (h.genre_line and (s, e) == h.genre_line) or (h.speaker_line and (s, e) == h.speaker_line):
                continue
            letters = [c for c in line if c.isalpha()]
            if len(line.split()) >= 2 and letters and all(c.isupper() for c in letters):
                h.title = (s, e)
                break
        if h.title is None:
            for s, e in h.lines:
                line = text[s:e]
                if _SOURCE.match(line) or (h.genre_line and (s, e) == h.genre_line) or _FRUS.match(line) \
                        or (h.speaker_line and (s, e) == h.speaker_line) or (h.date and s <= h.date.start < e):
                    continue
                if line.lstrip().startswith("("):
                    continue    # "(Excerpt from Part III)": a note on the text, not its title
                if 2 <= len(line.split()) <= 14 and not line.rstrip().endswith((".", ":", ";", ",")) \
                        and not line[:1].islower() and not re.search(r"\)\s+to\s+(?:the\s+)?[A-Z]", line):
                    h.title = (s, e)
                break
    return h
