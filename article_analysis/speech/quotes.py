"""Direct quotations: their spans, whether they are speech or a quoted term, and who speaks.

Marks are paired within a paragraph: straight ``"`` by alternation, typographic ``“”`` and ``‘’`` by
shape, and a closing ``''`` (two apostrophes, as some wire feeds write it) for either opener; a lone
``’`` between letters is an apostrophe. A quotation left open at the end of its paragraph runs to the
paragraph's end, and the next paragraph, if it opens with a mark, continues it (the news convention
for a quotation over several paragraphs).

A quotation is speech when a speech verb governs it ("Lavrov said", "urged the Taliban"), when it is
a sentence that continues a speaker's words, or when the sentence before it names a speaker
("Prime Minister Elena Varga told parliament:"); a short quotation with no speech verb, or one that
modifies the noun after it ("zombie" firms), is a quoted term, not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..document import Document
from ..structure.blocks import Block
from ..structure.tokens import count_words
from ..wordlists import FUNCTION_WORDS, TERM_INTRODUCERS
from .cues import CUE_RE, SOURCE_CUE_RE, alternation, has_sentence_punctuation, mask_abbreviations
from .people import People
from .speakers import UNATTRIBUTED, Speaker, classify, subject_before

_OPENERS = {'"': ('"', "''"), "“": ("”", '"', "''"), "‘": ("’",), "«": ("»",), "``": ("''",)}
_TERM_INTRO = re.compile(rf"(?:{alternation(TERM_INTRODUCERS)})\s*[,:]?\s*$", re.IGNORECASE)
_MAX_TERM_WORDS = 4
_MAX_MODIFIER_WORDS = 3
_MAX_OBJECT_WORDS = 6
_CAPTION_KINDS = ("caption", "caption_keywords", "credit")


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
    continues: int = -1  # index of the quotation this one continues (across a paragraph break), or -1

    @property
    def inner(self) -> str:
        """The quoted words without their marks."""
        inner = self.text[2:] if self.text.startswith("``") else self.text[1:]
        if self.closed:
            inner = inner[:-2] if inner.endswith("''") else inner[:-1]
        return inner

    @property
    def words(self) -> int:
        return count_words(self.inner)

    @property
    def is_sentence(self) -> bool:
        """Whether the quoted words are a sentence of their own (end in . ! ? or run on, left open)."""
        return not self.closed or bool(re.search(r"[.!?…]\W*$", self.inner.rstrip()))


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after == "s")


def _opener_at(text: str, i: int, end: int) -> str:
    if text.startswith("``", i):
        return "``"
    ch = text[i]
    if ch not in _OPENERS or ch == "'":
        return ""
    if ch == "‘" and i + 1 < end and text[i + 1].isdigit():  # ‘90s
        return ""
    return ch


def _closer_at(text: str, j: int, closers: tuple[str, ...]) -> str:
    for closer in closers:
        if text.startswith(closer, j) and not (closer == "’" and _is_apostrophe(text, j)):
            return closer
    return ""


def find_quotation_spans(text: str, blocks: list[Block]) -> list[tuple[int, int, bool, int]]:
    """(start, end, closed, block id) of every quotation, never overlapping, in text order."""
    spans: list[tuple[int, int, bool, int]] = []
    for block in blocks:
        i, end = block.start, block.end
        while i < end:
            opener = _opener_at(text, i, end)
            if not opener:
                i += 1
                continue
            closers = _OPENERS[opener]
            j = i + len(opener)
            closer = ""
            while j < end:
                closer = _closer_at(text, j, closers)
                if closer:
                    break
                j += 1
            if closer:
                spans.append((i, j + len(closer), True, block.id))
                i = j + len(closer)
                continue
            if opener in ('"', "“", "``"):  # a quotation left open runs to the block's end (news convention)
                spans.append((i, end, False, block.id))
                i = end
                continue
            i += 1
    return spans


def _context(doc: Document, block: Block, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around a quotation, within its block."""
    first = doc.sentence_at(start)
    last = doc.sentence_at(max(start, end - 1))
    left = first.start if first is not None and first.block == block.id else block.start
    right = last.end if last is not None and last.block == block.id else block.end
    return min(left, start), max(right, end)


def _cue_after(after: str) -> tuple[str, str, int] | None:
    """``," Lavrov said``, ``," said Lavrov``, ``," according to X``: (speaker phrase, cue, offset in ``after``)."""
    m = re.match(r"\s*,?\s*", after)
    rest_at = m.end() if m else 0
    rest = after[rest_at:]
    masked = mask_abbreviations(rest)
    inverted = re.match(rf"({CUE_RE.pattern}|{SOURCE_CUE_RE.pattern})\s+([^,;:!?\"“”()]{{1,80}})", masked)
    if inverted:
        phrase = rest[inverted.start(2) : inverted.end(2)]
        phrase = re.split(r"\.(?:\s|$)", mask_abbreviations(phrase) + " ")[0]
        phrase = rest[inverted.start(2) : inverted.start(2) + len(phrase)].strip()
        return phrase, inverted.group(1), rest_at
    for cue in CUE_RE.finditer(rest):
        head = rest[: cue.start()]
        if has_sentence_punctuation(head) or len(head.split()) > 14:
            break
        phrase = subject_before(head)
        if phrase:
            return phrase, cue.group(0), rest_at + cue.start()
    return None


def _cue_before(before: str) -> tuple[str, str, int] | None:
    """``Lavrov said, "`` or ``urged the Taliban "``: (speaker phrase, cue, cue offset in ``before``)."""
    for cue in reversed(list(CUE_RE.finditer(before))):
        between = before[cue.end() :]
        if has_sentence_punctuation(between, '.;!?"“”') or len(between.split()) > _MAX_OBJECT_WORDS:
            continue
        return subject_before(before[: cue.start()]), cue.group(0), cue.start()
    return None


def _modifies_next_word(text: str, end: int) -> bool:
    """The quotation is followed by a content word it modifies: ``"zombie" firms``."""
    following = re.match(r"\s+([a-z][a-z'-]*)\b", text[end : end + 40])
    if not following:
        return False
    word = following.group(1)
    return word not in FUNCTION_WORDS and not CUE_RE.fullmatch(word)


def _speaker_from_previous_sentence(doc: Document, people: People, start: int) -> tuple[Speaker, str, int] | None:
    """A quotation with no speech verb of its own, after a sentence that names the speaker: one that
    ends with a colon and holds a speech verb ("Varga told parliament:"), or one whose subject is a
    person the text names ("Coach Dan Whitfield was blunt after the loss.")."""
    here = doc.sentence_at(start)
    if here is None or doc.text[here.start : start].strip():
        return None  # the quotation does not open its sentence
    previous = doc.previous_sentence(here)
    if previous is None or previous.kind not in ("paragraph",):
        return None
    sentence = doc.text[previous.start : previous.end]
    if sentence.rstrip().endswith(":"):
        cue = _cue_before(sentence.rstrip().rstrip(":"))
        if cue is not None and cue[0]:
            return classify(cue[0], people), cue[1], previous.start + cue[2]
    if '"' in sentence or "“" in sentence:
        return None
    person = people.mentioned_at(previous.start, previous.start + 60)
    if person:
        lead = sentence[: sentence.find(person.split()[-1]) + len(person.split()[-1])]
        if not re.search(r"[,;:]", mask_abbreviations(lead)) and not re.match(r"\s*(?:[Ww]hen|[Ii]f|[Aa]fter)\b", lead):
            return Speaker(lead.strip(), person, "named", True), "", -1
    return None


def attribute_quotations(doc: Document, people: People) -> list[Quotation]:
    """Find every quotation and attribute the speech ones to a speaker, in text order.

    Pronouns and continuations are resolved afterwards, across quotations and reported speech together
    (see :func:`article_analysis.speech.coref.resolve_references`).
    """
    text = doc.text
    by_id = {b.id: b for b in doc.blocks}
    quotes: list[Quotation] = []
    for start, end, closed, block_id in find_quotation_spans(text, doc.blocks):
        block = by_id[block_id]
        c_start, c_end = _context(doc, block, start, end)
        before, after = text[c_start:start], text[end:c_end]
        q = Quotation(start, end, text[start:end], closed, block=block_id)
        previous = quotes[-1] if quotes else None
        continues = -1
        if previous is not None and not previous.closed and not text[block.start : start].strip():
            continues = len(quotes) - 1  # the previous paragraph's quotation runs on into this one
        short = q.words <= _MAX_MODIFIER_WORDS and not q.is_sentence
        if _TERM_INTRO.search(before) or (short and _modifies_next_word(text, end)):
            quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, continues))
            continue
        found = _cue_before(before)
        cue_offset = c_start + found[2] if found else -1
        if found is None:
            found = _cue_after(after)
            cue_offset = end + found[2] if found else -1
        if found is not None:
            phrase, cue, _ = found
            speaker = classify(phrase, people) if phrase else UNATTRIBUTED
            quotes.append(_with(q, "speech", speaker, cue, cue_offset, continues))
            continue
        same_block_speech = previous is not None and previous.block == block_id and previous.kind == "speech"
        if continues >= 0 or (same_block_speech and (q.is_sentence or q.words > _MAX_TERM_WORDS)):
            quotes.append(_with(q, "speech", Speaker("", "", "continuation", True), "", -1, continues))
            continue
        if q.words <= _MAX_TERM_WORDS and not q.is_sentence:
            quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, continues))
            continue
        earlier = _speaker_from_previous_sentence(doc, people, start) if block.kind not in _CAPTION_KINDS else None
        if earlier is not None:
            speaker, cue, cue_start = earlier
            quotes.append(_with(q, "speech", speaker, cue, cue_start, continues))
            continue
        quotes.append(_with(q, "speech", UNATTRIBUTED, "", -1, continues))
    return quotes


def _with(q: Quotation, kind: str, speaker: Speaker, cue: str, cue_start: int, continues: int) -> Quotation:
    return replace(
        q, kind=kind, speaker=speaker.name, speaker_text=speaker.text, attribution=speaker.attribution,
        cue=" ".join(cue.lower().split()), cue_start=cue_start, continues=continues,
    )  # fmt: skip
