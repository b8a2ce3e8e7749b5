"""Figures of chapter "Anatomy": the article as a strip of blocks, sentence lengths, who is quoted."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..style import MAX_WIDTH, MIN_FONT, finish
from ..vocab import BLOCK_KIND_COLOURS, BLOCK_KIND_LABELS, SECTION_COLOURS, SECTION_LABELS

MIN_DRAWN_WORDS = 12  # a credit or a keyword line is drawn this wide, so it shows


def article_strip(blocks: pd.DataFrame, title: str, source: str) -> Figure:
    """The article as a strip of its blocks in reading order, as wide as their words: the upper band by
    kind of block, the lower by part (Newsweek's own text or the AP copy)."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 3.3))
    widths = blocks["words"].clip(lower=MIN_DRAWN_WORDS).to_numpy(dtype=float)
    lefts = np.concatenate([[0.0], np.cumsum(widths)[:-1]])
    for left, width, kind, section in zip(lefts, widths, blocks["kind"], blocks["section"], strict=True):
        ax.barh(1, width, left=left, height=0.8, color=BLOCK_KIND_COLOURS[kind], edgecolor="white", linewidth=0.5)
        ax.barh(0, width, left=left, height=0.8, color=SECTION_COLOURS[section], edgecolor="white", linewidth=0.5)
    for left, kind in zip(lefts, blocks["kind"], strict=True):
        if kind == "handover":
            ax.axvline(left, color="#a33f00", linestyle="--", linewidth=1)
    ax.set_yticks([0, 1], ["part", "block"])
    ax.set_ylim(-0.6, 1.6)
    ax.set_xlim(0, widths.sum())
    ax.set_xlabel("words from the start of the article")
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    kinds = [k for k in BLOCK_KIND_COLOURS if k in set(blocks["kind"])]
    handles = [Patch(color=BLOCK_KIND_COLOURS[k], label=BLOCK_KIND_LABELS[k]) for k in kinds]
    handles += [
        Patch(color=SECTION_COLOURS[s], label=SECTION_LABELS[s]) for s in SECTION_COLOURS if s in set(blocks["section"])
    ]
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.0, 0.47),
        ncol=2,
        fontsize=MIN_FONT,
        handlelength=1.2,
        columnspacing=0.8,
    )
    fig.subplots_adjust(left=0.13, right=0.97, top=0.84, bottom=0.62)
    return finish(fig, source, title)


def sentence_lengths(sentences: pd.DataFrame, title: str, source: str) -> Figure:
    """Words per body sentence in each part, one dot per sentence, the median marked."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 2.6))
    body = sentences[sentences["kind"] == "paragraph"]
    parts = [s for s in ("outlet", "wire") if (body["section"] == s).any()]
    rng = np.random.default_rng(0)  # seeded jitter: the figure is the same on every run
    for row, section in enumerate(parts):
        words = body[body["section"] == section]["words"].to_numpy()
        y = row + rng.uniform(-0.15, 0.15, size=len(words))
        ax.scatter(words, y, color=SECTION_COLOURS[section], edgecolor="black", linewidth=0.5, s=40, zorder=3)
        median = float(np.median(words))
        ax.plot([median, median], [row - 0.3, row + 0.3], color="black", linewidth=2, zorder=4)
    # The medians go with the row names, clear of the dots.
    medians = {s: float(np.median(body[body["section"] == s]["words"])) for s in parts}
    names = {"outlet": "Newsweek", "wire": "AP copy"}
    ax.set_yticks(range(len(parts)), [f"{names[s]}\nmedian {medians[s]:g}" for s in parts])
    ax.set_ylim(-0.6, len(parts) - 0.1)
    ax.set_xlim(left=0)
    ax.set_xlabel("words per sentence (body paragraphs)")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.subplots_adjust(left=0.22, right=0.97, top=0.72, bottom=0.33)
    return finish(fig, source, title)


def quoted_words(quotes: pd.DataFrame, title: str, source: str) -> Figure:
    """Words of direct speech per speaker."""
    speech = quotes[quotes["kind"] == "speech"].copy()
    speech["speaker"] = speech["speaker"].replace("", "(no speaker)")
    totals = speech.groupby("speaker")["words"].sum().sort_values()
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 1.3 + 0.45 * len(totals)))
    bars = ax.barh(totals.index, totals.to_numpy(), color="#0072B2", edgecolor="white")
    ax.bar_label(bars, labels=[f"{int(v)} words" for v in totals.to_numpy()], padding=4, fontsize=MIN_FONT)
    ax.set_xlim(0, totals.max() * 1.35)
    ax.set_xlabel("words inside quotation marks")
    fig.subplots_adjust(left=0.33, right=0.97, top=1 - 0.55 / fig.get_figheight(), bottom=1.0 / fig.get_figheight())
    return finish(fig, source, title)
