"""Typed relation rules: named, data-driven patterns over entity mentions.

The rules live in ``kg/data/relation_rules.yaml``. Sentence rules are spaCy
``Matcher`` patterns over the tokens between two entities (plus, optionally,
right after the second); they run per document inside
:func:`kg.extract.analyse_document`. Article rules (hierarchy, part-of, the
subject of a signing) need the resolved entities and run in :mod:`kg.relate`.

>>> hits = sentence_relations(nlp("市水利局持续推进城区供水管网联通改造项目"))   # doctest: +SKIP
>>> [(h.source.text, h.relation, h.target.text, h.rule) for h in hits]            # doctest: +SKIP
[('市水利局', 'leads', '城区供水管网联通改造项目', 'agency-leads-project')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from kg.resources import load_yaml


@dataclass(frozen=True)
class SpanHit:
    """A relation between two spans of one sentence (source None: subject left implicit)."""

    source: Span | None
    target: Span
    relation: str
    rule: str


@lru_cache(maxsize=1)
def relation_spec() -> dict:
    return load_yaml("relation_rules.yaml")


_MATCHERS: dict[int, dict] = {}


def _matchers(vocab) -> dict:
    key = id(vocab)
    if key not in _MATCHERS:
        between, after = Matcher(vocab), Matcher(vocab)
        for rule in relation_spec()["sentence_rules"]:
            between.add(rule["name"], [rule["pattern"]])
            if rule.get("after"):
                after.add(rule["name"], [rule["after"]])
        _MATCHERS[key] = {"between": between, "after": after}
    return _MATCHERS[key]


def _full_match(matcher: Matcher, span: Span, name: str) -> bool:
    key = span.doc.vocab.strings[name]
    return any(m == key and s == 0 and e == len(span) for m, s, e in matcher(span))


def _prefix_match(matcher: Matcher, span: Span, name: str) -> bool:
    key = span.doc.vocab.strings[name]
    return any(m == key and s == 0 for m, s, e in matcher(span))


def sentence_relations(doc: Doc) -> list[SpanHit]:
    """Typed relations within one sentence."""
    spans = sorted(list(doc.ents) + list(doc.spans.get("kg_refs", [])), key=lambda s: s.start)
    hits: list[SpanHit] = []
    # A project named right after its company: 蓝科锂业|2万吨电池级碳酸锂.
    for a, b in zip(spans, spans[1:]):
        if a.label_ == "COMPANY" and b.label_ == "PROJECT" and a.end == b.start:
            hits.append(SpanHit(a, b, "builds", "company-head"))
    m = _matchers(doc.vocab)
    names = {r["name"] for r in relation_spec()["sentence_rules"] if r.get("after")}
    for rule in relation_spec()["sentence_rules"]:
        for i, first in enumerate(spans):
            for second in spans[i + 1:]:
                if rule["order"] == "source-first":
                    src, dst = first, second
                else:
                    src, dst = second, first
                if not _label_ok(src, rule["source"]) or not _label_ok(dst, rule["target"]):
                    continue
                between = doc[first.end:second.start]
                if len(between) == 0 or not _full_match(m["between"], between, rule["name"]):
                    continue
                if rule["name"] in names and not _prefix_match(m["after"], doc[second.end:], rule["name"]):
                    continue
                hits.append(SpanHit(src, dst, rule["relation"], rule["name"]))
    hits.extend(_partners(doc, spans))
    return _dedupe(hits)


def _label_ok(span: Span, wanted: str) -> bool:
    return wanted == "ANY" and span.label_ in ("COMPANY", "PROJECT", "AGENCY", "PLACE") or span.label_ == wanted


def _partners(doc: Doc, spans: list[Span]) -> list[SpanHit]:
    spec = relation_spec()["partners"]
    markers, verbs = set(spec["markers"]), tuple(spec["verbs"])
    out: list[SpanHit] = []
    for tok in doc:
        if tok.text not in markers or tok.ent_type_:
            continue
        partners: list[Span] = []
        pos = tok.i + 1
        for span in spans:
            if span.start < pos:
                continue
            if span.start != pos or span.label_ not in ("COMPANY", "AGENCY", "PLACE"):
                break
            partners.append(span)
            pos = span.end
            if pos < len(doc) and doc[pos].text == "、":
                pos += 1
            else:
                break
        if not partners:
            continue
        rest = doc.text[partners[-1].end_char: partners[-1].end_char + spec["max_gap_chars"]]
        cut = min((rest.find(p) for p in "。；" if p in rest), default=len(rest))
        if not any(v in rest[:cut] for v in verbs):
            continue
        before = [s for s in spans if s.end <= tok.i and s.label_ in spec["subject_labels"]]
        subject = before[-1] if before else None
        for p in partners:
            out.append(SpanHit(subject, p, spec["relation"], spec["name"]))
    return out


def _dedupe(hits: list[SpanHit]) -> list[SpanHit]:
    seen, out = set(), []
    for h in hits:
        key = (h.source.start_char if h.source is not None else -1, h.target.start_char, h.relation)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _zone_suffixes() -> tuple[str, ...]:
    return tuple(sorted(relation_spec()["part_of"]["zone_suffixes"], key=len, reverse=True))


def article_relations(analysis, res) -> list[tuple[str, str, str, str, int]]:
    """Typed edges of one document as ``(source key, target key, relation, rule, sentence index)``.

    Sentence hits come from :func:`sentence_relations`; this adds the subject
    of an implicit signing, located_in from the gazetteer and from the
    article's city, and part_of between bodies.
    """
    spec = relation_spec()
    key_of = res.mention_entity
    out: list[tuple[str, str, str, str, int]] = []
    by_article: dict[str, list] = {}
    for m in analysis.mentions:
        if m in key_of:
            by_article.setdefault(m.article, []).append(m)
    subject_labels = set(spec["partners"]["subject_labels"])
    for hit in analysis.relations:
        dst = key_of.get(hit.target)
        if dst is None:
            continue
        if hit.source is not None:
            src = key_of.get(hit.source)
        else:
            earlier = [m for m in by_article.get(hit.target.article, [])
                       if m.sentence < hit.target.sentence and m.label in subject_labels]
            src = key_of.get(earlier[-1]) if earlier else (f"place:{res.home_city}" if res.home_city else None)
        if src is not None:
            out.append((src, dst, hit.relation, hit.rule, hit.target.sentence))
    out.extend(_containment(analysis, res, by_article))
    out.extend(_part_of(res, by_article))
    return out


def _containment(analysis, res, by_article) -> list[tuple]:
    """located_in from the gazetteer (home province only) and from the article's city."""
    from kg.gazetteer import load_gazetteer

    spec = relation_spec()["located_in"]
    gaz = load_gazetteer()
    home_chain = set(gaz.parent_chain(res.home_city)) | {res.home_city} if res.home_city else set()
    local = tuple(spec["local_suffixes"])
    out = []
    for mentions in by_article.values():
        mentions = sorted(mentions, key=lambda m: (m.sentence, m.start))
        refs_home = any(m.label == "HOME_CITY" or (m.label == "AGENCY" and m.text.startswith("市")) for m in mentions)
        last_city = None
        previous = None
        for i, m in enumerate(mentions):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            key = res.mention_entity[m]
            name = key.split(":", 1)[1]
            # A name that begins with a city names that city: 格尔木市主城区, 格尔木市…指挥部.
            for city in _leading_divisions(name, gaz):
                if f"place:{city}" in res.entities:
                    last_city = f"place:{city}"
            if m.label != "PLACE":
                previous = m
                continue
            if previous is not None and previous.label == "PLACE" and previous.sentence == m.sentence \
                    and previous.s_end == m.s_start and name.endswith(local):
                # "唐古拉山镇长江源村": a village written right after its town.
                out.append((key, res.mention_entity[previous], "located_in", "place-after-place", m.sentence))
                previous = m
                continue
            previous = m
            # Names are already resolved: only a full division name is a division here.
            place = gaz.places.get(name)
            chain = gaz.parent_chain(name) if place is not None else []
            # "格尔木市主城区（含…曲麻莱|黄河源社区…）": a division outside the
            # current city, written right before another place, only qualifies
            # that name (where the community's people come from); the article
            # is still in 格尔木市. Inside it ("湘潭市岳塘区|迎东社区") it is.
            if place is not None and place.level in ("city", "county") and not (
                    nxt is not None and nxt.label == "PLACE" and nxt.sentence == m.sentence
                    and nxt.s_start == m.s_end and last_city is not None
                    and last_city.split(":", 1)[1] not in chain):
                last_city = key
            if chain and (place.level in ("province", "city") or set(chain) & home_chain):
                steps = [place.name, *chain]
                for child, parent in zip(steps, steps[1:]):
                    out.append((f"place:{child}", f"place:{parent}", "located_in", "gazetteer-hierarchy", m.sentence))
            elif name in gaz.world_cities:
                # 罗马 is in 意大利, 吉隆坡 in 马来西亚: the world list names each city's country.
                out.append((key, f"place:{gaz.world_cities[name]}", "located_in", "gazetteer-world", m.sentence))
            elif place is None and name.endswith(local):
                city = last_city if last_city and last_city != key else (
                    f"place:{res.home_city}" if refs_home and res.home_city else None)
                if city is not None and city != key:
                    out.append((key, city, "located_in", "local-place-in-city", m.sentence))
    return out


def _leading_divisions(name: str, gaz) -> list[str]:
    return [name[:k] for k in range(2, min(len(name), 12)) if name[:k] in gaz.places
            and gaz.places[name[:k]].level in ("city", "county") and len(name) > k]


def _part_of(res, by_article) -> list[tuple]:
    spec = relation_spec()["part_of"]
    parents_ending = tuple(spec["parents_ending"])
    zones = _zone_suffixes()
    agencies = sorted({k for k, e in res.entities.items() if e.type == "agency"}, key=len)
    places = [k for k, e in res.entities.items() if e.type == "place" and any(a.endswith(zones) for a in e.aliases | {k})]
    first_sentence: dict[str, int] = {}
    for mentions in by_article.values():
        for m in mentions:
            first_sentence.setdefault(res.mention_entity[m], m.sentence)
    out = []
    for key in agencies:
        if key not in first_sentence:
            continue
        name = key.split(":", 1)[1]
        parents = [p for p in agencies if p != key and name.startswith(p.split(":", 1)[1])
                   and p.split(":", 1)[1].endswith(parents_ending)]
        if parents:
            out.append((key, max(parents, key=len), "part_of", "department-of-committee", first_sentence[key]))
        zone = [z for z in places if any(name.startswith(a) for a in res.entities[z].aliases | {z.split(":", 1)[1]})]
        if zone:
            out.append((key, max(zone, key=len), "part_of", "committee-of-zone", first_sentence[key]))
    return out


def implied_places(res) -> dict:
    """Divisions above the corpus's places, and the countries of its cities abroad, that the text does not name."""
    from kg.gazetteer import load_gazetteer
    from kg.resolve import Entity

    gaz = load_gazetteer()
    home_chain = set(gaz.parent_chain(res.home_city)) | {res.home_city} if res.home_city else set()
    extra = {}
    for key, ent in list(res.entities.items()):
        if ent.type != "place":
            continue
        name = key.split(":", 1)[1]
        place = gaz.places.get(name)
        chain = gaz.parent_chain(name) if place is not None else []
        if chain and (place.level in ("province", "city") or set(chain) & home_chain):
            for parent in chain:
                pkey = f"place:{parent}"
                if pkey not in res.entities and pkey not in extra:
                    alias = gaz.places[parent].alias if parent in gaz.places else ""
                    extra[pkey] = Entity(pkey, "place", parent, {parent} | ({alias} if alias else set()), 0, set())
        country = gaz.world_cities.get(name)
        if country and f"place:{country}" not in res.entities and f"place:{country}" not in extra:
            extra[f"place:{country}"] = Entity(f"place:{country}", "place", country, {country}, 0, set())
    return extra
