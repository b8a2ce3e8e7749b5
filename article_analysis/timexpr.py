"""Time expressions in a news article, resolved against its publication date to ISO 8601.

News copy dates things relative to the day it runs: "Wednesday" is the Wednesday of the week of
publication (or the one before), "last week" the calendar week before, "in August" the most recent
August. A generic date parser gets several of these wrong (it resolves a bare weekday forward, takes
"may" for a month, reads "5,000" as a year), so the rules here are explicit:

- weekdays and month names resolve to the most recent such day or month, on or before publication,
  unless the sentence speaks of the future ("will", "is due to", "next"), in which case to the next;
- weeks are ISO weeks (Monday to Sunday): "this week" is the publication's week, "earlier this week"
  its days before publication, "last week" the week before;
- "at the end of August" is the month's last third (21st to last day), "early"/"mid" the others;
- "since 2017" is an interval from 2017 to publication; "a 10-year war" is a duration, P10Y;
- a year alone counts only after a preposition ("in 2003", "since 2017") or inside a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .sentences import sentence_spans

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
               "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}  # fmt: skip
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}

_MONTH = "|".join(MONTHS)
_MON = "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PREP = r"(?:in|since|by|until|till|from|to|before|after|of|during|through|throughout|early|late|mid-?|around)"
_FUTURE = re.compile(
    r"\b(?:will|shall|is (?:due|set|scheduled|expected|planned|going) to|are (?:due|set|scheduled|expected|planned|"
    r"going) to|to be held|next|upcoming|coming)\b",
    re.IGNORECASE,
)
_NUMBER_WORD = "|".join(sorted(_NUMBERS, key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full_date", re.compile(
        rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH}|(?:{_MON})\.?)\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:,?\s+(?P<year>{_YEAR}))?\b")),
    ("day_month_year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b")),
    ("iso_date", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("part_of", re.compile(
        rf"\b(?:at|by|in|until|toward|towards|before|after)\s+the\s+(?P<part>end|beginning|start|middle)\s+of\s+"
        rf"(?P<what>(?:{_MONTH})(?:\s+{_YEAR})?|{_YEAR}|the\s+(?:month|year|week))\b", re.IGNORECASE)),
    ("part_month", re.compile(rf"\b(?P<part>early|mid|late)[-\s](?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?\b")),
    ("since", re.compile(rf"\bsince\s+(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b")),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b")),
    ("relative", re.compile(
        r"\b(?:(?P<mod>earlier|later|early|late|mid)[-\s]+)?(?P<rel>this|last|next|past)\s+"
        r"(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)),
    ("duration", re.compile(
        rf"\b(?P<n>\d+|{_NUMBER_WORD})[-\s](?P<unit>year|month|week|day|decade)s?(?:-long)?\b(?![-\s]old)",
        re.IGNORECASE)),
    ("year", re.compile(rf"\b{_PREP}\s+(?P<year>{_YEAR})\b(?![,.]?\d)", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY})(?:['’]s)?\b")),
    ("month", re.compile(rf"\b{_PREP}\s+(?P<month>{_MONTH})\b(?!\s+\d)")),
]  # fmt: skip


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str  # ISO 8601: 2021-10-20, 2021-10, 2021, 2021-10-18/2021-10-24, P10Y
    type: str  # date | interval | duration
    granularity: str  # day | week | month | year | interval | duration
    rule: str  # which pattern resolved it


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR[name]


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _interval(a: dt.date | str, b: dt.date | str) -> str:
    return f"{a}/{b}"


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _resolve_month(month: int, published: dt.date, future: bool) -> int:
    """The year of a month named without one: the latest on or before publication, or the next if future."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _part_of_month(part: str, year: int, month: int) -> str:
    last = _month_end(year, month)
    first, end = {"beginning": (1, 10), "start": (1, 10), "early": (1, 10), "middle": (11, 20), "mid": (11, 20),
                  "end": (21, last), "late": (21, last)}[part.lower()]  # fmt: skip
    return _interval(dt.date(year, month, first), dt.date(year, month, end))


def _resolve(kind: str, m: re.Match[str], published: dt.date, future: bool) -> tuple[str, str, str] | None:
    g = m.groupdict()
    if kind in ("full_date", "day_month_year"):
        month, day = _month_number(g["month"]), int(g["day"])
        year = int(g["year"]) if g.get("year") else _resolve_month(month, published, future)
        if not 1 <= day <= _month_end(year, month):
            return None
        return dt.date(year, month, day).isoformat(), "date", "day"
    if kind == "iso_date":
        try:
            return dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat(), "date", "day"
        except ValueError:
            return None
    if kind == "part_of":
        what = " ".join(g["what"].split())
        part = g["part"].lower()
        if re.fullmatch(_YEAR, what):
            year = int(what)
            span = {"end": (10, 12), "beginning": (1, 3), "start": (1, 3), "middle": (5, 8)}[part]
            return _interval(f"{year}-{span[0]:02d}", f"{year}-{span[1]:02d}"), "interval", "interval"
        if what.lower().startswith("the"):
            unit = what.split()[-1].lower()
            if unit == "month":
                return _part_of_month(part, published.year, published.month), "interval", "interval"
            if unit == "week":
                monday, sunday = _week(published)
                return _interval(monday, sunday), "interval", "week"
            return _interval(f"{published.year}-10", f"{published.year}-12"), "interval", "interval"
        words = what.split()
        month = _month_number(words[0])
        year = int(words[1]) if len(words) > 1 else _resolve_month(month, published, future)
        return _part_of_month(part, year, month), "interval", "interval"
    if kind == "part_month":
        month = _month_number(g["month"])
        year = int(g["year"]) if g.get("year") else _resolve_month(month, published, future)
        return _part_of_month(g["part"], year, month), "interval", "interval"
    if kind == "month_year":
        return f"{int(g['year']):04d}-{_month_number(g['month']):02d}", "date", "month"
    if kind == "relative":
        return _relative(g, published)
    if kind == "deictic":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
        return (published + dt.timedelta(days=offset)).isoformat(), "date", "day"
    if kind == "since":
        start = f"{g['year']}-{_month_number(g['month']):02d}" if g.get("month") else g["year"]
        return _interval(start, published), "interval", "interval"
    if kind == "duration":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBERS[n]
        unit = g["unit"].lower()
        count *= 10 if unit == "decade" else 1
        return f"P{count}{_UNITS[unit]}", "duration", "duration"
    if kind == "year":
        return g["year"], "date", "year"
    if kind == "weekday":
        target = WEEKDAYS.index(g["wd"])
        delta = (target - published.weekday()) % 7
        day = published + dt.timedelta(days=delta) if future else published - dt.timedelta(days=(-delta) % 7)
        return day.isoformat(), "date", "day"
    if kind == "month":
        month = _month_number(g["month"])
        return f"{_resolve_month(month, published, future)}-{month:02d}", "date", "month"
    return None


def _relative(g: dict[str, str], published: dt.date) -> tuple[str, str, str] | None:
    rel, unit, mod = g["rel"].lower(), g["unit"].lower(), (g.get("mod") or "").lower()
    if rel == "past":
        rel = "last"
    if unit == "week":
        shift = {"this": 0, "last": -7, "next": 7}[rel]
        monday, sunday = _week(published + dt.timedelta(days=shift))
        if mod == "earlier" and rel == "this":
            if published == monday:
                return None
            return _interval(monday, published - dt.timedelta(days=1)), "interval", "interval"
        if mod == "later" and rel == "this":
            return _interval(published + dt.timedelta(days=1), sunday), "interval", "interval"
        return _interval(monday, sunday), "interval", "week"
    if unit == "month":
        year, month = published.year, published.month + {"this": 0, "last": -1, "next": 1}[rel]
        year, month = (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        if mod == "earlier" and rel == "this":
            return _interval(dt.date(year, month, 1), published), "interval", "interval"
        if mod in ("early", "mid", "late"):
            return _part_of_month(mod, year, month), "interval", "interval"
        return f"{year}-{month:02d}", "date", "month"
    year = published.year + {"this": 0, "last": -1, "next": 1}[rel]
    if mod == "earlier" and rel == "this":
        return _interval(dt.date(year, 1, 1), published), "interval", "interval"
    if mod in ("early", "mid", "late"):
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[mod]
        return _interval(f"{year}-{first:02d}", f"{year}-{last:02d}"), "interval", "interval"
    return str(year), "date", "year"


def find_time_expressions(text: str, published: dt.date) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published``, in order, never overlapping."""
    sentences = sentence_spans(text) if text.strip() else []
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:  # earlier patterns are more specific and win overlaps
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if start < len(text) and text[start].isspace():
                start += len(text[start:end]) - len(text[start:end].lstrip())
            if start >= end or any(start < e and s < end for s, e in taken):
                continue
            sentence = next((text[s:e] for s, e in sentences if s <= start < e), "")
            future = bool(_FUTURE.search(sentence))
            resolved = _resolve(kind, m, published, future)
            if resolved is None:
                continue
            value, type_, granularity = resolved
            found.append(TimeExpression(start, end, text[start:end], value, type_, granularity, kind))
            taken.append((start, end))
    return sorted(found, key=lambda t: t.start)


def iso_week(value: str) -> str:
    """The ISO week ("2021-W41") of a week interval value, or ''."""
    parts = value.split("/")
    if len(parts) != 2 or len(parts[0]) != 10:
        return ""
    start = dt.date.fromisoformat(parts[0])
    end = dt.date.fromisoformat(parts[1]) if len(parts[1]) == 10 else None
    if start.weekday() != 0 or end is None or (end - start).days != 6:
        return ""
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"
