"""GraphML for Gephi (and igraph, networkx, yEd …).

Gephi's importer reads some keys specially; we write them so the graph looks
right on opening: ``label``, ``weight``, a colour per type as ``r``/``g``/``b``,
``size`` from PageRank and a precomputed layout as ``x``/``y``.

networkx pitfalls avoided: every attribute has one declared type (mixed int
and float values would produce two keys of one name), edge ids are the graph's
unique keys (repeated multigraph ids make Gephi drop edges), no None/list/dict
values, and strings carry no XML-invalid control characters.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("n0", label="格尔木市", type="place", pagerank=1.0)
>>> write_graphml(g, "graph.graphml")            # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import math

import networkx as nx

from kg.export.atomic import atomic_write_bytes
from kg.export.style import hex_to_rgb, layout, node_color, node_size
from kg.graph import clean


def view_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with Gephi's view keys and every value cast to one type per key."""
    g = nx.MultiDiGraph()
    g.graph.update({k: _scalar(v) for k, v in sorted(graph.graph.items())})
    pos = layout(graph)
    n = graph.number_of_nodes()
    for node, data in graph.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items()}
        r, gr, b = hex_to_rgb(node_color(str(data.get("type", ""))))
        x, y = pos.get(node, (0.0, 0.0))
        attrs.update(r=int(r), g=int(gr), b=int(b), size=float(node_size(float(data.get("pagerank", 0.0)), n)),
                     x=float(x), y=float(y))
        attrs.setdefault("label", str(node))
        g.add_node(node, **attrs)
    for i, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        g.add_edge(u, v, key=str(key), **{k: _scalar(v2) for k, v2 in data.items()})
    if len({k for _, _, k in g.edges(keys=True)}) != g.number_of_edges():
        # Keys repeat across pairs (a graph not built by kg): renumber them.
        renumbered = nx.MultiDiGraph()
        renumbered.graph.update(g.graph)
        renumbered.add_nodes_from(g.nodes(data=True))
        for i, (u, v, data) in enumerate(g.edges(data=True)):
            renumbered.add_edge(u, v, key=f"e{i}", **data)
        g = renumbered
    _unify_types(g)
    return g


def _scalar(value):
    """A GraphML-safe scalar: str, int, float or bool."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return 0.0 if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, (list, tuple, set, dict)):
        return clean(json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False))
    return clean(str(value))


def _unify_types(g: nx.MultiDiGraph) -> None:
    """One type per attribute: ints become floats where any value is a float."""
    for items in (lambda: (d for _, d in g.nodes(data=True)), lambda: (d for _, _, d in g.edges(data=True))):
        kinds: dict[str, set[type]] = {}
        for d in items():
            for k, v in d.items():
                kinds.setdefault(k, set()).add(type(v))
        for k, ts in kinds.items():
            if len(ts) > 1:
                cast = float if ts <= {int, float} else str
                for d in items():
                    if k in d:
                        d[k] = cast(d[k])


def write_graphml(graph: nx.MultiDiGraph, path) -> None:
    """Write ``graph`` as GraphML with Gephi view keys, atomically."""
    g = view_graph(graph)
    buf = io.BytesIO()
    nx.write_graphml_xml(g, buf, encoding="utf-8", prettyprint=True)
    atomic_write_bytes(path, buf.getvalue())
