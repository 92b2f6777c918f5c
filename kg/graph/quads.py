"""The dataset as serialized blocks, one per named graph: how a large corpus is built and
written without holding an RDF graph in memory.

:mod:`kg.graph.build` makes each graph's triples as N-Triples term strings; :func:`make_block`
sorts them and writes the graph at once in four forms (:class:`Block`): N-Quads lines, N-Triples
lines, a TriG block and a JSON-LD graph object. A document's block depends only on its own
extraction, so it is cached beside the extraction (:class:`BlockCache`) and an unchanged document
costs a file read on the next build. :class:`GraphBlocks` holds the blocks of one build in graph
order and writes the exports by concatenation:

    partkg.nq     the N-Quads blocks, graph after graph (IRI order), lines sorted in each graph
    partkg.trig   the prefixes, then the TriG blocks in the same order
    partkg.jsonld one JSON-LD document: a context, then one graph object per named graph
    partkg.nt     the union: every triple once, lines sorted (merged from the N-Triples blocks)
    partkg.ttl    the union as Turtle: the graphs' statements in turn, without the graphs (a
                  triple two graphs state is written twice; any parser reads it once)

So the same corpus gives byte-identical files, whatever the process, and every file is
streamed: memory holds one block at a time (a file reads only the section of each block it
needs), or one run of the union's lines while they are sorted.

A document's block names nothing that depends on the other documents or on the build: its
assertions are ``prov:wasGeneratedBy`` the document's own extraction activity (its IRI a digest of
the graph, see :func:`kg.graph.build.document_block`), which the block's header names, so the small
``graph/build`` can link the build to it without reading the block. The build's IRI stands only in
``graph/build``; a rebuild rewrites that graph and the changed documents' graphs, nothing else.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import os
import re
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from ..atomic import write_atomic
from ..cache import prune_unused

__all__ = ["Block", "BlockCache", "GraphBlocks", "NS", "blocks_from_dataset",
           "lit", "lit_lang", "lit_typed", "make_block", "nt_iri", "nt_term"]

#: Namespaces the TriG, Turtle and JSON-LD exports abbreviate (prefix → IRI).
NS = {
    "dcterms": "http://purl.org/dc/terms/", "doc": "https://w3id.org/partkg/doc/",
    "graph": "https://w3id.org/partkg/graph/", "id": "https://w3id.org/partkg/id/",
    "oa": "http://www.w3.org/ns/oa#", "owl": "http://www.w3.org/2002/07/owl#",
    "pkg": "https://w3id.org/partkg/ontology#", "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_PREFIX_OF = {ns: p for p, ns in NS.items()}
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")

#: Bytes a spliced file gathers before writing them (fewer, larger writes).
WRITE_PIECE = 1 << 20

#: The union's lines are sorted in memory in runs of about this many bytes, then merged.
RUN_BYTES = 64 << 20

#: The version of the splice records (``.cache/rdf/*.json``); a record of another version is not
#: used (2: no build IRI to patch in the files).
RECORD_VERSION = 2

# ------------------------------------------------------------------------- N-Triples terms
# Canonical N-Triples, as Oxigraph writes it: \t \b \n \f \r \" \\ escaped, other control
# characters as \\uXXXX, everything else (any Unicode) as it is.
_ESCAPE = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPE.update({0x09: "\\t", 0x08: "\\b", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _esc(s: str) -> str:
    return s.translate(_ESCAPE) if _NEEDS_ESCAPE.search(s) else s


def nt_iri(iri: str) -> str:
    """``<iri>``; characters an IRI may not hold are percent-encoded (never met in a build)."""
    if _BAD_IRI.search(iri):
        iri = _BAD_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)
    return f"<{iri}>"


def lit(value: str) -> str:
    return f'"{_esc(value)}"'


def lit_lang(value: str, lang: str) -> str:
    return f'"{_esc(value)}"@{lang.lower()}'


def lit_typed(value: str, datatype: str) -> str:
    if datatype == _XSD_STRING:
        return lit(value)
    return f'"{_esc(value)}"^^<{datatype}>'


def nt_term(t) -> str:
    """An rdflib or pyoxigraph term as N-Triples (blank nodes are never built)."""
    from rdflib import Literal, URIRef
    if isinstance(t, URIRef):
        return nt_iri(str(t))
    if isinstance(t, Literal):
        if t.language:
            return lit_lang(str(t), t.language)
        return lit_typed(str(t), str(t.datatype)) if t.datatype is not None else lit(str(t))
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return nt_iri(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return lit_lang(t.value, t.language)
        return lit_typed(t.value, t.datatype.value)
    raise TypeError(f"cannot write RDF term {t!r}: the graph has IRIs and literals only")


# ------------------------------------------------------------------------------- one block
@dataclass(frozen=True)
class Block:
    """One named graph, serialized four ways (UTF-8). ``triples``: how many (distinct);
    ``activity``: the IRI of the activity that generated the graph's statements, when it has one
    (a document's extraction; kept in the header, read by :meth:`read_activity`)."""

    graph: str          # the graph's IRI
    nquads: bytes
    ntriples: bytes
    trig: bytes
    jsonld: bytes
    triples: int
    activity: str = ""

    _MAGIC = b"partkg-block/2"
    _FIELDS = 8          # magic, triples, activity ("-": none), the five sections' sizes

    def dump(self) -> bytes:
        parts = (self.graph.encode(), self.nquads, self.ntriples, self.trig, self.jsonld)
        head = b" ".join([self._MAGIC, str(self.triples).encode(), self.activity.encode() or b"-",
                          *(str(len(p)).encode() for p in parts)])
        return head + b"\n" + b"".join(parts)

    @classmethod
    def _header(cls, head: bytes) -> tuple[list[bytes], list[int]]:
        fields = head.rstrip(b"\n").split(b" ")
        if len(fields) != cls._FIELDS or fields[0] != cls._MAGIC:
            raise ValueError("not a graph block")
        return fields, [int(x) for x in fields[3:]]

    @classmethod
    def read_activity(cls, path: Path) -> str:
        """The activity named in the header of the block stored at ``path`` ("" if none)."""
        with open(path, "rb") as f:
            fields, _ = cls._header(f.readline())
        return "" if fields[2] == b"-" else fields[2].decode()

    SECTIONS = ("graph", "nquads", "ntriples", "trig", "jsonld")

    @classmethod
    def read_section(cls, path: Path, section: str) -> bytes:
        """One section of the block stored at ``path``, without reading the others."""
        index = cls.SECTIONS.index(section)
        with open(path, "rb") as f:
            head = f.readline()
            _, sizes = cls._header(head)
            f.seek(len(head) + sum(sizes[:index]))
            data = f.read(sizes[index])
        if len(data) != sizes[index]:
            raise ValueError("truncated graph block")
        return data

    @classmethod
    def load(cls, data: bytes) -> "Block":
        head, _, rest = data.partition(b"\n")
        fields, sizes = cls._header(head)
        if sum(sizes) != len(rest):
            raise ValueError("truncated graph block")
        parts, at = [], 0
        for n in sizes:
            parts.append(rest[at:at + n])
            at += n
        return cls(parts[0].decode(), parts[1], parts[2], parts[3], parts[4], int(fields[1]),
                   "" if fields[2] == b"-" else fields[2].decode())


class _Compactor:
    """Prefixed names for IRIs (``pkg:Document``), when the local part is a plain name."""

    def __init__(self) -> None:
        self.memo: dict[str, str | None] = {}

    def __call__(self, iri: str) -> str | None:
        try:
            return self.memo[iri]
        except KeyError:
            pass
        cut = max(iri.rfind("#"), iri.rfind("/")) + 1
        prefix = _PREFIX_OF.get(iri[:cut])
        local = iri[cut:]
        out = f"{prefix}:{local}" if prefix and _LOCAL.match(local) else None
        self.memo[iri] = out
        return out

    def turtle(self, term: str) -> str:
        """An N-Triples term as Turtle: IRIs and datatypes abbreviated where they can be,
        integers and booleans bare."""
        if term[0] == "<":
            return self(term[1:-1]) or term
        if term[-1] == ">":
            cut = term.rfind("^^<")
            datatype = term[cut + 3:-1]
            if datatype == _XSD_INTEGER and _INTEGER.match(term, 1, cut - 1):
                return term[1:cut - 1]
            if datatype == _XSD_BOOLEAN and term[1:cut - 1] in ("true", "false"):
                return term[1:cut - 1]
            short = self(datatype)
            if short:
                return f"{term[:cut]}^^{short}"
        return term

    def jsonld_id(self, iri: str) -> str:
        return self(iri) or iri

    def jsonld_value(self, term: str) -> str:
        """An N-Triples term as a JSON-LD value (JSON text)."""
        if term[0] == "<":
            return f'{{"@id": "{self.jsonld_id(term[1:-1])}"}}'
        end = term.rfind('"')
        rest = term[end + 1:]
        if not rest:
            return term
        if rest[0] == "@":
            return f'{{"@value": {term[:end + 1]}, "@language": "{rest[1:]}"}}'
        return f'{{"@value": {term[:end + 1]}, "@type": "{self.jsonld_id(rest[3:-1])}"}}'


def _split(line: str) -> tuple[str, str, str]:
    """An N-Triples line (without ``" ."``) → subject, predicate, object."""
    s, p, o = line.split(" ", 2)
    return s, p, o


def _turtle_body(triples: Iterable[tuple[str, str, str]], c: _Compactor, indent: str, out: list[str]) -> None:
    """Statements grouped by subject and predicate (input sorted), each ending in " ." """
    subj = pred = None
    for s, p, o in triples:
        ot = c.turtle(o)
        if s == subj:
            if p == pred:
                out.append(f", {ot}")
            else:
                out.append(f" ;\n{indent}\t{'a' if p == _RDF_TYPE else c.turtle(p)} {ot}")
        else:
            if subj is not None:
                out.append(" .\n")
            out.append(f"{indent}{c.turtle(s)} {'a' if p == _RDF_TYPE else c.turtle(p)} {ot}")
        subj, pred = s, p
    if subj is not None:
        out.append(" .\n")


def _jsonld_nodes(triples: Iterable[tuple[str, str, str]], c: _Compactor) -> list[str]:
    """One JSON-LD node object per subject (input sorted), written directly: an N-Triples
    literal's escapes are JSON's, and IRIs hold nothing JSON must escape (see :func:`nt_iri`)."""
    nodes: list[str] = []
    subj = pred = None
    types: list[str] = []
    props: list[str] = []
    values: list[str] = []

    def close_pred() -> None:
        if values:
            props.append(f'"{c.jsonld_id(pred[1:-1])}": [{", ".join(values)}]')   # type: ignore[index]
            values.clear()

    def close_node() -> None:
        close_pred()
        head = f'{{"@id": "{c.jsonld_id(subj[1:-1])}"'   # type: ignore[index]
        if types:
            head += ', "@type": [' + ", ".join(types) + "]"
        nodes.append(head + "".join(f", {x}" for x in props) + "}")
        types.clear()
        props.clear()

    for s, p, o in triples:
        if s != subj:
            if subj is not None:
                close_node()
            subj, pred = s, None
        if p == _RDF_TYPE and o[0] == "<":
            types.append(f'"{c.jsonld_id(o[1:-1])}"')
            continue
        if p != pred:
            close_pred()
            pred = p
        values.append(c.jsonld_value(o))
    if subj is not None:
        close_node()
    return nodes


def make_block(graph: str, triples: Iterable[tuple[str, str, str]], activity: str = "") -> Block:
    """The block of the graph ``graph`` (an IRI) holding ``triples`` (N-Triples terms);
    ``activity``: the IRI of the activity that generated them, if any (see :class:`Block`)."""
    ordered = sorted(set(triples))
    g = nt_iri(graph)
    c = _Compactor()
    lines = [f"{s} {p} {o}" for s, p, o in ordered]
    nq = "".join(f"{ln} {g} .\n" for ln in lines)
    nt = "".join(f"{ln} .\n" for ln in lines)
    trig: list[str] = [f"{c.turtle(g)} {{\n"]
    _turtle_body(ordered, c, "\t", trig)
    trig.append("}\n")
    nodes = _jsonld_nodes(ordered, c)
    jsonld = f'{{"@id": {json.dumps(c.jsonld_id(graph), ensure_ascii=False)}, "@graph": [\n' + ",\n".join(nodes) + "]}"
    return Block(graph, nq.encode(), nt.encode(), "".join(trig).encode(), jsonld.encode(), len(ordered), activity)


def blocks_from_dataset(ds) -> list[Block]:
    """The blocks of an rdflib Dataset (its named graphs that hold triples)."""
    out = []
    for ctx in ds.graphs():
        ident = str(ctx.identifier)
        if ident == "urn:x-rdflib:default" or not len(ctx):
            continue
        out.append(make_block(ident, ((nt_term(s), nt_term(p), nt_term(o)) for s, p, o in ctx)))
    return out


# ------------------------------------------------------------------------------- the cache
class BlockCache:
    """Blocks on disk under ``folder``, by key; entries a build did not use are pruned."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.block"

    def has(self, key: str) -> bool:
        self.used.add(key)
        ok = self.path(key).is_file()
        if ok:
            self.hits += 1
        else:
            self.misses += 1
        return ok

    def put(self, key: str, block: Block) -> Path:
        self.used.add(key)
        path = self.path(key)
        return write_atomic(path, block.dump(), durable=False)   # a lost entry is only a miss next time

    def prune(self) -> int:
        """Remove the blocks this build did not use; return how many."""
        return prune_unused(self.folder, self.used)


# -------------------------------------------------------------------- the blocks of a build
def _read_block(src: "Path | Block") -> Block:
    if isinstance(src, Block):
        return src
    return Block.load(src.read_bytes())


class GraphBlocks:
    """The named graphs of one build, in IRI order, as blocks (on disk or in memory), and the
    exports made from them. ``work``: a folder for the files made on the way (the merged
    N-Quads and union); removed when this object goes."""

    def __init__(self, sources: Iterable[tuple[str, "Path | Block"]], build_iri: str, work: Path | None = None,
                 keys: dict[str, str] | None = None) -> None:
        by_graph: dict[str, list[Path | Block]] = {}
        for graph, src in sources:
            by_graph.setdefault(graph, []).append(src)
        self.entries = sorted(by_graph.items())
        #: graph → a key naming its block's content (the cache's key), where one is known
        self.keys = {g: k for g, k in (keys or {}).items() if len(by_graph.get(g, ())) == 1}
        self.build_iri = build_iri
        self._work_parent = work
        self._work: Path | None = None
        self._nquads: Path | None = None
        self._union: Path | None = None
        self.union_triples: int | None = None
        #: the exports folder of the previous build, whose files a rebuild splices (see
        #: :meth:`write_spliced`); None: every file is written from the blocks
        self.previous: Path | None = None
        #: file name → the splice record of the file just made (written once the file is in place)
        self.records: dict[str, dict] = {}

    def sections(self, section: str, only: Iterable[str] | None = None) -> Iterator[bytes]:
        """One section (``nquads``, ``ntriples``, ``trig``, ``jsonld``) of each graph's block: a
        block on disk is read only as far as that section."""
        wanted = None if only is None else set(only)
        for graph, srcs in self.entries:
            if wanted is not None and graph not in wanted:
                continue
            if len(srcs) == 1 and not isinstance(srcs[0], Block):
                yield Block.read_section(srcs[0], section)
            else:
                yield getattr(next(self.blocks([graph])), section)

    def blocks(self, only: Iterable[str] | None = None) -> Iterator[Block]:
        """Each graph's block (or those of the graphs ``only``); two blocks of one graph (two
        documents whose ids slug alike) are merged."""
        wanted = None if only is None else set(only)
        for graph, srcs in self.entries:
            if wanted is not None and graph not in wanted:
                continue
            if len(srcs) == 1:
                yield _read_block(srcs[0])
                continue
            triples: list[tuple[str, str, str]] = []
            for src in srcs:
                triples.extend(_split(ln[:-2]) for ln in _read_block(src).ntriples.decode().split("\n") if ln)
            yield make_block(graph, triples)

    @property
    def graphs(self) -> list[str]:
        return [g for g, _ in self.entries]

    def content_keys(self, *, small: int = 1 << 20) -> dict[str, str] | None:
        """Graph → a digest of its block, or None when a large block has no cache key (a build
        without the cache)."""
        out: dict[str, str] = {}
        for graph, srcs in self.entries:
            if graph in self.keys:
                out[graph] = self.keys[graph]
                continue
            if any(not isinstance(src, Block) and src.stat().st_size > small for src in srcs):
                return None
            h = hashlib.sha256()
            for src in srcs:
                h.update(_read_block(src).nquads)
            out[graph] = h.hexdigest()
        return out

    @property
    def quads(self) -> int:
        """How many statements, counting a triple once per graph that states it."""
        return sum(_count(src) for _, srcs in self.entries for src in srcs)

    def work(self) -> Path:
        if self._work is None:
            parent = self._work_parent
            if parent is not None:
                parent.mkdir(parents=True, exist_ok=True)
            self._work = Path(tempfile.mkdtemp(prefix=".partkg-rdf-", dir=parent))
            weakref.finalize(self, shutil.rmtree, self._work, True)
        return self._work

    # ---------------------------------------------------------------------------- writers
    def write_nquads(self, f: IO[bytes]) -> None:
        self.write_spliced(f, "partkg.nq")

    def write_trig(self, f: IO[bytes]) -> None:
        self.write_spliced(f, "partkg.trig")

    def write_jsonld(self, f: IO[bytes]) -> None:
        self.write_spliced(f, "partkg.jsonld")

    # ----------------------------------------------------------------------------- splicing
    # A file made of one part per graph (N-Quads, TriG, JSON-LD, Turtle) is written with a
    # record (``.cache/rdf/<file>.json``): each graph's key (its block's cache key, or a digest of
    # a block made in memory), where its part starts and how long it is. A rebuild copies the part
    # of every graph whose key is unchanged from the previous file (``os.copy_file_range``: no
    # bytes through Python) and writes the others from their blocks. No part names the build but
    # ``graph/build``'s (a document's statements name its own extraction activity), so a rebuild
    # after one edit costs the changed graphs plus a copy of the file, not a re-serialization of
    # every graph, nor a patch of every part.

    def _layout(self, name: str) -> tuple[bytes, bytes, bytes, bytes, str, Callable[[bytes], bytes] | None]:
        """File name → (head, separator before the first part, separator before the others,
        tail, the block section a part is made of, a transformation of that section)."""
        if name == "partkg.nq":
            return b"", b"", b"", b"", "nquads", None
        if name == "partkg.trig":
            return _prefix_lines().encode(), b"\n", b"\n", b"", "trig", None
        if name == "partkg.ttl":
            return _prefix_lines().encode(), b"\n", b"\n", b"", "trig", _turtle_part
        if name == "partkg.jsonld":
            context = json.dumps(dict(sorted(NS.items())), ensure_ascii=False)
            return f'{{"@context": {context},\n"@graph": [\n'.encode(), b"", b",\n", b"\n]}\n", "jsonld", None
        raise ValueError(f"no layout for {name}")

    def _raw(self, srcs: list, section: str) -> bytes:
        """One graph's section."""
        if len(srcs) == 1 and not isinstance(srcs[0], Block):
            return Block.read_section(srcs[0], section)
        if len(srcs) == 1:
            return getattr(srcs[0], section)
        graph = next(g for g, s in self.entries if s is srcs)
        return getattr(next(self.blocks([graph])), section)

    def _part_key(self, graph: str, srcs: list, section: str) -> str | None:
        if graph in self.keys:
            return self.keys[graph]
        if len(srcs) == 1 and isinstance(srcs[0], Block):       # made in memory: small
            return "sha256:" + hashlib.sha256(getattr(srcs[0], section)).hexdigest()
        return None

    def write_spliced(self, f: IO[bytes], name: str, tap: Callable[[bytes], object] | None = None) -> dict:
        """Write the file ``name`` (see :meth:`_layout`) into ``f``, splicing the previous build's
        file where its record allows; the record of the new file is kept in :attr:`records`.
        ``tap``: also receives every byte written, in order (then nothing is spliced)."""
        head, first_sep, sep, tail, section, transform = self._layout(name)
        old = _read_splice_record(self.previous, name) if self.previous is not None and tap is None else None
        f.flush()
        fd = f.fileno()
        at = os.lseek(fd, 0, os.SEEK_CUR)     # where the next byte goes (written, buffered or to copy)
        start = at
        graphs: list[list] = []
        buf: list[bytes] = []                 # bytes to write, in order, before anything copied next
        buffered = 0
        copy = [0, 0]                         # a stretch of the old file to copy next: (offset, length)

        def write_out() -> None:
            nonlocal buffered
            if buf:
                view = memoryview(b"".join(buf) if len(buf) > 1 else buf[0])
                while view:
                    view = view[os.write(fd, view):]
                buf.clear()
                buffered = 0

        def copy_out() -> None:
            if copy[1]:
                _copy_range(src_fd, fd, copy[0], copy[1])     # type: ignore[arg-type]
                copy[1] = 0

        def put(data: bytes) -> None:
            nonlocal at, buffered
            if not data:
                return
            if tap is not None:
                tap(data)
            copy_out()
            buf.append(data)
            buffered += len(data)
            at += len(data)
            if buffered >= WRITE_PIECE:
                write_out()

        def take(offset: int, length: int) -> None:
            """Copy ``length`` bytes of the old file from ``offset``: one stretch with the copy
            before when they follow it there (one system call for a run of unchanged graphs, not
            one per graph: a thread that calls into the kernel gives up the GIL, and waits for
            it again after every call while the main thread computes)."""
            nonlocal at
            if copy[1] and copy[0] + copy[1] == offset:
                copy[1] += length
            else:
                copy_out()
                write_out()
                copy[0], copy[1] = offset, length
            at += length

        src_fd = None
        try:
            if old is not None:
                src_fd = os.open(self.previous / name, os.O_RDONLY)     # type: ignore[operator]
                old_parts = {g: (k, o, n, j) for j, (g, k, o, n) in enumerate(old["graphs"])}
            put(head)
            for i, (graph, srcs) in enumerate(self.entries):
                key = self._part_key(graph, srcs, section)
                if src_fd is not None and key is not None and old_parts.get(graph, (None,))[0] == key:
                    _, o, n, j = old_parts[graph]
                    if i > 0 and j > 0 and sep:            # the old file has the separator before the part too
                        take(o - len(sep), len(sep) + n)
                    else:
                        put(first_sep if i == 0 else sep)
                        take(o, n)
                    graphs.append([graph, key, at - start - n, n])
                    continue
                put(first_sep if i == 0 else sep)
                data = self._raw(srcs, section)
                if transform is not None:
                    data = transform(data)
                graphs.append([graph, key, at - start, len(data)])
                put(data)
            put(tail)
            copy_out()
            write_out()
        finally:
            if src_fd is not None:
                os.close(src_fd)
        os.lseek(fd, at, os.SEEK_SET)
        record = {"version": RECORD_VERSION, "build": self.build_iri, "graphs": graphs, "spliced": old is not None}
        self.records[name] = record
        return record

    def save_record(self, name: str, path: Path) -> None:
        """Record the file ``name`` just put at ``path`` (for the next build to splice)."""
        record = self.records.get(name)
        if record is None or self.previous is None:
            return
        _write_splice_record(self.previous, name, record, path)

    def nquads_file(self, pieces: Callable[[bytes], object] | None = None, piece_size: int = 64 << 20) -> Path:
        """The dataset as one N-Quads file (made once per build). ``pieces``, when the file is
        made now, also receives its content in pieces of about ``piece_size`` bytes (whole
        lines), as they are written (the store loads them on the way)."""
        if self._nquads is None:
            path = self.work() / "partkg.nq"
            if self.previous is not None and _read_splice_record(self.previous, "partkg.nq") is not None:
                with open(path, "wb") as f:          # spliced; the pieces are read back below
                    self.write_spliced(f, "partkg.nq")
                    os.fsync(f.fileno())
                self._nquads = path
                return self.nquads_file(pieces, piece_size)
            buf: list[bytes] = []
            size = 0

            def tap(data: bytes) -> None:
                nonlocal buf, size
                buf.append(data)
                size += len(data)
                if size >= piece_size:
                    pieces(b"".join(buf))      # type: ignore[misc]
                    buf, size = [], 0

            with open(path, "wb") as f:
                self.write_spliced(f, "partkg.nq", tap=tap if pieces is not None else None)
                if buf and pieces is not None:
                    pieces(b"".join(buf))
                os.fsync(f.fileno())
            self._nquads = path
            return path
        if pieces is not None:
            with open(self._nquads, "rb") as f:
                while True:
                    piece = f.read(piece_size)
                    if not piece:
                        break
                    pieces(piece + f.readline())
        return self._nquads

    def union_file(self) -> Path:
        """The union as sorted N-Triples lines, one file (made once per build).

        A rebuild whose previous union has a record (``.cache/rdf/partkg.nt.json``) edits it:
        the lines whose number of stating graphs goes to or from zero with the changed graphs
        (old blocks against new) are removed or inserted where they sort, everything between is
        copied. Otherwise it is merged: the
        blocks' lines are sorted in runs of about :data:`RUN_BYTES` (Timsort merges the blocks'
        own sorted runs), each run written out, and the runs merged line by line: memory holds
        one run, not the union. Either way the lines two graphs or more state are counted
        (``partkg.nt.shared``), for the next build's edit."""
        if self._union is None:
            old = _read_splice_record(self.previous, "partkg.nt") if self.previous is not None else None
            if old is not None:
                try:
                    self._union = self._edit_union(old)
                except (OSError, ValueError, KeyError, TypeError):     # a record that does not fit: merge
                    self._union = None
            if self._union is None:
                self._union = self._merge_union()
        return self._union

    def _nt_parts(self) -> tuple[dict[str, str], dict[str, bytes]]:
        """Graph → the key of its N-Triples (None: no key), and the raw N-Triples of the graphs
        made in memory (kept beside the record: a block cache holds the others)."""
        keys: dict[str, str] = {}
        memory: dict[str, bytes] = {}
        for graph, srcs in self.entries:
            key = self._part_key(graph, srcs, "ntriples")
            if key is None:
                raise ValueError(f"no key for the graph {graph}")
            keys[graph] = key
            if len(srcs) == 1 and isinstance(srcs[0], Block):
                memory[key] = srcs[0].ntriples
        return keys, memory

    def _save_union_extras(self, shared: dict[bytes, int]) -> dict | None:
        """The record's graph keys; the in-memory graphs' lines and the shared lines, saved."""
        if self.previous is None:
            return None
        try:
            keys, memory = self._nt_parts()
        except ValueError:
            return None
        folder = self.previous / ".cache" / "rdf" / "nt-parts"
        folder.mkdir(parents=True, exist_ok=True)
        for key, data in memory.items():
            path = folder / f"{key.split(':')[-1]}.nt"
            if not path.exists():
                tmp = path.with_name(f".{path.name}.{os.getpid()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        for path in folder.iterdir():
            if path.suffix == ".nt" and f"sha256:{path.stem}" not in memory:
                path.unlink()
        name = f"partkg.nt.{hashlib.sha1(self.build_iri.encode()).hexdigest()[:12]}.shared"
        tmp = folder.parent / f".{name}.{os.getpid()}"
        with open(tmp, "wb") as f:
            for line, n in sorted(shared.items()):
                f.write(b"%d %s" % (n, line))
        os.replace(tmp, folder.parent / name)
        for path in folder.parent.glob("partkg.nt.*.shared"):     # the previous build's, read already
            if path.name != name:
                path.unlink()
        return {"graphs": keys, "shared": name}

    def _old_lines(self, graph: str, key: str, sources: dict[str, Path]) -> bytes:
        """The N-Triples the previous build had for ``graph`` under ``key``."""
        if key.startswith("sha256:"):
            return (self.previous / ".cache" / "rdf" / "nt-parts" / f"{key[7:]}.nt").read_bytes()  # type: ignore[operator]
        folder = sources.get("folder")
        if folder is None:
            raise ValueError("no block cache to read the old graph from")
        return Block.read_section(folder / key[:2] / f"{key}.block", "ntriples")

    def _edit_union(self, old: dict) -> Path | None:
        import mmap
        from collections import Counter
        keys, memory = self._nt_parts()
        old_keys: dict[str, str] = old["graphs"]
        cache_folder = next((Path(srcs[0]).parent.parent for g, srcs in self.entries if g in self.keys
                             and not isinstance(srcs[0], Block)), None)
        sources = {"folder": cache_folder} if cache_folder is not None else {}
        delta: Counter = Counter()
        changed = [g for g in sorted(set(keys) | set(old_keys)) if keys.get(g) != old_keys.get(g)]
        if len(changed) > max(8, len(keys) // 10):
            return None                    # much changed: merging is as fast
        by_graph = dict(self.entries)
        for graph in changed:
            if graph in old_keys:
                for ln in _lines(self._old_lines(graph, old_keys[graph], sources)):
                    delta[ln] -= 1
            if graph in keys:
                for ln in _lines(self._raw(by_graph[graph], "ntriples")):
                    delta[ln] += 1
        shared: dict[bytes, int] = {}
        with open(self.previous / ".cache" / "rdf" / Path(old["shared"]).name, "rb") as f:   # type: ignore[operator]
            for row in f:
                n, _, line = row.partition(b" ")
                shared[line] = int(n)
        src_path = self.previous / "partkg.nt"         # type: ignore[operator]
        work = self.work()
        path = work / "partkg.nt"
        edits: list[tuple[int, int, bytes]] = []        # (position, 0 insert / 1 delete, line)
        count = old["count"]
        with open(src_path, "rb") as src:
            size = os.fstat(src.fileno()).st_size
            mm = mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
            try:
                for line, d in delta.items():
                    if not d:
                        continue
                    before = shared.get(line)
                    pos = _lower_bound(mm, line)
                    found = mm[pos:pos + len(line)] == line
                    if before is None:
                        before = 1 if found else 0
                    elif not found:
                        raise ValueError("a shared line is not in the union")
                    after = before + d
                    if after < 0:
                        raise ValueError("a line the old graphs stated is not in the union")
                    if after >= 2:
                        shared[line] = after
                    else:
                        shared.pop(line, None)
                    if before == 0 and after > 0:
                        edits.append((pos, 0, line))
                        count += 1
                    elif before > 0 and after == 0:
                        edits.append((pos, 1, line))
                        count -= 1
                edits.sort()
                with open(path, "wb") as out:
                    fd = out.fileno()
                    cursor = 0
                    for pos, kind, line in edits:
                        if pos > cursor:
                            _copy_range(src.fileno(), fd, cursor, pos - cursor)
                            cursor = pos
                        if kind == 0:
                            os.write(fd, line)
                        else:
                            if pos != cursor:
                                raise ValueError("overlapping edits")
                            cursor = pos + len(line)
                    if size > cursor:
                        _copy_range(src.fileno(), fd, cursor, size - cursor)
                    os.fsync(fd)
            finally:
                if size:
                    mm.close()                      # type: ignore[union-attr]
        self.union_triples = count
        extras = self._save_union_extras(shared)
        if extras is None:
            raise ValueError("no record")
        self.records["partkg.nt"] = {"version": RECORD_VERSION, "build": self.build_iri, "count": count,
                                     "spliced": True, **extras}
        return path

    def _merge_union(self) -> Path:
        work = self.work()
        runs: list[Path] = []
        lines: list[bytes] = []
        size = 0

        def spill() -> None:
            lines.sort()
            run = work / f"union-{len(runs)}.nt"
            with open(run, "wb", buffering=1 << 20) as f:
                f.writelines(lines)             # duplicates kept: the merge counts them
            runs.append(run)
            lines.clear()

        for data in self.sections("ntriples"):
            lines.extend(data.splitlines(keepends=True) if b"\r" not in data else _lines(data))
            size += len(data)
            if size >= RUN_BYTES:
                spill()
                size = 0
        if lines or not runs:
            spill()
        path = work / "partkg.nt"
        count = 0
        shared: dict[bytes, int] = {}
        files = [open(r, "rb") for r in runs]
        try:
            with open(path, "wb", buffering=1 << 20) as out:
                last = None
                n = 0
                for line in (files[0] if len(files) == 1 else heapq.merge(*files)):
                    if line == last:
                        n += 1
                        continue
                    if n > 1:
                        shared[last] = n               # type: ignore[index]
                    out.write(line)
                    count += 1
                    last, n = line, 1
                if n > 1:
                    shared[last] = n                   # type: ignore[index]
                out.flush()
                os.fsync(out.fileno())
        finally:
            for f in files:
                f.close()
        for run in runs:
            run.unlink()
        self.union_triples = count
        extras = self._save_union_extras(shared)
        if extras is not None:
            self.records["partkg.nt"] = {"version": RECORD_VERSION, "build": self.build_iri, "count": count,
                                         "spliced": False, **extras}
        return path

    def write_ntriples(self, f: IO[bytes]) -> None:
        with open(self.union_file(), "rb") as src:
            shutil.copyfileobj(src, f, 1 << 20)

    def write_turtle(self, f: IO[bytes]) -> None:
        """The union as Turtle: each graph's statements in turn (its TriG block without the
        graph around it), so a triple two graphs state is written twice and read once."""
        self.write_spliced(f, "partkg.ttl")

    # ---------------------------------------------------------------------- rdflib views
    def graph(self, iri: str):
        """One named graph as an rdflib Graph (small graphs: the authority, the ontology)."""
        from rdflib import Graph
        g = Graph()
        for prefix, ns in NS.items():
            g.bind(prefix, ns)
        for graph, srcs in self.entries:
            if graph == iri:
                for src in srcs:
                    g.parse(data=_read_block(src).ntriples.decode(), format="nt")
        return g

    def dataset(self):
        """The whole dataset as an rdflib Dataset (parsed: for small corpora and tests)."""
        from rdflib import Dataset
        ds = Dataset()
        for prefix, ns in NS.items():
            ds.bind(prefix, ns)
        ds.parse(self.nquads_file(), format="nquads")
        return ds


def _turtle_part(trig: bytes) -> bytes:
    """A graph's TriG block as Turtle: the lines between "<g> {" and "}", unindented."""
    body = trig[trig.index(b"\n") + 1:-2]
    return body[1:].replace(b"\n\t", b"\n")


def _lower_bound(mm, line: bytes) -> int:
    """Where ``line`` is, or would be, in the sorted lines ``mm``: the start of the first line
    not below it."""
    lo, hi = 0, len(mm)
    while lo < hi:
        mid = (lo + hi) // 2
        nl = mm.rfind(b"\n", lo, mid)
        s = lo if nl < 0 else nl + 1
        e = mm.find(b"\n", s) + 1 or len(mm)
        if mm[s:e] < line:
            lo = e
        else:
            hi = s
    return lo


def _copy_range(src: int, dst: int, offset: int, length: int) -> None:
    """``length`` bytes of the file ``src`` from ``offset`` to where ``dst`` stands (in the
    kernel where it can: ``copy_file_range``)."""
    while length > 0:
        try:
            n = os.copy_file_range(src, dst, length, offset)
        except OSError:
            n = 0
        if n <= 0:                   # another file system, or no copy_file_range: through memory
            data = os.pread(src, min(length, 16 << 20), offset)
            if not data:
                raise OSError(f"the previous file is shorter than its record ({length} bytes missing)")
            view = memoryview(data)
            while view:
                view = view[os.write(dst, view):]
            n = len(data)
        offset += n
        length -= n


def _record_path(out: Path, name: str) -> Path:
    return out / ".cache" / "rdf" / f"{name}.json"


def _file_id(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_ino, st.st_mtime_ns]


def _read_splice_record(out: Path, name: str) -> dict | None:
    """The record of ``out/name`` when it is the file recorded (else None: written whole)."""
    try:
        record = json.loads(_record_path(out, name).read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
            return None
        if record.get("file") != _file_id(out / name):
            return None
    except (OSError, ValueError):
        return None
    return record


def _write_splice_record(out: Path, name: str, record: dict, path: Path) -> None:
    target = _record_path(out, name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}")
        tmp.write_text(json.dumps({**record, "file": _file_id(path)}, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass


def forget_record(out: Path, name: str) -> None:
    """No record for ``out/name`` while it is rewritten (a stale one would splice wrong bytes)."""
    try:
        _record_path(out, name).unlink()
    except OSError:
        pass


def _count(src: "Path | Block") -> int:
    if isinstance(src, Block):
        return src.triples
    with open(src, "rb") as f:
        head = f.readline().split(b" ")
    return int(head[1])


def _lines(data: bytes) -> list[bytes]:
    """Lines ending in "\\n" (N-Triples escapes CR and LF in literals, so "\\n" ends a line)."""
    out = [ln + b"\n" for ln in data.split(b"\n")]
    out.pop()
    return out


def _prefix_lines() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(NS.items()))


def digest(*parts: object) -> str:
    """A key for a block: a hash of its inputs."""
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()

