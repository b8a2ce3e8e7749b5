"""Distancing and hedging: where the text holds back from vouching for what it reports.

Devices come from the package lexicon (``lexicons/hedges.csv``): distancing adverbs ("reportedly"),
distancing labels ("so-called"), attribution that distances ("according to", "claimed"), modals,
epistemic adverbs and verbs, conditionals; scare quotes come from the quotation finder (a quoted term
that is not speech). Each device records whether it sits inside a quotation or inside reported speech:
there it is the speaker's word, not the writer's ("reportedly" inside a quotation is the speaker's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..document import Document
from ..speech.quotes import Quotation
from ..speech.reported import ReportedSpeech
from ..structure.spans import OpenRanges, Spans
from .wordlists import HEDGES

HEDGE_COLUMNS = ["hedge", "start", "end", "text", "device", "block", "section", "in_quotation", "in_reported_speech"]
_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(HEDGES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_LOWER_ONLY = {"may", "might", "could", "would", "if", "unless"}  # "May" the month, "If" opens a clause


@dataclass(frozen=True)
class Hedge:
    start: int
    end: int
    text: str
    device: str
    block: int
    section: str
    in_quotation: bool
    in_reported_speech: bool


def find_hedges(doc: Document, quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech]) -> tuple[Hedge, ...]:
    """Every distancing device in the blocks that hold prose, in text order."""
    text = doc.text
    quoted = Spans((q.start, q.end) for q in quotes)
    # Reported speech: from the speech verb to the end of its sentence is the speaker's content.
    reported = OpenRanges((r.cue_start, r.end) for r in reports if r.cue_start >= 0)
    speech_verbs = {r.cue_start for r in reports} | {q.cue_start for q in quotes}
    found: list[Hedge] = []
    for block in doc.blocks:
        if block.kind in ("credit", "caption_keywords"):
            continue
        for m in _PATTERN.finditer(text, block.start, block.end):
            word = m.group(0)
            if word.lower() in _LOWER_ONLY and word != word.lower() and word.lower() != "if":
                continue
            device = HEDGES[word.lower()]
            if device == "attribution" and " " not in word and m.start() not in speech_verbs:
                continue  # "maintained regular contacts": the verb reports no speech here
            inside_quote = m.start() in quoted
            inside_report = reported.covers(m.start())
            found.append(Hedge(m.start(), m.end(), word, device, block.id, block.section, inside_quote, inside_report))
    for q in quotes:
        if q.kind == "term":
            block = doc.block_at(q.start)
            found.append(Hedge(q.start, q.end, q.text, "scare_quotes", q.block, block.section if block else "",
                               False, False))  # fmt: skip
    return tuple(sorted(found, key=lambda h: h.start))


def hedges_table(hedges: list[Hedge]) -> pd.DataFrame:
    rows = [[i, h.start, h.end, h.text, h.device, h.block, h.section, h.in_quotation, h.in_reported_speech]
            for i, h in enumerate(hedges, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=HEDGE_COLUMNS)
