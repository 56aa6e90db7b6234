"""GraphML (XSD, Gephi keys, read-back), GEXF, node-link JSON and neo4j CSV."""

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.export import export
from kg.export.graphml import write_graphml
from kg.graph import build_graph
from kg.relate import Edge, Evidence
from kg.resolve import Entity

from .conftest import SHARED

SCHEMA = SHARED / "schemas" / "graphml" / "graphml.xsd"
HOSTILE = "<script>alert('x')</script>\x01公司"


def small_graph():
    ents = [Entity("company:比亚迪", "company", "比亚迪", {"比亚迪", "比亞迪"}, 2, {"d"}),
            Entity(f"company:{HOSTILE}", "company", HOSTILE, {HOSTILE, "a;b"}, 1, {"d"}),
            Entity("project:碳酸锂中试", "project", "碳酸锂中试", {"碳酸锂中试"}, 1, {"d"}),
            Entity("place:格尔木市", "place", "格尔木市", {"格尔木市"}, 3, {"d"})]
    ev = Evidence("d", "d#a1", "标题", "比亚迪碳酸锂中试项目建成投产。", 0, 15, "co_mention")
    edges = [Edge("company:比亚迪", "project:碳酸锂中试", "co_mention", [ev], 1.0),
             Edge("company:比亚迪", "project:碳酸锂中试", "builds", [ev]),
             Edge("company:比亚迪", "place:格尔木市", "co_mention", [ev, ev], 0.5),
             Edge(f"company:{HOSTILE}", "place:格尔木市", "co_mention", [ev], 0.25)]
    return build_graph(ents, edges, documents=1, articles=1, home_city="格尔木市")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("formats")
    paths = export(small_graph(), out, formats=("graphml", "gexf", "json", "csv"))
    return out, paths


@pytest.mark.skipif(not SCHEMA.exists(), reason="GraphML XSD not found at ../shared/schemas/graphml")
def test_graphml_is_valid_against_the_xsd(written, seed_build):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    for path in (written[1]["graphml"], seed_build.outputs["graphml"]):
        assert schema.validate(etree.parse(str(path))), schema.error_log


def test_gephi_keys_are_present_once_each(written):
    from lxml import etree

    root = etree.parse(str(written[1]["graphml"])).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)]
    names = [(f, n) for f, n, _ in keys]
    assert len(names) == len(set(names)), "one key per attribute name and domain"
    types = {(f, n): t for f, n, t in keys}
    for name, typ in {"label": "string", "size": "double", "r": "int", "g": "int", "b": "int", "x": "double",
                      "y": "double"}.items():
        assert types[("node", name)] in (typ, "long" if typ == "int" else typ), name
    assert types[("edge", "weight")] == "double"
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(edge_ids) == 4 and len(set(edge_ids)) == 4  # parallel edges keep distinct ids


def test_graphml_reads_back_in_networkx_and_igraph(written):
    g0 = small_graph()
    g = nx.read_graphml(written[1]["graphml"], force_multigraph=True)
    assert set(g.nodes) == set(g0.nodes) and g.number_of_edges() == g0.number_of_edges()
    for n in g0.nodes:
        for k, v in g0.nodes[n].items():
            assert type(g.nodes[n][k]) is type(v) and g.nodes[n][k] == v, (n, k)
    labels = nx.get_node_attributes(g, "label")
    assert HOSTILE.replace("\x01", "") in labels.values()  # control character stripped, markup kept as text
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(written[1]["graphml"]))
    assert ig.vcount() == 4 and ig.ecount() == 4
    v = ig.vs.find(id="n0")
    assert v["label"] == g0.nodes["n0"]["label"] and isinstance(v["aliases"], str)
    assert v["mentions"] == g0.nodes["n0"]["mentions"]  # igraph keeps numbers as numbers (floats)


def test_gexf_has_viz_and_no_edge_attribute_called_type(written):
    from lxml import etree

    root = etree.parse(str(written[0] / "graph.gexf")).getroot()
    viz = "{http://www.gexf.net/1.2draft/viz}"
    nodes = root.findall(".//{http://www.gexf.net/1.2draft}node")
    assert len(nodes) == 4
    for node in nodes:
        assert node.find(f"{viz}color") is not None and node.find(f"{viz}size") is not None
        assert node.find(f"{viz}position") is not None
    edge_attrs = [a.get("title") for a in root.findall(".//{http://www.gexf.net/1.2draft}attributes[@class='edge']/*")]
    assert "type" not in edge_attrs and "relation" in edge_attrs
    ids = [e.get("id") for e in root.iter("{http://www.gexf.net/1.2draft}edge")]
    assert len(ids) == len(set(ids)) == 4
    g = nx.read_gexf(written[0] / "graph.gexf")
    assert g.number_of_nodes() == 4


def test_node_link_json_has_real_arrays(written):
    data = json.loads((written[0] / "graph.json").read_text(encoding="utf-8"))
    node = next(n for n in data["nodes"] if n["label"] == "比亚迪")
    assert node["aliases"] == ["比亚迪", "比亞迪"]
    assert all(isinstance(e["evidence"], list) for e in data["edges"])


def test_csv_has_neo4j_headers_and_safe_arrays(written):
    with open(written[0] / "nodes.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["id:ID", "label", ":LABEL", "aliases:string[]"]
    hostile = next(r for r in rows[1:] if r[1].startswith("<script>"))
    assert hostile[2] == "Company" and "a；b" in hostile[3].split(";")
    with open(written[0] / "edges.csv", encoding="utf-8") as fh:
        erows = list(csv.reader(fh))
    assert erows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {r[2] for r in erows[1:]} == {"CO_MENTION", "BUILDS"}


def test_every_format_is_deterministic(tmp_path):
    a = export(small_graph(), tmp_path / "a", formats=("graphml", "gexf", "json", "csv"))
    b = export(small_graph(), tmp_path / "b", formats=("graphml", "gexf", "json", "csv"))
    for fmt in a:
        assert Path(a[fmt]).read_bytes() == Path(b[fmt]).read_bytes(), fmt


def test_mixed_int_and_float_values_get_one_key(tmp_path):
    g = small_graph()
    g.nodes["n0"]["weighted_degree"] = 3  # an int among floats
    write_graphml(g, tmp_path / "g.graphml")
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert text.count('attr.name="weighted_degree"') == 1
