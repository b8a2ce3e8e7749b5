"""Figures: the shared style holds, and labels that must stay readable do not overlap."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from article_analysis import analyze, load_article
from article_analysis.actors.cooccurrence import cooccurrence_graph
from article_analysis.actors.gazetteer import load_gazetteer
from article_report import style
from article_report.charts.actors import network, states_map
from article_report.geo import load_countries
from article_report.style import label_overlaps

from .conftest import DATA


@pytest.fixture(scope="module")
def analysis():
    style.apply()
    return analyze(load_article(DATA / "article.txt"), load_gazetteer(DATA / "actors.csv"))


def test_style_is_opaque_white_with_a_fixed_size() -> None:
    style.apply()
    fig, _ = plt.subplots()
    assert fig.get_facecolor() == (1.0, 1.0, 1.0, 1.0)
    assert tuple(fig.get_size_inches()) == style.FIGSIZE and fig.dpi == style.DPI
    plt.close(fig)


def test_network_labels_do_not_overlap(analysis) -> None:
    fig = network(cooccurrence_graph(analysis.mentions), "t", "s")
    assert label_overlaps(fig) == 0
    assert len([t for t in fig.axes[0].texts if t.get_gid() == "node-label"]) >= 10
    plt.close(fig)


def test_map_labels_do_not_overlap(analysis) -> None:
    countries = load_countries(DATA / "naturalearth_lowres" / "naturalearth_lowres.shp")
    named = {"AFG": 17, "RUS": 13, "PAK": 2, "TJK": 2, "UZB": 1, "IRN": 1, "IND": 1, "CHN": 2, "USA": 3}
    fig = states_map(countries, named, {"CHN", "PAK"}, "t", "s", extent=(35, 110, 5, 60))
    assert label_overlaps(fig) == 0
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
