"""Split a news article into its blocks and label each with the section it belongs to.

A web news article pasted as text is a composite: a headline, the outlet's own paragraphs,
perhaps a line handing over to appended wire copy, and photo captions dropped into the running
text (a short keyword line, the caption, a credit such as "Getty" or "AP Photo/Name, Pool").
The rules below use only the shape of the text and generic newsroom conventions, never the
words of one particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import Tokens, strip_span
from .wordlists import ATTRIBUTION_PHRASES, HANDOVER_PHRASES, PHOTO_AGENCIES

BLOCK_KINDS = ("headline", "paragraph", "handover", "attribution", "caption_keywords", "caption", "credit")
#: The running text: what a reader reads as the article (not hand-over lines, credits or keyword lines).
RUNNING_TEXT_KINDS = ("headline", "paragraph", "caption")
#: The blocks of a photo: its keyword line, its caption and its credit.
CAPTION_KINDS = ("caption", "caption_keywords", "credit")
SECTIONS = ("outlet", "wire")

# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_TERMINAL_RE = re.compile(r"[.!?…][\"'”’)\]]*$")

# Photo credits: a photo agency or the words newsrooms use in credits. Generic, not per article.
_AGENCIES = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
_CREDIT_RE = re.compile(
    rf"^(?:(?:Photo|Photograph|Picture|Image|Credit)s?\b.*"  # "Photo by ...", "Credit: ..."
    rf"|.*\b(?:Photo|Photos|Photograph|Images|via)\b.*"  # "AP Photo/Name", "AFP via Getty Images"
    rf"|(?:{_AGENCIES})\b.*"  # "Getty", "Reuters/Name"
    rf"|.*/(?:{_AGENCIES})\b.*)$",
    re.IGNORECASE,
)
_CREDIT_MAX_WORDS = 10

# A hand-over line points the reader to copy that follows; an attribution line credits it.
_HANDOVER_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in HANDOVER_PHRASES) + r")(?!\w)", re.IGNORECASE)
_ATTRIBUTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ATTRIBUTION_PHRASES) + r")\b", re.IGNORECASE)
_WIRE_NAME_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?((?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*)*)")
_LINE_RE = re.compile(r"[^\n]*(?:\n|$)")


@dataclass(frozen=True)
class Block:
    """One block of the article; ``text[start:end]`` is its text."""

    id: int
    kind: str
    section: str
    start: int
    end: int
    text: str
    paragraph: int
    figure: int | None
    section_rule: str
    words: int


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, stripped; a line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = strip_span(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return spans


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The line width of hard-wrapped copy (old wire feeds break every line near 65 characters and leave
    no blank line between paragraphs), or 0 when the text is not laid out that way."""
    if len(lines) < 8 or re.search(r"\n[ \t]*\n", text):
        return 0
    lengths = sorted(e - s for s, e in lines)
    width = lengths[int(0.8 * (len(lengths) - 1))]
    regular = sum(1 for n in lengths if 0.8 * width <= n <= 1.05 * width)
    return width if 45 <= width <= 100 and regular >= 0.6 * len(lengths) else 0


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Group non-blank lines into paragraphs: a blank line (or only whitespace) separates them.

    In hard-wrapped copy (see :func:`_wrap_width`) a paragraph ends instead at a line that ends like a
    sentence (or with a colon) and is shorter than the wrap width or followed by an opening quotation mark.
    """
    lines = _lines(text)
    width = _wrap_width(text, lines)
    paragraphs: list[list[tuple[int, int]]] = []
    previous: tuple[int, int] | None = None
    for start, end in lines:
        if previous is None:
            paragraphs.append([])
        elif width:
            ends = re.search(r"[.!?:\"”’)]\s*$", text[previous[0] : previous[1]])
            short = previous[1] - previous[0] < 0.9 * width
            if ends and (short or text[start] in '"“'):
                paragraphs.append([])
        else:
            gap = text[previous[1] : start]
            if gap.count("\n") + gap.replace("\r\n", "").count("\r") >= 2:
                paragraphs.append([])
        paragraphs[-1].append((start, end))
        previous = (start, end)
    if width:  # one wrapped paragraph is one line: the splitter treats every line of it as running text
        return [[(p[0][0], p[-1][1])] for p in paragraphs]
    return paragraphs


def _ends_like_sentence(segment: str) -> bool:
    return bool(_TERMINAL_RE.search(segment))


def _looks_like_headline(tokens: Tokens, start: int, end: int) -> bool:
    """A single short line that does not end like a sentence (a headline may end with ? or !)."""
    stripped = tokens.text[start:end].rstrip()
    return (
        0 < tokens.word_count(start, end) <= 25
        and not re.search(r"[.,;:][\"'”’)]*$", stripped)
        and "\n" not in stripped
    )


def _looks_like_keywords(tokens: Tokens, start: int, end: int) -> bool:
    return 0 < tokens.word_count(start, end) <= 6 and not re.search(r"[.,;:!?][\"'”’)]*$", tokens.text[start:end])


def _is_credit(tokens: Tokens, start: int, end: int) -> bool:
    segment = tokens.text[start:end].strip()
    return (
        0 < tokens.word_count(start, end) <= _CREDIT_MAX_WORDS
        and not _ends_like_sentence(segment)
        and not segment.endswith((":", ";", ","))
        and bool(_CREDIT_RE.match(segment))
    )


def _credit_split(tokens: Tokens, start: int, end: int) -> int | None:
    """Where a trailing photo credit starts inside ``text[start:end]``, or None.

    The credit is what follows the last sentence end (or sits on its own last line) when the
    paragraph itself does not end like a sentence.
    """
    segment = tokens.text[start:end]
    if _ends_like_sentence(segment):
        return None
    candidates = [m.end() for m in re.finditer(r"[.!?…][\"'”’)\]]*\s+", segment)]
    newline = segment.rfind("\n")
    if newline >= 0:
        candidates.append(newline + 1)
    if not candidates:
        return None
    cut = max(candidates)
    if cut >= len(segment) or not _is_credit(tokens, start + cut, end):
        return None
    return start + cut


def _wire_aliases(handover_text: str) -> list[str]:
    """The wire service a hand-over line names, and its initials ("Associated Press" -> "AP")."""
    match = _WIRE_NAME_RE.search(handover_text)
    if not match:
        return []
    name = match.group(1).rstrip(".,:;")
    tokens = [t for t in name.split() if t[:1].isupper()]
    aliases = [name]
    if len(tokens) >= 2:
        aliases.append("".join(t[0] for t in tokens))
    return aliases


def split_blocks(text: str, tokens: Tokens | None = None) -> list[Block]:
    """Split ``text`` into labelled blocks, in order. Never raises on any string.

    ``tokens`` are the text's tokens when a :class:`~article_analysis.document.Document` has them already.
    """
    tokens = Tokens.of(text) if tokens is None else tokens
    raw: list[tuple[str, int, int, int, int | None]] = []  # kind, start, end, paragraph, figure
    figure_count = 0
    paragraphs = _paragraphs(text)
    for index, lines in enumerate(paragraphs):
        p_start, p_end = lines[0][0], lines[-1][1]
        first_start, first_end = lines[0]
        # Headline: the first line of the text, short and not ending like a sentence.
        if (
            index == 0
            and _looks_like_headline(tokens, first_start, first_end)
            and (len(paragraphs) > 1 or len(lines) > 1)
        ):
            raw.append(("headline", first_start, first_end, index, None))
            if len(lines) == 1:
                continue
            lines = lines[1:]
            p_start = lines[0][0]
            first_start, first_end = lines[0]  # the paragraph now starts on the line after the headline
        credit_at = _credit_split(tokens, p_start, p_end)
        whole_credit = _is_credit(tokens, p_start, p_end) and len(lines) == 1
        if whole_credit and raw and raw[-1][0] == "paragraph":
            # A credit on its own line after a paragraph: that paragraph was a caption.
            _, s, e, para, _ = raw.pop()
            figure_count += 1
            raw.append(("caption", s, e, para, figure_count))
            raw.append(("credit", p_start, p_end, index, figure_count))
            continue
        if credit_at is not None and credit_at > p_start:
            figure_count += 1
            body_start = p_start
            if len(lines) > 1 and lines[1][0] < credit_at and _looks_like_keywords(tokens, first_start, first_end):
                raw.append(("caption_keywords", first_start, first_end, index, figure_count))
                body_start = lines[1][0]
            body_start, body_end = strip_span(text, body_start, credit_at)
            if body_start < body_end:
                raw.append(("caption", body_start, body_end, index, figure_count))
            raw.append(("credit", credit_at, p_end, index, figure_count))
            continue
        segment = text[p_start:p_end]
        short = tokens.word_count(p_start, p_end) <= 40
        if short and _ATTRIBUTION_RE.search(segment):
            raw.append(("attribution", p_start, p_end, index, None))
        elif short and _HANDOVER_RE.search(segment):
            raw.append(("handover", p_start, p_end, index, None))
        else:
            raw.append(("paragraph", p_start, p_end, index, None))

    return _label_sections(tokens, raw)


def _label_sections(tokens: Tokens, raw: list[tuple[str, int, int, int, int | None]]) -> list[Block]:
    text = tokens.text
    handover = next((i for i, r in enumerate(raw) if r[0] == "handover"), None)
    wire = _wire_aliases(text[raw[handover][1] : raw[handover][2]]) if handover is not None else []
    credits = {r[4]: text[r[1] : r[2]] for r in raw if r[0] == "credit"}
    blocks = []
    for i, (kind, start, end, paragraph, figure) in enumerate(raw):
        if handover is None:
            section, rule = "outlet", "no hand-over line: all the outlet's"
        elif figure is not None and wire:
            credit = credits.get(figure, "")
            names_wire = any(re.search(rf"\b{re.escape(alias)}\b", credit) for alias in wire)
            section = "wire" if names_wire else "outlet"
            rule = "photo credit names the wire service" if names_wire else "photo credit is not the wire service"
        elif i <= handover:
            section, rule = "outlet", "before the hand-over line" if i < handover else "the hand-over line"
        else:
            section, rule = "wire", "after the hand-over line"
        blocks.append(Block(i + 1, kind, section, start, end, text[start:end], paragraph + 1, figure, rule,
                            tokens.word_count(start, end)))  # fmt: skip
    return blocks


def wire_service(blocks: list[Block]) -> str | None:
    """The wire service named in the hand-over line, if there is one."""
    for block in blocks:
        if block.kind == "handover":
            aliases = _wire_aliases(block.text)
            return aliases[0] if aliases else None
    return None
