"""``kg_sentence_relations``: typed relations between the entities of one sentence.

The rules live in ``kg/data/relation_rules.yaml``. Sentence rules are spaCy
``Matcher`` patterns over the tokens between two entities (plus, optionally,
right after the second); "与A、B等企业达成…" finds the partners of a signing.
The component writes its hits to ``doc._.kg_relations``. Rules that need the
resolved entities of a whole article (hierarchy, part-of, the subject of a
signing left implicit) run later, in :mod:`kg.relate`.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("市水利局持续推进城区供水管网联通改造项目")
>>> [(h.source.text, h.relation, h.target.text, h.rule) for h in doc._.kg_relations]
[('市水利局', 'leads', '城区供水管网联通改造项目', 'agency-leads-project')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from kg.nlp.entity_rules import ranking_end
from kg.nlp.tokenizer import doc_text
from kg.spec import COMPANY_REF, PROJECT_REF, RelationRuleSpec, entity_rule_spec, relation_rule_spec

ENTITY_LABELS = ("COMPANY", "PROJECT", "AGENCY", "PLACE")
RULES_FILE = "relation_rules.json"
# A pattern with an unbounded operator (*, +, {n,}) still looks no further than this many tokens.
UNBOUNDED_GAP = 60
_RANGE = re.compile(r"^\{(\d*),?(\d*)\}$")
# What follows a name that qualifies a noun: 的, maybe after more items of its list; or the
# interpunct of an event's title (中国·南华…文化节)
_ATTRIBUTIVE = re.compile(r"(?:、[^，。；、,;]{1,8})*的|[·•]")
# What a partner may be: a name, or the paper's own division ("与我县签约", "与该县签订")
_PARTNER_LABELS = frozenset({"COMPANY", "AGENCY", "PLACE", "HOME_CITY", "HOME_COUNTY", "HOME_PREFECTURE"})
_HOME_LABELS = frozenset({"HOME_CITY", "HOME_COUNTY", "HOME_PREFECTURE"})
# Marks before a 与 that goes on with a list of signings
_LIST_MARKS = frozenset("、，,；;")
# Quotation marks, which hold a title or a slogan: a marker inside one works no signing outside it
_QUOTES = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))
_OPENING_QUOTES = frozenset(o for o, _ in _QUOTES)
# Marks that close a clause: what comes before them says nothing of the clause after
_CLAUSE_MARKS = ("，", ",", "；", ";", "。", "：", ":")
# ... and those that close a clause's subject before a body that acts on its own (各部门要…)
_SENTENCE_MARKS = tuple("，。；;,!?！？\n")
# What joins the parties of a list that signs together ("A、B和C共同签署")
_CO_JOINERS = frozenset({"、", "和", "与", "及", "同"})
# jieba's tags of the words that go on with a name after a place (成都市|双流区|家居…协会)
_NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j", "x", "eng"})

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)


@dataclass(frozen=True)
class SpanHit:
    """A relation between two spans of one sentence (source None: subject left implicit)."""

    source: Span | None
    target: Span
    relation: str
    rule: str


@Language.factory(
    "kg_sentence_relations",
    assigns=["doc._.kg_relations"],
    requires=["doc.ents"],
    default_config={},
)
def make_sentence_relations(nlp: Language, name: str) -> "SentenceRelations":
    """The sentence relation rules of the package's ``relation_rules.yaml``."""
    return SentenceRelations(nlp, name)


class SentenceRelations:
    """Runs the sentence rules over ``doc.ents`` and ``doc.spans["kg_refs"]``."""

    def __init__(self, nlp: Language, name: str = "kg_sentence_relations", *, spec: RelationRuleSpec | None = None):
        self.name = name
        self.vocab = nlp.vocab
        self._configure(spec or relation_rule_spec())

    def _configure(self, spec: RelationRuleSpec) -> None:
        self.spec = spec
        self.between, self.after, self.not_after = Matcher(self.vocab), Matcher(self.vocab), Matcher(self.vocab)
        self.before, self.not_before = Matcher(self.vocab), Matcher(self.vocab)
        for rule in spec.sentence_rules:
            self.between.add(rule.name, [list(rule.pattern)])
            if rule.before:
                self.before.add(rule.name, [list(rule.before)])
            if rule.not_before:
                self.not_before.add(rule.name, [list(rule.not_before)])
            if rule.after:
                self.after.add(rule.name, [list(rule.after)])
            if rule.not_after:
                self.not_after.add(rule.name, [list(rule.not_after)])
        # The longest run of tokens each pattern can match: only entity pairs that
        # close are tried, so a sentence costs time linear in its entities, not quadratic.
        self.gap = {rule.name: pattern_length(rule.pattern) for rule in spec.sentence_rules}
        # What follows places that say whose firms sign: "等5个城市的(企业)", "的企业" (the firm kinds are data)
        kinds = sorted(spec.partners.firm_kinds, key=lambda k: (-len(k), k))
        self.qualified_list = re.compile(r"等[^，。；、,;的]{0,6}的" + "".join("|的" + re.escape(k) for k in kinds) + (
            # (and a count of firms after the place, their trade between: "与成都市|一家物流企业签约")
            "|(?:%s)[^，。；、,;]{0,8}?(?:%s)" % ("|".join(map(re.escape, spec.partners.firm_counts)),
                                             "|".join(map(re.escape, kinds)))
            if spec.partners.firm_counts and kinds else "") + (
            # (and offices no name is given, after the place and a few words of which: "与深圳市|有关部门签约",
            # "与长沙市投资促进部门洽谈"; no verb of the signing between)
            "|(?:(?!%s)[^，。；、,;与和同跟\\s]){0,6}?(?:%s)" % ("|".join(map(re.escape, spec.partners.verbs)),
                                                          "|".join(map(re.escape, spec.partners.unnamed_bodies)))
            if spec.partners.unnamed_bodies else ""))
        self.after_len = {rule.name: pattern_length(rule.after) for rule in spec.sentence_rules if rule.after}
        self.not_after_len = {rule.name: pattern_length(rule.not_after) for rule in spec.sentence_rules
                              if rule.not_after}
        self.before_len = {rule.name: pattern_length(rule.before) for rule in spec.sentence_rules if rule.before}
        self.not_before_len = {rule.name: pattern_length(rule.not_before) for rule in spec.sentence_rules
                               if rule.not_before}
        self.max_gap = max(self.gap.values(), default=0)
        self.amount = entity_rule_spec().invested_amount_re
        self.new_marks = entity_rule_spec().new_facility_marks | entity_rule_spec().brand_dots
        self.each = entity_rule_spec().distributive_words
        self.group_words = tuple(entity_rule_spec().group_words)
        self.parent_forms = tuple(entity_rule_spec().parent_legal_forms)
        phases = sorted(entity_rule_spec().phase_words)
        # the project's phase in brackets between its firm and its name: "某某新材|（二期）|年产…项目"
        self.phase = re.compile("[（(](?:%s)[）)]" % "|".join(map(re.escape, phases))) if phases else None
        self.needed = {rule.name: needed_words(rule.pattern) for rule in spec.sentence_rules}

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[SpanHit]:
        """Typed relations within one sentence."""
        spans = sorted(list(doc.ents) + list(doc.spans.get("kg_refs", [])), key=lambda s: s.start)
        hits: list[SpanHit] = []
        text = doc_text(doc)
        starts = {s.start: s for s in spans}
        # A project named right after its company: 蓝科锂业|2万吨电池级碳酸锂 (and after 该公司, the company
        # its article named last).
        for a, b in zip(spans, spans[1:]):
            if a.label_ in ("COMPANY", COMPANY_REF) and b.label_ == "PROJECT" and (
                    a.end == b.start or self.amount.fullmatch(text, a.end_char, b.start_char)
                    or text[a.end_char:b.start_char] in self.new_marks or text[a.end_char:b.start_char] in self.each
                    or (a._.kg_rule == "quoted-owner" and text[a.end_char:b.start_char] in _OPENING_QUOTES)
                    or (self.phase is not None and self.phase.fullmatch(text, a.end_char, b.start_char))):
                # (or with what the firm invests between: "某某电器公司|5亿元|风光互补"; or the project's phase;
                # or a word saying it is new: "某某公司|新|生产基地项目", or its brand's dot: "某某硅能|·|某地…项目";
                # or the word giving each firm of a list its own: "甲、乙|各|10万吨…";
                # or the quote a firm's own project
                # opens with: "在某某新材|“年产…项目”")
                hits.append(SpanHit(a, b, "builds", "company-head"))
        for a, b in zip(spans, spans[1:]):
            if a.label_ == "COMPANY" and b.label_ == "COMPANY" and a.end == b.start \
                    and a.text.endswith(self.group_words):
                # a firm named right after its group, as 旗下 says it: "某某集团|某某科技公司"
                hits.append(SpanHit(b, a, "part_of", "group-head"))
            elif a.label_ == "COMPANY" and b.label_ == "COMPANY" and a.end == b.start and self.parent_forms \
                    and a.text.endswith(self.parent_forms) and not b.text.endswith(self.parent_forms):
                # and a unit right after its parent's legal name: "某某电力有限公司|东北新能源公司"
                hits.append(SpanHit(b, a, "part_of", "parent-head"))
        for a, p, b in zip(spans, spans[1:], spans[2:]):
            if a.label_ == "COMPANY" and p.label_ == "PLACE" and b.label_ == "PROJECT" \
                    and text[a.end_char:p.start_char] in ("(", "（") and text[p.end_char:b.start_char] in (")", "）"):
                # (and with the city it works in between, in brackets: "某某集团|（成都）|食品研发基地")
                hits.append(SpanHit(a, b, "builds", "company-head"))
        # Every rule relates two names: a sentence with one or none (most of them) tries no rule.
        for rule in self.spec.sentence_rules if len(spans) > 1 else ():
            gap = self.gap[rule.name]
            for i, first in enumerate(spans):
                for second in spans[i + 1:]:
                    if second.start - first.end > gap:
                        break
                    if rule.order == "source-first":
                        src, dst = first, second
                    else:
                        src, dst = second, first
                    if not _label_ok(src, rule.source) or not _label_ok(dst, rule.target):
                        continue
                    between = doc[first.end:second.start]
                    if src is first and src.label_ in rule.nounless_sources \
                            and any(t.tag_.startswith("n") for t in between):
                        continue
                    if len(between) == 0 or not _holds_any(text, first.end_char, second.start_char,
                                                           self.needed[rule.name]) \
                            or not _full_match(self.between, between, rule.name):
                        continue
                    if rule.before and not _suffix_match(
                            self.before, doc[max(0, first.start - self.before_len[rule.name]):first.start], rule.name):
                        continue
                    if rule.not_before and _suffix_match(self.not_before, doc[max(
                            0, first.start - self.not_before_len[rule.name]):first.start], rule.name):
                        continue
                    listed = _list_from(doc, second, starts, rule.listed) if rule.listed else [second]
                    end = listed[-1].end
                    if rule.after and not _prefix_match(
                            self.after, doc[end:end + self.after_len[rule.name]], rule.name):
                        continue
                    if rule.not_after and _prefix_match(
                            self.not_after, doc[end:end + self.not_after_len[rule.name]], rule.name):
                        continue
                    sources = [src]
                    if rule.listed_before and rule.order == "source-first":
                        by_end = {s.end: s for s in spans if s.label_ == src.label_}
                        sources = _items_ending_at(doc, src.end, by_end, rule.listed_before) or [src]
                    if len(sources) > 1 and _respectively_before(
                            text, sources[0].start_char, self.spec.partners.respectively):
                        # "分别与A、B签订了P、Q": each firm with the project in its place (and where the lists
                        # differ, "分别与A、B签订了P项目和Q项目", no pairing is said)
                        if len(sources) == len(listed):
                            hits.extend(SpanHit(s, item, rule.relation, rule.name) for s, item in zip(sources, listed))
                        continue
                    for item in listed:
                        if rule.order == "target-first":
                            hits.append(SpanHit(item, dst, rule.relation, rule.name))
                        else:
                            hits.extend(SpanHit(s, item, rule.relation, rule.name) for s in sources)
        hits.extend(self._partners(doc, spans))
        hits.extend(self._respective_projects(doc, spans))
        return _dedupe(hits)

    def _respective_projects(self, doc: Doc, spans: list[Span]) -> list[SpanHit]:
        """"与A、B、C|分别|签订了|X、Y、Z": as many firms as projects, each firm builds the project in its
        place of the other list (the rule ``respective_projects`` of ``relation_rules.yaml``)."""
        rp = self.spec.respective_projects
        if not rp.words or len(spans) < 4 or not any(t.text in rp.words for t in doc):
            return []
        joiners = self.spec.partners.list_joiners | {"、"}
        by_end = {s.end: s for s in spans if s.label_ == "COMPANY"}
        starts = {s.start: s for s in spans if s.label_ == "PROJECT"}
        out = []
        for tok in doc:
            if tok.text not in rp.words:
                continue
            firms = _items_ending_at(doc, tok.i, by_end, joiners)
            at = tok.i + 1
            if len(firms) < 2 or at >= len(doc) or doc[at].text not in rp.verbs:
                continue
            at += 1 + (at + 1 < len(doc) and doc[at + 1].text in rp.particles)
            first = starts.get(at)
            projects = _list_from(doc, first, starts, joiners) if first is not None else []
            # Both lists whole: the firms right after 与 (or a clause's start), the projects up to the clause's
            # end; a name missed inside either would pair the rest wrongly.
            opened = firms[0].start == 0 or doc[firms[0].start - 1].text in self.spec.partners.markers \
                or (doc[firms[0].start - 1].is_punct and doc[firms[0].start - 1].text not in joiners)
            closed = projects and (projects[-1].end == len(doc) or (
                doc[projects[-1].end].is_punct and doc[projects[-1].end].text not in joiners))
            if opened and closed and len(projects) == len(firms):
                out.extend(SpanHit(f, p, "builds", rp.name) for f, p in zip(firms, projects))
        return out

    def _partners(self, doc: Doc, spans: list[Span]) -> list[SpanHit]:
        spec = self.spec.partners
        out: list[SpanHit] = []
        starts = [s.start for s in spans]
        text = doc_text(doc)
        if not spans or not any(v in text for v in spec.verbs):
            # A partner is a name, and a signing's verb follows it: most sentences have no name or no such verb.
            return self._co_signers(doc, spans, text)
        # "来自北京、河北、河南的企业与海原县签订…": names that qualify a noun (a list of them before 的)
        # are no subject of the clause
        subjects = [s for s in spans if s.label_ in spec.subject_labels and not _ATTRIBUTIVE.match(text, s.end_char)
                    and not _list_kind(doc, s, spec)]
        # "A集团在郑州与B市人民政府签约", "赴深圳与C公司洽谈": the place is where the parties meet, and the
        # signer is named before it or left to the article
        venues = _venues(doc, subjects, text, spec.destination_words)
        subjects = [s for s in subjects if s.start not in venues]
        subject_ends = [s.end for s in subjects]
        partnered: set[int] = set()
        joined: set[int] = set()  # joiners inside a list a marker opened
        first_marker = None
        for tok in _marker_tokens(doc, spec.markers, text):
            if tok.ent_type_ or tok.i in joined:
                continue
            if first_marker is None:
                first_marker = tok.i
            partners: list[Span] = []
            pos = tok.i + 1
            ranked = ranking_end(text, tok.idx + len(tok.text), entity_rule_spec())
            if ranked is not None:
                # "与中国500强企业|水发集团…签约": the ranking the partner is on comes before its name
                pos = next((t.i for t in doc[pos:] if t.idx >= ranked), pos)
            for span in spans[bisect_left(starts, pos):]:
                if partners and span.start != pos and _unnamed_item(doc, pos, span.start):
                    pos = span.start  # "与市体育局、上海电力、上海仪电、中国电信…": one item no rule named
                if span.start != pos or span.label_ not in _PARTNER_LABELS:
                    break
                after = bisect_left(starts, span.end) if span.label_ in _HOME_LABELS else len(spans)
                if after < len(spans) and spans[after].start == span.end and spans[after].label_ == "PLACE":
                    pos = span.end  # "与我市|甲县、乙县签订": the paper's own city holds the divisions listed after it
                    continue
                if partners and span.end < len(doc) and doc[span.end].text == tok.text and tok.text != "和" \
                        and (paired := bisect_left(starts, span.end + 1)) < len(spans) \
                        and spans[paired].start == span.end + 1:
                    break  # "A与B、C与D签订…": C opens a pair of its own, and signs with D, not with A
                if partners and span.label_ == "PLACE":
                    mark = next((x for x in range(span.end, min(span.end + 3, len(doc))) if doc[x].text == "、"), None)
                    if mark is not None and mark > span.end and _unnamed_item(doc, span.start, mark + 1):
                        pos = mark + 1  # "…、上海|仪电、…": the place opens an item no rule named
                        continue
                partners.append(span)
                pos = span.end
                if pos < len(doc) and doc[pos].text == "、":
                    pos += 1
                elif pos < len(doc) and doc[pos].text in spec.list_joiners and tok.text not in spec.list_joiners:
                    joined.add(pos)
                    pos += 1
                else:
                    break
            while partners and partners[-1].label_ == "PLACE" and pos < len(doc) \
                    and (doc[pos].ent_type_ or doc[pos].tag_ in _NAME_TAGS):
                # "与安顺市|普定县结对": the place holds the division after it, which is the partner;
                # "与成都市|双流区|家居流通协会签订…": the places open the name of a body no rule
                # found, which is the partner; the places are not
                nxt = spans[bisect_left(starts, pos)] if bisect_left(starts, pos) < len(spans) else None
                partners.pop()
                if nxt is not None and nxt.start == pos and nxt.label_ == "PLACE":
                    partners.append(nxt)
                    pos = nxt.end
            if partners and all(p.label_ == "PLACE" for p in partners) \
                    and self.qualified_list.match(text, partners[-1].end_char):
                # "分别与北京、青岛、上海等5个城市的企业签约": the places say whose firms; the firms sign
                partners = []
            if not partners:
                continue
            previous = set(partnered)
            partnered.update(p.start for p in partners)  # (the names after a 与, whatever the verb)
            rest = text[partners[-1].end_char: partners[-1].end_char + spec.max_gap_chars]
            cut = min((rest.find(p) for p in "。；" if p in rest), default=len(rest))
            if not any(v in rest[:cut] for v in spec.verbs) and tok.text not in spec.list_joiners:
                # "与A…项目、与B…项目、与C…项目在…签约": each 与 of a chain signs by the verb after the last
                rest, cut = self._chained_rest(text, partners[-1].end_char)
            if not any(v in rest[:cut] for v in spec.verbs):
                continue
            first_verb = min(rest.find(v) for v in spec.verbs if v in rest[:cut])
            if rest[:first_verb].endswith(spec.attending):
                continue  # "…和中建七局总承包公司相关单位人员|参加|签约仪式": the event's guests
            if tok.text != "与" and rest.startswith(spec.joint_roles):
                continue  # "A开发区和B市|作为…主战场，签约项目多": what both are, two subjects of one clause
            if _quoted_apart(text, tok.idx, partners[-1].end_char + first_verb):
                continue  # "“与江源和谐共生”…交流合作论坛": 与 inside a title, the verb the event's name
            if tok.text in spec.list_joiners and rest.startswith("等") \
                    and entity_rule_spec().place_kind_re.match(text, partners[-1].end_char + 1) \
                    and _listed_before_joiner(doc, subjects, subject_ends, tok.i):
                # "来自北京昌平、大兴、朝阳|和|天津等地…对接": 和 closes a list of where things come from,
                # and no place signs with another
                continue
            if tok.text in spec.list_joiners and all(p.label_ == "PLACE" for p in partners) \
                    and _listed_places_before(doc, spans, [s.end for s in spans], tok.i) >= 2:
                # "访问5个城市，包括甲市、乙市、丙市和丁市，了解合作机遇": 和 closes a list of three places and
                # more, where a visit goes or what a count holds; no place of it signs with the last (nor where
                # the list is where things lie, its places no subjects: "位于甲、乙、丙和丁的合作区")
                continue
            if tok.text != "与":
                if any(v in rest[:first_verb] for v in spec.visit_verbs):
                    continue  # "南开区副区长某某和渤海轻工集团等先后来…考察调研…合作事宜": 和 joins the visitors
            k = bisect_right(subject_ends, tok.i)
            if _college_subject(doc, text, tok, subjects[k - 1] if k else None):
                continue  # "湖北|师范大学|与某区管委会签订…": a college, none of the kinds here, signs; no one else
            if tok.i > 0 and doc[tok.i - 1].text in _LIST_MARKS:
                # "与A签订…，与B签订…", "与A…项目、与B…项目": a 与 that goes on with the list signs
                # with the same subject as the one before it, not with that one's partner
                # (and so does a name after the first 与 whose clause no rule read as a signing: "与A…签订…；
                # 与B签订…" where A's name was not found whole)
                while k and (subjects[k - 1].start in previous or subjects[k - 1].start > first_marker):
                    k -= 1
            subject = subjects[k - 1] if k else None
            if subject is not None and any(m in text[subject.end_char:tok.idx] for m in _CLAUSE_MARKS) \
                    and (visitor := self._visitor(text, subjects, k - 1)) is not None:
                # "A集团董事长某某拜访|B市政府|，与B市委副书记、市长某某会谈…合作": the host a visit's verb names,
                # its clause closed, is whom the visitor meets; the visitor is the side that signs or works
                # with the partner (within the clause, "拜访A和B", 和 joins two hosts)
                k, subject = visitor + 1, subjects[visitor]
            if subject is None and all(p.label_ == "AGENCY" for p in partners) and self._collective_clause(text, tok.idx):
                # "各乡镇、部门要主动与县自然资源局对接": every office works with another, and no one body
                # signs (with firms, "有关乡镇、园区与A公司…签约", the place's own units sign: the article's)
                continue
            sides = _listed_before(doc, subject, subjects) if subject is not None else [subject]
            if len(sides) > 1 and any(s.start in previous for s in sides[:-1]):
                # "A与B、C与D": B, listed before C, signed with A; C alone signs with D
                sides = sides[max(i for i, s in enumerate(sides[:-1]) if s.start in previous) + 1:]
            if tok.text != "与" and subject is not None and self._visited(text, sides[0]) and (
                    subject.end == tok.i or _titled_person(text[subject.end_char:tok.idx])):
                # "拜访|深圳市龙境科技有限公司|和|华为集团": two hosts of one visit; and "会见了…的A、B、C和D
                # 5家…负责人": the guests a leader meets, each with the city, none with another (so with
                # each guest's post and name: "会见了A董事长某某和B总经理某某一行")
                continue
            if tok.text in spec.list_joiners and len(sides) > 1 and subject.end == tok.i \
                    and not any(m in _without(rest[:first_verb], spec.co_signing) for m in spec.markers):
                # "A、B和C签订…协议": 和 closes one list of parties who sign together, each with the first
                out.extend(SpanHit(sides[0], p, spec.relation, spec.name) for p in sides[1:] + partners)
                continue
            if len(sides) > 1 and len(sides) == len(partners) \
                    and any(w in text[subject.end_char:tok.idx] for w in spec.respectively):
                # "A、B分别与C、D签署": each side with the partner in its place
                out.extend(SpanHit(a, p, spec.relation, spec.name) for a, p in zip(sides, partners))
                continue
            for side in sides:
                # "A、B、C等企业与海原县签订": each listed firm signs
                for p in partners:
                    out.append(SpanHit(side, p, spec.relation, spec.name))
        out.extend(self._co_signers(doc, spans, text))
        return out

    def _chained_rest(self, text: str, at: int) -> tuple[str, int]:
        """The text after the last item of a chain of 与 clauses that starts at ``at`` ("…项目、与B…项目、
        与C…项目|在…签约"), and where its sentence ends in it, read as the first item's own."""
        spec = self.spec.partners
        chained = tuple("、" + m for m in spec.markers if m not in spec.list_joiners)
        for _ in range(8):
            rest = text[at: at + spec.max_gap_chars]
            cut = min((rest.find(p) for p in "。；，" if p in rest), default=len(rest))
            nxt = min((rest.find(c) for c in chained if 0 <= rest.find(c) < cut), default=-1)
            if nxt < 0:
                break
            at += nxt + 2
        rest = text[at: at + spec.max_gap_chars]
        return rest, min((rest.find(p) for p in "。；" if p in rest), default=len(rest))

    def _visited(self, text: str, first: Span) -> bool:
        """Whether the clause before the list that ``first`` opens says whom a visit sees (会见了, 拜访)."""
        opened = _clause_start(text, first.start_char, _CLAUSE_MARKS)
        return any(v in text[opened:first.start_char] for v in self.spec.partners.visit_verbs)

    def _visitor(self, text: str, subjects: list[Span], x: int) -> int | None:
        """The index of the subject before a visit's verb that names ``subjects[x]`` as what it visits
        ("拜访|B市政府", "走访了|B公司"), in the same sentence; None when the subject is no host so named."""
        host = subjects[x]
        before = text[max(0, host.start_char - 6):host.start_char]
        before = before[:-1] if before.endswith("了") else before
        verb = next((v for v in self.spec.partners.visit_verbs if before.endswith(v)), None)
        if verb is None:
            return None
        at = host.start_char - len(verb) - (text[host.start_char - 1] == "了")
        opened = _clause_start(text, at, tuple("。；;!?！？\n"))
        return next((y for y in range(x - 1, -1, -1)
                     if subjects[y].start_char >= opened and subjects[y].end_char <= at), None)

    def _collective_clause(self, text: str, end: int) -> bool:
        """Whether the clause ending at ``end`` opens with a word for every body of a kind (各部门, 有关单位)."""
        words = self.spec.partners.collective_subjects
        return bool(words) and text.startswith(words, _clause_start(text, end, _SENTENCE_MARKS))

    def _co_signers(self, doc: Doc, spans: list[Span], text: str) -> list[SpanHit]:
        """"A、B、C共同签署了…协议", "A和B三方签约": the parties listed right before the word that says
        they sign together, each a partner of the first (no 与 names a side)."""
        spec = self.spec.partners
        if not spec.co_signing or not any(w in text for w in spec.co_signing):
            return []
        by_end = {s.end: s for s in spans if s.label_ in ("COMPANY", "AGENCY", "PLACE")}
        out: list[SpanHit] = []
        for tok in doc:
            if tok.text not in spec.co_signing or tok.ent_type_:
                continue
            after = text[tok.idx + len(tok.text): tok.idx + len(tok.text) + 6]
            if not any(v in after for v in spec.verbs):
                continue
            items = _items_ending_at(doc, tok.i, by_end, _CO_JOINERS)
            for p in items[1:]:
                out.append(SpanHit(items[0], p, spec.relation, spec.name))
        return out

    # -- serialisation -------------------------------------------------------
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / RULES_FILE, self.spec.to_dict())

    def from_disk(self, path, *, exclude=tuple()) -> "SentenceRelations":
        self._configure(RelationRuleSpec.from_dict(srsly.read_json(Path(path) / RULES_FILE)))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self.spec.to_dict())

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "SentenceRelations":
        self._configure(RelationRuleSpec.from_dict(srsly.msgpack_loads(data)))
        return self


def _respectively_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether the clause before offset ``at`` says 分别: the lists after it pair item by item."""
    clause = text[_clause_start(text, at, ("，", "。", "；", ",", ";")):at]
    return any(w in clause for w in words)


def _list_from(doc: Doc, first: Span, starts: dict[int, Span], joiners: frozenset[str]) -> list[Span]:
    """``first`` and the names of its label that follow it, each after one word of ``joiners`` (A、B和C)."""
    items = [first]
    while items[-1].end < len(doc) and doc[items[-1].end].text in joiners:
        nxt = starts.get(items[-1].end + 1)
        if nxt is None or nxt.label_ != first.label_:
            break
        items.append(nxt)
    return items


def _list_kind(doc: Doc, span: Span, spec) -> bool:
    """A place that says what kind the items of a list before it are ("A、B等|银川|本地企业"): no subject."""
    return span.label_ == "PLACE" and span.start > 0 and doc[span.start - 1].text == "等" \
        and span.end < len(doc) and doc[span.end].text not in spec.markers and not doc[span.end].is_punct


def _venues(doc: Doc, subjects: list[Span], text: str, words: tuple[str, ...]) -> set[int]:
    """Starts of the places a destination word opens ("在|郑州", "赴|深圳、东莞"), the list's later items included,
    and a place written right after one that holds it ("赴|葡萄牙|里斯本")."""
    out: set[int] = set()
    if not words:
        return out
    previous = None
    for s in subjects:
        if s.label_ == "PLACE" and (text[:s.start_char].endswith(words) or (
                previous is not None and previous.start in out
                and text[previous.end_char:s.start_char] in ("、", "") and previous.label_ == "PLACE")):
            out.add(s.start)
        previous = s
    return out


def _college_subject(doc: Doc, text: str, tok, subject: Span | None) -> bool:
    """Whether a college signs by the marker ``tok``: its name right before it ("某省|师范大学|与…"), or
    opening the sentence with no subject named after it ("某大学|将|加强|与某市、某区的合作")."""
    heads = entity_rule_spec().college_heads
    if tok.i > 0 and not doc[tok.i - 1].ent_type_ and doc[tok.i - 1].text.endswith(heads):
        return True
    opened = _clause_start(text, tok.idx, ("。", "！", "？", "；", "\n"))
    if subject is not None and subject.start_char >= opened:
        return False
    first = next((t.i for t in doc if t.idx >= opened), tok.i)
    for t in doc[first:min(first + 3, tok.i)]:
        if t.text.endswith(heads) and not t.ent_type_:
            return True
        if t.tag_ not in _NAME_TAGS and t.tag_ != "vn":
            return False
    return False


def _clause_start(text: str, end: int, marks: tuple[str, ...]) -> int:
    """Where the clause that ``end`` lies in opens: right after the last of ``marks`` before it."""
    return max(text.rfind(p, 0, end) for p in marks) + 1


def _quoted_apart(text: str, at: int, verb: int) -> bool:
    """Whether offset ``at`` lies inside a quotation that closes before offset ``verb``."""
    for opening, closing in _QUOTES:
        if text.rfind(opening, 0, at) > text.rfind(closing, 0, at):
            close = text.find(closing, at)
            return close != -1 and close < verb
    return False


def _titled_person(between: str) -> bool:
    """Whether the words between a firm and the next 和 are a post and a person's name ("董事长陈某"):
    the firm's guest, not the firm, is what the 和 joins."""
    titles = entity_rule_spec().person_titles
    return 3 <= len(between) <= 9 and any(between.startswith(t) and 2 <= len(between) - len(t) <= 3 for t in titles)


def _without(text: str, words: tuple[str, ...]) -> str:
    """``text`` with every one of ``words`` taken out (共同 holds 同, which is no 与 there)."""
    for w in words:
        text = text.replace(w, "")
    return text


def _listed_before(doc: Doc, subject: Span, subjects: list[Span]) -> list[Span]:
    """The subject and the items of its list before it, joined by 、 ("A、B、C等企业与…"), in order."""
    if subject.label_ not in ("COMPANY", "AGENCY"):
        return [subject]
    by_end = {s.end: s for s in subjects if s.label_ in ("COMPANY", "AGENCY")}
    return _items_ending_at(doc, subject.end, by_end, frozenset("、"))


def _items_ending_at(doc: Doc, end: int, by_end: dict[int, Span], joiners) -> list[Span]:
    """The names of ``by_end`` that end a list at token ``end``, each joined to the next by one of
    ``joiners``, in order (none when no name ends there)."""
    items: list[Span] = []
    pos = end
    while pos in by_end:
        items.insert(0, by_end[pos])
        pos = items[0].start
        if pos == 0 or doc[pos - 1].text not in joiners:
            break
        pos -= 1
    return items


def _unnamed_item(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` are one short item of a list of names, then its mark: 上海|仪电|、."""
    return 0 < end - start <= 4 and doc[end - 1].text == "、" \
        and len(doc[start:end - 1].text) <= 6 and all(t.tag_ in _NAME_TAGS for t in doc[start:end - 1])


def _listed_before_joiner(doc: Doc, subjects: list[Span], subject_ends: list[int], at: int) -> bool:
    """Whether the name right before the token at ``at`` is a list's item after a 、 ("A、B|和|C")."""
    k = bisect_right(subject_ends, at)
    if not k or subjects[k - 1].end != at:
        return False
    start = subjects[k - 1].start
    return start > 0 and doc[start - 1].text == "、"


def _listed_places_before(doc: Doc, subjects: list[Span], subject_ends: list[int], at: int) -> int:
    """How many places, each after a 、, end right before the token at ``at`` ("甲、乙、丙|和|丁": 2)."""
    k, n = bisect_right(subject_ends, at), 0
    while k and subjects[k - 1].end == at and subjects[k - 1].label_ == "PLACE":
        start = subjects[k - 1].start
        if start == 0 or doc[start - 1].text != "、":
            break
        n, at, k = n + 1, start - 1, k - 1
    return n


def _marker_tokens(doc: Doc, markers, text: str | None = None) -> list:
    """The tokens that are one of ``markers``, in order.

    Found in the text and aligned to tokens, not by walking every token: a
    Token object per word of every sentence was most of this rule's time.
    """
    if text is None:
        text = doc_text(doc)
    found = set()
    for marker in markers:
        at = text.find(marker)
        while at != -1:
            span = doc.char_span(at, at + len(marker))
            if span is not None and len(span) == 1:
                found.add(span.start)
            at = text.find(marker, at + 1)
    return [doc[i] for i in sorted(found)]


def pattern_length(pattern) -> int:
    """The most tokens a Matcher pattern can match (``UNBOUNDED_GAP`` for * and +).

    >>> pattern_length([{"ORTH": "由"}, {"ORTH": "在", "OP": "?"}, {"TAG": "n", "OP": "{0,4}"}])
    6
    """
    total = 0
    for token in pattern or ():
        op = token.get("OP", "1")
        m = _RANGE.match(op)
        if op in ("1", "!", "?"):
            total += 0 if op == "!" else 1
        elif m and m.group(2):
            total += int(m.group(2))
        elif m and "," not in op:
            total += int(m.group(1))
        else:
            return UNBOUNDED_GAP
    return min(total, UNBOUNDED_GAP)


def needed_words(pattern) -> frozenset[str] | None:
    """Words one of which a match of ``pattern`` must hold: those of its first token that must be there
    and names its words (``ORTH`` a word or ``IN`` a list); None when no token does.

    >>> sorted(needed_words([{"ORTH": "由", "OP": "?"}, {"TAG": "n"}, {"ORTH": {"IN": ["在", "于"]}}]))
    ['于', '在']
    >>> needed_words([{"ORTH": {"NOT_IN": ["，"]}, "OP": "*"}]) is None
    True
    """
    for token in pattern or ():
        if token.get("OP", "1") not in ("1", "+"):
            continue
        orth = token.get("ORTH")
        if isinstance(orth, str):
            return frozenset((orth,))
        if isinstance(orth, dict) and set(orth) == {"IN"}:
            return frozenset(orth["IN"])
    return None


def _holds_any(text: str, start: int, end: int, words: frozenset[str] | None) -> bool:
    """Whether ``text[start:end]`` may hold a token of ``words`` (always, for no words): a search of
    the text, where most pairs of names hold none, instead of a Matcher run."""
    if words is None:
        return True
    piece = text[start:end]
    return any(w in piece for w in words)


def _full_match(matcher: Matcher, span: Span, name: str) -> bool:
    key = span.doc.vocab.strings[name]
    return any(m == key and s == 0 and e == len(span) for m, s, e in matcher(span))


def _prefix_match(matcher: Matcher, span: Span, name: str) -> bool:
    key = span.doc.vocab.strings[name]
    return any(m == key and s == 0 for m, s, e in matcher(span))


def _suffix_match(matcher: Matcher, span: Span, name: str) -> bool:
    key = span.doc.vocab.strings[name]
    return any(m == key and e == len(span) for m, s, e in matcher(span))


def _label_ok(span: Span, wanted: str) -> bool:
    # 该项目 stands for the project the article named before: "该项目由X承建", "该项目位于X"
    return wanted == "ANY" and span.label_ in ENTITY_LABELS or span.label_ == wanted \
        or (wanted in ("PROJECT", "ANY") and span.label_ == PROJECT_REF)


def _dedupe(hits: list[SpanHit]) -> list[SpanHit]:
    seen, out = set(), []
    for h in hits:
        key = (h.source.start_char if h.source is not None else -1, h.target.start_char, h.relation)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out
