from kg.articles import find_date, parse_byline, split_articles
from kg.normalise import normalise
from kg.read import Document, read_inputs

from .conftest import SEEDS


def seed_articles(stem):
    doc = next(d for d in read_inputs([SEEDS]).documents if d.id.startswith(stem))
    return split_articles(doc)


def test_page_000_splits_into_three_articles_with_headlines():
    arts = seed_articles("000")
    assert [a.headline for a in arts] == [
        "格尔木工业园精准招商赋能“十五五”开局",
        "疏通城市供水脉络 筑牢民生保障防线 我市城区供水管网联通改造工程有序推进",
        "2026创业项目选拔赛 我市举办『创赢未来』",  # printed after its article
    ]
    assert [a.byline for a in arts] == ["记者李莎莎阿昕德", "记者张金凤马俊杰", "记者赵倩"]
    assert "市水利局" in arts[1].text and "市水利局" not in arts[0].text
    assert "市人社局" in arts[2].text


def test_page_004_headlines_printed_after_their_articles_go_back():
    arts = seed_articles("004")
    heads = [a.headline for a in arts]
    assert heads[0] == "精准发力强链条 产业“四地”更高质"
    assert heads[1] == "十四届市委第三轮巡察工作动员部署会召开"
    assert heads[2] == ""  # a continuation from page one: its headline is elsewhere
    assert heads[3] == "今年三季度全市工业经济保持两位数增长"
    assert heads[4].startswith("格尔木市新型冠状病毒感染的肺炎疫情防控处置工作指挥部 关于开展全员核酸检测的通告")
    assert [a.byline for a in arts][:2] == ["记者 李莎莎", "记者 夏静 仁增加措"]
    assert arts[1].date == "11月2日"
    assert "蓝科锂业" in arts[0].text and "巡察" not in arts[0].text
    assert arts[2].text.startswith("（上接一版）")


def test_sentences_carry_provenance():
    doc = next(d for d in read_inputs([SEEDS]).documents if d.id.startswith("004"))
    for art in split_articles(doc):
        for s in art.sentences:
            assert s.doc == doc.id and s.article == art.id
            raw = "".join(doc.text[s.orig_start:s.orig_end].split())
            assert raw[:1] == s.text[:1] or s.text[0] in "（(“"


def test_single_article_documents_are_not_split():
    doc = Document("w/1", "w.jsonl:1", "本报讯 第一段。\n\n本报讯 第二段。", title="网页标题", single_article=True)
    arts = split_articles(doc)
    assert len(arts) == 1 and arts[0].headline == "网页标题"


def test_dates_and_bylines():
    assert find_date("2022 年 11 月 4 日在") == "2022-11-04"
    assert find_date("没有日期") == ""
    assert parse_byline("本报讯（记者 李莎莎 通讯员 格统）今年") == "记者 李莎莎 通讯员 格统"
    assert parse_byline("今年以来") == ""


def test_the_date_is_read_from_the_dateline_not_the_story():
    dateline = Document("d1", "d1.txt", "本报讯（记者 王五）11月2日，格尔木市召开项目推进会。")
    assert split_articles(dateline)[0].date == "11月2日"
    story = ("本报讯 格尔木市昆仑经济技术开发区近日召开项目推进会，会议听取了各企业的建设进展汇报，"
             "与会人员还实地察看了多个在建项目的现场，详细了解了用地、用电和用工方面的具体情况，"
             "该开发区始建于1999年8月3日，目前已入驻企业一百余家。")
    assert split_articles(Document("d2", "d2.txt", story))[0].date == ""
    assert split_articles(Document("d3", "d3.txt", story, date="2024-05-01"))[0].date == "2024-05-01"


def test_sentences_map_each_character_to_the_original_as_the_page_does():
    # Hard wraps, spaces inside names, a pinyin gloss and full-width digits:
    # each removes or changes characters, and the sentence's own map must agree
    # with the page's at every character, so that later stages need not
    # normalise the page again.
    text = ("市发改委\n组织格 尔 木\n市的企业参加\n签约仪式，业(yè)主单位\n"
            "投资２３亿元。\n\n本报讯 第二篇\n正文没有断行。")
    docs = [Document("x", "x.txt", text)] + read_inputs([SEEDS]).documents
    for doc in docs:
        norm = normalise(doc.text)
        sentences = [s for a in split_articles(doc, norm) for s in a.sentences]
        assert any(s.jumps for s in sentences)
        for s in sentences:
            assert [s.original_index(i) for i in range(len(s.text))] == norm.offsets[s.start:s.end]
            assert s.original_span(0, len(s.text)) == (s.orig_start, s.orig_end)


def test_a_heading_between_two_articles_goes_to_the_one_whose_body_it_shares():
    # the heading below the first story repeats its words (spaces aside), so it is that story's headline
    text = ("本报讯（记者 李莎）市水利局推进城区供水管网改造项目建设，今年完成投资三亿元。\n\n"
            "城区供水 管网改造项目建设\n\n"
            "本报讯（记者 王五）县发改局召开重点项目推进会议，部署下半年工作。")
    first, second = split_articles(Document("d", "", text))
    assert first.headline == "城区供水 管网改造项目建设"
    assert second.headline == ""


def test_a_photos_caption_alone_on_its_line_opens_no_article():
    # "座谈会现场", "某某发言": a scene or a speaker under a photo between paragraphs of one story
    text = ("全省企业家座谈会在省城召开，省工商联主席出席。\n座谈会现场\n企业家们交流了经营情况。\n"
            "陈立新发言\n陈立新表示，企业将加大投入。\n")
    arts = split_articles(Document("w/2", "w.txt", text))
    assert len(arts) == 1 and arts[0].headline == "", [(a.headline, a.text[:12]) for a in arts]
    assert "企业将加大投入" in arts[0].text
