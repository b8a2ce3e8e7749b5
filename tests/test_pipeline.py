"""The pipeline: a list of pure stages a caller can run in part, whose results never change once given."""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from article_analysis.actors.gazetteer import load_gazetteer
from article_analysis.document import Document
from article_analysis.pipeline import PIPELINE, Stage, run_stages
from article_analysis.speech.coref import resolve_references
from article_analysis.tables import Tables

from .conftest import DATA, ROOT

TEXT = """Council Backs Plan

Mayor Ana Ruiz said the bridge would reopen on Friday. "We are ready," she said. Union leader Mark Olsen
disagreed. "It is too early," he said, adding that repairs would take weeks.
"""


def doc() -> Document:
    return Document.from_text(TEXT, dt.date(2024, 3, 1))


def test_a_caller_runs_the_first_stages_only() -> None:
    results = run_stages(doc(), PIPELINE[:3])
    assert set(results) == {"people", "attributed", "reported"}
    # Before the references stage, a pronoun is not yet a person.
    assert [(q.speaker, q.attribution) for q in results["attributed"]] == [("", "pronoun"), ("", "pronoun")]
    tables = Tables(doc(), results)
    assert "quotes" not in tables and "dates" not in tables and "blocks" in tables


def test_the_whole_pipeline_and_what_each_stage_gives() -> None:
    results = run_stages(doc(), gazetteer=load_gazetteer(DATA / "actors.csv"))
    for stage in PIPELINE:
        assert all(name in results for name in stage.gives), stage.name
    assert [q.speaker for q in results["quotes"] if q.kind == "speech"] == ["Ana Ruiz", "Mark Olsen"]


def test_a_stage_without_its_input_is_left_out_with_those_after_it() -> None:
    results = run_stages(doc())  # no gazetteer: no mentions, no labels
    assert "mentions" not in results and "labels" not in results and "dates" in results


def test_a_stage_needing_what_no_earlier_stage_gives_is_an_error() -> None:
    with pytest.raises(ValueError, match="needs attributed"):
        run_stages(doc(), [PIPELINE[2]])
    with pytest.raises(TypeError, match="unknown input"):
        run_stages(doc(), lexicon=None)


def test_results_and_document_cannot_be_changed() -> None:
    document = doc()
    results = run_stages(document)
    with pytest.raises(TypeError):
        results["quotes"] = ()  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        document.text = ""  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        results["quotes"][0].speaker = "someone else"  # type: ignore[misc]
    with pytest.raises(TypeError):
        results["people"].persons["Ana Ruiz"] = None  # type: ignore[index]


def test_stages_return_new_rows_and_leave_what_they_are_given_as_it_was() -> None:
    document = doc()
    results = run_stages(document, PIPELINE[:4])
    attributed, reported, people = results["attributed"], results["reported"], results["people"]
    before = (list(attributed), list(reported), dict(people.persons), list(people.mentions))
    quotes, _ = resolve_references(document, attributed, reported, results["speakers"])
    assert (list(attributed), list(reported), dict(people.persons), list(people.mentions)) == before
    assert [q.speaker for q in attributed] != [q.speaker for q in quotes]  # pronouns were resolved in new rows
    assert results["speakers"] is not people and set(people.persons) <= set(results["speakers"].persons)


def test_a_stage_may_not_replace_an_earlier_result() -> None:
    """A stage in the old style, rewriting quotations after the fact under the same name, is refused."""
    rewrite = Stage("rewrite", ("attributed",), ("attributed",), lambda doc, r: {"attributed": ()})
    with pytest.raises(ValueError, match="gives attributed, which stage 'quotations' gave already"):
        run_stages(doc(), [*PIPELINE[:2], rewrite])


# --- Definitions made once ----------------------------------------------------------------------------


def _tuple_literals(path: Path) -> list[tuple[str, ...]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple) and node.elts and all(isinstance(e, ast.Constant) for e in node.elts):
            found.append(tuple(e.value for e in node.elts))
    return found


KIND_SETS = ({"headline", "paragraph", "caption"}, {"caption", "caption_keywords", "credit"})


def spelled_kind_sets(package: Path) -> list[str]:
    paths = sorted(package.rglob("*.py"))
    return [f"{p.relative_to(package)}: {t}" for p in paths for t in _tuple_literals(p) if set(t) in KIND_SETS]


def test_block_kinds_are_spelled_out_once() -> None:
    spelled = spelled_kind_sets(ROOT / "article_analysis")
    assert len(spelled) == 2 and all(s.startswith("structure/blocks.py") for s in spelled), spelled


def test_the_once_check_can_fail(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "article_analysis"
    shutil.copytree(ROOT / "article_analysis", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "framing" / "planted.py").write_text('KINDS = ("paragraph", "caption", "headline")\n', encoding="utf-8")
    assert len(spelled_kind_sets(copy)) == 3
