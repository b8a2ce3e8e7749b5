"""Sentences with character offsets, and readability per section."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import pysbd
import textstat

from .blocks import Block
from .tokens import Tokens, strip_span

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
    words: int


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the text byte-for-byte, so every sentence can be found in the original.
    return pysbd.Segmenter(language="en", clean=False)


_SPACES = re.compile(r"\s*")


def segment(piece: str) -> list[str]:
    """The sentences ``pysbd.Segmenter(language="en", clean=False).segment(piece)`` returns, found the
    same way but faster.

    pysbd finds where each sentence it made lies in the text with a regular expression built from that
    sentence (``re.escape(sentence) + r"\\s*"``): one new pattern to compile per sentence, a third of its
    time. This runs pysbd's processor and makes the same search with ``str.find``: the first occurrence,
    with the whitespace after it, that ends after the previous sentence; occurrences are tried in order,
    each search resuming where the last occurrence's whitespace ends (as ``re.finditer`` does).
    """
    if not piece:
        return []
    found, prior_end = [], 0
    for sentence in _segmenter().processor(piece).process():
        if not sentence:  # an empty sentence: pysbd's own search, which matches whitespace anywhere
            match = next((m for m in _SPACES.finditer(piece) if m.end() > prior_end), None)
            if match is not None:
                found.append(match.group())
                prior_end = match.end()
            continue
        at = piece.find(sentence)
        while at >= 0:
            end = _SPACES.match(piece, at + len(sentence)).end()
            if end > prior_end:
                found.append(piece[at:end])
                prior_end = end
                break
            at = piece.find(sentence, end)
    return found


@contextmanager
def _roomy_regex_cache(size: int = 4096) -> Iterator[None]:
    """pysbd calls ``re.sub`` with pattern strings, about 530 of them on a long text: just more than the
    512 the ``re`` module keeps compiled, so in pysbd's cyclic order every one is dropped before it is used
    again and compiled anew (a quarter of its time). A larger cache while segmenting avoids that; the
    module's own limit is restored after (a no-op where ``re`` has no such limit)."""
    limit = getattr(re, "_MAXCACHE", None)
    if limit is None:
        yield
        return
    re._MAXCACHE = max(limit, size)
    try:
        yield
    finally:
        re._MAXCACHE = limit


def _piece(text: str, start: int, end: int) -> str:
    # A line break inside a block is a wrap, not a sentence end: pysbd sees a space (same length).
    return text[start:end].replace("\r", " ").replace("\n", " ")


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, segmented: list[str] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, as offsets into ``text``.

    pysbd does the segmenting (abbreviations such as "U.S." and "Oct. 20", initials, quotes
    closing a sentence); its pieces are then located in the original text in order, so offsets
    are exact even where pysbd normalises whitespace. ``segmented`` is pysbd's answer for the span when
    it was computed already (see :func:`segment_pieces`).
    """
    end = len(text) if end is None else end
    piece = _piece(text, start, end)
    if not piece.strip():
        return []
    spans = []
    cursor = 0
    for sentence in segment(piece) if segmented is None else segmented:
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


#: Below this many characters, starting worker processes costs more than it saves.
PARALLEL_FROM = 200_000


def default_workers() -> int:
    """Processes for segmenting a long text: ``ARTICLE_ANALYSIS_WORKERS`` if set, else the cores this
    process may use (at most 8)."""
    setting = os.environ.get("ARTICLE_ANALYSIS_WORKERS", "").strip()
    if setting.isdigit() and int(setting) >= 1:
        return int(setting)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


def _segment_chunk(pieces: list[str]) -> list[list[str]]:
    with _roomy_regex_cache():
        return [segment(piece) for piece in pieces]


def segment_pieces(pieces: list[str], workers: int | None = None) -> list[list[str]]:
    """pysbd's sentences for each piece, in order. pysbd is pure Python and about two thirds of the cost of
    a long text, and pieces (blocks) are segmented independently, so a long text is shared among worker
    processes (forked: they start with pysbd loaded); the answer is the same either way."""
    workers = default_workers() if workers is None else workers
    if workers < 2 or len(pieces) < 2 or sum(map(len, pieces)) < PARALLEL_FROM:
        return _segment_chunk(pieces)
    import multiprocessing

    size = -(-len(pieces) // (4 * workers))  # four chunks a worker: one slow chunk does not hold the rest up
    chunks = [pieces[i : i + size] for i in range(0, len(pieces), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return [sentences for part in pool.map(_segment_chunk, chunks) for sentences in part]


def split_sentences(
    text: str, blocks: list[Block], tokens: Tokens | None = None, workers: int | None = None
) -> list[Sentence]:
    """Every sentence of every block whose kind holds sentences, in text order.

    ``tokens`` are the text's tokens when a :class:`~article_analysis.document.Document` has them already;
    ``workers`` the processes a long text may be segmented in (see :func:`segment_pieces`).
    """
    tokens = Tokens.of(text) if tokens is None else tokens
    # A headline is one unit even when it holds a full stop ("U.S. Aid Arrives"); the rest are segmented.
    segmented = [b for b in blocks if b.kind in SENTENCE_KINDS and b.kind != "headline"]
    pieces = [_piece(text, b.start, b.end) for b in segmented]
    answers = iter(segment_pieces([p for p in pieces if p.strip()], workers))
    by_block = {
        block.id: next(answers) if piece.strip() else [] for block, piece in zip(segmented, pieces, strict=True)
    }
    sentences: list[Sentence] = []
    for block in blocks:
        if block.kind not in SENTENCE_KINDS:
            continue
        if block.kind == "headline":
            spans = [(block.start, block.end)]
        else:
            spans = sentence_spans(text, block.start, block.end, by_block[block.id])
        for s, e in spans:
            sentences.append(Sentence(len(sentences) + 1, block.id, block.kind, block.section, s, e, text[s:e],
                                      tokens.word_count(s, e)))  # fmt: skip
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
