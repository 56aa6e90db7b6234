"""Visual attributes shared by every view: colour per type, size, layout.

Gephi, the HTML page and the notebooks all show a node the same way.
"""

from __future__ import annotations

import math

import networkx as nx

from kg.graph import import_igraph
from kg.resources import type_colors

FALLBACK_COLOR = "#7f7f7f"


def node_color(node_type: str) -> str:
    """Hex colour of an entity type, e.g. ``node_color("company") == "#1f77b4"``."""
    return type_colors().get(node_type, FALLBACK_COLOR)


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``hex_to_rgb("#1f77b4") == (31, 119, 180)``."""
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def node_size(pagerank: float, n_nodes: int, lo: float = 10.0, hi: float = 50.0) -> float:
    """Size from PageRank relative to the uniform share ``1/n``, on a log scale."""
    if n_nodes <= 0 or pagerank <= 0:
        return lo
    rel = math.log1p(pagerank * n_nodes)  # 1/n -> log(2)
    return round(min(hi, lo + (hi - lo) * rel / math.log1p(20)), 3)


# Above this many nodes the layout is igraph's Fruchterman-Reingold on a grid,
# whose repulsion only looks at neighbouring grid cells: about n^1.3 in all
# (0.2 s at 2,000 nodes, 0.9 s at 8,000, 7.5 s at 32,000 with 3 edges a
# node), where networkx's spring layout is about n^1.9 (27 s at 4,700 nodes).
SPRING_MAX_NODES = 500
# Its iterations: all of them up to GRID_FULL_NODES nodes, then fewer in
# proportion, so that its time grows about linearly with an archive. These
# positions are only Gephi's first picture of a graph too large for the page
# (the page lays out its own overview); 300 iterations took 0.6 s at 16,000
# nodes, and would take 7.5 s at 32,000.
GRID_ITERATIONS = 300
GRID_FULL_NODES = 4000
GRID_MIN_ITERATIONS = 60


def grid_iterations(n_nodes: int) -> int:
    """Iterations of the grid layout for a graph of ``n_nodes`` nodes.

    >>> grid_iterations(2000), grid_iterations(8000), grid_iterations(40000)
    (300, 150, 60)
    """
    if n_nodes <= GRID_FULL_NODES:
        return GRID_ITERATIONS
    return max(GRID_MIN_ITERATIONS, GRID_ITERATIONS * GRID_FULL_NODES // n_nodes)


def layout(graph: nx.Graph, seed: int = 7, scale: float = 1000.0) -> dict:
    """Deterministic 2-D positions ``{node: (x, y)}`` rounded to 0.1.

    A seeded force-directed layout on the undirected simple view of the graph,
    so that the same graph always gets the same positions: networkx's spring
    layout up to ``SPRING_MAX_NODES`` nodes, igraph's grid Fruchterman-Reingold
    above. Either way the positions span
    ``[-scale, scale]``.

    >>> pos = layout(nx.path_graph(["a", "b", "c"]))
    >>> sorted(pos), pos == layout(nx.path_graph(["a", "b", "c"]))
    (['a', 'b', 'c'], True)
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    # Neither layout weighs the edges: the simple view needs their ends alone, in the graph's order (a
    # parallel edge again sets the pair that is there, and leaves the adjacency's order as it was).
    simple.add_edges_from(graph.edges())
    if simple.number_of_nodes() == 0:
        return {}
    if simple.number_of_nodes() <= SPRING_MAX_NODES:
        pos = nx.spring_layout(simple, seed=seed, scale=scale, iterations=50, weight=None)
    else:
        pos = _grid_layout(simple, seed, scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def _grid_layout(simple: nx.Graph, seed: int, scale: float) -> dict:
    import random

    import numpy as np

    igraph = import_igraph()

    nodes = list(simple.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in simple.edges if u != v])
    # igraph draws from a Python RNG: a private seeded one, so the positions
    # depend on nothing but the graph, and the caller's `random` is untouched.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = np.array(g.layout_fruchterman_reingold(niter=grid_iterations(len(nodes)), grid=True).coords)
    finally:
        igraph.set_random_number_generator(random)
    coords -= coords.mean(axis=0)
    lim = float(np.abs(coords).max()) or 1.0
    coords *= scale / lim
    return {n: (coords[i, 0], coords[i, 1]) for i, n in enumerate(nodes)}
