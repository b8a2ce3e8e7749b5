"""The Frictionless Data Package (datapackage.json): it describes every file of data/ and the bibliography, it
validates with frictionless, its enums are the book's vocabularies, and one bad row per kind of rule is refused
with one line naming the file, the row and the field."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from article_analysis.errors import DataError
from article_report.__main__ import main as report_main
from article_report.curated import package
from article_report.curated.package import check_table, validate_package, vocabulary_drift

from .conftest import DATA, ROOT


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the package (descriptor, data/ and the bibliography), to break one cell at a time."""
    shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("naturalearth_lowres"))
    shutil.copy(ROOT / "references.bib", tmp_path / "references.bib")
    shutil.copy(ROOT / "datapackage.json", tmp_path / "datapackage.json")
    return tmp_path


def _set(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell (``row`` counts the header as row 1, as the messages do)."""
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row - 2][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def test_the_package_is_valid() -> None:
    """frictionless validates every file against its schema, foreign keys across files included."""
    assert validate_package() == []


def test_it_describes_every_csv_and_the_bibliography_with_their_columns() -> None:
    described = {r["path"]: r for r in package.descriptor()["resources"]}
    files = {f"data/{p.name}" for p in DATA.glob("*.csv")} | {"references.bib"}
    assert set(described) == files
    for name in package.tables():
        path = ROOT / package.resource(name)["path"]
        header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert header == package.field_names(name), name
        assert all(f.get("description") for f in package.fields(name)), f"{name}: a column without a description"


def test_every_resource_path_is_one_the_spec_allows() -> None:
    """The Data Package spec forbids absolute paths and '../': the descriptor sits beside what it describes."""
    for entry in package.descriptor()["resources"]:
        assert not entry["path"].startswith("/") and ".." not in Path(entry["path"]).parts, entry["path"]


def test_its_enums_are_the_books_vocabularies() -> None:
    assert vocabulary_drift() == []


def test_a_vocabulary_that_drifts_from_the_package_is_caught() -> None:
    enums = dict(package.enums())
    enums[("claims", "verdict")] = (*enums[("claims", "verdict")], "mostly true")
    enums[("chain", "shade")] = ("light", "dark")
    del enums[("claims", "kind")]
    drift = vocabulary_drift(enums)
    assert any(d.startswith("claims.verdict: the package says") for d in drift)
    assert "chain.shade: enum without a vocabulary in the book" in drift
    assert "claims.kind: vocabulary not stated in the package" in drift


# One planted bad row per kind of rule the schema states: (file, row, column, value, the message).
PLANTED = [
    ("claims.csv", 3, "verdict", "mostly true", "verdict 'mostly true' is not one of verified, imprecise"),
    ("claims.csv", 3, "note", "", "no note: why this verdict"),
    ("claims.csv", 3, "id", "c01", "duplicate id (first on row 2)"),
    ("claims.csv", 3, "subject", "Russia", "subject 'Russia' is not an ISO 3166 alpha-3 code"),
    ("moscow_format.csv", 4, "round", "three", "round 'three' is not a whole number"),
    ("moscow_format.csv", 4, "round", "-1", "round -1 is below the least value allowed, 0"),
    ("claim_history.csv", 4, "date", "2021-02-30", "date '2021-02-30' is not ISO 8601 (YYYY-MM-DD)"),
    ("versions.csv", 5, "read_on", "2027-01-01", "read_on 2027-01-01 is beyond the greatest value allowed, 2026-12-02"),
    ("versions.csv", 5, "based_on", "ap-v9", "based_on 'ap-v9' is not in versions.csv"),
    ("chain.csv", 3, "sources", "two keys;", "sources 'two keys;' is not BibTeX keys separated by ';'"),
    ("coverage.csv", 6, "status", "maybe", "status 'maybe' is not one of carried, carried_differently"),
]


@pytest.mark.parametrize(("file", "row", "column", "value", "message"), PLANTED)
def test_a_planted_bad_row_is_named_in_one_line(
    copy: Path, file: str, row: int, column: str, value: str, message: str
) -> None:
    path = copy / "data" / file
    _set(path, row, column, value)
    with pytest.raises(DataError) as info:
        check_table(path, Path(file).stem)
    text = str(info.value)
    assert text == f"{path}, row {row}: {text.split(': ', 1)[1]}" and "\n" not in text, text
    assert message in text, text


def test_a_foreign_key_across_files_fails_the_package(copy: Path) -> None:
    """A claim_sources row naming a claim that does not exist: frictionless finds it with the package, the loader
    (check_references) with the tables it has already read; both name the file and the row."""
    _set(copy / "data" / "claim_sources.csv", 7, "claim", "c99")
    problems = validate_package(copy / "datapackage.json")
    assert len(problems) == 1 and problems[0].endswith("claim_sources.csv, row 7: claim 'c99' is not in claims.csv")
    rows = check_table(copy / "data" / "claim_sources.csv", "claim_sources")
    with pytest.raises(DataError, match=r"claim_sources\.csv, row 7: claim 'c99' is not in claims\.csv"):
        package.check_references(copy / "data" / "claim_sources.csv", "claim_sources", rows, {"claims": {"c01"}})


def test_the_validate_command_runs_the_package_and_stops_on_a_bad_row(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert report_main(["validate", str(copy)]) == 0
    assert "data package (frictionless)" in capsys.readouterr().out
    # A participant missing from the gazetteer, which only the package (all files at once) can see here.
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    assert any(k["reference"]["resource"] == "actors" for r in descriptor["resources"]
               for k in r.get("schema", {}).get("foreignKeys", []))  # fmt: skip
    _set(copy / "data" / "chain.csv", 2, "of", "no-such-text")
    assert report_main(["validate", str(copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "chain.csv, row 2" in err and "no-such-text" in err, err
