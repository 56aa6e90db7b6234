"""The sentence relation rules (kg_sentence_relations) on sentences written for the purpose."""

import pytest
import spacy

from kg.nlp.relations import SentenceRelations
from kg.spec import RelationRuleSpec, relation_rule_spec


def hits(nlp, text):
    return [(h.source.text if h.source is not None else None, h.relation, h.target.text, h.rule)
            for h in nlp(text)._.kg_relations]


def test_sentence_rules(nlp):
    assert ("市水利局", "leads", "城区供水管网联通改造项目", "agency-leads-project") in hits(
        nlp, "今年以来，市水利局持续推进城区供水管网联通改造项目建设。")
    assert ("青海盐湖工业股份有限公司", "builds", "年产10万吨碳酸锂项目", "company-invests-builds") in hits(
        nlp, "青海盐湖工业股份有限公司投资建设年产10万吨碳酸锂项目。")
    assert ("青海水利水电工程有限公司", "builds", "城区供水管网联通改造项目", "built-by-company") in hits(
        nlp, "城区供水管网联通改造项目由青海水利水电工程有限公司承建。")
    assert ("格尔木工业园", "located_in", "柴达木盆地", "located-at") in hits(nlp, "格尔木工业园位于柴达木盆地。")
    signing = hits(nlp, "先后与远景能源、天行集团、安徽瑞柏等企业达成一批重大投资意向。")
    assert [(s, t) for s, _, t, _ in signing] == [(None, "远景能源"), (None, "天行集团"), (None, "安徽瑞柏")]
    assert hits(nlp, "我市与比亚迪股份有限公司签订合作协议。") == [("我市", "partners", "比亚迪股份有限公司", "signs-with")]


def test_no_relation_without_its_cue(nlp):
    assert hits(nlp, "市水利局相关负责人表示，城区供水管网联通改造项目将按期交付。") == []
    assert hits(nlp, "我市与比亚迪股份有限公司的距离很远。") == []


def test_rules_are_data_a_component_can_be_built_from(nlp):
    # A spec without the leads rule finds no leads relation, whatever the package file says.
    source = relation_rule_spec().to_dict()
    source["sentence_rules"] = [r for r in source["sentence_rules"] if r["relation"] != "leads"]
    component = SentenceRelations(nlp, spec=RelationRuleSpec.from_dict(source))
    doc = nlp("今年以来，市水利局持续推进城区供水管网联通改造项目建设。")
    assert [h.relation for h in component.find(doc)] == []
    assert [h.relation for h in doc._.kg_relations] == ["leads"]


def test_saved_rules_come_back(nlp, tmp_path):
    source = relation_rule_spec().to_dict()
    source["sentence_rules"] = source["sentence_rules"][:1]
    component = SentenceRelations(nlp, spec=RelationRuleSpec.from_dict(source))
    component.to_disk(tmp_path)
    fresh = SentenceRelations(spacy.blank("zh")).from_disk(tmp_path)
    assert [r.name for r in fresh.spec.sentence_rules] == [source["sentence_rules"][0]["name"]]


def test_each_signing_of_a_list_of_them_has_the_clauses_subject(nlp):
    # "the county signed P1 with A, P2 with B and P3 with C": A and B are no subjects
    found = hits(nlp, "遂平县在签约仪式上与信义玻璃控股有限公司签订信义光伏发电项目、与今麦郎食品有限公司签订"
                      "食品产业园项目、与中农农业机械有限公司签订农业机械制造项目。")
    partners = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert partners == [("遂平县", "信义玻璃控股有限公司"), ("遂平县", "今麦郎食品有限公司"), ("遂平县", "中农农业机械有限公司")]
    # two signings, each with its own subject
    found = hits(nlp, "宏达公司与华岳科技有限公司签订协议，南湖能源有限公司与北辰集团签署合同。")
    assert [(s, t) for s, r, t, _ in found if r == "partners"] == [("宏达公司", "华岳科技有限公司"),
                                                                    ("南湖能源有限公司", "北辰集团")]


# quality-28: a place that opens a body no rule named is no partner of a signing
def test_a_place_opening_an_unnamed_body_is_no_partner(nlp):
    found = hits(nlp, "县人民政府与成都市青羊区文旅产业联盟签订合作协议。")
    assert not [h for h in found if h[1] == "partners"], found
    # (a promotion society is a body the rules name, the partner)
    assert ("县人民政府", "partners", "成都市青羊区文旅产业促进会", "signs-with") in hits(
        nlp, "县人民政府与成都市青羊区文旅产业促进会签订合作协议。")
    # a place alone after 与 signs; a city before its county, the county
    assert ("县人民政府", "partners", "格尔木市", "signs-with") in hits(nlp, "县人民政府与格尔木市签订合作协议。")
    paired = hits(nlp, "佛山市顺德区与毕节市七星关区签订对口协作协议。")
    assert [(s, t) for s, r, t, _ in paired if r == "partners"] == [("顺德区", "七星关区")], paired


def test_a_signing_that_goes_on_after_a_comma_keeps_its_subject(nlp):
    # 与 after a comma or a list's mark continues the signings of the same subject, not of its partner
    found = hits(nlp, "石门县与多家企业达成合作意向，与甲乙科技有限公司签订了框架协议，与丙丁电子有限公司签订了框架协议。")
    pairs = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert pairs == [("石门县", "甲乙科技有限公司"), ("石门县", "丙丁电子有限公司")], found


def test_places_that_qualify_the_signers_are_no_subject(nlp):
    # 来自甲、乙的企业: the places say where the firms come from; the firms sign
    found = hits(nlp, "洽谈会上，远景能源有限公司等来自北京、河北、河南的企业，与海原县签订了农业综合项目。")
    pairs = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert pairs == [("远景能源有限公司", "海原县")], found


def test_an_unnamed_item_does_not_end_a_list_of_partners(nlp):
    # 上海仪电 is no name the rules know; the partners after it still sign
    found = hits(nlp, "会上，区政府分别与市体育局、上海电力、上海仪电、中国移动上海有限公司签订战略合作框架协议。")
    targets = [t for s, r, t, _ in found if r == "partners"]
    assert targets == ["市体育局", "上海电力", "中国移动上海有限公司"], found


def test_a_place_in_an_events_title_is_no_subject(nlp):
    # 中国·某县…文化节: the country opens the festival's title, it signs nothing
    found = hits(nlp, "8月9日，中国·石屏第十届杨梅文化节举行签约仪式，专家和滇南果业有限公司等企业汇聚一堂，达成项目签约。")
    assert not [h for h in found if h[1] == "partners" and h[0] == "中国"], found


def test_and_between_two_hosts_of_a_visit_signs_nothing(nlp):
    # "visited A and B, to push the projects' cooperation": 和 joins the two firms visited
    found = hits(nlp, "管委会主任张某拜访深圳市龙境科技有限公司和华为集团，加快推动VR项目合作。")
    assert not [h for h in found if h[1] == "partners"], found
    assert hits(nlp, "宏达公司和华岳科技有限公司签订合作协议。") == [("宏达公司", "partners", "华岳科技有限公司", "signs-with")]


@pytest.mark.parametrize("text, wanted", [
    # parties listed right before the word that says they sign together: each a partner of the first
    ("会上，江苏恒联集团、临河城投集团、巴彦淖尔市宏泰商贸有限公司共同签署了汽车城项目合作协议。",
     [("江苏恒联集团", "临河城投集团"), ("江苏恒联集团", "巴彦淖尔市宏泰商贸有限公司")]),
    ("县人民政府、宏达公司、华岳科技有限公司三方签订合作框架协议。",
     [("县人民政府", "宏达公司"), ("县人民政府", "华岳科技有限公司")]),
])
def test_parties_listed_before_signing_together_are_partners(nlp, text, wanted):
    found = hits(nlp, text)
    pairs = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert all(w in pairs for w in wanted), found


def test_a_list_that_does_not_sign_together_has_no_partners(nlp):
    found = hits(nlp, "宏达公司、华岳科技有限公司共同参加了展会。")
    assert not [h for h in found if h[1] == "partners"], found


@pytest.mark.parametrize("text, wanted", [
    # the project, a clause about it, then its builder after 由
    ("石门大桥工程是今年城建重大项目，由城控集团负责建设。", ("城控集团", "builds", "石门大桥工程")),
    ("石门污水处理厂项目总投资5亿元，由宏达公司承建。", ("宏达公司", "builds", "石门污水处理厂项目")),
])
def test_a_builder_after_a_clause_about_the_project_builds_it(nlp, text, wanted):
    assert wanted in [h[:3] for h in hits(nlp, text)], hits(nlp, text)


def test_a_person_after_a_clause_about_the_project_builds_nothing(nlp):
    assert not [h for h in hits(nlp, "石门污水处理厂项目开工，由县长主持仪式。") if h[1] == "builds"]


def test_a_company_builds_where_it_says_it_builds(nlp):
    # where the company builds comes between it and its verb
    found = hits(nlp, "宏达公司将在石门县东山镇建设年产5万吨饲料项目。")
    assert ("宏达公司", "builds", "年产5万吨饲料项目") in [h[:3] for h in found], found
    assert not [h for h in hits(nlp, "宏达公司在石门县考察了饲料加工项目。") if h[1] == "builds"]


def test_a_builder_after_the_project_set_off_by_commas_builds_it(nlp):
    found = hits(nlp, "其中，精密铸件技术改造项目，由华升机械制造有限公司投资建设，总投资2亿元。")
    assert ("华升机械制造有限公司", "builds", "精密铸件技术改造项目") in [h[:3] for h in found], found


def test_a_company_before_works_after_their_investment_builds_them(nlp):
    found = hits(nlp, "其中计划投资30亿元的宏达集团5万吨选厂改扩建，年度完成投资2亿元。")
    assert ("宏达集团", "builds", "5万吨选厂改扩建") in [h[:3] for h in found], found


@pytest.mark.parametrize("text, partners", [
    # 和 joins the last of the partners a 与 opened: each signs with the county
    ("同时，石门县与石门农村商业银行、华融银行股份有限公司和石门银行签订政银合作协议。",
     ["石门农村商业银行", "华融银行股份有限公司", "石门银行"]),
    ("会上，县政府与华远建设集团有限公司及东方电气股份有限公司签订合作协议。",
     ["华远建设集团有限公司", "东方电气股份有限公司"]),
])
def test_partners_joined_by_and_after_with_all_sign_with_the_subject(nlp, text, partners):
    found = [(s, t) for s, r, t, _ in hits(nlp, text) if r == "partners"]
    subject = found[0][0] if found else None
    assert sorted(t for _, t in found) == sorted(partners), found
    assert {s for s, _ in found} == {subject} and subject not in partners, found


def test_two_parties_joined_by_and_alone_still_sign_with_each_other(nlp):
    found = [(s, t) for s, r, t, _ in hits(nlp, "华远建设集团有限公司和东方电气股份有限公司签订合作协议。") if r == "partners"]
    assert found == [("华远建设集团有限公司", "东方电气股份有限公司")], found


@pytest.mark.parametrize("text, wanted", [
    ("与华岳新能源有限公司签约的龙泉风电场项目，总投资11亿元。", ("华岳新能源有限公司", "builds", "龙泉风电场项目")),
    ("此外，与宏达石墨有限公司签订的年产3万吨石墨精粉项目总投资1亿元。",
     ("宏达石墨有限公司", "builds", "年产3万吨石墨精粉项目")),
    ("石门区人民政府和华岳绝缘材料有限公司签署管道生产制造项目。", ("华岳绝缘材料有限公司", "builds", "管道生产制造项目")),
])
def test_the_project_signed_with_a_company_is_built_by_it(nlp, text, wanted):
    assert wanted in [h[:3] for h in hits(nlp, text)], hits(nlp, text)


def test_listed_firms_before_with_each_sign(nlp):
    # a list of firms before 与: each signs, not only the last
    found = [(s, t) for s, r, t, _ in hits(nlp, "宏达集团、华远实业有限公司、东方电气股份有限公司等企业与海原县签订了农业项目。")
             if r == "partners"]
    assert sorted(found) == sorted([("宏达集团", "海原县"), ("华远实业有限公司", "海原县"), ("东方电气股份有限公司", "海原县")]), found


def test_respectively_pairs_the_listed_sides_in_order(nlp):
    # 分别 with two lists as long: each side with the partner in its place; the place saying what kind of
    # firms the list holds (等石门本地企业) signs nothing
    found = [(s, t) for s, r, t, _ in hits(nlp, "宏达集团、华远实业有限公司等石门本地企业当天分别与石门环保集团、石门水务投资集团签署合作项目。")
             if r == "partners"]
    assert sorted(found) == sorted([("宏达集团", "石门环保集团"), ("华远实业有限公司", "石门水务投资集团")]), found


def test_the_words_a_pattern_needs_are_those_of_its_first_token_that_must_be_there():
    from kg.nlp.relations import needed_words

    optional = {"ORTH": {"NOT_IN": ["，"]}, "OP": "{0,4}"}
    assert needed_words([optional, {"ORTH": {"IN": ["建设", "投资"]}}, {"ORTH": "由"}]) == {"建设", "投资"}
    assert needed_words([{"ORTH": "由", "OP": "?"}, {"ENT_TYPE": "PLACE", "OP": "+"}, {"ORTH": "于", "OP": "+"}]) == {"于"}
    assert needed_words([optional, {"ORTH": {"IN": ["在"], "NOT_IN": ["于"]}}]) is None
    assert needed_words([optional]) is None
    assert needed_words(None) is None


def test_every_shipped_sentence_rule_needs_a_word_and_is_found_where_its_words_are(nlp):
    from kg.nlp.relations import needed_words

    # Where no needed word lies between two names, the rule's Matcher is not run at all.
    assert all(needed_words(rule.pattern) for rule in relation_rule_spec().sentence_rules)
    assert ("宏达公司", "builds", "年产5万吨饲料项目") in [h[:3] for h in hits(nlp, "宏达公司将在石门县东山镇建设年产5万吨饲料项目。")]
    assert not [h for h in hits(nlp, "宏达公司将在石门县东山镇考察年产5万吨饲料项目。") if h[1] == "builds"]


@pytest.mark.parametrize("text", [
    "各乡镇（街道）、部门要主动与县自然资源局对接。",
    "有关单位要加强与县发展和改革局的对接。",
])
def test_a_clause_of_every_office_of_a_kind_working_with_an_office_has_no_signer(nlp, text):
    # "各部门要与县某局对接": every office does; no one body signs, nor is one left for the article to supply
    assert not [h for h in hits(nlp, text) if h[1] == "partners"], hits(nlp, text)


@pytest.mark.parametrize("text", [
    "要主动与县发展和改革局对接。",
    "有关乡镇、园区与宏泰建设集团有限公司进行了集中签约。",
])
def test_a_clause_with_no_named_subject_still_leaves_its_signer_to_the_article(nlp, text):
    # (the units of the place that sign with a firm are the article's own)
    found = [h for h in hits(nlp, text) if h[1] == "partners"]
    assert found and found[0][0] is None, found


def test_a_list_of_projects_each_led_by_its_investor_gives_each_only_its_own(nlp):
    # "由A公司投资的X项目、由B公司投资的Y项目": 由B投资的 qualifies Y, and says nothing of X before it
    found = [(s, t) for s, r, t, _ in hits(
        nlp, "开工项目有：由宏远木业有限公司投资的木材加工搬迁项目、\n由金穗农业发展有限公司投资的山药深加工项目、\n"
             "由华澳贸易有限公司投资的年产10万吨石英砂项目。") if r == "builds"]
    assert sorted(found) == sorted([("宏远木业有限公司", "木材加工搬迁项目"), ("金穗农业发展有限公司", "山药深加工项目"),
                                    ("华澳贸易有限公司", "年产10万吨石英砂项目")]), found


def test_a_project_that_is_built_by_a_company_keeps_its_builder_before_de(nlp):
    # "Y是由X投资建设的…": 是 makes Y the subject, though 的 follows the verb
    assert ("宏达水务有限公司", "builds", "北山新区供水项目") in [h[:3] for h in hits(
        nlp, "北山新区供水项目是由宏达水务有限公司投资建设的重点项目。")]


def test_a_firm_in_brackets_after_a_project_builds_it(nlp):
    # "X项目（Y有限公司）、…": a list of selected projects, each with the firm that carries it out
    found = [(s, t) for s, r, t, _ in hits(
        nlp, "入选名单公布，白沙县种植油茶项目（白沙县绿源生物科技有限公司）、石门村农产品加工项目"
             "（宏源农业开发有限公司）等4个项目。") if r == "builds"]
    assert sorted(found) == sorted([("白沙县绿源生物科技有限公司", "白沙县种植油茶项目"),
                                    ("宏源农业开发有限公司", "石门村农产品加工项目")]), found
    assert not [h for h in hits(nlp, "宏达物流有限公司（冷链物流项目业主）参加。") if h[1] == "builds"]


def test_an_investment_after_a_conjunction_is_the_next_items(nlp):
    # "投资12亿元的A电子和投资6亿元的B锆业等项目": each item has its own investment; A builds nothing of B's
    found = [h for h in hits(nlp, "其中包括投资12亿元的宏亚电子和投资6亿元的新源锆业等一批大项目。") if h[1] == "builds"]
    assert not found, found
    assert ("宏亚电子有限公司", "builds", "年产5万吨锆材项目") in [h[:3] for h in hits(
        nlp, "宏亚电子有限公司投资建设年产5万吨锆材项目。")]


@pytest.mark.parametrize("text", [
    "滨河新材料产业园项目，由宏昌建工集团、远帆新材料有限公司共同投资建设，总占地800亩。",
    "滨河新材料产业园项目由宏昌建工集团和远帆新材料有限公司联合投资建设。",
])
def test_every_firm_of_a_list_after_you_builds_the_project(nlp, text):
    # "Y，由A、B共同投资建设": the builders come as a list, and 共同 or 联合 comes before the verb
    found = sorted((s, t) for s, r, t, _ in hits(nlp, text) if r == "builds")
    assert found == [("宏昌建工集团", "滨河新材料产业园项目"), ("远帆新材料有限公司", "滨河新材料产业园项目")], found


def test_a_list_of_firms_that_does_not_build_builds_nothing(nlp):
    # the verb after the list decides: 由A和B主持 is no building
    found = [h for h in hits(nlp, "滨河新材料产业园项目由宏昌建工集团和远帆新材料有限公司代表出席。") if h[1] == "builds"]
    assert not found, found


@pytest.mark.parametrize("text, signer, partner", [
    ("昨日，华源化工集团在南昌与吉安市人民政府签约，共建新材料产业园。", "华源化工集团", "吉安市人民政府"),
    ("东方电气集团于成都与阿坝州人民政府签署战略合作协议。", "东方电气集团", "阿坝州人民政府"),
    ("县招商局赴杭州、宁波与万向集团洽谈合作。", "县招商局", "万向集团"),
])
def test_the_place_where_a_signing_is_held_is_no_party_to_it(nlp, text, signer, partner):
    # "A在郑州与B签约": 在 (于, 赴) makes the city where A meets B, and A signs
    found = [h[:3] for h in hits(nlp, text) if h[1] == "partners"]
    assert (signer, "partners", partner) in found, found
    assert [h for h in found if h[0] not in (signer, None)] == [], found


def test_places_that_say_whose_firms_sign_are_no_partners(nlp):
    # "分别与北京、青岛、上海等5个城市的企业签约": the cities' firms sign, not the cities
    found = [h for h in hits(nlp, "东城区分别与北京、青岛、上海等5个城市的企业共签约项目22个。") if h[1] == "partners"]
    assert not found, found
    assert ("东城区", "partners", "北京") in [h[:3] for h in hits(nlp, "东城区与北京签订战略合作协议。")]


def test_and_between_two_visitors_signs_nothing(nlp):
    # "A副区长某某和B集团等企业团队先后来…考察调研…合作事宜": 和 joins the visiting party
    found = [h for h in hits(nlp, "河西区政府副区长王明和宏远轻工集团等企业团队先后来本县考察调研产业园建设及项目合作事宜。")
             if h[1] == "partners"]
    assert not found, found


def test_cooperation_with_a_city_keeps_the_city_as_partner(nlp):
    # "加强与沈阳的合作": 的 joins the city to the cooperation, not to firms of the city
    assert ("宏润集团", "partners", "沈阳") in [h[:3] for h in hits(nlp, "他希望宏润集团进一步加强与沈阳的合作。")]


@pytest.mark.parametrize("text, firm, project", [
    ("远帆建设集团的滨河住宅产业化基地项目总投资9亿元。", "远帆建设集团", "滨河住宅产业化基地项目"),
    ("宏昌公司的年产3万吨饲料项目已经投产。", "宏昌公司", "年产3万吨饲料项目"),
])
def test_a_firms_own_project_after_its_de_is_built_by_it(nlp, text, firm, project):
    # "X集团的Y项目": the firm's name qualifies its own project
    found = [h[:3] for h in hits(nlp, text) if h[1] == "builds"]
    assert (firm, "builds", project) in found, found


def test_a_firms_de_before_something_else_builds_nothing(nlp):
    found = [h for h in hits(nlp, "王某参观了宏昌公司的展厅和年产3万吨饲料项目。") if h[1] == "builds"]
    assert not found, found


def test_the_guests_a_leader_meets_are_no_partners_of_one_another(nlp):
    # "会见了…的A、B、C和D 4家…负责人，就加强双方合作…": 和 closes the list of guests, each the city's
    text = ("市长会见了拟来投资的宏远泵业有限公司、金鼎科技有限公司、恒信材料有限公司和华北水务集团4家企业负责人，"
            "就加强双方合作进行交流。")
    found = [h for h in hits(nlp, text) if h[1] == "partners"]
    assert not found, found


def test_a_list_of_firms_and_signing_still_makes_partners(nlp):
    # the parties of one list sign together, each with the first (as "A、B、C共同签署" does)
    found = [h[:3] for h in hits(nlp, "宏远集团、金鼎科技有限公司和华北水务集团签订合作协议。")]
    assert ("宏远集团", "partners", "金鼎科技有限公司") in found, found
    assert ("宏远集团", "partners", "华北水务集团") in found, found


def test_guests_of_a_signing_ceremony_are_no_partners(nlp):
    # "A和B相关单位人员|参加|签约仪式": the event's guests, none signs with another
    text = "区财政局等单位人员，投资公司总经理王某和中建九局总承包公司相关人员参加签约仪式。"
    found = [h for h in hits(nlp, text) if h[1] == "partners"]
    assert not found, found


def test_yu_inside_a_quoted_title_signs_nothing(nlp):
    # "“与长江和谐共生”…交流合作论坛": 与 belongs to the forum's title, the verb to its name
    found = [h for h in hits(nlp, "“与长江和谐共生”生态文明交流合作论坛在宜昌举行。") if h[1] == "partners"]
    assert not found, found


@pytest.mark.parametrize("text, project, place", [
    ("宏远轻工有限公司在临泽县投资建设的年产5万吨纸制品包装项目正式投产。", "年产5万吨纸制品包装项目", "临泽县"),
    ("恒达新材料有限公司计划于高台县投资建设年产3万吨玄武岩纤维项目。", "年产3万吨玄武岩纤维项目", "高台县"),
])
def test_where_a_firm_builds_before_the_verb_is_the_projects_place(nlp, text, project, place):
    # "X公司在Y县投资建设的Z项目": the place after 在 is the project's site; where it is signed is none
    found = [h[:3] for h in hits(nlp, text) if h[1] == "located_in"]
    assert (project, "located_in", place) in found, found
    signed = [h for h in hits(nlp, "宏远轻工有限公司在兰州市签约的年产5万吨纸制品包装项目将落地临泽。")
              if h[1] == "located_in" and h[2] == "兰州市"]
    assert not signed, signed


@pytest.mark.parametrize("text, project, place", [
    ("高台县引进宏远轻工有限公司投资3亿元建设年产5万吨纸制品包装项目。", "年产5万吨纸制品包装项目", "高台县"),
    ("临泽县引进2.6亿元建设玄武岩纤维复合材料生产项目。", "玄武岩纤维复合材料生产项目", "临泽县"),
])
def test_what_a_division_brings_in_to_build_lies_in_it(nlp, text, project, place):
    # "某县引进X公司投资…建设Y项目": the county that brings the firm in hosts its project; where the
    # firm comes from ("从兰州市引进") does not
    found = [h[:3] for h in hits(nlp, text) if h[1] == "located_in"]
    assert (project, "located_in", place) in found, found
    source = [h for h in hits(nlp, "该县从兰州市引进宏远轻工有限公司投资建设年产5万吨纸制品包装项目。")
              if h[1] == "located_in" and h[2] == "兰州市"]
    assert not source, source


@pytest.mark.parametrize("text", [
    "考察团一行赴意大利米兰参观，与福州市人民政府在米兰签订合作备忘录。",
    "代表团赴广东省东莞市考察，并与莞城街道办事处签署合作协议。",
])
def test_a_place_inside_the_place_a_delegation_goes_to_signs_nothing(nlp, text):
    # "赴|意大利|米兰": the city is where the country's visit goes, as the country is; no signer
    found = [h for h in hits(nlp, text) if h[1] == "partners" and h[0] in ("米兰", "东莞市")]
    assert not found, found


@pytest.mark.parametrize("text, firm, place", [
    ("望城经开区内新入园的湖南金联星特种材料股份有限公司正加紧建设厂房。", "湖南金联星特种材料股份有限公司", "望城经开区"),
    ("今年浏阳高新区新入驻的长沙恒瑞新材料有限公司已建成投产。", "长沙恒瑞新材料有限公司", "浏阳高新区"),
])
def test_a_firm_a_place_took_in_lies_in_it(nlp, text, firm, place):
    # "某园区内新入园的X公司": the firm settled in the park; where it came from ("从长沙入驻的") is no site
    found = [h[:3] for h in hits(nlp, text) if h[1] == "located_in"]
    assert (firm, "located_in", place) in found, found
    source = [h for h in hits(nlp, "从长沙市入驻的湖南金联星特种材料股份有限公司已投产。")
              if h[1] == "located_in" and h[0] == "湖南金联星特种材料股份有限公司"]
    assert not source, source


@pytest.mark.parametrize("text, place", [
    ("金山工业园地处赣江西岸，交通便利。", "赣江"),
    ("樟树湾镇位于洞庭湖之滨。", "洞庭湖"),
    ("金山工业园位于临川区与东乡区之间。", "临川区"),
    ("金山工业园位于新余市以东20公里。", "新余市"),
    ("蚌埠市地处淮河中游，是交通枢纽。", "淮河"),
])
def test_what_lies_beside_or_between_places_is_in_none_of_them(nlp, text, place):
    # "地处鄱湖之滨": by the lake, not inside it; "A与B之间": between two counties, inside neither
    found = [h[:3] for h in hits(nlp, text) if h[1] == "located_in" and h[2] == place]
    assert not found, found
    inside = [h[:3] for h in hits(nlp, "金山工业园位于新余市东部。") if h[1] == "located_in"]
    assert ("金山工业园", "located_in", "新余市") in inside, inside


@pytest.mark.parametrize("text, side, firm", [
    ("项目由丹寨县人民政府与中国500强企业宏泰集团有限公司签约。", "丹寨县人民政府", "宏泰集团有限公司"),
    ("锦屏县人民政府与中国民营企业500强恒信集团签署合作协议。", "锦屏县人民政府", "恒信集团"),
])
def test_a_ranking_between_with_and_the_firm_leaves_the_firm_the_partner(nlp, text, side, firm):
    # "与中国500强企业X签约": 中国 is the ranking's scope, no partner and no place the clause names
    found = hits(nlp, text)
    partners = [h[:3] for h in found if h[1] == "partners"]
    assert partners == [(side, "partners", firm)], found
    assert "中国" not in [e.text for e in nlp(text).ents]


def test_and_closing_a_list_of_origins_signs_nothing(nlp):
    text = "签约企业来自上海浦东、苏州、无锡和杭州等地，县里将加强对接。"
    assert not [h for h in hits(nlp, text) if h[1] == "partners"]


def test_a_firm_that_invests_in_a_facility_builds_it(nlp):
    found = [h[:3] for h in hits(nlp, "宏达集团在东丽区投资5亿元建设铝合金材料研发生产基地。")]
    assert ("宏达集团", "builds", "铝合金材料研发生产基地") in found, found


def test_the_last_of_firms_signing_respectively_builds_no_project_of_the_list(nlp):
    text = "县政府分别与华泰实业有限公司、鑫源食品有限公司签订了华泰物流园项目和鑫源冷链仓储项目。"
    found = [h[:3] for h in hits(nlp, text) if h[1] == "builds"]
    assert ("鑫源食品有限公司", "builds", "华泰物流园项目") not in found, found
    # a single firm still builds what it signed for
    found = [h[:3] for h in hits(nlp, "县政府与鑫源食品有限公司签订了鑫源冷链仓储项目。")]
    assert ("鑫源食品有限公司", "builds", "鑫源冷链仓储项目") in found, found


def test_a_signing_that_goes_on_after_a_clause_no_rule_read_keeps_its_subject(nlp):
    # the middle clause's partner is no name of ours, so a place inside what it signs is the nearest
    # name before the third 与; it signs nothing: the list's subject does
    found = hits(nlp, "会上，我县分别与南湖集团签订文旅综合体项目；与北方理工大学签订长沙研究院共建协议；"
                      "与长丰科技有限公司签订电子元件项目。")
    assert ("我县", "partners", "长丰科技有限公司", "signs-with") in found, found
    assert not [h for h in found if h[0] == "长沙"], found


@pytest.mark.parametrize("text", [
    "由长丰科技有限公司与南湖集团共同投资建设的滨江物流园项目昨日开工。",
    "其中，由甲乙实业集团、丙丁纺织集团和戊己建材集团联合投资建设的新港纺织产业园项目总投资30亿元。",
])
def test_firms_joined_before_the_verb_build_the_project_together(nlp, text):
    found = hits(nlp, text)
    builders = {s for s, r, _, _ in found if r == "builds"}
    assert len(builders) >= 2 and all(s.endswith(("公司", "集团")) for s in builders), found


def test_firms_and_projects_listed_after_fenbie_pair_item_by_item(nlp):
    found = hits(nlp, "县政府分别与长丰科技有限公司、南湖能源有限公司签订了年产5万吨饲料加工项目、"
                      "20兆瓦光伏发电项目。")
    builds = {(s, t) for s, r, t, _ in found if r == "builds"}
    assert builds == {("长丰科技有限公司", "年产5万吨饲料加工项目"), ("南湖能源有限公司", "20兆瓦光伏发电项目")}, found


def test_firms_that_respectively_sign_for_projects_build_them_in_order(nlp):
    # "与A、B、C|分别|签订了|X、Y、Z": each firm builds the project in its place of the other list,
    # also where no brand ties the two names
    text = ("县长与鑫达实业有限公司、汇丰源农业科技有限公司、金穗粮油有限公司分别签订了"
            "鞋材生产项目、食用菌种植基地项目、速冻食品精深加工项目。")
    builds = sorted(h[:3] for h in hits(nlp, text) if h[1] == "builds")
    assert builds == [("汇丰源农业科技有限公司", "builds", "食用菌种植基地项目"),
                      ("金穗粮油有限公司", "builds", "速冻食品精深加工项目"),
                      ("鑫达实业有限公司", "builds", "鞋材生产项目")], builds
    # two firms and three projects: no pairing is said
    text = "县长与鑫达实业有限公司、金穗粮油有限公司分别签订了鞋材生产项目、食用菌种植基地项目、速冻食品精深加工项目。"
    assert not [h for h in hits(nlp, text) if h[3] == "respective-projects"]
    # a list that goes on (等) is not whole, nor one whose first firm follows another name
    text = "县长与某人、鑫达实业有限公司、金穗粮油有限公司分别签订了鞋材生产项目、食用菌种植基地项目。"
    assert not [h for h in hits(nlp, text) if h[3] == "respective-projects"]


@pytest.mark.parametrize("text", [
    "红石经济开发区和青川县同为全市招商主阵地,今年签约项目均超过二十个。",
    "宏达实业有限公司和长兴建材有限公司作为链主企业,带动上下游签约项目十余个。",
])
def test_two_names_joined_by_he_then_what_both_are_sign_nothing_together(nlp, text):
    # "A和B作为…", "A和B同为…": the two are the subjects of one clause; a signing later in it is
    # neither's with the other
    assert not [h for h in hits(nlp, text) if h[1] == "partners"], hits(nlp, text)


def test_each_partner_of_a_chain_of_with_clauses_signs_by_the_last_verb(nlp):
    # "与A…项目、与B…项目、与C…项目|在…签约": the verb after the last clause is every clause's
    found = hits(nlp, "青县人民政府分别与远星集团年产30万吨饲料加工项目、与宏立科技有限公司智慧物流园项目、"
                      "与金穗食品有限公司冷链中心项目在省城招商大会上签约。")
    partners = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert partners == [("青县人民政府", "远星集团"), ("青县人民政府", "宏立科技有限公司"),
                        ("青县人民政府", "金穗食品有限公司")], found


@pytest.mark.parametrize("text", ["青县人民政府、宏达集团和远星科技有限公司签订三方合作协议。",
                                  "青县人民政府、宏达集团和远星科技有限公司共同签署协议。"])
def test_a_list_closed_by_and_before_the_verb_signs_with_its_first_party(nlp, text):
    found = hits(nlp, text)
    partners = [(s, t) for s, r, t, _ in found if r == "partners"]
    assert sorted(set(partners)) == [("青县人民政府", "宏达集团"), ("青县人民政府", "远星科技有限公司")], found


def test_the_guests_a_leader_meets_with_their_posts_are_no_partners_of_one_another(nlp):
    # "会见了A董事长某某和B总经理某某一行，洽谈…": 和 joins two guests, each named after his post
    text = "县长会见了宏远能源有限公司董事长陈某和金鼎投资管理有限公司总经理张某一行，洽谈合作事宜。"
    found = [h for h in hits(nlp, text) if h[1] == "partners"]
    assert not found, found


def test_a_quoted_firms_own_project_is_the_firms(nlp):
    # "“X有限公司”的Y项目": the closing quote between the firm and 的
    got = hits(nlp, "其中“宏达电气有限公司”的配电开关设备制造项目总投资约1.2亿元。")
    assert ("宏达电气有限公司", "builds", "配电开关设备制造项目", "company-own-project") in got, got


def test_a_firm_before_its_projects_bracketed_phase_builds_it(nlp):
    # "某某新材|（二期）|年产…项目": the phase between the firm and its project's name
    got = hits(nlp, "投资8亿元的华拓新材（二期）年产5万吨可降解塑料项目昨日开工。")
    assert ("华拓新材", "builds", "年产5万吨可降解塑料项目", "company-head") in got, got


def test_a_firm_builds_the_project_after_its_city_in_brackets(nlp):
    # "某某集团|（西安）|冷链物流基地": the city the firm works in stands between it and its project
    assert ("东岭集团", "builds", "冷链物流基地", "company-head") in hits(
        nlp, "现场签约了东岭集团（西安）冷链物流基地、城南食品产业园等项目。")


def test_a_project_named_again_as_a_bare_xiangmu_is_built_by_the_firm_after_it(nlp):
    # "Y是…项目之一，项目由X投资建设": the clause about the project, then 项目 again and its builder
    got = hits(nlp, "城北冷链物流园项目是今年签约的重点项目之一，项目由华辰集团投资建设。")
    assert ("华辰集团", "builds", "城北冷链物流园项目", "built-by-company-after-clause") in got, got


def test_the_last_two_places_of_a_list_sign_nothing(nlp):
    # "包括甲、乙、丙和丁": 和 closes a list of cities a visit goes to; the cooperation after it is no
    # signing between the last two
    got = hits(nlp, "考察团将走访四座城市，包括苏州、无锡、常州和南通，寻找合作机会。")
    assert not [h for h in got if h[1] == "partners"], got
    # (two places joined by 和 still sign)
    assert ("常州", "partners", "南通", "signs-with") in hits(nlp, "常州和南通签署合作协议。")


def test_a_firm_written_right_after_its_group_is_part_of_it(nlp):
    got = hits(nlp, "鸣泉集团云岭新材公司与县政府签约。")
    assert ("云岭新材公司", "part_of", "鸣泉集团", "group-head") in got, got


def test_a_unit_written_right_after_its_parents_legal_name_is_part_of_it(nlp):
    got = hits(nlp, "副县长与青川电力有限公司西南新能源公司签订协议。")
    assert ("西南新能源公司", "part_of", "青川电力有限公司", "parent-head") in got, got
    # a second legal name so glued is a firm of its own, of a list that lost its mark
    got = hits(nlp, "签约企业为恒川建材有限公司岭南建材有限公司。")
    assert not [h for h in got if h[1] == "part_of"], got


def test_places_a_count_of_sites_lies_in_are_no_partners_and_hold_nothing_before(nlp):
    # "介绍三个分别位于甲、乙和丙的工业园": where each of the parks lies; no place signs with another, and
    # the body the parks are shown to is in none of them
    got = hits(nlp, "省商务厅向香港推介四个分别位于老挝、越南、缅甸和泰国的合作园区。")
    assert not [h for h in got if h[1] in ("partners", "located_in")], got
    # (one thing "位于" a place still lies there)
    assert ("格尔木工业园", "located_in", "柴达木盆地", "located-at") in hits(nlp, "格尔木工业园位于柴达木盆地。")


def test_a_firm_taking_a_stake_in_a_project_funds_it(nlp):
    # "X参股Y": the investor of a project it holds a stake in, as "X投资Y"
    assert ("东岭纺织有限公司", "builds", "平县纺织业项目", "company-invests-builds") in hits(
        nlp, "东岭纺织有限公司参股平县纺织业项目。")


def test_the_papers_own_city_before_its_listed_counties_is_no_partner(nlp):
    # "与我市|甲县、乙县签订": 我市 says whose counties follow; the counties sign, each with the firm in its
    # place after 分别, and the city itself signs nothing here
    found = [(s, t) for s, r, t, _ in hits(nlp, "华信集团、东岳控股有限公司分别与我市临安县、淳化县签订战略合作协议。")
             if r == "partners"]
    assert sorted(found) == sorted([("华信集团", "临安县"), ("东岳控股有限公司", "淳化县")]), found
    # (alone, the city is still the partner)
    assert hits(nlp, "东岳控股有限公司与我市签订合作协议。") == [("东岳控股有限公司", "partners", "我市", "signs-with")]


def test_a_firms_project_after_its_total_investment_is_the_firms(nlp):
    # "某某股份有限公司|总投资2亿元的|储能变流器项目": a project named by its product alone is a kind, but
    # right after the firm and what it invests it is the firm's own, which the firm builds
    text = "当天，湖州青岚电气股份有限公司总投资2亿元的储能变流器项目也同步签约。"
    assert ("湖州青岚电气股份有限公司", "builds", "储能变流器项目", "company-invests-builds") in hits(nlp, text)


def test_a_place_qualifying_a_name_before_where_it_lies_is_not_what_lies_there(nlp):
    # "某集团|某省|总部基地|位于某新区": the base lies there, not the province that names it
    for text in ("远拓集团江西总部基地位于南昌新区。", "岭峰集团湖南区域总部位于长沙市岳麓区。"):
        got = hits(nlp, text)
        assert not [h for h in got if h[1] == "located_in"], got
    # a place right before the verb still lies where it says
    assert ("格尔木工业园", "located_in", "柴达木盆地", "located-at") in hits(nlp, "格尔木工业园位于柴达木盆地。")


@pytest.mark.parametrize("text", [
    "东岭游艇的产品远销欧美、东南亚等地区，并与日本松田集团合作开发新船型。",
    "该公司以自有品牌销往欧、美、澳等高端市场，同时与德国施泰纳集团签署合作协议。",
])
def test_a_market_goods_are_sold_in_signs_nothing(nlp, text):
    # "远销|欧美、东南亚等地区": where a firm's goods go is no party to the cooperation after it
    found = [h for h in hits(nlp, text) if h[1] == "partners" and h[0] in ("欧美", "东南亚", "欧", "美", "澳")]
    assert not found, found


@pytest.mark.parametrize("text", [
    "湖北稻作大学和潜江市人民政府签了战略合作协议。",
    "湖南茶业学院将进一步加强与安化县、桃江县的交流合作。",
])
def test_a_college_signing_leaves_no_partner_to_another_subject(nlp, text):
    # the college, which is none of the kinds here, is the clause's subject: neither the province its name
    # opens with nor a subject left to the article signs with the partner
    assert not [h for h in hits(nlp, text) if h[1] == "partners"], hits(nlp, text)
    # a body that signs with a college is still found as before
    assert ("利川市人民政府", "AGENCY") in [(e.text, e.label_) for e in nlp("利川市人民政府与湖北稻作大学签约。").ents]


@pytest.mark.parametrize("text, place", [
    ("青松食品有限公司与成都市一家物流企业签订长期供货协议。", "成都市"),
    ("翠岭茶叶专业合作社跟德阳市一家药材公司达成收购意向。", "德阳市"),
    ("会上，县农业农村局与浙江省多家农业企业签约。", "浙江省"),
])
def test_a_place_before_an_unnamed_firm_signs_nothing(nlp, text, place):
    # "与成都市|一家物流企业签订": the place says where the firm that signs is, and the firm has no name
    found = [h for h in hits(nlp, text) if h[1] == "partners"]
    assert not [h for h in found if h[2] == place], found


@pytest.mark.parametrize("text", [
    "仪式上，石门县人民政府与远川新能源有限公司、县农业农村局与丰谷食品有限公司、县商务局与北辰物流有限公司分别签订合作协议。",
    "会上，县交通运输局同青禾建设集团、县水利局同澄江水务有限公司签署了框架协议。",
])
def test_a_list_of_pairs_signs_each_pair_and_no_cross_pair(nlp, text):
    # "A与B、C与D签订": each 与 pairs the names around it; C, after B's list mark, opens a pair of its own
    found = sorted((s, t) for s, r, t, _ in hits(nlp, text) if r == "partners")
    names = [e.text for e in nlp(text).ents if e.label_ in ("AGENCY", "COMPANY")]
    assert len(names) in (4, 6), names
    assert found == sorted(zip(names[0::2], names[1::2])), found


@pytest.mark.parametrize("text", [
    "县商务局与杭州市有关部门签订了招商合作协议。",
    "区政府与宁波市相关单位签署合作协议。",
])
def test_a_place_before_offices_it_leaves_unnamed_is_no_partner(nlp, text):
    # "与某市|有关部门签订": the place says whose offices sign, as a count of firms after it does
    assert not [h for h in hits(nlp, text) if h[1] == "partners"], hits(nlp, text)


def test_a_place_then_a_signing_verb_is_still_a_partner(nlp):
    assert [h[:3] for h in hits(nlp, "县商务局与杭州市签订合作协议，相关单位负责落实。") if h[1] == "partners"] == [
        ("县商务局", "partners", "杭州市")]


def test_a_firm_builds_the_capacity_a_distributive_word_gives_each_of_a_list(nlp):
    found = hits(nlp, "今年要加快推进宏泰、金鼎各20万吨焦化等深加工项目。")
    assert ("金鼎", "builds", "20万吨焦化") in [h[:3] for h in found], found


@pytest.mark.parametrize("text, pair", [
    ("华岳建工集团董事长王明率队拜访临江市政府，与临江市委副书记、市长李强举行会谈，双方就深化合作交换意见。",
     ("华岳建工集团", "临江市委")),
    ("临江市委书记张华走访了华岳建工集团，与华岳建工集团签订战略合作协议。", ("临江市委", "华岳建工集团")),
])
def test_the_host_a_visit_names_is_no_side_of_the_talks_after_it(nlp, text, pair):
    found = [(s, t) for s, r, t, _ in hits(nlp, text) if r == "partners"]
    assert pair in found and not [p for p in found if p != pair], found
