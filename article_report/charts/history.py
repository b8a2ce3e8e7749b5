"""Figures of chapter "History and claims": the road from listing to recognition, the week of the
article, who sat at each round, and the verdicts by significance."""

from __future__ import annotations

import datetime as dt

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..style import MAX_WIDTH, MIN_FONT, finish, top_below_labels, wrap, wrap_label
from ..vocab import (
    SIGNIFICANCE,
    STATUS_STYLE,
    TIMELINE_CATEGORY_COLOURS,
    TIMELINE_CATEGORY_LABELS,
    VERDICT_COLOURS,
)


def step_list(
    events: pd.DataFrame,
    labels: dict[str, str],
    published: dt.date,
    title: str,
    source: str,
    date_format: str = "%-d %b %Y",
) -> Figure:
    """Labelled events as steps down a line, evenly spaced in date order (a long span and a cluster of
    recent steps stay readable), each dot coloured by category, the publication day marked between them.
    ``events`` has columns id, start, category, verified; only the ids in ``labels`` are drawn, and an
    event the sources could not confirm never is."""
    shown = events[events["id"].isin(labels) & (events["verified"] == "yes")]
    shown = shown.sort_values("start").reset_index(drop=True)
    n = len(shown)
    height = 1.6 + 0.52 * n + 0.9
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, height))
    ax.plot([0, 0], [-0.4, n - 0.6], color="#999999", linewidth=1.5, zorder=1)
    for i, row in shown.iterrows():
        colour = TIMELINE_CATEGORY_COLOURS[row["category"]]
        ax.plot([0], [i], marker="o", ms=9, color=colour, markeredgecolor="black", markeredgewidth=0.6, zorder=3)
        ax.text(-0.08, i, f"{row['start']:{date_format}}", ha="right", va="center", fontsize=MIN_FONT)
        ax.text(0.08, i, wrap(labels[row["id"]], 30), ha="left", va="center", fontsize=MIN_FONT, gid="event-label")
    after = shown.index[shown["start"] > published]
    if len(after):
        y = after[0] - 0.5
        ax.axhline(y, color="#a33f00", linewidth=1.2, linestyle="--", zorder=2)
        ax.text(1.05, y - 0.08, "after publication", ha="right", va="bottom", fontsize=MIN_FONT, color="#a33f00")
    ax.set_ylim(n - 0.5, -0.6)
    ax.set_xlim(-0.75, 1.05)
    ax.axis("off")
    categories = [c for c in TIMELINE_CATEGORY_COLOURS if c in set(shown["category"])]
    handles = [
        plt.Line2D(
            [],
            [],
            marker="o",
            ls="",
            color=TIMELINE_CATEGORY_COLOURS[c],
            markeredgecolor="black",
            markersize=8,
            label=TIMELINE_CATEGORY_LABELS[c],
        )
        for c in categories
    ]
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.5 / height),
        ncol=2,
        fontsize=MIN_FONT,
        handletextpad=0.3,
        columnspacing=0.8,
    )
    legend_rows = (len(handles) + 1) // 2
    fig.subplots_adjust(left=0.02, right=0.98, top=1 - 0.8 / height, bottom=(0.55 + 0.28 * legend_rows + 0.2) / height)
    return finish(fig, source, title)


def participation_matrix(matrix: pd.DataFrame, title: str, source: str) -> Figure:
    """Participants (rows) by meeting (columns), each cell coloured and lettered by status."""
    statuses = list(STATUS_STYLE)
    codes = matrix.apply(lambda col: col.map(lambda s: statuses.index(s) if s in statuses else -1))
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 0.3 * len(matrix) + 3.3))
    cmap = ListedColormap(["#ffffff", *(STATUS_STYLE[s][0] for s in statuses)])
    ax.imshow(codes.to_numpy() + 1, cmap=cmap, vmin=0, vmax=len(statuses), aspect="auto")
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            status = matrix.iat[i, j]
            if status in STATUS_STYLE:
                ax.text(j, i, STATUS_STYLE[status][1], ha="center", va="center", fontsize=MIN_FONT, color="black")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=90)
    ax.set_yticks(range(matrix.shape[0]), [wrap_label(name, 20) for name in matrix.index])
    ax.set_xticks(np.arange(-0.5, matrix.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, matrix.shape[0]), minor=True)
    ax.grid(which="minor", color="#cccccc", lw=0.5)
    ax.tick_params(which="both", length=0)
    ax.xaxis.tick_top()
    for spine in ax.spines.values():
        spine.set_visible(False)
    used = [s for s in statuses if (matrix == s).any().any()]
    handles = [
        Patch(facecolor=STATUS_STYLE[s][0], edgecolor="#999999", label=f"{STATUS_STYLE[s][1]} {s.replace('_', ' ')}")
        for s in used
    ]
    handles.append(Patch(facecolor="white", edgecolor="#cccccc", label="(blank) not in that round's list"))
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.05),
        ncol=3,
        fontsize=MIN_FONT,
        handlelength=1.0,
        columnspacing=0.6,
    )
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.3, right=0.98, top=top_below_labels(fig, ax), bottom=1.25 / height)
    return finish(fig, source, title)


def verdicts_by_significance(counts: pd.DataFrame, title: str, source: str) -> Figure:
    """Claims per verdict, each bar split by significance (hatched: substantive and misleading), the most
    severe segment first."""
    order = [v for v in VERDICT_COLOURS if v in set(counts["verdict"])]
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 1.9 + 0.42 * len(order)))
    y = np.arange(len(order))[::-1]
    hatches = {"substantive": "//", "misleading": "xx", "minor": "", "": ""}
    left = np.zeros(len(order))
    for significance in (*reversed(SIGNIFICANCE), ""):  # the most severe first (SIGNIFICANCE runs upwards)
        values = np.array(
            [
                int(counts[(counts["verdict"] == v) & (counts["significance"] == significance)]["claims"].sum())
                for v in order
            ]
        )
        ax.barh(
            y,
            values,
            left=left,
            color=[VERDICT_COLOURS[v][0] for v in order],
            hatch=hatches[significance],
            edgecolor="black",
            linewidth=0.5,
            height=0.62,
        )
        left += values
    for yy, total in zip(y, left, strict=True):
        ax.text(total + 0.4, yy, str(int(total)), va="center", fontsize=MIN_FONT)
    ax.set_yticks(y, order)
    ax.set_xlim(0, left.max() * 1.12 + 1)
    ax.set_xlabel("claims")
    handles = [
        Patch(facecolor="white", edgecolor="black", hatch=hatches[s], label=s) for s in ("substantive", "misleading")
    ] + [Patch(facecolor="white", edgecolor="black", label="minor or none")]
    fig.legend(
        handles=handles,
        title="significance",
        loc="lower left",
        bbox_to_anchor=(0.0, 0.06),
        ncol=3,
        fontsize=MIN_FONT,
        handlelength=1.4,
        columnspacing=0.8,
    )
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.27, right=0.97, top=1 - 0.75 / height, bottom=1.45 / height)
    return finish(fig, source, title)
