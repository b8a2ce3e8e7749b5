"""Re-telling within an article (TF-IDF pairs) and who gets a voice, on texts written for the tests."""

from __future__ import annotations

import datetime as dt

from article_analysis import analyze
from article_analysis.actors.gazetteer import Actor
from article_analysis.actors.voice import camp, speaker_actor, voice_by_camp
from article_analysis.article import Article
from article_analysis.reuse.retelling import KEPT, near_duplicates, pair_sections

COMPOSITE = (
    "Aid Talks Open In Norland\n\n"
    "Norland will send aid to the border region, officials said on Monday.\n\n"
    "The Liberation Front welcomed the offer.\n\n"
    "For more reporting from the Agency, see below:\n\n"
    "Norland will send aid to the border region, its foreign minister Anna Berg said Monday.\n\n"
    '"We are ready to help," Berg said.\n\n'
    "Weather in the region has been mild this autumn."
)


def actor(id_: str, name: str, kind: str, affiliation: str = "", **forms) -> Actor:
    return Actor(id_, name, kind, affiliation, tuple(forms.get("roles", ())), tuple(forms.get("aliases", ())),
                 tuple(forms.get("demonyms", ())), (), (), ("test",), "")  # fmt: skip


ACTORS = [
    actor("norland", "Norland", "state", demonyms=("Norlandic",)),
    actor("mfa", "Norlandic Foreign Ministry", "organisation", "norland"),
    actor("berg", "Anna Berg", "person", "mfa", aliases=("Berg",)),
    actor("front", "Liberation Front", "armed_group"),
]


def run(text: str, actors=None):
    return analyze(Article(text=text, published=dt.date(2021, 10, 20)), actors)


def test_outlet_sentence_kept_from_the_wire_and_one_with_no_counterpart() -> None:
    table = pair_sections(run(COMPOSITE).sentences).set_index("text")
    kept = table.loc["Norland will send aid to the border region, officials said on Monday."]
    assert kept["match"] == "kept" and kept["similarity"] >= KEPT
    assert table.loc["The Liberation Front welcomed the offer."]["match"] == "unmatched"


def test_near_duplicates_pair_the_repeated_sentence_only() -> None:
    pairs = near_duplicates(run(COMPOSITE).sentences)
    assert len(pairs) == 1
    assert pairs.iloc[0]["first_section"] == "outlet" and pairs.iloc[0]["second_section"] == "wire"


def test_camp_follows_the_affiliation_chain_and_stops_on_a_loop() -> None:
    assert camp("berg", ACTORS) == "norland"
    looped = [actor("a", "A", "organisation", "b"), actor("b", "B", "organisation", "a")]
    assert camp("a", looped) in ("a", "b")


def test_speaker_actor_prefers_the_longest_mention() -> None:
    assert speaker_actor("Norlandic Foreign Ministry", ACTORS, {"mfa", "norland"}) == "mfa"
    assert speaker_actor("Anna Berg", ACTORS, {"berg"}) == "berg"
    assert speaker_actor("officials", ACTORS, set()) == ""


def test_voice_by_side_sums_quotations_and_reports_of_a_side() -> None:
    analysis = run(COMPOSITE, ACTORS)
    actors = analysis.tables["actors"].set_index("id")
    assert actors.loc["berg", "quotes"] == 1 and actors.loc["berg", "quoted_words"] == 5
    assert actors.loc["front", "voice"] == "reported"  # "welcomed the offer" reports it
    sides = voice_by_camp(analysis.tables["actors"], ACTORS).set_index("camp")
    assert sides.loc["Norland", "quoted_words"] == 5 and sides.loc["Liberation Front", "quoted_words"] == 0
