"""``exports/links.csv``: every entity of the graph that links to an external dataset.

One row per entity, sorted by id: its id and IRI, label, type, Wikidata QID, VIAF and GeoNames
ids, where the identifier was verified (the authority's ``source``, or the review that accepted
it) and the corpus documents that name it (``;``-separated). The same links are in the RDF as
``skos:exactMatch`` (see ontology/README.md).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import is_loaded, summary_of
from ..graph.build import entity_iri
from . import exporter, write_atomic

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["COLUMNS", "link_rows"]

COLUMNS = ("id", "label", "type", "wikidata", "viaf", "geonames", "source", "documents", "iri")


def link_rows(result: "BuildResult") -> list[dict[str, str]]:
    doc_ids = {ex.document.id for ex in result.extractions}
    docs: dict[str, set[str]] = {}
    for ex in result.extractions:
        for eid in (e.id for e in ex.entities) if is_loaded(ex) else (i for i, _ in summary_of(ex).entities):
            docs.setdefault(eid, set()).add(ex.document.id)
    rows = []
    for eid in sorted(docs):
        entry = result.authority.get(eid)
        links = dict(entry.links) if entry is not None else {}
        if not links:
            continue
        rows.append({
            "id": eid, "label": entry.label, "type": entry.type,
            "wikidata": links.get("wikidata", ""), "viaf": links.get("viaf", ""),
            "geonames": links.get("geonames", ""), "source": " ".join((entry.source or "").split()),
            "documents": ";".join(sorted(docs[eid])), "iri": str(entity_iri(eid, doc_ids)),
        })
    return rows


@exporter("links")
def export_links(result: "BuildResult", out: Path) -> list[Path]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(link_rows(result))
    return [write_atomic(out / "links.csv", buf.getvalue())]
