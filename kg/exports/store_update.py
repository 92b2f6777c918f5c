"""Keep ``exports/store`` in step with the build without reloading it whole.

A full load of the store is the largest cost of a build that changed little (3.3 million quads:
about 20 s). So the store remembers, in ``.cache/store.json`` beside it, which block each named
graph was loaded from (:meth:`kg.graph.quads.GraphBlocks.content_keys`) and the build's IRI.
The next build copies the store (a RocksDB checkpoint: hard links, no data copied), clears the
graphs whose block changed or that are gone, loads the new blocks, and swaps the copy in, as a
full load does. Only ``graph/build`` names the build (a document's assertions are
``prov:wasGeneratedBy`` its own extraction activity, whose IRI changes only with its graph), so
after one edit the patch touches two graphs: the edited document's and ``graph/build``. It loads the store whole when there is no record, when the store on disk is not the
one recorded (its files changed), when the build has no cache keys, or when more than
:data:`MAX_CHANGED` of the graphs changed.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..atomic import write_atomic
from .store import LOAD_PIECE, load_nquads, replace_store

if TYPE_CHECKING:
    from ..graph.quads import GraphBlocks

__all__ = ["MAX_CHANGED", "update_store"]

#: Above this share of changed graphs, loading the store whole is faster than patching it.
MAX_CHANGED = 0.3
_RECORD = "store.json"
#: 2: the patch no longer moves prov:wasGeneratedBy from one build to the next (nothing to move)
_VERSION = 2


def _fingerprint(folder: Path) -> list[list]:
    """The store's files (name, size), leaving out RocksDB's info logs (a reader may add one)."""
    return sorted([p.name, p.stat().st_size] for p in folder.iterdir() if p.is_file() and not p.name.startswith("LOG"))


def _record_path(target: Path) -> Path:
    return target.parent / ".cache" / _RECORD


def _read_record(target: Path) -> dict | None:
    try:
        record = json.loads(_record_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("version") != _VERSION or not target.is_dir():
        return None
    try:
        if record.get("files") != _fingerprint(target):
            return None
    except OSError:
        return None
    return record


def _write_record(target: Path, build: str, graphs: dict[str, str] | None) -> None:
    path = _record_path(target)
    if graphs is None:
        try:
            path.unlink()
        except OSError:
            pass
        return
    write_atomic(path, json.dumps({"version": _VERSION, "build": build, "graphs": graphs, "files": _fingerprint(target)},
                                  sort_keys=True), durable=False)


def update_store(blocks: "GraphBlocks", target: Path) -> Path:
    """Make ``target`` hold the dataset of ``blocks``: patched when a record of what it holds
    allows, else loaded whole."""
    target = Path(target)
    keys = blocks.content_keys()
    record = _read_record(target) if keys is not None else None
    if record is not None and keys is not None:
        old: dict[str, str] = record["graphs"]
        changed = [g for g, k in keys.items() if old.get(g) != k]
        gone = [g for g in old if g not in keys]
        if len(changed) + len(gone) <= MAX_CHANGED * max(1, len(keys)):
            def patch(folder: Path) -> None:
                ox.Store.read_only(str(target)).backup(str(folder))
                store = ox.Store(str(folder))
                for g in gone:
                    store.remove_graph(ox.NamedNode(g))
                for g in changed:
                    if g in old:
                        store.clear_graph(ox.NamedNode(g))
                fresh = folder.parent / "changed.nq"
                with open(fresh, "wb") as f:
                    for data in blocks.sections("nquads", changed):
                        f.write(data)
                load_nquads(store, fresh)
                store.flush()
            replace_store(target, patch)
            _write_record(target, blocks.build_iri, keys)
            return target
    _write_record(target, blocks.build_iri, None)      # no record while the store is rewritten

    def load(folder: Path) -> None:        # loaded as partkg.nq is written (or read, if it is)
        from .rdf import NQUADS_LOCK
        store = ox.Store(str(folder))
        with NQUADS_LOCK:
            blocks.nquads_file(lambda piece: store.bulk_load(input=piece, format=ox.RdfFormat.N_QUADS, lenient=True),
                               LOAD_PIECE)
        store.flush()
        store.optimize()
    replace_store(target, load)
    _write_record(target, blocks.build_iri, keys)
    return target
