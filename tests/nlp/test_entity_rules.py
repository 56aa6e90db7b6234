"""The extractor as a spaCy pipeline, used without the CLI."""

import json

import pytest
import spacy

import kg
from kg.evaluate import load_gold, predict, score

from ..conftest import ROOT


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    """These tests are of the rules; the tagger's own tests are in test_statistical.py."""
    return rules_nlp


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def assert_found(nlp, text, wanted, unwanted):
    """Every (name, label) of ``wanted`` is found, and no name of ``unwanted``."""
    got = set(ents(nlp, text))
    assert wanted <= got, got
    assert not {t for t, _ in got} & unwanted, got


def test_load_pipeline_is_a_spacy_pipeline(nlp):
    assert isinstance(nlp, spacy.language.Language)
    assert nlp.lang == "zh" and "kg_entity_rules" in nlp.pipe_names
    doc = nlp("市水利局持续推进城区供水管网联通改造项目建设")
    assert ("市水利局", "AGENCY") in [(e.text, e.label_) for e in doc.ents]
    assert all(t.tag_ for t in doc)  # jieba part of speech


@pytest.mark.parametrize("text, expected", [
    ("青海盐湖工业股份有限公司与格尔木市签订协议。", [("青海盐湖工业股份有限公司", "COMPANY"), ("格尔木市", "PLACE")]),
    ("先后与远景能源、天行集团、安徽瑞柏等企业达成投资意向。",
     [("远景能源", "COMPANY"), ("天行集团", "COMPANY"), ("安徽瑞柏", "COMPANY")]),
    ("蓝科锂业2万吨电池级碳酸锂、比亚迪碳酸锂中试等项目建成投产。",
     [("蓝科锂业", "COMPANY"), ("2万吨电池级碳酸锂", "PROJECT"), ("比亚迪", "COMPANY"), ("碳酸锂中试", "PROJECT")]),
    ("南山口抽水蓄能电站等项目开工建设。", [("南山口抽水蓄能电站", "PROJECT")]),
    ("台吉乃尔野奢文旅小镇一期建成开园。", [("台吉乃尔野奢文旅小镇一期", "PROJECT")]),
    ("“智能精准粥料+甜菜益生菌无抗养殖技术应用”项目荣获一等奖。", [("智能精准粥料+甜菜益生菌无抗养殖技术应用", "PROJECT")]),
    ("东城区工委、市委统战部、市工商联作了发言。", [("东城区工委", "AGENCY"), ("市委统战部", "AGENCY"), ("市工商联", "AGENCY")]),
    ("州委副书记、市委书记出席。", [("州委", "AGENCY"), ("市委", "AGENCY")]),
    ("施工覆盖察尔汗路、民主巷、昆仑公园等片区。", [("察尔汗路", "PLACE"), ("民主巷", "PLACE"), ("昆仑公园", "PLACE")]),
    ("格尔木工业园（昆仑经济技术开发区）位于柴达木盆地。",
     [("格尔木工业园", "PLACE"), ("昆仑经济技术开发区", "PLACE"), ("柴达木盆地", "PLACE")]),
    ("在唐古拉山镇长江源村开展检测。", [("唐古拉山镇", "PLACE"), ("长江源村", "PLACE")]),
    # jieba glues 社区 to the noun after it: the place still ends at 社区.
    ("一行前往解放路社区卫生服务中心调研。", [("解放路社区", "PLACE")]),
    # A word that is a place by itself takes only proper names in front of it.
    ("游客初抵巴厘岛，顺便游览青岩古镇。", [("巴厘岛", "PLACE"), ("青岩古镇", "PLACE")]),
    ("那时候长白山很冷，繁华兰州很热。", [("长白山", "PLACE"), ("兰州", "PLACE")]),
    # jieba's guesses glue a function character to the name: it starts after it.
    ("4月26日，王在静安寺路见面，民警迅速从青杨树村出发。", [("静安寺路", "PLACE"), ("青杨树村", "PLACE")]),
    # A short alias begins a name unless another name follows it.
    ("西宁经济技术开发区和格尔木工业园片区", [("西宁经济技术开发区", "PLACE"), ("格尔木工业园片区", "PLACE")]),
    ("坐落于厦门思明区莲花片区", [("厦门", "PLACE"), ("思明区", "PLACE"), ("莲花片区", "PLACE")]),
    # A company head needs a project after it: 高纯锂镁盐 is a product, not 高纯锂 and its project.
    ("重点引进医药食品级钾盐、高纯锂镁盐等优质项目。", [("高纯锂镁盐", "PROJECT")]),
    # "地区" after a place only says "area".
    ("上海大众品牌广州地区授权经销商", [("广州", "PLACE")]),
    # Division aliases jieba tags as person names (曲麻莱, 石家庄) still name the place.
    ("曲麻莱黄河源社区和石家庄的企业", [("曲麻莱", "PLACE"), ("黄河源社区", "PLACE"), ("石家庄", "PLACE")]),
    # A company is never part of a place's name; 同城 is "the same city".
    ("工商银行深圳地区各网点提高了同城跨行收费。", [("工商银行", "COMPANY"), ("深圳", "PLACE")]),
    # A legal name begins with where the company is registered, however long;
    # "企业" before a name only says what kind of thing it is.
    ("江阴市全顺海宏汽车销售服务有限公司与该企业青海盐湖工业股份有限公司签约。",
     [("江阴市全顺海宏汽车销售服务有限公司", "COMPANY"), ("青海盐湖工业股份有限公司", "COMPANY")]),
    # "农村" after a place says "rural": 湖北农村 is 湖北.
    ("远在湖北农村的熊家人", [("湖北", "PLACE")]),
    # An online or chain store is a business, not a place.
    ("淘宝商城改叫天猫，京东商城领涨。", [("淘宝商城", "COMPANY"), ("京东商城", "COMPANY")]),
    # A shared alias names the prefecture-level city (长沙市, not 长沙县).
    ("他从长沙出发，经南昌到西安。", [("长沙", "PLACE"), ("南昌", "PLACE"), ("西安", "PLACE")]),
    # Capitals and major cities abroad come from the gazetteer's world list.
    ("他在罗马、吉隆坡和伊斯坦布尔开了分店。", [("罗马", "PLACE"), ("吉隆坡", "PLACE"), ("伊斯坦布尔", "PLACE")]),
    # A person who acts for a body is no part of its name.
    ("副县长王明远代表县政府与客商签约。", [("县政府", "AGENCY")]),
    ("常务副市长李国栋代表市委致辞。", [("市委", "AGENCY")]),
    # A function character jieba glues to 县 or 市 is no part of the name.
    ("据县工业园区介绍，园区今年新增企业九家。", [("县工业园区", "PLACE")]),
    ("笔者从县工业主管部门获悉，前十个月工业投资增长。", []),
    ("县里将一如既往地为项目建设做好服务。", []),
    # "新签项目" is a kind, not a name, after a place too.
    ("据统计，平江县新签项目十二个。", [("平江县", "PLACE")]),
    # A construction group's numbered bureau is a company, not a government bureau.
    ("中铁八局和中交二航局承建跨江大桥主体工程。", [("中铁八局", "COMPANY"), ("中交二航局", "COMPANY"),
                                          ("跨江大桥主体工程", "PROJECT")]),
    # A business verb right before the legal form belongs to the legal name.
    ("公司与四川恒达数控机械制造有限责任公司签约。", [("四川恒达数控机械制造有限责任公司", "COMPANY")]),
    # An autonomous county written with its short alias is one place; 自治县 alone names none.
    ("彭水自治县举行招商推介会。", [("彭水自治县", "PLACE")]),
    # jieba's guess cuts a one-character verb out of an unknown brand (艾德康|居|科技).
    ("公司与湖南艾德康居科技有限公司签约。", [("湖南艾德康居科技有限公司", "COMPANY")]),
    # A bare zone word names no place; a banner paper's 旗委 is a body.
    ("经济开发区管委会与旗委联合发文。", [("经济开发区管委会", "AGENCY"), ("旗委", "AGENCY")]),
    # A listed company's name before 业 names its trade: "中国建筑业" is the building industry.
    ("中国建筑业总产值稳步增长，中国建筑业绩亮眼。", [("中国", "PLACE"), ("中国建筑", "COMPANY")]),
])
def test_examples_beyond_the_seeds(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "重点招引风电叶片、光伏支架、储能设备等项目。",  # kinds of investment, not projects
    "推动供水格局持续优化，部分干部参加。",            # 格局 and 干部 are not agencies
    "加强与各地援青指挥部的对接联动。",                 # a generic reference
    "全方位展示项目的创新性。",
    "第一书记驻村帮扶，房市股市双双下跌，闯荡江湖。",  # end like places, are not
    "发挥创业街、创业园等载体作用，逛繁华商业街。",  # kinds of street
    "新车即将上市，养老金入市，大城市和中小城市，在盛大商城购买。",  # the market, the city as an idea, a mall
    "这是他的成功之路，江河倒流，回到温暖的港湾。",
    "双方共建合资公司，开通手机银行，扶持村镇银行。",  # kinds of company and bank
    "游客登上海岛，远眺高山和古镇，吃了汉堡，包罗万象。",  # landforms in general; city names that are words
    "调集周边地区的力量，推进沿海地区发展，海尔展区成为亮点。",  # kinds of area; part of a fair
    "高速控球纹路设计，杀出一条血路，女孩被撞18路公交。",  # paths as ideas; a bus line
    "企业及时向当地政府报告，两国政府表示支持，上级政府拨付资金。",  # whose government, not which
    "化解地方政府债务，基层政府减负，外国政府代表团来访。",
])
def test_generic_phrases_are_not_entities(nlp, text):
    assert ents(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # A legal name with a Latin brand and a bracketed region is one company, never its bare suffix.
    ("XYZ（江苏）有限公司与KLM（成都）新材料有限公司签约。",
     [("XYZ（江苏）有限公司", "COMPANY"), ("KLM（成都）新材料有限公司", "COMPANY")]),
    ("由5G中国有限公司和北辰（广东）有限公司承办。", [("5G中国有限公司", "COMPANY"), ("北辰（广东）有限公司", "COMPANY")]),
    # A park before a company with a name of its own is a place; the project starts after the company.
    ("开发区里建成了东山工业园南岭金属制品有限公司年产5万吨铝材项目。",
     [("东山工业园", "PLACE"), ("南岭金属制品有限公司", "COMPANY"), ("年产5万吨铝材项目", "PROJECT")]),
    # A direction word after a place belongs to the company's name (西部矿业 style).
    ("甘肃东部铝业有限公司召开会议。", [("甘肃东部铝业有限公司", "COMPANY")]),
    # A park before a project: the park is where the project is, and "100MW/200MWh" is one capacity;
    # the firm's short name before it is the firm (as the seeds read 中信昆仑|2万吨电池级碳酸锂).
    ("东川工业园区星辉源50MW/100MWh储能电站项目开工。",
     [("东川工业园区", "PLACE"), ("星辉源", "COMPANY"), ("50MW/100MWh储能电站项目", "PROJECT")]),
])
def test_company_and_project_boundaries(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A position is not a body: 县委常委 is a member of the 县委.
    ("县委常委、宣传部长出席会议。", [("县委", "AGENCY")]),
    # "整县推进" is "the whole county", not a county's name.
    ("推动屋顶分布式光伏整县推进试点。", []),
    # 暨 joins two names; 入驻 says where a company moved in.
    ("河东新区暨临港工业园揭牌，已入驻北辰水泥等企业。",
     [("河东新区", "PLACE"), ("临港工业园", "PLACE"), ("北辰水泥", "COMPANY")]),
    # An item that starts with its capacity starts with no company.
    ("年产2万吨铝材、年产8千吨铜箔等项目开工。", [("年产2万吨铝材", "PROJECT"), ("年产8千吨铜箔", "PROJECT")]),
])
def test_positions_and_joining_words_are_not_names(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A count after 等 makes a list of projects, even when a verb qualifies the head.
    ("包括青龙通用机场、20万千瓦光伏发电、茶园小镇等8个招商引资签约项目。",
     [("青龙通用机场", "PROJECT"), ("20万千瓦光伏发电", "PROJECT"), ("茶园小镇", "PROJECT")]),
    # "三个项目" counts the list; it is no part of its last item, nor a project of its own.
    # An item that is only a company's name (a brand and a company suffix) names the company.
    ("平山久泰电子、平山宏达电器产业链三个项目集中开工。",
     [("平山久泰电子", "COMPANY"), ("平山宏达电器产业链", "PROJECT")]),
    # A place with 本次 / 今年 before the predicate is the subject of a report, not a project.
    ("柳林县本次集中开工的5个项目总投资8亿元。", [("柳林县", "PLACE")]),
    # "县委县政府", "市委市政府": two bodies written together, never one, nor the start of a project.
    ("副县长代表县委县政府与客商签约。", [("县委", "AGENCY"), ("县政府", "AGENCY")]),
    ("市委市政府高度重视项目建设，区委区政府抓好落实。",
     [("市委", "AGENCY"), ("市政府", "AGENCY"), ("区委", "AGENCY"), ("区政府", "AGENCY")]),
    # A committee's department is one body.
    ("市委统战部召开座谈会。", [("市委统战部", "AGENCY")]),
    # 第二次 / 第二轮 / 首批 before 重大项目 is a batch of the year's projects, not one project.
    ("2023年衡阳市第二次重大项目集中开工活动隆重举行。", [("衡阳市", "PLACE")]),
    ("凤城第二轮重点项目签约。", [("凤城", "PLACE")]),
    # Right after a legal company name, a product's project is that company's, specific or not.
    ("投资1亿元的河东麦丰食品有限公司糕点加工项目正式签约。",
     [("河东麦丰食品有限公司", "COMPANY"), ("糕点加工项目", "PROJECT")]),
    # 及 inside a specific project's name joins its products; kinds joined by 及 stay kinds.
    ("山阳粮油有限公司投资建设年产3万吨菜籽油及饲料加工项目。",
     [("山阳粮油有限公司", "COMPANY"), ("年产3万吨菜籽油及饲料加工项目", "PROJECT")]),
    ("重点招引清洁汽柴油、航空煤油等清洁油品及绿色化工项目。", []),
    # A company's name without a legal suffix before the capacity heads its project.
    ("浙江恒兴纺织年产2万吨功能面料项目签约。", [("浙江恒兴纺织", "COMPANY"), ("年产2万吨功能面料项目", "PROJECT")]),
    # A place and a park before the project are where it is, not a company.
    ("总投资2亿元的城东物流园区冷链仓储项目开工。", [("城东物流园区冷链仓储项目", "PROJECT")]),
])
def test_counts_report_subjects_and_joint_bodies(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "该股份有限公司负责人说，注册一家有限公司需要三天。",     # the legal form alone
    "成立了一家科技有限公司和一家投资有限公司。",               # a kind of business and the legal form
    "市领导王晓明、刘建、赵东升等参加项目开工仪式。",           # a list of people, not projects
    "县委副书记陈立新、张华等参加项目集中开工活动。",
    "某市举行2023年第二批重点项目集中开工仪式。",              # a headline about an event
    "成都举行招商项目签约会。",
])
def test_fragments_and_people_are_not_companies_or_projects(nlp, text):
    assert [e for e in ents(nlp, text) if e[1] in ("COMPANY", "PROJECT")] == []


def test_home_county_references_are_kept_apart(nlp):
    doc = nlp("我县与本县企业")
    assert [(s.text, s.label_) for s in doc.spans["kg_refs"]] == [("我县", "HOME_COUNTY"), ("本县", "HOME_COUNTY")]
    assert list(doc.ents) == []


def test_home_city_references_are_kept_apart(nlp):
    doc = nlp("我市与全州的企业")
    assert [(s.text, s.label_) for s in doc.spans["kg_refs"]] == [("我市", "HOME_CITY"), ("全州", "HOME_PREFECTURE")]
    assert list(doc.ents) == []


def test_spans_record_their_rule(nlp):
    doc = nlp("积极对接陕西建工年产3万吨六氟磷酸锂等一批意向项目")
    rules = {e.text: e._.kg_rule for e in doc.ents}
    assert rules["陕西建工"].endswith("company-head") and rules["年产3万吨六氟磷酸锂"] == "enumeration"


def test_user_lexicon_extends_the_pipeline(tmp_path):
    lex = tmp_path / "lex.jsonl"
    lex.write_text(json.dumps({"name": "中船", "type": "COMPANY", "aliases": ["中国船舶"]}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    nlp = kg.load_pipeline([lex])
    assert ("中船", "COMPANY") in ents(nlp, "中船与格尔木市合作。")
    assert ("中国船舶", "COMPANY") in ents(nlp, "中国船舶与格尔木市合作。")


def test_bad_lexicon_names_the_file_and_line(tmp_path):
    from kg.lexicon import LexiconError

    lex = tmp_path / "bad.jsonl"
    lex.write_text('{"name": "X", "type": "PERSON"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.jsonl:1"):
        kg.load_pipeline([lex])


def test_traditional_text_is_extracted_and_keeps_its_surface(nlp):
    from kg.analyse import analyse_document
    from kg.read import Document

    a = analyse_document(Document("t", "t.txt", "格爾木市水利局持續推進城區供水管網聯通改造項目。"), nlp)
    got = {(m.text, m.original, m.label) for m in a.mentions}
    assert ("格尔木市水利局", "格爾木市水利局", "AGENCY") in got


def test_seed_annotation_meets_the_targets(nlp):
    """Exact-span F1 on our annotation of the seeds (tests/data/seeds_entities.jsonl)."""
    records = load_gold(ROOT / "tests" / "data" / "seeds_entities.jsonl")
    result = score({"gold": r.spans, "pred": p, "neutral": r.neutral, "types": r.types}
                   for r, p in zip(records, predict([r.text for r in records], nlp)))
    for label in ("COMPANY", "PROJECT", "AGENCY", "PLACE"):
        assert result[label]["f1"] >= 0.90, (label, result[label])


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a visit's subject, adverb and verb come before the first item of a list
    ("刘明一行随后来到华昕纸业、金穗米业等企业。", {("华昕纸业", "COMPANY"), ("金穗米业", "COMPANY")}, set()),
    # 了解项目进度: "项目" after a verb and an adverb names no project
    ("张华认真了解项目进度、资金等情况。", set(), {"张华认真了解项目"}),
    # a title, a person and a visit are never the start of a park
    ("市长王刚调研北山工业园区、南岭工业集中区。", {("北山工业园区", "PLACE")}, {"市长王刚调研北山工业园区"}),
    ("县委书记陈明调研柳河工业园区。", {("柳河工业园区", "PLACE")}, set()),
    # a dateline's outlet is not part of its place; 跨省 is "across provinces", not a province
    ("东北网密山6月1日电 近日。", {("密山", "PLACE")}, set()),
    ("竹溪跨省招商迎来新签约。", set(), {"竹溪跨省"}),
    # an item's 的 qualifies the item: the amount before it is not part of the company or the project;
    # a weak suffix followed by a legal one (新能源|公司) is one company name
    ("今年签约项目包括总投资8亿元的华能新能源公司光伏发电项目、总投资3亿元的中粮集团玉米深加工项目等项目。",
     {("华能新能源公司", "COMPANY"), ("光伏发电项目", "PROJECT"), ("中粮集团", "COMPANY"), ("玉米深加工项目", "PROJECT")},
     {"总投资3亿元的中粮集团玉米深加工项目", "公司光伏发电项目"}),
    # a conjunction joins another party to the list; a park in a list of companies is a place
    ("会上，东湖经济开发区、江州市宏远城乡投资开发有限责任公司分别和广州飞鲸科技等公司进行项目签约。",
     {("东湖经济开发区", "PLACE"), ("广州飞鲸科技", "COMPANY")},
     {"江州市宏远城乡投资开发有限责任公司分别和广州飞鲸科技"}),
    # a verb before a place name starts the list, it is no part of the first project
    ("此次共有德阳美达高科产业园等8个项目集中开工。", {("德阳美达高科产业园", "PROJECT")}, {"共有德阳美达高科产业园"}),
    # ... but a brand jieba reads as a verb is kept whole when no other name follows it
    ("翱翔体育用品、青山粮品等小微企业30家。", {("翱翔体育用品", "COMPANY"), ("青山粮品", "COMPANY")}, set()),
    # a size class or a kind of industry is no project
    ("其中超亿元项目8个，亿元以上项目12个。", set(), {"超亿元项目", "亿元以上项目"}),
    ("当地积极引进新兴产业项目。", set(), {"新兴产业项目"}),
    # a project named after its county and a hill has no company at its head
    ("此次集中开工项目包括子长县凤凰山生态文化园建设项目、金沙湾现代农业园区建设项目等20个项目。",
     {("子长县凤凰山生态文化园建设项目", "PROJECT")}, {"子长县"}),
    ("此次集中开工项目包括甘泉县高柏山生态文化园建设项目、金沙湾现代农业园区建设项目等20个项目。",
     {("甘泉县高柏山生态文化园建设项目", "PROJECT")}, {"甘泉县高柏山"}),
    # nor does a project named after its zone
    ("河北井陉经济开发区青鼎科技园项目集中开工。", {("河北井陉经济开发区青鼎科技园项目", "PROJECT")}, {"河北井陉"}),
])
def test_clause_words_around_a_name_stay_out_of_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an adverb and a verb of a headline's clause come before the project's name
    ("湖口镇：扎实做好伟鑫机械项目清障工作", {("伟鑫机械项目", "PROJECT")}, {"扎实做好伟鑫机械项目"}),
    # a place and a date before a generic head name a batch of projects
    ("县长宣布平利县2023年度3-4月份重点项目集中开工。", {("平利县", "PLACE")}, {"平利县2023年度3-4月份重点项目"}),
    ("与全省同步举行湖北省2019年第二季度重大项目集中开工仪式。", set(), {"湖北省2019年第二季度重大项目"}),
    # a programme named by numbered slogans is no project; "among a group" starts an item
    ("全县推进“三重一实”项目，其中33个重点工程中南湖大道、县人民医院迁建等21个项目已复工。",
     {("南湖大道", "PROJECT")}, {"三重一实", "工程中南湖大道"}),
])
def test_headline_clauses_and_batches_are_no_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def _tagged(nlp, words, tags):
    """The entity rules over a segmentation given word by word (jieba's guesses vary with the words)."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words), tags=tags)
    return {(e.text, e.label_) for e in nlp.get_pipe("kg_entity_rules")(doc).ents}


def test_a_name_whose_first_character_jieba_cut_off_is_found_whole(nlp):
    # jieba read 天 as a classifier and guessed 恒菌业 as a word
    got = _tagged(nlp, ["年产", "2", "万吨", "的", "天", "恒菌业", "项目", "正在", "建设", "。"],
                  ["j", "m", "m", "uj", "q", "x", "n", "t", "vn", "w"])
    assert ("天恒菌业项目", "PROJECT") in got, got


def test_a_title_a_county_earns_is_no_county(nlp):
    got = _tagged(nlp, ["围绕", "创建", "现代", "丝路", "高寒", "农业", "品牌", "县", "，", "旅游", "强县"],
                  ["v", "v", "t", "n", "x", "n", "n", "zg", "w", "vn", "n"])
    assert not {label for _, label in got} & {"PLACE"}, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # choosing a site is no part of the park's name
    ("项目选址青云工业园，建设电池生产基地。", {("青云工业园", "PLACE")}, {"项目选址青云工业园"}),
    # a list of projects named by their companies names the companies; 另有 starts a clause
    ("其中华威新能源、博达新能源、赣锋锂业等5个项目已开工建设，另有比亚迪汽车等20个项目正在洽谈。",
     {("华威新能源", "COMPANY"), ("赣锋锂业", "COMPANY"), ("比亚迪汽车", "COMPANY")}, {"另有比亚迪汽车"}),
    ("配套引进了璞泰来、科达利等一批10亿级产业链项目。",
     {("璞泰来", "COMPANY"), ("科达利", "COMPANY")}, {"亿级产业链项目", "10亿级产业链项目"}),
    # amounts listed before the companies they belong to name nothing
    ("总投资分别为2亿元、1.5亿元的欧德隆科技有限公司、金鹏科技有限公司等企业先后落户。",
     {("欧德隆科技有限公司", "COMPANY")}, {"2亿元", "1.5亿元"}),
    # a ceremony is an event, and 暨 joins two of them
    ("上午，青山工业园区铁路专用线通车仪式、青山经济技术开发区零碳园区创建暨华瑞10万吨负极材料基地项目开工仪式在该县举行。",
     {("10万吨负极材料基地项目", "PROJECT")},
     {"青山工业园区铁路专用线通车仪式", "青山经济技术开发区零碳园区创建暨华瑞10万吨负极材料基地项目"}),
    # a trade before 产业基地 is no company
    ("全国首家锂电新能源产业基地落户宜春。", set(), {"锂电新能源"}),
    # an office whose official name joins two fields with 和, but two offices joined stay two
    ("湖北省工业和信息化委员会介绍了情况。", {("湖北省工业和信息化委员会", "AGENCY")}, {"信息化委员会"}),
    ("县领导带领环保局、经信局等部门外出学习。", {("经信局", "AGENCY")}, {"信局"}),
    ("住房和城乡建设部科学技术委员会发布报告。", {("住房和城乡建设部科学技术委员会", "AGENCY")}, set()),
    ("广州市住房保障和房屋管理局发布通知。", {("广州市住房保障和房屋管理局", "AGENCY")}, {"房屋管理局"}),
    # jieba holds the second field and the suffix as one word (外事局): the name still joins both fields
    ("市经济合作和外事局副局长赵某某出席会议。", {("市经济合作和外事局", "AGENCY")}, {"外事局"}),
    ("阆中市经济合作和外事局组织企业考察。", {("阆中市经济合作和外事局", "AGENCY")}, {"外事局"}),
    # 新办 and 开办 are verbs of setting up ("在渝|新办|企业"), no office; the State Council's 国新办 is one
    ("不少本地商户选择在渝新办门店。", set(), {"渝新办"}),
    ("去年他在湘开办了一家农机厂。", set(), {"湘开办"}),
    ("国新办当天举行新闻发布会。", {("国新办", "AGENCY")}, set()),
    # a list of projects talked over starts after the talks: neither the verb nor the firm before it is an item's
    ("副县长带队与南岭光电科技有限公司对接洽谈文旅、农机制造等项目合作事宜。",
     {("南岭光电科技有限公司", "COMPANY")}, {"洽谈文旅", "南岭光电科技有限公司对接洽谈文旅"}),
    ("双方洽谈青山湖度假区、云顶滑雪场等项目。", {("青山湖度假区", "PROJECT")}, {"双方洽谈青山湖度假区"}),
    # a headline's amount with no 元 sizes a batch of projects as 亿元 does
    ("江津总投资48.5亿项目集中开工", set(), {"江津总投资48.5亿项目"}),
    ("新城区3.2亿项目签约落地", set(), {"新城区3.2亿项目"}),
    # an exchange is a company; so is a bank's branch, named after the bank and its place
    ("伦敦金属交易所期铜上涨。", {("伦敦金属交易所", "COMPANY")}, set()),
    ("农业银行平江县支行开展金融服务。", {("农业银行平江县支行", "COMPANY")}, set()),
    ("邮储银行宜春市分行发放贷款。", {("邮储银行宜春市分行", "COMPANY")}, set()),
    # an auction house's trade is part of its name
    ("北京保利拍卖公司举行拍卖会。", {("北京保利拍卖公司", "COMPANY")}, set()),
    # a later item keeps a verb that is part of a name (中原建设), and punctuation is never a name's start
    ("此次签约的鼓楼区文创科技产业园、河南中原建设新材料科研产业园等项目总投资16亿元。",
     {("河南中原建设新材料科研产业园", "PROJECT")}, {"材料科研产业园"}),
    ("他在致辞时表示，青北高科园项目是首个工业项目。", {("青北高科园项目", "PROJECT")}, {"，青北高科园项目"}),
    # a headline's amount and place, apart, are no project; a kind of company names none
    ("120亿元 云阳28个项目集中签约", set(), {"120亿元 云阳"}),
    ("由多家上市公司、民营企业及国有平台公司共同投资建设。", set(), {"国有平台公司"}),
    ("零售银行业务增长，拍卖公司和餐饮集团也在其中，不同分行情况各异。", set(),
     {"零售银行", "拍卖公司", "餐饮集团", "不同分行"}),
    # a trade and a legal form name no company; an amount of money starts no project's name
    ("县长与无穷食品有限公司总裁签订合同。", set(), {"食品有限公司"}),
    ("三仓镇成功签约一个亿元蔬菜冻干生产项目。", set(), {"亿元蔬菜冻干生产项目"}),
    ("目前，已有小兽科技、乐米宠物等3家企业确定入园。", {("小兽科技", "COMPANY")}, {"已有小兽科技"}),
])
def test_list_items_sites_events_and_joined_offices(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # farmers' cooperatives and farms are companies; the village before one is where it is
    ("东山村绿源合作社带动农户增收。", {("东山村", "PLACE"), ("绿源合作社", "COMPANY")}, set()),
    ("扶贫车间在青松大棚蔬菜专业合作社挂牌成立。", {("青松大棚蔬菜专业合作社", "COMPANY")}, set()),
    ("阳光农场和绿源养殖场带动农户增收。", {("阳光农场", "COMPANY"), ("绿源养殖场", "COMPANY")}, set()),
    ("两家公司投资开展合作，共同经营阳光畜牧养殖场。", {("阳光畜牧养殖场", "COMPANY")}, {"经营阳光畜牧养殖场"}),
    # kinds of cooperative and a village's two committees name nothing
    ("当地发展家庭农场和专业合作社，感谢村两委的帮助。", set(), {"村两委", "专业合作社", "家庭农场"}),
])
def test_cooperatives_and_farms_are_companies(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 等 with a count of towns or villages closes a list of places, not of projects
    ("东川县河口等2个镇青石嘴等3个村土地整治项目涉及河口镇的青石嘴村。",
     {("河口镇", "PLACE")}, {"东川县河口", "镇青石嘴", "个村土地整治项目"}),
    # a route from one place to another is two places, but one road's project
    ("双石镇花香沟至旭阳镇石碓窝的快速通道建设现场。", {("旭阳镇", "PLACE")}, {"花香沟至旭阳镇"}),
    ("银行对354省道青河至房县石峪段改扩建项目授信。", {("354省道青河至房县石峪段改扩建项目", "PROJECT")},
     {"房县石峪段改扩建项目"}),
])
def test_lists_of_divisions_and_routes(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, place", [
    ("牧民在查干图苏木放牧。", "查干图苏木"),       # Inner Mongolia's township
    ("在沙日塔拉嘎查境内入股建设奶站。", "沙日塔拉嘎查"),  # and its village
    ("牧户在查干图苏木沙日塔拉嘎查境内入股建设奶站。", "沙日塔拉嘎查"),  # the township before it is its own place
])
def test_inner_mongolian_townships_and_villages_are_places(nlp, text, place):
    assert (place, "PLACE") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # The text says 教育|部门 (the department in general) and 公安|部队 (its troops);
    # jieba, which knows our office names, may write 公安部|队.
    ("各级教育部门要做好开学准备。", set(), {"教育部"}),
    ("财政部门已拨付资金。", set(), {"财政部"}),
    ("他曾在公安部队服役八年。", set(), {"公安部"}),
    # A title after the office, or a word that starts with the next character, keeps it.
    ("外交部长会见了来访的客人。", {("外交部", "AGENCY")}, set()),
    ("县公安局长李明到场指导。", {("县公安局", "AGENCY")}, set()),
    ("县公安局面临新的任务。", {("县公安局", "AGENCY")}, set()),
])
def test_an_office_whose_last_character_starts_another_word_is_no_office(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a clause's verb before a generic head names no project
    ("日前，省里公布2024年省级重点工程项目清单。", set(), {"省里公布2024年省级重点工程项目", "2024年省级重点工程项目"}),
    ("当天，江西进行全省重大项目集中签约。", {("江西", "PLACE")}, {"江西进行全省重大项目", "全省重大项目"}),
    ("该区加大了延长产业链项目的引进。", set(), {"延长产业链项目"}),
    # a batch, a month or a stage of the investment drive is no project
    ("阿勒泰地区第二批招商引资项目集中开工。", {("阿勒泰地区", "PLACE")}, {"阿勒泰地区第二批招商引资项目"}),
    ("各县参加伊犁州10月招商引资项目集中签约活动。", set(), {"伊犁州10月招商引资项目"}),
    # "地区" stands for the prefecture the article is in
    ("我市参加地区第三季度招商引资项目集中签约。", set(), {"地区第三季度招商引资项目"}),
    # a verb inside a name before its noun stays: 旅游开发建设项目
    ("茶卡旅游开发建设项目进展顺利。", {("茶卡旅游开发建设项目", "PROJECT")}, set()),
])
def test_a_clause_verb_or_a_batch_before_a_generic_head_names_no_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # The end of a dateline, a term of office and 报 ("report to") come before a name.
    ("本报兰州6月3日电甘肃省人民政府日前印发实施意见。", {("甘肃省人民政府", "AGENCY")}, {"日电甘肃省人民政府"}),
    ("时任全国人大常委会副委员长的他来到工地。", {("全国人大常委会", "AGENCY")}, {"时任全国人大常委会"}),
    ("方案经县政府同意后，报市人民政府审批。", {("市人民政府", "AGENCY")}, {"报市人民政府"}),
    ("原任市人民政府副秘书长的王强调任。", {("市人民政府", "AGENCY")}, {"原任市人民政府"}),
])
def test_a_dateline_or_a_term_of_office_is_not_part_of_the_name_after_it(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Alone, 外交部 and 财政部 are China's ministries: a country's own is named with it.
    ("巴西外交部长会见了代表团。", {("巴西外交部", "AGENCY")}, {"外交部"}),
    ("代表团拜会了泰国财政部长。", {("泰国财政部", "AGENCY")}, {"财政部"}),
    # An office that names its level is the home division's (市|公安局), never the place's.
    ("格尔木警方与市公安局联合行动。", {("市公安局", "AGENCY")}, {"格尔木市公安局"}),
])
def test_a_known_office_right_after_a_country_is_that_countrys_office(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # jieba tags a bare 县 before an office it does not know as a morpheme (zg).
    ("县粮食局召开了夏粮收购工作会议。", {("县粮食局", "AGENCY")}),
    ("当时的县粮食局副局长到现场查看。", {("县粮食局", "AGENCY")}),
])
def test_a_bare_level_word_begins_the_office_after_it(rules_nlp, text, wanted):
    assert_found(rules_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # The party and the government in general, a government of a term, and offices
    # named only by their kind are no particular body.
    ("乡亲们感谢党和政府的关心。", {"党和政府"}),
    ("新内阁多数部长是上届政府的成员。", {"上届政府"}),
    # the one just named, by its kind, and bodies of all kinds
    ("他说该出口管理局已经撤销。", {"出口管理局"}),
    ("各种既得利益集团反对改革。", {"既得利益集团"}),
    ("各级党委要把这项工作抓实。", {"各级党委"}),
    ("全区12个街道办事处都设立了服务窗口。", {"街道办事处"}),
])
def test_a_government_in_general_is_no_agency(nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)


def test_an_office_named_by_its_place_stays_an_agency(nlp):
    assert_found(nlp, "城南街道办事处组织居民参加义诊。", {("城南街道办事处", "AGENCY")}, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba cuts a brand with a verb or a park's word: the legal name still starts at its place
    ("走访了甘肃恒创新材料科技有限公司和云南银发园区开发管理有限公司。",
     {("甘肃恒创新材料科技有限公司", "COMPANY"), ("云南银发园区开发管理有限公司", "COMPANY")},
     {"材料科技有限公司", "管理有限公司"}),
    # a branch named after its parent's legal name takes the parent's whole name
    ("该项目由浙江华瑞新材料科技有限公司青海锂电池材料分公司承建。",
     {("浙江华瑞新材料科技有限公司青海锂电池材料分公司", "COMPANY")}, {"科技有限公司青海锂电池材料分公司"}),
    # the clause's verb before the name is none of it; business words alone name no company
    ("当地注册甘肃恒创新材料科技有限公司。", {("甘肃恒创新材料科技有限公司", "COMPANY")}, {"注册甘肃恒创新材料科技有限公司"}),
    ("他说，开发管理有限公司已经入园。", set(), {"开发管理有限公司", "管理有限公司"}),
])
def test_a_legal_name_cut_inside_its_brand_starts_at_its_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a list item starts with the park it lies in: the park is a place, the company follows it
    ("南湖工业园甘肃北方镁业年产5万吨镁合金、河西科技年产3万吨铝材等项目已投产。",
     {("南湖工业园", "PLACE"), ("甘肃北方镁业", "COMPANY"), ("年产5万吨镁合金", "PROJECT")},
     {"南湖工业园甘肃北方镁业"}),
    ("东岭工业园青海雪峰乳品加工、西河工贸年产8万吨石灰等项目已开工。",
     {("东岭工业园", "PLACE")}, {"东岭工业园青海雪峰乳品加工"}),
    # a size written with a slash is one capacity, not the end of a clause
    ("北关工业园嘉储源60MW/120MWh储能、西河工贸年产8万吨石灰等项目已开工。",
     {("北关工业园", "PLACE"), ("嘉储源", "COMPANY"), ("60MW/120MWh储能", "PROJECT")},
     {"120MWh储能", "北关工业园嘉储源"}),
])
def test_a_list_item_starts_with_the_park_it_lies_in(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county before a capacity is where the project is, never its company
    ("州里签订称多县8万千瓦风电项目、玛沁县3万千瓦光伏发电项目等4个项目协议。",
     {("称多县8万千瓦风电项目", "PROJECT"), ("玛沁县3万千瓦光伏发电项目", "PROJECT")}, {"称多县", "玛沁县"}),
])
def test_a_division_before_a_capacity_is_the_project_s_place(nlp, text, wanted, unwanted):
    got = set(ents(nlp, text))
    assert wanted <= got, got
    assert not {(t, "COMPANY") for t in unwanted} & got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a province's department and the investment bureau, with 厅 or 局 written apart by jieba
    ("省农业农村厅和省自然资源厅的负责人出席。", {("省农业农村厅", "AGENCY"), ("省自然资源厅", "AGENCY")}, set()),
    ("省交通运输厅、省文化和旅游厅联合发文。", {("省交通运输厅", "AGENCY"), ("省文化和旅游厅", "AGENCY")}, set()),
    # the division written before a known office is part of its name
    ("记者从玉树州投资促进局了解到，湖北省农业农村厅也派人参加。",
     {("玉树州投资促进局", "AGENCY"), ("湖北省农业农村厅", "AGENCY")}, {"投资促进局", "农业农村厅"}),
])
def test_a_department_whose_suffix_stands_apart_is_a_known_office(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a partnership is a registered business, its legal form written by jieba as two words
    ("杭州云舟企业管理合伙企业（有限合伙）与县政府签约。", {("杭州云舟企业管理合伙企业", "COMPANY")}, set()),
    ("北京瑞泽股权投资合伙企业领投。", {("北京瑞泽股权投资合伙企业", "COMPANY")}, set()),
    # the kind alone names none
    ("鼓励合伙企业和个体工商户发展。", set(), {"合伙企业"}),
])
def test_a_partnership_is_a_company(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # names run together without commas: each legal name ends where the one before it ends
    ("现场举行签约仪式华电新源控股有限公司大唐新能集团甘肃分公司中国路桥工程咨询集团有限公司与我县签约。",
     {("华电新源控股有限公司", "COMPANY"), ("大唐新能集团甘肃分公司", "COMPANY"),
      ("中国路桥工程咨询集团有限公司", "COMPANY")},
     {"仪式华电新源控股", "有限公司大唐新能集团甘肃分公司"}),
    # but a branch keeps its parent's legal name
    ("该项目由浙江华瑞新材料科技有限公司青海锂电池材料分公司承建。",
     {("浙江华瑞新材料科技有限公司青海锂电池材料分公司", "COMPANY")}, set()),
])
def test_a_legal_name_ends_where_the_name_before_it_ends(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # signing is the clause's verb between the company and its project
    ("县政府与甘肃鼎盛炭材料有限公司签署年产5万吨石墨负极材料项目。",
     {("甘肃鼎盛炭材料有限公司", "COMPANY"), ("年产5万吨石墨负极材料项目", "PROJECT")},
     {"甘肃鼎盛炭材料有限公司签署年产5万吨石墨负极材料项目", "签署年产5万吨石墨负极材料项目"}),
])
def test_signing_is_no_part_of_a_project_s_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 和 joins the last two projects of a list when the first is a whole facility
    ("重点推介西湖文创园、滨河物流中心、智能制造产业园和年产3万吨玄武岩纤维生产基地等4个项目。",
     {("智能制造产业园", "PROJECT"), ("年产3万吨玄武岩纤维生产基地", "PROJECT")},
     {"智能制造产业园和年产3万吨玄武岩纤维生产基地"}),
    ("今年将建设桥北污水处理厂和桥南供水工程等项目。",
     {("桥北污水处理厂", "PROJECT"), ("桥南供水工程", "PROJECT")}, {"桥北污水处理厂和桥南供水工程"}),
])
def test_he_joins_the_last_two_projects_of_a_list(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an amount and what it measures, listed before the project it belongs to, name nothing
    ("总投资8000万元、年利润900万元的河源生态养殖基地建设项目等项目开工。", set(), {"总投资8000万元", "年利润900万元"}),
    ("年产值2亿元、年利税3000万元的东川锂电池项目等项目开工。", {("东川锂电池项目", "PROJECT")},
     {"年产值2亿元", "年利税3000万元"}),
])
def test_an_amount_and_what_it_measures_name_nothing(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a number of aims in two characters is a programme, not a project
    ("全区“六新”项目12个，“三变”改革工程稳步推进，“金山水厂”项目开工。", {("金山水厂", "PROJECT")}, {"六新", "三变"}),
])
def test_a_numbered_aim_is_a_programme(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count of projects of a kind names none of them
    ("两地企业签订9项协作项目，金额达12亿元。", set(), {"项协作项目", "协作项目"}),
    ("县里共签约5项内联项目。", set(), {"项内联项目", "内联项目"}),
])
def test_a_count_of_projects_of_a_kind_names_none(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "newly built" is no district, unless the district is written in full
    ("全县新建4个光伏扶贫项目，城东片区新建一所学校。", set(), {"新建"}),
    ("南昌市新建区召开大会。", {("新建区", "PLACE")}, set()),
])
def test_an_alias_that_is_an_ordinary_word_is_no_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # building anew is the company's verb, not the start of its project's name
    ("河东锦华机械公司新建年产2万台农机生产线项目、北岭食品公司续建冷库项目等重点项目开工。",
     {("河东锦华机械公司", "COMPANY"), ("年产2万台农机生产线项目", "PROJECT")},
     {"新建年产2万台农机生产线项目"}),
])
def test_a_company_s_verb_of_building_starts_no_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba's guess glues 等 to the last item's end (华孚色|纺等): the list still ends there
    ("园区吸引了德州恒丰、河南永泰、华孚色纺等一批国内大型企业入驻。",
     {("德州恒丰", "COMPANY"), ("河南永泰", "COMPANY"), ("华孚色纺", "COMPANY")}, {"河南", "德州"}),
])
def test_a_list_ends_at_deng_glued_to_its_last_item(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count of the divisions just listed is no part of the last one's name
    ("对口支援的叶城、泽普、莎车、麦盖提四县设立了工作站。", {("麦盖提", "PLACE")}, {"麦盖提四县"}),
    ("全州三县一区同步开工。", set(), {"三县", "一区"}),
])
def test_a_count_of_divisions_names_none(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # winning a tender is the clause's verb, even where jieba tags it as a noun
    ("该公司去年中标两港大道快速化改造，今年又中标三江大道。", {("三江大道", "PLACE"), ("两港大道", "PLACE")},
     {"中标三江大道", "中标两港大道"}),
    # a road named with an ordinary verb stays a road
    ("沿建设路和发展大道前行。", {("建设路", "PLACE"), ("发展大道", "PLACE")}, set()),
])
def test_a_clause_verb_tagged_as_a_noun_starts_no_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an event's short name before the place it is held in is no part of the place
    ("第25届兰洽会甘南藏族自治州专场推介会举行。", {("甘南藏族自治州", "PLACE")}, {"兰洽会甘南藏族自治州"}),
    ("广交会广州市分会场开放。", {("广州市", "PLACE")}, {"广交会广州市"}),
])
def test_an_event_before_a_place_is_no_part_of_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "lies in" and "is in" end like an office (…处) but name none
    ("他说，东丽区地处环渤海经济圈腹地。", {("东丽区", "PLACE")}, {"东丽区地处"}),
    ("全县身处深山，交通不便。", set(), {"全县身处"}),
])
def test_being_located_is_no_office(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a company signs for its own project, which may be named by its products alone
    ("县政府和甘肃鼎盛炭材料有限公司签署负极材料生产项目。",
     {("甘肃鼎盛炭材料有限公司", "COMPANY"), ("负极材料生产项目", "PROJECT")}, {"签署负极材料生产项目"}),
])
def test_a_company_signs_for_its_own_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a city jieba reads as a verb (介|休市) still begins the legal name registered there
    ("介休市宏尧碳素有限公司与县政府签约。", {("介休市宏尧碳素有限公司", "COMPANY")}, {"宏尧碳素有限公司"}),
])
def test_a_city_read_as_a_verb_begins_a_legal_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # An office and its verb are the clause before a bare 项目, not a project's name.
    ("甘肃省发改委批复项目共计二十个。", {("甘肃省发改委", "AGENCY")}, {"甘肃省发改委批复项目"}),
    ("县住建局审批项目的时限缩短了。", {("县住建局", "AGENCY")}, {"县住建局审批项目"}),
])
def test_an_office_and_its_verb_before_a_bare_project_head_name_no_project(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # A group's numbered unit keeps its number inside the legal name.
    ("该标段由中铁二十三局集团有限公司承建。", {("中铁二十三局集团有限公司", "COMPANY")}),
    ("中交一航局第三工程有限公司已进场施工。", {("中交一航局第三工程有限公司", "COMPANY")}),
])
def test_a_numbered_unit_keeps_its_number_in_a_legal_name(rules_nlp, text, wanted):
    assert_found(rules_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # After a title, a surname and a given name that reads like a place are a person.
    ("县委书记钱福安出席了签约仪式。", {"福安"}),
    ("市长陈江山来到项目现场。", {"陈江山", "江山"}),
])
def test_a_given_name_after_a_title_and_a_surname_is_no_place(rules_nlp, text, unwanted):
    assert_found(rules_nlp, text, set(), unwanted)


def test_a_place_after_a_title_without_a_surname_stays(rules_nlp):
    assert_found(rules_nlp, "县委书记到福安调研。", {("福安", "PLACE")}, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 和 or 及 between two products joins them inside one project's name
    ("华阳锂业在城西工业区投资建设的年产2万吨碳酸锂和单水氢氧化锂项目进展顺利。",
     {("年产2万吨碳酸锂和单水氢氧化锂项目", "PROJECT")}, {"单水氢氧化锂项目"}),
    ("与北京禾丰康田科技有限公司20万吨粮食仓储物流及15万吨饲料加工项目顺利签约。",
     {("北京禾丰康田科技有限公司", "COMPANY"), ("20万吨粮食仓储物流及15万吨饲料加工项目", "PROJECT")},
     {"15万吨饲料加工项目", "粮食仓储物流"}),
    ("临江市引进东岭重工有限责任公司投资8亿元建设东岭皮卡及越野车生产项目。",
     {("东岭皮卡及越野车生产项目", "PROJECT")}, {"越野车生产项目"}),
    ("包括总投资20亿元的恒光科技年产500万台平板电脑及年产30万台智能终端产业基地项目、总投资5亿元的南湖冷链物流园等项目。",
     {("年产500万台平板电脑及年产30万台智能终端产业基地项目", "PROJECT")}, {"年产30万台智能终端产业基地项目"}),
    # but 和 after a whole facility joins two projects
    ("今年将建设城南物流中心和年产5万吨饲料加工项目。", {("年产5万吨饲料加工项目", "PROJECT")},
     {"城南物流中心和年产5万吨饲料加工项目"}),
])
def test_a_conjunction_between_two_products_is_inside_a_project_s_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count right after the head makes the name a kind of projects, however it is written
    ("全县完成“乡贤回归”项目12个，到位资金8亿元。", set(), {"乡贤回归"}),
    ("全市第三期“签约一批”项目45个，总投资300亿元。", set(), {"签约一批"}),
    ("绿色低碳产业项目12个，总投资90亿元；现代物流项目6个。", set(), {"绿色低碳产业项目", "现代物流项目"}),
    # a named project before a clause that counts others stays
    ("城北污水处理厂项目开工，全县共有重点项目32个。", {("城北污水处理厂项目", "PROJECT")}, set()),
    ("“金山水厂”项目开工，同期开工项目8个。", {("金山水厂", "PROJECT")}, set()),
    ("城北污水处理厂项目3个月建成，“金山水厂”项目2个月完工。",
     {("城北污水处理厂项目", "PROJECT"), ("金山水厂", "PROJECT")}, set()),
])
def test_a_count_after_a_project_head_makes_it_a_kind(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # in a legal name after a place, a brand's first character jieba reads as a locative (中) is the brand's
    ("安徽中大板材有限公司年产2万吨板材生产线投产。", {("安徽中大板材有限公司", "COMPANY")}, {"大板材有限公司"}),
    ("县政府与山西中科特电气股份有限公司等8家企业签约。", {("山西中科特电气股份有限公司", "COMPANY")},
     {"科特电气股份有限公司"}),
    # but among a group of projects it is still "among"
    ("全市重点工程中东湖大道改造最快。", set(), {"重点工程中东湖大道"}),
])
def test_a_locative_after_a_place_begins_a_brand_in_a_legal_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a place, a park or a fair, then words of a kind and a generic head name no project
    ("3月5日，宁陵县经济社会重大项目签约仪式举行。", set(), {"宁陵县经济社会重大项目"}),
    ("4月9日，荆门高新区招商引资重大项目集中签约仪式举行。", set(), {"荆门高新区招商引资重大项目"}),
    ("第十届糖酒会衡阳市招商引资项目推介会在长沙举行。", set(), {"糖酒会衡阳市招商引资项目", "衡阳市招商引资项目"}),
    ("园区管委会召开招商引资入园项目评审会。", set(), {"招商引资入园项目"}),
    # a park before a project with a name of its own stays the project's place
    ("荆门高新区年产5万吨隔膜项目开工。", {("年产5万吨隔膜项目", "PROJECT")}, set()),
])
def test_words_of_a_kind_before_a_generic_head_name_no_project(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a region in brackets after a brand is inside a project's name, as in a legal name
    ("宏亚(柳州)林业全产业链基地项目签约。", {("宏亚(柳州)林业全产业链基地项目", "PROJECT")},
     {"林业全产业链基地项目"}),
    ("总投资30亿元的中化学皖北(阜阳)冷链物流及深加工项目开工。", set(), {"冷链物流及深加工项目"}),
])
def test_a_bracketed_region_is_inside_a_project_s_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A news outlet in a byline comes before the office, never inside its name.
    ("（华夏台湾网岳阳市台办通讯员张某）近日召开座谈会。", {("岳阳市台办", "AGENCY")}, {"华夏台湾网岳阳市台办"}),
    ("来源：江南网宁乡市委宣传部", {("宁乡市委宣传部", "AGENCY")}, {"江南网宁乡市委宣传部"}),
    # the internet is part of an office's name
    ("国家互联网信息办公室发布新规。", {("国家互联网信息办公室", "AGENCY")}, set()),
])
def test_a_news_outlet_is_no_part_of_an_office_s_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a trade word jieba reads as an adverb (正极) or a person (屠宰) is inside the project's name
    ("华新锂电科技有限公司年产3万吨正极材料加工项目开工。",
     {("年产3万吨正极材料加工项目", "PROJECT")}, {"材料加工项目"}),
    ("宏达储能公司动力电池正极材料研发基地项目落户园区。",
     {("动力电池正极材料研发基地项目", "PROJECT")}, {"材料研发基地项目"}),
    ("兴隆肉业有限公司肉牛屠宰及深加工项目投产。", {("肉牛屠宰及深加工项目", "PROJECT")}, {"深加工项目"}),
    ("县里签约生猪屠宰及冷链加工项目。", {("生猪屠宰及冷链加工项目", "PROJECT")}, {"冷链加工项目"}),
    # a person after a title is still no product
    ("县长李明及县发改委负责人调研冷链加工项目。", set(), {"李明及县发改委负责人调研冷链加工项目"}),
])
def test_a_trade_word_jieba_misreads_stays_inside_a_project_s_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A person acts for the body: the given name's last character glued to 代表 (刘|军代表) is no part of it.
    ("县长刘军代表平安县人民政府与企业签约。", {("平安县人民政府", "AGENCY")}, {"军代表平安县人民政府"}),
    ("区长陈军代表河东区人民政府与客商签约。", {("河东区人民政府", "AGENCY")}, {"军代表河东区人民政府"}),
])
def test_a_person_acting_for_an_office_is_no_part_of_its_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # after a company's trade name, a facility's kind alone (产业园项目) names no project: the trade is the facility's
    ("副市长到丰禾集团淮阳李海冷链物流产业园项目工地调研。",
     {("淮阳李海冷链物流产业园项目", "PROJECT")}, {"产业园项目", "淮阳李海冷链物流"}),
    ("宏运物流产业园项目开工。", {("宏运物流产业园项目", "PROJECT")}, {"产业园项目"}),
    # a project with a name of its own after the trade name still splits
    ("江苏科利科技电子产品生产项目开工。",
     {("江苏科利科技", "COMPANY"), ("电子产品生产项目", "PROJECT")}, set()),
])
def test_a_facility_s_kind_alone_after_a_trade_name_is_no_project(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba glues a function word to the level word of an office after it (由省|投资促进局)
    ("座谈会由省投资促进局副局长主持。", {("省投资促进局", "AGENCY")}, {"投资促进局"}),
    ("他对市投资促进局的工作表示肯定。", {("市投资促进局", "AGENCY")}, {"投资促进局"}),
    # and reads 和 'and' with the level word as the county 和县: two offices joined
    ("县财政局和县审计局联合开展检查。", {("县财政局", "AGENCY"), ("县审计局", "AGENCY")}, {"财政局和县"}),
    ("县委和县政府高度重视。", {("县委", "AGENCY"), ("县政府", "AGENCY")}, {"和县"}),
    # the county 和县 stays where no office comes before it
    ("安徽省和县经济开发区引进一批企业。", {("和县经济开发区", "PLACE")}, set()),
])
def test_a_function_word_glued_to_an_office_s_level_word_is_no_part_of_it(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a city jieba reads as a verb (包头, 开封, 保定) begins the zone named after it
    ("4月9日，包头新材料高新区与宏达公司签约。", {("包头新材料高新区", "PLACE")}, {"新材料高新区"}),
    ("开封经济技术开发区与宏达公司签约。", {("开封经济技术开发区", "PLACE")}, set()),
    ("县领导在保定高新区考察。", {("保定高新区", "PLACE")}, set()),
    ("包头金山高新区引进一批企业。", {("包头金山高新区", "PLACE")}, {"金山高新区"}),
    ("开封经济技术开发区签约五个项目。", {("开封经济技术开发区", "PLACE")}, set()),
    ("包头金山工业园区举行签约仪式。", {("包头金山工业园区", "PLACE")}, {"金山工业园区"}),
    # a county's or a district's alias that is an ordinary word is no city
    ("园区企业很多，比如高新区的企业。", set(), {"比如高新区"}),
])
def test_a_city_read_as_a_verb_begins_the_zone_named_after_it(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # products listed with 、 and ended by 和 are one project's
    ("宏达汽车有限公司投资建设的新能源汽车动力电池、整车和运营中心项目落地。",
     {("新能源汽车动力电池、整车和运营中心项目", "PROJECT")}, {"整车和运营中心项目"}),
    ("签约了年产5万吨饲料、有机肥和生物农药项目。",
     {("年产5万吨饲料、有机肥和生物农药项目", "PROJECT")}, {"有机肥和生物农药项目"}),
    # a facility before the mark ends an item of a list of projects
    ("城南物流中心、冷链仓储和配送项目开工。", {("城南物流中心", "PROJECT")}, {"城南物流中心、冷链仓储和配送项目"}),
    ("全县推进城东污水厂、垃圾焚烧和供热管网项目。", set(), {"城东污水厂、垃圾焚烧和供热管网项目"}),
])
def test_products_listed_before_he_are_one_project_s(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 社区 after a word of a kind of division is a kind of community, no place: a place needs a name.
    ("全镇已建成8个街道社区服务站。", set(), {"街道社区"}),
    ("城镇社区和农村社区同步开展评比。", set(), {"城镇社区"}),
    ("今年建成乡镇社区文化活动中心5个。", set(), {"乡镇社区"}),
    # a community with a name of its own stays
    ("城东街道青松社区开展义诊活动。", {("青松社区", "PLACE")}, set()),
])
def test_a_kind_of_division_before_a_community_names_no_place(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a legal form in brackets is part of the legal name, and a legal form alone is no company
    ("江苏远帆实业(集团)有限公司与县政府签约。", {("江苏远帆实业(集团)有限公司", "COMPANY")}, {"江苏远帆实业", "有限公司"}),
    ("参会的有上海宏藤科技发展（集团）有限公司等企业负责人。",
     {("上海宏藤科技发展（集团）有限公司", "COMPANY")}, {"有限公司", "上海宏藤科技"}),
    ("江苏远帆实业(集团)有限公司、宏达(控股)有限公司等企业参会。",
     {("江苏远帆实业(集团)有限公司", "COMPANY"), ("宏达(控股)有限公司", "COMPANY")}, {"有限公司"}),
])
def test_a_legal_form_in_brackets_is_inside_the_legal_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the outlet of a byline or a report right before an office is no part of it
    ("（北方新闻网临河区台办通讯员李明）", {("临河区台办", "AGENCY")}, {"新闻网临河区台办"}),
    ("（东南网宁德市台办 通讯员王刚）", {("宁德市台办", "AGENCY")}, {"东南网宁德市台办"}),
    ("据华夏网岳阳市商务局消息，", {("岳阳市商务局", "AGENCY")}, {"华夏网岳阳市商务局"}),
])
def test_a_news_outlet_before_an_office_is_no_part_of_it(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # going to a site comes before its name, never inside it
    ("随后，与会人员走进临泉县宏达饲料加工项目观摩。", {("临泉县宏达饲料加工项目", "PROJECT")},
     {"走进临泉县宏达饲料加工项目", "与会人员走进临泉县宏达饲料加工项目"}),
    ("随后，与会人员走进临泉县宏达年产5万吨饲料加工项目观摩。",
     {("年产5万吨饲料加工项目", "PROJECT")}, {"与会人员走进临泉县宏达"}),
    ("代表们来到城东新区宏远电子产业园项目现场。", {("城东新区宏远电子产业园项目", "PROJECT")}, set()),
])
def test_a_verb_of_going_to_a_site_is_no_part_of_its_name(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Offices of the recent reforms that jieba cuts at a verb or an adjective are found whole
    ("青川县乡村振兴局召开会议。", {("青川县乡村振兴局", "AGENCY")}, {"青川县乡村"}),
    ("平安县乡村振兴局副局长出席。", {("平安县乡村振兴局", "AGENCY")}, {"平安县乡村"}),
    ("县乡村振兴局、市大数据局联合检查。", {("县乡村振兴局", "AGENCY"), ("市大数据局", "AGENCY")}, set()),
    ("青川县数据局挂牌。", {("青川县数据局", "AGENCY")}, set()),
    # at the State's level too
    ("国家数据局和国家乡村振兴局派员督导。", {("国家数据局", "AGENCY"), ("国家乡村振兴局", "AGENCY")}, set()),
    # 乡村 after a division is the countryside, no village
    ("全力推进青川县乡村振兴。", {("青川县", "PLACE")}, {"青川县乡村"}),
    # a village and a community with names of their own stay
    ("平安县红旗村召开村民大会。", {("红旗村", "PLACE")}, set()),
    ("青松社区开展义诊。", {("青松社区", "PLACE")}, set()),
])
def test_offices_of_the_recent_reforms_and_the_countryside(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.fixture(scope="module")
def full_nlp():
    return kg.load_pipeline()


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba glues an office's last character to 和 and the next office's level word (局和市)
    ("活动由县乡村振兴局和市大数据局联合举办。", {("县乡村振兴局", "AGENCY"), ("市大数据局", "AGENCY")},
     {"县乡村", "局和市大数据局"}),
    ("市农业农村局及县民政局派人到场。", {("市农业农村局", "AGENCY"), ("县民政局", "AGENCY")}, set()),
    # or reads 和 and the level word as the county 和县, after a suffix it writes alone (农村|局)
    ("县农业农村局和县水利局组织了培训。", {("县农业农村局", "AGENCY"), ("县水利局", "AGENCY")}, {"和县水利局"}),
    ("县医保局和县数据局开展联合督查。", {("县医保局", "AGENCY"), ("县数据局", "AGENCY")}, {"和县数据局"}),
    # an idiom ending like an office is no office before 和
    ("顾全大局和县里的部署要统一。", set(), {"县里"}),
])
def test_two_offices_joined_by_a_conjunction_are_two(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 县委办 and 县政府办 are the committee's and the government's offices, not the bodies themselves
    ("县委办和县政府办各抽调两人参与督查。", {("县委办", "AGENCY"), ("县政府办", "AGENCY")}, {"县委", "县政府"}),
    ("市委办、市政府办联合下发了文件。", {("市委办", "AGENCY"), ("市政府办", "AGENCY")}, {"市委", "市政府"}),
    ("县人大办和县政协办各派一名干部。", {("县人大办", "AGENCY"), ("县政协办", "AGENCY")}, {"县政协"}),
    # the bodies written alone stay
    ("县委和县政府召开专题会议。", {("县委", "AGENCY"), ("县政府", "AGENCY")}, set()),
])
def test_the_offices_of_a_committee_and_a_government(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 与 between two nouns inside one project's name joins what it makes, like 及
    ("县里引进的精密模具生产与研发中心项目投入使用。", {("精密模具生产与研发中心项目", "PROJECT")}, {"研发中心项目"}),
    ("园区里的电池材料研发与检测中心项目主体完工。", {("电池材料研发与检测中心项目", "PROJECT")}, {"检测中心项目"}),
    # but two parties joined by 与 stay two
    ("远洋物流有限公司与宏盛建材有限公司签约。",
     {("远洋物流有限公司", "COMPANY"), ("宏盛建材有限公司", "COMPANY")}, {"远洋物流有限公司与宏盛建材有限公司"}),
    ("县发改局与电子信息产业园项目负责人座谈。", {("县发改局", "AGENCY"), ("电子信息产业园项目", "PROJECT")}, set()),
    ("宏达集团与冷链物流中心项目签约。", {("宏达集团", "COMPANY"), ("冷链物流中心项目", "PROJECT")}, set()),
])
def test_a_conjunction_inside_a_project_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an ordinary word ending like a landform is a brand inside a legal name, before a bracketed legal form too
    ("港湾国际控股(集团)有限公司与县政府签订协议。", {("港湾国际控股(集团)有限公司", "COMPANY")}, {"国际控股(集团)有限公司"}),
    ("江湖文化传媒（集团）有限公司来县考察。", {("江湖文化传媒（集团）有限公司", "COMPANY")}, {"文化传媒（集团）有限公司"}),
    ("海湾环保科技有限公司中标。", {("海湾环保科技有限公司", "COMPANY")}, {"环保科技有限公司"}),
    # a region in brackets stays as it is, inside the name it opens with the country
    ("中国（上海）自由贸易试验区管委会派员考察。", {("中国（上海）自由贸易试验区管委会", "AGENCY")}, set()),
    ("美澜（海南）科技有限责任公司签约落户。", {("美澜（海南）科技有限责任公司", "COMPANY")}, set()),
])
def test_an_ordinary_word_as_a_brand_in_a_legal_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a resettlement community in general is a kind of community, no named place
    ("工作组来到安置社区走访群众。", {"安置社区"}),
    # developing a zone speaks of zones in general
    ("我们要坚定不移发展高新区。", {"发展高新区", "坚定不移发展高新区"}),
    ("全县大力发展高新区经济。", {"大力发展高新区"}),
])
def test_a_kind_of_community_or_zone_names_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted", [
    # communities and zones with names of their own stay
    ("城南安置社区已有三百户群众入住。", {("城南安置社区", "PLACE")}),
    ("志愿者来到建设社区开展义诊。", {("建设社区", "PLACE")}),
    ("包头金山高新区新签约三个项目。", {("包头金山高新区", "PLACE")}),
])
def test_a_community_or_zone_with_a_name_stays(full_nlp, text, wanted):
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a dictionary phrase of ordinary words before a weak company suffix names an activity, not a brand
    ("乡镇依托科技推广网络把新品种送到田间。", set(), {"科技推广网络"}),
    ("县里健全了农业科技推广网络。", set(), {"农业科技推广网络", "科技推广网络"}),
    # brands before the same suffix stay companies
    ("宏达网络公司承建了平台。", {("宏达网络公司", "COMPANY")}, set()),
    ("蓝科锂业新建一条产线。", {("蓝科锂业", "COMPANY")}, set()),
])
def test_a_dictionary_phrase_before_a_weak_company_suffix_is_no_brand(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba reads the county's full name and leaves the 委 of its party committee alone, or glued on
    ("南漳县委对此项工作高度重视。", {("南漳县委", "AGENCY")}, set()),
    ("会后，利川市委将召开全会。", {("利川市委", "AGENCY")}, set()),
    ("保康县委已把这件事列入议程。", {("保康县委", "AGENCY")}, set()),
    # a 委 that begins another word is no committee
    ("南漳县委托第三方开展评估。", {("南漳县", "PLACE")}, {"南漳县委"}),
    # or jieba puts the level with the committee: the short name, then 县委 or 市委 (奉节|县委)
    ("奉节县委副书记到园区调研。", {("奉节县委", "AGENCY")}, set()),
    ("福州市委常委会研究了这个项目。", {("福州市委", "AGENCY")}, {"福州"}),
    # the full name, then the level again (房县|县委)
    ("房县县委书记来到企业走访。", {("房县县委", "AGENCY")}, set()),
    # a committee with no division before it stays the home one
    ("县委书记来到企业走访。", {("县委", "AGENCY")}, set()),
])
def test_a_divisions_party_committee_jieba_cuts_apart(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a banner's short name with its level (科左中旗 for 科尔沁左翼中旗), then the 委 jieba leaves alone
    ("科左中旗委副书记到牧场调研。", {("科左中旗委", "AGENCY")}, set()),
    # or glued to the next character (委副)
    ("鄂温克旗委副书记带队考察奶业项目。", {("鄂温克旗委", "AGENCY")}, {"鄂温克旗"}),
])
def test_a_short_named_banners_party_committee_jieba_cuts_apart(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 安全局 ends in the ordinary word 全局, and is an office's own word
    ("嫌疑人被北京市国家安全局依法审查。", {("北京市国家安全局", "AGENCY")}, set()),
    ("市国家安全局和市公安局联合开展宣传。", {("市国家安全局", "AGENCY"), ("市公安局", "AGENCY")}, set()),
    # the ordinary word stays ordinary where no office's word ends in it (jieba tags 新格局 as one)
    ("全县上下要树立全局意识，加快形成发展新格局。", set(), {"全局", "新格局", "发展新格局"}),
])
def test_an_office_ending_in_an_ordinary_word(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the financial regulators' offices take the province or the city before them
    ("湖南保监局督促辖区保险公司加快理赔。", {("湖南保监局", "AGENCY")}, set()),
    ("福建银监局和厦门证监局联合开展宣传。", {("福建银监局", "AGENCY"), ("厦门证监局", "AGENCY")}, set()),
    ("海东银保监分局约谈了两家银行。", {("海东银保监分局", "AGENCY")}, set()),
    ("青海金融监管局发布风险提示。", {("青海金融监管局", "AGENCY")}, set()),
    # an office before a clause's verb jieba reads as a noun begins no place and no company
    ("湖南保监局指导省保险行业协会开展自查。", {("湖南保监局", "AGENCY")}, {"保监局指导省"}),
    ("湖南保监局指导省保险协会开展培训。", {("湖南保监局", "AGENCY")}, {"湖南保监局指导省保险"}),
])
def test_a_financial_regulator_s_office_is_the_place_s(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a mission abroad is named by the country that sends it, and where it is stationed
    ("她曾陪同英国大使馆的参赞参观茶园。", {("英国大使馆", "AGENCY")}, set()),
    ("中国驻意使馆提醒留学生注意安全。", {("中国驻意使馆", "AGENCY")}, set()),
    ("中国驻德国大使馆发布了签证新规。", {("中国驻德国大使馆", "AGENCY")}, {"德国大使馆"}),
    ("韩国驻青岛总领事馆举办了文化周。", {("韩国驻青岛总领事馆", "AGENCY")}, {"青岛总领事馆"}),
    # a country jieba reads as an adverb (约旦) is still a name
    ("埃及驻约旦使馆参赞出席了酒会。", {("埃及驻约旦使馆", "AGENCY")}, set()),
    # with no sender it is any country's
    ("多国驻华使馆人员应邀出席。", set(), {"驻华使馆", "多国驻华使馆"}),
    ("一些外国驻华使馆开放了参观日。", set(), {"驻华使馆", "外国驻华使馆"}),
])
def test_a_mission_abroad_is_its_sending_country_s(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a department written right after its ministry or commission is the ministry's
    ("外交部领事司发布了出行提示。", {("外交部领事司", "AGENCY")}, set()),
    ("商务部外资司负责人回答了提问。", {("商务部外资司", "AGENCY")}, set()),
    ("国家发改委价格司召开座谈会。", {("国家发改委价格司", "AGENCY")}, set()),
    ("财政部预算司和外交部新闻司派员参加。", {("财政部预算司", "AGENCY"), ("外交部新闻司", "AGENCY")}, set()),
    # a company, a title or a list after a ministry is no department of it
    ("外交部、公司代表和专家出席。", {("外交部", "AGENCY")}, {"外交部、公司"}),
    ("教育部司长到校调研。", {("教育部", "AGENCY")}, {"教育部司"}),
])
def test_a_ministry_s_department_is_named_with_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 央行, as the news writes the People's Bank of China, and another country's with its name
    ("5日央行开展了逆回购操作。", {("央行", "AGENCY")}, set()),
    # jieba writes 央行|将, though 行将 ("about to") is a word of its own
    ("8日央行将开展中期借贷便利操作。", {("央行", "AGENCY")}, set()),
    ("英国央行行长发表讲话。", {("英国央行", "AGENCY")}, {"央行"}),
    # 商委 is a commerce commission, like its full name
    ("市商委牵头组织了展销会。", {("市商委", "AGENCY")}, set()),
])
def test_short_forms_of_national_bodies(rules_nlp, text, wanted, unwanted):
    assert_found(rules_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a state's armed services are bodies of the state, named by their country
    ("法国海军派出一艘护卫舰参加演习。", {("法国海军", "AGENCY")}, set()),
    ("印度空军接收了首批战机。", {("印度空军", "AGENCY")}, set()),
    ("日本海上自卫队的舰艇驶离港口。", {("日本海上自卫队", "AGENCY")}, set()),
    # and the State's army by its name, whatever unit of it is meant
    ("他十八岁参加了中国人民解放军。", {("中国人民解放军", "AGENCY")}, set()),
    ("退伍前他在解放军某部服役。", {("解放军", "AGENCY")}, {"解放军某部"}),
    # where it is stationed is not whose it is
    ("驻西藏人民解放军官兵参加了抢险。", {("人民解放军", "AGENCY")}, {"西藏人民解放军"}),
])
def test_armed_services_are_bodies_of_their_state(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_an_armed_service_in_general_is_no_agency():
    # 海军 alone is any navy: no component names it (the tagger's spans are held to the generic words too)
    nlp = kg.load_pipeline()
    assert not {e.text for e in nlp("他从小梦想加入海军，后来成了空军飞行员。").ents} & {"海军", "空军"}
    assert not {e.text for e in nlp("海军上海基地召开了表彰会。").ents} & {"海军"}


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the rooms of a building end like an office (厅) and are none; a named hall is a place
    ("持卡旅客可以使用机场贵宾厅。", set(), {"机场贵宾厅", "贵宾厅"}),
    ("他在银行营业厅排队。", set(), {"银行营业厅", "营业厅"}),
    ("颁奖晚会在卡内基大厅举行。", {("卡内基大厅", "PLACE")}, set()),
])
def test_rooms_of_a_building_are_no_offices(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_counted_part_is_no_office():
    # "the third volume" ends like an office (部); the tagger's span is no office either
    nlp = kg.load_pipeline()
    for text in ("这套小说已经写完三部，第四部正在创作中。", "该系列已出版五部，第六部正在审校。"):
        assert not [e.text for e in nlp(text).ents if e.label_ == "AGENCY"], text


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a ministry's committee, after a ministry whose full name jieba cuts at its 和
    ("住房和城乡建设部专家委员会的委员到场指导。", {("住房和城乡建设部专家委员会", "AGENCY")}, {"城乡建设部专家委员会"}),
    ("工业和信息化部科学技术委员会发布了报告。", {("工业和信息化部科学技术委员会", "AGENCY")}, set()),
])
def test_a_ministry_s_committee_is_named_with_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an office whose name joins two fields with 和, the second a short form jieba tags as one
    ("西宁市住房保障和房产管理局发布了公告。", {("西宁市住房保障和房产管理局", "AGENCY")}, {"房产管理局"}),
    # and a bare level word before such a name begins it
    ("县文化广电和旅游局组织了非遗展演。", {("县文化广电和旅游局", "AGENCY")}, set()),
    # two offices of a list stay two
    ("县财政局和审计局联合检查。", {("县财政局", "AGENCY"), ("审计局", "AGENCY")}, {"县财政局和审计局"}),
])
def test_an_office_named_with_two_fields_joined_by_and(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a remark in quotes, then its speaker's title that starts with 项目
    ("“厂房刚封顶，设备下个月就进场。”项目经理对记者说。", {"厂房刚封顶，设备下个月就进场。"}),
    ("“审批只用了三天！”项目负责人笑着说。", {"审批只用了三天！"}),
])
def test_a_quoted_remark_before_a_title_is_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a quoted name with no clause in it stays a project
    ("“金山湖”项目进展顺利。", {("金山湖", "PROJECT")}, set()),
])
def test_a_quoted_name_stays_a_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a list of lists: each item ends at its own 等, before its count and its kind
    # (a food maker's brand and trade head its item, as any maker's do: the firm and its project)
    ("项目包括:东山污水处理厂1个民生项目、瑞丰食品冷链仓储中心等2个农业项目、古镇游客中心等4个文旅项目。",
     {("瑞丰食品", "COMPANY"), ("冷链仓储中心", "PROJECT"), ("古镇游客中心", "PROJECT")},
     {"瑞丰食品冷链仓储中心等2个农业项目"}),
    ("签约项目有青山水泥余热发电等4个工业项目、白鹭湾露营基地等2个文旅项目。",
     {("白鹭湾露营基地", "PROJECT")}, {"青山水泥余热发电等4个工业项目"}),
    # a 等 with no count after it may be inside the item's own name: it is not cut there
    ("县里签约了东山牛奶及酸奶等乳制品加工、北坡肉牛养殖基地、南湖文化产业园等8个项目。",
     {("北坡肉牛养殖基地", "PROJECT")}, {"东山牛奶及酸奶"}),
])
def test_an_item_of_a_list_of_lists_ends_at_its_own_deng(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a count and a kind of project say how many, and name none
    ("十大续建产业项目由各镇分别牵头。", {"十大续建产业项目"}),
    ("全区梳理出八大新建产业项目清单。", {"八大新建产业项目"}),
    # jieba leaves a town's suffix alone after its name: the town's projects are a batch
    ("会上公布了30个衙前镇重大产业项目。", {"衙前镇重大产业项目", "镇重大产业项目"}),
    # a total sums projects up: the amount after it sizes them, and names none
    ("双方签订了三个领域共计15亿元项目协议。", {"领域共计15亿元项目", "15亿元项目"}),
    ("双方签订了涉及文旅和康养两大领域共计15亿元项目合同。", {"文旅和康养两大领域共计15亿元项目", "15亿元项目"}),
    ("会上签订了合计8.6亿元项目协议。", {"合计8.6亿元项目", "8.6亿元项目"}),
])
def test_a_count_or_a_town_before_a_generic_head_names_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a place's name that begins an outlet's name in a byline or a dateline is the outlet's
    ("长城网讯（记者 刘一鸣）昨日，景县新签约两个项目。", {("景县", "PLACE")}, {"长城"}),
    ("签约现场。长城网记者 王小川 摄", set(), {"长城"}),
    ("中国网讯（记者 李青）十月的北京秋高气爽。", {("北京", "PLACE")}, {"中国"}),
    ("据青海日报报道，格尔木市新开工三个项目。", {("格尔木市", "PLACE")}, {"青海"}),
    ("浙江在线安吉5月8日讯（记者 陈东）", set(), {"浙江"}),
])
def test_a_place_that_begins_an_outlets_name_is_no_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a place's people and a county's own media centre still say where
    ("北京网友纷纷点赞。", {("北京", "PLACE")}),
    ("来源：阜城县融媒体中心", {("阜城县", "PLACE")}),
])
def test_a_place_before_other_words_of_the_web_stays(full_nlp, text, wanted):
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a road from one place to another is one project, also as an item of a list or a status clause
    ("青河至房县一级公路改建工程开工。", {("青河至房县一级公路改建工程", "PROJECT")}, {"房县一级公路改建工程"}),
    ("本次开工的有S211青河至石门二级公路改建工程等3个交通项目、城南学校等2个民生项目。",
     {("S211青河至石门二级公路改建工程", "PROJECT")}, {"石门二级公路改建工程"}),
    ("西岭至东坪旅游公路、南湖湿地公园等项目顺利推进。",
     {("西岭至东坪旅游公路", "PROJECT")}, {"东坪旅游公路"}),
])
def test_a_route_in_a_listed_project_is_one_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 等地, 等省市: the list says where the companies come from; its items are places
    ("来自珠三角、长三角等地的四十多家企业来到我县考察。", {("珠三角", "PLACE"), ("长三角", "PLACE")},
     {("珠三角", "COMPANY"), ("长三角", "COMPANY")}),
    ("推介会吸引了福建、广东等地的企业参会。", {("福建", "PLACE"), ("广东", "PLACE")},
     {("福建", "COMPANY"), ("广东", "COMPANY")}),
    ("来自江苏、安徽等省市企业的代表参加签约。", {("江苏", "PLACE"), ("安徽", "PLACE")},
     {("江苏", "COMPANY"), ("安徽", "COMPANY")}),
    # a level or a kind of company after 等 still lists companies
    ("宏达集团、金源科技等省级龙头企业参加了会议。", {("宏达集团", "COMPANY"), ("金源科技", "COMPANY")}, set()),
    ("宏达集团、金源科技等地方企业参加了会议。", {("宏达集团", "COMPANY"), ("金源科技", "COMPANY")}, set()),
])
def test_places_listed_before_dengdi_are_no_companies(nlp, full_nlp, text, wanted, unwanted):
    for pipeline in (nlp, full_nlp):
        got = set(ents(pipeline, text))
        assert wanted <= got and not got & unwanted, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # titles a town or a county earns are no places
    ("作为远近闻名的工业大镇，青溪镇今年又引进三个项目。", {("青溪镇", "PLACE")}, {"工业大镇"}),
    ("要培育一批农业强镇、工业重镇、文旅名镇和商贸大镇。", set(), {"农业强镇", "重镇", "工业重镇", "文旅名镇", "商贸大镇"}),
    ("该县去年获评“全省最佳人居环境宜居县”。", set(), {"最佳人居环境宜居县", "宜居县"}),
])
def test_a_title_a_town_earns_is_no_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A government is somebody's: the words of a clause before 政府 say nothing of whose.
    ("报告提出要大力改革政府审批制度。", set(), {"大力改革政府", "改革政府"}),
    ("群众积极配合党和政府开展防汛工作。", set(), {"积极配合党和政府", "党和政府"}),
    ("预计2025年度政府投资将继续增加。", set(), {"年度政府"}),
    ("那时连政府的预算都没有着落。", set(), {"连政府"}),
    ("议会选出了新的联合政府。", set(), {"联合政府"}),
    ("反对派指责现政府施政不力。", set(), {"现政府"}),
    ("某商业银行串通政府官员骗取贷款。", set(), {"串通政府"}),
    # a place, a level or a country's one character before 政府 names its government
    ("老人亲手写信给中国政府表示感谢。", {("中国政府", "AGENCY")}, {"写信给中国政府"}),
    ("埃及政府宣布延长签证期限。", {("埃及政府", "AGENCY")}, set()),
    ("副县长代表县政府致辞。", {("县政府", "AGENCY")}, set()),
    ("墨政府表示将加强边境管理。", {("墨政府", "AGENCY")}, set()),
])
def test_a_government_names_whose_it_is(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A company's short name whose last character jieba reads into the next word is none.
    ("各乡镇在整改中建立了问题台账。", set(), {"中建"}),
    ("双方在交流中建交的愿望更加强烈。", set(), {"中建"}),
    # where the name ends a word of its own, it stands
    ("该项目由中建负责施工。", {("中建", "COMPANY")}, set()),
    ("农发行将加大对县域的信贷支持。", {("农发行", "COMPANY")}, set()),
])
def test_a_company_short_name_that_cuts_a_word_is_none(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A business counted right before its kind (一家, 几个) is a kind of business, none named.
    ("美国有几家电视网络公司宣布停播。", set(), {"电视网络公司"}),
    ("县城新开了一家广告设计公司。", set(), {"广告设计公司"}),
    ("记者走访了几个市场办公室。", set(), {"市场办公室"}),
    # a registered legal name, or a brand jieba does not know, is still a name
    ("县里新引进了一家宏达商贸有限公司。", {("宏达商贸有限公司", "COMPANY")}, set()),
    ("镇上有两家华兴建材公司。", {("华兴建材公司", "COMPANY")}, set()),
])
def test_a_counted_kind_of_business_is_no_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A bank's card unit is named after the bank, as its branches are.
    ("据农业银行信用卡中心有关负责人介绍，分期业务增长较快。", {("农业银行信用卡中心", "COMPANY")}, {"农业银行"}),
    ("一位平安银行信用卡中心的员工说。", {("平安银行信用卡中心", "COMPANY")}, {"平安银行"}),
    # with no bank named, it is any bank's
    ("他在银行的信用卡中心工作。", set(), {"信用卡中心"}),
])
def test_a_banks_card_unit_is_named_after_the_bank(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A body's office in another city is the body's: the city it is stationed in is no sender.
    ("格尔木市驻西宁办事处负责接待工作。", {("格尔木市驻西宁办事处", "AGENCY")}, {"西宁办事处"}),
    ("青海省人民政府驻北京办事处主任出席会议。", {("青海省人民政府驻北京办事处", "AGENCY")}, {"北京办事处"}),
    # a street's office is no mission
    ("城东街道办事处组织了义诊。", {("城东街道办事处", "AGENCY")}, set()),
])
def test_an_office_stationed_elsewhere_is_its_senders(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Founding, deciding on or appointing a body comes before its name, never in it.
    ("会议决定成立格尔木市招商引资工作领导小组。", {("格尔木市招商引资工作领导小组", "AGENCY")},
     {"会议决定成立格尔木市招商引资工作领导小组", "成立格尔木市招商引资工作领导小组"}),
    ("县里当即成立抗洪抢险指挥部。", {("抗洪抢险指挥部", "AGENCY")}, {"成立抗洪抢险指挥部"}),
    ("首相任命日本参议院预算委员会的新委员。", {("日本参议院预算委员会", "AGENCY")}, {"任命日本参议院预算委员会"}),
    # nor is taking a body's word or handing work over to it
    ("双方同意接受联合调查委员会的结论。", {("联合调查委员会", "AGENCY")}, {"双方同意接受联合调查委员会"}),
    ("园区委托青海宏达资产评估公司进行评估。", {("青海宏达资产评估公司", "COMPANY")}, {"委托青海宏达资产评估公司"}),
])
def test_founding_a_body_is_no_part_of_its_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A body's term is no part of its name, though jieba writes the two as one word (八届全国政协),
    # as it is not where jieba writes them apart (十四届|市委).
    ("委员们回顾了八届全国政协的工作。", {("全国政协", "AGENCY")}, {"八届全国政协"}),
    ("他当选为第九届全国政协委员。", {("全国政协", "AGENCY")}, {"第九届全国政协"}),
    ("十四届市委第三轮巡察工作启动。", {("市委", "AGENCY")}, {"十四届市委"}),
])
def test_a_bodys_term_is_no_part_of_its_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # The State Council's ministries are named without a place, by ordinary words (水利|部).
    ("水利部派出工作组赶赴灾区。", {("水利部", "AGENCY")}, set()),
    ("交通运输部召开新闻发布会。", {("交通运输部", "AGENCY")}, set()),
    # two ministries written back to back are two names
    ("公安部民政部联合发出通知。", {("公安部", "AGENCY"), ("民政部", "AGENCY")}, {"公安部民政部"}),
    # the offices of a kind in general are none (水利|部门)
    ("水利部门加强了巡查。", set(), {"水利部"}),
])
def test_the_state_councils_ministries_are_names(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba reads an office's last character into its head's title (局局长, 处处长): the office keeps it.
    ("新疆电力工业局局长出席了会议。", {("新疆电力工业局", "AGENCY")}, {"新疆"}),
    ("市科技处处长王刚作了发言。", {("市科技处", "AGENCY")}, set()),
    # a title alone names no office
    ("他担任局长多年。", set(), {"局长"}),
])
def test_an_office_keeps_the_character_jieba_reads_into_its_heads_title(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, place, not_project", [
    # a division that reports its projects starting or signed is where they are, no project
    ("通渭县7个项目集中签约总投资18亿元", ("通渭县", "PLACE"), "通渭县"),
    ("本月永登县集中开工项目共12项。", ("永登县", "PLACE"), "永登县"),
    ("会宁招商引资集中签约9个项目。", ("会宁", "PLACE"), "会宁招商引资"),
    ("安宁市集中开工项目共18项，年度计划投资6亿元。", ("安宁市", "PLACE"), "安宁市"),
    # the offices that hold a ceremony for starting projects are its hosts, not projects
    ("临夏州州委、州人民政府当天在各县市同步举行项目集中开工仪式。", ("州人民政府", "AGENCY"), "临夏州州委"),
])
def test_a_division_reporting_its_projects_is_no_project(nlp, full_nlp, text, place, not_project):
    for pipeline in (nlp, full_nlp):
        got = set(ents(pipeline, text))
        assert place in got and (not_project, "PROJECT") not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a development slogan ends like a county or a city, and even like a county's name (兴县, 富县)
    ("县里提出“生态立县、旅游兴县、商贸活县”的发展思路。", set(), {"生态立县", "立县", "兴县", "商贸活县", "活县"}),
    ("会议要求以文化兴县、教育强县为抓手。", set(), {"兴县", "文化兴县"}),
    ("推进“旅游富县、群众幸福优城”目标。", set(), {"富县", "优城", "幸福优城"}),
    # and where jieba leaves its first word unknown: opening with its means (以商|兴城), or a quote's first word
    ("该市坚持以商兴城、以城聚商的思路。", set(), {"兴城"}),
    ("全县上下积极落实“办赛兴城”行动。", set(), {"兴城"}),
    # the counties of those names, after a verb or their province, are places
    ("代表团前往兴县考察，随后到陕西富县调研。", {("兴县", "PLACE"), ("富县", "PLACE")}, set()),
])
def test_a_development_slogan_is_no_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county before a year's throughput or output is where the project is; the capacity is the
    # project's, and a trade after it (电子) is its product's, no company's
    ("会宁县年处理15万吨秸秆综合利用项目开工建设。", {("会宁县年处理15万吨秸秆综合利用项目", "PROJECT")},
     {"会宁县年处理", "15万吨秸秆综合利用项目"}),
    ("永登县年产200万颗电子芯片封装项目落地苦水镇。", {("永登县年产200万颗电子芯片封装项目", "PROJECT")},
     {"芯片封装项目", "永登县年产200万颗电子"}),
    ("榆中县年产50万片光伏组件项目、皋兰县年出栏10万头生猪养殖项目进展顺利。",
     {("榆中县年产50万片光伏组件项目", "PROJECT")}, {"榆中县年产", "50万片光伏组件项目"}),
])
def test_a_county_before_a_capacity_heads_no_company(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a trade that ends like a company (电子, 科技) before a park or a hall names the site, no company
    ("代表团先后参观了金川电子科技园和祁连科技展览馆。",
     {("金川电子科技园", "PLACE"), ("祁连科技展览馆", "PLACE")}, {"金川电子", "祁连科技", "金川"}),
    ("考察组一行来到临洮智能科技园、渭源县中药材博物馆等地调研。", {("临洮智能科技园", "PLACE")}, {"临洮"}),
])
def test_a_park_or_hall_named_after_a_trade_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, places", [
    # a list of regions before a kind of place and the companies sought there lists no companies
    ("今年重点盯紧珠三角、长三角、温州、青岛等民营经济活跃城市群和龙头企业开展招商。", {"珠三角", "长三角", "温州", "青岛"}),
    ("瞄准京津冀、长三角、厦门等重点区域及行业龙头企业开展精准招商。", {"京津冀", "长三角", "厦门"}),
    ("全力对接成渝、京津冀、宁波、无锡等经济活跃地区和知名企业。", {"京津冀", "宁波", "无锡"}),
])
def test_regions_listed_before_the_companies_sought_are_no_companies(nlp, full_nlp, text, places):
    for pipeline in (nlp, full_nlp):
        got = set(ents(pipeline, text))
        assert {(p, "PLACE") for p in places} <= got and not {t for t, l in got if l == "COMPANY"}, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a company's name begins after another company's name or a project's, written without a comma
    ("由上海浩远公司临洮县远达药业中药提取车间项目负责建设。", {("上海浩远公司", "COMPANY")},
     {"上海浩远公司临洮县远达药业"}),
    ("甘肃瑞丰储能项目瑞丰集团已完成备案。", set(), {"甘肃瑞丰储能项目瑞丰集团"}),
])
def test_a_company_name_begins_after_another_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    # a field, a list or a campaign before a category's head names a kind of project, no project
    "这是全省交通水利及民生事业重点项目集中开工的一部分。",
    "今年共有86个省列、市列重点项目全面开工建设。",
    "该基地入选第三批陇商回乡标志性项目。",
])
def test_a_category_of_projects_is_no_project(nlp, full_nlp, text):
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not [t for t, l in got if l == "PROJECT"], got


@pytest.mark.parametrize("text, unwanted", [
    # a determiner before a kind of division (jieba writes 各乡镇 as one place word) names no one place
    ("各乡镇党委书记和各县区分管领导参加了会议。", {"各乡镇", "各乡镇党委", "各县区"}),
    ("会议要求各乡镇、各部门压实责任。", {"各乡镇"}),
])
def test_every_town_or_county_is_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a leader's given name in a list of leaders after a title ends like a river, and is no place
    ("县领导王林、赵明、黄河、刘芳参加活动。", {"黄河"}),
    ("县领导李青、吴敏、贾鲲鹏、洛河、陈平等参加。", {"洛河"}),
])
def test_a_leader_in_a_list_of_leaders_is_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # how the plant is built (扩建, 新建, 改建) leads the project, and is no part of its company's name
    ("嘉宇新材料扩建年产12万吨锂电隔膜项目年底投产。", {("嘉宇新材料", "COMPANY"), ("年产12万吨锂电隔膜项目", "PROJECT")},
     {"嘉宇新材料扩建"}),
    ("金鹏铝业新建年产6万吨铝型材项目已经开工。", {("金鹏铝业", "COMPANY"), ("年产6万吨铝型材项目", "PROJECT")},
     {"金鹏铝业新建"}),
])
def test_how_a_plant_is_built_is_no_part_of_its_company(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # when and how a status comes (正式, 顺利, 近日, 已) stands between a project and its predicate
    ("县里的年产8万吨有机肥项目正式开工。", {("年产8万吨有机肥项目", "PROJECT")}, {"年产8万吨有机肥项目正式"}),
    ("东关水厂提标改造工程顺利竣工。", {("东关水厂提标改造工程", "PROJECT")}, {"东关水厂提标改造工程顺利"}),
    ("老城区供水工程已开工。", {("老城区供水工程", "PROJECT")}, set()),
])
def test_a_status_adverb_is_no_part_of_its_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 经开区, short for 经济技术开发区, names a zone after its place as 高新区 does
    ("醴陵经开区今年新落户企业九家。", {("醴陵经开区", "PLACE")}, {"醴陵"}),
    ("来自浏阳经开区的两家企业参加了推介会。", {("浏阳经开区", "PLACE")}, {"浏阳"}),
    # with no place before it, it is any zone
    ("全市各经开区要抓好安全生产。", set(), {"各经开区", "经开区"}),
])
def test_a_zone_written_jingkaiqu_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a bonded zone's kind, with no place before it, is any such zone
    ("该县综合保税区内的冷链物流项目进展顺利。", {"综合保税区"}),
    ("企业可以在保税区内开展加工贸易。", {"保税区"}),
])
def test_a_bonded_zone_without_its_place_is_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted", [
    # jieba writes a bureau's field and its 局 apart ("县|国土资源|局"); after a level it is still an office
    ("县国土资源局公布了今年的用地计划。", {("县国土资源局", "AGENCY")}),
    ("上午，县人力资源局组织了一场招聘会。", {("县人力资源局", "AGENCY")}),
    # a merged bureau whose second field is joined by 和, with 局 written apart from it: the whole office
    ("会上，县商务和工业信息化局通报了上半年外贸情况。", {("县商务和工业信息化局", "AGENCY")}),
    ("市科学技术和工业信息化局负责人介绍了园区规划。", {("市科学技术和工业信息化局", "AGENCY")}),
])
def test_a_bureau_written_apart_from_its_field_is_an_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_a_round_of_a_game_is_no_office(nlp):
    assert_found(nlp, "这一局比赛打得很精彩。", set(), {"这一局", "一局", "局"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a clause that lists projects, each with its own head, ends the list itself (no 等, no predicate):
    # each item runs from mark to mark, with its place, its capacity and a route's two stops
    ("签约项目包括青山县现代农业产业园冷链物流建设项目、黑石镇王庄村蔬菜大棚建设项目、青山县第二人民医院门诊楼建设项目。",
     {("青山县现代农业产业园冷链物流建设项目", "PROJECT"), ("黑石镇王庄村蔬菜大棚建设项目", "PROJECT"),
      ("青山县第二人民医院门诊楼建设项目", "PROJECT")},
     {"冷链物流建设项目", "人民医院门诊楼建设项目"}),
    ("此次开工的项目分别是青山县年产50万立方新型墙体材料和20万吨干混砂浆生产线建设项目、"
     "红旗镇李家村存栏5000头肉牛养殖基地建设项目、青山县城南液化石油气储配站至东风工业小区燃气管道工程。",
     {("青山县年产50万立方新型墙体材料和20万吨干混砂浆生产线建设项目", "PROJECT"),
      ("红旗镇李家村存栏5000头肉牛养殖基地建设项目", "PROJECT"),
      ("青山县城南液化石油气储配站至东风工业小区燃气管道工程", "PROJECT")},
     {"青山县", "存栏5000头肉牛养殖基地建设项目", "东风工业小区燃气管道工程"}),
    # a company heading its item keeps its whole legal name, weak suffixes and all
    ("开工项目分别是白沙镇柳树村肉鸡养殖场建设项目、云州绿丰农牧科技有限公司年产12万吨饲料加工项目。",
     {("白沙镇柳树村肉鸡养殖场建设项目", "PROJECT"), ("云州绿丰农牧科技有限公司", "COMPANY"),
      ("年产12万吨饲料加工项目", "PROJECT")},
     {"云州绿丰农牧"}),
])
def test_a_listed_project_runs_from_mark_to_mark(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a Latin abbreviation in brackets is part of the name it glosses, alone or in a list of projects
    ("青山县天然气（CNG）加气站建设项目当天开工。", {("青山县天然气（CNG）加气站建设项目", "PROJECT")}),
    ("项目分别是青山县城北污水处理厂建设项目、青山县液化天然气(LNG)储运及加气站建设项目、红旗镇农村公路提升工程。",
     {("青山县城北污水处理厂建设项目", "PROJECT"), ("青山县液化天然气(LNG)储运及加气站建设项目", "PROJECT"),
      ("红旗镇农村公路提升工程", "PROJECT")}),
])
def test_a_bracketed_abbreviation_stays_in_its_name(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # the buildings of one project, listed before 等设施 or 等配套工程, are no projects
    ("项目建成后将包含办公中心、仓储中心、研发中心等设施工程。", {"包含办公中心", "仓储中心", "研发中心"}),
    ("园区还将建设污水处理站、变电站等配套工程。", {"污水处理站", "变电站"}),
])
def test_a_project_s_parts_are_no_projects(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a year's rate leads its project as 年产 does, with a unit jieba reads as an adverb (只) and a
    # one-character product it reads as a place (鸭)
    ("镇政府与云州绿野农业有限公司年养殖8万只麻鸭及鸭产品精深加工项目签约。",
     {("云州绿野农业有限公司", "COMPANY"), ("年养殖8万只麻鸭及鸭产品精深加工项目", "PROJECT")}),
    ("县里引进年出栏10万头生猪养殖项目。", {("年出栏10万头生猪养殖项目", "PROJECT")}),
    # 及 joins two processes of one project
    ("云州青禾生态农业发展有限公司柑橘分拣及深加工项目落户开发区。",
     {("云州青禾生态农业发展有限公司", "COMPANY"), ("柑橘分拣及深加工项目", "PROJECT")}),
])
def test_a_year_s_rate_and_joined_processes_stay_in_the_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a date ends a clause's subject: it names no project
    ("这是该县继5月18日集中签约8个项目后,招商工作的又一成果。", set(), {"这是该县继5月18日"}),
    # leaders listed before the clause's verb are its subject, no companies of the list after it
    ("张华、刘明一行先后到青禾智能、蓝田电器、金穗农业等企业调研。",
     {("青禾智能", "COMPANY"), ("蓝田电器", "COMPANY"), ("金穗农业", "COMPANY")}, {"张华", "刘明一行"}),
])
def test_a_clause_s_subject_is_no_item_of_its_list(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # the natural resources and planning bureau, full or short, with or without its level
    ("县长带领县发改局、交通运输局、自然资源和规划局等部门负责人调研。", {("自然资源和规划局", "AGENCY")}),
    ("自然资源和规划局负责同志介绍了情况。", {("自然资源和规划局", "AGENCY")}),
    ("县自规局负责同志参加调研。", {("县自规局", "AGENCY")}),
])
def test_the_planning_bureau_is_an_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # a time word that begins a name (现代, 未来) is no date before it
    ("与会人员观摩了现代工业产业园项目。", {("现代工业产业园项目", "PROJECT")}),
    # a year's rate of any process leads its project, and heads no company
    ("在年深加工20万吨马铃薯项目现场。", {("年深加工20万吨马铃薯项目", "PROJECT")}),
])
def test_words_jieba_reads_as_times_begin_a_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # a brand's second character jieba reads as a conjunction, after the company's place
    ("广东云州瀚和环保有限公司与县政府签订了协议。", {("广东云州瀚和环保有限公司", "COMPANY")}),
    # a brand that is a verb, right after the company's place
    ("具有代表性的是福建联合动力设备制造有限公司厂房改扩建项目。", {("福建联合动力设备制造有限公司", "COMPANY")}),
    # a brand jieba reads as a classifier and a conjunction, or with a particle, between the place and the trade
    ("运营主体青海道和牧业开发有限公司于去年成立。", {("青海道和牧业开发有限公司", "COMPANY")}),
    ("他是四川月亮之乡生态农业发展有限公司董事长。", {("四川月亮之乡生态农业发展有限公司", "COMPANY")}),
])
def test_a_legal_name_keeps_brand_words_jieba_reads_as_function_words(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_two_parties_joined_by_and_stay_two(nlp):
    assert_found(nlp, "青山县和红旗镇签订协议。", {("青山县", "PLACE"), ("红旗镇", "PLACE")}, set())


@pytest.mark.parametrize("text, wanted", [
    # a plaza, a tower block or a rural complex named for its brand is a project of its own
    ("云州新地标地产有限公司在青山投建的万福广场项目总投资8亿元。", {("万福广场项目", "PROJECT")}),
])
def test_a_building_named_for_its_brand_is_a_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a village or a town heads a listed project's name: it is where the project lies, no company;
    # and a word jieba tags as a clause's in a later item does not end the list before it
    ("项目分别是大河乡高丰村沙坝组道路建设项目、青山县东岭调压站至西岭工业小区燃气管道工程、红旗镇李家村肉牛养殖基地建设项目。",
     {("大河乡高丰村沙坝组道路建设项目", "PROJECT"), ("青山县东岭调压站至西岭工业小区燃气管道工程", "PROJECT"),
      ("红旗镇李家村肉牛养殖基地建设项目", "PROJECT")},
     {"大河乡高丰村沙坝", "组道路建设项目"}),
])
def test_a_listed_project_headed_by_its_village_has_no_company(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # taking an office: jieba reads 被选为 as a noun, which let the name run on to the left
    ("老张同志在大会上被选为全国人大常委会委员。", {("全国人大常委会", "AGENCY")}, {"被选为全国人大常委会"}),
    ("他此前兼任市科学技术委员会主任。", {("市科学技术委员会", "AGENCY")}, {"兼任市科学技术委员会"}),
    # a photo caption's "pictured"
    ("图为农牧展上的获奖展品。", set(), {"图为农牧"}),
    ("图为巴西咖啡农场的工人在采摘。", set(), {"图为巴西咖啡农场"}),
])
def test_taking_an_office_or_a_caption_comes_before_a_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a long office's name may hold a verb (脱贫攻坚领导小组), but a verb before its level or
    # its place is the clause's
    ("常委会决定恢复省民族宗教委员会的日常工作。", {("省民族宗教委员会", "AGENCY")}, {"恢复省民族宗教委员会"}),
    ("大会同意撤销市城乡规划委员会。", {("市城乡规划委员会", "AGENCY")}, {"撤销市城乡规划委员会"}),
    # before a body jieba knows whole
    ("会议决定恢复全国人大外事委员会。", {("全国人大外事委员会", "AGENCY")}, {"恢复全国人大外事委员会"}),
    ("镇里成立了脱贫攻坚领导小组。", {("脱贫攻坚领导小组", "AGENCY")}, set()),
])
def test_a_verb_before_a_long_offices_level_is_the_clauses(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a part of a region ends in 部, and jieba may tag it as an organisation
    ("寒潮影响华北西北部和江南中南部。", {"江南中南部", "华北西北部"}),
    ("今年汛期，强降雨主要出现在江南中南部。", {"江南中南部"}),
])
def test_a_part_of_a_region_is_no_office(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # "湘鄂赣|结合部": where provinces meet, a stretch of country that ends in 部 and heads no office
    ("青禾市要建成湘鄂赣结合部中心城市。", {"湘鄂赣结合部"}),
    ("安平县地处滇黔桂接合部，交通便利。", {"滇黔桂接合部"}),
])
def test_where_provinces_meet_is_no_office(nlp, full_nlp, text, unwanted):
    for model in (nlp, full_nlp):
        got = ents(model, text)
        assert not [t for t, label in got if label == "AGENCY"], got
        assert_found(model, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba's dictionary knows 政治局常委 as one organisation word: the body, then its member's title
    ("会上，中共中央政治局常委作了重要讲话。", {("中共中央政治局", "AGENCY")}, {"中共中央"}),
    ("两位中央政治局常委出席了开幕式。", {("中央政治局", "AGENCY")}, set()),
])
def test_a_body_glued_to_its_members_title_keeps_its_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a central bank is a state's office, as 央行 is
    ("他认为，中央银行应当保持货币政策稳定。", {("中央银行", "AGENCY")}),
    ("德国中央银行行长当天发表讲话。", {("德国中央银行", "AGENCY")}),
    ("澳大利亚储备银行宣布维持利率不变。", {("澳大利亚储备银行", "AGENCY")}),
])
def test_a_central_bank_is_an_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # jieba's dictionary writes the place and a known office with no suffix as one word
    ("美国国务院的一位官员昨天证实了这一消息。", {("美国国务院", "AGENCY")}),
    ("这份文件由中华人民共和国国务院发布。", {("中华人民共和国国务院", "AGENCY")}),
])
def test_a_known_office_inside_one_word_with_its_place_is_found(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # a bank or a firm named by what it does is a kind of business, none in particular
    ("政府要求储蓄银行和开发银行向中小企业放贷。", {"储蓄银行", "开发银行"}),
    ("公司聘请了一家会计公司核查账目。", {"会计公司"}),
    ("这家上市公司沦为壳公司已有多年。", {"壳公司"}),
])
def test_a_kind_of_bank_or_firm_is_no_company(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


def test_a_kind_of_bank_keeps_a_name_that_starts_with_it(nlp):
    assert_found(nlp, "国家开发银行向该项目发放了贷款。", {("国家开发银行", "COMPANY")}, set())


@pytest.mark.parametrize("text, unwanted", [
    # a body's name before 制度 names the system of government, no body
    ("全会强调要坚持和完善人民代表大会制度。", {"人民代表大会"}),
    ("各地普遍推行了村民委员会制度。", {"村民委员会", "推行了村民委员会"}),
])
def test_a_body_before_system_names_the_system(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


def test_a_bureau_written_apart_after_a_place_is_that_places(nlp, full_nlp):
    # jieba writes 欧洲|货币|局; the place begins the bureau's name
    for p in (nlp, full_nlp):
        assert_found(p, "欧洲货币局负责筹备单一货币的发行。", {("欧洲货币局", "AGENCY")}, set())


@pytest.mark.parametrize("text, unwanted", [
    # several levels before an office name the offices of all of them, no one
    ("全省县市区公安分局开展了一次联合检查。", {"县市区公安分局"}),
    ("会上要求市县公安局加强协作。", {"市县公安局"}),
])
def test_an_office_of_several_levels_is_no_one_office(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


def test_a_verb_before_a_long_offices_short_name_is_the_clauses(nlp, full_nlp):
    # 塔 (jieba: an abbreviation, j) begins the committee's name, as a place would
    text = "特使专程拜访塔民族和解委员会的领导人。"
    for p in (nlp, full_nlp):
        assert_found(p, text, {("塔民族和解委员会", "AGENCY")}, {"特使专程拜访塔民族和解委员会"})


def test_handing_over_to_comes_before_a_name(nlp, full_nlp):
    # jieba reads 赠送给 as a noun, which let the name run on to the left
    text = "群众把一面锦旗赠送给城关派出所的民警。"
    for p in (nlp, full_nlp):
        assert_found(p, text, {("城关派出所", "AGENCY")}, {"赠送给城关派出所", "锦旗赠送给城关派出所"})


def test_a_body_jieba_knows_whole_before_another_is_its_own(nlp, full_nlp):
    # jieba: 科技开发 (nt), then 北京市政协 (nt); the first is no part of the second's name
    for p in (nlp, full_nlp):
        assert_found(p, "他代表科技开发北京市政协发言。", {("北京市政协", "AGENCY")}, {"科技开发北京市政协"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # words that open a list (既有, 又有) are no part of its first item; a capacity's unit jieba reads
    # as an adverb (万|只) does not cut an item; and 有 glued to a brand after 又 is the clause's
    ("签约项目既有宏锐精工年产200万只汽车轴承、青森部件年产30万套汽车座椅等一批配套项目,"
     "又有蓝果机械设备制造、明实玻璃年产50万平方米钢化玻璃加工项目等项目。",
     {("宏锐精工", "COMPANY"), ("年产200万只汽车轴承", "PROJECT"), ("青森部件", "COMPANY")},
     {"既有宏锐精工", "汽车轴承", "有蓝果"}),
])
def test_words_that_open_a_list_are_no_part_of_its_items(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a brand of ordinary words before its region in brackets: the whole legal name
    ("县里将对信安(福建)光伏玻璃有限公司的二期工厂进行改造。", {("信安(福建)光伏玻璃有限公司", "COMPANY")},
     {"光伏玻璃有限公司"}),
    ("县里将对台玻（福建）光伏玻璃有限公司的工厂进行改造。", {("台玻（福建）光伏玻璃有限公司", "COMPANY")}, set()),
    # (its second word one jieba reads as a verb: 创新, 融通, 发展)
    ("调研组走访了天府创新(四川)科技有限公司和蓝海融通(重庆)新材料有限公司。",
     {("天府创新(四川)科技有限公司", "COMPANY"), ("蓝海融通(重庆)新材料有限公司", "COMPANY")}, set()),
    ("县长一行来到宏达发展(云南)矿业有限公司选矿车间。", {("宏达发展(云南)矿业有限公司", "COMPANY")}, set()),
])
def test_a_brand_of_ordinary_words_keeps_its_bracketed_region(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_long_listed_project_is_specific(nlp, full_nlp):
    # a long item of a list of projects names one, as a long suffix name does
    text = "开工项目分别是青山县城北污水处理厂建设项目、滇绿轮胎全钢子午巨型工程胎智能制造项目。"
    wanted = {("滇绿轮胎全钢子午巨型工程胎智能制造项目", "PROJECT")}
    assert_found(nlp, text, wanted, {"巨型工程胎智能制造项目"})
    assert_found(full_nlp, text, wanted, {"巨型工程胎智能制造项目"})


def test_a_state_firm_keeps_its_first_character(nlp, full_nlp):
    # jieba reads the 中 of a state firm's brand as a locative at the start of a clause
    for model in (nlp, full_nlp):
        assert_found(model, "中节能风电公司在县里投建风电场。", {("中节能风电公司", "COMPANY")}, {"节能风电公司"})


@pytest.mark.parametrize("text, wanted", [
    # a road's number begins its project's name; it heads no company
    ("G210国道青山段改建项目开工。", {("G210国道青山段改建项目", "PROJECT")}),
    ("G346国道东店至西岭一级路开工。", {("G346国道东店至西岭一级路", "PROJECT")}),
])
def test_a_road_s_number_begins_its_project(nlp, full_nlp, text, wanted):
    for model in (nlp, full_nlp):
        got = set(ents(model, text))
        assert wanted <= got, got
        assert not {t for t, label in got if label == "COMPANY"}, got


def test_a_road_s_grade_names_no_street(nlp, full_nlp):
    # "…一级路" is a class-one road being built, no street of a town
    text = "分现场分别是再生铅生产线、东店至西岭一级路、城区老旧片区改造项目。"
    for model in (nlp, full_nlp):
        assert_found(model, text, set(), {"西岭一级路", "一级路"})
    assert_found(nlp, "他家住在建设路。", {("建设路", "PLACE")}, set())


def test_a_cooperative_heading_its_project_is_no_part_of_it(nlp, full_nlp):
    # jieba writes the legal form apart (专业|合作社): the project starts after it
    text = "青山县百丰源中药材种植专业合作社黄芪项目初见成效。"
    for model in (nlp, full_nlp):
        assert_found(model, text, {("青山县百丰源中药材种植专业合作社", "COMPANY")},
                     {"青山县百丰源中药材种植专业合作社黄芪项目"})


@pytest.mark.parametrize("text, wanted", [
    # jieba reads the county town into the city-management office (县城|管|执法局, 县城|市|管理局)
    # or takes 城市 for an ordinary word (县|城市|管理局); every name of the office is one
    ("昨天，县城管执法局清理了一批占道摊点。", {("县城管执法局", "AGENCY")}),
    ("据县城市管理局介绍，老街改造下月完工。", {("县城市管理局", "AGENCY")}),
    ("近日，县城市管理综合执法局约谈了三家商户。", {("县城市管理综合执法局", "AGENCY")}),
    ("今年以来，县城管局与县交通局联合巡查。", {("县城管局", "AGENCY"), ("县交通局", "AGENCY")}),
])
def test_the_city_management_office_is_an_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # jieba's guess glues 局 to the function word after it (人力资源|局在, 国土资源|局对)
    ("昨天下午，县人力资源局在体育馆办了一场招聘会。", {("县人力资源局", "AGENCY")}),
    ("今年县国土资源局对三起违法占地作了查处。", {("县国土资源局", "AGENCY")}),
])
def test_a_bureau_glued_to_the_word_after_it_is_an_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_a_glued_round_of_a_game_is_no_office(nlp):
    assert_found(nlp, "这一局在加时赛中才分出胜负。", set(), {"这一局", "一局", "局"})


@pytest.mark.parametrize("text, wanted", [
    # a bare 县 opening the clause makes a described project the county's own: no proper name needed
    ("县农村饮水安全巩固提升项目今天开工。", {("县农村饮水安全巩固提升项目", "PROJECT")}),
    ("近日，县第二小学改扩建项目正式开工。", {("县第二小学改扩建项目", "PROJECT")}),
    # and the 县 is part of the name
    ("今年，县中医院门诊楼建设项目完成了主体施工。", {("县中医院门诊楼建设项目", "PROJECT")}),
])
def test_a_county_s_described_project_is_a_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text", ["县文化项目要加快推进。", "县招商引资项目有序推进。", "县重点项目建设现场会召开。"])
def test_a_county_s_kind_of_project_is_no_project(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a work written after a whole project's name is that project's part, not a longer project
    ("上周，县中医院住院楼建设项目主体工程顺利封顶。", {("县中医院住院楼建设项目", "PROJECT")},
     {"县中医院住院楼建设项目主体工程", "中医院住院楼建设项目主体工程"}),
    ("本月，县职业中学实训楼建设项目一期工程完工。", {("县职业中学实训楼建设项目", "PROJECT")},
     {"县职业中学实训楼建设项目一期工程", "职业中学实训楼建设项目一期工程"}),
])
def test_a_project_s_part_is_no_project_of_its_own(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a count of zones, or a rank among them, names no zone
    ("这里建成了全省第一个高新区。", {"全省第一个高新区", "第一个高新区"}),
    ("全县现有两个经开区和三个工业园区。", {"两个经开区", "三个工业园区"}),
])
def test_a_counted_zone_is_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a bonded zone after its place is a zone, as 高新区 and 经开区 are
    ("去年青州保税港区的外贸额翻了一番。", {("青州保税港区", "PLACE")}, {"青州"}),
    ("这批货物从南湖综合保税区发往海外。", {("南湖综合保税区", "PLACE")}, {"南湖"}),
    # with no place before it, it is any such zone
    ("企业可以在保税港区内开展转口贸易。", set(), {"保税港区"}),
])
def test_a_bonded_zone_after_its_place_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a county paper names the bank's branch in its county by the level alone: 银行|县|支行
    ("上月，中国农业银行县支行向种植大户发放了贷款。", {("中国农业银行县支行", "COMPANY")}),
    ("会上，建设银行县支行负责人介绍了信贷政策。", {("建设银行县支行", "COMPANY")}),
])
def test_a_bank_s_county_branch_is_the_company(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # a name longer than the word limit was cut inside its capacity (…|万平方米|新型…, 新型|…): it begins
    # with the capacity
    ("华瑞建材有限公司年产300万平方米新型节能超薄瓷砖和6万套整体衣柜生产线项目落地。",
     {("华瑞建材有限公司", "COMPANY"), ("年产300万平方米新型节能超薄瓷砖和6万套整体衣柜生产线项目", "PROJECT")}),
])
def test_a_long_project_keeps_its_capacity(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # 年 before a verb is a yearly throughput (年加工, 年处理), part of the project's name, no date
    ("该县与丰源粮油有限公司年加工小麦10万吨面粉项目签约。",
     {("丰源粮油有限公司", "COMPANY"), ("年加工小麦10万吨面粉项目", "PROJECT")}),
])
def test_a_yearly_throughput_begins_its_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # between the place and a word jieba only guesses, a brand it reads as a verb (满仓, 发达) is in the legal name
    ("这个项目由郑州满仓面业有限公司投资建设。", {("郑州满仓面业有限公司", "COMPANY")}),
    ("这个项目由沧州满仓粮业有限公司投资建设。", {("沧州满仓粮业有限公司", "COMPANY")}),
])
def test_a_brand_read_as_a_verb_stays_in_its_legal_name(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the visit's verb comes before the first item of the list of sites, never in it
    ("代表团先后来到小湾港、城南电厂、青创园等重点项目参观。", {("小湾港", "PROJECT")}, {"来到小湾港", "先后来到小湾港"}),
])
def test_a_visit_verb_is_no_part_of_the_first_listed_site(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 及 joins two businesses of one project though jieba reads the left one as a verb (制造) and
    # the right one's first word as a name (智能化)
    ("今年开工的项目包括锦华高端家纺设计制造及智能化仓储项目、城南物流园项目等。",
     {("锦华高端家纺设计制造及智能化仓储项目", "PROJECT")}, {"智能化仓储项目"}),
])
def test_a_business_read_as_a_verb_joins_its_project_s_products(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # after ordinary words, 新路 is a new way of doing things, no road
    ("全县上下要闯出一条绿色转型新路。", {"绿色转型新路", "转型新路"}),
    ("我们要探索生态发展新路。", {"生态发展新路", "发展新路"}),
])
def test_a_new_way_is_no_road(nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a town jieba writes apart from its name (榆沟|乡), before an item's capacity, is where the project
    # is, never a company at its head
    ("今年开工的有东河生态修复、榆沟乡2万千瓦风电、城南物流园等重点项目。",
     {("榆沟乡2万千瓦风电", "PROJECT")}, {"榆沟乡", "2万千瓦风电"}),
])
def test_a_town_before_a_listed_capacity_is_no_company(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a phase is part of its project's name, though jieba tags 一期 an adverb and 三期 a time
    ("近日，城北污水处理厂三期项目开工。", {("城北污水处理厂三期项目", "PROJECT")}),
    ("这次开工的县果蔬冷链物流基地建设一期项目总投资八千万元。", {("县果蔬冷链物流基地建设一期项目", "PROJECT")}),
])
def test_a_phase_is_part_of_its_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # a plant's part in general names no project
    ("双方签订了年产3万吨特种包装纸等生产线项目。", {"生产线项目"}),
    ("园区内的标准化厂房项目已经完工。", {"标准化厂房项目"}),
])
def test_a_plant_s_part_in_general_is_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 工业区 after its name is a zone, as 工业园 is; alone it is any such district
    ("考察团一行来到临河工业区参观。", {("临河工业区", "PLACE")}, set()),
    ("去年新进驻沙坪工业区的企业有十二家。", {("沙坪工业区", "PLACE")}, set()),
    ("全县工业区建设加快推进。", set(), {"工业区", "全县工业区"}),
])
def test_an_industrial_district_after_its_name_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_partner_province_s_aid_project_in_general_is_no_project(nlp):
    # 援疆项目, like 援青项目: what a partner province funds in Xinjiang, a kind of project
    text = "这个物流园是山东省济南市援疆项目之一。"
    assert not [e for e in nlp(text).ents if e.label_ == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a zone with a name of its own inside another, and a project after it, are three names
    ("一行人考察了青山工业园红石工业区江苏华润特钢项目。",
     {("青山工业园", "PLACE"), ("红石工业区", "PLACE"), ("江苏华润特钢项目", "PROJECT")},
     {"红石工业区江苏华润特钢项目", "青山工业园红石工业区"}),
    ("一行人考察了东川工业园桃溪工业区甘肃金桥铸造项目。",
     {("东川工业园", "PLACE"), ("桃溪工业区", "PLACE"), ("甘肃金桥铸造项目", "PROJECT")},
     {"东川工业园桃溪工业区", "东川工业园桃溪工业区甘肃金桥铸造项目"}),
])
def test_a_zone_inside_a_zone_and_its_project_are_apart(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a municipality's districts have a rural affairs commission (农业农村委), not a bureau
    ("下午，区农业农村委召开了春耕备耕会。", {("区农业农村委", "AGENCY")}, set()),
    # and a guess that glued its level to the words before it (可向区) is no place of the office
    ("群众如有意见，可向区农业农村委反映。", {("区农业农村委", "AGENCY")}, {"可向区农业农村委", "可向区农业", "可向区"}),
])
def test_a_district_s_rural_affairs_commission_is_an_office(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # jieba writes an unknown village apart from its 村 (榆树|村), which is still in the project's name
    ("今年榆树村购置冷藏设备项目已经完工。", {("榆树村购置冷藏设备项目", "PROJECT")}),
])
def test_a_village_written_apart_stays_in_its_project(nlp, text, wanted):
    assert_found(nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    # a bare 县 before an office's field of nouns begins the office's name, not only right before it
    ("上午，县经济开发区党工委召开会议。", {("县经济开发区党工委", "AGENCY")}),
    ("上午，县工业园区管委会召开会议。", {("县工业园区管委会", "AGENCY")}),
])
def test_a_bare_level_before_a_field_of_nouns_begins_the_office(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, unwanted", [
    # a slogan listed like projects names none; nor do the projects' library or site office
    ("县里树牢项目为王理念，大抓项目、抓大项目，强化攻坚意识。", {"抓大项目", "大抓项目"}),
    ("现将《江津区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库汇总表》予以公示。",
     {"江津区2026年巩固拓展脱贫攻坚成果和乡村振兴项目", "巩固拓展脱贫攻坚成果和乡村振兴项目"}),
])
def test_a_slogan_or_a_project_library_is_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a bare 项目 joined to another word by 及 or 和 names no project
    ("县长到企业实地调研,了解企业生产经营、科技研发及项目进展情况。", set(),
     {"科技研发及项目", "了解企业生产经营、科技研发及项目"}),
    ("现场指导做实做细疫情防控和项目建设工作。", set(), {"现场指导做实做细疫情防控和项目", "疫情防控和项目"}),
    # an adjective before the second product of one project does not end it
    ("御丰生物年产3万吨生物醇法浓缩蛋白及新产品开发应用项目开工。",
     {("年产3万吨生物醇法浓缩蛋白及新产品开发应用项目", "PROJECT")}, set()),
])
def test_what_joins_a_project_s_products_and_what_does_not(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # what a visit does at a site comes before the project's name
    ("县招商团队重点了解高档酒店布草项目。", {("高档酒店布草项目", "PROJECT")}, {"了解高档酒店布草项目"}),
    # a park named after its trade heads its works, no company
    ("位于丰田镇的闽台精密机械产业园标准厂房一期工程正在加紧施工。",
     {("闽台精密机械产业园标准厂房一期工程", "PROJECT")}, {"闽台精密机械"}),
])
def test_a_visit_or_a_trade_park_before_a_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


def test_because_glued_to_a_name_is_no_part_of_it(nlp, full_nlp):
    # jieba's guess glues 因 to the name after it ("因天|达|一期|工程")
    for model in (nlp, full_nlp):
        assert_found(model, "因天达一期工程环保问题未妥善解决，二期工程暂停。", {("天达一期工程", "PROJECT")},
                     {"因天达一期工程"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a village's committee is that village's, with the places written before it
    ("工程的业主单位是长林镇石桥村村民委员会。", {("长林镇石桥村村民委员会", "AGENCY")}, {"村民委员会", "石桥村"}),
    ("驻村工作队来到云岭乡青松村村委会走访。", {("云岭乡青松村村委会", "AGENCY")}, {"青松村村委会"}),
    # jieba glues the village's own 村 to the committee (青松|村委会)
    ("大家在青松村委会开会。", {("青松村委会", "AGENCY")}, set()),
    ("几位老人来到东风社区居委会反映情况。", {("东风社区居委会", "AGENCY")}, {"东风社区"}),
    # alone, the committee is any village's
    ("村民们聚在村委会门口等候。", set(), {"村委会", "聚在村委会"}),
])
def test_a_village_committee_is_its_villages(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a count of towns or counties before their level's office names several bodies, no one
    ("县里组织4镇人民政府召开联席会议。", {"镇人民政府", "4镇人民政府"}),
    ("片区内2乡乡政府共同参与了规划。", {"乡乡政府", "乡政府"}),
    ("两县政府签订了跨界河流共治协议。", {"两县政府", "县政府"}),
    ("会议由三镇政府轮流承办。", {"三镇政府", "镇政府"}),
])
def test_a_count_of_divisions_before_an_office_names_no_one(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


def test_a_town_s_office_is_still_found_alone(nlp, full_nlp):
    for p in (nlp, full_nlp):
        assert_found(p, "镇政府与投资方签订了合作协议。", {("镇政府", "AGENCY")}, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the items before 等 and a count of towns or villages are those towns and villages
    ("道路改造惠及青坪、马鞍、柳溪等3个村。",
     {("青坪", "PLACE"), ("马鞍", "PLACE"), ("柳溪", "PLACE")}, {"道路改造惠及青坪"}),
    ("此次检查涉及松岗、白鹭、金滩等乡镇（街道）。",
     {("松岗", "PLACE"), ("白鹭", "PLACE"), ("金滩", "PLACE")}, set()),
])
def test_items_before_a_count_of_towns_are_towns(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("该区辖石溪镇、柴铺镇、菱山镇等9个镇。", "菱山镇"),
    ("全市下辖梓村乡、荻山镇、桐铺镇等乡镇。", "荻山镇"),
])
def test_a_listed_towns_name_jieba_cut_into_single_characters_keeps_both(nlp, text, wanted):
    # "菱|山镇": the name's last character read with the level as one word; the town is no "山镇"
    got = set(ents(nlp, text))
    assert (wanted, "PLACE") in got and ("山镇", "PLACE") not in got, got


@pytest.mark.parametrize("text, wanted", [
    ("我们来到菱山村调研。", "菱山村"),
    ("调研组走访了桐铺镇和菱山镇。", "菱山镇"),
    ("以原荻山镇的行政区域为新的荻山镇的行政区域。", "荻山镇"),
])
def test_a_towns_name_jieba_cut_into_single_characters_keeps_both(nlp, text, wanted):
    # "菱|山村", "以|原荻|山镇": the name's last character read with the level as one word, which jieba knows
    # as a word of its own (a mountain village); the place is no "山村"
    got = set(ents(nlp, text))
    assert (wanted, "PLACE") in got and not [t for t, _ in got if len(t) == 2], got


@pytest.mark.parametrize("text, wanted", [
    ("撤并后的原梓岭乡和原芦坪镇成为新的集镇。", {"梓岭乡", "芦坪镇"}),
    ("以原槐塘乡和原柘湾乡的行政区域为新的柘湾镇的行政区域。", {"槐塘乡", "柘湾乡", "柘湾镇"}),
])
def test_the_mark_of_a_former_town_is_no_part_of_its_name(nlp, text, wanted):
    # "原梓岭(x)|乡", "以原(x)|槐塘|乡": jieba's guess glues "former" to the name of a town merged away
    got = set(ents(nlp, text))
    assert {(w, "PLACE") for w in wanted} <= got and not [t for t, _ in got if "原" in t], got


@pytest.mark.parametrize("text, wanted", [
    ("镇政府驻梓溪村(原柘岭镇政府驻地)。", "柘岭镇政府"),
    ("新乡政府设在原桐坪乡政府驻地。", "桐坪乡政府"),
    ("原槐溪镇政府驻地改建为便民服务中心。", "槐溪镇政府"),
])
def test_the_mark_of_a_former_town_is_no_part_of_its_governments_name(nlp, text, wanted):
    # "原柘岭(x)|镇政府": the government of the town merged away, whose seat the new one takes over
    got = set(ents(nlp, text))
    assert (wanted, "AGENCY") in got and not [t for t, _ in got if t.startswith("原")], got


@pytest.mark.parametrize("text, unwanted", [
    ("2022年申报省级农民合作社示范社名录", "合作社"),
    ("评定市级合作联合社示范社和家庭农场示范场。", "农场"),
])
def test_the_title_of_a_model_cooperative_names_no_firm(nlp, text, unwanted):
    # "申报(nz)|国家|农民|合作社|示范|社": the rank firms are given, no firm; nor "示范|社和(x)|家庭农场"
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "COMPANY" and unwanted in t], got


def test_a_kind_of_enterprise_after_a_list_is_no_count_of_towns(nlp):
    # 乡镇 before another head is a kind of enterprise (乡镇企业), no list of towns
    got = set(ents(nlp, "园区带动红星、前进等乡镇企业发展。"))
    assert not {("红星", "PLACE"), ("前进", "PLACE")} & got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a merged office joins a field of two words to a known office with 和, after its place or level
    ("洛隆县农业农村和科学技术局组织了技术培训。", {("洛隆县农业农村和科学技术局", "AGENCY")}, {"科学技术局"}),
    ("会上，县农业农村和水利局作了发言。", {("县农业农村和水利局", "AGENCY")}, {"水利局"}),
    # an office before 和 is an office of its own, and a title is no field
    ("县财政局和县水利局联合开展检查。", {("县财政局", "AGENCY"), ("县水利局", "AGENCY")}, set()),
    ("县领导和水利局负责人察看了堤坝。", set(), {"县领导和水利局"}),
])
def test_a_merged_office_joined_by_and_is_one_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count before a park's suffix says how many parks there are: no name runs over it
    ("该县建有城南工业园和河口工业园两个省级工业园区。", {("河口工业园", "PLACE")},
     {"河口工业园两个省级工业园区", "两个省级工业园区"}),
    ("近年来全市建成五个工业园区。", set(), {"五个工业园区"}),
    ("规划中还有3个工业园区。", set(), {"3个工业园区", "个工业园区"}),
])
def test_a_count_of_parks_is_no_part_of_a_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # an autonomous county's short name with its level before its committee, though jieba reads the
    # name as a noun or a verb (互助土族自治县, 民和回族土族自治县)
    ("互助县委召开常委会议研究部署春耕工作。", {("互助县委", "AGENCY")}),
    ("民和县委书记到乡镇调研。", {("民和县委", "AGENCY")}),
    # a short name two divisions share is the one of that level (大通区, 大通回族土族自治县)
    ("大通县委书记主持召开会议。", {("大通县委", "AGENCY")}),
])
def test_an_autonomous_county_s_short_name_begins_its_committee(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_a_village_named_like_a_time_begins_its_project(nlp, full_nlp):
    # jieba tags the village's name 明月 as a time word, and the project began at its bare 村
    for model in (nlp, full_nlp):
        assert_found(model, "关于华兴镇明月村农产品集散点项目立项的批复。", {("明月村农产品集散点项目", "PROJECT")},
                     {"村农产品集散点项目"})


# quality-15
@pytest.mark.parametrize("text, wanted, unwanted", [
    # short names of two countries side by side, however jieba cuts them: each is a place
    ("会谈中双方回顾了中叙两国的传统友谊。", {("中", "PLACE"), ("叙", "PLACE")}, {"中叙"}),
    ("专家认为印巴冲突短期内难以缓和。", {("印", "PLACE"), ("巴", "PLACE")}, {"印巴"}),
    ("他表示愿为推动以巴和谈继续努力。", {("以", "PLACE"), ("巴", "PLACE")}, {"以巴"}),
    ("两省签署协议深化粤港合作。", {("粤", "PLACE"), ("港", "PLACE")}, {"粤港"}),
    # a list of short names before the countries' count
    ("这里汇集了中、俄、哈等国的商品。", {("中", "PLACE"), ("俄", "PLACE"), ("哈", "PLACE")}, set()),
    # a region's own name stays whole, and a pair with no such word after it is no pair of places
    ("中亚两国代表出席了会议。", set(), {"中", "亚"}),
    ("诚实守信是一种美德。", set(), {"美", "德"}),
])
def test_short_names_side_by_side_are_each_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a city's short alias that jieba reads as an ordinary word, listed next to a known place
    ("新品种已在荆州、仙桃等地推广种植。", {("仙桃", "PLACE")}, set()),
    ("客商主要来自包头、呼和浩特和鄂尔多斯。", {("包头", "PLACE")}, set()),
    ("考察团先后到白银、兰州等城市学习。", {("白银", "PLACE")}, set()),
    # the same word listed with no place is the word
    ("白银和黄金价格双双上涨。", set(), {"白银"}),
])
def test_a_city_s_alias_listed_next_to_a_place_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_county_s_alias_listed_next_to_a_place_is_a_place(nlp, full_nlp):
    # a county's or a district's short alias that jieba reads as a given name or a word
    for model in (nlp, full_nlp):
        assert_found(model, "客商分别来自北京昌平、大兴和天津等地。", {("大兴", "PLACE")}, set())
        assert_found(model, "会上，田东、德保、靖西等县介绍了经验。", {("田东", "PLACE"), ("德保", "PLACE")}, set())


@pytest.mark.parametrize("text, unwanted", [
    # the sentence's verb and a place's kind after it: no name, however jieba tags the suffix
    ("专家们齐聚省城，研讨高新区的转型路径。", {"研讨高新区"}),
    ("傍晚市民喜欢漫步公园、锻炼身体。", {"漫步公园"}),
    ("全力打造现代化综合性工业园。", {"现代化综合性工业园"}),
])
def test_a_verb_before_a_place_s_kind_names_no_place(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a name jieba does not know, right after a foreign country where something happens
    ("第三届论坛昨天在南非伯诺尼开幕。", {("南非", "PLACE"), ("伯诺尼", "PLACE")}, set()),
    ("两国棋手将在日本箱根举行决赛。", {("日本", "PLACE"), ("箱根", "PLACE")}, set()),
    # a person after the country is no place
    ("在美国克林顿说了这番话。", {("美国", "PLACE")}, {"克林顿"}),
])
def test_an_unknown_name_after_a_foreign_country_where_something_happens_is_a_place(nlp, full_nlp, text, wanted,
                                                                                     unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a division's short alias jieba reads as a word or a given name, right after a division above it
    ("沈阳法库围绕年度目标抓项目。", {("法库", "PLACE")}, set()),
    ("越野赛昨天在北京怀柔落幕。", {("怀柔", "PLACE")}, set()),
    # but not where a body's name or a direction goes on after it
    ("山西省大同铁路运输法院审结一起案件。", set(), {"大同"}),
])
def test_a_division_s_alias_after_a_division_above_it_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


# quality-16
@pytest.mark.parametrize("text, wanted, unwanted", [
    # a park named for its trade stands alone as a project, in a list or on its own
    ("副县长一行查看了石桥低碳循环经济产业园建设进度。", {("石桥低碳循环经济产业园", "PROJECT")}, set()),
    ("占地800亩的河湾闽商产业园、柳溪生态药业产业园已具备入驻条件。",
     {("河湾闽商产业园", "PROJECT"), ("柳溪生态药业产业园", "PROJECT")}, set()),
    # a list item with 等 names a kind, and a one-character visit comes before the park
    ("一要完善青岗新型材料产业园道路、供水、供电、排污等基础设施和配套工程。", set(),
     {"排污等基础设施和配套工程"}),
    ("市商务局干部老师来聚贤产业园调研。", set(), {"老师来聚贤产业园"}),
    # a park named by a short trade alone is a kind of park
    ("与多家企业签订零碳产业园、氟化工等合作框架协议。", set(), {"零碳产业园"}),
])
def test_a_park_named_for_its_trade_is_a_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a 中 that opens a clause is no locative (it follows what it places) but a name's first character
    ("中江经济开发区规划面积十四平方公里。", {("中江经济开发区", "PLACE")}, {"江经济开发区"}),
    ("中桥集团芯片封装项目落户该区。", {("中桥集团", "COMPANY")}, {"桥集团"}),
])
def test_a_zhong_opening_a_clause_begins_a_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an idiom of the clause (贯彻落实), a term of office (挂任) and an improving verb (完善) come
    # before a name, never in it
    ("为认真贯彻落实自治区党委全会精神,县里召开专题会议。", {("自治区党委", "AGENCY")},
     {"贯彻落实自治区党委", "贯彻落实自治区"}),
    ("会议要求贯彻落实省委经济工作会议部署。", {("省委", "AGENCY")}, {"贯彻落实省委"}),
    # but an idiom that is a body's field stays in its name
    ("省扶贫开发领导小组办公室组织专项检查。", {("省扶贫开发领导小组办公室", "AGENCY")}, set()),
    ("张明同志挂任百色市右江区人民政府副区长。", {("百色市右江区人民政府", "AGENCY")},
     {"张明同志挂任百色市右江区人民政府", "挂任百色市右江区人民政府"}),
    ("二是完善石坝绿色食品产业园、新材料园道路等配套设施。", {("石坝绿色食品产业园", "PROJECT")},
     {"二是完善石坝绿色食品产业园", "完善石坝绿色食品产业园"}),
])
def test_a_clause_s_idiom_or_verb_opens_no_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a trade noun between a weak suffix and the legal form is still the company's name
    ("开工项目分别是河北省瑞丰医药胶囊有限公司20亿粒胶囊技改项目、县城供水管网改造项目。",
     {("河北省瑞丰医药胶囊有限公司", "COMPANY")}, {"河北省瑞丰医药", "胶囊有限公司20亿粒胶囊技改项目"}),
    # a legal name opens with its province: a county or a town before it is where the company is
    ("副区长一行来到龙门镇广西瑞禾牧业有限公司养殖场察看。", {("广西瑞禾牧业有限公司", "COMPANY")},
     {"龙门镇广西瑞禾牧业有限公司"}),
    ("西平县河南恒达鞋业有限公司运动鞋生产项目正式开工。",
     {("西平县", "PLACE"), ("河南恒达鞋业有限公司", "COMPANY")}, {"西平县河南恒达鞋业有限公司"}),
])
def test_a_company_s_legal_name_runs_from_its_province_to_its_form(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a list's count and kind after its last item's head are no part of the item
    ("仪式同时设立龙湾乳业奶粉加工项目、城东花园小区三期建设项目5个其他项目开工现场。",
     {("城东花园小区三期建设项目", "PROJECT")}, {"城东花园小区三期建设项目5个其他项目"}),
    ("该镇负责的北岭物流园、红柳沟防洪排洪治理工程3个重点项目已全部开工。",
     {("红柳沟防洪排洪治理工程", "PROJECT")}, {"红柳沟防洪排洪治理工程3个重点项目"}),
    # after a facility's head as after a project's
    ("该镇负责的石桥冰雪大世界、青海鼎泰养老颐养中心2个重点项目已全部开工。",
     {("青海鼎泰养老颐养中心", "PROJECT")}, {"青海鼎泰养老颐养中心2个重点项目"}),
])
def test_a_list_s_count_is_no_part_of_its_last_item(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # short forms of offices county papers write (工信委, 经合局, 重大办, 征地办), and an office's
    # suffix that jieba glued to the 等 or the 和 after it
    ("州发改委、州工信委等州直部门负责人参加。", {("州工信委", "AGENCY")}, set()),
    ("绥化市经合局等市直部门主要负责人出席。", {("绥化市经合局", "AGENCY")}, set()),
    ("他召集区重大办、区征地办和城关镇等单位的负责人开会。",
     {("区重大办", "AGENCY"), ("区征地办", "AGENCY")}, {"办和城关镇"}),
])
def test_a_county_paper_s_short_office_names(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a programme's code in figures, quoted, names no project
    ("全县深入开展“3030”项目攻坚行动。", {"3030"}),
    # nor does telling of the projects: the talk comes before the generic head
    ("副县长李明介绍项目情况。", {"副县长李明介绍项目", "李明介绍项目"}),
])
def test_a_code_or_a_talk_names_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a border's side and its verb come before the neighbour's name, though jieba may glue them to it
    ("园区东临永兴镇石桥村、西临安丰镇河口村。", {("永兴镇", "PLACE"), ("安丰镇", "PLACE")},
     {"东临永兴镇", "西临安丰镇"}),
    ("该镇北临安丰镇柳林村、南临永兴镇新民村。", {("安丰镇", "PLACE"), ("永兴镇", "PLACE")},
     {"北临安丰镇", "南临永兴镇"}),
])
def test_a_border_s_side_is_no_part_of_the_neighbour(nlp, full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)
    assert_found(nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Inner Mongolia's league and banner are levels an office's name opens with, as 州 and 县 are
    ("盟区域经济合作局局长出席推介会。", {("盟区域经济合作局", "AGENCY")}, {"经济合作局"}),
    ("五星红旗迎风飘扬。", set(), {"红旗", "旗"}),
])
def test_a_league_or_a_banner_opens_an_office_s_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_legal_name_keeps_the_city_it_is_registered_in(full_nlp):
    # the city's short name is an ordinary word to jieba (来宾, "guest"); the tagger's name without it
    # does not replace the rules' legal name
    assert_found(full_nlp, "相关部门负责人到来宾江南湾头新能源投资有限公司开展调研。",
                 {("来宾江南湾头新能源投资有限公司", "COMPANY")}, {"江南湾头新能源投资有限公司"})


@pytest.mark.parametrize("text, unwanted", [
    # "all" and "within the borders" say which of a kind there are, and name none of them
    ("预计三年内园区所有工程项目都将投入使用。", {"预计三年内园区所有工程项目", "园区所有工程项目", "所有工程项目"}),
    ("目前我省境内省级经济开发区已有四十个。", {"境内省级经济开发区", "我省境内省级经济开发区"}),
])
def test_all_or_within_names_no_one(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a division and its month report projects, and name none
    ("安化县9月份8个项目集中开工。", {"安化县9月份", "9月份"}),
    # a slogan of how well projects are run names none either
    ("营造高起点谋划项目、高质量建设项目、高水平服务项目的良好氛围。", {"高水平服务项目", "服务项目"}),
])
def test_a_month_s_report_or_a_slogan_names_no_project(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


def test_a_joining_he_glued_to_the_next_name_is_no_part_of_it(nlp, full_nlp):
    # jieba's guess glues the 和 between two projects to the second one's first character
    for model in (nlp, full_nlp):
        assert_found(model, "他来到蒙牛3000吨酸奶项目和鑫珂新型纤维材料产业化项目现场。",
                     {("鑫珂新型纤维材料产业化项目", "PROJECT")}, {"和鑫珂新型纤维材料产业化项目"})


def test_works_before_a_capacity_are_the_project_s_no_company_s(nlp, full_nlp):
    # a verb after the brand says what is done: the words before the capacity are the project's
    text = "仪式同时设立华能火电灵活性改造消纳20万千瓦光伏项目、城南污水管网项目2个其他项目开工现场。"
    for model in (nlp, full_nlp):
        assert_found(model, text, set(), {"华能火电灵活性改造消纳"})


def test_a_trade_before_a_complex_is_the_complex_s(nlp, full_nlp):
    # a weak company suffix right before 综合体 is the complex's trade, as before 园 or 中心
    for model in (nlp, full_nlp):
        assert_found(model, "分会场分别是百川物流园分会场、福宴商贸综合体(婚庆产业园)项目分会场。", set(), {"福宴商贸"})


def test_where_an_event_is_held_is_no_part_of_the_project(nlp, full_nlp):
    # jieba's guess glues 设 ("is held at") to the first characters of the project's brand
    for model in (nlp, full_nlp):
        assert_found(model, "此次开工仪式设云鹰马铃薯精深加工项目主会场。", {("云鹰马铃薯精深加工项目", "PROJECT")},
                     {"仪式设云鹰马铃薯精深加工项目", "设云鹰马铃薯精深加工项目"})


def test_a_bare_industrial_cluster_zone_names_no_place(nlp, full_nlp):
    # every county of Henan has an 产业集聚区; bare, it is a kind of zone, though the gazetteer lists one
    for model in (nlp, full_nlp):
        assert_found(model, "代表们先后到产业集聚区行政服务中心和几家企业参观。", set(), {"产业集聚区"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a maker named by its trade (纸业, 鞋业) is a company, as one named 乳业 or 药业 is; the trade alone is none
    ("县领导一行来到华泰纸业了解企业生产经营情况。", {("华泰纸业", "COMPANY")}, set()),
    ("全县大力发展鞋业和纸业。", set(), {"鞋业", "纸业"}),
    # and so is a farm's firm named by its stock, as a county's leading farms are
    ("考察组一行走进金鹏禽业和瑞丰鸭业了解生产情况。", {("金鹏禽业", "COMPANY"), ("瑞丰鸭业", "COMPANY")}, set()),
    ("县里扶持龙头企业明旺蜂业扩大养殖规模。", {("明旺蜂业", "COMPANY")}, set()),
    ("全县大力发展禽业和蜂业。", set(), {"禽业", "蜂业"}),
    # and a mill or a smelter named by its fibre, its grain or its metal, as a county's plants are listed
    ("县委书记先后到恒泽棉业、瑞禾面业调研。", {("恒泽棉业", "COMPANY"), ("瑞禾面业", "COMPANY")}, set()),
    ("调研组走进恒泽钛业、丰华锌业了解生产情况。", {("恒泽钛业", "COMPANY"), ("丰华锌业", "COMPANY")}, set()),
    ("全县棉业、麻业稳步发展,皮革业增长较快。", set(), {"棉业", "麻业", "皮革业"}),
])
def test_a_maker_named_by_its_trade_is_a_company(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


# quality-17
@pytest.mark.parametrize("text, wanted, unwanted", [
    # a word that is false only as a suffix (总部, 城市) is part of a project's name before its head
    ("签约项目中投资最大的是星河储能研发总部及生产基地项目。", {("星河储能研发总部及生产基地项目", "PROJECT")},
     {"及生产基地项目"}),
    ("集中开工的还有云帆数字化循环载具总部基地项目。", {("云帆数字化循环载具总部基地项目", "PROJECT")}, set()),
])
def test_a_suffix_s_false_word_stays_inside_a_project_s_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a firm short-named by its metal or material, listed as the projects it builds
    ("截至9月,瑞诺铜业、恒赛光电等12个工业项目建成投产。", {("瑞诺铜业", "COMPANY"), ("恒赛光电", "COMPANY")}),
    ("磁材方面,金宝磁业、鑫源纸业等标志性项目已开工建设。", {("金宝磁业", "COMPANY"), ("鑫源纸业", "COMPANY")}),
])
def test_a_firm_named_by_its_metal_or_material_is_a_company(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # what a clause says of a listed project starts after its head: a passive, or a verb
    ("投资3亿元的东城物流园区项目、投资8亿元的南岭天然气储备站项目被列入全省重点项目。",
     {("南岭天然气储备站项目", "PROJECT")}, {"南岭天然气储备站项目被"}),
    ("总投资12亿元的东湖冷链物流中心项目、总投资20亿元的西岭智能家居产业园项目实现当年签约、当年开工。",
     set(), {"西岭智能家居产业园项目实现当年签约", "智能家居产业园项目实现当年签约"}),
])
def test_a_listed_project_ends_at_its_head_before_the_clause_s_verb(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba writes a bay's or a port's last character alone (温州|湾|新区): the zone is named after it
    ("4月8日,温州湾新区举行重大项目集中开工仪式。", {("温州湾新区", "PLACE")}, {"温州湾"}),
    ("温州湾新区管委会主任宣布项目开工。", {("温州湾新区管委会", "AGENCY")}, {"新区管委会"}),
])
def test_a_zone_named_after_a_bay_keeps_the_bay(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a kind of projects, counted after a verb, or called big, names no project
    ("以投资2亿元的城南物流园项目为代表的科技成果转化提升项目有5个。", {"科技成果转化提升项目"}),
    ("一个个新兴产业大项目在园区落地生根。", {"新兴产业大项目"}),
])
def test_a_counted_or_big_kind_of_projects_names_none(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a short facility of common words after a trade word is the trade's, and the whole the project
    ("集中签约的有东港国际物流结算中心项目、西湖文旅综合体项目。", {("东港国际物流结算中心项目", "PROJECT")},
     {"东港国际物流", "结算中心项目"}),
    ("新签约项目包括宜城汽车新材产业园、年产5万吨电解液等8个项目。", {("宜城汽车新材产业园", "PROJECT")},
     {"宜城汽车", "新材产业园"}),
])
def test_a_trade_s_short_facility_is_one_project_with_it(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a product jieba reads as a count (零部件) or leaves in Latin letters (pack) after 及 is the project's
    ("重点推进新能源汽车及零部件产业园项目建设。", {("新能源汽车及零部件产业园项目", "PROJECT")}, {"零部件产业园项目"}),
    ("签约项目有20Gwh储能电芯及pack产业园、年产10万吨正极材料等6个项目。", {("20Gwh储能电芯及pack产业园", "PROJECT")},
     {"pack产业园"}),
])
def test_a_product_jieba_misreads_after_a_joiner_stays_in_the_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a date before a zone in general is no part of a name
    ("前8月开发区新签约项目12个,完成投资5亿元。", {"8月开发区", "月开发区"}),
])
def test_a_date_before_a_zone_is_no_part_of_its_name(nlp, full_nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # calling on firms comes before their names, though jieba reads it as an idiom
    ("招商小分队登门拜访远景集团、华兴集团等企业。", {("远景集团", "COMPANY")}, {"小分队登门拜访远景集团"}),
])
def test_calling_on_firms_is_no_part_of_their_names(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a phase in brackets between a facility and its head is part of the project's name
    ("据悉,宏达新材料产业园（一期）项目于今年开工。", {("宏达新材料产业园（一期）项目", "PROJECT")}),
    ("开工的有城北污水处理厂(一期)项目、滨江大道(二期)工程等。",
     {("城北污水处理厂(一期)项目", "PROJECT"), ("滨江大道(二期)工程", "PROJECT")}),
])
def test_a_bracketed_phase_stays_in_its_project_s_name(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, wrong", [
    # "A等12个项目开工、B公司等10家企业投产": two lists of two kinds; the projects are announced by the
    # verb before them, and the people before the verb are no items
    ("开发区副主任、管委会主任李明宣布东湾通用机场等8个项目开工、宏远精密机械有限公司等6家企业投产。",
     {("东湾通用机场", "PROJECT"), ("宏远精密机械有限公司", "COMPANY")}, ("东湾通用机场", "COMPANY")),
    ("区长宣布南岭物流园等5个项目开工、华兴电子有限公司等3家企业投产。",
     {("华兴电子有限公司", "COMPANY")}, ("南岭物流园", "COMPANY")),
])
def test_a_list_of_another_kind_is_no_item_of_a_list(nlp, full_nlp, text, wanted, wrong):
    for model in (nlp, full_nlp):
        assert_found(model, text, wanted, set())
        assert wrong not in ents(model, text)


def test_a_park_before_a_capacity_is_no_company(nlp, full_nlp):
    # "…产业园|12公里道路": the park is where the listed works lie (a place), never the company building them
    text = "累计投入2亿元,完成东石山产业园12公里道路、供排水管网等基础设施建设工程。"
    for model in (nlp, full_nlp):
        assert ("东石山产业园", "COMPANY") not in ents(model, text)
        assert ("东石山产业园", "PLACE") in ents(model, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a district's paper names its own district before a firm it visits: no part of the firm's name
    ("调研组先后深入我区东城机电实业有限公司、华海纺织股份有限公司等企业考察。",
     {("东城机电实业有限公司", "COMPANY")}, {"我区东城机电实业有限公司"}),
])
def test_the_paper_s_own_district_is_no_part_of_a_firm_s_name(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # in a list of firms, a park before a firm's short name is where the firm is
    ("区长先后前往东河工业园瑞丰工贸、蟠溪高新区鼎盛一工等工业企业走访调研。",
     {("东河工业园", "PLACE"), ("瑞丰工贸", "COMPANY")}),
])
def test_a_park_before_a_listed_firm_is_its_place(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, {"东河工业园瑞丰工贸"})
    assert_found(full_nlp, text, wanted, {"东河工业园瑞丰工贸"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an event's verb after 等 (jieba: a noun) makes the items the places visited, no projects
    ("区委书记带队前往岩溪办事处、长兴经济开发区等地调研重点项目建设工作。", {("岩溪办事处", "AGENCY")}, set()),
])
def test_places_visited_to_inspect_projects_are_no_projects(nlp, full_nlp, text, wanted, unwanted):
    for model in (nlp, full_nlp):
        assert_found(model, text, wanted, unwanted)
        assert ("岩溪办事处", "PROJECT") not in ents(model, text)


@pytest.mark.parametrize("text, wanted", [
    # a listed project ending in its phase, which jieba reads as a time word
    ("在松岭智能家居三期、东晟科技产业园等项目现场,区长详细了解项目规划。", {("松岭智能家居三期", "PROJECT")}),
])
def test_a_listed_project_may_end_in_its_phase(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_a_caption_s_credit_is_never_joined_to_the_next_line(full_nlp):
    # "…检查陶坯。记者 某某 摄" ends a caption: the next paragraph is not its wrapped continuation
    from kg.analyse import analyse_document
    from kg.read import Document
    text = ("工人在大庆宏陶瓷业有限公司生产车间内检查陶坯。记者 王明 摄\n"
            "宏陶瓷业300万件卫生瓷、琪华金属包装等19个项目已建成投产。\n")
    names = {m.text for m in analyse_document(Document("caption.txt", "", text), full_nlp).mentions}
    assert not any(n.startswith("摄") for n in names), names


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a bare process after a firm's trade word makes nothing of its own: the whole item is the project
    ("南湖嘉锐精密机械加工、东兴华瑞光电等12个项目已开工建设。", {("南湖嘉锐精密机械加工", "PROJECT")}, {"加工"}),
])
def test_a_bare_process_after_a_trade_is_no_project_of_its_own(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, name", [
    # a share of something is no part of a project's name, though other nouns that end like a suffix are
    ("县委副书记、县长李振华到部分骨干税源项目现场督导。", "李振华到部分骨干税源项目"),
    ("县委副书记、县长李振华到部分骨干税源项目现场督导。", "部分骨干税源项目"),
    # a count of parks before them says how many, never names one
    ("开发区建设食品加工产业园等五大特色产业园。", "五大特色产业园"),
])
def test_a_share_or_a_count_before_a_project_is_no_part_of_its_name(nlp, text, name):
    assert name not in [e.text for e in nlp(text).ents]


def test_a_noun_false_only_as_a_suffix_still_stays_inside_a_project(nlp):
    assert ("华星储能研发总部及生产基地项目", "PROJECT") in \
        [(e.text, e.label_) for e in nlp("华星公司建设华星储能研发总部及生产基地项目。").ents]


def test_a_capacitys_number_and_unit_still_open_a_project_after_the_count_stop(nlp):
    assert ("3000亩蓝莓产业示范基地项目", "PROJECT") in \
        [(e.text, e.label_) for e in nlp("镇里启动3000亩蓝莓产业示范基地项目。").ents]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Henan's industrial cluster zone after its place is that place's zone, as an industrial park is
    ("会议要求加快建设商丘产业集聚区和柘城县产业集聚区。", {("商丘产业集聚区", "PLACE"), ("柘城县产业集聚区", "PLACE")}, set()),
    # a scope or a level before a kind of zone says what kind is meant, and names none
    ("努力把园区建成全国光伏装备产业集聚区。", set(), {"光伏装备产业集聚区", "全国光伏装备产业集聚区"}),
    ("力争建成全省一流工业园区。", set(), {"一流工业园区", "全省一流工业园区"}),
    ("全镇现有村级工业园区十二个。", set(), {"村级工业园区"}),
    # ordinary words alone may still be a zone's name, and a place before the scope keeps it
    ("稀土高新区与全省宝鸡高新区签订合作协议。", {("稀土高新区", "PLACE"), ("宝鸡高新区", "PLACE")}, set()),
])
def test_a_kind_of_zone_after_a_scope_names_none(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a second product after 及 may open with how it goes with the first (相关): one project still
    ("同时开工的还有恒拓机械年产80万米传动带及相关配件工程项目。", {("年产80万米传动带及相关配件工程项目", "PROJECT")}),
    ("县里引进年产5万台电动车及相关电池生产项目。", {("年产5万台电动车及相关电池生产项目", "PROJECT")}),
])
def test_a_related_product_after_a_joiner_stays_in_the_project(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted, unwanted", [
    # one word of three characters jieba has never seen, right before a capacity, is the firm whose
    # project it is (a list without its head noun after 等 leaves the items as suffix projects)
    ("开工项目包括瑞普诺年产9000平方米精密模具生产线项目、城北物流中心项目等。",
     {("年产9000平方米精密模具生产线项目", "PROJECT")}, {"瑞普诺年产9000平方米精密模具生产线项目"}),
    # a person's name there is no firm's
    ("同时开工的还有王小明年产5万吨饲料项目。", set(), {"王小明"}),
])
def test_an_unknown_three_character_name_before_a_capacity_heads_the_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)
    if wanted:
        assert ("瑞普诺", "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # what is done to a named facility, in a list of projects, is a project
    ("今年实施县中医院迁建、城区供水管网改造、西环路扩建等9个项目。",
     {("县中医院迁建", "PROJECT"), ("城区供水管网改造", "PROJECT"), ("西环路扩建", "PROJECT")}, set()),
    # with nothing named before it, the works are a kind of task
    ("加快推进旧城改造、道路扩建等工作。", set(), {"旧城改造", "道路扩建"}),
])
def test_works_on_a_named_facility_in_a_list_are_a_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a firm short-named by its trade: rice, timber
    ("代表团考察参观了青禾米业、森茂木业。", {("青禾米业", "COMPANY"), ("森茂木业", "COMPANY")}, set()),
    # companies a list joins with 及 are each a company, never one
    ("调研组考察了星拓电子科技有限公司、镁源新能源及宏方新能源科技有限公司。",
     {("镁源新能源", "COMPANY"), ("宏方新能源科技有限公司", "COMPANY")}, {"镁源新能源及宏方新能源科技有限公司"}),
])
def test_trade_named_firms_and_companies_joined_in_a_list(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a park named after a place, inside a zone: the zone is where it lies, the park is the project
    ("考察组来到浏阳高新区中南精密加工产业园调研。", {("浏阳高新区", "PLACE"), ("中南精密加工产业园", "PROJECT")},
     {"浏阳高新区中南精密加工产业园"}),
    # a kind of facility and its project name none
    ("详细了解产业园项目推进情况。", set(), {"产业园项目"}),
])
def test_a_park_in_a_zone_and_a_kind_of_facilitys_project(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a field before an office the abbreviations know opens its full name, after a place or a level
    ("江北区招商投资促进局负责人介绍了情况。", {("江北区招商投资促进局", "AGENCY")}),
    ("县招商投资促进局负责人介绍了情况。", {("县招商投资促进局", "AGENCY")}),
])
def test_a_field_before_a_known_office_opens_its_full_name(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_the_three_gorges_alone_is_no_company(nlp, full_nlp):
    # 三峡 is a region first (三峡库区, 三峡港湾); the group is 三峡集团 or its legal name
    text = "首届商会大会在三峡港湾会展馆开幕，三峡集团负责人出席。"
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        assert ("三峡", "COMPANY") not in found and ("三峡集团", "COMPANY") in found


@pytest.mark.parametrize("text, name", [
    # jieba tags 未来, 当代 and 中天 as times; in a firm's legal name they are its brand
    ("江苏未来科技有限公司与园区签约。", "江苏未来科技有限公司"),
    ("当代置业有限公司中标了安置房工程。", "当代置业有限公司"),
    ("云南中天领秀茶业有限公司投资建设加工厂。", "云南中天领秀茶业有限公司"),
])
def test_a_time_word_inside_a_company_name_stays_in_it(nlp, text, name):
    assert (name, "COMPANY") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, name", [
    # a ranking of firms in a list of the firms sought or signed names none of them
    ("此次签约的客商包括世界500强、中国民营500强等企业。", "世界500强"),
    ("此次签约的客商包括世界500强、中国民营500强等企业。", "中国民营500强"),
    ("开发区引进了全国百强、行业十强等企业。", "行业十强"),
])
def test_a_ranking_of_firms_in_a_list_is_no_company(nlp, text, name):
    assert name not in [e.text for e in nlp(text).ents]


def test_bodies_named_by_their_kind_in_a_list_of_firms_are_no_company(nlp):
    # "各部门" says which bodies attend by their kind; the firm after it is still one
    found = [(e.text, e.label_) for e in nlp("县级各部门、湖南路桥建设集团有限公司等三家企业负责人参加仪式。").ents]
    assert "部门" not in [t for t, _ in found]
    assert ("湖南路桥建设集团有限公司", "COMPANY") in found


@pytest.mark.parametrize("text", [
    # urging projects on says nothing of which: the drive's verb ends the name on its left, in a
    # suffix name and in the item of a status clause alike
    "该区采取有力举措力促项目建设。",
    "县里采取得力措施力促项目开工。",
])
def test_urging_projects_on_names_no_project(nlp, text):
    assert not [e.text for e in nlp(text).ents if e.label_ == "PROJECT"]


def test_a_project_after_an_urging_verb_is_still_named(nlp):
    assert ("城南污水处理厂项目", "PROJECT") in \
        [(e.text, e.label_) for e in nlp("力促城南污水处理厂项目开工。").ents]


def test_a_time_word_inside_a_parks_committee_stays_in_its_name(nlp):
    # jieba writes 现代 as a time and 产业园|区 apart; the committee is the whole park's
    found = [(e.text, e.label_) for e in nlp("桐柏现代产业园区管委会主任与客商签订协议。").ents]
    assert ("桐柏现代产业园区管委会", "AGENCY") in found
    assert "区管委会" not in [t for t, _ in found]


@pytest.mark.parametrize("text", [
    # aiding a region is one verb: its one-character region is no place the news mentions
    "四川援藏干部在乡里蹲点。",
    "他在那曲援藏两年,又赴新疆援疆。",
])
def test_the_region_inside_a_verb_of_aid_is_no_place(full_nlp, text):
    assert not [e.text for e in full_nlp(text).ents if e.text in ("藏", "疆", "援藏", "援疆")]


@pytest.mark.parametrize("text, name", [
    # the work a facility does, between its field and its head, is no verb of the clause
    ("镇里开工了茶叶产业发展中心项目。", "茶叶产业发展中心项目"),
    ("乡里签约了中药材产业发展基地建设项目。", "中药材产业发展基地建设项目"),
])
def test_what_a_facility_does_stays_inside_a_projects_name(nlp, text, name):
    assert (name, "PROJECT") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_verb_after_a_capacitys_unit_says_what_the_plant_makes(nlp):
    # "5000吨|再生|硅…": after the unit the verb is the product's, not the clause's
    assert ("年产5000吨再生硅粉项目", "PROJECT") in \
        [(e.text, e.label_) for e in nlp("合金公司新建年产5000吨再生硅粉项目。").ents]


@pytest.mark.parametrize("text, name", [
    # a trade word after a town's or a park's name is what is done there, no firm's name
    ("长丰汽车城科技创新平台、滨湖物流产业园等5个项目开工。", "长丰汽车城科技创新平台"),
    ("南湖科学城科技孵化平台等8个项目集中开工。", "南湖科学城科技孵化平台"),
])
def test_a_trade_word_after_a_facility_town_is_no_company_head(nlp, text, name):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (name, "PROJECT") in found
    assert not [t for t, label in found if label == "COMPANY"]


@pytest.mark.parametrize("text, firm", [
    # the lettered section of a park a firm stands in is where it is, no part of its legal name
    ("在临河经开区装备制造产业园D区华岳恒通新材料有限公司,调研组察看了生产线。", "华岳恒通新材料有限公司"),
    ("一行先后来到高新区C区天成精密机械有限公司调研。", "天成精密机械有限公司"),
])
def test_a_park_s_lettered_section_is_no_part_of_a_firm_s_name(nlp, full_nlp, text, firm):
    for model in (nlp, full_nlp):
        found = [(e.text, e.label_) for e in model(text).ents]
        assert (firm, "COMPANY") in found, found
        assert not [t for t, _ in found if t.endswith(firm) and t != firm], found


@pytest.mark.parametrize("text", [
    # a headline's label in square brackets is no part of the firm named after it
    "【平川融媒】晋北路桥建设集团有限公司在我县考察。",
])
def test_a_square_bracketed_label_ends_before_a_company(full_nlp, text):
    found = [(e.text, e.label_) for e in full_nlp(text).ents]
    assert ("晋北路桥建设集团有限公司", "COMPANY") in found
    assert not [t for t, _ in found if "】" in t or "【" in t]


@pytest.mark.parametrize("text, name", [
    # a verb jieba glues to the word after it (确保重点) or to its adverb (隆重举行) is the clause's
    ("各乡镇确保重点工程建设项目按期完工。", "各乡镇确保重点工程建设项目"),
    ("今天在江边隆重举行城北工业园区项目集中签约仪式。", "江边隆重举行城北工业园区项目"),
    ("县里在河畔隆重举行城北新区项目集中签约仪式。", "河畔隆重举行"),
    # and so is a modal verb: what the offices must do, then the projects in general
    ("各项目主管单位要切实增强项目推进的责任感。", "主管单位要切实增强项目"),
])
def test_the_clauses_own_verbs_are_no_part_of_a_project(nlp, text, name):
    assert name not in [e.text for e in nlp(text).ents]


@pytest.mark.parametrize("text, name", [
    # only the building between a park and 项目: the park's own project
    ("代表们察看了金穗生态农业产业园新建项目。", "金穗生态农业产业园新建项目"),
    ("代表们察看了金穗生态农业产业园扩建项目。", "金穗生态农业产业园扩建项目"),
])
def test_a_parks_building_work_names_its_own_project(nlp, text, name):
    assert (name, "PROJECT") in [(e.text, e.label_) for e in nlp(text).ents]


def test_new_projects_in_a_zone_are_still_no_project(nlp):
    assert not [e for e in nlp("城北工业园区新建项目12个。").ents if e.label_ == "PROJECT"]


@pytest.mark.parametrize("text, company, project", [
    # jieba cuts 新 from 材料 after a trade word; the product keeps its first character
    ("瑞丰科技新材料产业园项目开工。", "瑞丰科技", "新材料产业园项目"),
    ("湖南鑫拓科技新材料及装备项目签约。", "湖南鑫拓科技", "新材料及装备项目"),
])
def test_a_product_keeps_its_first_character_after_a_companys_trade_word(nlp, text, company, project):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (company, "COMPANY") in found and (project, "PROJECT") in found


@pytest.mark.parametrize("text, company, project", [
    # a legal name inside a listed item ends its company, whatever words it holds before its suffix
    ("开工项目分别为河北中恒电气有限公司输配电设备项目、渤海远航沧州新材料科技有限公司年产5万吨改性塑料项目、"
     "沧州市实验小学教学楼项目。", "渤海远航沧州新材料科技有限公司", "年产5万吨改性塑料项目"),
])
def test_a_legal_name_inside_a_listed_item_ends_its_company(nlp, text, company, project):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (company, "COMPANY") in found and (project, "PROJECT") in found


@pytest.mark.parametrize("text, name", [
    # what a park, a town or an area is for, with no name of its own, names none
    ("全力推进县生态工业园建设。", "生态工业园"),
    ("打造面向周边城市的特色文旅小镇。", "特色文旅小镇"),
    ("建成一座综合型城市公园。", "综合型城市公园"),
    ("察看了城市更新片区改造情况。", "城市更新片区"),
])
def test_a_kind_of_park_or_town_names_none(nlp, text, name):
    assert name not in [e.text for e in nlp(text).ents]


def test_a_park_or_town_with_a_name_before_its_kind_is_still_named(nlp):
    assert ("临江特色文旅小镇", "PROJECT") in [(e.text, e.label_) for e in nlp("建设临江特色文旅小镇。").ents]


@pytest.mark.parametrize("text, name", [
    # a town jieba does not know, cut into words, then its government or committee with the level
    ("村民们来到石门岭乡政府反映情况。", "石门岭乡政府"),
    ("调研组来到石门岭镇党委座谈。", "石门岭镇党委"),
])
def test_a_towns_office_takes_the_towns_name_jieba_cut(nlp, text, name):
    assert (name, "AGENCY") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_bare_town_office_after_a_preposition_stays_bare(nlp):
    assert ("乡政府", "AGENCY") in [(e.text, e.label_) for e in nlp("他在乡政府工作。").ents]


@pytest.mark.parametrize("text, first, second", [
    # a county's name opening with a level character: the province before it is no town
    ("考察团一行来到云南镇雄参观粮油加工园。", "云南", "镇雄"),
    ("慰问团专程赶赴甘肃镇原看望援建干部。", "甘肃", "镇原"),
])
def test_a_countys_name_that_opens_with_a_level_is_not_cut(full_nlp, text, first, second):
    found = [(e.text, e.label_) for e in full_nlp(text).ents]
    assert (first, "PLACE") in found and (second, "PLACE") in found


@pytest.mark.parametrize("text, name", [
    # who leads whom, and what a project is of, are the clause's
    ("开发区主任王某率领园区项目服务专班到现场办公。", "王某率领园区项目"),
    ("这一工程属于浙江援建项目。", "这一工程属于浙江援建项目"),
    # the site of the item before, in a list of sites, is no part of the next item
    ("先后到农机制造项目现场、智能云仓及物流平台项目现场等地巡检。", "现场、智能云仓及物流平台项目"),
])
def test_a_clauses_verb_or_the_site_before_is_no_part_of_a_project(nlp, text, name):
    assert name not in [e.text for e in nlp(text).ents]


def test_the_next_item_in_a_list_of_sites_is_still_a_project(nlp):
    assert ("智能云仓及物流平台项目", "PROJECT") in [(e.text, e.label_) for e in
                                              nlp("先后到农机制造项目现场、智能云仓及物流平台项目现场等地巡检。").ents]


def test_what_a_facility_does_stays_inside_a_listed_item(nlp):
    # as in a suffix name, in an enumerated item too
    assert ("双辽县肉羊产业融合发展示范园区", "PROJECT") in \
        [(e.text, e.label_) for e in nlp("其中包括双辽县肉羊产业融合发展示范园区等30个农业项目。").ents]


@pytest.mark.parametrize("text, name", [
    # 化工 ends a firm's name as often as a college's; the college's campus is one project
    ("专班查看了通化化工学院南湖校区、城西片区配套基础设施等项目的选址。", "通化化工学院南湖校区"),
    ("专班查看了四平化工学院南湖校区、城西片区配套基础设施等项目的选址。", "四平化工学院南湖校区"),
])
def test_a_school_named_after_a_trade_heads_no_company(nlp, text, name):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (name, "PROJECT") in found
    assert not [t for t, label in found if label == "COMPANY"]


@pytest.mark.parametrize("text, name", [
    # a construction group's numbered subsidiary is a company however jieba cuts the number and 局
    ("中铁十九局承建了这座大桥。", "中铁十九局"),
    ("中铁二十四局将加快施工进度。", "中铁二十四局"),
])
def test_a_groups_numbered_bureau_is_a_company(full_nlp, text, name):
    assert (name, "COMPANY") in [(e.text, e.label_) for e in full_nlp(text).ents]


@pytest.mark.parametrize("text, county_or_city", [
    # a county's or a city's communities in general: the division, and no community named
    ("丰富多彩是杭州市社区文化的一大特色。", "杭州市"),
    ("长沙县社区服务中心全面建成。", "长沙县"),
])
def test_a_divisions_communities_in_general_are_no_community(nlp, text, county_or_city):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (county_or_city, "PLACE") in found
    assert county_or_city + "社区" not in [t for t, _ in found]


def test_other_counties_are_no_county(nlp):
    assert "外县" not in [e.text for e in nlp("不少农户还到外省、外县承包茶园。").ents]


@pytest.mark.parametrize("text, name", [
    # jieba glues the level to a word of territory after the short name: the place is the full name
    ("客车驶入恭城县境后一路都是果园。", "恭城县"),
    ("要做大做强恭城县域特色产业。", "恭城县"),
])
def test_a_level_glued_to_a_territory_word_completes_the_division(nlp, text, name):
    assert (name, "PLACE") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, name", [
    # two countries' short names are the park's own name, though jieba tags 中 as a locality
    ("总投资12亿元的临沂中德产业园项目开工。", "临沂中德产业园项目"),
    ("园区正在建设中韩产业园项目。", "中韩产业园项目"),
])
def test_paired_short_names_stay_inside_a_projects_name(nlp, text, name):
    assert (name, "PROJECT") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, name", [
    # a region and a trade word name no firm, and storing is the facility's own work
    ("今年将建设滇南能源建材物流产业园煤炭储备设施建设项目。", "滇南能源建材物流产业园煤炭储备设施建设项目"),
])
def test_a_region_and_a_trade_head_no_company_before_a_parks_project(nlp, text, name):
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert (name, "PROJECT") in found
    assert not [t for t, label in found if label == "COMPANY"]


def test_a_list_of_fields_after_she_ji_names_no_project(nlp):
    # "签订涉及…等N个项目": the fields the signed projects are in, none named
    text = "各乡镇分别与客商签订涉及茶叶深加工、竹编加工、康养旅游等9个项目。"
    assert not [e.text for e in nlp(text).ents if e.label_ == "PROJECT"]


def test_a_districts_economy_promotion_office_by_its_short_form(nlp):
    # jieba cuts 区经|促局; the short form is the district's 经济促进局
    found = [(e.text, e.label_) for e in nlp("区经促局、区商务局等部门负责人参加会议。").ents]
    assert ("区经促局", "AGENCY") in found


def test_how_many_and_how_big_names_no_project(nlp):
    # jieba glues 更多 to 大; the clause wants more big projects, none named
    assert not [e.text for e in nlp("力争推动更多大项目、好项目在我区落地。").ents if e.label_ == "PROJECT"]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a street whose name is a status word (新建) keeps it: the word names the street, no stage
    ("县里推进新建街综合改造项目。", {("新建街综合改造项目", "PROJECT")}, {"街综合改造项目"}),
    # what is done, alone, after a firm named by its trade is the firm's project, named by it
    ("金田木业搬迁扩建项目正式开工。", {("金田木业搬迁扩建项目", "PROJECT")}, {"搬迁扩建项目"}),
    # a status word that jieba reads as a place after a park is no place the project is named after
    ("代表们察看了金穗生态农业产业园新建项目。", {("金穗生态农业产业园新建项目", "PROJECT")}, set()),
])
def test_status_and_works_words_after_the_merge(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a country's or a capital's short name alone after going to or being in it, or before its side
    ("代表团在华期间参观了多个城市。", {("华", "PLACE")}, set()),
    ("她去年赴美留学，今年进京工作。", {("美", "PLACE"), ("京", "PLACE")}, set()),
    ("美方代表表示，日方已接受方案。", {("美", "PLACE"), ("日", "PLACE")}, set()),
    # but not where the character begins a word of its own
    ("他在日常生活中注重在法律框架内办事，对方表示同意。", set(), {"日", "法", "对"}),
    # 访港 is a visit to Hong Kong: 港 is the place, never 访港 ending like a harbour
    ("他这次访港是为宣传新片。", {("港", "PLACE")}, {"访港", "这次访港"}),
])
def test_a_short_name_alone_after_travel_or_before_its_side(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_one_character_after_a_lists_mark_opens_the_next_items_name(nlp):
    # jieba reads the first character of a name as a verb (爱|派尔…); right after 、 it opens the item
    found = ents(nlp, "调研组先后前往宏泰三期、爱派尔北区、湖南尊纳等项目建设现场。")
    assert ("爱派尔北区", "PROJECT") in found and ("派尔北区", "PROJECT") not in found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a given name that is a county's short alias, in a list of people's names
    ("林永康、赵德明、钱福安等县领导出席活动。", set(), {"福安"}),
    ("钱福安、赵德明等领导陪同考察。", set(), {"福安"}),
    # a list of places stays places
    ("来自福州、厦门、福安等地的客商参加洽谈。", {("福安", "PLACE"), ("厦门", "PLACE")}, set()),
])
def test_a_place_alias_as_a_given_name_in_a_list_of_people(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 工贸 (industry and trade) ends a small firm's short name
    ("考察组走访了永泰工贸、华宇科技等企业。", {("永泰工贸", "COMPANY")}, set()),
    ("全县规上工贸企业开展安全生产检查。", set(), {"规上工贸"}),
    # a project name longer than the word limit keeps its firm whole at the front
    ("重点推进瑞丰工贸年产5万套高档工艺竹家具及30万件小型竹编工艺品项目。",
     {("瑞丰工贸", "COMPANY"), ("年产5万套高档工艺竹家具及30万件小型竹编工艺品项目", "PROJECT")}, set()),
])
def test_a_trade_firm_s_short_name_before_a_long_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # firms listed before 等 and a clause, closed by 的, that says what they did
    ("在园区看到，恒达建材、新锦泰玻璃、宏远纺织等入驻园区的企业正在安装设备。",
     {("恒达建材", "COMPANY"), ("新锦泰玻璃", "COMPANY"), ("宏远纺织", "COMPANY")}, {"锦泰玻璃"}),
    # people who act on the firms are no firms
    ("张明、李华等领导调研的企业都在园区。", set(), {"张明", "李华"}),
])
def test_firms_listed_before_a_clause_that_qualifies_them(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 率 (leads) glued by jieba to the leader's name is no part of a place
    ("自治区副主席林卫东率自治区招商引资组赴江苏省考察。", {("江苏省", "PLACE")}, {"林卫东率自治区"}),
    # an office's report speaking of itself names no office
    ("此次推介会由市人民政府主办，我委承办，该局协办。", {("市人民政府", "AGENCY")}, {"我委", "该局"}),
])
def test_a_delegation_s_leader_and_an_office_speaking_of_itself(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an industrial concentration zone is a zone, and a firm after it is the firm alone
    ("在藤县金鸡集中区华泰陶瓷公司车间，工人正在赶制订单。",
     {("金鸡集中区", "PLACE"), ("华泰陶瓷公司", "COMPANY")}, {"藤县金鸡集中区华泰陶瓷公司"}),
    ("全县工业集中区实现产值10亿元。", set(), {"全县工业集中区", "工业集中区"}),
    # a division's short alias that jieba takes for a person's name, in brackets after a brand
    ("县政府与森亚（崇左）林业有限公司签订协议。", {("森亚（崇左）林业有限公司", "COMPANY")}, set()),
    ("县政府签订森亚（崇左）林业全产业链基地项目。", {("森亚（崇左）林业全产业链基地项目", "PROJECT")}, set()),
])
def test_a_concentration_zone_and_a_bracketed_region(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county's short name before a capacity heads its project, no firm's
    ("西畴年产10万吨铝型材项目、麻栗坡县华岳1GW光伏组件项目等一批项目签约落地。",
     {("西畴年产10万吨铝型材项目", "PROJECT"), ("麻栗坡县", "PLACE"), ("华岳", "COMPANY")}, {"西畴", "麻栗坡县华岳"}),
    # two products joined by 及 open no project after a firm's name
    ("瑞丰医药及医疗器械综合服务产业园项目、祥和储能产品出口基地项目等一批项目签约落地。",
     {("瑞丰医药及医疗器械综合服务产业园项目", "PROJECT")}, {"及医疗器械综合服务产业园项目"}),
])
def test_a_listed_project_s_head_that_is_a_county_or_a_first_product(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_products_listed_right_after_a_company_s_legal_name_are_all_its_project_s(nlp):
    found = ents(nlp, "县里引进了恒通电气有限公司变压器、电缆、开关柜生产项目。")
    assert ("恒通电气有限公司", "COMPANY") in found and ("变压器、电缆、开关柜生产项目", "PROJECT") in found, found
    # a list of firms before a project is no list of products
    found = ents(nlp, "签约企业有恒通电气有限公司、宏达科技有限公司。")
    assert ("宏达科技有限公司", "COMPANY") in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 及其 ("and its") joins a product and its parts inside one project's name
    ("县里引进年产200台超级盾构机及其关键零部件智能制造项目。",
     {("年产200台超级盾构机及其关键零部件智能制造项目", "PROJECT")}, {"关键零部件智能制造项目"}),
    # 新 right after a list's mark and before a proper name opens a listed project's name
    ("其中包括山河工业城三期、新长海服务外包基地等产业项目。", {("新长海服务外包基地", "PROJECT")}, {"长海服务外包基地"}),
])
def test_a_product_and_its_parts_and_a_listed_project_opening_with_xin(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_sites_four_sides_come_before_the_neighbours_names(nlp):
    # jieba reads 东至 and 南至 as places (东至 is a county of Anhui): here they are the site's sides
    found = ents(nlp, "该地块东至规划三路，西至杨柳村，南至兴华社区服务中心，北至滨湖大道。")
    assert ("兴华社区", "PLACE") in found and ("杨柳村", "PLACE") in found
    assert not {t for t, _ in found if t.startswith(("东至", "南至"))}, found
    # the county written in full is still one
    assert ("东至县人民政府", "AGENCY") in ents(nlp, "东至县人民政府与客商签约。")


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the kind of firm a clause calls it comes before the firm's own name, never in it
    ("该项目由全国纺织出口十强企业宏远集团股份有限公司投资建设。", {("宏远集团股份有限公司", "COMPANY")},
     {"全国纺织出口十强企业宏远集团股份有限公司"}),
    # but a firm's trade or its legal form after 企业 is its name's
    ("华联企业集团有限公司与县政府签约。", {("华联企业集团有限公司", "COMPANY")}, set()),
])
def test_the_kind_of_firm_before_its_legal_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_party_signed_with_after_a_glued_with(nlp):
    # jieba's guess glues 与 to the first characters of an unknown brand (与川铁); the brand is the firm's
    found = ents(nlp, "县政府与川锋电气（重庆）集团有限公司签约。")
    assert ("川锋电气（重庆）集团有限公司", "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    "杭州远航集团旗下星禾动力信息技术有限公司在县里落地1个项目。",
    "宏基控股集团旗下云帆智能装备有限公司与园区签约。",
])
def test_a_groups_firm_after_the_group(nlp, full_nlp, text):
    # 旗下 ("under the group") joins two firms, the group and its own; it is inside neither name
    for pipeline in (nlp, full_nlp):
        names = {t for t, label in ents(pipeline, text) if label == "COMPANY"}
        assert len(names) == 2 and not any("旗下" in t for t in names), names


@pytest.mark.parametrize("text, wanted", [
    # jieba cuts a rare brand into characters it reads as an adjective and an adverb, or a verb (新|遂, 众|呈)
    ("上海新遂制药机械设备有限公司与园区签约。", ("上海新遂制药机械设备有限公司", "COMPANY")),
    ("浙江众呈硅能科技有限公司、江苏先锋机器人科技有限公司等企业参会。", ("浙江众呈硅能科技有限公司", "COMPANY")),
    ("上海新遂制药机械设备有限公司、遂宁市新绿洲印染有限公司等10家企业签署协议。",
     ("上海新遂制药机械设备有限公司", "COMPANY")),
])
def test_a_brand_cut_into_characters_after_its_place(nlp, text, wanted):
    assert wanted in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # an office heading a listed project is the owner of its building, never a company
    ("开工项目包括新建蒲江县委党校项目等9个项目。", ("蒲江县委党校项目", "PROJECT")),
    ("开工项目包括金堂县政府办公楼改造项目、崇州市公安局业务技术用房项目等6个项目。",
     ("崇州市公安局业务技术用房项目", "PROJECT")),
])
def test_an_offices_building_in_a_list_of_projects(nlp, text, wanted):
    found = ents(nlp, text)
    assert wanted in found and not [t for t, label in found if label == "COMPANY"], found


def test_the_first_of_a_divisions_projects_is_no_project(nlp):
    # "the county's first to start" says which of its projects, and names none itself
    found = ents(nlp, "启东市第一个开工的重大项目是瑞丰钢构项目。")
    assert ("瑞丰钢构项目", "PROJECT") in found and not any("第一个" in t for t, _ in found), found


def test_where_an_event_is_held_comes_before_the_project(nlp):
    # the venue and its verb (主会场|设在) are the clause's; the project's name starts after them
    found = ents(nlp, "开工仪式主会场设在市临港新区恒远高端光学膜项目现场。")
    projects = [t for t, label in found if label == "PROJECT"]
    assert projects and not any("设在" in t or "会场" in t for t in projects), found


def test_what_two_firms_signed_starts_after_the_signing_verb(nlp):
    # a list of firms, then of their projects: the verb and its particle (签订|了) are in neither name
    found = ents(nlp, "县长现场与华美实业有限公司、江苏瑞谷新材料有限公司分别签订了华美鞋材生产项目、"
                      "瑞谷锂离子电池隔膜生产项目。")
    assert ("华美鞋材生产项目", "PROJECT") in found, found
    assert not any("签订" in t for t, _ in found), found


def test_new_and_old_open_a_firms_short_name_in_a_list(nlp):
    # jieba cuts 新|阳光 and 老|码头: in a list of firms the character is the brand's, not "new" or "old"
    found = ents(nlp, "县里与京东、新阳光、老码头等企业对接。")
    assert ("新阳光", "COMPANY") in found and ("老码头", "COMPANY") in found, found
    # a status word before more words is still no part of a name
    assert ("阳光", "COMPANY") not in found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the paper's own zone, named by its kind alone, heads the first item of a list: where, not who
    ("开发区华通村村通公司、京东、苏宁易购等10家企业到我县考察。", {("华通村村通公司", "COMPANY")},
     {"开发区华通村村通公司"}),
    ("经开区恒工矿山机械、鑫瑞机器人等12个项目建成投产。", set(), {"经开区恒工矿山机械"}),
    # before a common noun the zone says which facility, and stays
    ("园区道路、开发区污水处理厂等项目开工。", {("开发区污水处理厂", "PROJECT")}, set()),
])
def test_a_bare_zone_word_heading_a_listed_firm(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # jieba glues 率 ("leads") to the leader's given name or to the office's level after it
    ("副市长李振华率市招商局一行到园区考察。", {("市招商局", "AGENCY")}, {"副市长李振华率市招商局"}),
    ("县委书记王晓峰率县发改委、县商务局负责人赴深圳招商。", {("县发改委", "AGENCY")}, set()),
])
def test_who_leads_a_delegation_is_no_part_of_its_offices(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a banner written in full is a county-level division, though the tagger reads it as a person
    ("正镶白旗与江苏瑞晶新能源科技有限公司签署合作协议。", {("正镶白旗", "PLACE")}, set()),
    # the banners and counties together name none
    ("镶黄旗、正蓝旗、太仆寺旗等旗县负责人参加。", {("太仆寺旗", "PLACE")}, {"旗县"}),
])
def test_inner_mongolias_banners(nlp, full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "该项目由湖北建工投资建设，是钟祥市重大文旅项目。",
    "今年宜城市重大工业项目加快建设。",
    "是枣阳市重大农文旅项目。",
])
def test_a_project_named_by_its_field_alone_names_none(nlp, text):
    # a city's major cultural-tourism project is one of a kind, no project of its own name
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT" and t.endswith(("文旅项目", "工业项目"))]


def test_a_count_of_firms_before_the_kinds_they_are_of(nlp):
    # "34 firms of building materials, food, ...": the items are trades, no firm is named
    found = ents(nlp, "产业园的28家建材、食品、电动车等企业将整体迁至汉川。")
    assert not [t for t, label in found if label == "COMPANY"], found


@pytest.mark.parametrize("text", ["2023年邯郸市二季度项目集中开工活动举行。", "邢台市一季度项目集中开工。"])
def test_a_quarters_projects_are_a_batch(nlp, text):
    # jieba writes the quarter as one word (二季度); the city's projects of a quarter name none
    found = ents(nlp, text)
    assert not [t for t, label in found if label == "PROJECT"], found


def test_by_now_there_are_before_the_first_item(nlp):
    # jieba glues 有 ("there are") to the first brand after 现已 ("by now"): 现已|有牧丰
    found = ents(nlp, "现已有牧丰生猪屠宰、鑫联钢品节能建材等9个项目竣工投入使用。")
    assert not any(t.startswith("有") for t, _ in found), found
    assert any(t.startswith("牧丰") for t, _ in found), found


def test_a_park_named_after_two_places_one_in_brackets(nlp):
    # a park two places build together: the host, then the partner in brackets, which jieba tags as a
    # given name (吴江) and the gazetteer alone would not take for a place
    found = ents(nlp, "开工仪式在蕲春(吴江)智能纺织产业园项目现场举行。")
    assert ("蕲春(吴江)智能纺织产业园项目", "PROJECT") in found, found


def test_a_place_the_tagger_reads_inside_a_legal_name_is_the_firms(full_nlp):
    # the tagger reads 西域 as a place of its own; inside a legal name it is part of the firm's name
    found = ents(full_nlp, "奇台县分别与奇台县西域云湖大数据技术有限公司、华邦园林股份有限公司签约。")
    assert ("奇台县西域云湖大数据技术有限公司", "COMPANY") in found, found
    assert ("西域", "PLACE") not in found


def test_a_zones_office_named_after_its_place(full_nlp):
    # the tagger knows the city, not the zone's office after it; the office is named after both
    found = ents(full_nlp, "库尔勒经济技术开发区招商局局长王强介绍。")
    assert ("库尔勒经济技术开发区招商局", "AGENCY") in found, found


def test_a_trade_word_jieba_cuts_apart_inside_a_project(nlp):
    # 并网 ("grid-connected") falls apart into 并 ("and") and 网, which ended the project's name
    found = ents(nlp, "龙源风电公司在上杭投建的8万千瓦分散型并网风力发电项目，总投资12亿元。")
    assert ("8万千瓦分散型并网风力发电项目", "PROJECT") in found, found


def test_a_firms_department_is_no_office(nlp):
    # 营销部 ends like an office (部); after a group it is the group's department, and the group is named
    found = ents(nlp, "伊宁义乌商贸城集团营销部经理艾力说。")
    assert not [t for t, label in found if label == "AGENCY"], found
    assert ("伊宁义乌商贸城集团", "COMPANY") in found, found


def test_a_park_named_after_its_county_and_one_trade_character(nlp):
    # 硅 ("silicon") is one character jieba tags as a name; the county's alias before it begins the park
    found = ents(nlp, "凤台县工业园、凤台硅工业园负责人出席签约仪式。")
    assert ("凤台硅工业园", "PLACE") in found, found


def test_a_trades_park_in_a_list_of_firms_is_a_project(nlp):
    # a park built for a trade is a project, as its suffix name is, even among the firms a list counts
    found = ents(nlp, "四川陇兴实业公司投资18亿元的河东印象文化旅游产业园等多家企业签约。")
    assert ("河东印象文化旅游产业园", "PROJECT") in found, found


def test_a_former_name_of_a_district_is_that_district(nlp):
    # 吴江市 became 吴江区 and 郫县 郫都区: older news writes the old names, jieba cuts 吴江|市委
    from kg.gazetteer import load_gazetteer

    assert load_gazetteer().lookup("章丘市").name == "章丘区"
    assert ("吴江市委", "AGENCY") in ents(nlp, "吴江市委书记在会上讲话。")
    assert ("郫县县委", "AGENCY") in ents(nlp, "郫县县委书记到园区调研。")
    # a former name whose new one another province's division holds today stays out (永定区 of 张家界)
    assert load_gazetteer().lookup("永定县") is None
    # its government keeps the name written, as its committee and its offices do
    from kg.resolve import canonical_agency

    assert canonical_agency("郫县人民政府", "", "") == "郫县人民政府"


def test_a_kind_of_company_names_none(nlp, full_nlp):
    # "a multinational's research centre": the kind of company, no firm
    for pipeline in (nlp, full_nlp):
        assert not [t for t, label in ents(pipeline, "跨国公司研究中心主任王某作辅导报告。") if label == "COMPANY"]


def test_a_provinces_one_character_name_opens_a_brand_before_its_region(nlp):
    # 湘 (Hunan) is a place to jieba; before 铁电气（长沙） it is the brand's first character
    found = ents(nlp, "县政府与湘铁电气（长沙）集团有限公司签约。")
    assert ("湘铁电气（长沙）集团有限公司", "COMPANY") in found, found


def test_a_time_before_at_once_and_a_status_is_no_project(nlp):
    # "开年即开工": the year opens and work starts at once; no project is named
    assert ents(nlp, "开年即开工,开局即冲刺。") == []


@pytest.mark.parametrize("text, wanted", [
    ("去年10月拓川光电产业园项目正式投产，今年产值翻番。", "拓川光电产业园项目"),
    ("今年3月岚溪新材料二期项目开工建设，预计明年投产。", "岚溪新材料二期项目"),
    ("2021年7月兰钧储能一期项目通线投产。", "兰钧储能一期项目"),
])
def test_a_month_before_a_project_is_when_it_happened_not_its_name(nlp, full_nlp, text, wanted):
    # "3|月|某某…项目": a month in digits opens the clause, never the name (a year may: 2023年某县…工程)
    for pipe in (nlp, full_nlp):
        got = ents(pipe, text)
        assert (wanted, "PROJECT") in got, got
        assert not [t for t, lab in got if "月" in t], got


@pytest.mark.parametrize("text", ["洋口示范区2021年第三期项目集中开工。", "今天，滨海示范区2022年第二期项目集中开工。"])
def test_a_years_numbered_issue_of_projects_is_a_batch(nlp, text):
    # "the year's third issue of projects" starts together; no project is named
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"]


@pytest.mark.parametrize("text, wanted", [
    # jieba reads the trade right before the legal form as a verb (产业|用布 "industrial fabric")
    ("仙居绿源纺织产业用布有限公司投产。", ("仙居绿源纺织产业用布有限公司", "COMPANY")),
    ("包括浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目、临海蓝湾环保产业用布有限公司"
     "年产50万平方米针刺无纺布生产线技改项目等。", ("临海蓝湾环保产业用布有限公司", "COMPANY")),
])
def test_a_trade_read_as_a_verb_right_before_the_legal_form(nlp, text, wanted):
    found = ents(nlp, text)
    assert wanted in found, found
    # a clause's verb before a bare legal form still names no firm
    assert not ents(nlp, "双方合资组建有限公司。")


@pytest.mark.parametrize("text, wanted", [
    # a dash joins the two villages a corridor links, or two parts of a project's name
    ("投资的文旅项目为昭苏文化产业园、阔克萨村—库尔代村文化走廊建设项目，总投资为12亿元。",
     ("阔克萨村—库尔代村文化走廊建设项目", "PROJECT")),
    ("万佛岩-西风堰景区综合开发项目投资总量为18亿元。", ("万佛岩-西风堰景区综合开发项目", "PROJECT")),
])
def test_a_dash_inside_a_projects_name(nlp, text, wanted):
    assert wanted in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a zone, then a street office's area or a community with a name of its own: each its own place
    ("项目位于湖滨新区黄墩街道，北至太湖路。", {("湖滨新区", "PLACE"), ("黄墩街道", "PLACE")}),
    ("项目位于临港新区芦潮社区。", {("临港新区", "PLACE"), ("芦潮社区", "PLACE")}),
])
def test_a_zone_before_a_street_or_a_community(nlp, text, wanted):
    assert wanted <= set(ents(nlp, text))


def test_yuan_after_an_amount_opens_a_name(nlp):
    # jieba reads 元 ("yuan") as a number after 亿元的; it is the first character of the mine's name
    assert ("元石岭镍矿项目", "PROJECT") in ents(nlp, "总投资1.5亿元的元石岭镍矿项目完成投资。")


@pytest.mark.parametrize("text, wanted", [
    # 高新 ("high-tech", a zone's lead word) is an adverb to jieba; in a legal name it is the firm's
    ("沧州高新招商服务有限公司与县政府签约。", ("沧州高新招商服务有限公司", "COMPANY")),
    ("邢台高新投资发展有限公司与县政府签约。", ("邢台高新投资发展有限公司", "COMPANY")),
])
def test_a_zones_lead_word_inside_a_legal_name(nlp, text, wanted):
    assert wanted in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a province's investment or building group by its short name: the province, then 交投, 建投, 工建
    ("先后与保利集团、湖南交投等12家央企、省属国企签约。", ("湖南交投", "COMPANY")),
    ("该项目由湖南工建投资建设。", ("湖南工建", "COMPANY")),
])
def test_a_provinces_group_by_its_short_name(nlp, text, wanted):
    assert wanted in ents(nlp, text)
    # alone, the kind names no group
    assert not ents(nlp, "各地交投、城投平台加快转型。")


def test_the_whole_of_a_division_is_no_divisions_name(nlp):
    # 全省 ("the whole province") ends like a province's name; after a region's wing it names none
    found = ents(nlp, "锁定长三角南翼全省高质量发展新高地的目标。")
    assert not any(t.endswith("全省") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # a metallurgical builder numbered after its group, then the rest of its legal name, which the
    # suffix rule's scan does not reach past the number
    ("县政府与五矿二十三冶建设集团有限公司签订框架协议。", "五矿二十三冶建设集团有限公司"),
    ("五矿二十三冶建设集团第四工程有限公司负责人出席。", "五矿二十三冶建设集团第四工程有限公司"),
    ("中国二十冶集团有限公司承建该园区道路。", "中国二十冶集团有限公司"),
    # a numbered engineering bureau with 第, which the tagger cuts before 有限公司
    ("中国水利水电第八工程局有限公司中标引水工程。", "中国水利水电第八工程局有限公司"),
])
def test_a_numbered_construction_unit_keeps_its_whole_legal_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found, found
    assert not any(t in ("有限公司", "五矿") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # a county of one character jieba does not know: its stem alone, then the office with the level
    ("道县人民政府与一家建工集团签订合作协议。", "道县人民政府"),
    ("招商推介会由道县政府主办。", "道县政府"),
])
def test_an_office_of_a_county_named_by_one_character(nlp, text, wanted):
    assert (wanted, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, office", [
    ("县委和县政府高度重视园区建设。", "县政府"),  # 和 ("and") joins two offices; 和县 is not meant
    ("应县政府要求，企业完成整改。", "县政府"),  # 应 ("should", "at the request of")
])
def test_a_word_of_the_clause_before_an_office_starts_no_county(nlp, text, office):
    assert (office, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # the region a firm is registered in, in brackets before its legal form: the name before it is
    # read as it is without the brackets, a brand and its business included
    ("另有3家企业签约(北辰智联投资管理(北京)有限公司、某某科技有限公司)。", "北辰智联投资管理(北京)有限公司"),
    ("北辰投资管理（北京）有限公司落户园区。", "北辰投资管理（北京）有限公司"),
    ("拜耳作物科学（中国）有限公司在园区投资。", "拜耳作物科学（中国）有限公司"),
    ("雪花啤酒（中国）投资有限公司总经理出席。", "雪花啤酒（中国）投资有限公司"),
])
def test_a_bracketed_region_inside_a_legal_name(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.fixture(scope="module")
def rules_only():
    return kg.load_pipeline(statistical=False)


@pytest.mark.parametrize("text, wanted", [
    # a brand whose second character jieba reads as a conjunction (忠|和), after its place or opening
    # the clause, before its trade
    ("县政府与忠和酒业签约。", ("忠和酒业", "COMPANY")),
    # and a status clause's item keeps it whole: a phase and an added capacity name nothing alone
    ("北京忠和酒业二期扩能项目开工。", ("北京忠和酒业二期扩能项目", "PROJECT")),
    ("宏达二期项目开工。", ("宏达二期项目", "PROJECT")),
])
def test_a_brand_jieba_cuts_at_a_conjunction(rules_only, text, wanted):
    found = ents(rules_only, text)
    assert wanted in found, found
    assert not any(t.startswith(("酒业", "二期")) for t, _ in found), found


def test_a_conjunction_between_two_offices_stays_one(rules_only):
    assert ents(rules_only, "县委和县政府高度重视。") == [("县委", "AGENCY"), ("县政府", "AGENCY")]


@pytest.mark.parametrize("text", [
    # jieba glues 和 ("and") to the level after a person's name: no county 和县 is named
    "县长带领常务副县长段明远和县财政、国土等部门负责人到园区调研。",
    "副县长段明远和县长李清出席。",
])
def test_and_after_a_persons_name_opens_no_county(nlp, text):
    assert not any(t.startswith("和县") for t, _ in ents(nlp, text)), ents(nlp, text)


def test_he_county_is_still_a_county(nlp):
    assert ("和县人民政府", "AGENCY") in ents(nlp, "和县人民政府与企业签约。")
    assert ("和县", "PLACE") in ents(nlp, "企业落户和县。")


@pytest.mark.parametrize("text, wanted", [
    # an inspection's verb, a verb noun to jieba, comes before the firm it visits, never in its name
    ("县领导一行先后调研了黄井工业园区调研鑫源祥木业、西蝉木业征地情况。", ("鑫源祥木业", "COMPANY")),
    ("市长一行调研鑫盛祥木业，了解生产情况。", ("鑫盛祥木业", "COMPANY")),
])
def test_an_inspections_verb_is_no_part_of_a_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert wanted in found, found
    assert not any(t.startswith(("调研", "考察")) for t, _ in found), found


def test_a_division_before_a_count_of_projects_is_a_place(rules_only):
    # "the prefecture's 30 projects were signed": the division, no project
    assert ents(rules_only, "恩施州30个项目集中签约。") == [("恩施州", "PLACE")]


def test_a_hill_or_a_lake_heading_a_listed_plant_is_no_company(rules_only):
    # the site a plant stands on names it, where a firm's short name would head its project
    found = ents(rules_only, "我县还签约了青墨山20兆瓦地面光伏电站、大垱湖20兆瓦渔光互补光伏等5大项目。")
    assert ("青墨山20兆瓦地面光伏电站", "PROJECT") in found, found
    assert not any(label == "COMPANY" for _, label in found), found


@pytest.mark.parametrize("text, company, project", [
    # a village's joint-stock cooperative, its legal form in three words, heads the project it builds
    ("9月4日，我县首个集体经济工程—溪口镇青水村股份经济合作社冷链仓储中心项目开工。",
     "溪口镇青水村股份经济合作社", "冷链仓储中心项目"),
    ("溪口镇青水村股份经济合作社冷链仓储中心项目开工。", "青水村股份经济合作社", "冷链仓储中心项目"),
])
def test_a_villages_cooperative_heads_its_project(nlp, text, company, project):
    found = ents(nlp, text)
    assert (company, "COMPANY") in found and (project, "PROJECT") in found, found


def test_a_bracketed_region_is_no_brand(nlp):
    # a brand jieba reads as a noun and a verb (北辰|驰骋) is lost, but the business and the region
    # before the legal form name no company on their own
    found = ents(nlp, "另有3家企业签约(北辰驰骋投资管理(北京)有限公司、某某科技有限公司)。")
    assert not any(t.startswith("投资管理") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # a province's one-character name opens a brand, read as a verb after the clause's verb
    ("包括蒙乡源食品有限公司肉类深加工项目等。", ("蒙乡源食品有限公司", "COMPANY")),
    # a highway's number names it at the head of its project
    ("包括高标准农田建设项目、305线升级改造项目等。", ("305线升级改造项目", "PROJECT")),
])
def test_a_name_that_opens_with_a_province_or_a_highways_number(nlp, text, wanted):
    assert wanted in ents(nlp, text)


@pytest.mark.parametrize("text, office", [
    # offices whose short names open with 经 ("by way of") or hold a verb (行政|审批|局)
    ("区政府办、发改局、经科信局、城建局等单位负责人参加调研。", "经科信局"),
    ("区党政办、经发局相关负责同志参加。", "经发局"),
    ("区财政局、科工局、行政审批局、资源规划局等部门负责同志陪同。", "行政审批局"),
])
def test_county_offices_by_their_short_names(nlp, text, office):
    assert (office, "AGENCY") in ents(nlp, text)


def test_a_makers_product_alone_before_its_legal_form_is_no_brand(nlp):
    # a brand jieba reads as a person and a place, then what it makes (制冷|设备): the whole is the firm,
    # after the zone it lies in; 设备有限公司 alone names none
    found = ents(nlp, "一行参观了星火开发区克莱门特捷联制冷设备有限公司的生产车间。")
    assert ("克莱门特捷联制冷设备有限公司", "COMPANY") in found, found
    assert ("设备有限公司", "COMPANY") not in found


def test_a_zone_whose_lead_word_jieba_writes_apart_heads_a_listed_firm(nlp):
    found = ents(nlp, "区委书记带队到临港经济开发区优格玛、领航水务等重点企业走访调研。")
    assert ("临港经济开发区", "PLACE") in found and ("优格玛", "COMPANY") in found, found


def test_acting_for_a_body_is_no_part_of_its_name(nlp):
    # "on behalf of the town's committee and government": 代表 is no town's name
    found = ents(nlp, "月山镇党委书记马我占代表镇党委、镇政府向来宾表示欢迎。")
    assert ("镇党委", "AGENCY") in found and not any(t.startswith("代表") for t, _ in found), found


def test_a_bureaus_branch_in_a_county_is_one_office(nlp):
    found = ents(nlp, "开平市发展改革局、江门生态环境局开平分局有关领导出席。")
    assert ("江门生态环境局开平分局", "AGENCY") in found, found


@pytest.mark.parametrize("text, wanted", [
    # a province's power or road builder by its short name
    ("该项目由四川路桥承建。", ("四川路桥", "COMPANY")),
    ("中国能建山西电建在分会场与襄垣县政府签署合作协议。", ("中国能建山西电建", "COMPANY")),
])
def test_a_provinces_builder_by_its_short_name(nlp, text, wanted):
    assert wanted in ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county and its town before a capacity say where the project is: no company heads it
    ("当天集中开工的镇原县平泉镇2万吨果品气调库建设项目、临泽县风电项目等14个重点项目。",
     ("镇原县平泉镇2万吨果品气调库建设项目", "PROJECT"), "COMPANY"),
    # a capacity's number jieba writes apart from its 万 and unit opens the project, not the firm
    ("庆阳正欣元15万只生猪养殖项目开工。", ("15万只生猪养殖项目", "PROJECT"), "正欣元15"),
])
def test_what_heads_a_project_before_its_capacity(rules_only, text, wanted, unwanted):
    found = ents(rules_only, text)
    assert wanted in found, found
    assert not any(unwanted in (t, label) for t, label in found), found


def test_a_dash_between_a_routes_ends_is_no_clause_boundary_in_a_list(rules_only):
    found = ents(rules_only, "包括镇原县苹果产业项目、镇原县滨河北路高庄-祁川段道路工程等14个重点项目。")
    assert ("镇原县滨河北路高庄-祁川段道路工程", "PROJECT") in found, found


def test_a_kind_of_plant_alone_in_a_list_is_no_project(nlp):
    found = ents(nlp, "当天开工的福建圣农肉鸡全产业链饲料厂、屠宰场、污水处理厂和金星啤酒厂新厂区建设项目等14个重点项目。")
    assert ("污水处理厂", "PROJECT") not in found, found
    # a plant named with its place stays
    assert ("城北污水处理厂", "PROJECT") in ents(nlp, "城北污水处理厂和城南供水工程等项目开工。")


# quality-28: a firm's brand and trade before its bracketed region, and a list's 有 glued to a name
@pytest.mark.parametrize("text, wanted", [
    # the region follows the trade, so the brand is found past it (the trade is one word or two)
    ("签约企业包括朗坤新能源科技(贵州)股份有限公司。", "朗坤新能源科技(贵州)股份有限公司"),
    ("县里与澜拓电子科技(深圳)有限公司签订了框架协议。", "澜拓电子科技(深圳)有限公司"),
    ("国投风电(定边)有限公司负责实施。", "国投风电(定边)有限公司"),
])
def test_a_brand_and_trade_before_a_bracketed_region(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # 有 opens the list of firms; jieba's guess glues it to an unknown first name
    ("参加签约的企业有卡沃奇新能源科技股份有限公司。", "卡沃奇新能源科技股份有限公司"),
    ("入驻企业有莹拓电子有限公司、瑞达有限公司。", "莹拓电子有限公司"),
])
def test_a_lists_you_is_no_part_of_its_first_firm(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # common words before the trade: a verb (节能, 装配) or a direction (北方) cut the name jieba read;
    # the province or the city that opens it makes it one legal name
    ("河北北方节能建材科技有限公司新建厂房投产。", "河北北方节能建材科技有限公司"),
    ("分会场设在长春华信装配产业园科技有限责任公司。", "长春华信装配产业园科技有限责任公司"),
])
def test_a_legal_name_of_common_words_opened_by_a_place(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a firm's short name (brand + 公司) after the clause's verb, which jieba tags as a noun of action
    ("这条生产线可有效消化西洋公司产生的磷石膏。", "西洋公司"),
    ("县里全力服务宏达公司扩产。", "宏达公司"),
])
def test_a_clauses_verb_is_no_part_of_a_firms_short_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found, found


@pytest.mark.parametrize("text, wanted", [
    # 除…外 leaves a project aside; jieba's guess glues 除 to the name's first character
    ("除禾坪村光伏项目外，另有两个项目完工。", "禾坪村光伏项目"),
    ("除帽峰岭生态旅游项目外，其余项目均已开工。", "帽峰岭生态旅游项目"),
])
def test_chu_before_a_project_is_no_part_of_its_name(nlp, text, wanted):
    assert (wanted, "PROJECT") in ents(nlp, text)


def test_the_papers_own_district_before_a_generic_head_names_no_project(nlp):
    # a district paper's 我区, as a city paper's 我市, before a generic head
    assert not [e for e in ents(nlp, "区委书记宣布我区项目开工。") if e[1] == "PROJECT"]


def test_tongbu_before_a_status_is_no_part_of_a_listed_project(nlp):
    # 同步 ("at the same time"), as 正式 or 陆续, comes between a listed project and its status
    found = ents(nlp, "鸿运产业园、城西污水处理厂项目同步开工。")
    assert ("城西污水处理厂项目", "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    # the levels that list the projects (the provinces' and the city's key projects), none named
    "全县共有11个省、市重点项目同步开工。",
    "全区9个省、市级重点项目集中开工。",
])
def test_a_list_of_levels_before_a_kind_of_project_names_none(nlp, text):
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_bureau_named_inside_its_heads_title(nlp):
    # a bureau's head written with the bureau's last character once: 发展局长 for 发展局局长
    assert ("嘉义市政府经济发展局", "AGENCY") in ents(nlp, "嘉义市政府经济发展局长林某表示，招商成果亮眼。")
    assert ("市商务发展局", "AGENCY") in ents(nlp, "市商务发展局长赵某介绍了园区情况。")
    # but a meeting of the heads of every such bureau names none
    assert not ents(nlp, "全国版权局长会议召开。")


@pytest.mark.parametrize("text, wanted", [
    # a firm's standing said before it (大厂 "big maker", 巨头 "giant") is no part of its name,
    # nor when jieba's dictionary knows the name as one word
    ("乳业巨头伊利实业集团股份有限公司在此建厂。", "伊利实业集团股份有限公司"),
    ("光伏巨头隆基绿能科技股份有限公司在此投资。", "隆基绿能科技股份有限公司"),
    ("面板大厂恒晟光电股份有限公司宣布在园区建厂。", "恒晟光电股份有限公司"),
])
def test_a_firms_standing_before_it_is_no_part_of_its_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found, found


def test_a_situation_ending_in_ju_is_no_bureau(nlp):
    # 破局 ("breaking a deadlock") ends in 局 as a bureau does
    assert not ents(nlp, "该县把招商引资作为破局之策。")


@pytest.mark.parametrize("text, wanted", [
    # the product's grade (工业级, 电子级: jieba writes 级 apart, a classifier) is part of the project's name
    ("县里引进的年产8万吨高端工业级陶瓷器皿生产项目，由某公司负责实施。", "年产8万吨高端工业级陶瓷器皿生产项目"),
    ("投资建设年产3万吨电子级多晶硅项目。", "年产3万吨电子级多晶硅项目"),
])
def test_a_products_grade_inside_a_projects_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found, found


def test_an_agreement_counted_with_projects_is_no_project(nlp):
    found = ents(nlp, "签约的有温泉康养小镇项目、滨海物流园项目、市人民政府与某某商会战略合作框架协议等3个项目。")
    assert ("温泉康养小镇项目", "PROJECT") in found, found
    assert not [t for t, lab in found if lab == "PROJECT" and t.endswith("协议")], found


@pytest.mark.parametrize("text, wanted", [
    # the age a facility serves (老年, 青少年: times to jieba) is part of its name, as 现代 is
    ("县政府与某旅游公司签订桃源谷农村老年休闲康养中心建设项目。", "桃源谷农村老年休闲康养中心建设项目"),
    ("投资5000万元的城北老年养护中心项目开工。", "城北老年养护中心项目"),
])
def test_an_age_of_life_inside_a_facilitys_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found, found


@pytest.mark.parametrize("text, wanted", [
    # a capacity's other unit in brackets (万件(套), 万台(套)) is part of the capacity that opens the name
    ("县政府与某家居公司签订年产8万件(套)定制家具系列产品项目。", "年产8万件(套)定制家具系列产品项目"),
    ("投资建设年产5万台(套)智能装备生产线项目。", "年产5万台(套)智能装备生产线项目"),
])
def test_a_capacitys_bracketed_unit_inside_a_projects_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found, found


def test_a_classifier_after_a_noun_inside_a_projects_name(nlp):
    # 米 after 优质 is rice, not metres: jieba's classifier is the product's last character
    found = ents(nlp, "签约项目有某某粮油公司年产3万吨菜籽油及优质米加工项目等。")
    assert ("年产3万吨菜籽油及优质米加工项目", "PROJECT") in found, found


def test_a_places_part_opens_a_projects_name(nlp):
    # 中国西部 ("western China"): the direction jieba tags a locative is the place's part, in the name
    found = ents(nlp, "县政府与某商会签订中国西部智能家居产业园一期项目。")
    assert ("中国西部智能家居产业园一期项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, project", [
    # the programme a project is done under is no part of its name, which starts at its place
    ("两地签订东西部协作临泽盛达农光互补光伏项目投资开发协议。", "临泽盛达农光互补光伏项目"),
    ("县里推进对口支援临泽盛达冷链物流项目建设。", "临泽盛达冷链物流项目"),
])
def test_a_programme_before_a_project_s_place_is_no_part_of_its_name(nlp, full_nlp, text, project):
    for model in (nlp, full_nlp):
        found = ents(model, text)
        assert (project, "PROJECT") in found, found
        assert not [t for t, _ in found if t.endswith(project) and t != project], found


@pytest.mark.parametrize("text, park", [
    # a park two partners build is named by their one-character short names, however short (paired aid)
    ("首个项目已进驻滇沪产业园,多家企业正与滇沪产业园洽谈落户事宜。", "滇沪产业园"),
    ("援疆干部组团招商,新签约的3个项目落户苏喀产业园。", "苏喀产业园"),
    ("商会将带动会员企业到甬疆产业园投资兴业。", "甬疆产业园"),
])
def test_a_park_named_by_two_partners_short_names_is_one_park(nlp, full_nlp, text, park):
    for model in (nlp, full_nlp):
        found = ents(model, text)
        assert (park, "PROJECT") in found, found


@pytest.mark.parametrize("text, park", [
    # a clause's verb jieba glues to its subject or adverb in one word (企业宣传, 广泛支持) is no part of the park
    ("商会带领会员企业宣传石泉智能装备产业园,推介园区优势。", "石泉智能装备产业园"),
    ("社会各界广泛支持石泉智能装备产业园建设。", "石泉智能装备产业园"),
])
def test_a_glued_clause_verb_is_no_part_of_a_park(nlp, full_nlp, text, park):
    for model in (nlp, full_nlp):
        found = ents(model, text)
        assert (park, "PROJECT") in found, found
        assert not [t for t, _ in found if t.endswith(park) and t != park], found


def test_a_park_named_by_its_firms_brand(nlp):
    # a short park name is a kind of park (零碳产业园), unless the firm in the sentence bears the brand
    found = ents(nlp, "县人民政府与江苏瑞泰集团有限公司签订瑞泰产业园、城南物流中心建设项目。")
    assert ("瑞泰产业园", "PROJECT") in found, found
    assert not [e for e in ents(nlp, "签订零碳产业园、氟化工项目协议。") if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, wanted", [
    # 大业, 伟业 end like a trade (钴业, 铝业) and are the firm's brand: the legal name is whole
    ("据悉，大业传媒集团有限公司拟在新区建设传媒产业园。", "大业传媒集团有限公司"),
    ("据悉，伟业置业集团有限公司将投资建设商业综合体。", "伟业置业集团有限公司"),
])
def test_a_brand_ending_like_a_trade_names_a_firm(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    # a count of rivers and lakes, a slogan's ("one river, two banks"), names no water
    "县里推进“一河两岸”景观提升工程建设。",
    "全力治理两河三湖。",
])
def test_a_count_of_waters_names_no_place(nlp, text):
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text, wanted", [
    # a park two places build together, the partner first and the host in brackets, named by what
    # it takes in (产业转移: jieba's verb)
    ("项目落户佛山(云浮)产业转移工业园。", "佛山(云浮)产业转移工业园"),
    ("中山(河源)产业转移工业园新签约企业9家。", "中山(河源)产业转移工业园"),
])
def test_a_co_built_park_with_its_host_in_brackets(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PLACE") in found, found


@pytest.mark.parametrize("text, wanted", [
    # jieba's dictionary holds a province and its prefecture or county as one word: each is a place
    ("项目位于西藏阿里地区噶尔县。", [("西藏", "PLACE"), ("阿里地区", "PLACE"), ("噶尔县", "PLACE")]),
    ("新疆阿勒泰地区举行项目签约。", [("新疆", "PLACE"), ("阿勒泰地区", "PLACE")]),
])
def test_a_province_and_its_division_glued_by_jieba_are_two_places(nlp, text, wanted):
    found = ents(nlp, text)
    assert all(w in found for w in wanted), found


def test_a_customs_district_is_an_office(nlp):
    # a customs district after its city or port is an office
    assert ("上海海关", "AGENCY") in ents(nlp, "区政府与上海海关签订战略合作备忘录。")
    assert ("拱北海关", "AGENCY") in ents(nlp, "拱北海关查获一批走私货物。")
    # 山海关 (a district named after the pass) only ends like one; the whole country's customs name none
    assert ("山海关", "PLACE") in ents(nlp, "进出山海关的客车不得不绕道。")
    assert not ents(nlp, "全国海关系统干部职工参加培训。")


def test_towns_and_villages_in_general_are_no_place(nlp):
    # the paper's own county trimmed from the front leaves "towns and villages", no place
    assert not any(t == "镇村" for t, _ in ents(nlp, "市调研我县镇村工业发展"))


@pytest.mark.parametrize("text, wanted", [
    # a brand jieba leaves as an unknown word and a bound character (知巢|鸟), then its region in brackets
    ("市政府与知巢鸟(北京)数据科技有限公司签约。", "知巢鸟(北京)数据科技有限公司"),
    ("我县与云雀鸟（上海）信息技术有限公司达成合作。", "云雀鸟（上海）信息技术有限公司"),
])
def test_a_brand_ending_in_a_bound_character_before_its_bracketed_region(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text", [
    # the party committee of "the group" or "the company" is the firm's own body, no office of a state
    "集团党委副书记、总经理张三与市委副书记李四代表双方签约。",
    "公司党委委员、副总经理王五出席仪式。",
])
def test_the_party_committee_of_the_group_is_no_office(nlp, text):
    assert not [t for t, label in ents(nlp, text) if label == "AGENCY" and t.startswith(("集团", "公司"))]


@pytest.mark.parametrize("text", [
    # the status of a batch of projects names none of them
    "全市开复工项目达到120个。",
    "南疆各师开复工项目投资体量大。",
    "今年续建项目38个，新开工项目20个。",
])
def test_a_batch_of_projects_by_status_names_none(nlp, text):
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"]


@pytest.mark.parametrize("text, wanted", [
    # a brand of two rare characters, which jieba leaves as bound morphemes, right before the trade
    ("县长深入到琇珺纸业查看生产。", "琇珺纸业"),
    ("调研组来到煜琨木业和沃华机械。", "煜琨木业"),
])
def test_a_brand_of_two_bound_characters_before_its_trade(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a model zone is named by what it shows, a verb among it (融合|发展), which stops a project's
    # name elsewhere ("推动|发展…")
    ("(一)石桥镇青坪村茶产业融合发展示范园项目。", "石桥镇青坪村茶产业融合发展示范园项目"),
    ("全力推进城乡融合发展试验区项目。", "城乡融合发展试验区项目"),
])
def test_a_model_zone_named_with_a_verb_is_one_project(nlp, text, wanted):
    assert (wanted, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # jieba's guess glues the end of a visit's verb to an unknown brand (深入|到翊宸|鞋业)
    ("县长深入到翊宸鞋业查看生产。", "翊宸鞋业"),
    ("调研组先后走到琪煊纸业和沃华机械。", "琪煊纸业"),
])
def test_a_visits_verb_glued_to_an_unknown_brand_is_cut_off(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found and not any(t.startswith("到") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # a plan to start a project, which jieba's guess glues into one word (拟新上), is no part of its name
    ("二是东面厂房,拟新上红薯深加工项目,目前正在规划中。", "红薯深加工项目"),
    ("企业拟新上年产2万吨果汁项目。", "年产2万吨果汁项目"),
])
def test_a_plan_to_start_a_project_is_no_part_of_its_name(nlp, text, wanted):
    assert (wanted, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a village's name, then its collective (村集体) or "every village" (村村): one 村 is the village's
    ("项目建成后产权归属青坪村村集体所有。", "青坪村"),
    ("壮大白石村村集体经济。", "白石村"),
])
def test_a_village_before_its_collective_keeps_one_division_character(nlp, text, wanted):
    assert [t for t, label in ents(nlp, text) if label == "PLACE"] == [wanted]


@pytest.mark.parametrize("text, wanted", [
    # where or how big a project is (城郊, 大型) after its county names no firm heading it
    ("县长一行察看了金山茶业公司、宁远县城郊大型粮食物流基地及配套道路建设项目、宁远县养老中心项目。",
     "宁远县城郊大型粮食物流基地及配套道路建设项目"),
    ("县长一行察看了金山茶业公司、宁远县城郊大型仓储物流中心及配套道路建设项目、宁远县养老中心项目。",
     "宁远县城郊大型仓储物流中心及配套道路建设项目"),
])
def test_where_or_how_big_a_listed_project_is_names_no_firm(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found and not any(t.endswith("物流") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # pumped storage (抽水蓄能), which jieba cuts into a verb and a guess, is a trade inside a firm's name
    ("县长来到国电某新宁远抽水蓄能公司调研。", "国电某新宁远抽水蓄能公司"),
])
def test_pumped_storage_is_a_trade_inside_a_firms_name(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


def test_firms_listed_before_a_qualified_head_with_a_verb_jieba_reads_are_companies(nlp):
    # 知名 (well known) is a verb to jieba; with 的 after it, it qualifies the firms listed
    found = ents(nlp, "积极引进蒙牛、光明、达能等国内外知名的乳品企业。")
    assert {("蒙牛", "COMPANY"), ("光明", "COMPANY"), ("达能", "COMPANY")} <= set(found), found


@pytest.mark.parametrize("text, wanted", [
    # a maker named by its trade (肉业, 茶业), as 乳业 and 纸业 are: the projects counted are its own
    ("如今,已有宏泰肉业等10个项目落户园区。", "宏泰肉业"),
    ("县长先后来到华兴茶业、金田木业调研。", "华兴茶业"),
])
def test_a_maker_named_by_its_food_trade_is_a_company(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


def test_a_regions_liaison_office_in_another_names_no_place(nlp):
    # 驻沪办: the office (of some region) in Shanghai; 沪 is the office's, no place the story is about
    found = ents(nlp, "希望驻沪办与临河区建立常态化联系。")
    assert ("驻沪办", "AGENCY") in found and ("沪", "PLACE") not in found, found


@pytest.mark.parametrize("text, wanted", [
    # an expressway named by its two ends (宁马, 京港澳), which jieba's 高速 as "fast" cut off the project
    ("由宏达公司承建的宁马高速改扩建项目顺利完工。", "宁马高速改扩建项目"),
    ("合芜高速改扩建工程正式开工。", "合芜高速改扩建工程"),
])
def test_an_expressway_named_by_its_ends_heads_its_project(nlp, text, wanted):
    assert (wanted, "PROJECT") in ents(nlp, text)


def test_how_a_plant_is_built_before_its_capacity_names_no_firm(nlp):
    # the site and how the plant is built (分布式) come before its capacity; no firm heads the item
    found = ents(nlp, "签约项目有宁远县绿色建材加工项目、宁远县城南建材城分布式3MW光伏电站项目、宁远县冷库项目。")
    assert ("宁远县城南建材城分布式3MW光伏电站项目", "PROJECT") in found and not any(
        label == "COMPANY" for _, label in found), found


@pytest.mark.parametrize("text", [
    # people with their title, then where they were: no projects, whatever project word comes after
    "王建国、宫秀丽、高志军、刘立民等市领导在全省重点项目集中开工仪式分现场出席。",
    "王刚、刘洋等县领导在产业园项目现场调研。",
])
def test_people_listed_with_their_title_before_a_project_word_are_no_projects(nlp, text):
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"], ents(nlp, text)


def test_a_verb_with_its_dao_jieba_holds_as_one_word_is_no_part_of_a_firms_name(nlp):
    # 输送到 is an idiom to jieba; the firm's name begins after it
    found = ents(nlp, "蔬菜经冷链处理后成功输送到上海浦东商业发展集团及各大超市。")
    assert ("上海浦东商业发展集团", "COMPANY") in found, found


@pytest.mark.parametrize("text, wanted", [
    # a verb jieba reads as a noun (销往, 服务) after the clause's subject opens no listed firm's name
    ("公司产品销往宏达科技有限公司等企业。", "宏达科技有限公司"),
])
def test_a_verb_read_as_a_noun_before_a_listed_firm_is_the_clauses(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "COMPANY") in found and not any(t.startswith(("产品", "公司产品")) for t, _ in found), found


@pytest.mark.parametrize("text", [
    # the first of its kind somewhere: the words before 首个 describe, they name nothing
    "作为北部地区首个高端地产项目,项目的签约将提振信心。",
    "该镇达成新区北部片区首个棚改地块盘活项目。",
])
def test_the_first_of_its_kind_somewhere_is_no_part_of_a_projects_name(nlp, text):
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT" and "首个" in t], ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # a brand of a numeral and a character (一|正, 三|和), which jieba cuts into a number and an adverb
    ("与会人员先后参观了湖北一正药业、椒园镇安置小区等重点建设项目。", "一正药业"),
])
def test_a_brand_of_a_numeral_and_a_character_before_its_trade(nlp, text, wanted):
    assert (wanted, "COMPANY") in ents(nlp, text)


def test_a_count_before_a_trade_is_no_brand(nlp):
    assert not [t for t, label in ents(nlp, "全县共有三家药业企业和两家纸业企业。") if label == "COMPANY"]


@pytest.mark.parametrize("text, wanted", [
    # a park named for what it holds (物流, 孵化) is a facility in a list of projects, as a plant is,
    # wherever it stands in the list
    ("本批开工的农具制造园区、城西物流园、电商产业孵化园、果蔬加工厂等9个重点项目。",
     [("城西物流园", "PROJECT"), ("电商产业孵化园", "PROJECT")]),
    ("集中签约的有北岭物流园、青年创业园和桃溪庄园等5个项目。",
     [("北岭物流园", "PROJECT"), ("青年创业园", "PROJECT")]),
])
def test_a_park_named_for_what_it_holds_is_a_listed_project(nlp, text, wanted):
    found = ents(nlp, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text", [
    # small towns as a kind (jieba tags 小城镇 as a person) and parks by their size name no place
    "江口市小城镇建设步伐加快。",
    "县里规划三座微型工业区,引进食品加工企业。",
])
def test_small_towns_and_small_parks_as_kinds_are_no_place(nlp, text):
    found = ents(nlp, text)
    assert not any(t in ("小城镇", "微型工业区") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # a zone of industry or science under its own name, as Taiwan's counties write them
    ("新签项目落户禾丰产业园区。", "禾丰产业园区"),
    ("青溪产业园区今年新进驻十家工厂。", "青溪产业园区"),
    ("多家厂商进驻南港科学园区。", "南港科学园区"),
])
def test_an_industry_or_science_zone_under_its_name_is_a_place(full_nlp, text, wanted):
    # (the tagger's spans are checked against the rules' zone words too)
    assert (wanted, "PLACE") in ents(full_nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # where a zone lies, said with 紧临 or 紧靠 as with 紧邻: the verb is no part of the neighbour's name
    ("南岭工业区紧临国道2号,交通便利。", {("南岭工业区", "PLACE")}, {"紧临国道2号"}),
    ("產業園區緊臨國道3號。", set(), {"緊臨國道3號", "紧临国道3号"}),
])
def test_a_border_verb_with_lin_is_no_part_of_the_neighbour(full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the paper's own zone, by its kind alone, before a firm whose brand jieba reads as ordinary words:
    # where the firm is, no part of its name
    ("高新区宏远电子等企业负责人参加座谈。", {("宏远电子", "COMPANY")}, {"高新区宏远电子"}),
    ("经开区美好化工、金鼎科技等企业代表出席。", {("美好化工", "COMPANY")}, {"经开区美好化工"}),
])
def test_a_bare_zone_word_before_a_listed_firm_is_no_part_of_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a post holder's working office, named after the post of a body, is no body of its own
    ("市委书记现场办公室设在新区指挥部。", {"市委书记现场办公室"}),
    ("镇党委副书记现场办公室负责协调征地。", {"镇党委副书记现场办公室"}),
])
def test_an_office_named_after_a_post_is_no_body(full_nlp, text, unwanted):
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the last two streets of a town's works list joined by 和 are two roads, no project named by both
    ("今年实施的南环路、北环路和东三路等市政工程已全部开工。", {("北环路", "PLACE"), ("东三路", "PLACE")},
     {"北环路和东三路"}),
    ("县城新修的迎宾大道与滨江路等道路工程完工。", {("迎宾大道", "PLACE")}, {"迎宾大道与滨江路"}),
])
def test_the_last_two_roads_of_a_works_list_are_two(full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a province's investment group by its short name, which jieba cuts at 投 ("能|投|集团"), is one name,
    # never its last two characters
    ("能投集团西北储气基地项目开工。", {("能投集团", "COMPANY")}, {"投集团"}),
    ("省旅投集团与县政府签订协议。", set(), {"投集团"}),
    # and the two characters alone stay a verb: "can invest"
    ("企业能投资多少,要看市场。", set(), {"能投"}),
])
def test_a_short_named_investment_group_is_kept_whole(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a group's subsidiary named by its kind right after the group: the group ends before the kind
    ("宏远集团子公司清源环保承建该项目。", {("宏远集团", "COMPANY")}, {"宏远集团子公司"}),
    ("华宇集团全资子公司华宇新能源在园区投资。", {("华宇集团", "COMPANY")}, {"华宇集团全资子公司"}),
])
def test_a_subsidiary_by_its_kind_is_no_part_of_the_group(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county-level zone a city's agency runs in place of a county is a place by its own name
    ("长征管理区举行项目集中开工仪式。", {("长征管理区", "PLACE")}, set()),
    ("青松管理区新签约项目3个。", {("青松管理区", "PLACE")}, set()),
])
def test_a_zone_run_in_place_of_a_county_is_a_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_part_of_a_site_by_its_kind_is_no_zone(full_nlp):
    assert_found(full_nlp, "景区核心管理区禁止车辆进入。", set(), {"景区核心管理区", "核心管理区"})


@pytest.mark.parametrize("text, wanted", [
    # a wind farm is a whole facility as a power station is: 和 after it joins two projects of a list
    ("开工的有青龙山风电场和白石岭光伏电站等项目。", [("青龙山风电场", "PROJECT"), ("白石岭光伏电站", "PROJECT")]),
    ("签约的有云雾岭风电场和金沙湾港区等项目。", [("云雾岭风电场", "PROJECT")]),
])
def test_a_wind_farm_ends_a_listed_project(full_nlp, text, wanted):
    found = ents(full_nlp, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # a trade right after a division written in full is the field the division's project is in, no firm
    ("本次开工的南阳市航空产业园标准厂房项目进展顺利。", {"航空", "南阳市航空"}),
    ("由宏达公司投资建设的洛阳市航空科技孵化园及配套中心项目开工。", {"航空", "洛阳市航空"}),
])
def test_a_trade_after_a_division_in_full_heads_no_firm(nlp, text, unwanted):
    got = {(t, l) for t, l in ents(nlp, text)}
    assert not {t for t, l in got if l == "COMPANY"} & unwanted, got


@pytest.mark.parametrize("text, wanted", [
    # a small firm short-named by its textile or metal trade, listed among the projects a visit sees
    ("委员们先后视察了兴旺纺织、瑞丰科技、鼎誉金属等新上项目。", [("兴旺纺织", "COMPANY"), ("鼎誉金属", "COMPANY")]),
    ("锦华制衣与县政府签约。", [("锦华制衣", "COMPANY")]),
])
def test_a_firm_short_named_by_its_textile_or_metal_trade(nlp, text, wanted):
    found = ents(nlp, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a science park among the firms a visit sees is a place, never a firm
    ("考察组来到宏远低碳科技园、金鼎科技有限公司等企业。", {("宏远低碳科技园", "PLACE"), ("金鼎科技有限公司", "COMPANY")},
     set()),
])
def test_a_science_park_listed_among_firms_is_a_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    # newly launched projects of a kind name no project
    "政协委员视察了市开发区新上工业项目。",
    "园区今年新上项目9个。",
])
def test_newly_launched_projects_of_a_kind_name_none(nlp, text):
    assert not [t for t, l in ents(nlp, text) if l == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # stepping up the work on projects is the clause's verb, never part of a project's name
    ("今年以来,金山新材料产业园加大项目建设力度。", {"金山新材料产业园加大项目"}),
    ("瑞达公司加强项目管理。", {"瑞达公司加强项目", "加强项目"}),
])
def test_stepping_up_the_work_is_no_part_of_a_project(nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 有 opening a clause that lists firms is no part of the first one, though jieba glues them
    ("仓储方面,有宇培、荣达等上市公司入驻。", {("宇培", "COMPANY")}, {"有宇培"}),
])
def test_you_opening_a_list_of_firms_is_no_part_of_the_first(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a place and a trade before the field's word jieba writes whole (信息产业) name an industry, no firm
    ("打造宜宾电子信息产业集群。", {"宜宾电子"}),
    ("该项目是梧州电子信息产业的重要补链项目。", {"梧州电子"}),
])
def test_a_trade_before_an_industry_word_is_no_firm(nlp, text, unwanted):
    assert_found(nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "make strong" (做强) is a verb and its complement: the adjective jieba writes alone opens no place
    ("集中力量做大做强钦州港口经济区。", set(), {"强钦州港口经济区"}),
])
def test_a_verb_complement_opens_no_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # Hsinchu's science park by the short name Taiwan's papers give it
    ("竹科廠商第三季營收再創新高。", ("竹科", "PLACE")),
    ("晶片大厂宣布在竹科扩建新厂。", ("竹科", "PLACE")),
    # and its full name stays whole
    ("多家厂商进驻新竹科学园区。", ("新竹科学园区", "PLACE")),
])
def test_hsinchu_science_park_by_its_short_name(full_nlp, text, wanted):
    assert wanted in ents(full_nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Taiwan's city and county governments by their papers' short names
    ("北市府昨天公布新的补助办法。", {("北市府", "AGENCY")}, set()),
    ("竹縣府與三家廠商完成簽約。", {("竹县府", "AGENCY")}, set()),
    # a mainland city's name that ends in them stays the city
    ("济南市府前街完成改造。", {("济南市", "PLACE")}, {"南市府"}),
])
def test_taiwan_governments_by_their_short_names(full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a clause's list of projects whose first items are whole facilities (风电场) and whose last ends in 项目:
    # every item is a project, the first ones too
    ("还包括宏达公司承建的昭觉县风电场、布拖北风电场和金阳二期风电场项目。",
     [("昭觉县风电场", "PROJECT"), ("布拖北风电场", "PROJECT"), ("金阳二期风电场项目", "PROJECT")]),
    # and 有 that opens the list after 的 is no part of the first
    ("开工的有青龙风电场、黄岭风电场和马鞍山风电场项目。", [("青龙风电场", "PROJECT")]),
])
def test_whole_facilities_lead_a_clause_list_of_projects(full_nlp, text, wanted):
    found = ents(full_nlp, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a known firm's name and one character jieba cut off after it are the firm's whole name, no firm
    # and a one-character project
    ("调研组先后深入宏达新材料、金鼎化工等重点项目建设现场。", {("宏达新材料", "COMPANY")}, {"宏达新材", "料"}),
])
def test_a_firm_and_a_character_cut_off_it_are_one_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a function character jieba's guess glued to the first listed firm is no part of it
    ("考察组先后到瑞丰药业、金鼎化工等企业调研。", {("瑞丰药业", "COMPANY")}, {"到瑞丰药业"}),
])
def test_a_function_character_glued_to_the_first_listed_firm(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # where a firm has taken root (扎根, which jieba tags as a place) comes before the zone, never in it
    ("该公司已扎根钱塘湾上虞经开区十余年。", set(), {"扎根钱塘湾上虞经开区"}),
    ("企业扎根黄石经开区多年。", set(), {"企业扎根黄石经开区", "扎根黄石经开区"}),
])
def test_taking_root_is_no_part_of_a_zone(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "the zones under it" is no part of a zone's name; one under its own name is a place
    ("经济部表示,辖下科技产业园区今年吸引投资逾百亿元。", set(), {"辖下科技产业园区"}),
    ("三家企业迁入苏澳港科技产业园区营运。", {("苏澳港科技产业园区", "PLACE")}, set()),
])
def test_zones_under_a_body_by_their_kind_name_none(full_nlp, text, wanted, unwanted):
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_zone_kind_alone_under_a_body_is_no_place(nlp):
    # the ministry's science parks by their kind alone: generic, where one under its own name stays a place
    assert not ents(nlp, "部里表示,辖下科技产业园区今年共吸引投资。")
    assert ("台中港科技产业园区", "PLACE") in ents(nlp, "企业迁入台中港科技产业园区营运。")


def test_the_work_on_a_listed_facility_is_no_part_of_its_name(nlp):
    # "building the park" in a list of projects: the item names the park
    found = ents(nlp, "县里引进了宏远物流园、星河机器人产业园建设等一批重点项目。")
    assert ("星河机器人产业园", "PROJECT") in found and not any(t.endswith("建设") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # the category a project is listed in (省重点工程), then its name
    ("包括投资25亿元的省重点工程湘潭华屹自主创新产业园二期。", "湘潭华屹自主创新产业园"),
    ("省重点工程石门水库扩建工程开工。", "石门水库扩建工程"),
])
def test_the_category_a_project_is_listed_in_is_no_part_of_its_name(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found and not any(t.startswith("工程") for t, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    ("省重点水利工程柳湾河一期综合治理项目今日开工。", "柳湾河一期综合治理项目"),
    ("市重点交通工程云岭大道改造项目完成招标。", "云岭大道改造项目"),
    ("省重点产业项目金禾新材料产业园二期开工。", "金禾新材料产业园二期"),
])
def test_a_category_named_by_its_field_is_no_part_of_the_projects_name(nlp, full_nlp, text, wanted):
    # "重点|水利工程|…项目": the category named by its field ran into the project's name
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "PROJECT") in got, got


def test_the_agents_by_is_no_part_of_the_builders_name(nlp):
    # jieba's guess glues 由 to an unknown brand after it (由华|拓…)
    found = ents(nlp, "该项目由华拓供应链管理有限公司投资建设。")
    assert ("华拓供应链管理有限公司", "COMPANY") in found, found


def test_a_headline_counting_projects_names_none(nlp):
    # no list before the count: what comes before it is the place and the period, no project
    found = ents(nlp, "桐梓县2019年第三季度15个项目集中开工")
    assert not [t for t, label in found if label == "PROJECT"], found
    found = ents(nlp, "宏远物流园、星河机器人产业园两个项目集中开工")
    assert ("宏远物流园", "PROJECT") in found and ("星河机器人产业园", "PROJECT") in found, found


@pytest.mark.parametrize("text", ["全县首个“特大型”项目顺利入库。", "今年又一“重大”项目落地。"])
def test_a_size_or_quality_word_in_quotes_names_no_project(nlp, text):
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    # the works on a named facility after its investment, up to the clause's end, with no 项目 after it
    ("其中计划投资30亿元的宏达集团5万吨选厂改扩建，年度完成投资2亿元。", "5万吨选厂改扩建"),
    ("投资1.2亿元的城北污水处理厂扩建，年内完工。", "城北污水处理厂扩建"),
])
def test_works_on_a_facility_after_its_investment_are_a_project(nlp, text, wanted):
    found = ents(nlp, text)
    assert (wanted, "PROJECT") in found, found


def test_works_on_a_kind_of_place_after_its_investment_are_no_project(nlp):
    found = ents(nlp, "总投资2亿元的老旧小区改造，惠及居民。")
    assert not [t for t, label in found if label == "PROJECT"], found


@pytest.mark.parametrize("text, wanted", [
    # a prefecture's alias jieba reads as a noun (宝鸡, 许昌) or a name (桂林) is the prefecture
    ("宝鸡的装备制造业发展很快。", "宝鸡"),
    ("代表团昨天抵达桂林，考察文旅项目。", "桂林"),
])
def test_a_prefectures_alias_read_as_a_noun_is_the_place(nlp, text, wanted):
    assert (wanted, "PLACE") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", ["他担任玉溪卷烟厂厂长多年。", "记者采访了陈桂林老人。", "各位来宾，大家好。"])
def test_a_prefectures_alias_inside_a_longer_name_is_no_place(nlp, text):
    found = ents(nlp, text)
    assert not [t for t, label in found if label == "PLACE" and t in ("玉溪", "桂林", "来宾")], found


def test_a_clause_after_a_list_gives_its_items_type(nlp):
    # the list has no head after 等; the clause after its comma says what the items are
    found = ents(nlp, "签约项目4个，包括常州恒丰、苏州斯达、福建新源，均为新能源配套企业，总投资20亿元。")
    for name in ("常州恒丰", "苏州斯达", "福建新源"):
        assert (name, "COMPANY") in found, found
    assert not [t for t, label in ents(nlp, "张某、李某、王某，均为本地企业家。") if label == "COMPANY"]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a clause's character a jieba guess glued to a brand (分别为…, 以…为龙头) is no part of it
    ("签约的企业分别为元晶光电科技股份有限公司、坤辉实业股份有限公司。",
     {("元晶光电科技股份有限公司", "COMPANY")}, {"为元晶光电科技股份有限公司"}),
    ("园区将打造以尚德电力为龙头的光伏产业集群。", {("尚德电力", "COMPANY")}, {"以尚德电力"}),
    # a brand jieba knows keeps its first character
    ("石家庄以岭药业股份有限公司在当地投资。", {("石家庄以岭药业股份有限公司", "COMPANY")}, set()),
])
def test_a_clause_character_glued_to_a_brand_is_no_part_of_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_firms_investment_amount_is_no_project(nlp):
    # the firm, then how much it invests in a project named later: the amount names nothing
    found = ents(nlp, "通化市鸿运实业有限公司总投资2.3亿元、年产500万平方米的保温板材项目全面竣工。")
    assert ("通化市鸿运实业有限公司", "COMPANY") in found, found
    assert not any("投资" in t for t, _ in found), found


@pytest.mark.parametrize("text", [
    "管委会与来自总部、金融、电竞、科技等不同领域的8家重点企业签约。",
    "签约企业来自物流、文旅、能源等领域的多家龙头企业。",
])
def test_fields_listed_before_the_firms_name_none(nlp, text):
    # 等(不同)领域: the listed words are the fields the firms work in
    assert not [e for e in ents(nlp, text) if e[1] == "COMPANY"], ents(nlp, text)


def test_what_a_project_is_to_become_names_none(nlp):
    # praise for the works (精品工程, 样板工程) and the copula before it are no project
    assert not [e for e in ents(nlp, "要把每个项目都建设成为精品工程、样板工程。") if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, company, project", [
    # a trade or a registered place jieba reads as a verb or an adverb before the legal form
    # (发展|有限公司, 正定|有限责任|公司) is part of the firm's legal name heading a listed project
    ("开工项目为河北远星科技发展有限公司智能仓储物流中心项目、宏达磁材科技正定有限责任公司电池材料生产项目。",
     "河北远星科技发展有限公司", "智能仓储物流中心项目"),
    ("开工项目为河北远星科技发展有限公司智能仓储物流中心项目、宏达磁材科技正定有限责任公司电池材料生产项目。",
     "宏达磁材科技正定有限责任公司", "电池材料生产项目"),
])
def test_a_legal_name_heading_a_listed_project_is_whole(nlp, text, company, project):
    found = ents(nlp, text)
    assert (company, "COMPANY") in found and (project, "PROJECT") in found, found


def test_where_a_firms_owner_is_from_is_no_part_of_its_name(nlp):
    # 台企, 港企: the firm's kind by its owner's home, said before its name
    assert_found(nlp, "台企新竹光宇科技有限公司日前与开发区签订协议。",
                 {("新竹光宇科技有限公司", "COMPANY")}, {"台企新竹光宇科技有限公司"})


def test_a_bracket_before_a_firms_name_is_no_part_of_it(nlp):
    # the zone's part in brackets, then the firm: a company's name never opens with a bracket
    assert_found(nlp, "开工仪式在滨江高新区(北区)江苏宏远科技发展有限公司生产车间举行。",
                 {("江苏宏远科技发展有限公司", "COMPANY")}, {"(北区)江苏宏远科技发展有限公司"})
    assert ("远帆实业(集团)有限公司", "COMPANY") in ents(nlp, "远帆实业(集团)有限公司签约。")


def test_inside_and_outside_is_no_office(nlp):
    # 内外部 ("inside and out", jieba: a body) ends in 部 as 内部 does
    assert not ents(nlp, "综合楼项目正在进行内外部装修。")


def test_an_industry_heading_a_listed_project_is_no_firm(nlp):
    # 新兴产业 (jieba: a body) is the field a fund invests in, no company owning the project
    found = ents(nlp, "今年将开工新兴产业引导基金、城市配送物流园等5个项目。")
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_goods_named_with_a_project_suffix_are_no_works(nlp):
    # 工程装备 ("construction machinery") is goods: no project named up to 工程
    found = ents(nlp, "中驰电动智能工程装备项目首批装载机下线。")
    assert not any(t.endswith("工程") for t, _ in found), found


def test_a_financing_vehicle_by_its_kind_is_no_firm(nlp):
    # 投融资平台公司: a local government's financing vehicles in general, none named
    found = ents(nlp, "市级投融资平台公司、行业协会负责人出席推介会。")
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_since_ever_after_a_zone_names_no_project(nlp):
    # "the zone's biggest year of projects ever": 有史以来 ends the zone, no project is named
    found = ents(nlp, "这是宏远经济技术开发区有史以来项目建设规模最大的一年。")
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_rivers_and_lakes_in_general_are_no_place(nlp):
    # 河湖 (jieba: a place) is waters in general, as in 河湖治理
    assert not ents(nlp, "该县以黑土地保护及河湖治理为导向推进种植项目。")


def test_a_trades_market_is_no_firm_named_like_it(nlp):
    # 西藏旅游 is a listed firm, but 西藏旅游市场 is Tibet's tourist market
    found = ents(nlp, "多家企业看好西藏旅游市场的潜力。")
    assert not [e for e in found if e[1] == "COMPANY"], found
    assert ("西藏旅游", "COMPANY") in ents(nlp, "西藏旅游发布年度报告。")


def test_what_an_agreement_takes_in_is_no_project_name(nlp):
    # 涉及 is the clause's verb: the agreement is no part of a project's name
    found = ents(nlp, "县政府与宏达公司签订的合作协议涉及光伏发电项目。")
    assert not [e for e in found if e[1] == "PROJECT" and "协议" in e[0]], found
    assert not [e for e in ents(nlp, "这份合作协议涉及光伏项目。") if "协议" in e[0]]


def test_a_listed_project_starts_at_the_place_after_its_own_verb(nlp):
    # "…、合作开展|鸡西市…项目": the item's verb is no part of the name that opens with a place
    found = ents(nlp, "签约项目包括年产500吨人参深加工项目、合作开展鸡西市矿产资源勘查项目等21个项目。")
    assert ("鸡西市矿产资源勘查项目", "PROJECT") in found, found
    assert ("年产500吨人参深加工项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, wanted", [
    # the phase in brackets after the work done to a facility, not only after the facility
    ("石门园区综合开发（一期）项目总投资18.5亿元。", "石门园区综合开发（一期）项目"),
    ("石门物流园建设（二期）项目总投资8亿元。", "石门物流园建设（二期）项目"),
    # 融合发展 is a compound the name holds after a noun, though 发展 alone stops a name
    ("县里建设辣椒产业融合发展项目。", "辣椒产业融合发展项目"),
    ("在宏达科技有限公司辣椒一二三产融合发展项目建设现场，厂房拔地而起。", "辣椒一二三产融合发展项目"),
])
def test_a_projects_name_holds_its_phase_and_its_development_compound(nlp, text, wanted):
    assert (wanted, "PROJECT") in ents(nlp, text), ents(nlp, text)


def test_a_phase_in_brackets_after_a_clause_verb_is_no_project(nlp):
    # no facility is named before the phase: "（二期）项目" is no name
    assert not [e for e in ents(nlp, "县里加快建设（二期）项目。") if e[1] == "PROJECT"]


def test_a_direction_word_brand_before_a_bracketed_region_opens_the_firm(nlp):
    # "字号（行政区划）行业有限公司": the brand may be a direction word (西部)
    found = ents(nlp, "西部（银川）融资担保有限公司当天签约。")
    assert ("西部（银川）融资担保有限公司", "COMPANY") in found, found


def test_every_known_name_in_a_sentence_is_found_by_where_it_starts_shortest_first(rules_nlp):
    found = rules_nlp.get_pipe("kg_entity_rules")._names_in("市水利局持续推进格尔木市水利局")
    # overlapping names too (水利局 inside 市水利局); a place's alias before its full name
    assert found[0] == [(4, ("AGENCY", "abbreviation"))] and found[1] == [(4, ("AGENCY", "abbreviation"))]
    assert found[8] == [(11, ("PLACE", "gazetteer-alias")), (12, ("PLACE", "gazetteer"))]
    assert 4 not in found and rules_nlp.get_pipe("kg_entity_rules")._names_in("") == {}


def test_a_words_fact_holds_what_resplit_and_the_suffix_rule_decide_of_it(rules_nlp):
    from kg.nlp.entity_rules import _RESPLIT_BITS, _SUFFIX_POSITION

    rules = rules_nlp.get_pipe("kg_entity_rules")
    for w in ("某某有限公司", "局", "委", "局局长", "美国国务院", "西藏阿里地区", "村村", "推进", "和县", "镇以"):
        fact = rules._word_fact(w)
        assert fact & _RESPLIT_BITS == rules._resplit_mask(w), w
        assert bool(fact & _SUFFIX_POSITION) == rules._suffix_candidate(w), w


def test_the_suffix_rule_reads_the_facts_of_its_own_words(rules_nlp):
    # the suffix rule's positions are those of the words it is given, whatever _resplit looked up before
    rules = rules_nlp.get_pipe("kg_entity_rules")

    def positions(words):
        return [x for x, w in enumerate(words) if rules._suffix_candidate(w)]

    words, tags = ["宏达", "推进", "宏达", "有限公司"], ["nz", "v", "nz", "n"]
    rules._may_resplit(words, tags)
    assert rules._suffix_positions(words) == positions(words) == [3]
    other = ["宏达", "有限公司", "和", "推进", "水利局"]
    assert rules._suffix_positions(other) == positions(other) == [1, 4]
    # (and a list changed in place after the look-up is looked up again)
    rules._may_resplit(words, tags)
    words[1] = "水利局"
    assert rules._suffix_positions(words) == positions(words) == [1, 3]


def test_a_name_added_after_the_first_sentence_is_found():
    from kg.lexicon import Entry

    nlp = kg.load_pipeline(statistical=False)
    assert ents(nlp, "宏方达与格尔木市合作。") == [("格尔木市", "PLACE")]
    rules = nlp.get_pipe("kg_entity_rules")
    rules.add_lexicon([])
    assert ents(nlp, "宏方达与格尔木市合作。") == [("格尔木市", "PLACE")]
    rules.add_lexicon([Entry("宏方达", "COMPANY")])
    assert ents(nlp, "宏方达与格尔木市合作。") == [("宏方达", "COMPANY"), ("格尔木市", "PLACE")]


def test_a_development_compound_after_the_clauses_verb_is_no_project(nlp):
    assert not [e for e in ents(nlp, "县里推动融合发展项目建设。") if e[1] == "PROJECT"]


def test_a_firm_with_its_region_in_brackets_heads_its_listed_project_whole(nlp):
    # the brackets of "Brand（Region）Trade有限公司" are no mark of the clause that lists the projects
    found = ents(nlp, "近期已有佳睿思（甘肃）新材料有限公司高性能薄膜生产项目、某县中医院迁建项目开工。")
    assert ("佳睿思（甘肃）新材料有限公司", "COMPANY") in found, found
    assert ("新材料有限公司", "COMPANY") not in found, found


def test_a_town_jieba_cuts_from_its_level_heads_its_listed_road_as_no_firm(nlp):
    # "查干|诺尔|镇|北外|环…": the words before 镇 are a town's name, no company's
    found = ents(nlp, "重点项目为某旗查干诺尔镇北外环道路项目、宏达石材加工项目。")
    assert not [e for e in found if e[1] == "COMPANY"], found
    assert any(t.endswith("查干诺尔镇北外环道路项目") for t, l in found if l == "PROJECT"), found


def test_a_status_clause_ending_in_a_city_names_its_projects_and_no_project(nlp):
    # "预计一季度银川市开工项目423个": what the city opens, counted; the clause's subject is no project
    found = ents(nlp, "预计二季度兰州市开工项目300个。")
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert ("兰州市", "PLACE") in found, found


def test_within_a_zone_glued_to_the_park_after_it_is_no_part_of_its_name(nlp):
    # "工业集中区|内湘商|产业园区": 内 says the park lies within the zone
    found = ents(nlp, "检查组走进经济开发区内鑫旺产业园区企业。")
    assert ("鑫旺产业园区", "PLACE") in found, found
    assert not [t for t, _ in found if t.startswith("内")], found


def test_a_listed_firm_and_a_park_joined_by_and_are_two_items(nlp):
    # "…有限公司和…创业园等…项目": the firm, then the park; the firm's legal name keeps its city
    found = ents(nlp, "察看了佛山市华远陶瓷有限公司和城西创业园等标准化厂房项目。")
    assert ("佛山市华远陶瓷有限公司", "COMPANY") in found and ("城西创业园", "PROJECT") in found, found
    found = ents(nlp, "佛山市华远陶瓷有限公司年产5万吨瓷砖项目、城西医院迁建项目开工。")
    assert ("佛山市华远陶瓷有限公司", "COMPANY") in found, found


def test_a_cooperation_counted_with_the_projects_is_no_project(nlp):
    # "某县人民政府某大学专项合作等3个项目": an agreement between the county and a school
    found = ents(nlp, "专场签约城东综合体项目、长泰县人民政府厦门大学专项合作、长泰县人民政府闽南师范学院深度合作等3个项目。")
    assert [t for t, l in found if l == "PROJECT"] == ["城东综合体项目"], found
    assert ("人民政府", "COMPANY") not in found, found


def test_a_list_of_firms_after_a_list_of_projects_in_one_clause_begins_after_the_projects(nlp):
    # "A、B等4个项目与C、D等企业…": A and B are projects, not firms of the list after them
    found = ents(nlp, "总投资9亿元的滨河大道商业综合体、总投资2亿元的污水处理等3个项目与甘肃电投集团、某某公司等企业达成意向。")
    assert ("滨河大道商业综合体", "COMPANY") not in found, found
    assert ("甘肃电投集团", "COMPANY") in found, found


def test_a_ranking_before_firms_in_a_signing_is_no_part_of_their_names(nlp):
    # "世界500|强|中国交建": the list the firm is on
    found = ents(nlp, "签约企业中有世界500强中国建材集团和中国500强宏达集团。")
    assert ("中国建材集团", "COMPANY") in found and ("宏达集团", "COMPANY") in found, found
    assert not [t for t, _ in found if t.startswith("强")], found


def test_a_towns_investment_amount_in_a_list_names_no_firm_or_project(nlp):
    # "某镇投资1亿元、年产…的…项目开工": what the town invests, not a firm 某镇投资 and its project 1亿元
    found = ents(nlp, "近日，某县白鹤镇投资2亿元、年产300辆的房车项目开工建设。")
    assert not [e for e in found if e[1] in ("COMPANY", "PROJECT") and "亿元" in e[0] or e[0].endswith("投资")], found


def test_the_county_after_a_firm_heads_its_project_and_no_firm(nlp):
    # "青岛某某公司|西和县|国际药业…产业园项目": the firm, then the county where its project is
    found = ents(nlp, "青岛瑞福得公司康县国际药业生物科技产业园项目成功签约。")
    assert ("青岛瑞福得公司", "COMPANY") in found, found
    assert not [t for t, l in found if l == "COMPANY" and t.startswith("康县")], found


def test_a_list_counted_as_something_else_before_the_projects_count_names_no_projects(nlp):
    # "A专班、B专班等几个专班储备的220个项目": the items are task forces, the projects counted apart
    found = ents(nlp, "文旅项目招商专班、数字经济项目招商专班等三个专班储备的150个招商项目。")
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_school_joined_by_and_to_a_road_in_a_list_of_works_is_two_projects(nlp):
    # "某某小学和某某至某某一级公路等基础设施项目": the school, then the road
    found = ents(nlp, "由某某集团捐资建设的城关希望小学和东坪至西坪二级公路等基础设施项目开工。")
    projects = [t for t, l in found if l == "PROJECT"]
    assert "城关希望小学" in projects and not any("小学和" in t for t in projects), found


@pytest.mark.parametrize("text, name", [
    ("县政府与柳林县欢腾玩具有限公司签订合作协议。", "柳林县欢腾玩具有限公司"),
    ("签约企业有晋城市兴达物流有限公司、沁水县开心玩具有限公司。", "沁水县开心玩具有限公司"),
])
def test_a_verb_between_a_listed_firms_place_and_its_trade_is_its_brand(nlp, text, name):
    # "与|某县|开心|玩具|有限公司": jieba reads the brand as a verb; the legal name is whole, no 玩具有限公司
    found = ents(nlp, text)
    assert (name, "COMPANY") in found, found


def test_a_verb_after_at_a_place_is_what_is_done_there_no_brand(nlp):
    found = ents(nlp, "他们在沁水县注册玩具有限公司。")
    assert not [t for t, l in found if l == "COMPANY" and "注册" in t], found


@pytest.mark.parametrize("text", [
    "全县今年签约了五个“飞地经济”项目。",
    "某某镇举行“能人回乡”项目集中签约仪式。",
])
def test_a_quoted_campaign_counted_before_or_done_together_names_no_project(nlp, text):
    # "六个|“回归经济”项目", "“回归经济”项目|集中签约": the campaign's projects, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_quoted_name_of_one_project_is_still_a_project(nlp):
    found = ents(nlp, "“云岭茶仓”项目正式签约。")
    assert ("云岭茶仓", "PROJECT") in found, found


@pytest.mark.parametrize("text, name", [
    ("养殖公司与双河镇白沙村村民合作社签订了土地流转合同。", "白沙村村民合作社"),
    ("项目由青石村股份经济合作社负责运营。", "青石村股份经济合作社"),
])
def test_a_cooperative_named_only_by_its_village_holds_the_village(nlp, text, name):
    # "白沙|村|村民|合作社": jieba writes the village apart from 村; the cooperative is the village's
    found = ents(nlp, text)
    assert [t for t, l in found if l == "COMPANY" and t.endswith(name)], found


@pytest.mark.parametrize("text, unwanted", [
    ("会议要求，确保宏岳、金顺、瑞丰等项目年底前建成投产。", "确保"),
    ("会议听取了“百亿园区”项目谋划情况汇报。", "百亿园区"),
])
def test_making_sure_of_projects_or_a_programme_of_big_figures_names_no_project(nlp, text, unwanted):
    # "确保|A、B等项目": the drive, then the projects; “千亿大盘”项目: a programme of figures, no project
    found = ents(nlp, text)
    assert not [t for t, l in found if l == "PROJECT" and unwanted in t], found


def test_trades_listed_before_firms_name_no_firm(nlp):
    # "吸引一批冶炼、发电、选矿等企业落地": the kinds of firm by their trade, none named
    assert not [e for e in ents(nlp, "近年来，县里吸引了一批冶炼、发电、选矿等企业落地。") if e[1] == "COMPANY"]
    assert not [e for e in ents(nlp, "园区引进了化工、建材、食品等企业。") if e[1] == "COMPANY"]
    found = ents(nlp, "园区引进了宏达纺织、金穗食品等企业。")
    assert ("宏达纺织", "COMPANY") in found and ("金穗食品", "COMPANY") in found, found


def test_a_zone_heading_a_listed_project_is_no_company(nlp):
    # "…，A经济技术开发区|160万吨…项目，…": the zone where the project is, no firm that builds it
    found = ents(nlp, "签约仪式上，石门经济开发区精密制造项目，东坪经济技术开发区80万千瓦光伏发电及配套项目，"
                      "西坪经济技术开发区120万吨焦化升级改造项目等10个项目现场签约。")
    assert not [e for e in found if e[1] == "COMPANY"], found
    assert ("西坪经济技术开发区", "PLACE") in found, found


def test_the_points_of_a_report_name_no_project(nlp):
    # "二是结构优、引领作用强，全部为产业项目": the report's second point, then what the projects are
    found = ents(nlp, "此次签约有三个特点：一是体量大、示范作用强；二是结构好、带动作用强，全部为产业项目；三是质量高。")
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_projects_counted_by_zong_are_no_part_of_the_last_name(nlp):
    # "A、B及C|4|宗|项目": Guangdong's papers count deals by 宗
    found = ents(nlp, "本次签约的华兴装备、东盛精密、乐达文创及邦德总部4宗项目，是产业园首批落户项目。")
    assert not [t for t, _ in found if "4宗" in t], found


def test_a_reserve_of_two_goods_joined_stays_in_the_project(nlp):
    # "粮食和物资|储备|保障中心项目": what the reserve holds, no verb of the clause
    found = ents(nlp, "开工项目包括东坪市粮食和物资储备保障中心项目、东坪市北门水厂扩建工程等。")
    assert ("东坪市粮食和物资储备保障中心项目", "PROJECT") in found, found


def test_a_towns_first_character_jieba_reads_apart_opens_the_names_after_it(nlp):
    # "横(v)|山镇": the town is 横山镇, and the office and the project named after it begin with it
    found = ents(nlp, "横山镇人民政府与宏达公司签约，横山镇加州鲈鱼养殖建设项目同日开工。")
    assert ("横山镇人民政府", "AGENCY") in found and ("横山镇加州鲈鱼养殖建设项目", "PROJECT") in found, found
    # but a character jieba reads as a piece of a name stays in it: a park, not Kaohsiung's 林园区
    assert ("中科二林园区", "PLACE") in ents(nlp, "管理局在彰化县举办中科二林园区投资招商说明会。")


def test_a_merged_bureau_after_a_bare_level_keeps_its_first_field(nlp):
    # "、镇(n)|发展|改革|和|统计局": one town bureau of two fields, not the statistics bureau alone
    found = ents(nlp, "镇长赵某，副镇长陈某，镇发展改革和统计局负责人出席。")
    assert ("镇发展改革和统计局", "AGENCY") in found, found


def test_a_project_named_by_its_kind_alone_names_none(nlp):
    # "…是由某公司投资开发的房地产项目": what kind of project the estate is, not a second project
    found = ents(nlp, "翠湖花园是由石门县宏盛房地产开发有限公司投资开发的房地产项目。")
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert ("碧水湾房地产项目", "PROJECT") in ents(nlp, "宏达公司投资建设的碧水湾房地产项目开工。")


@pytest.mark.parametrize("text, name", [
    # (the firm heads the project before its rate, as before a capacity: 南山建材|5万吨/年…)
    ("南山建材5万吨/年水泥窑协同处置固废项目开工。", "5万吨/年水泥窑协同处置固废项目"),
    ("由南山建材投资建设的水泥窑协同处置污泥项目开工。", "水泥窑协同处置污泥项目"),
])
def test_co_processing_after_a_kiln_stays_in_the_projects_name(nlp, text, name):
    # "水泥窑|协同|处置|…项目": 协同 opens a compound the name holds, though "两地|协同|推进" is the clause's
    found = ents(nlp, text)
    assert (name, "PROJECT") in found, found
    assert not ents(nlp, "两地要协同推进产业园项目建设。"), ents(nlp, "两地要协同推进产业园项目建设。")


def test_an_office_joined_by_and_listed_after_another_is_named_whole(nlp):
    # "县发改局、工业信息|和|科技商务局": listed without its level, as the office before it is
    found = ents(nlp, "县发改局、工业信息和科技商务局、财政局负责人参加会议。")
    assert ("工业信息和科技商务局", "AGENCY") in found, found
    assert ("审计局", "AGENCY") in ents(nlp, "县发改局、财政局和审计局参加。")


@pytest.mark.parametrize("text, items", [
    ("本次集中开工的9个项目包括：青松体育公园、长安文创园、浮标特色小镇、长忠公路等。",
     ["青松体育公园", "长安文创园", "浮标特色小镇", "长忠公路"]),
    ("今年全县列入省重点的项目分别是：白水河大桥、金山湖湿地公园、红星物流园。",
     ["白水河大桥", "金山湖湿地公园", "红星物流园"]),
    ("当天签约的5个项目分别为长江物流园、青山冷链中心、云岭康养小镇。", ["长江物流园", "青山冷链中心", "云岭康养小镇"]),
])
def test_a_counted_head_types_the_list_it_introduces(nlp, full_nlp, text, items):
    # "N个项目包括：A、B、C": the items follow their head, as they precede it after 等; alone a park,
    # a road or a town's name reads as a place
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        for item in items:
            assert (item, "PROJECT") in found, found
        assert not [e for e in found if e[1] == "PLACE"], found


def test_a_list_one_project_holds_is_no_list_of_projects(nlp):
    # no count and no 分别: the parts of one project
    assert not ents(nlp, "该项目包括综合楼、仓库和道路。"), ents(nlp, "该项目包括综合楼、仓库和道路。")


@pytest.mark.parametrize("text", ["今年的金东乡贤大会开幕，海内外金东乡贤齐聚家乡。", "会上，金东乡亲代表发言。"])
def test_a_level_character_that_opens_a_word_is_no_level(nlp, full_nlp, text):
    # "金东|乡贤": the worthies of 金东, not a township 金东乡 (which the gazetteer knows elsewhere)
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        assert not [e for e in found if e[0].endswith("乡") or e[0].startswith(("贤", "亲"))], found
    assert ("大坪乡", "PLACE") in ents(nlp, "会议在大坪乡举行。")


@pytest.mark.parametrize("text, name", [
    ("滨江路项目今天开工。", "滨江路项目"),
    ("主会场设在城南区的新华山南路项目现场。", "华山南路项目"),
])
def test_a_roads_project_builds_the_road(nlp, full_nlp, text, name):
    # "滨江路|项目": the road is what is built, no place whose projects are counted
    for pipeline in (nlp, full_nlp):
        assert (name, "PROJECT") in ents(pipeline, text), ents(pipeline, text)
    assert not [e for e in ents(nlp, "凤阳县5个项目集中签约。") if e[1] == "PROJECT"]


def test_a_copula_before_a_project_is_no_part_of_its_name(nlp):
    # "该项目|属|某某一体化基础设施项目": what the project belongs to starts after the verb
    found = ents(nlp, "该项目属城乡一体化基础设施项目中的一个。")
    assert not [e for e in found if e[0].startswith("属")], found


@pytest.mark.parametrize("text, village", [
    ("年陡镇正觉村举行创业园开园仪式。", "正觉村"),
    ("官亭镇高庄村原小学校址改建为仓储厂房。", "高庄村"),
])
def test_a_village_right_after_its_town_is_named(nlp, full_nlp, text, village):
    # "年陡镇|正觉(d)|村": jieba reads the village's name as an ordinary word and writes 村 alone
    for pipeline in (nlp, full_nlp):
        assert (village, "PLACE") in ents(pipeline, text), ents(pipeline, text)


@pytest.mark.parametrize("text", ["年陡镇各村都建了活动中心。", "年陡镇驻村干部到岗。", "年陡镇进村入户宣传政策。"])
def test_a_clause_word_before_a_village_word_names_no_village(nlp, text):
    assert [e for e in ents(nlp, text) if e[0].endswith("村")] == [], ents(nlp, text)


def test_a_cooperative_named_by_its_trade_alone_is_a_kind(nlp, full_nlp):
    # "涉及农机专业合作社、粮油专业合作社等": kinds of cooperative, none named
    for pipeline in (nlp, full_nlp):
        assert not ents(pipeline, "入驻主体涉及家庭农场、农机专业合作社、粮油专业合作社等。")
        assert ("青山村粮油专业合作社", "COMPANY") in ents(pipeline, "青山村粮油专业合作社与宏达公司签约。")
        assert ("宏达农机专业合作社", "COMPANY") in ents(pipeline, "宏达农机专业合作社成立。")


def test_a_spring_heading_a_resort_is_its_site_no_firms_brand(nlp, full_nlp):
    # "龙秀温泉|养生度假区": the resort is built at the spring; the list's item is one project
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, "凤凰古城景区、云岭温泉养生度假区等4个旅游类项目开工。")
        assert ("云岭温泉养生度假区", "PROJECT") in found, found
        assert not [e for e in found if e[1] == "COMPANY"], found


@pytest.mark.parametrize("text", ["南岭经开区以打造一流经济技术开发区为目标。", "全县努力建设高水平工业园区。"])
def test_a_zone_named_by_how_good_it_is_to_be_is_a_goal(nlp, full_nlp, text):
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        assert not [e for e in found if e[0].startswith(("一流", "高水平"))], found


@pytest.mark.parametrize("text", ["某县举行三大会战百亿元项目集中开工仪式。", "全市十大产业千亿元项目签约。"])
def test_an_amount_before_the_head_sizes_a_batch(nlp, full_nlp, text):
    # "…|百亿元|项目": the batch's size; what comes before is a campaign, no firm and no project
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        assert not [e for e in found if e[1] in ("PROJECT", "COMPANY")], found


@pytest.mark.parametrize("text", ["近日，全省“百企兴百村”行动典型名单公布。", "开展“千企强千村”活动。"])
def test_a_slogan_that_counts_the_villages_it_helps_names_no_village(nlp, full_nlp, text):
    for pipeline in (nlp, full_nlp):
        assert not [e for e in ents(pipeline, text) if e[1] == "PLACE"], ents(pipeline, text)


def test_villages_by_what_a_programme_counts_them_as_are_no_villages(nlp, full_nlp):
    # 出列村 (lifted out of poverty), 薄弱村, 空壳村: kinds of village, none named
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, "辐射带动出列村和一般村107个，消除薄弱村和空壳村。")
        assert not found, found
        assert ("红星村", "PLACE") in ents(pipeline, "红星村是中心村。")


def test_a_quoted_programme_after_its_level_is_no_project(nlp):
    # 市级|“消薄”项目: the city's programme, whose projects it funds
    found = ents(nlp, "今年该村利用市级“强村”项目，把旧校舍改造为创业园。")
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert ("湘商回归", "PROJECT") in ents(nlp, "“湘商回归”项目开工。")


@pytest.mark.parametrize("text", [
    "近年来，该镇大力发展村集体经济项目，创建了一批示范典型。",
    "某市举办的某市首届村级集体经济项目“赛马”大赛落下帷幕。",
])
def test_a_kind_of_village_project_urged_or_contested_names_none(nlp, full_nlp, text):
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, text)
        assert not [e for e in found if e[1] == "PROJECT" or e[0].endswith("村")], found


def test_a_brand_read_as_an_adverb_after_an_amount_opens_the_project(nlp, full_nlp):
    # "总投资60亿元的|一力(d)|物流项目": the name starts after the amount's 的, whatever jieba reads
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, "总投资约60亿元的一力物流项目分两个片区进行开发。")
        assert ("一力物流项目", "PROJECT") in found, found
        assert not ents(pipeline, "总投资3亿元的一力推进项目。")


def test_port_side_is_no_port(nlp, full_nlp):
    # 临港 ("port-side"): 临港集疏运中心, 临港产业 name no place
    for pipeline in (nlp, full_nlp):
        assert not ents(pipeline, "项目分临港集疏运中心和公铁联运两个片区开发。")
        # ... but in a list of towns it is the area so named
        assert ("临港", "PLACE") in ents(pipeline, "一行还先后到奉城、金汇以及临港、海港，走访了企业。")


def test_a_districts_first_character_read_as_a_classifier_after_its_city_is_put_back(nlp, full_nlp):
    # "雅安市|名(q)|山区|人民政府": 名山区's government, not a 山区 ("mountain area") one
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, "集团公司与雅安市名山区人民政府签订战略合作框架协议。")
        assert ("雅安市名山区人民政府", "AGENCY") in found, found


def test_an_item_joining_two_products_is_a_project_not_a_firm(nlp, full_nlp):
    # "佳士博|高档速冻食品加工|及|冷链物流等…项目": the firm, then what it builds; 物流 ends the second product
    for pipeline in (nlp, full_nlp):
        found = ents(pipeline, "烟叶复烤仓储设施、嘉士达高档速冻食品加工及冷链物流等46个重点项目集中开工。")
        assert [e for e in found if e[1] == "PROJECT" and e[0].endswith("高档速冻食品加工及冷链物流")], found
        assert not [e for e in found if e[1] == "COMPANY" and "及" in e[0]], found
        assert ("宏泰物流", "COMPANY") in ents(pipeline, "宏泰物流、华源化工等项目开工。")


def test_qualities_before_a_generic_head_name_no_project(nlp, full_nlp):
    # "一批|引擎|性|支撑|性|重大产业项目": what the batch is to be, no project named
    for pipeline in (nlp, full_nlp):
        assert not ents(pipeline, "我省谋划实施一批引擎性支撑性重大产业项目。")
        found = ents(pipeline, "宏达公司功能性食品加工项目开工。")
        assert ("功能性食品加工项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("上午,满洲里自贸片区与一家物流企业签订协议。", ("满洲里自贸片区", "PLACE"), "贸片区"),
    ("签约仪式在自贸片区管委会举行。", ("自贸片区管委会", "AGENCY"), "贸片区管委会"),
    ("珲春自贸区引进了三家加工企业。", ("珲春自贸区", "PLACE"), "贸区"),
])
def test_a_free_trade_zone_keeps_its_short_name_whole(nlp, text, wanted, unwanted):
    # jieba's dictionary lacks 自贸: its guess cut 自 off as "from", which left 贸片区
    found = ents(nlp, text)
    assert wanted in found, found
    assert not [e for e in found if e[0] == unwanted], found


@pytest.mark.parametrize("text, name", [
    ("占地800亩红石沟光伏发电项目已并网发电。", "红石沟光伏发电项目"),
    ("同时,占地120亩金穗粮食仓储项目开工建设。", "金穗粮食仓储项目"),
    ("用地面积60亩瑞丰冷链物流项目完成主体施工。", "瑞丰冷链物流项目"),
    ("总投资8亿元金穗粮食深加工项目已开工。", "金穗粮食深加工项目"),
])
def test_a_projects_land_or_investment_before_its_name_is_not_part_of_it(nlp, text, name):
    # "占地|800|亩|红石沟…项目": how much land the project takes, as its investment, comes before its name
    found = ents(nlp, text)
    assert (name, "PROJECT") in found, found
    assert not [e for e in found if e[0].startswith(("占地", "用地", "总投资"))], found


@pytest.mark.parametrize("text, committee, unwanted", [
    ("多年来,县委政府高度重视茶产业发展。", "县委", "县委政府"),
    ("近年来,旗委政府引进了多家龙头企业。", "旗委", "旗委政府"),
    ("镇党委政府组织召开项目推进会。", "镇党委", "镇党委政府"),
])
def test_a_committee_written_with_its_government_is_no_office_of_its_own(nlp, text, committee, unwanted):
    # "县委政府": the party committee and the government, as 县委县政府; no office is named 县委(人民)政府
    found = ents(nlp, text)
    assert (committee, "AGENCY") in found, found
    assert not [e for e in found if e[0] == unwanted], found


def test_an_office_written_after_the_autonomous_region_level_is_named_whole(nlp):
    # "自治区|投资|促进|局": the region's office, as 省投资促进局 is the province's, not a bare 投资促进局
    found = ents(nlp, "记者从自治区投资促进局了解到，今年将举办三场招商活动。")
    assert ("自治区投资促进局", "AGENCY") in found, found


@pytest.mark.parametrize("text, office", [
    ("原大坪乡公所办公厅舍于民国六十年兴建完成。", "大坪乡公所"),
    ("大坪乡公所新建行政大楼办公厅舍举行动土典礼。", "大坪乡公所"),
])
def test_an_offices_premises_are_no_office(nlp, text, office):
    # "办公厅舍", a township office's building in Taiwan's papers, ends like 办公厅 and is none
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found
    assert not [e for e in found if e[0].endswith("办公厅")], found


@pytest.mark.parametrize("text, name", [
    ("市发展改革委召开会议。", "市发展改革委"), ("国家发展改革委批复了项目。", "国家发展改革委"),
    ("县发展改革局牵头推进。", "县发展改革局"), ("省卫生健康委召开会议。", "省卫生健康委"),
    ("省人力资源社会保障厅召开会议。", "省人力资源社会保障厅"),
])
def test_the_official_short_form_of_the_development_and_reform_commission_is_an_office(nlp, text, name):
    # 发展改革委, 卫生健康委, 人力资源社会保障厅: what governments write themselves, between 发改委 and
    # 发展和改革委员会
    assert (name, "AGENCY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, zone, glued", [
    ("招商项目落户滨州经济开发区精细化工园区。", "滨州经济开发区", "精细化工"),
    ("签约仪式在汶上经济开发区纺织园区举行。", "汶上经济开发区", "纺织园区"),
    ("宏远农机项目落户聊城经济技术开发区化工园区。", "聊城经济技术开发区", "化工"),
])
def test_a_park_inside_a_zone_leaves_the_zone_its_own_place(nlp, text, zone, glued):
    # "某某经济开发区|化工|园区": the park of a trade inside the zone; neither the zone and its park as
    # one place, nor the zone and its trade as a firm
    found = ents(nlp, text)
    assert (zone, "PLACE") in found, found
    assert not [e for e in found if e[0].startswith(zone) and e[0] != zone and glued in e[0]], found


def test_new_that_opens_a_trade_is_part_of_the_name(nlp):
    # "新|材料|国际产业园": 新 is trimmed from "新项目", but 新材料 is a trade
    found = ents(nlp, "当天，开发区、新材料国际产业园、锂电池配套等项目参与集中开工。")
    assert ("新材料国际产业园", "PROJECT") in found, found


def test_a_place_that_runs_from_a_title_over_a_persons_name_is_none(nlp):
    # "县委书记董|路|明": a given name that holds 路 after a title and a surname is no road
    found = ents(nlp, "县委书记董路明宣布项目开工，镇长王建路主持仪式。")
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text, firm, project", [
    ("宏达化工有限公司一期项目正式投产。", "宏达化工有限公司", "一期项目"),
    ("宏达化工有限公司二期项目开工建设。", "宏达化工有限公司", "二期项目"),
])
def test_a_phase_after_a_firms_legal_name_is_the_firms_project(nlp, text, firm, project):
    # "…有限公司|一期|项目": the firm named in full, then its project's phase; before, the firm alone
    # (一期 is an adverb to jieba) or one project of both (二期)
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found and (project, "PROJECT") in found, found


def test_the_towns_a_leader_is_paired_with_are_no_town(nlp):
    # "深入包联乡镇、村": the towns each leader is in charge of, none named
    found = ents(nlp, "县领导分别深入包联乡镇、村开展调研。")
    assert not [e for e in found if e[1] == "PLACE"], found


def test_a_brands_first_character_read_as_in_after_an_amount_opens_the_project(nlp):
    # "总投资80亿元的|中(f)|玻|光伏…项目": jieba reads the brand's first character as "in"
    found = ents(nlp, "新签约的项目中，有总投资80亿元的中玻光伏新材料产业基地项目。")
    assert ("中玻光伏新材料产业基地项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, firm", [
    ("项目投资方浙江远望机械有限公司负责人说，厂房已经封顶。", "浙江远望机械有限公司"),
    ("承建方中铁十局集团有限公司表示将确保工期。", "中铁十局集团有限公司"),
    ("开发商碧桂园集团负责人介绍，小区明年交付。", "碧桂园集团"),
    ("地主台糖公司副总经理到场说明。", "台糖公司"),
])
def test_the_part_a_firm_plays_before_its_name_is_not_in_it(nlp, text, firm):
    # 投资方, 承建方, 开发商, 地主 (the landowner): what the firm is to the project, said before its name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found
    assert not [e for e in found if e[0].endswith(firm) and e[0] != firm], found


@pytest.mark.parametrize("text, project", [
    ("园区内年产8万吨乙二醇、3万吨聚酯切片及配套设施项目已完成主体施工。", "年产8万吨乙二醇、3万吨聚酯切片及配套设施项目"),
    ("恒泰公司年产20万吨醋酸、甲醇制氢及配套公用工程项目开工建设。", "年产20万吨醋酸、甲醇制氢及配套公用工程项目"),
    ("金源集团年产6万吨磷酸铁、4万吨磷酸铁锂项目在园区签约。", "年产6万吨磷酸铁、4万吨磷酸铁锂项目"),
])
def test_a_projects_stated_output_listing_its_goods_is_one_name(nlp, text, project):
    # "年产…A、…B及配套…项目": the goods the plant makes, listed, then the project's head; no item of the
    # list is a project of its own
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    assert not [e for e in found if e[1] == "PROJECT" and e[0] != project], found


def test_projects_of_stated_outputs_listed_before_deng_stay_apart(nlp):
    # "年产…饲料、…有机肥等项目": 等 closes a list of projects, each named by its output
    found = ents(nlp, "年产12万吨饲料、4万吨有机肥等项目进展顺利。")
    assert ("年产12万吨饲料、4万吨有机肥", "PROJECT") not in found, found
    assert not [e for e in found if "等" in e[0]], found


@pytest.mark.parametrize("text, firm", [
    ("庭审中，被告宏泰商贸有限公司的代理人未到庭。", "宏泰商贸有限公司"),
    ("原告农商银行城东支行诉请归还借款本息。", "农商银行城东支行"),
    ("被执行人锦程房地产开发有限公司名下的三套房产已被查封。", "锦程房地产开发有限公司"),
    ("该地块竞得人为金穗置业有限公司，成交价1.2亿元。", "金穗置业有限公司"),
])
def test_the_part_a_firm_plays_in_a_suit_or_a_sale_before_its_name_is_not_in_it(nlp, text, firm):
    # 被告, 原告, 被执行人, 竞得人 (and jieba's 人为 of "竞得人为…"): a court's report or a notice names
    # the firm's part in the case or the sale before its name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found
    assert not [e for e in found if e[0].endswith(firm) and e[0] != firm], found


@pytest.mark.parametrize("text", [
    "园区入驻了新型材料、机电加工、农副产品深加工等企业。",
    "开发区已形成以高端装备、木材精深加工、绿色食品等产业为主的企业集群。",
])
def test_kinds_of_firm_said_by_their_goods_and_work_are_no_firms(nlp, text):
    # "机电|加工", "农副产品|深加工", "新型|材料" before 等企业: trades, as 食品加工 and 新型建材 are
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_firms_listed_with_a_trade_word_after_their_name_are_kept(nlp):
    found = ents(nlp, "园区引进了宏达机械、华星食品等企业。")
    assert ("宏达机械", "COMPANY") in found and ("华星食品", "COMPANY") in found, found


@pytest.mark.parametrize("text, project", [
    ("镇里与客商签约10万只蛋鸡养殖项目。", "10万只蛋鸡养殖项目"),
    ("由宏远集团投资的200万兆瓦时储能电站项目正式开工。", "200万兆瓦时储能电站项目"),
])
def test_a_capacity_jieba_cuts_at_its_magnitude_stays_whole_in_the_project(nlp, text, project):
    # "10|万|只…": the number, 万 and the unit are one capacity; the project does not open at 万
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    assert not [e for e in found if e[0].startswith("万")], found


@pytest.mark.parametrize("text, firm", [
    ("中国电建集团贵阳勘测设计研究院有限公司负责勘察设计。", "中国电建集团贵阳勘测设计研究院有限公司"),
    ("国家电投集团宁夏能源铝业有限责任公司计划新建光伏电站。", "国家电投集团宁夏能源铝业有限责任公司"),
])
def test_a_units_long_legal_name_keeps_its_groups_short_name(nlp, text, firm):
    # "中国电建|集团|…有限公司": past the word limit the group's short name still opens the unit's name;
    # no company is named "集团…"
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found
    assert not [e for e in found if e[0].startswith("集团")], found


@pytest.mark.parametrize("text, place", [
    ("宏运集团在南靖投建的钢构生产项目，总投资8亿元。", "南靖"),
    ("华兴公司在武平投资建设风电场。", "武平"),
    ("客商纷纷在三明投资兴业。", "三明"),
])
def test_a_divisions_short_alias_where_a_firm_invests_is_the_division(nlp, text, place):
    # "在|南靖|投建": jieba reads 南靖 as a time word and 武平 as a given name; between 在 and what is
    # done there they are the county
    assert (place, "PLACE") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", ["他在三明学院读书。", "武平在会上发言。"])
def test_a_short_alias_opening_a_name_or_alone_stays_unplaced(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PLACE"], ents(nlp, text)


def test_a_park_of_one_more_trade_after_a_trade_name_is_one_park(nlp):
    # "华腾现代智能物流|装备产业园": the park's fields, named by common words; no firm 华腾现代智能物流
    found = ents(nlp, "全县在华腾现代智能物流装备产业园组织开展项目集中开工活动。")
    assert ("华腾现代智能物流装备产业园", "PROJECT") in found, found
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_a_park_in_a_list_of_firms_is_a_project(nlp):
    # "投资50亿元的某某智慧科技|城、…等一批高新技术企业落户": the 城 the firms build is no firm
    found = ents(nlp, "投资50亿元的华腾智慧科技城、投资8亿元的宏达新材料等一批高新技术企业落户本县。")
    assert ("华腾智慧科技城", "PROJECT") in found, found


def test_one_character_and_a_phase_name_no_project(nlp):
    # "拓展|区|一期|工程用地": the expansion zone's first phase; 区一期工程 is no project's name
    found = ents(nlp, "要抓紧落实拓展区一期工程用地指标。")
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text, kept", [
    ("▲县长林明溱宣告南投旺来产业园区启动。", None),
    ("项目位于芜湖市长江路。", "长江路"),
])
def test_a_place_that_opens_with_the_name_after_a_title_is_none(nlp, text, kept):
    # "县长|林明溱宣告南投旺来产业园区": a person after the title, then the verb; but 芜湖|市|长江路 holds no mayor
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE" and e[0].startswith("林")], found
    if kept:
        assert (kept, "PLACE") in found, found


def test_a_known_firms_name_opening_a_hotel_names_the_hotel(nlp):
    # "在桂田中信|酒店举办": the venue is named for the brand; the firm takes no part
    found = ents(nlp, "经济发展处今日在桂田中信酒店举办招商说明会。")
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_a_park_of_one_more_trade_keeps_its_phase_in_a_list(nlp):
    # "华腾现代智能物流装备产业园2期、…等9个项目": the park's second phase, no firm 华腾现代智能物流
    found = ents(nlp, "县长介绍了华腾现代智能物流装备产业园2期、宏丰公司铸型材料等9个项目。")
    assert ("华腾现代智能物流装备产业园2期", "PROJECT") in found, found


@pytest.mark.parametrize("text, project, longer", [
    ("双方将在北环路拓宽项目及风力发电、储能电站等项目上开展合作。", "北环路拓宽项目", "北环路拓宽项目及风力发电"),
    ("重点推进云岭物流园项目及冷链仓储、分拣中心等项目。", "云岭物流园项目", "云岭物流园项目及冷链仓储"),
])
def test_a_list_item_ends_at_its_project_word_before_a_conjunction(nlp, text, project, longer):
    # "…项目|及|风力发电、…等项目": the word 项目 closes the first item; 及 joins it to the next
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    assert not [e for e in found if e[0] == longer], found


@pytest.mark.parametrize("text, firms", [
    ("开发区现有恒丰纸业、金鹏制药等规上企业32家。", {"恒丰纸业", "金鹏制药"}),
    ("园区现有云川汽车装备、亿达精密机械等生产企业。", {"云川汽车装备", "亿达精密机械"}),
    ("园区现有华宇汽车，年产整车5万辆。", {"华宇汽车"}),
])
def test_a_list_of_firms_starts_after_the_verb_of_having(nlp, text, firms):
    # "开发区|现有|恒丰纸业、…": jieba reads 现有 ("now has") as an adjective, which the first firm kept
    found = ents(nlp, text)
    assert {(f, "COMPANY") for f in firms} <= set(found), found
    assert not [e for e in found if "现有" in e[0]], found


@pytest.mark.parametrize("text, name, label", [
    ("县长详细介绍了中盛白羽肉鸡养殖基地、杏鲍菇生产厂房建设等5个项目。", "中盛白羽肉鸡养殖基地", "PROJECT"),
    ("该县先后引进了中铂新能源、宏远电子等企业。", "中铂新能源", "COMPANY"),
])
def test_a_names_first_character_after_a_verbs_le_is_no_locative(nlp, text, name, label):
    # "介绍了|中(f)|盛白羽…": a locative follows the noun it places; after 了 中 opens the name
    found = ents(nlp, text)
    assert (name, label) in found, found
    assert not [e for e in found if e[0] == name[1:]], found


@pytest.mark.parametrize("text", [
    "33个重点工程中东海大道、西湖路等项目进展顺利。",
    "开发区内某某和中高端白酒灌装基地项目开工。",
])
def test_a_locative_after_a_noun_or_a_conjunction_opens_no_name(nlp, text):
    # "重点工程|中|东海大道": 中 after a noun places the list in its group; "和|中高端": a range of grades,
    # one word (a project of such goods keeps it, the joiner before it none)
    found = ents(nlp, text)
    assert not [e for e in found if e[0].startswith(("中", "和")) and not e[0].startswith("中高端")], found


@pytest.mark.parametrize("text", [
    "该县谋划涵盖农产品加工、文旅、城市基础设施升级等项目50余个。",
    "全市储备涵盖冷链物流、乡村旅游、城镇基础设施提升等项目80个。",
])
def test_the_fields_a_list_of_projects_covers_name_no_project(nlp, text):
    # "涵盖|A、B、C等项目": kinds of business, as after 涉及
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_list_the_projects_cover_still_names_a_headed_project(nlp):
    found = ents(nlp, "本次开工项目涵盖宏达公司年产5万吨饲料项目、城南物流园等12个项目。")
    assert ("城南物流园", "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "中国旅游集团、中国物流集团等35家央企集团负责人参加。",
    "华润集团等12家央企集团负责人出席。",
])
def test_a_counts_classifier_glued_to_a_kind_of_firm_names_no_firm(nlp, text):
    # "12|家央企(x)|集团": jieba glued the count's 家 to the kind of firm counted
    found = ents(nlp, text)
    assert not [e for e in found if e[0].startswith("家")], found


@pytest.mark.parametrize("text, name, label", [
    ("民营企业500强金泰钢构项目在园区正式签约。", "金泰钢构项目", "PROJECT"),
    ("中国民营500强华信家居、恒通物流等知名企业有意来县投资。", "华信家居", "COMPANY"),
])
def test_a_ranking_before_a_firm_is_no_part_of_its_name(nlp, text, name, label):
    # "民营企业|500|强|金泰|钢构|项目": the ranking the firm is on, then its name
    found = ents(nlp, text)
    assert (name, label) in found, found
    assert not [e for e in found if "强" in e[0]], found


def test_a_city_and_one_character_before_a_brand_is_no_firm(nlp):
    # "长沙|欣|缤纷|时代": jieba cut the brand's first character off; the item is the project, with its city
    found = ents(nlp, "长沙欣缤纷时代、华美家居等商贸项目3个。")
    assert not [e for e in found if e[0] == "长沙欣"], found
    assert ("长沙欣缤纷时代", "PROJECT") in found, found


def test_the_venue_of_an_event_is_no_part_of_a_project(nlp):
    found = ents(nlp, "主会场科瑞达二期项目总投资3.6亿元，新建4条生产线。")
    assert ("科瑞达二期项目", "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "江陵县2023年二季度集中开工项目18个。",
    "该区今年上半年签约项目26个。",
])
def test_a_quarter_or_a_half_year_names_no_project(nlp, text):
    # "某县|2023|年|二季度|集中开工": the time of the batch, after its county
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_firm_short_named_by_its_biochemical_trade(nlp):
    found = ents(nlp, "跨国集团与我县金桥生化就原料供应达成合作。")
    assert ("金桥生化", "COMPANY") in found, found


def test_the_papers_own_county_glued_to_a_brand_is_no_part_of_the_firm(nlp):
    # "与|我|县华宇(x)|药业": a guess glued the county of 我县 to the brand
    found = ents(nlp, "跨国集团与我县华宇药业就原料供应达成合作。")
    assert ("华宇药业", "COMPANY") in found, found


def test_a_count_of_firms_right_after_a_list_ends_it_as_deng_does(nlp):
    # "A、B、C|6|家|企业|代表": no 等 before the count, and every item is a firm
    found = ents(nlp, "江苏恒达电梯、沈阳市华远电磁线、成都佳鑫机械6家企业代表分别签订了投资协议书。")
    for name in ("江苏恒达电梯", "沈阳市华远电磁线", "成都佳鑫机械"):
        assert (name, "COMPANY") in found, found


def test_people_and_a_count_of_firms_name_no_firm(nlp):
    found = ents(nlp, "县领导李明、王强及30家企业代表参加。")
    assert not [e for e in found if e[1] == "COMPANY"], found


@pytest.mark.parametrize("text", [
    "该区把项目建设列为各部门的“一把手”工程。",
    "全县把招商引资作为“头号工程”来抓。",
])
def test_work_the_chief_runs_himself_names_no_project(nlp, text):
    # “一把手”工程: a phrase for a duty, quoted for stress
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_count_of_towns_in_a_slogan_names_no_place(nlp):
    # "现代化某市“三城”建设": a numeral and 城, no town named (三河, 九江 are the gazetteer's)
    found = ents(nlp, "会上介绍了现代化许昌“四城”建设情况。")
    assert not [e for e in found if e[0] == "四城"], found


def test_a_count_of_villages_right_after_their_list_ends_it(nlp):
    # "A、B、C|4|个村": no 等 before the count; each item is a village, the count none
    found = ents(nlp, "引导东岭、石塘、河湾、平岗4个村与中心村共建产业园。")
    for name in ("东岭", "石塘", "平岗"):
        assert (name, "PLACE") in found, found
    assert not [e for e in found if "个村" in e[0]], found


@pytest.mark.parametrize("text", [
    "该镇引入乡村特色农业产业项目。",
    "国电公司与该旗签订合作开发风力发电项目的框架协议。",
])
def test_bringing_in_or_developing_together_opens_no_project(nlp, text):
    found = ents(nlp, text)
    assert not [e for e in found if e[0].startswith(("引入", "合作开发"))], found


def test_a_banner_by_its_alias_and_level_is_the_banner(nlp):
    # "代表鄂温克旗与…签署": no suffix rule reads 旗 (红旗), so the written form is the gazetteer's
    found = ents(nlp, "旗委书记代表鄂伦春旗与某集团签署合作协议，会场挂满红旗。")
    assert ("鄂伦春旗", "PLACE") in found, found
    assert not [e for e in found if e[0] == "红旗"], found


@pytest.mark.parametrize("text", [
    "规划总占地12000亩，一期光伏项目占地3000亩。",
    "该旗二期风电项目计划明年开工。",
])
def test_a_phase_and_a_kind_of_plant_name_no_project(nlp, text):
    # "一期|光伏|项目": which part of the project the article named, by its kind alone
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_yiji_joins_two_items_whatever_the_first_ends_with(nlp):
    # "A科技|以及|G357某段路面改造工程等3个项目": a conjunction no name holds
    found = ents(nlp, "县领导参加金辉新材料、宏鼎科技以及G205东岭镇至城南开发区路面改造工程等3个项目开工仪式。")
    assert not [e for e in found if "以及" in e[0]], found
    assert ("G205东岭镇至城南开发区路面改造工程", "PROJECT") in found, found


def test_zhi_counts_projects(nlp):
    # "等|12|只|项目": southern Jiangsu's papers count projects by 只
    found = ents(nlp, "宏诚电缆船用矿用橡套电缆等15只项目正抓紧建设中。")
    assert not [e for e in found if e[0].startswith("15")], found


@pytest.mark.parametrize("text, name", [
    ("我市将全力支持远景设计研究院有限公司在当地发展。", "远景设计研究院有限公司"),
    ("我们将大力支持宏泰科技有限公司在县发展。", "宏泰科技有限公司"),
])
def test_backing_a_firm_is_no_part_of_its_name(nlp, text, name):
    # "全力支持(n)|…有限公司": jieba glues the adverb to the verb and reads the word as a noun
    found = ents(nlp, text)
    assert (name, "COMPANY") in found, found


@pytest.mark.parametrize("text, firm, project", [
    ("与多家企业签订葛洲坝四川甘孜县某某500兆瓦光伏发电项目、德格县5万千瓦光伏发电项目等3个项目合作协议。",
     "葛洲坝", "四川甘孜县某某500兆瓦光伏发电项目"),
    ("签约项目包括华能甘肃酒泉100万千瓦风电项目等。", "华能", "甘肃酒泉100万千瓦风电项目"),
])
def test_a_province_after_a_firms_short_name_opens_its_project(nlp, text, firm, project):
    # "葛洲坝|青海|玛多县|花石峡|1000兆瓦…": no province sits inside a firm's short name; where the project is
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found and (project, "PROJECT") in found, found


def test_settling_the_projects_problems_names_no_project(nlp):
    # "现场办公|协调|解决|项目建设存在的困难": what is done for the projects in general
    found = ents(nlp, "县长现场办公协调解决项目建设存在的困难和问题。")
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_firms_plant_area_is_no_place(nlp):
    # "来到|某某食品|新厂区": the firm's plant, which the suffix 区 would make a place
    found = ents(nlp, "市县领导一行来到金穗食品新厂区参观视察。")
    assert not [e for e in found if e[0].endswith("厂区")], found


def test_a_listed_short_name_opening_a_fairs_name_is_no_firm(nlp):
    # "中国|西藏旅游|文化国际博览会": the short name of a listed firm, as a word of the fair's name
    found = ents(nlp, "第五届中国西藏旅游文化国际博览会在拉萨开幕。")
    assert not [e for e in found if e[1] == "COMPANY"], found
    assert ("西藏旅游", "COMPANY") in ents(nlp, "西藏旅游与当地签订合作协议。")


def test_developing_together_after_a_zones_name_is_the_projects(nlp):
    # "某某临空经济区|合作开发|项目": the name's, unlike "签订|合作开发|…项目的框架协议", the clause's verb
    found = ents(nlp, "签约项目包括宏航东丽临空经济区合作开发项目。")
    assert ("宏航东丽临空经济区合作开发项目", "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "该区着力招引一批科技型、链主型、补链型项目落地。",
    "全县一批产业链固链强链项目相继投产。",
])
def test_a_projects_part_in_a_chain_or_its_type_names_no_project(nlp, text):
    # "补链|型|项目", "延链|强链|项目": the kinds of project a county seeks, none named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text", [
    "该县对2021年度自治区首批技术改造项目进行申报。",
    "这是2018年度自治州第二批扶持资金。",
])
def test_a_year_before_a_regions_level_word_names_no_place(nlp, text):
    # "2021|年度(n)|自治区": jieba reads 年度 as a noun after its number; a date, then the region in general
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text, verb", [
    ("商会将组织会员企业考察,大力支持陇原产业园发展。", "支持"),
    ("各方代表齐聚一堂,共商工业园区转型方向。", "共商"),
])
def test_backing_or_discussing_a_park_is_no_part_of_its_name(nlp, text, verb):
    # "大力支持(nr)|某某产业园", "共商(n)|工业园区": the clause's verb, though jieba reads it as a name or a noun
    found = ents(nlp, text)
    assert not [e for e in found if verb in e[0]], found


@pytest.mark.parametrize("text, name", [
    ("申报企业有张掖万家福商贸有限公司等五家。", "张掖万家福商贸有限公司"),
    ("项目由哈密百家福食品有限责任公司投资。", "哈密百家福食品有限责任公司"),
])
def test_a_count_and_a_character_after_a_firms_place_are_its_brand(nlp, text, name):
    # "张掖|万家(m)|福|商贸有限公司": jieba reads the brand's first two characters as a count
    found = ents(nlp, text)
    assert (name, "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    "全县已规划建设6大工业区,用地基本饱和。",
    "该市依托3大工业园区承接产业转移。",
])
def test_a_count_in_figures_before_a_kind_of_zone_names_no_zone(nlp, text):
    # "6|大(a)|工业区": how many zones, counted in figures, whose classifier jieba reads as an adjective
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text", [
    "数字化、智能化成为冷链项目建设的新趋势。",
    "绿色化成为新材料产业园发展的主攻方向。",
])
def test_what_a_trend_becomes_is_no_part_of_a_name(nlp, text):
    # "智能化|成为|冷链项目…": the trend, its verb, then what it becomes; 成为 is never inside a name
    found = ents(nlp, text)
    assert not [e for e in found if "成为" in e[0]], found


@pytest.mark.parametrize("text", [
    "现代物流、生物医药、新兴产业等12个项目现场签约。",
    "文化旅游、装备制造、战略性新兴产业等9个项目集中开工。",
])
def test_a_field_listed_before_a_count_of_projects_names_no_project(nlp, text):
    # "…、新兴产业(nt)|等12个项目": the fields the projects are in, though jieba reads one as a body's name
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text, firm", [
    ("博瑞食品年屠宰30万头肉牛项目建成投产。", "博瑞食品"),
    ("博瑞食品年屠宰30万头肉牛项目、城东物流园项目等同日开工。", "博瑞食品"),
])
def test_a_years_rate_whatever_jieba_tags_its_verb_ends_the_firm_before_it(nlp, text, firm):
    # "…食品|年|屠宰(nr)|80|万头…": the verb between 年 and the number is the rate's, no firm's
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found
    assert not [e for e in found if e[1] == "COMPANY" and "屠宰" in e[0]], found


@pytest.mark.parametrize("text, group", [
    ("在龙头企业带动下,瑞丰集团纺织项目也将于年底入驻。", "瑞丰集团"),
    ("开发区新签约永盛集团化工项目,总投资8亿元。", "永盛集团"),
])
def test_a_trade_after_a_groups_name_is_its_projects_not_the_firms(nlp, text, group):
    # "瑞丰|集团|纺织|项目": a short name never holds its group's word, so 纺织 is what the group builds
    found = ents(nlp, text)
    assert (group, "COMPANY") in found, found
    assert not [e for e in found if e[1] == "COMPANY" and e[0] != group and e[0].startswith(group)], found


@pytest.mark.parametrize("text", [
    "该项目全部建成后,将建设成为康达食品华南国际食品产业园。",
    "项目将建设成为鑫达纺织东盟国际纺织产业园。",
])
def test_what_a_plant_is_to_become_starts_after_the_verb(nlp, text):
    # "建设|成为|某某产业园": the verb of becoming is the clause's, the park's name follows it
    found = ents(nlp, text)
    assert [e for e in found if e[0].endswith("产业园")], found
    assert not [e for e in found if "成为" in e[0]], found


@pytest.mark.parametrize("text, name", [
    ("集团将立足当地资源,不断发展壮大产业园区。", None),
    ("全县上下齐心,全力发展壮大青山工业园区。", "青山工业园区"),
])
def test_a_verb_of_growing_a_park_is_no_part_of_its_name(nlp, text, name):
    # "发展壮大(l)|产业园区": jieba reads the verb as an idiom, which a strong suffix took in
    found = ents(nlp, text)
    assert not [e for e in found if "壮大" in e[0]], found
    if name:
        assert (name, "PLACE") in found, found


@pytest.mark.parametrize("text, office", [
    ("省商务厅与珠海市贸易投资促进局签署合作备忘录。", "珠海市贸易投资促进局"),
    ("县商务局与福州市经贸投资促进局签约。", "福州市经贸投资促进局"),
])
def test_trade_opens_an_investment_offices_full_name_after_its_place(nlp, text, office):
    # "珠海市|贸易|投资促进局": the field is the office's, as 招商 is, so the place before it is too
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found


@pytest.mark.parametrize("text, firm", [
    ("会上恭喜宏远精密股份有限公司荣获金奖。", "宏远精密股份有限公司"),
    ("县长祝贺华康电子股份有限公司获奖。", "华康电子股份有限公司"),
])
def test_congratulating_a_firm_comes_before_its_name(nlp, text, firm):
    # "恭喜(a)|宏远精密股份有限公司": the verb of honouring a body is never in its name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text, place", [
    ("华兴集团计划出资8亿元在钟祥建造现代农业产业园。", "钟祥"),
    ("该集团拟在乐山修建光伏装备产业园。", "乐山"),
])
def test_a_verb_of_building_ends_the_site_and_opens_no_plant(nlp, text, place):
    # "在|钟祥|建造|…产业园": the site, the verb, then the plant, as with 建设
    found = ents(nlp, text)
    assert (place, "PLACE") in found, found
    assert not [e for e in found if "建造" in e[0] or "修建" in e[0]], found


@pytest.mark.parametrize("text", [
    "会议邀请县内工业区、市商务局等单位代表参加。",
    "要推动区内工业园区提质升级。",
])
def test_within_a_divisions_level_says_which_zones_and_names_none(nlp, text):
    # "县内|工业区": the zones inside the county, as 境内 says, no zone's name
    found = ents(nlp, text)
    assert not [e for e in found if e[0].endswith(("工业区", "工业园区"))], found


@pytest.mark.parametrize("text", [
    "该区已成为全市规模最大的综合性工业区。",
    "规划建设一个综合工业园区。",
])
def test_a_zone_of_all_trades_is_a_kind_of_zone(nlp, text):
    # "综合性|工业区": what the zone is for, as 综合型 and 生态 say, no zone's name
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text, place", [
    ("澳门宜昌同乡联谊会近日成立。", "宜昌"),
    ("在东莞打工的岳阳老乡纷纷回乡创业。", "岳阳"),
])
def test_fellow_townsmen_of_a_place_name_no_township(nlp, text, place):
    # "宜昌|同乡|联谊会": people from the city, whose 乡 is no township's
    found = ents(nlp, text)
    assert (place, "PLACE") in found, found
    assert not [e for e in found if e[0].endswith(("同乡", "老乡"))], found


@pytest.mark.parametrize("text", [
    "各区县政府要切实担起责任。",
    "各镇政府、各村委会要积极配合。",
])
def test_an_office_after_every_kind_of_division_is_no_ones(nlp, text):
    # "各区|县政府": jieba glued 各 to the first kind of division; every district's and county's
    # government, as 各区县政府 is, and "各|镇政府" every town's
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "AGENCY"], found


@pytest.mark.parametrize("text", [
    "今年以来，城东、河口两个工业园区共开工建设项目46项。",
    "一至五月，滨湖新区共竣工项目12个。",
])
def test_a_total_before_a_status_verb_counts_projects_where_they_are(nlp, text):
    # "两个工业园区|共|开工": where the projects are counted, and how many; no project is named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text", [
    "一季度经开区新签约项目9个，总投资31亿元。",
    "前三季度开发区完成固定资产投资18亿元。",
])
def test_a_quarter_before_a_zone_is_a_date_not_its_name(nlp, text):
    # "一季度(mq)|经开区": jieba reads the quarter as a count; a date of the zone in general
    found = ents(nlp, text)
    assert not [e for e in found if "季度" in e[0]], found


def test_a_firms_line_of_a_stated_output_is_its_project(nlp):
    # "…有限公司|年产…生产线|正在建设": the line is what the firm builds, though no 项目 ends it
    found = ents(nlp, "临河新材有限公司年产3万吨碳纤维复合板生产线正在加紧建设。")
    assert ("临河新材有限公司", "COMPANY") in found, found
    assert ("年产3万吨碳纤维复合板生产线", "PROJECT") in found, found


@pytest.mark.parametrize("text, zone", [
    ("縣府自去年起辦理石岡工業區的編定開發。", "石冈工业区"),
    ("市政府已核准东湾工业区的扩区方案。", "东湾工业区"),
])
def test_an_offices_verb_tagged_as_a_noun_opens_no_zones_name(nlp, text, zone):
    # "辦理(n)|石岡|工業區": jieba's dictionary reads the verb as a noun; the zone starts after it
    found = ents(nlp, text)
    assert (zone, "PLACE") in found, found


@pytest.mark.parametrize("text", [
    "環委會林某某副主委昨日表示，將加速審查。",
    "该会王某主委指出，园区将于年内动工。",
])
def test_a_committees_chair_is_a_post_not_an_office(nlp, text):
    # "…會|林某某|副主委": 主委 is the chair's title after his name, no office ending in 委
    found = ents(nlp, text)
    assert not [e for e in found if e[0].endswith("主委")], found


@pytest.mark.parametrize("text", [
    "县政府与河北昌盛物流有限公司、天津蓝桥远航电子科技有限公司两家企业签约。",
    "天津蓝桥远航电子科技有限公司与该县签约。",
])
def test_a_brand_jieba_reads_as_a_verb_after_its_unknown_half_stays_in_the_name(nlp, text):
    # "天津|蓝桥(nr)|远航(v)|电子科技有限公司": the place, the brand's two halves, the trade and the form
    found = ents(nlp, text)
    assert ("天津蓝桥远航电子科技有限公司", "COMPANY") in found, found


def test_a_trade_after_a_word_ending_in_a_groups_word_is_the_groups_product(nlp):
    # "东岳|汽车集团|汽车…": jieba writes the group's word with the trade before it; the trade after it
    # is what the group makes, no part of its name
    found = ents(nlp, "投资2亿元的山东东岳汽车集团汽车和配件生产项目昨日开工。")
    assert ("山东东岳汽车集团", "COMPANY") in found, found
    assert not [e for e in found if e[0].endswith("集团汽车")], found


def test_a_name_opening_with_the_character_its_clause_word_ends_with_keeps_it(nlp):
    # "其中|中(f)|雪|冷链物流园项目": 其中 took the first 中, and the second opens the project's name
    found = ents(nlp, "其中中雪冷链物流园项目总投资6亿元。")
    assert ("中雪冷链物流园项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, place", [
    ("上半年，柳州市自治区层面的重点项目完成投资80亿元。", "柳州市"),
    ("今年玉林市自治区级重大项目开工12个。", "玉林市"),
])
def test_an_autonomous_region_word_after_a_whole_city_is_its_level(nlp, text, place):
    # "柳州市|自治区层面": the level the city's projects are counted at, no region named after the city
    found = ents(nlp, text)
    assert (place, "PLACE") in found, found
    assert not [e for e in found if e[0].endswith("自治区")], found


@pytest.mark.parametrize("text, firm", [
    ("园区将引进杭州均和集团参与招商运营。", "杭州均和集团"),
    ("由福州亦和科技有限公司负责建设。", "福州亦和科技有限公司"),
])
def test_a_brand_opening_with_an_adverbs_character_after_its_city(nlp, text, firm):
    # "杭州|均|和|集团": right after the city's short name, the character jieba reads as an adverb opens
    # the brand, and the conjunction after it is the brand's second character
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text, office", [
    ("此举也凸显市商务局服务企业的决心。", "市商务局"),
    ("企业代表隆重市商务局颁发的证书。", "市商务局"),
    ("这份成绩也凸显园管局的招商努力。", "园管局"),
])
def test_a_word_of_the_clause_before_an_offices_level_is_not_its_name(nlp, text, office):
    # "凸显|市|投资促进局": a word before the level that opens the office's name is no place of
    # whose level it is; nor an adjective right before a whole office ("凸显(a)|园管局")
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found


@pytest.mark.parametrize("text, firm", [
    ("作为锂电龙头宁德时代集团，该企业今年加码投资。", "宁德时代集团"),
    ("行业龙头海螺水泥集团将在园区新建生产线。", "海螺水泥集团"),
])
def test_a_firms_lead_in_its_trade_before_its_name_is_not_part_of_it(nlp, text, firm):
    # "锂电|龙头|某某集团": the firm's standing in its trade, said before its name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found
    assert not [e for e in found if "龙头" in e[0]], found


@pytest.mark.parametrize("text", [
    "新签约项目涵盖康养旅游、文创医药等领域。",
    "园区重点发展文创医药、数字经济等多个领域。",
])
def test_an_item_of_a_list_of_fields_is_no_firm(nlp, text):
    # "文创|医药…等领域": a trade jieba cannot read before a firm's trade word is a field, no firm
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY"], found


@pytest.mark.parametrize("text, firms", [
    ("恒辉电缆、明达精工等一批“小巨人”企业快速成长。", ["恒辉电缆", "明达精工"]),
    ("園區引進宏昌電機、榮達光電等「專精特新」企業。", ["宏昌电机", "荣达光电"]),
])
def test_a_list_of_firms_whose_head_carries_a_quoted_label(nlp, text, firms):
    # "…等一批|“小巨人”|企业": the label in quotes before the list's head is no mark of the clause
    found = ents(nlp, text)
    for firm in firms:
        assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text, project", [
    ("105国道遂川县城至枫林段改造工程全长9公里。", "105国道遂川县城至枫林段改造工程"),
    ("省道S223线宁都县城至梅江段改造工程年底完工。", "省道S223线宁都县城至梅江段改造工程"),
    ("316国道万安县城至枫山段改造项目和滨江公园的建成，方便了群众出行。", "316国道万安县城至枫山段改造项目"),
])
def test_a_road_section_between_two_ends_is_one_project(nlp, text, project):
    # jieba glues the road's 至 to its ends ("县|城至|枫林", "县城|至枫|山段") and reads the section's 段
    # as a classifier after a known name: the whole road section, from its number on, is the project
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "由该公司投资建设的物流园年底投用。",
    "由该集团出资兴建的学校正式开学。",
])
def test_the_agent_before_a_back_reference_is_no_firm(nlp, text):
    # "由该|集团": jieba glued the agent's 由 to the pronoun, and the suffix rule took both as a firm's name
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY"], found


@pytest.mark.parametrize("text, office", [
    ("工作组走访了三县堡乡政府和乡卫生院。", "三县堡乡政府"),
    ("副县长一行到八乡山镇人民政府督导防汛工作。", "八乡山镇人民政府"),
])
def test_a_town_whose_name_opens_with_a_count_and_a_level_keeps_its_government(nlp, text, office):
    # "三县|一区" counts divisions, but 三县堡乡 is one township of the gazetteer: its government is its own
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found


@pytest.mark.parametrize("text, park", [
    ("新建的滨湖公园分为文化公园和湿地公园两个功能区。", "滨湖公园"),
    ("园内设有儿童乐园、体育公园等设施。", None),
])
def test_a_kind_of_park_names_no_park(nlp, text, park):
    # "文化公园|和|湿地|公园": the kinds of park a park holds, none of them a place of its own
    found = ents(nlp, text)
    places = [e for e in found if e[1] == "PLACE"]
    assert places == ([(park, "PLACE")] if park else []), found


def test_a_zones_name_jieba_cut_into_a_morpheme_and_a_character_is_whole(nlp):
    # "、|佑(zg)|碧(nr)|经济开发区": a rare first character jieba leaves as a morpheme still opens the zone's name
    found = ents(nlp, "考察团参观了台江工业园区、佑碧经济开发区和三穗工业园区。")
    assert ("佑碧经济开发区", "PLACE") in found, found


@pytest.mark.parametrize("text", [
    "全市扎实推进产业招商暨“千企入黔”工程。",
    "该县启动“百企进园”工程，年内引进企业30家。",
])
def test_a_campaign_that_counts_its_firms_is_no_project(nlp, text):
    # "“千企引进”工程": a campaign to bring in a thousand firms, whose projects it counts, no project
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text", [
    "力争4月底续建项目全部复工、二季度新建项目全部开工。",
    "确保年底前续建项目均复工、新开工项目全部开工。",
])
def test_a_clause_on_projects_of_a_kind_is_no_projects_name(nlp, text):
    # "续建项目|全部|复工、新建项目全部开工": two clauses on the year's projects, listed; the first is
    # no item of the second's list, and neither names a project
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text", [
    "督查组深入榆林能源化工基地检查招商工作。",
    "百色电子信息产业基地建设加快推进。",
])
def test_a_regions_base_of_several_trades_is_no_firm(nlp, text):
    # "榆林|能源|化工|基地": the region's base for two trades; 能源 ends no firm's name here
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_a_world_city_spelled_by_ordinary_words_is_no_place(nlp):
    # "砂浆|里加|防冻剂": inside the mortar, add antifreeze; jieba reads Riga
    found = ents(nlp, "工人在砂浆里加防冻剂，确保冬季施工质量。")
    assert not [e for e in found if e[1] == "PLACE"], found


@pytest.mark.parametrize("text, firm", [
    ("中银丰达(上海)投资管理有限公司副总裁表示，将在该县投资。", "中银丰达(上海)投资管理有限公司"),
    ("中金泰盛（深圳）投资管理有限公司副总裁表示，项目年内开工。", "中金泰盛（深圳）投资管理有限公司"),
])
def test_a_legal_name_that_opens_with_the_state_brands_zhong_keeps_it(nlp, text, firm):
    # "中(f)|银丰|达（上海）…有限公司": at the clause's start, jieba's "in" is the brand's first character
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    "今年将邀请海内外独角兽专精特新小巨人等企业来县考察。",
    "园区先后引进瞪羚、隐形冠军、专精特新等企业18家。",
])
def test_categories_firms_are_ranked_into_name_no_firm(nlp, text):
    # "独角兽|专精特新|小巨人等企业": the kinds of firm the county seeks, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY"], found


@pytest.mark.parametrize("text", [
    "该合作社的茶园是精准扶贫产业帮扶项目。",
    "今年全镇新建光伏扶贫项目8个。",
])
def test_the_policy_a_kind_of_project_serves_names_no_project(nlp, text):
    # "精准|扶贫|产业|帮扶|项目": what the projects are for, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_the_clauses_verbs_before_a_lists_first_item_are_no_part_of_it(nlp):
    # "…合作社，|投资|经营|金鸡岭山庄、白鹭湾渔场等项目": what the cooperative does, then the list
    found = ents(nlp, "村里成立合作社，投资经营金鸡岭山庄、白鹭湾渔场等村集体项目。")
    assert ("金鸡岭山庄", "PROJECT") in found and ("白鹭湾渔场", "PROJECT") in found, found


def test_the_clauses_verb_before_a_firm_its_province_opens_is_no_part_of_it(nlp):
    # "启动(vn)|河北|恒源|清洁能源": jieba reads the verb as a noun; the firm's name opens with its province
    found = ents(nlp, "年内启动河北恒源清洁能源50万方/日液化气项目。")
    assert ("河北恒源清洁能源", "COMPANY") in found, found


def test_landing_before_a_projects_start_is_no_part_of_its_name(nlp):
    # "…风力发电项目|落地(n)|开工": the project lands and starts; 落地 is the predicate's, not the name's
    found = ents(nlp, "推动宏达集团10万千瓦储能电站、恒源能源临泽县50MW风力发电项目落地开工。")
    projects = [e[0] for e in found if e[1] == "PROJECT"]
    assert projects and not [p for p in projects if p.endswith("落地")], found


def test_ji_joins_two_facilities_of_one_project(nlp):
    # "…产业基地|暨|总部|项目": the base and the head office are one project; the station ends no name
    found = ents(nlp, "总投资30亿元的恒泰新能源储能电站产业基地暨总部项目正式签约。")
    assert ("储能电站产业基地暨总部项目", "PROJECT") in found, found
    assert ("恒泰新能源储能电站", "PROJECT") not in found, found


@pytest.mark.parametrize("text, project", [
    ("总投资12亿的恒泰节能系统门窗生产基地(兰考县)项目签约。", "恒泰节能系统门窗生产基地(兰考县)项目"),
    ("签约的宏远智能家居产业园（汝州）项目投资8亿元。", "宏远智能家居产业园（汝州）项目"),
])
def test_where_a_facility_is_in_brackets_before_its_head_is_part_of_the_project(nlp, text, project):
    # "…生产基地|(|兰考县|)|项目": the facility's place in brackets, between the facility and 项目
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "该县产业集聚区先后获评“河南省三星级产业集聚区”“十快产业集聚区”。",
    "园区被评为全省五星级产业集聚区。",
])
def test_a_grade_of_zone_names_no_zone(nlp, text):
    # "河南省|三星级|产业集聚区": the rating the province gave the county's zone, no zone of its own
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE" and e[0].endswith("集聚区") and not e[0].startswith("该县")], found


def test_a_common_word_jieba_tags_as_a_name_heads_no_firm(nlp):
    # "西华县|青少年(nr)|航空|科普培训中心建设项目": the county's youth aviation centre; 青少年 is no brand
    found = ents(nlp, "太康县青少年航空科普培训中心建设项目开工。")
    assert not [e for e in found if e[1] == "COMPANY"], found
    assert ("太康县青少年航空科普培训中心建设项目", "PROJECT") in found, found


@pytest.mark.parametrize("text, project", [
    ("宏泰控股在园区建设6GW和12GW光伏组件项目。", "6GW和12GW光伏组件项目"),
    ("该企业将建设年产3万吨和8万吨有机肥项目。", "年产3万吨和8万吨有机肥项目"),
])
def test_two_sizes_joined_before_one_product_are_one_projects_name(nlp, text, project):
    # "6GW|和|12GW|光伏组件项目": the two sizes of what the project makes; the first is no part to drop
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text, project", [
    ("二、交通先行提升通行效率105国道遂川县城至枫林段改造工程全长9公里。", "105国道遂川县城至枫林段改造工程"),
    ("交通先行提升通行效率G105遂川县城至枫林段改造工程全长9公里。", "G105遂川县城至枫林段改造工程"),
])
def test_a_roads_number_opens_its_projects_name(nlp, text, project):
    # "…效率|105|国道|…段改造工程": a heading run on without a mark; the road's number opens the name
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text, company", [
    ("新区与山西省建设投资（控股）集团有限公司签署框架协议。", "山西省建设投资（控股）集团有限公司"),
    ("该县与河南省建设投资集团有限责任公司签约。", "河南省建设投资集团有限责任公司"),
    ("贵州省交通建设投资控股集团有限公司将承建该路。", "贵州省交通建设投资控股集团有限公司"),
])
def test_a_provinces_group_named_by_its_businesses_is_a_company(nlp, text, company):
    # A province's investment group is named by its province and a run of business words only.
    assert_found(nlp, text, {(company, "COMPANY")}, set())


@pytest.mark.parametrize("text", ["全县要抓好城市建设投资有限公司的改革。", "负责开发建设投资有限公司的组建。"])
def test_businesses_alone_before_a_legal_form_name_no_company(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "COMPANY"]


@pytest.mark.parametrize("text, company, project", [
    ("红岭肉类加工有限公司屠宰项目于上月投产。", "红岭肉类加工有限公司", "屠宰项目"),
    ("华岳机械有限公司齿轮项目、丰禾集团面粉项目各项审批已办结。", "丰禾集团", "面粉项目"),
])
def test_a_firms_project_named_by_one_product_after_its_legal_name(nlp, text, company, project):
    assert_found(nlp, text, {(company, "COMPANY"), (project, "PROJECT")}, set())


def test_a_provincial_category_of_projects_in_a_documents_title_names_no_project(nlp):
    text = "市发改委转发《关于印发2025年省级重点项目名单的通知》。"
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, company", [
    ("临沂蓝湾城市发展集团有限公司与该镇签约。", "临沂蓝湾城市发展集团有限公司"),
    ("诸城市滢蔚城市园区运营管理有限公司负责运营。", "诸城市滢蔚城市园区运营管理有限公司"),
])
def test_city_in_a_legal_name_after_its_brand_is_part_of_it(nlp, text, company):
    assert_found(nlp, text, {(company, "COMPANY")}, set())


def test_a_project_after_a_village_cooperative_begins_after_it(nlp):
    text = "东河村股份经济合作社冷链仓储中心项目正在建设。"
    assert_found(nlp, text, {("东河村股份经济合作社", "COMPANY"), ("冷链仓储中心项目", "PROJECT")}, {"东河村股份"})


def test_a_cooperatives_project_of_a_yearly_rate_keeps_its_year(nlp):
    text = "西岭村股份经济合作社年储存加工2万吨果蔬项目即将建成。"
    assert_found(nlp, text, {("西岭村股份经济合作社", "COMPANY"), ("年储存加工2万吨果蔬项目", "PROJECT")}, set())


@pytest.mark.parametrize("text", ["镇党委副书记、镇长马建行介绍了情况。", "会上，副县长李工行作了表态发言。"])
def test_a_banks_short_name_as_a_given_name_after_a_title_is_the_person(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "COMPANY"]


def test_a_kind_of_project_jieba_tags_as_a_name_names_no_project(nlp):
    assert not [e for e in ents(nlp, "其中低碳环保项目比重较高。") if e[1] == "PROJECT"]


def test_a_products_model_and_series_stay_in_its_projects_name(nlp):
    text = "宏达机械有限公司年产2000套XR系列旋挖钻机项目，计划总投资2亿元。"
    assert_found(nlp, text, {("宏达机械有限公司", "COMPANY"), ("年产2000套XR系列旋挖钻机项目", "PROJECT")}, {"旋挖钻机项目"})


@pytest.mark.parametrize("text, project", [
    ("宏达集团在东丽区投资5亿元建设铝合金材料研发生产基地。", "铝合金材料研发生产基地"),
    ("华腾公司投资2亿元建设华腾物流园，明年投用。", "华腾物流园"),
])
def test_a_facility_a_firm_invests_in_and_builds_is_a_project(nlp, text, project):
    assert_found(nlp, text, {(project, "PROJECT")}, set())


@pytest.mark.parametrize("text", ["县里投资3亿元建设城东物流园。", "某公司投资2亿元建设研发产业基地。"])
def test_a_kind_of_facility_or_one_no_firm_invests_in_is_no_project_of_this_rule(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT" and e[0] in ("研发产业基地",)]


def test_an_office_after_you_glued_to_its_level_keeps_its_level(nlp):
    # jieba's guess glues 有 ("there are") to the level of the office after it: 有市|发改委
    assert_found(nlp, "参加活动的部门领导有市发改委副主任王某。", {("市发改委", "AGENCY")}, {"部门领导有市发改委", "发改委"})


def test_a_trade_of_ordinary_words_heading_a_listed_project_is_no_firm(nlp):
    # 移动|通信: jieba tags the trade word as an abbreviation, which says nothing of a brand
    text = "目前，移动通信基站设备生产、食用菌深加工等12个项目已开工建设。"
    assert_found(nlp, text, {("移动通信基站设备生产", "PROJECT")}, {"移动通信"})


@pytest.mark.parametrize("text", ["该镇集中国特色小镇和全省改革试点镇于一身。", "去年，该镇入选全国特色小镇。"])
def test_a_towns_title_in_a_programme_is_no_project(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, nickname", [
    ("素有“戈壁明珠城”之称的某县近年发展很快。", "戈壁明珠城"),
    ("这座拥有“北国水城”美誉的城市迎来客商。", "北国水城"),
])
def test_a_quoted_nickname_is_no_place(nlp, text, nickname):
    assert nickname not in {t for t, _ in ents(nlp, text)}


def test_a_brand_and_its_partner_in_brackets_name_the_project(nlp):
    text = "签约项目包括苏宁(恒泰)冷链物流配送中心项目、云梦度假世界项目等。"
    assert_found(nlp, text, {("苏宁(恒泰)冷链物流配送中心项目", "PROJECT")}, {"冷链物流配送中心项目"})


@pytest.mark.parametrize("text, project, unwanted", [
    ("签约清单有江南船舶修造项目、东岳海工装备项目等8个项目。", "东岳海工装备项目", {"东岳海工", "装备项目"}),
    ("集中开工的有鹏城文旅新业态项目、北港物流园项目等项目。", "鹏城文旅新业态项目", {"鹏城文旅新", "业态项目"}),
    ("现场签约滨江数字科技城及人工智能产业园、南湖商务中心等3个项目。",
     "滨江数字科技城及人工智能产业园", {"滨江数字科技", "城及人工智能产业园"}),
])
def test_an_unknown_head_before_a_bare_kind_of_goods_is_the_projects_own_name(nlp, text, project, unwanted):
    # a firm is split off a listed project only where the rest names something more than a kind
    # of goods; a trade word glued to 城 is a town's name, no firm's
    assert_found(nlp, text, {(project, "PROJECT")}, unwanted)


@pytest.mark.parametrize("text", [
    "督办组来到现场，检查督促闽商回归项目进展。",
    "要找准制约重大招商项目落地的堵点。",
])
def test_the_projects_a_campaign_brings_are_no_named_project(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, firm", [
    ("县政府与福建东海和发食品有限公司签订协议。", "福建东海和发食品有限公司"),
    ("县政府与福建五岳和兴农业开发有限公司签订协议。", "福建五岳和兴农业开发有限公司"),
])
def test_a_lone_character_after_he_inside_a_legal_name_is_its_brand(nlp, text, firm):
    # 和 before one character jieba reads as a verb, then the trade, joins no second name: the brand holds it
    assert_found(nlp, text, {(firm, "COMPANY")}, {firm[6:]})


def test_a_quoted_campaign_named_by_its_year_is_no_project(nlp):
    assert not [e for e in ents(nlp, "我县“引智2019”项目推介会在县城举行。") if e[1] == "PROJECT"]


@pytest.mark.parametrize("text, place", [
    ("全市举行临江产业新区建设项目（第二批）集中开工仪式。", "临江产业新区"),
    ("本次开工的临江产业新区建设项目(第二批)共有32个。", "临江产业新区"),
])
def test_the_projects_of_a_numbered_batch_are_no_project(nlp, text, place):
    # the batch in brackets says the projects are many, begun together: the zone is only where they are
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert (place, "PLACE") in found, found


@pytest.mark.parametrize("text, firm", [
    ("会上，宏达集团、南湖集团、港务局等20家国有、民营企业签约。", "港务局"),
    ("會上，宏達集團、南湖集團、港務局等30間本地、中資以及外資企業代表簽署意向書。", "港务局"),
])
def test_kinds_of_firm_joined_before_a_counted_head_keep_the_list_of_firms(nlp, text, firm):
    # the count, then the kinds the mark joins (国有、民营), then 企业: every item is a firm, 港务局 too
    assert (firm, "COMPANY") in ents(nlp, text)


def test_the_projects_of_an_industrys_chain_name_none(nlp):
    # "电子信息|产业链项目多": how many projects the industry's chain has, none of them named
    assert not [e for e in ents(nlp, "二是电子信息产业链项目多，带动作用明显。") if e[1] == "PROJECT"]


def test_a_trade_and_a_legal_form_left_of_a_cut_brand_name_no_firm(nlp):
    # the brand before the bracketed region is lost; 食品|股份 alone is a kind of business and a legal form
    found = ents(nlp, "县政府与铭锶家（江苏）食品股份有限公司签订合作协议。")
    assert not [e for e in found if e[1] == "COMPANY"], found


def test_a_verb_of_todays_papers_stays_out_of_the_zone_after_it(nlp):
    # jieba knows no 对标 and glued its 标 to the zone: 标自贸区 named nothing
    found = ents(nlp, "要对标自贸区建设要求，全力赋能园区企业。")
    assert not [t for t, _ in found if t.startswith(("标", "能"))], found


def test_a_places_jurisdiction_is_the_place(nlp):
    # 辖区 only says "the area under it": the place ends before it, as before 地区
    found = ents(nlp, "据统计，南庄辖区内今年签约的项目共有12个。")
    assert ("南庄", "PLACE") in found and not [t for t, _ in found if t.endswith("辖区")], found


def test_what_a_slogan_wants_a_place_to_be_is_no_part_of_its_name(nlp):
    # 美丽 and 宜居 describe the town the slogan aims at; jieba tags 美丽 as a place
    found = ents(nlp, "要把东湾建成“活力东湾、美丽东湾、宜居东湾”。")
    assert {t for t, l in found if l == "PLACE"} == {"东湾"}, found


@pytest.mark.parametrize("text, project", [
    ("5月6日，淮滨县光电器件专业园(二期)项目开工。", "淮滨县光电器件专业园(二期)项目"),
    ("县产业集聚区汽车零部件专业园（一期）项目正式投产。", "县产业集聚区汽车零部件专业园（一期）项目"),
])
def test_a_site_head_jieba_writes_apart_keeps_its_bracketed_phase(nlp, text, project):
    # "…专业|园(zg)|(|二期|)|项目": the park's head is a morpheme to jieba, and the phase in brackets
    # between it and 项目 still belongs to the name
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text", [
    "9月3日，商水县招商引资百日攻坚行动项目集中签约仪式举行。",
    "县里召开乡村振兴三年行动项目推进会。",
])
def test_a_campaigns_projects_name_no_project(nlp, text):
    # "…百日攻坚|行动|项目": the projects a campaign brought in, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text, firm", [
    ("会见宏达汽车副总经理李明。", "宏达汽车"),
    ("会见了宏达汽车总经理李明一行。", "宏达汽车"),
])
def test_meeting_a_firms_people_is_no_part_of_its_name(nlp, text, firm):
    # "会见(n)|宏达|汽车|副总经理": jieba reads the verb as a noun, which must not open the firm's name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text", [
    "今年以来，京山市、沙洋县先后有28个项目集中开工或签约。",
    "该县先后有12个项目开工建设。",
])
def test_the_verb_of_a_count_of_projects_ends_no_projects_name(nlp, text):
    # "沙洋县先后|有|28个项目集中开工": the places whose projects are counted, then the count's verb
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text, zone", [
    ("今天在茅坪举行秭归茅坪工业园区项目集中签约、开工、竣工投产仪式。", "秭归茅坪工业园区"),
    ("县经济开发区项目集中开工仪式举行。", "县经济开发区"),
])
def test_a_zones_projects_started_together_name_the_zone(nlp, text, zone):
    # "…工业园区|项目|集中签约、开工": the zone's projects, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert (zone, "PLACE") in found, found


@pytest.mark.parametrize("text, firm", [
    ("华能新能源西南大区总经理在仪式上致辞。", "华能新能源"),
    ("吉利汽车华东大区经理到访。", "吉利汽车"),
])
def test_a_firms_sales_region_is_no_place(nlp, text, firm):
    # "某某新能源|西南|大区|总经理": the firm's region of sales, no division
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found
    assert (firm, "COMPANY") in found, found


@pytest.mark.parametrize("text, farm", [
    ("今年6月，苏家岭风电场并网发电。", "苏家岭风电场"),
    ("县城北面的大坪山风电场正在建设。", "大坪山风电场"),
])
def test_a_wind_farm_is_a_project_of_its_own(nlp, text, farm):
    # "…|风电场|并网发电": a plant of its own, as 某某电站 is, named without 项目
    found = ents(nlp, text)
    assert (farm, "PROJECT") in found, found


def test_a_firms_trade_alone_after_its_brand_in_a_list_of_projects_is_no_project_apart(nlp):
    # "蓝山利它|再生资源、…等14个重点项目": the item is the project named by its firm; 再生资源 alone
    # names nothing
    found = ents(nlp, "县分会场，宁远利达再生资源、湖南揽胜科技、金骏包装等14个重点项目集中开工。")
    assert ("再生资源", "PROJECT") not in found, found
    assert ("宁远利达再生资源", "PROJECT") in found, found


def test_a_door_maker_is_named_by_its_trade(nlp):
    # "桑圆门业(x)|投资…建设的…生产线": a maker's short name, brand and trade, as 荣光鞋业 is
    found = ents(nlp, "桑圆门业投资1.2亿元建设的年产50万樘门生产线开工。")
    assert ("桑圆门业", "COMPANY") in found, found


@pytest.mark.parametrize("text", ["华兴公司在武平投资建设电站。", "宏达公司在长汀投资建设风电场。"])
def test_a_plant_a_verb_right_before_makes_its_object_is_named_by_no_one(nlp, text):
    # "在武平|投资|建设|电站": the clause builds a plant; no name runs back over its verbs
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text, firm", [
    ("仪式暨安徽和正农牧股份有限公司孵化项目奠基典礼举行。", "安徽和正农牧股份有限公司"),
    ("开工的有安徽和正农牧股份有限公司、安徽善研服装有限公司等项目。", "安徽和正农牧股份有限公司"),
])
def test_a_legal_name_whose_brand_opens_with_the_conjunctions_character_is_whole(nlp, text, firm):
    # "安徽|和(c)|正(d)|农牧股份有限公司": the brand 和正 after the province the legal name opens with
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found, found


def test_a_count_after_a_firm_ending_a_list_of_projects_is_no_project(nlp):
    # "…、濉溪县修诚商贸有限公司|4个项目": how many projects the list names, after a firm's legal name
    found = ents(nlp, "本次集中开工的有宏达服装有限公司、淮北中远溪风力发电二期、修诚商贸有限公司4个项目。")
    assert not [e for e in found if e[0].endswith("4个项目")], found
    assert ("修诚商贸有限公司", "COMPANY") in found, found


def test_a_batch_inside_a_suffix_name_names_no_project(nlp):
    # "湾沚|区|2021年|第三次|招商项目": the year's third batch of projects, after a district jieba cut
    found = ents(nlp, "9月15日，湾沚区2021年第三次招商项目举行集中签约。")
    assert not [e for e in found if e[1] == "PROJECT"], found


@pytest.mark.parametrize("text", [
    "6月29日，宾阳县“兴工强县”工程第二批重大项目开竣工现场会举行。",
    "县里“立市献礼”工程首批项目开工。",
])
def test_a_quoted_campaign_whose_projects_come_in_batches_names_no_project(nlp, text):
    # "“兴工强县”工程|第二批|重大项目": the campaign's second batch; neither the slogan nor a word of it
    # (立市: one character and a level the gazetteer does not know) is named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found
    assert not [e for e in found if e[1] == "PLACE" and len(e[0]) == 2 and e[0] not in ("宾阳", "县里")], found


@pytest.mark.parametrize("text, project", [
    ("县委书记宣布宏晟新能源2×150t/d超白太阳能压延玻璃项目开工。", "2×150t/d超白太阳能压延玻璃项目"),
    ("该公司将新建10万m³/d污水处理厂项目。", "10万m³/d污水处理厂项目"),
])
def test_a_rate_in_a_capacity_is_one_word_of_the_projects_name(nlp, text, project):
    # "2|×|150t|/|d|超白…": jieba cuts the rate at its slash, and its last letter opened the name (d超白…)
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    doc = nlp(text)
    assert any("/" in t.text and t.tag_ == "m" for t in doc), [t.text for t in doc]


@pytest.mark.parametrize("text, project", [
    ("北岭化工公司建设16亿方/年煤制气项目。", "16亿方/年煤制气项目"),
    ("青川能源有限公司40亿立方米/年煤制天然气示范项目获得核准。", "40亿立方米/年煤制天然气示范项目"),
])
def test_a_gas_plants_rate_in_hundred_millions_stays_in_its_project(nlp, text, project):
    # "16|亿|方|/|年|煤制气…": a gas plant's yearly output is counted in 亿; the name kept only what
    # followed the slash's year
    found = ents(nlp, text)
    assert any(t.endswith(project) and lab == "PROJECT" for t, lab in found), found


@pytest.mark.parametrize("text, project", [
    ("“云岭田园”综合体项目协议投资30亿元。", "“云岭田园”综合体项目"),
    ("该区将打造“城市阳台”公园项目。", "“城市阳台”公园项目"),
])
def test_a_quoted_name_before_a_facilitys_head_names_the_project(nlp, text, project):
    # "“云岭田园”|综合体|项目": the quoted words are the facility's name; 综合体项目 alone names none
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    assert not [e for e in found if e[1] == "PROJECT" and e[0] != project], found


def test_a_years_period_inside_a_suffix_name_names_no_project(nlp):
    # "梁平区|2021年|二季度|招商引资项目集中签约": the quarter's batch of projects
    found = ents(nlp, "梁平区2021年二季度招商引资项目集中签约暨重点项目集中开工活动举行。")
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_making_use_of_a_parks_advantages_is_no_part_of_its_name(nlp):
    # "某县|充分利用(n)|临江工业园的区位优势": jieba reads the verb as a noun, which must not open the park's name
    found = ents(nlp, "和平县充分利用东山工业园的区位优势，整合资源。")
    assert ("东山工业园", "PLACE") in found, found
    assert not [e for e in found if e[0].startswith("充分利用")], found


def test_a_firms_trade_of_two_words_after_its_brand_in_a_list_of_projects_is_no_project_apart(nlp):
    # "华澳控股|智能|装备、…等14个工业项目": the item is the project named by its firm; 智能装备 alone names nothing
    found = ents(nlp, "吉水县举行重大项目“擂台赛”暨华澳控股智能装备、鼎超智造等14个工业项目开工活动。")
    assert ("智能装备", "PROJECT") not in found, found
    assert ("华澳控股智能装备", "PROJECT") in found, found


@pytest.mark.parametrize("text, project", [
    ("当天，集中开工的有恒兴数控产业园、懿丰钢结构等4个重点项目。", "恒兴数控产业园"),
])
def test_you_glued_to_a_two_character_name_opening_a_list_is_cut_off(nlp, text, project):
    # "…的|有恒(nr)|兴|数控产业园": jieba glued the clause's 有 to the brand's first character
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text", ["总投资88亿元。(记者曾昭阳通讯员滑清泉)", "（通讯员曾昭阳）"])
def test_a_reporters_name_is_no_place(nlp, text):
    # "（记者|曾(d)|昭阳(ns)|通讯员…）": the name after a report's signature is a person's
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PLACE"], found


def test_a_rough_count_after_deng_ends_the_list_of_firms(nlp):
    # "…、昊邦|等|近|30家企业": the firms' list ends at 等 though the count is rough; 等近 is no part of a name
    found = ents(nlp, "园区先后引进中兴、昶润、楚江红、昊邦等近30家企业落户。")
    assert ("昊邦", "COMPANY") in found, found
    assert not [e for e in found if "等" in e[0]], found


@pytest.mark.parametrize("text, zone", [
    ("记者今天从安化经开区了解到，该区签约项目4个。", "安化经开区"),
    ("客商代表赴安化经开区考察。", "安化经开区"),
])
def test_a_countys_short_name_jieba_reads_as_a_verb_names_its_zone(nlp, text, zone):
    # "从|安化(v)|经开区": the county's short name, which jieba reads as a verb, before the zone's word
    found = ents(nlp, text)
    assert (zone, "PLACE") in found, found


@pytest.mark.parametrize("text, project", [
    ("新开工京东·云溪数字产业园等69个项目。", "京东·云溪数字产业园"),
    ("万达·西双版纳国际度假区项目开工。", "万达·西双版纳国际度假区项目"),
])
def test_a_firms_brand_and_a_dot_open_its_projects_name(nlp, text, project):
    # "京东|·|云溪数字产业园": the brand the project is sold under, written with a dot before its name
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found


@pytest.mark.parametrize("text, office", [
    ("省厅派驻专员于市商务局提供咨询服务。", "市商务局"),
    ("督导组于区发改委召开座谈会。", "区发改委"),
])
def test_at_glued_by_a_guess_to_an_offices_level_is_no_part_of_its_name(nlp, text, office):
    # "专员|于市(x)|商务局": 于 ("at") and the level of the office after it, which jieba's guess writes as one
    # word; the office is named from its level, and no city ends before it
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found
    assert not [t for t, _ in found if "于" in t], found


@pytest.mark.parametrize("text, projects", [
    ("本次签约的项目包括明岳电气储能电池基地、鸿泰纸业年产5万吨包装纸加工等。", {"储能电池基地", "年产5万吨包装纸加工"}),
    ("参加“云开工”的项目有：柏川电子智能终端及配件基地、青峰硅能2GW组件生产线。", {"智能终端及配件基地", "2GW组件生产线"}),
])
def test_items_after_a_batch_acts_projects_and_a_list_verb_are_projects(nlp, text, projects):
    # "签约的项目包括A、B等": no count before the head, but the projects a signing covered are many, so the
    # head types its items as a counted one does ("该项目包括综合楼、仓库" still lists one project's parts)
    found = ents(nlp, text)
    assert {(p, "PROJECT") for p in projects} <= set(found), found
    assert not [t for t, label in ents(nlp, "该项目包括综合楼、仓库等。") if label == "PROJECT"]


@pytest.mark.parametrize("text, firm, project", [
    ("青峰硅能·南江3GW光伏电池片制造基地项目建设现场，工人正在施工。", "青峰硅能", "南江3GW光伏电池片制造基地项目"),
    ("柏川电子·云溪年产3000万片电路板项目签约。", "柏川电子", "云溪年产3000万片电路板项目"),
])
def test_a_brands_dot_before_a_site_and_a_capacity_is_no_part_of_either_name(nlp, text, firm, project):
    # "青峰硅能|·|南江|2GW…项目": the dot closes the firm's brand; the place after it opens the project's name
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found and (project, "PROJECT") in found, found
    assert not [t for t, _ in found if "·" in (t[:1], t[-1:])], found


@pytest.mark.parametrize("text", [
    "先后走访浙江省玉环市汽配产业链企业、台商柏群电子科技有限公司等多家企业。",
    "走访了县内纺织企业、宏达科技有限公司等企业。",
])
def test_a_list_item_closed_by_a_kind_of_firms_names_no_firm(nlp, text):
    # "…汽配产业链|企业、…等多家企业": firms of a trade, none of them named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "COMPANY" and e[0].endswith("企业")], found


@pytest.mark.parametrize("text, office", [
    ("海事處處長陳某昨日視察碼頭。", "海事处"),
    ("公务员事务局局长出席了会议。", "公务员事务局"),
    ("路政署署长表示，新桥明年完工。", "路政署"),
    ("贸易推广署署长率团访问东京。", "贸易推广署"),
])
def test_an_office_named_by_its_field_is_found_where_its_heads_title_follows(nlp, text, office):
    # "路政|署|署长": Hong Kong names its departments by their work alone, with no place or level;
    # the head's title, the office's suffix and 长, says the words before it are an office
    found = ents(nlp, text)
    assert (office, "AGENCY") in found, found


def test_a_title_alone_names_no_office(nlp):
    found = ents(nlp, "他推荐了署长人选，该局局长也表示同意。")
    assert not [e for e in found if e[1] == "AGENCY"], found


@pytest.mark.parametrize("text", [
    "2月份全省国企民企外企项目完成投资120亿元。",
    "一季度浙江央企项目完成投资83亿元。",
])
def test_the_projects_of_a_kind_of_investor_name_no_project(nlp, text):
    # "全省|国企|民企|外企|项目": every project of these owners in a region or a month, none named
    found = ents(nlp, text)
    assert not [e for e in found if e[1] == "PROJECT"], found


def test_a_list_that_owns_the_work_after_it_names_no_projects(nlp):
    # "大豆蛋白、花生油等|的|加工和…项目": 的 after 等 makes the products what the work is of
    found = ents(nlp, "基地主要开展大豆蛋白、花生油、玉米胚芽油等的加工和农产品深加工项目的建设。")
    assert not [e for e in found if e[1] == "PROJECT" and e[0].endswith("油")], found


@pytest.mark.parametrize("text, project", [
    ("今年引进投资额10亿元单体制造业项目取得突破。", None),
    ("引进总投资额8亿元宏达智能装备制造项目。", "宏达智能装备制造项目"),
    # the sum a signing is for, and the currency it is counted in, are the amount as well
    ("宏川集团与市政府签署总金额30亿元人民币项目投资协议。", None),
    ("双方签订签约金额2亿美元青柚果汁加工项目合同。", "青柚果汁加工项目"),
])
def test_an_investment_amount_written_as_a_noun_is_no_part_of_a_projects_name(nlp, text, project):
    # "投资额|10亿元|…项目": the amount, as after 总投资, is the project's size; the name begins after it
    found = [e for e in ents(nlp, text) if e[1] == "PROJECT"]
    assert found == ([(project, "PROJECT")] if project else []), found


@pytest.mark.parametrize("text", [
    "宏川集团与市政府签署总金额30亿元人民币项目投资协议。",
    "会上,丰禾糖业与县政府签订合同金额5亿元项目协议。",
])
def test_a_signed_sum_names_no_project_with_the_model(full_nlp, text):
    found = [e for e in ents(full_nlp, text) if e[1] == "PROJECT"]
    assert not found, found


@pytest.mark.parametrize("text, firm, project", [
    ("昨天,宏川饮品有限公司日处理800吨果汁生产项目在开发区破土。", "宏川饮品有限公司", "日处理800吨果汁生产项目"),
    ("青禾粮油有限公司日加工500吨大豆项目已完成设备安装。", "青禾粮油有限公司", "日加工500吨大豆项目"),
])
def test_a_days_rate_after_a_firm_opens_its_projects_capacity(nlp, text, firm, project):
    # 日 before the verb is the period the plant's output is stated per, as 年 is: the project's
    # name starts with it, and the firm before it builds it
    doc = nlp(text)
    got = {(e.text, e.label_) for e in doc.ents}
    assert {(firm, "COMPANY"), (project, "PROJECT")} <= got, got
    assert (firm, project, "builds") in {(h.source.text, h.target.text, h.relation) for h in doc._.kg_relations}


def test_a_class_projects_are_sorted_into_names_no_project(nlp):
    # "…类项目" is a class of a report's tally (制造业类, 民生类), whatever names it
    got = ents(nlp, "县里把科创类项目放在首位,国企类项目排在其后。")
    assert not [t for t, label in got if label == "PROJECT"], got


@pytest.mark.parametrize("text, firm", [
    ("恒远建材有限公司党委副书记赵某陪同调研。", "恒远建材有限公司"),
    ("青峰能源集团有限公司党委常委钱某作了发言。", "青峰能源集团有限公司"),
    # 纪委, a short name the phrases know, is the firm's commission there too, no government's
    ("远川水电集团纪委书记郑某出席仪式。", "远川水电集团"),
    ("恒远建材有限公司纪委副书记冯某陪同。", "恒远建材有限公司"),
])
def test_a_firms_own_party_organ_is_no_agency_the_firm_is_named(nlp, text, firm):
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got
    assert not [t for t, label in got if label == "AGENCY"], got


@pytest.mark.parametrize("text, firm", [
    ("青禾新能源开发有限公司办公室主任孙某说，风机已全部吊装。", "青禾新能源开发有限公司"),
    ("远山水泥股份有限公司党委办公室主任周某介绍了情况。", "远山水泥股份有限公司"),
    ("恒远建材有限公司总经理办公室副主任吴某陪同。", "恒远建材有限公司"),
])
def test_a_firms_own_office_is_no_agency_the_firm_is_named(nlp, full_nlp, text, firm):
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (firm, "COMPANY") in got, got
        assert not [t for t, label in got if label == "AGENCY"], got


def test_a_firms_party_organ_acting_on_its_own_is_named(nlp):
    # with no post after it the organ is the subject of the clause, and is what is named
    got = ents(nlp, "恒远建材有限公司党委认真组织学习活动。")
    assert ("恒远建材有限公司党委", "AGENCY") in got, got


def test_a_city_and_its_county_where_projects_start_are_no_project(nlp):
    # "N个项目|在|A市|B县|集中开工": after 在 the status clause's words say where, each a place
    got = ents(nlp, "6个重点项目在铁岭昌图集中开工。")
    assert not [t for t, label in got if label == "PROJECT"], got
    assert ("昌图", "PLACE") in got, got


def test_a_diplomats_name_after_the_title_is_no_country(nlp):
    # a country's name after 参赞 is the diplomat's given name
    got = ents(nlp, "在两国企业座谈会上,经济参赞苏丹作了发言。")
    assert "苏丹" not in {t for t, _ in got}, got


def test_a_zone_named_in_a_minority_language_keeps_the_syllables_jieba_reads_as_a_describing_word(nlp):
    # jieba guesses the first syllables of a Mongolian name and tags the next as an adjective (…|浩特)
    got = ents(nlp, "各县区、查干浩特旅游经济开发区主要领导参加会议。")
    assert ("查干浩特旅游经济开发区", "PLACE") in got, got
    # a describing word before a place's own name is still no part of it
    got = ents(nlp, "游客来到浩瀚大望京公园。")
    assert ("大望京公园", "PLACE") in got, got


@pytest.mark.parametrize("text", ["市商务委继续给予支持。", "市商务委将一如既往地给予支持。"])
def test_a_commissions_short_name_jieba_writes_as_its_field_and_a_lone_character_is_an_office(nlp, text):
    # "市|商务|委", and "委将" glued to the next word: 委 alone is a false word, as 局 is
    got = ents(nlp, text)
    assert ("市商务委", "AGENCY") in got, got


@pytest.mark.parametrize("text", ["会上，某镇党委书记韩某行作项目招引情况介绍。", "总经理闫某武作项目情况介绍。"])
def test_a_report_on_the_projects_names_no_project(nlp, text):
    # "作|项目…介绍": the light verb of a report, which jieba's guess may glue to the speaker's name
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PROJECT"], got


def test_the_ministries_in_general_are_no_office(nlp):
    got = ents(nlp, "这些项目都是国家部委、省市各级高度关注的大项目。")
    assert not [t for t, label in got if label == "AGENCY"], got


def test_a_brands_last_character_a_dateline_also_uses_stays_in_the_first_listed_firm(nlp):
    # "凯科|电|公司": 电 closes a dateline ("3月5日电") only after a date; before 公司 it is the brand's
    got = ents(nlp, "北京凯科电公司3亿元电气柜、无锡乔元金属公司2亿元电池配件等10个重大项目正在对接。")
    firms = [t for t, label in got if label == "COMPANY"]
    assert "公司" not in firms and any(t.endswith("凯科电公司") for t in firms), got


def test_what_a_firm_invests_between_it_and_its_project_is_no_part_of_the_projects_name(nlp):
    got = ents(nlp, "泰州光源电器公司5亿元风光渔互补、无锡乔元金属公司2亿元汽车电池配件等13个重大项目正在对接。")
    assert ("风光渔互补", "PROJECT") in got and ("汽车电池配件", "PROJECT") in got, got
    got = ents(nlp, "江苏三航有限公司2亿元航运物流总部项目选址在该镇工业园西侧。")
    assert ("江苏三航有限公司", "COMPANY") in got and ("航运物流总部项目", "PROJECT") in got, got


@pytest.mark.parametrize("text", ["我们将以更大力度、更实举措服务保障项目早开工、早竣工、早达效。",
                                  "以更大决心、更强举措保障项目早开工。"])
def test_the_ways_a_clause_works_for_the_projects_in_general_name_no_project(nlp, text):
    # a slogan's list of manners, a verb and the projects in general before 早开工: no list of names
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PROJECT"], got


def test_a_verbs_complement_of_result_is_no_part_of_the_name_after_it(nlp):
    # "建设|好|某项目": "build the project well"; 好 opened the project's name
    got = ents(nlp, "双方就如何建设好宏远物流园项目进行了深入交流。")
    assert ("宏远物流园项目", "PROJECT") in got, got


def test_a_firms_lines_of_business_it_brings_together_are_no_projects(nlp):
    # "集A、B、C等项目的集团公司": 集 "bringing together" lists what the firm does
    got = ents(nlp, "宏远集团是一家集房地产开发、工程建筑、市政工程、贸易等项目的大型集团公司。")
    assert not [t for t, label in got if label == "PROJECT"], got


def test_the_copula_after_an_adverb_stays_out_of_a_firms_name(nlp):
    # "也|是|<unknown brand>…有限公司": 是 is the clause's verb, not the brand's first character
    got = ents(nlp, "这次落户也是远星控股有限公司第一次来本地投资。")
    assert ("远星控股有限公司", "COMPANY") in got, got
    assert "是远星控股有限公司" not in {t for t, _ in got}, got


@pytest.mark.parametrize("head", ["大厂", "厂商", "厂家"])
def test_a_list_closed_by_makers_names_firms(nlp, head):
    got = ents(nlp, f"园区已引来金穗、宏立等{head}进驻。")
    assert {("金穗", "COMPANY"), ("宏立", "COMPANY")} <= set(got), got


@pytest.mark.parametrize("text, name", [
    ("开工的项目有河南宏业年产50万kw(千瓦)电机生产项目。", "年产50万kw(千瓦)电机生产项目"),
    ("青县经开区铝工业园区(第三期)基础设施建设项目开工。", "青县经开区铝工业园区(第三期)基础设施建设项目"),
])
def test_a_bracketed_unit_or_phase_inside_a_projects_name_is_kept(nlp, text, name):
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


@pytest.mark.parametrize("text, name", [
    ("“青山绿谷”文旅综合体项目今天开工。", "“青山绿谷”文旅综合体项目"),
    ("某县“智慧水务”设备生产与研发中心项目签约。", "“智慧水务”设备生产与研发中心项目"),
])
def test_a_quoted_brand_before_a_facilitys_kind_opens_the_projects_name(nlp, text, name):
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_a_quoted_campaign_before_a_facility_names_no_project(nlp):
    got = ents(nlp, "全力实施“三个一批”产业园项目。")
    assert not [t for t, label in got if label == "PROJECT"], got


@pytest.mark.parametrize("text", [
    "小区将建成智慧社区和安全社区。",
    "全力推进美丽宜居乡村建设。",
    "全县还有多处产业园区正在规划。",
])
def test_a_community_or_park_of_a_kind_names_no_place(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE"], got


@pytest.mark.parametrize("text", ["在省城举行的青州市产业投资项目推介会上签约。",
                                  "县里举办文旅康养项目招商会，三家企业到场。"])
def test_a_places_projects_offered_at_a_promotion_event_name_no_project(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PROJECT"], got


@pytest.mark.parametrize("text, place", [
    ("最后由县长王某宣告青禾产业园区正式启动。", "青禾产业园区"),
    ("为谱写发展新篇章贡献滨江新区力量。", "滨江新区"),
])
def test_a_clause_verb_jieba_tags_as_a_noun_stays_out_of_a_zones_name(nlp, text, place):
    got = ents(nlp, text)
    assert (place, "PLACE") in got, got


def test_every_bureau_of_a_government_names_no_office(nlp):
    # "县政府|各局(r)": each bureau, no one; the government is named
    got = ents(nlp, "青县人民政府各局负责人到场。")
    assert ("青县人民政府", "AGENCY") in got, got
    assert not [t for t, label in got if label == "AGENCY" and t.endswith("局")], got


@pytest.mark.parametrize("text", ["今年的投资包括联合宏宇股份有限公司新建的厂房。", "与振兴宏远有限公司签约。"])
def test_a_brand_that_is_a_verb_opens_a_legal_name_after_the_clause(nlp, text):
    got = ents(nlp, text)
    name = "联合宏宇股份有限公司" if "联合" in text else "振兴宏远有限公司"
    assert (name, "COMPANY") in got, got


def test_a_quoted_list_of_what_a_place_means_to_become_names_no_place(nlp):
    got = ents(nlp, "会上肯定了该县打造“文化名城、新型工业新区、商贸物流中心”的发展定位。")
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_legislators_title_after_a_county_is_no_office(nlp):
    got = ents(nlp, "嘉义县立委陈某表示欢迎。")
    assert ("嘉义县", "PLACE") in got, got
    assert not [t for t, label in got if label == "AGENCY"], got


def test_a_model_park_among_visited_firms_is_a_project(nlp):
    got = ents(nlp, "考核组来到宏达公司、青县生态茶叶示范园等企业。")
    assert ("青县生态茶叶示范园", "PROJECT") in got, got


def test_the_head_after_deng_is_the_kind_of_its_items_no_project(nlp):
    got = ents(nlp, "分别是青山滑雪场、白河综合治理工程等旅游三产项目。")
    assert ("青山滑雪场", "PROJECT") in got, got
    assert "旅游三产项目" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, name", [
    ("总投资3亿元的光伏组件、铝边框、储能运维产业项目开工。", "光伏组件、铝边框、储能运维产业项目"),
    ("宏远贸易有限公司投资的新型环保、机械设备生产线项目拟投资1亿元。", "新型环保、机械设备生产线项目"),
])
def test_products_listed_after_an_amount_are_one_projects_name(nlp, text, name):
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_projects_listed_after_an_amount_stay_apart(nlp):
    got = ents(nlp, "总投资3亿元的城南物流园、冷链仓储项目开工。")
    assert {("城南物流园", "PROJECT"), ("冷链仓储项目", "PROJECT")} <= set(got), got


@pytest.mark.parametrize("text, name", [
    ("闽粤（平和）经济合作区建设加快。", "闽粤（平和）经济合作区"),
    ("湘赣（萍乡）经济合作区建设加快。", "湘赣（萍乡）经济合作区"),
])
def test_a_zone_two_regions_run_together_is_a_place(nlp, text, name):
    got = ents(nlp, text)
    assert (name, "PLACE") in got, got


def test_a_cooperation_zone_by_its_kind_alone_names_no_place(nlp):
    got = ents(nlp, "全力推进国际合作区建设。")
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_products_other_name_in_brackets_is_part_of_the_projects_name(nlp):
    got = ents(nlp, "金银花（忍冬）产业园项目开工建设。")
    assert ("金银花（忍冬）产业园项目", "PROJECT") in got, got


def test_a_light_verb_before_a_signing_makes_no_project_of_the_firm(nlp):
    # "与X|进行|集中签约": the signing is what the parties do, no status of a project named X进行
    got = ents(nlp, "县政府与华联控股集团有限公司进行集中签约。")
    assert ("华联控股集团有限公司", "COMPANY") in got, got
    assert not [t for t, label in got if label == "PROJECT"], got


def test_a_project_whose_builder_the_clause_names_is_a_name(nlp):
    # common words name it, but "…项目由X投资建设" says which project: the one X builds
    got = ents(nlp, "蔬菜脱水加工项目由绿源食品有限公司投资建设，总投资2亿元。")
    assert ("蔬菜脱水加工项目", "PROJECT") in got, got
    # a kind of projects, or a cut name, stays none
    got = ents(nlp, "今年这类重点产业项目由县领导包联推进。")
    assert not [t for t, label in got if label == "PROJECT"], got


def test_the_part_a_firm_plays_is_no_part_of_its_name(nlp):
    # jieba reads 承建商 as a person's name; the contractor's role still ends before the firm
    got = ents(nlp, "市住建局与承建商宏达路桥建设有限公司签订施工合同。")
    assert ("宏达路桥建设有限公司", "COMPANY") in got, got
    got = ents(nlp, "项目运营商远景数据科技有限公司派员驻场。")
    assert ("远景数据科技有限公司", "COMPANY") in got, got


def test_a_programmes_batch_of_the_year_is_no_project(nlp):
    # "…建设项目|2023年度|第二批|集中开工": the programme's projects of one batch, none named
    got = ents(nlp, "江苏自由贸易试验区建设项目2022年度第三批集中开工活动举行。")
    assert not [t for t, label in got if label == "PROJECT"], got
    # a year alone after a project is when it starts
    got = ents(nlp, "绿源科技产业园建设项目2021年开工。")
    assert ("绿源科技产业园建设项目", "PROJECT") in got, got


def test_attending_and_recommending_are_no_part_of_a_name(nlp):
    got = ents(nlp, "邀请各个项目申请人出席专家评审委员会的会议。")
    assert "专家评审委员会" in {t for t, _ in got} or "评审委员会" in {t for t, _ in got}, got
    assert not [t for t, _ in got if "出席" in t], got
    got = ents(nlp, "管委会向园区推荐入园项目。")
    assert not [t for t, _ in got if "推荐" in t], got


def test_the_central_governments_liaison_office_is_one_body(nlp):
    got = ents(nlp, "中央人民政府驻澳门特别行政区联络办公室派员出席了座谈会。")
    assert ("中央人民政府驻澳门特别行政区联络办公室", "AGENCY") in got, got
    assert "中央人民政府" not in {t for t, _ in got}, got


def test_cadres_sent_to_the_projects_name_no_project(nlp):
    # "某镇|驻|项目|工作组", "专员|进|项目": a bare 项目 after going or staying names where they serve
    for text in ("县里选派石桥镇驻项目工作组进场服务。", "园区安排服务专员进项目、进企业。"):
        got = ents(nlp, text)
        assert not [t for t, label in got if label == "PROJECT"], got


def test_a_kind_of_metal_is_no_firm_named_metal(nlp):
    # "某某环保科技|贵金属…项目": 贵金属 is the project's goods, though it ends like a firm's 金属
    got = ents(nlp, "总投资2亿元的广东华泰环保科技贵金属回收利用项目落户园区。")
    assert ("广东华泰环保科技", "COMPANY") in got, got
    assert not [t for t, label in got if label == "COMPANY" and t.endswith("金属")], got


def test_a_numbered_slogans_kind_of_projects_is_no_project(nlp):
    # "“三链两园”产业链项目": the projects of a numbered programme, none named; a quoted brand's is
    got = ents(nlp, "今年既有“三链两园”产业链项目，也有一批民生项目。")
    assert not [t for t, label in got if label == "PROJECT"], got
    got = ents(nlp, "“云谷汇”产业园项目正式签约。")
    assert [t for t, label in got if label == "PROJECT"], got


def test_a_national_ministrys_bureau_is_named_after_it(nlp):
    # "商务部|投资促进局": alone the bureau reads as the page's district's; after the ministry it is its own
    got = ents(nlp, "商务部投资促进局一行到园区调研外资项目。")
    assert ("商务部投资促进局", "AGENCY") in got, got
    # a county's commission and a bureau written together are the county's, no ministry's bureau
    got = ents(nlp, "县发改委、县粮食局负责人参加。")
    assert not [t for t, _ in got if t.endswith("委粮食局")], got


def test_a_national_commissions_bureau_is_named_after_it(nlp):
    # "国家发改委|能源局", "国务院国资委|产权管理局": a commission of the State writes its bureaus after it,
    # as a ministry does; alone, the bureau reads as the page's own city's
    got = ents(nlp, "国家发改委能源局调研组一行来到风电场。")
    assert ("国家发改委能源局", "AGENCY") in got, got
    got = ents(nlp, "国务院国资委产权管理局负责同志出席座谈。")
    assert ("国务院国资委产权管理局", "AGENCY") in got, got


def test_a_place_named_project_after_a_list_of_fields_is_no_product_of_theirs(nlp):
    # "风电、光伏发电、某峰乡村生态观光和研学旅游园区建设项目": the fields, then a place's own project
    # (a product is a word or two up to the next mark or joiner, "动力电池、整车和运营中心项目")
    got = ents(nlp, "项目包括推动乡村振兴的分布式风电、光伏发电、青石峰乡村生态观光和研学旅游园区建设项目等。")
    assert ("青石峰乡村生态观光和研学旅游园区建设项目", "PROJECT") in got, got
    got = ents(nlp, "项目包括动力电池、整车和运营中心项目。")
    assert ("动力电池、整车和运营中心项目", "PROJECT") in got, got


def test_a_plants_count_of_units_opens_its_project(nlp):
    # "2×350MW热电联产": jieba cuts the sign off, and the project began at the size alone
    got = ents(nlp, "大唐能源集团2×350MW热电联产项目年内开工。")
    assert ("2×350MW热电联产项目", "PROJECT") in got, got
    got = ents(nlp, "新建2×35万千瓦燃煤发电项目已完成环评。")
    assert ("2×35万千瓦燃煤发电项目", "PROJECT") in got, got


def test_a_branch_after_its_parents_legal_name_heads_the_project(nlp):
    # "…有限公司|甘肃|分公司|2×350MW…": the branch is the firm, the project starts after it
    got = ents(nlp, "包括宏远电力集团有限公司甘肃分公司2×350MW热电联产等重点项目。")
    assert ("宏远电力集团有限公司甘肃分公司", "COMPANY") in got, got
    assert ("2×350MW热电联产", "PROJECT") in got, got
    got = ents(nlp, "宏远电力集团有限公司甘肃分公司100兆瓦风电项目开工。")
    assert ("宏远电力集团有限公司甘肃分公司", "COMPANY") in got, got
    assert not [t for t, label in got if label == "PROJECT" and "分公司" in t], got


def test_a_firms_own_management_committee_is_no_agency(nlp):
    # "…集团|商业|管理委员会|副主任": the group's board, not a park's committee
    got = ents(nlp, "恒通物产集团商业管理委员会副主任王某介绍了情况。")
    assert ("恒通物产集团", "COMPANY") in got, got
    assert not [t for t, label in got if label == "AGENCY"], got
    got = ents(nlp, "恒通物产集团与开发区管理委员会签订协议。")
    assert ("开发区管理委员会", "AGENCY") in got, got


def test_a_city_jieba_reads_across_words_opens_the_legal_name(nlp):
    # "为天|水源|兴(v)|机械有限公司": the brand's last character read as a verb left the trade alone
    got = ents(nlp, "县长为天水源兴机械有限公司新厂揭牌。")
    assert ("天水源兴机械有限公司", "COMPANY") in got, got


def test_the_organs_of_several_levels_together_are_no_agency(nlp):
    # "县区委书记或县区长": every county's and district's party secretary, no one committee
    got = ents(nlp, "市直部门负责同志、县区委书记或县区长列席会议。")
    assert not [t for t, label in got if label in ("AGENCY", "PLACE")], got
    got = ents(nlp, "会议要求，市县政府要抓好落实，县委书记带头。")
    assert ("市县政府", "AGENCY") not in got and ("县政府", "AGENCY") not in got, got


def test_a_town_and_a_site_before_a_capacity_name_no_company(nlp):
    # "某镇|某坪|万亩…基地": the village or site the project is at, no firm heading it
    got = ents(nlp, "观摩了石门镇刘家坪万亩花椒基地建设项目、红星镇柳树湾3000吨果汁生产线项目。")
    assert not [t for t, label in got if label == "COMPANY"], got
    assert ("石门镇刘家坪万亩花椒基地建设项目", "PROJECT") in got, got


def test_a_village_cooperative_keeps_its_village_whose_name_opens_with_a_locative(nlp):
    # "上|寨|村|金泉…专业合作社": jieba writes 上 apart; the name was cut to 村金泉…
    got = ents(nlp, "他走进下河村金穗中蜂养殖专业合作社了解情况。")
    assert ("下河村金穗中蜂养殖专业合作社", "COMPANY") in got, got
    got = ents(nlp, "观摩了某某小区项目(石门上寨村金穗中蜂养殖专业合作社)。")
    assert ("石门上寨村金穗中蜂养殖专业合作社", "COMPANY") in got, got


def test_the_part_of_a_town_a_site_is_in_stays_in_the_projects_name(nlp):
    got = ents(nlp, "观摩了花园小区项目（某某合作社）、韩家镇东部山区农业综合示范区建设项目。")
    assert ("韩家镇东部山区农业综合示范区建设项目", "PROJECT") in got, got


def test_an_ordinal_opens_a_hospital_or_schools_name(nlp):
    got = ents(nlp, "调研组察看了第一人民医院迁建项目。")
    assert ("第一人民医院迁建项目", "PROJECT") in got, got
    got = ents(nlp, "全县第一批项目集中开工。")
    assert not [t for t, label in got if label == "PROJECT"], got


def test_places_inside_a_news_sites_name_in_a_dateline_name_nothing(nlp):
    got = ents(nlp, "中国青海网8月3日讯 记者从县里获悉。")
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_place_before_a_papers_name_with_a_word_between_names_nothing(nlp):
    # "中国|经济导报": the paper's name, as "青海|日报" is
    got = ents(nlp, "中国经济导报记者从会上获悉，北京青年报也作了报道。")
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_bearing_before_bordering_or_distance_is_no_region(nlp):
    # "东北与某市接壤", "南距某城60公里": directions from the page's own place
    got = ents(nlp, "该镇东北与平山县接壤，西北同安乐县毗邻，南距黄河城40公里。")
    assert not [t for t, label in got if t in ("东北", "西北") or t.startswith("南距")], got
    got = ents(nlp, "东北地区的企业与西北的企业开展合作。")
    assert ("东北", "PLACE") in got, got


def test_a_firm_named_with_gongsi_alone_heads_a_list_item(nlp):
    # "鑫达科技公司光伏产业园": the firm, then its project, as after a legal name
    got = ents(nlp, "要加快鑫达科技公司光伏产业园、华润电力风电基地等项目建设。")
    assert ("鑫达科技公司", "COMPANY") in got and ("光伏产业园", "PROJECT") in got, got


def test_a_listed_short_name_opening_a_school_or_alliance_is_no_firm(nlp):
    got = ents(nlp, "北方国际大学联盟可为园区提供产业工人。")
    assert not [t for t, label in got if label == "COMPANY"], got


def test_what_a_product_is_for_stays_in_the_projects_name(nlp):
    # "电动自行车|用(p)|蓄电池极板项目": 用 read as a preposition cut the name
    got = ents(nlp, "公司一期建设了年产200万套电动自行车用蓄电池极板项目。")
    assert ("年产200万套电动自行车用蓄电池极板项目", "PROJECT") in got, got


def test_the_divisions_a_level_owns_and_a_bare_administrative_committee_name_nothing(nlp):
    # "州属市、县、行委": the prefecture's cities, counties and committees, none named
    got = ents(nlp, "海西州州属市、县、行委的负责同志分别与企业签约。")
    assert not [t for t, label in got if t in ("州属市", "行委")], got
    got = ents(nlp, "大柴旦行委与企业签约。")
    assert ("大柴旦行委", "AGENCY") in got, got


def test_a_list_of_provinces_closed_by_their_count_is_of_places(nlp):
    # "京沪粤闽等18个省市区的…企业界人士": the provinces they come from, no firm
    got = ents(nlp, "来自京沪粤闽等18个省市区的300多企业界人士汇聚拉萨。")
    assert not [t for t, label in got if label == "COMPANY"], got


def test_a_list_of_trades_before_the_firms_of_them_names_no_firm(nlp):
    # "等行业的": what the firms are in, not the firms; a leading firm of a trade is still one
    assert_found(nlp, "到会的客商来自物流、家具、五金、印刷等行业的二十多家企业。", set(),
                 {"物流", "家具", "五金", "印刷"})
    assert_found(nlp, "引进了金鹏物流、华宇家具等行业龙头企业。",
                 {("金鹏物流", "COMPANY"), ("华宇家具", "COMPANY")}, set())


def test_a_forecast_verb_is_no_part_of_the_place_before_the_area_word(nlp):
    assert_found(nlp, "明年石梁港区预计地区生产总值将过百亿元。", set(), {"石梁港区预计", "港区预计"})


def test_each_of_a_regions_cities_is_no_place_named_with_it(nlp):
    assert_found(nlp, "省国资委将同北部湾城市群各市联合招商。", set(), {"北部湾城市群各市", "城市群各市"})


def test_a_count_of_a_projects_parts_is_no_name(nlp):
    # jieba reads 个子 ("height") across the classifier and 子项目; the count must stay a count
    for text in ("城东冷链物流园4个子项目已全部开工。", "明年还将新开工6个子项目。"):
        assert not [t for t, label in ents(nlp, text) if "子项目" in t], ents(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    ("白沙河水库扩容工程建成后，将是华中地区首座地下储水工程。", "地下储水工程"),
    ("它是全县九个乡镇中最大的重点矿山环境综合治理项目。", "综合治理项目"),
])
def test_the_first_or_largest_of_a_kind_describes_a_project_and_names_none(nlp, text, unwanted):
    got = {t for t, _ in ents(nlp, text)}
    assert not {t for t in got if t.endswith(unwanted)}, got
    if "白沙河" in text:
        assert "白沙河水库扩容工程" in got, got


def test_a_name_of_its_own_after_a_superlative_is_still_a_project(nlp):
    assert ("云岭科创城项目", "PROJECT") in ents(nlp, "全镇投资额最大的云岭科创城项目下月动工。")


@pytest.mark.parametrize("text, place", [
    ("农博会大理州集中签约21个项目", "大理州"),
    ("东盟博览会钦州集中签约18个项目，总投资90亿元。", "钦州"),
])
def test_who_signs_a_counted_batch_of_projects_is_no_project(nlp, text, place):
    # the count after the signing says what was signed; the fair and the place before it signed them
    assert_found(nlp, text, {(place, "PLACE")}, set())
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("民营企业滨江新区行活动启动。", "滨江新区"),
    ("央企赣南片区行签约仪式举行。", "赣南片区"),
])
def test_the_kind_of_firms_touring_a_region_is_no_part_of_its_name(nlp, text, place):
    assert_found(nlp, text, {(place, "PLACE")}, set())


def test_when_and_that_it_is_planned_open_no_listed_projects_name(nlp):
    assert_found(nlp, "年内计划新开工江北水厂扩建工程、滨河北路等4个项目。",
                 {("江北水厂扩建工程", "PROJECT")}, {"年内计划新开工江北水厂扩建工程"})
    # a kind of plant alone after them names no project, as it names none opening a list
    assert_found(nlp, "明年计划新开工污水处理厂、滨河北路等4个项目。", set(),
                 {"污水处理厂", "明年计划新开工污水处理厂"})


@pytest.mark.parametrize("text", ["今年“四张牌”项目完成投资80亿元。", "全力推进“五大行动”工程。"])
def test_a_programmes_counted_label_names_no_project(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PROJECT"], got


def test_a_highways_number_before_a_village_is_no_part_of_its_name(nlp):
    assert_found(nlp, "S205线河口村至石门段改造工程完工。", {("河口村", "PLACE")}, {"S205线河口村"})


def test_a_brand_opening_with_a_conjunctions_character_heads_its_project(nlp):
    # "湖北|和|盛|食品|年产…": 和 is the brand's first character after its province, not "and"
    got = ents(nlp, "本次开工的是湖北和盛食品年产8万吨调味品项目。")
    assert ("湖北和盛食品", "COMPANY") in got, got
    assert ("年产8万吨调味品项目", "PROJECT") in got, got
    got = ents(nlp, "安徽与泰电器年产20万台水泵项目落户园区。")
    assert ("安徽与泰电器", "COMPANY") in got, got
    # two provinces joined stay two places
    got = ents(nlp, "湖北和湘粮油企业年产8万吨项目")
    assert not [t for t, label in got if label == "COMPANY"], got


def test_a_pledge_to_do_a_projects_work_well_stays_out_of_its_name(nlp):
    # "全力|做好|…项目的服务保障": the clause's verb, then the project
    got = ents(nlp, "县里将全力做好城东片区实验学校项目的各项服务保障工作。")
    assert ("城东片区实验学校项目", "PROJECT") in got, got
    got = ents(nlp, "园区要办好滨江冷链物流中心项目的开工仪式。")
    assert ("滨江冷链物流中心项目", "PROJECT") in got, got


def test_a_brand_of_a_place_and_a_noun_before_a_dot_is_the_projects(nlp):
    # "某山|溪谷|·|…度假区项目": the developer's brand, a place and a common noun, then the dot
    got = ents(nlp, "今年引进了青云山溪谷·悦澜度假区项目。")
    assert ("青云山溪谷·悦澜度假区项目", "PROJECT") in got, got
    assert not [t for t, label in got if label == "PLACE"], got


def test_a_plans_layout_of_one_centre_and_many_parts_is_no_place(nlp):
    # "一轴|多|片区": the shape of a plan, counted, names no district
    got = ents(nlp, "全县将构建“一轴多片区”的空间结构。")
    assert not [t for t, label in got if label == "PLACE"], got
    got = ents(nlp, "东城片区和西城片区同步开发。")
    assert ("东城片区", "PLACE") in got, got


def test_a_trade_read_as_a_verb_stays_inside_a_legal_name(nlp):
    # "…天盛|防水(v)|防腐材料|有限公司": the verb is one of the firm's trades, and two firms that share
    # their trades are not one "防腐材料有限公司"
    got = ents(nlp, "河北永鑫防水防腐材料有限公司正式成立。")
    assert ("河北永鑫防水防腐材料有限公司", "COMPANY") in got, got
    got = ents(nlp, "湖北远丰防水保温材料有限公司落户园区。")
    assert ("湖北远丰防水保温材料有限公司", "COMPANY") in got, got


def test_a_second_product_after_a_joiner_keeps_the_first(nlp):
    # "负极材料|及|关联(ns)|产品": a word jieba reads as a place after 及 is the second product;
    # "交通枢纽(l)|及|…基地": a four-character facility jieba reads as an idiom is the first
    got = ents(nlp, "宏锂公司投资的石墨负极材料及关联产品生产项目落户园区。")
    assert ("石墨负极材料及关联产品生产项目", "PROJECT") in got, got
    got = ents(nlp, "计划投资8亿元的客运交通枢纽及公交停保基地项目年内动工。")
    assert [t for t, label in got if label == "PROJECT" and t.startswith("交通枢纽及")] \
        or ("客运交通枢纽及公交停保基地项目", "PROJECT") in got, got


def test_the_sum_a_listed_project_was_signed_for_is_not_its_name(nlp):
    # "与某公司签订的|2.5亿元|某某产业园…项目": the sum, with no word of investing, opens no name
    got = ents(nlp, "分别是县政府与远航集团签订的6亿元红枣精深加工项目、高新区与海泰科技签订的2.5亿元白桦林参数字交易共享平台建设项目。")
    assert ("白桦林参数字交易共享平台建设项目", "PROJECT") in got, got
    got = ents(nlp, "县政府与远航集团签订的6亿元红枣精深加工项目、高新区与海泰科技签订的2.5亿元长白人参产业园区项目。")
    assert ("长白人参产业园区项目", "PROJECT") in got, got
    # and a park's name, which never opens with a sum
    got = ents(nlp, "高新区与海泰科技签订的2.5亿元长白人参产业园区项目正式落地。")
    assert not [t for t, _ in got if "亿元" in t], got


def test_a_visit_verb_glued_to_a_firm_stays_out(nlp):
    # "赴力(x)|嘉…集团": jieba's guess glued the verb of going to the firm's first character
    got = ents(nlp, "考察组随后赴华嘉科技有限公司参观座谈。")
    assert ("华嘉科技有限公司", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("赴")], got


def test_an_adverb_and_its_verb_before_a_project_stay_out(nlp):
    # "尽快(d)|运营(vn)|某某…项目": the clause's adverb and verb, then the project's name
    got = ents(nlp, "企业表示将尽快运营瑞通汽车博览园项目，打造城市名片。")
    assert ("瑞通汽车博览园项目", "PROJECT") in got, got


def test_a_chain_policy_verb_before_a_kind_of_project_names_none(nlp):
    # "补链、强链、延链|高端…项目": the last of the verbs is what the projects do, and the rest is a kind
    got = ents(nlp, "双方将加快推进补链、强链、延链新型建材产业项目建设。")
    assert not [t for t, label in got if label == "PROJECT"], got


def test_a_kind_of_street_names_no_street(nlp):
    # "…的|文化|商业街等…项目": a street by what it is for is a kind, as 文化公园 is; one with its own name stays
    got = ents(nlp, "投资9000万元的文化商业街等4个商贸类项目顺利开工。")
    assert not [t for t, label in got if label == "PLACE"], got
    got = ents(nlp, "东关商业街改造后客流明显回升。")
    assert ("东关商业街", "PLACE") in got, got


def test_after_glued_to_a_firm_in_a_following_clause_stays_out(nlp):
    # "某某农业|继爱俐华(x)|糖业…之后": jieba's guess glued 继 ("after") to the next firm's brand
    got = ents(nlp, "南山生态农业继瑞沁华糖业、丰达粮贸等公司之后签约入园。")
    assert ("瑞沁华糖业", "COMPANY") in got, got
    assert not [t for t, _ in got if "继" in t], got


def test_a_new_district_with_its_own_name_is_apart_from_a_place_inside_it(nlp):
    # "金普(x)|新区|北良港": the district's name is a guess jieba does not know, and the port after it
    # took the district's word as its own first word
    got = ents(nlp, "在丹东安民新区北良港东侧，一座粮库正在建设。")
    assert ("安民新区", "PLACE") in got and ("北良港", "PLACE") in got, got


def test_a_rare_character_of_a_local_name_stays_in_the_project(nlp):
    # "某市|浉(zg)|南|污水处理厂…": jieba leaves the rare character as a morpheme, which cut the name
    # at the direction after it
    got = ents(nlp, "计划投资2亿元的信阳市浉南污水处理厂二期扩建工程等。")
    assert ("浉南污水处理厂二期扩建工程", "PROJECT") in got and ("信阳市", "PLACE") in got, got


@pytest.mark.parametrize("text, name", [
    ("今年，城东的建设路南侧商住楼项目完成主体封顶。", "建设路南侧商住楼项目"),
    ("会上通报，华兴大街以北停车场项目进展顺利。", "华兴大街以北停车场项目"),
    # jieba reads the road's first character as an adjective: 新|民巷
    ("该区新民巷西侧商贸综合体项目正在施工。", "新民巷西侧商贸综合体项目"),
])
def test_a_road_and_its_side_before_a_project_name_it(nlp, text, name):
    # where a project stands is how a local paper names it; the side word stopped the name short
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_the_slogan_of_taking_hold_of_projects_names_no_project(nlp):
    # "抓项目、促发展": a place, its resolve and the verb 抓 before 项目 are a clause, and the place
    # at its head does not make it a project's name
    got = ents(nlp, "今年以来，湘江县、白石区一心一意抓项目、优环境，成效明显。")
    assert ("湘江县", "PLACE") in got and not [t for t, l in got if l == "PROJECT"], got


def test_a_region_in_brackets_jieba_tags_as_an_adverb_stays_in_a_counted_list_item(nlp):
    # "某某科技（|始兴(d)|）有限公司、…两家企业": jieba reads the county's name as an adverb, which cut
    # the first item of the counted list at the bracket
    got = ents(nlp, "会上，宏景科技（始兴）有限公司、蓝泰达实业有限公司两家企业代表签约。")
    assert ("宏景科技（始兴）有限公司", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("）")], got


@pytest.mark.parametrize("text, name", [
    ("会上,中关村石景山园管委会与两家企业签了约。", "中关村石景山园管委会"),
    ("顺义园管理委员会主任介绍了园区情况。", "顺义园管理委员会"),
])
def test_a_park_branch_named_by_its_district_and_yuan_keeps_its_committee(nlp, text, name):
    # "某区|园(zg)|管委会": jieba leaves a branch park's 园 a bare morpheme, which cut the committee off
    # its park and left it a bare 管委会
    got = ents(nlp, text)
    assert (name, "AGENCY") in got, got


@pytest.mark.parametrize("text, name", [
    ("区里与两家央企就东湖湿地修复项目、沧州永泰化工地块项目2个项目签了约。", "沧州永泰化工地块项目"),
    ("本次开工的有南环路改造工程、青石桥重建工程3个工程。", "青石桥重建工程"),
])
def test_a_count_of_the_list_after_its_last_item_leaves_the_item_named(nlp, text, name):
    # "A项目、B项目|2|个|项目": the count with its own head counts the list; the last item is still
    # one named, not "how many projects of a kind"
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_a_count_of_projects_of_a_kind_after_no_list_names_none(nlp):
    got = ents(nlp, "全县战略新兴产业项目17个项目开工。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, firms", [
    ("园区已引来华为、小米、海尔和格力等龙头企业。", ["海尔", "格力"]),
    ("吸引华为、小米、海尔及格力等龙头企业落户。", ["海尔", "格力"]),
    ("新区引进华为、小米、海尔以及格力等企业。", ["海尔", "格力"]),
])
def test_a_conjunction_before_the_last_firm_of_a_list_joins_two_firms(nlp, text, firms):
    # "A、B、C及D等企业": the conjunction joins the list's last two firms, no two words of one name
    got = ents(nlp, text)
    assert all((f, "COMPANY") in got for f in firms), got
    assert not [t for t, _ in got if any(j in t for j in "和及") or "以及" in t], got


def test_a_legal_name_holding_a_conjunction_stays_one_firm_in_a_list(nlp):
    got = ents(nlp, "参加的有甲一建材有限公司、乙二机械及配件有限公司等企业。")
    assert ("乙二机械及配件有限公司", "COMPANY") in got, got


@pytest.mark.parametrize("text, project", [
    ("当天签约了肉牛养殖、孙海平书画院建设项目等项目。", "孙海平书画院建设项目"),
    ("王秋生纪念馆修缮项目近日开工。", "王秋生纪念馆修缮项目"),
])
def test_a_hall_named_after_a_person_is_the_project_and_the_person_builds_nothing(nlp, text, project):
    # "某某某|艺术馆建设项目": the person the hall is named after heads no project as its company
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text, project", [
    ("县里正在建设天然气调峰站及配套管网项目。", "天然气调峰站及配套管网项目"),
    ("城南燃气调峰站及配套管网项目今年完工。", "城南燃气调峰站及配套管网项目"),
])
def test_a_station_jieba_reads_as_a_verb_stays_in_the_projects_name(nlp, text, project):
    # "调峰|站(v)|及…项目": the station's last character is a noun there, and the name reads on over it
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got


def test_a_person_standing_somewhere_names_no_station(nlp):
    assert not [t for t, lab in ents(nlp, "一名工人站在脚手架上。") if lab == "PROJECT"]


@pytest.mark.parametrize("text, firm", [
    ("本次签约的是西部华瑞科技有限公司。", "西部华瑞科技有限公司"),
    ("县里与中部云谷科技有限公司签了约。", "中部云谷科技有限公司"),
])
def test_a_regions_part_opening_a_legal_name_is_the_firms_brand(nlp, text, firm):
    # "是|西部(f)|某某科技有限公司": after a verb, the part of a region opens the brand (as 西部矿业 is named)
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got


def test_a_regions_part_after_a_noun_is_where_the_firm_is(nlp):
    # "园区|西部|某某科技有限公司": the park's west, where the firm is
    got = ents(nlp, "园区西部华瑞科技有限公司厂房已封顶。")
    assert ("华瑞科技有限公司", "COMPANY") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("签约项目中，有辽宁丰泽新材料有限公司投资的电子元件封装项目。",
     {("辽宁丰泽新材料有限公司", "COMPANY"), ("电子元件封装项目", "PROJECT")}),
    ("由北岭泰和科技有限公司投资建设的光学镜片加工项目即将投产。",
     {("北岭泰和科技有限公司", "COMPANY"), ("光学镜片加工项目", "PROJECT")}),
])
def test_a_company_invests_in_its_own_project_named_by_its_trade(nlp, text, wanted):
    # "X有限公司投资的Y项目": the firm's own project, as one it signs for, though Y alone would be a kind
    assert_found(nlp, text, wanted, set())


@pytest.mark.parametrize("text, wanted", [
    ("园区新集聚了旭升焦炭、华冠环保科技等一批配套项目。", {("旭升焦炭", "PROJECT"), ("华冠环保科技", "COMPANY")}),
])
def test_the_particle_closing_a_verb_is_no_part_of_the_first_item_after_it(nlp, text, wanted):
    # "集聚|了旭升(x)|焦炭": jieba's guess glued 了 to the unknown name, and the item took the clause's
    # words before it
    got = set(ents(nlp, text))
    assert wanted <= got, got
    assert not [t for t, _ in got if "了" in t], got


def test_a_years_campaign_for_projects_names_no_project(nlp):
    # "某市转型项目|建设|年": the theme of the year's campaign, no project
    got = ents(nlp, "汾阳市转型项目建设年活动正式启动。")
    assert ("汾阳市", "PLACE") in got, got
    assert not [t for t, lab in got if lab == "PROJECT"], got
    # (but a project to be built within the year keeps its name)
    assert ("甲县光伏发电项目", "PROJECT") in ents(nlp, "甲县光伏发电项目建设年内完成。")


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a natural village (屯) of the Northeast is a place of its own, not the town its name begins with
    ("书记一行来到某某矿业有限公司新安屯钼矿调研。", {("新安屯", "PLACE")}, {"新安"}),
])
def test_a_natural_village_after_its_name_is_a_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "圣泰公司|铸造材料": a firm written with 公司 heads its item as a legal name does, named apart from
    # its trade
    ("开工项目包括圣泰公司铸造材料、宏远公司木业加工等5个项目。",
     {("圣泰公司", "COMPANY"), ("宏远公司", "COMPANY")}, {"圣泰公司铸造材料", "宏远公司木业加工"}),
])
def test_a_firm_written_with_gongsi_heads_its_list_item(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "全县成功招引了一批大好高优项目。",
    "园区积极引进高精尖项目。",
])
def test_a_run_of_qualities_names_no_project(nlp, text):
    # "大好高优", "高精尖": what a county wants its projects to be, no project's name
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


def test_a_zone_whose_projects_start_is_a_place(nlp):
    # "某某示范区榆次开发区|集中开工的12个项目": the zone is where the projects start, a place, as its
    # suffix says, not a project of its own
    got = ents(nlp, "此次改革示范区榆次开发区集中开工的12个项目均为大项目。")
    assert ("改革示范区榆次开发区", "PLACE") in got, got
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, name", [
    ("园区内，宏远年产5吉瓦单晶硅棒及单晶硅切片项目已经落地。", "宏远年产5吉瓦单晶硅棒及单晶硅切片项目"),
    ("今年开工建设年产8万吨多晶硅棒项目。", "年产8万吨多晶硅棒项目"),
])
def test_a_products_last_character_left_as_a_morpheme_stays_in_the_project(nlp, text, name):
    # "单晶硅|棒(zg)|项目": jieba leaves the product's last character a bare morpheme, which stopped the
    # name at it, and the project was lost
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


@pytest.mark.parametrize("text", [
    "该县通过简化审批、创建诚信政府等办法改善营商环境。",
    "全市着力打造阳光政府，提升服务效能。",
])
def test_the_kind_of_government_a_programme_wants_is_no_agency(nlp, text):
    # "创建|诚信(nz)|政府": a quality of the government wanted, which jieba tags as a proper name
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "AGENCY"], got


def test_the_area_a_drive_is_for_is_no_place(nlp):
    # "有力|助推|片区发展": the drive's object, by its kind, names no place
    got = ents(nlp, "这批项目开工，将有力助推片区高质量发展。")
    assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text, name", [
    ("基础设施类项目分别是北站立交改造、青石山连接绕城高速段道路工程、南区路网工程。", "青石山连接绕城高速段道路工程"),
    ("今年将开工青石山连接绕城高速段道路工程。", "青石山连接绕城高速段道路工程"),
])
def test_a_link_road_to_a_ring_road_s_section_is_one_project(nlp, text, name):
    # "某山|连接|绕城|高速(d)|段|道路工程": 连接 joins the road's two ends as 至 does, jieba reads the
    # road's kind as an adverb, and 绕城 ("around the city") is no place
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got
    assert "绕城" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, name", [
    ("开工的有锦程动力K15/K20国五汽油机缸盖年产8万件智能化生产线改造项目。",
     "锦程动力K15/K20国五汽油机缸盖年产8万件智能化生产线改造项目"),
    ("新开工国六柴油机缸体年产6万件生产线项目。", "国六柴油机缸体年产6万件生产线项目"),
])
def test_a_products_models_and_standard_before_its_capacity_stay_in_the_project(nlp, text, name):
    # "D25|/|D30|国六|柴油机…年产…项目": two models of one product and the emission standard are what the
    # product is, no firm's name before the capacity
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text, short, label", [
    ("西宁鑫源矿业股份有限公司（以下简称“鑫源”）昨日与县政府签约。", "鑫源", "COMPANY"),
    ("某省交通运输厅（简称：交运厅）日前发出通知。", "交运厅", "AGENCY"),
])
def test_a_short_name_declared_in_brackets_is_of_its_names_type(nlp, text, short, label):
    # "…有限公司（以下简称“某矿业”）": the text says what it will call the name; the short name is one
    # of its kind, whether or not a rule reads it alone
    got = ents(nlp, text)
    assert (short, label) in got, got


def test_a_kind_of_firm_declared_for_several_is_no_name(nlp):
    got = ents(nlp, "当地首批三家农村商业银行股份有限公司（下称“农商行”）挂牌开业。")
    assert "农商行" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text", ["今年他在县里新建项目，带动了就业。", "省里新建项目资金已经下达。"])
def test_a_level_said_as_the_place_of_its_government_names_no_project(nlp, text):
    # "县里|新建(ns)|项目": the county spoken of as its government; jieba tags 新建 as a district's name
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_clauses_done_verb_before_a_list_is_no_part_of_its_first_item(nlp):
    # "向…等珠三角60余家企业重点推荐|了|某某通用机场、…等4个项目": the list begins after 了, which no
    # name holds
    got = ents(nlp, "该区向来自中山、惠州、珠海等珠三角40余家企业重点推荐了青溪通用机场、青溪医药产业园、"
                    "军民融合产业园等4个项目。")
    projects = {t for t, lab in got if lab == "PROJECT"}
    assert "青溪通用机场" in projects, got
    assert not [t for t in projects if "企业" in t], got


def test_the_projects_of_a_fair_held_in_a_city_name_no_project(nlp):
    # "…产业转移项目|(|上海|)|洽谈会": the fair, with the city it is held in between, offers projects
    got = ents(nlp, "代表团在上海参加首届国际高端产业转移项目(上海)洽谈会。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_landscape_park_by_its_kind_is_no_place(nlp):
    got = ents(nlp, "目前正在开展景观公园绿化和道路铺装。")
    assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text, name", [
    ("今年将建设城北污水处理厂一、二期项目。", "城北污水处理厂一、二期项目"),
    ("城东物流园项目、城西污水处理厂一、二期、南区道路工程等项目开工。", "城西污水处理厂一、二期"),
])
def test_the_numbers_of_one_projects_phases_are_no_list(nlp, text, name):
    # "…厂|一|、|二期": 、 between a lone numeral and the next phase lists one project's phases, not two items
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_a_towns_level_word_glued_to_a_function_character_stays_the_towns(nlp):
    # "长岭|镇以(x)|某村为中心": jieba's guess glued 以 to the town's 镇; the town is whole, and the village
    # after it starts after 以
    got = ents(nlp, "白河镇以沙滩埔村为中心，带动周边三个村发展蔬菜产业。")
    assert ("白河镇", "PLACE") in got and ("沙滩埔村", "PLACE") in got, got


def test_a_programme_named_by_its_field_and_a_number_is_no_project(nlp):
    # "以|党建115工程|为引领": a programme's code, no works of its own
    got = ents(nlp, "该镇以党建115工程为引领，推动村集体经济发展。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_list_of_projects_closed_by_a_kind_of_firms_projects_is_of_projects(nlp):
    # "A年产…项目、B…项目等一批本土企业转型项目": the head after 等 and its count is the projects', though a
    # firm's word comes first; the items are projects, and the head names none of its own
    got = ents(nlp, "其中有锦瑞年产800台真空包装机智造项目、安尔年产500台印刷包装机械项目等一批本土企业转型裂变项目。")
    assert ("安尔年产500台印刷包装机械项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY" and t.endswith("项目")], got
    assert "本土企业转型裂变项目" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text", ["投资中既有实体企业转型升级项目，也有大型商贸项目。",
                                  "围绕行业龙头企业和产业链上下游补链项目开展招商。"])
def test_the_projects_of_a_kind_of_firm_name_no_project(nlp, text):
    # "实体|企业|转型升级项目": firms of a kind, in ordinary words, then their projects; none is named
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT" and "企业" in t], got


def test_a_named_firms_project_keeps_its_firm_word(nlp):
    got = ents(nlp, "宏达企业技改项目今年开工。")
    assert ("宏达企业技改项目", "PROJECT") in got, got


def test_the_firms_works_named_right_after_them_stay_a_project(nlp):
    # "…、某某生物|企业景观提升改造工程": the firms are named just before; the works are theirs, no kind of firm's
    got = ents(nlp, "目前正在开展优格仓工贸、圣信工贸、吉顺生物企业景观提升改造工程，预计今年完工。")
    assert ("企业景观提升改造工程", "PROJECT") in got or ("吉顺生物企业景观提升改造工程", "PROJECT") in got, got


@pytest.mark.parametrize("text", [
    "县里提出要建设透明政府、阳光政府。",
    "全镇干部要做讲信用的诚信政府的表率。",
])
def test_the_kind_of_government_a_programme_wants_names_no_body(nlp, text):
    # jieba tags a quality (诚信, 阳光) as a proper name, which read as whose government it is
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "AGENCY"], got


@pytest.mark.parametrize("text, name", [
    ("運輸及物流局局長今日視察機場。", "运输及物流局"),
    ("會上,由房屋及規劃局局長致辭。", "房屋及规划局"),
    ("教育及培训局局长出席了典礼。", "教育及培训局"),
])
def test_a_bureau_joining_two_fields_with_ji_is_one_office(nlp, text, name):
    # Hong Kong's bureaus join their fields with 及 and name no place before them: the office is the
    # whole, not only the field after 及
    got = ents(nlp, text)
    assert (name, "AGENCY") in got, got


@pytest.mark.parametrize("text, name", [
    ("七龙湾物流项目,总投资1亿元。", "七龙湾物流项目"),
    ("四龙湾康养项目,占地80亩。", "四龙湾康养项目"),
])
def test_a_numeral_glued_to_a_place_name_opens_the_project_name(nlp, text, name):
    # "七|龙湾|物流项目": a numeral with no classifier, right before a place's name, is the name's own
    # first character, no count of projects
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


def test_the_momentum_of_an_idiom_names_no_project(nlp):
    # "以攻坚之势|掀|项目建设高潮": jieba guesses 之势 a proper word, which opened a project 之势掀项目
    got = ents(nlp, "全镇以攻坚之势掀项目建设新高潮。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, name", [
    ("南岭冷链仓储项目施工有序推进。", "南岭冷链仓储项目"),
    ("东湖湿地公园、西环路拓宽项目建设进展顺利。", "西环路拓宽项目"),
])
def test_the_works_between_a_project_and_its_status_are_no_part_of_its_name(nlp, text, name):
    # "…项目|施工|有序推进": the works going on are the clause's subject with the project, not its name
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


@pytest.mark.parametrize("text", [
    "鼓励村集体以林地入股等形式与企业合作。",
    "以厂房租赁、设备入股等方式同企业开展合作。",
])
def test_a_list_of_the_ways_a_deal_is_done_names_no_firm(nlp, text):
    # "A、B等|形式|与企业…": the list is of ways (形式, 方式), and the firm after them is no head of it
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_firms_plant_of_a_stated_output_right_after_its_name_is_its_project(nlp):
    # "某集团|年产|10万吨|饲料厂": no 项目 ends the name, the plant does, as a line does
    got = ents(nlp, "该县引进东方农牧集团年产10万吨饲料厂。")
    assert ("东方农牧集团", "COMPANY") in got and ("年产10万吨饲料厂", "PROJECT") in got, got


def test_a_list_of_kinds_of_facility_before_different_projects_names_none(nlp):
    # "设立研发中心、生产基地等|不同|项目": the determiner says the list is of kinds; a named item stays one
    got = ents(nlp, "入驻企业将设立检测中心、仓储基地等不同项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    got = ents(nlp, "县里引进了南湖检测中心、北岭仓储基地等各类项目。")
    assert ("南湖检测中心", "PROJECT") in got, got


def test_a_list_its_head_introduces_at_the_start_of_a_sentence_is_read(nlp):
    # "…共有12个项目。|项目|分别是：A、B、C": the head opens the sentence, and the items, most of them
    # with no head of their own, are still its projects
    got = ents(nlp, "项目分别是：东岭茶叶精深加工、城北污水处理厂、滨江大道。")
    assert {("东岭茶叶精深加工", "PROJECT"), ("城北污水处理厂", "PROJECT"), ("滨江大道", "PROJECT")} <= set(got), got


def test_an_introduced_list_running_to_the_end_of_the_text_is_read(nlp):
    # no mark closes the list: its end is the text's, after the last word
    got = ents(nlp, "项目分别是：东岭茶叶精深加工、城北污水处理厂、滨江大道")
    assert ("滨江大道", "PROJECT") in got, got


def test_ji_between_a_person_and_another_body_joins_no_office(nlp):
    # "某局主席陈某|及|某新区管理委员会": two bodies and a person, not one office joining two fields
    got = ents(nlp, "澳門旅遊促進局主席陳國華及南灣新區管理委員會副主任出席。")
    assert ("南湾新区管理委员会", "AGENCY") in got and not [t for t, _ in got if "及" in t], got


def test_kinds_of_project_by_their_trade_name_no_project(nlp):
    # "传统硅加工、农副产品深加工等项目": goods and the work done on them, a kind of project; none is named
    got = ents(nlp, "这些项目既包括依托本地特色发展的传统石材加工、农副产品深加工等项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    got = ents(nlp, "签约年产5万吨饲料加工、城东物流园等项目。")
    assert ("年产5万吨饲料加工", "PROJECT") in got, got


def test_an_autonomous_county_by_its_short_name_and_level_is_a_place(nlp):
    # Papers write 孟村县 for 孟村回族自治县 and 互助县 for 互助土族自治县; jieba reads the short name as a
    # person's (孟村|县) or the whole as an ordinary word (互助县/n), and no place was found
    for text, place in (("今年孟村县新开工项目5个。", "孟村县"), ("互助县与一家公司签约。", "互助县"),
                        ("前郭县举行项目集中开工仪式。", "前郭县")):
        got = ents(nlp, text)
        assert (place, "PLACE") in got, (text, got)


def test_the_names_that_sign_a_report_at_its_end_are_no_places(nlp):
    # "（平路路 郜文俊）": the writers sign with no title; a road read in a name is a person's
    for text in ("该区将继续做好签约项目的跟踪服务。（安路路 郜文俊）", "该区将继续做好服务。（郜文俊 林中路）",
                 "该区将继续做好服务。（王新村 郜文俊）"):
        got = ents(nlp, text)
        assert not [t for t, lab in got if lab == "PLACE" and t != "该区"], (text, got)
    # (roads in brackets inside a sentence are roads)
    got = ents(nlp, "项目位于（东环路 林中路）交叉口西侧。")
    assert ("林中路", "PLACE") in got, got


def test_a_party_committees_policy_office_by_its_short_name_is_an_agency(nlp):
    # "某市委政研室副主任…": the committee's policy research office, written short, was no agency and
    # took its committee with it
    got = ents(nlp, "临川市委政研室副主任王某出席座谈会。")
    assert ("临川市委政研室", "AGENCY") in got, got
    got = ents(nlp, "区工信局、区委政研室、区发改局负责同志陪同。")
    assert ("区委政研室", "AGENCY") in got, got


def test_a_facility_named_after_its_investments_de_is_a_project(nlp):
    # "总投资10亿元的某某国际商贸城已完成投资…": no 项目 ends the name, the facility's head does; a trade
    # city read as a place by its 城, or a logistics park as nothing
    got = ents(nlp, "总投资12亿元的江海国际商贸城已完成投资5亿元。")
    assert ("江海国际商贸城", "PROJECT") in got, got
    got = ents(nlp, "计划投资3亿元的青禾冷链物流园正在加紧建设。")
    assert ("青禾冷链物流园", "PROJECT") in got, got
    # (a kind of facility in common words is none: many firms build one)
    got = ents(nlp, "总投资3亿元的研发生产基地正在建设。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    # (a phase in brackets after the head goes on with the name, to its 项目)
    got = ents(nlp, "投资15亿元的青禾大健康产业园（一期）项目；投资3亿元的某某公司项目。")
    assert ("青禾大健康产业园（一期）项目", "PROJECT") in got, got


def test_the_people_who_start_the_projects_name_no_project(nlp):
    # "某某、某某、某某和客商代表共同为项目开工培土奠基": the leaders start the projects, which the
    # clause names by 项目 alone after a preposition; no item before it is a project
    got = ents(nlp, "随后，吴立新、范德远、郑启明、毛青和客商代表共同为项目开工培土奠基。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_region_of_several_divisions_before_a_trade_heads_no_firm(nlp):
    # "京津冀汽车零部件交易物流中心": the region's market for car parts, no firm 京津冀汽车 and its project
    got = ents(nlp, "投资超20亿元的清溪特色小镇、京津冀汽车零部件交易物流中心等3个项目来自北京。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    assert ("京津冀汽车零部件交易物流中心", "PROJECT") in got, got
    got = ents(nlp, "长三角汽车零部件产业园开工。")
    assert ("长三角汽车零部件产业园", "PROJECT") in got, got


def test_a_japanese_or_korean_firm_by_its_legal_form_is_a_company(nlp):
    # "株式会社", the legal form of a Japanese or Korean company, as news writes it
    got = ents(nlp, "韩国某星株式会社在经济开发区建设汽车零配件生产项目。")
    assert ("韩国某星株式会社", "COMPANY") in got, got


def test_two_legal_names_listed_without_a_mark_are_two_firms(nlp):
    # "甲实业有限公司乙机械有限公司等企业": a caption's list with no 、 between its firms; a legal name
    # holds no other whole legal name, only a branch's does
    got = ents(nlp, "参会的有岳州青禾农业有限公司汉阳宏泰机械有限公司等企业。")
    assert {("岳州青禾农业有限公司", "COMPANY"), ("汉阳宏泰机械有限公司", "COMPANY")} <= set(got), got
    got = ents(nlp, "参会的有中国平安财产保险股份有限公司岳阳中心支公司等企业。")
    assert not [t for t, lab in got if lab == "COMPANY" and t.endswith("有限公司")], got


def test_zhong_right_after_de_opens_the_project_name(nlp):
    # "投资20亿元的|中|X…项目": a locative places the noun before it, and 的 is followed by the noun it
    # modifies, so 中 there is the name's first character (a China-and-partner brand, 中某)
    got = ents(nlp, "县里签下投资20亿元的中建材光伏玻璃产业园项目。")
    assert ("中建材光伏玻璃产业园项目", "PROJECT") in got, got


def test_a_list_head_glued_to_its_verb_stays_out_of_the_first_item(nlp):
    # "开工的项目为某某…产业园和…": jieba glued 为 to the first item's brand; the head and the verb are
    # the clause's, not the name's
    got = ents(nlp, "上午开工的项目为岚溪新材料产业园和城东仓储中心、白沙智造产业园。")
    assert ("岚溪新材料产业园", "PROJECT") in got, got
    assert not [t for t, _ in got if t.startswith("项目")], got


def test_a_bodys_name_goes_on_over_the_place_it_names_in_brackets(nlp):
    # "某某论坛（城市）常设秘书处": the city in brackets is part of the secretariat's name, as a region is
    # in a legal name; the forum's name before it too
    got = ents(nlp, "会上，中拉论坛（深圳）常设秘书处与市商务局签署协议。")
    assert ("中拉论坛（深圳）常设秘书处", "AGENCY") in got, got


def test_a_products_place_in_its_chain_is_part_of_the_projects_name(nlp):
    # "某某|下游|精细化工项目": 下游 ("downstream") says which of the product's goods the project makes;
    # jieba reads it as a locative, which would close the name there
    got = ents(nlp, "县里引进了投资3亿元的5万吨苯乙烯下游精细化工项目。")
    assert ("5万吨苯乙烯下游精细化工项目", "PROJECT") in got, got


def test_minding_projects_is_the_clauses_verb_no_part_of_a_project(nlp):
    # "某县|高度重视|项目建设": the county attaches great weight to building projects, none named
    got = ents(nlp, "近年来，岳西县高度重视项目建设，成效明显。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_an_industrial_estate_before_a_firm_is_no_part_of_its_name(nlp, full_nlp):
    # "在某某工业小区|某某有限公司举行": jieba cuts 工业小区 in two, and 小区 opened the firm's name
    for pipe in (nlp, full_nlp):
        got = ents(pipe, "县里在城北工业小区湖南宏泰电子有限公司举行签约仪式。")
        assert ("湖南宏泰电子有限公司", "COMPANY") in got, got


def test_an_acting_heads_title_ends_the_office_before_it(nlp):
    # "某管理局|代理局长|某某": jieba cuts the acting head's title as 代理|局|长; its 局 is the title's
    got = ents(nlp, "南港开发管理局代理局长吴振宇主持了说明会。")
    assert ("南港开发管理局", "AGENCY") in got and not [t for t, _ in got if "代理" in t], got
    got = ents(nlp, "县林业局代理处长周平到场。")
    assert ("县林业局", "AGENCY") in got and not [t for t, _ in got if "代理" in t], got


def test_a_trade_before_a_park_and_in_names_no_firm(nlp):
    # "某某化工|园内": jieba glues the park's last character to "in"; the trade names the park
    got = ents(nlp, "新厂计划在东湖化工园内建设三条生产线。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_for_example_glued_to_a_place_opens_no_place(nlp):
    # "项目如|泉港…": the "for example" of a list, which jieba glues to the first item's place
    got = ents(nlp, "一批技改项目如泉港聚酯薄膜升级改造已经启动。")
    assert ("泉港", "PLACE") in got and not [t for t, _ in got if "如" in t], got


def test_streets_and_towns_together_name_no_place(nlp):
    # 街镇: a district's streets and towns in general
    got = ents(nlp, "全区各街镇要抓好安全生产。")
    assert not [t for t, lab in got if lab == "PLACE"], got


def test_a_projects_phase_in_brackets_is_no_part_of_its_firm(nlp):
    # "某某新材（二期）年产…项目": the firm heads the project, and the phase is the project's
    got = ents(nlp, "投资8亿元的华拓新材（二期）年产5万吨可降解塑料项目昨日开工。")
    assert ("华拓新材", "COMPANY") in got and not [t for t, lab in got if lab == "COMPANY" and "期" in t], got


def test_a_brand_jieba_reads_as_a_place_opens_a_name_with_a_bracketed_region(nlp):
    # "中科(ns)|启程（海南）…有限公司": a brand word jieba's dictionary tags as a place it does not know
    got = ents(nlp, "中科星辰（福建）新材料有限公司总经理表示，项目年底投产。")
    assert ("中科星辰（福建）新材料有限公司", "COMPANY") in got, got


def test_a_division_after_a_numeral_jieba_cut_off_is_read_inside_a_longer_name(nlp):
    # "进驻|二|林园区": the park 二林园区, whose name opens with a numeral; Kaohsiung's 林园区 is not there
    got = ents(nlp, "已有五家厂商进驻二林园区。")
    assert ("林园区", "PLACE") not in got, got
    got = ents(nlp, "工厂设在高雄市林园区。")
    assert ("林园区", "PLACE") in got, got


def test_a_rough_amount_after_the_investment_names_a_size_of_project(nlp):
    # "总投资|超|30亿元|单体制造业项目": the investment, a rough amount (超, 逾) and a kind of project
    got = ents(nlp, "这三家都是总投资超30亿元单体制造业项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    got = ents(nlp, "总投资逾8亿元的南岭光伏组件项目昨日开工。")
    assert ("南岭光伏组件项目", "PROJECT") in got, got


def test_firms_counted_after_the_list_take_a_head_after_a_clause_of_their_trades(nlp):
    # "A、B、C等|18|家|分属…、…等产业之|厂商": the count is of firms; the head comes after their trades' list
    got = ents(nlp, "园区已引进冠华、统岳、立泰等18家分属精密机械、光电及医材等产业之厂商进驻。")
    assert {("冠华", "COMPANY"), ("统岳", "COMPANY"), ("立泰", "COMPANY")} <= set(got), got


def test_an_ellipsis_before_deng_closes_a_list_as_deng_does(nlp):
    # "…、某某光电…|等企业": the ellipsis after the last item is no item of its own
    got = ents(nlp, "签约的有冠华、统岳、立泰光电…等企业。")
    assert {("冠华", "COMPANY"), ("统岳", "COMPANY"), ("立泰光电", "COMPANY")} <= set(got), got


@pytest.mark.parametrize("text, firm", [
    ("中原石化网讯 近日，城北园区一个新项目正式投产。", "中原石化"),
    ("北辰能源新闻网讯 日前，某县与多家企业签约。", "北辰能源"),
    ("南山钢铁集团网5月3日讯 城东物流园开工。", "南山钢铁集团"),
])
def test_a_trade_news_sites_dateline_names_no_firm(nlp, text, firm):
    # "某某化工|网讯": the site of a trade's news, named like a firm, files the report; no firm is named
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "COMPANY" and t.startswith(firm[:2])], got


def test_a_firm_before_its_website_is_still_named(nlp):
    got = ents(nlp, "东岳化工有限公司网站发布公告。")
    assert ("东岳化工有限公司", "COMPANY") in got, got


def test_a_city_in_brackets_between_a_firm_and_its_project_opens_neither(nlp):
    # "某某集团（西安）冷链物流基地": the firm, the city it works in, then the project; no name opens
    # with the bracket
    got = ents(nlp, "现场签约了东岭集团（西安）冷链物流基地、城南食品产业园等项目。")
    assert ("东岭集团", "COMPANY") in got and ("冷链物流基地", "PROJECT") in got, got
    assert not [t for t, _ in got if t.startswith(("（", "("))], got


def test_a_bureau_named_by_its_verbs_before_its_deputy_heads_title_is_named(nlp):
    # "市招商投资局|副局长": jieba writes 局 alone, as before 局长; the deputy's title says it is an office
    got = ents(nlp, "市招商投资局副局长李明陪同企业考察。")
    assert ("市招商投资局", "AGENCY") in got, got


def test_a_plant_named_by_what_it_does_to_its_goods_before_xiangmu_is_a_project(nlp):
    # "…万吨|煤泥|提质|项目": 提质 (upgrading) is what the plant does to the slurry, inside the name,
    # not a verb of the clause before the project
    got = ents(nlp, "东岭年产20万吨煤泥提质项目总投资3亿元。")
    assert any(lab == "PROJECT" and t.endswith("煤泥提质项目") for t, lab in got), got
    got = ents(nlp, "补链、强链、延链高端化工产业项目加快推进。")
    assert not [t for t, lab in got if lab == "PROJECT" and "链" in t], got


def test_a_groups_brand_of_xin_and_a_word_jieba_reads_as_a_verb_is_named(nlp):
    # "与|新|希望|集团": after the partner's 与, 新 and the verb-like word are the group's brand
    got = ents(nlp, "县政府与新希望集团签订了合作协议。")
    assert ("新希望集团", "COMPANY") in got, got
    got = ents(nlp, "我们希望集团加快转型。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_parks_kind_after_a_superlative_names_no_park(nlp):
    # "东北最大的|钢管制造工业园": how big a kind of park the one named before is, no name; a name of its
    # own after the superlative is still the park's
    got = ents(nlp, "临港园区将建成西北地区最大的钢管制造工业园。")
    assert not [t for t, _ in got if t.endswith("工业园")], got
    got = ents(nlp, "这里是全省最大的蓝湾工业园。")
    assert ("蓝湾工业园", "PLACE") in got, got


def test_a_zone_kind_after_a_scope_and_a_verbs_character_names_no_zone(nlp):
    # "创|全国|工业区|招商纪录": jieba leaves the verb's character 创 apart; the scope after it still says
    # that every zone of the kind is meant
    got = ents(nlp, "该园区去年引进企业四十家，创全國工業區招商紀錄。")
    assert not [t for t, lab in got if lab == "PLACE" and t.endswith("工业区")], got


@pytest.mark.parametrize("text", ["縣長要求跨局處合作推動投資案。", "市府相關局處將協助廠商。"])
def test_bureaus_and_offices_in_general_name_no_office(nlp, text):
    # Taiwan's "局處" is a government's offices in general: no office ends at its 局
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "AGENCY" and t.endswith("局")], got


def test_a_bureau_before_a_verb_or_a_title_opening_with_chu_is_still_named(nlp):
    got = ents(nlp, "县财政局处理了此事，市商务局处长出席。")
    assert ("县财政局", "AGENCY") in got and ("市商务局", "AGENCY") in got, got


def test_a_known_office_before_its_deputy_heads_title_keeps_its_own_name(nlp):
    # "国家|商务部投资促进局|副局长": the office's known name ends at 局; the deputy's title reads no
    # longer one from the words before it
    got = ents(nlp, "国家商务部投资促进局副局长李勇出席。")
    assert ("商务部投资促进局", "AGENCY") in got, got


def test_a_short_kind_after_a_firms_bracketed_city_stays_with_the_item(nlp):
    # "某某（银川）奥特莱斯": a store's kind alone after the city is no project of its own
    got = ents(nlp, "签约了砂石湾（银川）奥特莱斯、城南食品产业园等项目。")
    assert not [t for t, lab in got if lab == "PROJECT" and t == "奥特莱斯"], got


@pytest.mark.parametrize("text", [
    "两地携手打造创新型高新区和开放型经济开发区。",
    "该县提出建设生态型工业园区的目标。",
])
def test_a_zone_described_by_its_type_names_no_zone(nlp, text):
    # "…型|经济|开发区": the kind of zone a plan wants (smart, open, green), no zone of that name
    assert not [t for t, lab in ents(nlp, text) if lab == "PLACE"], ents(nlp, text)


def test_a_zone_with_a_name_and_a_type_word_after_it_stays(nlp):
    # a word ending in 型 that a trade follows is part of a park's name (新型|材料): the rule looks at what
    # comes after the type word
    got = ents(nlp, "东山新型材料产业园区今年新增企业八家。")
    assert ("东山新型材料产业园区", "PLACE") in got, got


@pytest.mark.parametrize("text, gone", [
    ("省光伏发电工程实验室主任介绍了新技术。", "省光伏发电工程"),
    ("北岭水利工程勘察设计院承担了测绘任务。", "北岭水利工程"),
    ("邀请西部交通工程研究院专家座谈。", "西部交通工程"),
])
def test_an_institution_named_after_its_field_of_engineering_is_no_project(nlp, text, gone):
    # "…工程|实验室", "…工程|勘察设计院": 工程 is the field a lab or an institute works in
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT"] and gone not in {t for t, _ in got}, got


def test_a_project_before_a_word_of_research_that_is_no_institute_stays(nlp):
    # 研究 is the work done on the project; 研究院 would be the institute
    got = ents(nlp, "南岭水库除险加固工程研究进展顺利。")
    assert ("南岭水库除险加固工程", "PROJECT") in got, got


def test_appointing_a_firm_comes_before_its_name(nlp):
    # "…亦|委任|某公司为顾问": the verb of appointing, as 任命 is, is no part of the firm appointed
    got = set(ents(nlp, "南山發展有限公司亦委任北湖建築有限公司為總承建商。"))
    assert {("南山发展有限公司", "COMPANY"), ("北湖建筑有限公司", "COMPANY")} <= got, got
    assert not [t for t, _ in got if "委任" in t], got


@pytest.mark.parametrize("text, places", [
    ("政府將在北部都會區洪水橋一帶興建物流園。", {"北部都会区", "洪水桥"}),
    ("新田科技城的面積約為香港科學園的十倍。", {"新田科技城", "香港科学园"}),
    ("新校舍分別設於天水圍及將軍澳。", {"天水围", "将军澳"}),
])
def test_hong_kong_districts_of_development_are_places(nlp, text, places):
    # no division in the gazetteer and no suffix name them; 天水围 and 将军澳 are no 天水 (Gansu) and no 澳
    got = set(ents(nlp, text))
    assert {(p, "PLACE") for p in places} <= got, got
    assert not {("天水", "PLACE"), ("澳", "PLACE")} & got, got


@pytest.mark.parametrize("text, wanted", [
    ("抓住中国(甘肃)自由贸易试验区兰州片区建设的机遇。", ("中国(甘肃)自由贸易试验区兰州片区", "PLACE")),
    ("中国（广西）自由贸易试验区钦州港片区管委会与三家企业签约。", ("中国（广西）自由贸易试验区钦州港片区管委会", "AGENCY")),
])
def test_the_countrys_zone_with_its_province_in_brackets_is_one_name(nlp, text, wanted):
    # "中国（某省）|自由贸易试验区某片区": the pilot zone's name opens with the country and its province
    got = ents(nlp, text)
    assert wanted in got, got


@pytest.mark.parametrize("text, place", [
    ("中國書法公園週末開放。", "中国书法公园"),
    ("中国光谷产业园区新签五个项目。", "中国光谷产业园区"),
])
def test_a_national_brand_of_park_keeps_the_country_that_opens_it(nlp, text, place):
    # "中国|书法|公园": the country opens the park's name; a place of its own after it would not (中国|北京市)
    got = ents(nlp, text)
    assert (place, "PLACE") in got, got
    assert ("中国", "PLACE") not in got, got


def test_the_country_before_a_city_stays_a_place_of_its_own(nlp):
    got = ents(nlp, "他们在中国北京市设立办事处。")
    assert ("中国", "PLACE") in got and ("北京市", "PLACE") in got, got


@pytest.mark.parametrize("text, body", [
    ("南宁市陶瓷行业协会与县政府签订合作协议。", "南宁市陶瓷行业协会"),
    ("四川省江西商会副会长一行到园区考察。", "四川省江西商会"),
    ("台中市五金工业同业公会组团来访。", "台中市五金工业同业公会"),
    ("省纺织工业协会秘书长介绍了行业情况。", "省纺织工业协会"),
    # the association's word alone, after one trade's word that a place or a level opens
    ("滑县刷具协会召开成立大会。", "滑县刷具协会"),
    ("沁源市中小企业协会副会长刘青山为新厂剪彩。", "沁源市中小企业协会"),
    ("县石材协会会长周明远介绍了行业情况。", "县石材协会"),
])
def test_a_trade_association_or_a_chamber_of_commerce_is_one_body(nlp, full_nlp, text, body):
    # named by its place and its trade (or the home of its members) as an office is; the places inside are
    # its name's, and no part of it is a firm
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (body, "AGENCY") in got, got
        assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text", [
    "要充分发挥行业协会的桥梁作用。",
    "在省内外商会的大力支持下，项目顺利签约。",
    "县里举办招商会，五家企业到场。",
    "各地异地商会纷纷组团参加。",
    # an association of no trade: of consumers, of a sport
    "武陟县消费者协会发布消费提示。",
    "县足球协会组织了比赛。",
])
def test_associations_by_their_kind_name_none(nlp, text):
    assert not [t for t, lab in ents(nlp, text) if lab == "AGENCY"], ents(nlp, text)


@pytest.mark.parametrize("text, body, gone", [
    ("结对市级商会湖南省江西商会作了发言。", "湖南省江西商会", "商会湖南省江西商会"),
    ("全市充分发动异地莆籍商会牵线搭桥。", None, "发动异地莆籍商会"),
])
def test_a_chamber_starts_after_a_bare_chamber_or_a_verb_of_mobilising(nlp, text, body, gone):
    got = ents(nlp, text)
    assert body is None or (body, "AGENCY") in got, got
    assert gone not in {t for t, _ in got}, got


def test_the_chambers_stationed_in_a_place_name_none(nlp):
    # "外地驻某商会", "驻某县商会": the chambers of other places stationed there; 驻马店 is a city
    got = ents(nlp, "省级外地驻蓉商会、驻双流商会负责人出席。")
    assert not [t for t, lab in got if lab == "AGENCY"], got
    got = ents(nlp, "驻马店市浙江商会组团考察。")
    assert ("驻马店市浙江商会", "AGENCY") in got, got


def test_a_named_zone_with_a_type_word_stays(nlp):
    # the type word after the zone's place is part of its name ("某里|微型|产业园区")
    got = ents(nlp, "南投微型产业园区今年引进三家企业。")
    assert ("南投微型产业园区", "PLACE") in got, got


def test_a_bridge_jieba_tags_as_a_place_heads_its_project(nlp):
    # jieba's dictionary tags 大桥 a place (a town's name): "某某大桥工程" gave only the place before it
    got = ents(nlp, "城西大桥工程开工建设。")
    assert ("城西大桥工程", "PROJECT") in got, got
    got = ents(nlp, "新建湘江大桥、城东隧道等项目。")
    assert ("湘江大桥", "PROJECT") in got, got
    # (a town named 大桥 stays a town)
    got = ents(nlp, "江都区大桥镇举行签约仪式。")
    assert ("大桥镇", "PLACE") in got, got


def test_a_brand_jieba_reads_as_a_verb_opens_a_legal_name(nlp):
    # "由|奔腾(v)|科技有限公司": after a preposition or a list's mark, the verb is the firm's brand
    got = ents(nlp, "该项目由腾跃科技有限公司投资建设。")
    assert ("腾跃科技有限公司", "COMPANY") in got, got
    got = ents(nlp, "签约企业有南方设计院有限公司、冠云驰骋投资管理(上海)有限公司。")
    assert ("冠云驰骋投资管理(上海)有限公司", "COMPANY") in got, got
    # (a clause's verb after a comma opens no name)
    got = ents(nlp, "全县上下齐心协力，成立科技有限公司。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_county_carrying_out_a_start_of_works_is_no_project(nlp):
    # "某县|实行|集中开工": the county carries the act out; no project is reported on
    got = ents(nlp, "滨河县实行集中开工一批大项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_count_glued_to_the_last_zone_of_a_list_names_no_zone(nlp):
    # jieba's guess glues the list's count to the last item ("…生态岛三大(x)|产业集聚区")
    got = ents(nlp, "依托城东片区、白沙河生态岛三大产业集聚区大力招商。")
    assert not [t for t, lab in got if t.endswith("产业集聚区")], got


def test_a_county_jieba_reads_as_an_adverb_names_its_zone(nlp):
    # 正定, 大同, 定远 are adverbs to jieba; before a zone's word they are its county
    got = ents(nlp, "县长、正定高新技术产业开发区管委会主任出席。")
    assert ("正定高新技术产业开发区管委会", "AGENCY") in got, got
    got = ents(nlp, "签约仪式在定远经济开发区举行。")
    assert ("定远经济开发区", "PLACE") in got, got
    # (a zone with a name of its own stays its own place after the city: 大连|金普新区)
    got = ents(nlp, "项目落户大连金普新区。")
    assert ("大连金普新区", "PLACE") not in got, got


def test_a_level_bureau_whose_field_jieba_writes_as_a_clause_is_an_agency(nlp):
    # "市|促进|外来|投资|局": the field's words, then 局 alone, after the level's bare word
    got = ents(nlp, "市促进外来投资局相关负责人介绍了情况。")
    assert ("市促进外来投资局", "AGENCY") in got, got
    got = ents(nlp, "县招商投资局负责人出席。")
    assert ("县招商投资局", "AGENCY") in got, got


def test_a_state_brands_zhong_after_a_word_of_where_opens_the_zone(nlp):
    # "落地|中(f)|北高新区": a locative follows what it places, so after "lands in" it is the name's
    got = ents(nlp, "该项目总投资9亿元，落地中北高新区。")
    assert ("中北高新区", "PLACE") in got, got


def test_no_name_starts_with_the_joining_ji(nlp):
    # "A|暨|B": two names of one event or work; 暨 is no part of the second
    got = ents(nlp, "某某产业园暨冷链中心项目开工。")
    assert not [t for t, _ in got if t.startswith("暨")], got


def test_a_mine_is_no_mountain(nlp):
    # 矿山 ends like a mountain's name ("智慧|矿山"): a mine, no place
    got = ents(nlp, "大力推进智慧矿山建设。")
    assert not [t for t, lab in got if lab == "PLACE"], got


def test_subsidiaries_by_their_level_name_no_firm(nlp):
    # "央企|二三级|公司": the level of a group's units, of an owner's kind
    got = ents(nlp, "在落地项目中，央企二三级公司和项目共28个。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    got = ents(nlp, "今年引进央企三级公司5家。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_zone_by_its_kind_of_port_alone_names_none(nlp):
    # "2个|临空经济区|重大项目": the kind of zone the projects are in
    got = ents(nlp, "安排机场服务中心等2个临空经济区重大项目。")
    assert "临空经济区" not in {t for t, _ in got}, got


def test_a_brand_jieba_cuts_after_a_lists_mark_keeps_its_first_character(nlp):
    # "、亦(d)|昭(nrt)|生物医药…基地": the adverb's character is the brand's first
    got = ents(nlp, "安排城西火车站周边道路、亦昭生物医药研发生产基地等4个重大项目。")
    assert ("亦昭生物医药研发生产基地", "PROJECT") in got, got


def test_a_delegations_honoured_visit_is_no_part_of_the_park(nlp):
    # "观摩团|莅临|某某产业园": the guests' visit, then the site
    got = ents(nlp, "全市经济发展观摩团莅临山东绿源中外合作产业园。")
    assert ("山东绿源中外合作产业园", "PROJECT") in got, got
    assert not [t for t, _ in got if "莅临" in t], got


def test_a_place_name_before_a_car_dealer_is_the_brand(nlp):
    # "长安|4S店": the dealer of a car brand named like a district
    got = ents(nlp, "汽车城新建的长安4S店已投入试运营。")
    assert "长安" not in {t for t, _ in got}, got


def test_a_vehicles_fuel_code_before_its_trade_is_no_brand(nlp):
    # "CNG|汽车|加气站": a kind of vehicle by its fuel; "BYD汽车" is a brand
    got = ents(nlp, "新建CNG汽车加气站一座，BYD汽车在此设厂。")
    assert "CNG汽车" not in {t for t, _ in got}, got
    assert ("BYD汽车", "COMPANY") in got, got


def test_an_events_year_before_a_zone_is_no_part_of_it(nlp):
    # "2012|沧州经济开发区|…推介会": the event's year, then the zone
    got = ents(nlp, "2016临河经济开发区新兴产业投资推介会成功举办。")
    assert ("临河经济开发区", "PLACE") in got, got


def test_a_rank_to_reach_before_a_parks_kind_names_no_project(nlp):
    # "建设|国际一流|高新建材产业园": what is to be built, described
    got = ents(nlp, "该公司将在此建设国际一流高新建材产业园。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_rank_to_reach_before_a_zones_kind_names_no_zone(nlp):
    # "打造|世界一流|高科技园区": the zone a plan aims at, described; the zone before it is named
    got = ents(nlp, "会议提出，青禾高新区要努力打造世界一流高科技园区。")
    assert ("青禾高新区", "PLACE") in got, got
    assert not [t for t, lab in got if t.startswith("世界一流")], got


def test_an_office_named_for_the_works_it_builds_keeps_its_verb(nlp):
    # 建设 alone is the clause's verb ("推进|项目建设"), but before its field's next word it opens the
    # office's own name
    got = ents(nlp, "工务局与建设发展办公室明天召开记者会。")
    assert ("建设发展办公室", "AGENCY") in got, got
    assert ("发展办公室", "AGENCY") not in got, got


def test_a_quoted_drive_slogan_before_projects_names_none(nlp):
    # a verb of the drive and a common noun, quoted, say what the projects are for
    assert not [t for t, l in ents(nlp, "全镇谋划了一批“强产业”项目。") if l == "PROJECT"]
    # slogans quoted one after another: the last one before 项目 is no more a project than the others
    assert not [t for t, l in ents(nlp, "园区重点招引“延链”“补链”项目。") if l == "PROJECT"]
    # a quoted brand stays a project
    assert ("引江济淮", "PROJECT") in ents(nlp, "“引江济淮”工程全线通水。")


def test_the_projects_a_citys_delegation_signs_at_a_fair_name_none(nlp):
    # "某市代表团|项目签约": the delegation's projects, signed together at the fair; the city is still a place
    for text in ("在今年农博会上，岳阳代表团项目集中签约仪式隆重举行。", "在进博会上海交易团项目签约活动中，多家企业参加。"):
        got = ents(nlp, text)
        assert not [t for t, l in got if l == "PROJECT"], got


def test_works_joined_by_and_with_a_part_jieba_reads_as_an_idiom_are_one_project(nlp):
    # "某某大桥|及|连接线(l)|工程": the bridge and its approach roads, one works; it was cut at 及
    got = ents(nlp, "北门大桥及连接线工程本月通车。")
    assert ("北门大桥及连接线工程", "PROJECT") in got, got
    assert ("连接线工程", "PROJECT") not in got, got


def test_the_side_of_a_park_a_phase_builds_is_no_place_nor_project(nlp):
    # "某某产业园一期|东西区": which side of the park the phase builds, named by its side alone
    got = ents(nlp, "星河数字产业园一期东西区、创新港二期等项目集中开工。")
    assert not [t for t, _ in got if t in ("东西区", "东西")], got


@pytest.mark.parametrize("text, line", [
    # a firm's line whose output opens with its amount, with no 年产 before it
    ("青禾建材公司60万立方米加气砌块生产线已建成。", "60万立方米加气砌块生产线"),
    ("东坡牧业公司20万只肉鸡屠宰生产线正在调试。", "20万只肉鸡屠宰生产线"),
    ("长丰铝业公司2万吨铝板带压延生产线设备已到货。", "2万吨铝板带压延生产线"),
])
def test_a_firms_line_of_a_stated_amount_is_its_project(nlp, text, line):
    got = ents(nlp, text)
    assert (line, "PROJECT") in got, got
    rels = [(h.source.text, h.target.text, h.relation) for h in nlp(text)._.kg_relations]
    assert any(t == line and r == "builds" for _, t, r in rels), rels


def test_money_before_a_firms_line_is_no_output(nlp):
    got = ents(nlp, "青禾建材公司3亿元生产线改造完成。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, gone", [
    # the procedure of projects in general, then the office, window or seal that handles it
    ("企业可到城南经济开发区项目审批服务部咨询。", "城南经济开发区项目"),
    ("群众在市民中心项目备案窗口排队。", "市民中心项目"),
])
def test_the_procedure_of_projects_before_its_office_names_no_project(nlp, text, gone):
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_named_project_before_its_approval_stays(nlp):
    got = ents(nlp, "金鹰风电场项目审批手续已办结。")
    assert ("金鹰风电场项目", "PROJECT") in got, got


def test_energy_saving_and_environmental_protection_is_one_trade_in_a_name(nlp):
    # jieba reads 节能 as a verb, which ended the name: "…的节能环保设备研发基地项目" lost 节能
    got = ents(nlp, "投资5000万元的节能环保设备研发基地项目已经投产。")
    assert ("节能环保设备研发基地项目", "PROJECT") in got, got
    # (the trade alone before 项目 is a kind of project, none named)
    assert not [t for t, lab in ents(nlp, "全县新引进节能环保项目三个。") if lab == "PROJECT"]


@pytest.mark.parametrize("text, firm, project", [
    # the firm written bare before its project's quoted name, after 在 or a verb of going there
    ("在博睿新材“年产3万吨碳纤维项目”施工现场,塔吊林立。", "博睿新材", "年产3万吨碳纤维项目"),
    ("记者走进恒昌“高端纸浆模塑扩建项目”生产车间。", "恒昌", "高端纸浆模塑扩建项目"),
])
def test_a_firms_brand_before_its_quoted_project_builds_it(nlp, text, firm, project):
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and (project, "PROJECT") in got, got
    rels = [(h.source.text, h.target.text, h.relation) for h in nlp(text)._.kg_relations]
    assert (firm, project, "builds") in rels, rels


def test_a_place_before_a_quoted_project_is_where_it_is(nlp):
    got = ents(nlp, "在城东“棚户区改造项目”现场。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_base_named_after_its_trade_is_one_project(nlp):
    # "某某|清洁能源|产业基地项目": the industry base is named with the trade; no firm "某某清洁能源"
    got = ents(nlp, "定安嘉华清洁能源产业基地项目开工仪式在经济开发区举行。")
    assert ("定安嘉华清洁能源产业基地项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text, body, gone", [
    # jieba makes one set phrase of an adverb and the clause's verb ("紧紧围绕", "积极参与"), or reads the
    # verb as an adjective (落实): the body's or the project's name starts after it
    ("西江紧紧围绕市委部署抓好招商。", ("市委", "AGENCY"), "西江紧紧围绕市委"),
    ("全乡上下落实县委、县政府的各项要求。", ("县委", "AGENCY"), "落实县委"),
    ("公司将积极参与河西棚改、古镇提升等项目。", ("河西棚改", "PROJECT"), "积极参与河西棚改"),
])
def test_a_clause_verb_jieba_glues_or_misreads_stays_out_of_the_name(nlp, text, body, gone):
    got = ents(nlp, text)
    assert body is None or body in got, got
    assert not [t for t, _ in got if t.startswith(gone[:4])], got


def test_a_region_in_brackets_after_a_holding_firms_word_stays_in_its_legal_name(nlp):
    # "…文化控股（成都）有限公司": 控股 (a verb to jieba) and the bracketed region are both the legal name's
    got = ents(nlp, "县里引进东岳文化控股(成都)有限公司、南山实业有限公司等企业。")
    assert ("东岳文化控股(成都)有限公司", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("(")], got


@pytest.mark.parametrize("text", [
    "华坪冷链物流中心屋顶光伏发电项目正式开工。",
    "签约的项目有华坪冷链物流中心屋顶光伏发电项目、城南污水处理厂项目。",
])
def test_a_trades_facility_before_a_plant_heads_the_project_no_firm(nlp, text):
    # the trade and the facility's head jieba writes apart ("冷链物流|中心") are where the plant is built
    got = ents(nlp, text)
    assert ("华坪冷链物流中心屋顶光伏发电项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_the_big_ones_of_a_kind_name_no_firm(nlp):
    got = ents(nlp, "山区的药材深受各大制药公司的青睐。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text, body", [
    ("澳门中华厂商联合会组团来访。", "澳门中华厂商联合会"),
    ("会议由市投资促进会承办。", "市投资促进会"),
])
def test_a_federation_or_a_promotion_society_is_an_agency(nlp, text, body):
    # bodies that speak for their trade, as chambers and trade associations do
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got


def test_a_capacity_in_spindles_stays_in_the_projects_name(nlp):
    got = ents(nlp, "新建30万锭高档纱线项目已开工。")
    assert ("30万锭高档纱线项目", "PROJECT") in got, got


def test_a_trade_association_listed_among_firms_is_an_agency(nlp):
    # (jieba writes 家具行业|协会, so the suffix rule leaves it to the list)
    got = ents(nlp, "顺德区家具行业协会、美的集团等企业参加。")
    assert ("顺德区家具行业协会", "AGENCY") in got, got
    assert ("美的集团", "COMPANY") in got, got


def test_cooperation_in_a_list_beside_a_place_is_no_city(nlp):
    # 合作 is Gannan's city by its short name, and mostly "cooperation"
    got = ents(nlp, "双方就园区开发合作、临夏基础设施建设等事项达成共识。")
    assert "合作" not in {t for t, _ in got}, got


def test_a_firm_before_a_works_object_still_heads_its_project(nlp):
    # a tunnel is what the firm's equipment treats, no site named by its trade ("某某实业|隧道治理设备…")
    got = ents(nlp, "签约的项目有荆门远达实业隧道养护设备生产项目。")
    assert ("荆门远达实业", "COMPANY") in got, got


@pytest.mark.parametrize("text, project, place", [
    # a facility on a named road: jieba reads the road as a common noun, so the name seemed a kind
    ("市区的新民路仓库项目年底前完工。", "新民路仓库项目", None),
    ("旧城中的东门街粮仓改建项目启动。", "东门街粮仓改建项目", None),
    # (a road's own project stays the road's)
    ("今年加快推进滨江路项目建设。", "滨江路项目", None),
])
def test_a_facility_on_a_named_road_is_one_project(nlp, text, project, place):
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got


def test_a_kind_of_street_before_a_facility_names_no_project(nlp):
    got = ents(nlp, "包括写字楼、星级酒店、特色商业街区等城市建设项目。")
    assert "特色商业街区" not in {t for t, _ in got}, got


def test_a_water_line_between_two_works_is_one_project(nlp):
    # "甲水库向乙水厂输水工程": 向 joins the line's two ends, as 至 joins a road's
    got = ents(nlp, "今年开工的有青龙水库向城北水厂输水工程、南湖水厂至开发区供水工程等。")
    assert ("青龙水库向城北水厂输水工程", "PROJECT") in got, got
    # (elsewhere 向 is a preposition of the clause)
    got = ents(nlp, "集团向园区污水处理厂项目追加投资。")
    assert not [t for t, _ in got if t.startswith("集团向")], got


def test_a_road_project_with_its_section_in_brackets_is_one_name(nlp):
    # "某路(甲路-乙路)改建工程": the section rebuilt, between two crossing roads
    got = ents(nlp, "春明路(光华路-建设路)改建工程项目正式开工。")
    assert ("春明路(光华路-建设路)改建工程项目", "PROJECT") in got, got
    got = ents(nlp, "区里将实施向阳大街(东站路至体育路)提升工程、西湖新村改造项目等。")
    assert ("向阳大街(东站路至体育路)提升工程", "PROJECT") in got, got
    # and what a route is, in brackets after its two ends ("甲地至乙地(出省通道)改建工程")
    got = ents(nlp, "石岭至清溪(出市通道)改建工程全长40公里。")
    assert ("石岭至清溪(出市通道)改建工程", "PROJECT") in got, got


@pytest.mark.parametrize("text, project, no_firm", [
    # a park named after its trade (化工园, 化工新材料产业园): the trade names the park, no firm
    ("青溪化工园基础设施项目今年开工。", "青溪化工园基础设施项目", "青溪化工"),
    ("沙湾区北岭化工新材料产业园配套工程开工。", "沙湾区北岭化工新材料产业园配套工程", "沙湾区北岭化工"),
])
def test_a_park_named_after_its_trade_is_no_firm(nlp, text, project, no_firm):
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got
    assert no_firm not in {t for t, _ in got}, got


def test_a_firm_named_by_its_trade_still_heads_its_project(nlp):
    got = ents(nlp, "北岭化工年产5万吨烧碱项目开工。")
    assert ("北岭化工", "COMPANY") in got, got


def test_a_verb_of_investing_after_the_place_opens_no_name(nlp):
    # "在某园投资X项目": the clause's verb after where it is done; the project starts after it, and
    # the park, the verb and the product make no firm
    got = ents(nlp, "还有一家企业准备在东岭分园投资精密模具制造项目。")
    assert not [t for t, _ in got if "投资" in t], got
    got = ents(nlp, "还有一家企业准备在东岭分园投资年产30万套精密模具项目。")
    assert ("年产30万套精密模具项目", "PROJECT") in got, got
    assert not [t for t, _ in got if "投资" in t], got


@pytest.mark.parametrize("text", [
    "座谈中，对方介绍了在西南地区投资光伏项目的经验。",
    "他谈到集团准备在华北地区投资储能项目。",
])
def test_a_verb_of_investing_after_a_region_opens_no_name(nlp, full_nlp, text):
    # "在|某某地区|投资|X项目": where a firm invests, a region the gazetteer lists not, then a kind of project
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not [t for t, _ in got if "投资" in t], got


def test_a_corps_divisions_ordinal_opens_the_name_of_its_unit(nlp, full_nlp):
    # "第九|师|…农场": the division's ordinal is part of its farm's name, no count cut from it
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, "6月3日，第九师青杨农场与远川光伏科技有限公司签订了用地协议。")
        assert ("第九师青杨农场", "COMPANY") in got, got


def test_a_mine_in_a_legal_name_stays_in_it(nlp):
    # 矿山 ends like a mountain and names no place, but a firm's legal name holds it (某集团矿山工程有限公司)
    got = ents(nlp, "金岭集团矿山工程有限公司负责人与县政府签约。")
    assert ("金岭集团矿山工程有限公司", "COMPANY") in got, got


def test_a_years_nian_glued_to_a_zone_is_no_part_of_it(nlp):
    # "2023|年市(x)|开发区": jieba glued the year's 年 to the zone's first character
    got = ents(nlp, "市装备产业园暨2023年市开发区秋季重点项目集中开工仪式举行。")
    assert not [t for t, lab in got if lab == "PLACE" and (t[0].isdigit() or t.startswith("年"))], got


def test_a_divisions_body_with_its_session_between_is_the_divisions_own(nlp):
    # "某县|第十八届|人民代表大会|第二次会议": every report of a congress names it so; the bare body is no one's
    got = ents(nlp, "县长在修水县第十六届人民代表大会第三次会议上作报告。")
    assert ("修水县第十六届人民代表大会", "AGENCY") in got, got
    assert ("人民代表大会", "AGENCY") not in got, got
    assert ("市第九届人大常委会", "AGENCY") in ents(nlp, "市第九届人大常委会第五次会议审议通过了决定。")
    # the conference's and the party's committees, named with their division and session
    got = ents(nlp, "政协修水县第十届委员会第二次会议开幕。")
    assert ("政协修水县第十届委员会", "AGENCY") in got, got
    assert ("中共修水县第十四届委员会", "AGENCY") in ents(nlp, "中共修水县第十四届委员会第三次全体会议召开。")
    # (第 left out, and the government a congress elects for its term)
    assert ("市十七届人大", "AGENCY") in ents(nlp, "市十七届人大五次会议隆重开幕。")
    assert ("县十四届人民政府", "AGENCY") in ents(nlp, "报告回顾了县十四届人民政府履职以来的成绩。")


def test_the_partys_or_the_conferences_name_opens_no_place(nlp):
    # "政协|某县", "中国共产党|某县": the body's name before its division's, which a place's suffix read on from
    for text in ("中国共产党修水县第十四次代表大会隆重开幕。", "政协修水县委员会召开常委会议。"):
        got = ents(nlp, text)
        assert not [t for t, lab in got if lab == "PLACE" and t.startswith(("政协", "中国共产党"))], got


def test_a_trade_before_a_zones_word_names_the_zone_and_no_firm(nlp):
    # "某某中心商贸|集聚区|…医养结合体": a zone of trade by its field, which jieba cuts into 集聚|区
    got = ents(nlp, "城北中心商贸集聚区医养结合体、华府经典等重点项目加快建设。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    assert ("城北商贸集聚区", "PLACE") in ents(nlp, "多家企业在城北商贸集聚区投资兴业。")


def test_a_frames_yi_glued_to_the_name_it_frames_is_no_part_of_it(nlp):
    # "以某某…、…等为代表的": jieba glues the frame's 以 to the first name (以德 "by virtue", 以华芳 a guess)
    got = ents(nlp, "以德丰温泉度假村、泰和纺织等为代表的重点项目建设迅速。")
    assert not [t for t, _ in got if t.startswith("以")], got
    got = ents(nlp, "以华芳夏津工业园、朝阳轴承有限公司为代表的企业不断壮大。")
    assert ("华芳夏津工业园", "PLACE") in got, got
    # a name of its own that opens with the character stays whole
    assert ("以色列", "PLACE") in ents(nlp, "以色列为重点合作国家之一。")


def test_a_zone_kind_after_a_scope_and_its_adjective_names_no_zone(nlp):
    # "全市|先进|制造业|开发区": the kind of zone every county of the province has, none named
    got = ents(nlp, "全市先进制造业开发区观摩活动拉开帷幕。")
    assert not [t for t, lab in got if lab == "PLACE"], got


def test_an_institutions_branch_by_its_part_of_town_names_no_zone(nlp):
    # "人民医院|新区|分院": the hospital's branch in the new district, no zone 人民医院新区
    got = ents(nlp, "调研组先后到人民医院新区分院、实验中学开发区校区查看进度。")
    assert not [t for t, lab in got if lab == "PLACE"], got
    assert ("东湖新区", "PLACE") in ents(nlp, "东湖新区分院正式开诊。")


def test_firms_counted_by_their_kind_and_named_in_brackets(nlp):
    # "上市企业3家（甲、乙、丙）": a report's way of naming a zone's firms, whatever jieba makes of each name
    got = ents(nlp, "园区现有规上企业4家（华宇电子、鑫源机械、江南纺织、恒通物流）。")
    assert {("华宇电子", "COMPANY"), ("鑫源机械", "COMPANY"), ("江南纺织", "COMPANY"), ("恒通物流", "COMPANY")} <= set(got), got
    # (names jieba reads as a verb and a guess, or as two guesses)
    got = ents(nlp, "园区有500强企业1家（兴达泡塑），上市企业2家（确成硅化、华宇电子）。")
    assert {("兴达泡塑", "COMPANY"), ("确成硅化", "COMPANY")} <= set(got), got
    # what the firms do, in brackets, names none
    for text in ("其中涉及企业5家（主要是食品、纺织等行业）。", "新增企业2家（食品加工、机械制造）。"):
        assert not [t for t, lab in ents(nlp, text) if lab == "COMPANY"], text


def test_a_zone_of_a_kind_after_ordinary_words_names_none(nlp):
    # "打造总部经济|集聚区": a kind of zone, with no scope before it
    got = ents(nlp, "精心打造总部经济集聚区、先进制造业创新集聚地。")
    assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Taiwan's papers write a foreign owner's nationality before the firm's own name.
    ("园区今年引进美商恒远材料科技公司，并与日商台湾精电股份有限公司签约。",
     {("恒远材料科技公司", "COMPANY"), ("台湾精电股份有限公司", "COMPANY")},
     {"美商恒远材料科技公司", "日商台湾精电股份有限公司"}),
    ("进驻的厂商有晶昱光电、德商台湾海森传动有限公司等。",
     {("台湾海森传动有限公司", "COMPANY")}, {"德商台湾海森传动有限公司"}),
])
def test_a_foreign_owner_s_nationality_is_no_part_of_its_firm_s_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # The city's own zones, named after a bare 市: the zone's name starts after it.
    ("今年市凤鸣新区开工8个项目，市临河工业园区开工5个。",
     {("凤鸣新区", "PLACE"), ("临河工业园区", "PLACE")}, {"市凤鸣新区", "市临河工业园区"}),
    # A zone with no name of its own keeps the level, and so does a division that opens with it.
    ("市经开区和市中区经济开发区各开工3个项目。", {("市经开区", "PLACE"), ("市中区经济开发区", "PLACE")}, set()),
    # The city and its district building a zone together: no level opens a name there.
    ("全力推进市区共建滨江产业集聚区建设。", set(), {"区共建滨江产业集聚区"}),
])
def test_a_bare_level_before_a_named_zone_is_no_part_of_its_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # Trades newer than jieba's dictionary: their first character is no end of the brand before them.
    ("本次签约的瑞丰达物联网产业园项目总投资5亿元。", {("瑞丰达物联网产业园项目", "PROJECT")}, {"联网产业园项目"}),
    ("签约项目包括鑫达通固废综合处置、云岭康养小镇等项目。", {("鑫达通", "COMPANY")}, {"鑫达通固", "废综合处置"}),
])
def test_a_trade_newer_than_jieba_s_dictionary_stays_whole_after_a_brand(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 和 before a list's last item named by its own place or brand joins two items.
    ("本次集中签约的国电光伏、恒达新材料和泰安鲁源食品加工等三个项目总投资8亿元。",
     {("恒达新材料", "PROJECT"), ("泰安鲁源食品加工", "PROJECT")}, {"恒达新材料和泰安鲁源食品加工"}),
    # A kind after it is the item's second product.
    ("本次集中签约的国电光伏、恒达新材料和光伏储能等项目。", {("恒达新材料和光伏储能", "PROJECT")}, set()),
])
def test_a_conjunction_before_a_named_last_item_joins_two_listed_projects(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # An industrial gas maker is short-named by its trade, as a metal's maker is.
    ("该集团旗下的宏峰气体将投资6亿元新建厂房。", {("宏峰气体", "COMPANY")}, set()),
    ("其中宏峰气体斥资近6亿元在临港工业区新建厂房。", {("宏峰气体", "COMPANY")}, set()),
    # A kind of gas, with no brand before it, names no firm.
    ("园区将减少温室气体排放，并建设特种气体生产线。", set(), {"温室气体", "特种气体"}),
])
def test_an_industrial_gas_maker_is_named_by_its_trade(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_park_and_the_word_city_after_it_is_a_planning_slogan(nlp):
    # "公园|城市": a city planned as a park, no park named "…大美公园"
    got = ents(nlp, "为加快建设沱江畔大美公园城市,县里出台了新规划。")
    assert not [t for t, lab in got if lab == "PLACE" and t.endswith("公园")], got
    assert ("西溪湿地公园", "PLACE") in ents(nlp, "游客来到西溪湿地公园游玩。")


def test_a_drive_verb_jieba_lacks_opens_no_project(nlp):
    # "聚力|产业项目建设": pooling strength on projects in general, none named
    got = ents(nlp, "各部门要压实责任,聚力产业项目建设,推动经济回升。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_the_state_brands_zhong_after_a_drive_verb_opens_the_firm(nlp):
    # "确保|中(f)|钒科技…": what the drive makes sure of is the firms' projects, so 中 is no "in"
    got = ents(nlp, "确保中钒科技年产5万吨电池材料、华能3万吨铝箔等项目年内投产。")
    assert ("中钒科技", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("钒")], got
    # what is in progress keeps its 中 out of any name
    assert not [t for t, _ in ents(nlp, "项目正在建设中,预计年底完工。") if t.startswith("中")]


def test_a_capacitys_class_between_a_firm_and_its_product_keeps_the_project(nlp):
    # "某集团|百万吨级(m)|甲醇项目": the class of the plant's capacity, one word for jieba, opens the
    # firm's project as "5万吨" does; a sum's class still sizes a batch, no project
    got = ents(nlp, "签约仪式上，华澜集团百万吨级甲醇项目正式落户园区。")
    assert ("华澜集团", "COMPANY") in got, got
    assert [t for t, lab in got if lab == "PROJECT" and t.endswith("百万吨级甲醇项目")], got
    assert not [t for t, lab in ents(nlp, "签约仪式上，百亿元级光伏项目正式落户园区。") if lab == "PROJECT"]


def test_and_inside_a_middle_item_of_a_list_joins_one_projects_parts(nlp):
    # "…、某某检测中心|和|试剂产品建设项目、…": not before the list's last item, and with ordinary words
    # alone after it, 和 joins two parts of one project (the centre's kind 检测 is no firm's trade)
    got = ents(nlp, "签约项目包括金桥年产3万吨饲料项目、瑞丰检测中心和试剂产品建设项目、临江物流园二期项目。")
    assert ("瑞丰检测中心和试剂产品建设项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY" and t.startswith("瑞丰")], got
    # before the last item it still joins two items
    got = ents(nlp, "签约项目有宏达物流中心和年产5万吨饲料加工项目等8个项目。")
    assert ("宏达物流中心", "PROJECT") in got, got


def test_an_invested_parks_works_and_project_head_after_it_are_the_project(nlp):
    # "投资…的|某某化工产业园|集中|供汽|项目": the verb after the park is its works', no clause's; the
    # project goes on to its head, as the suffix rule reads it
    got = ents(nlp, "投资1.2亿元的东湾化工产业园集中供汽项目，是园区配套的重点工程。")
    assert ("东湾化工产业园集中供汽项目", "PROJECT") in got, got
    assert ("东湾化工产业园", "PROJECT") not in got, got
    # a facility before the clause's own verb is still the project
    assert ("淮海国际商贸城", "PROJECT") in ents(nlp, "总投资10亿元的淮海国际商贸城已完成投资3亿元。")


@pytest.mark.parametrize("text, body", [
    ("城西高新区党工委书记吴海军指出，要抓好园区建设。", "城西高新区党工委"),
    ("县委副书记赵空军在会上讲话。", "县委"),
])
def test_a_given_name_that_is_an_armed_service_stays_out_of_the_body(nlp, text, body):
    # 海军, 空军 are common given names: after a title and a surname they are a person's, never a
    # navy whose name runs back over the title to the body
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got
    assert not [t for t, _ in got if t.endswith(("海军", "空军"))], got


def test_a_country_s_navy_is_still_a_body(nlp):
    assert ("美国海军", "AGENCY") in ents(nlp, "美国海军宣布新的部署。")


@pytest.mark.parametrize("text, project", [
    ("「西湾社区公共设施建造工程」下月开标。", "西湾社区公共设施建造工程"),
    ("政府将“城南社会房屋建造工程”判给一家本地公司。", "城南社会房屋建造工程"),
])
def test_a_building_works_named_with_jianzao_is_one_project(nlp, text, project):
    # Macau and Hong Kong papers write 建造工程 where the mainland writes 建设工程 (one word to jieba):
    # the verb before 工程 is the works', and the name runs back over it to what is built
    assert (project, "PROJECT") in ents(nlp, text)


def test_building_somewhere_is_still_the_clauses_verb(nlp):
    got = ents(nlp, "企业准备在城南修建一座现代物流园。")
    assert not [t for t, _ in got if "修建" in t], got


@pytest.mark.parametrize("text, project", [
    ("公司计划在当地建设新能源零部件研发及生产基地项目。", "新能源零部件研发及生产基地项目"),
    ("该企业将投资建设汽车零部件研发及制造基地项目。", "汽车零部件研发及制造基地项目"),
])
def test_a_product_read_as_a_count_before_its_business_joins_the_project(nlp, text, project):
    # jieba reads 零部件 as a count (mq); before a business (研发) and 及, it is still the product the
    # project makes, and the name runs back over the whole of what is joined
    assert (project, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, project", [
    ("城北科技园招商推介会暨大禾新材料项目投产仪式举行。", "大禾新材料项目"),
    ("城北科技园项目推介会暨大禾电子项目签约仪式举行。", None),
])
def test_a_joiner_glued_to_a_name_after_an_event_opens_the_project(nlp, text, project):
    # "…推介会|暨大(j)|禾…项目": jieba reads 暨 and the name's first character as one word (暨大); the
    # event is no part of the project or the firm, whose name begins past the joiner
    got = ents(nlp, text)
    assert not [t for t, _ in got if "推介会" in t or t.startswith("暨")], got
    assert project is None or (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, firm", [
    ("法律顾问：广州明理律师事务所。", "广州明理律师事务所"),
    ("审计由湖南恒信会计师事务所完成。", "湖南恒信会计师事务所"),
])
def test_a_law_or_accounting_firm_is_a_company(nlp, text, firm):
    # a 事务所 of lawyers or accountants is a firm (a partnership), no office though it ends in 所
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text", [
    "这批浙商返乡项目已全部开工。",
    "作为闽商回乡标杆项目，该基地总投资8亿元。",
])
def test_natives_coming_home_name_a_kind_of_project(nlp, text):
    # projects that natives' firms bring home (某商返乡项目, 回乡标杆项目) are a campaign's kind, as 回归项目
    # are; no one project is named
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


def test_breaking_ground_together_names_no_project(nlp):
    # "某区集中动工项目总投资…": the batch's status, as 集中开工 is; the district is named, no project
    got = ents(nlp, "当天，某市城东区集中动工项目总投资18亿元。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, body", [
    ("广州市江西商会会长刘强发出倡议。", "广州市江西商会"),
    ("县陶瓷行业协会会长陈明介绍了情况。", "县陶瓷行业协会"),
])
def test_a_chamber_before_its_heads_title_is_named(nlp, text, body):
    # jieba holds a chamber and its head's title as one word (商会会长, 协会会长); the chamber is named
    # up to its own end
    assert (body, "AGENCY") in ents(nlp, text)


def test_a_science_new_town_is_a_place_not_a_firm(nlp):
    # "某某科技新城": jieba cuts 科技|新城, and 科技 closed a firm's short name (某某科技) before a bare
    # 新城; the new town is a zone, named whole
    got = ents(nlp, "该公司已入驻城东科技新城。")
    assert ("城东科技新城", "PLACE") in got, got
    got = ents(nlp, "一批企业落户南湖生态科技新城。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


@pytest.mark.parametrize("text", [
    "总投资12亿元的高纯硅及硅烷等电子材料生产基地项目，由某公司建设。",
    "当地引进了正极材料、隔膜等锂电配套生产基地项目。",
])
def test_products_listed_before_their_plant_are_no_projects(nlp, text):
    # "A及B等|某某生产基地|项目": the products the plant makes, listed before it; no item is a project
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT" and not t.endswith(("项目", "基地"))], got


def test_a_list_of_parks_before_their_kind_is_still_a_list(nlp):
    got = ents(nlp, "城南物流园、城北冷链园等产业园项目进展顺利。")
    assert [t for t, _ in got if t == "城南物流园"], got


def test_a_bare_line_after_deng_still_heads_the_list(nlp):
    # "…等|生产线|项目": a business and the facility's kind, no trade of its own; the item before 等 is
    # still the project
    got = ents(nlp, "宏远纸业有限公司与该县签订年产2万吨高档包装纸等生产线项目。")
    assert ("年产2万吨高档包装纸", "PROJECT") in got, got


def test_the_whole_of_a_citys_projects_is_no_project(nlp):
    # "整个|某市|工业项目": the whole of a division's projects, as 全市's, names none
    got = ents(nlp, "这批企业落地，对整个萍乡工业项目建设意义重大。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, group, firm", [
    ("鸣泉集团云岭新材公司负责人介绍了进展。", "鸣泉集团", "云岭新材公司"),
    ("副总经理代表江山农垦集团禾丰茶业集团致辞。", "江山农垦集团", "禾丰茶业集团"),
])
def test_a_group_written_right_before_its_firm_is_a_firm_of_its_own(nlp, text, group, firm):
    got = ents(nlp, text)
    assert (group, "COMPANY") in got and (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, whole", [
    # a legal name holds its group's word, and a group's kind of firm is no firm of its own
    ("中国电建集团贵阳勘测设计研究院有限公司承建该工程。", "中国电建集团贵阳勘测设计研究院有限公司"),
    ("鸣泉集团财务公司负责结算。", "鸣泉集团财务公司"),
    ("鸣泉集团有限公司西宁分公司负责施工。", "鸣泉集团有限公司西宁分公司"),
])
def test_a_group_inside_a_legal_name_or_before_a_kind_stays_whole(nlp, text, whole):
    got = ents(nlp, text)
    assert (whole, "COMPANY") in got, got


def test_counted_firms_that_start_work_are_no_project(nlp):
    # "某工业园12家入园企业集中开工": firms counted by their kind start work; no project is named
    got = ents(nlp, "青石工业园12家入园企业集中开工、4家企业正式投产。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    assert ("青石工业园", "PLACE") in got, got


def test_the_venue_where_projects_start_is_no_project(nlp):
    # "某县|分会场|集中开工的项目…": where the ceremony is held; the county is a place of its own
    got = ents(nlp, "新平县分会场集中开工的项目共12个。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    assert ("新平县", "PLACE") in got, got


def test_a_chamber_listed_among_signed_projects_is_a_body(nlp):
    got = ents(nlp, "云岭集团、湖南省江西商会等5个项目集中签约。")
    assert ("湖南省江西商会", "AGENCY") in got, got
    assert ("云岭集团", "COMPANY") in got, got


def test_a_countys_alias_before_a_city_cluster_is_no_county(nlp):
    # "兰西|城市群" is named by two cities' first characters; 兰西 is also a county's short name
    got = ents(nlp, "新区要在兰西城市群中发挥更大作用。")
    assert "兰西" not in {t for t, _ in got}, got


def test_a_brand_opening_with_ri_keeps_it(nlp):
    # "龙头|日(m)|月光|集团": jieba read the brand's first character as a date's day, with no number before it
    got = ents(nlp, "行业龙头日月光集团将扩建新厂。")
    assert ("日月光集团", "COMPANY") in got, got
    got = ents(nlp, "5日月光集团宣布扩建新厂。")
    assert "日月光集团" not in {t for t, _ in got}, got


def test_a_parks_extension_is_the_park(nlp):
    # "某某科技产业园区|扩区|地段": the extension is the park's own land
    got = ents(nlp, "今年将释出南岭科技产业园区扩区地段供厂商进驻。")
    assert ("南岭科技产业园区", "PLACE") in got, got
    assert not [t for t, _ in got if t.endswith("扩区")], got


def test_a_schools_campus_in_a_city_leaves_the_city_alone(nlp):
    # "某某理工大学|沧州|校区": the school, then the city its campus is in; no place holds the school
    got = ents(nlp, "全区将以东方理工大学沧州校区的建设为抓手。")
    assert not [t for t, lab in got if lab == "PLACE" and "大学" in t], got


def test_a_group_then_its_city_in_brackets_heads_the_project(nlp):
    # "某某集团|（某市）|…项目": the group, the city it works in, then the project; no project opens with 集团
    got = ents(nlp, "投资百亿的青松管控集团（钦州）海洋装备制造基地项目正在建设。")
    assert ("青松管控集团", "COMPANY") in got and ("海洋装备制造基地项目", "PROJECT") in got, got
    assert not [t for t, _ in got if t.startswith("集团")], got


def test_a_court_glued_to_its_heads_title_is_found(nlp):
    # jieba's dictionary holds 法院院长 as one word: "县|法院院长、检察院检察长" named no court
    assert ("县法院", "AGENCY") in ents(nlp, "县法院院长、检察院检察长参加活动。")


def test_a_city_glued_into_a_common_word_with_the_brand_opens_the_legal_name(nlp):
    # "三|明天(t)|正(d)|贸易有限公司": jieba reads 三明's 明 and the brand's 天 as "tomorrow"; the listed
    # name is the city's firm 三明天正, not a trade alone or nothing
    got = ents(nlp, "分行为三明吉福化工有限公司、三明天正贸易有限公司授信。")
    assert ("三明天正贸易有限公司", "COMPANY") in got, got


def test_the_projects_that_concern_someone_name_none(nlp):
    # "政银企|有关|项目", "县直|相关|项目": whose projects they are, not which
    for text in ("会上举行了政银企有关项目合作签约仪式。", "加快推进县直相关项目建设。"):
        assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], text


def test_a_phrase_jieba_tags_as_a_name_owns_no_government(nlp):
    # jieba's dictionary tags 努力实现 (and 严格执行, 加强监督 …) as a person's name: before a list of
    # parties it is the clause's verb, no place whose government it would be
    got = ents(nlp, "要努力实现政府、银行和企业三方共赢。")
    assert not [t for t, lab in got if lab == "AGENCY"], got


def test_a_meeting_to_consult_and_the_chambers_one_keeps_in_touch_with_are_no_chambers(nlp):
    # jieba holds 协商会 ("a consultation") as one word ending in 商会, and tags 联系 a noun
    for text in ("市里召开第一期政企沟通协商会。", "发挥联系商会会员的纽带作用。"):
        assert not [t for t, lab in ents(nlp, text) if lab == "AGENCY"], text


def test_a_phrase_jieba_tags_as_a_name_opens_no_project(nlp):
    # jieba tags 建立健全 ("set up and improve") as a person's name: the project's mechanism is no project
    assert not [t for t, lab in ents(nlp, "要建立健全项目推进机制。") if lab == "PROJECT"]


def test_an_office_with_its_own_level_after_a_joiner_is_the_second_of_two(nlp):
    # "县产业集聚区及县人社局": a zone and an office, each with its level; no merged office's name
    got = ents(nlp, "要求县产业集聚区及县人社局等部门积极主动。")
    assert ("县人社局", "AGENCY") in got and not [t for t, _ in got if "及" in t], got


def test_the_firms_a_visit_goes_through_are_firms_where_one_ends_in_a_trade(nlp):
    # "先后到A、B、C等地调研": the places visited are firms where one is named by its trade and none
    # is a place; a list of villages stays one of places
    got = ents(nlp, "县长先后到恒泰食品、澳华斯顿、金鹰新能源等地调研。")
    assert {("恒泰食品", "COMPANY"), ("澳华斯顿", "COMPANY"), ("金鹰新能源", "COMPANY")} <= set(got), got
    got = ents(nlp, "县长先后到宏达食品、石门村等地调研。")
    assert not [t for t, lab in got if lab == "COMPANY" and "村" in t], got


def test_a_brand_jieba_cuts_into_a_verb_and_an_adverb_keeps_its_list(nlp):
    # "、顶(v)|立新(d)|材料、": no clause's verb that starts the list after it
    got = ents(nlp, "县委书记先后到顺鹏食品、顶立新材料、锐趋新能源等企业调研。")
    assert {("顺鹏食品", "COMPANY"), ("顶立新材料", "COMPANY"), ("锐趋新能源", "COMPANY")} <= set(got), got


def test_the_chambers_of_a_countys_people_elsewhere_are_no_chamber(nlp):
    # 外埠商会, 异地商会: every chamber the county's people run in other cities, none named
    for text in ("引导外埠商会会员反哺家乡。", "县里统一管理异地商会。"):
        assert not [t for t, lab in ents(nlp, text) if lab == "AGENCY"], text


def test_a_list_of_a_firms_products_names_no_firm(nlp):
    # "专业从事光学镜头、光电系统等产品研发的企业": 等产品 says what the items are, whatever head follows
    got = ents(nlp, "是专业从事光学镜头、光电系统、精密元件等产品研发生产的高新技术企业。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_list_of_the_techniques_a_firm_masters_names_no_firm(nlp):
    # "深耕A、B等核心技术的龙头企业": 等核心技术 says the items are techniques; the firm word ends a clause
    got = ents(nlp, "这家长期深耕柔性面板、功率模组等核心技术研发的龙头企业，带动了十多家配套厂落户。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    got = ents(nlp, "该公司先后攻克了超薄铜箔、高速涂布等关键技术，成为行业骨干企业。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    # a list of firms with a trade word before their head is still one: "等科技企业"
    got = ents(nlp, "引进了青岚光电、拓川智能等科技企业。")
    assert ("青岚光电", "COMPANY") in got, got


def test_a_medical_makers_short_name_is_a_firm_and_a_kind_of_care_none(nlp):
    # "某某医疗": a maker of medical goods short-named as a drug maker is (某某医药)
    got = ents(nlp, "园区骨干企业汇岭医疗与青檀生物签订了供货协议。")
    assert ("汇岭医疗", "COMPANY") in got, got
    # its legal name goes on past the goods' word; a kind of care names none
    got = ents(nlp, "汇岭医疗器械有限公司负责推进远程医疗、中医医疗服务。")
    assert ("汇岭医疗器械有限公司", "COMPANY") in got, got
    assert [t for t, lab in got if lab == "COMPANY"] == ["汇岭医疗器械有限公司"], got


def test_the_firms_a_markets_board_lists_are_none_named(nlp):
    # jieba does not know 科创板: "25家|科|创板|公司" named a firm 创板公司
    got = ents(nlp, "第一批25家科创板公司正式上市交易。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_an_exchanges_short_name_is_the_exchange_not_an_office(nlp):
    # 上交所 ends like an office (所), but the lexicon lists it as the exchange, a company
    got = ents(nlp, "申请被上交所受理，后在深交所挂牌。")
    assert ("上交所", "COMPANY") in got and ("深交所", "COMPANY") in got, got


def test_a_cooperatives_legal_form_alone_names_none(nlp):
    # "领办了农民专业合作社": the kind every village runs; one with its village is named
    assert not [t for t, lab in ents(nlp, "村党支部牵头领办了农民专业合作社。") if lab == "COMPANY"]
    assert ("青山村农民专业合作社", "COMPANY") in ents(nlp, "青山村农民专业合作社今年分红。")


def test_a_clause_character_glued_to_a_bare_village_level_is_no_village(nlp):
    # "某县|以村|党支部领办合作社的方式": 以 ("by") and the level, no village named 以村
    got = ents(nlp, "全县以村党支部领办合作社的方式壮大集体经济。")
    assert not [t for t, lab in got if lab == "PLACE" and t.endswith("村")], got


def test_a_list_of_counties_before_a_count_jieba_glues_to_its_level(nlp):
    # "武义、龙游|两县(x)|县委书记": the count and the level close a list of counties' short names
    got = ents(nlp, "两人此前分别任武义、龙游两县县委书记。")
    assert {("武义", "PLACE"), ("龙游", "PLACE")} <= set(got), got


def test_a_kind_of_city_names_no_citys_committee(nlp):
    # "任设区市党委常委": a prefecture-level city's committee in general
    assert not [t for t, lab in ents(nlp, "由县委书记任设区市党委常委的两人。") if lab == "AGENCY" and "市" in t]


def test_a_projects_financing_model_alone_names_none(nlp):
    # "首个PPP项目": the way a project is financed, no project; a named one keeps it
    assert not [t for t, lab in ents(nlp, "这标志着首个PPP项目正式落户园区。") if lab == "PROJECT"]
    assert ("城东污水处理厂PPP项目", "PROJECT") in ents(nlp, "县里签约城东污水处理厂PPP项目。")


def test_a_project_head_qualifying_the_offices_after_it_lists_no_projects(nlp):
    # "A、B等|项目|引资|单位": 项目 qualifies the bodies that bring projects in; the items are those offices
    got = ents(nlp, "县人大办、县财政局、经信局等项目引资单位要全程跟进服务。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    assert ("县财政局", "AGENCY") in got, got
    # a list of projects whose head is followed by its own clause still lists projects
    got = ents(nlp, "城北污水处理厂、滨江公园二期等项目建设进展顺利。")
    assert ("城北污水处理厂", "PROJECT") in got, got


def test_where_a_firm_invests_opens_no_listed_project(nlp):
    # "在|临澧|投资|A、B等项目": the county the firm invests in, and the verb, before the first item
    got = ents(nlp, "双方就该集团在临澧投资北湖湿地生态旅游开发、城南物流园建设等项目达成合作意向。")
    assert ("北湖湿地生态旅游开发", "PROJECT") in got and ("临澧", "PLACE") in got, got
    assert not [t for t, _ in got if t.startswith("临澧投资")], got


def test_among_them_before_an_office_is_no_part_of_its_name(nlp):
    # "当中|贸促局就参与其中两项": "among them", then the office; jieba knows no 贸促局 and 当中 would open it
    got = ents(nlp, "签约项目共十项，当中贸促局就参与其中两项。")
    assert ("贸促局", "AGENCY") in got, got
    assert not [t for t, _ in got if t.startswith("当中")], got


def test_an_expressway_named_by_its_ends_holds_no_road_firm(nlp):
    # "长|深高速": the expressway from Changchun to Shenzhen; the listed firm 深高速 is not inside it
    got = ents(nlp, "车队沿京港澳高速和长深高速南下，两小时后抵达园区。")
    assert not [t for t, lab in got if lab == "COMPANY"], got
    # the firm named alone, or after a conjunction, is still the firm
    assert ("深高速", "COMPANY") in ents(nlp, "本市交投集团与深高速签订合作协议。")


def test_the_fields_counted_before_a_kind_of_project_name_none(nlp):
    # "引进|五大|领域|新兴产业项目": the projects of five fields, by their kind; no project is named
    got = ents(nlp, "各镇今年要引进一大批超亿元的五大领域新兴产业项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_a_city_abroad_before_a_word_of_people_is_no_place(nlp):
    # "在|巴黎|人|和|伦敦|人|举行": Macau's resorts named for the cities (or their people), not Paris or London
    got = ents(nlp, "颁奖礼分别在巴黎人和伦敦人两间酒店举行。")
    assert not [t for t, lab in got if lab == "PLACE"], got
    # the city's population is the city's
    assert ("伦敦", "PLACE") in ents(nlp, "伦敦人口超过九百万。")


def test_a_county_written_short_before_a_firm_opening_with_its_province_is_where_it_is(nlp):
    # an autonomous county as papers write it (its short name and 县) is a division under the province the
    # firm's legal name opens with: "在|某某县|吉林某某有限公司" is a firm in the county, no longer name
    got = ents(nlp, "记者走进前郭县吉林松原禾丰饲料有限公司的车间。")
    assert ("吉林松原禾丰饲料有限公司", "COMPANY") in got, got
    assert not [t for t, lab in got if lab == "COMPANY" and t.startswith("前郭")], got


@pytest.mark.parametrize("text, firm", [
    ("今年省百大项目恒通集团年产5万吨饲料项目开工建设。", "恒通集团"),
    ("市十大工程华兴集团年产30万吨水泥项目、城北物流园项目开工。", "华兴集团"),
    ("市领导调研了市十大工程华兴集团水泥项目。", "华兴集团"),
])
def test_a_programme_counting_its_projects_is_no_part_of_the_firm(nlp, text, firm):
    # "省|百大|项目": the list of a province's hundred big projects, said before the firm whose project is on it
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got
    assert not [t for t, _ in got if "十大" in t or "百大" in t], got


def test_projects_in_general_after_a_visit_or_a_division_jieba_cuts_are_none(nlp):
    # "某某|到|项目|建设现场": where a visitor goes, with a name jieba does not know before the verb
    got = ents(nlp, "副县长赵冕到项目建设现场检查工作。")
    assert not [t for t, lab in got if lab == "PROJECT"], got
    # "梅里|斯区(x)|项目建设": a district's projects in general, though jieba's guess cut its name
    got = ents(nlp, "本报讯 齐齐哈尔市梅里斯区项目建设取得新进展。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


def test_winning_funds_for_a_project_is_no_part_of_its_name(nlp):
    # "累计|获得|某某基地建设项目资金": the verb of winning, then the programme the funds are for
    got = ents(nlp, "该县近三年累计获得肉牛养殖基地建设项目资金1200万元。")
    assert ("肉牛养殖基地建设项目", "PROJECT") in got, got
    assert not [t for t, _ in got if t.startswith(("累计", "获得"))], got


def test_a_given_name_that_reads_as_a_place_is_a_person_in_a_list_counted_as_people(nlp):
    # "甲、冉|龙海、乙等5人": the count says the items are people, whatever surname opens them
    got = ents(nlp, "会议聘请了王强、冉龙海、唐金益等5人为县招商顾问。")
    assert not [t for t, lab in got if lab == "PLACE" and t != "县"], got
    # (a list of places counted as counties keeps them)
    got = ents(nlp, "考察了龙海、漳浦、南靖等3个县市。")
    assert ("龙海", "PLACE") in got, got


def test_a_writers_name_after_a_byline_title_and_a_space_is_no_place(nlp):
    got = ents(nlp, "本报讯（记者 李文 实习生 黄汉城）我县招商引资再传捷报。")
    assert "汉城" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, wrong", [
    # "once" a road is open: the clause of time, then the road
    ("待2026年西环高速公路竣工通车后，交通将更加便利。", "待"),
    # holding to a creed about projects, "projects are king": no project named
    ("营山县坚持项目为王、项目至上，狠抓落实。", "坚持"),
])
def test_a_clauses_verb_before_a_project_is_no_part_of_its_name(nlp, text, wrong):
    got = ents(nlp, text)
    assert not [t for t, _ in got if wrong in t], got


def test_the_highway_in_general_is_no_place(nlp):
    assert "高速路" not in {t for t, _ in ents(nlp, "从县城走高速路只要半小时。")}


def test_two_kinds_of_a_product_with_a_slash_are_one_projects_name(nlp):
    # "动力/储能": a slash between two short nouns inside the name, and a product's Latin code before 及
    assert_found(nlp, "县长察看了华达新能源有限公司年产5GWh动力/储能PACK及系统集成项目。",
                 {("华达新能源有限公司", "COMPANY"), ("年产5GWh动力/储能PACK及系统集成项目", "PROJECT")}, set())
    assert_found(nlp, "南岭公司年产2万套电机/电池生产线项目开工。",
                 {("年产2万套电机/电池生产线项目", "PROJECT")}, {"电池生产线项目"})


def test_a_mines_consolidation_names_its_project(nlp):
    # a coal mine's 兼并重组整合 project, jieba cutting 兼并|重组|整合 into verbs
    assert_found(nlp, "省里批复了宏源煤业有限公司120万吨/年矿井兼并重组整合项目。",
                 {("宏源煤业有限公司", "COMPANY"), ("120万吨/年矿井兼并重组整合项目", "PROJECT")}, set())
    assert_found(nlp, "县里整合上级涉农项目资金。", set(), {"整合上级涉农项目"})


def test_a_firms_project_named_for_its_basis_opens_with_it(nlp):
    # "基于…的…项目" right after the firm: the clause's 的 or a verb no longer cuts the name
    assert_found(nlp, "书记来到华力(山东)轮胎股份有限公司基于工业互联网的高性能轮胎智能制造项目现场。",
                 {("华力(山东)轮胎股份有限公司", "COMPANY"), ("基于工业互联网的高性能轮胎智能制造项目", "PROJECT")},
                 {"高性能轮胎智能制造项目"})
    assert_found(nlp, "调研了齐丰(山东)化工集团基于高质量发展转型升级综合提升改造项目。",
                 {("基于高质量发展转型升级综合提升改造项目", "PROJECT")}, {"转型升级综合提升改造项目"})


def test_an_emission_standard_opening_a_project_is_no_firm(nlp):
    assert_found(nlp, "他先后到滨州蓝海活塞有限公司国六高效汽车活塞智能制造项目考察。",
                 {("国六高效汽车活塞智能制造项目", "PROJECT")}, {"国六高效汽车"})


def test_a_verb_before_the_rank_a_park_seeks_is_no_projects_name(nlp):
    assert_found(nlp, "双方将在创建国家级现代农业产业园等多领域开展务实合作。", set(),
                 {"创建国家级现代农业产业园"})


def test_a_town_before_a_firm_named_with_its_city_in_brackets_is_where_it_is(nlp):
    # the bracket stands for where the firm registered, so the town before the brand is no part of the name,
    # even where jieba glues the town's last character to the brand
    assert_found(nlp, "调研组来到李庄镇华拓新材料(菏泽)有限公司，察看生产车间。",
                 {("李庄镇", "PLACE"), ("华拓新材料(菏泽)有限公司", "COMPANY")}, {"李庄镇华拓新材料(菏泽)有限公司"})


def test_two_levels_written_together_name_no_place(nlp):
    assert_found(nlp, "区镇领导张某、李某陪同调研。", set(), {"区镇"})


def test_a_firms_origin_kind_before_its_name_is_no_part_of_it(nlp):
    # "台企|某某…": jieba's guess glued the kind's last character to an unknown brand ("台|企岚翔")
    got = ents(nlp, "副市长先后到台企岚翔(赣州)光学有限公司等企业走访。")
    assert ("岚翔(赣州)光学有限公司", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith(("台", "企"))], got
    # ... and in a list of projects named by their firms, the kind before a brand of common words
    got = ents(nlp, "港企宏图新能源、东岭光电产业园等一批项目先后投产。")
    assert ("宏图新能源", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("港企")], got


def test_a_zone_named_for_advanced_manufacturing_keeps_its_whole_name(nlp):
    # "某县|先进|制造业|开发区": 先进 qualifies the sector, no word of praise before the zone's name
    got = ents(nlp, "新厂房建在柘城县先进制造业开发区东区。")
    assert ("柘城县先进制造业开发区", "PLACE") in got, got
    assert not [t for t, _ in got if t.startswith("制造业")], got
    # ... and the kind alone after a relative 县 names no zone (as 县经济开发区 names none)
    got = ents(nlp, "新厂房建在县先进制造业开发区东区。")
    assert not [t for t, lab in got if lab == "PLACE" and "开发区" in t], got


def test_a_city_jieba_reads_as_a_verb_opens_the_legal_name_after_it(nlp):
    # 开封 and 保定 are verbs to jieba ("unseal", "guarantee"): before a legal name they are where it is registered
    got = ents(nlp, "县政府与保定鑫远汽车配件有限公司签订投资协议。")
    assert ("保定鑫远汽车配件有限公司", "COMPANY") in got, got
    got = ents(nlp, "洛阳某某集团、开封恒瑞新材料有限公司等企业参加签约。")
    assert ("开封恒瑞新材料有限公司", "COMPANY") in got, got
    got = ents(nlp, "开封恒瑞新材料有限公司年产5万吨板材项目开工。")
    assert ("开封恒瑞新材料有限公司", "COMPANY") in got, got


def test_a_state_farm_or_nursery_by_its_kind_alone_is_no_place(nlp):
    # the gazetteer lists some counties' farms as towns by their kind alone (园艺场, 良种场): said alone they
    # name no town, where a farm with a name of its own still is one
    got = ents(nlp, "光伏电站选址在东岗园艺场，县领导还到良种场和苗圃察看。")
    assert not {t for t, _ in got} & {"园艺场", "良种场", "苗圃"}, got
    got = ents(nlp, "调研组来到塞罕坝机械林场。")
    assert ("塞罕坝机械林场", "PLACE") in got, got


def test_a_range_of_goods_inside_a_projects_name_is_no_count(nlp):
    # "某果|系列|…项目": jieba reads 系列 as a classifier, but after the product it names the goods' range
    got = ents(nlp, "开工项目为某县青梅系列饮品精深加工基地建设项目。")
    assert ("青梅系列饮品精深加工基地建设项目", "PROJECT") in got, got


def test_an_offices_verb_before_a_zones_kind_names_no_zone(nlp):
    # "核定(n)|工业区外…": the office approves plants outside zones in general, no zone named 核定工业区
    got = ents(nlp, "县府去年核定工业区外既有工厂就地扩建案共九件。")
    assert not [t for t, lab in got if lab == "PLACE" and t.endswith("工业区")], got


def test_a_road_after_a_zones_word_is_the_roads_own_name(nlp):
    # "某某制造园区|迎宾|大道": the zone's word, then a road of its own name (开发区大道 is one name)
    got = ents(nlp, "新厂选址电子信息园区迎宾大道南侧。")
    assert ("迎宾大道", "PLACE") in got, got
    assert not [t for t, _ in got if t.startswith("园区")], got


def test_a_divisions_name_glued_to_a_place_below_it_names_both(nlp):
    # jieba cuts "邵东牛马司镇" across the county and the town: a county (by its alias) and its town
    got = ents(nlp, "新建的物流园落户邵东牛马司镇，年内投产。")
    assert ("邵东", "PLACE") in got and ("牛马司镇", "PLACE") in got, got
    # (and a province's informal name glued to its city: the province, then the city)
    got = ents(nlp, "他曾任广西自治区来宾市副市长。")
    assert ("广西自治区", "PLACE") in got and ("来宾市", "PLACE") in got, got


def test_the_committees_of_a_kind_of_zone_name_no_body(nlp):
    # after a scope and only a zone's kind, a committee is every such zone's, none named
    got = ents(nlp, "全省各省级产业集聚区管委会负责人参加培训。")
    assert not [t for t, lab in got if lab == "AGENCY"], got
    got = ents(nlp, "他曾任国家级开发区管理委员会副主任。")
    assert not [t for t, lab in got if lab == "AGENCY"], got
    # (a county's zone has its own)
    got = ents(nlp, "会议由县产业集聚区管委会主办。")
    assert ("县产业集聚区管委会", "AGENCY") in got, got


def test_a_high_tech_park_by_its_short_name_is_a_zone(nlp):
    # "某某高新园": jieba cuts 高新|园, and the city's name alone had been the place
    got = ents(nlp, "签约企业将入驻石门高新园，主要生产电子元件。")
    assert ("石门高新园", "PLACE") in got, got


def test_the_party_organ_of_a_school_or_hospital_named_by_its_kind_is_no_agency(nlp):
    # the organ runs an institution the page does not name, no government's business
    for text in ("学院党委书记王某出席签约仪式并讲话。", "县医院党委书记李某陪同调研。", "县人民医院党委召开会议。"):
        got = ents(nlp, text)
        assert not [t for t, lab in got if lab == "AGENCY"], (text, got)


def test_a_leaders_posts_before_a_visit_are_no_items_of_the_sites_list(nlp):
    # "县委副书记、县长某某|深入|A、B等项目": the posts' 、 had made the list one of people
    got = ents(nlp, "县委副书记、县长王某深入县农机厂烘干设备技改、东岭富硒茶加工厂房等项目施工现场。")
    assert ("县农机厂烘干设备技改", "PROJECT") in got and ("东岭富硒茶加工厂房", "PROJECT") in got, got
    # (富硒, "selenium-rich", which jieba cuts 富|硒, is a crop's selling point, no brand's last character)
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_the_firms_among_a_visits_mixed_sites_are_firms(nlp):
    # a visit's list of villages, parks and firms by their short names: a brand and a trade word is a firm
    got = ents(nlp, "调研组先后到东坪镇瑞丰牧业、张湾村、西岭公园、长庆泵业等地进行观摩。")
    assert ("瑞丰牧业", "COMPANY") in got and ("长庆泵业", "COMPANY") in got, got
    assert ("张湾村", "PLACE") in got, got


def test_a_determiners_level_shares_its_office_with_a_peer_level_after_it(nlp):
    # "各县、区人民政府": every county's and district's government, no one's
    got = ents(nlp, "各县、区人民政府，市各委、办、局：")
    assert not [t for t, lab in got if lab == "AGENCY"], got
    # (a town and the county are no peers: the county's own commission is named)
    got = ents(nlp, "各镇、县发改委要做好服务。")
    assert ("县发改委", "AGENCY") in got, got


def test_firms_named_in_an_honours_notice_start_after_the_verb(nlp):
    # "决定|命名|某某集团有限公司": jieba reads 命名 as a noun
    got = ents(nlp, "决定命名铁犁集团有限公司、天星集团有限公司等5家企业为龙头企业。")
    assert ("铁犁集团有限公司", "COMPANY") in got, got


def test_a_rare_time_word_alone_before_a_legal_form_is_the_brand(nlp):
    # jieba tags 星月 a time; before 集团有限公司, with nothing else, it is the firm's brand
    got = ents(nlp, "天河集团有限公司，星月集团有限公司，步阳集团有限公司。")
    assert ("星月集团有限公司", "COMPANY") in got, got
    # (a time the word is, 目前, names none)
    got = ents(nlp, "目前集团有限公司正在筹建。")
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_the_issuers_code_of_a_documents_number_is_no_office(nlp):
    got = ents(nlp, "根据永委〔2007〕6号文件精神，决定表彰先进企业。")
    assert not [t for t, lab in got if lab == "AGENCY"], got


def test_a_firms_verb_between_it_and_its_project_is_no_part_of_the_project(nlp):
    # "分别是某某公司|参股|某县纺织业项目、某某集团公司|投资|某县旅游开发项目"
    got = ents(nlp, "意向项目2个，分别是东岭纺织有限公司参股平县纺织业项目、启航投资集团公司投资平县旅游开发项目。")
    assert ("平县纺织业项目", "PROJECT") in got and ("平县旅游开发项目", "PROJECT") in got, got


def test_a_lines_length_or_a_grids_voltage_opens_a_projects_name(nlp):
    # "500万米|…管材项目", "某地|35千伏|输变电工程": a length a line makes, or the voltage a grid's works are
    # built for, is part of the project's name, as a capacity in tonnes is
    got = ents(nlp, "某某管业公司投资建设500万米燃气管道生产项目。")
    assert ("500万米燃气管道生产项目", "PROJECT") in got, got
    got = ents(nlp, "北岭35千伏输变电工程年底前完工。")
    assert ("北岭35千伏输变电工程", "PROJECT") in got, got
    got = ents(nlp, "新建石桥110kV变电站工程，投资8000万元。")
    assert ("石桥110kV变电站工程", "PROJECT") in got, got


def test_a_special_regions_office_opened_by_its_field_keeps_the_field(nlp):
    # "香港特区政府|招商|投资促进局", "香港特区|贸易|投资促进局": the field opens the office's full name after its
    # government or its region as after a county (县|招商|投资促进局); alone, 投资促进局 would be the page's own
    got = ents(nlp, "记者从香港特区政府招商投资促进局获悉，今年落户企业增多。")
    assert ("香港特区政府招商投资促进局", "AGENCY") in got, got
    got = ents(nlp, "香港特区贸易投资促进局组织企业考察。")
    assert ("香港特区贸易投资促进局", "AGENCY") in got, got


def test_a_speakers_name_and_preposition_glued_by_a_guess_stay_out_of_the_firm_after_them(nlp):
    # "李霁对(x)|宝丰|集团", "陈霁对鑫(x)|达|集团": jieba's guess ran the speaker's name and 对 into one word,
    # and the firm's name starts after the preposition
    got = ents(nlp, "李霁对宝丰集团来县投资表示欢迎。")
    assert ("宝丰集团", "COMPANY") in got and not [t for t, _ in got if "对" in t], got
    got = ents(nlp, "市长陈霁对鑫达集团落户表示祝贺。")
    assert ("鑫达集团", "COMPANY") in got and not [t for t, _ in got if "对" in t], got


def test_a_roads_upgrade_opened_by_a_policy_verb_is_the_roads_project(nlp):
    # "某某公路|提质|改造|项目": jieba holds 提质 as a verb of its own (as in "产业提质"), but with 改造 after it
    # it is the works done to the road, and the road's project is named whole
    got = ents(nlp, "今年完成西坪公路提质改造项目，全长8公里。")
    assert ("西坪公路提质改造项目", "PROJECT") in got, got
    got = ents(nlp, "县里启动滨河大道提质扩容工程。")
    assert ("滨河大道提质扩容工程", "PROJECT") in got, got


def test_a_state_brands_middle_character_after_a_division_opens_the_name(nlp):
    # "某市|中(f)|化学…项目": jieba reads a state firm's 中 as "in", but a division written right before it is
    # where the project is, never something "in" which: the brand opens the name, not a word after it
    got = ents(nlp, "总投资6亿元的宜都市中化学环保材料项目开工。")
    assert ("宜都市中化学环保材料项目", "PROJECT") in got, got
    got = ents(nlp, "其中，枝江市中化学新材料、远安县中材新材料基地等3个项目投资过十亿元。")
    assert ("枝江市中化学新材料", "PROJECT") in got and not [t for t, _ in got if t.startswith("化学")], got


def test_an_office_listed_after_a_post_holder_keeps_its_zone(nlp):
    # "管委会副主任某某及开发区招商局": the post is the committee's, and the bureau after the conjunction is
    # a zone's office, no group of the lexicon's (招商局集团)
    assert_found(nlp, "管委会副主任胡振斌及开发区招商局、财政局等部门参加推介会。",
                 {("开发区招商局", "AGENCY")}, {"招商局"})
    assert_found(nlp, "县委书记现场办公室", set(), {"县委书记现场办公室", "现场办公室"})


def test_an_association_listed_among_firms_is_an_agency(nlp):
    # the head counts firms, but an association among them speaks for its trade, as an office does
    assert_found(nlp, "四川省医药质量监督协会、成都康华药业有限公司等20家企业参加。",
                 {("四川省医药质量监督协会", "AGENCY"), ("成都康华药业有限公司", "COMPANY")}, set())
    assert_found(nlp, "四川省医药产业促进协会、成都康华药业有限公司等企业参加。", set(), {"协会"})


def test_a_firm_after_the_divisions_it_is_in_starts_at_its_own_place_word(nlp):
    # "某省某市某县|某市某某有限公司": the divisions say where the firm is; its legal name opens with its city
    assert_found(nlp, "湖北省襄阳市谷城县襄阳恒信机械有限公司年产5万台电机项目签约仪式在谷城县举行。",
                 {("襄阳恒信机械有限公司", "COMPANY"), ("谷城县", "PLACE")},
                 {"湖北省襄阳市谷城县襄阳恒信机械有限公司"})
    # (a name with no place of its own after them keeps them: a small firm registered so)
    assert_found(nlp, "江苏省宜兴市宏达陶瓷有限公司与我县签约。", {("江苏省宜兴市宏达陶瓷有限公司", "COMPANY")}, set())


def test_a_parks_firms_association_is_an_agency_but_its_kind_alone_names_none(nlp):
    assert_found(nlp, "交接典禮由芳苑工業區廠商協進會主辦", {("芳苑工业区厂商协进会", "AGENCY")}, set())
    assert_found(nlp, "多年來廠商協進會作為政府與企業間的橋梁", set(), {"厂商协进会"})


def test_a_park_two_places_build_together_is_named_by_neither(nlp):
    # "某市和某县共建园区": the park the two share, a kind of park, no place named after the second
    assert_found(nlp, "这个园区是钦州市和灵山共建园区，规划面积10平方公里。", {("钦州市", "PLACE")},
                 {"灵山共建园区", "共建园区"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    # where the firms a supplier serves are is no part of the first firm's name
    ("这家铸件厂常年为国内重卡集团、华北机械等大型企业供货。", {("重卡集团", "COMPANY")}, {"国内重卡集团"}),
    ("产品主要供应省内钢铁集团和多家电厂。", set(), {"省内钢铁集团"}),
])
def test_a_scope_before_a_listed_firm_stays_out_of_its_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # a county's bureau of two fields joined by 与 or 和, the second a known office's name
    ("据沂南县合作与招商局负责人介绍，今年新签约项目六个。", ("沂南县合作与招商局", "AGENCY")),
    ("县经济合作与招商局局长带队赴外地考察。", ("县经济合作与招商局", "AGENCY")),
])
def test_a_bureau_of_a_field_joined_to_a_known_office_is_one_bureau(nlp, text, wanted):
    got = ents(nlp, text)
    assert wanted in got, got
    assert ("招商局", "AGENCY") not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count of zones by the classifier of sites names no zone
    ("全县已建成三处工业园区，土地都已出让。", set(), {"三处工业园区"}),
])
def test_a_count_of_sites_names_no_zone(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    # a body's name with a paper's word inside a title's marks is the paper's
    ("据《人民政协报》报道，多地政协委员建言招商工作。", {"人民政协"}),
    ("《 人民政协报 》 （ 2021年03月02日 第 06 版）", {"人民政协"}),
])
def test_a_bodys_name_in_a_papers_title_is_no_body(nlp, text, unwanted):
    assert not {t for t, _ in ents(nlp, text)} & unwanted, ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the fair's hall where a firm shows its goods is no part of the firm's name
    ("来宾们参观了会展中心宏远集团新品展厅。", {("宏远集团", "COMPANY")}, {"会展中心宏远集团"}),
])
def test_a_fairs_hall_before_a_firm_stays_out_of_its_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county right before a capacity is where the firm's project is, no part of the firm's short name
    ("该县与宏晟新能源签约，宏晟蒙城200MW光伏项目当月开工。",
     {("宏晟", "COMPANY"), ("蒙城200MW光伏项目", "PROJECT")}, {"宏晟蒙城"}),
    ("引进了京能五原300MW风电项目等一批项目。", {("京能", "COMPANY"), ("五原300MW风电项目", "PROJECT")}, {"京能五原"}),
])
def test_a_county_between_a_firm_and_its_capacity_is_the_projects_site(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_grid_projects_site_before_its_voltage_is_no_firm(nlp):
    # a line or a substation is named by its site and its voltage class: what comes before is where it runs
    got = ents(nlp, "其中东岭油田岸电平县220kV输变电项目等3个项目已完工。")
    assert ("东岭油田岸电平县220kV输变电项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY"], got


def test_a_project_of_building_together_keeps_the_word(nlp):
    # right before 项目, 共建 is the project's own word: a project of building together
    got = ents(nlp, "签订了《某某集团——平县全域旅游与乡村振兴共建项目框架协议》。")
    assert ("平县全域旅游与乡村振兴共建项目", "PROJECT") in got, got


def test_a_listed_brand_of_ordinary_words_among_firms_is_a_firm(nlp):
    # a county's visit lists firms by a brand and a trade; one whose brand is of ordinary words, or
    # that has no trade at all, is a firm as the others are, not a project nor nothing
    got = ents(nlp, "县长先后到青松新材料、恒达混凝土、华美服饰、德禾环保、康泰生物、宏康众拓等项目施工现场察看进度。")
    for name in ("青松新材料", "恒达混凝土", "华美服饰", "德禾环保", "康泰生物", "宏康众拓"):
        assert (name, "COMPANY") in got, (name, got)


def test_a_visited_firms_brand_keeps_a_first_character_taken_for_a_surname(nlp):
    # "辛|巴新|材料": jieba reads the brand's first character as a surname and glues the second to the trade
    got = ents(nlp, "县长在德宇机械、临江智能制造产业园、辛巴新材料、永捷电机等地了解项目进展。")
    assert ("辛巴新材料", "COMPANY") in got, got


@pytest.mark.parametrize("text, slogan", [
    ("会上播放了“山水某城、品质新区”宣传片。", "品质新区"),
    ("全力建设“生态新城、活力新区”。", "活力新区"),
])
def test_a_slogans_quality_before_a_zones_word_names_no_zone(nlp, text, slogan):
    # what a slogan wants a district to be, before 新区 alone, is no zone; a zone with a name of its own
    # before the quality keeps it (某某生态工业园区), and a village so named is a village
    got = ents(nlp, text)
    assert slogan not in {t for t, _ in got}, got
    assert ("新疆准东生态工业园区", "PLACE") in ents(nlp, "新疆准东生态工业园区新签项目5个。")


@pytest.mark.parametrize("text, project", [
    ("力促投资2亿元的山东某某家具项目尽快建成投产。", "山东某某家具项目"),
    ("确保城南污水处理厂项目早日竣工。", "城南污水处理厂项目"),
])
def test_how_soon_a_project_is_wanted_done_is_no_part_of_its_name(nlp, text, project):
    # 尽快, 早日 before the status predicate are the clause's adverbs, as 正式 and 顺利 are
    assert (project, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, project", [
    ("该县加快新入园企业青禾茶叶项目建设。", "青禾茶叶项目"),
    ("引进龙头企业华美家纺项目。", "华美家纺项目"),
])
def test_a_kind_of_firm_before_a_brands_project_is_no_part_of_it(nlp, text, project):
    assert (project, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a food maker short-named by its brand and trade, as when it invests
    ("据悉，嘉穗食品投资3亿元扩建冷链仓储车间。", {("嘉穗食品", "COMPANY")}, set()),
    ("在工业区，禾润科技扩建厂房，岚丰食品斥资2亿元新上生产线。", {("岚丰食品", "COMPANY")}, set()),
    # a kind of food after a place or an ordinary word names no maker heading the project
    ("宾川高原特色食品精深加工项目、安宁现代食品物流仓储园区项目等一批项目签约。", set(),
     {"宾川高原特色食品", "安宁现代食品"}),
])
def test_a_food_makers_brand_and_trade_name_a_company(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county's manufacturers' association, whose suffix jieba writes as two words (工业|会)
    ("彰化县工业会理事长林大明出席座谈。", {("彰化县工业会", "AGENCY")}, set()),
    # and "industry will", with no place before it, names none
    ("大力发展工业会带来新的就业机会。", set(), {"发展工业会", "工业会"}),
])
def test_an_association_suffix_in_two_words_after_its_place(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a chamber's branch is named by its trade between the chamber and 分会: one body, the branch
    ("东莞市四川商会电子分会会长王小川致辞。", {("东莞市四川商会电子分会", "AGENCY")}, {"东莞市四川商会"}),
    ("省机械工业协会铸造分会在平县召开年会。", {("省机械工业协会铸造分会", "AGENCY")}, set()),
])
def test_a_chambers_branch_after_its_name_is_the_body_named(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    # where a firm goes to invest is no part of its project's name, as after 在
    "双方提出到德江投资灯具配件生产项目。",
    "企业家们希望赴黔西投资竹木制品加工项目。",
    "客商愿意到黔西投资竹木制品加工项目。",
])
def test_where_a_firm_goes_to_invest_opens_no_project(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PROJECT" and t.startswith(("德江", "黔西"))], got


@pytest.mark.parametrize("text, wanted", [
    # jieba writes the body and its head's title as one word after the level's word (区|政协主席)
    ("区人大常委会主任程小卫、区政协主席叶小华参加。", {("区人大常委会", "AGENCY"), ("区政协", "AGENCY")}),
    ("州政协主席陈小芳出席开工仪式。", {("州政协", "AGENCY")}),
])
def test_a_levels_body_glued_to_its_heads_title_is_found(nlp, text, wanted):
    assert_found(nlp, text, wanted, set())


def test_a_body_glued_to_a_title_with_no_level_names_none(nlp):
    got = ents(nlp, "他担任政协主席多年。")
    assert not [t for t, lab in got if lab == "AGENCY"], got


def test_a_place_in_brackets_after_a_listed_firms_legal_name_is_no_part_of_it(nlp):
    # a list of the firms visited says where each one's plant is, in brackets after its whole legal name
    assert_found(nlp, "代表团参观了宏宇纸业有限公司（平县）、岚丰建材（广西）有限公司（藤县）等企业。",
                 {("宏宇纸业有限公司", "COMPANY"), ("岚丰建材（广西）有限公司", "COMPANY"), ("藤县", "PLACE")},
                 {"岚丰建材（广西）有限公司（藤县）"})


@pytest.mark.parametrize("text, coop", [
    ("由村两委带头成立“平县北岭庄金银花种植合作社”。", "平县北岭庄金银花种植合作社"),
    ("社区书记领办的青盈竹柳种植合作社已发展社员200户。", "青盈竹柳种植合作社"),
])
def test_a_cooperatives_work_inside_its_name_keeps_the_name_whole(nlp, text, coop):
    # the work a co-operative does (种植, 养殖), a verb to jieba, is inside its name after its place or
    # brand; a co-operative of a kind alone still names none
    assert (coop, "COMPANY") in ents(nlp, text)
    assert not [t for t, lab in ents(nlp, "大力发展种植合作社。") if lab == "COMPANY"]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 在内 closes a list 包括 opens: the last firm's name ends before it
    ("包括远拓重工集团、青禾鸟在内等共30家企业与城南区签署了合作协议。",
     {("远拓重工集团", "COMPANY"), ("青禾鸟", "COMPANY")}, {"青禾鸟在内"}),
    ("包括远拓重工集团、北岚物流在内等12家企业参加签约。", {("北岚物流", "COMPANY")}, {"北岚物流在内"}),
])
def test_the_word_closing_an_inclusive_list_is_no_part_of_its_last_item(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_count_of_projects_of_a_kind_in_a_list_names_no_project(nlp):
    # each item says how many projects a park added, of a kind, and names none of them
    got = ents(nlp, "一季度，花溪园区新增7项新开工项目、河口工业园区新增3项新开工项目。")
    assert not [t for t, lab in got if lab == "PROJECT"], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a zone's own office, a known office's name right after the zone's: one agency, the zone's
    ("记者从青石经济技术开发区投资促进局获悉，园区新签约项目9个。",
     {("青石经济技术开发区投资促进局", "AGENCY")}, {"投资促进局"}),
    ("白河高新区投资促进局相关负责人介绍了园区情况。", {("白河高新区投资促进局", "AGENCY")}, {"投资促进局"}),
])
def test_a_known_office_right_after_a_zones_name_is_the_zones(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # 城市 inside a project's name, which jieba tags as a place, does not cut the name
    ("双方将合作建设云汀湾城市综合体项目。", {("云汀湾城市综合体项目", "PROJECT")}, {"综合体项目"}),
    ("该公司投资建设平江县城市综合体项目。", {("平江县城市综合体项目", "PROJECT")}, {"综合体项目"}),
])
def test_the_word_city_tagged_as_a_place_stays_inside_a_projects_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_a_road_named_by_its_two_ends_is_one_road(nlp):
    # "甲地至乙地高速公路": the road runs between two places and is named by both (the rules; the
    # tagger, which learnt few such roads, may still read the two ends apart)
    assert ("益阳至常德高速公路", "PLACE") in ents(nlp, "车队沿益阳至常德高速公路一路向北行驶。")


@pytest.mark.parametrize("text, wanted, unwanted", [
    # investing and developing are the clause's two verbs before the project, none of its name
    ("华远集团拟在某县投资开发华远滨湖康养中心项目。", {("华远滨湖康养中心项目", "PROJECT")}, {"投资开发华远滨湖康养中心项目"}),
    ("禾丰公司拟在南平市投资开发武夷山康养小镇项目，总投资12亿元。",
     {("武夷山康养小镇项目", "PROJECT")}, {"开发武夷山康养小镇项目"}),
    # though right before 项目 developing is the project's own work
    ("禾丰公司将投资开发锦江片区综合开发项目。", {("锦江片区综合开发项目", "PROJECT")}, set()),
])
def test_investing_and_developing_open_no_projects_name(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # offices whose short names jieba cuts before 办, which it reads as a verb ("run", "handle")
    ("县招商办主任黄某介绍了签约项目。", {("县招商办", "AGENCY")}),
    ("省经合办负责人表示，今年已签约项目40个。", {("省经合办", "AGENCY")}),
    ("省重点办日前公布了一批重大项目名单。", {("省重点办", "AGENCY")}),
    ("宁安市委改革办副主任韩某介绍了改革进展。", {("宁安市委改革办", "AGENCY")}),
    ("市金融办副主任邱某出席。", {("市金融办", "AGENCY")}),
])
def test_short_office_names_jieba_cuts_before_ban(nlp, full_nlp, text, wanted):
    assert_found(nlp, text, wanted, set())
    assert_found(full_nlp, text, wanted, set())


def test_a_priority_verb_before_ban_is_no_office(nlp):
    # 办 heading a verb (办好, 办理) after a field is the clause's, no office
    got = ents(nlp, "今年全市重点办好十件民生实事，全省重点办理一批事项。")
    assert not [t for t, lab in got if lab == "AGENCY"], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a county's short name jieba reads as a person's (惠安) or leaves unknown, then a brand opening with
    # 和: the brand's first character, no conjunction; the county opens the project's name
    ("惠安和兴电子产业园项目开工。", {("惠安和兴电子产业园项目", "PROJECT")}, {"兴电子产业园项目"}),
    ("永春和盛食品加工项目开工。", {("永春和盛食品加工项目", "PROJECT")}, set()),
])
def test_a_brand_opening_with_he_after_a_county_stays_whole(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


def test_two_counties_joined_by_he_stay_two(nlp):
    got = ents(nlp, "晋江和泉州的纺织企业参加了推介会。")
    assert ("晋江", "PLACE") in got and ("泉州", "PLACE") in got, got


@pytest.mark.parametrize("text", [
    # a visit's one-character verb glued by jieba's guess to the visitor's name, then a bare zone word:
    # the parks in general, no place named after the visitor
    "15日，邱文江入园区、访企业、听意见。",
    "上午，周建进园区、访企业，听取意见。",
])
def test_a_visitor_glued_to_his_verb_before_a_bare_park_is_no_place(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text, wanted", [
    # a zone's branch park in another town is a place, after the zone's whole name as a park inside it is
    ("该企业落户宁川经济开发区三门分园。", {("宁川经济开发区", "PLACE"), ("三门分园", "PLACE")}),
    ("项目位于青州经开区滨海分园，规划面积约800亩。", {("青州经开区", "PLACE"), ("滨海分园", "PLACE")}),
])
def test_a_zones_branch_park_is_a_place(nlp, text, wanted):
    assert_found(nlp, text, wanted, set())


def test_a_schools_branch_is_no_zone(nlp):
    got = ents(nlp, "孩子们在县实验幼儿园城南分园参加活动。")
    assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text", [
    # a region by its kind or its past, alone, and everywhere as an idiom says it: no place named
    "投资局已同特区政府部门商定合作方案。",
    "调研组了解了该市老区建设和苏区发展情况。",
    "来自天南海北的乡贤齐聚一堂。",
])
def test_regions_by_their_kind_and_idioms_of_everywhere_are_no_places(nlp, full_nlp, text):
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not [t for t, lab in got if lab == "PLACE"], got


def test_a_named_base_area_and_a_special_zone_stay_places(nlp):
    got = ents(nlp, "赣南苏区振兴发展取得成效，珠海经济特区建设加快。")
    assert ("赣南苏区", "PLACE") in got and ("珠海经济特区", "PLACE") in got, got


@pytest.mark.parametrize("text, whole", [
    # a county, then one of its towns without its level, before the plant's capacity: the site the
    # project's name opens with, no firm heading it
    ("漳浦六鳌10万千瓦风电项目开工。", "漳浦六鳌10万千瓦风电项目"),
    ("其中有某某能源投建的惠安净峰5万千瓦光伏电站项目，总投资3亿元。", "惠安净峰5万千瓦光伏电站项目"),
])
def test_a_county_and_its_town_head_no_firm(nlp, text, whole):
    got = ents(nlp, text)
    assert (whole, "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY" and whole.startswith(t)], got


@pytest.mark.parametrize("text", [
    # jieba's guess glues the list's last name and its closing 等 to the level of the leaders' title
    "县政协副主席兰利民等县领导参加调研。",
    "县长助理兰利军等县领导陪同。",
])
def test_a_list_of_leaders_closed_before_their_title_is_no_place(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PLACE"], got


def test_countries_closed_by_deng_keep_their_embassies_apart(nlp):
    got = ents(nlp, "在瑞典、墨西哥、韩国等国驻华使馆举办过画展。")
    assert not [t for t, lab in got if t == "国驻华使馆"], got


def test_a_party_committees_internet_office_by_its_short_name_is_an_agency(nlp):
    # "某县委网信办供稿": the committee's internet and information office, written short, was cut
    # "网信|办" by the segmenter and lost: the committee alone was kept
    got = ents(nlp, "（青禾县委网信办供稿 吴某某）")
    assert ("青禾县委网信办", "AGENCY") in got, got
    got = ents(nlp, "区商务局、区委网信办、区教育局负责同志陪同调研。")
    assert ("区委网信办", "AGENCY") in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the building of a zone's or a town's projects, a report's headline: the place, no project
    ("柳塘高新区项目建设再结硕果。", {("柳塘高新区", "PLACE")}, {"柳塘高新区项目"}),
    ("今年以来，青禾镇项目建设跑出加速度。", {("青禾镇", "PLACE")}, {"青禾镇项目"}),
    # a park's project is built all the same
    ("全力推进青禾生态公园项目建设。", {("青禾生态公园项目", "PROJECT")}, set()),
])
def test_the_building_of_a_places_projects_names_no_project(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "全县上下主动出击，吸引大企业、大集团落户。",
    "区领导带头对接大企业大集团。",
])
def test_a_firm_named_by_its_size_alone_is_no_firm(nlp, text):
    # "大集团": the big groups a campaign courts, no firm's brand
    assert not [t for t, label in ents(nlp, text) if label == "COMPANY"], ents(nlp, text)
    assert ("大禾集团", "COMPANY") in ents(nlp, "大禾集团与小禾科技公司签约。")


def test_a_project_of_farm_specialities_keeps_the_name_before_them(nlp):
    # "某某国际农特产品交易中心项目": the segmenter cut 农|特产品, and the bare 农 ended the name
    got = ents(nlp, "青禾镇与外地客商签约了柳河国际农特产品交易中心项目。")
    assert ("柳河国际农特产品交易中心项目", "PROJECT") in got, got


def test_a_liaison_office_in_a_provincial_capital_by_its_one_character_is_one_office(nlp):
    # "作者：驻郑办": a city's office in the provincial capital, written with the capital's one character;
    # the segmenter cut 驻|郑办, and an office 郑办 was left
    got = ents(nlp, "（作者：驻郑办 王某某）")
    assert ("驻郑办", "AGENCY") in got and ("郑办", "AGENCY") not in got, got
    got = ents(nlp, "市政府驻蓉办主任王某某出席。")
    assert ("驻蓉办", "AGENCY") in got and ("蓉办", "AGENCY") not in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A level alone before a firm's unit is that level's unit of some firm, none named (as 市政府 is the level's).
    ("座谈会后，客户经理陪同他们到访市分行。", set(), {"市分行"}),
    ("区支行行长和省分公司负责人出席了签约仪式。", set(), {"区支行", "省分公司"}),
    ("县支行行长介绍了信贷投放情况。", set(), {"县支行"}),
    # a place and the unit name one; so does the bank before a level's branch
    ("津市分行开业。", {("津市分行", "COMPANY")}, set()),
    ("建设银行县支行发放贷款。", {("建设银行县支行", "COMPANY")}, {"县支行"}),
])
def test_a_level_alone_before_a_firms_unit_names_no_firm(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # forests, pulp and paper in one chain: jieba glued 林 to the brand before it, and 浆纸 opened the project
    ("总投资80亿元的恒联林浆纸一体化项目正式开工。", {("恒联林浆纸一体化项目", "PROJECT")}, {"恒联林", "浆纸一体化项目"}),
    ("泰联林纸一体化项目进展顺利。", set(), {"泰联林"}),
])
def test_a_trade_newer_than_the_dictionary_keeps_its_first_character_from_the_brand(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a count of the levels the projects are of closes a list of projects, no list of divisions
    # (a firm's short name among the items stays the firm's, as 某某医药 does)
    ("开发区今年实施的瑞康医疗、恒驰零部件产业园等6个市、县重点项目计划总投资18亿元。",
     {("瑞康医疗", "COMPANY"), ("恒驰零部件产业园", "PROJECT")}, {"医疗"}),
    # (a count of villages closes a list of villages)
    ("石桥、红星等8个村开展人居环境整治。", {("石桥", "PLACE"), ("红星", "PLACE")}, set()),
])
def test_a_count_of_the_levels_a_head_s_projects_are_of_closes_a_list_of_projects(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "县委副书记周某来我镇调研，镇党委书记陪同。",
    "目前我镇工业集中区已入驻企业十余家。",
    "近年来我乡坚持实施工业强乡战略。",
])
def test_a_town_papers_own_town_is_no_place(nlp, text):
    # "我镇": the town's own paper speaking of it; jieba's guess glued the pronoun to the level
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE" and t.startswith("我")], got


def test_a_leaders_name_glued_to_and_before_an_office_is_no_place(nlp):
    # "杨剑|波及|县发改委": jieba's word for the last name's end holds 及, which joins the offices after the
    # leaders; the level is the office's, no county 杨剑波及县
    got = ents(nlp, "县领导许华、柳剑波及县发改委、县财政局主要负责人出席。")
    assert not [t for t, label in got if label == "PLACE"], got
    assert ("县发改委", "AGENCY") in got, got
    # a country ending in the character stays one
    assert ("埃及", "PLACE") in ents(nlp, "产品远销埃及、印度等国。")


def test_an_investment_promotion_centre_is_an_agency(nlp):
    # the centre that took the investment bureau's work, by its full name and its short one (县投促中心)
    got = ents(nlp, "县发改委、县投促中心主要负责人出席签约仪式。")
    assert ("县投促中心", "AGENCY") in got, got
    got = ents(nlp, "肥西县投资促进中心与青禾科技有限公司签约。")
    assert ("肥西县投资促进中心", "AGENCY") in got, got


@pytest.mark.parametrize("text, name", [
    ("代表性项目：青川中高端智能乘用车项目，总投资23亿元。", "青川中高端智能乘用车项目"),
    ("青禾科技年产50万台中高端家电项目签约。", "年产50万台中高端家电项目"),
    # (in a list, the joiner left where the item's first name was lost is none of it)
    ("项目包括青禾科技园、青川经济开发区中和中高端白酒灌装基地项目、柳河医药项目。", "中高端白酒灌装基地项目"),
])
def test_a_projects_market_tier_is_inside_its_name(nlp, text, name):
    # "中高端": jieba cut 中|高端, and 中 ("in") ended the name before it
    got = ents(nlp, text)
    assert (name, "PROJECT") in got, got


@pytest.mark.parametrize("text, name", [
    ("蚌埠市高铁新区今年新签约项目12个。", "蚌埠市高铁新区"),
    ("柳河县科技工业园新入驻企业5家。", "柳河县科技工业园"),
])
def test_a_citys_zone_named_by_its_kind_is_the_citys(nlp, text, name):
    # the gazetteer lists 高铁新区 and 科技工业园 as one county's town-level units elsewhere; after a city's
    # name they are its zone
    got = ents(nlp, text)
    assert (name, "PLACE") in got, got
    assert name[3:] not in [t for t, _ in got], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("引进外资项目1项，即青禾集团在柳河区投资2亿元的生态农业园区项目。",
     {("青禾集团", "COMPANY"), ("生态农业园区项目", "PROJECT")}, {"即青禾集团"}),
    ("签约企业1家，即明岳科技有限公司。", {("明岳科技有限公司", "COMPANY")}, {"即明岳科技有限公司"}),
    # with no mark before it, the character may open the name itself
    ("即昊集团在柳河区投资建厂。", {("即昊集团", "COMPANY")}, {"昊集团"}),
])
def test_namely_glued_to_the_one_item_a_count_announces_is_no_part_of_it(nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "这批项目竣工后，将带动柳河镇发展。",
    "本批项目计划年内开工。",
    "这处景区今年对外开放。",
    "这所学校由县里新建。",
])
def test_a_demonstrative_glued_to_its_classifier_names_nothing(nlp, text):
    # jieba guesses 这批, 这处, 这所 as one unknown word, read as a project's, a place's or an office's name
    got = ents(nlp, text)
    assert not [t for t, _ in got if t[0] in "这本"], got


@pytest.mark.parametrize("text, wanted", [
    ("青禾马铃薯全产业链项目二期正在安装设备。", ("青禾马铃薯全产业链项目", "PROJECT")),
    ("柳河县引进的明岳集团中药材全产业链项目落地。", ("中药材全产业链项目", "PROJECT")),
])
def test_a_project_of_a_whole_chain_is_named_by_its_product(nlp, text, wanted):
    # jieba cuts 全(a)|产业链, and the adjective ended the name; nor is the whole chain's project the
    # category of a trade's chain's projects ("汽车产业链项目")
    assert wanted in ents(nlp, text), ents(nlp, text)
    assert not [t for t, label in ents(nlp, "加大汽车产业链项目招引力度。") if label == "PROJECT"]


@pytest.mark.parametrize("text, wanted", [
    ("明岳建工承建的柳河县道路建设EPC项目开工。", ("柳河县道路建设EPC项目", "PROJECT")),
    ("柳河县老城区污水管网建设PPP项目正式签约。", ("柳河县老城区污水管网建设PPP项目", "PROJECT")),
])
def test_a_projects_works_before_its_contract_mode_stay_in_its_name(nlp, text, wanted):
    # "…道路|建设|EPC|项目": 建设 is the project's works, not the clause's verb, though a mode of
    # contract stands between it and 项目; alone, the mode names no project
    got = ents(nlp, text)
    assert wanted in got and ("EPC项目", "PROJECT") not in got and ("PPP项目", "PROJECT") not in got, got
    assert not [t for t, label in ents(nlp, "要加快推进建设PPP项目。") if label == "PROJECT"]


def test_what_an_owner_does_to_the_firms_it_lists_is_no_part_of_the_first(nlp):
    # "目前|管理(vn)|A、B等6家公司": jieba reads the verb as a noun, which opened the first firm's name
    got = ents(nlp, "青禾集团目前管理明岳、柳岸等6家公司。")
    assert ("明岳", "COMPANY") in got and ("柳岸", "COMPANY") in got, got
    assert not [t for t, _ in got if t.startswith("管理")], got


def test_a_count_and_the_sum_after_listed_projects_is_no_part_of_the_last(nlp):
    # "A、B|两个|亿元|以上|重大工业项目": how many projects of what size, whatever the last item ends in
    got = ents(nlp, "近日，落户于平江县柳湾工业园的润丰电动车、宏泰化工两个亿元以上重大工业项目集中开工。")
    assert not [t for t, label in got if label == "PROJECT" and "以上" in t], got
    got = ents(nlp, "近日，该县润丰电动车、宏泰化工三个5000万元以上工业项目集中开工。")
    assert not [t for t, label in got if "万元" in t], got


def test_a_small_zone_before_the_first_listed_project_is_where_they_are(nlp):
    # "落户于某县柳湾(x)工业园|中恒钢构、…": the park, whose own name the segmenter does not know, then
    # the first item, a brand and its trade with no head of its own
    got = ents(nlp, "近日，落户于平江县石坳工业园中恒钢构、润丰电动车等项目集中开工。")
    assert ("平江县石坳工业园", "PLACE") in got and ("中恒钢构", "PROJECT") in got, got
    # a project named with its park keeps it
    got = ents(nlp, "河北井陉经济开发区青鼎科技园项目开工。")
    assert ("河北井陉经济开发区青鼎科技园项目", "PROJECT") in got, got


def test_a_count_of_sites_after_a_park_is_no_office(nlp):
    # "…科技产业园|两处": how many parks were planned; 处 ends offices' names too
    got = ents(nlp, "共规划50公顷的城东综合产业园、20公顷的城西健康科技产业园两处。")
    assert not [t for t, label in got if label == "AGENCY"], got
    got = ents(nlp, "全镇建成美丽屋场三处。")
    assert not [t for t, label in got if label == "AGENCY"], got
    # a bureau's numbered division is one
    assert ("市公安局三处", "AGENCY") in ents(nlp, "市公安局三处处长李某参加。")


@pytest.mark.parametrize("text, name", [
    ("该县加快推进青禾文化旅游园项目建设。", "青禾文化旅游园项目"),
    ("柳河康养旅游园项目是该县规划实施的休闲产业集聚区。", "柳河康养旅游园项目"),
])
def test_a_park_named_by_the_trade_it_is_for_is_one_project(nlp, text, name):
    # "…文化|旅游(vn)|园(zg)|项目": the segmenter leaves the park's 园 alone after a verbal noun
    assert (name, "PROJECT") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("集中开工的项目有：平江县青少年航空运动营地项目；平江县柳河物流园区建设项目。",
     "平江县青少年航空运动营地项目"),
    ("平江县青少年体育训练基地项目开工。", "平江县青少年体育训练基地项目"),
])
def test_who_a_centre_serves_before_its_trade_is_no_firm(nlp, text, name):
    # "某县|青少年(nr)|航空|…": the segmenter tags the common word as a person's name, which read as a brand
    got = ents(nlp, text)
    assert (name, "PROJECT") in got and not [t for t, label in got if label == "COMPANY"], got


@pytest.mark.parametrize("text, name", [
    ("湖南省政府国资委主任王某出席。", "湖南省政府国资委"),
    ("湖南省人民政府国资委副主任李某出席。", "湖南省人民政府国资委"),
])
def test_a_governments_own_office_right_after_it_is_one_name(nlp, text, name):
    # "某省政府|国资委": both words are bodies to the segmenter; the bare office was left to the local one
    assert (name, "AGENCY") in ents(nlp, text), ents(nlp, text)


def test_a_chamber_named_by_a_county_the_segmenter_reads_as_a_time_is_one_body(nlp):
    # "深圳|当阳(t)|商会": the county's name is a time to the segmenter, which closed the chamber's name
    got = ents(nlp, "深圳当阳商会会长王某一行到该市考察。")
    assert ("深圳当阳商会", "AGENCY") in got, got


def test_a_lists_conjunction_glued_to_the_next_place_is_no_part_of_it(nlp):
    # "某某镇|和湾岭(x)|村": the segmenter's guess glued 和 to the second place's name; the place starts
    # after it, after a town or a zone, though a name that is one with it stays whole
    got = ents(nlp, "副镇长周某到城关镇和湾岭村走访农户。")
    assert ("湾岭村", "PLACE") in got and "和湾岭村" not in [t for t, _ in got], got
    got = ents(nlp, "调研组先后到城关镇和湾坞镇查看项目进度。")
    assert ("湾坞镇", "PLACE") in got and "和湾坞镇" not in [t for t, _ in got], got
    assert ("和平镇", "PLACE") in ents(nlp, "调研组到城关镇和和平镇查看项目进度。")


def test_a_brands_last_character_read_into_a_date_before_a_capacity_stays_the_brands(nlp):
    # "瑞(nr)|元年(t)|产|5千吨…": the segmenter read the brand's last character and the capacity's 年 as a
    # date word; the project is the brand's, not one opening with a bare 产
    got = ents(nlp, "市长先后察看了瑞元年产5千吨果汁项目和青丰食品加工项目。")
    assert ("瑞元年产5千吨果汁项目", "PROJECT") in got, got
    assert not [t for t, _ in got if t.startswith("产")], got


def test_a_park_before_a_brand_heading_a_project_is_no_part_of_the_firms_name(nlp):
    # "高新区|鸿达|年产…项目": the park the project is in, then the project as it would be read alone;
    # no firm's short name holds a park's word
    got = ents(nlp, "副市长到高新区鸿达年产3万吨饲料项目调研。")
    assert ("鸿达年产3万吨饲料项目", "PROJECT") in got, got
    assert not [t for t, lab in got if lab == "COMPANY" and "高新区" in t], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("考察团走进青溪侨乡，参观华侨历史馆。", set(), {"青溪侨乡"}),
    ("记者走进松岭茶乡，看到茶农忙着采茶。", {("松岭", "PLACE")}, {"松岭茶乡"}),
    ("来源：青溪侨乡报", set(), {"青溪侨乡"}),
    ("县长到新茶乡调研。", {("新茶乡", "PLACE")}, set()),
])
def test_a_places_title_as_a_home_of_emigrants_or_tea_is_no_township(nlp, text, wanted, unwanted):
    # "某某侨乡", "某某茶乡": the place's title ends in 乡, but names no township (a town so named is the
    # gazetteer's)
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("书记到鸿泰纸业扩建项目调研。", ("鸿泰纸业扩建项目", "PROJECT")),
    ("县长到瑞丰年产5万吨纸浆项目调研。", ("瑞丰年产5万吨纸浆项目", "PROJECT")),
])
def test_a_visits_verb_written_alone_is_no_part_of_the_site_visited(nlp, text, wanted):
    # "书记|到|某某纸业扩建项目|调研": the visit's 到, which the segmenter writes as a word of its own, then
    # the site's name (as after 来 or 赴)
    got = ents(nlp, text)
    assert wanted in got, got
    assert not [t for t, _ in got if t.startswith("到")], got


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a road's extension by its bearing is a works of its own in a list of projects (jieba cut 青松|路北|延)
    ("今年实施的滨江大道、青松路北延、县中医院迁建等12个项目已全面复工。",
     {("青松路北延", "PROJECT"), ("滨江大道", "PROJECT")}, {"青松路"}),
    ("全年将实施人民路北延、环城路西延等道路工程。", {("人民路北延", "PROJECT"), ("环城路西延", "PROJECT")}, set()),
    # (north of a road is where something is, no extension)
    ("解放路路北新开了一家超市。", {("解放路", "PLACE")}, {"解放路路北"}),
])
def test_a_roads_extension_by_its_bearing_is_one_works(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a roster of villages, products or firms: what is listed in it is no project
    ("柳溪村被列入第三批省级美丽乡村示范村名录。", {("柳溪村", "PLACE")}, set()),
    ("白沙脐橙列入全国名特优新农产品名录。", set(), {"白沙脐橙"}),
    ("金穗米业列入市级农业龙头企业名单。", {("金穗米业", "COMPANY")}, set()),
    # (a roster of projects is one: its items are projects)
    ("城北垃圾焚烧发电厂列入省重点项目名单。", {("城北垃圾焚烧发电厂", "PROJECT")}, set()),
])
def test_a_roster_of_villages_products_or_firms_lists_no_project(nlp, full_nlp, text, wanted, unwanted):
    # "某村|列入|…示范村|名录": 列入 reports a project's status only where the list is of projects
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # the section a road's project builds, in brackets after the road's name
    ("青阳高速(东坪段)建设项目年内完工。", ("青阳高速(东坪段)建设项目", "PROJECT")),
    ("宁昆高速（北山段）改扩建工程正式开工。", ("宁昆高速（北山段）改扩建工程", "PROJECT")),
    ("省道208线（城关段）改建工程已完成路基。", ("省道208线（城关段）改建工程", "PROJECT")),
    # a highway's kind before its number opens the name
    ("国道217线改建项目进展顺利。", ("国道217线改建项目", "PROJECT")),
])
def test_a_roads_section_in_brackets_is_part_of_its_project(nlp, full_nlp, text, wanted):
    assert wanted in ents(nlp, text), ents(nlp, text)
    assert wanted in ents(full_nlp, text), ents(full_nlp, text)


@pytest.mark.parametrize("text, firm, project", [
    # a listed firm's short name the lexicon knows, whole, then what it builds (no trade, no capacity between)
    ("引进总投资30亿元的宁德时代储能电池研发制造项目。", "宁德时代", "储能电池研发制造项目"),
    ("中国中铁西南区域总部基地项目在新区签约。", "中国中铁", "西南区域总部基地项目"),
])
def test_a_firm_the_lexicon_knows_heads_the_project_it_builds(nlp, full_nlp, text, firm, project):
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (firm, "COMPANY") in got and (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, wanted", [
    # a route's section whose end is a county jieba reads as a verb (安化), in a list of works
    ("今年还将开工沪桂高速公路桃江至安化段、石门至慈利公路等重大工程。", ("沪桂高速公路桃江至安化段", "PROJECT")),
    ("安化至新化公路改造工程年内开工。", ("安化至新化公路改造工程", "PROJECT")),
    # kinds of works joined by 、 between 等 and the head
    ("今年将推进岳阳至望城高速公路扩容等重点交通、水利工程。", ("岳阳至望城高速公路扩容", "PROJECT")),
])
def test_a_list_of_route_works_with_a_county_read_as_a_verb_or_joined_kinds(nlp, full_nlp, text, wanted):
    assert wanted in ents(nlp, text), ents(nlp, text)
    assert wanted in ents(full_nlp, text), ents(full_nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # the banks of a river by its short name are a word of place, as 沿江 is (jieba cut 沿|黄, and the
    # river's character glued to the word after it read as a village or a region)
    ("镇里将打造一条沿黄乡村旅游带,带动周边发展。", {"黄乡村"}),
    ("会议研究了沿淮地区的水利工程。", {"淮地区"}),
    ("沿黄九省区将联合举办文化节。", {"黄九省区"}),
])
def test_a_rivers_banks_by_its_short_name_are_no_place(nlp, full_nlp, text, unwanted):
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not {t for t, _ in got} & unwanted, got
    # (the river written in full, after 沿, is still the river)
    assert ("渭河", "PLACE") in ents(nlp, "沿渭河两岸新建了一批生态公园。")


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a hall and a lake a visit went through beside the firms are none of them; the firm and the park
    # with its own head are still read
    ("客商一行参观考察了规划馆、光明塑业、百福湖、红枣产业园等地。",
     {("光明塑业", "COMPANY"), ("红枣产业园", "PROJECT")}, {"规划馆"}),
    ("李副县长先后来到科技馆、鑫泰塑业、宏盛食品等地调研。",
     {("鑫泰塑业", "COMPANY"), ("宏盛食品", "COMPANY")}, {"科技馆"}),
])
def test_a_hall_or_a_lake_visited_beside_firms_is_no_firm(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    for t, label in ents(full_nlp, text):
        assert not (t in unwanted and label == "COMPANY"), t
    assert not [t for t, label in ents(nlp, text) if label == "COMPANY" and t.endswith(("湖", "馆"))], ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a city's business district after its name is one place, though the name is a district's alias
    # elsewhere (滨江, a district of another city), and a bare 商务区 is none
    ("考察团参观了永丰市滨江商务区的规划展示。", {("滨江商务区", "PLACE")}, {"滨江", "商务区", "滨江区"}),
    ("座谈会上介绍了南湖商务区的招商情况。", {("南湖商务区", "PLACE")}, {"南湖", "商务区"}),
    ("要加快商务区建设，打造中央商务区。", set(), {"商务区", "中央商务区"}),
])
def test_a_business_district_after_its_name_is_one_place(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("市长一行考察了园区的江苏明远高新材料有限公司等企业。", {("江苏明远高新材料有限公司", "COMPANY")}, {"材料有限公司"}),
    ("安徽青禾高新科技有限公司建设项目正式开工。", {("安徽青禾高新科技有限公司建设项目", "PROJECT")},
     {"科技有限公司建设项目"}),
    ("先后走访了浙江宏盛化工有限公司、浙江立川高速传动有限公司等企业。",
     {("浙江宏盛化工有限公司", "COMPANY"), ("浙江立川高速传动有限公司", "COMPANY")}, {"传动有限公司"}),
])
def test_a_firms_trade_jieba_reads_as_an_adverb_is_part_of_its_name(nlp, full_nlp, text, wanted, unwanted):
    # "某某|高新(d)|材料有限公司": the trade before the legal form, no adverb of the clause a list's item
    # starts after
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("副县长先后察看了江苏远舟化工有限公司扩建项目、安徽青禾机械有限公司等企业和项目。",
     {("江苏远舟化工有限公司", "COMPANY"), ("安徽青禾机械有限公司", "COMPANY")}, {"江苏远舟化工有限公司扩建项目"}),
    ("调研组走访了浙江和川电子有限公司、江苏远舟化工有限公司储能电池项目等企业。",
     {("江苏远舟化工有限公司", "COMPANY"), ("储能电池项目", "PROJECT")}, {"江苏远舟化工有限公司储能电池项目"}),
])
def test_a_firms_project_in_a_list_of_firms_is_apart_from_the_firm(nlp, full_nlp, text, wanted, unwanted):
    # "…、某某有限公司|扩建项目等企业": the firm by its legal name, then its project, as after the name alone
    # (a project named only by what is done to the firm's plant is the firm's, no name of its own)
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


def test_a_firms_project_named_only_by_what_is_done_leaves_no_bare_project(nlp, full_nlp):
    # "分别是某某有限公司|扩建|项目、…": trimmed of what is done, the item's project part is 项目 alone, no name
    text = "新开工项目分别是江苏远舟化工有限公司扩建项目、青山路改造工程和城南污水处理厂项目。"
    for pipeline in (nlp, full_nlp):
        assert_found(pipeline, text, {("江苏远舟化工有限公司", "COMPANY"), ("青山路改造工程", "PROJECT")}, {"项目"})


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("会议听取了“青溪·云居”文旅综合开发、白石岭旅游综合开发等重点项目进展情况。",
     {("“青溪·云居”文旅综合开发", "PROJECT"), ("白石岭旅游综合开发", "PROJECT")}, {"文旅综合开发", "青溪·云居"}),
    ("副市长先后调研了“云上茶乡”田园综合体、东湖康养小镇等项目。",
     {("“云上茶乡”田园综合体", "PROJECT")}, {"田园综合体"}),
])
def test_a_quoted_name_opens_its_item_in_a_list_of_projects(nlp, full_nlp, text, wanted, unwanted):
    # "、“某某”文旅综合开发、": the quotes set off the project's own name, no mark of the clause the item
    # starts after
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("昨天，在嘉兴滨海新区，新区管委会与两家企业签订了投资协议。", {("嘉兴滨海新区", "PLACE")}, {"滨海新区"}),
    ("项目将落户湖州浦东新区。", {("湖州浦东新区", "PLACE")}, {"浦东新区"}),
    # (a district of the city before it is two places, as before)
    ("天津滨海新区与上海浦东新区签约。", {("滨海新区", "PLACE"), ("浦东新区", "PLACE")}, {"天津滨海新区"}),
])
def test_a_citys_zone_named_like_another_citys_district_is_read_whole(nlp, full_nlp, text, wanted, unwanted):
    # "某市|滨海新区" where the gazetteer's 滨海新区 is another city's: the zone of the city before it
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("苏州青川通信有限公司投建的射频前端芯片产业园项目正式开工。", {("射频前端芯片产业园项目", "PROJECT")}, {"芯片产业园项目"}),
    ("宏远公司的射频前端芯片IDM产业园项目已完成签约。", {("射频前端芯片IDM产业园项目", "PROJECT")}, {"芯片IDM产业园项目"}),
])
def test_a_trade_word_jieba_tags_as_a_locative_is_part_of_the_name(nlp, full_nlp, text, wanted, unwanted):
    # "射频|前端(f)|芯片…项目": the trade's front end, between two nouns, no locative that ends the name
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, unwanted", [
    ("副县长一行走进园区,就企业眼下招工、贷款等问题与企业主管逐一交谈。", {"眼下招工", "贷款"}),
    ("座谈中,围绕企业用水、物流等困难同企业代表深入交流。", {"用水", "物流"}),
])
def test_a_list_of_matters_before_a_firm_word_further_on_names_no_firm(nlp, full_nlp, text, unwanted):
    # "就企业A、B等问题|与企业负责人…": 等's own head is the matters raised; the firm word after it heads
    # another phrase and types none of the items
    assert_found(nlp, text, set(), unwanted)
    assert_found(full_nlp, text, set(), unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("市个私企业工贸协会会长罗某某率领湖东省个私企业工贸协会考察团来我县考察。",
     {("湖东省个私企业工贸协会", "AGENCY")}, {"湖东省个私企业工贸"}),
    ("县建材贸易协会会长参加了座谈。", {("县建材贸易协会", "AGENCY")}, {"县建材贸易"}),
])
def test_an_association_of_a_trade_the_segmenter_writes_apart_is_one_body(nlp, full_nlp, text, wanted, unwanted):
    # "某某工贸|协会": jieba writes the association's kind apart from 协会, and the trade (工贸) then ended a
    # firm's name; the kind is given to the segmenter whole, as it is a suffix
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("县里引进了由南岭国际木材拍卖服务中心有限公司牵头的联合体。", ("南岭国际木材拍卖服务中心有限公司", "COMPANY")),
    ("县里引进了北湖二手车拍卖中心有限公司。", ("北湖二手车拍卖中心有限公司", "COMPANY")),
])
def test_a_business_verb_before_the_unit_it_runs_is_part_of_the_legal_name(nlp, full_nlp, text, wanted):
    # "…木材|拍卖|交易中心|有限公司": the business verb jieba tags as a verb is the legal name's, as it is right
    # before the legal form, with the unit it runs between them
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert wanted in got, got


def test_a_lexicon_firms_unit_of_a_trade_heads_its_project_whole(nlp):
    # "长江润发|青禾药业|…项目": the group's firm of a trade after the listed name is the builder, whole
    got = ents(nlp, "长江润发青禾药业原料药制剂车间项目开工。")
    assert ("长江润发青禾药业", "COMPANY") in got, got


@pytest.mark.parametrize("text, project", [
    ("这家集团继投资青禾大桥项目之后，又在本县签下新的协议。", "青禾大桥项目"),
    ("集团将继续投资柳塘物流园项目。", "柳塘物流园项目"),
    ("公司已完成投资柳塘物流园项目的前期工作。", "柳塘物流园项目"),
    ("集团继柳塘物流园项目之后再落一子。", "柳塘物流园项目"),
])
def test_investing_in_a_named_project_is_the_clauses_verb(nlp, full_nlp, text, project):
    # 投资 before a name is the verb of the clause whose object the project is, and so are the verbs and
    # the "after" of 继…之后 before it: no part of the project's name
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "PROJECT"]
        assert got == [project], got


def test_a_frames_with_glued_to_a_brand_after_a_determiner_opens_no_project(nlp, full_nlp):
    # "双方|以恒天(x)|…产业园建设…为合作项目": jieba's guess glued the frame's 以 to the brand; the project
    # is named after it, though 双方 before it is a determiner of the clause
    text = "双方以恒岳华商无纺布产业园建设为先期合作项目。"
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "PROJECT"]
        assert got == ["恒岳华商无纺布产业园"], got


@pytest.mark.parametrize("text", [
    "省里派员到海丰县调研驻镇帮镇扶村等工作。",
    "县里为驻镇工作队授旗，并看望了驻镇队员。",
    "包村干部与驻村工作队一起走访农户。",
    "全市开展“千企联千村”三年行动。",
    "商会发起百企帮百村活动。",
])
def test_a_campaigns_verb_and_level_are_no_place(nlp, full_nlp, text):
    # being posted to or helping a town or a village ("驻镇", "扶村"), or a drive by counts of firms and
    # villages ("千企联千村"), names no town or village
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "PLACE" and e.text != "海丰县"]
        assert got == [], got


def test_a_place_opening_with_a_campaigns_verb_stays(nlp, full_nlp):
    for pipeline in (nlp, full_nlp):
        got = {e.text for e in pipeline("他从驻马店市调到扶风县工作。").ents if e.label_ == "PLACE"}
        assert {"驻马店市", "扶风县"} <= got, got


def test_a_lists_he_after_a_zone_glued_to_a_firms_first_character_is_no_part_of_it(nlp, full_nlp):
    # "…、某某开发区|和文(nz)|旅|集团": the list's conjunction, which jieba read with the firm's first character
    text = "多个项目与临川新区、柳河开发区和文旅集团达成合作意向。"
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "COMPANY"]
        assert not any(g.startswith("和") for g in got), got


def test_after_a_span_of_time_glued_to_the_next_word_opens_no_project(nlp, full_nlp):
    # "三年|后入园(x)|项目将达50个": the count of projects to come after three years, none named
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline("园区道路年底前竣工，三年后入园项目将达50个以上。").ents if e.label_ == "PROJECT"]
        assert not any(g.startswith("后") for g in got), got


def test_a_villages_first_character_cut_by_jieba_is_no_leading_new(nlp, full_nlp):
    # "对|新(a)|寨(ng)|村党委": jieba cut the village's name into characters after the preposition; 新 is
    # the village's first character, no "new" before a name
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline("上级对新寨村党委的做法给予了肯定。").ents if e.label_ == "AGENCY"]
        assert got == ["新寨村党委"], got


@pytest.mark.parametrize("text, unwanted", [
    ("客商们当晚入住临邑县桃园宾馆。", "桃园"),
    ("客商下榻于青川县大连饭店。", "大连"),
])
def test_a_far_citys_alias_right_after_a_county_opens_a_local_name(nlp, full_nlp, text, unwanted):
    # no city lies inside a county: "某县|桃园|宾馆" is a hotel of the county, no mention of Taoyuan
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "PLACE"]
        assert unwanted not in got, got


@pytest.mark.parametrize("text, firm", [
    ("县里引进了浙江省温州市同福和旅游开发有限公司。", "浙江省温州市同福和旅游开发有限公司"),
    ("另外，江苏青城至和工程管理有限公司也有意投资。", "江苏青城至和工程管理有限公司"),
])
def test_a_brand_ending_in_he_before_a_bare_trade_is_the_firms(nlp, full_nlp, text, firm):
    # jieba reads the brand's last character 和 as a conjunction ("同义|和|旅游开发有限公司"): the words after it,
    # a trade and its work, name no firm alone
    for pipeline in (nlp, full_nlp):
        got = [e.text for e in pipeline(text).ents if e.label_ == "COMPANY"]
        assert got == [firm], got


@pytest.mark.parametrize("text, body, project", [
    ("关于对《岚州市生态环境局青河分局青河县柳溪渠生态修复工程项目》环境影响评价文件的公示",
     "岚州市生态环境局青河分局", "青河县柳溪渠生态修复工程项目"),
    ("《岚州市交通运输局青河分局青河县白石桥改建工程项目》拟批准公示",
     "岚州市交通运输局青河分局", "青河县白石桥改建工程项目"),
])
def test_a_project_named_after_a_bureaus_branch_begins_after_the_branch(nlp, full_nlp, text, body, project):
    # The branch's county opens the project's name too: the project's name must not cut the body in two
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (body, "AGENCY") in got and (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("现将青溪河生态修复工程项目的有关情况公示如下。", {("青溪河生态修复工程项目", "PROJECT")}, {"现将青溪河生态修复工程项目"}),
    ("现将拟建项目的审批意见公示如下。", set(), {"现将拟建项目"}),
])
def test_a_notices_herewith_is_no_part_of_the_project_it_publishes(nlp, full_nlp, text, wanted, unwanted):
    # "现将|…项目…公示如下": jieba's guess glues the notice's adverb and 将 into one word before the name
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("编制单位为中国华岳工程咨询集团华中电力设计院有限公司。", "中国华岳工程咨询集团华中电力设计院有限公司"),
    ("设计单位为中国电力建设集团东南勘测设计研究院有限公司。", "中国电力建设集团东南勘测设计研究院有限公司"),
])
def test_a_units_legal_name_holds_its_groups_whole_name_past_the_word_limit(nlp, full_nlp, text, wanted):
    # "中国|电力|工程顾问|集团|东南|…|有限公司": the group's name, opening with its country, is the unit's too
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "COMPANY") in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("副县长一行与客商洽谈岚州市青禾新材料产业园项目。", ("岚州市青禾新材料产业园项目", "PROJECT"), "洽谈"),
    ("由村党支部领办青山茶叶种植专业合作社。", ("青山茶叶种植专业合作社", "COMPANY"), "领办"),
])
def test_a_verb_of_talks_or_of_running_a_cooperative_opens_no_name(nlp, full_nlp, text, wanted, unwanted):
    # "与客商|洽谈|…项目", "党支部|领办|…专业合作社": the clause's verb, then the name
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert wanted in got and not any(unwanted in t for t, _ in got), got


@pytest.mark.parametrize("text, wanted", [
    ("同时还深入青禾(大余)电子有限公司等企业。", "青禾(大余)电子有限公司"),
    ("考察团走访了岚光（大余）食品有限公司。", "岚光（大余）食品有限公司"),
])
def test_a_county_in_brackets_that_jieba_cuts_into_characters_is_the_firms_plant(nlp, full_nlp, text, wanted):
    # "青禾|(|大|余|)|电子有限公司": the county's short name, written apart, is read whole as "(赣州)" would be
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "COMPANY") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("县交通和生态环境管理局对青禾化工开展执法检查。", "县交通和生态环境管理局"),
    ("来源:区交通和生态环境管理局", "区交通和生态环境管理局"),
])
def test_a_merged_bureaus_second_field_read_as_a_set_phrase_stays_in_its_name(nlp, full_nlp, text, wanted):
    # "县|应急|和|生态环境(l)|管理局": one bureau of two fields, whose second jieba reads as a set phrase
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "AGENCY") in got, got


@pytest.mark.parametrize("text, zone", [
    ("青禾经济开发区建成区面积达到12平方公里。", "青禾经济开发区"),
    ("岚溪临港产业园建成区面积达到8平方公里。", "岚溪临港产业园"),
])
def test_a_zones_built_up_area_names_the_zone(nlp, full_nlp, text, zone):
    # "…开发区|建成区|面积…": the area a figure is given for is the zone's, no place of its own
    assert (zone, "PLACE") in ents(nlp, text)
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not any(t.endswith("建成区") for t, _ in got), got


@pytest.mark.parametrize("text, project", [
    ("宏途能源投资建设的200兆瓦/800兆瓦时储能项目并网。", "200兆瓦/800兆瓦时储能项目"),
    ("东岭新区的100兆瓦/ 400兆瓦时储能示范项目投运。", "100兆瓦/ 400兆瓦时储能示范项目"),
])
def test_a_storage_plants_power_over_its_energy_is_one_capacity(nlp, full_nlp, text, project):
    # "200|兆瓦|/|800|兆瓦|时": the power and the hours of storage it holds are one size; the project does not
    # open at the energy after the slash
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert any(e[1] == "PROJECT" and e[0].endswith(project) for e in got), got
        assert not [e for e in got if e[0].startswith(("800", "400"))], got


@pytest.mark.parametrize("text, firm", [
    ("宏拓锂能(301288.SZ)公告称,公司与青河县人民政府签署框架协议。", "宏拓锂能"),
    ("据悉,晶岭钛能（300917）拟在园区投资建设钛材项目。", "晶岭钛能"),
])
def test_a_listed_short_name_ending_in_a_character_read_as_a_verb_is_the_firm(nlp, full_nlp, text, firm):
    # "宏拓锂|能(v)|(301288.SZ)": the name's last character jieba reads as a verb (能) is no verb of the clause
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, project", [
    ("红岩光伏基地300兆瓦农光互补项目开工。", "红岩光伏基地300兆瓦农光互补项目"),
    ("青川能源白石梁风电基地50万千瓦/ 200万千瓦时配套储能项目加快建设。", "50万千瓦/ 200万千瓦时配套储能项目"),
])
def test_a_base_before_a_plants_size_is_its_site_not_its_firm(nlp, full_nlp, text, project):
    # "某某光伏|基地|300兆瓦…项目": the base a plant is built at names no firm building it
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert any(e[1] == "PROJECT" and e[0].endswith(project) for e in got), got
        assert not [e for e in got if e[1] == "COMPANY" and e[0].endswith("基地")], got


@pytest.mark.parametrize("text, firm, unwanted", [
    ("中国电建贵阳院承建的青龙河水电站项目顺利完工。", ("中国电建贵阳院", "COMPANY"), {"贵阳", "中国电建"}),
    ("某某集团开发公司、湖南院、江苏院的负责人一同签约。", ("湖南院", "COMPANY"), {"湖南", "江苏"}),
])
def test_a_design_institute_named_by_its_region_is_a_firm_not_a_place(nlp, full_nlp, text, firm, unwanted):
    # "中国电建|贵阳|院": a design group's institute is named by the region it was founded for and 院; the
    # institute is the firm, the city no place the page speaks of
    for pipeline in (nlp, full_nlp):
        assert_found(pipeline, text, {firm}, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("新建的柴油加氢项目落户白刺滩化工园区。", {("白刺滩化工园区", "PLACE")}, set()),
    ("民勤县白刺滩化工园区又引进三家企业。", {("白刺滩化工园区", "PLACE")}, set()),
    ("各地化工园区要加强安全管理。", set(), {"化工园区"}),
])
def test_a_chemical_park_by_its_name_is_a_place(nlp, full_nlp, text, wanted, unwanted):
    # "某某|化工|园区": a park zoned for chemical works is named so, and jieba writes 化工 and 园区 apart; alone
    # the words name no park (nor the town of another city's the gazetteer files under them)
    for pipeline in (nlp, full_nlp):
        assert_found(pipeline, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("八十里铺冷链物流园项目开工建设。", {("八十里铺冷链物流园项目", "PROJECT")}, {"铺冷链物流园项目"}),
    ("五十里戈壁风光储一体化项目进展顺利。", {("五十里戈壁风光储一体化项目", "PROJECT")}, {"戈壁风光储一体化项目"}),
    ("车队在戈壁上绵延四十里。", set(), {"四十里"}),
    # and so before a hill's, a field's or a pond's word, as the South's villages are named
    ("县长到五里岗生猪养殖基地项目现场调研。", {("五里岗生猪养殖基地项目", "PROJECT")}, {"岗生猪养殖基地项目"}),
    ("双方签订八里冲生态茶园项目合同。", {("八里冲生态茶园项目", "PROJECT")}, set()),
    ("九里湖湿地公园项目完工。", {("九里湖湿地公园项目", "PROJECT")}, set()),
])
def test_a_place_named_by_its_distance_in_li_keeps_the_distance(nlp, full_nlp, text, wanted, unwanted):
    # "八十里(m)|铺(v)|…": jieba reads the distance as a count and cut the name after it; before a stage's or a
    # settlement's word the distance is the place's own name
    for pipeline in (nlp, full_nlp):
        assert_found(pipeline, text, wanted, unwanted)


@pytest.mark.parametrize("text, firm, project", [
    ("华能哈密红石梁50万千瓦风电项目开工。", "华能", "哈密红石梁50万千瓦风电项目"),
    ("大唐海西州乌图美仁200兆瓦光伏项目并网发电。", "大唐", "海西州乌图美仁200兆瓦光伏项目"),
])
def test_a_known_firm_then_a_place_heads_a_plant_named_by_its_site(nlp, full_nlp, text, firm, project):
    # "华能|哈密|红石梁|50万千瓦…项目": the firm the lexicon knows, then the site the plant is at; the place and
    # the site are the project's name, no part of the firm's
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (firm, "COMPANY") in got, got
        assert any(e[1] == "PROJECT" and e[0].endswith(project) for e in got), got
        assert not [e for e in got if e[1] == "COMPANY" and len(e[0]) > len(firm)], got


@pytest.mark.parametrize("text, place", [
    ("今年以来，已有5个新材料项目签约落户龙游。", "龙游"),
    ("宏远纸业有限公司与龙游签订了增资扩产协议。", "龙游"),
    ("这家企业扎根建平，带动300多人就业。", "建平"),
])
def test_a_divisions_short_alias_a_firm_settles_in_or_signs_with_is_the_division(nlp, text, place):
    # "落户|龙游|。", "与|龙游|签订": the clause ends at the place settled in, or the county is the party
    # a firm signs with; jieba reads both aliases as ordinary words
    assert (place, "PLACE") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", ["他与龙游客人签订了合同。", "双方约定扎根基层，服务群众。", "老李与建平商量后签订合同。"])
def test_a_short_alias_after_a_settling_or_partners_word_that_goes_on_stays_unplaced(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PLACE"], ents(nlp, text)


@pytest.mark.parametrize("text, body", [
    ("致公党浙江省企业家联谊会举办年会。", "致公党浙江省企业家联谊会"),
    ("滨江区青年企业家联谊会会长吴某主持座谈。", "滨江区青年企业家联谊会"),
])
def test_an_entrepreneurs_club_named_as_an_association_is_a_body(nlp, text, body):
    # "某省|企业家|联谊会": the segmenter writes the club's kind as two words, so no suffix ended the name
    assert (body, "AGENCY") in ents(nlp, text), ents(nlp, text)


def test_a_gathering_of_entrepreneurs_is_no_body(nlp):
    assert not [e for e in ents(nlp, "年底全市召开企业家联谊会。") if e[1] == "AGENCY"], ents(nlp, "年底全市召开企业家联谊会。")


def test_a_lists_conjunction_glued_to_the_second_of_two_places_of_one_kind_is_no_part_of_either(nlp):
    # "滨北|港区|和岚唐(x)|港区": two port areas, the second's name guessed with the conjunction before it; the
    # same head word before it says the list joins two of a kind, no one place running over 和
    got = ents(nlp, "两个码头项目在滨北港区和岚唐港区同日开工。")
    assert ("滨北港区", "PLACE") in got and ("岚唐港区", "PLACE") in got, got
    assert not [t for t, _ in got if "和" in t], got


def test_a_firm_listed_right_after_its_zone_of_an_unknown_name_is_cut_from_the_zone(nlp):
    # "考察了|岚溪(x)|高新技术产业开发区|恒信新材料、…等企业": the zone's own name, which the segmenter
    # does not know, opens the list's first item; the zone is a place and the firm starts after it
    got = ents(nlp, "考察团考察了岚溪高新技术产业开发区恒信新材料、启峰智能科技等企业。")
    assert ("恒信新材料", "COMPANY") in got and ("岚溪高新技术产业开发区", "PLACE") in got, got
    assert not [t for t, label in got if label == "COMPANY" and "开发区" in t], got


@pytest.mark.parametrize("text, body", [
    ("县青年企业家协会会长秦某介绍了会员企业情况。", "县青年企业家协会"),
    ("县青年创业促进会组织会员到园区参观。", "县青年创业促进会"),
])
def test_a_bodys_members_age_the_segmenter_reads_as_a_time_keeps_the_bare_level_in_its_name(nlp, text, body):
    # "县|青年(t)|企业家协会": jieba tags the members' age as a time word, which stopped the bare level
    # (a morpheme to it) from opening the body's name
    assert (body, "AGENCY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("此次签约的有来凤县鼎瑞5GW光伏电池片项目、咸丰县华岭年产20万套竹木家具生产项目。",
     {("来凤县", "PLACE"), ("鼎瑞", "COMPANY"), ("咸丰县", "PLACE")}, {"来凤县鼎瑞", "咸丰县华岭"}),
    ("现场签约了永丰县宏泰年产8万吨纸箱生产项目、崇义县联创新能源汽车零部件项目。",
     {("永丰县", "PLACE"), ("宏泰", "COMPANY"), ("崇义县", "PLACE")}, {"永丰县宏泰", "崇义县联创"}),
    ("签约项目包括来凤县鼎瑞2GW光伏组件及配套产业项目、咸丰县华岭年产20万套竹木家具生产项目等。",
     {("来凤县", "PLACE"), ("鼎瑞", "COMPANY")}, {"来凤县鼎瑞"}),
])
def test_a_county_heading_a_signed_projects_item_is_its_site_not_part_of_the_firm(nlp, text, wanted, unwanted):
    # a list of a city's signed projects opens each item with the county it lies in, then the firm's short
    # name, then the project: the county is no part of the firm's name
    assert_found(nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("产业基金将重点投向南岭新材料产业园配套项目。", "南岭新材料产业园配套项目"),
    ("债券资金主要流向柳溪片区棚户区改造项目。", "柳溪片区棚户区改造项目"),
])
def test_where_a_funds_money_goes_is_no_part_of_the_project(nlp, text, wanted):
    # "基金|投向|某某产业园…项目": jieba tags the verb a noun, and the project's name ran over it
    got = ents(nlp, text)
    assert (wanted, "PROJECT") in got and not any(t.startswith(("投向", "流向")) for t, _ in got), got


@pytest.mark.parametrize("text, wanted", [
    ("会上，东湖开发区城市发展投资管理有限公司与三家机构签订合作协议。", "东湖开发区城市发展投资管理有限公司"),
    ("项目由金川高新区城市建设投资有限公司负责实施。", "金川高新区城市建设投资有限公司"),
])
def test_a_zones_own_firm_named_with_a_common_word_keeps_the_zone(nlp, full_nlp, text, wanted):
    # "某某开发区|城市(ns)|发展…有限公司": jieba tags 城市 a place, and the legal name was cut to the words after
    # it, the zone that owns the firm left as a place of its own
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "COMPANY") in got, got


@pytest.mark.parametrize("text, place", [
    ("湖北稻作大学和潜江市人民政府签了战略合作协议。", "湖北"),
    ("江西陶艺职业学院与景德镇高新区管委会签订校地合作协议。", "江西"),
])
def test_a_place_opening_a_colleges_name_is_no_place(nlp, text, place):
    # "某省|师范大学": jieba reads the province apart from the school named for it; the school is the
    # party, and the province is not mentioned as a place of its own
    assert place not in {t for t, _ in ents(nlp, text)}, ents(nlp, text)
    # the place of a school's campus, after the school, is still one
    assert ("郑州", "PLACE") in ents(nlp, "河南理工大学郑州校区今年投入使用。")


@pytest.mark.parametrize("text, firm", [
    ("国际知名企业泰岳集团投资新建的饲料厂项目开工。", "泰岳集团"),
    ("省级骨干企业远拓集团来我县考察。", "远拓集团"),
    ("行业知名企业江苏恒瑞达科技有限公司签约落户。", "江苏恒瑞达科技有限公司"),
    ("知名品牌华鑫集团入驻产业园。", "华鑫集团"),
])
def test_a_firms_renown_said_before_it_is_not_its_name(nlp, text, firm):
    # "国际|知名企业|某某集团": the renown (one word to jieba) and where it holds only describe the firm
    assert (firm, "COMPANY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", [
    "全县践行绿水青山就是金山银山理念，引进生态旅游项目。",
    "探索把绿水青山转化为金山银山的有效途径。",
])
def test_no_place_lies_inside_a_set_phrase_of_hills_and_waters(nlp, text):
    # "金山|银山": jieba cuts the saying into words that end in 山, and none is a mountain or a district
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE"], got
    # a district named in full is still one
    assert ("金山区", "PLACE") in ents(nlp, "金山区与客商签约。")


@pytest.mark.parametrize("text, place", [
    ("这家鞋业公司把新厂建在粤东潮州，明年投产。", "潮州"),
    ("考察团先后到闽东宁德市、浙南温州学习经验。", "宁德市"),
    ("项目选址苏北宿迁市，总投资12亿元。", "宿迁市"),
])
def test_a_part_of_a_province_before_a_city_is_no_part_of_the_city_name(nlp, text, place):
    # "粤东|潮州": the paper places the city for readers elsewhere; the name starts after the region
    got = ents(nlp, text)
    assert (place, "PLACE") in got, got
    assert not [t for t, label in got if label == "PLACE" and t != place and t.endswith(place)], got
    # the parts run together are still one region, and a zone the part names is the part's
    assert ("粤东西北", "PLACE") in ents(nlp, "推动粤东西北地区振兴发展。")
    assert ("自贸试验区滇南片区", "PLACE") in ents(nlp, "自贸试验区滇南片区挂牌运行。")


@pytest.mark.parametrize("text", [
    "青澜湾育苗场本月放养南美白对虾苗八百万尾。",
    "该镇将建成两千亩荷兰豆种植基地。",
])
def test_no_place_lies_inside_a_breed_named_after_where_it_came_from(nlp, text):
    # "南美|白对虾", "荷兰豆": a kind of shrimp or bean, no region or country the story is about
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE" and t in ("南美", "荷兰")], got
    # the country named alone is still one
    assert ("荷兰", "PLACE") in ents(nlp, "产品远销荷兰。")


@pytest.mark.parametrize("text, firm, place", [
    ("12月5日，长宁县招商引资四川翠竹茶业有限公司，带动全县茶农增收。", "四川翠竹茶业有限公司", "长宁县"),
    ("近年来，石门县精准招商湖南绿源果业集团建设柑橘基地。", "湖南绿源果业集团", "石门县"),
    ("该县以商招商江西青松生物科技有限公司落户园区。", "江西青松生物科技有限公司", None),
])
def test_the_drive_that_brought_a_firm_in_is_no_part_of_its_name(nlp, text, firm, place):
    # "某县|招商引资|某某有限公司": the county's investment drive, said as its act before the firm it brought
    # in (jieba may cut the drive into pieces: 精准|招商), ran into the firm's name with the county
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got
    assert place is None or (place, "PLACE") in got, got
    assert not any(t != firm and t.endswith(firm) for t, _ in got), got


def test_an_office_named_for_the_investment_drive_keeps_it(nlp):
    got = ents(nlp, "会议决定成立青木市招商引资工作领导小组。")
    assert ("青木市招商引资工作领导小组", "AGENCY") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("5日，北海市桃花湾管委会与云峰文旅集团签订合作协议。", "北海市桃花湾管委会"),
    ("防城港市银滩湾管理委员会主任李明出席活动。", "防城港市银滩湾管理委员会"),
])
def test_the_committee_of_a_bay_named_by_an_ordinary_word_keeps_the_bay(nlp, text, wanted):
    # "某市|金棠(n)|湾(zg)|管委会": jieba tags the bay's last character a morpheme, which stopped the committee's
    # name before it, and the committee was left bare
    got = ents(nlp, text)
    assert (wanted, "AGENCY") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("安溪县水果交易中心（加工区）项目总投资40亿元，以冷链仓储为主。", "安溪县水果交易中心（加工区）项目"),
    ("今年，青禾农产品物流园（仓储区）项目完成投资3亿元。", "青禾农产品物流园（仓储区）项目"),
])
def test_the_part_of_a_facility_in_brackets_is_part_of_its_project(nlp, text, wanted):
    # "…交易中心|（|加工区|）|项目": the part the project builds, in brackets as a phase is, was taken for the
    # project's start, and the facility before it lost
    got = ents(nlp, text)
    assert (wanted, "PROJECT") in got, got


@pytest.mark.parametrize("text, institute", [
    ("青木市林业科技研究院专家到合作社指导种植。", "青木市林业科技研究院"),
    ("该基地与云岭省农业科技研究所签订技术协议。", "云岭省农业科技研究所"),
])
def test_a_research_institute_of_a_field_is_no_firm_cut_before_its_head(nlp, text, institute):
    # "某市林业科技|研究院": 科技 ends many firms' names, and the institute was read as a firm cut before its head
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "COMPANY" and institute.startswith(t)], got


@pytest.mark.parametrize("text, firm", [
    ("云南起航蓝天生物科技有限公司落户园区。", "云南起航蓝天生物科技有限公司"),
    ("会上，广西护航绿野农业开发有限公司与该县签约。", "广西护航绿野农业开发有限公司"),
])
def test_a_sailing_brand_jieba_reads_as_a_verb_stays_in_the_legal_name(nlp, text, firm):
    # "云南|起航(v)|蓝天生物科技有限公司": a brand of setting sail, after the firm's province, was cut off as a verb
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, unwanted", [
    ("青禾新能源公司下设综合部、财务部、工程部和规划发展部。", {"综合部", "财务部", "工程部", "规划发展部"}),
    ("集团公司计划经营部的部长鲁一鸣、党群工作部副部长汤小川到会。", {"集团公司计划经营部", "计划经营部", "党群工作部"}),
])
def test_a_firms_own_departments_are_no_offices(nlp, full_nlp, text, unwanted):
    # a firm's department named by its business alone (财务部) was read as a government body
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not any(t in unwanted and label == "AGENCY" for t, label in got), got


def test_a_partys_and_a_governments_departments_stay_offices(nlp):
    got = ents(nlp, "市委组织部、县委宣传部和商务部有关负责人出席。")
    assert {("市委组织部", "AGENCY"), ("县委宣传部", "AGENCY"), ("商务部", "AGENCY")} <= set(got), got


@pytest.mark.parametrize("text", [
    "丰源化工30万吨/年烯烃项目预计9月底建成中交。",
    "该装置力争年内实现中交，明年一季度投产。",
])
def test_a_plants_handover_is_no_firm(nlp, full_nlp, text):
    # 中交 (中间交接, a built plant handed to its owner) is also a listed group's short name
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not any(t == "中交" for t, _ in got), got


def test_the_group_named_by_that_short_name_is_still_found(nlp):
    got = ents(nlp, "中交一公局承建该工程，中交集团董事长出席。")
    assert ("中交一公局", "COMPANY") in got and ("中交集团", "COMPANY") in got, got


def test_a_project_after_a_verb_of_focus_keeps_its_works(nlp):
    got = ents(nlp, "重点推进引黄工程二期项目。")
    assert ("引黄工程二期项目", "PROJECT") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("——访禾川新材料集团董事长孟一凡", "禾川新材料集团"),
    ("——访岭南晟泰化工有限公司总经理卢晓", "岭南晟泰化工有限公司"),
])
def test_an_interviews_verb_opening_its_subtitle_is_no_part_of_the_firm(nlp, full_nlp, text, wanted):
    # jieba glues 访 to the unknown first word of the firm's name ("访禾川")
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (wanted, "COMPANY") in got and not any(t.startswith("访") for t, _ in got), got


def test_a_town_whose_name_opens_with_that_verb_stays_whole(nlp):
    got = ents(nlp, "会上，访仙镇党委书记发言。")
    assert any(t.startswith("访仙镇") for t, _ in got), got


@pytest.mark.parametrize("text, wanted", [
    ("听取了园区道路建设和污水处理厂扩建项目的汇报。", "污水处理厂扩建项目"),
    ("镇里重点抓好老街开发建设及物流中心新建项目。", "物流中心新建项目"),
])
def test_a_conjunction_after_the_clauses_verb_opens_no_project(nlp, text, wanted):
    # the verb before the conjunction stops the name, so the conjunction joins nothing inside it
    got = ents(nlp, text)
    assert (wanted, "PROJECT") in got and not any(t.startswith(("和", "及")) for t, _ in got), got


@pytest.mark.parametrize("text, wanted", [
    ("县交通局与远禾路桥公司合作建设环城公路改造项目。", "环城公路改造项目"),
    ("市港务集团与青岚物流公司合作建设铁路专用线项目。", "铁路专用线项目"),
])
def test_building_with_a_partner_is_no_part_of_the_project(nlp, text, wanted):
    got = ents(nlp, text)
    assert (wanted, "PROJECT") in got and not any(t.startswith(("合作", "合资")) for t, _ in got), got


@pytest.mark.parametrize("text", [
    "该县东岚化工循环经济园已入驻企业20家。",
    "园区以海津化工园为样板规划建设。",
])
def test_a_chemical_parks_trade_names_the_park_not_a_firm(nlp, text):
    # how the park works between the trade and its word, or the word glued to the next character
    got = ents(nlp, text)
    assert not any(t.endswith("化工") and lab == "COMPANY" for t, lab in got), got


@pytest.mark.parametrize("text, firm", [
    ("代表团参观了中国石化雄安新区办公楼。", "中国石化"),
    ("中国中化雄安新区研发中心年内启用。", "中国中化"),
])
def test_a_known_firm_before_a_zones_name_is_no_part_of_the_zone(nlp, text, firm):
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and ("雄安新区", "PLACE") in got, got


@pytest.mark.parametrize("text", [
    "该市提出打造北方国际航运枢纽的目标。",
    "努力把港区建成北方国际航运中心。",
])
def test_a_hub_whose_words_a_listed_firms_short_name_spells_is_no_firm(nlp, text):
    got = ents(nlp, text)
    assert not any(t.startswith("北方国际") for t, _ in got), got


@pytest.mark.parametrize("text, project", [
    ("今年全县新开工投资4.6亿元的环保型石膏板材项目。", "环保型石膏板材项目"),
    ("总投资8000万元的果蔬冷链仓储项目已进场施工。", "果蔬冷链仓储项目"),
    ("计划投资3.2亿元的光伏组件项目完成备案。", "光伏组件项目"),
])
def test_a_description_after_the_sum_invested_in_it_names_a_project(nlp, text, project):
    # "投资X亿元的…项目": the clause gives one project its sum, so common words name it
    assert (project, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text", [
    "全县实施投资5亿元的基础设施项目。",
    "引进投资额10亿元的制造业项目3个。",
    "新签约投资2亿元的产业项目。",
])
def test_a_kind_of_projects_after_a_sum_names_none(nlp, text):
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT"]


@pytest.mark.parametrize("text", ["镇里全力推进“双招双引”项目落地见效。", "围绕“双碳”项目抓好谋划储备。"])
def test_a_quoted_slogan_counted_with_two_is_no_project(nlp, text):
    # 双 counts as 两 does in a programme's slogan ("双招双引", "双碳"): the projects of a drive, none named
    assert not [e for e in ents(nlp, text) if e[1] == "PROJECT"]


def test_a_quoted_brand_opening_with_two_is_a_project(nlp):
    assert ("双溪湾", "PROJECT") in ents(nlp, "“双溪湾”项目开工建设。")


@pytest.mark.parametrize("text, agency", [
    ("山东省援疆前方指挥部与喀什地区有关部门座谈。", "山东省援疆前方指挥部"),
    ("福建省援藏后方指挥部组织企业赴林芝考察。", "福建省援藏后方指挥部"),
])
def test_the_side_of_an_aid_headquarters_is_part_of_its_name(nlp, text, agency):
    # jieba reads 前方/后方 as a direction, which stops a name elsewhere; before 指挥部 it is the office's side
    assert (agency, "AGENCY") in ents(nlp, text)


def test_a_side_alone_before_a_headquarters_names_no_office(nlp):
    assert not [e for e in ents(nlp, "前方指挥部负责人介绍了情况。") if e[1] == "AGENCY"]


@pytest.mark.parametrize("text, agency", [
    ("县妇联联合县人社局举办招聘会。", "县妇联"),
    ("市科协组织专家走进企业。", "市科协"),
    ("区残联为困难群众送去轮椅。", "区残联"),
    ("县科学技术协会召开年会。", "县科学技术协会"),
])
def test_a_peoples_organisation_is_an_agency_as_the_federation_of_commerce_is(nlp, text, agency):
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, agency", [
    ("县粮食和物资储备局开展秋粮收购检查。", "县粮食和物资储备局"),
    ("国家电监会派员调研电网建设。", "国家电监会"),
])
def test_a_bureau_whose_and_stops_the_suffix_rule_is_found_whole(nlp, text, agency):
    # "县粮食|和|物资储备局": the bureau's own name holds 和, as 林业和草原局 does
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("记者走进桐林县石溪镇生态茶叶产销合作社了解情况。", "石溪镇生态茶叶产销合作社"),
    ("枫木乡特色水果生产销售合作社的社长介绍了销路。", "枫木乡特色水果生产销售合作社"),
    ("黄坪村有机蔬菜种植合作社带动农户增收。", "黄坪村有机蔬菜种植合作社"),
])
def test_a_cooperative_named_by_its_town_and_trade_alone_holds_the_town(nlp, text, name):
    # no brand between the town and 合作社: the town names it (a brand would: "东山村|绿源合作社"), and its
    # trade may take several words before the work it does (特色|水果|生产|销售)
    got = ents(nlp, text)
    assert [t for t, lab in got if lab == "COMPANY" and t.endswith(name)], got


@pytest.mark.parametrize("text, wanted", [
    ("这一食用菌加工产业园投用后，菇农不愁销路。", set()),
    ("这一茶旅融合示范园项目总投资2亿元。", {("茶旅融合示范园项目", "PROJECT")}),
])
def test_a_demonstrative_with_one_before_a_project_is_no_part_of_its_name(nlp, text, wanted):
    # "这一(x)|…", "这一茶(x)|…": jieba leaves the demonstrative unknown or glues it to the next character, and
    # it was read as the name's first word
    got = ents(nlp, text)
    assert wanted <= set(got) and not any(t.startswith("这一") for t, _ in got), got


@pytest.mark.parametrize("text, firm", [
    ("协议由溧山市节能减排中心有限公司与县政府签订。", "溧山市节能减排中心有限公司"),
    ("项目业主为青澜市技术转移中心有限公司。", "青澜市技术转移中心有限公司"),
])
def test_a_legal_name_with_a_verb_before_its_centre_is_read_whole(nlp, text, firm):
    # the verb before 中心 ended the scan, leaving the unit and the legal form alone as the name
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not any(t.startswith("中心") for t, _ in got), got


@pytest.mark.parametrize("text, body", [
    ("溧山市台商协会会长郑明达带领会员考察园区。", "溧山市台商协会"),
    ("青澜市台协会与开发区签订合作备忘录。", "青澜市台协会"),
])
def test_a_citys_association_of_taiwan_investors_by_its_short_name_is_an_agency(nlp, text, body):
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got


@pytest.mark.parametrize("text, wanted", [
    ("中国—东盟博览会秘书处与青澜市签订合作协议。", ("中国—东盟博览会秘书处", "AGENCY")),
    ("项目落户中国-东盟经开区。", ("中国-东盟经开区", "PLACE")),
    ("中国—南亚物流港有限公司在昆明揭牌。", ("中国—南亚物流港有限公司", "COMPANY")),
    # (a park a place's name opens keeps it: the pair is inside the name)
    ("桂城中国—东盟青年产业园加快项目建设。", ("桂城中国—东盟青年产业园", "PROJECT")),
])
def test_a_name_opened_by_the_country_and_a_region_it_pairs_with_starts_at_the_country(nlp, full_nlp, text, wanted):
    # "中国|—|东盟|…": the dash stopped the scan for the name's start, which began at the region
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert wanted in got and not any(t.startswith(("东盟", "南亚")) for t, _ in got), got


@pytest.mark.parametrize("text, body", [
    ("溧山台协会长郑明达带领台商考察园区。", "溧山台协"),
    ("青澜市台协会长、溧山台协常务副会长陈立人出席签约仪式。", "青澜市台协"),
    ("青澜市台协会会长陈立人出席签约仪式。", "青澜市台协会"),
])
def test_an_association_of_taiwan_investors_before_its_heads_title_ends_before_it(nlp, full_nlp, text, body):
    # "某市台协|会长": jieba glues the title's 会 to the short name, as 台协会, which is a short name too
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert (body, "AGENCY") in got and not any(t.endswith("台协会") and t != body for t, _ in got), got


@pytest.mark.parametrize("text, body", [
    ("副市长带领市招商中心、市经开区负责同志赴外地招商。", "市招商中心"),
    ("青澜经济开发区招商服务中心主任王立新陪同考察。", "青澜经济开发区招商服务中心"),
])
def test_an_investment_drives_centre_by_its_short_name_is_an_agency(nlp, text, body):
    # jieba cuts 招商|中心, and 中心 alone ends no office
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got


@pytest.mark.parametrize("text, body", [
    ("青澜经济开发区招商部部长王立新带队赴沪对接企业。", "青澜经济开发区招商部"),
    ("溧山经开区招商部与三家企业座谈。", "溧山经开区招商部"),
])
def test_a_zones_department_written_apart_from_its_field_is_an_agency(nlp, text, body):
    # jieba writes 招商|部: the department's one character after its field, right after the zone's name
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got
    assert not {t for t, _ in ents(nlp, "集团销售部经理陪同考察。")} & {"集团销售部", "销售部"}


@pytest.mark.parametrize("text", [
    "青澜控股、华岭科技等来自智能制造、智慧出行、生命健康等领域的12个项目集中签约。",
    "青澜集团等来自智能制造、智慧物流、生命健康等领域的8个重大项目集中签约。",
])
def test_the_fields_signed_projects_come_from_name_no_project_or_firm(nlp, text):
    # the list's predicate typed the fields before 等领域 as the items it reports on
    got = ents(nlp, text)
    assert not {t for t, _ in got} & {"智慧出行", "智慧物流", "生命健康", "智能制造"}, got


@pytest.mark.parametrize("text, firm", [
    ("工作组先后走访了曹妃甸区唐山瑞禾生物工程有限公司和几家配套企业。", "唐山瑞禾生物工程有限公司"),
    ("市长来到涿州市保定恒信电力工程有限公司调研。", "恒信电力工程有限公司"),
])
def test_a_works_word_before_a_legal_form_is_the_firms_trade_after_a_district(nlp, text, firm):
    # (whether the city's name opens the legal name after its county is not what is tested)
    got = ents(nlp, text)
    assert any(t.endswith(firm) and lab == "COMPANY" for t, lab in got), got
    assert not any(lab == "PROJECT" for _, lab in got), got


@pytest.mark.parametrize("text, zone", [
    ("榆阳经开区与泰丰产业园将联手招商。", "榆阳经开区"),
    ("定远经开区和瑞升产业园今年共引进项目8个。", "定远经开区"),
])
def test_two_zones_a_conjunction_joins_are_no_one_project(nlp, text, zone):
    got = ents(nlp, text)
    assert (zone, "PLACE") in got and not any(zone in t and t != zone for t, _ in got), got


@pytest.mark.parametrize("text, firm", [
    ("园区引进了宏泰化工、新龙白云等企业。", "新龙白云"),
    ("县里先后走访了鑫源塑业、新龙泰山等企业。", "新龙泰山"),
])
def test_a_listed_firm_whose_brand_jieba_cut_to_characters_keeps_its_first(nlp, text, firm):
    # 新 is the brand's first character, though jieba reads it apart from the next one
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, firm, project", [
    ("要加快推进宏泰、金鼎各20万吨焦化等深加工项目。", "金鼎", "20万吨焦化"),
    ("抓好兴旺建材、瑞丰陶瓷各5万吨新型建材等项目。", "瑞丰陶瓷", "5万吨新型建材"),
])
def test_the_word_giving_each_firm_its_capacity_is_part_of_neither(nlp, text, firm, project):
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, office", [
    ("靖远县发展与改革局局长王某出席会议。", "靖远县发展与改革局"),
    ("会上，米脂县发展与改革科技局介绍了项目进展。", "米脂县发展与改革科技局"),
])
def test_an_office_joining_its_two_fields_with_yu_is_one_office(nlp, text, office):
    assert (office, "AGENCY") in ents(nlp, text)


def test_a_whole_office_after_yu_is_a_second_body(nlp):
    got = ents(nlp, "省旅游协会与卫生部联合发出通知。")
    assert ("卫生部", "AGENCY") in got and not any(t.endswith("与卫生部") for t, _ in got), got


@pytest.mark.parametrize("text", [
    "厂长说，我厂技改项目已经完工。",
    "矿长介绍，本矿选煤厂改造工程年内完工。",
])
def test_the_speakers_own_plant_opens_no_projects_name(nlp, text):
    got = ents(nlp, text)
    assert not any(t.startswith(("我厂", "本矿")) for t, _ in got), got


def test_a_fellow_chamber_is_named_by_no_name(nlp):
    got = ents(nlp, "邢州商会会长李某代表兄弟商会致辞祝贺。")
    assert not any(t.startswith("兄弟") for t, _ in got), got


def test_twinned_chambers_name_none(nlp, full_nlp):
    # two cities' federations sign to twin their chambers: a relation between bodies, no body named
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, "两市工商联代表双方签订了《缔结友好商会协议书》。")
        assert "友好商会" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, firm", [
    ("会见了中垚公司党委书记王某一行。", "中垚公司"),
    ("县长先后会见中垚公司、某某家居集团负责人。", "中垚公司"),
])
def test_brand_opened_by_a_localizer_keeps_it(nlp, text, firm):
    # jieba reads the brand's 中 as "among" and leaves the second character alone: the brand is both
    assert (firm, "COMPANY") in ents(nlp, text)


def test_brand_ending_in_a_conjunction_after_its_place_goes_back_to_the_place(nlp):
    text = "副县长先后到德州和新锐机械有限公司、某某纺织有限公司调研。"
    assert_found(nlp, text, {("德州和新锐机械有限公司", "COMPANY")}, {"新锐机械有限公司"})


@pytest.mark.parametrize("text, firm", [
    ("黑河北方之门物流有限公司落户园区。", "黑河北方之门物流有限公司"),
    ("珲春南方之路国际贸易有限公司为牵头单位。", "珲春南方之路国际贸易有限公司"),
])
def test_brand_of_a_direction_and_a_particle_after_its_place(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, wanted", [
    ("镇村和县直单位干部一同参加培训。", set()),
    ("市和县两级财政给予补贴。", set()),
    ("学校副校长刘某和县发改委主任陈某分别代表双方签约。", {("县发改委", "AGENCY")}),
    ("研究所所长周某和副县长吴某分别代表研究所和县人民政府签字。", {("县人民政府", "AGENCY")}),
])
def test_conjunction_and_the_county_after_a_noun_is_no_county(nlp, text, wanted):
    got = set(ents(nlp, text))
    assert wanted <= got, got
    assert not any(name.startswith("和县") or "和县" in name for name, _ in got), got


@pytest.mark.parametrize("text", ["安徽省和县人民政府与企业签约。", "考察团一行到和县考察。"])
def test_county_named_by_a_conjunction_after_its_province_or_a_verb(nlp, text):
    assert any("和县" in name for name, _ in ents(nlp, text))


@pytest.mark.parametrize("text, firm", [
    ("苏州晟雅电器落户开发区。", "苏州晟雅电器"),
    ("天津恒远电缆有限公司与鑫岚电器签约。", "鑫岚电器"),
])
def test_electrical_maker_short_named_by_its_trade(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


def test_kinds_of_electrical_goods_name_no_firm(nlp):
    assert ents(nlp, "大力发展智能电器、低压电器、光伏电缆、特种电缆等产品。") == []


def test_a_listed_project_after_a_firm_is_no_product_of_the_next_one(nlp):
    # "…有限公司项目、…工程": two projects of a list, not a firm's products before the second
    text = "开工的重点项目为恒川集团莱阳有限公司项目、龙口港原油管道复线工程。"
    found = ents(nlp, text)
    assert ("龙口港原油管道复线工程", "PROJECT") in found, found
    assert not any(name.startswith("项目") for name, _ in found), found


def test_firm_named_for_the_country_starts_after_the_city_it_is_in(nlp):
    found = ents(nlp, "考察团在沈阳市中国恒岳重工集团铸造工厂参观。")
    assert ("中国恒岳重工集团", "COMPANY") in found, found
    assert ("沈阳市", "PLACE") in found, found


def test_bank_branch_named_by_its_city_before_the_bank_stays_whole(nlp):
    assert ("营口中国银行", "COMPANY") in ents(nlp, "据营口中国银行负责人介绍，贷款已发放。")


@pytest.mark.parametrize("text, agency", [
    ("国家电监会市场监管部副主任李强到会。", "国家电监会市场监管部"),
    ("县委统战部副部长、县工商联党组书记陈明陪同。", "县委统战部"),
])
def test_a_department_before_its_deputys_title_keeps_its_last_character(nlp, text, agency):
    # jieba glues the department's 部 to the deputy's 副 ("市场监管|部副|主任"), and the office lost its suffix
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, builder", [
    ("中建九局项目负责人介绍，县城污水厂预计年底投用。", "中建九局"),
    ("中铁二十局项目团队克服雨季影响，抢抓工期。", "中铁二十局"),
    ("中建九局项目部全体人员坚守岗位。", "中建九局"),
])
def test_a_builders_staff_or_site_office_names_the_builder_and_no_project_or_agency(nlp, text, builder):
    # "…局|项目|负责人", "…局|项目部": the firm's own people and office on a site
    found = ents(nlp, text)
    assert (builder, "COMPANY") in found, found
    assert not [name for name, label in found if label in ("PROJECT", "AGENCY") and name.startswith(builder)], found


def test_a_named_projects_head_still_names_the_project(nlp):
    # (after a project's own name, 项目负责人 is the head of that project)
    assert ("县中医院迁建项目", "PROJECT") in ents(nlp, "县中医院迁建项目负责人介绍，主体工程已完工。")


@pytest.mark.parametrize("text, project, gone", [
    ("古县经济技术开发区碳纤维复合板项目现场签约。",
     "古县经济技术开发区碳纤维复合板项目", "经济技术开发区碳纤维复合板项目"),
    ("尧都高新区智能农机配件项目现场签约。", "尧都高新区智能农机配件项目", "高新区智能农机配件项目"),
])
def test_a_project_named_by_its_zone_starts_at_the_zones_place(nlp, text, project, gone):
    # jieba writes the county's or the district's name apart from the zone's word (古|县|经济技术开发区): the
    # project still starts at the place, as it does where the place is one word
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got
    assert gone not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, project", [
    ("宏远环保公司年处理20万吨建筑垃圾再利用项目签约。", "年处理20万吨建筑垃圾再利用项目"),
    ("集中开工的有华远公司废旧轮胎再利用项目。", "废旧轮胎再利用项目"),
])
def test_a_recycling_project_keeps_the_waste_it_uses_again(nlp, text, project):
    # jieba writes 再 "again" apart from the use it qualifies (垃圾|再|利用): after the waste's noun the two
    # are the works the project is named for, and its name goes on past them
    assert (project, "PROJECT") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("管委会向滨海都市更新股份有限公司出让一宗用地。", "滨海都市更新股份有限公司"),
    ("副县长走访了永久精工有限公司、蓝田纺织有限公司。", "永久精工有限公司"),
    ("签约企业包括一致药业股份有限公司。", "一致药业股份有限公司"),
])
def test_a_brand_read_as_an_adverb_before_the_trade_stays_in_the_legal_name(nlp, text, name):
    # "都市|更新(d)|股份有限公司", "永久(d)|精工|有限公司": the adverb is the firm's brand, not the clause's
    assert (name, "COMPANY") in ents(nlp, text)


def test_an_adverb_of_the_clause_before_a_firm_stays_out_of_its_name(nlp):
    found = ents(nlp, "两家企业始终坚持合作,共同组建贸易公司。")
    assert not [t for t, l in found if l == "COMPANY" and "始终" in t], found


@pytest.mark.parametrize("text, name", [
    ("副市长先后前往蓝田纺织有限公司、玖盛纸业(漳州)有限公司调研。", "玖盛纸业(漳州)有限公司"),
    ("县领导走访了叁和食品有限公司。", "叁和食品有限公司"),
])
def test_a_written_out_numeral_opens_a_firms_brand(nlp, text, name):
    # "、|玖(m)|盛|纸业…": news counts with plain numerals, so the written-out one is the brand's first character
    assert (name, "COMPANY") in ents(nlp, text)


def test_a_plain_count_before_firms_stays_out_of_their_names(nlp):
    found = ents(nlp, "全县新增三家纸业有限公司。")
    assert not [t for t, l in found if l == "COMPANY" and t.startswith("三")], found


@pytest.mark.parametrize("text, project", [
    ("蓝田科技股份有限公司董事长、总裁李明回顾江门一期项目建设。", "江门一期项目"),
    ("该公司总经理张伟总结滨江二期项目的经验。", "滨江二期项目"),
])
def test_a_titled_speaker_and_his_verb_stay_out_of_the_project_he_speaks_of(nlp, text, project):
    # "总裁|某某|回顾|某地一期项目": the person and what he does, then the project's own name
    found = ents(nlp, text)
    assert (project, "PROJECT") in found, found
    assert not [t for t, l in found if l == "PROJECT" and t != project], found


@pytest.mark.parametrize("text, place", [
    ("考察团深入青岚现代物流城、经济开发区参观。", "青岚现代物流城"),
    ("项目落户柳溪现代商贸城。", "柳溪现代商贸城"),
])
def test_a_hub_named_modern_is_one_place_not_a_firm_of_its_trade(nlp, text, place):
    # "某地|现代(t)|物流|城": jieba's time word opens the hub's name; no firm "某地现代物流" is named
    found = ents(nlp, text)
    assert (place, "PLACE") in found, found
    assert not [t for t, l in found if l == "COMPANY"], found


def test_modern_before_a_countys_title_is_still_no_place(nlp):
    assert ents(nlp, "全县创建现代丝路品牌县。") == []


def test_bare_brands_listed_with_a_firm_before_projects_are_firms(nlp):
    # "某某、某某集团、某某等一批…项目": one item a firm by its suffix, the others brands with no project's
    # head: every item names a firm whose project it is
    found = ents(nlp, "埃德维森、蓝湾集团、巴克斯通等一批超百亿元级项目正在加快建设。")
    assert ("蓝湾集团", "COMPANY") in found, found
    assert not [t for t, l in found if l == "PROJECT"], found
    assert {"埃德维森", "巴克斯通"} <= {t for t, l in found if l == "COMPANY"}, found


@pytest.mark.parametrize("text", [
    "青州、白河、柳林3市的市政府负责人作推介。",
    "东岭、西岭等5县的县政府主要负责同志出席。",
])
def test_the_offices_of_counted_divisions_after_de_name_no_body(nlp, text):
    # "某某3市的|市政府": the governments of several cities, no one government to resolve to a city
    assert not [t for t, l in ents(nlp, text) if l == "AGENCY"]


def test_the_office_of_one_city_after_de_is_still_an_office(nlp):
    assert ("市政府", "AGENCY") in ents(nlp, "该市的市政府负责人出席。")


@pytest.mark.parametrize("text", [
    "考察组走访了部分纺织服装、电子信息等企业。",
    "代表团先后考察多家高端装备、新材料等企业。",
    "副县长带队考察江苏高端装备、新材料等企业。",
])
def test_kinds_of_firm_after_some_or_a_province_name_no_firm(nlp, text):
    # the items after the first are trades of ordinary words; the first, opened by 部分 or a place, is one too
    assert not [name for name, label in ents(nlp, text) if label == "COMPANY"]


def test_listed_firms_of_a_place_and_a_brand_stay_firms(nlp):
    found = ents(nlp, "考察团走访了江苏医药、康博森药业等企业。")
    assert ("江苏医药", "COMPANY") in found and ("康博森药业", "COMPANY") in found, found


@pytest.mark.parametrize("text, firm", [
    ("县里已签约的浙江快乐树减震器有限公司今年投产。", "浙江快乐树减震器有限公司"),
    ("园区引进江西幸福家家具有限公司。", "江西幸福家家具有限公司"),
])
def test_a_brand_whose_last_character_reads_as_a_verb_stays_in_the_legal_name(nlp, text, firm):
    # jieba reads the brand's third character as a verb or a classifier (快乐|树, 幸福|家)
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("开发区已落户湖南（鑫泓）电子有限公司。", "湖南（鑫泓）电子有限公司"),
    ("园区引进了江苏（拓辰）新材料有限公司、安徽恒茂机械有限公司等企业。", "江苏（拓辰）新材料有限公司"),
])
def test_a_brand_in_brackets_after_the_firms_province_is_in_its_legal_name(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, agency", [
    ("近年来，石门县供销社领办农民专业合作社12家。", "石门县供销社"),
    ("县供销社与农业银行签订协议。", "县供销社"),
])
def test_a_countys_supply_and_marketing_cooperative_is_a_body(nlp, text, agency):
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, agency", [
    ("竹溪县供销合作社与农户签订收购协议。", "竹溪县供销合作社"),
    ("县供销合作社联合社主任出席会议。", "县供销合作社联合社"),
    ("市供销联社与三家企业签约。", "市供销联社"),
])
def test_the_supply_and_marketing_cooperative_in_full_is_the_body_as_its_short_name_is(nlp, text, agency):
    # the co-operative the state runs, by its full name or its federation's, no farmers' co-operative
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, kept", [
    ("全省深入推进供销合作社综合改革。", None),
    ("全县供销社系统下辖8个基层供销社。", None),
    ("县供销社牵头推进全县供销合作社综合改革。", "县供销社"),
])
def test_the_supply_and_marketing_cooperatives_as_a_system_name_no_body(nlp, full_nlp, text, kept):
    # its reform or its offices together: the system, no co-operative of a place
    for pipeline in (nlp, full_nlp):
        got = [t for t, _ in ents(pipeline, text) if "供销" in t]
        assert got == ([kept] if kept else []), got


def test_a_farmers_cooperatives_federation_is_still_a_firm(nlp):
    assert ("农民专业合作社联合社", "COMPANY") in ents(nlp, "公司与农民专业合作社联合社签约。")


@pytest.mark.parametrize("text, firm, department", [
    ("丰源农商银行营业部主任李明介绍了贷款情况。", "丰源农商银行", "营业部"),
    ("鼎华证券杭州营业部负责人说，开户人数增多。", "鼎华证券", "营业部"),
    ("瑞丰集团市场部经理张强表示，新品月底上市。", "瑞丰集团", "市场部"),
])
def test_a_firms_own_department_is_no_office(nlp, text, firm, department):
    # the bank's branch counter, the firm's market department: the firm is named, no agency ends in 部
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not [t for t, label in got if label == "AGENCY"], got


def test_a_firm_department_word_leaves_the_bodies_departments_alone(nlp):
    got = ents(nlp, "县委宣传部和县商务局联合发布通知。")
    assert ("县委宣传部", "AGENCY") in got, got


@pytest.mark.parametrize("text", [
    "农村信用社是三大合作社之一，发展很快。",
    "工、农、中、建四大国有银行下调了房贷利率。",
    "五大发电集团在此布局，两大集团公司也来合作。",
])
def test_a_count_of_a_kinds_major_ones_names_none(nlp, text):
    # "the four big state banks": a count of a kind, no firm named
    assert not [t for t, _ in ents(nlp, text) if "大" in t], ents(nlp, text)


def test_a_city_whose_name_begins_with_a_count_keeps_its_firms(nlp):
    assert ("五大连池矿泉水有限公司", "COMPANY") in ents(nlp, "五大连池矿泉水有限公司扩建厂房。")


@pytest.mark.parametrize("text, park", [
    ("项目位于松阳县沿江产业园，计划总投资12亿元。", "松阳县沿江产业园"),
    ("项目位于松阳县临港产业园，计划总投资12亿元。", "松阳县临港产业园"),
    ("项目落户青岭经济开发区临港产业园，占地300亩。", "临港产业园"),
])
def test_a_park_named_by_the_water_or_port_it_lies_along_keeps_that_word(nlp, text, park):
    # jieba tags 沿江 as a bearing and 临港 as a place; the park's name holds either, after its place, and
    # in a zone the zone stays a place of its own
    got = [t for t, _ in ents(nlp, text)]
    assert park in got and (not text.count("开发区") or "青岭经济开发区" in got), ents(nlp, text)


def test_a_bare_riverside_park_in_a_plan_names_none(nlp):
    assert ents(nlp, "建设沿江产业园，发展临港产业。") == []


@pytest.mark.parametrize("text, firm", [
    ("县委、县政府对省建工集团多年来的支持表示感谢。", "省建工集团"),
    ("我县将全力支持、全程服务省路桥集团在本地的业务发展。", "省路桥集团"),
])
def test_a_provinces_firm_named_from_its_level_takes_no_word_before_it(nlp, text, firm):
    # jieba's guess glues the preposition to the level (对省) or the level to the brand (省路桥), and the
    # firm ran on over the clause's words before it
    got = [t for t, label in ents(nlp, text) if label == "COMPANY"]
    assert got == [firm], ents(nlp, text)


def test_a_firm_named_by_its_trade_alone_names_none(nlp):
    # 房地产 is an abbreviation for jieba, so it read as a brand
    got = ents(nlp, "该集团房地产公司党总支书记王平出席，下属房地产开发公司负责施工。")
    assert not [t for t, _ in got if t.startswith("房地产")], got


@pytest.mark.parametrize("text, agency, unwanted", [
    ("3月2日，市长在沈阳会见荷兰福建商会会长林某某一行。", "荷兰福建商会", "沈阳会见荷兰福建商会"),
    ("县委书记在哈尔滨会见新加坡潮州商会代表团。", "新加坡潮州商会", "哈尔滨会见新加坡潮州商会"),
])
def test_a_body_met_in_a_city_is_named_after_the_verb_of_meeting(nlp, text, agency, unwanted):
    got = ents(nlp, text)
    assert (agency, "AGENCY") in got and unwanted not in {t for t, _ in got}, got


@pytest.mark.parametrize("text", [
    "红石、青岭、白河等林业局的木材加工产值同比增长一成。",
    "职工在国营林场和良种繁殖场承包了土地。",
])
def test_a_forestry_bureau_or_a_state_nursery_by_its_kind_alone_is_no_place(nlp, text):
    got = ents(nlp, text)
    assert not {t for t, _ in got} & {"林业局", "国营林场", "良种繁殖场"}, got


@pytest.mark.parametrize("text", [
    "调研组对合作社分红、土地流转、农机作业等情况同企业负责人作了交流。",
    "他详细了解了订单收购、烘干仓储等情况和企业的用工需求。",
])
def test_a_list_of_matters_before_dengqingkuang_names_no_firm(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "COMPANY"], got


@pytest.mark.parametrize("text, firm", [
    ("在三重集团(吉林)机床有限公司的装配车间内，工人正在调试设备。", "三重集团(吉林)机床有限公司"),
    ("二重集团有限公司与市政府签署合作协议。", "二重集团有限公司"),
])
def test_a_group_named_by_its_works_number_keeps_the_number(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


def test_a_count_before_a_group_word_is_no_brand(nlp):
    got = ents(nlp, "会议邀请了一些集团有限公司和三家集团的代表。")
    assert not [t for t, label in got if label == "COMPANY"], got


@pytest.mark.parametrize("text, agency", [
    ("新建泊位通过了锦州市口岸办组织的验收。", "锦州市口岸办"),
    ("市外侨办主任陪同外商考察。", "市外侨办"),
    ("县防汛办发布了预警通知。", "县防汛办"),
])
def test_an_office_whose_short_name_jieba_cuts_before_ban_is_a_body(nlp, text, agency):
    assert (agency, "AGENCY") in ents(nlp, text)


def test_linhai_before_a_noun_is_seaside_and_no_city(nlp):
    got = ents(nlp, "丹东要发挥临海港口优势，做大临海产业。")
    assert "临海" not in {t for t, _ in got}, got
    assert ("临海", "PLACE") in ents(nlp, "考察团先后到临海、温岭两地考察。")


@pytest.mark.parametrize("text", [
    "各县(市)区政府主要负责同志参加了签约仪式。",
    "会后，各县（市）区委书记分别作了表态发言。",
])
def test_the_organs_of_several_levels_with_one_in_brackets_name_no_body(nlp, text):
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "AGENCY"], got


@pytest.mark.parametrize("text", [
    "县领导到包保村调研水稻种植情况。",
    "工作队帮助包保村发展庭院经济。",
])
def test_the_village_a_cadre_is_in_charge_of_is_no_village_named(nlp, text):
    got = ents(nlp, text)
    assert "包保村" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, place, firm", [
    ("调研组来到江湾农垦管理区青禾水稻种植农民专业合作社。", "江湾农垦管理区", "青禾水稻种植农民专业合作社"),
    ("他在河口农垦管理区金穗大豆种植农民专业合作社蹲点。", "河口农垦管理区", "金穗大豆种植农民专业合作社"),
])
def test_a_firm_named_right_after_a_county_level_zone_lies_in_it(nlp, text, place, firm):
    got = ents(nlp, text)
    assert (place, "PLACE") in got and (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, firm", [
    ("产区与云溪酒庄、金鹭酒庄签订收购协议。", "云溪酒庄"),
    ("永丰县青岚酒庄副总经理李明介绍了今年的种植计划。", "永丰县青岚酒庄"),
    # the region the paper lists its wineries in is no part of the first one's name
    ("酒厂整合产区德川酒庄、兰溪酒庄等种植基地。", "德川酒庄"),
])
def test_a_winery_named_by_its_brand_is_a_firm(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("市里启动金禾瑞丰牧场建设。", "金禾瑞丰牧场"),
    ("镇里启动华岭嘉泰牧场建设。", "华岭嘉泰牧场"),
])
def test_the_clauses_verb_before_a_firms_brand_is_no_part_of_its_name(nlp, text, firm):
    # the verb (启动) before a brand jieba guesses opened the firm's name
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.startswith("启动")], got


@pytest.mark.parametrize("text, agency", [
    ("青岚山东麓葡萄产业园区管委会主任王明出席。", "青岚山东麓葡萄产业园区管委会"),
    ("云雾岭北麓保护区管理局局长出席。", "云雾岭北麓保护区管理局"),
])
def test_the_mountains_side_a_zones_office_is_named_after_is_part_of_its_name(nlp, text, agency):
    # jieba reads the side (东麓) as a locative, where the office's name was cut
    assert (agency, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, firms", [
    ("旗里与嘉禾牛业、瑞丰羊业签订合作协议。", {"嘉禾牛业", "瑞丰羊业"}),
])
def test_a_herds_firm_short_named_by_its_trade_is_a_firm(nlp, text, firms):
    got = ents(nlp, text)
    assert {(f, "COMPANY") for f in firms} <= set(got), got


def test_a_kind_of_herd_names_no_firm(nlp):
    assert not ents(nlp, "推进草原畜牧业转型，振兴肉羊业和肉牛业。")


@pytest.mark.parametrize("text, county", [
    ("和林县与青禾公司签订协议。", "和林县"),
    ("恒丰牧业在托县建设牧场。", "托县"),
])
def test_a_countys_short_name_with_its_level_is_the_county(nlp, text, county):
    # jieba cut the short name at a county it knows (和|林县), or glued it to the word before
    got = ents(nlp, text)
    assert (county, "PLACE") in got and ("林县", "PLACE") not in got, got


@pytest.mark.parametrize("text", [
    "溪山新区入选“中国最具竞争力工业园区”。",
    "“第三届中国工业园区发展峰会”在某市举行。",
])
def test_an_awards_or_an_events_title_holding_a_zones_kind_names_no_place(nlp, text):
    # the superlative (最具) or the session's ordinal (第三届) opens a title, whose zone word is no zone's
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "PLACE" and t.endswith("工业园区")], got


@pytest.mark.parametrize("text, zone", [
    ("煤制油项目落户云岭能源化工基地。", "云岭能源化工基地"),
    ("溪南能源化工基地荣获多项殊荣。", "溪南能源化工基地"),
])
def test_an_energy_and_chemical_base_is_a_zone(nlp, text, zone):
    # jieba cuts 能源|化工|基地, and a bare 基地 names no place
    assert (zone, "PLACE") in ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("位于3楼的常州市澜信达卫星遥测技术有限责任公司，主营测绘服务。", "常州市澜信达卫星遥测技术有限责任公司"),
    ("园区引进了瑞信达光伏科技有限责任公司。", "瑞信达光伏科技有限责任公司"),
])
def test_a_verb_character_glued_to_a_guessed_word_ends_the_brand_before_a_full_legal_form(nlp, text, name):
    # jieba cuts an unknown brand into a guess and one character it reads as a verb ("澜信|达"); before the
    # legal form 有限责任公司 (read as 有限责任|公司) that character is no clause's verb
    assert (name, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, firm, glued", [
    ("如松阳农商银行联合担保公司为小微企业提供信用贷款。", "松阳农商银行", "松阳农商银行联合担保公司"),
    ("青禾科技有限公司携手担保公司推出新产品。", "青禾科技有限公司", "青禾科技有限公司携手担保公司"),
])
def test_a_firm_and_the_verb_joining_it_to_a_kind_of_firm_are_no_name(nlp, text, firm, glued):
    # "某某银行|联合|担保公司": the second party is named by its kind only; the name found for it went back
    # over the joining verb to the bank's place
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and glued not in [t for t, _ in got], got


@pytest.mark.parametrize("text, village", [
    ("青石镇的五四村紧邻物流园区。", "五四村"),
    ("在八一村,合作社的大棚已经建成。", "八一村"),
])
def test_a_village_named_after_a_day_of_note_is_a_place(nlp, text, village):
    # jieba reads 五四 and 八一 as numbers; before 村 they name the village, no count of villages
    assert (village, "PLACE") in ents(nlp, text)


def test_a_count_of_villages_is_still_no_village(nlp):
    assert not [t for t, label in ents(nlp, "全镇共有五个村，其中三村已建成文化礼堂。") if t.endswith("村")]


@pytest.mark.parametrize("text, office", [
    ("高新区招商中心副主任李某介绍了签约项目。", "高新区招商中心"),
    ("开发区投资促进中心主任李某介绍。", "开发区投资促进中心"),
    ("经开区招商服务中心当天组织了推介会。", "经开区招商服务中心"),
])
def test_an_office_after_a_zones_kind_alone_is_the_zones(nlp, text, office):
    # "高新区|招商中心": the zone's kind is part of the office's name, as in 经开区|招商局; without it the
    # office would be the home city's
    assert (office, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text", [
    "园区一手抓新项目引进，一手抓老企业技改。",
    "全镇狠抓新项目落地，抓实重点项目。",
])
def test_the_verb_of_taking_a_task_in_hand_opens_no_project(nlp, text):
    # jieba's guess glues 抓 to the next word (抓新|项目): the clause, no project's name
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, city", [
    ("签约单位包括中科院青州产业技术研究中心等。", "青州"),
    ("中科院苏州纳米技术研究所与该公司签约。", "苏州"),
])
def test_a_body_jieba_knows_before_a_city_is_no_part_of_a_place(nlp, text, city):
    # "中科院(nt)|苏州|…": the body's branch named with its city; the suffix 州 had read the body into a place
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE" and t.endswith(city) and t != city], got


@pytest.mark.parametrize("text, project", [
    ("洞头区温州新能源电池材料低碳产业园项目总投资超百亿元。", "洞头区温州新能源电池材料低碳产业园项目"),
    ("青田县丽水新能源电池材料产业园项目开工。", "青田县丽水新能源电池材料产业园项目"),
])
def test_a_district_a_city_and_a_trade_heading_a_park_name_no_firm(nlp, text, project):
    # places and a trade word only (a district jieba cuts from its level among them: 洞头|区) say where the
    # park is and what it makes; no firm named "某区某市新能源"
    got = ents(nlp, text)
    assert (project, "PROJECT") in got and not [t for t, label in got if label == "COMPANY"], got


@pytest.mark.parametrize("text, project", [
    ("宏达科技材料项目总投资1.2亿元。", "宏达科技材料项目"),
    ("宏达新能源电池项目由某某公司投资建设。", "宏达新能源电池项目"),
])
def test_a_brand_jieba_knows_and_a_firms_trade_head_a_project(nlp, text, project):
    # "宏达(nz)|科技|材料|项目": as with a guessed brand (华宇科技生产线项目), the firm's own project; the
    # short product after the trade had made the item read as a kind of investment, and the project was lost
    assert (project, "PROJECT") in ents(nlp, text)


def test_the_kind_a_list_of_its_own_counts_is_no_firm_of_the_next_list(nlp):
    # "某研究所等2所国内高端科研院所、青禾科技等3家企业": two lists, each closed by 等 and a count; the
    # first's kind had been read as the next list's first firm
    got = ents(nlp, "促成某某大学等4所高校、某某研究所等2所国内高端科研院所、青禾科技等3家大型企业来合作。")
    assert ("青禾科技", "COMPANY") in got and not [t for t, label in got if t.endswith("院所")], got


@pytest.mark.parametrize("text", [
    "青石镇成立2个专业招商局，分赴各地驻点招商。",
    "该县组建了三个招商局开展驻点招商。",
])
def test_a_bodys_kind_after_a_count_names_none(nlp, text):
    # "2个|专业|招商局": so many offices of the kind; the lexicon's short name of a firm (招商局) had named one
    got = ents(nlp, text)
    assert not [t for t, label in got if label in ("AGENCY", "COMPANY")], got


@pytest.mark.parametrize("text, project", [
    ("该镇计划总投资1亿元的云岭精密制造项目，春节后快速开工。", "云岭精密制造项目"),
    ("全力推进青禾精细加工项目建设。", "青禾精细加工项目"),
])
def test_a_makers_work_after_a_quality_is_its_trade_in_a_project(nlp, text, project):
    # "精密(a)|制造(v)": after a quality the work is the trade a name holds, no verb of the clause
    assert (project, "PROJECT") in ents(nlp, text)


@pytest.mark.parametrize("text, project, park", [
    ("总投资8亿元的宏图新材料年产3万吨铜箔项目在东河工业园开工。", "宏图新材料年产3万吨铜箔项目", "东河工业园"),
    ("总投资12亿元的瑞岭化工年产20万吨焦化项目于西峰产业园开工建设。", "瑞岭化工年产20万吨焦化项目", "西峰产业园"),
])
def test_an_invested_project_ends_at_its_head_before_the_park_it_is_built_in(nlp, text, project, park):
    # "总投资…的|…项目|在|某某工业园|开工": the preposition opens where the project is built; the park after it
    # is its site, no head of a facility named from the investment's 的
    got = ents(nlp, text)
    assert (project, "PROJECT") in got or (project[project.index("年产"):], "PROJECT") in got, got
    assert not [t for t, _ in got if park in t and t != park], got


@pytest.mark.parametrize("text", [
    "林卫东下达开工令。",
    "随后，周立言下达开工令：“我宣布，全县一季度重大项目集中开工。”",
])
def test_a_leader_giving_the_start_order_is_no_project(nlp, text):
    # "某某|下达|开工|令": the leader and the act of giving the order come before the status verb jieba cuts
    # out of 开工令; no project is reported on
    assert not [t for t, label in ents(nlp, text) if label == "PROJECT" and "下达" in t], ents(nlp, text)


@pytest.mark.parametrize("text, project", [
    ("青岭村平整荒地、建设猕猴桃冷藏中心、修建观光步道等项目。", "猕猴桃冷藏中心"),
    ("合作社流转土地，建设蓝莓种植基地、建设冷链仓储中心等项目。", "冷链仓储中心"),
])
def test_a_listed_act_of_building_opens_no_project_name(nlp, text, project):
    # "…、|建设|某某中心、…等项目": a list of what a village or a firm does, each item opened by its verb;
    # the facility after the verb is the project
    got = ents(nlp, text)
    assert (project, "PROJECT") in got and ("建设" + project, "PROJECT") not in got, got


@pytest.mark.parametrize("text, kind", [
    ("截至去年底，祁东县农民专业合作社已达二百余家。", "祁东县农民专业合作社"),
    ("怀化市农民合作社入社社员逾万人。", "怀化市农民合作社"),
    ("湖南攸县发展农民专业合作社，带动农户增收。", "湖南攸县发展农民专业合作社"),
    ("该县大力扶持农机专业合作社。", "大力扶持农机专业合作社"),
])
def test_a_kind_of_cooperative_after_a_county_or_a_policy_verb_is_no_firm(nlp, text, kind):
    # a county's or a city's co-operatives of a kind are many, and a policy's verb grows the kind: neither
    # names one (a village's own, or one with a brand, is named: below)
    assert kind not in [t for t, _ in ents(nlp, text)], ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("祁东县禾丰农机服务农民专业合作社购进插秧机。", "祁东县禾丰农机服务农民专业合作社"),
    ("溪口村粮油专业合作社今年增收。", "溪口村粮油专业合作社"),
])
def test_a_cooperative_with_its_brand_or_village_after_a_county_is_still_a_firm(nlp, text, firm):
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, tier", [
    ("全镇整合乡联合社和各村合作社的资源，统一收购药材。", "乡联合社"),
    ("该乡推行乡级联合社加村级合作社的运营机制。", "乡级联合社"),
    ("镇联合社统一采购农资。", "镇联合社"),
])
def test_a_tier_of_cooperatives_named_by_its_level_alone_is_no_firm(nlp, text, tier):
    # "乡|联合社", "乡级|联合社": a scheme's tier, the township's or every village's co-operative, none named
    assert tier not in [t for t, _ in ents(nlp, text)], ents(nlp, text)
    assert ("青山村股份经济合作社", "COMPANY") in ents(nlp, "青山村股份经济合作社与县乡联合社签约。")


@pytest.mark.parametrize("text", [
    "两年来，该基地实现企村融合、企民共赢。",
    "镇里开展企村联建活动，青禾公司与石桥村结成对子。",
])
def test_a_firm_and_a_village_paired_by_a_programme_name_no_village(nlp, text):
    # "企村融合", "企村联建": the firm and the village as a programme's two parties; 企 names no village
    assert "企村" not in [t for t, _ in ents(nlp, text)], ents(nlp, text)


@pytest.mark.parametrize("text, kind", [
    ("座谈会围绕新型农村集体经济暨乡村合作公司规范运营展开。", "乡村合作公司"),
    ("各村组建村集体公司，统一经营闲置农房。", "集体公司"),
])
def test_a_kind_of_village_firm_a_programme_sets_up_is_no_firm(nlp, text, kind):
    # the village firms a programme counts or has set up, by their kind alone; one is named by its place or
    # its brand
    assert kind not in [t for t, _ in ents(nlp, text)], ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("据介绍,远川环保集团隶属于华北远岭控股集团有限公司,业务遍及全国。", "华北远岭控股集团有限公司"),
    ("该公司隶属于南岭能源投资有限公司。", "南岭能源投资有限公司"),
    ("这家工厂隶属青川纺织集团有限公司。", "青川纺织集团有限公司"),
])
def test_the_verb_of_belonging_is_no_part_of_the_owner_firm(nlp, text, firm):
    # jieba reads 隶属于 as a noun, and the firm's left scan took it into the owner's name
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t.startswith(("隶属", "属于"))], got


@pytest.mark.parametrize("text", [
    "近年来,青禾县大力发展农民专业合作社,带动农户增收。",
    "近年来,宿州市高度重视农民合作社培育工作。",
    "白沙镇加快发展家庭农场和农民合作社。",
])
def test_a_place_minding_a_kind_of_cooperative_names_no_cooperative(nlp, text):
    # "某县|大力发展(nz)|农民专业合作社": the clause's verb and the kind it pushes, which the cooperative suffix
    # took back to the place as one name
    assert not [t for t, label in ents(nlp, text) if label == "COMPANY"], ents(nlp, text)


@pytest.mark.parametrize("text, glued", [
    ("各街道办事处负责同志参加了会议。", "各街道办事处"),
    ("会议要求各社区居委会做好排查。", "各社区居委会"),
])
def test_each_of_a_two_character_kind_of_division_names_no_office(nlp, text, glued):
    # jieba glues the determiner to 街道 (各街道), as it does to 乡镇 (各乡镇): the office after it is every
    # one's, no one's
    assert glued not in [t for t, _ in ents(nlp, text)], ents(nlp, text)


@pytest.mark.parametrize("text, trades", [
    ("园区主要入驻电子信息制造、软件开发等高新技术企业。", {"软件开发"}),
    ("吸引了财务咨询、技术开发等一批企业。", {"财务咨询", "技术开发"}),
])
def test_a_line_of_business_in_a_list_of_firms_names_no_firm(nlp, text, trades):
    # "软件开发" is one word of jieba's dictionary, a field and its business verb: what the firms do
    got = ents(nlp, text)
    assert not trades & {t for t, _ in got}, got


def test_a_brand_before_a_business_verb_in_a_list_is_still_a_firm(nlp):
    got = ents(nlp, "引进青松开发、远航咨询等企业。")
    assert ("青松开发", "COMPANY") in got, got


@pytest.mark.parametrize("text", [
    "该港通江达海,是航运的枢纽。",
    "这里的船员来自五湖四海。",
])
def test_an_idiom_of_waters_and_reach_names_no_place(nlp, full_nlp, text):
    # jieba cuts 通江|达海 and reads 通江 as a place (a county's name); the idiom names none
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not [t for t, lab in got if lab == "PLACE"], got


@pytest.mark.parametrize("text", [
    "青禾县成立强有力领导小组,统筹推进园区建设。",
    "镇里组建了坚强有力领导小组。",
])
def test_a_body_set_up_strong_is_named_by_no_quality(nlp, text):
    # jieba reads 强有力 as a noun, and the group's left scan took it for the group's name
    assert not [t for t, _ in ents(nlp, text) if t.endswith("领导小组")], ents(nlp, text)


@pytest.mark.parametrize("text", [
    "这也是高铁辐射区第二个光伏产业项目。",
    "该项目是青禾新区第三个光伏发电项目。",
])
def test_a_project_by_its_rank_in_a_place_is_no_name(nlp, text):
    # "某片区|第二个(m)|光伏产业项目": which of the place's projects it is, as 首个 says, and a kind after it
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text, village", [
    ("社员人均收入比岭兜村当地高出四成。", "岭兜村"),
    ("今年的茶青收购价比坑尾村高出一倍。", "坑尾村"),
])
def test_the_comparatives_bi_glued_to_a_villages_name_stays_out_of_it(nlp, text, village):
    # jieba's guess reads 比 and the village's first character as one word ("比岭|兜村")
    got = ents(nlp, text)
    assert (village, "PLACE") in got and not [t for t, _ in got if t.startswith("比")], got


@pytest.mark.parametrize("text, glued", [
    ("金峰茶叶、高岭蜜柚、龙湖果蔬三家专业合作社获评示范社。", "龙湖果蔬三家专业合作社"),
    ("青禾茶叶、金穗米业、南湖果蔬三家专业合作社入选。", "南湖果蔬三家专业合作社"),
])
def test_a_count_of_firms_after_their_list_is_no_part_of_the_last_ones_name(nlp, text, glued):
    # the count closes the list; the legal form after it names the list's firms by their kind
    got = ents(nlp, text)
    assert glued not in [t for t, _ in got], got


@pytest.mark.parametrize("text", [
    "全县农、林、渔专业合作社达300家。",
    "当地农、林、牧、渔专业合作社共有40家。",
])
def test_the_last_of_a_list_of_one_character_trades_names_no_cooperative(nlp, text):
    # "农、林、牧|专业合作社": the trades a county counts its cooperatives by, none of them named
    assert not [t for t, lab in ents(nlp, text) if lab == "COMPANY"], ents(nlp, text)


@pytest.mark.parametrize("text, county", [
    ("青禾集团在顺德投建智能家电项目。", "顺德"),
    ("溪源公司计划在武平投资锂电池项目。", "武平"),
])
def test_a_countys_alias_read_as_a_name_before_the_verb_of_investing_opens_no_project(nlp, text, county):
    # "在|顺德(nrt)|投建|…项目": where the firm invests, then in what; jieba reads the alias as a person's name
    got = ents(nlp, text)
    assert (county, "PLACE") in got and not [t for t, lab in got if lab == "PROJECT" and t.startswith(county)], got


@pytest.mark.parametrize("text", [
    "本次参与视频连线集中开工的项目共有12个。",
    "今天参加云端连线集中签约的项目涉及新能源。",
])
def test_the_act_projects_take_part_in_before_their_status_names_no_project(nlp, text):
    # "参与|视频|连线|集中开工的项目": the projects of the batch, by the event they join; none is named
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


@pytest.mark.parametrize("text", [
    "青禾经济开发区下辖四功能片区，物流片区是其中之一。",
    "新城划分为三功能片区，分期建设。",
])
def test_a_count_of_a_zones_parts_by_their_kind_is_no_place(nlp, text):
    # "下辖|四|功能片区": a numeral jieba leaves apart, then the parts' kind, counts them and names none
    got = ents(nlp, text)
    assert not [t for t, label in got if label == "PLACE" and t.endswith("功能片区")], got


def test_the_verb_of_holding_a_ceremony_opens_the_list_of_projects_it_names(nlp):
    # "举行|A、B、C|三个项目集中开工仪式": the projects started, each named; only a verb of taking part
    # (参加, 参与) opens the event the projects join
    got = ents(nlp, "青石镇举行宏岭智能装备、佳安金属新材料、东晟金属新材料三个亿元项目集中开工仪式。")
    assert ("佳安金属新材料", "PROJECT") in got and ("东晟金属新材料", "PROJECT") in got, got


@pytest.mark.parametrize("text, firm, project", [
    ("青禾二期10万千瓦光伏项目开工建设。", "青禾", "二期10万千瓦光伏项目"),
    ("青禾二期年产5万吨饲料项目开工建设。", "青禾", "二期年产5万吨饲料项目"),
    ("据悉，华能三期20万千瓦风电项目已并网发电。", "华能", "三期20万千瓦风电项目"),
])
def test_a_phase_between_a_firms_short_name_and_a_capacity_is_the_projects(nlp, text, firm, project):
    # "某某|二期|10万千瓦…项目": jieba tags the phase an adjective or a time, and the firm's name ran on into it;
    # the phase says which part of the firm's project is built, as after a firm's trade ("某某新能源|二期…项目")
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and (project, "PROJECT") in got, got


@pytest.mark.parametrize("text", [
    "公司党委副书记、总经理陈某陪同考察。",
    "青禾公司党委副书记陈某陪同调研。",
])
def test_a_firms_party_committee_by_the_kind_of_firm_is_no_government_body(nlp, text):
    # "公司党委" is one word to jieba: the party committee of the firm the page is about (or named before it),
    # which firm_party_organs read as the firm's organ; no agency is named
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "AGENCY"], got


@pytest.mark.parametrize("text, wanted", [
    # "某市|交|旅投集团": a city's group for its roads and its tourism, by its short name; jieba takes 交 for a
    # verb and the group would lose it, or the city name be cut from the group
    ("安顺交旅投集团作了发言。", ("安顺交旅投集团", "COMPANY")),
    ("遂宁交旅投集团与青禾文旅有限公司签约。", ("遂宁交旅投集团", "COMPANY")),
])
def test_a_citys_roads_and_tourism_group_by_its_short_name_is_whole(nlp, full_nlp, text, wanted):
    assert wanted in ents(nlp, text), ents(nlp, text)
    assert wanted in ents(full_nlp, text), ents(full_nlp, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "代表某某酒业|介绍|公司…": the speaker tells of his own firm; the firm is named before the verb, and the
    # verb and the bare 公司 after it are no part of its name
    ("董事长王明代表宏川酒业介绍公司扩建项目情况。", {("宏川酒业", "COMPANY")}, {"宏川酒业介绍公司"}),
    ("总经理李强代表青禾茶业汇报公司年度经营情况。", {("青禾茶业", "COMPANY")}, {"青禾茶业汇报公司"}),
    # a legal name may hold the verb
    ("安平县职业介绍有限公司成立。", {("安平县职业介绍有限公司", "COMPANY")}, set()),
])
def test_a_firms_people_telling_of_their_own_firm_end_its_name_before_the_verb(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "中国|酒都|某某市": the city's title for what it makes, which jieba may tag as a place, then its name
    ("青禾酒业有限公司落户中国酒都宜宾市。", {("宜宾市", "PLACE")}, {"酒都宜宾市"}),
    ("离中国酒都仁怀市城区不远的青禾村建起了酒厂。", {("仁怀市", "PLACE")}, {"酒都仁怀市"}),
])
def test_a_citys_title_before_its_name_is_no_part_of_it(nlp, full_nlp, text, wanted, unwanted):
    assert_found(nlp, text, wanted, unwanted)
    assert_found(full_nlp, text, wanted, unwanted)


@pytest.mark.parametrize("text, firm", [
    ("第六届中国丽水科技经贸洽谈会在莲都开幕。", "中国丽水科技"),
    ("衢州科技经贸洽谈会期间签约项目二十个。", "衢州科技"),
])
def test_a_fair_named_for_places_and_a_trade_names_no_firm(nlp, text, firm):
    # "中国某市科技|经贸|洽谈会": places and a trade word, then the fair's head; the trade is the fair's
    assert (firm, "COMPANY") not in ents(nlp, text), ents(nlp, text)


def test_a_firm_with_a_brand_before_a_fair_keeps_its_name(nlp):
    # a brand between the place and the trade ("某市宏达科技|…洽谈会"): the firm's own short name
    assert ("丽水华岭科技", "COMPANY") in ents(nlp, "丽水华岭科技参加经贸洽谈会。")


@pytest.mark.parametrize("text, shop", [
    ("周末在青溪书局的茶座读书。", "青溪书局"),
    ("这本画册由南山书局出版发行。", "南山书局"),
])
def test_a_bookshop_ending_in_ju_is_a_firm_not_an_office(nlp, text, shop):
    # "某某书局": a bookshop or a publisher, a business though 局 ends offices' names
    assert (shop, "COMPANY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", [
    "正在商谈的某沪企智慧仓储基地项目前景较好。",
    "已经签约的某浙企冷链物流园项目年内开工。",
])
def test_a_work_the_paper_leaves_unnamed_by_mou_is_no_project(nlp, text):
    # "某沪企(x)|…项目": jieba glues 某 to the firm's short word; the work is a certain firm's, none named
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT" and t.startswith("某")], ents(nlp, text)


@pytest.mark.parametrize("text, park", [
    ("考察组走进了千里山工业园区。", "千里山工业园区"),
    ("新落户千里岗工业园的企业有三家。", "千里岗工业园"),
])
def test_a_park_whose_first_word_jieba_reads_as_a_measure_keeps_it(nlp, text, park):
    # "千里(q)|山|工业园区": one character is no park's name; a count before the park still is none
    assert (park, "PLACE") in ents(nlp, text), ents(nlp, text)
    assert not [t for t, lab in ents(nlp, "全县建成两个工业园区。") if lab == "PLACE"]


@pytest.mark.parametrize("text, name", [
    ("金刚台静脉产业园项目负责人作了发言。", "金刚台静脉产业园项目"),
    ("新建的白马台生态农业园项目进展顺利。", "白马台生态农业园项目"),
])
def test_a_local_name_jieba_ends_with_a_measure_opens_the_project(nlp, text, name):
    # "金刚(nr)|台(q)|…项目": no count goes without its number, so the measure is the name's last character
    assert (name, "PROJECT") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, office", [
    ("市协作交流办主任李某今天介绍了情况。", "市协作交流办"),
    ("县乡村振兴办副主任王某陪同调研。", "县乡村振兴办"),
])
def test_an_office_ending_in_ban_jieba_reads_as_a_verb_before_its_heads_title(nlp, text, office):
    # "市|协作|交流|办(v)|主任": the head's title after 办 makes it an office's suffix, no verb's
    assert (office, "AGENCY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text", ["他举办主任培训班。", "公司创办主任工作室。"])
def test_a_verb_ending_in_ban_before_a_title_is_no_office(nlp, text):
    assert not [t for t, lab in ents(nlp, text) if lab == "AGENCY"], ents(nlp, text)


@pytest.mark.parametrize("text, firm, project", [
    ("天元航材航天新材料项目将持续完善产业链条。", "天元航材", "航天新材料项目"),
])
def test_a_brand_jieba_holds_as_a_measure_opens_the_firm(nlp, text, firm, project):
    # "天元(q)|航材|…项目": a measure opening a clause, with no number before it, counts nothing
    found = ents(nlp, text)
    assert (firm, "COMPANY") in found and (project, "PROJECT") in found, found


@pytest.mark.parametrize("text, firm", [
    ("公司与青川县信用联社开展合作。", "青川县信用联社"),
    ("平阳县农村信用社向企业发放贷款。", "平阳县农村信用社"),
])
def test_a_credit_cooperative_is_a_firm(nlp, text, firm):
    # a registered financial business, as a bank is; the kind alone names none
    assert (firm, "COMPANY") in ents(nlp, text), ents(nlp, text)
    assert not ents(nlp, "全县农村信用社改革顺利。")


@pytest.mark.parametrize("text, firm", [
    ("省国资委、青海国投与某集团共同出资。", "青海国投"),
    ("甘肃国投投资建设光伏项目。", "甘肃国投"),
])
def test_a_provinces_state_investment_firm_by_its_short_kind_is_whole(nlp, text, firm):
    # "青海|国投": every province short-names its state-owned assets investment firm so; no central firm
    assert (firm, "COMPANY") in ents(nlp, text), ents(nlp, text)
    assert ("国投", "COMPANY") not in ents(nlp, text)


@pytest.mark.parametrize("text, zone", [
    ("项目在西宁（国家级）经济技术开发区开工。", "西宁（国家级）经济技术开发区"),
    ("公司落户宜宾(省级)高新技术产业园区。", "宜宾(省级)高新技术产业园区"),
])
def test_a_zones_rank_in_brackets_is_inside_its_name(nlp, text, zone):
    assert (zone, "PLACE") in ents(nlp, text), ents(nlp, text)


def test_the_desert_gobi_and_barren_land_is_no_place(nlp):
    # 沙戈荒: the kind of land the large wind and solar bases go on
    assert not ents(nlp, "在沙戈荒地区建设大型风电光伏基地。")


@pytest.mark.parametrize("text, office", [
    ("县行政服务中心负责人参加了签约。", "县行政服务中心"),
    ("市政务服务中心开设了企业开办专窗。", "市政务服务中心"),
])
def test_a_countys_government_service_hall_is_an_office(nlp, text, office):
    # the hall where permits are issued, under its two names; 中心 alone ends no office
    assert (office, "AGENCY") in ents(nlp, text), ents(nlp, text)


def test_the_service_hall_by_its_kind_alone_is_no_office(nlp):
    assert not ents(nlp, "机构调整中这个窗口改为行政服务中心。")
    assert ("石泉县政务服务中心", "AGENCY") in ents(nlp, "石泉县政务服务中心开设了专窗。")


@pytest.mark.parametrize("text", [
    "在16个县央地合作项目中，已有三个完工。",
    "今年推进的市校合作项目达到12个。",
])
def test_a_kind_of_partnership_by_its_two_sides_names_no_project(nlp, text):
    # "县央地(x)|合作项目": central and local, city and school: a category of projects
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


def test_a_head_and_the_word_that_opens_its_items_are_no_part_of_the_first(nlp):
    # "…的启动|项目|即|A、B等项目": the first item begins after 即
    text = "该基地的首期项目即10万吨金属镁、50万吨纯碱等项目于去年开工。"
    found = ents(nlp, text)
    assert ("10万吨金属镁", "PROJECT") in found and not [t for t, _ in found if t.startswith("项目")], found


@pytest.mark.parametrize("text", [
    "全区重点项目集中开工现场推进会宁东分会场设在工地。",
    "项目观摩调度会会东分会场设在县城。",
])
def test_a_meetings_hui_read_into_a_county_after_it_names_no_place(nlp, text):
    # "推进|会宁(ns)|东": the meeting ends at 会; 会宁 is no county here
    assert not [t for t, lab in ents(nlp, text) if lab == "PLACE" and t.startswith("会")], ents(nlp, text)


def test_the_creed_that_projects_come_first_names_no_project(nlp):
    # "树牢|项目|为|王|理念": the slogan after its verb
    assert not [t for t, lab in ents(nlp, "青禾基地树牢项目为王理念，全年安排项目百个。") if lab == "PROJECT"]


@pytest.mark.parametrize("text, branch", [
    ("集团市场部、西北分公司相关负责人参加签约仪式。", "西北分公司"),
    ("华东分公司负责人介绍了销售情况。", "华东分公司"),
])
def test_a_branch_named_by_a_region_of_the_country_alone_is_no_firm(nlp, text, branch):
    # "西北|分公司": some firm's branch for the region, the firm named elsewhere or not at all, as 市分行 is
    assert branch not in [t for t, _ in ents(nlp, text)], ents(nlp, text)
    assert ("青禾电力集团公司西北分公司", "COMPANY") in ents(nlp, "青禾电力集团公司西北分公司将在当地建设光伏项目。")


@pytest.mark.parametrize("text, project", [
    ("公司已成为青川港、青川鹤栖湾港区和辽东总部经济大厦项目的重要投资者。", "辽东总部经济大厦项目"),
    ("近日,该公司在锦川鹊栖湾港区和滨海总部基地项目的投资超过十亿元。", "滨海总部基地项目"),
])
def test_a_ports_district_before_he_ends_where_the_joined_project_begins(nlp, text, project):
    # "某某湾|港区|和|某某…项目": a port's district is a place of its own, as a zone is, and the project
    # joined to it by 和 does not run back over it
    found = ents(nlp, text)
    assert (project, "PROJECT") in found and not [t for t, _ in found if "港区和" in t], found
    assert "港区" not in [t for t, _ in ents(nlp, "该港区今年吞吐量增长。")]


@pytest.mark.parametrize("text, unwanted", [
    ("新区着力招引总部型、链主型、平台型等优质企业落户。", {"总部型", "平台型", "链主型"}),
    ("今年要抓好总部型、税源型、首店型项目的招引。", {"首店型项目", "税源型项目"}),
    ("片区将建成宜居宜业的智慧型产业社区。", {"智慧型产业社区"}),
])
def test_a_type_marked_by_xing_names_no_firm_project_or_community(nlp, full_nlp, text, unwanted):
    # "总部|型、基地|型等企业", "首店|型|项目", "智慧型|产业|社区": the type sought, none named
    for pipeline in (nlp, full_nlp):
        assert not {t for t, _ in ents(pipeline, text)} & unwanted, ents(pipeline, text)


@pytest.mark.parametrize("text", [
    "全县上下奋力谱写中国式现代化青禾篇章。",
    "这是一条具有中国式现代化特征的发展路子。",
])
def test_a_manner_named_for_a_place_by_shi_names_no_place(nlp, full_nlp, text):
    # "中国|式|现代化": the way things are done there, no mention of the country
    for pipeline in (nlp, full_nlp):
        assert ("中国", "PLACE") not in ents(pipeline, text), ents(pipeline, text)


@pytest.mark.parametrize("text, kind", [
    ("有条件的村都要组建村级农民茶叶专业合作社。", "村级农民茶叶专业合作社"),
    ("各乡镇通过组建茶专业合作社带动茶农增收。", "茶专业合作社"),
])
def test_a_cooperative_named_by_its_level_and_trades_alone_is_a_kind(nlp, text, kind):
    # "村级|农民|茶叶|专业合作社": a level and trades in a row, the kind every village runs, none named
    assert kind not in {t for t, _ in ents(nlp, text)}, ents(nlp, text)


def test_a_cooperative_named_by_its_village_and_trade_is_still_named(nlp):
    assert ("青禾村茶叶专业合作社", "COMPANY") in ents(nlp, "青禾村茶叶专业合作社与客商签订收购协议。")


@pytest.mark.parametrize("text, place, body", [
    ("青禾村以果蔬产业协会为依托，带动农户增收。", "青禾村", "果蔬产业协会"),
    ("东坪县石桥乡岭下村以茶产业协会为试点推广新技术。", "岭下村", "茶产业协会"),
])
def test_a_villages_yi_frame_before_a_body_ends_the_village(nlp, text, place, body):
    # "某村以(x)|某某协会|为|依托": jieba glues the frame's 以 to the village's level; the body after it is
    # the frame's, no run-on of the village
    got = ents(nlp, text)
    assert (place, "PLACE") in got and (body, "AGENCY") in got, got
    assert not [t for t, _ in got if "以" in t], got


@pytest.mark.parametrize("text", [
    "随着城际铁路建成，青禾县将实现一小时通达粤港澳大湾区。",
    "开通后，从县城出发两小时直达长三角地区。",
])
def test_a_verb_of_reach_before_a_region_is_no_part_of_it(nlp, full_nlp, text):
    # "两小时|通达(nr)|某某大湾区": how far the roads reach, which jieba reads as a person's name
    for pipeline in (nlp, full_nlp):
        got = ents(pipeline, text)
        assert not [t for t, _ in got if t.startswith(("通达", "直达"))], got


@pytest.mark.parametrize("text", [
    "主要建设内容包括精品民宿、温泉、酒窖、研学基地等项目。",
    "景区将建设湿地、森林、温泉等项目。",
])
def test_a_kind_of_site_alone_in_a_list_of_projects_is_no_place(nlp, text):
    # "包括民宿、温泉、酒窖等项目": the kinds of site the projects are built at, no town named 温泉
    assert ("温泉", "PLACE") not in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, pair", [
    ("两地将以此为契机，深化深港合作。", "深港"),
    ("此行为深化岭港经贸交流合作注入新动能。", "岭港"),
])
def test_a_short_name_paired_with_hong_kong_names_no_port(nlp, full_nlp, text, pair):
    # "深港|合作", "某港|经贸": a place's one-character short name beside Hong Kong's, two places side by
    # side, no port of one character
    for pipeline in (nlp, full_nlp):
        assert (pair, "PLACE") not in ents(pipeline, text), ents(pipeline, text)


@pytest.mark.parametrize("text, place", [
    ("项目年内将投产。（中国台湾网浙江省台办通讯员 青禾）", "中国台湾"),
    ("新厂房已封顶。（中国台湾网江苏省台办通讯员 东岚）", "中国台湾"),
])
def test_a_site_before_its_correspondents_body_and_title_is_no_place(nlp, full_nlp, text, place):
    # "某某网|某省台办|通讯员 某某": the site's byline, the body its correspondent writes from between
    for pipeline in (nlp, full_nlp):
        assert (place, "PLACE") not in ents(pipeline, text), ents(pipeline, text)


def test_a_listed_item_sized_by_a_rate_is_a_project(nlp):
    # "10万吨/年|金属镁": the rate is one word, a capacity as "10|万吨" is
    found = ents(nlp, "本次开工的有8万吨/年金属镁、30万吨/年纯碱、5万吨氯化钙项目等项目。")
    assert ("8万吨/年金属镁", "PROJECT") in found and ("30万吨/年纯碱", "PROJECT") in found, found


@pytest.mark.parametrize("text, kind", [
    ("持卡人可以与发卡银行协商分期还款。", "发卡银行"),
    ("出现问题请拨打发卡银行的客服热线。", "发卡银行"),
    ("两家商业银行和一家信托公司参与了重组。", "商业银行"),
])
def test_a_kind_of_bank_or_firm_by_its_trade_alone_is_no_firm(nlp, text, kind):
    # "发卡银行", "信托公司": whichever bank issued the card, any trust; a firm of the kind is named by its brand
    assert (kind, "COMPANY") not in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, body", [
    ("失实报道已提请新闻出版总署查处。", "新闻出版总署"),
    ("据知识产权总署统计，申请量继续上升。", "知识产权总署"),
])
def test_a_general_administration_named_by_its_field_alone_is_an_agency(nlp, text, body):
    # "某某总署": a state's general administration needs no place or level before its field, as a ministry's name
    assert (body, "AGENCY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("镇上新开了一家湘味餐厅，生意火爆。", "湘味餐厅"),
    ("青梧市出口额有所下降。", "青梧市出口额有所"),
])
def test_a_restaurant_or_somewhat_ending_in_an_office_character_is_no_office(nlp, text, word):
    # "某某餐厅": a restaurant, no department though it ends in 厅; "有所" ("somewhat") ends in 所, no institute
    assert (word, "AGENCY") not in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("原告未因海鸥旅游公司违约而受损。", "海鸥旅游公司"),
    ("旅客未因蓝天航空公司延误而索赔。", "蓝天航空公司"),
    ("此事未向海鸥旅游公司通报。", "海鸥旅游公司"),
])
def test_a_negation_glued_to_a_preposition_opens_no_firm(nlp, text, firm):
    # "未因(x)|某某公司": jieba guesses the negation and the preposition as one word; the firm begins after it
    assert (firm, "COMPANY") in ents(nlp, text), ents(nlp, text)


def test_a_countys_environment_branch_bureau_is_an_office(nlp):
    # the city bureau's branch in each county, named by the county's level: "县|生态环境(l)|分局"
    found = ents(nlp, "县财政局、县政务服务中心、县生态环境分局等单位参加了会议。")
    assert ("县生态环境分局", "AGENCY") in found and ("县政务服务中心", "AGENCY") in found, found


@pytest.mark.parametrize("text", [
    "双方将组建合资公司，市场化运营有关康养项目。",
    "两地将围绕具体农旅项目深化合作。",
    "县里将统筹推进相关体育项目。",
])
def test_the_projects_of_a_field_a_clause_concerns_are_no_project(nlp, text):
    # "有关|康养项目", "具体|农旅项目": the projects of a field the plan concerns or will pick, none named,
    # even where the clause's verb stands before the determiner
    assert not [t for t, lab in ents(nlp, text) if lab == "PROJECT"], ents(nlp, text)


def test_a_second_product_after_a_conjunction_still_heads_a_project(nlp):
    # after 及 the same word opens a second product of one named work
    assert ("年产5万吨输送带及相关配件项目", "PROJECT") in ents(nlp, "公司将建设年产5万吨输送带及相关配件项目。")


@pytest.mark.parametrize("text", [
    "该村运营公司由村级股份经济合作社全额出资设立。",
    "各村由镇级农机专业合作社统一代耕代种。",
    "公司由农民股份经济合作社出资组建，村民按股分红。",
])
def test_a_cooperative_named_by_its_level_or_form_alone_is_no_firm(nlp, text):
    # "村级|股份经济合作社": the kind every village holds, at that level anywhere; nor does a firm's short name
    # end at 股份 where the co-operative's form goes on ("…股份|经济合作社")
    assert not [t for t, lab in ents(nlp, text) if lab == "COMPANY"], ents(nlp, text)


def test_a_villages_cooperative_by_shares_is_still_named(nlp):
    assert ("桂花村股份经济合作社", "COMPANY") in ents(nlp, "桂花村股份经济合作社与公司签订了合作协议。")


@pytest.mark.parametrize("text", [
    "村里修通了水泥路，柏油路也铺到了家门口。",
    "青禾村的沥青路平整宽阔，一直通到山脚。",
    "今年全村铺设水泥路5公里。",
    "该村硬化沥青路3公里，方便群众出行。",
])
def test_a_road_named_by_its_paving_is_no_street(nlp, text):
    # "水泥路", "沥青路": the kind of road a village lays, alone or after the clause's verb, no street named
    assert not [t for t, lab in ents(nlp, text) if lab == "PLACE" and t.endswith("路")], ents(nlp, text)


def test_a_named_street_beside_a_paved_road_is_still_a_street(nlp):
    assert ("解放路", "PLACE") in ents(nlp, "店铺位于解放路与水泥路交叉口。")


@pytest.mark.parametrize("text, park", [
    ("该县产业园共规划两处，即城西北食品产业园和城南物流园。", "城西北食品产业园"),
    ("新区共规划两片,即城东北智能制造产业园和城北物流园。", "城东北智能制造产业园"),
])
def test_the_word_opening_a_list_of_parks_is_no_part_of_the_first(nlp, text, park):
    # "规划两处，|即|城西北…产业园": 即 opens the items the count announced; the first park begins after it
    got = [(t, lab) for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert (park, "PROJECT") in got and not any(t.startswith("即") for t, _ in got), got


@pytest.mark.parametrize("text, project", [
    ("数字票据生产及推广应用项目由某某科技公司投资建设，总投资3000万元。", "数字票据生产及推广应用项目"),
    ("智能农机生产及推广项目由青禾农机投资建设。", "智能农机生产及推广项目"),
])
def test_a_business_and_the_work_done_with_its_product_join_in_one_project(nlp, text, project):
    # "生产|及|推广应用(i)|项目": jieba reads the second work as an idiom or a verb right before the head;
    # the clause that names who builds it says which project it is
    assert (project, "PROJECT") in ents(nlp, text), ents(nlp, text)


def test_the_same_works_of_no_builder_name_no_project(nlp):
    assert not [t for t, lab in ents(nlp, "今年将推进数字票据生产及推广项目。") if lab == "PROJECT"]


@pytest.mark.parametrize("text, firm", [
    ("数字包装生产项目由湖南金汇源印业投资建设。", "湖南金汇源印业"),
    ("签约企业中，江西宏图印业将投资建设新厂房。", "江西宏图印业"),
])
def test_a_printer_short_named_by_its_trade_is_a_firm(nlp, text, firm):
    # "某某印业": a printer named by its brand and trade, as 纸业 and 塑业 name makers
    assert (firm, "COMPANY") in ents(nlp, text), ents(nlp, text)


@pytest.mark.parametrize("text, district, firm", [
    ("代表团参观了襄州区湖北华创智能装备公司。", "襄州区", "湖北华创智能装备公司"),
    ("他还到淮阳区河南宏达钻石科技公司调研。", "淮阳区", "河南宏达钻石科技公司"),
])
def test_a_district_jieba_cuts_before_a_firm_its_province_opens_is_where_it_is(nlp, text, district, firm):
    # "某州|区|湖北某某公司": jieba cuts the district's level off its name; the firm's name opens with its
    # province all the same, and the district before it is where it stands
    got = ents(nlp, text)
    assert (district, "PLACE") in got and (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, town", [
    ("考察团表示愿同柳塘镇在乡村旅游方面合作。", "柳塘镇"),
    ("我们愿向白沙乡学习发展经验。", "白沙乡"),
    ("市民点赞白沙乡这几年的变化。", "白沙乡"),
    ("游客频频点赞柳塘镇的花海。", "柳塘镇"),
])
def test_a_wish_or_praise_jieba_guesses_as_one_word_is_no_part_of_the_town_after_it(nlp, text, town):
    # "愿同(x)|某某镇", "点赞(x)|某某乡": the clause's words, which jieba does not know and glues to no tag
    got = ents(nlp, text)
    assert (town, "PLACE") in got and not [t for t, _ in got if t != town and t.endswith(town)], got


@pytest.mark.parametrize("text, firm", [
    ("副县长致辞,对金横港集团的支持表示感谢。", "金横港集团"),
    ("他表示欢迎,对大横琴集团发展历程进行介绍。", "大横琴集团"),
])
def test_a_clause_preposition_jieba_glues_to_a_brand_is_no_part_of_the_firm(nlp, text, firm):
    # ",对金(x)|横港|集团": the clause opens with its preposition; the firm's name starts after it
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t != firm and t.endswith(firm)], got


@pytest.mark.parametrize("text, firm", [
    ("由中铁华东工程局集团苏州工程有限公司承建。", "中铁华东工程局集团苏州工程有限公司"),
    ("中铁华南工程局集团广州工程有限公司揭牌成立。", "中铁华南工程局集团广州工程有限公司"),
])
def test_a_units_legal_name_holds_its_groups_name_opened_by_a_known_short_name(nlp, text, firm):
    # "中铁|华东|工程局|集团|苏州|工程|有限公司": the group's name opens with a known firm's short name, past the limit
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not [t for t, _ in got if t != firm and t in firm], got


@pytest.mark.parametrize("text", [
    "中塘镇可以和旅行社等企业达成合作。",
    "合作社为超市、餐馆等企业供应蔬菜。",
    "景区将与酒店、民宿等企业对接。",
])
def test_a_business_listed_by_its_kind_alone_is_no_firm(nlp, text):
    # "旅行社、酒店等企业": the kinds a trade serves, which the head after 等 would type as firms; none is named
    assert not [t for t, lab in ents(nlp, text) if lab == "COMPANY"], ents(nlp, text)


@pytest.mark.parametrize("text, zone", [
    ("4月12日福建自由贸易试验区举行新闻发布会。", "福建自由贸易试验区"),
    ("9月3日南宁高新区召开项目推进会。", "南宁高新区"),
])
def test_a_date_in_digits_before_a_zone_is_no_part_of_its_name(nlp, text, zone):
    # "4|月|12|日|福建|自由贸易试验区": when the clause happened, then the zone; the day is no name's start
    got = [(t, lab) for t, lab in ents(nlp, text) if lab == "PLACE"]
    assert (zone, "PLACE") in got and not any(t[0].isdigit() for t, _ in got), got


@pytest.mark.parametrize("text, name, label", [
    ("林溪教育城已开工建设配套道路。", "林溪教育城", "PROJECT"),
])
def test_an_adverb_jieba_glues_to_a_name_is_cut_off(nlp, text, name, label):
    # "林溪|教育|城已|开工": jieba's guess glues the clause's 已 to the name's last character
    got = ents(nlp, text)
    assert (name, label) in got and not any(t.endswith("已") for t, _ in got), got


def test_an_adverb_glued_to_the_verb_after_a_phase_opens_no_project(nlp):
    # "该项目二期|已获|项目立项": the phase, then what it got; no project is named
    got = [t for t, lab in ents(nlp, "目前,该项目二期已获项目立项和环评批复。") if lab == "PROJECT"]
    assert not got, got


@pytest.mark.parametrize("text", [
    "该项目入选“华远集团2024年度绿色低碳示范项目”。",
    "青禾集团2023年度重点技改项目已全部完工。",
])
def test_a_date_unit_left_after_its_year_opens_no_project(nlp, text):
    # "某某集团|2024|年度|…项目": the firm, then the year it lists its projects in; 年度 opens no name
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert not any(t.startswith("年度") for t in got), got


@pytest.mark.parametrize("text", [
    "该镇依托镇属强村公司发展林下种植。",
    "青山乡依托乡属强村公司收购茶青。",
])
def test_a_firm_a_township_owns_named_by_its_kind_is_none(nlp, text):
    # "镇属|强村公司": whose kind of firm, as 县属企业 is; no firm is named
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert not got, got


@pytest.mark.parametrize("text, firm", [
    ("招商专班紧盯华电集团、国投集团等央企。", "华电集团"),
    ("今年我们紧盯中铁集团,争取项目落地。", "中铁集团"),
])
def test_the_drive_verb_before_a_group_is_no_part_of_its_name(nlp, text, firm):
    # "紧盯(z)|华电集团": jieba tags the drive a state word; the firm it targets starts after it
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert firm in got and not any(t.startswith("紧盯") for t in got), got


@pytest.mark.parametrize("text, park", [
    ("农业博览会青禾现代农业产业园项目推介会在南宁举行。", "青禾现代农业产业园"),
    ("茶叶博览会林溪生态茶产业园项目推介会同期举行。", "林溪生态茶产业园"),
])
def test_a_fair_before_the_park_it_presents_is_no_part_of_its_name(nlp, text, park):
    # "农业博览会|青禾|现代农业产业园…推介会": the fair, then the park named by its own name
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert park in got and not any("博览会" in t for t in got), got


@pytest.mark.parametrize("text, project", [
    ("其中河北青禾首期特种浮法玻璃项目已于近日投产。", "河北青禾首期特种浮法玻璃项目"),
    ("山东华林首期年产5万吨纸浆项目上月开工。", "首期年产5万吨纸浆项目"),
])
def test_the_first_phase_is_a_phase_of_the_project(nlp, text, project):
    # "首期(t)": the first phase, which jieba tags a time, belongs to the project's name as 一期 does
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got, got


@pytest.mark.parametrize("text, project", [
    ("青禾纸浆项目上月开工。", "青禾纸浆项目"),
    ("林溪二期风电项目下月投产,华林物流园项目上月竣工。", "华林物流园项目"),
])
def test_a_time_jieba_cuts_in_two_is_no_part_of_the_project(nlp, text, project):
    # "…项目|上(f)|月(m)|开工": when the status came, as 近日 says, not the project's name
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got and not any(t.endswith("月") for t in got), got


@pytest.mark.parametrize("text, project", [
    ("投资2亿元的新禾农业智能温室大棚项目开工。", "新禾农业智能温室大棚项目"),
    ("总投资3亿元的老栾食品深加工项目落户本县。", "老栾食品深加工项目"),
])
def test_a_brand_opened_by_new_or_old_keeps_its_first_character(nlp, text, project):
    # "的|新(a)|禾(n)|农业…项目": jieba leaves the brand's second character alone; 新 is the brand's, not "new"
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got, got


def test_ji_before_a_firms_whole_name_opens_the_next_item_of_a_list(nlp):
    # "…硅胶制品|及|河北|鑫友|年产…": 及 joins one project's products, but a place and a brand before a
    # capacity are a firm's name, which opens an item of its own
    text = "山东林溪年产2万吨硅胶制品、河北华科年产5万件塑料托盘及河北鑫友年产30台套环保设备等3个项目陆续进场。"
    got = ents(nlp, text)
    assert ("河北鑫友", "COMPANY") in got and ("年产30台套环保设备", "PROJECT") in got, got
    assert not any("及" in t for t, lab in got), got


@pytest.mark.parametrize("text, road", [
    ("加快推进廊邢高速、大广高速等重大基础设施项目建设。", "廊邢高速"),
    ("推进青禾物流园、湘黔铁路等项目。", "湘黔铁路"),
])
def test_a_road_named_by_its_two_ends_one_character_each_is_a_project(nlp, text, road):
    # "廊|邢|高速": the short names of the places the road joins, which jieba writes apart; a particular road
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert road in got, got


def test_a_firm_named_after_its_line_is_the_line_in_a_list_of_projects(nlp):
    # "京沪高铁" is a listed firm's short name and the railway it runs; among roads in a list of projects, the railway
    got = ents(nlp, "加快推进京沪高铁、青禾物流园等重大基础设施项目建设。")
    assert ("京沪高铁", "PROJECT") in got, got
    assert ("京沪高铁", "COMPANY") in ents(nlp, "京沪高铁今年盈利。")


@pytest.mark.parametrize("text, firm", [
    ("中交第三公路工程局副总经理上台发言。", "中交第三公路工程局"),
    ("该码头由中交第二航务工程局承建。", "中交第二航务工程局"),
])
def test_a_numbered_builder_with_its_field_before_its_unit_is_a_firm(nlp, text, firm):
    # "中交|第三|公路|工程局": the group's numbered unit, named with the field it builds in; no government bureau
    assert (firm, "COMPANY") in ents(nlp, text)


@pytest.mark.parametrize("text, project", [
    ("其中，涛圩光伏电站项目投资为7亿元。", "涛圩光伏电站项目"),
    ("柳铺物流园项目上周开工。", "柳铺物流园项目"),
])
def test_a_settlement_jieba_cuts_into_a_surname_and_its_word_opens_the_project(nlp, text, project):
    # "涛(nr)|圩(zg)|光伏电站项目": the market town the plant is named after, not a project of no place
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got, got


def test_a_road_from_a_county_jieba_cuts_in_two_keeps_its_start(nlp):
    # "道(q)|县(zg)|至|青山公路…": the county the road starts from, which jieba reads as a measure and a morpheme
    got = [t for t, lab in ents(nlp, "G207道县至青山公路改建项目今年开工。") if lab == "PROJECT"]
    assert "G207道县至青山公路改建项目" in got, got


@pytest.mark.parametrize("text, firm", [
    ("全力扶持瑞禾药业上市,力争瑞禾药业产值增长两成。", "瑞禾药业"),
    ("园区将力求鼎盛集团年内扩产。", "鼎盛集团"),
])
def test_a_striving_verb_jieba_tags_a_name_opens_no_firm(nlp, text, firm):
    # "力争(nz)|某某药业|产值…": the target striven for, then the firm; jieba's dictionary tags the verb a name
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert firm in got and not any(t.startswith(("力争", "力求")) for t in got), got


@pytest.mark.parametrize("text", [
    "一号露天矿开工仪式在矿区隆重举行。",
    "该煤矿位于矿区东部,矿区面积80平方公里。",
])
def test_a_mining_area_by_its_kind_names_no_place(nlp, text):
    # "在|矿区|举行": the mine's area alone; a mining area is named by its field (某某矿区)
    got = [t for t, lab in ents(nlp, text) if lab == "PLACE"]
    assert "矿区" not in got, got


@pytest.mark.parametrize("text, project", [
    ("青川县蔬菜产业化发展及产品深加工项目签约仪式在县城举行。", "青川县蔬菜产业化发展及产品深加工项目"),
    ("石门乡茶叶产业化发展项目进展顺利。", "石门乡茶叶产业化发展项目"),
])
def test_a_trades_development_into_an_industry_is_part_of_its_project(nlp, text, project):
    # "蔬菜|产业化|发展|及|…项目": the trade's development the project is named for, no clause's verb
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got, got


@pytest.mark.parametrize("text, army", [
    ("据报道，美军在青石岛附近部署了两艘补给舰。", "美军"),
    ("守军在河口阻击日军先头部队三天。", "日军"),
    ("俄海军的远洋编队昨日返航。", "俄海军"),
    ("苏军部队随后越过了界河。", "苏军部队"),
])
def test_a_state_army_by_its_one_character_name_is_an_agency(nlp, text, army):
    # "美军", "俄海军": the state's armed forces, an organ of it, as 美国海军 is
    got = ents(nlp, text)
    assert (army, "AGENCY") in got, got


@pytest.mark.parametrize("text", ["他在比赛中获得亚军。", "帐前中军听令出发。", "他最喜欢的游戏是《德军总部》。"])
def test_no_army_without_a_state_or_inside_a_title(nlp, text):
    # 亚军 (runner-up) and 中军 (a classical army's centre) name no state's army; a game's title is its own name
    got = [t for t, lab in ents(nlp, text) if lab == "AGENCY"]
    assert not got, got


@pytest.mark.parametrize("text, body", [
    ("青梧市公安局禁毒支队昨日破获一起案件。", "青梧市公安局禁毒支队"),
    ("市公安局刑侦支队民警随即赶到现场。", "市公安局刑侦支队"),
    ("美国国防部导弹防御局宣布拦截试验成功。", "美国国防部导弹防御局"),
    ("俄国防部战略导弹部队发言人表示，演习按计划进行。", "俄国防部战略导弹部队"),
])
def test_a_unit_under_a_named_office_is_one_agency_with_it(nlp, text, body):
    # "某市公安局|禁毒|支队", "某国国防部|导弹|防御|局": the office names whose unit or bureau it is
    got = [t for t, lab in ents(nlp, text) if lab == "AGENCY"]
    assert got == [body], got


def test_a_head_of_a_unit_after_an_office_stays_apart(nlp):
    # "县公安局|治安|大队长|某某": the unit's head's title, no unit named; nor a unit listed after 和
    got = [t for t, lab in ents(nlp, "县公安局治安大队长王某某介绍，县公安局和交警大队联合执法。") if lab == "AGENCY"]
    assert "县公安局" in got and not any(t.endswith(("大队长", "和交警大队")) for t in got), got


@pytest.mark.parametrize("text, body", [
    ("美国参议院昨日以微弱多数否决了这项预算案。", "美国参议院"),
    ("日本国会下周将审议新的渔业法。", "日本国会"),
    ("西班牙议会通过了一项关于港口的动议。", "西班牙议会"),
])
def test_a_legislature_named_by_its_country_is_an_agency(nlp, text, body):
    # a state's legislature is an organ of the state, as its government is; alone (国会) it is any state's
    got = ents(nlp, text)
    assert (body, "AGENCY") in got, got
    assert not [t for t, lab in ents(nlp, "议员们在国会大厅里争论了一整天。") if lab == "AGENCY"]


@pytest.mark.parametrize("text, firm", [
    ("该路段由湖南宏达爆破工程有限公司承建。", "湖南宏达爆破工程有限公司"),
    ("桥梁主体由四川华川安装工程有限公司施工。", "四川华川安装工程有限公司"),
    ("该隧道由贵州黔安爆破工程有限公司承建,工期一年。", "贵州黔安爆破工程有限公司"),
])
def test_a_trade_read_as_a_verb_before_a_works_word_stays_in_the_legal_name(nlp, text, firm):
    # "宏达|爆破(v)|工程|有限公司": the trade and its works word are the firm's, no project cut before the form
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not any(lab == "PROJECT" and firm.startswith(t) for t, lab in got), got


@pytest.mark.parametrize("text, project", [
    ("此次开工的华星五期面板项目占地300亩。", "华星五期面板项目"),
    ("此次奠基的青禾九期奶粉工厂项目年产3万吨。", "青禾九期奶粉工厂项目"),
    ("园区内的绿源七期饲料工厂项目正在建设。", "绿源七期饲料工厂项目"),
])
def test_a_phase_past_the_fourth_stays_in_its_project_name(nlp, text, project):
    # "某某|九期(t)|奶粉工厂|项目": a later phase is the project's own, as 一期 to 四期 are, no time cutting it
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, firm", [
    ("活动由遵义交投集团承办。", "遵义交投集团"),
    ("会上,遵义产投集团作了发言。", "遵义产投集团"),
])
def test_a_city_read_as_a_verb_opens_its_groups_short_name(nlp, text, firm):
    # "由|遵义(v)|交投集团(nt)": the city jieba reads as a verb is the group's, named as one word after it
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got, got


@pytest.mark.parametrize("text, town", [
    ("该公司已入驻滇南物流新城。", "滇南物流新城"),
    ("一批商户落户城东商贸新城。", "城东商贸新城"),
])
def test_a_new_town_of_a_logistics_or_a_trade_hub_is_no_firm(nlp, text, town):
    # "某某物流|新城": 物流 would close a firm's short name (某某物流) before a bare 新城
    got = ents(nlp, text)
    assert (town, "PLACE") in got and not any(lab == "COMPANY" for _, lab in got), got


@pytest.mark.parametrize("text, firm", [
    ("南坪村岚峰茶厂有茶园500亩。", "岚峰茶厂"),
    ("滇岭糖厂今年榨季收购甘蔗30万吨。", "滇岭糖厂"),
    ("厂长说,沙溪坳茶厂已带动120户茶农增收。", "沙溪坳茶厂"),
])
def test_a_named_tea_or_sugar_factory_is_a_firm(nlp, text, firm):
    # "某某茶厂", "某某糖厂": a factory with a name of its own is a business, no street or village
    got = ents(nlp, text)
    assert any(lab == "COMPANY" and t.endswith(firm) for t, lab in got), got


@pytest.mark.parametrize("text", [
    "双方签署了《青川产业园开发有限公司中外合资公司经营合同》。",
    "中泰合资公司成立后将加快园区建设。",
    "“中马合资公司组建后,双方将共建园区。”",
])
def test_a_joint_venture_named_by_its_partners_countries_alone_is_no_firm(nlp, text):
    # "中外合资|公司", "中|泰|合资|公司": the kind of firm the partners set up, none named
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert not any(t.endswith(("合资公司", "合营企业")) for t in got), got


@pytest.mark.parametrize("text, name, label", [
    ("西江大学和永嘉县政府签署校地合作协议。", "永嘉县政府", "AGENCY"),
    ("双方将深化西江大学和启东经济开发区的科技合作。", "启东经济开发区", "PLACE"),
])
def test_the_conjunction_after_a_college_read_as_a_person_opens_no_name(nlp, text, name, label):
    # "西江大学|和启东(nr)|经济开发区": jieba reads the list's 和 and the place as a person's name; the
    # office or the zone starts after the conjunction, and the college is no part of it
    got = ents(nlp, text)
    assert (name, label) in got and not any(t.startswith(("和", "西江")) for t, _ in got), got


@pytest.mark.parametrize("text, villages, clause", [
    ("产业基础相近、区位相邻的青石村、柳河村等6个村联合成立强村公司。", {"青石村", "柳河村"}, "相近"),
    ("交通便利、土地平整的东坝、西坝等3个村开展联建。", {"东坝", "西坝"}, "便利"),
])
def test_what_a_list_of_villages_shares_is_no_village(nlp, text, villages, clause):
    # "产业基础|相近、…的A村、B村等6个村": a noun and what is said of it, before the villages it qualifies
    got = {t for t, lab in ents(nlp, text) if lab == "PLACE"}
    assert villages <= got and clause not in got, got


@pytest.mark.parametrize("text, firm", [
    ("公司与江苏东岳能源发展集团股份有限公司签约。", "江苏东岳能源发展集团股份有限公司"),
    ("浙江华越投资发展控股集团有限公司在当地投资。", "浙江华越投资发展控股集团有限公司"),
])
def test_two_legal_forms_jieba_writes_as_one_word_keep_the_trade_verb(nlp, text, firm):
    # "…能源|发展|集团股份(nz)|有限公司": two forms in one word of jieba's, after the firm's trade and its
    # verb; the legal name runs on to 有限公司, as "…发展|集团|有限公司" does
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert got == [firm], got


@pytest.mark.parametrize("text", [
    "园区将重点招引新一代电子信息、医疗器械等优质企业。",
    "该镇积极引进生物医药、医疗器械等龙头企业。",
])
def test_the_fields_firms_are_sought_in_name_no_firm(nlp, text):
    # "招引新一代|电子信息、医疗器械等|优质企业": the fields, in ordinary nouns, of the firms sought
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert not got, got


@pytest.mark.parametrize("text", [
    "全镇9个行政村跨村联建，共同出资成立强村公司。",
    "两个镇跨镇合作建设农产品加工园。",
    "三个村跨村抱团发展乡村旅游。",
])
def test_working_across_villages_or_towns_names_no_place(nlp, text):
    # "9个行政村|跨村(x)|联建": the villages join across their bounds; 跨村 is a campaign's pair, no village
    got = [t for t, lab in ents(nlp, text) if lab == "PLACE"]
    assert not any(t.endswith(("跨村", "跨镇")) for t in got), got


@pytest.mark.parametrize("text", [
    "将青港物流枢纽港打造成为区域一流的示范区。",
    "推进东湾物流枢纽建设，完善货运网络。",
])
def test_a_places_freight_hub_is_no_logistics_firm(nlp, text):
    # "某区物流|枢纽港": the place's hub of freight, no firm named 某区物流, nor a port named by its kind
    got = ents(nlp, text)
    assert not [t for t, lab in got if lab == "COMPANY"] and "枢纽港" not in {t for t, _ in got}, got


@pytest.mark.parametrize("text, firm", [
    ("目前，这款战机的生产商青禾航空工业公司尚未回应。", "青禾航空工业公司"),
    ("协会表示支持会员单位青梧影视传媒股份有限公司的做法。", "青梧影视传媒股份有限公司"),
    ("国内最大的铜材提供商金溪铜业也在名单上。", "金溪铜业"),
])
def test_the_part_a_firm_plays_said_before_it_is_no_part_of_its_name(nlp, text, firm):
    # "生产商|青禾航空工业公司", "会员单位|…": the firm's part, as 供应商 and 开发商 are, then its name
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert firm in got and not any(t.endswith(firm) and t != firm for t in got), got


@pytest.mark.parametrize("text, firm", [
    ("据青梧银行票据管理部总经理王某介绍，额度已用完。", "青梧银行"),
    ("远帆证券策略研究部主管李某表示，行情仍将震荡。", "远帆证券"),
])
def test_a_department_after_a_firm_is_the_firm_s_no_office(nlp, text, firm):
    # "青梧银行|票据|管理部": the bank's own department, whose head speaks; the bank is named, no office
    got = ents(nlp, text)
    assert (firm, "COMPANY") in got and not any(lab == "AGENCY" for _, lab in got), got


@pytest.mark.parametrize("text, body", [
    ("美军太平洋舰队发言人表示将加强巡航。", "美军太平洋舰队"),
    ("俄军西部战区举行演习。", "俄军西部战区"),
])
def test_a_command_of_a_state_army_is_one_agency_with_it(nlp, text, body):
    # "美军|太平洋|舰队": the army's command, named by where it serves; no army alone and a fleet apart
    assert (body, "AGENCY") in ents(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("该区将做大做强红岭重工有限公司。", "红岭重工有限公司"),
    ("全力做强做大青枫机械、松岗电气等骨干企业。", "青枫机械"),
    ("铁北区做大做强长河机床、北岭重工等一批重点企业。", "长河机床"),
])
def test_a_clause_phrase_cut_into_characters_is_no_part_of_the_firm_after_it(nlp, text, firm):
    # "做|大|做|强长河机床": jieba cuts the phrase it does not know as one word into characters and glues the
    # last to the name after it; the phrase is the clause's, and the firm's name starts after it
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert firm in got and not any(t.endswith(firm) and t != firm for t in got), got


@pytest.mark.parametrize("text, works", [
    ("园区的中小企业孵化器平台建设进展顺利。", "中小企业孵化器平台"),
    ("开发区的中小企业创业孵化基地建设进展顺利。", "中小企业创业孵化基地"),
])
def test_a_kind_of_firm_by_size_heading_a_works_is_no_firm(nlp, text, works):
    # "中小企业|孵化器平台": the hub serves firms of a size, none named; the whole is the park's works
    got = ents(nlp, text)
    assert (works, "PROJECT") in got and not any(lab == "COMPANY" for _, lab in got), got


@pytest.mark.parametrize("text, project", [
    ("青禾高新·德阳智能装备产业园项目开工。", "青禾高新·德阳智能装备产业园项目"),
    ("远帆高速·临江物流园项目签约。", "远帆高速·临江物流园项目"),
])
def test_a_brand_ending_in_a_trade_jieba_reads_as_an_adverb_opens_the_dotted_project(nlp, text, project):
    # "青禾|高新(d)|·|德阳…产业园项目": the developer's brand, whose trade jieba reads as an adverb, then the
    # dot: the brand is the project's, as "京东·…" is, and the project's name starts no later than it
    got = ents(nlp, text)
    assert (project, "PROJECT") in got, got


@pytest.mark.parametrize("text, firm", [
    ("目前已立项的龙川县青禾水泥包装制品有限公司，首期投资3000万元。", "龙川县青禾水泥包装制品有限公司"),
    ("目前已投产的兴宁县远帆包装印刷有限公司，年产值过亿元。", "兴宁县远帆包装印刷有限公司"),
])
def test_a_packaging_trade_keeps_the_brand_before_it_in_the_firm_s_name(nlp, text, firm):
    # jieba reads 包装 as a verb ("…|包装|制品有限公司"): the trade is a noun inside the name, and no
    # bare "制品有限公司" is a firm
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert got == [firm], got


def test_a_town_s_government_by_its_short_form_is_an_office(nlp):
    # "黄岭镇府", "沙溪乡府": the town's people's government as Guangdong's papers write it, no town alone
    # nor junk after it
    got = ents(nlp, "县国土资源局委托黄岭镇府征地，沙溪乡府负责补偿。")
    assert ("黄岭镇府", "AGENCY") in got and ("沙溪乡府", "AGENCY") in got, got


@pytest.mark.parametrize("text", [
    "新区获批后，准予实行现行国家级经济技术开发区的政策。",
    "园区参照现行省级高新技术产业园区的政策执行。",
])
def test_a_zone_kind_whose_rules_are_in_force_is_no_place(nlp, text):
    # "实行|现行|国家级经济技术开发区的政策": the kind of zone a policy is borrowed from, none named
    got = ents(nlp, text)
    assert not any(t.startswith("现行") for t, _ in got), got


@pytest.mark.parametrize("text", [
    "该镇组建了农村集体经济平台公司，统一经营。",
    "各村成立集体经济公司，由村集体经济合作社持股。",
])
def test_a_collective_firm_by_its_kind_alone_names_no_company(nlp, text):
    # "农村|集体经济|平台|公司": a village collective's firm in general, one of many a programme sets up
    got = [t for t, lab in ents(nlp, text) if lab == "COMPANY"]
    assert not got, got


@pytest.mark.parametrize("text, project", [
    ("其中，投资冷链物流中心项目，鑫达商贸有限公司投资2亿元。", "冷链物流中心项目"),
    ("投资农产品深加工项目，由东海食品有限公司建设。", "农产品深加工项目"),
    ("另有：兴建智能仓储基地项目，青禾物流有限公司出资。", "智能仓储基地项目"),
])
def test_an_investing_verb_opening_a_list_item_is_no_part_of_the_project(nlp, text, project):
    # "；投资|冷链物流中心项目，某公司投资…": the item's verb, then the project it invests in
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got and not any(t.endswith(project) and t != project for t in got), got


@pytest.mark.parametrize("text, project", [
    ("其中，高速物流园项目由青禾物流有限公司建设。", "高速物流园项目"),
    ("高新材料产业园项目进展顺利。", "高新材料产业园项目"),
])
def test_a_trade_jieba_reads_as_an_adverb_opens_the_project_at_a_clause_start(nlp, text, project):
    # "高速(d)|物流园|项目": the trade the project is of, kept as it is after a verb ("建设|高速物流园项目")
    got = [t for t, lab in ents(nlp, text) if lab == "PROJECT"]
    assert project in got and not any(project.endswith(t) and t != project for t in got), got


@pytest.mark.parametrize("text, unwanted", [
    # a place inside a quoted list of goals is a goal's word (a sentence with 、, 的 and an opening quote)
    ("全力打造“江北水城、运河古都”的发展定位。", {"江北水城"}),
    ("打造“大美临沂、实力临沂、幸福临沂”的发展目标。", {"临沂"}),
    # a person's name after a title, or in a list of people (a sentence with a title, or with 、)
    ("县委书记钱福安出席了签约仪式。", {"福安"}),
    ("钱福安、赵德明等领导陪同考察。", {"福安"}),
    # (and with no title in the sentence: only the list says the names are people's)
    ("钱福安、赵德明等陪同考察。", {"福安"}),
    ("郑文红、钱福安等人参加。", {"福安"}),
])
def test_place_tests_asked_once_per_sentence(rules_only, text, unwanted):
    assert not {t for t, _ in ents(rules_only, text)} & unwanted


def test_sentence_marks_of_the_place_tests(rules_only):
    """The sentence-wide tests that let the place filter skip a test hold for every mark the test needs."""
    rules = rules_only.get_pipe("kg_entity_rules")
    assert rules.rules.person_title_ends and rules.rules.college_heads
    for title in rules.rules.person_title_ends:
        assert rules._has_person_title("某" + title + "某")
    for head in rules.rules.college_heads:
        assert rules._has_college_head("某" + head)
    assert not rules._has_person_title("项目开工。") and not rules._has_college_head("项目开工。")
    assert not rules._has_person_title("钱福安、赵德明等陪同考察。")


@pytest.mark.parametrize("text, refs", [
    ("该项目将于明年投产。", [("该项目", "PROJECT_REF")]),
    ("我县今年新增就业岗位。", [("我县", "HOME_COUNTY")]),
    ("今天天气很好。", []),
])
def test_sentence_without_candidates(rules_only, text, refs):
    """A sentence no step reads a name in leaves the late steps early: its tokens are still marked outside
    any entity, and its home references are still read."""
    doc = rules_only(text)
    assert not doc.ents and {t.ent_iob_ for t in doc} == {"O"}
    assert [(s.text, s.label_) for s in doc.spans["kg_refs"]] == refs


def test_select_one_candidate():
    """One candidate is chosen alone, as it would be among others, unless it is empty or blocked."""
    from kg.nlp.entity_rules import Candidate, _select
    c = Candidate(0, 2, "PLACE", "gazetteer")
    assert _select([c], set()) == [c]
    assert _select([Candidate(2, 2, "PLACE", "gazetteer")], set()) == []
    assert _select([c], {(1, 3)}) == [] and _select([c], {(2, 4)}) == [c]
    assert _select([c, c], set()) == [c]
