"""The one figure style of the report: set here, used by every chart.

Figures are SVG with text kept as text: sharp at any screen density, byte-identical across runs (a
fixed hash salt and no date in the metadata), so nbval compares them like any other output.

One size of text for readers on every screen. The page shows a figure at its own width on a desktop
(the stylesheet caps it there) and shrinks it to the column on a phone (342 CSS px at 390 px). Drawn
:data:`MAX_WIDTH` inches wide at 96 px an inch, with no text under :data:`MIN_FONT` and none over
:data:`TITLE_FONT` points, its text is 14.7-16 CSS px on a desktop (never larger than the body text,
16 px) and at least 12 CSS px on a phone (11 pt x 4/3 x 342 / 411, the saved image being the drawing
plus :data:`PAD` on each side). The browser tests measure both.
"""

from __future__ import annotations

import textwrap
from itertools import combinations

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.text import Text

from .vocab import OKABE_ITO, PALETTE

MAX_WIDTH = 4.2  # inches, labels that stick out included: 403 CSS px, shown at 342 px on a phone
MIN_FONT = 11.0  # points: 14.7 CSS px on a desktop, 12.4 px on a phone
TITLE_FONT = 12.0  # points: 16 CSS px on a desktop, the body text's size and no more
FIGSIZE = (MAX_WIDTH, 3.0)
DPI = 96
PAD = 0.04  # inches of white round the tight box of a saved figure
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
    "savefig.pad_inches": PAD,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": TITLE_FONT,
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
    set_matplotlib_formats("svg", metadata=SVG_METADATA, bbox_inches="tight", pad_inches=PAD)


def wrap(title: str, width: int = 38) -> str:
    """A title wrapped to the figure's width (two or three short lines read better on a phone)."""
    return "\n".join(textwrap.wrap(title, width))


def wrap_label(label: str, width: int = 18) -> str:
    """A tick label on at most two lines, so long names fit a narrow figure."""
    lines = textwrap.wrap(str(label), width)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def finish(fig: Figure, source: str, title: str = "") -> Figure:
    """Write the finding as the figure's title (top left) and the source line (bottom left), so both
    travel with the image, then keep the drawing within :data:`MAX_WIDTH` (:func:`fit_width`)."""
    if title:
        fig.suptitle(wrap(title), x=0.01, y=0.995, ha="left", va="top", fontsize=TITLE_FONT, fontweight="bold")
    fig.text(0.01, 0.005, wrap(f"Source: {source}", 46), ha="left", va="bottom", fontsize=MIN_FONT, color="#444444")
    return fit_width(fig)


def fit_width(fig: Figure, steps: int = 4) -> Figure:
    """Narrow the axes until the drawing, tick labels and texts beside the bars included, is no wider
    than the figure: a saved figure wider than :data:`MAX_WIDTH` would be shrunk on a phone, and its
    text with it. Each step moves every axes' edges in by what sticks out on that side."""
    width = fig.get_figwidth()
    for _ in range(steps):
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        # Only what the axes draw (ticks, labels beside the bars): a figure-level text or legend that is
        # too wide is the chart's to wrap, and narrowing the axes would not help it.
        boxes = [ax.get_tightbbox(renderer) for ax in fig.axes]
        boxes = [b for b in boxes if b is not None]
        if not boxes:
            break
        x0, x1 = min(b.x0 for b in boxes) / fig.dpi, max(b.x1 for b in boxes) / fig.dpi
        left, right = max(0.0, -x0), max(0.0, x1 - width)
        if left + right <= 0.005:
            break
        for ax in fig.axes:
            pos = ax.get_position()
            x0 = pos.x0 + (left + 0.01) / width
            x1 = pos.x1 - (right + 0.01) / width if right else pos.x1
            ax.set_position([x0, pos.y0, max(x1 - x0, 0.05), pos.height])
    return fig


def legend_columns(fig: Figure, handles: list, most: int = 2, **options) -> int:
    """How many columns a figure legend of ``handles`` can have, at most ``most``, and still fit the
    figure's width (a legend is not narrowed by :func:`fit_width`): tried, measured and removed."""
    for ncol in range(most, 1, -1):
        legend = fig.legend(handles=handles, ncol=ncol, **options)
        fig.canvas.draw()
        width = legend.get_window_extent(fig.canvas.get_renderer()).width / fig.dpi
        legend.remove()
        if width <= fig.get_figwidth() - 0.05:
            return ncol
    return 1


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
    "TITLE_FONT",
    "apply",
    "drawn_width",
    "finish",
    "fit_width",
    "label_overlaps",
    "legend_columns",
    "repel_labels",
    "text_sizes",
    "top_below_labels",
    "wrap",
    "wrap_label",
]
