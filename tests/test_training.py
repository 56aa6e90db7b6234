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
    # 索尼 has no suffix and no lexicon holds it: only the tagger finds it. Features read after the
    # tagger would carry its span as a rule span, which the tagger never sees when it runs.
    text = "索尼与海淀区政府签署了合作协议。"
    seen = []
    real = statistical.doc_features
    monkeypatch.setattr(statistical, "doc_features", lambda doc: seen.append(real(doc)) or seen[-1])
    found = kg.load_pipeline()(text)
    assert ("索尼", "COMPANY") in [(e.text, e.label_) for e in found.ents]
    assert len(seen) == 1
    assert real(train_crf.rules_pipeline()(text)) == seen[0]


NEWS_SCRIPT = Path(__file__).resolve().parents[1] / "training" / "make_news_company_lexicon.py"


def _texts_in(buckets, template, n):
    from kg.evaluate import bucket

    out, i = [], 0
    while len(out) < n:
        text = template.format(i)
        if bucket(text) in buckets:
            out.append(text)
        i += 1
    return out


def test_the_news_company_lexicon_keeps_names_marked_and_precise_in_the_train_part(tmp_path):
    import json
    import subprocess
    import sys

    (tmp_path / "cluener").mkdir()
    (tmp_path / "msra_ner").mkdir()
    (tmp_path / "peoples_daily_1998").mkdir()
    rows = []
    # 澜图 is marked a company and always names one; 远山 is marked twice but is mostly an ordinary word;
    # 星湾 is marked only in the held-out tenth, never read
    for text in _texts_in({2, 3, 4, 5}, "澜图发布了第{}季度报告", 3):
        rows.append({"text": text, "label": {"company": {"澜图": [[0, 1]]}}})
    for text in _texts_in({2, 3, 4, 5}, "远山第{}次发布新品", 2):
        rows.append({"text": text, "label": {"company": {"远山": [[0, 1]]}}})
    for text in _texts_in({2, 3, 4, 5}, "他望着远山出神了{}分钟", 6):
        rows.append({"text": text, "label": {}})
    for text in _texts_in({0}, "星湾第{}次上调价格", 3):
        rows.append({"text": text, "label": {"company": {"星湾": [[0, 1]]}}})
    (tmp_path / "cluener" / "train.json").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "msra_ner" / "train.bio").write_text("", encoding="utf-8")
    (tmp_path / "peoples_daily_1998" / "train.txt").write_text("", encoding="utf-8")
    out = tmp_path / "news.jsonl"
    run = subprocess.run([sys.executable, str(NEWS_SCRIPT), str(tmp_path), str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    names = [json.loads(line)["name"] for line in out.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("//")]
    assert names == ["澜图"]


def test_the_package_finds_a_company_news_names_with_no_suffix():
    # the rules alone: a name with no suffix is found only through the package's news lexicon
    nlp = kg.load_pipeline(statistical=False)
    found = [(e.text, e.label_) for e in nlp("育碧与工行签约，联合推出新游戏。").ents]
    assert ("育碧", "COMPANY") in found and ("工行", "COMPANY") in found


COMPANY_SCRIPT = Path(__file__).resolve().parents[1] / "training" / "make_company_lexicon.py"


def test_the_company_lexicon_gives_a_short_name_the_list_repeats_only_to_the_full_name_it_abbreviates(tmp_path):
    import json
    import subprocess
    import sys

    for d in ("companies", "cluener", "msra_ner", "peoples_daily_1998"):
        (tmp_path / d).mkdir()
    # a row gone wrong in a list: one firm's short name and code beside another firm's full name; a
    # rename: one short name and code, two full names that both hold it
    rows = [{"name": "澜图科技", "fullname": "江苏澜图科技股份有限公司", "code": "1"},
            {"name": "澜图科技", "fullname": "东海港务股份有限公司", "code": "1"},
            {"name": "星湾股份", "fullname": "星湾实业股份有限公司", "code": "2"},
            {"name": "星湾股份", "fullname": "星湾集团股份有限公司", "code": "2"}]
    (tmp_path / "companies" / "a_share.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "companies" / "central_soes.tsv").write_text("full_name\n", encoding="utf-8")
    (tmp_path / "cluener" / "train.json").write_text("", encoding="utf-8")
    (tmp_path / "msra_ner" / "train.bio").write_text("", encoding="utf-8")
    (tmp_path / "peoples_daily_1998" / "train.txt").write_text("", encoding="utf-8")
    out = tmp_path / "companies.jsonl"
    run = subprocess.run([sys.executable, str(COMPANY_SCRIPT), str(tmp_path), str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    aliases = {r["name"]: r.get("aliases", []) for r in map(json.loads, (line for line in out.read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("//")))}
    assert aliases["江苏澜图科技股份有限公司"] == ["澜图科技"] and aliases["东海港务股份有限公司"] == [], aliases
    assert aliases["星湾集团股份有限公司"] == ["星湾股份"], aliases
