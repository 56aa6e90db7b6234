"""Node-link JSON, for d3 and other tools.

``{"directed": true, "multigraph": true, "graph": {…}, "nodes": [{"id": "n0",
…}], "links": [{"source": "n0", "target": "n1", "key": "e0", …}]}``, with the
JSON-encoded attributes ``aliases`` and ``evidence`` as real arrays. Keys are
sorted and non-ASCII text is written as is (UTF-8), so the same graph always
gives the same bytes.

Edges are under "links", d3's name and the one networkx read by default up to
3.5; networkx 3.6 reads it with ``nx.node_link_graph(data, edges="links")``
(with arrays in place of the JSON strings). The dict is built here rather than
by ``nx.node_link_data``, whose keyword for that key changed in networkx 3.4.

>>> write_node_link(graph, "output/graph.json")   # doctest: +SKIP
"""

from __future__ import annotations

import json

import networkx as nx

from kg import contract
from kg.export.atomic import atomic_write_text


def node_link(graph: nx.MultiDiGraph) -> dict:
    """Node-link data with ``aliases`` and ``evidence`` decoded; the graph is not changed."""
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    links = []
    for u, v, k, d in edges:
        link = {**_decoded(d), "source": u, "target": v}
        if k is not None:
            link["key"] = k
        links.append(link)
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": dict(graph.graph),
        "nodes": [{**_decoded(d), "id": n} for n, d in graph.nodes(data=True)],
        "links": links,
    }


def _decoded(data: dict) -> dict:
    item = dict(data)
    for name in contract.JSON_FIELDS:
        decoded = contract.decode(item.get(name)) if name in item else None
        if decoded is not None:
            item[name] = decoded  # else not kg's JSON (a graph from elsewhere): keep the text
    return item


def write_node_link(graph: nx.MultiDiGraph, path) -> None:
    """Write ``graph`` as node-link JSON, atomically."""
    text = json.dumps(node_link(graph), ensure_ascii=False, sort_keys=True, indent=1, default=str)
    atomic_write_text(path, text + "\n")
