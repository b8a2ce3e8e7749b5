"""One document, computed once: the text, its tokens, blocks and sentences.

Every later stage (quotations, reported speech, time expressions, mentions, framing) reads these
instead of cutting the text again its own way, so all tables share one segmentation and one set of
offsets. Offsets are character offsets into ``text`` (the file's text as
:func:`article_analysis.textio.read_text` returns it). Every look-up by offset is a binary search.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from .structure.blocks import Block, split_blocks
from .structure.sentences import Sentence, split_sentences
from .structure.tokens import Token, Tokens


@dataclass(frozen=True)
class Document:
    """A text and its segmentation. Build one with :meth:`from_text`; it never changes afterwards."""

    text: str
    published: dt.date | None
    tokens: Tokens
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]

    @classmethod
    def from_text(cls, text: str, published: dt.date | None = None, workers: int | None = None) -> Document:
        """``workers``: processes a long text's sentences may be split in (default: the cores available, or
        ``ARTICLE_ANALYSIS_WORKERS``); the document is the same whatever their number."""
        tokens = Tokens.of(text)
        blocks = split_blocks(text, tokens)
        sentences = split_sentences(text, blocks, tokens, workers)
        return cls(text, published, tokens, tuple(blocks), tuple(sentences))

    # --- indexes, built on first use ------------------------------------------------------------

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _sentence_blocks(self) -> list[int]:
        return [s.block for s in self.sentences]

    @cached_property
    def _block_index(self) -> dict[int, int]:
        return {b.id: i for i, b in enumerate(self.blocks)}

    # --- look-ups -------------------------------------------------------------------------------

    def block_at(self, offset: int) -> Block | None:
        """The block that holds ``offset``, if any."""
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def block_before(self, block: Block) -> Block | None:
        """The block just before ``block`` in reading order, if any."""
        i = self._block_index.get(block.id, 0)
        return self.blocks[i - 1] if i > 0 else None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, if any."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence(self, sentence_id: int) -> Sentence | None:
        """Sentences are numbered from 1 in text order."""
        return self.sentences[sentence_id - 1] if 1 <= sentence_id <= len(self.sentences) else None

    def sentences_of(self, block: Block) -> tuple[Sentence, ...]:
        lo = bisect_left(self._sentence_blocks, block.id)
        return self.sentences[lo : bisect_right(self._sentence_blocks, block.id)]

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in reading order (across blocks), if any."""
        i = bisect_right(self._sentence_starts, sentence.start) - 2
        return self.sentences[i] if i >= 0 else None

    def first_sentence_from(self, offset: int, block: Block) -> Sentence | None:
        """The first sentence of ``block`` that starts at or after ``offset``."""
        for i in range(bisect_left(self._sentence_starts, offset), len(self.sentences)):
            sentence = self.sentences[i]
            if sentence.block == block.id:
                return sentence
            if sentence.start >= block.end:
                break
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside ``[start, end)``."""
        return self.tokens.within(start, end)

    def words_in(self, start: int, end: int) -> int:
        """How many words start inside ``[start, end)``."""
        return self.tokens.word_count(start, end)

    def section_at(self, offset: int) -> str:
        block = self.block_at(offset)
        return block.section if block else ""
