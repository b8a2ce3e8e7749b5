"""Which spans hold an offset, by binary search: quotations (never overlapping) and reported speech
(which may overlap: two reports in one sentence share its end)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """Spans that never overlap, each ``[start, end)``: ``offset in spans`` is true inside one of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends = [e for _, e in ordered]

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


class OpenRanges:
    """Ranges that may overlap, each open at both ends ``(start, end)``: :meth:`covers` tells whether an
    offset lies strictly inside one of them (the widest reach of the ranges that start before it)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, offset: int) -> bool:
        i = bisect_left(self._starts, offset) - 1
        return i >= 0 and self._reach[i] > offset
