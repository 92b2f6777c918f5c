"""Bytes → text, refusing what is not text and naming the encoding when it is not UTF-8."""
from __future__ import annotations

import re

from ..errors import EncodingError

__all__ = ["decode_bytes", "scrub_controls"]

# C0 controls but tab, newline, carriage return; DEL and the C1 controls; lone surrogates and the
# non-characters U+FFFE/U+FFFF: none is allowed in XML 1.0, so none may reach an export.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
BINARY_SHARE = 0.05


def scrub_controls(text: str) -> tuple[str, int]:
    """Replace control characters by spaces (one for one: offsets are kept); return the count.

    Raise :class:`EncodingError` when they are so many that the file is not text."""
    found = _CONTROLS.findall(text)
    if not found:
        return text, 0
    if len(found) > BINARY_SHARE * len(text):
        raise EncodingError(f"the file is binary, not text ({len(found)} control characters)",
                            hint="convert it to UTF-8 text or TEI XML")
    return _CONTROLS.sub(" ", text), len(found)

# Letters of Russian text are most of what cp1251 and KOI8-R bytes above 0x7F decode to; a
# wrong guess gives a mix of case and punctuation. We score both and accept a clear winner.
_RU_COMMON = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")


_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic_score(s: str) -> float:
    """How much ``s`` looks like Russian: the share of its non-ASCII characters that are common
    lowercase Russian letters, times the share of its Cyrillic words that are Cyrillic throughout
    (Latin-1 French read as cp1251 gives "Rйsolution": Cyrillic inside Latin words)."""
    hi = [c for c in s if ord(c) > 0x7F]
    if not hi:
        return 0.0
    letters = sum(c in _RU_COMMON for c in hi) / len(hi)
    words = [w for w in _WORD.findall(s) if any("\u0400" <= c <= "\u04ff" for c in w)]
    if not words:
        return 0.0
    pure = sum(all("\u0400" <= c <= "\u04ff" for c in w) for w in words) / len(words)
    return letters * pure


def _looks_latin1(s: str) -> bool:
    """Latin-1 is certain when the text is printable, has no C1 controls, few accented
    characters, and they sit inside words with ASCII letters (é in "Comité"), as in French,
    German or Spanish; Cyrillic bytes read as Latin-1 make whole words of them ("Ïëåíóì")."""
    if not all(c.isprintable() or c in "\r\n\t" for c in s) or any(0x80 <= ord(c) < 0xA0 for c in s):
        return False
    hi = sum(ord(c) > 0x7F for c in s)
    if hi > 0.15 * len(s):
        return False
    words = [w for w in _WORD.findall(s) if any(ord(c) > 0x7F for c in w)]
    if not words:
        return True
    mixed = sum(any(c.isascii() for c in w) for w in words)
    return mixed >= 0.8 * len(words)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`EncodingError` for binary or unknown bytes."""
    if not data.strip():
        raise EncodingError("the file is empty", hint="remove it or give it text")
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise EncodingError("the file is binary, not text", hint="convert it to UTF-8 text or TEI XML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = {}
    for enc in ("cp1251", "koi8_r"):
        try:
            candidates[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    scores = {enc: _cyrillic_score(t) for enc, t in candidates.items()}
    if scores:
        best = max(scores, key=scores.get)
        others = [v for k, v in scores.items() if k != best]
        if scores[best] >= 0.75 and all(scores[best] - o >= 0.25 for o in others):
            return candidates[best], best
    latin = data.decode("latin-1")
    if _looks_latin1(latin):
        return latin, "latin-1"
    raise EncodingError("the text is not UTF-8 and its encoding cannot be told with certainty",
                        hint="re-save it as UTF-8")
