"""Mention matching rules, one test each, with the negative cases; property tests on offsets."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from article_analysis import analyze
from article_analysis.actors.gazetteer import ACTOR_KINDS, Actor, load_gazetteer
from article_analysis.actors.mentions import acts_as_state, find_mentions
from article_analysis.article import Article
from article_analysis.document import Document

from .conftest import DATA, run_cli


def actor(id_: str, name: str, kind: str = "state", **forms: tuple[str, ...]) -> Actor:
    return Actor(
        id_, name, kind, "", forms.get("roles", ()), forms.get("aliases", ()), forms.get("demonyms", ()),
        forms.get("metonyms", ()), (), ("test",), "",
    )  # fmt: skip


RUSSIA = actor("Q159", "Russia", demonyms=("Russian",), metonyms=("Moscow", "Kremlin"))
MOSCOW = actor("Q649", "Moscow", "place")
MFA = actor("mfa", "Russian Foreign Ministry", "organisation", aliases=("Russia's Foreign Ministry",))
LAVROV = actor("lavrov", "Sergey Lavrov", "person", aliases=("Lavrov",), roles=("russia's top diplomat",
               "russian foreign minister"))  # fmt: skip
US = actor("Q30", "United States", aliases=("U.S.", "US"), demonyms=("American",))
IS = actor("Q2429253", "Islamic State", "armed_group", aliases=("IS", "Islamic State group"))
AQ = actor("Q34490", "al-Qaeda", "armed_group", aliases=("al-Qaida",))
SOVIET = actor("Q15180", "Soviet Union", demonyms=("Soviet",))
TALIBAN = actor("taliban", "Taliban", "armed_group")
FORMAT = actor("moscow_format", "Moscow format", "diplomatic_format")
ALL = [RUSSIA, MOSCOW, MFA, LAVROV, US, IS, AQ, SOVIET, TALIBAN, FORMAT]


def found(text: str, actors: list[Actor] = ALL) -> list[tuple[str, str, str]]:
    return [(m.surface, m.actor_id, m.match_type) for m in find_mentions(Document.from_text(text), actors)]


def test_longest_match_wins() -> None:
    assert found("Russia's Foreign Ministry said so.") == [("Russia's Foreign Ministry", "mfa", "alias")]
    assert found("The Moscow format talks began.") == [("Moscow format", "moscow_format", "name")]


def test_possessive_and_hyphen_and_dotted_abbreviation() -> None:
    assert found("The Taliban's delegation") == [("Taliban", "taliban", "name")]
    assert found("its ex-Soviet allies") == [("Soviet", "Q15180", "demonym")]
    assert found("U.S. forces left; the US did too.") == [("U.S.", "Q30", "alias"), ("US", "Q30", "alias")]


def test_short_names_never_match_inside_words_or_in_lower_case() -> None:
    assert found("This is ISIS territory, said us.") == []
    assert found("Russian troops") == [("Russian", "Q159", "demonym")]
    assert found("Russians and Russianness") == []


def test_lower_case_name_may_start_a_sentence() -> None:
    assert found("Al-Qaida claimed it; al-Qaida denied it.") == [
        ("Al-Qaida", "Q34490", "alias"), ("al-Qaida", "Q34490", "alias"),
    ]  # fmt: skip


def test_metonym_acts_as_the_state_only_where_it_acts() -> None:
    assert found("Moscow has made a strong comeback.") == [("Moscow", "Q159", "metonym")]
    assert found("the Kremlin designated it in 2003") == [("Kremlin", "Q159", "metonym")]
    assert found("talks in Moscow on Wednesday") == [("Moscow", "Q649", "name")]
    assert found("talks in Moscow, Russia, on Wednesday") == [("Moscow", "Q649", "name"), ("Russia", "Q159", "name")]


def test_metonym_with_no_place_actor_is_dropped_where_it_locates() -> None:
    assert found("a meeting at the Kremlin ended", [RUSSIA]) == []


def test_acts_as_state_rule() -> None:
    assert acts_as_state("Moscow's view", 0, 6)
    assert not acts_as_state("They met in Moscow yesterday", 12, 18)


def test_role_resolves_only_when_the_text_names_the_person() -> None:
    text = "Russian Foreign Minister Sergey Lavrov spoke. Later Russia's top diplomat urged calm."
    assert found(text) == [("Russian Foreign Minister Sergey Lavrov", "lavrov", "name"),
                           ("Russia's top diplomat", "lavrov", "role")]  # fmt: skip
    assert found("Russia's top diplomat urged calm.") == [("Russia", "Q159", "name")]


def test_caption_and_credit_mentions_carry_their_block() -> None:
    text = "Body about Russia.\n\nTaliban Russia\nDelegates meet. AP Photo/Jane Roe, Pool"
    ap = actor("Q40469", "Associated Press", "organisation", aliases=("AP",))
    analysis = analyze(Article(text=text, published=dt.date(2021, 10, 20)), [RUSSIA, TALIBAN, ap])
    kinds = {m.surface: analysis.blocks[m.block - 1].kind for m in analysis.mentions}
    assert kinds["Taliban"] == "caption_keywords" and kinds["AP"] == "credit"


PIECES = st.sampled_from(
    ["Russia", "Russian", "Moscow", " in ", " has ", "'s", "-", "U.S.", "US", "IS", "us",
     "Lavrov", "Russia's top diplomat", "Moscow format", "al-Qaida", " ", ".", "\n\n", ","]
)  # fmt: skip


@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join))
def test_mentions_slice_back_and_never_overlap(text: str) -> None:
    mentions = find_mentions(Document.from_text(text), ALL)
    for m in mentions:
        assert text[m.start : m.end] == m.surface
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_gazetteer_on_another_article_finds_its_actors_and_invents_nothing(tmp_path: Path) -> None:
    article = tmp_path / "other.txt"
    article.write_text(
        "Kabul Airport Reopens to Aid Flights\n\n"
        "KABUL, Afghanistan -- The Taliban reopened the airport on Monday, officials said, as China and Pakistan "
        "pledged more aid. Moscow has offered help, and Iranian trucks crossed the border.\n\n"
        "A spokesman for the president said the airport would stay open. Weather in Moscow was cold.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("analyze", article, "--published", "2021-09-06", "--actors", DATA / "actors.csv", "--out", out)
    assert result.returncode == 0, result.stderr
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False)
    found_ids = set(mentions["actor_id"])
    assert {"Q5838", "Q889", "taliban", "Q148", "Q843", "Q794", "Q159", "Q649"} <= found_ids
    # Nothing the text does not name: no person (no "president" role resolves), no other state.
    assert found_ids <= {"Q5838", "Q889", "taliban", "Q148", "Q843", "Q794", "Q159", "Q649"}
    moscow = mentions[mentions["surface"] == "Moscow"].set_index("actor_id")
    assert set(moscow.index) == {"Q159", "Q649"}  # "Moscow has offered" vs "in Moscow"


def test_curated_gazetteer_loads() -> None:
    actors = load_gazetteer(DATA / "actors.csv")
    assert {a.kind for a in actors} <= set(ACTOR_KINDS)


def readings(text: str, actors: list[Actor] = ALL) -> list[tuple[str, str]]:
    return [(m.surface, m.reading) for m in find_mentions(Document.from_text(text), actors)]


NORLAND = actor("norland", "Norland", demonyms=("Norlandic",))
SUDLAND = actor("sudland", "Sudland")
CAPITAL = actor("vesk", "Vesk", "place")
STATES = [NORLAND, SUDLAND, CAPITAL, RUSSIA, MOSCOW]


def test_a_state_is_a_place_after_a_preposition_of_place_and_an_actor_where_it_acts() -> None:
    """Rule 6, counted by hand: the same state as ground, as topic and as actor."""
    text = (
        "Aid went to Norland. Norland said it would accept it. Talks on Norland resumed in Vesk, Norland. "
        "Troops left the territory of Norland and drills began in northern Sudland and Norland, which neighbor "
        "Sudland. The Norlandic capital was calm; Norlandic officials spoke."
    )
    assert readings(text, STATES) == [
        ("Norland", "place"), ("Norland", "actor"), ("Norland", "topic"), ("Vesk", "place"), ("Norland", "place"),
        ("Norland", "place"), ("Sudland", "place"), ("Norland", "place"), ("Sudland", "place"),
        ("Norlandic", "place"), ("Norlandic", "actor"),
    ]  # fmt: skip


def test_the_rule_is_the_same_for_every_state_and_for_a_metonym() -> None:
    assert readings("Moscow has made a comeback. Talks were held in Moscow, Russia.") == [
        ("Moscow", "actor"), ("Moscow", "place"), ("Russia", "place"),
    ]  # fmt: skip
    assert readings("Russia hosted talks. Diplomats flew to Russia.") == [("Russia", "actor"), ("Russia", "place")]


def test_people_and_groups_are_always_actors() -> None:
    assert readings("In Moscow, Sergey Lavrov met the Taliban.") == [
        ("Moscow", "place"), ("Sergey Lavrov", "actor"), ("Taliban", "actor"),
    ]  # fmt: skip
