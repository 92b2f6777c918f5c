"""The exported pages in a real browser: headless Chromium (Debian's ``chromium``, installed by
.ci/apt-packages.txt) driven by Playwright. One browser per session; each test gets a fresh
context in which every request is routed: ``file:`` passes, anything else is aborted and recorded,
and the test fails. Console errors and uncaught exceptions fail the test too.

A screenshot of the graph is saved to tests/artifacts/ (gitignored).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.iri import slug

from .conftest import CORPUS, DATA, RESOLUTION

CHROMIUM = os.environ.get("PARTKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
READY = "body[data-ready]"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (listed in .ci/apt-packages.txt)")
    from playwright.sync_api import sync_playwright
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield b
    b.close()
    pw.stop()


class Watched:
    """A page whose requests, console errors, page errors and dialogs are recorded."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, fragment: str = "") -> None:
        before = len(self.requests)
        self.page.goto(path.as_uri() + fragment)
        if path.name == "graph.html":
            self.page.wait_for_selector(READY, state="attached", timeout=30_000)
        # one request: the page itself (everything else is inline)
        assert [u.split("#")[0] for u in self.requests[before:]] == [path.as_uri()], self.requests[before:]

    def clean(self) -> None:
        assert not self.blocked, f"network requests: {self.blocked}"
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.dialogs, f"a dialog opened (injected script ran): {self.dialogs}"


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.context.close()


def _graph_data(page) -> dict:
    return page.evaluate("() => window.partkg.data")


def _click_node(page, node_id: str) -> None:
    """A real mouse click on the node, where the canvas draws it."""
    page.evaluate("id => window.partkg.network.focus(id, {scale: 1.5, animation: false})", node_id)
    page.wait_for_timeout(100)
    xy = page.evaluate("""id => { const n = window.partkg.network; const p = n.canvasToDOM(n.getPositions([id])[id]);
        const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""", node_id)
    page.mouse.click(*xy)


def test_graph_opens_offline_without_errors(built, watched):
    _, out = built
    watched.open(out / "graph.html")
    page = watched.page
    n = page.evaluate("() => window.partkg.nodes.length")
    assert n == len(_graph_data(page)["nodes"]) > 50
    assert page.locator("#status").inner_text().startswith(f"{n} of {n} entities")
    assert page.locator("#legend input").count() >= 5
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    watched.clean()


def test_search_finds_stalin(built, watched):
    _, out = built
    watched.open(out / "graph.html")
    page = watched.page
    page.fill("#search", "stalin")
    hits = page.locator("#results li").all_inner_texts()
    assert any(h.startswith("Joseph Stalin (Person)") for h in hits), hits
    page.press("#search", "Enter")
    assert page.locator("#panel h2").inner_text() == "Joseph Stalin"
    selected = page.evaluate("() => window.partkg.network.getSelectedNodes()")
    assert [page.evaluate("id => window.partkg.data.nodes.find(n => n.id === id).label", selected[0])] == ["Joseph Stalin"]
    watched.clean()


def test_clicking_the_central_committee_shows_the_1938_resolution_with_its_quote(built, watched):
    _, out = built
    watched.open(out / "graph.html")
    page = watched.page
    data = _graph_data(page)
    cc = next(n for n in data["nodes"] if n["label"] == "Central Committee of the Communist Party")
    facts = [e for e in data["edges"] if e["from"] == cc["id"] and e["to"] == RESOLUTION]
    assert facts, "the corpus says the Central Committee issued the 1938 resolution"
    _click_node(page, cc["id"])
    panel = page.locator("#panel")
    assert panel.locator("h2").inner_text() == cc["label"]
    text = panel.inner_text()
    resolution = data["docs"][RESOLUTION]
    assert resolution["date"].startswith("1938")
    assert resolution["title"] in text
    for e in facts:
        assert f"\u201c{e['quote']}\u201d" in text
    page.screenshot(path=str(ARTIFACTS / "graph-central-committee.png"))
    # the fact links to its evidence in the document page, highlighted there
    e = facts[0]
    link = panel.locator(f'a[href$="#ev-{e["start"]}-{e["end"]}"]').first
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"site/doc/{slug(e['doc'])}.html#ev-{e['start']}-{e['end']}")
    marked = "".join(page.locator(".ev.hl").all_text_contents())
    assert marked == e["quote"]
    watched.clean()


def test_filters_by_type_predicate_document_and_year(built, watched):
    _, out = built
    watched.open(out / "graph.html")
    page = watched.page
    data = _graph_data(page)
    visible = lambda: set(page.evaluate("() => Array.from(window.partkg.visibleNodes)"))
    edges = lambda: [data["edges"][int(i[1:])] for i in page.evaluate("() => Array.from(window.partkg.visibleEdges)")]
    drawn = lambda: set(page.evaluate("() => window.partkg.network.body.nodeIndices"))   # what vis-network draws
    page.uncheck('#legend input[data-type="Person"]')
    assert visible() and not any(n["type"] == "Person" for n in data["nodes"] if n["id"] in visible())
    assert drawn() == visible()
    page.check('#legend input[data-type="Person"]')
    page.select_option("#f-predicate", "issues")
    assert edges() and {e["predicate"] for e in edges()} == {"issues"}
    page.select_option("#f-predicate", "")
    page.select_option("#f-document", RESOLUTION)
    assert edges() and {e["doc"] for e in edges()} == {RESOLUTION}
    page.click("#f-reset")
    page.select_option("#f-from", str(max(data["years"])))
    assert edges() and all(e["year"] >= max(data["years"]) for e in edges())
    page.click("#f-reset")
    assert len(visible()) == len(data["nodes"]) == len(drawn())
    watched.clean()


def test_every_site_page_opens_offline_and_an_entity_links_back(built, watched):
    result, out = built
    site = out / "site"
    for path in sorted(site.rglob("*.html")):
        watched.open(path)
    page = watched.page
    watched.open(site / "index.html")
    page.fill("#q", "Stalin")
    page.locator("#hits a", has_text="Joseph Stalin").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Joseph Stalin"
    docs = {ex.document.id for ex in result.extractions if ex.entity("stalin")}
    assert docs
    for d in docs:
        assert page.locator(f'a[href="../doc/{slug(d)}.html"]').count() >= 1
    page.locator(f'a[href="../doc/{slug(sorted(docs)[0])}.html"]').first.click()
    page.wait_for_load_state()
    assert page.locator('a.m[href="../entity/stalin.html"]').count() >= 1
    page.screenshot(path=str(ARTIFACTS / "site-document.png"))
    watched.clean()


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory):
    """The corpus plus a document whose title, author and text carry script and markup."""
    from kg.api import build
    corpus = tmp_path_factory.mktemp("hostile_corpus")
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, corpus)
    shutil.copy(DATA / "hostile" / "script_injection.md", corpus)
    out = tmp_path_factory.mktemp("hostile_exports")
    return build(corpus, out, formats=("html", "site")), out


def test_injected_markup_in_a_title_does_not_run(hostile_export, watched):
    result, out = hostile_export
    page = watched.page
    watched.open(out / "graph.html")
    page.evaluate("() => window.partkg.choose('script_injection')")
    panel = page.locator("#panel")
    title = "</script><script>document.title='PWNED-title'</script>"
    assert panel.locator("h2").inner_text().startswith(title)
    assert panel.locator("img, script, svg, b").count() == 0
    assert page.title() == "partkg graph"
    assert "onerror=alert('PWNED-img')" in panel.locator("h2").inner_text()
    carriers = [p for p in sorted((out / "site").rglob("*.html")) if "PWNED" in p.read_text(encoding="utf-8")]
    assert out / "site" / "doc" / "script_injection.html" in carriers and len(carriers) >= 3
    for path in carriers:
        watched.open(path)
        assert page.title() != "PWNED-title"       # what the injected script would set
        assert page.locator("img, svg [onload], [onerror], [onmouseover]").count() == 0
    watched.open(out / "site" / "doc" / "script_injection.html")
    assert page.locator("h1").inner_text().startswith(title)
    assert "<svg onload=alert('PWNED-svg')>" in page.locator(".text").inner_text()
    watched.clean()
