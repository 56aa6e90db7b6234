import json

import networkx as nx

from kg.graph import build_graph, clean
from kg.relate import Edge, Evidence
from kg.resolve import Entity, Key


BYD, PILOT, GOLMUD = Key("company", "比亚迪"), Key("project", "比亚迪碳酸锂中试"), Key("place", "格尔木市")


def _ents():
    return [Entity(BYD, "company", "比亚迪", {"比亚迪"}, 3, {"d1"}),
            Entity(PILOT, "project", "比亚迪碳酸锂中试", {"碳酸锂中试"}, 1, {"d1"}),
            Entity(GOLMUD, "place", "格尔木市", {"格尔木", "格尔木市"}, 5, {"d1", "d2"})]


def _ev(i, rule="co_mention"):
    return Evidence("d1", "d1#a1", "标题", f"第{i}句\x07。", i * 10, i * 10 + 5, rule)


def test_nodes_edges_and_metrics_follow_the_contract():
    edges = [Edge(BYD, GOLMUD, "co_mention", [_ev(1), _ev(2)], 0.5),
             Edge(BYD, PILOT, "builds", [_ev(1, "company-head")]),
             Edge(BYD, PILOT, "co_mention", [_ev(1)], 1.0)]
    g = build_graph(_ents(), edges, documents=2, articles=3, home_city="格尔木市")
    assert sorted(g.nodes) == ["n0", "n1", "n2"]
    assert g.nodes["n0"]["label"] == "比亚迪"  # companies first
    assert json.loads(g.nodes["n2"]["aliases"]) == ["格尔木", "格尔木市"]
    assert g.number_of_edges() == 3
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["e0", "e1", "e2"]
    co = [d for _, _, d in g.edges(data=True) if d["relation"] == "co_mention" and d["weight"] == 2.0][0]
    assert co["evidence_count"] == 2 and "\x07" not in co["evidence"]
    for n, d in g.nodes(data=True):
        assert isinstance(d["degree"], int) and isinstance(d["pagerank"], float) and isinstance(d["community"], int)
    assert abs(sum(d["pagerank"] for _, d in g.nodes(data=True)) - 1.0) < 1e-6
    assert g.graph["home_city"] == "格尔木市" and g.graph["documents"] == 2


def test_evidence_is_capped_but_counted():
    evs = [_ev(i) for i in range(30)]
    g = build_graph(_ents(), [Edge(BYD, GOLMUD, "co_mention", evs)], evidence_cap=20)
    (_, _, d), = g.edges(data=True)
    kept = json.loads(d["evidence"])
    assert len(kept) == 20 and d["evidence_count"] == 30 and d["weight"] == 30.0
    assert [e["start"] for e in kept] == [i * 10 for i in range(20)]  # the first ones, in order


def test_communities_are_deterministic():
    g1 = build_graph(_ents(), [Edge(BYD, GOLMUD, "co_mention", [_ev(1)])])
    g2 = build_graph(list(reversed(_ents())), [Edge(BYD, GOLMUD, "co_mention", [_ev(1)])])
    assert nx.get_node_attributes(g1, "community") == nx.get_node_attributes(g2, "community") == \
        {"n0": 0, "n1": 1, "n2": 0}


def test_clean_strips_xml_invalid_characters():
    assert clean("a\x00b\x1fc\ufffe") == "abc"


def test_evidence_fields_carry_no_character_xml_cannot_hold():
    # JSON escapes control characters, so they hide from a test of the encoded
    # string; the decoded fields are what a reader gets.
    odd = Evidence("d\x001", "d1#a1", "标\ud800题", "第一句\x07。\ufffe", 0, 5, "co_mention", url="C:\\u\\x")
    plain = _ev(2)
    g = build_graph(_ents(), [Edge(BYD, GOLMUD, "co_mention", [odd, plain]),
                              Edge(BYD, PILOT, "co_mention", [plain])])
    by_target = {v: json.loads(d["evidence"]) for _, v, d in g.edges(data=True)}
    first, second = by_target["n2"]
    assert (first["doc"], first["headline"], first["sentence"], first["url"]) == \
        ("d1", "标题", "第一句。", "C:\\u\\x")
    assert second["sentence"] == "第2句。" and by_target["n1"] == [second]


def test_edges_with_the_same_evidence_share_one_string():
    # A sentence naming three entities supports three co-mention edges: the exports decode and escape
    # each evidence string, so the graph holds it once.
    one = _ev(1)
    g = build_graph(_ents(), [Edge(BYD, GOLMUD, "co_mention", [one]), Edge(BYD, PILOT, "co_mention", [one]),
                              Edge(PILOT, GOLMUD, "co_mention", [one]), Edge(BYD, GOLMUD, "located_in", [_ev(2)])])
    strings = [d["evidence"] for _, _, d in g.edges(data=True)]
    assert len(strings) == 4 and len({id(s) for s in strings}) == 2 and len(set(strings)) == 2
