"""The spaCy extractor: ``spacy.blank("zh")`` over jieba, plus kg's components.

>>> import kg
>>> nlp = kg.load_pipeline()                                    # doctest: +SKIP
>>> [(e.text, e.label_) for e in nlp("市水利局持续推进城区供水管网联通改造项目").ents]  # doctest: +SKIP
[('市水利局', 'AGENCY'), ('城区供水管网联通改造项目', 'PROJECT')]

Components, in order:

* tokenizer ``kg.JiebaTokenizer.v1``: jieba segmentation run by jieba-rs
  (``rjieba``: jieba's dictionary and HMM in Rust, an order of magnitude
  faster; it differs from Python jieba only on runs such as "2003-04", which
  it keeps whole), in a private instance so lexicon words never leak into
  other users of jieba; each token is tagged with jieba's dictionary part of
  speech in ``token.tag_``.
* ``kg_entity_rules``: lexicon, gazetteer and pattern rules (``kg/data``)
  writing ``doc.ents`` and ``doc.spans["kg_refs"]`` (home-city references).
* ``kg_statistical_ner`` (``statistical=True`` only): the CRF tagger of
  :mod:`kg.statistical`.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Iterable

import numpy
import spacy
from spacy.attrs import TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The tokenizer leaves (words, tags, offsets) here for kg_entity_rules, which
# would otherwise rebuild them from Token objects at a high cost per word.
TOKENS_KEY = "kg_tokens"
_NUM = re.compile(r"^[0-9０-９][0-9０-９.．%％\-/:]*[A-Za-z]{0,4}$")  # 2003-04, 10.5GWh: quantities
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9\-&.]*$")
_GUESS_CACHE = 200_000


def _attach_spaces(pieces: list[str]) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags from jieba's pieces (a single space is a flag)."""
    words: list[str] = []
    spaces: list[bool] = []
    for w in pieces:
        if w == " " and words and not spaces[-1]:
            spaces[-1] = True
        elif w:
            words.append(w)
            spaces.append(False)
    return words, spaces


@lru_cache(maxsize=1)
def _base_tags() -> dict[str, str]:
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.posseg.dt.initialize()
    return dict(jieba.posseg.dt.word_tag_tab)


class JiebaTokenizer:
    """Segment with jieba and tag tokens with jieba's dictionary POS."""

    def __init__(self, vocab: Vocab, user_words: Iterable[tuple[str, str]] = ()):
        import rjieba

        self.vocab = vocab
        self.seg = rjieba.Jieba()
        self.tags = dict(_base_tags())
        self._guessed: dict[str, str] = {}
        self.add_words(user_words)

    def keep_apart(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Never glue these word pairs ("等"+"项目"): enumeration rules need the seam."""
        for a, b in pairs:
            if self.seg.has_word(a + b):
                # The lowest count keeps the pair apart whenever both halves are words.
                self.seg.add_word(a + b, 1, None)

    def add_words(self, words: Iterable[tuple[str, str]]) -> None:
        for word, tag in words:
            if word and word.strip():
                # No count: the segmenter picks one that keeps the word whole, as jieba's add_word does.
                self.seg.add_word(word, None, tag)
                self.tags[word] = tag

    def __call__(self, text: str) -> Doc:
        words: list[str] = self.seg.cut(text, True)
        if " " in text:
            words, spaces = _attach_spaces(words)
            offs = []
            pos = 0
            for w, sp in zip(words, spaces):
                offs.append(pos)
                pos += len(w) + sp
        else:
            spaces = [False] * len(words)
            offs = list(accumulate(map(len, words), initial=0))[:-1]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        get = self.tags.get
        tags = [get(w) or self._tag(w) for w in words]
        if words:
            # One array write instead of a Python Token object per word.
            add = self.vocab.strings.add
            doc.from_array([TAG], numpy.array([add(t) for t in tags], dtype="uint64").reshape(-1, 1))
        doc.user_data[TOKENS_KEY] = (words, tags, offs, text)
        return doc

    def _tag(self, word: str) -> str:
        tag = self._guess_tag(word)
        if len(self._guessed) < _GUESS_CACHE:
            # Unknown words recur (names, numbers); remember their guessed tag.
            self._guessed[word] = tag
        return tag

    def _guess_tag(self, word: str) -> str:
        tag = self._guessed.get(word)
        if tag is not None:
            return tag
        if _NUM.match(word):
            return "m"
        if _LATIN.match(word):
            return "eng"
        if word.isspace():
            return "_SP"
        if not any(ch.isalnum() for ch in word):
            return "w"
        return "x"  # not in the dictionary: a new word, often a name

    # spaCy serialisation hooks: the tokenizer holds no learned state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        return self


@spacy.registry.tokenizers("kg.JiebaTokenizer.v1")
def create_jieba_tokenizer():
    def make(nlp):
        return JiebaTokenizer(nlp.vocab)

    return make


def load_pipeline(lexicons: Iterable[str | Path] = (), *, statistical: bool = False):
    """Build the extractor.

    ``lexicons``: extra JSONL lexicon files (see :mod:`kg.lexicon`).
    ``statistical``: also run the trained NER model shipped in ``kg/models``
    (slower; see the README).
    """
    from kg import entities  # noqa: F401  (registers the component factories)
    from kg.lexicon import load_lexicons

    entries = load_lexicons(lexicons)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
    tag_of = {"COMPANY": "nt", "AGENCY": "nt", "PLACE": "ns", "PROJECT": "nz"}
    nlp.tokenizer.add_words((name, tag_of[e.label]) for e in entries for name in (e.name, *e.aliases))
    from kg.resources import load_yaml

    nlp.tokenizer.keep_apart(("等", head) for head in load_yaml("entity_rules.yaml")["enumeration_heads"])
    nlp.add_pipe("kg_entity_rules", config={"lexicons": [str(p) for p in lexicons]})
    if statistical:
        from kg import statistical as _statistical  # noqa: F401  (registers the factory)

        nlp.add_pipe("kg_statistical_ner", after="kg_entity_rules")
    return nlp
