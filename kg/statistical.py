"""``kg_statistical_ner``: a small trained NER model as an extra signal.

Rules miss names with no suffix (华为, 腾讯, 浙商银行). This component runs a
character-level spaCy NER model that we train on CLUENER2020 (see
``training/``) and ship in ``kg/models/``; nothing is downloaded. It writes its
COMPANY, AGENCY and PLACE spans to ``doc.spans["kg_stat"]``; the rule
component then uses them where no rule found a name (rules win on overlap,
since they know projects and the page conventions).

It is off by default because it is several times slower than the rules; see
the README for its cost (``kg build --statistical``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_DIR = Path(__file__).parent / "models" / "ner_cluener"
KEEP = ("COMPANY", "AGENCY", "PLACE")
SPANS_KEY = "kg_stat"


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_DIR)):
    if not Path(path, "config.cfg").exists():
        raise FileNotFoundError(f"statistical NER model not found at {path}")
    return spacy.load(path)


@Language.factory("kg_statistical_ner", default_config={"model": None})
def make_statistical_ner(nlp: Language, name: str, model: str | None):
    return StatisticalNER(model or str(MODEL_DIR))


class StatisticalNER:
    def __init__(self, model: str):
        self.model = load_model(model)

    def __call__(self, doc: Doc) -> Doc:
        pred = self.model(doc.text)
        spans = []
        for ent in pred.ents:
            if ent.label_ not in KEEP:
                continue
            span = doc.char_span(ent.start_char, ent.end_char, label=ent.label_, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        # Keep the exact character offsets: jieba tokens may not end where the name ends.
        doc.user_data["kg_stat_chars"] = [(e.start_char, e.end_char, e.label_) for e in pred.ents if e.label_ in KEEP]
        return doc

    def pipe(self, docs, batch_size: int = 256):
        docs = list(docs)
        for doc, pred in zip(docs, self.model.pipe((d.text for d in docs), batch_size=batch_size)):
            doc.spans[SPANS_KEY] = []
            doc.user_data["kg_stat_chars"] = [(e.start_char, e.end_char, e.label_) for e in pred.ents
                                              if e.label_ in KEEP]
            yield doc
