#!/usr/bin/env python3
"""Check the gold annotations against their source documents.

Usage: python3 tools/verify.py [TEXTS_DIR]   (default: heldout6/, texts and gold side by side;
YAML front matter is stripped before checking).  Adapted from /work/shared/gold/verify.py.
Exit status 0 when every check passes.
"""
import os
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # heldout6/: gold beside texts
SEEDS = sys.argv[1] if len(sys.argv) > 1 else HERE  # texts and gold side by side
TYPES = {"Person", "Body", "Place", "Document", "Event", "Group", "Position"}
PREDICATES = {"issues", "criticizes", "references", "demands", "forbids", "expels", "authorizes",
              "reportsOn", "authoredBy", "sentTo", "publishedIn", "partOf", "memberOf",
              "holdsPosition", "headOf", "locatedIn", "comparesTo", "absolves", "dated"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errors = []

def strip_front_matter(raw):
    """Drop a leading YAML front-matter block (---\n ... \n---\n): offsets count after it."""
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            return raw[end + 5:]
    return raw
def err(msg): errors.append(msg)

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
    text = texts[base] = strip_front_matter(open(src, encoding="utf-8").read())
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
