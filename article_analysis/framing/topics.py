"""Topics per block, scored with a curated lexicon (``topic,term,note`` rows, e.g. ``data/topics.csv``).

The method is lexicon scoring: a block's score for a topic is the number of the topic's terms it
holds per 100 words; a segment's share of a topic is that topic's matches over all topic matches in
the segment. A term ending in ``*`` matches any word that begins with it (``recogni*`` finds
"recognize" and "recognition"); other terms match whole words or phrases, any case, with a plural
"s" allowed. Terms are scored by the sense their context gives them: where matches overlap, the
longest wins, whatever its topic, so a phrase counts once and for its own topic ("military assistance"
is security, not aid; "humanitarian aid" is one match, not two). The lexicon is data, not code, so any
article can be read with its own topics.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..document import Document
from ..errors import DataError
from ..structure.blocks import RUNNING_TEXT_KINDS
from ..textio import read_csv_rows

TOPIC_COLUMNS = ("topic", "term", "note")
_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class TopicLexicon:
    topics: tuple[str, ...]
    terms: dict[str, tuple[str, ...]] = field(hash=False)  # topic -> terms

    def pattern(self, topic: str) -> re.Pattern[str]:
        return self._patterns[topic]

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        return {topic: self._compile(topic) for topic in self.topics}

    def _compile(self, topic: str) -> re.Pattern[str]:
        parts = []
        for term in self.terms[topic]:
            body = r"\s+".join(re.escape(w) for w in term.rstrip("*").split())
            parts.append(body + (r"[\w-]*" if term.endswith("*") else r"(?:s|es)?"))
        return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w-])",
                          re.IGNORECASE)  # fmt: skip


def load_topics(path: Path | str) -> TopicLexicon:
    """Read and validate a topic lexicon; a duplicate term, an empty term or a bad topic names the row."""
    path = Path(path)
    terms: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    for row, r in read_csv_rows(path, TOPIC_COLUMNS):
        if not _SLUG.match(r["topic"]):
            raise DataError(path, f"topic {r['topic']!r} is not a lower-case slug", row)
        term = " ".join(r["term"].split()).lower()
        if not term or term == "*":
            raise DataError(path, "empty term", row)
        if term in seen:
            raise DataError(path, f"term {term!r} is listed twice (first on row {seen[term]}): a term has one topic",
                            row)  # fmt: skip
        seen[term] = row
        terms.setdefault(r["topic"], []).append(term)
    return TopicLexicon(tuple(terms), {t: tuple(v) for t, v in terms.items()})


@dataclass(frozen=True)
class TopicMatch:
    start: int
    end: int
    text: str
    topic: str
    block: int


def topic_matches(doc: Document, lexicon: TopicLexicon) -> list[TopicMatch]:
    """Every lexicon match in the blocks that hold prose (headline, paragraphs, captions); where matches
    overlap, only the longest (then the leftmost) is kept."""
    found = []
    for block in doc.blocks:
        if block.kind not in RUNNING_TEXT_KINDS:
            continue
        for topic in lexicon.topics:
            for m in lexicon.pattern(topic).finditer(doc.text, block.start, block.end):
                found.append(TopicMatch(m.start(), m.end(), m.group(0), topic, block.id))
    found.sort(key=lambda m: (-(m.end - m.start), m.start, m.topic))
    covered = bytearray(len(doc.text))  # one byte a character: the greedy pass costs the matches' length
    kept: list[TopicMatch] = []
    for m in found:
        if covered.find(1, m.start, m.end) < 0:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.topic))


def topic_table(doc: Document, lexicon: TopicLexicon) -> pd.DataFrame:
    """One row per block and topic: matches and score (matches per 100 words)."""
    counts = Counter((m.block, m.topic) for m in topic_matches(doc, lexicon))
    rows = []
    for block in doc.blocks:
        if block.kind not in RUNNING_TEXT_KINDS or not block.words:
            continue
        for topic in lexicon.topics:
            n = counts[(block.id, topic)]
            rows.append({"block": block.id, "kind": block.kind, "section": block.section, "topic": topic,
                         "matches": n, "score": round(100 * n / block.words, 2)})  # fmt: skip
    return pd.DataFrame(rows, columns=["block", "kind", "section", "topic", "matches", "score"])


def segment_shares(topics: pd.DataFrame, segments: dict[str, list[int]]) -> pd.DataFrame:
    """Each topic's share of the topic matches in named segments of blocks (headline, lede, sections)."""
    rows = []
    for name, blocks in segments.items():
        part = topics[topics["block"].isin(blocks)]
        total = int(part["matches"].sum())
        for topic, n in part.groupby("topic", sort=False)["matches"].sum().items():
            rows.append({"segment": name, "topic": topic, "matches": int(n),
                         "share": round(n / total, 3) if total else 0.0})  # fmt: skip
    return pd.DataFrame(rows, columns=["segment", "topic", "matches", "share"])
