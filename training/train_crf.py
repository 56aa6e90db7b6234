"""Train the statistical NER tagger (kg/models/ner_crf.crfsuite) on the union of the annotated sets.

One annotation convention, ours (COMPANY, AGENCY, PLACE), with two helper
labels the tagger learns so that it knows what is *not* one of them: ORG
(schools, parties' press, teams, associations: organisations that are neither
a company nor a government body) and PERSON. Each set is mapped to it:

* People's Daily 1998 (``nt``/``ns``/``nr``) and MSRA (``ORG``/``LOC``/``PER``):
  an organisation is typed by ``kg.evaluate.organisation_type`` (the package
  lexicon, then our type suffixes: …有限公司 COMPANY, …局/…委员会/…人民政府
  AGENCY), else ORG, as ``kg eval`` maps them; a place is PLACE. People's Daily 1998 repeats ~479 one-character names (孔 B_nr,
  孔 E_nr): ``kg.evaluate.read_char_tagged`` collapses those pairs.
* CLUENER2020: company, government and address as in ``kg eval``;
  organization typed like the above; name PERSON; the rest outside. Its
  training sentences are repeated ``--cluener-weight`` times (default 1).
  CLUENER writes an address whole (北京市海淀区中关村大街); the other sets,
  and we, name each division: the tagger learns both, and ``kg eval`` scores
  CLUENER against its own convention.
* Address parsing (Li et al. 2019): each division, development zone,
  community and road is a PLACE (as the seeds annotate 唐古拉山镇|长江源村);
  house numbers, points of interest and the rest are outside.
* The seeds annotation (``tests/data/seeds_entities.jsonl``), repeated
  ``--seed-weight`` times; its PROJECT spans are outside (no other set has
  projects, and the rules keep them: the model never overwrites a PROJECT).

Only train parts are read. Scoring parts (CLUENER's held-out tenth, People's
Daily 1998 dev.txt, MSRA test.bio, address parsing dev/test, People's Daily
NER) are never opened. The dev set for choices is the md5 bucket 1
(``kg.evaluate.bucket``) of CLUENER, People's Daily 1998 train and MSRA
train; ``--final`` trains on it too. ``--hold-out-bucket N`` keeps a further
bucket of those three out of training, for a model to be read on text it has
not seen (its errors are the rules' and the model's, not memorised answers).

Each sentence first goes through the rules alone (``kg.load_pipeline(statistical=False)``):
its tokens, parts of speech and rule spans are features, so the model learns
where the rules agree with the annotation and where they do not.

    python training/train_crf.py ../shared/data kg/models/ner_crf.crfsuite
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import CLUENER_MAP, bucket, organisation_type, read_char_tagged  # noqa: E402
from kg.normalise import split_sentences  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.nlp.statistical import bio_spans, doc_features  # noqa: E402

ADDRESS_PLACES = {"country", "prov", "city", "district", "devzone", "town", "community", "road", "subroad"}
CLUENER_OTHER = {"organization": "ORG", "name": "PERSON"}
SCORED = ("COMPANY", "AGENCY", "PLACE")


def tags_of(text: str, spans) -> list[str]:
    labels = ["O"] * len(text)
    for s, e, tag in sorted(spans, key=lambda x: x[0] - x[1]):  # longest first: nested duplicates
        if all(x == "O" for x in labels[s:e]):
            labels[s] = "B-" + tag
            for i in range(s + 1, e):
                labels[i] = "I-" + tag
    return labels


def cluener(path: Path, typer=organisation_type):
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        text, spans = rec["text"], []
        for label, by_surface in rec.get("label", {}).items():
            for surface, positions in by_surface.items():
                tag = CLUENER_MAP.get(label) or CLUENER_OTHER.get(label)
                if tag == "ORG":
                    tag = typer(surface)
                if tag:
                    spans += [(s, e + 1, tag) for s, e in positions]
        yield text, spans


def char_tagged(path: Path, typer=organisation_type):
    for rec in read_char_tagged(path, keep=("ORG", "PLACE", "PERSON"), scoring=False):
        yield rec.text, [(s, e, typer(rec.text[s:e]) if t == "ORG" else t) for s, e, t in rec.spans]


def addresses(path: Path):
    chars, tags = [], []
    for line in [*path.open(encoding="utf-8"), "\n"]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(parts[0])
            tags.append(parts[1])
            continue
        if chars:
            text = "".join(chars)
            spans = [(s, e, "PLACE") for s, e, lab in bio_spans(tags) if lab in ADDRESS_PLACES]
            yield text, spans
        chars, tags = [], []


def seeds(path: Path):
    for line in path.open(encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            yield rec["text"], [(s, e, t) for s, e, t, *_ in rec["spans"] if t in SCORED]


def rules_pipeline():
    """The pipeline whose spans are the features: the rules alone, as the tagger sees them at run time.

    The default pipeline runs the tagger after the rules; features read from
    it would hold the last model's spans, which the tagger never sees when it
    runs, and a model trained on them trusts spans that are not there.
    """
    return load_pipeline(statistical=False)


def units(items):
    """(sentence, its tags): the model sees what the pipeline gives it, one sentence at a time."""
    for text, spans in items:
        labels = tags_of(text, spans)
        for s, e in split_sentences(text):
            part = labels[s:e]
            if part and part[0].startswith("I-"):
                part[0] = "B-" + part[0][2:]
            if text[s:e].strip():
                yield text[s:e], part


def dev_f1(model: str, xs, ys) -> dict:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    counts = {t: [0, 0, 0] for t in SCORED}
    for x, y in zip(xs, ys):
        pred = {s for s in bio_spans(tagger.tag(x)) if s[2] in counts}
        gold = {s for s in bio_spans(y) if s[2] in counts}
        for s in pred:
            counts[s[2]][0 if s in gold else 1] += 1
        for s in gold - pred:
            counts[s[2]][2] += 1
    out = {}
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[t] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="the folder of the annotated sets (../shared/data)")
    ap.add_argument("out")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--msra-share", type=float, default=1.0, help="share of MSRA train sentences read")
    ap.add_argument("--seed-weight", type=int, default=3)
    ap.add_argument("--cluener-weight", type=int, default=1, help="times CLUENER's training sentences are read")
    ap.add_argument("--final", action="store_true", help="train on the dev buckets too")
    ap.add_argument("--hold-out-bucket", type=int, action="append", default=[], metavar="N",
                    help="also keep md5 bucket N of CLUENER, People's Daily 1998 and MSRA out of training "
                         "(repeatable), so that a model can be read on text it has not seen")
    args = ap.parse_args()
    import pycrfsuite

    data, typer = Path(args.data), organisation_type
    rng = random.Random(0)
    msra = [x for x in char_tagged(data / "msra_ner" / "train.bio", typer) if rng.random() < args.msra_share]
    sets = {
        "cluener": [x for x in cluener(data / "cluener" / "train.json", typer) if bucket(x[0]) != 0],
        "pd98": list(char_tagged(data / "peoples_daily_1998" / "train.txt", typer)),
        "msra": msra,
        "address": list(addresses(data / "address_parsing" / "train.txt")),
        "seeds": list(seeds(ROOT / "tests" / "data" / "seeds_entities.jsonl")) * args.seed_weight,
    }
    nlp = rules_pipeline()
    trainer = pycrfsuite.Trainer(verbose=False)
    dev: dict[str, tuple[list, list]] = {}
    t0 = time.time()
    for name, items in sets.items():
        bucketed = name in ("cluener", "pd98", "msra")
        held = bucketed and not args.final
        out = set(args.hold_out_bucket) if bucketed else set()
        train = [x for x in items if not (held and bucket(x[0]) == 1) and not (out and bucket(x[0]) in out)]
        weight = args.cluener_weight if name == "cluener" else 1  # the dev bucket below is read once
        pairs = list(units(train))
        chars = 0
        for doc, (_, y) in zip(nlp.pipe(t for t, _ in pairs), pairs):
            features = doc_features(doc)
            for _ in range(weight):
                trainer.append(features, y)
            chars += len(y)
        if held:
            dpairs = list(units([x for x in items if bucket(x[0]) == 1]))
            dev[name] = ([doc_features(d) for d in nlp.pipe(t for t, _ in dpairs)], [y for _, y in dpairs])
        times = f" x{weight}" if weight != 1 else ""
        print(f"{name}: {len(pairs)} sentences, {chars} characters{times} ({time.time() - t0:.0f}s)", flush=True)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    t0 = time.time()
    trainer.train(args.out)
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    for name, (xs, ys) in dev.items():
        print(f"dev {name}: {dev_f1(args.out, xs, ys)}", flush=True)


if __name__ == "__main__":
    main()
