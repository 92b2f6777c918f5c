"""``re``, with the module-level search functions behind kg.extract.prefilter's gate.

A rule that writes ``re.search(r"(?i)\\b(?:shall|must)\\s+be\\s+expelled", sent.text)`` runs a
case-insensitive regex over every sentence of every document (and looks the pattern up in
``re``'s cache each time). A module that imports this one as ``re`` gets the same answers from
``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall``: on a string of
:data:`MIN_LENGTH` characters or more the pattern is compiled once, gated
(:func:`kg.extract.prefilter.gated`: skipped where the text lacks the literals every match
holds, a search begun where the first match may begin), and kept; shorter strings, or patterns
beyond the first :data:`MAX_PATTERNS`, go to ``re`` as before. Everything else is ``re``'s own.
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


def _gated(pattern: Any, flags: int) -> Any:
    key = (pattern, flags)
    g = _GATED.get(key)
    if g is None and len(_GATED) < MAX_PATTERNS:
        g = _GATED[key] = gated(_re.compile(pattern, flags))
    return g


def search(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _gated(pattern, flags)
        if g is not None:
            return g.search(string)
    return _re.search(pattern, string, flags)


def match(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _gated(pattern, flags)
        if g is not None:
            return g.match(string)
    return _re.match(pattern, string, flags)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    if len(string) >= MIN_LENGTH:
        g = _gated(pattern, flags)
        if g is not None:
            return g.fullmatch(string)
    return _re.fullmatch(pattern, string, flags)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[_re.Match[str]]:
    if len(string) >= MIN_LENGTH:
        g = _gated(pattern, flags)
        if g is not None:
            return g.finditer(string)
    return _re.finditer(pattern, string, flags)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    if len(string) >= MIN_LENGTH:
        g = _gated(pattern, flags)
        if g is not None:
            return g.findall(string)
    return _re.findall(pattern, string, flags)
