"""Resolve stage: one node per real-world entity.

* The home city is inferred from the corpus (the most mentioned city- or
  county-level division, if most documents name it; ``--home-city``
  overrides it). "我市" and a bare
  "市…" resolve to it: 市水利局 -> 格尔木市水利局; "州…" to its prefecture.
  Without one, each article's own county, city, prefecture and province
  are the home of its 县委, 市委, 州委 and 省政府.
* Agency short forms expand with ``abbreviations.yaml``:
  市人社局 = 市人力资源和社会保障局.
* Gazetteer aliases resolve to full division names: 格尔木 -> 格尔木市.
* A parenthetical alias merges: 格尔木工业园（昆仑经济技术开发区）.
* A company short name merges with a full legal name that starts with it:
  比亚迪 / 比亚迪股份有限公司.
* A project found right after its company is keyed by the full phrase
  (蓝科锂业2万吨电池级碳酸锂), so two companies' "2万吨电池级碳酸锂" stay apart.

* Divisions above the corpus's places and the countries of its cities
  abroad are added even where the text does not name them (implied places),
  so the hierarchy is whole.

The label is the most complete name; ``aliases`` lists every surface form.

>>> from kg.analyse import analyse_document
>>> from kg.nlp import load_pipeline
>>> from kg.read import Document
>>> doc = Document("d1", "", "格尔木工业园位于格尔木。市水利局在格尔木市召开会议。")
>>> res = resolve([analyse_document(doc, load_pipeline())])
>>> res.home_city, sorted(res.entities[Key("place", "格尔木市")].aliases)
('格尔木市', ['格尔木', '格尔木市'])
>>> Key("agency", "格尔木市水利局") in res.entities
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from typing import Iterable, Mapping, NamedTuple

from kg.analyse import DocumentAnalysis, Mention
from kg.gazetteer import AUTONOMOUS, load_gazetteer, short_division_names
from kg.lexicon import Entry, package_lexicon
from kg.resources import label_to_type
from kg.spec import (COMPANY_REF, PROJECT_REF, VILLAGE_LIST_RULE, abbreviations, derivation_spec, entity_rule_spec,
                     relation_rule_spec)

ENTITY_LABELS = ("COMPANY", "PROJECT", "AGENCY", "PLACE")
_LEGAL = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司)$")


class Key(NamedTuple):
    """An entity's identity: its graph type and canonical name.

    >>> str(Key("place", "格尔木市"))
    'place:格尔木市'
    """

    type: str
    name: str

    def __str__(self) -> str:
        return f"{self.type}:{self.name}"


@dataclass
class Entity:
    key: Key
    type: str
    label: str = ""
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    documents: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    home_city: str
    home_prefecture: str
    entities: dict[Key, Entity]
    mention_entity: dict[Mention, Key]


def destinations(analysis: DocumentAnalysis, words: tuple[str, ...], nested: bool = False) -> set:
    """Places a delegation goes to or is at ("在|深圳、东莞|对接项目"), the list's later items included; with
    ``nested``, a place written right after one that holds it as well ("赴|葡萄牙|里斯本": where a trip goes,
    while "在|某市|某镇|某村…基地" may name the page's own village)."""
    if not words:
        return set()
    texts = analysis.sentence_texts()
    out = set()
    by_sentence: dict[int, list] = {}
    for m in analysis.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, mentions in by_sentence.items():
        text = texts.get(index, "")
        previous = None
        for m in sorted(mentions, key=lambda m: m.s_start):
            if m.label == "PLACE" and (text[:m.s_start].endswith(words) or (
                    previous is not None and previous in out and previous.label == "PLACE"
                    and text[previous.s_end:m.s_start] in (("、", "") if nested else ("、",)))):
                out.add(m)
            previous = m
    return out


def _away(analysis: DocumentAnalysis) -> set:
    """The places a document's own people travel to ("赴青岛、北京…洽谈", "我市在深圳举办…", "在深圳期间"), those that name an
    association of businessmen ("深圳市山东商会": where it is, where they come from), those its own
    place borders ("与武汉市新洲区毗邻"), and rivers and ranges a division shares its name with ("黑河流域"):
    no home of it."""
    away = destinations(analysis, derivation_spec().away_words, nested=True)
    away |= destinations(analysis, derivation_spec().away_openers, nested=True)
    stays = derivation_spec().stay_words
    association = derivation_spec().association_re
    neighbour = derivation_spec().neighbour_re
    texts = None
    bordering: dict[int, bool] = {}  # a sentence holds a word of bordering (asked once per sentence)
    for m in analysis.mentions:
        if m.label == "AGENCY" and m.text.endswith(derivation_spec().association_words):
            away.add(m)  # "佛山市化州商会" read whole: its places still say no home
        if m.label == "PLACE":
            texts = texts if texts is not None else analysis.sentence_texts()
            text = texts.get(m.sentence, "")
            if m.sentence not in bordering:
                bordering[m.sentence] = neighbour.search(text) is not None
            if association.match(text, m.s_end) or (bordering[m.sentence] and neighbour.match(text, m.s_end)
                                                      and _bordering(text, m.s_start)):
                away.add(m)
            elif stays and text.startswith(stays, m.s_end) and text[:m.s_start].endswith("在"):
                away.add(m)  # "在|深圳|期间": where the paper's people stayed
            elif _names_feature(m, text):
                away.add(m)  # "黑河|流域": the river, no division of the page
    return away


def _names_feature(m: Mention, text: str) -> bool:
    """Whether a place mention is a river's or a range's short name, with a part or a side of it after it
    ("黑河|流域", "天山|南麓"), that a county or a city also has: it names no division (see ``feature_words``)."""
    words = derivation_spec().feature_words
    if m.label != "PLACE" or not words or not text.startswith(words, m.s_end):
        return False
    gaz = load_gazetteer()
    if m.text in gaz.places:
        return False  # a division written in full is that division ("某某县|境内|上游")
    place = gaz.lookup(m.text)
    return (place is not None and place.level != "province") or m.text in gaz.ambiguous


def _bordering(text: str, start: int) -> bool:
    """Whether 与 or 同 opens the clause's words before ``start`` ("西北|与|武汉市新洲区毗邻"): the place is
    what the page's own place borders."""
    clause = re.split(r"[，。；,;：:！？]", text[max(0, start - 12):start])[-1]
    return "与" in clause or "同" in clause


def infer_home_city(analyses: list[DocumentAnalysis], min_share: float = 0.5, *,
                    readings: list[DocumentReading] | None = None) -> str:
    """The city or county-level division the corpus mentions most, if it is a local corpus.

    A local paper names its city in most of its documents; a collection of
    national news (one document per story) names many cities, none in most
    stories. So the leading city must appear in at least ``min_share`` of the
    documents that name any city or county, else there is no home city and
    "我市" stays unresolved rather than being sent to an arbitrary city.
    ``readings``: each document's :func:`read_document`, where the caller has them.
    """
    gaz = load_gazetteer()
    if readings is None:
        readings = [read_document(a) for a in analyses]
    counts: Counter[str] = Counter()
    docs_with: Counter[str] = Counter()
    docs_any = 0
    # A county-level division's bare short alias counts where the corpus writes the division in
    # full (in a place or an office's name: 延庆区市场监管局), or where its document names no
    # other province: 铁山 is a park in a Fujian paper that names Zhejiang, not Hubei's 铁山区.
    written_full: set[str] = set()
    for a in analyses:
        for m in a.mentions:
            if m.label == "PLACE" and m.text in gaz.places:
                written_full.add(m.text)
            elif m.label == "AGENCY" and (place := _named_division(m.text)) is not None:
                written_full.add(place.name)
    regions = entity_rule_spec().region_names
    regional = entity_rule_spec().regional_prefecture_aliases
    media = entity_rule_spec().media_suffixes
    for a, reading in zip(analyses, readings):
        context, away, towns_bare, outlet_places = reading.context, reading.away, reading.bare_towns, reading.outlets
        seen: set[str] = set()
        provinces = {p for p in context if gaz.places[p].level == "province"}
        texts = a.sentence_texts()
        for m in a.mentions:
            if away and m in away:  # (most documents go nowhere: no mention is hashed for them)
                continue
            if m.label == "PLACE" and m.text in towns_bare:
                continue  # (see _bare_towns)
            if m.label == "PLACE":
                # (a part of town, 城西, names no district of another city: 城西区 is Xining's)
                place = gaz.lookup(m.text) if m.text not in regions else None
                if place is not None and m.text in gaz.shadowed:
                    # (朝阳 on a Beijing page is 朝阳区, as the place resolves, no city of another province)
                    place = gaz.places.get(_canonical_place(m.text, "", context))
            elif m.label == "AGENCY":
                place = _named_division(m.text)
            else:
                continue
            if place is None or place.level not in ("city", "county"):
                continue
            # A division that names the story's own outlet ("来源：津市电视台") is the paper's home, as the
            # article's home reads it, whatever provinces the places its people went to are in.
            outlet = _names_outlet(m, texts, media)
            if place.level == "county" and place.name not in written_full and provinces and not outlet \
                    and not provinces & set(gaz.parent_chain(place.name)):
                continue
            if m.label == "PLACE" and m.text in regional and place.name not in written_full \
                    and not provinces & set(gaz.parent_chain(place.name)):
                continue  # (海西 in a Fujian paper is the Strait's west bank: see _canonical_place)
            counts[place.name] += OUTLET_WEIGHT if outlet else 1
            seen.add(place.name)
        # The story's own paper ("来源：渭南日报") names its home as the article's home reads it, however
        # often the story names the city its people went to ("我市在深圳举办…").
        for _, name in outlet_places:
            if gaz.places[name].level in ("city", "county"):
                counts[name] += OUTLET_WEIGHT
                seen.add(name)
        if not seen:
            # A page that names no county or city of its own (its only one the neighbour its leaders went
            # to) may name its towns: two or more whose county is one, where each town's name is unique
            # in the gazetteer, name that county (安厚镇, 山格镇: 平和县).
            towns: dict[str, set[str]] = defaultdict(set)
            for m in a.mentions:
                place = gaz.places.get(m.text) if m.label == "PLACE" and not (away and m in away) else None
                if place is not None and place.level == "town" and place.parent in gaz.places:
                    towns[place.parent].add(m.text)
            for county, named in towns.items():
                if len(named) >= 2:
                    counts[county] += len(named)
                    seen.add(county)
        docs_with.update(seen)
        docs_any += bool(seen)
    if not counts:
        return ""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return top if docs_with[top] >= min_share * docs_any else ""


def _bare_towns(analysis: DocumentAnalysis) -> set[str]:
    """Places a document writes bare and with a town's level too (某山镇 … 某山规上工业产值), no division in full,
    and the villages and communities it lists under their count (东关、永城四个社区).

    The bare name is the town, shortened as its own paper shortens it, or the village, though the gazetteer
    may hold a county of that name far away: it names no home and stays the town's or the village's (see
    _merge_town_short_forms).
    """
    gaz = load_gazetteer()
    places = {m.text for m in analysis.mentions if m.label == "PLACE"}
    villages = {m.text for m in analysis.mentions if m.label == "PLACE" and m.rule == VILLAGE_LIST_RULE}
    return {p for p in places if p not in gaz.places and (p in villages or any(p + end in places for end in TOWN_ENDS))}


# A company's unit named after it: the bank's or company's own short name, then a place and one of these.
BRANCH_ENDS = ("分行", "支行", "分公司")
_HOLDS_LEGAL = re.compile(r"公司|集团")


def _branch_of(name: str, company_names: Mapping[str, str]) -> str:
    """A branch named with its company's short name, in the full name's form: 工行上饶分行 -> 中国工商银行上饶分行.

    >>> _branch_of("工行上饶分行", {"工行": "中国工商银行"}), _branch_of("工行", {})
    ('中国工商银行上饶分行', '工行')
    >>> _branch_of("工行科技有限公司上饶分公司", {"工行": "中国工商银行"})
    '工行科技有限公司上饶分公司'
    >>> _branch_of("工商银行上饶分行", {"工商银行": "中国工商银行股份有限公司"})
    '中国工商银行上饶分行'
    """
    if name.endswith(BRANCH_ENDS):
        end = next(e for e in BRANCH_ENDS if name.endswith(e))
        for n in range(len(name) - 2, 1, -1):
            full = company_names.get(name[:n])
            if full:
                if _HOLDS_LEGAL.search(name[n:len(name) - len(end)]):
                    # "华能新能源投资有限公司湖北分公司": the branch names its parent in full, a company of
                    # its own whose brand only starts like the short name
                    return name
                # a bank's branch is named after the bank's common name, not its legal form: 工商银行上饶分行
                # is the 中国工商银行上饶分行 the same page writes, whichever table gave the bank's full name
                legal = next((x for x in derivation_spec().legal_suffixes if full.endswith(x)), "")
                if legal and end != "分公司" and len(full) - len(legal) >= 2:
                    full = full[: -len(legal)]
                return full + name[n:]
    return name


def _branch_tail(name: str) -> str:
    """A branch's own words after its parent's name: 中国农业发展银行宁德分行 -> 宁德分行, or "" for no branch.

    >>> _branch_tail("中国农业发展银行宁德分行"), _branch_tail("某某集团有限公司宁夏分公司"), _branch_tail("宁德分行")
    ('宁德分行', '宁夏分公司', '')
    """
    end = next((e for e in BRANCH_ENDS if name.endswith(e)), "")
    if not end:
        return ""
    head = name[: -len(end)]
    cut = max((head.rfind(p) + len(p) for p in entity_rule_spec().branch_parent_ends if p in head), default=0)
    return name[cut:] if cut and len(head) - cut >= 2 else ""


def _article_branches(analysis: DocumentAnalysis, company_names: Mapping[str, str]) -> dict[tuple[str, str], set[str]]:
    """(article, a branch's own words) -> the branches its article names with their parent (宁德分行 ->
    中国农业发展银行宁德分行): the page then writes the branch by its own words alone."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in analysis.mentions:
        if m.label == "COMPANY" and m.text.endswith(BRANCH_ENDS):
            full = company_names.get(m.text) or _branch_of(m.text, company_names)
            tail = _branch_tail(full)
            if tail:
                out[(m.article, tail)].add(full)
    return out


@lru_cache(maxsize=1 << 16)
def _office_division(name: str) -> str:
    """The division an office is named with, as written: its level (县…) or its name (格尔木市…); else "".

    An office's kind alone names none, though it may start like a division's alias (公安局: 公安县's
    alias is 公安).
    """
    if name[:1] in LEVEL_CHARS and not name.startswith(derivation_spec().not_level_words):
        return name[0]
    if _bare_office(name):
        return ""
    return division_prefix(name)[0]


def _unplaced(name: str, have_home: bool) -> bool:
    """Whether an office's name says nothing of where it is, so that it is one office only within its document.

    A relative name left unresolved (县委, 市人民政府: no county or city in its document) is a
    different county's in every paper of a collection; so is a bare office (统一战线工作部, 管理委员会:
    :func:`_bare_office`) where the corpus has no home city. In one city's or county's archive the bare office is the
    home's, and stays one node. National bodies (国家发展和改革委员会, 财政部) are named in full.

    >>> _unplaced("县委", True), _unplaced("统一战线工作部", False), _unplaced("统一战线工作部", True)
    (True, True, False)
    >>> _unplaced("格尔木市委", False), _unplaced("国家统计局", False), _unplaced("财政部", False)
    (False, False, False)
    """
    where = _office_division(name)
    if where:
        return where in LEVEL_CHARS
    return not have_home and _bare_office(name)


@lru_cache(maxsize=8)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


# The abbreviations' full forms, by the table they come from: a set made afresh for every office asked
# about (most of them once each) cost more than the rest of the question.
_FULL_FORMS: dict[int, tuple[Mapping[str, str], frozenset[str]]] = {}


def _full_forms(table: Mapping[str, str]) -> frozenset[str]:
    kept = _FULL_FORMS.get(id(table))
    if kept is None or kept[0] is not table:
        kept = _FULL_FORMS[id(table)] = (table, frozenset(table.values()))
    return kept[1]


@lru_cache(maxsize=1 << 16)
def _bare_office(name: str) -> bool:
    """An office named by its kind alone, after a zone's generic word at most (商务局, 经贸局, 高新区党工委).

    A kind is one the abbreviations know, one of ``bare_offices``, or a field of two characters at
    most before an office's end (``unplaced_office_ends``): 东山经开区管理委员会 names its own zone.
    """
    spec = derivation_spec()
    zone = next((z for z in _longest_first(_committee_spec()[1]) if name.startswith(z)), "")
    rest = name[len(zone):] if zone in entity_rule_spec().generic else name
    table = abbreviations()
    if rest in table or rest in _full_forms(table) or rest in spec.bare_offices:
        return True
    end = next((e for e in spec.unplaced_office_ends if rest.endswith(e)), "")
    return bool(end) and len(rest) - len(end) <= 2 and not rest.startswith(spec.national_openers)


def _article_levels(analysis: DocumentAnalysis) -> dict[str, str]:
    """Article id -> the level its relative names speak of most (县 for 县委, 县长's 县政府, 我县), if any."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in analysis.mentions:
        if m.label == "AGENCY" and _office_division(m.text) in LEVEL_CHARS:
            counts[m.article][m.text[0]] += 1
        elif m.label == "HOME_COUNTY":
            counts[m.article]["县"] += 1
        elif m.label == "HOME_CITY":
            counts[m.article]["市"] += 1
    # max keeps the first of equals: the level named first
    return {art: max(c.items(), key=lambda kv: kv[1])[0] for art, c in counts.items()}


def _in_own_level(office: str, level: str, at: ArticleHome, home: str = "") -> str:
    """A bare office (财政局, 发改局) in an article that speaks of its county or city by level, as that level's.

    A county's paper lists its bureaus bare after its 县委 and 县政府 ("县政府办、开发区、发改局、
    财政局…"): where the article names the county, its 财政局 is that county's, as its 县财政局 is;
    so it is one node with the county's 财政局 named in full elsewhere. An article with no relative
    name speaks of the corpus's home, if it has one.

    >>> at = ArticleHome(county="徐闻县", city="湛江市")
    >>> _in_own_level("财政局", "县", at), _in_own_level("财政局", "市", at), _in_own_level("财政部", "县", at)
    ('县财政局', '市财政局', '财政部')
    >>> _in_own_level("财政局", "县", ArticleHome(city="湛江市")), _in_own_level("格尔木市财政局", "县", at)
    ('财政局', '格尔木市财政局')
    >>> _in_own_level("商务局", "", NO_HOME, "格尔木市"), _in_own_level("商务局", "", NO_HOME)
    ('市商务局', '商务局')
    >>> _in_own_level("科工局", "区", ArticleHome(county="芦淞区")), _in_own_level("科工局", "区", at)
    ('区科工局', '科工局')
    >>> _in_own_level("村党委", "", NO_HOME, "淄博市")  # a village's, which no level above names
    '村党委'
    """
    if not level and home.endswith(COUNTY_ENDS + ("市",)):
        level = home[-1]
    own = at.city if level == "市" else at.county if level in COUNTY_ENDS and at.county.endswith(level) else ""
    if not (own or (level and home.endswith(level))):
        return office
    if _office_division(office) or office.startswith(VILLAGE_ENDS) or not _bare_office(office) \
            or office.startswith(_committee_spec()[1]) or not office.endswith(derivation_spec().listed_office_ends) \
            or _province_office(office):
        return office
    return level + office


def _province_department(rest: str) -> bool:
    """Whether what follows a province's alias is a department of its government (商务厅, 林草局, 国资委): a field
    of two characters or more before an office's end, and no school's, firm's or party organ's name, whose
    brand the alias is (湖北师范大学党委, 河南能源党委 are no 湖北省…, 河南省…), and no national body's branch
    (辽宁海事局, 北京路局: ``central_branch_offices``).

    >>> [_province_department(r) for r in ("商务厅", "国资委", "师范大学党委", "能源党委", "路局", "海事局")]
    [True, True, False, False, False, False]
    """
    spec = entity_rule_spec()
    end = next((e for e in spec.province_office_ends if rest.endswith(e)), None)
    if end is None or rest.endswith((*spec.firm_party_organs, "工委", "纪律检查委员会", *spec.central_branch_offices)):
        return False
    field = rest[: len(rest) - len(end)]
    return len(field) >= 2 and not any(w in field for w in spec.institution_heads) \
        and not any(w in field for w in ("公司", "集团"))


def _province_office(office: str) -> bool:
    """A department only a province or an autonomous region has (商务厅), none a city's or a county's.

    >>> _province_office("商务厅"), _province_office("商务局"), _province_office("办公厅")
    (True, False, False)
    """
    spec = derivation_spec()
    return office.endswith(spec.province_only_office_ends) and not office.endswith(spec.province_only_office_exceptions)


def _level_company(name: str, before: str) -> str:
    """A company named by its level, as a county's or a city's own is (县城投公司), with that level; else "".

    The extractor leaves the level out before a zone's word (县|工业园区投资开发有限公司): ``before``,
    the sentence's text before the mention, gives it back.

    >>> _level_company("县城投公司", ""), _level_company("工业园区投资开发有限公司", "会上，县")
    ('县城投公司', '县工业园区投资开发有限公司')
    >>> _level_company("市场服务有限公司", ""), _level_company("华宇科技有限公司", "县")
    ('', '')
    """
    if _office_division(name) in LEVEL_CHARS:
        return name
    spec = derivation_spec()
    zones = _committee_spec()[1]
    gaz = load_gazetteer()
    if before[-1:] in LEVEL_CHARS and not before.endswith(spec.not_level_words) and name.startswith(zones) \
            and not any(gaz.written(before[-k:]) is not None for k in range(2, 8)):
        return before[-1] + name  # (but 格尔木市|工业园区… is the extractor's to read)
    return ""


def _placed(name: str, city: str, pref: str, county: str, province: str = "") -> str:
    """A relative name (市…, 州…, 县…, 省…) in full with the divisions given, where one fits; else ``name``.

    >>> _placed("市委", "格尔木市", "", ""), _placed("州委", "", "海西蒙古族藏族自治州", ""), _placed("县委", "", "", "平江县")
    ('格尔木市委', '海西州委', '平江县委')
    >>> _placed("省环保产业集团", "", "", "山阳县", "陕西省")
    '陕西省环保产业集团'
    """
    if name.startswith("省") and province.endswith("省") and not name.startswith("省份"):
        return province + name[1:]  # a province's own group (省交投集团, 省环保产业集团), where the article is
    if name.startswith("市") and city.endswith("市") and not name.startswith("市场"):  # (市场监管局 is no 市's)
        return city + name[1:]
    if name.startswith("州") and pref.endswith("州"):
        # (a 州's committee is an autonomous prefecture's: under a city, 州党委 is no 巴中州党委)
        return _short(pref) + "州" + name[1:]
    if name.startswith("盟") and pref.endswith("盟") and not name.startswith(("盟市", "盟员")):
        # a league's paper writes its own offices by the level (盟发改委), as a city's does by 市
        # (but 盟市 is the leagues and the cities together, 盟员 a party's member)
        return pref + name[1:]
    return (len(name) >= 2 and _county_form(name, county)) or name


def _after_pronoun(name: str, before: str) -> str:
    """An office written right after 该县, 我市 or the like, as the relative name of that level.

    >>> _after_pronoun("发改局", "记者从该县"), _after_pronoun("招商局", "我市"), _after_pronoun("发改局", "县")
    ('县发改局', '市招商局', '发改局')
    """
    if before[-1:] not in LEVEL_CHARS or _office_division(name):
        return name
    level = next((lv for word, lv in derivation_spec().level_pronouns.items() if before.endswith(word)), "")
    return level + name


def _named_in_full(name: str, earlier: list[str], gaz) -> str:
    """The office of ``earlier`` (an article's offices, in order) that is a division and ``name``.

    A national ministry's bureau or department is one too: a page that names 商务部投资促进局 means it
    by 投资促进局 after (a national commission's, 国家发改委 … 发改委, may be the local office's).

    >>> gaz = load_gazetteer()
    >>> _named_in_full("驻沪办", ["临河区委", "内蒙古自治区驻沪办"], gaz), _named_in_full("发改委", ["国家发改委"], gaz)
    ('内蒙古自治区驻沪办', '')
    >>> _named_in_full("投资促进局", ["商务部投资促进局"], gaz), _named_in_full("统战部", ["渠县县委统战部"], gaz)
    ('商务部投资促进局', '渠县县委统战部')
    """
    if len(name) < 3:
        return ""
    r = entity_rule_spec()
    zones = relation_rule_spec().zone_suffixes if name[:1] in relation_rule_spec().zone_levels else ()
    for full in reversed(earlier):
        if len(full) > len(name) and full.endswith(name) and (
                gaz.written(full[:-len(name)]) is not None
                # (区党委 after 屈原管理区党委: a zone's body by its level alone, as 区管委 is)
                or (zones and full[:1 - len(name)].endswith(zones))
                # (统战部 after 渠县县委统战部: the committee's department, the committee named with its division)
                or (name in derivation_spec().committee_departments and full[:-len(name)].endswith("委")
                    and bool(_office_division(full[:-len(name)])))
                or (r.owns_bureau(full[:-len(name)])
                    and name.endswith(r.ministry_bureau_ends + r.department_ends))):
            return full
    return ""


def _listed_office(name: str, before: str, between: str) -> str:
    """An office listed bare after ``before`` (``between`` them a list's mark) with ``before``'s division.

    >>> _listed_office("商务局", "县发改局", "、"), _listed_office("住建局", "格尔木市发改委", "、")
    ('县商务局', '格尔木市住建局')
    >>> _listed_office("财政部", "县发改局", "、"), _listed_office("商务局", "县发改局", "，")
    ('财政部', '商务局')
    >>> _listed_office("市政府", "中卫市委", "、"), _listed_office("县政府", "中卫市委", "、")
    ('中卫市政府', '县政府')
    >>> _listed_office("省政府", "湖南省委", ""), _listed_office("县商务局", "湖南省委", "")
    ('湖南省政府', '县商务局')
    >>> _listed_office("统战部", "县委", "常委、"), _listed_office("统战部", "县委", "书记、")
    ('县委统战部', '统战部')
    >>> _listed_office("中国铁路北京局", "市人防办", "、")
    '中国铁路北京局'
    >>> _listed_office("经信委", "自治区发改委", "、"), _listed_office("财政厅", "省发改委", "、")
    ('自治区经信委', '省财政厅')
    >>> _listed_office("自治区投资促进局", "自治区发改委", "、"), _listed_office("工商联", "华蓥市委统战部", "、")
    ('自治区投资促进局', '华蓥市工商联')
    >>> _listed_office("市人大常委会", "遂宁市委", "书记张某某、")
    '遂宁市人大常委会'
    >>> _listed_office("财政厅", "格尔木市发改委", "、")  # a province's department, no city's
    '财政厅'
    >>> _listed_office("发改委", "国家农业部", "、"), _listed_office("统计局", "国务院办公厅", "、")
    ('国家发改委', '国家统计局')
    """
    spec = derivation_spec()
    if name in spec.committee_departments and before.endswith("委") and between[-1:] in entity_rule_spec().list_marks \
            and between[:-1] in spec.committee_posts and _office_division(before):
        # "县委常委、统战部部长": the committee's post, then its department's head: the committee's department
        return before + name
    between = _past_head(between)
    # Papers also write the party committee and the government of one division as one word, with no mark
    # between them ("湖南省委省政府", "某市委市政府"): the pair shares the level as a list does.
    adjacent = not between
    if (between not in entity_rule_spec().list_marks and not adjacent) or _named_branch(name):
        return name
    # (an autonomous region's office is named with its level word, as a province's with 省: "自治区发改委、经信委")
    named = _office_division(before) or (REGION if before.startswith(REGION) else "")
    if name[:1] in LEVEL_CHARS and name[1:] in spec.listed_level_offices and len(named) > 1 \
            and named.endswith(name[0]):
        # "中卫市委、市政府": the level shared with the named office before it is that division's
        return named + name[1:]
    if adjacent:
        return name
    if not named and before.startswith(tuple(entity_rule_spec().national_levels)) and name[:1] not in LEVEL_CHARS \
            and name.endswith(spec.listed_office_ends) and not name.endswith(spec.listed_office_not_ends) \
            and not name.startswith(tuple(spec.national_openers)):
        # "国家农业部、发改委、财政部": an office listed bare after the State's is the State's too, no city's
        return "国家" + name
    if not name.endswith(spec.listed_office_ends) or name.endswith(spec.listed_office_not_ends) \
            or _office_division(name) or name.startswith((REGION,) + tuple(spec.national_openers)) \
            or (_province_office(name) and not named.endswith(("省", REGION))):
        # (a national body in the list is the state's: "市商务局、市人防办、中国铁路北京局")
        return name
    return named + name


def _past_head(between: str) -> str:
    """The list's mark between two offices each named with its head ("遂宁市委|书记张某、|市人大常委会主任"):
    the head's post and name belong to the office before, and the next is listed after it as after a bare
    mark; ``between`` as it is otherwise.

    >>> _past_head("书记张某某、"), _past_head("主任 李某、"), _past_head("书记、"), _past_head("书记张某某，")
    ('、', '、', '书记、', '书记张某某，')
    """
    marks = entity_rule_spec().list_marks
    if len(between) < 4 or between[-1] not in marks:
        return between
    post = next((p for p in derivation_spec().office_head_posts if between.startswith(p)), None)
    if post is None:
        return between
    person = between[len(post):-1].strip()
    if 2 <= len(person) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in person) \
            and person[0] in entity_rule_spec().surnames:
        return between[-1]
    return between


def _named_branch(name: str) -> bool:
    """A bureau's branch named with the division it serves (国土芦淞分局: 芦淞区's), which no list places.

    >>> _named_branch("国土芦淞分局"), _named_branch("交警分局")
    (True, False)
    """
    return name.endswith("分局") and len(name) >= 5 and load_gazetteer().written(name[-4:-2]) is not None


@lru_cache(maxsize=1 << 14)
def _section_division(name: str):
    """The county a road project's section is named after (顺蓬营一级公路蓬安段建设项目 -> 蓬安县), else None.

    A road's project names the counties it crosses by their short names before 段: the section in the
    paper's own county says where the article is, as a project named after its county does.

    >>> _section_division("顺蓬营一级公路蓬安段建设项目").name, _section_division("二期工程段")
    ('蓬安县', None)
    """
    gaz = load_gazetteer()
    for end in entity_rule_spec().route_sections:
        at = name.find(end)
        while at > 1:
            for n in (3, 2):
                if at - n >= 0 and (place := gaz.written(name[at - n:at])) is not None and place.level == "county":
                    return place
            at = name.find(end, at + 1)
    return None


@lru_cache(maxsize=1 << 16)
def _named_division(name: str):
    """The division an office's name starts with in full (石台县生态环境分局 -> 石台县), else None.

    An autonomous prefecture's or county's short form with its level (黔东南州人民政府, 海西州委) names
    it as surely: the full name is rarely written in an office's. A bare short alias does not (公安局).

    >>> _named_division("黔东南州人民政府").name, _named_division("公安局")
    ('黔东南苗族侗族自治州', None)
    """
    gaz = load_gazetteer()
    places = gaz.places
    full = next((places[name[:n]] for n in range(min(len(name) - 1, 8), 1, -1) if name[:n] in places), None)
    if full is not None:
        return full
    for n in range(min(len(name) - 1, 8), 2, -1):
        place = gaz.written(name[:n])
        if place is not None and place.alias and name[:n] == place.alias + place.name[-1]:
            return place
    return None


def _prefecture_of(city: str) -> str:
    gaz = load_gazetteer()
    place = gaz.lookup(city)
    if place is not None and place.level == "city" and not place.name.endswith("市"):
        # A prefecture's own paper (黔东南州) writes 州政府 and 州委 for it.
        return place.name
    if place is None or place.level != "county" or not place.parent:
        return ""
    up = gaz.places.get(place.parent)
    # A county the province runs itself (临高县, 仙桃市) has no prefecture city; a municipality's district
    # (崇明区, 大兴区) has the municipality, whose offices its paper writes 市体育局, 市委.
    return place.parent if up is not None and (up.level == "city" or (up.level == "province" and up.name.endswith("市"))) \
        else ""


def _short(name: str) -> str:
    place = load_gazetteer().lookup(name)
    return place.alias if place is not None and place.alias else name


# The party's name before a committee written in full: 中共松江区委员会 is 松江区委.
PARTY, COMMITTEE = "中共", "委员会"
PARTY_FULL, CONFERENCE = "中国共产党", "政协"

# Between an office's name and the document it is kept to, in its key (never in a label).
SCOPE = "\x1f"

# The level characters a relative office name opens with (县委, 市发改委, 镇政府).
LEVEL_CHARS = frozenset("省市州县区旗镇乡")

# An autonomous region's level word, the home of 自治区党委 and 自治区发改委 as 省 is of 省委.
REGION = "自治区"

# Towns and townships: the home of a bare 镇党委 or 乡政府, unless it begins a word of its own (乡镇, 乡村).
TOWN_ENDS = ("镇", "乡")
# ... but a town built around a trade or a theme (某某农牧小镇, 特色小镇) is no township with offices of its own.
THEMED_TOWN = "小镇"
# A village the gazetteer does not hold, at the end of the places a project's name opens with.
VILLAGE_ENDS = ("村",)
TOWN_WORDS = ("乡镇", "乡村", "镇村", "乡街")

# County-level divisions whose bare first character stands for them inside an article
# that names them: 县委, 旗委, 区市场监管局 (延庆区).
COUNTY_ENDS = ("县", "旗", "区")
# How many mentions a division naming the story's own outlet (津市电视台) counts for, in its article's home
OUTLET_WEIGHT = 3


def _county_form(name: str, county: str) -> str:
    """A bare 县… or 旗… name in its county's or banner's full form (县委 -> 平江县委), else "".

    A county named with one character keeps its 县 whole before its committee, as its papers
    write it (房县 + 县委 is 房县县委), and only there: its government and its bureaus are
    道县人民政府 and 道县财政局.

    >>> _county_form("县委", "平江县"), _county_form("县委", "房县"), _county_form("县人民政府", "道县")
    ('平江县委', '房县县委', '道县人民政府')
    """
    if county and name[:1] in COUNTY_ENDS and county.endswith(name[0]):
        return county + (name if len(county) <= 2 and name[1:2] == "委" else name[1:])
    return ""


@lru_cache(maxsize=1 << 16)
def canonical_agency(name: str, home_city: str, home_pref: str, county: str = "", province: str = "",
                     town: str = "") -> str:
    """Full, located form of an agency name.

    ``county`` is the county the article names, the home of 县委 and 县发改委;
    ``province`` the home of 省委 and 省政府, ``town`` of 镇党委 and 乡政府. An office named with its
    province or city before its own division is that division's
    (山西省文水县政协 is 文水县政协), and one named after its division in full
    is the same as the relative name there (上海市松江区区委 and 中共松江区委员会
    are 松江区委).
    A people's government is named after its division's full name, however
    the text shortens either (德令哈政府, 海西州人民政府).

    >>> canonical_agency("市人社局", "格尔木市", "海西蒙古族藏族自治州")
    '格尔木市人力资源和社会保障局'
    >>> canonical_agency("州委", "格尔木市", "海西蒙古族藏族自治州")
    '海西州委'
    >>> canonical_agency("县发改委", "", "", county="湟源县"), canonical_agency("旗委", "", "", county="达拉特旗")
    ('湟源县发展和改革委员会', '达拉特旗委')
    >>> canonical_agency("海西州政府", "", ""), canonical_agency("德令哈政府", "", "")
    ('海西蒙古族藏族自治州人民政府', '德令哈市人民政府')
    >>> canonical_agency("市委", "蓬安县", "南充市"), canonical_agency("县委", "蓬安县", "南充市")
    ('南充市委', '蓬安县委')
    >>> canonical_agency("省政府", "", "", province="湖南省"), canonical_agency("云南省楚雄彝族自治州州委", "", "")
    ('湖南省人民政府', '楚雄州委')
    """
    table = abbreviations()
    out = _own_division_name(_body_form(name))
    # An office after its division's short name (呼市发改委, 高市府经发局) is the one named after the
    # division in full: the short name is the papers' way of writing it, not another division.
    shorts = short_division_names()
    # (not where the name goes on into a longer division's name: 内蒙古自治区… after 内蒙, 鄂托克前旗… after 鄂托克)
    short = next((out[:n] for n in (2, 3) if out[:n] in shorts and len(out) > n
                  and not out[n:].startswith(TOWN_WORDS + TOWN_ENDS) and not _longer_division(out, n)), None)
    if short is not None:
        out = shorts[short] + out[len(short):]
    else:
        # So is a province's department after the province's alias (河北商务厅, 宁夏林草局): the one its full
        # name names (河北省商务厅), not another body (but not where a division of its own follows the alias).
        gaz = load_gazetteer()
        for n in (2, 3):
            place = gaz.lookup(out[:n]) if len(out) > n else None
            if place is not None and place.level == "province" and place.name != out[:n] \
                    and _province_department(out[n:]) and not _longer_division(out, n) \
                    and not division_prefix(out[n:])[0]:
                out = place.name + out[n:]
                break
    # A division's office in another city by the division's alias (重庆驻广东办事处, 四川驻京办) is the one its
    # full name names: the alias is the papers' way of writing the sender, as the short names above are.
    for word in entity_rule_spec().mission_words:
        at = out.find(word)
        if at >= 2 and (full := load_gazetteer().aliases.get(out[:at])) and full != out[:at]:
            out = full + out[at:]
            break
    # A special region's office (澳门特区招商投资促进局, 澳门特区政府招商投资促进局) is the region's, named
    # after it in full: papers shorten the level, and write the government before its bureaus or not.
    for short, level in derivation_spec().region_short_levels.items():
        at = out.find(short)
        rest = out[at + len(short):]
        if at > 0 and rest and load_gazetteer().written(out[:at] + level) is not None:
            out = out[:at] + level + (rest[len("政府"):] if rest.startswith("政府") and rest != "政府" else rest)
    # An office after its government's short form (台南市府经发局, 市府经发局, as Taiwan's papers write
    # them) is the division's office: 台南市经发局; the government's own office (市府办) is the
    # government's (市政府办); but 市府路派出所 is named after a road.
    for short in _government_shorts():
        at = out.find(short)
        rest = out[at + len(short):]
        if 0 <= at and rest and not rest.startswith(entity_rule_spec().road_ends):
            government = "政府" if "政府" + rest in table else ""
            out = out[:at + 1] + government + rest
            break
    # A county paper's 市委 is its prefecture city's (蓬安县: 南充市委); its 县委 is its own.
    city = home_city if home_city.endswith("市") else home_pref if home_pref.endswith("市") else ""
    placed = _placed(out, city, home_pref, county or home_city)
    if placed != out:
        out = placed
    elif province.endswith("省") and out.startswith("省"):
        out = province + out[1:]
    elif province.endswith(REGION) and out.startswith(REGION):
        out = province + out[len(REGION):]
    elif (short := next((s for s, level in derivation_spec().region_short_levels.items()
                         if out.startswith(s) and province.endswith(level)), None)):
        out = province + out[len(short):]  # a Hong Kong article's 特区政府 is Hong Kong's, no people's government
    elif town and out[:1] in TOWN_ENDS and town.endswith(out[0]) and not out.startswith(TOWN_WORDS) \
            and not division_prefix(out)[0]:
        # (a division whose name opens with the level's character is named in full: 镇江市发改委 on a
        # page about a town is the city's, no 某某镇's 江市发改委)
        out = town + out[1:]
    # The longest short form the name ends with: of each length only the name's own end can be one, so
    # a lookup per length (a dozen) instead of a test of every short form (over a hundred, per name).
    for n in _abbreviation_lengths():
        if n > len(out):
            continue
        full = table.get(out[len(out) - n:])
        if full is not None and not out.endswith(full):
            out = out[: len(out) - n] + full
            break
    government = table.get("政府", "")
    if government and out.endswith(government) and len(out) > len(government):
        gaz = load_gazetteer()
        stem = out[: -len(government)]
        derivations = derivation_spec()
        for short, level in derivations.region_short_levels.items():
            if stem.endswith(short) and len(stem) > len(short):
                stem = stem[: -len(short)] + level  # 澳门特区 is 澳门特别行政区
                break
        place = gaz.written(stem)
        if stem in derivations.region_short_levels:
            out = stem + "政府"  # whose special region the text does not say: still no people's government
        # (a former name's government keeps it, as its committee and offices do: 郫县人民政府)
        elif place is not None and stem not in gaz.former:
            # Hong Kong's and Macau's are no people's governments: 澳门特别行政区政府
            out = place.name + ("政府" if place.name in derivations.plain_government_divisions else government)
    return out


@lru_cache(maxsize=1)
def _government_shorts() -> tuple[str, ...]:
    """The short forms of a division's government by its level (县府, 市府), from the abbreviations."""
    government = abbreviations().get("政府", "")
    return tuple(short for short, full in abbreviations().items()
                 if government and len(short) == 2 and short[0] in LEVEL_CHARS and full == short[0] + government)


@lru_cache(maxsize=1)
def _abbreviation_lengths() -> tuple[int, ...]:
    """The lengths of the short forms, longest first."""
    return tuple(sorted({len(short) for short in abbreviations()}, reverse=True))


@lru_cache(maxsize=1 << 16)
def division_prefix(name: str, above: str = "", towns: bool = False) -> tuple[str, str]:
    """The longest start of ``name`` that is a division as written (under ``above`` if given), and its full name.

    A town counts only with ``towns``.

    >>> division_prefix("定边县人民政府"), division_prefix("人民政府")
    (('定边县', '定边县'), ('', ''))
    """
    gaz = load_gazetteer()
    for n in range(min(len(name), 12), 1, -1):
        place = gaz.written(name[:n])
        if place is not None and (towns or place.level != "town") and (not above or above in gaz.parent_chain(place.name)):
            return name[:n], place.name
    return "", ""


def _longer_division(name: str, n: int) -> bool:
    """Whether ``name`` opens with a division's name longer than its first ``n`` characters."""
    gaz = load_gazetteer()
    return any(gaz.written(name[:k]) is not None for k in range(n + 1, min(len(name), n + 8) + 1))


def _body_form(name: str) -> str:
    """A body's name as its division writes it: without a session ("某县第十八届人民代表大会" is 某县人民代表大会),
    the party's full name as 中共 (中国共产党某县委员会), and the conference's committee as its short name
    (政协某县委员会 is 某县政协; 政协全国委员会, 全国政协).

    >>> _body_form("政协建平县第十届委员会"), _body_form("中国共产党建平县第十四届委员会")
    ('建平县政协', '中共建平县委员会')
    """
    r = entity_rule_spec()
    if "届" in name:
        name = r.session_re.sub("", name, count=1)
    if name.startswith(PARTY_FULL):
        name = PARTY + name[len(PARTY_FULL):]
    elif name.startswith(CONFERENCE) and name.endswith(COMMITTEE) and len(name) > len(CONFERENCE + COMMITTEE):
        name = name[len(CONFERENCE):-len(COMMITTEE)] + CONFERENCE
    return name


@lru_cache(maxsize=1 << 16)
def _own_division_name(name: str) -> str:
    """An office named with its division in full, as the relative name there resolves it; else ``name``.

    >>> _own_division_name("山西省文水县政协"), _own_division_name("上海市松江区区委")
    ('文水县政协', '松江区委')
    >>> _own_division_name("中共长春市绿园区委员会"), _own_division_name("西安市市场监督管理局")
    ('绿园区委', '西安市市场监督管理局')
    """
    party = name.startswith(PARTY) and name.endswith(COMMITTEE)
    # (and the party's name before its division's committee or office by their short names: 中共某县委,
    # 中共某县委宣传部, as 某县委 and 某县委宣传部)
    body = name[len(PARTY):-len(COMMITTEE)] if party else name[len(PARTY):] if name.startswith(PARTY) else name
    written, full = division_prefix(body)
    if not written:
        return name
    # A province's or city's name before a division under it (山西省|文水县政协) adds nothing, unless
    # another division has the same name (南京市|鼓楼区, 福州市|鼓楼区).
    while True:
        lower, lower_full = division_prefix(body[len(written):], above=full)
        if not lower or lower_full in load_gazetteer().shared:
            break
        body, written, full = body[len(written):], lower, lower_full
    rest = body[len(written):]
    if party and not rest:
        rest = full[-1] + "委"  # 中共松江区委员会: the district's committee, 区委
    elif rest and written != full and written[-1] == full[-1] and rest[:1] != full[-1]:
        # An autonomous county by its short name and its level (杜尔伯特县|委, 梅里斯区|委): the level is
        # written once, so its page's 县委 is the same committee
        rest = full[-1] + rest
    if rest[:1] != full[-1]:
        return body if body != name and not party else name
    place = load_gazetteer().places[full]
    homes = {"province": ("", "", "", full), "city": ((full, "", "", "") if full.endswith("市") else ("", full, "", "")),
             "county": (("", "", full, "") if full.endswith(COUNTY_ENDS) else (full, "", "", ""))}[place.level]
    here = canonical_agency(rest, *homes[:3], province=homes[3])
    # Only where the relative name took the division (松江区|区委), not where it reads on (西安市|市场…).
    return here if here != canonical_agency(rest, "", "") else (body if body != name and not party else name)


class DocumentReading(NamedTuple):
    """What resolution reads from one document alone, before anything of the corpus.

    ``context``: the divisions it names unambiguously (:func:`_place_context`); ``away``: the mentions of
    places its people go to (:func:`_away`); ``bare_towns``: :func:`_bare_towns`; ``outlets``: the
    papers its sentences name (:func:`_document_outlets`); per article id, ``homes``: the divisions its
    relative names stand for (:func:`_article_homes`), ``levels``: the level they speak of
    (:func:`_article_levels`), ``zones``: the zone it is about (:func:`_article_zones`).

    A function of the analysis and kg's data alone, so a build keeps it with the analysis in its cache
    (:class:`kg.analyses.AnalysisCache`): a rebuild reads it back instead of reading every document again.
    """

    context: frozenset[str]
    away: frozenset[Mention]
    bare_towns: frozenset[str]
    outlets: tuple[tuple[str, str], ...]
    homes: dict[str, ArticleHome]
    levels: dict[str, str]
    zones: dict[str, str]


def read_document(analysis: DocumentAnalysis) -> DocumentReading:
    """What resolution reads from ``analysis`` alone (see :class:`DocumentReading`).

    >>> import kg
    >>> from kg.analyse import analyse_document
    >>> page = analyse_document(kg.Document("p1", "", "湟源县县委书记调研县工业园。"), kg.load_pipeline(statistical=False))
    >>> [home.county for home in read_document(page).homes.values()]
    ['湟源县']
    """
    context = _place_context(analysis)
    away = frozenset(_away(analysis))
    bare = frozenset(_bare_towns(analysis))
    outlets = tuple(_document_outlets(analysis))
    return DocumentReading(context, away, bare, outlets, _article_homes(analysis, context, away, bare, outlets),
                           _article_levels(analysis), _article_zones(analysis, _committee_spec()[1]))


def resolve(analyses: list[DocumentAnalysis], home_city: str | None = None,
            company_names: Mapping[str, str] | None = None,
            readings: list[DocumentReading] | None = None, lexicon: Iterable[Entry] = ()) -> Resolution:
    """One entity per real-world name across ``analyses``; ``home_city`` overrides the inferred one.

    ``company_names`` maps a company's short forms to its full name (from
    :func:`kg.consistency.consistent`): 盐湖股份 is 青海盐湖工业股份有限公司.
    ``lexicon``: the user's lexicon entries; theirs and the package's aliases are their names
    (央行 is 中国人民银行).
    ``readings``: each analysis's :func:`read_document`, where the caller has them (a rebuild reads
    them from its cache); read here otherwise.
    """
    company_names = company_names or {}
    gaz = load_gazetteer()
    if readings is None:
        readings = [read_document(a) for a in analyses]
    home = home_city if home_city else infer_home_city(analyses, readings=readings)
    if home:
        home = gaz.canonical(home)
    pref = _prefecture_of(home) if home else ""
    province = next((p for p in gaz.parent_chain(home) if gaz.places[p].level == "province"), "") if home else ""
    to_type = label_to_type()

    keys: dict[Mention, Key] = {}
    surfaces: dict[Key, Counter[str]] = defaultdict(Counter)
    types: dict[Key, str] = {}
    parent: dict[Key, Key] = {}

    def find(k: Key) -> Key:
        while parent.get(k, k) != k:
            parent[k] = parent.get(parent[k], parent[k])
            k = parent[k]
        return k

    def union(a: Key, b: Key, keep_first: bool = False) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # The longer key survives: it is the more complete name (unless the caller knows which one is).
            keep, drop = (ra, rb) if keep_first else sorted((ra, rb), key=lambda k: (-len(k.name), k))
            parent[drop] = keep

    committee_names, zones = _committee_spec()
    # Divisions the corpus writes in full: their short aliases anywhere are the same place.
    named = {gaz.written(m.text).name for a in analyses for m in a.mentions
             if m.label == "PLACE" and m.text in gaz.places and gaz.written(m.text) is not None}
    named |= {full for a in analyses for m in a.mentions if m.label == "PLACE" and (full := _autonomous_with_level(m.text))}
    paired_readings = entity_rule_spec().paired_short_name_readings
    # 澳 alone is Australia, but in a document that names Macao it is Macao ("来澳参观" on a Macao page)
    lone_readings = {pair[-1]: full for pair, full in paired_readings.items()}
    bare_towns: set[str] = set()  # names some document writes bare and with its town's level
    for a, reading in zip(analyses, readings):
        context, towns_bare, article_zone, homes, levels = (reading.context, reading.bare_towns, reading.zones,
                                                            reading.homes, reading.levels)
        bare_towns |= towns_bare
        in_full: dict[str, list[str]] = defaultdict(list)  # article -> the offices it named, in order
        branches = _article_branches(a, company_names)
        last_project: dict[str, Key] = {}  # article -> the project it named last, so far
        last_company: dict[str, Key] = {}  # and the company
        # (article, project's name) -> the keys of that name after a company: a list of projects names one
        # bare ("A项目、B项目等15个项目签约"), then again after its firm ("其中，某公司A项目…")
        firm_projects: dict[tuple[str, str], set[Key]] = defaultdict(set)
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in a.mentions:
            by_sentence[m.sentence].append(m)
        sentence_texts = a.sentence_texts()
        for sent_index, sent_mentions in by_sentence.items():
            sent_mentions.sort(key=lambda m: m.s_start)
            listed_as: dict[Mention, str] = {}  # an agency's name with the division its list gave it
            for i, m in enumerate(sent_mentions):
                if m.label in ("HOME_CITY", "HOME_PREFECTURE", "HOME_COUNTY"):
                    # 我市 / 全州 name the home city or its prefecture, when known; 我县 the
                    # county its article (or document) names.
                    at = homes.get(m.article, NO_HOME)
                    target = {"HOME_CITY": home or at.city, "HOME_PREFECTURE": pref or at.prefecture,
                              "HOME_COUNTY": gaz.former.get(at.county, at.county)}[m.label]
                    # (a page from before a county was renamed writes its old name, and its 县委 keeps it, but
                    # 我县 is the one place the county's own name is: 九江县 is 柴桑区 now)
                    if target:
                        keys[m] = Key("place", target)
                        types[keys[m]] = "place"
                        surfaces[keys[m]][target] += 0
                    continue
                if m.label == PROJECT_REF:
                    # 该项目: the project its article named last, if any
                    if m.article in last_project:
                        keys[m] = last_project[m.article]
                    continue
                if m.label == COMPANY_REF:
                    if m.article in last_company:  # 该公司, as 该项目
                        keys[m] = last_company[m.article]
                    continue
                if m.label not in ENTITY_LABELS:
                    continue
                etype = to_type[m.label]
                name = m.text
                prev = sent_mentions[i - 1] if i > 0 else None
                if m.label == "PLACE" and _names_feature(m, sentence_texts[sent_index]):
                    canon = name  # "天山|南麓": the range, no 天山区
                elif m.label == "PLACE" and len(name) > 2 and (local := _county_form(name, homes.get(m.article, NO_HOME).county)):
                    canon = local  # 县工业园区 of the county the article names
                elif m.label == "PLACE" and name[:1] == "市" and name[1:] in zones \
                        and (city := home or homes.get(m.article, NO_HOME).city):
                    # 市经开区, as its committee (市经开区管委会) is named: the zone of the paper's city, or of
                    # the city its article names, as one place with every mention of it
                    canon = city + name[1:]
                elif m.label == "PLACE" and len(name) == 1 and m.s_start > 0 and (
                        pair := sentence_texts[sent_index][m.s_start - 1] + name) in paired_readings:
                    canon = paired_readings[pair]  # "粤港|澳": Macao, where 澳 alone is Australia
                elif m.label == "PLACE" and name in lone_readings and lone_readings[name] in context:
                    canon = lone_readings[name]
                elif m.label == "PLACE" and name not in towns_bare and (at := homes.get(m.article, NO_HOME)) != NO_HOME \
                        and (place := gaz.written(name)) is not None and place.name != name \
                        and place.name == {"市": at.city, "州": at.prefecture}.get(
                            level := levels.get(m.article, ""), at.county if level in COUNTY_ENDS else ""):
                    # "落户云霄" on a page whose 县委 is 云霄县委: the division the article's relative names (县委, 我县)
                    # speak of, by its short name (a short name that is an ordinary word, vouched for by nothing
                    # else, is vouched for by that; a page whose 市政府 is its city's says nothing of a county)
                    canon = place.name
                elif m.label == "PLACE":
                    # (a town's bare name is the far county's only where its own page vouches for it)
                    canon = _canonical_place(name, "" if name in towns_bare else home, context, named)
                elif m.label == "AGENCY" and name in committee_names and prev is not None and prev in keys \
                        and m.s_start - prev.s_end <= 8 \
                        and (zone := _party_committee_zone(keys[prev].name, zones, bare=m.article not in article_zone)):
                    # "经济开发区党工委书记、管委会主任": one man's two posts, in the zone the title before named,
                    # whatever zone the article is about
                    canon = zone + "管理委员会"
                elif m.label == "AGENCY" and m.article in article_zone \
                        and _committee_of_kind(name, committee_names, zones, article_zone[m.article]):
                    # A bare 管委会 in an article about a zone is that zone's committee; so is one named by
                    # the zone's kind alone (县工业园区 … 工业园区管委会).
                    canon = _office_at(article_zone[m.article] + "管理委员会", homes.get(m.article, NO_HOME),
                                         home, pref, province)
                elif m.label == "AGENCY" and m.article in article_zone \
                        and _committee_of_kind(name, _zone_party_committees(), zones, article_zone[m.article]):
                    # (its 党工委, bare or after the zone's kind, as its 管委会)
                    canon = _office_at(article_zone[m.article] + next(c for c in _zone_party_committees()
                                                                         if name.endswith(c)),
                                         homes.get(m.article, NO_HOME), home, pref, province)
                elif m.label == "AGENCY" and m.article in article_zone \
                        and (kind := _zone_kind_opening(name, zones, article_zone[m.article])):
                    # "高新区招商局" in an article about 某某高新区: that zone's office, as its bare 管委会 is
                    # the zone's committee (the zone's kind alone names no place to hold it)
                    canon = _office_at(article_zone[m.article] + name[len(kind):], homes.get(m.article, NO_HOME),
                                         home, pref, province)
                elif m.label == "AGENCY":
                    # "内蒙古自治区驻沪办…希望驻沪办与临河区…": the office the article named in full before
                    office = _named_in_full(name, in_full[m.article], gaz)
                    in_full[m.article].append(name)
                    at = homes.get(m.article, NO_HOME)
                    if not office:
                        office = name
                        if prev is not None and prev in listed_as:
                            office = _listed_office(name, listed_as[prev], sentence_texts[sent_index][prev.s_end:m.s_start])
                        office = _after_pronoun(office, sentence_texts[sent_index][:m.s_start])
                        office = _in_own_level(office, levels.get(m.article, ""), at, home)
                    listed_as[m] = office
                    # The corpus's home city, where it has one, is the paper's: its 市委 is that city's
                    # in every article. Without one, each article's own divisions are the home. A home
                    # that is a city has no prefecture: a 州's offices are the article's prefecture's.
                    canon = _office_at(office, at, home, pref, province)
                elif m.label == "PROJECT":
                    gap = sentence_texts[sent_index][prev.s_end:m.s_start] if prev is not None else ""
                    new_mark = gap in entity_rule_spec().new_facility_marks  # "某某公司|新|生产基地项目"
                    new_mark = new_mark or gap in entity_rule_spec().brand_dots  # "某某硅能|·|某地…项目", one name
                    # (and the phase it builds, in brackets: "某某（二期）|年产…项目")
                    new_mark = new_mark or (len(gap) >= 4 and gap[0] in "(（" and gap[-1] in ")）"
                                            and gap[1:-1] in entity_rule_spec().phase_words)
                    canon = (prev.text + (gap if new_mark else "") + name) \
                        if prev is not None and prev.label == "COMPANY" and (
                            prev.s_end == m.s_start or new_mark or entity_rule_spec().invested_amount_re.fullmatch(
                                sentence_texts[sent_index], prev.s_end, m.s_start)) else name
                else:
                    canon = company_names.get(name) or _branch_of(name, company_names)
                    if canon == name and len(branches.get((m.article, name), ())) == 1:
                        # "农发行宁德分行 … 宁德分行客户部": the branch its article named with its bank
                        (canon,) = branches[(m.article, name)]
                    relative = _level_company(canon, sentence_texts[sent_index][:m.s_start])
                    if relative:
                        # 县城投公司: the county's own company, resolved as the county's offices are
                        at = homes.get(m.article, NO_HOME)
                        canon = _placed(relative, home or at.city, pref or at.prefecture, at.county,
                                        province or at.province)
                key = Key(etype, canon)
                if (m.label == "AGENCY" and _unplaced(canon, bool(home))) \
                        or (m.label == "COMPANY" and _office_division(canon) in LEVEL_CHARS):
                    key = Key(etype, canon + SCOPE + m.doc)
                keys[m] = key
                types[key] = etype
                if m.label == "PROJECT":
                    last_project[m.article] = key
                    if canon != name:
                        firm_projects[(m.article, name)].add(key)
                elif m.label == "COMPANY":
                    last_company[m.article] = key
                surfaces[key][name] += 1
                if canon != name:
                    surfaces[key][canon] += 0
                if m.original != name:
                    surfaces[key][m.original] += 0
            _parenthetical_aliases(sentence_texts[sent_index], sent_mentions, keys, union, surfaces)
        # The bare name is the one firm's project its article names so (two firms' are left apart); only
        # this article's mentions move, as the bare name elsewhere may be another firm's.
        for m in a.mentions:
            if m.label == "PROJECT" and len(owned := firm_projects.get((m.article, m.text), ())) == 1 \
                    and keys.get(m) == Key("project", m.text):
                (keys[m],) = owned
                surfaces[keys[m]][m.text] += 1

    _merge_lexicon_aliases(types, surfaces, (*package_lexicon(), *lexicon), find, parent)
    _merge_company_short_names(types, union)
    docs_of: dict[Key, set[str]] = defaultdict(set)
    for m, key in keys.items():
        docs_of[key].add(m.doc)
    _merge_brand_companies(types, union, gaz, docs_of)
    _merge_group_institutes(types, union, docs_of)
    _merge_project_trailers(types, union)
    _merge_zone_short_forms(types, union, gaz)
    _merge_project_zone_forms(types, union)
    _merge_division_forms(types, union, gaz)
    _merge_branch_division_forms(types, union, gaz)
    _merge_town_short_forms(types, union, gaz, bare_towns)
    _merge_town_level_forms(types, union, gaz)
    _merge_place_prefixed(types, union, gaz)
    entities: dict[Key, Entity] = {}
    mention_entity: dict[Mention, Key] = {}
    for m, key in keys.items():
        root = find(key)
        ent = entities.get(root)
        if ent is None:
            ent = entities[root] = Entity(root, types[root])
        mention_entity[m] = root
        if m.label in ENTITY_LABELS or m.label.startswith("HOME"):
            ent.mentions += 1
            ent.documents.add(m.doc)
    for key in types:
        root = find(key)
        if root in entities:
            entities[root].aliases.update(s for s in surfaces[key])
    for root, ent in entities.items():
        # The label is the most complete name: the canonical key, the longest merged one (an office
        # kept to its document is named as written there).
        ent.label = root.name.partition(SCOPE)[0]
        ent.aliases.add(ent.label)
    res = Resolution(home, pref, entities, mention_entity)
    res.entities.update(implied_places(res))
    return res


def _canonical_place(name: str, home: str, context: frozenset[str] = frozenset(),
                     named: set[str] | frozenset[str] = frozenset()) -> str:
    """Full division name of a place, trusting a short alias only where something vouches for it.

    "河西" is the alias of a district in Tianjin; in a Golmud paper it is a
    local area. An alias (格尔木, 海西州) resolves when its division is a
    province or a prefecture-level city, lies under the home city's province
    or under a division its own document names (``context``), or is written
    in full somewhere in the corpus (``named``).
    """
    gaz = load_gazetteer()
    spec = entity_rule_spec()
    name = spec.one_character_places.get(name, name)  # 美 in 中美关系 is 美国
    name = _without_zone_rank(name, spec)
    if name in spec.region_names and not any(full.startswith(name) for full in named):
        return name  # 中原 the region, not 中原区, unless the corpus writes 中原区
    place = gaz.written(name)
    if place is None and name.endswith("县") and len(name) >= 3 \
            and (city := gaz.written(name[:-1])) is not None and city.level == "county" and city.name == name[:-1] + "市":
        return city.name  # 瑞安县, "瑞安县(市)": a county made a city, by its old level word (jieba holds the old name)
    if place is None and len(name) >= 4:
        # "昌吉州玛纳斯", "湘西州古丈县": a division written after the one above it, as a headline glues them, is
        # that division
        for n in range(2, len(name) - 1):
            up = gaz.written(name[:n])
            if up is not None and (down := gaz.written(name[n:])) is not None \
                    and up.name in gaz.parent_chain(down.name):
                return down.name
    if place is None:
        # 澳门特区 is 澳门特别行政区, as its government is: papers shorten the level, not the place
        for short, level in derivation_spec().region_short_levels.items():
            if name.endswith(short) and len(name) > len(short) \
                    and (region := gaz.written(name[: -len(short)] + level)) is not None:
                return region.name
    if place is None:
        # 东安 is 东安县 (Hunan) or 东安区 (Heilongjiang): the one the corpus writes in full,
        # or its document names a division above, if exactly one of them.
        vouched = [full for full in gaz.ambiguous.get(name, ())
                   if full in named or set(gaz.parent_chain(full)) & context]
        return vouched[0] if len(vouched) == 1 else name
    if place.name == name:
        if place.level == "town" and name in gaz.town_named:
            # "永安市签约项目14个…落户永安": the county the corpus names in full, not a town of that name
            # elsewhere (永安, a town of 莎车县)
            vouched = [full for full in gaz.town_named[name] if full in named]
            if len(vouched) == 1:
                return vouched[0]
        return name
    if name in gaz.shadowed and place.name not in context and place.name not in named \
            and not set(gaz.parent_chain(place.name)) & context:
        # "北京昌平、大兴、朝阳": a city's alias on a page that names another division's city, and none
        # of its own, is that city's district (朝阳区), where exactly one such district is
        under = [full for full in gaz.shadowed[name]
                 if gaz.places[full].parent in context or full in named]
        if len(under) == 1:
            return under[0]
    if name in gaz.places or name in gaz.former or place.name in named \
            or (place.level in ("province", "city") and name not in spec.regional_prefecture_aliases) \
            or name.endswith(AUTONOMOUS) or _autonomous_with_level(name):
        # 彭水自治县, 宽甸县, or a former full name, is as specific as the full name
        return place.name
    home_chain = set(gaz.parent_chain(home)) | {home} if home else set()
    return place.name if set(gaz.parent_chain(place.name)) & (home_chain | context) else name


def _without_zone_rank(name: str, spec) -> str:
    """A zone's name without the rank its official name holds in brackets: 西宁（国家级）经济技术开发区 is
    西宁经济技术开发区, as its committee and most mentions write it (and so with the rank unbracketed after
    its place: 柴达木国家级循环经济试验区)."""
    if not name.endswith(spec.zone_words):
        return name
    for mark in spec.zone_rank_marks:
        for bracketed in (f"（{mark}）", f"({mark})", mark):
            at = name.find(bracketed)
            if at > 0:
                return name[:at] + name[at + len(bracketed):]
    return name


def _autonomous_with_level(name: str) -> str:
    """The autonomous county or banner ``name`` is, written as its short name and its level (宽甸县 for
    宽甸满族自治县, 鄂伦春旗 for 鄂伦春自治旗), or "".

    Papers name such a county as they name any other, by its short name and 县: the level written makes
    it a division's name in full, as the autonomous county's own short form (宽甸自治县) is, and not a
    short alias that may be a place elsewhere.
    """
    gaz = load_gazetteer()
    if len(name) < 3 or name in gaz.places:
        return ""
    place, bare = gaz.written(name), gaz.written(name[:-1])
    if place is None or bare is None or place.name != bare.name or not place.name.endswith(AUTONOMOUS) \
            or place.name[-1] != name[-1]:
        return ""
    return place.name


def _place_context(analysis: DocumentAnalysis) -> frozenset[str]:
    """Divisions a document names unambiguously (in full, or a province or city), with those above them."""
    gaz = load_gazetteer()
    regional = entity_rule_spec().regional_prefecture_aliases  # (海西: see _canonical_place)
    out: set[str] = set()
    for m in analysis.mentions:
        if m.label != "PLACE":
            continue
        if m.text in gaz.shadowed:
            continue  # 朝阳 is a city or a district of another (see _canonical_place): it vouches for neither
        place = gaz.written(m.text)
        if place is not None and (m.text in gaz.places or (place.level in ("province", "city")
                                                           and m.text not in regional)):
            out.add(place.name)
            out.update(gaz.parent_chain(place.name))
    return frozenset(out)


class ArticleHome(NamedTuple):
    """The divisions an article's relative names stand for: 县委, 市委, 州委, 省委, 我县, 我市.

    ``city`` is a division named with 市 (a county-level city is its own);
    ``prefecture`` an autonomous prefecture, league or region (州委, 全州);
    ``province`` a province (省政府); ``town`` a town or township, the article's
    own only (a page names many). Empty where the article names none.
    """

    county: str = ""
    city: str = ""
    prefecture: str = ""
    province: str = ""
    town: str = ""


NO_HOME = ArticleHome()


def _article_homes(analysis: DocumentAnalysis, context: frozenset[str], away: frozenset[Mention],
                   towns_bare: frozenset[str], outlet_places: tuple[tuple[str, str], ...]) -> dict[str, ArticleHome]:
    """Article id -> the divisions it names most (first on ties), else those its document names most.

    A county paper writes 我县, 县委 and 县发改委 for its own county, a city
    paper 市委 and 市政府 for its city; an article that names a county or a
    city is about it, wherever the paper comes from. Where it names a county
    but no city, its 市委 is the county's prefecture city's (蓬安县: 南充市委),
    and its 省委 the county's province.

    ``context``, ``away``, ``towns_bare`` and ``outlet_places`` are the document's :func:`_place_context`,
    :func:`_away`, :func:`_bare_towns` and :func:`_document_outlets` (see :func:`read_document`).
    """
    gaz = load_gazetteer()
    zones = _committee_spec()[1]
    by_article: dict[str, Counter[str]] = defaultdict(Counter)
    whole: Counter[str] = Counter()
    as_written: dict[str, str] = {}
    towns: dict[str, Counter[str]] = defaultdict(Counter)
    texts = analysis.sentence_texts()
    outlets = entity_rule_spec().media_suffixes
    regions = entity_rule_spec().region_names
    via: dict[str, Counter[str]] = defaultdict(Counter)  # cities by the counties named in them
    via_whole: Counter[str] = Counter()
    in_full: dict[str, set[str]] = defaultdict(set)  # divisions an article names in full (or in an office's name)
    by_zone: dict[str, Counter[str]] = defaultdict(Counter)  # counties named only in a zone's name (枞阳|经开区)
    articles = []
    for m in sorted(analysis.mentions, key=lambda m: (m.sentence, m.start)):
        if m.article not in by_article:
            articles.append(m.article)
            by_article[m.article]
        if away and m in away:
            continue  # where the paper's people went ("赴青岛、北京…洽谈"), not where the paper is
        if m.label == "PLACE" and m.text in towns_bare:
            continue  # (a town's bare name names no county: see _bare_towns)
        if m.label in ("AGENCY", "PROJECT"):
            # "石台县生态环境分局" names 石台县 too, and so does a project named with the county it is in
            # ("镇安县天麻…产业园项目", "…一级公路蓬安段建设项目"); a company's name says where it
            # registered, not what the article is about
            place = _named_division(m.text)
            if place is None and m.label == "PROJECT":
                place = _section_division(m.text)
        elif m.label == "PLACE":
            place = gaz.written(m.text) if m.text not in regions else None  # (城西 is a part of town)
            if place is not None and m.text in gaz.shadowed:
                # "横跨朝阳、通州" on a Beijing page: the district the page's own divisions vouch for (朝阳区),
                # as the place itself resolves, not the city of another province the alias also names
                place = gaz.places.get(_canonical_place(m.text, "", context))
            if place is None and m.text.endswith(zones):
                # A zone named after its county names the county (枞阳|经开区, 娄星|产业开发区).
                place = gaz.places.get(division_prefix(m.text)[1])
                place = place if place is not None and place.level == "county" else None
                if place is not None:
                    by_zone[m.article][place.name] += 1
            elif place is not None and place.level == "town" and m.text.endswith(zones) and place.parent \
                    and gaz.places[place.parent].level == "county":
                # ... and so does a zone the division list holds under its county (达拉特经济开发区, in
                # 达拉特旗): the list says where it is, as the county's name in the zone's would
                place = gaz.places[place.parent]
                by_zone[m.article][place.name] += 1
        else:
            continue
        if m.label == "PLACE" and m.text.endswith(TOWN_ENDS) and len(m.text) > 2 and not m.text.endswith(THEMED_TOWN) \
                and (place is None or place.level == "town"):
            towns[m.article][m.text] += 1
        if place is not None and place.level in ("province", "city", "county"):
            if m.text == place.name or m.label != "PLACE":
                in_full[m.article].add(place.name)
            # A division that names the story's own outlet ("来源：津市电视台", "澧县融媒体中心讯") is the
            # paper's home, however often the story names the cities its leaders visit.
            weight = OUTLET_WEIGHT if _names_outlet(m, texts, outlets) else 1
            by_article[m.article][place.name] += weight
            whole[place.name] += weight
            if place.level == "county":
                # A county or district named speaks for its city too: a city's paper names its own
                # counties (甘州区, 临泽县) more often than itself, even when it reports from another city.
                up = next((p for p in gaz.parent_chain(place.name) if gaz.places[p].level == "city"), "")
                if up.endswith("市"):
                    via[m.article][up] += 1
                    via_whole[up] += 1
            if m.label == "PLACE" and m.text in gaz.former and m.text.endswith(COUNTY_ENDS):
                # A page from before 子长县 became 子长市 writes 县委 for 子长县委.
                as_written[place.name] = m.text

    def top(c: Counter[str], keep) -> str:
        # max keeps the first of equals
        return max(((k, v) for k, v in c.items() if keep(gaz.places[k])), key=lambda kv: kv[1], default=("",))[0]

    def home(c: Counter[str], cities: Counter[str]) -> ArticleHome:
        county = top(c, lambda p: p.level == "county" and (p.name.endswith(COUNTY_ENDS) or p.name in as_written))
        city = top(c + cities, lambda p: p.level in ("county", "city") and p.name.endswith("市") and p.name not in as_written)
        prefecture = top(c, lambda p: p.level == "city" and not p.name.endswith("市"))
        province = top(c, lambda p: p.level == "province" and p.name.endswith(("省", REGION)))
        chain = gaz.parent_chain(county or city)
        up = [p for p in chain if gaz.places[p].level == "city"]
        if not city and up and up[0].endswith("市"):
            city = up[0]
        if not prefecture and up and not up[0].endswith("市"):
            prefecture = up[0]
        if not province:
            province = next((p for p in chain if gaz.places[p].level == "province" and p.endswith(("省", REGION))), "")
        return ArticleHome(as_written.get(county, county), city, prefecture, province)

    def town(c: Counter[str]) -> str:
        return max(c.items(), key=lambda kv: kv[1])[0] if c else ""

    # The story's own paper ("据酒泉日报报道", "来源：某某日报"), whose place is no mention (the outlet's
    # name names no place): its division is the paper's home as a division naming the outlet is.
    for art_id, place in outlet_places:
        if art_id in by_article:
            by_article[art_id][place] += OUTLET_WEIGHT
            whole[place] += OUTLET_WEIGHT

    # A zone named like a county of another province ("大渡口|经开区" on a page of 东至县, Anhui: 大渡口区 is
    # Chongqing's), where the document names provinces and that county's is none of them, names no county: a
    # zone is named after a town or a landmark as often, and the page names its own province.
    provinces = {p for p in whole if gaz.places[p].level == "province"}
    for art, zoned in by_zone.items():
        for county, n in zoned.items():
            if provinces and not provinces & set(gaz.parent_chain(county)) \
                    and not any(county in full for full in in_full.values()):
                by_article[art][county] -= n
                whole[county] -= n
                up = next((p for p in gaz.parent_chain(county) if gaz.places[p].level == "city"), "")
                if up.endswith("市"):
                    via[art][up] -= n
                    via_whole[up] -= n
    by_article = defaultdict(Counter, {a: +c for a, c in by_article.items()})
    whole, via_whole = +whole, +via_whole
    via = defaultdict(Counter, {a: +c for a, c in via.items()})
    fallback = home(whole, via_whole)
    out = {}
    for art in articles:
        own = home(by_article[art], via[art])
        if own.county and fallback.county and own.county not in in_full[art] and own.province != fallback.province:
            # A county of another province named only by its short name ("红山文化…", "红山中心商贸区" on a
            # page of 建平县: 红山区 is in Inner Mongolia) is no home against the county the document names
            # in full: the short name is a landmark's or a culture's word as often as the county's.
            own = ArticleHome()
        out[art] = ArticleHome(*(mine or other for mine, other in zip(own, fallback)))._replace(town=town(towns[art]))
    return out


def _names_outlet(m: Mention, texts: Mapping[int, str], media: tuple[str, ...]) -> bool:
    """Whether a place mention names the story's own outlet, whose word follows it ("津市|电视台")."""
    return m.label == "PLACE" and texts.get(m.sentence, "").startswith(media, m.s_end)


def _document_outlets(analysis: DocumentAnalysis) -> list[tuple[str, str]]:
    """(article id, division) of each paper a document's sentences name (see :func:`_outlet_divisions`), in order."""
    return [(art.id, place) for art in analysis.articles for s in art.sentences for place in _outlet_divisions(s.text)]


def _outlet_divisions(text: str) -> list[str]:
    """The divisions papers named in ``text`` are of (据|酒泉|日报|报道 -> 酒泉市); the longest known name
    that ends right before the paper's word, at least two characters (人民日报 names no place). A
    county only by its full name: a national paper may be named like a district (光明日报, 解放日报)."""
    out = []
    if not text:
        return out
    gaz = load_gazetteer()
    r = entity_rule_spec()
    for m in r.outlet_name_re.finditer(text):
        run = text[max(0, m.start() - 4):m.start()]
        own = m.group() in r.government_outlets  # (a government's site: its division's, by any name)
        for i in range(len(run) - 1):
            if not "\u4e00" <= run[i] <= "\u9fff":
                continue
            place = gaz.written(run[i:])
            # (a county by its short name too where the story says it is taken from that outlet: "来源：津市电视台")
            sourced = place is not None and text[:m.start() - len(run) + i].rstrip().rstrip(":：").endswith("来源")
            if place is not None and (place.level in ("province", "city")
                                      or (place.level == "county" and (own or sourced or run[i:] == place.name))):
                out.append(place.name)
                break
    for lead in r.own_outlet_leads:
        at = text.find(lead)
        while at >= 0:
            # "今日竹山网消息", "来源：今日某某": the longest division's name after the lead, a city or a county
            start = at + len(lead)
            sourced = text[:at].rstrip().rstrip(":：").endswith("来源")
            for end in range(min(len(text), start + 5), start + 1, -1):
                place = gaz.written(text[start:end])
                if place is not None and place.level in ("city", "county") \
                        and (text.startswith("网", end) or sourced):
                    out.append(place.name)
                    break
            at = text.find(lead, start)
    return out


def _committee_of_kind(name: str, committees: frozenset[str], zones: tuple[str, ...], zone: str) -> bool:
    """Whether ``name`` is a committee named bare (管委会) or by a kind of zone alone that ``zone`` is
    (工业园区管委会 in an article about 余庆县工业园区)."""
    if name in committees:
        return True
    kind = next((name[: -len(c)] for c in committees if name.endswith(c)), "")
    if kind in relation_rule_spec().zone_levels:
        return zone.endswith(kind)  # (区管委 in an article about 某某开发区 or 某某管理区)
    return kind in zones and _zone_of_kind(zone, kind)


def _zone_of_kind(zone: str, kind: str) -> bool:
    """Whether ``zone`` is a zone of ``kind``, by the kind's word or its short form's (经开区: 某某经济开发区)."""
    return zone.endswith(kind) or zone.endswith(dict(derivation_spec().zone_short_forms).get(kind, ()))


def _zone_kind_opening(name: str, zones: tuple[str, ...], zone: str) -> str:
    """The kind of zone ``name`` opens with, where ``zone`` is of that kind and an office follows it
    (高新区|招商局 in an article about 某某高新区, 经开区|财政局 about 某某经济开发区), else ""."""
    kind = max((z for z in zones if name.startswith(z) and len(name) > len(z)), key=len, default="")
    if not kind or zone == kind or name[len(kind):] in _committee_spec()[0]:
        return ""
    return kind if _zone_of_kind(zone, kind) else ""


def _party_committee_zone(office: str, zones: tuple[str, ...], bare: bool = False) -> str:
    """The zone whose party committee ``office`` is (某某经济开发区党工委 -> 某某经济开发区), else "".

    A zone's bare word (高新区党工委) only where ``bare``: the committee is then as bare as its party
    committee, one body with it, not the bare suffix 管理委员会."""
    zone = next((office[: -len(c)] for c in _zone_party_committees() if office.endswith(c)), "")
    levels = relation_rule_spec().zone_levels
    if zone.endswith(levels) and not zone.endswith(zones) and zone not in levels:
        # a 区 with a party working committee is a zone whatever its word (潍坊滨海区党工委): a district's
        # own party committee is its 区委
        return zone
    return zone if zone.endswith(zones) and (bare or zone not in zones) else ""


def _committee_spec() -> tuple[frozenset[str], tuple[str, ...]]:
    spec = relation_rule_spec()
    return spec.committee_names, spec.zone_suffixes


def _zone_party_committees() -> frozenset[str]:
    return relation_rule_spec().zone_party_committees


def _office_at(office: str, at: "ArticleHome", home: str, pref: str, province: str) -> str:
    """An office's full name in its article, with the corpus's home city where it has one, else the article's
    own divisions; one place for an office written in full and for a zone's bare committee, which so takes the
    same name (湘西州古丈县工业集中区 … 该管委会: one committee, named with its county)."""
    return (canonical_agency(office, home, pref or at.prefecture, at.county, province, at.town) if home
            else canonical_agency(office, at.city, at.prefecture, at.county, at.province, at.town))


def _article_zones(analysis: DocumentAnalysis, zones: tuple[str, ...]) -> dict[str, str]:
    """Article id -> the first development zone it names (格尔木工业园 …), as a place or in its committee's
    name (芜湖经开区管委会); in an article that names none so, the first park it names as a project
    (某某现代化渔业产业园 … "与园区管委会协商": the committee is the park's, not a body with no name)."""
    gaz = load_gazetteer()
    committees = _committee_spec()[0]
    out: dict[str, str] = {}
    parks: dict[str, str] = {}
    for m in sorted(analysis.mentions, key=lambda m: (m.sentence, m.start)):
        if m.article in out:
            continue
        if m.label == "PLACE":
            name = gaz.canonical(m.text)
        elif m.label == "AGENCY":
            name = next((m.text[: -len(c)] for c in committees if m.text.endswith(c)), "")
        elif m.label == "PROJECT":
            if m.text.endswith(zones) and m.text not in zones:
                parks.setdefault(m.article, m.text)
            continue
        else:
            continue
        if name.endswith(zones) and name not in zones:
            out[m.article] = name
    return {**parks, **out}


# The entity rules' name for a short name declared in brackets (kg/nlp/entity_rules.py).
DECLARED_RULE = "declared-short-name"


def _declares(text: str, end: int, start: int) -> bool:
    """Whether the text between a name's end and a short name's start declares it ("（以下简称“"), after at
    most one bracket of the name's own ("（某经开区）（简称")."""
    between = text[end:start]
    if between[:1] in ("（", "(") and between.count("（") + between.count("(") == 2:
        close = max(between.find("）"), between.find(")"))
        between = between[close + 1:] if close > 0 else between
    if between[:1] not in ("（", "("):
        return False
    core = between[1:].strip().rstrip("“\"「『").rstrip(":：").strip()
    return core in entity_rule_spec().short_name_marks


def _parenthetical_aliases(sentence_text: str, mentions: list[Mention], keys: dict, union,
                           surfaces: dict[Key, Counter[str]] | None = None) -> None:
    """A（B） with A and B of one type names one entity twice.

    Not for a division or city, in or before the brackets: 中国（上海）and
    底特律（北美）say where, and two zones (格尔木工业园（昆仑经济技术开发区）) are one.

    A short name declared for a name before it is that name's alone: a bare one its context had placed
    elsewhere ("某区党工委书记、管委会（以下简称“管委会”）", the bare 管委会 read as the committee of the zone the
    article named first) moves to it, and the body its context named stays apart.
    """
    gaz = load_gazetteer()

    def division(name: str) -> bool:
        return gaz.written(name) is not None or name in gaz.countries or name in gaz.world_cities

    for i, b in enumerate(mentions):
        if b.rule == DECLARED_RULE and b in keys:
            # "某某矿业股份有限公司（以下简称“某矿业”）": the name the short one is declared for ends at
            # the bracket, or before a bracket of its own
            owner = next((a for a in reversed(mentions[:i]) if a.s_end <= b.s_start and a.label == b.label
                          and a in keys and a.rule != DECLARED_RULE and _declares(sentence_text, a.s_end, b.s_start)), None)
            if owner is not None and surfaces is not None and keys[b] != keys[owner] and keys[b].name != b.text:
                placed = keys[b]
                keys[b] = keys[owner]
                surfaces[keys[b]][b.text] += 1
                surfaces[placed][b.text] -= 1
                if surfaces[placed][b.text] <= 0:
                    del surfaces[placed][b.text]
                    surfaces[placed].pop(b.original, None)
                surfaces[keys[b]][b.original] += 0
            elif owner is not None:
                union(keys[owner], keys[b])
    for a, b in zip(mentions, mentions[1:]):
        if a.label != b.label or a not in keys or b not in keys:
            continue
        if a.label == "PLACE" and (division(a.text) or division(b.text)):
            continue
        # "辽宁省商务厅（口岸办）", "某市经合办（招商局）": the office's second name, the kind of work it does;
        # alone it would be placed by the article's home (another level's office), so the office named in full
        # keeps its name
        second_name = a.label == "AGENCY" and _bare_office(b.text) and _office_division(a.text) not in ("", *LEVEL_CHARS)
        between = sentence_text[a.s_end:b.s_start]
        after = sentence_text[b.s_end:b.s_end + 1]
        if between in ("（", "(") and after in ("）", ")"):
            union(keys[a], keys[b], keep_first=second_name)


def _group_unit(group: str, name: str) -> bool:
    """Whether ``name`` is a unit of the group ``group`` names, not the group's legal name: after the group's
    word, a trade or a part before the legal form ("某某集团|投资|公司", "某某集团|物流|有限公司") is a
    firm of its own; only legal-form words ("某某集团|有限公司") leave the group.

    >>> _group_unit("广西路建集团", "广西路建集团投资公司"), _group_unit("广西路建集团", "广西路建集团有限公司")
    (True, False)
    """
    spec = entity_rule_spec()
    # (and a region's group by its short kind: "某省建投|七建集团" is the group's seventh builder)
    if not group.endswith((*spec.group_words, *spec.region_group_kinds)):
        # the group's short name before its word ("某某能源" of "某某能源|集团|长岭化工有限公司"): the group's
        # name, which its unit's legal name opens with, as the group's full word is
        word = next((w for w in sorted(spec.group_words, key=len, reverse=True) if name.startswith(group + w)), "")
        if not word:
            return False
        group += word
    rest = name[len(group):]
    if rest.endswith("公司"):
        rest = rest[:-2]
    return not _legal_words_only(rest, spec.legal_forms)


@lru_cache(maxsize=1024)
def _legal_words_only(body: str, forms: frozenset[str]) -> bool:
    return not body or any(body.startswith(f) and _legal_words_only(body[len(f):], forms) for f in forms)


def _merge_lexicon_aliases(types: dict[Key, str], surfaces: Mapping[Key, Counter[str]], entries: Iterable[Entry],
                           find, parent: dict[Key, Key]) -> None:
    """A name written as a lexicon entry's alias is the entry (央行 is 中国人民银行, 全国妇联 is
    中华全国妇女联合会), named as the entry is, though the corpus never writes that name: the alias is
    what the lexicon says the name is called."""
    to_type = label_to_type()
    named = {(to_type[e.label], alias): e.name for e in entries for alias in e.aliases if alias != e.name}
    if not named:
        return
    for key in sorted(types):
        name = next((n for surface in sorted(surfaces.get(key, ())) if (n := named.get((types[key], surface)))), None)
        if name is None or name == key.name:
            continue
        target = Key(types[key], name)
        types.setdefault(target, types[key])
        if (root := find(key)) != (keep := find(target)):
            parent[root] = keep  # (the entry's name survives, whatever its length)


def _merge_company_short_names(types: dict[Key, str], union) -> None:
    companies = sorted(k for k, t in types.items() if t == "company")
    full = [k for k in companies if _LEGAL.search(k.name)]
    # Sorted, the names that start with a short name are one run from where it would go.
    full_names = [k.name for k in full]
    placed_names: list[tuple[str, Key]] | None = None  # (the legal name after its divisions, the key), sorted
    for short in companies:
        name = short.name
        if _LEGAL.search(name) and name.endswith(("有限公司", "股份有限公司")):
            continue
        matches = []
        for i in range(bisect_left(full_names, name), len(full)):
            if not full_names[i].startswith(name):
                break
            if full[i] != short and not _group_unit(name, full_names[i]):
                matches.append(full[i])
        if len(matches) == 1:
            union(short, matches[0])
        elif not matches and len(name) >= 3 and not division_prefix(name)[0]:
            # "恒岭精工" beside "佛山市恒岭精工机械有限公司": papers drop the place a legal name opens with
            # (its province, its city, or both); the short name opens what follows it
            if placed_names is None:
                placed_names = sorted((_after_divisions(k.name), k) for k in full)
            placed = []
            # (sorted, the legal names whose rest opens with the short name are one run, as above)
            for i in range(bisect_left(placed_names, (name,)), len(placed_names)):
                body, k = placed_names[i]
                if not body.startswith(name):
                    break
                if k != short and not _group_unit(name, body):
                    placed.append(k)
            if len(placed) == 1:
                union(short, placed[0])
    # "某市产投集团" beside "某市产业投资集团有限公司": a short name that opens the legal name once its words are
    # contracted as papers write them (contracted_words), where exactly one legal name gives it
    contracted = derivation_spec().contracted_words
    if contracted:
        words = re.compile("|".join(map(re.escape, sorted(contracted, key=len, reverse=True))))
        shortened = [(words.sub(lambda m: contracted[m.group(0)], k.name), k) for k in full]
        for short in companies:
            if _LEGAL.search(short.name) and short.name.endswith(("有限公司", "股份有限公司")):
                continue
            if not words.search(short.name) and any(v in short.name for v in contracted.values()):
                keys = {k for n, k in shortened if n != k.name and n.startswith(short.name) and k != short}
                if len(keys) == 1:
                    union(short, next(iter(keys)))
    # "中建集团" beside "中国建筑集团有限公司", "中船重工" beside "中国船舶重工集团有限公司": a short name made of
    # the first characters of the legal name's two-character words (the last may stay whole), with its
    # group word or without; merged where exactly one legal name gives it.
    by_acronym: dict[str, set[Key]] = defaultdict(set)
    for key in full:
        for acronym in _acronyms(key.name):
            by_acronym[acronym].add(key)
    for short in companies:
        if _LEGAL.search(short.name) and not short.name.endswith(tuple(entity_rule_spec().group_words)):
            continue
        if len(keys := by_acronym.get(short.name, ())) == 1:
            union(short, next(iter(keys)))
    # "中国交通建设股份公司" and "…股份有限公司", "…集团公司" and "…集团有限公司",
    # "建能实业公司" and "建能实业有限公司": news
    # drops 有限 and 有限责任 from a legal name; 集团 and 股份 it keeps, and they tell
    # a group from its listed company. The suffixes are derivations.yaml's.
    by_variant: dict[str, list[Key]] = defaultdict(list)
    for key in full:
        variant = _legal_variant(key.name)
        if variant:
            by_variant[variant].append(key)
    for keys in by_variant.values():
        for other in keys[1:]:
            union(keys[0], other)
    # (and 股份 with it, "…羽绒股份有限公司" then "…羽绒公司", unless a group of the brand is named too)
    for word in derivation_spec().dropped_legal_words:
        for variant, keys in by_variant.items():
            plain = variant[: -len(word) - 2] + "公司"
            if variant.endswith(word + "公司") and plain in by_variant \
                    and not any(v.startswith(plain[:-2] + "集团") for v in by_variant):
                union(by_variant[plain][0], keys[0])


def _merge_brand_companies(types: dict[Key, str], union, gaz, docs_of: Mapping[Key, set[str]]) -> None:
    """A firm a document names by its brand and 公司 alone is the legal name of that brand the same document gives.

    "某州禾岭山地农业有限公司 … 禾岭公司的菌菇基地": after its division, the legal name opens with the
    brand the short name keeps. Only where exactly one legal name of the document opens so, and the brand
    is no division's name (a county's 公司 is the county's own firm).
    """
    full = [k for k, t in types.items() if t == "company" and k.name.endswith(("有限公司", "有限责任公司"))]
    if not full:
        return
    bodies: dict[str, list[tuple[str, Key]]] = defaultdict(list)  # document -> (body after the division, legal name)
    for key in full:
        starts = [0] + _place_prefix_ends(key.name, gaz)
        for doc in docs_of.get(key, ()):
            bodies[doc] += [(key.name[n:], key) for n in starts]
    for short, etype in sorted(types.items()):
        name = short.name
        if etype != "company" or not name.endswith("公司") or _LEGAL.search(name[:-2]) \
                or gaz.written(name[:-2]) is not None:
            continue
        brand = name[:-2]
        # (the short name may keep the division the legal name opens with: "某市禾岭公司")
        own = brand[next(iter(_place_prefix_ends(name, gaz)), 0):]
        if not 2 <= len(own) <= 3 or gaz.written(own) is not None:
            continue
        found = {key for doc in docs_of.get(short, ()) for body, key in bodies.get(doc, ())
                 if body.startswith(brand) and len(body) >= len(brand) + 6 and key != short}
        if len(found) == 1:
            union(short, found.pop())
    # "江苏盐电控股有限公司 … 推动盐电、赛美特等企业": a brand of two characters alone, where the document's one
    # legal name opens with it after its division and a trade word follows it there (a brand that short is
    # left apart across documents, where another firm may share it)
    trades = tuple(derivation_spec().trade_words)
    for short, etype in sorted(types.items()):
        name = short.name
        if etype != "company" or len(name) != 2 or gaz.written(name) is not None:
            continue
        found = {key for doc in docs_of.get(short, ()) for body, key in bodies.get(doc, ())
                 if body.startswith(name) and body[2:].startswith(trades) and key != short}
        if len(found) == 1:
            union(short, found.pop())


def _merge_group_institutes(types: dict[Key, str], union, docs_of: Mapping[Key, set[str]]) -> None:
    """A design institute a document names by its region and 院 alone is the group's institute the same
    document names in full: "某某电建江苏院 … 江苏院拟在…". Only where exactly one such name of the document
    ends so (two groups' institutes of one region are left apart).
    """
    groups = entity_rule_spec().institute_companies
    if not groups:
        return
    named: dict[str, list[Key]] = defaultdict(list)  # document -> the institutes it names with their group
    for key, etype in types.items():
        if etype == "company" and key.name.startswith(groups) and key.name.endswith("院"):
            for doc in docs_of.get(key, ()):
                named[doc].append(key)
    if not named:
        return
    for short, etype in sorted(types.items()):
        if etype != "company" or not short.name.endswith("院") or short.name.startswith(groups):
            continue
        found = {key for doc in docs_of.get(short, ()) for key in named.get(doc, ()) if key.name.endswith(short.name)}
        if len(found) == 1:
            union(short, found.pop())


@lru_cache(maxsize=8192)
def _after_divisions(name: str) -> str:
    """``name`` without the divisions it opens with (浙江省杭州市某某有限公司 -> 某某有限公司)."""
    for _ in range(3):
        prefix, _full = division_prefix(name)
        if not prefix:
            break
        name = name[len(prefix):]
    return name


@lru_cache(maxsize=8192)
def _acronyms(name: str) -> tuple[str, ...]:
    """The short names a legal name's two-character words make, their first characters taken (the last
    word may stay whole, or go with the group word kept), with its group word and without, of three
    characters at least: 中国建筑集团有限公司 -> 中建集团 (中建 alone is too short to tell),
    中国船舶重工集团有限公司 -> 中船重工, 中国交通建设集团有限公司 -> 中交集团."""
    body = name
    suffix = next((x for x in derivation_spec().legal_suffixes if body.endswith(x)), "")
    body = body[: len(body) - len(suffix)]
    group = next((g for g in sorted(entity_rule_spec().group_words, key=len, reverse=True)
                  if suffix.startswith(g) or body.endswith(g)), "")
    if not group:
        return ()  # (a bank's or a firm's short name keeps a word of its own: 建行, no 中建银)
    if body.endswith(group):
        body = body[: len(body) - len(group)]
    if len(body) % 2 or not 4 <= len(body) <= 8:
        return ()
    words = [body[i:i + 2] for i in range(0, len(body), 2)]
    heads = "".join(w[0] for w in words[:-1])
    out = {heads + words[-1][0], heads + words[-1]} if len(words) > 2 else {heads + words[-1][0]}
    acronyms = {x for a in out for x in (a + group, a) if len(x) >= 3}
    if len(words) > 2:
        # (a last word of trade may go too, the group word kept: 中国交通建设集团 -> 中交集团)
        acronyms.add(heads + group)
    return tuple(sorted(acronyms))


def _merge_project_trailers(types: dict[Key, str], union) -> None:
    """A project named with and without its trailer (…产业园 / …产业园项目) is one project, named with it."""
    trailers = sorted(derivation_spec().project_trailers, key=len, reverse=True)
    rate = _rate_word()
    # (…产业基地建设项目 / …产业基地项目 as well: every name of one project bare of its trailer)
    bare_of: dict[str, Key] = {}
    for key, etype in sorted(types.items()):
        if etype != "project":
            continue
        trailer = next((t for t in trailers if key.name.endswith(t) and len(key.name) > len(t)), "")
        bare = key.name[: len(key.name) - len(trailer)]
        # (and bare of the rate word before its capacity: 某某年产30万吨焦化 / 某某30万吨焦化)
        bare = rate.sub("", bare) if rate is not None else bare
        if bare in bare_of:
            union(bare_of[bare], key)
        else:
            bare_of[bare] = key


@lru_cache(maxsize=1)
def _rate_word() -> re.Pattern | None:
    """A rate word (年产) before a figure inside a name; the name's first character never (年产值 is no rate)."""
    words = derivation_spec().project_rate_words
    if not words:
        return None
    return re.compile("(?<=.)(?:" + "|".join(map(re.escape, words)) + r")(?=[0-9０-９一二两三四五六七八九十百千万])")


def _merge_zone_short_forms(types: dict[Key, str], union, gaz) -> None:
    """A zone named with its word's short form and in full (某某经开区 / 某某经济技术开发区) is one zone.

    The full name may carry its province or city in front, as a zone's own pages write it and the
    short form drops (吉林某某经济开发区 / 某某经开区): one such zone is the short form's, two are neither.
    So may the short form name the city without its level (某某经开区 / 某某市经济技术开发区), read here
    by the letters, where the city's short name alone is another division's too (吉林 is the province,
    吉林市 the city); _merge_division_forms reads such names through the gazetteer, for projects and
    firms as well.
    """
    forms = derivation_spec().zone_short_forms
    fulls_all = tuple(full for _, fulls in forms for full in fulls)
    places = sorted(k for k, t in types.items() if t == "place")
    prefixed: dict[str, list[Key]] = defaultdict(list)
    for key in places:
        if key.name.endswith(fulls_all):
            ends = _place_prefix_ends(key.name, gaz)
            for n in ends:
                prefixed[key.name[n:]].append(key)
            if ends and ends[0] >= 3 and key.name[ends[0] - 1] in LEVEL_CHARS:
                n = ends[0]  # (the division the zone is in, the last one named, written without its level)
                for m in (0, *ends[1:]):
                    if n - 1 - m >= 2:
                        prefixed[key.name[m:n - 1] + key.name[n:]].append(key)
    for key in places:
        for short, fulls in forms:
            if key.name.endswith(short) and len(key.name) > len(short):
                stem = key.name[: -len(short)]
                for full in fulls:
                    if types.get(Key("place", stem + full)) == "place":
                        union(key, Key("place", stem + full))
                        break
                    if len(prefixed.get(stem + full, ())) == 1:
                        union(key, prefixed[stem + full][0])
                        break


def _merge_project_zone_forms(types: dict[Key, str], union) -> None:
    """A project named after its zone, with the zone's word in two forms (某某工业园区道路项目 / 某某工业园道路
    项目, 某某经开区… / 某某经济技术开发区…), is one project, as the zone is one zone."""
    forms = derivation_spec().zone_short_forms
    for key, etype in sorted(types.items()):
        if etype != "project":
            continue
        for short, fulls in forms:
            full = next((f for f in fulls if f in key.name), None)
            if full is None:
                continue
            other = Key("project", key.name.replace(full, short, 1))
            if types.get(other) == "project":
                union(key, other)


def _merge_division_forms(types: dict[Key, str], union, gaz) -> None:
    """A zone, project or company named after its division in two forms is one (沭阳县经开区 / 沭阳经开区).

    A county's paper drops its own 县 or 市 in one line and keeps it in the next, and a zone's own
    pages put the province in front (吉林省某某市经济技术开发区 / 某某经开区); where the rest of the two
    names is the same and the division they are named after last is the same one above town level,
    they are one entity. The zone's own word counts the same written short or in full (沭阳经济开发区 is
    沭阳县经开区 too).
    """
    forms = derivation_spec().zone_short_forms
    trailers = sorted(derivation_spec().project_trailers, key=len, reverse=True)
    zones = _committee_spec()[1]
    chambers = tuple(entity_rule_spec().chamber_suffixes)
    groups: dict[tuple, list[Key]] = defaultdict(list)
    for key, etype in sorted(types.items()):
        name = key.name
        zone = etype == "place" and name.endswith(zones) and name not in gaz.places
        # (and a chamber named after the city it sits in, with its 市 or without: 深圳市湘潭商会 / 深圳湘潭商会)
        chamber = etype == "agency" and bool(chambers) and name.endswith(chambers)
        if not zone and not chamber and etype not in ("project", "company"):
            continue
        place, n = None, 0
        while True:  # the divisions it opens with, each inside the one before: it is named after the last
            found = next(((k, p) for k in range(min(len(name) - n - 2, 9), 1, -1)
                          if (p := gaz.written(name[n:n + k])) is not None and p.level != "town"
                          and (place is None or place.name in gaz.parent_chain(p.name))), None)
            if found is None:
                break  # (湖南|盐津铺子…: 盐津 is a county of Yunnan, no part of the firm's province)
            n, place = n + found[0], found[1]
        if place is None:
            continue
        rest = name[n:]
        if not zone and len(rest) < MIN_REST_CHARS:
            continue
        for short, fulls in forms:
            full = next((f for f in fulls if rest.endswith(f)), "")
            if full:
                rest = rest[: -len(full)] + short
                break
        if etype == "project":
            # (a project with its trailer and without is one, as _merge_project_trailers has it: 尉氏县某某
            # 产业园 / 尉氏某某产业园项目)
            trailer = next((t for t in trailers if rest.endswith(t) and len(rest) - len(t) >= MIN_REST_CHARS), "")
            rest = rest[: len(rest) - len(trailer)]
        groups[(etype, place.name, rest)].append(key)
    for keys in groups.values():
        for other in keys[1:]:
            union(keys[0], other)


def _merge_branch_division_forms(types: dict[Key, str], union, gaz) -> None:
    """A firm's branch named after its division with the division's level and without is one branch
    (中国农业银行湖北省分行 / 中国农业银行湖北分行).

    A bank's own releases keep the level, the papers drop it as often; where the parent's name before the
    division and the division are the same, and the corpus writes both, the two are one, under the name
    with the level. Neither is renamed where the corpus writes one way only.

    >>> from kg.gazetteer import load_gazetteer
    >>> merged = []
    >>> _merge_branch_division_forms({Key("company", "某银行湖北省分行"): "company", Key("company", "某银行湖北分行"):
    ...     "company", Key("company", "某银行湖南分行"): "company"}, lambda a, b: merged.append((a.name, b.name)),
    ...     load_gazetteer())
    >>> merged
    [('某银行湖北分行', '某银行湖北省分行')]
    """
    groups: dict[tuple[str, str, str], list[Key]] = defaultdict(list)
    for key, etype in sorted(types.items()):
        name = key.name
        end = next((e for e in BRANCH_ENDS if name.endswith(e)), "") if etype == "company" else ""
        if not end:
            continue
        stem = name[: -len(end)]
        # the division right before the branch's word, longest first (湖北省 before 北省)
        found = next(((k, p) for k in range(min(len(stem) - 2, 9), 1, -1)
                      if (p := gaz.written(stem[-k:])) is not None and p.level != "town"), None)
        if found is not None:
            groups[(_parent_body(stem[: -found[0]]), found[1].name, end)].append(key)
    for keys in groups.values():
        for other in keys[1:]:
            union(keys[0], other)


def _parent_body(parent: str) -> str:
    """A branch's parent as papers write it before the branch, without its legal form: a bank's releases write
    中国某某银行股份有限公司某省分行, the papers 中国某某银行某省分行, and the two are one branch.

    >>> _parent_body("某某银行股份有限公司"), _parent_body("某某集团有限公司"), _parent_body("某某银行")
    ('某某银行', '某某集团', '某某银行')
    """
    form = next((f for f in sorted(entity_rule_spec().parent_legal_forms, key=len, reverse=True)
                 if parent.endswith(f) and len(parent) > len(f) + 1), "")
    if not form:
        return parent
    body = parent[: -len(form)]
    word = next((w for w in derivation_spec().dropped_legal_words if body.endswith(w) and len(body) > len(w) + 1), "")
    return body[: len(body) - len(word)]


# A village named bare is the same village with its level, as a town is ("周城、高路、团庄3个村").
SHORT_FORM_ENDS = (*TOWN_ENDS, "村")


def _merge_town_short_forms(types: dict[Key, str], union, gaz, bare_towns: set[str] = frozenset()) -> None:
    """A town or a village named bare and with its level (澧阳 / 澧阳镇, 团庄 / 团庄村) is one place.

    Papers drop 镇 and 乡 as they drop 县 (澧阳平原, 大坡新安温氏种鸡场), and a list of villages counted
    after it drops 村. Only where the corpus holds one such town or village, and the bare name is no
    division of its own (大竹, the county, is not 大竹镇, a town elsewhere) and no landform (洛河, the
    river, is not 洛河镇). A division's short name left bare, where a document writes it beside its town
    (``bare_towns``), is that town: nothing on the page vouched for the division.
    """
    landforms = entity_rule_spec().landform_ends
    places = {k.name for k, t in types.items() if t == "place"}
    for name in sorted(places):
        division = gaz.written(name) is not None
        if len(name) < 2 or name.endswith(SHORT_FORM_ENDS) or (name.endswith(landforms) and not division) \
                or (division and name not in bare_towns):
            continue
        towns = [name + end for end in SHORT_FORM_ENDS if name + end in places]
        if len(towns) == 1:
            union(Key("place", name), Key("place", towns[0]))


# A name left once its place is cut off must still be this long to be the same name
# (谷川美信高科, 西部矿业); shorter, it is a trade or a kind (铜业, 银行).
MIN_REST_CHARS = 4
MIN_VILLAGE_CHARS = 3


def _merge_town_level_forms(types: dict[Key, str], union, gaz) -> None:
    """A firm or a project named after its town with the town's 镇 or 乡 and without is one (某某镇官山果业专业
    合作社 / 某某官山果业专业合作社).

    A paper drops a town's level in one line and keeps it in the next, as it does a county's
    (_merge_division_forms, above town level); only where the town's bare name is no division of its own
    (大竹, the county, is not 大竹镇) and the rest after it is a name's length.
    """
    names = {(t, k.name): k for k, t in types.items() if t in ("project", "company")}
    for (etype, name), key in sorted(names.items()):
        start = 0
        for n in sorted(_place_prefix_ends(name, gaz)):
            town = name[start:n]
            bare = (etype, name[:n - 1] + name[n:])
            if town.endswith(TOWN_ENDS) and len(town) >= 3 and len(name) - n >= MIN_REST_CHARS \
                    and gaz.written(town) is not None and gaz.written(town[:-1]) is None and bare in names:
                union(key, names[bare])
            start = n


def _merge_place_prefixed(types: dict[Key, str], union, gaz) -> None:
    """A project, company or zone written once with its division in front is the same one without it.

    "陵城区谷川美信高科产业园项目" and "谷川美信高科产业园项目" on one page, 中国建设银行 and
    建设银行: one entity, named with the place. Only where one such place-prefixed name
    exists; two (A县污水处理厂项目, B县污水处理厂项目) leave the bare name on its own.
    """
    zones = _committee_spec()[1]
    # (and a zone: "庆城驿马工业集中区" and "驿马工业集中区", named with its county's alias and without; and a
    # village the gazetteer does not hold, named with its city's alias and without: "某市石岭村", "石岭村")
    names = {(t, k.name): k for k, t in types.items() if t in ("project", "company")
             or (t == "place" and k.name.endswith(zones + VILLAGE_ENDS) and k.name not in gaz.places)}
    prefixed: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for (etype, name), key in sorted(names.items()):
        # (a village's own name is short: two characters and its level)
        least = MIN_VILLAGE_CHARS if etype == "place" and name.endswith(VILLAGE_ENDS) else MIN_REST_CHARS
        for n in _place_prefix_ends(name, gaz, least):
            rest = (etype, name[n:])
            if rest in names:
                prefixed[rest].append(key)
                break
    for rest, keys in prefixed.items():
        if len(keys) == 1:
            union(names[rest], keys[0])


def _place_prefix_ends(name: str, gaz, least: int = 0) -> list[int]:
    """Where the places a name opens with end, longest first: its county, then its town, then its village
    ("道真自治县|三桥镇|塘村村|梅江河漂流项目"). A village the gazetteer does not hold is up to four
    characters ending in 村, after a place it does hold; the rest is at least ``least`` (MIN_REST_CHARS) long."""
    least = least or MIN_REST_CHARS
    ends, p = [], 0
    while True:
        n = next((n for n in range(min(len(name) - p - least, 9), 1, -1)
                  if gaz.written(name[p:p + n]) is not None), None)
        if n is None and p:
            n = next((n for n in range(min(len(name) - p - least, 4), 1, -1)
                      if name[p + n - 1] in VILLAGE_ENDS), None)
        if n is None:
            return ends[::-1]
        p += n
        ends.append(p)


def _legal_variant(name: str) -> str:
    """A legal company name with 有限 and 有限责任 left out of its legal suffix, or "".

    >>> _legal_variant("中国交通建设股份有限公司"), _legal_variant("中国交通建设股份公司")
    ('中国交通建设股份公司', '中国交通建设股份公司')
    >>> _legal_variant("建能实业有限公司"), _legal_variant("建能实业公司")
    ('建能实业公司', '建能实业公司')
    """
    for suffix in derivation_spec().legal_suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)] + suffix.replace("有限责任", "").replace("有限", "")
    # "内蒙古建能实业公司" is "…实业有限公司" written short
    return name if name.endswith("公司") and len(name) > 3 else ""


def implied_places(res: Resolution) -> dict[Key, Entity]:
    """Divisions above the corpus's places, and the countries of its cities abroad, that the text does not name."""
    gaz = load_gazetteer()
    home_chain = set(gaz.parent_chain(res.home_city)) | {res.home_city} if res.home_city else set()
    extra: dict[Key, Entity] = {}
    # The documents that name a county or a city: a town the list puts in a county its documents never
    # name, where they name another, is a town of that other's of the same name (kg.relate: 二工乡)
    divisions = [(k.name, e.documents) for k, e in res.entities.items() if e.type == "place"
                 and (p := gaz.places.get(k.name)) is not None and p.level in ("city", "county")]
    for key, ent in list(res.entities.items()):
        if ent.type != "place":
            continue
        name = key.name
        place = gaz.places.get(name)
        chain = gaz.parent_chain(name) if place is not None else []
        if chain and place.level == "town" and Key("place", chain[0]) not in res.entities and ent.documents \
                and ent.documents <= {d for n, docs in divisions if n not in chain for d in docs}:
            chain = []
        if chain and (place.level in ("province", "city") or set(chain) & home_chain):
            for parent in chain:
                pkey = Key("place", parent)
                if pkey not in res.entities and pkey not in extra:
                    alias = gaz.places[parent].alias if parent in gaz.places else ""
                    extra[pkey] = Entity(pkey, "place", parent, {parent} | ({alias} if alias else set()), 0, set())
        country = gaz.world_cities.get(name)
        if country and (written := gaz.written(country)) is not None:
            country = written.name  # (香港 is 香港特别行政区, the name its districts' chain gives it)
        ckey = Key("place", country) if country else None
        if ckey is not None and ckey not in res.entities and ckey not in extra:
            extra[ckey] = Entity(ckey, "place", country, {country}, 0, set())
    return extra
