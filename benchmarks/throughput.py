"""Throughput of the default extractor against bare ``jieba.lcut``.

Both run over the same texts in the same process, interleaved round by round,
so machine noise hits both; the figure is the ratio of their speeds
(pipeline chars/s ÷ jieba chars/s), median over rounds. The pipeline
segments with jieba-rs, so the ratio to that segmenter alone is printed too:
it is what our own components cost. Peak traced memory of one pass is
reported the same way.

    python benchmarks/throughput.py                      # CLUENER train texts, if ../shared is there
    python benchmarks/throughput.py --texts seeds --rounds 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(which: str, limit: int) -> list[str]:
    cluener = ROOT.parent / "shared" / "data" / "cluener" / "train.json"
    if which == "cluener" and cluener.exists():
        with cluener.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for _, line in zip(range(limit), fh)]
    from kg.articles import split_articles
    from kg.read import read_inputs

    sentences = [s.text for d in read_inputs([ROOT / "seeds"]).documents for a in split_articles(d) for s in a.sentences]
    return (sentences * (limit // max(1, len(sentences)) + 1))[:limit]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak(fn) -> int:
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", choices=["cluener", "seeds"], default="cluener")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--fast", action="store_true", help="measure the rules-only pipeline (kg build --fast)")
    args = ap.parse_args(argv)

    import jieba

    import kg

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = load_texts(args.texts, args.limit)
    chars = sum(map(len, texts))
    nlp = kg.load_pipeline(statistical=not args.fast)

    def run_jieba():
        for t in texts:
            jieba.lcut(t)

    seg = nlp.tokenizer.seg

    def run_seg():
        for t in texts:
            seg.cut(t, True)

    def run_kg():
        for _ in nlp.pipe(texts):
            pass

    run_jieba()
    run_kg()  # warm caches and the vocabulary once for both
    ratios, seg_ratios, jieba_speed, kg_speed = [], [], [], []
    for _ in range(args.rounds):
        tj, ts, tk = timed(run_jieba), timed(run_seg), timed(run_kg)
        jieba_speed.append(chars / tj)
        kg_speed.append(chars / tk)
        ratios.append(tj / tk)
        seg_ratios.append(ts / tk)
    mem_j, mem_k = peak(run_jieba), peak(run_kg)
    print(f"texts: {len(texts)} ({args.texts}), {chars} characters, {args.rounds} rounds")
    print(f"jieba.lcut:        {statistics.median(jieba_speed):>10,.0f} chars/s")
    print(f"kg pipeline:       {statistics.median(kg_speed):>10,.0f} chars/s"
          f"{' (--fast, rules only)' if args.fast else ' (default)'}")
    print(f"speed ratio:       {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")
    print(f"ratio to the pipeline's own segmenter (jieba-rs) alone: {statistics.median(seg_ratios):.3f}")
    print(f"peak traced memory of one pass: jieba {mem_j / 1e3:,.0f} kB, kg {mem_k / 1e3:,.0f} kB, "
          f"ratio {mem_k / max(mem_j, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
