"""Words and spans: the smallest pieces every other module counts with."""

from __future__ import annotations

import re

# A word: letters or digits, joined by internal hyphens, apostrophes, dots ("U.S.") or
# thousands separators ("5,000"), so that "ex-Soviet", "Taliban's" and "10-year" count once.
WORD_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 5,000 or 1,234.5
    r"|(?:[A-Za-z]\.){2,}"  # U.S. / U.N.
    r"|[^\W_]+(?:['’\-.][^\W_]+)*",
    re.UNICODE,
)


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
