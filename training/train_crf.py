"""Train the statistical NER tagger (kg/models/ner_crf.crfsuite) on CLUENER2020.

Split, by md5 of the text (see ``kg.evaluate.is_holdout``): remainder 0 is the
HELD-OUT tenth, never read here (``kg eval --holdout`` scores on it);
remainder 1 is the dev set used to choose the regularisation; the rest is
training data. With ``--final`` the dev set is trained on too.

Each text first goes through the rule pipeline (``kg.load_pipeline()``): its
tokens, parts of speech and rule spans are features, so the model learns
where the rules agree with the annotation and where they do not. All ten
CLUENER labels are tagged (BIO); only company, government and address map to
kg types at run time, the others teach the model what is *not* one of them.

    python training/train_crf.py ../shared/data/cluener/train.json kg/models/ner_crf.crfsuite
"""

from __future__ import annotations

import argparse
import json
import time

from kg.evaluate import CLUENER_MAP, bucket
from kg.normalise import split_sentences
from kg.nlp import load_pipeline
from kg.nlp.statistical import bio_spans, doc_features

OTHER = {"organization": "ORG", "name": "PERSON", "position": "POSITION", "book": "BOOK", "game": "GAME",
         "movie": "MOVIE", "scene": "SCENE"}


def char_labels(rec: dict) -> list[str]:
    labels = ["O"] * len(rec["text"])
    spans = []
    for label, by_surface in rec.get("label", {}).items():
        tag = CLUENER_MAP.get(label) or OTHER[label]
        for positions in by_surface.values():
            spans += [(s, e + 1, tag) for s, e in positions]
    # Longest first: CLUENER has a few nested duplicates.
    for s, e, tag in sorted(spans, key=lambda x: x[0] - x[1]):
        if all(x == "O" for x in labels[s:e]):
            labels[s] = "B-" + tag
            for i in range(s + 1, e):
                labels[i] = "I-" + tag
    return labels


def units(records):
    """(sentence text, its character labels): the model sees what the pipeline gives it, one sentence."""
    for rec in records:
        labels = char_labels(rec)
        for s, e in split_sentences(rec["text"]):
            part = labels[s:e]
            if part and part[0].startswith("I-"):
                part[0] = "B-" + part[0][2:]
            yield rec["text"][s:e], part


def featurise(records, nlp):
    pairs = [(t, y) for t, y in units(records) if t.strip()]
    xs = [doc_features(doc) for doc in nlp.pipe(t for t, _ in pairs)]
    return xs, [y for _, y in pairs]


def dev_f1(model: str, xs, ys) -> dict:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    counts = {t: [0, 0, 0] for t in CLUENER_MAP.values()}
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
    ap.add_argument("train")
    ap.add_argument("out")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--iterations", type=int, default=250)
    ap.add_argument("--final", action="store_true", help="train on the dev set too")
    args = ap.parse_args()
    import pycrfsuite

    with open(args.train, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = [r for r in rows if bucket(r["text"]) != 0]  # the held-out tenth is never read
    train = [r for r in rows if args.final or bucket(r["text"]) != 1]
    dev = [r for r in rows if bucket(r["text"]) == 1]
    nlp = load_pipeline()
    t0 = time.time()
    xs, ys = featurise(train, nlp)
    dxs, dys = featurise(dev, nlp) if not args.final else ([], [])
    print(f"featurised {len(xs)} training sentences, {len(dxs)} dev sentences in {time.time() - t0:.0f}s", flush=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    t0 = time.time()
    trainer.train(args.out)
    if args.final:
        print(f"trained in {time.time() - t0:.0f}s on train and dev (no dev score)", flush=True)
    else:
        print(f"trained in {time.time() - t0:.0f}s; dev F1 {dev_f1(args.out, dxs, dys)}", flush=True)


if __name__ == "__main__":
    main()
