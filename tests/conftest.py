import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true",
                     help="also run the tests marked slow (cross-process builds, CLUENER); CI always runs them")


def pytest_collection_modifyitems(config, items):
    # CI sets CI=true and runs everything; a developer's default run stays short.
    if config.getoption("--slow") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (CI runs it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The default extractor: the rules and the statistical tagger."""
    import kg

    return kg.load_pipeline()


@pytest.fixture(scope="session")
def rules_nlp():
    """The rules-only extractor (kg build --fast)."""
    import kg

    return kg.load_pipeline(statistical=False)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp):
    """One build of the seeds, shared by the tests that only read it."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-build")
    return build([SEEDS], out, nlp=nlp, progress=False)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
