"""Extraction speed: words per second over the corpus repeated to about a million words.

    python bench/bench_extract.py [--words 1000000] [--jobs 1] [--repeat 1] [--no-regex]

The gazetteer is compiled and worker processes started before the clock (as in a build, once
per process); wall seconds and CPU seconds are both printed, with the load average before and
after: on a shared machine wall time grows with the load, CPU time much less.

Compares partkg's extraction (gazetteer + rules + relations, one process or --jobs processes)
with two baselines on the same text: one pass of a single regular expression made of every
authority name (what a plain dictionary tagger costs), and spaCy's small English pipeline when
it is installed (`en_core_web_sm` is not on the package index, so it usually is not: the script
says so). Prints one line per measurement and a Markdown table for bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.loaders import corpus_files, load_path  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.resolve.authority import load_authority  # noqa: E402


def corpus_documents(target_words: int) -> list[Document]:
    seeds = [load_path(p) for p in corpus_files(ROOT / "corpus")]
    words = sum(len(d.text.split()) for d in seeds)
    copies = max(1, round(target_words / words))
    return [Document(f"{d.id}_{i}", d.text, dict(d.meta)) for i in range(copies) for d in seeds]


_AUTHORITY = None


def _extract_all(docs: list[Document]) -> int:
    global _AUTHORITY
    if _AUTHORITY is None:      # one authority per process (forked workers inherit it, and its gazetteer)
        _AUTHORITY = load_authority()
    return sum(len(extract(d, _AUTHORITY).assertions) for d in docs)


def _ready(_: int) -> int:
    time.sleep(0.05)     # long enough for every worker to take one
    return os.getpid()


def _cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_extraction(docs: list[Document], jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds to extract ``docs``: the gazetteer is compiled before the clock
    starts (once per process, as a build does), worker processes are started before it too.
    CPU seconds are what the work costs whatever else the machine runs; wall seconds grow
    with the load."""
    if jobs == 1:
        t, c = time.perf_counter(), _cpu()
        _extract_all(docs)
        return time.perf_counter() - t, _cpu() - c
    chunks = [docs[i::jobs] for i in range(jobs)]
    # forked workers inherit the warm gazetteer of this process
    c = _cpu()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_ready, range(2 * jobs)))
        t = time.perf_counter()
        list(pool.map(_extract_all, chunks))
        wall = time.perf_counter() - t
    return wall, _cpu() - c


def _written(authority):
    from kg.resolve.authority import is_generic
    return [e for e in authority.entries.values() if not is_generic(e)]


def run_regex(docs: list[Document]) -> tuple[float, float]:
    """Wall and CPU seconds of one pass of the one regex of all authority names. The names of the
    written entries only: the generated GeoNames places (7,924 names, seventh session) would make
    the baseline itself 1.7 times slower (2,553 words/s against 4,445), and the ratio with it."""
    names = sorted({n for e in _written(load_authority()) for n in e.all_names}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)
    t, c = time.perf_counter(), _cpu()
    for d in docs:
        for _ in pattern.finditer(d.text):
            pass
    return time.perf_counter() - t, _cpu() - c


def run_spacy(docs: list[Document]) -> float | None:
    try:
        import spacy
        nlp = spacy.load("en_core_web_sm")
    except Exception:   # not installed, or no model: there is nothing to compare
        return None
    t = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=64):
        pass
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-regex", action="store_true", help="skip the regex baseline (minutes at 1M words)")
    args = ap.parse_args()
    docs = corpus_documents(args.words)
    words = sum(len(d.text.split()) for d in docs)
    t = time.perf_counter()
    _extract_all(docs[:3])   # warm the gazetteer (compiled once per process, kept by the authority's digest)
    setup = time.perf_counter() - t
    load0 = os.getloadavg()[0]
    measured = [run_extraction(docs, args.jobs) for _ in range(args.repeat)]
    runs = [w for w, _ in measured]
    ext = statistics.median(runs)
    cpu = statistics.median(c for _, c in measured)
    load1 = os.getloadavg()[0]
    rx_runs = [] if args.no_regex else [run_regex(docs) for _ in range(args.repeat)]
    rx = statistics.median(w for w, _ in rx_runs) if rx_runs else None
    rx_cpu = statistics.median(c for _, c in rx_runs) if rx_runs else None
    sp = run_spacy(docs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}, words {words:,}; load average {load0:.1f} before, {load1:.1f} after extraction; "
          f"peak RSS {rss:.0f} MB")
    print(f"setup (authority, gazetteer, first 3 documents): {setup:.1f} s, not timed below")
    print(f"partkg extraction ({args.jobs} process{'es' if args.jobs > 1 else ''}): {ext:.1f} s, {words / ext:,.0f} words/s"
          + (f" (median of {len(runs)}: " + ", ".join(f"{words / r:,.0f}" for r in runs) + ")" if len(runs) > 1 else ""))
    print(f"  CPU time {cpu:.1f} s: {words / cpu:,.0f} words per CPU-second, so {words / cpu * args.jobs:,.0f} words/s "
          f"with {args.jobs} free core(s)")
    if rx:
        print(f"regex pass over all authority names: {rx:.1f} s, {words / rx:,.0f} words/s")
        print(f"  CPU time {rx_cpu:.1f} s: {words / rx_cpu:,.0f} words per CPU-second; extraction is "
              f"{rx / ext:.1f}x as fast in wall time, {rx_cpu / cpu:.1f}x in CPU time (words per CPU-second)")
    print("spaCy en_core_web_sm: " + (f"{sp:.1f} s, {words / sp:,.0f} words/s" if sp else "not installed (not on the package index); no figure"))
    print()
    print("| pipeline | seconds | words/s | partkg is … times as fast |")
    print("|---|---|---|---|")
    print(f"| partkg extraction, {args.jobs} process(es) | {ext:.1f} | {words / ext:,.0f} | 1.0 |")
    if rx:
        print(f"| one case-insensitive regex of the {len(_written(load_authority()))} written entries' names | {rx:.1f} | {words / rx:,.0f} | {rx / ext:.1f} |")
    if sp:
        print(f"| spaCy en_core_web_sm | {sp:.1f} | {words / sp:,.0f} | {sp / ext:.1f} |")


if __name__ == "__main__":
    main()
