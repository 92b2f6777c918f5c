"""``re``, with the module-level search functions behind kg.extract.prefilter's gate.

A rule that writes ``re.search(r"(?i)\\b(?:shall|must)\\s+be\\s+expelled", sent.text)`` runs a
case-insensitive regex over every sentence of every document (and looks the pattern up in
``re``'s cache each time). A module that imports this one as ``re`` gets the same answers from
``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall``: on a string of
:data:`MIN_LENGTH` characters or more the pattern is compiled once, gated
(:func:`kg.extract.prefilter.gated`: skipped where the text lacks the literals every match
holds, a search begun where the first match may begin), and kept; shorter strings, or patterns
beyond the first :data:`MAX_PATTERNS`, are searched by the plain compiled pattern (kept too, so
a call skips ``re``'s own lookup). Everything else is ``re``'s own.
"""
from __future__ import annotations

import re as _re
from re import *  # noqa: F401,F403 - the rest of re, unchanged
from typing import Any, Iterator

from .prefilter import gated

#: strings shorter than this are searched by re directly (the gate would cost more than it saves)
MIN_LENGTH = 100
#: gated patterns kept (a pattern built from a document's words would otherwise fill the cache)
MAX_PATTERNS = 1024
_GATED: dict[tuple[Any, int], Any] = {}
#: the patterns of shorter strings, compiled once and kept (re's own module-level functions look
#: the pattern up through two more Python calls each time: tens of thousands of calls a document)
_PLAIN: dict[tuple[Any, int], Any] = {}


def _plain(pattern: Any, flags: int) -> Any:
    key = (pattern, flags)
    p = _PLAIN.get(key)
    if p is None:
        if len(_PLAIN) >= MAX_PATTERNS or not isinstance(pattern, str):
            return _re.compile(pattern, flags)
        p = _PLAIN[key] = _re.compile(pattern, flags)
    return p


def _gated(pattern: Any, flags: int) -> Any:
    key = (pattern, flags)
    g = _GATED.get(key)
    if g is None and len(_GATED) < MAX_PATTERNS:
        g = _GATED[key] = gated(_re.compile(pattern, flags))
    return g


def search(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _GATED.get((pattern, flags)) or _gated(pattern, flags)
        if g is not None:
            return g.search(string)
    p = _PLAIN.get((pattern, flags))
    return (_plain(pattern, flags) if p is None else p).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _GATED.get((pattern, flags)) or _gated(pattern, flags)
        if g is not None:
            return g.match(string)
    p = _PLAIN.get((pattern, flags))
    return (_plain(pattern, flags) if p is None else p).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _GATED.get((pattern, flags)) or _gated(pattern, flags)
        if g is not None:
            return g.fullmatch(string)
    p = _PLAIN.get((pattern, flags))
    return (_plain(pattern, flags) if p is None else p).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[_re.Match[str]]:
    if len(string) >= MIN_LENGTH:
        g = _GATED.get((pattern, flags)) or _gated(pattern, flags)
        if g is not None:
            return g.finditer(string)
    return _plain(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    if len(string) >= MIN_LENGTH:
        g = _GATED.get((pattern, flags)) or _gated(pattern, flags)
        if g is not None:
            return g.findall(string)
    return _plain(pattern, flags).findall(string)
