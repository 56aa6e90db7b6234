"""What the entity rules cost a ``--fast`` build, against bare ``jieba.lcut``.

Three things run over the same documents in one process, round by round, so
machine noise hits them alike: bare ``jieba.lcut``, the whole ``--fast`` build
(``kg.extract_graph`` with the rules-only pipeline), and the same build with
the entity rules taken out of the pipeline (``remove_pipe``), which finds no
entity and so relates and resolves nothing. The last is the floor every
rules-only build stands on: reading, normalising, splitting into articles,
segmenting, building spaCy's ``Doc`` and the corpus stages over no entities.
A ratio to ``jieba.lcut`` is jieba's time over the build's (higher is faster).

    python benchmarks/fast_floor.py                        # the archive's first 400k characters
    python benchmarks/fast_floor.py --chars 1000000 --rounds 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=400_000, help="characters of the archive's corpus to build")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    import jieba

    import kg
    from archive import make_documents

    docs, total = [], 0
    for d in make_documents(1300):
        if total >= args.chars:
            break
        docs.append(kg.Document(id=d["id"], path=d["id"], text=d["text"]))
        total += len(d["text"])
    texts = [d.text for d in docs]
    jieba.lcut("预热")
    fast = kg.load_pipeline(statistical=False)
    floor = kg.load_pipeline(statistical=False)
    floor.remove_pipe("kg_entity_rules")
    kg.extract_graph(docs[:10], nlp=fast)
    kg.extract_graph(docs[:10], nlp=floor)

    def timed(f) -> float:
        t = time.perf_counter()
        f()
        return time.perf_counter() - t

    ratios_fast, ratios_floor = [], []
    for _ in range(args.rounds):
        tj = timed(lambda: [jieba.lcut(x) for x in texts])
        tf = timed(lambda: kg.extract_graph(docs, nlp=fast))
        tb = timed(lambda: kg.extract_graph(docs, nlp=floor))
        ratios_fast.append(tj / tf)
        ratios_floor.append(tj / tb)
        print(f"jieba.lcut {tj:.2f} s, --fast build {tf:.2f} s, without the entity rules {tb:.2f} s")
    print(f"{len(docs)} documents, {total:,} characters, {args.rounds} rounds")
    print(f"--fast build: {statistics.median(ratios_fast):.3f}× bare jieba.lcut "
          f"(min {min(ratios_fast):.3f}, max {max(ratios_fast):.3f})")
    print(f"without the entity rules: {statistics.median(ratios_floor):.3f}× "
          f"(min {min(ratios_floor):.3f}, max {max(ratios_floor):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
