"""exports/site/ without a browser: every page is there, every link lands, nothing is loaded from
anywhere, the text of a document page is the document's text, and the pages are deterministic.
(tests/test_browser.py opens the pages in Chromium.)"""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag

import pytest

from kg.exports.site import SitePages, export_site, render_site, site_model
from kg.iri import slug

from .conftest import ESSAY, RESOLUTION, TELEGRAM


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])

    def handle_data(self, data):
        self.text.append(data)


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


@pytest.fixture(scope="module")
def site(built):
    result, out = built
    return result, out / "site", {p: _parse(p) for p in (out / "site").rglob("*.html")}


def test_a_page_for_every_document_and_entity(site):
    result, root, pages = site
    assert (root / "index.html").exists() and (root / "timeline.html").exists()
    for ex in result.extractions:
        assert (root / "doc" / f"{slug(ex.document.id)}.html").exists()
        for e in ex.entities:
            if e.id not in {x.document.id for x in result.extractions}:
                assert (root / "entity" / f"{slug(e.id)}.html").exists(), e.id
    assert not [p for p in root.parent.iterdir() if p.name.startswith(".site")], "a temporary folder was left"


def test_every_internal_link_lands_and_nothing_is_loaded(site):
    _, root, pages = site
    external = 0
    for path, page in pages.items():
        for tag, a in page.tags:
            assert tag not in ("link", "img", "iframe", "object", "embed", "base"), (path, tag)
            assert "src" not in a and "srcset" not in a, (path, tag, a)
            assert not any(k.startswith("on") for k in a), (path, tag, a)
            href = a.get("href")
            if href is None:
                continue
            if re.match(r"^https?://", href):
                assert tag == "a", (path, tag, href)          # a link the reader may follow, never a load
                external += 1
                continue
            assert not re.match(r"^[a-z]+:", href), (path, href)  # no javascript:, data:, file:
            target, frag = urldefrag(href)
            dest = (path.parent / target).resolve() if target else path
            assert dest.exists(), (path, href)
            if frag and dest.suffix == ".html" and dest in pages:
                assert frag in pages[dest].ids or frag == "top" and "top" in pages[dest].ids, (path, href)
            elif frag:
                assert dest.name == "graph.html" and frag.startswith("n="), (path, href)
        css = " ".join(page.text)
        assert "@import" not in css and not re.search(r"url\((?!data:)", css), path
    assert external > 0, "the Wikidata links are expected on entity pages"


def test_entity_page_names_links_facts_and_documents(site, extractions):
    result, root, pages = site
    page = pages[root / "entity" / "central_committee.html"]
    text = " ".join(page.text)
    hrefs = [a["href"] for t, a in page.tags if t == "a" and "href" in a]
    # names in other languages, from the authority graph
    entry = result.authority.get("central_committee")
    assert entry.label_ru and entry.label_ru in text
    # external links as plain links
    assert f"https://www.wikidata.org/wiki/{dict(entry.links)['wikidata']}" in hrefs
    # back to every document that mentions it, and to the evidence of each fact
    mentioned = {d for d, ex in extractions.items() if ex.entity("central_committee")}
    assert mentioned and all(f"../doc/{slug(d)}.html" in hrefs for d in mentioned)
    for ex in extractions.values():
        for a in ex.assertions:
            if "central_committee" in (a.subject, a.object) and a.status != "rejected":
                assert f"../doc/{slug(ex.document.id)}.html#ev-{a.evidence.start}-{a.evidence.end}" in hrefs
                assert a.evidence.text in htmllib.unescape(" ".join(page.text)) or a.evidence.text in text
    # the neighbour graph links its neighbours
    svg_links = [a["href"] for t, a in page.tags if t == "a" and a.get("href", "").startswith("../")]
    assert any(h.startswith("../entity/communist_party") for h in svg_links)


def test_document_page_is_the_text_with_its_mentions_linked(site, extractions):
    result, root, pages = site
    path = root / "doc" / f"{RESOLUTION}.html"
    raw = path.read_text(encoding="utf-8")
    body = re.search(r'<div class="text"[^>]*>(.*?)</div>', raw, re.S).group(1)
    ex = extractions[RESOLUTION]
    assert htmllib.unescape(re.sub(r"<[^>]+>", "", body)) == ex.document.text
    linked = set(re.findall(r'<a class="m t-\w+"(?: id="m-\d+")? href="\.\./entity/(\w+)\.html"', body))
    assert {"central_committee", "cc_plenum", "obkoms"} <= linked
    # every fact and provision of the document has its anchor in the text
    ids = pages[path].ids
    for a in ex.assertions:
        assert f"ev-{a.evidence.start}-{a.evidence.end}" in ids
    for p in ex.provisions:
        assert f"ev-{p.span.start}-{p.span.end}" in ids and f"point-{p.number}" in ids
    text = " ".join(pages[path].text)
    assert "1938-01-19" in text and "resolution" in text
    assert len(re.findall(r'<li value="\d+">', raw)) == len(ex.provisions)
    # the telegram's claim about the resolution is shown on the resolution's page
    assert f"../doc/{slug(TELEGRAM)}.html#ev-" in raw


def test_timeline_is_in_order_and_holds_every_dated_document(site, extractions):
    _, root, pages = site
    raw = (root / "timeline.html").read_text(encoding="utf-8")
    dates = re.findall(r'<span class="d">([^<]+)</span>', raw)
    assert dates == sorted(dates) and len(dates) >= len(extractions)
    for doc_id in (RESOLUTION, ESSAY, TELEGRAM):
        assert f'href="doc/{slug(doc_id)}.html"' in raw
    assert "Deadline" in raw                         # point 3: "in the course of three months"
    assert "Decision of 5 March 1937" in raw or "1937-03-05" in raw


def test_index_counts_and_search_data(site):
    result, root, pages = site
    raw = (root / "index.html").read_text(encoding="utf-8")
    n_entities = len({e.id for ex in result.extractions for e in ex.entities})
    assert f"{len(result.extractions)} documents" in raw and f"{n_entities} entities" in raw
    import json
    data = json.loads(re.search(r'<script type="application/json" id="entities">(.*?)</script>', raw, re.S).group(1))
    stalin = [d for d in data if "Stalin" in d["l"]]
    assert stalin and (root / stalin[0]["h"]).exists()


def test_pages_are_deterministic_and_a_rebuild_drops_stale_pages(built, tmp_path):
    result, out = built
    again = render_site(site_model(result))
    for rel, html in again.items():
        assert (out / "site" / rel).read_text(encoding="utf-8") == html, rel
    export_site(result, tmp_path)
    stale = tmp_path / "site" / "entity" / "gone.html"
    stale.write_text("old", encoding="utf-8")
    export_site(result, tmp_path)
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "site"]   # .cache/site.json: the pages' inputs


def test_page_names_never_clash():
    pages = SitePages(["doc-1"], ["a-b", "a_b", "A B", "doc-1", "x" * 200, "x" * 199 + "y"])
    names = [pages.entity(k) for k in ("a-b", "a_b", "A B", "x" * 200, "x" * 199 + "y")]
    assert len(set(names)) == len(names)
    assert pages.entity("doc-1") == pages.doc("doc-1") == "doc/doc_1.html"
    assert all(re.fullmatch(r"entity/[a-z0-9_]+\.html", n) for n in names)


def test_the_authority_graph_read_line_by_line_is_what_rdflib_reads(built):
    """The site reads names, links and parts from the authority graph's N-Triples itself
    (rdflib took 0.2 s at 1000x): the same as rdflib's reading, escapes included."""
    from rdflib import Graph

    from kg.exports.site import _authority_terms, _authority_terms_nt
    from kg.graph.build import GRAPH_AUTHORITY
    from kg.graph.quads import lit, lit_lang, nt_iri
    result, _ = built
    data = b"".join(result.rdf.sections("ntriples", only=[str(GRAPH_AUTHORITY)]))
    assert data.count(b"\n") > 50 and all(_authority_terms_nt(data))    # names, links and parts
    skos = "http://www.w3.org/2004/02/skos/core#"
    odd = ["quote \" and back\\slash", "line\nbreak\tand\rreturn", "bell\x07 del\x7f", "Жданов «А. А.»", "emoji \U0001F600"]
    extra = "".join(f"{nt_iri('https://example.org/e' + str(i))} {nt_iri(skos + 'altLabel')} {term} .\n"
                    for i, term in enumerate([*(lit(s) for s in odd), *(lit_lang(s, "RU") for s in odd)]))
    extra += f"{nt_iri('https://example.org/e0')} {nt_iri(skos + 'exactMatch')} {nt_iri('https://www.wikidata.org/entity/Q1')} .\n"
    extra += f"_:b0 {nt_iri(skos + 'prefLabel')} {lit('blank')} .\n"
    for text in (data, data + extra.encode("utf-8")):
        g = Graph()
        g.parse(data=text.decode("utf-8"), format="nt")
        assert _authority_terms_nt(text) == _authority_terms(g)
    assert _authority_terms_nt(b"<a> <b> c .\n") is None      # not what the build writes: rdflib reads it
