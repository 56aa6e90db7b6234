"""Typed relations and co-mention on the seeds and on small examples."""

import json

import networkx as nx

from kg.evaluate import score_relations

from .conftest import ROOT


def seed_graph(seed_build):
    return nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)


def test_seed_typed_edges_meet_the_targets(seed_build):
    gold = [json.loads(line) for line in open(ROOT / "tests" / "data" / "seeds_relations.jsonl", encoding="utf-8")]
    result = score_relations(seed_graph(seed_build), gold)
    pairs = [g for g in gold if g.get("pair") == "company-project"]
    assert len(pairs) == 18
    assert result["builds"]["found"] == 18  # every company–project pair of page 004
    assert result["ALL"]["precision"] >= 0.9, result


def test_typed_edges_carry_rule_and_evidence(seed_build):
    g = seed_graph(seed_build)
    typed = [d for _, _, d in g.edges(data=True) if d["relation"] != "co_mention"]
    assert {d["relation"] for d in typed} >= {"builds", "leads", "partners", "located_in", "part_of"}
    for d in typed:
        for ev in json.loads(d["evidence"]):
            assert ev["rule"] and ev["rule"] != "co_mention"
            if ev["rule"].startswith("gazetteer"):
                # A fact of the gazetteer: the article only named the place, no sentence supports it.
                assert ev["sentence"] == "" and ev["start"] == ev["end"] == -1
            else:
                assert ev["sentence"] and ev["end"] > ev["start"]


def test_evidence_carries_the_citation_of_its_document(nlp):
    from kg.extract import extract_graph
    from kg.read import Document

    web = Document("w1", "", "格尔木市与远景能源有限公司签订合作协议，双方将共建储能电站项目。",
                   title="远景能源落户格尔木", date="2023/5/8 09:30", url="https://news.example.cn/a/1",
                   single_article=True)
    page = Document("p1", "p.txt", "储能签约\n\n本报讯（记者 李华）2022年11月2日，远景能源有限公司与格尔木市签订协议。"
                    "双方回顾了2008年5月12日以来的合作。")
    dated = Document("p2", "p.txt", "本报讯 远景能源有限公司回顾了2008年5月12日以来与格尔木市的合作。",
                     date="2024年1月3日")
    g = extract_graph([web, page, dated], nlp=nlp, home_city="格尔木市")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    cited = {}
    for u, v, d in g.edges(data=True):
        for ev in json.loads(d["evidence"]):
            cited.setdefault(ev["doc"], ev)
        if {label[u], label[v]} == {"格尔木市", "远景能源有限公司"} and d["relation"] == "co_mention":
            assert (d["first_date"], d["last_date"]) == ("2022-11-02", "2024-01-03")
    assert {k: cited["w1"][k] for k in ("headline", "title", "date", "url")} == {
        "headline": "远景能源落户格尔木", "title": "远景能源落户格尔木", "date": "2023-05-08",
        "url": "https://news.example.cn/a/1"}
    # Without a date of its own a page takes the first date of the article's text;
    # with one, the date it was published wins over any date its text mentions.
    assert cited["p1"]["date"] == "2022-11-02" and cited["p1"]["headline"] == "储能签约"
    assert cited["p2"]["date"] == "2024-01-03"
    hierarchy = [ev for _, _, d in g.edges(data=True) for ev in json.loads(d["evidence"])
                 if ev["rule"] == "gazetteer-hierarchy"]
    assert hierarchy and all(ev["sentence"] == "" and ev["date"] for ev in hierarchy)


def test_partners_subject_is_the_home_city(seed_build):
    g = seed_graph(seed_build)
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    partners = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners == {("格尔木市", "远景能源"), ("格尔木市", "天行集团"), ("格尔木市", "安徽瑞柏")}


def test_hierarchy_stays_in_the_home_province(seed_build):
    g = seed_graph(seed_build)
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    located = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("格尔木市", "海西蒙古族藏族自治州") in located and ("海西蒙古族藏族自治州", "青海省") in located
    assert not any(v == "北京市" for _, v in located)  # 东城区 here is Golmud's, not Beijing's


def test_a_qualifying_division_is_not_the_article_city(seed_build):
    # "格尔木市主城区（含…曲麻莱黄河源社区，…园艺场片区…）": 曲麻莱 names where the
    # community's people come from; the areas after it are still in 格尔木市.
    g = seed_graph(seed_build)
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    located = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("黄河源社区", "曲麻莱县") in located
    assert ("园艺场片区", "曲麻莱县") not in located


def test_co_mention_and_typed_edges_coexist(seed_build):
    g = seed_graph(seed_build)
    label = {d["label"]: n for n, d in g.nodes(data=True)}
    u, v = label["蓝科锂业"], label["蓝科锂业2万吨电池级碳酸锂"]
    relations = {d["relation"] for _, _, d in g.edges(u, data=True) if _ == v} | \
        {d["relation"] for a, b, d in g.edges(data=True) if {a, b} == {u, v}}
    assert {"builds", "co_mention"} <= relations


def test_co_mention_score_is_a_jaccard_index(seed_build):
    g = seed_graph(seed_build)
    for _, _, d in g.edges(data=True):
        if d["relation"] == "co_mention":
            assert 0.0 < d["score"] <= 1.0


def test_cities_abroad_are_in_their_country(tmp_path, nlp):
    from kg.build import build

    src = tmp_path / "abroad.txt"
    src.write_text("青海盐湖工业股份有限公司在罗马和吉隆坡设立办事处，并与意大利企业签约。\n", encoding="utf-8")
    result = build([src], tmp_path / "out", nlp=nlp, progress=False)
    g = nx.read_graphml(result.outputs["graphml"], force_multigraph=True)
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    located = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    # 意大利 is named in the text; 马来西亚 is implied by the world list, as provinces are for cities.
    assert {("罗马", "意大利"), ("吉隆坡", "马来西亚")} <= located


# --- scale ------------------------------------------------------------------------------------------------------


def _analysis_with_bodies(doc_id: str, names: list[str], places: tuple = ()):
    """A document whose every sentence names one body, then one place (built by hand: no pipeline needed)."""
    from kg.analyse import DocumentAnalysis, Mention
    from kg.articles import Article, Sentence
    from kg.read import Document

    article = Article(f"{doc_id}#a1", doc_id)
    mentions = []
    offset = 0
    for i, name in enumerate([*names, *places]):
        label = "AGENCY" if i < len(names) else "PLACE"
        text = f"{name}召开会议。"
        article.sentences.append(Sentence(doc_id, article.id, i, text, offset, offset + len(text), offset,
                                          offset + len(text), i, "text"))
        mentions.append(Mention(doc_id, article.id, i, label, name, name, offset, offset + len(name),
                                "suffix", 0, len(name)))
        offset += len(text)
    doc = Document(doc_id, "", "".join(s.text for s in article.sentences))
    return DocumentAnalysis(doc, [article], mentions)


def _body_names(i: int) -> list[str]:
    # Distinct committees and their departments, named by spelling i's digits in stems.
    stems = "东西南北中金银铜铁锡"
    stem = "".join(stems[int(c)] for c in str(i)) + "山"
    return [f"{stem}县委", f"{stem}县委宣传部", f"{stem}县人民政府", f"{stem}县人民政府办公室"]


def test_part_of_links_a_committee_to_the_longest_zone_it_is_named_after():
    from kg.relate import relate
    from kg.resolve import resolve

    # The committee's name begins with both zones' names; it belongs to the
    # longer one, whichever the corpus names first.
    analyses = [_analysis_with_bodies("d1", ["东山县委", "东山县委宣传部", "东山工业园区管委会"],
                                      places=("东山工业园", "东山工业园区"))]
    edges = relate(analyses, resolve(analyses))
    part_of = {(e.source.name, e.target.name) for e in edges if e.relation == "part_of"}
    assert ("东山县委宣传部", "东山县委") in part_of
    assert {(s, t) for s, t in part_of if t.startswith("东山工业")} == {("东山工业园区管理委员会", "东山工业园区")}



def test_part_of_links_a_committee_to_a_zone_written_jingkaiqu():
    from kg.relate import relate
    from kg.resolve import resolve

    analyses = [_analysis_with_bodies("d1", ["东山经开区管委会"], places=("东山经开区",))]
    edges = relate(analyses, resolve(analyses))
    part_of = {(e.source.name, e.target.name) for e in edges if e.relation == "part_of"}
    assert ("东山经开区管理委员会", "东山经开区") in part_of


def test_part_of_links_a_committee_to_a_bonded_zone():
    from kg.relate import relate
    from kg.resolve import resolve

    analyses = [_analysis_with_bodies("d1", ["东山保税港区管委会"], places=("东山保税港区",))]
    edges = relate(analyses, resolve(analyses))
    part_of = {(e.source.name, e.target.name) for e in edges if e.relation == "part_of"}
    assert ("东山保税港区管理委员会", "东山保税港区") in part_of


def test_part_of_links_a_committee_to_an_industrial_district():
    from kg.relate import relate
    from kg.resolve import resolve

    analyses = [_analysis_with_bodies("d1", ["东山工业区管委会"], places=("东山工业区",))]
    edges = relate(analyses, resolve(analyses))
    part_of = {(e.source.name, e.target.name) for e in edges if e.relation == "part_of"}
    assert ("东山工业区管理委员会", "东山工业区") in part_of


def test_relate_is_linear_in_documents():
    """Eight times the documents (and bodies) costs about eight times the work, not sixty-four.

    The work is counted, not timed: the Python function calls relate makes,
    which a per-document scan of the whole corpus (the old part-of lookup)
    multiplies by the number of documents.
    """
    import cProfile
    import pstats

    from kg.relate import relate
    from kg.resolve import resolve

    def work(n: int) -> int:
        analyses = [_analysis_with_bodies(f"d{i}", _body_names(i)) for i in range(n)]
        res = resolve(analyses)
        profile = cProfile.Profile()
        profile.enable()
        edges = relate(analyses, res)
        profile.disable()
        assert sum(e.relation == "part_of" for e in edges) == 2 * n
        return pstats.Stats(profile).total_calls

    small, large = work(100), work(800)
    assert large / small < 12, (small, large)


def test_wo_xian_is_the_subject_of_a_signing_in_a_county_article():
    import kg

    g = kg.extract_graph(["平江县召开招商大会，县商务局作了发言。我县与华岳科技有限公司、南湖能源有限公司等企业签订投资协议。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners == {("平江县", "华岳科技有限公司"), ("平江县", "南湖能源有限公司")}


def test_a_sentence_never_puts_a_division_in_a_place_the_gazetteer_contradicts():
    import kg

    # 京 of 京津唐 is 北京市, but 武清区 lies in 天津市: the gazetteer's own edge stays.
    g = kg.extract_graph(["武清区地处京津唐三市之间，区位优势明显。"])
    located = sorted((g.nodes[u]["label"], g.nodes[v]["label"])
                     for u, v, d in g.edges(data=True) if d["relation"] == "located_in")
    assert located == [("武清区", "天津市")]
    # Where the sentence agrees with the gazetteer, its edge is kept with its evidence.
    g = kg.extract_graph(["格尔木市地处青海省西部。"])
    rules = {ev["rule"] for u, v, d in g.edges(data=True)
             if d["relation"] == "located_in" and (g.nodes[u]["label"], g.nodes[v]["label"]) == ("格尔木市", "青海省")
             for ev in json.loads(d["evidence"])}
    assert rules == {"located-at"}


def test_a_division_is_no_partner_of_its_own_office_or_of_the_province_it_lies_in():
    import kg

    # The group's own paper names it by its legal form alone, so the signing's subject comes from the
    # article: the county, which is one side with its government, not the other party.
    g = kg.extract_graph(["集团公司与定边县政府签订项目投资协议\n3月2日，集团公司与定边县政府举行签约仪式。"
                          "双方希望能与陕西各地在生态修复方面加强合作。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert not partners, partners
    # A county and a firm still sign with each other.
    g = kg.extract_graph(["定边县与华岳科技有限公司签订投资协议。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners == {("定边县", "华岳科技有限公司")}


def test_the_other_party_of_a_signing_is_no_subject_of_the_next():
    import kg

    # two sentences that open with 与: both signings are the county's, the subject left implicit
    g = kg.extract_graph(["6月16日，记者在兴业县采访了解到，该县新签约项目共10个。与远景能源有限公司签订的项目计划投资20亿元。"
                          "与中广核风电有限公司华南分公司签订合作开发风力资源协议，计划投资25亿元。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners == {("兴业县", "远景能源有限公司"), ("兴业县", "中广核风电有限公司华南分公司")}, partners


# quality-28: a partner of an earlier signing is no subject of a later one
def test_a_partner_of_an_earlier_signing_is_no_later_subject():
    import kg

    g = kg.extract_graph(["甲旗人民政府与草原肉业集团等企业签约。其中，与北京禾丰科贸有限公司物流园项目在海拉尔签约。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert ("草原肉业集团", "北京禾丰科贸有限公司") not in partners, partners
    assert ("甲旗人民政府", "北京禾丰科贸有限公司") in partners, partners


def test_a_place_a_delegation_goes_to_is_no_signer():
    import kg

    g = kg.extract_graph(["8月3日，县政协主席夏某率县开发区招商局负责人在深圳、东莞对接项目。"
                          "夏某一行先后与劲胜精密股份有限公司、深圳汇林达科技有限公司进行了对接，就投资事项深入交流。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners and not any(s in ("深圳市", "东莞市") for s, _ in partners), partners


def test_a_district_two_cities_share_lies_in_the_city_written_before_it():
    import kg

    # 鼓楼区 and 西湖区 are each two cities' districts: the city written right before one says which, and
    # the division list's own pick is no guess to make when the article names the other city
    g = kg.extract_graph(["杭州市西湖区举行招商签约活动。五家企业当天在西湖区落户。"])
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("西湖区", "杭州市") in located, located
    assert ("西湖区", "南昌市") not in located, located
    g = kg.extract_graph(["福州市鼓楼区召开项目推进会。鼓楼区新开工项目12个。"])
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("鼓楼区", "福州市") in located and ("鼓楼区", "南京市") not in located, located


# a project named again by a demonstrative (该项目) is the project the article named before
def test_a_project_named_by_a_demonstrative_is_the_one_named_before():
    import kg

    g = kg.extract_graph(["城东冷链物流园项目昨日举行开工仪式。该项目由华拓供应链管理有限公司投资建设，总投资3亿元。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert builds == {("华拓供应链管理有限公司", "城东冷链物流园项目")}, builds


def test_a_demonstrative_before_the_first_project_refers_to_nothing():
    import kg

    g = kg.extract_graph(["该项目由华拓供应链管理有限公司投资建设。"])
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "builds"]


# a body named in an official's post (县委书记某某) attends; the county signs
def test_a_body_in_an_officials_post_is_no_implicit_signer():
    import kg

    g = kg.extract_graph(["3月5日，安化县重大项目集中签约仪式举行。县委书记张某出席仪式。"
                          "第一批与恒远新材料有限公司签署投资协议。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert partners == {("安化县", "恒远新材料有限公司")}, partners


def test_a_project_named_by_a_demonstrative_lies_where_it_is_said_to():
    import kg

    g = kg.extract_graph(["5日，宏达集团光伏产业园项目动工。该项目位于闽侯县甘蔗街道，是省重点项目。"])
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)
               if d["relation"] == "located_in" and g.nodes[u]["type"] == "project"}
    assert located == {("宏达集团光伏产业园项目", "闽侯县")}, located


def test_a_mountain_named_before_a_signing_signs_nothing():
    # "…开发蒙顶山旅游风景区；某某水务与市水务局签订…": the signer left implicit is no mountain
    import kg

    g = kg.extract_graph(["本报讯 宏泰集团将以茶产业为基础整体开发蒙顶山旅游风景名胜区；宏泰水务董事长张某代表宏泰水务与"
                          "雅安市水务局签订了水务合作协议。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert not [p for p in partners if p[0].endswith("山")], partners


def test_a_project_named_by_a_firms_brand_is_built_by_the_firm():
    # "河北某某食品有限公司…某某食品二期项目", "…京某生物发展有限公司…京某谷朊粉项目": the article names both
    import kg

    g = kg.extract_graph(["本报讯 在河北嘉禾食品有限公司车间内，工人正在封装。为抢抓旺季，嘉禾食品二期项目5月开工建设。"
                          "位于开发区的河北京耀生物发展有限公司车间正在调试设备。京耀谷朊粉项目主要生产谷朊粉。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert builds == {("河北嘉禾食品有限公司", "嘉禾食品二期项目"), ("河北京耀生物发展有限公司", "京耀谷朊粉项目")}, builds
    # a brand that is an ordinary word names no firm's project
    g = kg.extract_graph(["本报讯 河北发展食品有限公司参加了会议。发展农业示范项目开工。"])
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "builds"]


def test_a_brand_that_opens_with_a_place_names_no_project_of_that_place():
    # "内蒙古鄂尔多斯多晶硅业有限公司" and "鄂尔多斯市某某化工有限公司…项目": 鄂尔 is no brand of the first firm
    import kg

    g = kg.extract_graph(["本报讯 内蒙古鄂尔多斯多晶硅业有限公司参加了签约。鄂尔多斯市君安化工二期项目同日开工。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert not [b for b in builds if b[0].startswith("内蒙古鄂尔多斯")], builds


def test_a_zone_named_after_its_county_lies_in_it(nlp):
    # "汶上经济开发区" on a page that names 汶上县: the zone is the county's
    import kg

    g = kg.extract_graph(["开工仪式在汶上经济开发区举行。汶上县今年新开工项目30个。"], nlp=nlp)
    edges = {(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("汶上经济开发区", "located_in", "汶上县") in edges, edges


def test_a_firm_that_signs_with_the_papers_own_county_partners_it(nlp):
    # "十余家企业与该县签约", "某公司与我县签约": the county the article is about is the partner
    import kg

    text = "6月27日，临泉县举行招商项目集中签约仪式。宏远桥梁有限公司、恒泰环保有限公司等十余家企业与该县共签约项目15个。"
    g = kg.extract_graph([text], nlp=nlp)
    edges = {(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert {("宏远桥梁有限公司", "partners", "临泉县"), ("恒泰环保有限公司", "partners", "临泉县")} <= edges, edges


def test_a_park_its_own_sentence_places_is_not_in_the_last_city_named(nlp):
    # "缩短了到南昌市的车程。…滨湖公园位于某县新区": the city named before for another reason is not the
    # park's; where its own sentence puts it is
    import kg

    text = ("资溪县新建的环城公路缩短了资溪县与鹰潭市之间的车程。"
            "滨湖公园位于资溪县新区，占地300亩。")
    g = kg.extract_graph([text], nlp=nlp)
    edges = {(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("滨湖公园", "located_in", "资溪县新区") in edges, edges
    assert ("滨湖公园", "located_in", "鹰潭市") not in edges, edges


# a company named again by a demonstrative (该公司) is the company the article named before
def test_a_project_after_a_demonstrative_company_is_that_companys():
    import kg

    g = kg.extract_graph(["6月2日，甘肃金源镁业有限公司与永登县人民政府签约，该公司镁合金精深加工产业园项目将落户县工业园区。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert ("甘肃金源镁业有限公司", "镁合金精深加工产业园项目") in builds, builds


def test_a_demonstrative_company_before_any_company_builds_nothing():
    import kg

    g = kg.extract_graph(["该公司镁合金精深加工产业园项目将落户县工业园区。"])
    assert not [d for _, _, d in g.edges(data=True) if d["relation"] == "builds"]


# a project named by a brand two firms of the article begin with is the one of the longer match, or no one's
def test_a_brand_project_goes_to_no_firm_that_only_shares_its_first_characters():
    import kg

    g = kg.extract_graph(["今年，北岳营销股份公司、北岳资源控股有限公司签约落户。北岳资源综合体项目投资28亿元。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert ("北岳营销股份公司", "北岳资源综合体项目") not in builds, builds
    g = kg.extract_graph(["近日，华源营销股份公司与华源资源开发有限公司先后落户我区。华源营销物流园项目总投资5亿元。"])
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "builds"}
    assert builds == {("华源营销股份公司", "华源营销物流园项目")}, builds


# a town's name the division list keeps under one county is another county's town where the article names that
def test_a_town_of_a_shared_name_lies_in_the_county_its_article_names():
    import kg

    g = kg.extract_graph(["呼图壁县召开农业产业化推进会，二工乡的两家合作社代表在会上发言。"])
    labels = {d["label"] for _, d in g.nodes(data=True)}
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert "新市区" not in labels and ("二工乡", "新市区") not in located, (labels, located)
    assert ("二工乡", "呼图壁县") in located, located


def test_a_clause_opening_with_yu_whose_partner_no_rule_found_whole_names_no_later_signer():
    import kg

    # the second clause's firm is cut (only its region and its trade are found); the third clause's
    # signer is still the county, not a piece of the second clause's partner
    g = kg.extract_graph(["会上，平江县分别与华岳科技有限公司签订电子元件项目；"
                          "与瑞锶家（浙江）建材股份有限公司签订装配式建材项目；与南湖能源有限公司签订光伏项目。"])
    partners = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "partners"}
    assert ("平江县", "南湖能源有限公司") in partners, partners
    assert all(s == "平江县" for s, _ in partners), partners


def test_a_zone_written_right_after_its_county_lies_in_it(nlp):
    # "镇远县|黔东工业园区": a zone not named after the county, written right after it, is in it
    import kg

    text = "上半年，三穗县共引进项目32个，再次掀起了三穗县台烈工业园区招商引资项目建设热潮。"
    g = kg.extract_graph([text], nlp=nlp)
    edges = {(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("台烈工业园区", "located_in", "三穗县") in edges, edges


def test_villages_listed_after_the_first_share_its_town(nlp):
    # "位于静观镇大坪村、金塘村、集真村": the first village is written right after its town, the others
    # listed after it lie in the same town, not in the district
    import kg

    text = "北碚区的田园综合体项目位于澄江镇北泉村、缙云村、东升村，用地3000亩。"
    g = kg.extract_graph([text], nlp=nlp)
    edges = {(g.nodes[u]["label"], d["relation"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert {("北泉村", "located_in", "澄江镇"), ("缙云村", "located_in", "澄江镇"),
            ("东升村", "located_in", "澄江镇")} <= edges, edges


def test_a_firm_builds_the_project_named_after_what_it_invests():
    # "某公司|5亿元|风光渔互补": the amount between them is how much, and the firm still heads its project
    import kg

    g = kg.extract_graph(["泰州光源电器公司5亿元风光渔互补、无锡乔元金属公司2亿元汽车电池配件等13个重大项目正在对接。"])
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    builds = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d.get("relation") == "builds"}
    assert ("泰州光源电器公司", "泰州光源电器公司风光渔互补") in builds, builds
    assert ("无锡乔元金属公司", "无锡乔元金属公司汽车电池配件") in builds, builds


def test_a_street_written_after_its_city_is_not_placed_again_in_the_last_county():
    import kg

    # "天津红桥路市场…。红桥路商城…": once the article writes the street right after its city, a later
    # bare mention is the same street, not one in the county named in between
    g = kg.extract_graph(["农牧方面，某公司在化德县投资建设肉牛项目。商贸方面，天津红桥路市场向该市转移，"
                          "红桥路商城已入驻商户120户。"])
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("红桥路", "天津市") in located, located
    assert ("红桥路", "化德县") not in located, located


def test_a_groups_firm_said_right_after_the_group_is_part_of_it():
    import kg

    # "某集团|所属的|某公司", "某控股|旗下|某公司": the firm belongs to the group named before it
    g = kg.extract_graph(["湖南湘江投资集团所属的湘江文旅发展股份有限公司负责人介绍了项目。"
                          "北岭控股集团旗下北岭新材料有限公司在园区投资建厂。"])
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    part = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d.get("relation") == "part_of"}
    assert ("湘江文旅发展股份有限公司", "湖南湘江投资集团") in part, part
    assert ("北岭新材料有限公司", "北岭控股集团") in part, part


def test_a_place_firms_move_into_is_no_subject_of_a_later_signing():
    import kg

    # "企业计划进驻某区。…署方协助这些企业与某局对接": the office of the first sentence, not the district
    g = kg.extract_graph(["香港特区政府投资推广署表示，约有二十间企业计划进驻北部都会区。署方正协助这些企业与发展局对接。"])
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    partners = {(label[u], label[v]) for u, v, d in g.edges(data=True) if d.get("relation") == "partners"}
    assert not [p for p in partners if p[0] == "北部都会区"], partners


def test_a_town_lies_in_the_city_a_name_before_it_opens_with():
    # the town's city is named only at the head of a project's name ("某市某某项目落地某镇"): the
    # article's county named earlier is not the town's
    import kg

    g = kg.extract_graph(["南安市召开招商推介会。晋江市运动鞋服智能制造项目计划落地安海镇，年内开工。"])
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "located_in"}
    assert ("安海镇", "南安市") not in located, located


def test_an_office_named_with_its_county_places_the_county(rules_nlp):
    # the county is named only inside its bodies' names ("某县第十七届人民代表大会", "某县人民政府")
    from kg.extract import extract_graph

    text = ("进贤县人民政府召开常务会议。会议指出，我县经济平稳增长，县政府将加快项目建设。")
    g = extract_graph([text], nlp=rules_nlp)
    located = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d.get("relation") == "located_in"}
    assert ("进贤县", "南昌市") in located, located


def test_a_zones_committee_named_without_its_province_is_part_of_the_zone(nlp):
    # the zone is written with its province (辽宁某某经济开发区), its committee without (某某经济开发区管理委员会)
    import kg

    g = kg.extract_graph(["辽宁法库经济开发区项目开工。该开发区管委会负责人介绍，园区新增企业12家。"], nlp=nlp)
    rels = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d.get("relation") == "part_of"}
    assert any(c.endswith("管理委员会") and z.endswith("经济开发区") for c, z in rels), rels


def test_a_taiwan_investors_zones_committee_is_part_of_the_zone():
    import kg

    g = kg.extract_graph(["本年第一季度，青岚台商投资区推进9个项目签约落地。\n青岚台商投资区管委会主任李某介绍。"])
    part_of = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "part_of"}
    assert ("青岚台商投资区管理委员会", "青岚台商投资区") in part_of, part_of


def test_a_firm_is_no_partner_of_its_own_unit_named_with_its_whole_name():
    # "…与某某集团奶源事业部副总经理…代表双方签署协议": the division signs for its group; a subject taken from
    # an earlier sentence that is the group itself is no partner of it
    from kg.relate import Key, _same_side

    assert _same_side(Key("company", "金穗集团"), Key("company", "金穗集团奶源事业部"))
    assert _same_side(Key("company", "金穗集团华北分公司"), Key("company", "金穗集团"))
    assert not _same_side(Key("company", "金穗集团"), Key("company", "青禾食品集团"))
