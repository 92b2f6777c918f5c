"""Benchmark: graph.html for a large synthetic corpus network, opened in headless Chromium.

    python3 bench/bench_html.py                    # 10,000 nodes, 5 runs
    python3 bench/bench_html.py --nodes 1000 10000 50000 --runs 3

The network has the shape of :func:`kg.exports.network.corpus_network` (typed entities mentioned
by dated documents, relations with quotes and offsets), generated with a fixed seed: a few
hundred documents, each naming entities drawn with a heavy tail (a few are everywhere, most
appear once) and stating about two relations per entity it names. It goes through the same
renderer as ``kg build`` (:func:`kg.exports.html.network_payload` with the layout, then
:func:`kg.exports.html.render_graph_html`).

Measured, per size:
* layout + payload, and render (Python, one process);
* time to interactive in headless Chromium (Debian's ``chromium``, fresh context per run): from
  ``page.goto`` until the page's first frame is drawn and its handlers are live (the page sets
  ``body[data-ready]`` on vis-network's first ``afterDrawing``); ``readyAt`` is the same moment
  by the page's own clock (``performance.now()``, from navigation start);
* then, in the ready page: a search + choose (select, focus, fill the side panel), and the cost
  of one frame (``network.redraw()``) with the whole graph in view, with and without edges
  (edges are hidden while dragging or zooming large graphs), and zoomed in on one node.

Results go to stdout as a Markdown table; bench/RESULTS.md ("Browsing") holds the latest.
"""
from __future__ import annotations

import argparse
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.exports.html import network_payload, render_graph_html  # noqa: E402
from kg.model import ENTITY_TYPES, PREDICATES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
OUT = ROOT / "bench" / "out"
WORDS = ("party organization appeal exclusion plenum resolution obkom raikom commission decision "
         "comrade member shortcoming measure directive report congress purge committee secretary").split()


def synthetic_network(n_nodes: int, seed: int = 7) -> tuple[nx.MultiDiGraph, dict]:
    rng = random.Random(seed)
    n_docs = max(20, n_nodes // 25)
    docs = {}
    for d in range(n_docs):
        y = rng.randint(1917, 1991)
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.8 else str(y)
        docs[f"doc{d:05d}"] = {"title": f"Resolution {d} on " + " ".join(rng.choices(WORDS, k=5)), "date": date}
    g = nx.MultiDiGraph()
    types = list(ENTITY_TYPES)
    for i in range(n_nodes):
        t = types[min(int(rng.expovariate(0.6)), len(types) - 1)]
        g.add_node(f"e{i:06d}", label=f"{t} {i} " + " ".join(rng.choices(WORDS, k=rng.randint(1, 3))).title(),
                   type=t, iri="", docs="", mentions=0, wikidata=f"Q{1000 + i}" if rng.random() < 0.2 else "")
    ids = list(g.nodes)
    weights = [1.0 / (k + 1) ** 0.8 for k in range(n_nodes)]      # heavy tail: a few entities everywhere
    unseen = ids[:]
    rng.shuffle(unseen)
    per_doc = n_nodes // n_docs + 1
    for d in docs:
        named = set(rng.choices(ids, weights=weights, k=per_doc // 2))
        while unseen and len(named) < per_doc:                    # every entity is named somewhere
            named.add(unseen.pop())
        named = sorted(named)
        for e in named:
            node = g.nodes[e]
            node["docs"] = ";".join(sorted(set(filter(None, node["docs"].split(";"))) | {d}))
            node["mentions"] += 1
        for k in range(2 * len(named)):
            s, o = rng.sample(named, 2)
            start = rng.randint(0, 20000)
            quote = " ".join(rng.choices(WORDS, k=rng.randint(6, 18)))
            p = rng.choice(PREDICATES[:-1])
            g.add_edge(s, o, key=f"{d}:{p}:{start}:{k}", predicate=p, doc=d, quote=quote, start=start,
                       end=start + len(quote), reported=rng.random() < 0.05)
    return g, docs


def open_in_chromium(path: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright
    out = {"tti": [], "ready_at": [], "choose": [], "frame_all": [], "frame_nodes": [], "frame_zoom": [],
           "errors": [], "requests": [], "marks": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            page.on("console", lambda m: m.type == "error" and out["errors"].append(m.text))
            page.on("pageerror", lambda e: out["errors"].append(str(e)))
            page.on("request", lambda r: out["requests"].append(r.url))
            t0 = time.perf_counter()
            page.goto(path.as_uri(), wait_until="commit")
            page.wait_for_selector("body[data-ready]", state="attached", timeout=120_000)
            out["tti"].append(time.perf_counter() - t0)
            out["ready_at"].append(page.evaluate("() => window.partkg.readyAt") / 1000)
            marks = page.evaluate("() => Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]))")
            out["marks"].append(marks)
            out["choose"].append(page.evaluate("""() => { const p = window.partkg, n = p.data.nodes[0].id;
                const t = performance.now(); p.choose(n); return (performance.now() - t) / 1000; }"""))
            frame = """opts => { const net = window.partkg.network; net.setOptions(opts);
                const t = performance.now(); for (let i = 0; i < 5; i++) net.redraw();
                return (performance.now() - t) / 5 / 1000; }"""
            page.evaluate("() => window.partkg.network.fit({animation: false})")
            out["frame_all"].append(page.evaluate(frame, {}))
            page.evaluate("() => { const r = window.partkg.network.renderer; r.dragging = true; }")
            out["frame_nodes"].append(page.evaluate(frame, {}))
            page.evaluate("() => { const r = window.partkg.network.renderer; r.dragging = false; }")
            page.evaluate("() => window.partkg.network.focus(window.partkg.data.nodes[0].id, {scale: 1, animation: false})")
            out["frame_zoom"].append(page.evaluate(frame, {}))
            ctx.close()
        browser.close()
    return out


def chromium_version() -> str:
    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[10_000])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    import os
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    print(f"machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB; Python {platform.python_version()}; {chromium_version()}; "
          f"load average at start {os.getloadavg()[0]:.1f}")
    print()
    print("| nodes | edges | layout + payload | render | graph.html | time to interactive (median, max) | readyAt | search + choose | frame, all in view | frame, edges hidden (drag) | frame, zoomed in |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    breakdown = []
    for n in args.nodes:
        g, docs = synthetic_network(n)
        t = time.perf_counter()
        payload = network_payload(g, docs)
        t_payload = time.perf_counter() - t
        t = time.perf_counter()
        html = render_graph_html(payload)
        t_render = time.perf_counter() - t
        path = OUT / f"graph-{n}.html"
        path.write_text(html, encoding="utf-8")
        r = open_in_chromium(path, args.runs)
        assert not r["errors"], r["errors"][:3]
        assert {u for u in r["requests"]} == {path.as_uri()}, set(r["requests"])
        med = statistics.median
        ms = lambda xs: f"{med(xs) * 1000:.0f} ms"
        print(f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {t_payload:.2f} s | {t_render:.2f} s | "
              f"{len(html.encode()) / 2 ** 20:.1f} MiB | {med(r['tti']):.2f} s, {max(r['tti']):.2f} s | "
              f"{med(r['ready_at']):.2f} s | {ms(r['choose'])} | {ms(r['frame_all'])} | {ms(r['frame_nodes'])} | "
              f"{ms(r['frame_zoom'])} |", flush=True)
        steps = [("partkg:start", "HTML and vis-network parsed"), ("partkg:parsed", "graph data parsed"),
                 ("partkg:datasets", "page set up"), ("partkg:network", "vis-network built"),
                 ("partkg:drawn", "first frame drawn")]
        last = 0.0
        parts = []
        for mark, what in steps:
            t = med([m[mark] for m in r["marks"]]) / 1000
            parts.append(f"{what} +{t - last:.2f} s")
            last = t
        breakdown.append(f"{g.number_of_nodes():,} nodes (medians, by the page's clock): " + ", ".join(parts))
    print()
    for line in breakdown:
        print(f"- {line}")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
