"""Typed rule specs: each data file of ``kg/data`` read once, into an object.

The rules are data (YAML in ``kg/data``) that users can read and extend; this
module turns each file into a frozen object with named, typed fields, so code
says ``spec.boundary`` rather than ``rules["boundary"]``, and a component can
be built from, and saved as, a spec that is not the package's own (spaCy's
``to_disk``/``from_disk``).

>>> spec = entity_rule_spec()
>>> [s.text for s in spec.suffixes if s.label == "COMPANY"][:2]     # longest first
['股份经济合作社', '股份有限公司']
>>> relation_rule_spec().partners.relation
'partners'
>>> abbreviations()["人社局"]
'人力资源和社会保障局'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

from kg.resources import load_yaml

ENTITY_RULES_FILE = "entity_rules.yaml"
RELATION_RULES_FILE = "relation_rules.yaml"
ABBREVIATIONS_FILE = "abbreviations.yaml"
LAYOUT_FILE = "layout.yaml"
DERIVATIONS_FILE = "derivations.yaml"
# The label of a reference to a project the article named before (该项目, project_references): a
# relation's end, resolved to that project, never an entity of its own.
PROJECT_REF = "PROJECT_REF"
# The same for a company (该公司, company_references): "该公司钛业科技园项目" is the one the article named last.
COMPANY_REF = "COMPANY_REF"
# The rule of the villages and communities a count closes the list of ("东关、永城四个社区"): the entity rules
# mark them so, and resolution reads none of them as the county of the same name elsewhere.
VILLAGE_LIST_RULE = "enumeration:village"


def _suffix_words(spec: Mapping[str, Any], label: str) -> list[str]:
    """Every suffix of ``label`` in entity_rules.yaml, strong and weak."""
    return [w for words in spec["suffixes"][label].values() for w in words]


def _rate_pattern(units: Mapping[str, Any]) -> str:
    """The regex of a capacity's rate from ``rate_units`` (an amount per a time: 150t/d, 2×150t/d), or "";
    with ``sets``, also a count of like machines (2×660MW), whose sign jieba cuts off as 2x660MW it does not;
    with ``powers``, also a storage plant's power over its energy (100MW/200MWh)."""
    amounts, per = units.get("amounts", ()), units.get("per", ())
    if not amounts or not per:
        return ""
    alt = lambda xs: "|".join(map(re.escape, sorted(xs, key=lambda x: (-len(x), x))))
    number = r"\d+(?:\.\d+)?"
    rate = rf"(?:{number}[×xX*])?{number}(?:万|千)?(?:{alt(amounts)})/(?:{alt(per)})(?![A-Za-z])"
    sets, powers = units.get("sets", ()), units.get("powers", ())
    if sets:
        rate = rf"{rate}|{number}×{number}(?:万|千)?(?:{alt(sets)})(?![A-Za-z])"
    if powers:
        rate = rf"{rate}|{number}(?:{alt(powers)})/ ?{number}(?:{alt(powers)})(?:时|h)(?![A-Za-z])"
    return rate


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _outlet_re(spec: Mapping) -> re.Pattern:
    """What follows a place that begins an outlet's name: an outlet's end, or a site's head before a byline."""
    def alt(key):
        return "|".join(map(re.escape, _longest_first(spec.get(key, ())))) or "(?!)"
    # a byline's word, a dateline ("网12月21日电", "在线长兴3月22日讯"), a mark or the line's end
    # (or the correspondent's body, then his title: "网|某省台办|通讯员")
    byline = rf"(?:{alt('outlet_bylines')}|\d|[^\w]|$|[\u4e00-\u9fff]{{1,6}}\d{{1,2}}月\d{{1,2}}日[讯电]" \
             rf"|[\u4e00-\u9fff]{{2,8}}?(?:{alt('outlet_staff_titles')})(?=[\s 　]))"
    # a second place between them ("中国|甘肃网7月12日讯"): only before a byline's word or a date
    # (not the outlet's own word again: "南通|网本网讯" is 南通网's "this site reports")
    dated = rf"(?:(?!{alt('outlet_heads')})[\u4e00-\u9fff]){{2,3}}(?:{alt('outlet_heads')})" \
            rf"(?:{alt('outlet_bylines')}|\d{{1,2}}月\d{{1,2}}日)"
    # or a paper's own word between them ("中国|经济导报"): the name of a paper
    # (not a rank or a count: "芬兰|第二大日报" is Finland's second-largest daily)
    paper = rf"(?:(?!{alt('outlet_heads')})[^\W\d第大的各家份一二三四五六七八九十两])" \
            rf"{{2,3}}(?:{alt('outlet_names')})"
    return re.compile(rf"(?:{alt('outlet_names')})|(?:{alt('outlet_heads')}){byline}|{dated}|{paper}")


def _outlet_name_re(spec: Mapping) -> re.Pattern:
    """An outlet's word (日报, 网讯): the characters before it may name the paper's place (酒泉日报)."""
    return re.compile("|".join(map(re.escape, _longest_first(spec.get("outlet_names", ())))) or "(?!)")


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class Suffix(NamedTuple):
    """A type suffix: a name ending in ``text`` is of type ``label``.

    ``strength`` is ``strong`` (the suffix alone makes a name: 有限公司) or
    ``weak`` (a proper word must stand before it: 中心).
    """

    text: str
    label: str
    strength: str


# eq=False: specs are compared and hashed by identity, so tables built from
# one can be cached without hashing its contents.
@dataclass(frozen=True, eq=False)
class EntityRuleSpec:
    """``kg/data/entity_rules.yaml``: what the entity rules know about names.

    The YAML file documents each field; ``source`` keeps the mapping it was
    built from, which is what a saved pipeline writes back.
    """

    suffixes: tuple[Suffix, ...]  # longest first: 股份有限公司 before 公司
    false_words: frozenset[str]  # words that end like a suffix but name nothing (格局, 上市)
    false_in_projects: frozenset[str]  # of those, the ones no project's name holds either (部分, 干部)
    generic: frozenset[str]  # generic names (城区, 项目): never an entity alone
    office_kind_places: frozenset[str]  # 林业局: an office's kind the gazetteer lists as a town, no place
    admin: frozenset[str]  # administrative prefixes that begin an agency (市, 县 …)
    boundary: frozenset[str]  # words a name never extends over
    trim: frozenset[str]  # leading words cut from any name (新建, 重点 …)
    company_trim: frozenset[str]  # leading kind-nouns cut from a company name (企业 …)
    firm_standing_scopes: frozenset[str]  # 国际, 省级: a standing's scope before a trimmed kind-noun (国际|知名企业)
    brand_openers: frozenset[str]  # 新, 老: trimmed words that open a firm's short name (新|希望)
    conjoined_divisions: frozenset[str]  # 和县: a county named by a conjunction, read after a noun as "and the county"
    nation_openers: tuple[str, ...]  # 中国: a firm's name opens with it, never after a place (长春市|中国第一汽车集团)
    brand_localizers: frozenset[str]  # 中: a localizer jieba splits off a two-character brand (央企|中|林|集团)
    verb_brand_leads: frozenset[str]  # 由, 与, 、: before them a verb opening a legal name is its brand
    name_joiners: tuple[str, ...]  # 暨: no name the tagger finds starts with one
    business_phrases: tuple[str, ...]  # 投资兴业: after a place they end no firm's name
    brand_outlets: tuple[str, ...]  # 4S店: a brand's dealer; a place's name before one is the brand's
    vehicle_codes: frozenset[str]  # CNG, SUV: kinds of vehicle by fuel or body, no brand before 汽车
    rank_phrases: tuple[str, ...]  # 国际一流: a rank to reach, before a project's kind that names none
    landform_false_words: frozenset[str]  # 矿山: ends like a landform, names no place
    session_re: re.Pattern  # 第十八届: a body's session, between its division and its name
    session_bodies: frozenset[str]  # 人民代表大会, 人大常委会: bodies that sit in numbered sessions
    body_openers: tuple[str, ...]  # 政协, 中国共产党: a body's name before its division's, no part of a place
    institution_branches: tuple[str, ...]  # 分院, 校区: a branch named by its part of town; the zone before it is none
    college_heads: tuple[str, ...]  # 大学, 学院: a college's last word; a place opening its name is the school's
    branch_body_ends: tuple[str, ...]  # 分局, 支队: a body's branch in a county; a project after it begins past it
    zone_area_words: tuple[str, ...]  # 建成区: the part of a zone's land a figure is given for, no place of its own
    kind_only_zones: frozenset[str]  # 集聚区: after ordinary words only, a kind of zone, none named
    counted_firms_re: re.Pattern  # 企业3家（: a count of firms by their kind, their names in the brackets after it
    frame_chars: frozenset[str]  # 以: a frame's opening character, which jieba may glue to the name it frames
    frame_close_re: re.Pattern  # 为代表, 为龙头: the close of such a frame, after the names it frames
    project_stop: frozenset[str]  # verbs a project name never extends over (event verbs included)
    written_adverbs: frozenset[str]  # 亦, 皆: adverbs of Hong Kong and Taiwan papers, never inside a name
    firm_trade_adverbs: frozenset[str]  # 高新, 高速: words jieba reads as adverbs that a firm's legal name holds
    project_trade_adverbs: frozenset[str]  # 高速, 高新: the same words opening a project's name
    joint_verbs: frozenset[str]  # 联合, 携手: after a firm's suffix, one party joining another, no part of a name
    firm_stop: frozenset[str]  # 招商引资: words a firm's name never extends over, though an office's may hold them
    people_counters: tuple[str, ...]  # 人, 位: "A、B、C等8人" counts people, so its items are people's names
    procedure_verbs: frozenset[str]  # 办理, 核准: an office's verbs tagged as nouns, before a zone no part of it
    drive_verbs: frozenset[str]  # 力促, 狠抓: urging projects on, never inside a name, not even a status clause's
    strive_verbs: frozenset[str]  # 力争: a drive verb jieba tags a name or a noun, which still opens no firm's name
    event_verbs: frozenset[str]  # 举行, 召开: an event is reported, an item starts after them
    legal_forms: frozenset[str]  # 股份, 有限: a company body made of these alone names nothing
    founding_verbs: frozenset[str]  # 成立: a bare legal form after one is a firm not named yet
    person_titles: frozenset[str]  # 领导, 书记: an enumeration of people
    person_title_ends: tuple[str, ...]  # the titles of two characters and more, as word endings (副县长)
    zone_words: tuple[str, ...]  # 工业园, 开发区: a project or company after one lies in it
    zone_leads: tuple[str, ...]  # 经济, 高新: before a zone word
    enum_heads: Mapping[str, str]  # head noun after 等 -> label
    list_appositives: tuple[str, ...]  # 均为: "A、B，均为…企业" types the list by the clause's head
    visit_list_ends: tuple[str, ...]  # 等地: "到A、B等地调研", a visit's list, of firms where one ends in a trade
    visited_site_ends: tuple[str, ...]  # 馆, 湖: a site visited that names no firm; the list is not of firms only
    list_intros: tuple[str, ...]  # 包括, 分别是: "9个项目包括：A、B" types the list after the head
    list_intro_plurals: tuple[str, ...]  # 分别: an intro that says the head is many, with no count before it
    batch_act_verbs: tuple[str, ...]  # 签约: "签约的项目包括A、B": the projects of a batch's act are many
    enum_gap: int  # characters allowed between 等 and the head noun
    qualified_head_reach: int  # words after 等's head to a typeless head it qualifies ("等项目|引资|单位")
    status: tuple[str, ...]  # project status predicates, longest first
    status_adverbs: frozenset[str]  # words between a project and its status predicate (正式, 近日 …)
    total_adverbs: frozenset[str]  # 共, 累计: before a status predicate, its subject counts projects, names none
    status_times: tuple[str, ...]  # 上月, 下旬: when, between a project and its status predicate
    status_light_verbs: frozenset[str]  # 进行, 举行: before a status predicate, it is an act's object, no report
    roster_predicates: frozenset[str]  # 列入: a status only where what it lists into is no roster of other things
    roster_words: tuple[str, ...]  # 名录, 名单: a roster a village, a product or a firm is listed in
    builder_verbs: frozenset[str]  # 投资建设, 承建: "…项目由X投资建设" names the project its builder builds
    builder_max_words: int  # words between 由 and that verb
    project_visit_verbs: frozenset[str]  # 驻, 进: "某镇|驻|项目", the projects cadres go to, none named
    capacity_leads: frozenset[str]  # 存栏, 出栏: words before a capacity that count what a farm holds
    firm_party_organs: frozenset[str]  # 党委, 党组: after a company and before a post, the firm is named
    firm_offices: frozenset[str]  # 办公室: right after a company's legal name, the firm's own office
    firm_office_leads: frozenset[str]  # 总经理: whose office in the firm, between its name and 办公室
    firm_committees: frozenset[str]  # 管理委员会: after a company's name (and a field word), the firm's board
    category_leads: frozenset[str]  # 重点: before a field and 工程, a category of projects, no name's start
    programme_leads: tuple[str, ...]  # 东西部协作: the aid a project is done under, before its place
    category_kind_ends: tuple[str, ...]  # 工程, 项目
    milestone_short_names: frozenset[str]  # 中交: after a word of reaching it (建成), a plant's milestone, no firm
    milestone_leads: tuple[str, ...]  # 建成, 实现
    firm_department_fields: frozenset[str]  # 综合, 财务: before 部, a firm's own department, no office
    venture_words: tuple[str, ...]  # 合资: after partners' initials alone (中外合资公司), no firm named
    venture_partner_initials: frozenset[str]  # 中, 外, 马: a country's one character in a venture's kind
    venture_heads: tuple[str, ...]  # 公司: what a venture's kind is of (中外合资公司)
    firm_department_ends: tuple[str, ...]  # 部
    firm_unit_openers: tuple[str, ...]  # 集团公司: a firm's generic word before its department
    zone_committees: frozenset[str]  # 管委会, 委员会: a zone's committee, no one's after a scope and a zone's kind
    committee_leads: frozenset[str]  # 管理: between a zone's word and 委员会 ("开发区|管理|委员会")
    rate_periods: frozenset[str]  # 年, 日: a capacity's period, one word before its verb (日|处理|1200吨)
    period_rate_words: frozenset[str]  # 年产: a capacity's period and verb as one word
    project_word_tails: frozenset[str]  # 库, 部: after 项目, the projects' library or site office
    site_offices: frozenset[str]  # 项目部: a builder's office on a site, no government's
    builder_project_staff: frozenset[str]  # 负责人: after a builder's 项目, its own staff, no project named
    project_procedures: frozenset[str]  # 审批: "项目审批|服务部" names the office that approves projects
    campaign_year_words: frozenset[str]  # 建设: "项目建设年" is a year's campaign for projects
    listed_works_heads: tuple[str, ...]  # 科技城, 基地: an item of a list of firms named so is a project
    route_stops: frozenset[str]  # 站: a route's first stop that jieba tags as a verb
    route_sections: frozenset[str]  # 段: a road's section after the name of its end (至|枫林|段|改造工程)
    sectioned_route_ends: tuple[str, ...]  # 高速, 线, 路: a road whose bracketed section may follow it ((上杭段))
    name_time_words: frozenset[str]  # 现代, 未来: time words that begin names, unlike dates
    name_date_units: tuple[str, ...]  # 月: after a number, the month a clause happened in, no name's start
    name_day_units: tuple[str, ...]  # 日: after a month and a number, the day, no name's start
    brand_led_suffixes: frozenset[str]  # 食品: a weak company suffix that a brand must come right before
    listing_adverbs: frozenset[str]  # 又, 还: before 有, listing more items
    home_city: frozenset[str]  # 我市, 全市
    home_pref: frozenset[str]  # 全州, 我州
    home_county: frozenset[str]  # 我县, 本县: the county the article names
    project_refs: frozenset[str]  # 该项目: the project the article named last
    company_refs: frozenset[str]  # 该公司: the company the article named last
    min_head: int  # characters of a company name at the head of a project item
    place_like: tuple[str, ...]
    place_ends: tuple[str, ...]  # the PLACE suffixes: a word ending so is a place before it is a brand
    landform_ends: tuple[str, ...]  # 湖, 湾: an ordinary word ending so (港湾) is a brand in a legal name
    mountain_sides: frozenset[str]  # 东麓, 北坡: the side of a mountain a zone or its office is named after
    mountain_ends: tuple[str, ...]  # 山, 岭: what a mountain's name ends in, before its side
    province_office_ends: tuple[str, ...]  # 厅, 局: a province's department after its alias is named in full
    central_branch_offices: tuple[str, ...]  # 海事局: a national body's branch in a province, named with its alias
    project_sites: tuple[str, ...]  # 温泉: a site a project is built at, heading its name, no firm's brand
    determiners: frozenset[str]
    anonymous_marks: tuple[str, ...]  # 某: a name it opens is left unnamed ("某沪企…项目")
    anonymous_firm_kinds: tuple[str, ...]  # 企, 企业: after 某, the kind of the firm left unnamed
    determiners_longest: tuple[str, ...]
    back_determiners: tuple[str, ...]  # 该: the determiners that point back to one named before
    field_heads: tuple[str, ...]  # 领域: after 等, the listed words are fields, not names
    owned_field_heads: tuple[str, ...]  # 行业: after 等 and before 的, fields too
    listed_trades: frozenset[str]  # 冶炼, 选矿: a list's items before 等企业 that are kinds of firm, no firm
    firm_categories: tuple[str, ...]  # 独角兽, 专精特新: categories firms are ranked into, no firm (longest first)
    firm_category_scopes: tuple[str, ...]  # 国内外: a scope before such categories
    site_preps: frozenset[str]  # 在: before a division's loose alias and a verb, where it is done
    site_verbs: frozenset[str]  # 投资: after such an alias, what is done there
    settle_verbs: frozenset[str]  # 落户: before such an alias that ends the clause, the place settled in
    site_partners: frozenset[str]  # 与: before such an alias and a verb of signing, the place signed with
    member_time_words: frozenset[str]  # 青年: a body's members by their age, which jieba tags as a time
    group_words: frozenset[str]  # 集团: after a known group's short name, its unit's legal name goes on
    group_name_reach: int  # words before a unit's group word back to the place the group's name opens with
    parent_legal_forms: frozenset[str]  # 有限公司: a unit's name right after it is the unit of that firm
    works_legal_forms: tuple[str, ...]  # 有限公司: a works word right before it is a firm's trade, no project's end
    legal_trade_works: frozenset[str]  # 工程: between a trade read as a verb and the legal form (爆破|工程|有限公司)
    distributive_words: frozenset[str]  # 各: between the firms and the capacity each builds, part of neither
    magnitudes: frozenset[str]  # 万: between a number and a unit jieba cut from both (10|万|只)
    trade_processes: frozenset[str]  # 加工: goods and this after them is a kind of firm too (机电加工)
    trade_modifiers: frozenset[str]  # 新型: before a trade, a kind of firm (新型材料)
    trade_sectors: frozenset[str]  # 制造业: a sector a zone is named for after 先进 (先进制造业开发区)
    series_words: frozenset[str]  # 系列: a range of goods, inside a project's name after its product
    owned_suffixes: frozenset[str]  # 政府: a name so ending says whose it is
    government_owners: frozenset[str]  # 联邦, 特区: whose, though no place
    government_qualities: frozenset[str]  # 诚信, 阳光: the kind of government wanted, never whose
    product_standards: frozenset[str]  # 国六: the standard a product is built to, no firm's name
    basis_words: frozenset[str]  # 基于: "某公司|基于…的…项目", the basis a firm's project is named for
    short_name_marks: tuple[str, ...]  # 以下简称: a short name declared in brackets after a name
    level_glue_chars: frozenset[str]  # 以: glued by jieba to a division's level before a village
    list_closing_chars: frozenset[str]  # 等: a guess gluing it to a level before a title names no place
    firm_kind_words: frozenset[str]  # 企业: after ordinary words, a kind of firm, no name
    kind_determiners: tuple[str, ...]  # 不同, 各类: after 等, the list before is of kinds
    kind_list_openers: frozenset[str]  # 部分, 多家: before a list's first item, the items are kinds of firm
    generic_bodies: frozenset[str]
    facility: tuple[str, ...]
    units: tuple[str, ...]  # quantity units, longest first
    roads: frozenset[str]
    road_ends: tuple[str, ...]  # the same, longest first, for str.endswith
    site_sides: frozenset[str]  # 西侧, 北侧: a side of a road or place, where a project stands
    position_park_words: frozenset[str]  # 沿江, 临港: the water or port a park lies along, in its name
    numbered_routes: frozenset[str]  # 线, 国道: a number before them names a highway (305线)
    numbered_institutions: tuple[str, ...]  # 人民医院, 中学: named with an ordinal before them (第一人民医院)
    project_institutions: tuple[str, ...]  # 实验室, 设计院: after 工程, a field's institution, no project
    chamber_suffixes: frozenset[str]  # 商会: after 驻, the chambers stationed in a place, none named
    split_body_suffixes: frozenset[str]  # 工业会: an association's suffix jieba writes as two words (工业|会)
    trade_association_words: frozenset[str]  # 协会: an association of the trade a place's name opens
    association_non_trades: frozenset[str]  # 消费者, 足球: fields of associations that are no trade's
    body_branches: frozenset[str]  # 分会: a chamber's or an association's branch, named by its trade after it
    branched_bodies: tuple[str, ...]  # 商会, 协会: the bodies a branch word after their name belongs to
    plant_kinds: frozenset[str]  # 污水处理厂, 屠宰场: alone in a list, no project
    plant_modes: frozenset[str]  # 分布式, 集中式: how a plant is built, before its capacity; no firm's word
    region_groups: tuple[str, ...]  # 京津冀, 长三角: regions of several divisions, no firm's brand before a trade
    city_clusters: tuple[str, ...]  # 城市群: a cluster of cities, named by their first characters, no county's alias
    item_works: frozenset[str]  # 建设: after a listed facility, the work on it ("…产业园|建设|等…项目")
    road_grades: tuple[str, ...]  # 一级, 二级: a grade before 路 names a road being built, no street
    figurative_roads: frozenset[str]  # 新路: "转型新路" is a way of doing things
    way_verbs: frozenset[str]  # 蹚, 闯: "蹚新路" goes a new way, no road
    long_agency: frozenset[str]
    place_trailers: tuple[str, ...]
    urban_area_words: tuple[str, ...]  # 中心城区: a place the tagger ends inside runs to the word's end
    ordinary_city_names: frozenset[str]
    ordinary_aliases: frozenset[str]  # 新建: a division's short alias that is mostly an ordinary word
    ordinary_prefecture_aliases: frozenset[str]  # 来宾: a prefecture's alias, a noun first
    region_names: frozenset[str]  # 中原, 江南: a region before a district's short alias
    regional_prefecture_aliases: frozenset[str]  # 海西: a prefecture's alias, a region elsewhere
    function_chars: frozenset[str]
    people_words: frozenset[str]  # 人: after a city abroad, its people or a resort named for it (威尼斯人), no place
    expressway_words: tuple[str, ...]  # 高速: a firm named by its road (深高速) inside an expressway's name (长深高速), longest first
    paired_end_routes: frozenset[str]  # 高速, 铁路: a route named by its two ends' one-character names (廊沧高速)
    settlement_chars: frozenset[str]  # 圩, 铺: a village's or market town's last character, alone to jieba (涛|圩)
    suffix_goods: Mapping[str, frozenset[str]]  # 工程: 装备: after a project's suffix, goods it names
    suffix_compounds: Mapping[str, frozenset[str]]  # 公园: 城市: after a suffix, the word that makes one noun with it
    capacity_class_marks: tuple[str, ...]  # 级: 百万吨级, a capacity's class after its unit
    open_legal_forms: tuple[str, ...]  # 有限责任: the first word of a legal form jieba cut in two
    brand_end_chars: frozenset[str]  # 和: "仁义|和|旅游开发有限公司", a brand's last character read as a conjunction
    place_brand_tags: frozenset[str]  # t, q: jieba's tags of a brand's characters between a legal name's place and trade
    place_brand_reach: int  # characters of such a brand
    company_glue_chars: frozenset[str]  # 为, 以: a clause's character a guess glues to a brand's first word
    addressee_chars: frozenset[str]  # 对, 向: a preposition a guess glues to the person's name before it
    time_glue_chars: frozenset[str]  # 后: "三年|后入园", after a span of time, glued to the next word
    inside_chars: frozenset[str]  # 内: "within" after a zone, glued by a guess to the next name
    level_prepositions: frozenset[str]  # 于: "at", glued by a guess to the level of the office after it
    place_list_glue_chars: frozenset[str]  # 和: a list's conjunction glued by a guess to the next place
    former_marks: frozenset[str]  # 原: "the former" town, glued by a guess to its name
    place_titles: tuple[str, ...]  # 侨乡: a place's title after its name, no township
    lead_words: tuple[str, ...]  # 日电, 时任: before a name, never in it; longest first
    border_words: tuple[str, ...]  # 东临, 南接: a border's side before its neighbour's name (also lead words)
    hope_verbs: frozenset[str]  # 希望: a leader's hope of a firm, before its name (the tagger's spans)
    acting_words: tuple[str, ...]  # 代表: a person acting for a body, glued to the given name (刘|军代表)
    surnames: frozenset[str]  # 王, 钱: after a title, a surname and an alias are a person
    armed_services: frozenset[str]  # 海军, 空军: a body's suffix that is a common given name too
    army_suffixes: tuple[str, ...]  # 军, 海军: after a country's one-character short name, its armed forces (美军); longest first
    army_unit_words: frozenset[str]  # 部队: after a state's army, its troops, one body with it (美军部队)
    army_command_ends: tuple[str, ...]  # 舰队, 司令部: a command of a state's army, one body with it (美军太平洋舰队)
    army_former_states: Mapping[str, str]  # 苏: 苏联, a former state's short name, read so before an army's suffix
    army_unread_short_names: frozenset[str]  # 中, 华: short names no army is named by
    bureau_companies: tuple[str, ...]  # longest first
    bureau_units: tuple[str, ...]  # 工程局, 冶: after the number; longest first
    bureau_fields: tuple[str, ...]  # 公路, 航务: between the number and the unit (中交第一公路工程局); longest first
    institute_companies: tuple[str, ...]  # 中国电建: groups whose institutes are named by a region and 院; longest first
    institute_regions: frozenset[str]  # 西北, 华东: regions such an institute is named by, besides places
    central_bank_ends: tuple[str, ...]  # 中央银行: a bank so named is a state's office
    bank_words: tuple[str, ...]  # 银行: a body so named whose branch after it (某某分行, 支行) is its own
    business_verbs: frozenset[str]
    business_units: frozenset[str]  # 交易中心: a unit a business verb runs, before the legal form
    zone_verbs: frozenset[str]  # 转移, 共建: "产业转移工业园" names a zone by what it takes in
    model_zones: frozenset[str]  # 示范园, 试验区: a model zone, named by what it shows ("融合发展|示范园")
    brand_verbs: frozenset[str]  # 联合, 创新: verbs that are brands right after a company's place
    brand_adverbs: frozenset[str]  # 永久, 一致: words jieba reads as adverbs that are brands before a trade
    brand_numerals: frozenset[str]  # 玖, 叁: numerals in their written-out form, which count nothing in news
    numeral_brand_heads: frozenset[str]  # 集团: the word after which a numeral (一重, 九三) is a group's brand
    count_characters: frozenset[str]  # 些, 家, 批: characters after a numeral that make it a count
    state_brand_chars: frozenset[str]  # 中: a state firm's first character, read as a locative
    industry_trailers: frozenset[str]
    venue_trailers: tuple[str, ...]  # 酒店, 大厦: after a known firm's name, the venue it names
    level_words: frozenset[str]  # 乡贤: a division's level character opening a word of its own
    demonym_words: frozenset[str]  # 台商, 港资: a one-character place in them is no mention of the place
    caption_position_re: re.Pattern  # 右三组, 左六: where a person or group stands in a photo, no place
    team_words: tuple[str, ...]  # 组: after a verb (观摩组), a team named by its work, no village group
    road_extension_words: tuple[str, ...]  # 北延: a road's extension, one word with the road before it
    riverside_words: tuple[str, ...]  # 沿黄: a river's banks by its short name, one word of place as 沿江
    dateline_place_re: re.Pattern  # 本报|龙游|2月20日电: the place a report is filed from
    slash_byline_re: re.Pattern  # after a name: "/新竹报导", a byline's slash; the name is its bureau
    invested_amount_re: re.Pattern  # "5亿元" between a firm and its project: what it invests, no part of a name
    new_facility_marks: frozenset[str]  # 新: "某某公司|新|生产基地项目" is the firm's project, named by its kind
    qualifier_places: frozenset[str]  # 临港: a place only where no noun follows (临港集疏运中心 is "port-side")
    qualifier_place_followers: frozenset[str]  # 和, 的: what may follow such a place named as one
    village_towns: tuple[str, ...]  # 镇, 乡: after such a town, "正觉|村" is its village
    autonomous_levels: tuple[str, ...]  # 自治县: a name opening with it opens with the division before it
    village_name_stop_tags: frozenset[str]  # v, r: jieba's tags of a clause's word before 村 (进村, 各村)
    industry_ends: tuple[str, ...]  # 产业, 行业: a word ending so after a trade makes the trade an industry
    site_ends: tuple[str, ...]  # 园, 馆: "洪洲电子|科技园" is a park named after a trade, no company
    numbered_units: frozenset[str]  # 师: "第六|师|红旗农场", a unit told apart by its ordinal, which opens the name
    site_region_ends: tuple[str, ...]  # 地区: "在|西北地区|投资", a region where a firm invests, no project's name
    site_locatives: frozenset[str]  # 园内: a site's last character glued to "in" ("马铺化工|园内"), a site all the same
    category_heads: tuple[str, ...]  # 重点项目, 标志性项目: what comes before them is a kind of project
    whole_chain_words: frozenset[str]  # 全产业链: before 项目 one project's scope, no category (产业链项目)
    whole_project_heads: tuple[str, ...]  # 项目: "…建设项目|主体工程" is the project, then its part
    phase_words: frozenset[str]  # 一期, 三期: a phase is part of its project's name
    bracketed_parts: frozenset[str]  # 加工区: a facility's part in brackets before 项目, part of the name
    community_kinds: frozenset[str]  # 智慧, 安全: a programme's kind of community or village, no place
    chain_roles: frozenset[str]  # 补链, 强链: a project's part in a chain, which names no project
    kind_marks: tuple[str, ...]  # 型: a word so ending says what type a project is, not which
    office_sides: frozenset[str]  # 前方: "援疆|前方|指挥部", a headquarters' side, inside its name
    sided_offices: frozenset[str]  # 指挥部: the offices a side may come right before
    owned_project_min_chars: int  # "县|第一中学扩建|项目": how long a description the county's project needs
    amount_led_verbs: frozenset[str]  # 投资: "投资4亿元的|新型板材|项目" is one project, its sum said
    amount_led_min_chars: int  # how long the description after the sum and 的 must be
    park_heads: tuple[str, ...]  # 产业园: a project's head whose name needs park_min_chars before it
    office_kinds: tuple[str, ...]  # 机关, 部门: after a field alone (公安机关), a kind of office, none named
    zone_kinds: frozenset[str]  # 工业园区: after ordinary words only, a kind of zone (一流工业园区), no name
    zone_scopes: frozenset[str]  # 全省, 村级: a scope or a level before a kind of zone, which it does not name
    zone_scopes_longest: tuple[str, ...]  # the same, longest first, for str.endswith
    zone_kinds_longest: tuple[str, ...]  # zone_kinds, longest first
    head_invest_verbs: frozenset[str]  # 投资, 参股: after a firm heading a project's item, the firm's verb
    developing_verbs: frozenset[str]  # 开发: after 投资, the clause's verb before a project's name
    site_named_units: tuple[str, ...]  # 千伏, kV: a capacity that names its line by its site, after no firm
    joint_build_words: frozenset[str]  # 共建: right before 项目, part of the project's name ("…振兴共建项目")
    partner_work_words: frozenset[str]  # 合作: with a partner, before the clause's 建设, no field of a facility
    naming_words: frozenset[str]  # 命名: before a list of firms in an honours notice, its first item starts after it
    peer_levels: tuple[frozenset[str], ...]  # 县, 区: levels of one rank, whose offices a determiner shares ("各县、区政府")
    park_min_chars: int  # "零碳|产业园" is a kind of park, "黄沙浙商|产业园" one park
    paired_partners: frozenset[str]  # 疆: with one_character_places, the partners naming a paired park (鲁疆产业园)
    facility_joiners: frozenset[str]  # 暨: a project joiner between two facilities only
    zone_ratings: frozenset[str]  # 二星级, 十快: a grade of zone, which names no zone
    policy_kinds: frozenset[str]  # 扶贫, 帮扶: the policies a kind of project serves, which name no project
    park_kinds: frozenset[str]  # 文化, 湿地: a public park's kind, which names no park (文化公园)
    park_kind_heads: tuple[str, ...]  # 公园, 乐园: what park_kinds go before
    product_list_marks: frozenset[str]  # 、 between products inside one project's name
    project_item_marks: frozenset[str]  # 、 between the items of a list of projects
    visit_verbs: frozenset[str]  # 走进, 来到: going to a site comes before its name, never in it
    meeting_verbs: frozenset[str]  # 会见: meeting a firm's people comes before the firm's name, never in it
    firm_talk_verbs: frozenset[str]  # 介绍: telling of one's own 公司, after the firm's name, never in it
    object_heads: frozenset[str]  # 电站: a verb right before it makes the plant the clause's object
    report_verbs: frozenset[str]  # 作: "某某作|项目情况介绍", a report on the projects, no project named
    verb_complements: frozenset[str]  # 好: "建设|好|灵山项目", the verb's result, no part of a name
    care_verbs: frozenset[str]  # 保障: "服务|保障|项目早开工", the projects in general
    known_only_levels: frozenset[str]  # 市, 县: one character and these, unknown to the gazetteer, is no place
    rate_re: str  # "2×150t/d": a capacity's rate, one word (the tokenizer keeps it whole)
    batch_periods: frozenset[str]  # 二季度: a year's period, inside a name a batch of its projects
    approximate_words: frozenset[str]  # 近, 约: a rough count after 等 is the list's count all the same
    inclusive_closers: frozenset[str]  # 在内: closes "包括A、B在内", no part of the last item
    brand_dots: frozenset[str]  # ·: a firm's brand before its project's name ("京东·梁平数字产业园")
    firm_kind_heads: frozenset[str]  # 企业: a list's item closed by it is a kind of firms, none named
    aid_words: tuple[str, ...]  # 援藏, 援疆: aiding a region, one verb, whose region is no place of its own
    office_title_seams: tuple[tuple[str, str], ...]  # 法院|院长: an office and its head's title, kept apart
    policy_verbs: tuple[str, ...]  # 对标, 赋能: verbs of today's papers jieba does not know, kept whole
    slogan_qualities: frozenset[str]  # 智慧, 美丽: what a slogan wants a place to be ("美丽老港"), no part of its name
    titled_office_suffixes: frozenset[str]  # 署, 局: an office by its field alone, where its head's title follows
    zone_rank_marks: frozenset[str]  # 国家级: "西宁（国家级）经济技术开发区", the rank inside a zone's name
    placed_only_offices: frozenset[str]  # 行政服务中心: an office only with its level or place before it
    partnership_kinds: frozenset[str]  # 央地, 校企: a kind of partnership by its two sides; 央地合作项目 names none
    meeting_words: tuple[str, ...]  # 推进会: a meeting whose 会 jieba reads into a place after it (会宁)
    project_creeds: tuple[str, ...]  # 为王: "项目为王", a creed about projects, none named
    verb_office_heads: Mapping[str, frozenset[str]]  # 办: 主任 — "市合作交流办(v)|主任", an office jieba ends in a verb
    acting_post_words: frozenset[str]  # 代理: before a head's title split by jieba ("代理|局|长"), the office ends before it
    deputy_marks: tuple[str, ...]  # 副: before the title of a titled office's deputy head (副局长)
    lone_office_suffixes: frozenset[str]  # 局, 委: written alone after the office's field
    level_organs: frozenset[str]  # 委, 政府: after several levels together (县区委), everyone's organ
    division_parts: frozenset[str]  # 东部: a division's part, inside a project's name after the division
    use_marks: frozenset[str]  # 用: what a product is for, between two nouns inside a project's name
    regional_styles: tuple[str, ...]  # 医药, 剧: after a region's one-character name, a style or craft (藏医药, 京剧)
    bearings: frozenset[str]  # 东北: a direction where one of bearing_after follows ("东北与…接壤")
    province_parts: frozenset[str]  # 粤东, 闽南: a part of a province; a city's name after it starts past it
    bearing_after: tuple[str, ...]
    name_joints: frozenset[str]  # ·: the mark between two names written together (广东·惠州), no part of one
    investor_kinds: frozenset[str]  # 央企, 外企: a kind of investor, whose projects in general are none named
    enum_possessives: frozenset[str]  # 的: right after 等, what follows is of the list, no head of its items
    own_division_words: tuple[str, ...]  # 我镇: a town paper's own town, a pronoun to the segmenter
    trade_terms: tuple[str, ...]  # 并网, 冷链: words of what projects build that jieba cuts apart, kept whole
    market_boards: tuple[str, ...]  # 科创板: a stock market's boards, words jieba does not know
    firm_office_ends: frozenset[str]  # 所: 上交所, a listed firm's short name that ends like an office
    kind_terms: frozenset[str]  # 低碳, 深加工: words jieba tags as names that say what kind a project is
    nickname_words: tuple[str, ...]  # 之称, 美誉: a quoted name before them is a place's nickname, no place
    goal_words: tuple[str, ...]  # 定位: "“A、B、C”的发展定位": the quoted items are goals, no places
    building_words: tuple[str, ...]  # 办公厅舍: a building whose name ends like an office's, kept whole
    port_kinds: frozenset[str]  # 陆, 空: before 港, the kind of a port, and 港 no Hong Kong
    road_code_re: re.Pattern  # G348, S205线: a highway's number before a place, no part of its name
    slogan_classifiers: frozenset[str]  # 张: "“三张牌”项目", a programme's counted label
    superlatives: frozenset[str]  # 首座, 最大: a project's kind after them describes one, no name
    part_project_words: tuple[str, ...]  # 子项目: a project's parts, kept whole so a count before them stays one
    place_epithets: tuple[str, ...]  # 酒都: a city's title before its name, no part of it
    short_groups: tuple[str, ...]  # 能投集团, 铁投集团: a province's groups by their short names, kept whole
    office_short_words: tuple[str, ...]  # 网信办: an office's short form, kept whole by the segmenter
    liaison_city_chars: tuple[str, ...]  # 郑: a capital's one character in a liaison office's name (驻郑办)
    park_committees: tuple[str, ...]  # 园管委会: a park's committee after the park's short name, kept whole
    owner_nationality_words: tuple[str, ...]  # 日商: a foreign owner's nationality before its firm's name
    zone_owner_levels: tuple[str, ...]  # 市: a bare level before a named zone, whose it is
    subsidiary_words: frozenset[str]  # 子公司, 全资子公司: a group's subsidiary by its kind, after the group
    member_marks: tuple[str, ...]  # 旗下: between a group and a firm of it, no part of either name
    firm_boards: tuple[str, ...]  # 董事局, 董事会: a firm's governing bodies after its legal name
    firm_only_departments: tuple[str, ...]  # 市场部, 营业部: departments only a firm has, after its name too
    firm_sites: tuple[str, ...]  # 总部, 展厅: a firm's own premises after its name, where a visit goes
    listed_association_ends: tuple[str, ...]  # 协会: a body listed among firms, no firm (an association is an agency)
    build_words: frozenset[str]  # 新建, 扩建: the building between a park and 项目 names the park's project
    glued_products: frozenset[str]  # 新材料: a product whose first character is a leading word (新)
    town_levels: frozenset[str]  # 镇, 乡: an office opening with one (镇政府) is a town's, named before it
    institution_heads: tuple[str, ...]  # 学院, 小学: a school or hospital is named after its trade, no company
    branch_park_suffixes: frozenset[str]  # 分园: a zone's branch park, but no school's branch
    person_venues: tuple[str, ...]  # 纪念馆, 故居: a hall named after the person whose name opens it
    territory_words: frozenset[str]  # 县境, 市内: a level glued to a word of territory, after the short name
    work_facilities: tuple[str, ...]  # 设施, 仓库: what a facility does comes before them ("储备|设施")
    verb_read_facilities: frozenset[str]  # 站: a facility's end jieba may tag a verb ("调峰|站")
    place_read_facilities: frozenset[str]  # 大桥: a facility's word jieba tags a place ("城西|大桥|工程")
    li_place_heads: frozenset[str]  # 铺, 戈壁: after a distance in li, a place's name ("二十里|铺")
    locative_read_trades: frozenset[str]  # 前端: a trade's word jieba tags a locative ("射频|前端|芯片")
    field_list_verbs: frozenset[str]  # 涉及: a list of projects after it names their fields
    comparatives: tuple[str, ...]  # 更多, 更大: "更多大项目" is a kind of project, none named
    agreement_ends: tuple[str, ...]  # 协议, 备忘录: an agreement counted among projects is no project
    ranking_ends: frozenset[str]  # 强: "世界500强" after a number is a ranking of firms, no firm
    ranking_words: frozenset[str]  # 百强: the same with its number written in
    ranking_subjects: tuple[str, ...]  # 民营企业: what a ranking ranks, between its scope and its number
    ranking_scopes: tuple[str, ...]  # 世界, 全国: a ranking's scope (中国 too, a place elsewhere)
    ranking_kinds: tuple[str, ...]  # 企业: the word for what is ranked, after the ranking
    written_levels: tuple[str, ...]  # 旗, 盟: a division's alias and this level, written, is the division
    list_joiners_only: frozenset[str]  # 以及: joins two items of a list, never inside one name
    plant_areas: frozenset[str]  # 厂区: a firm's plant, which the suffix 区 would make a place
    project_count_classifiers: frozenset[str]  # 只: "12|只|项目" counts projects, only right before 项目
    people_chars: frozenset[str]  # 人, 族: after a place, its people; the place is still named
    site_words: tuple[str, ...]  # 施工现场: a works' site, never the last word of a place's name
    place_idioms: tuple[str, ...]  # 金山银山: a set phrase of hills and waters; no place lies inside one
    place_named_breeds: tuple[str, ...]  # 南美白对虾: a breed named after a place; no place lies inside one
    manner_marks: tuple[str, ...]  # 式: right after a place, a manner named for it (中国式现代化), no place
    way_words: tuple[str, ...]  # 路径, 路子: a way of doing things; a place's 路 before the rest is no road's
    chain_position_words: frozenset[str]  # 下游: "苯乙烯|下游|精细化工项目", inside what a project makes
    event_name_re: re.Pattern  # "文化国际博览会": words closing an event's name right after a short name
    name_title_heads: frozenset[str]  # 长: 外交部|长 is the ministry and its minister
    one_character_places: Mapping[str, str]
    demonym_marks: frozenset[str]  # 商, 才: 湘商, 赣才, a province's merchants or talents, no mention of it
    paired_short_name_readings: Mapping[str, str]  # 港澳 -> 澳门特别行政区: 澳 after 港 is Macao
    paired_short_names: frozenset[str]  # 巴, 叙: a country's short name only where paired with another
    pair_words: tuple[str, ...]  # 两国, 关系: after short names written together, they name countries
    travel_words: frozenset[str]  # 赴, 访, 驻: going to or being in the place a short name after them names
    travel_places: frozenset[str]  # 华, 美, 港: short names that stand alone after travel_words (来华, 赴美)
    side_words: tuple[str, ...]  # 方: a country's side (中方, 美方)
    list_marks: frozenset[str]  # 、, 和: between the names of a list (places, companies)
    locative_words: frozenset[str]  # 在, 抵达: before a country and a place in it (在|荷兰|埃因霍温|举行)
    home_country: str  # 中国: a name after it is mostly a body's (在|中国|移动…), no town
    media_suffixes: tuple[str, ...]
    media_exceptions: tuple[str, ...]
    media_bodies: tuple[str, ...]
    firm_outlet_starts: tuple[str, ...]  # after a firm's name, the start of its news site's dateline (中华石化|网讯)
    store_ends: tuple[str, ...]  # 商城: a store is a business, never a place
    system_words: tuple[str, ...]  # 制度: "人民代表大会|制度" is the system, no body
    outlet_re: re.Pattern  # matched right after a place: the place begins an outlet's name (长城|网讯)
    outlet_name_re: re.Pattern  # a paper's word, after which a division's name is the story's paper's (酒泉|日报)
    title_paper_re: re.Pattern  # a paper's word closing a book title after a name: "《人民政协|报》" is the paper
    government_outlets: tuple[str, ...]  # 政府网: a government's own site, its division's by any name
    own_outlet_leads: tuple[str, ...]  # 今日: "今日某某网" is the division's own site
    company_strong: tuple[str, ...]
    stop_compounds: Mapping[str, frozenset[str]]  # 发展: 融合 — "融合发展" inside a project's name
    stop_compound_heads: Mapping[str, frozenset[str]]  # 协同: 处置 — "协同处置" inside a project's name
    body_works_compounds: Mapping[str, tuple[str, ...]]  # 建设: 发展 — "建设发展办公室", an office's name
    company_suffixes: tuple[str, ...]  # longest first
    enum_head_re: re.Pattern
    count_classifiers: frozenset[str]  # 个, 批: "四个项目", "等10个…项目" count projects, never name one
    site_count_classifiers: frozenset[str]  # 处: "六处|工业区" counts zones, names none
    body_count_classifiers: frozenset[str]  # 所: "等|2|所|科研院所" counts institutes, names none
    joined_event_verbs: frozenset[str]  # 参加: "参加|云端连线|集中签约的项目", the event projects join
    count_verbs: frozenset[str]  # 有: "…提升项目|有|3个" counts the projects of a kind
    trade_facility_ends: tuple[str, ...]  # 园, 中心: "…物流|汇算中心项目" is one project, named with its trade
    batch_re: re.Pattern  # 第二批, 首轮: a batch of projects, never one named
    batch_marks: tuple[str, ...]  # 集中: after a quoted campaign's 项目, its projects done together
    place_project_works: frozenset[str]  # 建设: "某高新区|项目|建设", the building of a place's projects
    promotion_events: frozenset[str]  # 推介会: after 项目, the projects a place offers, none named
    delegation_words: tuple[str, ...]  # 代表团: "某市代表团|项目签约", the projects a fair's delegation signs
    project_joiners: frozenset[str]  # 及: "食用油及优质米加工项目" joins two products inside one name
    works_verbs: frozenset[str]  # 迁建, 扩建: what is done to a named facility ("县人民医院|迁建") makes a project
    works_min_chars: int  # characters before such a verb that name the facility
    works_max_words: int  # words of a facility and its works after its investment (投资3亿元的…迁建)
    invested_builds: frozenset[str]  # 建设, 兴建: a firm's investment builds what follows (…投资5亿元建设…基地)
    invested_facility_heads: tuple[str, ...]  # 基地, 产业园: what a firm's investment builds, as its project
    capacity_line_heads: tuple[str, ...]  # 生产线: a firm's line of a stated output is its project
    office_fields: frozenset[str]  # 招商: a field before a known office opens its full name (区|招商|投资促进局)
    office_joined_fields: frozenset[str]  # 合作: a field joined to a known office by 与 (县|合作|与|招商局)
    office_field_joiners: frozenset[str]  # 与, 和: the conjunction between that field and the office
    glued_joiners: frozenset[str]  # 及, 暨: cut off the front of a word jieba never saw ("及|宏方")
    marked_glued_joiners: frozenset[str]  # 即: as glued_joiners, only right after a punctuation mark
    glued_adverbs: frozenset[str]  # 已: cut off either end of a word jieba never saw ("教育城已|开工")
    glued_route_joiners: frozenset[str]  # 至: cut out of a word jieba never saw ("城至枫" -> "城|至|枫")
    having_words: frozenset[str]  # 现有: "now has", read as an adjective, before the firms it lists
    whole_project_words: tuple[str, ...]  # 项目: a conjunction after it ends the project ("…公路项目及光伏发电")
    product_modifiers: frozenset[str]  # 相关, 配套: open the second product after 及 ("…及相关配件项目")
    amount_words: frozenset[str]  # 超, 以上: "超亿元项目" is a size class, not a project
    money_magnitudes: frozenset[str]  # 亿, 万: an amount a headline writes without 元 ("总投资67亿项目")
    currency_words: frozenset[str]  # 人民币, 美元: after an amount's unit, still the amount
    paired_regions: frozenset[str]  # 东盟: after 中国 and a dash, the pair opens a framework's names
    pair_dashes: frozenset[str]  # the dashes between the pair's two
    date_words: frozenset[str]  # 年度, 月份: "2022年度1-2月份重点项目" is a batch, not a project
    investment_words: frozenset[str]  # 投资: "总投资25.6亿锂电池项目" names 锂电池项目
    area_words: frozenset[str]  # 占地: "占地200亩食品加工项目" names 食品加工项目
    committee_ends: tuple[str, ...]  # 委, 党委: "县委政府" is the committee 县委 and the government
    committee_government_ends: tuple[str, ...]  # 政府, after a committee's name
    title_glued_bodies: tuple[str, ...]  # 台协: a short name jieba glues to its head's 会长
    office_host_ends: tuple[str, ...]  # 政府, right before one of its own offices
    agency_joiners: frozenset[str]  # 和: "工业和信息化委员会" is one office
    preposition_agency_joiners: frozenset[str]  # 与: joins only a field before the suffix's word, not a whole office
    placeless_agency_joiners: frozenset[str]  # 及: "商务及经济发展局" is one office, with no place before it
    item_cuts: frozenset[str]  # 的, 暨: a list item starts after them
    route_joiners: frozenset[str]  # 至: "深河至房县…改扩建项目" is one road's project
    transfer_joiners: frozenset[str]  # 向: "某水库向某水厂输水工程" joins a water line's two ends ...
    transfer_works: frozenset[str]  # ... when a word of carrying follows the second end (输水, 调水)
    transfer_reach: int  # words after the second end's first word where that word may come
    road_section_max_words: int  # words inside a road's bracketed section ("某路(甲路-乙路)")
    trade_park_ends: tuple[str, ...]  # 园, 园区: a park's word after a trade ("某某化工园")
    trade_park_max_words: int  # the park's other trade words between ("化工|新|材料|产业园")
    park_mode_words: frozenset[str]  # 循环: how a park works, between its trade and its word ("化工|循环|经济|园")
    park_trades: frozenset[str]  # 化工: trades a park is zoned for and named after
    site_invest_verbs: frozenset[str]  # 投资: after "在 + a place" it is the clause's verb, no name's word
    opening_invest_verbs: frozenset[str]  # 投资 opening a list item: the item's verb, then the project
    site_prepositions: frozenset[str]  # 在, 于: open the place where the clause's verb is done
    site_verb_reach: int  # words of the place between the preposition and the verb
    agency_suffixes: tuple[str, ...]  # every AGENCY suffix: "效能办|和|环保局" is two offices
    division_count_re: re.Pattern  # "等2个镇", "等3个村": 等 closes a list of divisions
    village_levels: tuple[str, ...]  # 村, 社区: a counted list of them names villages, no county
    date_place_names: frozenset[str]  # 五四, 八一: a day of note a village is named after, no count
    collective_words: tuple[str, ...]  # 集体: 村集体 is the village's collective
    collective_verbs: tuple[str, ...]  # 运营: before 村集体 it runs the collective, no village's name
    place_kind_re: re.Pattern  # "等地的", "等省市": 等 closes a list of places
    part_words: tuple[str, ...]  # "等设施工程", "等配套工程": 等 closes a list of one project's parts
    not_office_ends: tuple[str, ...]  # 总部, 干部: words that end like an office and name none
    office_plurals: frozenset[str]  # 局处: an office's last character and the next, offices in general
    local_divisions: tuple[str, ...]  # 村, 镇: where a cooperative or a farm is, never the start of its name
    village_firm_ends: tuple[str, ...]  # 合作社: a village's own cooperative holds the village's name
    model_unit_titles: tuple[str, ...]  # 示范社: after a co-operative's word, the title of a model one
    cooperative_forms: tuple[str, ...]  # 专业: a cooperative's legal form before 合作社, longest first
    cooperative_trades: frozenset[str]  # 农机, 粮油: what a cooperative does, no name of one
    cooperative_levels: tuple[str, ...]  # 村级: the level of division holding a cooperative, no name of one
    cooperative_works: tuple[str, ...]  # 服务, 种植: the work a co-op of a trade does (农机服务专业合作社: no name)
    cooperative_fostering_verbs: tuple[str, ...]  # 发展, 扶持: a policy's verb before a kind of co-operative
    cooperative_division_levels: frozenset[str]  # county: a division whose co-operatives of a kind are many
    cooperative_bare_kinds: frozenset[str]  # 农民专业: a co-operative's form alone, the kind every village runs
    office_levels: tuple[str, ...]  # 国家, 省, 自治区: a known office's name written after one is an office of that level
    office_divisions: tuple[str, ...]  # 州, 县: a division so written before a known office begins its name
    untaught_division_ends: tuple[str, ...]  # 旗, 盟: divisions the tagger learnt few of; its veto stands aside
    region_group_kinds: frozenset[str]  # 建投: a region's group named by its place and this; the place is the firm's
    grassroots_offices: tuple[str, ...]  # 村委会: a village's or a community's own committee
    grassroots_places: tuple[str, ...]  # 村, 社区: the places such a committee is named after
    branch_suffixes: frozenset[str]  # 分公司, 支行: a name that holds its parent's legal name
    branch_parent_ends: tuple[str, ...]  # 银行, 公司: a branch's parent's name ends so, before the branch's words
    item_joiners: frozenset[str]  # 和: joins the last two projects of a list
    firm_list_joiners: frozenset[str]  # 及: in a list of firms, joins its last two, each a firm of its own
    division_nouns: frozenset[str]  # 镇, 县: what a count of divisions counts ("四县")
    count_possessives: tuple[str, ...]  # 的: between a count of divisions and their offices ("3市的|市政府")
    division_ends: tuple[str, ...]  # the same, for str.endswith: "广城村" ends in a division
    meeting_ends: tuple[str, ...]  # 会: an event or an association, never part of a place's name
    autonomous_divisions: frozenset[str]  # 自治区: after a whole city's name, the level, not its end
    signing_verbs: frozenset[str]  # 签署: a company signs for its project
    owner_invest_verbs: frozenset[str]  # 投资: "X有限公司投资的Y项目" is X's project
    aspect_particles: frozenset[str]  # 了: closes a verb; jieba may glue it to the name after
    example_marks: frozenset[str]  # 如: opens an example; jieba may glue it to the place after ("如泉港")
    name_numerals: frozenset[str]  # 二: a numeral jieba cuts off a name's first character ("二|林园区" of 二林园区)
    firm_count_classifiers: frozenset[str]  # 家: "A、B等|22|家|…之|厂商": the count is of firms, the head may be far
    firm_heads: frozenset[str]  # 公司: a list item's firm so written is named apart from its trade
    indefinite_leads: tuple[str, ...]  # 一家, 一: "一家|成都|公司" is some firm from there, longest first
    place_firm_heads: tuple[str, ...]  # 公司, 企业: after 一 and a place, a firm no name is given for
    level_firm_units: frozenset[str]  # 分行, 公司: after a level alone (市分行), the level's unit of some firm
    quality_characters: frozenset[str]  # 大, 好, 高, 优: "大好高优项目" is a run of qualities, no name
    quality_run_max: int  # the longest such run
    joined_agency_ends: tuple[str, ...]  # the offices so named: 局, 厅, 委员会
    event_heads: tuple[str, ...]  # 仪式, 大会: "通车仪式" is an event, not a project
    honour_words: frozenset[str]  # 品牌, 示范: "农业品牌县" is a title a county earns
    honour_divisions: frozenset[str]  # the suffixes such titles end in: 县, 市, 省
    title_superlatives: tuple[str, ...]  # 最, 十佳: a word opening so inside a place's name makes it a title
    slogan_verbs: frozenset[str]  # 立, 兴: "科技兴县" is a way to make the county thrive, no place
    slogan_means: tuple[str, ...]  # 以: "以产兴城", the means a slogan opens with
    quoted_drive_verbs: frozenset[str]  # 强, 补: “强产业”项目, “补链”项目 are a programme's slogans
    slogan_divisions: frozenset[str]  # what such slogans end in: 县, 市, 城
    slogan_counts: frozenset[str]  # 万: "万企兴万村" makes villages by the ten thousand thrive
    campaign_verbs: frozenset[str]  # 驻, 帮: "驻镇帮镇扶村", a campaign's verb and level, no place
    campaign_count_verbs: frozenset[str]  # 联: "千企联千村", a drive by counts of firms and villages
    mission_suffixes: frozenset[str]  # 大使馆, 领事馆: a mission is named by the country that sends it
    mission_words: tuple[str, ...]  # 驻: "中国|驻|法国|大使馆" is one name
    ministry_ends: tuple[str, ...]  # 部, 委: a known office so ending has departments (外交部|领事司)
    department_ends: tuple[str, ...]  # 司: how such a department's name ends
    ministry_bureau_ends: tuple[str, ...]  # 局: a national ministry's bureau, named after it (商务部投资促进局)
    office_units: tuple[str, ...]  # 支队, 部队: a named office's unit, written after it (某市公安局禁毒支队)
    unit_office_ends: tuple[str, ...]  # 局, 部: how an office that has such units ends
    ministry_bureau_heads: tuple[str, ...]  # 部: how the ministry before such a bureau ends
    national_levels: tuple[str, ...]  # 国家, 国务院: a commission named after them is the State's
    not_department_words: frozenset[str]  # 公司, 上司: words so ending that name no department
    source: Mapping[str, Any]

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any]) -> "EntityRuleSpec":
        """Build the spec from the parsed YAML mapping."""
        suffixes = [Suffix(w, label, strength) for label, groups in spec["suffixes"].items()
                    for strength, words in groups.items() for w in words]
        # sorted() is stable, so equal lengths keep the file's order.
        suffixes.sort(key=lambda s: -len(s.text))
        company = [s.text for s in suffixes if s.label == "COMPANY"]
        heads = dict(spec["enumeration_heads"])
        return cls(
            suffixes=tuple(suffixes),
            false_words=frozenset(spec["false_suffix_words"]) | frozenset(spec.get("place_titles", ())),
            false_in_projects=frozenset(spec.get("false_in_projects", ())),
            generic=frozenset(spec["generic_names"]),
            office_kind_places=frozenset(spec.get("office_kind_places", ())),
            admin=frozenset(spec["admin_prefixes"]),
            boundary=frozenset(spec["boundary_words"]) | frozenset(spec.get("superlatives", ())),
            superlatives=frozenset(spec.get("superlatives", ())),
            slogan_classifiers=frozenset(spec.get("slogan_classifiers", ())),
            road_code_re=re.compile("[%s][0-9]{1,4}线?" % "".join(map(re.escape, spec.get("road_code_letters", ())))
                                    if spec.get("road_code_letters") else "(?!)"),
            port_kinds=frozenset(spec.get("port_kinds", ())),
            trim=frozenset(spec["leading_trim"]),
            company_trim=frozenset(spec.get("company_leading_trim", ())),
            firm_standing_scopes=frozenset(spec.get("firm_standing_scopes", ())),
            brand_openers=frozenset(spec.get("brand_openers", ())),
            brand_localizers=frozenset(spec.get("brand_localizers", ())),
            nation_openers=tuple(spec.get("nation_openers", ())),
            conjoined_divisions=frozenset(spec.get("conjoined_divisions", ())),
            verb_brand_leads=frozenset(spec.get("verb_brand_leads", ())),
            name_joiners=tuple(spec.get("name_joiners", ())),
            business_phrases=tuple(spec.get("business_phrases", ())),
            brand_outlets=tuple(spec.get("brand_outlets", ())),
            vehicle_codes=frozenset(spec.get("vehicle_codes", ())),
            rank_phrases=tuple(spec.get("rank_phrases", ())),
            landform_false_words=frozenset(spec.get("landform_false_words", ())),
            session_re=re.compile(spec.get("session_ordinal") or "(?!)"),
            session_bodies=frozenset(spec.get("session_bodies", ())),
            body_openers=tuple(spec.get("body_openers", ())),
            institution_branches=tuple(spec.get("institution_branches", ())),
            college_heads=tuple(spec.get("college_heads", ())),
            branch_body_ends=tuple(spec.get("branch_body_ends", ())),
            zone_area_words=tuple(spec.get("zone_area_words", ())),
            kind_only_zones=frozenset(spec.get("kind_only_zones", ())),
            counted_firms_re=re.compile("(?:%s)(?:共|达|有)?[0-9一二三四五六七八九十两百]+家[（(]([^（()）]{2,80})[）)]"
                                        % "|".join(map(re.escape, spec.get("counted_firm_heads", ())))
                                        if spec.get("counted_firm_heads") else "(?!)"),
            frame_chars=frozenset(spec.get("frame_chars", ())),
            frame_close_re=re.compile("[^，。；！？,;]*?为(?:%s)" % "|".join(map(re.escape, sorted(spec.get("frame_closers", ()), key=len, reverse=True)))
                                      if spec.get("frame_closers") else "(?!)"),
            project_stop=frozenset(spec["project_stop_words"]) | frozenset(spec.get("event_verbs", ()))
            | frozenset(spec.get("drive_verbs", ())) | frozenset(spec.get("strive_verbs", ())),
            written_adverbs=frozenset(spec.get("written_adverbs", ())),
            firm_trade_adverbs=frozenset(spec.get("firm_trade_adverbs", ())),
            project_trade_adverbs=frozenset(spec.get("project_trade_adverbs", ())),
            joint_verbs=frozenset(spec.get("joint_verbs", ())),
            firm_stop=frozenset(spec.get("firm_stop_words", ())),
            people_counters=tuple(spec.get("people_counters", ())),
            procedure_verbs=frozenset(spec.get("procedure_verbs", ())),
            drive_verbs=frozenset(spec.get("drive_verbs", ())) | frozenset(spec.get("strive_verbs", ())),
            strive_verbs=frozenset(spec.get("strive_verbs", ())),
            event_verbs=frozenset(spec.get("event_verbs", ())),
            legal_forms=frozenset(spec.get("legal_form_words", ())),
            founding_verbs=frozenset(spec.get("founding_verbs", ())),
            person_titles=frozenset(spec.get("person_titles", ())),
            person_title_ends=_longest_first([*(t for t in spec.get("person_titles", ()) if len(t) >= 2),
                                              *spec.get("reporter_titles", ())]),
            zone_words=_longest_first(spec.get("zone_words", ())),
            zone_leads=tuple(spec.get("zone_leads", ())),
            enum_heads=MappingProxyType(heads),
            list_appositives=_longest_first(spec.get("list_appositives", ())),
            visit_list_ends=_longest_first(spec.get("visit_list_ends", ())),
            visited_site_ends=tuple(spec.get("visited_site_ends", ())),
            list_intros=_longest_first(spec.get("list_intros", ())),
            list_intro_plurals=tuple(spec.get("list_intro_plurals", ())),
            batch_act_verbs=tuple(spec.get("batch_act_verbs", ())),
            enum_gap=int(spec["enumeration_gap_max_chars"]),
            qualified_head_reach=int(spec.get("qualified_head_reach", 0)),
            status=_longest_first(spec["project_status_predicates"]),
            status_adverbs=frozenset(spec.get("project_status_adverbs", ())),
            total_adverbs=frozenset(spec.get("project_total_adverbs", ())),
            status_times=tuple(spec.get("project_status_times", ())),
            status_light_verbs=frozenset(spec.get("status_light_verbs", ())),
            roster_predicates=frozenset(spec.get("roster_predicates", ())),
            roster_words=tuple(spec.get("roster_words", ())),
            builder_verbs=frozenset(spec.get("project_builder_verbs", ())),
            builder_max_words=int(spec.get("project_builder_max_words", 8)),
            project_visit_verbs=frozenset(spec.get("project_visit_verbs", ())),
            capacity_leads=frozenset(spec.get("capacity_leads", ())),
            firm_party_organs=frozenset(spec.get("firm_party_organs", ())),
            firm_offices=frozenset(spec.get("firm_offices", ())),
            firm_office_leads=frozenset(spec.get("firm_office_leads", ())),
            firm_committees=frozenset(spec.get("firm_committees", ())),
            category_leads=frozenset(spec.get("category_leads", ())),
            programme_leads=_longest_first(spec.get("programme_leads", ())),
            category_kind_ends=tuple(spec.get("category_kind_ends", ())),
            milestone_short_names=frozenset(spec.get("milestone_short_names", ())),
            milestone_leads=tuple(spec.get("milestone_leads", ())),
            firm_department_fields=frozenset(spec.get("firm_department_fields", ())),
            venture_words=tuple(spec.get("venture_words", ())),
            venture_partner_initials=frozenset(spec.get("venture_partner_initials", ())),
            venture_heads=tuple(spec.get("venture_heads", ())),
            firm_department_ends=tuple(spec.get("firm_department_ends", ())),
            firm_unit_openers=tuple(sorted(spec.get("firm_unit_openers", ()), key=len, reverse=True)),
            zone_committees=frozenset(spec.get("zone_committees", ())),
            committee_leads=frozenset(spec.get("committee_leads", ())),
            rate_periods=frozenset(spec.get("rate_periods", ("年",))),
            period_rate_words=frozenset(spec.get("period_rate_words", ())),
            project_word_tails=frozenset(spec.get("project_word_tails", ())),
            site_offices=frozenset(spec.get("site_offices", ())),
            builder_project_staff=frozenset(spec.get("builder_project_staff", ())),
            project_procedures=frozenset(spec.get("project_procedures", ())),
            campaign_year_words=frozenset(spec.get("campaign_year_words", ())),
            listed_works_heads=tuple(spec.get("listed_works_heads", ())),
            route_stops=frozenset(spec.get("route_stops", ())),
            route_sections=frozenset(spec.get("route_sections", ())),
            sectioned_route_ends=_longest_first(spec.get("sectioned_route_ends", ())),
            name_time_words=frozenset(spec.get("name_time_words", ())),
            name_date_units=_longest_first(spec.get("name_date_units", ())),
            name_day_units=_longest_first(spec.get("name_day_units", ())),
            brand_led_suffixes=frozenset(spec.get("brand_led_suffixes", ())),
            listing_adverbs=frozenset(spec.get("listing_adverbs", ())),
            home_city=frozenset(spec["home_references"]["city"]),
            home_pref=frozenset(spec["home_references"]["prefecture"]),
            home_county=frozenset(spec["home_references"].get("county", ())),
            project_refs=frozenset(spec.get("project_references", ())),
            company_refs=frozenset(spec.get("company_references", ())),
            min_head=int(spec["min_company_head_chars"]),
            place_like=tuple(spec["place_like_project_ends"]),
            place_ends=_longest_first(_suffix_words(spec, "PLACE")),
            landform_ends=tuple(spec.get("landform_ends", ())),
            mountain_sides=frozenset(spec.get("mountain_sides", ())),
            mountain_ends=tuple(spec.get("mountain_ends", ())),
            province_office_ends=tuple(spec.get("province_office_ends", ())),
            central_branch_offices=tuple(spec.get("central_branch_offices", ())),
            project_sites=tuple(spec.get("project_sites", ())),
            determiners=frozenset(spec["generic_determiners"]),
            anonymous_marks=tuple(spec.get("anonymous_marks", ())),
            anonymous_firm_kinds=tuple(spec.get("anonymous_firm_kinds", ())),
            determiners_longest=_longest_first(spec["generic_determiners"]),
            back_determiners=tuple(spec.get("back_determiners", ())),
            field_heads=tuple(spec.get("field_heads", ())),
            owned_field_heads=tuple(spec.get("owned_field_heads", ())),
            listed_trades=frozenset(spec.get("listed_trades", ())),
            firm_categories=tuple(sorted(spec.get("firm_categories", ()), key=len, reverse=True)),
            firm_category_scopes=tuple(sorted(spec.get("firm_category_scopes", ()), key=len, reverse=True)),
            magnitudes=frozenset(spec.get("quantity_magnitudes", ())),
            group_words=frozenset(spec.get("group_words", ())),
            group_name_reach=int(spec.get("group_name_reach", 0)),
            parent_legal_forms=frozenset(spec.get("parent_legal_forms", ())),
            works_legal_forms=tuple(spec.get("works_legal_forms", ())),
            legal_trade_works=frozenset(spec.get("legal_trade_works", ())),
            distributive_words=frozenset(spec.get("distributive_words", ())),
            site_preps=frozenset(spec.get("site_preps", ())),
            site_verbs=frozenset(spec.get("site_verbs", ())),
            settle_verbs=frozenset(spec.get("settle_verbs", ())),
            site_partners=frozenset(spec.get("site_partners", ())),
            member_time_words=frozenset(spec.get("member_time_words", ())),
            trade_processes=frozenset(spec.get("trade_processes", ())),
            trade_modifiers=frozenset(spec.get("trade_modifiers", ())),
            trade_sectors=frozenset(spec.get("trade_sectors", ())),
            series_words=frozenset(spec.get("series_words", ())),
            owned_suffixes=frozenset(spec.get("owned_suffixes", ())),
            government_owners=frozenset(spec.get("government_owners", ())),
            government_qualities=frozenset(spec.get("government_qualities", ())),
            product_standards=frozenset(spec.get("product_standards", ())),
            basis_words=frozenset(spec.get("basis_words", ())),
            short_name_marks=tuple(spec.get("short_name_marks", ())),
            level_glue_chars=frozenset(spec.get("level_glue_chars", ())),
            list_closing_chars=frozenset(spec.get("list_closing_chars", ())),
            firm_kind_words=frozenset(spec.get("firm_kind_words", ())),
            kind_determiners=tuple(spec.get("kind_determiners", ())),
            kind_list_openers=frozenset(spec.get("kind_list_openers", ())),
            generic_bodies=frozenset(spec["generic_bodies"]),
            facility=tuple(spec["facility_heads"]),
            units=_longest_first(spec["quantity_units"]),
            roads=frozenset(spec["road_suffixes"]),
            road_ends=_longest_first(spec["road_suffixes"]),
            site_sides=frozenset(spec.get("site_sides", ())),
            position_park_words=frozenset(spec.get("position_park_words", ())) | frozenset(spec.get("riverside_words", ())),
            numbered_routes=frozenset(spec.get("numbered_routes", ())),
            numbered_institutions=tuple(spec.get("numbered_institutions", ())),
            project_institutions=tuple(spec.get("project_institutions", ())),
            chamber_suffixes=frozenset(spec.get("chamber_suffixes", ())),
            split_body_suffixes=frozenset(spec.get("split_body_suffixes", ())),
            trade_association_words=frozenset(spec.get("trade_association_words", ())),
            association_non_trades=frozenset(spec.get("association_non_trades", ())),
            body_branches=frozenset(spec.get("body_branches", ())),
            branched_bodies=tuple(spec.get("branched_bodies", ())),
            plant_kinds=frozenset(spec.get("plant_kinds", ())),
            plant_modes=frozenset(spec.get("plant_modes", ())),
            region_groups=_longest_first(spec.get("region_groups", ())),
            city_clusters=_longest_first(spec.get("city_clusters", ())),
            item_works=frozenset(spec.get("item_works", ())),
            road_grades=tuple(spec.get("road_grades", ())),
            figurative_roads=frozenset(spec.get("figurative_roads", ())),
            way_verbs=frozenset(spec.get("way_verbs", ())),
            long_agency=frozenset(spec["long_agency_suffixes"]),
            place_trailers=tuple(spec.get("place_trailers", ())),
            urban_area_words=tuple(spec.get("urban_area_words", ())),
            ordinary_city_names=frozenset(spec.get("ordinary_city_names", ())),
            ordinary_aliases=frozenset(spec.get("ordinary_division_aliases", ())),
            ordinary_prefecture_aliases=frozenset(spec.get("ordinary_prefecture_aliases", ())),
            region_names=frozenset(spec.get("region_names", ())),
            regional_prefecture_aliases=frozenset(spec.get("regional_prefecture_aliases", ())),
            function_chars=frozenset(spec.get("function_chars", ())),
            expressway_words=_longest_first(spec.get("expressway_words", ())),
            paired_end_routes=frozenset(spec.get("paired_end_routes", ())),
            settlement_chars=frozenset(spec.get("settlement_chars", ())),
            people_words=frozenset(spec.get("people_words", ())),
            suffix_goods={k: frozenset(v) for k, v in spec.get("suffix_goods", {}).items()},
            suffix_compounds={k: frozenset(v) for k, v in spec.get("suffix_compounds", {}).items()},
            capacity_class_marks=tuple(spec.get("capacity_class_marks", ())),
            open_legal_forms=tuple(spec.get("open_legal_forms", ())),
            brand_end_chars=frozenset(spec.get("brand_end_chars", ())),
            place_brand_tags=frozenset(spec.get("place_brand_tags", ())),
            place_brand_reach=int(spec.get("place_brand_reach", 0)),
            company_glue_chars=frozenset(spec.get("function_chars", ())) | frozenset(spec.get("frame_chars", ())),
            addressee_chars=frozenset(spec.get("addressee_chars", ())),
            time_glue_chars=frozenset(spec.get("time_glue_chars", ())),
            inside_chars=frozenset(spec.get("inside_chars", ())),
            level_prepositions=frozenset(spec.get("level_prepositions", ())),
            place_list_glue_chars=frozenset(spec.get("place_list_glue_chars", ())),
            former_marks=frozenset(spec.get("former_marks", ())),
            place_titles=tuple(spec.get("place_titles", ())),
            lead_words=_longest_first(tuple(spec.get("lead_words", ())) + tuple(spec.get("border_words", ()))),
            border_words=_longest_first(spec.get("border_words", ())),
            hope_verbs=frozenset(spec.get("hope_verbs", ())),
            acting_words=tuple(spec.get("acting_words", ())),
            surnames=frozenset(spec.get("surnames", ())),
            armed_services=frozenset(spec.get("armed_services", ())),
            army_suffixes=_longest_first(spec.get("army_suffixes", ())),
            army_unit_words=frozenset(spec.get("army_unit_words", ())),
            army_command_ends=tuple(spec.get("army_command_ends", ())),
            army_former_states=MappingProxyType(dict(spec.get("army_former_states", {}))),
            army_unread_short_names=frozenset(spec.get("army_unread_short_names", ())),
            bureau_companies=_longest_first(spec.get("bureau_company_prefixes", ())),
            bureau_units=_longest_first(spec.get("bureau_company_units", ("局",))),
            bureau_fields=_longest_first(spec.get("bureau_company_fields", ())),
            institute_companies=_longest_first(spec.get("institute_company_prefixes", ())),
            institute_regions=frozenset(spec.get("institute_regions", ())),
            central_bank_ends=tuple(spec.get("central_bank_ends", ())),
            bank_words=tuple(spec.get("bank_words", ())),
            business_verbs=frozenset(spec.get("company_business_verbs", ())),
            business_units=frozenset(spec.get("business_unit_words", ())),
            zone_verbs=frozenset(spec.get("zone_verbs", ())),
            model_zones=frozenset(spec.get("model_zones", ())),
            brand_verbs=frozenset(spec.get("company_brand_verbs", ())),
            brand_adverbs=frozenset(spec.get("company_brand_adverbs", ())),
            brand_numerals=frozenset(spec.get("company_brand_numerals", ())),
            numeral_brand_heads=frozenset(spec.get("numeral_brand_heads", ())),
            count_characters=frozenset(spec.get("count_characters", ())),
            state_brand_chars=frozenset(spec.get("state_brand_chars", ())),
            industry_trailers=frozenset(spec.get("industry_trailers", ())),
            venue_trailers=tuple(spec.get("venue_trailers", ())),
            level_words=frozenset(spec.get("level_words", ())),
            demonym_words=frozenset(spec.get("demonym_words", ())),
            dateline_place_re=re.compile("(?:%s)([\u4e00-\u9fff]{2,8}?)(?:[0-9]{1,2}月)?[0-9]{1,2}(?:%s)" % (
                "|".join(map(re.escape, spec.get("dateline_openers", ()))) or "(?!)",
                "|".join(map(re.escape, spec.get("dateline_closers", ()))) or "(?!)")),
            invested_amount_re=re.compile(spec.get("invested_amount") or "(?!)"),
            # (a facility's level, between the firm and the project, is read as its new mark is)
            new_facility_marks=frozenset(spec.get("new_facility_marks", ())) | frozenset(spec.get("facility_level_marks", ())),
            slash_byline_re=re.compile("[/／][\u4e00-\u9fff]{1,6}(?:%s)" % (
                "|".join(map(re.escape, spec.get("slash_byline_words", ()))) or "(?!)")),
            caption_position_re=re.compile("(?:%s)[一二三四五六七八九十]+(?:%s)?" % (
                "|".join(map(re.escape, spec.get("caption_sides", ()))) or "(?!)",
                "|".join(map(re.escape, spec.get("caption_groups", ()))) or "(?!)")),
            team_words=_longest_first(spec.get("team_words", ())),
            road_extension_words=tuple(spec.get("road_extension_words", ())),
            riverside_words=tuple(spec.get("riverside_words", ())),
            qualifier_places=frozenset(spec.get("qualifier_places", ())),
            qualifier_place_followers=frozenset(spec.get("qualifier_place_followers", ())),
            village_towns=tuple(spec.get("village_towns", ())),
            autonomous_levels=_longest_first(spec.get("autonomous_levels", ())),
            village_name_stop_tags=frozenset(spec.get("village_name_stop_tags", ())),
            industry_ends=tuple(spec.get("industry_ends", ())),
            site_ends=tuple(spec.get("site_ends", ())),
            site_region_ends=tuple(spec.get("site_region_ends", ())),
            numbered_units=frozenset(spec.get("numbered_units", ())),
            site_locatives=frozenset(spec.get("site_locatives", ())),
            category_heads=tuple(spec.get("category_heads", ())),
            whole_chain_words=frozenset(spec.get("whole_chain_words", ())),
            whole_project_heads=tuple(spec.get("whole_project_heads", ())),
            phase_words=frozenset(spec.get("phase_words", ())),
            bracketed_parts=frozenset(spec.get("bracketed_parts", ())),
            community_kinds=frozenset(spec.get("community_kinds", ())),
            chain_roles=frozenset(spec.get("chain_roles", ())),
            kind_marks=tuple(spec.get("kind_marks", ())),
            office_sides=frozenset(spec.get("office_sides", ())),
            sided_offices=frozenset(spec.get("sided_offices", ())),
            owned_project_min_chars=int(spec.get("owned_project_min_chars", 5)),
            amount_led_verbs=frozenset(spec.get("amount_led_verbs", ())),
            amount_led_min_chars=int(spec.get("amount_led_min_chars", 4)),
            park_heads=tuple(spec.get("park_heads", ())),
            office_kinds=tuple(spec.get("office_kinds", ())),
            zone_kinds=frozenset(spec.get("zone_kinds", ())),
            zone_scopes=frozenset(spec.get("zone_scopes", ())),
            zone_scopes_longest=_longest_first(spec.get("zone_scopes", ())),
            zone_kinds_longest=_longest_first(spec.get("zone_kinds", ())),
            peer_levels=tuple(frozenset(x) for x in spec.get("peer_levels", ())),
            naming_words=frozenset(spec.get("naming_words", ())),
            joint_build_words=frozenset(spec.get("joint_build_words", ())),
            partner_work_words=frozenset(spec.get("partner_work_words", ())),
            site_named_units=tuple(spec.get("site_named_units", ())),
            head_invest_verbs=frozenset(spec.get("head_invest_verbs", ())),
            developing_verbs=frozenset(spec.get("developing_verbs", ())),
            park_min_chars=int(spec.get("park_min_chars", 0)),
            paired_partners=frozenset(spec.get("paired_partners", ())),
            park_kinds=frozenset(spec.get("park_kinds", ())),
            policy_kinds=frozenset(spec.get("policy_kinds", ())),
            zone_ratings=frozenset(spec.get("zone_ratings", ())),
            facility_joiners=frozenset(spec.get("facility_joiners", ())),
            park_kind_heads=tuple(spec.get("park_kind_heads", ())),
            product_list_marks=frozenset(spec.get("product_list_marks", ())),
            project_item_marks=frozenset(spec.get("project_item_marks", ())),
            visit_verbs=frozenset(spec.get("visit_verbs", ())),
            meeting_verbs=frozenset(spec.get("meeting_verbs", ())),
            firm_talk_verbs=frozenset(spec.get("firm_talk_verbs", ())),
            object_heads=frozenset(spec.get("object_heads", ())),
            report_verbs=frozenset(spec.get("report_verbs", ())),
            verb_complements=frozenset(spec.get("verb_complements", ())),
            care_verbs=frozenset(spec.get("care_verbs", ())),
            known_only_levels=frozenset(spec.get("known_only_levels", ())),
            rate_re=_rate_pattern(spec.get("rate_units", {})),
            batch_periods=frozenset(spec.get("batch_periods", ())),
            approximate_words=frozenset(spec.get("approximate_words", ())),
            inclusive_closers=frozenset(spec.get("inclusive_closers", ())),
            brand_dots=frozenset(spec.get("brand_dots", ())),
            firm_kind_heads=frozenset(spec.get("firm_kind_heads", ())),
            aid_words=tuple(spec.get("aid_words", ())),
            office_title_seams=tuple(tuple(p) for p in spec.get("office_title_seams", ())),
            policy_verbs=tuple(spec.get("policy_verbs", ())),
            slogan_qualities=frozenset(spec.get("slogan_qualities", ())),
            titled_office_suffixes=frozenset(spec.get("titled_office_suffixes", ())),
            zone_rank_marks=frozenset(spec.get("zone_rank_marks", ())),
            placed_only_offices=frozenset(spec.get("placed_only_offices", ())),
            partnership_kinds=frozenset(spec.get("partnership_kinds", ())),
            meeting_words=tuple(spec.get("meeting_words", ())),
            project_creeds=tuple(spec.get("project_creeds", ())),
            verb_office_heads={w: frozenset(v) for w, v in spec.get("verb_office_heads", {}).items()},
            acting_post_words=frozenset(spec.get("acting_post_words", ())),
            deputy_marks=_longest_first(spec.get("deputy_marks", ())),
            lone_office_suffixes=frozenset(spec.get("lone_office_suffixes", ())),
            level_organs=frozenset(spec.get("level_organs", ())),
            division_parts=frozenset(spec.get("division_parts", ())),
            use_marks=frozenset(spec.get("use_marks", ())),
            regional_styles=_longest_first(spec.get("regional_styles", ())),
            bearings=frozenset(spec.get("bearings", ())),
            province_parts=frozenset(spec.get("province_parts", ())),
            bearing_after=tuple(spec.get("bearing_after", ())),
            name_joints=frozenset(spec.get("name_joints", ())),
            investor_kinds=frozenset(spec.get("investor_kinds", ())),
            enum_possessives=frozenset(spec.get("enum_possessives", ())),
            own_division_words=tuple(spec.get("own_division_words", ())),
            trade_terms=tuple(spec.get("trade_terms", ())),
            market_boards=tuple(spec.get("market_boards", ())),
            firm_office_ends=frozenset(spec.get("firm_office_ends", ())),
            kind_terms=frozenset(spec.get("kind_terms", ())),
            nickname_words=tuple(spec.get("nickname_words", ())),
            goal_words=tuple(spec.get("goal_words", ())),
            building_words=tuple(spec.get("building_words", ())),
            part_project_words=tuple(spec.get("part_project_words", ())),
            place_epithets=tuple(spec.get("place_epithets", ())),
            short_groups=tuple(spec.get("short_groups", ())),
            office_short_words=tuple(spec.get("office_short_words", ())),
            liaison_city_chars=tuple(spec.get("liaison_city_chars", ())),
            park_committees=tuple(spec.get("park_committees", ())),
            owner_nationality_words=tuple(spec.get("owner_nationality_words", ())),
            zone_owner_levels=tuple(spec.get("zone_owner_levels", ())),
            subsidiary_words=frozenset(spec.get("subsidiary_words", ())),
            member_marks=tuple(spec.get("member_marks", ())),
            firm_boards=tuple(spec.get("firm_boards", ())),
            firm_only_departments=_longest_first(spec.get("firm_only_departments", ())),
            firm_sites=_longest_first(spec.get("firm_sites", ())),
            listed_association_ends=tuple(spec.get("listed_association_ends", ())),
            build_words=frozenset(spec.get("build_words", ())),
            glued_products=frozenset(spec.get("glued_products", ())),
            town_levels=frozenset(spec.get("town_levels", ())),
            institution_heads=tuple(spec.get("institution_heads", ())),
            branch_park_suffixes=frozenset(spec.get("branch_park_suffixes", ())),
            person_venues=tuple(spec.get("person_venues", ())),
            territory_words=frozenset(spec.get("territory_words", ())),
            work_facilities=tuple(spec.get("work_facilities", ())),
            verb_read_facilities=frozenset(spec.get("verb_read_facilities", ())),
            place_read_facilities=frozenset(spec.get("place_read_facilities", ())),
            li_place_heads=frozenset(spec.get("li_place_heads", ())),
            locative_read_trades=frozenset(spec.get("locative_read_trades", ())),
            field_list_verbs=frozenset(spec.get("field_list_verbs", ())),
            comparatives=tuple(spec.get("comparatives", ())),
            agreement_ends=tuple(spec.get("agreement_ends", ())),
            ranking_ends=frozenset(spec.get("ranking_ends", ())),
            ranking_words=frozenset(spec.get("ranking_words", ())),
            ranking_subjects=tuple(sorted(spec.get("ranking_subjects", ()), key=len, reverse=True)),
            ranking_scopes=tuple(sorted(spec.get("ranking_scopes", ()), key=len, reverse=True)),
            ranking_kinds=tuple(sorted(spec.get("ranking_kinds", ()), key=len, reverse=True)),
            written_levels=tuple(spec.get("written_levels", ())),
            list_joiners_only=frozenset(spec.get("list_joiners_only", ())),
            plant_areas=frozenset(spec.get("plant_areas", ())),
            project_count_classifiers=frozenset(spec.get("project_count_classifiers", ())),
            site_count_classifiers=frozenset(spec.get("site_count_classifiers", ())),
            body_count_classifiers=frozenset(spec.get("body_count_classifiers", ())),
            joined_event_verbs=frozenset(spec.get("joined_event_verbs", ())),
            people_chars=frozenset(spec.get("people_chars", ())),
            site_words=tuple(spec.get("site_words", ())),
            place_idioms=tuple(spec.get("place_idioms", ())),
            place_named_breeds=tuple(spec.get("place_named_breeds", ())),
            manner_marks=tuple(spec.get("manner_marks", ())),
            way_words=tuple(spec.get("way_words", ())),
            chain_position_words=frozenset(spec.get("chain_position_words", ())),
            event_name_re=re.compile("[\u4e00-\u9fff]{0,%d}(?:%s)" % (
                int(spec.get("event_name_max_chars", 6)),
                "|".join(map(re.escape, sorted(spec.get("event_name_heads", ()), key=len, reverse=True))) or "(?!)")),
            name_title_heads=frozenset(spec.get("name_title_heads", ())),
            one_character_places=MappingProxyType(dict(spec.get("one_character_places", {}))),
            demonym_marks=frozenset(spec.get("demonym_marks", ())),
            paired_short_name_readings=MappingProxyType(dict(spec.get("paired_short_name_readings", {}))),
            paired_short_names=frozenset(spec.get("paired_short_names", ())),
            pair_words=_longest_first(spec.get("short_name_pair_words", ())),
            travel_words=frozenset(spec.get("travel_words", ())),
            travel_places=frozenset(spec.get("travel_places", ())),
            side_words=tuple(spec.get("side_words", ())),
            list_marks=frozenset(spec.get("place_list_marks", ())),
            locative_words=frozenset(spec.get("locative_words", ())),
            home_country=spec.get("home_country", ""),
            media_suffixes=tuple(spec.get("media_suffixes", ())),
            media_exceptions=tuple(spec.get("media_suffix_exceptions", ())),
            media_bodies=tuple(spec.get("media_bodies", ())),
            firm_outlet_starts=tuple(spec.get("firm_outlet_starts", ())),
            store_ends=tuple(spec.get("store_ends", ())),
            system_words=tuple(spec.get("system_words", ())),
            outlet_re=_outlet_re(spec),
            outlet_name_re=_outlet_name_re(spec),
            title_paper_re=re.compile(r"\s*(?:" + ("|".join(map(re.escape, _longest_first(spec.get("title_paper_words", ()))))
                                      or "(?!)") + r")\s*》"),
            government_outlets=tuple(spec.get("government_outlets", ())),
            own_outlet_leads=tuple(spec.get("own_outlet_leads", ())),
            company_strong=tuple(spec["suffixes"]["COMPANY"]["strong"]),
            stop_compounds={w: frozenset(v) for w, v in spec.get("stop_compounds", {}).items()},
            stop_compound_heads={w: frozenset(v) for w, v in spec.get("stop_compound_heads", {}).items()},
            body_works_compounds={w: tuple(v) for w, v in spec.get("body_works_compounds", {}).items()},
            company_suffixes=_longest_first(company),
            enum_head_re=re.compile("|".join(map(re.escape, _longest_first(heads)))),
            count_classifiers=frozenset(spec.get("count_classifiers", ())),
            count_verbs=frozenset(spec.get("project_count_verbs", ())),
            trade_facility_ends=tuple(spec.get("trade_facility_ends", ())),
            project_joiners=frozenset(spec.get("project_joiners", ())),
            having_words=frozenset(spec.get("having_words", ())),
            whole_project_words=tuple(spec.get("whole_project_words", ())),
            product_modifiers=frozenset(spec.get("product_modifiers", ())),
            glued_joiners=frozenset(spec.get("glued_joiners", ())),
            glued_adverbs=frozenset(spec.get("glued_adverbs", ())),
            marked_glued_joiners=frozenset(spec.get("marked_glued_joiners", ())),
            glued_route_joiners=frozenset(spec.get("glued_route_joiners", ())),
            office_fields=frozenset(spec.get("office_fields", ())),
            office_joined_fields=frozenset(spec.get("office_joined_fields", ())),
            office_field_joiners=frozenset(spec.get("office_field_joiners", ())),
            works_verbs=frozenset(spec.get("works_verbs", ())),
            works_min_chars=int(spec.get("works_min_chars", 3)),
            works_max_words=int(spec.get("works_max_words", 12)),
            invested_builds=frozenset(spec.get("invested_builds", ())),
            invested_facility_heads=tuple(spec.get("invested_facility_heads", ())),
            capacity_line_heads=tuple(spec.get("capacity_line_heads", ())),
            amount_words=frozenset(spec.get("amount_words", ())),
            money_magnitudes=frozenset(spec.get("money_magnitudes", ())),
            currency_words=frozenset(spec.get("currency_words", ())),
            paired_regions=frozenset(spec.get("paired_regions", ())),
            pair_dashes=frozenset(spec.get("pair_dashes", ())),
            date_words=frozenset(spec.get("date_words", ())),
            investment_words=frozenset(spec.get("investment_words", ())),
            area_words=frozenset(spec.get("area_words", ())),
            committee_ends=tuple(spec.get("committee_ends", ())),
            committee_government_ends=tuple(spec.get("committee_government_ends", ())),
            title_glued_bodies=tuple(spec.get("title_glued_bodies", ())),
            office_host_ends=tuple(spec.get("office_host_ends", ())),
            agency_joiners=frozenset(spec.get("agency_joiners", ())) | frozenset(spec.get("placeless_agency_joiners", ())),
            preposition_agency_joiners=frozenset(spec.get("preposition_agency_joiners", ())),
            placeless_agency_joiners=frozenset(spec.get("placeless_agency_joiners", ())),
            item_cuts=frozenset(spec.get("item_cuts", ())),
            route_joiners=frozenset(spec.get("route_joiners", ())),
            transfer_joiners=frozenset(spec.get("transfer_joiners", ())),
            transfer_works=frozenset(spec.get("transfer_works", ())),
            transfer_reach=int(spec.get("transfer_reach", 3)),
            road_section_max_words=int(spec.get("road_section_max_words", 6)),
            trade_park_ends=tuple(spec.get("trade_park_ends", ())),
            trade_park_max_words=int(spec.get("trade_park_max_words", 2)),
            park_mode_words=frozenset(spec.get("park_mode_words", ())),
            park_trades=frozenset(spec.get("park_trades", ())),
            site_invest_verbs=frozenset(spec.get("site_invest_verbs", ())),
            opening_invest_verbs=frozenset(spec.get("opening_invest_verbs", ())),
            site_prepositions=frozenset(spec.get("site_prepositions", ())),
            site_verb_reach=int(spec.get("site_verb_reach", 3)),
            agency_suffixes=_longest_first(_suffix_words(spec, "AGENCY")),
            not_office_ends=_longest_first(spec.get("not_office_ends", ())),
            office_plurals=frozenset(spec.get("office_plurals", ())),
            part_words=tuple(spec.get("enumeration_part_words", ())),
            place_kind_re=re.compile("(?:" + "|".join(map(re.escape, _longest_first(spec.get("place_kinds", ()))))
                                     + ")(?:的|[^\\w]|$|(?=" + "|".join(map(re.escape, _longest_first(heads))) + "))")
            if spec.get("place_kinds") else re.compile("(?!)"),
            # (and a count of provinces, or of them and their cities: "京沪粤闽|等|18个|省市区")
            # (but not of the levels a head's projects are of: "等9个市、县重点项目", "等3个镇级项目")
            division_count_re=re.compile("[0-9一二两三四五六七八九十百]+个?(?:{levels})(?!(?:[、和及](?:{levels}))*"
                                         "[\u4e00-\u9fff]{{0,2}}(?:项目|工程))".format(levels="|".join(map(
                                             re.escape, _longest_first([*spec.get("division_nouns", ()),
                                                                        *spec.get("province_kinds", ())])))))
            if spec.get("division_nouns") else re.compile("(?!)"),
            village_levels=tuple(spec.get("village_levels", ())),
            date_place_names=frozenset(spec.get("date_place_names", ())),
            collective_words=tuple(spec.get("collective_words", ())),
            collective_verbs=tuple(spec.get("collective_verbs", ())),
            local_divisions=tuple(spec.get("local_divisions", ())),
            village_firm_ends=tuple(spec.get("village_firm_ends", ())),
            model_unit_titles=tuple(spec.get("model_unit_titles", ())),
            cooperative_forms=_longest_first(spec.get("cooperative_forms", ())),
            cooperative_trades=frozenset(spec.get("cooperative_trades", ())),
            cooperative_levels=_longest_first(spec.get("cooperative_levels", ())),
            cooperative_works=tuple(spec.get("cooperative_works", ())),
            cooperative_fostering_verbs=tuple(spec.get("cooperative_fostering_verbs", ())),
            cooperative_division_levels=frozenset(spec.get("cooperative_division_levels", ())),
            cooperative_bare_kinds=frozenset(spec.get("cooperative_bare_kinds", ())),
            office_levels=tuple(spec.get("office_levels", ())),
            office_divisions=tuple(spec.get("office_divisions", ())),
            untaught_division_ends=tuple(spec.get("untaught_division_ends", ())),
            region_group_kinds=frozenset(spec.get("region_group_kinds", ())),
            grassroots_offices=tuple(spec.get("grassroots_offices", ())),
            grassroots_places=tuple(spec.get("grassroots_places", ())),
            branch_suffixes=frozenset(spec.get("branch_suffixes", ())),
            branch_parent_ends=tuple(spec.get("branch_parent_ends", ())),
            item_joiners=frozenset(spec.get("item_joiners", ())),
            firm_list_joiners=frozenset(spec.get("firm_list_joiners", ())),
            division_nouns=frozenset(spec.get("division_nouns", ())),
            count_possessives=tuple(spec.get("count_possessives", ())),
            division_ends=_longest_first(spec.get("division_nouns", ())),
            meeting_ends=tuple(spec.get("meeting_ends", ())),
            autonomous_divisions=frozenset(spec.get("autonomous_divisions", ())),
            signing_verbs=frozenset(spec.get("signing_verbs", ())),
            owner_invest_verbs=frozenset(spec.get("owner_invest_verbs", ())),
            aspect_particles=frozenset(spec.get("aspect_particles", ())),
            example_marks=frozenset(spec.get("example_marks", ())),
            name_numerals=frozenset(spec.get("name_numerals", ())),
            firm_count_classifiers=frozenset(spec.get("firm_count_classifiers", ())),
            firm_heads=frozenset(spec.get("firm_heads", ())),
            indefinite_leads=_longest_first(spec.get("indefinite_leads", ())),
            place_firm_heads=tuple(spec.get("place_firm_heads", ())),
            level_firm_units=frozenset(spec.get("level_firm_units", ())),
            quality_characters=frozenset(spec.get("quality_characters", ())),
            quality_run_max=int(spec.get("quality_run_max", 5)),
            joined_agency_ends=tuple(spec.get("joined_agency_ends", ())),
            event_heads=_longest_first(spec.get("event_heads", ())),
            honour_words=frozenset(spec.get("honour_words", ())),
            honour_divisions=frozenset(spec.get("honour_divisions", ())),
            title_superlatives=tuple(spec.get("title_superlatives", ())),
            slogan_verbs=frozenset(spec.get("slogan_verbs", ())),
            slogan_means=tuple(spec.get("slogan_means", ())),
            quoted_drive_verbs=frozenset(spec.get("quoted_drive_verbs", ())),
            slogan_divisions=frozenset(spec.get("slogan_divisions", ())),
            slogan_counts=frozenset(spec.get("slogan_counts", ())),
            campaign_verbs=frozenset(spec.get("campaign_verbs", ())),
            campaign_count_verbs=frozenset(spec.get("campaign_count_verbs", ())),
            mission_suffixes=frozenset(spec.get("mission_suffixes", ())),
            mission_words=tuple(spec.get("mission_words", ())),
            ministry_ends=tuple(spec.get("ministry_ends", ())),
            department_ends=tuple(spec.get("department_ends", ())),
            ministry_bureau_ends=tuple(spec.get("ministry_bureau_ends", ())),
            office_units=tuple(spec.get("office_units", ())),
            unit_office_ends=tuple(spec.get("unit_office_ends", ())),
            ministry_bureau_heads=tuple(spec.get("ministry_bureau_heads", ())),
            national_levels=tuple(spec.get("national_levels", ())),
            not_department_words=frozenset(spec.get("not_department_words", ())),
            batch_marks=tuple(spec.get("quoted_batch_marks", ())),
            place_project_works=frozenset(spec.get("place_project_works", ())),
            promotion_events=frozenset(spec.get("promotion_events", ())),
            delegation_words=tuple(spec.get("delegation_words", ())),
            batch_re=re.compile("(?:第[0-9一二三四五六七八九十百]+|首|新一|一|末)(?:%s)" % "|".join(
                map(re.escape, spec.get("batch_classifiers", ()))) if spec.get("batch_classifiers") else "(?!)"),
            source=MappingProxyType(dict(spec)),
        )

    def to_dict(self) -> dict:
        """The spec as plain data, as the YAML file would read (what a saved pipeline writes)."""
        return _plain(self.source)

    def owns_bureau(self, office: str) -> bool:
        """Whether a bureau written right after ``office`` is the office's own: a ministry's, or a national
        commission's (国家发改委|能源局), never a county commission's listed next (县发改委|粮食局).

        >>> spec = entity_rule_spec()
        >>> spec.owns_bureau("商务部"), spec.owns_bureau("国家发改委"), spec.owns_bureau("县发改委")
        (True, True, False)
        """
        return office.endswith(self.ministry_bureau_heads) or (
            office.startswith(self.national_levels) and office.endswith(self.ministry_ends))

    def suffix_table(self) -> dict[str, str]:
        """Suffix text -> ``"LABEL:strength"``."""
        return {s.text: f"{s.label}:{s.strength}" for s in self.suffixes}


@dataclass(frozen=True)
class SentenceRule:
    """A typed relation between two entities of one sentence, matched over the tokens between them."""

    name: str
    relation: str
    source: str  # entity label, or ANY
    target: str
    order: str  # "source-first" or "target-first"
    pattern: tuple  # spaCy Matcher pattern over the tokens between the two entities
    after: tuple | None  # optional pattern right after the second entity
    not_after: tuple | None = None  # optional pattern that, matched right after the second entity, undoes the hit
    # Words that join the second entity to more names of its label ("由A和B共同投资建设"): ``after`` and
    # ``not_after`` are matched after the list's last name, and every name of the list gets the relation
    listed: frozenset[str] = frozenset()
    before: tuple | None = None  # optional pattern that must end right before the first entity
    not_before: tuple | None = None  # optional pattern that, ending right before the first entity, undoes the hit
    # Words that join the first entity to names of its label before it ("A和B联合投资建设Y"): every name of
    # that list gets the relation too
    listed_before: frozenset[str] = frozenset()
    # Labels of a first entity that is the subject only with no noun between it and the verb ("某县|地处…"):
    # with one, it qualifies a longer name the tagger did not read ("某省|总部|基地|位于…"), which is the subject
    nounless_sources: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PartnersRule:
    """"（我市）与A、B、C等企业达成…意向": the partners of a signing."""

    name: str
    relation: str
    markers: frozenset[str]
    verbs: tuple[str, ...]
    max_gap_chars: int
    subject_labels: frozenset[str]
    visit_verbs: frozenset[str] = frozenset()  # 拜访A和B: 和 joins two hosts of a visit, no signing
    destination_words: tuple[str, ...] = ()  # 在, 赴: before a place a delegation goes to, no signer
    co_signing: tuple[str, ...] = ()  # 共同, 三方: "A、B、C共同签署…": the listed parties sign together
    post_words: tuple[str, ...] = ()  # 书记: "县委书记某某" names an official; 县委 there is no implicit signer
    list_joiners: frozenset[str] = frozenset()  # 和: "与A、B和C签订": C is the last partner, not B's
    respectively: tuple[str, ...] = ()  # 分别: "A、B分别与C、D签署": A with C, B with D
    collective_subjects: tuple[str, ...] = ()  # 各: "各部门要与…对接": every office, no one signer
    firm_kinds: tuple[str, ...] = ()  # 企业: "与北京的企业签约": the places before 的 say whose firms sign
    attending: tuple[str, ...] = ()  # 参加: "A和B参加签约仪式": guests of the event, no signers
    joint_roles: tuple[str, ...] = ()  # 作为: "A和B作为…": what both are, subjects of one clause, no signers
    firm_counts: tuple[str, ...] = ()  # 一家: "与成都一家物流企业签约": the place says where the unnamed firm is
    unnamed_bodies: tuple[str, ...] = ()  # 部门: "与深圳市有关部门签约": the place says whose offices, none named


@dataclass(frozen=True)
class RespectiveProjects:
    """"与A、B|分别|签订了|X、Y": each firm of a list builds the project in its place of the other."""

    name: str = "respective-projects"
    words: frozenset[str] = frozenset()  # 分别
    verbs: frozenset[str] = frozenset()  # 签订: the signing between the two lists
    particles: frozenset[str] = frozenset()  # 了: after the verb


@dataclass(frozen=True, eq=False)
class RelationRuleSpec:
    """``kg/data/relation_rules.yaml``: sentence rules and article rules."""

    sentence_rules: tuple[SentenceRule, ...]
    partners: PartnersRule
    local_suffixes: tuple[str, ...]  # located_in: roads, villages … lie in the article's city
    parents_ending: tuple[str, ...]  # part_of: a department of the committee it is named after
    zone_suffixes: tuple[str, ...]  # part_of: a zone's 管委会 is part of the zone; longest first
    committee_names: frozenset[str]
    source: Mapping[str, Any]
    zone_party_committees: frozenset[str] = frozenset()  # 党工委: a zone's party committee, named bare
    zone_levels: tuple[str, ...] = ()  # 区: a zone's committee named by its level alone (区管委)
    respective_projects: RespectiveProjects = RespectiveProjects()

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any]) -> "RelationRuleSpec":
        rules = tuple(SentenceRule(r["name"], r["relation"], r["source"], r["target"], r["order"],
                                   tuple(r["pattern"]), tuple(r["after"]) if r.get("after") else None,
                                   tuple(r["not_after"]) if r.get("not_after") else None,
                                   frozenset(r.get("listed", ())),
                                   tuple(r["before"]) if r.get("before") else None,
                                   tuple(r["not_before"]) if r.get("not_before") else None,
                                   frozenset(r.get("listed_before", ())),
                                   frozenset(r.get("nounless_sources", ())))
                      for r in spec["sentence_rules"])
        p = spec["partners"]
        part_of = spec["part_of"]
        return cls(
            sentence_rules=rules,
            partners=PartnersRule(p["name"], p["relation"], frozenset(p["markers"]), tuple(p["verbs"]),
                                  int(p["max_gap_chars"]), frozenset(p["subject_labels"]),
                                  frozenset(p.get("visit_verbs", ())), tuple(p.get("destination_words", ())),
                                  tuple(p.get("co_signing", ())), tuple(p.get("post_words", ())),
                                  frozenset(p.get("list_joiners", ())), tuple(p.get("respectively", ())),
                                  tuple(p.get("collective_subjects", ())), tuple(p.get("firm_kinds", ())),
                                  tuple(p.get("attending", ())), tuple(p.get("joint_roles", ())),
                                  tuple(p.get("firm_counts", ())), tuple(p.get("unnamed_bodies", ()))),
            local_suffixes=tuple(spec["located_in"]["local_suffixes"]),
            parents_ending=tuple(part_of["parents_ending"]),
            zone_suffixes=_longest_first(part_of["zone_suffixes"]),
            committee_names=frozenset(part_of["committee_names"]),
            source=MappingProxyType(dict(spec)),
            zone_party_committees=frozenset(part_of.get("zone_party_committees", ())),
            zone_levels=tuple(part_of.get("zone_levels", ())),
            respective_projects=RespectiveProjects(
                **{k: (v if k == "name" else frozenset(v)) for k, v in spec.get("respective_projects", {}).items()}),
        )

    def to_dict(self) -> dict:
        """The spec as plain data, as the YAML file would read (what a saved pipeline writes)."""
        return _plain(self.source)


@dataclass(frozen=True)
class LayoutSpec:
    """``kg/data/layout.yaml``: the page-layout cues of normalisation and article splitting."""

    openers: tuple[re.Pattern, ...]
    continuations: tuple[re.Pattern, ...]
    captions: tuple[re.Pattern, ...]
    byline: re.Pattern
    sentence_end: frozenset[str]
    sentence_close: frozenset[str]
    not_in_heading: frozenset[str]
    heading_max_chars: int
    dangling_end: frozenset[str]
    sentence_max_chars: int
    clause_marks: frozenset[str]
    dateline_max_chars: int
    taiwan_usage: tuple[str, ...] = ()
    variant_chars: Mapping[str, str] = field(default_factory=dict)  # 陜 -> 陕: forms the conversion leaves
    zhu_words: frozenset[str] = frozenset()  # 编著: 著 that is no particle where Taiwan usage reads one
    simplified_too: frozenset[str] = frozenset()  # 乾: a traditional form simplified writing keeps in names
    simplified_too_words: frozenset[str] = frozenset()  # 乾燥: where it is the traditional form all the same
    subheadings: tuple[re.Pattern, ...] = ()  # a feature's section subheading: its line joins neither side

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any]) -> "LayoutSpec":
        return cls(
            openers=tuple(re.compile(p) for p in spec["openers"]),
            continuations=tuple(re.compile(p) for p in spec["continuations"]),
            captions=tuple(re.compile(p) for p in spec["captions"]),
            byline=re.compile(spec["byline"]),
            sentence_end=frozenset(spec["sentence_end"]),
            sentence_close=frozenset(spec["sentence_close"]),
            not_in_heading=frozenset(spec["not_in_heading"]),
            heading_max_chars=int(spec["heading_max_chars"]),
            dangling_end=frozenset(spec["dangling_end"]),
            sentence_max_chars=int(spec["sentence_max_chars"]),
            clause_marks=frozenset(spec["clause_marks"]),
            dateline_max_chars=int(spec["dateline_max_chars"]),
            taiwan_usage=tuple(spec.get("taiwan_usage", ())),
            variant_chars={k: v for k, v in spec.get("variant_chars", {}).items() if len(k) == len(v) == 1},
            zhu_words=frozenset(spec.get("zhu_words", ())),
            simplified_too=frozenset(spec.get("simplified_too", ())),
            simplified_too_words=frozenset(spec.get("simplified_too_words", ())),
            subheadings=tuple(re.compile(p) for p in spec.get("subheadings", ())),
        )


@dataclass(frozen=True)
class DerivationSpec:
    """``kg/data/derivations.yaml``: strong evidence and the short forms derived from a company's legal name."""

    strong_rules: tuple[str, ...]
    legal_suffixes: tuple[str, ...]  # longest first
    dropped_legal_words: tuple[str, ...]  # 股份: dropped from a legal name with 有限 (…羽绒公司)
    trade_words: tuple[str, ...]  # longest first
    trade_endings: tuple[str, ...]  # the last character of a two-character trade word (钴业)
    forms: tuple[str, ...]
    not_brands: frozenset[str]
    field_brands: frozenset[str]  # 现代, 智慧: a state group's field, no brand without its place (现代农业)
    min_chars: int
    project_trailers: tuple[str, ...] = ()
    project_rate_words: tuple[str, ...] = ()  # 年产: before a project's capacity, named or not
    model_rules: tuple[str, ...] = ("statistical",)  # strong rules whose short name a legal name's form outweighs
    listed_project_rules: tuple[str, ...] = ()  # enumeration: a list's project that is a known company's name is it
    zone_short_forms: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 经开区 -> 经济技术开发区: one zone
    listed_office_ends: tuple[str, ...] = ()
    listed_office_not_ends: tuple[str, ...] = ()
    province_only_office_ends: tuple[str, ...] = ()  # 厅: a province's department, never a city's or a county's
    province_only_office_exceptions: tuple[str, ...] = ()  # 办公厅: a city's general office too
    listed_level_offices: tuple[str, ...] = ()  # 政府: an office listed after a named one of its level
    committee_departments: frozenset[str] = frozenset()  # 统战部: a party committee's, after its post
    committee_posts: frozenset[str] = frozenset()  # 常委: the committee's post before its department's head
    office_head_posts: tuple[str, ...] = ()  # 书记, 主任: an office's head, named before the next office listed
    not_level_words: tuple[str, ...] = ()
    unplaced_office_ends: tuple[str, ...] = ()
    bare_offices: frozenset[str] = frozenset()
    national_openers: tuple[str, ...] = ()
    level_pronouns: Mapping[str, str] = field(default_factory=dict)
    not_trades: frozenset[str] = frozenset()  # 大业, 伟业: ends like 钴业 and is a brand
    trade_works: tuple[str, ...] = ()  # 制造: the work after a trade word (汽车|制造), part of the trade
    away_words: tuple[str, ...] = ()  # 赴: before places the paper's own people travel to, no home
    away_openers: tuple[str, ...] = ()  # 我市在: before a place the paper's own division holds an event in, no home
    stay_words: tuple[str, ...] = ()  # 期间: after 在 and a place, the paper's people's stay there, no home
    association_re: re.Pattern = re.compile("(?!)")  # "…山东商会" after a place: an association's name, no home
    association_words: tuple[str, ...] = ()  # 商会: an office so named is an association, no home of its places
    neighbour_re: re.Pattern = re.compile("(?!)")  # "…毗邻" after a place (and 与 before it): a neighbour, no home
    feature_words: tuple[str, ...] = ()  # 流域, 南麓: after a short name, the river or range it names, no division
    # 房地产开发 -> 房地产, 地产: a trade and its work at a body's end, and the trades it is short for
    trade_short_forms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # 产业投资 -> 产投: the words of a group's legal name its short name contracts (某市产投集团)
    contracted_words: Mapping[str, str] = field(default_factory=dict)
    # 特区 -> 特别行政区: a special region's level as papers shorten it, before its government
    region_short_levels: Mapping[str, str] = field(default_factory=dict)
    # 香港特别行政区: divisions whose government is no people's government (香港特别行政区政府)
    plain_government_divisions: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any]) -> "DerivationSpec":
        return cls(
            strong_rules=tuple(spec["strong_rules"]),
            model_rules=tuple(spec.get("model_rules", ("statistical",))),
            listed_project_rules=tuple(spec.get("listed_project_rules", ())),
            legal_suffixes=_longest_first(spec["legal_suffixes"]),
            dropped_legal_words=tuple(spec.get("dropped_legal_words", ())),
            trade_words=_longest_first(spec["trade_words"]),
            trade_endings=tuple(spec.get("trade_endings", ())),
            forms=tuple(spec["forms"]),
            not_trades=frozenset(spec.get("not_trades", ())),
            trade_works=tuple(spec.get("trade_works", ())),
            not_brands=frozenset(spec.get("not_brands", ())),
            field_brands=frozenset(spec.get("field_brands", ())),
            min_chars=int(spec["min_chars"]),
            project_trailers=_longest_first(spec.get("project_trailers", ())),
            project_rate_words=_longest_first(spec.get("project_rate_words", ())),
            zone_short_forms=tuple((short, tuple(full)) for short, full in (spec.get("zone_short_forms") or {}).items()),
            listed_office_ends=tuple(spec.get("listed_office_ends", ())),
            listed_office_not_ends=tuple(spec.get("listed_office_not_ends", ())),
            province_only_office_ends=tuple(spec.get("province_only_office_ends", ())),
            province_only_office_exceptions=tuple(spec.get("province_only_office_exceptions", ())),
            listed_level_offices=tuple(spec.get("listed_level_offices", ())),
            committee_departments=frozenset(spec.get("committee_departments", ())),
            committee_posts=frozenset(spec.get("committee_posts", ())),
            office_head_posts=_longest_first(spec.get("office_head_posts", ())),
            not_level_words=tuple(spec.get("not_level_words", ())),
            unplaced_office_ends=tuple(spec.get("unplaced_office_ends", ())),
            bare_offices=frozenset(spec.get("bare_offices", ())),
            national_openers=tuple(spec.get("national_openers", ())),
            level_pronouns=MappingProxyType(dict(spec.get("level_pronouns", {}))),
            away_words=tuple(spec.get("away_words", ())),
            away_openers=tuple(spec.get("away_openers", ())),
            stay_words=tuple(spec.get("stay_words", ())),
            feature_words=tuple(spec.get("feature_words", ())),
            neighbour_re=re.compile("[\u4e00-\u9fff、]{0,10}?(?:%s)" % "|".join(
                map(re.escape, spec.get("neighbour_words", ()))) if spec.get("neighbour_words") else "(?!)"),
            association_words=tuple(spec.get("association_words", ())),
            association_re=re.compile("[\u4e00-\u9fff]{0,4}?(?<!招)(?:%s)" % "|".join(
                map(re.escape, spec.get("association_words", ()))) if spec.get("association_words") else "(?!)"),
            trade_short_forms=tuple(sorted(((long, tuple(short)) for long, short in
                                            (spec.get("trade_short_forms") or {}).items()),
                                           key=lambda item: -len(item[0]))),
            contracted_words=MappingProxyType(dict(spec.get("contracted_words") or {})),
            region_short_levels=MappingProxyType(dict(spec.get("region_short_levels") or {})),
            plain_government_divisions=frozenset(spec.get("plain_government_divisions", ())),
        )


@lru_cache(maxsize=1)
def derivation_spec() -> DerivationSpec:
    """The corpus-level consistency rules (``kg/data/derivations.yaml``), read once."""
    return DerivationSpec.from_dict(load_yaml(DERIVATIONS_FILE))


@lru_cache(maxsize=1)
def entity_rule_spec() -> EntityRuleSpec:
    """The package's entity rules (``kg/data/entity_rules.yaml``), read once."""
    return EntityRuleSpec.from_dict(load_yaml(ENTITY_RULES_FILE))


@lru_cache(maxsize=1)
def relation_rule_spec() -> RelationRuleSpec:
    """The package's relation rules (``kg/data/relation_rules.yaml``), read once."""
    return RelationRuleSpec.from_dict(load_yaml(RELATION_RULES_FILE))


@lru_cache(maxsize=1)
def abbreviations() -> Mapping[str, str]:
    """Agency short form -> full form (``kg/data/abbreviations.yaml``), read once."""
    return MappingProxyType(dict(load_yaml(ABBREVIATIONS_FILE)))


@lru_cache(maxsize=1)
def layout_spec() -> LayoutSpec:
    """The page-layout cues (``kg/data/layout.yaml``), read once."""
    return LayoutSpec.from_dict(load_yaml(LAYOUT_FILE))
