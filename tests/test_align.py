"""The ``compare`` aligner on pairs of texts the tests write themselves: re-ordered, trimmed,
paraphrased, hedged, merged and split sentences; identical texts, no overlap, and bad input."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article_analysis.cli import main
from article_analysis.reuse.align import ALIGN_CODES, align, alignment_table, code_pair

from .conftest import run_cli

SOURCE = (
    "Russia hosted talks on Afghanistan on Wednesday with ten regional states. "
    "Foreign Minister Anna Berg said the country would send a shipment of aid soon. "
    "Russia had worked for years to build contacts with the movement. "
    "The delegations called for an inclusive government in Kabul. "
    "A joint statement urged a donor conference under the United Nations."
)


def codes(source: str, derived: str) -> list[tuple[int | None, str, str]]:
    """(derived sentence, source sentence(s), changes) for every row of the alignment."""
    table = alignment_table(align(source, derived))
    return [(r.derived if pd.notna(r.derived) else None, r.source, r.changes) for r in table.itertuples()]


def test_identical_texts_are_verbatim_throughout() -> None:
    assert {c for _, _, c in codes(SOURCE, SOURCE)} == {"verbatim"}


def test_no_overlap_is_all_new_material_and_dropped() -> None:
    found = codes(SOURCE, "Stock markets rallied in Tokyo. The yen weakened against the dollar.")
    assert [c for d, _, c in found if d] == ["new_material", "new_material"]
    assert sum(1 for d, _, c in found if d is None and c == "dropped") == 5


def test_trimmed_hedged_and_attribution_changed() -> None:
    derived = (
        "Russia hosted talks on Afghanistan on Wednesday. "
        "Russian officials said the country would send a shipment of aid soon. "
        "Russia has reportedly worked hard to build contacts with the movement."
    )
    found = codes(SOURCE, derived)
    assert found[0] == (1, "1", "trimmed")
    assert "attribution_changed" in found[1][2].split(";")
    assert "hedge_added" in found[2][2].split(";") and found[2][1] == "3"
    assert {c for d, _, c in found if d is None} == {"dropped"}  # the last two source sentences


def test_a_changed_number_is_a_changed_fact() -> None:
    found = codes("The talks drew ten states and 5,000 troops.", "The talks drew ten states and 7,000 troops.")
    assert "fact_changed" in found[0][2].split(";")


def test_reordered_sentences_are_moved_not_new() -> None:
    derived = (
        "A joint statement urged a donor conference under the United Nations. "
        "Russia hosted talks on Afghanistan on Wednesday with ten regional states."
    )
    found = codes(SOURCE, derived)
    changes = {d: c for d, _, c in found if d}
    assert "moved" in changes[1].split(";") or "moved" in changes[2].split(";")
    assert "new_material" not in changes.values()


def test_merged_and_split_sentences() -> None:
    source = "The minister arrived in Kabul on Monday. He met the acting prime minister at the palace."
    merged = "The minister arrived in Kabul on Monday and met the acting prime minister at the palace."
    assert codes(source, merged)[0][1:] == ("1;2", codes(source, merged)[0][2])
    assert codes(source, merged)[0][2].startswith("merged")
    split = "The minister arrived in Kabul. It was Monday when he met the acting prime minister at the palace."
    rows = codes("The minister arrived in Kabul on Monday, and he met the acting prime minister at the palace.", split)
    assert [r[1] for r in rows] == ["1", "1"] and rows[0][2].startswith("split")


def test_code_pair_words() -> None:
    changes, removed, added = code_pair("Russia had worked for years.", "Russia has reportedly worked hard.")
    assert "hedge_added" in changes and removed == "had for years" and added == "has reportedly hard"


@settings(max_examples=40)  # the space is small: sequences of the source's few sentences
@given(st.lists(st.sampled_from(SOURCE.split(". ")), min_size=1, max_size=6))
def test_every_derived_sentence_has_exactly_one_row_and_codes_come_from_the_scheme(parts: list[str]) -> None:
    derived = ". ".join(parts) + "."
    table = alignment_table(align(SOURCE, derived))
    derived_rows = table.dropna(subset=["derived"])
    assert list(derived_rows["derived"]) == sorted(set(derived_rows["derived"]))
    assert all(code in ALIGN_CODES for value in table["changes"] for code in value.split(";"))
    for row in derived_rows.itertuples():
        assert derived[int(row.derived_start) : int(row.derived_end)] == row.derived_text


def test_compare_command_writes_alignment_csv(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia has reportedly worked hard to build contacts with the movement.",
                                    encoding="utf-8")  # fmt: skip
    result = run_cli("compare", tmp_path / "a.txt", tmp_path / "b.txt", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "out" / "alignment.csv")
    assert list(table.columns)[:3] == ["row", "derived", "derived_start"] and len(table) == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\x00\x01binary", "looks binary"), (b"...", "has no sentences")],
    ids=["empty", "binary", "no-words"],
)
def test_compare_refuses_bad_input_and_writes_nothing(tmp_path, capsys, content: bytes, message: str) -> None:
    (tmp_path / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(content)
    status = main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "bad.txt"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and message in err and "bad.txt" in err
    assert not (tmp_path / "out").exists()
