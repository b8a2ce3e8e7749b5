"""The curated history data: it loads, every key resolves both ways, and a broken row is named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from article_analysis.errors import DataError
from article_report.curated.history import (
    keys_in_text,
    load_bibliography,
    load_claims,
    load_moscow_format,
    load_timeline,
    split_keys,
)
from article_report.paths import curated_data

from .conftest import DATA, ROOT, run_cli


@pytest.fixture(scope="module")
def data() -> dict:
    return curated_data()


def test_curated_data_loads(data: dict) -> None:
    assert len(data["timeline"]) > 30 and len(data["claims"]) > 20 and len(data["moscow_format"]) > 50
    article = (DATA / "article.txt").read_text(encoding="utf-8")
    for claim in data["claims"].itertuples():
        assert article[claim.start : claim.end] == claim.quote


def _chapter_citations() -> set[str]:
    keys: set[str] = set()
    for page in (ROOT / "chapters").glob("*.md"):
        keys |= keys_in_text(page.read_text(encoding="utf-8"))
    for notebook in (ROOT / "chapters").glob("*.ipynb"):
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        keys |= keys_in_text("\n".join("".join(c["source"]) for c in nb["cells"]))
    return keys


def test_every_source_key_resolves_and_every_entry_is_cited(data: dict) -> None:
    bib = set(data["bibliography"].entries)
    used = {k for t, col in [("timeline", "sources"), ("moscow_format", "sources"), ("claims", "sources")]
            for v in data[t][col] for k in split_keys(v)}  # fmt: skip
    used |= {k for actor in data["actors"] for k in actor.source}
    chapters = _chapter_citations() - {"'+k+'"}
    assert used <= bib, f"keys in data/ missing from references.bib: {sorted(used - bib)}"
    assert chapters <= bib, f"keys cited in chapters missing from references.bib: {sorted(chapters - bib)}"
    uncited = bib - used - chapters
    assert not uncited, f"entries of references.bib cited nowhere: {sorted(uncited)}"


def test_claims_link_to_existing_events(data: dict) -> None:
    events = set(data["timeline"]["id"])
    linked = {t for v in data["claims"]["timeline"] for t in split_keys(v)}
    assert linked and linked <= events


@pytest.fixture
def files(tmp_path: Path, data: dict) -> dict:
    for name in ("timeline.csv", "moscow_format.csv", "claims.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    return {
        "dir": tmp_path,
        "keys": set(data["bibliography"].entries),
        "actors": {a.id for a in data["actors"]},
        "events": set(data["timeline"]["id"]),
        "article": (DATA / "article.txt").read_text(encoding="utf-8"),
    }


def _break(path: Path, row: int, column: str, value: str) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row - 2][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("date", "20/10/2021", "not ISO 8601"),
        ("date", "2021-13-40", "not a real date"),
        ("date", "2021-02-30", "not a real date"),
        ("precision", "month", "does not have the stated precision"),
        ("sources", "nosuchkey2099", "unknown source key in sources: nosuchkey2099"),
        ("actors", "Q159;martians", "unknown actor id in actors: martians"),
        ("category", "gossip", "category 'gossip' is not one of"),
        ("end_date", "1900-01-01", "is before date"),
        ("sources", "", "no source"),
    ],
)
def test_broken_timeline_row(files: dict, column: str, value: str, message: str) -> None:
    path = files["dir"] / "timeline.csv"
    _break(path, 5, column, value)
    with pytest.raises(DataError) as info:
        load_timeline(path, files["keys"], files["actors"])
    assert message in str(info.value) and "timeline.csv, row 5" in str(info.value)


def test_duplicate_timeline_id(files: dict) -> None:
    path = files["dir"] / "timeline.csv"
    first = path.read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    _break(path, 6, "id", first)
    with pytest.raises(DataError, match=f"row 6: duplicate id '{first}' \\(first on row 2\\)"):
        load_timeline(path, files["keys"], files["actors"])


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("status", "partying", "status 'partying' is not one of"), ("participant", "atlantis", "unknown actor id"),
     ("round", "three", "not a whole number"), ("date", "20 Oct 2021", "not ISO 8601")],
)  # fmt: skip
def test_broken_moscow_format_row(files: dict, column: str, value: str, message: str) -> None:
    path = files["dir"] / "moscow_format.csv"
    _break(path, 3, column, value)
    with pytest.raises(DataError) as info:
        load_moscow_format(path, files["keys"], files["actors"])
    assert message in str(info.value) and "row 3" in str(info.value)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("quote", "words the article never printed", "not found in the article"),
     ("quote", "Taliban", "times in the article"),
     ("verdict", "mostly true", "verdict 'mostly true' is not one of"),
     ("timeline", "no-such-event", "unknown timeline id"),
     ("sources", "nosuchkey2099", "unknown source key")],
)  # fmt: skip
def test_broken_claim_row(files: dict, column: str, value: str, message: str) -> None:
    path = files["dir"] / "claims.csv"
    _break(path, 4, column, value)
    with pytest.raises(DataError) as info:
        load_claims(path, files["keys"], files["events"], files["article"])
    assert message in str(info.value) and "claims.csv, row 4" in str(info.value)


def test_broken_bibliography(tmp_path: Path) -> None:
    bib = tmp_path / "references.bib"
    bib.write_text('@online{a, title = "x"}\n@online{a, title = "y"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="not valid BibTeX"):
        load_bibliography(bib)


def test_cli_validate_names_the_broken_row(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(DATA, project / "data")
    shutil.copy(ROOT / "references.bib", project / "references.bib")
    assert run_cli("validate", project).returncode == 0
    _break(project / "data" / "timeline.csv", 7, "date", "yesterday")
    result = run_cli("validate", project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "timeline.csv, row 7: date 'yesterday' is not ISO 8601" in result.stderr
