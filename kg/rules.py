"""Typed relation rules: named, data-driven patterns over entity mentions.

Each rule in ``kg/data/relation_rules.yaml`` yields directed, typed edges.
"""

from __future__ import annotations

from kg.relate import RelationHit


def find_relations(analysis, resolution) -> list[RelationHit]:
    """Typed relations of one document (pure function of its analysis)."""
    hits: list[RelationHit] = []
    by_sentence: dict[int, list] = {}
    for m in analysis.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for mentions in by_sentence.values():
        mentions.sort(key=lambda m: m.s_start)
        for a, b in zip(mentions, mentions[1:]):
            # A project named right after its company: 蓝科锂业|2万吨电池级碳酸锂.
            if a.label == "COMPANY" and b.label == "PROJECT" and a.s_end == b.s_start:
                hits.append(RelationHit(a, b, "builds", "company-head"))
    return hits
