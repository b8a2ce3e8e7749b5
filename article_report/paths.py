"""Where the project's files live, and the one article and curated data the book studies.

The analysis package takes any article; this module knows the layout of this repository
(``data/`` beside ``_config.yml``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from article_analysis import Article, load_article


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


@lru_cache(maxsize=1)
def curated_data() -> dict[str, object]:
    """Every curated dataset, each validated against the others (source keys, actor and event ids)."""
    from .curated import load_project

    return load_project(project_root())
