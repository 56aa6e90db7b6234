"""GraphML (XSD, Gephi keys, read-back), GEXF, node-link JSON, neo4j CSV and the export registry.

The graphs are built by hand to the contract (docs/graph-contract.md), plus
a few things the contract forbids, to check the writers' defences.
"""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from .conftest import ROOT

from kg.export import FORMATS, export
from kg.export.csv import EDGE_HEADER, NODE_HEADER
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.nodelink import write_node_link
from kg.export.style import hex_to_rgb, layout, node_color

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "graphml" / "graphml.xsd"
needs_schema = pytest.mark.skipif(not SCHEMA.exists(), reason=f"GraphML XSD not found at {SCHEMA} (../shared beside the repo)")
GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
HOSTILE = "<script>alert('x')</script>\x01公司"  # as read; the graph holds it without the control character
HOSTILE_CLEAN = "<script>alert('x')</script>公司"
ALL = ("graphml", "gexf", "json", "csv")


def _evidence(*sentences):
    return json.dumps([{"doc": "d1", "article": "d1#a1", "headline": "标题", "sentence": s, "start": 0,
                        "end": len(s), "rule": "co_mention"} for s in sentences], ensure_ascii=False)


def contract_graph() -> nx.MultiDiGraph:
    """Four nodes, five edges, a co_mention and a builds edge between one pair; no control characters."""
    g = nx.MultiDiGraph(name="kg", home_city="格尔木市", documents=1, articles=2)
    nodes = [("n0", "比亚迪", "company", ["比亚迪", "比亞迪"], 3, 1, 2, 2.5, 0.4, 0),
             ("n1", HOSTILE_CLEAN, "company", [HOSTILE_CLEAN, "a;b"], 1, 1, 1, 0.25, 0.1, 1),
             ("n2", "碳酸锂中试", "project", ["碳酸锂中试"], 1, 1, 2, 2.0, 0.2, 0),
             ("n3", "格尔木市", "place", ["格尔木市"], 4, 1, 3, 1.75, 0.3, 0)]
    for n, label, typ, aliases, mentions, documents, degree, wdeg, pr, comm in nodes:
        g.add_node(n, label=label, type=typ, aliases=json.dumps(aliases, ensure_ascii=False), mentions=mentions,
                   documents=documents, degree=degree, weighted_degree=wdeg, pagerank=pr, community=comm)
    edges = [("n0", "n2", "co_mention", 1.0, 1, 0.75, _evidence('比亚迪"碳酸锂中试",项目\n建成。')),
             ("n0", "n2", "builds", 1.0, 1, 0.0, _evidence("比亚迪建设碳酸锂中试项目。")),
             ("n0", "n3", "co_mention", 0.5, 2, 0.5, _evidence("比亚迪在格尔木市。", "格尔木市比亚迪。")),
             ("n2", "n3", "located_in", 1.0, 1, 0.0, _evidence("碳酸锂中试项目位于格尔木市。")),
             ("n1", "n3", "co_mention", 0.25, 1, 0.125, _evidence(HOSTILE_CLEAN))]
    dates = [("2023-01-05", "2023-03-01"), ("2023-03-01", "2023-03-01"), ("2022-12-30", "2023-02-11"), ("", ""),
             ("2023-02-11", "2023-02-11")]
    for i, ((u, v, rel, w, count, score, ev), (first, last)) in enumerate(zip(edges, dates)):
        g.add_edge(u, v, key=f"e{i}", relation=rel, weight=w, evidence=ev, evidence_count=count, score=score,
                   first_date=first, last_date=last)
    return g


small_graph = contract_graph  # test_export_html builds its pages from it


def dirty_graph() -> nx.MultiDiGraph:
    """The contract graph with XML-invalid characters in every kind of string the contract forbids them in."""
    g = contract_graph()
    g.graph["home_city"] = "格尔木\x00市"
    g.nodes["n1"]["label"] = HOSTILE + "\x0b\ud800"
    g.edges["n0", "n2", "e1"]["relation"] = "bui\x1flds"
    return g


def foreign_graph() -> nx.MultiDiGraph:
    """Not a kg graph: int keys repeated across pairs, mixed int/float, None, a list, an edge attr ``type``."""
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="company", pagerank=0.5, score=1)
    g.add_node("b", label=None, type="place", pagerank=0.5, score=2.5, tags=["x", "y"])
    g.add_edge("a", "b", weight=1, type="builds")
    g.add_edge("a", "b", weight=2.5)
    g.add_edge("b", "a", weight=1)
    return g


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("formats")
    return out, export(contract_graph(), out, formats=ALL)


def _keys(path):
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    return [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter(f"{GML}key")], root


# --- GraphML -------------------------------------------------------------------------------------------------


@needs_schema
@pytest.mark.parametrize("make", [contract_graph, dirty_graph, foreign_graph])
def test_graphml_is_valid_against_the_xsd(tmp_path, make):
    from lxml import etree

    write_graphml(make(), tmp_path / "g.graphml")
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(tmp_path / "g.graphml"))), schema.error_log


@needs_schema
def test_seed_build_graphml_is_valid_against_the_xsd(seed_build):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(seed_build.outputs["graphml"]))), schema.error_log


def test_gephi_keys_are_present_with_their_types(written):
    keys, root = _keys(written[1]["graphml"])
    types = {(f, n): t for f, n, t in keys}
    expected = {("node", "label"): {"string"}, ("node", "size"): {"double", "float"},
                ("node", "x"): {"double", "float"}, ("node", "y"): {"double", "float"},
                ("edge", "weight"): {"double", "float"}}
    expected.update({("node", c): {"int", "long"} for c in "rgb"})
    for key, allowed in expected.items():
        assert types.get(key) in allowed, key
    node = next(n for n in root.iter(f"{GML}node") if n.get("id") == "n2")
    ids = {k.get("attr.name"): k.get("id") for k in root.iter(f"{GML}key") if k.get("for") == "node"}
    data = {d.get("key"): d.text for d in node.iter(f"{GML}data")}
    assert tuple(int(data[ids[c]]) for c in "rgb") == hex_to_rgb(node_color("project"))
    assert (float(data[ids["x"]]), float(data[ids["y"]])) == layout(contract_graph())["n2"]
    assert float(data[ids["size"]]) > 0


@pytest.mark.parametrize("make", [contract_graph, foreign_graph])
def test_one_key_per_attribute_name_and_domain(tmp_path, make):
    write_graphml(make(), tmp_path / "g.graphml")
    keys, _ = _keys(tmp_path / "g.graphml")
    names = [(f, n) for f, n, _ in keys]
    assert len(names) == len(set(names)), sorted(names)


def test_mixed_int_and_float_become_one_double_key(tmp_path):
    g = contract_graph()
    g.nodes["n0"]["weighted_degree"] = 3  # an int among floats
    write_graphml(g, tmp_path / "g.graphml")
    keys, _ = _keys(tmp_path / "g.graphml")
    assert [t for f, n, t in keys if (f, n) == ("node", "weighted_degree")] == ["double"]
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["n0"]["weighted_degree"] == 3.0


def test_edge_ids_are_unique_and_kept_including_parallel_edges(written):
    _, root = _keys(written[1]["graphml"])
    edges = [(e.get("source"), e.get("target"), e.get("id")) for e in root.iter(f"{GML}edge")]
    assert [i for _, _, i in edges] == [k for _, _, k in contract_graph().edges(keys=True)]
    assert sorted(i for _, _, i in edges) == ["e0", "e1", "e2", "e3", "e4"]
    assert edges[0][:2] == edges[1][:2] == ("n0", "n2")


def test_repeated_or_non_string_keys_are_renumbered(tmp_path):
    write_graphml(foreign_graph(), tmp_path / "g.graphml")  # keys 0, 1, 0
    _, root = _keys(tmp_path / "g.graphml")
    assert [e.get("id") for e in root.iter(f"{GML}edge")] == ["e0", "e1", "e2"]


def test_graphml_edges_carry_their_relation_as_label(written):
    # Gephi merges parallel edges that differ in neither type nor label: the label keeps co_mention and builds apart.
    keys, _ = _keys(written[1]["graphml"])
    assert ("edge", "label", "string") in keys
    g = nx.read_graphml(written[1]["graphml"], force_multigraph=True)
    assert [(k, d["label"]) for _, _, k, d in g.edges(keys=True, data=True)] == [
        (k, d["relation"]) for _, _, k, d in contract_graph().edges(keys=True, data=True)]


@pytest.mark.parametrize("make", [contract_graph, dirty_graph, foreign_graph])
def test_graphml_graph_data_comes_before_the_nodes(tmp_path, make):
    # graph-tool reads <data> after the last edge as edge properties, and Gephi Lite drops it.
    write_graphml(make(), tmp_path / "g.graphml")
    keys, root = _keys(tmp_path / "g.graphml")
    graph_keys = {k.get("id") for k in root.iter(f"{GML}key") if k.get("for") == "graph"}
    children = [c for c in root.find(f"{GML}graph") if isinstance(c.tag, str)]
    tags = [c.tag for c in children]
    leading = tags.index(f"{GML}node") if f"{GML}node" in tags else len(tags)
    assert tags[:leading] == [f"{GML}data"] * len(graph_keys)
    assert {c.get("key") for c in children[:leading]} == graph_keys
    assert f"{GML}data" not in tags[leading:]


def test_graphml_reads_back_in_networkx_with_the_same_values_and_types(written):
    g0 = contract_graph()
    g = nx.read_graphml(written[1]["graphml"], force_multigraph=True)
    assert list(g.nodes) == list(g0.nodes)
    assert sorted(g.edges(keys=True)) == sorted(g0.edges(keys=True))
    for n, d0 in g0.nodes(data=True):
        for k, v in d0.items():
            assert type(g.nodes[n][k]) is type(v) and g.nodes[n][k] == v, (n, k)
    for u, v, key, d0 in g0.edges(keys=True, data=True):
        for k, val in d0.items():
            got = g.edges[u, v, key][k]
            assert type(got) is type(val) and got == val, (key, k)
    assert g.graph["documents"] == 1 and g.graph["home_city"] == "格尔木市"


def test_graphml_reads_back_in_igraph_with_the_same_nodes_edges_and_types(written):
    igraph = pytest.importorskip("igraph")
    g0 = contract_graph()
    ig = igraph.Graph.Read_GraphML(str(written[1]["graphml"]))
    assert ig.is_directed() and ig.vs["id"] == list(g0.nodes)
    ids = ig.vs["id"]
    # igraph 1.0 fills the edge "id" attribute wrongly, so edges are compared by endpoints and relation.
    got = sorted((ids[e.source], ids[e.target], e["relation"]) for e in ig.es)
    assert got == sorted((u, v, d["relation"]) for u, v, d in g0.edges(data=True))
    for v in ig.vs:
        d0 = g0.nodes[v["id"]]
        for k, val in d0.items():
            if isinstance(val, str):
                assert isinstance(v[k], str), k
            else:  # igraph keeps every number as a float
                assert isinstance(v[k], float) and v[k] == val, k
        assert {"r", "g", "b", "size", "x", "y"} <= set(v.attributes())
    assert all(isinstance(w, float) for w in ig.es["weight"]) and ig.es["evidence_count"] == [1.0, 1.0, 2.0, 1.0, 1.0]
    assert ig["home_city"] == "格尔木市" and ig["documents"] == 1.0 and "home_city" not in ig.es.attributes()


def test_control_characters_are_stripped_and_markup_stays_text(tmp_path):
    from lxml import etree

    write_graphml(dirty_graph(), tmp_path / "g.graphml")
    write_gexf(dirty_graph(), tmp_path / "g.gexf")
    for path in (tmp_path / "g.graphml", tmp_path / "g.gexf"):
        raw = path.read_bytes()
        assert not any(bytes([c]) in raw for c in (0, 0x0B, 0x1F, 0x01)) and b"<script>" not in raw
        assert "&lt;script&gt;alert('x')&lt;/script&gt;公司".encode() in raw
        assert not list(etree.parse(str(path)).getroot().iter("script"))
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert g.nodes["n1"]["label"] == HOSTILE_CLEAN and g.graph["home_city"] == "格尔木市"
    assert g.edges["n0", "n2", "e1"]["relation"] == "builds"
    assert nx.read_gexf(tmp_path / "g.gexf").nodes["n1"]["label"] == HOSTILE_CLEAN


def _odd_graph() -> nx.MultiDiGraph:
    g = contract_graph()
    g.add_node("n9", label='quote " amp & tab\tcr\rnl\n>', type="place", note="")
    g.add_edge("n9", "n9", key="e9")
    g.graph["flag"] = True
    return g


def _graph_with_an_id() -> nx.MultiDiGraph:
    g = contract_graph()
    g.graph["id"] = "archive"
    return g


@pytest.mark.parametrize("make", [contract_graph, dirty_graph, foreign_graph, _odd_graph, _graph_with_an_id,
                                  nx.MultiDiGraph, lambda: nx.MultiDiGraph(name="empty")])
def test_graphml_bytes_are_the_ones_networkx_and_elementtree_write(tmp_path, make):
    g = make()
    write_graphml(g, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_bytes() == _reference_graphml(g)


def _reference_graphml(g) -> bytes:
    """The GraphML networkx's own writer makes of ``g``, with the graph's data first as ours puts it."""
    import io

    from networkx.readwrite.graphml import GraphMLWriter

    from kg.export.graphml import _graph_data_first, view_graph

    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(view_graph(g))
    for element in writer.xml.iter("graph"):
        _graph_data_first(element)
    buf = io.BytesIO()
    writer.dump(buf)
    return buf.getvalue()


# --- GEXF ----------------------------------------------------------------------------------------------------


def test_gexf_has_viz_unique_edge_ids_and_no_edge_attribute_type(written):
    from lxml import etree

    root = etree.parse(str(written[0] / "graph.gexf")).getroot()
    nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
    assert list(nodes) == ["n0", "n1", "n2", "n3"] and nodes["n1"].get("label") == HOSTILE_CLEAN
    for n, node in nodes.items():
        color = node.find(f"{VIZ}color")
        rgb = tuple(int(color.get(c)) for c in "rgb")
        assert rgb == hex_to_rgb(node_color(contract_graph().nodes[n]["type"]))
        assert float(node.find(f"{VIZ}size").get("value")) > 0
        pos = node.find(f"{VIZ}position")
        assert (float(pos.get("x")), float(pos.get("y"))) == layout(contract_graph())[n]
    titles = {a.getparent().get("class"): set() for a in root.iter(f"{GEXF}attribute")}
    for a in root.iter(f"{GEXF}attribute"):
        titles[a.getparent().get("class")].add(a.get("title"))
    assert "type" not in titles["edge"] and "relation" in titles["edge"]
    assert "type" in titles["node"]  # not special for GEXF nodes, so it keeps its name
    edges = list(root.iter(f"{GEXF}edge"))
    assert [e.get("id") for e in edges] == [k for _, _, k in contract_graph().edges(keys=True)]
    assert sorted(e.get("id") for e in edges) == ["e0", "e1", "e2", "e3", "e4"]
    assert all(e.get("type") is None for e in edges) and edges[2].get("weight") == "0.5"
    assert root.find(f"{GEXF}meta").get("lastmodifieddate") is None  # a date would break determinism


def test_gexf_edges_have_labels_and_no_networkx_key(written):
    from lxml import etree

    root = etree.parse(str(written[0] / "graph.gexf")).getroot()
    titles = [a.get("title") for a in root.iter(f"{GEXF}attribute")]
    assert not [t for t in titles if "networkx" in t]
    assert b"networkx_key" not in (written[0] / "graph.gexf").read_bytes()
    got = [(e.get("id"), e.get("label")) for e in root.iter(f"{GEXF}edge")]
    assert got == [(k, d["relation"]) for _, _, k, d in contract_graph().edges(keys=True, data=True)]
    declared = {a.get("id") for a in root.iter(f"{GEXF}attribute")}
    assert {v.get("for") for v in root.iter(f"{GEXF}attvalue")} <= declared


def test_gexf_meta_carries_the_graph_attributes(written):
    from lxml import etree

    meta = etree.parse(str(written[0] / "graph.gexf")).getroot().find(f"{GEXF}meta")
    assert meta.findtext(f"{GEXF}creator") == "kg"
    assert json.loads(meta.findtext(f"{GEXF}description")) == dict(contract_graph().graph)
    assert [c.tag for c in meta] == [f"{GEXF}creator", f"{GEXF}description"]  # only what the GEXF schema allows


def test_gexf_spells_play_the_graph_over_time(written):
    from lxml import etree

    root = etree.parse(str(written[0] / "graph.gexf")).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spells = {e.get("id"): [(s.get("start"), s.get("end")) for s in e.iter(f"{GEXF}spell")]
              for e in root.iter(f"{GEXF}edge")}
    assert spells == {"e0": [("2023-01-05", "2023-03-01")], "e1": [("2023-03-01", "2023-03-01")],
                      "e2": [("2022-12-30", "2023-02-11")], "e3": [], "e4": [("2023-02-11", "2023-02-11")]}
    nodes = {n.get("id"): [(s.get("start"), s.get("end")) for s in n.iter(f"{GEXF}spell")]
             for n in root.iter(f"{GEXF}node")}
    # A node lives over its dated edges; n2's undated located_in edge (e3) does not stretch it.
    assert nodes == {"n0": [("2022-12-30", "2023-03-01")], "n1": [("2023-02-11", "2023-02-11")],
                     "n2": [("2023-01-05", "2023-03-01")],
                     "n3": [("2022-12-30", "2023-02-11")]}
    # graphology (Gephi Lite) and networkx read the file with its spells.
    g = nx.read_gexf(written[0] / "graph.gexf")
    assert g.number_of_edges() == 5


def test_gexf_without_edge_attributes_declares_none(tmp_path):
    from lxml import etree

    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="e0")
    write_gexf(g, tmp_path / "g.gexf")
    root = etree.parse(str(tmp_path / "g.gexf")).getroot()
    assert not list(root.iter(f"{GEXF}attvalues")) and not list(root.iter(f"{GEXF}attributes"))
    assert [e.get("id") for e in root.iter(f"{GEXF}edge")] == ["e0"]


def test_gexf_reads_back_in_networkx(written):
    g0 = contract_graph()
    g = nx.read_gexf(written[0] / "graph.gexf")
    assert list(g.nodes) == list(g0.nodes) and g.number_of_edges() == 5
    assert sorted(k for _, _, k in g.edges(keys=True)) == sorted(k for _, _, k in g0.edges(keys=True))
    assert g.nodes["n0"]["mentions"] == 3 and isinstance(g.nodes["n0"]["pagerank"], float)
    assert g.nodes["n0"]["viz"]["color"]["r"] == hex_to_rgb(node_color("company"))[0]


def test_gexf_renames_an_edge_attribute_called_type(tmp_path):
    from lxml import etree

    write_gexf(foreign_graph(), tmp_path / "g.gexf")
    root = etree.parse(str(tmp_path / "g.gexf")).getroot()
    titles = [a.get("title") for a in root.iter(f"{GEXF}attribute") if a.getparent().get("class") == "edge"]
    assert "type" not in titles and "type_" in titles
    edges = list(root.iter(f"{GEXF}edge"))
    assert all(e.get("type") is None for e in edges) and len({e.get("id") for e in edges}) == 3


def test_gexf_does_not_depend_on_the_date(tmp_path, monkeypatch):
    import networkx.readwrite.gexf as nxgexf

    write_gexf(contract_graph(), tmp_path / "a.gexf")
    monkeypatch.setattr(nxgexf.time, "strftime", lambda fmt, *a: "1999-12-31")
    write_gexf(contract_graph(), tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()


# --- node-link JSON ------------------------------------------------------------------------------------------


def test_node_link_json_has_real_arrays_and_sorted_keys(written):
    text = (written[0] / "graph.json").read_text(encoding="utf-8")
    assert "比亚迪" in text  # ensure_ascii=False
    data = json.loads(text)
    assert list(data) == sorted(data) and data["directed"] and data["multigraph"]
    assert data["graph"] == {"name": "kg", "home_city": "格尔木市", "documents": 1, "articles": 2}
    node = data["nodes"][0]
    assert list(node) == sorted(node) and node["id"] == "n0" and node["aliases"] == ["比亚迪", "比亞迪"]
    assert [(e["source"], e["target"], e["key"]) for e in data["links"][:2]] == [("n0", "n2", "e0"), ("n0", "n2", "e1")]
    assert data["links"][2]["evidence"][1]["sentence"] == "格尔木市比亚迪。"


def test_node_link_json_has_links_that_networkx_reads_back(written):
    """d3 and networkx before 3.6 read edges from "links"; networkx 3.6 is told so with ``edges="links"``.

    Only "links" is written, not "edges" too: a second copy of every edge would
    double the file (evidence dominates it). test_export_clients.py reads the
    file with networkx 3.2, whose reader knows only ``link="links"``.
    """
    data = json.loads((written[0] / "graph.json").read_text(encoding="utf-8"))
    assert "links" in data and "edges" not in data
    g = nx.node_link_graph(data, edges="links")
    g0 = contract_graph()
    assert g.is_directed() and g.is_multigraph() and list(g.nodes) == list(g0.nodes)
    assert list(g.edges(keys=True)) == list(g0.edges(keys=True))
    assert g.graph == g0.graph and g.edges["n0", "n2", "e1"]["relation"] == "builds"


def test_node_link_does_not_change_the_graph(tmp_path):
    g = contract_graph()
    write_node_link(g, tmp_path / "g.json")
    assert isinstance(g.nodes["n0"]["aliases"], str) and isinstance(g.edges["n0", "n2", "e0"]["evidence"], str)


# --- neo4j CSV -----------------------------------------------------------------------------------------------


def _read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_nodes_have_neo4j_headers_labels_and_safe_arrays(written):
    rows = _read_csv(written[0] / "nodes.csv")
    assert ",".join(rows[0]) == ("id:ID,label,:LABEL,aliases:string[],mentions:int,documents:int,degree:int,"
                                 "weighted_degree:float,pagerank:float,community:int")
    assert rows[0] == NODE_HEADER and len(rows) == 5
    assert rows[1] == ["n0", "比亚迪", "Company", "比亚迪;比亞迪", "3", "1", "2", "2.5", "0.4", "0"]
    assert [r[2] for r in rows[1:]] == ["Company", "Company", "Project", "Place"]
    assert rows[2][3].split(";") == [HOSTILE_CLEAN, "a；b"]  # the alias's own ";" cannot split the array


def test_csv_edges_have_neo4j_headers_and_types(written):
    rows = _read_csv(written[0] / "edges.csv")
    assert ",".join(rows[0]) == (":START_ID,:END_ID,:TYPE,weight:float,evidence_count:int,score:float,"
                                 "first_date,last_date,evidence")
    assert rows[0] == EDGE_HEADER and len(rows) == 6
    assert [r[2] for r in rows[1:]] == ["CO_MENTION", "BUILDS", "CO_MENTION", "CO_MENTION", "LOCATED_IN"]
    assert rows[3][:8] == ["n0", "n3", "CO_MENTION", "0.5", "2", "0.5", "2022-12-30", "2023-02-11"]
    assert json.loads(rows[1][8])[0]["sentence"] == '比亚迪"碳酸锂中试",项目\n建成。'
    assert len((written[0] / "edges.csv").read_bytes().split(b"\n")) == 7  # one line per record: no multiline fields


# --- registry, determinism, layout ---------------------------------------------------------------------------


def test_registry_and_export_paths(tmp_path):
    assert set(FORMATS) == {"graphml", "html", "gexf", "json", "csv"}
    assert all(callable(w) and isinstance(name, str) for w, name in FORMATS.values())
    paths = export(contract_graph(), tmp_path, formats=ALL)
    assert paths == {"graphml": tmp_path / "graph.graphml", "gexf": tmp_path / "graph.gexf",
                     "json": tmp_path / "graph.json", "csv nodes": tmp_path / "nodes.csv",
                     "csv edges": tmp_path / "edges.csv"}
    assert all(p.stat().st_size > 0 for p in paths.values())
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(ValueError, match="unknown export format"):
        export(contract_graph(), tmp_path, formats=("pdf",))


def test_html_writer_is_imported_lazily():
    code = "import sys, kg.export; print('kg.export.html' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1]).stdout.strip() == "False"


def test_every_format_is_byte_deterministic(tmp_path):
    a = export(contract_graph(), tmp_path / "a", formats=ALL)
    b = export(contract_graph(), tmp_path / "b", formats=ALL)
    for fmt in a:
        assert a[fmt].read_bytes() == b[fmt].read_bytes(), fmt


def test_large_layout_is_deterministic_and_scaled():
    import random

    rng = random.Random(3)
    g = nx.MultiDiGraph()
    g.add_nodes_from(f"n{i}" for i in range(600))  # above 500 nodes: the grid layout
    for k in range(1500):
        g.add_edge(f"n{rng.randrange(600)}", f"n{rng.randrange(600)}", key=f"e{k}", weight=1.0)
    pos = layout(g)
    assert set(pos) == set(g.nodes)
    assert max(max(abs(x), abs(y)) for x, y in pos.values()) == 1000.0
    assert len(set(pos.values())) > 590  # spread out, not collapsed
    assert layout(g) == pos


@pytest.mark.parametrize("n,m", [(40, 90), (600, 1500)])  # the spring layout, and the grid one above 500 nodes
def test_a_layout_is_that_of_the_weighted_simple_view(n, m):
    # The layouts do not weigh edges: the simple view of the ends alone lays out as the view that summed
    # the parallel edges' weights, self-loops and reversed pairs included.
    from kg.export.style import SPRING_MAX_NODES, _grid_layout

    g = _random_graph(n, m, seed=5)
    for k, (u, v) in enumerate(list(g.edges())[:30]):
        g.add_edge(v, u, key=f"r{k}", weight=2.5)
        g.add_edge(u, u, key=f"s{k}", weight=4.0)
    weighted = nx.Graph()
    weighted.add_nodes_from(sorted(g.nodes))
    for u, v, w in g.edges(data="weight"):
        if weighted.has_edge(u, v):
            weighted[u][v]["weight"] += w
        else:
            weighted.add_edge(u, v, weight=w)
    if n <= SPRING_MAX_NODES:
        pos = nx.spring_layout(weighted, seed=7, scale=1000.0, iterations=50, weight=None)
    else:
        pos = _grid_layout(weighted, 7, 1000.0)
    assert layout(g) == {k: (round(float(x), 1), round(float(y), 1)) for k, (x, y) in pos.items()}


def _random_graph(n: int, m: int, seed: int) -> nx.MultiDiGraph:
    import random

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    g.add_nodes_from(f"n{i}" for i in range(n))
    for k in range(m):
        g.add_edge(f"n{rng.randrange(n)}", f"n{rng.randrange(n)}", key=f"e{k}", weight=1.0)
    return g


def test_a_large_layout_with_fewer_iterations_still_draws_its_clusters():
    # Above GRID_FULL_NODES the grid layout runs fewer iterations; its picture
    # must still put a cluster's nodes together, far from the other clusters.
    import math
    import random

    from kg.export.style import GRID_FULL_NODES, GRID_ITERATIONS, grid_iterations

    n_clusters, size = 60, 100
    assert n_clusters * size > GRID_FULL_NODES and grid_iterations(n_clusters * size) < GRID_ITERATIONS
    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for c in range(n_clusters):
        members = [f"n{c * size + i}" for i in range(size)]
        g.add_nodes_from(members)
        for k in range(4 * size):
            g.add_edge(rng.choice(members), rng.choice(members), weight=1.0)
        g.add_edge(members[0], f"n{((c + 1) % n_clusters) * size}", weight=1.0)
    pos = layout(g)

    def dist(a, b):
        return math.dist(pos[a], pos[b])

    inside = [dist(u, v) for u, v in g.edges() if int(u[1:]) // size == int(v[1:]) // size and u != v]
    nodes = list(g)
    anywhere = [dist(rng.choice(nodes), rng.choice(nodes)) for _ in range(5000)]
    assert sum(inside) / len(inside) < 0.25 * sum(anywhere) / len(anywhere)


def test_large_layout_is_the_same_in_another_process():
    # A layout that read Python's global RNG or the hash seed would differ here.
    g = _random_graph(700, 2000, 5)
    code = ("import json, random, sys; random.seed(99); sys.path.insert(0, %r); "
            "from tests.test_export_formats import _random_graph; from kg.export.style import layout; "
            "pos = sorted(layout(_random_graph(700, 2000, 5)).items()); "
            "print(json.dumps({'pos': pos, 'matplotlib': 'matplotlib' in sys.modules}))") % str(ROOT)
    env = dict(os.environ, PYTHONHASHSEED="123", PYTHONPATH=str(ROOT))
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                                    check=True).stdout)
    assert [(n, tuple(p)) for n, p in out["pos"]] == sorted(layout(g).items())
    # igraph's drawing code would import pyplot, a second of every build; kg only lays out.
    assert not out["matplotlib"]


def test_export_computes_one_layout_for_every_view(tmp_path, monkeypatch):
    import kg.export as export_module

    calls = []
    real = export_module.layout
    monkeypatch.setattr(export_module, "layout", lambda g: calls.append(1) or real(g))
    paths = export(small_graph(), tmp_path, formats=("graphml", "gexf", "html"))
    assert len(calls) == 1
    gml = nx.read_graphml(paths["graphml"])
    from .test_export_html import page_data

    data = page_data(paths["html"].read_text(encoding="utf-8"))
    drawn = [data["nodes"][i] for i in data["overview"]]
    # A graph this small is drawn with the shared layout: Gephi and the page show the same positions.
    assert len(drawn) == 3 and all((n[4], n[5]) == (gml.nodes[n[0]]["x"], gml.nodes[n[0]]["y"]) for n in drawn)


def test_graphml_cleans_a_dirty_string_at_each_of_its_values(tmp_path):
    # The writer cleans each distinct string once: a string repeated on other edges and nodes
    # must come out cleaned there too, and the file be the reference's bytes.
    g = dirty_graph()
    shared = "证据\x00句子\ud800"
    for _, _, data in g.edges(data=True):
        data["evidence"] = shared
    for _, data in g.nodes(data=True):
        data["note"] = "同\x1f名"
    write_graphml(g, tmp_path / "g.graphml")
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert "\x00" not in text and "\x1f" not in text and text.count("证据句子") == g.number_of_edges()
    assert (tmp_path / "g.graphml").read_bytes() == _reference_graphml(g)
