"""kg publish against a real Oxigraph server (the `oxigraph` package of the test extra),
started on a free loopback port and stopped by the test."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import open_store
from kg.query.publish import PublishError, publish

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = shutil.which("oxigraph")
    assert binary, "the oxigraph server is missing: pip install -e '.[test]' installs it"
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def remote_counts(base: str) -> dict[str, int]:
    req = urllib.request.Request(f"{base}/query?{urlencode({'query': COUNTS})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        data = json.load(r)
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def test_publishing_twice_replaces_every_graph(built, oxigraph_server):
    out = built[1]
    local = {s["g"].value: int(s["n"].value) for s in open_store(out).query(COUNTS)}
    assert len(local) >= 4   # three documents, the authority, the ontology, the build
    first = publish(out, oxigraph_server + "/store")
    assert {p.graph: p.triples for p in first} == local
    assert remote_counts(oxigraph_server) == local
    r = CliRunner().invoke(main, ["publish", "--endpoint", oxigraph_server + "/store", "--exports", str(out)])
    assert r.exit_code == 0, r.output
    assert remote_counts(oxigraph_server) == local     # replaced, not duplicated


def test_publishing_one_graph(built, oxigraph_server):
    graph = "https://w3id.org/partkg/graph/build"
    done = publish(built[1], oxigraph_server + "/store", graphs=[graph])
    assert [p.graph for p in done] == [graph]
    with pytest.raises(PublishError, match="no such graph"):
        publish(built[1], oxigraph_server + "/store", graphs=["https://example.org/none"])


def test_a_wrong_endpoint_is_one_clear_line(built, oxigraph_server):
    r = CliRunner().invoke(main, ["publish", "--endpoint", oxigraph_server + "/nothing", "--exports", str(built[1])])
    assert r.exit_code == 1 and "HTTP 404" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["publish", "--endpoint", f"http://127.0.0.1:{_free_port()}/store",
                                  "--exports", str(built[1])])
    assert r.exit_code == 1 and "cannot reach" in r.output
