"""Tokens, sentences and paragraphs with character offsets into the original text.

Normalisation for matching never changes offsets: each :class:`Token` keeps its span and a
``norm`` form (case-folded, curly quotes straightened, ё→е, Russian endings stripped, a word
split by a line-break hyphen — "Com- mittee" — joined).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import sub
from typing import NamedTuple

__all__ = ["Sentence", "Token", "norm_word", "paragraphs", "sentences", "token_columns", "tokenize"]

_TOKEN_RE = re.compile(r"[^\W_]+(?:[’'](?![sS]\b)[^\W_]+)*|\d+(?:[.,]\d+)*|\S", re.U)
_CYR = re.compile(r"[а-яё]", re.I)
_RU_ENDINGS = sorted("""ами ями ого его ому ему ыми ими ых их ой ей ий ый ая яя ое ее ов ев ам ям ах ях ом ем
ую юю ы и а я о е у ю ь й""".split(), key=len, reverse=True)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "ё": "е", "Ё": "Е"})


@lru_cache(maxsize=1 << 16)     # a pure function of the word; a text repeats its words
def norm_word(w: str) -> str:
    """The form two spellings of one word share: case-folded, Russian endings stripped, an
    English plural made singular ("obkoms", "decisions", "trials")."""
    w = w.translate(_QUOTES).casefold()
    if _CYR.search(w):
        if len(w) > 3:
            for end in _RU_ENDINGS:
                if w.endswith(end) and len(w) - len(end) >= 3:
                    return w[: -len(end)]
        return w
    if len(w) > 4 and w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "ics")):
        if w.endswith("ies"):
            return w[:-3] + "y"
        return w[:-1]
    return w


class Token(NamedTuple):
    """A token (immutable; a named tuple because a text makes many of them)."""
    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


#: where a word may be broken by a hyphen and a space or line break ("Com- mittee")
_BREAK_RE = re.compile(r"[^\W_]-\s")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    new, norm = tuple.__new__, norm_word
    tokens = [new(Token, (m.start(), m.end(), w, norm(w)))
              for m in _TOKEN_RE.finditer(text, start, end) for w in (m.group(),)]
    hyphens = [m.start() + 1 for m in _BREAK_RE.finditer(text, start, end)]
    return _join_broken_words(text, tokens, hyphens) if hyphens else tokens


#: a token with the white space before it: its matches, one after the other, are the text's
#: tokens (every character that is not white space is in a token)
_SPACED_TOKEN_RE = re.compile(r"\s*(?:" + _TOKEN_RE.pattern + ")")


def token_columns(text: str) -> tuple[list[int], list[int], list[str], list[str]]:
    """The starts, ends, texts and norms of ``tokenize(text)``'s tokens, as four lists, made
    without a match object or a :class:`Token` per token (the gazetteer reads a whole document's
    norms and few of its tokens): the spaced tokens' lengths summed give the ends."""
    chunks = _SPACED_TOKEN_RE.findall(text)
    ends = list(accumulate(map(len, chunks)))
    words = list(map(str.lstrip, chunks))
    norms = list(map(norm_word, words))
    starts = list(map(sub, ends, map(len, words)))
    hyphens = [m.start() + 1 for m in _BREAK_RE.finditer(text)]
    if hyphens:
        tokens = _join_broken_words(text, list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, norms))), hyphens)
        if not tokens:
            return [], [], [], []
        starts, ends, words, norms = (list(c) for c in zip(*tokens))
    return starts, ends, words, norms


def _join_broken_words(text: str, tokens: list[Token], hyphens: list[int]) -> list[Token]:
    """"Com- mittee" is one token. Only the tokens after the hyphens found by ``_BREAK_RE``
    (a word character, a hyphen, a space: what every such break has) are looked at."""
    starts = [t.start for t in tokens]
    out: list[Token] = []
    done = 0
    for q in hyphens:
        h = bisect.bisect_left(starts, q)
        if h < done or h + 1 >= len(tokens) or tokens[h].start != q:
            continue
        out.extend(tokens[done:h + 1])
        done = h + 1
        s, e, w, _ = tokens[h + 1]
        if w[:1].islower() and len(out) >= 2 and out[-1].text == "-":
            hy, prev = out[-1], out[-2]
            if prev.is_word and hy.start == prev.end and s > hy.end \
                    and text[hy.end:s].strip() == "" and "\n\n" not in text[hy.end:s]:
                del out[-2:]
                out.append(Token(prev.start, e, text[prev.start:e], norm_word(prev.text + w)))
                done = h + 2
    out.extend(tokens[done:])
    return out


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "vol", "p", "pp", "ed", "eds", "no", "nos", "cf", "vs",
           "etc", "gen", "col", "lt", "gov", "govt", "dept", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tov", "т", "г", "гг", "тов", "им",
           "тт", "обл", "губ", "напр", "т.е", "чл", "зам", "канд",
           "ул", "стр", "с", "см", "i.e", "e.g", "comp", "trans", "approx", "ca", "op", "cit"}
#: the end of a sentence: ``[.!?…]+[\"'”’»)]*\s+|[.!?…]+[\"'”’»)]*$|;\s+(?=\d+\.\s)``, written to
#: begin with one character of a set (re finds the next full stop by its own fast scan instead
#: of trying the regex at every character): the same matches (tests/test_text_fast.py)
_SENT_END = re.compile(r"[.!?…;](?:(?<=[.!?…])[.!?…]*[\"'”’»)]*(?:\s+|$)|(?<=;)\s+(?=\d+\.\s))")


_LAST_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*$|\d+$")
#: the same read backwards from the end (letters with single full stops between them read the
#: same way round): its greedy match at the reversed text's beginning is the longest end of the
#: text that _LAST_WORD matches, i.e. the match its search finds
_LAST_WORD_REVERSED = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*|\d+")


def _last_word(text: str, start: int, end: int) -> str:
    """The word (or number) text[start:end] ends with, as ``re.findall(_LAST_WORD, …)[0]``
    finds it, without trying the regex at every character: read backwards from the end (where
    ``$`` may also stand before a final line break, the search below does it)."""
    if end <= start or text[end - 1] != "\n":
        m = _LAST_WORD_REVERSED.match(text[start:end][::-1])
        return m.group()[::-1] if m else ""
    lo = max(start, end - 64)
    m = _LAST_WORD.search(text, lo, end)
    if lo > start and (m is None or m.start() - lo > 1):
        return m.group() if m else ""
    m = _LAST_WORD.search(text[start:end])
    return m.group() if m else ""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: runs of text separated by blank lines (or single lines)."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        s, e = m.span()
        chunk = m.group(0)
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            out.append((s + lead, e - trail))
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences within paragraphs; abbreviations and initials ("V. Kossior") do not split."""
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        start = ps
        for m in _SENT_END.finditer(text, ps, pe):
            cut = m.end()
            before = text[start:m.start()]
            word = _last_word(text, start, m.start())
            if text[m.start()] == "." and (word.lower() in _ABBREV or (len(word) == 1 and word.isupper())):
                continue
            if text[m.start()] == "." and word.isdigit() and len(word) <= 2 and before.strip().strip("\"'“‘«") == word:
                continue   # "1. Obkoms …": the number of a point opens its sentence
            nxt = text[cut:cut + 1]
            if nxt and nxt.islower():
                continue
            s, e = start, m.end()
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Sentence(s, e, text[s:e], pi))
            start = cut
        if start < pe:
            seg = text[start:pe]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append(Sentence(start + lead, pe, text[start + lead:pe], pi))
    return out
