"""Regenerate the figure table of README.md ("Measured quality and speed").

Each row whose command this script knows is run again and its figure
rewritten from the command's output; rows it cannot compute (hand-judged
edges, the HTML page's render times) are kept as they are. Run from the
repository root, with ../shared/data present:

    python benchmarks/figures.py                 # every row (tens of minutes on two cores)
    python benchmarks/figures.py --only msra      # rows whose command contains "msra"
    python benchmarks/figures.py --dry-run        # print the new table, leave README.md alone
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
HEADING = "## Measured quality and speed"


def eval_figure(out: str, types: tuple[str, ...]) -> str:
    """``F1 A 0.x, B 0.y`` from a ``kg eval`` table."""
    f1 = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0] in types:
            f1[parts[0]] = parts[3]
    return "F1 " + ", ".join(f"{t} {f1[t]}" for t in types if t in f1)


def speed_figure(out: str) -> str:
    m = re.search(r"speed ratio:\s+([\d.]+) \(min ([\d.]+), max ([\d.]+)\)", out)
    rounds = re.search(r"(\d+) rounds", out)
    return f"{m.group(1)}× bare `jieba.lcut` (median of {rounds.group(1)} rounds, min {m.group(2)}, max {m.group(3)})"


ENTITY = ("COMPANY", "PROJECT", "AGENCY", "PLACE")
MERGED = ("ORG", "PLACE")
# Gold file -> (types read from its table, how its types are named in the README).
SETS = {
    "tests/data/seeds_entities.jsonl": (ENTITY, {}),
    "../shared/data/cluener/train.json --holdout": (("COMPANY", "AGENCY", "PLACE"), {}),
    "../shared/data/peoples_daily_1998/dev.txt": (MERGED, {"PLACE": "ns (PLACE)", "ORG": "nt (ORG)"}),
    "../shared/data/msra_ner/test.bio": (MERGED, {"PLACE": "LOC (PLACE)"}),
    "../shared/data/boson/boson_spans.jsonl": (("COMPANY", "PLACE"), {}),
}


def _eval_row(types, names):
    def read(out: str) -> str:
        fig = eval_figure(out, types)
        for t, name in names.items():
            fig = fig.replace(f" {t} ", f" {name} ")
        return fig
    return read


# Command as written in the README -> (arguments to run, how to read the figure).
ROWS = {}
for gold, (types, names) in SETS.items():
    for flag in ("", " --fast"):
        ROWS[f"`kg eval {gold}{flag}`"] = (["-m", "kg.cli", "eval", *gold.split(), *flag.split()],
                                           _eval_row(types, names))
# CLUENER as its annotators marked it: the countries it leaves unmarked and the words that name nothing for us scored.
_raw = "../shared/data/cluener/train.json --holdout --as-annotated"
ROWS[f"`kg eval {_raw}`"] = (["-m", "kg.cli", "eval", *_raw.split()],
                            _eval_row(*SETS["../shared/data/cluener/train.json --holdout"]))
ROWS["`python benchmarks/throughput.py`"] = (["benchmarks/throughput.py"], speed_figure)
ROWS["`python benchmarks/throughput.py --fast`"] = (["benchmarks/throughput.py", "--fast"], speed_figure)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="run only the rows whose command contains this text")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    head, _, rest = text.partition(HEADING)
    if not rest:
        print(f"README.md has no '{HEADING}' section", file=sys.stderr)
        return 2
    lines = rest.split("\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) != 3 or cells[2] not in ROWS or args.only not in cells[2]:
            continue
        argv_, read = ROWS[cells[2]]
        run = subprocess.run([sys.executable, *argv_], cwd=ROOT, env=env, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{cells[2]} failed:\n{run.stderr[-2000:]}", file=sys.stderr)
            return 1
        cells[1] = read(run.stdout)
        lines[i] = "| " + " | ".join(cells) + " |"
        print(lines[i])
    if not args.dry_run:
        README.write_text(head + HEADING + "\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
