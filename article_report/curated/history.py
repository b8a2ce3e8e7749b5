"""The curated history: the timeline of events and the Moscow-format rounds.

Each loader validates every row and raises :class:`DataError` naming the file and row for a bad
date, an unknown source key, an unknown actor id or a value outside its vocabulary. What the loaders
return is what the book shows.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError

from .checks import check_keys, date_bounds, parse_date, split_keys
from .package import check_references, check_table


def load_timeline(path: Path | str, source_keys: set[str], actor_ids: set[str]) -> pd.DataFrame:
    """Read and validate ``timeline.csv``; dates are kept as ISO strings with their bounds added."""
    path = Path(path)
    records = []
    # The schema checks the id (a slug, once), the date's form, the precision, the category, verified, that the
    # event and its sources are given; here: the date is real and of its stated precision, the keys resolve.
    for row, r in check_table(path, "timeline"):
        parse_date(path, row, r["date"], "date", r["precision"])
        if r["end_date"] and date_bounds(r["end_date"])[1] < date_bounds(r["date"])[0]:
            raise DataError(path, f"end_date {r['end_date']} is before date {r['date']}", row)
        check_keys(path, row, "sources", split_keys(r["sources"]), source_keys, "source key")
        check_keys(path, row, "actors", split_keys(r["actors"]), actor_ids, "actor id")
        start, _ = date_bounds(r["date"])
        end = date_bounds(r["end_date"])[1] if r["end_date"] else date_bounds(r["date"])[1]
        records.append({**r, "start": start, "end": end, "row": row})
    return pd.DataFrame(records)


def load_moscow_format(path: Path | str, source_keys: set[str], actor_ids: set[str]) -> pd.DataFrame:
    """Read and validate ``moscow_format.csv`` (one row per meeting and participant)."""
    path = Path(path)
    records = []
    # The schema checks the round (a whole number), the dates' form, the status, the participant once a meeting
    # (label, date, participant) and that everything but the note is given.
    rows = check_table(path, "moscow_format")
    check_references(path, "moscow_format", rows, {"actors": actor_ids})
    for row, r in rows:
        parse_date(path, row, r["date"], "date")
        if r["end_date"]:
            parse_date(path, row, r["end_date"], "end_date")
        check_keys(path, row, "sources", split_keys(r["sources"]), source_keys, "source key")
        records.append({**r, "round": int(r["round"]), "row": row})
    return pd.DataFrame(records)
