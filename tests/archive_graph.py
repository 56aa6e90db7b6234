"""A synthetic graph shaped like an archive build (Boson: 2,301 nodes, 3,961 edges), for page tests.

Half the entities are places and projects are few, as in a national-news
build; co-mention weights are mostly 1; a tenth of the edges are typed; the
evidence is dated over several years, with a title and a url; and some of the
entities with the highest PageRank have no edge at all, which the overview
must not draw.
"""

from __future__ import annotations

import json
import random

import networkx as nx

TYPES = ["place"] * 50 + ["company"] * 26 + ["agency"] * 22 + ["project"] * 2
TYPED = {("company", "project"): "builds", ("agency", "project"): "leads", ("company", "company"): "partners",
         ("place", "place"): "located_in", ("agency", "agency"): "part_of"}
WORDS = "华新远景能源盐湖科技城建交通电力水务农业发展投资银行物流港口医药环保"


def archive_graph(n_nodes: int = 2300, n_edges: int = 4000, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph(name="kg", home_city="", documents=2000, articles=2000)
    suffix = {"place": "市", "company": "公司", "agency": "局", "project": "项目"}
    for i in range(n_nodes):
        t = TYPES[rng.randrange(len(TYPES))]
        stem = "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))) + f"{i}"
        label = stem + suffix[t]
        g.add_node(f"n{i}", label=label, type=t, aliases=json.dumps([label, stem], ensure_ascii=False),
                   mentions=1, documents=1, degree=0, weighted_degree=0.0,
                   pagerank=round(rng.paretovariate(1.5) / n_nodes, 8), community=0)
    # Hubs of preferential attachment, but the first 30 nodes stay without an edge.
    pool = list(range(30, n_nodes))
    hubs = pool[:300]
    for k in range(n_edges):
        u = rng.choice(hubs) if rng.random() < 0.5 else rng.choice(pool)
        v = rng.choice(pool)
        if u == v:
            continue
        tu, tv = g.nodes[f"n{u}"]["type"], g.nodes[f"n{v}"]["type"]
        relation = TYPED.get((tu, tv)) if rng.random() < 0.3 else None
        relation = relation or "co_mention"
        year = 2015 + rng.randrange(8)
        dates = sorted(f"{year + rng.randrange(2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                       for _ in range(rng.randint(1, 3)))
        lu, lv = g.nodes[f"n{u}"]["label"], g.nodes[f"n{v}"]["label"]
        evidence = [{"doc": f"d{k}_{j}", "article": f"d{k}_{j}#a1", "headline": f"第{k}号报道", "title": "",
                     "date": d, "url": f"https://news.example.cn/{k}/{j}",
                     "sentence": f"{lu}与{lv}在第{k}次会议上见面。", "start": 0, "end": 20,
                     "rule": "co_mention" if relation == "co_mention" else "rule"}
                    for j, d in enumerate(dates)]
        g.add_edge(f"n{u}", f"n{v}", key=f"e{k}", relation=relation, weight=float(len(dates)),
                   evidence=json.dumps(evidence, ensure_ascii=False), evidence_count=len(dates), score=0.1,
                   first_date=dates[0], last_date=dates[-1])
    for i in range(30):
        g.nodes[f"n{i}"]["pagerank"] = 0.5  # the most "important", yet nothing to draw them with
    return g
