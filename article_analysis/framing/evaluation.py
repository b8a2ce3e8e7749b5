"""Characterisations: sentences in which the writer evaluates rather than reports.

A sentence is flagged when it holds an evaluative word (``lexicons/evaluative.csv``: "clout",
"power broker", "sweeping") outside any quotation and outside the content of reported speech: the
judgement is then the writer's own, not a source's. What is flagged is a candidate for checking as
a characterisation (evidence for and against), not a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..document import Document
from ..speech.quotes import Quotation
from ..speech.reported import ReportedSpeech
from ..structure.blocks import RUNNING_TEXT_KINDS
from ..structure.spans import OpenRanges, Spans
from .wordlists import EVALUATIVE_TERMS

EVALUATION_COLUMNS = ["evaluation", "sentence", "start", "end", "terms", "kind", "section", "text"]
_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(EVALUATIVE_TERMS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evaluation:
    sentence: int
    start: int
    end: int
    terms: tuple[str, ...]
    kind: str
    section: str
    text: str


def find_evaluations(
    doc: Document, quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech]
) -> tuple[Evaluation, ...]:
    """Sentences of the running text that hold an evaluative word outside quotations and reported speech."""
    quoted = Spans((q.start, q.end) for q in quotes)
    reported = OpenRanges((r.cue_start, r.end) for r in reports if r.cue_start >= 0)
    found = []
    for s in doc.sentences:
        if s.kind not in RUNNING_TEXT_KINDS:
            continue
        terms = [
            m.group(0).lower() for m in _PATTERN.finditer(doc.text, s.start, s.end)
            if m.start() not in quoted and not reported.covers(m.start())
        ]  # fmt: skip
        if terms:
            found.append(Evaluation(s.id, s.start, s.end, tuple(dict.fromkeys(terms)), s.kind, s.section, s.text))
    return tuple(found)


def evaluations_table(evaluations: list[Evaluation]) -> pd.DataFrame:
    rows = [[i, e.sentence, e.start, e.end, ";".join(e.terms), e.kind, e.section, e.text]
            for i, e in enumerate(evaluations, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)
