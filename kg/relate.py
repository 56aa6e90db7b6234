"""Relate stage: link resolved entities, each link with its evidence.

Co-mention: two entities in one sentence are linked with relation
``co_mention``; ``weight`` counts those sentences. Each co-mention edge carries
``score``, the Jaccard index of the two entities' article sets, so that users
can filter out pairs that merely share a busy page.

Typed rules (:mod:`kg.rules`) add directed edges such as ``builds`` and
``leads``. Edges with the same pair and relation aggregate into one edge.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from kg.extract import DocumentAnalysis
from kg.resolve import Resolution

CO_MENTION = "co_mention"


@dataclass(frozen=True)
class Evidence:
    doc: str
    article: str
    headline: str
    sentence: str
    start: int
    end: int
    rule: str

    def as_dict(self) -> dict:
        return {
            "doc": self.doc, "article": self.article, "headline": self.headline, "sentence": self.sentence,
            "start": self.start, "end": self.end, "rule": self.rule,
        }


@dataclass
class Edge:
    source: str  # entity keys
    target: str
    relation: str
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.0

    @property
    def weight(self) -> float:
        return float(len({(e.doc, e.start) for e in self.evidence}))


def relate(analyses: list[DocumentAnalysis], res: Resolution, typed: bool = True) -> list[Edge]:
    edges: dict[tuple[str, str, str], Edge] = {}
    entity_articles: dict[str, set[str]] = defaultdict(set)

    def add(src: str, dst: str, relation: str, ev: Evidence) -> None:
        key = (src, dst, relation)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = Edge(src, dst, relation)
        if ev not in edge.evidence:
            edge.evidence.append(ev)

    for a in analyses:
        sentences = {s.index: (art, s) for art in a.articles for s in art.sentences}
        by_sentence: dict[int, list] = defaultdict(list)
        for m in a.mentions:
            if m in res.mention_entity:
                by_sentence[m.sentence].append(m)
                entity_articles[res.mention_entity[m]].add(m.article)
        for idx, mentions in sorted(by_sentence.items()):
            art, sent = sentences[idx]
            ents = sorted({res.mention_entity[m] for m in mentions})
            ev = Evidence(a.document.id, art.id, art.headline, sent.text, sent.orig_start, sent.orig_end, CO_MENTION)
            for u, v in combinations(ents, 2):
                add(u, v, CO_MENTION, ev)
        if typed:
            from kg.rules import article_relations

            for src, dst, relation, rule, sent_index in article_relations(a, res):
                if src == dst or src not in res.entities or dst not in res.entities:
                    continue
                art, sent = sentences[sent_index]
                ev = Evidence(a.document.id, art.id, art.headline, sent.text, sent.orig_start, sent.orig_end, rule)
                add(src, dst, relation, ev)
    for edge in edges.values():
        edge.evidence.sort(key=lambda e: (e.doc, e.start, e.rule))
        if edge.relation == CO_MENTION:
            a_set, b_set = entity_articles[edge.source], entity_articles[edge.target]
            union = a_set | b_set
            edge.score = round(len(a_set & b_set) / len(union), 6) if union else 0.0
    return sorted(edges.values(), key=lambda e: (e.source, e.target, e.relation))
