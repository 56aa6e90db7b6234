"""Graph stage: resolved entities and edges -> a ``networkx.MultiDiGraph``.

The attribute names and types are the graph contract
(``docs/graph-contract.md``); every export and notebook relies on them.

>>> g = build_graph([], [])
>>> g.number_of_nodes(), g.graph["documents"]
(0, 0)
"""

from __future__ import annotations

import re

import networkx as nx

from kg import contract
from kg.relate import CO_MENTION, Edge
from kg.resolve import Entity
from kg.resources import entity_types

EVIDENCE_CAP = 20
# XML 1.0 cannot carry these; lone surrogates cannot even be encoded as UTF-8.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Drop characters XML cannot carry.

    >>> clean("格尔木\\x00市")
    '格尔木市'
    """
    return _XML_INVALID.sub("", text)


def build_graph(entities: list[Entity], edges: list[Edge], *, documents: int = 0, articles: int = 0,
                home_city: str = "", evidence_cap: int = EVIDENCE_CAP, seed: int = 42) -> nx.MultiDiGraph:
    """Assemble the graph and compute node metrics (deterministic).

    Nodes are numbered by type, then label; each edge keeps at most
    ``evidence_cap`` evidence items (``evidence_count`` has them all).
    """
    order = {t: i for i, t in enumerate(entity_types())}
    ents = sorted(entities, key=lambda e: (order.get(e.type, 99), e.label, e.key))
    ids = {e.key: f"n{i}" for i, e in enumerate(ents)}
    g = nx.MultiDiGraph(name="kg", home_city=clean(home_city), documents=int(documents), articles=int(articles))
    for e in ents:
        g.add_node(
            ids[e.key],
            label=clean(e.label),
            type=e.type,
            aliases=contract.encode(sorted(clean(a) for a in e.aliases)),
            mentions=int(e.mentions),
            documents=int(len(e.documents)),
        )
    kept = [ed for ed in edges if ed.source in ids and ed.target in ids]
    kept.sort(key=lambda ed: (ids[ed.source], ids[ed.target], ed.relation))
    for k, ed in enumerate(kept):
        u, v = ids[ed.source], ids[ed.target]
        # From every piece of evidence, not only the capped ones the edge keeps.
        dates = sorted(ev.date for ev in ed.evidence if ev.date)
        if ed.relation == CO_MENTION and int(u[1:]) > int(v[1:]):
            u, v = v, u
        g.add_edge(
            u, v, key=f"e{k}",
            relation=ed.relation,
            weight=float(ed.weight),
            evidence=contract.encode({k2: clean(v2) if isinstance(v2, str) else v2 for k2, v2 in ev.as_dict().items()}
                                     for ev in ed.evidence[:evidence_cap]),
            evidence_count=int(len(ed.evidence)),
            score=float(ed.score),
            first_date=dates[0] if dates else "",
            last_date=dates[-1] if dates else "",
        )
    add_metrics(g, seed=seed)
    return g


def undirected_weighted(g: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected view, parallel edges' weights summed.

    >>> g = nx.MultiDiGraph([("n0", "n1", {"weight": 2.0}), ("n1", "n0", {"weight": 1.0})])
    >>> undirected_weighted(g)["n0"]["n1"]["weight"]
    3.0
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for u, v, w in g.edges(data="weight", default=1.0):
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += float(w)
        else:
            simple.add_edge(u, v, weight=float(w))
    return simple


def add_metrics(g: nx.MultiDiGraph, seed: int = 42) -> None:
    """degree, weighted_degree, pagerank and Louvain community on every node.

    >>> g = nx.MultiDiGraph([("n0", "n1", {"weight": 1.0})])
    >>> add_metrics(g)
    >>> g.nodes["n0"]["degree"], g.nodes["n0"]["community"]
    (1, 0)
    """
    simple = undirected_weighted(g)
    pr = nx.pagerank(simple, weight="weight") if simple.number_of_edges() else {
        n: 1.0 / max(1, simple.number_of_nodes()) for n in simple}
    communities = nx.community.louvain_communities(simple, weight="weight", seed=seed) if simple.number_of_nodes() else []
    # Number communities by size, then by their smallest node id, for stable ids.
    ranked = sorted((sorted(c, key=lambda n: int(n[1:])) for c in communities), key=lambda c: (-len(c), int(c[0][1:])))
    community = {n: i for i, c in enumerate(ranked) for n in c}
    for n in g.nodes:
        g.nodes[n]["degree"] = int(simple.degree(n))
        g.nodes[n]["weighted_degree"] = round(float(simple.degree(n, weight="weight")), 6)
        g.nodes[n]["pagerank"] = round(float(pr.get(n, 0.0)), 8)
        g.nodes[n]["community"] = int(community.get(n, -1))
