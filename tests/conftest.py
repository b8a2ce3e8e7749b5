"""Shared fixtures: the project's paths and a helper to run the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def article_path() -> Path:
    return DATA / "article.txt"


@pytest.fixture(scope="session")
def article_text(article_path: Path) -> str:
    return article_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def html_dir() -> Path:
    if not (HTML / "index.html").is_file():
        pytest.fail("the built book is missing: run `make book` first (make test does)")
    return HTML


def run_cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``python -m article_analysis`` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "article_analysis", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


# One hypothesis profile for every property test: enough examples to find the edge cases the rules
# have met so far, no deadline (the first call compiles regular expressions and loads pysbd).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("project", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")
