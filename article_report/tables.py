"""Tables for the book's pages: plain tables, tables with links and badges, the data dictionaries."""

from __future__ import annotations

import hashlib
import re
from html import escape
from pathlib import Path

import pandas as pd
from IPython.display import HTML


def show_table(table: pd.DataFrame, truncate: dict[str, int] | None = None, caption: str = "") -> HTML:
    """A table for the page: no index column, long text cut to ``truncate[column]`` characters.

    Rendered with ``DataFrame.to_html`` (deterministic, unlike a Styler's random ids) and the
    ``aa-table`` class that the book's stylesheet gives compact, top-aligned cells.
    """
    shown = table.copy()
    for column, limit in (truncate or {}).items():
        shown[column] = shown[column].astype(str).map(lambda s, n=limit: shorten(s, n))
    shown = shown.rename(columns=lambda c: str(c).replace("_", " "))
    html = shown.to_html(index=False, classes=["aa-table"], border=0, na_rep="", escape=True)
    if caption:
        html = html.replace("<thead>", f"<caption>{escape(caption)}</caption>\n  <thead>", 1)
    return HTML(_wrap(html, caption))


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, marking the cut with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def _wrap(table_html: str, caption: str) -> str:
    label = escape(caption or "table", quote=True)
    # A scrolling region must be reachable by keyboard: focusable, and named for screen readers.
    return f'<div class="aa-table-wrap" tabindex="0" role="region" aria-label="{label}">{table_html}</div>'


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


VERDICT_BADGE = {  # background, text: contrast at least 4.5:1 (WCAG AA) in every pair
    "verified": ("#00704f", "#ffffff"),
    "imprecise": ("#f0e442", "#000000"),
    "outdated": ("#56b4e9", "#000000"),
    "contradicted": ("#a33f00", "#ffffff"),
    "unverified": ("#595959", "#ffffff"),
}


def verdict_badge(verdict: str) -> str:
    background, colour = VERDICT_BADGE[verdict]
    return (f'<span class="aa-verdict" style="background:{background};color:{colour};padding:0 0.4em;'
            f'border-radius:0.3em;white-space:nowrap">{escape(verdict)}</span>')  # fmt: skip


def html_table(rows: list[dict[str, str]], columns: list[str], caption: str, raw: tuple[str, ...] = (),
               row_id: str | None = None) -> HTML:  # fmt: skip
    """A table whose ``raw`` columns hold ready HTML (badges, links); every other cell is escaped.

    ``row_id`` names the column whose value becomes each row's anchor (``id="row-<value>"``), so
    other tables on the page can link to a row.
    """
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="col-{_slug(c)}">{row[c] if c in raw else escape(str(row[c]))}</td>' for c in columns
        )
        anchor = f' id="row-{escape(str(row[row_id]))}"' if row_id else ""
        body.append(f"<tr{anchor}>{cells}</tr>")
    table = (
        f'<table class="dataframe aa-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return HTML(_wrap(table, caption))


def _slug(column: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", column.lower()).strip("-")


def source_links(keys: str, page: str = "data_references.html") -> str:
    """BibTeX keys (";"-separated) as links to their rows in the bibliography table of the book."""
    parts = [k.strip() for k in keys.split(";") if k.strip()]
    return "; ".join(f'<a href="{page}#row-{escape(k)}">{escape(k)}</a>' for k in parts)


def references_table(bibliography) -> pd.DataFrame:
    """One row per BibTeX entry: key, who, title, date, outlet and address, for looking keys up."""
    rows = []
    for key, entry in bibliography.entries.items():
        fields = entry.fields
        people = entry.persons.get("author", [])
        who = "; ".join(str(p) for p in people) or fields.get("organization", "") or fields.get("journaltitle", "")
        rows.append({
            "key": key,
            "by": who.replace("{", "").replace("}", ""),
            "title": fields.get("title", "").replace("{", "").replace("}", "").replace("\\", ""),
            "date": fields.get("date", fields.get("year", "")),
            "outlet": (fields.get("organization", "") or fields.get("journaltitle", "") or fields.get("booktitle", ""))
            .replace("{", "").replace("}", "").replace("\\", ""),
            "url": fields.get("url", ""),
        })  # fmt: skip
    return pd.DataFrame(rows).sort_values("key", ignore_index=True)
