"""Tokens: the one tokeniser of the package, and the spans every other module counts with.

A :class:`~article_analysis.document.Document` tokenises its text once (:meth:`Tokens.of`); later stages
read tokens and word counts of any span from it by binary search, never by cutting the text again.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

# A word: letters or digits, joined by internal hyphens, apostrophes, dots ("U.S.") or
# thousands separators ("5,000"), so that "ex-Soviet", "Taliban's" and "10-year" count once.
WORD_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 5,000 or 1,234.5
    r"|(?:[A-Za-z]\.){2,}"  # U.S. / U.N.
    r"|[^\W_]+(?:['’\-.][^\W_]+)*",
    re.UNICODE,
)
# A token: a word, or one mark of punctuation. No word starts with a mark, so the words found by
# this pattern are exactly the words WORD_RE finds.
TOKEN_RE = re.compile(rf"(?P<word>{WORD_RE.pattern})|[^\w\s]", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of ``text`` in order."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` holds (see :data:`WORD_RE`)."""
    return sum(1 for _ in WORD_RE.finditer(text))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    is_word: bool


class Tokens:
    """Every token of a text, stored compactly (offsets in arrays, text sliced on demand).

    A span's tokens are those that start inside it; a span's word count is found by two binary searches.
    """

    __slots__ = ("_ends", "_starts", "_word_starts", "_words", "text")

    def __init__(self, text: str, starts: array, ends: array, is_word: bytearray) -> None:
        self.text = text
        self._starts = starts
        self._ends = ends
        self._words = is_word
        self._word_starts = array("q", (s for s, w in zip(starts, is_word, strict=True) if w))

    @classmethod
    def of(cls, text: str) -> Tokens:
        starts, ends, is_word = array("q"), array("q"), bytearray()
        for match in TOKEN_RE.finditer(text):
            starts.append(match.start())
            ends.append(match.end())
            is_word.append(match.lastgroup == "word")
        return cls(text, starts, ends, is_word)

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: int) -> Token:
        start, end = self._starts[i], self._ends[i]
        return Token(start, end, self.text[start:end], bool(self._words[i]))

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self)))

    def index_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self._starts, start), bisect_left(self._starts, end))

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)``, in order."""
        return [self[i] for i in self.index_range(start, end)]

    def overlapping(self, start: int, end: int, reverse: bool = False) -> Iterator[tuple[int, int]]:
        """The spans of the tokens that overlap ``[start, end)``, cut to it, in order (``reverse``: from the end)."""
        lo = bisect_right(self._starts, start) - 1
        if lo < 0 or self._ends[lo] <= start:
            lo += 1
        indices = range(lo, bisect_left(self._starts, end))
        for i in reversed(indices) if reverse else indices:
            yield max(self._starts[i], start), min(self._ends[i], end)

    def word_count(self, start: int, end: int) -> int:
        """How many words start inside ``[start, end)``; equal to ``count_words(text[start:end])`` whenever
        neither end cuts a word."""
        return bisect_left(self._word_starts, end) - bisect_left(self._word_starts, start)
