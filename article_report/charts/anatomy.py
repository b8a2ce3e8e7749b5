"""Figures of the article's anatomy. Each takes the analysis tables and returns a Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from article_analysis.reuse.retelling import RETOLD

from ..style import OKABE_ITO, finish

KIND_COLOURS = {
    "headline": OKABE_ITO["black"],
    "paragraph": OKABE_ITO["blue"],
    "handover": OKABE_ITO["vermillion"],
    "attribution": OKABE_ITO["vermillion"],
    "caption_keywords": OKABE_ITO["yellow"],
    "caption": OKABE_ITO["purple"],
    "credit": OKABE_ITO["grey"],
}
MIN_DRAWN_WORDS = 4
SECTION_COLOURS = {"outlet": OKABE_ITO["sky_blue"], "wire": OKABE_ITO["green"]}
ATTRIBUTION_LABELS = {
    "named": "speaker named",
    "role": "speaker identified by role",
    "pronoun": "speaker by pronoun",
    "continuation": "continues previous quotation",
    "role-unresolved": "role, unresolved",
    "unattributed": "unattributed",
    "group": "group",
}
KIND_LABELS = {
    "headline": "headline",
    "paragraph": "body paragraph",
    "handover": "hand-over line",
    "attribution": "attribution line",
    "caption_keywords": "caption keywords",
    "caption": "photo caption",
    "credit": "photo credit",
}


def article_strip(blocks: pd.DataFrame, title: str, source: str) -> Figure:
    """The article as a strip of its blocks in reading order, widths proportional to words.

    The upper band is coloured by kind of block, the lower one by section.
    """
    fig, ax = plt.subplots()
    # Blocks of a word or two (a credit, a keyword line) are drawn four words wide so they show.
    widths = blocks["words"].clip(lower=MIN_DRAWN_WORDS).to_numpy(dtype=float)
    lefts = np.concatenate([[0.0], np.cumsum(widths)[:-1]])
    for left, width, kind, section in zip(lefts, widths, blocks["kind"], blocks["section"], strict=True):
        ax.barh(1, width, left=left, height=0.8, color=KIND_COLOURS[kind], edgecolor="white", linewidth=0.8)
        ax.barh(0, width, left=left, height=0.8, color=SECTION_COLOURS[section], edgecolor="white", linewidth=0.8)
    # Mark the hand-over line: where the wire copy is appended.
    for left, kind in zip(lefts, blocks["kind"], strict=True):
        if kind == "handover":
            ax.axvline(left, color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1)
            ax.annotate("hand-over line", (left, 1.55), xytext=(4, 0), textcoords="offset points", fontsize=9,
                        color=OKABE_ITO["vermillion"], va="center")  # fmt: skip
    ax.set_yticks([0, 1], ["section", "kind of block"])
    ax.set_ylim(-0.6, 1.8)
    ax.set_xlim(0, widths.sum())
    ax.set_xlabel("words from the start of the article")
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    kinds = [k for k in KIND_COLOURS if k in set(blocks["kind"])]
    handles = [Patch(color=KIND_COLOURS[k], label=KIND_LABELS[k]) for k in kinds]
    handles += [
        Patch(color=SECTION_COLOURS[s], label=f"section: {s}") for s in SECTION_COLOURS if s in set(blocks["section"])
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=4, fontsize=8)
    ax.set_title(title)
    fig.subplots_adjust(bottom=0.36, top=0.9, left=0.14, right=0.97)
    return finish(fig, source)


def sentence_lengths(sentences: pd.DataFrame, title: str, source: str) -> Figure:
    """Words per sentence, one row of dots per section and kind, with the median marked."""
    fig, ax = plt.subplots()
    chosen = sentences[sentences["kind"].isin(["paragraph", "caption"])]
    groups = [(section, kind) for section in ("outlet", "wire") for kind in ("paragraph", "caption")]
    groups = [g for g in groups if ((chosen["section"] == g[0]) & (chosen["kind"] == g[1])).any()]
    rng = np.random.default_rng(0)  # seeded jitter: the figure is the same on every run
    for row, (section, kind) in enumerate(groups):
        words = chosen[(chosen["section"] == section) & (chosen["kind"] == kind)]["words"].to_numpy()
        y = row + rng.uniform(-0.15, 0.15, size=len(words))
        marker = "o" if kind == "paragraph" else "s"
        ax.scatter(
            words, y, color=SECTION_COLOURS[section], edgecolor="black", linewidth=0.5, marker=marker, s=40, zorder=3
        )
        median = float(np.median(words))
        ax.plot([median, median], [row - 0.3, row + 0.3], color="black", linewidth=2)
        ax.annotate(f"median {median:g}", (median, row + 0.32), ha="center", va="bottom", fontsize=8)
    ax.set_yticks(range(len(groups)), [f"{s}: {'body' if k == 'paragraph' else 'captions'}" for s, k in groups])
    ax.set_ylim(-0.6, len(groups) - 0.2)
    ax.set_xlim(left=0)
    ax.set_xlabel("words per sentence")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(title)
    fig.subplots_adjust(left=0.2, bottom=0.18)
    return finish(fig, source)


def quoted_words(quotes: pd.DataFrame, title: str, source: str) -> Figure:
    """Words of direct speech per speaker, split by how the quotation was attributed."""
    speech = quotes[quotes["kind"] == "speech"].copy()
    speech["speaker"] = speech["speaker"].replace("", "(unresolved)")
    table = speech.pivot_table(index="speaker", columns="attribution", values="words", aggfunc="sum", fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    fig, ax = plt.subplots()
    colours = {
        "named": OKABE_ITO["blue"], "role": OKABE_ITO["orange"], "pronoun": OKABE_ITO["green"],
        "continuation": OKABE_ITO["sky_blue"], "role-unresolved": OKABE_ITO["grey"], "unattributed": OKABE_ITO["grey"],
        "group": OKABE_ITO["purple"],
    }  # fmt: skip
    left = np.zeros(len(table))
    for attribution in [a for a in colours if a in table.columns]:
        values = table[attribution].to_numpy(dtype=float)
        label = ATTRIBUTION_LABELS.get(attribution, attribution)
        ax.barh(table.index, values, left=left, color=colours[attribution], label=label, edgecolor="white")
        left += values
    for y, total in enumerate(left):
        ax.annotate(
            f"{int(total)} words", (total, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=9
        )
    ax.set_xlabel("words inside quotation marks (direct speech only)")
    ax.set_xlim(0, max(left.max() * 1.2, 1))
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(title)
    fig.subplots_adjust(left=0.25, bottom=0.18)
    return finish(fig, source)


def retelling_heatmap(
    matrix: np.ndarray, rows: list[str], cols: list[str], title: str, source: str, xlabel: str, ylabel: str
) -> Figure:
    """Cosine similarity between the sentences of two sections."""
    fig, ax = plt.subplots()
    image = ax.imshow(matrix, cmap="cividis", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(cols)), cols, fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            if matrix[i, j] >= RETOLD:
                colour = "black" if matrix[i, j] > 0.6 else "white"
                ax.text(j, i, f"{matrix[i, j]:.2f}", ha="center", va="center", fontsize=7.5, color=colour)
    fig.colorbar(image, ax=ax, label="cosine similarity (TF-IDF)", shrink=0.8)
    ax.set_title(title)
    fig.subplots_adjust(bottom=0.2)
    return finish(fig, source)
