"""Dates in English and Russian text, normalised to ISO with their precision.

``find_dates(text)`` yields :class:`DateMatch` objects: "19 January 1938", "January 19, 1938",
"5 March 1937", "19.01.1938", "30-01-2016", "in 1930", "19 января 1938 г.", "1938".
Relative spans ("within three months", "in the course of two weeks") are resolved against a
reference date by :func:`add_duration`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .prefilter import LONG, first_finder, gated

__all__ = ["DateMatch", "add_duration", "find_dates", "find_dates_in_year", "find_durations", "parse_date"]

MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS_EN.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS_EN["sept"] = 9
# Russian month names in the nominative and genitive ("январь", "января").
_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
       "ноябр", "декабр"]
MONTHS_RU_RE = r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
#: the same in the nominative, genitive and prepositional: «октябрь», «октября», «в октябре»
_MONTHS_RU_ANY_RE = r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
_MONTH_EN_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
YEAR = r"(1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    iso: str            # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str      # year | month | day


def _month_ru(word: str) -> int:
    w = word.lower()
    for i, stem in enumerate(_RU, 1):
        if w.startswith(stem) and (stem != "ма" or w in ("май", "мая", "мае")):
            return i
    raise ValueError(word)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_EN_RE})\s*,?\s+{YEAR}\b"), "dmy_en"),
    (re.compile(rf"\b({_MONTH_EN_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*{YEAR}\b"), "mdy_en"),
    (re.compile(rf"\b({_MONTH_EN_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+{YEAR}\b"), "mdy_en"),
    (re.compile(rf"(?<![\w.])(\d{{1,2}})\s+({MONTHS_RU_RE})\s+{YEAR}(?:\s*(?:г\.|года|год))?", re.I), "dmy_ru"),
    (re.compile(rf"(?<![\w.\-])(\d{{1,2}})[.\-/](\d{{1,2}})[.\-/]{YEAR}(?![\w.\-]\d)"), "dmy_num"),
    # «октябрь 1952 г.», «в августе 1952 года», «(январь 1924 г.)»: a month of a year
    (re.compile(rf"(?<![\w.])({_MONTHS_RU_ANY_RE})\s+{YEAR}(?:\s*(?:г\.|года|год))?(?![\w])", re.I), "my_ru"),
    (re.compile(rf"\b(?:in|of|since|from|until|by|during)\s+(?:early\s+|late\s+|mid-)?({_MONTH_EN_RE})\s+{YEAR}\b"), "my_en"),
    (re.compile(rf"\b({_MONTH_EN_RE})\s+{YEAR}\b"), "my_en"),
    (re.compile(rf"(?<![\w.\-/]){YEAR}(?![\w\-/]|\.\d)"), "y"),
]


def parse_date(s: str) -> tuple[str, str] | None:
    """Parse one date string (ISO or prose) into ``(iso, precision)``, or ``None``."""
    s = str(s).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        iso = _iso(int(y), int(mo) if mo else None, int(d) if d else None)
        if iso:
            return iso, ("day" if d else "month" if mo else "year")
        return None
    found = find_dates(s)
    if found and found[0].end - found[0].start >= len(s) - 3:
        return found[0].iso, found[0].precision
    return None


#: for a whole document: the patterns whose matches begin with a digit or a capital are tried
#: only there (kg.extract.prefilter: the same matches)
_DOCUMENT_PATTERNS = [(gated(p) if first_finder(p) is not None else p, kind) for p, kind in _PATTERNS]

#: what every pattern of _PATTERNS holds: a text without it (most names of documents and events
#: that find_dates is asked about) has no date
_YEAR_ANYWHERE = re.compile(YEAR)
#: a character a Russian month's name may be matched by: a Cyrillic letter, or any character
#: beyond ASCII, Latin-1 and general punctuation (whose case-insensitive matching this does not
#: reason about). An English text without one (typographic quotes and dashes are punctuation)
#: is not searched with the Russian patterns.
_MAY_BE_RUSSIAN = re.compile("[^\x00-\xb4\xb6-\xde\xe0-\xff\u2000-\u206f]")
_RU_KINDS = ("dmy_ru", "my_ru")
_DIGIT = re.compile(r"\d")
_LATIN_PATTERNS = [(p, kind) for p, kind in _PATTERNS if kind not in _RU_KINDS]
_LATIN_DOCUMENT_PATTERNS = [(p, kind) for p, kind in _DOCUMENT_PATTERNS if kind not in _RU_KINDS]


def find_dates(text: str) -> list[DateMatch]:
    """All dates in ``text``, longest first where they overlap, in text order."""
    if _YEAR_ANYWHERE.search(text) is None:
        return []
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    if text.isascii() or _MAY_BE_RUSSIAN.search(text) is None:
        patterns = _LATIN_DOCUMENT_PATTERNS if len(text) >= LONG else _LATIN_PATTERNS
    else:
        patterns = _DOCUMENT_PATTERNS if len(text) >= LONG else _PATTERNS
    for pat, kind in patterns:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groups()
            iso, prec = None, None
            try:
                if kind == "dmy_en":
                    iso, prec = _iso(int(g[2]), MONTHS_EN[g[1].lower().rstrip(".")], int(g[0])), "day"
                elif kind == "mdy_en":
                    iso, prec = _iso(int(g[2]), MONTHS_EN[g[0].lower().rstrip(".")], int(g[1])), "day"
                elif kind == "dmy_ru":
                    iso, prec = _iso(int(g[2]), _month_ru(g[1]), int(g[0])), "day"
                elif kind == "dmy_num":
                    iso, prec = _iso(int(g[2]), int(g[1]), int(g[0])), "day"
                elif kind == "my_ru":
                    iso, prec = _iso(int(g[1]), _month_ru(g[0])), "month"
                elif kind == "my_en":
                    iso, prec = _iso(int(g[1]), MONTHS_EN[g[0].lower().rstrip(".")]), "month"
                    if m.group(0)[0].islower():   # "in March 1937": keep only the date words
                        s = m.start(1)
                elif kind == "y":
                    iso, prec = _iso(int(g[0])), "year"
            except (KeyError, ValueError):
                iso = None
            if iso and kind in ("dmy_en", "dmy_ru"):
                s, iso, prec = _day_range(text, s, iso, prec)
            if iso:
                taken.append((s, e))
                out.append(DateMatch(s, e, text[s:e], iso, prec))
    return sorted(out, key=lambda d: d.start)


_RANGE_START = re.compile(r"(?<![\w.\-])(\d{1,2})\s*[-–—]\s*$|(?<![\w])(?i:from|с)\s+(\d{1,2})\s+(?:to|till|until|по)\s+$")


def _day_range(text: str, s: int, iso: str, prec: str) -> tuple[int, str, str]:
    """"28-29 December 1934", «15—20 февраля 1941 г.», "from 8 to 16 March 1921", «с 15 по 20
    февраля»: a span of days dates by its first day, a meeting of three days or more ("held on
    16–18 January 1924") by its month."""
    g = _RANGE_START.search(text[max(0, s - 16):s])
    if g is None:
        return s, iso, prec
    first, last = int(g.group(1) or g.group(2)), int(iso[8:10])
    if not 1 <= first < last:
        return s, iso, prec
    s = max(0, s - 16) + g.start(1 if g.group(1) else 2)
    if last - first >= 2:
        return s, iso[:7], "month"
    return s, iso[:8] + f"{first:02d}", prec


_DAY_MONTH = [
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_EN_RE})(?!\s*,?\s*\d)(?!\w)"), "dm_en"),
    (re.compile(rf"\b({_MONTH_EN_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d|\.\d|[-–]\d)"), "md_en"),
    (re.compile(rf"(?<![\w.])(\d{{1,2}})\s+({MONTHS_RU_RE})(?![\w])(?!\s*\d)", re.I), "dm_ru"),
]


def find_dates_in_year(text: str, year: int | None) -> list[DateMatch]:
    """The dates of :func:`find_dates`, and days named without their year ("on 15 October",
    "adopted August 20", «5 марта») in ``year``, the year the text is speaking of."""
    out = find_dates(text)
    if year is None or _DIGIT.search(text) is None:     # (every day-and-month pattern holds a digit)
        return out
    taken = [(d.start, d.end) for d in out]
    for pat, kind in _DAY_MONTH:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groups()
            try:
                if kind == "dm_en":
                    iso = _iso(year, MONTHS_EN[g[1].lower().rstrip(".")], int(g[0]))
                elif kind == "md_en":
                    iso = _iso(year, MONTHS_EN[g[0].lower().rstrip(".")], int(g[1]))
                else:
                    iso = _iso(year, _month_ru(g[1]), int(g[0]))
            except (KeyError, ValueError):
                iso = None
            if iso and len(iso) == 10:
                if kind in ("dm_en", "dm_ru"):
                    s, iso, prec = _day_range(text, s, iso, "day")
                else:
                    prec = "day"
                taken.append((s, e))
                out.append(DateMatch(s, e, text[s:e], iso, prec))
    return sorted(out, key=lambda d: d.start)


_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
              "twenty": 20, "thirty": 30, "a": 1, "an": 1,
              "один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
              "четыре": 4, "пять": 5, "шесть": 6, "десять": 10}
_UNIT = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
         "months": "months", "year": "years", "years": "years",
         "дней": "days", "дня": "days", "недели": "weeks", "недель": "weeks", "месяца": "months",
         "месяцев": "months", "месяц": "months", "года": "years", "лет": "years"}
_DURATION_RE = re.compile(
    r"\b(?:within|in the course of|in|during|not later than in|no later than in|over|в течение|в)\s+"
    r"(?:the\s+(?:next|following)\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an|"
    r"одного|двух|трех|трёх|один|два|три|четыре|пять|шесть|десять)[\s-]+"
    r"(days?|weeks?|months?|years?|дней|дня|недели|недель|месяца|месяцев|месяц|года|лет)\b", re.I)


@dataclass(frozen=True)
class DurationMatch:
    start: int
    end: int
    text: str
    value: int
    unit: str


def find_durations(text: str) -> list[DurationMatch]:
    """Relative deadlines such as "in the course of two months", "within ten days"."""
    out = []
    for m in _DURATION_RE.finditer(text):
        n = m.group(1).lower()
        value = int(n) if n.isdigit() else _NUM_WORDS.get(n)
        unit = _UNIT.get(m.group(2).lower())
        if value and unit:
            out.append(DurationMatch(m.start(), m.end(), m.group(0), value, unit))
    return out


def add_duration(iso: str, value: int, unit: str) -> str:
    """``iso`` (a day) plus a duration, as an ISO day."""
    d = dt.date.fromisoformat(iso[:10]) if len(iso) >= 10 else dt.date(int(iso[:4]), int(iso[5:7] or 1) if len(iso) >= 7 else 1, 1)
    if unit == "days":
        return (d + dt.timedelta(days=value)).isoformat()
    if unit == "weeks":
        return (d + dt.timedelta(weeks=value)).isoformat()
    months = value * (12 if unit == "years" else 1)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day).isoformat()
