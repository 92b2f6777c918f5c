#!/usr/bin/env python3
"""Build the gold JSON files of heldout5 from the compact specs in tools/specs/.

Usage: python3 tools/build_gold.py [--report]

Each spec module spec_2NN.py defines DOC (the basename), E (entities: id, type, label,
[mentions]), R (relations: subject, predicate, object-or-ISO-date, evidence) and Q (quantities).
Every mention and every evidence quote is checked to be a verbatim substring of the document
text below its YAML front matter; the build stops on the first document with an error.
--report lists capitalized words of each text that no mention covers (a density aid).
"""
import importlib.util, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPES = {"Person", "Body", "Place", "Document", "Event", "Group", "Position"}
PREDICATES = {"issues", "criticizes", "references", "demands", "forbids", "expels", "authorizes",
              "reportsOn", "authoredBy", "sentTo", "publishedIn", "partOf", "memberOf",
              "holdsPosition", "headOf", "locatedIn", "comparesTo", "absolves", "dated"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# subject and object types each predicate admits (gold/README.md, table of predicates)
P, B, G, D, V, L, O = "Person", "Body", "Group", "Document", "Event", "Place", "Position"
SIGNATURES = {
    "issues": ({B, P}, {D}), "criticizes": ({D, B, P}, {B, G, P}), "references": ({D}, {D}),
    "demands": ({D}, {B}), "forbids": ({D}, {B}), "expels": ({B, P}, {P, G}),
    "authorizes": ({B}, {B}), "reportsOn": ({D}, {D, V}), "authoredBy": ({D}, {P}),
    "sentTo": ({D}, {P, B, O}), "publishedIn": ({D}, {D, B}), "partOf": ({B}, {B}),
    "memberOf": ({P}, {B}), "holdsPosition": ({P}, {O}), "headOf": ({P}, {B}),
    "locatedIn": ({B, L}, {L}), "comparesTo": ({D, P}, {D, V}), "absolves": ({D}, {B}),
    "dated": ({D, V}, None),
}


def body_of(text):
    """The text below the YAML front matter (offsets count from here, as corpus/README.md says)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end < 0:
            raise SystemExit("unterminated front matter")
        return text[end + 5:]
    return text


def load_spec(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(mod, report=False):
    errs = []
    text = body_of(open(os.path.join(ROOT, mod.DOC + ".txt"), encoding="utf-8").read())
    ids, owner = Counter(), {}
    entities = []
    for eid, etype, label, mentions in mod.E:
        ids[eid] += 1
        if etype not in TYPES: errs.append(f"{eid}: bad type {etype}")
        if not mentions: errs.append(f"{eid}: no mentions")
        for m in mentions:
            if m not in text: errs.append(f"{eid}: mention not in text: {m!r}")
            if m in owner: errs.append(f"mention {m!r} under {owner[m]} and {eid}")
            owner[m] = eid
        if len(set(mentions)) != len(mentions): errs.append(f"{eid}: repeated mention")
        entities.append({"id": eid, "label": label, "type": etype, "mentions": list(mentions)})
    errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    if "this_document" not in ids: errs.append("no this_document")
    etypes = {e["id"]: e["type"] for e in entities}
    relations, triples = [], Counter()
    for s, p, o, ev in mod.R:
        if p not in PREDICATES: errs.append(f"bad predicate {p}")
        if s not in ids: errs.append(f"unknown subject {s}")
        if p == "dated":
            if not DATE_RE.match(o): errs.append(f"bad date {o}")
            relations.append({"subject": s, "predicate": p, "object_literal": o, "evidence": ev})
        else:
            if o not in ids: errs.append(f"unknown object {o}")
            relations.append({"subject": s, "predicate": p, "object": o, "evidence": ev})
        if p in SIGNATURES and s in etypes and (p == "dated" or o in etypes):
            dom, rng = SIGNATURES[p]
            if etypes[s] not in dom or (rng and etypes[o] not in rng):
                errs.append(f"{s} {p} {o}: types {etypes[s]} -> {etypes.get(o, 'literal')} not admitted")
        if ev not in text: errs.append(f"{s} {p} {o}: evidence not in text: {ev!r}")
        if len(ev) > 200: errs.append(f"{s} {p} {o}: evidence {len(ev)} chars")
        triples[(s, p, o)] += 1
    errs += [f"duplicate triple {t}" for t, n in triples.items() if n > 1]
    unused = set(ids) - {r["subject"] for r in relations} - {r.get("object") for r in relations}
    quantities = []
    for q in mod.Q:
        q = {"doc": mod.DOC, **q}
        if q["subject"] not in ids: errs.append(f"quantity: unknown subject {q['subject']}")
        if q["evidence"] not in text: errs.append(f"quantity evidence not in text: {q['evidence']!r}")
        for a in q.get("applies_to", []):
            if a not in ids: errs.append(f"quantity applies_to unknown {a}")
        quantities.append(q)
    if report:
        covered = [False] * len(text)
        for m in owner:
            for mt in re.finditer(re.escape(m), text):
                for i in range(mt.start(), mt.end()): covered[i] = True
        miss = Counter()
        for mt in re.finditer(r"\b[A-ZА-ЯЁ][\w().-]*", text):
            if not any(covered[mt.start():mt.end()]): miss[mt.group()] += 1
        print(f"  uncovered capitalized: {sorted(miss)}")
        print(f"  entities in no relation: {sorted(unused)}")
    return {"doc": mod.DOC, "entities": entities, "relations": relations}, quantities, errs


def main():
    report = "--report" in sys.argv
    specs = sorted(f for f in os.listdir(os.path.join(HERE, "specs")) if re.match(r"spec_\d+\.py$", f))
    allq, bad = [], False
    for f in specs:
        mod = load_spec(os.path.join(HERE, "specs", f))
        gold, q, errs = build(mod, report)
        types = Counter(e["type"] for e in gold["entities"])
        print(f"{mod.DOC}: {len(gold['entities'])} entities {dict(types)}, "
              f"{len(gold['relations'])} relations, {len(q)} quantities")
        if errs:
            bad = True
            for e in errs: print("  ERROR", e)
            continue
        with open(os.path.join(ROOT, mod.DOC + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write("\n")
        allq += q
    if bad: sys.exit(1)
    with open(os.path.join(ROOT, "quantities.json"), "w", encoding="utf-8") as fh:
        json.dump(allq, fh, ensure_ascii=False, indent=1); fh.write("\n")
    print(f"quantities.json: {len(allq)}")


if __name__ == "__main__":
    main()
