"""Node-link JSON (networkx's ``node_link_data``), for d3 and other tools.

JSON-encoded attributes (``aliases``, ``evidence``) become real arrays.

>>> write_node_link(graph, "output/graph.json")   # doctest: +SKIP
"""

from __future__ import annotations

import json

import networkx as nx

from kg.export.atomic import atomic_write_text

JSON_ATTRS = ("aliases", "evidence")


def node_link(graph: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(graph, edges="edges", key="key")
    for item in data["nodes"] + data["edges"]:
        for name in JSON_ATTRS:
            if isinstance(item.get(name), str):
                item[name] = json.loads(item[name])
    return data


def write_node_link(graph: nx.MultiDiGraph, path) -> None:
    atomic_write_text(path, json.dumps(node_link(graph), ensure_ascii=False, indent=1) + "\n")
