"""The HTML page without a browser: offline, escaped, deterministic, an overview of the whole graph."""

import json
import re
from collections import Counter

import networkx as nx

from kg.export import export
from kg.export.html import OVERVIEW_NODES, auto_min_weight, overview, write_html

from .archive_graph import archive_graph
from .test_export_formats import HOSTILE, small_graph

NODE_ID, NODE_LABEL, NODE_TYPE, NODE_X, NODE_Y, NODE_ALIASES = 0, 1, 2, 4, 5, 9
EDGE_FROM, EDGE_TO, EDGE_REL, EDGE_WEIGHT, EDGE_EVIDENCE = 0, 1, 2, 3, 7


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


def test_relations_read_in_chinese_with_a_colour_each(tmp_path):
    write_html(small_graph(), tmp_path / "g.html")
    rels = {r["name"]: r for r in page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["relations"]}
    assert {n: r["label"] for n, r in rels.items()} == {
        "builds": "承建", "leads": "牵头", "partners": "合作", "located_in": "位于", "part_of": "隶属",
        "co_mention": "共现"}
    assert len({r["color"] for r in rels.values()}) == len(rels)
    assert [n for n, r in rels.items() if not r["typed"]] == ["co_mention"]


def test_hostile_names_are_escaped_in_the_embedded_data(tmp_path):
    path = tmp_path / "g.html"
    write_html(small_graph(), path)
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "\\u003cscript\\u003e" in html
    assert HOSTILE.replace("\x01", "") in [n[NODE_LABEL] for n in page_data(html)["nodes"]]
    assert "innerHTML" not in html.split('id="kg-data"')[1]  # the page's own code never parses data as HTML


def test_same_graph_gives_the_same_bytes(tmp_path):
    write_html(small_graph(), tmp_path / "a.html")
    write_html(small_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def _visible_neighbours(g, nodes, min_weight):
    chosen, out = set(nodes), Counter()
    for u, v, d in g.edges(data=True):
        if u in chosen and v in chosen and u != v and (d["relation"] != "co_mention" or d["weight"] >= min_weight):
            out[u] += 1
            out[v] += 1
    return out


def test_archive_page_carries_everything_and_draws_a_balanced_overview(tmp_path):
    g = archive_graph()
    facts = write_html(g, tmp_path / "g.html")
    data = page_data((tmp_path / "g.html").read_text(encoding="utf-8"))
    # The whole graph is in the page, for search and details.
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    drawn = [data["nodes"][i][NODE_ID] for i in data["overview"]]
    assert 300 < len(drawn) <= OVERVIEW_NODES == facts["overview_nodes"]
    types = Counter(g.nodes[n]["type"] for n in drawn)
    # Every type is there, and places (half the graph) do not crowd out the rest.
    assert set(types) == {"company", "project", "agency", "place"}
    assert types["place"] <= (OVERVIEW_NODES - types["project"]) / 3 + 1  # the share projects cannot fill is shared
    # No entity is drawn without an edge drawn: the 30 edgeless ones with the top PageRank are left out.
    degree = _visible_neighbours(g, drawn, data["min_weight"])
    assert all(degree[n] for n in drawn)
    assert not {f"n{i}" for i in range(30)} & set(drawn)
    # A precomputed layout for what is drawn; the rest is placed when it is drawn.
    assert all(isinstance(data["nodes"][i][NODE_X], float) for i in data["overview"])
    assert facts["left_out_nodes"] == g.number_of_nodes() - len(drawn)
    assert f"{facts['left_out_nodes']:,} left out" in data["note"] and facts["note"] == data["note"]
    assert facts["bytes"] < 3_000_000


def test_max_nodes_sets_the_overview_cap(tmp_path):
    g = archive_graph()
    facts = write_html(g, tmp_path / "g.html", max_nodes=300)
    types = facts["overview_types"]
    assert facts["overview_nodes"] == 300 and max(types.values()) <= (300 - types["project"]) / 3 + 1
    assert overview(g, cap=300) == overview(g, cap=300)


def test_each_sentence_and_citation_is_carried_once_with_title_date_and_url(tmp_path):
    g = small_graph()
    ev = [{"doc": "d9", "article": "d9#a1", "headline": "", "title": "储能签约", "date": "2023-05-08",
           "url": "https://news.example.cn/a?id=1&p=2", "sentence": "比亚迪在格尔木市。", "start": 0, "end": 9,
           "rule": "co_mention"},
          {"doc": "d9", "article": "d9#a1", "headline": "", "title": "储能签约", "date": "2023-05-08",
           "url": "https://news.example.cn/a?id=1&p=2", "sentence": "", "start": -1, "end": -1,
           "rule": "gazetteer-hierarchy"}]
    for _, _, d in g.edges(data=True):
        d["evidence"] = json.dumps(ev, ensure_ascii=False)
    write_html(g, tmp_path / "g.html")
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    data = page_data(html)
    assert data["cites"] == [["d9", "", "储能签约", "2023-05-08", "https://news.example.cn/a?id=1&p=2"]]
    assert data["sentences"] == ["比亚迪在格尔木市。", ""]
    assert all(e[EDGE_EVIDENCE] == [[0, 0, 0], [0, 1, 1]] for e in data["edges"])
    assert not re.search(r"https?://", html)  # the url is data ("\/" escapes), not a reference
    assert data["date_min"] == "2022-12-30" and data["date_max"] == "2023-03-01"  # over the edges' first and last dates


def test_search_carries_the_traditional_characters_of_the_names(tmp_path):
    write_html(small_graph(), tmp_path / "g.html")
    t2s = page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["t2s"]
    assert t2s["亞"] == "亚" and t2s["爾"] == "尔"
    assert all(s in "".join(n for n in ["比亚迪", "格尔木市", "碳酸锂中试", HOSTILE] + ["a；b"]) for s in t2s.values())


def test_export_and_the_build_summary_say_what_the_overview_leaves_out(tmp_path, seed_build):
    paths = export(archive_graph(), tmp_path, formats=("html",))
    assert "1," in paths.notes["html"] and "left out of the drawing" in paths.notes["html"]
    summary = seed_build.summary()
    line = summary.split("wrote html: ")[1].splitlines()[1]
    assert line.strip().startswith("overview of ") and "place " in line


def test_default_threshold_keeps_the_page_readable():
    g = nx.MultiDiGraph()
    for i in range(4000):
        g.add_edge(f"n{i}", f"n{i + 1}", key=f"e{i}", relation="co_mention", weight=1.0 if i % 2 else 3.0)
    assert auto_min_weight(g, limit=3000) == 2.0
    assert auto_min_weight(small_graph()) == 1.0
