"""The one figure style of the report: set here, used by every chart.

Figures are SVG with text kept as text: sharp at any screen density, byte-identical across runs (a
fixed hash salt and no date in the metadata), so nbval compares them like any other output. They are
drawn narrow and with large type so that, scaled to a phone's 390 px, no text falls under 9 CSS px:
a figure is at most :data:`MAX_WIDTH` inches wide and no text is smaller than :data:`MIN_FONT` points.
"""

from __future__ import annotations

import textwrap
from itertools import combinations

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.text import Text

from .vocab import OKABE_ITO, PALETTE

MAX_WIDTH = 5.0  # inches: 480 px natural width, scaled to about 360 px on a phone
MIN_FONT = 10.0  # points: 10 pt at 480 px shown at 360 px is 10 CSS px
FIGSIZE = (MAX_WIDTH, 3.4)
DPI = 96
SVG_METADATA = {"Date": None, "Creator": None}

RC = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    # An opaque white background keeps figures readable when the page is in dark mode.
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.transparent": False,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": MIN_FONT,
    "xtick.labelsize": MIN_FONT,
    "ytick.labelsize": MIN_FONT,
    "legend.fontsize": MIN_FONT,
    "legend.title_fontsize": MIN_FONT,
    "font.size": MIN_FONT,
    "font.family": "DejaVu Sans",
    "legend.frameon": False,
    # Deterministic SVG: fixed ids, text as text (small files, selectable, searchable).
    "svg.hashsalt": "article-analysis",
    "svg.fonttype": "none",
    "path.simplify": True,
}


def apply() -> None:
    """Set the report's style for every figure drawn afterwards, and SVG as the notebooks' format."""
    mpl.rcParams.update(RC)
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:  # outside IPython: nothing to configure
        return
    set_matplotlib_formats("svg", metadata=SVG_METADATA, bbox_inches="tight")


def wrap(title: str, width: int = 46) -> str:
    """A title wrapped to the figure's width (two or three short lines read better on a phone)."""
    return "\n".join(textwrap.wrap(title, width))


def wrap_label(label: str, width: int = 18) -> str:
    """A tick label on at most two lines, so long names fit a narrow figure."""
    lines = textwrap.wrap(str(label), width)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def finish(fig: Figure, source: str, title: str = "") -> Figure:
    """Write the finding as the figure's title (top left) and the source line (bottom left), so both
    travel with the image."""
    if title:
        fig.suptitle(wrap(title), x=0.01, y=0.995, ha="left", va="top", fontsize=11, fontweight="bold")
    fig.text(0.01, 0.005, wrap(f"Source: {source}", 70), ha="left", va="bottom", fontsize=MIN_FONT, color="#444444")
    return fig


def top_below_labels(fig: Figure, ax, title_inches: float = 0.65) -> float:
    """The axes' top (a figure fraction) that leaves room for tick labels drawn above the axes and
    for the title: measured from the drawn labels, so long names never collide with the title."""
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    label_inches = max((t.get_window_extent(renderer).height for t in labels), default=0.0) / fig.dpi
    return 1 - (label_inches + title_inches) / fig.get_figheight()


def drawn_width(fig: Figure, draw: bool = True) -> float:
    """The figure's width in inches as saved with ``bbox_inches="tight"`` (labels sticking out count);
    ``draw=False`` when the figure was just drawn."""
    if draw:
        fig.canvas.draw()
    return fig.get_tightbbox(fig.canvas.get_renderer()).width


def text_sizes(fig: Figure) -> list[float]:
    """Font sizes (points) of every visible text in a figure, tick labels and legends included."""
    fig.canvas.draw()
    sizes = []
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            sizes.append(float(text.get_fontsize()))
    return sizes


def repel_labels(texts: list[Text], fig: Figure, steps: int = 200) -> None:
    """Nudge labels apart until no two bounding boxes overlap (or ``steps`` run out)."""
    renderer = fig.canvas.get_renderer()
    ax = texts[0].axes
    for _ in range(steps):
        # Text.get_window_extent, not the annotation's: an annotation's box includes its leader line,
        # which grows as the label moves and would push labels apart for ever.
        boxes = [Text.get_window_extent(t, renderer).expanded(1.05, 1.15) for t in texts]
        moved = False
        for i, j in combinations(range(len(texts)), 2):
            if boxes[i].overlaps(boxes[j]):
                dy = 4 if boxes[i].y0 >= boxes[j].y0 else -4
                for k, sign in ((i, 1), (j, -1)):
                    px, py = texts[k].get_position()  # may be dates on a time axis: convert to numbers
                    x, y = ax.transData.transform((ax.convert_xunits(px), ax.convert_yunits(py)))
                    texts[k].set_position(ax.transData.inverted().transform((x, y + sign * dy)))
                moved = True
        if not moved:
            return


def label_overlaps(fig: Figure, gids: tuple[str, ...] = ("node-label", "map-label", "event-label")) -> int:
    """How many pairs of labels overlap in a figure (0 when readable)."""
    renderer = fig.canvas.get_renderer()
    texts = [t for ax in fig.axes for t in ax.texts if t.get_gid() in gids]
    boxes = [Text.get_window_extent(t, renderer) for t in texts]
    return sum(1 for a, b in combinations(boxes, 2) if a.overlaps(b))


__all__ = [
    "FIGSIZE",
    "MAX_WIDTH",
    "MIN_FONT",
    "OKABE_ITO",
    "apply",
    "drawn_width",
    "finish",
    "label_overlaps",
    "repel_labels",
    "text_sizes",
    "top_below_labels",
    "wrap",
    "wrap_label",
]
