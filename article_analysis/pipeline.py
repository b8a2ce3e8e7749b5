"""One entry point that turns an article into every table: the notebooks and the CLI share it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .article import Article
from .blocks import Block, split_blocks
from .errors import InputError
from .quotes import Quotation, attribute_quotations
from .retelling import near_duplicates, pair_sections
from .sentences import Sentence, readability, split_sentences
from .speakers import PeopleIndex
from .speech import ReportedSpeech, find_reported_speech, resolve_references


@dataclass
class Analysis:
    """The article, the objects derived from it, and every table (by CSV name)."""

    article: Article
    blocks: list[Block]
    sentences: list[Sentence]
    quotes: list[Quotation]
    reports: list[ReportedSpeech]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


BLOCK_COLUMNS = [
    "block", "kind", "section", "start", "end", "words", "sentences", "paragraph", "figure", "section_rule", "text",
]  # fmt: skip
SENTENCE_COLUMNS = ["sentence", "block", "kind", "section", "start", "end", "words", "text"]
QUOTE_COLUMNS = [
    "quote", "start", "end", "text", "kind", "speaker", "attribution", "cue", "speaker_text",
    "words", "closed", "block", "section",
]  # fmt: skip
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


def analyze(article: Article) -> Analysis:
    """Run every analysis on ``article``; general for any English news text."""
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
    analysis.tables.update(
        blocks=blocks_table(blocks, sentences),
        sentences=sentences_table(sentences),
        quotes=quotes_table(quotes, blocks),
        speech=speech_table(text, reports),
        readability=readability(sentences),
        retelling=pair_sections(sentences),
        near_duplicates=near_duplicates(sentences),
    )
    return analysis
