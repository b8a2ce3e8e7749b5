"""Where a claim's problem comes from (claims.csv ``introduced_by``) agrees with how its sentence was made
(rewrite.csv): each of the four values is shown to hold on the data and to fail on a planted violation."""

from __future__ import annotations

import pandas as pd
import pytest

from article_analysis.errors import DataError
from article_report.curated import load_project
from article_report.curated.origins import introduced_by_problems
from article_report.paths import curated_data

from .conftest import ROOT


@pytest.fixture(scope="module")
def data() -> dict:
    return curated_data()


def _with(claims: pd.DataFrame, claim: str, value: str) -> pd.DataFrame:
    planted = claims.copy()
    planted.loc[planted["id"] == claim, "introduced_by"] = value
    return planted


def _claim_in(data: dict, *, by: str, attested: bool) -> str:
    """A claim whose sentence was changed by `by`, with or without a stored AP copy that carries it."""
    rewrite = data["rewrite"].dropna(subset=["start"])
    for c in data["claims"].itertuples():
        rows = rewrite[(rewrite["start"] < c.end) & (rewrite["end"] > c.start)]
        if len(rows) == 1 and rows.iloc[0]["by"] == by and bool(rows.iloc[0]["attested_in"]) == attested:
            return c.id
    raise LookupError(f"no claim in a sentence changed by {by!r} (attested: {attested})")


def test_every_claim_origin_agrees_with_the_alignment(data: dict) -> None:
    assert introduced_by_problems(data["claims"], data["rewrite"]) == []


def test_wire_needs_a_stored_ap_copy(data: dict) -> None:
    claim = _claim_in(data, by="none", attested=False)
    problems = introduced_by_problems(_with(data["claims"], claim, "wire"), data["rewrite"])
    assert [p for _, p in problems] == [f"{claim}: introduced_by 'wire', but no stored AP copy carries the sentence "
                                        "that holds it"]  # fmt: skip


def test_unknown_is_refused_where_ap_carries_the_words_unchanged(data: dict) -> None:
    claim = _claim_in(data, by="none", attested=True)
    problems = introduced_by_problems(_with(data["claims"], claim, "unknown"), data["rewrite"])
    assert len(problems) == 1 and "a stored AP copy carries its sentence unchanged" in problems[0][1]


def test_rewrite_needs_a_change_by_the_rewrite(data: dict) -> None:
    claim = _claim_in(data, by="none", attested=True)
    problems = introduced_by_problems(_with(data["claims"], claim, "rewrite"), data["rewrite"])
    assert len(problems) == 1 and "no sentence holding it was changed by the re-write" in problems[0][1]


def test_outlet_needs_a_sentence_with_no_source(data: dict) -> None:
    claim = _claim_in(data, by="rewrite", attested=True)
    problems = introduced_by_problems(_with(data["claims"], claim, "outlet"), data["rewrite"])
    assert len(problems) == 1 and "the sentence that holds it has a source text" in problems[0][1]


def test_the_loader_names_the_claims_file_and_row(tmp_path) -> None:
    import shutil

    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(ROOT / "references.bib", tmp_path / "references.bib")
    path = tmp_path / "data" / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if line.startswith("c40,"))
    assert ",unknown," in lines[row]
    lines[row] = lines[row].replace(",unknown,", ",wire,", 1)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match=rf"claims\.csv.*row {row + 1}.*c40: introduced_by 'wire'"):
        load_project(tmp_path)
