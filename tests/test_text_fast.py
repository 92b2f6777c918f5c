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
