"""``nodes.csv`` and ``edges.csv`` with neo4j-admin import headers.

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv \\
        --array-delimiter=";" kg

``:LABEL`` is the entity type (Company, Project, Agency, Place) and ``:TYPE``
the relation in upper case (CO_MENTION, BUILDS …). Aliases are a string array
split on ``;``; a ``;`` inside an alias is written as the full-width "；" so
that it cannot split the array. Evidence stays one JSON string.

>>> write_csv(graph, "output")                    # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write_text

NODE_HEADER = ["id:ID", "label", ":LABEL", "aliases:string[]", "mentions:int", "documents:int", "degree:int",
               "weighted_degree:float", "pagerank:float", "community:int"]
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "relation", "weight:float", "evidence_count:int", "score:float",
               "evidence"]


def _rows_to_text(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(graph: nx.MultiDiGraph, directory) -> dict[str, Path]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes = []
    for n, d in graph.nodes(data=True):
        aliases = [a.replace(";", "；") for a in json.loads(d.get("aliases", "[]"))]
        nodes.append([n, d.get("label", ""), str(d.get("type", "")).capitalize(), ";".join(aliases),
                      d.get("mentions", 0), d.get("documents", 0), d.get("degree", 0),
                      d.get("weighted_degree", 0.0), d.get("pagerank", 0.0), d.get("community", -1)])
    edges = []
    for u, v, d in graph.edges(data=True):
        rel = str(d.get("relation", ""))
        edges.append([u, v, rel.upper(), rel, d.get("weight", 1.0), d.get("evidence_count", 0), d.get("score", 0.0),
                      d.get("evidence", "[]")])
    paths = {"nodes": out / "nodes.csv", "edges": out / "edges.csv"}
    atomic_write_text(paths["nodes"], _rows_to_text(NODE_HEADER, nodes))
    atomic_write_text(paths["edges"], _rows_to_text(EDGE_HEADER, edges))
    return paths
