"""The findings in the field's formats: every claim as schema.org ClaimReview with the fields Google's guidelines
require, and every layer of the annotated article as W3C Web Annotations that re-anchor on the article; each check
is shown to fail on a planted violation."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from article_report.book import load_book
from article_report.exports import write_all, write_json
from article_report.exports.annotations import (
    CONTEXT,
    MOTIVATIONS,
    TARGET,
    anchoring_problems,
    annotation_collection,
)
from article_report.exports.claimreview import REQUIRED, claim_reviews, claim_url, missing_required, script_tag
from article_report.vocab import RATING_SCALE

from .conftest import ROOT


@pytest.fixture(scope="module")
def book():
    return load_book()


@pytest.fixture(scope="module")
def reviews(book) -> list[dict]:
    return claim_reviews(book)


@pytest.fixture(scope="module")
def collection(book) -> dict:
    return annotation_collection(book)


# --- ClaimReview ---------------------------------------------------------------------------------------------


def test_every_claim_has_a_review_with_every_required_field(book, reviews: list[dict]) -> None:
    claims = book.data["claims"]
    assert len(reviews) == len(claims) == 45
    assert [r["url"] for r in reviews] == [claim_url(c) for c in claims["id"]]
    assert all(missing_required(r) == [] for r in reviews), [missing_required(r) for r in reviews]
    assert REQUIRED == {"ClaimReview": ("claimReviewed", "reviewRating", "url"), "Rating": ("alternateName",)}


def test_a_review_missing_a_required_field_is_caught(reviews: list[dict]) -> None:
    broken = copy.deepcopy(reviews[0])
    del broken["url"]
    broken["reviewRating"]["alternateName"] = ""
    assert missing_required(broken) == ["ClaimReview.url", "Rating.alternateName"]


def test_each_review_says_what_the_claims_table_says(book, reviews: list[dict]) -> None:
    claims = book.data["claims"].set_index("id")
    for review in reviews:
        claim = claims.loc[review["url"].rsplit("#claim-", 1)[1]]
        rating = review["reviewRating"]
        assert review["claimReviewed"] == claim["claim"]
        assert review["itemReviewed"]["text"] == claim["quote"]
        assert rating["alternateName"] == claim["verdict"] and rating["ratingExplanation"] == claim["note"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["name"] == RATING_SCALE[rating["ratingValue"]]
        appearance = review["itemReviewed"]["appearance"]
        assert appearance["@type"] == "NewsArticle" and appearance["datePublished"] == "2021-10-20"
        assert appearance["url"].startswith("https://www.newsweek.com/")
        assert review["author"]["name"] == "The article-analysis project"


def test_a_claim_in_the_appended_copy_is_the_wires(book, reviews: list[dict]) -> None:
    blocks = book.analysis.tables["blocks"]
    wire_start = int(blocks.loc[blocks["section"] == "wire", "start"].min())
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in reviews}
    for claim in book.data["claims"].itertuples():
        expected = "Associated Press" if claim.start >= wire_start else "Newsweek"
        assert by_id[claim.id]["itemReviewed"]["author"]["name"] == expected, claim.id


def test_the_embedded_markup_cannot_be_closed_by_the_text(reviews: list[dict]) -> None:
    planted = copy.deepcopy(reviews)
    planted[0]["claimReviewed"] = "</script><script>alert(1)</script>"
    tag = script_tag(planted)
    assert tag.count("</script>") == 1 and json.loads(tag.split(">", 1)[1].rsplit("<", 1)[0]) == planted


def test_an_address_becomes_absolute_under_the_books_address() -> None:
    assert claim_url("c07", "") == "data_claims.html#claim-c07"
    assert (
        claim_url("c07", "https://example.org/book") == "https://example.org/book/chapters/data_claims.html#claim-c07"
    )


# --- Web Annotations ------------------------------------------------------------------------------------------


def test_every_annotation_reanchors_on_the_article(book, collection: dict) -> None:
    items = collection["first"]["items"]
    assert collection["total"] == len(items) > 0
    assert anchoring_problems(book.text, items) == []


def test_an_annotation_that_does_not_land_is_caught(book, collection: dict) -> None:
    items = copy.deepcopy(collection["first"]["items"][:3])
    items[0]["target"]["selector"][1]["start"] += 1  # the position no longer selects the quotation's words
    items[1]["target"]["selector"][0]["prefix"] = "words the article never printed"  # the quotation lands nowhere
    problems = anchoring_problems(book.text, items)
    assert len(problems) == 2 and "the position selects" in problems[0] and "found at []" in problems[1]


def test_every_layer_is_there_with_its_motivation_and_body(book, collection: dict) -> None:
    items = collection["first"]["items"]
    layers = {}
    for a in items:
        layer = a["body"][-1]["value"]
        layers.setdefault(layer, set()).add(a["motivation"])
        assert a["type"] == "Annotation" and a["target"]["source"] == TARGET
        assert [s["type"] for s in a["target"]["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]
        assert a["motivation"] in MOTIVATIONS and a["body"][0].get("value", a["body"][0].get("source"))
    assert layers == {"part": {"tagging"}, "quotation": {"identifying", "tagging"}, "actor": {"identifying"},
                      "time": {"identifying"}, "claim": {"assessing"}, "origin": {"commenting"}}  # fmt: skip
    counts = {layer: sum(a["body"][-1]["value"] == layer for a in items) for layer in layers}
    tables = book.analysis.tables
    assert counts["claim"] == len(book.data["claims"]) and counts["actor"] == len(book.mentions)
    assert counts["time"] == len(tables["dates"]) and counts["part"] == len(tables["blocks"])
    assert counts["quotation"] == len(tables["quotes"])
    assert len({a["id"] for a in items}) == len(items), "two annotations share an id"


def test_the_collection_names_the_w3c_context_and_fetches_nothing(collection: dict) -> None:
    assert collection["@context"] == CONTEXT == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["first"]["type"] == "AnnotationPage"


def test_the_files_are_written_whole_and_the_same_on_every_build(tmp_path: Path) -> None:
    first = [p.read_bytes() for p in write_all(tmp_path)]
    second = [p.read_bytes() for p in write_all(tmp_path)]
    assert first == second and all(first)
    assert sorted(p.name for p in (tmp_path / "_build" / "generated").iterdir()) == [
        "annotations.jsonld",
        "claimreview.json",
    ]


def test_a_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_json(target, {"a": 1})
    with pytest.raises(TypeError):
        write_json(target, {"a": object()})  # not serialisable: the old file stays as it was
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_the_generated_files_are_not_committed() -> None:
    assert not (ROOT / "claimreview.json").exists() and not (ROOT / "annotations.jsonld").exists()
    assert not list((ROOT / "data").glob("*.json*")) and not list((ROOT / "data").glob("claimreview*"))
