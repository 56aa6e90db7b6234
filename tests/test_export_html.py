"""The HTML page without a browser: offline, escaped, deterministic, large-graph settings."""

import json
import re

from kg.export.html import auto_min_weight, write_html

from .test_export_formats import HOSTILE, small_graph


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_page_is_offline_utf8_and_has_a_legend(tmp_path):
    path = tmp_path / "g.html"
    write_html(small_graph(), path)
    html = path.read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in html
    assert not re.search(r"https?://", html), "no http(s) reference at all"
    assert "vis.Network" in html and 'id="legend"' in html
    data = page_data(html)
    assert [t["name"] for t in data["types"]] == ["company", "project", "agency", "place"]


def test_hostile_names_are_escaped_in_the_embedded_data(tmp_path):
    path = tmp_path / "g.html"
    write_html(small_graph(), path)
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "\\u003cscript\\u003e" in html
    assert HOSTILE.replace("\x01", "") in [n["label"] for n in page_data(html)["nodes"]]
    assert "innerHTML" not in html.split('id="kg-data"')[1]  # the page's own code never parses data as HTML


def test_same_graph_gives_the_same_bytes(tmp_path):
    write_html(small_graph(), tmp_path / "a.html")
    write_html(small_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_max_nodes_keeps_the_top_by_pagerank_and_says_so(tmp_path):
    g = small_graph()
    facts = write_html(g, tmp_path / "g.html", max_nodes=2)
    data = page_data((tmp_path / "g.html").read_text(encoding="utf-8"))
    top = sorted(g.nodes, key=lambda n: -g.nodes[n]["pagerank"])[:2]
    assert sorted(n["id"] for n in data["nodes"]) == sorted(top)
    assert facts["left_out_nodes"] == 2 and data["left_out_nodes"] == 2
    assert all(e["from"] in top and e["to"] in top for e in data["edges"])


def test_large_graphs_use_a_precomputed_layout_without_physics(tmp_path):
    g = small_graph()
    facts = write_html(g, tmp_path / "g.html", physics_threshold=3)
    data = page_data((tmp_path / "g.html").read_text(encoding="utf-8"))
    assert facts["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    facts = write_html(g, tmp_path / "h.html")
    assert facts["physics"] is True


def test_default_threshold_keeps_the_page_readable():
    import networkx as nx

    g = nx.MultiDiGraph()
    for i in range(4000):
        g.add_edge(f"n{i}", f"n{i + 1}", key=f"e{i}", relation="co_mention", weight=1.0 if i % 2 else 3.0)
    assert auto_min_weight(g, limit=3000) == 2.0
    assert auto_min_weight(small_graph()) == 1.0
