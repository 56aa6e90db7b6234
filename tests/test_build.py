"""The whole build on the seeds, and the graph contract read back from GraphML."""

import json
import os
import subprocess
import sys

import networkx as nx
import pytest

from kg.analyse import analyse_document
from kg.build import build
from kg.cli import main
from kg.consistency import consistent
from kg.read import read_inputs
from kg.resolve import resolve

from .conftest import SEEDS

NODE_ATTRS = {"label": str, "type": str, "aliases": str, "mentions": int, "documents": int, "degree": int,
              "weighted_degree": float, "pagerank": float, "community": int}
EDGE_ATTRS = {"relation": str, "weight": float, "evidence": str, "evidence_count": int, "score": float}


def test_build_writes_both_files_and_a_summary(seed_build):
    out = seed_build.outputs
    assert set(out) == {"graphml", "html"}
    assert all(p.exists() and p.stat().st_size > 0 for p in out.values())
    text = seed_build.summary()
    assert "documents: 2 read, 0 skipped" in text
    assert "articles:  8" in text
    assert "home city: 格尔木市" in text
    for t in ("agency", "company", "place", "project"):
        assert t in text
    assert "co_mention" in text and str(out["graphml"]) in text


def test_summary_counts_come_from_the_written_graph(seed_build):
    g = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    counts = seed_build.counts()
    assert sum(counts["entities"].values()) == g.number_of_nodes()
    assert sum(counts["edges"].values()) == g.number_of_edges()
    by_type = {}
    for _, t in g.nodes(data="type"):
        by_type[t] = by_type.get(t, 0) + 1
    assert by_type == counts["entities"]


def test_graph_contract_attribute_names_and_types(seed_build):
    g = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph) and g.number_of_nodes() > 50
    for i, (n, d) in enumerate(sorted(g.nodes(data=True), key=lambda x: int(x[0][1:]))):
        assert n == f"n{i}"
        for name, typ in NODE_ATTRS.items():
            assert isinstance(d[name], typ), (n, name, d.get(name))
        assert d["type"] in {"company", "project", "agency", "place"}
        aliases = json.loads(d["aliases"])
        assert isinstance(aliases, list) and d["label"] in aliases
    keys = [k for _, _, k in g.edges(keys=True)]
    assert len(keys) == len(set(keys))
    for u, v, d in g.edges(data=True):
        for name, typ in EDGE_ATTRS.items():
            assert isinstance(d[name], typ), (u, v, name)
        evidence = json.loads(d["evidence"])
        assert 1 <= len(evidence) <= 20 and d["evidence_count"] >= len(evidence)
        for ev in evidence:
            assert set(ev) >= {"doc", "article", "sentence", "start", "end", "rule"}
            assert ev["article"].startswith(ev["doc"] + "#a")


def test_evidence_offsets_point_into_the_source_document(seed_build):
    g = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    sources = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for _, _, d in list(g.edges(data=True))[:100]:
        for ev in json.loads(d["evidence"]):
            raw = sources[ev["doc"]][ev["start"]:ev["end"]]
            assert "".join(raw.split())[:2] == "".join(ev["sentence"].split())[:2]


def test_co_mention_never_crosses_articles(seed_build, nlp):
    g = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    # Every co-mention sentence mentions both entities: the link is never drawn from the page or the article.
    found = consistent([analyse_document(d, nlp, keep_docs=False) for d in read_inputs([SEEDS]).documents])
    analyses = found.analyses
    res = resolve(analyses, company_names=found.names)
    sentence_at = {(a.document.id, s.orig_start): (a.document.id, s.index)
                   for a in analyses for art in a.articles for s in art.sentences}
    in_sentence: dict = {}
    for a in analyses:
        for m in a.mentions:
            if m in res.mention_entity:
                in_sentence.setdefault((m.doc, m.sentence), set()).add(res.entities[res.mention_entity[m]].label)
    checked = 0
    for u, v, d in g.edges(data=True):
        if d["relation"] == "co_mention":
            for e in json.loads(d["evidence"]):
                names = in_sentence[sentence_at[(e["doc"], e["start"])]]
                assert {g.nodes[u]["label"], g.nodes[v]["label"]} <= names
                checked += 1
    assert checked > 200
    # 市水利局 (article 2 of page 000) and 市人社局 (article 3) share a page, not an article.
    labels = {d["label"]: n for n, d in g.nodes(data=True)}
    water, labour = labels["格尔木市水利局"], labels["格尔木市人力资源和社会保障局"]
    assert not g.has_edge(water, labour) and not g.has_edge(labour, water)


def test_builds_are_deterministic(tmp_path, nlp):
    a, b = tmp_path / "a", tmp_path / "b"
    build([SEEDS], a, nlp=nlp, progress=False)
    build([SEEDS], b, nlp=nlp, progress=False)
    for name in ("graph.graphml", "graph.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.slow
@pytest.mark.parametrize("option", [[], ["--fast"]])
def test_builds_are_deterministic_across_processes(tmp_path, option):
    """Set order changes with the process's hash seed; no output may depend on it."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), *option],
                       env=env, capture_output=True, check=True)
        outs.append(out)
    for name in ("graph.graphml", "graph.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_outputs_are_written_atomically(tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    build([SEEDS], out, nlp=nlp, progress=False)
    before = (out / "graph.graphml").read_bytes()
    import kg.export.graphml as gm

    def boom(*args, **kwargs):
        yield "<?xml version='1.0' encoding='utf-8'?>\n<graphml>"  # part of the file is written, then
        raise RuntimeError("interrupted")

    monkeypatch.setattr(gm, "_graphml_chunks", boom)
    with pytest.raises(RuntimeError):
        build([SEEDS], out, nlp=nlp, progress=False)
    assert (out / "graph.graphml").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_bad_input_is_warned_and_accounted_for(tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text("本报讯（记者 王五）格尔木市水利局持续推进城区供水管网联通改造项目。", encoding="utf-8")
    (inp / "broken.txt").write_bytes(b"\x00\x00binary")
    (inp / "notes.pdf").write_bytes(b"%PDF-1.4")
    code = main(["build", str(inp), "-o", str(tmp_path / "out"), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "documents: 1 read, 2 skipped" in out
    assert "broken.txt" in err and "notes.pdf" in err and "warning" in err


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    code = main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    _, err = capsys.readouterr()
    assert code == 2 and "does not exist" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_is_a_clear_error(tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    code = main(["build", str(SEEDS), "-o", str(ro / "out")])
    _, err = capsys.readouterr()
    assert code == 2 and "cannot create output folder" in err


def test_output_that_is_a_file_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["build", str(SEEDS), "-o", str(blocker)])
    _, err = capsys.readouterr()
    assert code == 2 and "cannot create output folder" in err and "Traceback" not in err


def test_unknown_format_is_rejected(capsys):
    assert main(["build", "--formats", "pdf"]) == 2
    assert "unknown format" in capsys.readouterr().err


def test_help_explains_every_option():
    out = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"], capture_output=True, text=True).stdout
    for opt in ("INPUT", "--output", "--formats", "--home-city", "--lexicon", "--fast", "--max-nodes",
                "--min-weight", "--progress"):
        assert opt in out
    top = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True, text=True).stdout
    for cmd in ("build", "eval", "show"):
        assert cmd in top


def test_progress_bar_goes_to_stderr_for_many_documents(tmp_path, capsys):
    inp = tmp_path / "many"
    inp.mkdir()
    for i in range(21):
        (inp / f"p{i:02d}.txt").write_text(f"本报讯 格尔木市第{i}号项目。", encoding="utf-8")
    assert main(["build", str(inp), "-o", str(tmp_path / "out")]) == 0
    out, err = capsys.readouterr()
    assert "documents: 21 read" in out
    assert "305/305" in err and "char" in err  # the characters of the 21 documents


def test_default_input_is_seeds(in_tmp, capsys):
    import shutil

    shutil.copytree(SEEDS, in_tmp / "seeds")
    assert main(["build", "--no-progress"]) == 0
    assert (in_tmp / "output" / "graph.graphml").exists() and (in_tmp / "output" / "graph.html").exists()


def test_summary_accounts_for_read_repaired_and_skipped_documents(tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    good = "本报讯（记者 王五）格尔木市水利局持续推进城区供水管网联通改造项目。"
    (inp / "good.txt").write_text(good, encoding="utf-8")
    (inp / "stray.txt").write_bytes(good[:8].encode("utf-8") + b"\xff\x00" + good[8:].encode("utf-8"))
    (inp / "feed.jsonl").write_text('{"text": "' + good[:8] + '\\ud800' + good[8:] + '"}\n{"title": "no text"}\n',
                                    encoding="utf-8")
    (inp / "notes.pdf").write_bytes(b"%PDF-1.4")
    code = main(["build", str(inp), "-o", str(tmp_path / "out"), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "documents: 3 read (2 repaired: 3 characters), 2 skipped" in out
    assert f"  repaired {inp / 'stray.txt'}: 2 characters replaced" in out
    assert f"  repaired {inp / 'feed.jsonl'}:1: 1 character replaced" in out
    assert f"kg build: warning: repaired {inp / 'stray.txt'}: 2 characters replaced" in err
    assert f"kg build: warning: repaired {inp / 'feed.jsonl'}:1: 1 character replaced" in err
    assert f"kg build: warning: skipped {inp / 'feed.jsonl'}:2: no string field 'text'" in err
    assert "good.txt" not in err


def test_a_document_left_without_text_is_skipped_not_also_read(tmp_path, nlp):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text("本报讯 格尔木市水利局推进供水管网改造项目。", encoding="utf-8")
    (inp / "blank.txt").write_text("\u200b\u200b", encoding="utf-8")  # zero-width spaces: no text once normalised
    result = build([inp], tmp_path / "out", nlp=nlp, progress=False)
    c = result.counts()
    assert c["documents_read"] == 1 and c["skipped"] == [(str(inp / "blank.txt"), "no text left after normalisation")]
    assert "documents: 1 read, 1 skipped" in result.summary()


def _previous_outputs(out):
    out.mkdir()
    old = {"graph.graphml": b"<old graphml/>", "graph.html": b"<p>old</p>", "notes.txt": b"mine"}
    for name, data in old.items():
        (out / name).write_bytes(data)
    return old


@pytest.mark.parametrize("case", ["empty folder", "pdfs only", "jsonl without text", "no text after normalisation"])
def test_a_build_that_reads_no_document_fails_and_writes_nothing(tmp_path, nlp, case):
    from kg.build import NoDocumentsError

    inp = tmp_path / "in"
    inp.mkdir()
    expected = {"empty folder": "no files found", "pdfs only": "2 x unsupported file type .pdf",
                "jsonl without text": "2 x no string field 'text'",
                "no text after normalisation": "1 x no text left after normalisation"}[case]
    if case == "pdfs only":
        (inp / "a.pdf").write_bytes(b"%PDF-1.4")
        (inp / "b.pdf").write_bytes(b"%PDF-1.4")
    elif case == "jsonl without text":
        (inp / "feed.jsonl").write_text('{"title": "标题"}\n{"body": "正文"}\n', encoding="utf-8")
    elif case == "no text after normalisation":
        (inp / "blank.txt").write_text("\u200b\u200b", encoding="utf-8")
    out = tmp_path / "out"
    old = _previous_outputs(out)
    with pytest.raises(NoDocumentsError) as info:
        build([inp], out, nlp=nlp, progress=False)
    assert f"no document read from {inp}" in str(info.value) and expected in str(info.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old


def test_no_document_exits_2_naming_the_inputs(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "scan.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    code = main(["build", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out), "--no-progress"])
    stdout, err = capsys.readouterr()
    assert code == 2 and not stdout and "Traceback" not in err
    assert f"kg build: error: no document read from {tmp_path / 'a'}, {tmp_path / 'b'}: 1 file(s)" in err
    assert f"kg build: warning: skipped {tmp_path / 'b' / 'scan.pdf'}" in err
    assert f"{out} is unchanged" in err and not out.exists()


def test_progress_counts_characters_inside_one_document(tmp_path, nlp, capsys):
    from kg.extract import extract_graph

    text = "本报讯 格尔木市水利局推进城区供水管网联通改造项目。\n\n" * 200
    seen = []
    extract_graph([text], nlp=nlp, on_chars=seen.append, block_chars=1_000)
    assert len(seen) > 5 and sum(seen) == len(text)  # the bar moves inside the one document
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "one.txt"], tmp_path / "out", nlp=nlp, progress=True)
    err = capsys.readouterr().err
    assert "char" in err and f"{len(text) / 1000:.2f}k/{len(text) / 1000:.2f}k" in err
