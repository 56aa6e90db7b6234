"""Turn CLUENER2020 train into spaCy training data for the statistical NER model.

Split, by md5 of the text: remainder 0 is the HELD-OUT tenth (never used here;
`kg eval --holdout` scores on it), remainder 1 is the dev set used for early
stopping, the rest is training data. Characters are tokens.

    python training/prepare.py ../shared/data/cluener/train.json training/corpus
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

# Our types, plus CLUENER's other labels kept distinct so that the model
# learns what is *not* a company, agency or place.
LABELS = {
    "company": "COMPANY", "government": "AGENCY", "address": "PLACE", "organization": "ORG", "name": "PERSON",
    "position": "POSITION", "book": "BOOK", "game": "GAME", "movie": "MOVIE", "scene": "SCENE",
}


def bucket(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 10


def main(src: str, out: str) -> None:
    nlp = spacy.blank("zh")
    train, dev = DocBin(), DocBin()
    dropped = 0
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            part = bucket(rec["text"])
            if part == 0:
                continue
            doc = nlp.make_doc(rec["text"])
            spans = []
            for label, by_surface in rec.get("label", {}).items():
                for positions in by_surface.values():
                    for s, e in positions:
                        span = doc.char_span(s, e + 1, label=LABELS[label], alignment_mode="strict")
                        if span is None:
                            dropped += 1
                        else:
                            spans.append(span)
            try:
                doc.ents = spacy.util.filter_spans(spans)
            except ValueError:
                dropped += 1
                continue
            (dev if part == 1 else train).add(doc)
    Path(out).mkdir(parents=True, exist_ok=True)
    train.to_disk(Path(out) / "train.spacy")
    dev.to_disk(Path(out) / "dev.spacy")
    print(f"train {len(train)} docs, dev {len(dev)} docs, {dropped} spans dropped")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
