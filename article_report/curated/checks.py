"""Checks shared by the curated-data loaders: dates, keys, vocabularies; each names the file and row."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from article_analysis.errors import DataError

_ISO = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def split_keys(value: str) -> list[str]:
    return [part.strip() for part in str(value).split(";") if part.strip()]


def parse_date(path: Path, row: int, value: str, field: str, precision: str | None = None) -> str:
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


def check_keys(path: Path, row: int, field: str, keys: list[str], known: set[str], what: str) -> None:
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise DataError(path, f"unknown {what} in {field}: {', '.join(unknown)}", row)


def check_choice(path: Path, row: int, field: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise DataError(path, f"{field} {value!r} is not one of {', '.join(choices)}", row)


def check_unique(path: Path, row: int, value: str, seen: dict[str, int], what: str = "id") -> None:
    """Refuse a value seen on an earlier row; remember it otherwise."""
    if value in seen:
        raise DataError(path, f"duplicate {what} {value!r} (first on row {seen[value]})", row)
    seen[value] = row


def check_int(path: Path, row: int, field: str, value: str, allow_empty: bool = False) -> int | None:
    if allow_empty and value == "":
        return None
    if not re.fullmatch(r"\d+", value):
        raise DataError(path, f"{field} {value!r} is not a whole number", row)
    return int(value)
