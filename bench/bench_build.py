"""Benchmark ``kg build`` at N× the seed corpus and write the section "Build at scale" of
bench/RESULTS.md.

For each N: a corpus from gen_corpus.py (variants, not copies), then, each in a fresh process,
a full build (no cache) with its stage timings (load, extraction, graph building, each export)
and peak RSS; a rebuild after editing one document (cache on); and the same text through a plain
regular-expression pass (the authority's names as one alternation, plus a word count) for
comparison. spaCy is not installed here, so extraction speed is compared with that regex pass,
not with spaCy's pipeline.

    python bench/bench_build.py --times 1 10 100 --extract-only 1000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from gen_corpus import generate  # noqa: E402

SECTION = "## Build at scale"


def _peak_mb() -> float:
    """The largest peak RSS among this process and its children (extraction workers, the
    forked exporter)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(me, kids) / 1024, 1)


def _own_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def child(mode: str, corpus: Path, out: Path, jobs: int) -> dict:
    """Run in a fresh process: one build (or extraction only) and its figures."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    from kg.api import build, corpus_authority, extract_documents, load_corpus
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    if mode == "extract":
        docs, _ = load_corpus(corpus)
        t1 = time.perf_counter()
        exs = extract_documents(docs, corpus_authority(corpus), jobs=jobs)
        t2 = time.perf_counter()
        return {"load": round(t1 - t0, 3), "extract": round(t2 - t1, 3), "documents": len(exs),
                "relations": sum(len(e.assertions) for e in exs), "peak_rss_mb": _peak_mb()}
    if mode == "build":          # a full build: nothing cached yet (it fills the cache for the rebuild)
        shutil.rmtree(out / ".cache", ignore_errors=True)
    result = build(corpus, out, jobs=jobs, cache=True)
    total = time.perf_counter() - t0
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return {"total": round(total, 3), "timings": result.timings, "documents": len(result.extractions),
            "triples": result.statements, "entities": len({e.id for x in result.extractions for e in x.entities}),
            "relations": sum(len(x.assertions) for x in result.extractions),
            "extracted": report["summary"]["extracted"], "from_cache": report["summary"]["from_cache"],
            "peak_rss_mb": _peak_mb(), "main_rss_mb": _own_peak_mb(),
            "load_avg": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def run_child(mode: str, corpus: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, str(corpus), str(out), str(jobs)]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def regex_pass(corpus: Path) -> dict:
    """The baseline: every name of the authority as one regex alternation, over the same text."""
    from kg.api import corpus_authority, load_corpus
    docs, _ = load_corpus(corpus)
    names = sorted({n for e in corpus_authority(corpus).entries.values() for n in e.all_names if len(n) > 1},
                   key=len, reverse=True)
    pat = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    word = re.compile(r"\w+")
    t = time.perf_counter()
    hits = words = 0
    for d in docs:
        hits += sum(1 for _ in pat.finditer(d.text))
        words += sum(1 for _ in word.finditer(d.text))
    dt = time.perf_counter() - t
    return {"seconds": round(dt, 3), "words": words, "words_per_s": round(words / dt), "names": len(names),
            "hits": hits}


def words_in(corpus: Path) -> int:
    from kg.api import load_corpus
    docs, _ = load_corpus(corpus)
    return sum(len(d.text.split()) for d in docs)


def machine() -> str:
    mem = ""
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                   if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}, {platform.system()}"


def bench(times: list[int], extract_only: list[int], jobs: int, keep: Path | None) -> dict:
    work = Path(keep or tempfile.mkdtemp(prefix="partkg-bench-"))
    rows = []
    for n in sorted(set(times) | set(extract_only)):
        corpus = work / f"corpus{n}"
        out = work / f"out{n}"
        generate(n, corpus)
        row: dict = {"times": n, "words": words_in(corpus)}
        print(f"{n}×: {row['words']} words", file=sys.stderr, flush=True)
        # one-process extraction and the regex pass it is compared with, up to 100× only (the
        # regex pass alone takes about ten minutes at 1000×)
        row["regex"] = regex_pass(corpus) if n <= 100 else None
        row["extract_1"] = run_child("extract", corpus, out, 1) if n <= 100 else None
        row["extract_j"] = run_child("extract", corpus, out, jobs)
        print(f"  extraction: {row['extract_j']}", file=sys.stderr, flush=True)
        if n in times:
            row["build"] = run_child("build", corpus, out, jobs)
            print(f"  build: {row['build']}", file=sys.stderr, flush=True)
            files = sorted(corpus.rglob("*.txt"))
            victim = files[len(files) // 2]
            victim.write_text(victim.read_text(encoding="utf-8") + "\nIn 1939 the NKVD arrested Comrade Zinoviev.\n",
                              encoding="utf-8")
            row["rebuild"] = run_child("rebuild", corpus, out, jobs)
            print(f"  rebuild after one edit: {row['rebuild']}", file=sys.stderr, flush=True)
        rows.append(row)
    return {"machine": machine(), "jobs": jobs, "rows": rows, "date": time.strftime("%Y-%m-%d")}


def render(res: dict) -> str:
    L = [SECTION, "", f"Machine: {res['machine']}. `--jobs {res['jobs']}`; every figure from a fresh process "
         f"(`python bench/bench_build.py`), {res['date']}. The load average of each run is in the last column: "
         "the benchmark alone keeps this 2-core machine near 1-2; above that other jobs shared it, and its "
         "wall times are upper bounds.", ""]
    L += ["| corpus | words | docs | statements | full build s | words/s (build) | extraction s (1 proc / "
          f"{res['jobs']} procs) | extraction words/s ({res['jobs']} procs) | graph s | exports s (wall) | peak RSS MB "
          "(largest process; main) | rebuild after 1 edit s (% of full) | load avg (full; rebuild) |",
          "|" + "---|" * 13]
    for r in res["rows"]:
        b = r.get("build")
        e1 = r["extract_1"]["extract"] if r.get("extract_1") else None
        ej = r["extract_j"]["extract"]
        ex_s = f"{e1} / {ej}" if e1 is not None else f"— / {ej}"
        if b:
            t = b["timings"]
            exports = t.get("exports", round(sum(v for k, v in t.items() if k.startswith("export:")), 2))
            rb = r["rebuild"]
            loads = f"{'–'.join(map(str, b.get('load_avg', [])))}; {'–'.join(map(str, rb.get('load_avg', [])))}"
            L.append(f"| {r['times']}× | {r['words']:,} | {b['documents']:,} | {b['triples']:,} | {b['total']} | "
                     f"{round(r['words'] / b['total']):,} | {ex_s} | {round(r['words'] / ej):,} | {t.get('graph')} | "
                     f"{exports} | {b['peak_rss_mb']:,}; {b.get('main_rss_mb', '')} | {rb['total']} "
                     f"({100 * rb['total'] / b['total']:.0f}%, {rb['extracted']} re-extracted) | {loads} |")
        else:
            L.append(f"| {r['times']}× | {r['words']:,} | {r['extract_j']['documents']:,} | — | — | — | {ex_s} | "
                     f"{round(r['words'] / ej):,} | — | — | {r['extract_j']['peak_rss_mb']:,} (extraction only) | — | — |")
    L += ["", "Where the time of a full build goes (seconds):", ""]
    stages = sorted({k for r in res["rows"] if r.get("build") for k in r["build"]["timings"]},
                    key=lambda k: (not k.startswith(("load", "extract", "graph")), k))
    L += ["| corpus | " + " | ".join(stages) + " |", "|" + "---|" * (len(stages) + 1)]
    for r in res["rows"]:
        if r.get("build"):
            L.append(f"| {r['times']}× | " + " | ".join(str(r["build"]["timings"].get(s, "")) for s in stages) + " |")
    L += ["", "And of the rebuild after editing one document (seconds):", "",
          "| corpus | " + " | ".join(stages) + " |", "|" + "---|" * (len(stages) + 1)]
    for r in res["rows"]:
        if r.get("rebuild"):
            L.append(f"| {r['times']}× | " + " | ".join(str(r["rebuild"]["timings"].get(s, "")) for s in stages) + " |")
    L += ["", "Exporters overlap (see `kg/api.py`, FORKED_EXPORTS): their times add up to more than the wall "
          "time of the exports; `peak_rss_mb:forked` is the forked exporter's own peak."]
    L += ["", "Extraction against a plain regular-expression pass over the same text (spaCy is not installed "
          "here; the comparison the issue asks for is therefore against the regex pass: the authority's names as "
          "one alternation plus a word count, one process):", "",
          "| corpus | regex pass words/s | extraction words/s, 1 process | ratio |", "|---|---|---|---|"]
    for r in res["rows"]:
        if r.get("extract_1") and r.get("regex"):
            w1 = r["words"] / r["extract_1"]["extract"]
            L.append(f"| {r['times']}× | {r['regex']['words_per_s']:,} | {round(w1):,} | "
                     f"{w1 / r['regex']['words_per_s']:.2f}× |")
    return "\n".join(L) + "\n"


def write_results(text: str, path: Path = HERE / "RESULTS.md") -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if SECTION in old:
        head, rest = old.split(SECTION, 1)
        nxt = re.search(r"(?m)^## ", rest)
        old = head + (rest[nxt.start():] if nxt else "")
    path.write_text(old.rstrip() + "\n\n" + text, encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        mode, corpus, out, jobs = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5])
        print(json.dumps(child(mode, corpus, out, jobs)))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10, 100], help="full builds at these scales")
    ap.add_argument("--extract-only", type=int, nargs="*", default=[], help="extraction alone at these scales")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", type=Path, help="keep corpora and exports here")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    args = ap.parse_args()
    res = bench(args.times, args.extract_only, args.jobs, args.work)
    text = render(res)
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(text)
    if not args.no_write:
        write_results(text)


if __name__ == "__main__":
    main()
