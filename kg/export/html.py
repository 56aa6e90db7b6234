"""The interactive HTML explorer: one offline file, overview first, details on demand.

The page carries the whole graph, compactly (each sentence and each citation
once, referred to by number), and draws an overview of at most
``OVERVIEW_NODES`` entities: the most important of each type by PageRank, so
that every type is present, and only entities with an edge drawn among them,
on a precomputed layout. Search covers every entity and alias, in simplified
and traditional script (the page carries the traditional characters of the
names it holds); choosing an entity outside the overview draws it with its
neighbours. The page and the build summary both say what the overview leaves
out (:func:`overview_note`).

pyvis holds the vis-network assets and renders nothing itself: vis-network is
inlined from pyvis' own copy, so the page needs no network, and the data is
embedded as JSON that Jinja's ``tojson`` escapes for a script block. The
page's code puts every name and sentence into the document with
``textContent``; nothing from the data is parsed as HTML.

>>> write_html(graph, "output/graph.html")   # doctest: +SKIP
{'nodes': 2301, 'overview_nodes': 400, 'left_out_nodes': 1901, 'edges': 3961, 'hidden_edges': 0, ...}
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kg import contract
from kg.export.atomic import atomic_write_chunks
from kg.export.style import layout, node_color, node_size
from kg.graph import node_order
from kg.resources import entity_types, relation_styles
from kg.script import traditional_map

# About as many entities as one screen can show with readable labels.
OVERVIEW_NODES = 400
# Above this many co-mention edges among the drawn entities the page hides the lighter ones.
MAX_COMENTION_EDGES = 3000
TEMPLATES = Path(__file__).parent / "templates"
CO_MENTION = "co_mention"


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
    weights = sorted((float(w) for _, _, r, w in _edge_rows(graph) if r == CO_MENTION), reverse=True)
    if len(weights) <= limit:
        return 1.0
    return float(max(1, int(weights[limit - 1]) + (1 if weights[limit - 1] == weights[limit] else 0)))


def _edge_rows(graph):
    for u, v, data in graph.edges(data=True):
        yield u, v, data.get("relation", ""), data.get("weight", 1.0)


def overview(graph: nx.MultiDiGraph, cap: int = OVERVIEW_NODES, min_weight: float = 1.0) -> list:
    """The entities the page draws first, at most ``cap`` of them.

    Each type gets an equal share of ``cap`` (a share a type cannot fill goes
    to the others), filled by PageRank; an entity without an edge to another
    chosen one (typed, or co-mention of at least ``min_weight``) is dropped
    and its place goes to the next one that has such an edge. Deterministic.

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("n0", {"type": "place", "pagerank": .5}), ("n1", {"type": "company", "pagerank": .1}),
    ...                   ("n2", {"type": "place", "pagerank": .4})])
    >>> _ = g.add_edge("n0", "n1", relation="co_mention", weight=1.0)
    >>> overview(g, cap=2)
    ['n0', 'n1']
    """
    adj: dict = defaultdict(set)
    for u, v, rel, w in _edge_rows(graph):
        if u != v and (rel != CO_MENTION or float(w) >= min_weight):
            adj[u].add(v)
            adj[v].add(u)
    by_type: dict[str, list] = defaultdict(list)
    for n in sorted((n for n in graph.nodes if adj[n]), key=lambda n: (-float(graph.nodes[n].get("pagerank", 0.0)),
                                                                        node_order(n))):
        by_type[str(graph.nodes[n].get("type", ""))].append(n)
    queues = {t: list(ns) for t, ns in sorted(by_type.items())}
    chosen: set = set()
    taken: Counter = Counter()

    def fill(need_edge: bool) -> None:
        # Round-robin over the types, smallest share first, so each type gets its part of the cap.
        while len(chosen) < cap:
            added = False
            for t in sorted(queues, key=lambda t: (taken[t], t)):
                q = queues[t]
                while q:
                    n = q.pop(0)
                    if not need_edge or adj[n] & chosen:
                        chosen.add(n)
                        taken[t] += 1
                        added = True
                        break
                    skipped[t].append(n)
                if added:
                    break
            if not added:
                return

    skipped: dict[str, list] = defaultdict(list)
    fill(need_edge=False)
    for _ in range(20):
        lonely = {n for n in chosen if not adj[n] & chosen}
        if not lonely:
            break
        chosen -= lonely
        for n in lonely:
            taken[str(graph.nodes[n].get("type", ""))] -= 1
        # Those passed over for want of an edge may have one now.
        for t, ns in skipped.items():
            queues[t] = sorted(set(queues[t]) | set(ns), key=lambda n: (
                -float(graph.nodes[n].get("pagerank", 0.0)), node_order(n)))
        skipped.clear()
        fill(need_edge=True)
    return sorted(chosen, key=node_order)


def overview_layout(graph: nx.MultiDiGraph, gap: float = 80.0) -> dict:
    """Positions for the overview: each connected part laid out on its own, the parts packed in rows.

    One force layout of the whole overview flings the many small parts (a
    company and its city) to a far ring around one dense ball; packed, every
    part is near the others at a size that keeps its labels apart.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=node_order))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    parts = sorted((sorted(c, key=node_order) for c in nx.connected_components(simple)),
                   key=lambda c: (-len(c), node_order(c[0])))
    placed = []
    for part in parts:
        # About 70 units per node across, so labels of 14 px rarely collide.
        scale = 60.0 * max(1.0, len(part) ** 0.5)
        local = layout(graph.subgraph(part), scale=scale) if len(part) > 1 else {part[0]: (0.0, 0.0)}
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        placed.append((part, local, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    # Rows about 1.6 times as wide as the packing is tall: a screen's shape.
    area = sum((w + gap) * (h + gap) for *_, w, h in placed)
    width = max((1.6 * area) ** 0.5, max((w for *_, w, _ in placed), default=0.0))
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for part, local, x0, y0, w, h in placed:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        for n, (px, py) in local.items():
            pos[n] = (round(x + px - x0, 1), round(y + py - y0, 1))
        x += w + gap
        row = max(row, h)
    return pos


def overview_note(facts: dict) -> str:
    """One line on what the page draws first and what it leaves out (for the page and the build summary)."""
    per_type = ", ".join(f"{t} {n:,}" for t, n in facts["overview_types"].items())
    note = (f"overview of {facts['overview_nodes']:,} of {facts['nodes']:,} entities ({per_type}): the most "
            f"important of each type by PageRank, each with an edge drawn")
    if facts["left_out_nodes"]:
        note += f"; {facts['left_out_nodes']:,} left out of the drawing (search finds them and draws them with " \
                f"their neighbours)"
    if facts["hidden_edges"]:
        note += f"; {facts['hidden_edges']:,} co-mention edges lighter than {facts['min_weight']:g} hidden"
    return note


def write_html(graph: nx.MultiDiGraph, path, *, max_nodes: int | None = None, min_weight: float | None = None,
               title: str = "kg — knowledge graph", positions: dict | None = None) -> dict:
    """Write the explorer page for ``graph``; return what it holds and draws (with ``note``)."""
    cap = OVERVIEW_NODES if max_nodes is None or max_nodes < 0 else int(max_nodes)
    first = overview(graph, cap, float(min_weight) if min_weight is not None else 1.0)
    drawn = graph.subgraph(first)
    threshold = float(min_weight) if min_weight is not None else auto_min_weight(drawn)
    # A graph no larger than the overview keeps the layout every view shares; a larger one's overview
    # gets its own, so that it fills the screen instead of sitting inside the whole graph's ball.
    if positions is not None and graph.number_of_nodes() <= cap:
        pos = positions
    else:
        pos = overview_layout(drawn)
    types = entity_types()
    rel_styles = relation_styles()
    type_index = {t: i for i, t in enumerate(types)}
    nodes_sorted = sorted(graph.nodes, key=node_order)
    index = {n: i for i, n in enumerate(nodes_sorted)}
    n_total = max(len(nodes_sorted), 1)

    names: set[str] = set()
    nodes = []
    for n in nodes_sorted:
        d = graph.nodes[n]
        ntype = str(d.get("type", ""))
        if ntype not in type_index:
            type_index[ntype] = len(type_index)
        label = str(d.get("label", n))
        aliases = [a for a in contract.aliases(d) if a != label]
        names.update(label, *aliases)
        x, y = pos.get(n, (None, None))
        nodes.append([str(n), label, type_index[ntype], node_size(float(d.get("pagerank", 0.0)), n_total, 8.0, 30.0),
                      x, y, int(d.get("mentions", 0)), int(d.get("documents", 0)),
                      round(float(d.get("pagerank", 0.0)), 8), aliases])

    relations = list(rel_styles)
    for _, _, rel, _ in _edge_rows(graph):
        if str(rel) not in relations:
            relations.append(str(rel))
    rel_index = {r: i for i, r in enumerate(relations)}
    sentences: dict[str, int] = {}
    cites: dict[tuple, int] = {}
    rules: dict[str, int] = {}
    edges = []
    hidden = 0
    first_set = set(first)
    dates = []
    rel_counts: Counter = Counter()
    # Edges of one sentence often carry the same evidence string: decoded once.
    evidence_rows: dict = {}
    for u, v, key, d in sorted(graph.edges(keys=True, data=True), key=lambda e: _edge_order(e[2])):
        relation = str(d.get("relation", ""))
        weight = float(d.get("weight", 1.0))
        rel_counts[relation] += 1
        if relation == CO_MENTION and weight < threshold and u in first_set and v in first_set:
            hidden += 1
        raw = d.get(contract.EVIDENCE)
        evs = evidence_rows.get(raw) if isinstance(raw, str) else None
        if evs is None:
            evs = []
            for ev in contract.evidence(d):
                cite = (str(ev.get("doc", "")), str(ev.get("headline", "")), str(ev.get("title", "")),
                        str(ev.get("date", "")), str(ev.get("url", "")))
                sentence = str(ev.get("sentence", ""))
                rule = str(ev.get("rule", ""))
                evs.append([cites.setdefault(cite, len(cites)), sentences.setdefault(sentence, len(sentences)),
                            rules.setdefault(rule, len(rules))])
            if isinstance(raw, str):
                evidence_rows[raw] = evs
        first_date, last_date = str(d.get("first_date", "") or ""), str(d.get("last_date", "") or "")
        if first_date:
            dates += [first_date, last_date or first_date]
        edges.append([index[u], index[v], rel_index[relation], weight, int(d.get("evidence_count", len(evs))),
                      first_date, last_date, evs])

    counts = Counter(str(graph.nodes[n].get("type", "")) for n in graph.nodes)
    drawn_counts = Counter(str(graph.nodes[n].get("type", "")) for n in first)
    facts = {
        "nodes": graph.number_of_nodes(), "overview_nodes": len(first),
        "overview_types": {t: drawn_counts.get(t, 0) for t in type_index if counts.get(t)},
        "left_out_nodes": graph.number_of_nodes() - len(first), "edges": graph.number_of_edges(),
        "hidden_edges": hidden, "min_weight": threshold,
    }
    facts["note"] = overview_note(facts)
    co_weights = [e[3] for e in edges if relations[e[2]] == CO_MENTION]
    data = {
        "nodes": nodes,
        "types": [{"name": t, "label": types.get(t, {}).get("name", t), "color": node_color(t),
                   "count": counts.get(t, 0), "drawn": drawn_counts.get(t, 0)} for t in type_index],
        "relations": [{"name": r, "label": rel_styles.get(r, {}).get("name", r),
                       "color": rel_styles.get(r, {}).get("color", "#444444"), "typed": r != CO_MENTION,
                       "count": rel_counts.get(r, 0)} for r in relations],
        "edges": edges,
        "cites": [list(c) for c in cites],
        "sentences": list(sentences),
        "rules": list(rules),
        "overview": [index[n] for n in first],
        "min_weight": threshold, "max_weight": max(co_weights or [threshold]),
        "date_min": min(dates) if dates else "", "date_max": max(dates) if dates else "",
        "note": facts["note"],
        "t2s": traditional_map({c for name in names for c in name}),
    }
    js, css = _vis_assets()
    page = _template().render(title=title, data=_script_json(data), vis_js=js, vis_css=css)
    # Past the page cache, as the GraphML is (kg.export.atomic): the same bytes atomic_write_text writes.
    atomic_write_chunks(path, [page.encode("utf-8")])
    facts["bytes"] = len(page.encode("utf-8"))
    return facts


def _script_json(data) -> Markup:
    """JSON safe inside a script block, as ``tojson`` makes it, in our key order and compact."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
    # A url in a citation is data, not a reference: "\/" is JSON's own escape of "/".
    return Markup(text.replace("://", ":\\/\\/"))


@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    return env.get_template("explorer.html")


def _edge_order(k) -> tuple:
    return node_order("n" + str(k)[1:]) if str(k)[:1] == "e" else (1, 0, str(k))
