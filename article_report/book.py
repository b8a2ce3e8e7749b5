"""The book's one article and everything derived from it, computed once per kernel and shared.

``load_book()`` returns the verified article, the full analysis (with the gazetteer and the topic
lexicon) and every curated dataset, validated against each other. The chapter modules read from it;
the notebooks only glue and show what those modules return.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import pandas as pd

from article_analysis import Analysis, Article, analyze
from article_analysis.framing.topics import load_topics
from article_analysis.structure.blocks import RUNNING_TEXT_KINDS

from .paths import book_article, curated_data, data_path

#: Blocks that make up the running text. A mention in a photo's keyword line ("Taliban Russia") or in a
#: credit is not a mention in the text: every count of mentions in this book uses these blocks only.
RUNNING_TEXT = RUNNING_TEXT_KINDS


@dataclass
class Book:
    article: Article
    analysis: Analysis
    data: dict[str, object]

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def all_mentions(self) -> pd.DataFrame:
        """Every mention the analyzer finds, with the reading the book uses: the second reading's where it read a
        mention otherwise (``data/mention_readings.csv``), else the analyzer's rule's; ``read_by`` says which,
        ``analyzer_reading`` keeps the rule's."""
        return apply_readings(self.analysis.tables["mentions"], self.data.get("mention_readings"))

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """Mentions in the running text only (see :data:`RUNNING_TEXT`), with the book's readings."""
        table = self.all_mentions
        kinds = self.analysis.tables["blocks"].set_index("block")["kind"]
        return table[table["block"].map(kinds).isin(RUNNING_TEXT)].reset_index(drop=True)

    @cached_property
    def actor_counts(self) -> pd.Series:
        """Mentions per actor id in the running text: the one count the book quotes."""
        return self.mentions.groupby("actor_id").size()

    @property
    def gazetteer(self):
        return self.data["actors"]

    @cached_property
    def actor_names(self) -> dict[str, str]:
        return {a.id: a.name for a in self.gazetteer}

    def sentence_of(self, offset: int) -> int:
        sentence = self.analysis.document.sentence_at(offset)
        return sentence.id if sentence else 0


#: Who gave a mention the reading the book uses.
READ_BY_RULE, READ_BY_READER = "the rule", "the second reading"


def apply_readings(mentions: pd.DataFrame, readings: pd.DataFrame | None) -> pd.DataFrame:
    """The analyzer's mentions with the curated readings applied over the rule's. A reading row that no mention
    matches (start, end, surface) or whose ``analyzer_reading`` is no longer the rule's is stale: refused with a
    :class:`DataError` naming the file and the row, never applied silently."""
    from article_analysis.errors import DataError

    table = mentions.copy()
    table["analyzer_reading"] = table["reading"]
    table["read_by"] = READ_BY_RULE
    for r in (readings if readings is not None else pd.DataFrame()).itertuples():
        at = table.index[(table["start"] == r.start) & (table["end"] == r.end)]
        where = data_path("mention_readings.csv")
        if not len(at) or table.at[at[0], "surface"] != r.surface:
            raise DataError(where, f"no mention of the analyzer at {r.start}-{r.end} ({r.surface!r})", r.row)
        if table.at[at[0], "analyzer_reading"] != r.analyzer_reading:
            found = table.at[at[0], "analyzer_reading"]
            raise DataError(where, f"analyzer_reading {r.analyzer_reading!r} is not the rule's ({found!r})", r.row)
        table.loc[at, "reading"] = r.reading
        table.loc[at, "read_by"] = READ_BY_READER
    return table


@lru_cache(maxsize=1)
def load_book() -> Book:
    data = curated_data()
    article = book_article()
    analysis = analyze(article, data["actors"], load_topics(data_path("topics.csv")))
    return Book(article, analysis, data)


def counted(n: int, singular: str, plural: str, start: bool = True) -> str:
    """A count in words a sentence can carry: "No claim rests", "1 claim rests", "3 claims rest"
    ("none of them finds" after "of"); capitalised when it opens the sentence (``start``)."""
    if n:
        return f"{n} {singular if n == 1 else plural}"
    phrase = f"none {singular}" if singular.startswith("of ") else f"no {singular}"
    return phrase[0].upper() + phrase[1:] if start else phrase


def agree(n: int, singular: str, plural: str) -> str:
    """A count and the verb (or words) after it, agreeing with it, for a sentence built round a number that may
    be 1: ``agree(1, "is", "are")`` "1 is", ``agree(30, "is", "are")`` "30 are", ``agree(0, "is", "are")``
    "none are". Where a noun follows the number, :func:`counted`."""
    return f"{n or 'none'} {singular if n == 1 else plural}"


def glue_facts(facts: dict[str, object]) -> None:
    """Glue every fact under its name, for ``{glue:text}`name``` in the prose (nothing displayed)."""
    from myst_nb import glue

    for name, value in facts.items():
        glue(name, value, display=False)


def glue_figure(name: str, fig) -> None:
    """Glue a figure (SVG) under ``name`` and close it."""
    import matplotlib.pyplot as plt
    from myst_nb import glue

    glue(name, fig, display=False)
    plt.close(fig)
