"""``exports/store/``: the dataset in an on-disk Oxigraph store, for fast SPARQL.

``kg query`` and ``kg serve`` open this store read-only instead of parsing the exports again.
The store is written into a temporary folder beside it and renamed into place, so a build that
is interrupted leaves the previous store as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from ..atomic import temp_name
from ..query.engine import STORE_DIR
from . import exporter

if TYPE_CHECKING:
    from rdflib import Dataset

    from ..api import BuildResult

__all__ = ["STORE_DIR", "dataset_quads", "export_store", "load_nquads", "replace_store", "write_store"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(t, cache: dict):
    try:
        return cache[t]
    except KeyError:
        pass
    if isinstance(t, URIRef):
        o = ox.NamedNode(str(t))
    elif isinstance(t, Literal):
        if t.language:
            o = ox.Literal(str(t), language=t.language)
        elif t.datatype is not None and str(t.datatype) != _XSD_STRING:
            o = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        else:
            o = ox.Literal(str(t))
    elif isinstance(t, BNode):
        o = ox.BlankNode(str(t))
    else:   # pragma: no cover - rdflib variables and the like never reach a built dataset
        raise TypeError(f"cannot store RDF term {t!r}")
    cache[t] = o
    return o


def dataset_quads(dataset: "Dataset") -> Iterator[ox.Quad]:
    """The quads of an rdflib Dataset as pyoxigraph quads (no serialization in between)."""
    cache: dict = {}
    for ctx in dataset.graphs():
        ident = ctx.identifier
        g = ox.DefaultGraph() if str(ident) == "urn:x-rdflib:default" else _term(ident, cache)
        for s, p, o in ctx:
            yield ox.Quad(_term(s, cache), _term(p, cache), _term(o, cache), g)


def write_store(quads: Iterable[ox.Quad] | Path, target: Path) -> Path:
    """Write ``quads`` (or an N-Quads file) into a new store at ``target``, replacing any store
    there only at the end."""
    def fill(folder: Path) -> None:
        store = ox.Store(str(folder))
        if isinstance(quads, Path):
            load_nquads(store, quads)
        else:
            store.bulk_extend(quads)
        store.flush()
        store.optimize()
    return replace_store(target, fill)


#: N-Quads go to Oxigraph's bulk loader in pieces of about this size: given 800 MB at once it
#: held 1.9 GB of memory; in 64 MB pieces, under 500 MB, in the same time.
LOAD_PIECE = 64 << 20


def load_nquads(store: ox.Store, path: Path) -> None:
    """Bulk-load an N-Quads file (written by partkg: valid, one statement a line) in pieces."""
    with open(path, "rb") as f:
        while True:
            piece = f.read(LOAD_PIECE)
            if not piece:
                return
            store.bulk_load(input=piece + f.readline(), format=ox.RdfFormat.N_QUADS, lenient=True)


def replace_store(target: Path, fill: Callable[[Path], None]) -> Path:
    """Make a store with ``fill(folder)`` (``folder`` does not exist yet) beside ``target``,
    then put it in ``target``'s place."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = temp_name(target)
    tmp = staging / target.name
    try:
        staging.mkdir()
        fill(tmp)
        # The store ``fill`` opened is closed when ``fill`` returns (its frame held the only
        # reference). No gc.collect() here: a full collection walks every object of the build
        # (3,000 extractions at 1000×: seconds, holding the GIL the main thread's exporters need).
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            os.rename(target, old / target.name)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


@exporter("store")
def export_store(result: "BuildResult", out: Path) -> list[Path]:
    from .store_update import update_store
    return [update_store(result.rdf_blocks(), out / STORE_DIR)]
