"""The one figure style of the report: set here, used by every chart."""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.figure import Figure

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
