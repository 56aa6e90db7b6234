"""Entities stage: the ``kg_entity_rules`` spaCy component.

It labels COMPANY, PROJECT, AGENCY and PLACE spans in ``doc.ents`` from four
sources, all kept as data in ``kg/data``:

* lexicon names (``lexicon.jsonl`` and ``--lexicon`` files) and agency full
  forms from ``abbreviations.yaml``;
* the division gazetteer (:mod:`kg.gazetteer`) and country names;
* suffix rules (``entity_rules.yaml``): a name ends in a type suffix
  (有限公司, 局, 路, 项目 …) and extends left over name-like words;
* enumerations ("A、B、C等项目", "与A、B等企业") and status clauses
  ("A、B进展顺利") whose items take the type of the head; a project item that
  begins with a company ("蓝科锂业2万吨电池级碳酸锂") yields both;
  quoted start-up projects (“…”项目).

References to the home city (我市, 全市) and to a project named before (该项目) go to
``doc.spans["kg_refs"]``.
Every span records the rule that found it in ``span._.kg_rule``.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_entity_rules")
>>> [(e.text, e.label_, e._.kg_rule) for e in nlp("市水利局持续推进城区供水管网联通改造项目").ents]
[('市水利局', 'AGENCY', 'abbreviation'), ('城区供水管网联通改造项目', 'PROJECT', 'suffix:项目')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Mapping

import ahocorasick_rs
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.lexicon import Entry, load_lexicons, package_lexicon
from kg.nlp.tokenizer import (TOKENS_KEY, JiebaTokenizer, base_tags, common_name_words, common_time_words, common_verb_words,
                              doc_text)
from kg.script import is_cjk
from kg.spec import (COMPANY_REF, PROJECT_REF, VILLAGE_LIST_RULE, EntityRuleSpec, abbreviations, derivation_spec,
                     entity_rule_spec)

if not Span.has_extension("kg_rule"):
    Span.set_extension("kg_rule", default="")

PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "x", "eng"}
# jieba tags of words that can stand in a place name before a place word.
PLACE_NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"}
# Tags of a company name at the head of a project item (nz is mostly products: 碳酸锂).
HEAD_TAGS = {"nr", "nrt", "nrfg", "nt", "j", "x", "eng"}
# A unit's number in a legal name, in Chinese numerals: 二十 (三局), 第三 (工程有限公司).
# jieba's tags of words that say what kind or how big, never what: 特大型 (b), 重大 (a)
_QUALITY_TAGS = frozenset({"a", "ad", "b", "d", "z"})
_ORDINAL = re.compile("第?[一二三四五六七八九十百]+")
# What separates a list's items, or ends the clause it is in.
_LIST_MARKS = frozenset({"、", "，", ",", "。", "；", ";", "：", ":"})
_ISSUE = re.compile("第[0-9一二三四五六七八九十]+期")
_SESSION = re.compile("第?[一二三四五六七八九十百0-9０-９]+届")
# Particles: 了, 着, 过 after a verb, 的 after a modifier; no name begins with one.
PARTICLE_TAGS = {"ul", "uz", "ug", "uj"}
STOP_TAGS = {"w", "_SP", "u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "d", "ad", "r", "y", "e", "o", "f", "t", "q", "zg"}
MAX_TOKENS = {"COMPANY": 5, "AGENCY": 8, "PLACE": 5, "PROJECT": 14}
# The longest facility named by common words after a trade word (产业中心, 新材产业园): longer ones
# name what the project makes (百万千瓦装配基地), the company's own project.
TRADE_FACILITY_CHARS = 5
# Tags of a name jieba knows (not its guesses, x): a proper name in a project's facility.
NAMED_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
# Nouns and noun-like words: what a conjunction inside a project's name joins.
NOUN_TAGS = {"n", "vn", "nz", "x", "ng", "an"}
# jieba's tags of a lone character that is a piece of a name or a number, no verb read apart from a name after it
_NAME_PIECE_TAGS = frozenset({"n", "ng", "nr", "ns", "nz", "m", "q"})
# Levels of a county and above: a community or a village is named after none of them alone
DIVISION_ABOVE_TOWNS = frozenset({"county", "city", "prefecture", "province"})
# A town's name jieba cut into words it knows or guesses (石门|岭), and what may come before it
TOWN_NAME_TAGS = {"x", "n", "nr", "ns", "nz", "nrt"}
_BRACKETS = frozenset("()（）")
_FACILITY_NAME_TAGS = frozenset({"nr", "nz", "ns", "nt", "x", "eng"})
# The words a facility's place-read word may follow as its name: a name's or a noun's ("湘江|大桥")
_PLACE_READ_HEAD_TAGS = frozenset({"nr", "nz", "ns", "nt", "x", "eng", "n", "j", "s", "f"})
_PRODUCT_TAGS = frozenset({"n", "nz", "x", "nr", "ng"})
_FIELD_TAGS = frozenset({"n", "vn", "v", "nz", "j"})  # 投资(vn)|推广(v): the field an office is named by  # nr: jieba reads 屠宰 as a name
# Words of what a clause says before its subject: verbs, time words, counts, adverbs (预计|一季度)
# The parts of speech after which a locative has nothing to place: a verb's 了, a preposition, the 的
# that closes a modifier ("投资20亿元的|中|建材…产业园项目": 的 is followed by the noun it modifies, never
# by a locative) (not a conjunction: "某某和|中|高端白酒…" joins a range of grades).
_LOCATIVE_OPENER_TAGS = frozenset({"ul", "p", "uj"})
# A year written in figures alone (2012): no place's name opens with one
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# The tags jieba gives a lone character of a name it does not know (a surname, a morpheme, a guess)
_CUT_BRAND_TAGS = frozenset({"nr", "nrt", "nrfg", "x", "g", "ng", "zg", "nz", "j"})
# The words that end a clause's part before a body's own brand: a mark, a preposition, a conjunction, a
# particle or a verb (an adverb may sit inside the brand: 某某合作|特别(d)|试验区（某市）…)
_BRAND_BEFORE_TAGS = frozenset({"w", "_SP", "p", "c", "uj", "ul", "v"})
# The words after which a region's part (西部) opens a name: a verb's, a pronoun's or a conjunction's
_REGION_OPENER_TAGS = frozenset({"ul", "p", "v", "r", "c", "d"})
# Set phrases (idioms, fixed phrases, status words to jieba) that may glue an adverb to a clause's verb:
# 紧紧围绕(l), 积极参与(i), 认真落实(z)
_SET_PHRASE_TAGS = frozenset({"i", "l", "z"})
# The last character of the agencies' suffixes for a body of members, which a list of firms may hold:
# 商会, 行业协会, 同业公会, 联合会, 促进会 (and 委员会)
_BODY_ENDS = ("会",)
_CLAUSE_ONLY_TAGS = frozenset({"v", "vd", "vn", "t", "m", "q", "mq", "d", "r", "p", "c", "f", "ad", "l"})
_DIGITS = re.compile(r"[0-9０-９.．]+")
_PARK_SECTION = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]区")
# The levels a province's, a city's or a county's own firm is named from (省|路桥集团, 市城投集团); a zone's
# 区 ends its own name before a firm in it (高新区|C区|某某公司), so it is none of them.
_FIRM_LEVELS = ("省", "市", "县")
# "四大|国有银行", "五大发电集团": the count of a kind's major ones, which names none of them
BIG_COUNT = re.compile("[一二两三四五六七八九十几]+大")
# jieba's tags of a person's name
PERSON_TAGS = {"nr", "nrfg", "nrt"}
TOWN_BOUNDARY_TAGS = {"v", "p", "w", "c", "u", "uj", "d", "_SP"}
# jieba's tags of a character that is a word of the clause, no county's first character (和|县政府, 应|县政府)
STEM_CLAUSE_TAGS = {"v", "vn", "p", "c", "d", "r", "m", "f", "u", "uj", "ul", "ud", "a", "ad", "w", "_SP"}
# jieba's tags of a brand it does not know or reads as a proper noun (鑫拓, 瑞丰), unlike a place's (ns)
BRAND_TAGS = {"x", "nz", "nr", "nrt", "nrfg", "nt"}
# jieba's tags for a trade word it misreads inside a product's name (正极 as ad, 屠宰 as nr)
MISREAD_TRADE_TAGS = {"ad", "d", "nr"}
# Adverbs and prepositions: a clause's words around a name, never inside one ("详细|了解", "首先|来到").
CLAUSE_TAGS = {"d", "ad", "p"}
# Words a run of glued words never crosses into a name: punctuation, prepositions, conjunctions, 的.
_RUN_STOP_TAGS = frozenset({"w", "p", "c", "uj", "ul", "r"})
CLAUSE_PUNCT = set("，。；：！？、,;:!?（）()《》“”\"'「」『』\n")
_LIST_STOPS = frozenset("，。；：！？,;:!?\n")
# The part of speech a lexicon name gets in the segmenter's dictionary.
LEXICON_TAGS = {"COMPANY": "nt", "AGENCY": "nt", "PLACE": "ns", "PROJECT": "nz"}
# Files of a saved component (nlp.to_disk).
RULES_FILE, ABBREVIATIONS_FILE, LEXICON_FILE = "entity_rules.json", "abbreviations.json", "lexicon.jsonl"


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets in doc.text
    end: int
    label: str
    rule: str
    prio: int = 1


def army_states(spec, countries) -> frozenset[str]:
    """The one-character names a state's army is named by (美军, 苏军): the short names of ``countries`` and of
    the former states (``army_former_states``), but China's (``army_unread_short_names``)."""
    return frozenset(ch for ch, full in spec.one_character_places.items()
                     if full in countries and ch not in spec.army_unread_short_names) | frozenset(spec.army_former_states)


def place_trailer(name: str) -> str:
    """The "area" word that ends a place name, or "".

    "广州地区", "东北亚地区", "湖北农村": the place is 广州, 东北亚, 湖北; the
    trailer (``place_trailers`` in entity_rules.yaml) only says "area" or
    "rural", and two characters of name must be left.

    >>> place_trailer("广州地区"), place_trailer("地区"), place_trailer("格尔木市")
    ('地区', '', '')
    """
    trailers = entity_rule_spec().place_trailers
    if not name.endswith(trailers):
        return ""
    return next((t for t in trailers if name.endswith(t) and len(name) - len(t) >= 2), "")


def begins_outlet(text: str, end: int) -> bool:
    """Whether a place ending at ``end`` begins a news outlet's name (长城|网讯, 青海|日报).

    >>> begins_outlet("长城网讯（记者）", 2), begins_outlet("北京网友点赞", 2)
    (True, False)
    """
    return entity_rule_spec().outlet_re.match(text, end) is not None


def begins_firm_outlet(text: str, end: int) -> bool:
    """Whether a firm's name ending at ``end`` begins a news site's name (中华石化|网讯).

    >>> begins_firm_outlet("中华石化网讯 近日", 4), begins_firm_outlet("中华石化网站上线", 4)
    (True, False)
    """
    spec = entity_rule_spec()
    return text.startswith(spec.firm_outlet_starts, end) and spec.outlet_re.match(text, end) is not None


def names_system(text: str, end: int) -> bool:
    """Whether an office ending at ``end`` names a system of government: 人民代表大会|制度.

    >>> names_system("坚持人民代表大会制度", 8), names_system("人民代表大会召开", 6)
    (True, False)
    """
    return text.startswith(entity_rule_spec().system_words, end)


def kind_zone_committee(text: str, start: int, end: int, spec) -> bool:
    """Whether an office is the committees of a kind of zone, none named: "各省级|产业集聚区|管委会".

    After a scope (zone_scopes) and only a zone's kind, a committee is every such zone's; a zone with a
    name, or with a division's level before it (县产业集聚区管委会), has its own.

    >>> spec = entity_rule_spec()
    >>> kind_zone_committee("各省级产业集聚区管委会负责人", 3, 11, spec), kind_zone_committee("县产业集聚区管委会", 0, 9, spec)
    (True, False)
    """
    name = text[start:end]
    body = name.removeprefix(next((k for k in spec.zone_kinds_longest if name.startswith(k)), ""))
    if body == name:  # (the committee alone, after its zone's kind: "省级产业集聚区|管委会")
        head = next((k for k in spec.zone_kinds_longest if text.endswith(k, 0, start)), "")
        before = start - len(head)
    else:
        head, before = name[:len(name) - len(body)], start
    if not head:
        return False
    body = body.removeprefix(next((x for x in spec.committee_leads if body.startswith(x)), ""))
    return body in spec.zone_committees and text.endswith(spec.zone_scopes_longest, 0, before)


def fields_after(spec) -> re.Pattern:
    """The rest of a list of fields after one of its items: "…、文创医药|等领域", "科技、医药等不同领域"."""
    return re.compile("(?:、[^，。；、,;：:等\\s]{1,10})*等(?:%s)?(?:%s)" % (
        "|".join(map(re.escape, spec.determiners_longest)), "|".join(map(re.escape, spec.field_heads))))


def in_paper_title(text: str, start: int, end: int) -> bool:
    """Whether a name is a paper's inside its title's marks: "《人民政协|报》", "《 某某|日报 》".

    >>> in_paper_title("据《人民政协报》报道", 2, 6), in_paper_title("人民政协报告", 0, 4)
    (True, False)
    """
    return text[:start].rstrip().endswith("《") and entity_rule_spec().title_paper_re.match(text, end) is not None


def is_generic_name(name: str) -> bool:
    """A name that is only a generic word (``generic_names``): 海岛, 市中心, 项目; or any of a kind of division."""
    spec = entity_rule_spec()
    return name in spec.generic or _any_division(name, spec) or _levels_organ(name, spec) or _levels_only(name)


def office_kind(name: str, spec=None) -> bool:
    """A kind of office named by its field alone (``office_kinds``): a word of jieba's dictionary that is no
    name, then 机关, 部门 or 机构 ("监管部门", "公安机关"); any such body, no particular one.

    A field of two such words is one too (国资|监管部门, 环保|监管部门: whose assets or what it oversees,
    then the kind), where neither is a name nor one character (县|民政部门 is the county's).

    >>> office_kind("监管部门"), office_kind("县民政部门"), office_kind("民政局")
    (True, False, False)
    >>> office_kind("国资监管部门"), office_kind("县市场监管部门")
    (True, False)
    """
    from kg.nlp.tokenizer import base_tags

    kind = next((k for k in (spec or entity_rule_spec()).office_kinds if name.endswith(k)), "")
    field = name[: len(name) - len(kind)]
    tags = base_tags()
    names = ("nr", "ns", "nt", "nz")
    tag = tags.get(field, "") if kind and len(field) >= 2 else ""
    if not tag and kind and len(field) >= 4:
        return any((a := tags.get(field[:i], "")) and (b := tags.get(field[i:], ""))
                   and not a.startswith(names) and not b.startswith(names) for i in range(2, len(field) - 1))
    return bool(tag) and not tag.startswith(names)


def _levels_only(name: str) -> bool:
    """Two or more levels' characters alone ("区镇领导", "县乡两级"): the divisions of those levels, none named."""
    return len(name) >= 2 and len(set(name)) == len(name) and all(ch in _LEVEL_CHARS for ch in name)


def _levels_organ(name: str, spec) -> bool:
    """Two or more levels' characters, then an organ (县区委, 市县政府): every one's organ, none named."""
    i = 0
    while i < len(name) and name[i] in _PLAIN_LEVELS:
        i += 1
    return i >= 2 and len(set(name[:i])) == i and name[i:] in spec.level_organs


# The levels written together before their organs (县区委, 市县政府); 州 and 旗 end names (福州|市委).
_PLAIN_LEVELS = frozenset("省市县区")
# ... and with one of them in brackets, right before the organ's level: "县(市)|区政府", "县（市、区）|区委"
_BRACKETED_LEVELS = re.compile("[省市县区][（(][省市县区、]+[）)]$")
# ... and with the levels below them, written together as a place word (区镇, 县乡)
_LEVEL_CHARS = _PLAIN_LEVELS | frozenset("镇乡村")


@lru_cache(maxsize=4)
def _determiner_starts(determiners: frozenset[str]) -> frozenset[str]:
    return frozenset(d[:1] for d in determiners)


@lru_cache(maxsize=65536)
def _any_division(name: str, spec) -> bool:
    """A determiner before a kind of division, with or without a generic office: 各乡镇, 各县区, 各乡镇党委.

    jieba writes 各乡镇 and 各县区 as one place word; they name every town or county, no one.
    """
    if name[:1] not in _determiner_starts(spec.determiners):
        return False
    for d in spec.determiners:
        if name.startswith(d) and len(name) > len(d):
            rest = name[len(d):]
            if rest in spec.generic and rest.endswith(tuple(spec.division_nouns)):
                return True
            # (a kind may take two characters: 各街道, 各社区, each as the one-character kinds are)
            i = 0
            while i < len(rest):
                kind = max((n for n in spec.division_nouns if rest.startswith(n, i)), key=len, default="")
                if not kind:
                    break
                i += len(kind)
            if i and (i == len(rest) or rest[i:] in spec.generic):
                return True
    return False


@Language.factory(
    "kg_entity_rules",
    assigns=["doc.ents", "doc.spans", "token.ent_type", "token.ent_iob"],
    default_config={},
)
def make_entity_rules(nlp: Language, name: str) -> "EntityRules":
    """The rule-based entity finder, with the package's rules and lexicon.

    User lexicons come in through ``initialize`` (the pipeline config's
    ``[initialize.components.kg_entity_rules] lexicons``, as
    :func:`kg.load_pipeline` writes it) or :meth:`EntityRules.add_lexicon`.
    """
    return EntityRules(nlp, name)


# Per-word results a component keeps (each a pure function of the word and the component's rules).
_WORD_CACHE = 200_000
# The bits of a word's fact (EntityRules._word_fact): the tests of _resplit it may meet, and whether the
# suffix rule acts on it.
_RESPLIT_BITS = 15
_SUFFIX_POSITION = 16

# An item of a list of people's names, 3 characters from a list's mark to the next, not ending
# like a division, right before an item (its 、 after it) or right after one.
_ITEM = r"[^、，,：:。；;等\s]{2}[^、，,：:。；;等\s村镇乡县区市州省街]"
_ITEM_BEFORE = re.compile(rf"(?:^|[、，,：:])({_ITEM})、$")
_ITEM_AFTER = re.compile(rf"、({_ITEM})(?:[、等，,。]|$)")


def _among_people(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is an item of a list of people's names: 郑文红、钱福安等.

    It is marked off by 、 on one side at least (等 or a clause mark on the other), and
    an item next to it is a name of 3 characters that opens with a surname too and
    does not end like a division (王家村).
    """
    before, after = text[:start], text[end:]
    if not (before.endswith("、") or after.startswith("、")):
        return False
    if not (before.endswith(("、", "：", ":", "，", ",")) or not before) or not after.startswith(("、", "等", "，", ",", "。")):
        return False
    near = (_ITEM_BEFORE.search(before[-8:]), _ITEM_AFTER.match(after))
    return any(m is not None and m.group(1)[0] in surnames for m in near)


class EntityRules:
    """Rule-based entity finder; see the module docstring.

    Its state is a rule spec, the agency abbreviations and the lexicon
    entries; ``to_disk`` writes all three, so a saved pipeline finds the same
    names without the files it was built from. The division gazetteer comes
    from the ``jionlp`` package and is not copied.
    """

    def __init__(self, nlp: Language, name: str = "kg_entity_rules", *, spec: EntityRuleSpec | None = None,
                 abbreviation_table: Mapping[str, str] | None = None, entries: Iterable[Entry] | None = None):
        self.name = name
        self.nlp = nlp
        self._segmenter: JiebaTokenizer | None = None
        self._configure(spec or entity_rule_spec(), abbreviation_table or abbreviations(),
                        package_lexicon() if entries is None else entries)

    def _configure(self, spec: EntityRuleSpec, abbreviation_table: Mapping[str, str], entries: Iterable[Entry]) -> None:
        self.rules = spec
        # (a pattern that matches nothing where the spec has no rates)
        self._rate_word = re.compile(spec.rate_re or r"(?!)")
        self.abbreviations = dict(abbreviation_table)
        # Offices' own names, short and full: one beginning with a level character (乡村振兴局) names no level.
        self.office_names = frozenset(self.abbreviations) | frozenset(self.abbreviations.values())
        self.entries: list[Entry] = []
        self.phrases = dict(_base_table(spec, tuple(self.abbreviations.items())))
        self.prefixes = _prefixes(spec, tuple(self.abbreviations.items()))
        # The automaton that finds every known name, and their (label, rule): made at the first sentence.
        self._name_finder: tuple[ahocorasick_rs.AhoCorasick | None, list[tuple[str, str]]] | None = None
        suffix_by_end: dict[str, list[tuple[str, str, str]]] = {}
        for suf, label, strength in spec.suffixes:
            suffix_by_end.setdefault(suf[-1], []).append((suf, label, strength))
        self.suffix_by_end = suffix_by_end
        # What a legal form written as several words may end in (合伙|企业, 股份|经济|合作社).
        self._strong_tails = frozenset(s[i:] for s in spec.company_strong for i in range(len(s)))
        # And what an association's suffix jieba writes as two words may end in (工业|会).
        self._split_body_tails = frozenset(s[i:] for s in spec.split_body_suffixes for i in range(1, len(s)))
        # What _resplit and the suffix rule may do with each word (see _word_fact), decided once per word
        # for both: one look-up of a sentence's words serves the two steps.
        self._word_facts: dict[str, int] = {}
        # The suffixes each word at a suffix position ends in, decided once per word.
        self._suffix_options: dict[str, tuple[tuple[str, str, str], ...]] = {}
        # Whether a word makes the office or the place after it every one's (各|镇政府, 各乡镇), per word.
        self._every_words: dict[str, bool] = {}
        self._glue_ends = spec.project_joiners - spec.item_joiners | {"等"}
        # the verbs of a capacity's period-and-verb words (年产: 产), which a sentence must hold for
        # a brand's character read into a date to be given back
        self._rate_verbs = frozenset(w[1:] for w in spec.period_rate_words)
        # The words before a place that say something is done there (在, 落户): one set, not a union per sentence
        self._site_words = spec.site_preps | spec.settle_verbs | spec.site_partners
        # Whether a sentence holds any of a list's words, as one search each: the rules ask a dozen of
        # these of every sentence, and a generator's step for each word cost more than the searches.
        self._has_pair_dash = _finds_any(spec.pair_dashes)
        self._has_works_legal_form = _finds_any(spec.works_legal_forms)
        self._has_head_invest_verb = _finds_any(spec.head_invest_verbs)
        self._has_capacity_line_head = _finds_any(spec.capacity_line_heads)
        self._has_period_rate_word = _finds_any(spec.period_rate_words)
        self._has_field_head = _finds_any(spec.field_heads)
        self._has_anonymous_mark = _finds_any(spec.anonymous_marks)
        self._has_branch_body_end = _finds_any(spec.branch_body_ends)
        self._has_category_lead = _finds_any(spec.category_leads)
        self._has_programme_lead = _finds_any(spec.programme_leads)
        self._has_body_opener = _finds_any(spec.body_openers)
        self._has_frame_char = _finds_any(spec.frame_chars)
        self._title_ends = tuple(spec.person_titles)
        # The characters of a division's level (县, 镇): a title that opens with one may be a place's end
        self._level_chars = frozenset(spec.office_divisions) | {n for n in spec.division_nouns if len(n) == 1}
        # ... and the characters jieba's guess glues to one before a village's name ("某|镇以|某村为中心")
        self._level_glue_chars = spec.function_chars | spec.level_glue_chars
        # Per-spec forms of sets the left scan of _extend_left tests at each word: membership in a set,
        # not a scan of a tuple, and the tuples str.endswith takes, not made anew at each call.
        self._lead_words = frozenset(spec.lead_words)
        self._home_words = spec.home_city | spec.home_pref | spec.home_county
        self._stop_words = spec.boundary
        self._project_stop_words = spec.boundary | spec.project_stop
        # (the clause's phrases of three or more characters, which jieba may cut into single characters and
        # glue the last ones to the name after them: "做大做|强某某机床")
        self._long_stops = tuple(sorted(w for w in spec.boundary if len(w) >= 3))
        self._has_long_stop = _finds_any(self._long_stops)
        # (a place is a person's name only after a title or in a list; a college only in a text with its head)
        self._has_person_title = _finds_any(spec.person_title_ends)
        self._has_college_head = _finds_any(spec.college_heads)
        self._council_ends = sorted({e for s in spec.agency_suffixes if s.endswith("会") for e in (s, s[-2:])})
        self._project_stop_ends = tuple(sorted(spec.project_stop))
        self._long_agency_ends = tuple(sorted(spec.long_agency))
        self._division_noun_ends = tuple(sorted(spec.division_nouns))
        self._local_division_ends = tuple(sorted(spec.local_divisions))
        self._industry_trailer_starts = tuple(sorted(spec.industry_trailers))
        self._item_joiner_ends = tuple(sorted(spec.item_joiners))
        self._paired_end_routes = tuple(sorted(spec.paired_end_routes))
        self._admin_words = tuple(sorted(spec.admin))
        # (a word's first character against the suffixes: a set, not a scan of the tuple of 50)
        self._agency_suffix_set = frozenset(spec.agency_suffixes)
        self._glue_cuts: dict[str, int] = {}
        self._chamber_ends = tuple(suf for suf, label, strength in spec.suffixes
                                   if label == "AGENCY" and strength == "strong" and suf.endswith(_BODY_ENDS))
        # Two-character strong place suffixes that jieba may join to the next noun (社区卫生).
        self.place_heads = frozenset(suf for suf, label, strength in spec.suffixes
                                     if label == "PLACE" and strength == "strong" and len(suf) == 2)
        self.project_ends = tuple(suf for suf, label, _ in spec.suffixes if label == "PROJECT")
        # What heads an item of a clause's list of projects: a project's suffix, or a facility's head word
        # of two characters and more (风电场, 水库; one character, 湖 or 城, may end a place's name)
        self._listed_heads = self.project_ends + tuple(h for h in spec.facility if len(h) >= 2)
        # A stated output's list of goods, each after its own amount or none, up to a list's mark:
        # "年产10万吨甲醇、5万吨合成氨及配套设施" (see _capacity_lists); never past 等, which closes a list of
        # projects ("年产…饲料、…有机肥等项目" are two)
        count, goods = "[0-9０-９.]+[十百千万亿]*(?:{})".format("|".join(map(re.escape, spec.units))), "[^、，,。；;：:\\s（）()“”等]{1,15}?"
        self._capacity_list_re = re.compile("(?:{}){c}{g}(?:、(?:{c})?{g})*$".format(
            "|".join(map(re.escape, spec.period_rate_words)), c=count, g=goods)) if spec.period_rate_words else None
        self._firm_kind_ends = tuple(sorted(spec.firm_kind_words))
        self.place_strong_ends = tuple(suf for suf, label, strength in spec.suffixes
                                       if label == "PLACE" and strength == "strong")
        self._fields_after = fields_after(spec)
        # Cities' short aliases, the ones jieba reads as ordinary words too (包头, 开封, 保定 are verbs
        # to it): only where a zone is named after its city are they taken (see _extend_left). Districts
        # and counties named like words (解放区, 比如县, 延长县) are left out.
        self.city_aliases = frozenset(a for a, full in load_gazetteer().aliases.items()
                                      if len(a) >= 2 and full.endswith("市") and a not in spec.generic
                                      and a not in spec.ordinary_aliases)
        # Any division's short alias, which a list with a known place next to it makes the division
        # (田阳、平果、那坡等县), except the regions named like one (城关, 江南).
        gaz = load_gazetteer()
        # prefectures' aliases jieba reads as nouns or names (宝鸡, 桂林): places only where no name goes on
        self.loose_aliases = frozenset(a for a in gaz.aliases if _prefecture_alias(a, gaz) and not safe_alias(a))
        self.listed_aliases = frozenset(a for a in load_gazetteer().aliases if len(a) >= 2 and a not in spec.generic
                                        and a not in spec.ordinary_aliases and a not in spec.region_names)
        # Divisions' full names (南漳县, 利川市, 房县): the 委 jieba leaves after one is its party committee.
        self.gazetteer = load_gazetteer()
        # The one-character names of states an army is named by (美军, 苏军): the countries' short names and the
        # former states'
        self._army_states = army_states(spec, self.gazetteer.countries)
        self.division_names = self.gazetteer.places.keys() | self.gazetteer.former  # (and 海门市, now 海门区)
        # The levels a division's name ends with, written as one character (镇, 县): where jieba may have read
        # the name's first character apart
        self._division_name_ends = frozenset(n for n in spec.division_nouns if len(n) == 1) | set(spec.untaught_division_ends)
        self.status_re = re.compile("|".join(map(re.escape, spec.status)))
        # The characters a lone short name can be: most sentences hold none, and are passed over at once.
        lone = sorted(set(spec.travel_places) | (set(spec.one_character_places) - set(spec.paired_short_names)))
        pair_chars = "".join(map(re.escape, sorted(set(spec.one_character_places) | set(spec.paired_short_names))))
        self._pair_re = re.compile(f"[{pair_chars}](?:、?[{pair_chars}])+(?:" + "|".join(map(re.escape, spec.pair_words)) + ")"
                                   if pair_chars and spec.pair_words else "(?!)")
        # What a lone short name needs around it, for a test of the whole sentence first.
        self._lone_context_re = re.compile("|".join(
            ([f"(?:{'|'.join(map(re.escape, sorted(spec.travel_words)))})[{''.join(map(re.escape, sorted(spec.travel_places)))}]"]
             if spec.travel_words and spec.travel_places else [])
            + ([f"[{''.join(map(re.escape, sorted(spec.one_character_places)))}](?:{'|'.join(map(re.escape, spec.side_words))})"]
               if spec.one_character_places and spec.side_words else [])) or "(?!)")
        self._travel_len = max(map(len, spec.travel_words), default=0)
        # longest first, then by character: the word read before a short name never depends on set order
        self._travel_words = tuple(sorted(spec.travel_words, key=lambda w: (-len(w), w)))
        self._lone_re = re.compile("[" + "".join(map(re.escape, lone)) + "]" if lone else "(?!)")
        # "中铁十九局", "中国水电四局", "中国水利水电第十一工程局", "五矿二十三冶": a group's short name, a number,
        # then its kind of unit
        self._bureau_re = re.compile("(?:" + "|".join(map(re.escape, spec.bureau_companies)) + ")第?[0-9一二三四五六七八九十]{1,3}(?:"
                                     + "|".join(map(re.escape, spec.bureau_fields)) + ")?(?:"
                                     + "|".join(map(re.escape, spec.bureau_units)) + ")") \
            if spec.bureau_companies else None
        # "中国电建成都院", "中国能建集团西北院": a group's short name, a region, then 院
        self._institute_re = re.compile("(?:" + "|".join(map(re.escape, spec.institute_companies))
                                        + ")(?:集团)?([\u4e00-\u9fff]{2,3}?)院(?![士长])") \
            if spec.institute_companies else None
        # The rest of a numbered unit's legal name, which the suffix rule's scan does not reach past the
        # number: "…二十三冶|建设集团有限公司", "…二十三冶|建设集团第四工程有限公司"
        self._bureau_tail_re = re.compile("(?:集团|工程|第?[一二三四五六七八九十0-9]{1,3}|"
                                          + "|".join(map(re.escape, sorted(spec.business_verbs, key=len, reverse=True)))
                                          + ")*(?:" + "|".join(map(re.escape, derivation_spec().legal_suffixes)) + ")")
        # "“静观田园”综合体项目": a quoted name, a facility's head, then 项目 (the quotes are the name's);
        # so with the kind of facility between ("“青山绿谷”文旅综合体项目")
        self._quoted_facility_re = re.compile(r"[“\"「『]([^”\"」』\n，。、；]{2,12})[”\"」』]([\u4e00-\u9fff]{0,12}?)(?:"
                                              + "|".join(map(re.escape, sorted(spec.facility, key=len, reverse=True)))
                                              + ")项目") if spec.facility else None
        # "某某矿业股份有限公司（以下简称“某某矿业”）": the short name a text declares for the name before it
        self._declared_re = re.compile(r"[（(]\s*(?:" + "|".join(map(re.escape, sorted(spec.short_name_marks, key=len, reverse=True)))
                                       + r")\s*[:：]?\s*[“\"「『]?([^”\"」』（()）\s，,。；、]{2,20}?)[”\"」』]?\s*[）)]") \
            if spec.short_name_marks else None
        self.home_re = re.compile("|".join(map(re.escape, sorted(spec.home_city | spec.home_pref | spec.home_county
                                                                  | spec.project_refs | spec.company_refs,
                                                                  key=lambda w: (-len(w), w)))))
        self.add_lexicon(entries)
        for tok in self._tokenizers():
            self._prepare(tok)

    def _prepare(self, tok: JiebaTokenizer) -> None:
        """The rules' words and seams in a segmenter: the pipeline's tokenizer, or the one built for a doc
        another tokenizer made (_jieba_view)."""
        # The enumeration rules need the seam between 等 and its head noun ("等"+"项目").
        tok.keep_apart(("等", head) for head in self.rules.enum_heads)
        tok.keep_apart(self.rules.office_title_seams)
        tok.split_leading(self.rules.glued_joiners)
        tok.split_marked(self.rules.marked_glued_joiners)
        tok.split_leading(self.rules.glued_adverbs)
        tok.split_trailing(self.rules.glued_adverbs)
        # jieba holds a chamber with its head's title as one word (商会会长, 协会会长): the body's name needs
        # its end as a seam ("上海市湖北商会|会长|某某")
        tok.keep_apart((h, t) for h in self._council_ends for t in self.rules.person_titles if tok.seg.has_word(h + t))
        tok.split_inner(self.rules.glued_route_joiners, self.rules.route_sections)
        tok.keep_whole(self.rules.rate_re)
        # Zone words jieba does not know fall apart in its guesses ("我县|经|开区").
        tok.add_words((z, "n") for z in self.rules.zone_words if not tok.seg.has_word(z))
        # ... and so do an association's kinds ("工贸|协会", "贸易|协会"): the trade then ends a firm's name
        tok.add_words((a, "n") for a in self.rules.agency_suffixes
                      if len(a) > 2 and a.endswith(self.rules.branched_bodies) and not tok.seg.has_word(a))
        # ... and so do the verbs of aiding a region ("四川|援|藏|干部"), whose one-character
        # region then reads as a place of its own.
        tok.add_words((w, "v") for w in self.rules.aid_words)
        tok.add_words((w, "v") for w in self.rules.policy_verbs if not tok.seg.has_word(w))
        tok.add_words((w, "n") for w in self.rules.trade_terms if not tok.seg.has_word(w))
        tok.add_words((w, "r") for w in self.rules.own_division_words if not tok.seg.has_word(w))
        tok.add_words((w, "x") for w in self.rules.road_extension_words if not tok.seg.has_word(w))
        tok.add_words((w, "f") for w in self.rules.riverside_words if not tok.seg.has_word(w))
        tok.add_words((w, "n") for w in self.rules.market_boards if not tok.seg.has_word(w))
        tok.add_words((w, "n") for w in self.rules.building_words if not tok.seg.has_word(w))
        tok.add_words((w, "n") for w in self.rules.part_project_words if not tok.seg.has_word(w))
        tok.add_words((w, "n") for w in self.rules.place_epithets)
        # (and a count's classifier glued to their first character, 个子 "one's height", is no word there)
        tok.keep_apart({(c, w[0]) for w in self.rules.part_project_words for c in self.rules.count_classifiers
                        if len(c) == 1})
        tok.add_words((w, "nt") for w in self.rules.short_groups if not tok.seg.has_word(w))
        # ... and an office's short form jieba cuts before its last character ("县委|网信|办"): whole, it
        # is a suffix's word the name before it extends to
        tok.add_words((w, "nt") for w in self.rules.office_short_words if not tok.seg.has_word(w))
        tok.add_words((w, "nt") for w in self.rules.park_committees if not tok.seg.has_word(w))
        # ... and so do the divisions its dictionary lacks ("第三师|图木|舒克市", "察哈尔|右翼|中旗"):
        # a division's full name from the gazetteer is one word.
        tok.add_words((n, "ns") for n in self._unknown_divisions(tok))
        # ... and an autonomous county by its short name and 县 or 旗, as its papers write it, where jieba
        # reads the short name as a person's or an ordinary word (孟村|县, 互助县/n, 石柱县/nr)
        tok.add_words((n, "ns") for n in self._short_county_forms(tok))
        # ... and a region's liaison office in another (驻沪办, 驻粤办; jieba knows only 驻京办), whose
        # one-character place is the office's, no place mentioned
        tok.add_words(("驻" + c + "办", "nt") for c in (*self.rules.one_character_places, *self.rules.liaison_city_chars)
                      if not tok.seg.has_word("驻" + c + "办"))
        # ... and a kind of investor said before a firm's name (台企, 央企): jieba's guess glues its last
        # character to the name ("台|企柏兆"), where the trim of a firm's leading kind words cannot reach it
        tok.add_words((w, "n") for w in self.rules.investor_kinds if not tok.seg.has_word(w))

    def _unknown_divisions(self, tok: JiebaTokenizer) -> list[str]:
        """Full names of divisions above town level, of four characters or more, that jieba does not know;
        not zones (their names are built from a city and a zone word, which the rules join)."""
        return sorted(n for n, p in self.gazetteer.places.items()
                      if p.level != "town" and len(n) >= 4 and not tok.seg.has_word(n)
                      and n.endswith(tuple(self.rules.division_nouns) + ("旗", "州", "盟"))
                      and not any(z in n for z in self.rules.zone_words))

    def _short_county_forms(self, tok: JiebaTokenizer) -> list[str]:
        """A county's short name with its last character (围场县 for 围场满族蒙古族自治县, 鄂温克旗), where
        that is not its full name and jieba has it as no place."""
        gaz = self.gazetteer
        forms = set()
        for alias, full in gaz.aliases.items():
            place = gaz.places.get(full)
            if place is None or place.level != "county" or full[-1] not in "县旗":
                continue
            if alias[-1] in "县旗" and alias not in gaz.places and tok.tags.get(alias) != "ns":
                # a short name that holds its level already (托县, 和林县, 土左旗), which jieba glues to the
                # word before it (健康谷|托县 read as 谷托县) or cuts at a county it knows (和|林县)
                forms.add(alias)
            if alias[-1] in "县市区旗":
                continue
            form = alias + full[-1]
            if form not in gaz.places and tok.tags.get(form) != "ns":
                forms.add(form)
        return sorted(forms)

    def _tokenizers(self) -> list[JiebaTokenizer]:
        out = [self.nlp.tokenizer] if isinstance(self.nlp.tokenizer, JiebaTokenizer) else []
        if self._segmenter is not None:
            out.append(self._segmenter)
        return out

    def add_lexicon(self, entries: Iterable[Entry]) -> None:
        """Add known names: found wherever they appear, and kept whole by the segmenter."""
        entries = list(entries)
        self.entries.extend(entries)
        self._word_facts.clear()  # (a lexicon name is a known place to placed_body)
        self._suffix_options.clear()
        self._every_words.clear()
        added = set()
        for entry in entries:
            for name in (entry.name, *entry.aliases):
                self.phrases[name] = (entry.label, "lexicon")
                added.add(name)
        if added:
            # (A copy of every prefix of every known name: not made for no name, as a pipeline without
            # the user's lexicons adds at its initialisation.)
            self.prefixes = self.prefixes | {name[:k] for name in added for k in range(1, len(name) + 1)}
            self._name_finder = None
        words = [(name, LEXICON_TAGS[e.label]) for e in entries for name in (e.name, *e.aliases)]
        for tok in self._tokenizers():
            tok.add_words(words)

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lexicons: Iterable[str] = ()) -> None:
        """Read the user's lexicon files (JSONL; see :mod:`kg.lexicon`)."""
        self.add_lexicon(load_lexicons(lexicons, include_package=False))

    # -- serialisation -------------------------------------------------------
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / RULES_FILE, self.rules.to_dict())
        srsly.write_json(path / ABBREVIATIONS_FILE, self.abbreviations)
        srsly.write_jsonl(path / LEXICON_FILE, [e.as_dict() for e in self.entries])

    def from_disk(self, path, *, exclude=tuple()) -> "EntityRules":
        path = Path(path)
        self._configure(EntityRuleSpec.from_dict(srsly.read_json(path / RULES_FILE)),
                        srsly.read_json(path / ABBREVIATIONS_FILE),
                        [Entry.from_dict(r) for r in srsly.read_jsonl(path / LEXICON_FILE)])
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"rules": self.rules.to_dict(), "abbreviations": self.abbreviations,
                                    "lexicon": [e.as_dict() for e in self.entries]})

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "EntityRules":
        state = srsly.msgpack_loads(data)
        self._configure(EntityRuleSpec.from_dict(state["rules"]), state["abbreviations"],
                        [Entry.from_dict(r) for r in state["lexicon"]])
        return self

    def _jieba_view(self, doc: Doc) -> tuple[list[str], list[str], list[int], str, bool]:
        """jieba's words, tags and offsets of the doc's text.

        A doc from our tokenizer carries them; any other tokenizer (the
        character tokenizer of ``spacy.blank("zh")``) gives no parts of speech,
        so the text is segmented here, with the same dictionary and lexicon.
        The last value says whether the words are the doc's own tokens.
        """
        cached = doc.user_data.pop(TOKENS_KEY, None)
        if cached is not None and len(cached[0]) == len(doc):
            return (*cached, True)
        if isinstance(self.nlp.tokenizer, JiebaTokenizer) or (len(doc) and all(t.tag_ for t in doc)):
            return [t.text for t in doc], [t.tag_ for t in doc], [t.idx for t in doc], doc_text(doc), True
        if self._segmenter is None:
            self._segmenter = JiebaTokenizer(doc.vocab)
            self._segmenter.add_words((name, LEXICON_TAGS[e.label]) for e in self.entries
                                      for name in (e.name, *e.aliases))
            self._prepare(self._segmenter)
        text = doc_text(doc)
        words, _, offs, tags = self._segmenter.segment(text)
        return words, tags, offs, text, False

    def __call__(self, doc: Doc) -> Doc:
        own_words, own_tags, own_offs, text, own = self._jieba_view(doc)
        words, tags, offs = self._resplit(own_words, own_tags, own_offs)
        words, tags, offs = self._joined_divisions(words, tags, offs, text)
        if self.rules.paired_regions and self._has_pair_dash(text):
            words, tags, offs = self._paired_regions(words, tags, offs)
        if self.rules.conjoined_divisions.intersection(words):
            words, tags, offs = self._conjoined_divisions(words, tags, offs)
        if "(" in text or "（" in text:
            words, tags, offs = self._bracketed_places(words, tags, offs)
        words, tags, offs = self._facility_nouns(words, tags, offs)
        if "里" in text and self.rules.li_place_heads:
            words, tags, offs = self._li_places(words, tags, offs)
        if self._rate_verbs.intersection(words):
            words, tags, offs = self._brand_rates(words, tags, offs)
        if "日" in words:
            tags = self._brand_days(words, tags, offs)
        if not self.rules.office_sides.isdisjoint(words):
            tags = self._office_sides(words, tags, offs)
        cands: list[Candidate] = []
        # No known name starts at a conjunction jieba writes alone: 县财政局|和|县审计局 names no 和县.
        joiners = {o for w, t, o in zip(words, tags, offs) if t == "c" and w in self.rules.item_joiners} \
            if "c" in tags else ()
        starts = ([o for o in offs if o not in joiners] if joiners else offs) + self._glued_levels(words, tags, offs)
        cands += self._phrase_matches(text, offs, starts)
        cands += self._suffix_matches(words, tags, offs)
        cands += self._placed_offices(cands, words, tags, offs, text)
        if self.rules.meeting_words and "会" in text:
            # "推进|会宁(ns)|东|分会场": jieba reads a meeting's 会 into the place the next words start (会宁);
            # the meeting ends there, and the place named after it is no county's
            cands = [c for c in cands if not (c.label == "PLACE" and text.startswith("会", c.start)
                                              and text.endswith(self.rules.meeting_words, 0, c.start + 1))]
        if self.rules.placed_only_offices:
            # "改为|行政服务中心": the kind of hall, named by no level or place, is no office
            cands = [c for c in cands if c.label != "AGENCY" or text[c.start:c.end] not in self.rules.placed_only_offices]
        if self.rules.office_field_joiners.intersection(words):
            cands += self._field_joined_offices(cands, words, offs)
        cands += self._grassroots_offices(cands, words, tags, offs, text)
        cands += self._joined_offices(cands, words, tags, offs, text)
        cands += self._departments(cands, words, tags, offs, text)
        cands += self._enumerations(text, words, tags, offs)
        cands += self._quoted(text)
        if "“" in text or "「" in text:
            cands += self._quoted_owners(words, tags, offs, cands)
        if "日" in text:
            cands += self._dateline_places(text)
        if "(" in text or "（" in text:
            cands += self._listed_codes(text, words, tags, offs)
        if self._declared_re is not None and ("(" in text or "（" in text):
            cands += self._declared_short_names(text, cands)
        cands += self._paired_short_names(text, words, offs, cands)
        cands += self._lone_short_names(text, words, offs, cands)
        if self._army_states and "军" in text:
            cands += self._country_armies(text, words, offs)
        cands += self._listed_aliases(words, tags, offs)
        cands += self._sited_aliases(words, tags, offs)
        cands += self._places_in_countries(words, tags, offs, cands)
        cands += self._divisions_after_parents(words, tags, offs)
        cands += self._numbered_bureaus(text, cands)
        if "院" in text:
            cands += self._group_institutes(text) + self._bare_institutes(words, tags, offs)
        if "届" in text:
            cands += self._session_bodies(text, words, tags, offs)
        if "家（" in text or "家(" in text:
            cands += self._counted_firms(text, words, tags, offs)
        cands += self._invested_works(words, tags, offs, cands)
        if "投资" in text:
            cands += self._invested_facilities(words, tags, offs, cands)
        cands += self._projects_after_companies(cands)
        if not cands:
            # (most sentences: every step after this one drops, moves or adds to the candidates there are)
            return self._set_entities(doc, cands, text, offs, own, own_offs, own_words)
        if self._has_works_legal_form(text):
            # "某区|某市某某生物工程|有限公司": the works word is the firm's trade, and the legal name, which
            # starts after the district, is the name there, no project cut before its legal form
            cands = [c for c in cands if not (c.label == "PROJECT" and c.rule.startswith("suffix:")
                                              and text.startswith(self.rules.works_legal_forms, c.end)
                                              and any(x.label == "COMPANY" and x.start < c.end < x.end for x in cands))]
        if "行" in text:
            cands += self._office_bank_branches(cands, text)
        if self._has_head_invest_verb(text):
            cands = self._after_firm_verb(cands, text)
        if self._has_capacity_line_head(text):
            cands += self._capacity_lines(words, tags, offs, cands)
        if "、" in text and self._capacity_list_re is not None and self._has_period_rate_word(text):
            cands = self._capacity_lists(cands, text)
        cands += self._territory_places(cands, words, offs)
        cands += self._city_zones_named_elsewhere(cands, text)
        cands += self._villages_after_towns(cands, words, tags, offs, text)
        if any(c.label == "PLACE" and c.rule.startswith("suffix:") for c in cands):
            cands = self._glued_divisions(cands, text)
        cands = self._autonomous_led(cands, text)
        if "等" in text and self._has_field_head(text):
            # "涉及…、文创医药等领域": an item of a list of fields is a trade, no firm of a trade's name
            # (and so is one a list's predicate or head typed: "来自金融服务、智慧出行、生命健康等领域的10个项目
            # 集中签约" names the fields the projects are in)
            cands = [c for c in cands if not (((c.label == "COMPANY" and c.rule.startswith("suffix:")
                                                and not text[c.start:c.end].endswith(self.rules.company_strong))
                                               or (c.label in ("COMPANY", "PROJECT")
                                                   and c.rule in ("status-clause", "enumeration")))
                                              and self._fields_after.match(text, c.end))]
        if ")" in text or "）" in text:
            # "各县(市)区政府", "县（市）区委": the levels written with one in brackets, then the organ of every
            # one of them, no one body (as 县市区政府 is)
            cands = [c for c in cands if not (c.label == "AGENCY" and text[c.start:c.start + 1] in _PLAIN_LEVELS
                                              and _BRACKETED_LEVELS.search(text, max(0, c.start - 8), c.start))]
        cands = [self._committee_of(text, c) for c in cands]
        if self._has_long_stop(text):
            cands = [self._after_split_stop(text, c) for c in cands]
        if "会长" in text and self.rules.title_glued_bodies:
            cands = [self._body_before_title(text, c) for c in cands]
        if "委员会" in text or "管委会" in text:
            cands = [c for c in cands if not (c.label == "AGENCY" and kind_zone_committee(text, c.start, c.end, self.rules))]
        if self.rules.firm_committees and any(c.label == "AGENCY" and text[c.start:c.end] in self.rules.firm_committees
                                              for c in cands):
            cands = [c for c in cands if not self._firm_committee(text, c, words, tags, offs)]
        if "《" in text:
            cands = [c for c in cands if not in_paper_title(text, c.start, c.end)]
        cands = [c for c in cands if not (c.label == "AGENCY" and (names_system(text, c.end)
                                                                   or institution_organ(text[c.start:c.end], self.rules)
                                                                   or firm_department(text[c.start:c.end], self.rules)
                                                                   or self._firm_organ_post(text, c)
                                                                   or (c.rule.startswith("suffix:")
                                                                       and document_code(text, c.start, c.end))
                                                                   or self._counted_levels(text, c.start, c.end)
                                                                   or self._office_plural(text, c.end, words, offs)))]
        # Tests that hold for no place of a sentence without their marks are asked once for the sentence.
        titled = self._has_person_title(text)
        listed = "、" in text
        colleges = self._has_college_head(text)
        goals = listed and "的" in text and not _OPEN_QUOTES.isdisjoint(text)
        people = titled or listed
        cands = [c for c in cands if not (c.label == "PLACE" and ((people and self._person_after_title(text, c, titled))
                                                                   or self._alias_in_name(text, c, words, tags, offs)
                                                                   or self._joined_after_person(c, words, tags, offs)
                                                                   or begins_outlet(text, c.end)
                                                                   or self._slogan(text, c, words, tags, offs)
                                                                   or campaign_pair(text, c.start, c.end, self.rules)
                                                                   or self._campaign_after_level(text, c, offs)
                                                                   or self._alias_under_county(c, words, offs)
                                                                   or self._cluster_initials(text, c)
                                                                   or listed_person(text, c.start, c.end, self.rules)
                                                                   or counted_people(text, c.start, c.end, self.rules)
                                                                   or (signed_name(text, c.start, c.end)
                                                                       and self.gazetteer.written(text[c.start:c.end]) is None)
                                                                   # "金东乡|贤": the level opens the next word (乡贤)
                                                                   or text[c.end - 1:c.end + 1] in self.rules.level_words
                                                                   or qualifies_noun(text, c.start, c.end, self.rules)
                                                                   # "长安|4S店": a car brand's dealer
                                                                   or text.startswith(self.rules.brand_outlets, c.end)
                                                                   # "人民医院新区|分院": an institution's branch
                                                                   or self._institution_branch(text, c)
                                                                   or (colleges and self._college_named_for(c, words, tags, offs))
                                                                   or inside_idiom(text, c.start, c.end, self.rules)
                                                                   # "中国|式|现代化": a manner named for the place
                                                                   or text.startswith(self.rules.manner_marks, c.end)
                                                                   or quoted_nickname(text, c.start, c.end, self.rules)
                                                                   or (goals and quoted_goal(text, c.start, c.end, self.rules))
                                                                   or bearing(text, c.start, c.end, self.rules)
                                                                   or ranking_scope(text, c.end, self.rules)))]
        cands = [c for c in cands if not (c.label == "COMPANY" and c.end - c.start <= 2 and self._given_name(text, c))]
        cands = [c for c in cands if not (c.label == "COMPANY" and fair_of_places(text, c.start, c.end, self.rules,
                                                                                  self.gazetteer))]
        if self._has_anonymous_mark(text):
            # "某沪企冷链…项目": a certain firm's work, the firm left unnamed, whichever rule read it (but "某旗|某某镇…
            # 项目", a place written so, opens a name of its own)
            cands = [c for c in cands if not (c.label in ("PROJECT", "COMPANY") and self._anonymous_firm(text, c.start))]
        if "m" in tags:
            cands = self._drop_counted_kinds(cands, words, tags, offs)
        cands = [c for c in cands if not (c.label == "COMPANY" and unnamed_place_firm(text[c.start:c.end], self.rules))]
        cands = [self._firm_after_its_divisions(text, c) for c in cands]
        if self._has_branch_body_end(text):
            cands = self._projects_after_branches(text, cands)
        if "区" in text:
            cands = [self._park_of_section(text, c) for c in cands]
            cands = [self._firm_after_park_section(text, c) for c in cands]
            cands = [self._zone_of_area(text, c) for c in cands]
            cands = [self._zone_after_owner(text, c) for c in cands]
            cands = self._zone_projects_placed(text, cands)
        if self._has_category_lead(text):
            cands = [self._after_category(text, c) for c in cands]
        if self._has_programme_lead(text):
            cands = [self._after_programme(text, c) for c in cands]
        if self._has_body_opener(text):
            cands = [self._after_body_opener(text, c) for c in cands]
        if "为" in text and self._has_frame_char(text):
            cands = [self._after_frame_char(text, c) for c in cands]
        if "网" in text:
            cands = [c for c in cands if not (c.label == "COMPANY" and begins_firm_outlet(text, c.end))]
        if "等" in text:
            # "A、B等|旅游三产项目": the head after 等 is the kind of its items, no project of its own
            # (so after a count: "A、B等|一批|本土企业转型项目")
            cands = [c for c in cands if not (c.label == "PROJECT" and c.rule.startswith("suffix:") and c.start >= 2
                                              and (start := self._after_list_count(text, c.start)) >= 2
                                              and text[start - 1] == "等" and text[start - 2] not in "，。；、,")]
        if not self.rules.firm_kind_words.isdisjoint(words):
            # "既有|实体|企业|转型升级项目": the projects of a kind of firm, none named
            cands = [c for c in cands if not (c.label == "PROJECT" and c.rule.startswith(_LISTED_OR_SUFFIX)
                                              and self._kind_of_firms(c, words, tags, offs))]
        if _ASCII_DIGIT.search(text):
            # "以|党建115工程|为引领": a programme named by its field and a number, no works of its own
            cands = [c for c in cands if not (c.label == "PROJECT" and self._coded_programme(text[c.start:c.end]))]
        if "eng" in tags:
            cands = [self._after_road_code(text, c) for c in cands]
        if not self.rules.superlatives.isdisjoint(words):
            # (and so is a park's kind: "东北最大的|钢管制造工业园" says what the park named before is)
            cands = [c for c in cands if not ((c.label == "PROJECT" or (c.label == "PLACE"
                                                                         and self._zone_word(text[c.start:c.end])))
                                              and c.rule.startswith("suffix:")
                                              and self._after_superlative(c, words, tags, offs))]
        # (the step drops offices and places only, after a word that opens with a determiner's character)
        if any(c.label in ("AGENCY", "PLACE") for c in cands) \
                and not _determiner_starts(self.rules.determiners).isdisjoint(text):
            every_flags = _per_word(self._every_words, words, self._opens_every)
            if any(every_flags):
                # "各区|县政府", "各市|发改委": jieba glued the determiner to the first kind of division, so the
                # office or the place after it is every one's, as 各区县政府 is, no one's
                # (and so is one after a determiner jieba writes alone: "各|镇政府", as the suffix rule reads it)
                every = {o + len(w) for w, o in compress(zip(words, offs), every_flags)}
                every |= self._peer_levels_after(words, offs, every)
                cands = [c for c in cands if not (c.label in ("AGENCY", "PLACE") and c.start in every)]
        return self._set_entities(doc, cands, text, offs, own, own_offs, own_words)

    def _set_entities(self, doc: Doc, cands: list[Candidate], text: str, offs: list[int], own: bool,
                      own_offs: list[int], own_words: list[str]) -> Doc:
        """The doc's entities, chosen from ``cands``, and its home references (doc.spans["kg_refs"])."""
        refs = self._home_refs(text, offs)
        chosen = _select(cands, {(s, e) for s, e, _ in refs})
        spans = [(c.start, c.end) for c in chosen] + [(s, e) for s, e, _ in refs]
        # The doc's own tokens, which a resplit word does not change, are what spans must fit.
        if own:
            _align(doc, spans, own_offs, own_words)
        else:
            _align(doc, spans, [t.idx for t in doc], [t.text for t in doc])
        ents = []
        for c in chosen:
            span = doc.char_span(c.start, c.end, label=c.label)
            if span is not None:
                span._.kg_rule = c.rule
                ents.append(span)
        # The spans as they are: the setter of doc.ents would make each span anew, and the tokens'
        # entity tags do not depend on the spans' order.
        doc.set_ents(ents, default="outside")
        ref_spans = []
        for s, e, kind in refs:
            span = doc.char_span(s, e, label=kind)
            if span is not None:
                ref_spans.append(span)
        doc.spans["kg_refs"] = ref_spans
        return doc

    def _session_bodies(self, text, words, tags, offs) -> list[Candidate]:
        """A division's body named with its session between (某县|第十八届|人民代表大会, 市|第十五届|人大常委会,
        政协某县|第十届|委员会, 中共某县|第十四届|委员会): the division's own body, as every report of a
        congress or a plenary names it; the session is read over (resolve drops it from the name)."""
        r = self.rules
        out: list[Candidate] = []
        index = {o: x for x, o in enumerate(offs)}
        for m in r.session_re.finditer(text):
            k, x = index.get(m.start()), index.get(m.end())
            if not k or x is None or words[x] not in r.session_bodies:
                continue
            division = words[k - 1]
            if not (division in r.office_levels or tags[k - 1] == "ns" or self._known_place(division)):
                continue
            start = offs[k - 1]
            opener = next((o for o in r.body_openers if text.endswith(o, 0, start)), None)
            if opener is not None:
                start -= len(opener)
            elif words[x] == "委员会":
                continue  # (a committee's kind alone, after its division: only the party's and the conference's)
            out.append(Candidate(start, offs[x] + len(words[x]), "AGENCY", "session"))
        return out

    def _after_body_opener(self, text: str, c: Candidate) -> Candidate:
        """A place read on from the party's or the conference's name before it (政协|某县, 中国共产党|某县):
        the division alone."""
        if c.label != "PLACE" or not text.startswith(self.rules.body_openers, c.start):
            return c
        opener = max((o for o in self.rules.body_openers if text.startswith(o, c.start)), key=len)
        rest = text[c.start + len(opener):c.end]
        if self.gazetteer.written(rest) is None and not self._known_place(rest):
            return c
        return replace(c, start=c.start + len(opener))

    def _counted_firms(self, text: str, words, tags, offs) -> list[Candidate]:
        """Firms counted by their kind and named in brackets after the count ("上市企业3家（甲乙、丙丁）"): each
        item a firm's name, of two to eight characters with no digit or Latin letter (an item with its
        product after the name, "某某EPS发泡塑料", is left to the other rules), not a place's, and with a
        word of a name in it (a brand jieba does not know, a place, a known name): "企业5家（主要是食品、
        纺织…）" says what the firms do, and a bracket with 等 or a verb in it is no list of names."""
        out: list[Candidate] = []
        index = {o: x for x, o in enumerate(offs)}
        for m in self.rules.counted_firms_re.finditer(text):
            if "等" in m.group(1):
                continue
            found = []
            at = m.start(1)
            for item in m.group(1).split("、"):
                name = item.strip()
                start = at + item.index(name) if name else at
                at += len(item) + 1
                a, b = index.get(start), index.get(start + len(name)) if start + len(name) < len(text) else len(words)
                if a is None or b is None or not (2 <= len(name) <= 8) \
                        or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name in self.rules.generic \
                        or self.gazetteer.written(name) is not None or _trade(name) \
                        or any(tags[x].startswith(("v", "p", "c", "u", "d", "r")) and tags[x] != "vn"
                               and words[x] not in self.phrases and len(words[x]) == 1 for x in range(a, b)) \
                        or all(self._ordinary_word(words[x], tags[x]) and not tags[x].startswith(("nz", "nt", "j"))
                               for x in range(a, b)):
                    found = []
                    break
                found.append(Candidate(start, start + len(name), "COMPANY", "counted-firms"))
            out += found
        return out

    def _institution_branch(self, text: str, c: Candidate) -> bool:
        """A zone read after an institution's name, right before the word of a branch ("人民医院|新区|分院",
        "实验中学|开发区|校区"): the part of town names the institution's branch, no zone (东湖新区分院 is
        the branch in 东湖新区, which is named)."""
        r = self.rules
        if not text.startswith(r.institution_branches, c.end):
            return False
        name = text[c.start:c.end]
        zone = next((z for z in r.zone_words if name.endswith(z)), None)
        return zone is not None and name[:-len(zone)].endswith(r.institution_heads)

    def _college_named_for(self, c: Candidate, words, tags, offs) -> bool:
        """A place that opens a college's name, read apart by jieba ("湖北|师范大学", "某市|工业|职业技术学院"):
        the school is named for the place, and the school, which is none of the kinds here, signs or is
        visited; the place is not (a school jieba knows whole, 吉林大学, is one word already)."""
        y = bisect_left(offs, c.end)
        if y >= len(offs) or offs[y] != c.end:
            return False
        for k in range(y, min(y + 4, len(words))):
            # (the field's words are common nouns: a city's or a person's name before the head names a school
            # of its own, which the place before it qualifies: "瑞典|斯德哥尔摩大学", "葡萄牙|科英布拉|大学")
            if tags[k] not in ("n", "vn", "nt", "b") or len(words[k]) > 4:
                return False
            if words[k].endswith(self.rules.college_heads):
                return True
        return False

    def _after_frame_char(self, text: str, c: Candidate) -> Candidate:
        """A name a frame's 以 is glued to ("以德百|温泉度假村、…等为代表的", "以华芳(x)|…工业园…为代表"): the
        name after the 以, where the frame closes later in the clause (为代表, 为龙头). A name of its own
        that opens with the character stays (以色列)."""
        if c.end - c.start < 4 or text[c.start] not in self.rules.frame_chars \
                or not self.rules.frame_close_re.match(text, c.end):
            return c
        name = text[c.start:c.end]
        if self.gazetteer.written(name) is not None or name in self.phrases:
            return c
        return replace(c, start=c.start + 1)

    def _office_plural(self, text: str, end: int, words, offs) -> bool:
        """Whether an office ending at ``end`` ends inside a word for offices in general ("跨局|處", "各|處室"):
        the next character is a word of its own (處 alone, not 处理 or 处长)."""
        if text[end - 1:end + 1] not in self.rules.office_plurals:
            return False
        at = bisect_left(offs, end)
        return at < len(offs) and offs[at] == end and text[end - 1] + words[at] in self.rules.office_plurals

    def _firm_committee(self, text: str, c: Candidate, words, tags, offs) -> bool:
        """A bare committee right after a firm's name, or after one field word of it ("…集团|商业|管理委员会"):
        the firm's own board, which a park's short word (管委会) would otherwise make the local government's."""
        r = self.rules
        if c.label != "AGENCY" or text[c.start:c.end] not in r.firm_committees:
            return False
        x = bisect_right(offs, c.start) - 1
        if x < 1 or offs[x] != c.start:
            return False
        if words[x - 1].endswith(r.company_strong):
            return True
        return x >= 2 and tags[x - 1] in ("n", "vn") and len(words[x - 1]) == 2 \
            and offs[x - 2] + len(words[x - 2]) == offs[x - 1] and words[x - 2].endswith(r.company_strong)

    def _opens_every(self, w: str) -> bool:
        """Whether ``w`` is a determiner, or one glued to a kind of division (各乡镇), that makes the office
        or the place after it every one's; decided once per word (see _per_word)."""
        r = self.rules
        return w[:1] in _determiner_starts(r.determiners) and (w in r.determiners or _any_division(w, r)) \
            and not w.startswith(r.back_determiners)

    def _peer_levels_after(self, words, offs, every: set[int]) -> set[int]:
        """Where a determiner's level shares its office with the next item: "各县、区|人民政府", "各市、州|党委".

        After a determiner's level (各县), the next item that opens with a level of the same rank names
        the same kind of body for every division of that level, no one's (各镇、县发改委 may well be the
        towns and the county's own commission: 镇 and 县 are no peers).
        """
        out = set()
        index = {o: x for x, o in enumerate(offs)}
        for p in every:
            x = index.get(p)
            if x is None or x < 1 or x + 1 >= len(words) or words[x] != "、":
                continue
            level = words[x - 1][-1:]
            nxt = words[x + 1][:1]
            if any(level in peers and nxt in peers for peers in self.rules.peer_levels) and level != nxt:
                out.add(offs[x + 1])
        return out

    def _after_split_stop(self, text: str, c: Candidate) -> Candidate:
        """A name that opens with the last characters of a clause's phrase written right before it.

        jieba may cut a phrase it does not know as one word into characters and glue the last of them to
        the name after it ("做|大|做|强沈阳机床", "做强|做|大某某机械"): the phrase (boundary_words) is
        the clause's, and the name starts after it.
        """
        for w in self._long_stops:
            for k in (1, 2):
                lead = c.start - len(w) + k
                if lead >= 0 and c.end - c.start - k >= 2 and text.startswith(w, lead):
                    return replace(c, start=c.start + k)
        return c

    def _committee_of(self, text: str, c: Candidate) -> Candidate:
        """A party committee's name where a candidate office runs on into 政府 right after it: "旗委|政府".

        "县委政府高度重视", "镇党委政府组织…": the committee and the government together, as 县委县政府 is;
        no office is named "县委人民政府". The committee keeps its name; the government is left unnamed.
        """
        r = self.rules
        if c.label != "AGENCY" or not r.committee_government_ends:
            return c
        name = text[c.start:c.end]
        if not name.endswith(r.committee_government_ends):
            return c
        tail = next((t for t in r.committee_government_ends if name.endswith(t)), None)
        if tail is None:
            return c
        body = name[: len(name) - len(tail)]
        if body.endswith(r.committee_ends) and len(body) >= 2 \
                and (body[-2] in r.office_divisions or body.endswith(tuple(e for e in r.committee_ends if len(e) > 1))):
            return Candidate(c.start, c.end - len(tail), c.label, c.rule + ":committee", c.prio)
        return c

    def _body_before_title(self, text: str, c: Candidate) -> Candidate:
        """An association's short name where the candidate runs on into its head's title: "某市台协|会长"."""
        name = text[c.start:c.end]
        if c.label == "AGENCY" and name.endswith("会") and text.startswith("长", c.end) \
                and name[:-1].endswith(self.rules.title_glued_bodies) and len(name) > 3:
            # read as the short name's own suffix (one trusted as the association's), not the glued word's
            end = next(e for e in self.rules.title_glued_bodies if name[:-1].endswith(e))
            return Candidate(c.start, c.end - 1, c.label, "suffix:" + end if c.rule.startswith("suffix:") else c.rule,
                             c.prio)
        return c

    def _facility_nouns(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """The words, with a facility's last character jieba read as a verb joined to the noun before it as
        one noun: "调峰|站(v)|及…项目" is the peak-shaving station, 调峰站; and a facility's word it tags as a
        place right after a name, a noun: "城西|大桥(ns)|工程" is the bridge's project."""
        r = self.rules
        if "f" in tags and not r.locative_read_trades.isdisjoint(words):
            tags = ["n" if t == "f" and 0 < x < len(words) - 1 and words[x] in r.locative_read_trades
                    and tags[x - 1] in NOUN_TAGS and tags[x + 1] in NOUN_TAGS | {"eng"} else t
                    for x, t in enumerate(tags)]
        if "ns" in tags and not r.place_read_facilities.isdisjoint(words):
            tags = ["n" if t == "ns" and x > 0 and words[x] in r.place_read_facilities
                    and offs[x - 1] + len(words[x - 1]) == offs[x] and tags[x - 1] in _PLACE_READ_HEAD_TAGS else t
                    for x, t in enumerate(tags)]
        if "v" not in tags or r.verb_read_facilities.isdisjoint(words):
            return words, tags, offs
        closers = r.project_joiners | r.item_joiners | {"、"}
        glued = {x for x in range(1, len(words) - 1)
                 if tags[x] == "v" and words[x] in r.verb_read_facilities and tags[x - 1] in ("n", "vn", "nz", "x", "j")
                 and offs[x - 1] + len(words[x - 1]) == offs[x]
                 and (words[x + 1] in closers or words[x + 1].startswith(r.whole_project_words))}
        if not glued:
            return words, tags, offs
        keep = [x for x in range(len(words)) if x not in glued]
        return ([words[x] + words[x + 1] if x + 1 in glued else words[x] for x in keep],
                ["n" if x + 1 in glued else tags[x] for x in keep], [offs[x] for x in keep])

    def _li_places(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """The words, with a place named by its distance in li joined into one place's name: "二十里(m)|铺(v)"
        is 二十里铺, "四十里(m)|戈壁" is 四十里戈壁 (the distance alone, "绵延|四十里|。", names nothing)."""
        heads = self.rules.li_place_heads
        joined = {x for x in range(len(words) - 1)
                  if tags[x] == "m" and _LI_DISTANCE.fullmatch(words[x]) and words[x + 1] in heads
                  and offs[x] + len(words[x]) == offs[x + 1]}
        if not joined:
            return words, tags, offs
        keep = [x for x in range(len(words)) if x - 1 not in joined]
        return ([words[x] + words[x + 1] if x in joined else words[x] for x in keep],
                ["ns" if x in joined else tags[x] for x in keep], [offs[x] for x in keep])

    def _brand_rates(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with a brand's last character it read into a date before a capacity given back:
        "嘉(nr)|元年(t)|产|1.5|万吨…" is the brand 嘉元 and 年产 (a date's year, 今年 or 2023|年, follows
        no one character of a name)."""
        r = self.rules
        words, tags, offs = list(words), list(tags), list(offs)
        for x in range(len(words) - 3, 0, -1):
            w = words[x]
            if len(w) == 2 and tags[x] in ("t", "m") and w[1] + words[x + 1] in r.period_rate_words \
                    and tags[x + 2] == "m" and len(words[x - 1]) == 1 and is_cjk(words[x - 1]) \
                    and tags[x - 1] not in STOP_TAGS and tags[x - 1] not in ("v", "m") \
                    and offs[x - 1] + 1 == offs[x] and offs[x] + 2 == offs[x + 1]:
                words[x - 1:x + 2] = [words[x - 1] + w[0], w[1] + words[x + 1]]
                tags[x - 1:x + 2] = ["n", "j"]  # (as jieba tags a brand it guesses and the capacity's word)
                offs[x - 1:x + 2] = [offs[x - 1], offs[x] + 1]
        return words, tags, offs

    def _brand_days(self, words, tags, offs) -> list[str]:
        """The tags, with a lone 日 jieba read as a date's day where no number comes before it and a firm's
        name follows: "封测龙头|日(m)|月光|集团" is the brand 日月光 (a date's day follows its number: 19|日)."""
        r = self.rules
        tags = list(tags)
        for x, w in enumerate(words):
            if w != "日" or tags[x] != "m" or (x > 0 and (tags[x - 1] in ("m", "t", "q") or words[x - 1][-1] in _DAY_COUNTS)):
                continue
            y = x + 1
            while y < len(words) and y <= x + 3 and offs[y - 1] + len(words[y - 1]) == offs[y] \
                    and tags[y] not in ("w", "v", "m", "p", "c", "u", "uj"):
                if words[y].endswith(r.company_suffixes) and (y > x + 1 or len(words[y]) > 2):
                    tags[x] = "x"
                    break
                y += 1
        return tags

    def _office_sides(self, words, tags, offs) -> list[str]:
        """The tags, with the side of a headquarters jieba reads as a direction made a noun of its name where
        the office's word follows: "某省援疆|前方(f)|指挥部" is one body, its field office (a direction
        stops a name elsewhere: "县城|东|…")."""
        tags = list(tags)
        for x, w in enumerate(words[:-1]):
            # (after a word that may be its name's: a side alone, "前方指挥部负责人", names no one's office)
            if w in self.rules.office_sides and words[x + 1] in self.rules.sided_offices \
                    and offs[x] + len(w) == offs[x + 1] and x > 0 and tags[x - 1] not in STOP_TAGS:
                tags[x] = "n"
        return tags

    def _joined_divisions(self, words, tags, offs, text: str) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with a division's first character it read apart put back: "横(v)|山镇" is 横山镇.

        Only where the two make a division's name and the second word alone makes none (凤县 is one, so
        "来|凤县" stays), and the character is no function word ("在|石镇") and no piece of a name jieba
        read as a noun or a number ("中科|二|林(ng)|园区" is a park, not Kaohsiung's 林园区), unless a place
        above it comes first ("雅安市|名(q)|山区": 名山区): every name that begins there, an office's, a
        project's, begins with the whole division.
        """
        ends = self._division_name_ends
        if ends.isdisjoint(text):
            return words, tags, offs  # (four sentences in five name no division's level)
        at = [x for x in range(len(words) - 1) if len(words[x]) == 1 and len(words[x + 1]) >= 2
              and words[x + 1][-1:] in ends
              and words[x] not in self.rules.function_chars and offs[x] + 1 == offs[x + 1]
              and (tags[x] not in _NAME_PIECE_TAGS or (tags[x] == "q" and x > 0 and self._known_place(words[x - 1])))
              and words[x] + words[x + 1] in self.division_names and words[x + 1] not in self.division_names]
        if not at:
            return words, tags, offs
        words, tags, offs = list(words), list(tags), list(offs)
        for x in reversed(at):
            words[x:x + 2] = [words[x] + words[x + 1]]
            tags[x:x + 2] = ["ns"]
            del offs[x + 1]
        return words, tags, offs

    def _paired_regions(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with the country and the region a framework pairs it with made one word, tagged as the
        region is: "中国|—|东盟|博览会|秘书处" is the secretariat of the fair both name, "中国|-|东盟|经开区" the zone.

        At the dash every scan for a name's start stopped, leaving the region alone to open it (东盟博览会
        秘书处) and the country a place of its own.
        """
        r = self.rules
        at = [x for x in range(len(words) - 2) if words[x] in r.nation_openers and words[x + 1] in r.pair_dashes
              and words[x + 2] in r.paired_regions and offs[x] + len(words[x]) == offs[x + 1]
              and offs[x + 1] + len(words[x + 1]) == offs[x + 2]
              # a name goes on after the pair (博览会, 经开区, 信息港…): the pair alone is no place
              and x + 3 < len(words) and tags[x + 3] not in ("w", "x", "_SP")]
        if not at:
            return words, tags, offs
        words, tags, offs = list(words), list(tags), list(offs)
        for x in reversed(at):
            words[x:x + 3] = ["".join(words[x:x + 3])]
            tags[x:x + 3] = [tags[x + 2]]
            del offs[x + 1:x + 3]
        return words, tags, offs

    def _conjoined_divisions(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with a county named by a conjunction cut back into the conjunction and the level
        where a noun that is no place comes right before it: "学院|和县|人民政府" is the school and the
        county's government (the county's own name follows its province or city: "安徽省|和县")."""
        at = [x for x in range(1, len(words)) if words[x] in self.rules.conjoined_divisions
              and offs[x - 1] + len(words[x - 1]) == offs[x]
              and tags[x - 1] in NOUN_TAGS | {"nr", "nrfg", "nrt", "j", "nt"} and not self._known_place(words[x - 1])
              # (a verb jieba tags as a noun says where, before the county: "企业落户|和县")
              and words[x - 1] not in self.rules.site_preps and words[x - 1] not in self.rules.site_verbs
              and words[x - 1] not in self.rules.visit_verbs]
        if not at:
            return words, tags, offs
        words, tags, offs = list(words), list(tags), list(offs)
        for x in reversed(at):
            w = words[x]
            words[x:x + 1] = [w[:1], w[1:]]
            tags[x:x + 1] = ["c", "n"]
            offs[x:x + 1] = [offs[x], offs[x] + 1]
        return words, tags, offs

    def _bracketed_places(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with a place in brackets it cut into characters put back: "旭光|(|大|余|)|电子有限公司"
        is a firm's plant in 大余, as "(赣州)" would be, which every reading of a bracketed region needs whole."""
        at = [(x, y) for x in range(1, len(words) - 2) if words[x - 1] in _OPEN_BRACKETS and len(words[x]) == 1
              for y in (x + 1, x + 2) if y + 1 < len(words) and words[y + 1] in _CLOSE_BRACKETS
              and all(len(words[z]) == 1 and offs[z] + 1 == offs[z + 1] for z in range(x, y))
              and self._named_place("".join(words[x:y + 1]))]
        if not at:
            return words, tags, offs
        words, tags, offs = list(words), list(tags), list(offs)
        for x, y in reversed(at):
            words[x:y + 1] = ["".join(words[x:y + 1])]
            tags[x:y + 1] = ["ns"]
            del offs[x + 1:y + 1]
        return words, tags, offs

    def _autonomous_led(self, cands, text) -> list[Candidate]:
        """A name that opens with an autonomous division's level, right after the division's short name,
        opens with the division: "道真|自治县三桥镇…漂流项目" (jieba cuts 道|真, so the name starts at the
        level, which alone is no place; resolution then knows the project's places)."""
        levels = self.rules.autonomous_levels
        if not any(x in text for x in levels):
            return cands
        places = {c.end: c.start for c in cands if c.label == "PLACE" and c.rule.startswith("gazetteer")}
        return [replace(c, start=places[c.start]) if c.label in ("PROJECT", "COMPANY") and c.start in places
                and text.startswith(levels, c.start) else c for c in cands]

    def _villages_after_towns(self, cands, words, tags, offs, text) -> list[Candidate]:
        """A village named right after its town: "年陡镇|正觉|村", "官亭镇|高庄|村".

        A village's name is often an ordinary word to jieba (正觉 an adverb), and it writes 村 alone, so
        nothing else reads the village. After a town the gazetteer knows, one or two characters and 村
        are the town's village, unless they are a clause's word (各村, 驻村, 进村).
        """
        r = self.rules
        if "村" not in text:
            return []
        out = []
        for c, x in _known_places_before_words(cands, offs):
            if not text[c.start:c.end].endswith(r.village_towns):
                continue
            y = x
            while y < len(words) and offs[y] - c.end < 3 and "村" not in words[y]:
                if tags[y] in r.village_name_stop_tags or words[y] in CLAUSE_PUNCT or not ("\u4e00" <= words[y][0] <= "\u9fff"):
                    break
                y += 1
            else:
                # (or 村 glued by jieba's guess to the word after it: "高庄|村原|小学")
                if y < len(words) and y > x and (words[y] == "村" or (words[y][0] == "村" and tags[y] == "x")):
                    name = "".join(words[x:y + 1])
                    if name not in r.generic and name not in r.false_words and not self._known_place(name):
                        # (a guess may glue the conjunction of a list of places to the village's name:
                        # "某某镇|和湾岭|村" is the town and another village, not one named 和湾岭)
                        glued = tags[x] == "x" and len(words[x]) >= 3 and words[x][0] in r.place_list_glue_chars
                        out.append(Candidate(offs[x] + glued, offs[y] + 1, "PLACE", "suffix:村"))
        return out

    def _city_zones_named_elsewhere(self, cands, text) -> list[Candidate]:
        """A city's zone named like one the gazetteer files under another city: "绍兴|滨海新区" (Tianjin's
        district is 滨海新区). Right after a city that is not above it, the zone's name is the city's zone's,
        read whole, no mention of the other city's."""
        zones = [c for c in cands if c.label == "PLACE" and c.rule == "gazetteer"
                 and text[c.start:c.end].endswith(self.rules.zone_words)]
        out = []
        for z in zones:
            name = text[z.start:z.end]
            for c in cands:
                if not (c.label == "PLACE" and c.end == z.start and c.rule.startswith("gazetteer")):
                    continue
                city = self.gazetteer.written(text[c.start:c.end])
                if city is not None and city.level in ("city", "county") \
                        and city.name not in self.gazetteer.parent_chain(name):
                    out.append(Candidate(c.start, z.end, "PLACE", "gazetteer-zone", z.prio))
        return out

    def _glued_divisions(self, cands, text) -> list[Candidate]:
        """A division's name glued by jieba to a place below it: "落户|邵东|牛马|司镇", "广西|自治区|来宾市".

        The suffix rule reads one place up to 镇 or 市; where what follows the division's name (its alias,
        or a form the gazetteer reads as it) is a place the gazetteer files under that division (or a town
        filed under none, as many towns share a name), the page names two places, as "邵东市牛马司镇"
        and "广西壮族自治区来宾市" would.
        """
        below = {"province": ("city", "county", "town"), "city": ("county", "town"), "county": ("town",)}
        out = []
        for c in cands:
            name = text[c.start:c.end]
            if not (c.label == "PLACE" and c.rule.startswith("suffix:") and len(name) >= 5):
                out.append(c)
                continue
            for k in range(2, len(name) - 2):
                division = self.gazetteer.written(name[:k])
                part = self.gazetteer.lookup(name[k:])
                if (division is not None and part is not None and part.level in below.get(division.level, ())
                        and part.name not in self.rules.generic
                        # (a town's name many counties share is filed under none: 新兴镇)
                        and ((part.parent is None and part.level == "town" and part.name[-1] in self.rules.town_levels)
                             or division.name in self.gazetteer.parent_chain(part.name))):
                    out.append(Candidate(c.start, c.start + k, "PLACE", "gazetteer-alias", c.prio))
                    out.append(Candidate(c.start + k, c.end, "PLACE", "gazetteer", c.prio))
                    break
            else:
                out.append(c)
        return out

    def _territory_places(self, cands, words, offs) -> list[Candidate]:
        """A division's short name before a word of its territory that opens with its level: "恭城|县境".

        jieba glues the level to 境 or 内; the place is the division's full name (恭城县).
        """
        if self.rules.territory_words.isdisjoint(words):
            return []
        index = {o: x for x, o in enumerate(offs)}
        out = []
        for c, x in _known_places_before_words(cands, offs):
            if words[x] not in self.rules.territory_words:
                continue
            name = "".join(words[y] for y in range(index.get(c.start, x), x)) + words[x][0]
            if index.get(c.start) is not None and (name in self.division_names
                                                   or self.gazetteer.written(name) is not None):
                out.append(Candidate(c.start, c.end + 1, "PLACE", "gazetteer", c.prio))
        return out

    def _invested_works(self, words, tags, offs, cands) -> list[Candidate]:
        """Works on a named facility after its investment, up to the clause's end, as a project.

        "计划投资40亿元的|中金集团|2.3万吨选厂改扩建，…", "投资3亿元的县人民医院迁建，…": no 项目 ends
        the name, the works verb does; a company at its head builds it, and is no part of it.
        """
        r = self.rules
        out = []
        if "的" not in words:
            return out
        company_ends = {c.start: c.end for c in cands if c.label == "COMPANY"}
        for j, w in enumerate(words):
            if w != "的" or j < 2 or tags[j - 1] != "m" or not words[j - 1].endswith("元") \
                    or not any("投资" in words[x] for x in range(max(0, j - 4), j - 1)):
                continue
            end = j + 1
            while end < len(words) and tags[end] not in ("w", "_SP") and end - j <= r.works_max_words:
                end += 1
            if facility := self._invested_facility_named(words, tags, offs, j, end, company_ends):
                out.append(facility)
                continue
            if end == j + 1 or end - j > r.works_max_words or words[end - 1] not in r.works_verbs:
                continue
            start = offs[j + 1]
            start = company_ends.get(start, start)
            first = next((x for x in range(j + 1, end) if offs[x] >= start), end)
            named = range(first, end - 1)
            if not named or offs[first] != start or len("".join(words[first:end - 1])) < r.works_min_chars \
                    or any((tags[x].startswith("v") and words[x] not in r.works_verbs) or tags[x] == "d" for x in named) \
                    or not any(tags[x] in NOUN_TAGS or tags[x] in ("j", "nt", "ns") for x in named) \
                    or not any(tags[x] in PLACE_NAME_TAGS or tags[x] in ("eng", "m", "s", "zg") for x in named):
                # (a kind alone, "老旧小区|改造", is a programme of works, no one facility's)
                continue
            name = "".join(words[first:end])
            if name not in r.generic:
                out.append(Candidate(start, offs[end - 1] + len(words[end - 1]), "PROJECT", "invested-works"))
        return out

    def _named_facility(self, words, tags, first: int, head: int) -> bool:
        """Whether the words from ``first`` to the facility's ``head`` name one facility, no kind of it: a
        short name of common words is a kind ("研发产业基地"), which many firms build."""
        r = self.rules
        name = "".join(words[first:head + 1])
        return (len(name) >= 8 or any(tags[x] in _FACILITY_NAME_TAGS and words[x] not in r.kind_terms
                                      for x in range(first, head))) and name not in r.generic

    def _invested_facility_named(self, words, tags, offs, j, end, company_ends) -> Candidate | None:
        """A facility named after its investment's 的, up to its head, before the clause's verb, as a project.

        "总投资10亿元的|淮海国际商贸城|已完成投资…": no 项目 ends the name, the facility's head does (with
        项目 after the head, the suffix rule reads it); a company at its head builds it.
        """
        r = self.rules
        k = next((x for x in range(j + 1, min(end, len(words))) if words[x].endswith(r.invested_facility_heads)), None)
        if k is None or k + 1 >= len(words) or words[k + 1].startswith(self.project_ends) \
                or words[k + 1] in _OPEN_BRACKETS \
                or not (tags[k + 1] in ("w", "_SP", "d", "p", "t") or tags[k + 1].startswith("v")):
            # (a bracket after the head goes on with the name: "…产业园（一期）项目")
            return None
        if end - 1 > k + 1 and words[end - 1].endswith(self.project_ends) \
                and not any(tags[x] in STOP_TAGS for x in range(k + 1, end - 1)):
            # "…化工产业园|集中|供汽|项目": the park's works, then their project's head, up to the clause's end;
            # the verb after the park is the works', no clause's (the suffix rule reads the project)
            return None
        start = company_ends.get(offs[j + 1], offs[j + 1])
        first = next((x for x in range(j + 1, k + 1) if offs[x] >= start), k + 1)
        if first > k or offs[first] != start or any(tags[x].startswith("v") and tags[x] != "vn" for x in range(first, k)):
            return None
        if any(tags[x] == "p" for x in range(first, k)):
            # "…焦化项目|在|某某工业园|开工": a preposition opens the clause's place, where the works named
            # before it are built; the facility after it is the site, no head of theirs
            return None
        if not self._named_facility(words, tags, first, k):
            return None
        # (over the place a weak head reads: 商贸城 ends in 城)
        return Candidate(start, offs[k] + len(words[k]), "PROJECT", "invested-works", 2)

    def _invested_facilities(self, words, tags, offs, cands) -> list[Candidate]:
        """A facility a firm named before invests in and builds, up to the facility's head, as a project.

        "某某集团在东丽区投资5亿元建设|高强铝合金材料研发生产基地": no 项目 ends the name, the head does;
        the firm that invests builds it (with 项目 after the head, the suffix rule reads it).
        """
        r = self.rules
        out = []
        company_end = min((c.end for c in cands if c.label == "COMPANY"), default=None)
        if company_end is None or not r.invested_facility_heads:
            return out
        for i, w in enumerate(words):
            if w not in r.invested_builds or offs[i] < company_end \
                    or not any(words[x] in r.investment_words for x in range(max(0, i - 4), i)) \
                    or any(tags[x] in ("w", "_SP") for x in range(max(0, i - 4), i)):
                continue
            end = i + 1
            while end < len(words) and end - i <= r.works_max_words and tags[end] not in STOP_TAGS \
                    and not (tags[end].startswith("v") and tags[end] != "vn") and tags[end] != "m":
                if words[end].endswith(r.invested_facility_heads):
                    break
                end += 1
            if end >= len(words) or end == i + 1 or not words[end].endswith(r.invested_facility_heads) \
                    or (end + 1 < len(words) and (words[end + 1].startswith(self.project_ends)
                                                  or tags[end + 1] not in ("w", "_SP", "c", "p", "d", "uj"))):
                continue
            if self._named_facility(words, tags, i + 1, end):
                out.append(Candidate(offs[i + 1], offs[end] + len(words[end]), "PROJECT", "invested-facility"))
        return out

    def _capacity_lists(self, cands, text: str) -> list[Candidate]:
        """A project named by the goods of its stated output, listed: "年产10万吨甲醇、5万吨合成氨及配套设施项目",
        "年产…LNG、氢能及配套焦化项目" is one project. Read as a list, the last item took the head and the
        first (年产10万吨甲醇) none; an item with a head of its own (…甲醇项目、…) ends a project of its own.
        """
        out, drop = [], set()
        for c in cands:
            if c.rule == "enumeration":
                continue
            if c.label == "PROJECT" and text[c.end:c.end + 1] == "、" and not text.endswith(self._listed_heads, c.start, c.end) \
                    and self._capacity_list_re.fullmatch(text, c.start, c.end):
                # the first item alone, the rest read as no project ("年产…LNG、氢能及配套焦化项目"): the name
                # runs on to the head, within the clause
                end = next((x for x in range(c.end + 1, min(len(text), c.end + 40))
                            if text[x] in CLAUSE_PUNCT or text.startswith(self.project_ends, x)), len(text))
                head = next((e for e in self.project_ends if text.startswith(e, end)), "")
                if head and self._capacity_list_re.fullmatch(text, c.start, end):
                    out.append(replace(c, end=end + len(head)))
                    drop.add(c)
                continue
            if c.label != "PROJECT" or c.start < 1 or text[c.start - 1] != "、" \
                    or not text.endswith(self.project_ends, c.start, c.end):
                continue
            m = self._capacity_list_re.search(text, max(0, c.start - 60), c.start - 1)
            if m is None or any(h in m.group() for h in self._listed_heads):
                continue
            out.append(replace(c, start=m.start()))
            drop.add(c)
            drop.update(x for x in cands if x.label == "PROJECT" and m.start() <= x.start and x.end <= c.start - 1)
        return [x for x in cands if x not in drop] + out if out else cands

    def _capacity_lines(self, words, tags, offs, cands) -> list[Candidate]:
        """A firm's line of a stated output, right after the firm's name, as its project.

        "某某新材有限公司|年产|3|万吨|碳纤维复合板|生产线|正在建设": no 项目 ends the name, the line does;
        the firm builds it and is no part of it. (With 项目 after the line, the suffix rule reads it.)
        """
        r = self.rules
        out = []
        index = {o: j for j, o in enumerate(offs)}
        for c in cands:
            i = index.get(c.end) if c.label == "COMPANY" else None
            if i is None or not (words[i] == "年产" or self._stated_output(words, tags, i)):
                continue
            end = i + 1
            while end < len(words) and end - i <= r.works_max_words and tags[end] not in ("w", "_SP"):
                if words[end].endswith(r.capacity_line_heads):
                    break
                # the rate's verb ("年|加工|…"), a unit jieba reads as an adverb ("30|万|只|肉羊…") and a
                # verb that qualifies the product or the line ("加气|砌块", "…型材|轧制|生产线") are the
                # line's own words
                if not (end == i + 1 or self._unit_after_number(words, tags, end)
                        or (end + 1 < len(words) and (words[end + 1].endswith(r.capacity_line_heads)
                                                      or (tags[end].startswith("v") and tags[end + 1].startswith("n"))))) \
                        and ((tags[end].startswith("v") and tags[end] != "vn") or tags[end] in ("d", "p", "c", "uj")):
                    break
                end += 1
            if end >= len(words) or not words[end].endswith(r.capacity_line_heads) \
                    or not self._has_quantity(words, tags, i, end) \
                    or (end + 1 < len(words) and words[end + 1].startswith(self.project_ends)):
                continue
            out.append(Candidate(offs[i], offs[end] + len(words[end]), "PROJECT", "capacity-line"))
        return out

    def _stated_output(self, words, tags, i) -> bool:
        """Whether word ``i`` right after a firm's name opens its output with no 年产: a year's rate
        ("…公司|年|加工|5万吨…") or the amount itself ("某某建材公司|80|万立方米|砌块|生产线",
        "某某公司|30|万|只|肉羊|屠宰|生产线"), as reports list a firm's lines."""
        if self._year_rate(words, tags, i, len(words)):
            return True
        # (not what it invests: "某某公司|5|亿元|生产线|改造" is money, no output)
        return tags[i] == "m" and i + 1 < len(words) and _DIGITS.match(words[i]) is not None \
            and self._has_quantity(words, tags, i, min(len(words), i + 3)) \
            and not self.rules.invested_amount_re.fullmatch(words[i] + words[i + 1])

    @staticmethod
    def _projects_after_companies(cands) -> list[Candidate]:
        """A suffix project whose scan stopped inside a longer company name before it, begun where that name ends.

        "小水村|股份|经济合作社|冷链仓储中心项目": the project's scan stops at 股份, a suffix of its own,
        and the cooperative's name (…股份经济合作社) ends inside the project; the project is what follows it.
        """
        out = []
        for p in cands:
            if p.label != "PROJECT" or not p.rule.startswith("suffix"):
                continue
            for c in cands:
                if c.label == "COMPANY" and c.rule.startswith("suffix") and c.start < p.start < c.end <= p.end - 4:
                    out.append(Candidate(c.end, p.end, "PROJECT", p.rule, p.prio))
        return out

    def _office_bank_branches(self, cands, text: str) -> list[Candidate]:
        """A branch of a bank that is an office, named by its place: "人民银行|连云港市中心支行" (the central
        bank's, as "工商银行|某某分行" is a commercial bank's) is one body, the bank's, no firm."""
        banks = {c.end: c for c in cands if c.label == "AGENCY" and text.endswith(self.rules.bank_words, c.start, c.end)}
        return [Candidate(banks[c.start].start, c.end, "AGENCY", "lexicon-branch", c.prio)
                for c in cands if c.label == "COMPANY" and c.start in banks and c.rule.startswith("suffix:")
                and text[c.start:c.end].endswith(tuple(self.rules.branch_suffixes))]

    def _site_named_capacity(self, words, x: int) -> bool:
        """Whether a grid's voltage class begins at ``x`` ("220kV", "35|千伏"), or after a place there: a line or a substation is named
        by its site and its class ("某某油田岸电某县220kV输变电项目"), so what comes before is no firm heading it."""
        if x + 1 < len(words) and self._known_place(words[x]):
            x += 1  # (the site's place before it: "油田岸电|绥中|220kV")
        amount = "".join(words[x:x + 2])
        digits = len(amount) - len(amount.lstrip("0123456789."))
        return digits > 0 and amount[digits:].startswith(self.rules.site_named_units)

    def _after_firm_verb(self, cands, text: str) -> list[Candidate]:
        """A suffix project right after a firm's name, begun after the firm's verb: "某某集团公司|投资|某县旅游
        开发项目", "某某有限公司|参股|某县纺织业项目" (the firm builds it; the verb is no part of its name)."""
        ends = {c.end for c in cands if c.label == "COMPANY"}
        out = []
        for c in cands:
            verb = next((v for v in self.rules.head_invest_verbs if text.startswith(v, c.start)), "") \
                if c.label == "PROJECT" and c.rule.startswith("suffix") and c.start in ends else ""
            out.append(replace(c, start=c.start + len(verb)) if verb and c.end - c.start - len(verb) >= 4 else c)
        return out

    def _numbered_bureaus(self, text: str, cands) -> list[Candidate]:
        """A construction group's numbered subsidiary, wherever jieba cuts it: "中铁|二十四|局将", "中铁|十四|局".

        The group's short name alone (中铁) is another company; its bureau is the firm that builds.
        A legal name the suffix rule found right after the number is the unit's own, begun where the
        number stopped its scan: "五矿二十三冶|建设集团有限公司", "…第十一工程局|有限公司".
        """
        if self._bureau_re is None:
            return []
        out = []
        for m in self._bureau_re.finditer(text):
            out.append(Candidate(m.start(), m.end(), "COMPANY", "bureau-company"))
            legal = self._bureau_tail_re.match(text, m.end())
            tail = max([c.end for c in cands if c.label == "COMPANY" and c.rule.startswith("suffix")
                        and m.start() <= c.start <= m.end() < c.end] + ([legal.end()] if legal else []), default=None)
            if tail is not None:
                out.append(Candidate(m.start(), tail, "COMPANY", "bureau-company"))
        return out

    def _group_institutes(self, text: str) -> list[Candidate]:
        """A design group's institute named by its region: "中国电建|成都|院", "中国能建|江苏|院".

        The institute is the firm that designs or builds (the group's short name alone is another company),
        and the city or the province in its name is no place the page speaks of.
        """
        if self._institute_re is None:
            return []
        return [Candidate(m.start(), m.end(), "COMPANY", "institute-company", prio=2)
                for m in self._institute_re.finditer(text)
                if m.group(1) in self.rules.institute_regions or self._known_place(m.group(1))]

    def _bare_institutes(self, words, tags, offs) -> list[Candidate]:
        """Such an institute named again without its group, a region and 院 alone ("…公司、|山西|院|、|江苏|院"):
        the firm, no place (院 is no word of a division's; jieba writes it apart only so, not in 院子, 院士)."""
        return [Candidate(offs[x], offs[x + 1] + 1, "COMPANY", "institute-company", prio=2)
                for x in range(len(words) - 1)
                # (or jieba's guess glues 院 to the next verb's character: "江苏|院拟|在…投资")
                if (words[x + 1] == "院" or (words[x + 1].startswith("院") and tags[x + 1] == "x"))
                and (words[x] in self.rules.institute_regions or self._known_place(words[x]))]

    def _resplit(self, words, tags, offs) -> tuple[list[str], list[str], list[int]]:
        """jieba's words, with its guesses that glue 等 or a product joiner to the word before cut in two.

        "华孚色|纺等|一批国内大型企业": the enumeration ends at 等, as where jieba writes it apart;
        "东风|皮卡及|越野车生产项目": 及 joins the project's two products; "县乡村|振兴|局和市|大数据局"
        and "县农业|农村|局|和县|水利局" are two offices joined by 和, each beginning with its level;
        "电力工业|局局长" is the office and its head.
        """
        words, tags, offs = _with_glosses(words, tags, offs)
        if not self._may_resplit(words, tags):
            return words, tags, offs
        # 和 ends many names (协和, 永和); 及 only joins.
        r = self.rules
        ends = {"等": "u", **{c: "c" for c in r.project_joiners - r.item_joiners}}

        def office_before(x: int, tail: str) -> bool:
            # The words before ``x`` and ``tail`` end an office's name: 县财政局, 县|农业|农村|局, 县|乡村|振兴|局.
            w = words[x - 1] + tail
            if offs[x - 1] + len(words[x - 1]) != offs[x] or not w.endswith(r.agency_suffixes):
                return False
            if len(w) == 1:
                # a suffix jieba writes alone (农村|局, 医保|局) ends the word before it; 格局 and 大局 are one word
                return x >= 2 and offs[x - 2] + len(words[x - 2]) == offs[x - 1] and tags[x - 2] not in STOP_TAGS \
                    and words[x - 2] not in r.false_words
            return not self._ends_false(w) and w not in r.false_words

        def joined_level(x: int) -> bool:
            # "县财政局|和县|审计局": 和 'and' and the next office's level word, not the county 和县
            w = words[x]
            return len(w) == 2 and w[0] in r.item_joiners and w[1] in r.admin and x > 0 and office_before(x, "")

        def glued_office(x: int) -> int:
            # "县乡村|振兴|局和市|大数据局": jieba's guess glues an office's last character to the
            # conjunction and the next office's level word; where the conjunction is (0: none).
            w = words[x]
            if tags[x] != "x" or len(w) < 3 or x == 0:
                return 0
            return next((p for p in range(1, len(w) - 1) if w[p] in r.item_joiners and w[p + 1:] in r.admin
                         and office_before(x, w[:p])), 0)

        def committee_cut(x: int) -> bool:
            # "南漳县|委|对此", "利川市|委将": jieba reads a division's full name and leaves the 委
            # of its party committee (县委, 市委) alone or glued to the next character.
            if x == 0 or not words[x].startswith("委") or tags[x] not in ("zg", "x") \
                    or offs[x - 1] + len(words[x - 1]) != offs[x]:
                return False
            prev = words[x - 1]
            if len(prev) < 3 or prev[-1] not in r.admin:
                return False
            if prev in self.division_names:
                return True
            # "科左后旗|委|副书记": a banner's or a county's short name with its level is the division as
            # much as its full name (科尔沁左翼后旗), and the 委 after it its committee's
            place = self.gazetteer.written(prev)
            return place is not None and place.level != "province" and place.name.endswith(prev[-1])

        def titled_office(x: int) -> bool:
            # "新疆|电力工业|局局长": jieba's dictionary reads an office's last character into its
            # head's title (局局长, 处处长), and the office's name loses its suffix.
            w = words[x]
            return len(w) == 3 and w[0] == w[1] and w[1:] in r.person_titles and x > 0 and office_before(x, w[0])

        def shared_title(x: int) -> bool:
            # "台南市政府|经济|发展|局长|陈某": a bureau's head written with the bureau's last character once
            # (发展局长 for 发展局局长), before the head's name; the office's name ends inside the title
            # (but "版权局长会议" meets the heads of every such bureau, and a ministry's 部长 is left)
            w = words[x]
            return w in ("局长", "处长", "厅长") and 1 < x < n - 1 and tags[x - 1] in ("n", "vn") \
                and tags[x + 1] in ("nr", "nrfg", "nrt", "x") and offs[x] + 2 == offs[x + 1] \
                and office_before(x, w[0])

        def titled_body(x: int) -> int:
            # "中共|中央|政治局常委": jieba's dictionary knows a body and its member's title as one
            # organisation word, and the body's name loses its suffix; where the title starts (0: none).
            # So it does as a noun right after a level's word ("区|政协主席|某某", "州|政协主席"): the
            # level's body, then its head's title.
            w = words[x]
            if tags[x] != "nt" and not (tags[x] == "n" and x > 0 and words[x - 1] in r.office_divisions
                                        and offs[x - 1] + len(words[x - 1]) == offs[x]):
                return 0
            return next((len(w) - len(t) for t in r.person_title_ends if w.endswith(t) and len(w) - len(t) >= 2
                         and w[: -len(t)].endswith(r.agency_suffixes) and w[: -len(t)] not in r.false_words), 0)

        def placed_body(x: int) -> int:
            # "美国国务院": jieba's dictionary knows a place and a known office as one word, and the
            # office's name (国务院, 解放军) ends in no suffix the rules could see; where the office starts.
            w = words[x]
            if len(w) < 4 or w in self.phrases:
                return 0
            return next((i for i in range(2, len(w) - 1) if self._known_place(w[:i])
                         and self._known_agency(w[i:]) and not w[i:].endswith(r.agency_suffixes)), 0)

        def placed_division(x: int) -> int:
            # "西藏阿里地区": jieba's dictionary knows a province and its prefecture as one word; where
            # the prefecture's full name starts (0: none)
            w = words[x]
            if len(w) < 5 or w in self.division_names:
                return 0
            return next((i for i in range(2, len(w) - 2) if w[i:] in self.division_names
                         and w[i:] not in r.generic and self._known_place(w[:i])), 0)

        def glued_suffix(x: int) -> bool:
            # "县|人力资源|局在", "县|国土资源|局对": jieba's guess glues an office's one-character
            # suffix to the function word after it
            w = words[x]
            return tags[x] == "x" and len(w) >= 2 and w[0] in self._agency_suffix_set and w[1:] in r.boundary \
                and x > 0 and office_before(x, w[0])

        def glued_joint(x: int) -> bool:
            # "州|工信|委等州|直部门", "区|征地|办和桥|巩镇": jieba's guess glues an office's one-character
            # suffix to the 等 that ends its list or the 和 that joins the next name, and on to that name
            w = words[x]
            return tags[x] == "x" and len(w) >= 3 and w[0] in self._agency_suffix_set \
                and (w[1] == "等" or w[1] in r.item_joiners) and x > 0 and office_before(x, w[0])

        def joined_name(x: int) -> bool:
            # "伊利1600吨液态奶项目|和鑫|珂高分子材料产业化项目": jieba's guess glues the 和 that joins two
            # names to the next one's first character, right after a project's or a company's whole name
            w = words[x]
            return tags[x] == "x" and len(w) >= 2 and w[0] in r.item_joiners and x > 0 \
                and offs[x - 1] + len(words[x - 1]) == offs[x] \
                and words[x - 1].endswith(self.project_ends + r.company_strong)

        def listed_after_kind(x: int) -> bool:
            # "签约的企业|有卡瑞奇|新能源…有限公司": jieba's guess glues the 有 that opens a list of
            # firms to the first firm's unknown name
            w = words[x]
            return tags[x] == "x" and len(w) >= 3 and w[0] == "有" and x > 0 \
                and offs[x - 1] + len(words[x - 1]) == offs[x] and words[x - 1].endswith(tuple(r.company_trim))

        def aspect_glued(x: int) -> bool:
            # "新|集聚|了旭阳|焦炭、…": jieba's guess glues the aspect particle that closes a verb to the
            # unknown name after it, which then opens with the verb's 了
            w = words[x]
            return tags[x] == "x" and len(w) >= 3 and w[0] in r.aspect_particles and x > 0 \
                and tags[x - 1].startswith("v") and offs[x - 1] + len(words[x - 1]) == offs[x]

        def example_glued(x: int) -> bool:
            # "项目|如泉港(x)|百宏…": jieba's guess glues the "for example" that opens a list to the
            # first item's place
            w = words[x]
            return tags[x] == "x" and len(w) >= 3 and w[0] in r.example_marks and self._known_place(w[1:])

        # Each test runs on every word of every sentence: the cheap test of its word's shape comes
        # first, in the loop, so that most words cost no call.
        n = len(words)
        guesses = [x for x in range(n) if tags[x] == "x"]
        committees = {x for x in range(n) if words[x][0] == "委" and committee_cut(x)}
        suffixed = {x for x in guesses if glued_suffix(x)}
        joints = {x for x in guesses if len(words[x]) >= 3 and glued_joint(x)}
        joined = {x for x in guesses if words[x][0] in r.item_joiners and joined_name(x)}
        listed = {x for x in guesses if words[x][0] == "有" and listed_after_kind(x)}
        aspects = {x for x in guesses if words[x][0] in r.aspect_particles and aspect_glued(x)}
        examples = {x for x in guesses if words[x][0] in r.example_marks and example_glued(x)}
        bodies = {x: p for x in range(n) if tags[x] in ("nt", "n") and (p := titled_body(x))}
        placed = {x: p for x in range(n) if len(words[x]) >= 4 and (p := placed_body(x))}
        divisions = {x: p for x in range(n) if tags[x] == "ns" and len(words[x]) >= 5 and (p := placed_division(x))}
        offices = {x: p for x in guesses if (p := glued_office(x))}
        # "长岭|镇以(x)|土滩埔村为中心": a guess glued the clause's function character to a town's level word,
        # before a village's name (but "某区以|今天的签约为起点": the level closes the place, and 以 alone
        # would read as Israel's one-character name)
        # (so before a body the frame's 为 closes: "某某村|村以(x)|茶|产业协会|为|试点", the body's name is no
        # part of the village's)
        leveled = {x for x in guesses if len(words[x]) == 2 and words[x][0] in self._level_chars
                   and words[x][1] in self._level_glue_chars
                   and (any(w.endswith(r.local_divisions) for w in words[x + 1:x + 4] if w not in CLAUSE_PUNCT)
                        or self._framed_body(words, x + 1))}
        titled = {x for x in range(n) if len(words[x]) == 3 and titled_office(x)}
        shared = {x for x in range(n) if words[x][-1:] == "长" and shared_title(x)}
        glued = {x for x in guesses if len(words[x]) >= 2 and words[x][-1] in ends} \
            | {x for x in range(n) if len(words[x]) == 2 and joined_level(x)} \
            | committees | offices.keys() | titled | {x - 1 for x in titled} | bodies.keys() | placed.keys() | suffixed \
            | joints | joined | listed | shared | divisions.keys() | aspects | leveled \
            | examples
        if not glued:
            return words, tags, offs
        out_w, out_t, out_o = [], [], []
        for x, (w, t, o) in enumerate(zip(words, tags, offs)):
            parts = [(w, t)]
            if x + 1 in committees:
                parts = [(w[:-1], "ns")]  # 南漳|县委: the name, then the committee whole
            elif x in committees:
                o -= 1
                parts = [(words[x - 1][-1] + "委", "n")] + ([(w[1:], "x")] if len(w) > 1 else [])
            elif x + 1 in titled:
                parts = [(w + words[x + 1][0], "n")]  # the office whole: 电力工业局|局长
            elif x in titled:
                o += 1
                parts = [(w[1:], "n")]
            elif x in bodies:
                parts = [(w[:bodies[x]], "nt"), (w[bodies[x]:], "n")]  # 政治局|常委
            elif x in placed:
                parts = [(w[:placed[x]], "ns"), (w[placed[x]:], "nt")]  # 美国|国务院
            elif x in divisions:
                parts = [(w[:divisions[x]], "ns"), (w[divisions[x]:], "ns")]  # 西藏|阿里地区
            elif x in suffixed:
                parts = [(w[0], "n"), (w[1:], base_tags().get(w[1:], "x"))]
            elif x in joints:
                parts = [(w[0], "n"), (w[1], "u" if w[1] == "等" else "c"), (w[2:], "x")]
            elif x in joined:
                parts = [(w[0], "c"), (w[1:], "x")]
            elif x + 1 in shared:
                parts = [(w + words[x + 1][0], "n")]  # the office whole: 发展局|长
            elif x in shared:
                o += 1
                parts = [(w[1:], "n")]
            elif x in listed:
                parts = [(w[0], "v"), (w[1:], "x")]
            elif x in aspects:
                parts = [(w[0], "ul"), (w[1:], "x")]
            elif x in examples:
                parts = [(w[0], "v"), (w[1:], "ns")]
            elif x in offices:
                p = offices[x]
                parts = [(w[:p], "n"), (w[p], "c"), (w[p + 1:], "zg")]
            elif x in leveled:
                parts = [(w[0], "n"), (w[1], "p")]
            elif x in glued and t == "x":
                parts = [(w[:-1], "x"), (w[-1], ends[w[-1]])]
            elif x in glued:
                parts = [(w[0], "c"), (w[1], "zg")]
            for p, pt in parts:
                out_w.append(p)
                out_t.append(pt)
                out_o.append(o)
                o += len(p)
        return out_w, out_t, out_o

    def _may_resplit(self, words, tags) -> bool:
        """Whether any test of :meth:`_resplit` may cut a word of the sentence.

        Most sentences hold no word any test could cut, and running every test on every word costs
        more than all the cuts: what each word may be cut as is decided on the word alone, once per
        word of the pipeline (a bit per tag a test needs). A new test of ``_resplit`` must pass here.
        """
        facts = _per_word(self._word_facts, words, self._word_fact)
        return any(map(_RESPLIT_BITS.__and__, facts)) \
            and any(m & 1 or (m & 2 and t == "x") or (m & 4 and t in ("nt", "n")) or (m & 8 and t == "ns")
                    for m, t in zip(facts, tags) if m & _RESPLIT_BITS)

    def _framed_body(self, words, x: int) -> bool:
        """Whether a body's suffix ends the words from ``x``, then the 为 of a frame (以…为): "茶|产业协会|为|试点"."""
        y = next((y for y in range(x, min(x + 4, len(words))) if words[y] in CLAUSE_PUNCT or words[y] == "为"), None)
        return y is not None and y > x and words[y] == "为" \
            and "".join(words[x:y]).endswith(tuple(self.rules.agency_suffixes))

    def _word_fact(self, w: str) -> int:
        """What the steps that cut and read words may do with ``w``: the bits of :meth:`_resplit_mask`, and
        _SUFFIX_POSITION where :meth:`_suffix_candidate` holds."""
        return self._resplit_mask(w) | (_SUFFIX_POSITION if self._suffix_candidate(w) else 0)

    def _resplit_mask(self, w: str) -> int:
        r = self.rules
        ends = self._glue_ends
        n = len(w)
        mask = 0
        if w[0] == "委" or (n == 3 and w[0] == w[1] and w[1:] in r.person_titles) or w in ("局长", "处长", "厅长") \
                or (n == 2 and w[0] in r.item_joiners and w[1] in r.admin) \
                or (n >= 4 and w not in self.phrases and any(self._known_place(w[:i]) for i in range(2, n - 1))):
            mask |= 1  # committee_cut, titled_office, shared_title, joined_level, placed_body
        if n >= 2 and (w[0] in self._agency_suffix_set or w[0] in r.item_joiners or w[0] == "有" or w[-1] in ends
                       or w[0] in r.aspect_particles or w[0] in r.example_marks
                       or not r.item_joiners.isdisjoint(w[1:-1])
                       or (n == 2 and w[0] in self._level_chars and w[1] in self._level_glue_chars)):
            mask |= 2  # the tests of jieba's guesses (x)
        if n >= 3 and w.endswith(self._title_ends):
            mask |= 4  # titled_body
        if n >= 5 and w not in self.division_names and any(w[i:] in self.division_names for i in range(2, n - 2)):
            mask |= 8  # placed_division
        return mask

    # -- sources -----------------------------------------------------------
    def _glued_levels(self, words, tags, offs) -> list[int]:
        """Where a level word starts that a jieba guess glued to a function character before it: 由|省, 经|市.

        "会议由省|投资|促进|局": the office is 省投资促进局, whose name starts inside the guess.
        """
        r = self.rules
        out = []
        for w, t, o in zip(words, tags, offs) if "x" in tags else ():
            if t == "x" and len(w) >= 2:
                cut = self._after_glue(w)
                if 0 < cut < len(w) and w[cut:] in r.admin:
                    out.append(o + cut)
        return out

    def _phrase_matches(self, text, offs, starts=None) -> list[Candidate]:
        """Known names starting at a token boundary (or at ``starts``), ending anywhere.

        Every known name in the text is found, so "纪委" is found inside the
        jieba word "纪委书记"; those that start where a name may start are kept.
        """
        out = []
        names = self._names_in(text)
        if not names:
            return out
        n = len(text)
        bounds = set(offs)
        bounds.add(n)
        # (a word before a space ends there, where no word starts: "灌云县 灌南县" on a list's line)
        if _SPACE.search(text) is not None:
            bounds.update(o - 1 for o in offs if o and text[o - 1].isspace())
        ends = sorted(bounds)
        trailers = self.rules.industry_trailers
        venues = self.rules.venue_trailers
        level_words = self.rules.level_words
        for i in [i for i in (offs if starts is None else starts) if i in names]:
            for j, hit in names[i]:
                # Gazetteer names must end where a word ends: "大理" is not a
                # place inside "大理石"; lexicon names may end inside a word (and a place
                # before a word that opens with a level's character: "金东|乡贤").
                if j in bounds or not hit[1].startswith("gazetteer") or text[j:j + 2] in level_words:
                    if hit[0] == "COMPANY" and j < n and text[j:ends[bisect_right(ends, j)]] in trailers:
                        continue  # "中国建筑|业", "中国|建筑业": an industry, not the company
                    if hit[0] == "COMPANY" and hit[1].startswith("lexicon") and text.startswith(venues, j):
                        continue  # "桂田中信|酒店", "中信|大厦": the venue, named for the brand
                    if hit[0] == "COMPANY" and hit[1].startswith("lexicon") and i >= 1 and i - 1 in bounds \
                            and text.endswith(self.rules.expressway_words, i, j) and is_cjk(text[i - 1]) \
                            and text[i - 1] not in self.rules.function_chars:
                        continue  # "长|深高速": the expressway from one end to the other, no firm inside it
                    if hit[0] == "COMPANY" and text[i:j] in self.rules.milestone_short_names \
                            and text.endswith(self.rules.milestone_leads, 0, i):
                        continue  # "建成|中交": the plant handed over to its owner, no firm
                    if hit[0] == "COMPANY" and hit[1].startswith("lexicon") and self._event_name_after(text, j):
                        continue  # "中国|西藏旅游|文化国际博览会": a listed short name inside an event's name
                    if hit[0] in ("AGENCY", "COMPANY") and self._last_char_taken(text, j, ends):
                        continue  # "教育部|门", "公安部|队", "整改中|建立": the last character starts another word
                    if hit[0] == "PLACE" and j < n and text[j:ends[bisect_right(ends, j)]] in self.rules.people_words \
                            and text[i:j] in self.gazetteer.world_cities:
                        continue  # "于|威尼斯|人|举行": the resort named for the city, or its people, no place
                    if hit[0] == "PLACE" and hit[1].startswith("gazetteer") and i >= 1 and i - 1 in bounds \
                            and text[i - 1] in self.rules.name_numerals:
                        continue  # "进驻|二|林园区": the numeral opens the name (二林园区, a park), no division there
                    if hit[0] == "AGENCY" and i >= 1 and _levels_organ(text[i - 1:j], self.rules) \
                            and (i == 1 or not text[i - 2].isalnum() or text[i - 2] in self.rules.determiners):
                        continue  # "、县|区委书记": the party committees of every county and district
                    out.append(Candidate(i, j, hit[0], hit[1]))
        return out

    def _event_name_after(self, text: str, j: int) -> bool:
        """Whether the words from ``j`` on close an event's name, with no mark or space before its head
        (文化国际博览会, 发展论坛): what came before is the event's, not a company's."""
        m = self.rules.event_name_re.match(text, j)
        return m is not None

    def _names_in(self, text: str) -> dict[int, list[tuple[int, tuple[str, str]]]]:
        """Every known name in ``text``, overlapping ones too, by where it starts: its end and its (label, rule),
        shortest first.

        One pass of an Aho-Corasick automaton over the sentence, instead of a look-up of every string that
        starts at each token and is a prefix of a name: the same names (every prefix of a name is one).
        """
        if self._name_finder is None:
            names = sorted(name for name in self.phrases if name and name in self.prefixes)
            automaton = ahocorasick_rs.AhoCorasick(names) if names else None
            self._name_finder = (automaton, [self.phrases[name] for name in names])
        automaton, hits = self._name_finder
        found: dict[int, list[tuple[int, tuple[str, str]]]] = {}
        if automaton is None:
            return found
        several = {}
        for x, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
            at = found.get(start)
            if at is None:
                found[start] = [(end, hits[x])]
            else:
                at.append((end, hits[x]))
                several[start] = at
        # (one stable sort of each start's names, in the order found, orders them as a sort after each would)
        for at in several.values():
            at.sort(key=_first)
        return found

    def _slogan(self, text: str, c: Candidate, words, tags, offs) -> bool:
        """Whether a place ends a development slogan (农业|立县, 科技|兴县); see :func:`ends_slogan`."""
        k = ends_slogan(text, c.end, words, tags, offs, self.rules, c.rule.startswith("gazetteer"))
        return k is not None and not self._known_place(words[k])

    def _cluster_initials(self, text: str, c: Candidate) -> bool:
        """A county's short alias right before a cluster of cities: two cities' first characters (兰西|城市群)."""
        if c.rule != "gazetteer-alias" or not text.startswith(self.rules.city_clusters, c.end):
            return False
        place = self.gazetteer.lookup(text[c.start:c.end])
        return place is not None and place.level == "county"

    def _alias_in_name(self, text: str, c: Candidate, words, tags, offs) -> bool:
        """A loose prefecture alias inside a longer name: 玉溪|卷烟厂, 陈|桂林, 本溪|职工大学.

        Its own outlet goes on with it as its place (宝鸡|电视台): the outlet says where the paper is.
        """
        if c.rule != "gazetteer-alias" or text[c.start:c.end] not in self.loose_aliases:
            return False
        x = bisect_left(offs, c.start)
        if x < len(offs) and offs[x] == c.start and x > 0 and len(words[x - 1]) == 1 and tags[x - 1] in PERSON_TAGS:
            return True  # a surname before it
        y = bisect_left(offs, c.end)
        if y >= len(offs) or offs[y] != c.end:
            return False
        nxt = words[y]
        if x < len(offs) and offs[x] == c.start and self._sited(words, tags, x, y):
            return False  # "在|三明|投资": where the firm invests
        return (tags[y] in NOUN_TAGS or tags[y] in PROPER_TAGS or tags[y] == "ng") and not nxt.startswith(self.rules.media_suffixes)

    def _alias_under_county(self, c: Candidate, words, offs) -> bool:
        """A city's or a province's short alias written right after a county of another city ("平原县|桃园|宾馆"):
        no city lies inside a county, so the alias opens a local name there (a hotel, a street, a village)."""
        if c.rule != "gazetteer-alias":
            return False
        x = bisect_left(offs, c.start)
        if x == 0 or x >= len(offs) or offs[x] != c.start or offs[x - 1] + len(words[x - 1]) != c.start:
            return False
        county = self.gazetteer.places.get(words[x - 1])
        if county is None or county.level != "county":
            return False
        place = self.gazetteer.lookup(words[x])
        return place is not None and place.level in ("city", "province") \
            and place.name not in self.gazetteer.parent_chain(county.name)

    def _person_after_title(self, text: str, c: Candidate, titles: bool = True) -> bool:
        """Whether a place is, or ends, a person's name right after a title: 县委书记钱|福安, 市长|陈江山,
        or in a list of people's names (郑文红、钱|福安等县领导).

        A given name is one or two characters, often a place's short alias or a
        word ending like a place (江山): after a title and a surname it is the person.
        """
        r = self.rules

        def listed() -> bool:
            # (in a list of people "郑文红、钱|福安等": a list of places has items that open with a surname's
            # character too, 白鹭、金滩, but not a surname before a division's alias)
            return c.end - c.start <= 2 and c.start > 0 and text[c.start - 1] in r.surnames \
                and _among_people(text, c.start - 1, c.end, r.surnames)

        if not titles:
            return listed()  # (a text that holds no title: only a list of people's names makes the place a person's)

        def person(s: int) -> bool:
            # (a byline writes a space between the title and the name: "（记者 某某 实习生 黄汉城）")
            return s >= 0 and text[s] in r.surnames and c.end - s in (2, 3) \
                and (text[:s].endswith(r.person_title_ends)
                     or (text[s - 1:s] in (" ", "\u3000") and text[:s - 1].endswith(r.person_title_ends)))

        # The name is the place ("市长|陈江山"), or the place follows the surname ("县委书记钱|福安", and in a
        # list of people).
        return person(c.start) or (c.end - c.start <= 2 and person(c.start - 1)) or listed() \
            or any(text[i] in r.surnames and _title_before(text, i, r.person_title_ends, self._level_chars) for i in range(c.start, c.end - 1))
        # (and a place that runs from a title over the person's name, or starts with the name after its title:
        # "县委书记董|路|明" is no road, "县长林明溱宣告南投旺来产业园区" no park)

    def _given_name(self, text: str, c: Candidate) -> bool:
        """Whether a firm's short name is a person's given name after a title and a surname: "镇长韩|建行",
        "副县长王|中粮": a two-character given name is as often a bank's or a group's short name."""
        s = c.start - 1
        return s > 0 and text[s] in self.rules.surnames \
            and _title_before(text, s, self.rules.person_title_ends, self._level_chars)

    def _joined_after_person(self, c: Candidate, words, tags, offs) -> bool:
        """Whether a place that opens with a conjunction follows a person's name: "副县长段庆东|和县|财政…".

        jieba glues 和 to the level after it (和县, a county of Anhui), where the clause lists a
        person and the county's offices; a person's name never opens a place's.
        """
        r = self.rules
        x = bisect_left(offs, c.start)
        if c.end - c.start != 2 or not 0 < x < len(offs) or offs[x] != c.start or words[x][:1] not in r.item_joiners:
            return False
        if tags[x - 1] in PERSON_TAGS or words[x - 1] in r.person_titles:
            return True
        # a name jieba does not know, after its title: "副县长|段|明远|和县"
        text = "".join(words[max(0, x - 4):x])
        return any(len(text) > n and text[-n] in r.surnames and text[:-n].endswith(r.person_title_ends)
                   for n in (2, 3))

    def _last_char_taken(self, text: str, j: int, ends: list[int]) -> bool:
        """Whether the character before ``j`` makes a word with the one at ``j`` instead of ending a name.

        Our names are in jieba's dictionary, so jieba writes 教育部|门 and 公安部|队 where
        the text says 教育|部门 and 公安|部队. The name stands where jieba reads the next
        character into a word of its own (公安局|面临), or writes it alone as a word that never
        sits inside a name (央行|将: not 行将, "about to"), or a title follows (外交部|长,
        县公安局|长). ``ends``: the sorted token boundaries. Offices and companies: a
        company's short name inside a word jieba reads across it is none (中建 in
        "整改中|建立", "以中|建交"), but one that ends a word of its own before a word or
        a function character stands (农发行|将). Not places: a country ends well before
        such a pair (中国|人), and its last character makes words with anything.
        """
        if j >= len(text) or text[j] in self.rules.name_title_heads or text[j - 1:j + 1] not in base_tags():
            return False
        k = bisect_left(ends, j)
        own_word = k < len(ends) and ends[k] == j and k + 1 < len(ends) \
            and (ends[k + 1] - j >= 2 or text[j:ends[k + 1]] in self.rules.boundary)
        return not own_word

    def _placed_offices(self, cands, words, tags, offs, text: str) -> list[Candidate]:
        """A known office with its place written right before it is that place's: 黔东南州|投资促进局, 伊朗|外交部.

        The suffix rule reads a place before an office whose name ends in a word of its own
        (黔东南州|商务局); where jieba writes the suffix apart (投资|促进|局, 农业|农村|厅), or the
        office is a known name (外交部), the place before it is part of its name too: alone,
        外交部 is China's ministry, and the graph would give Iran's words to it. The place is a
        gazetteer name (a division or a country), or a word that ends like a division. An office
        that names its level (市|公安局) is the home division's, not the place's.
        """
        r = self.rules
        if not any(c.label == "AGENCY" and c.rule.startswith(("abbreviation", "lexicon")) for c in cands):
            return []  # (most sentences: no office to place, and no tables to build)
        index = {o: x for x, o in enumerate(offs)}
        places = {(c.start, c.end) for c in cands if c.label == "PLACE"}
        known: dict[int, Candidate] = {}  # the longest gazetteer place ending at each offset
        for c in cands:
            if c.label == "PLACE" and c.rule.startswith("gazetteer") \
                    and (c.end not in known or c.start < known[c.end].start):
                known[c.end] = c
        # Whose an office is, where a field opens its name and no gazetteer name comes first: a government
        # ("澳门特区政府|招商|投资促进局") or a region written with its short level ("澳门特区|招商|…"), which
        # the suffix rules read; the office is theirs, as it is a division's
        owners: dict[int, Candidate] = {}
        regions, governments = tuple(r.government_owners), tuple(r.owned_suffixes)
        for c in cands:
            if (c.label == "PLACE" and text.endswith(regions, c.start, c.end)) \
                    or (c.label == "AGENCY" and text.endswith(governments, c.start, c.end)
                        and c.rule.startswith("suffix")):
                owners[c.end] = c
        # the longest zone the suffix rules read ending at each offset (a name of its own: 长沙经济技术开发区)
        zones: dict[int, Candidate] = {}
        for c in cands:
            if c.label == "PLACE" and text.endswith(tuple(r.zone_words), c.start, c.end) \
                    and text[c.start:c.end] not in r.generic and (c.end not in zones or c.start < zones[c.end].start):
                zones[c.end] = c
        out = []
        for c in cands:
            if c.label != "AGENCY" or not c.rule.startswith(("abbreviation", "lexicon")):
                continue
            rule = c.rule.partition(":")[0].partition("-")[0] + ":placed"
            x = index.get(c.start)
            if text.startswith(self._admin_words, c.start):
                if (start := self._division_before_level(text, c.start)) is None and x:
                    start = self._county_stem_before(words, tags, offs, x, text[c.start])
                if start is not None and start in index:
                    # "福州|市委", "奉节|县委", "房县|县委": the office's level is the division's own
                    out.append(Candidate(start, c.end, "AGENCY", rule, c.prio))
                    continue
                first = self._town_name_before(words, tags, x) if x and text[c.start] in r.town_levels else None
                if first is not None:
                    # "石门|岭|乡政府", "石门|岭|镇党委": a town jieba does not know, cut into words, then
                    # its government with the level; the office is that town's
                    # (the mark of a former town glued to its name is no part of it: "原柘岭|镇政府|驻地")
                    out.append(Candidate(offs[first] + self._former_cut(words[first]), c.end, "AGENCY", rule, c.prio))
                    continue
                if text[c.start:c.end] not in self.office_names:
                    continue
            if x is not None and x >= 2 and words[x - 1] in r.office_fields:
                # "渝中区|招商|投资促进局", "县|招商|投资促进局": a field the office's full name opens with
                before = known.get(offs[x - 1]) or owners.get(offs[x - 1])
                if before is not None or (words[x - 2] in r.admin and len(words[x - 2]) == 1):
                    out.append(Candidate(before.start if before is not None else offs[x - 2], c.end, "AGENCY", rule,
                                         c.prio))
                    continue
            zone = zones.get(c.start)
            if zone is not None:
                # "某某经济技术开发区|投资促进局": a zone's own office, which alone would read as the home city's
                out.append(Candidate(zone.start, c.end, "AGENCY", rule, max(c.prio, zone.prio)))
                continue
            if x and words[x - 1] in r.zone_kinds:
                # "高新区|招商中心", "开发区|投资促进中心": the zone the page is about, by its kind alone, as the
                # suffix rule reads 经开区|招商局; alone, the office would be the home city's
                out.append(Candidate(offs[x - 1], c.end, "AGENCY", rule, c.prio))
                continue
            place = known.get(c.start)
            if place is not None and text.endswith(r.mission_words, 0, place.start):
                continue  # "驻|西藏|人民解放军": where a body is stationed, not whose it is
            if place is not None:
                out.append(Candidate(place.start, c.end, "AGENCY", rule, max(c.prio, place.prio)))
                continue
            if not x:
                continue
            w = words[x - 1]
            if tags[x - 1] == "x" and len(w) >= 2 and w[-1] in r.admin and not self._known_place(w):
                # "可向区|农业|农村|委": a guess glued the office's own level to the words before it
                out.append(Candidate(c.start - 1, c.end, "AGENCY", rule, c.prio))
                continue
            if offs[x - 1] + len(w) == c.start and len(w) >= 2 and w not in r.generic \
                    and (tags[x - 1] == "ns" or self._known_place(w) or (offs[x - 1], c.start) in places) \
                    and w.endswith(r.office_divisions):
                out.append(Candidate(offs[x - 1], c.end, "AGENCY", rule, c.prio))
        return out

    def _field_joined_offices(self, cands, words, offs) -> list[Candidate]:
        """An office whose full name joins a field to a known office's: 莒县|合作|与|招商局 is one bureau.

        Alone, 招商局 would be the county's investment bureau and 莒县 a place beside it; the field
        and the conjunction are part of the bureau's name where a place or a bare level opens it.
        """
        index = {o: x for x, o in enumerate(offs)}
        known: dict[int, Candidate] = {}
        for c in cands:
            if c.label == "PLACE" and c.rule.startswith("gazetteer") \
                    and (c.end not in known or c.start < known[c.end].start):
                known[c.end] = c
        out = []
        for c in cands:
            x = index.get(c.start)
            if c.label != "AGENCY" or x is None or x < 3 or words[x - 1] not in self.rules.office_field_joiners:
                continue
            start = self._joined_field_start(words, offs, x - 1, known)
            if start is not None:
                out.append(Candidate(start, c.end, "AGENCY", "field-office", c.prio))
        return out

    def _joined_field_start(self, words, offs, j, known) -> int | None:
        """Where an office's name starts whose field is joined to a known office by word ``j`` (与, 和).

        One or two field words before the conjunction, and right before them a gazetteer place or a
        bare level ("县|经济|合作|与|招商局"); None where no such name is written.
        """
        r = self.rules
        first = j
        while first > j - 2 and first >= 1 and words[first - 1] in r.office_joined_fields:
            first -= 1
        if first == j or first < 1:
            return None
        before = known.get(offs[first])
        if before is not None:
            return before.start
        if words[first - 1] in r.admin and len(words[first - 1]) == 1:
            return offs[first - 1]
        return None

    def _town_name_before(self, words, tags, x) -> int | None:
        """Where a town's name of two to four characters starts right before word ``x``, if one does.

        One or two name-like words after a verb, a preposition or a mark: "来到|石门|岭|乡政府".
        """
        r = self.rules
        for first in (x - 1, x - 2):
            if first < 1:
                return None
            span = range(first, x)
            name = "".join(words[y] for y in span)
            if not all(tags[y] in TOWN_NAME_TAGS and words[y] not in r.admin and words[y] not in r.generic
                       and words[y] not in r.determiners and words[y] not in r.lead_words for y in span):
                return None
            if 2 <= len(name) <= 4 and (tags[first - 1] in TOWN_BOUNDARY_TAGS or words[first - 1] in r.boundary):
                return first
        return None

    def _joined_offices(self, cands, words, tags, offs, text: str) -> list[Candidate]:
        """A known office whose name joins a field before it with 和, after its place or level.

        "定日县|农业|农村|和|科学技术局", "县|农业|农村|和|水利局": a merged office's name; alone,
        科学技术局 is the field's office anywhere, and the place and the first field are lost.
        One or two words of a field, none of them an office or a title (县领导|和|水利局 is two).
        """
        r = self.rules
        if not r.agency_joiners or r.agency_joiners.isdisjoint(words):
            return []
        index = {o: x for x, o in enumerate(offs)}
        places = {c.end: c for c in cands if c.label == "PLACE" and c.rule.startswith("gazetteer")}
        out = []
        for c in cands:
            if c.label != "AGENCY" or not c.rule.startswith(("abbreviation", "lexicon")) \
                    or not text[c.start:c.end].endswith(r.joined_agency_ends):
                continue
            x = index.get(c.start)
            if not x or x < 3 or words[x - 1] not in r.agency_joiners:
                continue
            if words[x] in r.admin or self._known_place(words[x]):
                continue  # "县产业集聚区|及|县人社局": an office with a level of its own is the second of two
            for n in (1, 2):
                k = x - 1 - n  # the field's first word
                if k < 1:
                    break
                field = range(k, x - 1)
                if any(tags[y] not in NOUN_TAGS or words[y] in r.person_titles or self._known_agency(words[y])
                       or words[y].endswith(r.agency_suffixes) for y in field):
                    break
                place = places.get(offs[k])
                if place is not None:
                    out.append(Candidate(place.start, c.end, "AGENCY", c.rule.partition(":")[0] + ":joined",
                                         max(c.prio, place.prio)))
                    break
                # (a level jieba writes alone may read as a noun: "、|镇(n)|发展|改革|和|统计局")
                if words[k - 1] in r.admin and (tags[k - 1] in STOP_TAGS or tags[k - 1] == "n") \
                        and (k < 2 or tags[k - 2] in STOP_TAGS or words[k - 2] in r.boundary):
                    out.append(Candidate(offs[k - 1], c.end, "AGENCY", c.rule.partition(":")[0] + ":joined", c.prio))
                    break
        return out

    def _grassroots_offices(self, cands, words, tags, offs, text: str) -> list[Candidate]:
        """A village's or a community's committee with its village before it: 华兴镇明月村|村民委员会.

        Alone, 村委会 is any village's; the village before it names whose it is, and the places
        before the village are part of the name as they are of a township's government. The
        village is a place found before it, or a name jieba writes apart from its 村 (明月|村, a time
        word to jieba) or glues its 村 to the committee (高丰|村委会).
        """
        r = self.rules
        if not any(office in text for office in r.grassroots_offices):
            return []
        index = {o: x for x, o in enumerate(offs)}
        ends = {o + len(w) for o, w in zip(offs, words)}
        places: dict[int, Candidate] = {}  # the longest place ending at each offset
        for c in cands:
            if c.label == "PLACE" and (c.end not in places or c.start < places[c.end].start):
                places[c.end] = c
        out = []
        for office in r.grassroots_offices:
            at = text.find(office)
            while at >= 0:
                end = at + len(office)
                x = index.get(at)
                start, prio = None, 1
                if x and end in ends:
                    place = places.get(at)
                    w, t = words[x - 1], tags[x - 1]
                    if place is not None and text[place.start:at].endswith(r.grassroots_places):
                        start, prio = place.start, place.prio
                    elif w in r.grassroots_places and x >= 2 and len(words[x - 2]) >= 2 \
                            and (tags[x - 2] not in STOP_TAGS or tags[x - 2] == "t") \
                            and words[x - 2] not in r.boundary:
                        start = offs[x - 2]  # 明月|村|村委会
                    elif office.startswith(r.grassroots_places) and len(w) >= 2 \
                            and (t in PLACE_NAME_TAGS or t in ("x", "n")) and w not in r.boundary \
                            and w not in r.generic_bodies and not w.endswith(r.grassroots_places) \
                            and not self._known_place(w) and not w.endswith(self._admin_words) \
                            and not self._after_glue(w):
                        start = offs[x - 1]  # 高丰|村委会: 高丰村's committee (青松|村委会: a village named after a pine)
                if start is not None:
                    for _ in range(4):  # the township, the county … written before the village
                        before = places.get(start)
                        if before is None or before.start >= start:
                            break
                        start, prio = before.start, max(prio, before.prio)
                    out.append(Candidate(start, end, "AGENCY", "grassroots", prio))
                at = text.find(office, at + 1)
        return out

    def _counted_levels(self, text: str, start: int, end: int) -> bool:
        """Whether an office begins with, or right after, a count of divisions of its level.

        "与3镇|人民政府", "两镇|政府", "3镇|镇政府" (the level said again), "三镇政府": the governments
        of several towns, no one government, as "三县|一区" names no county. A count is one
        numeral or a number in digits; more numerals name a town (五一镇, 七一乡), and so does a
        division's name the count and its level open (三县岭镇政府).
        """
        def level_at(at: int) -> str:
            return next((n for n in self.rules.division_nouns if text.startswith(n, at)), "")

        def count_before(at: int) -> bool:
            run = at
            while run > 0 and _NUMERAL.fullmatch(text[run - 1]):
                run -= 1
            return at - run == 1 or (at > run and text[run:at].isdigit())

        n = level_at(start)
        if n:
            before = start - len(next((p for p in self.rules.count_possessives if text.endswith(p, 0, start)), ""))
            if before < start and text.endswith(n, 0, before):
                return count_before(before - len(n))  # 3市的|市政府
            at = start - len(n) if text.endswith(n, 0, start) else start  # 3镇|镇政府
            return count_before(at)
        at = start
        while at < end and _NUMERAL.fullmatch(text[at]):
            at += 1
        return at > start and bool(level_at(at)) and count_before(at) \
            and not (start > 0 and _NUMERAL.fullmatch(text[start - 1])) \
            and not any(text[start:e] in self.division_names for e in range(at + 2, end))  # 三县岭镇|政府

    def _county_stem_before(self, words, tags, offs, x, level: str) -> int | None:
        """Where a county of one character and its level starts, written alone before the office's level.

        jieba does not know every such county: "道|县|人民政府", "由|道|县政府" are 道县's. A
        character it reads as a word of the clause (和, "and"; 应, "should"; 新, "new") starts none.
        """
        stem = words[x - 1]
        if len(stem) != 1 or tags[x - 1] in STEM_CLAUSE_TAGS or offs[x - 1] + 1 != offs[x]:
            return None
        place = self.gazetteer.written(stem + level)
        return offs[x - 1] if place is not None and place.level in DIVISION_ABOVE_TOWNS else None

    def _division_before_level(self, text: str, at: int) -> int | None:
        """Where a division's full name starts that the level character at ``at`` ends or repeats, if any.

        jieba writes 奉节|县委 and 福州|市委 (the short name, then the committee with the level),
        and 房县|县委 (the full name, then the level again): the committee is that division's.
        """
        names = self.division_names
        for start in range(max(0, at - 8), at - 1):
            if text[start:at + 1] in names or (text[start:at] in names and text[at - 1] == text[at]):
                return start
        for start in range(max(0, at - 4), at - 1):
            # "大通|县委", "民和|县委": an autonomous county's short name with its level (大通回族土族自治县),
            # which jieba reads as a noun or a verb
            name = text[start:at + 1]
            if name in self.rules.false_words:
                continue
            # a short name several divisions share is the one of that level (大通: 大通区, 大通…自治县)
            shared = [f for f in self.gazetteer.ambiguous.get(name[:-1], ()) if f.endswith(name[-1])]
            if self.gazetteer.written(name) is not None or len(shared) == 1:
                return start
        return None

    def _departments(self, cands, words, tags, offs, text: str) -> list[Candidate]:
        """A ministry's department written right after it: 外交部|领事司, 商务部|外资|司, 国家发改委|价格|司.

        Alone, 领事司 is any ministry's; the known office before it names whose it is. jieba reads
        the department's words as anything (价格|司 is a noun and a person's name), so they are
        read by where they end: in a department word (``department_ends``), within three words.
        """
        r = self.rules
        if not r.department_ends:
            return []
        out = []
        for c in cands:
            if c.label != "AGENCY":
                continue
            name = text[c.start:c.end]
            # a foreign state's ministry, which the rules read by its suffix (美国国防部|导弹|防御|局)
            foreign = c.rule.startswith("suffix") and name.endswith(r.ministry_bureau_heads) and self._state_named(name)
            ministry = (foreign or c.rule.startswith(("abbreviation", "lexicon"))) and name.endswith(r.ministry_ends)
            # a named office's unit (某市公安局|禁毒|支队)
            units = bool(r.office_units) and name.endswith(r.unit_office_ends) and len(name) >= 3
            if not (ministry or units):
                continue
            # the word the department begins in; jieba may write both as one (外交部新闻司)
            x = bisect_right(offs, c.end) - 1
            if x < 0 or offs[x] < c.start or offs[x] + len(words[x]) <= c.end:
                x += 1
            for y in range(x, min(len(words), x + 3)):
                w = text[max(offs[y], c.end):offs[y] + len(words[y])]
                if (tags[y] in STOP_TAGS and offs[y] >= c.end) or w in r.boundary \
                        or (y > x and offs[y] != offs[y - 1] + len(words[y - 1])):
                    break
                unit = units and w.endswith(r.office_units) and offs[y] >= c.end
                if unit or (ministry and (w.endswith(r.department_ends) or (
                        w.endswith(r.ministry_bureau_ends) and (":" not in c.rule or foreign)
                        and (foreign or r.owns_bureau(text[c.start:c.end])) and text[c.start] not in r.division_nouns))):
                    end = offs[y] + len(words[y])
                    if end - c.end >= 3 and not any(w.endswith(n) for n in r.not_department_words):
                        rule = c.rule.partition(":")[0] + ":department"
                        out.append(Candidate(c.start, end, "AGENCY", rule, c.prio))
                    break
        return out

    def _state_named(self, name: str) -> bool:
        """Whether an office's name opens with a state's: its country's (美国国防部) or its one-character name (俄国防部)."""
        return name[:1] in self._army_states or any(name[:k] in self.gazetteer.countries for k in range(2, min(len(name), 8)))

    def _suffix_matches(self, words, tags, offs) -> list[Candidate]:
        r = self.rules
        out = []
        heads = self.place_heads
        for j in self._suffix_positions(words):
            w = words[j]
            if j + 1 < len(words) and words[j + 1].startswith("长") and offs[j] + len(w) == offs[j + 1] \
                    and w[-1:] in r.titled_office_suffixes and (w[:-1] in r.acting_post_words or (
                        len(w) == 1 and j >= 1 and words[j - 1] in r.acting_post_words)):
                continue  # "某管理局|代理局|长|某某": an acting head's title; the office was named before it
            if w[:2] in heads and len(w) > 2:
                # jieba glues a place suffix to the noun after it ("西藏路|社区卫生|服务中心"):
                # the place ends inside the word.
                suf = w[:2]
                cand = self._extend_left(words[:j] + [suf], tags[:j] + ["n"], offs[:j + 1], j, suf, "PLACE", "strong")
                if cand is not None:
                    out.append(cand)
            if j >= 1 and words[j - 1] + w in r.company_strong and offs[j - 1] + len(words[j - 1]) == offs[j] \
                    and not w.endswith(r.company_suffixes):
                # a legal form jieba writes as two words, neither of them a suffix ("合伙|企业")
                out.extend(self._two_word_suffix(words, tags, offs, j, "COMPANY", "strong"))
                continue
            if j >= 2 and words[j - 1] + w in r.split_body_suffixes and offs[j - 1] + len(words[j - 1]) == offs[j] \
                    and offs[j - 2] + len(words[j - 2]) == offs[j - 1] and self._known_place(words[j - 2]):
                # "某县|工业|会": an association's suffix in two words, right after the place it is of
                out.extend(self._two_word_suffix(words, tags, offs, j, "AGENCY", "strong"))
                continue
            if w in r.trade_association_words and self._placed_trade_before(words, tags, offs, j):
                # "某县|轴承|协会": the association of a trade's firms, named by its place and its trade
                out.extend(replace(c, rule="suffix:" + w) for c in self._two_word_suffix(words, tags, offs, j, "AGENCY", "strong"))
                continue
            if j >= 2 and "".join(words[j - 2:j + 1]) in r.company_strong \
                    and offs[j - 2] + len(words[j - 2]) == offs[j - 1] and offs[j - 1] + len(words[j - 1]) == offs[j]:
                # a village's cooperative, in three words: "小水村|股份|经济|合作社"
                out.extend(self._two_word_suffix(words[:j - 2] + [words[j - 2] + words[j - 1]] + words[j:],
                                                 tags[:j - 1] + tags[j:], offs[:j - 1] + offs[j:], j - 1, "COMPANY",
                                                 "strong"))
                continue
            if w in r.lone_office_suffixes and j >= 2 and tags[j - 1] == "n" and len(words[j - 1]) >= 2 \
                    and offs[j - 1] + len(words[j - 1]) == offs[j] \
                    and (words[j - 2].endswith(r.office_divisions) or self._known_place(words[j - 2])
                         or self._zone_word(words[j - 2]) or words[j - 2] in r.agency_joiners
                         or (j >= 3 and words[j - 3] in r.agency_joiners and tags[j - 2] in NOUN_TAGS | {"j"})):
                # "县|人力资源|局", "县|国土资源|局": jieba writes the bureau's field and 局 apart; after a
                # place's name too ("欧洲|货币|局"), and after another field joined to it, the place then
                # opening the whole ("某县|交通运输|和|物流|局", "某县|商务|和|工业|信息化|局": merged bureaus)
                out.extend(self._two_word_suffix(words, tags, offs, j, "AGENCY", "weak"))
                continue
            if w == "局" and (cand := self._fielded_bureau(words, tags, offs, j)) is not None:
                out.append(cand)
                continue
            if w in r.titled_office_suffixes and j + 1 < len(words) and self._head_title(words[j + 1], w) \
                    and offs[j] + len(w) == offs[j + 1] \
                    and not (words[j + 1].startswith(r.deputy_marks) and self._known_office_ends(words, j)):
                # "投资|推广|署|署长": the office's suffix jieba writes alone, before its head's title
                cand = self._extend_left(words, tags, offs, j, w, "AGENCY", "weak")
                if cand is not None:
                    out.append(cand)
                continue
            if w in r.verb_office_heads and j + 1 < len(words) and offs[j] + len(w) == offs[j + 1] \
                    and (words[j + 1] in r.verb_office_heads[w] or (
                        words[j + 1] in r.deputy_marks and j + 2 < len(words)
                        and words[j + 1] + words[j + 2] in r.verb_office_heads[w])):
                # "市|合作|交流|办(v)|主任", "县|乡村|振兴|办|副|主任": the office's suffix jieba reads as a
                # verb, before its head's title
                cand = self._extend_left(words, tags, offs, j, w, "AGENCY", "weak")
                if cand is not None:
                    out.append(cand)
                continue
            if j >= 1 and w[0] in r.division_nouns and w in (w[0], w[0] * 2) \
                    and offs[j - 1] + len(words[j - 1]) == offs[j] and (len(w) == 2 or words[j - 1].endswith(w)):
                # "白云村|村|集体经济", "温平|村村|集体所有": a village's name, then its collective (村集体) or
                # "every village" (村村): the place ends at the division's first character
                if len(w) == 2:
                    cand = self._extend_left(words[:j] + [w[0]], tags[:j] + ["n"], offs[:j + 1], j, w[0], "PLACE", "weak")
                    if cand is not None:
                        out.append(cand)
                continue
            options = self._suffix_options.get(w)
            if options is None:
                options = self._word_suffixes(w)
                if len(self._suffix_options) < _WORD_CACHE:
                    self._suffix_options[w] = options
            for suf, label, strength in options:
                if strength == "weak" and tags[j] == "v":
                    continue  # "签署", "部署": a verb that ends like an office
                if label == "AGENCY" and ends_like_no_office(w, r.not_office_ends):
                    continue  # "机场|贵宾厅": a room, no office (but 安全局 ends in 全局 and is one)
                if label == "AGENCY" and (w if w != suf or not j or offs[j - 1] + len(words[j - 1]) != offs[j]
                                          else words[j - 1] + w).endswith(r.firm_only_departments):
                    continue  # "某某银行|营业部", "该行|信用卡|部": a firm's own department, no office
                if label == "AGENCY" and suf in r.firm_department_ends and self._after_firm(words, offs, j):
                    continue  # "某某银行|现金|管理部": a department the firm named before it has, no office
                if label == "AGENCY" and tags[j] == "m" and (m := _COUNT.fullmatch(w)) is not None \
                        and m.group(1) in r.site_count_classifiers and j > 0 \
                        and not (words[j - 1].endswith(r.agency_suffixes) or self._known_agency(words[j - 1])):
                    # "…科技产业园|两处", "屋场|三处": how many sites there are, no office (after a bureau's
                    # name, "某局|三处" is its third division)
                    continue
                if label == "AGENCY" and suf in r.firm_office_ends and self.phrases.get(w, ("",))[0] == "COMPANY":
                    continue  # "上交所", "港交所": a firm the lexicon lists whose short name ends like an office
                if label == "AGENCY" and w != suf and self._known_place(w) \
                        and (p := self.gazetteer.lookup(w)) is not None and p.level != "town":
                    # "山海关": a district whose name ends like an office (海关, the customs); a town's
                    # may be the office's own (漯河市|农科所)
                    continue
                if label == "PROJECT" and j + 1 < len(words) and words[j + 1] in r.suffix_goods.get(suf, ()) \
                        and offs[j] + len(w) == offs[j + 1]:
                    continue  # "中叉电动智能工程|装备|项目", "工程|机械": goods named by the suffix's word, no works
                if j + 1 < len(words) and words[j + 1] in r.suffix_compounds.get(suf, ()) and offs[j] + len(w) == offs[j + 1]:
                    continue  # "大美公园|城市": one noun with the word after it, no name ends there
                if label == "COMPANY" and strength == "weak" and j + 1 < len(words) \
                        and offs[j] + len(w) == offs[j + 1] and (self._trade_run_ends_site(words, offs, j + 1)
                                                                 or (w in r.park_trades and self._trade_park_after(words, tags, j + 1, len(words)))):
                    # "锂电新能源|产业基地", "洪洲电子|科技园", "容县电子|信息产业": a trade, not a company;
                    # and so after more trades: "宁东能源|化工|基地" is a region's base of two trades
                    continue
                cand = self._extend_left(words, tags, offs, j, suf, label, strength)
                if cand is not None and label == "COMPANY" and strength == "strong" \
                        and ("中" in words or not r.division_parts.isdisjoint(words)):
                    cand = self._with_brand_locative(words, tags, offs, cand)
                if cand is not None and label == "AGENCY" and suf.endswith(r.branched_bodies):
                    cand = self._with_body_branch(words, tags, offs, j, cand)
                if cand is not None:
                    out.extend(self._split_company_head(words, tags, offs, cand, j, suf))
                    break
        return out

    def _anonymous_firm(self, text: str, start: int) -> bool:
        """Whether a name opens with the mark of a name left out and a firm's kind right after it (某沪企, 某外资企业)."""
        r = self.rules
        mark = next((m for m in r.anonymous_marks if text.startswith(m, start)), None)
        if mark is None:
            return False
        at = start + len(mark)
        return any(text[at:at + n].endswith(r.anonymous_firm_kinds) for n in range(1, 6))

    def _placed_trade_before(self, words, tags, offs, j: int) -> bool:
        """Whether the word before ``j`` is one trade's, written on right after a place's name or a bare level
        ("某省|砂石|协会", "县|纺织|协会"), and no field of the associations that are no trade's (消费者, 足球)."""
        r = self.rules
        if j < 2 or offs[j - 1] + len(words[j - 1]) != offs[j] or offs[j - 2] + len(words[j - 2]) != offs[j - 1]:
            return False
        trade = words[j - 1]
        if len(trade) < 2 or tags[j - 1] not in ("n", "nz", "vn", "j", "x") or trade in r.association_non_trades \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in trade):
            return False
        return self._known_place(words[j - 2]) or words[j - 2] in r.office_divisions

    def _with_body_branch(self, words, tags, offs, j: int, cand: Candidate) -> Candidate:
        """A chamber or an association with its branch after it, named by a trade or two between
        ("某市某省商会|电子|分会"): the branch is the body named, the chamber's name its first part."""
        r = self.rules
        if cand.end != offs[j] + len(words[j]):
            return cand
        for k in range(j + 1, min(j + 4, len(words))):
            w = words[k]
            if offs[k] != offs[k - 1] + len(words[k - 1]) or tags[k] in STOP_TAGS \
                    or not all("\u4e00" <= ch <= "\u9fff" for ch in w):
                return cand
            branch = next((b for b in r.body_branches if w.endswith(b)), None)
            if branch is not None:
                if k == j + 1 and w == branch:
                    return cand  # "商会|分会": the body's branches in general, none named
                return replace(cand, end=offs[k] + len(w))
        return cand

    def _with_brand_locative(self, words, tags, offs, cand: Candidate) -> Candidate:
        """A legal name with the state brand's 中 before it, where jieba read it as "in" at the clause's start:
        "中(f)|财融商（北京）资本管理有限公司", "中|银丰|达（上海）…"; nothing it could place comes before it.
        So with a region's part that opens a brand ("是|西部(f)|华瑞|科技有限公司", as 西部矿业 is named)."""
        x = bisect_left(offs, cand.start)
        if 0 < x < len(offs) and offs[x] == cand.start and offs[x - 1] + len(words[x - 1]) == cand.start \
                and (self._brand_locative(words, tags, x - 1) or self._region_brand(words, tags, x - 1)):
            return Candidate(offs[x - 1], cand.end, cand.label, cand.rule, cand.prio)
        return cand

    def _procedure_office(self, words, tags, j: int) -> bool:
        """Whether the project's head at ``j`` (or a project's word right after it: "…工程|建设项目")
        is followed by a procedure of projects in general and a noun, an office's or a seal's name."""
        k = j + 1 if j + 1 < len(words) and words[j + 1].endswith(self.project_ends) else j
        return k + 2 < len(words) and words[k + 1] in self.rules.project_procedures and tags[k + 2] in ("n", "s")

    def _known_office_ends(self, words, j: int) -> bool:
        """Whether a known office's name ends with the word at ``j`` ("商务部投资促进局|副局长"): it is the name there."""
        name = words[j]
        for x in range(j - 1, max(-1, j - 8), -1):
            name = words[x] + name
            if self.phrases.get(name, ("",))[0] == "AGENCY":
                return True
        return False

    def _head_title(self, word: str, suf: str) -> bool:
        """Whether ``word`` is the title of the head of an office ending in ``suf``, or of its deputy (局长, 副局长)."""
        deputy = next((d for d in self.rules.deputy_marks if word.startswith(d)), "")
        return word.startswith(suf + "长", len(deputy))

    def _trade_run_ends_site(self, words, offs, k) -> bool:
        """Whether word ``k``, after up to two more trades written on (化工, 电子), opens a site's or an
        industry's word: the trades before it name what the site or the industry makes."""
        r = self.rules
        for x in range(k, min(k + 3, len(words))):
            w = words[x]
            if w.startswith(self._industry_trailer_starts) or w.endswith(r.site_ends) or w.endswith(r.industry_ends) \
                    or w in r.site_locatives:
                return True
            if x + 1 >= len(words) or not _trade(w) or offs[x] + len(w) != offs[x + 1]:
                return False
        return False

    def _suffix_positions(self, words) -> list[int]:
        """The words the loop of :meth:`_suffix_matches` may act on.

        Most words end in no suffix and open no legal form, and the loop's tests on them take longer
        than the rest of the rule: what a word may start is decided on the word alone, once per word
        of the pipeline, and the loop runs only at these. Every branch of the loop must pass here.
        """
        facts = _per_word(self._word_facts, words, self._word_fact)
        return list(compress(range(len(facts)), map(_SUFFIX_POSITION.__and__, facts)))

    def _after_firm(self, words, offs, j: int) -> bool:
        """Whether a firm's strong head (某某银行, 某某证券, …公司) ends one of the two words right before ``j``,
        with nothing between: the department at ``j`` is that firm's, as a firm's department is named."""
        for k in (j - 1, j - 2):
            if k < 0 or offs[k] + len(words[k]) != offs[k + 1]:
                return False
            if any(label == "COMPANY" and strength == "strong" for _, label, strength in self._word_suffixes(words[k])):
                return True
        return False

    def _word_suffixes(self, w: str) -> tuple[tuple[str, str, str], ...]:
        """The suffixes (text, label, strength) ``w`` ends in, longest first; none for a word that
        ends like a suffix and names nothing (格局, 成功之路) or opens with 等."""
        options = self.suffix_by_end.get(w[-1])
        if not options or w in self.rules.false_words or w.startswith("等") or self._ends_false(w):
            return ()
        return tuple(o for o in options if w.endswith(o[0])
                     and not (o[1] == "PLACE" and w in self.rules.landform_false_words))  # (矿山: a mine)

    def _suffix_candidate(self, w: str) -> bool:
        r = self.rules
        if len(w) > 2 and w[:2] in self.place_heads:
            return True
        if w in self._strong_tails or w in r.lone_office_suffixes or w in r.titled_office_suffixes \
                or w in r.verb_office_heads or w in self._split_body_tails or w in r.trade_association_words:
            return True  # the end of a legal form in two or three words; an office's 局 written alone
        if w[0] in r.division_nouns and w in (w[0], w[0] * 2):
            return True
        options = self.suffix_by_end.get(w[-1])
        if not options or w in r.false_words or w.startswith("等") or self._ends_false(w):
            return False
        return any(w.endswith(suf) for suf, _, _ in options)

    def _delegation_before(self, words, head: int, lo: int) -> bool:
        """Whether the two words before ``head`` (from ``lo`` on) end in a fair's delegation (某市代表团|项目)."""
        return bool(self.rules.delegation_words) \
            and "".join(words[max(lo, head - 2):head]).endswith(self.rules.delegation_words)

    def _fielded_bureau(self, words, tags, offs, j) -> Candidate | None:
        """A level's bureau whose field jieba writes as words of a clause, then 局 alone: "市|促进|外来|投资|局",
        "市|招商|投资|局". The level's bare word opening a clause ("市", "县") makes them the bureau's name."""
        x = j - 1
        while x >= 0 and j - x <= 4 and tags[x] in ("n", "vn", "v", "f") and offs[x] + len(words[x]) == offs[x + 1] \
                and words[x] not in self.rules.office_divisions:
            x -= 1
        if x < 0 or x == j - 1 or words[x] not in self.rules.office_divisions or offs[x] + 1 != offs[x + 1] \
                or not self._is_start(words, tags, x):
            return None
        return Candidate(offs[x], offs[j] + 1, "AGENCY", "suffix:局", 1)

    def _two_word_suffix(self, words, tags, offs, j, label, strength) -> list[Candidate]:
        """The name ending in words ``j - 1`` and ``j`` read as one suffix word, if any."""
        suf = words[j - 1] + words[j]
        cand = self._extend_left(words[:j - 1] + [suf], tags[:j - 1] + ["n"], offs[:j], j - 1, suf, label, strength)
        return [cand] if cand is not None else []

    def _split_company_head(self, words, tags, offs, cand: Candidate, j: int, suf: str = "") -> list[Candidate]:
        """A suffix project that starts with its company's name, as the company and the project.

        "江苏科利科技|电子产品生产项目", "苏州超邦涂料|年产4.5万吨…项目": a trade name
        (a company suffix after a proper name) or a name before the capacity heads the
        project, as in enumerations ("嘉诺科技|钾产品精深加工").
        """
        if cand.label == "COMPANY":
            town = self._town_before_bracketed_firm(words, offs, cand, j)
            if town:
                return [Candidate(cand.start, cand.start + town, "PLACE", f"{cand.rule}:town", cand.prio),
                        replace(cand, start=cand.start + town)]
            return self._split_group_head(words, tags, offs, cand, j, suf)
        if cand.label != "PROJECT":
            return [cand]
        try:
            a = offs.index(cand.start)
        except ValueError:
            return [cand]
        if words[a] in self.rules.admin and tags[a] in STOP_TAGS:
            return [cand]  # "县|果蔬|冷链|物流|基地…项目": the county's own project; no company's name begins with 县
        if words[a] in self.rules.product_standards:
            return [cand]  # "国六|高效|汽车|活塞…项目": the standard a product is built to opens it; no brand
        if a > 0 and words[a] in self.rules.company_suffixes and a + 4 < j and words[a + 1] in _OPEN_BRACKETS \
                and words[a + 3] in _CLOSE_BRACKETS:
            # "某某|集团|（成都）|食品研发基地项目": no project opens with a company's suffix; the group is named
            # before it, the city it works in follows in brackets, and the project after them
            firm = self._extend_left(words, tags, offs, a, words[a], "COMPANY", "strong")
            if firm is None or firm.start >= offs[a] or firm.end != offs[a] + len(words[a]):
                return [cand]
            return [replace(firm, rule=f"{cand.rule}:company-head"),
                    Candidate(offs[a + 4], cand.end, "PROJECT", cand.rule, cand.prio)]
        if a > 0 and words[a - 1].endswith("公司") and words[a][-1:] in self.rules.office_divisions \
                and self._below_province(words[a]):
            return [cand]  # "青岛佰福得公司|西和县|国际药业…项目": the firm, then the county its project is in
        split = self._trade_head(words, tags, a, j)
        if split is None or split <= a or split > j or self._site_named_capacity(words, split):
            return [cand]
        if self._common_words_before_trade(words, tags, a, split - 1):
            return [cand]  # "某县|青少年(nr)|航空|科普培训中心…项目": who the centre is for, no brand
        if self._place_and_town(words, a, split):
            return [cand]  # "莆田|白鹤|4.8万千瓦风电场项目": a city and one of its towns name the site, no firm
        if words[split - 1].endswith(self.rules.site_ends) and not self._zone_word(words[split - 1]) \
                and self._has_quantity(words, tags, split, min(j, split + 2)):
            return [cand]  # "某某光伏|基地|100万千瓦…储能项目": the site the plant is built at, no firm, before its size
        x = next((x for x in range(split - 2, a - 1, -1) if self._zone_word(words[x])), None)
        if x is not None:
            # "经济|开发区|华新|年产…项目": the park the project is in, then its name as if written alone
            # (no firm's short name holds a park's)
            return self._split_company_head(words, tags, offs, replace(cand, start=offs[x + 1]), j, suf)
        if self._region_and_trade(words, tags, a, split) or self._brandless_trade(words, tags, a, split):
            return [cand]
        if self._joins_products(words, tags, split) or self._joins_products(words, tags, split - 1):
            return [cand]  # "粮食仓储物流|及|15万吨饲料加工项目": a product of the project, not its company's trade
        rest = "".join(words[split:j + 1])
        if len(rest) < 5 or rest in self.rules.generic or "".join(words[split:j]) in self.rules.generic_bodies \
                or self._only_works(words, split, j):
            # "华宇科技|生产线项目", "金田木业|搬迁|扩建|项目": the company's project, named by the company
            return [cand]
        if self._facility_kind(words, split, j + 1) or self._zone_word(words[split]) \
                or self._joined_facility_kind(words, tags, split, j) \
                or words[split].startswith(self.rules.institution_heads) \
                or words[split - 1].endswith(self.rules.institution_heads) \
                or (cand.label == "PROJECT" and self._trade_facility(words, tags, split, j + 1)) \
                or self._trade_site(words, split, j) \
                or (split - 1 > a and words[split - 1] in self.rules.park_trades
                    and self._trade_park_after(words, tags, split, j + 1)):
            # (and "…精密机械|产业园…工程": a park named after its trade, no company; a school's; and
            # "龙华现代智能物流|装备产业园": a park of one more trade, named by common words)
            return [cand]
        site = self._site_after_known_firm(words, tags, a, split)
        if site is not None:
            # "华能|哈密|十三间房|50万千瓦风电项目": the firm the lexicon knows, then the site it builds at
            return [Candidate(cand.start, offs[site], "COMPANY", f"{cand.rule}:company-head", cand.prio),
                    Candidate(offs[site], cand.end, "PROJECT", cand.rule, cand.prio)]
        mid = offs[split]
        # a park heading the project is where it lies, no company, as in a list's item: "安泽经济技术开发区|
        # 160万吨焦化升级改造项目"
        zone = self._zone_word(words[split - 1])
        # a brand opening with a conjunction's character (江苏|和|旺|食品) is one the model reads as two
        # names joined, so the statistical tagger may not drop it (its rule says so)
        head = "zone" if zone else "joined-brand-head" if a + 2 < split \
            and self._joiner_brand_before_trade(words, tags, offs, a + 1, split) else "company-head"
        end = mid
        if split - a >= 4 and words[split - 1] in _CLOSE_BRACKETS and words[split - 2] in self.rules.phase_words \
                and words[split - 3] in _OPEN_BRACKETS:
            end = offs[split - 3]  # "某某启程|（|一期|）|年产…项目": the project's phase, no part of the firm's name
        phased = split - a >= 2 and words[split - 1] in self.rules.phase_words
        if phased:
            # "某某|二期|5万千瓦风电项目": the phase, unbracketed, is the project's as well (jieba tags it an
            # adjective or a time, so the firm's name ran on into it)
            end = offs[split - 1]
        start = offs[self._after_trim(words, split, j, self._branded(tags, a, split), tags)]
        if phased and start == mid:
            start = end
        dot = next((x for x in range(a + 1, min(split + 1, j)) if words[x] in self.rules.brand_dots), None)
        if dot is not None and not zone:
            # "某某硅能|·|某地|2GW…项目": the dot closes the firm's brand, as before a project's own name
            # (brand_dots), and opens no name; the place after it, known or not, is the site the project is
            # named with
            end, start = min(end, offs[dot]), offs[dot + 1] if dot < split else max(start, offs[dot + 1])
        site = self._site_division_head(words, tags, a, split) \
            if not zone and self._project_item(words, a, j + 1) else 0
        where = [Candidate(cand.start, offs[a + site], "PLACE", f"{cand.rule}:site", cand.prio)] if site else []
        return [*where,
                Candidate(offs[a + site], end, "PLACE" if zone else "COMPANY", f"{cand.rule}:{head}", cand.prio),
                Candidate(start, cand.end, "PROJECT", cand.rule, cand.prio)]

    def _project_item(self, words, a, b) -> bool:
        """Whether words ``a`` to ``b`` stand between the marks of a list of projects."""
        marks = self.rules.project_item_marks
        return (a > 0 and words[a - 1] in marks) or (b < len(words) and words[b] in marks)

    def _site_division_head(self, words, tags, a, split) -> int:
        """How many words at ``a`` (one or none) are a division, written in full, that an item of a list of
        projects opens with before its firm's short name: "某某县|旭达|3GW光伏组件项目" is the county's
        project by the firm 旭达, as lists of a city's signed projects write each item.

        A firm a county owns is named by its county and a kind alone ("某某县|城投|…项目"), so the brand left
        after the division must be a name of its own (no ``region_group_kinds``)."""
        place = self.gazetteer.places.get(words[a])
        if place is None or place.level == "province" or place.name != words[a] or split - a < 2 \
                or len(words[a]) < 3:
            return 0  # (a name of two characters, 和县, may be a word of the clause)
        brand = "".join(words[a + 1:split])
        if len(brand) < 2 or brand in self.rules.generic or brand.endswith(tuple(self.rules.region_group_kinds)) \
                or self.phrases.get(words[a] + brand, ("",))[0] == "COMPANY":
            return 0
        return 1

    def _brandless_trade(self, words, tags, a: int, split: int) -> bool:
        """Whether the trade before ``split`` is a kind of goods with no brand right before it ("云南高原|特色|
        食品|智能化…项目", "安宁|现代|食品|…项目"): what the project makes, no maker heading it."""
        r = self.rules
        if words[split - 1] not in r.brand_led_suffixes:
            return False
        k = split - 2
        if k >= a and len(words[k]) == 1:
            return False  # "湖北|和|盛|食品": a brand jieba cut into characters
        return k < a or not self._brand_word(words, tags, k)

    def _brand_word(self, words, tags, k: int) -> bool:
        """Whether word ``k`` may be a maker's brand right before its trade ("冠源|食品"): no place, time or
        generic word ("高原特色|食品", "安宁|现代|食品" name a kind of goods)."""
        r = self.rules
        return tags[k] in BRAND_TAGS and not self._known_place(words[k]) \
            and words[k] not in r.name_time_words and words[k] not in r.generic

    def _town_before_bracketed_firm(self, words, offs, cand: Candidate, j: int) -> int:
        """The length of a town's name that opens a legal name with its city in brackets, else 0.

        "黄安镇|众拓新材料（菏泽）有限公司": the bracket says where the firm registered, in place of the
        province or city a legal name opens with, so a town before the brand is where it is, no part of
        the name (jieba may glue the town's last character to the brand: 李庄|镇华拓).
        """
        a = bisect_right(offs, cand.start) - 1
        if a < 0 or j - a > 8:
            return 0
        name = "".join(words[a:j + 1])[cand.start - offs[a]:]
        m = _TOWN_THEN_BRACKETED_FIRM.match(name)
        if m is None or not self._known_place(m.group(2)):
            return 0
        town = self.gazetteer.lookup(m.group(1))
        return len(m.group(1)) if town is not None and town.level == "town" else 0

    def _split_group_head(self, words, tags, offs, cand: Candidate, j: int, suf: str) -> list[Candidate]:
        """A group's name right before its firm's, no legal name holding both, as the two firms.

        "某某集团|某某科技公司", "某某集团|某某茶业集团": a short name never holds its group's word, so
        the group ends there and its firm begins (a legal name does hold it, "某某集团|某某研究院有限公司",
        and a group's kind of firm is no firm of its own, "某某集团|财务公司").
        """
        r = self.rules
        try:
            a = offs.index(cand.start)
        except ValueError:
            return [cand]
        if not suf or j - a < 2 or offs[j] + len(words[j]) != cand.end \
                or "".join(words[a:j + 1]).endswith(derivation_spec().legal_suffixes):
            return [cand]
        x = next((x for x in range(j - 1, a, -1) if words[x].endswith(tuple(r.group_words))), None)
        if x is None or any(offs[y] + len(words[y]) != offs[y + 1] or words[y] in _OPEN_BRACKETS
                            or words[y] in _CLOSE_BRACKETS for y in range(a, j)):
            return [cand]  # (a bracketed group word is the legal name's own: "中国某某（集团）总公司")
        group = "".join(words[a:x + 1])
        body = "".join(words[x + 1:j + 1])[: -len(suf)]
        if len(body) < 2 or len(group) - 2 < 2 or words[x + 1] in r.subsidiary_words \
                or body.startswith(tuple(r.legal_forms)) \
                or not self._company_body(body, suf) or not self._company_body(group[:-2], "集团"):
            return [cand]
        stem = [(words[y], tags[y]) for y in range(a, x if words[x] in r.group_words else x + 1)]
        if all(self._ordinary_word(w, t) for w, t in stem) \
                or all(self._ordinary_word(words[y], tags[y]) for y in range(x + 1, j + (words[j] != suf))):
            return [cand]  # "军火集团|某某公司": a kind of group in common words, the firm's own description
        mid = offs[x] + len(words[x])
        return [Candidate(cand.start, mid, "COMPANY", cand.rule, cand.prio),
                Candidate(mid, cand.end, "COMPANY", cand.rule, cand.prio)]

    def _partnership_kind(self, word: str) -> bool:
        """Whether ``word`` names a kind of partnership by its two sides (央地, 校企), alone or after the
        level jieba's guess glues to it (县央地)."""
        kinds = self.rules.partnership_kinds
        return word in kinds or (len(word) == 3 and word[0] in self.rules.office_divisions and word[1:] in kinds)

    def _measure_brand(self, words, tags, k) -> bool:
        """Whether word ``k`` is a brand jieba's dictionary holds as a measure: "天元(q)|航材|…项目". A
        measure opening a clause, with no number before it, counts nothing."""
        w = words[k]
        return tags[k] == "q" and len(w) == 2 and is_cjk(w[0]) and is_cjk(w[1]) \
            and (k == 0 or tags[k - 1] in ("w", "_SP") or words[k - 1] in self.rules.boundary)

    def _trade_head(self, words, tags, a, b) -> int | None:
        """Where the project begins after a company's trade name or the name before a capacity, if either.

        Stricter than an enumerated item's :meth:`_company_head`: a suffix project
        has no list around it to vouch for a short head.
        """
        if self._opens_unnamed(words, tags, a, b):
            return None
        found = self._suffix_word(words, tags, a, b)
        if found is not None:
            idx, suf = found
            idx = self._past_branch(words, idx, b)
            # "桐柏县|年产|300万颗|电子|变压器…": a trade after a capacity is the product's, no company's
            if len("".join(words[a: idx + 1])) - len(suf) >= 2 \
                    and (self._has_proper(words, tags, range(a, idx + 1)) or self._measure_brand(words, tags, a)) \
                    and self._capacity_at(words, tags, a, idx + 1) is None \
                    and not (suf not in self.rules.company_strong and self._trade_facility(words, tags, idx + 1, b)):
                return idx + 1
        idx = self._capacity_at(words, tags, a, b)
        if idx is not None:
            idx = self._before_trim(words, a, idx)
            placed = self._province_inside(words, tags, a, idx)
            if placed is None:
                placed = self._division_before_capacity(words, tags, a, idx)
            if placed is not None:
                return placed  # "华能|甘肃|酒泉|100万千瓦…": the firm, then where its project is
        # Four characters at least, or one word of three jieba has never seen ("艾普科|年产…"): a short
        # name it knows may be a person's or an ordinary word's.
        # (a product's model or emission standard is no name: "D30|柴油机|缸体|年产…", "国六|柴油机…")
        if idx is not None and (len("".join(words[a:idx])) >= 4 or (idx == a + 1 and tags[a] == "x" and len(words[a]) == 3)) \
                and self._has_proper(words, tags, [x for x in range(a, idx) if not self._model_mark(words[x])]) \
                and not self._places_only(words, tags, a, idx):
            return idx
        if a + 1 < b and self.phrases.get(words[a], ("", ""))[:2] == ("COMPANY", "lexicon") and len(words[a + 1]) >= 2:
            # "宁德时代|新型锂盐…项目": a firm the lexicon knows, whole, heads the project it builds, where no
            # trade or capacity says more ("长江润发|青禾药业|…项目" is the group's firm of a trade); one character
            # after it is a word the lexicon's name cut ("宏达新材|料产业园", new materials)
            return a + 1
        return None

    def _basis_start(self, words, tags, first) -> int | None:
        """Where a project's name opens with its basis, right after the firm that builds it ("…股份有限公司|
        基于|人工智能|技术|的|…项目", "…集团|基于|高质量|发展|…项目"): the name starts at 基于, which the clause's
        的 or a verb cut off. None where no basis opens it within the clause."""
        r = self.rules
        for x in range(first - 1, max(0, first - 8), -1):
            if tags[x] in ("w", "_SP"):
                return None
            if words[x] in r.basis_words:
                return x if words[x - 1].endswith(r.company_strong) else None
        return None

    def _model_mark(self, word: str) -> bool:
        """A product's model (D25, K3-200) or emission standard (国六): what a product is, never whose."""
        return _MODEL_CODE.fullmatch(word) is not None or word in self.rules.product_standards

    def _province_inside(self, words, tags, a, idx) -> int | None:
        """Where a province opens the words before a capacity, after a proper name (葛洲坝|青海|玛多县…): a province
        is no part of a firm's short name except at its start, so the firm ends there and the project begins."""
        return next((x for x in range(a + 1, idx) if self._province(words[x]) and len("".join(words[a:x])) >= 2
                     and self._has_proper(words, tags, range(a, x))
                     and not any(self.gazetteer.written(words[y]) is not None for y in range(a, x))), None)

    def _division_before_capacity(self, words, tags, a, idx) -> int | None:
        """Where a county or a city the gazetteer knows sits right before a capacity, after a firm's short name
        (华润|沂水|100MW…, 某某电投|蒙城|200MW…): the division is where the project is, no part of the firm's name,
        which holds no division of its own there."""
        x = idx - 1
        if x <= a or len("".join(words[a:x])) < 2 or not self._has_proper(words, tags, range(a, x)):
            return None
        place = self.gazetteer.written(words[x])
        if place is None or place.level in ("town", "village") or tags[x] != "ns":
            return None
        return None if any(self.gazetteer.written(words[y]) is not None for y in range(a, x)) else x

    def _places_only(self, words, tags, a, idx) -> bool:
        """Whether the words before a capacity are only the divisions where the project is.

        "达日县|5万千瓦光伏发电项目", "青山|县|年产…", "红旗|镇|李家|村|存栏…", "镇原县|平泉|镇|2万吨…"
        ("官池|镇|5万千瓦风电": a town jieba writes apart from its name).
        """
        r = self.rules
        head = "".join(words[a:idx])
        return all(tags[x] in ("ns", "m", "t") or self._known_place(words[x])
                   or (x > a and words[x] in r.division_nouns and tags[x - 1] in PROPER_TAGS)
                   or (tags[x] in PROPER_TAGS and x + 1 < idx and words[x + 1] in r.division_nouns)
                   or (len(words[x]) >= 3 and words[x].endswith(r.division_ends)
                       and not self._zone_word(words[x]))  # a park heads its project apart
                   for x in range(a, idx)) \
            or (idx > a and (self._known_place(head) or self._ends_division(words, tags, idx - 1)))

    def _before_trim(self, words, a, idx) -> int:
        """Where a name before a capacity ends: before the leading words of the project ("爱伦金属|扩建|年产…")."""
        while idx - 1 > a and words[idx - 1] in self.rules.trim:
            idx -= 1
        return idx

    def _trade_site(self, words, split, j) -> bool:
        """Whether ``split`` is a facility's head right after a trade word, with more of the name before ``j``.

        "某县冷链物流|中心|屋顶光伏项目": the trade's site (site_ends), which jieba writes apart from it, is where
        the plant is built; a firm's short name ends in no site's word ("某某实业|隧道治理设备…" is a firm's).
        """
        return split + 1 < j and words[split].endswith(self.rules.site_ends) \
            and not words[split - 1].endswith(self.rules.company_strong)

    def _trade_park_after(self, words, tags, x, b) -> bool:
        """Whether a park's word follows at ``x``, after at most the park's other trade in common words
        ("化工|园", "化工|新|材料|产业园"): the trade before it (park_trades) names the park."""
        r = self.rules
        for y in range(x, min(b - 1, x + 1 + r.trade_park_max_words)):
            if words[y].endswith(r.trade_park_ends):
                return y > x or len(words[y]) <= 3
            if any(words[y].startswith(e) and (words[y][len(e):] in r.function_chars
                                               or (tags[y] == "x" and len(words[y]) == len(e) + 1))
                   for e in r.trade_park_ends):
                return True  # "裕廊化工|园为|蓝本", "…|园已|入驻": jieba glued the park's word to the clause's next character
            if tags[y] in PROPER_TAGS or len(words[y]) > 3 \
                    or not (_trade(words[y]) or tags[y] in ("n", "a", "b") or words[y] in r.park_mode_words):
                return False
        return False

    def _trade_facility(self, words, tags, idx, b) -> bool:
        """Whether the words from ``idx`` to ``b`` are a short facility named by common words (汇算|中心|项目), or a process.

        After a trade word they are the trade's facility, no project of a company named by the
        trade ("浦煜国际物流|汇算中心项目"); a proper name there is the project's own (正基置业|汉宫花园).
        """
        r = self.rules
        last = b - 1 if b - 1 > idx and words[b - 1] in r.whole_project_heads else b
        # (its phase after it is no part of the facility's name: "…装备产业园|2|期", "…产业园|二期")
        if last - 1 > idx and words[last - 1] in r.phase_words:
            last -= 1
        elif last - 2 > idx and words[last - 1] == "期" and tags[last - 2] == "m":
            last -= 2
        if last == idx + 1 and tags[idx] in ("v", "vn"):
            return True  # "嘉钢精密机械|加工", "青峰药业|联合|项目": a bare process makes nothing of its own
        rest = "".join(words[idx:last])
        return 2 < len(rest) <= TRADE_FACILITY_CHARS and rest.endswith(r.trade_facility_ends) \
            and not any(tags[x] in NAMED_TAGS for x in range(idx, last))

    def _suffix_word(self, words, tags, a, b) -> tuple[int, str] | None:
        """The first of an item's first words that ends in a company suffix ("嘉诺|科技"), with the suffix."""
        r = self.rules
        for idx in range(a, min(b - 1, a + 5)):
            w = words[idx]
            suf = next((x for x in r.company_suffixes if w.endswith(x)), None)
            if suf is not None and w not in r.false_words:
                # "中海油|新能源|公司|风电场…", "邦源农牧|科技|有限公司|年产…": weak suffixes (新能源, 农牧,
                # 科技) followed by a legal one are one name.
                run = idx
                while run + 2 < b and words[run + 1].endswith(r.company_suffixes):
                    run += 1
                    if words[run].endswith(r.company_strong):
                        idx, suf = run, words[run]
                if not words[idx].endswith(r.company_strong):
                    # "诚鑫医药|胶囊|有限公司|350亿粒…": a trade noun or two between a weak suffix and the
                    # legal form are still the company's name
                    for q in range(idx + 1, min(b - 1, idx + 3)):
                        if words[q].endswith(r.company_strong):
                            idx, suf = q, words[q]
                            break
                        if tags[q] not in NOUN_TAGS:
                            break
                return idx, suf
        return None

    def _year_rate(self, words, tags, k, j) -> bool:
        """Whether 年 at ``k`` begins a year's rate before ``j``, as 年产 does: "年|养殖|10万只…",
        "年|出栏|10万头…", "年|深加工|20万吨…", "…有限公司|年|加工|小麦12万吨…" (after a number
        or a time it is a date: "2020|年|第一批"); so does a day's ("…有限公司|日|处理|1200吨…")."""
        if words[k] not in self.rules.rate_periods or k + 1 >= j or (k > 0 and tags[k - 1] in ("m", "t")):
            return False
        # (and two works before the number: "年|储存(n)|加工|5万吨…")
        return tags[k + 1].startswith("v") or (k + 2 < j and tags[k + 1] != "m" and (
            tags[k + 2] == "m" or (k + 3 < j and tags[k + 2].startswith("v") and tags[k + 3] == "m")))

    def _opens_unnamed(self, words, tags, a, b) -> bool:
        """Whether an item's first word opens it with no company's name: its capacity ("年产1万吨…",
        "年|深加工|20万吨…") or a road's number ("G346|国道…")."""
        return words[a].startswith("年产") or self._year_rate(words, tags, a, b) \
            or _ROAD_CODE.fullmatch(words[a]) is not None

    def _unit_after_number(self, words, tags, x) -> bool:
        """Whether word ``x`` is a capacity's unit right after its number, which jieba may read as an adverb (万|只)."""
        return x > 0 and tags[x - 1] == "m" and words[x] in self.rules.units

    def _capacity_at(self, words, tags, a, b) -> int | None:
        """The first of an item's next words that starts its capacity ("年产…", "2万吨"), if any."""
        for idx in range(a + 1, min(b, a + 6)):
            if words[idx].startswith("年产") or (tags[idx] == "m" and self._has_quantity(words, tags, idx, min(b, idx + 2))):
                if idx - 2 > a and self._year_rate(words, tags, idx - 2, idx + 1):
                    # "桐柏县|年|处理|20万吨…": a year's throughput, as 年产 is a year's output, whatever
                    # jieba tags the verb ("…食品|年|屠宰|100|万头…", 屠宰 read as a person's name)
                    return idx - 2
                while idx - 1 > a and tags[idx - 1] == "m" and _DIGITS.fullmatch(words[idx - 1]):
                    idx -= 1  # "正欣元|15|万|只…": the number jieba wrote apart from its 万 and unit
                return idx
        return None

    def _province(self, word: str) -> bool:
        place = self.gazetteer.lookup(word)
        return place is not None and place.level == "province"

    def _below_province(self, word: str) -> bool:
        """A division under a province, by its full name: 上蔡县, 石牙镇 (or a town or village unknown to the gazetteer).

        So is one written as papers write it, its short name and its level's last character: an autonomous
        county is 杜尔伯特县 far more often than 杜尔伯特蒙古族自治县 ("在|杜尔伯特县|黑龙江某某有限公司")."""
        place = self.gazetteer.places.get(word)
        if place is None and len(word) >= 3:
            place = self.gazetteer.written(word)
            if place is not None and not place.name.endswith(word[-1]):
                place = None
        return (place is not None and place.level != "province") \
            or (len(word) >= 3 and word.endswith(self._local_division_ends))

    def _known_place(self, word: str) -> bool:
        hit = self.phrases.get(word)
        return hit is not None and hit[0] == "PLACE"

    def _named_place(self, word: str) -> bool:
        """A place the phrases know, or any name or alias of the gazetteer's (阳谷, which jieba tags a noun)."""
        return self._known_place(word) or self.gazetteer.lookup(word) is not None

    def _count_word(self, word: str) -> bool:
        """A count written as one word ("十大", "两个", "三批"): it says how many, never names."""
        m = _COUNT.fullmatch(word)
        return m is not None and len(word) >= 2 and m.group(1) in self.rules.count_classifiers

    def _place_date_generic(self, words, tags, a, b) -> bool:
        """A generic name once its leading places and dates are read: "澄城县|2022|年度|1-2|月份|重点项目".

        A generic word of a division stands for a place here too: "参加地区|9月|招商引资项目" (the
        prefecture's); "称多县|8万千瓦|风电|项目" names its product.
        """
        rest = a
        for x in range(b - 3, a - 1, -1):
            if all(words[y] in self.rules.build_words for y in range(x + 1, b - 1)):
                continue  # "金穗农业产业园|新建|项目": only the building is between, the park is the project's
            if self._zone_word(words[x]) or (len(words[x]) >= 2 and words[x].endswith(self.rules.meeting_ends)):
                # "荆门|高新区|招商引资重大项目", "糖酒会|衡阳市|招商引资项目": the park or the fair where
                # they are (a park right before the head is the project's name: 美达高科产业园|项目)
                rest = x + 1
                break
        while rest < b - 1:
            if rest + 2 < b and tags[rest + 1] == "x" and self.gazetteer.written(words[rest] + words[rest + 1]) is not None:
                rest += 2  # "梅里|斯区(x)|项目建设": a division jieba does not know, cut by its guess, is still a place
                continue
            if ((len(words[rest]) >= 3 or rest > a) and words[rest].endswith(self.rules.road_ends)
                    and words[rest] not in self.rules.figurative_roads) \
                    or not (tags[rest] in ("ns", "m", "t") or self._known_place(words[rest]) or self._quality(words, rest)
                            or words[rest] in self.rules.date_words or words[rest] in self.rules.amount_words
                            or words[rest] in self.rules.trim
                            or (words[rest] in self.rules.generic and words[rest].endswith(self.rules.place_ends))
                            or self._count_word(words[rest])
                            or (rest > a and words[rest] in self.rules.place_ends and tags[rest - 1] == "ns")
                            # "年底|前|续建项目", "力争|4月底|续建项目": a time's locative, and the
                            # clause's verb the item's cut took in
                            or (rest > a and tags[rest] == "f" and tags[rest - 1] == "t")
                            or (rest == a and words[rest] in self.rules.project_stop)):
                break
            # "十大|续建|产业项目" counts projects; "衙前|镇|重大产业项目": jieba leaves a town's
            # suffix alone after its name, and the town's projects are still a batch
            # (a road is no place whose projects they are: "滨江路|项目", "韶山|南路|项目" build the road)
            rest += 1
        left = "".join(words[rest:b])
        if (self._known_place(left) and not self._zone_word(left)) or (rest == b - 1 and (tags[rest] == "ns" or words[rest] in self.rules.trim)):
            return True  # "定远县|5个项目集中签约", "禄丰|市集中开工", "凤阳|招商引资集中签约": where the projects are
        return left in self.rules.generic

    @staticmethod
    def _quality(words, x) -> bool:
        """A quality a batch of projects is said to have: "标志性", "引擎|性|支撑|性" (…重大产业项目)."""
        w = words[x]
        return w == "性" or (len(w) >= 3 and w.endswith("性")) or (x + 1 < len(words) and words[x + 1] == "性")

    def _office_start(self, words, first, joiner, j) -> bool:
        """Whether the name from ``first`` starts with an office's full name joined by 和 (住房和城乡建设部…)."""
        name = ""
        for x in range(first, j + 1):
            name += words[x]
            hit = self.phrases.get(name)
            if x > joiner and hit is not None and hit == ("AGENCY", "abbreviation"):
                return True
        return False

    def _placeless_office(self, words, tags, first, joint, j) -> bool:
        """Whether the name from ``first`` to ``j`` is one office joining two fields at ``joint`` (商务及经济
        发展局): it opens its clause, and its words are the fields, no person's or other office's name
        ("某某局主席刘某|及|某某委员会" is two bodies and a person)."""
        return self._opens_clause(words, tags, first) and all(
            tags[x] in _FIELD_TAGS and not words[x].endswith(self.rules.agency_suffixes)
            for x in range(first, j) if x != joint)

    def _opens_clause(self, words, tags, first) -> bool:
        """Whether a name at ``first`` opens its clause, or follows the government it is part of."""
        if first == 0 or tags[first - 1] in ("w", "p") or words[first - 1] in self.rules.item_joiners:
            return True  # (or after a preposition, or a conjunction of a list: "由|环境及生态局…")
        before = words[first - 1]
        return before.endswith(tuple(self.rules.owned_suffixes)) or self._known_agency(before)

    def _place_word(self, word: str) -> bool:
        """A known place, or a word ending like a division or a landform (高柏山, 车村)."""
        return self._known_place(word) or (len(word) >= 2 and word.endswith(self.rules.place_ends))

    def _owner(self, word: str, tag: str) -> bool:
        """A word that says whose a government is: a place, a level, a proper name (乌审旗, 奥巴马).

        One character jieba takes for a surname is none (连|政府 "even the government"), but a
        country's is (墨|政府). The part of jieba's word before 政府 has the dictionary's tag (联合|政府
        a verb, 克林顿|政府 a name), and one glued to a conjunction (党和|政府) owns nothing.
        """
        r = self.rules
        if word in r.government_qualities:
            return False  # "创建|诚信(nz)|政府": the kind of government wanted, not whose
        return (self._known_place(word) or word in r.admin or word in r.government_owners
                or word in r.one_character_places
                or (tag in PROPER_TAGS and not (tag.startswith("nr") and len(word) < 2)))

    def _ordinary_word(self, word: str, tag: str) -> bool:
        """A word of jieba's own dictionary that is no person's or place's name: 电视广播, 石化, 物资.

        Names the lexicon or the gazetteer adds, and words jieba has never seen, are left out.
        """
        return word in base_tags() and not tag.startswith(("nr", "ns")) and not self._known_place(word) \
            and word not in self.phrases

    def _opens_body(self, words, tags, x, j, suf) -> bool:
        """Whether word ``x`` begins an office's name ending at ``j``: a level (省, 全国), a place or a
        short name (塔|民族和解委员会: jieba's j), or the suffix word itself when jieba knows it as a
        whole body's name (全国人大民族委员会)."""
        w = words[x]
        return w in self.rules.admin or tags[x] in ("ns", "j") or self._known_place(w) \
            or (x == j and tags[j] == "nt" and len(w) > len(suf))

    def _known_agency(self, word: str) -> bool:
        """A whole body's name: a known agency, but not a bare short form (市委|统战部 is one name)."""
        hit = self.phrases.get(word)
        return hit is not None and hit[0] == "AGENCY" and hit[1] != BARE_SHORT_FORM

    def _ends_false(self, word: str) -> bool:
        """jieba keeps idioms whole: "成功之路" ends in the ordinary word 之路.

        Not where the ordinary word is the end of a longer organisation's word: 安全局 ends in 全局.
        """
        false = self.rules.false_words
        return any(word[i:] in false and not ends_in_organisation_word(word, len(word) - i)
                   for i in range(1, len(word) - 1))

    def _glued_stop(self, w, t, stop) -> bool:
        """A set phrase jieba made of a boundary word and the adverb or verb beside it ("紧紧|围绕",
        "积极|参与"): the clause's, as the boundary word alone is, never a name's first words."""
        if t not in _SET_PHRASE_TAGS or len(w) < 3:
            return False
        return w[:2] in stop or w[-2:] in stop

    def _service_given_name(self, words, j, suf) -> bool:
        """Whether the suffix word at ``j`` is a person's name after a title: "书记|胡|海军", "书记|吴海军"."""
        r = self.rules
        if suf not in r.armed_services or not words[j].endswith(suf):
            return False
        surname = words[j][: len(words[j]) - len(suf)]
        if not surname:
            j, surname = j - 1, words[j - 1] if j >= 1 else ""
        return surname in r.surnames and j >= 1 and words[j - 1].endswith(r.person_title_ends)

    def _bracketed_part(self, words, k) -> int:
        """How many words a phase or a facility's part takes in the brackets closed at word k ("(|二期|)",
        "（|仓储|区|）"); 0 if the brackets hold neither."""
        r = self.rules
        for n in (1, 2):
            if k - n - 1 >= 0 and words[k - n - 1] in ("(", "（"):
                inner = "".join(words[k - n:k])
                if (n == 1 and inner in r.phase_words) or inner in r.bracketed_parts:
                    return n
        return 0

    def _zone_committee_at(self, words, x) -> bool:
        """A zone's committee starts at word x (管委会, 管理|委员会)."""
        r = self.rules
        if x < len(words) and words[x] in r.committee_leads:
            x += 1
        return x < len(words) and words[x] in r.zone_committees

    def _builder_before(self, words, j) -> bool:
        """Whether the words right before ``j`` end with a firm's name: a construction group's numbered
        unit ("中建|八局") or a name that ends as companies' do ("某某建设有限公司")."""
        if j < 1:
            return False
        if words[j - 1].endswith(self.rules.company_strong):
            return True
        before = "".join(words[max(0, j - 3):j])
        return self._bureau_re is not None and any(m.end() == len(before) for m in self._bureau_re.finditer(before))

    def _extend_left(self, words, tags, offs, j, suf, label, strength) -> Candidate | None:
        r = self.rules
        if label == "COMPANY":
            if words[j] in r.subsidiary_words:
                return None  # "铁投集团|子公司|四川路桥": a group's subsidiary, by its kind; the group ends before it
            if "".join(words[j + 1:j + 3]).startswith(r.model_unit_titles) \
                    and offs[j] + len(words[j]) == offs[j + 1]:
                return None  # "国家农民合作社|示范社", "家庭农场|示范场": the title of a model one, no firm named
        if label == "AGENCY":
            if words[j] in r.firm_party_organs and j >= 1 \
                    and offs[j - 1] + len(words[j - 1]) == offs[j] and words[j - 1].endswith(r.company_strong) \
                    and ("".join(words[j + 1:j + 3]).startswith(r.person_title_ends)
                         or (j + 1 < len(words) and words[j + 1] in r.firm_offices)):
                # "…能源有限公司|党委|副|书记": a post in the firm's own party organ; the firm is the name
                # (the organ acting on its own is named: "…集团公司党委|积极参与…")
                return None
            if words[j] in r.firm_offices and j >= 1:
                x = j - 1 if words[j - 1] in r.firm_office_leads or words[j - 1] in r.firm_party_organs else j
                if x >= 1 and offs[x - 1] + len(words[x - 1]) == offs[x] and words[x - 1].endswith(r.company_strong):
                    # "…风力发电有限公司|办公室|主任", "…有限公司|党委|办公室": the firm's own office, no body
                    # of a government; the firm is the name
                    return None
            if self._service_given_name(words, j, suf):
                # "党工委书记|胡|海军|表示": a person's given name that is an armed service's (海军, 空军), right
                # after the surname and the title; the name ends the body before the title
                return None
            if len(words[j]) > len(suf) and words[j][: len(words[j]) - len(suf)] in r.determiners:
                return None  # "县政府|各局(r)|处首长": every bureau of the government, no one named
        if label == "PROJECT" and words[j] == suf and j >= 1 and (
                words[j - 1] in r.project_joiners or words[j - 1] in r.report_verbs or words[j - 1] in r.care_verbs
                or (words[j - 1] in r.project_visit_verbs and tags[j - 1] in ("v", "vn"))
                or (tags[j - 1] == "x" and 2 <= len(words[j - 1]) <= 4 and words[j - 1][-1] in r.report_verbs)):
            # A bare 项目 right after a word that makes it the projects in general names none: joined to
            # another word ("科技研发|及|项目|进展"), reported on ("书记某某|作|项目推进情况介绍", jieba's guess
            # gluing 作 to the speaker: "某某武作(x)|项目"), looked after ("服务|保障|项目"), or where cadres
            # are sent ("某镇|驻|项目|工作组")
            return None
        if label == "PLACE":
            if tags[j] == "x" and len(words[j]) > len(suf) + 1 \
                    and words[j][-len(suf) - 1] in r.list_closing_chars:
                return None  # "兰利|华等县(x)|领导": a list of people closed, then their level's title
            if words[j] == suf and j >= 1 and len(words[j - 1]) >= 2 \
                    and words[j - 1][-1] in r.list_closing_chars and not self._known_place(words[j - 1]):
                # "柳剑|波及(ns)|县|发改委": the last name's end and the particle joining the next item are one word
                # of jieba's, and the level is the office's after it
                return None
            if suf in r.branch_park_suffixes \
                    and any(words[x].endswith(r.institution_heads) for x in range(max(0, j - 3), j)):
                return None  # "县实验幼儿园|城南|分园": a school's branch, no zone's park
            if j >= 1 and words[j] in r.zone_words and tags[j - 1] == "x" \
                    and 2 <= len(words[j - 1]) <= 4 and words[j - 1][-1] in r.project_visit_verbs:
                # A bare zone word after jieba's guess gluing a visit's one-character verb to the visitor's name
                # ("某某江入(x)|园区、进企业", "李某进(x)|园区"): the parks in general, where the visit goes
                return None
        if label == "PROJECT":
            if words[j].endswith(suf) and j + 1 < len(words) and words[j + 1] in r.promotion_events \
                    and offs[j] + len(words[j]) == offs[j + 1]:
                return None  # "某市产业投资项目|推介会": the projects a place offers investors, no one named
            if words[j] == suf and j >= 1 and self._delegation_before(words, j, 0):
                return None  # "…博览会|某市代表团|项目签约仪式": the projects a city's delegation signs, none named
            if words[j].endswith(suf) and j + 3 < len(words) and words[j + 1] in _OPEN_BRACKETS \
                    and words[j + 3] in _CLOSE_BRACKETS and j + 4 < len(words) and words[j + 4] in r.promotion_events:
                return None  # (so with the city it is held in between: "…产业转移项目|(|上海|)|洽谈会")
            if words[j] == suf and r.project_creeds and j + 1 < len(words) \
                    and "".join(words[j + 1:j + 3]).startswith(r.project_creeds):
                return None  # "某基地|树牢|项目|为|王|理念": the creed that projects come first, no project
            if j + 1 < len(words) and words[j + 1] in r.project_word_tails \
                    and offs[j] + len(words[j]) == offs[j + 1]:
                return None  # "…乡村振兴项目|库", "…项目|部": the projects' library or site office, no project
            if words[j] == suf and j + 1 < len(words) and words[j + 1] in r.builder_project_staff \
                    and self._builder_before(words, j):
                return None  # "中建八局|项目|负责人": the builder's own staff on a site, no project it names
        if label == "AGENCY" and words[j] in r.site_offices:
            return None  # "中建三局|项目部": a builder's office on a site; the builder is what is named
        if label == "PROJECT":
            if self._procedure_office(words, tags, j):
                return None  # "某开发区项目|审批|服务部", "…项目|审批|窗口": the office of the procedure
            if j + 1 < len(words) and offs[j] + len(words[j]) == offs[j + 1] and (
                    (words[j + 1] in r.campaign_year_words and j + 2 < len(words) and words[j + 2] == "年")
                    or (words[j + 1][-1:] == "年" and words[j + 1][:-1] in r.campaign_year_words)):
                return None  # "某市转型项目|建设|年", "重点项目|攻坚|年": a year's campaign for projects, no project
            if words[j] == suf and (
                    self._count_before(words, tags, j) < j
                    or (j >= 2 and words[j - 1] in r.project_count_classifiers and tags[j - 2] == "m"
                        and not words[j - 2].endswith(("万", "亿")))):
                return None  # "江华泰合电机四个项目", "…等|12|只|项目": a count of projects, not one named
            if j >= 1 and (self._batch(words[j - 1], tags[j - 1])
                           or self._dated_issue(words, tags, j - 1, j + 1)):
                return None  # "凤城第二轮重点项目": a batch (and "…2020年|第四期|项目")
            if words[j] in r.object_heads and j >= 1 and tags[j - 1] in ("v", "vn"):
                return None  # "在武平|投资|建设|风电场": the plant is the verb's object, named by no one
            if j + 3 < len(words) and words[j + 1] in ("(", "（") \
                    and words[j + 3] in (")", "）") and self._batch(words[j + 2], tags[j + 2]):
                return None  # "自贸试验区建设项目|（第三批）": the projects of a batch, begun or signed together
            if self._dated_batch_after(words, tags, j + 1):
                return None  # "自由贸易港建设项目|2021|年度|第四批|集中开工": the year's batch of a programme's projects
            if r.partnership_kinds and j >= 1 and (
                    (words[j] == "合作" + suf and self._partnership_kind(words[j - 1]))
                    or (words[j] == suf and j >= 2 and words[j - 1] == "合作" and self._partnership_kind(words[j - 2]))):
                return None  # "16个|县央地|合作项目", "市校|合作|项目": the kind of partnership, no project named
            if (words[j] in r.category_heads or (j >= 1 and words[j - 1] + words[j] in r.category_heads)
                                       or (j >= 1 and words[j] == suf and (words[j - 1] + suf).endswith(r.category_heads)
                    and words[j - 1] not in r.whole_chain_words)):
                # "城建交通及社会事业|重点项目", "衡商回归|标志性|项目": a category of projects (and so with its
                # level glued to it: "2024年|省级重点|项目")
                return None
        # "…余家湖工业园区|项目|集中签约": the zone's projects, signed or started together; the zone is
        # named as the project would be, up to its kind
        zone_projects = label == "PROJECT" and words[j] == suf and j >= 1 and j + 1 < len(words) \
            and words[j + 1].startswith(r.batch_marks) and any(words[j - 1].endswith(z) for z in r.zone_kinds)
        if label == "PROJECT" and words[j] == suf and j >= 1 and j + 1 < len(words) \
                and words[j + 1] in r.place_project_works and offs[j] + len(words[j]) == offs[j + 1] \
                and (any(words[j - 1].endswith(z) for z in r.zone_kinds)
                     or words[j - 1] in r.office_divisions or words[j - 1] in r.town_levels):
            return None  # "某某高新区|项目|建设再结硕果", "某镇|项目|建设": the building of a place's projects
        at = j + 2 if label == "PROJECT" and j + 1 < len(words) and words[j + 1] in r.count_verbs else j + 1
        counted = self._counted(words, tags, at) if label == "PROJECT" else 0
        if counted and not (at + counted < len(words) and (words[at + counted] in r.date_words
                                                            or (r.enum_heads.get(words[at + counted]) == label
                                                                and self._after_list_mark(words, j)))):
            # (but "3|个|月" is a time, and a count with its own head after it counts the list the name
            # ends: "A项目、B地块项目|4|个|项目")
            return None  # "战略新兴产业项目|17|个": how many projects of a kind, not one named
        if label == "PLACE":
            if suf in r.division_nouns and (
                    _NUMERAL.fullmatch(words[j][: len(words[j]) - len(suf)])
                    or ((words[j] == suf or words[j][: len(words[j]) - len(suf)] in r.count_classifiers)
                        and j >= 1 and tags[j - 1] == "m" and words[j - 1] not in r.date_place_names)):
                return None  # "疏勒、英吉沙、麦盖提|四县", "三县|一区", "…平坡|5|个村": a count of divisions names none
            if ((j >= 1 and words[j - 1] in r.phase_words and _SIDE_PART.fullmatch(words[j]))
                                     or (j >= 2 and words[j - 2] in r.phase_words
                    and _SIDE_PART.fullmatch(words[j - 1] + words[j]))):
                return None  # "某某产业园一期|东西|区": the side of the park a phase builds, no place
            if words[j] in r.plant_areas:
                return None  # "立宇食品|新厂区": a firm's plant, no place; the firm is what is named
            if _NUMERAL.fullmatch(words[j][: len(words[j]) - len(suf)]) \
                    and self.gazetteer.written(words[j]) is None:
                # "一河|两岸", "两河|三湖": a count of rivers and lakes (a slogan's), no water named; and
                # "漯河“三城”建设": of towns, a slogan's (a division of such a name is the gazetteer's: 三河, 九江)
                return None
        if label == "COMPANY" and strength == "weak" and j >= 1 and words[j] == suf \
                and words[j - 1] + suf in r.company_strong:
            strength = "strong"  # "专业|合作社": a strong suffix jieba cut in two
        stop = self._project_stop_words if label == "PROJECT" else self._stop_words
        long_agency = label == "AGENCY" and words[j].endswith(self._long_agency_ends)
        road = label == "PLACE" and suf in r.roads
        owned = label == "AGENCY" and suf in r.owned_suffixes
        mission = label == "AGENCY" and suf in r.mission_suffixes
        branch = label == "COMPANY" and suf in r.branch_suffixes
        # "投资|推广(v)|署|署长": an office whose head's title follows may be named by a verb of its field
        titled = label == "AGENCY" and j + 1 < len(words) and offs[j] + len(words[j]) == offs[j + 1] and (
            (suf in r.titled_office_suffixes and self._head_title(words[j + 1], suf))
            or (words[j] in r.verb_office_heads and (words[j + 1] in r.verb_office_heads[words[j]]
                                                     or words[j + 1] in r.deputy_marks)))
        parent_seen = False  # a branch's name holds its parent's legal name, and only one
        joint_at = None  # a 的 or 和 kept inside the name only if the name starts with a place
        joined = False  # a conjunction joins two products inside the name
        lead = 0  # characters of the first word that are not part of the name
        level_owned = False  # a bare level word opens the name: the county's own project
        glued_brand = False  # a brand jieba cut at a character it read as a conjunction (忠|和|酒业)
        opened_brand = False  # a firm's brand opening with 新 or 老, which no trim takes off (新|希望|集团)
        branch_of = None  # the bureau whose branch in a county the name is (…局|开平|分局)
        k = j - 1
        routed = False  # a road named by its two ends (甲地|至|乙地|高速公路)
        limit = 12 if long_agency else MAX_TOKENS[label]
        if label == "COMPANY" and suf.endswith(r.village_firm_ends):
            limit += 2  # a cooperative's village, its brand and its trade: "下|河村|金穗|中蜂|养殖|专业合作社"
        # A word that is a place name on its own (巴厘岛, 兰州, 长白山) takes
        # only proper names in front of it ("青岩|古镇"): "游客|初抵|巴厘岛",
        # "繁华|兰州" and "时候|长白山" are a sentence, not a longer name.
        own_name = label == "PLACE" and not road and len(words[j]) > len(suf) and tags[j] in PLACE_NAME_TAGS
        if label in ("PLACE", "AGENCY") and tags[j] == "x":
            # The same glue inside the suffix's own word: "笔者|从县|工业…" names no county.
            cut = self._after_glue(words[j][: len(words[j]) - len(suf)])
            if not cut and words[j][:-len(suf)] in r.level_prepositions and suf in r.office_divisions:
                cut = 1  # "专员|于市|商务局": the level of the office after it, no city named
            if not cut and label == "PLACE" and not self._named_place(words[j]):
                cut = self._former_cut(words[j][:-len(suf)])  # "原柘湾|乡": the former town's name, no bay's
            if cut:
                lead, limit = cut, 0  # and nothing to its left
        while k >= 0 and j - k <= limit:
            w, t = words[k], tags[k]
            if offs[k] + len(w) != offs[k + 1]:
                break  # a space between words separates names ("本报讯 市水利局")
            if w in self._lead_words:
                break  # "5月2日电|青海省人民政府", "时任|全国人大常委会": a dateline or a term of office
            if label in ("PROJECT", "PLACE") and w in r.position_park_words and 0 < k < j and self._zone_word(words[k + 1]) \
                    and (self._known_place(words[k - 1]) or self._zone_word(words[k - 1])) \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] and offs[k] + len(w) == offs[k + 1]:
                # "江陵县|沿江|产业园": the water or port the park lies along names it, after its place; after
                # its zone, the park in the zone is named from that word ("某经济开发区|临港|产业园")
                k -= 1
                if self._zone_word(words[k]):
                    break
                continue
            if label == "COMPANY":
                if k < j and w[0] in _FIRM_LEVELS and (len(w) == 1 or (t == "x" and len(w) >= 3)) \
                        and k >= 1 and not (self._known_place(words[k - 1]) or tags[k - 1] in PLACE_NAME_TAGS) \
                        and tags[k - 1] not in ("m", "q", "r", "eng") and is_cjk(words[k - 1][-1]):
                    # "全程|服务|省工建(x)|集团", "服务|省|路桥|集团": the province's firm, its name opening with
                    # its level, after the clause's words (a place before the level is the firm's: 湖北|省|…)
                    k -= 1
                    break
                if t == "x" and k < j and len(w) == 2 and w[0] in r.function_chars \
                        and w[1] in r.office_divisions:
                    lead = 1  # "对省(x)|工建|集团": the clause's preposition, then the province's firm
                    k -= 1
                    break
                if t == "x" and k < j and len(w) == 2 and w[0] in r.addressee_chars \
                        and (k == 0 or words[k - 1] in CLAUSE_PUNCT):
                    # "，对金(x)|横港|集团": a clause opening with its preposition, which jieba's guess glued to the
                    # brand's first character; the firm's name starts after it
                    lead = 1
                    k -= 1
                    break
            if label == "PROJECT" and 1 <= k < j - 1 and words[k - 1] in r.person_titles and self._person_name(w, t) \
                    and tags[k + 1] not in PROPER_TAGS and tags[k + 1] not in STOP_TAGS:
                k += 1  # "总经理|某某|回顾|江门一期项目": the titled speaker and what he does, then the project
                break
            if label == "PLACE" and k < j and suf in r.zone_words and self.phrases.get(w, ("",))[0] == "COMPANY" \
                    and (self._known_place(words[k + 1]) or tags[k + 1] in PLACE_NAME_TAGS | {"x"}):
                break  # "中国石化|雄安|新区|总部": a known firm before a zone's own name is the firm's, no part of the zone
            if road and 1 <= k < j - 1 and w in r.route_joiners and self._route_joint(words, tags, k) \
                    and all(self._known_place(words[x]) or tags[x] in PLACE_NAME_TAGS for x in (k - 1, k + 1)):
                k -= 1  # "益阳|至|常德|高速公路": a road named by its two ends is one road, from the first
                routed = True
                continue
            if label == "COMPANY":
                if w.endswith(r.owner_nationality_words) \
                        and (w in r.owner_nationality_words or t == "x"):
                    break  # "引进|日商|台湾某某股份有限公司": the owner's nationality, then the firm's own name
                if k < j \
                        and any("".join(words[x:k + 1]) in r.firm_stop for x in range(max(0, k - 2), k + 1)):
                    break  # "某县|精准|招商|某某有限公司": the drive that brought the firm in, however jieba cuts it
            if label == "PLACE" and k < j and w in r.place_epithets:
                break  # "中国|酒都|某某市城区": the city's title, then the place's own name
            if label == "COMPANY" and k == j - 1 and w in r.firm_talk_verbs and words[j] in r.firm_heads:
                break  # "某某酒业|介绍|公司…": the firm told of is the speaker's own, named before the verb
            if w in r.visit_verbs or (label == "COMPANY" and w in r.meeting_verbs):
                break  # "与会人员|走进|临泉县宏达饲料加工项目": the visit, then the site ("会见|宏达汽车…": the firm)
            if label == "AGENCY" and k < j and w in r.meeting_verbs \
                    and (self._known_place(words[k + 1]) or tags[k + 1] in PLACE_NAME_TAGS):
                break  # "在沈阳|会见|德国某某商会…": the host meets a body named by its own place, no part of its name
            if label == "PLACE":
                if w in r.province_parts and words[k + 1][:1] not in r.bearings \
                        and self._known_place(words[k + 1]):
                    # "粤东|潮州", "闽东|宁德市": a part of the province, then the city in it (but "粤东|西北|地区"
                    # is its parts run together, and "川南|经济区", "赣南|苏区" the part's own zone)
                    break
                if len(w) == 1 and t == "a" and k > 0 and tags[k - 1] == "v" and len(words[k - 1]) == 1:
                    break  # "做大做|强|南宁…经济区": the verb's complement (做强 "make strong") opens no place
                if k == j - 1 and self._known_place(words[j]) \
                        and any(w.endswith(h) and len(w) > len(h) for h in r.institution_heads):
                    break  # "河南理工大学|郑州|校区": a school's campus in a city; the city is the place, after the school
            if label == "COMPANY":
                if strength == "strong" and k < j - 1 and w in r.zone_leads and t in STOP_TAGS:
                    k -= 1  # "衡水|高新|招商服务有限公司": a zone's lead word jieba reads as an adverb, in a legal name
                    continue
                if k < j and self._province(words[k + 1]) and (
                        self._below_province(w) or (k > 0 and len(w) == 1 and self._below_province(words[k - 1] + w))):
                    # "石牙镇|广西锦惠牧业有限公司": a name opens with its province, so a town before it is where it is
                    # (also where jieba cuts the district's level off its name: "某阳|区|河南某某科技公司")
                    break
            if label == "PLACE":
                if t == "m" and (_YEAR_NUMBER.fullmatch(w) or (
                        w == "年" and k > 0 and _YEAR_NUMBER.fullmatch(words[k - 1]))):
                    break  # "2012|沧州经济开发区|新兴产业投资推介会": an event's year before the zone it is held for
                if t == "x" and w[0] == "年" and k > 0 and _YEAR_NUMBER.fullmatch(words[k - 1]):
                    lead, k = 1, k - 1  # (and "2023|年市(x)|开发区": jieba glued the year's 年 to the name)
                    break
            if label in ("PROJECT", "COMPANY") and len(w) == 2 and w[0] in r.name_joiners and k > 0 \
                    and words[k - 1].endswith(r.event_heads):
                # "…招商推介会|暨大(j)|宋智能项目": jieba read the joiner and the name's first character as a
                # word (暨大, a university's short name); after an event, the name begins past the joiner
                lead, k = 1, k - 1
                break
            if label == "PLACE":
                if w in r.date_words and (t in ("m", "mq") or (k > 0 and tags[k - 1] == "m")):
                    # "前9|月|开发区|一批…": a date before a zone in general, never its name; so is a year
                    # jieba reads as a noun after its number ("2013|年度(n)|自治区"), and a quarter it
                    # reads as a count ("一季度(mq)|经开区|签约…")
                    break
                if (self._count_word(w) or ((t == "q" or w in r.count_classifiers)
                                            and k > 0 and tags[k - 1] == "m")
                                         or (t == "x" and len(w) > 2 and self._count_word(w[-2:]))):
                    # "中塘工业区|两个|市级|工业园区", "建成|五个|工业园区": how many parks, never a name (so is a
                    # count in figures, whose classifier jieba reads as an adjective: "8|大(a)|工业区"; and one
                    # jieba's guess glues to the last item of the list it counts: "…生态岛三大(x)|产业集聚区")
                    break
            if label == "PROJECT":
                if self._count_word(w):
                    break  # "…等|十大|专业产业园": how many, though a capacity's number and unit stay (6000|亩|…)
                if w in r.site_invest_verbs and 0 < k < j - 1 and self._sited_verb(words, tags, k):
                    break  # "在|城南|分园|投资|光通信器件项目": where the firm invests, then in what; no one name
                if w in r.opening_invest_verbs and k < j - 1 and (k == 0 or tags[k - 1] in ("w", "_SP")):
                    break  # "；投资|光热发电项目": the item's verb, then what it invests in
            if owned and not self._owner(w, t):
                break  # "日本银行|串通|政府": only whose government is part of its name
            if label == "PLACE" and w in r.drive_verbs:
                break  # "有力|助推|片区发展": the area a drive is for, by its kind; no place is named
            if label == "PROJECT" and k + 1 < j and len(w) > 2 and w.endswith(r.event_heads) and tags[k + 1] in PROPER_TAGS | {"x"}:
                break  # "农业博览会|青禾|现代农业产业园…推介会": the event, then the park it presents, named by its own
            if label == "COMPANY" and w in r.drive_verbs and (t in ("v", "z") or w in r.strive_verbs):
                break  # "招商专班|紧盯(z)|华电集团": the drive the firm is the target of, which jieba may tag a state
            if own_name and k < j and self._zone_word(w) and k > 0 and tags[k - 1] in PROPER_TAGS \
                    and offs[k - 1] + len(words[k - 1]) == offs[k]:
                break  # "金普(x)|新区|北良港": a zone with a name of its own, then a place inside it
            if label == "PROJECT" and w.endswith(self._firm_kind_ends) and k + 1 < j and tags[k + 1] in ("x", "nz", "nrt"):
                break  # "新入园|企业|盛华|茶叶项目", "龙头企业|华美|家纺项目": the brand's kind of firm, no part of its project
            if label == "PLACE" and k == j - 1 and w in r.slogan_qualities and self._zone_word(words[j]) \
                    and not (k > 0 and (tags[k - 1] in PROPER_TAGS or self._known_place(words[k - 1]))):
                break  # "品质|新区", "活力|新区": what a slogan wants a district to be, no zone's name
            if own_name and k == j - 1 and suf in r.local_divisions and len(words[j]) - len(suf) == 1:
                # "藕|山镇", "荻|山村": a town's name of two characters, the second read with the level (and
                # the first glued to the mark of a former town: "以|原荻|山镇")
                if self._one_character_body(words, j, j + 1) and t in TOWN_NAME_TAGS:
                    k -= 1
                    break
                if t == "x" and len(w) >= 2 and self._former_cut(w) == len(w) - 1:
                    lead = len(w) - 1
                    k -= 1
                    break
            if own_name and ((t not in PLACE_NAME_TAGS and not self._known_place(w)) or w in r.slogan_qualities):
                break  # (and "智慧(nr)|老港", "美丽(ns)|新城": a slogan's quality of the place, no part of its name)
            if own_name and t == "nt" and not self._known_place(w) and self._known_place(words[j]):
                break  # "中科院(nt)|苏州|产业技术…": a body's branch named with its city, no longer place
            if label == "AGENCY" and t == "nt" and tags[j] == "nt" and len(words[j]) > len(suf) \
                    and w not in r.admin and not self._known_place(w) \
                    and not (k == j - 1 and w.endswith(r.office_host_ends) and not words[j].startswith(r.mission_words)):
                break  # "科技开发|北京市政协", "中宣部|总政治部|湖南省委": a body jieba knows whole, then another
            if label == "COMPANY":
                if words[j] == "公司" and k < j - 1 \
                        and t in ("v", "vn", "a", "ad") and tags[k + 1] in PROPER_TAGS \
                        and not (len(w) == 1 and k >= 1 and tags[k - 1] == "x" and offs[k - 1] + len(words[k - 1]) == offs[k]):
                    # (but one character glued to a word jieba guessed is the end of an unknown brand: "英信|达|卫星…")
                    break  # "有效|消化|西洋|公司", "全力|服务|宏达|公司": the clause's verb before a firm's short name
                if t in ("v", "vn") and w in r.project_stop and k + 1 < j \
                        and (self._known_place(words[k + 1]) or tags[k + 1] in PROPER_TAGS):
                    # "启动|山西|恒浩|清洁能源…": the clause's verb before a firm its province opens (or its brand,
                    # a name jieba knows or guesses: "正式|启动|某缘|某立|牧场项目")
                    break
            if label in ("COMPANY", "PROJECT") and self._ranking(words, tags, k):
                break  # "世界500|强|中国交建": the ranking the firm is on, no part of its name or its project's
            if label in ("COMPANY", "PROJECT") and self._counted_programme(words, tags, k):
                break  # "市|十大|工程|某某集团": the programme the firm's project is on, then the firm
            if label == "COMPANY":
                if ((strength == "weak" and w.endswith("公司")) or w.endswith("项目")):
                    # "青岛佰福得公司|西和县国际药业…", "安徽腾耀新能源项目|腾耀集团": a company's name begins
                    # after another company's name or a project's
                    break
                if strength == "weak" and (w in r.group_words or w[-2:] in r.group_words):
                    # "某某集团|纺织|项目", "某某能源集团|某港|化工…": a trade after a group's name is what it
                    # builds, as a short name never holds its group's word (a legal name does, by a strong suffix);
                    # so after a word jieba writes with its group's word ("东岳|汽车集团|汽车和配件…项目")
                    break
            if branch and k == j - 1 and k > 0 and w in r.office_divisions and t in STOP_TAGS \
                    and words[k - 1].endswith(r.company_strong):
                k -= 1  # "中国农业银行|县|支行": the bank's branch in the county, named by its level
                continue
            if label == "COMPANY" and strength == "strong" and k < j:
                if w.endswith("公司") or w in r.branch_suffixes:
                    if not branch or parent_seen:
                        break  # "…分公司|中国水电工程顾问集团有限公司": another company's legal name ends here
                    parent_seen = True  # "…科技有限公司|宁夏锂电池材料分公司"
                elif branch and w.endswith(r.company_strong):
                    parent_seen = True  # "国家电投集团|浙江分公司"
                if w in r.event_heads:
                    break  # "签约仪式|国网新源控股有限公司": the event, then the names
                if w in r.legal_forms:
                    k -= 1  # "国网新源|控股|有限公司": jieba tags 控股 as a verb
                    continue
                if self._bracketed_form(words, offs, k) or (
                        self._bracketed_place(words, tags, offs, k)
                        and all(words[x] in r.business_verbs or words[x] in r.legal_forms for x in range(k + 1, j))):
                    # "远帆实业|(|集团|)|有限公司": a legal form in brackets is part of the legal name, and so
                    # is the region it is registered in, right before the legal form ("冠群投资管理|(|北京|)|
                    # 有限公司", "…啤酒|（|中国|）|投资|有限公司"): the name before it is read as it would be
                    # without it (a region after the brand, before the trade, is read after the scan)
                    k -= 3
                    limit += 3
                    continue
                if self._place_bracketed_brand(words, tags, offs, k, j):
                    # "湖北|(|百徽|)|电子|有限公司": the brand in brackets after the firm's place, the trade
                    # after it; the place opens the legal name
                    k -= 4
                    break
            if label == "PROJECT" and k < j and self._bracketed_gloss(words, tags, offs, k, j):
                # "…80万kw|(|千瓦|)|电机项目", "…工业园区|(|第三期|)|基础设施项目": a unit glossed or the
                # phase given in brackets is the name's own, which goes on before it
                k -= 3
                limit += 3
                continue
            if label != "AGENCY" and (w in r.person_titles or (label == "PLACE" and w in r.event_verbs)):
                break  # "市长|周继军|调研|西峰工业园区": a title or a visit comes before a name, never in it
            if label == "AGENCY" and w.endswith(r.person_title_ends) and self._post_of_body(words, k):
                # "管委会副主任|某某|及|开发区招商局": the post's holder and another body, listed; the
                # conjunction opens that body's name (the post names no body of its own)
                joint = next((x for x in range(j - 1, k, -1) if tags[x] == "c"), None)
                if joint is None or joint == j - 1:
                    return None  # "县委书记|现场|办公室": a post holder's working office, named by the post, is no body
                k = joint
                break
            if label in ("PLACE", "AGENCY") and w.endswith(r.media_suffixes) and not w.endswith(r.media_exceptions) \
                    and (label == "PLACE" or tags[k + 1] in PLACE_NAME_TAGS or words[k + 1] in r.admin
                         or self._known_place(words[k + 1])):
                # "东北网|双鸭山12月21日电", "台湾网|郴州市台办", "（北方新闻网|临河区台办 通讯员…）": a
                # dateline's or a byline's outlet, then a place's name or office; but "人民日报|经济部"
                # is the paper's own department
                break
            if label == "AGENCY" and any(len(w) == len(x) + 1 and w.endswith(x) for x in r.acting_words):
                break  # "县长刘|军代表|某县人民政府": the person's given name glued to 代表
            if mission and k < j and (w.startswith(r.mission_words) or self._known_place(w)):
                # "中国|驻|法国|大使馆": the mission is the sender's, stationed abroad (jieba: a verb);
                # the countries are names whatever jieba reads them as ("伊拉克|驻|约旦(d)|使馆")
                k -= 1
                continue
            if label == "PLACE":
                if w.endswith(r.company_strong):
                    break  # "工商银行|深圳地区": a company is never part of a place's name
                if len(w) >= 2 and w.endswith(r.meeting_ends):
                    break  # "青洽会|果洛藏族自治州", "广交会|广州市": an event before the place
            if label == "AGENCY" and len(w) >= 2 and (
                    (words[k + 1] in self._level_chars and k + 1 < j
                     and not (t in PLACE_NAME_TAGS or self._known_place(w) or self._known_agency(w)))
                    or (t == "a" and k == j - 1 and len(words[j]) >= 3)):
                # "…热情|市|商务局", "凸显(a)|园管局": a word of the clause right before the level that opens an
                # office's name, or an adjective before a whole office; only a place names whose level it is
                break
            if label == "PLACE" and k == j - 1 and words[j] in r.autonomous_divisions and len(w) >= 2 \
                    and w.endswith(r.division_ends) and self._known_place(w):
                break  # "北海市|自治区层面": the level the city's work is counted at, no region of the city's name
            if (label == "PLACE" and not road or label == "COMPANY" and not words[j].endswith("公司")) \
                    and self._known_agency(w):
                # "江西保监局|指导|省…", "…保监局|指导|省|保险|协会": an office is the subject of a clause
                # jieba misreads, never the start of a place or of a company short of a legal name
                break
            if label == "PLACE":
                if (w in r.project_stop or w in r.procedure_verbs) and (
                        k < j - 1 or len(w) >= 4 or (w in r.procedure_verbs and self._zone_word(words[j]))):
                    # "先后中标|两港大道": a clause's verb jieba tags as a noun (but 建设|路 is a road, 发展|村 a
                    # village; a verb phrase is none: "大力发展(nz)|村集体经济项目"); so is an office's
                    # ("办理(n)|石岗|工业区"), and right before a zone's kind it names zones in general
                    # ("核定|工业区外|合法工厂": the plants outside any zone)
                    break
                if road and k < j - 1 and self._zone_word(w) and tags[k + 1] not in STOP_TAGS:
                    break  # "装备制造园区|空港|大道": a road of the zone, named after the zone's word (开发区|大道 is one name)
                if self._zone_word(words[j]) and w.endswith(self._project_stop_ends):
                    break  # "全力|发展|高新区", "大力发展|高新区": developing a zone, the zone in general
                if k < j - 1 and self._zone_word(w) and self._zone_word(words[j]) \
                        and tags[k + 1] in HEAD_TAGS | PLACE_NAME_TAGS:
                    break  # "中宁工业园|石空|工业区": a zone with a name of its own inside another
                if 0 < k < j - 1 and self._zone_word(w) and words[j] in r.local_divisions \
                        and tags[k + 1] in PROPER_TAGS:
                    break  # "宿城|新区|双庄|街道": a zone, then a street office's area with a name of its own
                if t == "m" and (w[-1] in r.count_classifiers or w[-1] in r.site_count_classifiers) \
                        and self._zone_word(words[j]):
                    break  # "全国|首个|综合保税区", "三个|高新区": a count of zones or a rank among them names none
                if t == "a" and len(w) >= 2 and not (
                        k > 0 and tags[k - 1] == "x" and len(words[k - 1]) >= 2 and offs[k - 1] + len(words[k - 1]) == offs[k]) \
                        and not (w in r.trade_modifiers and k + 1 < j and (_trade(words[k + 1]) or words[k + 1] in r.trade_sectors)):
                    # "浩瀚|大望京公园": a describing word is not part of the name (but after a name jieba
                    # guessed it is the name's next syllables: "查干(x)|浩特(a)|经济开发区", a Mongolian one;
                    # and a word that qualifies the trade after it is the trade's: "某县|先进|制造业|开发区")
                    break
            if label in ("PLACE", "AGENCY", "PROJECT") and t == "x":
                # jieba's guesses glue a function character to a name ("王在|静安寺|路",
                # "沿市|心中|路", "从青|杨树|村", "据县|工业园区"): the name starts after it.
                cut = self._after_glue(w)
                if not cut and len(w) >= 3 and w[0] in r.inside_chars and k > 0 \
                        and (self._zone_word(words[k - 1]) or words[k - 1][-1:] in r.office_divisions):
                    cut = 1  # "工业集中区|内湘商|产业园区": within the zone, the park's name after it
                if not cut and len(w) >= 3 and w[0] in r.time_glue_chars and k > 0 and tags[k - 1] in ("m", "t") \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    cut = 1  # "三年|后入园(x)|项目": after a span of time, then the words of the name or kind
                if not cut and label == "AGENCY" and len(w) == 2 and w[0] in r.level_prepositions \
                        and w[1] in r.office_divisions:
                    cut = 1  # "专员|于市|商务局": at the office, whose name opens with its level
                if not cut and label == "PLACE" and self._listed_place_glue(words, tags, offs, k, j):
                    cut = 1  # "城关镇|和湾坞|镇": the list's conjunction, then the second place
                if not cut and ((label == "PLACE" and suf in r.local_divisions)
                                or (label == "AGENCY" and words[j][:1] in r.town_levels)) \
                        and not self._named_place("".join(words[k:j + 1])):
                    # "原凤仪|乡", "以原|槐塘|乡": the town as it was before a merger (and its government,
                    # "原石璜|镇政府|驻地")
                    cut = self._former_cut(w)
                if cut:
                    if cut < len(w):
                        lead = cut
                        k -= 1
                    break
            if label in ("PLACE", "AGENCY") and t == "nr" and self._named_glue(words, tags, offs, k):
                # "某某大学|和启东(nr)|市政府", "…大学|和启东(nr)|经济开发区": jieba reads the conjunction and
                # the place after a named body as a person's name; the place's name starts after it
                lead = 1
                k -= 1
                break
            if label == "PROJECT" and t in ("x", "nr") and len(w) >= 2 and w[0] == "有" and k > 0 and k < j \
                    and (words[k - 1] in r.listing_adverbs or words[k - 1] in CLAUSE_PUNCT or words[k - 1] in r.item_cuts):
                # "开工的|有青龙(nr)|风电场", "…的|有恒(nr)|兴|数控产业园": 有 opening the clause, which jieba's
                # guess glued to the name
                lead = 1
                k -= 1
                break
            if label in ("COMPANY", "PROJECT") and t == "x" and len(w) >= 3 and w[0] in r.company_glue_chars:
                # "分别|为元晶|太阳能…有限公司", "打造|以尚德|电力为龙头": a guess glued the clause's
                # character to a brand's first word (a brand jieba knows keeps its own: 以岭, 华为), and
                # so to the brand a project is named with ("，以恒天(x)|华商|…产业园建设…为合作项目")
                lead = 1
                k -= 1
                break
            if label == "COMPANY" and t in ("nz", "x") and len(w) >= 2 and w[0] in r.place_list_glue_chars and 0 < k < j \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] and self._zone_word(words[k - 1]):
                # "…、南泥湾开发区|和文(nz)|旅|集团": a list's conjunction after a zone, which jieba glued to the
                # firm's first character (a firm's name never runs on from a zone's with 和)
                lead = 1
                k -= 1
                break
            at = max((i for i in range(2, len(w)) if w[i] in r.addressee_chars), default=0) \
                if label == "COMPANY" and t == "x" and len(w) >= 3 else 0
            if at:
                # "市长王明对(x)|某某集团", "陈某对鑫(x)|达|集团": the speaker and the preposition, then the firm
                if at + 1 < len(w):
                    lead = at + 1
                    k -= 1
                break
            if label == "COMPANY":
                if t == "x" and len(w) >= 3 and k > 0 and words[k - 1] + w[0] in self._home_words:
                    # "与|我|县华宇(x)|药业": a guess glued the paper's own county (我县, 本市) to the brand after it
                    lead = 1
                    k -= 1
                    break
                if strength == "weak" and w in r.business_verbs \
                        and not self._cooperative_work(words, tags, k, j, suf):
                    break  # "共同|经营|阳光畜牧养殖场": running a business is the clause, not the name
                if strength == "weak" and k < j - 1 and w.endswith(r.local_divisions) \
                        and len(w) >= 2 and not self._trade_cooperative(words, tags, k, j, suf):
                    break  # "船形村|船兴合作社": the village is where it is (a legal name keeps it: strong suffixes)
                if w in r.state_brand_chars and k < j and tags[k + 1] in HEAD_TAGS \
                        and (k == 0 or tags[k - 1] in ("w", "p", "c") or words[k - 1] in r.boundary):
                    k -= 1  # "中|节能风电|公司", "中|广核…": the state's brand character, read as a locative
                    break
                if t == "f" and (len(w) == 2 or (len(w) == 1 and strength == "strong")) \
                        and k >= 1 and self._known_place(words[k - 1]):
                    # "青海|西部|镁业": a region of a place inside a company's name; "甘肃|中|大铝型材有限公司":
                    # in a legal name a brand's first character that jieba reads as a locative
                    k -= 1
                    continue
            if label == "PROJECT":
                if 0 < k < j and (self._ratio_slash(words, tags, k)
                                   or self._product_slash(words, tags, offs, k)):
                    k -= 1  # "100MW/200MWh": one capacity; "动力|/|储能|电池": two uses of one product
                    continue
                if 1 < k < j and _numbered_parts(words, k):
                    k -= 2  # "污水处理厂|一|、|二期|项目": the numbers of the project's parts
                    continue
                if k < j and (w.endswith(r.company_strong) or w.endswith(r.village_firm_ends)
                              or (k > 0 and (words[k - 1] + w).endswith(r.company_strong))
                              or (self._zone_word(w) and (tags[k + 1] in HEAD_TAGS
                                                          or self._known_place(words[k + 1])
                                                          or (tags[k + 1] == "ns" and k + 2 < j
                                                              and words[k + 1] not in r.ordinary_aliases)))):
                    # (a legal form jieba writes in two words: 专业|合作社, or whose kind it leaves apart:
                    # "…股份|经济|合作社|年储存…项目"; a park named after a place in a
                    # zone: "汨罗高新区|中南表面处理产业园")
                    break  # "…镁业有限公司|年产10万吨项目", "格尔木工业园|宏储源…项目": the project starts after them
            if (label == "PROJECT" or (label == "AGENCY" and self._known_agency(words[j]))) \
                    and self._known_agency(w):
                # "县委|县政府", "市委|市政府|高度重视…项目": a whole body on the left is a body of its own,
                # never the start of a project or of another whole body (but 市委|统战部 is one name).
                break
            if label == "COMPANY":
                if (strength == "strong" or k == j - 1) and k < j \
                        and self._glued_brand(words, tags, k, after=strength == "weak"):
                    # "惠州|瀚|和|环保有限公司", "北京|忠|和|酒业", "与|忠|和|酒业": a brand's second character,
                    # after its place or at the clause's start, no conjunction; the two are the brand
                    glued_brand = True
                    k -= 1
                    continue
                if strength == "strong" and w in r.brand_end_chars and 2 <= k < j - 1 \
                        and (glued := self._brand_before_end_char(words, tags, offs, k, j)):
                    # "宁波市|仁义(nr)|和|旅游开发有限公司", "浙江|蓝城(x)|至|和|建设管理有限公司": a brand that ends in the
                    # conjunction's character, before a trade and its work alone (with no brand of their own, the
                    # words after 和 name no firm)
                    k -= glued
                    continue
                if strength == "strong" and 2 <= k < j - 1 and self._joiner_brand(words, tags, k - 1):
                    # "安徽|和|正(d)|农牧股份有限公司": a brand that opens with the conjunction's character, right
                    # after the province a legal name opens with; the two characters are the brand
                    glued_brand = True
                    k -= 2
                    continue
            if label in ("PROJECT", "COMPANY") and k < j and tags[k + 1] in NOUN_TAGS and offs[k] + 2 == offs[k + 1] \
                    and self._measure_brand(words, tags, k):
                glued_brand = True
                k -= 1
                break
            if label in ("PROJECT", "COMPANY") and k < j and self._joiner_brand_before_trade(words, tags, offs, k, j):
                # "江苏|和|旺(a)|食品|年产…项目": a short brand opening with the conjunction's character,
                # between the province its name opens with and its trade; the place goes with it
                glued_brand = True
                k -= 1
                continue
            if long_agency and w == "的":
                joint_at = k  # allowed only if the name turns out to start with a place
                k -= 1
                continue
            if label == "AGENCY" and w in r.agency_joiners and joint_at is None and 0 < k < j \
                    and words[j].endswith(r.joined_agency_ends) and (tags[k - 1] in NOUN_TAGS or tags[k - 1] == "v") \
                    and (tags[k + 1] in NOUN_TAGS | {"j", "l"} or (k + 1 == j and tags[j] == "nt")) \
                    and not (w in r.preposition_agency_joiners
                             and ((k + 1 == j and (tags[j] == "nt" or self._known_agency(words[j])))
                                  or words[k - 1].endswith(r.company_suffixes) or tags[k - 1] in PROPER_TAGS)) \
                    and words[k + 1] not in r.office_divisions \
                    and not self._known_agency(words[k - 1]) \
                    and not words[k - 1].endswith(r.agency_suffixes) and words[k - 1] not in r.person_titles:
                # "工业|和|信息化|委员会": one office's name, if it starts with a place (县领导|和|… are people;
                # "…副市长某某|和|市|副食品局": an office with its own level after 和 is a second body);
                # jieba holds the second field and the suffix as one word in "经济合作|和|外事局", and reads a
                # second field as a set phrase in "应急|和|生态环境(l)|管理局", a county's merged bureau
                joint_at = k
                k -= 1
                continue
            if label == "COMPANY":
                if strength == "strong" and len(w) == 1 and t.startswith("v") and k < j - 1 \
                        and r.one_character_places.get(w, "").endswith(("省", "自治区")) \
                        and tags[k + 1] in NOUN_TAGS | PROPER_TAGS and offs[k] + 1 == offs[k + 1]:
                    # "包括|蒙|乡情食品有限公司": a province's one-character name opens the brand, where jieba
                    # reads a verb after the clause's verb; nothing before it is part of the name
                    k -= 1
                    break
                if strength == "strong" and w in r.brand_verbs and k >= 1 \
                        and self._known_place(words[k - 1]):
                    k -= 1  # "福建|联合|动力设备制造有限公司": a brand that is a verb, after the company's place
                    continue
                if strength == "strong" and w in r.brand_verbs and k < j - 1 \
                        and tags[k + 1] not in STOP_TAGS and not _trade(words[k + 1]) and (k == 0 or tags[k - 1] in ("w", "p") or words[k - 1] in r.boundary
                                       or words[k - 1] in r.list_intros):
                    k -= 1  # "包括|联合|环球|股份有限公司": so where it opens a list's item or the clause before a
                    # brand's word (a trade after it, 创新|科技有限公司, is no brand's)
                    break
                if strength == "strong" and self._split_brand(words, tags, offs, k, j):
                    k -= 1  # "签约的|浙江|快乐|树(v)|减震器|有限公司": the brand's last character, read as a verb
                    continue
                if strength == "strong" and self._verb_brand(words, tags, offs, k, j):
                    k -= 1  # "与|宁陵县|开心|玩具|有限公司": any verb is a brand there, not only the usual ones
                    continue
                if strength == "strong" and w in r.business_verbs \
                        and all(words[x] in r.legal_forms or words[x] in r.group_words or words[x] in r.business_verbs
                                or words[x] in _BRACKETS or words[x] in r.business_units for x in range(k + 1, j)):
                    # "数控机械|制造|有限责任|公司": the business is part of a legal name, and so is a run of
                    # them ("甘肃省|建设|投资|集团有限公司": a province's construction-investment group), and
                    # the unit it runs ("花卉|拍卖|交易中心|有限公司")
                    k -= 1
                    continue
            if label == "PROJECT":
                if k < j and ((tags[k] == "m" and words[k + 1] in r.numbered_routes)
                              or _ROAD_CODE.fullmatch(words[k])):
                    k -= 1  # "效率|316|国道…段改造工程", "G316|…": the road's number opens its name
                    if k >= 0 and words[k] in r.numbered_routes and (_ROAD_CODE.fullmatch(words[k + 1]) or tags[k + 1] == "m"):
                        k -= 1  # (with its kind before the code or the number: "省道|S223|线…", "国道|319|线…")
                    break
                if k < j and self._route_joint(words, tags, k):
                    # "深河|至|房县巨峪段改扩建项目": a road from one place to another (from a county jieba cuts
                    # in two, its two characters: "G207|道|县|至|江华公路…")
                    k -= 3 if self._cut_place_before(words, k) else 1
                    continue
                if k < j and w in r.trade_park_ends and k > 0 and words[k - 1] in r.park_trades \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "马铺化工|园(zg)|基础设施项目": a park's one character after its trade, read as a word
                    continue
                if w in r.route_sections and 0 < k < j \
                        and (tags[k - 1] in NOUN_TAGS | PLACE_NAME_TAGS | {"x"} or words[k - 1] in r.numbered_routes
                             or self._named_place(words[k - 1])):
                    # (a road's kind jieba reads as an adverb: "绕城|高速(d)|段"; a county it reads as a verb:
                    # "长沙至|安化(v)|段")
                    k -= 1  # "县城|至|枫林|段|改造工程": the section of the road is the project's
                    continue
                if 0 < k < j and self._joins_products(words, tags, k) \
                        and not (words[k - 1] in stop and tags[k - 1] in ("v", "vn")
                                 and not self._stop_in_compound(words, tags, k - 1)):
                    # (a verb that stops the name right before the conjunction leaves it joining nothing inside
                    # the name: "园区开发|建设|和|铁路货场改扩建项目" names the second only)
                    joined = True  # "食用油|及|优质米加工项目": two products of one project
                    k -= 1
                    continue
                if joined and w in r.product_list_marks and self._listed_product(words, tags, k, j):
                    k -= 1  # "动力电池|、|整车|和|运营中心项目": the products a 和 ends are one project's
                    continue
                if not joined and w in r.product_list_marks \
                        and self._products_after_amount(words, tags, k, j):
                    k -= 1  # "总投资5亿元的|高效组件|、|铝边框|、|储能运维产业项目": one project's products, after its amount
                    continue
            if label in ("PROJECT", "COMPANY") and len(w) == 1 and k + 1 < j and tags[k + 1] == "x" \
                    and (t == "q" or t not in STOP_TAGS) and "\u4e00" <= w <= "\u9fff" and w not in r.glued_joiners \
                    and w not in r.marked_glued_joiners and w not in r.function_chars \
                    and (k == 0 or words[k - 1] in r.boundary or tags[k - 1] in ("w", "uj")) \
                    and offs[k] + 1 == offs[k + 1] \
                    and not (label == "PROJECT" and k > 0 and self._route_joint(words, tags, k - 1)):
                # "的|天|赢菌业项目": jieba's guess cut the first character off an unknown name (but the
                # segmenter cut a joiner off on purpose: "深入|到|翊宸|鞋业"; and a road's second end
                # goes on to its first: "县城|至|枫|山段改造工程"; a clause's own character stays out: "也|是|
                # 远星控股有限公司")
                k -= 1
                break
            if label == "PROJECT" and t == "q" and len(w) == 1 and 1 <= k < j and is_cjk(w) \
                    and tags[k - 1] in ("nr", "ns", "nz", "nrt") and len(words[k - 1]) == 2 \
                    and offs[k - 1] + 2 == offs[k] and tags[k + 1] not in STOP_TAGS \
                    and (k == 1 or tags[k - 2] in ("w", "p", "v", "uj") or words[k - 2] in r.boundary):
                # "金刚(nr)|台(q)|静脉产业园项目": a local name jieba cut into a name and a measure; no count
                # goes without its number, so the measure is the name's last character
                k -= 2
                break
            if label == "PLACE":
                if w in _CLOSE_BRACKETS and k >= 3 and k < j and self._zone_word(suf) \
                        and words[k - 1] in r.zone_rank_marks and words[k - 2] in _OPEN_BRACKETS \
                        and (self._known_place(words[k - 3]) or tags[k - 3] in PLACE_NAME_TAGS) \
                        and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k)):
                    # "西宁|（|国家级|）|经济技术开发区": the zone's rank in brackets inside its official name
                    k -= 4
                    break
                if t in ("q", "m") and k == j - 2 and len(words[k + 1]) == 1 \
                        and self._zone_word(suf) and len(w) >= 2 and all(is_cjk(c) for c in w) \
                        and offs[k] + len(w) == offs[k + 1] and (k == 0 or tags[k - 1] not in ("m", "q", "mq")):
                    # "千里(q)|山|工业园区": jieba reads a park's first word as a measure, and one character is
                    # left of its name; a count is a count word ("两个|工业园区") or a number before the measure
                    k -= 1
                    break
            if label in ("PROJECT", "COMPANY", "PLACE") and k < j and tags[k + 1] not in STOP_TAGS \
                    and self._brand_locative(words, tags, k):
                # "中|江|经济开发区", "中|桥|集团": a locative follows what it places, so one that
                # opens a clause is the first character of a name, as is one right after a verb's 了 or
                # a preposition ("介绍了|中|盛白羽…基地", "与|中|氦|科技签约")
                k -= 1
                break
            if label == "AGENCY" and w in r.admin and t in STOP_TAGS and (
                    k == j - 1 or joint_at is not None or all(tags[x] in NOUN_TAGS | PLACE_NAME_TAGS
                                                             or words[x] in r.member_time_words
                                                             or (titled and tags[x] in _FIELD_TAGS)
                                                             for x in range(k + 1, j))):
                # "县|粮食局", "县|文化|广电|和|旅游局", "县|经济开发区|党工委": jieba tags a bare 县 as a
                # morpheme (zg); before the office's field, in nouns, it begins the office's name (and before
                # a field in verbs where the head's title follows: "县|乡村|振兴|办|副主任")
                k -= 1
                break
            if label == "PROJECT":
                if k < j and w.endswith(r.whole_project_heads):
                    break  # "综合楼|建设项目|主体工程": the project's name closed, its part follows
                if t in STOP_TAGS and w in r.local_divisions and k > 0 \
                        and tags[k - 1] in NOUN_TAGS | PLACE_NAME_TAGS and offs[k - 1] + len(words[k - 1]) == offs[k] \
                        and words[k - 1] not in stop:
                    # "芙蓉|村|购置加工设备项目": a village jieba writes apart from its name (not "大力发展(nz)|村…")
                    k -= 1
                    continue
            if label == "COMPANY" and suf.endswith(r.village_firm_ends) and t in STOP_TAGS and w in r.local_divisions \
                    and k > 0 and k < j and tags[k - 1] in NOUN_TAGS | PLACE_NAME_TAGS | {"nr", "x"} \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] \
                    and (strength == "strong" or not any(tags[x] in PROPER_TAGS for x in range(k + 1, j))):
                # "新安|村|村民|合作社", "石虎|村|村民|专业合作社": a cooperative named by nothing but its
                # village is the village's, whose name jieba wrote apart from 村 (and its trade may be
                # long: "上|寨|村|金泉|中蜂|养殖|专业|合作社")
                k -= 1
                limit = max(limit, j - k + 3)  # (and its town before it)
                continue
            if t == "f" and len(w) == 1 and k + 1 < j and offs[k] + 1 == offs[k + 1] and (
                    (len(words[k + 1]) == 2 and words[k + 1].endswith(r.local_divisions))
                    or (k + 2 <= j and len(words[k + 1]) == 1 and words[k + 2] in r.local_divisions
                        and offs[k + 1] + 1 == offs[k + 2])):
                k -= 1  # "上|寨|村", "下|河村": a village's name opening with a locative, written apart by jieba
                continue
            if label == "PROJECT":
                if w in r.phase_words and k > 0:
                    k -= 1  # "基地建设|一期|项目", "污水处理厂|三期|项目": the phase, an adverb or a time to jieba
                    continue
                if k < j and w in (")", "）") and k >= 3 and words[k - 2] in ("(", "（") \
                        and (self._known_place(words[k - 1]) or tags[k - 1] == "ns") and words[k - 3].endswith(r.facility + r.site_ends) \
                        and not _SIDE_PART.fullmatch(words[k - 1]):
                    # "…门窗生产基地|(|杞县|)|项目": where the facility is, in brackets before its head (not which
                    # side of the park: "产业园（北区）项目", whose 北区 the rules leave alone)
                    k -= 3
                    limit += 3
                    continue
            inner = self._bracketed_part(words, k) if label == "PROJECT" and k < j and w in (")", "）") else 0
            if inner and k - inner - 2 >= 0:
                before = k - inner - 2
                if words[before] in stop or tags[before] in ("v", "vn"):
                    if before >= 1 and tags[before - 1] in NOUN_TAGS | PROPER_TAGS | {"vn"} \
                            and words[before - 1] not in stop:
                        # "物流园|建设|(|二期|)|项目", "园区|综合|开发|(|一期|)|项目": the work done to it
                        limit += k - before + 1
                        k = before - 1
                        continue
                    break  # "加快建设|(|二期|)|项目": no facility is named before the phase
                if tags[before] in NOUN_TAGS | PROPER_TAGS:
                    # "…产业园|(|二期|)|工程", "…交易中心|(|加工区|)|项目": the phase or the part in brackets,
                    # between the facility and its head
                    limit += k - before
                    k = before
                    continue
                if words[before] in r.site_ends and before >= 1 and tags[before - 1] in NOUN_TAGS \
                        and words[before - 1] not in stop:
                    # "元器件|专业|园(zg)|(|二期|)|项目": the site's head, which jieba writes apart as a morpheme
                    limit += k - before + 1
                    k = before - 1
                    continue
            if label == "PROJECT":
                if k < j - 1 and words[k + 1] in r.phase_words and t == "vn" and k > 0 \
                        and tags[k - 1] in NOUN_TAGS:
                    k -= 1  # "基地|建设|一期|项目": the work of a phase, as in 建设项目
                    continue
                if w in r.admin and t in STOP_TAGS and k < j - 1 and self._is_start(words, tags, k):
                    # "县|城乡|供水|一体化|项目": jieba tags a bare 县 opening the clause as a morpheme (zg);
                    # the project is the county's own
                    level_owned = True
                    k -= 1
                    break
                if k < j and self._misread_trade(words, tags, k):
                    k -= 1  # "电池|正极|材料…项目": a trade word jieba reads as an adverb
                    continue
            if label == "COMPANY" and strength == "strong" and k < j - 1 and w in r.false_words \
                    and t in PLACE_NAME_TAGS and w.endswith(r.landform_ends):
                k -= 1  # "港湾|国际|控股|(集团)|有限公司": an ordinary word as a brand, in a legal name
                continue
            if label == "PROJECT":
                if self._unit_after_number(words, tags, k):
                    k -= 1  # "年养殖|10|万|只|绍兴麻鸭…": a capacity's unit, which jieba may read as an adverb
                    continue
                if self._year_rate(words, tags, k, j):
                    k -= 1
                    continue
            if (label != "PLACE" or (suf not in r.division_nouns and not road and tags[k + 1] not in PROPER_TAGS
                                     and not self._known_place(words[k + 1]))) \
                    and w in r.name_time_words and k < j:
                # "现代|工业|产业园项目", "江苏|未来|科技有限公司", "桐柏|现代|产业园区管委会": a time
                # word jieba tags as such is part of the name, a brand's or a park's as often as a project's,
                # and a hub's or a park's place right before its trade ("连江|现代|物流|城"; before a zone's own
                # name it is the clause's: "未来|某某|商务区") (not a division's nor a road's: "创建|现代|丝路…
                # 品牌县" is a title the county earns)
                k -= 1
                continue
            if label in ("PLACE", "AGENCY") and k < j and w in r.mountain_sides and k > 0 \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] and words[k - 1].endswith(r.mountain_ends):
                k -= 1  # "某某山|东麓|葡萄产业园区管委会": the mountain's side the zone is named after
                continue
            if label in ("PLACE", "AGENCY") and k < j and w in r.landform_ends and t in STOP_TAGS and k > 0 \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] and (
                        ((tags[k - 1] == "ns" or self._known_place(words[k - 1])) and self._zone_word(words[k + 1]))
                        or (label == "AGENCY" and len(words[k - 1]) >= 2 and tags[k - 1] in PROPER_TAGS | NOUN_TAGS
                            and self._zone_committee_at(words, k + 1))):
                # "台州|湾|新区", "头门|港|新区": a bay's or a port's name, which a zone is named after; and the
                # committee that runs a bay named by an ordinary word ("某市|海棠(n)|湾(zg)|管委会")
                k -= 1
                continue
            if label == "PROJECT":
                if k < j and self._facility_work(words, tags, k):
                    k -= 1
                    continue
                if k < j and len(w) == 1 and w in r.one_character_places \
                        and len(words[k + 1]) == 1 and (words[k + 1] in r.one_character_places
                                 or words[k + 1] in r.paired_short_names):
                    k -= 1  # "洛阳|中|德|产业园项目": two countries' short names, the park they build together
                    continue
                if w in r.policy_verbs and k == j - 1 and k > 0 and tags[k - 1] in NOUN_TAGS \
                        and words[j] == suf and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "褐煤|提质|项目": what the plant does to the goods before it, the project's own work
                    continue
                if w in r.policy_verbs and k + 1 < j and w + words[k + 1] in r.works_verbs:
                    k -= 1  # "某某公路|提质|改造|项目": the verb opens the works done to the facility before it
                    continue
                if w in r.policy_verbs:
                    break  # "补链、强链、|延链|高端化工产业项目": what the projects do for a chain, no part of a name
                if (self._glued_clause(w) or w.startswith(r.comparatives)):
                    break  # (and "推动|更多大|项目": how many and how big, glued, say which kind)
            if label == "COMPANY" and strength == "strong" and k < j - 1:
                place = self._place_before_letters(words, tags, offs, k)
                if place is not None:
                    k = place  # "上海|新|遂|制药机械…有限公司": a brand jieba cut into characters, after its place
                    continue
            if label == "AGENCY" and k < j and words[k].endswith(("公司", "集团")) \
                    and (strength == "weak" or words[k] in ("公司", "集团")) \
                    and words[k] not in r.false_words:
                # "…小商品城集团|营销部", "集团|党委": a firm's department, or the party committee of "the
                # group", is the firm's, no office of a state (but People's Daily marks a named group's
                # 党委 as an organisation: 某某集团公司|党委)
                return None
            if label == "PROJECT":
                if t == "f" and len(w) == 2 and w[0] in "东西南北中" and w[1] in "东西南北部" \
                        and 0 < k < j - 1 \
                        and self._known_place(words[k - 1]) and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "中国|西部|绿色低碳家居产业园一期项目": a place's part, before what is built there
                    continue
                if w in r.site_sides and 0 < k < j - 1 \
                        and offs[k - 1] + len(words[k - 1]) == offs[k] \
                        and (words[k - 1].endswith(r.road_ends) or self._known_place(words[k - 1])):
                    # "新华路|东侧|安置房项目": where the project stands names it; the road is scanned on
                    k -= 1
                    if len(words[k]) == 2 and words[k][1] in r.roads and k > 0 and len(words[k - 1]) == 1 \
                            and "\u4e00" <= words[k - 1] <= "\u9fff" and tags[k - 1] in ("a", "b", "n", "ng", "ns", "nr") \
                            and offs[k - 1] + 1 == offs[k]:
                        k -= 2  # "新|民巷|西侧": a road's name is two characters at least; jieba cut off the first
                    continue
                if w in _CLOSE_BRACKETS and k >= 3 and words[k - 2] in _OPEN_BRACKETS \
                        and tags[k - 1] in ("q", "m") and len(words[k - 1]) <= 2 and tags[k - 3] == "m" \
                        and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k + 1)):
                    k -= 3  # "年产|10|万件|(|套|)|全屋家具…项目": the capacity's other unit, in brackets
                    continue
                if w in _CLOSE_BRACKETS and k < j and (opened := self._road_section(words, tags, k)):
                    k = opened - 1  # "某某路|(|甲路|-|乙路|)|改建工程": the section of the road, in brackets
                    continue
                if t == "q" and len(w) == 1 and k < j - 1 and k > 0 and tags[k - 1] in NOUN_TAGS \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    # "…高端|工业|级|玻璃器皿…项目", "电子|级|多晶硅": the product's grade; "食用油及|优质|米|加工":
                    # rice. A classifier after a noun, with no number before it, is a word's last character
                    k -= 1
                    continue
            if label == "COMPANY" and (k < j - 1 or len(words[j]) > len(suf) + 1) and self._kind_before_name(words, k):
                # "百强|企业|晨风|集团股份有限公司": the kind of firm, then the firm's own name (one word of
                # jieba's dictionary: "光伏|巨头|隆基绿能科技股份有限公司")
                break
            if label == "AGENCY" and words[j] == "分局" and k == j - 2 and w.endswith("局") \
                    and (tags[k + 1] in PLACE_NAME_TAGS or self._known_place(words[k + 1])):
                # "江门|生态环境|局|开平|分局": a bureau's branch in a county, named under the bureau
                branch_of = k
                k -= 1
                continue
            if branch_of is not None and k == branch_of - 1 and t == "l" and len(w) >= 3:
                k -= 1  # (the bureau's field, which jieba reads as an idiom: 生态环境)
                continue
            if label == "PROJECT":
                if k < j and k > 0 and words[k - 1] + w in r.category_heads:
                    break  # "省|重点|工程|湘潭柏屹…产业园二期": the category the project is listed in, then its name
                if t == "d" and w in r.numbered_routes and k > 0 and k < j \
                        and tags[k - 1] in PROPER_TAGS and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "宁马|高速(d)|改扩建项目": an expressway named by its ends; jieba reads 高速 as "fast"
                    continue
            if label == "PLACE" and len(w) == 1 and t in ("zg", "ng", "g") and k + 1 < j and len(words[k + 1]) == 1 \
                    and tags[k + 1] in PROPER_TAGS | {"x"} and offs[k] + 1 == offs[k + 1] \
                    and (k == 0 or tags[k - 1] == "w") and words[j] in r.zone_words:
                # "、|炉(zg)|碧(nr)|经济|开发区": a zone's two-character name that jieba cut into a morpheme
                # and a name's character, right after a mark
                k -= 1
                break
            if label == "COMPANY":
                if k == j - 1 and k >= 1 and _two_character_brand(words, tags, offs, k):
                    # "深入到|宸|煜|纸业", "湖北|一|正|药业": two characters jieba leaves as morphemes, or a numeral
                    # and a character, right before the trade, are the firm's brand (zg and d end other names)
                    k -= 2
                    break
                if strength == "strong" and t == "t" and len(w) == 2 and k < j \
                        and (k == 0 or tags[k - 1] in ("w", "_SP")) and w not in common_time_words(_COMMON_TIME_COUNT) \
                        and all(words[x] in r.legal_forms or words[x] in r.group_words for x in range(k + 1, j)):
                    k -= 1  # "、|星月(t)|集团|有限公司": a rare time word alone before the legal form is the brand
                    break  # (今年 and 目前 are the times they look like: common_time_words)
                if strength == "strong" and t in STOP_TAGS and k > 0 and len(w) >= 2 \
                        and (self._known_place(w) or self.gazetteer.written(w) is not None) \
                        and all(words[x] in r.legal_forms for x in range(k + 1, j)):
                    k -= 1  # "西岭磁能科技|正定(d)|有限责任|公司": where the firm is registered, right before its
                    continue  # legal form, though jieba reads the county as an adverb
                if words[k + 1].startswith(r.nation_openers) and self._known_place(w) \
                        and not words[j].endswith(r.bank_words):
                    break  # "长春市|中国|第一|汽车集团", "北京|中国建筑|集团": the city the firm is in, then the firm
                    # (a bank's branch is named by its city before the bank: "纽约|中国银行")
                if k == j - 1 and k >= 1 and len(w) == 1 and words[k - 1] in r.brand_localizers \
                        and tags[k - 1] == "f" and (t in NOUN_TAGS or t in PROPER_TAGS or t in ("g", "zg")) \
                        and offs[k - 1] + 1 == offs[k] and offs[k] + 1 == offs[j]:
                    k -= 2  # "央企|中(f)|林|集团", "会见|中(f)|咨(zg)|公司": a brand's two characters, which jieba cut
                    break  # as "among" and a lone character (其中, 该 and the clause's words are not nouns)
            if t == "f" and len(w) == 1 and k > 0 and k < j and words[k - 1].endswith(w) and tags[k + 1] not in ("w", "_SP"):
                k -= 1  # "其中|中(f)|雪(n)|冷链物流园项目": the word before took its own 中; the second one opens
                continue  # the name jieba did not know
            if label == "PROJECT":
                if t == "q" and 0 < k < j and tags[k - 1] == "eng" \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "年产110台|HK200|系列|平头塔机项目": a product's model and its series, in the name
                    continue
                if w in r.brand_dots and 0 < k < j and len(words[k - 1]) >= 2 \
                        and tags[k - 1] in PROPER_TAGS | PLACE_NAME_TAGS and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 2  # "京东|·|梁平数字产业园", "佳兆业|·|空港…科技城": the firm's brand before its project's name
                    continue
                if w in r.brand_dots and 1 < k < j and len(words[k - 1]) >= 2 \
                        and (tags[k - 1] in NOUN_TAGS or words[k - 1] in r.firm_trade_adverbs) \
                        and tags[k - 2] in PROPER_TAGS | PLACE_NAME_TAGS \
                        and len(words[k - 2]) >= 2 and offs[k - 2] + len(words[k - 2]) == offs[k - 1] \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 3  # "某山|溪谷|·|悦澜度假区项目": a brand of a place and a noun, before the dot, is the project's too
                    # (and so is a firm's brand of a trade jieba reads as an adverb: "某科|高新(d)|·|某市…产业园项目")
                    continue
            if t == "v" and k < j and self._zone_word(words[k + 1]) \
                    and (k == 0 or tags[k - 1] in ("w", "p", "ns") or words[k - 1] in r.boundary) \
                    and (place := self.gazetteer.lookup(w)) is not None and place.level in ("county", "city") \
                    and w not in common_verb_words(_COMMON_NAME_COUNT):
                # "从|安化(v)|经开区": a county's short name jieba reads as a verb (one its dictionary counts
                # rarely: 比如 and 延长 are the verbs they look like), before its zone's word
                k -= 1
                continue
            if label == "PROJECT":
                if w in r.use_marks and 0 < k < j - 1 and tags[k - 1] in NOUN_TAGS \
                        and tags[k + 1] in NOUN_TAGS and offs[k - 1] + len(words[k - 1]) == offs[k] \
                        and offs[k] + len(w) == offs[k + 1]:
                    k -= 1  # "电动|自行车|用|蓄电池|极板|项目": what the product is for, inside its name
                    continue
                if w in r.division_parts and 0 < k < j - 1 and offs[k - 1] + len(words[k - 1]) == offs[k] \
                        and words[k - 1].endswith(r.local_divisions + ("县", "区", "市")) and offs[k] + len(w) == offs[k + 1]:
                    k -= 1  # "韩店|镇|东部|山区农业综合示范区建设项目": the part of the town the site is in
                    continue
                if w in r.settlement_chars and 0 < k < j - 1 and len(words[k - 1]) == 1 \
                        and is_cjk(words[k - 1]) and tags[k - 1] in ("nr", "ng", "n", "g", "x", "nz", "j") \
                        and words[k - 1] not in r.function_chars and offs[k - 1] + 1 == offs[k] \
                        and (k == 1 or tags[k - 2] in ("w", "_SP", "p", "c", "uj", "v")):
                    # "涛(nr)|圩(zg)|光伏电站项目": a village's or a market town's name, its one character read
                    # as a surname and its settlement word left alone; the project is named after the place
                    k -= 2
                    break
                if t == "zg" and len(w) == 1 and 0 < k < j - 1 and len(words[k + 1]) == 1 \
                        and tags[k + 1] in PLACE_NAME_TAGS and offs[k] + 1 == offs[k + 1] \
                        and offs[k - 1] + len(words[k - 1]) == offs[k] and self._known_place(words[k - 1]):
                    # "洛阳市|瀍(zg)|东|污水处理厂…": a rare character of a local name, after its city, that jieba
                    # leaves as a morpheme; the name starts with it, and the city is a place of its own
                    k -= 1
                    break
                if t in ("zg", "g", "ng") and len(w) == 1 and 0 < k < j and w not in r.admin \
                        and (k == j - 1 or words[k + 1] in r.project_joiners) \
                        and offs[k - 1] + len(words[k - 1]) == offs[k] and offs[k] + 1 == offs[k + 1] \
                        and tags[k - 1] in ("n", "nz", "x", "vn") and len(words[k - 1]) >= 2 and words[k - 1] not in stop:
                    # "单晶硅|棒(zg)|项目": a product's last character, which jieba leaves as a morpheme (so is a park's
                    # after the trade it is for, a verbal noun: "某某文化|旅游(vn)|园(zg)|项目") (right before
                    # the head or the product joined to it only: inside a list's item, "某某年产…化妆|刷|生产项目" is
                    # the item's, whose brand is a firm)
                    k -= 1
                    continue
                if t in ("d", "ad") and k + 2 < j and tags[k + 1] == "vn" \
                        and tags[k + 2] in PROPER_TAGS and not self._misread_trade(words, tags, k):
                    k += 1  # "尽快|运营(vn)|申华汽车…项目": the clause's adverb and verb, then the name
                    break
                if w in r.chain_position_words and 0 < k < j - 1 and tags[k - 1] in _PRODUCT_TAGS \
                        and offs[k - 1] + len(words[k - 1]) == offs[k] and tags[k + 1] not in STOP_TAGS:
                    k -= 1  # "苯乙烯|下游|精细化工项目": the product's place in its chain, between it and the work
                    continue
            if label in ("PLACE", "AGENCY") and t in ("d", "ad") and k < j and w in self.listed_aliases \
                    and ("".join(words[k + 1:j + 1]) in r.generic or "".join(words[k + 1:j]) in r.generic) \
                    and self._is_start(words, tags, k):
                # "县长、|正定(d)|高新技术产业开发区|管委会": a county jieba reads as an adverb names the zone of a
                # generic kind after it (a zone with a name of its own is its own place: 大连|金普新区)
                k -= 1
                continue
            if label == "COMPANY" and strength == "strong" and len(w) == 1 and k < j and t in STOP_TAGS \
                    and t not in _RUN_STOP_TAGS and (hidden := self._city_across_words(words, tags, offs, k)) is not None:
                # "、|三|明天(t)|正(d)|贸易有限公司": a city glued by jieba into a common word with the brand's
                # first character, whose last one it reads as an adverb or a time (三明 is the city, 天正 the brand)
                k, lead = hidden[0] - 1, hidden[1]
                break
            if label == "PROJECT" and w in r.series_words and 0 < k < j - 1 and tags[k - 1] in _PRODUCT_TAGS \
                    and offs[k - 1] + len(words[k - 1]) == offs[k] and tags[k + 1] not in STOP_TAGS:
                k -= 1  # "刺梨|系列(q)|健康食品…项目": a range of goods named by its product, no count's classifier
                continue
            if t == "t" and label in ("AGENCY", "COMPANY") and k < j and len(w) >= 2 \
                    and self.gazetteer.written(w) is not None and w not in common_time_words(_COMMON_TIME_COUNT):
                k -= 1  # "深圳|当阳(t)|商会": a county's name jieba reads as a time, inside the body's name
                continue
            if label == "COMPANY":
                if strength == "strong" and len(w) == 1 and k >= 1 and k < j \
                        and words[k - 1] in r.brand_numerals and tags[k - 1] == "m" and offs[k - 1] + 1 == offs[k] \
                        and w not in r.count_classifiers and tags[k] not in ("w", "_SP", "q"):
                    k -= 2  # "、|玖(m)|龙|纸业有限公司", "玖|盛(v)|纸业": a numeral written out, as no count is, opens the brand
                    continue
                if strength == "strong" and w in r.brand_adverbs and k < j \
                        and words[j].endswith(derivation_spec().legal_suffixes) \
                        and all(tags[x] in NOUN_TAGS or words[x] in r.legal_forms for x in range(k + 1, j)) \
                        and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k, j)):
                    k -= 1  # "向|都市|更新(d)|股份有限公司", "、|永久(d)|精工|有限公司": the brand, glued to the trade
                    continue
            if label == "PROJECT" and w in r.project_trade_adverbs and t in STOP_TAGS and k < j - 1 \
                    and tags[k + 1] in NOUN_TAGS and offs[k] + len(w) == offs[k + 1]:
                k -= 1  # "高速(d)|物流园|项目": the trade the project is of, which jieba reads as an adverb
                continue
            if (t in STOP_TAGS and not (label == "PROJECT" and w in r.stop_compound_heads
                                         and self._stop_in_compound(words, tags, k))) \
                    or w in r.having_words or self._glued_stop(w, t, stop) \
                    or (w in stop and not (label == "PROJECT" and words[k + 1] in r.model_zones
                                                  and k > 0 and tags[k - 1] in NOUN_TAGS)
                                  and not (label == "PROJECT" and k == j - 1 and w in r.joint_build_words)
                                  and not (label == "PROJECT" and self._stop_in_compound(words, tags, k))
                                  and not (label in ("AGENCY", "COMPANY") and words[k + 1].startswith(
                                      r.body_works_compounds.get(w, ())))) \
                    or (len(w) >= 2 and w[-1] == "到" and t in ("v", "l")) \
                    or (w in r.false_words and not (
                    label == "PROJECT" and k < j and len(w) >= 2 and (t in NOUN_TAGS or t == "ns")
                    and w not in r.false_in_projects)
                        and not (label == "COMPANY" and strength == "strong" and k < j - 1 and len(w) >= 2
                                 and (t in NOUN_TAGS or t == "ns") and k > 0
                                 and (tags[k - 1] in PROPER_TAGS or self._zone_word(words[k - 1]))
                                 and offs[k - 1] + len(words[k - 1]) == offs[k])):
                # but a project's name holds such nouns ("研发总部及生产基地项目", "城市综合提升PPP项目", and
                # "某某新天地|城市(ns)|综合体项目", which jieba tags as a place),
                # and so does a legal name after its brand ("某某|蓝湾|城市|园区运营管理有限公司") or after the
                # zone that owns the firm ("某某|开发区|城市|发展投资管理有限公司"):
                # they are false only as suffixes, and the project's own head is after them; and a model
                # zone is named by a verb ("融合|发展|示范园项目"); a verb with its 到 (输送到, an idiom to
                # jieba) is the clause's
                break
            if t == "x" and w[0] in r.count_classifiers and k > 0 and tags[k - 1] == "m":
                # "3|个村|土地整治项目", "12|家央企|集团": jieba glued a count's classifier to the noun after it
                break
            if label == "PROJECT":
                if w in r.count_classifiers and k > 0 and tags[k - 1] == "m":
                    return None  # "签订7|项|内联项目": a count of projects of a kind names none of them
                if t.startswith("v") and t != "vn" and k > 0 \
                        and (words[k - 1].endswith(r.agency_suffixes) or self.phrases.get(words[k - 1], ("",))[0] == "AGENCY"):
                    break  # "青海省发改委|批复|项目": an office and its verb are the clause, not the project's name
                if t == "v" and k < j and words[k + 1] in r.zone_scopes:
                    break  # "创建|国家级|现代农业产业园": the clause's verb and the rank it seeks, then the kind
                if t == "v" and (
                        (tags[k + 1] in PROPER_TAGS and (k == 0 or (tags[k - 1] not in NOUN_TAGS | PROPER_TAGS
                                              and words[k - 1] not in r.name_time_words))
                         and not self._unit_after_number(words, tags, k - 1))
                        or (k > 0 and tags[k - 1] in ("a", "ad", "d")
                            and not (tags[k - 1] == "a" and w in derivation_spec().trade_works))):
                    # "扎实|做好|伟兴机械项目": the clause's verb, then the name (南山口|抽水|蓄能电站 is one);
                    # but after a capacity's unit the verb says what the plant makes ("1万吨|再生|硅材料"), and
                    # after a quality a maker's work is its trade ("云通|精密|制造|项目")
                    break
            if label == "COMPANY":
                if strength == "strong" and t == "v" and k > 0 \
                        and (k == j - 1 or (k == j - 2 and words[k + 1] in r.legal_trade_works
                                            and offs[k] + len(w) == offs[k + 1]
                                            and offs[k + 1] + len(words[k + 1]) == offs[j])) \
                        and words[j].endswith(derivation_spec().legal_suffixes) \
                        and (tags[k - 1] in NOUN_TAGS | {"j"} or (k < j - 1 and tags[k - 1] in PROPER_TAGS)) \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    # "碧海环保|产业|用布|有限公司": the trade jieba reads as a verb, right before the legal form (or
                    # before its works word: "宏达|爆破|工程|有限公司")
                    k -= 1
                    continue
                if strength == "strong" and len(w) == 1 and t.startswith("v") \
                        and k >= 1 and tags[k - 1] == "x" and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "艾尔康|居|科技有限公司": jieba's guess cut a verb out of an unknown brand
                    continue
            if label in ("AGENCY", "PLACE") and t == "i" and (
                    self._opens_body(words, tags, k + 1, j, suf)
                    or (words[k + 1] in r.generic and words[k + 1].endswith(self._division_noun_ends))):
                # "贯彻落实|自治区|党委", "贯彻落实|省委": an idiom of the clause, then the level a body's or a
                # place's name opens with (but 扶贫开发|领导小组 is a body's field)
                break
            if long_agency and t == "v" and self._opens_body(words, tags, k + 1, j, suf):
                # "决定|恢复|省|纪律检查委员会", "恢复|全国人大民族委员会": a long office's name may hold a
                # verb (脱贫|攻坚|领导小组), but not before the level or the place it begins with
                break
            if label == "COMPANY":
                if strength == "strong" and len(w) == 1 and t.startswith("v") and 2 <= k < j \
                        and words[k - 1] in r.item_joiners and tags[k - 2] in ("ns", "nz", "x", "j") \
                        and len(words[k - 2]) >= 2 and self.phrases.get(words[k - 2], ("",))[0] not in ("AGENCY", "COMPANY") \
                        and (k == 2 or tags[k - 3] in ("w", "p") or self._known_place(words[k - 3])):
                    # "浙江|五洲|和|兴|农业开发有限公司": one character after the conjunction, before the trade,
                    # is no second name to join, nor the clause's verb; the conjunction is inside the brand (五洲和兴)
                    k -= 2
                    continue
                if strength == "strong" and t.startswith("v") and k >= 1 and k < j - 1 \
                        and tags[k + 1] == "x" and self._known_place(words[k - 1]) \
                        and offs[k - 1] + len(words[k - 1]) == offs[k]:
                    k -= 1  # "秦皇岛|满仓|面业|有限公司": between its place and a guessed word, a brand jieba reads as a verb
                    continue
                if k == j - 1 and k >= 1 and words[k - 1] in r.brand_openers and len(w) >= 2 \
                        and words[j] == suf and (k < 2 or words[k - 2] in r.item_joiners or tags[k - 2] in ("w", "p")):
                    k -= 2  # "与|新|希望|集团": 新 and the word jieba reads as a verb are the group's brand
                    opened_brand = True
                    break
                if strength == "strong" and t == "v" and k < j and self._led_verb_brand(words, tags, offs, k, j):
                    k -= 1  # "由|奔腾|科技有限公司", "、|冠群|驰骋|投资管理有限公司": a brand jieba reads as a verb
                    continue
            if t.startswith("v") and t != "vn" and label != "PROJECT" and not long_agency and not titled \
                    and not (label == "COMPANY" and self._cooperative_work(words, tags, k, j, suf)) \
                    and not (label == "PLACE" and self._zone_word(words[j])
                             and (w in r.business_verbs or w in r.zone_verbs
                                  or (w in self.city_aliases and self._is_start(words, tags, k)))) \
                    and not (label == "COMPANY" and strength == "strong" and (k < j - 1 or len(words[j]) > len(suf))
                             and w in self.city_aliases and self._is_start(words, tags, k)) \
                    and not (label != "PLACE" and len(w) >= 3 and self._known_place(w)):
                # but a park is named by its trade: "碧城装备|制造|产业园"; and a city jieba reads as a
                # verb is where a company or an office is: "介休市|志尧碳素有限公司", or the zone named
                # after it: "包头|金山高新区", "开封|经济技术开发区", or the legal name registered there, as its
                # first word: "与|开封|金元再生资源有限公司", or its group's short name jieba knows whole: "由|遵义|
                # 交旅投集团"
                if label == "COMPANY" and strength == "strong":
                    hidden = self._city_across_words(words, tags, offs, k)
                    if hidden is not None:
                        k, lead = hidden[0] - 1, hidden[1]
                break
            brand = label == "COMPANY" and strength == "strong" and _LATIN.search(w)
            if t == "m" and label == "COMPANY" and strength == "strong" and k > 0 and _ORDINAL.fullmatch(w):
                k -= 1  # "中铁|二十|三局|集团有限公司", "一航局|第三|工程有限公司": a numbered unit of a group
                continue
            if t == "m" and label == "COMPANY" and strength == "strong" and 0 < k < j - 2 and len(words[k + 1]) == 1 \
                    and self._known_place(words[k - 1]) and offs[k - 1] + len(words[k - 1]) == offs[k] \
                    and offs[k] + len(w) == offs[k + 1]:
                k -= 1  # "巴州|百家(m)|惠|纺织有限责任公司": a count and one character after the firm's place are its brand
                continue
            if t == "m" and label == "COMPANY" and strength == "strong" and w in r.brand_numerals and k < j - 1 \
                    and offs[k] + 1 == offs[k + 1] and words[k + 1] not in r.count_classifiers:
                k -= 1  # (so where the brand's second character was taken already: "叁|和(c)|食品有限公司")
                continue
            if label == "COMPANY" and k < j and self._numeral_brand(words, tags, k):
                k -= 1  # "一重(m)|集团有限公司": an old state works' number is its group's brand
                continue
            if t == "m" and label in ("COMPANY", "AGENCY") and not brand:
                break  # a number ends a name, but "3M" is a brand
            if label == "PLACE":
                if k == j - 1 and suf in r.honour_divisions \
                        and (w in r.honour_words or (t == "x" and w[-1:] in r.honour_words)):
                    # "…农业品牌|县", "旅游|强县": a title a county earns, not a county (jieba's guess may
                    # glue the title's character to the trade: "农旅名|镇")
                    return None
                if k < j and (w.startswith(r.title_superlatives) or r.session_re.fullmatch(w)):
                    return None  # "中国|最具|投资价值|工业园区", "第六届|中国|工业园区|…论坛": an award's or an event's title
                if k < j and self._zone_word(words[k]) and self._zone_word(words[j]) \
                        and not words[k].endswith(words[j]):
                    # "临沂经济技术开发区|化工|园区", "平邑经济开发区|温水|园区": a park inside a zone after the
                    # zone's whole name; the zone is its own place
                    break
                if self._ends_division(words, tags, k) and \
                        "".join(words[k + 1:j + 1]) not in r.generic and "".join(words[k + 1:j]) not in r.generic_bodies \
                        and not (w == r.home_country and strength == "strong" and k < j - 1
                                 and not self._known_place(words[k + 1])):
                    # "唐古拉山镇|长江源村": a finished division on the left is its own place
                    # (but "格尔木市主城区" is one name: 主城区 alone names nothing; and the country opens a
                    # name of a national brand, "中国|声谷|产业园区", "中国|读书|公园", before no place of its own).
                    break
            k -= 1
        if label == "PROJECT":
            if k >= 0 and j - k > limit and (tags[k] == "m" or tags[k + 1] == "m"):
                # "…有限公司|年产|800|万平方米|新型|节能|…|生产线|项目": the word limit cut a long name
                # inside its capacity, which the name begins with
                while k >= 0 and j - k <= limit + 3 and offs[k] + len(words[k]) == offs[k + 1] \
                        and (tags[k] == "m" or words[k].startswith("年产")):
                    k -= 1
            if k >= 0 and j - k > limit and words[k + 1].endswith(self.rules.company_suffixes):
                # "鑫光|工贸|年产3万套…及20万件…项目": the limit cut a firm's short name before its trade word;
                # the name it starts with is the firm's, found whole and split off as the project's head
                while k >= 0 and j - k <= limit + 2 and offs[k] + len(words[k]) == offs[k + 1] \
                        and tags[k] in PROPER_TAGS:
                    k -= 1
        if label == "COMPANY" and strength == "strong" and k >= 0 and j - k > limit:
            # A legal name begins where the company is registered, which can take
            # it past the word limit: "江阴市|全顺|海宏|汽车|销售|服务|有限公司"; so does a brand's first
            # character, which jieba leaves as a morpheme ("某市|濠(g)|蔚|城市|园区|运营|管理|有限公司")
            while k >= 0 and j - k <= limit + 3 and offs[k] + len(words[k]) == offs[k + 1] \
                    and (self._known_place(words[k]) or (tags[k] == "g" and len(words[k]) == 1)):
                k -= 1
            if k >= 0 and words[k + 1] in r.group_words and offs[k] + len(words[k]) == offs[k + 1] \
                    and self.phrases.get(words[k], ("",))[0] == "COMPANY":
                k -= 1  # "中国电建|集团|贵阳…研究院有限公司": a known group's short name opens its unit's legal name
            group = next((x for x in range(k + 1, j - 1) if words[x] in r.group_words), None)
            if k >= 0 and group is not None:
                # "中国|电力|工程顾问|集团|西北|电力|设计院|有限公司": a unit named with its group's whole name,
                # which opens with the place the group is of; the limit cut the group's name
                opener = next((x for x in range(group - 1, max(-1, group - 1 - r.group_name_reach), -1)
                               if self._known_place(words[x])), None)
                if (opener is None or opener > k) and group - k <= r.group_name_reach \
                        and self.phrases.get(words[k], ("",))[0] == "COMPANY":
                    opener = k  # and so a known firm's short name it opens with: "中铁|华南|工程局|集团|广州|…"
                if opener is not None and opener <= k \
                        and all(offs[x] + len(words[x]) == offs[x + 1] and tags[x] not in STOP_TAGS and tags[x] != "v"
                                and words[x] not in r.person_titles for x in range(opener, k + 1)):
                    k = opener - 1
        if k >= 0 and k + 1 < j and words[k + 1] in r.numbered_units and _ORDINAL.fullmatch(words[k]) \
                and words[k].startswith("第") and offs[k] + len(words[k]) == offs[k + 1]:
            k -= 1  # "第六|师|红旗|农场": the unit's ordinal is its name's, no count of what follows
        if label == "COMPANY" and strength == "strong":
            whole = self._whole_legal_name(words, tags, offs, j, k, limit)
            opened = self._place_opened_brand(words, tags, offs, j, k if whole is None else whole)
            if whole is None and opened == k:
                return None
            k = opened
        if label == "PROJECT" or (label == "PLACE" and self._zone_word(words[j])) or (
                label in ("PLACE", "AGENCY") and k >= 3 and words[k - 3] == r.home_country):
            # "宏亚（柳州）|林业全产业链基地项目"; "深圳（汕尾）|产业转移工业园": a zone two places build together;
            # "中国（某省）|自由贸易试验区某片区(管委会)": the country's zone, in the province bracketed
            k = self._bracketed_region(words, tags, offs, j, k)
        if label == "AGENCY" and k >= 3 and words[k] in _CLOSE_BRACKETS and not self._known_place(words[k - 3]):
            # "某某论坛（深圳）|常设秘书处": a body named by a forum or a brand names where it sits in brackets,
            # inside the name, as a legal name does (a place before the bracket is a place of its own:
            # 中国|（上海）|自由贸易试验区管委会); only where the whole brand is read, up to the clause's word
            # before it ("中非|经贸论坛（长沙）…" would cut the brand)
            x = self._bracketed_region(words, tags, offs, j, k)
            if x < k and (x < 0 or tags[x] in _BRAND_BEFORE_TAGS or words[x] in r.boundary):
                k = x
        if label == "PROJECT" and k >= 3 and k < j and self._bracketed_partner(words, tags, offs, k) \
                and self.phrases.get(words[k - 3], ("",))[0] != "COMPANY":
            # "京东(盛驰)|冷链加工配送中心项目": a brand and its local partner in brackets name the project
            # (a firm the lexicon knows heads it as its builder instead: 华润（鑫源）|…)
            k -= 4
        if label == "COMPANY":
            if words[j].endswith("公司"):
                k = self._bracketed_region(words, tags, offs, j, k)
            # "德令哈工业园|青海西部镁业有限公司": a park before a company with a name of its own is
            # where the company is, but "格尔木工业园建设投资有限公司" is the park's own company.
            for z in range(j - 1, k, -1):
                if self._zone_word(words[z]):
                    # (a common word jieba tags a place, 城市, names none: "某某开发区|城市(ns)|发展…有限公司")
                    rest = [x for x in range(z + 1, j) if words[x] not in r.false_words]
                    if self._has_proper(words, tags, rest) or any(self._known_place(words[x]) for x in rest):
                        k = z
                    break
        first = k + 1
        placeless = joint_at is not None and words[joint_at] in r.placeless_agency_joiners
        if joint_at is not None and (
                # (a 及 joins two fields of one office only: "某局主席刘某|及|某新区管理委员会" is two bodies)
                (placeless and not self._placeless_office(words, tags, first, joint_at, j))
                or (not placeless and not self._is_place_start(words, first, j)
                    and not (words[joint_at] in r.agency_joiners and self._office_start(words, first, joint_at, j))
                    and not (label == "AGENCY" and first >= 2 and words[first - 1] == "、"
                             and words[first - 2].endswith(r.agency_suffixes)))):
            # (an office listed after another, "县发改局、工业信息和科技商务局", is named without its
            # place as the one before it is: the list gives the level)
            first = joint_at + 1
        while first < j and ((_leading(words, first, j, r) and not opened_brand
                              and not (first + 1 < j and words[first + 1] in r.roads)
                              # "新|民巷": one character cut from a road's two-character name is its first
                              and not (first + 1 < j and len(words[first]) == 1 and len(words[first + 1]) == 2
                                       and words[first + 1][1] in r.roads)
                              # "对|新|寨|村党委": one character cut from a village's two-character name
                              # before its level's body is its first, no "new"
                              and not (first + 2 == j and len(words[first]) == 1 and len(words[first + 1]) == 1
                                       and tags[first + 1] not in STOP_TAGS
                                       and words[j].startswith(tuple(r.local_divisions))))
                             or (label == "COMPANY" and (words[first] in r.company_trim
                                                         or _standing_scope(words, first, j, r)))
                             or words[first] in r.product_list_marks  # "…现场|、|冷链仓储…项目": the list's mark
                             # "签订的|2.5|亿元|某某产业园区": a sum, which a park never opens with
                             or (label == "PLACE" and tags[first] == "m"
                                 and words[self._past_amount(words, tags, first, j) - 1].endswith("元"))
                             or (label == "PROJECT" and tags[first] in ("m", "t") and words[first] not in r.name_time_words
                                 and "/" not in words[first]  # a capacity's rate, one word (10万m³/d)
                                 # "三|龙湾|物流项目": one numeral glued to a place's name is the name's first
                                 # character, no count (a count takes a classifier: 三个, 三大)
                                 and not (len(words[first]) == 1 and words[first] in _NUMERAL_CHARS
                                          and first + 1 < j and tags[first + 1] == "ns" and len(words[first + 1]) >= 2
                                          and offs[first] + 1 == offs[first + 1])
                                 and not (words[first].isdigit() and first + 1 < j and words[first + 1] in r.numbered_routes)
                                 and not (_ORDINAL.fullmatch(words[first]) and words[first].startswith("第")
                                          and "".join(words[first + 1:j + 1]).startswith(r.numbered_institutions))
                                 and not (first > 0 and tags[first - 1] == "uj" and self._unit_alone(words[first], tags[first]))
                                 and (not self._has_quantity(words, tags, first, min(j, first + 2))
                                      or words[self._past_amount(words, tags, first, j) - 1].endswith("元"))
                                 and not (first + 2 < j and words[first + 1] in r.magnitudes
                                          and self._has_quantity(words, tags, first + 1, first + 3))
                                 and not self._year_rate(words, tags, first, j))
                             # "某某集团|2024|年度|绿色低碳示范项目": the date's unit, left after its number went
                             or (label == "PROJECT" and words[first] in r.date_words and tags[first] not in ("m", "t")
                                 and first > 0 and tags[first - 1] == "m" and words[first - 1].isdigit()
                                 and offs[first - 1] + len(words[first - 1]) == offs[first])):
            first += 1  # "2020年第一批重点项目": a date or a batch number names no project
        while label == "PROJECT" and first + 1 < j and (
                (words[first] in r.developing_verbs and first > 0 and words[first - 1] in r.investment_words)
                or (words[first] in r.investment_words and words[first + 1] in r.developing_verbs)):
            first += 1  # "拟在某县|投资|开发|某某总部项目": the clause's verbs, then the name
        if label == "PROJECT":
            # "继(v)|投资|香溪|大桥|项目", "继续|投资|某某物流园|项目": investing in a project a name opens is the
            # clause's verb, and the verbs before it are the clause's too (a kind after 投资 is no name: 外商投资项目)
            y = first
            while y + 2 < j and tags[y] in ("v", "d") and len(words[y]) <= 2 and words[y] not in r.investment_words:
                y += 1
            if y + 1 < j and words[y] in r.investment_words \
                    and (tags[y + 1] in PROPER_TAGS or self._known_place(words[y + 1])):
                first = y + 1
            elif first + 1 < j and words[first] in r.glued_joiners \
                    and (tags[first + 1] in PROPER_TAGS or self._known_place(words[first + 1])):
                first += 1  # "公司|继|香溪|大桥|项目|之后": the words jieba's guess glues to a name, written apart
        if first < j and first > 0 and words[first] in r.verb_complements and tags[first - 1] in ("v", "vn") \
                and offs[first - 1] + len(words[first - 1]) == offs[first]:
            first += 1  # "建设|好|灵山项目": the verb's complement, then the name
        if label == "COMPANY" and first < j and words[first] in _OPEN_BRACKETS:
            close = next((x for x in range(first + 1, j) if words[x] in _CLOSE_BRACKETS), None)
            if close is not None and close + 1 < j and words[close + 1] not in r.legal_forms:
                first = close + 1  # "正定高新区|(|南区|)|河北新之春科技…有限公司": the bracket says where, before
                # the firm's name, which never opens with one
        if label == "PROJECT" and first < j and first == k + 1 and k >= 0 and words[first] in r.division_nouns \
                and tags[k] in PROPER_TAGS | {"t"} and offs[k] + len(words[k]) == offs[first]:
            first = k  # "明月|村|农产品集散点项目": the village's name jieba tags as a time or a person
        if label == "PROJECT":
            # "总投资|25.6亿|锂电池项目": the investment and its amount come before the name
            # (and so do its land and the area's unit: "占地|200|亩|食品加工项目")
            for x in range(j - 1, first - 1, -1):
                if (words[x] in r.investment_words or words[x] in r.area_words) and x + 1 < j and tags[x + 1] == "m":
                    first = self._past_amount(words, tags, x + 1, j)
                    break
                if words[x] in r.investment_words and x + 2 < j and words[x + 1] in r.amount_words \
                        and tags[x + 2] == "m":
                    first = self._past_amount(words, tags, x + 2, j)  # "总投资|超|20亿元|…项目": a rough amount
                    break
        if label == "PROJECT" and any(
                tags[x] == "v" and x < j - 1 and (x == first or tags[x - 1] not in NOUN_TAGS)
                and self._place_date_generic(words, tags, x + 1, j + 1) for x in range(first, j)):
            # "我省公布|2023年省级重点工程项目", "浙江进行|全省重大项目", "加大了延长|产业链项目":
            # the clause's verb and a generic head name no project ("旅游开发|建设项目" keeps its noun).
            return None
        if lead and first != k + 1:
            lead = 0
        if label in ("PROJECT", "PLACE") and not lead:
            # "今年3月|青禾…项目": when, then the name; so before a zone ("3月8日|某某自由贸易港|建设…")
            first, lead = self._past_month(words, tags, first, j)
        if label == "AGENCY" and not lead and (session := _SESSION.match(words[first])) \
                and session.end() < len(words[first]):
            lead = session.end()  # "八届全国政协", one word for jieba: the body is 全国政协, in its eighth term
        if (first > 0 and not lead and words[first - 1] in r.determiners) or (first < j and words[first] in r.determiners):
            # (a clause's character glued to the name stands between them: "双方|以恒天(x)|华商…产业园")
            return None  # "各地援青指挥部", "上届|政府" name no particular body
        if label == "PROJECT" and not lead and (x := next((x for x in range(first + 1, j) if words[x] in r.determiners
                                                           and not tags[x - 1].startswith("c")), None)) is not None \
                and j - x <= 2 and not any(tags[y].startswith(("nr", "ns", "nz")) or self._known_place(words[y])
                                           for y in range(x + 1, j)):
            # "市场化运营|有关|文旅项目": the clause's verb, then the projects of a field it concerns, none named
            # (but after a conjunction the word opens a second product: "…设备及|相关|配件项目")
            return None
        body_tokens = list(range(first, j))
        inner = words[j][: len(words[j]) - len(suf)]
        if label in ("COMPANY", "AGENCY") and body_tokens \
                and not "".join(words[first:j + 1]).endswith(derivation_spec().legal_suffixes) \
                and self._count_before(words, tags, first) < first \
                and all(self._ordinary_word(words[x], tags[x]) for x in body_tokens) \
                and (not inner or self._ordinary_word(inner, "")):
            # "几家|电视广播|公司", "一个|多功能|石化|农场": counted, a kind of business, none named
            # (but a legal name is registered: "一家|宏达|商贸|有限公司")
            return None
        if owned and inner and not body_tokens and (
                not self._owner(inner, base_tags().get(inner, "x"))
                or (inner.endswith(self._item_joiner_ends) and not self._known_place(inner))):
            return None  # "联合政府", "现政府": a kind of government, nobody's in particular
        if first == j and inner in r.determiners:
            return None  # "各级党委", one word
        if label == "PROJECT":
            if not lead and first == k + 1:
                first = self._products_after_company(words, tags, offs, first)
                k = first - 1
            if not lead and (basis := self._basis_start(words, tags, first)) is not None:
                first = basis
                k = first - 1
        name = ("".join(words[first:j]) + words[j])[lead:]
        if label == "PLACE" and len(name) == 2 and name[-1] in r.travel_places \
                and "".join(words[j + 1:j + 4]).startswith(r.pair_words):
            return None  # "深港|合作", "某港|经贸交流": two places' short names side by side, no port of one character
        if label == "COMPANY" and (sub := next((x for x in r.subsidiary_words if name.endswith(x)), None)) \
                and name[: len(name) - len(sub)].rstrip("一二三四五六七八九") in r.investor_kinds | {""}:
            return None  # "央企|二三级|公司", "引进|三级|公司": subsidiaries by their level, of an owner's kind
        if label in ("PROJECT", "PLACE") and name.startswith(r.rank_phrases):
            # "建设|国际一流|高新建材产业园", "打造|世界一流|高科技园区": the rank it is to reach, then its kind
            return None
        if label in ("COMPANY", "AGENCY", "PROJECT") and (m := BIG_COUNT.match(name)) and m.end() < len(name) \
                and not any(self._known_place(name[:x]) for x in range(3, min(len(name), 6))):
            return None  # "三大|合作社", "五大|发电集团": a kind's major ones, counted, none named (五大连池 is a city)
        if label == "COMPANY" and name[: len(name) - len(suf)].upper() in r.vehicle_codes:
            return None  # "CNG|汽车|加气站": a kind of vehicle by its fuel or body, no brand
        if name in r.generic or (name == suf and not self.phrases.get(name)) or _any_division(name, r) or _levels_only(name):
            return None  # "各乡镇", "各县区": every town or county, no one
        if label == "PLACE" and not lead and len(words[first]) == 1 and words[first] in r.name_numerals \
                and name[1:] in r.generic:
            return None  # "下辖|四|功能片区": a count of a zone's parts by their kind, none named
        if label == "AGENCY" and _levels_organ(name, r):
            return None  # "县区委书记", "市县政府": the organs of every county and district, no one
        if not body_tokens and not inner:
            return None
        body = ("".join(words[first:j]) + inner)[lead:]
        if label == "COMPANY" and first >= 2 and len(words[first]) == 1 and words[first - 1] == "、" \
                and len(words[first - 2]) == 1 and all(words[x] + words[j] in r.company_strong or words[x] in r.legal_forms
                                                       for x in range(first + 1, j)):
            return None  # "农、林、|牧|专业合作社": the last of the trades a kind of firm is counted by, no brand
        if label == "AGENCY" and suf in r.chamber_suffixes and any(
                w.startswith(r.mission_words) and not self._known_place(w) for w in words[max(first - 1, 0):j]):
            return None  # "外地|驻昆|商会", "驻|某县|商会": the chambers stationed somewhere, none named (驻马店 is a city)
        if mission and body.startswith(r.mission_words):
            return None  # "驻华使馆": any country's mission, with no sender named
        levels = "".join(words[first:j])[lead:]
        if label == "AGENCY" and len(levels) >= 2 and all(ch in r.division_nouns for ch in levels):
            return None  # "县市区|公安分局", "县乡|政府": the offices of several levels, no one of them
        if body in r.generic_bodies or (body_tokens and all(words[x] in r.generic_bodies for x in body_tokens)
                                          and (not inner or words[j] in r.generic)):
            return None
        if label == "PLACE" and words[j].endswith(r.local_divisions) and body_tokens \
                and all(words[x] in r.community_kinds for x in body_tokens):
            return None  # "智慧|社区", "美丽|宜居|乡村": the kind a programme builds, no community or village
        if label == "PROJECT":
            if "".join(words[j + 1:j + 3]).startswith(r.project_institutions):
                return None  # "某某光伏工程|实验室", "沙漠工程|勘察|设计院": the institution of a field, no project
            if body in r.generic:
                return None  # "了解|产业园|项目|推进情况": a kind of facility and its project, none named
        if label == "PLACE" and len(body) == 1 and (body in r.function_chars or body in r.level_glue_chars):
            return None  # "古田县|以村|党支部…": a clause's character jieba glued to a bare level, no name
        if label in ("PROJECT", "AGENCY") and body_tokens and words[j - 1] in r.determiners and not inner:
            # "政银企|有关|项目", "县直|相关|项目": the projects that concern someone, none named; "管理|异地|
            # 商会": the bodies of a kind somewhere, none of them
            return None
        if label == "PLACE":
            if self._zone_word(words[j]) and body_tokens \
                    and "".join(words[x] for x in body_tokens if not self._known_place(words[x])) in r.zone_ratings:
                return None  # "河南省|二星级|产业集聚区", "十快|产业集聚区": a grade of zone, none named
            if (self._zone_word(words[j]) or words[j].endswith(r.local_divisions)) and body_tokens and (
                    marked := [x for x in body_tokens if len(words[x]) > 1 and words[x].endswith(r.kind_marks)]) \
                    and all(words[x] in r.zone_leads for x in body_tokens if x > marked[-1]) \
                    and not any(self._known_place(words[x]) or tags[x] in PROPER_TAGS for x in body_tokens if x < marked[-1]):
                # "打造|智慧型|经济|开发区", "外向型|产业园区": the type of zone sought, none named (but a place
                # before it names one: "埔里|微型|产业园区"); so of a community, "智慧型|产业|社区"
                return None
        if label == "PROJECT":
            if any(words[x] in r.investor_kinds for x in body_tokens) and all(
                    words[x] in r.investor_kinds or words[x] in r.zone_scopes or words[x] in r.date_words
                    or tags[x] in ("m", "t") or self._known_place(words[x]) for x in body_tokens):
                return None  # "1月份|福建|全省|央企|民企|外企|项目": the projects of a kind of investor, none named
            if body_tokens and all(words[x] in r.policy_kinds for x in body_tokens):
                return None  # "精准|扶贫|产业|帮扶|项目": the policy a kind of project serves, none named
        if label == "PLACE":
            if name.endswith(r.park_kind_heads) and (
                    body in r.park_kinds or (words[j] in r.park_kind_heads and "".join(words[first:j]) in r.park_kinds)):
                return None  # "文化公园|和|湿地|公园等功能区", "文化|商业街": kinds of park or street, none named
            if inner and words[j] in r.generic_bodies and body_tokens \
                    and all(self._known_place(words[x]) for x in body_tokens):
                # "推进青川县|乡村|振兴", "青川县|乡村|振兴局": the suffix inside a generic word (乡村 is the
                # countryside) after a division names no village; the division is the place.
                return None
            if road and body_tokens and words[j] in r.generic \
                    and not any(tags[x] in PROPER_TAGS or self._named_place(words[x]) for x in body_tokens):
                return None  # "铺设|水泥路", "硬化|沥青路": the clause's verb and a kind of road, no street named
            if not road and body_tokens and tags[first] in ("v", "vn") \
                    and words[first] not in self.listed_aliases \
                    and all(self._ordinary_word(words[x], tags[x]) for x in body_tokens):
                # "研讨|高新区", "漫步|公园": the sentence's verb and its object, a kind of place with no
                # name, where only ordinary words come before the suffix (but 包头 is a city jieba reads as a verb)
                return None
            if words[j] in r.zone_kinds and body_tokens \
                    and (words[first] in r.zone_scopes or (first > 0 and words[first - 1] in r.zone_scopes)
                         # (and after the scope's adjective the name was trimmed of: "全市|先进|制造业|开发区")
                         or (first > 1 and tags[first - 1] in ("a", "b") and words[first - 2] in r.zone_scopes)
                         # (and after a verb's one character jieba left before it: "创|全国|工业区|招商纪录")
                         or (len(words[first]) == 1 and first + 1 < j and words[first + 1] in r.zone_scopes)) \
                    and all(words[x] in r.zone_scopes or (self._ordinary_word(words[x], tags[x])
                                     and words[x] not in self.listed_aliases) for x in body_tokens):
                # "全国|新能源|汽车|产业集聚区", "全省|一流|工业园区", "村级|工业园区": what kind of zone
                # is meant, none named
                return None
            if words[j] in r.kind_only_zones and body_tokens \
                    and all(self._ordinary_word(words[x], tags[x]) and words[x] not in self.listed_aliases
                            and words[x] not in r.region_names for x in body_tokens):
                return None  # "打造总部经济|集聚区": a kind of zone, with or without a scope before it (城北 names one)
        if label == "COMPANY" and not self._company_body(body, suf, first > 0 and words[first - 1] in (")", "）")):
            return None
        partners = first
        while label == "COMPANY" and partners > 0 and words[partners - 1] in r.venture_partner_initials:
            partners -= 1
        if partners < first and venture_kind("".join(words[partners:first]) + body, r):
            return None  # "中(f)|马|合资|公司": the first partner's character jieba reads as a locative
        if label == "COMPANY" and strength == "weak" and (not inner or self._ordinary_word(inner, "")) and any(
                self._zone_word(words[z]) and all(self._ordinary_word(words[x], tags[x]) for x in range(z + 1, j))
                for z in body_tokens):
            # "临沂经济技术开发区|化工|园区", "…经济开发区|精细|化工|园区": a zone's trade, or the park for it,
            # names no firm
            return None
        named = body_tokens
        if label == "COMPANY" and strength == "weak":
            # "科技推广|网络": jieba's "other proper noun" made of ordinary words is a phrase, no brand
            named = [x for x in body_tokens if not _phrase_word(words[x], tags[x])]
        proper = self._has_proper(words, tags, named) or (inner and tags[j] in PROPER_TAGS and words[j] not in r.generic) \
            or glued_brand or (label == "COMPANY" and len(body_tokens) == 2  # (宸|煜|纸业, 一|正|药业)
                               and _two_character_brand(words, tags, offs, body_tokens[1]))
        if road:
            if not (2 <= len(body) <= (12 if routed else 6)) or body.isdigit() or body.endswith(r.road_grades):
                return None  # "18路" is a bus line; "…一级路" a grade of road
            if words[j] in r.figurative_roads and not self._has_proper(words, tags, body_tokens):
                return None  # "蹚出|转型|新路": a new way of doing things
        elif strength == "weak":
            ok = proper or (label == "PLACE" and body in r.date_place_names)  # (五四|村: a day's name)
            if label == "AGENCY":
                ok = ok or (body_tokens and words[first] in r.admin and len(name) >= 3)
                # "投资推广|署|署长", "水务|署|署长": an office named by its field alone is one where its
                # head's title, the suffix and 长, follows it
                # (and so is one of two fields joined by 及 at the clause's start: 环境及生态局)
                placeless = joint_at is not None and words[joint_at] in r.placeless_agency_joiners \
                    and first < joint_at
                ok = ok or ((titled or placeless) and len(body) >= 2 and (body_tokens or tags[j] in _FIELD_TAGS)
                            and all((tags[x] in _FIELD_TAGS and words[x] not in r.determiners)
                                    or (placeless and x == joint_at)
                                    for x in body_tokens))
            if label == "COMPANY":
                # A brand is at least two characters: "氟化工" is a product, not a company.
                ok = ok and len(body) >= 2
            if label == "COMPANY" and suf in r.brand_led_suffixes:
                # "高原特色|食品", "安宁|现代|食品": a kind of food, where a place or an ordinary word comes
                # right before the trade; a maker's short name has its brand there ("冠源|食品")
                last = j if inner else (body_tokens[-1] if body_tokens else None)
                ok = ok and last is not None and (
                    (len(words[last]) == 1 and not inner)  # (a brand jieba cut into characters: 和|盛|食品)
                    or self._brand_word(words, tags, last))
            if not ok:
                return None
        if label == "PROJECT":
            if body_tokens and all(tags[x] in ("m", "f") or words[x] in r.amount_words
                                   for x in body_tokens):
                return None  # "超亿元项目": a size class
            if 3 <= len(body) <= r.quality_run_max and all(ch in r.quality_characters for ch in body):
                return None  # "大好高优项目", "高精尖项目": the qualities a county wants of its projects, none named
            if body_tokens and len("".join(words[x] for x in body_tokens
                                      if words[x] not in r.phase_words)) < 2 and not inner \
                    and not (first >= 1 and words[first - 1].endswith(r.company_strong)):
                return None  # "拓展|区|一期|工程": one character and a phase name no project (a firm's phase does)
            if body_tokens and (all(words[x] in r.chain_roles or words[x].endswith(r.kind_marks)
                                    for x in body_tokens)
                                or words[body_tokens[-1]] in r.kind_marks):
                # "龙头|型、补链|型|项目", "延链|强链|项目": the kinds a county seeks, none named; the mark of a
                # type cut off as a word of its own closes a kind whatever word it marks ("首店|型|项目")
                return None
            if body_tokens and _sized(words[body_tokens[-1]], tags[body_tokens[-1]], r.money_magnitudes):
                return None  # "六大攻坚战|百亿元|项目", "十大产业|千亿元|项目": the size of a batch, no name
        if label == "PROJECT":
            # A long name ("城区供水管网联通改造项目") or a specific one; "绿色化工项目" is a kind.
            # Right after a legal company name it is that company's project ("…食品有限公司|面点食品加工项目").
            # "…有限公司|签署|管道生产制造项目": the company signed for its own project
            # (and "…有限公司|2|亿元|航运物流总部项目": with what the firm invests between, trimmed above)
            opened = first
            while opened > k + 1 and tags[opened - 1] == "m" and words[first - 1].endswith("元"):
                opened -= 1
            before = opened - 2 if opened >= 2 and words[opened - 1] in r.signing_verbs else opened - 1
            if opened >= 3 and words[opened - 1] == "的" and words[opened - 2] in r.owner_invest_verbs:
                # "…有限公司|投资|的|锂电池组装|项目": the firm invests in its own project, as one it signs for
                before = opened - 3 if words[opened - 3] not in r.owner_invest_verbs else opened - 4
            after_company = before >= 0 and opened == k + 1 and words[before].endswith(r.company_strong)
            if not after_company and opened == k + 1 and opened >= 4 \
                    and (x := _sum_start(words, tags, opened)) is not None:
                # "…股份有限公司|总|投资|2|亿元|的|光伏逆变器及储能|项目": what the firm invests, then its own
                # project, as with the sum alone between them
                if x > 1 and words[x - 1] in r.investment_words:
                    x -= 2 if words[x - 2] + words[x - 1] in r.investment_words else 1
                    after_company = x > 0 and words[x - 1].endswith(r.company_strong)
            amount_led = not after_company and self._amount_led(words, tags, opened, body, body_tokens)
            # Products joined by 及 are a kind of investment ("清洁油品及绿色化工项目") unless specific.
            owned = level_owned and first == k + 1 and len("".join(words[first + 1:j])) >= r.owned_project_min_chars
            # (a phase that opens the name, after no firm's, says which part of a project the clause already
            # named, not which project: "一期|光伏|项目占地2500亩")
            phased = first < j and words[first] in r.phase_words and not after_company
            # (and "…食品有限公司|屠宰|项目", "…水泥有限公司|水泥|项目": the firm's project named by
            # its one product, though such a name alone is a kind)
            product = after_company and len(body_tokens) == 1 and len(body) >= 2 \
                and tags[body_tokens[0]] in _PRODUCT_TAGS and body not in r.generic and body not in r.generic_bodies
            # (a park two partners build is named by their short names alone: 沪喀|产业园)
            paired = name.endswith(r.park_heads) and self._paired_park(name[: -len(suf)])
            # (and so is a park named by the water or port it lies along, after its place: 江陵县|临港|产业园)
            paired = paired or (self._zone_word(suf) and any(
                words[x] in r.position_park_words and (self._known_place(words[x - 1]) or self._zone_word(words[x - 1]))
                for x in range(max(first, 1), j)))
            if (len(name) < 5 and not (after_company and body in r.phase_words) and not product) \
                    or not ((len(body) >= 8 and not joined) or after_company or owned or amount_led or paired
                            or self._specific(words, tags, first + phased, j)
                            or self._builder_follows(words, tags, first, j)):
                return None  # (but "…有限公司|二期|项目" is the firm's second phase)
            if self._place_date_generic(words, tags, first + level_owned, j + 1) and not paired:
                return None  # "浙江援青项目": a place and a generic head
            if name.endswith(r.park_heads) and len(name) - len(suf) < r.park_min_chars \
                    and not self._firms_brand(words, name[: -len(suf)]) and not paired:
                # "签订零碳产业园、氟化工…协议": a kind of park, as its trades are kinds (but "与浙江东泰集团
                # 有限公司签订东泰产业园": a park named by the firm's brand is the firm's own)
                return None
        if label == "COMPANY" and len(name) < 3:
            return None
        end = offs[j] + len(words[j])
        if label == "PLACE":
            if len(name) == 2 and name[1:] in r.known_only_levels and self.gazetteer.lookup(name) is None:
                return None  # "“|立市(x)|献礼|”": one character and a level the gazetteer does not know names no city
            if suf in r.grassroots_places and name[:-len(suf)] in self.division_names \
                    and self.gazetteer.places[name[:-len(suf)]].level in DIVISION_ABOVE_TOWNS:
                return None  # "北京市|社区体育", "全区|社区": communities in general, no community named
            if _PLAN_SLOGAN.match(name) and self.gazetteer.written(name) is None:
                return None  # "“一核|多|片区”的格局", "一城|多|园区": a plan's layout, one centre and many parts
        if label == "PLACE":
            cut = place_trailer(name)
            if cut and (name[:-len(cut)] in r.generic_bodies or name[:-len(cut)] in r.generic):
                return None  # "周边地区", "沿海地区": no place is left
            end -= len(cut)
        if label == "AGENCY" and suf.endswith("局") and name.startswith(r.bureau_companies):
            label = "COMPANY"  # "中建三局", "中铁十一局": a construction group's subsidiary
        if label == "COMPANY" and name.endswith(r.central_bank_ends):
            label = "AGENCY"  # "欧洲中央银行": a state's office, as 央行 is, though named a bank
        if label == "PROJECT" and any(self._batch(words[x], tags[x]) or words[x] in r.batch_periods
                                      for x in range(first, j)):
            # "湾沚|区|2021年|第三次|招商项目", "梁平区|2021年|二季度|招商引资项目": a batch of the year's
            # projects, none named
            return None
        if zone_projects:
            return Candidate(offs[first] + lead, offs[j], "PLACE", f"suffix:{words[j - 1]}")
        if placeless and first < joint_at:
            # an office of two fields the tagger, which learnt no such names, would cut to the second
            return Candidate(offs[first] + lead, end, label, "joined-office")
        return Candidate(offs[first] + lead, end, label, f"suffix:{suf}")

    def _city_across_words(self, words, tags, offs, k) -> tuple[int, int] | None:
        """Where a legal name opens whose city jieba's words hide: (the word, its characters before the city).

        jieba reads a brand's last character as a verb (为天|水源|盛|汽配有限公司, 天水源盛汽配): the name
        would be the trade alone. Where a city's name lies across the glued words before the verb, cut
        from one of them, jieba misread the run, and the name opens at the city, with one to three
        characters of brand after it. A city jieba reads whole ("在|西安|办|…") is the clause's place.
        """
        if len(words[k]) != 1 or k == 0:
            return None
        m = k
        while m > 0 and k - m < 3 and offs[m - 1] + len(words[m - 1]) == offs[m] \
                and tags[m - 1] not in _RUN_STOP_TAGS:
            m -= 1
        run = "".join(words[m:k + 1])
        cuts = {offs[x] - offs[m] for x in range(m, k + 2)}
        for s in range(len(run) - 2):
            for size in (4, 3, 2):
                name = run[s:s + size]
                if not 1 <= len(run) - s - size <= 3 or (s in cuts and s + size in cuts):
                    continue
                if name in self.city_aliases or (name[-1:] in ("市", "县") and name in self.division_names):
                    x = max(i for i in range(m, k + 1) if offs[i] - offs[m] <= s)
                    return x, s - (offs[x] - offs[m])
        return None

    def _post_of_body(self, words, k) -> bool:
        """Whether the word at ``k`` is a post of the body before it: "县委书记", "区委|副|书记"."""
        r = self.rules
        w = words[k]
        if not w.endswith(r.person_title_ends):
            return False  # (most words of a scan: one test in C, not one per title)
        title = next(t for t in r.person_title_ends if w.endswith(t))
        if len(w) > len(title):
            return self._known_agency(w[:-len(title)].removesuffix("副"))
        x = k - 1
        while x >= 0 and words[x] in ("副", "常务", "常务副"):
            x -= 1
        return x >= 0 and self._known_agency(words[x])

    def _cooperative_work(self, words, tags, k, j, suf) -> bool:
        """Whether word ``k`` is the work a co-operative named by its place or brand does, inside its name:
        "阳谷|风华|粮食|种植|专业合作社", "某县|西野庄|金银花|种植|合作社" (jieba: a verb, which ends other names);
        its trade may take several words before the work ("某镇|特色|水果|生产|销售|合作社")."""
        r = self.rules
        if not (k < j and words[k] in r.cooperative_works and suf.endswith(r.village_firm_ends)):
            return False
        x = k - 1
        while x > k - 6 and x >= 0 and tags[x] in ("n", "vn", "v") and words[x] not in r.boundary \
                and not self._named_place(words[x]) and (tags[x] != "v" or words[x] in r.cooperative_works):
            x -= 1
        return any(tags[y] in PROPER_TAGS or self._named_place(words[y]) for y in range(max(0, x - 2), x + 1))

    def _fostered_or_counted_kind(self, body: str) -> bool:
        """Whether a co-operative's name before its 合作社 is a kind of co-operative after a policy's verb
        ("湖南某县|发展|农民专业") or its bare form after a division above the village ("某州|农民专业"): the
        kind, no name."""
        r = self.rules
        for i in range(1, len(body) - 1):
            if not kind_cooperative(body[i:], r):
                continue
            head = body[:i]
            if head.endswith(r.cooperative_fostering_verbs):
                return True
            place = self.gazetteer.lookup(head) if body[i:] in r.cooperative_bare_kinds else None
            if place is not None and place.level in r.cooperative_division_levels:
                return True
        return False

    def _trade_cooperative(self, words, tags, k, j, suf) -> bool:
        """Whether the words between a town or a village (``k``) and its 合作社 are the co-operative's trade
        alone, with no brand of its own: "清溪镇|特色|水果|种植|合作社" is the town's one, named by it, as
        "船形村|船兴合作社" is not (its brand names it; the village is where it is)."""
        r = self.rules
        body = range(k + 1, j)
        return suf.endswith(r.village_firm_ends) and bool(body) \
            and all((tags[x] in ("n", "vn") and words[x] not in r.boundary) or words[x] in r.cooperative_works
                    for x in body)

    def _whole_legal_name(self, words, tags, offs, j, k, limit) -> int | None:
        """The word before a legal name whose left scan stopped inside it (``k`` if it did not), or None.

        A body of trade words and business verbs alone ("开发|管理有限公司", "材料科技有限公司")
        names no company: jieba cut the brand with a verb (宁创新 as 宁|创新) or a park's word
        (金发园区), and the name goes on to the clause's words. A branch named after its parent's
        legal name (…科技有限公司|宁夏锂电池材料分公司) takes the parent's whole name past the
        word limit. Where no proper name is found the body still names nothing: None.
        """
        r = self.rules
        body = range(k + 1, j)
        if not body:
            return k
        # (a region in brackets before the legal form says where, no brand: "投资管理|(|北京|)|有限公司"; nor
        # does the unit a business runs: "…节能|减排|中心|有限公司" was cut at the verb before 中心)
        brandless = all(_trade(words[x]) or words[x] in r.business_verbs or words[x] in r.legal_forms
                        or words[x] in r.business_units
                        or words[x] in _BRACKETS or (words[x - 1] in _BRACKETS and words[x + 1] in _BRACKETS)
                        for x in body)
        parent = words[j] in r.branch_suffixes and any(words[x].endswith("公司") for x in body)
        # Common words before a trade ("玻璃|科技有限公司", "产业园|科技有限责任公司") may be the end of a
        # name jieba cut with a verb or a direction (甘肃北方|节能|…, 哈尔滨建新|装配|…): the name is
        # taken whole only where a place or a proper name opens it, and kept as found otherwise.
        core = [x for x in body if words[x] not in r.legal_forms]
        # (a trade jieba writes with the product before it is one too: 防腐材料, 汽车配件 -> 材料, 配件)
        common = bool(core) and (_trade(words[core[-1]]) or (len(words[core[-1]]) > 2 and _trade(words[core[-1]][-2:]))) \
            and not any(tags[x] in PROPER_TAGS or self._known_place(words[x]) for x in core)
        if not (brandless or parent or common) or words[k] in (")", "）"):
            return k  # a region in brackets before the body is read next (美澜（海南）科技有限责任公司)
        x = k
        while x >= 0 and j - x <= limit + 4 and offs[x] + len(words[x]) == offs[x + 1] \
                and (tags[x] not in STOP_TAGS or words[x] in r.zone_leads or (tags[x] == "f" and len(words[x]) >= 2)) \
                and words[x] not in r.boundary and words[x] not in r.person_titles \
                and not words[x].endswith("公司") and words[x] not in r.event_heads \
                and words[x] not in r.company_trim and words[x] not in r.event_verbs \
                and not self._known_agency(words[x]) and not (tags[x] == "x" and self._after_glue(words[x])) \
                and not (words[x][-1] in r.firm_count_classifiers and self._count_word(words[x])) \
                and not (tags[x].startswith("v") and tags[x] != "vn"
                         and (tags[x + 1] in PROPER_TAGS or self._known_place(words[x + 1]))) \
                and not (words[x] in r.joint_verbs and x > 0 and words[x - 1].endswith(r.company_strong)):
            x -= 1  # but "成立|宁夏…有限公司": the clause's verb before a name is no part of it; nor is a firm
            # and the verb it joins the next one by: "某某农商银行|联合|担保公司" names two, the second by its kind;
            # nor a count of firms, which closes the list before it ("A、B、C|三家|专业合作社")
        first = x + 1
        while first <= k and words[first] in r.trim:
            first += 1
        found = range(first, k + 1)
        if self._has_proper(words, tags, found) or any(self._known_place(words[y]) for y in found):
            return first - 1
        return None if brandless else k

    def _firm_organ_post(self, text: str, c: Candidate) -> bool:
        """Whether an office found alone is a firm's party organ, between the firm's name and a post in it:
        "…集团|纪委|书记" (纪委 is a known short name, which would stand for a government's commission)."""
        r = self.rules
        return text[c.start:c.end] in r.firm_party_organs and text.endswith(r.company_strong, 0, c.start) \
            and text.startswith(r.person_title_ends, c.end)

    def _place_opened_brand(self, words, tags, offs, j, k) -> int:
        """The word before a company's legal name whose brand jieba read as function words, back to the place
        the name opens with ("与|云南|一身|清|生物科技有限公司"), or ``k``.

        Only short brands with such a word: a verb, a count, a preposition, an adverb or a clause's
        character between the place and the trade leaves the place apart."""
        r = self.rules
        if k < 1 or k + 1 >= j or self._known_place(words[k + 1]) or not words[j].endswith(tuple(r.firm_heads)):
            return k
        chars, read = 0, False
        for x in range(k, -1, -1):
            w, t = words[x], tags[x]
            if offs[x] + len(w) != offs[x + 1]:
                return k
            if x < k and len(w) >= 2 and self._named_place(w):
                # (a brand or a trade before the place makes it part of a longer name: "恒盛地产|北京|…")
                opened = x == 0 or not (tags[x - 1] in PROPER_TAGS or _trade(words[x - 1]))
                # (a brand's last character alone, 和, goes back to the place only before common words: a
                # proper name after it is a firm of its own, listed with the place: "泰安|和|华为…")
                joined = chars >= 2 or (words[k] in r.brand_end_chars and tags[k + 1] not in PROPER_TAGS
                                        and not self.phrases.get(words[k + 1]))
                return x - 1 if read and joined and opened else k
            chars += len(w)
            if chars > r.place_brand_reach or not all("\u4e00" <= ch <= "\u9fff" for ch in w) \
                    or (w in r.boundary and not (x == k and w in r.brand_end_chars)) \
                    or w in r.person_titles or w in r.company_trim \
                    or any(ch in r.function_chars or ch in r.time_glue_chars for ch in w) \
                    or self._count_word(w) or w in r.indefinite_leads or self._known_agency(w):
                return k
            if t in r.place_brand_tags:
                read = True
            elif (t in STOP_TAGS and not (t == "f" and len(w) >= 2)) or (t.startswith("v") and t != "vn"):
                return k  # (nouns and adjectives are a brand's too: 月亮|之|乡, 一身|轻; so are the directions
                # jieba reads as localizers: 北方|之|路)
        return k

    def _listed_place_glue(self, words, tags, offs, k: int, j: int) -> bool:
        """Whether the guess at ``k`` glued a list's conjunction to the place ending at ``j``: a place ends
        right before it, or the name without the conjunction is a place the gazetteer knows and the name
        with it none (和平区 and 和顺县 keep theirs)."""
        w = words[k]
        if len(w) < 2 or w[0] not in self.rules.place_list_glue_chars:
            return False
        rest = "".join(words[k + 1:j + 1])
        if self._named_place(w + rest):
            return False
        if self._named_place(w[1:] + rest):
            return True
        if k == 0 or offs[k - 1] + len(words[k - 1]) != offs[k]:
            return False
        before = words[k - 1]
        # (or the place before ends with the same head word as this one: "某某|港区|和京唐|港区", two of a kind)
        return (len(before) >= 2 and (before.endswith(tuple(self.rules.division_nouns)) and tags[k - 1] in PLACE_NAME_TAGS)
                or self._zone_word(before) or self._named_place(before) or (len(before) >= 2 and before == words[j]))

    def _campaign_after_level(self, text: str, c: Candidate, offs) -> bool:
        """Whether a place ends in a campaign's pair written as a word of its own right after a word ending in
        the same level ("17个行政村|跨村|联建", "两个镇|跨镇|合作"): the places that join across their bounds,
        none named."""
        at = c.end - 2
        return c.start < at and at in offs and text[at - 1] == text[c.end - 1] \
            and campaign_pair(text, at, c.end, self.rules)

    def _named_glue(self, words, tags, offs, k: int) -> bool:
        """Whether the person's name jieba guessed at ``k`` is a list's conjunction and a place the gazetteer
        knows, right after a body's or a place's name ("某某大学|和启东"): a surname 和 before a place's name
        and a name of a body before that is the list, no person (和平, 和顺 are the gazetteer's own)."""
        w = words[k]
        if len(w) < 3 or w[0] not in self.rules.place_list_glue_chars or k == 0 \
                or offs[k - 1] + len(words[k - 1]) != offs[k]:
            return False
        if self._named_place(w) or not self._named_place(w[1:]):
            return False
        before = words[k - 1]
        return len(before) >= 2 and (tags[k - 1] in ("nt", "ns") or self._named_place(before)
                                     or before.endswith(tuple(self.rules.college_heads)))

    def _after_glue(self, word: str) -> int:
        """Where a name starts in a jieba guess that glued a function character or a lead word to it (0: none)."""
        cut = self._glue_cuts.get(word)
        if cut is None:
            # (asked of every guess of every sentence: once per word, and the common answer, none, in C)
            r = self.rules
            lead = next((len(x) for x in r.lead_words if word.startswith(x)), 0) if word.startswith(r.lead_words) else 0
            cut = lead if r.function_chars.isdisjoint(word) else \
                max(lead, max(i + 1 for i, ch in enumerate(word) if ch in r.function_chars))
            if len(self._glue_cuts) < _WORD_CACHE:
                self._glue_cuts[word] = cut
        return cut

    def _former_cut(self, word: str) -> int:
        """Where a name starts after the mark of a former town a guess glued to it ("原凤仪", "以原"), or 0."""
        r = self.rules
        at = 1 if word[:1] in r.function_chars or word[:1] in r.level_glue_chars else 0
        return at + 1 if word[at:at + 1] in r.former_marks and not self._named_place(word) else 0

    def _past_amount(self, words, tags, y: int, j: int) -> int:
        """The first word after an amount and its unit starting at ``y`` ("200|亩", "5|亿元", "20|万平方米")."""
        while y < j and (tags[y] == "m" or (tags[y] == "q" and words[y] in self.rules.units)
                         or (y > 0 and tags[y - 1] == "m" and words[y] in self.rules.currency_words)):
            y += 1
        return y

    def _opening_amount(self, words, tags, a: int, b: int) -> int:
        """Where a clause's project name starts after the investment or the land that opens it, or ``a``.

        "总投资5亿元|某某光伏发电项目已开工", "占地1500亩|某某电厂光伏项目并网": the amount says how big the
        project is; its name comes after (one word may come before the investment's: 总|投资, 用地|面积).
        """
        r = self.rules
        for x in range(a, min(a + 2, b - 1)):
            if (words[x] in r.investment_words or words[x] in r.area_words) and tags[x + 1] == "m":
                y = self._past_amount(words, tags, x + 1, b)
                return y if y < b else a
        return a

    def _zone_start(self, text: str) -> bool:
        """Whether ``text`` starts with a zone word, a lead (经济, 高新: ``zone_leads``) allowed before it."""
        for lead in ("", *self.rules.zone_leads):
            if text.startswith(lead) and text[len(lead):].startswith(self.rules.zone_words):
                return True
        return False

    def _park_of_section(self, text: str, c: Candidate) -> Candidate:
        """A park's lettered section names the park: "某某工业园|B|区" is 某某工业园 (its area B is no
        place of its own, and the park keeps one name however many sections the paper visits)."""
        if c.label != "PLACE" or c.end - c.start < 5 or text[c.end - 1] != "区":
            return c
        m = _PARK_SECTION.search(text, c.start, c.end)
        if m is None or m.end() != c.end or not self._zone_word(text[c.start:m.start()]):
            return c
        return Candidate(c.start, m.start(), c.label, "park-section", c.prio)

    def _firm_after_park_section(self, text: str, c: Candidate) -> Candidate:
        """A firm visited in a park's lettered section: "某某产业园B区|某某科技有限公司" is the firm, the
        section (B区) of the park named before it where it stands, no part of its legal name."""
        if c.label != "COMPANY" or c.end - c.start < 8:
            return c
        m = _PARK_SECTION.match(text, c.start)
        if m is None or not is_cjk(text[m.end()]) or not self._zone_word(text[max(0, c.start - 6):c.start]):
            return c
        return replace(c, start=m.end())

    def _zone_of_area(self, text: str, c: Candidate) -> Candidate:
        """A zone's built-up or planned area names the zone: "某某产业园|建成区" is 某某产业园, whose area a
        figure is given for."""
        if c.label != "PLACE" or not text.endswith(self.rules.zone_area_words, c.start, c.end):
            return c
        area = next(w for w in self.rules.zone_area_words if text.endswith(w, c.start, c.end))
        zone = text[c.start:c.end - len(area)]
        if len(zone) < 3 or not self._zone_word(zone):
            return c
        return Candidate(c.start, c.end - len(area), c.label, "zone-area", c.prio)

    def _firm_after_its_divisions(self, text: str, c: Candidate) -> Candidate:
        """A firm's legal name after the divisions it is in, written in full, where the name opens with one of
        them again: "某省某市某县|某市某某科技有限公司" is the firm where it is, and its name starts at its
        own place word (a name that goes on with no place, 某市某县|某某有限公司, is left as written)."""
        if c.label != "COMPANY" or c.end - c.start < 9:
            return c
        gaz = self.gazetteer
        name = text[c.start:c.end]
        at, named = 0, set()
        while at < len(name) - 6:
            full = next((name[at:at + n] for n in range(min(9, len(name) - at - 6), 1, -1)
                         if (p := gaz.written(name[at:at + n])) is not None and p.name == name[at:at + n]), None)
            if full is None:
                break
            named.add(full)
            named.update(gaz.parent_chain(full)[:1])
            at += len(full)
        if not at:
            return c
        # the name's own place, by the short form of a division the chain names (or the one right above it)
        if not any(len(d) >= 3 and name.startswith(d[:-1], at) for d in named):
            return c
        return replace(c, start=c.start + at)

    def _projects_after_branches(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """A project whose name starts inside a bureau's branch named before it ("…局|某县分局某县…工程项目"):
        the branch is the owner, a body of its own, and the project is named from where the branch ends."""
        branches = [a for a in cands if a.label == "AGENCY" and a.rule.startswith("suffix:")
                    and text[a.start:a.end].endswith(self.rules.branch_body_ends)]
        if not branches:
            return cands
        out = []
        for c in cands:
            a = next((a for a in branches if c.label == "PROJECT" and c.rule.startswith("suffix:")
                      and a.start < c.start < a.end < c.end), None)
            if a is not None:
                rest = text[a.end:c.end]
                c = Candidate(a.end, c.end, c.label, c.rule, c.prio) \
                    if len(rest) >= 4 and rest not in self.rules.generic else None
            if c is not None:
                out.append(c)
        return out

    def _after_category(self, text: str, c: Candidate) -> Candidate:
        """A project (or the road it is named for) whose span opens with the category it is listed in, named
        by its field after a lead (省|重点|水利工程|某某…项目, 市|重点|交通|工程|某某大道): the name starts after
        the category."""
        r = self.rules
        if c.label not in ("PROJECT", "PLACE") or not text.endswith(tuple(r.category_leads), 0, c.start):
            return c
        name = text[c.start:c.end]
        for kind in r.category_kind_ends:
            i = name.find(kind)
            rest = name[i + len(kind):]
            if 0 <= i <= 4 and all(is_cjk(ch) for ch in name[:i]) and len(rest) >= 4 and is_cjk(rest[0]) \
                    and rest not in r.generic and not any(rest.startswith(p) for p in r.phase_words):
                return Candidate(c.end - len(rest), c.end, c.label, c.rule, c.prio)
        return c

    def _after_programme(self, text: str, c: Candidate) -> Candidate:
        """A project whose span opens with the programme it is done under, or the programme's end where jieba
        cut it (东西部(f)|协作|临泽某某光伏项目): the name starts at the place after it."""
        if c.label != "PROJECT":
            return c
        for lead in self.rules.programme_leads:
            for cut in range(len(lead) - 1):
                tail = lead[cut:]
                if not (text.startswith(tail, c.start) and text.endswith(lead[:cut], 0, c.start)):
                    continue
                at = c.start + len(tail)
                if c.end - at >= 6 and any(self._known_place(text[at:at + n]) for n in (2, 3, 4)):
                    return Candidate(at, c.end, c.label, c.rule, c.prio)
                return c
        return c

    def _zone_after_owner(self, text: str, c: Candidate) -> Candidate:
        """A zone with a name of its own after a bare level ("市|湖滨新区"): the level says whose zone it is,
        as 我市 would, and the zone is named without it (a division opening with the level keeps it: 市中区)."""
        if c.label != "PLACE" or c.end - c.start < 5 or not text.startswith(self.rules.zone_owner_levels, c.start):
            return c
        rest = text[c.start + 1:c.end]
        zone = max((z for z in self.rules.zone_words if rest.endswith(z)), key=len, default=None)
        if zone is None or len(rest) - len(zone) < 2 or self._zone_start(rest) or rest[0] in self.rules.admin \
                or rest[: len(rest) - len(zone)] in self.rules.generic:
            return c
        if any(self.gazetteer.lookup(text[c.start:c.start + n]) is not None for n in (2, 3, 4)):
            return c
        return Candidate(c.start + 1, c.end, c.label, c.rule, c.prio)

    def _zone_projects_placed(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """A project named by its zone, whose place jieba wrote apart from the zone's word ("古|县|经济技术开发区
        …项目", "尧|都|高新区…项目"): no zone's word alone opens a name, so the project starts at that place, as
        it does where jieba keeps the place whole ("某市经济开发区…项目")."""
        places = {c.end: c for c in cands if c.label == "PLACE"}
        if not places:
            return cands
        return [Candidate(places[c.start].start, c.end, c.label, c.rule, c.prio)
                if c.label == "PROJECT" and c.start in places and text.startswith(self.rules.zone_words, c.start)
                else c for c in cands]

    def _zone_word(self, word: str) -> bool:
        """A development zone or park word (工业园, 开发区): a project is in it, not named by it."""
        return word.endswith(self.rules.zone_words)

    def _stop_in_compound(self, words, tags, k) -> bool:
        """Whether the stop word at ``k`` is the second half of a compound a name holds, after a noun:
        "辣椒产业|融合|发展|项目" (融合发展), though "推动|融合|发展" is the clause's; or its first half,
        "水泥窑|协同|处置|固废项目" (协同处置)."""
        if k >= 1 and k + 1 < len(words) and words[k + 1] in self.rules.stop_compound_heads.get(words[k], ()) \
                and tags[k - 1] in NOUN_TAGS:
            return True
        halves = self.rules.stop_compounds.get(words[k], ())
        if k >= 3 and words[k - 2] + words[k - 1] in halves and (tags[k - 3] in NOUN_TAGS or tags[k - 3] == "m"):
            return True  # a half jieba cuts in two: "矿井|兼并|重组|整合"
        # (or after two nouns joined: "粮食|和|物资|储备|保障中心项目")
        return k >= 2 and words[k - 1] in halves and (tags[k - 2] in NOUN_TAGS or tags[k - 2] == "m"
                                                      or (k >= 3 and words[k - 2] in self.rules.project_joiners
                                                          and tags[k - 3] in NOUN_TAGS))

    def _bracketed_gloss(self, words, tags, offs, k, j) -> bool:
        """Whether ``k`` closes a bracketed unit or phase inside a project's name (kw(千瓦), (第三期)), or a
        product's other name right before the facility's head (化橘红（沉香）产业园), with a word of the
        name before it, all written without spaces."""
        if not (k >= 3 and words[k] in (")", "）") and words[k - 2] in ("(", "（")
                and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k + 1))):
            return False
        r = self.rules
        inner = words[k - 1]
        if inner in r.units or (inner.startswith("第") and inner[1:] in r.phase_words):
            return True
        return 2 <= len(inner) <= 4 and inner not in r.phase_words and tags[k - 1] not in STOP_TAGS and tags[k - 1] != "m" \
            and words[k - 3] not in self._project_stop_words and not inner.endswith(r.division_ends) \
            and not words[k - 3].endswith(r.facility + self.project_ends + r.site_ends) \
            and tags[k - 3] not in STOP_TAGS and tags[k - 3] not in ("v", "m") and not self._known_place(inner) \
            and not self._known_place(words[k - 3]) and not words[k - 3].endswith(r.company_suffixes) \
            and words[k + 1].endswith(r.facility + self.project_ends) \
            and _CJK.search(inner) is not None

    def _bracketed_form(self, words, offs, k) -> bool:
        """Whether ``k`` closes a bracketed word of a legal form (（集团）, (控股)) written without spaces."""
        return k >= 3 and words[k] in (")", "）") and words[k - 2] in ("(", "（") \
            and words[k - 1] in self.rules.legal_forms \
            and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k))

    def _verb_brand(self, words, tags, offs, k, j) -> bool:
        """Whether the verb at ``k`` is the brand of the legal name ending at ``j`` (与|某县|开心|玩具|有限公司).

        Between a place that opens an item of a list or a signing's partner and a trade before a legal
        form, a two-character verb can only be what the firm calls itself; after 在 it is what is done
        there (在某县|注册|玩具有限公司), and a verb of setting one up (成立) or of its business is the clause's.
        So it is after the brand's other half, a word jieba does not know, right after the place
        ("、天津|蓝桥(nr)|远航(v)|电子科技有限公司、").
        """
        r = self.rules
        if not (tags[k].startswith("v") and tags[k] != "vn" and len(words[k]) == 2 and 1 <= k < j - 1):
            return False
        p = k - 1  # the place
        if tags[p] in ("x", "nr") and len(words[p]) >= 2 and p >= 1 and not self._known_place(words[p]):
            p -= 1
        return words[j].endswith(derivation_spec().legal_suffixes) \
            and words[k] not in r.business_verbs and words[k] not in r.works_verbs and words[k] not in r.boundary \
            and self._known_place(words[p]) and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(p, k)) \
            and all(tags[x] in NOUN_TAGS for x in range(k + 1, j)) \
            and (p == 0 or tags[p - 1] == "w" or words[p - 1] in r.item_joiners)

    def _place_bracketed_brand(self, words, tags, offs, k, j) -> bool:
        """Whether ``k`` closes "Place(Brand)" right before the trade of a legal name: 湖北（百徽）电子有限公司.

        The brand is a word of its own that is no place (a region in brackets after a brand is the
        other way round: _bracketed_region), and the trade after it holds nouns only (and an adjective
        opening one: 新|材料).
        """
        if not (k >= 3 and words[k] in _CLOSE_BRACKETS and words[k - 2] in _OPEN_BRACKETS):
            return False
        brand, place = k - 1, k - 3
        return 2 <= len(words[brand]) <= 4 and tags[brand] not in STOP_TAGS and not tags[brand].startswith("v") \
            and not self._known_place(words[brand]) and self._known_place(words[place]) \
            and words[j].endswith(derivation_spec().legal_suffixes) \
            and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(place, j)) \
            and all(tags[x] in NOUN_TAGS or _trade(words[x]) or (tags[x] == "a" and x < j - 1) for x in range(k + 1, j))

    def _split_brand(self, words, tags, offs, k, j) -> bool:
        """Whether the one character at ``k``, read as a verb or a classifier, ends a brand of three
        characters ("浙江|快乐|树|减震器有限公司", "江西|幸福|家|家具有限公司").

        Right after the firm's place and a word of two, and before the trade of a legal name, glued on
        both sides, it can only be the brand's, where the place opens the name: after 的, a list's mark,
        the clause's verb or its start.
        """
        if not (2 <= k < j - 1 and len(words[k]) == 1 and tags[k] in ("v", "q") and len(words[k - 1]) == 2
                and tags[k - 1] in ("a", "n", "nz") and self._known_place(words[k - 2])):
            return False
        p = k - 2
        return words[j].endswith(derivation_spec().legal_suffixes) \
            and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(p, j)) \
            and all(tags[x] in NOUN_TAGS for x in range(k + 1, j)) \
            and (p == 0 or tags[p - 1] in ("w", "uj", "v") or words[p - 1] in self.rules.item_joiners)

    def _glued_brand(self, words, tags, k, after: bool = True) -> bool:
        """Whether the conjunction at ``k`` is a brand's second character, cut from its first (北京|忠|和|酒业).

        One character jieba reads as no word of the clause, after a place or at the clause's start, then
        the conjunction, then a word ending in a company's suffix or a trade ("惠州|瀚|和|环保有限公司").
        """
        r = self.rules
        if not (words[k] in r.item_joiners and 1 <= k < len(words) - 1 and len(words[k - 1]) == 1):
            return False
        if tags[k - 1] == "d" and k >= 2 and self._known_place(words[k - 2]) \
                and not words[k - 2].endswith(r.division_ends):
            # "上海|均|和|集团", "厦门|亦|和|科技有限公司": right after a city's short name, as a legal name
            # opens, the adverb jieba reads is the brand's first character ("上海市|还|和|集团签约" a clause)
            return not after or words[k + 1].endswith(r.company_suffixes) or tags[k + 1] in NOUN_TAGS
        return words[k - 1] not in r.admin and tags[k - 1] not in STOP_TAGS \
            and (k == 1 or tags[k - 2] in PLACE_NAME_TAGS or self._known_place(words[k - 2])
                 or tags[k - 2] in ("w", "p") or words[k - 2] in r.boundary) \
            and (not after or words[k + 1].endswith(r.company_suffixes) or tags[k + 1] in NOUN_TAGS)

    def _brand_before_end_char(self, words, tags, offs, k: int, j: int) -> int:
        """How many words (the end character's and the brand's: 2, or 3 with a clause's character between)
        a brand ending in the character at ``k`` reaches back, before a legal form at ``j`` with only a trade
        and its work between; 0 where it is no such brand."""
        if offs[k - 1] + len(words[k - 1]) != offs[k] or offs[k] + len(words[k]) != offs[k + 1] \
                or self._has_proper(words, tags, range(k + 1, j)) \
                or any(self._known_place(words[y]) for y in range(k + 1, j)):
            return 0
        if tags[k - 1] in PROPER_TAGS and not self._known_place(words[k - 1]):
            return 2
        if tags[k - 1] in ("n", "a") and k >= 2 and self._known_place(words[k - 2]) \
                and offs[k - 2] + len(words[k - 2]) == offs[k - 1]:
            return 2  # a brand jieba knows as a word, right after the place the legal name opens with
        if k >= 3 and len(words[k - 1]) == 1 and tags[k - 1] in ("p", "c", "d") \
                and offs[k - 2] + len(words[k - 2]) == offs[k - 1] and tags[k - 2] in PROPER_TAGS \
                and not self._known_place(words[k - 2]):
            return 3  # "蓝城(x)|至|和": the brand's middle character, read as a preposition
        return 0

    def _joiner_brand(self, words, tags, k) -> bool:
        """Whether the conjunction at ``k`` opens a brand right after a place's short name, with one character
        jieba reads as no word of the clause: "安徽|和|正(d)|农牧股份有限公司" (the brand 和正)."""
        return words[k] in self.rules.item_joiners and 1 <= k < len(words) - 2 and len(words[k + 1]) == 1 \
            and tags[k + 1] in STOP_TAGS and tags[k + 2] not in STOP_TAGS and self._known_place(words[k - 1]) \
            and not words[k - 1].endswith(self.rules.division_ends)

    def _joiner_brand_before_trade(self, words, tags, offs, k, j) -> bool:
        """Whether the conjunction at ``k`` opens a brand of two characters, after a province's or a county's
        name and before a trade word: "江苏|和|旺|食品", "浙江|和|泰|电器", "惠安(nr)|和|兴|电子…项目" (a
        country's character may open a brand; a province's, "江苏|和|浙|…", is the second place of two)."""
        r = self.rules
        if words[k] not in r.item_joiners or len(words[k]) != 1 or not 1 <= k <= j - 2:
            return False
        brand = words[k + 1]
        return len(brand) == 1 and "\u4e00" <= brand <= "\u9fff" and not self._province(r.one_character_places.get(brand, "")) \
            and brand not in r.function_chars and tags[k + 1] not in ("m", "q", "c", "p") \
            and not tags[k + 1].startswith("u") and _trade(words[k + 2]) and (self._province(words[k - 1]) or _division_short_name(words[k - 1])) \
            and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 1, k + 2))

    def _bracketed_place(self, words, tags, offs, k) -> bool:
        """Whether ``k`` closes a region in brackets inside a legal name (（北京）, (中国)), written without spaces."""
        return k >= 3 and words[k] in (")", "）") and words[k - 2] in ("(", "（") \
            and (self._known_place(words[k - 1]) or tags[k - 1] == "ns" or _division_short_name(words[k - 1])) \
            and all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k)) \
            and words[k - 3] not in self.rules.boundary

    def _in_bracketed_place(self, words, tags, offs, k) -> bool:
        """Whether ``k`` is a bracket of a region inside a legal name: "瑞可仕|（|宁夏|）|科技有限公司…项目"
        is one item of a list, its brackets no mark of the clause."""
        if words[k] in (")", "）"):
            # (and "湖北|（|百徽|）|电子有限公司": the brand in brackets after the firm's place)
            return (self._bracketed_place(words, tags, offs, k) and k + 1 < len(words)
                    and offs[k] + 1 == offs[k + 1] and tags[k + 1] not in ("w", "_SP")) \
                or any(self._place_bracketed_brand(words, tags, offs, k, j) for j in range(k + 1, min(len(words), k + 5)))
        return words[k] in ("(", "（") and k + 3 < len(words) and self._in_bracketed_place(words, tags, offs, k + 2)

    @staticmethod
    def _bracketed_partner(words, tags, offs, k) -> bool:
        """Whether ``k`` closes "Brand(Partner)", two names of one word each, written without spaces."""
        if words[k] not in _CLOSE_BRACKETS or words[k - 2] not in _OPEN_BRACKETS \
                or not all(offs[x] + len(words[x]) == offs[x + 1] for x in range(k - 3, k + 1)):
            return False
        partner, brand = k - 1, k - 3
        return 2 <= len(words[partner]) <= 4 and tags[partner] in HEAD_TAGS and len(words[brand]) >= 2 \
            and tags[brand] in PROPER_TAGS and (brand == 0 or not _name_like(words[brand - 1], tags[brand - 1])
                                                or offs[brand - 1] + len(words[brand - 1]) != offs[brand])

    def _bracketed_region(self, words, tags, offs, j, k) -> int:
        """Extend a name over "Name（Region）" before it: ABB（中国）有限公司, 西门子（深圳）…, 宏亚（柳州）林业…项目.

        Returns the index of the last word left of the name (``k`` when there is no such prefix).
        """
        if not self._bracketed_place(words, tags, offs, k) or offs[k] + len(words[k]) != offs[k + 1]:
            return k
        x = k - 3
        brand = self._brand_before_trade(words, tags, offs, x)
        if brand is not None:
            return brand
        if not _name_like(words[x], tags[x]):
            # A brand of ordinary words before its region (信义（福建）, 台|玻（福建）): two to four
            # characters of nouns, nothing of the clause.
            y, size = x, 0
            verb_end = self._verb_ends_brand(words, tags, offs, x)
            if verb_end:
                y, size = x - 1, len(words[x])
            # (a province's one-character name opens many: 湘|铁|电气（长沙）, 赣|锋; and a word jieba tags as a
            # place it does not know, at the clause's start: 中科(ns)|启程（海南）, where after a verb or a
            # preposition it may be a site: 位于|洋浦)
            while y >= 0 and size + len(words[y]) <= 4 and (tags[y] in _BRAND_TAGS or (tags[y] == "ns" and (
                    len(words[y]) == 1 or (not self._known_place(words[y])
                                           and (y == 0 or tags[y - 1] not in ("p", "v", "vn")))))) \
                    and words[y] not in self.rules.boundary and (y == x or offs[y] + len(words[y]) == offs[y + 1]):
                size += len(words[y])
                y -= 1
            if y >= 0 and y < x and self._numeral_brand(words, tags, y):
                y -= 1  # "一重(m)|集团（黑龙江）": the group's numbered brand, which jieba reads as a count
            return y if size >= 2 and y < x - verb_end else k
        # A brand may take more than one word (通用|电气（中国）).
        while x >= 1 and k - x < 5 and _name_like(words[x - 1], tags[x - 1]) \
                and words[x - 1] not in self.rules.boundary and offs[x - 1] + len(words[x - 1]) == offs[x]:
            x -= 1
        return x - 1

    def _numeral_brand(self, words, tags, x) -> bool:
        """Whether ``x`` is a numeral that counts nothing right before a group's word, the brand of an old
        state works named by its number (一重|集团, 九三|集团), where jieba reads it as a count."""
        r, w = self.rules, words[x]
        return tags[x] == "m" and x + 1 < len(words) and words[x + 1] in r.numeral_brand_heads and len(w) == 2 \
            and w[0] in _NUMERAL_CHARS and not (set(w) & r.count_characters)

    def _verb_ends_brand(self, words, tags, offs, x) -> bool:
        """Whether the word before a bracketed region is the second half of a brand that jieba reads as a
        verb (天府|创新（四川）, 蓝海|融通（重庆）): two characters right after a brand word of its own, so
        the brand is the two words and the verb is no clause's."""
        return x >= 1 and tags[x] in ("v", "vn") and len(words[x]) == 2 and len(words[x - 1]) == 2 \
            and tags[x - 1] in _BRAND_TAGS | {"ns"} and offs[x - 1] + 2 == offs[x] \
            and words[x - 1] not in self.rules.boundary and words[x - 1] not in self.rules.firm_kind_words

    def _brand_before_trade(self, words, tags, offs, x) -> int | None:
        """The word left of "Brand + trade" ending at ``x``, before a bracketed region: 卡瑞奇|新能源|科技（云南）,
        莹展|电子科技（深圳）, 华润|风电（海原）. None when ``x`` ends no trade or no brand opens it.

        The region follows the trade, not the brand, so the brand is found past the trade's words.
        """
        y, size = x, 0
        while y >= 0 and size + len(words[y]) <= 8 and self._trade_run_word(words[y]) \
                and (y == x or offs[y] + len(words[y]) == offs[y + 1]):
            size += len(words[y])
            y -= 1
        if y == x or y < 0 or offs[y] + len(words[y]) != offs[y + 1] or words[y] in self.rules.boundary:
            return None
        if _name_like(words[y], tags[y]) and tags[y] != "ns":
            # (a character jieba leaves alone belongs to the brand: 榄|圣)
            while y >= 1 and x - y < 4 and (_name_like(words[y - 1], tags[y - 1]) or tags[y - 1] == "g") \
                    and tags[y - 1] != "ns" and words[y - 1] not in self.rules.boundary \
                    and offs[y - 1] + len(words[y - 1]) == offs[y]:
                y -= 1
            return y - 1
        # A brand of ordinary words or single characters (榄|圣): two to four characters.
        z, size = y, 0
        while z >= 0 and size + len(words[z]) <= 4 and tags[z] in _BRAND_TAGS \
                and words[z] not in self.rules.boundary and not self._trade_run_word(words[z]) \
                and offs[z] + len(words[z]) == offs[z + 1]:
            size += len(words[z])
            z -= 1
        return z if size >= 2 else None

    @staticmethod
    def _trade_run_word(word: str) -> bool:
        """A trade word, or two glued (电子|科技)."""
        return _trade(word) or any(_trade(word[:i]) and _trade(word[i:]) for i in range(2, len(word) - 1))

    def _company_body(self, body: str, suf: str, after_bracket: bool = False) -> bool:
        """A company body names something beyond its legal form.

        "股份有限公司", "科技有限公司", "投资有限公司" and "中国有限公司" are a legal form, a
        kind of business or a bare country before the suffix: no company is named.
        """
        r = self.rules
        if suf.endswith(r.village_firm_ends):
            return bool(body) and not kind_cooperative(body, r) and not self._fostered_or_counted_kind(body)
        if not suf.endswith(("公司", "集团")) and not (after_bracket and suf in r.legal_forms and _trade(body)):
            # 中国银行, 建设银行: banks and the like are named by their body (but "某某（浙江）|建材|股份",
            # a trade and a legal form after a bracketed region, is what is left of a legal name whose
            # brand before the region was cut off: no name)
            return True
        core = body
        changed = True
        while core and changed:
            changed = False
            for w in sorted(r.legal_forms, key=len, reverse=True):
                if core.endswith(w) and len(core) >= len(w):
                    core = core[: -len(w)]
                    changed = True
                    break
        if not core or core in r.generic or core in r.generic_bodies or _trade(core):
            return False  # "食品有限公司": a trade and a legal form name no company
        if venture_kind(core, r):
            return False  # "中外合资公司", "中马合资公司": the kind of venture its partners' countries set up
        rest = core
        while rest:
            verb = next((v for v in r.business_verbs if rest.endswith(v)), None)
            if verb is None:
                break
            rest = rest[: -len(verb)]
        if not rest or rest in r.generic_bodies:
            # "开发建设投资集团有限公司", "城市建设投资有限公司": businesses alone (of a kind of place),
            # whose firm the text has not named
            return False
        if suf.endswith("公司") and self._known_place(core):
            return False
        return True

    def _counted_kinds(self, words, tags, a) -> bool:
        """A count of firms right before a list's first item ("34|家|建材、食品等企业"): the items are the
        kinds of firm counted, none named (a list of named firms is counted after 等: "A、B等3家企业")."""
        return a >= 2 and words[a - 1] in self.rules.count_classifiers and tags[a - 2] == "m"

    @staticmethod
    def _unit_alone(word: str, tag: str) -> bool:
        """A one-character "number" with no numeral in it (元, which jieba reads as yuan): after an amount's
        的 it is a name's first character ("3.2亿元的|元|石山镍矿项目"), no date or count."""
        return tag == "m" and len(word) == 1 and not _NUMERAL.search(word) and word not in "首第"

    def _bare_zone(self, words, tags, a, b) -> bool:
        """A zone word alone heading an item ("经开区|徐工矿山机械", "开发区|广东村村通公司"): the paper's own
        zone, where the item is, and no part of its name (a zone with a name of its own is read apart:
        _leading_zone). Before a common noun it says which facility: 开发区|污水处理厂 is the zone's own;
        a brand jieba reads as ordinary words is a firm's when a company's suffix ends the item ("高新区|宏远|电子")."""
        r = self.rules
        return b - a >= 2 and words[a] in r.generic and self._zone_word(words[a]) \
            and (tags[a + 1] in PROPER_TAGS or (b - a >= 3 and words[b - 1] in r.company_suffixes))

    def _brand_start(self, words, tags, a, b, label) -> bool:
        """Whether a word the names' trim would cut opens a listed name instead.

        A firm's short name of two words (新|希望: brand_openers); before a firm's own name
        ("新|华美公司") it is trimmed. And one character right after the list's mark and before a
        proper name, in a longer name ("鸿生建材、|新|福兴|玻璃", "…、|新|长海|服务外包基地等产业项目"):
        新 is the name's first character, not "a new" one.
        """
        r = self.rules
        if label == "COMPANY" and b - a == 2 and words[a] in r.brand_openers \
                and words[a + 1] not in r.generic and not words[a + 1].endswith(r.company_suffixes):
            return True
        # (and before a proper name after one more character of the brand: "蓝天农业、|新|龙|蓝天等企业")
        return label in ("COMPANY", "PROJECT") and len(words[a]) == 1 and a > 0 and words[a - 1] == "、" \
            and a + 2 < b and (tags[a + 1] in PROPER_TAGS
                               or (len(words[a + 1]) == 1 and tags[a + 2] in PROPER_TAGS and words[a + 1] not in r.boundary))

    def _place_before_letters(self, words, tags, offs, k) -> int | None:
        """The place a legal name is registered in, right before a brand jieba cut into single characters.

        A rare brand falls apart into characters jieba reads as verbs, adverbs or adjectives (新|遂, 众|呈,
        荼|藤); where its place (上海, 广东) comes right before them, they are the brand, as the place is
        the legal name's start. At most two such characters, none a word of the clause (与, 在, 的).
        """
        r = self.rules
        x = k
        while x >= 0 and k - x < 2 and len(words[x]) == 1 and words[x] not in r.boundary \
                and words[x] not in r.function_chars and tags[x] not in ("w", "m", "q", "p", "c", "u", "uj", "r") \
                and offs[x] + 1 == offs[x + 1]:
            x -= 1
        if x == k or x < 0 or offs[x] + len(words[x]) != offs[x + 1] or len(words[x]) < 2:
            return None
        return x if tags[x] == "ns" and self._known_place(words[x]) else None

    def _paired_park(self, body: str) -> bool:
        """Whether a park's short name is two partners' one-character short names (鲁疆, 闽宁, 沪喀): the park
        they build together, no kind of park."""
        r = self.rules
        return len(body) == 2 and body[0] != body[1] \
            and all(ch in r.one_character_places or ch in r.paired_partners for ch in body)

    @staticmethod
    def _firms_brand(words, brand: str) -> bool:
        """Whether ``brand`` is a firm's brand in the sentence: "浙江东泰集团有限公司…东泰产业园"."""
        return len(brand) >= 2 and re.search(re.escape(brand) + r"[^，。；、,;]{0,8}(?:公司|集团)", "".join(words)) is not None

    def _kind_before_name(self, words, k) -> bool:
        """``words[k]`` only says what kind of firm follows (企业, 龙头企业), and a name of its own follows.

        A firm's own trade or its legal form after the word keeps it in the name: 某某企业|管理有限公司,
        某某企业|集团有限公司.
        """
        r = self.rules
        after = words[k + 1]
        return words[k] in r.company_trim and not _trade(after) and after not in r.business_verbs \
            and not any(after.startswith(x) for x in r.legal_forms)

    def _has_proper(self, words, tags, idx) -> bool:
        generic = self.rules.generic
        return any(tags[x] in PROPER_TAGS and words[x] not in generic and len(words[x]) >= 2 for x in idx)

    def _ends_division(self, words, tags, k) -> bool:
        w = words[k]
        if w.endswith("街道"):
            # "城东|街道|青松社区": the street office's area is a place of its own, when named
            return len(w) >= 4 or (k >= 1 and tags[k - 1] in PROPER_TAGS | PLACE_NAME_TAGS)
        if w in self.rules.false_words or w in self.rules.generic:
            return False
        for x in range(max(0, k - 3), k + 1):
            hit = self.phrases.get("".join(words[x:k + 1]))
            if hit is not None and hit[0] == "PLACE":
                # A short alias begins names ("格尔木|工业园片区", "西宁|经济技术开发区");
                # it is a place of its own only before another name ("曲麻莱|黄河源社区").
                if hit[1] == "gazetteer-alias":
                    # (not before one character of a trade jieba tags as a name: "凤阳|硅|工业园")
                    return k + 1 < len(words) and ((tags[k + 1] in PLACE_NAME_TAGS and len(words[k + 1]) >= 2)
                                                   or self._known_place(words[k + 1]))
                return True
        if w.endswith("苏木"):
            return len(w) >= 4 or (k >= 1 and tags[k - 1] in PROPER_TAGS)  # "嘎鲁图|苏木|沙如拉嘎查"
        if w[-1] not in "镇乡县省市":
            return False
        return len(w) >= 3 or (k >= 1 and tags[k - 1] in PROPER_TAGS and len(w) == 1)

    def _is_place_start(self, words, first, j) -> bool:
        s = ""
        for x in range(first, j):
            s += words[x]
            hit = self.phrases.get(s)
            if hit is not None and hit[0] == "PLACE":
                return True
        return words[first] in self.rules.admin if first < j else False

    def _specific(self, words, tags, a, b) -> bool:
        """An item names a particular project, not a kind of investment."""
        r = self.rules
        name = "".join(words[a:b])
        if name.endswith(r.facility) or any(h in name for h in r.phase_words):
            return True
        if self._works(words, a, b):
            return True
        if b - a == 3 and words[a + 2] in r.paired_end_routes and all(
                len(words[x]) == 1 and is_cjk(words[x]) and words[x] not in r.function_chars for x in (a, a + 1)):
            return True  # "廊|沧|高速": the road between the places whose short names jieba writes alone
        # nz (other proper noun) is mostly products and technologies here: 碳酸锂, 钾盐.
        generic = r.generic
        if any(tags[x] in HEAD_TAGS | {"ns"} and words[x] not in generic and len(words[x]) >= 2
               and words[x] not in r.kind_terms for x in range(a, b)):
            return True
        if any(len(words[x]) >= 3 and words[x].endswith(r.road_ends) and words[x] not in r.figurative_roads
               and words[x] not in r.generic for x in range(a, b - 1)):
            return True  # "某某路|筒仓|项目": a facility on a named road, which jieba reads as a common noun
        if b - a >= 3 and tags[a] == "nz" and len(words[a]) >= 2 and words[a] not in generic \
                and words[a] not in r.kind_terms and not _trade(words[a]) and words[a + 1] in r.company_suffixes:
            # "宏达(nz)|科技|材料|项目": a brand jieba knows as a word and the firm's trade head the item, as
            # a guessed brand does; the firm's own project
            return True
        return self._specific_tail(words, tags, a, b)

    def _specific_tail(self, words, tags, a, b) -> bool:
        r = self.rules
        if a + 1 < b and self._misread_trade(words, tags, a) and words[a - 1] == "的":
            return True  # "总投资60亿元的|一力(d)|物流项目": a brand jieba reads as an adverb, right after the amount
        return self._has_quantity(words, tags, a, b)

    def _amount_led(self, words, tags, opened, body, body_tokens) -> bool:
        """Whether the project's description, from word ``opened``, follows the sum invested in it and 的:
        "投资|4.3|亿元|的|新型轻质板材|项目" gives one project its sum, which a kind of project has not."""
        r = self.rules
        x = _sum_start(words, tags, opened) if opened >= 4 and len(body) >= r.amount_led_min_chars else None
        if x is None or x < 1 or words[x - 1] not in r.amount_led_verbs:
            return False
        # (a description of kinds alone names none: "投资5亿元的|重点|民生|项目")
        return any(words[t] not in r.generic and words[t] not in r.generic_bodies and words[t] not in r.kind_terms
                   and tags[t] not in ("m", "r", "q") for t in body_tokens)

    def _builder_follows(self, words, tags, first, j) -> bool:
        """Whether the project, from ``first`` to ``j``, is its clause's subject and the clause names who
        builds it: "…项目|由|某公司|投资建设" (the clause begins with it: a cut name is no subject)."""
        r = self.rules
        if j + 2 >= len(words) or words[j + 1] != "由" or (first > 0 and tags[first - 1] not in ("w", "_SP")):
            return False
        for x in range(j + 2, min(len(words), j + 3 + r.builder_max_words)):
            if tags[x] in ("w", "_SP"):
                return False
            if words[x] in r.builder_verbs:
                return x > j + 2
        return False

    def _works(self, words, a, b) -> bool:
        """Whether words ``a`` to ``b`` are what is done to a named facility: "县人民医院|迁建", "西环路|扩建"."""
        r = self.rules
        return b - a >= 2 and words[b - 1] in r.works_verbs \
            and len("".join(words[a:b - 1])) >= r.works_min_chars

    def _only_works(self, words, a, b) -> bool:
        """Whether words ``a`` to ``b`` are only what is done, nothing named: "搬迁|扩建", "二期|扩能"."""
        return a < b and all(words[x] in self.rules.works_verbs or words[x] in self.rules.phase_words for x in range(a, b))

    def _has_quantity(self, words, tags, a, b) -> bool:
        units = self.rules.units
        for x in range(a, b):
            if tags[x] == "m" and x + 1 < b and words[x + 1].startswith(units):
                return True
            if tags[x] == "m" and words[x].endswith(units):
                return True
            if tags[x] == "m" and "/" in words[x] and self._rate_word.fullmatch(words[x]):
                return True  # "10万吨/年|金属镁": a capacity's rate, kept one word
            if tags[x] == "m" and words[x].endswith(self.rules.capacity_class_marks):
                # "百万吨级": the class of a capacity, not of a sum ("百亿元级")
                unit = words[x].rstrip("".join(self.rules.capacity_class_marks))
                if unit.endswith(units) and not unit.endswith("元"):
                    return True
        return False

    def _enumerations(self, text, words, tags, offs) -> list[Candidate]:
        out: list[Candidate] = []
        # Enumerations end at 等 or right before a status predicate; both are rare,
        # so find them first instead of testing every token.
        ends: dict[int, tuple[str, str]] = {}
        visited: list[Candidate] = []
        visit_lists: set[int] = set()
        villages: set[int] = set()  # the lists a count of villages or communities closes
        for j, w in enumerate(words if "等" in words else ()):
            if w == "等":
                label = self._enumeration_head(text, words, tags, offs, j)
                if label:
                    ends[j] = (label, "enumeration")
                elif (counted := self.rules.division_count_re.match(text, offs[j] + 1)) \
                        or self._division_head(text, offs[j] + 1):
                    # "石桥、红星等8个村", "新立、东溪等乡镇（街道）": the items are the villages or towns
                    ends[j] = ("PLACE", "enumeration")
                    if counted and counted.group().endswith(self.rules.village_levels):
                        villages.add(j)
                elif text.startswith(self.rules.visit_list_ends, offs[j] + 1):
                    if self._visited_firms(words, tags, j):
                        ends[j] = ("COMPANY", "enumeration")
                        visit_lists.add(j)
                    else:
                        visited += self._visited_sites_firms(words, tags, offs, j)
        listed = "、" in text
        if listed and any(a in text for a in self.rules.list_appositives):
            appositives = self.rules.list_appositives
            for q in range(2, len(words)):
                if words[q - 1] in ("，", ",") and text.startswith(appositives, offs[q]):
                    label = self._appositive_head(words, tags, offs, q)
                    if label and "、" in words[:q - 1]:
                        ends.setdefault(q - 1, (label, "enumeration"))
        if listed and "、" in words:
            ends_words = ("等", "等等")  # (a rough count after 等, "等|近|30家", is 等's list: see above)
            for j in range(words.index("、") + 2, len(words) - 2):
                # "A、B、C|9|家|企业|代表": a count of firms right after the last item ends their list as
                # 等 would (after a name only: "李某、王某及|30|家企业" counts other firms)
                # ("武义、龙游|两县(x)|县委书记": jieba glues a count of one character to its level)
                # (right after a listed item only: "三地|两区|一中心" is a slogan's count of kinds, no list)
                if (tags[j] == "m" or (tags[j] == "x" and self.rules.division_count_re.fullmatch(words[j])
                                       and j >= 2 and words[j - 2] in ("、", "和", "及"))) \
                        and j not in ends and tags[j - 1] not in STOP_TAGS | {"m", "v"} \
                        and not (words[j - 1] in self.rules.approximate_words and words[j - 2] in ends_words):
                    if self._counted_kind(words, tags, j - 1) == "COMPANY":
                        ends[j] = ("COMPANY", "enumeration")
                    elif (counted := self.rules.division_count_re.match(text, offs[j])) \
                            and not words[j - 1].endswith(self._division_noun_ends):
                        # "塘坡、古河、平坡|5|个村": the villages so counted (items with a level of their own,
                        # "…乐旺镇、桑郎镇9个乡(镇)", are the suffix rule's)
                        ends[j] = ("PLACE", "enumeration")
                        if counted.group().endswith(self.rules.village_levels):
                            villages.add(j)
        starts: dict[int, int] = {}
        # (the lists of projects each with its own head, read once for both uses below)
        project_lists = self._project_list_ends(words, tags) if listed else []
        if listed:
            headed = set(project_lists)
            for j, label, start in self._introduced_lists(words, tags, offs):
                if j not in ends:
                    starts[j] = start
                    if not (label == "PROJECT" and j in headed):
                        # (where each item has its own head, "分别是A…项目、B…工程", the list of such reads
                        # them, from the same first item)
                        ends[j] = (label, "enumeration")
        if self.status_re.search(text):
            index = {o: j for j, o in enumerate(offs)}
            adverbs = self.rules.status_adverbs
            for m in self.status_re.finditer(text):
                if text.startswith(self.rules.whole_project_heads, m.end()):
                    continue  # "开复工|项目": the status qualifies projects of a kind, no clause reports it
                j = index.get(m.start())
                if (k := index.get(m.end())) and (n := self._counted(words, tags, k)) and k + n < len(words) \
                        and words[k + n] in self.rules.whole_project_heads:
                    continue  # "某博会某州|集中签约|33个|项目": who signed, and the count of what was signed
                if j and words[j - 1] in self.rules.total_adverbs:
                    continue  # "两个工业园区|共|开工…": a total, counted where the projects are
                if j and words[j - 1] in self.rules.status_light_verbs:
                    continue  # "与某集团有限公司|进行|集中签约": the parties to an act, no projects reported on
                if m.group() in self.rules.roster_predicates and self._roster_object(text, m.end()):
                    continue  # "某村|列入|…重点村|名录": a roster of villages, products or firms, no projects
                if j and j >= 2 and words[j - 1] in self.rules.whole_project_heads and tags[j - 2] == "p":
                    continue  # "某某、某某和客商代表共同|为|项目|开工|培土": who start the projects, none named
                while j and j > 1:
                    if words[j - 1] in adverbs:
                        j -= 1  # "…项目|正式|开工": the predicate's adverbs are no part of the item
                        continue
                    # "…项目|上|月|开工": a time jieba cuts in two says when, as 近日 does
                    cut = next((index[offs[j] - len(w)] for w in self.rules.status_times
                                if text.endswith(w, 0, offs[j]) and index.get(offs[j] - len(w), 0) > 1), None)
                    if cut is None:
                        break
                    j = cut
                if j and tags[j - 1] not in ("w", "_SP"):
                    ends.setdefault(j, ("PROJECT", "status-clause"))
        for j in project_lists:
            ends.setdefault(j, ("PROJECT", "project-list"))
        for j in sorted(ends):
            label, rule = ends[j]
            # "…、上银光电…|等": an ellipsis between the last item and 等 is no item, nor is the word
            # closing "包括…在内" ("包括A、B|在内|等41家企业")
            last = j
            while rule == "enumeration" and j < len(words) and words[j] == "等" and last >= 2 \
                    and (words[last - 1] in _ELLIPSES or words[last - 1] in self.rules.inclusive_closers):
                last -= 1
            items = self._items_before(words, tags, last, label, clause_start=(rule == "status-clause"), offs=offs)
            if j in starts and items:
                # the list a count introduces starts after its verb ("9个项目包括：|A、B"), whatever the
                # first item's cut took for a clause's word
                items = [(max(a, starts[j]), b) for a, b in items if b > starts[j]]
            r = self.rules
            if label == "PROJECT" and items and any(words[x] in r.field_list_verbs
                                                    for x in range(max(0, items[0][0] - 1), items[0][1])) \
                    and not any("".join(words[a:b]).endswith(self._listed_heads) and "".join(words[a:b]) not in r.generic
                                for a, b in items):
                # "签订涉及|茶叶深加工、康养旅游等9个项目": the fields the projects are in, none named (but
                # an item with a project's or a facility's head is one: "涵盖…饲料项目、城南物流园等")
                continue
            if rule == "status-clause" and items \
                    and (any(words[x] in r.status_light_verbs for x in range(items[0][0], items[0][1]))
                         or (items[0][0] > 0 and words[items[0][0] - 1] in r.joined_event_verbs)):
                # "此次|参与|视频|连线|集中开工的项目": the act the projects take part in, none named (a verb
                # before the list opens it: "举行|A、B、C|三个项目集中开工仪式" names them)
                continue
            if label == "PROJECT" and items and any(words[x] == "等" and text.startswith(self._title_ends, offs[x] + 1)
                                                    for x in range(items[0][0], j)):
                continue  # "王某、李某等市领导在…项目集中开工仪式…": people with their title, no projects
            if label == "PROJECT" and items and self._sited_verb_at(words, tags, items[0][0]) \
                    and items[0][1] - items[0][0] > 2:
                # "就该公司在|汉寿|投资|西洞庭湿地…开发、…等项目": where the firm invests and its verb open
                # the clause; the first item is what is built there
                k = items[0][0] + 1
                while k < items[0][1] - 1 and words[k] in self.rules.site_verbs:
                    k += 1  # (and the verbs after it: "投资|建设|…")
                items = [(k, items[0][1])] + items[1:]
            if label == "PROJECT" and items:
                # "…、污泥处置工程项目|5个|重点项目", "…二期建设项目|7个|其他项目开工": the list's count
                # and its kind after the last item's head are no part of it
                # (so are a count and the sum each item is above, whatever the last item's name ends in:
                # "…纸业、某某化工|两个|亿元|以上|重大工业项目")
                items = [(a, next((x for x in range(a + 1, b - 1) if (tags[x] == "m"
                                   and words[x + 1] in self.rules.count_classifiers
                                   and words[x - 1].endswith(self.project_ends + r.facility + r.site_ends
                                                             + derivation_spec().legal_suffixes))
                                   or self._count_of_sums(words, tags, x, b)), b))
                         for a, b in items]
            if rule == "project-list" and items and j not in starts:
                # (a count introduced the list: every item is a project, "5个项目分别为长江物流园、…")
                # Only the items with a project's own head: "A项目、B公司、C工程" lists a company too;
                # and a name before it: "大抓项目、抓大项目" is a slogan.
                # An item that holds 等 ends a list of its own, and what follows is its kind:
                # "供气、排污|等|基础设施和配套工程" names no project.
                # (a whole facility of its own heads one too: "A风电场、B风电场和C风电场项目")
                # An item whose head is counted, a kind of project and no name after the count, says how
                # many a place has: "某园区新增|11项|新开工项目、某园区新增|2项|新开工项目" names none.
                items = [(a, b) for a, b in items if words[b - 1].endswith(self._listed_heads)
                         and "等" not in words[a:b]
                         and not any((n := self._counted(words, tags, x)) and "".join(words[x + n:b]) in r.generic
                                     for x in range(a, b))
                         and len("".join(words[a:b])) - len(next(e for e in self._listed_heads if words[b - 1].endswith(e))) >= 3]
            if label == "COMPANY" and items and 2 * sum(self._known_place(words[b - 1]) or self._known_place("".join(words[a:b]))
                                                        for a, b in items) > len(items):
                # "紧盯长三角、珠三角、京津冀、青岛等经济活跃区域和500强企业": the regions where the
                # companies are sought, named before a kind of place the head words do not list
                continue
            if label == "COMPANY" and items and self._counted_kinds(words, tags, items[0][0]):
                continue  # "34家|建材、食品、电动车等企业": a count of firms, then the kinds they are of
            if label == "COMPANY" and rule == "enumeration" and items:
                # "某研究所|等|2所|国内|高端科研院所、某某科技等3家企业": an item after a count that 等 closes
                # is the kind of that list of its own, no firm of this one
                items = [(a, b) for a, b in items if not self._after_closed_count(words, tags, a)]
            kinds = label == "PROJECT" and rule == "enumeration" and j < len(words) and words[j] == "等" \
                and text.startswith(r.kind_determiners, offs[j] + 1)
            unread: list[tuple[int, int]] = []
            branded: list[int] = []
            firms = 0
            whole_firms = bare = 0  # items that are a firm's name only, and brands of proper words only
            first_at = len(out)
            for a, b in items or ():
                if kinds and all(self._ordinary_word(words[x], tags[x]) for x in range(a, b)):
                    continue  # "设立研发中心、生产基地等|不同|项目": kinds of facility, none named
                if words[b - 1].endswith(r.kind_marks):
                    continue  # "引进总部|型、基地|型等平台企业": the type of firm or project sought, none named
                if label == "PROJECT" and "".join(words[a:b]) in r.project_sites:
                    continue  # "包括民宿、温泉、酒窖等项目": a kind of site alone, where a project is built, none named
                if rule == "status-clause" and any(
                        tags[x - 1] == "v" and (words[x - 1] in r.project_stop or words[x - 1] in r.care_verbs)
                        and words[x] in r.generic
                        and words[x].endswith(self.project_ends)
                        for x in range(a + 1, b)):
                    # "以更大力度、更实举措|保障|项目|早开工、早竣工": a verb's projects in general, and the ways
                    # it works before them, a slogan's list, no names
                    continue
                if rule == "status-clause" and label == "PROJECT" and (
                        words[b - 1] in r.firm_kind_heads or words[b - 1] in r.place_trailers):
                    # "某工业园|13家入园|企业|集中开工": firms that start work, counted by their kind; a
                    # project is never named by a firm's kind; nor by where the ceremony is held, "某县|
                    # 分会场|集中开工的项目…" (the place before the venue is a place of its own)
                    continue
                if rule == "status-clause" and a > 0 and b - a >= 2 and words[a - 1] in r.site_preps \
                        and all(tags[x] == "ns" or self._named_place(words[x])
                                for x in range(a, b)):
                    # "8个项目|在|沈阳|法库|集中开工": a city and its county, where the projects start (each is
                    # a place of its own), none of them
                    continue
                if label == "PROJECT" and words[b - 1].endswith(r.industry_ends) and all(
                        self._ordinary_word(w, "") for w in words[a:b]):
                    # "先进制造、新兴产业(nt)|等16个项目": a field the projects are in, of ordinary words
                    # only, no project (but "千璞汇玉产业等重大项目" names a firm's)
                    continue
                if label == "COMPANY" and rule == "enumeration" and b - a == 1 and words[a] not in r.business_verbs \
                        and words[a].endswith(tuple(r.business_verbs)) and self._ordinary_word(words[a], tags[a]) \
                        and not tags[a].startswith(("nz", "x", "j")):
                    # "入驻信息咨询、软件开发等|高新技术企业": a line of business, its field and its verb one word
                    # of jieba's dictionary, says what the firms do and names none of them (a brand before the
                    # verb is a word of its own: "青松|开发")
                    continue
                if label == "COMPANY" and rule == "enumeration" and len("".join(words[a:b])) >= 4 \
                        and (b - a == 1 or tags[a] in ("t", "b")) \
                        and all(tags[x] in ("n", "t", "b") and self._ordinary_word(words[x], tags[x]) for x in range(a, b)):
                    # "招引高端装备、新一代|电子信息、医疗器械等|优质企业": a field the firms are sought in, one
                    # noun of jieba's dictionary or nouns after a word of time or kind, names none (a brand
                    # before its trade is a firm's name: "远景|能源"); an item read as none, as a kind is
                    unread.append((a, b))
                    continue
                if label == "PLACE":
                    # a town's or a village's short name, after what the clause says before it
                    # ("惠及|高坪、石门等3个乡镇"): its last word, with its level if written apart
                    first, a = a, max(a, b - (2 if b - a >= 2 and words[b - 1] in self.rules.division_nouns else 1))
                    if a > first and (self._named_place("".join(words[a - 1:b])) or self._one_character_body(words, a, b)):
                        # "钱|铺|镇", "藕|山镇": a short name jieba cut into single characters, the last read
                        # with the level; the name is the two characters (a town's name is never one)
                        a -= 1
                    if a == b - 1 and a > first and tags[a] in ("v", "a") and tags[a - 1] in ("n", "vn") \
                            and not self._named_place(words[a]):
                        # "地理位置|相近、资源互通的某村、某村等17个行政村": a noun and what is said of it
                        # qualify the villages listed after it, no village of the list (a short name alone
                        # keeps its item: "团结、胜利等5个村")
                        continue
                found = self._item_candidates(words, tags, offs, a, b, label, rule)
                if j in villages:
                    found = [replace(c, rule=VILLAGE_LIST_RULE) if c.label == "PLACE" else c for c in found]
                if j in visit_lists and "".join(words[a:b]).endswith(r.visited_site_ends):
                    # "参观了规划|馆、某某|塑业、某某湖等地": a hall or a lake the visit went through among
                    # the firms is none of them (a park's own head still reads it: 某某产业园)
                    found = [c for c in found if c.label != "COMPANY"]
                if label == "COMPANY" and r.listed_association_ends and "".join(words[a:b]).endswith(r.listed_association_ends):
                    # an association at a fair, among the firms the head counts, read as they are
                    # (a kind alone, the name's words cut off before it, names none: "…促进|协会")
                    found = [replace(c, label="AGENCY") if text.endswith(r.listed_association_ends, c.start, c.end) else c
                             for c in found if text[c.start:c.end] not in r.listed_association_ends]
                if label == "PROJECT":
                    # "某某产业园一期|东西区": the side of the park the phase builds, named by its side alone
                    found = [c for c in found if not _SIDE_PART.fullmatch(text[c.start:c.end])]
                if rule == "project-list":
                    # Weighed as the suffix rule's own names are: the longest name wins, so an item is
                    # only ever widened to its marks ("…乡|高丰村…道路建设项目", not a village and a
                    # road), and a brand the item rule would split off stays in its project.
                    found = [replace(c, prio=1) for c in found]
                firms += any(c.label == "COMPANY" for c in found)
                whole_firms += len(found) == 1 and found[0].label == "COMPANY"
                if not found:
                    unread.append((a, b))
                elif label == "PROJECT" and len(found) == 1 and found[0].label == "PROJECT" and tags[a] in ("x", "nr", "nrt", "nz") \
                        and not text.endswith(self._listed_heads, found[0].start, found[0].end):
                    branded.append(len(out))
                    bare += all(tags[x] in PROPER_TAGS for x in range(a, b))
                out.extend(found)
            if label == "COMPANY" and rule == "enumeration" and items and len(items) >= 2 \
                    and any(x in unread for x in items[1:]) and self._kind_opened(words, tags, *items[0]):
                # "考察了部分|高端|制造、新|材料等企业": an item after the first is a kind of ordinary words,
                # and the first is one too, after a word saying which firms of it (部分, 多家) or where they
                # are ("浙江|高端|装备"): no firm is named by its trade alone
                first = items[0]
                out[first_at:] = [c for c in out[first_at:] if not (
                    c.label == "COMPANY" and c.end == offs[first[1] - 1] + len(words[first[1] - 1]))]
            if rule == "enumeration" and ((firms >= 2 and 2 * firms >= len(items))
                                          or (whole_firms and len(items) >= 2 and whole_firms + bare == len(items))):
                # "到蓝素新材料、恒固混凝土、聚隆服饰、药康众拓等项目": among a list of firms, an item of the
                # same form, a brand of ordinary words and a firm's trade, is a firm too, and so is a
                # brand with no project's head, which names the firm whose site it is (so with one firm
                # only, where every other item is such a brand: "某某、某某集团、某某等一批…项目")
                out += [c for a, b in unread if (c := self._listed_brand_trade(text, words, tags, offs, a, b))]
                for x in branded:
                    out[x] = replace(out[x], label="COMPANY")
        return out + visited

    def _kind_opened(self, words, tags, a, b) -> bool:
        """Whether the item words[a:b] ends in ordinary words (a trade, 高端|制造) after a word that says which
        firms of it are meant (部分, 多家) or a place ("浙江|高端|装备"), with no name between."""
        x = b - 1
        while x >= a and words[x] not in self.rules.kind_list_openers and self._ordinary_word(words[x], tags[x]):
            x -= 1
        return a <= x < b - 1 and (words[x] in self.rules.kind_list_openers or tags[x] == "ns"
                                   or self._known_place(words[x]))

    def _one_character_body(self, words, a, b) -> bool:
        """Whether words[a:b] is one character and a level, after a word of one character of a name's."""
        name = "".join(words[a:b])
        level = next((d for d in self.rules.division_ends if name.endswith(d)), "")
        before = words[a - 1]
        return bool(level) and len(name) - len(level) == 1 and len(before) == 1 and is_cjk(before) \
            and before not in self.rules.function_chars and before not in self.rules.list_closing_chars

    def _roster_object(self, text: str, at: int) -> bool:
        """Whether the clause from ``at`` ends in a roster of other things than projects ("…保护产品|名录"), with
        no project's head in it ("省重点项目|名单" lists projects)."""
        end = next((x for x in range(at, len(text)) if text[x] in CLAUSE_PUNCT), len(text))
        obj = text[at:end]
        return obj.endswith(self.rules.roster_words) and not any(h in obj for h in self._listed_heads)

    def _listed_brand_trade(self, text, words, tags, offs, a, b) -> Candidate | None:
        """A list's item that is a brand of two or three characters and a firm's trade (蓝素|新|材料), or None."""
        name = "".join(words[a:b])
        suf = next((x for x in self.rules.company_suffixes if name.endswith(x)), None) \
            or (words[b - 1] if _trade(words[b - 1]) else None)
        if suf is None or not 2 <= len(name) - len(suf) <= 3 or name in self.rules.generic:
            return None
        brand = name[:-len(suf)]
        x = a
        while x < b and offs[x] + len(words[x]) <= offs[a] + len(brand):
            x += 1
        if offs[x] != offs[a] + len(brand) and not words[x].endswith(suf):
            return None  # (the trade must start a word of its own, or end the brand's last one)
        if any(tags[y] in STOP_TAGS or tags[y].startswith("v") for y in range(a, x)) \
                or self._named_place(brand):
            return None
        return Candidate(offs[a], offs[b - 1] + len(words[b - 1]), "COMPANY", "enumeration")

    def _introduced_lists(self, words, tags, offs):
        """Lists a count of projects or firms introduces: "本次开工的9个项目|包括|：A、B、C等",
        "签约项目|分别是|A、B、C" (end token, label, first item's token).

        The items follow their head, as they precede it after 等, and the head types them all:
        most have no head of their own (公园, 公路, 文创园), and read alone they are places. A
        count before the head or 分别 after it is needed: "该项目包括综合楼、仓库" lists the
        parts of one project.
        """
        r = self.rules
        intros = r.list_intros
        # (the head may open its sentence: "…14个项目。|项目|分别是|：A、B、C")
        for x in range(len(words) - 2):
            label = r.enum_heads.get(words[x])
            if not label or tags[x + 1] in ("w", "_SP"):
                continue
            ahead = "".join(words[x + 1:x + 4])
            intro = next((i for i in intros if ahead.startswith(i)), None)
            if intro is None:
                continue
            if self._count_before(words, tags, x) == x and not intro.startswith(r.list_intro_plurals) \
                    and not (label == "PROJECT" and self._batch_act_before(words, tags, x)):
                continue
            cut = offs[x + 1] + len(intro)
            start = next((y for y in range(x + 1, len(words)) if offs[y] >= cut), len(words))
            if start == len(words) or offs[start] != cut:
                continue  # the intro's last character is glued to a word: no verb of a list
            if words[start] in ("：", ":"):
                start += 1
            end = start  # (an item's brackets and quotes are its own: "…大湾区（惠州）…基地项目")
            while end < len(words) and words[end] not in ("等", "等等") and words[end] not in _LIST_STOPS:
                end += 1
            if end == start or "、" not in words[start:end]:
                continue
            if end < len(words) and words[end] in ("等", "等等"):
                # "这些项目包括|电子信息、生态环保等多个领域": a head of another kind after 等 says what the
                # items are (fields, none named); 等 before the clause's mark leaves them the count's
                kind = self._counted_kind(words, tags, end)
                after = words[end + 1] if end + 1 < len(words) else "。"
                if kind not in (None, label) or (kind is None and after not in CLAUSE_PUNCT
                                                 and r.enum_heads.get(after) != label):
                    continue
            yield end, label, start

    def _batch_act_before(self, words, tags, x) -> bool:
        """Whether a batch's act and 的 come right before head ``x`` in its clause ("本次签约|的|项目",
        "参加“集中开工”|的|项目"): the projects it covered, many of them."""
        if x < 2 or words[x - 1] != "的":
            return False
        y = x - 2
        while y > 0 and tags[y - 1] not in ("w", "_SP") and x - y < 6:
            y -= 1
        clause = "".join(words[y:x - 1])
        return any(v in clause for v in self.rules.batch_act_verbs)

    def _before_legal_form(self, words, x, b) -> bool:
        """Whether word ``x`` comes right before a legal form, inside an item ending at ``b``.

        "…科技|发展|有限公司", "…科技|正定|有限责任|公司": the trade or the place a firm is registered in,
        which jieba may read as a verb or an adverb, is part of its legal name, no clause's word.
        """
        legal = derivation_spec().legal_suffixes + self.rules.open_legal_forms
        if x + 4 < b and words[x + 1] in _OPEN_BRACKETS and words[x + 3] in _CLOSE_BRACKETS:
            # "…文化|控股|（|广州|）|有限公司": the region it is registered in, in brackets before the form
            return words[x + 4].startswith(legal)
        return x + 1 < b and words[x + 1].startswith(legal)

    def _after_road_code(self, text: str, c: Candidate) -> Candidate:
        """A place with a highway's number before it starts after the number: "G348|果梁村" is the village."""
        if c.label != "PLACE":
            return c
        m = self.rules.road_code_re.match(text, c.start)
        if m is None or c.end - m.end() < 2:
            return c
        return Candidate(m.end(), c.end, c.label, c.rule, c.prio)

    def _after_superlative(self, c: Candidate, words, tags, offs) -> bool:
        """Whether a superlative comes right before a project's kind, with 的 and a qualifier between
        ("最大|的|重点|流域…项目"): the clause says what a project named before is. A name of its own after
        it ("投资最大的|天安|数码城项目") is still the project's."""
        x = bisect_left(offs, c.start)
        if any(tags[y] in PLACE_NAME_TAGS or tags[y] in _FACILITY_NAME_TAGS
               for y in range(x, bisect_left(offs, c.end))):
            return False
        for w in reversed(words[max(0, x - 3):x]):
            if w in self.rules.superlatives:
                return True
            if w in CLAUSE_PUNCT:
                return False
        return False

    def _project_list_ends(self, words, tags) -> list[int]:
        """Token indices ending a clause that lists projects, each with its own head.

        "开工项目分别是A县…建设项目、B镇…养殖基地项目、C…工程。": the list ends with its
        clause, not at 等 or a predicate; two items or more end in a project's head, the
        last one right before the clause's mark. Each item runs from mark to mark, however
        long its name.
        """
        out, headed = [], 0
        heads = self._listed_heads
        for x in range(1, len(words) + 1):
            w = words[x] if x < len(words) else "。"
            if w == "、":
                headed += words[x - 1].endswith(heads)
            elif w in CLAUSE_PUNCT or tags[x] in ("w", "_SP"):
                if headed and words[x - 1].endswith(self.project_ends):
                    out.append(x)
                headed = 0
        return out

    def _division_head(self, text: str, at: int) -> bool:
        """Whether a kind of division ends a list at ``at`` uncounted: "等乡镇（街道）", "等社区的".

        Only the words of two characters or more, and only before a mark or 的: "等村干部"
        and "等乡镇企业" go on to other heads.
        """
        for n in self.rules.division_nouns:
            if len(n) >= 2 and text.startswith(n, at):
                after = text[at + len(n): at + len(n) + 1]
                return after in ("", "的") or not ("\u4e00" <= after <= "\u9fff")
        return False

    def _appositive_head(self, words, tags, offs, q) -> str | None:
        """The type a clause gives the list before it: "包括A、B、C，|均|为|动力电池配套|企业" (COMPANY).

        The head is the clause's last word, with no verb before it but the copula (均为, 都是) at ``q``.
        """
        cut = offs[q] + max(len(a) for a in self.rules.list_appositives if "".join(words[q:q + 3]).startswith(a))
        end = next((x for x in range(q, len(words)) if offs[x] >= cut), len(words))
        q = end - 1
        while end < len(words) and words[end] not in CLAUSE_PUNCT and tags[end] not in ("w", "_SP"):
            if tags[end].startswith("v") and tags[end] != "vn":
                return None
            end += 1
        return self.rules.enum_heads.get(words[end - 1]) if end > q + 1 else None

    @staticmethod
    def _verb_cut_brand(words, tags, a, b) -> bool:
        """Whether the list's item ``a``..``b``, between two marks, is a brand of two or three characters
        that jieba cut into a verb and an adverb or an adjective, then a trade: "、顶|立新|材料、"."""
        if not (a > 0 and words[a - 1] == "、" and b < len(words) and words[b] in ("、", "等", "和", "及")
                and 2 <= b - a - 1 <= 2 and _trade(words[b - 1])):
            return False
        brand = words[a:b - 1]
        return 2 <= len("".join(brand)) <= 3 and tags[a].startswith("v") \
            and all(t in ("v", "d", "ad", "a") for t in tags[a:b - 1])

    def _visited_firms(self, words, tags, j) -> bool:
        """Whether the list a visit went through, ending at 等 (``j``), is of firms: "到某某食品、某某、某某新能源等地".

        One of its items ends in a firm's trade word, none is a place or holds one, and each is a word
        or two: a list of villages or of a plant's parts (车间、仓库) has no trade.
        """
        items: list[list[int]] = [[]]
        x = j - 1
        while x >= 0 and (words[x] == "、" or (tags[x] not in STOP_TAGS and not tags[x].startswith("v")
                                                or (tags[x] == "v" and len(words[x]) == 1 and x > 0 and words[x - 1] != "、"))):
            if words[x] == "、":
                items.append([])
            else:
                items[-1].append(x)
            x -= 1
        if len(items) < 2 or any(not 1 <= len(it) <= 3 for it in items):
            return False
        if any(self._known_place(words[y]) or tags[y] == "ns" for it in items for y in it):
            return False
        return any(_trade(words[it[0]]) for it in items)
    def _visited_sites_firms(self, words, tags, offs, j) -> list[Candidate]:
        """The firms among the sites a visit went through, ending at 等 (``j``), where the list mixes them
        with villages and parks: "先后到杨集镇|鸿旺|牧业、某某村、小康庄|中实|泵业等地".

        An item's last two words, a brand no dictionary holds (or one it tags as a name) and a firm's
        trade word, are a firm; the place before them is where it is, read by the rules for places.
        """
        out = []
        x, end = j - 1, j
        while x >= 0 and words[x] not in CLAUSE_PUNCT - {"、"}:
            if words[x] == "、" or x == 0 or words[x - 1] in CLAUSE_PUNCT - {"、"}:
                first = x + 1 if words[x] == "、" else x
                last = end - 1
                if last - 1 >= first and _trade(words[last]) and len(words[last - 1]) >= 2 \
                        and not self._known_place(words[last - 1]) \
                        and (tags[last - 1] in ("x", "nz", "nrt") or not self._ordinary_word(words[last - 1], tags[last - 1])):
                    # ("东坪|镇瑞丰|牧业": a town's level jieba glued to the brand is the town's)
                    glued = int(len(words[last - 1]) >= 3 and words[last - 1][0] in self.rules.town_levels)
                    brand = last - 1
                    if not glued and brand - 1 >= first and len(words[brand - 1]) == 1 and tags[brand - 1] == "nr" \
                            and words[brand - 1] not in self.rules.town_levels:
                        brand -= 1  # ("辛|巴新|材料": a brand's first character, which jieba took for a surname)
                    out.append(Candidate(offs[brand] + glued, offs[last] + len(words[last]), "COMPANY", "enumeration"))
                end = x
            x -= 1
        return out

    def _enumeration_head(self, text, words, tags, offs, j) -> str | None:
        """Type named by the head noun after 等 ("等(一批…)项目"), if any."""
        r = self.rules
        start = offs[j] + 1
        m = r.enum_head_re.search(text, start, start + r.enum_gap + 4)
        if j + 2 < len(words) and tags[j + 1] == "m" and words[j + 2] in r.firm_count_classifiers:
            # "等|22|家|分属精密机械、光电等产业之|厂商": counted as firms, the clause's first head types them
            stop = next((x for x in range(j + 3, len(words)) if words[x] in CLAUSE_PUNCT and words[x] != "、"),
                        len(words))
            far = r.enum_head_re.search(text, start, offs[stop] if stop < len(words) else len(text))
            if far is not None and r.enum_heads[far.group(0)] == "COMPANY":
                return "COMPANY"
        if m is None:
            return None
        if r.enum_heads[m.group(0)] is not None and self._qualifies_typeless_head(words, offs, j, m):
            return None
        gap = text[start:m.start()]
        if "、" in gap and j + 1 < len(words) and tags[j + 1] == "m" \
                and all(0 < len(p) <= 6 for p in gap.split("、")[1:]):
            # "等85家本地、中资以及外资企业": the count, then kinds of firm the mark joins, before the head
            gap = gap.replace("、", "")
        elif "、" in gap and m.group(0) in self.project_ends and all(0 < len(p) <= 4 and is_cjk(p[-1]) for p in gap.split("、")[1:]):
            # "等重大交通、能源|工程": kinds of works the mark joins, before the head of the projects listed
            gap = gap.replace("、", "")
        if any(ch in CLAUSE_PUNCT or ch.isspace() for ch in gap) \
                and any(ch in CLAUSE_PUNCT or ch.isspace() for ch in _QUOTED_LABEL.sub("", gap)):
            # (a label in quotes is no mark of the clause: "等一批“独角兽”企业", "等“专精特新”企业")
            return None
        if text.startswith(r.part_words, start):
            return None  # "…中心、…中心等设施工程": the buildings of one project
        if m.group(0) in self.project_ends and not words[j - 1].endswith(r.facility + self.project_ends) \
                and self._traded_facility(gap):
            # "制冷剂及含氟聚合物等|氟化工生产基地|项目": products, then the plant named by its trade; the
            # items are no projects of a list (which end with a facility: "…物流园等|产业园项目"; and a
            # facility alone after 等 is a list's head: "年产4万吨某某纸等|生产线|项目")
            return None
        if gap[:1] in r.enum_possessives and len(gap) > 1:
            return None  # "果胶、果汁等|的|生产和…项目": what a work after the list is of, not items of the head
        if text.startswith(self._title_ends, start):
            return None  # "王某、李某等市领导在…项目工地": people with their title, whatever head follows
        if r.place_kind_re.match(text, start):
            return None  # "粤港澳大湾区、长三角等地的…企业": where the companies come from
        if r.division_count_re.match(text, start):
            return None  # "河西等2个镇|石山嘴等3个村|土地整治项目": lists of towns and villages, not of projects
        rest = text[start:]
        rest = rest[next((len(d) for d in r.determiners_longest if rest.startswith(d)), 0):]
        if rest.startswith(r.field_heads):
            return None  # "来自总部、金融、电竞等不同领域的10家企业": the fields the firms are in, none named
        if (h := next((f for f in r.owned_field_heads if rest.startswith(f)), None)) \
                and rest[len(h):len(h) + 1] in r.enum_possessives:
            return None  # "建筑、会展等行业|的|企业家": the trades the firms are in, none named
        # No verb between 等 and the head: "等地实地查看…项目" is not an enumeration of projects.
        # A count right after 等 makes it one whatever qualifies the head: "等10个招商引资签约项目".
        if (n := self._counted(words, tags, j + 1)) or (
                j + 2 < len(words) and words[j + 1] in r.approximate_words
                and (n := self._counted(words, tags, j + 2)) and (n := n + 1)):
            # (and a count said roughly: "昊邦|等|近|30家企业")
            # ... but not a count of something else, a clause before the head's own count: "A专班、B专班
            # 等|几个|专班|储备的|220个|招商项目" lists task forces, not projects
            if any(self._counted(words, tags, x) for x in range(j + 1 + n, len(words)) if offs[x] < m.start()):
                return None
            return r.enum_heads[m.group(0)]
        # But a clause that qualifies the firms, closed by 的, is what the listed firms did: "鸿生建材、宏港纺织
        # 等|落户|园区|的|企业" lists firms, not the people who act ("等领导调研的企业" has a title first).
        # (的 may come before the head's own nouns too: "等|国内外|知名(v)|的|乳品|企业")
        relative = r.enum_heads[m.group(0)] == "COMPANY" and "的" in gap \
            and not text.startswith(self._title_ends, start)
        for w, t, o in zip(words[j + 1:], tags[j + 1:], offs[j + 1:]):
            if o >= m.start():
                break
            if ((t.startswith("v") and t != "vn") or w in r.event_verbs) and not relative:
                return None  # (an event's verb jieba reads as a noun too: "银塘办事处…等地|调研|重点项目")
        return r.enum_heads[m.group(0)]

    def _past_month(self, words, tags, first: int, j: int) -> tuple[int, int]:
        """The first token of a project's name ending at ``j`` and the characters to drop from it, past a month
        and a day in digits that open it ("(今年)|3|月|青禾…项目", "6|月|18|日|某某…项目"), with the unit jieba
        glued to the name's first word ("6|月兰钧|锂电池…项目"); ``first`` and none if no month opens it."""
        r = self.rules
        units = r.name_date_units
        if first >= 2 and words[first - 2] in units:
            units = units + r.name_day_units  # ("6|月|18|日青禾": the day after its month)
        if 0 < first < j and words[first - 1].isdigit() \
                and (u := next((d for d in units if words[first].startswith(d)), None)) and len(words[first]) > len(u):
            return first, len(u)  # the number's unit, glued to the name after the number went
        # (the span may open at the day, its month just before it: "3|月|8|日|某某自由贸易港")
        units = r.name_date_units + (r.name_day_units if first > 0 and words[first - 1] in r.name_date_units else ())
        x = first + 1 if first + 2 < j and tags[first] == "t" and words[first + 1].isdigit() else first
        start = x
        while x + 1 < j and words[x].isdigit() \
                and (u := next((d for d in units if words[x + 1].startswith(d)), None)):
            if len(words[x + 1]) > len(u):
                return x + 1, len(u)
            x += 2
            units = r.name_date_units + r.name_day_units  # (a day after its month)
        return (x, 0) if x > start else (first, 0)

    def _qualifies_typeless_head(self, words, offs, j, m) -> bool:
        """Whether the head ``m`` after 等 (at token ``j``) qualifies a typeless head right after it: "民政局、
        招商局等|项目|引资|单位" lists the offices that bring projects in, not projects."""
        r = self.rules
        h = next((x for x in range(j + 1, len(words)) if offs[x] >= m.start()), len(words))
        if h == len(words) or offs[h] != m.start() or words[h] != m.group(0):
            return False
        for x in range(h + 1, min(h + 1 + r.qualified_head_reach, len(words))):
            if words[x] in CLAUSE_PUNCT:
                return False
            if words[x] in r.enum_heads and r.enum_heads[words[x]] is None:
                return True
        return False

    def _traded_facility(self, gap: str) -> bool:
        """Whether ``gap`` is a facility named by a trade of its own (氟化工生产基地), more than a business
        and the facility's kind (生产线, 生产基地)."""
        r = self.rules
        for f in r.facility:
            if gap.endswith(f):
                rest = gap[: len(gap) - len(f)]
                rest = next((rest[: len(rest) - len(v)] for v in r.business_verbs if rest.endswith(v)), rest)
                if len(rest) >= 2:
                    return True
        return False

    @staticmethod
    def _after_list_mark(words, j, reach: int = 40) -> bool:
        """Whether an enumeration mark (、) comes before token ``j`` in its clause: the name is a list's item."""
        for x in range(j - 1, max(-1, j - 1 - reach), -1):
            if words[x] == "、":
                return True
            if words[x] in CLAUSE_PUNCT:
                return False
        return False

    def _counted_kind(self, words, tags, x) -> str | None:
        """The label of the head after the 等 and the count at ``x`` ("等|12|个|项目": PROJECT), if one is known."""
        n = self._counted(words, tags, x + 1)
        head = x + 1 + n
        return self.rules.enum_heads.get(words[head]) if n and head < len(words) else None

    def _count_of_sums(self, words, tags, k, b) -> bool:
        """A count at token ``k``, then a sum ("两个|亿元|以上…", "三个|5000|万元…"): how many projects of a size."""
        n = self._counted(words, tags, k)
        if not n or k + n >= b or tags[k + n] != "m":
            return False
        y = self._past_amount(words, tags, k + n, b)
        return y < b and words[y - 1].endswith("元")

    def _counted(self, words, tags, k) -> int:
        """Tokens of a count ("四个", "10|个", "一批") starting at token ``k``; 0 if there is none."""
        classifiers = self.rules.count_classifiers
        if k >= len(words) or tags[k] != "m":
            return 0
        if words[k][-1] in classifiers and len(words[k]) > 1:
            return 1
        if k + 1 < len(words) and words[k + 1] in classifiers:
            return 2
        return 0

    def _dated_issue(self, words, tags, x, b) -> bool:
        """A year's numbered issue right before a generic head ("2020年|第四期|项目"): a batch of the year's
        projects, as 第二批 is; a project's own phase follows its name (…产业园第二期项目 has no year before)."""
        return tags[x] == "m" and _ISSUE.fullmatch(words[x]) is not None and x > 0 and words[x - 1].endswith("年") \
            and "".join(words[x + 1:b]) in self.rules.generic

    def _dated_batch_after(self, words, tags, k) -> bool:
        """A year, then a batch, from token ``k``: "2021|年度|第四批", "2022年|第二批"."""
        if k >= len(words) or tags[k] != "m" or not words[k][:4].isdigit():
            return False
        if not words[k].endswith(("年", "年度")):
            k += 1
            if k >= len(words) or words[k] not in ("年", "年度"):
                return False
        k += 1
        return k < len(words) and self._batch(words[k], tags[k])

    def _batch(self, word: str, tag: str) -> bool:
        return tag == "m" and self.rules.batch_re.fullmatch(word) is not None

    def _counted_programme(self, words, tags, x) -> bool:
        """A programme's label counting its projects ("省|百大|项目", "市|十大|工程") at token ``x``: the list
        a project is on, said before the firm and the project named ("省百大项目|某某集团|生猪屠宰项目")."""
        return x > 0 and self.rules.enum_heads.get(words[x]) == "PROJECT" and self._count_word(words[x - 1])

    def _count_before(self, words, tags, j) -> int:
        """Token index where a count right before token ``j`` starts ("…电机|四个|项目"), else ``j``."""
        for n in (1, 2):
            if j - n >= 0 and self._counted(words, tags, j - n) == n:
                return j - n
        return j

    def _items_before(self, words, tags, end_tok, label: str, clause_start: bool, offs=None):
        """Token ranges of the items of an enumeration ending before ``end_tok``.

        Items are separated by 、 back to the start of the clause; the first
        item starts after the last boundary word before it ("积极对接|陕西建工…").
        A status clause must begin its sentence or follow a semicolon.
        """
        r = self.rules
        k = end_tok - 1
        while k >= 0 and ((not (tags[k] in ("w", "_SP") and words[k] != "、")
                           or (not clause_start and self._ratio_slash(words, tags, k))
                           or (label == "PROJECT" and not clause_start and self._route_joint(words, tags, k))
                          or (words[k] in r.brand_dots and k > 0 and tags[k - 1] in PROPER_TAGS | PLACE_NAME_TAGS)
                          or (label == "PROJECT" and words[k] in _BRACKETS and self._in_road_section(words, tags, k)))
                          and words[k] not in CLAUSE_PUNCT - {"、"}
                          or (offs is not None and words[k] in _BRACKETS and self._in_bracketed_place(words, tags, offs, k))
                          or (label == "PROJECT" and not clause_start and self._quoted_in_item(words, tags, k))):
            # "宏储源100MW/200MWh光伏储能等项目": a slash between two sizes is one capacity (a status
            # clause's item right before it is a suffix name, read with its capacity by the suffix rule)
            k -= 1
        clause_begin = k + 1
        if clause_start and k >= 0 and words[k] not in ("；", "。", ";", "\n"):
            seps = sum(1 for x in range(clause_begin, end_tok) if words[x] == "、")
            if seps == 0:
                return None
        if clause_start:
            # "A、B等项目建成投产": the enumeration before 等 already names the items.
            for x in range(end_tok - 1, clause_begin - 1, -1):
                if words[x] == "等":
                    # "A、B等参加项目开工仪式": a verb after 等 makes A and B its subject, not projects.
                    if any((tags[y].startswith("v") and tags[y] != "vn") or words[y] in r.event_verbs
                           for y in range(x + 1, end_tok)):
                        return None
                    end_tok = x
                    break
        # "A、B、C四个项目集中开工": the count and its head close the list, they are no part of C.
        if clause_start and end_tok - 1 > clause_begin and words[end_tok - 1] in r.enum_heads:
            counted = self._count_before(words, tags, end_tok - 1)
            if counted < end_tok - 1:
                end_tok = counted
                if "、" not in words[clause_begin:end_tok]:
                    # no list before the count: a headline counts the projects ("某县2015年第四季度|
                    # 18个|项目|集中开工"), and what comes before the count names none
                    return None
        # "总投资5亿元的|高效组件、铝边框、储能运维产业项目开工": one project's products, where no 等 closes a list
        listed = "等" in words[clause_begin:end_tok + 1]
        segments, a = [], clause_begin
        for x in range(clause_begin, end_tok):
            if words[x] == "、" and not (label == "PROJECT" and not listed
                                         and self._products_after_amount(words, tags, x, end_tok)) \
                    and not (label == "PROJECT" and _numbered_parts(words, x)):
                segments.append((a, x))
                a = x + 1
        segments.append((a, end_tok))
        if label == "PROJECT" and self._listed_levels(words, segments):
            return None
        # "A等3个工业项目、B等2个文旅项目": a list of lists; each item ends at its own 等, and
        # the count and kind after it are no part of its name (a 等 with no count may be the
        # item's own: "液态羊奶及奶酪等乳制品加工").
        raw = segments
        segments = [(a, next((x for x in range(a + 1, b) if words[x] == "等" and self._counted(words, tags, x + 1)), b))
                    for a, b in segments]
        # ... but a list of another kind is no item of this one: "宣布A机场等12个项目开工、B有限公司等10家
        # 企业投产" lists projects, then companies
        segments = [(a, b) if b == end_tok or self._counted_kind(words, tags, b) in (None, label) else (b, b)
                    for a, b in segments]
        # ... and where the other list's count and kind go on in an item ("A、B等4个项目|与|省电投、
        # 省公航旅等企业"), the list of this kind begins after them, and the items before are the other's
        other = next((i for i in range(len(segments) - 1, -1, -1) if segments[i][0] == segments[i][1] < end_tok
                      and self._counted_kind(words, tags, segments[i][1]) not in (None, label)), None)
        if other is not None:
            x = segments[other][1]
            head = x + 1 + self._counted(words, tags, x + 1)
            rest = next((b for a, b in raw if a <= x < b), x)
            segments = [(head + 1, rest)] + segments[other + 1:] if head + 1 < rest \
                else segments[other + 1:] or [(end_tok, end_tok)]
        a0, b0 = segments[0]
        cut = a0
        for x in range(a0, b0):
            if self._glued_brand(words, tags, x) and x + 1 < b0 and words[x + 1].endswith(r.company_suffixes):
                continue  # "北京|忠|和|酒业二期扩能项目": a brand's character, no conjunction of the clause
            if (self._joiner_brand(words, tags, x) or (x > a0 and self._joiner_brand(words, tags, x - 1))) \
                    and words[b0 - 1].endswith(derivation_spec().legal_suffixes):
                continue  # "安徽|和|正|农牧股份有限公司": the brand 和正, no conjunction of the clause
            if len(words[x]) == 1 and a0 < x and x + 1 < b0 and words[x + 1] in r.company_suffixes \
                    and tags[x - 1] in BRAND_TAGS and words[x] in r.boundary:
                continue  # "北京中凯科|电|公司": a brand's last character, a dateline's 电 only after a date
            if label == "PROJECT" and self._joins_items(words, tags, cut, x):
                continue  # "城北污水处理厂和|城南供水工程等项目": two items, split below
            if label == "PROJECT" and self._joins_products(words, tags, x):
                continue  # "…智能手机及|年产50万台…项目": one item's two products
            if label == "PROJECT" and self._route_joint(words, tags, x):
                continue  # "凤州至|凤县一级公路改建工程等项目": one road's two ends
            if label == "PROJECT" and self._stop_in_compound(words, tags, x):
                continue  # "水泥窑|协同|处置|固废项目": half of a compound the item's name holds
            if words[x] in r.list_intros and x > a0 and r.enum_heads.get(words[x - 1]) == label:
                cut = x + 1  # "…的启动|项目|即|A、B等项目": the head and the word that opens its items
                continue
            if words[x] in r.boundary or words[x] in r.event_verbs or words[x] in r.visit_verbs or words[x] in r.naming_words \
                    or self._glued_stop(words[x], tags[x], r.boundary) \
                    or (not clause_start and words[x] in r.project_stop and not self._facility_work(words, tags, x)
                        and not self._before_legal_form(words, x, b0)) \
                    or words[x] in r.drive_verbs \
                    or (label == "PROJECT" and self._glued_clause(words[x])) \
                    or self._counted_programme(words, tags, x):
                cut = x + 1  # "先后|来到|A、B等项目": the visit, then the sites
            elif label == "COMPANY" and x == cut and x + 1 < b0 and tags[x] == "vn" and words[x] in r.business_verbs \
                    and len(segments) > 1:
                cut = x + 1  # "目前|经营|A、B等13家公司": what the owner does to the firms it lists, no brand's word
        segments[0] = (cut, b0)
        first_item = 0
        for i, (a, b) in enumerate(segments):
            for x in range(a, b - 1):
                if label == "COMPANY" and tags[x] == "f" and len(words[x]) == 1 and x > a \
                        and self._known_place(words[x - 1]):
                    continue  # "青岛|中|加特电气股份有限公司": a brand's first character, not "among"
                if x > a and (self._joiner_brand(words, tags, x) or (
                        x - 1 > a and self._joiner_brand(words, tags, x - 1))) \
                        and words[b - 1].endswith(derivation_spec().legal_suffixes):
                    continue  # "安徽|和|正|农牧股份有限公司": the brand 和正, no conjunction of the clause
                if label == "COMPANY" and offs is not None and x > a \
                        and (place := self._place_before_letters(words, tags, offs, x)) is not None and place >= a:
                    continue  # "上海|新|遂|制药机械…有限公司": a brand cut into characters, after its place
                if label == "PROJECT" and self._route_joint(words, tags, x):
                    continue  # a route's 至 is no preposition of the clause
                if label == "PROJECT" and words[x] in r.numbered_routes and words[x + 1] in r.route_sections:
                    continue  # "绕城|高速(d)|段|道路工程": the road's kind before its section, no adverb
                if label == "COMPANY" and offs is not None and x > a and self._verb_brand(words, tags, offs, x, b - 1):
                    continue  # "、天津|蓝桥|远航(v)|电子科技有限公司": a brand jieba reads as a verb, after the place
                if offs is not None and x > a and words[x - 1] in _OPEN_BRACKETS \
                        and self._bracketed_place(words, tags, offs, x + 1):
                    continue  # "某某新材料（|始兴(d)|）有限公司": the region a firm is registered in, whatever jieba tags it
                if x == a and a > 0 and words[a - 1] == "、" and tags[x] == "d" and len(words[x]) == 1 \
                        and len(words[x + 1]) == 1 and tags[x + 1] in _CUT_BRAND_TAGS:
                    continue  # "、亦(d)|昭(nrt)|生物医药…基地": a brand jieba cut into characters, no adverb
                if label == "COMPANY" and self._verb_cut_brand(words, tags, a, b):
                    continue  # "、顶(v)|立新(d)|材料、": a brand jieba cut into a verb and an adverb, before its trade
                clause = self._clause_word(words, tags, x, label, a, b) and not self._before_legal_form(words, x, b)
                # ("A公司、B公司分别签订|了|C项目、D项目": what is signed starts after the verb)
                announced = i and (words[x] in r.event_verbs or words[x] in r.signing_verbs) and tags[x].startswith("v")
                # "…、合作开展|某某市矿产资源勘查项目": an item's own verb before the place its name opens with
                led = label == "PROJECT" and words[x] in r.project_stop and self._known_place(words[x + 1])
                # ("县委副书记、县长某某|深入|A、B等项目": a leader's posts listed, then the visit: the sites
                # start after its verb, and the posts are no items)
                visited = i and words[x] in r.visit_verbs and any(
                    words[y] in r.person_titles or words[y].endswith(r.person_title_ends) for y in range(a, x))
                announced = announced or visited
                if (words[x] in r.item_cuts and not self._brand_locative(words, tags, x)) or clause or announced or led \
                        or (offs is not None and offs[x] + len(words[x]) != offs[x + 1]):
                    a = x + 1  # "…的|X", "A创建暨|B项目", "另有|比亚迪汽车", a headline's "275亿元 |开州…"
                    if announced or (clause and i and label != "PROJECT"):
                        # ("副市长、…主任某某|宣布|A等12个项目开工": the event's verb too, for a project)
                        # "王某、李某一行|先后|到|A、B等企业": the clause's verb starts the list; what
                        # comes before it is the clause's subject, no item (a project's long name may
                        # hold a word jieba tags so, and its list goes on)
                        first_item = i
            segments[i] = (a, b)
        segments = segments[first_item:]
        # "县领导李某、王某等": a list of people names no project or company.
        if any(words[x] in r.person_titles or words[x].endswith(r.person_title_ends)
               for a, b in segments for x in range(a, b)):
            return None
        if label == "PROJECT":
            # "…产业园和年产2万吨碳纤维生产基地等4个项目": 和 joins the list's last two items where the
            # left one is a whole facility ("…储能供热和发电示范项目" joins two products of one project)
            joined = []
            for i, (a, b) in enumerate(segments):
                x = next((x for x in range(a + 1, b - 1) if self._joins_items(words, tags, a, x)
                          or (len(segments) > 1 and self._joins_named_items(words, tags, a, x, b))), None)
                if x is not None and i < len(segments) - 1 and words[x] in r.item_joiners \
                        and not "".join(words[a:x]).endswith(r.whole_project_words) \
                        and words[b - 1].endswith(self.project_ends) \
                        and all(self._ordinary_word(words[y], tags[y]) for y in range(x + 1, b)):
                    # "…、某某研发中心|和|原料药产品建设项目、…": inside the list, not before its last item,
                    # 和 joins two parts of one project, the right one of ordinary words alone and the
                    # project's head (after a whole project, "…拓宽项目|及|风力发电、…", two items)
                    x = None
                joined += [(a, x), (x + 1, b)] if x is not None else [(a, b)]
            segments = joined
        elif label == "COMPANY" and len(segments) > 1:
            # "甲、乙、丙及丁等企业": the conjunction joins the list's last two firms
            joined = []
            for a, b in segments:
                x = next((x for x in range(a + 1, b - 1) if self._joins_firms(words, tags, a, x, b)), None)
                joined += [(a, x), (x + 1, b)] if x is not None else [(a, b)]
            segments = joined
        return [(a, b) for a, b in segments if b > a]

    def _quoted_in_item(self, words, tags, k) -> bool:
        """Whether quote ``k`` sets off a name that an item of a list of projects goes on after: "、|“|青溪·云居|”|
        文旅综合开发|、": the quotes are the item's own, no mark of the clause."""
        if words[k] in _CLOSE_QUOTES:
            close, opening = k, next((j for j in range(k - 1, max(-1, k - 6), -1) if words[j] in _OPEN_QUOTES), None)
        elif words[k] in _OPEN_QUOTES:
            close, opening = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j] in _CLOSE_QUOTES), None), k
        else:
            return False
        if opening is None or close is None or close + 1 >= len(words) or close - opening < 2 \
                or tags[close + 1] in ("w", "_SP") or words[close + 1] in self.rules.whole_project_heads \
                or any(words[x] in CLAUSE_PUNCT for x in range(opening + 1, close)):
            # (“某某”项目: the quoted name alone is the project's, as the quoted rule reads it)
            return False
        return not self._quoted_slogan("".join(words[opening + 1:close]), "")

    def _joins_firms(self, words, tags, a, x, b) -> bool:
        """Whether the conjunction at ``x`` joins two firms of a list, the item ``a``..``b`` holding it.

        A legal name may hold the conjunction ("某某机械|及|配件有限公司"): it is kept whole where the
        part before it is no firm's whole name; and a brand may begin with it ("安徽|和|正|农牧…").
        """
        r = self.rules
        if words[x] not in r.firm_list_joiners or tags[x] != "c" or self._joiner_brand(words, tags, x) \
                or self._glued_brand(words, tags, x):
            return False
        return not words[b - 1].endswith(r.company_suffixes) or words[x - 1].endswith(r.company_strong)

    def _listed_levels(self, words, segments) -> bool:
        """Whether a list's items are the levels that list its projects: "全县16个省、市重点项目同步开工",
        "省、市级重点项目" (the provinces' and the city's key projects), no project named."""
        r = self.rules
        levels = (*r.office_divisions, *r.zone_scopes)
        if len(segments) < 2:
            return False
        a, b = segments[-1]
        head = "".join(words[a:b])
        level = next((x for x in sorted(levels, key=len, reverse=True) if head.startswith(x)), None)
        if level is None or (head[len(level):] not in r.category_heads and head[len(level):] not in r.generic):
            return False
        return all("".join(words[x:y]).endswith(levels) for x, y in segments[:-1])

    def _road_section(self, words, tags, close) -> int | None:
        """The open bracket of a road's section written after its name, closed at ``close``:
        "某某路|(|甲路|-|乙路|)": two ends joined by a route's word; or of what a route is, after its two
        ends ("甲地|至|乙地|(|出省通道|)"); None if the bracket is no such thing."""
        r = self.rules
        for x in range(close - 1, max(0, close - 1 - r.road_section_max_words), -1):
            if words[x] in _OPEN_BRACKETS:
                break
            if tags[x] in ("w", "_SP") and words[x] not in r.route_joiners:
                return None
        else:
            return None
        if x >= 3 and self._route_joint(words, tags, x - 2):
            return x  # "甲地|至|乙地|(|出省通道|)|改建工程": what the route is, after its two ends
        if x >= 1 and close - x >= 2 and words[x - 1].endswith(r.sectioned_route_ends) \
                and any(words[close - 1].endswith(s) for s in r.route_sections):
            return x  # "某某高速|(|某县|段|)|建设项目": the section of the road the project builds
        if x < 1 or not words[x - 1].endswith(r.road_ends) or len(words[x - 1]) < 2 \
                or not any(self._route_joint(words, tags, y) for y in range(x + 2, close - 1)):
            return None
        return x

    def _in_road_section(self, words, tags, x) -> bool:
        """Whether the bracket at ``x`` opens or closes a road's section ("某某路|(|甲路|-|乙路|)")."""
        if words[x] in _CLOSE_BRACKETS:
            return self._road_section(words, tags, x) is not None
        close = next((y for y in range(x + 1, min(len(words), x + 2 + self.rules.road_section_max_words))
                      if words[y] in _CLOSE_BRACKETS), None)
        return close is not None and self._road_section(words, tags, close) == x

    def _sited_verb(self, words, tags, x) -> bool:
        """Whether the verb at ``x`` follows the place its clause opens with 在 (在|某某分园|投资): a
        zone's or a division's word right before it, within site_verb_reach words of the 在."""
        r = self.rules
        # (a region named by a direction or a kind of area, which the gazetteer lists not: "在|西北地区|投资")
        # (and a county's short alias jieba reads as a name: "在|顺德(nrt)|投建|…项目")
        if not (self._zone_word(words[x - 1]) or self._known_place(words[x - 1]) or words[x - 1] in self.listed_aliases
                or words[x - 1].endswith(r.site_ends) or words[x - 1].endswith(r.site_region_ends)):
            return False
        return any(words[y] in r.site_prepositions for y in range(max(0, x - 1 - r.site_verb_reach), x - 1))

    def _cut_place_before(self, words, x) -> bool:
        """Whether the two one-character words before ``x`` are a place's name jieba cut in two (道(q)|县(zg))."""
        return x >= 2 and len(words[x - 1]) == 1 and len(words[x - 2]) == 1 \
            and self._named_place(words[x - 2] + words[x - 1])

    def _route_joint(self, words, tags, x) -> bool:
        """Whether the word at ``x`` joins a road's two ends inside one project's name (凤州|至|凤县…公路)."""
        # (names jieba does not know on either side: "高庄|-|祁川段")
        r = self.rules
        return (words[x] in r.route_joiners
                or (words[x] in r.transfer_joiners
                    and any(w in r.transfer_works for w in words[x + 2:x + 2 + r.transfer_reach]))) \
            and 0 < x < len(words) - 1 \
            and (tags[x - 1] in NOUN_TAGS | PLACE_NAME_TAGS | {"x"} or words[x - 1] in r.route_stops
                 or self._named_place(words[x - 1]) or self._cut_place_before(words, x)) \
            and (tags[x + 1] in NOUN_TAGS | PLACE_NAME_TAGS | {"x", "s"} or self._named_place(words[x + 1]))

    def _joins_products(self, words, tags, x) -> bool:
        """Whether the conjunction at ``x`` joins two products inside one project's name.

        "年产2万吨碳酸锂|和|单水氢氧化锂项目", "粮食仓储物流|及|35万吨饲料加工项目": the right one may
        begin with its capacity. After a whole facility, 和 joins two projects of a list instead
        ("城南物流园|和|年产5万吨饲料加工项目").
        """
        r = self.rules
        if 0 < x < len(words) - 1 and words[x] in r.project_joiners and tags[x - 1] == "m" and tags[x + 1] == "m" \
                and self._has_quantity(words, tags, max(0, x - 2), x) \
                and self._has_quantity(words, tags, x + 1, min(len(words), x + 3)):
            return True  # "建设|4GW|和|18GW|电池项目", "年产5|万吨|和|10|万吨|饲料项目": two sizes of one product
        if not 0 < x < len(words) - 1 or words[x] not in r.project_joiners \
                or not (tags[x - 1] in NOUN_TAGS or self._misread_trade(words, tags, x - 1)
                        or (tags[x - 1] in ("zg", "g") and len(words[x - 1]) == 1 and x >= 2
                            and tags[x - 2] in ("n", "nz", "x") and len(words[x - 2]) >= 2)
                        or (tags[x - 1] == "l" and len(words[x - 1]) >= 4)
                        or (tags[x - 1] == "eng" and x >= 2 and tags[x - 2] in NOUN_TAGS)
                        or (tags[x - 1] == "j" and words[x] in r.item_joiners)
                        or (tags[x - 1] == "v" and words[x] not in r.item_joiners)
                        or (words[x - 1] in r.business_verbs and x >= 2
                            and (tags[x - 2] in NOUN_TAGS | {"j"} or _misread_product(words[x - 2], tags[x - 2])))):
            # (the product before the business may be one jieba reads as a count: 零部件(mq)|研发|及|生产基地;
            # jieba tags some trades as abbreviations: 研发|与|检测; 及 joins two processes: 分拣|及|深加工;
            # a product's last character it leaves as a morpheme: 单晶硅|棒(zg)|及|切片;
            # and a business as a verb: 鞋服|设计|制造|及|智能化生产; and a facility of four characters
            # as an idiom: 交通枢纽(l)|及|维保基地; a product's code in Latin letters after its kind:
            # 储能|PACK|及|系统集成)
            return False
        left = words[x - 1]
        if left.endswith(r.whole_project_words):
            return False  # "…高速公路项目|及|光伏发电、…等项目": the word that closes a project ends it
        if words[x] in r.facility_joiners and not left.endswith(r.facility + r.site_ends):
            return False  # "…签约仪式|暨|…产业园": 暨 joins two facilities of one project, nothing else
        if words[x] in r.item_joiners and (left.endswith(r.facility + self.project_ends + r.company_suffixes
                                                          + r.agency_suffixes) or self._known_agency(left)
                                           or self._zone_word(left)):
            return False  # "宏达公司|与|…": two parties, not two products (nor two zones: "某经开区|和|某产业园")
        y = x + 1
        if words[y] in r.product_modifiers and y + 1 < len(words):
            y += 1  # "输送带|及|相关|配件项目": the second product after a word that says how it goes with the first
        right, tag = words[y], tags[y]
        # (jieba reads a one-character product as a place: 麻鸭|及|鸭|产品)
        # (or an adjective before the product: 蛋白|及|新|产品开发)
        # (jieba reads a product as a count or leaves it Latin: 汽车|及|零部件(mq)|产业园, 电芯|及|pack|产业园)
        # (or a product as a place it names none of: 负极材料|及|关联(ns)|产品)
        # (a works' second part jieba reads as an idiom right before the head: 城西大桥|及|连接线(l)|工程)
        # (two businesses of one plant, the second read as a verb: 研发|及|制造(v)|基地)
        # (and a business, then the work done with its product, right before the head: 生产|及|推广应用(i)|项目)
        return tag in NOUN_TAGS or tag in ("nt", "j") or (tag == "ns" and len(right) == 1) or right.startswith("年产") \
            or (tag == "l" and y + 1 < len(words) and words[y + 1].startswith(self.project_ends)) \
            or (tag == "ns" and not self._known_place(right) and y + 1 < len(words) and tags[y + 1] in NOUN_TAGS) \
            or (_misread_product(right, tag) and y + 1 < len(words) and tags[y + 1] in NOUN_TAGS) \
            or (tag == "v" and right in r.business_verbs and words[x - 1] in r.business_verbs and y + 1 < len(words)
                and tags[y + 1] in NOUN_TAGS) \
            or (tag in ("v", "i", "l") and words[x - 1] in r.business_verbs and y + 1 < len(words)
                and words[y + 1] in self.project_ends) \
            or (tag in ("a", "b") and y + 1 < len(words) and tags[y + 1] in NOUN_TAGS | {"l", "j", "nt"}) \
            or (tag == "m" and self._has_quantity(words, tags, y, min(len(words), y + 2))) \
            or (tag in MISREAD_TRADE_TAGS and len(right) >= 2 and y + 1 < len(words) and tags[y + 1] in NOUN_TAGS | {"j"})

    def _products_after_company(self, words, tags, offs, first) -> int:
        """Where a project begins that lists its products right after its company's legal name, else ``first``.

        "…电气有限公司|变压器|、|电缆|、|开关柜生产项目": every product listed is the project's
        (the scan stopped at the list's mark, which may as well list projects elsewhere).
        """
        r = self.rules
        x = first
        while x >= 2 and words[x - 1] in r.product_list_marks and tags[x - 2] in NOUN_TAGS and len(words[x - 2]) >= 2 \
                and not words[x - 2].endswith(r.company_strong) and not words[x - 2].endswith(self.project_ends) \
                and offs[x - 2] + len(words[x - 2]) == offs[x - 1] and offs[x - 1] + len(words[x - 1]) == offs[x]:
            x -= 2  # (an item ending in a project's head is the project before, no product: "…有限公司|项目|、|…工程")
        if x < first and x >= 1 and words[x - 1].endswith(derivation_spec().legal_suffixes):
            return x
        return first

    def _products_after_amount(self, words, tags, x, j) -> bool:
        """Whether the mark at ``x`` lists bare products that an amount's or an investor's 的 opens, with no
        joiner: "总投资5亿元的|高效组件、铝边框、储能运维产业项目", "某公司投资的|新型环保、机械设备生产线项目".
        Items of a list of projects each end with a facility or 项目, which no product does."""
        r = self.rules
        if not 0 < x < j - 1:
            return False
        heads = r.facility + self.project_ends
        left, right = words[x - 1], words[x + 1]
        if not (tags[x - 1] in NOUN_TAGS | {"j"} and tags[x + 1] in NOUN_TAGS) or left.endswith(heads) \
                or right.endswith(heads) or left.endswith(r.company_suffixes) or len(left) < 2:
            return False
        y = x - 1
        while y >= 0 and x - y <= 8 and words[y] != "的":
            if (tags[y] in STOP_TAGS and words[y] not in r.product_list_marks) or words[y].endswith(heads):
                return False
            y -= 1
        return y >= 1 and words[y] == "的" and any(
            words[z] in r.investment_words or tags[z] == "m" for z in range(max(0, y - 4), y))

    def _listed_product(self, words, tags, x, j) -> bool:
        """Whether the mark at ``x`` lists products inside one project's name, not projects of a list.

        Both sides are bare products ("动力电池|、|整车"); a facility or a project's head before the mark
        ends an item of a list of projects ("城南物流中心|、|冷链仓储和配送项目").
        """
        r = self.rules
        if not 0 < x < j - 1:
            return False
        heads = r.facility + self.project_ends
        left, right = words[x - 1], words[x + 1]
        # a product is a word or two up to the next mark or joiner; a longer item is named on its own
        # ("光伏发电|、|乌石峰|乡村|生态|观光|和|研学旅游园区建设项目": a place's project after a field)
        nxt = next((y for y in range(x + 1, j) if words[y] in r.product_list_marks or words[y] in r.item_joiners), j)
        return tags[x - 1] in NOUN_TAGS and tags[x + 1] in NOUN_TAGS and not left.endswith(heads) \
            and not right.endswith(heads) and not left.endswith(r.company_suffixes) and len(left) >= 2 \
            and nxt - x - 1 <= 2

    def _led_verb_brand(self, words, tags, offs, k, j) -> bool:
        """Whether the verb at ``k``, before a legal name's trade words up to ``j``, is the firm's brand: it
        follows a preposition or a list's mark (verb_brand_leads), alone or after one more word of the brand
        ("由|奔腾|科技有限公司", "、|冠群|驰骋|投资管理有限公司"), and only nouns come between it and the suffix.
        (_verb_brand reads such a verb after the firm's place, brand_verbs the usual ones at a list's start.)"""
        r = self.rules
        w = words[k]
        # (only a legal form, after at least one trade word: "和|减少|集团消费", "是|实现|银行" are clauses)
        if not words[j].endswith(derivation_spec().legal_suffixes) or not any(
                tags[x] in NOUN_TAGS and tags[x] != "vn" for x in range(k + 1, j)):
            return False
        if len(w) != 2 or w in r.project_stop or w in r.business_verbs or not all(
                tags[x] in NOUN_TAGS or tags[x] == "ns" or (x == k + 1 and tags[x] == "v" and len(words[x]) == 2)
                or words[x] in _OPEN_BRACKETS or words[x] in _CLOSE_BRACKETS  # (a region in brackets: …(北京)有限公司)
                for x in range(k + 1, j)):
            return False
        x = k - 1
        if x >= 1 and tags[x] in ("n", "nz", "x", "v") and len(words[x]) == 2 and offs[x] + 2 == offs[k] \
                and words[x] not in r.verb_brand_leads:
            x -= 1  # (one more word of the brand before it: 冠群|驰骋, 奔腾|飞跃)
        return x >= 0 and words[x] in r.verb_brand_leads and offs[x] + len(words[x]) == offs[x + 1]

    def _brand_locative(self, words, tags, k) -> bool:
        """Whether the locative at ``k`` (中) is a name's first character: nothing it could place comes before it.

        A locative follows the noun it places ("工程|中"); at a clause's start, or after a verb's 了
        or a preposition, it opens a name ("介绍了|中|盛…", "与|中|氦科技"), and so after a word of where
        ("落地|中|北高新区").
        """
        if words[k] not in self.rules.state_brand_chars or tags[k] != "f" or k + 1 >= len(words):
            return False
        # ("落地|中|北高新区": where it lands, then the name; "确保|中|氦科技…投产": a drive's object is the
        # projects and their firms, never something in progress as "建设|中" is)
        return k == 0 or not words[k - 1][-1].isalnum() or tags[k - 1] in _LOCATIVE_OPENER_TAGS \
            or words[k - 1] in self.rules.site_preps or words[k - 1] in self.rules.drive_verbs \
            or self._division_before_brand(words, tags, k)

    def _division_before_brand(self, words, tags, k) -> bool:
        """Whether a place's name right before the locative at ``k`` (a division, a province) says where
        the name after it is ("某某市|中|化学…新材料", "浙江|中|能…项目"): a division is placed by no "in"."""
        w = words[k - 1]
        return k + 1 < len(words) and len(w) >= 2 \
            and tags[k + 1] not in STOP_TAGS and (tags[k - 1] == "ns" or self._known_place(w))

    def _region_brand(self, words, tags, k) -> bool:
        """Whether the region's part at ``k`` (西部, 中部) opens a brand jieba does not know, with nothing it
        could be the part of before it: "签约的是|西部|华瑞|科技…", "与|中部|云谷|…"."""
        if words[k] not in self.rules.division_parts or tags[k] != "f" or k + 1 >= len(words) \
                or tags[k + 1] not in BRAND_TAGS | {"n"} or self._known_place(words[k + 1]):
            return False  # (a place after it is where the firm is: "位于|西部|某省…有限公司")
        # (after a noun the part is the noun's: "园区|西部|某某科技…" is a firm in the park's west)
        return k == 0 or not words[k - 1][-1].isalnum() or tags[k - 1] in _REGION_OPENER_TAGS

    def _misread_trade(self, words, tags, x) -> bool:
        """Whether jieba read the trade word at ``x`` of a project's name as a person or an adverb.

        "肉牛|屠宰|及深加工", "5万吨|正极|材料": a word of two characters or more right after a
        product or a quantity, and before a product (or a joining 及) is part of what the project
        makes; a real adverb there comes before a verb ("园区|全力|推进"), a real person after a
        title ("县长|李明|及").
        """
        if x < 1 or x + 1 >= len(words):
            return False
        # (or right after an amount's 的, where a name starts: "总投资60亿元的|一力(d)|物流项目")
        amount = words[x - 1] == "的" and x >= 2 and tags[x - 2] == "m" and words[x - 2].endswith("元")
        if amount and len(words[x]) == 1 and tags[x] == "f" and len(words[x + 1]) == 1 and tags[x + 1] in NOUN_TAGS:
            return True  # "总投资107亿元的|中(f)|玻|太阳能…项目": a brand's first character read as "in"
        if len(words[x]) < 2 or tags[x] not in MISREAD_TRADE_TAGS:
            return False
        before, after = tags[x - 1], tags[x + 1]
        if after == "vn" and tags[x] in ("d", "ad") and not amount:
            return False  # "投资者|尽快(d)|运营(vn)|某某项目": a real adverb, before the clause's verb
        # (or the second product, after the joiner: "锂电池|及|正极(ad)|材料项目")
        joined = words[x - 1] in self.rules.project_joiners and x >= 2 and tags[x - 2] in NOUN_TAGS
        if (before not in NOUN_TAGS | {"m"} and not amount and not joined) or words[x - 1] in self.rules.person_titles:
            return False
        return after in NOUN_TAGS or words[x + 1] in self.rules.project_joiners

    def _joins_items(self, words, tags, a, x) -> bool:
        """Whether the conjunction at ``x`` ends a whole facility's name begun at ``a`` (…产业园|和), or a road's
        (a town's works list its streets: "东环路、西环路|和|北二路等市政工程")."""
        r = self.rules
        # (and a firm's legal name: "…宝宇旅业有限公司|和|某某创业园等…项目" lists the firm, then the park;
        # and a school or a hospital: "某某小学|和|某某至某某一级公路等基础设施项目")
        if a < x and words[x] in r.project_joiners and "".join(words[a:x]).endswith(r.whole_project_words):
            return True  # "…公路项目|及|光伏发电…": 及 too, after the word that closes a project
        if a < x and words[x] in r.list_joiners_only:
            return True  # "汉鼎科技|以及|G357…路面改造工程": a conjunction no name holds
        return a < x and words[x] in r.item_joiners and tags[x] == "c" \
            and "".join(words[a:x]).endswith(r.facility + self.project_ends + tuple(r.roads)
                                              + derivation_spec().legal_suffixes + tuple(r.institution_heads))

    def _joins_named_items(self, words, tags, a, x, b) -> bool:
        """Whether the conjunction at ``x``, in the last item of a list, opens another item named by its own firm or
        place ("A、B风电|和|日照|某某牧业养殖等项目"); a kind after it ("…风电和|储能") is one item's second product.
        及, which joins one project's products, opens another item only where a firm's whole name does, its place
        and its brand before what it makes ("A、…硅胶制品|及|河北|巨友|年产30台套…等3个项目")."""
        r = self.rules
        if not (a + 1 < x and x + 2 < b and tags[x] == "c" and len("".join(words[a:x])) >= 4
                and len("".join(words[x + 1:b])) >= 4):
            return False
        placed = tags[x + 1] == "ns" or self.gazetteer.lookup(words[x + 1]) is not None
        if words[x] in r.item_joiners:
            return placed or tags[x + 1] in BRAND_TAGS
        return words[x] in r.project_joiners and placed and x + 3 < b and tags[x + 2] in BRAND_TAGS \
            and (words[x + 3].startswith("年产") or words[x + 3] in r.capacity_leads or tags[x + 3] == "m")

    @staticmethod
    def _product_slash(words, tags, offs, k) -> bool:
        """A slash between two short nouns, no space on either side: the kinds of one product or line
        in a project's name ("年产…动力|/|储能|电池…项目"), as a bylined paper's "中心/报导" is not."""
        return words[k] in ("/", "／") and 0 < k < len(words) - 1 \
            and tags[k - 1] in _SLASHED_NOUN_TAGS and tags[k + 1] in _SLASHED_NOUN_TAGS \
            and len(words[k - 1]) <= 4 and len(words[k + 1]) <= 4 \
            and offs[k - 1] + len(words[k - 1]) == offs[k] and offs[k] + 1 == offs[k + 1]

    @staticmethod
    def _ratio_slash(words, tags, k) -> bool:
        # (or two models of one product: "D25|/|D30|柴油机")
        return words[k] in ("/", "／") and 0 < k < len(words) - 1 and (
            (tags[k - 1] == "m" and tags[k + 1] == "m")
            or (_MODEL_CODE.fullmatch(words[k - 1]) is not None and _MODEL_CODE.fullmatch(words[k + 1]) is not None))

    def _company_item(self, words, tags, a, b) -> bool:
        """An item that is a company's name and nothing more: a known company, or a brand and a company suffix."""
        name = "".join(words[a:b])
        hit = self.phrases.get(name)
        if hit is not None:
            # (a firm named after the road or the line it runs, 京沪高铁, is the road in a list of projects)
            return hit[0] == "COMPANY" and not name.endswith(self._paired_end_routes)
        last = words[b - 1]
        if b - a == 1 and tags[a] == "x" and last not in self.rules.false_words:
            # one word jieba guessed for the brand and the trade together: "宏泰肉业"
            suf = next((x for x in self.rules.company_suffixes if last.endswith(x)), None)
            return suf is not None and len(last) - len(suf) >= 2
        # (two products joined inside make a project's name: "佳士博|高档速冻食品加工|及|冷链物流")
        return b - a >= 2 and last.endswith(self.rules.company_suffixes) \
            and last not in self.rules.false_words and self._has_proper(words, tags, range(a, b - 1)) \
            and not any(self._joins_products(words, tags, x) for x in range(a + 1, b - 1))

    def _clause_word(self, words, tags, x, label, start, end) -> bool:
        """A word of the clause around an item, which starts after it.

        "王伟一行首先来到|江昕轮胎": adverbs, prepositions and, for companies,
        verbs; "A公司分别和|深圳黑鲨科技等公司": a conjunction joins another
        item; "此次共有|谷川美信高科产业园等10个项目": a verb before a proper name.
        A project's name may hold a verb (风能开发, 南山口|抽水|蓄能电站) or a conjunction
        (食用油及优质米), and jieba tags a phase as an adverb, but never mid-name
        (…小镇|一期 ends it).
        """
        t = tags[x]
        if x > start and self._unit_after_number(words, tags, x):
            return False  # "300|万|只|汽车传动皮带轮": a capacity's unit jieba reads as an adverb
        if x > start and words[x] in self.rules.firm_trade_adverbs \
                and any(words[y].endswith(derivation_spec().legal_suffixes) for y in range(x + 1, min(end, x + 4))):
            return False  # "安徽|某达|高新(d)|材料有限公司": the firm's trade, which jieba reads as an adverb
        if t in CLAUSE_TAGS:
            return True
        if self._city_opens_legal_name(words, tags, x, end):
            return False  # "、|开封|金元…有限公司": a city jieba reads as a verb opens the legal name registered there
        if label != "PROJECT":
            # ... but only where a name still follows: "翱翔|体育用品" is one brand (jieba: a verb).
            # (a verb jieba reads as a noun, after the clause's subject, right before a name: "产品|销往|宏达…")
            return (t in ("v", "vd", "c") and any(tags[y] in PROPER_TAGS for y in range(x + 1, end))) \
                or (t == "vn" and start < x < end - 1 and tags[x + 1] in PROPER_TAGS)
        if t == "ul" and x > start and tags[x - 1].startswith("v"):
            return True  # "…60余家企业重点推荐|了|某某通用机场、…等4个项目": the clause's done verb; no name holds 了
        # (one character right after a list's mark opens the next item's name: "、|爱|派尔北区")
        return t == "v" and tags[x + 1] in PLACE_NAME_TAGS \
            and (x == start or tags[x - 1] not in PROPER_TAGS | NOUN_TAGS) \
            and not (x == start and len(words[x]) == 1 and x > 0 and words[x - 1] == "、")

    def _city_opens_legal_name(self, words, tags, x, end) -> bool:
        """Whether word ``x`` is a city jieba reads as a verb (开封, 保定), opening a legal name that ends before
        ``end``: the city the firm is registered in, no verb of the clause."""
        if tags[x] != "v" or words[x] not in self.city_aliases or not self._is_start(words, tags, x):
            return False
        legal = derivation_spec().legal_suffixes
        return any(words[y].endswith(legal) for y in range(x + 2, min(end, x + 8)))

    def _ranking(self, words, tags, k) -> bool:
        """Whether word ``k`` ends a ranking of firms: "百强", or 强 after a number ("500|强")."""
        w = words[k]
        return w in self.rules.ranking_words or (w in self.rules.ranking_ends and k > 0 and tags[k - 1] == "m")

    def _worked_trade(self, words, tags, a, b) -> bool:
        """Whether words ``a`` to ``b`` are a trade said by its goods and the work done on them ("机电|加工",
        "农副产品|深加工") or by a word for its kind before it ("新型|材料"), with no name among them."""
        r = self.rules
        if any(tags[x] in PROPER_TAGS for x in range(a, b - 1)):
            return False
        if b - a >= 2 and words[b - 1] in r.trade_processes:
            return True
        name = "".join(words[a:b])
        rest = next((name[len(m):] for m in r.trade_modifiers if name.startswith(m)), "")
        return rest in r.listed_trades or _trade(rest)

    def _item_candidates(self, words, tags, offs, a, b, label, rule) -> list[Candidate]:
        r = self.rules
        item_start = a  # before the trim: a zone's word before a kind of plant makes it the zone's
        run = a
        while run < b - 1 and words[run] in r.business_verbs and tags[run] in ("v", "vn"):
            run += 1
        if label == "PROJECT" and run - a >= 2:
            a = run  # "…合作社，|投资|经营|山泉水厂、酒厂…等项目": the clause's verbs before the first item
        elif label == "PROJECT" and b - a >= 3 and words[a] in r.item_works and tags[a] in ("v", "vn"):
            a += 1  # "打造生态园、|建设|果酒深加工项目、…等项目": the works each item of a list of acts opens with
        while a < b and (_leading(words, a, b, r) or (label == "COMPANY" and (words[a] in r.company_trim
                                                                             or _standing_scope(words, a, b, r)))
                         or (label == "COMPANY" and words[a] in r.owner_nationality_words)
                         or tags[a] in PARTICLE_TAGS or self._bare_zone(words, tags, a, b)
                         or (label == "PROJECT" and a > 0 and words[a - 1] + words[a] in r.category_heads)
                         # "…开发区中|和|中高端白酒…项目": the joiner left after a name the item lost is none of it
                         or (label == "PROJECT" and words[a] in r.project_joiners and tags[a] == "c")) \
                and not self._brand_start(words, tags, a, b, label):
            a += 1  # (and "分别签订|了|浩然鞋材生产项目": the verb's particle, after the boundary word)
        if label == "PROJECT":
            # "…产业园项目|实现|当年签约、当年开工": a verb after the project's head begins what the clause
            # says of it; the name closed at its head
            b = next((x + 1 for x in range(a + 1, b - 1)
                      if words[x].endswith(r.whole_project_heads) and (tags[x + 1] == "v" or (
                          words[x + 1] in r.status_adverbs and x + 2 < b and tags[x + 2] in ("v", "vn")))), b)
            if b - a >= 3 and words[b - 1] in r.item_works and words[b - 2].endswith(r.facility):
                b -= 1  # "…机器人产业园|建设|等…项目": building the park, which the item names
        if label == "PROJECT" and a < b and tags[a] == "m" \
                and words[self._past_amount(words, tags, a, b) - 1].endswith("元"):
            # "与某公司签订的|1.1|亿元|某某产业园项目": the sum the item was signed for, with no word of
            # investing before it, is no part of its name
            a = self._past_amount(words, tags, a, b)
        if a >= b:
            return []
        if label == "COMPANY" and b - a >= 4 and words[b - 1] in _CLOSE_BRACKETS and words[b - 3] in _OPEN_BRACKETS \
                and self._known_place(words[b - 2]) and words[b - 4].endswith(derivation_spec().legal_suffixes):
            # "某某食品（广西）有限公司|（|崇左市|）、…等企业": a list of the firms visited says where each one's
            # plant is after its whole legal name; no part of the name
            return self._item_candidates(words, tags, offs, a, b - 3, label, rule)
        z = self._leading_zone(words, tags, a, b, label)
        if z is not None:
            # "德令哈工业园|青海西部镁业年产2万吨…", "乌兰工业园|青海尚品驼奶加工": the park the item lies in,
            # then the item itself
            zone = Candidate(offs[a], offs[z] + len(words[z]), "PLACE", f"{rule}:zone", prio=3)
            return [zone, *self._item_candidates(words, tags, offs, z + 1, b, label, rule)]
        if label == "COMPANY" and a > 0 and words[a - 1] in r.determiners:
            # "县级各部门、某某建设有限公司等企业": which bodies, by their kind, not a firm's name
            return []
        if a + 1 < b and r.enum_heads.get(words[a]) == label and tags[a + 1] == "x" and len(words[a + 1]) >= 3 \
                and words[a + 1][0] in r.function_chars:
            a += 1  # "开工的|项目|为岚溪|新材料…产业园": the head, then the verb that lists, glued to the first item
        # "又|有橙果|桥梁…": jieba's guess glued 有 to the brand after the adverb that lists it
        # (and "…方面,|有宇培|、荣桂等": 有 opening the clause, right after its mark or a cut: "开工的|有青龙|风电场",
        # where jieba reads the glued word as a person's name)
        lead = 1 if a > 0 and tags[a] in ("x", "nr") and len(words[a]) >= 2 and words[a][0] == "有" and a < b - 1 \
            and (words[a - 1] in r.listing_adverbs or words[a - 1] in CLAUSE_PUNCT or words[a - 1] in r.item_cuts) else 0
        if not lead and tags[a] == "x" and len(words[a]) >= 3 and words[a][0] in r.function_chars:
            lead = 1  # "先后|到瑞丰|药业、…等": a function character jieba's guess glued to the first item
        if label == "PROJECT" and not lead:
            # "去年|10|月|某某产业园项目|投产": when, then the item; a unit glued to the brand ("3|月岚溪|…项目")
            # leaves the item to the suffix's reading, which drops the unit and keeps the brand whole
            a, glued = self._past_month(words, tags, a, b)
            if glued:
                return []
        if label == "PROJECT" and not lead:
            a = self._opening_amount(words, tags, a, b)
        start, end = offs[a] + lead, offs[b - 1] + len(words[b - 1])
        name = "".join(words[a:b])[lead:]
        if name in r.generic or len(name) < 2 or (
                label == "PROJECT" and name in r.plant_kinds
                # (alone after words trimmed as leading ones too: "年底|计划|新开工|污水处理厂、…")
                and all(words[x] in r.trim for x in range(item_start, a))):
            return []
        if label == "PROJECT" and name.endswith(r.agreement_ends):
            return []  # "…与某协会深化战略合作框架协议等3个项目": an agreement, counted with the projects
        if label == "COMPANY" and self._ranking(words, tags, b - 1) and b - 2 >= a:
            return []  # "签约对象包括世界500强、中国民营500强等企业": rankings the firms are on, none named
        ranked = next((x for x in range(b - 2, a - 1, -1) if self._ranking(words, tags, x)), None)
        if ranked is not None:
            # "民营500强|红星|美凯龙等企业": the ranking the firm is on, then its name
            return self._item_candidates(words, tags, offs, ranked + 1, b, label, rule)
        if label == "COMPANY" and b - a >= 4:
            legal = derivation_spec().legal_suffixes
            cut = next((x + 1 for x in range(a + 1, b - 2) if words[x].endswith(legal)
                        and not all(words[y] in r.legal_forms for y in range(a, x))), None)
            if cut is not None and "".join(words[cut:b]).endswith(legal):
                # "甲实业有限公司|乙食品有限公司等企业": two legal names with no mark between them; a legal
                # name holds no other whole one (a branch's does, and ends in the branch's word)
                return self._item_candidates(words, tags, offs, a, cut, label, rule) \
                    + self._item_candidates(words, tags, offs, cut, b, label, rule)
        if label == "COMPANY" and all(words[x] in r.legal_forms or words[x] in r.company_strong for x in range(a, b)):
            return []  # "…(集团)|有限公司等企业": a legal form alone is the end of a name the item cut, no company
        if label == "COMPANY" and (name in r.listed_trades or _trade(name) or self._worked_trade(words, tags, a, b)):
            return []  # "一批冶炼、发电、选矿等企业": kinds of firm by their trade, none named
        if label == "PROJECT" and self._worked_trade(words, tags, a, b) and not any(tags[x] == "m" for x in range(a, b)):
            return []  # "传统硅加工、农副产品深加工等项目": kinds of project by their trade (a capacity makes one)
        if label == "COMPANY" and _firm_categories(name, r):
            return []  # "国内外独角兽专精特新小巨人等企业": categories firms are ranked into, none named
        if label == "COMPANY" and b - a >= 2 and words[b - 1] in r.firm_kind_heads:
            return []  # "走访|玉环市汽配产业链|企业、…等多家企业": firms of a kind, none named
        # "东安县本次|集中开工", "全县今年|开工": a pronoun or a time word ends a clause's subject, not a name;
        # so does a date ("该市继|8月29日|集中签约…").
        if (tags[b - 1] in ("r", "t") and words[b - 1] not in r.phase_words) or _DATE_END.search(name):
            return []  # (but a phase is a time word to jieba: "松霖智能家居|三期")
        if label == "PROJECT" and words[b - 1] in r.count_verbs:
            return []  # "京山市、沙洋县先后|有|28个项目集中开工": the verb of the projects' count ends the subject
        if tags[b - 1] == "m" and len(words[b - 1]) >= 2 and words[b - 1][-1] in r.count_classifiers:
            return []  # "通州区首个|开工的…", "全县两个|投产": which one or how many, of the subject; no name
        if label == "PROJECT" and any(self._batch(words[x], tags[x]) or self._dated_issue(words, tags, x, b)
                                      or words[x] in r.batch_periods for x in range(a, b)):
            return []  # "永州市第二次重大项目|集中开工": a batch of projects (and "…2020年|第四期|项目集中开工")
        if label == "PROJECT" and b - a >= 2 and _sized(words[b - 2], tags[b - 2], r.money_magnitudes) \
                and words[b - 1] in r.enum_heads:
            return []  # "六大攻坚战|百亿元|项目集中开工": the size of a batch, no name
        if all(tags[x] in ("m", "q") for x in range(a, b)) or name.endswith(r.event_heads) \
                or "".join(words[x] for x in range(a, b) if tags[x] not in ("m", "q")) in r.investment_words:
            # "分别为1亿元、1.2亿元的…", "总投资6000万元、年利润1000万元的…", "…铁路专用线通车仪式":
            # amounts, with what they measure, and events name nothing
            return []
        # (the firm's kind said before it is none of its name, as in a list of firms: "台企|某某光电、…等项目")
        first = next((x for x in range(a, b - 1) if words[x] not in r.company_trim), b - 1) if label == "PROJECT" else a
        if label == "PROJECT" and (self._company_item(words, tags, first, b) or (
                first > a and words[b - 1].endswith(r.company_suffixes) and words[b - 1] not in r.false_words)):
            # "联威新能源、江特锂电、赣锋锂业等5个项目": the projects are named by their companies (after a
            # firm's kind, even a brand of common words is one: "台企|威力|新能源")
            return [Candidate(start if first == a else offs[first], end, "COMPANY", rule, prio=3)]
        if label == "PROJECT" and name.endswith(self._chamber_ends) and name not in r.generic \
                and self._has_proper(words, tags, range(a, b)):
            # "某某集团、某省某省商会等27个项目集中签约": a chamber signs among the firms, a body as its
            # suffix name is, and no project
            return [Candidate(start, end, "AGENCY", rule, prio=3)]
        if label == "COMPANY" and b - a >= 2 and words[b - 1].endswith(r.listed_works_heads) \
                and not words[b - 1].endswith(self.place_strong_ends):
            legal = derivation_spec().legal_suffixes
            cut = next((x + 1 for x in range(b - 2, a, -1) if words[x].endswith(legal)), None)
            if cut is not None:
                # "…、某某化工有限公司|扩建项目等企业和项目": a firm's legal name, then its project, apart from
                # the firm as after the name alone; a project named by what is done only is the firm's, no name
                rest = "".join(words[cut:b])
                firm = Candidate(start, offs[cut], "COMPANY", f"{rule}:company-head", prio=3)
                if rest in r.generic or all(words[x] in r.works_verbs or words[x] in r.item_works
                                            or words[x] in r.whole_project_heads for x in range(cut, b)):
                    return [firm]
                return [firm, Candidate(offs[cut], end, "PROJECT", rule, prio=3)]
            return [Candidate(start, end, "PROJECT", rule, prio=3)]  # "某某智慧科技|城": a project among the firms
        if label == "COMPANY" and (self._zone_word(words[b - 1]) or words[b - 1].endswith(self.place_strong_ends)):
            # "嘉明经济开发区、…等公司": a park signs as a party, but it is a place; a park built for a trade
            # is a project, as its suffix name is ("…投资26亿元的河西印玺文化旅游产业园等多家企业"); so is a
            # science park among the firms a visit sees ("来到|某某低碳科技园|、…等企业")
            kind = "PROJECT" if words[b - 1].endswith(self.project_ends) else "PLACE"
            return [Candidate(start, end, kind, rule, prio=3)]
        if label == "COMPANY" and name.endswith(self._chamber_ends):
            # "某市纺织服装行业协会、某某电子等企业": a trade's association listed among the firms it speaks
            # for is a body, as its suffix name is
            return [Candidate(start, end, "AGENCY", rule, prio=3)]
        if label != "PROJECT":
            return [Candidate(start, end, label, rule, prio=3)]
        # (a road or a place's facility is the works' object, not where a generic name lies: "西环路|扩建")
        if (self._place_date_generic(words, tags, a, b) and not self._works(words, a, b)) \
                or (name.endswith(r.category_heads) and not (b - a >= 2 and words[b - 2] in r.whole_chain_words)) \
                or any(words[x] in r.category_heads for x in range(a, b)):
            return []  # "市列|重点项目|全面|开工建设": a category of projects, and the clause's adverb
        if self.phrases.get(words[b - 1], ("",))[0] == "AGENCY":
            return []  # "…州州委、州人民政府…举行集中开工仪式": the offices host the event, no project
        if self.gazetteer.written(name) is not None:
            return [Candidate(start, end, "PLACE", rule, prio=3)]  # "恩施州|30个项目集中签约": the division's projects
        if b - a >= 2 and words[b - 1] in r.whole_project_heads and self._delegation_before(words, b - 1, a):
            return []  # "…博览会某市代表团|项目|集中签约": the projects a city's delegation signs, none named
        if rule == "status-clause" and b - a >= 2 and words[b - 1] in r.whole_project_heads \
                and any(words[b - 2].endswith(z) for z in r.zone_kinds):
            # "秭归茅坪工业园区|项目|集中签约、开工": the zone's projects, signed or started together
            return [Candidate(start, offs[b - 1], "PLACE", rule, prio=3)]
        if rule == "status-clause" and any(words[b - 1].endswith(z) for z in r.zone_kinds):
            # "某某示范区晋中开发区|集中开工的14个项目": the zone whose projects start, as with 项目 after it
            return [Candidate(start, end, "PLACE", rule, prio=3)]
        if b - a >= 2 and tags[b - 1] == "ns" and words[b - 1][-1:] in r.office_divisions \
                and all(tags[x] in _CLAUSE_ONLY_TAGS for x in range(a, b - 1)) \
                and self.gazetteer.written(words[b - 1]) is not None:
            return []  # "预计|一季度|银川市|开工项目423个": the division's projects, after what the clause says first
        split = self._company_head(words, tags, a, b)
        head = "".join(words[a:split]) if split is not None else ""
        if split is not None and head in r.generic:
            # "中小企业|孵化器平台": the kind of firm the works serve, no firm's name; the whole is the works
            return [Candidate(start, end, "PROJECT", rule, prio=3)]
        if split is not None and (self.gazetteer.written(head) is not None or self._joins_products(words, tags, split)
                                  or (len(head) >= 3 and head.endswith(r.landform_ends + r.project_sites))
                                  or any(tags[x] == "s" or (len(words[x]) >= 2 and words[x] in r.trim)
                                         for x in range(a + 1, split))
                                  or words[split - 1] in r.plant_modes or head.endswith(r.industry_ends)
                                  or (head.startswith(r.region_groups) and split - a >= 2
                                      and "".join(words[a:split - 1]) in r.region_groups)
                                  or words[split] in r.local_divisions
                                  or self._site_named_capacity(words, split) or self._place_and_town(words, a, split)
                                  or self._brandless_trade(words, tags, a, split)
                                  or self._common_words_before_trade(words, tags, a, split)
                                  or (split - a >= 3 and self._region_and_trade(words, tags, a, split))
                                  or (split - a >= 2 and len(head) - len(words[a]) < 2
                                      and self.gazetteer.written(words[a]) is not None)):
            # "富宁|年产15万吨…项目": a county's short name heads its project, no firm's; nor does the
            # first of two products joined by 及 ("…生物医药|及|医疗器械…产业园项目"), nor where or how big
            # the project is ("周宁县|城郊|大型|仓储物流|基地…项目", "…建材城|分布式|2.5MW…"), nor a hill or a
            # lake the plant stands on ("小墨山|20兆瓦地面光伏电站"), or a spring a resort is built at ("龙秀温泉|
            # 养生度假区"); nor an industry jieba reads as a body
            # ("新兴产业(nt)|股权投资基金"); nor a city and one character jieba cut from the brand
            # after it ("深圳|欣|缤纷|时代": the project named with its city)
            # (nor a town's name jieba cut from its level: "新宝|拉格|镇|北环路改造项目", or written without
            # it after its county: "漳浦|六鳌|10万千瓦风电项目"; nor a region of several divisions before a
            # trade: "京津冀|汽车|零部件交易物流中心"; nor a kind of goods with no brand before it:
            # "安宁|现代|食品|新型工业…项目"; nor a common word jieba tags as a name, "某县|青少年|体育训练基地")
            split = None
        if split is not None and ("".join(words[x] for x in range(split, b) if tags[x] not in ("m", "q"))
                                  in r.investment_words or all(tags[x] in ("m", "q") for x in range(split, b))):
            # "…实业有限公司|总投资1.07亿元、年产…的…项目": how much the firm invests, no project's name
            # (the firm's own name is the suffix rule's); so does an amount alone ("玉皇庙|镇|投资|1|亿元、…":
            # what the town invests)
            return []
        if split is None:
            # As for a suffix name, a long one is specific: "共享智能助力单车综合产业基地项目".
            if len(name) >= 3 and (self._specific(words, tags, a, b) or len(name) >= 12):
                return [Candidate(start, end, "PROJECT", rule, prio=3)]
            return []
        if len("".join(words[split:b])) < 2:
            # "宏达新材|料": jieba's known name and one character it cut off are the firm's whole name
            return [Candidate(start, end, "COMPANY", rule, prio=3)]
        mid = offs[split]
        if words[split - 1].endswith(r.site_ends) and not self._zone_word(words[split - 1]) \
                and self._has_quantity(words, tags, split, min(b, split + 2)):
            return [Candidate(start, end, "PROJECT", rule, prio=3)]  # "某某光伏|基地|200兆瓦…项目": its site, no firm
        site = self._site_after_known_firm(words, tags, a, split)
        if site is not None and offs[a] == start:
            # "华能|哈密|十三间房|50万千瓦风电项目": the firm the lexicon knows, then the site it builds at
            return [Candidate(start, offs[site], "COMPANY", f"{rule}:company-head", prio=3),
                    Candidate(offs[site], end, "PROJECT", rule, prio=3)]
        if words[split].startswith(r.institution_heads) or words[split - 1].endswith(r.institution_heads):
            # "四平化工|学院南湖校区", "某某|小学教学楼": a school or a hospital named after its trade or
            # place, no company's; the whole item is its project
            return [Candidate(start, end, "PROJECT", rule, prio=3)]
        if b - split <= 2 and all(tags[x] in ("l", "n", "v", "vn") for x in range(split, b)) \
                and not "".join(words[split:b]).endswith(self._listed_heads + r.industry_ends) \
                and not "".join(words[a:split]).endswith(derivation_spec().legal_suffixes) \
                and not words[split - 1] in r.firm_heads:
            # "蓝山利它|再生资源、…金骏包装等14个项目": the firm's trade alone after its brand names no project
            # apart from the firm; the whole item is the project, named by its firm (but a firm written with
            # 公司, "圣泰公司|铸造材料", is named apart from its trade, as a legal name is)
            return [Candidate(start, end, "PROJECT", rule, prio=3)]
        last = b - 1 if words[b - 1] in r.whole_project_heads else b
        legal = "".join(words[a:split]).endswith(derivation_spec().legal_suffixes)
        works = self._only_works(words, split, last)
        known = legal or self.phrases.get(head, ("",))[0] == "COMPANY"
        # "泰源海工|装备项目", "某某新|业态项目": a head no table knows, before a bare kind of goods,
        # is the project's own name; and "健康科技|城及…": the head's last word and the next
        # character make a town or a park, so the head is the place's name
        bare_kind = not known and split < last and len("".join(words[split:last])) <= 3
        if (self._facility_kind(words, split, b) or self._joined_facility_kind(words, tags, split, b) or works or bare_kind
                or (not known and (head + words[split][:1]).endswith(r.place_like))) and not (works and legal):
            # "兴山通用航空|机场", "长锦成|产业链": a bare facility word left alone names no project;
            # the whole item is the project, named after its place or brand (and "金田木业|搬迁|扩建|
            # 项目": what is done, alone, is the firm's project; but after a legal name, "…有限公司|二期|项目",
            # the firm is named in full, and its project is apart).
            return [Candidate(start, end, "PROJECT", rule, prio=3)]
        where = []
        # (a legal name begins with where the firm is registered: "东莞市|宝宇旅业有限公司|…")
        if split > a + 1 and not lead and self._below_province(words[a]) and (
                self._province(words[a + 1]) or (words[a] in self.gazetteer.places and tags[a] == "ns"
                                                 and not "".join(words[a:split]).endswith(derivation_spec().legal_suffixes))
                or (not legal and self._project_item(words, a, b) and self._site_division_head(words, tags, a, split))):
            # "上蔡县|河南荣光鞋业有限公司|劳保鞋生产项目", "广南县|赛拉弗|1GW…项目": the county the company
            # is in, written in full, then its name
            where = [Candidate(start, offs[a + 1], "PLACE", rule, prio=3)]
            start = offs[a + 1]
        # a park heading the item is where the project lies, no company: "西|黑山|产业园|20公里道路"
        zone = self._zone_word(words[split - 1])
        first = self._after_trim(words, split, b - 1, self._branded(tags, a, split), tags)
        if first + 3 < b and words[first] in _OPEN_BRACKETS and words[first + 2] in _CLOSE_BRACKETS \
                and self._known_place(words[first + 1]) and len("".join(words[first + 3:b])) >= 5:
            # "某某集团|（成都）|食品研发基地": the city the firm works in, between it and its project (but a
            # short kind after it, "某某（银川）|奥特莱斯", is the firm's store there, named whole)
            first += 3
        if split - a >= 2 and words[split - 1] in r.phase_words and not zone:
            # "某某|二期|5万千瓦风电项目": the phase, unbracketed, is the project's, no part of the firm's name
            mid = offs[split - 1]
            first = split - 1 if first == split else first
        owner = Candidate(start, mid, "PLACE" if zone else "COMPANY", f"{rule}:{'zone' if zone else 'company-head'}", prio=3)
        if all(words[x] in r.whole_project_heads for x in range(first, b)):
            return [*where, owner]  # "某某化工有限公司|扩建|项目": what is done alone, trimmed, leaves no name
        return [*where, owner, Candidate(offs[first], end, "PROJECT", rule, prio=3)]

    def _facility_work(self, words, tags, k) -> bool:
        """A stopping verb noun between a field and a facility head: "农业产业|发展|基地建设项目".

        The work the facility does is part of its name, no verb of the clause.
        """
        r = self.rules
        return words[k] in r.project_stop and tags[k] == "vn" and 0 < k < len(words) - 1 \
            and len(words[k - 1]) >= 2 and tags[k - 1] in NOUN_TAGS and words[k - 1] not in r.partner_work_words \
            and words[k + 1].endswith(r.facility + r.work_facilities)

    def _glued_clause(self, word: str) -> bool:
        """A word jieba glued from the clause's verb and what follows or precedes it.

        "确保重点|工程建设项目" (a stopping verb and a word a name never opens with), "隆重举行|…项目"
        (an adverb and an event's verb): the clause, never part of a project's name.
        """
        r = self.rules
        if len(word) < 4:
            return False
        return any(word[:n] in r.project_stop and word[n:] in r.trim for n in (2, 3)) \
            or word[-2:] in r.event_verbs

    def _is_start(self, words, tags, k) -> bool:
        """Whether the word at ``k`` starts a clause or a name: after a mark, a date, a preposition or a joining word."""
        return k == 0 or not words[k - 1][-1].isalnum() or words[k - 1] in self.rules.boundary \
            or tags[k - 1] in ("p", "c", "u", "uj", "t", "m")

    def _facility_kind(self, words, a, b) -> bool:
        """Whether the words from ``a`` to ``b`` are only a facility's kind, with or without a project's head.

        "机场", "产业园|项目": left after a company's head they name no project; the trade before them is the
        facility's ("宏运物流|产业园项目" is one project, as 物流 of 物流产业园).
        """
        r = self.rules
        if b - a == 1:
            return words[a] in r.facility or words[a] in r.generic
        # but a kind before the facility makes it one of a kind ("上海电气|储能电站": 储能 is generic alone)
        last = b - 1 if words[b - 1].endswith(self.project_ends) else b
        return all(words[x] in r.facility for x in range(a, last))

    def _joined_facility_kind(self, words, tags, a, b) -> bool:
        """Whether a facility's kind alone runs from ``a`` to a conjunction before ``b`` that joins a second part
        to it: "众邦研发|中心|和|原料药产品建设项目" (研发 is the centre's kind, no firm's trade)."""
        joint = next((y for y in range(a + 1, b) if words[y] in self.rules.project_joiners and tags[y] == "c"), None)
        return joint is not None and self._facility_kind(words, a, joint)

    def _after_trim(self, words, a, last, brand=False, tags=None) -> int:
        """The first word from ``a`` that is no leading word (新建, 续建) nor the head firm's verb (投资, 参股):
        "百特辉医疗公司|新建|年产…项目",
        nor an amount of money the firm invests ("某某电器公司|5|亿元|风光互补…": how much, no name).

        After a brand's company head, a product keeps its first character ("鑫拓科技|新|材料…").
        """
        if tags is not None and tags[a] == "m":
            y = self._past_amount(words, tags, a, last)
            if a < y <= last and words[y - 1].endswith("元"):
                a = y
        while a < last and (_leading(words, a, last + 1, self.rules) or words[a] in self.rules.head_invest_verbs
                            or words[a] in self.rules.distributive_words) \
                and not (brand and self._glued_product(words, a)):
            a += 1  # ("某某集团公司|投资|某县旅游开发项目": the firm's verb, no part of what it builds)
        return a

    @staticmethod
    def _branded(tags, a, b) -> bool:
        """Whether a company head holds a brand, not only places and a trade (某市|某区|某某湾|化工)."""
        return any(tags[x] in BRAND_TAGS for x in range(a, b))

    def _site_after_known_firm(self, words, tags, a, split) -> int | None:
        """Where the site begins in a project's head that opens with a firm the lexicon knows and a place right
        after it ("华能|哈密|十三间房", "大唐|海西州|格尔木"): the firm is the known name alone, and the division
        and what follows it name the site, part of the project (a head that ends in a firm's suffix is a legal
        name, read as one; a place that is no division, "中信|昆仑", is the firm's brand)."""
        r = self.rules
        if split - a < 2 or self.phrases.get(words[a], ("",))[0] != "COMPANY" \
                or "".join(words[a:split]).endswith(r.company_suffixes) \
                or not (self._named_place(words[a + 1])
                        or (words[a + 1].endswith("州") and self._named_place(words[a + 1][:-1]))):
            return None
        return a + 1

    def _place_and_town(self, words, a, b) -> bool:
        """Whether ``words[a:b]`` are a county or a city, then a town of it without its level (漳浦|六鳌: 六鳌镇
        of 漳浦县), the site a plant's name opens with; a town's name several provinces share is taken after a
        county or a city too, though a province and a brand (福建|龙源) head a firm's project."""
        if b - a != 2:
            return False
        place = self.gazetteer.lookup(words[a])
        if place is None or place.level in ("province", "country"):
            return False
        for level in self.rules.village_towns:
            town = self.gazetteer.lookup(words[a + 1] + level)
            if town is not None and town.level == "town" and (
                    not town.parent or place.name in (town.parent, *self.gazetteer.parent_chain(town.parent))):
                return True
        return False

    def _region_and_trade(self, words, tags, a, b) -> bool:
        """Only places and trade words: "滇南|能源|建材物流产业园…" names the park's field, no firm.

        (A division jieba cuts from its level is a place: "洞头|区|温州|新能源|电池…产业园".)"""
        admin, written = self.rules.admin, self.gazetteer.written

        def cut_division(x: int) -> bool:
            return (x + 1 < b and words[x + 1] in admin and written(words[x] + words[x + 1]) is not None) \
                or (x > a and words[x] in admin and written(words[x - 1] + words[x]) is not None)

        return all(tags[x] == "ns" or self._known_place(words[x]) or _trade(words[x]) or cut_division(x)
                   for x in range(a, b))

    def _glued_product(self, words, a) -> bool:
        """A one-character leading word that makes a product with the next: "科技|新|材料" is 新材料.

        jieba cut the product after a brand's trade word; the product keeps its first character.
        """
        return len(words[a]) == 1 and a + 1 < len(words) and words[a] + words[a + 1] in self.rules.glued_products

    def _leading_zone(self, words, tags, a, b, label="PROJECT") -> int | None:
        """The last token of a named park an item starts with, if a company's name follows it.

        "河北井陉经济开发区|青鼎科技园项目" is a project named after its zone (no company follows).
        Only a name that is a company's for sure splits the item: a trade name, a place and a
        brand, or a known company.
        """
        for z in range(a, min(b - 1, a + 4)):
            if not self._zone_word(words[z]):
                continue
            zone = "".join(words[a:z + 1])
            # (a zone's lead word jieba writes apart: "临港|经济|开发区"; and a small zone's own name, right
            # before its word, which jieba does not know: "某县|赤岭(x)|工业园|某某钢构…")
            # (in a list of firms, that name may open the item: "考察了|锡沂(x)|高新技术产业开发区|华信新材|料、…等企业")
            if zone in self.rules.generic or not all(tags[x] in PLACE_NAME_TAGS or self._known_place(words[x])
                                                     or (x > a and words[x] in self.rules.zone_leads)
                                                     or (x == z - 1 and (x > a or label == "COMPANY") and tags[x] == "x")
                                                     for x in range(a, z)):
                return None
            if z == a and (tags[z] not in PLACE_NAME_TAGS or len(zone) <= 3):
                return None  # a zone's name must be there: 园区 alone is none
            nxt = z + 1
            if label == "COMPANY" and len("".join(words[nxt:b])) >= 2 and self._has_proper(words, tags, range(nxt, b)):
                return z  # "前往|金河工业园|双运工贸、…等工业企业": in a list of firms, the firm after its park
            found = self._suffix_word(words, tags, nxt, b)
            if found is not None and self._has_proper(words, tags, range(nxt, found[0] + 1)):
                return z  # "…工业园|青海西部镁业…": a trade name
            if (tags[nxt] == "ns" or self._known_place(words[nxt])) and nxt + 1 < b - 1 and tags[nxt + 1] in HEAD_TAGS:
                return z  # "…工业园|青海尚品驼奶加工": a registered place and a brand
            head = ""
            for x in range(nxt, min(b - 1, nxt + 4)):
                head += words[x]
                hit = self.phrases.get(head)
                if hit is not None and hit[0] == "COMPANY":
                    return z
            split = self._company_head(words, tags, a, b)
            if split is not None and split > nxt:
                return z  # "格尔木工业园|宏储源|100MW…": the item's company head is no part of its park
            if self._has_proper(words, tags, range(nxt, b)) and not "".join(words[nxt:b]).endswith(self._listed_heads):
                return z  # "落户于某县赤岭工业园|中盛|钢构、…等项目": a brand and its trade, listed with no head of its own
            return None  # "城东物流园区|冷链仓储项目": one project named with its park
        return None

    def _past_branch(self, words, idx: int, b: int) -> int:
        """The branch suffix after a legal name at ``idx`` and the region it is in, or ``idx``: the branch is
        the firm ("…集团有限公司|青海|分公司|2×660MW…"), and its project starts after it."""
        branch = next((y for y in range(idx + 2, min(idx + 4, b)) if words[y] in self.rules.branch_suffixes), None)
        if branch is not None and all(self._known_place(words[y]) for y in range(idx + 1, branch)):
            return branch
        return idx

    def _common_words_before_trade(self, words, tags, a, idx) -> bool:
        """Whether the words before the trade at token ``idx``, past the place opening them, are only common
        ones jieba tags as names ("某县|青少年|航空", "某县|青少年|体育"): no brand (a zone's word, 高新区(nr),
        is where the project is)."""
        if not self._known_place(words[a]):
            return False  # a brand alone may be such a word (美的(nr)|新能源)
        first = a + 1
        return first < idx and all(_common_name_word(words[x], tags[x]) and not self._zone_word(words[x])
                                   for x in range(first, idx))

    def _company_head(self, words, tags, a, b) -> int | None:
        """Token index where the project part begins, if the item starts with a company."""
        r = self.rules
        suffixes = r.company_suffixes
        # "渤海远航沧州新材料科技有限公司|年产5万吨…项目": a legal name inside the item ends its company,
        # whatever its words before (a place, a trade) would say on their own
        legal = derivation_spec().legal_suffixes
        for idx in range(b - 2, a, -1):
            if (words[idx].endswith(legal) or (words[idx - 1] + words[idx]).endswith(legal)) \
                    and len("".join(words[idx + 1:b])) >= 3:
                return self._past_branch(words, idx, b) + 1  # (a legal form jieba cut in two: "有限责任|公司")
            if idx - 2 > a and "".join(words[idx - 2:idx + 1]) in r.company_strong and len("".join(words[idx + 1:b])) >= 3:
                return idx + 1  # "小水村|股份|经济|合作社|冷链仓储中心项目": a cooperative's form in three words
            if words[idx].endswith("公司") and idx > a and len("".join(words[idx + 1:b])) >= 3 \
                    and self._company_body("".join(words[a:idx + 1])[:-2], "公司") \
                    and not any(tags[x] in ("p", "c", "uj") or (tags[x] == "v" and len(words[x]) > 1)
                                for x in range(a, idx)):
                # "鑫达科技|公司|光伏产业园", "美国太平洋航空资源科技|公司|航空产业园": a firm named with 公司
                # alone heads the item as a legal name does
                return idx + 1
        if self._opens_unnamed(words, tags, a, b):
            return None
        # "嘉诺科技|钾产品精深加工": a company suffix with a name before it.
        found = self._suffix_word(words, tags, a, b)
        if found is not None:
            idx, suf = found
            head = "".join(words[a: idx + 1])
            # "桐柏县|年产|300万颗|电子|变压器…": a trade after a capacity is the product's, no company's
            # (the suffix's own word says nothing of a brand when it is the suffix alone: "移动|通信(j)|终端
            # 产品生产…" is mobile communications, a trade, no firm)
            named = range(a, idx + 1) if len(words[idx]) > len(suf) else range(a, idx)
            if len(head) - len(suf) >= 2 and (self._has_proper(words, tags, named)
                                              or (tags[idx] in PROPER_TAGS and len(words[idx]) > len(suf))) \
                    and self._capacity_at(words, tags, a, idx + 1) is None:
                if suf not in r.company_strong and self._trade_facility(words, tags, idx + 1, b):
                    return None  # "浦煜国际物流|汇算中心项目": the trade's facility is the project
                if suf not in r.company_strong and self._trade_site(words, idx + 1, b - 1):
                    return None  # "某县冷链物流|中心|屋顶光伏项目": where the plant is built, no firm
                if words[idx] in r.park_trades and self._trade_park_after(words, tags, idx + 1, b):
                    return None  # "马铺化工|园|基础设施项目": a park named after its trade, no firm
                if suf not in r.company_strong and self._zone_word(words[idx + 1]):
                    # "某某中心商贸|集聚区|…医养结合体": a trade right before a zone's word names the zone,
                    # no firm (as the suffix rule's _trade_head leaves it)
                    return None
                if suf not in r.company_strong and idx > a and len(words[idx - 1]) >= 3 \
                        and words[idx - 1][-1] in r.office_divisions and self._places_only(words, tags, a, idx):
                    return None  # "彭州市|航空|博览孵化园…": a trade after the divisions alone is their field, no firm
                if suf not in r.company_strong and self._common_words_before_trade(words, tags, a, idx):
                    # "西华县|青少年(nr)|航空|科普培训中心…": a common word jieba's dictionary tags as a
                    # person's name, then a trade, after the county: what the centre is for, no firm
                    return None
                if suf not in r.company_strong and any(len(words[x]) >= 2 and words[x].endswith(r.place_like)
                                                       for x in range(a, idx)):
                    # "长丰汽车城|科技|创新平台": a trade word after a town or a park is what is done
                    # there; no firm is named by a place's facility and a bare trade
                    return None
                return self._past_branch(words, idx, b) + 1
        # "中信昆仑|2万吨…", "陕西建工|年产3万吨…": the name before a capacity.
        idx = self._capacity_at(words, tags, a, b)
        if idx is not None:
            idx = self._before_trim(words, a, idx)
            while idx - 1 > a and words[idx - 1] in r.capacity_leads:
                idx -= 1
            if idx - 1 > a and words[idx - 1] in r.distributive_words:
                idx -= 1  # "甲和乙|各|10万吨…": what each of the firms builds, no part of the last one's name
            head = "".join(words[a:idx])
            # "达日县|5万千瓦光伏发电项目", "青山|县|年产…", "红旗|镇|李家|村|存栏…": the divisions before
            # the capacity are where the project is ("官池|镇|5万千瓦风电": a town jieba writes apart from its name)
            places_only = self._places_only(words, tags, a, idx)
            # "金牛煤电|灵活性|改造|消纳|14万千瓦…": a verb after the name says what is done, so the
            # words before the capacity are the project's, no company's (a brand jieba reads as a verb
            # opens the name: 满仓)
            works = any(tags[x] == "v" for x in range(a + 1, idx))
            if places_only and idx > a:
                return None  # the divisions the project is in head it: no company, and no name after them
            if 2 <= idx - a <= 4 and len(words[a]) >= 3 and words[a].endswith(r.local_divisions) \
                    and all(tags[x] in PROPER_TAGS | {"zg", "ng"} and not words[x].endswith(suffixes)
                            for x in range(a + 1, idx)):
                # "水洛镇|何马坪|万亩…基地": a town, then a name jieba does not know: the village or the site
                # the project is at, which a firm's name never opens with
                return None
            placed = self._province_inside(words, tags, a, idx)
            if placed is None:
                placed = self._division_before_capacity(words, tags, a, idx)
            if placed is not None and not works:
                # "葛洲坝|青海|玛多县|花石峡|1000兆瓦…": a province opens no place inside a firm's short name; the
                # firm, then where its project is
                return placed
            if len(head) >= 2 and not places_only and not works \
                    and (self._has_proper(words, tags, range(a, idx)) or head.endswith(suffixes)):
                return idx
        # A known company name at the head: "中船|风电装备制造".
        head = ""
        for idx in range(a, min(b - 1, a + 4)):
            head += words[idx]
            hit = self.phrases.get(head)
            if hit is not None and hit[0] == "COMPANY":
                return idx + 1
        # "比亚迪|碳酸锂中试", "安徽瑞柏|锂电池电解液": a proper name at the head.
        name = "".join(words[a:b])
        if any(name.endswith(x) for x in r.place_like + r.facility):
            return None
        run = a
        # "榆中县|年产|50万片…": a capacity ends the name before it (jieba tags 年产 as an abbreviation)
        while run < b - 1 and (tags[run] in HEAD_TAGS or (run == a and tags[run] == "ns")) \
                and not words[run].startswith("年产"):
            run += 1
        head = "".join(words[a:run])
        if any(len(words[x]) >= 3 and words[x].endswith(r.local_divisions) for x in range(a, run)):
            return None  # "大河乡|高丰村|沙坝|组道路…项目": a village or a town heads the item, where it lies
        if run > a and (self._place_word(words[run - 1]) or self._zone_start("".join(words[run:b]))):
            # "子长县|高柏山|生态文化园建设项目": a project named after its place;
            # "河北鹿泉|经济开发区…": a zone is named after its place, never a company
            return None
        if run > a and self._known_agency(words[run - 1]):
            return None  # "大邑|县委|党校项目": an office's own school or building, no firm's project
        if run == a + 1 and words[run].startswith(r.person_venues) and self._person_name(words[a], tags[a]):
            return None  # "某某某|艺术馆建设项目": a hall named after a person, who builds nothing
        # What follows must still name a project: "高纯锂|镁盐" is two products, not a company and its project.
        if run > a and len(head) >= r.min_head and any(tags[x] != "ns" for x in range(a, run)) \
                and len("".join(words[run:b])) >= 3 and not self._trade_facility(words, tags, run, b):
            return run
        return None

    def _person_name(self, word: str, tag: str) -> bool:
        """Whether a word reads as a person's full name: jieba tags it so, or it is an unknown word of two or
        three characters opening with a common surname."""
        return tag in ("nr", "nrfg", "nrt") or (tag == "x" and 2 <= len(word) <= 3 and word[0] in self.rules.surnames)

    def _counted_label(self, quoted: str) -> bool:
        """A programme's label that counts its parts: “三张牌”, “五大行动” (a numeral, a classifier, a noun)."""
        return 3 <= len(quoted) <= 5 and quoted[0] in _NUMERAL_CHARS and quoted[1] in self.rules.slogan_classifiers

    def _drive_slogan(self, quoted: str) -> bool:
        """A drive's verb and a common noun, quoted (“强产业”, “补链”, “补短板”): what a programme's projects
        are to do, as its slogan says, rather than a brand."""
        rest = quoted[1:]
        return 2 <= len(quoted) <= 4 and quoted[0] in self.rules.quoted_drive_verbs \
            and base_tags().get(rest, "").startswith("n") and base_tags().get(rest) not in PROPER_TAGS

    def _quoted_slogan(self, quoted: str, gap: str) -> bool:
        """Whether a quoted phrase before a facility's head is a campaign's or a slogan's ("“三个一批”产业园项目"),
        or the words after it are a clause's ("“某某”的…"), rather than the facility's brand."""
        return "、" in quoted or quoted in self.rules.generic or bool(_SLOGAN.fullmatch(quoted)) \
            or self._counted_label(quoted) or self._drive_slogan(quoted) \
            or not _CJK.search(quoted) or base_tags().get(quoted) in _QUALITY_TAGS or "的" in gap

    def _quoted(self, text: str) -> list[Candidate]:
        out = []
        if self._quoted_facility_re is not None and "项目" in text:
            # (but “一主一特”产业链项目: the projects of a programme's numbered slogan, as “两重一实”项目 below)
            out += [Candidate(m.start(), m.end(), "PROJECT", "quoted-project", prio=3)
                    for m in self._quoted_facility_re.finditer(text)
                    if not self._quoted_slogan(m.group(1), m.group(2))]
        for m in _QUOTED_PROJECT.finditer(text):
            if "、" in m.group(1) or m.group(1) in self.rules.generic or _SLOGAN.fullmatch(m.group(1)) \
                    or self._counted_label(m.group(1)) \
                    or m.group(1) + m.group(0)[-2:] in self.rules.generic:
                # “延链、补链、强链、建链”工程 is a list of slogans, “两重一实”项目 a programme, and “一把手”工程
                # a phrase for work the chief runs himself
                continue
            if self._drive_slogan(m.group(1)) or (m.start() > 0 and text[m.start() - 1] in _CLOSE_QUOTES):
                # “强产业”项目: a drive's slogan; “增链”“补链”项目: the last of slogans quoted one after another
                continue
            if not _CJK.search(m.group(1)):
                continue  # “5020”项目攻坚行动: a programme's code, in figures, names no project
            if _YEAR_END.search(m.group(1)):
                continue  # “招商2018”项目签约活动: a campaign named by its year, whose projects are signed
            if base_tags().get(m.group(1)) in _QUALITY_TAGS:
                continue  # “特大型”项目, “重大”项目: a size or quality quoted for stress names none
            if _SENTENCE_MARK.search(m.group(1)):
                continue  # “…签约，…支持。”项目负责人说: a quoted remark, and the speaker's title after it
            count = _COUNT.match(text, m.end())
            if count and count.group(1) in self.rules.count_classifiers \
                    and not text.startswith(tuple(self.rules.date_words), count.end()):
                continue  # “湘商回归”项目|19个: a campaign's projects, counted
            before = _COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if before and before.group(2) in self.rules.count_classifiers and before.group(1) not in ("一", "1"):
                continue  # 六个|“回归经济”项目: counted before, as well
            if text.startswith(self.rules.batch_marks, m.end()):
                continue  # “回归经济”项目|集中签约: a campaign's projects, signed or begun together
            if self.rules.batch_re.match(text, m.end()):
                continue  # “立市献礼”工程|第二批|重大项目: a campaign, whose projects come in batches
            if text[:m.start()].endswith(self.rules.zone_scopes_longest):
                continue  # 市级|“消薄”项目: the level's programme, whose projects it funds, no project
            out.append(Candidate(m.start(1), m.end(1), "PROJECT", "quoted-project", prio=3))
        return out

    def _quoted_owners(self, words, tags, offs, cands) -> list[Candidate]:
        """A firm's short name right before the quoted name of its project, after 在 or a clause mark:
        "在某某新材“年产…项目”施工现场", "来到某某“…扩建项目”生产车间". Reports set the project off in
        quotes and write its firm bare before it; a brand jieba does not know (x) or knows as a name (nz, nt)
        is the firm's, a place (城东“…项目”) is where the project is."""
        out = []
        ends = {o + len(w): j for j, (w, o) in enumerate(zip(words, offs))}
        for c in cands:
            q = ends.get(c.start) if c.label == "PROJECT" else None  # the opening quote's word
            if q is None or q < 1 or words[q] not in _OPEN_QUOTES:
                continue
            k = q
            while k > 0 and q - k < 3 and tags[k - 1] in _QUOTED_OWNER_TAGS:
                k -= 1
            if k == q or (k > 0 and tags[k - 1] not in ("p", "w", "v")):
                continue
            brand = "".join(words[k:q])
            if not 2 <= len(brand) <= 8 or self._known_place(brand) or brand in self.rules.generic:
                continue
            out.append(Candidate(offs[k], offs[q], "COMPANY", "quoted-owner"))
        return out

    def _dateline_places(self, text: str) -> list[Candidate]:
        """The division a dateline names ("本报|龙游|2月20日电"), by whatever name the gazetteer knows it."""
        out = []
        for m in self.rules.dateline_place_re.finditer(text):
            if self.gazetteer.written(m.group(1)) is not None:
                out.append(Candidate(m.start(1), m.end(1), "PLACE", "dateline", prio=3))
        return out

    def _kind_of_firms(self, c: Candidate, words, tags, offs) -> bool:
        """Whether a project's name opens with a kind of firm said in ordinary words (实体企业, 行业龙头企业)."""
        a = bisect_left(offs, c.start)
        if a >= len(offs) or offs[a] != c.start:
            return False
        firm = next((x for x in range(a, len(words)) if offs[x] >= c.end or words[x] in self.rules.firm_kind_words), None)
        if firm == a and a > 0 and offs[a - 1] + len(words[a - 1]) == offs[a] and words[a - 1] not in self.rules.boundary \
                and tags[a - 1] in NOUN_TAGS | PROPER_TAGS:
            return False  # "…、吉顺|生物|企业景观提升改造工程": the firms named right before, the item's company split off
        return firm is not None and offs[firm] < c.end \
            and all(tags[x] not in PROPER_TAGS and self._ordinary_word(words[x], tags[x]) for x in range(a, firm))

    def _drop_counted_kinds(self, cands, words, tags, offs) -> list[Candidate]:
        """A body's or a firm's kind alone after a count, a qualifier between at most ("成立|3|个|招商局",
        "2|个|专业|招商局"): so many bodies of that kind, none named (a known firm's short name among them,
        招商局, is the kind there too)."""
        if not any(c.label in ("AGENCY", "COMPANY") for c in cands):
            return cands
        index = {o: x for x, o in enumerate(offs)}
        classifiers = self.rules.count_classifiers

        def counted(c: Candidate) -> bool:
            x = index.get(c.start)
            if x is None or x < 2 or c.label not in ("AGENCY", "COMPANY"):
                return False
            y = x - 1
            if tags[y] in ("n", "a", "b", "s") and len(words[y]) <= 2 and not self._known_place(words[y]):
                y -= 1  # (a qualifier: 专业, 新, 国内)
            if y >= 2 and tags[y - 1] == "m" and words[y - 2] == "等" \
                    and (words[y] in classifiers or words[y] in self.rules.body_count_classifiers or tags[y] == "q"):
                return True  # "某研究所等|2|所|国内|高端科研院所": the kind of a list 等 closes, whatever its words
            if c.end != offs[x] + len(words[x]):
                return False
            if words[y] in classifiers and tags[y - 1] == "m":
                return True
            return tags[y] == "m" and words[y][-1:] in classifiers and len(words[y]) >= 2

        return [c for c in cands if not counted(c)]

    def _after_closed_count(self, words, tags, a) -> bool:
        """Whether a list's count closed by 等 comes before word ``a`` in its item ("…研究所|等|2|所|国内|…")."""
        x = a - 1
        while x >= 1 and words[x] not in _LIST_MARKS:
            if tags[x] == "m" and words[x - 1] == "等":
                return True
            x -= 1
        return False

    def _after_list_count(self, text: str, start: int) -> int:
        """Where a count of a list's items before ``start`` begins ("等|一批|…", "等|5个|…"), else ``start``."""
        m = _COUNT_BEFORE_HEAD.search(text, max(0, start - 6), start)
        if m is not None and m.group(1) in self.rules.count_classifiers:
            return m.start()
        return start

    def _coded_programme(self, name: str) -> bool:
        """Whether ``name`` is a field word and a number before 工程 or 项目 (党建115工程, 民生100工程)."""
        m = _CODED_PROGRAMME.fullmatch(name)
        return m is not None and (not m.group(1) or (m.group(1) in base_tags() and not self._known_place(m.group(1))))

    def _declared_short_names(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """The short name a text declares in brackets for the name right before them is of that name's type:
        "某某矿业股份有限公司（以下简称“某矿业”）", "某省交通运输厅（简称省交通厅）" (after a bracket of the
        name's own too: "中国（某省）自由贸易试验区某片区（某经开区）（以下简称“某片区”）")."""
        out = []
        for m in self._declared_re.finditer(text):
            end = m.start()
            if text[end - 1:end] in ("）", ")"):
                opened = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
                if opened > 0 and end - opened <= 20:
                    end = opened
            owners = [c for c in cands if c.end == end and c.label in ("COMPANY", "AGENCY", "PROJECT", "PLACE")]
            if not owners:
                continue
            if m.group(1) in self.rules.generic:
                continue  # "三家农村商业银行股份有限公司（下称“农商行”）": a kind of firm, for all of them
            owner = max(owners, key=lambda c: (c.prio, c.end - c.start, -c.start))
            out.append(Candidate(m.start(1), m.end(1), owner.label, "declared-short-name", prio=3))
        return out

    def _listed_codes(self, text, words, tags, offs) -> list[Candidate]:
        """A name right before a stock code in brackets is a listed firm's: "新世界發展（0017）", "某某電機(2249-TW)",
        "某某股份（600519.SH）", from the clause's mark or its last function word to the bracket."""
        out = []
        ends = None
        for m in _STOCK_CODE.finditer(text):
            code = m.group(1)
            if len(code) == 4 and code.isdigit() and 1900 <= int(code) <= 2100:
                continue  # （2021）: a year, as a plan's or an edition's
            if ends is None:
                ends = {o + len(w): x for x, (w, o) in enumerate(zip(words, offs))}
            x = ends.get(m.start())
            if x is None:
                continue
            first = x
            while first >= 0 and x - first < 4 and tags[first] not in STOP_TAGS and tags[first] != "m" \
                    and (tags[first] != "v" or self._verb_in_listed_name(words, tags, offs, first, x, m.start())) \
                    and words[first] not in self._lead_words:
                first -= 1
            if first == x or (first >= 0 and x - first >= 4):
                continue  # no word of a name, or no mark of where it starts
            first += 1
            name = text[offs[first]:m.start()]
            if len(name) < 2 or name in self.rules.generic or self.phrases.get(name, ("",))[0] in ("PLACE", "AGENCY") \
                    or not any(_name_like(words[y], tags[y]) for y in range(first, x + 1)):
                continue
            out.append(Candidate(offs[first], m.start(), "COMPANY", "listed-code"))
        return out

    def _verb_in_listed_name(self, words, tags, offs, y, x, end) -> bool:
        """Whether the verb at word ``y`` is part of a listed firm's short name that ends at word ``x``.

        A short name is of four characters at most, and jieba reads some of its words as verbs: its last
        character ("天力锂|能(301152)") or its first word right after a mark ("丨|远航|精密(833914)"). A verb
        anywhere else, or one that would make the name longer, is the clause's ("收购|宁德时代(300750)").
        """
        if end - offs[y] > 4:
            return False
        if y == x:
            return len(words[y]) == 1 and y > 0 and tags[y - 1] not in STOP_TAGS and tags[y - 1] != "v"
        return y == 0 or tags[y - 1] in STOP_TAGS or words[y - 1] in self._lead_words

    def _sited_verb_at(self, words, tags, a) -> bool:
        """Whether word ``a`` is a place right after a word of where ("在|汉寿|投资"), then a verb of building or
        investing: the place the work is done in, and the verb."""
        return self._sited(words, tags, a, a + 1) and (
            tags[a] == "ns" or self._known_place(words[a]) or words[a] in self.listed_aliases)

    def _sited(self, words, tags, x, y) -> bool:
        """Whether word ``x`` (ending before word ``y``) is where something is done: "在|三明|投资", "在|南靖|投建"."""
        r = self.rules
        if not 0 < x < y <= len(words):
            return False
        if y == len(words) or tags[y] in ("w", "_SP"):
            return words[x - 1] in r.settle_verbs  # "签约落户|龙游。": the clause ends at the place settled in
        if words[x - 1] in r.site_partners:
            return words[y].startswith(tuple(r.signing_verbs))  # "与|龙游|签订协议": the county signs
        return words[x - 1] in r.site_preps and words[y] in r.site_verbs

    def _sited_aliases(self, words, tags, offs) -> list[Candidate]:
        """A county's or a city's short alias jieba reads as a name or a word, where something is done there.

        "盛兴集团在|南靖|投建的…项目", "在|武平|投建": the division, which alone jieba's tag leaves out
        (a given name, 武平; a time word, 南靖).
        """
        preps = self._site_words
        if preps.isdisjoint(words):
            return []
        return [Candidate(offs[x], offs[x] + len(words[x]), "PLACE", "sited-alias")
                for x in range(1, len(words) - 1)
                if words[x - 1] in preps and words[x] in self.listed_aliases and not self._known_place(words[x])
                and self._sited(words, tags, x, x + 1)]

    def _listed_aliases(self, words, tags, offs) -> list[Candidate]:
        """A division's short alias jieba reads as a word (仙桃, 白银, 田东), in a list with a known place.

        "在孝感、随州、仙桃等地", "田东、德保、靖西等县", "北京昌平、大兴和天津": a place
        among the items says they are places, as the alias alone does not.
        """
        marks = self.rules.list_marks
        if marks.isdisjoint(words):
            return []  # no list
        out = []
        n = len(words)
        # A list's items are the words on each side of a mark: the scan goes from one item before a
        # mark to the next (a word with no mark after it is a list of one, which names nothing).
        openers = [x - 1 for x in range(1, n - 1) if words[x] in marks]
        j = 0
        for start in openers:
            if start < j:
                continue  # (an item of the list before)
            run = [start]
            while run[-1] + 2 < n and words[run[-1] + 1] in marks:
                run.append(run[-1] + 2)
            j = run[-1] + 1
            if len(run) < 2 or not any(self._listed_place(words[x]) for x in run):
                continue
            first, last = run[0], run[-1]
            if first > 0 and tags[first - 1] not in ("w", "_SP", "p", "v", "ns"):
                run = run[1:]  # the first item may end a longer name: 市|田东
            if last + 1 < n and tags[last + 1] not in ("w", "_SP") and not words[last + 1].startswith("等"):
                run = run[:-1]  # nor the last begin one: 大兴|机场
            out += [Candidate(offs[x], offs[x] + len(words[x]), "PLACE", "listed-alias") for x in run
                    if words[x] in self.listed_aliases and not self._known_place(words[x])]
        return out

    def _places_in_countries(self, words, tags, offs, cands) -> list[Candidate]:
        """A name jieba does not know, right after a foreign country where something happens: a place in it.

        "在|荷兰|埃因霍温|降下帷幕", "在|南非|伯诺尼|举行": no suffix says the town is a place, and
        the tagger keeps the country alone; the word before the country says it is where, and a verb
        or a mark after the name that the name ends there.
        """
        r = self.rules
        if r.locative_words.isdisjoint(words):
            return []
        out = []
        for k in [x + 1 for x, w in enumerate(words[:-2]) if w in r.locative_words]:
            if words[k] == r.home_country:
                continue
            hit = self.phrases.get(words[k])
            if hit is None or hit[1] != "gazetteer-country":
                continue
            x = k + 1
            name, tag = words[x], tags[x]
            if len(name) < 2 or tag not in ("nr", "nrt", "nrfg", "nz", "x", "ns") or self._known_place(name) \
                    or (name in base_tags() and tag not in ("nrt", "ns", "nz")):
                continue
            if x + 1 < len(words) and not (tags[x + 1].startswith("v") or tags[x + 1] in ("w", "_SP")):
                continue
            start, end = offs[x], offs[x] + len(name)
            if any(c.start < end and start < c.end for c in cands):
                continue
            out.append(Candidate(start, end, "PLACE", "place-in-country"))
        return out

    def _divisions_after_parents(self, words, tags, offs) -> list[Candidate]:
        """A division's short alias jieba reads as a word (怀柔, 安义), right after a division above it.

        "北京|怀柔", "江西|安义": the province or city before it vouches for the alias as
        the division in it, as the alias alone does not. Only where the clause goes on after it
        (a verb, a preposition, a mark): "山西省|大同|铁路运输法院" is a court, "申扎|东南" a direction.
        """
        if self.listed_aliases.isdisjoint(words):
            return []
        gaz = self.gazetteer
        out = []
        n = len(words)
        for k in [y - 1 for y in range(1, n) if words[y] in self.listed_aliases]:
            w = words[k + 1]
            if self._known_place(w) or offs[k] + len(words[k]) != offs[k + 1]:
                continue
            if k + 2 < n and not tags[k + 2].startswith(("v", "p", "c", "w", "u", "d", "_SP")):
                continue
            parent = gaz.written(words[k]) if self._known_place(words[k]) else None
            if parent is None:
                continue
            fulls = gaz.ambiguous.get(w) or (gaz.aliases[w],)
            if any(parent.name in gaz.parent_chain(full) for full in fulls):
                out.append(Candidate(offs[k + 1], offs[k + 1] + len(w), "PLACE", "under-parent"))
        return out

    def _listed_place(self, word: str) -> bool:
        return self._known_place(word) or word in self.division_names

    def _paired_short_names(self, text, words, offs, cands) -> list[Candidate]:
        """Short names of countries or provinces side by side, each a place: 中美|两国, 以巴|和谈, 中、俄、哈|三国.

        jieba cuts such a pair as it likes (印|巴, 中希 one unknown word, 粤港 a place ending in 港),
        and the tagger keeps at most the names it knows. What follows says they are places side by
        side, not a word of their own (美德); a pair that is itself a place's name (中亚, 中非) stays
        that place, and one that begins a body's or a project's name is that name's.
        """
        r = self.rules
        if self._pair_re.search(text) is None:
            return []  # (two short names before a pair word: most sentences have none)
        known, paired = r.one_character_places, r.paired_short_names
        ends = {o + len(w) for o, w in zip(offs, words)}
        n = len(text)
        out: list[Candidate] = []
        for p in offs:
            items, i, listed = [], p, False
            while i < n and (text[i] in known or text[i] in paired) and len(items) < 6:
                items.append(i)
                i += 1
                if i + 1 < n and text[i] == "、" and (text[i + 1] in known or text[i + 1] in paired):
                    i, listed = i + 1, True
            if len(items) < 2 or not any(text[x] in known for x in items) or not text.startswith(r.pair_words, i):
                continue
            # jieba glues the list's last name to what follows (阿等国); a pair it must cut whole
            if not listed and (i not in ends or len(items) > 3 or self._known_place(text[p:i])):
                continue
            if any(c.label != "PLACE" and c.start < i and p < c.end for c in cands):
                continue
            out += [Candidate(x, x + 1, "PLACE", "short-names", prio=2) for x in items]
        return out

    def _lone_short_names(self, text, words, offs, cands) -> list[Candidate]:
        """A country's or city's one-character name standing alone: 来华, 赴|美, 在|华|期间, 中|方, 美方.

        After going to or being in it (travel_words), or before its side (side_words), the
        character is the place, where it ends a word of its own: 赴|美的 (Midea), 在|日常 and
        对方 are no places.
        """
        r = self.rules
        if not (self._lone_context_re.search(text) or any(ch in r.travel_places for ch in text[:self._travel_len])):
            # No short name after a travel word or before a side word, and none of the travel places in
            # the first characters (where i - len(t) < 0, the test below reads the end of the text)
            return []
        found = list(self._lone_re.finditer(text))
        if not found:
            return []
        word_end = {o: o + len(w) for o, w in zip(offs, words)}
        starts, ends = word_end.keys(), set(word_end.values())
        taken = [(c.start, c.end) for c in cands]
        out: list[Candidate] = []
        for m in found:
            i, ch = m.start(), m.group(0)
            place = None
            if ch in r.travel_places:
                lead = next((t for t in self._travel_words if i >= len(t) and text.startswith(t, i - len(t))), "")
                w0 = i - len(lead)
                if lead and (i + 1 in ends and (w0 in starts or i in starts)
                             or (w0 in starts and word_end[w0] > i + 1
                                 and text[i + 1:word_end[w0]] in base_tags())):
                    # (jieba glues the verb, the name and a word after it: 来华访问, 驻华使馆)
                    place = i
            if place is None and ch in r.one_character_places and ch not in r.paired_short_names \
                    and i in starts and any(i + 1 + len(s) in ends for s in r.side_words if text.startswith(s, i + 1)):
                place = i
            if place is not None and not any(s < place + 1 and place < e for s, e in taken):
                out.append(Candidate(place, place + 1, "PLACE", "short-name", prio=2))
        return out

    def _country_armies(self, text, words, offs) -> list[Candidate]:
        """A state's armed forces named by its one-character short name (美军, 日军, 美海军; 苏|军 as two words):
        an organ of that state, as its army named by the country's full name is (美国陆军). Inside a work's
        title (《某军总部》, a game's) it is a part of the title's name."""
        r = self.rules
        out: list[Candidate] = []
        for i, w in enumerate(words):
            if w[:1] not in self._army_states or text.rfind("《", 0, offs[i]) > text.rfind("》", 0, offs[i]):
                continue
            if len(w) > 1 and w[1:] in r.army_suffixes:
                x = i + 1
            elif len(w) == 1 and i + 1 < len(words) and words[i + 1] in r.army_suffixes \
                    and offs[i] + 1 == offs[i + 1]:
                x = i + 2
            else:
                continue
            if x < len(words) and words[x] in r.army_unit_words and offs[x - 1] + len(words[x - 1]) == offs[x]:
                x += 1  # "美军|部队": its troops
            # "美军|太平洋|舰队": a command of it, named by where it serves, is one body with it
            y = next((y for y in range(x, min(len(words), x + 3)) if words[y].endswith(r.army_command_ends)), None)
            if y is not None and all(offs[z - 1] + len(words[z - 1]) == offs[z] and all(map(is_cjk, words[z]))
                                     for z in range(x, y + 1)):
                x = y + 1
            out.append(Candidate(offs[i], offs[x - 1] + len(words[x - 1]), "AGENCY", "country-army", prio=2))
        return out

    def _home_refs(self, text, offs) -> list[tuple[int, int, str]]:
        found = list(self.home_re.finditer(text))
        if not found:
            return []  # (most sentences: no word starts need be known)
        starts = set(offs)
        out = []
        for m in found:
            if m.start() in starts:
                w = m.group(0)
                if w in self.rules.project_refs or w in self.rules.company_refs:
                    # a whole word too at its end: 该|项目部 is the project's site office
                    if m.end() in starts or m.end() == len(text):
                        out.append((m.start(), m.end(), PROJECT_REF if w in self.rules.project_refs else COMPANY_REF))
                    continue
                kind = "HOME_CITY" if w in self.rules.home_city else \
                    "HOME_COUNTY" if w in self.rules.home_county else "HOME_PREFECTURE"
                out.append((m.start(), m.end(), kind))
        return out


_LATIN = re.compile(r"[A-Za-z]")
_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十百]+")


def _with_glosses(words, tags, offs) -> tuple[list[str], list[str], list[int]]:
    """Words with a Latin gloss in brackets read into the word before it: "液化天然气|(LNG)|加气站".

    Project and plant names carry their abbreviation (LNG, CNG, EPC, PPP) in brackets, which
    would otherwise end the name at the bracket, and a list of such names at its item.
    """
    if _OPEN_BRACKETS.isdisjoint(words):
        return words, tags, offs
    if not any(words[x] in _OPEN_BRACKETS and words[x + 2] in _CLOSE_BRACKETS and _GLOSS.fullmatch(words[x + 1])
               for x in range(1, len(words) - 2)):
        # (most brackets hold no gloss: a reporter's name, a place's level)
        return list(words), list(tags), list(offs)
    out_w, out_t, out_o = [], [], []
    x, n = 0, len(words)
    while x < n:
        w = words[x]
        if x + 3 < n and words[x + 1] in _OPEN_BRACKETS and words[x + 3] in _CLOSE_BRACKETS \
                and _GLOSS.fullmatch(words[x + 2]) and "\u4e00" <= w[-1] <= "\u9fff" \
                and all(offs[y] + len(words[y]) == offs[y + 1] for y in range(x, x + 3)):
            out_w.append("".join(words[x:x + 4]))
            out_t.append(tags[x])
            out_o.append(offs[x])
            x += 4
            continue
        out_w.append(w)
        out_t.append(tags[x])
        out_o.append(offs[x])
        x += 1
    return out_w, out_t, out_o


_OPEN_BRACKETS, _CLOSE_BRACKETS = frozenset("(（"), frozenset(")）")
# What may end the count before a date's day: digits, numerals, and the words of which day (每日, 次日)
_DAY_COUNTS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十廿卅百千零〇两几每当次今昨明翌前后某同")
_ELLIPSES = frozenset(("…", "……", "...", "⋯"))
# Parts of speech of the ordinary words a brand may be made of (信义, 台|玻): nouns, classifiers, adjectives,
# the bound characters jieba leaves of an unknown name (知巢|鸟, g and zg), and directions (西部（银川）…).
_BRAND_TAGS = frozenset({"n", "nz", "ng", "j", "q", "a", "b", "nr", "nrt", "nrfg", "x", "g", "zg", "f"})
# The rules that read a project's name from its words (not from a table or quotes)
_LISTED_OR_SUFFIX = ("suffix:", "status-clause", "enumeration", "project-list")
# A count right before a list's head: a numeral or 一/一大, then its classifier ("等|一批|…", "等|12个|…")
_COUNT_BEFORE_HEAD = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+|一大)([^\W\d_])$")
# A programme's code: at most a word of a field, then a number, then its head ("党建115工程")
_CODED_PROGRAMME = re.compile(r"([\u4e00-\u9fff]{0,3}?)([0-9]{2,4})(工程|项目)")
# Asked of every sentence before the code test: one search in C, not a step per character
_ASCII_DIGIT = re.compile(r"[0-9]")
# (a character str.isspace holds for: re's \s is the same test)
_SPACE = re.compile(r"\s")
# A town's name (two to four characters, ending in 镇 or 乡), a brand, then a city in brackets: the legal
# name of a firm, with where it is before it.
_TOWN_THEN_BRACKETED_FIRM = re.compile(r"(.{1,3}[镇乡])[^（(镇乡]{2,}[(（]([^)）]{2,6})[)）]")
# The tags of a product's kinds, one either side of a slash inside a project's name.
_SLASHED_NOUN_TAGS = frozenset({"n", "vn", "nz", "x", "eng"})
# A product's model: Latin letters and digits together, as "D25", "K3-200" or "5G" are.
_MODEL_CODE = re.compile(r"(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9][A-Za-z0-9-]*")
# A national, provincial or county road's number (G346, S215, X031), which begins its project's name.
_ROAD_CODE = re.compile(r"[GSXY][0-9]{1,4}")
# A day, or a month or a year ("石门县10月份|6个项目集中开工": the county's projects of the month)
_DATE_END = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+(?:[日号]|月份?|年度?|季度?)|[上下]半年)$")
_GLOSS = re.compile(r"[A-Z][A-Za-z0-9]{1,7}")


def _known_places_before_words(cands, offs):
    """Each gazetteer place that ends where a word starts, with that word's index."""
    index = {o: x for x, o in enumerate(offs)}
    for c in cands:
        if c.label == "PLACE" and c.rule.startswith("gazetteer") and (x := index.get(c.end)) is not None:
            yield c, x


def _misread_product(word: str, tag: str) -> bool:
    """Whether jieba read a product's word as a count or left it Latin (零部件(mq), pack(eng)): with no
    figure in it, it counts nothing."""
    return tag in ("mq", "eng") and not any(ch.isdigit() for ch in word)


_OPEN_QUOTES = frozenset("“‘\"「『")
# jieba's tags of a brand it does not know (x) or knows as a name (nz, nt): a firm's, before its quoted project
_QUOTED_OWNER_TAGS = frozenset({"x", "nz", "nt"})
_CLOSE_QUOTES = frozenset("”’\"」』")


def quoted_nickname(text: str, start: int, end: int, rules) -> bool:
    """Whether a name is the whole of a quoted nickname: "拥有“昆仑第一城”之称", "素有“塞上江南”美誉"."""
    return 0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES \
        and text.startswith(rules.nickname_words, end + 1)


def bearing(text: str, start: int, end: int, rules) -> bool:
    """Whether a place is a bearing before a word of bordering or distance ("东北|与麻城市接壤"), no region."""
    if text[start:end] not in rules.bearings:
        return False
    return text.startswith(rules.bearing_after, end) \
        or (text.startswith(("与", "同"), end) and derivation_spec().neighbour_re.match(text, end + 1) is not None)


def quoted_goal(text: str, start: int, end: int, rules) -> bool:
    """Whether a name is inside a quoted list of goals: "打造“历史名城、新型工业新区、宜居城市”的发展定位"."""
    if "、" not in text or not rules.goal_words:
        return False
    close = next((x for x in range(end, min(len(text), end + 40)) if text[x] in _CLOSE_QUOTES or text[x] in _OPEN_QUOTES),
                 None)
    opened = next((x for x in range(start - 1, max(-1, start - 41), -1)
                   if text[x] in _OPEN_QUOTES or text[x] in _CLOSE_QUOTES), None)
    if close is None or opened is None or text[close] not in _CLOSE_QUOTES or text[opened] not in _OPEN_QUOTES:
        return False
    return "、" in text[opened:close] and text.startswith("的", close + 1) \
        and text.startswith(rules.goal_words, close + 2)


def qualifies_noun(text: str, start: int, end: int, rules) -> bool:
    """Whether a place's name that is also a qualifier (临港, "port-side") qualifies the noun after it here:
    "临港|集疏运中心" names no place, "…以及临港、海港" does."""
    if text[start:end] not in rules.qualifier_places or end >= len(text):
        return False
    nxt = text[end]
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in rules.qualifier_place_followers


def _common_name_word(word: str, tag: str) -> bool:
    """A word of jieba's dictionary that it tags as a person's name and counts often: an ordinary word
    (青少年, 智慧, 卫星), which no person's name in news is; names are new words to it (李明 is none)."""
    return tag.startswith("nr") and word in common_name_words(_COMMON_NAME_COUNT)


# How often jieba's dictionary counts a word it tags nr for the word to be an ordinary one (科普: 297).
_COMMON_NAME_COUNT = 200
# How often jieba's dictionary counts a word it tags t for the word to be the time it looks like
# (往年: 624, 今年: 9959; the brands 星月 and 中天: 100 and 113).
_COMMON_TIME_COUNT = 500


def _firm_categories(name: str, rules) -> bool:
    """Whether ``name`` is nothing but categories of firms, after a scope: "国内外|独角兽|专精特新|小巨人".

    >>> from kg.spec import entity_rule_spec
    >>> _firm_categories("国内外独角兽专精特新小巨人", entity_rule_spec()), _firm_categories("独角兽科技", entity_rule_spec())
    (True, False)
    """
    at = next((len(s) for s in rules.firm_category_scopes if name.startswith(s)), 0)
    if at == len(name):
        return False
    while at < len(name):
        cat = next((c for c in rules.firm_categories if name.startswith(c, at)), None)
        if cat is None:
            return False
        at += len(cat)
    return True


@lru_cache(maxsize=4)
def _ranking_openers(rules) -> frozenset[str]:
    """The first characters a ranking of firms may start with after its place: a subject's, a word's, a numeral."""
    return frozenset(w[0] for w in (*rules.ranking_subjects, *rules.ranking_words) if w) | frozenset("一二两三四五六七八九十百千")


def _ranked_run(text: str, at: int, rules) -> int | None:
    """Where the ranking written from ``at`` ends, after what it ranks and before any word for it
    ("民营企业|500强", "百强"), or None where none is written there."""
    at = next((at + len(s) for s in rules.ranking_subjects if text.startswith(s, at)), at)
    word = next((w for w in rules.ranking_words if text.startswith(w, at)), None)
    if word is not None:
        return at + len(word)
    run = at
    while run < len(text) and (text[run].isdigit() or _NUMERAL.fullmatch(text[run])):
        run += 1
    return run + 1 if run > at and text[run:run + 1] in rules.ranking_ends else None


def ranking_end(text: str, at: int, rules) -> int | None:
    """Where a ranking of firms written from ``at`` ends, with its scope and the word for what it ranks
    ("中国500强企业", "世界500强", "全国民营企业百强"), or None where none is written there.

    >>> from kg.spec import entity_rule_spec
    >>> t = "与中国500强企业水发集团签约"
    >>> t[ranking_end(t, 1, entity_rule_spec()):]
    '水发集团签约'
    """
    scope = next((at + len(s) for s in rules.ranking_scopes if text.startswith(s, at)), at)
    end = _ranked_run(text, scope, rules)
    if end is None:
        return None
    return next((end + len(k) for k in rules.ranking_kinds if text.startswith(k, end)), end)


def ranking_scope(text: str, end: int, rules) -> bool:
    """Whether a place ending at ``end`` opens a ranking of firms ("中国|500强", "中国|民营企业|500强",
    "全国|百强"): the ranking's scope, no place the clause names."""
    if end >= len(text) or not rules.ranking_ends or not (text[end] in _ranking_openers(rules) or text[end].isdigit()):
        return False  # (most places: no ranking after them)
    after = _ranked_run(text, end, rules)
    # (a ranking of divisions is the place's own: "跻身辽宁省|十强县")
    return after is not None and text[after:after + 1] not in rules.division_nouns


def _sized(word: str, tag: str, magnitudes: frozenset[str] = frozenset()) -> bool:
    """An amount of money as one word (百亿元, 5000万元; a headline's 亿 with no 元): right before 项目 it sizes
    a class of projects."""
    return tag == "m" and (word.endswith("元") or word in magnitudes)


def _title_before(text: str, i: int, titles: tuple[str, ...], levels: frozenset[str]) -> bool:
    """Whether a person's title ends at ``i``: 书记, 县委书记; a level's head (市长, 镇长: its first character is
    one of ``levels``) only where no name runs into it (芜湖|市|长江路, 唐古拉山|镇|长江源村 hold no head)."""
    title = next((t for t in titles if text.startswith(t, i - len(t))), None)
    if title is None:
        return False
    start = i - len(title)
    return title[0] not in levels or start == 0 or not is_cjk(text[start - 1]) or text[start - 1] in "副委"


def _leading(words, a: int, b: int, r) -> bool:
    """Whether ``words[a]`` is a leading word cut from a name ending before ``b`` (新建, 重点), but not a
    character that opens a trade with the word after it ("新|材料|国际产业园": the trade 新材料), nor one that
    opens a brand whose second character jieba left alone ("的|新|禾|农业智能温室项目": the brand 新禾, no new
    禾农业 project)."""
    return words[a] in r.trim and not (len(words[a]) == 1 and a + 1 < b and _trade(words[a] + words[a + 1])) \
        and not (words[a] in r.brand_openers and a + 2 < b and len(words[a + 1]) == 1)


def is_trade(word: str) -> bool:
    """A trade word alone (食品, 科技, 钴业): derivations.yaml's trade words."""
    return _trade(word)


def _trade(word: str) -> bool:
    """A trade word alone (食品, 科技, 钴业): derivations.yaml's trade words."""
    spec = derivation_spec()
    return word in spec.trade_words or (len(word) == 2 and word.endswith(spec.trade_endings)
                                        and word not in spec.not_trades)


def ends_like_no_office(name: str, ends: tuple[str, ...]) -> bool:
    """``name`` ends in one of ``ends``, words that end like an office and name none (总部, 贵宾厅, 全局),
    and the end is no part of an office's own word (安全局, see :func:`ends_in_organisation_word`)."""
    end = next((x for x in ends if name.endswith(x)), None) if name.endswith(ends) else None
    return end is not None and not ends_in_organisation_word(name, len(end))


def ends_in_organisation_word(name: str, tail: int) -> bool:
    """``name`` ends in an office's word, longer than its last ``tail`` characters.

    An ordinary word at the end of a name (全局 "the whole situation", 全部) may be the end of an
    office's own word: 国家|安全局, 国家|安全部. The office's word is one jieba's dictionary holds as
    an organisation and that is a word and its last character (安全|局); the dictionary also
    tags 新格局 as one, but 新格 is no word.

    >>> [ends_in_organisation_word(n, 2) for n in ("北京市国家安全局", "全局", "发展新格局")]
    [True, False, False]
    """
    tags = base_tags()
    return any(tags.get(name[i:]) == "nt" and name[i:-1] in tags for i in range(len(name) - tail))


def _phrase_word(word: str, tag: str) -> bool:
    """A word jieba's dictionary tags as a proper noun that is two ordinary words ending in a verb.

    科技|推广, 广告|宣传, 金属|加工: a phrase the dictionary keeps whole, naming an activity, not a brand.
    """
    if tag != "nz" or len(word) < 4:
        return False
    known = base_tags()
    return any(known.get(word[:i]) in NOUN_TAGS and known.get(word[i:]) in ("v", "vn") for i in range(2, len(word) - 1))


_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万")


def _numbered_parts(words, x) -> bool:
    """Whether the 、 at ``x`` lists the numbers of one project's parts ("单晶|一|、|二期", "三|、|四号|机组"):
    a lone numeral before it, and after it a numeral with the part's word."""
    if not 0 < x < len(words) - 1 or words[x - 1] not in _NUMERAL_CHARS:
        return False
    after = words[x + 1]
    return after[:1] in _NUMERAL_CHARS and after[1:].startswith(("期", "号", "标段"))


def _two_character_brand(words, tags, offs, k) -> bool:
    """Whether the one-character words at ``k - 1`` and ``k`` make a brand jieba cut apart: two bound
    characters (宸|煜, g or zg), or a numeral and a character (一|正, 三|和) of no clause's part."""
    if k < 1 or len(words[k]) != 1 or len(words[k - 1]) != 1 or offs[k - 1] + 1 != offs[k]:
        return False
    if tags[k] in ("g", "zg") and tags[k - 1] in ("g", "zg", "x"):
        return True
    return tags[k - 1] == "m" and words[k - 1] in _NUMERAL_CHARS and tags[k] in ("d", "a", "n", "ng", "g", "zg", "x") \
        and (k < 2 or tags[k - 2] != "m")


def _name_like(word: str, tag: str) -> bool:
    """A word that can be a brand: a proper noun, an unknown word, or Latin letters (ABB, 3M)."""
    return tag in PROPER_TAGS or bool(_LATIN.search(word))


# A programme named by numbered slogans: 两重一实, 一带一路, 四好农村路, 三个一批, 六稳六保, a
# number of aims in two characters: 六新 (new infrastructure, technology… projects), 四化, 三变, and a
# campaign that counts the firms it brings or moves: 千企引进, 百企进园, 万企上云; 双 counts two as 两 does
# (双招双引, 双碳).
_SLOGAN = re.compile(r"(?=.{0,6}$)(?:.*[一二两双三四五六七八九十百千万亿].*){2,}|[一二两三四五六七八九十]好.{0,4}"
                     r"|[一二两双三四五六七八九十].|[百千万]企.{1,4}")
_FIGURES = "[0-9一二两三四五六七八九十百千]+"
# A side of a park or a town ("（北区）", "东片"), which no bracket of a place is.
_SIDE_PART = re.compile(r"[东南西北中]{1,2}[区片]")
_COUNT = re.compile(rf"{_FIGURES}(.)")
# A plan's layout written as a count: one centre, then many of a kind (一核多片区, 一城多园, 一主多副).
_PLAN_SLOGAN = re.compile(r"[一二两三四五六七八九十][^一二两三四五六七八九十多]{1,2}多")
_COUNT_BEFORE = re.compile(rf"({_FIGURES})(.)$")
# Marks that end a clause: a name holds none, a quoted remark does.
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")
_CJK = re.compile("[\u4e00-\u9fff]")
# A stock code in brackets right after a listed firm's name: Hong Kong's (0017, 00700), Taiwan's (2249-TW) and
# the mainland's (600519.SH, 300750)
# A distance in li written in Chinese numerals, which opens many places' names: 十里, 二十里, 四十五里
_LI_DISTANCE = re.compile(r"[一二三四五六七八九十]{1,3}里")
_STOCK_CODE = re.compile(r"[（(]((?:0\d{3,4}|[1-9]\d{3})(?:[.-](?:HK|TW|TWO))?|[0368]\d{5}(?:\.(?:SH|SZ|BJ))?)[)）]")
# A short label in quotes, which a list's head may carry: "等一批“小巨人”企业".
_QUOTED_LABEL = re.compile(r"[“\"「『][^”\"」』，。；、,;\s]{1,8}[”\"」』]")
# A year closing a quoted name: a campaign's (“招商2018”, “项目建设年2023”), never a project's.
_YEAR_END = re.compile(r"(?:19|20)\d\d年?$")
_QUOTED_PROJECT = re.compile(r"[“\"「『]([^”\"」』\n]{2,40})[”\"」』](?:项目|工程)")


# When two sources find the same span, a name read from a table is known and
# a pattern only guesses; the span's rule is what the statistical option trusts.
_KNOWN_FIRST = ("lexicon", "abbreviation", "gazetteer")
# The rule of an agency's short form found without a place before it (经信局, 统战部).
BARE_SHORT_FORM = "abbreviation-short"


@lru_cache(maxsize=None)
def _source_rank(rule: str) -> int:
    # (cached: some hundred rules, and _select ranks every candidate of every sentence)
    source = rule.split(":", 1)[0].split("-", 1)[0]
    return _KNOWN_FIRST.index(source) if source in _KNOWN_FIRST else len(_KNOWN_FIRST)


_NOTE = re.compile(r"[（(][^）()]*[）)]")


_DOCUMENT_YEAR = re.compile(r"[〔\[［【]\s*(?:19|20)[0-9]{2}\s*[〕\]］】]")


def document_code(text: str, start: int, end: int) -> bool:
    """Whether four characters or fewer are the issuer's code of a document's number: "永委〔2007〕6号".

    The code abbreviates the issuer its own way (永政发, 永委 for 永康市委): read by its suffix alone, or
    by the model, it is no name the page gives a body (a known office's word, 县委〔2007〕, is still its).

    >>> document_code("根据永委〔2007〕6号文件", 2, 4), document_code("永委会议", 0, 2)
    (True, False)
    """
    return end - start <= 4 and _DOCUMENT_YEAR.match(text, end) is not None


def kind_cooperative(body: str, spec) -> bool:
    """Whether a co-operative's name before its 合作社 names a kind of co-operative, none in particular:
    "农机专业", "粮油专业" (what it does), "农机服务专业" (and the work it does for its trade), "农民专业"
    (the form alone, the kind every village runs); "青山村粮油专业" names its village.

    >>> spec = entity_rule_spec()
    >>> kind_cooperative("农机服务专业", spec), kind_cooperative("青山村粮油专业", spec), kind_cooperative("村级股份经济", spec)
    (True, False, True)
    """
    core = next((body[:-len(f)] for f in spec.cooperative_forms if body.endswith(f)), body)
    core = next((core[len(v):] for v in spec.cooperative_levels if core.startswith(v)), core)  # "村级|股份经济"
    core = next((core[:-len(w)] for w in spec.cooperative_works if core.endswith(w) and len(core) > len(w)), core)
    # "村级|农民茶叶": the level of a kind is no name either
    core = next((core[len(s):] for s in spec.zone_scopes_longest if core.startswith(s) and len(core) > len(s)), core)
    # a level alone ("乡|联合社", "村级|合作社"): the co-operatives of every township or village, as a
    # scheme's tiers name them, none named
    return not core or _trade_run(core, spec.cooperative_trades) or _trade(core) or core in spec.generic \
        or core in spec.generic_bodies or core in spec.local_divisions or core in spec.zone_scopes


def _trade_run(core: str, trades) -> bool:
    """Whether ``core`` is one or more of ``trades`` in a row ("茶叶", "农民|茶叶")."""
    ends = {0}
    for i in range(1, len(core) + 1):
        if any(i - len(t) in ends and core.startswith(t, i - len(t)) for t in trades):
            ends.add(i)
    return len(core) in ends


@lru_cache(maxsize=8)
def _idiom_finder(spec) -> Callable[[str], bool] | None:
    """One search for all the set phrases and breeds of :func:`inside_idiom`: asked of every place found,
    a find per phrase cost more than the rest of the place's tests, and most sentences hold none."""
    phrases = (*spec.place_idioms, *spec.place_named_breeds)
    return _finds_any(phrases) if phrases else None


def inside_idiom(text: str, start: int, end: int, spec) -> bool:
    """Whether the span lies inside a set phrase of hills and waters (绿水青山就是|金山|银山), or inside the name
    of a breed called after the place it came from (南美|白对虾): no place.

    >>> inside_idiom("践行绿水青山就是金山银山理念", 8, 10, entity_rule_spec()), inside_idiom("金山区", 0, 2, entity_rule_spec())
    (True, False)
    """
    holds_any = _idiom_finder(spec)
    if holds_any is not None and start < end and not holds_any(text):
        return False
    for phrase in (*spec.place_idioms, *spec.place_named_breeds):
        at = text.find(phrase, max(0, start - len(phrase) + 1))
        while 0 <= at < end:
            if at <= start and end <= at + len(phrase):
                return True
            at = text.find(phrase, at + 1)
    return False


def _standing_scope(words, a: int, b: int, r) -> bool:
    """Whether the word at ``a`` is the scope of a firm's standing said next ("国际|知名企业|某某集团"): it
    goes with the standing, before the firm's own name."""
    return words[a] in r.firm_standing_scopes and a + 1 < b and words[a + 1] in r.company_trim


def institution_organ(name: str, spec) -> bool:
    """Whether an office is the party organ of a school or a hospital named by its kind alone: 学院党委,
    县医院党委, 县人民医院党委.

    Such an organ runs an institution the page does not name, no government's business, so it is no
    agency; a named institution's (北京大学党委) is an organisation of its own, as the news sets mark it.

    >>> spec = entity_rule_spec()
    >>> institution_organ("学院党委", spec), institution_organ("县人民医院党委", spec), institution_organ("北京大学党委", spec)
    (True, True, False)
    """
    organ = next((o for o in spec.firm_party_organs if name.endswith(o)), "")
    body = name[:len(name) - len(organ)]
    if body[:1] in spec.office_divisions:
        body = body[1:]
    return bool(organ) and (body in spec.institution_heads or body in spec.numbered_institutions)


def firm_department(name: str, spec) -> bool:
    """Whether an office is a firm's own department named by its business alone, or after the firm's generic
    word only: 综合部, 集团公司计划经营部. Staff of a firm the page names elsewhere, no government body.

    >>> spec = entity_rule_spec()
    >>> firm_department("财务部", spec), firm_department("集团公司计划经营部", spec), firm_department("市委组织部", spec)
    (True, True, False)
    """
    end = next((e for e in spec.firm_department_ends if name.endswith(e)), "")
    body = name[:len(name) - len(end)]
    body = body[len(next((o for o in spec.firm_unit_openers if body.startswith(o)), "")):]
    return bool(end) and body in spec.firm_department_fields


def unnamed_place_firm(name: str, spec) -> bool:
    """Whether ``name`` is "one", a place and a kind of firm ("一成都公司", "一家香港企业"): a firm from there,
    none named; or a level alone and a firm's unit ("市分行", "省公司"): some firm's unit at that level; or a
    region's branch alone (西北分公司).

    >>> spec = entity_rule_spec()
    >>> unnamed_place_firm("市分行", spec), unnamed_place_firm("一家香港企业", spec), unnamed_place_firm("津市分行", spec)
    (True, True, False)
    """
    if name[1:] in spec.level_firm_units and name[0] in spec.office_levels:
        return True
    # a firm's branch for a region of the country alone ("西北分公司", "华东分公司"): some firm's unit there
    if any(name[len(r):] in spec.branch_suffixes for r in spec.institute_regions if name.startswith(r)):
        return True
    lead = next((w for w in spec.indefinite_leads if name.startswith(w)), None)
    head = next((h for h in spec.place_firm_heads if name.endswith(h)), None)
    if lead is None or head is None:
        return False
    body = name[len(lead):len(name) - len(head)]
    return bool(body) and load_gazetteer().written(body) is not None


def venture_kind(body: str, spec) -> bool:
    """Whether ``body`` is a joint venture's kind by its partners' countries alone, one character each: 中外合资,
    中马合资 (before 公司 or 企业, no firm named).

    >>> spec = entity_rule_spec()
    >>> venture_kind("中外合资", spec), venture_kind("中泰合营", spec), venture_kind("宏达合资", spec)
    (True, True, False)
    """
    venture = next((v for v in spec.venture_words if body.endswith(v)), "")
    partners = body[:len(body) - len(venture)]
    return bool(venture) and len(partners) >= 2 and all(ch in spec.venture_partner_initials for ch in partners)


def venture_kind_tail(name: str, spec) -> int:
    """How many characters at the end of a firm's name are a joint venture's kind and its head ("某某有限公司|
    中外合资公司", "中马合资公司"): 0 where none is."""
    head = next((h for h in spec.venture_heads if name.endswith(h)), "")
    if not head:
        return 0
    body = name[:len(name) - len(head)]
    venture = next((v for v in spec.venture_words if body.endswith(v)), "")
    if not venture:
        return 0
    x = len(body) - len(venture)
    while x > 0 and body[x - 1] in spec.venture_partner_initials:
        x -= 1
    return len(name) - x if venture_kind(body[x:], spec) else 0


def listed_person(text: str, start: int, end: int, rules) -> bool:
    """Whether a place is an item of a list of people after a title: 县领导田林、…、黄河、刘冠群.

    Every item before it is a name of two or three characters (a bracketed note after one
    allowed: 郭峰(县委副书记)), and the first follows a title: a river or a town's name there
    is a leader's given name.
    """
    if not 2 <= end - start <= 3 or start == 0 or text[start - 1] != "、" \
            or (end < len(text) and text[end] not in "、等和及（(,，。；;"):
        return False
    begin = max(text.rfind(ch, 0, start) for ch in "，,。；;：:\n") + 1
    items = _NOTE.sub("", text[begin:start - 1]).split("、")
    if len(items) < 2 or not all(2 <= len(x) <= 3 for x in items[1:]):
        return False
    for t in rules.person_title_ends:
        i = items[0].rfind(t)
        name = items[0][i + len(t):] if i >= 0 else ""
        if 2 <= len(name) <= 3 and name[0] in rules.surnames:
            return True
    return False


_PEOPLE_COUNT = re.compile(r"等(?:[0-9０-９]+|[一二三四五六七八九十两几]+)[余多]?")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def counted_people(text: str, start: int, end: int, rules) -> bool:
    """Whether a place lies in an item of a list its count after 等 says is of people: "聘任甲、冉龙海、乙等8人".

    Every item from the place's to 等 is a name of two to four characters, and the place's item is
    marked off by 、 on one side at least: a given name there is often a place's alias (龙海, 汉城).
    """
    if not rules.people_counters or "等" not in text:
        return False
    stop = next((i for i in range(end, min(len(text), end + 60)) if text[i] in "，,。；;：:\n（("), len(text))
    at = text.find("等", end, stop)
    m = _PEOPLE_COUNT.match(text, at) if at >= 0 else None
    if m is None or not text.startswith(rules.people_counters, m.end()):
        return False
    begin = text.rfind("、", 0, start) + 1
    if begin == 0 or any(ch in text[begin:start] for ch in "，,。；;：:\n"):
        begin = start  # the list's first item: only the place's own characters are known to be the item
        if not text.startswith("、", end):
            return False
    items = text[begin:at].split("、")
    return len(items) >= 2 and all(_LIST_ITEM.fullmatch(x) for x in items)


# A report signed at its end by its writers, names apart by spaces and no title: "（平路路 郜文俊）".
_SIGNATURE = re.compile(r"[（(]((?:[\u4e00-\u9fff]{2,4} )+[\u4e00-\u9fff]{2,4})[）)]\s*$")


def signed_name(text: str, start: int, end: int) -> bool:
    """Whether a place is one of the names that sign a report at its end, with no title before them: a
    road or a village read in one ("平路路") is a writer's name.
    """
    if text[end:end + 1] not in (" ", "）", ")"):
        return False
    open_at = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    m = _SIGNATURE.match(text, open_at) if open_at >= 0 else None
    return m is not None and m.start(1) <= start and end <= m.end(1)


def fair_of_places(text: str, start: int, end: int, rules, gazetteer) -> bool:
    """Whether a firm's short name that is places and a trade only closes into an event's name right after it
    ("中国某市科技|经贸洽谈会", "某市电子|信息博览会"): the fair is named for the places' trade, no firm. A brand
    between ("某市宏达科技|…") leaves the firm its own name."""
    if rules.event_name_re.match(text, end) is None:
        return False
    name = text[start:end]
    trade = next((x.text for x in rules.suffixes if x.label == "COMPANY" and x.strength == "weak"
                  and name.endswith(x.text)), None)
    if trade is None:
        return False
    body = name[:len(name) - len(trade)]
    body = body[len(next((o for o in rules.nation_openers if body.startswith(o)), "")):]
    return bool(body) and (gazetteer.written(body) is not None
                           or any(gazetteer.written(body[:k]) is not None and gazetteer.written(body[k:]) is not None
                                  for k in range(2, len(body) - 1)))


def campaign_pair(text: str, start: int, end: int, rules) -> bool:
    """Whether a place is a campaign's verb and a level's character ("驻镇|帮镇|扶村", "包村|干部"): being
    posted to, or helping, a town or a village, no place of that name; so are several such pairs run together."""
    return end - start >= 2 and (end - start) % 2 == 0 \
        and all(text[i] in rules.campaign_verbs and text[i + 1] in rules.slogan_divisions for i in range(start, end, 2))


def ends_slogan(text: str, end: int, words, tags, offs, rules, division: bool) -> int | None:
    """The word before a development slogan's verb, if a place ending at ``end`` ends one.

    "农业|立县、科技|兴县、开放|活县", "民生幸福|优城": the verb starts a word of jieba's, and a
    trade or an aim of two characters or more is the word right before it. A county of that
    name (``division``: 兴县, 富县) follows a place, a preposition or a verb instead ("山西兴县",
    "前往兴县"), so only a noun may come before it.
    """
    v = end - 2
    if v >= 1 and text[v] in rules.slogan_counts \
            and (text[v - 1] in rules.slogan_verbs or text[v - 1] in rules.campaign_count_verbs) \
            and text[end - 1] in rules.slogan_divisions:
        return max(bisect_right(offs, v - 1) - 1, 0)  # "万企兴|万村": villages by the ten thousand thrive
    if v < 0 or text[end - 1] not in rules.slogan_divisions or text[v] not in rules.slogan_verbs:
        return None
    k = bisect_left(offs, v)
    if k == 0 or k >= len(offs) or offs[k] != v:
        return None
    before, tag = words[k - 1].rstrip(), tags[k - 1]
    if offs[k - 1] + len(before) != v or len(before) < 2 or before[-1] in rules.slogan_divisions:
        return None
    if tag not in (("n", "vn") if division else ("n", "vn", "v", "a", "an")):
        # (a word jieba does not know is a slogan's where it opens with the slogan's means, 以产|兴城, or opens a
        # quote the slogan closes, “办会|兴城”)
        if not (tag == "x" and (before.startswith(rules.slogan_means)
                                or (text[offs[k - 1] - 1:offs[k - 1]] in _OPEN_QUOTES
                                    and text[end:end + 1] in _CLOSE_QUOTES))):
            return None
    return k - 1


_first = itemgetter(0)


def _sum_start(words, tags, opened) -> int | None:
    """Where the sum of money before word ``opened`` and its 的 begins ("投资|4.3|亿元|的|…" -> the index of
    4.3), or None where no sum and 的 come right before it."""
    if opened < 2 or words[opened - 1] != "的" or tags[opened - 2] != "m" or not words[opened - 2].endswith("元"):
        return None
    x = opened - 2
    while x > 0 and tags[x - 1] == "m":
        x -= 1
    return x


def _finds_any(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of ``words`` (never, for none; an empty word is in every text)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words:
        return lambda text: False
    if "" in words:
        return lambda text: True
    search = re.compile("|".join(map(re.escape, words))).search
    return lambda text: search(text) is not None


def _per_word(known: dict, words: list[str], decide) -> list:
    """``decide(word)`` for each word, from ``known`` where it holds the word (kept there, up to _WORD_CACHE)."""
    values = list(map(known.get, words))
    if None in values:
        # (only the words not known yet are visited: a step for every word cost more than the look-ups)
        for x in [x for x, v in enumerate(values) if v is None]:
            w = words[x]
            values[x] = decide(w)
            if len(known) < _WORD_CACHE:
                known[w] = values[x]
    return values


def _select(cands: list[Candidate], blocked: set[tuple[int, int]]) -> list[Candidate]:
    """Non-overlapping candidates: higher priority, then longer, then earlier.

    Ties end on the rule itself, never on set order, so the same text gives the
    same spans and rules in every process.
    """
    if len(cands) == 1 and not blocked:
        # (a sentence with one candidate, as most with any: nothing to weigh it against)
        return cands[:] if cands[0].end > cands[0].start else []
    taken: list[tuple[int, int]] = list(blocked)
    chosen = []
    for c in sorted(set(cands), key=lambda c: (-c.prio, -(c.end - c.start), c.start, c.label,
                                               _source_rank(c.rule), c.rule)):
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    return chosen


def _align(doc: Doc, spans: list[tuple[int, int]], offs: list[int], words: list[str]) -> None:
    """Split tokens so that every span starts and ends on a token boundary."""
    points = {p for s, e in spans for p in (s, e)}
    points.difference_update(offs)
    if not points:
        return  # (spans mostly start and end where words start)
    bounds = set(offs)
    bounds.update(o + len(w) for o, w in zip(offs, words))
    cuts = sorted(points - bounds)
    if not cuts:
        return
    splits = []
    for i, (o, w) in enumerate(zip(offs, words)):
        inside = [p - o for p in cuts if o < p < o + len(w)]
        if inside:
            edges = [0, *inside, len(w)]
            splits.append((i, [w[x:y] for x, y in zip(edges, edges[1:])]))
    with doc.retokenize() as retok:
        for i, orths in splits:
            tok = doc[i]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths), attrs={"TAG": [tok.tag_] * len(orths)})


@lru_cache(maxsize=4)
def _base_table(spec: EntityRuleSpec, abbreviation_items: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str]]:
    """Known names -> (label, rule) from the gazetteer, countries, world cities and agency full forms.

    Lexicon names are laid over this table by each component.
    """
    gaz = load_gazetteer()
    # Some divisions are called 城区 or 街道, or by a zone word (高新区, 工业园区, 开发区): as words they
    # name nothing, and a name before them ("东川|工业园区") must not end there.
    zone_like = {s.text for s in spec.suffixes if s.label == "PLACE" and s.strength == "strong"}
    generic = spec.generic | spec.false_words | zone_like | spec.office_kind_places
    table: dict[str, tuple[str, str]] = {}
    for name in gaz.places:
        if name not in generic and len(name) >= 2:
            table[name] = ("PLACE", "gazetteer")
    for alias in gaz.aliases:
        if (safe_alias(alias) or (_prefecture_alias(alias, gaz) and alias not in spec.ordinary_prefecture_aliases)) \
                and alias not in generic and alias not in spec.ordinary_aliases:
            table.setdefault(alias, ("PLACE", "gazetteer-alias"))
    for alias, full in gaz.aliases.items():
        # A banner or a league by its alias and its level (鄂温克旗, 锡林郭勒盟): no suffix rule reads 旗
        # (红旗, 国旗 name none), so the written form is known as the full name is.
        for level in spec.written_levels:
            if full.endswith(level) and not alias.endswith(level) and alias + level not in generic:
                table.setdefault(alias + level, ("PLACE", "gazetteer"))
    for name in gaz.countries:
        table.setdefault(name, ("PLACE", "gazetteer-country"))
    for name in gaz.world_cities:
        if name not in spec.ordinary_city_names and name not in generic:
            table.setdefault(name, ("PLACE", "gazetteer-city"))
    prefixes = ["", *spec.office_levels]
    for short, full in abbreviation_items:
        for pre in prefixes:
            if pre + full in generic:
                continue  # 人民政府 alone is any government
            table[pre + full] = ("AGENCY", "abbreviation")
            # A short form is an office on its own too (带领环保局、经信局…), where it is no
            # ordinary word: three characters and more.
            if pre and pre + short not in generic:
                table.setdefault(pre + short, ("AGENCY", "abbreviation"))
            elif len(short) >= 3 and short not in generic:
                table.setdefault(short, ("AGENCY", BARE_SHORT_FORM))
    return table


@lru_cache(maxsize=4)
def _prefixes(spec: EntityRuleSpec, abbreviation_items: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(name[:k] for name in _base_table(spec, abbreviation_items) for k in range(1, len(name) + 1))


def _division_short_name(word: str) -> bool:
    """A division's name without its level (吴江, 五华), even one jieba tags as a given name or that two
    divisions share: in brackets after a name (黄梅（吴江）…产业园) it can only be the region."""
    gaz = load_gazetteer()
    return len(word) >= 2 and (gaz.lookup(word) is not None
                               or any(word + level in gaz.places for level in ("县", "市", "区", "旗")))


# jieba's tags of a prefecture's short alias that still read as its name: 宝鸡 and 合肥 are "n", 桂林 "nr",
# 南通 "nz", 通化 "j"; a verb, adjective or adverb (开封, 清远, 大同) is an ordinary word first.
_NAME_LIKE_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "nz", "j"})


def _prefecture_alias(alias: str, gaz) -> bool:
    """A prefecture-level division's short alias that jieba reads as a noun or a name (宝鸡, 合肥, 桂林).

    A prefecture is named by its alias far more often than its alias is meant otherwise; the ordinary
    words among them (来宾 "guests", 安康 "well-being") are ``ordinary_prefecture_aliases``.
    """
    place = gaz.places.get(gaz.aliases.get(alias, ""))
    return place is not None and place.level == "city" and len(alias) >= 2 \
        and base_tags().get(alias) in _NAME_LIKE_TAGS


def safe_alias(alias: str) -> bool:
    """A division's short alias counts as a name unless it is an ordinary word.

    jieba's dictionary tags many place names as person names (格尔木, 石家庄,
    曲麻莱 are "nr"); at three characters and more such a word is the place,
    while two-character ones are often given names too (永胜, 玉龙).
    """
    tag = base_tags().get(alias)
    return tag is None or tag == "ns" or (len(alias) >= 3 and tag in ("nr", "nrt", "nrfg", "nz"))
