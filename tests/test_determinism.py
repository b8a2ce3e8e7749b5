"""Determinism: a fresh top-to-bottom run of each notebook gives exactly the stored outputs.

nbval (run by `make test`) compares text and HTML but skips images; this test compares every
output byte for byte, PNG figures included, so an unseeded layout or a clock in a figure fails.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "chapters").glob("*.ipynb"))


def _outputs(nb: nbformat.NotebookNode) -> list[list[dict]]:
    return [[dict(o) for o in cell.get("outputs", [])] for cell in nb.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_fresh_run_reproduces_stored_outputs_exactly(path: Path) -> None:
    stored = nbformat.read(path, as_version=4)
    fresh = copy.deepcopy(stored)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    NotebookClient(fresh, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                   record_timing=False).execute()  # fmt: skip
    for index, (old, new) in enumerate(zip(_outputs(stored), _outputs(fresh), strict=True)):
        assert old == new, f"{path.name}: code cell {index} differs between the stored run and a fresh run"
