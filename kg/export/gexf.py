"""GEXF 1.2, Gephi's native format, with viz colours, sizes and positions.

networkx's GEXF writer turns some attribute names into XML attributes of the
element instead of data: for edges ``id``, ``label``, ``weight``, ``type``
(directed/undirected!), ``start``, ``end``, ``key``; for nodes ``id``, ``pid``,
``start``, ``end`` and a few more. Any graph attribute with such a name is
written as ``<name>_`` instead (ours use ``relation``, so nothing collides;
the node attribute ``type`` is not special in GEXF and stays). ``label`` and
``weight`` keep their special meaning, and edge ids are GraphML's unique ids.
The writer stamps today's date into ``<meta>``; we drop it so that the same
graph always gives the same bytes.

>>> write_gexf(graph, "output/graph.gexf")       # doctest: +SKIP
"""

from __future__ import annotations

import io
import re

import networkx as nx

from kg.export.atomic import atomic_write_bytes
from kg.export.graphml import VIEW_KEYS, view_graph

RESERVED_NODE_ATTRS = {"id", "pid", "start", "end", "viz", "parents", "spells", "slices"}
RESERVED_EDGE_ATTRS = {"id", "type", "start", "end", "key", "networkx_key", "viz", "spells", "slices"}
_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


def gexf_graph(graph: nx.MultiDiGraph, positions: dict | None = None) -> nx.MultiDiGraph:
    """A copy with ``viz`` data, unique edge ids and no attribute name GEXF reserves."""
    view = view_graph(graph, positions)
    g = nx.MultiDiGraph()
    g.graph["name"] = view.graph.get("name", "")
    for n, d in view.nodes(data=True):
        attrs = _rename({k: v for k, v in d.items() if k not in VIEW_KEYS}, RESERVED_NODE_ATTRS)
        attrs["viz"] = {
            "color": {"r": d["r"], "g": d["g"], "b": d["b"], "a": 1.0},
            "size": d["size"],
            "position": {"x": d["x"], "y": d["y"], "z": 0.0},
        }
        g.add_node(n, **attrs)
    for u, v, k, d in view.edges(keys=True, data=True):
        attrs = _rename(d, RESERVED_EDGE_ATTRS)
        if "weight" in attrs:
            attrs["weight"] = float(attrs["weight"])
        g.add_edge(u, v, key=k, id=k, **attrs)
    return g


def _rename(attrs: dict, reserved: set[str]) -> dict:
    out = {}
    for name, value in attrs.items():
        new = name
        while new in reserved or new in out or (new != name and new in attrs):
            new += "_"
        out[new] = value
    return out


def write_gexf(graph: nx.MultiDiGraph, path, positions: dict | None = None) -> None:
    """Write ``graph`` as GEXF 1.2 (``1.2draft`` namespace, as Gephi writes it), atomically."""
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(graph, positions), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    atomic_write_bytes(path, _DATE.sub(b"", buf.getvalue(), count=1))
