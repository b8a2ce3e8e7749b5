"""The analyzer stays general: it never imports this book's code, charts, HTML or Sphinx, so it can be
used on any article without the report around it. Imports run one way, report -> analyzer."""

from __future__ import annotations

import ast
import re
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


# --- The analyzer installs alone: its imports are its base dependencies, nothing of the report ------

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tomllib  # noqa: E402
from importlib import metadata  # noqa: E402

from packaging.markers import default_environment  # noqa: E402
from packaging.requirements import Requirement  # noqa: E402

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return Requirement(requirement).name.lower().replace("_", "-")


def closure(requirements: list[str]) -> set[str]:
    """The distributions ``requirements`` bring, with everything they require in turn (as installed here)."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    environment = default_environment() | {"extra": ""}
    while todo:
        requirement = todo.pop()
        name = requirement.name.lower().replace("_", "-")
        if name in seen or (requirement.marker and not requirement.marker.evaluate(environment)):
            continue
        seen.add(name)
        todo += [Requirement(r) for r in metadata.requires(name) or []]
    return seen


def modules_of(distributions: set[str]) -> set[str]:
    """Top-level modules those distributions provide."""
    provided = metadata.packages_distributions()
    return {module for module, owners in provided.items() if any(_name(o) in distributions for o in owners)}


BASE = closure(PYPROJECT["project"]["dependencies"])
REPORT = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["report"]}


def test_base_dependencies_hold_nothing_of_the_report() -> None:
    assert not {"matplotlib", "pybtex", "pyshp", "ipython", "itables", "myst-nb", "docutils"} & BASE
    assert {"matplotlib", "pybtex", "pyshp", "ipython", "itables"} <= REPORT


@pytest.mark.parametrize("path", sorted((ROOT / "article_analysis").rglob("*.py")), ids=lambda p: p.name)
def test_every_import_of_the_analyzer_is_a_base_dependency(path: Path) -> None:
    allowed = modules_of(BASE) | set(sys.stdlib_module_names) | {"article_analysis"}
    wrong = imported_modules(path) - allowed
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}, which the base install does not bring"


BLOCKER = """
import importlib.abc, importlib.machinery, site, sys
allowed = set({allowed!r})
installed = tuple(site.getsitepackages())
class Block(importlib.abc.MetaPathFinder):
    # A top-level module installed in site-packages that the base install does not bring is refused,
    # as if it were not installed; the standard library and the package itself load as usual.
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in allowed or path is not None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(top)
        where = spec and str(spec.origin or next(iter(spec.submodule_search_locations or []), ""))
        if where and where.startswith(installed):
            raise ModuleNotFoundError(f"{{name}} is not part of the analyzer's base install", name=name)
        return None
sys.meta_path.insert(0, Block())
sys.argv = ["article_analysis", *{argv!r}]
import runpy
runpy.run_module("article_analysis", run_name="__main__", alter_sys=True)
"""


def run_base_only(*argv: str) -> subprocess.CompletedProcess:
    """``python -m article_analysis ARGV`` with every module outside the base install refused, as if only
    ``pip install .`` had been run (a stand-in for a fresh virtual environment, which costs minutes)."""
    allowed = sorted(modules_of(BASE) | set(sys.stdlib_module_names) | {"article_analysis", "_distutils_hack"})
    code = BLOCKER.format(allowed=allowed, argv=list(argv))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_analyze_and_compare_run_with_the_base_install_alone(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Bridge Reopens\n\nThe mayor said the bridge would reopen on Friday.\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("The mayor reportedly said the bridge would reopen on Friday.\n", encoding="utf-8")
    result = run_base_only("analyze", str(article), "--published", "2024-03-01", "--actors",
                           str(ROOT / "data" / "actors.csv"), "--topics", str(ROOT / "data" / "topics.csv"),
                           "--out", str(tmp_path / "o"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "o" / "manifest.json").read_text(encoding="utf-8"))["tables"]
    result = run_base_only("compare", str(article), str(other), "--out", str(tmp_path / "c"))
    assert result.returncode == 0, result.stderr


def test_the_blocker_refuses_what_the_base_install_lacks() -> None:
    """The stand-in can fail: a module outside the base install is refused."""
    code = BLOCKER.format(allowed=[], argv=["--help"])  # allows nothing installed: pandas is refused
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode != 0 and "is not part of the analyzer's base install" in result.stderr


# --- Word lists: beside the rules that use them, each entry once ---------------------------------------

WORDLISTS = sorted((ROOT / "article_analysis").glob("*/wordlists.py"))


def repeated_entries(path: Path) -> dict[str, list]:
    """Entries written twice in a tuple, list, set or dict literal assigned at module level, by name."""
    repeated = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        value = node.value
        if isinstance(value, ast.Call) and value.args:  # frozenset({...})
            value = value.args[0]
        items = value.keys if isinstance(value, ast.Dict) else getattr(value, "elts", [])
        seen = [item.value for item in items if isinstance(item, ast.Constant)]
        twice = sorted({v for v in seen if seen.count(v) > 1})
        if twice:
            repeated[getattr(target, "id", "?")] = twice
    return repeated


@pytest.mark.parametrize("path", WORDLISTS, ids=lambda p: p.parent.name)
def test_no_word_list_repeats_an_entry(path: Path) -> None:
    assert not repeated_entries(path)


def test_the_repeat_check_can_fail(tmp_path: Path) -> None:
    planted = tmp_path / "wordlists.py"
    planted.write_text('A = ("had", "has", "had")\nB = frozenset({"x", "y"})\nC = {"k": 1, "k": 2}\n', encoding="utf-8")
    assert repeated_entries(planted) == {"A": ["had"], "C": ["k"]}


@pytest.mark.parametrize("path", WORDLISTS, ids=lambda p: p.parent.name)
def test_each_word_list_is_used_by_its_own_sub_package(path: Path) -> None:
    names = [
        n.targets[0].id if isinstance(n, ast.Assign) else n.target.id
        for n in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(n, ast.Assign | ast.AnnAssign)
        and not (getattr(n, "target", None) or n.targets[0]).id.startswith("_")
    ]
    own = "\n".join(p.read_text(encoding="utf-8") for p in path.parent.glob("*.py") if p.name != "wordlists.py")
    unused = [name for name in names if not re.search(rf"\b{name}\b", own)]
    assert not unused, f"{path.relative_to(ROOT)}: {unused} are not used in {path.parent.name}/"


def test_the_lexicons_ship_with_the_package() -> None:
    from importlib.resources import files

    lexicons = files("article_analysis.framing").joinpath("lexicons")
    assert {p.name for p in lexicons.iterdir()} >= {"hedges.csv", "evaluative.csv"}
    assert "framing/lexicons/*.csv" in PYPROJECT["tool"]["setuptools"]["package-data"]["article_analysis"]
