"""Score extractions against gold annotations (the format of ``shared/gold/``).

Entities are aligned one-to-one: a predicted entity matches a gold entity of the same type when
their mention strings overlap (the gold lists the distinct surface strings of each entity);
pairs are chosen greedily by the number of shared strings. The document itself is
``this_document`` in the gold and its own id in the predictions. Relations are compared as
(subject, predicate, object-or-literal) triples after mapping predicted ids to the gold ids
they were aligned with; a relation is counted once however often it is stated.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["Score", "evaluate", "format_report", "load_gold"]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocReport:
    doc: str
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    entity_types: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    predicates: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_relations: list[tuple] = field(default_factory=list)
    spurious_relations: list[tuple] = field(default_factory=list)


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for p in sorted(Path(gold_dir).glob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise InputError(f"gold file cannot be read: {e}", path=p) from None
        if isinstance(data, dict) and "doc" in data and "entities" in data:
            out[data["doc"]] = data
    return out


_DET = re.compile(r"^(?:the|a|an|our|its|their|this|that|these|those)\s+", re.I)


def norm_mention(s: str) -> str:
    """Case, curly quotes, spacing and a leading determiner do not make two mentions differ."""
    s = s.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})).strip().lower()
    return " ".join(_DET.sub("", s).split())


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _align(pred: list[dict], gold: list[dict], doc_id: str, text: str | None = None) -> dict[str, str]:
    """Predicted id → gold id. A pair scores 10 for each mention string they share (after
    normalisation) and, when the text is known, 1 for each predicted mention span that overlaps
    an occurrence of a gold mention string (so "purge of the party in 1933" meets "purge of the
    party"); pairs are taken greedily, best first, one-to-one, same type only."""
    mapping: dict[str, str] = {}
    if any(g["id"] == "this_document" for g in gold) and any(p["id"] == doc_id for p in pred):
        mapping[doc_id] = "this_document"
    gold_spans = {}
    if text is not None:
        for g in gold:
            gold_spans[g["id"]] = [sp for m in g.get("mentions", []) for sp in _occurrences(text, m)]
    pairs = []
    for p in pred:
        if p["id"] in mapping:
            continue
        ptexts = {norm_mention(m["text"] if isinstance(m, dict) else m) for m in p.get("mentions", [])}
        pspans = [(m["start"], m["end"]) for m in p.get("mentions", []) if isinstance(m, dict) and "start" in m]
        for g in gold:
            if g["id"] == "this_document" or g["type"] != p["type"]:
                continue
            score = 10 * len(ptexts & {norm_mention(x) for x in g.get("mentions", [])})
            for ps, pe in pspans:
                if any(ps < ge and gs < pe for gs, ge in gold_spans.get(g["id"], ())):
                    score += 1
            if score:
                pairs.append((-score, p["id"], g["id"]))
    used_g = set(mapping.values())
    for _, pid, gid in sorted(pairs):
        if pid in mapping or gid in used_g:
            continue
        mapping[pid] = gid
        used_g.add(gid)
    return mapping


def _triples(rels: list[dict], mapping: dict[str, str] | None = None) -> set[tuple]:
    out = set()
    for r in rels:
        s = r["subject"]
        o = r.get("object")
        if mapping is not None:
            s = mapping.get(s, "?" + s)
            o = mapping.get(o, "?" + o) if o is not None else None
        out.add((s, r["predicate"], o if o is not None else "^" + str(r.get("object_literal"))))
    return out


def evaluate_doc(pred: dict, gold: dict, text: str | None = None) -> DocReport:
    rep = DocReport(pred["doc"])
    mapping = _align(pred["entities"], gold["entities"], pred["doc"], text)
    gold_types = {g["id"]: g["type"] for g in gold["entities"]}
    matched_gold = set(mapping.values())
    for p in pred["entities"]:
        if p["id"] in mapping:
            rep.entities.tp += 1
            rep.entity_types[p["type"]].tp += 1
        else:
            rep.entities.fp += 1
            rep.entity_types[p["type"]].fp += 1
            rep.spurious_entities.append(f"{p['type']}:{p['id']}")
    for g in gold["entities"]:
        if g["id"] not in matched_gold:
            rep.entities.fn += 1
            rep.entity_types[g["type"]].fn += 1
            rep.missed_entities.append(f"{g['type']}:{g['id']} {g['mentions'][:2]}")
    pt = _triples(pred["relations"], mapping)
    gt = _triples(gold["relations"])
    for t in pt:
        if t in gt:
            rep.relations.tp += 1
            rep.predicates[t[1]].tp += 1
        else:
            rep.relations.fp += 1
            rep.predicates[t[1]].fp += 1
            rep.spurious_relations.append(t)
    for t in gt - pt:
        rep.relations.fn += 1
        rep.predicates[t[1]].fn += 1
        rep.missed_relations.append(t)
    del gold_types
    return rep


def evaluate(predictions: list[dict], gold: dict[str, dict], texts: dict[str, str] | None = None) -> list[DocReport]:
    """Score each prediction whose document has gold; ``texts`` (doc id → text) enables
    span-overlap alignment."""
    texts = texts or {}
    return [evaluate_doc(p, gold[p["doc"]], texts.get(p["doc"])) for p in predictions if p["doc"] in gold]


def _line(name: str, s: Score) -> str:
    return f"{name:<28} P {s.precision:5.3f}  R {s.recall:5.3f}  F1 {s.f1:5.3f}   (tp {s.tp}, fp {s.fp}, fn {s.fn})"


def format_report(reports: list[DocReport], verbose: bool = False) -> str:
    lines = []
    ent, rel = Score(), Score()
    types: dict[str, Score] = defaultdict(Score)
    preds: dict[str, Score] = defaultdict(Score)
    for r in reports:
        lines.append(f"== {r.doc}")
        lines.append(_line("  entities", r.entities))
        lines.append(_line("  relations", r.relations))
        if verbose:
            lines += [f"    missed entity   {x}" for x in r.missed_entities]
            lines += [f"    spurious entity {x}" for x in r.spurious_entities]
            lines += [f"    missed rel      {x}" for x in sorted(r.missed_relations)]
            lines += [f"    spurious rel    {x}" for x in sorted(r.spurious_relations)]
        ent.add(r.entities)
        rel.add(r.relations)
        for k, v in r.entity_types.items():
            types[k].add(v)
        for k, v in r.predicates.items():
            preds[k].add(v)
    lines.append("== by entity type")
    lines += [_line(f"  {k}", v) for k, v in sorted(types.items())]
    lines.append("== by predicate")
    lines += [_line(f"  {k}", v) for k, v in sorted(preds.items())]
    lines.append("== overall")
    lines.append(_line("  entities", ent))
    lines.append(_line("  relations", rel))
    return "\n".join(lines)
