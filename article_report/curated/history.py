"""The curated history datasets: timeline, Moscow-format rounds, claims, and the bibliography.

Each loader validates every row and raises :class:`DataError` naming the file and row for a bad
date, an unknown source key, an unknown actor id, a value outside its vocabulary, or a claim quote
that is not in the article exactly once. What the loaders return is what the book shows.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
from pybtex.database import BibliographyData, parse_string
from pybtex.scanner import PybtexError

from article_analysis.errors import DataError
from article_analysis.textio import decode_text, read_bytes, read_csv_rows

TIMELINE_CATEGORIES = (
    "soviet_war", "designation", "moscow_format", "extended_troika", "takeover_2021", "russian_statements",
    "military_exercises", "humanitarian_aid", "diplomacy", "since_publication",
)  # fmt: skip
STATUSES = ("host", "member", "guest", "observer", "invited", "not_invited", "declined", "absent", "unclear")
VERDICTS = ("verified", "imprecise", "contradicted", "outdated", "unverified")

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
CLAIM_COLUMNS = {
    "id": "claim id, c01, c02, ... in article order",
    "quote": "the words of the article that make the claim, an exact substring found once in data/article.txt",
    "claim": "the checkable proposition, in our words",
    "category": "number, date, designation, participants, attribution, title, event or law",
    "verdict": "one of: " + ", ".join(VERDICTS) + " (outdated: true at publication, no longer)",
    "sources": "BibTeX keys, ';'-separated (may be empty only when the verdict is unverified)",
    "note": "one line: why this verdict",
    "timeline": "ids of related events in timeline.csv, ';'-separated",
}
_ISO = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def split_keys(value: str) -> list[str]:
    return [part.strip() for part in str(value).split(";") if part.strip()]


def load_bibliography(path: Path | str) -> BibliographyData:
    """Parse ``references.bib``; a syntax error or a duplicate key is a :class:`DataError`."""
    path = Path(path)
    text = decode_text(read_bytes(path), path)
    try:
        return parse_string(text, "bibtex")
    except PybtexError as exc:
        raise DataError(path, f"is not valid BibTeX ({exc})") from exc


def _parse_date(path: Path, row: int, value: str, field: str, precision: str | None = None) -> str:
    """Check an ISO date of day, month or year precision; return its precision."""
    found = next((p for p, pattern in _ISO.items() if pattern.match(value)), None)
    if found is None:
        raise DataError(path, f"{field} {value!r} is not ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)", row)
    try:
        if found == "day":
            dt.date.fromisoformat(value)
        elif found == "month":
            dt.date.fromisoformat(value + "-01")
    except ValueError as exc:
        raise DataError(path, f"{field} {value!r} is not a real date", row) from exc
    if precision is not None and found != precision:
        raise DataError(path, f"{field} {value!r} does not have the stated precision {precision!r}", row)
    return found


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day a date of any precision covers."""
    if len(value) == 4:
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    day = dt.date.fromisoformat(value)
    return day, day


def _check_keys(path: Path, row: int, field: str, keys: list[str], known: set[str], what: str) -> None:
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise DataError(path, f"unknown {what} in {field}: {', '.join(unknown)}", row)


def _check_choice(path: Path, row: int, field: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise DataError(path, f"{field} {value!r} is not one of {', '.join(choices)}", row)


def load_timeline(path: Path | str, source_keys: set[str], actor_ids: set[str]) -> pd.DataFrame:
    """Read and validate ``timeline.csv``; dates are kept as ISO strings with their bounds added."""
    path = Path(path)
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, TIMELINE_COLUMNS):
        if not _ID.match(r["id"]):
            raise DataError(path, f"id {r['id']!r} is not a lower-case slug", row)
        if r["id"] in seen:
            raise DataError(path, f"duplicate id {r['id']!r} (first on row {seen[r['id']]})", row)
        seen[r["id"]] = row
        _check_choice(path, row, "precision", r["precision"], ("day", "month", "year"))
        _parse_date(path, row, r["date"], "date", r["precision"])
        if r["end_date"]:
            _parse_date(path, row, r["end_date"], "end_date")
            if date_bounds(r["end_date"])[1] < date_bounds(r["date"])[0]:
                raise DataError(path, f"end_date {r['end_date']} is before date {r['date']}", row)
        _check_choice(path, row, "category", r["category"], TIMELINE_CATEGORIES)
        _check_choice(path, row, "verified", r["verified"], ("yes", "no"))
        if not r["event"]:
            raise DataError(path, "empty event", row)
        sources = split_keys(r["sources"])
        if not sources:
            raise DataError(path, "no source: every event cites what was read", row)
        _check_keys(path, row, "sources", sources, source_keys, "source key")
        _check_keys(path, row, "actors", split_keys(r["actors"]), actor_ids, "actor id")
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
        _parse_date(path, row, r["date"], "date")
        if r["end_date"]:
            _parse_date(path, row, r["end_date"], "end_date")
        _check_choice(path, row, "status", r["status"], STATUSES)
        _check_keys(path, row, "participant", [r["participant"]], actor_ids, "actor id")
        sources = split_keys(r["sources"])
        if not sources:
            raise DataError(path, "no source", row)
        _check_keys(path, row, "sources", sources, source_keys, "source key")
        key = (r["label"], r["date"], r["participant"])
        if key in seen:
            raise DataError(path, f"participant {r['participant']!r} listed twice for this meeting "
                                  f"(first on row {seen[key]})", row)  # fmt: skip
        seen[key] = row
        records.append({**r, "round": int(r["round"]), "row": row})
    return pd.DataFrame(records)


def load_claims(path: Path | str, source_keys: set[str], timeline_ids: set[str], article_text: str) -> pd.DataFrame:
    """Read and validate ``claims.csv``; each claim gets the offsets of its quote in the article."""
    path = Path(path)
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, CLAIM_COLUMNS):
        if r["id"] in seen:
            raise DataError(path, f"duplicate id {r['id']!r} (first on row {seen[r['id']]})", row)
        seen[r["id"]] = row
        count = article_text.count(r["quote"]) if r["quote"] else 0
        if count != 1:
            where = "not found in" if count == 0 else f"found {count} times in"
            raise DataError(path, f"quote {r['quote'][:40]!r}… is {where} the article (it must occur once)", row)
        _check_choice(path, row, "verdict", r["verdict"], VERDICTS)
        sources = split_keys(r["sources"])
        if not sources and r["verdict"] != "unverified":
            raise DataError(path, f"verdict {r['verdict']!r} without a source", row)
        _check_keys(path, row, "sources", sources, source_keys, "source key")
        _check_keys(path, row, "timeline", split_keys(r["timeline"]), timeline_ids, "timeline id")
        start = article_text.index(r["quote"])
        records.append({**r, "start": start, "end": start + len(r["quote"]), "row": row})
    table = pd.DataFrame(records)
    return table.sort_values("start", ignore_index=True)


def keys_in_text(text: str) -> set[str]:
    """BibTeX keys cited with MyST roles ({cite:p}`a,b`) in a page's source."""
    keys = set()
    for group in re.findall(r"\{cite(?::\w+)?\}`([^`]+)`", text):
        keys.update(k.strip() for k in group.split(","))
    return keys
