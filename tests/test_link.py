"""Links to Wikidata: the review workflow, the HTTP layer, scoring, links.csv, the federated query.

Nothing here reaches the network: a server on 127.0.0.1 stands in for Wikidata, answering from
the recorded items in tests/data/wikidata/ (see tests/data/README.md).
"""
from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import threading
import unicodedata
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.resolve.authority import Authority, AuthorityEntry, load_authority
from kg.resolve.link import (
    LinkError, Target, WikidataClient, apply_review, link_corpus, measure_links, read_review,
    reconcile, score_candidate, suggestion, unlinked_entities, user_agent,
)

from .conftest import CORPUS, DATA

WD = DATA / "wikidata"
ITEMS = json.loads((WD / "items.json").read_text(encoding="utf-8"))["entities"]
REFERENCE = yaml.safe_load((WD / "second_sources.yaml").read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return " ".join("".join(c for c in s if c.isalnum() or c.isspace()).split())


class FakeWikidata(BaseHTTPRequestHandler):
    """Wikidata's action API over the recorded items: wbsearchentities matches a label or alias
    (exact matches first, then prefixes), wbgetentities returns the asked props."""

    log: list[tuple[str, dict[str, str]]] = []

    def do_GET(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        type(self).log.append((self.path, dict(self.headers)))
        if url.path == "/sparql":
            return self._send((WD / "federated_answer.json").read_bytes(), "application/sparql-results+json")
        if q.get("action") == "wbsearchentities":
            body = self._search(q["search"], q.get("language", "en"), int(q.get("limit", 7)))
        elif q.get("action") == "wbgetentities":
            body = self._entities(q["ids"].split("|"), q.get("props", "").split("|"), q.get("languages", "en").split("|"))
        else:
            body = {"error": {"code": "badvalue", "info": "unknown action"}}
        self._send(json.dumps(body).encode(), "application/json")

    do_POST = do_GET   # the SPARQL stand-in answers POSTs too

    def _send(self, data: bytes, ctype: str) -> None:
        if self.command == "POST":
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _search(self, text: str, lang: str, limit: int) -> dict:
        want, hits = _norm(text), []
        for qid, ent in ITEMS.items():
            names = [(ent["labels"].get(lang) or {}).get("value", "")]
            names += [a["value"] for a in ent.get("aliases", {}).get(lang, [])]
            names = [n for n in names if n]
            exact = [n for n in names if _norm(n) == want]
            prefix = [n for n in names if _norm(n).startswith(want)]
            if exact or prefix:
                hits.append((0 if exact else 1, int(qid[1:]), qid, (exact or prefix)[0]))
        hits.sort()
        out = []
        for _, _, qid, matched in hits[:limit]:
            ent = ITEMS[qid]
            out.append({"id": qid, "title": qid, "concepturi": f"http://www.wikidata.org/entity/{qid}",
                        "label": (ent["labels"].get(lang) or ent["labels"]["en"])["value"],
                        "description": (ent.get("descriptions", {}).get("en") or {}).get("value", ""),
                        "match": {"type": "label", "language": lang, "text": matched}})
        return {"searchinfo": {"search": text}, "search": out, "success": 1}

    def _entities(self, ids: list[str], props: list[str], langs: list[str]) -> dict:
        out = {}
        for qid in ids:
            ent = ITEMS.get(qid)
            if ent is None:
                out[qid] = {"id": qid, "missing": ""}
                continue
            e = {"type": "item", "id": qid}
            for p in props:
                if p in ("labels", "descriptions", "aliases"):
                    e[p] = {k: v for k, v in ent.get(p, {}).items() if k in langs}
                elif p == "claims":
                    e[p] = ent.get("claims", {})
            out[qid] = e
        return {"entities": out, "success": 1}

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def fake_wikidata():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeWikidata)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _unlinked(authority: Authority) -> Authority:
    """The authority with every Wikidata id removed, to see what reconciliation finds alone."""
    return Authority(dataclasses.replace(e, links=tuple((k, v) for k, v in e.links if k != "wikidata"))
                     for e in authority.entries.values())


def _corpus_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst, ignore=shutil.ignore_patterns("links-review.yaml"))
    return dst


# --------------------------------------------------------------------------- offline by default

def test_link_without_online_says_what_it_would_do_and_makes_no_request(monkeypatch, tmp_path):
    def no_network(*a, **k):
        raise AssertionError("kg link went online without --online")
    monkeypatch.setattr("urllib.request.urlopen", no_network)
    corpus = _corpus_copy(tmp_path)
    r = CliRunner().invoke(main, ["link", str(corpus)])
    assert r.exit_code == 0, r.output
    assert "no request was made" in r.output and "name searches" in r.output
    assert "kollontai (Person)" in r.output and "lenin" not in r.output   # Lenin is linked already
    assert not (corpus / "links-review.yaml").exists()


# --------------------------------------------------------------------------- online, on loopback

def test_online_link_writes_candidates_for_review_and_links_nothing(fake_wikidata, tmp_path):
    corpus = _corpus_copy(tmp_path)
    n0 = len(FakeWikidata.log)
    args = ["link", str(corpus), "--online", "--endpoint", f"{fake_wikidata}/w/api.php",
            "--cache", str(tmp_path / "cache"), "--rate", "1000", "--contact", "historian@example.org"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    sent = FakeWikidata.log[n0:]
    assert sent and all(h.get("User-Agent") == user_agent("historian@example.org") for _, h in sent)
    assert all("historian@example.org" in h["User-Agent"] and "partkg/" in h["User-Agent"] for _, h in sent)
    review = read_review(corpus / "links-review.yaml")
    assert review["kollontai"]["candidates"] == []              # no recorded item: nothing to suggest
    ny = review["new_york"] if "new_york" in review else None
    if ny is not None:                                          # unless the authority links it already
        assert [c["qid"] for c in ny["candidates"]][:1] in (["Q60"], ["Q900000009"])
    assert all(rec["accept"] is None for rec in review.values())   # a historian decides, not kg

    # the same run again: every answer comes from the cache
    n1 = len(FakeWikidata.log)
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert len(FakeWikidata.log) == n1 and "0 requests" in r.output


def test_accepted_link_is_applied_on_build_and_decisions_survive_a_rerun(fake_wikidata, tmp_path):
    from kg.api import build
    corpus = _corpus_copy(tmp_path)
    client = WikidataClient(endpoint=f"{fake_wikidata}/w/api.php", cache_dir=tmp_path / "cache", min_interval=0)
    link_corpus(corpus, online=True, client=client, today="2024-01-01")
    path = corpus / "links-review.yaml"
    assert "henderson" in read_review(path)

    # before anyone accepts, the build links nothing new
    res = build(corpus, tmp_path / "out0", formats=("links",))
    assert "henderson" not in {row["id"] for row in csv.DictReader(open(tmp_path / "out0" / "links.csv"))}

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for rec in data["entities"]:
        if rec["id"] == "henderson":      # a made-up QID: this is a test of the workflow only
            rec.update(accept="Q900000500", reviewer="A. Historian", source="checked by hand (test)")
        if rec["id"] == "kollontai":
            rec["accept"] = "none"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    res = build(corpus, tmp_path / "out", formats=("links", "nquads"))
    rows = {row["id"]: row for row in csv.DictReader(open(tmp_path / "out" / "links.csv"))}
    assert rows["henderson"]["wikidata"] == "Q900000500"
    assert "checked by hand (test)" in rows["henderson"]["source"]
    assert "kollontai" not in rows
    nq = (tmp_path / "out" / "partkg.nq").read_text(encoding="utf-8")
    assert ("<https://w3id.org/partkg/id/henderson> <http://www.w3.org/2004/02/skos/core#exactMatch> "
            "<http://www.wikidata.org/entity/Q900000500>") in nq
    assert res.authority.get("henderson").label == load_authority().get("henderson").label

    # asking again keeps the decisions and does not ask about decided entities
    rep = link_corpus(corpus, online=True, client=client, today="2024-01-02")
    assert {"henderson", "kollontai"}.isdisjoint(t.id for t in rep.targets)
    again = read_review(path)
    assert again["henderson"]["accept"] == "Q900000500" and again["henderson"]["reviewer"] == "A. Historian"
    assert again["kollontai"]["accept"] == "none"


def test_reconciler_suggests_the_verified_items_and_rejects_lookalikes(fake_wikidata, tmp_path, extractions):
    """Hide the authority's Wikidata ids and reconcile the corpus's entities against the recorded
    items (the verified items plus made-up look-alikes): every suggestion must be the verified id."""
    authority = load_authority()
    verified = {k: dict(e.links)["wikidata"] for k, e in authority.entries.items() if dict(e.links).get("wikidata")}
    targets = [t for t in unlinked_entities(list(extractions.values()), _unlinked(authority)) if t.id in verified]
    assert {"lenin", "stalin", "moscow", "nkvd", "communist_party", "rostov_oblast"} <= {t.id for t in targets}
    client = WikidataClient(endpoint=f"{fake_wikidata}/w/api.php", cache_dir=tmp_path / "c", min_interval=0)
    results = reconcile(targets, client)
    suggested = {t.id: q for t in targets if (q := suggestion(results[t.id]))}
    right = [k for k, q in suggested.items() if q == verified[k]]
    assert len(right) / len(suggested) >= 0.98, {k: (q, verified[k]) for k, q in suggested.items()}
    assert len(suggested) >= 10
    assert "new_york" not in suggested          # the city and the state tie: the historian decides
    why = {t: {c.qid: c for c in results[t]} for t in results}
    assert why["lenin"]["Q900000003"].rejected                       # the icebreaker
    stalin = next(t for t in targets if t.id == "stalin")
    assert score_candidate(stalin, "Q900000002", ITEMS["Q900000002"], {"Q900000107": "film"}).rejected   # a film
    assert "after the 1938 document" in why["stalin"]["Q900000012"].why[0]   # a later namesake
    cp = next(t for t in targets if t.id == "communist_party")
    assert score_candidate(cp, "Q900000004", ITEMS["Q900000004"], {"Q900000101": "political party"}).rejected
    assert why["nkvd"]["Q900000006"].rejected                        # the RSFSR's NKVD of 1917-1930
    rostov = next(t for t in targets if t.id == "rostov_oblast")
    assert score_candidate(rostov, "Q900000008", ITEMS["Q900000008"], {"Q900000111": "town"}).rejected   # Rostov town
    assert why["moscow"]["Q900000010"].rejected                      # a disambiguation page
    assert why["moscow"]["Q649"].score > why["moscow"]["Q900000001"].score   # not Moscow, Idaho


def test_score_rejects_a_band_for_a_city():
    t = Target("leningrad", "Leningrad", "Place", ["Leningrad"], ["Ленинград"], doc_dates=["1938-01-19"])
    c = score_candidate(t, "Q900000011", ITEMS["Q900000011"], {"Q900000110": "musical group"})
    assert c.rejected and c.score == 0 and "musical group" in c.why[0]


# --------------------------------------------------------------------------- the HTTP layer

def test_client_caches_rate_limits_and_sends_user_agent(tmp_path):
    calls, sleeps = [], []
    now = [100.0]

    def transport(url, headers):
        calls.append((url, headers))
        return json.dumps({"search": [{"id": "Q649", "label": "Moscow"}], "success": 1}).encode()

    client = WikidataClient(endpoint="https://wikidata.invalid/w/api.php", cache_dir=tmp_path, transport=transport,
                            min_interval=2.0, contact="me@example.org", clock=lambda: now[0], sleep=sleeps.append)
    assert client.search("Moscow")[0]["id"] == "Q649"
    now[0] += 0.5
    client.search("Rostov")                 # 0.5 s after the last request: waits 1.5 s more
    now[0] += 5
    client.search("Saratov")                # long after: no wait
    client.search("Moscow")                 # cached: no request, no wait
    assert sleeps == [1.5]
    assert len(calls) == 3 and client.requests == 3 and client.cache_hits == 1
    assert all(h["User-Agent"] == user_agent("me@example.org") for _, h in calls)
    assert "action=wbsearchentities" in calls[0][0] and "format=json" in calls[0][0]


def test_client_reports_an_api_error_as_one_line(tmp_path):
    client = WikidataClient(cache_dir=tmp_path, transport=lambda u, h: b'{"error": {"code": "maxlag", "info": "lagged"}}',
                            min_interval=0)
    with pytest.raises(LinkError, match="maxlag"):
        client.search("Moscow")
    with pytest.raises(LinkError, match="http"):
        WikidataClient(endpoint="file:///etc/passwd")


def test_unreachable_endpoint_is_one_clean_line(tmp_path):
    corpus = _corpus_copy(tmp_path)
    r = CliRunner().invoke(main, ["link", str(corpus), "--online", "--endpoint", "http://127.0.0.1:1/w/api.php",
                                  "--cache", str(tmp_path / "c")])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.output.startswith("Error:") and r.output.strip().count("\n") == 0


# --------------------------------------------------------------------------- the review file

def test_review_file_mistakes_are_reported(tmp_path):
    bad = tmp_path / "links-review.yaml"
    bad.write_text("entities:\n- id: henderson\n  accept: Henderson\n", encoding="utf-8")
    with pytest.raises(LinkError, match="accept must be a QID"):
        read_review(bad)
    bad.write_text("entities: [\n", encoding="utf-8")
    with pytest.raises(LinkError, match="not valid YAML"):
        read_review(bad)


def test_apply_review_adds_entries_and_never_overrides_the_authority(tmp_path):
    base = Authority([AuthorityEntry("moscow", "Place", "Moscow", links=(("wikidata", "Q649"),), source="s")])
    path = tmp_path / "links-review.yaml"
    path.write_text(yaml.safe_dump({"entities": [
        {"id": "moscow", "accept": "Q900000001"},
        {"id": "bukharin", "type": "Person", "label": "Nikolai Bukharin", "accept": "Q900000600",
         "candidates": [{"qid": "Q900000600", "label": "Nikolai Bukharin", "score": 0.95}], "asked": "2024-01-01"},
        {"id": "rykov", "type": "Person", "label": "Alexei Rykov", "accept": None}]}), encoding="utf-8")
    out = apply_review(base, path)
    assert dict(out.get("moscow").links)["wikidata"] == "Q649"
    assert dict(out.get("bukharin").links) == {"wikidata": "Q900000600"}
    assert "score 0.95" in out.get("bukharin").source and "rykov" not in out


# --------------------------------------------------------------------------- exports and measures

def test_links_csv_lists_every_linked_entity_of_the_graph(built):
    result, out = built
    from rdflib import URIRef
    from rdflib.namespace import SKOS
    rows = list(csv.DictReader(open(out / "links.csv", encoding="utf-8")))
    assert rows and list(rows[0]) == ["id", "label", "type", "wikidata", "viaf", "geonames", "source", "documents", "iri"]
    matched = {str(s) for s, _, o, _ in result.dataset.quads((None, SKOS.exactMatch, None, None))
               if str(o).startswith("http://www.wikidata.org/entity/")}
    assert {r["iri"] for r in rows if r["wikidata"]} == matched
    by_id = {r["id"]: r for r in rows}
    assert by_id["stalin"]["wikidata"] == "Q855" and by_id["stalin"]["type"] == "Person"
    assert by_id["central_committee"]["documents"].count(";") == 2        # named in all three documents
    assert all(r["source"] for r in rows)                                 # every id says where it was verified
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert URIRef(by_id["stalin"]["iri"]) in {s for s, _, _, _ in result.dataset.quads((None, SKOS.exactMatch, None, None))}


def test_link_precision_against_second_sources(built):
    """The corpus's links against the QIDs seen in a second, independent public source
    (tests/data/wikidata/second_sources.yaml)."""
    result, _ = built
    m = measure_links(result.extractions, result.authority, REFERENCE)
    assert m["checked"] >= 5
    assert m["precision"] >= 0.98, m["wrong"]
    assert set(m["covered"]) <= set(m["has_item"])


def test_federated_query_joins_wikidata_answers(built, fake_wikidata):
    """The saved query, with its SERVICE pointed at the loopback stand-in for Wikidata's endpoint."""
    from kg.query.engine import execute, open_store
    _, out = built
    text = (Path(__file__).resolve().parents[1] / "queries" / "federated_wikidata.rq").read_text(encoding="utf-8")
    assert "SERVICE SILENT <https://query.wikidata.org/sparql>" in text
    local = text.replace("https://query.wikidata.org/sparql", f"{fake_wikidata}/sparql")
    rows = list(execute(open_store(out), local))
    by_entity = {r["entity"].value.rsplit("/", 1)[-1]: r for r in rows}
    linked = {r["id"] for r in csv.DictReader(open(out / "links.csv", encoding="utf-8")) if r["wikidata"]}
    assert set(by_entity) == linked
    assert by_entity["moscow"]["description"].value == "capital city of Russia"
    assert by_entity["stalin"]["born"].value.startswith("1878-12-18")
    assert by_entity["lenin"]["description"] is None          # the stand-in knows nothing of Lenin
