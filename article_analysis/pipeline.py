"""One entry point that turns an article into every table: the notebooks and the CLI share it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .article import Article
from .blocks import Block, split_blocks
from .sentences import Sentence, split_sentences


@dataclass
class Analysis:
    """The article and every table derived from it."""

    article: Article
    blocks: list[Block]
    sentences: list[Sentence]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def blocks_table(blocks: list[Block], sentences: list[Sentence]) -> pd.DataFrame:
    per_block = pd.Series([s.block for s in sentences], dtype="int64").value_counts()
    rows = [
        {
            "block": b.id,
            "kind": b.kind,
            "section": b.section,
            "start": b.start,
            "end": b.end,
            "words": b.words,
            "sentences": int(per_block.get(b.id, 0)),
            "paragraph": b.paragraph,
            "figure": b.figure,
            "section_rule": b.section_rule,
            "text": b.text,
        }
        for b in blocks
    ]
    table = pd.DataFrame(rows, columns=[
        "block", "kind", "section", "start", "end", "words", "sentences",
        "paragraph", "figure", "section_rule", "text",
    ])  # fmt: skip
    return table.astype({"figure": "Int64"})


def sentences_table(sentences: list[Sentence]) -> pd.DataFrame:
    rows = [
        {
            "sentence": s.id,
            "block": s.block,
            "kind": s.kind,
            "section": s.section,
            "start": s.start,
            "end": s.end,
            "words": s.words,
            "text": s.text,
        }
        for s in sentences
    ]
    return pd.DataFrame(
        rows, columns=["sentence", "block", "kind", "section", "start", "end", "words", "text"]
    )


def analyze(article: Article) -> Analysis:
    """Run every analysis on ``article``."""
    blocks = split_blocks(article.text)
    sentences = split_sentences(article.text, blocks)
    analysis = Analysis(article, blocks, sentences)
    analysis.tables["blocks"] = blocks_table(blocks, sentences)
    analysis.tables["sentences"] = sentences_table(sentences)
    return analysis
