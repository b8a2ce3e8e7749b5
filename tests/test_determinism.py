"""Determinism: the book's own run of each notebook gives exactly the stored outputs.

`make book` executes every notebook from the committed code and data (the execution cache is emptied
whenever the packages, the data or the pins change) and keeps the executed copies under
``_build/jupyter_execute``. nbval (run by `make test`) executes each notebook once more and compares
text and HTML; this test compares every output of the build's run byte for byte with the stored one,
SVG figures included, so an unseeded layout, a clock or a random id in a figure fails without a third
execution.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from .conftest import ROOT

pytestmark = pytest.mark.book

NOTEBOOKS = sorted((ROOT / "chapters").glob("*.ipynb"))
EXECUTED = ROOT / "_build" / "jupyter_execute" / "chapters"


def outputs(nb: nbformat.NotebookNode) -> list[list[dict]]:
    """Each code cell's displayed outputs, without execution counts (they number runs, not results)
    and without glued values (myst-nb moves those out of the executed copy: see :func:`glued`)."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            shown = [o for o in cell.get("outputs", []) if "scrapbook" not in o.get("metadata", {})]
            cells.append([{k: v for k, v in o.items() if k != "execution_count"} for o in shown])
    return cells


def glued(nb: nbformat.NotebookNode) -> dict[str, dict]:
    """The values a notebook glues, by name, as myst-nb stores them beside the executed copy."""
    values = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []) if cell.cell_type == "code" else []:
            scrapbook = o.get("metadata", {}).get("scrapbook")
            if scrapbook:
                prefix = scrapbook["mime_prefix"]
                values[scrapbook["name"]] = {k.removeprefix(prefix): v for k, v in o["data"].items()}
    return values


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_the_builds_run_reproduces_stored_outputs_exactly(path: Path) -> None:
    executed = EXECUTED / path.name
    if not executed.is_file():
        pytest.fail(f"{executed} is missing: run `make book` first (make test does)")
    stored, fresh = nbformat.read(path, as_version=4), nbformat.read(executed, as_version=4)
    assert [c.source for c in stored.cells] == [c.source for c in fresh.cells], f"{path.name}: code changed"
    assert any(cell.get("outputs") for cell in stored.cells if cell.cell_type == "code"), (
        f"{path.name} has no stored outputs (run `make execute-all` and commit)"
    )
    for index, (old, new) in enumerate(zip(outputs(stored), outputs(fresh), strict=True)):
        assert old == new, f"{path.name}: code cell {index} differs between the stored run and the build's run"
    glue_file = executed.with_suffix(".glue.json")
    built = {name: o["data"] for name, o in json.loads(glue_file.read_text(encoding="utf-8")).items()}
    assert glued(stored) == built, f"{path.name}: glued values differ between the stored run and the build's run"


def test_a_changed_output_is_caught() -> None:
    """The comparison can fail: one character of one SVG differs."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("f()", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/svg+xml": "<svg>a</svg>"})])]  # fmt: skip
    other = nbformat.from_dict(nbformat.v4.new_notebook())
    other.cells = [nbformat.v4.new_code_cell("f()", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/svg+xml": "<svg>b</svg>"})])]  # fmt: skip
    assert outputs(nb) != outputs(other)
