"""Property tests: on arbitrary text nothing crashes and every span slices back; metamorphic properties
on the realistic snippets (prepending a paragraph shifts every offset and changes nothing else); every
time value is ISO 8601, read by a strict parser (tests/iso8601.py), even for huge counts, clock times
past the clock and publication dates at either end of the calendar; every speaker is written in the text."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_analysis import InputError, analyze
from article_analysis.article import Article
from article_analysis.document import Document
from article_analysis.speech.people import without_nickname
from article_analysis.timex import find_time_expressions, iso_week

from . import iso8601
from .snippet_score import load

# Text built from the characters that matter to the rules, plus anything else Unicode offers.
SPECIAL = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "''", "``", "\n", "\n\n", "\r\n", ".", ",", ":", " said ", " Mr. ", " U.S. ",
     "Photo/", " Getty", " see below:", "Minister ", "Anna Berg", " he ", " she ", " who said ", "—", "…", "?", " ",
     "PARIS, May 3 (Reuters) - ", " on Friday", " in June", " would ", " 2019 ", " last weekend"]
)  # fmt: skip
TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=12)), max_size=60).map("".join)
PUBLISHED = dt.date(2021, 10, 20)
SNIPPETS = [c for c in load("quotes.yml") + load("times.yml")]
ANY_DAY = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def _valid(value: str) -> bool:
    try:
        iso8601.parse(value)
    except ValueError:
        return False
    return True


def _analyze(text: str, published: dt.date = PUBLISHED):
    try:
        return analyze(Article(text=text, published=published))
    except InputError:
        return None  # a text with no words at all is refused, by design


def _published(case: dict) -> dt.date:
    value = case.get("published", PUBLISHED)
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@given(TEXT)
def test_never_crashes_and_spans_slice_back(text: str) -> None:
    analysis = _analyze(text)
    if analysis is None:
        return
    for block in analysis.blocks:
        assert text[block.start : block.end] == block.text
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
    for date in analysis.dates:
        assert text[date.start : date.end] == date.text
    for report in analysis.reports:
        assert 0 <= report.start <= report.cue_start < report.end <= len(text)


@given(TEXT)
def test_quotations_never_overlap_and_blocks_are_ordered(text: str) -> None:
    analysis = _analyze(text)
    if analysis is None:
        return
    spans = sorted((q.start, q.end) for q in analysis.quotes)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    blocks = [(b.start, b.end) for b in analysis.blocks]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(blocks))


@given(TEXT)
def test_every_value_is_iso_8601_and_every_speaker_is_in_the_text(text: str) -> None:
    analysis = _analyze(text)
    if analysis is None:
        return
    for date in analysis.dates:
        assert _valid(date.value), date
    # A name broken over two lines is one name: speaker and text are compared with their whitespace
    # made single spaces. A description opening a sentence is given as it reads inside one ("The ministry
    # said" -> "the ministry"), so its first letter may differ in case.
    flat = " ".join(text.split())
    for speaker in [q.speaker for q in analysis.quotes] + [r.speaker for r in analysis.reports]:
        said = " ".join(speaker.split())
        assert not speaker or said in flat or (said[:1].upper() + said[1:]) in flat, speaker


@given(st.text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    _analyze(text)


PREFIX = "The report runs to forty pages and includes several maps of the region.\n\n"


# A paragraph put before a headline or before hard-wrapped copy changes what the text is (the headline
# is no longer first; the copy is no longer one wrapped run), so those snippets are left out here.
SHIFTABLE = [c for c in SNIPPETS if not c.get("headline") and c["id"] not in ("headline-in-title-case",
                                                                          "hard-wrapped-wire-copy")]  # fmt: skip


@pytest.mark.parametrize("case", SHIFTABLE, ids=[c["id"] for c in SHIFTABLE])
def test_prepending_a_paragraph_shifts_every_offset_and_nothing_else(case: dict) -> None:
    published = _published(case)
    before, after = _analyze(case["text"], published), _analyze(PREFIX + case["text"], published)
    n = len(PREFIX)
    assert [(q.start + n, q.end + n, q.kind, q.speaker) for q in before.quotes] == [
        (q.start, q.end, q.kind, q.speaker) for q in after.quotes
    ]
    assert [(d.start + n, d.end + n, d.value) for d in before.dates] == [(d.start, d.end, d.value) for d in after.dates]
    assert [(r.start + n, r.cue_start + n, r.speaker) for r in before.reports] == [
        (r.start, r.cue_start, r.speaker) for r in after.reports
    ]


@pytest.mark.parametrize("case", SNIPPETS, ids=[c["id"] for c in SNIPPETS])
def test_snippet_values_are_iso_8601_and_speakers_are_named_in_the_text(case: dict) -> None:
    analysis = _analyze(case["text"], _published(case))
    assert all(_valid(d.value) for d in analysis.dates)
    for speaker in [q.speaker for q in analysis.quotes] + [r.speaker for r in analysis.reports]:
        # A quoted nickname inside a name ('Tunde "Bulldozer" Adeyemi') is left out of the speaker's name; a
        # description that opens a sentence loses the capital the sentence gave it ("The ministry" -> "the ministry").
        as_written = speaker[:1].upper() + speaker[1:]
        assert (
            not speaker or as_written in case["text"] or speaker in case["text"]
            or speaker in without_nickname(case["text"])
        ), speaker  # fmt: skip


def test_the_strict_parser_reads_what_iso_8601_allows_and_refuses_the_rest() -> None:
    for value in (
        "2021-10-18/2021-10-24",
        "2021-10-26T12:00",
        "2021-10",
        "0001",
        "9999-12-31",
        "2017/2021-10-20",
        "P10Y",
        "P6Y6M",
        "PT36H",
        "P1DT12H",
        "P2W",
        "PT30M30S",
        "PT30.5S",
        "P17DT12H",
        "2021-W42",
    ):
        assert iso8601.parse(value), value
    planted = ("last week", "P", "PT", "P1DT", "P6Y6", "P2W3D", "P1.5Y2M", "2021/10/20", "-979", "12021", "0000",
               "2021-13", "2021-02-29", "2021-10-26T15:75", "2021-10-26T24:00", "2021-10-20/2021-10-19", "2021-W53",
               "21-10-20", "2021-10-20 ")  # fmt: skip
    for value in planted:
        try:
            iso8601.parse(value)
        except ValueError:
            continue
        raise AssertionError(f"the strict parser accepted {value!r}")


def _times(text: str, published: dt.date) -> tuple:
    return find_time_expressions(Document.from_text(text, published))


UNITS = st.sampled_from(["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                         "hour", "hours", "minute", "minutes", "second", "seconds"])  # fmt: skip
HUGE = st.one_of(st.integers(0, 10**4), st.integers(0, 10**30))


@given(HUGE, UNITS, st.sampled_from(["ago", "later", "earlier", "long"]), ANY_DAY)
def test_counts_of_any_size_give_valid_values_or_none(n: int, unit: str, direction: str, published: dt.date) -> None:
    text = f"The agency said it happened {n:,} {unit} {direction}, and again {n} {unit} {direction}."
    for found in _times(text, published):
        assert _valid(found.value), (text, published, found)


@given(HUGE, UNITS, st.sampled_from(["past", "last", "next", "coming"]), ANY_DAY)
def test_windows_of_any_size_give_valid_values_or_none(n: int, unit: str, rel: str, published: dt.date) -> None:
    """A window counted from publication ("the past ten days") is an interval with publication at one end."""
    text = f"Prices rose over the {rel} {n:,} {unit}, and over the {rel} {n} {unit}."
    for found in _times(text, published):
        assert _valid(found.value), (text, published, found)
        if found.rule == "rolling":
            assert published.isoformat() in found.value.split("/"), (text, published, found)


@given(st.integers(0, 99), st.integers(0, 99), st.sampled_from(["a.m.", "p.m.", "am", "pm"]), ANY_DAY,
       st.sampled_from(["on Friday", "on March 3", "", "Tuesday"]))  # fmt: skip
def test_clock_times_off_the_clock_are_skipped(hour: int, minute: int, half: str, published: dt.date, day: str) -> None:
    text = f"The talks resume at {hour}:{minute:02d} {half} {day} in the capital. At {hour} {half} they ended."
    for found in _times(text, published):
        assert _valid(found.value), (text, published, found)
        if "T" in found.value:
            assert int(found.value.split("T")[1][:2]) <= 23 and int(found.value.split(":")[-1][:2]) <= 59


@given(st.integers(0, 10**6), st.integers(0, 999), UNITS)
def test_fractions_are_kept_and_valid(whole: int, fraction: int, unit: str) -> None:
    text = f"It lasted {whole}.{fraction} {unit} in all."
    found = [t for t in _times(text, dt.date(2021, 10, 20)) if t.type == "duration"]
    assert found and all(_valid(t.value) for t in found), (text, found)
    if fraction % 10 and unit.startswith(("minute", "second")):
        assert found[0].value != f"PT{whole}{unit[0].upper()}", f"{text!r} lost its fraction: {found[0].value}"


@given(ANY_DAY)
def test_publication_at_either_end_of_the_calendar(published: dt.date) -> None:
    analysis = analyze(Article(text=RICH, published=published))
    for found in analysis.dates:
        assert _valid(found.value), (published, found)
    for value in analysis.tables["dates"]["iso_week"]:
        assert value == "" or iso8601.parse(value) == "week", value


def test_the_extreme_days_themselves() -> None:
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        analysis = analyze(Article(text=RICH, published=published))
        assert analysis.dates, published  # most expressions still resolve
        assert all(_valid(d.value) for d in analysis.dates), published
    assert iso_week("0001-01-01/0001-01-07") == "0001-W01"


# Every rule of the time resolver, once: weekdays, months, parts, seasons, holidays, quarters, relative
# and anchored counts, clock times.
RICH = """Talks Resume Next Week

The council met on Monday and will meet again next Friday at 3:30 p.m. Prices rose last month and in
early March, and the plan runs until the end of the year. Three days later the mayor said the vote, set
for next spring, could slip to the first quarter of next year or to the second half of the year.

Since 2017 the city has grown; two years ago it had 5,000 fewer people. The 10-year plan began in 2019,
last weekend's fair was the first since Christmas, and the review is due this week or the week after,
by mid-2022 at the latest, 99 years from now or 10000 years later. Yesterday at noon the count was
finished; tomorrow the results follow, in the 1990s style.
"""
