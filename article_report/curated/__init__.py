"""The curated datasets of this book, each validated row by row and against the others."""

from __future__ import annotations

from pathlib import Path

from article_analysis import load_article
from article_analysis.actors.gazetteer import load_gazetteer

from .history import load_bibliography, load_claims, load_moscow_format, load_timeline


def load_project(root: Path | str) -> dict[str, object]:
    """The article and every curated dataset of a project (``data/`` and ``references.bib`` under
    ``root``), each validated against the others: source keys, actor ids, event ids, claim quotes."""
    root = Path(root)
    data = root / "data"
    article = load_article(data / "article.txt", data / "article.yml")
    bibliography = load_bibliography(root / "references.bib")
    keys = set(bibliography.entries)
    actors = load_gazetteer(data / "actors.csv")
    ids = {a.id for a in actors}
    timeline = load_timeline(data / "timeline.csv", keys, ids)
    moscow_format = load_moscow_format(data / "moscow_format.csv", keys, ids)
    claims = load_claims(data / "claims.csv", keys, set(timeline["id"]), article.text)
    return {"article": article, "bibliography": bibliography, "actors": actors, "timeline": timeline,
            "moscow_format": moscow_format, "claims": claims}  # fmt: skip
