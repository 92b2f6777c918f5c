"""A cheap necessary condition in front of a regular expression searched once per sentence.

A rule's cue (``CRITICISM``, ``_DEMAND`` …) is an alternation of a hundred words; Python's
``re`` tries every alternative at every position of every sentence (2-4 million characters a
second), while most sentences contain none of the words. :func:`gated` reads the pattern's
syntax tree once for the literal text every match must begin with ("mistake", "обязан") and
whether it begins a word (after ``\\b``); a sentence whose lower-cased text holds none of those
(a case-sensitive search, ten times as fast) cannot match, and the regex is not run.

Where every match begins with one of a few literals (read the same way, but only from the
front), a search starts at the first of them rather than at 0, and finditer over a whole document
tries the regex only where one of them begins (``match`` there, then on from the match's end:
what finditer finds). A match's ``pos`` is then where the search started.

Over a whole document the regex may begin almost anywhere (an optional word first): then
:func:`finder` reads the regex itself, item by item, as a case-sensitive regex over the
lower-cased text that matches at least wherever a match may begin (or on the text itself, for a
case-sensitive regex), and :func:`first_finder` the digit or capital a match begins with; the regex
is tried only there, and not at all in a document without the literals every match holds.

The answer is the regex's own in every case: the test only ever skips a search that would
have found nothing. Where the pattern's shape gives no such literal (an optional group first, a
character class), or the text holds a character whose case-insensitive matching in ``re``
differs from ``str.lower`` (dotless ı, long ſ, Greek…), the regex simply runs.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable, Iterable, Iterator

try:    # Python 3.11+
    from re import _constants as _c, _parser as _p   # type: ignore[attr-defined]
except ImportError:   # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p      # type: ignore[no-redef]

__all__ = ["cued", "gated", "required_literals", "trie"]

#: characters whose lower-casing by ``str.lower`` agrees with ``re``'s case-insensitive
#: matching, keeps the length and keeps word characters word characters (tests/test_prefilter.py
#: checks every one): ASCII, Latin-1 but µ and ß, Cyrillic, general punctuation
_SAFE = "\x00-\xb4\xb6-\xde\xe0-\xff\u0400-\u04ff\u2000-\u206f"
_UNSAFE = re.compile(f"[^{_SAFE}]")
_WORD_CHAR = re.compile(r"\w")


def _leading(items: list, word_start: bool, inner) -> list[tuple[bool, str]] | None:
    """(begins a word, literal) pairs, one of which every match of ``items`` begins with; None
    when some match may begin otherwise. A group or an alternation is read by ``inner``."""
    lit: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            lit.append(chr(av))
            continue
        if lit:
            break
        if op is _c.AT:
            word_start = av is _c.AT_BOUNDARY
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            word_start = False
            continue
        if op is _c.SUBPATTERN:
            return inner(list(av[-1]), word_start)
        if op is _c.BRANCH:
            out: list[tuple[bool, str]] = []
            for alt in av[1]:
                h = inner(list(alt), word_start)
                if h is None:
                    return None
                out += h
            return out
        return None
    if not lit:
        return None
    text = "".join(lit)
    return [(word_start and bool(_WORD_CHAR.match(text[0])), text)]


def _heads(items: list, word_start: bool) -> list[tuple[bool, str]] | None:
    """What every match of ``items`` begins with (:func:`_leading`); inside a group, or a literal
    the group must hold further on (:func:`_required`)."""
    return _leading(items, word_start, _required)


def _starts(items: list, word_start: bool) -> list[tuple[bool, str]] | None:
    """As :func:`_heads`, but never a literal further on: the leftmost of them in a string is where
    the search for a match may begin."""
    return _leading(items, word_start, _starts)


def _gate_regex(heads: list[tuple[bool, str]]) -> re.Pattern[str]:
    """The beginnings, lower-cased, as one case-sensitive regex over the lower-cased text."""
    words = sorted({t.lower() for w, t in heads if w}, key=lambda t: (-len(t), t))
    subs = sorted({t.lower() for w, t in heads if not w}, key=lambda t: (-len(t), t))
    parts = ([r"\b" + _trie(words)] if words else []) + ([_trie(subs)] if subs else [])
    return re.compile("|".join(parts))


def _trie(words: list[str]) -> str:
    """One regex for ``words`` with their common beginnings factored out (``re`` tries the
    alternatives of a group one by one: "a(?:buse|nti)" tries two where "abuse|anti" …)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return "" if not alts else "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + emit(tree) + ")"


def _required(items: list, word_start: bool) -> list[tuple[bool, str]] | None:
    """Like :func:`_heads`, or a literal the match must hold further on when that is longer
    ("obliged" in "(?:are|is|be) obliged to"): every item of a sequence is matched."""
    heads = _heads(items, word_start)
    best = (min(len(t) for _, t in heads), heads) if heads else None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run and (best is None or len(run) > best[0]):
            best = (len(run), [(False, "".join(run))])
        run = []
        group = _heads([(op, av)], False) if op in (_c.SUBPATTERN, _c.BRANCH) else None
        if group and (best is None or min(len(t) for _, t in group) > best[0]):
            best = (min(len(t) for _, t in group), [(False, t) for _, t in group])
    return best[1] if best else None


# --- where a match may begin: the regex itself, read on the lower-cased text --------------------

_SAFE_CHAR = re.compile(f"[{_SAFE}]")
_CATEGORIES = {_c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_DIGIT: r"\d",
               _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S"}
_AT = {_c.AT_BOUNDARY: r"\b", _c.AT_NON_BOUNDARY: r"\B", _c.AT_BEGINNING: "^", _c.AT_END: "$",
       _c.AT_BEGINNING_STRING: r"\A", _c.AT_END_STRING: r"\Z"}
_ANY_CHAR = r"[\s\S]"


class _NoFinder(Exception):
    """A shape the finder does not read: what came before it is the finder."""


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch


def _esc(ch: str) -> str:
    return ch if ch.isalnum() and ch.isascii() or ch.isalpha() else f"\\U{ord(ch):08x}"


def _lowered_chars(members: list, lower: bool = True) -> tuple[bool, list[str], set[str]]:
    """A character set of the regex as (negated, categories, characters) over the lower-cased
    text: the lower case of every character the set may match, or for a negated set only its
    uncased members (an "A" left out may be an "a" on the lower-cased text); with ``lower``
    false, the set as it is (for a finder read on the text itself)."""
    negate = bool(members) and members[0][0] is _c.NEGATE
    cats: list[str] = []
    chars: set[str] = set()
    for op, av in members[1:] if negate else members:
        if op is _c.CATEGORY and av in _CATEGORIES:
            cats.append(_CATEGORIES[av])
        elif op is _c.LITERAL or op is _c.RANGE:
            lo, hi = (av, av) if op is _c.LITERAL else av
            if hi - lo > 0x3000:
                raise _NoFinder
            for ch in map(chr, range(lo, hi + 1)):
                if not lower:
                    chars.add(ch)
                elif not _SAFE_CHAR.match(ch):
                    if not negate:
                        raise _NoFinder
                elif not negate:
                    chars.add(ch.lower())
                elif not _cased(ch):
                    chars.add(ch)
        elif not negate:
            raise _NoFinder
    return negate, cats, chars


def _set_text(negate: bool, cats: list[str], chars: set[str]) -> str:
    runs: list[str] = []
    points = sorted(map(ord, chars))
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = chr(points[i]), chr(points[j])
        runs.append(_esc(lo) if i == j else _esc(lo) + ("" if j == i + 1 else "-") + _esc(hi))
        i = j + 1
    body = "".join(cats) + "".join(runs)
    if negate:
        return f"[^{body}]" if body else _ANY_CHAR
    return f"[{body}]" if body else "(?!)"


def _lowered_set(members: list, lower: bool = True) -> str:
    return _set_text(*_lowered_chars(members, lower))


def _one_char(op: Any, av: Any, lower: bool = True) -> str | None:
    """The one character a literal (or a set such as ``[Ff]``) is on the lower-cased text."""
    if op is _c.LITERAL:
        ch = chr(av)
        return ch if not lower else ch.lower() if _SAFE_CHAR.match(ch) else None
    if op is _c.IN:
        try:
            negate, cats, chars = _lowered_chars(av, lower)
        except _NoFinder:
            return None
        if not negate and not cats and len(chars) == 1:
            return next(iter(chars))
    return None


class _Read:
    """What reading a regex for its finder has met: the literals, whether case is ignored where
    it stands, whether a set was widened by lower-casing ([A-Z] is every letter there)."""

    def __init__(self, icase: bool, lower: bool = True) -> None:
        self.lower = lower
        self.lits: list[str] = []
        self.icase = icase
        self.widened = False


def _widens(members: list) -> bool:
    """Whether a case-sensitive set matches more on the lower-cased text than on the text: it
    holds a cased character without its other case, or it is negated and holds a cased one."""
    seen: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL or op is _c.RANGE:
            lo, hi = (av, av) if op is _c.LITERAL else av
            seen.update(map(chr, range(lo, min(hi, lo + 0x3000) + 1)))
    negate = bool(members) and members[0][0] is _c.NEGATE
    return any(_cased(ch) and (negate or ch.swapcase() not in seen) for ch in seen)


_CAT_TESTS = {r"\w": re.compile(r"\w"), r"\d": re.compile(r"\d"), r"\s": re.compile(r"\s")}


def _first_chars(op: Any, av: Any, lower: bool = True) -> tuple[list[str], set[str]] | None:
    """The characters every match of one item begins with, on the lower-cased text (categories
    \\w, \\d, \\s and characters), for a single character or a repeat of one at least once."""
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT or op is _c.POSSESSIVE_REPEAT:
        if av[0] < 1 or len(av[2]) != 1:
            return None
        op, av = av[2][0]
    if op is _c.LITERAL:
        ch = chr(av)
        return ([], {ch}) if not lower else ([], {ch.lower()}) if _SAFE_CHAR.match(ch) else None
    if op is _c.IN:
        try:
            negate, cats, chars = _lowered_chars(av, lower)
        except _NoFinder:
            return None
        if not negate and all(c in _CAT_TESTS for c in cats):
            return cats, chars
    return None


def _disjoint(a: tuple[list[str], set[str]] | None, b: tuple[list[str], set[str]] | None) -> bool:
    """Whether no character is in both (None: not known)."""
    if a is None or b is None or a[1] & b[1]:
        return False
    if any({x, y} not in ({r"\w", r"\s"}, {r"\d", r"\s"}) for x in a[0] for y in b[0]):
        return False
    return not any(_CAT_TESTS[c].match(ch) for c in a[0] for ch in b[1]) \
        and not any(_CAT_TESTS[c].match(ch) for c in b[0] for ch in a[1])


def _lowered(items: list, st: _Read) -> str:
    """``items`` as a regex over the lower-cased text (case-sensitive) that matches wherever the
    regex matches on the text itself; raises :class:`_NoFinder` (with what was read so far as its
    argument) at a shape it does not read."""
    out: list[str] = []
    for i, (op, av) in enumerate(items):
        try:
            out.append(_lowered_item(op, av, st))
            if op is _c.MAX_REPEAT and i + 1 < len(items) and len(av[2]) == 1 \
                    and _disjoint(_first_chars(*av[2][0], st.lower), _first_chars(*items[i + 1], st.lower)):
                out[-1] += "+"   # "[\w-]+\s": no use trying the word's shorter beginnings
        except _NoFinder as stop:
            raise _NoFinder("".join(out) + (stop.args[0] if stop.args else "")) from None
    return "".join(out)


def _lowered_item(op: Any, av: Any, st: _Read) -> str:
    if op is _c.LITERAL or op is _c.NOT_LITERAL:
        ch = chr(av)
        if st.lower and not _SAFE_CHAR.match(ch):
            raise _NoFinder
        if op is _c.LITERAL:
            st.lits.append(ch)
            return _esc(ch.lower() if st.lower else ch)
        return _ANY_CHAR if st.lower and _cased(ch) else f"[^{_esc(ch)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        one = _one_char(op, av, st.lower)
        if one is not None:
            st.lits.append(one)
            return _esc(one)
        if st.lower and not st.icase and not st.lits and _widens(av):
            st.widened = True     # before any literal: [A-Z] would be every letter there
        return _lowered_set(av, st.lower)
    if op is _c.BRANCH:
        words = []
        for alt in av[1]:
            chars = [_one_char(o, a, st.lower) for o, a in alt]
            if None in chars:
                break
            words.append("".join(chars))    # type: ignore[arg-type]
        else:
            st.lits += words
            return _trie(sorted(set(words)))
        alts, complete = [], True
        for alt in av[1]:
            try:
                alts.append(_lowered(list(alt), st))
            except _NoFinder as stop:
                alts.append(stop.args[0] if stop.args else "")
                complete = False
        text = "(?:" + "|".join(alts) + ")"
        if not complete:
            raise _NoFinder(text)
        return text
    if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
        if op is _c.SUBPATTERN and (av[1] | av[2]) & (re.S | re.M | (0 if st.lower else re.I)):
            raise _NoFinder
        icase = st.icase
        if op is _c.SUBPATTERN:
            st.icase = bool((icase or av[1] & re.I) and not av[2] & re.I)
        try:
            return "(?:" + _lowered(list(av[-1] if op is _c.SUBPATTERN else av), st) + ")"
        except _NoFinder as stop:
            raise _NoFinder("(?:" + (stop.args[0] if stop.args else "") + ")") from None
        finally:
            st.icase = icase
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        known = len(st.lits)
        try:
            inner = _lowered(list(sub), st)
        except _NoFinder as stop:    # the first time round must begin so, if there is one
            if not lo:
                del st.lits[known:]
            raise _NoFinder("(?:" + stop.args[0] + ")" if lo and stop.args and stop.args[0] else "") from None
        return "(?:" + inner + ")" + "{%d,%s}" % (lo, "" if hi is _c.MAXREPEAT else hi)
    if op is _c.AT and av in _AT:
        return _AT[av]
    if op is _c.ASSERT_NOT and len(av[1]) == 1:
        # (?<![\w-]): the character before is none of the set's uncased members
        (o, a), = list(av[1])
        if o is _c.LITERAL or o is _c.IN and a and a[0][0] is not _c.NEGATE:
            negated = _lowered_set([(_c.NEGATE, None)] + ([(o, a)] if o is _c.LITERAL else list(a)), st.lower)
            if negated != _ANY_CHAR:
                return ("(?<!" if av[0] < 0 else "(?!") + negated.replace("[^", "[", 1) + ")"
        return ""
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        return ""     # not read: the finder asks less, never more
    raise _NoFinder


def finder(pattern: re.Pattern[str], lower: bool = True) -> re.Pattern[str] | None:
    """A case-sensitive regex that matches, on the lower-cased text, (at least) wherever a match of
    ``pattern`` on the text may begin: ``pattern`` itself read item by item, a literal as its lower
    case, a set with the lower case of each member, a lookaround it cannot read left out; where it
    meets a shape it does not read it ends there (a beginning of the match is still required).
    Valid only on a text of :data:`_SAFE` characters. None when nothing selective is left.

    With ``lower`` false (a regex that ignores case nowhere), the finder is read on the text
    itself: the same regex with its alternations of words as tries and its repeats possessive
    where the item after them cannot begin within them."""
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags))
        if not lower and pattern.flags & re.I:
            return None
        st = _Read(bool(pattern.flags & re.I), lower)
        try:
            src = _lowered(items, st)
        except _NoFinder as stop:
            src = stop.args[0] if stop.args else ""
        if not any(st.lits) or st.widened:
            return None     # no literal read (it would say "anywhere"), or [A-Z] made every letter
        return re.compile(f"(?=(?:{src}))", pattern.flags & (re.S | re.M))
    except (re.error, _NoFinder, RecursionError, OverflowError):
        return None


#: every word-start literal of every gated regex (lower-cased), and one regex for all of them
_WORD_LITERALS: set[str] = set()
_ALL_WORDS: list[re.Pattern[str] | None] = [None]
_WORDS: dict[str, tuple[str, frozenset[str], bool, bool]] = {}
#: the Cyrillic block: a literal holding one of these is not in a text without them
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _has_cyrillic(low: str) -> bool:
    return not low.isascii() and _CYRILLIC.search(low) is not None


def _register(words: list[str]) -> None:
    """Add a gated regex's word-start literals to those every string is read for once."""
    if not _WORD_LITERALS.issuperset(words):
        _WORD_LITERALS.update(words)
        _ALL_WORDS[0] = None
        _WORDS.clear()


def _words(s: str) -> tuple[str, frozenset[str], bool, bool]:
    """``s`` lower-cased, and the beginnings of the longest word-start literal (of any gated
    regex) standing at each place a word begins: a literal stands at a word's beginning in ``s``
    exactly when it is among them (the literals standing at one place are the beginnings of the
    longest). Read once for every gated regex; kept for the last few thousand strings."""
    got = _WORDS.get(s)
    if got is None:
        rx = _ALL_WORDS[0]
        if rx is None:
            rx = _ALL_WORDS[0] = re.compile(r"\b(?=(" + _trie(sorted(_WORD_LITERALS)) + "))") \
                if _WORD_LITERALS else re.compile("(?!)")
        low = s.lower()
        found: set[str] = set()
        for m in rx.finditer(low):
            w = m.group(1)
            if w not in found:
                found.update([w[:k] for k in range(1, len(w) + 1)])
        got = (low, frozenset(found), _has_cyrillic(low), not s.isascii() and _UNSAFE.search(s) is not None)
        if len(_WORDS) >= 4096:
            _WORDS.clear()
        _WORDS[s] = got
    return got


def _first_of(items: list) -> tuple[list[str], set[str]] | None:
    """The characters every match of the sequence ``items`` begins with, when its first item
    is one that consumes a character (a literal, a set, a group or alternation of such, a
    repeat of one at least once); None otherwise."""
    if not items:
        return None
    op, av = items[0]
    if op is _c.LITERAL:
        return [], {chr(av)}
    if op is _c.IN:
        if av and av[0][0] is _c.NEGATE:
            return None
        try:
            negate, cats, chars = _lowered_chars(av, lower=False)
        except _NoFinder:
            return None
        return cats, chars
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _first_of(list(av[2]))
    if op is _c.SUBPATTERN and not av[1] & re.I:
        return _first_of(list(av[-1]))
    if op is _c.BRANCH:
        cats: list[str] = []
        chars: set[str] = set()
        for alt in av[1]:
            got = _first_of(list(alt))
            if got is None:
                return None
            cats += got[0]
            chars |= got[1]
        return cats, chars
    return None


def first_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that matches (one character) wherever a match of ``pattern`` may begin, read on
    the text itself, for a pattern whose matches begin with a few characters that are neither
    lower-case letters nor word or space characters at large: digits, capitals ("\\b(January|
    February|…)", "(?<![\\w.])\\d{1,2}\\s+…"). The character is one of them, what stands before it
    is what the pattern's leading ``\\b`` or negative lookbehind asks; ``re`` finds such a
    character by its own fast scan. None for any other shape."""
    if pattern.flags & re.ASCII:
        return None
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None
    guards: list[str] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _c.AT and av is _c.AT_BOUNDARY:
            guards.append(r"(?<=\b[\s\S])")
        elif op is _c.ASSERT_NOT and av[0] < 0 and len(av[1]) == 1 and av[1][0][0] in (_c.LITERAL, _c.IN):
            o, a = av[1][0]
            if o is _c.IN and a and a[0][0] is _c.NEGATE:
                break
            try:
                guards.append(f"(?<!{_set_text(*_lowered_chars([(o, a)] if o is _c.LITERAL else a, lower=False))}[\\s\\S])")
            except _NoFinder:
                break
        elif op not in (_c.ASSERT, _c.ASSERT_NOT):
            break
        i += 1
    got = _first_of(items[i:])
    if got is None:
        return None
    cats, chars = got
    if any(c != r"\d" for c in cats) or any(ch.islower() for ch in chars) or not (cats or chars) \
            or pattern.flags & re.I and any(_cased(ch) for ch in chars):
        return None
    try:
        return re.compile(_set_text(False, cats, chars) + "".join(guards))
    except re.error:
        return None


_LOWER: list = ["", "", False, False]


def _lower(s: str) -> str:
    """``s.lower()``, kept for the last string (a document is scanned by a dozen gated regexes),
    with whether it holds a Cyrillic letter (``_LOWER[2]``) and a character whose case-insensitive
    matching in re differs from ``str.lower`` (``_LOWER[3]``)."""
    if _LOWER[0] is not s:
        low = s.lower()
        _LOWER[:] = [s, low, _has_cyrillic(low), not s.isascii() and _UNSAFE.search(s) is not None]
    return _LOWER[1]


def _unsafe(s: str) -> bool:
    """``not s.isascii() and _UNSAFE.search(s) is not None``, read from what is kept of ``s``
    when it is (a document's gated regexes, a sentence's gates each ask it)."""
    if s.isascii():
        return False
    got = _WORDS.get(s)
    if got is not None:
        return got[3]
    if _LOWER[0] is s:
        return _LOWER[3]
    return _UNSAFE.search(s) is not None


#: from this length (a document, not a sentence) finditer tries the regex only where a match may begin
LONG = 2000

#: for the last few documents (their text or its lower case): whether a literal stands in it, and
#: where; a literal is asked about by several gated, anchored and cued regexes (the months, the
#: document nouns, a vocabulary's words in both cases), each a scan of the whole text
_SCANS: dict[str, tuple[dict[str, bool], dict[str, list[int]]]] = {}


def _scans(where: str) -> tuple[dict[str, bool], dict[str, list[int]]]:
    got = _SCANS.get(where)
    if got is None:
        if len(_SCANS) >= 4:
            _SCANS.clear()
        got = _SCANS[where] = ({}, {})
    return got


def holds_any(where: str, literals: list[str]) -> bool:
    """Whether one of ``literals`` stands in ``where`` (``any(t in where for t in literals)``),
    each literal's answer kept for the text. The literal found is moved to the front of the
    list (a literal absent from a text costs a scan of all of it; the one found last time is
    likely found again, and early in the list)."""
    present = _scans(where)[0]
    for k, t in enumerate(literals):
        p = present.get(t)
        if p is None:
            p = present[t] = t in where
        if p:
            if k:
                literals.insert(0, literals.pop(k))
            return True
    return False


@functools.lru_cache(maxsize=256)
def _shortest(literals: tuple[str, ...]) -> tuple[str, ...]:
    """``literals`` less those that begin with another of them: every place one of those stands,
    the other stands too ("resolutions", "resolution"), so the places any of them stands are the
    same, found with fewer scans."""
    kept = sorted(set(literals), key=lambda t: (len(t), t))
    out: list[str] = []
    for t in kept:
        if not any(t.startswith(u) for u in out):
            out.append(t)
    return tuple(out)


def positions(where: str, t: str) -> list[int]:
    """Every place ``t`` begins in ``where`` (overlapping, in order), kept for the text: do not
    change the list."""
    at = _scans(where)[1]
    got = at.get(t)
    if got is None:
        got = at[t] = []
        i = where.find(t)
        while i >= 0:
            got.append(i)
            i = where.find(t, i + 1)
    return got


class _Gated:
    """``pattern`` with the same methods; ``search``, ``match``, ``fullmatch``, ``finditer``
    and ``findall`` on a whole string skip the regex when the string cannot match."""

    def __init__(self, pattern: re.Pattern[str], heads: list[tuple[bool, str]],
                 starts: list[tuple[bool, str]] | None = None) -> None:
        self.pattern_object = pattern
        # where a match may begin: search and finditer start at the first such place (a
        # match's ``pos`` is then that place, not 0)
        self._start_gate = _gate_regex(starts) if starts else None
        # every place a match may begin (overlapping), for finditer over a whole document: the
        # regex read on the lower-cased text (:func:`finder`), else its first literals; only for
        # a regex that matches no empty string (a match ends after its beginning)
        nonempty = _p.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0
        self._start_all = (finder(pattern) or (re.compile(f"(?=(?:{self._start_gate.pattern}))")
                                               if starts else None)) if nonempty else None
        # a case-insensitive regex is searched only where one of its first literals begins (read
        # on the lower-cased text by the case-sensitive start gate): re's case-insensitive
        # alternations tried at every word from the first literal up to the match cost more (an
        # alternative that begins with a short common word, "do", "не", puts that literal early)
        self._search_at = self._start_gate if self._start_gate is not None and pattern.flags & re.I else None
        self._start_on_text = None if self._start_all is not None or not nonempty else finder(pattern, lower=False)
        # matches that begin with a digit or a capital: re's own scan for that character is faster
        self._start_char = first_finder(pattern) if nonempty else None
        # the beginnings, lower-cased, as one case-sensitive regex over the lower-cased text:
        # ten times faster than a case-insensitive alternation
        words = sorted({t.lower() for w, t in heads if w}, key=lambda t: (-len(t), t))
        subs = sorted({t.lower() for w, t in heads if not w}, key=lambda t: (-len(t), t))
        parts = ([r"\b" + _trie(words)] if words else []) + ([_trie(subs)] if subs else [])
        self._gate = re.compile("|".join(parts))
        # the same test, cheaper: a literal not at a word's beginning is a substring test; those
        # at a word's beginning are read once for every gated regex (:func:`_words`)
        self._subs = tuple(subs)
        self._literals = list(words + subs)     # (in any order: holds_any moves the one found first)
        # a text without Cyrillic letters holds no literal with one: the Russian literals are
        # not looked for in an English text (each a scan of the whole of it)
        self._latin_subs = tuple(t for t in subs if _CYRILLIC.search(t) is None)
        self._latin_literals = [t for t in self._literals if _CYRILLIC.search(t) is None]
        self._word_set = frozenset(words)
        _register(words)

    def may_match(self, s: str) -> bool:
        return self._low(s) is not None

    def _low(self, s: str) -> str | None:
        """``s`` lower-cased when the regex may match it, else None."""
        got = _WORDS.get(s)
        if got is None:
            got = _words(s)
        low = got[0]
        if not self._word_set.isdisjoint(got[1]):
            return low
        for t in self._subs if got[2] else self._latin_subs:
            if t in low:
                return low
        # no literal found: conclusive unless a character case-folds differently in re
        return low if got[3] else None

    def _first(self, s: str, low: str) -> int:
        """Where the first match of the regex in ``s`` may begin (0 when that is not known)."""
        if self._start_gate is None or _unsafe(s):
            return 0
        m = self._start_gate.search(low)
        return 0 if m is None else m.start()

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        if args:
            return self.pattern_object.search(string, *args)
        # (what :meth:`_low` and :func:`_unsafe` read, inlined: one call a sentence and gated regex)
        got = _WORDS.get(string)
        if got is None:
            got = _words(string)
        low = got[0]
        if self._word_set.isdisjoint(got[1]):
            for t in self._subs if got[2] else self._latin_subs:
                if t in low:
                    break
            else:
                if not got[3]:
                    return None
        unsafe = got[3]
        at = self._search_at
        if at is not None and not unsafe:
            match = self.pattern_object.match
            i = 0
            while True:
                c = at.search(low, i)
                if c is None:
                    return None
                i = c.start()
                m = match(string, i)
                if m is not None:
                    return m
                i += 1
        if self._start_gate is None or unsafe:
            return self.pattern_object.search(string)
        m = self._start_gate.search(low)
        return self.pattern_object.search(string, 0 if m is None else m.start())

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        if args or self._low(string) is not None:
            return self.pattern_object.match(string, *args)
        return None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        if args or self._low(string) is not None:
            return self.pattern_object.fullmatch(string, *args)
        return None

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        if args:
            return self.pattern_object.finditer(string, *args)
        if len(string) >= LONG and (self._start_all is not None or self._start_on_text is not None
                                    or self._start_char is not None) \
                and (string.isascii() or _lower(string) is not None and not _LOWER[3]):
            return self._finditer_at_beginnings(string)
        low = self._low(string)
        if low is None:
            return iter(())
        return self.pattern_object.finditer(string, self._first(string, low))

    def _finditer_at_beginnings(self, s: str) -> Iterator[re.Match[str]]:
        """finditer over a long text, the regex tried only where a match may begin: the matches
        finditer finds (each the leftmost one from the end of the one before; none is empty)."""
        low = _lower(s)
        # a document without the literals every match holds: none
        if not holds_any(low, self._literals if _LOWER[2] else self._latin_literals):
            return
        match = self.pattern_object.match
        at = self._search_at
        if at is not None and self._start_char is None:
            # a case-insensitive regex: tried at each place one of its first literals begins (the
            # start gate's search is cheaper than the finder's lookahead tried at every position)
            i = 0
            while True:
                c = at.search(low, i)
                if c is None:
                    return
                i = c.start()
                m = match(s, i)
                if m is not None:
                    yield m
                    i = m.end()
                else:
                    i += 1
        starts = self._start_char.finditer(s) if self._start_char is not None else \
            self._start_all.finditer(low) if self._start_all is not None else self._start_on_text.finditer(s)
        yield from _successive(match, s, (c.start() for c in starts))

    def findall(self, string: str, *args: Any) -> list[Any]:
        if args:
            return self.pattern_object.findall(string, *args)
        low = self._low(string)
        if low is None:
            return []
        return self.pattern_object.findall(string, self._first(string, low))

    def __getattr__(self, name: str) -> Any:      # pattern, flags, groups, sub, split …
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"gated({self.pattern_object!r})"


def required_literals(pattern: re.Pattern[str]) -> list[str] | None:
    """The literals (lower-cased) one of which every match of ``pattern`` holds, read as
    :func:`gated` reads them; None when the pattern's shape gives none."""
    try:
        got = _required(list(_p.parse(pattern.pattern, pattern.flags)), False)
    except Exception:   # noqa: BLE001 - an unknown shape
        return None
    return sorted({t.lower() for _, t in got}) if got else None


def trie(words: list[str]) -> str:
    """One regex for ``words``, their common beginnings factored out (see :func:`_trie`)."""
    return _trie(words)


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, behind the test of its literal beginnings when it has them (else itself)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return pattern
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags))
        heads = _required(items, False)
        starts = _starts(items, False)
    except Exception:   # noqa: BLE001 - an unknown shape: no gate
        return pattern
    if not heads or any(_UNSAFE.search(t) for _, t in heads):
        return pattern
    if starts and any(_UNSAFE.search(t) for _, t in starts):
        starts = None
    return _Gated(pattern, heads, starts)  # type: ignore[return-value]


def _successive(match: Callable[[str, int], "re.Match[str] | None"], s: str,
                positions: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``match`` tried at ``positions`` in their order, a position before the end
    of the last match skipped: what finditer finds, when every match begins at one of them."""
    pos = 0
    for i in positions:
        if i < pos:
            continue
        m = match(s, i)
        if m is not None:
            yield m
            pos = m.end()


def alternatives(source: str) -> tuple[str, ...]:
    """The literal beginnings of the alternatives of a regex that is one alternation
    (``(?:Comrade|Mme\\.?|тов\\.)``: "Comrade", "Mme", "тов."): what :class:`anchored` is given
    as the literals a match holds."""
    items = list(_p.parse(source))
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    alts = items[0][1][1] if len(items) == 1 and items[0][0] is _c.BRANCH else [items]
    out = []
    for alt in alts:
        lit = ""
        for op, av in alt:
            if op is not _c.LITERAL:
                break
            lit += chr(av)
        if not lit:
            raise ValueError(f"alternatives: an alternative without a literal beginning in {source!r}")
        out.append(lit)
    return tuple(out)


class anchored:
    """``pattern`` whose every match holds one of the literals ``cores`` (as the regex reads them) with no
    more than ``words`` runs of non-space characters between the match's beginning and it
    ("\\b(?:the\\s+)?((?:Name\\s+){1,2}(?:trial|affair|case|plot))\\b": three, before "trial"):
    ``finditer`` over a text tries the regex only from that many runs before each place a core
    stands up to that place, and finds what ``pattern.finditer`` finds (each match the leftmost
    one from the end of the one before; the regex matches no empty string). The claim about
    ``pattern`` is the caller's: tests/test_prefilter.py checks it on every test text."""

    def __init__(self, pattern: re.Pattern[str], cores: tuple[str, ...], words: int) -> None:
        if _p.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0 or pattern.flags & (re.ASCII | re.LOCALE):
            raise ValueError("anchored: a str regex that matches no empty string")
        # a case-insensitive regex: its cores are looked for lower-cased in the lower-cased text
        # (where str.lower agrees with re's case-folding, :data:`_SAFE`; else the regex runs)
        self.icase = bool(pattern.flags & re.I)
        if self.icase:
            cores = tuple(sorted({c.lower() for c in cores}))
            if any(_UNSAFE.search(c) for c in cores):
                raise ValueError("anchored: a core re may case-fold otherwise")
        self.pattern_object, self.cores, self.words = pattern, cores, words

    def _back(self, s: str, i: int) -> int:
        """Where the ``words``-th run of non-space characters before ``i`` begins."""
        for _ in range(self.words):
            while i > 0 and s[i - 1].isspace():
                i -= 1
            while i > 0 and not s[i - 1].isspace():
                i -= 1
        return i

    def finditer(self, s: str, *args: Any) -> Iterator[re.Match[str]]:
        if args:
            return self.pattern_object.finditer(s, *args)
        return self._finditer(s)

    def _finditer(self, s: str) -> Iterator[re.Match[str]]:
        where = s
        if self.icase:
            where = _lower(s)
            if _LOWER[3]:
                yield from self.pattern_object.finditer(s)
                return
        at: list[int] = []
        for core in _shortest(self.cores):     # (the places a longer core stands are among them)
            at.extend(positions(where, core))
        yield from _successive(self.pattern_object.match, s,
                               (i for c in sorted(at) for i in range(self._back(s, c), c + 1)))

    def __getattr__(self, name: str) -> Any:      # pattern, flags, groups, search …
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"anchored({self.pattern_object!r}, {self.cores!r}, {self.words})"


def cued(text: str, low: str, pattern: re.Pattern, cues: tuple[str, ...], back: int = 24, ahead: int = 40):
    """``pattern``'s matches that hold one of ``cues`` (lower case): ``str.find`` finds the cue
    words, the pattern runs only in a window around each (a scan of the whole text with a
    case-blind pattern would cost more than the rest of this stage)."""
    at: set[int] = set()
    for c in _shortest(tuple(cues)):
        at.update(positions(low, c))
    last = -1
    for i in sorted(at):
        g = pattern.search(text, max(0, i - back), i + ahead)
        if g and g.start() > last:
            last = g.start()
            yield g
