"""The saved queries (queries/*.rq) answer the competency questions
(../shared/competency-questions.md) on the graph built from corpus/, each answer with its
evidence. Expectations are the facts the texts state, checked by label and value."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import open_store, run_query
from kg.query.saved import QUERIES_DIR, find_saved_query, saved_queries

from .conftest import ESSAY, RESOLUTION, TELEGRAM

DOC = "https://w3id.org/partkg/doc/"
#: the competency questions' queries (queries/ may hold others, e.g. a federated one)
SAVED = [q for q in saved_queries() if re.fullmatch(r"cq\d\d_\w+", q.name)]


@pytest.fixture(scope="session")
def store(built):
    return open_store(built[1])


@pytest.fixture(scope="session")
def texts(store):
    r = run_query(store, "SELECT ?d ?t WHERE { ?d a pkg:Document ; pkg:text ?t }")
    return {d: t for d, t in r.rows}


def answer(store, name: str) -> list[dict]:
    r = run_query(store, find_saved_query(name).text)
    return [dict(zip(r.variables, row)) for row in r.rows]


def test_one_saved_query_per_competency_question():
    assert [q.short for q in SAVED] == [f"cq{n:02d}" for n in range(1, 13)]
    for q in SAVED:
        assert q.text.startswith("# Q"), q.name
        assert q.question.endswith("?") and len(q.question) > 20, q.name


@pytest.mark.parametrize("name", [q.name for q in SAVED])
def test_every_answer_carries_its_evidence(store, texts, name):
    rows = answer(store, name)
    assert rows, f"{name} has no answer"
    for row in rows:
        assert row["source"] in texts, (name, row)
        quote, start, end = row["quote"], row["start"], row["end"]
        assert quote and start is not None and end is not None, (name, row)
        assert texts[row["source"]][int(start):int(end)] == quote, (name, row)


def _from(rows, doc, reported=None):
    return [r for r in rows if r["source"] == DOC + doc and (reported is None or r["reported"] == reported)]


def test_cq01_the_plenum_adopted_the_resolution(store):
    rows = _from(answer(store, "cq01"), RESOLUTION, "false")
    labels = [r["bodyLabel"].lower() for r in rows]
    assert any("plenum" in lab and "central committee" in lab for lab in labels), labels
    assert all(r["resolution"] == DOC + RESOLUTION for r in rows)


def test_cq02_the_resolution_cites_the_1937_decision_and_the_1936_letter(store):
    rows = {r["date"]: r for r in answer(store, "cq02") if r["date"]}
    assert {"1937-03-05", "1936-06-24"} <= set(rows), rows.keys()
    decision, letter = rows["1937-03-05"], rows["1936-06-24"]
    assert "plenum" in decision["issuerLabel"].lower()
    assert "On shortcomings in party work and measures for liquidating Trotskyite" in decision["quote"]
    assert "Stalin" in decision["quote"]
    assert "central committee" in letter["issuerLabel"].lower()
    assert "On mistakes in examining the appeals of people excluded from the Party" in letter["quote"]
    assert all(r["source"] == DOC + RESOLUTION for r in rows.values())


def test_cq03_the_resolution_criticizes_party_organizations_their_leaders_and_the_regional_committees(store):
    own = _from(answer(store, "cq03"), RESOLUTION, "false")
    labels = " | ".join(r["targetLabel"].lower() for r in own)
    for body in ("party organizations", "party leaders", "obkoms", "kraikoms",
                 "central committees of national communist parties"):
        assert body in labels, (body, labels)


def test_cq04_ten_provisions_with_modality_addressees_and_deadlines(store):
    rows = {int(r["number"]): r for r in answer(store, "cq04")}
    assert sorted(rows) == list(range(1, 11))
    p3 = rows[3]
    for addressee in ("obkoms", "kraikoms", "central committees of national communist parties",
                      "commission of party control"):
        assert addressee in p3["addressees"].lower(), (addressee, p3["addressees"])
    assert "three months" in p3["quote"] and p3["deadline"].startswith("1938-04")
    assert rows[8]["modality"] == "forbids" and "party organizations" in rows[8]["addressees"].lower()
    assert "party card" in rows[8]["quote"]
    assert rows[9]["modality"] == "forbids" and "from their job" in rows[9]["quote"]
    assert rows[10]["deadline"] == "1938-02-15" and "obkoms" in rows[10]["addressees"].lower()
    assert "employment" in rows[10]["quote"]


def test_cq05_unexamined_appeals_by_region(store):
    rows = answer(store, "cq05")
    assert {r["regionLabel"]: int(r["value"]) for r in rows} == {
        "Rostov Oblast": 2500, "Krasnodar Krai": 2000, "Smolensk Oblast": 2300,
        "Voronezh Oblast": 1200, "Saratov Oblast": 500}
    assert {r["regionLabel"]: r["qualifier"] for r in rows}["Rostov Oblast"] == "more than"


def test_cq06_henderson_reported_it_by_telegram_to_the_secretary_of_state(store):
    rows = answer(store, "cq06")
    assert rows and all(r["report"] == DOC + TELEGRAM for r in rows)
    r = rows[0]
    assert r["genre"] == "telegram" and "Henderson" in r["authorLabel"]
    assert "Chargé" in r["positionLabel"] and "Secretary of State" in r["recipientLabel"]
    assert r["date"].startswith("1938-01")
    assert "Moscow press" in r["venueLabel"] and "Moscow press published" in r["quote"]


def test_cq07_the_telegram_says_the_resolution_absolves_the_nkvd(store):
    rows = answer(store, "cq07")
    assert len(rows) == 1
    r = rows[0]
    assert "NKVD" in r["bodyLabel"] and r["source"] == DOC + TELEGRAM and r["reported"] == "true"
    assert "absolve the Commissariat for Internal Affairs" in r["quote"]
    # the claim is the telegram's: the resolution itself says nothing of the kind
    own = run_query(store, f"ASK {{ ?a rdf:predicate pkg:absolves ; pkg:accordingTo <{DOC + RESOLUTION}> }}")
    assert own.boolean is False


def test_cq08_the_telegram_compares_it_to_stalins_dizziness_from_success(store):
    rows = answer(store, "cq08")
    assert len({r["statement"] for r in rows}) == 1
    r = rows[0]
    assert "dizz" in r["statementLabel"].lower() and "dizziness from success statement" in r["quote"]
    assert r["date"].startswith("1930")
    assert "Stalin" in r["authorLabel"] and "collectivization" in r["topicLabel"].lower()
    assert r["source"] == DOC + TELEGRAM


def test_cq09_the_tenth_congress_dissolved_factions_and_empowered_the_central_committee_to_expel(store):
    rows = answer(store, "cq09")
    authorized = [r for r in rows if r["kind"] == "relation" and r["what"].endswith("#authorizes")]
    assert any("Central Committee" in r["whomLabel"] and "including expulsion" in r["quote"] for r in authorized)
    provisions = [r for r in rows if r["kind"] == "provision"]
    assert any("dissolution of all groups" in r["quote"] for r in provisions)
    conditions = [r for r in rows if r["kind"] == "condition"]
    assert any(abs(float(r["value"]) - 2 / 3) < 0.001 and "two-thirds" in r["quote"] for r in conditions)
    assert all(r["source"] == DOC + ESSAY for r in rows)
    # a row per fact and passage, with the number of documents that state it in these words
    assert all(r["documents"] == "1" for r in rows)
    assert len({(r["kind"], r["what"], r["whomLabel"], r["point"], r["value"], r["start"]) for r in rows}) == len(rows)


def test_cq10_the_1921_purge_expelled_about_a_quarter_of_over_700000(store):
    rows = answer(store, "cq10")
    by_value = {int(float(r["value"])): r for r in rows}
    assert set(by_value) == {25, 700000}
    assert by_value[25]["unit"] == "percent" and by_value[25]["qualifier"] == "about"
    assert by_value[700000]["qualifier"] == "over"


def test_cq11_stalin_appears_in_the_resolution_and_the_telegram(store):
    rows = answer(store, "cq11")
    stalin = [r for r in rows if "Stalin" in r["personLabel"]]
    assert {r["source"] for r in stalin} == {DOC + RESOLUTION, DOC + TELEGRAM}
    assert all("Stalin" in r["quote"] for r in stalin)


def test_cq12_first_publication_and_translation(store):
    rows = answer(store, "cq12")
    own = [r for r in rows if r["document"] == DOC + RESOLUTION and r["source"] == DOC + RESOLUTION]
    dated = sorted((r for r in own if r["venueDate"]), key=lambda r: r["venueDate"])
    first, translation = dated[0], dated[-1]
    assert first["venueDate"] == "1954" and "KPSS v rezoliutsiiakh" in first["venueLabel"]
    assert "Vol. III" in first["quote"] and "p. 306" in first["quote"]
    assert translation["venueDate"] == "1974" and "Soviet Government" in translation["venueLabel"]
    assert "Mervyn Matthews, ed." in translation["quote"] and "New York" in translation["quote"]
    assert "pp. 171-175" in translation["quote"]
    # the editor is not a column (the passage cites it); the graph states it one hop from ?venue
    editors = run_query(store, f"""SELECT ?l WHERE {{ GRAPH <https://w3id.org/partkg/graph/{RESOLUTION}> {{
        <{translation['venue']}> pkg:authoredBy ?e . ?e rdfs:label ?l }} }}""").rows
    assert [r[0] for r in editors] == ["Mervyn Matthews"]
    press = [r for r in rows if r["document"] == DOC + RESOLUTION and r["source"] == DOC + TELEGRAM]
    assert any("Moscow press" in r["venueLabel"] for r in press)


def test_cli_lists_and_runs_saved_queries(built):
    r = CliRunner().invoke(main, ["queries"])
    assert r.exit_code == 0, r.output
    assert len(r.output.splitlines()) == len(saved_queries()) and "cq05_unexamined_appeals_by_region" in r.output
    r = CliRunner().invoke(main, ["query", "--saved", "cq05", "--exports", str(built[1]), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "Rostov Oblast" in r.output and "2500" in r.output


def test_unknown_saved_query_lists_the_known_ones():
    r = CliRunner().invoke(main, ["query", "--saved", "cq99"])
    assert r.exit_code == 1
    assert "unknown saved query" in r.output and "cq01_body_adopted_resolution" in r.output


def test_saved_queries_live_in_the_project_folder():
    assert QUERIES_DIR.name == "queries" and (QUERIES_DIR / f"{SAVED[0].name}.rq").exists()
