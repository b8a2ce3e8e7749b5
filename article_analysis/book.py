"""Helpers for the book's notebooks: where the project's data lives, and the one article it studies.

Analysis code lives elsewhere in the package and takes any article; this module only knows the
layout of this repository (``data/`` beside ``_config.yml``).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from html import escape
from pathlib import Path

import pandas as pd
from IPython.display import HTML

from .article import Article, load_article


def project_root(start: Path | None = None) -> Path:
    """The folder holding ``_config.yml``, searched upwards from ``start`` (default: the cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "_config.yml").is_file() and (folder / "data").is_dir():
            return folder
    raise FileNotFoundError(f"no project root (a folder with _config.yml and data/) above {here}")


def data_path(name: str) -> Path:
    """Path of a file in the project's ``data/`` folder."""
    return project_root() / "data" / name


@lru_cache(maxsize=1)
def book_article() -> Article:
    """The curated article, checksum-verified against ``data/article.yml``."""
    return load_article(data_path("article.txt"), data_path("article.yml"))


def show_table(table: pd.DataFrame, truncate: dict[str, int] | None = None, caption: str = "") -> HTML:
    """A table for the page: no index column, long text cut to ``truncate[column]`` characters.

    Rendered with ``DataFrame.to_html`` (deterministic, unlike a Styler's random ids) and the
    ``aa-table`` class that the book's stylesheet gives compact, top-aligned cells.
    """
    shown = table.copy()
    for column, limit in (truncate or {}).items():
        shown[column] = shown[column].astype(str).map(lambda s, n=limit: s if len(s) <= n else s[: n - 1] + "…")
    html = shown.to_html(index=False, classes=["aa-table"], border=0, na_rep="", escape=True)
    label = escape(caption or "table", quote=True)
    # A scrolling region must be reachable by keyboard: focusable, and named for screen readers.
    return HTML(f'<div class="aa-table-wrap" tabindex="0" role="region" aria-label="{label}">{html}</div>')


def file_facts(path: Path) -> dict[str, object]:
    """SHA-256, size and (for CSV) the number of data rows of a data file, for its data page."""
    data = path.read_bytes()
    facts: dict[str, object] = {"file": path.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    if path.suffix == ".csv":
        facts["rows"] = len(pd.read_csv(path, dtype=str, keep_default_na=False))
    return facts


def glue_file_facts(prefix: str, path: Path) -> dict[str, object]:
    """Glue a data file's facts as ``{prefix}_sha256``, ``{prefix}_bytes`` and ``{prefix}_rows``."""
    from myst_nb import glue

    facts = file_facts(path)
    for key, value in facts.items():
        glue(f"{prefix}_{key}", value, display=False)
    return facts


def columns_table(docs: dict[str, str]) -> HTML:
    """The data dictionary of a dataset, from the schema its loader validates against."""
    return show_table(pd.DataFrame(list(docs.items()), columns=["column", "meaning"]), caption="Columns")
