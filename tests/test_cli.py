"""The kg command, end to end through click's runner."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main

from .conftest import CORPUS, DATA, RESOLUTION, SEEDS


def test_extract_jsonl_on_seeds():
    files = sorted(str(p) for p in SEEDS.glob("*.txt")) if SEEDS.exists() else sorted(str(p) for p in CORPUS.glob("*.txt"))
    r = CliRunner().invoke(main, ["extract", *files, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(line) for line in r.output.splitlines()]
    assert [o["doc"] for o in lines] == [p.rsplit("/", 1)[-1][:-4] for p in files]
    assert all(o["entities"] and o["relations"] for o in lines)


def test_query_answers_which_body_adopted_the_resolution(built):
    _, out = built
    q = ('SELECT ?label WHERE { ?body pkg:issues ?doc . ?doc dcterms:date "1938-01-19"^^xsd:date . '
         '?body skos:prefLabel ?label FILTER(lang(?label) = "en") }')
    r = CliRunner().invoke(main, ["query", q, "--exports", str(out), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "Plenum of the Central Committee" in r.output


def test_query_error_is_one_line(built):
    _, out = built
    r = CliRunner().invoke(main, ["query", "SELEC nothing", "--exports", str(out)])
    assert r.exit_code == 1
    assert r.output.strip().count("\n") == 0 and "SPARQL" in r.output


def test_build_bad_corpus_path_is_one_line(tmp_path):
    r = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "no such file" in r.output and "Traceback" not in r.output


def test_extract_reports_bad_file_and_keeps_good(tmp_path):
    r = CliRunner().invoke(main, ["extract", str(DATA / "broken_front_matter.md"), str(CORPUS / f"{RESOLUTION}.txt")])
    assert r.exit_code == 0
    assert RESOLUTION in r.output
    assert "broken_front_matter.md" in r.output   # stderr is mixed into output by the runner


def test_every_command_documents_an_example():
    for name, cmd in main.commands.items():
        assert "Example:" in (cmd.help or ""), name
