"""Figures: every figure of the book keeps the shared style (at most MAX_WIDTH wide, text between
MIN_FONT and TITLE_FONT, a finding as its title, a source line), labels that must stay readable do not
overlap, and the checks themselves can fail. The browser tests measure the same text as shown."""

from __future__ import annotations

import inspect

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from article_report import style
from article_report.book import load_book
from article_report.chapters import actors, anatomy, framing, history, provenance
from article_report.charts.actors import states_map
from article_report.geo import load_countries
from article_report.style import MAX_WIDTH, MIN_FONT, TITLE_FONT, drawn_width, label_overlaps, text_sizes

from .conftest import DATA

# Every function a chapter uses to draw a figure: found by name, so a new figure is checked too.
FIGURES = [
    (module.__name__.rsplit(".", 1)[-1], name, function)
    for module in (anatomy, provenance, actors, framing, history)
    for name, function in inspect.getmembers(module, inspect.isfunction)
    if name.endswith("_figure") and function.__module__ == module.__name__
]


@pytest.fixture(scope="module")
def book():
    style.apply()
    return load_book()


def test_every_chapter_draws_figures() -> None:
    assert {chapter for chapter, _, _ in FIGURES} == {"anatomy", "provenance", "actors", "framing", "history"}


@pytest.mark.parametrize(("chapter", "name", "draw"), FIGURES, ids=[f"{c}.{n}" for c, n, _ in FIGURES])
def test_figure_fits_a_phone_and_says_its_finding(book, chapter: str, name: str, draw) -> None:
    fig = draw(book)
    try:
        width, _ = fig.get_size_inches()
        assert width <= MAX_WIDTH + 1e-9, f"{name} is {width} in wide"
        sizes = text_sizes(fig)  # draws the figure
        assert sizes and min(sizes) >= MIN_FONT, f"{name}: text of {min(sizes)} pt"
        assert max(sizes) <= TITLE_FONT, f"{name}: text of {max(sizes)} pt, larger than the body text on a desktop"
        # Saved with a tight box, labels that stick out widen the image, which the page then shrinks.
        drawn = drawn_width(fig, draw=False)
        assert drawn <= MAX_WIDTH + 0.01, f"{name} is drawn {drawn:.2f} in wide"
        title = fig._suptitle.get_text() if fig._suptitle else ""
        assert len(title.split()) >= 5, f"{name} has no finding as its title: {title!r}"
        assert any(t.get_text().startswith("Source:") for t in fig.texts), f"{name} has no source line"
        assert label_overlaps(fig) == 0, f"{name}: labels overlap"
    finally:
        plt.close(fig)


def test_style_is_opaque_white_with_a_fixed_size() -> None:
    style.apply()
    fig, _ = plt.subplots()
    assert fig.get_facecolor() == (1.0, 1.0, 1.0, 1.0)
    assert tuple(fig.get_size_inches()) == style.FIGSIZE and fig.dpi == style.DPI
    plt.close(fig)


def test_text_size_check_sees_tick_labels_and_legends() -> None:
    """The size check can fail: a 6 pt tick label or legend entry is found."""
    style.apply()
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="line")
    ax.legend(fontsize=6)
    assert min(text_sizes(fig)) == 6
    ax.get_legend().remove()
    ax.tick_params(labelsize=7)
    assert min(text_sizes(fig)) == 7
    plt.close(fig)


def test_label_overlap_counter_can_fail() -> None:
    fig, ax = plt.subplots()
    ax.text(0.5, 0.5, "overlapping label", gid="node-label")
    ax.text(0.5, 0.5, "overlapping label", gid="node-label")
    assert label_overlaps(fig) == 1
    plt.close(fig)


def test_countries_load_with_iso_codes() -> None:
    countries = load_countries(DATA / "naturalearth_lowres" / "naturalearth_lowres.shp")
    codes = {c.iso_a3 for c in countries}
    assert {"AFG", "RUS", "USA", "TJK", "UZB", "KAZ", "KGZ", "TKM"} <= codes


def test_map_labels_every_named_state_once_and_puts_far_ones_below() -> None:
    """A reader's check: five neighbours crowded around Afghanistan get one readable label each, and a
    state off the map is named in the line below it rather than dropped."""
    style.apply()
    countries = load_countries(DATA / "naturalearth_lowres" / "naturalearth_lowres.shp")
    named = {"AFG": 9, "PAK": 3, "TJK": 2, "UZB": 1, "TKM": 1, "IRN": 1, "USA": 2}
    names = {"AFG": "Afghanistan", "PAK": "Pakistan", "TJK": "Tajikistan", "UZB": "Uzbekistan",
             "TKM": "Turkmenistan", "IRN": "Iran", "USA": "United States"}  # fmt: skip
    fig = states_map(countries, named, {"PAK", "IRN"}, names, "A title of five words at least", "test")
    labels = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "map-label"]
    assert sorted(labels) == sorted(f"{names[c]} {n}" for c, n in named.items() if c != "USA")
    assert any("United States (2)" in t.get_text() for t in fig.texts)
    assert label_overlaps(fig) == 0
    plt.close(fig)


def test_fit_width_narrows_the_axes_until_long_labels_fit() -> None:
    """A tick label that sticks out of a figure makes the saved image wider than MAX_WIDTH (so a phone
    shrinks its text); fit_width moves the axes in until it fits, and without it the check fails."""
    style.apply()
    fig, ax = plt.subplots(figsize=(MAX_WIDTH, 2))
    ax.barh(["a very long name of a side that sticks out", "short"], [3, 5])
    fig.subplots_adjust(left=0.05, right=0.98)
    assert drawn_width(fig) > MAX_WIDTH + 0.01
    style.fit_width(fig)
    assert drawn_width(fig) <= MAX_WIDTH + 0.01
    plt.close(fig)
