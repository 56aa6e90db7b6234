"""The statistical tagger: the CRF shipped in kg/models, on top of the rules (the default; --fast leaves it out)."""

import pytest

import kg
from kg.evaluate import is_holdout, load_gold, predict, score
from kg.nlp.statistical import MODEL_PATH, StatisticalNER, bio_spans, char_features, clean_span

from ..conftest import SHARED


@pytest.fixture(scope="module")
def stat_nlp():
    return kg.load_pipeline(statistical=True)


def test_bio_spans():
    assert bio_spans(["B-COMPANY", "I-COMPANY", "O", "I-PLACE", "B-AGENCY", "B-AGENCY"]) == [
        (0, 2, "COMPANY"), (3, 4, "PLACE"), (4, 5, "AGENCY"), (5, 6, "AGENCY")]
    assert bio_spans([]) == []


def test_features_cover_every_character_and_carry_the_rules():
    text = "市水利局 推进"
    feats = char_features(text, ["市水利局", " ", "推进"], ["nt", "x", "v"], [(0, 4, "AGENCY", "abbreviation")])
    assert len(feats) == len(text)
    assert "r=B-AGENCY|abbreviation" in feats[0] and "r=I-AGENCY|abbreviation" in feats[2]
    assert not any(f.startswith("r=") for f in feats[5])
    assert "ah=AGENCY:weak@0" in feats[1]  # 局 ends the word: an agency suffix ahead


def test_token_table_reads_what_the_doc_tokens_say(stat_nlp):
    # The checks of a model span read this table, not the doc's tokens: it must say the same.
    from kg.nlp.statistical import _tokens
    doc = stat_nlp.make_doc("市水利局 推进城区供水管网改造")
    table = _tokens(doc)
    assert [(t.i, t.idx, t.text, t.tag_) for t in table] == [(t.i, t.idx, t.text, t.tag_) for t in doc]
    assert any(t.text == "推进" and t.idx == 5 and t.tag_ == "v" for t in table)


def test_suffix_lookups_are_remembered_per_table():
    from kg.nlp.statistical import _suffix_lookup, _suffix_of
    table, false_words = {"公司": "COMPANY:strong", "局": "AGENCY:weak"}, frozenset({"格局"})
    for word in ("某某公司", "水利局", "格局", "推进", "某某公司"):
        assert _suffix_of(word, table, false_words) == _suffix_lookup(word, table, false_words)
    # another table is read afresh, not answered from the first one's words
    assert _suffix_of("水利局", {"利局": "PLACE:weak"}, false_words) == "PLACE:weak"
    assert _suffix_of("格局", table, frozenset()) == "AGENCY:weak"


def test_generic_body_reads_the_strong_suffixes_of_its_spec():
    from kg.nlp.statistical import _generic_body, _strong_ends
    from kg.spec import entity_rule_spec
    spec = entity_rule_spec()
    assert _strong_ends(spec, "COMPANY") == tuple(s.text for s in spec.suffixes
                                                  if s.label == "COMPANY" and s.strength == "strong")
    assert _generic_body("有限公司", "COMPANY", spec) and not _generic_body("某某水泥有限公司", "COMPANY", spec)
    assert not _generic_body("推进", "COMPANY", spec)


def test_the_model_ships_in_the_package():
    # Trained on 2.9 million characters of five sets: 27 MB; a guard against a model that grows unnoticed.
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 32_000_000


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="statistical NER model"):
        StatisticalNER(str(tmp_path / "none.crfsuite"))


def test_option_finds_names_without_suffixes(stat_nlp, rules_nlp):
    text = "索尼公布了季度财报，工行与建行相继下调存款利率。"
    found = [(e.text, e.label_, e._.kg_rule) for e in stat_nlp(text).ents]
    assert {("索尼", "COMPANY", "statistical"), ("工行", "COMPANY", "lexicon"),
            ("建行", "COMPANY", "lexicon")} <= set(found)
    assert all(label == "COMPANY" for _, label, _ in found)
    # The rules know the banks' short names (the package lexicons), not every brand.
    assert [e.text for e in rules_nlp(text).ents] == ["工行", "建行"]
    assert stat_nlp.pipe_names == ["kg_entity_rules", "kg_statistical_ner", "kg_sentence_relations"]


def test_trusted_rule_spans_survive(stat_nlp):
    doc = stat_nlp("市人社局与比亚迪股份有限公司推进城区供水管网联通改造项目。")
    got = {(e.text, e.label_) for e in doc.ents}
    assert {("市人社局", "AGENCY"), ("比亚迪股份有限公司", "COMPANY"), ("城区供水管网联通改造项目", "PROJECT")} <= got


def test_a_government_and_a_park_stay_whole(stat_nlp):
    """People's Daily and MSRA split 敦煌市|政府; an agency or place with a strong suffix is ours to name."""
    doc = stat_nlp("敦煌政府与甘南州政府签署协议，据县工业园区介绍，项目已开工。")
    got = {(e.text, e.label_) for e in doc.ents}
    assert {("敦煌政府", "AGENCY"), ("甘南州政府", "AGENCY"), ("县工业园区", "PLACE")} <= got


@pytest.mark.parametrize("text, agency", [
    ("（永平县招商局 李娟）", "永平县招商局"),
    ("安宁市招商局 刘佳琼", "安宁市招商局"),
    # an office's short name jieba tags as an abbreviation, after the outlet of the byline
    ("（华夏台湾网岳阳市台办通讯员张某）近日召开座谈会。", "岳阳市台办"),
    ("（中华台湾网衡州市台办通讯员李某）", "衡州市台办"),
])
def test_a_byline_agency_keeps_its_body_when_the_model_knows_only_the_region(stat_nlp, text, agency):
    # The model tagged the county alone: 招商局 is also a company's name in its training text.
    assert (agency, "AGENCY") in {(e.text, e.label_) for e in stat_nlp(text).ents}


def test_a_legal_company_name_keeps_the_city_it_starts_with(stat_nlp):
    got = {(e.text, e.label_) for e in stat_nlp("潍坊民生亿迅电子科技有限公司与市政府签约。").ents}
    assert ("潍坊民生亿迅电子科技有限公司", "COMPANY") in got, got


def test_the_tagger_keeps_a_cooperative_it_never_learnt(stat_nlp):
    got = {(e.text, e.label_) for e in stat_nlp("扶贫车间在青松大棚蔬菜专业合作社挂牌成立。").ents}
    assert ("青松大棚蔬菜专业合作社", "COMPANY") in got, got


def test_where_the_model_agrees_the_rule_keeps_its_name(stat_nlp, rules_nlp):
    text = "青海盐湖工业股份有限公司在格尔木市投资建设项目。"
    rules = {(e.start_char, e.end_char, e.label_): e._.kg_rule for e in rules_nlp(text).ents}
    both = {(e.start_char, e.end_char, e.label_): e._.kg_rule for e in stat_nlp(text).ents}
    assert all(both[k] == rule for k, rule in rules.items() if k in both)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "cluener" / "train.json").exists(), reason="CLUENER not beside the repo")
def test_option_beats_the_rules_on_held_out_cluener(stat_nlp, rules_nlp):
    """A regression guard on the held-out tenth (never trained on); the README has the full figures."""
    records = [r for r in load_gold(SHARED / "data" / "cluener" / "train.json") if is_holdout(r.text)]
    texts = [r.text for r in records]

    def f1(pipeline):
        res = score({"gold": r.spans, "pred": p, "neutral": r.neutral, "types": r.types}
                    for r, p in zip(records, predict(texts, pipeline)))
        return {t: res[t]["f1"] for t in ("COMPANY", "AGENCY", "PLACE")}

    rules, stat = f1(rules_nlp), f1(stat_nlp)
    # 0.689, 0.680 and 0.471 at the last measure (0.695, 0.688 and 0.434 two stops before): the county
    # classes since cost the held-out tenth a little, reported in the README, not tuned away on it.
    assert stat["COMPANY"] >= 0.68 and stat["AGENCY"] >= 0.66, stat
    assert all(stat[t] > rules[t] + 0.05 for t in stat), (rules, stat)


@pytest.mark.parametrize("text, start, end, label, expected", [
    ("“时代新苑", 0, 5, "PLACE", (1, 5)),      # a quotation mark is no part of a name
    ("北京地区", 0, 4, "PLACE", (0, 2)),        # "area" after a place, as the rules read it
    ("东北地区", 0, 4, "COMPANY", (0, 4)),      # only places lose the trailer
    ("海岛", 0, 2, "PLACE", None),              # a generic word names nothing
    ("“”", 0, 2, "PLACE", None),
    ("中美关系", 0, 1, "PLACE", (0, 1)),        # a country's one-character name is kept
    ("中国网讯", 0, 3, "COMPANY", None),        # a news outlet is no company
    ("国家电网", 0, 4, "COMPANY", (0, 4)),      # a grid is
    ("中建农三行", 0, 1, "COMPANY", None),      # a bank's is not
    ("湘膜科技总部", 0, 6, "AGENCY", None),     # a headquarters ends like an office, and is none
    ("农发行）十堰分行", 0, 8, "COMPANY", (4, 8)),  # an unmatched bracket ends what comes before it
    ("华兴（青岛）有限公司", 0, 10, "COMPANY", (0, 10)),
    ("韩亚（中国", 0, 5, "COMPANY", (0, 2)),
    ("1号楼", 0, 3, "PLACE", None),            # a building of a site
    ("“青禾云绣”公司", 1, 8, "COMPANY", (1, 5)),  # a name in quotes before a bare kind is that body's
    ("“青禾”云绣公司", 1, 8, "COMPANY", (4, 8)),  # else a closing quote ends what comes before it
])
def test_model_spans_follow_the_rules_conventions(text, start, end, label, expected):
    assert clean_span(text, start, end, label) == expected


@pytest.mark.parametrize("text, wanted, unwanted", [
    # CLUENER writes an address whole and the model learnt it; each division is a place of ours.
    ("获奖的有山东莒县王大明、湖北长阳李小红和河南信阳张强。", {("湖北", "PLACE"), ("长阳", "PLACE")}, {"湖北长阳"}),
    ("会议在沈阳和平区举行，工商部门参加。", {("沈阳", "PLACE"), ("和平区", "PLACE")}, {"沈阳和平区"}),
])
def test_a_model_place_made_of_divisions_leaves_each_division_its_own_place(stat_nlp, text, wanted, unwanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert wanted <= got and not {t for t, _ in got} & unwanted, got


def test_a_model_company_made_of_legal_names_leaves_each_its_own_company(stat_nlp):
    # A page lists legal names without commas; the rules end each at its legal form.
    text = "签约仪式上，国网新源控股有限公司、国家电投集团湖南分公司中国水电工程顾问集团有限公司分别签约。"
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert {("国家电投集团湖南分公司", "COMPANY"), ("中国水电工程顾问集团有限公司", "COMPANY")} <= got, got


def test_a_legal_name_with_a_bracketed_region_stays_whole(stat_nlp):
    # the model reads the brackets as the end of a name; the rules' legal name holds them
    doc = stat_nlp("天津(河北)华坤食品加工有限公司在县城投资建设净菜加工项目。")
    got = {(e.text, e.label_) for e in doc.ents}
    assert ("天津(河北)华坤食品加工有限公司", "COMPANY") in got, got
    assert not {t for t, _ in got} & {"华坤食品加工有限公司", "河北"}, got



@pytest.mark.parametrize("text, wanted, unwanted", [
    # A banner's short name the gazetteer knows whole is not cut by the model (察右|后旗),
    # nor run on into the clause after it (阿左旗|建设牧场).
    ("鑫源牧业公司在察右后旗投资建设肉牛养殖基地。", {("察右后旗", "PLACE")}, {"察右"}),
    ("某企业在阿左旗建设牧场。", {("阿左旗", "PLACE")}, {"阿左旗建设牧场"}),
    ("两家企业在阿荣旗建基地。", {("阿荣旗", "PLACE")}, {"阿荣旗建基地"}),
])
def test_the_model_neither_cuts_nor_runs_on_a_division_the_gazetteer_knows(stat_nlp, text, wanted, unwanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert wanted <= got and not {t for t, _ in got} & unwanted, got


@pytest.mark.parametrize("text, unwanted", [
    # An online store is a business, never a place.
    ("农户的土特产通过京东商城销往全国。", "京东商城"),
    ("他在天猫商城开了一家网店。", "天猫商城"),
])
def test_an_online_store_is_no_place(stat_nlp, text, unwanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert (unwanted, "PLACE") not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Two offices joined by 和 or 与 are two names, though the model read them as one.
    ("县民政办和县信访处联合召开会议。", {("县民政办", "AGENCY")}, {"县民政办和县信访处"}),
    ("由宁化县效能办和环保局有关领导组成督查组。", {("环保局", "AGENCY")}, {"宁化县效能办和环保局"}),
    # an office's official name joins its two fields with 和
    ("县人力资源和社会保障局召开会议。", {("县人力资源和社会保障局", "AGENCY")}, set()),
    # the model knows the second field's office alone (外事局) or only the place before the name
    ("市经济合作和外事局副局长赵某某出席会议。", {("市经济合作和外事局", "AGENCY")}, {"外事局"}),
    ("阆中市经济合作和外事局组织企业考察。", {("阆中市经济合作和外事局", "AGENCY")}, {"外事局"}),
    # an office with its own level after 和 is a second body, after a leader's name and post
    ("柳州市副市长王东和市粮油局的领导带领工作组。", {("市粮油局", "AGENCY")}, {"柳州市副市长王东和市粮油局"}),
    # a place whose name opens with 和 joins no fields: the township's office of attracting investment is
    # no name the model must keep
    ("云陵镇引办总投资5000万元云旭工艺品制造项目，和平乡引办总投资2亿元茶叶研发生产基地项目。", set(), {"和平乡引办"}),
    # 及 joins two offices as 和 does
    ("新版钞票由特勤局及铸币局共同设计。", {("特勤局", "AGENCY"), ("铸币局", "AGENCY")}, {"特勤局及铸币局"}),
])
def test_two_offices_joined_by_a_conjunction_are_two_names(stat_nlp, text, wanted, unwanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert wanted <= got and not {t for t, _ in got} & unwanted, got


@pytest.mark.parametrize("text, wanted", [
    # A country or city that begins a university's or a hospital's name is still a place,
    # though the model reads the whole as an organisation we do not name.
    ("意大利佛罗伦萨市医院的医生介绍了这种新疗法。", {("意大利", "PLACE")}),
    ("葡萄牙科英布拉大学的几位学者昨天到访。", {("葡萄牙", "PLACE")}),
    ("瑞典斯德哥尔摩大学的研究人员发表了论文。", {("瑞典", "PLACE")}),
])
def test_a_place_that_begins_an_organisation_we_do_not_name_stays(stat_nlp, text, wanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert wanted <= got, got


@pytest.mark.parametrize("text, unwanted", [
    # the model reads a slogan's last two characters as a county (兴县) or a city (活县) as the rules do not
    ("全县坚持“文化立县、科技兴县、商贸活县”。", {"立县", "文化立县", "兴县", "活县", "商贸活县"}),
])
def test_a_development_slogan_is_no_place(stat_nlp, text, unwanted):
    got = {e.text for e in stat_nlp(text).ents}
    assert not got & unwanted, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a company the rules read right before its project keeps its name: the model cut it to its region
    ("签约项目包括湖北宏泰纺织年产5万纱锭项目和东莞利达包装生产线项目。", ("湖北宏泰纺织", "COMPANY"), ("湖北", "PLACE")),
    ("此次开工的有甘肃铭瑞年产20万片光伏玻璃项目、城南学校项目。", ("甘肃铭瑞", "COMPANY"), ("甘肃", "PLACE")),
    ("县领导走进临洮县金鹏年加工五千万只肉鸭屠宰项目观摩。", ("临洮县金鹏", "COMPANY"), ("临洮县", "PLACE")),
])
def test_a_company_heading_its_project_keeps_its_name(stat_nlp, text, wanted, unwanted):
    got = {(e.text, e.label_) for e in stat_nlp(text).ents}
    assert wanted in got and unwanted not in got, got


def test_a_caption_glued_to_a_name_by_jieba_is_cut_off_the_model_span(stat_nlp):
    # jieba's guess 图为局|党委, and the tagger took the caption's word in; the rules stop before it
    got = {(e.text, e.label_) for e in stat_nlp("图为局党委书记在讲话。").ents}
    assert ("局党委", "AGENCY") in got and not any(t.startswith("图为") for t, _ in got), got


def test_a_central_bank_the_tagger_finds_is_an_office(stat_nlp):
    # the tagger corrects the rules' left edge (私下磋商…) and learnt banks as companies
    got = {(e.text, e.label_) for e in stat_nlp("两国官员私下磋商欧洲中央银行的人选。").ents}
    assert ("欧洲中央银行", "AGENCY") in got, got


def test_a_kind_of_bank_the_tagger_finds_is_no_company(stat_nlp):
    # as the rules read it: 开发银行 is any development bank
    got = {e.text for e in stat_nlp("政府要求储蓄银行和开发银行向中小企业放贷。").ents}
    assert not got & {"储蓄银行", "开发银行"}, got


def test_a_model_place_holding_a_company_word_is_none():
    from kg.nlp.statistical import clean_span

    text = "鑫河公司关河至东岭输电线路建设计划投资2600万元。"
    assert clean_span(text, 0, 6, "PLACE") is None
    assert clean_span(text, 4, 6, "PLACE") == (4, 6)


@pytest.mark.parametrize("text", [
    # a group's own paper names itself by its legal form alone: no company is named
    "3月5日，集团公司与某县政府举行签约仪式，双方开启全面合作。",
    "股份公司召开年度董事会。",
])
def test_a_legal_form_alone_is_no_company(stat_nlp, text):
    found = [e.text for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert not found, found


@pytest.mark.parametrize("text, wanted", [
    # the model starts the name after a brand word it knows as an ordinary noun (原子, "atom")
    ("另有原子高科股份有限公司等3家企业签约。", "原子高科股份有限公司"),
    ("他曾在中汽专用汽车珠海制造有限公司任职。", "中汽专用汽车珠海制造有限公司"),
])
def test_a_legal_name_the_rules_read_from_its_brand_is_not_cut_by_the_model(stat_nlp, text, wanted):
    found = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (wanted, "COMPANY") in found, found


def test_a_count_of_divisions_is_no_place(stat_nlp):
    # "one village, one product": a slogan's count of villages
    found = [e.text for e in stat_nlp("要让青水村早日成为溪口镇“一村一品”的农产品集散中心。").ents]
    assert "一村" not in found, found
    # a name that opens with a numeral stays a place
    assert "九龙" in [e.text for e in stat_nlp("在广州—深圳—九龙之间投入运营。").ents]


def test_a_village_where_a_project_is_built_is_no_company(stat_nlp):
    found = [(e.text, e.label_) for e in stat_nlp("辽宁省企业家拟在我县天城镇松柏村投资建设的竹林文化旅游小镇项目。").ents]
    assert not any(label == "COMPANY" and text.endswith("村") for text, label in found), found


def test_a_one_character_place_in_a_word_of_its_businessmen_is_no_place(nlp):
    # "台|商创业园落户…": the tagger read 台 alone, and 落户 then put Taiwan in the zone
    found = [(e.text, e.label_) for e in nlp("江西省抚州市举行了台商创业园落户金巢经济开发区签约仪式。").ents]
    assert not [e for e in found if e[0] in ("台", "臺")], found


def test_a_zone_the_gazetteer_names_after_its_division_is_kept(nlp):
    # "项目落户|某某经济技术开发区": the tagger read the zone as no name after 落户
    found = [(e.text, e.label_) for e in nlp("宏远农机项目落户临沂经济技术开发区。").ents]
    assert ("临沂经济技术开发区", "PLACE") in found, found


def test_a_firm_heading_the_project_after_it_is_kept_though_the_model_reads_no_name(nlp):
    # "…的美的新能源|汽车零部件…项目": 的 inside the brand reads as a particle to the model
    found = [(e.text, e.label_) for e in nlp("为总投资110亿元的美的新能源汽车零部件制造基地项目。").ents]
    assert ("美的新能源", "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    "该州风能、太阳能、地热等资源富集。",
    "县里推进太阳能光伏应用开发。",
])
def test_solar_power_names_no_place(nlp, text):
    # "太阳|能": jieba cut the word for solar power, and a model trained where the sun is a location reads 太阳
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert not [e for e in found if e[0] == "太阳"], found


def test_the_people_of_a_place_keep_the_place(nlp):
    found = [(e.text, e.label_) for e in nlp("不少温州人在西藏投资兴业。").ents]
    assert ("温州", "PLACE") in found, found


def test_a_big_city_as_a_title_is_no_county(nlp):
    # "某县是农工商科技大城": 大城 is 大城县's alias, but here a title a county gives itself
    found = [(e.text, e.label_) for e in nlp("该县是农工商科技大城。").ents]
    assert not [e for e in found if e[0] == "大城"], found
    assert ("大城县", "PLACE") in [(e.text, e.label_) for e in nlp("企业落户大城县。").ents]


@pytest.mark.parametrize("text, firm", [
    ("消息公布后，恒基兆業（0012）表示將加快推進新界的住宅項目。", "恒基兆业"),
    ("據悉，湧興電機(6618-TW)將投資15億元擴建廠房。", "涌兴电机"),
])
def test_a_name_before_a_stock_code_is_a_listed_firm(nlp, text, firm):
    # "某某（0012）": the code in brackets says the name before it is a listed firm's
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (firm, "COMPANY") in found, found


def test_the_tagger_finds_no_place_in_a_quoted_nickname(stat_nlp):
    assert "塞上江南" not in {e.text for e in stat_nlp("素有“塞上江南”美誉的某县举行推介会。").ents}


def test_where_a_group_stands_in_a_photo_is_no_place(stat_nlp):
    # a caption lists each signing's group by its side and count; the tagger knows 三组 as a village group
    doc = stat_nlp("宏达机械生产线项目（右二组）、青山花木产业园项目（右三组）、兴旺建材项目（左三组）、金盾五金项目（左二组）")
    assert not [e.text for e in doc.ents if e.label_ == "PLACE"], doc.ents
    assert clean_span("某某（前排左二）", 3, 7, "PLACE") is None


def test_the_division_a_dateline_files_from_is_a_place(stat_nlp):
    # 兴化 is a verb to jieba, and the tagger reads it as nothing; the dateline's form says it is where
    # the report comes from
    doc = stat_nlp("本报兴化3月5日电（记者 王某）今年以来，兴化坚持项目为王。")
    assert ("兴化", "PLACE") in [(e.text, e.label_) for e in doc.ents]


def test_a_bureau_that_signs_a_report_before_its_slash_is_no_place(stat_nlp):
    # Taiwan's papers sign "某某中心/某地报导": the paper's bureau, then where the report is filed from
    doc = stat_nlp("新竹中心/新竹報導\n縣府今日公布招商成果。")
    assert "新竹中心" not in [e.text for e in doc.ents], doc.ents


def test_the_taggers_trade_and_legal_form_alone_name_no_firm(stat_nlp):
    # held to the rules' reading: a kind of business and a legal form, the brand before them lost
    doc = stat_nlp("县政府与铭锶家（江苏）食品股份有限公司签订合作协议。")
    assert not [e.text for e in doc.ents if e.label_ == "COMPANY"], doc.ents
    assert clean_span("与建材股份有限公司签约", 1, 9, "COMPANY") is None


@pytest.mark.parametrize("text, county", [
    ("今年以来,湾沚区认真落实招商引资各项政策。", "湾沚区"),
])
def test_a_county_written_in_full_is_no_name_the_model_vetoes(nlp, text, county):
    # "湾沚区|认真落实": a district renamed after the model's training text, which it reads as no name;
    # a county or a city the gazetteer knows, written in full with its level, stays
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (county, "PLACE") in found, found


@pytest.mark.parametrize("text, places", [
    ("绿色食品供应基地（福建·漳州）项目昨日签约。", ["福建", "漳州"]),
    ("第三届茶叶博览会在中国·福州开幕。", ["中国", "福州"]),
])
def test_two_places_a_dot_joins_are_each_a_place(stat_nlp, text, places):
    # "福建|·|漳州": a page gives a province and its city together; the tagger, which learnt addresses
    # whole, reads one place, which resolution then takes for another name of what comes before
    found = [(e.text, e.label_) for e in stat_nlp(text).ents]
    for place in places:
        assert (place, "PLACE") in found, found
    assert not [e for e in found if "·" in e[0]], found


@pytest.mark.parametrize("text, firm", [
    ("山西建投将全力以赴，抢抓项目工期。", "山西建投"),
    ("甘肃建投作为省内大型国企，实力突出。", "甘肃建投"),
])
def test_a_regions_group_named_by_its_short_kind_keeps_its_place(stat_nlp, text, firm):
    # the tagger knows the province and ends the name there; 建投 alone is no firm
    found = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (firm, "COMPANY") in found, found


def test_a_groups_related_firms_by_their_kind_are_the_group(stat_nlp):
    found = [(e.text, e.label_) for e in stat_nlp("恒远建投相关公司负责人参加座谈。").ents]
    assert ("恒远建投", "COMPANY") in found, found


def test_an_events_venue_after_a_place_is_the_place(stat_nlp):
    # "在某州分会场举行": the prefecture's venue of a fair held in several places
    found = [(e.text, e.label_) for e in stat_nlp("优势资源推介暨项目签约仪式在甘南州分会场举行。").ents]
    assert ("甘南州", "PLACE") in found and not [t for t, _ in found if t.endswith("会场")], found


def test_deploying_the_work_is_no_office(stat_nlp):
    # 研究部署 is one word for jieba, and ends like an office (…署)
    found = [(e.text, e.label_) for e in stat_nlp("会议梳理今年项目建设情况，研究部署下阶段工作。").ents]
    assert not [t for t, label in found if label == "AGENCY"], found


def test_the_tagger_finds_no_place_in_a_quoted_list_of_goals(stat_nlp):
    text = "会上肯定了该县打造“文化名城、生态新区、休闲宜居城市”的发展定位。"
    got = {e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"}
    assert not got & {"宜居城市", "休闲宜居城市", "生态新区"}, got


def test_a_place_that_begins_a_city_paper_is_the_papers(stat_nlp):
    # "江南|都市报": the paper's poetic region names no place the report is about
    got = [(e.text, e.label_) for e in stat_nlp("江南都市报全媒体记者日前从县商务局获悉，签约项目已开工。").ents]
    assert "江南" not in {t for t, _ in got}, got


def test_an_email_address_names_nothing(stat_nlp):
    got = [(e.text, e.label_) for e in stat_nlp("详情可发电邮至touzifuwu@zhaoshang.gov.mo查询。").ents]
    assert not [t for t, _ in got if "gov" in t or "touzi" in t], got


def test_a_legal_name_in_corner_quotes_is_kept(stat_nlp):
    # Hong Kong and Macau quote with 「」: the page sets the firm's legal name off, which the model,
    # taught on “” quotes, read as no name
    got = [(e.text, e.label_) for e in stat_nlp("署方已成立「青衣物流园有限公司」负责营运。").ents]
    assert ("青衣物流园有限公司", "COMPANY") in got, got


def test_a_brand_whose_first_character_is_a_countrys_abbreviation_names_no_country(stat_nlp):
    # "河南|美|思达…": after the province the firm registered in, 美 opens the brand
    found = [(e.text, e.label_) for e in stat_nlp("此次开工的河南鑫娜彩妆建设项目、河南美思达化妆用具8个重点项目,总投资近9亿元。").ents]
    assert ("美", "PLACE") not in found, found
    # between two countries' abbreviations it is still a country
    found = [(e.text, e.label_) for e in stat_nlp("日中和平友好条约确定的原则。").ents]
    assert ("中", "PLACE") in found, found


def test_a_papers_news_app_in_a_byline_names_no_place(stat_nlp):
    # "某河报·某河客户端记者": the paper and its app; 客户端 after a place ends an outlet's name
    found = [(e.text, e.label_) for e in stat_nlp("大河报·大河客户端记者 郑某 邵某 实习生 岳某").ents]
    assert not [t for t, label in found if label == "PLACE"], found


def test_a_run_of_one_character_city_names_is_not_cut_into_a_place(stat_nlp):
    # "京津唐": three cities' short names that jieba knows as one word; the model read 津唐 as a place
    got = [(e.text, e.label_) for e in stat_nlp("这个镇地处京津唐三市之间，交通便利。").ents]
    assert not [t for t, _ in got if t in ("津唐", "京津")], got


def test_a_regions_style_or_craft_by_its_short_name_is_no_place(stat_nlp):
    # "藏医药", "京剧", "湘绣": kinds of medicine, opera and embroidery
    doc = stat_nlp("项目涉及旅游、藏医药和民族手工业，他也喜欢京剧和湘绣。")
    assert not [e.text for e in doc.ents if e.label_ == "PLACE"], [(e.text, e.label_) for e in doc.ents]
    doc = stat_nlp("京津冀协同发展，川渝合作加快。")
    assert {"京津冀", "川", "渝"} <= {e.text for e in doc.ents if e.label_ == "PLACE"}, [(e.text, e.label_) for e in doc.ents]


def test_a_ports_own_word_cut_by_jieba_is_no_hong_kong():
    # "陆|港" (a dry port) and "空|港" as jieba may cut them: the tagger's 港 alone is the port's, no place
    assert clean_span("推进某市国际陆港物流园建设", 7, 8, "PLACE") is None
    assert clean_span("新建的空港商务区", 4, 5, "PLACE") is None
    assert clean_span("他下月赴港考察", 4, 5, "PLACE") == (4, 5)


def test_the_governments_of_a_count_of_cities_are_no_one_agency():
    assert clean_span("省国资委与黔北三市政府联合举办", 5, 11, "AGENCY") is None
    assert clean_span("与四会市人民政府签约", 1, 8, "AGENCY") == (1, 8)


def test_the_model_keeps_a_brand_opening_with_a_conjunctions_character(stat_nlp):
    # the model reads "湖北|和|美|电器" as a province and a conjunction; the rules' brand stays
    got = [(e.text, e.label_) for e in stat_nlp("本次开工的是湖北和美电器年产8万台空调项目。").ents]
    assert ("湖北和美电器", "COMPANY") in got, got


def test_the_model_cuts_no_place_out_of_a_run_of_region_short_names(stat_nlp):
    # "粤港澳" is one word for the dictionary: the model's 粤港 is no place
    got = [(e.text, e.label_) for e in stat_nlp("粤港澳资讯网每日更新").ents]
    assert not [t for t, label in got if label == "PLACE" and t != "粤港澳"], got


def test_the_model_joins_no_place_to_the_firm_before_it(stat_nlp):
    # "某某电子|湖南|研发中心": the firm, then where it builds, not one name
    got = [(e.text, e.label_) for e in stat_nlp("签约项目包括安徽华宇电子湖南研发中心、浙江天成机械广西生产基地等。").ents]
    assert ("安徽华宇电子", "COMPANY") in got and ("湖南", "PLACE") in got, got
    assert not [t for t, label in got if label == "COMPANY" and t.endswith("研发中心")], got


@pytest.mark.parametrize("text, firm", [
    # the model reads the legal name after such a noun as nothing ...
    ("半导体大厂力晶科技股份有限公司宣布落脚当地。", "力晶科技股份有限公司"),
    # ... or takes the noun into the name
    ("存储大厂华晶科技股份有限公司宣布落脚。", "华晶科技股份有限公司"),
])
def test_a_legal_name_after_a_word_for_its_kind_is_the_firm(stat_nlp, text, firm):
    # "半导体大厂|某某股份有限公司": the kind says what the firm is, and the legal name is the firm's
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (firm, "COMPANY") in got, got
    assert not [t for t, label in got if label == "COMPANY" and "大厂" in t], got


def test_a_firm_yet_to_be_founded_is_no_name(stat_nlp):
    # "某地合资成立|公司": a verb of founding and a bare legal form name no firm
    got = [(e.text, e.label_) for e in stat_nlp("东方旅投与贵阳合资成立公司，负责景区运营。").ents]
    assert not [t for t, label in got if label == "COMPANY" and t.endswith("成立公司")], got


def test_two_divisions_joined_by_a_dot_are_two_places(stat_nlp):
    # "投资|某市·某区|签约仪式": the dot writes a city and its district side by side
    got = [(e.text, e.label_) for e in stat_nlp("去年的投资重庆·大渡口秋季推介会上，两家企业签了约。").ents]
    assert not [t for t, _ in got if "·" in t], got
    assert ("重庆", "PLACE") in got, got


def test_a_new_way_in_a_slogan_is_no_road(stat_nlp):
    # "“闯新路、抓落实”": going a new way, as the rules read "蹚出|转型|新路"; a street named so stays
    text = "全区上下以“闯新路、抓落实”为目标。"
    s = text.index("闯")
    assert clean_span(text, s, s + 3, "PLACE") is None
    text = "沿着中山新路前行。"
    assert clean_span(text, 2, 6, "PLACE") == (2, 6)
    got = [(e.text, e.label_) for e in stat_nlp("各县要“蹚新路、求突破”。").ents]
    assert not [t for t, _ in got if t.endswith("新路")], got


def test_a_village_after_a_clauses_function_character_starts_after_it(stat_nlp):
    # the tagger reads "以|某村" as one place where a town's plan centres on the village
    got = [(e.text, e.label_) for e in stat_nlp("白河镇以沙滩埔村为中心，带动周边三个村发展蔬菜产业。").ents]
    assert ("沙滩埔村", "PLACE") in got, got
    assert not [t for t, _ in got if t.startswith("以")], got


@pytest.mark.parametrize("text, organ", [
    ("董事局姚某主席等集团领导与副县长一行举行会谈。", "董事局"),
    ("考察组受到投资事业部总经理李某等的热情接待。", "投资事业部"),
])
def test_a_firms_board_and_business_units_are_no_agency(stat_nlp, text, organ):
    # the tagger reads a firm's 董事局 or 事业部 as an office by its 局 or 部
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (organ, "AGENCY") not in got, got


def test_a_one_character_model_place_inside_a_division_the_rules_name_whole_is_a_misreading(rules_nlp):
    # The model may read the first character of a county (京|山) as a province's or a city's short name
    # (Beijing's 京); the division the gazetteer names whole is the place there. (汕头|市区 stays the
    # model's: only the level's character is left out.)
    doc = rules_nlp("京山某地果业的橙子很甜。")
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("京山", "PLACE")]
    assert StatisticalNER._misreads_division((0, 1, "PLACE"), doc, doc.ents)
    doc = rules_nlp("汕头市区的人口在增加。")
    assert not StatisticalNER._misreads_division((0, 2, "PLACE"), doc, doc.ents)


@pytest.mark.parametrize("text, name", [
    ("发展局宣布成立大雨桥产业园有限公司，负责营运园区。", "大雨桥产业园有限公司"),
    ("规划署宣布成立火山口产业园有限公司。", "火山口产业园有限公司"),
])
def test_a_legal_name_founded_by_a_body_stays_though_the_model_reads_nothing_there(stat_nlp, text, name):
    # The brand is an ordinary word (大雨, 火山口) and the model, which read the whole as no name, dropped
    # the rules' legal name; it may still replace it with one of its own, but not leave the firm out
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (name, "COMPANY") in got, got


def test_a_bureau_of_two_fields_joined_by_ji_stays_whole_with_the_tagger(stat_nlp):
    # the model learnt no such names and cut the office to its second field (工业局)
    got = [(e.text, e.label_) for e in stat_nlp("在創新科技及工業局局長的見證下,雙方簽署協議。").ents]
    assert ("创新科技及工业局", "AGENCY") in got, got


def test_two_legal_names_written_together_are_two_firms_with_the_tagger(stat_nlp):
    # the model read the two legal names, with nothing between them, as one firm
    got = [(e.text, e.label_) for e in stat_nlp("广州市华晟达实业有限公司湖南米婆婆食品有限公司经理王强说。").ents]
    assert ("广州市华晟达实业有限公司", "COMPANY") in got and ("湖南米婆婆食品有限公司", "COMPANY") in got, got


def test_an_item_of_a_list_of_fields_is_no_firm_with_the_tagger(stat_nlp):
    # 民生 ("people's livelihood") is also a bank's short name, and the model read it as one; in a
    # list closed by 等领域 it is a field the projects are in
    got = [(e.text, e.label_) for e in stat_nlp("这批项目覆盖制造、民生、物流等领域。").ents]
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_works_site_is_no_place_with_the_tagger(stat_nlp):
    # "在某某高速施工现场举行": where the ceremony is held, the site of a road being built; the model read
    # the road and its site as one place
    got = [(e.text, e.label_) for e in stat_nlp("上午在平江县岳望高速施工现场举行开工仪式。").ents]
    assert not [t for t, lab in got if t.endswith("现场")], got


def test_a_list_of_trades_closed_by_hangye_lingyu_names_no_firm(stat_nlp):
    # "等多个行业领域": 行业 alone may head firms (等行业龙头企业), but with 领域 after it the items are fields
    got = [(e.text, e.label_) for e in stat_nlp("各地在制造、民生、能源等多个行业领域发力。").ents]
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_bodys_name_with_a_bracketed_place_stays_whole_with_the_tagger(stat_nlp):
    # the model ends a name at a bracket, as it does in a firm's legal name
    got = [(e.text, e.label_) for e in stat_nlp("会上，中拉论坛（深圳）常设秘书处与市商务局签署协议。").ents]
    assert ("中拉论坛（深圳）常设秘书处", "AGENCY") in got, got


def test_a_model_place_across_a_quotation_mark_is_none():
    # "“走进江宁”街道行": the quoted slogan's place and the word after the closing mark are not one name
    text = "参加“走进江宁”街道行活动"
    start = text.index("江宁")
    assert clean_span(text, start, start + 5, "PLACE") is None
    assert clean_span(text, start, start + 2, "PLACE") == (start, start + 2)


def test_a_trade_news_sites_dateline_names_no_firm_with_the_tagger(stat_nlp):
    doc = stat_nlp("中原石化网讯 近日，城北园区一个新项目正式投产。")
    assert not [e.text for e in doc.ents if e.label_ == "COMPANY"], [(e.text, e.label_) for e in doc.ents]


def test_a_districts_short_name_in_a_list_of_districts_stays_with_the_tagger(stat_nlp):
    # 南岸 is also "the south bank": among other districts' names it is the district, which the model
    # reads as the ordinary word
    doc = stat_nlp("市里分别与南岸、北碚、江津等区县建立合作机制。")
    assert ("南岸", "PLACE") in [(e.text, e.label_) for e in doc.ents], [(e.text, e.label_) for e in doc.ents]


def test_a_citys_economic_zone_before_a_road_stays_whole_with_the_tagger(stat_nlp):
    # "某某临空经济区|临港大道": a zone named by its city and field, then a road in it; the model cut the
    # zone to the city's name, as the rules' weak 区 let it
    doc = stat_nlp("新项目位于南川临空经济区临港大道以东。")
    got = [(e.text, e.label_) for e in doc.ents]
    assert ("南川临空经济区", "PLACE") in got, got


def test_a_written_adverb_between_two_firms_keeps_them_apart_with_the_tagger(stat_nlp):
    # "某公司|亦|委任|某公司": the tagger, which learnt mainland text (也), read the clause as one firm's name
    for text in ("物流園公司亦委任國際測量公司為首席顧問。", "南山物業公司亦委任北湖工程顧問公司為項目顧問。"):
        got = [(e.text, e.label_) for e in stat_nlp(text).ents]
        assert not [t for t, _ in got if "亦" in t or "委任" in t], got


def test_the_tagger_starts_no_name_with_the_joining_ji(nlp):
    # jieba tags 暨 an organisation, and the tagger glued it to the event's name after it
    got = [(e.text, e.label_) for e in nlp("本届博览会暨丝路投资大会在西安开幕。").ents]
    assert not [t for t, _ in got if t.startswith("暨")], got


def test_a_place_and_a_phrase_of_doing_business_is_no_firm(nlp):
    # "欢迎某集团到|平原|投资兴业": where a firm is welcome to invest; the tagger read one firm
    got = [(e.text, e.label_) for e in nlp("热忱欢迎南方集团到平原投资兴业，平原将持续优化营商环境。").ents]
    assert not [t for t, lab in got if lab == "COMPANY" and t.endswith("兴业")], got


def test_a_park_named_by_its_lettered_section_is_the_park_with_the_tagger(stat_nlp):
    # "某某工业园|B区": the section is an area of the park, which the model read as no name at all
    for text, park in (("在青岗工业园B区,县领导一行走进标准厂房。", "青岗工业园"),
                       ("当天上午,考察组来到河口产业园A区察看项目进度。", "河口产业园")):
        got = [(e.text, e.label_) for e in stat_nlp(text).ents]
        assert (park, "PLACE") in got, got


def test_a_firms_brand_before_its_quoted_project_stays_with_the_tagger(stat_nlp):
    # "在某某“…项目”施工现场": the model read the bare brand as no name at all
    got = [(e.text, e.label_) for e in stat_nlp("在博睿新材“年产3万吨碳纤维项目”施工现场,塔吊林立。").ents]
    assert ("博睿新材", "COMPANY") in got, got


def test_a_verb_jieba_reads_as_a_name_stays_out_of_a_firm_with_the_tagger(stat_nlp):
    # "祝福(nr)|某某集团": jieba reads the verb as a person's name; the firm is named after it
    got = [(e.text, e.label_) for e in stat_nlp("祝福新光集团事业兴旺。").ents]
    assert ("新光集团", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("祝福")], got


def test_a_divisions_body_with_its_session_between_stays_one_with_the_tagger(stat_nlp):
    # the model reads "某县|第十八届|人民代表大会" as the county and a bare body
    got = [(e.text, e.label_) for e in stat_nlp("县长在修水县第十六届人民代表大会第三次会议上作报告。").ents]
    assert ("修水县第十六届人民代表大会", "AGENCY") in got, got


def test_firms_counted_and_named_in_brackets_stay_firms_with_the_tagger(stat_nlp):
    # the model reads 江南|纺织 as a region before a trade
    got = [(e.text, e.label_) for e in stat_nlp("园区现有规上企业3家（华宇电子、江南纺织、恒通物流）。").ents]
    assert ("江南纺织", "COMPANY") in got, got


@pytest.mark.parametrize("text, outlet", [
    ("据青海经济日报报道，当地新开一条公交线路。", "青海经济日报"),
    ("新华网>>陕西频道>>要闻", "陕西频道"),
])
def test_a_paper_or_a_sites_channel_named_after_a_place_is_no_body_or_place(stat_nlp, text, outlet):
    # the model read a province's business daily as an office, and a national site's provincial
    # channel as a place
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert not [t for t, _ in got if t == outlet], got


def test_a_slogans_word_for_leading_firms_ends_no_office(stat_nlp):
    # "…引头部": 头部 (the leaders of a trade) ends like an office in 部
    got = [(e.text, e.label_) for e in stat_nlp("今年以来,定西市全力推进“招大引强育头部”和“百亿招商”行动,成效明显。").ents]
    assert not [t for t, lab in got if lab == "AGENCY"], got


def test_a_provinces_merchants_or_talents_are_no_mention_of_it(stat_nlp):
    # "湘商回归", "赣才回归": the people of a province by its one-character name, no place
    for text in ("全市召开湘商回归和返乡创业恳谈会。", "实施“赣商回归、赣才回归”工程。"):
        assert not [e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"], text


def test_a_province_written_in_full_survives_the_models_veto(stat_nlp):
    # "现任|广西壮族自治区|梧州市…": the model read the province after 现任 as no name at all
    got = [(e.text, e.label_) for e in stat_nlp("现任广西壮族自治区梧州市藤县县委书记。").ents]
    assert ("广西壮族自治区", "PLACE") in got, got


@pytest.mark.parametrize("name", ["一成都公司", "一家香港企业", "一间深圳公司"])
def test_one_firm_from_a_place_names_no_company(name):
    # "一|成都|公司就与…签约": a company from Chengdu, whose name the report does not give
    text = f"{name}就与几名本地商人签了合作协议。"
    assert clean_span(text, 0, len(name), "COMPANY") is None
    # a brand that opens with 一 is a firm's name
    assert clean_span("一汽公司与长春市签约。", 0, 4, "COMPANY") == (0, 4)


def test_one_firm_from_a_place_is_no_company_with_the_tagger(stat_nlp):
    got = [(e.text, e.label_) for e in stat_nlp("展会首日，一成都公司就与四名本地商人签了餐饮合作协议。").ents]
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_resort_named_for_a_city_abroad_is_no_place_with_the_tagger(stat_nlp):
    # "于|威尼斯人|举行": the resort, which the tagger may read as Venice and its people
    got = [(e.text, e.label_) for e in stat_nlp("一连四日于威尼斯人举行的展会吸引五十个国家参展。").ents]
    assert "威尼斯" not in {t for t, _ in got}, got


def test_a_post_in_a_firms_party_committee_names_the_firm_with_the_tagger(stat_nlp):
    # the model reads "某某公司党委" as an office when a post follows it; the rules name the firm
    for text, firm in (("副县长孙某某,冀煤集团党委书记、董事长赵某某,副总经理钱某等参加。", "冀煤集团"),
                       ("副区长周某，天津国安公司党委书记、董事长郑某某等出席。", "天津国安公司")):
        got = [(e.text, e.label_) for e in stat_nlp(text).ents]
        assert (firm, "COMPANY") in got, got
        assert not [t for t, lab in got if lab == "AGENCY"], got


def test_a_bureau_of_a_field_joined_to_a_known_office_is_one_bureau_with_the_tagger(stat_nlp):
    # the model cuts "某县合作与招商局" to its known second half
    got = [(e.text, e.label_) for e in stat_nlp("据沂南县合作与招商局负责人介绍，今年新签约项目六个。").ents]
    assert ("沂南县合作与招商局", "AGENCY") in got, got


def test_a_citys_central_urban_area_is_one_place_with_the_tagger(stat_nlp):
    # the model ends the place inside 中心城区 ("某市中心|城区"), a fragment: the place is the whole area
    for text, area in (("地铁二号线是天津中心城区南北向的干线。", "天津中心城区"), ("新线贯通后，将连起成都中心城区和机场。", "成都中心城区")):
        got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "PLACE"]
        assert got == [(area, "PLACE")], got


def test_a_bodys_name_in_a_papers_title_is_no_body_with_the_tagger(stat_nlp):
    got = [(e.text, e.label_) for e in stat_nlp("据《人民政协报》报道，多地政协委员建言招商工作。").ents]
    assert "人民政协" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, unwanted", [
    ("市领导参观了青禾镇中草药生产车间。", "中"),
    ("游客在文化馆欣赏了京韵大鼓表演。", "京"),
])
def test_a_one_character_place_opening_a_known_term_is_no_place_with_the_tagger(stat_nlp, text, unwanted):
    # the model reads the first character of a word the segmenter knows whole (a brand, a term) as a
    # province's or a country's short name; no place is mentioned there
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"]
    assert unwanted not in got, got


def test_one_character_places_run_together_in_a_known_word_stay_with_the_tagger(stat_nlp):
    got = [e.text for e in stat_nlp("会议讨论了中美关系的走向。").ents if e.label_ == "PLACE"]
    assert "中" in got or "中美" in got, got


def test_a_places_title_after_it_is_cut_off_the_taggers_place(stat_nlp):
    got = [(e.text, e.label_) for e in stat_nlp("代表团一行到福清侨乡考察。").ents]
    assert ("福清侨乡", "PLACE") not in got, got


@pytest.mark.parametrize("text, firm", [
    ("华溪置业集团有限公司的董事局主席王某到访我市。", "华溪置业集团有限公司"),
    ("柏岭科技股份有限公司监事会主席李某出席。", "柏岭科技股份有限公司"),
])
def test_a_firms_board_after_its_legal_name_is_no_part_of_the_firm_with_the_tagger(stat_nlp, text, firm):
    # the model took the board whose chair is named next into the firm ("…有限公司董事局"); the firm is the legal name
    got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert got == [(firm, "COMPANY")], got
    assert clean_span("某某集团有限公司董事局秘书", 0, 11, "COMPANY") == (0, 8)


@pytest.mark.parametrize("text", [
    "华晟控股旗下新能源公司在我县投资建设光伏项目。",
    "青澜港集团旗下物流公司昨日与某县签约。",
])
def test_a_group_and_its_firm_read_across_the_member_mark_are_no_one_firm_with_the_tagger(stat_nlp, text):
    got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert not any("旗下" in t for t, _ in got), got
    assert clean_span("某某集团下属运输公司", 0, 10, "COMPANY") == (6, 10)


@pytest.mark.parametrize("text, firm", [
    ("希望晋焦太钢公司全面贯彻新发展理念。", "晋焦太钢公司"),
])
def test_what_a_leader_hopes_of_a_firm_opens_no_name_the_tagger_reads(stat_nlp, text, firm):
    # "希望(v)|某某公司…": the leader's verb, then the firm; the tagger took the verb into the name
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.startswith("希望")], got


@pytest.mark.parametrize("text, village", [
    ("社员人均收入比岭兜村当地高出四成。", "岭兜村"),
    ("社员年收入达到2万元,比坑尾村当地1.5万元的人均年收入高出三成。", "坑尾村"),
])
def test_the_comparatives_bi_before_a_village_stays_out_of_it_with_the_tagger(stat_nlp, text, village):
    # the rules cut jieba's guess "比岭" at the comparative; the model took it back into the village
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (village, "PLACE") in got and not any(t.startswith("比") for t, _ in got), got
    assert clean_span("收入比岭兜村高出", 2, 6, "PLACE") == (3, 6)


@pytest.mark.parametrize("text, place", [
    # jieba cuts a transliterated town's name into pieces; the model took the first for a place of its own
    # ("阿依|巴扎乡") or left it out ("托万|巴格乡", "库木|巴扎镇"): the rules' whole name is the town
    ("该县阿依巴扎乡的牧民增收。", "阿依巴扎乡"),
    ("该县托万巴格乡的牧民增收。", "托万巴格乡"),
    ("在库木巴扎镇的车间里，工人正在忙碌。", "库木巴扎镇"),
])
def test_a_local_towns_name_jieba_cuts_stays_whole_with_the_tagger(stat_nlp, text, place):
    got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "PLACE"]
    assert got == [(place, "PLACE")], got


@pytest.mark.parametrize("text, zone", [
    ("本年第一季度，漳州台商投资区推进9个项目签约落地。", "漳州台商投资区"),
    ("今年青岚台商投资区新签约项目12个。", "青岚台商投资区"),
])
def test_a_taiwan_investors_zone_after_its_city_is_a_place_with_the_tagger(stat_nlp, text, zone):
    # jieba cuts 台商|投资区: the rules read the zone by a weak 区, and the tagger took the city alone
    assert (zone, "PLACE") in [(e.text, e.label_) for e in stat_nlp(text).ents]


@pytest.mark.parametrize("text, places", [
    ("家住慈利县三官寺朱垭村四组的村民报了警。", {"三官寺", "朱垭村"}),
    ("伙同他人在阳镇赵河沟村供销社对面的门店内赌博。", {"阳镇", "赵河沟村"}),
])
def test_a_town_of_its_own_before_its_village_stays_apart_with_the_tagger(stat_nlp, text, places):
    # the rules read the two as one village; a first place of three characters or more, or one ending in a
    # level, is a town the model rightly names apart (only a local name's short first piece is joined)
    got = {e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"}
    assert places <= got, got


@pytest.mark.parametrize("text", ["柴达木循环经济试验区今年新签约项目十个。", "企业都落户在柴达木循环经济试验区。"])
def test_a_zone_set_up_to_try_a_policy_is_whole(stat_nlp, text):
    # "某某循环经济试验区": the tagger learnt the place before it and cut the zone to the place
    assert ("柴达木循环经济试验区", "PLACE") in [(e.text, e.label_) for e in stat_nlp(text).ents]


@pytest.mark.parametrize("text, firm", [
    # the model stops at a word of the trade it knows as an adjective (精密, 高端); the rules end the name
    # at its legal form
    ("由中山市宏田精密模具有限公司实施的模具项目开工。", "中山市宏田精密模具有限公司"),
])
def test_a_legal_name_the_model_stops_short_of_stays_whole_with_the_tagger(stat_nlp, text, firm):
    got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert got == [(firm, "COMPANY")], got


@pytest.mark.parametrize("text, firm", [
    # a firm written short with its head word, then what it does for another: the verb and its object are
    # no part of its name
    ("新厂投产后，专门为顺达公司加工硅钢和冷卷。", "顺达公司"),
    ("该园区主要为鸿运公司加工铝材、板材等。", "鸿运公司"),
])
def test_a_short_firm_stops_at_its_head_before_a_verb_with_the_tagger(stat_nlp, text, firm):
    got = [(e.text, e.label_) for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert got == [(firm, "COMPANY")], got
    assert clean_span(text, text.index(firm), text.index(firm) + len(firm) + 4, "COMPANY") \
        == (text.index(firm), text.index(firm) + len(firm))


@pytest.mark.parametrize("text, city", [
    ("宜城市新型农村集体经济现场会昨日召开。", "宜城市"),
    ("记者从枣阳市新型农村集体经济座谈会上获悉。", "枣阳市"),
])
def test_a_word_of_kind_after_a_city_is_no_place_with_the_tagger(stat_nlp, text, city):
    # "某市|新型|农村集体经济": the model reads the kind word after the city as a second place
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"]
    assert got == [city], got


@pytest.mark.parametrize("text, firm", [
    ("力保瑞禾药业产值稳中有升。", "瑞禾药业"),
    ("力争华茂药业税收增长三成。", "华茂药业"),
])
def test_a_striving_verb_opens_no_name_the_tagger_reads(stat_nlp, text, firm):
    # "力保(nz)|某某药业": a drive verb jieba tags a name; the tagger took it into the firm's name
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.startswith(("力保", "力争"))], got


@pytest.mark.parametrize("text", [
    "以产业发展为重点,因村制宜发展村集体经济。",
    "以产业发展为重点,因镇制宜发展集体经济。",
])
def test_fitting_a_policy_to_each_village_names_no_village_the_tagger_reads(stat_nlp, text):
    # "因村|制宜": 因地制宜 said of each village; jieba glues 因 to the level's character, and the tagger reads a village
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "PLACE"]
    assert not any(t.startswith("因") for t in got), got


@pytest.mark.parametrize("text, body", [
    ("法国国防部海外作战部队完成撤离。", "法国国防部海外作战部队"),
    ("德国国防部网络安全局发布报告。", "德国国防部网络安全局"),
    ("守军在河口阻击日军先头部队三天。", "日军"),
])
def test_a_state_body_the_rules_read_whole_stays_whole_with_the_tagger(stat_nlp, text, body):
    # the model, which knows the ministry alone or tags the country alone, would cut the body the rules read
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "AGENCY"]
    assert body in got, got


@pytest.mark.parametrize("text, firm", [
    ("石门乡岚口村沙溪坳茶厂有茶园700亩。", "沙溪坳茶厂"),
    ("沙溪坳茶厂于1990年建厂,现有茶园700亩。", "沙溪坳茶厂"),
])
def test_a_named_tea_factory_is_a_firm_with_the_tagger(stat_nlp, text, firm):
    # the model reads "某某坳|茶厂" as a place before a common noun, or as nothing
    got = [(e.text, e.label_) for e in stat_nlp(text).ents]
    assert (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text", [
    "青禾集团战略与合作部、工程部、采购部等负责同志出席。",
    "会后,华远集团战略与合作部与县里对接。",
])
def test_a_groups_strategy_and_partners_department_is_no_office_with_the_tagger(stat_nlp, text):
    # "某集团战略|与|合作部": the firm's department; the model reads the second field and 部 as an office
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "AGENCY"]
    assert not any(t.endswith("合作部") for t in got), got


@pytest.mark.parametrize("text, firm", [
    ("双方签署了《青川产业园开发有限公司中外合资公司经营合同》。", "青川产业园开发有限公司"),
    ("会上宣读了《滇南物流园开发有限公司中马合资公司章程》。", "滇南物流园开发有限公司"),
])
def test_a_joint_ventures_kind_is_no_firm_with_the_tagger(stat_nlp, text, firm):
    # "某某开发有限公司|中外合资公司…合同": the firm, then the kind of venture it is; the kind names no second firm
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert got == [firm], got


@pytest.mark.parametrize("text", [
    "“中泰合资公司成立后将加快园区建设。”",
    "“中老合资公司成立以后,园区建设进入快车道。”",
    "“中马合资公司组建后,双方将共建园区。”",
])
def test_a_joint_venture_named_by_its_partners_alone_is_no_firm_with_the_tagger(stat_nlp, text):
    # "中|马合资公司": the model may start after the first partner's character; the kind names no firm either way
    got = [e.text for e in stat_nlp(text).ents if e.label_ == "COMPANY"]
    assert not any(t.endswith("合资公司") for t in got), got


@pytest.mark.parametrize("text, firm", [
    ("青梧银行洽购西藏信托，远帆银行也在谈判。", "西藏信托"),
    ("据悉，陕西信托已完成增资。", "陕西信托"),
])
def test_a_province_s_trust_the_tagger_cuts_to_its_place_stays_the_firm(rules_nlp, text, firm):
    # "西藏|信托": a model place that only opens the rules' trust company is the firm's place, no place of its own
    from kg.nlp.statistical import StatisticalNER

    doc = rules_nlp(text)
    s = text.index(firm)
    assert (firm, "COMPANY") in [(e.text, e.label_) for e in doc.ents]
    assert StatisticalNER._region_of((s, s + 2, "PLACE", "statistical"), doc, doc.ents)


@pytest.mark.parametrize("text, name", [
    ("南岭镇成立了农村集体经济平台公司，带动农户增收。", "农村集体经济平台公司"),
    ("各村组建村集体经济公司。", "村集体经济公司"),
])
def test_a_model_company_made_of_generic_words_run_together_is_none(text, name):
    # as the rules read it word by word (农村|集体经济|平台|公司): a kind of firm, none named
    from kg.nlp.statistical import clean_span

    s = text.index(name)
    assert clean_span(text, s, s + len(name), "COMPANY") is None
