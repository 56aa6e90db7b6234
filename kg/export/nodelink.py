"""Node-link JSON (networkx's ``node_link_data``), for d3 and other tools.

``{"directed": true, "multigraph": true, "graph": {…}, "nodes": [{"id": "n0",
…}], "edges": [{"source": "n0", "target": "n1", "key": "e0", …}]}``, with the
JSON-encoded attributes ``aliases`` and ``evidence`` as real arrays. Keys are
sorted and non-ASCII text is written as is (UTF-8), so the same graph always
gives the same bytes. ``nx.node_link_graph(data, edges="edges")`` reads it
back (with arrays in place of the JSON strings).

>>> write_node_link(graph, "output/graph.json")   # doctest: +SKIP
"""

from __future__ import annotations

import json

import networkx as nx

from kg import contract
from kg.export.atomic import atomic_write_text

def node_link(graph: nx.MultiDiGraph) -> dict:
    """``node_link_data`` with ``aliases`` and ``evidence`` decoded; the graph is not changed."""
    data = nx.node_link_data(graph, edges="edges", key="key")
    data["graph"] = dict(data["graph"])
    for item in data["nodes"] + data["edges"]:
        for name in contract.JSON_FIELDS:
            decoded = contract.decode(item.get(name)) if name in item else None
            if decoded is not None:
                item[name] = decoded  # else not kg's JSON (a graph from elsewhere): keep the text
    return data


def write_node_link(graph: nx.MultiDiGraph, path) -> None:
    """Write ``graph`` as node-link JSON, atomically."""
    text = json.dumps(node_link(graph), ensure_ascii=False, sort_keys=True, indent=1, default=str)
    atomic_write_text(path, text + "\n")
