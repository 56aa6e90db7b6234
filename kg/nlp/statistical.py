"""``kg_statistical_ner``: a trained sequence tagger on top of the rules.

Rules miss names with no suffix that no lexicon holds (索尼, 腾讯) and cannot learn how
news text really writes names and addresses. This component is a
linear-chain CRF (CRFsuite) over characters, trained on the union of the
annotated sets mapped to our types (People's Daily 1998, MSRA, CLUENER2020,
address parsing and the seeds; see ``training/train_crf.py``) and shipped in
``kg/models/``; nothing is downloaded. It runs *after* ``kg_entity_rules``
and reads what the rules found as features, next to characters, jieba words,
their parts of speech and the type suffixes ahead: the model learns when a
rule is right and where a name the rules cannot see begins and ends.

Where the model is confident, its COMPANY, AGENCY and PLACE spans replace
the rule spans they overlap, and a rule span of those types that the model
confidently calls something else (a person, another organisation, outside)
is dropped, but a place inside a school, hospital or team stays; the rules
keep PROJECT, which no annotated set labels, and every span the model does
not contradict.

It is part of the default pipeline; ``kg.load_pipeline(statistical=False)``
(``kg build --fast``) leaves it out.

>>> import kg
>>> nlp = kg.load_pipeline(statistical=True)
>>> [(e.text, e.label_) for e in nlp("索尼公布了季度财报，工行与建行相继下调存款利率。").ents]
[('索尼', 'COMPANY'), ('工行', 'COMPANY'), ('建行', 'COMPANY')]
"""

from __future__ import annotations

import re
import shutil
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import IDX, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.nlp.entity_rules import (BIG_COUNT, begins_firm_outlet, begins_outlet, bearing, campaign_pair, document_code, ends_like_no_office, ends_slogan,
                                 fair_of_places,
                                 fields_after, firm_department, in_paper_title, inside_idiom, institution_organ, is_generic_name,
                                 is_trade, kind_cooperative, kind_zone_committee, listed_person, names_system, office_kind,
                                 place_trailer, qualifies_noun,
                                 quoted_goal, quoted_nickname, ranking_scope, unnamed_place_firm, venture_kind_tail)
from kg.nlp.tokenizer import base_tags, doc_text
from kg.script import is_cjk
from kg.spec import entity_rule_spec

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner_crf.crfsuite"
# jieba's tags of adjectives and of words that say what kind a thing is (新型, 繁荣): none names a place alone.
_QUALITY_TAGS = ("a", "b")
KEEP = ("COMPANY", "AGENCY", "PLACE")
# A company name ending so is registered: the place it starts with is part of it.
LEGAL_NAME_ENDS = ("有限公司", "有限责任公司")
# How far ahead (in words) a type suffix informs the characters before it.
SUFFIX_LOOKAHEAD = 3


@lru_cache(maxsize=1)
def _suffix_table() -> dict[str, str]:
    """Word-final strings -> "LABEL:strength", longest first when looked up."""
    return entity_rule_spec().suffix_table()


# Words already looked up, for the table and false words they were looked up in (held, so that a new
# table is seen as new): the same words come back sentence after sentence.
_SUFFIX_MEMO: list = [None, None, {}]
_SUFFIX_MEMO_SIZE = 200_000


def _suffix_of(word: str, table: dict[str, str], false_words: frozenset[str]) -> str:
    if _SUFFIX_MEMO[0] is not table or _SUFFIX_MEMO[1] is not false_words or len(_SUFFIX_MEMO[2]) > _SUFFIX_MEMO_SIZE:
        _SUFFIX_MEMO[:] = [table, false_words, {}]
    memo = _SUFFIX_MEMO[2]
    hit = memo.get(word)
    if hit is None:
        hit = memo[word] = _suffix_lookup(word, table, false_words)
    return hit


def _suffix_lookup(word: str, table: dict[str, str], false_words: frozenset[str]) -> str:
    if word in false_words:
        return ""
    for k in range(min(len(word), 7), 0, -1):
        hit = table.get(word[-k:])
        if hit:
            return hit
    return ""


def _false_words() -> frozenset[str]:
    return entity_rule_spec().false_words


_OPENING = ("（", "(", "【", "〔", "［")
_CLOSING = ("）", ")", "】", "〕", "］")
_QUOTES = ("“", "「", "『", "‘", "”", "」", "』", "’")


# Tags of the dictionary's proper names that go on a brand whose first character is a country's abbreviation
# (美|思达: nz), where a province or city comes before it (河南美思达): no country named.
_BRAND_WORD_TAGS = frozenset({"nz", "nrt", "nrfg"})


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A model span held to the rules' conventions, or None if no name is left.

    The tagger learnt CLUENER's edges, which sometimes take in a quotation
    mark ("“时代新苑") or an "area" word (北京地区); the rules end a place
    before those (广州地区 is 广州), and a graph node should not depend on
    which component found it. Generic words (海岛, 市中心) name nothing.
    """
    start, end = _trim(text, start, end)
    # An unmatched bracket ends what comes before it: "（简称农发行）|十堰分行", and a headline's
    # label in square brackets: "【某县融媒】|某某建设集团有限公司".
    close = max(text.rfind(b, start, end) for b in _CLOSING)
    if close >= 0 and not any(b in text[start:close] for b in _OPENING):
        start = close + 1
    # ... and an unmatched opening one ends the name: "韩亚|（中国".
    opening = max(text.rfind(b, start, end) for b in _OPENING)
    if opening >= 0 and not any(b in text[opening:end] for b in _CLOSING):
        end = opening
    start, end = _trim(text, start, end)
    if label != "PLACE" and (quote := max(text.rfind(q, start, end) for q in _QUOTES[4:])) > start \
            and not any(q in text[start:quote] for q in _QUOTES[:4]):
        # "“某某”|公司": a closing quote the span does not open ends the quoted name, and where only a
        # kind of body follows it the name in quotes is that body's (as a bracket's, what follows it otherwise)
        if text[quote + 1:end] in entity_rule_spec().generic:
            end = quote
        else:
            start = quote + 1
        start, end = _trim(text, start, end)
        if end - start < 2:
            return None
    if label == "PLACE" and any(q in text[start:end] for q in _QUOTES):
        # "“行走的奉贤|”|街镇主题日": a quoted slogan's word and the word after it are no one place (the rules
        # read the quoted place where it is one)
        return None
    if label == "PLACE":
        end -= len(place_trailer(text[start:end]))
        # "某某中心|城区": the model may end a place inside a city's urban area the text writes whole after
        # it; the place is the area, as the rules read it
        end += next((len(t) - k for t in entity_rule_spec().urban_area_words for k in range(1, len(t))
                     if text.endswith(t[:k], start, end) and text.startswith(t[k:], end)), 0)
    spec = entity_rule_spec()
    if (joiner := next((j for j in spec.name_joiners if text.startswith(j, start)), None)) is not None:
        start += len(joiner)  # "洽谈会|暨丝路…": the word joining two names is no part of the second
        if end - start < 2:
            return None
    if label == "PLACE" and (title := next((w for w in spec.place_epithets if text.startswith(w, start)), "")) \
            and end - start - len(title) >= 2:
        start += len(title)  # "酒都|某某市": the city's title for what it makes, then its name
    if label == "COMPANY" and (tail := next((v + h for v in spec.firm_talk_verbs for h in spec.firm_heads
                                             if text.endswith(v + h, start, end)), "")):
        end -= len(tail)  # "某某酒业|介绍|公司": the speaker telling of his own firm, named before the verb
        if end - start < 2:
            return None
    if label == "COMPANY" and (cut := _firm_then_verb(text, start, end, spec)) is not None:
        end = cut  # "某某公司|加工硅钢": the firm's work for another, after its head word, is no part of its name
    if _in_address(text, start, end):
        return None  # "电邮：onestopservice@….gov.mo", "www.….gov.mo": an address to write to, no name
    if label == "PLACE" and (part := next((p for p in spec.province_parts if text.startswith(p, start)), "")) \
            and not any(text.startswith(b, start + len(part)) for b in spec.bearings) \
            and any(load_gazetteer().written(text[start + len(part):k]) is not None
                    for k in range(start + len(part) + 2, end + 1)):
        # "闽东|宁德市": a part of the province, then the city, as the rules read it (but "粤东西北" is
        # its parts run together, and "赣南苏区" the part's own zone)
        start += len(part)
    elif label == "PLACE" and any(text.startswith(b, start) for b in spec.bearings) \
            and (part := next((p for p in spec.province_parts if text.endswith(p, 0, start)), "")):
        start -= len(part)  # "粤东|西北地区": the province's parts run together are one region, as the rules read it
    elif label == "PLACE" and text[start:end] in spec.province_parts \
            and (more := max((b for b in spec.bearings if text.startswith(b, end)), key=len, default="")):
        end += len(more)  # (and so where the model ends at the first part: "粤东|西北")
    if label == "PLACE" and text.startswith(spec.brand_outlets, end):
        return None  # "长安|4S店": a car brand's dealer, as the rules read it
    if label == "PLACE" and qualifies_noun(text, start, end, spec):
        return None  # "临港|集疏运中心": "port-side", as the rules read it
    if label == "PLACE" and text[start:end] == "港" and text[start - 1:start] in spec.port_kinds:
        return None  # "国际陆|港": a dry port's word, which jieba cut, no Hong Kong
    if label == "PLACE" and (road := _route_name_end(text, start, end, spec)) is not None:
        if end - road < 2:
            return None  # "京|沪高速", "京|港澳高速": the cities the expressway links, by their short names
        if not base_tags().get(text[road:end], "ns").startswith("ns"):
            return None  # "沪高速|道口": a part of the road, no place
        start = road  # "沪昆高速|新塘出入口": the exit is named for the place, the road's name is none
    if label == "COMPANY" and fair_of_places(text, start, end, spec, load_gazetteer()):
        return None  # "中国某市科技|经贸洽谈会": the fair's places and trade, as the rules read them
    if label == "PLACE" and campaign_pair(text, start, end, spec):
        return None  # "驻镇|帮镇|扶村": a campaign's verb and level, as the rules read them
    if label == "PLACE" and quoted_nickname(text, start, end, spec):
        return None  # "素有“塞上江南”美誉": a nickname, as the rules read it
    if label == "PLACE" and bearing(text, start, end, spec):
        return None  # "东北|与某市接壤": a direction, as the rules read it
    if label == "PLACE" and quoted_goal(text, start, end, spec):
        return None  # "打造“…、宜居城市”的发展定位": a goal, as the rules read it
    if label == "PLACE" and (road := next((w for w in spec.figurative_roads if text.endswith(w, start, end)), None)) \
            and 1 <= end - start - len(road) <= 2 and text[start] in spec.way_verbs:
        return None  # "“蹚新路、打粮食”": a new way to go, no road, as the rules read "蹚出|转型|新路"
    if label == "PLACE" and end - start == 1 and start >= 2 \
            and any(base_tags().get(text[end:end + n]) in _BRAND_WORD_TAGS for n in (2, 3)) \
            and any(load_gazetteer().written(text[start - n:start]) is not None for n in (2, 3)):
        return None  # "河南|美|思达化妆用具": after the province a firm registered in, a brand's first character
    if label == "PLACE" and end - start == 1 and text[start:start + 2] in spec.demonym_words:
        return None  # "台|商创业园", "港|资": businessmen or capital from there, no mention of the place
    if label == "PLACE" and end - start <= 2 and text[start + 1:start + 2] in spec.demonym_marks \
            and spec.one_character_places.get(text[start], "").endswith(("省", "自治区", "市")):
        return None  # "湘商回归", "赣才": a province's merchants or talents, no mention of the province
    if label == "PLACE" and text.startswith(tuple(spec.people_words), end) and text[start:end] in load_gazetteer().world_cities \
            and not any(text.startswith(p, end) and base_tags().get(text[end:end + len(p) + 1]) for p in spec.people_words):
        return None  # "于威尼斯|人|举行": the resort named for the city, or its people, as the rules read it
    if label == "PLACE" and spec.slash_byline_re.match(text, end):
        return None  # "新竹中心|/新竹报导": the paper's bureau that signs the report, no place
    if label == "PLACE" and (team := next((w for w in spec.team_words if text.endswith(w, start, end)), "")) \
            and base_tags().get(text[start:end - len(team)], "").startswith("v"):
        return None  # "观摩|组|一行": a team named by its work, no village group
    if label == "PLACE" and spec.caption_position_re.fullmatch(text, start, end):
        return None  # "…项目（右三组）": where the group stands in the photo, no village group
    if label == "PLACE" and (text[start - 1:start + 1] if start else "") in spec.level_words:
        return None  # "金东乡|贤齐聚": the word 乡贤 goes on into it, no place starts there
    if label == "PLACE" and text[end - 1:end + 1] in spec.level_words:
        end -= 1  # "金东|乡贤": the level's character opens the next word, the place ends before it
    if label == "PLACE" and end - start >= 4 and (text[start] in spec.function_chars or text[start] in spec.level_glue_chars) \
            and text[start - 1:start] in _LEVELS and text[start:end].endswith(tuple(spec.local_divisions)) \
            and load_gazetteer().written(text[start:end]) is None:
        start += 1  # "某镇|以|土滩埔村为中心": the clause's function character, then the village
    if label == "PLACE" and end - start >= 4 and text[start] in spec.function_chars and text[start - 1:start] not in _LEVELS \
            and text[start:end].endswith(tuple(spec.local_divisions)) and text[start:start + 2] not in base_tags() \
            and load_gazetteer().written(text[start:end]) is None and load_gazetteer().written(text[start + 1:end]) is None:
        start += 1  # "收入|比|山格村|…高出": a clause's function character the rules cut off, then the village
    if label == "PLACE" and end - start >= 4 and text[start] in spec.former_marks \
            and text[start:end].endswith(tuple(spec.local_divisions)) and load_gazetteer().written(text[start:end]) is None:
        start += 1  # "以|原藕山镇|和…": the town as it was before the merger, named after the mark
    if label == "PLACE" and (title := next((w for w in spec.place_titles if text.endswith(w, start, end)), None)) \
            and end - start - len(title) >= 2 and load_gazetteer().written(text[start:end]) is None:
        end -= len(title)  # "某某侨乡": the place, then its title
    if label == "PLACE" and text.startswith(spec.collective_words, end) \
            and (level := next((v for v in spec.village_levels if text.endswith(v, start, end)), None)) \
            and text.endswith(spec.collective_verbs, start, end - len(level)) \
            and load_gazetteer().written(text[start:end]) is None:
        return None  # "运营|村集体物业": the verb runs the village's collective, no village is named
    if label == "PLACE" and end - start >= 4 and text[start] in spec.place_list_glue_chars \
            and load_gazetteer().written(text[start:end]) is None \
            and (load_gazetteer().written(text[start + 1:end]) is not None
                 or ((text[start - 1:start] in _LEVELS or text[:start].endswith(tuple(spec.local_divisions)))
                     and text[start:end].endswith(tuple(spec.local_divisions)))):
        start += 1  # "某镇|和湾坞镇": the list's conjunction, then the second place
    if label == "COMPANY" and (sub := next((w for w in spec.subsidiary_words if len(w) >= 4 and text[start:end].endswith(w)),
                                           None)) and end - start - len(sub) >= 2:
        # "某某建投|相关公司": the group's related firms by their kind; the group is what is named (but
        # 子公司 alone ends names: 西门子公司)
        end -= len(sub)
    if label == "COMPANY" and (mark := next((m for m in spec.member_marks if m in text[start + 2:end - 2]), None)):
        start = text.index(mark, start + 2) + len(mark)  # "某某控股|旗下|新能源公司": the group's firm, after the mark
    if label == "COMPANY" and (board := next((w for w in spec.firm_boards if text.endswith(w, start, end)), None)) \
            and end - start - len(board) >= 2:
        end -= len(board)  # "某某集团有限公司|董事局|主席": the firm's board, whose chair is named next; the firm
    if label == "COMPANY" and (dept := next((w for w in spec.firm_only_departments if text.endswith(w, start, end)), None)) \
            and end - start - len(dept) >= 2:
        end -= len(dept)  # "某某集团|财务部|负责人": the firm's own department, whose staff follow; the firm
    if label == "COMPANY" and (site := next((w for w in spec.firm_sites if text.endswith(w, start, end)), None)) \
            and text.endswith(spec.company_strong, start, end - len(site)):
        end -= len(site)  # "在某某集团|总部": the firm's premises, where the visit went; the firm is what is named
    if label == "AGENCY" and office_kind(text[start:end], spec):
        return None  # "以及|监管部门|规范要求": any office of that field, none named, as the rules read it
    if label == "COMPANY" and unnamed_place_firm(text[start:end], spec):
        return None  # "一成都公司|就与…签约": some firm from Chengdu, no name given
    opened = start  # (the model may start after the first partner's character: "中|马合资公司")
    while label == "COMPANY" and opened > 0 and text[opened - 1] in spec.venture_partner_initials:
        opened -= 1
    if label == "COMPANY" and (tail := venture_kind_tail(text[opened:end], spec)):
        if tail >= end - start or not text.endswith(spec.company_strong, start, end - tail):
            return None  # "中马合资公司": the kind of venture the partners set up, no firm named
        end -= tail  # "某某开发有限公司|中外合资公司经营合同": the firm, then the kind of venture it is
    if label == "COMPANY" and text[start:end].endswith(spec.media_suffixes) \
            and not text[start:end].endswith(spec.media_exceptions):
        return None  # a news outlet (中国网, 青海日报)
    if label in ("PLACE", "AGENCY") and any(n < end - start and spec.outlet_name_re.fullmatch(text, end - n, end) for n in (2, 3)):
        return None  # "甘肃经济日报", "宁夏频道": a paper or a site's channel named after its place, no office or place
    if "《" in text and in_paper_title(text, start, end):
        return None  # "《人民政协|报》": a paper's title, no body or place
    if label == "PLACE" and begins_outlet(text, end):
        return None  # "长城|网讯", "青海|日报": the outlet's name, no mention of the place
    if label == "COMPANY" and begins_firm_outlet(text, end):
        return None  # "中华石化|网讯": a trade's news site, no mention of a firm
    if label == "PLACE" and listed_person(text, start, end, spec):
        return None  # "县领导田林、…、贾鲲鹏、黄河": a leader in a list of them, as the rules read it
    if label == "PLACE" and text[start:end].endswith(spec.store_ends):
        return None  # an online or chain store (京东商城) is a business
    if label == "PLACE" and "公司" in text[start:end]:
        return None  # "鑫河公司|关河": a company and the place after it, no place's name
    if label == "COMPANY" and text[start:end].endswith(_SETTLEMENTS) and len(text[start:end]) > 2:
        return None  # "在我|县天城镇松柏村|投资建设的…": a town's village where a project is built, no company
    if label == "PLACE" and base_tags().get(text[start:end], "") in _QUALITY_TAGS and load_gazetteer().written(text[start:end]) is None:
        return None  # "某市|新型|农村集体经济": a word jieba knows as a quality or kind, after the city, no place
    if label == "PLACE" and _BUILDING.fullmatch(text[start:end]):
        return None  # "1号楼": a building of a site, not a place
    if label in ("PLACE", "COMPANY") and _generic_body(text[start:end], label, spec):
        # "安置社区", "城镇社区": a kind of community or zone; "开发银行": a kind of bank, as the rules read them
        return None
    if label == "AGENCY" and _firm_party_post(text, start, end, spec):
        return None  # "某某集团党委|书记": a post in the firm's own party organ; the rules name the firm
    if label == "AGENCY" and _firm_office(text, start, end, spec):
        return None  # "某某有限公司|总经理办公室": the firm's own office; the rules name the firm
    if label == "COMPANY" and (suf := next((x for x in spec.village_firm_ends if text.endswith(x, start, end)), "")) \
            and kind_cooperative(text[start:end - len(suf)], spec):
        return None  # "植保专业合作社": a kind of co-operative, none named, as the rules read it
    if label == "AGENCY" and document_code(text, start, end):
        return None  # "永委〔2007〕6号": the issuer's code of a document's number, as the rules read it
    if label == "AGENCY" and institution_organ(text[start:end], spec):
        return None  # "学院党委": a school's own party organ, as the rules read it
    if label == "AGENCY" and firm_department(text[start:end], spec):
        return None  # "公司|综合部": a firm's own department, as the rules read it
    if label == "AGENCY" and kind_zone_committee(text, start, end, spec):
        return None  # "各省级产业集聚区|管委会": the committees of a kind of zone, as the rules read them
    if label == "AGENCY" and names_system(text, end):
        return None  # "人民代表大会|制度": the system, as the rules read it
    if label == "AGENCY" and end < len(text) and text[end - 1:end + 1] in spec.not_office_ends:
        return None  # "研究部|署下阶段工作": the office's last character opens a word (部署), no office ends there
    if label == "AGENCY" and ends_like_no_office(text[start:end], spec.not_office_ends):
        return None  # "中科湘膜科技总部", "公司总部": ends like an office, but is an ordinary word
    if (label == "AGENCY" or (label == "PLACE" and text[end - 1:end] in _LEVELS)) and _COUNTED.fullmatch(text[start:end - 1]):
        # "第四部", "三局": a count of parts, volumes or films, no office; "一村|一品", "两县": a count of
        # divisions, as the rules read it, no place
        return None
    if label == "PLACE" and text[start:start + 1] in spec.one_character_places \
            and (end - start == 1 and text.startswith(spec.regional_styles, end)
                 or (end - start == 2 and text[start + 1:end] in spec.regional_styles)):
        return None  # "藏|医药", "京|剧", "湘绣": a region's style or craft, no place
    if label in ("COMPANY", "AGENCY", "PROJECT") and (m := BIG_COUNT.match(text, start, end)) and m.end() < end \
            and not any(load_gazetteer().written(text[start:x]) is not None for x in range(start + 3, min(end, start + 6))):
        return None  # "四大国有银行", "两大集团公司": a kind's major ones, counted, as the rules read it
    if label == "AGENCY" and _COUNTED_GOVERNMENTS.search(text[start:end]):
        return None  # "某某四市政府": several cities' governments, no one body, as the rules read it
    if (end - start < 2 and not (label == "PLACE" and text[start:end] in spec.one_character_places)) \
            or is_generic_name(text[start:end]):
        # One character is an abbreviation: of a country or province (中美, 京津冀) it is a
        # place resolution can name in full; 中、建、农 for three banks names nothing.
        return None
    return start, end


def _firm_then_verb(text: str, start: int, end: int, spec) -> int | None:
    """Where a firm's head word ends, if the model's firm goes on past it into a verb and its object.

    A firm written short with its head word (某某公司) is often the subject of what follows: the model,
    which learnt names mostly closed by their head, may run on into the verb ("某某公司加工硅钢"). A word
    after the head that is itself a firm's kind (某某公司加工厂) makes it part of the name.
    """
    for head in sorted(spec.firm_heads, key=len, reverse=True):
        at = text.find(head, start + 2, end)
        if at < 0 or at + len(head) >= end:
            continue
        rest = text[at + len(head):end]
        if not any(base_tags().get(rest[:n], "").startswith("v") for n in (2, 3)) \
                or _suffix_of(rest, _suffix_table(), _false_words()).startswith("COMPANY"):
            return None
        return at + len(head)
    return None


def _route_name_end(text: str, start: int, end: int, spec) -> int | None:
    """Where the expressway's word ends, if a tagged place opens inside the name of an expressway.

    An expressway is named by the short names of the cities it links (京沪高速, 沪昆高速, 京港澳高速: at most
    three characters before the word), which the tagger reads as places, alone ("京") or with the word and
    what follows it ("沪高速道口", "沪昆高速东海"). A place's own name before the word (浙江高速公路) is no
    road's, nor is the word an expressway where it says how fast something grows (某某高速发展).
    """
    for p in range(start + 1, min(start + 3, len(text)) + 1):
        word = next((w for w in spec.expressway_words if text.startswith(w, p)), None)
        if word is None or load_gazetteer().written(text[start:p]) is not None \
                or base_tags().get(text[p + len(word):p + len(word) + 2], "").startswith("v"):
            continue
        if p - start == 1 and not (start and is_cjk(text[start - 1]) and text[start - 1] not in spec.function_chars):
            continue
        return p + len(word)
    return None


def _firm_party_post(text: str, start: int, end: int, spec) -> bool:
    """Whether a tagged office is a firm's party organ named only for the post after it: "…公司党委|书记".

    As the rules read it (a firm's organ acting on its own, "…集团党委|研究决定", stays an office).
    """
    organ = next((o for o in spec.firm_party_organs if text.endswith(o, start, end)), None)
    return organ is not None and text.endswith(spec.company_strong, start, end - len(organ)) \
        and text.startswith(spec.person_title_ends, end)


def _firm_office(text: str, start: int, end: int, spec) -> bool:
    """Whether a tagged office is a firm's own office after its legal name: "…有限公司|(总经理)办公室", as the rules read it."""
    office = next((o for o in spec.firm_offices if text.endswith(o, start, end)), None)
    if office is None:
        return False
    end -= len(office)
    lead = next((x for x in spec.firm_office_leads | spec.firm_party_organs if text.endswith(x, start, end)), "")
    return text.endswith(spec.company_strong, start, end - len(lead))


def _held_type(text: str, start: int, end: int, label: str) -> str:
    """A model span's type held to the rules' conventions: a central bank (欧洲中央银行) is an office."""
    if label == "COMPANY" and text[start:end].endswith(entity_rule_spec().central_bank_ends):
        return "AGENCY"
    return label


def _generic_body(name: str, label: str, spec) -> bool:
    """A name that is a generic body before a strong suffix of its type (安置|社区, 开发|银行): a kind, no name.

    So is a legal form alone ("有限公司", "集团公司": how a group's paper names itself).
    """
    if not name.endswith(_strong_ends(spec, label)):
        return False  # (most names: no suffix is looked at one by one)
    return any(name.endswith(s.text) and (_generic_run(name[: -len(s.text)], spec.generic_bodies)
                                          or _legal_form_only(name[: -len(s.text)], spec.legal_forms)
                                          or (label == "COMPANY" and s.text.endswith("公司")
                                              and _trade_and_forms(name[: -len(s.text)], spec.legal_forms)))
               for s in spec.suffixes if s.label == label and s.strength == "strong")


# The spec the strong suffixes below were read from, and its label -> strong suffixes: the spec is
# held, so a new one (another rule file) is seen as new.
_STRONG_ENDS: list = [None, {}]


def _strong_ends(spec, label: str) -> tuple[str, ...]:
    """The texts of the strong suffixes of ``label``, read from ``spec`` once."""
    if _STRONG_ENDS[0] is not spec:
        _STRONG_ENDS[:] = [spec, {}]
    ends = _STRONG_ENDS[1]
    if label not in ends:
        ends[label] = tuple(s.text for s in spec.suffixes if s.label == label and s.strength == "strong")
    return ends[label]


@lru_cache(maxsize=1024)
def _generic_run(body: str, bodies: frozenset[str]) -> bool:
    """Whether ``body`` is generic bodies only, one or several run together ("农村|集体经济|平台" before 公司):
    the rules read such a name word by word and name nothing, so a span the tagger finds whole names none."""
    if not body:
        return False
    ends = {0}
    for i in range(1, len(body) + 1):
        if any(body[j:i] in bodies for j in ends):
            ends.add(i)
    return len(body) in ends


@lru_cache(maxsize=1024)
def _trade_and_forms(body: str, forms: frozenset[str]) -> bool:
    """Whether ``body`` is a trade word, then only legal-form words ("建材|股份", "科技") before 公司: the
    rules' own reading of such a name, a kind of business and a legal form, none named (a brand cut off
    before it); a group's short name (建工集团) is the tagger's to find."""
    return any(body.startswith(w) and is_trade(w) and _legal_form_only(body[len(w):], forms)
               for w in {body[:n] for n in range(1, len(body) + 1)})


@lru_cache(maxsize=1024)
def _legal_form_only(body: str, forms: frozenset[str]) -> bool:
    """Whether ``body`` is empty or made only of legal-form words (集团, 股份有限)."""
    return not body or any(body.startswith(f) and _legal_form_only(body[len(f):], forms) for f in forms)


_BRACKETED = re.compile(r".[（(][^（()）]+[)）].")
_COUNTED = re.compile(r"第?[0-9０-９一二两三四五六七八九十百千]+")
# the settlements a place's name ends in, which no company's name does (…镇松柏村)
_SETTLEMENTS = ("村", "镇", "乡", "社区", "街道")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:https?://|www\.)[A-Za-z0-9./?=&%_#:-]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# the levels a count of divisions ends in (两县, 一村)
_LEVELS = frozenset("省市州县区旗镇乡村")
# The governments of a count of divisions of one level: "川南|四市|政府", "苏北3市政府" (one numeral, or digits,
# right before the level)
_COUNTED_GOVERNMENTS = re.compile(r"(?<![0-9一二两三四五六七八九十百])(?:[两三四五六七八九十]|[0-9]+)[省市州县区旗镇乡](?:人民)?政府$")
_BUILDING = re.compile(r"[0-9一二三四五六七八九十]+号?[楼栋幢座]")
_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”"}


def _quoted_whole(span: Span) -> bool:
    """Whether quotation marks open right before the span and close right after it."""
    text, s, e = span.doc.text, span.start_char, span.end_char
    return s > 0 and e < len(text) and _QUOTE_PAIRS.get(text[s - 1]) == text[e]


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the span has a Latin letter or digit and lies within an e-mail or a web address."""
    if not _ASCII_WORD.search(text, start, end):
        return False
    lo = max(0, start - 64)
    return any(m.start() + lo < end and m.end() + lo > start for m in _ADDRESS.finditer(text[lo:end + 64]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inward past characters that are no part of a name."""
    while start < end and not _name_char(text[start]):
        start += 1
    while end > start and not _name_char(text[end - 1]):
        end -= 1
    return start, end


def _name_char(ch: str) -> bool:
    return ch.isalnum() or "\u4e00" <= ch <= "\u9fff"


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isascii() and ch.isalpha():
        return "a"
    if ch.isspace():
        return "s"
    return "p"


# "wp=" features: a character's place in its word (S, B, M, E) and the word's length up to 5.
_WORD_PLACES = {p: ["wp=" + p + str(k) for k in range(6)] for p in "SBME"}


def char_features(text: str, words: list[str], tags: list[str], ents: list[tuple[int, int, str, str]]) -> list[list[str]]:
    """CRF features for each character of ``text``.

    ``words``/``tags`` are the jieba tokens covering ``text`` in order;
    ``ents`` are the rules' spans as (start, end, label, rule). Built one
    feature template at a time over the whole sentence (list comprehensions,
    then one zip), which is several times faster than a loop per character:
    the tagger runs in the default pipeline, so its Python side is most of
    its cost.

    >>> char_features("市委", ["市委"], ["nt"], [(0, 2, "AGENCY", "lexicon")])[0][:3]
    ['c=市', 'c-1=^', 'c+1=委']
    """
    n = len(text)
    if not n:
        return []
    padded = "^^" + text + "$$"
    table, false_words = _suffix_table(), _false_words()
    nw = len(words)
    # Per character: its word's index and its position in that word.
    word_of: list[int] = []
    pos_in: list[str] = []
    for wi, w in enumerate(words):
        L = len(w)
        word_of += [wi] * L
        pos_in += ["S"] if L == 1 else ["B", *(["M"] * (L - 2)), "E"]
    if len(word_of) < n:  # tokens that do not cover the text: pad with the last word
        word_of += [max(nw - 1, 0)] * (n - len(word_of))
        pos_in += ["S"] * (n - len(pos_in))
    word_of, pos_in = word_of[:n], pos_in[:n]
    if not nw:
        words, tags, nw = [""], [""], 1
    sufs = [_suffix_of(w, table, false_words) for w in words]
    ahead = []
    for wi in range(nw):
        hit = ""
        for d in range(0, SUFFIX_LOOKAHEAD + 1):
            if wi + d < nw and sufs[wi + d]:
                hit = f"{sufs[wi + d]}@{d}"
                break
        ahead.append(hit)
    c0 = list(text)
    m1, m2, p1, p2 = padded[1:n + 1], padded[:n], padded[3:n + 3], padded[4:n + 4]
    kinds = [_kind(ch) for ch in padded[1:n + 3]]
    # A word's features are built once and shared by its characters.
    sizes = [min(len(w), 5) for w in words]
    w_f, tag_f = ["w=" + w for w in words], ["tag=" + t for t in tags]
    pw_f, nw_f = ["pw=^", *["pw=" + w for w in words[:-1]]], [*["nw=" + w for w in words[1:]], "nw=$"]
    pt_f, nt_f = ["pt=^", *["pt=" + t for t in tags[:-1]]], [*["nt=" + t for t in tags[1:]], "nt=$"]
    wl_f, wf_f = ["wl=" + w[-1:] for w in words], ["wf=" + w[:1] for w in words]
    columns = [
        ["c=" + a for a in c0], ["c-1=" + a for a in m1], ["c+1=" + a for a in p1],
        ["c-2=" + a for a in m2], ["c+2=" + a for a in p2],
        ["b-1=" + a + b for a, b in zip(m1, c0)], ["b+1=" + a + b for a, b in zip(c0, p1)],
        ["b-2=" + a + b for a, b in zip(m2, m1)], ["b+2=" + a + b for a, b in zip(p1, p2)],
        ["t=" + a + b + c for a, b, c in zip(m1, c0, p1)], ["tl=" + a + b + c for a, b, c in zip(m2, m1, c0)],
        ["tr=" + a + b + c for a, b, c in zip(c0, p1, p2)],
        ["k=" + kinds[i + 1] + kinds[i] + kinds[i + 2] for i in range(n)],
        [w_f[i] for i in word_of],
        [_WORD_PLACES[p][sizes[i]] for p, i in zip(pos_in, word_of)],
        [tag_f[i] for i in word_of],
        [pw_f[i] for i in word_of], [nw_f[i] for i in word_of],
        [pt_f[i] for i in word_of], [nt_f[i] for i in word_of],
        [wl_f[i] for i in word_of], [wf_f[i] for i in word_of],
    ]
    out = [list(row) for row in zip(*columns)]
    for i, wi in enumerate(word_of):
        if ahead[wi]:
            out[i] += ["ah=" + ahead[wi], "ahp=" + ahead[wi] + pos_in[i]]
    for s, e, label, rule in ents:
        src = rule.split(":", 1)[0]
        for i in range(s, min(e, n)):
            p = "S" if e - s == 1 else ("B" if i == s else ("E" if i == e - 1 else "I"))
            out[i] += [f"r={p}-{label}|{src}", f"rl={p}-{label}"]
    return out


def doc_words(doc: Doc) -> tuple[str, list[str], list[str], list[int]]:
    """The doc's text, its words (each with its trailing space, as text_with_ws), tags and offsets.

    From the doc's arrays: a Token object per word cost more than the features.
    """
    text = doc_text(doc)
    offs = doc.to_array(IDX).tolist()
    bounds = [*offs, len(text)]
    words = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    strings = doc.vocab.strings
    tags = [strings[h] for h in doc.to_array(TAG).tolist()]
    return text, words, tags, offs


def doc_features(doc: Doc) -> list[list[str]]:
    """Features of a sentence the rules have already read, one list per character."""
    text, words, tags, _ = doc_words(doc)
    ents = [(e.start_char, e.end_char, e.label_, e._.kg_rule) for e in doc.ents]
    return char_features(text, words, tags, ents)


class _Token(NamedTuple):
    """What the checks of a model span read of a token, read once per sentence: spaCy makes a Token
    object anew for each of them at every loop over the doc."""

    i: int
    idx: int
    text: str
    tag_: str


def _tokens(doc: Doc) -> list[_Token]:
    return [_Token(t.i, t.idx, t.text, t.tag_) for t in doc]


def _full_county(span: Span) -> bool:
    """A county, a city or a province the gazetteer knows, written in full with its level (湾沚区, 东至县,
    广西壮族自治区): no veto of the model's drops it. A new or a rare name the model never saw it reads as
    no name at all ("今年以来，湾沚区|认真落实", "现任|广西壮族自治区|来宾市…"), which a division written in
    full never is."""
    return span._.kg_rule == "gazetteer" and len(span.text) >= 3 and span.text[-1] in "县区市省" \
        and (place := load_gazetteer().places.get(span.text)) is not None \
        and place.level in ("county", "city", "province")


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans from BIO character tags; a stray I- starts a span."""
    spans = []
    start, cur = None, None
    for i, tag in enumerate([*labels, "O"]):
        kind, _, label = tag.partition("-")
        if kind == "I" and cur == label:
            continue
        if cur is not None:
            spans.append((start, i, cur))
            start, cur = None, None
        if kind in ("B", "I"):
            start, cur = i, label
    return spans


@lru_cache(maxsize=2)
def load_tagger(path: str = str(MODEL_PATH)):
    import pycrfsuite

    if not Path(path).exists():
        raise FileNotFoundError(f"statistical NER model not found at {path}")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


# Rule sources whose spans the model may not overwrite. Agencies and places
# with a strong suffix (…人民政府, …委员会, …工业园区) are ours by convention:
# People's Daily and MSRA mostly leave 政府 outside any name and split 敦煌市政府
# into a place, which the model learnt (on the dev buckets of the train parts,
# trusting them costs merged ORG 0.807 -> 0.788 on People's Daily, 0.84 -> 0.77 on
# MSRA, and gains CLUENER AGENCY 0.685 -> 0.701). Companies with a strong suffix
# are not trusted: the model places their edges better (CLUENER dev COMPANY 0.711
# against 0.656 with "strong" for every type).
# A village's committee named with its village (明月村村委会) is one body by convention too: the model
# learnt the village as a place and the committee as nothing, or the whole as a place.
# Cooperatives and farms are companies the model never learnt (one in its training
# text), so its tags there say nothing: it read 桃花岛|合作社 as a place.
TRUSTED_RULES = ("lexicon", "abbreviation", "enumeration", "short-names", "status-clause", "quoted-project", "grassroots",
                 "bureau-company",
                 # a state's army by its one-character name (俄海军, 日军), which the model, trained on a set that
                 # tags the country alone as a place, may cut to the country or read as nothing
                 "country-army",
                 # a named office and its unit or bureau written after it (某国国防部|战略|导弹部队, 某市公安局|
                 # 禁毒|支队), which the model cuts to the office it knows
                 "suffix:department",
                 # a design group's institute named by its region (中国电建|成都|院), which it cuts to the group
                 # and the region's place
                 "institute-company",
                 # Hong Kong's bureaus of two fields joined by 及 (运输及物流局), which it cuts to the second
                 "joined-office",
                 # a county's bureau of a field joined to a known one (某县|合作|与|招商局), which it cuts to the second
                 "field-office",
                 # a firm's short name heading its project in a list (鑫光工贸|年产…项目、…): the model, which
                 # knows no projects, reads the brand as nothing there
                 "project-list",
                 # a listed firm's name before its stock code (新世界發展（0017）), which the model learnt as nothing
                 "listed-code",
                 # the division a dateline files from (本报|龙游|2月20日电), whose short name it reads as a word
                 "dateline",
                 # a division's short name in a list of places (两江新区、南岸、渝北等区县), which it reads as the
                 # ordinary word the name also is (南岸 "south bank")
                 "listed-alias",
                 # a division's short name where a firm invests or settles (在|龙游|投资, 落户|龙游。), which it reads
                 # as the ordinary word the name also is
                 "sited-alias",
                 # a city's zone named like another city's district (绍兴|滨海新区), which it reads as no name
                 "gazetteer-zone",
                 # a park the page names by its lettered section (某某工业园|B区), which it reads as no name
                 "park-section",
                 # a firm's brand before its quoted project (在某某“…项目”现场), which it reads as no name
                 "quoted-owner",
                 # a division's body with its session between (某县|第十八届|人民代表大会), which it reads as the
                 # place and a bare body
                 "session",
                 # firms counted by their kind and named in brackets (上市企业3家（…、…）), whose names it
                 # reads as guesses or as a region (江南|纺织)
                 "counted-firms",
                 "strong:AGENCY", "strong:PLACE",
                 "suffix:专业合作社", "suffix:股份经济合作社", "suffix:联合社", "suffix:合作社",
                 "suffix:农场", "suffix:养殖场", "suffix:牧场",
                 # a winery (某某酒庄), which it reads as a village ending in 庄
                 "suffix:酒庄",
                 # and a tea, a sugar, a wine or a tobacco factory (某某茶厂, 某某糖厂), which it reads as a street or
                 # a village before a common noun
                 "suffix:茶厂", "suffix:糖厂", "suffix:酒厂", "suffix:烟厂",
                 # a trade's association after its place (某县|轴承|协会), which it cuts to the place: the sets it
                 # learnt from leave most associations unmarked
                 "suffix:协会",
                 # landforms it learnt few of, which it cuts to the name before them (帕米尔|高原, 汉江|平原)
                 "suffix:高原", "suffix:山脉", "suffix:平原")


@Language.factory(
    "kg_statistical_ner",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    requires=["doc.ents"],
    default_config={"model": None, "min_confidence": 0.5, "veto": 0.9, "trusted_rules": list(TRUSTED_RULES)},
)
def make_statistical_ner(nlp: Language, name: str, model: str | None, min_confidence: float, veto: float,
                         trusted_rules: list[str]) -> "StatisticalNER":
    """The CRF tagger; ``model`` None is the one shipped in ``kg/models``."""
    return StatisticalNER(model or str(MODEL_PATH), min_confidence, veto, trusted_rules)


class StatisticalNER:
    """Re-tag COMPANY, AGENCY and PLACE with the CRF; see the module docstring.

    ``min_confidence``: a model span counts when every character's tag has at
    least this marginal probability; it then replaces the rule spans it
    overlaps. ``veto``: a rule span of those types is dropped when the model
    gives "outside" at least this probability on all its characters (中国 in
    "中国经济"). Both were chosen on the CLUENER dev tenth, not the held-out one.
    """

    def __init__(self, model: str, min_confidence: float = 0.5, veto: float = 0.9,
                 trusted_rules=TRUSTED_RULES):
        self.model = model
        self.tagger = load_tagger(model)
        self.min_confidence = min_confidence
        self.veto = veto
        self.trusted = set(trusted_rules)

    @staticmethod
    def _against(tag: str, label: str) -> bool:
        """The model's tag for a character contradicts a rule span of type ``label``.

        CLUENER tags scenic spots (泸沽湖) as ``scene``; for us they are places,
        so the model's SCENE does not veto a rule PLACE. Nor does its ORG, the
        schools, hospitals and teams we do not name: the place that begins one
        is still a place for us (泰国|朱拉隆功大学), and the sets that write it
        inside the organisation leave that organisation neutral.
        """
        kind = tag.partition("-")[2] or "O"
        return kind != label and not (label == "PLACE" and kind in ("SCENE", "ORG"))

    def _trusted(self, span: Span) -> bool:
        """Rule spans the model may not overwrite: projects (CLUENER has none), known names, enumerations."""
        if span.label_ == "PROJECT":
            return True
        if span.label_ == "COMPANY" and span.text.endswith(LEGAL_NAME_ENDS) and _BRACKETED.search(span.text):
            return True  # "天津（河北）华坤…有限公司": the model ends a name at a bracket
        if span.label_ == "AGENCY" and span._.kg_rule.startswith("suffix:") and _BRACKETED.search(span.text):
            return True  # "某某论坛（深圳）常设秘书处": so does it in a body's name
        if span.label_ == "AGENCY" and span._.kg_rule.startswith("suffix:") \
                and any(span.text.find(x, 1) > 0 for x in entity_rule_spec().agency_joiners):
            return True  # "某市经济合作|和|外事局": the model knows the second field's office alone, or only the
            # place, not an official name that joins two fields (the rules join them after a place only); a
            # name that opens with the character (和平乡引办) joins none
        if span.label_ == "COMPANY" and span.text.endswith(LEGAL_NAME_ENDS) and _quoted_whole(span):
            return True  # "成立「某某产业园有限公司」": the page sets the legal name off; the model's sets quote with “” only
        source, _, suffix = span._.kg_rule.partition(":")
        if span._.kg_rule == "gazetteer" and span.text.endswith(entity_rule_spec().untaught_division_ends):
            return True  # "正镶白旗|与…签署": a banner the model never saw, read as a person
        if span._.kg_rule == "gazetteer" and (zone := next((z for z in entity_rule_spec().zone_words
                                                             if span.text.endswith(z)), None)) \
                and load_gazetteer().lookup(span.text[: -len(zone)]) is not None:
            return True  # "项目落户|临沂经济技术开发区": a zone the gazetteer names whole after its division,
            # which the model read as no name after a verb it rarely saw before a place
        if source == "suffix":
            if span._.kg_rule in self.trusted:
                return True
            # trusted as the suffix's own type: a central bank the rules call an office (欧洲中央银行)
            # is still a bank's name for the model to correct
            kind, _, strength = _suffix_table().get(suffix, "").partition(":")
            return strength == "strong" and ("strong" in self.trusted or f"strong:{kind}" in self.trusted)
        return source.split("-", 1)[0] in self.trusted or source in self.trusted

    @staticmethod
    def _region_of(found: tuple, doc: Doc, spans) -> bool:
        """A model PLACE that only starts a rule's registered name: the region is part of the name.

        The model knows the region but not always the rest: a body word the
        dictionary tags ``nt`` ("禄丰县|招商局": 招商局 is also a company in its
        training text), or a legal name ("青岛|生民亿迅电子科技有限公司"). Over
        other rule spans the model is right more often ("蒙古|对外关系部",
        "中国|传统医药", on People's Daily 1998 dev), so those it may replace.
        """
        s, e, label = found[0], found[1], found[2]
        if label != "PLACE":
            return False
        for x in spans:
            if x.label_ == "COMPANY" and x.start_char < s and e < x.end_char and x.text.endswith(LEGAL_NAME_ENDS):
                return True  # "吉木萨尔县|西域|云谷大数据技术有限公司": a place inside a legal name is the firm's
            if x.start_char != s or x.end_char <= e:
                continue
            if x.label_ == "COMPANY":
                # (and a region's group by its short kind: "山西|建投将…", which the model ends at the province)
                return x.text.endswith(LEGAL_NAME_ENDS) or x.text[e - s:] in entity_rule_spec().region_group_kinds
            if x.label_ == "AGENCY":
                body = doc.char_span(e, x.end_char)
                # an office's short name jieba tags as an abbreviation: 郴州市|台办; or a zone's office,
                # named after the place the zone is: 喀什|经济开发区招商局
                return body is not None and ((len(body) == 1 and body[0].tag_ in ("nt", "j"))
                                             or _zone_office(body.text))
        return False

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tagger = self.tagger
        labels = tagger.tag(doc_features(doc))
        # Read once: each read of doc.ents makes its spans anew, and each loop over the doc its tokens.
        spans = doc.ents
        text = doc_text(doc)
        found = [(*edges, _held_type(text, *edges, lab), "statistical") for s, e, lab in bio_spans(labels)
                 if lab in KEEP and min(tagger.marginal(labels[i], i) for i in range(s, e)) >= self.min_confidence
                 and (edges := clean_span(text, s, e, lab))]
        toks = _tokens(doc) if found else []
        found = [_after_kind(g, spans, toks) for f in found if (g := _after_lead(f, text, toks)) is not None]
        found = [g for f in found if (g := self._own_names(f, doc, spans)) is not None and not _slogan(g, text, doc)]
        found = [g for f in found for g in _two_offices(f, text) for g in _dotted_places(g, text)
                 for g in _two_firms(g, text)]
        found = _joined_places([_doubled_division(_before_division(f, text), text) for f in found], text,
                               frozenset((x.start_char, x.end_char) for x in spans if x.label_ == "PLACE"))
        # A rule's office the model knows only the region of is no office for it to veto (岳阳市|台办).
        regions = [f for f in found if self._region_of(f, doc, spans)]
        trusted = [(x.start_char, x.end_char) for x in spans if self._trusted(x)]
        # A company right before the project the rules read after it heads that project ("河南盛泰纺织|年产
        # 10万纱锭项目", "湖南福尔程环保科技|重金属螯合剂…项目"): the model, which knows no projects, cuts it
        # to the region it starts with or to the brand. It may still find no name there at all.
        projects = {x.start_char for x in spans if x.label_ == "PROJECT"}
        heads = [(x.start_char, x.end_char) for x in spans if x.label_ == "COMPANY" and x.end_char in projects]
        # Where the model agrees with a rule, the rule's name stays: it says why the name is there.
        same = {(x.start_char, x.end_char, x.label_) for x in spans}
        # A legal name the rules read from its brand, which the model starts later at the same legal form
        # ("原子|高科股份有限公司"): the model cut the brand's first word, one it knows as an ordinary noun.
        legal = [(x.start_char, x.end_char) for x in spans
                 if x.label_ == "COMPANY" and x.text.endswith(LEGAL_NAME_ENDS) and x._.kg_rule.startswith("suffix")]
        # And one it starts where the rules do but ends inside, at a word of the trade it knows as an ordinary
        # adjective ("东莞市某田|精密五金工具有限公司"): the legal form says where the name ends.
        cut_short = [(ls, le) for ls, le in legal if le - ls >= 8]
        # So is a branch the rules read with its parent's name ("某某银行|河北省分行"): the model, which saw the
        # parent's word tagged apart, starts at the division, and the branch alone names no firm of the page.
        branches = _parented_branches(spans)
        legal += branches
        # And a branch read with its parent's legal name ("某某银行股份有限公司|某省分行") is as whole as a legal name:
        # the model, which saw few, stops inside it at the country or the bank the name opens with and drops
        # the branch (a parent without its legal form may be a kind counted: "12家|某国银行|美国分行").
        whole = [(bs, be) for bs, be in branches if "公司" in text[bs:be - 3]]
        found = [f for f in found if not (f[2] in ("PLACE", "COMPANY")
                                          and any(bs <= f[0] and f[1] <= be and f[1] - f[0] < be - bs for bs, be in whole))]
        # A firm named for the country, which the rules start at the country's name after the city it is in
        # ("长春市|中国第一汽车集团"): the model, which learnt addresses written whole, glued the city to it
        # (and may go on to the office after it: "…集团|总部").
        nation = entity_rule_spec().nation_openers
        national = [(x.start_char, x.end_char) for x in spans if x.label_ == "COMPANY" and x.text.startswith(nation)
                    and not x.text.endswith(entity_rule_spec().bank_words)] if nation else []
        found = [f for f in found if not (f[2] == "COMPANY" and (any(ls < f[0] and le == f[1] for ls, le in legal)
                                                                 or any(ls == f[0] and f[1] < le for ls, le in cut_short)
                                                                 or any(f[0] < ns and ne <= f[1] for ns, ne in national)))]
        found = [f for f in found if not any(f[0] < te and ts < f[1] for ts, te in trusted + heads) and f[:3] not in same
                 and f not in regions and not self._misreads_division(f, doc, spans) and not _placeless(f, spans, text)
                 and not _inside_aid_word(f, toks) and not _inside_clause_verb(f, toks) and not _cut_word(f, text)
                 and not _founded_unnamed(f, toks, text) and not _listed_field(f, text) and not _across_adverb(f, toks, text)
                 and not _place_doing_business(f, text)
                 and not (f[2] == "PLACE" and text.endswith(entity_rule_spec().site_words, f[0], f[1]))
                 and not _road_of_a_way(f, text) and not _cut_local_name(f, doc, text, spans)
                 and not (f[2] == "PLACE" and inside_idiom(text, f[0], f[1], entity_rule_spec()))
                 and not (f[2] == "PLACE" and text.startswith(entity_rule_spec().manner_marks, f[1]))
                 and not _cuts_common_word(f, toks) and not _opens_name_word(f, toks) and not _firm_then_place(f, spans, text)
                 and not (f[2] == "PLACE" and ranking_scope(text, f[1], entity_rule_spec()))]
        kept = []
        for x in spans:
            s, e = x.start_char, x.end_char
            if (s, e) in trusted or ((s, e) in heads and len(x.text) >= 4 and not x._.kg_rule.endswith(":company-head")):
                # (a firm's name of four characters and more, found by its own suffix, heading the project
                # after it, which the model may read as no name at all: "美的新能源|汽车零部件…项目", where
                # 的 reads as a particle; but a head the rules only cut off a project's name, "百色市投资
                # 新型稀贵金属|矿产资源…项目", the model may still find no firm's)
                kept.append((s, e, x.label_, x._.kg_rule))
                continue
            if any(s < fe and fs < e for fs, fe, _, _ in found):
                continue
            held = _held_type(text, s, e, "COMPANY")  # the model's COMPANY is an office's name here
            if x.label_ in KEEP and all(self._against(labels[i].replace("COMPANY", held), x.label_)
                                        and tagger.marginal(labels[i], i) >= self.veto for i in range(s, e)) \
                    and not any(f[0] == s and f[1] < e for f in regions) and not _full_county(x) \
                    and not _rules_legal_name(x, doc) and not _listed_alike(x, doc):
                continue
            kept.append((s, e, x.label_, x._.kg_rule))
        if len(kept) == len(spans) and not found:
            return doc
        for s, e, _, _ in found:
            if doc.char_span(s, e) is None:
                _split_tokens(doc, s, e)
        ents = []
        for s, e, lab, rule in kept + found:
            span = doc.char_span(s, e, label=lab)
            if span is not None:
                span._.kg_rule = rule
                ents.append(span)
        doc.ents = sorted(ents, key=lambda x: x.start)
        return doc

    @staticmethod
    def _misreads_division(found: tuple, doc: Doc, spans) -> bool:
        """A model place that cuts a division the gazetteer names whole, or runs it on into a clause.

        The model learnt few banners and leagues: it read 察右|后旗 as 察右, and 阿左旗|建设|牧场
        as one place. A division's name or alias found whole by the rules is the place there, unless
        the model left out only its last character (汕头|市区 is the city's urban area); a
        model place may still go on past it to a place of its own (北京|海淀高新技术开发试验区,
        湖北|长阳), where no verb comes between.
        """
        s, e, label = found[0], found[1], found[2]
        if label != "PLACE":
            return False
        for x in spans:
            if x.label_ != "PLACE" or x.start_char != s or x.end_char == e or not x._.kg_rule.startswith("gazetteer"):
                continue
            if e < x.end_char:
                # but 汕头|市区: the city and its "urban area", as the model read; a one-character place
                # cut from a division's name is no division's short name there (京|山 is 京山, not Beijing)
                return x.end_char - e >= 2 or e - s == 1
            rest = doc_text(doc)[x.end_char:e]
            verb = any(t.tag_.startswith("v") for t in doc if x.end_char <= t.idx < e)
            return verb and not _suffix_of(rest, _suffix_table(), _false_words()).startswith("PLACE")
        return False

    @staticmethod
    def _own_names(f: tuple, doc: Doc, spans) -> tuple | None:
        """A model place or company that runs over whole names the rules found, each a name of its own.

        CLUENER writes an address whole (湖北长阳, 沈阳和平区), and the model learnt it;
        we name each division (the seeds: 唐古拉山镇|长江源村). A span made of such
        divisions is left to them (None); one that goes on past two or more keeps
        only the last with the rest: 北京|海淀高新技术开发试验区. Legal names listed
        without commas (…浙江分公司|中国水电工程顾问集团有限公司) are left to the rules too, and so
        are companies a list joins (镁鑫新能源|及|友方新能源科技有限公司).
        """
        s, e, label, rule = f
        if label not in ("PLACE", "COMPANY"):
            return f
        starts = {x.start_char: x.end_char for x in spans if x.label_ == label and s <= x.start_char
                  and x.end_char <= e and _whole(x, label)}
        if label == "COMPANY" and _listed(s, e, doc, spans):
            return None
        lead, pos = [], s
        joints = entity_rule_spec().name_joints
        text = doc_text(doc) if joints else ""
        while pos in starts and starts[pos] > pos:
            lead.append(pos)
            pos = starts[pos]
            if pos < e and text[pos] in joints and pos + 1 in starts:
                pos += 1  # "广东|·|惠州": two names written together
        if len(lead) < 2:
            return f
        if pos == e:
            return None
        return (lead[-1], e, label, rule) if label == "PLACE" else f

    # spaCy serialisation: the model file travels with a saved pipeline.
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.model, path / MODEL_PATH.name)

    def from_disk(self, path, *, exclude=tuple()) -> "StatisticalNER":
        saved = Path(path) / MODEL_PATH.name
        if saved.exists():
            self.model = str(saved)
            self.tagger = load_tagger(self.model)
        return self


# Levels whose divisions are named in news without their level: a county's or a city's short name
_NAMED_LEVELS = ("county", "city", "prefecture", "province")


def _joined_places(found: list[tuple], text: str, ruled: frozenset[tuple[int, int]] = frozenset()) -> list[tuple]:
    """Touching model places that together are one division (台|中 in 台中软体园区: 台中市), as that one.

    jieba cuts 台中 into a classifier and a locative, and the model read each as a one-character
    place (Taiwan, China). So are two that the rules read as one place, or as the start of one (``ruled``:
    their PLACE spans), where the first is no name the gazetteer knows: a town's or a village's
    transliterated name that jieba cut into pieces ("阿依|巴格镇"), of which the model took the first for a
    place of its own (only before a town's or a village's level: a first piece that ends in one is a place
    of its own, 某某镇|某某村).
    """
    if len(found) < 2:
        return found
    gazetteer = load_gazetteer()
    out: list[tuple] = []
    for f in sorted(found):
        prev = out[-1] if out else None
        if prev is not None and prev[2] == f[2] == "PLACE" and prev[1] == f[0] \
                and (gazetteer.written(text[prev[0]:f[1]]) is not None
                     or (any(rs == prev[0] and f[1] <= re for rs, re in ruled)
                         # (a piece of two characters at most: a longer first place is a town of its own
                         # before its village, 某某寺|某某村, 某某办事处|某某村)
                         and prev[1] - prev[0] <= 2
                         and gazetteer.lookup(text[prev[0]:prev[1]]) is None
                         and text.endswith(entity_rule_spec().local_divisions, f[0], f[1])
                         and not text.endswith(entity_rule_spec().local_divisions, prev[0], prev[1]))):
            out[-1] = (prev[0], f[1], *prev[2:])
        else:
            out.append(f)
    return out


def _cut_local_name(found: tuple, doc: Doc, text: str, spans) -> bool:
    """A model place that ends a town's or a village's name the rules read whole, without its first word
    ("托万|巴格乡", "豆|库尔村"): jieba cut a transliterated or local name into pieces, and the model knew only
    the last with its level. The cut-off word is no division the gazetteer knows and no word of a clause
    (a verb, a pronoun, a numeral…), so the rules' whole name stays."""
    s, e = found[0], found[1]
    if found[2] != "PLACE":
        return False
    spec = entity_rule_spec()
    ends = spec.local_divisions
    for x in spans:
        # (a piece of one or two characters: a longer head is a town before its village, 某某寺|某某村, or a
        # person and a verb before a town, 某某系|某某镇, which the model rightly leaves apart)
        if x.label_ != "PLACE" or x.end_char != e or not (x.start_char < s <= x.start_char + 2) \
                or not x.text.endswith(ends):
            continue
        head = text[x.start_char:s]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in head) or head.endswith(ends):
            # ("n巴拉克…度假村": an escape's letter before the name; "阳镇|赵河沟村": a town of its own, then
            # its village)
            return False
        if load_gazetteer().lookup(head) is not None:
            return False
        tags = [t.tag_ for t in doc if x.start_char <= t.idx < s]
        return bool(tags) and not any(tag in spec.village_name_stop_tags or tag[:1] in ("v", "d") for tag in tags)
    return False


def _doubled_division(found: tuple, text: str) -> tuple:
    """A model place that ends in its division's character twice (白云村|村集体, 温平|村村), cut before the second.

    The second opens the village's collective (村集体) or "every village" (村村), as the rules read it.
    """
    s, e, label = found[0], found[1], found[2]
    if label == "PLACE" and e - s >= 4 and text[e - 1] == text[e - 2] and text[e - 1] in entity_rule_spec().division_nouns:
        return (s, e - 1, *found[2:])
    return found


def _before_division(found: tuple, text: str) -> tuple:
    """A model place that took the first character of a county's or a city's name after it, cut before it.

    "云南|镇雄", "甘肃|镇原": the model reads 云南镇 as a town, where 镇 opens 镇雄; the place it
    meant ends before that character (the rules find the county itself).
    """
    s, e, label = found[0], found[1], found[2]
    spec = entity_rule_spec()
    if label != "PLACE" or e - s < 3 or text[e - 1] not in (*spec.office_divisions, *spec.local_divisions):
        return found  # only a level character the model took for the place's own (云南|镇)
    gazetteer = load_gazetteer()
    if gazetteer.lookup(text[s:e]) is not None:
        return found
    before = text[s:e - 1]
    known = gazetteer.lookup(before)
    if before in gazetteer.world_cities or (known is not None and known.name.endswith(text[e - 1])):
        return found  # "罗马|市": the level is the city's own
    for n in (2, 3):
        name = text[e - 1:e - 1 + n]
        place = gazetteer.lookup(name)
        if place is not None and place.level in _NAMED_LEVELS:
            return (s, e - 1, *found[2:])
    return found


def _inside_aid_word(found: tuple, toks) -> bool:
    """A model name inside a verb of aiding a region: "四川|援藏|干部", where the model reads 藏 as a place.

    The paired province sends cadres and funds; the region is named by the verb, not mentioned.
    """
    aid = entity_rule_spec().aid_words
    return any(t.text in aid and t.idx <= found[0] and found[1] <= t.idx + len(t.text) for t in toks)


def _cut_word(found: tuple, text: str) -> bool:
    """A model place no list knows that, with the character after it, is a word of jieba's dictionary and
    no place's: "风能、太阳|能", where jieba cut 太阳能 ("solar power") and the model reads 太阳 as a place.

    Divisions, countries and world cities keep their word (中国|画, 美国|人), and so does a place before
    the people of it (某某|人, 某某|族).
    """
    s, e, label = found[0], found[1], found[2]
    if label != "PLACE" or e - s < 2 or e >= len(text) or text[e] in entity_rule_spec().people_chars:
        return False
    name, gaz = text[s:e], load_gazetteer()
    if gaz.lookup(name) is not None or name in gaz.countries or name in gaz.world_cities or name in gaz.aliases:
        return False
    tag = base_tags().get(text[s:e + 1])
    return tag is not None and tag != "ns"


def _road_of_a_way(found: tuple, text: str) -> bool:
    """A model road whose 路 opens a word for a way of doing things ("…的湖北|路径", "某县|路子"): the road is
    none, and the place before the word, which the rules read, stays."""
    s, e = found[0], found[1]
    return found[2] == "PLACE" and e - s >= 3 and text[e - 1] == "路" \
        and any(text.startswith(w, e - 1) for w in entity_rule_spec().way_words)


def _cuts_common_word(found: tuple, toks) -> bool:
    """A model place that cuts a run of one-character region names jieba's dictionary has as one word (nz):
    "京|津唐", where 京津唐 (three cities' short names run together) is the region, and the model's 津唐 none;
    so where jieba tags the run a place (ns): "粤港|澳", whose 澳 is Macao's, read alone as Australia's."""
    if found[2] != "PLACE":
        return False
    tags, places = base_tags(), entity_rule_spec().one_character_places
    for t in toks:
        a, b = t.idx, t.idx + len(t.text)
        if b <= found[0]:
            continue
        if a >= found[1]:
            break
        if (a < found[0] or found[1] < b) and len(t.text) >= 3 and tags.get(t.text) in ("nz", "ns") \
                and sum(ch in places for ch in t.text) >= len(t.text) - 1:
            return True
    return False


def _opens_name_word(found: tuple, toks) -> bool:
    """A one-character model place that opens a longer word jieba's dictionary knows as a brand's or a term's
    (nz, nt): "京|东方" is the firm 京东方 and "中|草药" a kind of medicine, no province or country mentioned.
    A run of such places stays (中美关系, 辽沈战役: both are named)."""
    if found[2] != "PLACE" or found[1] - found[0] != 1:
        return False
    for t in toks:
        if t.idx >= found[0]:
            return t.idx == found[0] and len(t.text) >= 3 and base_tags().get(t.text) in ("nz", "nt") \
                and t.text[1] not in entity_rule_spec().one_character_places
    return False


@lru_cache(maxsize=1)
def _fields_after():
    return fields_after(entity_rule_spec())


def _listed_field(found: tuple, text: str) -> bool:
    """A model company that is an item of a list of fields ("覆盖制造、民生、物流等领域"): a kind of
    business or a walk of life, no firm, as the rules read such an item (a legal form still names one)."""
    if found[2] != "COMPANY" or "等" not in text or text.endswith(entity_rule_spec().company_strong, found[0], found[1]):
        return False
    return _fields_after().match(text, found[1]) is not None


def _firm_then_place(found: tuple, spans, text: str) -> bool:
    """A model company that runs on from a rule's company over the place after it: "某某电子|湖南|研发中心",
    the firm and where it builds, which the model reads as one name."""
    if found[2] != "COMPANY" or text.endswith(LEGAL_NAME_ENDS, found[0], found[1]):
        return False  # (but "某某地产|北京|某某房地产开发有限公司" is the group's firm there, by its legal name)
    firm = next((x for x in spans if x.label_ == "COMPANY" and x.start_char == found[0]
                 and x.end_char < found[1]), None)
    return firm is not None and any(x.label_ == "PLACE" and x.start_char == firm.end_char and x.end_char <= found[1]
                                    for x in spans)


def _inside_clause_verb(found: tuple, toks) -> bool:
    """A model place that starts inside a verb phrase of the clause: "大力发展|村集体经济", where the model
    reads 发展村 (a village's name elsewhere) as a place. The rules stop a name at such a word too."""
    if found[2] != "PLACE":
        return False
    stop = entity_rule_spec().project_stop
    return any(t.idx < found[0] < t.idx + len(t.text) and t.text in stop for t in toks)


def _across_adverb(found: tuple, toks, text: str) -> bool:
    """A model name over a written adverb after a name's suffix: "某某公司|亦|委任|某顾问公司" is two firms and
    the clause between them, which the model, trained on mainland text (也, 都), reads as one name. So is a
    name over a verb joining two parties: "某某集团|联合|某某公司|与…座谈"."""
    spec = entity_rule_spec()
    adverbs = spec.written_adverbs | spec.joint_verbs
    if not any(a in text[found[0] + 1:found[1] - 1] for a in adverbs):
        return False  # (most names hold none: no token is read)
    inside = [t.i for t in toks if t.text in adverbs and t.i > 0 and found[0] < t.idx and t.idx + len(t.text) < found[1]]
    if not inside:
        return False
    table, false_words = _suffix_table(), _false_words()
    # (after a firm's or an office's suffix only: "杭州|均|和|集团" is a brand)
    return any(_suffix_of(toks[i - 1].text, table, false_words).startswith(("COMPANY", "AGENCY")) for i in inside)


def _founded_unnamed(found: tuple, toks, text: str) -> bool:
    """A model company that ends in a verb of founding and a bare legal form: "某市合资成立|公司" is a firm
    yet to be founded, with no name; the place and the verb before it name none."""
    if found[2] != "COMPANY":
        return False
    spec = entity_rule_spec()
    return any(found[0] < t.idx and t.idx + len(t.text) < found[1] and t.text in spec.founding_verbs
               and _legal_form_only(text[t.idx + len(t.text):found[1]].removesuffix("公司"), spec.legal_forms)
               and text.endswith("公司", t.idx, found[1]) for t in toks)


def _place_doing_business(found: tuple, text: str) -> bool:
    """A model company that is a place and a phrase of doing business: "欢迎某集团到|平原|投资兴业" names
    where a firm is welcome to invest, no firm."""
    if found[2] != "COMPANY":
        return False
    phrase = next((p for p in entity_rule_spec().business_phrases if text.endswith(p, found[0], found[1])), None)
    return phrase is not None and load_gazetteer().lookup(text[found[0]:found[1] - len(phrase)]) is not None


def _placeless(found: tuple, spans, text: str) -> bool:
    """A model company that is a rule's legal name without the place it is registered in.

    "来宾|西江桥巩新能源投资有限公司": jieba reads the city's short name 来宾 as a noun ("guest"),
    the model leaves it out, and the rules' legal name begins with it, as a legal name does.
    """
    s, e, label = found[0], found[1], found[2]
    if label != "COMPANY" or not text.endswith(LEGAL_NAME_ENDS, s, e):
        return False
    gazetteer = load_gazetteer()
    return any(x.label_ == "COMPANY" and x.end_char == e and x.start_char < s and _whole(x, "COMPANY")
               and gazetteer.lookup(text[x.start_char:s]) is not None for x in spans)


# The tags jieba gives a verb it misreads: a person's name (祝福), an adjective (落实)
_MISREAD_VERB_TAGS = frozenset({"nr", "a"})


def _after_lead(found: tuple, text: str, toks) -> tuple | None:
    """A model span that starts with a word the rules never take into a name (图为, 兼任), after it.

    jieba's guess may glue the word to the name's first character (图为局|党委), as the rules read
    it; an ordinary noun that is also a dateline's end (电讯|盈科) is left whole.
    """
    s, e = found[0], found[1]
    borders = entity_rule_spec().border_words
    border = next((x for x in borders if text.startswith(x, s)), None) if text.startswith(borders, s) else None
    if border is not None:
        # "西|临安|昌镇": jieba glued the border's verb to the neighbour's name, so no word starts with it
        return (s + len(border), *found[1:]) if e - s - len(border) >= 2 else None
    tok = next((t for t in toks if t.idx == s), None)
    if tok is not None and tok.text in entity_rule_spec().strive_verbs and tok.idx + len(tok.text) < e:
        # "力保(nz)|某某药业": a drive verb jieba's dictionary tags a name, which the tagger took in
        start = tok.idx + len(tok.text)
        return (start, *found[1:]) if e - start >= 2 else None
    if tok is None or tok.tag_ in ("n", "nz"):
        return found
    if tok.idx + len(tok.text) < e and ((tok.text in entity_rule_spec().boundary and tok.tag_ in _MISREAD_VERB_TAGS)
                                        or (tok.text in entity_rule_spec().hope_verbs and tok.tag_ == "v")):
        # "祝福(nr)|某某集团": a clause's verb jieba reads as a name or an adjective, which the rules keep out;
        # and a leader's hope jieba reads as a verb, which the tagger took in all the same ("希望(v)|某某公司…")
        start = tok.idx + len(tok.text)
        return (start, *found[1:]) if e - start >= 2 else None
    lead = next((x for x in entity_rule_spec().lead_words if tok.text.startswith(x)), None)
    if lead is None or (tok.text != lead and tok.tag_ != "x"):
        return found
    start = s + len(lead)
    return (start, *found[1:]) if e - start >= 2 else None


def _slogan(found: tuple, text: str, doc: Doc) -> bool:
    """A model place that ends a development slogan (科技|兴县, 开放|活县), as the rules read them."""
    s, e, label = found[0], found[1], found[2]
    spec = entity_rule_spec()
    if label != "PLACE" or e - s < 2 or text[e - 1] not in spec.slogan_divisions \
            or not (text[e - 2] in spec.slogan_verbs or (text[e - 2] in spec.slogan_counts and e - s >= 3)):
        return False
    _, words, tags, offs = doc_words(doc)
    division = text[s:e] in load_gazetteer().places
    return ends_slogan(text, e, words, tags, offs, spec, division) is not None


def _dotted_places(found: tuple, text: str) -> list[tuple]:
    """A model place made of two divisions joined by a name's dot ("投资|某省·某县|推介会"), as the two: the
    dot writes a region and its place side by side, and no division's name holds one."""
    s, e, label, rule = found
    if label != "PLACE":
        return [found]
    joints = entity_rule_spec().name_joints
    p = next((p for p in range(s + 1, e - 1) if text[p] in joints), None)
    if p is None:
        return [found]
    gazetteer = load_gazetteer()
    if gazetteer.lookup(text[s:p]) is None or gazetteer.lookup(text[p + 1:e]) is None:
        return [found]
    return [(s, p, label, rule), (p + 1, e, label, rule)]


def _two_offices(found: tuple, text: str) -> list[tuple]:
    """A model office made of two offices joined by 和, 与 or 及 (县民政办|和|县信访处), as the two.

    An office's official name joins two fields, not two offices: 人力资源|和|社会保障局, whose
    part before the conjunction ends like no office.
    """
    s, e, label, rule = found
    if label != "AGENCY":
        return [found]
    spec, table, false = entity_rule_spec(), _suffix_table(), _false_words()
    joiners = spec.item_joiners | spec.project_joiners
    for p in range(s + 2, e - 2):
        if text[p] in joiners and _suffix_of(text[s:p], table, false).startswith("AGENCY") \
                and _suffix_of(text[p + 1:e], table, false).startswith("AGENCY"):
            parts = [clean_span(text, s, p, label), clean_span(text, p + 1, e, label)]
            return [(*edges, label, rule) for edges in parts if edges]
    return [found]


def _two_firms(found: tuple, text: str) -> list[tuple]:
    """A model company that is two legal names written with no mark between them, as a list of firms
    under a photo or in a table often is (某某实业有限公司|某某食品有限公司): the two firms.

    A legal name never holds another one whole before its own legal form; a branch's does (…有限公司|
    某某分公司), and its name ends in the branch's word, not in a legal form.
    """
    s, e, label, rule = found
    if label != "COMPANY" or not text.endswith(LEGAL_NAME_ENDS, s, e):
        return [found]
    cuts = [p for p in range(s + 6, e - 5) if text.endswith(LEGAL_NAME_ENDS, s, p)]
    if not cuts:
        return [found]
    parts = [clean_span(text, a, b, label) for a, b in zip([s, *cuts], [*cuts, e])]
    return [(*edges, label, rule) for edges in parts if edges]


def _zone_office(text: str) -> bool:
    """A zone's office with no place of its own: 经济开发区招商局, 高新区管委会 (zone_words, zone_leads)."""
    spec = entity_rule_spec()
    for lead in ("", *spec.zone_leads):
        for zone in spec.zone_words:
            if text.startswith(lead + zone) and len(text) > len(lead + zone) \
                    and _suffix_of(text, _suffix_table(), _false_words()).startswith("AGENCY"):
                return True
    return False


def _after_kind(found: tuple, spans, toks) -> tuple:
    """A model company that takes in the words for its kind or standing before the name the rules read
    ("存储大厂|某某科技股份有限公司"), as the rules' name: the kind says what the firm is, and is no part of it."""
    s, e = found[0], found[1]
    if found[2] != "COMPANY":
        return found
    trim = entity_rule_spec().company_trim
    kinds = [t.idx + len(t.text) for t in toks if s <= t.idx and t.idx + len(t.text) < e and t.text in trim]
    return next(((k, *found[1:]) for k in reversed(kinds)
                 if any(x.label_ == "COMPANY" and x.start_char == k and x.end_char == e for x in spans)), found)


def _rules_legal_name(span: Span, doc: Doc) -> bool:
    """A firm's legal name the rules read whole from its legal form, which the model must not drop.

    The model saw few legal names after a verb of founding, and read a word for a firm's kind or standing
    before a name mostly before no name; where such a legal name stands, it may read it as nothing: a long
    one whose brand is an ordinary word ("宣布成立|火山口|产业园有限公司"), or one right after the kind
    ("半导体大厂|力晶科技股份有限公司", "龙头企业|某某实业有限公司"; the word before is no part of the name,
    and the legal form says it is one).
    """
    return span.label_ == "COMPANY" and span._.kg_rule.startswith("suffix") and span.text.endswith(LEGAL_NAME_ENDS) \
        and (len(span.text) >= 8 or (span.start > 0 and doc[span.start - 1].text in entity_rule_spec().company_trim))


def _parented_branches(spans) -> list[tuple[int, int]]:
    """A branch's name the rules read by its suffix whole with its parent's (某某银行河北省分行, 某某有限公司宁波
    分公司): the edges of each, the parent's word ending before the branch's own words."""
    spec = entity_rule_spec()
    out = []
    for x in spans:
        if x.label_ != "COMPANY" or not x._.kg_rule.startswith("suffix:") \
                or x._.kg_rule.partition(":")[2] not in spec.branch_suffixes:
            continue
        if any(0 < x.text.find(p) and x.text.find(p) + len(p) < len(x.text) for p in spec.branch_parent_ends):
            out.append((x.start_char, x.end_char))
    return out


def _listed_alike(span: Span, doc: Doc) -> bool:
    """A firm the rules read by its trade's suffix, listed right beside another read by the same one
    ("已有|润草生物、正康生物|和…"): the two name each other's kind, and the model, which may read the
    first after a verb as no name, must not drop one of a pair it would keep alone."""
    rule = span._.kg_rule
    if span.label_ != "COMPANY" or not rule.startswith("suffix:"):
        return False
    text, marks = doc_text(doc), entity_rule_spec().list_marks
    return any(x is not span and x.label_ == "COMPANY" and x._.kg_rule == rule
               and (text[span.end_char:x.start_char] in marks or text[x.end_char:span.start_char] in marks)
               for x in doc.ents)


def _listed(s: int, e: int, doc: Doc, spans) -> bool:
    """Whether ``s``..``e`` is two or more of the rules' companies and the marks of their list, nothing else.

    A word never inside a name joins them as a mark does: 某某集团|旗下|某某科技有限公司 is the group and its firm.
    """
    spec = entity_rule_spec()
    text, marks = doc_text(doc), (*spec.list_marks, *sorted(spec.boundary, key=len, reverse=True))
    ends = {x.start_char: x.end_char for x in spans if x.label_ == "COMPANY" and s <= x.start_char
            and x.end_char <= e and x._.kg_rule.startswith("suffix:")}
    pos, names = s, 0
    while pos in ends:
        pos, names = ends[pos], names + 1
        mark = next((m for m in marks if text.startswith(m, pos)), "")
        if mark and pos < e:
            pos += len(mark)
    return names >= 2 and pos == e


def _whole(span: Span, label: str) -> bool:
    """A rule span that is a whole name of its own: a gazetteer division, or a company with its legal form."""
    if label == "PLACE":
        return span._.kg_rule.startswith("gazetteer")
    return span._.kg_rule.startswith("suffix:") and span.text.endswith((*LEGAL_NAME_ENDS, "分公司"))


def _split_tokens(doc: Doc, start: int, end: int) -> None:
    """Cut tokens so that ``start`` and ``end`` fall on token boundaries."""
    splits = []
    for tok in doc:
        a, b = tok.idx, tok.idx + len(tok.text)
        cuts = [p - a for p in (start, end) if a < p < b]
        if cuts:
            edges = [0, *cuts, len(tok.text)]
            splits.append((tok.i, [tok.text[x:y] for x, y in zip(edges, edges[1:])]))
    if not splits:
        return
    with doc.retokenize() as retok:
        for i, orths in splits:
            tok = doc[i]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths), attrs={"TAG": [tok.tag_] * len(orths)})
