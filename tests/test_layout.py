"""The package's one-way flow, checked from the source: no import circles, no import upstream.

Every import is read from the syntax tree, including imports inside
functions, so a lazy import cannot hide a circle.
"""

import ast
import pkgutil
from pathlib import Path

import networkx as nx

import kg

# The stages in the order data flows; a module may import only from its own
# stage or an earlier one.
STAGES = [
    ("shared data", {"kg.resources", "kg.spec", "kg.contract", "kg.script", "kg.gazetteer", "kg.lexicon"}),
    ("read", {"kg.read", "kg.htmltext"}),
    ("normalise", {"kg.normalise"}),
    ("articles", {"kg.articles"}),
    ("nlp", {"kg.nlp", "kg.nlp.tokenizer", "kg.nlp.entity_rules", "kg.nlp.statistical", "kg.nlp.relations"}),
    ("analyse", {"kg.analyse", "kg.analyses"}),
    ("consistency", {"kg.consistency"}),
    ("resolve", {"kg.resolve"}),
    ("relate", {"kg.relate"}),
    ("graph", {"kg.graph"}),
    ("export", {"kg.export", "kg.export.atomic", "kg.export.csv", "kg.export.gexf", "kg.export.graphml",
                "kg.export.html", "kg.export.nodelink", "kg.export.style"}),
    ("extract", {"kg.extract"}),
    ("commands", {"kg.build", "kg.evaluate", "kg.show"}),
    ("entry points", {"kg.cli", "kg"}),
]
STAGE_OF = {m: i for i, (_, mods) in enumerate(STAGES) for m in mods}
ROOT = Path(kg.__file__).parent


def modules() -> dict[str, Path]:
    out = {"kg": ROOT / "__init__.py"}
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        rel = info.name.split(".")[1:]
        path = ROOT.joinpath(*rel)
        out[info.name] = path / "__init__.py" if info.ispkg else path.with_suffix(".py")
    return out


def import_graph() -> nx.DiGraph:
    mods = modules()
    g = nx.DiGraph()
    g.add_nodes_from(mods)
    for name, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from kg import contract" imports the module kg.contract.
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in mods else node.module
                           for a in node.names]
            for t in targets:
                if t in mods and t != name:
                    g.add_edge(name, t)
    return g


def test_every_module_has_a_stage():
    assert set(modules()) == set(STAGE_OF), "place new modules in STAGES (and the README's table)"


def test_no_import_circles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


def test_no_import_from_a_lower_stage_to_a_higher_one():
    upstream = [(a, b) for a, b in import_graph().edges if STAGE_OF[b] > STAGE_OF[a]]
    assert upstream == []


def test_the_checker_sees_a_circle(tmp_path):
    # The checks above would pass on an empty graph; this one shows the reader finds real edges.
    g = import_graph()
    assert g.has_edge("kg.nlp.statistical", "kg.nlp.entity_rules")
    assert g.has_edge("kg.build", "kg.extract") and g.has_edge("kg.extract", "kg.nlp")
    g.add_edge("kg.nlp.entity_rules", "kg.nlp.statistical")
    assert list(nx.simple_cycles(g))
