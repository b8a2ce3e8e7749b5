"""Figures of chapter "Who is in the story": mentions, company, voice against presence, the map."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Polygon
from matplotlib.path import Path as MplPath
from matplotlib.ticker import MaxNLocator

from ..geo import Country
from ..style import MAX_WIDTH, MIN_FONT, finish, repel_labels, wrap, wrap_label
from ..vocab import OKABE_ITO, SECTION_COLOURS, SECTION_LABELS


def mentions_by_actor(actors: pd.DataFrame, title: str, source: str, top: int = 10) -> Figure:
    """Mentions in the running text per actor, split by part, for the ``top`` most mentioned."""
    shown = actors.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 1.9 + 0.4 * len(shown)))
    names = [wrap_label(a, 20) for a in shown["actor"]]
    ax.barh(names, shown["outlet"], color=SECTION_COLOURS["outlet"], label=SECTION_LABELS["outlet"])
    ax.barh(names, shown["wire"], left=shown["outlet"], color=SECTION_COLOURS["wire"], label=SECTION_LABELS["wire"])
    for y, total in enumerate(shown["mentions"]):
        ax.annotate(str(total), (total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=MIN_FONT)
    ax.set_xlim(0, shown["mentions"].max() * 1.15)
    ax.set_xlabel("mentions in the running text")
    fig.legend(loc="lower left", bbox_to_anchor=(0.0, 0.06), ncol=1, fontsize=MIN_FONT)
    fig.subplots_adjust(left=0.4, right=0.97, top=1 - 0.75 / fig.get_figheight(), bottom=1.35 / fig.get_figheight())
    return finish(fig, source, title)


def top_pairs(pairs: pd.DataFrame, title: str, source: str, top: int = 10) -> Figure:
    """The pairs of actors that share the most sentences, ranked, one bar per pair."""
    shown = pairs.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 1.5 + 0.42 * len(shown)))
    labels = [wrap_label(f"{a} + {b}", 26) for a, b in zip(shown["a_name"], shown["b_name"], strict=True)]
    bars = ax.barh(labels, shown["sentences"].to_numpy(), color=OKABE_ITO["blue"], edgecolor="white")
    ax.bar_label(bars, padding=3, fontsize=MIN_FONT)
    ax.set_xlim(0, shown["sentences"].max() * 1.15)
    ax.set_xlabel("sentences both are named in")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", length=0)
    fig.subplots_adjust(left=0.45, right=0.97, top=1 - 0.6 / fig.get_figheight(), bottom=1.0 / fig.get_figheight())
    return finish(fig, source, title)


def voice_shares(shares: pd.DataFrame, title: str, source: str) -> Figure:
    """Per side, share of mentions against share of quoted words: presence against voice."""
    shown = shares[(shares["mentions"] > 0) | (shares["quoted_words"] > 0)].head(7).iloc[::-1]
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 2.3 + 0.42 * len(shown)))
    y = np.arange(len(shown))
    ax.barh(y + 0.18, shown["mentions_share"] * 100, height=0.34, color="#9e9e9e", label="share of mentions")
    ax.barh(
        y - 0.18, shown["quoted_words_share"] * 100, height=0.34, color=OKABE_ITO["blue"], label="share of quoted words"
    )
    for yy, m, q in zip(y, shown["mentions_share"], shown["quoted_words_share"], strict=True):
        ax.text(m * 100 + 1, yy + 0.18, f"{m:.0%}", va="center", fontsize=MIN_FONT)
        ax.text(q * 100 + 1, yy - 0.18, f"{q:.0%}", va="center", fontsize=MIN_FONT)
    ax.set_yticks(y, [wrap_label(side, 22) for side in shown["side"]])
    ax.set_xlim(0, 110)
    ax.set_xlabel("per cent of all mentions / of all quoted words")
    height = fig.get_figheight()
    fig.legend(loc="lower left", bbox_to_anchor=(0.0, 0.45 / height), ncol=1, fontsize=MIN_FONT)
    fig.subplots_adjust(left=0.4, right=0.97, top=1 - 0.75 / height, bottom=1.75 / height)
    return finish(fig, source, title)


def _draw_countries(ax, countries: list[Country], colours: dict[str, str], hatched: set[str]) -> None:
    base, coloured, hatch = [], [], []
    for country in countries:
        for ring in country.rings:
            patch = Polygon(ring, closed=True)
            if country.iso_a3 in colours:
                patch.set_facecolor(colours[country.iso_a3])
                coloured.append(patch)
            else:
                base.append(patch)
            if country.iso_a3 in hatched:
                hatch.append(Polygon(ring, closed=True))
    ax.add_collection(PatchCollection(base, facecolor="#eeeeee", edgecolor="white", linewidth=0.3))
    ax.add_collection(PatchCollection(coloured, match_original=True, edgecolor="white", linewidth=0.4))
    ax.add_collection(PatchCollection(hatch, facecolor="none", edgecolor="black", hatch="///", linewidth=0.6))


MENTION_BANDS = ((1, 1, "#c6dbef"), (2, 4, "#6baed6"), (5, 9, "#2171b5"), (10, 999, "#08306b"))


def band_colour(n: int) -> str:
    return next(colour for lo, hi, colour in MENTION_BANDS if lo <= n <= hi)


def _visible_point(country: Country, extent: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """Where to write a country's label inside the map's frame: its label point when that is on the map,
    else (for a country that only reaches into the frame, such as Russia or China) the point of a 1°
    grid inside both the frame and the country that is nearest the middle of those points; None when
    no part of it is on the map."""
    x0, x1, y0, y1 = extent
    x, y = country.label_point
    if x0 + 2 <= x <= x1 - 2 and y0 + 1 <= y <= y1 - 1:
        return x, y
    paths = [MplPath(ring) for ring in country.rings]
    grid = [(gx + 0.5, gy + 0.5) for gx in range(int(x0) + 4, int(x1) - 4) for gy in range(int(y0) + 1, int(y1) - 1)]
    inside = [p for p in grid if any(path.contains_point(p) for path in paths)]
    if not inside:
        return None
    mx, my = sum(p[0] for p in inside) / len(inside), sum(p[1] for p in inside) / len(inside)
    return min(inside, key=lambda p: (p[0] - mx) ** 2 + (p[1] - my) ** 2)


def states_map(
    countries: list[Country],
    named: dict[str, int],
    participants: set[str],
    names: dict[str, str],
    title: str,
    source: str,
    extent: tuple[float, float, float, float] = (40, 100, 15, 58),
    unmapped: dict[str, int] | None = None,
    not_named: list[str] | None = None,
) -> Figure:
    """The region around Afghanistan: states the article names shaded by mentions (four bands, keyed),
    the states that sent delegations hatched; states named but off the map (or with no present-day
    boundary, ``unmapped``) listed below it."""
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 7.0))
    colours = {iso: band_colour(n) for iso, n in named.items()}
    _draw_countries(ax, countries, colours, participants)
    ax.set_aspect("equal")
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#bbbbbb")
    by_iso = {c.iso_a3: c for c in countries}
    labels, outside = [], [f"{name} ({n})" for name, n in (unmapped or {}).items()]
    for iso, n in sorted(named.items(), key=lambda kv: -kv[1]):
        country = by_iso.get(iso)
        point = _visible_point(country, extent) if country is not None else None
        name = names.get(iso, country.name if country is not None else iso)
        if point is None:
            outside.append(f"{name} ({n})")
            continue
        labels.append(
            ax.text(
                *point,
                f"{name} {n}",
                ha="center",
                va="center",
                fontsize=MIN_FONT,
                gid="map-label",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#666666", "lw": 0.5},
            )
        )
    handles = [Patch(facecolor=c, edgecolor="#999999", label=_band_label(lo, hi)) for lo, hi, c in MENTION_BANDS]
    handles.append(Patch(facecolor="white", edgecolor="black", hatch="///", label="sent a delegation"))
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 0.2),
        ncol=2,
        fontsize=MIN_FONT,
        handlelength=1.2,
        columnspacing=0.8,
    )
    notes = []
    if outside:
        notes.append("Named, not on this map: " + ", ".join(outside))
    if not_named:
        notes.append("Sent a delegation, not named: " + ", ".join(not_named))
    if notes:
        fig.text(0.01, 0.085, "\n".join(wrap(n, 44) for n in notes), fontsize=MIN_FONT, ha="left", va="bottom")
    fig.subplots_adjust(left=0.02, right=0.98, top=0.88, bottom=0.42)
    if labels:
        fig.canvas.draw()
        repel_labels(labels, fig)
    return finish(fig, source, title)


def _band_label(lo: int, hi: int) -> str:
    if hi >= 999:
        return f"{lo}+ mentions"
    if lo == hi:
        return f"{lo} mention" if lo == 1 else f"{lo} mentions"
    return f"{lo}–{hi} mentions"
