#!/usr/bin/env python3
"""Build the gold JSON files of blind-16 from the annotation tables below.

Usage: python3 tools/build_gold.py   (run from anywhere; paths are relative to this folder)
Checks that every mention and every evidence occurs verbatim in the text below the front matter.
"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def body(doc):
    t = open(os.path.join(HERE, doc + ".txt"), encoding="utf-8").read()
    if t.startswith("---\n"):
        t = t[t.index("\n---\n", 4) + 5:]
    return t

DOCS = {}
Q = []

def E(i, typ, label, *mentions):
    return {"id": i, "label": label, "type": typ, "mentions": list(mentions)}

def R(s, p, o, ev):
    if p == "dated":
        return {"subject": s, "predicate": p, "object_literal": o, "evidence": ev}
    return {"subject": s, "predicate": p, "object": o, "evidence": ev}

from annotations import load  # noqa: E402  (the tables live in tools/annotations.py)

def main():
    docs, quants = load(E, R)
    errors = []
    for doc, (ents, rels) in docs.items():
        text = body(doc)
        seen = {}
        ids = {e["id"] for e in ents}
        for e in ents:
            for m in e["mentions"]:
                if m not in text: errors.append(f"{doc}: {e['id']}: mention not in text: {m!r}")
                if m in seen: errors.append(f"{doc}: mention {m!r} in {seen[m]} and {e['id']}")
                seen[m] = e["id"]
        trip = set()
        for r in rels:
            if r["subject"] not in ids: errors.append(f"{doc}: unknown subject {r['subject']}")
            if "object" in r and r["object"] not in ids: errors.append(f"{doc}: unknown object {r['object']}")
            if r["evidence"] not in text: errors.append(f"{doc}: evidence not in text: {r['evidence']!r}")
            if len(r["evidence"]) > 200: errors.append(f"{doc}: evidence too long: {r['evidence']!r}")
            k = (r["subject"], r["predicate"], r.get("object", r.get("object_literal")))
            if k in trip: errors.append(f"{doc}: duplicate triple {k}")
            trip.add(k)
        used = {r["subject"] for r in rels} | {r.get("object") for r in rels}
        with open(os.path.join(HERE, doc + ".json"), "w", encoding="utf-8") as f:
            json.dump({"doc": doc, "entities": ents, "relations": rels}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for q in quants:
        if q["evidence"] not in body(q["doc"]): errors.append(f"quantity evidence not in text: {q['evidence']!r}")
    with open(os.path.join(HERE, "quantities.json"), "w", encoding="utf-8") as f:
        json.dump(quants, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for e in errors: print(e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
