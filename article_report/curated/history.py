"""The curated history: the timeline of events and the Moscow-format rounds.

Each loader validates every row and raises :class:`DataError` naming the file and row for a bad
date, an unknown source key, an unknown actor id or a value outside its vocabulary. What the loaders
return is what the book shows.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError
from article_analysis.textio import read_csv_rows

from ..vocab import STATUSES, TIMELINE_CATEGORIES
from .checks import ID_RE, check_choice, check_keys, date_bounds, parse_date, split_keys

TIMELINE_COLUMNS = {
    "id": "unique slug of the event",
    "date": "ISO 8601 date of the event: YYYY-MM-DD, YYYY-MM or YYYY",
    "precision": "day, month or year: how precisely the sources date it (must match the date's form)",
    "end_date": "last day of a multi-day event (ISO 8601), or empty",
    "event": "what happened, in one sentence",
    "category": "one of: " + ", ".join(TIMELINE_CATEGORIES),
    "actors": "actor ids from data/actors.csv, ';'-separated",
    "sources": "BibTeX keys in references.bib, ';'-separated; at least one",
    "verified": "yes if the sources read confirm it, no if unverified (the note says why)",
    "note": "choices, conflicts between sources, and what could not be verified",
}
MOSCOW_FORMAT_COLUMNS = {
    "round": "number of the Moscow-format round (1, 2, ...); 0 for precursors and other meetings shown for context",
    "label": "human label of the meeting",
    "date": "ISO 8601 date (first day)",
    "end_date": "last day, or empty",
    "place": "where it was held",
    "participant": "actor id from data/actors.csv",
    "status": "one of: " + ", ".join(STATUSES),
    "delegation": "who attended or at what level, as reported; 'not reported' otherwise",
    "sources": "BibTeX keys, ';'-separated",
    "note": "free text",
}


def load_timeline(path: Path | str, source_keys: set[str], actor_ids: set[str]) -> pd.DataFrame:
    """Read and validate ``timeline.csv``; dates are kept as ISO strings with their bounds added."""
    path = Path(path)
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, TIMELINE_COLUMNS):
        if not ID_RE.match(r["id"]):
            raise DataError(path, f"id {r['id']!r} is not a lower-case slug", row)
        if r["id"] in seen:
            raise DataError(path, f"duplicate id {r['id']!r} (first on row {seen[r['id']]})", row)
        seen[r["id"]] = row
        check_choice(path, row, "precision", r["precision"], ("day", "month", "year"))
        parse_date(path, row, r["date"], "date", r["precision"])
        if r["end_date"]:
            parse_date(path, row, r["end_date"], "end_date")
            if date_bounds(r["end_date"])[1] < date_bounds(r["date"])[0]:
                raise DataError(path, f"end_date {r['end_date']} is before date {r['date']}", row)
        check_choice(path, row, "category", r["category"], TIMELINE_CATEGORIES)
        check_choice(path, row, "verified", r["verified"], ("yes", "no"))
        if not r["event"]:
            raise DataError(path, "empty event", row)
        sources = split_keys(r["sources"])
        if not sources:
            raise DataError(path, "no source: every event cites what was read", row)
        check_keys(path, row, "sources", sources, source_keys, "source key")
        check_keys(path, row, "actors", split_keys(r["actors"]), actor_ids, "actor id")
        start, _ = date_bounds(r["date"])
        end = date_bounds(r["end_date"])[1] if r["end_date"] else date_bounds(r["date"])[1]
        records.append({**r, "start": start, "end": end, "row": row})
    return pd.DataFrame(records)


def load_moscow_format(path: Path | str, source_keys: set[str], actor_ids: set[str]) -> pd.DataFrame:
    """Read and validate ``moscow_format.csv`` (one row per meeting and participant)."""
    path = Path(path)
    seen: dict[tuple[str, str, str], int] = {}
    records = []
    for row, r in read_csv_rows(path, MOSCOW_FORMAT_COLUMNS):
        if not r["round"].isdigit():
            raise DataError(path, f"round {r['round']!r} is not a whole number", row)
        parse_date(path, row, r["date"], "date")
        if r["end_date"]:
            parse_date(path, row, r["end_date"], "end_date")
        check_choice(path, row, "status", r["status"], STATUSES)
        check_keys(path, row, "participant", [r["participant"]], actor_ids, "actor id")
        sources = split_keys(r["sources"])
        if not sources:
            raise DataError(path, "no source", row)
        check_keys(path, row, "sources", sources, source_keys, "source key")
        key = (r["label"], r["date"], r["participant"])
        if key in seen:
            raise DataError(
                path, f"participant {r['participant']!r} listed twice for this meeting (first on row {seen[key]})", row
            )
        seen[key] = row
        records.append({**r, "round": int(r["round"]), "row": row})
    return pd.DataFrame(records)
