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

from ..style import MAX_WIDTH, MIN_FONT, finish, legend_columns, top_below_labels, wrap, wrap_label
from ..vocab import (
    STATUS_STYLE,
    TIMELINE_CATEGORY_COLOURS,
    TIMELINE_CATEGORY_LABELS,
    VERDICT_COLOURS,
    VERDICT_MARKS,
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
    # Each step is its date in bold and its label beside a dot on one line down the left edge: the
    # whole width is left to the words, so they stay large on a phone.
    entries = [f"{row['start']:{date_format}}: {labels[row['id']]}" for _, row in shown.iterrows()]
    wrapped = [wrap(e, 40) for e in entries]
    heights = [w.count("\n") + 1 for w in wrapped]
    line = 0.2  # inches a line of 11 pt text takes
    after = shown.index[shown["start"] > published]
    categories = [c for c in TIMELINE_CATEGORY_COLOURS if c in set(shown["category"])]
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=TIMELINE_CATEGORY_COLOURS[c], markeredgecolor="black",
                   markersize=8, label=TIMELINE_CATEGORY_LABELS[c])
        for c in categories
    ]  # fmt: skip
    fig = plt.figure(figsize=(MAX_WIDTH, 3))
    ncol = legend_columns(fig, handles, fontsize=MIN_FONT, handletextpad=0.3, columnspacing=0.8)
    legend_rows = -(-len(categories) // ncol)
    span = sum(h * line + 0.12 for h in heights) + (0.3 if len(after) else 0)
    top, bottom = 0.8, 0.55 + 0.24 * legend_rows + 0.2
    height = top + span + bottom
    fig.set_size_inches(MAX_WIDTH, height)
    ax = fig.add_axes((0.0, bottom / height, 1.0, span / height))
    ax.set_xlim(0, MAX_WIDTH)
    ax.set_ylim(span, 0)
    ax.axis("off")
    y, ys = 0.0, []
    for i, row in shown.iterrows():
        if len(after) and i == after[0]:
            ax.axhline(y + 0.1, color="#a33f00", linewidth=1.2, linestyle="--", zorder=2)
            ax.text(MAX_WIDTH - 0.05, y + 0.08, "after publication", ha="right", va="bottom", fontsize=MIN_FONT,
                    color="#a33f00")  # fmt: skip
            y += 0.3
        ys.append(y + line / 2)
        colour = TIMELINE_CATEGORY_COLOURS[row["category"]]
        ax.plot([0.15], [y + line / 2], marker="o", ms=9, color=colour, markeredgecolor="black", markeredgewidth=0.6,
                zorder=3)  # fmt: skip
        ax.text(0.35, y, wrapped[i], ha="left", va="top", fontsize=MIN_FONT, gid="event-label", linespacing=1.25)
        y += heights[i] * line + 0.12
    ax.plot([0.15, 0.15], [ys[0], ys[-1]], color="#999999", linewidth=1.5, zorder=1)
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.5 / height),
        ncol=ncol,
        fontsize=MIN_FONT,
        handletextpad=0.3,
        columnspacing=0.8,
    )
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
    options = {"fontsize": MIN_FONT, "handlelength": 1.0, "columnspacing": 0.6}
    ncol = legend_columns(fig, handles, 3, **options)
    legend_inches = 0.22 * -(-len(handles) // ncol)
    fig.set_size_inches(MAX_WIDTH, fig.get_figheight() + legend_inches - 0.6)
    height = fig.get_figheight()
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 0.5 / height), ncol=ncol, **options)
    fig.subplots_adjust(left=0.3, right=0.98, top=top_below_labels(fig, ax), bottom=(0.75 + legend_inches) / height)
    return finish(fig, source, title)


def verdict_units(claims: pd.DataFrame, title: str, source: str, per_line: int = 10) -> Figure:
    """Every claim as one square, a row of squares per verdict (its colour and its mark), the verdict's
    count beside its name; a claim whose problem matters (substantive or misleading) is outlined in
    black and named by its id under its square. ``claims`` has columns id, verdict, significance, in the
    order to draw them (the most severe problem first within a verdict)."""
    order = [v for v in VERDICT_COLOURS if v in set(claims["verdict"])]
    lines = {v: -(-int((claims["verdict"] == v).sum()) // per_line) for v in order}
    significant = claims["significance"].isin(["substantive", "misleading"])
    # A verdict with a problem that matters takes two lines at least: its name, then the ids under it.
    rows = {v: max(lines[v], 2 if significant[claims["verdict"] == v].any() else 1) for v in order}
    cell = 0.27  # inches a square and its gap take
    gap = 0.1
    span = sum(rows.values()) * cell + gap * len(order)
    top, bottom = 0.75, 0.85  # inches: the title above, the key line and the source below
    height = top + span + bottom
    fig = plt.figure(figsize=(MAX_WIDTH, height))
    ax = fig.add_axes((0.0, bottom / height, 1.0, span / height))
    ax.set_xlim(0, MAX_WIDTH)
    ax.set_ylim(span, 0)
    ax.axis("off")
    label_width = 1.45
    y = 0.0
    for verdict in order:
        members = claims[claims["verdict"] == verdict].reset_index(drop=True)
        fill, ink = VERDICT_COLOURS[verdict]
        ax.text(0.05, y + cell / 2, f"{verdict} {len(members)}", fontsize=MIN_FONT, va="center")
        named = [c.id for c in members.itertuples() if c.significance in ("substantive", "misleading")]
        if named:
            ax.text(0.05, y + 1.5 * cell, ", ".join(named), fontsize=MIN_FONT, fontweight="bold", va="center")
        for i, c in enumerate(members.itertuples()):
            x = label_width + (i % per_line) * cell
            yy = y + (i // per_line) * cell
            matters = c.id in named
            edge, weight = ("black", 2.2) if matters else (fill, 0)
            side = cell - 0.04
            ax.add_patch(plt.Rectangle((x, yy + 0.02), side, side, facecolor=fill, edgecolor=edge, linewidth=weight))
            ax.text(x + (cell - 0.04) / 2, yy + cell / 2, VERDICT_MARKS[verdict], color=ink, ha="center",
                    va="center", fontsize=MIN_FONT, fontweight="bold")  # fmt: skip
        y += rows[verdict] * cell + gap
    fig.text(0.01, 0.5 / height, "outlined, id in bold: a problem that matters", fontsize=MIN_FONT, va="bottom")
    return finish(fig, source, title)
