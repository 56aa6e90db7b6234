"""Graph stage: resolved entities and edges -> a ``networkx.MultiDiGraph``.

The attribute names and types are the graph contract
(``docs/graph-contract.md``); every export and notebook relies on them.

>>> g = build_graph([], [])
>>> g.number_of_nodes(), g.graph["documents"]
(0, 0)
"""

from __future__ import annotations

import re
import sys

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
    # A sentence with k entities is the same Evidence on k(k-1)/2 co-mention edges: encoded once, and
    # edges with the same evidence share one string (17.6k strings for 42.5k edges at 3.7M characters),
    # so that the exports, which decode or escape it, can do so once per string.
    encoded: dict[int, str] = {}
    joined: dict[tuple[int, ...], str] = {}
    kept.sort(key=lambda ed: (ids[ed.source], ids[ed.target], ed.relation))
    for k, ed in enumerate(kept):
        u, v = ids[ed.source], ids[ed.target]
        # From every piece of evidence, not only the capped ones the edge keeps (the first and the last:
        # no sort of them all).
        dates = [ev.date for ev in ed.evidence if ev.date]
        if ed.relation == CO_MENTION and int(u[1:]) > int(v[1:]):
            u, v = v, u
        g.add_edge(
            u, v, key=f"e{k}",
            relation=ed.relation,
            weight=float(ed.weight),
            evidence=_edge_evidence(ed.evidence[:evidence_cap], encoded, joined),
            evidence_count=int(len(ed.evidence)),
            score=float(ed.score),
            first_date=min(dates) if dates else "",
            last_date=max(dates) if dates else "",
        )
    add_metrics(g, seed=seed)
    return g


def _edge_evidence(evidence, encoded: dict[int, str], joined: dict[tuple[int, ...], str]) -> str:
    key = tuple(map(id, evidence))
    text = joined.get(key)
    if text is None:
        text = joined[key] = contract.join_items(_evidence_json(ev, encoded) for ev in evidence)
    return text


def _evidence_json(ev, encoded: dict[int, str]) -> str:
    # Keyed by identity: every Evidence lives as long as the edges that hold it, and hashing one
    # whole costs more than encoding it.
    text = encoded.get(id(ev))
    if text is None:
        text = contract.encode_item(ev.as_dict())
        # JSON escapes a control character as backslash-u-00XX and keeps every other character as it is,
        # so only a string with a backslash-u, or with a character XML cannot carry, is cleaned field by
        # field. Cleaning every field of every edge was a tenth of an archive's corpus-level time.
        if "\\u" in text or _XML_INVALID.search(text):
            text = contract.encode_item({k: clean(v) if isinstance(v, str) else v for k, v in ev.as_dict().items()})
        encoded[id(ev)] = text
    return text


def add_metrics(g: nx.MultiDiGraph, seed: int = 42) -> None:
    """degree, weighted_degree, pagerank and Louvain community on every node.

    On the undirected simple view (parallel edges' weights summed, loops left
    out), computed by igraph: its PageRank and multilevel (Louvain) method run
    in C, where networkx's Louvain, in Python, took about a second for the
    graph of a million characters, on every build and every rebuild. igraph
    draws from a private RNG seeded with ``seed``, so the communities depend
    on the graph alone.

    >>> g = nx.MultiDiGraph([("n0", "n1", {"weight": 1.0})])
    >>> add_metrics(g)
    >>> g.nodes["n0"]["degree"], g.nodes["n0"]["community"]
    (1, 0)
    """
    import random

    nodes = sorted(g.nodes, key=node_order)
    index = {n: i for i, n in enumerate(nodes)}
    weights: dict[tuple[int, int], float] = {}
    for u, v, w in g.edges(data="weight", default=1.0):
        if u == v:
            continue
        a, b = index[u], index[v]
        pair = (a, b) if a < b else (b, a)
        weights[pair] = weights.get(pair, 0.0) + float(w)
    pairs = sorted(weights)
    degree = [0] * len(nodes)
    strength = [0.0] * len(nodes)
    for (a, b) in pairs:
        w = weights[(a, b)]
        degree[a] += 1
        degree[b] += 1
        strength[a] += w
        strength[b] += w
    if pairs:
        igraph = import_igraph()
        simple = igraph.Graph(n=len(nodes), edges=pairs)
        w = [weights[p] for p in pairs]
        igraph.set_random_number_generator(random.Random(seed))
        try:
            # ARPACK, not the default PRPACK: a quarter of the time on the 3.7M-character archive's graph
            # (17k nodes), and the same scores to 2e-14, far below the 8 decimals written
            pr = simple.pagerank(weights=w, implementation="arpack")
            membership = simple.community_multilevel(weights=w).membership
        finally:
            igraph.set_random_number_generator(random)
    else:
        pr = [1.0 / max(1, len(nodes))] * len(nodes)
        membership = list(range(len(nodes)))
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(membership):
        groups.setdefault(c, []).append(i)
    # Number communities by size, then by their first node, for stable ids.
    ranked = sorted(groups.values(), key=lambda c: (-len(c), c[0]))
    community = {i: k for k, c in enumerate(ranked) for i in c}
    for n, i in index.items():
        data = g.nodes[n]
        data["degree"] = int(degree[i])
        data["weighted_degree"] = round(float(strength[i]), 6)
        data["pagerank"] = round(float(pr[i]), 8)
        data["community"] = int(community[i])


def node_order(node) -> tuple:
    """Sort key of a node id: kg's ids n0, n1 … in numeric order, any other ids after them, as text.

    >>> sorted(["n10", "x", "n2"], key=node_order)
    ['n2', 'n10', 'x']
    """
    text = str(node)
    return (0, int(text[1:]), text) if text[:1] == "n" and text[1:].isdigit() else (1, 0, text)


def import_igraph():
    """igraph, imported without matplotlib unless this process already has it.

    igraph's drawing modules import ``matplotlib.pyplot`` whenever it is
    installed (about a second, in every build that lays out a large graph);
    kg only lays out. In a process that imported matplotlib before, igraph
    gets it as usual.
    """
    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph

        return igraph
    sys.modules["matplotlib"] = None  # an import of it raises ImportError: igraph falls back to its stand-in
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]
    return igraph
