"""The curated data: it loads, every key resolves both ways, the source hierarchy holds, and a broken
row is named (file and row) with nothing else said."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from article_analysis.errors import DataError
from article_report.__main__ import main as report_main
from article_report.curated import load_project
from article_report.curated.checks import split_keys
from article_report.curated.claims import keys_in_text, load_claim_history, load_claim_sources, load_claims
from article_report.curated.history import load_moscow_format, load_timeline
from article_report.curated.provenance import load_coverage, load_rewrite, load_versions
from article_report.curated.sources import independence, load_bibliography, load_sources, rests_on_own_side
from article_report.paths import curated_data

from .conftest import DATA, ROOT


@pytest.fixture(scope="module")
def data() -> dict:
    return curated_data()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's curated files, to break one at a time."""
    shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("naturalearth_lowres"))
    shutil.copy(ROOT / "references.bib", tmp_path / "references.bib")
    return tmp_path


def _break(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell (``row`` counts the header as row 1, as the error messages do)."""
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row - 2][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _row_of(path: Path, column: str, value: str) -> int:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    return next(i + 2 for i, r in enumerate(rows) if r[column] == value)


def _loaders(data: dict) -> dict:
    """Each file's own loader, with the rest of the project as it is (cheaper than the whole project)."""
    keys = set(data["bibliography"].entries)
    actors = {a.id for a in data["actors"]}
    article = data["article"].text
    return {
        "timeline.csv": lambda p: load_timeline(p, keys, actors),
        "moscow_format.csv": lambda p: load_moscow_format(p, keys, actors),
        "claims.csv": lambda p: load_claims(p, keys, set(data["timeline"]["id"]), article),
        "claim_history.csv": lambda p: load_claim_history(p, data["claims"]),
        "claim_sources.csv": lambda p: load_claim_sources(p, data["claims"]),
        "versions.csv": lambda p: load_versions(p, keys),
        "rewrite.csv": lambda p: load_rewrite(p, data["versions"], keys, article),
        "coverage.csv": lambda p: load_coverage(p, data["versions"], keys),
    }


def _fails(project: Path, file: str, row: int | None, message: str, whole: bool = False) -> None:
    """Loading the broken file (or, with ``whole``, the whole project) names the file, the row, the problem."""
    with pytest.raises(DataError) as info:
        if whole:
            load_project(project)
        else:
            _loaders(curated_data())[file](project / "data" / file)
    text = str(info.value)
    assert message in text and file in text, text
    if row is not None:
        assert f"row {row}" in text, text


# --- The data as it is ---------------------------------------------------------------------------


def test_curated_data_loads_and_quotes_slice_back(data: dict) -> None:
    article = data["article"].text
    assert len(data["timeline"]) > 30 and len(data["claims"]) > 20 and len(data["moscow_format"]) > 50
    for claim in data["claims"].itertuples():
        assert article[claim.start : claim.end] == claim.quote
    for table in ("rewrite", "respin"):
        placed = data[table].dropna(subset=["start"])
        assert all(article[r.start : r.end] == r.text for r in placed.itertuples())


def _cited_in_pages() -> set[str]:
    keys: set[str] = set()
    for page in (ROOT / "chapters").glob("*.md"):
        keys |= keys_in_text(page.read_text(encoding="utf-8"))
    for notebook in (ROOT / "chapters").glob("*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        keys |= keys_in_text("\n".join("".join(c["source"]) for c in cells))
    return keys


def test_every_source_key_resolves_and_every_entry_is_cited(data: dict) -> None:
    bib = set(data["bibliography"].entries)
    columns = [("timeline", "sources"), ("moscow_format", "sources"), ("claims", "sources"),
               ("versions", "source"), ("chain", "sources"), ("rewrite", "source"), ("respin", "source"),
               ("coverage", "source")]  # fmt: skip
    used = {k for table, column in columns for v in data[table][column] for k in split_keys(v)}
    used |= {k for actor in data["actors"] for k in actor.source}
    used |= {s.copy_of for s in data["sources"].values() if s.copy_of in bib}
    pages = _cited_in_pages()
    assert used <= bib, f"keys in data/ missing from references.bib: {sorted(used - bib)}"
    assert pages <= bib, f"keys cited in chapters missing from references.bib: {sorted(pages - bib)}"
    assert not bib - used - pages, f"entries of references.bib cited nowhere: {sorted(bib - used - pages)}"


def test_no_verdict_about_a_state_rests_on_that_states_sources_alone(data: dict) -> None:
    sources = data["sources"]
    alone = [c.id for c in data["claims"].itertuples() if rests_on_own_side(c.subject, split_keys(c.sources), sources)]
    assert not alone, f"claims about a state resting only on its own sources: {alone}"


def test_every_mirror_says_why_and_every_copy_names_its_original(data: dict) -> None:
    for source in data["sources"].values():
        if source.type == "mirror":
            assert source.note and source.copy_of, source.key
        if source.type == "syndicated":
            assert source.copy_of, source.key


def test_every_claim_has_a_history_ending_in_its_verdict(data: dict) -> None:
    history = data["claim_history"]
    for claim in data["claims"].itertuples():
        rows = history[history["claim"] == claim.id]
        assert len(rows) and rows.iloc[-1]["verdict_after"] == claim.verdict


def test_claims_link_to_existing_events(data: dict) -> None:
    linked = {t for v in data["claims"]["timeline"] for t in split_keys(v)}
    assert linked and linked <= set(data["timeline"]["id"])


# --- Independence: copies count once, a state's media count as that state --------------------------

BIB = """
@online{tass1, title = {a}, sourcetype = {agency}, producer = {TASS}, affiliation = {state:RUS}}
@online{ria1, title = {b}, sourcetype = {agency}, producer = {RIA Novosti}, affiliation = {state:RUS}}
@online{ap1, title = {c}, sourcetype = {agency}, producer = {Associated Press}, affiliation = {independent}}
@online{ap1copy, title = {c}, sourcetype = {syndicated}, producer = {Associated Press},
  affiliation = {independent}, copyof = {ap1}}
@online{mirror1, title = {d}, sourcetype = {mirror}, producer = {Reuters}, affiliation = {independent},
  copyof = {Reuters: d}, sourcenote = {only copy stored}}
"""


@pytest.fixture
def typed(tmp_path: Path) -> dict:
    path = tmp_path / "references.bib"
    path.write_text(BIB, encoding="utf-8")
    return load_sources(path)


def test_copies_of_one_report_count_once_and_a_states_media_count_as_the_state(typed: dict) -> None:
    assert independence(["ap1", "ap1copy"], typed)["independent"] == 1
    assert independence(["tass1", "ria1"], typed) == {"independent": 1, "units": ["state:RUS"], "states": ["RUS"]}
    assert independence(["tass1", "ap1", "mirror1"], typed)["independent"] == 3


def test_own_side_only_is_told_from_corroborated(typed: dict) -> None:
    assert rests_on_own_side("RUS", ["tass1", "ria1"], typed)
    assert not rests_on_own_side("RUS", ["tass1", "ap1"], typed)
    assert not rests_on_own_side("", ["tass1"], typed)  # a claim about no state's conduct


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("@online{m, title={x}, sourcetype={mirror}, producer={P}, affiliation={independent}, copyof={P: x}}",
         "a mirror copy is kept only with a sourcenote"),
        ("@online{s, title={x}, sourcetype={syndicated}, producer={P}, affiliation={independent}}",
         "must say what it copies"),
        ("@online{s, title={x}, sourcetype={syndicated}, producer={P}, affiliation={independent}, copyof={nokey}}",
         "looks like a key but is not in the bibliography"),
        ("@online{t, title={x}, sourcetype={blog}, producer={P}, affiliation={independent}}",
         "sourcetype 'blog' is not one of"),
        ("@online{t, title={x}, sourcetype={outlet}, affiliation={independent}}", "no producer"),
        ("@online{t, title={x}, sourcetype={outlet}, producer={P}, affiliation={Russia}}",
         "affiliation 'Russia' is neither"),
    ],
)  # fmt: skip
def test_a_source_outside_the_hierarchy_is_named_with_its_line(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "references.bib"
    path.write_text(BIB + "\n" + entry + "\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_sources(path)
    assert message in str(info.value) and "references.bib" in str(info.value)
    assert f"line {BIB.count(chr(10)) + 2}" in str(info.value)


def test_broken_bibliography(tmp_path: Path) -> None:
    bib = tmp_path / "references.bib"
    bib.write_text('@online{a, title = "x"}\n@online{a, title = "y"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="not valid BibTeX"):
        load_bibliography(bib)


# --- A broken row is named ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("date", "20/10/2021", "not ISO 8601"),
        ("date", "2021-02-30", "not a real date"),
        ("precision", "month", "does not have the stated precision"),
        ("sources", "nosuchkey2099", "unknown source key in sources: nosuchkey2099"),
        ("actors", "Q159;martians", "unknown actor id in actors: martians"),
        ("category", "gossip", "category 'gossip' is not one of"),
        ("end_date", "1900-01-01", "is before date"),
        ("sources", "", "no source"),
    ],
)
def test_broken_timeline_row(project: Path, column: str, value: str, message: str) -> None:
    _break(project / "data" / "timeline.csv", 5, column, value)
    _fails(project, "timeline.csv", 5, message)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("status", "partying", "status 'partying' is not one of"),
     ("participant", "atlantis", "participant 'atlantis' is not in actors.csv"),
     ("round", "three", "not a whole number"), ("date", "20 Oct 2021", "not ISO 8601")],
)  # fmt: skip
def test_broken_moscow_format_row(project: Path, column: str, value: str, message: str) -> None:
    _break(project / "data" / "moscow_format.csv", 3, column, value)
    _fails(project, "moscow_format.csv", 3, message)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("quote", "words the article never printed", "not found in the article"),
     ("quote", "Taliban", "times in the article"),
     ("verdict", "mostly true", "verdict 'mostly true' is not one of"),
     ("significance", "huge", "significance 'huge' is not one of"),
     ("timeline", "no-such-event", "unknown timeline id"),
     ("sources", "nosuchkey2099", "unknown source key"),
     ("subject", "Russia", "is not an ISO 3166 alpha-3 code"),
     ("category", "gossip", "category 'gossip' is not one of"),
     ("parts", "", "no parts"),
     ("parts", "a;a", "parts: one or more distinct parts"),
     ("second_reading", "fine", "second_reading 'fine' is not agreed, agreed (proposal rejected: <why>)"),
     ("second_reading", "agreed, mostly", "second_reading 'agreed, mostly' is not agreed"),
     ("check_reading", "pending", "check_reading 'pending' is not agreed"),
     ("check_reading", "", "no check_reading"),
     ("acts", "a part nobody wrote", "acts: 'a part nobody wrote' is not one of the claim's parts")],
)  # fmt: skip
def test_broken_claim_row(project: Path, column: str, value: str, message: str) -> None:
    path = project / "data" / "claims.csv"
    row = _row_of(path, "verdict", "imprecise")  # a claim with a significance, so every column applies
    _break(path, row, column, value)
    _fails(project, "claims.csv", row, message)


def test_a_settled_claim_has_no_significance(project: Path) -> None:
    path = project / "data" / "claims.csv"
    row = _row_of(path, "verdict", "verified")
    _break(path, row, "significance", "minor")
    _fails(project, "claims.csv", row, "a verified claim has no significance")


def test_a_characterisation_weighs_both_ways(project: Path) -> None:
    path = project / "data" / "claims.csv"
    row = _row_of(path, "kind", "characterisation")
    _break(path, row, "note", "Obviously so.")
    _fails(project, "claims.csv", row, "'For: … Against: …'")


def test_history_must_end_in_the_current_verdict(project: Path) -> None:
    path = project / "data" / "claims.csv"
    row = _row_of(path, "id", "c02")
    _break(path, row, "verdict", "unverified")
    _break(path, row, "significance", "minor")
    _break(path, row, "introduced_by", "wire")
    _fails(project, "claim_history.csv", None, "claim 'c02': the last verdict in its history (verified)", whole=True)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("claim", "c99", "claim 'c99' is not in claims.csv"),
     ("part", "a part nobody wrote", "is not one of claim"),
     ("source", "aasgeography", "is not among claim"),
     ("stance", "likes", "stance 'likes' is not one of"),
     ("anchor", "", "needs an anchor"),
     ("differs", "vague", "differs 'vague' is not one of")],
)  # fmt: skip
def test_broken_claim_sources_row(project: Path, column: str, value: str, message: str) -> None:
    path = project / "data" / "claim_sources.csv"
    row = _row_of(path, "stance", "confirms")
    _break(path, row, column, value)
    _fails(project, "claim_sources.csv", row, message)


def test_every_cited_source_needs_a_stance(project: Path) -> None:
    path = project / "data" / "claim_sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    target = next(i for i, line in enumerate(lines) if line.startswith("c07,") and "abcnews2021withdrawal" in line)
    path.write_text("".join(lines[:target] + lines[target + 1 :]), encoding="utf-8")
    _fails(project, "claim_sources.csv", None, "claim 'c07': no stance for abcnews2021withdrawal")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("stage", "gut_feeling", "stage 'gut_feeling' is not one of"), ("claim", "c99", "claim 'c99' is not in"),
     ("reason", "", "no reason"), ("date", "yesterday", "not ISO 8601")],
)  # fmt: skip
def test_broken_history_row(project: Path, column: str, value: str, message: str) -> None:
    _break(project / "data" / "claim_history.csv", 4, column, value)
    _fails(project, "claim_history.csv", 4, message)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("relation", "cousin", "relation 'cousin' is not one of"), ("published", "Oct 20", "not an ISO 8601"),
     ("published", "2021-02-30", "not a real date"), ("url", "ftp://x", "not an http(s) address"),
     ("based_on", "nothing", "based_on 'nothing' is not in versions.csv"),
     ("source", "nosuchkey", "unknown source key")],
)  # fmt: skip
def test_broken_versions_row(project: Path, column: str, value: str, message: str) -> None:
    path = project / "data" / "versions.csv"
    row = _row_of(path, "relation", "syndication")
    _break(path, row, column, value)
    _fails(project, "versions.csv", row, message)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("change", "rewrote_it", "change 'rewrote_it' is not one of"), ("change", "", "no change"),
     ("start", "3", "text does not match article"), ("version", "ap-v9", "version 'ap-v9' is not in versions.csv"),
     ("change", "paraphrase;dropped", "cannot be 'dropped'")],
)  # fmt: skip
def test_broken_rewrite_row(project: Path, column: str, value: str, message: str) -> None:
    _break(project / "data" / "rewrite.csv", 3, column, value)
    _fails(project, "rewrite.csv", 3, message)


def test_rewrite_sentences_may_not_overlap(project: Path) -> None:
    path = project / "data" / "rewrite.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows.insert(2, dict(rows[1]))  # the same sentence twice
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    _fails(project, "rewrite.csv", None, "sentences overlap")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("status", "maybe", "status 'maybe' is not one of"), ("kind", "rumour", "kind 'rumour' is not one of"),
     ("label", "Another label", "another kind, description or label"),
     ("version", "ap-v9", "version 'ap-v9' is not in versions.csv")],
)  # fmt: skip
def test_broken_coverage_row(project: Path, column: str, value: str, message: str) -> None:
    _break(project / "data" / "coverage.csv", 5, column, value)
    _fails(project, "coverage.csv", 5, message)


def test_a_mirror_without_a_reason_fails_the_project(project: Path) -> None:
    bib = project / "references.bib"
    text = bib.read_text(encoding="utf-8")
    note = text.index("    sourcenote = ") + 4
    end = text.index("\n", note)
    bib.write_text(text[:note] + "comment" + text[note + len("sourcenote") : end] + text[end:], encoding="utf-8")
    _fails(project, "references.bib", None, "a mirror copy is kept only with a sourcenote", whole=True)


def test_cli_validate_names_the_broken_row(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report_main(["validate", str(project)]) == 0
    assert capsys.readouterr().out.startswith("valid: article (checksum ok)")
    _break(project / "data" / "timeline.csv", 7, "date", "yesterday")
    assert report_main(["validate", str(project)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "timeline.csv, row 7: date 'yesterday' is not ISO 8601" in captured.err
