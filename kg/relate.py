"""Relate stage: link resolved entities, each link with its evidence.

Co-mention: two entities in one sentence are linked with relation
``co_mention``; ``weight`` counts those sentences. Each co-mention edge carries
``score``, the Jaccard index of the two entities' article sets, so that users
can filter out pairs that merely share a busy page.

Typed edges come from the sentence rules (``kg_sentence_relations``, found
per document) and from the article rules here, which need the resolved
entities: the subject of a signing left implicit, ``located_in`` from the
gazetteer and from the article's city, and ``part_of`` between bodies (both
in ``kg/data/relation_rules.yaml``). Edges with the same pair and relation
aggregate into one edge.

>>> from kg.analyse import analyse_document
>>> from kg.nlp import load_pipeline
>>> from kg.read import Document
>>> from kg.resolve import resolve
>>> text = "格尔木市与比亚迪股份有限公司签订合作协议。"
>>> analyses = [analyse_document(Document("d1", "", text), load_pipeline())]
>>> sorted((str(e.source), e.relation, str(e.target)) for e in relate(analyses, resolve(analyses)))[:3]
[('company:比亚迪股份有限公司', 'co_mention', 'place:格尔木市'), ('place:格尔木市', 'located_in', 'place:海西蒙古族藏族自治州'), ('place:格尔木市', 'partners', 'company:比亚迪股份有限公司')]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from kg.analyse import DocumentAnalysis
from kg.articles import iso_date
from kg.consistency import brand_forms
from kg.gazetteer import load_gazetteer
from kg.resolve import Key, Resolution, destinations, division_prefix
from kg.spec import entity_rule_spec, relation_rule_spec

CO_MENTION = "co_mention"
# Rules that read a fact from the division gazetteer: the article only named
# the place, so no sentence of it supports the edge.
GAZETTEER_RULE_PREFIX = "gazetteer"


@dataclass(frozen=True)
class Evidence:
    """One piece of support for an edge, with what a citation needs.

    ``headline`` is the article's, ``title`` the document's (a web page's
    <title>, a JSONL ``title``), ``date`` the document's date, else the
    article's, as ``YYYY-MM-DD`` ("" when unknown), ``url`` the document's. An edge read
    from the gazetteer cites the article that named the place with no
    sentence (``sentence`` "", ``start`` and ``end`` -1).
    """

    doc: str
    article: str
    headline: str
    sentence: str
    start: int
    end: int
    rule: str
    title: str = ""
    date: str = ""
    url: str = ""

    def as_dict(self) -> dict:
        return {
            "doc": self.doc, "article": self.article, "headline": self.headline, "title": self.title,
            "date": self.date, "url": self.url, "sentence": self.sentence, "start": self.start, "end": self.end,
            "rule": self.rule,
        }


def evidence_for(document, article, sentence, rule: str) -> Evidence:
    """The evidence of ``rule`` firing on ``sentence`` of ``article`` in ``document``."""
    # The document's own date (JSONL, HTML meta) is when it was published; a date found in the
    # article's text may be any date it mentions, so it only stands in where the document has none.
    date = iso_date(document.date) or iso_date(article.date)
    if rule.startswith(GAZETTEER_RULE_PREFIX):
        return Evidence(document.id, article.id, article.headline, "", -1, -1, rule, document.title, date,
                        document.url)
    return Evidence(document.id, article.id, article.headline, sentence.text, sentence.orig_start,
                    sentence.orig_end, rule, document.title, date, document.url)


@dataclass
class Edge:
    source: Key
    target: Key
    relation: str
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.0

    @property
    def weight(self) -> float:
        return float(len({(e.doc, e.start) for e in self.evidence}))


def relate(analyses: list[DocumentAnalysis], res: Resolution) -> list[Edge]:
    """Co-mention and typed edges between the resolved entities, each with its evidence."""
    edges: dict[tuple[Key, Key, str], Edge] = {}
    # A set beside each edge's list: a scan of the list would make an edge with k pieces of evidence cost k².
    # A piece of evidence is known by where it is and what found it (the rest
    # follows from these): hashing the whole frozen Evidence was a third of relate.
    seen: set[tuple] = set()
    entity_articles: dict[Key, set[str]] = defaultdict(set)
    bodies = BodyIndex(res)

    def add(src: Key, dst: Key, relation: str, ev: Evidence) -> None:
        key = (src, dst, relation)
        mark = (src, dst, relation, ev.doc, ev.article, ev.start, ev.end, ev.rule)
        if mark in seen:
            return
        seen.add(mark)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = Edge(src, dst, relation)
        edge.evidence.append(ev)

    key_of = res.mention_entity
    for a in analyses:
        sentences = {s.index: (art, s) for art in a.articles for s in art.sentences}
        by_sentence: dict[int, set[Key]] = {}
        # Each mention's entity looked up once, and handed on with it: the article rules
        # looked them up again, six lookups of each of the corpus's mentions in all.
        by_article: dict[str, list[tuple]] = {}
        for m in a.mentions:
            key = key_of.get(m)
            if key is not None:
                by_sentence.setdefault(m.sentence, set()).add(key)
                entity_articles[key].add(m.article)
                by_article.setdefault(m.article, []).append((m, key))
        for idx, keys in sorted(by_sentence.items()):
            if len(keys) < 2:
                continue
            art, sent = sentences[idx]
            ev = evidence_for(a.document, art, sent, CO_MENTION)
            for u, v in combinations(sorted(keys), 2):
                add(u, v, CO_MENTION, ev)
        for src, dst, relation, rule, sent_index in _article_relations(a, res, bodies, by_article):
            if src == dst or src not in res.entities or dst not in res.entities:
                continue
            art, sent = sentences[sent_index]
            ev = evidence_for(a.document, art, sent, rule)
            add(src, dst, relation, ev)
    for edge in edges.values():
        if len(edge.evidence) > 1:  # (most edges have one piece: no key to make)
            edge.evidence.sort(key=lambda e: (e.doc, e.start, e.rule))
        if edge.relation == CO_MENTION:
            a_set, b_set = entity_articles[edge.source], entity_articles[edge.target]
            # The union's size from the intersection's: a hub's article set (中国, a home city) is
            # in thousands of edges, and building each union cost its whole size every time.
            shared = len(a_set & b_set) if len(a_set) <= len(b_set) else len(b_set & a_set)
            union = len(a_set) + len(b_set) - shared
            edge.score = round(shared / union, 6) if union else 0.0
    return sorted(edges.values(), key=lambda e: (e.source, e.target, e.relation))


def article_relations(analysis: DocumentAnalysis, res: Resolution,
                      bodies: BodyIndex | None = None) -> list[tuple[Key, Key, str, str, int]]:
    """Typed edges of one document as ``(source key, target key, relation, rule, sentence index)``.

    Sentence hits come from ``kg_sentence_relations``; this adds the subject
    of an implicit signing, located_in from the gazetteer and from the
    article's city, and part_of between bodies. ``bodies`` is the corpus's
    :class:`BodyIndex`, built once for all documents (built here if absent).
    """
    key_of = res.mention_entity
    by_article: dict[str, list[tuple]] = {}
    for m in analysis.mentions:
        key = key_of.get(m)
        if key is not None:
            by_article.setdefault(m.article, []).append((m, key))
    return _article_relations(analysis, res, bodies or BodyIndex(res), by_article)


def _article_relations(analysis: DocumentAnalysis, res: Resolution, bodies: BodyIndex,
                       by_article: dict[str, list[tuple]]) -> list[tuple[Key, Key, str, str, int]]:
    """:func:`article_relations` with the document's ``(mention, entity key)`` pairs by article, in mention order."""
    spec = relation_rule_spec()
    key_of = res.mention_entity
    out: list[tuple[Key, Key, str, str, int]] = []
    subject_labels = spec.partners.subject_labels
    # A partner of an earlier signing is no subject of a later one: "甲县与A集团等…签约。其中，与B公司…签约"
    # is 甲县's signing with B, not A's.
    partnered = {hit.target for hit in analysis.relations if hit.relation == spec.partners.relation}
    implicit = any(hit.source is None for hit in analysis.relations)
    if implicit:
        partnered |= destinations(analysis, spec.partners.destination_words)
        partnered |= _after_markers(analysis, tuple(spec.partners.markers - spec.partners.list_joiners),
                                    spec.partners.verbs)
    # A body named in an official's post is the subject only where the article names no other.
    posts = _in_posts(analysis, spec.partners.post_words) if implicit else set()
    for hit in analysis.relations:
        dst = key_of.get(hit.target)
        if dst is None:
            continue
        if hit.source is not None:
            src = key_of.get(hit.source)
        else:
            earlier = [(m, k) for m, k in by_article.get(hit.target.article, [])
                       if m.sentence < hit.target.sentence and m.label in subject_labels and m not in partnered]
            earlier = [(m, k) for m, k in earlier if m not in posts] or earlier
            # a mountain or a lake named before signs nothing ("…开发蒙顶山旅游风景名胜区；川投水务|与…签订")
            earlier = [(m, k) for m, k in earlier if not _landform(k)]
            src = earlier[-1][1] if earlier else (Key("place", res.home_city) if res.home_city else None)
        if src is not None and not _against_gazetteer(src, dst, hit.relation) \
                and not (hit.relation == spec.partners.relation and _same_side(src, dst)):
            out.append((src, dst, hit.relation, hit.rule, hit.target.sentence))
    out.extend(_containment(analysis, res, by_article))
    out.extend(_part_of(res, by_article, bodies))
    out.extend(_brand_projects(by_article))
    return out


def _after_markers(analysis: DocumentAnalysis, markers: tuple[str, ...], verbs: tuple[str, ...]) -> set:
    """Names between a signing's 与 that opens a clause and its verb ("；与A（上海）B有限公司签订…"): the
    partner's name, or its parts where no rule found it whole, so no subject of the signing after it."""
    if not markers or not verbs:
        return set()
    ends = {}
    for art in analysis.articles:
        for s in art.sentences:
            if s.text.startswith(markers):
                ends[s.index] = min((i for i in (s.text.find(v) for v in verbs) if i > 0), default=0)
    return {m for m in analysis.mentions if m.s_start < ends.get(m.sentence, 0)}


def _brand_projects(by_article: dict[str, list[tuple]]) -> list[tuple[Key, Key, str, str, int]]:
    """A project named by a company's brand builds edge from that company, in an article that names both:
    "河北哆呋食品有限公司…哆呋食品二期项目", "河北京耀生物发展有限公司…京耀谷朊粉项目". The brand's forms
    are :func:`kg.consistency.brand_forms`; the project's name goes on after it (a brand alone is no project's)."""
    out = []
    for pairs in by_article.values():
        firms = sorted({k for _, k in pairs if k.type == "company"})
        if not firms:
            continue
        for m, k in pairs:
            if k.type != "project":
                continue
            # The firm whose form the name opens with is the longest: "北大资源综合体项目" in an article
            # naming 北大荒营销股份公司 and 北大资源控股有限公司 is the second's, not the first's by their
            # shared 北大; where two firms' forms are as long, neither is said to build it.
            matched = [(max(len(f) for f in forms), firm) for firm in firms
                       if (forms := [f for f in brand_forms(firm.name) if k.name.startswith(f)
                                     and len(k.name) - len(f) >= 3 and not _place_through(k.name, len(f))])]
            if matched:
                best = max(n for n, _ in matched)
                owners = [firm for n, firm in matched if n == best]
                if len(owners) == 1:
                    out.append((owners[0], k, "builds", "brand-project", m.sentence))
    return out


def _place_through(name: str, n: int) -> bool:
    """Whether a place the gazetteer knows opens ``name`` and goes on past its first ``n`` characters:
    "鄂尔多斯市君正…项目" is a project of 鄂尔多斯, not of a firm whose brand would be 鄂尔."""
    gaz = load_gazetteer()
    return any(gaz.written(name[:k]) is not None for k in range(n + 1, min(len(name), 10) + 1))


def _landform(key: Key) -> bool:
    """A place that is a mountain, a river or a lake (蒙顶山, 白沙河), no division: it takes part in no signing."""
    return key.type == "place" and key.name.endswith(entity_rule_spec().landform_ends) \
        and load_gazetteer().written(key.name) is None


def _in_posts(analysis: DocumentAnalysis, words: tuple[str, ...]) -> set:
    """Bodies named in an official's post ("县委|书记某某", "管委会|副主任某某"): attendees, not parties."""
    if not words:
        return set()
    texts = analysis.sentence_texts()
    return {m for m in analysis.mentions
            if m.label in ("AGENCY", "PLACE") and texts.get(m.sentence, "").startswith(words, m.s_end)}


def _against_gazetteer(src: Key, dst: Key, relation: str) -> bool:
    """A sentence's located_in between two divisions the gazetteer places otherwise.

    "蓟州区地处京津唐三市之腹心" reads as 蓟州区 in 北京市 (京); the gazetteer knows
    蓟州区 is in 天津市, and says so with its own edge.
    """
    if relation != "located_in" or src.type != "place" or dst.type != "place":
        return False
    gaz = load_gazetteer()
    if src.name not in gaz.places or dst.name not in gaz.places:
        return False
    return dst.name not in gaz.parent_chain(src.name)


def _same_side(a: Key, b: Key) -> bool:
    """Whether two parties are one side: a division and its own office, or a division and one it lies in.

    "集团与定边县政府签约…与定边县全面合作": the county and its government are one party; a subject
    taken from the article (the county) is no partner of its own government, nor of its province.

    >>> _same_side(Key("place", "定边县"), Key("agency", "定边县人民政府"))
    True
    >>> _same_side(Key("place", "定边县"), Key("company", "定边县城投公司"))
    False

    A firm and its own unit named with its whole name are one side too: "…与某某集团奶源事业部副总经理…签署
    协议" has the group's division sign for the group, which no earlier subject taken for it partners.

    >>> _same_side(Key("company", "金穗集团"), Key("company", "金穗集团奶源事业部"))
    True
    """
    if a.type == b.type == "company":
        short, long_ = sorted((a.name, b.name), key=len)
        return len(short) >= 2 and len(long_) > len(short) and long_.startswith(short)
    if a.type != "place":
        a, b = b, a
    if a.type != "place" or b.type not in ("place", "agency"):
        return False
    gaz = load_gazetteer()
    other = b.name if b.type == "place" else division_prefix(b.name, towns=True)[1]
    if not other:
        return False
    return a.name == other or a.name in gaz.parent_chain(other) or other in gaz.parent_chain(a.name)


def _containment(analysis, res, by_article) -> list[tuple]:
    """located_in from the gazetteer (home province only) and from the article's city."""
    gaz = load_gazetteer()
    home_chain = set(gaz.parent_chain(res.home_city)) | {res.home_city} if res.home_city else set()
    local = relation_rule_spec().local_suffixes
    zones = relation_rule_spec().zone_suffixes
    out = []
    # (the sentences' text only where a list of villages may follow one placed in its town)
    texts = analysis.sentence_texts() \
        if any(m.label == "PLACE" and m.text.endswith(local) for m in analysis.mentions) else None
    # Places whose own sentence says where they are ("香湖公园位于金溪县新区"): the article's last city,
    # named in an earlier sentence for another reason (the time to drive to 南昌市), is not their city.
    placed = {(h.source.sentence, h.source.text) for h in analysis.relations
              if h.relation == "located_in" and h.source is not None}
    for pairs in by_article.values():
        article_start = len(out)
        pairs = sorted(pairs, key=lambda mk: (mk[0].sentence, mk[0].start))
        refs_home = any(m.label == "HOME_CITY" or (m.label == "AGENCY" and m.text.startswith("市")) for m, _ in pairs)
        last_city = None
        previous = previous_key = None
        listed = None  # the last village placed in the town written right before it, its town and its level
        named = {k for _, k in pairs}
        placed_here = {k for m, k in pairs if m.label == "PLACE"}
        # (and the cities and counties the names open with: "石狮市某某项目…落地蚶江镇" names the town's city)
        named_divisions = {k.name for k in named} | {d for k in named for d in _leading_divisions(k.name)}
        for i, (m, key) in enumerate(pairs):
            nxt = pairs[i + 1][0] if i + 1 < len(pairs) else None
            name = key.name
            # A name that begins with a city names that city: 格尔木市主城区, 格尔木市…指挥部.
            for city in _leading_divisions(name):
                if Key("place", city) in res.entities:
                    last_city = Key("place", city)
                if m.label == "AGENCY" and Key("place", city) not in placed_here \
                        and set(chain := gaz.parent_chain(city)) & home_chain:
                    # ... and an office named with a division the article names nowhere else
                    # (某县第十八届人民代表大会, 某县人民政府) places that division as a mention would
                    steps = [city, *chain]
                    out.extend((Key("place", child), Key("place", parent), "located_in", "gazetteer-hierarchy",
                                m.sentence) for child, parent in zip(steps, steps[1:]))
            if m.label != "PLACE":
                previous, previous_key = m, key
                continue
            if previous is not None and previous.label == "PLACE" and previous.sentence == m.sentence \
                    and previous.s_end == m.s_start and name.endswith(local):
                # "唐古拉山镇长江源村": a village written right after its town.
                out.append((key, previous_key, "located_in", "place-after-place", m.sentence))
                listed = (m, previous_key, name[-1:])
                previous, previous_key = m, key
                continue
            if listed is not None and listed[0].sentence == m.sentence and listed[0].s_end + 1 == m.s_start \
                    and name[-1:] == listed[2] and texts is not None \
                    and texts.get(m.sentence, "")[listed[0].s_end:m.s_start] == "、":
                # "静观镇大坪村、金塘村、集真村": the villages listed after the first share its town
                out.append((key, listed[1], "located_in", "place-after-place", m.sentence))
                listed = (m, listed[1], listed[2])
                previous, previous_key = m, key
                continue
            listed = None
            before, before_key = previous, previous_key
            previous, previous_key = m, key
            # Names are already resolved: only a full division name is a division here.
            place = gaz.places.get(name)
            chain = gaz.parent_chain(name) if place is not None else []
            if name in gaz.shared and chain and Key("place", chain[0]) not in named and res.home_city not in chain:
                # 西湖区 is Hangzhou's and Nanchang's, and the list keeps one: its city is the one the article
                # names, written right before it ("杭州市|西湖区"), never the list's guess
                chain = []
                if before is not None and before.label == "PLACE" and before.sentence == m.sentence \
                        and before.s_end == m.s_start and (up := gaz.places.get(before_key.name)) \
                        and up.level in ("province", "city"):
                    out.append((key, before_key, "located_in", "place-after-place", m.sentence))
            if place is not None and place.level == "town" and chain and chain[0] not in named_divisions \
                    and last_city is not None and last_city.name not in chain:
                # "吉木萨尔县…二工乡": a town's name many counties' towns share, of which the list keeps one, is
                # the one in the county the article names, not the list's in a county it never names
                chain = []
                if name.endswith(local) and (m.sentence, m.text) not in placed:
                    out.append((key, last_city, "located_in", "local-place-in-city", m.sentence))
            # "格尔木市主城区（含…曲麻莱|黄河源社区…）": a division outside the
            # current city, written right before another place, only qualifies
            # that name (where the community's people come from); the article
            # is still in 格尔木市. Inside it ("湘潭市岳塘区|迎东社区") it is.
            if place is not None and place.level in ("city", "county") and not (
                    nxt is not None and nxt.label == "PLACE" and nxt.sentence == m.sentence
                    and nxt.s_start == m.s_end and last_city is not None
                    and last_city.name not in chain):
                last_city = key
            if chain and (place.level in ("province", "city") or set(chain) & home_chain):
                steps = [place.name, *chain]
                for child, parent in zip(steps, steps[1:]):
                    out.append((Key("place", child), Key("place", parent), "located_in", "gazetteer-hierarchy",
                                m.sentence))
            elif place is None and name.endswith(zones) and (up := _zone_division(name)) \
                    and Key("place", up) in res.entities and up != name:
                # "平邑经济开发区": a zone named after its county lies in it, where the article names the county
                out.append((key, Key("place", up), "located_in", "zone-in-division", m.sentence))
            elif place is None and name.endswith(zones) and before is not None and before.label == "PLACE" \
                    and before.sentence == m.sentence and before.s_end == m.s_start \
                    and (up := gaz.places.get(before_key.name)) is not None and up.level in ("county", "city"):
                # "镇远县|黔东工业园区": a zone written right after the county it lies in
                out.append((key, before_key, "located_in", "place-after-place", m.sentence))
            elif name in gaz.world_cities:
                # 罗马 is in 意大利, 吉隆坡 in 马来西亚: the world list names each city's country.
                out.append((key, Key("place", gaz.world_cities[name]), "located_in", "gazetteer-world", m.sentence))
            elif place is None and name.endswith(local) and (m.sentence, m.text) not in placed:
                city = last_city if last_city and last_city != key else (
                    Key("place", res.home_city) if refs_home and res.home_city else None)
                if city is not None and city != key:
                    out.append((key, city, "located_in", "local-place-in-city", m.sentence))
        # "北京雅宝路市场…。雅宝路商城…": a street the article writes once right after its city lies there,
        # and its later bare mentions are the same street, not one in the county the article named last
        after_place = {e[0] for e in out[article_start:] if e[3] == "place-after-place"}
        if after_place:
            out[article_start:] = [e for e in out[article_start:]
                                   if not (e[3] == "local-place-in-city" and e[0] in after_place)]
    return out


@lru_cache(maxsize=1 << 16)
def _zone_division(name: str) -> str:
    """The county or city a zone's name opens with (平邑|经济开发区: 平邑县), or ""."""
    written, full = division_prefix(name)
    place = load_gazetteer().places.get(full)
    return full if written and place is not None and place.level in ("county", "city") else ""


@lru_cache(maxsize=1 << 16)
def _leading_divisions(name: str) -> tuple[str, ...]:
    # Per name, not per mention: a corpus names the same places again and again.
    gaz = load_gazetteer()
    return tuple(name[:k] for k in range(2, min(len(name), 12)) if name[:k] in gaz.places
                 and gaz.places[name[:k]].level in ("city", "county") and len(name) > k)


class BodyIndex:
    """The corpus's possible parents of a body, indexed by name, for ``part_of``.

    Built once per resolution: a department finds its committee, and a
    管委会 its zone, by looking up the prefixes of its own name, so the cost
    per body is its name's length, not the number of agencies and places.
    """

    def __init__(self, res: Resolution):
        spec = relation_rule_spec()
        zones = spec.zone_suffixes
        self.committees = {k.name: k for k, e in res.entities.items()
                           if e.type == "agency" and k.name.endswith(spec.parents_ending)}
        self.zone_aliases: dict[str, set[Key]] = defaultdict(set)
        for k, e in res.entities.items():
            names = e.aliases | {k.name}
            if e.type == "place" and any(a.endswith(zones) for a in names):
                for a in names:
                    self.zone_aliases[a].add(k)
                    # (and without the province it opens with, as its committee's name is written in full:
                    # 辽宁法库经济开发区 … 法库经济开发区管理委员会)
                    if (rest := _without_province(a)) and rest.endswith(zones):
                        self.zone_aliases[rest].add(k)

    def committee_of(self, key: Key) -> Key | None:
        """The longest committee whose name begins ``key``'s: 市委统战部 -> 市委."""
        name = key.name
        for k in range(len(name), -1, -1):
            parent = self.committees.get(name[:k])
            if parent is not None and parent != key:
                return parent
        return None

    def zone_of(self, key: Key) -> Key | None:
        """The zone whose name or alias begins ``key``'s, the longest such name first."""
        name = key.name
        for k in range(len(name), -1, -1):
            found = self.zone_aliases.get(name[:k])
            if found:
                return min(found, key=lambda z: (-len(z.name), z))
        return None


def _without_province(name: str) -> str:
    """``name`` without the province it opens with (辽宁法库经济开发区 -> 法库经济开发区), else ""."""
    gaz = load_gazetteer()
    for n in range(min(len(name) - 2, 8), 1, -1):
        place = gaz.written(name[:n])
        if place is not None and place.level == "province":
            return name[n:]
    return ""


def _part_of(res, by_article, bodies: BodyIndex) -> list[tuple]:
    first_sentence: dict[Key, int] = {}
    for pairs in by_article.values():
        for m, key in pairs:
            if key.type == "agency":
                first_sentence.setdefault(key, m.sentence)
    out = []
    for key, sentence in sorted(first_sentence.items(), key=lambda kv: kv[0]):
        if key not in res.entities:
            continue
        parent = bodies.committee_of(key)
        if parent is not None:
            out.append((key, parent, "part_of", "department-of-committee", sentence))
        zone = bodies.zone_of(key)
        if zone is not None:
            out.append((key, zone, "part_of", "committee-of-zone", sentence))
    return out
