"""One document, computed once: the text, its blocks, sentences and tokens.

Every later stage (quotations, reported speech, time expressions, mentions, framing) reads these
instead of cutting the text again its own way, so all tables share one segmentation and one set of
offsets. Offsets are character offsets into ``text`` (as ``Path.read_text(encoding="utf-8")`` gives).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .structure.blocks import Block, split_blocks
from .structure.sentences import Sentence, split_sentences

_TOKEN_RE = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int  # sentence id, 0 outside any sentence (credits, keyword lines)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


@dataclass
class Document:
    """A text and its segmentation. Build one with :meth:`from_text`."""

    text: str
    published: dt.date | None
    blocks: list[Block]
    sentences: list[Sentence]
    tokens: list[Token] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, published: dt.date | None = None) -> Document:
        blocks = split_blocks(text)
        sentences = split_sentences(text, blocks)
        doc = cls(text, published, blocks, sentences)
        starts = [s.start for s in sentences]
        for match in _TOKEN_RE.finditer(text):
            i = bisect_right(starts, match.start()) - 1
            inside = i >= 0 and sentences[i].start <= match.start() < sentences[i].end
            doc.tokens.append(Token(match.start(), match.end(), match.group(0), sentences[i].id if inside else 0))
        return doc

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _sentence_index(self) -> dict[int, Sentence]:
        return {s.id: s for s in self.sentences}

    def block_at(self, offset: int) -> Block | None:
        """The block that holds ``offset``, if any."""
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, if any."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence(self, sentence_id: int) -> Sentence | None:
        return self._sentence_index.get(sentence_id)

    def sentences_of(self, block: Block) -> list[Sentence]:
        return [s for s in self.sentences if s.block == block.id]

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in reading order (across blocks), if any."""
        i = bisect_right(self._sentence_starts, sentence.start) - 2
        return self.sentences[i] if i >= 0 else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside ``[start, end)``."""
        lo = bisect_right(self._token_starts, start - 1)
        hi = bisect_right(self._token_starts, end - 1)
        return self.tokens[lo:hi]

    def section_at(self, offset: int) -> str:
        block = self.block_at(offset)
        return block.section if block else ""
