"""The curated datasets of this book, each validated row by row and against the others."""

from __future__ import annotations

from pathlib import Path

from article_analysis import load_article
from article_analysis.actors.gazetteer import load_gazetteer
from article_analysis.errors import DataError

from .claims import load_claim_history, load_claim_sources, load_claims
from .history import load_moscow_format, load_timeline
from .origins import introduced_by_problems
from .package import check_table
from .provenance import copy_problems, load_chain, load_coverage, load_rewrite, load_second_reading, load_versions
from .sources import load_bibliography, load_sources


def load_project(root: Path | str) -> dict[str, object]:
    """The article and every curated dataset of a project (``data/`` and ``references.bib`` under
    ``root``), each validated against its schema in ``datapackage.json`` and against the others: source keys,
    actor ids, event ids, claim quotes, version ids and the edges between them, offsets into the article."""
    root = Path(root)
    data = root / "data"
    article = load_article(data / "article.txt", data / "article.yml")
    bibliography = load_bibliography(root / "references.bib")
    sources = load_sources(root / "references.bib", bibliography)
    keys = set(bibliography.entries)
    # The gazetteer and the topic lexicon are read by the analyzer's own loaders; the package's schema checks them
    # first, as it checks every other file.
    check_table(data / "actors.csv", "actors")
    check_table(data / "topics.csv", "topics")
    actors = load_gazetteer(data / "actors.csv")
    ids = {a.id for a in actors}
    timeline = load_timeline(data / "timeline.csv", keys, ids)
    moscow_format = load_moscow_format(data / "moscow_format.csv", keys, ids)
    claims = load_claims(data / "claims.csv", keys, set(timeline["id"]), article.text)
    claim_sources = load_claim_sources(data / "claim_sources.csv", claims)
    claim_history = load_claim_history(data / "claim_history.csv", claims)
    versions = load_versions(data / "versions.csv", keys)
    chain = load_chain(data / "chain.csv", versions, keys)
    rewrite = load_rewrite(data / "rewrite.csv", versions, keys, article.text)
    respin = load_rewrite(
        data / "respin.csv", versions, keys, article.text, sides=("Newsweek", "re-spin"), article_side="source_words"
    )
    coverage = load_coverage(data / "coverage.csv", versions, keys, article.text)
    read = {"versions": versions, "rewrite": rewrite, "respin": respin, "coverage": coverage}
    for table, row, problem in copy_problems(read):
        raise DataError(data / f"{table}.csv", problem, row)
    for row, problem in introduced_by_problems(claims, rewrite):
        raise DataError(data / "claims.csv", problem, row)
    second_reading = load_second_reading(data / "second_reading.csv", {**read, "chain": chain}, keys)
    return {
        "article": article,
        "bibliography": bibliography,
        "sources": sources,
        "actors": actors,
        "timeline": timeline,
        "moscow_format": moscow_format,
        "claims": claims,
        "claim_sources": claim_sources,
        "claim_history": claim_history,
        "versions": versions,
        "chain": chain,
        "rewrite": rewrite,
        "respin": respin,
        "coverage": coverage,
        "second_reading": second_reading,
    }
