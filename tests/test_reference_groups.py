"""The references page's groups (article_report.reference_groups): every bibliography entry in exactly one,
the article's own producers first, and a filter that keeps exactly a group's keys."""

from __future__ import annotations

import ast
import dataclasses

import pytest

from article_report import reference_groups as rg
from article_report.book import load_book


@pytest.fixture(scope="module")
def sources():
    return load_book().data["sources"]


def test_every_entry_is_in_exactly_one_group(sources) -> None:
    grouped = [k for g in rg.GROUPS for k in rg.members(sources, g.name)]
    assert sorted(grouped) == sorted(sources) and len(grouped) == len(set(grouped))
    assert all(rg.members(sources, g.name) for g in rg.GROUPS), "an empty group"


def test_the_article_and_ap_come_first_whatever_their_type(sources) -> None:
    ap = [k for k, s in sources.items() if s.producer == "Associated Press"]
    assert ap and set(ap) <= set(rg.members(sources, "article"))
    assert {"syndicated", "mirror"} <= {sources[k].type for k in ap}, "copies of AP belong with AP's texts"
    assert rg.GROUPS[0].name == "article"


def test_an_entry_no_group_takes_is_named(sources) -> None:
    stray = dataclasses.replace(next(iter(sources.values())), key="stray2021", type="podcast", producer="X")
    with pytest.raises(ValueError, match="'stray2021' \\(podcast\\) falls in 0 groups"):
        rg.group_of(stray)
    with pytest.raises(ValueError, match="no reference group named 'blogs'"):
        rg.members(sources, "blogs")


def test_the_filter_keeps_exactly_the_groups_keys() -> None:
    expression = rg.filter_expression(["TASS2021a", "ria2021b"])
    keys = {node.value for node in ast.walk(ast.parse(expression)) if isinstance(node, ast.Constant)}
    assert keys == {"tass2021a", "ria2021b"}  # the bibtex filter compares keys in lower case
