"""Direct quotations: their spans, whether they are speech or a quoted term, and who speaks.

Quotation marks are paired within a paragraph (straight ``"`` by alternation, typographic
``“”`` and ``‘’`` by shape; a lone ``’`` between letters is an apostrophe). A quotation is
speech when a speech verb governs it ("Lavrov said", "urged the Taliban"), or when it is long
enough to be a sentence and follows speech in the same paragraph; a short quotation with no
speech verb ("the so-called "extended troika"") is a quoted term, not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block
from .speakers import CUE_RE, PeopleIndex, Speaker, classify, subject_before
from .tokens import count_words

_OPENERS = {'"': '"', "“": "”", "‘": "’", "«": "»"}
# Words that introduce a name or term rather than speech: the "so-called" test.
_TERM_INTRO = re.compile(
    r"(?:so-called|called|dubbed|named|known as|termed|labelled|labeled|the word|the term|the phrase)\s*$",
    re.IGNORECASE,
)
_MAX_TERM_WORDS = 4
_MAX_OBJECT_WORDS = 6


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end when left open)
    text: str
    closed: bool
    kind: str = ""  # speech | term
    speaker: str = ""
    speaker_text: str = ""
    attribution: str = ""
    cue: str = ""
    cue_start: int = -1
    block: int = 0

    @property
    def inner(self) -> str:
        """The quoted words without their marks."""
        inner = self.text[1:]
        if self.closed:
            inner = inner[:-1]
        return inner

    @property
    def words(self) -> int:
        return count_words(self.inner)


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after == "s")


def find_quotation_spans(text: str, blocks: list[Block]) -> list[tuple[int, int, bool, int]]:
    """(start, end, closed, block id) of every quotation, never overlapping, in text order."""
    spans: list[tuple[int, int, bool, int]] = []
    for block in blocks:
        i, end = block.start, block.end
        while i < end:
            ch = text[i]
            if ch in _OPENERS and not (ch == "‘" and i + 1 < end and text[i + 1].isdigit()):
                closer = _OPENERS[ch]
                j = i + 1
                while j < end:
                    if text[j] == closer and not (closer == "’" and _is_apostrophe(text, j)):
                        break
                    j += 1
                if j < end:
                    spans.append((i, j + 1, True, block.id))
                    i = j + 1
                    continue
                if ch in ('"', "“"):  # a quotation left open runs to the block's end (news convention)
                    spans.append((i, end, False, block.id))
                    i = end
                    continue
            i += 1
    return spans


def _sentence_bounds(text: str, block: Block, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, within its block, by sentence-final punctuation."""
    left = block.start
    for m in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"“A-Z0-9])", text[block.start : start]):
        left = block.start + m.end()
    right_match = re.search(r"[.!?](?=[\"'”’)]*(?:\s|$))", text[end : block.end])
    right = end + right_match.end() if right_match else block.end
    return left, right


def _cue_after(after: str) -> tuple[str, str, int] | None:
    """``," Lavrov said`` or ``," said Lavrov``: (speaker phrase, cue, cue offset in ``after``)."""
    m = re.match(r"\s*,?\s*", after)
    rest_at = m.end() if m else 0
    rest = after[rest_at:]
    inverted = re.match(rf"({CUE_RE.pattern})\s+([^,.;:!?\"“”]{{1,60}})", rest)
    if inverted:
        return inverted.group(2).strip(), inverted.group(1), rest_at
    for cue in CUE_RE.finditer(rest):
        head = rest[: cue.start()]
        if re.search(r"[.;:!?\"“”]", head) or len(head.split()) > 12:
            break
        phrase = subject_before(head)
        if phrase:
            return phrase, cue.group(0), rest_at + cue.start()
    return None


def _cue_before(before: str) -> tuple[str, str, int] | None:
    """``Lavrov said, "`` or ``urged the Taliban "``: (speaker phrase, cue, cue offset in ``before``)."""
    for cue in reversed(list(CUE_RE.finditer(before))):
        between = before[cue.end() :]
        if re.search(r"[.;!?\"“”]", between) or len(between.split()) > _MAX_OBJECT_WORDS:
            continue
        return subject_before(before[: cue.start()]), cue.group(0), cue.start()
    return None


def attribute_quotations(text: str, blocks: list[Block], people: PeopleIndex | None = None) -> list[Quotation]:
    """Find every quotation and attribute the speech ones to a speaker, in text order."""
    people = people or PeopleIndex(text)
    by_id = {b.id: b for b in blocks}
    quotes: list[Quotation] = []
    for start, end, closed, block_id in find_quotation_spans(text, blocks):
        block = by_id[block_id]
        s_start, s_end = _sentence_bounds(text, block, start, end)
        before, after = text[s_start:start], text[end:s_end]
        q = Quotation(start, end, text[start:end], closed, block=block_id)
        found = _cue_before(before)
        cue_offset = s_start + found[2] if found else -1
        if found is None:
            found = _cue_after(after)
            cue_offset = end + found[2] if found else -1
        previous = quotes[-1] if quotes else None
        if found is not None:
            phrase, cue, _ = found
            # Pronouns are resolved later, across quotations and reported speech together.
            speaker = classify(phrase, people) if phrase else Speaker("", "", "unattributed", False)
            q = _with(q, "speech", speaker, cue, cue_offset)
        elif _TERM_INTRO.search(before) or q.words <= _MAX_TERM_WORDS:
            q = _with(q, "term", Speaker("", "", "", False), "", -1)
        elif previous is not None and previous.block == block_id and previous.kind == "speech":
            q = _with(q, "speech", Speaker("", previous.speaker, "continuation", True), "", -1)
        else:
            q = _with(q, "speech", Speaker("", "", "unattributed", False), "", -1)
        quotes.append(q)
    return quotes


def _with(q: Quotation, kind: str, speaker: Speaker, cue: str, cue_start: int) -> Quotation:
    return Quotation(
        q.start, q.end, q.text, q.closed, kind, speaker.name, speaker.text, speaker.attribution,
        cue.lower(), cue_start, q.block,
    )  # fmt: skip
