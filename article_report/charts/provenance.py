"""Figures of chapter "How the article was made": the article by origin, and who carried which fact."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..style import MAX_WIDTH, MIN_FONT, finish, top_below_labels
from ..vocab import CHANGE_COLOURS, CHANGE_LABELS, COVERAGE_COLOURS, COVERAGE_LABELS

_NOT_STORED = "#f4f4f4"


def _short_source(label: str, paragraph: str) -> str:
    label = (
        label.replace("AP full story, text ", "AP full ")
        .replace("AP short version, text ", "AP short ")
        .replace("AP photo captions of the talks", "AP caption")
        .replace("AP preview, ", "AP preview ")
    )
    return f"{label} ¶{paragraph}" if label and paragraph else label


def origin_map(origins: pd.DataFrame, title: str, source: str, compact: bool = False) -> Figure:
    """The article in reading order, one row per sentence: bar length is the sentence's words, colour
    its most consequential change from its AP source; the AP text it comes from is written beside it.

    ``compact`` draws the overview without source labels (for the landing page).
    """
    n = len(origins)
    row = 0.2 if compact else 0.24
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, n * row + 2.3))
    y_of = {s: n - 1 - i for i, s in enumerate(origins["sentence"])}
    longest = max(origins["words"].max(), 1)
    for r in origins.itertuples():
        y = y_of[r.sentence]
        if r.origin == "not_stored":
            colour, hatch, edge = _NOT_STORED, "////", "#888888"
        elif r.origin == "own":
            colour, hatch, edge = CHANGE_COLOURS["new_material"], None, "#333333"
        else:
            colour, hatch, edge = CHANGE_COLOURS[r.primary], None, "#333333"
        ax.barh(y, r.words, color=colour, hatch=hatch, edgecolor=edge, linewidth=0.6, height=0.72)
        if not compact:
            label = _short_source(r.source_label, str(r.paragraph))
            if r.origin == "not_stored":
                label = "not in stored AP copies"
            elif r.origin == "own":
                label = "no AP source" if r.kind != "handover" else "hand-over line"
            ax.text(r.words + longest * 0.02, y, label, va="center", ha="left", fontsize=MIN_FONT, color="#222222")
    # The two parts of the article, bracketed at the left: Newsweek's own top, then the AP copy.
    for section, name in (("outlet", "Newsweek's top"), ("wire", "AP copy appended")):
        part = origins[origins["section"] == section]
        if part.empty:
            continue
        top, bottom = y_of[part["sentence"].iloc[0]] + 0.4, y_of[part["sentence"].iloc[-1]] - 0.4
        x = -0.155 if not compact else -0.13
        ax.plot(
            [x, x], [bottom, top], color="#333333", linewidth=1.2, transform=ax.get_yaxis_transform(), clip_on=False
        )
        ax.text(
            x - 0.02,
            (top + bottom) / 2,
            name,
            rotation=90,
            ha="right",
            va="center",
            fontsize=MIN_FONT,
            transform=ax.get_yaxis_transform(),
        )
    wire_rows = origins[origins["section"] == "wire"]
    if len(wire_rows):
        ax.axhline(y_of[wire_rows["sentence"].iloc[0]] + 0.5, color="#a33f00", linestyle="--", linewidth=1)
    ticks = [y_of[s] for s in origins["sentence"]]
    labels = [
        "headline" if k == "headline" else str(s) for s, k in zip(origins["sentence"], origins["kind"], strict=True)
    ]
    step = 1 if not compact else 5
    ax.set_yticks(
        [t for i, t in enumerate(ticks) if i % step == 0 or labels[i] == "headline"],
        [lab for i, lab in enumerate(labels) if i % step == 0 or lab == "headline"],
    )
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlim(0, longest * (1.05 if compact else 1.85))
    ax.set_xlabel("words in the sentence")
    used = [
        c
        for c in CHANGE_COLOURS
        if c in set(origins.loc[origins["origin"].isin(["rewrite", "carried", "appended"]), "primary"])
    ]
    used = [c for c in used if c != "new_material"]
    handles = [Patch(facecolor=CHANGE_COLOURS[c], edgecolor="#333333", label=CHANGE_LABELS[c]) for c in used]
    handles.append(Patch(facecolor=CHANGE_COLOURS["new_material"], edgecolor="#333333", label="no AP source"))
    handles.append(Patch(facecolor=_NOT_STORED, edgecolor="#888888", hatch="////", label="AP copy, source not stored"))
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.045),
        ncol=2,
        fontsize=MIN_FONT,
        handlelength=1.2,
        columnspacing=0.8,
    )
    legend_rows = (len(handles) + 1) // 2
    fig.subplots_adjust(
        left=0.25,
        right=0.98,
        top=1 - 0.75 / fig.get_figheight(),
        bottom=(0.75 + 0.25 * legend_rows + 0.5) / fig.get_figheight(),
    )
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
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 0.26 * len(rows) + 2.9))
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
    ax.set_yticks(range(len(rows)), [labels[f] for f in rows], fontsize=MIN_FONT)
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
    fig.subplots_adjust(left=0.47, right=0.99, top=top_below_labels(fig, ax), bottom=1.15 / height)
    return finish(fig, source, title)
