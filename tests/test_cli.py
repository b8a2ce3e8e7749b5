"""The analyze command end to end on the article, and its refusals of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from .conftest import DATA, run_cli


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("analysis") / "out"
    result = run_cli("analyze", DATA / "article.txt", "--meta", DATA / "article.yml", "--out", folder)
    assert result.returncode == 0, result.stderr
    return folder


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", keep_default_na=False)


def test_writes_the_tables_with_their_columns(out: Path) -> None:
    assert list(read(out, "blocks").columns)[:7] == [
        "block",
        "kind",
        "section",
        "start",
        "end",
        "words",
        "sentences",
    ]
    assert {"start", "end", "text", "speaker", "attribution", "cue"} <= set(read(out, "quotes").columns)
    assert {"start", "end", "text", "speaker", "cue"} <= set(read(out, "speech").columns)
    assert {"start", "end", "text", "words"} <= set(read(out, "sentences").columns)


def test_spans_slice_back_into_the_article(out: Path, article_text: str) -> None:
    for name in ("blocks", "sentences", "quotes", "speech"):
        table = read(out, name)
        for row in table.itertuples():
            assert article_text[row.start : row.end] == str(row.text), (name, row)


def test_structure_a_reader_can_check(out: Path, article_text: str) -> None:
    blocks = read(out, "blocks")
    assert blocks.iloc[0]["kind"] == "headline"
    assert article_text.startswith(blocks.iloc[0]["text"])
    handover = blocks[blocks["kind"] == "handover"]
    assert list(handover["text"]) == ["For more reporting from the Associated Press, see below:"]
    at = handover.index[0]
    body = blocks[blocks["kind"] == "paragraph"]
    assert set(body.loc[: at - 1, "section"]) == {"outlet"}
    assert set(body.loc[at + 1 :, "section"]) == {"wire"}
    assert list(blocks.loc[blocks["kind"] == "credit", "text"]) == [
        "Getty",
        "AP Photo/Alexander Zemlianichenko, Pool",
    ]
    assert list(blocks.loc[blocks["kind"] == "caption_keywords", "text"]) == ["Taliban Russia"]
    # The AP photo's caption is the wire's; the Getty photo's is not.
    credits = blocks[blocks["kind"] == "credit"].set_index("text")["section"]
    assert credits["AP Photo/Alexander Zemlianichenko, Pool"] == "wire" and credits["Getty"] == "outlet"


def test_who_is_quoted(out: Path) -> None:
    quotes = read(out, "quotes")
    speech = quotes[quotes["kind"] == "speech"]
    assert set(speech["speaker"]) == {"Sergey Lavrov", "Abdul Salam Hanafi"}
    terms = quotes[quotes["kind"] == "term"]
    assert list(terms["text"]) == ['"extended troika"']
    top_diplomat = speech[speech["speaker_text"] == "Russia's top diplomat"]
    assert list(top_diplomat["speaker"]) == ["Sergey Lavrov"] and list(top_diplomat["attribution"]) == ["role"]
    hanafi = speech[speech["speaker"] == "Abdul Salam Hanafi"]
    assert hanafi.iloc[0]["text"].startswith('"the meeting is very important')


def test_reported_speech(out: Path) -> None:
    speech = read(out, "speech")
    rows = set(zip(speech["speaker"], speech["cue"], strict=True))
    assert ("Vladimir Putin", "noted") in rows
    assert ("Sergey Lavrov", "commended") in rows
    assert ("Associated Press", "reported") in rows
    assert ("Russian officials", "said") in rows


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\x00\x01\x02binary", "looks binary"), (b"... --- !!!\n\n***", "no paragraphs")],
)
def test_bad_article_gives_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    out = tmp_path / "out"
    result = run_cli("analyze", article, "--published", "2021-10-20", "--out", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert message in result.stderr and "bad.txt" in result.stderr
    assert not out.exists()


def test_directory_as_article(tmp_path: Path) -> None:
    result = run_cli("analyze", tmp_path, "--published", "2021-10-20", "--out", tmp_path / "out")
    assert result.returncode == 2 and "is a directory" in result.stderr
    assert not (tmp_path / "out").exists()


def test_out_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("analyze", DATA / "article.txt", "--published", "2021-10-20", "--out", blocker / "out")
    assert result.returncode == 2 and "is a file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, which refuses new folders even to root")
def test_unwritable_out() -> None:
    result = run_cli("analyze", DATA / "article.txt", "--published", "2021-10-20", "--out", "/proc/article-out")
    assert result.returncode == 2 and "not writable" in result.stderr and "Traceback" not in result.stderr


def test_failure_leaves_existing_out_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.csv").write_text("a\n1\n", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run_cli("analyze", bad, "--published", "2021-10-20", "--out", out)
    assert result.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == ["keep.csv"]


def test_any_other_article(tmp_path: Path) -> None:
    article = tmp_path / "other.txt"
    shutil.copy(DATA / "article.txt", article)
    article.write_text("Short Headline\n\nThe mayor said the bridge would reopen on Friday.\n", encoding="utf-8")
    result = run_cli("analyze", article, "--published", "2024-03-01", "--out", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert len(read(tmp_path / "o", "blocks")) == 2


def test_python_m_article_analysis_works_as_a_user_types_it(tmp_path: Path) -> None:
    """The one run in a separate interpreter: the module's entry point, exit codes and streams."""
    article = tmp_path / "short.txt"
    article.write_text("Bridge Reopens\n\nThe mayor said the bridge would reopen on Friday.\n", encoding="utf-8")
    result = run_cli("analyze", article, "--published", "2024-03-01", "--out", tmp_path / "o", separate=True)
    assert result.returncode == 0 and "wrote" in result.stdout and not result.stderr
    result = run_cli("analyze", tmp_path / "missing.txt", "--published", "2024-03-01", "--out", tmp_path / "p",
                     separate=True)  # fmt: skip
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "missing.txt" in result.stderr
