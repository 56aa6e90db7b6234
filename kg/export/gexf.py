"""GEXF 1.2, Gephi's native format, with viz colours, sizes and positions.

networkx's GEXF writer reads an edge attribute called ``type`` as the edge
type (directed/undirected), so no edge attribute may carry that name; ours
use ``relation``. Edge ids are the graph's unique keys.

>>> write_gexf(graph, "output/graph.gexf")       # doctest: +SKIP
"""

from __future__ import annotations

import io

import networkx as nx

from kg.export.atomic import atomic_write_bytes
from kg.export.graphml import view_graph

RESERVED_EDGE_ATTRS = {"type", "id", "label", "start", "end"}


def gexf_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with ``viz`` data and no attribute names GEXF reserves."""
    view = view_graph(graph)
    g = nx.MultiDiGraph()
    g.graph.update(view.graph)
    for n, d in view.nodes(data=True):
        attrs = {k: v for k, v in d.items() if k not in ("r", "g", "b", "size", "x", "y")}
        attrs["viz"] = {
            "color": {"r": d["r"], "g": d["g"], "b": d["b"], "a": 1.0},
            "size": d["size"],
            "position": {"x": d["x"], "y": d["y"], "z": 0.0},
        }
        g.add_node(n, **attrs)
    for u, v, k, d in view.edges(keys=True, data=True):
        attrs = {(f"{name}_" if name in RESERVED_EDGE_ATTRS else name): val for name, val in d.items()}
        attrs["id"] = str(k)
        if "weight" in d:
            attrs["weight"] = float(d["weight"])
        g.add_edge(u, v, key=k, **attrs)
    return g


def write_gexf(graph: nx.MultiDiGraph, path) -> None:
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(graph), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    atomic_write_bytes(path, buf.getvalue())
