"""Which actors appear together: in the same sentence and in the same paragraph (block)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pandas as pd

from .mentions import Mention


def _pairs(groups: dict[int, set[str]]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for actors in groups.values():
        counts.update(combinations(sorted(actors), 2))
    return counts


def cooccurrence_table(mentions: list[Mention]) -> pd.DataFrame:
    """One row per pair of actors: sentences and paragraphs (blocks) they share."""
    by_sentence: dict[int, set[str]] = {}
    by_block: dict[int, set[str]] = {}
    for m in mentions:
        if m.sentence:
            by_sentence.setdefault(m.sentence, set()).add(m.actor_id)
        by_block.setdefault(m.block, set()).add(m.actor_id)
    sentences, blocks = _pairs(by_sentence), _pairs(by_block)
    names = {m.actor_id: m.actor for m in mentions}
    rows = [
        {
            "source": a, "target": b, "source_name": names[a], "target_name": names[b],
            "sentences": sentences.get((a, b), 0), "paragraphs": blocks[(a, b)],
        }
        for a, b in sorted(blocks)
    ]  # fmt: skip
    columns = ["source", "target", "source_name", "target_name", "sentences", "paragraphs"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["sentences", "paragraphs", "source", "target"], ascending=[False, False, True, True],
                             ignore_index=True)  # fmt: skip
