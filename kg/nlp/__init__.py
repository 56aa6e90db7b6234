"""The spaCy extractor: everything that works on one sentence.

``spacy.blank("zh")`` with kg's tokenizer and components, in order:

* tokenizer ``kg.JiebaTokenizer.v1`` (:mod:`kg.nlp.tokenizer`): jieba
  segmentation, jieba's part of speech in ``token.tag_``;
* ``kg_entity_rules`` (:mod:`kg.nlp.entity_rules`): lexicon, gazetteer and
  pattern rules writing ``doc.ents`` and ``doc.spans["kg_refs"]``;
* ``kg_statistical_ner`` (:mod:`kg.nlp.statistical`; left out with
  ``statistical=False``, the rules-only ``--fast`` mode): a CRF tagger that
  re-tags companies, agencies and places;
* ``kg_sentence_relations`` (:mod:`kg.nlp.relations`): typed relations of
  the sentence in ``doc._.kg_relations``.

Each component is a spaCy factory with its rules as data; the package's
entry points register them, so a pipeline saved with ``nlp.to_disk`` loads
with ``spacy.load`` in a program that never imports kg.

>>> import kg
>>> nlp = kg.load_pipeline()
>>> [(e.text, e.label_) for e in nlp("市水利局持续推进城区供水管网联通改造项目").ents]
[('市水利局', 'AGENCY'), ('城区供水管网联通改造项目', 'PROJECT')]
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

# Importing the modules registers the tokenizer and the component factories.
from kg.nlp import entity_rules as _entity_rules  # noqa: F401
from kg.nlp import relations as _relations  # noqa: F401
from kg.nlp import statistical as _statistical  # noqa: F401
from kg.nlp import tokenizer as _tokenizer  # noqa: F401

__all__ = ["load_pipeline", "TOKENIZER_CONFIG"]

TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}}


def load_pipeline(lexicons: Iterable[str | os.PathLike] = (), *, statistical: bool = True) -> Language:
    """The extractor: kg's tokenizer, entity rules, the tagger, sentence relations.

    ``lexicons``: the user's JSONL lexicon files (see :mod:`kg.lexicon`);
    they are read by the entity rules' ``initialize``, so ``nlp.config``
    names them and rebuilds the same pipeline.
    ``statistical``: run the CRF tagger shipped in ``kg/models`` after the
    rules (the default: the more accurate extractor on unseen text); false is
    the rules-only ``--fast`` mode, several times faster (see the README).

    >>> load_pipeline().pipe_names
    ['kg_entity_rules', 'kg_statistical_ner', 'kg_sentence_relations']
    >>> load_pipeline(statistical=False).pipe_names
    ['kg_entity_rules', 'kg_sentence_relations']
    """
    config = {**TOKENIZER_CONFIG,
              "initialize": {"components": {"kg_entity_rules": {"lexicons": [str(Path(p)) for p in lexicons]}}}}
    nlp = spacy.blank("zh", config=config)
    nlp.add_pipe("kg_entity_rules")
    if statistical:
        nlp.add_pipe("kg_statistical_ner")
    nlp.add_pipe("kg_sentence_relations")
    nlp.initialize()
    return nlp
