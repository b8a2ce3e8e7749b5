"""Characterisations: sentences in which the writer evaluates rather than reports.

A sentence is flagged when it holds an evaluative word (``lexicons/evaluative.csv``: "clout",
"power broker", "sweeping") outside any quotation and outside the content of reported speech: the
judgement is then the writer's own, not a source's. What is flagged is a candidate for checking as
a characterisation (evidence for and against), not a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..document import Document
from ..speech.quotes import Quotation
from ..speech.reported import ReportedSpeech
from ..wordlists import EVALUATIVE_TERMS

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


def find_evaluations(doc: Document, quotes: list[Quotation], reports: list[ReportedSpeech]) -> list[Evaluation]:
    quoted = [(q.start, q.end) for q in quotes]
    reported = [(r.cue_start, r.end) for r in reports if r.cue_start >= 0]
    found = []
    for s in doc.sentences:
        if s.kind not in ("headline", "paragraph", "caption"):
            continue
        terms = [
            m.group(0).lower() for m in _PATTERN.finditer(doc.text, s.start, s.end)
            if not any(a <= m.start() < b for a, b in quoted) and not any(a < m.start() < b for a, b in reported)
        ]  # fmt: skip
        if terms:
            found.append(Evaluation(s.id, s.start, s.end, tuple(dict.fromkeys(terms)), s.kind, s.section, s.text))
    return found


def evaluations_table(evaluations: list[Evaluation]) -> pd.DataFrame:
    rows = [[i, e.sentence, e.start, e.end, ";".join(e.terms), e.kind, e.section, e.text]
            for i, e in enumerate(evaluations, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)
