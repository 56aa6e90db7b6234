"""The output set: staged, committed with a marker, swapped in together, recovered after a kill."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.export as export_module
from kg.export import OUTPUT_NAMES, export
from kg.export.atomic import COMMIT_MARKER, STAGING_PREFIX, recover

from .test_export_formats import ALL, contract_graph

ROOT = Path(__file__).resolve().parents[1]
NAMES = {"graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv"}  # the files of ALL


def graph(version: str):
    """The contract graph with ``version`` in a node label and an edge's evidence, so every file differs."""
    from .test_export_formats import _evidence

    g = contract_graph()
    g.nodes["n0"]["label"] = f"比亚迪{version}"
    g.edges["n0", "n2", "e0"]["evidence"] = _evidence(f"比亚迪{version}碳酸锂中试项目。")
    return g


@pytest.fixture(scope="module")
def sets(tmp_path_factory):
    """The bytes of each file of the set for graph versions "old" and "new"."""
    out = {}
    for version in ("old", "new"):
        d = tmp_path_factory.mktemp(version)
        export(graph(version), d, formats=ALL)
        out[version] = {p.name: p.read_bytes() for p in d.iterdir()}
        assert set(out[version]) == NAMES
    assert all(out["old"][n] != out["new"][n] for n in NAMES)
    return out


def which_set(out: Path, sets) -> str:
    """"old" or "new" when every file of the set is that version's; fails on a mixed or incomplete set."""
    files = {n: (out / n).read_bytes() for n in NAMES if (out / n).exists()}
    for version, expected in sets.items():
        if files == expected:
            return version
    versions = {n: [v for v in sets if sets[v][n] == data] for n, data in files.items()}
    raise AssertionError(f"mixed or incomplete output set: {versions}")


def kg_debris(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX) or p.name.endswith(".tmp"))


def test_every_name_kg_writes_is_known():
    assert NAMES <= set(OUTPUT_NAMES) and "graph.html" in OUTPUT_NAMES


def test_export_replaces_the_set_and_leaves_only_it(tmp_path, sets):
    (tmp_path / "notes.txt").write_text("mine")
    export(graph("old"), tmp_path, formats=ALL)
    assert which_set(tmp_path, sets) == "old"
    export(graph("new"), tmp_path, formats=ALL)
    assert which_set(tmp_path, sets) == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES | {"notes.txt"})


def test_a_failing_writer_leaves_the_whole_old_set(tmp_path, sets, monkeypatch):
    export(graph("old"), tmp_path, formats=ALL)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # graphml and gexf come before json: each used to be in place already when json failed.
    monkeypatch.setitem(export_module.FORMATS, "json", (fail, "graph.json"))
    with pytest.raises(RuntimeError):
        export(graph("new"), tmp_path, formats=ALL)
    assert which_set(tmp_path, sets) == "old"
    assert kg_debris(tmp_path) == []


def test_formats_written_side_by_side_are_the_same_bytes(tmp_path, sets):
    formats = ALL + ("html",)
    one, two = tmp_path / "one", tmp_path / "two"
    paths1 = export(graph("new"), one, formats=formats, jobs=1)
    paths2 = export(graph("new"), two, formats=formats, jobs=2)
    assert which_set(two, sets) == "new"
    assert {p.name: p.read_bytes() for p in one.iterdir()} == {p.name: p.read_bytes() for p in two.iterdir()}
    assert {k: p.name for k, p in paths1.items()} == {k: p.name for k, p in paths2.items()}
    assert paths1.notes == paths2.notes


def test_a_writer_failing_in_a_worker_leaves_the_whole_old_set(tmp_path, sets, monkeypatch):
    export(graph("old"), tmp_path, formats=ALL)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setitem(export_module.FORMATS, "json", (fail, "graph.json"))
    with pytest.raises(RuntimeError, match="disk full"):
        export(graph("new"), tmp_path, formats=ALL, jobs=2)
    assert which_set(tmp_path, sets) == "old"
    assert kg_debris(tmp_path) == []


def _stage(out: Path, sets, version: str, names, committed: bool, moved=()) -> Path:
    """A staging folder as an export killed at some point leaves it."""
    staging = out / f"{STAGING_PREFIX}x1y2z3"
    staging.mkdir()
    for n in names:
        (out if n in moved else staging).joinpath(n).write_bytes(sets[version][n])
    (staging / ".graph.html.abcd1234.tmp").write_text("half a page")
    if committed:
        (staging / COMMIT_MARKER).write_text(json.dumps(sorted(names)))
    return staging


def test_recovery_rolls_a_committed_set_forward(tmp_path, sets):
    export(graph("old"), tmp_path, formats=ALL)
    # Killed after the marker, with two files of the new set already moved in.
    _stage(tmp_path, sets, "new", NAMES, committed=True, moved={"edges.csv", "graph.gexf"})
    with pytest.raises(AssertionError, match="mixed"):
        which_set(tmp_path, sets)
    recover(tmp_path, OUTPUT_NAMES)
    assert which_set(tmp_path, sets) == "new" and kg_debris(tmp_path) == []
    recover(tmp_path, OUTPUT_NAMES)  # idempotent
    assert which_set(tmp_path, sets) == "new"


def test_recovery_deletes_an_uncommitted_set(tmp_path, sets):
    export(graph("old"), tmp_path, formats=ALL)
    _stage(tmp_path, sets, "new", NAMES - {"nodes.csv"}, committed=False)
    recover(tmp_path, OUTPUT_NAMES)
    assert which_set(tmp_path, sets) == "old" and kg_debris(tmp_path) == []


def test_orphan_temp_files_of_kg_are_deleted_and_nothing_else(tmp_path, sets):
    kg_tmp = [".graph.graphml.k2j4_x9a.tmp", ".nodes.csv.abcdefgh.tmp", ".graph.html.00000000.tmp"]
    mine = [".mine.abcdefgh.tmp", ".graph.graphml.tmp", "graph.graphml.abcdefgh.tmp", "notes.txt", ".kg-commit"]
    for name in kg_tmp + mine:
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".graph.json.abcdefgh.tmp").write_text("x")
    export(graph("new"), tmp_path, formats=ALL)
    assert which_set(tmp_path, sets) == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES | set(mine) | {"sub"})
    assert (tmp_path / "sub" / ".graph.json.abcdefgh.tmp").exists()


# --- a real kill -9 ------------------------------------------------------------------------------------------

CHILD = """
import os, sys, time
import kg.export as ex
from tests.test_export import graph
from tests.test_export_formats import ALL

mode, out = sys.argv[1], sys.argv[2]

def pause():
    print("paused", flush=True)
    time.sleep(120)

if mode == "while-staging":
    write, name = ex.FORMATS["json"]
    def slow(graph, path):
        write(graph, path)
        pause()
    ex.FORMATS["json"] = (slow, name)
    ex.export(graph("new"), out, formats=ALL)
elif mode == "while-moving":
    real, moved = os.replace, []
    def replace(src, dst):
        real(src, dst)
        if os.path.dirname(os.fspath(dst)) == out and ".kg-staging-" in os.fspath(src):
            moved.append(dst)
            if len(moved) == 2:
                pause()
    os.replace = replace
    ex.export(graph("new"), out, formats=ALL)
else:  # anywhere: export the two versions in turn until killed
    print("paused", flush=True)
    while True:
        for version in ("new", "old"):
            ex.export(graph(version), out, formats=ALL)
"""


def _kill_during_export(out: Path, mode: str, delay: float = 0.0) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(out)], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line == "paused\n", child.stderr.read()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL


def test_kill_9_while_staging_leaves_the_old_set(tmp_path, sets):
    export(graph("old"), tmp_path, formats=ALL)
    _kill_during_export(tmp_path, "while-staging")
    assert which_set(tmp_path, sets) == "old"
    assert [n for n in kg_debris(tmp_path) if n.startswith(STAGING_PREFIX)]  # the kill left its staging folder
    export(graph("new"), tmp_path, formats=ALL)
    assert which_set(tmp_path, sets) == "new" and kg_debris(tmp_path) == []


def test_kill_9_while_moving_is_rolled_forward_by_the_next_export(tmp_path, sets):
    export(graph("old"), tmp_path, formats=ALL)
    _kill_during_export(tmp_path, "while-moving")
    with pytest.raises(AssertionError, match="mixed"):
        which_set(tmp_path, sets)
    recover(tmp_path, OUTPUT_NAMES)
    assert which_set(tmp_path, sets) == "new" and kg_debris(tmp_path) == []


@pytest.mark.slow
def test_kill_9_at_any_point_leaves_one_whole_set_after_recovery(tmp_path, sets):
    for i, delay in enumerate((0.05, 0.2, 0.45)):
        out = tmp_path / str(i)
        out.mkdir()
        export(graph("old"), out, formats=ALL)
        _kill_during_export(out, "anywhere", delay)
        recover(out, OUTPUT_NAMES)
        assert which_set(out, sets) in ("old", "new")
        assert kg_debris(out) == []


@pytest.mark.parametrize("sizes", [[], [0], [1], [4095], [4096], [4097, 3], [(1 << 22) - 1, 2, 4096 * 3 + 5],
                                   [1 << 22, 1 << 22], [(1 << 23) + 17]])
def test_chunks_written_past_the_cache_are_the_bytes_given(tmp_path, sizes):
    from kg.export.atomic import atomic_write_chunks

    chunks = [bytes((i + k) % 251 for k in range(n)) for i, n in enumerate(sizes)]
    atomic_write_chunks(tmp_path / "f.bin", iter(chunks))
    assert (tmp_path / "f.bin").read_bytes() == b"".join(chunks)
    assert [p.name for p in tmp_path.iterdir()] == ["f.bin"]


def test_chunks_go_through_the_cache_where_direct_writes_are_refused(tmp_path, monkeypatch):
    from kg.export import atomic

    real_write = os.write

    def refusing(fd, data):
        # A file system that takes the flag but refuses each direct write (as some FUSE ones do).
        import fcntl

        if fcntl.fcntl(fd, fcntl.F_GETFL) & getattr(os, "O_DIRECT", 0):
            raise OSError(22, "Invalid argument")
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", refusing)
    chunks = [b"a" * 5000, b"b" * (1 << 22), b"c"]
    atomic.atomic_write_chunks(tmp_path / "f.bin", chunks)
    assert (tmp_path / "f.bin").read_bytes() == b"".join(chunks)
    monkeypatch.setattr(atomic, "_set_direct", lambda fd, on: False)
    atomic.atomic_write_chunks(tmp_path / "g.bin", chunks)
    assert (tmp_path / "g.bin").read_bytes() == b"".join(chunks)
