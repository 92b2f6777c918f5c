#!/usr/bin/env python3
"""Build the gold JSON files and quantities.json of blind-11 from the tables below.
Run from anywhere: paths are relative to this folder's parent (the blind-11 folder)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def body_text(fn):
    t = open(os.path.join(ROOT, fn + ".txt"), encoding="utf-8").read()
    if t.startswith("---\n"):
        end = t.index("\n---\n", 4)
        t = t[end + 5:]
    return t


DOCS = {}
Q = []


def doc(name, ents, rels):
    DOCS[name] = (ents, rels)


def E(i, label, typ, *mentions):
    return {"id": i, "label": label, "type": typ, "mentions": list(mentions)}


def R(s, p, o, ev):
    if p == "dated":
        return {"subject": s, "predicate": p, "object_literal": o, "evidence": ev}
    return {"subject": s, "predicate": p, "object": o, "evidence": ev}


exec(open(os.path.join(ROOT, "tools", "gold_tables.py"), encoding="utf-8").read())

problems = []
for name, (ents, rels) in DOCS.items():
    text = body_text(name)
    seen = {}
    for e in ents:
        for m in e["mentions"]:
            if m not in text:
                problems.append(f"{name}: mention not in text: {m!r}")
            if m in seen:
                problems.append(f"{name}: mention {m!r} twice ({seen[m]}, {e['id']})")
            seen[m] = e["id"]
    ids = {e["id"] for e in ents}
    trip = set()
    for r in rels:
        if r["evidence"] not in text or len(r["evidence"]) > 200:
            problems.append(f"{name}: bad evidence {r['evidence']!r}")
        o = r.get("object", r.get("object_literal"))
        if r["subject"] not in ids or (r["predicate"] != "dated" and o not in ids):
            problems.append(f"{name}: unknown id in {r}")
        k = (r["subject"], r["predicate"], o)
        if k in trip:
            problems.append(f"{name}: duplicate {k}")
        trip.add(k)
    with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"doc": name, "entities": ents, "relations": rels}, f, ensure_ascii=False, indent=1)
        f.write("\n")
for q in Q:
    if q["evidence"] not in body_text(q["doc"]):
        problems.append(f"quantity evidence not in text: {q['evidence']!r}")
with open(os.path.join(ROOT, "quantities.json"), "w", encoding="utf-8") as f:
    json.dump(Q, f, ensure_ascii=False, indent=1)
    f.write("\n")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
