"""kg serve over real HTTP on a free loopback port: the SPARQL 1.1 Protocol, read-only."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from kg.query.server import is_update, make_server

SELECT = "SELECT ?label WHERE { ?b pkg:issues ?d ; skos:prefLabel ?label FILTER(lang(?label) = 'en') } ORDER BY ?label"


@pytest.fixture(scope="module")
def endpoint(built):
    srv = make_server(built[1], "127.0.0.1", 0, timeout=4.0, max_rows=3, workers=1)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv.url
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


def call(url, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(base, query, accept=None, **params):
    return call(f"{base}sparql?{urlencode({'query': query, **params})}", headers={"Accept": accept} if accept else {})


def test_select_as_json_like_curl(endpoint):
    status, headers, body = get(endpoint, SELECT, "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    labels = [b["label"]["value"] for b in data["results"]["bindings"]]
    assert any("Plenum of the Central Committee" in lab for lab in labels)
    assert data["results"]["bindings"][0]["label"]["xml:lang"] == "en"


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_results_formats_parse_back(endpoint, accept, fmt):
    status, headers, body = get(endpoint, "SELECT ?s ?n WHERE { ?s pkg:number ?n } ORDER BY ?n LIMIT 2", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    rows = list(ox.parse_query_results(body, format=fmt))
    assert len(rows) == 2 and rows[0]["n"].datatype.value.endswith("#integer")


def test_csv(endpoint):
    status, headers, body = get(endpoint, SELECT, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    lines = body.decode("utf-8").split("\r\n")
    assert lines[0] == "label" and any("Plenum" in line for line in lines[1:])


def test_post_form_and_sparql_query_bodies(endpoint):
    for data, ctype in ((urlencode({"query": SELECT}).encode(), "application/x-www-form-urlencoded"),
                        (SELECT.encode(), "application/sparql-query")):
        status, _, body = call(endpoint + "sparql", data=data, headers={"Content-Type": ctype})
        assert status == 200, body
        assert json.loads(body)["head"]["vars"] == ["label"]


def test_ask_and_construct(endpoint):
    status, _, body = get(endpoint, "ASK { ?s a pkg:Assertion }")
    assert status == 200 and json.loads(body)["boolean"] is True
    q = "CONSTRUCT { ?b skos:prefLabel ?l } WHERE { ?b pkg:issues ?d ; skos:prefLabel ?l }"
    status, headers, body = get(endpoint, q, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert triples and all(t.predicate.value.endswith("core#prefLabel") for t in triples)
    status, headers, body = get(endpoint, "DESCRIBE id:nkvd", "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert list(ox.parse(body, format=ox.RdfFormat.JSON_LD))


def test_updates_are_refused(endpoint):
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    status, _, body = call(endpoint + "sparql", data=urlencode({"query": insert}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, body = call(endpoint + "sparql", data=urlencode({"update": insert}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, body = call(endpoint + "sparql", data=insert.encode(),
                           headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = call(endpoint + "sparql", data=b"x", method="PUT")
    assert status == 405
    status, _, body = get(endpoint, "ASK { <http://example.org/a> ?p ?o }")
    assert json.loads(body)["boolean"] is False


def test_update_detection_reads_past_the_prologue():
    assert is_update("# comment\nPREFIX ex: <http://x/>\n  delete where { ?s ?p ?o }") == "DELETE"
    assert is_update("PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:insert ?o }") is None


def test_malformed_query_is_400_with_the_parser_message(endpoint):
    status, headers, body = get(endpoint, "SELEC ?x WHERE { ?x ?y }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert b"SPARQL query failed" in body and b"error at" in body
    status, _, _ = call(endpoint + "sparql")
    assert status == 400


def test_unacceptable_format_is_406(endpoint):
    status, _, body = get(endpoint, SELECT, "image/png")
    assert status == 406 and b"accept one of" in body


def test_result_limit_cuts_and_says_so(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s WHERE { ?s a pkg:Assertion }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 3
    assert headers["X-Partkg-Truncated"] == "true"


def test_time_limit_stops_the_query_and_the_endpoint_recovers(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = get(endpoint, slow)
    assert status == 503 and b"time limit" in body
    status, _, body = get(endpoint, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_query_page_is_self_contained_with_the_saved_queries(endpoint):
    status, headers, body = call(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = body.decode("utf-8")
    assert "cq01_body_adopted_resolution" in html and "Which body adopted" in html
    assert "http://" not in html.split("<script")[0] and "src=" not in html and "<link" not in html
    assert "default-src 'none'" in headers["Content-Security-Policy"]
