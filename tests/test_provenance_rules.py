"""The provenance chapter's rules, as tests: the code book applied the same way everywhere, evidence a reader can
check, every row read a second time, and every number of the chapter computed. Each rule is shown to fail on a
planted violation.

``test_every_provenance_row_has_its_second_reading`` fails until the second readers have read every row: that is
the point of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from article_analysis.errors import DataError
from article_report.book import load_book
from article_report.chapters import landing, provenance
from article_report.curated.provenance import (
    ANCHOR_WORDS,
    code_rule_violations,
    load_chain,
    load_rewrite,
    load_versions,
    second_reading_violations,
)
from article_report.paths import curated_data
from article_report.vocab import CHANGE_CODES

from .conftest import DATA, ROOT

CHAPTER = ROOT / "chapters" / "02_provenance.ipynb"
READ_TABLES = ("versions", "chain", "rewrite", "respin", "coverage")


@pytest.fixture(scope="module")
def data() -> dict:
    return curated_data()


@pytest.fixture(scope="module")
def people(data: dict) -> set[str]:
    """The names and aliases of the gazetteer's people (curated data, not words taken from the article)."""
    return {n for a in data["actors"] if a.kind == "person" for n in (a.name, *a.aliases)}


def _rows(**changes: str) -> pd.DataFrame:
    """One re-write row, as the loader returns it, with the given fields."""
    row = {"row": 2, "codes": ["paraphrase"], "source_words": "", "rewrite_words": "", "second_reading": "agreed"}
    row.update(changes)
    return pd.DataFrame([row])


# --- The code book -------------------------------------------------------------------------------------------


def test_every_code_of_every_row_is_in_the_book(data: dict) -> None:
    for name in ("rewrite", "respin"):
        used = {code for codes in data[name]["codes"] for code in codes}
        assert used <= set(CHANGE_CODES), used - set(CHANGE_CODES)


def test_a_code_outside_the_book_fails(tmp_path: Path, data: dict) -> None:
    text = (DATA / "rewrite.csv").read_text(encoding="utf-8").replace(",speaker_blurred;", ",names_blurred;", 1)
    (tmp_path / "rewrite.csv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="change 'names_blurred' is not one of"):
        load_rewrite(
            tmp_path / "rewrite.csv", data["versions"], set(data["bibliography"].entries), data["article"].text
        )


def test_the_codes_agree_with_the_words_in_every_row(data: dict, people: set[str]) -> None:
    for name in ("rewrite", "respin"):
        assert code_rule_violations(data[name], people) == [], name


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (_rows(source_words="Russia had worked for years", rewrite_words="Russia has reportedly worked"),
         "needs hedge_added"),
        (_rows(source_words="the Ministry said", rewrite_words="the Ministry maintained"), "needs hedge_added"),
        (_rows(source_words="the apparent contradiction", rewrite_words="the contradiction"), "needs hedge_removed"),
        (_rows(source_words="Lavrov said that Russia would", rewrite_words="Russian officials said the country would"),
         "needs speaker_blurred"),
        (_rows(codes=["hedge_added"], source_words="had worked", rewrite_words="has worked hard"),
         "no distancing word"),
        (_rows(codes=["hedge_removed"], source_words="the contradiction", rewrite_words="a contradiction"),
         "no qualifying word"),
        (_rows(codes=["speaker_blurred"], source_words="Lavrov said", rewrite_words="he said"), "no group"),
    ],
)  # fmt: skip
def test_a_row_whose_codes_disagree_with_its_words_fails(row: pd.DataFrame, problem: str, people: set[str]) -> None:
    problems = code_rule_violations(row, people)
    assert len(problems) == 1 and problem in problems[0] and "row 2" in problems[0], problems


def test_one_hedge_for_another_is_a_paraphrase(people: set[str]) -> None:
    row = _rows(source_words="has reportedly worked hard", rewrite_words="is said to have worked hard")
    assert code_rule_violations(row, people) == []


def test_the_same_change_gets_the_same_code_everywhere(data: dict, people: set[str]) -> None:
    """A named minister blurred into "Russian officials" is one code wherever it happens (the lede and the
    caption alike)."""
    rows = data["rewrite"]
    named = rows["source_words"].map(lambda words: any(re.search(rf"\b{re.escape(n)}\b", words) for n in people))
    blurred = rows[named & rows["rewrite_words"].str.contains("officials", regex=False)]
    assert len(blurred) >= 2 and all("speaker_blurred" in codes for codes in blurred["codes"])


# --- Evidence a reader can check -----------------------------------------------------------------------------


def test_every_anchor_is_short_and_every_row_says_what_was_read(data: dict) -> None:
    for name in ("versions", "rewrite", "respin", "coverage"):
        table = data[name]
        anchors = table["evidence"] if name == "coverage" else table["anchor"]
        assert anchors.map(lambda a: len(a.split()) <= ANCHOR_WORDS).all(), name
        assert table["read_on"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all(), name
        assert table["found_again"].isin(["yes", "no", "n/a"]).all(), name


def test_a_long_anchor_or_a_missing_read_date_fails(tmp_path: Path, data: dict) -> None:
    keys = set(data["bibliography"].entries)
    text = (DATA / "versions.csv").read_text(encoding="utf-8")
    long = " ".join(["word"] * (ANCHOR_WORDS + 1))
    (tmp_path / "versions.csv").write_text(
        text.replace("set to host the Taliban and other Afghan factions", long, 1), encoding="utf-8"
    )
    with pytest.raises(DataError, match="at most 10"):
        load_versions(tmp_path / "versions.csv", keys)
    (tmp_path / "versions.csv").write_text(text.replace(",2026-12-02,yes,", ",yesterday,yes,", 1), encoding="utf-8")
    with pytest.raises(DataError, match="read_on 'yesterday'"):
        load_versions(tmp_path / "versions.csv", keys)


def test_every_link_of_the_chain_has_a_confidence_and_evidence(data: dict) -> None:
    chain = data["chain"]
    assert chain["confidence"].isin(["certain", "likely", "uncertain"]).all()
    assert (chain["evidence"] != "").all() and (chain["sources"] != "").all()
    # The article's base text is a link of the chain, not a guess of the chapter.
    base = chain[(chain["text"] == "newsweek") & (chain["relation"] == "rewrite_of")]
    assert len(base) == 1


def test_a_link_without_evidence_fails(tmp_path: Path, data: dict) -> None:
    text = (DATA / "chain.csv").read_text(encoding="utf-8").splitlines()
    parts = text[1].split(",")
    parts[3] = "probably"
    (tmp_path / "chain.csv").write_text("\n".join([text[0], ",".join(parts), *text[2:]]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="confidence 'probably' is not one of"):
        load_chain(tmp_path / "chain.csv", data["versions"], set(data["bibliography"].entries))


def test_the_claims_table_shows_only_the_claims_words() -> None:
    book = load_book()
    claims = provenance.claim_origins(book).set_index("id")
    for cid, row in claims.iterrows():
        for part in re.findall(r'Newsweek: "([^"]*)"', row["differ"]):
            assert part in row["quote"], (cid, part)


def test_a_sentence_diff_outside_the_claim_is_not_shown() -> None:
    origins = pd.DataFrame(
        [{"start": 0, "end": 40, "version": "ap-x", "origin": "rewrite", "source_words": "Lavrov said",
          "rewrite_words": "Russian officials said"}]
    )  # fmt: skip
    assert provenance.claim_words_differ("the country would soon", 25, 40, origins) == "AP had the same words"
    shown = provenance.claim_words_differ("Russian officials said the", 0, 26, origins)
    assert shown == 'AP: "Lavrov said" / Newsweek: "Russian officials said"'


def test_no_table_cell_of_the_chapter_is_cut() -> None:
    book = load_book()
    for table in (provenance.matter_table, provenance.wire_errors_table, provenance.chain_table,
                  provenance.texts_table, provenance.claims_origin_table, provenance.dropped_table,
                  provenance.respin_table):  # fmt: skip
        assert "…" not in table(book), table.__name__


# --- One number, one function ---------------------------------------------------------------------------------


def test_the_landing_page_chapter_and_annotated_article_state_the_same_numbers() -> None:
    from article_report import annotated

    book = load_book()
    prov = provenance.facts(book)
    keys = landing.facts(book)
    for key in ("from_ap", "from_base", "changed", "outlet_sentences", "base", "headline_paragraph"):
        assert keys[f"key_{key}"] == prov[f"prov_{key}"], key
    assert provenance.origin_legend(book) in annotated.render().replace("&#x27;", "'")


def _prose(cells: list[dict]) -> str:
    """The markdown cells' text without what the computation fills in or what is not prose: glue roles and
    directives, cross-references, citations, inline code, directive options."""
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    text = re.sub(r"\{(?:glue:\w+|doc|cite:p|cite:t|ref|fact)\}`[^`]*`", " ", text)
    text = re.sub(r"^```\{[\w:]+\}.*$", " ", text, flags=re.M)
    text = re.sub(r"^:\w+:.*$", " ", text, flags=re.M)
    text = re.sub(r"`[^`]*`", " ", text)
    return text


#: Numerals a rule allows in the chapter's prose: a year inside a quoted title ("... in 2003 ..."), nothing else.
_ALLOWED = re.compile(r'"[^"]*\b(?:19|20)\d\d\b[^"]*"')


def numerals_outside_glue(cells: list[dict]) -> list[str]:
    prose = _ALLOWED.sub(" ", _prose(cells))
    return re.findall(r"[^\s]*\d[^\s]*", prose)


def test_every_number_in_the_chapter_prose_is_glued() -> None:
    cells = json.loads(CHAPTER.read_text(encoding="utf-8"))["cells"]
    assert numerals_outside_glue(cells) == []


def test_a_typed_number_in_the_chapter_prose_fails() -> None:
    cells = json.loads(CHAPTER.read_text(encoding="utf-8"))["cells"]
    planted = [*cells, {"cell_type": "markdown", "source": ["Of the 14 sentences, {glue:text}`prov_from_ap` ..."]}]
    assert numerals_outside_glue(planted) == ["14"]
    quoted = [{"cell_type": "markdown", "source": ['AP: "designated the group a terrorist organization in 2003"']}]
    assert numerals_outside_glue(quoted) == []


# --- Second reading ---------------------------------------------------------------------------------------------


def test_a_row_without_a_finished_second_reading_fails() -> None:
    table = pd.DataFrame(
        {"row": [2, 3, 4, 5], "second_reading": ["agreed", "changed: the anchor is in p4", "pending", "ok"]}
    )
    problems = second_reading_violations({"rewrite": table})
    assert [p.split(":")[0] for p in problems] == ["rewrite, row 4", "rewrite, row 5"]


def test_every_provenance_row_has_its_second_reading(data: dict) -> None:
    """Fails until every row of every provenance table has been read again by a reader who did not make it."""
    problems = second_reading_violations({name: data[name] for name in READ_TABLES})
    assert problems == [], f"{len(problems)} rows without a finished second reading, e.g. {problems[:3]}"
