"""The interactive HTML explorer: one offline file, made with pyvis.

pyvis holds the network and its options and renders our template
(``templates/explorer.html``): vis-network is inlined from pyvis' own copy, so
the page needs no network, and the graph data is embedded as JSON that Jinja's
``tojson`` escapes for a script block. The page's code puts every name and
sentence into the document with ``textContent``; nothing from the data is
parsed as HTML.

>>> write_html(graph, "output/graph.html", max_nodes=500)   # doctest: +SKIP
{'nodes': 500, 'left_out_nodes': 812, 'edges': 2231, 'hidden_edges': 0, 'bytes': 912345, 'physics': False}
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg import contract
from kg.export.atomic import atomic_write_text
from kg.export.style import layout, node_color, node_size
from kg.resources import entity_types

PHYSICS_THRESHOLD = 1000
# Above this many co-mention edges the page keeps only the heavier ones.
MAX_COMENTION_EDGES = 3000
TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # The bundle names URLs only in licence comments, error messages and the
    # SVG namespace; writing "http:" as "http\x3a" keeps every string's value
    # while leaving the page without a single http(s) reference.
    js = re.sub(r"(https?)://", r"\1\\x3a//", js)
    # A literal "</script" inside the inlined code would end the script block.
    js = js.replace("</script", "<\\/script")
    return js, css


def auto_min_weight(graph: nx.MultiDiGraph, limit: int = MAX_COMENTION_EDGES) -> float:
    """Smallest whole weight that leaves at most ``limit`` co-mention edges."""
    weights = sorted((float(w) for _, _, r, w in _edge_rows(graph) if r == "co_mention"), reverse=True)
    if len(weights) <= limit:
        return 1.0
    return float(max(1, int(weights[limit - 1]) + (1 if weights[limit - 1] == weights[limit] else 0)))


def _edge_rows(graph):
    for u, v, data in graph.edges(data=True):
        yield u, v, data.get("relation", ""), data.get("weight", 1.0)


def write_html(graph: nx.MultiDiGraph, path, *, max_nodes: int | None = None, min_weight: float | None = None,
               physics_threshold: int = PHYSICS_THRESHOLD, title: str = "kg — knowledge graph",
               positions: dict | None = None) -> dict:
    """Write the explorer page for ``graph``; return what it shows."""
    from pyvis.network import Network

    ranked = sorted(graph.nodes, key=lambda n: (-float(graph.nodes[n].get("pagerank", 0.0)), _node_order(n)))
    keep = set(ranked[:max_nodes]) if max_nodes is not None and max_nodes >= 0 else set(ranked)
    sub = graph.subgraph(keep)
    threshold = float(min_weight) if min_weight is not None else auto_min_weight(sub)
    physics = sub.number_of_nodes() <= physics_threshold
    pos = {} if physics else (positions if positions is not None else layout(sub))
    n_total = sub.number_of_nodes()

    # pyvis holds the network: the page's node and edge records are its own.
    net = Network(directed=True, cdn_resources="in_line")
    types = entity_types()
    counts: dict[str, int] = {}
    for n in sorted(sub.nodes, key=_node_order):
        d = sub.nodes[n]
        ntype = str(d.get("type", ""))
        counts[ntype] = counts.get(ntype, 0) + 1
        x, y = pos.get(n, (None, None))
        net.add_node(
            n, label=str(d.get("label", n)), color=node_color(ntype), type=ntype,
            type_name=types.get(ntype, {}).get("name", ntype), aliases=contract.aliases(d),
            mentions=int(d.get("mentions", 0)), documents=int(d.get("documents", 0)),
            pagerank=float(d.get("pagerank", 0.0)), community=int(d.get("community", -1)),
            size=node_size(float(d.get("pagerank", 0.0)), max(n_total, 1)), x=x, y=y,
        )
    hidden = 0
    for u, v, key, d in sorted(sub.edges(keys=True, data=True), key=lambda e: _edge_order(e[2])):
        relation = str(d.get("relation", ""))
        weight = float(d.get("weight", 1.0))
        if relation == "co_mention" and weight < threshold:
            hidden += 1
            continue
        net.add_edge(u, v, id=str(key), relation=relation, weight=weight,
                     evidence=contract.evidence(d), evidence_count=int(d.get("evidence_count", 0)))
    options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based", "stabilization": {"iterations": 150},
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
        "layout": {"randomSeed": 7, "improvedLayout": n_total <= 200},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_total > 300},
        "edges": {"smooth": False, "scaling": {"min": 1, "max": 8}},
        "nodes": {"scaling": {"min": 8, "max": 50}},
    }
    co_weights = [e["weight"] for e in net.edges if e["relation"] == "co_mention"]
    data = {
        "nodes": net.nodes, "edges": net.edges, "options": options,
        "types": [{"name": t, "label": spec.get("name", t), "color": spec["color"], "count": counts.get(t, 0)}
                  for t, spec in types.items()],
        "relations": sorted({e["relation"] for e in net.edges}),
        "min_weight": threshold, "max_weight": max(co_weights or [threshold]),
        "left_out_nodes": graph.number_of_nodes() - n_total, "hidden_edges": hidden,
    }
    js, css = _vis_assets()
    page = _template().render(title=title, data=data, vis_js=js, vis_css=css)
    atomic_write_text(path, page)
    return {"nodes": len(net.nodes), "left_out_nodes": data["left_out_nodes"], "edges": len(net.edges),
            "hidden_edges": hidden, "bytes": len(page.encode("utf-8")), "physics": physics}


@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    # tojson must keep keys in our order and escape <, >, & and ' for the script block.
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    return env.get_template("explorer.html")


def _node_order(n) -> tuple:
    s = str(n)
    return (0, int(s[1:]), s) if s[:1] == "n" and s[1:].isdigit() else (1, 0, s)


def _edge_order(k) -> tuple:
    return _node_order("n" + str(k)[1:]) if str(k)[:1] == "e" else (1, 0, str(k))
