"""The time resolver, tested against publication dates (week, month and year boundaries included)."""

from __future__ import annotations

import datetime as dt

import pytest

from article_analysis.document import Document
from article_analysis.timex import find_time_expressions, iso_week

WED = dt.date(2021, 10, 20)  # the article's publication day, a Wednesday


def resolve(text: str, published: dt.date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in find_time_expressions(Document.from_text(text, published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During a Wednesday meeting", [("Wednesday", "2021-10-20", "date")]),
        ("Before Wednesday's talks", [("Wednesday's", "2021-10-20", "date")]),
        ("They met on Monday.", [("Monday", "2021-10-18", "date")]),
        ("They met on Thursday.", [("Thursday", "2021-10-14", "date")]),  # the Thursday before, not after
        ("a meeting held earlier this week", [("earlier this week", "2021-10-18/2021-10-19", "interval")]),
        ("an exercise has started this week", [("this week", "2021-10-18/2021-10-24", "interval")]),
        ("Last week, Putin noted", [("Last week", "2021-10-11/2021-10-17", "interval")]),
        ("prices rose last month", [("last month", "2021-09", "date")]),
        ("they took Kabul in August", [("August", "2021-08", "date")]),
        ("forces left at the end of August", [("the end of August", "2021-08-21/2021-08-31", "interval")]),
        ("designated in 2003", [("2003", "2003", "date")]),
        ("talks held since 2017", [("since 2017", "2017/2021-10-20", "interval")]),
        # A count joined by a hyphen to its unit before a noun is no time expression (brief SPEECH3).
        ("fought a 10-year war", []),
        ("a two-day visit", []),
        ("in Moscow on October 20, 2021", [("October 20, 2021", "2021-10-20", "date")]),
        ("Moscow, Russia, Wednesday, Oct. 20, 2021.", [("Wednesday, Oct. 20, 2021", "2021-10-20", "date")]),
        ("on 20 October 2021", [("20 October 2021", "2021-10-20", "date")]),
    ],
)
def test_article_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert resolve(text) == expected


def test_weekday_across_month_and_year_ends() -> None:
    # Published Saturday 1 January 2022: "Friday" is 31 December 2021; "this week" spans the year end.
    assert resolve("On Friday the talks ended.", dt.date(2022, 1, 1)) == [("Friday", "2021-12-31", "date")]
    assert resolve("It began this week.", dt.date(2022, 1, 1)) == [("this week", "2021-12-27/2022-01-02", "interval")]
    assert resolve("It began last week.", dt.date(2022, 1, 3)) == [("last week", "2021-12-27/2022-01-02", "interval")]
    # Published Tuesday 1 March 2022: "Sunday" is 27 February.
    assert resolve("They met on Sunday.", dt.date(2022, 3, 1)) == [("Sunday", "2022-02-27", "date")]


def test_months_across_the_year_end() -> None:
    assert resolve("It happened in December.", dt.date(2022, 1, 10)) == [("December", "2021-12", "date")]
    assert resolve("Prices fell last month.", dt.date(2022, 1, 10)) == [("last month", "2021-12", "date")]


def test_future_of_publication() -> None:
    assert resolve("The talks will resume in March.") == [("March", "2022-03", "date")]
    assert resolve("He will travel on Monday.") == [("Monday", "2021-10-25", "date")]
    assert resolve("They meet again next week.") == [("next week", "2021-10-25/2021-10-31", "interval")]


def test_no_dates_and_traps() -> None:
    assert resolve("Officials said aid would arrive soon.") == []
    assert resolve("It may rain; March on, they said.") == []  # "may" and a verb "March" are not dates
    assert resolve("5,000 troops and 2000 vehicles") == []  # numbers are not years
    assert resolve("") == []


def test_earlier_this_week_on_a_monday_is_nothing() -> None:
    assert resolve("It happened earlier this week.", dt.date(2021, 10, 18)) == []


def test_iso_week() -> None:
    assert iso_week("2021-10-11/2021-10-17") == "2021-W41"
    assert iso_week("2021-10-18/2021-10-19") == ""
    assert iso_week("2003") == ""


def test_spans_slice_back() -> None:
    text = "Last week, in August, at the end of August, since 2017 and on Wednesday, Oct. 20, 2021."
    for t in find_time_expressions(Document.from_text(text, WED)):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cases doubled over the past two weeks.", [("the past two weeks", "2021-10-06/2021-10-20", "interval")]),
        ("Three ships docked in the last fortnight.", [("the last fortnight", "2021-10-06/2021-10-20", "interval")]),
        ("Shares rose 40% over the past year.", [("the past year", "2020-10-20/2021-10-20", "interval")]),
        ("Rain is due over the next three days.", [("the next three days", "2021-10-20/2021-10-23", "interval")]),
        ("The war lasted 10 years.", [("10 years", "P10Y", "duration")]),  # a length, not a window
        ("He was named in the squad for the final on Tuesday.", [("Tuesday", "2021-10-26", "date")]),
        ("The team flew out ahead of Saturday's match.", [("Saturday's", "2021-10-23", "date")]),
        ("Spain won Sunday's final.", [("Sunday's", "2021-10-17", "date")]),  # no word looks forward to it
        ("He was injured in the match on Sunday.", [("Sunday", "2021-10-17", "date")]),
        ("They found a 2000-year-old coin.", []),
        ("The council wrote a 2021-page report.", []),
        ("The 1997-born striker signed.", [("1997", "1997", "date")]),
        ("He retired after a 36-year career.", []),
    ],
)
def test_windows_anticipated_weekdays_and_hyphenated_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Issue 20: a span counted from publication is a window with publication at one end; a weekday that dates
    an event the sentence looks forward to is the next one; a number joined by a hyphen to what it counts is no
    year."""
    assert resolve(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rally began at 6 p.m. Sept. 24.", [("6 p.m. Sept. 24", "2021-09-24T18:00", "date")]),
        ("The polls close at 8 p.m. on Nov. 2.", [("8 p.m. on Nov. 2", "2021-11-02T20:00", "date")]),
        ("The hearing resumes at 9:30 a.m. Nov. 15.", [("9:30 a.m. Nov. 15", "2021-11-15T09:30", "date")]),
        ("Kick-off is at 3pm on 30 October.", [("3pm on 30 October", "2021-10-30T15:00", "date")]),
        ("It was found at 7 a.m. Sunday, Oct. 17.", [("7 a.m. Sunday, Oct. 17", "2021-10-17T07:00", "date")]),
        ("Bids close at noon Friday.", [("noon Friday", "2021-10-22T12:00", "date")]),
        ("The council met at 10 a.m. Monday.", [("10 a.m. Monday", "2021-10-18T10:00", "date")]),
        # A number after the clock that no month follows is no day of a date.
        ("At 6 p.m. 24 people were still inside.", [("6 p.m.", "2021-10-20T18:00", "date")]),
    ],
)
def test_a_clock_time_and_its_date_are_one_expression(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Brief SPEECH6: a clock time and the day it falls on, with or without "on" between them (AP style writes "6
    p.m. Sept. 24"), are one date-time: no separate date beside it."""
    assert resolve(text) == expected


def test_the_second_of_two_coordinated_weekdays_follows_the_first() -> None:
    friday = dt.date(2019, 6, 7)
    found = resolve("Temperatures are expected to reach 34C in parts of the south-east on Saturday and Sunday.", friday)
    assert [v for _, v, _ in found] == ["2019-06-08", "2019-06-09"]
    assert [v for _, v, _ in resolve("Protests were held on Monday and Tuesday.", friday)] == [
        "2019-06-03",
        "2019-06-04",
    ]


def test_a_day_without_its_year_takes_the_year_the_sentence_named_before_it() -> None:
    found = resolve("Last year, the budget was read on April 7 because of the election.", dt.date(2023, 3, 20))
    assert [v for _, v, _ in found] == ["2022", "2022-04-07"]
    found = resolve("In 2019, talks began on March 3.", dt.date(2023, 3, 20))
    assert [v for _, v, _ in found] == ["2019", "2019-03-03"]
    # Without a year named before it, the nearest occurrence (weighed by tense) stands.
    assert [v for _, v, _ in resolve("The vote will be held on April 7.", dt.date(2023, 3, 20))] == ["2023-04-07"]


def test_a_year_inside_a_clause_does_not_date_the_rest_of_the_sentence() -> None:
    found = resolve("Ada Obi, who was arrested two years ago, will stand trial on March 6.", dt.date(2023, 2, 8))
    assert [v for _, v, _ in found] == ["2021", "2023-03-06"]


def test_later_than_compares_two_dates_and_is_a_span() -> None:
    found = resolve("The monsoon withdrew a week ago, nearly ten days later than normal.", dt.date(2023, 9, 21))
    assert found == [("a week ago", "2023-09-14", "date"), ("ten days", "P10D", "duration")]


def test_a_weekday_before_a_british_date_is_one_expression() -> None:
    found = resolve("The suspects were arraigned on Tuesday, 12 April, and the case adjourned.", dt.date(2022, 4, 14))
    assert found == [("Tuesday, 12 April", "2022-04-12", "date")]


def test_a_past_form_after_unless_states_a_condition_on_the_future() -> None:
    text = "Members would walk out unless the operator tabled a new offer by Friday."
    assert resolve(text, dt.date(2022, 3, 14)) == [("Friday", "2022-03-18", "date")]


def test_next_weekday_is_never_the_day_of_publication() -> None:
    monday = dt.date(2021, 5, 3)
    assert resolve("The drive will be extended from next Monday.", monday) == [("Monday", "2021-05-10", "date")]
    assert resolve("The drive starts next Friday.", monday) == [("Friday", "2021-05-07", "date")]


def test_since_a_month_looks_back_and_a_past_month_is_not_next_year() -> None:
    assert resolve("Prices have risen since December.") == [("since December", "2020-12/2021-10-20", "interval")]
    assert resolve("Prices rose in January.") == [("January", "2021-01", "date")]


def test_a_holiday_naming_a_kind_of_thing_is_no_date() -> None:
    found = resolve("Christmas markets will open this weekend.", dt.date(2022, 12, 1))
    assert found == [("this weekend", "2022-12-03/2022-12-04", "interval")]
    assert resolve("Shops will close on Christmas Day.", dt.date(2022, 12, 1)) == [
        ("Christmas Day", "2022-12-25", "date")
    ]


def test_a_promise_looks_forward_and_a_verb_after_and_belongs_to_the_next_clause() -> None:
    found = resolve("The minister has promised to publish the review before Christmas.", dt.date(2022, 9, 7))
    assert found == [("Christmas", "2022-12-25", "date")]
    text = "The midfielder signed a contract on Monday and could make his debut on Saturday."
    assert resolve(text, dt.date(2022, 7, 6)) == [("Monday", "2022-07-04", "date"), ("Saturday", "2022-07-09", "date")]


def test_a_warning_looks_forward_and_a_range_of_weekdays_runs_on() -> None:
    found = resolve("The weather service has warned of snow on Sunday and Monday.", dt.date(2023, 6, 2))
    assert [v for _, v, _ in found] == ["2023-06-04", "2023-06-05"]
    text = "The bridge will be closed from 10 p.m. Friday until 5 a.m. Monday for repairs."
    assert [v for _, v, _ in resolve(text, dt.date(2023, 4, 3))] == ["2023-04-07T22:00", "2023-04-10T05:00"]


def test_last_year_opening_a_sentence_without_a_comma_dates_its_day() -> None:
    found = resolve("The monsoon is due by June 1. Last year it arrived on June 3.", dt.date(2022, 5, 27))
    assert [v for _, v, _ in found] == ["2022-06-01", "2021", "2021-06-03"]
