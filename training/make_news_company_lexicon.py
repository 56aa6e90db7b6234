"""Derive kg/data/news_companies.jsonl: companies news names bare, learnt from CLUENER's train part.

The rules find a company by its legal form or trade (…有限公司, …集团, …科技),
and the listed companies' lexicon (``make_company_lexicon.py``) knows the
A-share and central state-owned firms. News also names firms with no suffix
at all: 肯德基, 网易, 任天堂, 嘉德 (an auction house). The statistical tagger
learns some of them, but a name it saw only in training it often misses on
new text. This lexicon keeps the ones the annotation vouches for:

* a name CLUENER marks ``company`` at least ``--min-labelled`` times in its
  train part (the held-out tenth, md5 bucket 0, is never read; the dev tenth,
  bucket 1, is read only with ``--final``);
* that no rule would find (no company suffix), that is no generic word, news
  outlet or place, and that no other package lexicon holds (工行 is the hand
  lexicon's alias of 中国工商银行);
* measured precise: of its occurrences in the train texts of CLUENER, MSRA
  and People's Daily 1998, at least ``--min-precision`` sit inside an
  organisation span (as ``make_company_lexicon.py`` measures short names).

    python training/make_news_company_lexicon.py ../shared/data kg/data/news_companies.jsonl

Prints the counts and the precision of the kept names on the texts measured.
No text is copied: the output holds names only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import DEV_BUCKET, bucket  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.resources import load_jsonl  # noqa: E402
from kg.nlp.entity_rules import is_generic_name  # noqa: E402
from kg.spec import entity_rule_spec  # noqa: E402

sys.path.insert(0, str(ROOT / "training"))
from make_company_lexicon import occurrences  # noqa: E402

# A name of letters, digits and CJK characters only: a span with a quote, a bracket or a full stop
# inside (中弘。北京像素) is an annotation slip, not a name to find everywhere.
_NAME = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]{2,}")


def labelled_companies(data: Path, final: bool) -> Counter:
    """CLUENER's ``company`` surfaces in the train part, with how often each is marked."""
    out: Counter = Counter()
    for line in open(data / "cluener" / "train.json", encoding="utf-8"):
        rec = json.loads(line)
        b = bucket(rec["text"])
        if b == 0 or (b == DEV_BUCKET and not final):
            continue
        for surface, positions in rec.get("label", {}).get("company", {}).items():
            out[surface.strip("“”\"'《》「」")] += len(positions)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder (holds cluener/, msra_ner/ …)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-labelled", type=int, default=2)
    ap.add_argument("--min-precision", type=float, default=0.8)
    ap.add_argument("--final", action="store_true", help="read CLUENER's dev tenth too")
    args = ap.parse_args()

    spec = entity_rule_spec()
    gaz = load_gazetteer()
    known = {n for f in ("lexicon.jsonl", "companies.jsonl") for r in load_jsonl(f)
             for n in (r["name"], *r.get("aliases", ()))}
    labelled = labelled_companies(args.data, args.final)
    candidates = sorted(
        s for s, n in labelled.items()
        if n >= args.min_labelled and _NAME.fullmatch(s) and s not in known
        and not s.endswith(spec.company_strong) and not s.endswith(spec.media_suffixes)
        and not is_generic_name(s) and s not in gaz.places and s not in gaz.aliases)
    # CLUENER's, People's Daily's and MSRA's dev buckets are where the choice is measured
    seen, inside = occurrences(args.data, candidates,
                               skip=lambda text: not args.final and bucket(text) == DEV_BUCKET)
    kept = [s for s in candidates if seen[s] and inside[s] / seen[s] >= args.min_precision]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("// Derived by training/make_news_company_lexicon.py from CLUENER's train part: companies news\n"
                  "// names with no suffix, each marked as a company there and measured precise on annotated news.\n")
        for s in kept:
            out.write(json.dumps({"name": s, "type": "COMPANY"}, ensure_ascii=False) + "\n")
    hits, total = sum(inside[s] for s in kept), sum(seen[s] for s in kept)
    print(f"marked companies: {len(labelled)}; candidates: {len(candidates)}; kept {len(kept)}")
    if total:
        print(f"precision of the kept names on the train texts: {hits / total:.3f} "
              f"({hits}/{total} occurrences inside an organisation span)")
    dropped = sorted((s for s in candidates if s not in kept), key=lambda s: -seen[s])[:20]
    print("most frequent names left out:", " ".join(f"{s}({inside[s]}/{seen[s]})" for s in dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
