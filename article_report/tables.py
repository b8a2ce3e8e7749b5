"""HTML tables for the book's pages: escaped cells, reader-facing column names, badges and links.

Every function returns an HTML string, so the notebooks (through :func:`show`) and the Sphinx
directives render tables the same way. Cells are escaped unless a column is declared ``raw`` (ready
HTML built here: badges, links). Output is deterministic: no random ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

import pandas as pd

from .vocab import SIGNIFICANCE, VERDICT_COLOURS

SOURCES_PAGE = "data_sources.html"


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, marking the cut with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def snippet(text: str, start: int, end: int, before: int = 60, after: int = 40) -> str:
    """``text[start:end]`` with about ``before`` and ``after`` characters around it, cut only between
    words and never across a paragraph break; "…" marks each cut."""
    left = max(0, start - before)
    right = min(len(text), end + after)
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    left, right = max(left, paragraph_start), min(right, paragraph_end)
    if left > paragraph_start and text[left - 1] != " ":  # inside a word: on to the start of the next
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else start
    if right < paragraph_end and text[right] != " ":  # inside a word: back to the end of the previous
        space = text.rfind(" ", end, right)
        right = space if space != -1 else end
    return ("…" if left > paragraph_start else "") + text[left:right] + ("…" if right < paragraph_end else "")


def readable_time(value: str) -> str:
    """An ISO 8601 date or date-time as a reader writes it: "20 Oct 2021", "Oct 2021",
    "20 Oct 2021, 21:55 (UTC+09:00)"."""
    import datetime as dt

    value = str(value)
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{dt.date.fromisoformat(value + '-01'):%b %Y}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"{dt.date.fromisoformat(value):%-d %b %Y}"
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    offset = moment.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{moment:%-d %b %Y, %H:%M}{zone}"


def iso_reading(value: str) -> str:
    """An ISO 8601 value of the time analysis in words: a day, week, month, quarter, year or duration
    ("2021-W41" → "week of 11 Oct 2021", "P10Y" → "10 years", "2021-Q3" → "Jul–Sep 2021")."""
    import datetime as dt

    value = str(value)
    if "/" in value:  # an interval: "11–17 Oct 2021", "2017 – 20 Oct 2021"
        first, last = value.split("/", 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", first) and first[:7] == last[:7]:
            return f"{int(first[8:])}–{readable_time(last)}"
        return f"{iso_reading(first)} – {iso_reading(last)}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return f"week of {monday:%-d %b %Y}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = (int(m[2]) - 1) * 3 + 1
        return f"{dt.date(2000, first, 1):%b}–{dt.date(2000, first + 2, 1):%b} {m[1]}"
    if m := re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?", value):
        units = ("year", "month", "week", "day", "hour", "minute")
        parts = [f"{n} {unit}{'s' if n != '1' else ''}" for n, unit in zip(m.groups(), units, strict=True) if n]
        if parts:
            return ", ".join(parts)
    try:
        return readable_time(value)
    except ValueError:
        return value


#: File names a curator's note may carry, as readers call what they hold.
_FILE_WORDS = {
    "data/article.yml": "the article's record",
    "data/article.txt": "the article's text",
}


def plain_words(text: str) -> str:
    """A curated note in readers' words: ISO dates and times as readers write them ("20 Oct 2021"),
    the data files it names as what they hold."""
    for name, words in _FILE_WORDS.items():
        text = text.replace(name, words)
    text = re.sub(r"\bdata/(\w+)\.(?:csv|yml)\b", lambda m: f"the {m[1].replace('_', ' ')} data", text)
    stamp = r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?"
    return re.sub(rf"\b{stamp}", lambda m: readable_time(m[0]), text)


def readable_note(note: str, labels: dict[str, str]) -> str:
    """A curator's note for readers: without the leading sentence numbers ("s10: ") and with the texts'
    ids ("ap-v2a") replaced by their names ("AP version 2a")."""
    note = re.sub(r"^\(?s\d+(?:\s*[-–]\s*s?\d+)?\)?:\s*", "", str(note))
    for key in sorted(labels, key=len, reverse=True):
        note = re.sub(rf"(?<![\w-]){re.escape(key)}(?![\w-])", labels[key], note)
    note = plain_words(note)
    return note[:1].upper() + note[1:]


def changes_text(codes: Iterable[str], labels: dict[str, str]) -> str:
    """Change codes as words joined by "+" (a comma would read as one change)."""
    return " + ".join(labels[c] for c in codes)


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def wrap(table_html: str, label: str, wide: bool = False) -> str:
    """A scrolling region around a table: focusable and named (axe: scrollable-region-focusable), with
    a class that shows a fade at the edge when it scrolls."""
    name = escape(label or "table", quote=True)
    classes = "aa-table-wrap aa-wide" if wide else "aa-table-wrap"
    return f'<div class="{classes}" tabindex="0" role="region" aria-label="{name}">{table_html}</div>'


def table_html(
    rows: Iterable[dict[str, object]],
    columns: dict[str, str],
    caption: str,
    raw: Iterable[str] = (),
    row_id: str | None = None,
    id_prefix: str = "row-",
    wide: bool = False,
) -> str:
    """A table from rows of values. ``columns`` maps each key to its reader-facing heading; values in
    ``raw`` columns are ready HTML, every other value is escaped. ``row_id`` names the column whose
    value becomes each row's anchor (``id="<id_prefix><value>"``) so other pages can link to a row."""
    raw = set(raw)
    head = "".join(f'<th scope="col" class="col-{slug(k)}">{escape(v)}</th>' for k, v in columns.items())
    body = []
    for row in rows:
        cells = []
        for key in columns:
            value = row.get(key, "")
            value = "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
            label = escape(columns[key], quote=True)
            cells.append(
                f'<td class="col-{slug(key)}" data-label="{label}">{value if key in raw else escape(str(value))}</td>'
            )
        anchor = f' id="{escape(id_prefix + slug(row[row_id]), quote=True)}"' if row_id else ""
        body.append(f"<tr{anchor}>{''.join(cells)}</tr>")
    table = (
        f'<table class="aa-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return wrap(table, caption, wide)


def frame_html(
    frame: pd.DataFrame,
    columns: dict[str, str],
    caption: str,
    truncate: dict[str, int] | None = None,
    raw: Iterable[str] = (),
    wide: bool = False,
) -> str:
    """A DataFrame as a table: only ``columns`` (in that order, with those headings), long text cut."""
    records = []
    for record in frame[list(columns)].to_dict("records"):
        for key, limit in (truncate or {}).items():
            record[key] = shorten(str(record[key]), limit)
        records.append(record)
    return table_html(records, columns, caption, raw=raw, wide=wide)


def badge(verdict: str) -> str:
    """A verdict as a coloured badge (colours from :data:`article_report.vocab.VERDICT_COLOURS`)."""
    background, colour = VERDICT_COLOURS[verdict]
    return f'<span class="aa-badge" style="background:{background};color:{colour}">{escape(verdict)}</span>'


def significance_mark(significance: str) -> str:
    """Significance as text with a weight: minor plain, substantive and misleading emphasised."""
    if not significance:
        return ""
    if significance not in SIGNIFICANCE:
        raise ValueError(f"unknown significance {significance!r}")
    return f'<span class="aa-significance aa-{escape(significance)}">{escape(significance)}</span>'


def source_links(keys: Iterable[str] | str, page: str = SOURCES_PAGE) -> str:
    """Source keys as links to their rows on the sources page; the key is the label, as in the prose."""
    if isinstance(keys, str):
        keys = [k.strip() for k in keys.split(";") if k.strip()]
    return "; ".join(f'<a href="{page}#src-{escape(slug(k))}">{escape(k)}</a>' for k in keys)


def fold(html: str, summary: str) -> str:
    """A reference table folded away under a line that says what it holds: the chapter reads on without
    it, and one tap opens it in place (readers who want every row have the data pages)."""
    return f'<details class="aa-fold"><summary>{escape(summary)}</summary>{html}</details>'


def show(html: str):
    """Display an HTML string in a notebook (the output nbval compares, byte for byte)."""
    from IPython.display import HTML

    return HTML(html)
