"""Figures of chapter "Framing": what each part of the article is about (topic words counted)."""

from __future__ import annotations

from textwrap import fill

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..style import MAX_WIDTH, MIN_FONT, finish
from ..vocab import OKABE_ITO

TOPIC_COLOURS = {
    "humanitarian_aid": OKABE_ITO["orange"],
    "security_terrorism": OKABE_ITO["vermillion"],
    "diplomacy_recognition": OKABE_ITO["blue"],
    "history": OKABE_ITO["grey"],
    "rights": OKABE_ITO["green"],
}
TOPIC_HATCHES = {
    "humanitarian_aid": "",
    "security_terrorism": "///",
    "diplomacy_recognition": "",
    "history": "...",
    "rights": "\\\\\\",
}


SHORT_NAMES = {
    "humanitarian_aid": "aid",
    "security_terrorism": "security",
    "diplomacy_recognition": "diplomacy",
    "history": "history",
    "rights": "rights",
}


def topic_counts(counts: pd.DataFrame, segments: list[str], labels: dict[str, str], title: str, source: str) -> Figure:
    """Each segment's topic words as counts, one stacked bar per segment (hatches repeat the colours so the
    figure reads in greyscale). A part of three words or more carries its count; a short bar (under ten words)
    is spelt out beside it. ``counts``: segment, topic, matches."""
    # Each segment's label takes two lines on a phone: rows 0.5 in apart; room below for the legend (three
    # rows) and the source line (three rows), in inches, so neither lands on the other.
    height = 2.9 + 0.5 * len(segments)
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, height))
    y = np.arange(len(segments))[::-1]
    left = np.zeros(len(segments))
    per_segment = {s: {} for s in segments}
    for topic, colour in TOPIC_COLOURS.items():
        values = np.array(
            [int(counts[(counts["segment"] == s) & (counts["topic"] == topic)]["matches"].sum()) for s in segments]
        )
        ax.barh(
            y, values, left=left, color=colour, hatch=TOPIC_HATCHES[topic], edgecolor="white", label=labels[topic],
            height=0.62,
        )  # fmt: skip
        for s, yy, lft, v in zip(segments, y, left, values, strict=True):
            per_segment[s][topic] = int(v)
            if v >= 3:
                ax.text(lft + v / 2, yy, str(v), ha="center", va="center", fontsize=MIN_FONT, color="black",
                        bbox={"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.9})  # fmt: skip
        left += values
    for s, yy, total in zip(segments, y, left, strict=True):
        if total < 10:
            parts = ", ".join(f"{n} {SHORT_NAMES[t]}" for t, n in per_segment[s].items() if n)
            ax.text(total + 0.8, yy, parts or "none", ha="left", va="center", fontsize=MIN_FONT)
    ax.set_yticks(y, [fill(s, 18) for s in segments])  # two short lines fit a phone's width
    ax.set_xlim(0, max(left.max(), 1) * 1.04)
    ax.set_xlabel("topic words counted")
    fig.legend(loc="lower left", bbox_to_anchor=(0.0, 0.62 / height), ncol=2, fontsize=MIN_FONT, columnspacing=0.8)
    fig.subplots_adjust(left=0.44, right=0.97, top=1 - 0.75 / height, bottom=1.95 / height)
    return finish(fig, source, title)
