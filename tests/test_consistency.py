"""Corpus-level consistency: known company names found at their other mentions."""

import json

import pytest

import kg
from kg.analyse import analyse_document
from kg.consistency import brand_forms, consistent, derive
from kg.read import Document


def analyses(texts, nlp):
    return [analyse_document(Document(f"d{i}", "", t), nlp) for i, t in enumerate(texts)]


def test_short_forms_are_derived_by_the_data_rules():
    assert derive("甘肃金川钴业股份有限公司") == ["甘肃金川钴业", "甘肃省金川钴业", "金川钴业", "甘肃金川", "甘肃省金川",
                                            "金川股份", "金川公司", "金川钴业公司"]
    # A direction word is no brand: "湖南东部" is a region, not a company.
    assert derive("湖南东部建材有限公司") == ["湖南东部建材", "湖南省东部建材", "东部建材"]


@pytest.mark.parametrize("name, text, short", [
    ("内蒙古乌拉山新材料有限公司", "内蒙乌拉山新材料当天签约。", "内蒙乌拉山新材料"),
    ("江苏省汇川机械制造有限公司", "江苏汇川机械制造负责人介绍了情况。", "江苏汇川机械制造"),
])
def test_a_short_form_with_its_place_written_otherwise_is_the_firms(rules_nlp, name, text, short):
    # a province with or without its level, or by its short name (内蒙): the same firm
    assert short in derive(name)
    g = kg.extract_graph([f"本报讯 {name}年产5万吨项目开工。{text}"], nlp=rules_nlp)
    firms = [(d["label"], d["aliases"]) for _, d in g.nodes(data=True) if d["type"] == "company"]
    assert len(firms) == 1 and firms[0][0] == name and short in firms[0][1], firms


@pytest.mark.parametrize("name, forms", [
    ("浙江宏远建工(集团)股份有限公司", ["宏远建工", "宏远股份", "宏远集团"]),
    ("江西华能建设（集团）有限公司", ["华能建设", "华能集团"]),
])
def test_a_group_in_brackets_inside_the_legal_form_ends_the_body(name, forms):
    # "某某建工(集团)股份有限公司": the body ends before the bracket, so the short forms carry no bracket
    found = derive(name)
    assert all(f in found for f in forms), found
    assert not [f for f in found if "集团)" in f or "集团）" in f], found


def test_a_trade_with_its_work_ends_the_body_before_the_brand():
    # "湖北长力|汽车|制造|有限公司": the trade and the work it does; the place and the brand name the firm's
    # projects (湖北长力轻型改装车生产项目)
    assert "湖北长力" in derive("湖北长力汽车制造有限公司")
    assert "随州宏达" in derive("随州宏达机械加工有限公司")
    # (房地产开发 keeps its own short forms)
    assert derive("博罗县汇盛房地产开发有限公司")[-1] == "汇盛房地产开发公司"


def test_a_short_form_is_found_where_no_rule_sees_it_and_merges_with_the_full_name(nlp):
    texts = ["甘肃金川钴业股份有限公司与市政府签订合作协议。",
             "记者了解到，金川股份今年产量再创新高，甘肃金川还将扩建厂房。"]
    before = [(m.text, m.label) for a in analyses(texts, nlp) for m in a.mentions if m.label == "COMPANY"]
    assert ("金川股份", "COMPANY") not in before or ("甘肃金川", "COMPANY") not in before
    g = kg.extract_graph(texts, nlp=nlp)
    companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert {"金川股份", "甘肃金川"} <= companies["甘肃金川钴业股份有限公司"]
    assert len(companies) == 1


def test_a_company_head_cut_too_long_is_cut_at_the_known_name(nlp):
    texts = ["甘肃金瑞科技有限公司在园区投资建厂。", "甘肃金瑞钾资源产品深加工项目进展顺利。"]
    per_doc = analyses(texts, nlp)
    assert ("甘肃金瑞钾", "COMPANY") in [(m.text, m.label) for m in per_doc[1].mentions]
    out = consistent(per_doc)
    assert [(m.text, m.label) for m in out.analyses[1].mentions] == [("甘肃金瑞", "COMPANY"),
                                                                      ("钾资源产品深加工项目", "PROJECT")]
    assert per_doc[1].mentions[0].text == "甘肃金瑞钾"  # the per-document results are left as they were


def test_offsets_of_found_mentions_point_into_the_original(nlp):
    texts = ["甘肃金川钴业股份有限公司召开大会。", "去年，據悉甘肅金(jīn)川的利润增长。"]
    out = consistent(analyses(texts, nlp))
    m = next(m for m in out.analyses[1].mentions if m.rule == "consistency")
    assert m.text == "甘肃金川" and texts[1][m.start:m.end] == "甘肅金(jīn)川" and m.original == "甘肅金川"


def test_listed_companies_are_found_by_their_short_names_and_merge_with_the_full_name(nlp):
    from kg.lexicon import package_lexicon

    listed = [e for e in package_lexicon() if e.label == "COMPANY" and e.aliases][:: 400]
    assert len(listed) >= 5
    for entry in listed:
        short = entry.aliases[0]
        texts = [f"{entry.name}发布公告。", f"记者获悉，{short}今年营收增长。"]
        g = kg.extract_graph(texts, nlp=nlp)
        companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True)
                     if d["type"] == "company"}
        assert short in companies.get(entry.name, set()), (entry.name, companies)


def test_a_listed_short_name_that_mostly_starts_other_names_is_not_found_bare(nlp):
    # A listed company is called 中科 for short, but in news 中科 mostly starts other names
    # (中科院, 中科实业): found bare, it pulled that company into every such page.
    texts = ["中科院的专家走进中科动力（福建）新能源汽车有限公司。", "中科芯时代等企业参加了签约。"]
    g = kg.extract_graph(texts, nlp=nlp)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "中科" not in labels and not any(label.startswith("苏州中科") for label in labels), labels


def test_known_names_are_found_leftmost_longest_and_without_overlap():
    from kg.consistency import _Finder

    finder = _Finder({"青海盐湖", "青海盐湖工业股份有限公司", "盐湖股份", "工业"})
    text = "青海盐湖工业股份有限公司与盐湖股份，青海盐湖工业"
    assert [text[s:e] for s, e in finder.finditer(text)] == ["青海盐湖工业股份有限公司", "盐湖股份", "青海盐湖", "工业"]


def test_a_division_written_in_full_is_found_by_its_ordinary_word_alias_in_the_same_document(nlp):
    # jieba reads 五常 as "the five virtues" and 监利 as a verb, so the rules leave
    # these aliases alone; a page that names 五常市 means the city by them.
    page = "五常市今年水稻喜获丰收。外地客商一进五常就被稻香吸引，五常大米远近闻名。"
    elsewhere = "他常说，仁义礼智信是为五常。"
    before = [(m.text, m.rule) for a in analyses([page], nlp) for m in a.mentions if m.label == "PLACE"]
    assert not any(text == "五常" for text, _ in before)
    out = consistent(analyses([page, elsewhere], nlp))
    found = [(m.text, m.rule) for m in out.analyses[0].mentions if m.label == "PLACE"]
    assert found.count(("五常", "consistency-place")) == 2
    assert not [m for m in out.analyses[1].mentions if m.label == "PLACE"]
    g = kg.extract_graph([page], nlp=nlp)
    places = {d["label"]: d["mentions"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert places["五常市"] == 3


def test_a_division_written_in_full_only_in_its_offices_name_is_found_by_its_alias(nlp):
    # 天台 ("a rooftop") is the county on a page that names 天台县 only at the head of its offices
    page = "天台县人民政府召开会议。天台推动企业上市，天台企业大都土生土长。"
    out = consistent(analyses([page], nlp))
    found = [m.text for m in out.analyses[0].mentions if m.rule == "consistency-place"]
    assert found.count("天台") == 2, found
    g = kg.extract_graph([page], nlp=nlp)
    assert "天台县" in {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}


def test_a_brand_before_two_trades_is_short_named_with_its_legal_word(nlp):
    # "大理耘飞|农业|科技有限公司" is 耘飞公司 too: both trades go, as 房地产开发 does
    assert "耘飞公司" in derive("大理耘飞农业科技有限公司")
    page = "合作社与大理耘飞农业科技有限公司签订协议。耘飞公司负责种苗培育。"
    g = kg.extract_graph([page], nlp=nlp)
    firms = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"]
    assert firms == ["大理耘飞农业科技有限公司"], firms


def test_an_alias_found_by_the_document_takes_the_kind_written_after_it(nlp):
    # jieba joins the city's kind to the people (五常|市民), and no rule sees the place.
    page = "五常市召开表彰大会。五常市民纷纷前来观看。"
    out = consistent(analyses([page], nlp))
    found = [(m.text, m.sentence) for m in out.analyses[0].mentions if m.rule == "consistency-place"]
    assert found == [("五常市", 1)]


def test_a_model_s_short_name_that_is_an_ordinary_word_is_not_found_elsewhere(nlp):
    # the tagger takes 民生 ("livelihood", a bank's short name) for a company in a list of fields;
    # every 民生实事 of the archive would become that company
    texts = ["项目涉及生态、产业、民生、基础设施等领域。", "全县办好十件民生实事。"]
    out = consistent(analyses(texts, nlp))
    assert not [m for m in out.analyses[1].mentions if m.text == "民生"], out.analyses[1].mentions


def test_a_generic_word_the_gazetteer_lists_as_a_town_opens_no_short_form():
    # 工业园区 is a town's name in the division list; a company named after a county's park has no
    # short form 投资开发
    assert "投资开发" not in derive("工业园区投资开发有限公司")


def test_names_are_found_in_each_sentence_as_if_searched_alone():
    # The sentences are searched joined: no occurrence may span two, or be cut by the join.
    from kg.consistency import _Finder

    finder = _Finder(["盐湖股份", "股份有限", "湖股", "蓝科锂业"])
    texts = ["青海盐湖", "股份公司", "", "盐湖股份与蓝科锂业", "蓝科锂业盐湖股份", "盐湖股"]
    alone = [(i, s, e) for i, t in enumerate(texts) for _, s, e in finder._automaton.find_matches_as_indexes(t)]
    assert finder.in_texts(texts) == alone
    assert alone == [(3, 0, 4), (3, 5, 9), (4, 0, 4), (4, 4, 8), (5, 1, 3)]
    assert finder.in_texts([]) == [] and finder.in_texts(["没有"]) == []
    odd = _Finder(["甲\x00乙", "乙丙"])
    assert odd.in_texts(["甲", "乙丙"]) == [(1, 0, 2)]


def test_a_developers_short_trade_is_a_short_form_that_merges_with_its_legal_name(nlp):
    # "某县某某房地产开发有限公司", later "某某地产": the paper shortens the trade and drops its work
    assert derive("龙川县锦绣房地产开发有限公司")[-3:-1] == ["锦绣房地产", "锦绣地产"]
    texts = ["龙川县锦绣房地产开发有限公司投资建设滨江花园项目。锦绣地产负责人表示将加快施工。"]
    g = kg.extract_graph(texts, nlp=nlp)
    companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert list(companies) == ["龙川县锦绣房地产开发有限公司"], companies
    assert "锦绣地产" in companies["龙川县锦绣房地产开发有限公司"], companies


def test_a_county_paper_names_its_county_by_a_short_alias_jieba_reads_as_a_given_name(nlp):
    # 嘉祥 (嘉祥县) is a given name to jieba; a page that writes 县委 and 县政府 is its county's paper
    text = ("嘉祥6个新项目集中签约。会上，县委书记讲话，县政府与宏昌新材料有限公司签订协议。"
            "客商在嘉祥投资兴业。")
    g = kg.extract_graph([text], nlp=nlp)
    labels = {d["label"]: d["type"] for _, d in g.nodes(data=True)}
    assert labels.get("嘉祥县") == "place", labels
    assert labels.get("嘉祥县委") == "agency", labels


def test_a_county_alias_that_is_a_common_word_is_no_place_in_a_county_paper(nlp):
    # 温泉 is 温泉县 too, but jieba counts it as a word far more often than a county's name
    text = "县委书记到温泉度假区调研。县政府支持温泉产业发展。"
    g = kg.extract_graph([text], nlp=nlp)
    assert "温泉县" not in {d["label"] for _, d in g.nodes(data=True)}


def test_a_firms_brand_and_gongsi_is_its_short_name(nlp):
    # "宏纬企业股份有限公司 … 宏纬公司": the brand and 公司, as papers shorten a legal name
    import kg

    g = kg.extract_graph(["宏纬企业股份有限公司董事长出席活动。宏纬公司将在园区投资建厂。"], nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["宏纬企业股份有限公司"], companies


def test_a_groups_brand_and_jituan_is_its_short_name(nlp):
    # "内蒙古某某能源集团有限责任公司 … 某某集团": the brand and 集团, as papers shorten a group's legal name
    g = kg.extract_graph(["旗委书记会见内蒙古远川能源集团有限责任公司董事长一行，并代表该旗与远川集团签署合作协议。"],
                         nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["内蒙古远川能源集团有限责任公司"], companies
    assert "远川集团" in derive("内蒙古远川能源集团有限责任公司")


def test_a_county_a_dateline_names_by_its_short_name_is_found_through_the_page():
    import kg

    g = kg.extract_graph(["本报兴化3月5日电（记者 王某）今年以来，兴化坚持项目为王。华岳科技有限公司日前与兴化签订投资协议。"])
    places = {d["label"]: d for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "兴化市" in places, places


def test_a_leaders_name_that_is_a_countys_alias_is_no_own_county(nlp):
    # the alias is written after a title (县领导嘉祥): a leader's name, so not the paper's county, however often
    text = ("县领导嘉祥、王华出席开工仪式。会上，县委书记讲话，县政府与宏昌新材料有限公司签订协议。"
            "嘉祥强调，要抓好项目建设。")
    g = kg.extract_graph([text], nlp=nlp)
    labels = {d["label"]: d["type"] for _, d in g.nodes(data=True)}
    assert "嘉祥县" not in labels and "嘉祥" not in labels, labels


def test_a_firm_named_again_without_its_city_and_legal_form_is_the_same_firm(nlp):
    # "深圳华锐控股有限公司 … 华锐控股公司": the name without the city, with 公司 alone, is one firm
    from kg import extract_graph

    text = ("智能装备产业园项目由深圳华锐控股有限公司投资建设。"
            "华锐控股公司负责人表示，将加快推进项目建设。")
    g = extract_graph([text], nlp=nlp)
    firms = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert firms == {"深圳华锐控股有限公司"}, firms


def test_a_firm_with_two_trades_is_named_by_its_brand_and_gongsi(nlp):
    # "某某|新材料|科技有限公司": two trades one after another are one trade, so the brand before both
    # and 公司 (and the city and the brand) name the same firm, even where the tagger vouched for it
    import kg

    assert "云帆公司" in derive("杭州云帆新材料科技有限公司")
    assert "杭州云帆" in derive("杭州云帆新材料科技有限公司")
    # (a brand that ends like a trade keeps its forms too: "蓝天能源|投资" is 蓝天能源公司 as well)
    assert "蓝天能源公司" in derive("河南蓝天能源投资有限公司")
    g = kg.extract_graph(["县政府与杭州云帆新材料科技有限公司签署投资协议。云帆公司总经理李明介绍了项目情况。"], nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["杭州云帆新材料科技有限公司"], companies


def test_a_firm_with_two_trades_is_named_by_its_brand_and_first_trade(nlp):
    # "某某|新材料|科技有限公司": a paper writes the firm again as its brand and first trade, without the
    # province and the second trade (松禾新材料), and the two are one firm
    import kg

    assert "松禾新材料" in derive("甘肃松禾新材料科技有限公司")
    assert "松禾新能源" not in derive("甘肃松禾新材料科技有限公司")
    g = kg.extract_graph(["松禾新材料年产5000吨碳纤维项目已投产。走进甘肃松禾新材料科技有限公司的车间，机器轰鸣。"],
                         nlp=nlp)
    companies = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "company")
    assert companies == ["甘肃松禾新材料科技有限公司"], companies


def test_a_listed_project_that_the_document_names_as_a_company_is_the_company(nlp):
    # "…等五个项目" types its items projects, but an item the page names elsewhere as a firm (by a
    # group's name, any rule) is the firm, one node with it
    g = kg.extract_graph(["当日，华信控股、金鹏美家、东岳节能装备等五个项目成功签约。金鹏美家集团拟在开发区建设家居综合体项目。"],
                         nlp=nlp)
    types = {d["label"]: d["type"] for _, d in g.nodes(data=True)}
    assert types.get("金鹏美家集团") == "company", types
    assert "金鹏美家" not in types, types
    # and one the page names as nothing else stays the list's
    out = consistent(analyses(["当日，华信控股、金鹏美家、东岳节能装备等五个项目成功签约。"], nlp))
    assert ("金鹏美家", "PROJECT") in {(m.text, m.label) for m in out.analyses[0].mentions}


def test_a_textile_makers_short_trade_is_a_short_form_that_merges_with_its_legal_name(nlp):
    # "某某纺织品有限责任公司", later "在某某纺织的带动下": the paper drops the 品 of its trade
    assert "柳韵纺织" in derive("柳韵纺织品有限责任公司")
    texts = ["柳韵纺织品有限责任公司在园区开工建设。在柳韵纺织的带动下，多家企业也将入驻。"]
    g = kg.extract_graph(texts, nlp=nlp)
    companies = {d["label"]: set(json.loads(d["aliases"])) for _, d in g.nodes(data=True) if d["type"] == "company"}
    assert list(companies) == ["柳韵纺织品有限责任公司"], companies
    assert "柳韵纺织" in companies["柳韵纺织品有限责任公司"], companies


def test_a_state_groups_field_names_it_only_with_its_place():
    # "某省|低碳|农业|集团有限公司": the field with its trade (低碳农业) is the field pages write everywhere, and a
    # project of that field ("低碳农业示范园项目") is not the group's; the place and the field are its short name
    forms = derive("贵州省低碳农业集团有限公司")
    assert "贵州省低碳农业" in forms and "低碳农业" not in forms, forms
    # (with the province written either way: 贵州低碳农业)
    assert not [f for f in brand_forms("贵州省低碳农业集团有限公司") if not f.startswith("贵州")]
