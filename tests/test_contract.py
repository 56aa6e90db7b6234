import networkx as nx

from kg import contract
from kg.export.csv import write_csv
from kg.export.nodelink import node_link


def test_encode_decode_round_trip_keeps_chinese_text():
    text = contract.encode(["格尔木", "格爾木"])
    assert "格爾木" in text  # readable in GraphML, not \\u escapes
    assert contract.aliases({"aliases": text}) == ["格尔木", "格爾木"]


def test_foreign_values_are_taken_as_they_are():
    assert contract.aliases({"aliases": "只是一个名字"}) == ["只是一个名字"]
    assert contract.aliases({"aliases": ["已解码"]}) == ["已解码"]
    assert contract.aliases({}) == []
    assert contract.evidence({"evidence": "[1, {\"doc\": \"d\"}]"}) == [{"doc": "d"}]
    assert contract.evidence({"evidence": "{broken"}) == []
    assert contract.names({"label": "甲", "aliases": '["乙"]'}) == {"甲", "乙"}


def test_every_reader_decodes_the_same_way(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("n0", label="甲", type="company", aliases='["甲", "甲;乙"]')
    g.add_node("n1", label="丙", type="place", aliases="plain text")
    g.add_edge("n0", "n1", key="e0", relation="located_in", evidence='[{"doc": "d", "sentence": "句"}]')
    data = node_link(g)
    assert [n["aliases"] for n in data["nodes"]] == [["甲", "甲;乙"], "plain text"]
    assert data["links"][0]["evidence"] == [{"doc": "d", "sentence": "句"}]
    nodes = (tmp_path / "nodes.csv")
    write_csv(g, tmp_path)
    rows = nodes.read_text(encoding="utf-8").splitlines()
    assert "甲;甲；乙" in rows[1] and "plain text" in rows[2]
