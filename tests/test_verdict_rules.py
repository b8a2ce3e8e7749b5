"""Verdicts by rule: every stored verdict, significance and independence count follows from the sources'
stances by the rules written on the methods page, and each rule fails on a planted violation."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from article_analysis.errors import DataError
from article_report.curated import verdict_rules as rules
from article_report.curated.checks import split_keys
from article_report.curated.sources import load_sources
from article_report.paths import curated_data
from article_report.vocab import SIGNIFICANCE, SIGNIFICANCE_RANK

from .conftest import ROOT


@pytest.fixture(scope="module")
def data() -> dict:
    return curated_data()


@pytest.fixture(scope="module")
def wire(data: dict) -> str:
    return data["article"].meta.wire_service


@pytest.fixture(scope="module")
def metonyms(data: dict) -> dict[str, tuple[str, ...]]:
    return {a.iso_a3[0]: a.metonyms for a in data["actors"] if a.kind == "state" and len(a.iso_a3) == 1}


@pytest.fixture(scope="module")
def parties(data: dict) -> dict[str, str]:
    return rules.party_states(data["actors"])


@pytest.fixture(scope="module")
def headline(data: dict) -> str:
    return data["article"].meta.headline


def _claim(data: dict, claim_id: str) -> tuple[rules.ClaimFacts, list[rules.Stance], list[str]]:
    c = data["claims"].set_index("id").loc[claim_id]
    facts = rules.ClaimFacts(
        claim_id,
        c.kind,
        c.category,
        c.subject,
        c.verdict,
        c.significance,
        tuple(split_keys(c.parts)),
        c.quote,
        tuple(split_keys(c.qualifiers)),
        tuple(split_keys(c.acts)),
        c.note,
    )
    table = data["claim_sources"]
    rows = [
        rules.Stance(r.claim, r.part, r.source, r.stance, r.anchor, r.note, r.voice, r.differs, r.said_by)
        for r in table[table["claim"] == claim_id].itertuples()
    ]
    return facts, rows, split_keys(c.sources)


def _problems(data: dict, wire: str, facts, rows, cited, metonyms=None, parties=None, headline="") -> list[str]:
    sources = data["sources"]
    return rules.verdict_problems(facts, rows, sources, wire) + rules.stance_problems(
        facts, rows, sources, wire, cited, metonyms, parties, headline
    )


def _replace(rows: list[rules.Stance], source: str, part_start: str = "", **change) -> list[rules.Stance]:
    """The rows with one source's stance on one part (the first whose label starts so) changed."""
    target = next(r for r in rows if r.source == source and r.part.startswith(part_start))
    return [dataclasses.replace(r, **change) if r is target else r for r in rows]


# --- The data as it is: every claim keeps every rule ---------------------------------------------------


def test_every_claim_keeps_the_written_rules(
    data: dict, wire: str, metonyms: dict, parties: dict, headline: str
) -> None:
    broken = {}
    for claim_id in data["claims"]["id"]:
        problems = _problems(data, wire, *_claim(data, claim_id), metonyms, parties, headline)
        if problems:
            broken[claim_id] = problems
    assert not broken, broken


def test_every_count_is_built_from_the_bibliography(data: dict, wire: str) -> None:
    """The independence count comes from references.bib: re-typing one source in the file changes it."""
    facts, rows, _ = _claim(data, "c21")
    sources = load_sources(ROOT / "references.bib")
    units = rules.independent_units(rows, sources, wire, facts.subject)
    assert len(units) == 6 and "producer:Agence France-Presse" in units
    retyped = dict(sources)
    retyped["trtworld2021kabulov"] = dataclasses.replace(sources["trtworld2021kabulov"], producer=wire)
    assert len(rules.independent_units(rows, retyped, wire, facts.subject)) == 5


def test_no_count_includes_the_wire_or_the_subjects_own_record(data: dict, wire: str) -> None:
    sources = data["sources"]
    for claim_id in data["claims"]["id"]:
        facts, rows, _ = _claim(data, claim_id)
        for unit in rules.independent_units(rows, sources, wire, facts.subject):
            assert unit != f"producer:{wire}", claim_id
            assert not facts.subject or unit != f"state:{facts.subject}", claim_id


def test_a_claim_that_is_not_about_words_is_never_settled_on_its_subjects_record_alone(data: dict, wire: str) -> None:
    sources = data["sources"]
    for claim_id in data["claims"]["id"]:
        facts, rows, _ = _claim(data, claim_id)
        if facts.verdict in ("verified", "supported") and facts.category != rules.WORDS:
            own = all(p.startswith("wire:") or p in facts.acts for p in facts.parts)
            assert own or rules.independent_units(rows, sources, wire, facts.subject), claim_id


# --- Each rule fails on a planted violation -----------------------------------------------------------


def test_unverified_while_independent_sources_confirm_every_part_fails(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c21")
    planted = dataclasses.replace(facts, verdict="unverified", significance="minor")
    assert any("make it 'verified'" in p for p in _problems(data, wire, planted, rows, cited))


def test_verified_while_a_part_rests_only_on_the_wire_fails(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c07")
    wire_only = [r for r in rows if data["sources"][r.source].producer == wire]
    problems = _problems(data, wire, facts, wire_only, [r.source for r in wire_only])
    assert any("make it 'unverified'" in p for p in problems), problems


def test_contradicted_for_something_the_text_does_not_assert_fails(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c40")
    assert facts.kind == "implicit"
    planted = dataclasses.replace(facts, verdict="contradicted")
    assert any("make it 'imprecise'" in p for p in _problems(data, wire, planted, rows, cited))


def test_a_stated_part_the_record_contradicts_is_not_merely_imprecise(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c35")
    planted = dataclasses.replace(facts, verdict="imprecise")
    assert any("make it 'contradicted'" in p for p in _problems(data, wire, planted, rows, cited))


def test_outdated_needs_a_present_day_part_the_record_now_contradicts(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c12")
    today = [p for p in facts.parts if p.startswith("today:")]
    assert today and facts.verdict == "outdated"
    kept = [r for r in rows if r.part not in today or r.stance in ("context", "wire")]
    assert any("make it 'verified'" in p for p in _problems(data, wire, facts, kept, [r.source for r in kept]))


def test_two_photo_claims_are_checked_by_the_same_parts(data: dict, wire: str) -> None:
    photos = data["claims"][data["claims"]["category"] == "photo"]
    assert len(photos) >= 2
    facts, rows, cited = _claim(data, photos["id"].iloc[0])
    frame = dataclasses.replace(facts, parts=(*facts.parts[:2], "the frame itself"))
    moved = [dataclasses.replace(r, part="the frame itself") if r.part.startswith("what:") else r for r in rows]
    assert any("a photo claim is checked by the parts" in p for p in _problems(data, wire, frame, moved, cited))


def test_characterisation_verdicts_follow_the_same_parts(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c43")
    planted = dataclasses.replace(facts, verdict="supported", significance="")
    assert any("make it 'contested'" in p for p in _problems(data, wire, planted, rows, cited))


def test_only_the_subjects_own_record_is_primary(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c21")
    planted = [dataclasses.replace(rows[0], stance="primary")]  # Reuters is not Russia's own record
    problems = rules.stance_problems(facts, planted, data["sources"], wire, [rows[0].source])
    assert any("'primary' is for the subject's own record" in p for p in problems)


def test_the_subjects_own_record_never_confirms_as_an_independent_source(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c16")
    own = next(r for r in rows if r.stance == "primary")
    planted = [dataclasses.replace(own, stance="confirms")]
    problems = rules.stance_problems(facts, planted, data["sources"], wire, [own.source])
    assert any("never an independent 'confirms'" in p for p in problems)


def test_a_party_s_record_settles_only_what_it_said(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c16")  # a title: Russia's record of its own envoy is not enough
    primary_only = [r for r in rows if r.stance == "primary"]
    status = rules.statuses(facts, primary_only, data["sources"], wire)
    assert set(status.values()) == {"open"}
    words = dataclasses.replace(facts, category="attribution")
    assert set(rules.statuses(words, primary_only, data["sources"], wire).values()) == {"established"}


def test_an_anchor_is_the_sources_words_and_at_most_ten(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c21")
    long = [dataclasses.replace(rows[0], anchor=" ".join(["word"] * 11))]
    none = [dataclasses.replace(rows[0], anchor="")]
    assert any("at most 10 words" in p for p in rules.stance_problems(facts, long, data["sources"], wire, cited))
    assert any("needs the words" in p for p in rules.stance_problems(facts, none, data["sources"], wire, cited))


def test_every_cited_source_has_a_stance(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c21")
    problems = rules.stance_problems(facts, rows[1:], data["sources"], wire, cited)
    assert any("sources given a stance differ" in p for p in problems)


def test_a_copy_nobody_can_attribute_supports_no_claim(data: dict, wire: str) -> None:
    facts, rows, cited = _claim(data, "c21")
    sources = dict(data["sources"])
    key = rows[0].source
    sources[key] = dataclasses.replace(sources[key], producer="unidentified outlet")
    problems = rules.stance_problems(facts, rows, sources, wire, cited)
    assert any("producer is unknown" in p for p in problems)
    assert f"producer:{data['sources'][key].producer}" not in rules.independent_units(
        rows, sources, wire, facts.subject
    )


# --- The rules the second reading made unambiguous (issue 18, item 4) ---------------------------------


def test_a_record_that_bears_a_part_out_in_part_outweighs_one_that_confirms(data: dict, wire: str) -> None:
    """Rule 7: one confirming and one partial record make the part 'partly', not 'established'."""
    facts, rows, cited = _claim(data, "c01")
    timing = [r for r in rows if r.part == "at the time of the talks"]
    stances = {r.stance for r in timing}
    assert {"partly"} <= stances
    confirming = dataclasses.replace(timing[0], stance="confirms", voice="", differs="", anchor="is sending")
    both = [confirming, *(r for r in timing if r.stance == "partly")]
    part = "at the time of the talks"
    assert rules.part_status(facts, part, both, data["sources"], wire) == "partly"
    assert rules.part_status(facts, part, [confirming], data["sources"], wire) == "established"
    planted = dataclasses.replace(facts, verdict="verified", significance="")
    assert any("make it 'imprecise'" in p for p in _problems(data, wire, planted, rows, cited))


def test_a_state_s_record_is_what_it_owns_or_controls_not_what_is_based_there(data: dict, wire: str) -> None:
    """Rule 3: an outlet based in Russia but not owned or controlled by it counts as itself."""
    facts, rows, _ = _claim(data, "c10")
    units = rules.independent_units(rows, data["sources"], wire, facts.subject)
    assert "producer:Novaya Gazeta" in units
    for name in ("Interfax", "RBC", "Kommersant", "Novaya Gazeta"):
        typed = {s.affiliation for s in data["sources"].values() if s.producer == name}
        assert typed == {"independent"}, name


def test_a_producer_with_two_affiliations_fails(tmp_path: Path) -> None:
    """Rule 3: one producer, one affiliation; typing one Interfax item as Russia's is refused."""
    path = tmp_path / "references.bib"
    path.write_text(
        BIB
        + "\n@online{a, title={a}, sourcetype={outlet}, producer={Interfax}, affiliation={independent}}"
        + "\n@online{b, title={b}, sourcetype={outlet}, producer={Interfax}, affiliation={state:RUS}}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as info:
        load_sources(path)
    assert "one producer, one affiliation" in str(info.value)


def test_the_wires_copies_have_a_stance_of_their_own(data: dict, wire: str) -> None:
    """Rule 4: the wire's copies are 'wire' (or 'primary' on a 'wire:' part), never confirming themselves,
    and the label names "the wire itself" exactly where a copy is cited other than as primary."""
    sources = data["sources"]
    for claim_id in data["claims"]["id"]:
        facts, rows, _ = _claim(data, claim_id)
        on_wire = [r for r in rows if sources[r.source].producer == wire and not r.voice]
        assert all(r.stance in ("wire", "context", "primary") for r in on_wire), claim_id
        assert all(r.part.startswith("wire:") for r in on_wire if r.stance == "primary"), claim_id
        shown = any(r.stance != "primary" for r in on_wire)
        assert rules.cites_wire(rows, sources, wire) == shown, claim_id
    facts, rows, cited = _claim(data, "c07")
    confirming = _replace(rows, "ap2021withdrawal", stance="confirms")
    assert any("cannot confirm itself" in p for p in rules.stance_problems(facts, confirming, sources, wire, cited))
    primary = _replace(rows, "ap2021withdrawal", stance="primary")
    assert any(
        "only on a part about what the wire" in p for p in rules.stance_problems(facts, primary, sources, wire, cited)
    )
    facts, rows, cited = _claim(data, "c21")
    stray = _replace(rows, rows[0].source, stance="wire")
    assert any("'wire' is for copies" in p for p in rules.stance_problems(facts, stray, sources, wire, cited))


def test_context_never_means_not_read(data: dict, wire: str) -> None:
    """Rule 6: a stance of context is a source read and neutral; a source not read is not cited."""
    assert not data["claim_sources"]["note"].str.contains(r"\bnot (?:re-?)?read\b", case=False, regex=True).any()
    facts, rows, cited = _claim(data, "c11")
    background = next(r for r in rows if r.stance == "context")
    planted = _replace(rows, background.source, background.part, note="not re-read in this reading")
    problems = rules.stance_problems(facts, planted, data["sources"], wire, cited)
    assert any("never 'not read'" in p for p in problems)


def test_a_relay_counts_as_the_producer_its_anchor_is_traced_to(data: dict, wire: str) -> None:
    """Rule 1: Asia-Plus passing on RBC's words counts as RBC; a voice nobody can type supports nothing."""
    facts, rows, cited = _claim(data, "c12")
    units = rules.independent_units(rows, data["sources"], wire, facts.subject)
    assert "producer:RBC" in units and "producer:Asia-Plus" not in units
    unvoiced = [dataclasses.replace(r, voice="") if r.source == "asiaplus2025terror" else r for r in rows]
    assert "producer:Asia-Plus" in rules.independent_units(unvoiced, data["sources"], wire, facts.subject)
    unknown = _replace(rows, "asiaplus2025terror", voice="Nobody Agency")
    problems = rules.stance_problems(facts, unknown, data["sources"], wire, cited)
    assert any("voice 'Nobody Agency' is neither" in p for p in problems)


def test_a_party_s_statement_relayed_by_an_outlet_is_its_own_record(data: dict, wire: str) -> None:
    """Rule 2: Lavrov's words in RBC are Russia's record on what Russia did; RBC does not count for them."""
    facts, rows, cited = _claim(data, "c10")
    relayed = next(r for r in rows if r.source == "rbc2018lavrov")
    assert relayed.voice == "state:RUS" and relayed.stance == "primary"
    as_confirming = _replace(rows, "rbc2018lavrov", stance="confirms")
    problems = rules.stance_problems(facts, as_confirming, data["sources"], wire, cited)
    assert any("never an independent 'confirms'" in p for p in problems)
    as_outlet = _replace(rows, "rbc2018lavrov", voice="")
    problems = rules.stance_problems(facts, as_outlet, data["sources"], wire, cited)
    assert any("'primary' is for the subject's own record" in p for p in problems)
    # On what a party said, an independent outlet's report of the words is its own record and counts.
    facts, rows, _ = _claim(data, "c21")
    assert "producer:Reuters" in rules.independent_units(rows, data["sources"], wire, facts.subject)


def test_a_stand_in_is_minor_and_another_actor_substantive(data: dict, wire: str, metonyms: dict) -> None:
    """Rule 12: 'the Kremlin' where Russia's Supreme Court acted is a stand-in; another body is who acted."""
    facts, rows, cited = _claim(data, "c11")
    assert facts.significance == "minor" and {r.differs for r in rows if r.stance == "partly"} == {"stand-in"}
    actor = [dataclasses.replace(r, differs="actor") if r.stance == "partly" else r for r in rows]
    assert any("makes it 'substantive'" in p for p in _problems(data, wire, facts, actor, cited, metonyms))
    facts, rows, cited = _claim(data, "c13")  # no stand-in in "under Russian law ..."
    planted = [dataclasses.replace(r, differs="stand-in") if r.stance == "partly" else r for r in rows]
    problems = rules.stance_problems(facts, planted, data["sources"], wire, cited, metonyms)
    assert any("'stand-in' is for a part that names the subject state" in p for p in problems)


def test_an_outdated_claim_is_judged_by_what_a_reader_now_believes(data: dict, wire: str) -> None:
    """Rule 12: c12's significance comes from its 'today:' part, not from the parts about 2021."""
    facts, rows, cited = _claim(data, "c12")
    assert facts.significance == "substantive"
    loose_today = [
        dataclasses.replace(r, differs="wording") if r.part.startswith("today:") and r.differs else r for r in rows
    ]
    assert any("makes it 'minor'" in p for p in _problems(data, wire, facts, loose_today, cited))


def test_contradicts_needs_the_record_to_say_the_opposite(data: dict, wire: str) -> None:
    """Rule 6: a record that differs in degree bears a part out in part; it never contradicts it."""
    facts, rows, cited = _claim(data, "c43")
    planted = _replace(rows, "reuters2018stanakzai", stance="contradicts")
    problems = rules.stance_problems(facts, planted, data["sources"], wire, cited)
    assert any("never contradicts it" in p for p in problems)
    unexplained = _replace(rows, "reuters2018stanakzai", differs="")
    problems = rules.stance_problems(facts, unexplained, data["sources"], wire, cited)
    assert any("says what differs" in p for p in problems)


def test_parts_keep_the_article_s_qualifiers(data: dict, wire: str) -> None:
    """Rule 8: c19's 'regular' stays in a part; dropping it fails, and so does a qualifier not in the quote."""
    facts, rows, _ = _claim(data, "c19")
    assert "regular" in facts.qualifiers and facts.verdict == "unverified"
    dropped = dataclasses.replace(facts, parts=facts.parts[:1])
    kept_rows = [r for r in rows if r.part in dropped.parts]
    problems = rules.stance_problems(dropped, kept_rows, data["sources"], wire, [r.source for r in kept_rows])
    assert any("'regular' of the article's words is dropped" in p for p in problems)
    invented = dataclasses.replace(facts, qualifiers=("always",))
    assert any("not a word of the claim's quote" in p for p in rules.qualifier_problems(invented))


# --- Severity that reads right -------------------------------------------------------------------------


def test_severity_order_puts_a_false_statement_above_an_impression() -> None:
    assert SIGNIFICANCE == ("minor", "misleading", "substantive")
    assert SIGNIFICANCE_RANK["minor"] < SIGNIFICANCE_RANK["misleading"] < SIGNIFICANCE_RANK["substantive"]


@pytest.mark.parametrize(
    ("claim_id", "change", "expected"),
    [
        ("c40", {"significance": "substantive"}, "misleading"),  # an inference cannot outrank a false statement
        ("c43", {"significance": "substantive"}, "minor"),
        ("c13", {"significance": "misleading"}, "substantive"),  # misleading is not for what the text states
        ("c17", {"significance": "substantive"}, "minor"),  # an unverified claim shows no wrong belief
        ("c21", {"significance": "minor"}, ""),  # a settled verdict has no significance
    ],
)
def test_a_significance_that_reads_wrong_fails(
    data: dict, wire: str, claim_id: str, change: dict, expected: str
) -> None:
    facts, rows, cited = _claim(data, claim_id)
    planted = dataclasses.replace(facts, **change)
    problems = _problems(data, wire, planted, rows, cited)
    assert any(f"makes it {expected!r}" in p for p in problems), problems


# --- The bibliography: whose text a copy is -----------------------------------------------------------

BIB = """
@online{ok, title = {a}, sourcetype = {syndicated}, producer = {Associated Press}, affiliation = {independent},
  organization = {India Today (AP-based)}, copyof = {Associated Press: a}, url = {https://www.indiatoday.in/a}}
"""


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("@online{x, title={x}, sourcetype={outlet}, producer={India Today}, affiliation={independent},"
         " organization={India Today (AP-based)}}", "credits the text to 'Associated Press'"),
        ("@online{x, title={x}, sourcetype={outlet}, producer={Bayan News}, affiliation={independent},"
         " organization={Bayan News (citing TASS)}}", "credits the text to 'TASS'"),
        ("@online{x, title={x}, sourcetype={syndicated}, producer={Asian News International},"
         " affiliation={independent}, copyof={ANI: x}, url={https://www.devdiscourse.com/article/x}}",
         "is a mirror, not a syndicated copy"),
        ("@online{x, title={x}, sourcetype={syndicated}, producer={unnamed news agency},"
         " affiliation={independent}, copyof={wire: x}}", "is not named"),
        ("@online{x, title={x}, sourcetype={syndicated}, producer={TRT World}, affiliation={state:TUR},"
         " organization={TRT World (Reuters copy)}, copyof={Reuters: x}}", "credits the text to 'Reuters'"),
        ("@online{x, title={x}, sourcetype={outlet}, producer={Asia-Plus}, affiliation={independent},"
         " organization={Asia-Plus (relaying RFE/RL)}}", "credits the text to 'Radio Free Europe/Radio Liberty'"),
        ("@online{x, title={x}, sourcetype={outlet}, producer={t-online}, affiliation={independent},"
         " organization={t-online (dpa copy)}}", "credits the text to 'Deutsche Presse-Agentur'"),
    ],
)  # fmt: skip
def test_a_copy_or_relay_without_its_producer_fails(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "references.bib"
    path.write_text(BIB, encoding="utf-8")
    assert load_sources(path)["ok"].producer == "Associated Press"  # a credited copy typed as its producer loads
    path.write_text(BIB + "\n" + entry + "\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_sources(path)
    assert message in str(info.value)


# --- The second reading -------------------------------------------------------------------------------


def test_every_claim_has_its_second_reading(data: dict) -> None:
    """Fails until the independent second readers have read every claim (issue 18)."""
    pending = sorted(data["claims"].loc[data["claims"]["second_reading"] == "pending", "id"])
    assert not pending, f"claims without a second reading: {', '.join(pending)}"


def test_every_change_of_the_second_reading_is_in_the_history(data: dict) -> None:
    """A claim the second reading changed has a history row of that stage saying why."""
    claims = data["claims"]
    history = data["claim_history"]
    staged = set(history.loc[history["stage"] == "second_reading", "claim"])
    changed = set(claims.loc[claims["second_reading"].str.startswith("changed"), "id"])
    assert changed and changed <= staged, sorted(changed - staged)


# --- The rules the check-reading settled (issue 18: the lead's decisions on readers D and E) -------------


def test_a_voice_is_read_from_the_sources_attribution(data: dict, wire: str, parties: dict) -> None:
    """Rule 1: whose words a stance is comes from the attribution the source gives in the anchor's sentence or
    the next (said_by), not from the anchor alone; the attribution and the voice agree."""
    facts, rows, cited = _claim(data, "c18")
    zhirnov = next(r for r in rows if r.source == "aopnews2021zhirnov")
    assert (zhirnov.said_by, zhirnov.voice, zhirnov.stance) == ("Zhirnov", "state:RUS", "primary")
    sources = data["sources"]
    as_rferl = _replace(rows, "aopnews2021zhirnov", voice="", stance="confirms")  # the anchor alone reads as RFE/RL's
    problems = rules.stance_problems(facts, as_rferl, sources, wire, cited, parties=parties)
    assert any("attributes these words to 'Zhirnov'" in p for p in problems), problems
    unsaid = _replace(rows, "aopnews2021zhirnov", said_by="")
    problems = rules.stance_problems(facts, unsaid, sources, wire, cited, parties=parties)
    assert any("a voice is read from the source's attribution" in p for p in problems), problems
    wrong = _replace(rows, "aopnews2021zhirnov", voice="state:AFG", stance="confirms")
    problems = rules.stance_problems(facts, wrong, sources, wire, cited, parties=parties)
    assert any("'Zhirnov' is RUS's" in p for p in problems), problems
    # ABC's first line is the Pentagon's announcement: the USA's own record cannot establish what the USA did.
    facts, rows, cited = _claim(data, "c07")
    pentagon = _replace(rows, "abcnews2021withdrawal", stance="primary", voice="state:USA", said_by="The Pentagon")
    assert any("make it 'unverified'" in p for p in _problems(data, wire, facts, pentagon, cited))


def test_a_partys_own_act_is_settled_by_its_own_record(data: dict, wire: str) -> None:
    """Rule 2: whom Russia invited is its own act: its record settles it, confirming or denying; without the
    act the same record decides nothing and may not bear on the part."""
    facts, rows, cited = _claim(data, "c35")
    part = "Russia invited other Afghan parties"
    assert part in facts.acts and facts.verdict == "contradicted"
    own = [r for r in rows if r.part == part and r.stance == "contradicts"]
    assert own and all(rules.own_side(rules.record(r, data["sources"]), "RUS") for r in own)
    assert rules.part_status(facts, part, own, data["sources"], wire) == "contradicted"
    no_act = dataclasses.replace(facts, acts=())
    assert rules.part_status(no_act, part, own, data["sources"], wire) == "open"
    problems = rules.stance_problems(no_act, rows, data["sources"], wire, cited)
    assert any("settles only what it said and its own acts" in p for p in problems), problems
    # The statute is Russia's own record of its law: shown as primary although it bears the part out in part.
    facts, rows, _ = _claim(data, "c13")
    assert any(s.startswith("Russian Federation") for s in rules.primary_records(rows, data["sources"], "RUS"))
    assert not any(s.startswith("Russian Federation") for s in rules.primary_records(rows, data["sources"]))


def test_a_variant_that_keeps_the_sense_of_words_said_confirms(data: dict, wire: str) -> None:
    """Rule 8: in a statement, a variant is 'partly' only when it changes the sense or referent."""
    facts, rows, cited = _claim(data, "c25")
    assert {r.differs for r in rows if r.stance == "partly"} == {"translation"}
    loose = [dataclasses.replace(r, differs="wording") if r.stance == "partly" else r for r in rows]
    problems = rules.stance_problems(facts, loose, data["sources"], wire, cited)
    assert any("a variant that keeps their sense confirms" in p for p in problems), problems
    for claim_id in ("c04", "c22", "c32", "c36"):  # synonyms and shortened quotations that keep the sense
        assert not [r for r in _claim(data, claim_id)[1] if r.stance == "partly"], claim_id


def test_an_evaluation_is_confirmed_only_through_its_stated_criterion(data: dict, wire: str) -> None:
    """Rule 10: a record confirms a characterisation only through the criterion its note's 'For:' states; an
    outlet's own narrower framing of the same point bears it out in part."""
    facts, rows, cited = _claim(data, "c42")
    assert facts.verdict == "contested" and facts.significance == "minor"
    framed = _replace(rows, "mfaaf2021talks", stance="confirms", differs="")
    problems = _problems(data, wire, facts, framed, cited)
    assert any("only through the criterion the note's 'For:' states" in p for p in problems), problems
    against = _replace(rows, "kommersant2021format", stance="confirms", anchor="banned in Russia")
    problems = rules.stance_problems(facts, against, data["sources"], wire, cited)
    assert any("only through the criterion" in p for p in problems), problems


def test_the_soviet_unions_record_is_its_continuators(data: dict, wire: str, monkeypatch) -> None:
    """Rule 3: Russia continues the Soviet Union, so Russia's state media are the subject's own record in a
    claim about the Soviet Union: shown as primary, never counted."""
    facts, rows, cited = _claim(data, "c26")
    assert facts.subject == "SUN"
    units = rules.independent_units(rows, data["sources"], wire, facts.subject)
    assert "state:RUS" not in units and len(units) == 5
    tass = _replace(rows, "tass2016soviet", "ended", stance="confirms")
    problems = rules.stance_problems(facts, tass, data["sources"], wire, cited)
    assert any("never an independent 'confirms'" in p for p in problems)
    monkeypatch.setattr(rules, "CONTINUATOR_STATES", {})
    problems = rules.stance_problems(facts, rows, data["sources"], wire, cited)
    assert any("'primary' is for the subject's own record" in p for p in problems)


def test_a_compilation_counts_as_its_compiler_except_where_it_credits_another(data: dict, wire: str) -> None:
    """Rule 1: Asia-Plus is typed by its own producer; the one sentence it credits to RFE/RL carries RFE/RL's
    voice, and a sentence pinned to no credited source counts as Asia-Plus."""
    sources = data["sources"]
    assert sources["asiaplus2021drills"].producer == "Asia-Plus"
    facts, rows, cited = _claim(data, "c38")
    units = rules.independent_units(rows, sources, wire, facts.subject)
    assert {"producer:Asia-Plus", "state:USA", "producer:Agence France-Presse"} == set(units)
    uncredited = _replace(rows, "asiaplus2021drills", "joint drills in Uzbekistan", voice="")
    problems = rules.stance_problems(facts, uncredited, sources, wire, cited)
    assert any("attributes these words to 'RFE/RL'" in p for p in problems), problems
    as_copy = dict(sources)
    as_copy["asiaplus2021drills"] = dataclasses.replace(
        sources["asiaplus2021drills"], producer=sources["mfaaf2021talks"].producer
    )
    problems = rules.stance_problems(facts, rows, as_copy, wire, cited)
    assert any("is neither 'state:XXX' nor another producer" in p for p in problems), problems


def test_parts_come_from_the_articles_words_not_the_wires(data: dict, wire: str) -> None:
    """Rule 8: c10's part keeps the article's 'hard' and not AP's 'for years'."""
    facts, rows, cited = _claim(data, "c10")
    assert facts.parts == ("Russia worked hard to build ties with the Taliban",)
    old = "Russia worked hard, for years, to build ties with the Taliban"
    planted = dataclasses.replace(facts, parts=(old,))
    moved = [dataclasses.replace(r, part=old) for r in rows]
    problems = rules.stance_problems(planted, moved, data["sources"], wire, cited)
    assert any("takes the wire's words 'for years'" in p for p in problems), problems


def test_a_record_the_note_quotes_is_cited(data: dict, wire: str) -> None:
    """Rule 13: a stored record a reader read and quoted is cited for the claim, with a stance."""
    facts, rows, cited = _claim(data, "c20")
    assert {"mfaaf2021talks", "afp2021putin"} <= set(cited)
    dropped = [r for r in rows if r.source != "afp2021putin"]
    problems = rules.stance_problems(facts, dropped, data["sources"], wire, [r.source for r in dropped])
    assert any("the note quotes afp2021putin, which the claim does not cite" in p for p in problems), problems


def test_a_headline_tense_is_minor_and_another_date_substantive(data: dict, wire: str, headline: str) -> None:
    """Rule 12: the headline's 'sending' for an announced shipment that followed within weeks is a tense
    (minor); the same difference elsewhere, or called a date, is not."""
    facts, rows, cited = _claim(data, "c01")
    assert facts.quote == headline and facts.significance == "minor"
    assert {r.differs for r in rows if r.stance == "partly"} == {"tense"}
    dated = [dataclasses.replace(r, differs="date") if r.stance == "partly" else r for r in rows]
    assert any("makes it 'substantive'" in p for p in _problems(data, wire, facts, dated, cited, headline=headline))
    facts, rows, cited = _claim(data, "c39")
    tensed = [dataclasses.replace(r, differs="tense") if r.stance == "partly" else r for r in rows]
    problems = rules.stance_problems(facts, tensed, data["sources"], wire, cited, headline=headline)
    assert any("'tense' is for the headline's tense" in p for p in problems), problems


def test_every_claim_has_its_check_reading(data: dict) -> None:
    """Each claim records the check-reading's outcome, or why it was not in it; none is pending."""
    reading = data["claims"]["check_reading"]
    assert not reading.isin(["", "pending"]).any()
    assert reading.str.match(r"^(?:agreed|changed: |not in this reading: )").all()


def test_every_change_of_the_check_reading_is_in_the_history(data: dict) -> None:
    claims = data["claims"]
    history = data["claim_history"]
    rows = history[(history["stage"] == "second_reading") & history["reason"].str.startswith("Check-reading")]
    changed = set(claims.loc[claims["check_reading"].str.startswith("changed"), "id"])
    assert changed and changed <= set(rows["claim"]), sorted(changed - set(rows["claim"]))
