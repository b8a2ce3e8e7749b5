"""One entry point that turns an article into every table: the notebooks and the CLI share it.

The document (blocks, sentences, tokens) is computed once; every stage after it reads that document:

    text -> Document -> People -> quotations -> reported speech -> references resolved
                     -> time expressions -> mentions (with a gazetteer) -> co-occurrence, voice
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field

import pandas as pd

from .actors.cooccurrence import cooccurrence_table
from .actors.gazetteer import Actor
from .actors.mentions import Mention, find_mentions
from .actors.voice import actor_table
from .article import Article
from .document import Document
from .errors import InputError
from .framing.evaluation import evaluations_table, find_evaluations
from .framing.hedges import Hedge, find_hedges, hedges_table
from .framing.labels import Label, find_labels, labels_table
from .framing.topics import TopicLexicon, topic_table
from .reuse.retelling import near_duplicates, pair_sections
from .speech.coref import resolve_references
from .speech.people import People, looks_like_person_name
from .speech.quotes import Quotation, attribute_quotations
from .speech.reported import ReportedSpeech, find_reported_speech
from .structure.blocks import Block
from .structure.sentences import Sentence, readability
from .timex import TimeExpression, find_time_expressions, iso_week


class Tables(MutableMapping):
    """The analysis's tables by CSV name. A table can be registered as a function (:meth:`later`) and is
    then computed on first use: readability (the CMU pronouncing dictionary takes a second to load) and
    the TF-IDF sentence pairs (scikit-learn) cost time a caller that never reads them should not pay."""

    def __init__(self) -> None:
        self._tables: dict[str, pd.DataFrame] = {}
        self._later: dict[str, Callable[[], pd.DataFrame]] = {}

    def later(self, **tables: Callable[[], pd.DataFrame]) -> None:
        for name, make in tables.items():
            self._tables.pop(name, None)
            self._later[name] = make

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._tables and name in self._later:
            self._tables[name] = self._later.pop(name)()
        return self._tables[name]

    def __setitem__(self, name: str, table: pd.DataFrame) -> None:
        self._later.pop(name, None)
        self._tables[name] = table

    def __delitem__(self, name: str) -> None:
        self._later.pop(name, None)
        self._tables.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter([*self._tables, *self._later])

    def __len__(self) -> int:
        return len(self._tables) + len(self._later)


@dataclass
class Analysis:
    """The article, the objects derived from it, and every table (by CSV name)."""

    article: Article
    document: Document
    people: People
    quotes: list[Quotation]
    reports: list[ReportedSpeech]
    dates: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    tables: Tables = field(default_factory=Tables)

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    @property
    def sentences(self) -> list[Sentence]:
        return self.document.sentences


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
]  # fmt: skip
DATE_COLUMNS = ["date", "start", "end", "text", "value", "type", "granularity", "iso_week", "rule", "block", "section"]
SPEECH_COLUMNS = [
    "report", "start", "end", "text", "speaker", "attribution", "cue", "speaker_text", "content", "block", "section",
]  # fmt: skip


def blocks_table(doc: Document) -> pd.DataFrame:
    per_block = pd.Series([s.block for s in doc.sentences], dtype="int64").value_counts()
    rows = [
        [b.id, b.kind, b.section, b.start, b.end, b.words, int(per_block.get(b.id, 0)),
         b.paragraph, b.figure, b.section_rule, b.text]
        for b in doc.blocks
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=BLOCK_COLUMNS).astype({"figure": "Int64"})


def sentences_table(doc: Document) -> pd.DataFrame:
    rows = [[s.id, s.block, s.kind, s.section, s.start, s.end, s.words, s.text] for s in doc.sentences]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def quotes_table(doc: Document, quotes: list[Quotation]) -> pd.DataFrame:
    rows = [
        [i, q.start, q.end, q.text, q.kind, q.speaker, q.attribution, q.cue, q.speaker_text,
         q.words, q.closed, q.block, doc.section_at(q.start)]
        for i, q in enumerate(quotes, 1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def speech_table(doc: Document, reports: list[ReportedSpeech]) -> pd.DataFrame:
    rows = [
        [i, r.start, r.end, doc.text[r.start : r.end], r.speaker, r.attribution, r.cue, r.speaker_text,
         r.content, r.block, r.section]
        for i, r in enumerate(reports, 1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=SPEECH_COLUMNS)


def mentions_table(mentions: list[Mention]) -> pd.DataFrame:
    rows = [
        [i, m.start, m.end, m.surface, m.actor_id, m.actor, m.kind, m.match_type, m.block, m.section, m.sentence]
        for i, m in enumerate(mentions, 1)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def dates_table(doc: Document, dates: list[TimeExpression]) -> pd.DataFrame:
    rows = []
    for i, d in enumerate(dates, 1):
        block = doc.block_at(d.start)
        rows.append([i, d.start, d.end, d.text, d.value, d.type, d.granularity, iso_week(d.value), d.rule,
                     block.id if block else 0, block.section if block else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def speech(doc: Document) -> tuple[People, list[Quotation], list[ReportedSpeech]]:
    """Quotations and reported speech with their speakers resolved, and the people index they used."""
    people = People(doc)
    quotes = attribute_quotations(doc, people)
    reports = find_reported_speech(doc, quotes, people)
    # Names the text uses as speakers ("said Luc Moreau") are people too, for the pronouns that follow.
    named = [x.speaker for x in (*quotes, *reports) if x.attribution == "named" and looks_like_person_name(x.speaker)]
    for name in named:
        people.add_named_speaker(name)
    quotes, reports = resolve_references(doc, quotes, reports, people)
    return people, quotes, reports


def analyze(article: Article, actors: list[Actor] | None = None, topics: TopicLexicon | None = None) -> Analysis:
    """Run every analysis on ``article``; general for any English news text.

    With a gazetteer (``actors``, from :func:`article_analysis.actors.gazetteer.load_gazetteer`) the
    actor tables are added: ``mentions``, ``actors``, ``cooccurrence`` and ``labels``. With a topic
    lexicon (:func:`article_analysis.framing.topics.load_topics`), ``topics``.
    """
    doc = Document.from_text(article.text, article.published)
    if not any(b.words for b in doc.blocks if b.kind in ("paragraph", "caption", "headline")):
        raise InputError(article.path or "<text>", "has no paragraphs of text (no words outside punctuation)")
    people, quotes, reports = speech(doc)
    analysis = Analysis(article, doc, people, quotes, reports)
    analysis.dates = find_time_expressions(doc, article.published)
    analysis.tables.update(
        blocks=blocks_table(doc),
        sentences=sentences_table(doc),
        quotes=quotes_table(doc, quotes),
        speech=speech_table(doc, reports),
        dates=dates_table(doc, analysis.dates),
    )
    analysis.tables.later(
        readability=lambda: readability(doc.sentences),
        retelling=lambda: pair_sections(doc.sentences),
        near_duplicates=lambda: near_duplicates(doc.sentences),
    )
    analysis.hedges = find_hedges(doc, quotes, reports)
    analysis.tables.update(
        hedges=hedges_table(analysis.hedges),
        evaluations=evaluations_table(find_evaluations(doc, quotes, reports)),
    )
    if topics is not None:
        analysis.tables["topics"] = topic_table(doc, topics)
    if actors is not None:
        analysis.mentions = find_mentions(doc, actors)
        analysis.tables.update(
            mentions=mentions_table(analysis.mentions),
            actors=actor_table(actors, analysis.mentions, quotes, reports),
            cooccurrence=cooccurrence_table(analysis.mentions),
        )
        analysis.labels = find_labels(doc, analysis.mentions)
        analysis.tables["labels"] = labels_table(analysis.labels)
    return analysis
