"""The analyses step: the SQLite cache (hits, misses, other versions, a killed build) and -j."""

import importlib
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import kg.analyses
import kg.nlp
from kg.build import build
from kg.lexicon import LexiconError

from .conftest import ROOT

STEMS = "东西南北中金银铜铁锡"


def _page(i: int) -> str:
    # Each page names its own company, project and agency, spelled from i's digits.
    stem = "".join(STEMS[int(c)] for c in f"{i:03d}")
    return (f"本报讯 {stem}新材料有限公司投资建设的{stem}年产{i + 2}万吨电池材料项目近日开工。\n\n"
            f"市发展和改革委员会与{stem}新材料有限公司签订合作协议，{stem}产业园管委会负责推进。\n")


def _corpus(folder, n: int, start: int = 0):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"p{i:03d}.txt").write_text(_page(i), encoding="utf-8")
    return folder


def _files(out) -> dict:
    return {name: (out / name).read_bytes() for name in ("graph.graphml", "graph.html")}


def test_rebuild_reuses_the_cache_and_reanalyses_only_changed_documents(tmp_path, nlp):
    src = _corpus(tmp_path / "in", 6)
    first = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert "cache: 0 of 6 documents reused, 6 analysed" in first.summary()
    again = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert "cache: 6 of 6 documents reused, 0 analysed" in again.summary()
    (src / "p002.txt").write_text(_page(2).replace("签订合作协议", "签订投资协议"), encoding="utf-8")
    _corpus(src, 1, start=6)
    changed = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert "cache: 5 of 7 documents reused, 2 analysed" in changed.summary()
    fresh = build([src], tmp_path / "fresh", nlp=nlp, progress=False, cache=False)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")
    # The same pages read from another folder are the same documents.
    moved = src.rename(tmp_path / "archive")
    assert "cache: 7 of 7 documents reused" in build([moved], tmp_path / "out", nlp=nlp, progress=False).summary()
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")
    assert not (tmp_path / "fresh" / ".kg-cache").exists()


def test_a_rebuild_reads_each_documents_reading_for_resolution_from_the_cache(tmp_path, nlp, monkeypatch):
    import kg.extract

    src = _corpus(tmp_path / "in", 6)
    read = []
    real = kg.extract.read_document
    monkeypatch.setattr(kg.extract, "read_document", lambda a: read.append(a.document.id) or real(a))
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert sorted(read) == [f"p{i:03d}" for i in range(6)]
    db = sqlite3.connect(tmp_path / "out" / ".kg-cache" / kg.analyses.CACHE_FILE)
    assert db.execute("SELECT COUNT(*) FROM readings").fetchone()[0] == 6
    db.close()
    read.clear()
    _corpus(src, 1, start=6)
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    # The new page alone is read: the six others' readings come back with their analyses.
    assert read == ["p006"]
    build([src], tmp_path / "fresh", nlp=nlp, progress=False, cache=False)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")


def test_readings_of_other_resolution_code_are_dropped_and_the_analyses_kept(tmp_path, nlp, monkeypatch):
    src = _corpus(tmp_path / "in", 3)
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    db_path = tmp_path / "out" / ".kg-cache" / kg.analyses.CACHE_FILE
    db = sqlite3.connect(db_path)
    before = db.execute("SELECT COUNT(*) FROM readings").fetchone()[0]
    db.close()
    assert before
    monkeypatch.setattr(kg.analyses, "_reading_code_hash", lambda: "other code")
    store = kg.analyses.AnalysisCache(tmp_path / "out" / ".kg-cache", "f")
    assert store.db.execute("SELECT COUNT(*) FROM readings").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 3
    store.close()


def test_a_reading_kept_for_other_mentions_is_read_again(tmp_path):
    from kg.read import Document

    store = kg.analyses.AnalysisCache(tmp_path, "f")
    page = Document("p1", "", "某县某镇一页。")
    store.put_reading(page, ("a reading",), "mentions of one build")
    assert store.get_reading(page, "mentions of one build") == ("a reading",)
    assert store.get_reading(page, "mentions of another") is None
    assert store.get_reading(page) is None
    store.close()


def test_a_changed_lexicon_is_a_miss(tmp_path):
    src = _corpus(tmp_path / "in", 3)
    lexicon = tmp_path / "names.jsonl"
    lexicon.write_text(json.dumps({"name": "东东东新材料", "type": "COMPANY"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    cache = tmp_path / "cache"
    build([src], tmp_path / "out", lexicons=[lexicon], progress=False, cache=cache)
    assert "3 of 3 documents reused" in build([src], tmp_path / "out", lexicons=[lexicon], progress=False,
                                              cache=cache).summary()
    lexicon.write_text(json.dumps({"name": "北北北新材料", "type": "COMPANY"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    assert "0 of 3 documents reused, 3 analysed" in build([src], tmp_path / "out", lexicons=[lexicon],
                                                          progress=False, cache=cache).summary()


def test_a_rebuild_with_every_document_cached_never_builds_the_pipeline(tmp_path, monkeypatch):
    src = _corpus(tmp_path / "in", 4)
    lexicon = tmp_path / "names.jsonl"
    lexicon.write_text(json.dumps({"name": "东东东新材料", "type": "COMPANY"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    build([src], tmp_path / "out", lexicons=[lexicon], progress=False)

    def no_pipeline(*args, **kwargs):
        raise AssertionError("a rebuild whose documents are all cached built the pipeline")

    with monkeypatch.context() as m:
        m.setattr(kg.nlp, "load_pipeline", no_pipeline)
        again = build([src], tmp_path / "out", lexicons=[lexicon], progress=False)
    assert "cache: 4 of 4 documents reused, 0 analysed" in again.summary()
    build([src], tmp_path / "fresh", lexicons=[lexicon], progress=False, cache=False)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")


def test_the_fingerprint_follows_what_the_pipeline_is_built_from(tmp_path, monkeypatch):
    fingerprint = kg.analyses.analysis_fingerprint
    one, moved = tmp_path / "one.jsonl", tmp_path / "elsewhere" / "one.jsonl"
    moved.parent.mkdir()
    for path in (one, moved):
        path.write_text(json.dumps({"name": "东东东新材料", "type": "COMPANY"}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    base = fingerprint([one])
    assert fingerprint([moved]) == base
    assert len({base, fingerprint(), fingerprint([one], statistical=False), fingerprint([one, one])}) == 4
    moved.write_text(json.dumps({"name": "北北北新材料", "type": "COMPANY"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    assert fingerprint([moved]) != base
    # A library that segments or tags is part of it too.
    real = kg.analyses._library_version
    monkeypatch.setattr(kg.analyses, "_library_version", lambda name: "9.9" if name == "jieba" else real(name))
    assert fingerprint([one]) != base
    monkeypatch.undo()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        fingerprint([bad])
    with pytest.raises(LexiconError):
        fingerprint([tmp_path / "missing.jsonl"])


def test_a_cache_from_another_version_is_ignored_with_a_message(tmp_path, nlp, monkeypatch):
    src = _corpus(tmp_path / "in", 3)
    monkeypatch.setattr(kg.analyses, "_version", lambda: "0.0.1")
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    monkeypatch.undo()
    result = build([src], tmp_path / "out", nlp=nlp, progress=False)
    summary = result.summary()
    assert "written by kg 0.0.1" in summary and "ignored" in summary
    assert "0 of 3 documents reused, 3 analysed" in summary
    db = sqlite3.connect(tmp_path / "out" / ".kg-cache" / kg.analyses.CACHE_FILE)
    assert dict(db.execute("SELECT name, value FROM meta"))["kg"] == kg.analyses._version()


@pytest.mark.parametrize("table, reused", [("analyses", 0), ("readings", 2)])
def test_a_damaged_entry_is_a_miss_not_a_misread(tmp_path, nlp, table, reused):
    # (a damaged reading is read again from its document's analysis)
    src = _corpus(tmp_path / "in", 2)
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    db = sqlite3.connect(tmp_path / "out" / ".kg-cache" / kg.analyses.CACHE_FILE)
    db.execute(f"UPDATE {table} SET value = ?", (b"not a pickle",))
    db.commit()
    db.close()
    again = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert f"{reused} of 2 documents reused, {2 - reused} analysed" in again.summary()
    build([src], tmp_path / "fresh", nlp=nlp, progress=False, cache=False)
    assert _files(tmp_path / "out") == _files(tmp_path / "fresh")


def test_two_processes_write_the_same_bytes_as_one(tmp_path, nlp):
    src = _corpus(tmp_path / "in", 12)
    build([src], tmp_path / "j1", nlp=nlp, progress=False, cache=False, jobs=1)
    build([src], tmp_path / "j2", nlp=nlp, progress=False, cache=False, jobs=2)
    assert _files(tmp_path / "j1") == _files(tmp_path / "j2")


@pytest.mark.slow
def test_a_build_killed_mid_analysis_leaves_cache_and_outputs_usable(tmp_path):
    src = _corpus(tmp_path / "in", 400)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--no-progress"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db_path = out / ".kg-cache" / kg.analyses.CACHE_FILE
    deadline = time.monotonic() + 300
    rows = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            rows = sqlite3.connect(db_path).execute("SELECT count(*) FROM analyses").fetchone()[0]
        except sqlite3.Error:
            continue
        if rows >= 64:
            break
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert rows >= 64
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    reused = int(done.stdout.split("cache: ")[1].split(" of ")[0])
    assert 64 <= reused < 400
    subprocess.run([*cmd[:-3], "-o", str(tmp_path / "clean"), "--no-cache", "--no-progress"], env=env, check=True,
                   capture_output=True)
    assert _files(out) == _files(tmp_path / "clean")


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.mark.slow
def test_dask_on_two_workers_writes_the_bytes_of_the_local_engine(tmp_path, nlp, dask_cluster):
    src = _corpus(tmp_path / "in", 40)
    build([src], tmp_path / "local", nlp=nlp, progress=False, cache=False)
    build([src], tmp_path / "dask", nlp=nlp, progress=False, cache=False, engine="dask",
          scheduler=dask_cluster.scheduler_address)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    # Both workers took part.
    from distributed import Client

    with Client(dask_cluster.scheduler_address) as client:
        counts = client.run(lambda: len(kg.analyses._DASK_PIPELINES))
    assert sorted(counts.values()) == [1, 1]


@pytest.mark.slow
def test_dask_workers_build_kgs_pipeline_with_the_users_lexicon_and_the_client_never_loads_it(
        tmp_path, dask_cluster, monkeypatch):
    src = _corpus(tmp_path / "in", 6)
    (src / "named.txt").write_text("铜锡铁与市发展和改革委员会签订合作协议。\n", encoding="utf-8")
    lexicon = tmp_path / "names.jsonl"
    lexicon.write_text(json.dumps({"name": "铜锡铁", "type": "COMPANY"}, ensure_ascii=False) + "\n", encoding="utf-8")
    local = build([src], tmp_path / "local", lexicons=[lexicon], statistical=False, progress=False, cache=False)
    assert "铜锡铁" in {d["label"] for _, d in local.graph.nodes(data=True) if d["type"] == "company"}

    def no_pipeline(*args, **kwargs):
        raise AssertionError("the client loaded the pipeline")

    # The workers are processes of their own: only the client's loader is replaced.
    monkeypatch.setattr(kg.nlp, "load_pipeline", no_pipeline)
    build([src], tmp_path / "dask", lexicons=[lexicon], statistical=False, progress=False, cache=False,
          engine="dask", scheduler=dask_cluster.scheduler_address)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


@pytest.mark.slow
def test_dask_without_a_scheduler_forks_its_workers_with_the_pipeline_loaded_once(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    src = _corpus(tmp_path / "in", 12)
    build([src], tmp_path / "local", statistical=False, progress=False, cache=False)
    loads = tmp_path / "loads"
    load = kg.analyses.KgPipeline.__call__

    def counted(self):
        with loads.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return load(self)

    # Forked workers inherit the patch; spawned ones would import kg afresh and never write.
    monkeypatch.setattr(kg.analyses.KgPipeline, "__call__", counted)
    build([src], tmp_path / "dask", statistical=False, progress=False, cache=False, engine="dask", jobs=2)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    assert loads.read_text().split() == [str(os.getpid())]


@pytest.mark.slow
def test_the_cluster_a_build_starts_runs_without_the_dashboards_samplers():
    distributed = pytest.importorskip("distributed")
    import spacy

    cluster = kg.analyses._local_cluster(1, spacy.blank("xx"), "a-test-fingerprint")
    try:
        with distributed.Client(cluster) as client:
            seen = client.run(lambda dask_worker: (sorted(dask_worker.periodic_callbacks), dask_worker._tick_interval))
        scheduler_tick = cluster.scheduler._tick_interval
    finally:
        cluster.close()
    [(callbacks, worker_tick)] = seen.values()
    assert any("memory" in name for name in callbacks)  # memory is still watched
    assert not [name for name in callbacks if name.startswith("profile")]
    assert worker_tick >= 1 and scheduler_tick >= 1


def test_engine_dask_without_the_extra_says_what_to_install(tmp_path, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    assert main(["build", str(_corpus(tmp_path / "in", 1)), "-o", str(tmp_path / "out"), "--engine", "dask"]) == 2
    assert "pip install 'kg[dask]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_document_longer_than_a_block_is_not_kept(tmp_path, nlp, monkeypatch):
    # Such a document is analysed in blocks to bound its memory; one pickled row would undo that.
    src = _corpus(tmp_path / "in", 3)
    (src / "long.txt").write_text(_page(7) * 40, encoding="utf-8")
    monkeypatch.setattr(kg.analyses, "BLOCK_CHARS", 2_000)
    monkeypatch.setattr(kg.analyses.AnalysisCache.__init__, "__defaults__", (2_000,))
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    again = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert "cache: 3 of 4 documents reused, 1 analysed" in again.summary()
    rows = sqlite3.connect(tmp_path / "out" / ".kg-cache" / kg.analyses.CACHE_FILE).execute(
        "SELECT COUNT(*) FROM analyses").fetchone()[0]
    assert rows == 3


def test_gc_paused_frees_old_cycles_first_and_keeps_the_callers_choice():
    import gc
    import weakref

    from kg.analyses import gc_paused

    class Node:
        pass

    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # nothing collects the cycle but gc_paused, and the caller's choice is kept
    try:
        node = Node()
        node.self = node
        ref = weakref.ref(node)
        del node
        with gc_paused(collect=True):
            assert ref() is None
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_serial_analysis_frees_the_cycles_a_pipeline_leaves_while_full_collections_wait():
    import gc
    import weakref

    from spacy.language import Language

    from kg.analyses import analyse_documents
    from kg.read import Document

    refs, enabled = [], []

    class Loop:
        pass

    @Language.component("kg_test_cycle_maker")
    def cycle_maker(doc):
        loop = Loop()
        loop.self = loop  # garbage that only the cyclic collector frees
        refs.append(weakref.ref(loop))
        enabled.append(gc.isenabled())
        return doc

    nlp = kg.nlp.load_pipeline(statistical=False)
    nlp.add_pipe("kg_test_cycle_maker", first=True)
    docs = [Document(f"d{i}", "", f"第{i}篇。") for i in range(3)]
    out = []
    for analysis in analyse_documents(docs, nlp):
        out.append(analysis)
        assert all(r() is None for r in refs)  # each document's cycle is gone before the next
    assert len(out) == 3 and refs and enabled and not any(enabled) and gc.isenabled()


def test_cached_analyses_stay_out_of_the_collectors_sight_until_the_last_is_out(tmp_path, nlp):
    import gc

    from kg.analyses import AnalysisCache, analyse_documents, analysis_fingerprint
    from kg.read import Document

    docs = [Document(f"d{i}", "", _page(i)) for i in range(3)]
    cache = AnalysisCache(tmp_path / "cache", analysis_fingerprint())
    assert len(list(analyse_documents(docs[:2], nlp, cache=cache))) == 2
    assert gc.get_freeze_count() == 0
    frozen, young = [], []
    for analysis in analyse_documents(docs, nlp, cache=cache):
        frozen.append(gc.get_freeze_count())
        # What is frozen is the cached analyses, not the new one
        young.append(any(o is analysis for o in gc.get_objects(generation=0) + gc.get_objects(generation=2)))
    assert all(n > 0 for n in frozen) and young == [False, False, True]
    assert gc.get_freeze_count() == 0
    # Left half-way, the analyses go back to the collector too.
    walk = analyse_documents(docs, nlp, cache=cache)
    next(walk)
    walk.close()
    assert gc.get_freeze_count() == 0
    cache.close()


def test_the_pipeline_a_run_loaded_is_freed_when_its_last_analysis_is_out():
    import gc
    import weakref

    from kg.analyses import analyse_documents
    from kg.read import Document

    refs = []

    def load():
        nlp = kg.nlp.load_pipeline(statistical=False)
        refs.append(weakref.ref(nlp))
        return nlp

    gc.disable()  # nothing else collects: the pipeline's cycles go only if the run frees them
    try:
        out = list(analyse_documents([Document("d0", "", _page(0))], load))
        assert len(out) == 1 and len(refs) == 1 and refs[0]() is None
    finally:
        gc.enable()


def test_the_cache_keeps_analyses_without_their_documents_text(tmp_path, nlp):
    import pickle

    src = _corpus(tmp_path / "in", 2)
    build([src], tmp_path / "out", nlp=nlp, progress=False)
    with sqlite3.connect(tmp_path / "out" / ".kg-cache" / "analyses.sqlite") as db:
        rows = [pickle.loads(v) for (v,) in db.execute("SELECT value FROM analyses")]
    assert len(rows) == 2 and all(a.document is None and a.mentions for a in rows)
    again = build([src], tmp_path / "out", nlp=nlp, progress=False)
    assert "cache: 2 of 2 documents reused" in again.summary()


def test_gc_paused_keeps_what_it_made_and_leaves_the_callers_frozen_objects_frozen():
    import gc
    import weakref

    from kg.analyses import gc_paused

    class Node:
        pass

    with gc_paused(keep=True):
        kept = [Node() for _ in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.get_count()[0] < 100
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused(keep=True):
            kept += [Node() for _ in range(10)]
        # Neither unfrozen (0) nor joined by what the block made; a frozen object another thread lets go
        # of meanwhile (a local cluster's, after the Dask tests) leaves the count, so it may fall a little.
        assert gc.isenabled() and frozen // 2 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
    # What it kept is collected as anything else once it is garbage.
    node = kept[0]
    node.self = node
    ref = weakref.ref(node)
    del node, kept
    gc.collect()
    assert ref() is None


def test_the_workers_pool_and_its_pipeline_go_once_every_analysis_is_out(rules_nlp):
    # The pool's generator used to stay suspended after its last analysis: the pool stayed open, and the
    # pipeline handed to the workers stayed referenced through the corpus-level stages.
    from kg.analyses import analyse_documents
    from kg.read import Document

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    docs = [Document(f"d{i}", "", f"本报讯 宏达公司在青山县投资建设第{i}号冷链物流项目。") for i in range(4)]
    analyses = list(analyse_documents(docs, rules_nlp, jobs=2))
    assert len(analyses) == 4 and all(a.mentions for a in analyses)
    assert kg.analyses._WORKER_NLP is None


def test_workers_hand_back_the_bytes_the_cache_keeps_and_a_rebuild_reads_them(tmp_path, rules_nlp):
    import pickle

    from kg.analyses import AnalysisCache, analyse_documents, analysis_fingerprint
    from kg.read import Document

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    docs = [Document(f"d{i}", "", _page(i)) for i in range(4)]
    kg.analyses._WORKER_NLP = rules_nlp
    try:
        data, reading = kg.analyses._analyse_in_worker(docs[0])
    finally:
        kg.analyses._WORKER_NLP = None
    assert isinstance(data, bytes) and pickle.loads(data).document is None and reading is None
    serial = list(analyse_documents(docs, rules_nlp))
    cache = AnalysisCache(tmp_path / "cache", analysis_fingerprint(statistical=False))
    parallel = list(analyse_documents(docs, rules_nlp, cache=cache, jobs=2))
    assert cache.misses == 4 and [a.document for a in parallel] == docs
    assert [(a.articles, a.mentions, a.relations) for a in parallel] == [
        (a.articles, a.mentions, a.relations) for a in serial]
    cache.close()
    again = AnalysisCache(tmp_path / "cache", analysis_fingerprint(statistical=False))
    reread = list(analyse_documents(docs, rules_nlp, cache=again, jobs=2))
    assert again.hits == 4 and [(a.document, a.mentions) for a in reread] == [(d, a.mentions) for d, a in zip(docs, serial)]
    again.close()


def test_workers_read_the_documents_for_resolution_as_a_build_after_them_would(tmp_path, rules_nlp):
    import pickle

    from kg.analyses import analyse_documents
    from kg.extract import graph_of
    from kg.read import Document
    from kg.resolve import read_document

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    docs = [Document(f"d{i}", "", _page(i)) for i in range(4)] + [Document("empty", "", "　")]
    read: dict = {}
    parallel = list(analyse_documents(docs, rules_nlp, jobs=2, readings=read, reader=read_document))
    assert sorted(d.id for d in read) == ["d0", "d1", "d2", "d3"]  # (none for a document without articles)
    for a in parallel[:4]:
        mark, reading = pickle.loads(read[a.document])
        assert mark == "" and reading == read_document(a)
    serial = list(analyse_documents(docs, rules_nlp))
    import networkx as nx

    with_read, without = graph_of(parallel, read=read), graph_of(serial)
    assert nx.utils.graphs_equal(with_read, without) and with_read.number_of_nodes()
    # A build with the cache keeps them there: a rebuild reads them back.
    src = _corpus(tmp_path / "in", 4)
    build([src], tmp_path / "out", nlp=rules_nlp, progress=False, jobs=2)
    with sqlite3.connect(tmp_path / "out" / ".kg-cache" / "analyses.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM readings").fetchone()[0] == 4
