#!/usr/bin/env python3
"""Check a folder of gold annotations against its texts (the checks of ``shared/gold/verify.py``).

One checker for every gold set under ``tests/data``: each held-out set keeps its texts beside its
gold files. A text may open with YAML front matter; mentions, evidence and quantities are checked
against the text below it, where ``corpus/README.md`` counts offsets from. ``--signatures`` adds
one check: each relation's subject and object types are ones its predicate admits (the predicate
table of ``shared/gold/README.md``).

Usage: python3 tests/data/verify_gold.py FOLDER [--texts DIR] [--signatures]
Exit status 0 when every check passes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

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


def body_of(text: str) -> str:
    """The text below a leading YAML front matter block, if any."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def check(folder: Path, texts_dir: Path | None = None, signatures: bool = False) -> tuple[list[str], list[str]]:
    """(errors, summary lines) for the gold files of ``folder`` against the texts of ``texts_dir``
    (default: ``folder``)."""
    texts_dir = texts_dir or folder
    errors: list[str] = []
    lines: list[str] = []
    err = errors.append
    texts: dict[str, str] = {}
    golds: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        fn = path.name
        if fn == "quantities.json":
            continue
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except Exception as e:          # noqa: BLE001 - reported, the other files still checked
            err(f"{fn}: JSON does not parse: {e}")
            continue
        base = path.stem
        if d.get("doc") != base:
            err(f"{fn}: doc field {d.get('doc')!r} != {base!r}")
        src = texts_dir / f"{base}.txt"
        if not src.exists():
            err(f"{fn}: no source {src}")
            continue
        text = texts[base] = body_of(src.read_text(encoding="utf-8"))
        golds[base] = d
        entities = d.get("entities", [])
        ids = Counter(e.get("id") for e in entities)
        types = {e.get("id"): e.get("type") for e in entities}
        for i, n in ids.items():
            if n > 1:
                err(f"{fn}: duplicate entity id {i}")
        if "this_document" not in ids:
            err(f"{fn}: no this_document entity")
        seen: dict[str, str] = {}
        for e in entities:
            if not ID_RE.match(e.get("id", "")):
                err(f"{fn}: bad id {e.get('id')!r}")
            if e.get("type") not in TYPES:
                err(f"{fn}: {e['id']}: bad type {e.get('type')!r}")
            if not e.get("label"):
                err(f"{fn}: {e['id']}: empty label")
            if not e.get("mentions"):
                err(f"{fn}: {e['id']}: no mentions")
            for m in e.get("mentions", []):
                if m not in text:
                    err(f"{fn}: {e['id']}: mention not in text: {m!r}")
                if m in seen:
                    err(f"{fn}: mention {m!r} in both {seen[m]} and {e['id']}")
                seen[m] = e["id"]
        triples: Counter = Counter()
        for k, r in enumerate(d.get("relations", [])):
            p = r.get("predicate")
            if p not in PREDICATES:
                err(f"{fn}: rel {k}: bad predicate {p!r}")
            if r.get("subject") not in ids:
                err(f"{fn}: rel {k}: unknown subject {r.get('subject')!r}")
            if p == "dated":
                if "object" in r or not DATE_RE.match(str(r.get("object_literal", ""))):
                    err(f"{fn}: rel {k}: dated needs object_literal YYYY[-MM[-DD]], got {r}")
                obj = r.get("object_literal")
            else:
                if "object_literal" in r:
                    err(f"{fn}: rel {k}: object_literal only for dated")
                if r.get("object") not in ids:
                    err(f"{fn}: rel {k}: unknown object {r.get('object')!r}")
                obj = r.get("object")
            ev = r.get("evidence", "")
            if not ev or ev not in text:
                err(f"{fn}: rel {k}: evidence not in text: {ev!r}")
            if len(ev) > 200:
                err(f"{fn}: rel {k}: evidence {len(ev)} chars > 200")
            if signatures and p in SIGNATURES and r.get("subject") in types and (p == "dated" or obj in types):
                dom, rng = SIGNATURES[p]
                if types[r["subject"]] not in dom or (rng and types[obj] not in rng):
                    err(f"{fn}: rel {k}: {p} does not admit {types[r['subject']]} -> {types.get(obj)}")
            triples[(r.get("subject"), p, obj)] += 1
        for t, n in triples.items():
            if n > 1:
                err(f"{fn}: duplicate triple {t}")
        lines.append(f"{base}: {len(ids)} entities, {len(d.get('relations', []))} relations "
                     f"{dict(Counter(e['type'] for e in entities))}")
    qpath = folder / "quantities.json"
    if qpath.exists():
        try:
            quantities = json.loads(qpath.read_text(encoding="utf-8"))
        except Exception as e:          # noqa: BLE001
            err(f"quantities.json does not parse: {e}")
            quantities = []
        for k, q in enumerate(quantities):
            doc = q.get("doc")
            if doc not in texts:
                err(f"quantities {k}: unknown doc {doc!r}")
                continue
            if q.get("subject") not in {e["id"] for e in golds[doc].get("entities", [])}:
                err(f"quantities {k}: unknown subject {q.get('subject')!r}")
            for key in ("quantity", "value", "evidence"):
                if key not in q:
                    err(f"quantities {k}: missing {key}")
            v = q.get("value")
            if not (isinstance(v, (int, float)) or (isinstance(v, str) and DATE_RE.match(v))):
                err(f"quantities {k}: value must be a number or ISO date, got {v!r}")
            if q.get("evidence", "") not in texts[doc]:
                err(f"quantities {k}: evidence not in text: {q.get('evidence')!r}")
            if len(q.get("evidence", "")) > 200:
                err(f"quantities {k}: evidence > 200 chars")
        lines.append(f"quantities: {len(quantities)} {dict(Counter(q.get('doc') for q in quantities))}")
    return errors, lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="the gold files (and, by default, the texts)")
    ap.add_argument("--texts", type=Path, help="where the texts are, if not beside the gold")
    ap.add_argument("--signatures", action="store_true", help="also check predicates' subject and object types")
    a = ap.parse_args()
    errors, lines = check(a.folder, a.texts, a.signatures)
    print("\n".join(lines))
    if errors:
        print(f"\n{len(errors)} FAILURE(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
