"""The command line as a process: clear errors instead of tracebacks, and a closed pipe ends quietly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import EXIT_BROKEN_PIPE

ROOT = Path(__file__).resolve().parents[1]


def _kg_into_closed_pipe(*args, cwd=ROOT):
    """Run ``kg ARGS`` with its stdout a pipe whose reader is gone, as in ``kg ... | head -0``."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # before the child writes anything: its first write meets a closed pipe
    try:
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, cwd=cwd, timeout=300)
    finally:
        os.close(write_end)
    return proc


def test_show_into_a_closed_pipe_ends_quietly(seed_build):
    proc = _kg_into_closed_pipe("show", "比亚迪", "--graph", str(seed_build.outputs["graphml"]))
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.stderr == "" and proc.returncode == EXIT_BROKEN_PIPE == 141


def test_build_into_a_closed_pipe_ends_quietly_after_writing_its_outputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text("本报讯 格尔木市水利局推进供水管网改造项目。", encoding="utf-8")
    out = tmp_path / "out"
    proc = _kg_into_closed_pipe("build", str(tmp_path / "in"), "-o", str(out), "--no-progress")
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.returncode == EXIT_BROKEN_PIPE
    assert (out / "graph.graphml").exists() and (out / "graph.html").exists()


def _hub_graph(path, neighbours=2000):
    """A graph whose hub's description is far longer than a pipe's 64 KiB buffer."""
    import json

    import networkx as nx

    from kg.export.graphml import write_graphml

    g = nx.MultiDiGraph()
    g.add_node("n0", label="中心公司", type="company", aliases='["中心公司"]', mentions=1, documents=1)
    for i in range(1, neighbours + 1):
        g.add_node(f"n{i}", label=f"邻居{i}公司", type="company", aliases=json.dumps([f"邻居{i}公司"]), mentions=1,
                   documents=1)
        ev = [{"doc": "d", "article": "d#a1", "headline": "", "sentence": f"中心公司与邻居{i}公司签约。", "start": 0,
               "end": 10, "rule": "co_mention"}]
        g.add_edge("n0", f"n{i}", key=f"e{i}", relation="co_mention", weight=1.0,
                   evidence=json.dumps(ev, ensure_ascii=False), evidence_count=1, score=1.0)
    write_graphml(g, path, positions={n: (0.0, 0.0) for n in g})


def test_show_piped_into_head_ends_quietly(tmp_path):
    """A real ``| head -1``: kg still has most of its output to write when head exits."""
    _hub_graph(tmp_path / "hub.graphml")
    cmd = f"set -o pipefail; {sys.executable} -m kg.cli show 中心公司 --graph {tmp_path / 'hub.graphml'} | head -1"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.stdout.startswith("中心公司  [company]") and proc.stdout.count("\n") == 1
    assert proc.stderr == "", proc.stderr
    assert proc.returncode == EXIT_BROKEN_PIPE


@pytest.mark.parametrize("args, named", [
    (["show", "比亚迪", "--graph", "{tmp}/broken.graphml"], "broken.graphml"),
    (["eval", "{tmp}/broken.jsonl"], "broken.jsonl:2"),
])
def test_errors_are_one_line_without_a_traceback(tmp_path, args, named):
    (tmp_path / "broken.graphml").write_text("<graphml><graph><node", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text('{"text": "格尔木", "spans": []}\n{"text": \n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *[a.format(tmp=tmp_path) for a in args]],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"kg {args[0]}: error: ") and named in proc.stderr
    assert proc.stderr.count("\n") == 1
