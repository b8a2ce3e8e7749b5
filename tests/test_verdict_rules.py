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


def _claim(data: dict, claim_id: str) -> tuple[rules.ClaimFacts, list[rules.Stance], list[str]]:
    c = data["claims"].set_index("id").loc[claim_id]
    facts = rules.ClaimFacts(
        claim_id, c.kind, c.category, c.subject, c.verdict, c.significance, tuple(split_keys(c.parts))
    )
    table = data["claim_sources"]
    rows = [
        rules.Stance(r.claim, r.part, r.source, r.stance, r.anchor, r.note)
        for r in table[table["claim"] == claim_id].itertuples()
    ]
    return facts, rows, split_keys(c.sources)


def _problems(data: dict, wire: str, facts, rows, cited) -> list[str]:
    sources = data["sources"]
    return rules.verdict_problems(facts, rows, sources, wire) + rules.stance_problems(facts, rows, sources, wire, cited)


# --- The data as it is: every claim keeps every rule ---------------------------------------------------


def test_every_claim_keeps_the_written_rules(data: dict, wire: str) -> None:
    broken = {}
    for claim_id in data["claims"]["id"]:
        problems = _problems(data, wire, *_claim(data, claim_id))
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
            assert rules.independent_units(rows, sources, wire, facts.subject), claim_id


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
    kept = [r for r in rows if r.part not in today or r.stance == "context"]
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


# --- Severity that reads right -------------------------------------------------------------------------


def test_severity_order_puts_a_false_statement_above_an_impression() -> None:
    assert SIGNIFICANCE == ("minor", "misleading", "substantive")
    assert SIGNIFICANCE_RANK["minor"] < SIGNIFICANCE_RANK["misleading"] < SIGNIFICANCE_RANK["substantive"]


@pytest.mark.parametrize(
    ("claim_id", "change", "message"),
    [
        ("c40", {"significance": "substantive"}, "cannot outrank a false statement"),
        ("c43", {"significance": "substantive"}, "cannot outrank a false statement"),
        ("c13", {"significance": "misleading"}, "not for what it states"),
        ("c17", {"significance": "substantive"}, "its significance is 'minor'"),
        ("c21", {"significance": "minor"}, "a settled verdict has no significance"),
    ],
)
def test_a_significance_that_reads_wrong_fails(
    data: dict, wire: str, claim_id: str, change: dict, message: str
) -> None:
    facts, rows, cited = _claim(data, claim_id)
    planted = dataclasses.replace(facts, **change)
    problems = _problems(data, wire, planted, rows, cited)
    assert any(message in p for p in problems), problems


def test_substantive_needs_a_stated_part_the_record_does_not_bear_out(data: dict, wire: str) -> None:
    facts, rows, _ = _claim(data, "c21")
    planted = dataclasses.replace(facts, verdict="imprecise", significance="substantive")
    problems = rules.significance_problems(planted, rules.statuses(planted, rows, data["sources"], wire))
    assert any("'substantive' needs a part" in p for p in problems)


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
