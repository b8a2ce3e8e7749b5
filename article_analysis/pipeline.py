"""One entry point that turns an article into every table: the notebooks and the CLI share it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .article import Article
from .blocks import Block, split_blocks
from .cooccurrence import cooccurrence_table
from .errors import InputError
from .gazetteer import Actor
from .mentions import Mention, find_mentions
from .quotes import Quotation, attribute_quotations
from .retelling import near_duplicates, pair_sections
from .sentences import Sentence, readability, split_sentences
from .speakers import PeopleIndex
from .speech import ReportedSpeech, find_reported_speech, resolve_references
from .timexpr import TimeExpression, find_time_expressions, iso_week
from .voice import actor_table


@dataclass
class Analysis:
    """The article, the objects derived from it, and every table (by CSV name)."""

    article: Article
    blocks: list[Block]
    sentences: list[Sentence]
    quotes: list[Quotation]
    reports: list[ReportedSpeech]
    dates: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


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


def blocks_table(blocks: list[Block], sentences: list[Sentence]) -> pd.DataFrame:
    per_block = pd.Series([s.block for s in sentences], dtype="int64").value_counts()
    rows = [
        [b.id, b.kind, b.section, b.start, b.end, b.words, int(per_block.get(b.id, 0)),
         b.paragraph, b.figure, b.section_rule, b.text]
        for b in blocks
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=BLOCK_COLUMNS).astype({"figure": "Int64"})


def sentences_table(sentences: list[Sentence]) -> pd.DataFrame:
    rows = [[s.id, s.block, s.kind, s.section, s.start, s.end, s.words, s.text] for s in sentences]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def quotes_table(quotes: list[Quotation], blocks: list[Block]) -> pd.DataFrame:
    section = {b.id: b.section for b in blocks}
    rows = [
        [i, q.start, q.end, q.text, q.kind, q.speaker, q.attribution, q.cue, q.speaker_text,
         q.words, q.closed, q.block, section[q.block]]
        for i, q in enumerate(quotes, 1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def speech_table(text: str, reports: list[ReportedSpeech]) -> pd.DataFrame:
    rows = [
        [i, r.start, r.end, text[r.start : r.end], r.speaker, r.attribution, r.cue, r.speaker_text,
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


def dates_table(dates: list[TimeExpression], blocks: list[Block]) -> pd.DataFrame:
    rows = []
    for i, d in enumerate(dates, 1):
        block = next((b for b in blocks if b.start <= d.start < b.end), None)
        rows.append([i, d.start, d.end, d.text, d.value, d.type, d.granularity, iso_week(d.value), d.rule,
                     block.id if block else 0, block.section if block else ""])  # fmt: skip
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def analyze(article: Article, actors: list[Actor] | None = None) -> Analysis:
    """Run every analysis on ``article``; general for any English news text.

    With a gazetteer (``actors``, from :func:`article_analysis.gazetteer.load_gazetteer`) the
    actor tables are added: ``mentions``, ``actors`` and ``cooccurrence``.
    """
    text = article.text
    blocks = split_blocks(text)
    if not any(b.words for b in blocks if b.kind in ("paragraph", "caption", "headline")):
        raise InputError(article.path or "<text>", "has no paragraphs of text (no words outside punctuation)")
    sentences = split_sentences(text, blocks)
    people = PeopleIndex(text)
    quotes = attribute_quotations(text, blocks, people)
    reports = find_reported_speech(text, sentences, quotes, people)
    quotes, reports = resolve_references(quotes, reports, people)
    analysis = Analysis(article, blocks, sentences, quotes, reports)
    analysis.dates = find_time_expressions(text, article.published)
    analysis.tables.update(
        blocks=blocks_table(blocks, sentences),
        sentences=sentences_table(sentences),
        quotes=quotes_table(quotes, blocks),
        speech=speech_table(text, reports),
        readability=readability(sentences),
        retelling=pair_sections(sentences),
        near_duplicates=near_duplicates(sentences),
        dates=dates_table(analysis.dates, blocks),
    )
    if actors is not None:
        analysis.mentions = find_mentions(text, actors, blocks, sentences)
        analysis.tables.update(
            mentions=mentions_table(analysis.mentions),
            actors=actor_table(actors, analysis.mentions, quotes, reports),
            cooccurrence=cooccurrence_table(analysis.mentions),
        )
    return analysis
