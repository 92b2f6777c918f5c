"""The fast paths of kg.extract.text give what the plain code gave."""
from __future__ import annotations

import random
import re
from pathlib import Path

from kg.extract.text import _last_word

ROOT = Path(__file__).resolve().parents[1]


def test_last_word_is_findall_first() -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += ["x" * 200 + ".", "a." * 100, "1" * 150, "word " * 30 + "e.g", ("abc" * 40) + "\n", "."]
    rng = random.Random(7)
    for text in texts:
        ends = [m.start() for m in re.finditer(r"[.!?;]", text)] + [len(text)]
        for end in ends:
            for start in {0, max(0, end - 63), max(0, end - 64), max(0, end - 65), rng.randrange(0, end + 1)}:
                last = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*$|\d+$", text[start:end])
                assert _last_word(text, start, end) == (last[0] if last else ""), (start, end)


def _tokenize_plain(text: str, start: int = 0, end: int | None = None) -> list:
    """tokenize() as it was: one token at a time, joining broken words as it goes."""
    from kg.extract.text import _TOKEN_RE, Token, norm_word
    end = len(text) if end is None else end
    out: list = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        w = m.group(0)
        if out and w[:1].islower() and len(out) >= 2 and out[-1].text == "-" \
                and out[-2].is_word and out[-1].start == out[-2].end and s > out[-1].end \
                and text[out[-1].end:s].strip() == "" and "\n\n" not in text[out[-1].end:s]:
            prev = out[-2]
            joined = prev.text + w
            del out[-2:]
            out.append(Token(prev.start, e, text[prev.start:e], norm_word(joined)))
            continue
        out.append(Token(s, e, w, norm_word(w)))
    return out


def test_tokenize_as_before() -> None:
    from kg.extract.text import tokenize
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [f.read_text(encoding="utf-8") for f in sorted((ROOT / "tests" / "data" / "heldout").glob("*.txt"))]
    texts += ["Com- mit- tee", "Com- mit-\ntee - x", "a -  b", "Com-\n\nmittee", "Com- Mittee", "1- st", "- x",
              "Com-  mittee, anti- party, Обко- мы, ЦК- \nвкп", "x- ", "x-\t", "Com- mit- Tee- s"]
    for t in texts:
        assert tokenize(t) == _tokenize_plain(t)
        assert tokenize(t, 3, len(t) - 2) == _tokenize_plain(t, 3, len(t) - 2)


def test_token_columns_are_the_tokens() -> None:
    """The gazetteer reads a document's tokens as columns: the same starts, ends, texts and norms."""
    from kg.extract.text import token_columns, tokenize
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "corpus").glob("*.txt"))]
    for d in ("heldout", "heldout2", "heldout13", "heldout14"):
        texts += [f.read_text(encoding="utf-8") for f in sorted((ROOT / "tests" / "data" / d).glob("*.txt"))]
    texts += [t.upper() for t in texts[:3]]
    texts += ["", " ", "\n\n", "a", "  lead and trail  ", "Com- mit- tee", "Com- mit-\ntee - x", "a -  b", "Com-\n\nmittee",
              "- x", "Com-  mittee, anti- party, Обко- мы, ЦК- \nвкп", "x- ", "it’s the Party’s line", "_x_ 1,000.5 \u00a0nbsp\u2003em"]
    for t in texts:
        toks = tokenize(t)
        assert token_columns(t) == ([x.start for x in toks], [x.end for x in toks], [x.text for x in toks], [x.norm for x in toks])


def test_sentence_end_is_the_regex_as_first_written() -> None:
    """text._SENT_END begins with one character of a set; it finds what the alternation it
    replaces found, on every test text and on random strings of its characters."""
    from kg.extract import text as T
    first = re.compile(r"[.!?…]+[\"'”’»)]*\s+|[.!?…]+[\"'”’»)]*$|;\s+(?=\d+\.\s)")
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("heldout[1-5]/*.txt"))]
    rnd = random.Random(7)
    texts += ["".join(rnd.choice(".!?…;\"'”’») \n\tab1") for _ in range(rnd.randint(0, 16))) for _ in range(5000)]
    for t in texts:
        for a, b in ((0, len(t)), (1, max(1, len(t) - 1))):
            assert [m.span() for m in first.finditer(t, a, b)] == [m.span() for m in T._SENT_END.finditer(t, a, b)], t[:60]
