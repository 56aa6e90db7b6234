"""Time to first render of the HTML explorer in headless Chromium.

Reports the page size and the time from navigation to vis-network's first
drawing for the seed build and for a synthetic graph of 3,000 nodes and
10,000 edges (physics off, precomputed layout). Needs /usr/bin/chromium and
Playwright.

    python benchmarks/html_render.py
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]


def synthetic(n_nodes: int = 3000, n_edges: int = 10000, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["company", "project", "agency", "place"]
    for i in range(n_nodes):
        g.add_node(f"n{i}", label=f"实体{i}", type=types[i % 4], aliases=json.dumps([f"实体{i}"], ensure_ascii=False),
                   mentions=1, documents=1, degree=0, weighted_degree=0.0, pagerank=rng.random() / n_nodes, community=0)
    for k in range(n_edges):
        u, v = rng.randrange(n_nodes), rng.randrange(n_nodes)
        ev = [{"doc": "d", "article": "d#a1", "headline": "标题", "sentence": "一句证据。", "start": 0, "end": 5,
               "rule": "co_mention"}]
        g.add_edge(f"n{u}", f"n{v}", key=f"e{k}", relation="co_mention" if k % 5 else "builds", weight=1.0 + k % 3,
                   evidence=json.dumps(ev, ensure_ascii=False), evidence_count=1, score=0.5)
    return g


def first_render(html: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        start = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-rendered='1']", timeout=300_000)
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def main() -> int:
    from kg.build import build
    from kg.export.html import write_html

    with tempfile.TemporaryDirectory() as tmp:
        seeds = build([ROOT / "seeds"], Path(tmp) / "seeds", progress=False)
        page = seeds.outputs["html"]
        print(f"seeds: {seeds.graph.number_of_nodes()} nodes, {seeds.graph.number_of_edges()} edges, "
              f"{page.stat().st_size:,} bytes, first render {first_render(page):.2f} s")
        big = synthetic()
        path = Path(tmp) / "big.html"
        t = time.perf_counter()
        facts = write_html(big, path)
        written = time.perf_counter() - t
        print(f"synthetic: 3,000 nodes, 10,000 edges, {facts['bytes']:,} bytes, physics {facts['physics']}, "
              f"written in {written:.1f} s, first render {first_render(path):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
