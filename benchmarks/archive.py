"""Archive scale: whole builds at 1/16, 1/4 and all of a corpus of unique text.

The corpus is made from ../shared/data (MSRA, People's Daily 1998, CLUENER,
Boson), each text once, grouped into JSONL documents of about a page
(``--page`` characters) and put in a fixed pseudo-random order, so that each
size is a prefix of the next. They hold about 3.7 million characters; a larger
``--chars`` adds new pages made of their sentences in a new order
(:func:`remix`), so every document is still new to the build.

Each build runs in a fresh process (``kg build``'s own code, with timers
around the stages) that reports its wall time, the time per stage and its
peak RSS; bare ``jieba.lcut`` over the same text is timed in
this process right before each build, so every ratio is measured in one run.

    python benchmarks/archive.py                          # about 1M characters, 1 repeat
    python benchmarks/archive.py --chars 3700000 --repeat 3   # all the unique text
    python benchmarks/archive.py --chars 10000000 --fractions 1 --no-incremental   # ten million
    KG_SHARED_DATA=/path/to/shared/data python benchmarks/archive.py

The table: size, wall, chars/s, ratio to ``jieba.lcut`` (build throughput ÷
jieba throughput), peak RSS, time per stage, then, on the largest size, an
incremental rebuild after adding 1% new documents (``--rebuilds`` times, each
from the cache the full build left) and a build with ``-j 2``. With
``--repeat`` above 1 each figure is the median, with min–max.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


# ---------------------------------------------------------------- the corpus

def _char_tagged(path: Path, sep: str | None) -> list[str]:
    """Sentences of a one-character-a-line file (blank line between sentences)."""
    out, cur = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    out.append("".join(cur))
                    cur = []
                continue
            cur.append(line.split(sep, 1)[0] if sep else line.split()[0])
    if cur:
        out.append("".join(cur))
    return out


def _json_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def source_texts() -> dict[str, list[str]]:
    global DATA
    DATA = Path(os.environ.get("KG_SHARED_DATA", DATA))
    sources = {
        "msra": lambda: _char_tagged(DATA / "msra_ner" / "train.bio", "\t"),
        "peoples_daily": lambda: _char_tagged(DATA / "peoples_daily_1998" / "train.txt", " "),
        "cluener": lambda: _json_texts(DATA / "cluener" / "train.json"),
        "boson": lambda: _json_texts(DATA / "boson" / "boson_spans.jsonl"),
    }
    return {name: load() for name, load in sources.items()}


def make_documents(page: int) -> list[dict]:
    """Every unique text once, grouped into documents of about ``page`` characters, in a fixed shuffled order."""
    seen: set[str] = set()
    docs = []
    for name, texts in source_texts().items():
        buf: list[str] = []
        size = 0
        for t in texts:
            t = t.strip()
            if not t or t in seen:
                continue
            seen.add(t)
            buf.append(t)
            size += len(t)
            if size >= page:
                docs.append((name, "\n\n".join(buf)))
                buf, size = [], 0
        if buf:
            docs.append((name, "\n\n".join(buf)))
    out = [{"id": f"{name}-{hashlib.md5(text.encode()).hexdigest()[:12]}", "text": text} for name, text in docs]
    out.sort(key=lambda d: hashlib.md5(d["id"].encode()).hexdigest())
    return out


_SENTENCE_END = re.compile(r"(?<=[。！？；])")


def remix(docs: list[dict], chars: int, page: int, seed: int = 16) -> list[dict]:
    """``chars`` characters of new documents, each a page of sentences drawn from all of ``docs``.

    The sources hold about 3.7 million unique characters; an archive of ten
    million is made up past them from the same sentences in new pages, so
    that every document is new to the build (and co-mentions within a page
    are new) while the sentences themselves recur about three times.
    """
    sentences = [s for d in docs for text in d["text"].split("\n\n") for s in _SENTENCE_END.split(text) if s.strip()]
    rng = random.Random(seed)
    out, size, k = [], 0, 0
    while size < chars:
        order = list(range(len(sentences)))
        rng.shuffle(order)
        buf, n = [], 0
        for i in order:
            buf.append(sentences[i])
            n += len(sentences[i])
            if n >= page:
                text = "".join(buf)
                out.append({"id": f"remix{k}-{hashlib.md5(text.encode()).hexdigest()[:12]}", "text": text})
                k += 1
                size += n
                buf, n = [], 0
                if size >= chars:
                    break
    return out


def write_jsonl(docs: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- one build, in a child process

STAGES = ("load pipeline", "read", "analysis", "resolve", "relate", "graph", "metrics", "layout", "write")


def child(argv: list[str]) -> None:
    """Run ``kg build argv`` with timers around the stages; print one JSON line."""
    sys.path.insert(0, str(ROOT))
    import importlib

    # kg.build and kg.extract are also the names of functions in kg's namespace.
    kg = type("stages", (), {m: importlib.import_module(f"kg.{m}")
                             for m in ("analyses", "build", "export", "extract", "graph")})

    times = dict.fromkeys(STAGES, 0.0)

    def timer(stage, fn):
        def wrapped(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                times[stage] += time.perf_counter() - t
        return wrapped

    # The build loads kg's pipeline by calling its recipe (on a Dask cluster, the workers do).
    kg.analyses.KgPipeline.__call__ = timer("load pipeline", kg.analyses.KgPipeline.__call__)
    kg.build.read_inputs = timer("read", kg.build.read_inputs)
    kg.extract.resolve = timer("resolve", kg.extract.resolve)
    # (what resolution reads from each document, from the cache or read again, is resolution's time)
    kg.extract.document_readings = timer("resolve", kg.extract.document_readings)
    kg.extract.relate = timer("relate", kg.extract.relate)
    kg.graph.add_metrics = timer("metrics", kg.graph.add_metrics)
    kg.extract.build_graph = timer("graph", kg.extract.build_graph)
    kg.export.layout = timer("layout", kg.export.layout)
    kg.build.export = timer("write", kg.build.export)
    # build.py runs extract_graph in two steps (analyses, then graph_of); the second consumes the first.
    extract = kg.build.graph_of

    def timed_extract(*a, **k):
        t = time.perf_counter()
        try:
            return extract(*a, **k)
        finally:
            times["extract"] = time.perf_counter() - t

    kg.build.graph_of = timed_extract
    from kg.cli import main

    start = time.perf_counter()
    code = main(["build", *argv])
    wall = time.perf_counter() - start
    # Nested timers: the graph includes its metrics, writing includes the layout,
    # and the extraction includes everything from analysis to the graph, the
    # pipeline's loading too (it loads when the first document misses the cache).
    times["graph"] -= times["metrics"]
    times["write"] -= times["layout"]
    times["analysis"] = (times.pop("extract") - times["load pipeline"] - times["resolve"] - times["relate"]
                         - times["graph"] - times["metrics"])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"code": code, "wall": wall, "stages": times, "rss": rss, "rss_workers": rss_children}))


def run_build(argv: list[str]) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, __file__, "--child", *argv], capture_output=True, text=True, env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"build failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out = json.loads(lines[-1])
    if out["code"] != 0:
        raise SystemExit(f"kg build exited {out['code']}: {proc.stderr[-2000:]}")
    return out


def jieba_time(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    return time.perf_counter() - start


# ---------------------------------------------------------------- the table

def spread(values: list[float], fmt: str) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return format(med, fmt)
    return f"{format(med, fmt)} ({format(min(values), fmt)}–{format(max(values), fmt)})"


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=1_000_000, help="size of the largest corpus (default 1,000,000; "
                    "the sources hold about 3.7 million unique characters, past which pages are remixed)")
    ap.add_argument("--page", type=int, default=1300, help="characters per document (default 1,300, a page)")
    ap.add_argument("--fractions", default="1/16,1/4,1", help="sizes as fractions of --chars")
    ap.add_argument("--repeat", type=int, default=1, help="builds per size (median and spread)")
    ap.add_argument("--jobs", type=int, default=2, help="-j for the parallel row (0 to skip)")
    ap.add_argument("--no-incremental", action="store_true", help="skip the incremental row")
    ap.add_argument("--rebuilds", type=int, default=3,
                    help="incremental rebuilds, each from the cache the full build left (median and spread)")
    ap.add_argument("--dask", action="store_true", help="also build with --engine dask on a local cluster of --jobs workers")
    ap.add_argument("--workdir", default=None, help="folder for corpora and outputs (default: a temporary one)")
    ap.add_argument("build_args", nargs="*", help="extra kg build options, after --")
    args = ap.parse_args(argv)

    docs = make_documents(args.page)
    total = sum(len(d["text"]) for d in docs)
    unique = total
    if args.chars * 1.02 > total:
        # Past the unique text (and 1% more for the incremental row): new pages of the same sentences.
        docs += remix(docs, int(args.chars * 1.02) - total, args.page)
        total = sum(len(d["text"]) for d in docs)
    # 1% new documents for the incremental row come from beyond the largest size.
    fractions = [eval(f, {}) for f in args.fractions.split(",")]  # "1/16" -> 0.0625
    work = Path(args.workdir or tempfile.mkdtemp(prefix="kg-archive-"))
    corpora = []
    for frac in fractions:
        want = int(args.chars * frac)
        picked, size = [], 0
        for d in docs:
            if size >= want:
                break
            picked.append(d)
            size += len(d["text"])
        path = work / f"corpus-{size}" / "docs.jsonl"
        write_jsonl(picked, path)
        corpora.append((frac, picked, size, path))
    print(f"sources: {len(docs)} documents, {total:,} characters ({unique:,} of them unique text, the rest new "
          f"pages of its sentences); work folder {work}", flush=True)

    header = ["size (chars)", "docs", "wall s", "chars/s", "× jieba.lcut", "peak RSS MB"]
    rows, stage_rows, results = [], [], {}
    for frac, picked, size, path in corpora:
        texts = [d["text"] for d in picked]
        walls, speeds, ratios, rss, stages = [], [], [], [], []
        for _ in range(args.repeat):
            tj = jieba_time(texts)
            r = run_build([str(path), "-o", str(work / f"out-{size}"), "--no-progress", "--no-cache", *args.build_args])
            walls.append(r["wall"])
            speeds.append(size / r["wall"])
            ratios.append(tj / r["wall"])
            rss.append(r["rss"] / 1e6)
            stages.append(r["stages"])
        results[size] = (walls, stages)
        rows.append([f"{size:,}", str(len(picked)), spread(walls, ".1f"), spread(speeds, ",.0f"),
                     spread(ratios, ".3f"), spread(rss, ",.0f")])
        stage_rows.append([f"{size:,}"] + [spread([s[k] for s in stages], ".2f") for k in STAGES])
        print("  built", size, rows[-1][2:], flush=True)

    print()
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("time per stage, s:")
    print("| size | " + " | ".join(STAGES) + " |")
    print("|" + "---|" * (len(STAGES) + 1))
    for row in stage_rows:
        print("| " + " | ".join(row) + " |")
    sizes = [c[2] for c in corpora]
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        ta, tb = statistics.median(results[a][0]), statistics.median(results[b][0])
        print(f"\ngrowth {a:,} -> {b:,} chars ({b / a:.2f}x text): time ratio {tb / ta:.2f}")
    largest = results[sizes[-1]][1]
    analysis = statistics.median(s["analysis"] for s in largest)
    rest = statistics.median(sum(v for k, v in s.items() if k not in ("analysis", "load pipeline")) for s in largest)
    print(f"everything but per-document analysis and loading, largest size: {rest:.1f} s = "
          f"{rest / analysis:.2f}x the analysis ({analysis:.1f} s)")

    frac, picked, size, path = corpora[-1]
    texts = [d["text"] for d in picked]
    if not args.no_incremental:
        extra_docs = docs[len(picked):len(picked) + max(1, len(picked) // 100)]
        if not extra_docs:
            print("incremental: no documents left beyond the largest size")
        else:
            # A day's new pages arrive as a new file beside the archive's (a JSONL id includes its file's name).
            cache, out, folder = work / "cache", work / "out-incremental", work / "incremental"
            write_jsonl(picked, folder / "archive.jsonl")
            (folder / "new.jsonl").unlink(missing_ok=True)
            full = run_build([str(folder), "-o", str(out), "--cache", str(cache), "--no-progress", *args.build_args])
            write_jsonl(extra_docs, folder / "new.jsonl")
            # Each repeat is the same rebuild: the cache is put back as the full build left it.
            kept = work / "cache-after-full"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(cache, kept)
            inc = []
            for _ in range(args.rebuilds):
                shutil.rmtree(cache)
                shutil.copytree(kept, cache)
                inc.append(run_build([str(folder), "-o", str(out), "--cache", str(cache), "--no-progress",
                                      *args.build_args]))
            walls = [r["wall"] for r in inc]
            middle = sorted(inc, key=lambda r: r["wall"])[len(inc) // 2]
            print(f"incremental rebuild after adding {len(extra_docs)} documents (1%): "
                  f"{spread(walls, '.1f')} s = {spread([w / full['wall'] for w in walls], '.3f')} of the full build "
                  f"with the cache ({full['wall']:.1f} s); stages of the median "
                  f"{json.dumps({k: round(v, 2) for k, v in middle['stages'].items()})}")
    if args.jobs:
        one, many, on_dask, jieba_speed = [], [], [], []
        for _ in range(args.repeat):
            if args.dask:
                on_dask.append(run_build([str(path), "-o", str(work / "out-dask"), "--no-progress", "--no-cache",
                                          "--engine", "dask", "-j", str(args.jobs), *args.build_args])["wall"])
            jieba_speed.append(size / jieba_time(texts))
            r1 = run_build([str(path), "-o", str(work / "out-j1"), "--no-progress", "--no-cache", "-j", "1",
                            *args.build_args])
            rn = run_build([str(path), "-o", str(work / "out-jn"), "--no-progress", "--no-cache", "-j", str(args.jobs),
                            *args.build_args])
            one.append(r1["wall"])
            many.append(rn["wall"])
        same = all((work / "out-j1" / f).read_bytes() == (work / "out-jn" / f).read_bytes()
                   for f in ("graph.graphml", "graph.html"))
        speedup = [a / b for a, b in zip(one, many)]
        print(f"-j {args.jobs}: {spread(many, '.1f')} s against -j 1 {spread(one, '.1f')} s: throughput "
              f"{spread(speedup, '.2f')}x -j 1, {spread([size / w / j for w, j in zip(many, jieba_speed)], '.3f')}x jieba.lcut; "
              f"same bytes as -j 1: {same}")
        if on_dask:
            same = all((work / "out-j1" / f).read_bytes() == (work / "out-dask" / f).read_bytes()
                       for f in ("graph.graphml", "graph.html"))
            print(f"--engine dask, local cluster of {args.jobs} workers: {spread(on_dask, '.1f')} s: throughput "
                  f"{spread([a / b for a, b in zip(one, on_dask)], '.2f')}x -j 1; same bytes as -j 1: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
