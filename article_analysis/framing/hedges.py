"""Hedging, distancing, sourcing and naming: how a text holds back from, or points away from, what it reports.

Devices come from the package lexicon (``lexicons/hedges.csv``, each row with its published source) and
from the quotation finder (a quoted term that is not speech). Each device has a function:

- ``distancing``: the writer passes a claim on without vouching for it ("reportedly", "is said to"), a
  speech verb that casts doubt where "said" is neutral ("claimed", "maintained" -- only where it reports
  speech), "so-called" in its sense "improperly so named", quotation marks around a term that is not a
  name (scare quotes);
- ``sourcing``: the text names where a claim comes from ("according to", "..., the agency reported");
- ``naming``: "so-called" after "the" ("the so-called pocket veto": commonly named) and quotation marks
  around a term after a naming verb ("dubbed 'Sunrise'") or after "the" when the term is a phrase or
  capitalised ("the 'extended troika'"): a name, not doubt (a single lower-case word after "the" is a scare
  quote: "the 'truce' held");
- ``epistemic``: modal verbs, adverbs, adjectives and verbs of likelihood;
- ``tense``: "would" and "could" after a past speech verb, the past of "will" and "can" in reported
  speech ("officials said the country would soon send aid"): listed, never counted as a hedge.

Each device records whether it sits inside a quotation or inside reported speech: there it is the
speaker's word, not the writer's.
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
from .wordlists import (
    BACKSHIFT_MODALS,
    CREDIT_CUES,
    FUNCTIONS,
    HEDGE_FUNCTIONS,
    HEDGES,
    IRREGULAR_PAST,
    NAMING_BEFORE,
)

HEDGE_COLUMNS = [
    "hedge", "start", "end", "text", "device", "function", "rule", "block", "section", "in_quotation",
    "in_reported_speech",
]  # fmt: skip
_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(HEDGES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
assert set(HEDGE_FUNCTIONS.values()) <= set(FUNCTIONS), "a lexicon row with a function the rules do not know"
_LOWER_ONLY = {"may", "might", "could", "would"}  # "May" the month; a capitalised modal opens a question
_NAMED = re.compile(r"(?:^|[^\w-])(?:" + "|".join(re.escape(w) for w in NAMING_BEFORE) + r")\s+$", re.IGNORECASE)
_QUOTE_NEXT = re.compile(r"\s*[\"“‘']")


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
    function: str = ""
    rule: str = ""


def _past(cue: str) -> bool:
    """Whether a speech verb (its first word: "called" in "called on") is in the past tense."""
    word = cue.split()[0].lower() if cue.strip() else ""
    return word.endswith("ed") or word in IRREGULAR_PAST


def _named(text: str, floor: int, at: int) -> bool:
    """Whether the words right before ``at`` (not before ``floor``) make what follows a name."""
    return bool(_NAMED.search(text, max(floor, at - 24), at))


def _names(text: str, floor: int, q: Quotation) -> bool:
    """Whether a quoted term is a name: after a naming verb ("dubbed 'Sunrise'"), or after "the" when it is a
    phrase or capitalised ("the 'extended troika'", "the 'Quartet'"); a single lower-case word after "the" is a
    scare quote ("the 'truce' held")."""
    if not _named(text, floor, q.start):
        return False
    before = text[max(floor, q.start - 5) : q.start].lower()
    inner = q.inner.strip()
    return not before.rstrip().endswith("the") or len(inner.split()) > 1 or inner[:1].isupper()


def find_hedges(doc: Document, quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech]) -> tuple[Hedge, ...]:
    """Every hedging, distancing, sourcing and naming device in the blocks that hold prose, in text order."""
    text = doc.text
    quoted = Spans((q.start, q.end) for q in quotes)
    # Reported speech: from the speech verb to the end of its sentence is the speaker's content.
    reported = OpenRanges((r.cue_start, r.end) for r in reports if r.cue_start >= 0)
    after_past_verb = OpenRanges((r.cue_start, r.end) for r in reports if r.cue_start >= 0 and _past(r.cue))
    speech_verbs = {r.cue_start for r in reports} | {q.cue_start for q in quotes}
    found: list[Hedge] = []

    def add(start: int, end: int, device: str, function: str, rule: str, marks: bool = False) -> None:
        # ``marks``: quotation marks around a term, or the verb that credits a report: the writer's own device
        # even where it stands inside another report's sentence.
        block = doc.block_at(start)
        inside = (False, False) if marks else (start in quoted, reported.covers(start))
        found.append(Hedge(start, end, text[start:end], device, block.id if block else 0,
                           block.section if block else "", *inside, function, rule))  # fmt: skip

    for block in doc.blocks:
        if block.kind in ("credit", "caption_keywords"):
            continue
        for m in _PATTERN.finditer(text, block.start, block.end):
            word = m.group(0)
            key = word.lower()
            if key in _LOWER_ONLY and word != key:
                continue
            device, function, rule = HEDGES[key], HEDGE_FUNCTIONS[key], "lexicon"
            if device == "doubting_verb" and m.start() not in speech_verbs:
                continue  # "maintained regular contacts": the verb reports no speech here
            if key == "so-called":
                if _named(text, block.start, m.start()) and not _QUOTE_NEXT.match(text, m.end()):
                    rule = "after 'the': commonly named"
                else:
                    function, rule = "distancing", "not after 'the', or before quotation marks: improperly so named"
            elif key in BACKSHIFT_MODALS and after_past_verb.covers(m.start()):
                function, rule = "tense", "after a past speech verb: the past of 'will' or 'can'"
            add(m.start(), m.end(), device, function, rule)
    for r in reports:
        if r.cue_start >= 0 and r.cue.lower() in CREDIT_CUES and r.cue.lower() not in HEDGES:
            add(
                r.cue_start,
                r.cue_start + len(r.cue),
                "source_credit",
                "sourcing",
                "a speech verb that credits a report",
                marks=True,
            )
    for q in quotes:
        if q.kind == "term":
            block = doc.block_at(q.start)
            if _names(text, block.start if block else 0, q):
                add(
                    q.start,
                    q.end,
                    "naming_quotes",
                    "naming",
                    "a phrase or name after 'the', or after a naming verb",
                    marks=True,
                )
            else:
                add(q.start, q.end, "scare_quotes", "distancing", "a quoted term that is not a name", marks=True)
    return tuple(sorted(found, key=lambda h: h.start))


def hedges_table(hedges: list[Hedge]) -> pd.DataFrame:
    rows = [[i, h.start, h.end, h.text, h.device, h.function, h.rule, h.block, h.section, h.in_quotation,
             h.in_reported_speech] for i, h in enumerate(hedges, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=HEDGE_COLUMNS)
