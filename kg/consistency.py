"""Consistency stage: a second pass over the per-document analyses.

A page may name a company once in full (青海盐湖工业股份有限公司) and then by a
short form (盐湖股份, 青海盐湖), or name it bare in a sentence where no rule
sees it. Per-document analysis stays pure and cacheable; this pass reads all
of it and:

* takes every company name found with strong evidence — a legal suffix, a
  lexicon, a confident model span (``strong_rules`` in
  ``kg/data/derivations.yaml``) — and the short forms derived from it by the
  rules of that file;
* finds those names at their other mentions, wherever no entity was found,
  and where a weaker rule cut a company and its project at the wrong place
  ("青海嘉诺钾|资源…项目" becomes 青海嘉诺 | 钾资源…项目 once 青海嘉诺 is known);
* tells :func:`kg.resolve.resolve` which full name each short form stands
  for (``Consistency.names``);
* finds, in a document that writes a division in full (五常市), its short
  alias where no entity was found (酒一进五常就被扣留), if it is one the rules
  never take alone: jieba's dictionary reads it as an ordinary word (监利 a
  verb, 五常 "the five virtues"). Only within the document: elsewhere 五常
  may well be the virtues. Other aliases (北京) the rules and the tagger
  already weigh, and leave out where they are part of another name (北京大学).
  A county's paper vouches for its county the same way: a document that
  writes a county's own offices (县委, 县政府) or 我县, and the short alias
  of exactly one county (嘉祥, which jieba reads as a given name) at least
  twice outside the names found, names that county (嘉祥县) by it.

>>> from kg.analyse import analyse_document
>>> from kg.nlp import load_pipeline
>>> from kg.read import Document
>>> nlp = load_pipeline()
>>> docs = [Document("d1", "", "青海盐湖工业股份有限公司召开大会。"), Document("d2", "", "盐湖工业今年产量增长。")]
>>> out = consistent([analyse_document(d, nlp) for d in docs])
>>> [(m.text, m.rule) for m in out.analyses[1].mentions]
[('盐湖工业', 'consistency')]
>>> out.names["盐湖工业"]
'青海盐湖工业股份有限公司'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

import ahocorasick_rs

from kg.analyse import DocumentAnalysis, Mention, RelationHit, after_title, name_text
from kg.gazetteer import load_gazetteer
from kg.lexicon import package_lexicon
from kg.nlp.entity_rules import PROPER_TAGS, safe_alias
from kg.nlp.tokenizer import base_tags, dictionary_counts
from kg.spec import DerivationSpec, derivation_spec, entity_rule_spec

RULE = "consistency"
# jieba's tags of a word that reads as a name: a person's (nr…) or another proper name (nz)
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz"})
# A county's alias that jieba's dictionary counts more often than this is a word first (温泉 680,
# 凤凰 1348, 梁山 738, 宁远 451); the county names it reads as given names are rarer (嘉祥 10,
# 永嘉 116). Chosen on the jieba dictionary's counts of the 427 such aliases.
COUNTY_ALIAS_MAX_COUNT = 200
PLACE_RULE = "consistency-place"
# The rules' name for a division a dateline files from (kg/nlp/entity_rules.py).
DATELINE_RULE = "dateline"
# Kinds of division written after a short alias: 五常|市, 信丰|县.
KINDS = ("市", "县", "区", "州", "旗", "盟", "镇", "乡")


@dataclass
class Consistency:
    analyses: list[DocumentAnalysis]
    names: dict[str, str] = field(default_factory=dict)  # short form -> the full name it stands for
    added: int = 0  # mentions found by this pass
    recut: int = 0  # company/project boundaries moved


def is_strong(m: Mention, spec: DerivationSpec | None = None) -> bool:
    """A company mention whose name is certain: a legal suffix, a lexicon, a confident model span."""
    spec = spec or derivation_spec()
    if m.label != "COMPANY":
        return False
    if m.rule.startswith(spec.strong_rules):
        return True
    suf = next((s for s in spec.legal_suffixes if m.text.endswith(s)), "")
    return bool(suf) and len(m.text) - len(suf) >= 2


def derive(name: str, spec: DerivationSpec | None = None) -> list[str]:
    """Short forms of a company's name, by the rules of ``derivations.yaml``.

    >>> derive("青海盐湖工业股份有限公司")
    ['青海盐湖工业', '青海省盐湖工业', '盐湖工业', '青海盐湖', '青海省盐湖', '盐湖股份', '盐湖公司', '盐湖工业公司']
    >>> derive("青海西部镁业有限公司")
    ['青海西部镁业', '青海省西部镁业', '西部镁业']
    >>> derive("博罗县汇盛房地产开发有限公司")
    ['博罗县汇盛房地产开发', '博罗汇盛房地产开发', '汇盛房地产开发', '汇盛房地产', '汇盛地产', '汇盛房地产开发公司']
    """
    spec = spec or derivation_spec()
    out: list[str] = []
    # (with the trades read one after the other as one, and with the last alone: "绿色能源|投资" may be
    # the brand 绿色能源 and its trade, as much as "高维科聚|新材料科技" is a brand and two trades)
    for stacked in (False, True):
        out += [s for s in _forms(name, spec, stacked) if s not in out]
    return out


def _forms(name: str, spec: DerivationSpec, stacked: bool) -> list[str]:
    gaz = load_gazetteer()
    generic = entity_rule_spec().generic
    suf, body, place, rest, trade, brand = _parts(name, spec, stacked)
    long, shorts = next(((lg, sh) for lg, sh in spec.trade_short_forms if rest.endswith(lg)), ("", ()))
    trade_brand = rest[: len(rest) - len(long)]
    made = {
        "body": [body] if suf else [],
        "rest": [rest] if place else [],
        "place_brand": [place + brand] if place and trade and brand not in spec.not_brands else [],
        "brand_shares": [brand + "股份"] if "股份" in suf and brand not in spec.not_brands else [],
        "brand_trade": [trade_brand + short for short in shorts]
        if long and len(trade_brand) >= 2 and trade_brand not in spec.not_brands else [],
        "brand_first_trade": _brand_first_trade(brand, trade, spec) if suf and stacked else [],
        "brand_company": [brand + "公司"] if suf and len(brand) >= 2 and brand not in spec.not_brands else [],
        "rest_company": [rest + "公司"] if suf and trade and len(brand) >= 2 and brand not in spec.not_brands else [],
        "brand_group": [brand + "集团", rest + "集团"] if "集团" in suf and len(brand) >= 2
        and brand not in spec.not_brands else [],
    }
    out: list[str] = []
    # A form that opens with the firm's place is also written with the place's other forms: papers write a
    # province or a city with or without its level, and by its short name (内蒙古某某能源有限公司 ->
    # 内蒙某某能源, 江苏省某某机械有限公司 -> 江苏某某机械), as firms register it either way.
    others = [w for w in _written_forms(place) if w != place] if place else []
    for s in (s for form in spec.forms for s in made.get(form, ())):
        if brand in spec.field_brands and not (place and s.startswith(place)):
            continue  # "湖北省|现代|农业|集团…" -> 现代农业: the field the group is named by, no name of it
        for t in [s] + [w + s[len(place):] for w in others if s.startswith(place)]:
            if len(t) >= spec.min_chars and t != name and t not in out and t not in generic and gaz.written(t) is None:
                out.append(t)
    return out


@lru_cache(maxsize=4096)
def _written_forms(place: str) -> tuple[str, ...]:
    """Every way the gazetteer reads as the division ``place`` names: its full name, its alias and the papers'
    short names (内蒙古 -> 内蒙古自治区, 内蒙古, 内蒙); none where ``place`` names no one division."""
    gaz = load_gazetteer()
    division = gaz.written(place)
    if division is None:
        return ()
    return tuple(sorted({division.name} | {a for a in _aliases_by_division().get(division.name, ())
                                          if gaz.written(a) == division}))


@lru_cache(maxsize=1)
def _aliases_by_division() -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for alias, full in load_gazetteer().aliases.items():
        by.setdefault(full, []).append(alias)
    return by


def _brand_first_trade(brand: str, trade: str, spec: DerivationSpec) -> list[str]:
    """"宁夏某某|新材料科技|有限公司" -> 某某新材料: where two trades follow the brand, papers write the
    brand with the first of them, as the firm's own short name (the second is the legal form's word)."""
    if len(brand) < 2 or brand in spec.not_brands:
        return []
    last = next((t for t in spec.trade_words if trade.endswith(t) and len(trade) - len(t) >= 2
                 and trade[: len(trade) - len(t)] in spec.trade_words), "")
    return [brand + trade[: len(trade) - len(last)]] if last else []


def _parts(name: str, spec: DerivationSpec, stacked: bool = True) -> tuple[str, str, str, str, str, str]:
    """A company's name cut into its legal suffix, body, place, rest, trade and brand:
    河北哆呋食品有限公司 -> 有限公司, 河北哆呋食品, 河北, 哆呋食品, 食品, 哆呋."""
    gaz = load_gazetteer()
    suf = next((s for s in spec.legal_suffixes if name.endswith(s)), "")
    body = name[: len(name) - len(suf)]
    place = ""
    generic = entity_rule_spec().generic
    for k in range(len(body) - 2, 1, -1):
        head = body[:k]
        # (a generic word the gazetteer lists as a town, 工业园区, is no place a name opens with)
        if (gaz.written(head) is not None or head in gaz.aliases) and head not in generic:
            place = head
            break
    rest = body[len(place):]
    trade = next((t for t in spec.trade_words if rest.endswith(t) and len(rest) - len(t) >= 2), "")
    work = "" if trade else next((w for w in spec.trade_works if rest.endswith(w)), "")
    if work:
        # "湖北长力|汽车|制造": the trade with the work it does; the brand is before both
        core = rest[: len(rest) - len(work)]
        trade = next((t + work for t in spec.trade_words if core.endswith(t) and len(core) - len(t) >= 2), "")
    if not trade and len(rest) >= 4 and rest.endswith(spec.trade_endings) and rest[-2:] not in spec.not_trades:
        trade = rest[-2:]
    if trade and stacked:
        # "上海某某|新材料|科技": two trades one after the other are one trade, and the brand is before
        # both (某某公司, 上海某某), as 房地产开发 is
        core = rest[: len(rest) - len(trade)]
        trade = next((t + trade for t in spec.trade_words if core.endswith(t) and len(core) - len(t) >= 2),
                     # (a trade in 业 before it too: "大理耘飞|农业|科技" is 耘飞's, 耘飞公司)
                     core[-2:] + trade if len(core) >= 4 and core.endswith(spec.trade_endings)
                     and core[-2:] not in spec.not_trades else trade)
    return suf, body, place, rest, trade, rest[: len(rest) - len(trade)]


@lru_cache(maxsize=8192)
def brand_forms(name: str) -> tuple[str, ...]:
    """The names a company's projects are called by: its short forms, and its brand's first two
    characters where jieba's dictionary holds them as no ordinary word (河北京耀生物发展有限公司 ->
    京耀: "京耀谷朊粉项目"). Only legal names; a short name's brand is too uncertain.

    >>> brand_forms("河北哆呋食品有限公司")
    ('河北哆呋食品', '河北省哆呋食品', '哆呋食品', '河北哆呋', '河北省哆呋', '哆呋公司', '哆呋食品公司', '哆呋')
    """
    spec = derivation_spec()
    suf, _, _, _, _, brand = _parts(name, spec, stacked=False)
    if not suf:
        return ()
    forms = derive(name, spec)
    head = brand[:2]
    gaz = load_gazetteer()
    # (a brand that opens with a place's name is no brand of two characters: 鄂尔多斯多晶硅业 is not 鄂尔)
    placed = any(gaz.written(brand[:n]) is not None or brand[:n] in gaz.aliases for n in range(2, len(brand) + 1))
    if len(brand) >= 2 and not placed and head not in spec.not_brands and brand not in spec.field_brands \
            and head not in entity_rule_spec().generic \
            and gaz.written(head) is None and not _ordinary_word(head, spec) and head not in forms:
        forms.append(head)
    return tuple(forms)


def known_names(analyses: list[DocumentAnalysis], spec: DerivationSpec | None = None) -> dict[str, str]:
    """Every strong company name and its short forms -> the full name; a form two companies share is left out."""
    spec = spec or derivation_spec()
    strong = sorted({m.text for a in analyses for m in a.mentions if is_strong(m, spec)})
    # A name only the model vouches for, which a legal name of the corpus derives ("某某公司" after
    # 上海某某新材料科技有限公司), is that firm's short form: the model found the short name, not another firm.
    vouched = {m.text for a in analyses for m in a.mentions
               if is_strong(m, spec) and not m.rule.startswith(spec.model_rules)}
    owners: dict[str, set[str]] = {}
    for name in strong:
        owners.setdefault(name, set()).add(name)
        for form in derive(name, spec):
            owners.setdefault(form, set()).add(name)
    out = {}
    for form, names in owners.items():
        if _ordinary_word(form, spec):
            continue
        others = names - {form}
        if form in names and not (len(others) == 1 and form not in vouched):
            out[form] = form  # a strong name is itself, even where another derives it
        elif len(others) == 1:
            out[form] = next(iter(others))
    return out


def _ordinary_word(name: str, spec: DerivationSpec) -> bool:
    """A short name that jieba's dictionary has as an ordinary word: not to be found at its other mentions.

    A confident model span of 民生 ("livelihood", 民生银行's short name) would otherwise make every
    民生工程 and 保障民生 of an archive one company. A listed company's short name (格力, 茅台) is
    found by the lexicon wherever it stands, and does not need this pass.
    """
    if len(name) >= spec.min_chars:
        return False
    tag = base_tags().get(name)
    return tag is not None and tag not in PROPER_TAGS


def consistent(analyses: list[DocumentAnalysis]) -> Consistency:
    """The analyses with every known company name found at its other mentions; the inputs are not changed."""
    spec = derivation_spec()
    names = known_names(analyses, spec)
    # A lexicon company's aliases (listed short names) stand for its full name.
    listed = {alias: e.name for e in package_lexicon() if e.label == "COMPANY" for alias in e.aliases}
    result = Consistency([], {**listed, **{k: v for k, v in names.items() if k != v}})
    if not names:
        result.analyses = [_listed_firms(a, spec, names) for a in analyses]
        return _with_place_aliases(result)
    finder = _Finder(names)
    for a in analyses:
        result.analyses.append(_listed_firms(_apply(a, finder, spec, result), spec, names))
    return _with_place_aliases(result)


def _listed_firms(a: DocumentAnalysis, spec: DerivationSpec, known: dict[str, str]) -> DocumentAnalysis:
    """The analysis with each list's project that the corpus knows as a company's name (``known``), or that
    its document names as a company elsewhere (红星美凯龙 after 红星美凯龙集团, by any rule), typed a company:
    a list's head types its items, and "光大控股、红星美凯龙、…等五个项目" counts the firms' projects by the
    firms' names."""
    listed = [m for m in a.mentions if m.label == "PROJECT" and m.rule in spec.listed_project_rules]
    if not listed:
        return a
    heads = _longest_first_strong()
    names: set[str] = set(known)
    for m in a.mentions:
        if m.label == "COMPANY":
            head = next((h for h in heads if m.text.endswith(h) and len(m.text) - len(h) >= 2), "")
            names.update((m.text, m.text[: len(m.text) - len(head)], *derive(m.text, spec)))
    retyped = {m: replace(m, label="COMPANY") for m in listed if m.text in names}
    if not retyped:
        return a
    mentions = [retyped.get(m, m) for m in a.mentions]
    relations = [RelationHit(retyped.get(r.source, r.source) if r.source is not None else None,
                             retyped.get(r.target, r.target), r.relation, r.rule) for r in a.relations]
    return replace(a, mentions=mentions, relations=relations)


@lru_cache(maxsize=1)
def _longest_first_strong() -> tuple[str, ...]:
    return tuple(sorted(entity_rule_spec().company_strong, key=len, reverse=True))


def _with_place_aliases(result: Consistency) -> Consistency:
    """Each document's division aliases found where its full name is written (see the module)."""
    gaz = load_gazetteer()
    rules = entity_rule_spec()
    skip = rules.generic | rules.false_words | rules.region_names
    short: dict[str, list[str]] = {}
    for alias, full in gaz.aliases.items():
        if len(alias) >= 2 and alias not in skip and not safe_alias(alias):
            short.setdefault(full, []).append(alias)
    counties = _county_aliases(short)
    result.analyses = [_place_aliases(a, gaz, short, result, counties) for a in result.analyses]
    return result


def _county_aliases(short: dict[str, list[str]]) -> "_Finder | None":
    """Of ``short`` (each division's aliases the rules never take alone), those of the divisions named 县
    that jieba reads as a name (嘉祥 of 嘉祥县, a given name to jieba), found in one pass. One it reads as an
    ordinary word (会同 "together with", 中方 "the Chinese side") a county's paper writes in its ordinary sense."""
    gaz = load_gazetteer()
    tags = base_tags()
    names = {alias: full for full, aliases in short.items() if full.endswith("县")
             and gaz.places.get(full) is not None and gaz.places[full].level == "county"
             for alias in aliases if tags.get(alias) in _NAME_TAGS}
    counts = dictionary_counts(names)
    names = {alias: full for alias, full in sorted(names.items()) if counts[alias] <= COUNTY_ALIAS_MAX_COUNT}
    return _Finder(names) if names else None


def _county_paper(a: DocumentAnalysis) -> bool:
    """Whether a document writes a county's own offices (县委, 县政府…) or 我县: a county's paper."""
    return any(m.label == "HOME_COUNTY" or (m.label == "AGENCY" and m.text.startswith("县")) for m in a.mentions)


def _own_county(a: DocumentAnalysis, counties: "_Finder", gaz) -> set[str]:
    """The county a county's paper names by its alias: the one county whose alias it writes, at least twice
    outside the names found (嘉祥8个项目…在嘉祥投资), not once as the start of a park's name (宝丰卫浴园,
    of a town 宝丰 in another county)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in a.mentions:
        spans.setdefault(m.sentence, []).append((m.s_start, m.s_end))
    seen: dict[str, int] = {}
    written: set[str] = set()
    for art in a.articles:
        for sent in art.sentences:
            taken = spans.get(sent.index, ())
            for s, e in counties.finditer(sent.text):
                if not any(s < te and ts < e for ts, te in taken):
                    written.add(sent.text[s:e])
                    full = gaz.aliases[sent.text[s:e]]
                    seen[full] = seen.get(full, 0) + 1
    if len(seen) == 1 and min(seen.values()) >= 2:
        # "县领导田林、…": a name after a title anywhere in the document is a leader's, however often written
        text = "\n".join(sent.text for art in a.articles for sent in art.sentences)
        titles = entity_rule_spec().person_title_ends
        if not any(after_title(text, alias, titles) for alias in written):
            return set(seen)
    return set()


def _place_aliases(a: DocumentAnalysis, gaz, short: dict[str, list[str]], result: Consistency,
                   counties: "_Finder | None" = None) -> DocumentAnalysis:
    # Written in full: the division's name with its kind (五常市), not an alias alone.
    # (or by its short name in a dateline, which names the paper's own county: "本报龙游2月20日电")
    named = {place.name for m in a.mentions if m.label == "PLACE"
             and (m.text not in gaz.aliases or m.rule == DATELINE_RULE)
             and (place := gaz.written(m.text)) is not None}
    # (or in full at the head of one of its offices only: "天台县人民政府", "天台县金融工作中心")
    named |= {name for m in a.mentions if m.label == "AGENCY" and (name := _office_head_division(m.text, gaz))}
    if counties is not None and _county_paper(a):
        named |= _own_county(a, counties, gaz)
    # Each alias of those divisions -> its division, longest alias first.
    aliases = dict(sorted(((alias, name) for name in named for alias in short.get(name, ())),
                          key=lambda kv: (-len(kv[0]), kv[0])))
    if not aliases:
        return a
    by_sentence: dict[int, list[Mention]] = {}
    for m in a.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    added: list[Mention] = []
    for art in a.articles:
        for sent in art.sentences:
            taken = [(m.s_start, m.s_end) for m in by_sentence.get(sent.index, ())]
            for alias, name in aliases.items():
                s = sent.text.find(alias)
                while s >= 0:
                    e = s + len(alias)
                    # With its kind where the text writes it (崇左|市消防支队): the name in full.
                    with_kind = next((e + 1 for kind in KINDS if sent.text.startswith(kind, e)
                                      and (p := gaz.written(alias + kind)) is not None and p.name == name), e)
                    for end in dict.fromkeys((with_kind, e)):
                        if not any(s < te and ts < end for ts, te in taken):
                            added.append(_mention(a, sent, s, end, "PLACE", PLACE_RULE))
                            taken.append((s, end))
                            break
                    s = sent.text.find(alias, e)
    if not added:
        return a
    result.added += len(added)
    mentions = sorted([*a.mentions, *added], key=lambda m: (m.sentence, m.start, m.end, m.label))
    return replace(a, mentions=mentions)


def _office_head_division(office: str, gaz) -> str:
    """The county or city an office's name opens with, written in full (天台县人民政府 -> 天台县), else "".

    (resolve's ``_named_division`` reads more from an office's name, an autonomous prefecture's short form
    and a town's too; only counties and cities vouch for their aliases here.)
    """
    for n in range(min(len(office) - 1, 9), 2, -1):
        head = office[:n]
        if head[-1] in KINDS and (place := gaz.written(head)) is not None and place.name == head \
                and place.level in ("county", "city"):
            return head
    return ""


class _Finder:
    """Leftmost-longest, non-overlapping occurrences of known names.

    An Aho-Corasick automaton (ahocorasick-rs) finds them in one pass over a
    sentence, whatever the number of names; a prefix walk in Python took
    about a second a million characters.
    """

    def __init__(self, names) -> None:
        self.names = frozenset(names)
        self._automaton = ahocorasick_rs.AhoCorasick(sorted(self.names),
                                                     matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self._joinable = not any(_GAP in name for name in self.names)

    def finditer(self, text: str):
        for _, start, end in self._automaton.find_matches_as_indexes(text):
            yield start, end

    def in_texts(self, texts: list[str]) -> list[tuple[int, int, int]]:
        """``(i, start, end)`` of each occurrence in ``texts[i]``, in order.

        The texts are searched in one pass, joined by a character no name holds (so that no
        occurrence spans two): a call per sentence cost more than the search itself.
        """
        if not self._joinable:
            return [(i, s, e) for i, text in enumerate(texts)
                    for _, s, e in self._automaton.find_matches_as_indexes(text)]
        found = self._automaton.find_matches_as_indexes(_GAP.join(texts))
        if not found:
            return []
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        out = []
        for _, s, e in found:
            i = bisect_right(starts, s) - 1
            out.append((i, s - starts[i], e - starts[i]))
        return out


_GAP = "\x00"


def _apply(a: DocumentAnalysis, finder: _Finder, spec: DerivationSpec, result: Consistency) -> DocumentAnalysis:
    sentences = [sent for art in a.articles for sent in art.sentences]
    found: dict[int, list[tuple[int, int]]] = {}
    for i, s, e in finder.in_texts([sent.text for sent in sentences]):
        found.setdefault(i, []).append((s, e))
    if not found:
        return a
    by_sentence: dict[int, list[Mention]] = {}
    for m in a.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    added: list[Mention] = []
    swapped: dict[Mention, Mention] = {}
    dropped: set[Mention] = set()
    for i, spans in found.items():
        sent = sentences[i]
        existing = sorted(by_sentence.get(sent.index, []), key=lambda m: m.s_start)
        for s, e in spans:
            over = [m for m in existing if m.s_start < e and s < m.s_end]
            if not over:
                added.append(_mention(a, sent, s, e, "COMPANY"))
                continue
            # "甘肃|金川": a place or weaker name inside a known company name is part of it.
            if all(s <= m.s_start and m.s_end <= e and (m.s_start, m.s_end) != (s, e) for m in over) \
                    and not any(is_strong(m, spec) or m.label == "AGENCY" for m in over) \
                    and not any(m in swapped or m in dropped for m in over):
                dropped.update(over)
                added.append(_mention(a, sent, s, e, "COMPANY"))
                continue
            # "青海嘉诺钾|资源…项目": a weaker company head that runs past a known name,
            # right before its project, is cut at the name, and the project starts there.
            if len(over) == 1 and over[0].label == "COMPANY" and not is_strong(over[0], spec) \
                    and over[0].s_start == s and over[0].s_end > e:
                head = over[0]
                after = next((m for m in existing if m.s_start == head.s_end and m.label == "PROJECT"), None)
                if after is not None and after not in swapped:
                    swapped[head] = _mention(a, sent, s, e, "COMPANY")
                    swapped[after] = _mention(a, sent, e, after.s_end, "PROJECT", after.rule)
    if not added and not swapped:
        return a
    result.added += len(added)
    result.recut += len(swapped) // 2
    mentions = [swapped.get(m, m) for m in a.mentions if m not in dropped] + added
    mentions.sort(key=lambda m: (m.sentence, m.start, m.end, m.label))
    relations = [RelationHit(swapped.get(r.source, r.source) if r.source is not None else None,
                             swapped.get(r.target, r.target), r.relation, r.rule) for r in a.relations
                 if r.source not in dropped and r.target not in dropped]
    return replace(a, mentions=mentions, relations=relations)


def _mention(a: DocumentAnalysis, sent, s: int, e: int, label: str, rule: str = RULE) -> Mention:
    o0, o1 = sent.original_span(s, e)
    original = "".join(a.document.text[sent.original_index(i)] for i in range(s, e))
    return Mention(doc=a.document.id, article=sent.article, sentence=sent.index, label=label,
                   text=name_text(sent.text[s:e]), original=name_text(original), start=o0, end=o1, rule=rule,
                   s_start=s, s_end=e)
