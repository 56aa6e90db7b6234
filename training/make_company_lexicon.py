"""Derive kg/data/companies.jsonl from ../shared/data/companies.

Every A-share listed company's full name and every central state-owned
enterprise's full name is a COMPANY lexicon entry: a legal name is not an
ordinary word. A listed company's short name (盐湖股份, 孩子王, 上海港湾) may
be one, so it becomes an alias, found bare, only where it was measured
precise enough on annotated news (train parts only: CLUENER train without its
held-out tenth, MSRA train, People's Daily 1998 train): of its occurrences
there, at least ``--min-precision`` name an organisation: they end an
organisation span, or a company tail or a branch follows them inside it
(中国工商银行, 盐湖股份公司, 东风汽车公司总装配厂, 招商银行深圳分行). A short
name that is the start of other names (中科 in 中科院, 中科实业…) names
something else there and is left out. A short name seen fewer than
``--min-occurrences`` times there is trusted only if it
has four characters or more and the segmenter's dictionary does not hold it
as an ordinary word (noun, verb, adjective …), or three and the dictionary
does not hold it at all; a two-character one never.

    python training/make_company_lexicon.py ../shared/data kg/data/companies.jsonl

Prints the counts and the precision of the kept short names on the texts
measured. No text is copied: the output holds names only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import is_holdout  # noqa: E402
from kg.nlp.tokenizer import base_tags  # noqa: E402

# What may follow a short name inside the span of the organisation it names: a company tail, a
# bracket (铜陵有色（集团）公司), or one of its units (总行, 深圳分行, 湖南省分行…).
COMPANY_TAILS = ("公司", "集团", "股份", "有限", "控股", "（", "(", "总行", "总部")
BRANCHES = ("分行", "支行", "分公司", "子公司")


def _names_it(rest: str) -> bool:
    """Whether the rest of an organisation span after a short name leaves the name the same company's."""
    return not rest or rest.startswith(COMPANY_TAILS) or any(b in rest for b in BRANCHES)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short``'s characters come in ``full`` in their order, as an abbreviation's do.

    >>> _abbreviates("京源环保", "江苏京源环保股份有限公司"), _abbreviates("京源环保", "大连港股份有限公司")
    (True, False)
    """
    rest = iter(full)
    return all(c in rest for c in short)


# Tags of ordinary words: a short name the dictionary holds with one of them is a word first.
ORDINARY_TAGS = {"n", "v", "vn", "a", "ad", "an", "d", "m", "q", "r", "t", "f", "s", "l", "i", "b", "z", "c", "p", "u"}


def short_name(name: str) -> str:
    """The listed short name without its risk marks and share class: *ST华泽 -> 华泽, 万科Ａ -> 万科."""
    name = re.sub(r"^\*?S?\*?ST", "", name.replace(" ", "").replace("\u3000", ""))
    return re.sub(r"[AＡBＢ]$", "", name)


def texts_with_org_spans(data: Path):
    """(text, spans of organisations) from the train parts of the annotated sets."""
    for line in open(data / "cluener" / "train.json", encoding="utf-8"):
        rec = json.loads(line)
        if is_holdout(rec["text"]):
            continue
        spans = [(s, e + 1) for lab in ("company", "organization", "government")
                 for pos in rec.get("label", {}).get(lab, {}).values() for s, e in pos]
        yield rec["text"], spans
    for path, sep, org in ((data / "msra_ner" / "train.bio", "\t", "ORG"),
                           (data / "peoples_daily_1998" / "train.txt", " ", "nt")):
        chars, tags = [], []
        for line in list(open(path, encoding="utf-8")) + [""]:
            line = line.rstrip("\n")
            if line.strip():
                ch, _, tag = line.partition(sep)
                chars.append(ch)
                tags.append(tag.strip())
                continue
            if chars:
                spans, start = [], None
                for i, t in enumerate(tags + ["O"]):
                    inside = t.endswith(org) and not t.startswith(("B", "S"))
                    if start is not None and not inside:
                        spans.append((start, i))
                        start = None
                    if t.endswith(org) and t.startswith(("B", "S")):
                        start = i
                yield "".join(chars), spans
            chars, tags = [], []


def occurrences(data: Path, names, skip=lambda text: False) -> tuple[Counter, Counter]:
    """How often each name occurs in the train texts, and how often inside an organisation span it names."""
    seen, inside = Counter(), Counter()
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for text, spans in texts_with_org_spans(data):
        if skip(text):
            continue
        for m in pattern.finditer(text):
            seen[m.group(0)] += 1
            if any(s <= m.start() and m.end() <= e and _names_it(text[m.end():e]) for s, e in spans):
                inside[m.group(0)] += 1
    return seen, inside


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder (holds companies/, cluener/, msra_ner/ …)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-precision", type=float, default=0.8)
    ap.add_argument("--min-occurrences", type=int, default=3)
    args = ap.parse_args()

    listed = [json.loads(line) for line in open(args.data / "companies" / "a_share.jsonl", encoding="utf-8")]
    # A short name the list gives to several full names is a firm's under its names before and after a
    # rename (风语筑), or a row of the snapshot that went wrong (映翰通, code 688080, beside nine other
    # firms' full names: 中国冶金科工…): of those, only the full names that hold the short name's
    # characters in order are its own; the last such, as the list gives it, and none if there is none.
    owners: dict[str, list[str]] = {}
    for r in listed:
        owners.setdefault(short_name(r["name"]), []).append(r["fullname"].strip())
    shorts = {}
    for s, fulls in owners.items():
        own = fulls if len(set(fulls)) == 1 else [f for f in fulls if _abbreviates(s, f)]
        if own:
            shorts[s] = own[-1]
    shorts = {s: f for s, f in shorts.items() if len(s) >= 2 and s != f}
    seen, inside = occurrences(args.data, shorts)
    tags = base_tags()
    trusted, measured_hits, measured_seen = {}, 0, 0
    for s, full in shorts.items():
        n = seen[s]
        if n >= args.min_occurrences:
            ok = inside[s] / n >= args.min_precision
        else:
            ok = (len(s) >= 4 and tags.get(s) not in ORDINARY_TAGS) or (len(s) == 3 and s not in tags)
        if ok:
            trusted[s] = full
            measured_hits += inside[s]
            measured_seen += n
    names = {r["fullname"].strip() for r in listed}
    with open(args.data / "companies" / "central_soes.tsv", encoding="utf-8") as fh:
        names |= {row["full_name"].strip() for row in csv.DictReader(fh, delimiter="\t") if row.get("full_name")}
    aliases: dict[str, list[str]] = {}
    for s, full in sorted(trusted.items()):
        aliases.setdefault(full, []).append(s)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("// Derived by training/make_company_lexicon.py from the A-share list (2021-10) and the central\n"
                  "// state-owned enterprises: full names, and the short names measured precise on annotated news.\n")
        for full in sorted(n for n in names if n):
            rec = {"name": full, "type": "COMPANY"}
            if aliases.get(full):
                rec["aliases"] = aliases[full]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tested = sum(1 for s in shorts if seen[s] >= args.min_occurrences)
    print(f"full names: {len(names)}; short names: {len(shorts)}, kept {len(trusted)} "
          f"({tested} measured, {sum(1 for s in trusted if seen[s] >= args.min_occurrences)} of them kept)")
    if measured_seen:
        print(f"precision of the kept short names on the train texts: {measured_hits / measured_seen:.3f} "
              f"({measured_hits}/{measured_seen} occurrences inside an organisation span)")
    dropped = sorted((s for s in shorts if s not in trusted and seen[s] >= args.min_occurrences),
                     key=lambda s: -seen[s])[:15]
    print("most frequent short names left out:", " ".join(f"{s}({inside[s]}/{seen[s]})" for s in dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
