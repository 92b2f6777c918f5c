#!/usr/bin/env python3
"""Write the heldout6 texts (.txt with YAML front matter) and gold (.json, quantities.json)
into the folder above, checking every mention, evidence and quantity quote verbatim."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts import DOCS
import gold_a, gold_b, gold_c
G = {**gold_a.G, **gold_b.G, **gold_c.G}
problems = []
def yaml_val(v):
    return json.dumps(v, ensure_ascii=False) if isinstance(v, str) and not re.match(r"^[\d-]+$", v) else str(v)
quantities = []
for name, fm, body in DOCS:
    fm = dict(id=name, **fm)
    head = "---\n" + "".join(f"{k}: {yaml_val(v)}\n" for k, v in fm.items()) + "---\n"
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(head + body)
    words = len(body.split())
    if not 250 <= words <= 600: problems.append(f"{name}: {words} words")
    g = G[name]
    ents, rels = [], []
    seen = {}
    for (i, t, label, ms) in g["E"]:
        for m in ms:
            if m not in body: problems.append(f"{name}: mention not in text: {i}: {m!r}")
            if m in seen: problems.append(f"{name}: mention {m!r} in {seen[m]} and {i}")
            seen[m] = i
        ents.append(dict(id=i, label=label, type=t, mentions=ms))
    ids = {e["id"] for e in ents}
    for (s, p, o, ev) in g["R"]:
        if s not in ids: problems.append(f"{name}: unknown subject {s}")
        if ev not in body: problems.append(f"{name}: evidence not in text: {ev!r}")
        if len(ev) > 200: problems.append(f"{name}: evidence too long ({len(ev)}): {ev[:60]}")
        if p == "dated":
            rels.append(dict(subject=s, predicate=p, object_literal=o, evidence=ev))
        else:
            if o not in ids: problems.append(f"{name}: unknown object {o}")
            rels.append(dict(subject=s, predicate=p, object=o, evidence=ev))
    for q in g["Q"]:
        q = dict(doc=name, **q)
        if q["evidence"] not in body: problems.append(f"{name}: quantity evidence not in text: {q['evidence']!r}")
        for a in q.get("applies_to", []):
            if a not in ids: problems.append(f"{name}: applies_to unknown {a}")
        quantities.append(q)
    json.dump(dict(doc=name, entities=ents, relations=rels),
              open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # density aid: capitalised words (and Roman numerals) not covered by any mention
    covered = [False] * len(body)
    for m in seen:
        for mm in re.finditer(re.escape(m), body):
            for k in range(mm.start(), mm.end()): covered[k] = True
    unc = sorted({w.group() for w in re.finditer(r"\b[A-ZА-ЯЁ][\w’()-]+", body) if not covered[w.start()]})
    print(f"{name}: {words} words, {len(ents)} entities, {len(rels)} relations; uncovered capitals: {' '.join(unc)}")
json.dump(quantities, open(os.path.join(OUT, "quantities.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"quantities: {len(quantities)}")
if problems:
    print("\nPROBLEMS:"); [print("  " + p) for p in problems]; sys.exit(1)
print("build OK")
