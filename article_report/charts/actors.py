"""Figures of the article's actors: presence, flow through the text, company, voice, and a map."""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Polygon

from ..geo import Country
from ..style import FIGSIZE, OKABE_ITO, finish, repel_labels

KIND_COLOURS = {
    "state": OKABE_ITO["blue"],
    "armed_group": OKABE_ITO["vermillion"],
    "person": OKABE_ITO["orange"],
    "organisation": OKABE_ITO["green"],
    "group": OKABE_ITO["purple"],
    "place": OKABE_ITO["sky_blue"],
    "diplomatic_format": OKABE_ITO["yellow"],
}
SECTION_COLOURS = {"outlet": OKABE_ITO["sky_blue"], "wire": OKABE_ITO["green"]}
MATCH_MARKERS = {"name": "o", "alias": "s", "demonym": "^", "metonym": "D", "role": "P"}
# In the network, shape repeats the kind so that colour is never the only cue.
KIND_SHAPES = {"state": "o", "armed_group": "s", "person": "^", "organisation": "D", "group": "h", "place": "v",
               "diplomatic_format": "p"}  # fmt: skip


def mentions_by_actor(actors: pd.DataFrame, title: str, source: str, top: int = 18) -> Figure:
    """Mentions per actor, split by section, for the ``top`` most mentioned actors."""
    shown = actors.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 1.3))
    ax.barh(shown["actor"], shown["outlet"], color=SECTION_COLOURS["outlet"], label="outlet's section")
    ax.barh(shown["actor"], shown["wire"], left=shown["outlet"], color=SECTION_COLOURS["wire"], label="wire copy")
    for y, (total, kind) in enumerate(zip(shown["mentions"], shown["kind"], strict=True)):
        ax.annotate(f"{total}  ({kind.replace('_', ' ')})", (total, y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8)  # fmt: skip
    ax.set_xlim(0, shown["mentions"].max() * 1.45)
    ax.set_xlabel("mentions (every name, alias, demonym, metonym and role)")
    ax.tick_params(axis="y", labelsize=8)
    ax.legend(loc="lower right")
    fig.suptitle(title, x=0.02, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(left=0.3, bottom=0.12, top=0.93)
    return finish(fig, source)


def narrative_flow(mentions: pd.DataFrame, blocks: pd.DataFrame, order: list[str], title: str, source: str) -> Figure:
    """Each mention as a mark at its position in the text (in words), one row per actor."""
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 1.2))
    words_before = np.concatenate([[0], np.cumsum(blocks["words"].to_numpy())])
    block_index = {b: i for i, b in enumerate(blocks["block"])}
    for _, row in blocks.iterrows():
        if row["kind"] in ("caption", "caption_keywords", "credit"):
            i = block_index[row["block"]]
            ax.axvspan(words_before[i], words_before[i + 1], color="#eeeeee", zorder=0)
        if row["kind"] == "handover":
            x = words_before[block_index[row["block"]]]
            ax.axvline(x, color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1)
            ax.annotate("hand-over to wire copy", (x, len(order) - 0.4), xytext=(3, 0), textcoords="offset points",
                        fontsize=8, color=OKABE_ITO["vermillion"])  # fmt: skip
    rows = {actor: len(order) - 1 - i for i, actor in enumerate(order)}
    shown = mentions[mentions["actor"].isin(order)]
    # Position of each mention: words of the blocks before it plus its share of its own block.
    starts = blocks.set_index("block")["start"]
    ends = blocks.set_index("block")["end"]
    for match_type, marker in MATCH_MARKERS.items():
        part = shown[shown["match_type"] == match_type]
        if part.empty:
            continue
        i = part["block"].map(block_index).to_numpy()
        frac = (
            (part["start"] - part["block"].map(starts)) / (part["block"].map(ends) - part["block"].map(starts))
        ).to_numpy()
        x = words_before[i] + frac * (words_before[i + 1] - words_before[i])
        y = part["actor"].map(rows).to_numpy()
        colour = [KIND_COLOURS[k] for k in part["kind"]]
        ax.scatter(x, y, marker=marker, c=colour, edgecolor="black", linewidth=0.4, s=36, label=match_type, zorder=3)
    ax.set_yticks(list(rows.values()), list(rows.keys()), fontsize=8)
    ax.set_ylim(-0.7, len(order) - 0.1)
    ax.set_xlim(0, words_before[-1])
    ax.set_xlabel("position in the article (words from the start); grey bands are photo captions")
    legend = ax.legend(title="matched by", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title_fontsize=8)
    for handle in legend.legend_handles:
        handle.set_facecolor("white")
    ax.add_artist(legend)
    kinds = [k for k in KIND_COLOURS if k in set(shown["kind"])]
    ax.legend(handles=[Patch(color=KIND_COLOURS[k], label=k.replace("_", " ")) for k in kinds], title="kind",
              loc="lower left", bbox_to_anchor=(1.01, 0), fontsize=8, title_fontsize=8)  # fmt: skip
    fig.suptitle(title, x=0.02, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(left=0.31, right=0.84, bottom=0.13, top=0.92)
    return finish(fig, source)


def network(graph: nx.Graph, title: str, source: str, min_mentions: int = 2) -> Figure:
    """The co-occurrence network of actors with at least ``min_mentions`` mentions: node size by
    mentions, colour by kind, edge width by the number of sentences two actors share."""
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 1.5))
    keep = [n for n in graph if graph.nodes[n]["mentions"] >= min_mentions and graph.degree(n) > 0]
    sub = graph.subgraph(keep).copy()
    sub.remove_nodes_from([n for n in list(sub) if sub.degree(n) == 0])
    # Seeded spring layout: the same picture on every run; k spreads the nodes to leave room for labels.
    pos = nx.spring_layout(sub, seed=7, k=2.2 / np.sqrt(max(len(sub), 1)), iterations=300, weight="weight")
    widths = [0.5 + 0.7 * sub.edges[e]["weight"] for e in sub.edges]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, edge_color="#aaaaaa", alpha=0.8)
    sizes = [80 + 45 * sub.nodes[n]["mentions"] for n in sub]
    for kind, shape in KIND_SHAPES.items():
        nodes = [n for n in sub if sub.nodes[n]["kind"] == kind]
        if nodes:
            nx.draw_networkx_nodes(sub, pos, nodelist=nodes, ax=ax, node_shape=shape, node_color=KIND_COLOURS[kind],
                                   node_size=[80 + 45 * sub.nodes[n]["mentions"] for n in nodes], edgecolors="black",
                                   linewidths=0.5)  # fmt: skip
    ax.margins(x=0.25, y=0.08)
    fig.canvas.draw()
    texts = []
    for node, size in zip(sub, sizes, strict=True):
        # Start each label just right of its node's circle (radius in pixels from the marker area).
        x, y = ax.transData.transform(pos[node])
        radius = np.sqrt(size) / 2 * fig.dpi / 72 + 3
        lx, ly = ax.transData.inverted().transform((x + radius, y))
        box = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
        label = ax.text(lx, ly, sub.nodes[node]["name"], fontsize=8, ha="left", va="center", gid="node-label", bbox=box)
        texts.append(label)
    repel_labels(texts, fig)
    kinds = [k for k in KIND_SHAPES if any(sub.nodes[n]["kind"] == k for n in sub)]
    handles = [plt.Line2D([], [], marker=KIND_SHAPES[k], ls="", color=KIND_COLOURS[k], markeredgecolor="black", ms=8,
                          label=k.replace("_", " ")) for k in kinds]  # fmt: skip
    kind_legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="kind",
                            title_fontsize=8)  # fmt: skip
    ax.add_artist(kind_legend)
    top = max((sub.edges[e]["weight"] for e in sub.edges), default=1)
    steps = sorted({1, max(1, top // 2), top})
    widths_key = [plt.Line2D([], [], color="#aaaaaa", lw=0.5 + 0.7 * w, label=f"{w} sentence{'s' if w > 1 else ''}")
                  for w in steps]  # fmt: skip
    ax.legend(handles=widths_key, loc="lower left", bbox_to_anchor=(1.0, 0.0), fontsize=8, title="shared",
              title_fontsize=8)  # fmt: skip
    ax.set_axis_off()
    ax.set_title(title)
    fig.subplots_adjust(left=0.02, right=0.83, top=0.93, bottom=0.05)
    return finish(fig, source)


def voice_and_presence(actors: pd.DataFrame, title: str, source: str) -> Figure:
    """For each actor: mentions, reported statements and direct quotations, side by side."""
    shown = actors[(actors["mentions"] >= 2) | (actors["quotes"] > 0) | (actors["reports"] > 0)].iloc[::-1]
    fig, ax = plt.subplots(figsize=(FIGSIZE[0], FIGSIZE[1] * 1.3))
    y = np.arange(len(shown))
    ax.barh(y + 0.27, shown["mentions"], height=0.26, color=OKABE_ITO["grey"], label="mentions")
    ax.barh(y, shown["reports"], height=0.26, color=OKABE_ITO["orange"], label="reported statements")
    ax.barh(y - 0.27, shown["quotes"], height=0.26, color=OKABE_ITO["blue"], label="direct quotations")
    ax.set_yticks(y, shown["actor"], fontsize=8)
    ax.set_xlabel("count")
    ax.legend(loc="lower right")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.suptitle(title, x=0.02, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(left=0.3, bottom=0.12, top=0.93)
    return finish(fig, source)


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


def _overlaps_extent(country: Country, extent: tuple[float, float, float, float]) -> bool:
    """Whether most of the country's largest ring lies inside the frame."""
    ring = max(country.rings, key=len)
    inside = sum(extent[0] <= x <= extent[1] and extent[2] <= y <= extent[3] for x, y in ring)
    return inside >= len(ring) / 3


def states_map(
    countries: list[Country], named: dict[str, int], participants: set[str], title: str, source: str,
    extent: tuple[float, float, float, float] = (20, 125, 0, 62), names: dict[str, str] | None = None,
) -> Figure:  # fmt: skip
    """The states the article names, shaded by mentions, with the talks' listed participants hatched.

    Left: the whole world (so far-off states such as the United States show); right: the region.
    """
    fig, (world, region) = plt.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.35]})
    top = max(named.values())
    cmap = plt.get_cmap("Blues")
    colours = {iso: cmap(0.3 + 0.7 * n / top) for iso, n in named.items()}
    for ax in (world, region):
        _draw_countries(ax, countries, colours, participants)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(True)
            spine.set_color("#bbbbbb")
    world.set_xlim(-180, 180)
    world.set_ylim(-60, 85)
    world.add_patch(plt.Rectangle((extent[0], extent[2]), extent[1] - extent[0], extent[3] - extent[2],
                                  fill=False, edgecolor=OKABE_ITO["vermillion"], linewidth=1))  # fmt: skip
    world.set_title("the world", fontsize=9, fontweight="normal")
    region.set_xlim(extent[0], extent[1])
    region.set_ylim(extent[2], extent[3])
    by_iso = {c.iso_a3: c for c in countries}
    labels = []
    for iso, n in named.items():
        country = by_iso.get(iso)
        if country is None:
            continue
        x, y = country.label_point
        inside = extent[0] <= x <= extent[1] and extent[2] <= y <= extent[3]
        # A label point just outside the frame (Russia's) is pulled in; far-off states are named on the world map.
        x, y = min(max(x, extent[0] + 6), extent[1] - 6), min(max(y, extent[2] + 3), extent[3] - 3)
        target = region if inside or (country.rings and _overlaps_extent(country, extent)) else world
        if target is world:
            x, y = country.label_point
        label = (names or {}).get(iso, country.name)
        labels.append(target.text(x, y, f"{label} ({n})", ha="center", va="center", fontsize=7,
                                  gid="map-label", bbox={"boxstyle": "round,pad=0.15", "fc": "white",
                                                         "ec": "#666666", "lw": 0.5, "alpha": 0.9}))  # fmt: skip
    region.set_title("the region (framed on the world map); in brackets: mentions", fontsize=9, fontweight="normal")
    handles = [
        Patch(facecolor=cmap(0.65), label="named in the article (darker: more mentions)"),
        Patch(facecolor="white", edgecolor="black", hatch="///", label="listed as taking part in the Moscow format"),
        Patch(facecolor="#eeeeee", edgecolor="#999999", label="not named"),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=8, bbox_to_anchor=(0.5, 0.06))
    fig.suptitle(title, x=0.02, ha="left", fontsize=12, fontweight="bold")
    fig.subplots_adjust(left=0.02, right=0.98, top=0.86, bottom=0.16, wspace=0.05)
    if labels:
        fig.canvas.draw()
        repel_labels(labels, fig)
    return finish(fig, source)
