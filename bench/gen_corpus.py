"""Scale the seed corpus to N× for benchmarks: variants of the real documents, not copies.

Every variant of a seed document gets a distinct id and, consistently within the document:

* person surnames swapped for names drawn from a pool (real surnames of the period and invented
  ones), so persons grow with the corpus;
* regions ("Rostov Oblast", "Krasnodar Krai") and cities swapped for other and invented ones;
* years shifted (the front matter's date too), month names rotated, days redrawn;
* other numbers (counts, file numbers) redrawn with the same number of digits.

The k-th variants of the seeds make one consistent archive: they share the substitutions (the
same persons, places and dates), so variant k of the telegram reports on variant k of the
resolution, as the seed telegram reports on the seed resolution (sent the month the resolution
was adopted, naming the same Stalin). Each k gets its own month of adoption, at least three
months from every other (a telegram is matched with a resolution of the same issuer adopted
within two months before it, see ``kg/resolve/corpus.py``), so the link is never ambiguous;
years stay in 1800-1999, which gives 584 distinct months: past that, months repeat.

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

    def __init__(self, rng: random.Random, shift: int | None = None) -> None:
        """``shift``: months to move the dates by (the year by ``shift // 12``, the month names
        rotated by ``shift % 12``); drawn at random when not given."""
        self.rng = rng
        if shift is None:
            shift = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) * 12 + rng.randint(0, 11)
        self.year_shift, self.month_shift = divmod(shift, 12)
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


#: Years in the seeds run from 1921 to 1974; a shifted year stays in 1800-1999 (the years the
#: extractor and this generator read) and is never the seed's own.
YEAR_SHIFTS = (-121, 25)


def month_shifts() -> list[int]:
    """The distinct shifts (in months) of the variants, smallest first: multiples of three, so
    two variants' months of adoption are at least three months apart, with a year shift other
    than zero."""
    lo, hi = YEAR_SHIFTS
    shifts = [m for m in range(lo * 12, (hi + 1) * 12, 3) if not 0 <= m < 12]
    return sorted(shifts, key=lambda m: (abs(m), m))


def variant_of(text: str, doc_id: str, rng: random.Random | Variant) -> str:
    """One variant of a seed document (front matter and text) with the id ``doc_id``: with the
    substitutions of ``rng`` when it is a :class:`Variant` (shared by the documents of one
    variant of the archive), else with new ones."""
    v = rng if isinstance(rng, Variant) else Variant(rng)
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
    shifts = month_shifts()
    written = []
    for k in range(times):
        sub = out / f"{k // 1000:03d}"
        sub.mkdir(exist_ok=True)
        # one set of substitutions for the k-th variant of every seed: a consistent archive
        v = Variant(rng, shifts[(k - 1) % len(shifts)]) if k else None
        for p in seeds:
            doc_id = f"{p.stem}_v{k:05d}"
            text = p.read_text(encoding="utf-8")
            path = sub / f"{doc_id}.txt"
            path.write_text(text if v is None else variant_of(text, doc_id, v), encoding="utf-8")
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
