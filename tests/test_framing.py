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


def functions(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.function) for h in run(text).hedges]


def test_the_writers_hedge_and_the_speakers_hedge_are_told_apart() -> None:
    found = hedges('Norland has reportedly sent troops. "They have reportedly crossed," Anna Berg said.')
    assert found == [
        ("reportedly", "distancing_adverb", False, False),
        ("reportedly", "distancing_adverb", True, False),
    ]


def test_distancing_sourcing_and_naming_are_told_apart() -> None:
    text = 'The so-called border talks failed, according to diplomats. Officials called it a "reset" plan.'
    assert functions(text) == [("so-called", "naming"), ("according to", "sourcing"), ('"reset"', "distancing")]


def test_so_called_names_after_the_and_distances_elsewhere() -> None:
    """Merriam-Webster's two senses: 'the so-called pocket veto' (commonly named), 'a so-called friend'."""
    assert functions("Ministers met in the so-called Nordic format.") == [("so-called", "naming")]
    assert functions("These so-called experts were wrong.") == [("so-called", "distancing")]
    assert functions("Her so-called friends left.") == [("so-called", "distancing")]
    assert functions('They mocked the so-called "reforms" again.')[0] == ("so-called", "distancing")


def test_a_quoted_name_is_naming_and_a_quoted_word_is_distancing() -> None:
    assert functions('Norland joined the "northern quartet" on trade.') == [('"northern quartet"', "naming")]
    assert functions('The plan was dubbed "Sunrise" by aides.') == [('"Sunrise"', "naming")]
    assert functions('The regime held "elections" in May.') == [('"elections"', "distancing")]


def test_would_after_a_past_speech_verb_is_tense_and_elsewhere_a_hedge() -> None:
    """Backshift: "will" becomes "would" after a past reporting verb; "may" becomes "might", still a hedge."""
    assert functions("Officials said the country would soon send aid.") == [("would", "tense")]
    assert functions("Anna Berg told reporters the talks could resume.") == [("could", "tense")]
    assert functions("Officials said aid might arrive.") == [("might", "epistemic")]
    assert functions("The plan would fail without money.") == [("would", "epistemic")]
    assert functions("Officials say the country would need more aid.") == [("would", "epistemic")]


def test_a_credit_to_a_source_is_sourcing_and_the_writers() -> None:
    found = [(h.text, h.function, h.in_reported_speech) for h in run(
        "Officials said aid would soon arrive, the agency reported.").hedges]  # fmt: skip
    assert ("reported", "sourcing", False) in found


def test_an_attribution_verb_counts_only_where_it_reports_speech() -> None:
    assert hedges("The embassy has maintained regular contacts with the Front.") == []
    found = hedges("The ministry has maintained its contacts with the Front are essential.")
    assert [(t, d) for t, d, _, _ in found] == [("maintained", "doubting_verb")]


def test_hand_counted_snippet_counts_each_function() -> None:
    """A paragraph counted by hand before the test was run: 3 distancing (allegedly, insisted, scare quotes),
    2 sourcing (according to, reported), 1 naming (the so-called), 2 hedges of likelihood (possibly, might),
    1 tense (would after 'said')."""
    text = (
        'The rebels allegedly crossed the river, according to the ministry. The army insisted the "truce" held. '
        "Aid might possibly arrive. Officials said the bridge would reopen, the agency reported. "
        "The so-called Lake Accord still stands."
    )
    counts: dict[str, int] = {}
    for h in run(text).hedges:
        counts[h.function] = counts.get(h.function, 0) + 1
    assert counts == {"distancing": 3, "sourcing": 2, "naming": 1, "epistemic": 2, "tense": 1}


def test_every_hedge_lexicon_row_names_a_source_in_the_bibliography() -> None:
    import csv

    from article_analysis.framing.wordlists import FUNCTIONS

    from .conftest import ROOT

    bib = (ROOT / "references.bib").read_text(encoding="utf-8")
    path = ROOT / "article_analysis" / "framing" / "lexicons" / "hedges.csv"
    for row in csv.DictReader(path.open(encoding="utf-8")):
        assert row["function"] in FUNCTIONS, row
        assert f"{{{row['source']}," in bib, f"{row['term']}: source {row['source']!r} is not in references.bib"


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
    analysis = run('Norland made a strong move. Anna Berg said it was a "brutal" day. Critics said it was bloody.')
    assert list(analysis.tables["evaluations"]["terms"]) == ["strong"]


def test_the_evaluative_lexicon_is_pattern_s_and_misses_nouns() -> None:
    """Pattern's lexicon scores adjectives only: "clout" and "power broker" are not found; neutral or
    objective adjectives ("military", "recent") are not evaluative."""
    from article_analysis.framing.evaluation import EVALUATIVE_TERMS
    from article_analysis.framing.wordlists import ADJECTIVE_SCORES

    assert len(ADJECTIVE_SCORES) > 1000 and "strong" in EVALUATIVE_TERMS
    assert not {"clout", "power broker", "comeback", "military", "recent"} & set(EVALUATIVE_TERMS)
    assert list(run("Norland showed its clout as a power broker.").tables["evaluations"]["terms"]) == []


def test_the_evaluative_lexicon_is_the_vendored_pattern_file() -> None:
    """Every row keeps Pattern's averaged scores in range, and no row was added by hand: the words the first
    list took from the article under study ("clout", "power broker", "comeback") are not in it."""
    from article_analysis.framing.wordlists import ADJECTIVE_SCORES

    assert all(-1 <= p <= 1 and 0 <= s <= 1 for p, s in ADJECTIVE_SCORES.values())
    assert not {"clout", "power broker", "comeback"} & set(ADJECTIVE_SCORES)


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


def test_a_phrase_counts_once_for_its_own_topic(tmp_path: Path) -> None:
    """The longest match wins across topics: "humanitarian aid" is one aid word, "military assistance" one
    security word (not aid), and the words inside them are not counted again."""
    rows = "aid,humanitarian aid,\naid,humanitarian,\naid,aid,\naid,assistance,\nsecurity,military assistance,\n"
    lexicon = load_topics(write_lexicon(tmp_path, rows + "security,military,\n"))
    doc = Document.from_text("Aid Plan\n\nHumanitarian aid came. Military assistance followed, with aid.")
    table = topic_table(doc, lexicon)
    counts = table.groupby("topic")["matches"].sum()
    assert counts["aid"] == 3 and counts["security"] == 1  # "Aid" (headline), "humanitarian aid", "aid"


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
