"""Tiny helpers to write gold files in the seed format (used only to author this set)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUANT = []

def write_doc(stem, entities, relations, quantities=()):
    text = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    ents = [{"id": i, "label": l, "type": t, "mentions": list(m)} for i, l, t, m in entities]
    rels = []
    for s, p, o, ev in relations:
        if p == "dated":
            rels.append({"subject": s, "predicate": p, "object_literal": o, "evidence": ev})
        else:
            rels.append({"subject": s, "predicate": p, "object": o, "evidence": ev})
    # quick local sanity warnings
    for e in ents:
        for m in e["mentions"]:
            if m not in text: print(f"{stem}: MENTION MISSING {e['id']}: {m!r}")
    for r in rels:
        if r["evidence"] not in text: print(f"{stem}: EVIDENCE MISSING {r['subject']} {r['predicate']}: {r['evidence']!r}")
    with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump({"doc": stem, "entities": ents, "relations": rels}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for q in quantities:
        q = dict(q); q = {"doc": stem, **q}
        if q["evidence"] not in text: print(f"{stem}: QUANTITY EVIDENCE MISSING {q['evidence']!r}")
        QUANT.append(q)

def write_quantities():
    with open(os.path.join(HERE, "quantities.json"), "w", encoding="utf-8") as f:
        json.dump(QUANT, f, ensure_ascii=False, indent=1)
        f.write("\n")
