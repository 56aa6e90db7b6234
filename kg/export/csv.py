"""``nodes.csv`` and ``edges.csv`` with neo4j-admin import headers.

    neo4j-admin database import full --nodes=nodes.csv \\
        --relationships=edges.csv --array-delimiter=";" kg

``:LABEL`` is the entity type capitalised (Company, Project, Agency, Place)
and ``:TYPE`` the relation upper-cased (CO_MENTION, BUILDS …). ``aliases`` is
a string array split on ``;`` (neo4j's default array delimiter); neo4j has no
escape for the delimiter, so a ``;`` inside an alias is written as the
full-width ``；``. ``evidence`` stays one JSON string, each item with its
citation (``headline``, ``title``, ``date``, ``url``); ``first_date`` and
``last_date`` are strings (``YYYY-MM-DD`` or empty, which neo4j's ``date``
type would reject). Line breaks inside a
text field become spaces, so no ``--multiline-fields`` is needed. Files are
UTF-8, quoted by the ``csv`` module as neo4j expects (``""`` inside quotes),
in the graph's node and edge order, so the same graph gives the same bytes.

>>> write_csv(graph, "output")    # doctest: +SKIP
{'nodes': PosixPath('output/nodes.csv'), 'edges': PosixPath('output/edges.csv')}
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx

from kg import contract
from kg.export.atomic import atomic_write_text

NODE_HEADER = ["id:ID", "label", ":LABEL", "aliases:string[]", "mentions:int", "documents:int", "degree:int",
               "weighted_degree:float", "pagerank:float", "community:int"]
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:float", "evidence_count:int", "score:float", "first_date",
               "last_date", "evidence"]
ARRAY_DELIMITER = ";"
_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def _text(value) -> str:
    return _BREAKS.sub(" ", str(value))


def _aliases(data) -> str:
    return ARRAY_DELIMITER.join(_text(a).replace(ARRAY_DELIMITER, "；") for a in contract.aliases(data))


def _csv_text(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(graph: nx.MultiDiGraph, directory) -> dict[str, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory``; return both paths."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes = [[_text(n), _text(d.get("label", n)), _text(d.get("type", "")).capitalize(),
              _aliases(d), int(d.get("mentions", 0)), int(d.get("documents", 0)),
              int(d.get("degree", 0)), float(d.get("weighted_degree", 0.0)), float(d.get("pagerank", 0.0)),
              int(d.get("community", -1))]
             for n, d in graph.nodes(data=True)]
    edges = [[_text(u), _text(v), _text(d.get("relation") or "related").upper(), float(d.get("weight", 1.0)),
              int(d.get("evidence_count", 0)), float(d.get("score", 0.0)), _text(d.get("first_date", "")),
              _text(d.get("last_date", "")), _text(d.get("evidence", "[]"))]
             for u, v, d in graph.edges(data=True)]
    paths = {"nodes": out / "nodes.csv", "edges": out / "edges.csv"}
    atomic_write_text(paths["nodes"], _csv_text(NODE_HEADER, nodes))
    atomic_write_text(paths["edges"], _csv_text(EDGE_HEADER, edges))
    return paths
