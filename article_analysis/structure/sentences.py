"""Sentences with character offsets, and readability per section."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import pysbd
import textstat

from .blocks import Block
from .tokens import count_words, strip_span

# Keyword lines and credits are labels, not sentences; everything else is segmented.
SENTENCE_KINDS = ("headline", "paragraph", "handover", "attribution", "caption")
# Readability is measured on running prose only: captions and headlines are another genre.
PROSE_KINDS = ("paragraph",)


@dataclass(frozen=True)
class Sentence:
    id: int
    block: int
    kind: str
    section: str
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return count_words(self.text)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the text byte-for-byte, so every sentence can be found in the original.
    return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, as offsets into ``text``.

    pysbd does the segmenting (abbreviations such as "U.S." and "Oct. 20", initials, quotes
    closing a sentence); its pieces are then located in the original text in order, so offsets
    are exact even where pysbd normalises whitespace.
    """
    end = len(text) if end is None else end
    # A line break inside a block is a wrap, not a sentence end: pysbd sees a space (same length).
    piece = text[start:end].replace("\r", " ").replace("\n", " ")
    if not piece.strip():
        return []
    spans = []
    cursor = 0
    for sentence in _segmenter().segment(piece):
        needle = sentence.strip()
        if not needle:
            continue
        found = piece.find(needle, cursor)
        if found < 0:  # pysbd changed the text: close the remainder as one sentence
            break
        spans.append(strip_span(text, start + found, start + found + len(needle)))
        cursor = found + len(needle)
    rest = strip_span(text, start + cursor, end)
    if rest[0] < rest[1] and piece[cursor:].strip():
        spans.append(rest)
    return [s for s in spans if s[0] < s[1]]


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Every sentence of every block whose kind holds sentences, in text order."""
    sentences: list[Sentence] = []
    for block in blocks:
        if block.kind not in SENTENCE_KINDS:
            continue
        # A headline is one unit even when it holds a full stop ("U.S. Aid Arrives").
        headline = block.kind == "headline"
        spans = [(block.start, block.end)] if headline else sentence_spans(text, block.start, block.end)
        for s, e in spans:
            sentences.append(Sentence(len(sentences) + 1, block.id, block.kind, block.section, s, e, text[s:e]))
    return sentences


def readability(sentences: list[Sentence]) -> pd.DataFrame:
    """Readability of each section's running prose (body paragraphs only)."""
    rows = []
    sections = sorted({s.section for s in sentences if s.kind in PROSE_KINDS})
    for section in sections:
        chosen = [s for s in sentences if s.section == section and s.kind in PROSE_KINDS]
        prose = " ".join(s.text for s in chosen)
        words = sum(s.words for s in chosen)
        rows.append(
            {
                "section": section,
                "sentences": len(chosen),
                "words": words,
                "words_per_sentence": round(words / len(chosen), 1),
                "flesch_reading_ease": round(textstat.flesch_reading_ease(prose), 1),
                "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(prose), 1),
                "gunning_fog": round(textstat.gunning_fog(prose), 1),
            }
        )
    columns = [
        "section", "sentences", "words", "words_per_sentence",
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
