#!/usr/bin/env python3
"""Build the gold JSON files of blind-18 from the annotations below.

Run from anywhere: python3 tools/build_gold.py  (paths are relative to the folder).
Every mention and every evidence string is checked to occur verbatim in the text
below the front matter; evidence is at most 200 characters.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DOCS = {}
QUANT = []


def body(stem):
    text = open(os.path.join(ROOT, stem + ".txt"), encoding="utf-8").read()
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    return text


class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.text = body(stem)
        self.entities = []
        self.relations = []
        DOCS[stem] = self

    def e(self, id_, label, type_, *mentions):
        self.entities.append({"id": id_, "label": label, "type": type_, "mentions": list(mentions)})

    def r(self, s, p, o, ev):
        self.relations.append({"subject": s, "predicate": p, "object": o, "evidence": ev})

    def d(self, s, lit, ev):
        self.relations.append({"subject": s, "predicate": "dated", "object_literal": lit, "evidence": ev})

    def q(self, subject, quantity, value, evidence, **kw):
        rec = {"doc": self.stem, "subject": subject, "quantity": quantity, "value": value, "evidence": evidence}
        rec.update(kw)
        QUANT.append(rec)

    def check(self):
        errs = []
        ids = {x["id"] for x in self.entities}
        seen = {}
        for x in self.entities:
            for m in x["mentions"]:
                if m not in self.text:
                    errs.append(f"{self.stem}: mention not in text: {m!r} ({x['id']})")
                if m in seen:
                    errs.append(f"{self.stem}: mention {m!r} under {seen[m]} and {x['id']}")
                seen[m] = x["id"]
        keys = set()
        for r in self.relations:
            o = r.get("object", r.get("object_literal"))
            k = (r["subject"], r["predicate"], o)
            if k in keys:
                errs.append(f"{self.stem}: duplicate relation {k}")
            keys.add(k)
            if r["subject"] not in ids or ("object" in r and r["object"] not in ids):
                errs.append(f"{self.stem}: unknown id in {k}")
            if r["evidence"] not in self.text:
                errs.append(f"{self.stem}: evidence not in text: {r['evidence']!r}")
            if len(r["evidence"]) > 200:
                errs.append(f"{self.stem}: evidence too long ({len(r['evidence'])}): {r['evidence'][:60]!r}")
        return errs


from annotations import build  # noqa: E402  (the annotations live next to this script)

build(Doc)
errors = [e for d in DOCS.values() for e in d.check()]
for q in QUANT:
    if q["evidence"] not in DOCS[q["doc"]].text:
        errors.append(f"quantity evidence not in text: {q['evidence']!r}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
for stem, d in DOCS.items():
    with open(os.path.join(ROOT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump({"doc": stem, "entities": d.entities, "relations": d.relations}, f, ensure_ascii=False, indent=1)
        f.write("\n")
with open(os.path.join(ROOT, "quantities.json"), "w", encoding="utf-8") as f:
    json.dump(QUANT, f, ensure_ascii=False, indent=1)
    f.write("\n")
for stem, d in DOCS.items():
    print(stem, len(d.entities), len(d.relations))
print("quantities", len(QUANT))
