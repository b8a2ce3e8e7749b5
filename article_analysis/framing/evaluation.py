"""Characterisations: sentences in which the writer evaluates rather than reports.

A sentence is flagged when it holds an evaluative adjective outside any quotation and outside the
content of reported speech: the judgement is then the writer's own, not a source's. Evaluative
adjectives come from a published lexicon, Pattern's English subjectivity lexicon
(``lexicons/evaluative.csv``; see ``lexicons/README.md``): an adjective counts when, averaged over its
senses, it is more subjective than objective and not neutral. The lexicon scores adjectives only: nouns
("clout") and phrases ("power broker") that evaluate are missed, and so is an adjective used in a sense
the average hides. What is flagged is a candidate for checking as a characterisation, not a verdict.
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
from .wordlists import ADJECTIVE_SCORES

EVALUATION_COLUMNS = ["evaluation", "sentence", "start", "end", "terms", "kind", "section", "text"]
#: The rule: an adjective is evaluative when, averaged over its senses, it is more subjective than objective
#: (subjectivity above the scale's midpoint) and not neutral (polarity not 0).
SUBJECTIVITY_ABOVE = 0.5
EVALUATIVE_TERMS = tuple(
    sorted(t for t, (polarity, subjectivity) in ADJECTIVE_SCORES.items() if subjectivity > SUBJECTIVITY_ABOVE
           and polarity != 0)
)  # fmt: skip
_EVALUATIVE = frozenset(EVALUATIVE_TERMS)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


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
    """Sentences of the running text that hold an evaluative adjective outside quotations and reported speech."""
    quoted = Spans((q.start, q.end) for q in quotes)
    reported = OpenRanges((r.cue_start, r.end) for r in reports if r.cue_start >= 0)
    found = []
    for s in doc.sentences:
        if s.kind not in RUNNING_TEXT_KINDS:
            continue
        terms = [
            m.group(0).lower() for m in _WORD.finditer(doc.text, s.start, s.end)
            if m.group(0).lower() in _EVALUATIVE and m.start() not in quoted and not reported.covers(m.start())
        ]  # fmt: skip
        if terms:
            found.append(Evaluation(s.id, s.start, s.end, tuple(dict.fromkeys(terms)), s.kind, s.section, s.text))
    return tuple(found)


def evaluations_table(evaluations: list[Evaluation]) -> pd.DataFrame:
    rows = [[i, e.sentence, e.start, e.end, ";".join(e.terms), e.kind, e.section, e.text]
            for i, e in enumerate(evaluations, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)
