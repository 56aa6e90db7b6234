"""The HTML explorer in headless Chromium: page size, first render, search to focus.

For each page: its size; the time from navigation to vis-network's first
drawing (median of ``--rounds`` fresh loads); and the time from choosing a
search result to the entity being drawn, selected and focused with its
details and painted (from the click's input event to the second animation
frame after it), for entities inside and outside the overview (median and maximum
over ``--sample`` of each, typed into the search box in traditional script
where their names have traditional forms). Pages: the seed build, a
synthetic graph shaped like Boson (2,300 entities, 4,000 edges), and each
GraphML file given (e.g. the Boson build and a larger archive build), whose
page is written here. Needs /usr/bin/chromium and Playwright; the network is
blocked.

    python benchmarks/html_render.py
    kg build ../shared/data/boson/boson_spans.jsonl -o /tmp/boson
    python benchmarks/html_render.py /tmp/boson/graph.graphml --screenshots tests/artifacts
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _open(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    start = time.perf_counter()
    page.goto(html.as_uri())
    page.wait_for_selector("body[data-rendered='1']", timeout=300_000)
    return page, time.perf_counter() - start


def measure(browser, html: Path, rounds: int, sample: int, shots: Path | None, name: str) -> dict:
    import opencc

    renders = []
    for _ in range(rounds):
        page, t = _open(browser, html)
        renders.append(t)
        page.close()
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html.read_text(encoding="utf-8"), re.S).group(1))
    drawn = set(data["overview"])
    step_in = max(1, len(drawn) // sample)
    inside = sorted(drawn)[::step_in][:sample]
    rest = [i for i in range(len(data["nodes"])) if i not in drawn]
    outside = rest[::max(1, len(rest) // sample)][:sample] if rest else []
    s2t = opencc.OpenCC("s2t")
    page, _ = _open(browser, html)
    if shots:
        page.screenshot(path=str(shots / f"bench-{name}-overview.png"))
    # From the click's input event to the second frame after it: the focus's own work and one paint.
    page.evaluate("""document.getElementById('results').addEventListener('click', function (ev) {
        window.__t0 = ev.timeStamp; window.__t1 = null;
        requestAnimationFrame(function () { requestAnimationFrame(function () { window.__t1 = performance.now(); }); });
    }, true)""")
    times = {"inside": [], "outside": []}
    for where, picks in (("inside", inside), ("outside", outside)):
        for i in picks:
            node_id, label = data["nodes"][i][0], data["nodes"][i][1]
            page.fill("#search", s2t.convert(label))
            item = page.locator(f"#results li[data-node='{node_id}']")
            item.wait_for()
            item.click()
            page.wait_for_function(
                "id => document.body.getAttribute('data-focused') === id && window.__t1 !== null"
                " && window.kgNetwork.getSelectedNodes().length === 1", arg=node_id)
            times[where].append(page.evaluate("window.__t1 - window.__t0"))
    if shots and outside:
        page.locator("#details").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"bench-{name}-focus.png"))
    page.close()
    return {"bytes": html.stat().st_size, "nodes": len(data["nodes"]), "edges": len(data["edges"]),
            "overview": len(drawn), "render": renders, "focus": times}


def report(name: str, r: dict) -> str:
    def ms(xs):
        return f"median {statistics.median(xs):.0f} ms, max {max(xs):.0f} ms (n={len(xs)})" if xs else "n/a"

    render = r["render"]
    return (f"{name}: {r['nodes']:,} entities, {r['edges']:,} edges, overview {r['overview']}; "
            f"{r['bytes']:,} bytes; first render median {statistics.median(render):.2f} s "
            f"(min {min(render):.2f}, max {max(render):.2f}, n={len(render)}); "
            f"search to focus, in the overview: {ms(r['focus']['inside'])}; outside: {ms(r['focus']['outside'])}")


def main(argv=None) -> int:
    from playwright.sync_api import sync_playwright

    from kg.build import build
    from kg.export.html import write_html
    from kg.show import read_graph
    from tests.archive_graph import archive_graph

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("graphs", nargs="*", type=Path, help="GraphML files written by kg build")
    p.add_argument("--rounds", type=int, default=5, help="page loads per page (default 5)")
    p.add_argument("--sample", type=int, default=20, help="entities searched inside and outside the overview")
    p.add_argument("--screenshots", type=Path, default=None, help="folder for an overview and a focus screenshot")
    args = p.parse_args(argv)
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        pages = {}
        seeds = build([ROOT / "seeds"], Path(tmp) / "seeds", progress=False)
        pages["seeds"] = seeds.outputs["html"]
        pages["synthetic-boson-size"] = Path(tmp) / "synthetic.html"
        write_html(archive_graph(), pages["synthetic-boson-size"])
        for path in args.graphs:
            out = Path(tmp) / f"{path.parent.name}.html"
            t = time.perf_counter()
            write_html(read_graph(path), out)
            print(f"{path}: page written in {time.perf_counter() - t:.1f} s", flush=True)
            pages[path.parent.name] = out
        for name, html in pages.items():
            print(report(name, measure(browser, html, args.rounds, args.sample, args.screenshots, name)), flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
