"""The seed build's exports as other programs read them, each file whole.

networkx 3.2 (the oldest release kg supports) reads the node-link JSON.
"""

import json
import subprocess
import sys

import networkx as nx
import pytest

from kg.export import export


@pytest.fixture(scope="module")
def seed_files(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("clients")
    return seed_build.graph, export(seed_build.graph, out, formats=("graphml", "gexf", "json"))


def _edges(graph: nx.MultiDiGraph) -> list:
    return sorted((k, u, v, d["relation"]) for u, v, k, d in graph.edges(keys=True, data=True))


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
