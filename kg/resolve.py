"""Resolve stage: one node per real-world entity.

* The home city is inferred from the corpus (the most mentioned city- or
  county-level division, if most documents name it; ``--home-city``
  overrides it). "我市" and a bare
  "市…" resolve to it: 市水利局 -> 格尔木市水利局; "州…" to its prefecture.
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

from typing import Mapping, NamedTuple

from kg.analyse import DocumentAnalysis, Mention
from kg.gazetteer import AUTONOMOUS, load_gazetteer
from kg.resources import label_to_type
from kg.spec import abbreviations, derivation_spec, entity_rule_spec, relation_rule_spec

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


def infer_home_city(analyses: list[DocumentAnalysis], min_share: float = 0.5, *,
                    contexts: list[frozenset[str]] | None = None) -> str:
    """The city or county-level division the corpus mentions most, if it is a local corpus.

    A local paper names its city in most of its documents; a collection of
    national news (one document per story) names many cities, none in most
    stories. So the leading city must appear in at least ``min_share`` of the
    documents that name any city or county, else there is no home city and
    "我市" stays unresolved rather than being sent to an arbitrary city.
    ``contexts``: each document's :func:`_place_context`, where the caller has them.
    """
    gaz = load_gazetteer()
    if contexts is None:
        contexts = [_place_context(a) for a in analyses]
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
    for a, context in zip(analyses, contexts):
        seen: set[str] = set()
        provinces = {p for p in context if gaz.places[p].level == "province"}
        for m in a.mentions:
            if m.label == "PLACE":
                place = gaz.lookup(m.text)
            elif m.label == "AGENCY":
                place = _named_division(m.text)
            else:
                continue
            if place is None or place.level not in ("city", "county"):
                continue
            if place.level == "county" and place.name not in written_full and provinces \
                    and not provinces & set(gaz.parent_chain(place.name)):
                continue
            counts[place.name] += 1
            seen.add(place.name)
        docs_with.update(seen)
        docs_any += bool(seen)
    if not counts:
        return ""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return top if docs_with[top] >= min_share * docs_any else ""


# A company's unit named after it: the bank's or company's own short name, then a place and one of these.
BRANCH_ENDS = ("分行", "支行", "分公司")
_HOLDS_LEGAL = re.compile(r"公司|集团")


def _branch_of(name: str, company_names: Mapping[str, str]) -> str:
    """A branch named with its company's short name, in the full name's form: 工行上饶分行 -> 中国工商银行上饶分行.

    >>> _branch_of("工行上饶分行", {"工行": "中国工商银行"}), _branch_of("工行", {})
    ('中国工商银行上饶分行', '工行')
    >>> _branch_of("工行科技有限公司上饶分公司", {"工行": "中国工商银行"})
    '工行科技有限公司上饶分公司'
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
                return full + name[n:]
    return name


def _named_division(name: str):
    """The division an office's name starts with in full (石台县生态环境分局 -> 石台县), else None."""
    places = load_gazetteer().places
    return next((places[name[:n]] for n in range(min(len(name) - 1, 8), 1, -1) if name[:n] in places), None)


def _prefecture_of(city: str) -> str:
    gaz = load_gazetteer()
    place = gaz.lookup(city)
    if place is None or place.level != "county" or not place.parent:
        return ""
    up = gaz.places.get(place.parent)
    # A county the province runs itself (临高县, 仙桃市) has no prefecture city.
    return place.parent if up is not None and up.level == "city" else ""


def _short(name: str) -> str:
    place = load_gazetteer().lookup(name)
    return place.alias if place is not None and place.alias else name


# County-level divisions whose bare first character stands for them inside an article
# that names them: 县委, 旗委, 区市场监管局 (延庆区).
COUNTY_ENDS = ("县", "旗", "区")


def _county_form(name: str, county: str) -> str:
    """A bare 县… or 旗… name in its county's or banner's full form (县委 -> 平江县委), else "".

    A county named with one character keeps its 县 whole: 房县 + 县委 is 房县县委.

    >>> _county_form("县委", "平江县"), _county_form("县委", "房县"), _county_form("县委", "")
    ('平江县委', '房县县委', '')
    """
    if county and name[:1] in COUNTY_ENDS and county.endswith(name[0]):
        return county + (name if len(county) <= 2 else name[1:])
    return ""


def canonical_agency(name: str, home_city: str, home_pref: str, county: str = "") -> str:
    """Full, located form of an agency name.

    ``county`` is the county the article names, the home of 县委 and 县发改委.
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
    """
    table = abbreviations()
    out = name
    # A county paper's 市委 is its prefecture city's (蓬安县: 南充市委); its 县委 is its own.
    city = home_city if home_city.endswith("市") else home_pref if home_pref.endswith("市") else ""
    if city and out.startswith("市") and not out.startswith("市场"):
        out = city + out[1:]
    elif home_pref and out.startswith("州"):
        out = _short(home_pref) + "州" + out[1:]
    elif len(out) >= 2 and (local := _county_form(out, county or home_city)):
        out = local
    for short in sorted(table, key=len, reverse=True):
        if out.endswith(short) and not out.endswith(table[short]):
            out = out[: len(out) - len(short)] + table[short]
            break
    government = table.get("政府", "")
    if government and out.endswith(government) and len(out) > len(government):
        gaz = load_gazetteer()
        place = gaz.written(out[: -len(government)])
        # (a former name's government keeps it, as its committee and offices do: 郫县人民政府)
        if place is not None and out[: -len(government)] not in gaz.former:
            out = place.name + government
    return out


def resolve(analyses: list[DocumentAnalysis], home_city: str | None = None,
            company_names: Mapping[str, str] | None = None) -> Resolution:
    """One entity per real-world name across ``analyses``; ``home_city`` overrides the inferred one.

    ``company_names`` maps a company's short forms to its full name (from
    :func:`kg.consistency.consistent`): 盐湖股份 is 青海盐湖工业股份有限公司.
    """
    company_names = company_names or {}
    gaz = load_gazetteer()
    contexts = [_place_context(a) for a in analyses]
    home = home_city if home_city else infer_home_city(analyses, contexts=contexts)
    if home:
        home = gaz.canonical(home)
    pref = _prefecture_of(home) if home else ""
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

    def union(a: Key, b: Key) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # The longer key survives: it is the more complete name.
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k.name), k))
            parent[drop] = keep

    committee_names, zones = _committee_spec()
    # Divisions the corpus writes in full: their short aliases anywhere are the same place.
    named = {gaz.written(m.text).name for a in analyses for m in a.mentions
             if m.label == "PLACE" and m.text in gaz.places and gaz.written(m.text) is not None}
    for a, context in zip(analyses, contexts):
        article_zone = _article_zones(a, zones)
        counties = _article_counties(a)
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in a.mentions:
            by_sentence[m.sentence].append(m)
        sentence_texts = {s.index: s.text for art in a.articles for s in art.sentences}
        for sent_index, sent_mentions in by_sentence.items():
            sent_mentions.sort(key=lambda m: m.s_start)
            for i, m in enumerate(sent_mentions):
                if m.label in ("HOME_CITY", "HOME_PREFECTURE", "HOME_COUNTY"):
                    # 我市 / 全州 name the home city or its prefecture, when known; 我县 the
                    # county its article (or document) names.
                    target = {"HOME_CITY": home, "HOME_PREFECTURE": pref}.get(m.label) or counties.get(m.article, "")
                    if target:
                        keys[m] = Key("place", target)
                        types[keys[m]] = "place"
                        surfaces[keys[m]][target] += 0
                    continue
                if m.label not in ENTITY_LABELS:
                    continue
                etype = to_type[m.label]
                name = m.text
                if m.label == "PLACE" and len(name) > 2 and (local := _county_form(name, counties.get(m.article, ""))):
                    canon = local  # 县工业园区 of the county the article names
                elif m.label == "PLACE":
                    canon = _canonical_place(name, home, context, named)
                elif m.label == "AGENCY" and name in committee_names and m.article in article_zone:
                    # A bare 管委会 in an article about a zone is that zone's committee.
                    canon = article_zone[m.article] + "管理委员会"
                elif m.label == "AGENCY":
                    canon = canonical_agency(name, home, pref, counties.get(m.article, ""))
                elif m.label == "PROJECT":
                    prev = sent_mentions[i - 1] if i > 0 else None
                    canon = (prev.text + name) if prev is not None and prev.label == "COMPANY" and prev.s_end == m.s_start else name
                else:
                    canon = company_names.get(name) or _branch_of(name, company_names)
                key = Key(etype, canon)
                keys[m] = key
                types[key] = etype
                surfaces[key][name] += 1
                if canon != name:
                    surfaces[key][canon] += 0
                if m.original != name:
                    surfaces[key][m.original] += 0
            _parenthetical_aliases(sentence_texts[sent_index], sent_mentions, keys, union)

    _merge_company_short_names(types, union)
    _merge_project_trailers(types, union)
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
        ent.aliases.add(root.name)
        # The label is the most complete name: the canonical key, the longest merged one.
        ent.label = root.name
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
    if name in spec.region_names and not any(full.startswith(name) for full in named):
        return name  # 中原 the region, not 中原区, unless the corpus writes 中原区
    place = gaz.written(name)
    if place is None:
        # 东安 is 东安县 (Hunan) or 东安区 (Heilongjiang): the one the corpus writes in full,
        # or its document names a division above, if exactly one of them.
        vouched = [full for full in gaz.ambiguous.get(name, ())
                   if full in named or set(gaz.parent_chain(full)) & context]
        return vouched[0] if len(vouched) == 1 else name
    if place.name == name:
        return name
    if name in gaz.places or place.level in ("province", "city") or place.name in named \
            or name.endswith(AUTONOMOUS):  # 彭水自治县 is as specific as the full name
        return place.name
    home_chain = set(gaz.parent_chain(home)) | {home} if home else set()
    return place.name if set(gaz.parent_chain(place.name)) & (home_chain | context) else name


def _place_context(analysis: DocumentAnalysis) -> frozenset[str]:
    """Divisions a document names unambiguously (in full, or a province or city), with those above them."""
    gaz = load_gazetteer()
    out: set[str] = set()
    for m in analysis.mentions:
        if m.label != "PLACE":
            continue
        place = gaz.written(m.text)
        if place is not None and (m.text in gaz.places or place.level in ("province", "city")):
            out.add(place.name)
            out.update(gaz.parent_chain(place.name))
    return frozenset(out)


def _article_counties(analysis: DocumentAnalysis) -> dict[str, str]:
    """Article id -> the county it names most (first on ties), else the one its document names most.

    A county paper writes 我县, 县委 and 县发改委 for its own county; an article
    that names a county is about it, wherever the paper comes from.
    """
    gaz = load_gazetteer()
    by_article: dict[str, Counter[str]] = defaultdict(Counter)
    whole: Counter[str] = Counter()
    articles = []
    for m in sorted(analysis.mentions, key=lambda m: (m.sentence, m.start)):
        if m.article not in by_article:
            articles.append(m.article)
            by_article[m.article]
        if m.label == "AGENCY":
            place = _named_division(m.text)  # "石台县生态环境分局" names 石台县 too
        elif m.label == "PLACE":
            place = gaz.written(m.text)
        else:
            continue
        if place is not None and place.level == "county" and place.name.endswith(COUNTY_ENDS):
            by_article[m.article][place.name] += 1
            whole[place.name] += 1

    def top(c: Counter[str]) -> str:
        return max(c.items(), key=lambda kv: kv[1])[0] if c else ""  # max keeps the first of equals

    fallback = top(whole)
    return {art: top(by_article[art]) or fallback for art in articles}


def _committee_spec() -> tuple[frozenset[str], tuple[str, ...]]:
    spec = relation_rule_spec()
    return spec.committee_names, spec.zone_suffixes


def _article_zones(analysis: DocumentAnalysis, zones: tuple[str, ...]) -> dict[str, str]:
    """Article id -> the first development zone it names (格尔木工业园 …)."""
    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for m in sorted(analysis.mentions, key=lambda m: (m.sentence, m.start)):
        if m.label == "PLACE" and m.article not in out:
            name = gaz.canonical(m.text)
            if name.endswith(zones):
                out[m.article] = name
    return out


def _parenthetical_aliases(sentence_text: str, mentions: list[Mention], keys: dict, union) -> None:
    """A（B） with A and B of one type names one entity twice.

    Not for a division or city, in or before the brackets: 中国（上海）and
    底特律（北美）say where, and two zones (格尔木工业园（昆仑经济技术开发区）) are one.
    """
    gaz = load_gazetteer()

    def division(name: str) -> bool:
        return gaz.written(name) is not None or name in gaz.countries or name in gaz.world_cities

    for a, b in zip(mentions, mentions[1:]):
        if a.label != b.label or a not in keys or b not in keys:
            continue
        if a.label == "PLACE" and (division(a.text) or division(b.text)):
            continue
        between = sentence_text[a.s_end:b.s_start]
        after = sentence_text[b.s_end:b.s_end + 1]
        if between in ("（", "(") and after in ("）", ")"):
            union(keys[a], keys[b])


def _merge_company_short_names(types: dict[Key, str], union) -> None:
    companies = sorted(k for k, t in types.items() if t == "company")
    full = [k for k in companies if _LEGAL.search(k.name)]
    # Sorted, the names that start with a short name are one run from where it would go.
    full_names = [k.name for k in full]
    for short in companies:
        name = short.name
        if _LEGAL.search(name) and name.endswith(("有限公司", "股份有限公司")):
            continue
        matches = []
        for i in range(bisect_left(full_names, name), len(full)):
            if not full_names[i].startswith(name):
                break
            if full[i] != short:
                matches.append(full[i])
        if len(matches) == 1:
            union(short, matches[0])
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


def _merge_project_trailers(types: dict[Key, str], union) -> None:
    """A project named with and without its trailer (…产业园 / …产业园项目) is one project, named with it."""
    trailers = derivation_spec().project_trailers
    for key, etype in sorted(types.items()):
        if etype != "project":
            continue
        trailer = next((t for t in trailers if key.name.endswith(t)), "")
        if trailer:
            bare = Key("project", key.name[: -len(trailer)])
            if types.get(bare) == "project":
                union(key, bare)


# A name left once its place is cut off must still be this long to be the same name
# (谷川美信高科, 西部矿业); shorter, it is a trade or a kind (铜业, 银行).
MIN_REST_CHARS = 4


def _merge_place_prefixed(types: dict[Key, str], union, gaz) -> None:
    """A project or company written once with its division in front is the same one without it.

    "陵城区谷川美信高科产业园项目" and "谷川美信高科产业园项目" on one page, 中国建设银行 and
    建设银行: one entity, named with the place. Only where one such place-prefixed name
    exists; two (A县污水处理厂项目, B县污水处理厂项目) leave the bare name on its own.
    """
    names = {(t, k.name): k for k, t in types.items() if t in ("project", "company")}
    prefixed: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for (etype, name), key in sorted(names.items()):
        for n in range(min(len(name) - MIN_REST_CHARS, 9), 1, -1):
            rest = (etype, name[n:])
            if rest in names and gaz.written(name[:n]) is not None:
                prefixed[rest].append(key)
                break
    for rest, keys in prefixed.items():
        if len(keys) == 1:
            union(names[rest], keys[0])


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
    for key, ent in list(res.entities.items()):
        if ent.type != "place":
            continue
        name = key.name
        place = gaz.places.get(name)
        chain = gaz.parent_chain(name) if place is not None else []
        if chain and (place.level in ("province", "city") or set(chain) & home_chain):
            for parent in chain:
                pkey = Key("place", parent)
                if pkey not in res.entities and pkey not in extra:
                    alias = gaz.places[parent].alias if parent in gaz.places else ""
                    extra[pkey] = Entity(pkey, "place", parent, {parent} | ({alias} if alias else set()), 0, set())
        country = gaz.world_cities.get(name)
        ckey = Key("place", country) if country else None
        if ckey is not None and ckey not in res.entities and ckey not in extra:
            extra[ckey] = Entity(ckey, "place", country, {country}, 0, set())
    return extra
