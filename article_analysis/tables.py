"""The analysis's tables, one builder per CSV: what each holds is a row per object a stage found.

Each builder takes the document and the pipeline's results (see :mod:`article_analysis.pipeline`) and
reads only the results it names, so a table is available exactly when the stages it needs have run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .actors.cooccurrence import cooccurrence_table
from .actors.voice import actor_table
from .document import Document
from .framing.evaluation import evaluations_table
from .framing.hedges import hedges_table
from .framing.labels import labels_table
from .framing.topics import topic_table
from .reuse.retelling import near_duplicates, pair_sections
from .structure.sentences import readability
from .timex import iso_week

BLOCK_COLUMNS = [
    "block", "kind", "section", "start", "end", "words", "sentences", "paragraph", "figure", "section_rule", "text",
]  # fmt: skip
SENTENCE_COLUMNS = ["sentence", "block", "kind", "section", "start", "end", "words", "text"]
QUOTE_COLUMNS = [
    "quote", "start", "end", "text", "kind", "speaker", "attribution", "cue", "speaker_text",
    "words", "closed", "block", "section",
]  # fmt: skip
MENTION_COLUMNS = [
    "mention", "start", "end", "surface", "actor_id", "actor", "kind", "match_type", "block", "section", "sentence",
    "reading",
]  # fmt: skip
DATE_COLUMNS = ["date", "start", "end", "text", "value", "type", "granularity", "iso_week", "rule", "block", "section"]
SPEECH_COLUMNS = [
    "report", "start", "end", "text", "speaker", "attribution", "cue", "speaker_text", "content", "block", "section",
]  # fmt: skip

Results = Mapping[str, Any]


def blocks_table(doc: Document, results: Results) -> pd.DataFrame:
    per_block = Counter(s.block for s in doc.sentences)
    rows = [
        [b.id, b.kind, b.section, b.start, b.end, b.words, per_block[b.id], b.paragraph, b.figure, b.section_rule,
         b.text]
        for b in doc.blocks
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=BLOCK_COLUMNS).astype({"figure": "Int64"})


def sentences_table(doc: Document, results: Results) -> pd.DataFrame:
    rows = [[s.id, s.block, s.kind, s.section, s.start, s.end, s.words, s.text] for s in doc.sentences]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def quotes_table(doc: Document, results: Results) -> pd.DataFrame:
    rows = [
        [i, q.start, q.end, q.text, q.kind, q.speaker, q.attribution, q.cue, q.speaker_text,
         q.words, q.closed, q.block, doc.section_at(q.start)]
        for i, q in enumerate(results["quotes"], 1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def speech_table(doc: Document, results: Results) -> pd.DataFrame:
    rows = [
        [i, r.start, r.end, doc.text[r.start : r.end], r.speaker, r.attribution, r.cue, r.speaker_text,
         r.content, r.block, r.section]
        for i, r in enumerate(results["reports"], 1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=SPEECH_COLUMNS)


def dates_table(doc: Document, results: Results) -> pd.DataFrame:
    rows = []
    for i, d in enumerate(results["dates"], 1):
        block = doc.block_at(d.start)
        rows.append([i, d.start, d.end, d.text, d.value, d.type, d.granularity, iso_week(d.value), d.rule,
                     block.id if block else 0, block.section if block else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def mentions_table(doc: Document, results: Results) -> pd.DataFrame:
    rows = [
        [
            i,
            m.start,
            m.end,
            m.surface,
            m.actor_id,
            m.actor,
            m.kind,
            m.match_type,
            m.block,
            m.section,
            m.sentence,
            m.reading,
        ]
        for i, m in enumerate(results["mentions"], 1)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


@dataclass(frozen=True)
class TableSpec:
    needs: tuple[str, ...]  # results the table is built from
    build: Callable[[Document, Results], pd.DataFrame]


#: Every table the analyzer can write, in the order it writes them.
TABLES: dict[str, TableSpec] = {
    "blocks": TableSpec((), blocks_table),
    "sentences": TableSpec((), sentences_table),
    "quotes": TableSpec(("quotes",), quotes_table),
    "speech": TableSpec(("reports",), speech_table),
    "dates": TableSpec(("dates",), dates_table),
    "hedges": TableSpec(("hedges",), lambda doc, r: hedges_table(r["hedges"])),
    "evaluations": TableSpec(("evaluations",), lambda doc, r: evaluations_table(r["evaluations"])),
    "topics": TableSpec(("topic_lexicon",), lambda doc, r: topic_table(doc, r["topic_lexicon"])),
    "mentions": TableSpec(("mentions",), mentions_table),
    "actors": TableSpec(
        ("gazetteer", "mentions", "quotes", "reports"),
        lambda doc, r: actor_table(r["gazetteer"], r["mentions"], r["quotes"], r["reports"]),
    ),
    "cooccurrence": TableSpec(("mentions",), lambda doc, r: cooccurrence_table(r["mentions"])),
    "labels": TableSpec(("labels",), lambda doc, r: labels_table(r["labels"])),
    "readability": TableSpec((), lambda doc, r: readability(doc.sentences)),
    "retelling": TableSpec((), lambda doc, r: pair_sections(doc.sentences)),
    "near_duplicates": TableSpec((), lambda doc, r: near_duplicates(doc.sentences)),
}


class Tables(Mapping[str, pd.DataFrame]):
    """The tables the results allow, by CSV name, each built on first use and kept: a caller that never
    reads readability (the pronouncing dictionary takes a second to load) or the sentence pairs
    (scikit-learn) does not pay for them."""

    def __init__(self, doc: Document, results: Results, elsewhere: Mapping[str, Future] | None = None) -> None:
        self._doc, self._results = doc, results
        self._names = [name for name, spec in TABLES.items() if all(n in results for n in spec.needs)]
        self._built: dict[str, pd.DataFrame] = {}
        # Tables another process is building (see article_analysis.background): taken from it when read.
        self._elsewhere = {name: future for name, future in (elsewhere or {}).items() if name in self._names}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._built:
            if name in self._elsewhere:
                self._built[name] = self._elsewhere.pop(name).result()
            else:
                self._built[name] = TABLES[name].build(self._doc, self._results)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
