"""The library's entry points; the CLI is a thin layer over these.

    load_corpus(path)          → documents and the problems met loading them
    extract_documents(docs)    → one Extraction per document (cross-document identity resolved)
    build(corpus, out)         → the RDF dataset and every export, written atomically
"""
from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterator
from pathlib import Path

from rdflib import Dataset

from . import __version__
from .cache import CACHE_DIR, DocumentCache, ExtractionCache, LazyExtraction, stat_signature
from .errors import BuildError, DuplicateIdError, KGError
from .exports import EXPORTERS, write_atomic
from .extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from .graph import BuildInfo
from .graph.build import build_blocks
from .graph.quads import BlockCache, GraphBlocks, blocks_from_dataset, digest
from .loaders import corpus_files, load_path
from .model import Document, Extraction
from .progress import progress as progress_bar
from .resolve.authority import Authority, load_authority
from .resolve.corpus import resolve_corpus
from .resolve.curation import Curation, CurationResult, apply_curation, curation_path_for, load_curation

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .graph.validate import ValidationReport

__all__ = ["BuildResult", "Problem", "build", "build_info", "extract_documents", "load_corpus"]

DEFAULT_FORMATS = ("turtle", "trig", "jsonld", "ntriples", "nquads", "graphml", "gexf", "html", "site", "store", "links",
                   "ontology-docs")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, as the line the user reads."""

    path: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return self.message


@dataclass(eq=False)
class BuildResult:
    """What a build made. The RDF is held as serialized blocks (``rdf``, one per named graph);
    ``dataset`` is an rdflib Dataset parsed from them on first use (or the one given), so a large
    build never holds the dataset in memory unless something asks for it."""

    extractions: list[Extraction]
    _dataset: Dataset | None
    authority: Authority
    info: BuildInfo
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per build stage
    curation: CurationResult | None = None       # what corpus/curation.yaml changed
    validation: "ValidationReport | None" = None  # SHACL report (build with validate=True)
    rdf: GraphBlocks | None = None                # the named graphs as blocks (see kg.graph.quads)
    _after_read: "Callable[[], None] | None" = field(default=None, repr=False)   # see READS_EXTRACTIONS

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            if self.rdf is None:
                raise BuildError("this build result holds no graph")
            self._dataset = self.rdf.dataset()
        return self._dataset

    @dataset.setter
    def dataset(self, value: Dataset) -> None:
        self._dataset = value

    def rdf_blocks(self) -> GraphBlocks:
        """The named graphs as blocks (made from ``dataset`` when the result was given one)."""
        if self.rdf is None:
            self.rdf = GraphBlocks(((b.graph, b) for b in blocks_from_dataset(self.dataset)), str(self.info.iri))
        return self.rdf

    def graph(self, iri: str):
        """One named graph as an rdflib Graph, without parsing the others."""
        from rdflib import URIRef
        if self._dataset is not None or self.rdf is None:
            return self.dataset.get_context(URIRef(str(iri)))
        return self.rdf.graph(str(iri))

    @property
    def statements(self) -> int:
        """How many triples the named graphs hold (a triple stated in two graphs counts twice)."""
        return self.rdf_blocks().quads


def build_info() -> BuildInfo:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        t = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    else:
        t = dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    return BuildInfo("partkg", __version__, f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}", t.isoformat().replace("+00:00", "Z"))


def load_corpus(root: Path, cache: "DocumentCache | None" = None) -> tuple[list[Document], list[Problem]]:
    """Every loadable document under ``root``; a bad file becomes a Problem, never an exception.

    Problems a loader worked around (a date it cannot read) are Problems of severity "warning";
    the document still loads. A link to a file outside ``root`` is not followed. With ``cache``
    (a :class:`kg.cache.DocumentCache`), a file whose size, inode and times are those of the
    last load is not read again (a copy of its document is taken from the cache)."""
    if not root.exists():
        raise BuildError("no such file or folder", path=root, hint="give the corpus folder or document files")
    docs: list[Document] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    base = root.resolve() if root.is_dir() else None
    for path in corpus_files(root):
        if base is not None and not path.resolve().is_relative_to(base):
            problems.append(Problem(str(path), f"{path}: is a link to a file outside the corpus; it is not read "
                                    "(copy the file into the corpus instead)"))
            continue
        sig = None
        if cache is not None:
            try:
                sig = stat_signature(path.stat())
            except OSError:
                sig = None
            hit = cache.get(path, sig) if sig is not None else None
            if hit is not None:
                doc = replace(hit[0], meta=dict(hit[0].meta), annotations=list(hit[0].annotations))
                problems.extend(Problem(str(path), w, "warning") for w in hit[1])
                if doc.id in seen:
                    err = DuplicateIdError(f"document id {doc.id!r} is already used by {seen[doc.id]}", path=path,
                                           hint="give one of them another file name or an 'id' in its front matter")
                    problems.append(Problem(str(path), str(err)))
                    continue
                seen[doc.id] = str(path)
                docs.append(doc)
                continue
        warnings: list[KGError] = []
        try:
            doc = load_path(path, warnings=warnings)
        except KGError as e:
            problems.append(Problem(str(path), str(e)))
            continue
        finally:
            problems.extend(Problem(str(path), str(w), "warning") for w in warnings)
        if cache is not None and sig is not None:
            cache.put(path, sig, replace(doc, meta=dict(doc.meta), annotations=list(doc.annotations)),
                      [str(w) for w in warnings])
        if doc.id in seen:
            err = DuplicateIdError(f"document id {doc.id!r} is already used by {seen[doc.id]}", path=path,
                                   hint="give one of them another file name or an 'id' in its front matter")
            problems.append(Problem(str(path), str(err)))
            continue
        seen[doc.id] = str(path)
        docs.append(doc)
    if cache is not None:
        cache.save()
    return docs, problems


def _extract_one(doc: Document, authority: Authority) -> Extraction | str:
    """Extract one document; an unexpected failure is returned as its message (a bug to report)."""
    try:
        return extract(doc, authority)
    except (MemoryError, RecursionError, Exception) as e:   # noqa: BLE001 - one bad document must not stop the build
        return f"{type(e).__name__}: {str(e)[:200]}"


def graph_identity(extraction_key: str, resolved: list[tuple[str, str]], curation_digest: str) -> str:
    """What a document's graph is made of, for its block's cache key: its extraction (the
    extraction cache's key), the cross-document identities found for it, the curation file."""
    return digest(extraction_key, resolved, curation_digest)


@dataclass(frozen=True)
class GraphPrebuild:
    """Build a document's graph block in the worker that extracted it, into the block cache,
    under the key the build will look for if nothing changes the extraction afterwards (no
    cross-document identity found for it, no correction naming it). When something does, the
    key differs and the build makes the block itself."""

    folder: Path                  # the block cache
    salt: str                     # the extraction cache's salt (see ExtractionCache)
    doc_ids: frozenset[str]
    curation: str                 # the curation file's digest
    skip: frozenset[str]          # documents a correction names

    @classmethod
    def plan(cls, folder: Path, extraction_cache: ExtractionCache, docs: list[Document],
             curation: Curation) -> "GraphPrebuild | None":
        if any(c.document is None for c in curation.corrections):     # merges, splits: anywhere
            return None
        return cls(folder, extraction_cache.salt, frozenset(d.id for d in docs), curation.digest,
                   frozenset(str(c.document) for c in curation.corrections))

    def __call__(self, doc: Document, ex: Extraction) -> None:
        if doc.id in self.skip:
            return
        from .cache import document_key
        from .graph.build import document_block, document_block_key
        identity = graph_identity(document_key(doc, self.salt), [], self.curation)
        key = document_block_key(ex, identity, self.doc_ids)
        cache = BlockCache(self.folder)
        if not cache.path(key).exists():
            cache.put(key, document_block(ex, self.doc_ids, {}))


_WORKER_AUTHORITY: Authority | None = None
_WORKER_PREBUILD: GraphPrebuild | None = None


def _worker_init(authority: Authority, prebuild: GraphPrebuild | None = None,
                 gazetteer: Path | None = None) -> None:
    global _WORKER_AUTHORITY, _WORKER_PREBUILD
    _WORKER_AUTHORITY = authority
    _WORKER_PREBUILD = prebuild
    if gazetteer is not None:
        _load_gazetteer(authority, gazetteer)


def _gazetteer_file(cache: ExtractionCache, authority: Authority) -> Path:
    """Where the compiled gazetteer of ``authority`` is kept, beside the extraction cache (named
    by the authority and the extraction code, like the cache's entries)."""
    from .cache import code_digest
    return cache.folder.parent / "gazetteer" / f"{authority.digest}-{code_digest()}.pickle"


def _load_gazetteer(authority: Authority, path: Path) -> None:
    from .extract.gazetteer import load_or_compile
    load_or_compile(authority, path)
    try:
        for other in path.parent.iterdir():    # another authority's or extractor's: stale
            if other.name != path.name and not other.name.startswith("."):
                other.unlink()
    except OSError:
        pass


def _worker_set_prebuild(prebuild: GraphPrebuild | None) -> None:
    global _WORKER_PREBUILD
    _WORKER_PREBUILD = prebuild


def early_worker(cache: ExtractionCache | None, authority: Authority, jobs: int | None):
    """A worker for a rebuild's few changed documents (see :func:`extract_documents`), started
    before the corpus is loaded, so that it has the gazetteer read by the time the changed
    documents are known (loading the corpus and reading the gazetteer side by side); None when
    no earlier build left the cache's summaries, or with one job."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if cache is None or jobs < 2 or sys.platform != "linux" or not cache.summaries_path.exists():
        return None
    from concurrent.futures import ProcessPoolExecutor
    pool = ProcessPoolExecutor(max_workers=1, initializer=_worker_init,
                               initargs=(authority, None, _gazetteer_file(cache, authority)))
    pool.submit(int)           # starts it
    return pool


def _worker_extract(doc: Document) -> Extraction | str:
    assert _WORKER_AUTHORITY is not None
    result = _extract_one(doc, _WORKER_AUTHORITY)
    if _WORKER_PREBUILD is not None and not isinstance(result, str):
        try:
            _WORKER_PREBUILD(doc, result)
        except Exception:      # noqa: BLE001 - only a head start: the build makes the block itself
            pass
    return result


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector off for a stretch that only allocates (it ran for most of the
    time spent unpickling 3,000 cached extractions)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):   # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


#: A rebuild extracts its few changed documents in a worker, beside the unpickling of the others,
#: when at least this many come from the cache (below, starting the worker costs more).
OVERLAP_MIN = 200


def extract_documents(docs: list[Document], authority: Authority | None = None, *, jobs: int | None = 1,
                      cache: ExtractionCache | None = None, problems: list[Problem] | None = None,
                      progress: bool = False, curation: Curation | None = None,
                      complete: bool = True, resolved: dict[tuple[str, str], str] | None = None,
                      prebuild: GraphPrebuild | None = None, frozen: list[bool] | None = None,
                      read_all: bool = False, worker=None) -> list[Extraction]:
    """One Extraction per document, in the order given, cross-document identity resolved.

    ``jobs`` processes extract in parallel (``None``: one per core); documents found in
    ``cache`` are not extracted again. A document whose extraction fails is left out and named
    in ``problems`` (when given; else the error is raised). ``curation`` (corpus/curation.yaml)
    is applied last; a correction that no longer applies is a problem too (``complete``: the
    documents are the whole corpus, so a correction naming another document is reported).
    ``resolved`` (a dict) receives the cross-document identities found, ``(doc_id, key) → doc_id``.
    ``prebuild``: worker processes also build each document's graph block (see GraphPrebuild).
    A rebuild with ``jobs`` ≥ 2 that finds all but a few documents in ``cache`` extracts those
    few in one worker while this process reads the others (see ``OVERLAP_MIN``). ``frozen``
    (see :func:`_freeze_heap`): what was read from the cache is frozen out of the cycle collector
    before it is turned on again (else its first pass walks every object just read). Cached
    extractions are left unread (:class:`kg.cache.LazyExtraction`) unless ``read_all``: then they
    are read here, beside the worker extracting the changed documents, for what reads them all
    (see READS_EXTRACTIONS). ``worker``: one :func:`early_worker` started (this function shuts
    it down)."""
    authority = authority if authority is not None else load_authority()
    jobs = default_jobs() if jobs is None else max(1, jobs)
    overlap: dict[int, "Future[Extraction | str]"] = {}
    pool = None
    if cache is not None and jobs >= 2 and sys.platform == "linux" and len(docs) >= OVERLAP_MIN:
        # a rebuild of a few documents: one worker loads the gazetteer and extracts them while
        # this process reads the cache for the others (two cores, not one after the other). The
        # worker is started before the documents are hashed (which tells which are absent) when
        # an earlier build left its summaries: it loads the gazetteer meanwhile, or is let go.
        from concurrent.futures import ProcessPoolExecutor
        if worker is not None:
            pool, worker = worker, None
            pool.submit(_worker_set_prebuild, prebuild)
        elif cache.summaries_path.exists():
            pool = ProcessPoolExecutor(max_workers=1, initializer=_worker_init,
                                       initargs=(authority, prebuild, _gazetteer_file(cache, authority)))
            pool.submit(int)
        absent = [i for i, d in enumerate(docs) if not cache.has(d)]
        if absent and len(absent) < 2 * jobs and len(docs) - len(absent) >= OVERLAP_MIN:
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=1, initializer=_worker_init,
                                           initargs=(authority, prebuild, _gazetteer_file(cache, authority)))
            for i in absent:
                cache.miss(docs[i])
                overlap[i] = pool.submit(_worker_extract, docs[i])
        elif pool is not None and absent:      # many to extract: the pool below does it
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None

    if worker is not None:     # not wanted after all
        worker.shutdown(wait=False, cancel_futures=True)

    def again(doc: Document) -> Extraction | None:    # a cached extraction found damaged when read
        r = _extract_one(doc, authority)
        return None if isinstance(r, str) else r
    try:
        with _gc_paused():     # unpickling makes millions of objects and no cycles: collecting is waste
            results: list[Extraction | str | None] = [   # unread until used (kg.cache.LazyExtraction)
                None if i in overlap or cache is None else cache.lazy(d, again) for i, d in enumerate(docs)]
            if read_all:
                from .cache import load_all
                load_all(r for r in results if isinstance(r, Extraction))
            if frozen is not None and cache is not None:
                _freeze_heap(frozen)
        for i, future in overlap.items():
            results[i] = future.result()
    finally:
        if pool is not None:
            pool.shutdown()
    todo = [i for i, r in enumerate(results) if r is None]
    gazetteer = _gazetteer_file(cache, authority) if cache is not None and todo else None
    with progress_bar("extracting", total=len(todo), enabled=progress) as bar:
        if jobs == 1 or len(todo) < 2 * jobs:
            if gazetteer is not None:
                _load_gazetteer(authority, gazetteer)
            for i in todo:
                results[i] = _extract_one(docs[i], authority)
                bar.update(1)
        else:
            from concurrent.futures import ProcessPoolExecutor
            chunk = max(1, min(16, len(todo) // (jobs * 8)))
            with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                     initargs=(authority, prebuild, gazetteer)) as pool:
                for i, r in zip(todo, pool.map(_worker_extract, [docs[i] for i in todo], chunksize=chunk)):
                    results[i] = r
                    bar.update(1)
    extractions = []
    fresh = set(todo) | set(overlap)
    for i, (doc, r) in enumerate(zip(docs, results)):
        if isinstance(r, str):
            err = BuildError(f"extraction failed ({r}); the document is left out", path=doc.path or doc.id,
                             hint="this is a bug in partkg: please report it with the file")
            if problems is None:
                raise err
            problems.append(Problem(doc.path or doc.id, str(err)))
            continue
        assert r is not None
        if cache is not None and i in fresh:
            cache.put(doc, r)
        extractions.append(r)
    if cache is not None:
        cache.save()
    # each extraction's summary as it was read or made (what was read stays unchanged until curation)
    summaries = [ex._summary if isinstance(ex, LazyExtraction) else None for ex in extractions]
    mapping = resolve_corpus(extractions, summaries)
    if resolved is not None:
        resolved.update(mapping)
    if curation is not None:
        curate(extractions, curation, authority, problems, complete=complete, loaded=[d.id for d in docs])
    return extractions


def curate(extractions: list[Extraction], curation: Curation, authority: Authority | None,
           problems: list[Problem] | None, *, complete: bool = True, loaded: list[str] | None = None) -> CurationResult:
    """Apply a historian's corrections; each one that no longer applies becomes a Problem (or,
    without ``problems``, a ValidationError). ``loaded``: the ids of every document read, even
    those whose extraction failed (their corrections wait, without a second problem)."""
    result = apply_curation(extractions, curation, authority, complete=complete, loaded=loaded or ())
    found = [Problem(p.path, str(p), p.severity) for p in result.problems]
    if problems is not None:
        problems.extend(found)
    elif any(p.severity == "error" for p in found):
        from .errors import ValidationError
        first = next(p for p in found if p.severity == "error")
        raise ValidationError(first.message, hint=f"{len(found)} correction(s) do not apply")
    return result


def corpus_curation(root: Path) -> Curation:
    """``curation.yaml`` beside the corpus (empty when there is none)."""
    return load_curation(curation_path_for(root))


def inputs_digest(extractions: list[Extraction], authority: Authority, curation: Curation) -> str:
    """A digest of what a build reads: the documents, the authority, the curation file."""
    import hashlib
    h = hashlib.sha1()
    for ex in sorted(extractions, key=lambda e: e.document.id):
        d = ex.document
        h.update(json.dumps([d.id, d.text, d.meta], sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(str(getattr(authority, "digest", "")).encode())
    h.update(curation.digest.encode())
    return h.hexdigest()


def corpus_authority(root: Path, cache: Path | None = None) -> Authority:
    """The packaged authority, the corpus's ``authority.yaml`` and the links a historian
    accepted. With ``cache`` (a folder), the result is kept there as a pickle named by the
    files it was read from (path, size, inode, times) and the code that reads them: parsing
    the YAML is most of a small rebuild (about 1.5 s)."""
    extra = (root if root.is_dir() else root.parent) / "authority.yaml"
    from .resolve.link import apply_review, review_path_for   # links a historian accepted
    review = review_path_for(root)
    key = None
    if cache is not None:
        import hashlib
        import pickle
        from .resolve.authority import packaged_authority_paths
        from .cache import _PKG
        h = hashlib.sha256()
        for path in (*packaged_authority_paths(), extra, review, _PKG / "resolve" / "authority.py",
                     _PKG / "resolve" / "link.py", _PKG / "model.py"):
            try:
                h.update(f"{path}\0{stat_signature(path.stat())}\0".encode())
            except OSError:
                h.update(f"{path}\0-\0".encode())
        from .resolve.authority import CORE_ENV
        h.update(f"{CORE_ENV}={os.environ.get(CORE_ENV, '')}\0".encode())   # an ablation's core
        key = cache / "authority" / f"{h.hexdigest()[:32]}.pickle"
        try:
            with open(key, "rb") as f, _gc_paused():
                found = pickle.load(f)
            if isinstance(found, Authority):
                return found
        except Exception:        # noqa: BLE001 - missing or unreadable: read the files
            pass
    authority = apply_review(load_authority(extra if extra.exists() else None), review)
    if key is not None:
        import pickle
        import tempfile
        try:
            authority.digest      # computed once, kept in the pickle
            key.parent.mkdir(parents=True, exist_ok=True)
            for other in key.parent.iterdir():
                if other.name != key.name:
                    other.unlink()
            fd, tmp = tempfile.mkstemp(prefix=".authority.", dir=key.parent)
            with os.fdopen(fd, "wb") as f:
                pickle.dump(authority, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, key)
        except OSError:
            pass
    return authority


#: With two cores or more, the exporters run three at a time: the text serializations of the
#: RDF blocks and the site in a forked process (pure Python work; the RDF
#: files in a thread there, see WRITTEN_EXPORTS), the N-Quads file and
#: the store in a thread of this process (Oxigraph's load releases the GIL), the others
#: (graph.html: numpy lays it out; GraphML and GEXF, which share its network) in the main
#: thread. The work of a rebuild after one edit is so split in two halves of about 2 CPU-s at
#: 1000x, one per core (bench/RESULTS.md). What runs in the forked process must never call
#: pyoxigraph (nor numpy): a process that has used it holds a thread pool that a forked child
#: inherits without its threads, and the child would wait for them forever (tests/test_scale.py).
FORKED_EXPORTS = ("trig", "jsonld", "turtle", "ntriples", "site")
THREADED_EXPORTS = ("store", "nquads")   # the store first: a full load takes partkg.nq as it is written


#: Exporters that read every extraction whole: a build that runs one reads the cached extractions
#: in its extraction stage, beside the worker extracting the changed documents (the other core is
#: idle then; in the exports it is not), and freezes them out of the cycle collector (see
#: :func:`_freeze_heap`); should any be left unread, they are read in one go before the first of
#: these exporters. None does now: the others read summaries, fragments and blocks, and the site
#: reads the extractions it needs (all of them when its model is made whole, at once then, see
#: kg.exports.site.export_site; else the changed documents and the fragments of the others).
READS_EXTRACTIONS: tuple[str, ...] = ()


def _run_exports(result: BuildResult, out: Path, names: list[str]) -> tuple[dict[str, list[Path]], dict[str, float]]:
    from .cache import load_all
    files: dict[str, list[Path]] = {}
    times: dict[str, float] = {}
    for name in names:
        t = time.perf_counter()
        if name in READS_EXTRACTIONS and load_all(result.extractions) and result._after_read is not None:
            result._after_read()
        files[name] = EXPORTERS.get(name)(result, out)
        times[name] = round(time.perf_counter() - t, 3)
    return files, times


def _run_exports_beside(result: BuildResult, out: Path, side: list[list[str]], here: list[str],
                        thread_name: str) -> tuple[dict, dict]:
    """Run each lane of exporters in ``side`` (names, run in turn) in a thread of its own while
    this one runs ``here``; their files and times together (an exporter's error is raised here,
    after all have stopped)."""
    side = [lane for lane in side if lane]
    if not side or (len(side) == 1 and not here):
        return _run_exports(result, out, here + [n for lane in side for n in lane])
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=len(side), thread_name_prefix=thread_name) as pool:
        futures = [pool.submit(_run_exports, result, out, lane) for lane in side]
        files, times = _run_exports(result, out, here)
        done = [f.result() for f in futures]
    for side_files, side_times in done:
        files.update(side_files)
        times.update(side_times)
    return files, times


#: The forked process writes these in threads, beside the others: spliced from the previous
#: files (a rebuild), they are copies in the kernel and the wait for the disk, not Python, so
#: each has a thread of its own (one after the other when written whole: then they are Python).
WRITTEN_EXPORTS = ("trig", "jsonld", "turtle", "ntriples")


def _lanes(result: BuildResult, names: list[str]) -> list[list[str]]:
    """``names`` in one lane, or a lane each when every one of them is a spliced file."""
    from .exports.rdf import spliced
    return [[n] for n in names] if names and all(spliced(result, n) for n in names) else [names]


def _forked_exports(conn, result: BuildResult, out: Path, names: list[str]) -> None:
    import resource
    try:
        written = [n for n in names if n in WRITTEN_EXPORTS]
        rest = [n for n in names if n not in WRITTEN_EXPORTS]
        files, times = _run_exports_beside(result, out, _lanes(result, written), rest, "partkg-rdf")
        times["peak_rss_mb:forked"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        conn.send(("ok", files, times))
    except BaseException as e:     # noqa: BLE001 - sent to the parent, which raises it
        try:
            conn.send(("error", e))
        except Exception:          # an exception that does not pickle: its text
            conn.send(("error", BuildError(f"{type(e).__name__}: {e}")))
    finally:
        conn.close()


def _export(result: BuildResult, out: Path, formats: tuple[str, ...], jobs: int):
    """Run the exporters, side by side when ``jobs`` > 1 (see FORKED_EXPORTS)."""
    import sys
    forked = [n for n in formats if n in FORKED_EXPORTS]
    threaded = [n for n in THREADED_EXPORTS if n in formats]
    here = [n for n in formats if n not in FORKED_EXPORTS and n not in THREADED_EXPORTS]
    if jobs < 2 or sys.platform != "linux" or not (forked or threaded):
        return _run_exports(result, out, list(formats))
    import multiprocessing as mp
    blocks = result.rdf_blocks()   # made here, shared by the three
    blocks.work()                  # made here, so this process removes it when done
    fragments = None
    if {"html", "graphml"} & set(here) and {"graphml", "gexf"} & set(forked):
        from .exports.network import prepare_fragments
        fragments = prepare_fragments(result, out)   # the missing ones made once, here: the forked process inherits them
    child = receive = None
    if forked:                     # forked first: no thread of ours runs yet
        ctx = mp.get_context("fork")
        receive, send = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_forked_exports, args=(send, result, out, forked), daemon=True)
        child.start()
        send.close()
        if fragments is not None and "graphml" not in here:
            fragments.drop_xml()        # the forked process writes GraphML and GEXF
    try:
        # a spliced partkg.nq (a rebuild) beside the store's patch; else after the store's load, which reads it
        lanes = [["store"], ["nquads"]] if set(threaded) == {"store", "nquads"} and _lanes(result, ["nquads"]) == [
            ["nquads"]] else [threaded]
        # GraphML and GEXF in a thread beside graph.html: they share its network (made once), and
        # each file's flush, which waits for the disk taking the RDF files, overlaps the other's work
        network = [n for n in ("graphml", "gexf") if n in here] if "html" in here else []
        lanes.append(network)
        files, times = _run_exports_beside(result, out, lanes, [n for n in here if n not in network], "partkg-store")
        if child is not None and receive is not None:
            try:
                answer = receive.recv()
            except EOFError:
                answer = ("error", BuildError(f"the process writing the RDF files died (exit code {child.exitcode})",
                                              hint="it may have run out of memory; try --jobs 1"))
            if answer[0] == "error":
                raise answer[1]
            files.update(answer[1])
            times.update(answer[2])
    finally:
        if child is not None and receive is not None:
            child.join()
            receive.close()
    return files, times


def build(corpus: Path, out: Path, *, formats: tuple[str, ...] = DEFAULT_FORMATS,
          strict: bool = False, jobs: int | None = None, cache: bool = True,
          progress: bool = False, validate: bool | None = None) -> BuildResult:
    """Build the graph from ``corpus`` and write the exports into ``out``.

    ``jobs`` processes extract in parallel (default: one per core). With ``cache``, extractions
    are kept in ``out/.cache`` and unchanged documents are not extracted again. ``progress``
    shows a bar on a terminal. Every problem met is in ``out/build-report.json``; ``strict``
    raises :class:`BuildError` after writing the exports if there was any. ``corpus/curation.yaml``
    is applied after extraction. With ``validate`` (default: ``strict``) the dataset is checked
    against ontology/shapes.ttl, the report goes into ``result.validation`` and the build report,
    and ``strict`` raises :class:`ValidationError` on a violation."""
    frozen: list[bool] = [] if gc.isenabled() and gc.get_freeze_count() == 0 else [False]
    try:
        return _build(corpus, out, formats=formats, strict=strict, jobs=jobs, cache=cache, progress=progress,
                      validate=validate, frozen=frozen)
    finally:
        if frozen == [True]:
            gc.unfreeze()


def _freeze_heap(frozen: list[bool]) -> None:
    """Leave what is in memory now (the documents, their extractions: millions of objects in a
    large corpus) out of the cycle collector's full passes until the build ends. The exporters
    allocate much; each full pass walked every extraction (seconds per build at 1000×).
    ``frozen``: [] before the build's first freeze, [True] after it (the build unfreezes at its
    end), [False] when the build must not freeze (the caller had frozen objects already, or the
    collector is off). Freezing again adds what was made since."""
    if frozen == [False]:
        return
    gc.freeze()
    if not frozen:
        frozen.append(True)


def _build(corpus: Path, out: Path, *, formats: tuple[str, ...], strict: bool, jobs: int | None, cache: bool,
           progress: bool, validate: bool | None, frozen: list[bool]) -> BuildResult:
    for name in formats:
        EXPORTERS.get(name)   # fail early on an unknown format
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 3)
        clock = now

    authority = corpus_authority(corpus, out / CACHE_DIR if cache else None)
    store = ExtractionCache(out / CACHE_DIR / "extract", EXTRACTOR_VERSION, authority.digest) if cache else None
    worker = early_worker(store, authority, jobs)     # reads the gazetteer while the corpus loads
    try:
        docs, problems = load_corpus(corpus, DocumentCache(out / CACHE_DIR / "documents.pickle") if cache else None)
        lap("load")
        if not docs:
            raise BuildError("no document could be built", path=corpus,
                             hint="; ".join(p.message for p in problems[:3]) or "add .txt, .md or TEI .xml files")
        curation = corpus_curation(corpus)
        resolved: dict[tuple[str, str], str] = {}
        prebuild = GraphPrebuild.plan(out / CACHE_DIR / "graph", store, docs, curation) if store is not None else None
        given, worker = worker, None           # extract_documents shuts it down
        extractions = extract_documents(docs, authority, jobs=jobs, cache=store, problems=problems,
                                        progress=progress, resolved=resolved, prebuild=prebuild, frozen=frozen,
                                        read_all=bool(set(READS_EXTRACTIONS) & set(formats)), worker=given)
    finally:
        if worker is not None:
            worker.shutdown(wait=False, cancel_futures=True)
    lap("extract")
    if not extractions:
        raise BuildError("no document could be built", path=corpus,
                         hint="; ".join(p.message for p in problems[:3]))
    curated = curate(extractions, curation, authority, problems, loaded=[d.id for d in docs])
    _freeze_heap(frozen)
    lap("curate")
    info = replace(build_info(), inputs=inputs_digest(extractions, authority, curation))
    graph_cache = identities = None
    if store is not None:     # a document's graph is cached under what its extraction is made of
        graph_cache = BlockCache(out / CACHE_DIR / "graph")
        by_id = {d.id: d for d in docs}
        local: dict[str, list[tuple[str, str]]] = {}
        for (doc_id, old), new in sorted(resolved.items()):
            local.setdefault(doc_id, []).append((old, new))
        identities = {ex.document.id: graph_identity(store.key(by_id[ex.document.id]), local.get(ex.document.id, []),
                                                     curation.digest) for ex in extractions}
    blocks = build_blocks(extractions, authority, info, curation=curated.applied, cache=graph_cache,
                          identities=identities, spill=out / CACHE_DIR, progress=progress)
    if cache:
        blocks.previous = out      # a rebuild splices the previous RDF files (see GraphBlocks.write_spliced)
    lap("graph")
    result = BuildResult(extractions, None, authority, info, problems, curation=curated, rdf=blocks,
                         _after_read=lambda: _freeze_heap(frozen))     # what is read then stays out of the collector's way
    if strict if validate is None else validate:
        from .graph.validate import validate_dataset
        result.validation = validate_dataset(result.dataset)
        lap("validate")
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    files, export_times = _export(result, out, formats, jobs=default_jobs() if jobs is None else jobs)
    for name in formats:
        result.files.extend(files[name])
        timings[f"export:{name}"] = export_times[name]
    timings["exports"] = round(time.perf_counter() - started, 3)   # wall time (the exporters overlap)
    if "peak_rss_mb:forked" in export_times:
        timings["peak_rss_mb:forked"] = export_times["peak_rss_mb:forked"]
    clock = time.perf_counter()
    if store is not None:
        store.prune()
    if graph_cache is not None:
        graph_cache.prune()
    errors = [p for p in problems if p.severity == "error"]
    report = {"documents": sorted(ex.document.id for ex in extractions), "problems": [
        {"path": p.path, "severity": p.severity, "message": p.message} for p in problems],
        "summary": {"documents": len(extractions), "errors": len(errors), "warnings": len(problems) - len(errors),
                    "extracted": store.misses if store is not None else len(extractions),
                    "from_cache": store.hits if store is not None else 0,
                    "graphs_from_cache": graph_cache.hits if graph_cache is not None else 0},
        "built": info.time, "software": f"partkg {__version__}", "extractor": info.extractor,
        "curation": dict(sorted(curated.counts.items()))}
    if result.validation is not None:
        report["validation"] = result.validation.to_json()
    result.files.append(write_atomic(out / "build-report.json", json.dumps(report, indent=1, sort_keys=True) + "\n"))
    result.timings = timings
    if strict and problems:
        raise BuildError(f"{len(problems)} problem(s) in the corpus (see {out / 'build-report.json'})",
                         path=corpus, hint="fix them or build without --strict")
    if strict and result.validation is not None:
        result.validation.raise_for_violations(out / "build-report.json")
    return result
