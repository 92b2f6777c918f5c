"""A corpus mixing the seeds with hostile and broken files: it builds without a traceback, names
every bad file, keeps every good document's facts, leaks no local file into any export, and no
document text turns into markup or script in any exported HTML page."""
from __future__ import annotations

import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.api import build
from kg.errors import XMLError
from kg.loaders import load_path

from .conftest import CORPUS, DATA

SECRET = "partkg-secret-7f3a9c"   # the content of a file outside the corpus: must never be exported
MARKER = "PWNED"                   # in every injected script and event handler

#: bad or hostile file → a word its one problem line must hold
EXPECTED = {
    "empty.txt": "empty", "binary.txt": "binary", "undecidable.txt": "encoding",
    "unclosed_front_matter.md": "front matter", "duplicate_id.md": "already used",
    "not_well_formed.tei.xml": "not well-formed", "bad_date.md": "date", "control_chars.txt": "control",
    "billion_laughs.xml": "hostile", "external_dtd.xml": "hostile", "parameter_entity.xml": "hostile",
    "xxe.xml": "hostile", "xxe_secret.xml": "hostile", "yaml_aliases.md": "aliases", "leak.txt": "outside",
}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for p in [*CORPUS.glob("*.txt"), CORPUS / "curation.yaml"]:   # the corpus's corrections apply too
        shutil.copy(p, corpus / p.name)
    for folder in ("bad", "hostile"):
        for p in (DATA / folder).iterdir():
            shutil.copy(p, corpus / p.name)
    shutil.copy(DATA / "hostile_xxe.xml", corpus / "xxe.xml")
    secret = root / "secret.txt"
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "xxe_secret.xml").write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE TEI [ <!ENTITY s SYSTEM "file://{secret}"> ]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
        '</titleStmt></fileDesc></teiHeader><text><body><p>&s;</p></body></text></TEI>\n', encoding="utf-8")
    out = root / "exports"
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    result = build(corpus, out, jobs=1)
    return result, out


def test_every_bad_file_is_named_once_with_what_to_do(hostile_build):
    result, out = hostile_build
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    for name, word in EXPECTED.items():
        lines = [p for p in report["problems"] if Path(p["path"]).name == name]
        assert len(lines) == 1, (name, lines)
        msg = lines[0]["message"]
        assert name in msg and word in msg.lower() and "\n" not in msg, msg
        assert "(" in msg, f"no hint on what to do: {msg}"   # every problem ends with its hint
    assert report["summary"]["errors"] + report["summary"]["warnings"] == len(report["problems"])
    assert {p.path for p in result.problems} == {p["path"] for p in report["problems"]}


def test_the_good_documents_keep_every_fact(hostile_build, built):
    result, _ = hostile_build
    clean, _ = built
    got = {ex.document.id: {a.key for a in ex.assertions} for ex in result.extractions}
    for ex in clean.extractions:
        assert got[ex.document.id] == {a.key for a in ex.assertions}, ex.document.id
    # files that could be read despite their faults are built too
    ids = set(got)
    assert {"cp1251", "koi8r", "latin1", "bad_date", "prose_date", "control_chars", "script_injection"} <= ids
    by_id = {ex.document.id: ex.document for ex in result.extractions}
    assert by_id["prose_date"].meta["date"] == "1938-01-19"
    assert "date" not in by_id["bad_date"].meta or by_id["bad_date"].meta["date"] != "1938-13-45"
    assert by_id["koi8r"].text.startswith("Пленум ЦК ВКП(б)") and by_id["cp1251"].text == by_id["koi8r"].text


def test_no_local_file_leaks_into_any_export(hostile_build):
    _, out = hostile_build
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()[:1] if Path("/etc/passwd").exists() else []
    for p in out.rglob("*"):
        if p.is_file() and ".cache" not in p.parts:
            data = p.read_bytes()
            assert SECRET.encode() not in data, p
            for line in passwd:
                assert line.encode() not in data, p


def test_rdf_exports_parse_after_hostile_input(hostile_build):
    _, out = hostile_build
    for name, fmt in (("partkg.ttl", "turtle"), ("partkg.nt", "nt")):
        assert len(Graph().parse(out / name, format=fmt)) > 0
    for name, fmt in (("partkg.trig", "trig"), ("partkg.nq", "nquads")):
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        assert any("script_injection" in str(g.identifier) for g in ds.graphs())


class _Page(HTMLParser):
    """Every element with its attributes, and the text of every <script> with its type."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[tuple[str, str]] = []
        self._script_type: str | None = None
        self._buf: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script_type = dict(attrs).get("type") or "text/javascript"
            self._buf = []

    def handle_data(self, data):
        if self._script_type is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script_type is not None:
            self.scripts.append((self._script_type, "".join(self._buf)))
            self._script_type = None

    def handle_comment(self, data):
        self.comments.append(data)


def _pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html") if ".cache" not in p.parts)


def test_no_document_text_becomes_markup_or_script(hostile_build):
    _, out = hostile_build
    pages = _pages(out)
    assert pages and pages[0].name == "graph.html" or (out / "graph.html") in pages
    shown = False
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parsed = _Page()
        parsed.feed(html)
        parsed.close()
        for tag, attrs in parsed.tags:
            assert MARKER not in tag, (page, tag)
            for k, v in attrs:
                assert MARKER not in k and (v is None or MARKER not in v), (page, tag, k, v)
        for kind, body in parsed.scripts:
            if MARKER in body:
                # document text may sit in a script only as JSON data, which must parse as JSON
                assert kind in ("application/json", "application/ld+json"), (page, kind, body[:200])
                data = json.loads(body)
                shown = shown or MARKER in json.dumps(data)
        for c in parsed.comments:
            assert MARKER not in c, (page, c[:200])
        # the raw payloads never appear unescaped
        assert "</script><script>" not in html.replace("<\\/script", "")
        assert "<img src=x onerror" not in html and "<svg onload" not in html, page
    assert shown, "the hostile document's text should be in the graph page's data"


def test_injected_title_survives_as_text_in_the_data(hostile_build):
    _, out = hostile_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(html)
    blobs = [json.loads(body) for kind, body in parsed.scripts if kind == "application/json"]
    labels = [n.get("label", "") for b in blobs for n in b.get("nodes", [])]
    assert any(lbl.startswith("</script><script>document.title='PWNED-title'") for lbl in labels), labels[:5]


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_dtd.xml", "parameter_entity.xml"])
def test_entity_expansion_and_external_dtds_are_refused(name):
    with pytest.raises(XMLError, match="hostile XML") as e:
        load_path(DATA / "hostile" / name)
    assert name in str(e.value) and "lol" not in str(e.value)
