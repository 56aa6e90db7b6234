"""The HTML explorer in a real browser: headless Chromium driven by Playwright.

The network is blocked: every request that is not the page file itself is
aborted and recorded. Screenshots are saved to tests/artifacts/: the seeds'
overview and a focused entity, a Boson-sized graph's overview, a focused
entity from outside it with its evidence, and the date filter in use.
"""

import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.export.html import write_html

from .archive_graph import archive_graph
from .conftest import ROOT, SEEDS

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
]

HOSTILE = ("本报讯（记者 王五）<script>window.__pwned=1</script>格尔木市水利局与"
           "<img src=x onerror=\"window.__pwned=2\">远景能源有限公司签订投资协议。")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    outside, errors = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(html.as_uri())
    page.wait_for_selector("body[data-rendered='1']", timeout=60_000)
    return page, outside, errors


@pytest.fixture(scope="module")
def seed_page_file(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("browser")
    build([SEEDS], out, nlp=nlp, progress=False)
    return out / "graph.html"


def shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


DRAWN = "window.kgNetwork.body.data.nodes.getIds().map(function (i) { return window.kgNetwork.body.data.nodes.get(i) })"


def drawn_ids(page) -> list[str]:
    """Node ids of the entities the network shows now (after filters)."""
    return page.evaluate("window.kgNetwork.body.data.nodes.getIds().map(function (i) {"
                         " return JSON.parse(document.getElementById('kg-data').textContent).nodes[i][0] })")


def test_page_renders_offline_and_traditional_search_finds_byd(browser, seed_page_file):
    page, outside, errors = open_page(browser, seed_page_file)
    assert page.locator("#mynetwork canvas").count() == 1
    assert outside == [] and errors == []
    shot(page, "explorer-seeds.png")
    page.fill("#search", "比亞迪")  # traditional script
    first = page.locator("#results li").first
    first.wait_for()
    assert first.inner_text().startswith("比亚迪（")
    first.click()
    page.wait_for_selector("body[data-focused]")
    text = page.inner_text("#details")
    # The citation: the article's headline and its document (the seeds have no url).
    assert "建成投产" in text and "《精准发力强链条 产业“四地”更高质》" in text and "004_e758a23138851ca3" in text
    # Typed relations first, in Chinese with English; a sentence shared by co-mentions is shown once.
    rel = page.locator("#details .rel").all_inner_texts()
    assert rel[0].startswith("承建 builds") and rel[-1].startswith("共现 co_mention")
    sentences = page.locator("#details .evidence > div:first-child").all_inner_texts()
    assert len(sentences) == len(set(sentences)) == 2
    # Both entities are marked in each sentence.
    marks = page.locator("#details .evidence").first.locator("mark").all_inner_texts()
    assert "比亚迪年产4万吨碳酸锂" in marks
    assert page.evaluate("window.kgNetwork.getSelectedNodes()").__len__() == 1
    page.locator("#details").scroll_into_view_if_needed()
    shot(page, "explorer-seeds-focus.png")
    page.close()


def test_empty_search_says_so_and_a_hidden_type_comes_back_with_its_box(browser, seed_page_file):
    page, _, errors = open_page(browser, seed_page_file)
    page.fill("#search", "没有这个名字")
    assert page.locator("#results li.empty").inner_text().startswith("没有结果")
    before = page.inner_text("#stats")
    page.uncheck("#legend input[data-type='place']")
    after = page.inner_text("#stats")
    assert after != before and int(after.split()[1]) < int(before.split()[1])
    assert page.inner_text("#legend").count("地点 / place 0 / 30") == 1
    # 格爾木 is a place: reached by search, it is drawn and its type's box is ticked again.
    page.fill("#search", "格爾木市")
    page.locator("#results li").first.click()
    page.wait_for_selector("body[data-focused]")
    assert page.is_checked("#legend input[data-type='place']")
    assert page.inner_text("#stats") == before
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def archive_page(tmp_path_factory):
    """A Boson-sized graph (2,300 entities, 4,000 edges) and its page."""
    g = archive_graph()
    path = tmp_path_factory.mktemp("archive") / "graph.html"
    facts = write_html(g, path)
    return g, path, facts


def _outside_overview(g, facts, path):
    import json
    import re

    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S).group(1))
    drawn = {data["nodes"][i][0] for i in data["overview"]}
    # The one with most neighbours among those the overview leaves out.
    return max((n for n in g.nodes if n not in drawn), key=lambda n: (len(set(nx_neighbours(g, n))), n)), drawn


def nx_neighbours(g, n):
    return [v for _, v in g.out_edges(n)] + [u for u, _ in g.in_edges(n)]


@pytest.mark.slow
def test_archive_overview_search_outside_expand_and_highlight(browser, archive_page):
    from kg.script import _converter

    g, path, facts = archive_page
    page, outside, errors = open_page(browser, path)
    assert len(drawn_ids(page)) == facts["overview_nodes"] <= 400
    assert page.inner_text("#stats").startswith(f"Showing {facts['overview_nodes']} of 2,300 entities")
    assert "left out of the drawing" in page.inner_text("#overview-note")
    shot(page, "explorer-archive.png")

    target, overview = _outside_overview(g, facts, path)
    label = g.nodes[target]["label"]
    import opencc

    query = opencc.OpenCC("s2t").convert(label)
    assert query != label  # the search is in traditional script
    page.fill("#search", query)
    first = page.locator("#results li").first
    first.wait_for()
    assert first.get_attribute("data-node") == target and "not in the overview" in first.inner_text()
    first.click()
    page.wait_for_selector(f"body[data-focused='{target}']")
    shown = set(drawn_ids(page))
    neighbours = set(nx_neighbours(g, target))
    assert target in shown and len(neighbours & shown) >= min(len(neighbours), 40)
    # The selection and its neighbours keep their colours; the rest is dimmed.
    lit = set(page.evaluate("window.kgHighlighted()"))
    assert target in lit and lit <= neighbours | {target} and len(lit) > 1
    assert len(shown - lit) > 300
    # Its evidence cites headline, date and a link to the source.
    assert page.locator("#details .evidence .src a[href^='https:']").count() > 0
    assert "《第" in page.inner_text("#details .evidence .src")
    page.locator("#details").scroll_into_view_if_needed()
    shot(page, "explorer-archive-focus.png")

    hub = max(overview, key=lambda n: (len(set(nx_neighbours(g, n))), n))
    page.evaluate(f"window.kgFocus('{hub}')")
    if page.locator("#expand").count():
        page.click("#expand")
        page.wait_for_timeout(200)
    assert set(nx_neighbours(g, hub)) <= set(drawn_ids(page))
    assert outside == [] and errors == []
    page.close()


def test_archive_focus_draws_once_and_dims_what_is_not_near(browser, archive_page):
    g, path, facts = archive_page
    page, _, errors = open_page(browser, path)
    _, overview = _outside_overview(g, facts, path)
    hub = max(overview, key=lambda n: (len(set(nx_neighbours(g, n))), n))
    page.evaluate("window.__drawings = 0; window.kgNetwork.on('afterDrawing', function () { window.__drawings++; }); null")
    page.evaluate(f"window.kgFocus('{hub}')")
    # vis would draw the whole canvas on each add, restyle, selection and move of the focus.
    assert page.evaluate("window.__drawings") == 1
    lit = set(page.evaluate("window.kgHighlighted()"))
    assert hub in lit and len(lit) > 1
    # The colour at each drawn entity's centre: the lit keep their colour, the rest is pale.
    pixels = page.evaluate("""function () {
        var net = window.kgNetwork, ids = JSON.parse(document.getElementById('kg-data').textContent).nodes;
        var canvas = document.querySelector('#mynetwork canvas'), ctx = canvas.getContext('2d');
        var ratio = canvas.width / canvas.clientWidth, pos = net.getPositions(), out = [];
        net.body.data.nodes.getIds().forEach(function (i) {
            var p = net.canvasToDOM(pos[i]);
            if (p.x < 0 || p.y < 0 || p.x >= canvas.clientWidth || p.y >= canvas.clientHeight) return;
            var c = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
            out.push([ids[i][0], Math.min(c[0], c[1], c[2])]);
        });
        return out;
    }""")
    faded = [darkest for node, darkest in pixels if node not in lit]
    assert dict(pixels)[hub] < 180 and len(faded) > 20
    assert sum(d > 200 for d in faded) >= 0.9 * len(faded)
    page.evaluate("window.__drawings = 0")
    page.mouse.click(1380, 880)  # on the canvas, away from every entity: the selection is cleared
    page.wait_for_timeout(200)
    assert set(page.evaluate("window.kgHighlighted()")) == set(drawn_ids(page))
    assert errors == []
    page.close()


def test_archive_date_filter_keeps_stats_and_drawing_in_step(browser, archive_page):
    g, path, facts = archive_page
    page, _, errors = open_page(browser, path)
    before = page.inner_text("#stats")
    page.fill("#date-from", "2018-01-01")
    page.fill("#date-to", "2018-06-30")
    page.dispatch_event("#date-to", "change")
    page.wait_for_timeout(200)
    stats = page.inner_text("#stats")
    assert stats != before
    edges = page.evaluate("window.kgNetwork.body.data.edges.getIds().map(function (i) {"
                          " var e = JSON.parse(document.getElementById('kg-data').textContent).edges[i];"
                          " return [e[5], e[6]] })")
    assert edges and all(first <= "2018-06-30" and last >= "2018-01-01" for first, last in edges)
    nodes = drawn_ids(page)
    assert stats.startswith(f"Showing {len(nodes)} of 2,300 entities and {len(edges)} of ")
    shot(page, "explorer-archive-dates.png")
    page.fill("#date-from", "")
    page.fill("#date-to", "")
    page.click("#date-clear")
    assert page.inner_text("#stats") == before
    assert errors == []
    page.close()


def test_injected_script_does_not_execute(browser, tmp_path, nlp):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (inp / "<img src=x onerror=alert(1)>.txt").write_text(HOSTILE, encoding="utf-8")
    build([inp], tmp_path / "out", nlp=nlp, progress=False)
    page, outside, errors = open_page(browser, tmp_path / "out" / "graph.html")
    page.fill("#search", "水利局")
    page.locator("#results li").first.click()
    page.wait_for_timeout(300)
    assert "<script>" in page.inner_text("#details") or "水利局" in page.inner_text("#details")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#details img, #details script").count() == 0
    assert outside == [] and errors == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-hostile.png"))
    page.close()
