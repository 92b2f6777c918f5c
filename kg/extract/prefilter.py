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

The answer is the regex's own in every case: the test only ever skips a search that would
have found nothing. Where the pattern's shape gives no such literal (an optional group first, a
character class), or the text holds a character whose case-insensitive matching in ``re``
differs from ``str.lower`` (dotless ı, long ſ, Greek…), the regex simply runs.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

try:    # Python 3.11+
    from re import _constants as _c, _parser as _p   # type: ignore[attr-defined]
except ImportError:   # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p      # type: ignore[no-redef]

__all__ = ["gated"]

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


_KEY = re.compile(r"\w{3}")
_WORD = re.compile(r"\w+")
_WORDS: dict[str, tuple[str, frozenset[str]]] = {}


def _words(s: str) -> tuple[str, frozenset[str]]:
    """``s`` lower-cased and the first three characters of each of its words; kept for the
    last few thousand strings (a sentence is tested by a dozen gated regexes)."""
    got = _WORDS.get(s)
    if got is None:
        low = s.lower()
        got = (low, frozenset([w[:3] for w in _WORD.findall(low)]))
        if len(_WORDS) >= 4096:
            _WORDS.clear()
        _WORDS[s] = got
    return got


#: from this length (a document, not a sentence) finditer tries the regex only where a match may begin
LONG = 2000


class _Gated:
    """``pattern`` with the same methods; ``search``, ``match``, ``fullmatch``, ``finditer``
    and ``findall`` on a whole string skip the regex when the string cannot match."""

    def __init__(self, pattern: re.Pattern[str], heads: list[tuple[bool, str]],
                 starts: list[tuple[bool, str]] | None = None) -> None:
        self.pattern_object = pattern
        # where a match may begin: search and finditer start at the first such place (a
        # match's ``pos`` is then that place, not 0)
        self._start_gate = _gate_regex(starts) if starts else None
        # every place a match may begin (overlapping), for finditer over a whole document;
        # only for a regex that matches no empty string (a match ends after its beginning)
        self._start_all = re.compile(f"(?=(?:{self._start_gate.pattern}))") \
            if starts and _p.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0 else None
        # the beginnings, lower-cased, as one case-sensitive regex over the lower-cased text:
        # ten times faster than a case-insensitive alternation
        words = sorted({t.lower() for w, t in heads if w}, key=lambda t: (-len(t), t))
        subs = sorted({t.lower() for w, t in heads if not w}, key=lambda t: (-len(t), t))
        parts = ([r"\b" + _trie(words)] if words else []) + ([_trie(subs)] if subs else [])
        self._gate = re.compile("|".join(parts))
        # the same test, cheaper: a literal not at a word's beginning is a substring test; one
        # at a word's beginning is looked for (by ``_word_gate``) only where a word of the text
        # begins with its first three characters (the same words for every gated regex: _words)
        self._subs = tuple(subs)
        self._word_gate = re.compile(r"\b" + _trie(words)) if words else None
        self._keys = frozenset(t[:3] for t in words)
        self._short = any(not _KEY.fullmatch(t[:3]) for t in words)   # "is": no three-letter key

    def may_match(self, s: str) -> bool:
        low, keys = _words(s)
        for t in self._subs:
            if t in low:
                return True
        if self._word_gate is not None and (self._short or not keys.isdisjoint(self._keys)) \
                and self._word_gate.search(low) is not None:
            return True
        # no literal found: conclusive unless a character case-folds differently in re
        return not s.isascii() and _UNSAFE.search(s) is not None

    def _first(self, s: str) -> int:
        """Where the first match of the regex in ``s`` may begin (0 when that is not known)."""
        if self._start_gate is None or not s.isascii() and _UNSAFE.search(s) is not None:
            return 0
        m = self._start_gate.search(_words(s)[0])
        return 0 if m is None else m.start()

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        if args:
            return self.pattern_object.search(string, *args)
        if self.may_match(string):
            return self.pattern_object.search(string, self._first(string))
        return None

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        if args or self.may_match(string):
            return self.pattern_object.match(string, *args)
        return None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        if args or self.may_match(string):
            return self.pattern_object.fullmatch(string, *args)
        return None

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        if args:
            return self.pattern_object.finditer(string, *args)
        if len(string) >= LONG and self._start_all is not None \
                and (string.isascii() or _UNSAFE.search(string) is None):
            return self._finditer_at_beginnings(string)
        if self.may_match(string):
            return self.pattern_object.finditer(string, self._first(string))
        return iter(())

    def _finditer_at_beginnings(self, s: str) -> Iterator[re.Match[str]]:
        """finditer over a long text, the regex tried only where a match may begin: the matches
        finditer finds (each the leftmost one from the end of the one before; none is empty)."""
        match = self.pattern_object.match
        pos = 0
        for c in self._start_all.finditer(s.lower()):
            i = c.start()
            if i < pos:
                continue
            m = match(s, i)
            if m is not None:
                yield m
                pos = m.end()

    def findall(self, string: str, *args: Any) -> list[Any]:
        if args:
            return self.pattern_object.findall(string, *args)
        if self.may_match(string):
            return self.pattern_object.findall(string, self._first(string))
        return []

    def __getattr__(self, name: str) -> Any:      # pattern, flags, groups, sub, split …
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"gated({self.pattern_object!r})"


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
