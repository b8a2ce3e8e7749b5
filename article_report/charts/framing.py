"""Figure of chapter "Framing": what each part of the article is about."""

from __future__ import annotations

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


def topic_shares(shares: pd.DataFrame, segments: list[str], labels: dict[str, str], title: str, source: str) -> Figure:
    """Each segment's topic matches as shares of 100%, one stacked bar per segment (hatches repeat the
    colours so the figure reads in greyscale)."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 3.9))
    y = np.arange(len(segments))[::-1]
    left = np.zeros(len(segments))
    for topic, colour in TOPIC_COLOURS.items():
        values = np.array(
            [float(shares[(shares["segment"] == s) & (shares["topic"] == topic)]["share"].sum()) for s in segments]
        )
        ax.barh(
            y,
            values * 100,
            left=left,
            color=colour,
            hatch=TOPIC_HATCHES[topic],
            edgecolor="white",
            label=labels[topic],
            height=0.62,
        )
        for yy, lft, v in zip(y, left, values, strict=True):
            if v >= 0.12:
                ax.text(
                    lft + v * 50,
                    yy,
                    f"{v:.0%}",
                    ha="center",
                    va="center",
                    fontsize=MIN_FONT,
                    color="black",  # on a white box: readable over any colour or hatch
                    bbox={"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.9},
                )
        left += values * 100
    counts = [int(shares[shares["segment"] == s]["matches"].sum()) for s in segments]
    ax.set_yticks(y, [f"{s}\n({n} topic words)" for s, n in zip(segments, counts, strict=True)])
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the segment's topic words (%)")
    fig.legend(loc="lower left", bbox_to_anchor=(0.0, 0.07), ncol=2, fontsize=MIN_FONT, columnspacing=0.8)
    fig.subplots_adjust(left=0.31, right=0.97, top=0.83, bottom=0.4)
    return finish(fig, source, title)
