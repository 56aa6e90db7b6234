"""The seed build's exports as other programs read them, each file whole.

graphology's GEXF and GraphML parsers, which Gephi Lite loads files with, run
in Node.js (tests/js: its package.json and package-lock.json are committed,
``npm ci`` installs them); without node and npm those tests are skipped.
networkx 3.2 (the oldest release kg supports) reads the node-link JSON.
"""

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg.export import export

JS = Path(__file__).parent / "js"
NODE, NPM = shutil.which("node"), shutil.which("npm")


@pytest.fixture(scope="module")
def seed_files(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("clients")
    return seed_build.graph, export(seed_build.graph, out, formats=("graphml", "gexf", "json"))


def _edges(graph: nx.MultiDiGraph) -> list:
    return sorted((k, u, v, d["relation"]) for u, v, k, d in graph.edges(keys=True, data=True))


# --- graphology (Gephi Lite) ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graphology():
    """A function that loads a file with graphology and returns what its script printed."""
    if not (NODE and NPM):
        pytest.skip("node and npm are not installed: graphology's parsers (Gephi Lite's) run in Node.js")
    done = subprocess.run([NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], cwd=JS,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"npm ci in {JS} failed:\n{done.stdout}\n{done.stderr}"

    def load(fmt: str, path: Path) -> dict:
        done = subprocess.run([NODE, str(JS / "load_graph.mjs"), fmt, str(path)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return load


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphology_reads_every_node_and_edge_and_keeps_parallel_edges(seed_files, graphology, fmt):
    graph, paths = seed_files
    got = graphology(fmt, paths[fmt])
    assert got["type"] == "directed" and got["order"] == graph.number_of_nodes() == len(got["nodes"])
    assert got["size"] == graph.number_of_edges() == len(got["edges"])
    assert sorted(got["nodes"]) == sorted([n, d["label"], d["type"]] for n, d in graph.nodes(data=True))
    assert sorted((k, u, v, rel) for k, u, v, _, rel in got["edges"]) == _edges(graph)
    parallel = Counter((u, v) for u, v in graph.edges())
    assert max(parallel.values()) > 1, "the seeds should have pairs with a co-mention and a typed edge"
    assert got["multi"] and Counter((u, v) for _, u, v, _, _ in got["edges"]) == parallel


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphology_reads_the_relation_as_edge_label(seed_files, graphology, fmt):
    graph, paths = seed_files
    got = graphology(fmt, paths[fmt])
    assert sorted((k, label) for k, _, _, label, _ in got["edges"]) == sorted(
        (k, d["relation"]) for _, _, k, d in graph.edges(keys=True, data=True))


def test_graphology_reads_the_graph_attributes_of_the_graphml(seed_files, graphology):
    graph, paths = seed_files
    assert graphology("graphml", paths["graphml"])["attributes"] == graph.graph
    assert graph.graph["home_city"] == "格尔木市" and graph.graph["documents"] == 2


def test_graphology_reads_the_graph_attributes_of_the_gexf_meta(seed_files, graphology):
    graph, paths = seed_files
    attributes = graphology("gexf", paths["gexf"])["attributes"]
    assert set(attributes) == {"creator", "description"} and attributes["creator"] == "kg"
    assert json.loads(attributes["description"]) == graph.graph


# --- networkx 3.2 --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def networkx_3_2(tmp_path_factory):
    """networkx 3.2 installed from PyPI into a folder of its own, for one reader in a separate process."""
    target = tmp_path_factory.mktemp("networkx-3.2")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check",
               "--target", str(target), "networkx==3.2"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.skip("networkx 3.2 could not be installed from PyPI within 5 minutes")
    if done.returncode:
        pytest.skip(f"networkx 3.2 could not be installed from PyPI: {done.stderr.strip()[-500:]}")
    return target


READ_WITH_NETWORKX_3_2 = """
import json, sys
sys.path.insert(0, sys.argv[1])
import networkx as nx
assert nx.__version__ == "3.2", nx.__version__
with open(sys.argv[2], encoding="utf-8") as fh:
    g = nx.node_link_graph(json.load(fh))  # 3.2's own defaults: link="links", key="key"
print(json.dumps({"version": nx.__version__, "directed": g.is_directed(), "multigraph": g.is_multigraph(),
                  "graph": g.graph, "nodes": list(g.nodes),
                  "edges": sorted([k, u, v, d["relation"]] for u, v, k, d in g.edges(keys=True, data=True))},
                 ensure_ascii=False))
"""


def test_networkx_3_2_reads_the_node_link_json_with_its_defaults(seed_files, networkx_3_2):
    graph, paths = seed_files
    done = subprocess.run([sys.executable, "-I", "-c", READ_WITH_NETWORKX_3_2, str(networkx_3_2), str(paths["json"])],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["version"] == "3.2" and got["directed"] and got["multigraph"]
    assert got["graph"] == graph.graph and got["nodes"] == list(graph.nodes)
    assert [tuple(e) for e in got["edges"]] == _edges(graph)
