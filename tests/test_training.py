"""The tagger's training script (training/train_crf.py)."""

import importlib.util
from pathlib import Path

import pytest

import kg
from kg.nlp import statistical

SCRIPT = Path(__file__).resolve().parents[1] / "training" / "train_crf.py"


@pytest.fixture(scope="module")
def train_crf():
    spec = importlib.util.spec_from_file_location("train_crf", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_reads_the_features_the_tagger_sees_when_it_runs(train_crf, monkeypatch):
    # 阿里巴巴 has no suffix: only the tagger finds it. Features read after the tagger would carry
    # its span as a rule span, which the tagger never sees when it runs.
    text = "阿里巴巴与海淀区政府签署了合作协议。"
    seen = []
    real = statistical.doc_features
    monkeypatch.setattr(statistical, "doc_features", lambda doc: seen.append(real(doc)) or seen[-1])
    found = kg.load_pipeline()(text)
    assert ("阿里巴巴", "COMPANY") in [(e.text, e.label_) for e in found.ents]
    assert len(seen) == 1
    assert real(train_crf.rules_pipeline()(text)) == seen[0]
