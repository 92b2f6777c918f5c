"""Scale the seed corpus to N× for benchmarks: variants of the real documents, not copies.

Every variant of a seed document gets a distinct id and, consistently within the document:

* person surnames swapped for names drawn from a pool (real surnames of the period and invented
  ones), so persons grow with the corpus;
* regions ("Rostov Oblast", "Krasnodar Krai") and cities swapped for other and invented ones;
* years shifted (the front matter's date too), month names rotated, days redrawn;
* other numbers (counts, file numbers) redrawn with the same number of digits.

So entities and relations grow as in a real archive, while every sentence keeps the shape the
extractor reads. Deterministic for a given ``--seed``.

    python bench/gen_corpus.py --times 100 --out /tmp/corpus100
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SURNAMES = ["Ivanov", "Petrov", "Sidorov", "Kuznetsov", "Smirnov", "Popov", "Sokolov", "Lebedev",
            "Kozlov", "Novikov", "Morozov", "Volkov", "Zaitsev", "Pavlov", "Semenov", "Golubev",
            "Vinogradov", "Bogdanov", "Vorobiev", "Fedorov", "Mikhailov", "Belyaev", "Tarasov",
            "Belov", "Komarov", "Orlov", "Kiselev", "Makarov", "Andreev", "Kovalev", "Ilyin",
            "Gusev", "Titov", "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Alekseev", "Stepanov",
            "Yakovlev", "Sorokin", "Sergeev", "Romanov", "Zakharov", "Borisov", "Korolev",
            "Gerasimov", "Ponomarev", "Grigoriev", "Lazarev"]
SYLLABLES = ["bor", "vel", "gor", "dan", "kras", "mir", "nov", "ost", "pol", "rad", "sol",
             "tver", "ug", "zel", "lip", "yar", "kam", "bel", "chern", "dub", "les", "vol"]
REGIONS = ["Kursk", "Orel", "Tambov", "Kalinin", "Gorky", "Ivanovo", "Yaroslavl", "Kirov",
           "Chelyabinsk", "Sverdlovsk", "Omsk", "Novosibirsk", "Kuibyshev", "Stalingrad",
           "Arkhangelsk", "Vologda", "Kharkov", "Odessa", "Chernigov", "Poltava", "Vinnitsa",
           "Zhitomir", "Tula", "Ryazan", "Penza", "Orenburg", "Irkutsk", "Chita"]
CITIES = ["Leningrad", "Kiev", "Minsk", "Tiflis", "Baku", "Kazan", "Perm", "Ufa", "Tomsk",
          "Samara", "Riga", "Warsaw", "Berlin", "Paris", "London", "Washington"]

# What is swapped: surnames of persons named in the seeds, regions, cities. Generic patterns
# (a capitalised word before "Oblast"/"Krai", after "Comrade") catch the rest.
SEED_SURNAMES = ["Stalin", "Henderson", "Kollontai", "Kossior", "Matthews", "Yezhov", "Postyshev",
                 "Zhdanov", "Molotov", "Kaganovich", "Malenkov", "Bukharin", "Trotsky", "Zinoviev",
                 "Kamenev", "Shliapnikov"]
SEED_CITIES = ["Moscow", "New York", "Kiev", "Leningrad"]
_M = "|".join(MONTHS)
# one pass: "19 January", "January 19", a month, a year (1800-1999), another number of 2+ digits
_TOKENS = re.compile(
    rf"(?P<dm>\b(?P<d1>[0-3]?\d)\s+(?P<m1>{_M})\b)|(?P<md>\b(?P<m2>{_M})\s+(?P<d2>[0-3]?\d)\b(?!\d))"
    rf"|\b(?P<month>{_M})\b|(?<![\d.])(?P<year>1[89]\d\d)(?!\d)|(?<![\w.,/-])(?P<num>\d{{2,}})(?![\w/-])")
_REGION = re.compile(r"\b([A-Z][a-z]+)(\s+(?:Oblast|Krai|oblast|krai|region|Region))\b")
_COMRADE = re.compile(r"\b(Comrades?\s+)([A-Z][a-z]+)\b")


def invented(rng: random.Random, suffixes: tuple[str, ...]) -> str:
    n = rng.randint(2, 3)
    return ("".join(rng.choice(SYLLABLES) for _ in range(n)) + rng.choice(suffixes)).capitalize()


class Variant:
    """The consistent substitutions of one variant document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.year_shift = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6])
        self.month_shift = rng.randint(0, 11)
        self.names: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.days: dict[str, str] = {}

    def name(self, old: str) -> str:
        if old not in self.names:
            self.names[old] = self.rng.choice(SURNAMES) if self.rng.random() < 0.5 else \
                invented(self.rng, ("ov", "in", "sky", "enko"))
        return self.names[old]

    def place(self, old: str, pool: list[str]) -> str:
        if old not in self.places:
            self.places[old] = self.rng.choice(pool) if self.rng.random() < 0.5 else \
                invented(self.rng, ("sk", "ograd", "ovo", "insk"))
        return self.places[old]

    def year(self, y: str) -> str:
        return str(int(y) + self.year_shift)

    def month(self, m: str) -> str:
        return MONTHS[(MONTHS.index(m) + self.month_shift) % 12]

    def day(self, d: str) -> str:
        if d not in self.days:
            self.days[d] = str(self.rng.randint(1, 28))
        return self.days[d]

    def _token(self, m: re.Match) -> str:
        if m.group("dm"):
            return f"{self.day(m.group('d1'))} {self.month(m.group('m1'))}"
        if m.group("md"):
            return f"{self.month(m.group('m2'))} {self.day(m.group('d2'))}"
        if m.group("month"):
            return self.month(m.group("month"))
        if m.group("year"):
            return self.year(m.group("year"))
        n = m.group("num")
        if m.start() == 0 or m.string[m.start() - 1] == "\n":   # a numbered point keeps its number
            return n
        return str(self.rng.randint(10 ** (len(n) - 1), 10 ** len(n) - 1))

    def text(self, s: str) -> str:
        s = _TOKENS.sub(self._token, s)
        s = _REGION.sub(lambda m: self.place(m.group(1), REGIONS) + m.group(2), s)
        s = _COMRADE.sub(lambda m: m.group(1) + self.name(m.group(2)), s)
        for old in SEED_SURNAMES:
            if old in s:
                s = re.sub(rf"\b{old}\b", self.name(old), s)
        for old in SEED_CITIES:
            if old in s:
                s = re.sub(rf"\b{re.escape(old)}\b", self.place(old, CITIES), s)
        return s

    def date(self, iso: str) -> str:
        parts = iso.split("-")
        parts[0] = self.year(parts[0])
        if len(parts) > 1:
            parts[1] = f"{(int(parts[1]) - 1 + self.month_shift) % 12 + 1:02d}"
        if len(parts) > 2:
            parts[2] = f"{int(self.day(str(int(parts[2])))):02d}"
        return "-".join(parts)


_FM = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def variant_of(text: str, doc_id: str, rng: random.Random) -> str:
    """One variant of a seed document (front matter and text) with the id ``doc_id``."""
    v = Variant(rng)
    m = _FM.match(text)
    head, body = (m.group(1), text[m.end():]) if m else ("", text)
    lines = []
    for line in head.splitlines():
        key = line.split(":", 1)[0]
        if key == "id":
            line = f"id: {doc_id}"
        elif key == "date":
            line = f"date: {v.date(line.split(':', 1)[1].strip())}"
        elif key in ("title", "issuer", "author", "recipient"):
            line = v.text(line)
        lines.append(line)
    if not m:
        lines.insert(0, f"id: {doc_id}")
    return "---\n" + "\n".join(lines) + "\n---\n" + v.text(body)


def generate(times: int, out: Path, seed: int = 1938, source: Path = SEED_CORPUS) -> list[Path]:
    """Write ``times`` variants of every seed document into ``out`` (emptied first)."""
    seeds = sorted(p for p in source.glob("*.txt") if p.name.lower() != "readme.txt")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    written = []
    for k in range(times):
        sub = out / f"{k // 1000:03d}"
        sub.mkdir(exist_ok=True)
        for p in seeds:
            doc_id = f"{p.stem}_v{k:05d}"
            text = p.read_text(encoding="utf-8")
            path = sub / f"{doc_id}.txt"
            path.write_text(text if k == 0 else variant_of(text, doc_id, rng), encoding="utf-8")
            written.append(path)
    # variant 0 keeps the seed id; give it its own id like every other so ids never collide
    for p in written[: len(seeds)]:
        text = p.read_text(encoding="utf-8")
        p.write_text(_FM.sub(lambda m: "---\n" + re.sub(r"(?m)^id: .*$", f"id: {p.stem}", m.group(1)) + "\n---\n",
                             text, count=1), encoding="utf-8")
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", "-n", type=int, default=100, help="how many variants of each seed")
    ap.add_argument("--out", "-o", type=Path, required=True, help="folder to write (emptied first)")
    ap.add_argument("--seed", type=int, default=1938)
    args = ap.parse_args()
    files = generate(args.times, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"{len(files)} documents, {words} words → {args.out}")


if __name__ == "__main__":
    main()
