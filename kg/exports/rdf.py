"""RDF serializations: N-Quads and TriG (the named graphs), JSON-LD (the named graphs, one
JSON-LD document), N-Triples and Turtle (the union of the graphs).

They are written from the build's blocks (:mod:`kg.graph.quads`): each named graph is
serialized once, when it is built (and cached with its document), and the files are its blocks
put together, streamed. Output is canonical: graphs in IRI order, lines sorted within a graph
(N-Quads) or in the whole union (N-Triples), Turtle and TriG grouped by subject in that order,
so the same corpus gives byte-identical files."""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from ..atomic import temp_name
from ..graph.quads import forget_record
from . import atomic_file, exporter

if TYPE_CHECKING:
    from ..api import BuildResult

__all__ = ["union_graph"]

BASENAME = "partkg"
#: held while partkg.nq is made: the store's full load and the N-Quads exporter both ask the
#: build's blocks for it (:meth:`kg.graph.quads.GraphBlocks.nquads_file`), and a rebuild runs
#: them side by side, in two threads
NQUADS_LOCK = threading.Lock()
#: exporter → the file it writes
FILES = {"turtle": f"{BASENAME}.ttl", "trig": f"{BASENAME}.trig", "jsonld": f"{BASENAME}.jsonld",
         "ntriples": f"{BASENAME}.nt", "nquads": f"{BASENAME}.nq"}


def spliced(result: "BuildResult", name: str) -> bool:
    """Whether the exporter ``name`` will splice its file from the previous build's (a record
    of that file is kept): its work is then copies in the kernel, not Python."""
    from ..graph.quads import _read_splice_record
    blocks = result.rdf
    return name in FILES and blocks is not None and blocks.previous is not None and \
        _read_splice_record(blocks.previous, FILES[name]) is not None


def union_graph(result: "BuildResult") -> Graph:
    """The union of the named graphs as an rdflib Graph (parses the dataset: small corpora)."""
    g = Graph()
    for prefix, ns in result.dataset.namespaces():
        g.bind(prefix, ns, override=True)
    for ctx in result.dataset.graphs():
        for t in ctx:
            g.add(t)
    return g


def _write(result: "BuildResult", path: Path, how: str) -> list[Path]:
    """Write one of the files made of a part per graph: spliced from the previous one where its
    record allows (:meth:`kg.graph.quads.GraphBlocks.write_spliced`); the new file's record is
    written once it is in place (none while it is being replaced)."""
    blocks = result.rdf_blocks()
    with atomic_file(path) as f:
        getattr(blocks, f"write_{how}")(f)
        if blocks.previous is not None:
            forget_record(blocks.previous, path.name)
    blocks.save_record(path.name, path)
    return [path]


@exporter("turtle")
def export_turtle(result: "BuildResult", out: Path) -> list[Path]:
    return _write(result, out / f"{BASENAME}.ttl", "turtle")


@exporter("trig")
def export_trig(result: "BuildResult", out: Path) -> list[Path]:
    return _write(result, out / f"{BASENAME}.trig", "trig")


def _place(src: Path, path: Path) -> list[Path]:
    """Put the build's file ``src`` at ``path`` atomically: a hard link (no copy) where the
    file system allows, else a copy."""
    tmp = temp_name(path)
    try:
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return [path]


@exporter("nquads")
def export_nquads(result: "BuildResult", out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    blocks = result.rdf_blocks()
    with NQUADS_LOCK:
        made = blocks.nquads_file()
    if blocks.previous is not None:
        forget_record(blocks.previous, f"{BASENAME}.nq")
    files = _place(made, out / f"{BASENAME}.nq")
    blocks.save_record(f"{BASENAME}.nq", files[0])
    return files


@exporter("ntriples")
def export_ntriples(result: "BuildResult", out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    blocks = result.rdf_blocks()
    made = blocks.union_file()
    if blocks.previous is not None:
        forget_record(blocks.previous, f"{BASENAME}.nt")
    files = _place(made, out / f"{BASENAME}.nt")
    blocks.save_record(f"{BASENAME}.nt", files[0])
    return files


@exporter("jsonld")
def export_jsonld(result: "BuildResult", out: Path) -> list[Path]:
    return _write(result, out / f"{BASENAME}.jsonld", "jsonld")

