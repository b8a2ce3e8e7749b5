"""The framing chapter's second reading (issue 23) as tests, each shown to fail on a planted violation: every
proposal of the three readers has a written decision, every row a decision changed says so, the code book's
sense rule for the recognition cue, the readers' readings of mentions applied over the rule's (and refused when
stale), the shares recomputed from those readings, and the detectors' errors and misses checked against what
the detectors return."""

from __future__ import annotations

import csv
import dataclasses
import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from article_analysis.actors.voice import camp
from article_analysis.errors import DataError
from article_report.book import apply_readings, load_book
from article_report.chapters import framing
from article_report.curated import framing as curated
from article_report.vocab import NOT_A_SIDE

from .conftest import DATA

#: The readers' own files (outside the repository: the record in data/ is one row per proposal, not a copy).
READERS_DIR = Path(os.environ.get("FRAMING_READERS", "/work/briefs/sr"))


@pytest.fixture(scope="module")
def book():
    return load_book()


# --- Every proposal has a decision --------------------------------------------------------------------------------


def reader_proposals(folder: Path) -> list[tuple[str, str, str]]:
    """(table, row, reader) of every reading in the readers' files that is not 'agreed'; a row a reader found
    missing is keyed 'missing <start>-<end>' (or 'missing <speaker id>' for a source)."""
    keys = []
    for reader in curated.READERS:
        with open(folder / f"framing-{reader}.csv", encoding="utf-8") as handle:
            for r in csv.DictReader(handle):
                if r["outcome"].startswith("agreed"):
                    continue
                row = r["row"]
                if not row:
                    span = re.search(r"\((\d+)-(\d+)\)", r["outcome"])
                    speaker = re.search(r"missing: (\w+)", r["outcome"])
                    row = f"missing {span[1]}-{span[2]}" if span else f"missing {speaker[1]}"
                keys.append((r["table"], row, reader))
    return keys


def undecided(proposals: list[tuple[str, str, str]], decisions: pd.DataFrame) -> list[str]:
    """Proposals without a decision row, and decision rows no proposal stands behind."""
    made = list(zip(decisions["table"], decisions["row"], decisions["reader"], strict=True))
    problems = [f"no decision for {p}" for p in proposals if p not in made]
    return problems + [f"a decision without a proposal: {d}" for d in made if d not in proposals]


@pytest.mark.skipif(not (READERS_DIR / "framing-FA.csv").is_file(), reason="the readers' files are not here")
def test_every_proposal_in_the_readers_files_has_a_decision_row(book) -> None:
    proposals = reader_proposals(READERS_DIR)
    decisions = framing.decisions(book)
    assert undecided(proposals, decisions) == []
    # Planted: a decision row lost, and one no reader proposed.
    lost = decisions.drop(index=0)
    extra = pd.concat([decisions, decisions.head(1).assign(row="99")])
    assert undecided(proposals, lost) == [f"no decision for {tuple(decisions.iloc[0][['table', 'row', 'reader']])}"]
    assert undecided(proposals, extra)[-1].startswith("a decision without a proposal")


def rows_and_decisions(book, data: dict[str, pd.DataFrame], decisions: pd.DataFrame) -> list[str]:
    """A row a decision changed must say 'changed:' and a 'changed:' row of a table the readers read must have a
    decision; 'agreed' is never the reading of a row whose proposal was decided."""
    keys = {"frame_functions": "id", "statements": "id", "sources_people": "speaker", "sponsorship": "version"}
    named = {tuple(a.split(" ", 1)) for a in decisions["applied_as"] if " " in a}
    problems = []
    for table, key in keys.items():
        reading = data[table].set_index(key)["second_reading"]
        for t, k in named:
            if t == table and not str(reading.get(k, "")).startswith("changed:"):
                problems.append(f"{table} {k}: a decision changed it, its reading says {reading.get(k)!r}")
        for k in reading.index[reading.str.startswith("changed:")]:
            if (table, k) not in named:
                problems.append(f"{table} {k}: changed, and no decision names it")
    return problems


def test_every_changed_row_has_a_decision_and_every_decision_its_row(book) -> None:
    data = framing.framing_data(book)
    decisions = framing.decisions(book)
    assert rows_and_decisions(book, data, decisions) == []
    planted = {**data, "sponsorship": data["sponsorship"].copy()}
    planted["sponsorship"].loc[planted["sponsorship"]["version"] == "report-aljazeera", "second_reading"] = "agreed"
    assert rows_and_decisions(book, planted, decisions) == [
        "sponsorship report-aljazeera: a decision changed it, its reading says 'agreed'"
    ]


def test_a_rejected_proposal_is_not_agreed(book) -> None:
    """The reader did not agree: the row says the proposal was rejected, and why."""
    changes = framing.changes(book).set_index("count")["second_reading"]
    assert changes["distancing devices"].startswith("changed: none; proposal (FB) rejected: ")
    assert framing.second_reading_facts(book)["fr_rows_rejected"] == 1


def test_a_decision_row_that_breaks_the_form_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "framing_second_reading.csv"
    shutil.copy(DATA / "framing_second_reading.csv", path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    rejected = table.index[table["decision"] == "rejected"][0]
    table.at[rejected, "applied_as"] = "frame_functions f01"
    table.to_csv(path, index=False, lineterminator="\n")
    with pytest.raises(DataError, match="applied_as names what an applied proposal changed") as info:
        curated.load_read_decisions(path)
    assert info.value.row == rejected + 2


def test_a_pending_row_is_counted(book) -> None:
    data = framing.framing_data(book)
    planted = {**data, "sponsorship": data["sponsorship"].assign(second_reading="pending")}
    copy = dataclasses.replace(book)
    copy.__dict__["_framing_cache"] = {**book.__dict__["_framing_cache"], "data": planted}
    assert framing.second_reading_facts(copy)["fr_rows_pending"] == len(data["sponsorship"])


# --- The recognition cue, read by sense ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "lead"),
    [
        ("Moscow recognizes the Taliban government", "recognition"),
        ("there must be no rush in officially recognizing the Taliban", "recognition"),
        ("the Taliban seek recognition abroad", "recognition"),
        ("Russia recognises the Taliban\u2019s efforts to try and stabilise", "none"),
        ("Russia on Wednesday \u2018recognised\u2019 Taliban efforts to stabilise", "none"),
        ("Moscow recognised the work of aid agencies and pledged humanitarian supplies", "aid"),
        ("Kabul recognized the role of the UN", "none"),
    ],
)
def test_recognise_is_a_cue_only_for_a_government_or_its_standing(words: str, lead: str) -> None:
    assert curated.first_cue(words) == lead


def test_without_the_sense_rule_the_acknowledging_lede_would_be_recognition(monkeypatch) -> None:
    """Planted: the rule without its exclusion codes 'recognises the Taliban's efforts' as recognition."""
    monkeypatch.setattr(curated, "LEAD_CUE_NOT_A_CUE", {})
    assert curated.first_cue("Russia recognises the Taliban\u2019s efforts to try and stabilise") == "recognition"


def test_the_acknowledging_lede_leads_with_the_talks_alone(book) -> None:
    table = framing.sponsorship(book).set_index("version")
    assert tuple(table.loc["report-aljazeera", ["lead", "decided_by"]]) == ("none", "lede")
    assert tuple(table.loc["report-tass-aid", ["lead", "decided_by"]]) == ("aid", "lede")
    assert (table["lead"] != "not_coded").all()


# --- The readers' readings of mentions ------------------------------------------------------------------------------


def test_the_readers_readings_are_applied_over_the_rules(book) -> None:
    every = book.all_mentions.set_index(["start", "end"])
    assert every.loc[(923, 929), ["analyzer_reading", "reading", "read_by"]].tolist() == [
        "place",
        "actor",
        "the second reading",
    ]
    assert every.loc[(3718, 3729), "reading"] == "place"
    facts = framing.mention_facts(book)
    assert (facts["fr_n_mentions_found"], facts["fr_n_mentions_rule_agrees"]) == (104, 98)
    assert book.mentions.loc[book.mentions["start"] == 4603, "reading"].item() == "topic"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"analyzer_reading": "topic"}, "is not the rule's"),
        ({"start": 924}, "no mention of the analyzer at 924-929"),
    ],
)
def test_a_stale_reading_is_refused(book, change: dict, message: str) -> None:
    readings = book.data["mention_readings"].copy()
    for column, value in change.items():
        readings.at[0, column] = value
    with pytest.raises(DataError, match=message) as info:
        apply_readings(book.analysis.tables["mentions"], readings)
    assert info.value.row == 2 and "mention_readings.csv" in str(info.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"surface": "Moscow"}, "is not the article's text"),
        ({"reading": "place"}, "is the analyzer's own"),
        ({"reading": "person"}, "reading 'person' is not one of"),
    ],
)
def test_a_broken_reading_row_names_its_file_and_row(book, tmp_path: Path, change: dict, message: str) -> None:
    path = tmp_path / "mention_readings.csv"
    shutil.copy(DATA / "mention_readings.csv", path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column, value in change.items():
        table.at[0, column] = value
    table.to_csv(path, index=False, lineterminator="\n")
    with pytest.raises(DataError, match=message) as info:
        curated.load_mention_readings(path, book.text)
    assert info.value.row == 2


def shares_from_rows(book, mentions: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """Each side's actor-read mentions and the whole they are a share of, counted straight from the rows."""
    kinds = {a.id: a.kind for a in book.gazetteer}
    sided = mentions[(mentions["reading"] == "actor") & ~mentions["actor_id"].map(kinds).isin(NOT_A_SIDE)]
    sides = sided["actor_id"].map(lambda i: book.actor_names[camp(i, book.gazetteer)])
    return {side: (int((sides == side).sum()), len(sided)) for side in ("Russia", "Taliban")}


def test_the_shares_are_the_counts_of_the_read_rows(book) -> None:
    counts = shares_from_rows(book, book.mentions)
    facts = framing.facts(book)
    assert facts["fr_russia_mention_share"] == framing.share_text(*counts["Russia"])
    assert facts["fr_taliban_mention_share"] == framing.share_text(*counts["Taliban"])
    assert counts["Russia"] == (25, 69)  # FC's 25, over the running text (keyword line and credits left out)
    # Planted: the rule's readings alone give other counts.
    rule_only = book.mentions.assign(reading=book.mentions["analyzer_reading"])
    assert shares_from_rows(book, rule_only)["Russia"] != counts["Russia"]


# --- The detectors' errors and misses -------------------------------------------------------------------------------


def detector_problems(book, checks: pd.DataFrame) -> list[str]:
    """A detector error must be something the detector returns, and a miss something it does not."""
    labels = book.analysis.tables["labels"]
    ev = framing.evaluations(book)
    found = {
        "labels": set(zip(labels["start"], labels["end"], strict=True)),
        "evaluations": set(zip(ev["start"], ev["end"], strict=True)),
    }
    problems = []
    for r in checks.itertuples():
        returned = (r.start, r.end) in found[r.detector]
        if returned != (r.finding != "missed"):
            problems.append(f"{r.id}: {r.finding}, and the detector {'returns' if returned else 'does not return'} it")
    return problems


def test_each_detector_error_is_the_detectors_and_each_miss_is_missed(book) -> None:
    checks = framing.framing_data(book)["detector_checks"]
    assert detector_problems(book, checks) == []
    planted = checks.copy()
    planted.loc[planted["id"] == "d01", "finding"] = "missed"  # a label the detector does return
    assert detector_problems(book, planted) == ["d01: missed, and the detector returns it"]


def test_the_chapter_shows_the_misattached_label_and_the_wrong_sense(book) -> None:
    labels = framing.labels(book)
    assert (labels["check"] != "holds").sum() == 1
    assert labels.loc[labels["check"] != "holds", "text"].item().startswith("which allows")
    table = framing.evaluations_table(book)
    assert "found in a sense the entry is not (a detector error)" in table
    assert table.count("a reader; the lexicon misses it") >= 2
    facts = framing.facts(book)
    assert facts["fr_evaluative_errors"] == "\u201chard\u201d in \u201cworked hard\u201d"
    assert facts["fr_n_labels_missed"] == len(framing.missed_labels(book)) == 19


def test_every_missed_label_has_its_writer_from_the_alignment(book) -> None:
    missed = framing.missed_labels(book).set_index("text")
    assert missed.loc["Afghan authorities", "writer"] == "Sergey Lavrov (speaker)"
    assert missed.loc["U.S. diplomats", "writer"] in framing.WRITER_LABELS.values()
    assert (missed["writer"] != "").all()
