"""Validation of actors.csv: each kind of broken file gives one clear error naming the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_analysis.actors.gazetteer import load_gazetteer
from article_analysis.errors import DataError

from .conftest import DATA, run_cli

HEADER = "id,name,kind,affiliation,roles,aliases,demonyms,metonyms,iso_a3,source,note\n"
GOOD = (
    "Q159,Russia,state,,,,Russian,Moscow,RUS,src,\n"
    "Q649,Moscow,place,Q159,,,,,,src,\n"
    "lavrov,Sergey Lavrov,person,Q159,russian foreign minister,Lavrov,,,,src,\n"
)


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "actors.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    actors = load_gazetteer(write(tmp_path, GOOD))
    assert [a.id for a in actors] == ["Q159", "Q649", "lavrov"]


@pytest.mark.parametrize(
    ("body", "row", "message"),
    [
        (GOOD + "Q159,Russia again,state,,,,,,,src,\n", 5, "duplicate id 'Q159' (first on row 2)"),
        (GOOD + "x1,Someone,wizard,,,,,,,src,\n", 5, "unknown kind 'wizard'"),
        (GOOD + "kremlin2,Kremlin Palace,place,,,Lavrov,,,,src,\n", 5, "ambiguous alias 'Lavrov'"),
        (GOOD + "Bad Id,Someone,person,,,,,,,src,\n", 5, "neither a Wikidata QID"),
        (GOOD + "x2,Someone,person,nobody,,,,,,src,\n", 5, "affiliation 'nobody' is not an actor id"),
        (GOOD + "x3,Someone,person,,,,,,,,\n", 5, "no source"),
        (GOOD + "x4,Someone,state,,,,,,RU,src,\n", 5, "iso_a3"),
        (GOOD + "x5,Someone,person\n", 5, "wrong number of fields"),
    ],
)
def test_broken_rows(tmp_path: Path, body: str, row: int, message: str) -> None:
    with pytest.raises(DataError) as info:
        load_gazetteer(write(tmp_path, body))
    assert info.value.row == row
    assert message in str(info.value)
    assert f"row {row}" in str(info.value) and "actors.csv" in str(info.value)


def test_missing_column(tmp_path: Path) -> None:
    header = HEADER.replace(",metonyms", "")
    body = "".join(",".join(line.split(",")[:7] + line.split(",")[8:]) for line in GOOD.splitlines(keepends=True))
    with pytest.raises(DataError, match="missing column\\(s\\): metonyms"):
        load_gazetteer(write(tmp_path, body, header))


def test_metonym_may_share_a_place_name(tmp_path: Path) -> None:
    # "Moscow" is Russia's metonym and the city's name: allowed, a rule chooses in context.
    assert len(load_gazetteer(write(tmp_path, GOOD))) == 3


def test_cli_reports_a_broken_gazetteer_and_writes_nothing(tmp_path: Path) -> None:
    actors = write(tmp_path, GOOD + "Q159,Russia again,state,,,,,,,src,\n")
    out = tmp_path / "out"
    result = run_cli("analyze", DATA / "article.txt", "--meta", DATA / "article.yml", "--actors", actors, "--out", out)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "actors.csv, row 5: duplicate id" in result.stderr
    assert not out.exists()
