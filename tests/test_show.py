from kg.cli import main


def test_show_prints_type_aliases_neighbours_and_evidence(seed_build, capsys):
    graph = str(seed_build.outputs["graphml"])
    assert main(["show", "市人社局", "--graph", graph]) == 0
    out = capsys.readouterr().out
    assert "格尔木市人力资源和社会保障局  [agency]" in out
    assert "aliases:" in out and "市人社局" in out
    # Its page-000 sentence names only kinds of street (创业街), so its neighbours are on page 004.
    assert "co_mention (6)" in out and "<-> 格尔木市自然资源局 [agency]" in out
    assert "(004_e758a23138851ca3 «十四届市委第三轮巡察工作动员部署会召开»)" in out


def test_show_groups_typed_relations(seed_build, capsys):
    assert main(["show", "比亚迪", "--graph", str(seed_build.outputs["graphml"])]) == 0
    out = capsys.readouterr().out
    assert "builds (2)" in out and "比亚迪年产4万吨碳酸锂" in out and "建成投产" in out


def test_show_unknown_entity_and_missing_graph(tmp_path, seed_build, capsys):
    assert main(["show", "不存在的公司", "--graph", str(seed_build.outputs["graphml"])]) == 1
    assert main(["show", "比亚迪", "--graph", str(tmp_path / "none.graphml")]) == 2
    assert "kg build" in capsys.readouterr().err


def test_a_graph_that_does_not_parse_is_a_clear_error(tmp_path, capsys):
    cases = {"truncated.graphml": "<graphml><graph><node", "plain.graphml": "not xml at all",
             "other.graphml": "<?xml version='1.0'?><root/>"}
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["show", "比亚迪", "--graph", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"kg show: error: {tmp_path / name} is not a GraphML file kg can read"), err


def test_a_graph_without_the_contract_attributes_is_a_clear_error(tmp_path, capsys):
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("a", label="比亚迪")  # no type, no aliases
    nx.write_graphml(g, tmp_path / "foreign.graphml")
    assert main(["show", "比亚迪", "--graph", str(tmp_path / "foreign.graphml")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'foreign.graphml'} does not follow kg's graph contract" in err and "'type'" in err
