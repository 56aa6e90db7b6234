from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    import kg

    return kg.load_pipeline()


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
