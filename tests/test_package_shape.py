"""The analyzer stays general: it never imports this book's code, charts, HTML or Sphinx, so it can be
used on any article without the report around it. Imports run one way, report -> analyzer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

#: What belongs to the report, not to an analyzer of any English news article.
REPORT_ONLY = ("article_report", "matplotlib", "sphinx", "docutils", "myst_nb", "IPython", "jupyter_book")


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports, at any depth of its code (lazy imports too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "article_analysis").rglob("*.py")), ids=lambda p: p.name)
def test_the_analyzer_imports_nothing_of_the_report(path: Path) -> None:
    wrong = imported_modules(path) & set(REPORT_ONLY)
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}: that belongs in article_report"


def test_the_import_check_sees_lazy_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from article_report.book import load_book\n    import matplotlib.pyplot\n")
    assert {"article_report", "matplotlib"} <= imported_modules(module)
