"""Framing rules on snippets written for the tests: topics from a lexicon, distancing devices (whose
they are), labels attached to actors, and the writer's own evaluations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from article_analysis import analyze
from article_analysis.actors.gazetteer import Actor
from article_analysis.article import Article
from article_analysis.document import Document
from article_analysis.errors import DataError
from article_analysis.framing.topics import load_topics, segment_shares, topic_table

from .conftest import DATA


def actor(id_: str, name: str, kind: str, **forms) -> Actor:
    return Actor(id_, name, kind, forms.get("affiliation", ""), tuple(forms.get("roles", ())),
                 tuple(forms.get("aliases", ())), tuple(forms.get("demonyms", ())), tuple(forms.get("metonyms", ())),
                 (), ("test",), "")  # fmt: skip


ACTORS = [
    actor("norland", "Norland", "state", demonyms=("Norlandic",), metonyms=("Vesk",)),
    actor("front", "Liberation Front", "armed_group"),
    actor("berg", "Anna Berg", "person", affiliation="norland", roles=("foreign minister",)),
]


def run(text: str, actors: list[Actor] | None = None):
    return analyze(Article(text=text, published=dt.date(2021, 10, 20)), actors)


def hedges(text: str) -> list[tuple[str, str, bool, bool]]:
    return [(h.text, h.device, h.in_quotation, h.in_reported_speech) for h in run(text).hedges]


def test_the_writers_hedge_and_the_speakers_hedge_are_told_apart() -> None:
    found = hedges('Norland has reportedly sent troops. "They have reportedly crossed," Anna Berg said.')
    assert found == [
        ("reportedly", "distancing_adverb", False, False),
        ("reportedly", "distancing_adverb", True, False),
    ]


def test_so_called_according_to_and_scare_quotes() -> None:
    found = hedges('The so-called border talks failed, according to diplomats. Officials called it a "reset" plan.')
    devices = [d for _, d, _, _ in found]
    assert devices == ["distancing_label", "attribution", "scare_quotes"]


def test_an_attribution_verb_counts_only_where_it_reports_speech() -> None:
    assert hedges("The embassy has maintained regular contacts with the Front.") == []
    found = hedges("The ministry has maintained its contacts with the Front are essential.")
    assert [(t, d) for t, d, _, _ in found] == [("maintained", "attribution")]


def test_a_modal_in_reported_speech_is_the_speakers() -> None:
    found = hedges("Officials said the country would soon send aid.")
    assert found == [("would", "modal", False, True)]


def labels(text: str) -> list[tuple[str, str, str]]:
    return [(x.actor, x.text, x.pattern) for x in run(text, ACTORS).labels]


def test_appositive_relative_and_as_labels() -> None:
    text = (
        "Talks with the Liberation Front, a group that Norland listed as terrorist in 2003, resumed. "
        "Anna Berg, who led the talks, saw no rush in recognising the Liberation Front as the new rulers."
    )
    assert labels(text) == [
        ("Liberation Front", "a group that Norland listed as terrorist in 2003", "appositive"),
        ("Anna Berg", "who led the talks", "relative"),
        ("Liberation Front", "the new rulers", "as"),
    ]


def test_title_role_and_collective_labels() -> None:
    text = "Norlandic Foreign Minister Anna Berg met Norlandic officials. The foreign minister spoke first."
    found = labels(text)
    assert ("Anna Berg", "Norlandic Foreign Minister", "title") in found or (
        "Anna Berg", "Foreign Minister", "title") in found  # fmt: skip
    assert ("Norland", "Norlandic officials", "collective") in found
    assert ("Anna Berg", "foreign minister", "role") in found


def test_a_clause_after_a_comma_is_not_a_label() -> None:
    assert labels("Aid will reach Norland, the agency reported.") == []
    assert labels("Along with the Liberation Front, the talks also include Norland.") == []


def test_evaluations_exclude_quoted_and_reported_words() -> None:
    analysis = run('Norland showed its clout. Anna Berg said it was a "sweeping" success. Critics said it was strong.')
    table = analysis.tables["evaluations"]
    assert list(table["terms"]) == ["clout"]


def write_lexicon(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "topics.csv"
    path.write_text("topic,term,note\n" + rows, encoding="utf-8")
    return path


def test_topics_scored_per_block_and_shared_by_segment(tmp_path: Path) -> None:
    lexicon = load_topics(write_lexicon(tmp_path, "aid,aid,\naid,humanitarian,\nsecurity,terror*,\n"))
    doc = Document.from_text("Aid Flows As Talks Open\n\nHumanitarian aid arrived.\n\nTerrorists and terrorism remain.")
    table = topic_table(doc, lexicon)
    by_block = table.pivot_table(index="block", columns="topic", values="matches", aggfunc="sum")
    assert by_block.loc[1, "aid"] == 1 and by_block.loc[2, "aid"] == 2 and by_block.loc[3, "security"] == 2
    shares = segment_shares(table, {"headline": [1], "body": [2, 3]}).set_index(["segment", "topic"])["share"]
    assert shares[("headline", "aid")] == 1.0 and shares[("body", "security")] == 0.5


@pytest.mark.parametrize(
    ("rows", "message"),
    [("aid,aid,\nsecurity,aid,\n", "listed twice"), ("aid,,\n", "empty term"), ("Aid Topic,aid,\n", "slug")],
    ids=["duplicate", "empty", "bad-topic"],
)
def test_a_broken_lexicon_names_its_row(tmp_path: Path, rows: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        load_topics(write_lexicon(tmp_path, rows))
    assert info.value.row is not None and info.value.row >= 2


def test_the_books_topic_lexicon_loads() -> None:
    lexicon = load_topics(DATA / "topics.csv")
    assert {"humanitarian_aid", "security_terrorism", "diplomacy_recognition", "history", "rights"} <= set(
        lexicon.topics)  # fmt: skip
