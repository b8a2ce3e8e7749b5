"""A strict reader of the ISO 8601 values the analyzer writes, written for the tests (it shares no code with
the analyzer, so it cannot agree with a mistake there).

What it accepts (ISO 8601-1:2019, basic calendar forms with hyphens):

- a calendar date ``YYYY-MM-DD``, a month ``YYYY-MM`` or a year ``YYYY`` (years 0001 to 9999, four digits);
- a date and time ``YYYY-MM-DDThh:mm`` (hours 00-23, minutes 00-59);
- a week ``YYYY-Www`` (weeks 01 to the year's last ISO week);
- an interval ``start/end`` of two of the above, the start not after the end;
- a duration ``PnYnMnDTnHnMnS`` (components in that order, at least one, a decimal fraction on the last
  only) or ``PnW`` alone.

Anything else raises ``ValueError`` naming what is wrong.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2}):(?P<mi>\d{2}))?)?)?")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})")
_NUMBER = r"\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"P(?:(?P<weeks>{_NUMBER})W|(?:(?P<Y>{_NUMBER})Y)?(?:(?P<M>{_NUMBER})M)?(?:(?P<D>{_NUMBER})D)?"
    rf"(?:T(?:(?P<H>{_NUMBER})H)?(?:(?P<TM>{_NUMBER})M)?(?:(?P<S>{_NUMBER})S)?)?)"
)


def _instant(value: str) -> tuple[dt.datetime, dt.datetime]:
    """The first and last minute a date, month, year or date-time covers."""
    match = _DATE.fullmatch(value)
    if not match:
        raise ValueError(f"{value!r} is not a date YYYY[-MM[-DD[Thh:mm]]]")
    year = int(match["y"])
    if not 1 <= year <= 9999:
        raise ValueError(f"{value!r}: year {year} is outside 0001-9999")
    if match["m"] is None:
        return dt.datetime(year, 1, 1), dt.datetime(year, 12, 31, 23, 59)
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise ValueError(f"{value!r}: month {month} does not exist")
    last = calendar.monthrange(year, month)[1]
    if match["d"] is None:
        return dt.datetime(year, month, 1), dt.datetime(year, month, last, 23, 59)
    day = int(match["d"])
    if not 1 <= day <= last:
        raise ValueError(f"{value!r}: {year}-{month:02d} has no day {day}")
    if match["h"] is None:
        return dt.datetime(year, month, day), dt.datetime(year, month, day, 23, 59)
    hour, minute = int(match["h"]), int(match["mi"])
    if hour > 23 or minute > 59:
        raise ValueError(f"{value!r}: {hour:02d}:{minute:02d} is not a time of day")
    moment = dt.datetime(year, month, day, hour, minute)
    return moment, moment


def _duration(value: str) -> None:
    match = _DURATION.fullmatch(value)
    if not match or value in ("P", "PT") or value.endswith("T"):
        raise ValueError(f"{value!r} is not a duration PnYnMnDTnHnMnS or PnW")
    parts = [(name, match[name]) for name in ("weeks", "Y", "M", "D", "H", "TM", "S") if match[name] is not None]
    if not parts:
        raise ValueError(f"{value!r}: a duration needs at least one component")
    if any(re.search(r"[.,]", number) for _, number in parts[:-1]):
        raise ValueError(f"{value!r}: only the last component may have a decimal fraction")


def parse(value: str) -> str:
    """The kind of ISO 8601 value ``value`` is ("date", "week", "interval", "duration"); ValueError if it is
    none of them."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{value!r} is not a value")
    if value.startswith("P"):
        _duration(value)
        return "duration"
    if "/" in value:
        start, end = value.split("/", 1)
        first, _ = _instant(start)
        _, last = _instant(end)
        if first > last:
            raise ValueError(f"{value!r}: the interval ends before it starts")
        return "interval"
    week = _WEEK.fullmatch(value)
    if week:
        year, number = int(week["y"]), int(week["w"])
        weeks_in_year = dt.date(year, 12, 28).isocalendar()[1] if 1 <= year <= 9999 else 0
        if not 1 <= number <= weeks_in_year:
            raise ValueError(f"{value!r}: {year} has no ISO week {number}")
        return "week"
    _instant(value)
    return "date"
