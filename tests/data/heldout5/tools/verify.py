#!/usr/bin/env python3
"""Check the heldout5 gold annotations against their source documents.

Adapted from /work/shared/gold/verify.py: the gold files and the texts both sit in heldout5/
(the parent of this tools/ folder); texts may carry YAML front matter, and mentions and
evidence are checked against the text below it (where corpus/README.md counts offsets from).
One check is added: each relation's subject and object types must be ones its predicate admits
(the predicate table of gold/README.md; the seed gold passes it too).

Usage: python3 tools/verify.py [TEXT_DIR]   (default: heldout5/, the parent of tools/)
Exit status 0 when every check passes.
"""
import os
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sys.argv[1] if len(sys.argv) > 1 else HERE
TYPES = {"Person", "Body", "Place", "Document", "Event", "Group", "Position"}
PREDICATES = {"issues", "criticizes", "references", "demands", "forbids", "expels", "authorizes",
              "reportsOn", "authoredBy", "sentTo", "publishedIn", "partOf", "memberOf",
              "holdsPosition", "headOf", "locatedIn", "comparesTo", "absolves", "dated"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
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
errors = []
def err(msg): errors.append(msg)

def body_of(text):
    """The text below a leading YAML front matter block, if any."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text

texts = {}
for fn in sorted(os.listdir(HERE)):
    if not fn.endswith(".json") or fn == "quantities.json":
        continue
    path = os.path.join(HERE, fn)
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(f"{fn}: JSON does not parse: {e}"); continue
    base = fn[:-5]
    if d.get("doc") != base: err(f"{fn}: doc field {d.get('doc')!r} != {base!r}")
    src = os.path.join(SEEDS, base + ".txt")
    if not os.path.exists(src): err(f"{fn}: no source {src}"); continue
    text = texts[base] = body_of(open(src, encoding="utf-8").read())
    ids = Counter(e.get("id") for e in d.get("entities", []))
    for i, n in ids.items():
        if n > 1: err(f"{fn}: duplicate entity id {i}")
    if "this_document" not in ids: err(f"{fn}: no this_document entity")
    seen_mentions = {}
    for e in d.get("entities", []):
        if not ID_RE.match(e.get("id", "")): err(f"{fn}: bad id {e.get('id')!r}")
        if e.get("type") not in TYPES: err(f"{fn}: {e['id']}: bad type {e.get('type')!r}")
        if not e.get("label"): err(f"{fn}: {e['id']}: empty label")
        if not e.get("mentions"): err(f"{fn}: {e['id']}: no mentions")
        for m in e.get("mentions", []):
            if m not in text: err(f"{fn}: {e['id']}: mention not in text: {m!r}")
            if m in seen_mentions: err(f"{fn}: mention {m!r} in both {seen_mentions[m]} and {e['id']}")
            seen_mentions[m] = e["id"]
    triples = Counter()
    for k, r in enumerate(d.get("relations", [])):
        p = r.get("predicate")
        if p not in PREDICATES: err(f"{fn}: rel {k}: bad predicate {p!r}")
        if r.get("subject") not in ids: err(f"{fn}: rel {k}: unknown subject {r.get('subject')!r}")
        if p == "dated":
            if "object" in r or not DATE_RE.match(str(r.get("object_literal", ""))):
                err(f"{fn}: rel {k}: dated needs object_literal YYYY[-MM[-DD]], got {r}")
            obj = r.get("object_literal")
        else:
            if "object_literal" in r: err(f"{fn}: rel {k}: object_literal only for dated")
            if r.get("object") not in ids: err(f"{fn}: rel {k}: unknown object {r.get('object')!r}")
            obj = r.get("object")
        ev = r.get("evidence", "")
        if not ev or ev not in text: err(f"{fn}: rel {k}: evidence not in text: {ev!r}")
        if len(ev) > 200: err(f"{fn}: rel {k}: evidence {len(ev)} chars > 200")
        types = {e.get("id"): e.get("type") for e in d.get("entities", [])}
        if p in SIGNATURES and r.get("subject") in types and (p == "dated" or obj in types):
            dom, rng = SIGNATURES[p]
            if types[r["subject"]] not in dom or (rng and types[obj] not in rng):
                err(f"{fn}: rel {k}: {p} does not admit {types[r['subject']]} -> {types.get(obj)}")
        triples[(r.get("subject"), p, obj)] += 1
    for t, n in triples.items():
        if n > 1: err(f"{fn}: duplicate triple {t}")
    print(f"{base}: {len(ids)} entities, {len(d.get('relations', []))} relations "
          f"{dict(Counter(e['type'] for e in d['entities']))}")

qpath = os.path.join(HERE, "quantities.json")
try:
    Q = json.load(open(qpath, encoding="utf-8"))
except Exception as e:
    err(f"quantities.json does not parse: {e}"); Q = []
for k, q in enumerate(Q):
    doc = q.get("doc")
    if doc not in texts: err(f"quantities {k}: unknown doc {doc!r}"); continue
    gold = json.load(open(os.path.join(HERE, doc + ".json"), encoding="utf-8"))
    if q.get("subject") not in {e["id"] for e in gold["entities"]}:
        err(f"quantities {k}: unknown subject {q.get('subject')!r}")
    for key in ("quantity", "value", "evidence"):
        if key not in q: err(f"quantities {k}: missing {key}")
    v = q.get("value")
    if not (isinstance(v, (int, float)) or (isinstance(v, str) and DATE_RE.match(v))):
        err(f"quantities {k}: value must be a number or ISO date, got {v!r}")
    if q.get("evidence", "") not in texts[doc]: err(f"quantities {k}: evidence not in text: {q.get('evidence')!r}")
    if len(q.get("evidence", "")) > 200: err(f"quantities {k}: evidence > 200 chars")
print(f"quantities: {len(Q)} {dict(Counter(q['doc'] for q in Q))}")

if errors:
    print(f"\n{len(errors)} FAILURE(S):"); [print("  " + e) for e in errors]; sys.exit(1)
print("\nALL CHECKS PASSED")
