"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built graph.

    GET  /sparql?query=…                     (also ``default-graph-uri``, ``named-graph-uri``)
    POST /sparql   application/x-www-form-urlencoded  query=…
    POST /sparql   application/sparql-query           the query as the body
    GET  /                                            the query page, saved queries as examples

Results follow ``Accept``: SPARQL JSON (the default), XML, CSV or TSV for SELECT and ASK; Turtle
(the default), JSON-LD, N-Triples or RDF/XML for CONSTRUCT and DESCRIBE. ``format=json|xml|csv|
tsv|turtle|jsonld`` overrides it, for links. Status codes: 400 a malformed query (with the
parser's message), 403 an update (the endpoint is read-only), 406 no acceptable format, 503 the
time limit was reached or every worker stayed busy.

Queries run in worker processes, each with the store open read-only, so that a query that
exceeds the time limit can really be stopped: its worker is ended and a fresh one started.
A worker reopens the store when ``kg build`` has replaced it. At most ``max_rows`` solutions
(or triples) are returned; a cut answer carries the header ``X-Partkg-Truncated: true``.
"""
from __future__ import annotations

import json
import multiprocessing
import queue
import re
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .. import __version__
from ..errors import KGError, QueryError
from .engine import execute, open_store, store_path
from .results import FORMAT_NAMES, NotAcceptable, serialize_answer
from .saved import saved_queries

__all__ = ["DEFAULT_MAX_ROWS", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "QueryService", "SparqlServer",
           "is_update", "make_server"]

DEFAULT_PORT = 7879   # beside Oxigraph server's 7878
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
MAX_BODY = 1 << 20
_UPDATE = re.compile(
    r"\A(?:\s|#[^\n]*(?:\n|\Z)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def is_update(text: str) -> str | None:
    """The SPARQL Update keyword ``text`` opens with (after its prologue), else None."""
    m = _UPDATE.match(text)
    return m.group(1).upper() if m else None


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {})


# ---------------------------------------------------------------- worker processes

def _stamp(exports: Path):
    """What identifies the built graph on disk (changes when kg build replaces it)."""
    for p in (store_path(exports), exports / "partkg.nq", exports / "partkg.trig"):
        try:
            st = p.stat()
            return (str(p), st.st_ino, st.st_mtime_ns)
        except OSError:
            continue
    return None


def _worker_main(exports: str, conn) -> None:   # pragma: no cover - runs in a child process
    exports_path = Path(exports)
    store, stamp = None, None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        text, accept, limit, default_graph, named_graphs = job
        try:
            now = _stamp(exports_path)
            if store is None or now != stamp:
                store, stamp = None, None
                store, stamp = open_store(exports_path), now
            payload = serialize_answer(execute(store, text, default_graph=default_graph,
                                               named_graphs=named_graphs), accept, limit)
            conn.send(("ok", payload.content_type, payload.body, payload.count, payload.truncated))
        except NotAcceptable as e:
            conn.send(("error", 406, str(e)))
        except QueryError as e:
            conn.send(("error", 400, str(e)))
        except KGError as e:
            conn.send(("error", 500, str(e)))
        except (OSError, RuntimeError, ValueError, SyntaxError) as e:
            conn.send(("error", 400, f"SPARQL query failed: {e}"))


class _Worker:
    def __init__(self, ctx, exports: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(str(exports), child), daemon=True,
                                   name="partkg-sparql-worker")
        self.process.start()
        child.close()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


class QueryService:
    """A pool of worker processes that answer queries within a time and a size limit."""

    def __init__(self, exports: Path, *, workers: int = 2, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS) -> None:
        self.exports = Path(exports)
        if _stamp(self.exports) is None:
            raise QueryError("no built graph here", path=self.exports, hint="run 'kg build' first")
        open_store(self.exports)   # fail now, in the parent, on a store that cannot be opened
        self.timeout = timeout
        self.max_rows = max_rows
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        w = _Worker(self._ctx, self.exports)
        with self._lock:
            self._all.append(w)
        self._idle.put(w)

    def _retire(self, w: _Worker) -> None:
        with self._lock:
            if w in self._all:
                self._all.remove(w)
        w.stop(kill=True)

    def answer(self, text: str, accept: str | None, *, default_graph=None, named_graphs=None) -> Answer:
        keyword = is_update(text)
        if keyword:
            return _error(403, f"this endpoint is read-only: SPARQL Update ({keyword}) is refused")
        start = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _error(503, f"every query worker stayed busy for {self.timeout:g} s; try again")
        job = (text, accept, self.max_rows, list(default_graph or []), list(named_graphs or []))
        try:
            worker.conn.send(job)
            left = max(0.05, self.timeout - (time.monotonic() - start))
            if not worker.conn.poll(left):
                self._retire(worker)
                if not self._closed:
                    self._add()
                return _error(503, f"the query ran past the time limit of {self.timeout:g} s and was stopped; "
                                   "narrow it (LIMIT, more selective patterns)")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            if not self._closed:
                self._add()
            return _error(500, "the query worker stopped unexpectedly; try again")
        self._idle.put(worker)
        if reply[0] == "error":
            return _error(reply[1], reply[2])
        _, content_type, body, count, truncated = reply
        headers = {"X-Partkg-Results": str(count)}
        if truncated:
            headers["X-Partkg-Truncated"] = "true"
            headers["X-Partkg-Max-Rows"] = str(self.max_rows)
        return Answer(200, content_type, body, headers)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), []
        for w in workers:
            w.stop()


# ---------------------------------------------------------------- HTTP

def _page(examples: list[dict], endpoint: str, settings: dict) -> bytes:
    html = (resources.files("kg.query") / "page.html").read_text(encoding="utf-8")
    data = json.dumps({"examples": examples, "endpoint": endpoint, "settings": settings,
                       "version": __version__}, ensure_ascii=False)
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return html.replace("/*PARTKG_DATA*/null", data).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = f"partkg/{__version__}"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:   # noqa: A002 - the base class's name
        if self.server.log:
            super().log_message(format, *args)

    def _send(self, a: Answer, head_only: bool = False) -> None:
        self.send_response(a.status)
        self.send_header("Content-Type", a.content_type)
        self.send_header("Content-Length", str(len(a.body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if a.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                             "connect-src 'self'; img-src data:")
        for k, v in a.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if not head_only:
            self.wfile.write(a.body)

    def _query(self, params: dict[str, list[str]], text: str | None = None) -> None:
        if "update" in params:
            return self._send(_error(403, "this endpoint is read-only: SPARQL Update is refused"))
        if text is None:
            texts = params.get("query", [])
            if len(texts) != 1:
                return self._send(_error(400, "give exactly one 'query' parameter"))
            text = texts[0]
        accept = self.headers.get("Accept")
        fmt = (params.get("format") or [None])[0]
        if fmt:
            if fmt.lower() not in FORMAT_NAMES:
                return self._send(_error(400, f"unknown format {fmt!r}; known: {', '.join(FORMAT_NAMES)}"))
            accept = FORMAT_NAMES[fmt.lower()]
        self._send(self.server.service.answer(text, accept, default_graph=params.get("default-graph-uri"),
                                              named_graphs=params.get("named-graph-uri")))

    def do_GET(self) -> None:   # noqa: N802 - the base class's name
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html") and "query" not in params:
            return self._send(Answer(200, "text/html; charset=utf-8", self.server.page, {}))
        if url.path in ("/", "/sparql", "/query"):
            if "query" not in params:
                return self._send(_error(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)"))
            return self._query(params)
        if url.path == "/queries.json":
            return self._send(Answer(200, "application/json; charset=utf-8",
                                     json.dumps(self.server.examples, ensure_ascii=False).encode("utf-8"), {}))
        self._send(_error(404, f"nothing at {url.path}; the endpoint is /sparql, the query page /"))

    def do_HEAD(self) -> None:   # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(Answer(200, "text/html; charset=utf-8", self.server.page, {}), head_only=True)
        self._send(_error(404 if url.path not in ("/sparql", "/query") else 400, "HEAD is for the page"),
                   head_only=True)

    def do_POST(self) -> None:   # noqa: N802
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql", "/query"):
            return self._send(_error(404, f"nothing at {url.path}; the endpoint is /sparql"))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._send(_error(400, "bad Content-Length"))
        if length > MAX_BODY:
            self.close_connection = True
            return self._send(_error(413, f"the request body is over {MAX_BODY} bytes"))
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._send(_error(400, "the request body is not UTF-8"))
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            return self._query(params)
        if ctype == "application/sparql-query":
            return self._query(params, text)
        if ctype == "application/sparql-update":
            return self._send(_error(403, "this endpoint is read-only: SPARQL Update is refused"))
        self._send(_error(415, "send the query as application/x-www-form-urlencoded (query=…) "
                               "or application/sparql-query"))

    def _read_only(self) -> None:
        self._send(_error(405, "this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _read_only   # noqa: N815


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, service: QueryService, *, log: bool = False) -> None:
        self.service = service
        self.log = log
        self.examples = [{"name": q.name, "question": q.question, "query": q.text} for q in _examples()]
        super().__init__(address, _Handler)
        settings = {"timeout": service.timeout, "max_rows": service.max_rows}
        self.page = _page(self.examples, "/sparql", settings)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.service.close()


def _examples():
    try:
        return saved_queries()
    except QueryError:
        return []


def make_server(exports: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int = 2,
                log: bool = False) -> SparqlServer:
    """A server bound to ``host:port`` (port 0: any free port), not yet serving."""
    service = QueryService(exports, workers=workers, timeout=timeout, max_rows=max_rows)
    try:
        return SparqlServer((host, port), service, log=log)
    except OSError as e:
        service.close()
        raise QueryError(f"cannot listen on {host}:{port}: {e.strerror or e}",
                         hint="choose another --port, or stop what uses it") from None

