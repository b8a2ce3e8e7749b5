"""Time expressions in a news article, resolved against its publication date to ISO 8601.

News copy dates things relative to the day it runs. A generic date parser gets several of these wrong
(it resolves a bare weekday forward, takes "may" for a month, reads "5,000" as a year), so the rules
here are explicit:

- weekdays, dates without a year and month names resolve to the most recent one on or before
  publication, unless the clause speaks of the future (see :mod:`.tense`: "would begin Friday",
  "the trial begins Monday", "by the end of January", "until March"), in which case to the next; so does
  a weekday that dates an event the sentence looks forward to ("named in the squad for the final on
  Tuesday", "ahead of Saturday's match"), whatever the tense of the clause;
- weeks are ISO weeks (Monday to Sunday): "this week" is the publication's week, "earlier this week"
  its days before publication, "last week" the week before; "last weekend" the Saturday and Sunday
  before publication; "the past two weeks" (or "the last fortnight") is the window of fourteen days that
  ends at publication, 2021-10-06/2021-10-20, and "the next three days" the window that starts there;
- parts of a month or a year are thirds: "early March" is the 1st to the 10th, "mid-2019" May to
  August, "the end of the year" September to December; quarters and seasons are their months
  (seasons of the northern hemisphere);
- "since 2017" is an interval from 2017 to publication; "two years ago" is a date; "for 10 years" a
  duration, P10Y, but "a 10-year war" none (a count hyphenated to its unit before a noun says what kind of
  war, not when); "January 23 to January 27", "from 2015 until 2019" and "between 1998 and 2003" are one
  interval each; a clock time joined to a day is a date-time ("noon Tuesday" -> 2021-10-26T12:00), and one
  on its own ("from 6am") is on the day named before it;
- a year alone counts after a preposition ("in 2003"), inside a date, or as a bare four-digit number
  in the years 1900-2099 that is not a count ("2000 people", "a 2000-year-old coin") or a number ("2,019").

Every value is ISO 8601: a date, a date-time, a reduced-precision date (2021-10, 2021), an interval
(2021-10-18/2021-10-24) or a duration (P10Y). Years are written with four digits, 0001 to 9999; an
expression that would resolve outside that range ("99999999 days ago", "10000 years later", or "next
year" in a text dated 9999) is skipped rather than written as a value no parser reads.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass

from ..document import Document
from .tense import direction_at
from .wordlists import (
    COUNT_NOUNS,
    FIXED_HOLIDAYS,
    HYPHENATED_MEASURES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    UPCOMING_EVENTS,
    WEEKDAY_HOLIDAYS,
    WEEKDAY_NAME_FOLLOWERS,
    WEEKDAYS,
)

_MONTH = "|".join(MONTHS)
_MON = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19\d\d|20\d\d)"
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_SEASON = "|".join(SEASONS)
_CLOCK = r"(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "hour": "H", "minute": "M", "second": "S"}
_UNIT = r"(?:year|month|week|day|decade|hour|minute|second)"
# A count: digits (with thousands separators, a decimal part or "1/2") or a number word ("two and a half").
_AMOUNT = (
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\s+1/2|\.\d+)?"
    rf"|(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?:\s+and\s+a\s+half)?)"
)
# A day number after a month makes it a date ("March 3"), unless it is a count ("March 40 percent").
_DAY_AFTER = r"\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|points))"
_HOLIDAY = "|".join(re.escape(h) for h in sorted([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS], key=len, reverse=True))
# A bare month name counts after these words (or a preceding month: "in January and February").
_MONTH_BEFORE = r"(?:in|since|by|until|till|from|to|through|before|after|of|during|throughout|early|late|mid-?|" \
                r"around|last|next|this|between|and|or|on|come)"  # fmt: skip

#: Days from publication of each word that names a day relative to it.
_DAY_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "5pm tomorrow", "today at 2pm": one date-time on the day the word names, not a clock on another day.
    ("clock_deictic", re.compile(
        rf"\b(?P<clock>{_CLOCK})\s+(?P<word>yesterday|today|tomorrow|tonight|last\s+night)\b"
        rf"|\b(?P<word2>yesterday|today|tomorrow|tonight|last\s+night)\s+at\s+(?P<clock2>{_CLOCK})", re.IGNORECASE)),
    # "7:05 p.m. on Sept. 8", "6 p.m. Sept. 24" (AP style writes the clock, then the date, with no "on"), "3pm on 30
    # October", "7 a.m. Sunday, Oct. 17": one date-time, before the clock and the weekday alone can take its words.
    ("clock_date", re.compile(
        rf"\b(?P<clock>{_CLOCK})(?:\s+(?:Eastern|Central|Pacific|Mountain|local)(?:\s+time)?|\s+[ECMP][SD]?T|\s+GMT|"
        rf"\s+UTC)?\s+(?:on\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:(?P<month>{_MONTH}|(?:{_MON})\.?)\s+(?P<day>\d{{1,2}})\b"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\b)"
        rf"(?:,?\s+(?P<year>{_YEAR})\b)?")),
    ("clock_day", re.compile(
        rf"\b(?P<clock>{_CLOCK})\s+(?:on\s+)?(?P<wd>{_WEEKDAY})\b|\b(?P<wd2>{_WEEKDAY})\s+at\s+(?P<clock2>{_CLOCK})",
        re.IGNORECASE)),
    ("week_of", re.compile(
        rf"\bthe\s+week\s+of\s+(?P<month>{_MONTH}|(?:{_MON})\.?)\s+(?P<day>\d{{1,2}})\b(?:,?\s+(?P<year>{_YEAR}))?")),
    ("full_date", re.compile(
        rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH}|(?:{_MON})\.?)\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?!\s*(?:%|percent|points|,\d))(?:,?\s+(?P<year>{_YEAR})\b)?")),
    ("day_month_year", re.compile(
        rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?\b")),  # "Tuesday, 12 April": British order, the weekday one with it
    ("iso_date", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("holiday", re.compile(rf"\b(?P<name>{_HOLIDAY})(?:['’]s)?(?:\s+(?P<year>{_YEAR}))?\b")),
    ("quarter", re.compile(
        rf"\b(?:the\s+)?(?P<q>{_ORDINAL}|final|last)\s+quarter(?:\s+of\s+(?P<year>{_YEAR}))?\b|"
        rf"\bQ(?P<qn>[1-4])\s+(?P<year2>{_YEAR})\b", re.IGNORECASE)),
    ("half", re.compile(
        rf"\bthe\s+(?P<h>first|second)\s+half\s+of\s+(?:(?P<year>{_YEAR})|(?P<rel>the|this|next|last)\s+year)\b",
        re.IGNORECASE)),
    ("part_of", re.compile(
        rf"\b(?:the\s+)?(?P<part>end|beginning|start|middle|close|turn)\s+of\s+"
        rf"(?P<what>(?:{_MONTH})(?:,?\s+{_YEAR})?|{_YEAR}|(?:the|this|next|last)\s+(?:month|year|week|decade))\b",
        re.IGNORECASE)),
    ("season", re.compile(
        rf"\b(?:(?P<rel>this|last|next|past|coming)\s+(?P<s1>{_SEASON})\b|(?:the\s+)?(?P<s2>{_SEASON})\s+of\s+"
        rf"(?P<y2>{_YEAR})\b|(?P<s3>{_SEASON})\s+(?P<y3>{_YEAR})\b|\b(?:in|during|by|until|through|over)\s+"
        rf"(?P<span>the\s+(?P<s4>{_SEASON}))\b(?!\s+of\s+\d))", re.IGNORECASE)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?P<dec>(?:19|20)\d0)['’]?s\b")),
    ("part_year", re.compile(rf"\b(?P<part>early|mid|late)[-\s](?P<year>{_YEAR})\b", re.IGNORECASE)),
    ("part_month", re.compile(rf"\b(?P<part>early|mid|late)[-\s](?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?\b")),
    ("since", re.compile(rf"\bsince\s+(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b")),
    # "the October-December quarter", "July–September": a range of months, one interval.
    ("month_range", re.compile(
        rf"\b(?P<m1>{_MONTH})\s*[-–—]\s*(?P<m2>{_MONTH})\b(?:,?\s+(?P<year>{_YEAR})\b)?(?!{_DAY_AFTER})")),
    # "May last year", "March next year": the month in the year the word names, one expression.
    ("month_rel_year", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<rel>last|next|this)\s+year\b")),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH})(?:,|\s+of)?\s+(?P<year>{_YEAR})\b")),
    ("month_of", re.compile(rf"\bthe\s+month\s+of\s+(?P<month>{_MONTH})\b")),
    # "Fifty years ago this month": the month that many years before the month of publication ("this week": the
    # week).
    ("ago", re.compile(rf"\b(?P<n>{_AMOUNT})\s+(?P<unit>{_UNIT})s?\s+ago\b(?:\s+this\s+(?P<this>month|week)\b)?",
                       re.IGNORECASE)),
    ("anchored", re.compile(
        # "ten days later than normal" compares two dates: a span of ten days, no date counted from another.
        rf"\b(?P<n>{_AMOUNT})\s+(?P<unit>year|month|week|day)s?\s+(?P<dir>later|earlier)\b(?!\s+than\b)",
        re.IGNORECASE)),
    ("rolling", re.compile(
        rf"\bthe\s+(?P<rel>past|last|previous|next|coming)\s+(?:(?P<n>{_AMOUNT})\s+)?(?P<unit>year|month|week|"
        rf"fortnight|day|decade|hour)s?\b", re.IGNORECASE)),
    ("weekend", re.compile(r"\b(?:(?P<rel>this|last|next|past)|the)\s+weekend\b", re.IGNORECASE)),
    ("relative", re.compile(
        r"\b(?:(?P<mod>earlier|later|early|late|mid)[-\s]+)?(?P<rel>this|last|next|past)\s+"
        r"(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("day_part", re.compile(r"\bthis\s+(?P<part>morning|afternoon|evening)\b", re.IGNORECASE)),
    # "last night" is the evening before the day of publication (the day before, as a date).
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last\s+night)\b", re.IGNORECASE)),
    ("duration", re.compile(
        rf"\b(?P<n>{_AMOUNT}|a|an)[-\s](?P<unit>{_UNIT})s?(?P<long>-long)?\b(?![-\s]old)", re.IGNORECASE)),
    # "6am", "11pm", "7.30pm": British, Australian and African style writes the clock without full stops.
    ("clock", re.compile(r"\b(?:about\s+|around\s+|at\s+|after\s+|before\s+)?(?P<span>(?P<clock>"
                         r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight))", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\w$#/.,-])(?P<year>{_YEAR})\b(?![,.]?\d|-\d|%|['’]s\b)")),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY})(?P<poss>['’]s)?\b")),
    ("month", re.compile(rf"\b{_MONTH_BEFORE}\s+(?P<span>(?P<month>{_MONTH}))\b(?!{_DAY_AFTER})", re.IGNORECASE)),
]  # fmt: skip
_HYPHENATED_MEASURE = re.compile(rf"-(?:{'|'.join(HYPHENATED_MEASURES)})s?\b", re.IGNORECASE)
# Lower-case words of the month pattern must still be capitalised months: "may" is a modal, "march" a verb.
_CAPITALISED_MONTH = re.compile(rf"^(?:{_MONTH})$")


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str  # ISO 8601: 2021-10-20, 2021-10-26T12:00, 2021-10, 2021, 2021-10-18/2021-10-24, P10Y
    type: str  # date | interval | duration
    granularity: str  # time | day | week | month | quarter | season | year | decade | interval | duration
    rule: str  # which pattern resolved it


def _month_number(name: str) -> int:
    name = name.rstrip(".").capitalize()
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS[name]


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _interval(a: dt.date | str, b: dt.date | str) -> str:
    return f"{a}/{b}"


def _year(year: int) -> str:
    """A calendar year as ISO 8601 writes it (four digits); a year outside 1-9999 is out of range."""
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is outside 0001-9999")
    return f"{year:04d}"


def _near_years(published: dt.date) -> list[int]:
    """The year before publication, its year and the year after, as far as the calendar goes."""
    return [y for y in (published.year - 1, published.year, published.year + 1) if 1 <= y <= 9999]


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# When the clause's tense points one way, an occurrence the other way counts as this many times further.
_AGAINST_TENSE = 6


def _nearest_year(month: int, day: int, published: dt.date, tense: str) -> int:
    """The year of a day or month named without one ("June 8", "in June").

    The occurrence nearest to publication wins, an occurrence against the clause's tense counting six
    times its distance (set on the snippet tables: three let "prices rose in January", written in October,
    be next January): "talks could resume in June" (October) is next June, "prices rose in September"
    this September, "the May 10 budget date" (March) the coming May.
    """
    best: tuple[float, int] | None = None
    for year in _near_years(published):
        target = dt.date(year, month, min(day, _month_end(year, month)))
        distance = float(abs((target - published).days))
        if (tense == "future" and target < published) or (tense == "past" and target > published):
            distance *= _AGAINST_TENSE
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else published.year


def _month_year(month: int, published: dt.date, tense: str) -> int:
    """A month without a year: the current month is this year's; otherwise the nearest, as above."""
    if month == published.month:
        return published.year
    return _nearest_year(month, 15, published, tense)


_THIRDS_OF_MONTH = {"beginning": "early", "start": "early", "early": "early", "middle": "mid", "mid": "mid",
                    "end": "late", "close": "late", "late": "late", "turn": "late"}  # fmt: skip
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}  # Monday = 0


def _part_of_month(part: str, year: int, month: int) -> str:
    last = _month_end(year, month)
    first, end = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[_THIRDS_OF_MONTH[part.lower()]]
    return _interval(dt.date(year, month, first), dt.date(year, month, end))


def _part_of_year(part: str, year: int) -> str:
    first, last = _YEAR_THIRDS[_THIRDS_OF_MONTH[part.lower()]]
    return _interval(f"{_year(year)}-{first:02d}", f"{_year(year)}-{last:02d}")


def _weekday(target: int, published: dt.date, future: bool) -> dt.date:
    delta = (target - published.weekday()) % 7
    return published + dt.timedelta(days=delta) if future else published - dt.timedelta(days=(-delta) % 7)


def _clock(value: str) -> str:
    value = value.lower().replace(" ", "")
    if value == "noon":
        return "12:00"
    if value == "midnight":
        return "00:00"
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?(a\.m\.|p\.m\.|am|pm)", value)
    if int(m.group(1)) > 12 or int(m.group(2) or 0) > 59:
        raise ValueError(f"{value} is not a time on a 12-hour clock")  # "15:75 p.m."
    hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
    if m.group(3).startswith("p"):
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _amount(n: str) -> tuple[int, str]:
    """A count and the digits of its fraction: "6 1/2" -> (6, "5"), "two and a half" -> (2, "5"), "30.25" ->
    (30, "25"), "5,000" -> (5000, ""), "a" -> (1, "")."""
    n = " ".join(n.lower().split()).replace(",", "")
    if n.endswith(("1/2", "and a half")):
        head, fraction = re.sub(r"(?:\s+1/2|\s+and\s+a\s+half)$", "", n), "5"
    else:
        head, _, fraction = n.partition(".")
        fraction = fraction.rstrip("0")
    return (int(head) if head.isdigit() else NUMBER_WORDS[head]), fraction


# A half of each unit, in the next smaller one: ISO 8601 writes "six and a half years" P6Y6M.
_HALVES = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


def _duration(count: int, fraction: str, unit: str) -> str:
    """An ISO 8601 duration: P10Y, P6Y6M, P17DT12H, PT36H, PT25M, PT30M30S, PT1.75H."""
    if unit == "week" and fraction == "5":
        count, fraction, unit = count * 7 + 3, "5", "day"  # weeks do not mix with other units: in days
    if unit == "decade":
        years = count * 10 + (int(fraction.ljust(1, "0")[0]) if fraction else 0)
        count, fraction, unit = years, fraction[1:], "year"
    time = "T" if unit in ("hour", "minute", "second") else ""
    if fraction == "5" and unit in _HALVES:
        return f"P{time}{count}{_UNITS[unit]}{_HALVES[unit]}"
    number = f"{count}.{fraction}" if fraction else f"{count}"  # a decimal fraction on the last component
    return f"P{time}{number}{_UNITS[unit]}"


def _shift(day: dt.date, count: int, unit: str, sign: int) -> tuple[str, str]:
    """``day`` moved by ``count`` units (sign -1 back, +1 forward): value and granularity."""
    if unit in ("year", "decade"):
        return _year(day.year + sign * count * (10 if unit == "decade" else 1)), "year"
    if unit == "month":
        year, month = _shift_months(day.year, day.month, sign * count)
        return f"{_year(year)}-{month:02d}", "month"
    days = count * (7 if unit == "week" else 1) if unit in ("week", "day") else 0
    if unit == "hour":
        days = count // 24
    return (day + dt.timedelta(days=sign * days)).isoformat(), "day"


def _counted(day: dt.date, count: int, fraction: str, unit: str, sign: int) -> dt.date:
    """The day ``count`` units (and a fraction) before (sign -1) or after (+1) ``day``; a part of a day counts as
    a whole one ("the past 24 hours" reaches back to yesterday)."""
    if unit in ("year", "decade", "month"):
        months = count * {"year": 12, "decade": 120, "month": 1}[unit] + (
            6 if fraction == "5" and unit == "year" else 0
        )
        year, month = _shift_months(day.year, day.month, sign * months)
        _year(year)  # out of the calendar: raises
        return dt.date(year, month, min(day.day, _month_end(year, month)))
    hours = {"fortnight": 336, "week": 168, "day": 24, "hour": 1}[unit] * (count + (0.5 if fraction == "5" else 0))
    return day + dt.timedelta(days=sign * max(1, math.ceil(hours / 24)))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _month_end(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    month, weekday, n = WEEKDAY_HOLIDAYS[name]
    return _nth_weekday(year, month, weekday, n)


def _resolve(
    kind: str, m: re.Match[str], published: dt.date, tense: str, anchor: dt.date
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    future = tense == "future"
    if kind == "clock_day":
        wd, clock = (g["wd"], g["clock"]) if g.get("wd") else (g["wd2"], g["clock2"])
        target = WEEKDAYS.index(wd.capitalize())
        day = _weekday(target, published, future or tense == "present")
        return f"{day.isoformat()}T{_clock(clock)}", "date", "time"
    if kind in ("full_date", "day_month_year", "clock_date", "week_of"):
        month, day = _month_number(g["month"] or g.get("month2")), int(g["day"] or g.get("day2"))
        year = int(g["year"]) if g.get("year") else _nearest_year(month, day, published, tense)
        if not 1 <= day <= _month_end(year, month):
            return None
        date = dt.date(year, month, day)
        if kind == "clock_date":
            return f"{date.isoformat()}T{_clock(g['clock'])}", "date", "time"
        if kind == "week_of":
            monday, sunday = _week(date)
            return _interval(monday, sunday), "interval", "week"
        return date.isoformat(), "date", "day"
    if kind == "iso_date":
        try:
            return dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat(), "date", "day"
        except ValueError:
            return None
    if kind == "holiday":
        name = g["name"]
        if g.get("year"):
            return _holiday(name, int(g["year"])).isoformat(), "date", "day"
        days = {y: _holiday(name, y) for y in _near_years(published)}
        year = min(
            days,
            key=lambda y: (
                abs((days[y] - published).days)
                * (
                    _AGAINST_TENSE
                    if (future and days[y] < published) or (tense == "past" and days[y] > published)
                    else 1
                )
            ),
        )
        return days[year].isoformat(), "date", "day"  # fmt: skip
    if kind == "quarter":
        if g.get("qn"):
            number, year = int(g["qn"]), int(g["year2"])
        else:
            word = g["q"].lower()
            number = 4 if word in ("final", "last") else ORDINALS[word]
            current = (published.month - 1) // 3 + 1
            year = int(g["year"]) if g.get("year") else (
                published.year if (number <= current or future) else published.year - 1)  # fmt: skip
        first = 3 * (number - 1) + 1
        return _interval(f"{_year(year)}-{first:02d}", f"{_year(year)}-{first + 2:02d}"), "interval", "quarter"
    if kind == "half":
        year = int(g["year"]) if g.get("year") else published.year + {"the": 0, "this": 0, "next": 1, "last": -1}[
            g["rel"].lower()]  # fmt: skip
        first = 1 if g["h"].lower() == "first" else 7
        return _interval(f"{_year(year)}-{first:02d}", f"{_year(year)}-{first + 5:02d}"), "interval", "interval"
    if kind == "part_of":
        what = " ".join(g["what"].replace(",", " ").split())
        part = g["part"]
        if re.fullmatch(_YEAR, what):
            return _part_of_year(part, int(what)), "interval", "interval"
        words = what.split()
        if words[0].lower() in ("the", "this", "next", "last"):
            unit = words[-1].lower()
            shift = {"the": 0, "this": 0, "next": 1, "last": -1}[words[0].lower()]
            if unit == "month":
                year, month = _shift_months(published.year, published.month, shift)
                value = _part_of_month(part, year, month)
                if shift == 0 and _THIRDS_OF_MONTH[part.lower()] == "late" and published.day >= 21 and future:
                    value = _interval(published + dt.timedelta(days=1), dt.date(year, month, _month_end(year, month)))
                return value, "interval", "interval"
            if unit == "week":
                monday, sunday = _week(published + dt.timedelta(days=7 * shift))
                first, last = _WEEK_PARTS[_THIRDS_OF_MONTH[part.lower()]]
                return _interval(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)), "interval", \
                    "interval"  # fmt: skip
            if unit == "decade":
                start = published.year // 10 * 10 + 10 * shift
                return _interval(_year(max(start, 1)), _year(start + 9)), "interval", "decade"
            return _part_of_year(part, published.year + shift), "interval", "interval"
        month = _month_number(words[0])
        year = int(words[1]) if len(words) > 1 else _month_year(month, published, tense)
        return _part_of_month(part, year, month), "interval", "interval"
    if kind == "season":
        name = (g.get("s1") or g.get("s2") or g.get("s3") or g.get("s4")).lower()
        first, last = SEASONS[name]
        if g.get("y2") or g.get("y3"):
            year = int(g.get("y2") or g.get("y3"))
        else:
            rel = (g.get("rel") or "").lower()
            starts = {y: dt.date(y, first, 1) for y in _near_years(published)}
            # Winter ends in the next year's February: its length is that year's (2020's winter ends 2021-02-28).
            wraps = 1 if last < first else 0
            ends = {y: dt.date(y + wraps, last, _month_end(y + wraps, last)) for y in starts}
            current = next((y for y in starts if starts[y] <= published <= ends[y]), None)
            upcoming = min(y for y in starts if starts[y] > published)
            previous = max(y for y in starts if ends[y] < published)
            if rel in ("next", "coming"):
                year = upcoming
            elif rel in ("last", "past"):
                year = previous
            elif rel == "this" or current is not None:
                year = current if current is not None else (upcoming if tense != "past" else previous)
            else:
                year = upcoming if tense != "past" else previous
        end_year = year + 1 if last < first else year
        return _interval(f"{_year(year)}-{first:02d}", f"{_year(end_year)}-{last:02d}"), "interval", "season"
    if kind == "decade":
        start = int(g["dec"])
        if g.get("part"):
            lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[g["part"].lower()]
            return _interval(str(start + lo), str(start + hi)), "interval", "decade"
        return _interval(str(start), str(start + 9)), "interval", "decade"
    if kind == "part_year":
        return _part_of_year(g["part"], int(g["year"])), "interval", "interval"
    if kind == "part_month":
        month = _month_number(g["month"])
        year = int(g["year"]) if g.get("year") else _month_year(month, published, tense)
        return _part_of_month(g["part"], year, month), "interval", "interval"
    if kind == "month_year":
        return f"{int(g['year']):04d}-{_month_number(g['month']):02d}", "date", "month"
    if kind == "month_rel_year":
        year = published.year + {"last": -1, "next": 1, "this": 0}[g["rel"]]
        return f"{year:04d}-{_month_number(g['month']):02d}", "date", "month"
    if kind in ("month", "month_of"):
        month = _month_number(g["month"])
        return f"{_year(_month_year(month, published, tense))}-{month:02d}", "date", "month"
    if kind == "ago":
        count, _ = _amount(g["n"])
        value, granularity = _shift(published, count, g["unit"].lower(), -1)
        if g.get("this") and g["unit"].lower() in ("year", "decade") and re.fullmatch(r"\d{4}", value):
            if g["this"].lower() == "week":  # "Twenty years ago this week": the ISO week of the same date then
                day = published.replace(
                    year=int(value), day=min(published.day, _month_end(int(value), published.month))
                )
                monday, sunday = _week(day)
                return _interval(monday, sunday), "interval", "week"
            return f"{value}-{published.month:02d}", "date", "month"
        return value, "date", granularity
    if kind == "month_range":
        first, last = _month_number(g["m1"]), _month_number(g["m2"])
        # The year is the one of the range's end: "the November-February period" in October, in the past, ended
        # last February.
        end_year = int(g["year"]) if g.get("year") else _month_year(last, published, tense)
        year = end_year - 1 if last < first else end_year
        return _interval(f"{_year(year)}-{first:02d}", f"{_year(end_year)}-{last:02d}"), "interval", "interval"
    if kind == "anchored":
        count, _ = _amount(g["n"])
        sign = 1 if g["dir"].lower() in ("later", "after") else -1
        value, granularity = _shift(anchor, count, g["unit"].lower(), sign)
        return value, "date", granularity
    if kind == "rolling":
        # A span counted back from publication ("the past ten days") is the window that ends on publication;
        # one counted on from it ("the next three days") the window that starts there (issue 20).
        count, fraction = _amount(g["n"]) if g.get("n") else (1, "")
        back = g["rel"].lower() in ("past", "last", "previous")
        other = _counted(published, count, fraction, g["unit"].lower(), -1 if back else 1)
        return (_interval(other, published) if back else _interval(published, other)), "interval", "interval"
    if kind == "weekend":
        # The weekend of the publication week (the coming one on a weekday); "last" the one before it;
        # "the weekend" by the clause's tense.
        saturday = published + dt.timedelta(days=5 - published.weekday()) if published.weekday() <= 5 else (
            published - dt.timedelta(days=1))  # fmt: skip
        rel = (g.get("rel") or ("last" if tense == "past" and published.weekday() < 5 else "this")).lower()
        saturday += dt.timedelta(days={"this": 0, "last": -7, "past": -7, "next": 7}[rel])
        return _interval(saturday, saturday + dt.timedelta(days=1)), "interval", "interval"
    if kind == "relative":
        return _relative(g, published)
    if kind == "clock_deictic":
        word, clock = (g["word"], g["clock"]) if g.get("word") else (g["word2"], g["clock2"])
        day = published + dt.timedelta(days=_DAY_OFFSET[" ".join(word.lower().split())])
        return f"{day.isoformat()}T{_clock(clock)}", "date", "time"
    if kind in ("deictic", "day_part"):
        word = (g.get("word") or "today").lower()
        return (published + dt.timedelta(days=_DAY_OFFSET[" ".join(word.split())])).isoformat(), "date", "day"
    if kind == "since":
        start = f"{g['year']}-{_month_number(g['month']):02d}" if g.get("month") else g["year"]
        return _interval(start, published), "interval", "interval"
    if kind == "duration":
        count, fraction = _amount(g["n"])
        return _duration(count, fraction, g["unit"].lower()), "duration", "duration"
    if kind == "clock":
        return f"{anchor.isoformat()}T{_clock(g['clock'])}", "date", "time"
    if kind == "year":
        return g["year"], "date", "year"
    if kind == "weekday":
        target = WEEKDAYS.index(g["wd"].capitalize())
        if tense == "next":
            ahead = (target - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=ahead)).isoformat(), "date", "day"
        return _weekday(target, published, future or tense in ("present", "anticipated")).isoformat(), "date", "day"
    return None


def _relative(g: dict[str, str], published: dt.date) -> tuple[str, str, str] | None:
    rel, unit, mod = g["rel"].lower(), g["unit"].lower(), (g.get("mod") or "").lower()
    if rel == "past":
        rel = "last"
    shift = {"this": 0, "last": -1, "next": 1}[rel]
    if unit == "week":
        monday, sunday = _week(published + dt.timedelta(days=7 * shift))
        if mod == "earlier" and rel == "this":
            if published == monday:
                return None
            return _interval(monday, published - dt.timedelta(days=1)), "interval", "interval"
        if mod == "later" and rel == "this":
            return _interval(published + dt.timedelta(days=1), sunday), "interval", "interval"
        if mod in _WEEK_PARTS:
            first, last = _WEEK_PARTS[mod]
            return _interval(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)), "interval", \
                "interval"  # fmt: skip
        return _interval(monday, sunday), "interval", "week"
    if unit == "month":
        year, month = _shift_months(published.year, published.month, shift)
        if mod == "earlier" and rel == "this":
            if published.day == 1:
                return None
            return _interval(dt.date(year, month, 1), published - dt.timedelta(days=1)), "interval", "interval"
        if mod == "later" and rel == "this":
            end = dt.date(year, month, _month_end(year, month))
            return _interval(published + dt.timedelta(days=1), end), "interval", "interval"
        if mod in ("early", "mid", "late"):
            return _part_of_month(mod, year, month), "interval", "interval"
        return f"{_year(year)}-{month:02d}", "date", "month"
    year = published.year + shift
    if mod == "earlier" and rel == "this":
        return _interval(dt.date(year, 1, 1), published - dt.timedelta(days=1)), "interval", "interval"
    if mod == "later" and rel == "this":
        return _interval(published + dt.timedelta(days=1), dt.date(year, 12, 31)), "interval", "interval"
    if mod in ("early", "mid", "late"):
        return _part_of_year(mod, year), "interval", "interval"
    return _year(year), "date", "year"


# A lower-case noun after a holiday's name makes the name a modifier, unless the noun is a time of it.
_HOLIDAY_AS_MODIFIER = re.compile(
    r"\s+(?!(?:morning|afternoon|evening|night|eve|day|week|weekend|period|season|holidays?|break|rush)\b)[a-z]{3,}"
)


def _accept(kind: str, text: str, m: re.Match[str]) -> bool:
    """Guards against words and numbers that only look like dates."""
    if kind == "holiday" and not m.group("year") and _HOLIDAY_AS_MODIFIER.match(text, m.end()):
        return False  # "Christmas markets", "Easter eggs": a kind of thing, not a day
    if kind == "month" and not _CAPITALISED_MONTH.match(m.group("month")):
        return False
    if kind == "month" and m.group("month") == "May":
        before = text[max(0, m.start("month") - 12) : m.start("month")].lower()
        if not re.search(r"\b(?:in|since|by|until|till|from|through|early|late|mid-?|last|next|this|of|during)\s+$",
                         before):  # fmt: skip
            return False  # "Theresa May", "and May": a name more often than a month
    if kind == "deictic" and m.group(0).isupper():
        return False  # "USA TODAY"
    if kind == "weekday" and not m.group("poss"):
        following = text[m.end() : m.end() + 25]
        if any(following.startswith(f" {word}") for word in WEEKDAY_NAME_FOLLOWERS):
            return False  # "The Sunday Times"
        if re.match(r"\s+[A-Z][a-z]+", following) and not re.match(
            rf"\s+(?:{_MONTH}|{_MON}|Night|Morning|Evening|Afternoon)\b", following
        ):
            before = text[max(0, m.start() - 5) : m.start()]
            if not before.strip().endswith((",", "on", "On")):
                return False  # a weekday inside a name: "Bloody Sunday Inquiry", "Sunday Express"
    if kind == "year" and _HYPHENATED_MEASURE.match(text, m.end()):
        return False  # "a 2000-year-old coin", "a 2021-page report": a count joined to what it counts
    if kind == "year":
        following = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
        if following and following.group(1) in COUNT_NOUNS:
            return False  # "2000 people"
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"(?:\bNo\.?|\bnumber|\bRoute|\bFlight|\bRoom|\bArticle|\bResolution|\bpage|\bPage)\s+$", before):
            return False
    if kind == "duration" and re.match(r"[^-\s]+-", m.group(0)):
        # "a 36-year career", "a two-day visit", "a 24-hour news cycle": a count joined by a hyphen to its unit
        # says what kind of thing the noun after it is, not how long anything in the story took.
        return False
    if (
        kind == "duration"
        and m.group("n").lower() in ("a", "an")
        and (
            re.search(r"\b(?:once|twice|times|per)\s+$", text[max(0, m.start() - 8) : m.start()])
            or m.group("unit").lower() == "second"
            or re.match(r"\s+(?:of|after|before)\b", text[m.end() : m.end() + 8])
        )
    ):
        return False  # "twice a day" is a rate, "a second goal" an ordinal, "a day of chaos" a period
    return not (kind == "duration" and re.match(r"[-\s]ago\b", text[m.end() : m.end() + 5]))


# An event still to come, named with its weekday after a word that looks forward to it: "for the final on
# Tuesday", "ahead of Saturday's match", "tickets for Sunday's final". The clause's own verb ("was named",
# "sold out") tells when that was said, not when the event is.
_EVENT = "|".join(re.escape(e) for e in sorted(UPCOMING_EVENTS, key=len, reverse=True))
_LOOKING_FORWARD = r"(?:ahead\s+of|for|until|till|towards?|in\s+the\s+run-up\s+to|in\s+preparation\s+for)"
_EVENT_ON_WEEKDAY = re.compile(
    rf"\b{_LOOKING_FORWARD}\s+(?:the|this|next)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT})\s+on\s+$", re.IGNORECASE
)
# A day something was put off to: "adjourned the case to Monday", "postponed the vote until Thursday".
_PUT_OFF_TO = re.compile(
    r"\b(?:adjourned|postponed|deferred|rescheduled|pushed\s+back|put\s+off|moved)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:to|until|till)\s+(?:next\s+)?$",
    re.IGNORECASE,
)
_BEFORE_WEEKDAYS_EVENT = re.compile(rf"\b{_LOOKING_FORWARD}\s+$", re.IGNORECASE)
_WEEKDAYS_EVENT = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT})\b", re.IGNORECASE)


def _anticipated(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``[start, end)`` dates an event the sentence looks forward to."""
    before = text[max(0, start - 80) : start]
    if _EVENT_ON_WEEKDAY.search(before) or _PUT_OFF_TO.search(before):
        return True
    return bool(_BEFORE_WEEKDAYS_EVENT.search(before) and _WEEKDAYS_EVENT.match(text, end))


def _in_order(interval: str) -> bool:
    """Whether an interval's start (its first moment) comes no later than its end (its last moment)."""
    first, last = interval.split("/")
    return first + "-00-00T00:00"[len(first) - 4 :] <= last + "-99-99T99:99"[len(last) - 4 :]


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since_prefix(text: str, start: int) -> int:
    """Where a "since" (any case: "Since 2017 the city ...") right before ``start`` begins, or -1."""
    window = max(0, start - 7)
    match = _SINCE_BEFORE.search(text[window:start])
    return window + match.start() if match else -1


def _day_of(value: str) -> dt.date | None:
    """The day a resolved value starts on, if it names one (for anchoring "three days later")."""
    head = value.split("/")[0].split("T")[0]
    try:
        if len(head) == 10:
            return dt.date.fromisoformat(head)
        if len(head) == 7:
            return dt.date.fromisoformat(head + "-01")
        if len(head) == 4 and head.isdigit():
            return dt.date(int(head), 1, 1)
    except ValueError:
        return None
    return None


def find_time_expressions(doc: Document, published: dt.date | None = None) -> tuple[TimeExpression, ...]:
    """Every time expression in a document, resolved against its publication date (``published``, or the
    document's own), in text order, never overlapping.

    Expressions counted from another event ("three days later", a clock time on its own) are resolved
    from the nearest date before them in the text, or from publication when there is none. An expression
    that resolves outside the calendar (years 0001 to 9999) is left out.
    """
    published = published or doc.published
    if published is None:
        raise ValueError("a publication date is needed to resolve time expressions")
    text = doc.text
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    taken = bytearray(len(text))  # characters already inside an expression
    for kind, pattern in PATTERNS:  # earlier patterns are more specific and win overlaps
        for m in pattern.finditer(text):
            # A pattern may match more than the expression ("in August"): its "span" group is the expression.
            start, end = (m.start("span"), m.end("span")) if m.groupdict().get("span") else (m.start(), m.end())
            if start >= end or taken.find(1, start, end) >= 0:
                continue
            if not _accept(kind, text, m):
                continue
            candidates.append((start, end, kind, m))
            taken[start:end] = b"\x01" * (end - start)
    found: list[TimeExpression] = []
    anchor = published
    for start, end, kind, m in sorted(candidates, key=lambda c: c[0]):
        sentence = doc.sentence_at(start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
        tense = direction_at(doc.tokens, start, end, s_start, s_end)
        if kind == "weekday" and _anticipated(text, start, end):
            tense = "anticipated"
        if kind == "weekday" and re.search(r"\bnext\s+$", text[max(0, start - 6) : start], re.IGNORECASE):
            tense = "next"  # "from next Monday", written on a Monday: a week on, never today
        if _since_prefix(text, start) >= 0:
            tense = "past"  # "since December": a time before publication, whatever the clause's verb
        try:
            resolved = _resolve(kind, m, published, tense, anchor)
        except (ValueError, OverflowError):  # outside the calendar: "99999999 days ago", "3:75 p.m."
            continue
        if resolved is None:
            continue
        value, type_, granularity = resolved
        month_before = found[-1] if found and found[-1].granularity == "month" and found[-1].start >= s_start else None
        if kind == "anchored" and month_before is not None and m.group("unit").lower() in ("year", "month"):
            # "rose 7.5% in January from a year earlier": counted from the month the sentence names.
            count, _ = _amount(m.group("n"))
            sign = 1 if m.group("dir").lower() == "later" else -1
            year, month = (int(part) for part in month_before.value.split("-")[:2])
            months = count * (12 if m.group("unit").lower() == "year" else 1)
            year, month = _shift_months(year, month, sign * months)
            if not 1 <= year <= 9999:
                continue  # outside the calendar, as every other expression that resolves there
            value, granularity = f"{year:04d}-{month:02d}", "month"
        # The expression just before, joined to this one by "and" or "until" (a clock's "p.m." may end a sentence
        # for the splitter, so the join, not the sentence, decides).
        before = found[-1] if found else None
        value = _coordinated_weekday(kind, m, value, before, text[before.end : start] if before else "")
        opening = [f for f in _in_sentence(found, s_start) if _opens_sentence(text, s_start, f)]
        value = _in_named_year(kind, m, value, opening)
        since = _since_prefix(text, start) if type_ == "date" else -1
        if since >= 0:  # "since Monday", "since August": from then to publication
            start = since
            value, type_, granularity = _interval(value.split("T")[0], published), "interval", "interval"
        if type_ == "interval" and not _in_order(value):
            continue  # "since 2017" in a text dated 2000: an interval that ends before it starts is no value
        found.append(TimeExpression(start, end, text[start:end], value, type_, granularity, kind))
        if type_ == "date" and granularity in ("day", "time"):
            anchor = _day_of(value) or anchor
    return tuple(_ranges(text, found))


_COORDINATION = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or|until|till|to|through)\s*", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\d{4}$")


def _coordinated_weekday(kind: str, m: re.Match[str], value: str, before: TimeExpression | None, between: str) -> str:
    """The second of two weekdays joined by "and"/"or" or as a range ("on Saturday and Sunday", "from 10 p.m.
    Friday until 5 a.m. Monday") is the first one after the first's day, whatever the tense words near it say:
    the two are read as one stretch of days. A clock time stays with its day."""
    weekdays = ("weekday", "clock_day")
    if kind not in weekdays or before is None or before.rule not in weekdays or not _COORDINATION.fullmatch(between):
        return value
    first = _day_of(before.value)
    name = next((w for w in WEEKDAYS if re.search(rf"\b{w}\b", m.group(0), re.IGNORECASE)), "")
    if first is None or not name:
        return value
    day = first + dt.timedelta(days=(WEEKDAYS.index(name) - first.weekday()) % 7 or 7)
    return day.isoformat() + (value[10:] if "T" in value else "")


def _in_sentence(found: list[TimeExpression], sentence_start: int) -> list[TimeExpression]:
    """The expressions found so far in the sentence that starts at ``sentence_start``: the last ones, read back
    (never the whole list, so a long text costs no more per expression)."""
    k = len(found)
    while k > 0 and found[k - 1].start >= sentence_start:
        k -= 1
    return found[k:]


def _opens_sentence(text: str, sentence_start: int, expression: TimeExpression) -> bool:
    """Whether an expression is the sentence's opening adverbial ("Last year, ...", "In 2019, ..."): a year
    named inside a clause ("who was arrested two years ago") dates that clause only."""
    before = text[sentence_start : expression.start].strip().lower()
    after = text[expression.end : expression.end + 1]
    relative = expression.text.lower() in ("last year", "this year", "next year")  # "Last year it arrived on June 3"
    return before in ("", "in", "during", "by", "since") and (after == "," or relative)


def _in_named_year(kind: str, m: re.Match[str], value: str, earlier: list[TimeExpression]) -> str:
    """A day named without its year in a sentence that opens by naming the year ("Last year, the budget was
    read on April 7", "In 2019, ... on March 3") is that year's."""
    if kind not in ("full_date", "day_month_year") or m.groupdict().get("year"):
        return value
    years = [e.value for e in earlier if _BARE_YEAR.match(e.value)]
    if not years:
        return value
    year, month, day = int(years[-1]), int(value[5:7]), int(value[8:10])
    return value if day > _month_end(year, month) else dt.date(year, month, day).isoformat()


# Two dates joined as the ends of one span: "January 23 to January 27", "from 2015 until 2019", "between 1998 and
# 2003". "and" joins a range only after "between".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*|\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _ranges(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Adjacent dates of the same precision joined by "to", "until" or a dash (or "between ... and") as one
    interval from the first to the second, when the first comes no later."""
    merged: list[TimeExpression] = []
    for expression in found:
        first = merged[-1] if merged else None
        same = first is not None and first.type == expression.type == "date"
        if first is not None and same and first.granularity == expression.granularity in ("day", "month", "year"):
            join = _RANGE_JOIN.fullmatch(text, first.end, expression.start)
            if join and ("and" not in join.group(0) or _BETWEEN.search(text, max(0, first.start - 9), first.start)):
                value = f"{first.value}/{expression.value}"
                if _in_order(value):
                    merged[-1] = TimeExpression(first.start, expression.end, text[first.start : expression.end],
                                                value, "interval", "interval", "range")  # fmt: skip
                    continue
        merged.append(expression)
    return merged


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
    return f"{year:04d}-W{week:02d}"
