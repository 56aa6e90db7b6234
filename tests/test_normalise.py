import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalise import normalise, split_sentences
from kg.script import to_simplified

from .conftest import SEEDS

SEED_000 = (SEEDS / "000_89b9f35cc2ac333f.txt").read_text(encoding="utf-8")
SEED_004 = (SEEDS / "004_e758a23138851ca3.txt").read_text(encoding="utf-8")


def paragraphs(n):
    return [n.text[p.start:p.end] for p in n.paragraphs]


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    paras = paragraphs(normalise(SEED_004))
    first = paras[0]
    assert first.startswith("本报讯（记者 李莎莎）近年来，我市不断健全完善招商引资体制机制，")
    assert first.endswith("取得新突破。")
    # The page is wrapped every ~15 characters; its paragraphs are long.
    assert sum(len(p) for p in paras) / len(paras) > 60


def test_paragraph_cut_by_page_break_is_rejoined():
    text = normalise(SEED_000).text
    assert "重点引进医药食品级钾盐" in text
    assert "秉承“招引与服务并重" in text
    assert "互补互济" in text


def test_spaces_inside_names_and_numbers_are_removed():
    text = normalise(SEED_004).text
    assert "记者 李莎莎 通讯员格统" in text  # name joined, names kept apart
    assert "蓝科锂业2万吨电池级碳酸锂" in text
    assert "签订招商项目投资协议12个" in text
    assert "2 万" not in text and "12 个" not in text


def test_headline_spaces_between_phrases_are_kept():
    assert "疏通城市供水脉络 筑牢民生保障防线" in paragraphs(normalise(SEED_000))


def test_mixed_width_punctuation_is_unified():
    n = normalise("本报讯(记者李莎莎) 2026年,格尔木ＡＢＣ１２３；增长１７.４％")
    assert n.text == "本报讯（记者李莎莎）2026年，格尔木ABC123；增长17.4%"


def test_offsets_point_back_into_the_original():
    for original in (SEED_000, SEED_004):
        n = normalise(original)
        assert len(n.offsets) == len(n.text) + 1
        for i, ch in enumerate(n.text):
            if ch == "\n":
                continue
            o = original[n.offsets[i]]
            assert o == ch or to_simplified(o) == ch or o in "(),;:!?０１２３４５６７８９％", (i, ch, o)
    n = normalise(SEED_004)
    i = n.text.index("李莎莎")
    s, e = n.original_span(i, i + 3)
    assert SEED_004[s:e] == "李莎莎"
    i = n.text.index("通讯员格统")
    s, e = n.original_span(i, i + 5)
    assert "".join(SEED_004[s:e].split()) == "通讯员格统"


def test_traditional_characters_are_simplified_with_offsets_kept():
    original = "格爾木工業園區與遠景能源簽訂協議。"
    n = normalise(original)
    assert n.text == "格尔木工业园区与远景能源签订协议。"
    assert [original[o] for o in n.offsets[:-1]] == list(original)


def test_normalisation_is_idempotent_on_seeds():
    for original in (SEED_000, SEED_004):
        once = normalise(original).text
        assert normalise(once).text == once


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("格尔木市水利局推进项目 \n\n，。、（）()12,.;“”ＡＢ１２本报讯记者的")), max_size=80))
def test_normalisation_is_idempotent_on_arbitrary_text(chars):
    text = "".join(chars)
    once = normalise(text).text
    assert normalise(once).text == once


def test_sentences_keep_closing_quotes():
    assert split_sentences("签约了。“好！”他说；完") == [(0, 4), (4, 8), (8, 11), (11, 12)]


def test_pinyin_glosses_are_removed_with_offsets_kept():
    text = "青海鹽湖工業(gōng yè)園區的重點項(xiàng)目，和XYZ（中国）公司（ABC）"
    n = normalise(text)
    assert n.text == "青海盐湖工业园区的重点项目，和XYZ（中国）公司（ABC）"  # a Latin name in brackets stays
    start = n.text.index("工业园区")
    s, e = n.original_span(start, start + 4)
    assert text[s:e] == "工業(gōng yè)園區"
    assert normalise(n.text).text == n.text


def test_forum_anti_copy_noise_is_removed_and_offsets_still_point_into_the_original():
    raw = "q3 ~* |7 B@ 华兴农业合作社位于东山村。8 &k )2 M; y%\n县里 将扩建 基地。"
    n = normalise(raw)
    assert n.text.startswith("华兴农业合作社位于东山村。") and "&" not in n.text and "~" not in n.text
    i = n.text.index("东山村")
    s, e = n.original_span(i, i + 3)
    assert raw[s:e] == "东山村"
    assert normalise(n.text).text == n.text
    # Latin runs of real news stay: words longer than two letters, or no punctuation between them
    kept = "GDP增长3.5 %，A B C D四类企业，100MW/200MWh储能项目，CATL 与 BYD 签约。"
    assert normalise(kept).text == "GDP增长3.5%，A B C D四类企业，100MW/200MWh储能项目，CATL与BYD签约。"


def test_a_page_converted_to_taiwan_usage_is_read_back_with_mainland_words():
    raw = "開州區舉行重點專案集中簽約儀式，23個專案總投資57。6億元。"
    n = normalise(raw)
    assert n.text == "开州区举行重点项目集中签约仪式，23个项目总投资57.6亿元。"
    assert len(n.offsets) == len(n.text) + 1
    # A page in mainland traditional script keeps its own words (智慧林業 is not 智能林业).
    assert normalise("福建金森林業股份有限公司“智慧林業”指揮中心").text == "福建金森林业股份有限公司“智慧林业”指挥中心"


def test_a_division_written_with_a_character_the_conversion_changes_keeps_it():
    # 乾 is a traditional form (乾燥 -> 干燥) and a simplified one: the counties are 乾安县, 乾县
    assert normalise("乾安县今年新开工项目十二个，天气乾燥。").text == "乾安县今年新开工项目十二个，天气干燥。"
    assert normalise("陝西乾縣縣委召開會議。").text == "陕西乾县县委召开会议。"
    assert normalise("乾安縣委書記到企業調研。").text == "乾安县委书记到企业调研。"


def test_variant_forms_the_conversion_leaves_become_the_standard_ones():
    # 陜 is Hong Kong's form of 陝 (Shaanxi); a reposted page writes every 陜西 with it
    nt = normalise("推動陜投集團、陜西有色金屬集團擴大投資。")
    assert nt.text == "推动陕投集团、陕西有色金属集团扩大投资。"
    assert nt.original_span(2, 4) == (2, 4)


# quality-28: a page's own field on its line is its own paragraph
def test_a_pages_field_line_is_joined_to_no_other_line():
    raw = "某县工业园区巡礼\n  • 日期:2024-05-06\n  • 来源:某某日报\n\n宏远建材有限公司新建厂房。\n\n园区新引进企业九家。"
    lines = normalise(raw).text.split("\n")
    assert "宏远建材有限公司新建厂房。" in lines
    assert any(line.endswith("来源：某某日报") for line in lines)


def test_a_page_line_and_a_file_photo_caption_end_their_paragraphs():
    # a paper's page line names its page before its author, and the author's name would open the next
    # line's firm; a caption that says it is a file photo goes on into neither the next caption nor the story
    raw = ("版次:07 作者:周小林\n\n青禾材料年产800吨碳纤维项目。(资料图片)\n\n"
           "青禾材料厂区一角。（资料照片）\n\n走进青禾新材料有限公司的车间，机器正在运转。")
    lines = normalise(raw).text.split("\n")
    assert "青禾材料年产800吨碳纤维项目。（资料图片）" in lines, lines
    assert "青禾材料厂区一角。（资料照片）" in lines, lines
    assert lines[0].endswith("周小林"), lines


def test_the_particle_zhe_written_as_in_traditional_text_is_simplified():
    # traditional text writes the particle 着 as 著; left as it is, jieba glues it to the next name
    assert to_simplified("這標志著新疆的項目") == "这标志着新疆的项目"
    assert to_simplified("圍繞著園區，隨著投產") == "围绕着园区，随着投产"
    # but 著 of renown and of written works stays
    assert to_simplified("著名企業編著的報告顯著") == "著名企业编著的报告显著"
    text = normalise("雙方簽約，標志著兩地合作深化。").text
    assert "标志着" in text


@pytest.mark.parametrize("text, wanted", [
    ("圍繞著蘭州新區建設產業園。", ("兰州新区", "PLACE")),
    ("標志著中國石化在當地的布局完成。", ("中国石化", "COMPANY")),
])
def test_a_name_after_the_particle_zhe_of_a_traditional_page_is_found_whole(nlp, text, wanted):
    found = {(e.text, e.label_) for e in nlp(normalise(text).text).ents}
    assert wanted in found, found


# quality-30


def test_a_simplified_page_keeps_qian_in_names():
    # a page in simplified characters writes 乾 only in names; the conversion would make it 干
    assert "乾丰光电" in normalise("宁波乾丰光电股份有限公司与县政府签约。").text
    # a traditional page's 乾 is "dry", and becomes 干
    assert "干燥" in normalise("當地氣候乾燥，適合建設倉儲項目。").text


def test_the_alkali_variant_is_simplified():
    # 堿 (a variant of 鹼) in a chemical plant's name: 烧碱, 氯碱
    assert "氯碱化工公司" in normalise("鄂爾多斯氯堿化工公司燒堿項目開工。").text


def test_line_kinds_tell_openers_continuations_captions_headings_and_text():
    from kg.normalise import _line_kinds

    text = "市水利局持续推进城区供水管网联通改造项目建设，今年以来完成投资三亿元。"
    lines = ["本报讯" + text, "（上接第一版）" + text, "图为改造后的供水管网", "城区供水管网改造", text]
    assert _line_kinds(lines) == ["opener", "continuation", "caption", "heading?", "text"]
    assert _line_kinds([]) == []


def test_a_traditional_pages_qian_stays_in_names_and_is_dry_in_dry_words():
    # traditional text writes "dry" as 乾 too, but a firm's 乾 is no 干 (乾坤, 乾丰)
    text = normalise("昨日寧波乾豐電子有限公司簽約落戶，廠房地面已擦乾，氣候乾燥。").text
    assert "乾丰电子" in text and "擦干" in text and "干燥" in text, text


def test_a_long_line_is_cleaned_where_it_needs_it_and_keeps_every_offset():
    # a page's line of thousands of characters with a few spots to clean: a chain of half-width
    # commas widened from its Chinese neighbour, a run of spaces, a soft hyphen, a gloss
    body = "市水利局持续推进城区供水管网联通改造项目建设" * 100
    original = body + ",,格  李 莎 莎。签\u00ad约 12 个，業(yè)务" + body
    n = normalise(original)
    assert n.text == body + "，，格李莎莎。签约12个，业务" + body
    assert len(n.offsets) == len(n.text) + 1
    assert all(original[o] == ch or ch in "，业" for ch, o in zip(n.text, n.offsets))
    signed = n.text.index("签约")
    assert n.original_span(signed, signed + 2) == (original.index("签"), original.index("约") + 1)


def test_a_simplified_page_with_qian_elsewhere_than_in_a_name_is_read_as_simplified():
    # 乾 at the ends of a page in simplified characters: still a name's 乾, the dry word still 干
    assert normalise("乾丰光电签约，天气乾燥").text == "乾丰光电签约，天气干燥"


def test_a_simplified_page_keeps_sheng_in_names():
    # 昇 is a name's character in simplified writing (华昇, 昇辉); the conversion would make it 升
    assert "华昇智能" in normalise("县政府与华昇智能科技有限公司签约,项目今年开工。").text
    # a traditional page's 昇 in a word of rising is 升
    text = normalise("昨日鴻昇電子有限公司簽約，產品昇華技術再提昇。").text
    assert "鸿昇电子" in text and "提升" in text and "升华" in text, text


def test_a_features_subheading_joins_neither_the_paragraph_before_nor_after_it():
    # A topic, a colon and a phrase with no sentence's end: glued to the next paragraph, its last
    # words opened the first name there (新动能|某某经济开发区).
    page = ("各开发区掀起创新实践热潮，全力推动招商引资。\n"
            "某某经开区：创新模式，激活产业发展新动能\n"
            "某某经济开发区锚定汽车、现代物流、新材料三大主导产业，全力构建全链条招商生态。\n"
            "目前，某某集团拟投资12亿元建设的电池材料产业园项目已进入深度洽谈阶段，该项目若落地，将形成\n"
            "完整产业链。\n")
    paras = paragraphs(normalise(page))
    assert "某某经开区：创新模式，激活产业发展新动能" in paras
    assert any(p.startswith("某某经济开发区锚定") for p in paras)
    # A paragraph cut mid-sentence is still joined.
    assert any(p.endswith("将形成完整产业链。") for p in paras)
    # In a hard-wrapped page the same shape is a wrapped line of a sentence.
    wrapped = "\n".join(["本报讯某县发改委负责人介", "绍说：今年我县将继续抓好", "重点项目建设，力争全年完",
                         "成固定资产投资目标任务，", "为经济发展提供有力支撑。", "全县上下要坚定信心，持续",
                         "优化营商环境，扎实推进各", "项工作落地见效，实现新突", "破。"])
    assert len(paragraphs(normalise(wrapped))) == 1


def test_the_variant_of_lian_in_a_county_paper_is_simplified():
    # 亷 for 廉 in a city's name, which the conversion leaves and which then cut the name off its firm
    assert "廉江市某某建材有限公司" in normalise("亷江市某某建材有限公司落戶工業園。").text


def test_a_sites_line_ending_in_its_time_of_posting_joins_no_name():
    # "某某官方发布 2023-02-07 09:30" then the article's first line: the time is no part of its name
    text = normalise("某区官方发布 2023-03-05 10:45\n南方汽车技改项目开工建设，预计年底投产。").text
    assert "10:45南方" not in text and "南方汽车技改项目" in text, text


def test_an_offices_photo_credit_ends_its_paragraph():
    # a credit by an office or a firm, not a reporter ("某某委员会供图"), is a caption's last line:
    # the next paragraph's first name is no part of it
    raw = "新区湿地公园一角。某市发展和改革委员会供图\n\n湿地公园项目位于新区北部，今年完工。"
    lines = normalise(raw).text.split("\n")
    assert "湿地公园项目位于新区北部，今年完工。" in lines, lines
    raw = "某县委宣传部供图\n\n东湖隧道项目进入主体施工。"
    assert "东湖隧道项目进入主体施工。" in normalise(raw).text.split("\n")


def test_a_stray_letter_of_a_misdecoded_character_is_dropped():
    # a page decoded in the wrong encoding: "??h" stands for "。县", and the letter glued to the next word
    n = normalise("大会隆重开幕??h人民政府县长作报告。")
    assert "h人民政府" not in n.text and "人民政府县长" in n.text
    assert normalise("What??a question").text == "What??a question"


def test_a_photo_credit_naming_the_reporters_outlet_ends_its_paragraph():
    # "某县融媒体中心记者 某某摄" under a photo, then the story: the next line's first word is no part of
    # the reporter's name (a place "某某摄市" out of "…摄" and "市领导")
    raw = "签约仪式现场。青禾县融媒体中心记者 韩立摄\n市领导周某某出席仪式。"
    assert "市领导周某某出席仪式。" in normalise(raw).text.split("\n")
    raw = "厂区一角。北原日报记者苏某某 摄\n市委书记到企业调研。"
    assert "市委书记到企业调研。" in normalise(raw).text.split("\n")
    raw = "青禾网/北原日报记者 韩立 摄\n县长主持开工仪式。"
    assert "县长主持开工仪式。" in normalise(raw).text.split("\n")


def test_a_simplified_page_with_a_word_taiwan_writes_too_keeps_its_words():
    # 晶片 (a wafer) is written so on the mainland too: no sign of a page converted to Taiwan usage
    raw = "某某碳化硅晶片生产项目开工，项目信息已公示。"
    assert normalise(raw).text == raw


def test_a_lines_cues_are_found_by_the_joined_searches_as_by_each_pattern():
    # the cues that hold at a line's start share one "^"; a pattern whose "^" opens only one branch
    # ("^甲|乙") is searched everywhere, as are the others
    import re

    from kg.normalise import _any_of

    patterns = tuple(re.compile(p) for p in ("^本报讯", "^甲|乙", "(?:^|。)图为", "^(?:记者|通讯员)[^，]{1,4}摄$",
                                             "供图$", "^[（(]?(?:上接|接上)"))
    searches = _any_of(patterns)
    assert len(searches) == 2
    for line in ("本报讯 某某", "某某本报讯", "甲方", "某甲", "某乙方", "图为现场", "现场。图为", "记者王五摄",
                 "记者王五摄影", "某县委宣传部供图", "供图者", "（上接一版）", "上接", "接上文", "文章", ""):
        assert any(s.search(line) for s in searches) == any(p.search(line) for p in patterns), line
    assert not any(s.search("文章") for s in _any_of(()))
