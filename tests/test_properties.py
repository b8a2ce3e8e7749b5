"""Property tests: on arbitrary text nothing crashes, every span slices back, quotations never overlap."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from article_analysis import InputError, analyze
from article_analysis.article import Article

# Text built from the characters that matter to the rules, plus anything else Unicode offers.
SPECIAL = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "\n", "\n\n", "\r\n", ".", ",", ":", " said ", " Mr. ", " U.S. ",
     "Photo/", " Getty", " see below:", "Minister ", "Anna Berg", " he ", "—", "…", "?", " "]
)  # fmt: skip
TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=12)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _analyze(text: str):
    try:
        return analyze(Article(text=text, published=dt.date(2021, 10, 20)))
    except InputError:
        return None  # a text with no words at all is refused, by design


@SETTINGS
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


@SETTINGS
@given(TEXT)
def test_quotations_never_overlap_and_blocks_are_ordered(text: str) -> None:
    analysis = _analyze(text)
    if analysis is None:
        return
    spans = sorted((q.start, q.end) for q in analysis.quotes)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
    blocks = [(b.start, b.end) for b in analysis.blocks]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(blocks))


@SETTINGS
@given(st.text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    _analyze(text)
