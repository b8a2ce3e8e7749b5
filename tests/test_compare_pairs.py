"""``compare`` against the pair set written for it (tests/compare_pairs, answers written before either tool ran):
the issue's goals for links and new material, every belief code found where expected and nowhere else, and no
code from typography; the plain TF-IDF baseline scored on the same rows. The scorer itself is shown to fail on
answers planted wrong."""

from __future__ import annotations

from pathlib import Path

import yaml

from .compare_score import GOALS, SYNTHETIC, score_set

#: Where compare falls short of the issue's goals on this set, the floor it must keep (none now: precision is
#: 0.986, 72 of 73 links; the one wrong link is an intro that restates the story's facts in other words).
FLOORS: dict[str, float] = {}


def test_compare_meets_the_goals_on_the_pair_set() -> None:
    total, _ = score_set(SYNTHETIC, "compare")
    ratios = total.ratios()
    needed = {**GOALS, **FLOORS}
    assert all(ratios[name] >= floor for name, floor in needed.items()), (ratios, total.problems)


def test_every_belief_code_is_found_and_none_is_given_wrongly() -> None:
    total, _ = score_set(SYNTHETIC, "compare")
    assert total.code_found == total.code_expected and sum(total.code_expected.values()) >= 15
    assert not total.code_false, total.problems
    assert total.typography >= 20 and total.typography_coded == 0


def test_the_baseline_is_scored_on_the_same_rows() -> None:
    ours, _ = score_set(SYNTHETIC, "compare")
    baseline, _ = score_set(SYNTHETIC, "baseline")
    assert (baseline.reused, baseline.new) == (ours.reused, ours.new)
    assert baseline.ratios()["new_precision"] < ours.ratios()["new_precision"]


def test_the_scorer_catches_wrong_answers(tmp_path: Path) -> None:
    """Plant three wrong answers (a re-used sentence called new, a new one given a source, a code that is not
    there) in a copy of the set: each is reported, and the scores fall."""
    pairs = yaml.safe_load(SYNTHETIC.read_text(encoding="utf-8"))
    for pair in pairs:
        pair["source"] = str(SYNTHETIC.parent / pair["source"])
        pair["derived"] = str(SYNTHETIC.parent / pair["derived"])
    local = pairs[0]["sentences"]
    local[1]["s"] = []  # "Dock workers at the country's largest ..." is re-used
    local[10]["s"] = ["On Monday evening, hundreds"]  # "Residents of the harbour district ..." is new
    local[2]["codes"] = ["fact_changed"]
    planted = tmp_path / "planted.yml"
    planted.write_text(yaml.safe_dump(pairs), encoding="utf-8")
    total, _ = score_set(planted, "compare")
    honest, _ = score_set(SYNTHETIC, "compare")
    assert total.ratios()["precision"] < honest.ratios()["precision"]
    assert total.ratios()["new_precision"] < honest.ratios()["new_precision"]
    assert any("fact_changed missed" in p for p in total.problems)
