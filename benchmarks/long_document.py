"""One very large document against the same text as many 1 MB files.

The text is the seed pages repeated (real e-paper layout: hard line breaks,
page-cut paragraphs) up to ``--mb`` megabytes of UTF-8. Each build runs in a
fresh process; the report gives wall time, peak RSS and the ratio of the two
time figures, measured in this one run:

    python benchmarks/long_document.py --mb 50

The robustness targets: peak RSS of the single document at most 1.5 GB, and
its time at most twice that of the split text.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seed_unit() -> str:
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return "\n\n".join(pages) + "\n\n"


# Runs kg build in this child and prints its own peak RSS (KB on Linux) last.
CHILD = ("import resource, sys\n"
         "from kg.cli import main\n"
         "code = main(sys.argv[1:])\n"
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
         "sys.exit(code)\n")


def run_build(inp: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``kg build`` in a fresh process."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, "build", str(inp), "-o", str(out), "--no-progress"],
                          check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    return wall, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the document in MB of UTF-8 (default 50)")
    args = ap.parse_args()
    unit = seed_unit()
    unit_bytes = len(unit.encode("utf-8"))
    per_file = max(1, 1_000_000 // unit_bytes)  # copies of the seed pages in a file of about 1 MB
    files = max(1, round(args.mb * 1_000_000 / (per_file * unit_bytes)))
    text = unit * (per_file * files)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        split, single = tmp / "split", tmp / "single"
        split.mkdir()
        single.mkdir()
        for i in range(files):
            (split / f"part{i:04d}.txt").write_text(unit * per_file, encoding="utf-8")
        (single / "all.txt").write_text(text, encoding="utf-8")
        mb = (single / "all.txt").stat().st_size / 1e6
        split_wall, split_rss = run_build(split, tmp / "out-split")
        single_wall, single_rss = run_build(single, tmp / "out-single")
        pieces = files
    print(f"text: {mb:.1f} MB, {len(text):,} characters; split into {pieces} files")
    print(f"split files:     {split_wall:8.1f} s   peak RSS {split_rss:7.0f} MB")
    print(f"single document: {single_wall:8.1f} s   peak RSS {single_rss:7.0f} MB")
    print(f"time ratio single / split: {single_wall / split_wall:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
