"""GEXF 1.2, Gephi's native format, with viz colours, sizes and positions.

networkx's GEXF writer turns some attribute names into XML attributes of the
element instead of data: for edges ``id``, ``label``, ``weight``, ``type``
(directed/undirected!), ``start``, ``end``, ``key``; for nodes ``id``, ``pid``,
``start``, ``end`` and a few more. Any graph attribute with such a name is
written as ``<name>_`` instead (ours use ``relation``, so nothing collides;
the node attribute ``type`` is not special in GEXF and stays). ``label`` and
``weight`` keep their special meaning: an edge's label is its relation, as in
GraphML, so that Gephi keeps parallel edges apart. Edge ids are GraphML's
unique ids.

GEXF has no values for the graph itself, so the graph attributes go into
``<meta>``, the one place the schema gives: ``<creator>kg</creator>`` and a
``<description>`` holding them as a JSON object (graphology, and so Gephi
Lite, reads both as graph attributes). networkx's writer also stamps today's
date and its own version into ``<meta>`` and adds a ``networkx_key``
attribute to every edge of a multigraph (a copy of the edge id); all three
are dropped, so that the same graph always gives the same bytes.

Time: an edge with dated evidence gets one spell from its ``first_date`` to
its ``last_date``, and a node one spell over its dated edges, so Gephi's
timeline plays the graph over time (the graph is then ``mode="dynamic"``
with ``timeformat="date"``); undated edges and nodes have no spell and are
always shown.

>>> write_gexf(graph, "output/graph.gexf")       # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
from xml.etree.ElementTree import Element, SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg.export.atomic import atomic_write_bytes
from kg.export.graphml import VIEW_KEYS, view_graph

RESERVED_NODE_ATTRS = {"id", "pid", "start", "end", "viz", "parents", "spells", "slices"}
RESERVED_EDGE_ATTRS = {"id", "type", "start", "end", "key", "networkx_key", "viz", "spells", "slices"}
CREATOR = "kg"


def gexf_graph(graph: nx.MultiDiGraph, positions: dict | None = None) -> nx.MultiDiGraph:
    """A copy with ``viz`` data, unique edge ids and no attribute name GEXF reserves."""
    view = view_graph(graph, positions)
    g = nx.MultiDiGraph()
    g.graph.update(view.graph)
    for n, d in view.nodes(data=True):
        attrs = _rename({k: v for k, v in d.items() if k not in VIEW_KEYS}, RESERVED_NODE_ATTRS)
        attrs["viz"] = {
            "color": {"r": d["r"], "g": d["g"], "b": d["b"], "a": 1.0},
            "size": d["size"],
            "position": {"x": d["x"], "y": d["y"], "z": 0.0},
        }
        g.add_node(n, **attrs)
    spans: dict = {}
    for u, v, k, d in view.edges(keys=True, data=True):
        attrs = _rename(d, RESERVED_EDGE_ATTRS)
        if "weight" in attrs:
            attrs["weight"] = float(attrs["weight"])
        first, last = d.get("first_date") or "", d.get("last_date") or ""
        if first and last:
            attrs["spells"] = [(first, last)]
            for n in (u, v):
                lo, hi = spans.get(n, (first, last))
                spans[n] = (min(lo, first), max(hi, last))
        g.add_edge(u, v, key=k, id=k, **attrs)
    for n, (first, last) in spans.items():
        g.nodes[n]["spells"] = [(first, last)]
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
    g = gexf_graph(graph, positions)
    # The writer takes a graph attribute "mode" as GEXF's own setting and drops the rest: they go to <meta>.
    attributes = dict(g.graph)
    g.graph = {"name": attributes["name"]} if "name" in attributes else {}
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(g)
    _set_meta(writer.xml, attributes)
    _drop_networkx_key(writer.xml)
    buf = io.BytesIO()
    writer.write(buf)
    atomic_write_bytes(path, buf.getvalue())


def _set_meta(root: Element, attributes: dict) -> None:
    meta = root.find("meta")
    meta.clear()  # its attributes too: lastmodifieddate would make every day's file differ
    SubElement(meta, "creator").text = CREATOR
    SubElement(meta, "description").text = json.dumps(attributes, ensure_ascii=False, sort_keys=True)


def _drop_networkx_key(root: Element) -> None:
    for declared in root.iter("attributes"):
        if declared.get("class") != "edge":
            continue
        ids = {a.get("id") for a in declared.findall("attribute") if a.get("title") == "networkx_key"}
        for attribute in [a for a in declared.findall("attribute") if a.get("id") in ids]:
            declared.remove(attribute)
        for edge in root.iter("edge"):
            for values in edge.findall("attvalues"):
                for value in [v for v in values.findall("attvalue") if v.get("for") in ids]:
                    values.remove(value)
                if not len(values):
                    edge.remove(values)
        if not len(declared):
            root.find("graph").remove(declared)
