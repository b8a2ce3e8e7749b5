"""Figures of chapter "Anatomy": the article as a strip of blocks, sentence lengths, who is quoted."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..style import MAX_WIDTH, MIN_FONT, finish
from ..vocab import AGENCY_CAPTION, SECTION_COLOURS, SECTION_LABELS, part_colour, part_label

MIN_DRAWN_WORDS = 12  # a credit or a keyword line is drawn this wide, so it shows


def article_strip(blocks: pd.DataFrame, title: str, source: str) -> Figure:
    """The article as one strip of its blocks in reading order, each as wide as its words and coloured by
    its part (Newsweek's top, an agency caption, the appended AP copy), each part's words and share
    written under the strip: the figure shows the shares its title states."""
    height = 2.7
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, height))
    widths = blocks["words"].clip(lower=MIN_DRAWN_WORDS).to_numpy(dtype=float)
    lefts = np.concatenate([[0.0], np.cumsum(widths)[:-1]])
    parts = [part_label(s, k) for s, k in zip(blocks["section"], blocks["kind"], strict=True)]
    colours = [part_colour(s, k) for s, k in zip(blocks["section"], blocks["kind"], strict=True)]
    for left, width, colour in zip(lefts, widths, colours, strict=True):
        ax.barh(0, width, left=left, height=0.9, color=colour, edgecolor="white", linewidth=1)
    for left, kind in zip(lefts, blocks["kind"], strict=True):
        if kind == "handover":
            ax.axvline(left, ymin=0.0, ymax=1.0, color="#a33f00", linestyle="--", linewidth=1.2)
            ax.text(left, 0.62, "hand-over line", color="#a33f00", ha="left", va="bottom", fontsize=MIN_FONT)
    ax.set_ylim(-0.5, 1.0)
    ax.set_xlim(0, widths.sum())
    ax.axis("off")  # the words are in the legend: an axis of word positions would add nothing
    words = pd.Series(blocks["words"].to_numpy(), index=parts).groupby(level=0).sum()
    total = int(words.sum())
    order = [SECTION_LABELS["outlet"], AGENCY_CAPTION, SECTION_LABELS["wire"]]
    colour_of = dict(zip(parts, colours, strict=True))
    handles = [
        Patch(color=colour_of[p], label=f"{p}: {int(words[p])} words ({words[p] / total:.0%})")
        for p in order
        if p in words
    ]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, 1 - 1.35 / height), ncol=1, handlelength=1.2)
    fig.subplots_adjust(left=0.02, right=0.98, top=1 - 0.6 / height, bottom=1 - 1.3 / height)
    return finish(fig, source, title)


def sentence_lengths(sentences: pd.DataFrame, title: str, source: str) -> Figure:
    """Words per body sentence in each part, one dot per sentence, the median marked."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 3.3))
    body = sentences[sentences["kind"] == "paragraph"]
    parts = [s for s in ("outlet", "wire") if (body["section"] == s).any()]
    rng = np.random.default_rng(0)  # seeded jitter: the figure is the same on every run
    for row, section in enumerate(parts):
        words = body[body["section"] == section]["words"].to_numpy()
        y = row + rng.uniform(-0.15, 0.15, size=len(words))
        ax.scatter(words, y, color=SECTION_COLOURS[section], edgecolor="black", linewidth=0.5, s=40, zorder=3)
        median = float(np.median(words))
        ax.plot([median, median], [row - 0.3, row + 0.3], color="black", linewidth=2, zorder=4)
    # Each row's name and median written above its dots, over the full width: no room is lost to a
    # column of tick labels on a phone.
    medians = {s: float(np.median(body[body["section"] == s]["words"])) for s in parts}
    for row, section in enumerate(parts):
        name = f"{SECTION_LABELS[section]}: median {medians[section]:g} words"
        ax.text(0.5, row + 0.28, name, ha="left", va="bottom", fontsize=MIN_FONT)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(-0.35, len(parts) - 0.1 + 0.35)
    ax.set_xlim(left=0)
    ax.set_xlabel("words per sentence (body paragraphs)")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.subplots_adjust(left=0.03, right=0.97, top=1 - 0.75 / 3.3, bottom=1.15 / 3.3)
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
