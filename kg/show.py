"""``kg show ENTITY``: an entity's type, aliases and neighbours with evidence.

>>> import networkx as nx
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


def citation(ev: dict) -> str:
    """Where a piece of evidence comes from: date · «headline» · url (or document id).

    >>> citation({"doc": "d1", "headline": "签约", "date": "2023-05-08", "url": "https://example.cn/1"})
    '2023-05-08 · «签约» · https://example.cn/1'
    """
    head = ev.get("headline") or ev.get("title") or ""
    parts = [ev.get("date") or "", f"«{head}»" if head else "", ev.get("url") or ev.get("doc") or ""]
    return " · ".join(p for p in parts if p)


def by_date(items: list[dict]) -> list[dict]:
    """Evidence in date order; undated items last, in their given order."""
    return sorted(items, key=lambda ev: (not ev.get("date"), ev.get("date") or ""))


def _evidence_line(ev: dict) -> str:
    if not ev.get("sentence"):
        # A gazetteer fact: the article only named the place.
        return f"from the division gazetteer ({ev.get('rule', '')}); named in {citation(ev)}"
    return f"{ev['sentence']}  ({citation(ev)})"


def _in_range(ev: dict, since: str, until: str) -> bool:
    if not (since or until):
        return True
    date = ev.get("date") or ""
    return bool(date) and (not since or date >= since) and (not until or date <= until)


def describe(graph: nx.MultiDiGraph, node: str, limit: int = 3, *, timeline: bool = False,
             since: str = "", until: str = "") -> str:
    """An entity with its neighbours grouped by relation (typed first), evidence by date.

    ``timeline`` lists every piece of evidence of the entity in date order
    instead, a sentence shared by several edges once; ``since`` and ``until``
    (``YYYY-MM-DD``, inclusive) keep the dated evidence inside that range.
    """
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
    if timeline:
        return "\n".join(lines + [""] + _timeline(graph, groups, limit, since, until))
    for relation in sorted(groups, key=lambda r: (r == "co_mention", r)):
        edges = sorted(groups[relation], key=lambda x: (-x[2].get("weight", 0), graph.nodes[x[1]]["label"]))
        lines.append("")
        lines.append(f"{relation} ({len(edges)})")
        for arrow, other, data in edges:
            o = graph.nodes[other]
            span = ""
            if data.get("first_date"):
                span = f", {data['first_date']}" + (f" to {data['last_date']}"
                                                    if data.get("last_date") != data["first_date"] else "")
            lines.append(f"  {arrow} {o['label']} [{o['type']}]  weight {data.get('weight', 0):g}, "
                         f"evidence {data.get('evidence_count', 0)}{span}")
            items = [ev for ev in by_date(contract.evidence(data)) if _in_range(ev, since, until)]
            for ev in items[:limit]:
                lines.append(f"      {_evidence_line(ev)}")
    return "\n".join(lines)


def _timeline(graph, groups, limit, since, until) -> list[str]:
    seen: dict[tuple, dict] = {}
    for relation, edges in groups.items():
        for arrow, other, data in edges:
            for ev in contract.evidence(data):
                if not _in_range(ev, since, until):
                    continue
                key = (ev.get("doc"), ev.get("start"), ev.get("sentence")) if ev.get("sentence") else (
                    ev.get("doc"), ev.get("article"), relation, other)
                entry = seen.setdefault(key, {"ev": ev, "links": []})
                link = f"{relation} {arrow} {graph.nodes[other]['label']}"
                if link not in entry["links"]:
                    entry["links"].append(link)
    entries = sorted(seen.values(), key=lambda e: (not e["ev"].get("date"), e["ev"].get("date") or "",
                                                   str(e["ev"].get("doc")), int(e["ev"].get("start", 0))))
    out = [f"timeline ({len(entries)} pieces of evidence)"]
    for e in entries:
        ev = e["ev"]
        out.append(f"  {ev.get('date') or 'undated':<10}  {_evidence_line(ev)}")
        links = e["links"]
        out.append("              " + "; ".join(links[:limit * 3]) + (f"; … {len(links) - limit * 3} more"
                                                                    if len(links) > limit * 3 else ""))
    return out


def main(args) -> int:
    try:
        graph = read_graph(args.graph)
        nodes = find_nodes(graph, args.entity)
        text = "\n\n".join(describe(graph, n, args.limit, timeline=getattr(args, "by_date", False),
                                      since=getattr(args, "since", "") or "", until=getattr(args, "until", "") or "")
                             for n in nodes)
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
