"""Benchmark ``kg validate`` (SHACL) at N× the seed corpus and write the section "Validation
(SHACL)" of bench/RESULTS.md.

For each N: a corpus from gen_corpus.py, built once (TriG only, no cache); then, in a fresh
process, the exports loaded and validated as ``kg validate`` does (pyshacl for SHACL Core, the
SPARQL constraints run by partkg once per graph). At the smallest N also pyshacl alone with the
whole shapes file (it runs each SPARQL constraint once per focus node), for comparison.

    python bench/bench_validate.py --times 1 10 30
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
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

SECTION = "## Validation (SHACL)"


def child(mode: str, exports: Path) -> dict:
    t0 = time.perf_counter()
    from kg.query.engine import load_dataset
    ds = load_dataset(exports)
    t_load = time.perf_counter() - t0
    if mode == "partkg":
        from kg.graph.validate import validate_dataset
        rep = validate_dataset(ds)
        return {"load": t_load, "validate": rep.seconds, "triples": rep.triples, "graphs": rep.graphs,
                "violations": len(rep.violations)}
    import warnings

    import pyshacl
    from rdflib import Dataset, Graph

    from kg.graph.build import GRAPH_ONTOLOGY, ONTOLOGY_FILE
    from kg.graph.validate import SHAPES_FILE
    data = Dataset()
    for g in ds.graphs():
        if g.identifier != GRAPH_ONTOLOGY and len(g):
            target = data.graph(g.identifier)
            for t in g:
                target.add(t)
    t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        conforms, results, _ = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES_FILE),
                                                ont_graph=Graph().parse(ONTOLOGY_FILE), inference="none")
    return {"load": t_load, "validate": time.perf_counter() - t1, "conforms": conforms}


def run_child(mode: str, exports: Path) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", mode, str(exports)], cwd=ROOT, check=True,
                       capture_output=True, text=True, env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"))
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]))))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10, 30])
    ap.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    args = ap.parse_args()
    from kg.api import build
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.times:
            corpus = Path(tmp) / f"corpus{n}"
            if n == 1:
                corpus = ROOT / "corpus"
            else:
                generate(n, corpus)
            out = Path(tmp) / f"out{n}"
            os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
            result = build(corpus, out, formats=("trig",), cache=False)
            row = {"n": n, "docs": len(result.extractions), **run_child("partkg", out)}
            if n == min(args.times):
                row["pyshacl_alone"] = run_child("pyshacl", out)["validate"]
            rows.append(row)
            print(json.dumps(row), flush=True)
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    machine = f"{os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"
    L = [SECTION, "", f"Machine: {machine}. `python bench/bench_validate.py --times {' '.join(map(str, args.times))}`; "
         "each validation in a fresh process, after loading `partkg.trig`.", "",
         "| corpus | documents | graphs | triples | load TriG | validate | per 1,000 triples | violations |",
         "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        L.append(f"| {r['n']}× | {r['docs']} | {r['graphs']} | {r['triples']:,} | {r['load']:.2f} s | "
                 f"{r['validate']:.2f} s | {1000 * r['validate'] / r['triples']:.3f} s | {r['violations']} |")
    first = rows[0]
    if "pyshacl_alone" in first:
        L += ["", f"pyshacl alone on the {first['n']}× graph, running each SPARQL constraint once per focus node: "
              f"{first['pyshacl_alone']:.2f} s (partkg's split: {first['validate']:.2f} s)."]
    text = "\n".join(L) + "\n"
    print(text)
    if not args.no_write:
        path = HERE / "RESULTS.md"
        old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
        if SECTION in old:
            head, rest = old.split(SECTION, 1)
            nxt = re.search(r"(?m)^## ", rest)
            old = head + (rest[nxt.start():] if nxt else "")
        path.write_text(old.rstrip() + "\n\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
