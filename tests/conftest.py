"""Shared fixtures: the project's paths and a helper to run the command line."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def server(html_dir: Path) -> Iterator[str]:
    """The built book on a loopback port, for the browser tests."""
    from .browser_support import serve

    yield from serve(html_dir)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from .browser_support import launch

    yield from launch()


@pytest.fixture(scope="module")
def contexts(browser) -> Iterator[dict]:
    """A browser context per reader's view (desktop-light, phone-dark)."""
    from .browser_support import views

    yield from views(browser)


@pytest.fixture(scope="module")
def phone(contexts: dict) -> Iterator:
    """One phone tab (390 px, dark), reused from test to test."""
    from .browser_support import Reader

    page = contexts["phone-dark"].new_page()
    yield Reader(page)
    page.close()


@pytest.fixture(scope="module")
def desktop(contexts: dict) -> Iterator:
    """One desktop tab (1300 px, light), reused from test to test."""
    from .browser_support import Reader

    page = contexts["desktop-light"].new_page()
    yield Reader(page)
    page.close()


@pytest.fixture(scope="module")
def reader(contexts: dict) -> Iterator:
    """One desktop tab that reads page after page (see :class:`tests.browser_support.Reader`)."""
    from .browser_support import Reader

    page = contexts["desktop-light"].new_page()
    yield Reader(page)
    page.close()


def run_cli(*args: str | Path, cwd: Path = ROOT, separate: bool = False) -> subprocess.CompletedProcess:
    """Run the command line ``python -m article_analysis ARGS``, capturing its exit code and output.

    In-process by default (the same ``main()`` the module runs, without a second interpreter's start-up:
    about 2 s per call); ``separate=True`` starts ``python -m article_analysis`` as a user would."""
    if separate:
        return subprocess.run(
            [sys.executable, "-m", "article_analysis", *map(str, args)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=300,
        )
    import contextlib
    import io
    import os

    from article_analysis.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exit_:  # argparse refusing its arguments
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["article_analysis", *map(str, args)], code, out.getvalue(), err.getvalue())


# One hypothesis profile for every property test, no deadline (the first call compiles regular
# expressions and loads pysbd). `make test` runs 60 examples a test, every run new ones; for a deeper
# search, HYPOTHESIS_PROFILE=thorough runs 1,000.
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("project", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "project"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser modules first: under ``--dist loadfile`` each file goes whole to one worker, in this
    order, so the two longest files start at once on the two workers and the short ones fill in."""
    items.sort(key=lambda item: 0 if Path(str(item.fspath)).name.startswith("test_browser") else 1)
