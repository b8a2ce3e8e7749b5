"""Figures of chapter "How the article was made": the article by origin, and who carried which fact."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from ..style import MAX_WIDTH, MIN_FONT, finish, top_below_labels, wrap_label
from ..vocab import COVERAGE_COLOURS, COVERAGE_LABELS, OKABE_ITO

#: The groups of the top's sentences, in the order the figure lists them: (key, heading, fill, edge).
TOP_GROUPS = (
    ("changed", "change what AP said", OKABE_ITO["vermillion"], "#333333"),
    ("changed_unknown", "change what AP said, by AP or Newsweek", OKABE_ITO["orange"], "#333333"),
    ("reworded", "AP's facts in other words", OKABE_ITO["sky_blue"], "#333333"),
    ("own", "no AP source", "#ffffff", "#333333"),
)


def top_sentences(rows: pd.DataFrame, title: str, source: str) -> Figure:
    """Newsweek's top as a list of its sentences, grouped by what the re-write did with AP's words: a
    coloured square, where the sentence sits, its most consequential change and the AP paragraph it
    comes from. ``rows`` has columns group (a key of :data:`TOP_GROUPS`), where, change and paragraph.
    Each group's heading carries its count, so the list says what the title says."""
    groups = [g for g in TOP_GROUPS if (rows["group"] == g[0]).any()]
    lines = len(rows) + len(groups)
    step = 0.25  # inches per line: 11 pt text and a little air
    height = 1.45 + lines * step
    fig = plt.figure(figsize=(MAX_WIDTH, height))
    ax = fig.add_axes((0.0, 0.7 / height, 1.0, (height - 1.45) / height))
    ax.set_xlim(0, MAX_WIDTH)
    ax.set_ylim(lines - 0.5, -0.5)
    ax.axis("off")
    y = 0
    for key, heading, fill, edge in groups:
        members = rows[rows["group"] == key]
        ax.text(0.05, y, f"{len(members)} {heading}", fontsize=MIN_FONT, fontweight="bold", va="center")
        y += 1
        for r in members.itertuples():
            ax.add_patch(plt.Rectangle((0.12, y - 0.32), 0.16, 0.64, facecolor=fill, edgecolor=edge,
                                       linewidth=0.8, transform=ax.transData))  # fmt: skip
            detail = f"{r.where}: {r.change}" + (f" (AP ¶{r.paragraph})" if r.paragraph else "")
            ax.text(0.38, y, detail, fontsize=MIN_FONT, va="center")
            y += 1
    return finish(fig, source, title)


def coverage_figure(
    matrix: pd.DataFrame,
    labels: dict[str, str],
    columns: dict[str, str],
    title: str,
    source: str,
    divide_after: int = 0,
) -> Figure:
    """Facts (rows) by text (columns): a symbol for carried, carried differently, not carried, not seen.
    A line after the first ``divide_after`` rows sets them apart (the facts Newsweek leaves out)."""
    rows, cols = list(matrix.index), list(matrix.columns)
    # Two-line row names keep the names column narrow, so the texts' columns have room on a phone.
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 0.36 * len(rows) + 3.4))
    for i, fact in enumerate(rows):
        for j, text in enumerate(cols):
            status = matrix.loc[fact, text]
            if pd.isna(status):
                continue
            if status == "not_seen":
                ax.scatter(j, i, s=9, marker="o", facecolor="#8c8c8c", edgecolor="none")
                continue
            ax.scatter(j, i, s=72, marker="o", facecolor=COVERAGE_COLOURS[status], edgecolor="#333333", linewidth=0.7)
            if status == "carried_differently":  # a dot inside: the cue does not rest on colour alone
                ax.scatter(j, i, s=10, marker="o", facecolor="#222222", edgecolor="none")
    newsweek = cols.index("newsweek") if "newsweek" in cols else None
    if newsweek is not None:
        ax.axvspan(newsweek - 0.5, newsweek + 0.5, color="#fff3c4", zorder=0)
    if divide_after:
        ax.axhline(divide_after - 0.5, color="#a33f00", linewidth=1.2, linestyle="--")
    ax.set_xticks(range(len(cols)), [columns[c] for c in cols], rotation=90, fontsize=MIN_FONT)
    ax.set_yticks(range(len(rows)), [wrap_label(labels[f], 22) for f in rows], fontsize=MIN_FONT, linespacing=1.0)
    ax.set_xlim(-0.6, len(cols) - 0.4)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.xaxis.tick_top()
    # The legend's symbols, as drawn: (fill, edge, size) per status.
    symbols = {
        "carried": (COVERAGE_COLOURS["carried"], "#333333", 8),
        "carried_differently": (COVERAGE_COLOURS["carried_differently"], "#333333", 8),
        "not_carried": ("white", "#333333", 8),
        "not_seen": ("#8c8c8c", "none", 3),
    }
    handles = [
        plt.Line2D([], [], marker="o", ls="", markerfacecolor=fill, markeredgecolor=edge, markersize=size,
                   label=COVERAGE_LABELS[status])
        for status, (fill, edge, size) in symbols.items()
    ]  # fmt: skip
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.05),
        ncol=2,
        fontsize=MIN_FONT,
        handletextpad=0.3,
        columnspacing=0.8,
    )
    # The column labels sit above the grid: leave room for the longest of them and the two-line title.
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.41, right=0.99, top=top_below_labels(fig, ax, 0.9), bottom=1.35 / height)
    return finish(fig, source, title)
