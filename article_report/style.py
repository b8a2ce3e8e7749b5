"""The one figure style of the report: set here, used by every chart."""

from __future__ import annotations

from itertools import combinations

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.text import Text

# Okabe & Ito (2008) colour-blind-safe palette, in their order (black last, used for text).
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "green", "vermillion", "sky_blue", "purple", "yellow", "grey")]

FIGSIZE = (8.0, 4.5)
DPI = 120

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
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "font.size": 10.5,
    "font.family": "DejaVu Sans",
    "legend.frameon": False,
    # Reproducible SVG/PDF output should anyone save one: no dates, fixed ids.
    "svg.hashsalt": "article-analysis",
    "svg.fonttype": "none",
    "path.simplify": True,
}


def apply() -> None:
    """Set the report's style for every figure drawn afterwards."""
    mpl.rcParams.update(RC)


def finish(fig: Figure, source: str) -> Figure:
    """Draw the source line inside the figure, bottom left, so the credit travels with the image."""
    fig.text(0.01, 0.01, f"Source: {source}", ha="left", va="bottom", fontsize=8, color="#444444")
    return fig


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


def label_overlaps(fig: Figure) -> int:
    """How many pairs of labels overlap in a network or map figure (0 when readable)."""
    renderer = fig.canvas.get_renderer()
    texts = [t for ax in fig.axes for t in ax.texts if t.get_gid() in ("node-label", "map-label", "event-label")]
    boxes = [Text.get_window_extent(t, renderer) for t in texts]
    return sum(1 for a, b in combinations(boxes, 2) if a.overlaps(b))
