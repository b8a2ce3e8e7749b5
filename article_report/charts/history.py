"""Figures of the history chapter: a paneled timeline, the rounds-by-participant matrix, verdicts."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..style import FIGSIZE, OKABE_ITO, finish, repel_labels

CATEGORY_COLOURS = {
    "soviet_war": OKABE_ITO["grey"],
    "designation": OKABE_ITO["vermillion"],
    "moscow_format": OKABE_ITO["blue"],
    "extended_troika": OKABE_ITO["sky_blue"],
    "takeover_2021": OKABE_ITO["black"],
    "russian_statements": OKABE_ITO["purple"],
    "military_exercises": OKABE_ITO["green"],
    "humanitarian_aid": OKABE_ITO["orange"],
    "diplomacy": OKABE_ITO["yellow"],
    "since_publication": "#6b4c9a",
}
CATEGORY_LABELS = {
    "soviet_war": "Soviet war", "designation": "terror listing", "moscow_format": "Moscow format",
    "extended_troika": "extended troika", "takeover_2021": "Taliban takeover",
    "russian_statements": "Russian statements",
    "military_exercises": "military exercises", "humanitarian_aid": "humanitarian aid", "diplomacy": "diplomacy",
    "since_publication": "after publication",
}  # fmt: skip
VERDICT_COLOURS = {
    "verified": OKABE_ITO["green"],
    "imprecise": OKABE_ITO["yellow"],
    "outdated": OKABE_ITO["sky_blue"],
    "contradicted": OKABE_ITO["vermillion"],
    "unverified": OKABE_ITO["grey"],
}
STATUS_STYLE = {  # colour, symbol printed in the cell: every status has its own of each
    "host": (OKABE_ITO["blue"], "H"),
    "member": (OKABE_ITO["sky_blue"], "M"),
    "guest": (OKABE_ITO["yellow"], "G"),
    "observer": (OKABE_ITO["orange"], "O"),
    "invited": ("#c8e6c9", "I"),
    "not_invited": ("#f2f2f2", "–"),
    "declined": (OKABE_ITO["vermillion"], "D"),
    "absent": ("#d9d9d9", "A"),
    "unclear": ("#ffffff", "?"),
}


def _as_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def timeline_panels(
    events: pd.DataFrame,
    references: pd.DataFrame,
    panels: list[tuple[str, dt.date, dt.date, dict[str, str]]],
    published: dt.date,
    title: str,
    source: str,
) -> Figure:
    """Events on category lanes, in stacked panels that each have their own time scale.

    A broken time axis in effect: 1979 and the week of publication cannot share one scale.
    ``events`` needs columns id, start, end, category; ``references`` (the article's own time
    expressions, resolved) columns lo, hi; each panel is (title, first day, last day, labels), where
    labels maps the ids of events to name in that panel to their short label.
    """
    heights = []
    for _, first, last, _ in panels:
        inside = events[(events["end"] >= first) & (events["start"] <= last)]
        heights.append(max(2, inside["category"].nunique()))
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(FIGSIZE[0], 0.42 * sum(heights) + 0.9 * len(panels) + 0.6),
        gridspec_kw={"height_ratios": [h + 1.6 for h in heights]},
    )  # fmt: skip
    axes = np.atleast_1d(axes)
    panel_texts: list[list] = []
    for ax, (name, first, last, labels) in zip(axes, panels, strict=True):
        lo, hi = _as_datetime(first), _as_datetime(last) + dt.timedelta(days=1)
        shown = events[(events["end"] >= first) & (events["start"] <= last)]
        categories = [c for c in CATEGORY_COLOURS if c in set(shown["category"])]
        lanes = {c: len(categories) - 1 - i for i, c in enumerate(categories)}
        for ref in references.itertuples():
            r_lo, r_hi = _as_datetime(ref.lo), _as_datetime(ref.hi) + dt.timedelta(days=1)
            if not (r_hi > lo and r_lo < hi):
                continue
            if (r_hi - r_lo).days <= 120:  # a day, week or month the article points at: a shaded band
                ax.axvspan(max(r_lo, lo), min(r_hi, hi), color=OKABE_ITO["vermillion"], alpha=0.13, lw=0)
            else:  # a span of years ("since 2017"): a bracket along the top, so it hides nothing
                top = len(categories) + 0.5
                ax.plot([max(r_lo, lo), min(r_hi, hi)], [top, top], color=OKABE_ITO["vermillion"], lw=2, alpha=0.6)
                ax.annotate(f"“{ref.text}”", (max(r_lo, lo), top), xytext=(2, 2), textcoords="offset points",
                            fontsize=6.5, color=OKABE_ITO["vermillion"])  # fmt: skip
        if lo <= _as_datetime(published) < hi:
            ax.axvline(_as_datetime(published), color=OKABE_ITO["vermillion"], lw=1.2)
            ax.annotate("publication", (_as_datetime(published), -0.55), xytext=(3, 0),
                        textcoords="offset points", fontsize=7, color=OKABE_ITO["vermillion"])  # fmt: skip
        texts = []
        # Events dated only to a month or year go first, drawn thin and hatched, so day-dated events
        # stay visible on top of them; unverified events are hollow.
        for ev in shown.sort_values("precision", key=lambda p: p.map({"year": 0, "month": 1, "day": 2})).itertuples():
            y = lanes[ev.category]
            start = _as_datetime(max(ev.start, first))
            end = _as_datetime(min(ev.end, last)) + dt.timedelta(days=1)
            colour = CATEGORY_COLOURS[ev.category]
            face = colour if ev.verified == "yes" else "white"
            if ev.precision != "day":
                ax.fill_between([start, end], y - 0.12, y + 0.12, facecolor="none", edgecolor=colour, hatch="////",
                                lw=0.6, zorder=1)  # fmt: skip
            elif (end - start) > (hi - lo) / 150:
                ax.plot([start, end], [y, y], color=colour, lw=5, solid_capstyle="butt", alpha=0.85, zorder=2)
            else:
                ax.plot([start], [y], marker="o", color=colour, markerfacecolor=face, markeredgecolor="black",
                        markeredgewidth=0.6, ms=6, zorder=3)  # fmt: skip
            if ev.id in labels:
                texts.append(ax.annotate(
                    labels[ev.id], xy=(start, y), xytext=(start, y + 0.45), fontsize=6.5, ha="left", va="bottom",
                    gid="event-label", arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "#666666"},
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
                ))  # fmt: skip
        ax.set_xlim(lo, hi)
        ax.set_ylim(-0.75, len(categories) + 1.0)
        panel_texts.append(texts)
        ax.set_yticks(list(lanes.values()), [CATEGORY_LABELS[c] for c in lanes], fontsize=7)
        ax.grid(axis="y", color="#eeeeee", lw=0.6)
        ax.set_title(name, fontsize=9, fontweight="normal", loc="left")
        span_days = (last - first).days
        if span_days > 8 * 365:
            ax.xaxis.set_major_locator(mdates.YearLocator(base=5))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        elif span_days > 2 * 365:
            ax.xaxis.set_major_locator(mdates.YearLocator())
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        elif span_days > 60:
            ax.xaxis.set_major_locator(mdates.MonthLocator())
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        else:
            ax.xaxis.set_major_locator(mdates.DayLocator(interval=2))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%a %d %b"))
        ax.tick_params(axis="x", labelsize=7)
    handles = [
        Patch(color=OKABE_ITO["vermillion"], alpha=0.3, label="period the article refers to"),
        plt.Line2D([], [], color=OKABE_ITO["vermillion"], lw=1.2, label=f"publication, {published:%d %b %Y}"),
        plt.Line2D([], [], marker="o", ls="", markerfacecolor="white", markeredgecolor="black", label="unverified"),
        Patch(facecolor="white", edgecolor="#666666", hatch="////", label="dated to month or year only"),
    ]
    fig.legend(handles=handles, loc="lower center", fontsize=8, ncol=4, bbox_to_anchor=(0.5, 0.012))
    fig.suptitle(title, x=0.02, ha="left", fontsize=12, fontweight="bold")
    fig.tight_layout(rect=(0, 0.035, 1, 0.97))
    fig.canvas.draw()
    for texts in panel_texts:
        if texts:
            repel_labels(texts, fig)
    return finish(fig, source)


def participation_matrix(matrix: pd.DataFrame, title: str, source: str) -> Figure:
    """Participants (rows) by meeting (columns), each cell coloured and marked by status."""
    statuses = list(STATUS_STYLE)
    codes = matrix.apply(lambda col: col.map(lambda s: statuses.index(s) if s in statuses else -1))
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], max(FIGSIZE[1], 0.28 * len(matrix) + 1.6)))
    cmap = ListedColormap(["#ffffff", *(STATUS_STYLE[s][0] for s in statuses)])
    ax.imshow(codes.to_numpy() + 1, cmap=cmap, vmin=0, vmax=len(statuses), aspect="auto")
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            status = matrix.iat[i, j]
            if status in STATUS_STYLE:
                ax.text(j, i, STATUS_STYLE[status][1], ha="center", va="center", fontsize=8, color="black")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, fontsize=7, rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index, fontsize=7)
    ax.set_xticks(np.arange(-0.5, matrix.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, matrix.shape[0]), minor=True)
    ax.grid(which="minor", color="#cccccc", lw=0.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    used = [s for s in statuses if (matrix == s).any().any()]
    blank = Patch(facecolor="white", edgecolor="#cccccc", label="   blank: no record")
    handles = [
        Patch(facecolor=STATUS_STYLE[s][0], edgecolor="#999999", label=f"{STATUS_STYLE[s][1]}  {s.replace('_', ' ')}")
        for s in used
    ] + [blank]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, title="status", title_fontsize=8)
    ax.set_title(title)
    fig.subplots_adjust(left=0.2, right=0.8, bottom=0.16)
    return finish(fig, source)


def verdict_counts(claims: pd.DataFrame, title: str, source: str) -> Figure:
    """How many of the article's claims got each verdict."""
    counts = claims["verdict"].value_counts().reindex(list(VERDICT_COLOURS), fill_value=0)
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 0.7))
    bars = ax.barh(counts.index[::-1], counts.to_numpy()[::-1], color=[VERDICT_COLOURS[v] for v in counts.index[::-1]],
                   edgecolor="black", linewidth=0.5)  # fmt: skip
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_xlabel("claims")
    ax.set_xlim(0, counts.max() * 1.15 + 1)
    ax.set_title(title)
    fig.subplots_adjust(left=0.18, bottom=0.22)
    return finish(fig, source)


def article_with_claims(blocks: pd.DataFrame, claims: pd.DataFrame, title: str, source: str) -> Figure:
    """The article as a strip of its blocks (by section) with every checked claim marked by verdict."""
    # Greys for the sections, so that colour means one thing only here: the verdict.
    greys = {"outlet": "#bdbdbd", "wire": "#6e6e6e"}
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 0.75))
    widths = blocks["words"].clip(lower=1).to_numpy(dtype=float)
    lefts = np.concatenate([[0.0], np.cumsum(widths)[:-1]])
    for left, width, section, kind in zip(lefts, widths, blocks["section"], blocks["kind"], strict=True):
        hatch = "///" if kind in ("caption", "caption_keywords", "credit") else None
        ax.barh(0, width, left=left, height=0.6, color=greys[section], edgecolor="white", hatch=hatch, lw=0.8)
    starts, ends = blocks["start"].to_numpy(), blocks["end"].to_numpy()
    verdict_rows = {v: i for i, v in enumerate(VERDICT_COLOURS)}
    for claim in claims.itertuples():
        i = int(np.searchsorted(starts, claim.start, side="right") - 1)
        frac = (claim.start - starts[i]) / max(1, ends[i] - starts[i])
        x = lefts[i] + frac * widths[i]
        y = 0.75 + 0.32 * verdict_rows[claim.verdict]
        ax.plot([x], [y], marker="o", ms=7, color=VERDICT_COLOURS[claim.verdict], markeredgecolor="black", mew=0.5)
    ticks = [0, *(0.75 + 0.32 * r for r in verdict_rows.values())]
    ax.set_yticks(ticks, ["article", *verdict_rows], fontsize=8)
    ax.set_ylim(-0.5, 0.75 + 0.32 * len(verdict_rows))
    ax.set_xlim(-8, widths.sum() + 8)  # a little room so a claim at either end shows whole
    ax.set_xlabel("words from the start of the article")
    handles = [Patch(color=greys[s], label=f"{s}'s text") for s in ("outlet", "wire")]
    handles.append(Patch(facecolor="white", edgecolor="#666666", hatch="///", label="photo caption"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=3, fontsize=8)
    ax.set_title(title)
    fig.subplots_adjust(left=0.15, bottom=0.33, top=0.88)
    return finish(fig, source)
