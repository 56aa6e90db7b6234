"""``kg show ENTITY``: an entity's type, aliases and neighbours with evidence.

>>> import networkx as nx

from kg import contract
>>> g = nx.MultiDiGraph()
>>> g.add_node("n0", label="格尔木市水利局", type="agency", aliases='["市水利局"]')
>>> find_nodes(g, "市水利局")
['n0']
"""

from __future__ import annotations

import sys
from collections import defaultdict
from xml.etree.ElementTree import ParseError

import networkx as nx

from kg import contract


class GraphFileError(ValueError):
    """A graph file that is missing or is not GraphML as ``kg build`` writes it."""


def read_graph(path) -> nx.MultiDiGraph:
    """Read a GraphML file written by ``kg build``; raise :class:`GraphFileError` naming it."""
    try:
        return nx.read_graphml(path, force_multigraph=True)
    except FileNotFoundError:
        raise GraphFileError(f"no graph at {path}; run `kg build` first") from None
    except OSError as exc:
        raise GraphFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    # ParseError: not XML; NetworkXError: XML but not GraphML; the rest: GraphML with values
    # networkx cannot convert to their declared types.
    except (ParseError, nx.NetworkXError, ValueError, KeyError, TypeError) as exc:
        raise GraphFileError(f"{path} is not a GraphML file kg can read: {exc}") from None


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or any alias equals ``name`` (after simplification)."""
    from kg.script import to_simplified

    wanted = {name.strip(), to_simplified(name.strip())}
    out = []
    for n, data in graph.nodes(data=True):
        if contract.names(data) & wanted:
            out.append(n)
    return sorted(out, key=lambda n: (-graph.nodes[n].get("mentions", 0), n))


def describe(graph: nx.MultiDiGraph, node: str, limit: int = 3) -> str:
    d = graph.nodes[node]
    lines = [f"{d['label']}  [{d['type']}]  mentions {d.get('mentions', 0)}, documents {d.get('documents', 0)}"]
    aliases = [a for a in contract.aliases(d) if a != d["label"]]
    if aliases:
        lines.append("aliases: " + ", ".join(aliases))
    groups: dict[str, list[tuple[str, str, dict]]] = defaultdict(list)
    for u, v, data in graph.out_edges(node, data=True):
        arrow = "<->" if data["relation"] == "co_mention" else "->"
        groups[data["relation"]].append((arrow, v, data))
    for u, v, data in graph.in_edges(node, data=True):
        arrow = "<->" if data["relation"] == "co_mention" else "<-"
        groups[data["relation"]].append((arrow, u, data))
    for relation in sorted(groups, key=lambda r: (r == "co_mention", r)):
        edges = sorted(groups[relation], key=lambda x: (-x[2].get("weight", 0), graph.nodes[x[1]]["label"]))
        lines.append("")
        lines.append(f"{relation} ({len(edges)})")
        for arrow, other, data in edges:
            o = graph.nodes[other]
            lines.append(f"  {arrow} {o['label']} [{o['type']}]  weight {data.get('weight', 0):g}, "
                         f"evidence {data.get('evidence_count', 0)}")
            for ev in contract.evidence(data)[:limit]:
                head = f" «{ev['headline']}»" if ev.get("headline") else ""
                lines.append(f"      {ev['sentence']}  ({ev['doc']}{head})")
    return "\n".join(lines)


def main(args) -> int:
    try:
        graph = read_graph(args.graph)
        nodes = find_nodes(graph, args.entity)
        text = "\n\n".join(describe(graph, n, args.limit) for n in nodes)
    except GraphFileError as exc:
        print(f"kg show: error: {exc}", file=sys.stderr)
        return 2
    # A GraphML file that parses but lacks kg's attributes (docs/graph-contract.md).
    except (KeyError, ValueError, TypeError) as exc:
        print(f"kg show: error: {args.graph} does not follow kg's graph contract "
              f"({type(exc).__name__}: {exc}); run `kg build` to write one", file=sys.stderr)
        return 2
    if not nodes:
        print(f"kg show: no entity named {args.entity!r} in {args.graph}", file=sys.stderr)
        return 1
    print(text)
    return 0
