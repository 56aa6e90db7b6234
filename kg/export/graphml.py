"""GraphML for Gephi (and igraph, networkx, yEd …).

Gephi's importer reads some keys specially; we write them so the graph looks
right on opening: ``label``, ``weight``, a colour per type as ``r``/``g``/``b``
(ints), ``size`` from PageRank and a precomputed layout as ``x``/``y``. Edges
get a ``label`` too, their relation: Gephi merges parallel edges that differ in
neither type nor label, and a co-mention and a typed edge often share a pair.

The graph's own ``<data>`` comes first in ``<graph>``, before the nodes:
networkx puts it after the last edge, where graph-tool reads it as edge
properties and graphology's parser (Gephi Lite) ignores it.

networkx pitfalls avoided: every attribute has one declared type (mixed int
and float values would produce two keys of one name), edge ids are unique
across the file (repeated multigraph ids make Gephi drop edges and break the
schema), no None/list/dict values, and strings carry no XML-invalid
characters. The output is valid against the GraphML 1.0 XSD and the same
graph always gives the same bytes.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("n0", label="格尔木市", type="place", pagerank=1.0)
>>> write_graphml(g, "graph.graphml")            # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import math
import numbers
import re
from functools import lru_cache
from typing import Iterator
# ElementTree's escaping, so that the bytes are the ones ElementTree writes.
from xml.etree.ElementTree import _escape_attrib, _escape_cdata

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from kg.export.atomic import atomic_write_bytes, atomic_write_chunks
from kg.export.style import hex_to_rgb, layout, node_color, node_size
from kg.graph import clean

# Edge ids and key names are xs:NMTOKEN; ASCII is the safe subset.
_NMTOKEN = re.compile(r"[A-Za-z0-9._:\-]+")
VIEW_KEYS = ("r", "g", "b", "size", "x", "y")


def view_graph(graph: nx.MultiDiGraph, positions: dict | None = None) -> nx.MultiDiGraph:
    """A copy with Gephi's view keys, unique edge ids and one type per attribute.

    Node ids stay as they are; edge keys are kept when they are unique
    NMTOKEN strings (kg's ``e0``, ``e1`` …) and renumbered ``e<i>`` otherwise.
    """
    graph_attrs, nodes, edges, _ = _view(graph, positions)
    g = nx.MultiDiGraph()
    g.graph.update(graph_attrs)
    for node, attrs in nodes:
        g.add_node(node, **attrs)
    for u, v, key, attrs in edges:
        g.add_edge(u, v, key=key, **attrs)
    return g


def _view(graph: nx.MultiDiGraph, positions: dict | None):
    """:func:`view_graph`'s graph attributes, ``(node, attrs)`` and ``(u, v, key, attrs)``, in the graph's order,
    and the nodes' and the edges' attribute signatures (:func:`_signature`)."""
    pos = positions if positions is not None else layout(graph)
    n = graph.number_of_nodes()
    nodes = []
    # Strings cleaned once each: edges of one sentence share their evidence, the largest values.
    cleaned: dict[str, str] = {}
    colors: dict[str, tuple[int, int, int]] = {}
    for node, data in graph.nodes(data=True):
        attrs = _attrs(data, cleaned)
        kind = str(data.get("type", ""))
        rgb = colors.get(kind)
        if rgb is None:
            rgb = colors[kind] = hex_to_rgb(node_color(kind))
        r, gr, b = rgb
        x, y = pos.get(node, (0.0, 0.0))
        pagerank = data.get("pagerank", 0.0)
        pagerank = float(pagerank) if isinstance(pagerank, numbers.Real) else 0.0
        attrs.update(r=r, g=gr, b=b, size=float(node_size(pagerank, n)), x=float(x), y=float(y))
        attrs.setdefault("label", clean(str(node)))
        nodes.append((node, attrs))
    edges = list(graph.edges(keys=True, data=True))
    keys = [k for _, _, k, _ in edges]
    if not (all(isinstance(k, str) and _NMTOKEN.fullmatch(k) for k in keys) and len(set(keys)) == len(keys)):
        keys = [f"e{i}" for i in range(len(edges))]
    view_edges = []
    for (u, v, _, data), key in zip(edges, keys):
        attrs = _attrs(data, cleaned)
        if "relation" in attrs:
            attrs.setdefault("label", attrs["relation"])
        view_edges.append((u, v, key, attrs))
    signatures = (_unify_types([attrs for _, attrs in nodes]), _unify_types([attrs for *_, attrs in view_edges]))
    return _attrs(graph.graph), nodes, view_edges, signatures


def _attrs(data: dict, cleaned: dict[str, str] | None = None) -> dict:
    """Attributes sorted by name (stable key order), safe names, scalar values.

    ``cleaned`` keeps each string cleaned so far, for the next value equal to it.
    """
    if cleaned is None:
        return {name: _scalar(data[k]) for k, name in _key_order(tuple(data))}
    out = {}
    for k, name in _key_order(tuple(data)):
        value = data[k]
        kind = type(value)
        # _scalar's commonest cases inline: a call per value was a third of the writer's time.
        if kind is str:
            text = cleaned.get(value)
            if text is None:
                text = cleaned[value] = clean(value)
            out[name] = text
        elif kind is int or (kind is float and math.isfinite(value)):
            out[name] = value
        else:
            out[name] = _scalar(value)
    return out


@lru_cache(maxsize=1024)
def _key_order(keys: tuple) -> tuple:
    # Every node of a graph has much the same keys, in the same order: sorted and made safe once.
    return tuple((k, _name(k)) for k in sorted(keys, key=str))


def _name(name) -> str:
    return _safe_name(name if type(name) is str else str(name))


@lru_cache(maxsize=4096)
def _safe_name(name: str) -> str:
    # A graph has a few dozen attribute names, each on thousands of nodes and edges.
    name = clean(name)
    return name if _NMTOKEN.fullmatch(name) else re.sub(r"[^A-Za-z0-9._:\-]", "_", name) or "_"


def _scalar(value):
    """A GraphML-safe scalar: str, int, float or bool (numpy numbers included)."""
    kind = type(value)
    # The plain types first: an isinstance test against the numbers ABCs costs more than the rest.
    if kind is str:
        return clean(value)
    if kind is float:
        return value if math.isfinite(value) else 0.0
    if kind is int:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        value = float(value)
        return value if math.isfinite(value) else 0.0
    if isinstance(value, (list, tuple, set, dict)):
        value = sorted(value) if isinstance(value, set) else value
        return clean(json.dumps(value, ensure_ascii=False, default=str))
    return clean(str(value))


def _unify_types(dicts: list[dict]) -> list[tuple[tuple, tuple]]:
    """One type per attribute: int and float mixed become float, anything else mixed becomes str.

    Returns each dict's :func:`_signature` once unified (the writer's next pass needs them).
    """
    signatures = [_signature(d) for d in dicts]
    kinds: dict[str, set[type]] = {}
    # Per distinct (names, types) of a dict: a graph has a handful for its hundred thousand dicts.
    for names, types in set(signatures):
        for k, t in zip(names, types):
            kinds.setdefault(k, set()).add(t)
    cast_any = False
    for k, ts in kinds.items():
        if len(ts) > 1:
            cast = float if ts <= {int, float} else str
            cast_any = True
            for d in dicts:
                if k in d:
                    d[k] = cast(d[k])
    return [_signature(d) for d in dicts] if cast_any else signatures


def _signature(attrs: dict) -> tuple[tuple, tuple]:
    return tuple(attrs), tuple(map(type, attrs.values()))


def write_graphml(graph: nx.MultiDiGraph, path, positions: dict | None = None) -> None:
    """Write ``graph`` as GraphML with Gephi's view keys, atomically.

    >>> write_graphml(graph, "output/graph.graphml")   # doctest: +SKIP
    """
    graph_attrs, nodes, edges, signatures = _view(graph, positions)
    if "id" in graph_attrs:  # networkx makes it the <graph>'s id; not a kg graph
        atomic_write_bytes(path, _networkx_bytes(view_graph(graph, positions)))
        return
    # Streamed: the file of an archive's graph is about 90 MB, and held as one
    # string, then as bytes, it cost three times that in memory at the peak.
    atomic_write_chunks(path, (chunk.encode("utf-8", "xmlcharrefreplace")
                               for chunk in _graphml_chunks(graph_attrs, nodes, edges, signatures)))


def _networkx_bytes(view: nx.MultiDiGraph) -> bytes:
    """The GraphML of ``view`` as networkx's writer makes it, with the graph's data first; the reference."""
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(view)
    for element in writer.xml.iter("graph"):
        _graph_data_first(element)
    buf = io.BytesIO()
    writer.dump(buf)
    return buf.getvalue()


# networkx's GraphML type of each Python type (int is "long", float "double", numpy's numbers included).
_XML_TYPES = GraphMLWriter().xml_type


# Lines of the body joined and written together.
_CHUNK_LINES = 4096


def _graphml_chunks(graph_attrs: dict, nodes: list, edges: list, signatures: tuple | None = None) -> Iterator[str]:
    """The text of :func:`_networkx_bytes` for a view, written straight from it, in chunks.

    networkx builds an element per node, edge and value (about 200,000 for
    the graph of a million characters) before they are serialised; this
    writes the same text directly: key ids numbered as networkx numbers them
    (in order of first use: graph, nodes, edges) and listed in its reverse
    order, its indentation, ElementTree's escaping and empty-element form.
    The keys come first in the file, so they are found in a first pass over
    the attributes, and the body follows a chunk at a time.
    """
    keys: dict[tuple[str, str, str], str] = {}
    # Each element's data lines follow from its signature (names and types, in order), and a graph
    # has a handful of signatures: the key ids and line heads are worked out once per signature.
    node_sigs, edge_sigs = signatures or ([_signature(attrs) for _, attrs in nodes],
                                          [_signature(attrs) for *_, attrs in edges])

    def use(signatures, scope: str, indent: str) -> dict:
        """Per signature: each value's line heads (with a value, and empty), and the element's data
        lines when no value is empty (nearly always), to be filled in one call."""
        heads = {}
        for sig in dict.fromkeys(signatures):
            lines = []
            for name, kind in zip(*sig):
                key = (name, _XML_TYPES[kind], scope)
                if key not in keys:
                    keys[key] = f"d{len(keys)}"
                lines.append((f'{indent}<data key="{keys[key]}">', f'{indent}<data key="{keys[key]}" />'))
            template = "".join(full.replace("{", "{{").replace("}", "}}") + "{}</data>" for full, _ in lines)
            heads[sig] = (lines, template)
        return heads

    graph_sig = _signature(graph_attrs)
    graph_heads = use([graph_sig], "graph", "\n    ")
    node_heads = use(node_sigs, "node", "\n      ")
    edge_heads = use(edge_sigs, "edge", "\n      ")
    key_lines = [f'<key id="{key_id}" for="{scope}" attr.name="{_escape_attrib(name)}" attr.type="{kind}" />'
                 for (name, kind, scope), key_id in keys.items()]
    root = GraphMLWriter().xml
    head = "<graphml" + "".join(f' {k}="{_escape_attrib(v)}"' for k, v in root.items()) + ">"
    yield "<?xml version='1.0' encoding='utf-8'?>\n" + head + "".join(f"\n  {line}" for line in reversed(key_lines))
    if not (graph_attrs or nodes or edges):
        yield '\n  <graph edgedefault="directed" />\n</graphml>\n'
        return

    body: list[str] = ['\n  <graph edgedefault="directed">']
    write = body.append

    def data_lines(attrs: dict, heads: tuple) -> None:
        lines, template = heads
        # (a number's or a bool's text has nothing to escape)
        texts = [_escape_cdata(v) if type(v) is str else str(v) for v in attrs.values()]
        if all(texts):
            write(template.format(*texts))
            return
        for (full, empty), text in zip(lines, texts):
            write(f"{full}{text}</data>" if text else empty)

    def element(tag: str, xml_attrs: str, attrs: dict, heads: tuple) -> None:
        if attrs:
            write(f"\n    <{tag} {xml_attrs}>")
            data_lines(attrs, heads)
            write(f"\n    </{tag}>")
        else:
            write(f"\n    <{tag} {xml_attrs} />")

    data_lines(graph_attrs, graph_heads[graph_sig])
    for (node, attrs), sig in zip(nodes, node_sigs):
        element("node", f'id="{_escape_attrib(str(node))}"', attrs, node_heads[sig])
        if len(body) >= _CHUNK_LINES:
            yield "".join(body)
            body.clear()
    for (u, v, key, attrs), sig in zip(edges, edge_sigs):
        element("edge", f'source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" '
                f'id="{_escape_attrib(str(key))}"', attrs, edge_heads[sig])
        if len(body) >= _CHUNK_LINES:
            yield "".join(body)
            body.clear()
    write("\n  </graph>\n</graphml>\n")
    yield "".join(body)


def _graph_data_first(element) -> None:
    """Move a ``<graph>``'s own ``<data>`` children ahead of its nodes and edges, keeping their order."""
    data = [child for child in element if child.tag == "data"]
    for child in data:
        element.remove(child)
    element[0:0] = data
