"""notebooks/explore.ipynb, executed as nbmake runs it in CI: it has to show its figures, not only compute them.

The notebook is run from its own folder with nbclient. Its ``parameters``
cell (papermill's tag) is followed by an injected cell, as papermill does,
that points it at the session's seed build and at a focus entity other than
its default, so the test neither reads nor writes the repository's output/.
"""

import json

import nbformat
import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
MIN_IMAGES = 3


def _parameters_index(nb) -> int | None:
    return next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)


def _second_company(graph) -> str:
    companies = sorted((-d["pagerank"], d["label"]) for _, d in graph.nodes(data=True) if d["type"] == "company")
    return companies[1][1]


@pytest.fixture(scope="module")
def executed(seed_build):
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    focus = _second_company(seed_build.graph)
    at = _parameters_index(nb)
    if at is not None:
        source = f"GRAPH = {str(seed_build.outputs['graphml'])!r}\nFOCUS = {focus!r}"
        nb.cells.insert(at + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb, focus


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_the_executed_notebook_shows_at_least_three_images(executed):
    nb, _ = executed
    images = [o for o in _outputs(nb) if "image/png" in o.get("data", {})]
    assert len(images) >= MIN_IMAGES, f"{len(images)} image/png outputs (matplotlib drew to a non-inline backend?)"


def test_no_label_falls_back_to_boxes(executed):
    # matplotlib warns "Glyph … missing from font(s) DejaVu Sans" for each Chinese character it draws as a box.
    from matplotlib import font_manager

    if not any("CJK" in f.name for f in font_manager.fontManager.ttflist):
        pytest.skip("no CJK font is installed (Debian: fonts-noto-cjk), so no notebook can avoid boxes")
    nb, _ = executed
    text = "".join(o.get("text", "") for o in _outputs(nb) if o.get("output_type") == "stream")
    assert "CJK font:" in text and "missing from font" not in text


def test_the_parameters_cell_comes_first_and_is_tagged():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    assert code and _parameters_index(nb) == code[0]
    names = {line.split("=")[0].strip() for line in nb.cells[code[0]].source.splitlines() if "=" in line}
    assert {"GRAPH", "FOCUS"} <= names


def test_the_focus_parameter_chooses_the_entity_drawn(executed):
    nb, focus = executed
    text = json.dumps([o for o in _outputs(nb) if o.get("output_type") == "stream"], ensure_ascii=False)
    assert f"focus: {focus}" in text
