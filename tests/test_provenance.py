"""Every fact with its evidence: the factoid model as a user queries it through the exports.

One SPARQL query returns, for each relation of the 1938 resolution, its quote and offsets, and
every quote is the text at those offsets; an attributed claim ("the telegram says the resolution
absolves the NKVD") is told apart from what the resolution itself says; each assertion names
its document's extraction activity (which the build was informed by), software, extractor,
confidence, status and the agent it is attributed to."""
from __future__ import annotations

import datetime as dt

from kg.api import build_info
from kg.graph.build import software_iri
from kg.query import run_query

from .conftest import RESOLUTION, TELEGRAM

DOC = f"https://w3id.org/partkg/doc/{RESOLUTION}"
TEL = f"https://w3id.org/partkg/doc/{TELEGRAM}"

EVIDENCE_QUERY = f"""
SELECT ?s ?p ?o ?quote ?start ?end ?text WHERE {{
  ?a a pkg:Assertion ; pkg:accordingTo <{DOC}> ;
     rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     oa:hasTarget ?t .
  ?t oa:hasSource ?src ; oa:hasSelector ?q , ?pos .
  ?q oa:exact ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?src pkg:text ?text .
}}"""


def _rows(out, sparql):
    r = run_query(out, sparql)
    return [dict(zip(r.variables, row)) for row in r.rows]


def test_each_relation_of_the_1938_resolution_with_its_quote_and_offsets(built):
    result, out = built
    rows = _rows(out, EVIDENCE_QUERY)
    ex = next(e for e in result.extractions if e.document.id == RESOLUTION)
    assert len(rows) == len(ex.assertions) > 20     # one row per assertion (rejected ones too: they keep their evidence)
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end
        assert row["text"][start:end] == row["quote"], row["quote"]
    preds = {row["p"].rsplit("#", 1)[1] for row in rows}
    assert {"issues", "criticizes", "demands"} <= preds


MENTION_QUERY = """
SELECT ?entity ?doc ?quote ?start ?end ?text WHERE {
  GRAPH ?g {
    ?entity pkg:mentionedIn ?doc .
    OPTIONAL { ?m a pkg:Mention ; oa:hasBody ?entity ; oa:hasTarget ?doc ;
                  pkg:quote ?quote ; pkg:quoteStart ?start ; pkg:quoteEnd ?end }
    ?doc pkg:text ?text .
  }
}"""


def test_each_mention_has_its_evidence_and_each_entity_its_derived_document_count(built):
    """pkg:mentionedIn has its evidence like every fact: a pkg:Mention in the document's graph at
    the first place the document names the entity; graph/build counts the documents naming it."""
    result, out = built
    rows = _rows(out, MENTION_QUERY)
    assert len(rows) == sum(len(ex.entities) for ex in result.extractions) > 50
    for row in rows:
        assert row["quote"] is not None, row["entity"]
        start, end = int(row["start"]), int(row["end"])
        assert row["text"][start:end] == row["quote"]
    for ex in result.extractions:
        e = next((e for e in ex.entities if e.id == "stalin"), None)
        if e is not None:
            first = min(e.mentions, key=lambda m: (m.start, m.end))
            row = next(r for r in rows if r["entity"].endswith("/id/stalin") and r["doc"].endswith(ex.document.id))
            assert (int(row["start"]), row["quote"]) == (first.start, first.text)
    counts = {r["e"]: int(r["n"]) for r in _rows(out, "SELECT ?e ?n WHERE { GRAPH graph:build { ?e pkg:documentCount ?n } }")}
    named: dict[str, set[str]] = {}
    for r in rows:
        named.setdefault(r["entity"], set()).add(r["doc"])
    assert counts == {e: len(docs) for e, docs in named.items()}
    assert counts["https://w3id.org/partkg/id/stalin"] == 2          # the resolution and the telegram


REPORTED_QUERY = f"""
SELECT ?p ?o ?source ?reported ?author WHERE {{
  ?a a pkg:Assertion ; rdf:subject <{DOC}> ; rdf:predicate ?p ; rdf:object ?o ;
     pkg:accordingTo ?source ; pkg:reported ?reported ; pkg:status ?status .
  FILTER(?status != "rejected")
  OPTIONAL {{ ?source pkg:authoredBy ?author }}
}}"""


def test_the_resolution_says_x_versus_henderson_says_the_resolution_does_x(built):
    _, out = built
    rows = _rows(out, REPORTED_QUERY)
    absolves = [r for r in rows if r["p"].endswith("#absolves") and r["o"].endswith("/nkvd")]
    # the telegram (by Henderson) reports that the resolution absolves the NKVD …
    assert absolves and all(r["source"] == TEL and r["reported"] == "true" for r in absolves)
    assert {r["author"] for r in absolves} == {"https://w3id.org/partkg/id/henderson"}
    # … and the resolution itself never says so
    assert not [r for r in absolves if r["source"] == DOC]
    # what the resolution says in its own voice about itself is not reported
    own = [r for r in rows if r["source"] == DOC]
    assert own and all(r["reported"] == "false" for r in own)
    # the plain triple is in the telegram's named graph only
    graphs = _rows(out, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{DOC}> pkg:absolves ?x }} }}")
    assert {r["g"] for r in graphs} == {f"https://w3id.org/partkg/graph/{TELEGRAM}"}


def test_assertions_name_build_software_extractor_confidence_status_and_agent(built):
    result, out = built
    rows = _rows(out, """
SELECT ?a ?activity ?build ?version ?extractor ?conf ?status ?agent ?agenttype ?time WHERE {
  ?a a pkg:Assertion ; prov:wasGeneratedBy ?activity ; pkg:extractor ?extractor ;
     pkg:confidence ?conf ; pkg:status ?status ; prov:wasAttributedTo ?agent .
  ?activity a pkg:Extraction, prov:Activity .
  ?build a pkg:Build ; prov:wasInformedBy ?activity ; dcterms:hasVersion ?version ; prov:endedAtTime ?time ;
         prov:wasAssociatedWith ?sw .
  ?sw a prov:SoftwareAgent .
  OPTIONAL { ?agent a ?agenttype }
}""")
    n = sum(len(ex.assertions) for ex in result.extractions)
    assert len({r["a"] for r in rows}) == n
    assert {r["build"] for r in rows} == {str(result.info.iri)}
    assert {r["version"] for r in rows} == {result.info.version}
    assert {r["status"] for r in rows} <= {"extracted", "confirmed", "rejected", "added"}
    assert all(0 <= float(r["conf"]) <= 1 for r in rows)
    extracted = [r for r in rows if r["status"] == "extracted"]
    assert extracted and all(r["extractor"] == result.info.extractor for r in extracted)
    assert {r["agent"] for r in extracted} == {str(software_iri(result.info.extractor))}
    assert {r["agenttype"] for r in extracted} == {"http://www.w3.org/ns/prov#SoftwareAgent"}


def test_each_document_has_one_extraction_activity_in_its_graph(built):
    """An assertion is generated by its document's extraction activity, described in the same
    named graph: the activity used that document and is associated with partkg and the
    extractor; the build was informed by every document's activity."""
    result, out = built
    rows = _rows(out, """
SELECT ?g ?a ?activity ?doc ?source WHERE {
  GRAPH ?g { ?a a pkg:Assertion ; pkg:accordingTo ?source ; prov:wasGeneratedBy ?activity .
             ?activity a pkg:Extraction ; prov:used ?doc } }""")
    assert len({r["a"] for r in rows}) == sum(len(ex.assertions) for ex in result.extractions)
    assert all(r["doc"] == r["source"] for r in rows)
    activities = _rows(out, """
SELECT ?g ?activity ?doc WHERE { GRAPH ?g { ?activity a pkg:Extraction ; prov:used ?doc } }""")
    docs = {f"https://w3id.org/partkg/doc/{ex.document.id}" for ex in result.extractions}
    assert sorted(r["doc"] for r in activities) == sorted(docs)          # one per document
    for r in activities:
        doc_id = r["doc"].rsplit("/", 1)[1]
        assert r["g"] == f"https://w3id.org/partkg/graph/{doc_id}"
        assert r["activity"].startswith(f"https://w3id.org/partkg/extraction/{doc_id}/")
    informed = _rows(out, f"SELECT ?activity WHERE {{ GRAPH ?g {{ <{result.info.iri}> prov:wasInformedBy ?activity }} }}")
    assert sorted(r["activity"] for r in informed) == sorted(r["activity"] for r in activities)
    agents = _rows(out, "SELECT DISTINCT ?agent WHERE { ?x a pkg:Extraction ; prov:wasAssociatedWith ?agent }")
    assert {str(software_iri(result.info.extractor)), str(software_iri(f"partkg/{result.info.version}"))} <= \
        {r["agent"] for r in agents}


def test_build_time_comes_from_source_date_epoch(built, monkeypatch):
    result, out = built
    # tests/conftest.py sets SOURCE_DATE_EPOCH=1700000000 for the session build
    assert result.info.time == "2023-11-14T22:13:20Z"
    rows = _rows(out, "SELECT ?t WHERE { ?b a pkg:Build ; prov:endedAtTime ?t }")
    assert [dt.datetime.fromisoformat(r["t"].replace("Z", "+00:00")) for r in rows] == \
        [dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.timezone.utc)]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert build_info().time == "1970-01-01T00:00:00Z"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    now = dt.datetime.now(tz=dt.timezone.utc)
    got = dt.datetime.fromisoformat(build_info().time.replace("Z", "+00:00"))
    assert abs((got - now).total_seconds()) < 120     # the clock, when no epoch is set
