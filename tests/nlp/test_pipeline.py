"""The extractor as a spaCy pipeline: built from its config, saved, and loaded without kg."""

import json
import subprocess
import sys

import pytest
import spacy
from spacy.util import load_model_from_config

import kg
from kg.nlp import TOKENIZER_CONFIG
from kg.normalise import normalise, split_sentences

from ..conftest import SEEDS


EXAMPLE = "市水利局持续推进城区供水管网联通改造项目"


LEXICON_LINE = '{"name": "远景能源", "type": "COMPANY", "aliases": ["远景"]}\n'


def seed_sentences(limit=120):
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8")).text
        out += [text[s:e] for s, e in split_sentences(text)]
    return out[:limit]


def ents(nlp, texts):
    return [[(e.start_char, e.end_char, e.label_, e._.kg_rule) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_component_on_our_tokenizer_equals_load_pipeline(nlp, rules_nlp):
    own = spacy.blank("zh", config=TOKENIZER_CONFIG)
    own.add_pipe("kg_entity_rules")
    texts = seed_sentences()
    found = ents(rules_nlp, texts)
    assert sum(map(len, found)) > 50
    assert ents(own, texts) == found
    own.add_pipe("kg_statistical_ner")
    assert ents(own, texts) == ents(nlp, texts)


def test_component_on_spacys_character_tokenizer_finds_the_project():
    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_entity_rules")
    assert [(e.text, e.label_) for e in nlp(EXAMPLE).ents] == [
        ("市水利局", "AGENCY"), ("城区供水管网联通改造项目", "PROJECT")]


def test_config_rebuilds_the_pipeline_with_its_lexicon(tmp_path):
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text(LEXICON_LINE, encoding="utf-8")
    nlp = kg.load_pipeline([lexicon])
    text = "远景与格尔木市签订协议，远景能源投资建设风电项目。"
    assert ("远景", "COMPANY") in [(e.text, e.label_) for e in nlp(text).ents]
    rebuilt = load_model_from_config(nlp.config, auto_fill=True)
    rebuilt.initialize()
    assert rebuilt.pipe_names == nlp.pipe_names
    assert ents(rebuilt, [text]) == ents(nlp, [text])


def test_saved_pipeline_loads_in_a_process_that_never_imports_kg(tmp_path):
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text(LEXICON_LINE, encoding="utf-8")
    nlp = kg.load_pipeline([lexicon])
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    lexicon.unlink()  # the saved pipeline carries its lexicon
    texts = seed_sentences(60) + ["远景与格尔木市签订协议。"]
    script = (
        "import json, sys\n"
        "import spacy\n"
        "assert not any(m == 'kg' or m.startswith('kg.') for m in sys.modules)\n"
        f"nlp = spacy.load({str(saved)!r})\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps([[(e.start_char, e.end_char, e.label_, e._.kg_rule) for e in d.ents] "
        "for d in nlp.pipe(texts)], ensure_ascii=False))\n"
        "print(json.dumps([len(d._.kg_relations) for d in nlp.pipe(texts)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), capture_output=True,
                         text=True, check=True, cwd=tmp_path)
    loaded, relations = out.stdout.splitlines()
    assert json.loads(loaded) == [[list(x) for x in doc] for doc in ents(nlp, texts)]
    assert json.loads(relations) == [len(d._.kg_relations) for d in nlp.pipe(texts)]
    assert json.loads(loaded)[-1][0][2] == "COMPANY"


def test_tokenizer_state_travels_with_the_pipeline(tmp_path):
    nlp = kg.load_pipeline()
    nlp.tokenizer.add_words([("天行集团云端", "nt")])
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert "天行集团云端" in [t.text for t in loaded("天行集团云端项目")]
    assert loaded.tokenizer.apart == nlp.tokenizer.apart
    assert loaded.tokenizer.leading == nlp.tokenizer.leading and "及" in loaded.tokenizer.leading


def test_a_conjunction_glued_to_an_unknown_name_is_cut_off(nlp):
    # jieba's guess reads "及宏方" as one unknown word; a word it knows (及时) stays whole
    words = [t.text for t in nlp("镁源新能源及宏方新能源科技有限公司及时签约。")]
    assert words[words.index("及"):][:2] == ["及", "宏方"] and "及时" in words


def test_the_tokenizer_reads_jiebas_tags_as_jieba_posseg_does():
    import jieba.posseg

    from kg.nlp.tokenizer import base_tags

    jieba.posseg.dt.initialize()
    assert list(base_tags().items()) == list(jieba.posseg.dt.word_tag_tab.items())


def test_the_text_kept_for_the_components_is_the_docs_text(nlp):
    from kg.nlp.tokenizer import TEXT_KEY, doc_text

    # Spaces inside names, and spans the rules cut out of jieba's words (tokens get split).
    text = "青海 盐湖工业股份有限公司 与格尔木市水利局签约，县委书记出席。"
    doc = nlp(text)
    assert doc.user_data[TEXT_KEY] == doc_text(doc) == doc.text == text
    # A doc from another tokenizer has no copy: its text comes from its tokens.
    other = spacy.blank("zh")("格尔木市水利局")
    assert TEXT_KEY not in other.user_data and doc_text(other) == "格尔木市水利局"
    # A doc made from part of ours carries a copy of its user data, and of the text: its own text is not it.
    part = doc[2:5].as_doc(copy_user_data=True)
    assert part.user_data.get(TEXT_KEY) == text and doc_text(part) == part.text != text
    # Joined docs drop it (spaCy warns that it skips the user data it does not know).
    with pytest.warns(UserWarning):
        both = spacy.tokens.Doc.from_docs([nlp("宏达公司签约。"), nlp("格尔木市水利局开工。")])
    assert doc_text(both) == both.text == "宏达公司签约。 格尔木市水利局开工。"


@pytest.mark.parametrize("text, expected", [
    ("縣發改局與鄉鎮企業簽訂協議，推動產業園區建設。", ("县发改局", "AGENCY")),
    ("格爾木市人民政府與宏達實業股份有限公司簽訂察爾汗鹽湖綜合利用項目協議。", ("察尔汗盐湖综合利用项目", "PROJECT")),
])
def test_a_traditional_sentence_given_straight_to_the_pipeline_is_read_in_simplified_characters(nlp, text, expected):
    # What kg build's normalisation does to a page, for users who call nlp(text) themselves.
    doc = nlp(text)
    assert expected in [(e.text, e.label_) for e in doc.ents]
    # Each character stays at its offset: the span of the input is the name as written.
    ent = next(e for e in doc.ents if e.text == expected[0])
    assert len(doc.text) == len(text) and len(text[ent.start_char:ent.end_char]) == len(ent.text)


def test_a_divisions_own_character_that_conversion_would_change_is_kept(nlp):
    # 乾 is a traditional form of 干 and also a character of division names: the sentence has
    # traditional characters (發), so it is converted, and the county keeps its name.
    doc = nlp("乾安縣發展和改革局召開會議。")
    assert doc.text == "乾安县发展和改革局召开会议。"
    assert ("乾安县发展和改革局", "AGENCY") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, wanted", [
    # divisions jieba's dictionary lacks fall apart in its guesses after a word it cuts the same way
    # ("第三师|图木|舒克市"), and the tagger then reads the last piece as the place
    ("企业与兵团第三师图木舒克市签订合作协议。", "图木舒克市"),
    ("建工集团和新疆生产建设兵团第三师图木舒克市签订合作协议。", "图木舒克市"),
])
def test_a_division_jieba_does_not_know_is_one_word_and_one_place(nlp, text, wanted):
    doc = nlp(text)
    assert wanted in [t.text for t in doc]
    assert (wanted, "PLACE") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county's borders: the side and what it leans on or faces come before the neighbour, and a
    # landform keeps its kind (the tagger, which learnt few, cut it to the name before)
    ("全县东临黄海，南依大别山，西连汉江平原。", {"黄海", "大别山", "汉江平原"}, {"南依", "汉江"}),
    ("园区北依燕山山脉，西接帕米尔高原。", {"燕山山脉", "帕米尔高原"}, {"北依", "燕山", "帕米尔"}),
])
def test_a_countys_borders_name_its_neighbours_and_landforms_whole(nlp, text, wanted, unwanted):
    places = {e.text for e in nlp(text).ents if e.label_ == "PLACE"}
    assert wanted <= places and not places & unwanted, places


def test_a_demonstrative_before_a_landform_names_no_place(nlp):
    assert not [e.text for e in nlp("这片高原上的牧民守着那片平原。").ents]


def test_a_firms_short_name_heading_its_project_in_a_list_stays_with_the_tagger(nlp):
    # the tagger knows no projects, and read the brand before one in a list as nothing
    text = ("浙江某某竹木有限公司年产6万立方米人造板项目、鑫光工贸年产3万套竹家具及20万件竹工艺品项目、"
            "浙江某某菌业有限公司食用菌加工项目。")
    assert ("鑫光工贸", "COMPANY") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, wanted", [
    # the tagger read the village and the first character of its collective (村集体) as one place
    ("项目建成后产权归属青坪村村集体所有。", "青坪村"),
    ("李家村村集体经济收入达到10万元。", "李家村"),
])
def test_a_village_before_its_collective_is_one_place_for_the_tagger_too(nlp, text, wanted):
    assert [e.text for e in nlp(text).ents if e.label_ == "PLACE"] == [wanted]


def test_touching_one_character_places_that_make_a_division_are_that_division(nlp):
    # jieba cuts 台中 into a classifier and a locative; the tagger read Taiwan and China
    found = [(e.text, e.label_) for e in nlp("某某营造股份有限公司进驻台中软体园区。").ents]
    assert ("台中", "PLACE") in found and ("台", "PLACE") not in found, found


def test_the_rules_on_another_tokenizer_segment_as_the_pipeline_does(rules_nlp):
    # the segmenter built for a doc of spaCy's own tokenizer holds the rules' words too
    blank = spacy.blank("zh")
    blank.add_pipe("kg_entity_rules")
    for text in ("希望驻沪办与临河区建立联系。", "能投集团储气调峰基地项目开工。"):
        assert [(e.text, e.label_) for e in blank(text).ents] == [(e.text, e.label_) for e in rules_nlp(text).ents]


def test_a_places_role_as_praise_is_no_place(nlp):
    # 桥头堡 ("bridgehead"), 前沿阵地: what a region is to be, which the tagger read as a place
    found = [(e.text, e.label_) for e in nlp("发挥口岸对桥头堡建设的带动作用。").ents]
    assert not [t for t, l in found if l == "PLACE" and t in ("桥头堡", "前沿阵地")], found


def test_new_words_get_spacys_shape_and_url_flags(nlp):
    from spacy.lang.lex_attrs import like_url, word_shape

    words = ["格尔木", "格尔木市水利局", "2万吨", "GWh", "www.kg.cn", "http://kg", "kg.com", "A股", "一" * 120]
    doc = nlp.make_doc(" ".join(words))
    for token in doc:
        assert token.shape_ == word_shape(token.text), token.text
        assert token.like_url == like_url(token.text), token.text


def test_a_pipeline_rebuilt_from_its_config_and_bytes_segments_as_the_original():
    # A Dask worker rebuilds the pipeline so: its components add their words when built, and the bytes
    # add them again; a word added twice got a new count, and the worker cut 产业|园管委会 where the
    # client cut 产业园|管委会
    import spacy

    import kg

    nlp = kg.load_pipeline(statistical=False)
    again = spacy.util.get_lang_class(nlp.config["nlp"]["lang"]).from_config(nlp.config)
    again.from_bytes(nlp.to_bytes())
    text = "市发展和改革委员会与东北西新材料有限公司签订合作协议，东北西产业园管委会负责推进。"
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]


def test_divisions_listed_on_a_line_with_spaces_are_found_in_full(nlp):
    # a name before a space ends where no word starts: the gazetteer's names were missed, and the model
    # then vetoed the suffix rule's reading of them (the default pipeline, rules and model)
    got = [(e.text, e.label_) for e in nlp("灌南县 灌云县 东海县 海州区").ents]
    for name in ("灌南县", "灌云县", "东海县", "海州区"):
        assert (name, "PLACE") in got, (name, got)


def test_a_branch_of_the_central_bank_is_one_office(nlp):
    # "人民银行|某某市中心支行": the central bank is an office, and so is its branch, named with it
    got = [(e.text, e.label_) for e in nlp("人民银行平县中心支行行长出席会议。").ents]
    assert ("人民银行平县中心支行", "AGENCY") in got, got


def test_a_cooperative_named_by_its_trade_and_work_is_a_kind_of_none(nlp):
    # "农机服务专业合作社", "植保专业合作社": the kinds a town sets up, none named (by the rules or the model)
    got = [(e.text, e.label_) for e in nlp("全镇统一组建土地专业合作社、劳务专业合作社、农机服务专业合作社、植保专业合作社等。").ents]
    assert not [t for t, lab in got if lab == "COMPANY"], got
    got = [(e.text, e.label_) for e in nlp("青山村农机服务专业合作社成立。").ents]
    assert ("青山村农机服务专业合作社", "COMPANY") in got, got


def test_the_model_keeps_a_firm_listed_beside_another_of_the_same_trade(nlp):
    # "已有|润禾生物、正泰生物…": the model may read the first after the verb as no name, but two firms
    # named by the same trade's suffix, side by side in a list, name each other's kind
    got = [(e.text, e.label_) for e in nlp("目前已有润草生物、正康生物、天华药业和镇里签订入驻协议。").ents]
    assert ("润草生物", "COMPANY") in got and ("正康生物", "COMPANY") in got, got


def test_a_food_makers_brand_and_trade_name_a_company(nlp):
    # the model keeps a maker short-named by its brand and trade, as the rules read it
    doc = nlp("据悉，嘉穗食品投资3亿元扩建冷链仓储车间。")
    assert ("嘉穗食品", "COMPANY") in [(e.text, e.label_) for e in doc.ents]


def test_a_free_trade_zone_by_its_full_name_is_a_zone(nlp):
    # its province in brackets or not, the full name is one zone, not a country and a province beside it
    for text, name in (("该项目落户中国（辽宁）自由贸易试验区。", "中国（辽宁）自由贸易试验区"),
                       ("新签约企业将入驻辽宁自由贸易试验区。", "辽宁自由贸易试验区")):
        got = [(e.text, e.label_) for e in nlp(text).ents]
        assert (name, "PLACE") in got, got
    # alone, it is any province's
    got = [e.text for e in nlp("全力推进自由贸易试验区建设。").ents]
    assert "自由贸易试验区" not in got, got


def test_the_model_names_no_office_by_its_field_alone(nlp):
    # "以及|监管部门|规范要求": any regulator, none named, by the model as by the rules (a county's is one)
    got = [(e.text, e.label_) for e in nlp("银行表示将严格遵守监管部门规范要求发放贷款。").ents]
    assert not [t for t, lab in got if lab == "AGENCY"], got
    got = [(e.text, e.label_) for e in nlp("宁县财政局牵头，监管部门配合。").ents]
    assert got == [("宁县财政局", "AGENCY")], got
    # (nor by a field of two words before the kind: whose assets, then what the body does)
    for text in ("这家公司的国资监管部门为省国资委。", "环保监管部门当天开展联合检查。"):
        got = [(e.text, e.label_) for e in nlp(text).ents]
        assert not [t for t, lab in got if lab == "AGENCY" and t.endswith("监管部门")], got


def test_a_team_named_by_its_work_is_no_village_group(nlp):
    # "观摩|组|一行": jieba cuts the team's name and the model read a village group (三组) in it
    got = [(e.text, e.label_) for e in nlp("观摩组一行来到园区查看厂房建设进度。").ents]
    assert not [t for t, lab in got if lab == "PLACE"], got
    got = [(e.text, e.label_) for e in nlp("第二观摩组到青石镇调研。").ents]
    assert got == [("青石镇", "PLACE")], got


def test_a_town_papers_own_town_is_no_place(nlp):
    # "我镇", glued by jieba's guess into one word, is the town's paper speaking of its own town
    for text in ("王某介绍我镇坚持实施工业兴镇战略。", "目前我镇工业集中区已入驻企业十余家。"):
        got = [(e.text, e.label_) for e in nlp(text).ents]
        assert not [t for t, label in got if label == "PLACE" and t.startswith(("我", "镇"))], got


def test_a_lists_conjunction_glued_to_the_next_place_is_no_part_of_it_for_the_tagger_too(nlp):
    # the model, too, reads "某街道|和湾坞村" as one place; the conjunction after a division is the list's
    got = [(e.text, e.label_) for e in nlp("区长吴某到城南街道和湾坞村调研项目建设。").ents]
    assert ("湾坞村", "PLACE") in got and "和湾坞村" not in [t for t, _ in got], got


def test_a_brands_last_character_read_into_a_date_before_a_capacity_stays_the_brands_for_the_tagger_too(nlp):
    got = [(e.text, e.label_) for e in nlp("县长一行来到瑞元年产5千吨果汁项目调研。").ents]
    assert ("瑞元年产5千吨果汁项目", "PROJECT") in got, got


def test_a_park_before_a_brand_heading_a_project_is_no_part_of_the_firms_name_for_the_tagger_too(nlp):
    got = [(e.text, e.label_) for e in nlp("副市长到高新区鸿达年产3万吨饲料项目调研。").ents]
    assert ("鸿达年产3万吨饲料项目", "PROJECT") in got, got


def test_a_visits_verb_written_alone_is_no_part_of_the_site_visited_for_the_tagger_too(nlp):
    got = [(e.text, e.label_) for e in nlp("书记到鸿泰纸业扩建项目调研。").ents]
    assert ("鸿泰纸业扩建项目", "PROJECT") in got, got


def test_a_verb_joining_one_party_to_another_ends_the_first_firms_name_for_the_tagger_too(nlp):
    # "某某集团|联合|某某公司|与县政府座谈": two parties, which the model ran into one name over 联合
    got = [(e.text, e.label_) for e in nlp("9月3日,路桥建设集团联合江北交投云川发展公司与某县政府进行座谈。").ents]
    assert ("江北交投云川发展公司", "COMPANY") in got, got
    assert not [t for t, _ in got if "联合" in t], got


def test_a_banks_branch_named_with_its_bank_stays_whole_for_the_tagger_too(nlp):
    # the model, which knows the bank's word apart, began the branch at its division (天津市|分行): a branch
    # alone names no firm of the page
    got = [(e.text, e.label_) for e in nlp("会后,港区管委会与中国进出口银行天津市分行签订了合作协议。").ents]
    assert ("中国进出口银行天津市分行", "COMPANY") in got, got
    assert ("天津市分行", "COMPANY") not in got, got


def test_a_divisions_short_alias_a_firm_settles_in_stays_a_place_for_the_tagger_too(nlp):
    # the model reads 龙游 ("a dragon swims") as no name, after 在 as after 落户
    for text in ("今年以来，已有5个新材料项目签约落户龙游。", "客商纷纷在龙游投资兴业。"):
        got = [(e.text, e.label_) for e in nlp(text).ents]
        assert ("龙游", "PLACE") in got, got


def test_a_firms_renown_with_its_scope_is_not_its_name(nlp):
    # with the tagger too: "国际|知名企业|泰岳(a)|集团" named the firm with its renown
    got = [(e.text, e.label_) for e in nlp("国际知名企业泰岳集团投资新建的饲料厂项目开工。").ents]
    assert ("泰岳集团", "COMPANY") in got, got


@pytest.mark.parametrize("text, place", [
    ("探索县域绿色发展的湖北路径。", "湖北"),
    ("探索生态产品价值转化的广东路径。", "广东"),
])
def test_a_places_way_of_doing_things_is_no_road(nlp, text, place):
    # "…的湖北|路径": the tagger read the place and the way's 路 as a road (湖北路); the place is the one named
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert (place, "PLACE") in got and not [t for t, _ in got if t.endswith("路")], got


def test_no_place_lies_inside_a_set_phrase_of_hills_and_waters_for_the_tagger_either(nlp):
    got = [(e.text, e.label_) for e in nlp("全县践行绿水青山就是金山银山理念，引进生态旅游项目。").ents]
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_part_of_a_province_before_a_city_is_no_part_of_the_city_name_for_the_tagger_either(nlp):
    got = [(e.text, e.label_) for e in nlp("这批项目将落户闽东宁德市，带动当地就业。").ents]
    assert ("宁德市", "PLACE") in got, got
    assert not [t for t, _ in got if t.endswith("宁德市") and t != "宁德市"], got


@pytest.mark.parametrize("text", [
    "全省推动粤东西北地区加快振兴发展。",
    "鼓励珠三角企业向粤东西北地区有序转移。",
])
def test_a_province_s_parts_run_together_are_one_region_for_the_tagger(nlp, text):
    # the model read "西北" alone (Northwest China), or "粤东" and "西北" apart
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("粤东西北", "PLACE") in got, got
    assert not [t for t, _ in got if t in ("西北", "粤东")], got


def test_no_place_lies_inside_a_breed_named_after_where_it_came_from_for_the_tagger_either(nlp):
    got = [(e.text, e.label_) for e in nlp("育苗场今年放养日本对虾和美国红鱼苗种三千万尾。").ents]
    assert not [t for t, label in got if label == "PLACE"], got


def test_an_expressway_named_by_the_cities_it_links_names_no_place_for_the_tagger_too(nlp):
    # the model read the short names of the road's ends as places: "京", "沪高速道口", "沪昆高速新塘"
    got = [(e.text, e.label_) for e in nlp("新建的冷链仓储中心紧邻沪昆高速新塘出入口，离京沪高速道口不到8公里。").ents]
    assert ("新塘", "PLACE") in got, got
    assert not [t for t, _ in got if t == "京" or "高速" in t], got
    got = [(e.text, e.label_) for e in nlp("园区出门就是京港澳高速。").ents]
    assert not [t for t, _ in got if t in ("京", "港澳") or "高速" in t], got


def test_the_mark_of_a_former_town_is_no_part_of_its_name_for_the_tagger_too(nlp):
    got = [(e.text, e.label_) for e in nlp("撤并后的原梓岭乡和原芦坪镇成为新的集镇。").ents]
    assert ("梓岭乡", "PLACE") in got and ("芦坪镇", "PLACE") in got, got
    assert not [t for t, _ in got if "原" in t], got
    # the model's own reading of the former town, glued to the mark ("原菱山镇")
    got = [(e.text, e.label_) for e in nlp("以原菱山镇和原梓岭乡的行政区域为新的菱山镇的行政区域。").ents]
    assert ("菱山镇", "PLACE") in got and not [t for t, _ in got if "原" in t], got


@pytest.mark.parametrize("text, branch", [
    ("青澜市政府与中国华信银行股份有限公司江苏省分行签署合作协议。", "中国华信银行股份有限公司江苏省分行"),
    ("溧山县人民政府与中国华信银行股份有限公司安徽省分行签订战略合作协议。", "中国华信银行股份有限公司安徽省分行"),
])
def test_a_banks_branch_named_with_its_parents_legal_name_is_not_cut_to_the_bank(nlp, text, branch):
    # the model stopped at the bank (or at the country) the parent's legal name opens with and dropped the branch
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert (branch, "COMPANY") in got, got


@pytest.mark.parametrize("text, firm", [
    ("在深圳华岭集团总部,李强听取了集团业务情况汇报。", "深圳华岭集团"),
    ("在青澜科技集团总部,王明听取了企业近年业务开展情况报告。", "青澜科技集团"),
])
def test_a_firms_headquarters_where_a_visit_goes_is_no_part_of_its_name(nlp, text, firm):
    # the model ran the group's name on into 总部, the premises the visitors were shown
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.endswith("总部")], got


@pytest.mark.parametrize("text, firm", [
    ("考察团在沈阳市中国恒岳重工集团铸造工厂参观。", "中国恒岳重工集团"),
    ("座谈会在大连中国晟海船舶集团总部举行。", "中国晟海船舶集团"),
])
def test_model_glues_no_city_to_a_firm_named_for_the_country(nlp, text, firm):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text, firm", [
    ("恒通集团财务部负责人王强介绍了去年的经营情况。", "恒通集团"),
    ("瑞丰银行东城支行信贷部相关人士指出，手续并不复杂。", "瑞丰银行东城支行"),
])
def test_a_firms_own_department_is_no_part_of_its_name(nlp, text, firm):
    # the model ran the firm's name on into its department, whose staff are named next
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.endswith("部")], got


@pytest.mark.parametrize("text", [
    "工、农、中、建四大国有银行下调了房贷利率。",
    "五大发电集团在此布局，两大集团公司也来合作。",
])
def test_the_tagger_reads_no_firm_in_a_count_of_a_kinds_major_ones(nlp, text):
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert not [t for t, _ in got if "大" in t], got


@pytest.mark.parametrize("text, firm", [
    ("产区与云溪酒庄、金鹭酒庄签订收购协议。", "云溪酒庄"),
    ("当地建成酒庄18家,其中青岚酒庄年产葡萄酒300万瓶。", "青岚酒庄"),
])
def test_a_winery_is_a_firm_and_no_village_ending_in_zhuang(nlp, text, firm):
    # the model read the winery, and the kind alone, as a village (…庄)
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert (firm, "COMPANY") in got and ("酒庄", "PLACE") not in got, got


def test_the_mountains_side_a_zones_office_is_named_after_is_part_of_its_name(nlp):
    got = [(e.text, e.label_) for e in nlp("青岚山东麓葡萄产业园区管委会主任王明出席。").ents]
    assert ("青岚山东麓葡萄产业园区管委会", "AGENCY") in got, got


def test_a_countys_short_name_with_its_level_is_the_county_not_another_inside_it(nlp):
    got = [(e.text, e.label_) for e in nlp("和林县与青禾公司签订协议。").ents]
    assert ("和林县", "PLACE") in got and ("林县", "PLACE") not in got, got


def test_an_energy_and_chemical_base_is_a_zone(nlp):
    got = [(e.text, e.label_) for e in nlp("煤制油项目落户云岭能源化工基地。").ents]
    assert ("云岭能源化工基地", "PLACE") in got, got


@pytest.mark.parametrize("text", [
    "这家强村公司负责运营村集体物业和民宿项目。",
    "合作社帮助管理村集体资产。",
])
def test_a_verb_before_the_village_collective_names_no_village(nlp, text):
    # "运营|村集体物业": the verb runs the village's collective; the model read verb and 村 as a village
    got = [(e.text, e.label_) for e in nlp(text).ents]
    assert not [t for t, label in got if label == "PLACE" and t.endswith("村")], got


def test_new_words_get_every_lexeme_attribute_spacy_gives_them(nlp):
    # the tokenizer puts C methods in place of spaCy's one-line getters: the answers must not change
    blank = spacy.blank("zh")
    words = ["格尔木", "水利局", "2万吨", "GWh", "www.kg.cn", "http://kg", "kg.com", "A股", "一" * 120, "(", ")",
             "[", "«", "“", "”", "''", "``", "‘", "’", "'", '"', "¥", "$", "€", "，", "。", "!", "...", "The",
             "ABC", "abc", "Ab", "三十", "十五", "1/2", "-3", "±5", "a@b.cn", "x@", " ", "\u3000", "１２３",
             "İ", "ǅ", "Σ", "ß", "Ⅷ", "²", "ab'c", "ok.", "--", "〈", "》"]
    for attr, spacy_getter in blank.vocab.lex_attr_getters.items():
        ours = nlp.vocab.lex_attr_getters[attr]
        for w in words:
            assert ours(w) == spacy_getter(w), (attr, w)
    assert set(nlp.vocab.lex_attr_getters) == set(blank.vocab.lex_attr_getters)


def test_words_jieba_glued_a_joiner_to_are_cut_whichever_character_it_is():
    # a sentence's unknown words are first looked over at once for the characters: each kind must still be cut
    from spacy.vocab import Vocab

    from kg.nlp.tokenizer import JiebaTokenizer

    tok = JiebaTokenizer(Vocab())
    tok.split_leading("及")
    tok.split_marked("即")
    tok.split_trailing("已")
    tok.split_inner("至", ["段"])
    assert tok._cut_leading(["镁源", "及宏方", "公司"]) == ["镁源", "及", "宏方", "公司"]
    assert tok._cut_leading(["，", "即青禾", "公司"]) == ["，", "即", "青禾", "公司"]
    assert tok._cut_leading(["即青禾", "公司"]) == ["即青禾", "公司"]
    assert tok._cut_leading(["教育城已", "开工"]) == ["教育城", "已", "开工"]
    assert tok._cut_leading(["县城", "城至枫", "山段"]) == ["县城", "城", "至", "枫", "山段"]
    words = ["镁源", "宏方", "公司"]
    assert tok._cut_leading(words) is words
