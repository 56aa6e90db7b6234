from kg.cli import main


def test_show_prints_type_aliases_neighbours_and_evidence(seed_build, capsys):
    graph = str(seed_build.outputs["graphml"])
    assert main(["show", "市人社局", "--graph", graph]) == 0
    out = capsys.readouterr().out
    assert "格尔木市人力资源和社会保障局  [agency]" in out
    assert "aliases:" in out and "市人社局" in out
    # Its page-000 sentence names only kinds of street (创业街), so its neighbours are on page 004.
    assert "co_mention (6)" in out and "<-> 格尔木市自然资源局 [agency]" in out
    assert "(«十四届市委第三轮巡察工作动员部署会召开» · 004_e758a23138851ca3)" in out


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


def _dated_graph(tmp_path, nlp):
    from kg.export.graphml import write_graphml
    from kg.extract import extract_graph
    from kg.read import Document

    docs = [Document("late", "", "远景能源有限公司与格尔木市签订储能项目合作协议。", title="储能签约", date="2024-03-09",
                     url="https://news.example.cn/late", single_article=True),
            Document("early", "", "格尔木市与远景能源有限公司举行座谈。", title="企业座谈", date="2021-07-15",
                     single_article=True),
            Document("d3", "", "远景能源有限公司在格尔木市调研。", single_article=True)]
    path = tmp_path / "g.graphml"
    write_graphml(extract_graph(docs, nlp=nlp, home_city="格尔木市"), path)
    return str(path)


def test_show_lists_evidence_by_date_with_its_citation(tmp_path, nlp, capsys):
    graph = _dated_graph(tmp_path, nlp)
    assert main(["show", "远景能源有限公司", "--graph", graph]) == 0
    out = capsys.readouterr().out
    # The edge says when it was reported; its sentences come oldest first, undated last.
    assert "2021-07-15 to 2024-03-09" in out
    co = out[out.index("co_mention ("):]
    assert co.index("举行座谈") < co.index("签订储能") < co.index("调研")
    assert "(2024-03-09 · «储能签约» · https://news.example.cn/late)" in out

    assert main(["show", "远景能源有限公司", "--graph", graph, "--by-date"]) == 0
    lines = capsys.readouterr().out.splitlines()
    dated = [line.split()[0] for line in lines if line.startswith("  ") and not line.startswith("   ")]
    assert dated == ["2021-07-15", "2024-03-09", "undated"]
    # The signing sentence supports a co-mention and a partners edge: it is listed once, with both.
    signing = [i for i, line in enumerate(lines) if "签订储能" in line]
    assert len(signing) == 1 and "partners" in lines[signing[0] + 1] and "co_mention" in lines[signing[0] + 1]

    assert main(["show", "远景能源有限公司", "--graph", graph, "--by-date", "--since", "2022-01-01"]) == 0
    out = capsys.readouterr().out
    assert "签订储能" in out and "举行座谈" not in out and "调研" not in out
