"""How to cite the report: ``CITATION.cff`` (Citation File Format 1.2.0) is the one source; the landing page's
"Cite this report" block and the exports' author are read from it."""

from __future__ import annotations

from html import escape
from pathlib import Path

import yaml

from article_analysis.errors import DataError

from .paths import project_root


def citation_path() -> Path:
    return project_root() / "CITATION.cff"


def load_citation(path: Path | str | None = None) -> dict:
    """The citation metadata, as written (dates stay strings)."""
    path = Path(path) if path is not None else citation_path()
    try:
        # BaseLoader builds strings only: dates stay as written, as the CFF schema reads them.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(path, f"is not readable YAML ({exc})") from exc
    if not isinstance(data, dict) or not data.get("title") or not data.get("authors"):
        raise DataError(path, "has no title or no authors")
    return data


def authors(meta: dict) -> str:
    """The authors as a citation names them: entities by name, persons as "Family, Given"."""
    names = []
    for a in meta["authors"]:
        if "name" in a:
            names.append(a["name"])
        else:
            names.append(", ".join(p for p in (a.get("family-names", ""), a.get("given-names", "")) if p))
    return "; ".join(names)


def citation_text(meta: dict | None = None) -> str:
    """The report's citation in one line of plain text."""
    meta = meta or load_citation()
    parts = [f"{authors(meta)}.", f"{meta['title']}."]
    if meta.get("version"):
        parts.append(f"Version {meta['version']}.")
    if meta.get("date-released"):
        parts.append(f"Released {meta['date-released']}.")
    if meta.get("url"):
        parts.append(meta["url"])
    return " ".join(parts)


def citation_html() -> str:
    """The "Cite this report" block: the citation, what the licence covers, and the file's own message."""
    meta = load_citation()
    licence = meta.get("license", "")
    return (
        '<div class="aa-cite">'
        f'<p class="aa-cite-line">{escape(citation_text(meta))}</p>'
        f"<p>Licence of the code and the curated data: {escape(licence)}. The article's text is Newsweek's and the "
        "Associated Press's, kept only so that the analysis can be checked; cite it as theirs.</p>"
        f"<p>{escape(' '.join(meta.get('message', '').split()))} The metadata are in <code>CITATION.cff</code> "
        "(Citation File Format 1.2.0).</p>"
        "</div>"
    )


__all__ = ["authors", "citation_html", "citation_path", "citation_text", "load_citation"]
