import json

import networkx as nx
import pytest

from kg.resolve import Key, canonical_agency


def agency_labels(nlp, text: str) -> set[str]:
    """The labels of the agencies in the graph of one text."""
    from kg import extract_graph

    g = extract_graph([text], nlp=nlp)
    return {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}


def test_agency_abbreviations_and_home_city():
    assert canonical_agency("市人社局", "格尔木市", "海西蒙古族藏族自治州") == "格尔木市人力资源和社会保障局"
    assert canonical_agency("市人力资源和社会保障局", "格尔木市", "") == "格尔木市人力资源和社会保障局"
    assert canonical_agency("市场监管局", "格尔木市", "") == "市场监督管理局"  # 市场 is not 市
    assert canonical_agency("州委", "格尔木市", "海西蒙古族藏族自治州") == "海西州委"


def test_the_offices_of_a_committee_and_a_government_merge_with_their_full_names():
    assert canonical_agency("县委办", "", "", county="湟源县") == canonical_agency("县委办公室", "", "", county="湟源县") \
        == "湟源县委办公室"
    assert canonical_agency("县政府办", "", "", county="湟源县") == "湟源县人民政府办公室"
    assert canonical_agency("县政府办公室", "", "", county="湟源县") == "湟源县人民政府办公室"
    assert canonical_agency("县委", "", "", county="湟源县") == "湟源县委"
    assert canonical_agency("县人大办", "", "", county="湟源县") \
        == canonical_agency("县人大常委会办公室", "", "", county="湟源县") == "湟源县人民代表大会常务委员会办公室"
    assert canonical_agency("县政协办", "", "", county="湟源县") == "湟源县政协办公室"


def test_a_commerce_commission_s_short_form_is_its_full_name():
    assert canonical_agency("市商委", "格尔木市", "") == "格尔木市商务委员会"
    # a municipality's commissions as its papers write them
    assert canonical_agency("市商务委", "重庆市", "") == "重庆市商务委员会"
    assert canonical_agency("市交委", "重庆市", "") == "重庆市交通委员会"


def test_an_investment_promotion_centre_s_short_form_is_its_full_name():
    assert canonical_agency("县投促中心", "", "", county="湟源县") \
        == canonical_agency("县投资促进中心", "", "", county="湟源县") == "湟源县投资促进中心"


def test_a_city_whose_name_opens_with_a_towns_level_keeps_its_offices():
    # 镇江市发改委 on a page about a town is the city's office, no town office 某镇 + 江市发改委
    assert canonical_agency("镇江市发改委", "", "", town="青禾镇") == "镇江市发展和改革委员会"
    assert canonical_agency("乡宁县发改委", "", "", town="柳河乡") == "乡宁县发展和改革委员会"
    # the town's own offices are still the town's
    assert canonical_agency("镇党委", "", "", town="青禾镇") == "青禾镇党委"


def nodes(build):
    g = nx.read_graphml(build.outputs["graphml"], force_multigraph=True)
    return {d["label"]: (d["type"], set(json.loads(d["aliases"]))) for _, d in g.nodes(data=True)}


def test_home_city_is_inferred_and_applied(seed_build):
    n = nodes(seed_build)
    assert seed_build.home_city == "格尔木市"
    assert n["格尔木市水利局"] == ("agency", {"市水利局", "格尔木市水利局"})
    assert "市人社局" in n["格尔木市人力资源和社会保障局"][1]
    assert "市人力资源和社会保障局" in n["格尔木市人力资源和社会保障局"][1]
    assert "州委" in n["海西州委"][1]


def test_parenthetical_aliases_merge(seed_build):
    n = nodes(seed_build)
    place = [label for label, (_, aliases) in n.items() if {"格尔木工业园", "昆仑经济技术开发区"} <= aliases]
    assert len(place) == 1


def test_projects_keep_their_company_phrase(seed_build):
    n = nodes(seed_build)
    assert n["蓝科锂业2万吨电池级碳酸锂"][0] == "project"
    assert n["中信昆仑2万吨电池级碳酸锂"][0] == "project"  # same residual name, two projects
    assert "2万吨电池级碳酸锂" in n["蓝科锂业2万吨电池级碳酸锂"][1]


def test_home_city_override(tmp_path, nlp):
    from kg.build import build

    inp = tmp_path / "p.txt"
    inp.write_text("本报讯 市水利局推进项目。我市与温州市合作。温州市很好。", encoding="utf-8")
    res = build([inp], tmp_path / "o", nlp=nlp, home_city="德令哈市", progress=False)
    assert "德令哈市水利局" in nodes(res)


def test_company_short_name_merges_with_full_name(tmp_path, nlp):
    from kg.build import build

    inp = tmp_path / "p.txt"
    inp.write_text("本报讯 比亚迪股份有限公司在格尔木投资。比亚迪碳酸锂中试等项目建成投产。", encoding="utf-8")
    n = nodes(build([inp], tmp_path / "o", nlp=nlp, progress=False))
    assert "比亚迪" in n["比亚迪股份有限公司"][1]


def test_no_home_city_for_a_collection_of_national_news(tmp_path, nlp):
    """Stories from many cities, none named in most of them: 我市 must not go to the busiest one."""
    from kg.build import build

    stories = ["杭州市发布新规。杭州市加强监管。杭州市推进改革。", "成都市举办展会。", "武汉市召开会议。",
               "南京市开通地铁。我市将持续推进。"]
    inp = tmp_path / "news.jsonl"
    inp.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in stories), encoding="utf-8")
    res = build([inp], tmp_path / "o", nlp=nlp, progress=False)
    assert res.home_city == ""
    local = tmp_path / "local.jsonl"
    local.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in
                               ["杭州市发布新规。", "杭州市与成都市合作。", "我市推进改革。杭州市很好。"]), encoding="utf-8")
    assert build([local], tmp_path / "o2", nlp=nlp, progress=False).home_city == "杭州市"


def _resolve(texts, nlp):
    from kg.analyse import analyse_document
    from kg.read import Document
    from kg.resolve import resolve

    return resolve([analyse_document(Document(f"d{i}", "", t), nlp) for i, t in enumerate(texts)])


def _aliases(res, kind):
    return {e.label: e.aliases for e in res.entities.values() if e.type == kind and e.mentions}


# Five stories from five cities: no home city, so nothing is resolved through one.
NO_HOME = [
    "敦煌市举办了一场文化节。",
    "游客来到敦煌参观莫高窟。敦煌政府与甘南州政府签署协议，敦煌市政府表示欢迎。",
    "郑州市发布了新的交通规划。甘南藏族自治州人民政府召开会议。",
    "长沙市的地铁新线开通。澳门特别行政区政府代表到访，澳门的游客增多。",
    "成都市推出消费券。中国（海南）自由贸易港和慕尼黑（德国）的企业参会。",
]


def test_divisions_merge_with_their_full_names_without_a_home_city(nlp):
    res = _resolve(NO_HOME, nlp)
    assert res.home_city == ""
    places = _aliases(res, "place")
    assert {"敦煌", "敦煌市"} <= places["敦煌市"]
    assert "澳门" in places["澳门特别行政区"]


def test_government_variants_merge(nlp):
    agencies = _aliases(_resolve(NO_HOME, nlp), "agency")
    assert {"敦煌政府", "敦煌市政府"} <= agencies["敦煌市人民政府"]
    assert {"甘南州政府", "甘南藏族自治州人民政府"} <= agencies["甘南藏族自治州人民政府"]


def test_a_division_in_brackets_is_not_an_alias(nlp):
    places = _aliases(_resolve(NO_HOME, nlp), "place")
    # (the free-trade port's full name is one zone, 中国 no place beside it)
    assert "海南" not in places.get("中国", set()) and "中国" not in places.get("海南省", set())
    assert "海南" not in places.get("中国（海南）自由贸易港", set())
    assert "德国" not in places["慕尼黑"]


def test_an_article_that_names_its_county_is_the_home_of_wo_xian(nlp):
    res = _resolve(["平江县召开经济工作会议。县委书记指出，我县要抓好项目，县发改委负责落实。",
                    "岳阳市发布天气预报。", "长沙市举办展会。"], nlp)
    agencies = _aliases(res, "agency")
    refs = [key for m, key in res.mention_entity.items() if m.text == "我县"]
    assert refs == [Key("place", "平江县")]
    assert "县委" in agencies["平江县委"]
    assert "县发改委" in agencies["平江县发展和改革委员会"]


def test_a_county_park_belongs_to_the_county_its_article_names(nlp):
    res = _resolve(["桃源县召开招商大会。据县工业园区介绍，园区新签约项目六个。"], nlp)
    places = _aliases(res, "place")
    assert "县工业园区" in places["桃源县工业园区"]
    assert "彭水苗族土家族自治县" in _aliases(_resolve(["彭水自治县举行招商推介会。"], nlp), "place")


def test_legal_name_variants_merge_but_a_group_stays_apart_from_its_listed_company(rules_nlp):
    res = _resolve(["东江路桥建设股份有限公司与东江路桥集团有限公司在本市签约。",
                    "东江路桥建设股份公司总裁出席仪式。东江路桥集团公司董事长致辞。"], rules_nlp)
    companies = _aliases(res, "company")
    assert {"东江路桥建设股份有限公司", "东江路桥建设股份公司"} <= companies["东江路桥建设股份有限公司"]
    assert {"东江路桥集团有限公司", "东江路桥集团公司"} <= companies["东江路桥集团有限公司"]
    companies = _aliases(_resolve(["内蒙古瑞达实业有限公司董事长出席。瑞达实业公司将在园区建厂。",
                                   "内蒙古瑞达实业公司与我旗签约。"], rules_nlp), "company")
    assert {"内蒙古瑞达实业有限公司", "内蒙古瑞达实业公司"} <= companies["内蒙古瑞达实业有限公司"]


def test_a_banner_paper_resolves_wo_qi_and_qi_wei_to_its_banner(rules_nlp):
    res = _resolve(["阿鲁科尔沁旗召开经济工作会议。旗委书记指出，我旗要抓好项目，旗发改委负责落实。"], rules_nlp)
    agencies = _aliases(res, "agency")
    assert [key for m, key in res.mention_entity.items() if m.text == "我旗"] == [Key("place", "阿鲁科尔沁旗")]
    assert "旗委" in agencies["阿鲁科尔沁旗委"]
    assert "旗发改委" in agencies["阿鲁科尔沁旗发展和改革委员会"]


def test_a_short_company_name_joins_the_one_full_name_it_begins():
    from kg.resolve import _merge_company_short_names

    names = ["盐湖", "盐湖股份有限公司", "金川", "金川集团", "金川科技有限公司", "青海", "藏格集团",
             "藏格矿业有限公司", "藏格矿业", "东方"]
    types = {Key("company", n): "company" for n in names}
    types[Key("place", "东方市")] = "place"
    joined = []
    _merge_company_short_names(types, lambda a, b: joined.append((a.name, b.name)))
    # 金川 begins two full names and 青海 none; 藏格 is no company here.
    assert sorted(joined) == [("盐湖", "盐湖股份有限公司"), ("藏格矿业", "藏格矿业有限公司")]


def test_a_groups_unit_named_after_it_is_no_legal_name_of_the_group():
    from kg.resolve import _merge_company_short_names

    # "某集团物流公司" is a firm of the group, not the group; "某集团有限公司" is the group itself
    names = ["滇东交建集团", "滇东交建集团物流公司", "黔中旅投集团", "黔中旅投集团有限公司"]
    types = {Key("company", n): "company" for n in names}
    joined = []
    _merge_company_short_names(types, lambda a, b: joined.append((a.name, b.name)))
    assert sorted(joined) == [("黔中旅投集团", "黔中旅投集团有限公司")]


def test_one_character_countries_and_provinces_take_their_full_names(nlp):
    places = _aliases(_resolve(["中美两国元首会晤，双方谈及京津冀协同发展。"], nlp), "place")
    assert "中" in places["中国"] and "美" in places["美国"]
    assert not any(len(name) == 1 for name in places)


def test_china_and_more_countries_by_one_character(nlp):
    # 来华 and 访华 name China; 中以 is China and Israel. Not inside a name: 华为, 以创新.
    places = _aliases(_resolve(["泰国客商访华期间考察了园区，中以企业签约，华为公司以创新领先。"], nlp), "place")
    assert "华" in places["中国"] and "以" in places["以色列"]
    assert not any(len(name) == 1 for name in places)


def test_a_short_name_two_divisions_share_is_the_one_the_corpus_writes_in_full(nlp):
    # 东安 is 东安县 in Hunan and 东安区 in Heilongjiang: a paper that writes 东安县 means it.
    vouched = _aliases(_resolve(["东安举行春季招商推介会。", "东安县位于湘江上游，近年来工业发展较快。"], nlp), "place")
    assert {"东安", "东安县"} <= vouched["东安县"] and "东安" not in vouched
    # Alone, the short name is left as it is written: nothing says which one it is.
    alone = _aliases(_resolve(["东安举行春季招商推介会。"], nlp), "place")
    assert "东安" in alone and "东安县" not in alone and "东安区" not in alone


def test_the_committee_of_a_one_character_county_keeps_its_xian(nlp):
    # 房县's committee is 房县县委, not 房县委; 平江县's is 平江县委.
    one = _aliases(_resolve(["房县举行招商大会，县委书记出席并讲话。"], nlp), "agency")
    assert "房县县委" in one and "房县委" not in one
    two = _aliases(_resolve(["平江县举行招商大会，县委书记出席并讲话。"], nlp), "agency")
    assert "平江县委" in two


def test_a_project_named_with_and_without_its_trailer_is_one_project(rules_nlp):
    import kg

    texts = ["此次共有德阳美达高科产业园等8个项目集中开工。德阳美达高科产业园项目总投资10亿元。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    projects = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "project"}
    assert list(projects) == ["德阳美达高科产业园项目"], projects
    assert {"德阳美达高科产业园", "德阳美达高科产业园项目"} <= projects["德阳美达高科产业园项目"]


def test_a_project_named_with_and_without_its_year_s_output_word_is_one_project(rules_nlp):
    import kg

    # The lead names the plant by its yearly output, the next paragraph by the figure alone.
    texts = ["全县开工仪式在宏顺达年产20万吨饲料项目现场举行。记者了解到，宏顺达20万吨饲料项目占地80亩。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    projects = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"]
    assert len(projects) == 1, projects
    # Two plants of different outputs stay two.
    texts = ["宏顺达年产20万吨饲料项目开工。宏顺达10万吨饲料项目同时开工。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    assert len([n for n, d in g.nodes(data=True) if d["type"] == "project"]) == 2


def test_a_zone_named_with_its_bare_kaifaqu_and_in_full_is_one_zone(rules_nlp):
    import kg

    texts = ["青川经济开发区今天举行项目签约仪式。近年来，青川开发区先后引进了十多家企业。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    places = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "place"
              and "开发区" in d["label"]}
    assert list(places) == ["青川经济开发区"], places
    assert "青川开发区" in places["青川经济开发区"]


def test_a_name_written_once_with_its_district_is_the_same_entity(rules_nlp):
    import kg

    texts = ["德阳美达高科产业园项目总投资10亿元。", "旌阳区德阳美达高科产业园项目今天开工。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    projects = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"]
    assert projects == ["旌阳区德阳美达高科产业园项目"], projects
    # Two counties' plants of the same kind stay apart, and apart from the bare one.
    texts = ["清源污水处理厂扩建项目开工。", "旌阳区清源污水处理厂扩建项目开工。", "罗江区清源污水处理厂扩建项目开工。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    assert len([n for n, d in g.nodes(data=True) if d["type"] == "project"]) == 3


def test_a_bare_alias_of_a_distant_district_is_no_home_city(rules_nlp):
    import kg

    # A Fujian county paper names a local park 铁山 and a trip to Zhejiang; Hubei's 铁山区 is not its home.
    texts = ["政和县环保局组织督查，走访铁山、鹤林工业园区企业，并带队到浙江龙泉学习。市委要求加强监管。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert not labels & {"铁山区", "黄石市", "湖北省"}, labels


def test_an_office_named_after_its_county_makes_the_article_s_county(rules_nlp):
    import kg

    texts = ["石台县生态环境分局与县住建局开展联合执法检查。", "延庆区市场监管局开展检查。下一步，区市场监管局将强化执法。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"石台县住房和城乡建设局", "延庆区市场监督管理局"} <= agencies, agencies
    assert not agencies & {"县住房和城乡建设局", "区市场监督管理局"}, agencies


def test_a_county_paper_s_city_committee_is_its_prefecture_s(rules_nlp):
    import kg

    texts = ["我县认真贯彻市委发展战略，县委要求加快蓬安县项目建设。", "蓬安县举行项目集中开工仪式，县委书记出席。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"南充市委", "蓬安县委"} <= agencies and "蓬安县委" != "蓬安市委", agencies
    assert "蓬安县委" in agencies and not {a for a in agencies if a.startswith("蓬安县") and a.endswith("市委")}


@pytest.mark.parametrize("texts, short, full", [
    (["县政府与中国农业发展银行（简称农发行）宜昌分行签约。农发行将提供信贷支持。"], "农发行", "中国农业发展银行"),
    (["县里与工行襄阳分行签约，中国工商银行襄阳分行行长出席。"], "工行襄阳分行", "中国工商银行襄阳分行"),
    # 交行 and 进出口银行 are written for their banks as 工行 is: a branch named short is the full name's
    (["市政府与交行临江分行签订战略合作协议，交通银行临江分行将新增授信50亿元。"], "交行临江分行", "交通银行临江分行"),
    (["县里与进出口银行北岭分行签约，中国进出口银行北岭分行行长出席。"], "进出口银行北岭分行", "中国进出口银行北岭分行"),
])
def test_a_bank_s_short_name_and_its_branches_merge_with_the_full_names(nlp, texts, short, full):
    import kg

    g = kg.extract_graph(texts, nlp=nlp)
    companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert short in companies.get(full, set()), companies


def test_a_region_named_like_a_district_stays_the_region(rules_nlp):
    import kg

    g = kg.extract_graph(["中原食品产业发展论坛在河南举行，省内多家企业参加。"], nlp=rules_nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "中原区" not in labels and "郑州市" not in labels, labels


@pytest.mark.parametrize("text, agency", [
    ("本报讯 日前，位于鄂托克经济开发区的某某化工项目开工。旗委书记出席。", "鄂托克旗委"),
])
def test_a_zone_named_after_its_banner_without_the_banner_makes_the_banner_home(rules_nlp, text, agency):
    import kg

    # 鄂托克 is 鄂托克旗, as its zone writes it (the list's own alias is 鄂旗)
    g = kg.extract_graph([text], nlp=rules_nlp)
    assert [d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"] == [agency]


def test_a_zone_the_division_list_holds_under_its_banner_makes_the_banner_home(rules_nlp):
    import kg

    # "达拉特经济开发区": Inner Mongolia's banners name their zones without 旗, and the division list holds the
    # zone under its banner; the page's 旗委 is the banner's
    g = kg.extract_graph(["本报讯 日前，某某材料有限公司年产8万吨新材料项目在达拉特经济开发区开工建设。旗委书记出席。"],
                         nlp=rules_nlp)
    agencies = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"]
    assert agencies == ["达拉特旗委"], agencies


@pytest.mark.parametrize("name, canonical", [
    ("内蒙发改委", "内蒙古自治区发展和改革委员会"),
    ("内蒙古自治区自然资源厅", "内蒙古自治区自然资源厅"),
    ("鄂托克前旗委", "鄂托克前旗委"),
    ("鄂托克发改委", "鄂托克旗发展和改革委员会"),
])
def test_a_short_name_that_opens_a_longer_divisions_name_is_left_to_it(name, canonical):
    # 内蒙 and 鄂托克 are short names of 内蒙古自治区 and 鄂托克旗, but 内蒙古自治区… and 鄂托克前旗… name
    # those divisions themselves
    assert canonical_agency(name, "", "") == canonical


def test_a_peoples_organisation_by_its_short_name_is_one_body_with_its_full_name(rules_nlp):
    import kg

    g = kg.extract_graph(["本报讯 澧县科协联合县妇联开展科普活动。县科学技术协会主席出席。"], nlp=rules_nlp)
    agencies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency")
    assert agencies == ["澧县妇女联合会", "澧县科学技术协会"], agencies


def test_a_towns_new_quarter_is_no_district_of_that_name_elsewhere(nlp):
    import kg

    # "新城" on a county's page is its new quarter, not 西安|呼和浩特's 新城区 (nor their city and province)
    g = kg.extract_graph(["本报讯 近年来，澧县加快推进新城建设，新城片区新建道路7条。县委书记到新城察看工作。"], nlp=nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "新城区" not in labels and not labels & {"西安市", "呼和浩特市", "陕西省", "内蒙古自治区"}, labels


def test_a_prefecture_s_alias_that_is_a_region_elsewhere_needs_its_province(rules_nlp):
    import kg

    # a Fujian paper's 海西 is the west bank of the Strait, not Qinghai's prefecture
    texts = ["福建省清溪县与海西多家民营企业签约，共建海西现代物流基地。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert not labels & {"海西蒙古族藏族自治州", "青海省"}, labels
    # where the page is in Qinghai, it is the prefecture
    texts = ["青海省海西州举行招商推介会，海西将新建一批盐湖化工项目。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    places = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "海西" in places.get("海西蒙古族藏族自治州", set()), places


def test_a_county_the_province_runs_itself_has_no_city_committee_and_no_other_province(rules_nlp):
    import kg

    texts = ["我县落实市委部署，临高县举行项目集中签约仪式，县委书记出席。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"临高县", "海南省", "临高县委"} <= labels, labels
    assert not labels & {"新疆维吾尔自治区", "省直辖行政区划", "海南省委"}, labels


def test_a_branch_that_names_its_parent_in_full_is_not_the_short_name_s_company(rules_nlp):
    import kg

    texts = ["县政府与华能新能源投资有限公司湖北分公司、中建安装工程有限公司江西分公司签约。",
             "县里与工行襄阳分行签约。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    companies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert {"华能新能源投资有限公司湖北分公司", "中建安装工程有限公司江西分公司"} <= companies, companies
    assert not {c for c in companies if c.startswith(("中国华能集团有限公司", "中国建筑集团有限公司"))}, companies
    # a branch named with a short name alone is still the listed company's
    assert "中国工商银行襄阳分行" in companies, companies


# Three papers from three provinces: no home city, so each article's own divisions are the home.
THREE_PAPERS = [
    "白城市举行重点项目集中签约仪式，市委书记出席，市政府与三家企业签约。我市将优化营商环境。",
    "新田县召开项目建设推进会，县委书记传达市委全会精神，省财政厅有关负责人到会。",
    "广州市天河区开展招商活动，区委书记带队走访企业。",
]


def test_an_article_that_names_its_city_is_the_home_of_its_city_offices(nlp):
    res = _resolve(THREE_PAPERS, nlp)
    assert res.home_city == ""
    agencies = _aliases(res, "agency")
    assert {"市委"} <= agencies["白城市委"] and "市政府" in agencies["白城市人民政府"], agencies
    # a county's article: its 市委 is its prefecture city's, its 省 offices its province's
    assert "市委" in agencies["永州市委"] and "省财政厅" in agencies["湖南省财政厅"], agencies
    assert "天河区委" in agencies and not {"市委", "区委", "省财政厅"} & set(agencies), agencies
    assert [key for m, key in res.mention_entity.items() if m.text == "我市"] == [Key("place", "白城市")]


def test_an_office_named_with_its_division_in_full_is_the_division_s_office(nlp):
    res = _resolve(["山西省文水县政协组织委员视察项目。", "文水县政协主席调研企业。",
                    "中共长春市绿园区委员会召开全会。", "绿园区委书记出席。",
                    "上海市松江区区委召开会议。", "松江区委部署工作。"], nlp)
    agencies = _aliases(res, "agency")
    assert {"山西省文水县政协", "文水县政协"} <= agencies["文水县政协"], agencies
    assert {"中共长春市绿园区委员会", "绿园区委"} <= agencies["绿园区委"], agencies
    assert {"上海市松江区区委", "松江区委"} <= agencies["松江区委"], agencies


def test_a_district_name_two_cities_share_keeps_its_city(nlp):
    agencies = _aliases(_resolve(["福州市鼓楼区人民政府发布通告。", "南京市鼓楼区人民政府发布通告。"], nlp), "agency")
    assert {"福州市鼓楼区人民政府", "南京市鼓楼区人民政府"} <= set(agencies), agencies


def test_a_division_s_former_name_is_the_division_and_the_home_of_its_offices(nlp):
    # 子长县 has been 子长市 since 2019; an older page still writes 县委 for its committee.
    res = _resolve(["子长县召开项目推进会，县委书记出席，市委有关负责人到会。", "襄樊市举办汽车博览会。",
                    "长沙市发布消费券。"], nlp)
    places, agencies = _aliases(res, "place"), _aliases(res, "agency")
    assert "子长县" in places["子长市"] and "襄樊市" in places["襄阳市"], places
    assert {"子长县委", "延安市委"} <= set(agencies) and not {"县委", "市委", "子长市委"} & set(agencies), agencies


def test_our_county_on_a_page_with_its_former_name_is_the_division_now(nlp):
    # a page from before 子长县 became 子长市: its 我县 is the one county, not a second place by the old name
    res = _resolve(["子长县召开项目推进会，县委书记出席。我县将加快推进园区建设。"], nlp)
    places = _aliases(res, "place")
    assert "子长县" in places["子长市"] and "子长县" not in places, places
    assert [key for m, key in res.mention_entity.items() if m.text == "我县"] == [Key("place", "子长市")]


def test_a_zone_named_after_its_county_makes_the_article_s_county(nlp):
    res = _resolve(["娄星产业开发区举行项目集中签约仪式，区委书记出席，区政府与企业签约。", "襄樊市举办汽车博览会。",
                    "长沙市发布消费券。"], nlp)
    agencies = _aliases(res, "agency")
    assert "娄星区委" in agencies and "娄星区人民政府" in agencies, agencies
    assert not {"区委", "区人民政府"} & set(agencies), agencies


def test_an_article_that_names_its_town_is_the_home_of_the_town_s_offices(nlp):
    res = _resolve(["王家桥镇召开项目推进会，镇党委书记出席，镇政府与企业签约。", "全县乡镇党委书记参加培训。"], nlp)
    agencies = _aliases(res, "agency")
    assert "镇党委" in agencies.get("王家桥镇党委", set()) and "王家桥镇人民政府" in agencies, agencies
    assert not {a for a in agencies if a.startswith("王家桥镇乡") or a.startswith("王家桥乡")}, agencies


def test_an_office_listed_bare_after_one_named_with_its_division_is_that_division_s(nlp):
    res = _resolve(["新田县召开会议，县发改局、商务局、财政局等部门负责人参加。",
                    "白城市发改委、住建局联合检查，财政部有关司局到会。", "长沙市发布消费券。"], nlp)
    agencies = _aliases(res, "agency")
    assert {"新田县商务局", "新田县财政局", "白城市住房和城乡建设局"} <= set(agencies), agencies
    assert "商务局" in agencies["新田县商务局"] and "住建局" in agencies["白城市住房和城乡建设局"], agencies
    assert not {"商务局", "财政局", "住房和城乡建设局"} & set(agencies) and "财政部" in agencies, agencies


def test_an_office_that_says_nothing_of_where_it_is_is_one_office_only_within_its_document(nlp):
    # three papers, no home city, no county named: each 县委 and each bare 统战部 is its own paper's
    res = _resolve(["县委统战部召开座谈会，统战部负责人出席。县委书记讲话。", "县委召开全会，统战部作汇报。",
                    "长沙市举办展会。", "郑州市发布规划。", "成都市推出消费券。"], nlp)
    assert res.home_city == ""
    labels = [e.label for e in res.entities.values() if e.type == "agency"]
    # (the first paper's bare 统战部 is the 县委统战部 it named before: one office in that paper)
    assert labels.count("县委") == 2 and sum(x.endswith("统一战线工作部") for x in labels) == 2, labels
    assert not any("\x1f" in a for e in res.entities.values() for a in e.aliases)
    # a national body and a named zone's committee are one wherever they are
    res = _resolve(["国家统计局发布数据。东山经开区管委会召开会议。", "国家统计局公布指数。东山经开区管委会发布公告。",
                    "长沙市举办展会。", "郑州市发布规划。", "成都市推出消费券。"], nlp)
    labels = [e.label for e in res.entities.values() if e.type == "agency"]
    assert labels.count("国家统计局") == 1 and labels.count("东山经开区管理委员会") == 1, labels


def test_a_bare_office_in_one_city_s_archive_is_the_home_s(nlp):
    res = _resolve(["格尔木市召开会议，统战部负责人出席。", "格尔木市举行座谈，统战部作汇报。"], nlp)
    labels = [e.label for e in res.entities.values() if e.type == "agency"]
    assert res.home_city == "格尔木市" and labels.count("统一战线工作部") == 1, labels


def test_an_office_after_gai_xian_or_wo_shi_is_that_level_s(nlp):
    res = _resolve(["新田县召开会议。该县发改局负责人表示，将加快项目建设。", "白城市发布规划。记者从该市招商局获悉，签约项目增多。",
                    "长沙市举办展会。"], nlp)
    agencies = _aliases(res, "agency")
    assert "发改局" in agencies.get("新田县发展和改革局", set()), agencies
    assert "招商局" in agencies.get("白城市招商局", set()), agencies


def test_a_company_named_by_its_level_is_its_county_s_or_its_city_s(nlp):
    res = _resolve(["新田县召开项目推进会，县城投公司负责人出席，县工业园区投资开发有限公司作汇报。",
                    "白城市召开会议，市城投公司作汇报。", "会上，县城投公司负责人发言。",
                    "长沙市举办展会。", "郑州市发布规划。"], nlp)
    companies = [e.label for e in res.entities.values() if e.type == "company"]
    assert {"新田县城投公司", "新田县工业园区投资开发有限公司", "白城市城投公司"} <= set(companies), companies
    # a page that names no county keeps its own 县城投公司, apart from every other paper's
    assert companies.count("县城投公司") == 1 and "工业园区投资开发有限公司" not in companies, companies


def test_a_one_character_county_doubles_its_level_only_before_its_committee():
    # papers write 道县县委 but 道县人民政府 and 道县财政局
    assert canonical_agency("县委", "", "", county="道县") == "道县县委"
    assert canonical_agency("县人民政府", "", "", county="道县") == "道县人民政府"
    assert canonical_agency("县财政局", "", "", county="房县") == "房县财政局"
    assert canonical_agency("县人大常委会", "", "", county="道县") == canonical_agency("道县人大常委会", "", "")


def test_a_bare_office_in_a_county_article_is_the_countys():
    import kg

    # a county's paper lists its bureaus bare after its own offices, a zone between them
    g = kg.extract_graph(["1月8日，县委副书记、县长王某到徐闻县生态工业集聚区调研。县政府办、开发区、发改局、"
                          "财政局等单位主要领导参加调研。",
                          "徐闻县财政局召开会议。"])
    labels = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"徐闻县财政局", "徐闻县发展和改革局", "徐闻县人民政府办公室"} <= labels, labels
    assert "财政局" not in labels
    # a national ministry stays itself
    g = kg.extract_graph(["县委书记王某到县发改局调研，财政部有关负责人出席。徐闻县召开会议。"])
    assert "财政部" in {d["label"] for _, d in g.nodes(data=True)}


def test_a_citys_counties_speak_for_it_in_an_article_from_another_city():
    import kg

    # A city's paper reports its leader's visit to another city: the counties it names are its own,
    # and its 市委 is theirs, not the city visited (the corpus has no home: three papers).
    g = kg.extract_graph(["2月6日，市委书记王某率团赴江苏省常州市考察。当天考察了常州瑞盛化工有限公司。"
                          "甘州区委书记，临泽县、高台县有关负责同志参加考察。",
                          "镇安县与陕西恒富源林业有限公司签订合同。", "巴东县官渡口镇举行签约仪式。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "张掖市委" in agencies and "常州市委" not in agencies, agencies


def test_a_project_named_with_its_county_names_the_articles_county():
    import kg

    # the county is written only in its project's name; its offices are bare levels
    g = kg.extract_graph(["1月31日，副县长刘某到月河镇调研。县政府办、县林业局有关人员一同调研。"
                          "刘某前往镇安县天麻标准化生产示范园项目，了解征地进展情况。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"镇安县人民政府办公室", "镇安县林业局"} <= agencies, agencies


def test_a_bare_office_in_a_district_article_is_the_districts():
    import kg

    g = kg.extract_graph(["4月15日，区委书记赵某到芦淞区重点企业走访调研。区财政局、科工局、行政审批局等部门负责同志陪同。",
                          "雨湖区商务局召开会议。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "芦淞区行政审批局" in agencies and "行政审批局" not in agencies, agencies


def test_a_bare_provincial_department_is_no_citys():
    import kg

    # a city's page names the province that aids it and that province's departments bare: a 厅 is a
    # province's department, and no city has one
    g = kg.extract_graph(["推介会由丽江市人民政府主办，江苏省发改委（对口支援办）、文旅厅、商务厅承办。"
                          "丽江市政府副市长李某介绍了投资政策，丽江市委书记王某出席。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert not any(a.startswith("丽江市") and a.endswith("厅") for a in agencies), agencies


def test_a_listed_branch_named_with_its_district_takes_no_level():
    import kg

    g = kg.extract_graph(["区长杨某带队走访企业。区政府办、发改局、经科信局、城建局、国土芦淞分局等单位负责人参加调研。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "国土芦淞分局" in agencies and "区国土芦淞分局" not in agencies, agencies


def test_the_division_that_names_the_storys_outlet_is_its_home():
    import kg

    # the story names the city its leader visits twice, and its own city once, in its outlet's name
    g = kg.extract_graph(["5月11日，市委副书记、市长黄某带领政府办、科技局负责人前往深圳对接优质资源。"
                          "一行先后前往了深圳的望家欢农产品集团。[来源：津市电视台]",
                          "镇安县与陕西恒富源林业有限公司签订合同。", "巴东县官渡口镇举行签约仪式。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "津市市委" in agencies and "深圳市委" not in agencies, agencies


def test_an_offices_kind_that_starts_like_a_divisions_alias_names_no_division():
    from kg.resolve import _office_division

    # 公安 is 公安县's alias, but 公安局 is the public security bureau of wherever it is
    assert _office_division("公安局") == ""
    assert _office_division("公安县公安局") == "公安县"
    import kg

    g = kg.extract_graph(["市委书记王某出席会议。市政府副市长、公安局长李某参加。来源：津市电视台",
                          "镇安县与陕西恒富源林业有限公司签订合同。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "津市市公安局" in agencies, agencies


# quality-28: the county a Taiwanese page names is its county government's
def test_a_taiwanese_countys_government_by_its_level_alone(nlp):
    labels = agency_labels(nlp, "苗栗縣政府今天召開招商成果記者會。縣長表示，縣政府將協助企業招募人才。")
    assert labels == {"苗栗县人民政府"}, labels


# quality-28: a municipality's district paper writes the municipality's offices with 市 alone
def test_a_districts_city_offices_are_its_municipalitys(nlp):
    labels = agency_labels(nlp, "崇明区政府与市体育局签订战略合作框架协议。崇明区将加快发展。")
    assert labels == {"崇明区人民政府", "上海市体育局"}, labels


def test_an_office_named_in_full_before_is_the_same_office_later(nlp):
    # the article names the liaison office with its region first, then alone
    labels = agency_labels(nlp, "区委书记与宁夏回族自治区驻沪办副主任座谈。区委书记希望驻沪办与本区建立联系机制。")
    assert "宁夏回族自治区驻沪办" in labels and not any(x.endswith("驻沪办") and x != "宁夏回族自治区驻沪办" for x in labels), labels


def test_a_ministrys_bureau_named_in_full_before_is_the_same_bureau_later(nlp):
    # a dateline's city gives no home to a bureau the article named with its ministry first
    labels = agency_labels(nlp, "【记者王某/南京报导】交通运输部水运局昨日公布名单。水运局表示，三家港口企业通过审核。")
    assert "交通运输部水运局" in labels and not any(x.endswith("水运局") and x != "交通运输部水运局" for x in labels), labels


def test_a_national_commissions_bureau_is_no_bureau_of_the_home_city(nlp):
    # the city has a bureau of the same name; the one the article named after the State's commission stays the
    # commission's when it is named alone
    labels = agency_labels(nlp, "庆阳市能源局牵头编制规划。国家发改委能源局专家组来庆阳市调研，能源局专家肯定了储能项目。")
    assert "国家发改委能源局" in labels and "庆阳市能源局" in labels, labels
    assert not any(x.endswith("能源局") and x not in {"国家发改委能源局", "庆阳市能源局"} for x in labels), labels


def test_macao_after_hong_kong_is_no_australia(nlp):
    # 澳 alone is Australia (中澳); after 港 it is Macao, as in 港澳 and 粤港澳
    from kg import extract_graph
    g = extract_graph(["三地代表出席粤港澳合作论坛。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "澳门特别行政区" in places and "澳大利亚" not in places, places
    g = extract_graph(["中澳两国签署经贸协议。"], nlp=nlp)
    assert "澳大利亚" in {d["label"] for _, d in g.nodes(data=True)}


def test_macao_as_its_own_papers_call_it_is_no_australia(nlp):
    # a Macao paper's 本澳 / 全澳 is the city itself, even where jieba leaves 澳 alone
    from kg import extract_graph
    g = extract_graph(["新措施有助减轻疫情对本澳经济的打击，全澳经济逐步回暖。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "澳大利亚" not in places, places


def test_a_committee_after_its_zones_party_committee_is_that_zones(nlp):
    # "党工委书记、管委会主任": one man's two posts in one zone, not the park the article is about
    labels = agency_labels(nlp, "青石纺织产业园项目签约仪式在东明县举行。县委常委、县经济开发区党工委书记、"
                                "管委会主任王某与客商签订协议。")
    assert "东明县经济开发区管理委员会" in labels, labels
    assert not any(x.startswith("青石") for x in labels), labels


# quality-29: a zone written with its word's short form and in full on one page is one zone
def test_a_zone_by_its_short_form_and_in_full_is_one_zone(nlp):
    from kg import extract_graph
    g = extract_graph(["江北经济技术开发区今年新签约项目8个。多家企业已落户江北经开区。"
                       "青山高新技术产业开发区举行签约仪式。五家企业将入驻青山高新区。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "江北经济技术开发区" in places and "江北经开区" not in places, places
    assert "青山高新技术产业开发区" in places and "青山高新区" not in places, places


# a prefecture's own paper: its offices by the short form with 州, then by 州 alone
def test_a_prefectures_offices_by_its_short_form_and_by_zhou_alone(nlp):
    labels = agency_labels(nlp, "延边州人民政府与长白农业发展有限公司签订合作协议。州委副书记出席。州政府将做好服务。")
    assert labels == {"延边朝鲜族自治州人民政府", "延边州委"}, labels


def test_a_prefectures_alias_before_its_own_outlet_gives_the_home(nlp):
    # the only place named is the outlet's, after the story: its 市委 is that city's
    labels = agency_labels(nlp, "1月4日，市委全会与会人员观摩了装备制造产业园项目。（宝鸡电视台）")
    assert labels == {"宝鸡市委"}, labels


# quality-30: the State Council's offices by their short names are national, in any city's article
def test_a_state_council_office_by_its_short_name_takes_no_city(nlp):
    labels = agency_labels(nlp, "近年来，宜春市成为台商聚集之地。该区是国台办确定的台资企业转移承接基地。")
    assert "国台办" in labels and not any(x.endswith("国台办") and x != "国台办" for x in labels), labels
    # (and its general office, as policy news cites it)
    labels = agency_labels(nlp, "近日,张掖市政府与一家能源公司签约。项目对落实国办提出的建设目标有推进作用。")
    assert "国办" in labels and not any(x.endswith("国办") and x != "国办" for x in labels), labels


def test_places_the_papers_people_travel_to_are_no_home(nlp):
    # the only cities named are those a delegation went to; the bare office stays the page's own
    labels = agency_labels(nlp, "市商务局对书记带队赴青岛、天津经贸活动中洽谈的项目持续跟踪。")
    assert labels and not any(x.startswith(("青岛", "天津")) for x in labels), labels


def test_a_pages_towns_name_its_county_where_it_names_none(nlp):
    # the only county named is the one its leaders went to; two towns of one county name the page's own
    labels = agency_labels(nlp, "县委书记带队前往龙海区、华安县考察。随后调研了安厚镇、山格镇的木业项目，县委要求加快征迁。")
    assert labels == {"平和县委"}, labels


def test_an_office_listed_after_a_named_one_of_its_level_is_that_divisions(nlp):
    # "吴忠市委、市政府": the city the first office names, though another city is the page's most named
    text = ("今年吴忠市委、市政府计划实施项目300个。盐池县重点项目开工。盐池县、同心县、红寺堡区的项目进展顺利。"
            "固原市、固原市西吉县也在推进。")
    labels = agency_labels(nlp, text)
    assert "吴忠市人民政府" in labels, labels


def test_an_office_listed_after_a_named_one_and_its_head_is_that_divisions(nlp):
    # "某市委书记张某、市人大常委会主任李某": each office with its head, the level still the named city's,
    # not the county-level city the ceremony is held in
    text = "4月9日,年产2万吨铝箔项目开工仪式在江油举行。绵阳市委书记王某某、市人大常委会主任赵某某、市政协主席孙某某出席仪式。"
    labels = agency_labels(nlp, text)
    assert {"绵阳市人民代表大会常务委员会", "绵阳市政协"} <= labels, labels
    assert not [label for label in labels if label.startswith("江油")], labels


def place_nodes(nlp, text: str) -> list[tuple[str, set]]:
    from kg import extract_graph

    g = extract_graph([text], nlp=nlp)
    return [(d["label"], set(json.loads(d["aliases"]))) for _, d in g.nodes(data=True) if d["type"] == "place"]


def test_a_town_named_bare_and_with_its_level_is_one_town(nlp):
    # "澧阳平原", then "澧阳镇": the paper drops 镇 as it drops 县
    text = "示范园开工仪式在桃溪镇石门村举行。公司计划在桃溪平原灌区连片建设万亩示范园区。桃溪镇将全力支持。"
    places = place_nodes(nlp, text)
    assert not [label for label, _ in places if label == "桃溪"], places
    assert [aliases for label, aliases in places if label == "桃溪镇" and "桃溪" in aliases], places


def test_a_river_named_like_a_town_stays_the_river(nlp):
    places = place_nodes(nlp, "白沙河水质良好，白沙河镇将建设滨河公园项目。")
    assert ("白沙河", {"白沙河"}) in places, places


def test_a_project_named_after_its_county_town_and_village_is_the_project_named_bare(nlp):
    # "道真自治县三桥镇塘村村梅江河漂流项目", then "梅江河漂流项目": the places before the name are where it is
    # (a county, a town, then a village the gazetteer does not hold); one project
    import kg
    g = kg.extract_graph(["本报讯 道真自治县三桥镇塘村村梅江河漂流项目上一派繁忙。梅江河漂流项目是该县精准招商的项目之一。"],
                         nlp=nlp)
    projects = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"]
    assert len(projects) == 1 and projects[0].startswith("道真"), projects


def test_an_agency_name_takes_the_full_form_of_the_longest_short_form_it_ends_with():
    from kg.gazetteer import load_gazetteer
    from kg.resolve import _own_division_name, _placed
    from kg.spec import abbreviations

    table = abbreviations()

    def by_every_short_form(name):
        # Each short form tried in turn, longest first: what the lookup by length must give.
        out = _placed(_own_division_name(name), "格尔木市", "海西蒙古族藏族自治州", "格尔木市")
        for short in sorted(table, key=len, reverse=True):
            if out.endswith(short) and not out.endswith(table[short]):
                out = out[: len(out) - len(short)] + table[short]
                break
        government = table["政府"]
        if out.endswith(government) and len(out) > len(government):
            place = load_gazetteer().written(out[: -len(government)])
            if place is not None and out[: -len(government)] not in load_gazetteer().former:
                out = place.name + government
        return out

    names = {p + short for short in table for p in ("", "市", "县", "德令哈市", "区")}
    names |= {p + full for full in table.values() for p in ("", "市", "格尔木市")}
    names |= {short[1:] for short in table} | {"局", "委", "", "市人民政府"}
    for name in sorted(names):
        assert canonical_agency(name, "格尔木市", "海西蒙古族藏族自治州") == by_every_short_form(name), name


def test_a_parks_side_is_no_hong_kong_district_and_hong_kong_is_one_node(nlp):
    # "产业园（北区）项目": the park's north part; 北区 alone named Hong Kong's district, whose city chain and
    # whose country in the world list gave two nodes, 香港 and 香港特别行政区
    import kg
    g = kg.extract_graph(["本报讯 在省重大项目智能传感器产业园（北区）项目建设现场，负责人介绍了进度。"], nlp=nlp)
    labels = [d["label"] for _, d in g.nodes(data=True)]
    assert not [x for x in labels if "北区" in x or "香港" in x], labels


def test_an_autonomous_regions_own_offices_are_the_regions(nlp):
    # "自治区发改委" in a Ningxia story is Ningxia's, as 省发改委 is a province's; before, the bare
    # office went to the district the story named, and 自治区人民政府 to no region at all
    text = ("固原市原州区的重点项目进展顺利。自治区党委、自治区人民政府高度重视，"
            "自治区发改委、自治区投资促进局负责人到现场调研。宁夏将继续推进项目建设。")
    labels = agency_labels(nlp, text)
    assert {"宁夏回族自治区人民政府", "宁夏回族自治区党委", "宁夏回族自治区发展和改革委员会",
            "宁夏回族自治区投资促进局"} <= labels, labels
    assert not [x for x in labels if x.startswith(("原州区", "固原市"))], labels
    assert canonical_agency("自治区工信厅", "", "", province="广西壮族自治区") == "广西壮族自治区工业和信息化厅"


def test_an_office_written_after_the_state_council_is_the_state_councils(nlp):
    # "国务院|国资委": the State Council's commission, never the one of the city the story is about
    labels = agency_labels(nlp, "昆明的项目进展顺利。该集团在国务院国资委经营业绩考核中连续获评A级。")
    assert "国务院国有资产监督管理委员会" in labels, labels
    assert not [x for x in labels if x.startswith("昆明")], labels


def test_a_zone_written_with_and_without_its_last_character_is_one_zone(nlp):
    # "凤阳县工业园" and, two lines on, "凤阳县工业园区": one park, as 经开区 is 经济技术开发区
    import kg

    g = kg.extract_graph(["临泉县工业园负责人出席签约仪式。项目将落户临泉县工业园区。"], nlp=nlp)
    places = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "place")
    assert "临泉县工业园区" in places and "临泉县工业园" not in places, places


def test_a_committee_named_by_its_zones_kind_is_the_articles_zones(nlp):
    # "县工业园区 … 工业园区管委会": the committee of the park the article is about, not of a zone
    # elsewhere whose alias is a kind of zone
    labels = agency_labels(nlp, "5月21日，余庆县工业园区举行签约仪式。工业园区管委会主任与四家企业签订了协议。")
    assert "余庆县工业园区管理委员会" in labels, labels
    assert not [x for x in labels if "濮阳" in x], labels


def test_a_bare_committee_in_an_article_about_a_park_built_as_a_project_is_the_parks(nlp):
    # "某某渔业产业园 … 与园区管委会协商": the park the article is about runs the committee; no body
    # named by its kind alone
    labels = agency_labels(nlp, "青禾湾现代渔业产业园二期厂房加快建设。入驻企业表示将与园区管委会协商扩大养殖规模。")
    assert "青禾湾现代渔业产业园管理委员会" in labels, labels
    assert "管理委员会" not in labels, labels


def test_a_zone_named_with_its_countys_alias_and_without_is_one_zone(nlp):
    # "庆城驿马工业集中区" and then "驿马工业集中区": one zone, named with its county and without
    import kg

    g = kg.extract_graph(["考察团来到镇原三岔工业集中区考察。三岔工业集中区已入驻企业20家。"], nlp=nlp)
    places = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "place")
    assert "镇原三岔工业集中区" in places and "三岔工业集中区" not in places, places


def test_a_village_named_bare_in_a_counted_list_is_the_village():
    # "涉及周城、高路、团庄3个村 … 流转周城村、团庄村": a list counted by 村 drops the level
    import kg

    g = kg.extract_graph(["项目涉及凤台、石塘、河湾3个村。流转凤台村、石塘村土地1600亩。"])
    places = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "place")
    assert "凤台" not in places and "凤台村" in places, places


def test_a_community_in_a_counted_list_is_no_county_of_its_name_elsewhere(nlp):
    # "北街、永和、东关三个社区": communities a count closes the list of; 永和 is also a county of another
    # province, which the page never names, and it is no home of the page either
    import kg

    g = kg.extract_graph(["城关镇今年把北街、永和、东关三个社区纳入老旧小区改造，惠及居民一千余户。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "永和" in places and not {"永和县", "临汾市", "山西省"} & places, places
    g = kg.extract_graph(["镇里把石桥、永和等5个村列为示范村。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "永和" in places and not {"永和县", "临汾市", "山西省"} & places, places


def test_a_branch_named_with_its_provinces_level_and_without_is_one_branch(nlp):
    # "某行江西省分行" in the signing, "某行江西分行" in the next line: one branch, under the name with the
    # level; another province's branch of the same bank stays its own
    import kg

    g = kg.extract_graph(["县政府与交通银行江西省分行签署合作协议。交通银行江西分行将提供授信支持，"
                          "交通银行安徽分行也派员参会。"], nlp=nlp)
    firms = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert not [f for f in firms if f.endswith("江西分行")], firms
    assert [f for f in firms if f.endswith("江西省分行")] and [f for f in firms if f.endswith("安徽分行")], firms


def test_a_branch_named_with_its_parents_legal_form_and_without_is_one_branch(nlp):
    # the signing writes the bank's legal name before the branch, the next line the bank's name alone
    import kg

    g = kg.extract_graph(["县政府与华信银行股份有限公司江西省分行签署合作协议。华信银行江西省分行将提供授信支持，"
                          "华信银行安徽省分行也派员参会。"], nlp=nlp)
    firms = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert len([f for f in firms if f.endswith("江西省分行")]) == 1, firms
    assert [f for f in firms if f.endswith("安徽省分行")], firms


def test_a_prefectures_committee_takes_no_city_as_its_home(nlp):
    # "巴州" read as a district under a city (巴中市): 州委 is an autonomous prefecture's office,
    # never a city's under the name of a 州 (no "巴中州委")
    labels = agency_labels(nlp, "巴州三个产业项目签约落地。州委副书记王某出席签约仪式。")
    assert not [x for x in labels if x.startswith("巴中")], labels


def test_a_county_government_written_as_taiwans_papers_do_is_the_countys_government(nlp):
    # "縣府" (县府) after the county's government named in full: the same body, under its full name
    import kg

    g = kg.extract_graph(["雲林縣政府今天舉行招商說明會。縣府表示，將與宏遠精密股份有限公司簽約。"], nlp=nlp)
    agencies = {d["label"]: d.get("aliases", "") for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert list(agencies) == ["云林县人民政府"] and "县府" in agencies["云林县人民政府"], agencies
    # ... and an office after the short form is the county's or the city's office
    labels = agency_labels(nlp, "嘉義市府經發局今天表示，園區招商順利。")
    assert "嘉义市经济发展局" in labels and not [x for x in labels if "府经" in x], labels


def test_a_prefectures_offices_under_a_home_city_are_the_articles_prefectures(nlp):
    # A city paper's home has no prefecture: "州商务局" in its article about 黔西南州 is that prefecture's
    import kg

    text = "黔西南州组团赴外地招商。州长助理率州商务局、州投资促进局负责人参加推介会。"
    g = kg.extract_graph([text], nlp=nlp, home_city="遵义市")
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"黔西南州商务局", "黔西南州投资促进局"} <= agencies, agencies


def test_a_zone_named_only_in_its_committees_name_is_the_articles_zone(nlp):
    # "…项目在鹰潭经开区管委会签约，党工委书记…主持": the bare 党工委 and 管委会 are that zone's, not the city's
    text = ("宏达新能源科技有限公司电池项目在鹰潭经开区管委会签约，党工委书记、管委会主任王某主持签约仪式。"
            "经开区党工委委员李某出席。")
    labels = agency_labels(nlp, text)
    assert labels == {"鹰潭经开区管理委员会", "鹰潭经开区党工委"}, labels


def test_a_road_section_names_the_articles_county_and_a_part_of_town_names_none(nlp):
    # "…一级公路营山段建设项目": the county the paper's section is in; "城西幼儿园": the west of town,
    # not the district 城西区 of another province's city
    text = ("我县集中开工重大项目15个。县委书记出席开工仪式。项目包括：顺南营一级公路营山段建设项目、"
            "城西幼儿园建设项目等。")
    labels = agency_labels(nlp, text)
    assert "营山县委" in labels, labels
    assert not [x for x in labels if x.startswith("西宁")], labels


def test_a_citys_alias_listed_among_another_citys_districts_is_that_district(nlp):
    # 朝阳 is a prefecture city in Liaoning and a district of Beijing: after 北京 and its districts,
    # with nothing of Liaoning named, it is the district.
    places = _aliases(_resolve(["客商分别来自北京海淀、丰台、朝阳等区，县里安排专人对接。"], nlp), "place")
    assert "朝阳" in places.get("朝阳区", set()) and "朝阳市" not in places
    # A Liaoning page keeps the city.
    places = _aliases(_resolve(["辽宁省朝阳举行项目推介会，客商来自北京。"], nlp), "place")
    assert "朝阳" in places.get("朝阳市", set())


def test_a_special_regions_government_is_no_peoples_government_and_one_body():
    import kg

    # 特区 shortens 特别行政区; the region's own government carries no 人民
    g = kg.extract_graph(["澳门特区政府与横琴新区管委会举行会议。会后，澳门政府代表参观产业园。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "澳门特别行政区政府" in agencies, agencies
    assert not [a for a in agencies if "人民政府" in a or a.startswith("澳门特区")], agencies


def test_a_prefectures_short_name_another_provinces_district_shares_is_the_prefecture(nlp):
    # 巴州 is Bayingolin's customary name and a district of Bazhong (Sichuan); a Sichuan city named
    # on the page vouched for the district through the province.
    res = _resolve(["巴州一批重大项目在焉耆县集中开工，州党委书记出席。签约的有广元市某某农业辣椒加工项目。"], nlp)
    places = _aliases(res, "place")
    assert "巴州" in places.get("巴音郭楞蒙古自治州", set()) and "巴州区" not in places
    agencies = _aliases(res, "agency")
    assert any(a.startswith("巴音郭楞") and a.endswith("党委") for a in agencies), agencies


def test_a_zones_short_form_is_the_zone_written_with_its_province_in_front(nlp):
    # A zone's own pages open its full name with the province; the short form drops both.
    res = _resolve(["吉林公主岭经济开发区锚定汽车产业。公主岭经开区推出嫁接招商模式。"], nlp)
    places = _aliases(res, "place")
    assert any({"吉林公主岭经济开发区", "公主岭经开区"} <= names for names in places.values()), places


def test_the_places_that_name_a_chamber_of_commerce_are_no_home_of_the_article(nlp):
    # "佛山市化州商会": a chamber of Huazhou's businessmen in Foshan; the only city written in full was
    # its seat, and the article's 市委 went to Foshan
    text = ("官桥镇举行项目集中签约仪式。佛山市化州商会会长、某某新材料有限公司董事长等出席。"
            "官桥镇是化州经济开发区核心区。市委、市政府始终将招商引资作为一号工程。")
    agencies = _aliases(_resolve([text], nlp), "agency")
    assert "化州市委" in agencies and "佛山市委" not in agencies, agencies


def test_a_banks_branch_named_by_its_short_name_is_the_branch_named_in_full(nlp):
    # the listed bank's table gives its legal name (…股份有限公司); a branch is named after the bank's
    # common name, as the page writes it in full
    from kg import extract_graph

    g = extract_graph(["某县人民政府与中国光大银行赣州分行签订合作协议。光大银行赣州分行行长出席仪式。"], nlp=nlp)
    firms = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert firms == {"中国光大银行赣州分行"}, firms


def test_the_paper_a_story_is_taken_from_is_its_home():
    import kg

    # "据某某日报报道": the city paper's place is no mention (the outlet's name names none), but it
    # says whose 市人大常委会 it is, against the county-level city the story visits twice
    g = kg.extract_graph(["据酒泉日报报道，7月10日，市人大常委会主任王某带领调研组到玉门市督查。玉门市经济运行平稳。",
                          "镇安县与陕西恒富源林业有限公司签订合同。", "巴东县官渡口镇举行签约仪式。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "酒泉市人民代表大会常务委员会" in agencies, agencies


def test_the_places_a_county_borders_are_no_home():
    import kg

    # "西北与某市某区毗邻": the neighbour city is named once and no county of it; the county's 市委 is its
    # prefecture city's
    g = kg.extract_graph(["8月26日，市委副书记、市长刘某来我县调研。团风县将加快发展。"
                          "保护区位于我县北部，西北与武汉市新洲区毗邻，东北与麻城市接壤。",
                          "镇安县与陕西恒富源林业有限公司签订合同。", "巴东县官渡口镇举行签约仪式。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "黄冈市委" in agencies and "武汉市委" not in agencies, agencies


def test_a_party_committees_department_after_its_post_is_the_committees():
    import kg

    g = kg.extract_graph(["嘉鱼县举行开工活动。县委常委、统战部部长华某介绍情况。嘉鱼县将加快发展。",
                          "镇安县与陕西恒富源林业有限公司签订合同。", "巴东县官渡口镇举行签约仪式。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "嘉鱼县委统一战线工作部" in agencies, agencies


def test_an_office_after_its_divisions_short_name_is_the_office_named_in_full():
    # "呼市发改委", "高市府经发局": the papers' short name of a city and its level, then the office
    assert canonical_agency("呼市发改委", "", "") == canonical_agency("呼和浩特市发改委", "", "")
    assert canonical_agency("高市府经发局", "", "") == canonical_agency("高雄市经发局", "", "")
    assert canonical_agency("锡盟行政公署", "", "") == "锡林郭勒盟行政公署"


def test_offices_named_after_a_short_name_and_in_full_are_one_node(nlp):
    labels = agency_labels(nlp, "呼和浩特市发展和改革委员会昨天开会，呼市发改委主任通报了全市项目进展。")
    assert labels == {"呼和浩特市发展和改革委员会"}, labels


def test_a_committee_after_a_demonstration_zones_party_committee_is_that_zones(nlp):
    # a 示范区 has its committee as any development zone does: "示范区党工委书记、管委会主任" are one man's
    # posts in that zone, not in a zone the article names later
    labels = agency_labels(nlp, "会上，改革示范区党工委书记、管委会主任李某介绍情况。随后代表团前往滨江经济技术开发区考察。")
    assert "改革示范区管理委员会" in labels, labels
    assert "滨江经济技术开发区管理委员会" not in labels, labels


def test_a_committee_after_a_trial_zones_party_committee_is_that_zones(nlp):
    # a province's trial zone (试验区) and a zone two regions share (合作区) have their committees as a
    # development zone does: "某某试验区党工委委员、管委会副主任" are one man's posts there, no bare 管理委员会
    labels = agency_labels(nlp, "湘东省青溪临空经济试验区党工委副书记、管委会主任王某出席了签约仪式。")
    assert "湘东省青溪临空经济试验区管理委员会" in labels, labels
    assert "管理委员会" not in labels, labels
    labels = agency_labels(nlp, "会上，岚山特别合作区党工委书记、管委会主任李某介绍了招商情况。")
    assert "管理委员会" not in labels, labels


@pytest.mark.parametrize("text, committee", [
    ("当天，柳港滨海区党工委书记、管委会主任刘某出席开工仪式。", "柳港滨海区管理委员会"),
    ("柳溪旅游度假区党工委副书记、管委会主任陈某介绍了园区规划。", "柳溪旅游度假区管理委员会"),
])
def test_a_committee_after_the_party_committee_of_a_zone_named_qu_is_that_zones(nlp, text, committee):
    # a zone called only 某某区 (a seaside zone, a resort) has a party working committee as no district
    # does: "某某区党工委书记、管委会主任" are one man's posts there, no bare 管理委员会
    labels = agency_labels(nlp, text)
    assert committee in labels and "管理委员会" not in labels, labels


def test_a_short_name_declared_in_brackets_is_one_entity_with_its_name():
    import kg

    # "某某投资集团有限公司（下称“某某投资”）… 某某投资…": the text says the two are one; the short name
    # is then found where it stands alone too
    g = kg.extract_graph(["华辰投资集团有限公司（下称“华辰投资”）今年在县里新建三个项目。县长与华辰投资负责人座谈。",
                          "记者从中国（云南）自由贸易试验区青岚片区（青岚经开区）（以下简称“云南自贸试验区青岚片区”）获悉，"
                          "片区组织项目集中开工。"])
    by_label = {d["label"]: d for _, d in g.nodes(data=True)}
    assert "华辰投资" not in by_label and "华辰投资集团有限公司" in by_label, sorted(by_label)
    assert by_label["华辰投资集团有限公司"]["mentions"] == 3, by_label["华辰投资集团有限公司"]
    zones = [n for n in by_label if n.endswith("片区")]
    assert len(zones) == 1, zones


def test_a_partner_countrys_one_character_name_in_a_joint_park_is_the_country():
    import kg

    # "中荷产业园", "中荷合作": 荷 is the Netherlands, as 美 in 中美 is the United States
    g = kg.extract_graph(["嘉善县中荷产业园的电池项目开工，这一项目是中荷合作的重点工程。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "荷兰" in places and "荷" not in places, places


def test_a_special_regions_government_written_without_its_name_is_no_peoples_government():
    # "特区政府" in a Hong Kong article is Hong Kong's government, which is not a people's government;
    # and where the text never says whose, it is still no 特区人民政府
    assert canonical_agency("特区政府", "", "", province="澳门特别行政区") == "澳门特别行政区政府"
    assert canonical_agency("特区政府", "", "") == "特区政府"


def test_a_special_regions_government_merges_with_its_short_mention(rules_nlp):
    labels = agency_labels(rules_nlp, "澳门特区政府经济局今日表示，特区政府将继续支持中小企业。")
    assert "澳门特别行政区政府" in labels and "特区人民政府" not in labels, labels


def test_a_zone_or_project_named_after_its_county_in_two_forms_is_one(nlp):
    # A county's paper writes its own 县 in one line and drops it in the next, and a zone's word short
    # in one and in full in the other: one zone, one project.
    import kg

    g = kg.extract_graph(["凤台县经济开发区今年引进项目30个。凤台经开区将继续招商。"
                          "凤台县城南污水处理厂项目开工。凤台城南污水处理厂项目年内完工。"], nlp=nlp)
    by_type: dict[str, set] = {}
    for _, d in g.nodes(data=True):
        by_type.setdefault(d["type"], set()).add(d["label"])
    assert not {"凤台经开区", "凤台县经开区", "凤台经济开发区"} & by_type["place"], by_type["place"]
    assert len([x for x in by_type["project"] if "城南污水处理厂" in x]) == 1, by_type["project"]


def test_a_national_body_listed_after_a_citys_offices_stays_the_states(nlp):
    # "市财政局、市商务局、中国铁路某局有关负责同志": the railway's bureau is named with its country, no
    # office of the city the list's first ones belong to
    labels = agency_labels(nlp, "平谷区领导出席，北京市财政局、市商务局、中国铁路北京局有关处室负责同志参加。")
    assert "中国铁路北京局" in labels and not [x for x in labels if x.startswith("北京市中国")], labels


def test_macao_alone_in_a_text_that_names_macao_is_macao(nlp):
    # "来澳参加会议" on a page about Macao: the visitors came to Macao; where the text names no Macao, 澳
    # after a travel word stays Australia
    from kg import extract_graph
    g = extract_graph(["江西省代表团抵达澳门。次日代表团来澳参观展馆。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "澳门特别行政区" in places and "澳大利亚" not in places, places
    g = extract_graph(["江西省代表团赴澳参观展馆。"], nlp=nlp)
    assert "澳大利亚" in {d["label"] for _, d in g.nodes(data=True)}


def test_a_zone_after_its_citys_short_name_is_the_zone_named_with_the_citys_level(nlp):
    # "某某经开区" shortens both the zone's word and its city's (某某市经济技术开发区): one zone
    from kg import extract_graph
    g = extract_graph(["松原经开区推进重点项目建设。松原市经济技术开发区新签约项目5个。"
                       "白城高新区举行签约仪式。吉林省白城市高新技术产业开发区新落户企业3家。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "松原市经济技术开发区" in places and "松原经开区" not in places, places
    assert "白城市高新技术产业开发区" in places and "白城高新区" not in places, places


def test_a_regions_group_by_its_short_kind_is_not_its_own_builders_group(nlp):
    # "某省交投|三建集团" is a unit of the province's 交投 group; the group's short name is no alias of
    # the unit, though the unit's name starts with it (and the group's own legal name still is one)
    from kg import extract_graph
    g = extract_graph(["河南交投三建集团与西平县签署战略合作协议。河南交投总经理王明与县长李华座谈。"], nlp=nlp)
    companies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert {"河南交投", "河南交投三建集团"} <= companies, companies
    g = extract_graph(["近日，河南交投集团有限公司与西平县签约。河南交投董事长出席。"], nlp=nlp)
    companies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert companies == {"河南交投集团有限公司"}, companies


def test_a_chamber_read_whole_as_a_body_still_names_no_home(nlp):
    # "南宁市玉林商会" is now one body, as "…行业协会" is; the city it sits in is no home of the article,
    # however often its chambers are named
    text = ("民乐镇举行项目签约仪式。南宁市玉林商会会长、南宁市模具行业协会秘书长等出席。"
            "市委、市政府高度重视招商工作。")
    agencies = _aliases(_resolve([text], nlp), "agency")
    assert "南宁市委" not in agencies and "南宁市人民政府" not in agencies, agencies


def test_two_firms_of_two_provinces_whose_brand_opens_like_a_county_stay_two(nlp):
    # "湖南某津铺子…" and "江西某津铺子…": the brand's first characters are a far county's short name (盐津,
    # a county of Yunnan), no part of either province; the firms are two, as their provinces say
    from kg import extract_graph
    g = extract_graph(["湖南盐津铺子食品股份有限公司与县政府签约。江西盐津铺子食品股份有限公司在修水投产。"], nlp=nlp)
    companies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert {"湖南盐津铺子食品股份有限公司", "江西盐津铺子食品股份有限公司"} <= companies, companies


def test_a_firms_new_facility_named_by_its_kind_is_the_firms_project(nlp):
    # "某某有限公司|新|生产基地项目": the kind alone (生产基地项目) is every firm's; keyed with the firm's name,
    # two firms' new bases stay apart, and the firm builds its own
    from kg import extract_graph
    g = extract_graph(["江南丰源电机有限公司新生产基地项目与北岭智造科技有限公司新生产基地项目同日开工。"], nlp=nlp)
    projects = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"}
    assert "江南丰源电机有限公司新生产基地项目" in projects, projects
    assert "北岭智造科技有限公司新生产基地项目" in projects, projects
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d.get("relation") == "builds"}
    assert ("江南丰源电机有限公司", "江南丰源电机有限公司新生产基地项目") in builds, builds


def test_a_firms_facility_named_by_its_level_and_kind_is_the_firms_project(nlp):
    # "某某公司|省级|研发中心项目": the level is trimmed from a project it opens, and the kind alone
    # (研发中心项目) named no firm's; keyed with the firm's name and its level, the firm builds its own
    from kg import extract_graph
    g = extract_graph(["县长来到青禾卫品公司省级研发中心项目和明岳纺织有限公司国家级技术中心项目现场。"], nlp=nlp)
    projects = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"}
    assert {"青禾卫品公司省级研发中心项目", "明岳纺织有限公司国家级技术中心项目"} <= projects, projects
    builds = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d.get("relation") == "builds"}
    assert ("青禾卫品公司", "青禾卫品公司省级研发中心项目") in builds, builds


def test_a_project_named_with_and_without_jianshe_is_one_project(rules_nlp):
    # "某某产业基地建设项目" and "某某产业基地项目" on one page: the construction project and the project
    import kg

    texts = ["云岭绿色建材产业基地项目开工仪式昨日举行。云岭绿色建材产业基地建设项目总投资5亿元。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)


def test_a_project_named_after_its_zone_in_two_forms_is_one_project(rules_nlp):
    # "某某工业园区…项目" in the headline, "某某工业园…项目" in the text: one zone, so one project
    import kg

    g = kg.extract_graph(["临河工业园区供热管网项目开工。临河工业园供热管网项目总投资2亿元。"], nlp=rules_nlp)
    projects = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "project"]
    assert len(projects) == 1, projects


def test_a_taiwan_firm_s_short_name_drops_its_trade_word():
    # Taiwan names two trades 营造 (construction) and 生技 (biotech): "某某营造股份有限公司" is written
    # "某某公司" later in the article, and is one firm
    import kg

    g = kg.extract_graph(["宏远营造股份有限公司进驻台中软体园区。宏远公司从事建筑设计。"])
    firms = [d for _, d in g.nodes(data=True) if d["type"] == "company"]
    assert len(firms) == 1, firms


def test_a_bodys_session_and_the_partys_full_name_are_the_divisions_own():
    assert canonical_agency("修水县第十六届人民代表大会", "", "") == "修水县人民代表大会"
    assert canonical_agency("县第十六届人大", "", "", county="修水县") == "修水县人民代表大会"
    assert canonical_agency("政协修水县第十届委员会", "", "") == "修水县政协"
    assert canonical_agency("政协全国委员会", "", "") == "全国政协"
    assert canonical_agency("中国共产党修水县委员会", "", "") == "修水县委"
    assert canonical_agency("中共修水县委", "", "") == "修水县委"
    assert canonical_agency("中共修水县委宣传部", "", "") == "修水县委宣传部"
    assert canonical_agency("中共中央宣传部", "", "") == "中共中央宣传部"


def test_a_short_name_of_another_provinces_county_is_no_articles_home(rules_nlp):
    # The report's second part names only 红山 (a culture's and a landmark's word, and the short name of a
    # district of Inner Mongolia): its 县政府 is the county the document names in full.
    text = ("政府工作报告\n——在修水县第十六届人民代表大会第三次会议上\n各位代表：我代表县人民政府报告工作。\n\n"
            "攻坚克难谋发展\n一年来，全县经济平稳增长，红山文化研究中心投入使用，县政府加快推进项目建设。\n")
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert {"县政府", "县人民政府"} <= agencies["修水县人民政府"], agencies
    assert "修水县第十六届人民代表大会" in agencies["修水县人民代表大会"], agencies


def test_a_governments_site_names_the_papers_county_by_its_short_name(nlp):
    # "来源：某某政府网": a county's own site, named by its short name, is the story's home
    text = "我县项目建设加快推进\n来源：修水政府网\n今年以来，我县实施重点项目86个，县政府领导深入一线调度。\n"
    agencies = _aliases(_resolve([text], nlp), "agency")
    assert "县政府" in agencies.get("修水县人民政府", set()), agencies


def test_a_countys_news_site_names_the_papers_county_by_its_short_name(rules_nlp):
    # "来源：某某新闻网": a county's own news site is the story's home, as its government's site is
    text = "我县企业座谈会召开\n来源：修水新闻网\n今年以来，县委、县政府领导深入企业调研。\n"
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert "县政府" in agencies.get("修水县人民政府", set()), agencies


def test_a_themed_town_is_no_home_of_a_town_office_and_a_village_office_takes_no_city(rules_nlp):
    # 某某农牧小镇 is a town built around a trade, no township: 镇党委 is the township's, and a bare
    # 村党委 belongs to a village, never to the city the corpus is in
    text = ("淄川市高青县木李镇召开大会。得益农牧小镇建设加快，得益农牧小镇产业兴旺，得益农牧小镇游客增多。"
            "镇党委书记讲话，村党委负责落实。")
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert "镇党委" in agencies.get("木李镇党委", set()), agencies
    assert not [k for k in agencies if k.endswith("村党委") and k != "村党委"], agencies


def test_a_bare_zone_committee_is_the_one_named_in_full_with_its_prefecture(rules_nlp):
    # "湘西州古丈县工业集中区管理委员会 … 该管委会": the full name drops the prefecture before the county,
    # and the bare committee is the same body, not a second one under the name as written
    text = "近期，湘西州古丈县工业集中区管理委员会组织排查。\n该管委会排查小组深入企业走访。\n"
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert len(agencies) == 1 and "管委会" in next(iter(agencies.values())), agencies


def test_a_county_made_a_city_is_the_city_by_its_old_level_word(rules_nlp):
    # jieba's dictionary holds 瑞安县, a county until it became 瑞安市: "瑞安县(市)委书记"
    places = _aliases(_resolve(["他曾任瑞安县(市)委书记。"], rules_nlp), "place")
    assert "瑞安县" in places.get("瑞安市", set()), places


def test_a_provinces_own_group_named_by_its_level_is_the_articles_provinces(rules_nlp):
    # "省环保产业集团" on a page of a county of 陕西省: that province's group, not a node of no place
    text = "山阳县政府与省环保产业集团全资子公司签订协议。\n"
    firms = _aliases(_resolve([text], rules_nlp), "company")
    assert "省环保产业集团" in firms.get("陕西省环保产业集团", set()), firms


def test_a_countys_alias_a_far_town_also_has_is_the_county_its_paper_names(rules_nlp):
    # 永安 is 永安市's alias and the full name of a town in Xinjiang: a page that writes 永安市 means the city
    import kg

    g = kg.extract_graph(["三明市昨日举办项目签约活动，永安市签约项目8个。今年以来，永安加快推进工业园区建设。"],
                         nlp=rules_nlp)
    places = {d["label"]: d["aliases"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "永安" not in places and "永安" in json.loads(places["永安市"]), places
    # alone, the name is still the town's
    g = kg.extract_graph(["莎车县永安镇的农民种植核桃。"], nlp=rules_nlp)
    assert "永安市" not in {d["label"] for _, d in g.nodes(data=True)}


def test_a_chamber_named_after_its_city_with_and_without_its_level_is_one(rules_nlp):
    # "某市某地商会" and "某地商会" with the city's 市 dropped: the chamber of one place's businessmen in one city
    import kg

    g = kg.extract_graph(["5月8日，广州市衡阳商会召开年会。会上，广州衡阳商会会长李某作报告。"], nlp=rules_nlp)
    agencies = {d["label"]: json.loads(d["aliases"]) for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "广州衡阳商会" not in agencies and "广州衡阳商会" in agencies.get("广州市衡阳商会", []), agencies


def test_an_autonomous_countys_committee_by_its_short_name_is_its_page_s_county_committee():
    # papers write an autonomous county by its short name and its level: 某某县委 is the committee the
    # same page calls 县委, whose county it names in full
    assert canonical_agency("前郭县委", "", "") == canonical_agency("县委", "", "", county="前郭尔罗斯蒙古族自治县") \
        == "前郭尔罗斯蒙古族自治县委"
    assert canonical_agency("鄂温克旗委", "", "") == canonical_agency("旗委", "", "", county="鄂温克族自治旗")
    assert canonical_agency("前郭县财政局", "", "") == canonical_agency("县财政局", "", "", county="前郭尔罗斯蒙古族自治县")
    # (a county whose full name is so written keeps it: 房县县委, 松江区委)
    assert canonical_agency("房县县委", "", "") == "房县县委" and canonical_agency("松江区委", "", "") == "松江区委"


def test_an_autonomous_countys_committee_merges_on_its_page(rules_nlp):
    text = "本报讯 杜尔伯特蒙古族自治县召开项目推进会。县委书记讲话。会后，杜尔伯特县委要求各部门抓好落实。"
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert [k for k in agencies if k.endswith("委")] == ["杜尔伯特蒙古族自治县委"], agencies


def test_a_citys_alias_that_is_a_district_of_the_pages_city_gives_no_home_city(nlp):
    # On a Beijing page "横跨朝阳、顺义" is Beijing's 朝阳区: a bare 市发改委 is not that of 朝阳市 in Liaoning.
    text = ("据北京日报消息，市发展改革委表示，今年一季度全市新开工项目近百个。"
            "北京亦庄新城内，数个产业项目同日开工。一条新建快速路将横跨朝阳、顺义两区。")
    labels = agency_labels(nlp, text)
    assert not [x for x in labels if x.startswith("朝阳市")], labels


def test_a_zone_named_like_another_provinces_county_names_no_county(nlp):
    # A Jiangxi page's zone shares its first words with a district of Chongqing: the zone is named after a
    # landmark of the county the page is about, not after the district, so 我县 and 县委 are no district's
    text = "江西省重点项目推进会召开。沙坪坝工业园与三家企业签约，县委书记出席并致辞，我县将做好服务。"
    res = _resolve([text], nlp)
    agencies = _aliases(res, "agency")
    assert not [a for a in agencies if a.startswith("沙坪坝")], agencies
    assert not [key for m, key in res.mention_entity.items() if m.text == "我县" and key.name.startswith("沙坪坝")]
    # (a zone named after a county of the province the page names still names that county)
    res = _resolve(["江西省重点项目推进会召开。修水工业园与三家企业签约，县委书记出席并致辞。"], nlp)
    assert "修水县委" in _aliases(res, "agency"), _aliases(res, "agency")


def test_a_groups_acronym_of_its_legal_names_words_is_the_group(nlp):
    # the first characters of the legal name's two-character words, with the group word
    companies = _aliases(_resolve(["副市长会见江东化工集团有限公司董事长。江化集团将在我市新建新材料产业园。"], nlp),
                         "company")
    assert "江化集团" in companies.get("江东化工集团有限公司", set()), companies
    # (an acronym two legal names give is neither's)
    companies = _aliases(_resolve(["江东化工集团有限公司、江北化肥集团有限公司董事长来访。江化集团将新建产业园。"], nlp),
                         "company")
    assert not [k for k, v in companies.items() if "江化集团" in v and k != "江化集团"], companies


def test_a_groups_acronym_may_drop_the_last_word_of_its_trade(nlp):
    # 中国交通建设集团 -> 中交集团: the heads of all words but the last, and the group word
    companies = _aliases(_resolve(["县长会见了南江交通建设集团有限公司董事长一行。南交集团将参与县城环线公路建设。"], nlp),
                         "company")
    assert "南交集团" in companies.get("南江交通建设集团有限公司", set()), companies
    # (two legal names that give it leave it apart, as every acronym)
    companies = _aliases(_resolve(["南江交通建设集团有限公司、南特交通物流集团有限公司董事长来访。南交集团将参与建设。"],
                                  nlp), "company")
    assert not [k for k, v in companies.items() if "南交集团" in v and k != "南交集团"], companies


def test_a_divisions_office_in_another_city_by_its_alias_is_its_full_names(nlp):
    # the papers write the sending division by its alias: 某省驻某地办事处 and 某驻某地办事处 are one office
    labels = agency_labels(nlp, "重庆市驻广东办事处主任来访。会上，重庆驻广东办事处介绍了川渝合作项目。")
    assert "重庆驻广东办事处" not in labels, labels
    assert "重庆市驻广东办事处" in labels, labels


def test_where_the_papers_own_city_holds_an_event_or_stays_is_no_home(nlp):
    # "我市在深圳举办…", "在深圳期间": the paper's people are away; 市委 is their own city's
    text = ("10月21日，我市在深圳举办招商推介会。市委副书记出席，宝鸡企业家代表发言。"
            "在深圳期间，代表团考察了多家企业。会议介绍了宝鸡的投资环境，深圳企业家踊跃参加。")
    labels = agency_labels(nlp, text)
    assert "宝鸡市委" in labels, labels


def test_the_storys_own_paper_names_the_corpus_home_as_the_articles(nlp):
    # "来源：某某日报": a one-page corpus whose story names the city it reports from more often than its own
    text = ("来源：宝鸡日报\n市委书记会见了深圳客商。深圳企业家表示，将在宝鸡投资，深圳的产业转移正在加快。"
            "市委将做好服务。")
    labels = agency_labels(nlp, text)
    assert "宝鸡市委" in labels, labels


def test_a_special_regions_bureau_is_one_office_however_its_region_and_government_are_written():
    # "香港特区|投资推广署", "香港特区政府|投资推广署": papers shorten the region's level and write its
    # government before the bureau or not; one office, and the region itself is 香港特别行政区
    import kg

    g = kg.extract_graph(["香港特区政府招商投资促进局负责人表示，欢迎企业落户。"
                          "香港特区招商投资促进局随后与三家企业签约，香港特区将提供便利。"])
    labels = {d["type"]: set() for _, d in g.nodes(data=True)}
    for _, d in g.nodes(data=True):
        labels[d["type"]].add(d["label"])
    offices = [a for a in labels.get("agency", ()) if a.endswith("投资促进局")]
    assert offices == ["香港特别行政区招商投资促进局"], labels
    assert "香港特别行政区" in labels.get("place", ()) and "香港特区" not in labels.get("place", ()), labels


def test_a_citys_bare_zone_is_the_zone_of_the_city_its_article_names(rules_nlp):
    # "市经开区" as a place is named as its committee is (市经开区管委会): the city's own zone
    res = _resolve(["芜湖市召开招商大会。市经开区管委会与宏远食品有限公司签约，项目落户市经开区。"], rules_nlp)
    places = _aliases(res, "place")
    assert "市经开区" in places.get("芜湖市经开区", set()), places
    assert "市经开区" not in places


def test_a_zones_committee_by_its_kinds_short_form_is_the_zones(rules_nlp):
    # "经开区管委会" in an article about 某某经济开发区: the one committee, written with the kind's short form
    text = "宝鸡经济开发区举办招商推介会。\n推介会上，经开区管委会与三家企业签约。\n"
    agencies = _aliases(_resolve([text], rules_nlp), "agency")
    assert "经开区管委会" in agencies.get("宝鸡经济开发区管理委员会", set()), agencies


def test_a_firm_written_without_gufen_and_youxian_is_its_legal_name(rules_nlp):
    # news drops 股份 with 有限 (…股份有限公司 then …公司); a group of the brand keeps its own name
    companies = _aliases(_resolve(["江苏云翔纺织股份有限公司与我县签约。江苏云翔纺织公司董事长致辞。"], rules_nlp),
                         "company")
    assert "江苏云翔纺织公司" in companies.get("江苏云翔纺织股份有限公司", set()), companies
    companies = _aliases(_resolve(["江苏云翔纺织股份有限公司与江苏云翔纺织集团有限公司签约。江苏云翔纺织公司出席。"],
                                  rules_nlp), "company")
    assert "江苏云翔纺织公司" not in companies.get("江苏云翔纺织股份有限公司", set()), companies


def test_a_division_written_after_the_one_above_it_is_that_division(rules_nlp):
    # a headline glues the prefecture to its county ("黔南州荔波县", "黔南州荔波"): the county, one place
    res = _resolve(["黔南州荔波县举行招商推介会。荔波县与三家企业签约。"], rules_nlp)
    places = _aliases(res, "place")
    # (the rules read the two divisions apart where the suffix rule reads them as one: the prefecture is
    # a place of its own; where a pair is still read whole, it is an alias of the lower one)
    assert "荔波县" in places and not [k for k in places if k.startswith("黔南州荔波")], places
    assert not [a for k, v in places.items() if k != "荔波县" for a in v if a.startswith("黔南州荔波")], places


def test_a_project_after_its_firm_and_a_bracketed_phase_is_the_firms_phase(rules_nlp):
    # "某某（三期）年产…项目": the firm's third phase; the project is named with both, as "某某年产…项目" is
    projects = _aliases(_resolve(["宏达（三期）年产5万吨饲料项目开工。"], rules_nlp), "project")
    assert "宏达（三期）年产5万吨饲料项目" in projects, projects


def test_a_national_zone_with_its_rank_and_by_its_short_form_is_one_zone(nlp):
    # a state-level park's full name keeps 国家 between its city and its kind; the short form drops both
    from kg import extract_graph
    g = extract_graph(["石门国家高新技术产业开发区今年引进项目九个。上月，石门高新区又与两家企业签约。"
                       "河口国家经济技术开发区新开工项目五个，河口经开区的物流园同时投用。"], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "石门国家高新技术产业开发区" in places and "石门高新区" not in places, places
    assert "河口国家经济技术开发区" in places and "河口经开区" not in places, places


def test_a_zones_committee_by_its_short_name_or_its_level_is_the_articles_zones(nlp):
    # a zone's paper writes its 管委会 as 管委, and as 区管委 by the zone's level alone: one committee,
    # the zone's, as 开发区管委 is
    labels = agency_labels(nlp, "东江经济开发区举行项目签约仪式，开发区管委主任李某出席。"
                                "区管委副主任王某与湖南海川科技有限公司签约。")
    assert labels == {"东江经济开发区管理委员会"}, labels


def test_a_management_district_is_a_zone_and_its_bodies_by_its_level_are_its_own(nlp):
    # a county-level 管理区 run by a committee: its 区管委 and, after its 党委 named in full, its 区党委
    labels = agency_labels(nlp, "青湖管理区举行招商签约仪式。青湖管理区党委、管委领导出席。"
                                "区管委副主任张某代表青湖与湖南禾丰能源有限公司签署协议。区党委书记讲话。")
    assert labels == {"青湖管理区管理委员会", "青湖管理区党委"}, labels


def test_offices_listed_bare_after_a_provinces_or_a_regions_office_are_that_provinces(nlp):
    # "自治区发改委、经信委、财政厅": the level the first office names is every listed office's, not the
    # city the leaders visit (and a province's departments are 厅)
    labels = agency_labels(nlp, "自治区副主席带领自治区发改委、经信委、财政厅负责人到吴忠市调研，市委书记陪同。")
    assert {"宁夏回族自治区经济和信息化委员会", "宁夏回族自治区财政厅"} <= labels, labels
    assert "吴忠市经济和信息化委员会" not in labels, labels
    labels = agency_labels(nlp, "副省长带领省发改委、工信厅、财政厅负责人到白城市调研，市委书记陪同。")
    assert {"吉林省工业和信息化厅", "吉林省财政厅"} <= labels, labels


def test_a_project_named_with_its_countys_full_name_and_short_name_and_trailer_is_one(nlp):
    # "某某县速冻食品产业园" at the ceremony, "某某速冻食品产业园项目" in the list: one project, though its
    # county is written in full in one and short in the other, and only one has the trailer
    import kg

    g = kg.extract_graph(["本批开工的临泉冷链食品产业园项目总投资8亿元。开工仪式在临泉县冷链食品产业园举行。"], nlp=nlp)
    projects = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "project")
    assert len(projects) == 1, projects


def test_a_groups_short_name_with_contracted_words_is_its_legal_name(nlp):
    # "某市产投集团" then "某市产业投资集团有限公司": one group, its short name contracting 产业投资 to 产投
    import kg

    g = kg.extract_graph(["青禾市产投集团投资建设的艾草产业园项目计划投资5亿元。青禾市产业投资集团有限公司负责人出席。"],
                         nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["青禾市产业投资集团有限公司"], companies


def test_a_commercial_investment_groups_short_name_is_its_legal_name(nlp):
    # "某省商投集团" beside "某省商业投资集团有限公司": one group, 商业投资 contracted to 商投
    import kg

    g = kg.extract_graph(["湖南省商业投资集团有限公司与安平县签约。湖南省商投集团将在县里建设冷链物流园。"], nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["湖南省商业投资集团有限公司"], companies


def test_a_branch_named_by_its_own_words_is_the_branch_its_article_named_with_its_bank(rules_nlp):
    import kg

    texts = ["农发行临江分行副行长会见来访的县长一行。临江分行客户部负责人参加座谈。",
             "县长到访工行北岭分行。随后，北岭分行与县里签约。",
             # two banks' branches at one place: the bare branch is neither
             "农行云溪支行和工行云溪支行都派人参加。云溪支行负责人发言。"]
    g = kg.extract_graph(texts, nlp=rules_nlp)
    companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert "临江分行" in companies.get("中国农业发展银行临江分行", set()), companies
    assert "北岭分行" in companies.get("中国工商银行北岭分行", set()), companies
    assert "临江分行" not in companies and "北岭分行" not in companies, companies
    assert not any("云溪支行" in aliases for label, aliases in companies.items() if label != "云溪支行"), companies


def test_a_county_s_own_site_named_today_s_county_is_the_home_of_wo_xian(rules_nlp):
    # "今日某某网消息", "来源：今日某某": the county's own site; its 我县 and 县委 are that county's
    res = _resolve(["今日平利网消息 3月5日，我县召开项目推进会，县委书记出席并讲话。", "岳阳市发布天气预报。"], rules_nlp)
    assert "县委" in _aliases(res, "agency").get("平利县委", set()), _aliases(res, "agency")
    res = _resolve(["3月5日，我县召开项目推进会，县委书记出席并讲话。\n来源：今日平利", "长沙市举办展会。"], rules_nlp)
    assert "县委" in _aliases(res, "agency").get("平利县委", set()), _aliases(res, "agency")
    # a sentence's "today" before a county names no site
    res = _resolve(["今日平利游客很多。我县召开项目推进会，县委书记出席。", "岳阳市发布天气预报。"], rules_nlp)
    assert "平利县委" not in _aliases(res, "agency"), _aliases(res, "agency")


def test_a_towns_bare_name_that_is_a_far_countys_alias_stays_the_town(nlp):
    # 石城 is 石城县's alias (Jiangxi), 大宁 大宁县's (Shanxi); on a page about 石城镇 or 大宁镇 that names neither
    # the county nor its city in full, the bare name is the town shortened: no node of the far county, and
    # the page's village is not put in it
    for town, far in (("石城", ("石城县", "赣州市", "江西省")), ("大宁", ("大宁县", "临汾市"))):
        text = f"{town}镇举行招商项目签约仪式。去年{town}规上工业产值增长一成，{town}镇委书记出席并讲话。青竹村的果蔬基地项目也已签约。"
        places = place_nodes(nlp, text)
        labels = [label for label, _ in places]
        assert [aliases for label, aliases in places if label == town + "镇" and town in aliases], places
        assert town not in labels and not set(far) & set(labels), places


def test_a_firms_brand_and_its_dot_before_a_projects_name_name_it_with_the_firm(nlp):
    # "青峰硅能·南江2GW…项目": the firm, then its dot and the project's name: one project named with both, built
    # by the firm, whose own name has no dot
    import kg
    g = kg.extract_graph(["青峰硅能·南江3GW光伏电池片制造基地项目建设现场，工人正在施工。"], nlp=nlp)
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    assert "青峰硅能" in labels.values() and not [v for v in labels.values() if v.endswith("·")], labels
    builds = [(labels[u], labels[v]) for u, v, d in g.edges(data=True) if d.get("relation") == "builds"]
    assert ("青峰硅能", "青峰硅能·南江3GW光伏电池片制造基地项目") in builds, builds


def test_a_firm_named_by_its_brand_and_gongsi_is_the_legal_name_its_document_gives(rules_nlp):
    # "某州某某高原农业有限公司 … 某某公司的基地": after its division the legal name opens with the brand the short
    # name keeps; only within the document, and only where one legal name opens so
    res = _resolve(["园区引进了临夏州禾岭山地农业有限公司、甘肃青畴蔬果有限公司等企业。禾岭公司的千亩菌菇基地已建成，"
                    "青畴公司的高原蔬菜已经下种。",
                    "禾岭公司今年扩大了规模。"], rules_nlp)
    firms = _aliases(res, "company")
    assert "禾岭公司" in firms.get("临夏州禾岭山地农业有限公司", set()), firms
    assert "青畴公司" in firms.get("甘肃青畴蔬果有限公司", set()), firms
    # (the other document names no legal name: its 禾岭公司 is a node of its own there, by the same key)
    two = _resolve(["引进了宁夏禾岭农业有限公司、宁夏禾岭建材有限公司。禾岭公司表示满意。"], rules_nlp)
    assert "禾岭公司" in _aliases(two, "company"), _aliases(two, "company")


def test_a_firm_named_by_its_city_brand_and_gongsi_is_the_legal_name_its_document_gives(rules_nlp):
    # the short name may keep the city the legal name opens with: "某市某某公司" is "某市某某商贸有限公司"
    res = _resolve(["绵竹鑫和泰农业开发有限公司与成都锦蓉达商贸有限公司签下订单。今年初，双方又与成都锦蓉达公司"
                    "续签了五年合同。"], rules_nlp)
    firms = _aliases(res, "company")
    assert "成都锦蓉达公司" in firms.get("成都锦蓉达商贸有限公司", set()), firms
    # (a city's own 公司 is no brand's)
    res = _resolve(["成都锦蓉达商贸有限公司与成都公司签约。"], rules_nlp)
    assert "成都公司" not in _aliases(res, "company").get("成都锦蓉达商贸有限公司", set())


def test_an_autonomous_county_by_its_short_name_and_level_is_the_county(nlp):
    # papers write an autonomous county as any other, short name and 县; on a page that names another
    # province it is still the county written in full, and so is its bare short name there
    res = _resolve(["宽甸县召开项目推进会，来自浙江的客商参加。会议要求为宽甸高质量发展多做贡献。"], nlp)
    places = _aliases(res, "place")
    assert {"宽甸县", "宽甸"} <= places.get("宽甸满族自治县", set()), places
    res = _resolve(["青龙县与新疆一家企业签约。青龙将做好项目服务。"], nlp)
    assert {"青龙县", "青龙"} <= _aliases(res, "place").get("青龙满族自治县", set())


def test_a_project_listed_bare_then_named_after_its_firm_is_one_project(nlp):
    # "A项目、B等9个项目签约。其中，某公司A项目…": the list names the firm's project bare; in that article it is
    # the one firm's (a bare name on another page may be another firm's, and stays apart)
    from kg import extract_graph
    texts = ["本报讯 某县举行集中签约活动。年产20万套智能门窗项目、青禾产业园二期等9个项目成功签约。"
             "其中，浙江青禾智能家居有限公司年产20万套智能门窗项目投资额为8亿元。",
             "本报讯 年产20万套智能门窗项目昨日在另一个县开工。"]
    g = extract_graph(texts, nlp=nlp)
    projects = {d["label"]: d for _, d in g.nodes(data=True) if d["type"] == "project"}
    full = projects["浙江青禾智能家居有限公司年产20万套智能门窗项目"]
    assert full["mentions"] == 2, full
    assert projects["年产20万套智能门窗项目"]["mentions"] == 1, projects


def test_a_firms_short_name_without_the_place_its_legal_name_opens_with_is_that_firm(nlp):
    # "某某市|轻合汽车部件科技有限公司" then "轻合汽车": the paper drops the city the legal name opens with; the
    # short name opens the rest, and the firm is one
    from kg import extract_graph
    g = extract_graph(["本报讯 某县同东莞市轻合汽车部件科技有限公司草签了投资协议。招商小分队赴东莞，"
                       "力促轻合汽车生产基地项目早日落地。"], nlp=nlp)
    companies = {d["label"]: json.loads(d["aliases"]) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert "轻合汽车" not in companies, companies
    assert "轻合汽车" in companies.get("东莞市轻合汽车部件科技有限公司", []), companies


def test_a_county_s_short_name_that_is_an_ordinary_word_is_the_county_its_article_is_at(nlp):
    # 云霄 ("the sky") is no place the gazetteer vouches for bare; but the article whose 县委 is 云霄县委, as
    # its bare mentions of 云霄 made it, is at 云霄县, and so is every bare 云霄 in it: one node
    from kg import extract_graph

    text = ("县长带队赴深圳拜访企业，推介云霄的投资环境，邀请客商到我县考察。"
            "他表示，县委、县政府将提供最优服务，欢迎更多好项目落户云霄。")
    g = extract_graph([text], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "云霄县委" in agencies, agencies
    assert "云霄县" in places and "云霄" not in places, places


def test_a_county_naming_the_storys_outlet_is_its_home_against_the_places_its_people_visit(nlp):
    # "来源：津市电视台" at the story's end: the county-level city's own station, whose 市委 the story's 市委
    # is, though the story names only places of other provinces its leaders went to (and one it did not
    # go to: 无锡 of a university's name)
    from kg import extract_graph

    text = ("市委副书记、市长带领科技局、招商中心负责人前往长三角对接资源。"
            "一行考察了浙江长兴县，并走访了无锡江南大学的一位专家。市政协主席、市公安局长参加考察。\n"
            "[来源：津市电视台]")
    g = extract_graph([text], nlp=nlp)
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"津市市委", "津市市政协", "津市市公安局"} <= agencies, agencies
    # ... and so does a county-level city's own daily, by its short name ("来源：浏阳日报")
    g = extract_graph(["市长一行走访了无锡江南大学的一位专家，并到苏州考察。市委书记参加活动。\n来源：浏阳日报"], nlp=nlp)
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "浏阳市委" in agencies, agencies


def test_an_industrial_zone_without_its_kaifa_is_the_zone(nlp):
    # a page writes 某某工业开发区 in its lead and 某某工业区 after: one zone
    res = _resolve(["上午，青禾镇柳塘工业开发区举行企业进园仪式。柳塘工业区规划面积2000亩，首期开发800亩。"], nlp)
    places = _aliases(res, "place")
    assert "柳塘工业区" in places.get("柳塘工业开发区", set()), places


def test_a_bare_committee_after_a_bare_zones_party_committee_is_that_zones(nlp):
    # "高新区党工委书记、管委会主任": one man's two posts in one zone, named by its bare word in both;
    # the committee is that zone's as its party committee is, not the bare suffix 管理委员会
    assert agency_labels(nlp, "技师学院党委书记、高新区党工委书记、管委会主任张某拜访深圳客商。") \
        >= {"高新区党工委", "高新区管理委员会"}
    assert "管理委员会" not in agency_labels(nlp, "高新区党工委书记、管委会主任张某拜访深圳客商。")


def test_a_committees_department_named_bare_after_its_full_name_is_that_department(nlp):
    # "某县县委统战部…暨统战部部长…": the bare 统战部 is the department the article named in full
    labels = agency_labels(nlp, "青川县委统战部举行恳谈会暨统战部部长接待日活动。县委常委、统战部部长刘某出席。")
    assert "统一战线工作部" not in labels, labels
    assert "青川县委统一战线工作部" in labels, labels


def test_a_federation_listed_after_a_citys_office_is_the_citys(nlp):
    # "某市委统战部、工商联": the federation the committee's department runs, of the same city
    labels = agency_labels(nlp, "广元市委统战部、工商联在工业园区召开民营企业座谈会。")
    assert "广元市工商业联合会" in labels, labels
    assert "工商业联合会" not in labels, labels


def test_a_design_institute_named_by_its_region_alone_is_the_groups_institute_its_document_names(nlp):
    # "某某电建西北院 … 西北院将…": the institute named again without its group is the one the document named
    # with it; its region is no place of the page
    res = _resolve(["中国电建西北院与某县人民政府签订风光储一体化项目合作协议。根据协议，西北院将在该县投资建设"
                    "300兆瓦光伏电站。"], nlp)
    firms = _aliases(res, "company")
    assert "西北院" in firms.get("中国电建西北院", set()), firms
    assert "西北院" not in firms, firms


def test_a_districts_short_name_is_not_vouched_for_by_a_city_pages_home(nlp):
    # a page whose relative offices are its city's (市政府) says nothing of a county: 南湖, a lake's word on a
    # list of sites a visit went through, is no district it was inferred from
    from kg import extract_graph

    text = ("沅江市委、市政府负责人陪同。一行考察了中联智能制造园、白沙河码头、巴南湖采区、南洞庭湖等地。"
            "沅江将深化合作，沅江市政府表示欢迎。")
    g = extract_graph([text], nlp=nlp)
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "南湖区" not in places, places


def test_an_office_written_with_yu_between_its_fields_is_the_one_named_with_he():
    assert canonical_agency("县发展与改革局", "", "", county="靖远县") == canonical_agency("县发改局", "", "", county="靖远县")
    assert canonical_agency("市工业与信息化局", "白银市", "白银市") == canonical_agency("市工信局", "白银市", "白银市")


@pytest.mark.parametrize("short, full", [("全国妇联", "中华全国妇女联合会"), ("中国科协", "中国科学技术协会"),
                                         ("中国残联", "中国残疾人联合会"), ("团中央", "中国共产主义青年团中央委员会")])
def test_a_national_peoples_organisation_by_its_short_name_is_the_one_body(nlp, short, full):
    # as a county's paper names its own 县妇联 and 县科协, the national bodies go by 全国 or 中国 and their
    # short name, beside their full name elsewhere in the archive
    res = _resolve([f"{short}调研组一行来我县调研乡村振兴工作。", f"{full}与省政府签署合作协议。"], nlp)
    agencies = _aliases(res, "agency")
    assert {short, full} <= agencies.get(full, set()), agencies


def test_a_users_lexicon_alias_is_its_entrys_name(tmp_path):
    # the user says what a firm is also called; the graph has one node, named as the entry is
    from kg import extract_graph

    lexicon = tmp_path / "firms.jsonl"
    lexicon.write_text('{"name": "青禾新能源科技有限公司", "type": "COMPANY", "aliases": ["禾能科技"]}\n',
                       encoding="utf-8")
    # (given once, as any iterable: the pipeline and resolution both read it)
    g = extract_graph(["禾能科技与县政府签订合作协议。", "青禾新能源科技有限公司年产十万吨电池材料项目开工。"],
                      lexicons=iter([lexicon]), statistical=False)
    firms = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert firms.get("青禾新能源科技有限公司", set()) >= {"禾能科技"}, firms
    assert "禾能科技" not in firms, firms


def test_a_countys_supply_and_marketing_cooperative_short_and_full_is_one_body(nlp):
    agencies = _aliases(_resolve(["竹溪县召开供销工作会议。县供销社主任介绍了农资保供情况，县供销合作社将新建三个网点。"], nlp),
                        "agency")
    assert {"县供销社", "县供销合作社"} <= agencies.get("竹溪县供销合作社", set()), agencies


def test_an_office_named_in_full_keeps_its_name_before_a_bracketed_office_kind(nlp):
    # "某市商务局（招商办）": the bureau that does the investment office's work; the kind alone is placed by the
    # article's home, so it is no second name of the bureau, which keeps its own
    labels = agency_labels(nlp, "本报讯 新建厂房通过了白山市商务局（招商办）组织的验收，县里很满意。")
    assert "白山市商务局" in labels, labels


@pytest.mark.parametrize("short, full", [
    ("河北商务厅", "河北省商务厅"),
    ("宁夏林草产业发展局", "宁夏回族自治区林草产业发展局"),
    ("内蒙古商务厅", "内蒙古自治区商务厅"),
])
def test_a_provinces_department_after_its_alias_is_the_one_named_in_full(short, full):
    assert canonical_agency(short, "", "") == full == canonical_agency(full, "", "")


@pytest.mark.parametrize("name", ["湖北师范大学党委", "河南能源党委", "北京路局", "青海汇通矿业有限公司纪委", "辽宁海事局"])
def test_a_school_a_firm_or_its_party_organ_named_with_a_provinces_alias_keeps_its_name(name):
    # the alias is the brand of the school or the firm, no province's department
    assert not canonical_agency(name, "", "").startswith(("湖北省", "河南省", "北京市", "青海省", "辽宁省"))


def test_a_division_after_the_provinces_alias_keeps_its_own_office():
    assert canonical_agency("河北廊坊市商务局", "", "") == "廊坊市商务局"


def test_a_bare_forestry_bureau_listed_after_a_named_office_is_that_countys():
    import kg

    # the gazetteer lists 林业局 as a town too; in a list of a county's offices it is the county's bureau
    g = kg.extract_graph(["签约仪式上，松溪县财政局、自然资源局、水利局、林业局等部门负责人参加。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "松溪县林业局" in agencies, agencies


def test_an_offices_second_name_in_brackets_is_that_office_and_places_no_other():
    import kg

    # 招商局 alone is placed by the article's county; in brackets after the city's office it is that office's
    g = kg.extract_graph(["松溪县委书记王某，南平市经合办（招商局）主任李某，县长张某出席签约仪式。"])
    agencies = {d["label"]: d for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "南平市经济合作办公室" in agencies and not [a for a in agencies if a.endswith("招商局")], agencies


def test_an_office_named_by_its_zones_kind_is_the_zone_of_its_article():
    import kg

    # as a bare 管委会 in an article about a zone is that zone's committee
    g = kg.extract_graph(["青岚高新区举行项目签约仪式。\n高新区招商局局长李某、高新区财政局负责人出席。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert {"青岚高新区招商局", "青岚高新区财政局"} <= agencies, agencies
    part_of = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True) if d["relation"] == "part_of"}
    assert ("青岚高新区招商局", "青岚高新区") in part_of, part_of


def test_an_office_named_by_another_kind_of_zone_stays_as_written():
    import kg

    g = kg.extract_graph(["青岚高新区举行项目签约仪式。\n综合保税区财政局负责人出席。"])
    agencies = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert not [a for a in agencies if a.startswith("青岚")], agencies


def test_a_two_character_brand_is_the_one_legal_name_of_its_document_that_opens_with_it():
    import json

    import kg

    g = kg.extract_graph(["青石镇人民政府与江苏岚电控股有限公司、江苏赛岭机械有限公司签约。\n推动岚电、赛岭、创桓等企业加强合作。"])
    firms = {d["label"]: json.loads(d["aliases"]) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert "岚电" not in firms and "岚电" in firms["江苏岚电控股有限公司"], firms


def test_a_two_character_brand_is_left_apart_from_a_legal_name_of_another_document():
    import kg

    g = kg.extract_graph(["青石镇人民政府与江苏岚电控股有限公司签约。", "推动岚电、赛岭、创桓等企业加强合作。"])
    firms = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert "岚电" in firms, firms


def test_a_firm_named_after_its_town_with_the_towns_level_and_without_is_one_firm(nlp):
    # "大盛镇青禾果业专业合作社", then "大盛青禾果业专业合作社": the paper drops the town's 镇 as it drops a
    # county's 县; one co-operative
    import kg
    g = kg.extract_graph(["大盛镇青禾果业专业合作社今年扩种柑橘二百亩。记者走进大盛青禾果业专业合作社，果农正忙着采摘。"],
                         nlp=nlp)
    firms = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"]
    assert firms == ["大盛镇青禾果业专业合作社"], firms


@pytest.mark.parametrize("text, village", [
    ("记者来到万宁市北大镇石岭村。游客在万宁石岭村骑行。石岭村的民宿已满客。", "石岭村"),
    ("记者来到文昌市东郊镇椰林村。椰林村的加工厂很多。文昌椰林村年产椰子百万个。", "椰林村"),
])
def test_a_village_written_once_after_its_citys_alias_is_the_same_village(nlp, text, village):
    import kg

    # the gazetteer holds no village: "万宁石岭村" is the page's 石岭村 with its city in front, no second village
    g = kg.extract_graph([text], nlp=nlp)
    places = [d for _, d in g.nodes(data=True) if d["type"] == "place" and d["label"].endswith(village)]
    assert len(places) == 1 and village in json.loads(places[0]["aliases"]), places


def test_a_river_or_a_range_named_like_a_division_is_no_division():
    import kg

    # "黑河|流域", "天山|北坡": the river and the range, not 黑河市 in Heilongjiang or Urumqi's 天山区, and no home
    # of the article (the bare 纪委 after them is no district's)
    g = kg.extract_graph(["在甘肃省的黑河流域，青禾农业发展有限公司建设节水灌溉基地。",
                          "新疆天山北坡的博乐市建设风电基地，天山南麓的园区也在招商。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "黑河市" not in places and "天山区" not in places, places
    assert "黑河" in places and "天山" in places, places
    # a division written in full before such a word is that division
    g = kg.extract_graph(["黑河市沿岸的口岸物流园开工。"])
    assert "黑河市" in {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}


def test_a_zones_discipline_committee_named_bare_is_the_zones(nlp):
    # "党工委副书记、纪工委书记" in an article about a zone: the discipline working committee is the zone's, as its
    # 党工委 is, not one of the article's county (a county's is its 纪委)
    text = ("宏达新能源科技有限公司电池项目在青禾经开区管委会签约，党工委副书记、纪工委书记王某主持签约仪式。"
            "纪工委副书记李某出席。")
    labels = agency_labels(nlp, text)
    assert "青禾经开区纪工委" in labels and not [a for a in labels if a.endswith("纪工委") and a != "青禾经开区纪工委"], labels


def test_a_central_asian_neighbour_paired_with_china_is_that_country():
    import kg

    # "中吉两国", "中哈两国": the one character after 中 is Kyrgyzstan's or Kazakhstan's, not Jilin's (吉)
    g = kg.extract_graph(["中吉两国物流合作深化，青禾国际贸易有限公司开通班列。", "中哈两国边贸额增长三成。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert {"吉尔吉斯斯坦", "哈萨克斯坦"} <= places and "吉林省" not in places, places


def test_a_leagues_office_named_by_its_level_is_the_leagues(nlp):
    # "盟发改委" in an article about a banner of a league: the league's office, as a city paper's 市发改委 is the
    # city's, not an office of no division beside the banner's own
    text = "近日，镶黄旗引进的青禾牧业有限公司肉羊加工项目已报盟发改委核准，盟行政公署将加快审批。"
    labels = agency_labels(nlp, text)
    assert "锡林郭勒盟发展和改革委员会" in labels, labels
    assert not [a for a in labels if a.startswith("盟")], labels


def test_a_zone_named_with_its_rank_in_brackets_is_the_zone():
    import kg

    # "某市（国家级）经济技术开发区": the rank inside the official name; the zone is one with its committee's
    g = kg.extract_graph(["青禾公司项目在西宁（国家级）经济技术开发区开工。西宁经济技术开发区管委会表示支持。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "西宁经济技术开发区" in places and not [p for p in places if "国家级" in p], places


def test_a_zone_named_with_its_rank_unbracketed_is_the_zone():
    import kg

    g = kg.extract_graph(["项目是柴达木国家级循环经济试验区的核心项目。柴达木循环经济试验区管委会主任作了介绍。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "柴达木循环经济试验区" in places and not [p for p in places if "国家级" in p], places


def test_an_energy_and_chemical_base_by_its_short_name_is_the_base():
    import kg

    text = ("陇东能源化工基地获评先进园区。陇东基地经过多年的建设，吸引了十多家能源企业，"
            "截至今年上半年，陇东基地累计投资已突破千亿元。")
    g = kg.extract_graph([text])
    places = {d["label"]: d["aliases"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "陇东基地" not in places and "陇东基地" in places["陇东能源化工基地"], places


def test_a_groups_short_name_is_no_alias_of_its_units_legal_name(nlp):
    # "鼎岳能源|集团|长岭化工有限公司": a unit of the group, whose legal name opens with the group's; the
    # group's short name is the group's, not the unit's
    companies = _aliases(_resolve(["项目由鼎岳能源集团长岭化工有限公司建设。鼎岳能源将在当地再建光伏电站。"], nlp),
                         "company")
    assert "鼎岳能源" not in companies.get("鼎岳能源集团长岭化工有限公司", set()), companies
    # (the group's own legal name keeps it)
    companies = _aliases(_resolve(["鼎岳能源集团有限公司与县政府签约。鼎岳能源董事长表示将加大投资。"], nlp),
                         "company")
    assert "鼎岳能源" in companies.get("鼎岳能源集团有限公司", set()), companies


def test_a_bare_committee_declared_for_a_zones_committee_stays_with_that_zone(nlp):
    # "乙区党工委书记、管委会（以下简称“管委会”）": the short name is declared for 乙区's committee, though the
    # article named 甲区 first; the two zones' committees stay two bodies
    import kg

    text = ("6月3日，东岚经济开发区管委会副主任王某一行到青湾高新区开展调研。"
            "青湾高新区党工委书记、管委会（以下简称“管委会”）主任李某陪同调研。")
    g = kg.extract_graph([text], nlp=nlp)
    aliases = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "agency"}
    assert "青湾高新区管理委员会" in aliases, aliases
    assert "青湾高新区管理委员会" not in aliases.get("东岚经济开发区管理委员会", set()), aliases
    assert "管委会" not in aliases.get("东岚经济开发区管理委员会", set()), aliases


def test_an_office_written_right_after_a_named_one_of_its_level_is_that_divisions(nlp):
    # "江西省委省政府": the pair written as one word, no mark between; the government is the named province's,
    # though the page names another province most
    text = ("该矿由江西能源集团投资建设,是落实江西省委省政府决策部署的举措。"
            "项目位于四川省凉山州。四川省、凉山州有关部门出席。")
    labels = agency_labels(nlp, text)
    assert "江西省人民政府" in labels and not any(x.startswith("四川省人民政府") for x in labels), labels


@pytest.mark.parametrize("text", [
    "青川县讯 日前，国家农业部、发改委、财政部等部门联合发文，青川县一家合作社入选示范社。",
    "临河市讯 近日，国务院办公厅、发改委联合印发通知，临河市两家企业入选。",
])
def test_an_office_listed_bare_after_the_states_is_the_states(nlp, text):
    # "国家农业部、|发改委": the list names the State's bodies; the bare commission is the State's, no office of
    # the city the page is from
    labels = agency_labels(nlp, text)
    assert "国家发展和改革委员会" in labels and not any(x.endswith("发展和改革委员会") and x != "国家发展和改革委员会"
                                                   for x in labels), labels


def test_bare_offices_are_read_against_the_abbreviations_full_forms_of_their_table():
    from types import MappingProxyType

    from kg.resolve import _bare_office, _full_forms
    from kg.spec import abbreviations

    table = abbreviations()
    assert _full_forms(table) == set(table.values())
    assert _full_forms(table) is _full_forms(table)
    other = MappingProxyType({"某短名": "某某全称局"})
    assert _full_forms(other) == {"某某全称局"}
    full = next(v for k, v in table.items() if v != k and v not in table)
    _bare_office.cache_clear()
    assert _bare_office(full)
