"""The HTML explorer in a real browser: headless Chromium driven by Playwright.

The network is blocked: every request that is not the page file itself is
aborted and recorded. A screenshot is saved to tests/artifacts/.
"""

import shutil
from pathlib import Path

import pytest

from kg.build import build

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


def test_page_renders_offline_and_search_finds_byd(browser, seed_page_file):
    page, outside, errors = open_page(browser, seed_page_file)
    assert page.locator("#mynetwork canvas").count() == 1
    assert outside == [] and errors == []
    page.fill("#search", "比亚迪")
    first = page.locator("#results li").first
    first.wait_for()
    assert "比亚迪" in first.inner_text()
    first.click()
    details = page.locator("#details")
    page.wait_for_function("document.getElementById('details').innerText.includes('比亚迪')")
    text = details.inner_text()
    # The evidence sentence and its source document are shown.
    assert "建成投产" in text and "004_e758a23138851ca3" in text
    selected = page.evaluate("window.kgNetwork.getSelectedNodes()")
    assert len(selected) == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-seeds.png"))
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
