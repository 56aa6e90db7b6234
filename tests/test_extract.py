"""kg.extract_graph: texts in memory to a graph, the same graph as a build."""

import os

import networkx as nx
import pytest

import kg
from kg.read import read_inputs

from .conftest import SEEDS


def test_strings_give_the_agency_and_the_project():
    g = kg.extract_graph(["市水利局持续推进城区供水管网联通改造项目建设"])
    assert sorted((d["label"], d["type"]) for _, d in g.nodes(data=True)) == [
        ("城区供水管网联通改造项目", "project"), ("市水利局", "agency")]
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {"leads", "co_mention"}


def test_same_graph_as_kg_build(seed_build, nlp):
    built = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    g = kg.extract_graph(read_inputs([SEEDS]).documents, nlp=nlp)
    assert g.graph["documents"] == built.graph["documents"] == 2
    assert g.number_of_nodes() == built.number_of_nodes() > 50
    assert g.number_of_edges() == built.number_of_edges() > 200
    for n, d in g.nodes(data=True):
        assert {k: d[k] for k in ("label", "type", "aliases", "mentions", "documents", "community")} == \
            {k: built.nodes[n][k] for k in ("label", "type", "aliases", "mentions", "documents", "community")}
    for u, v, k, d in g.edges(keys=True, data=True):
        other = built.edges[u, v, k]
        assert (d["relation"], d["weight"], d["evidence"], d["evidence_count"]) == \
            (other["relation"], other["weight"], other["evidence"], other["evidence_count"])


def test_pure_no_files_and_no_output(tmp_path, monkeypatch, capfd, nlp):
    monkeypatch.chdir(tmp_path)
    docs = [kg.Document("d1", "", "格尔木市与比亚迪股份有限公司签订合作协议。", title="签约", date="2024-05-01",
                        url="https://example.org/1")]
    g = kg.extract_graph(docs, nlp=nlp)
    assert {"格尔木市", "比亚迪股份有限公司"} <= {d["label"] for _, d in g.nodes(data=True)}
    out, err = capfd.readouterr()
    assert out == err == ""
    assert os.listdir(tmp_path) == []


def test_each_document_is_reported_once(nlp):
    seen = []
    kg.extract_graph(["格尔木市水利局。", "", "青海省。"], nlp=nlp,
                     on_document=lambda doc, analysis: seen.append((doc.id, bool(analysis.articles))))
    assert seen == [("text0", True), ("text1", False), ("text2", True)]


def test_home_city_is_honoured(nlp):
    g = kg.extract_graph(["市水利局持续推进城区供水管网联通改造项目建设。"], nlp=nlp, home_city="格尔木市")
    assert "格尔木市水利局" in {d["label"] for _, d in g.nodes(data=True)}
    assert g.graph["home_city"] == "格尔木市"


def test_wrong_input_type_names_the_item():
    with pytest.raises(TypeError, match=r"texts\[1\] is bytes"):
        kg.extract_graph(["文本", b"bytes"])


def test_pipeline_without_sentence_relations_is_refused():
    import spacy

    from kg.nlp import TOKENIZER_CONFIG

    nlp = spacy.blank("zh", config=TOKENIZER_CONFIG)
    nlp.add_pipe("kg_entity_rules")
    with pytest.raises(ValueError, match="kg_sentence_relations"):
        kg.extract_graph(["市水利局。"], nlp=nlp)


def test_the_corpus_stages_run_without_the_cyclic_collector_and_give_it_back(monkeypatch):
    import gc

    import kg.extract

    seen = []
    real = kg.extract.resolve

    def resolve(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.extract, "resolve", resolve)
    assert gc.isenabled()
    g = kg.extract_graph(["市水利局持续推进城区供水管网联通改造项目建设。"])
    assert seen == [False] and gc.isenabled() and g.number_of_nodes() == 2


@pytest.mark.parametrize("text", [
    "县里规划了文旅区和工业区。",
    "项目建设物流区、展示区等。",
])
def test_a_kind_of_zone_is_no_zone_whose_short_name_it_is(text):
    # 文旅区, 物流区: short names of a zone somewhere (Lhasa, Shangqiu), and words for a kind of zone in
    # any paper; the zone is named in full
    g = kg.extract_graph([text])
    assert not [d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"], g.nodes(data=True)


class _Readings(dict):
    def get_reading(self, document, mark=""):
        kept = self.get(document.id)
        return kept[1] if kept is not None and kept[0] == mark else None

    def put_reading(self, document, reading, mark=""):
        self[document.id] = (mark, reading)


def test_a_graph_from_kept_readings_is_the_graph_from_readings_read_again(nlp):
    from kg.analyse import analyse_document
    from kg.extract import as_documents, graph_of

    docs = as_documents(["青海晨曦镁业有限公司在湟源县工业园投资建设年产五万吨镁合金项目。县委书记调研该项目。",
                         "晨曦镁业的年产五万吨镁合金项目进展顺利，县发改委负责协调。",
                            "市水利局持续推进城区供水管网联通改造项目建设。"])
    analyses = [analyse_document(d, nlp, keep_docs=False) for d in docs]
    store = _Readings()
    first = graph_of(analyses, readings=store)
    # The second page names the first's firm by its short name, which the corpus's consistency pass
    # finds there: its reading is kept for those mentions only.
    assert sorted(store) == ["text0", "text1", "text2"]
    assert store["text0"][0] == store["text2"][0] == "" != store["text1"][0]
    assert store.get_reading(docs[1], "another build's mentions") is None
    again = graph_of(analyses, readings=store)
    plain = graph_of(analyses)
    for g in (again, plain):
        assert sorted(g.nodes(data=True)) == sorted(first.nodes(data=True))
        assert sorted(g.edges(keys=True, data=True)) == sorted(first.edges(keys=True, data=True))


def test_kept_readings_are_the_ones_resolution_uses(nlp):
    from kg.analyse import analyse_document
    from kg.extract import as_documents, graph_of

    docs = as_documents(["湟源县县委书记调研县工业园，县发改委负责协调。"])
    analyses = [analyse_document(d, nlp, keep_docs=False) for d in docs]
    store = _Readings()
    graph_of(analyses, readings=store)
    # A kept reading is trusted: one that said the article's county is another names that county.
    mark, reading = store["text0"]
    store["text0"] = mark, reading._replace(homes={a: h._replace(county="大通回族土族自治县")
                                                   for a, h in reading.homes.items()})
    assert "大通回族土族自治县发展和改革委员会" in {d["label"] for _, d in graph_of(analyses, readings=store).nodes(data=True)}
