"""The analyzer on realistic snippets (tests/snippets/*.yml): every quotation's speaker and every time
expression's value, with negatives (scare quotes, datelines, "who said", "Theresa May", "2000 people").

Each snippet is a small text written for these tests in the shapes real news takes (wire, local,
sport, business, politics); none is taken from an article. The scores over all of them are printed
by ``python -m tests.snippet_score``.
"""

from __future__ import annotations

import pytest

from .snippet_score import load, score_quotes, score_times

QUOTE_CASES = load("quotes.yml")
TIME_CASES = load("times.yml")


@pytest.mark.parametrize("case", QUOTE_CASES, ids=[c["id"] for c in QUOTE_CASES])
def test_quotation_speakers(case: dict) -> None:
    outcome = score_quotes(case)
    assert not outcome.problems, "\n".join(outcome.problems)


@pytest.mark.parametrize("case", TIME_CASES, ids=[c["id"] for c in TIME_CASES])
def test_time_values(case: dict) -> None:
    outcome = score_times(case)
    assert not outcome.problems, "\n".join(outcome.problems)


def test_the_tables_hold_negatives_too() -> None:
    """The snippet tables are not all positives: terms, banned speakers and date-free texts are there."""
    assert sum(1 for c in QUOTE_CASES for q in c["quotes"] if q.get("kind") == "term") >= 4
    assert sum(1 for c in QUOTE_CASES if c.get("not_speakers")) >= 3
    assert sum(1 for c in TIME_CASES if not c["times"]) >= 5
