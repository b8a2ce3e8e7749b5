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


# --- Output you can trust: the manifest, no stale tables, encodings named, dates strict ---------------

SHORT = "Bridge Reopens\n\nThe mayor said the bridge would reopen on Friday, three days later than planned.\n"


def _article(tmp_path: Path, content: bytes | str = SHORT, name: str = "short.txt") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_manifest_records_inputs_options_tables_and_version(tmp_path: Path) -> None:
    import hashlib
    import json

    article = _article(tmp_path)
    out = tmp_path / "o"
    result = run_cli("analyze", article, "--published", "2024-03-01", "--topics", DATA / "topics.csv", "--out", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tool"] == "article_analysis" and manifest["command"] == "analyze"
    assert manifest["input"]["sha256"] == hashlib.sha256(article.read_bytes()).hexdigest()
    assert manifest["published"] == "2024-03-01"
    assert manifest["options"]["topics"]["sha256"] == hashlib.sha256((DATA / "topics.csv").read_bytes()).hexdigest()
    assert manifest["options"]["actors"] is None and manifest["version"]
    tables = sorted(p.name for p in out.glob("*.csv"))
    assert sorted(manifest["tables"]) == tables and "topics.csv" in tables
    for name, entry in manifest["tables"].items():
        data = (out / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["rows"] == len(pd.read_csv(out / name))


def test_a_second_run_leaves_exactly_its_own_tables(tmp_path: Path) -> None:
    article, out = _article(tmp_path), tmp_path / "o"
    first = run_cli("analyze", article, "--published", "2024-03-01", "--actors", DATA / "actors.csv",
                    "--topics", DATA / "topics.csv", "--out", out)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert {"mentions.csv", "actors.csv", "topics.csv"} <= {p.name for p in out.iterdir()}
    (out / "notes.csv").write_text("mine\n1\n", encoding="utf-8")  # a file the tool never wrote
    second = run_cli("analyze", article, "--published", "2024-03-01", "--out", out)
    assert second.returncode == 0, second.stderr
    import json

    listed = set(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["tables"])
    assert {p.name for p in out.glob("*.csv")} == listed | {"notes.csv"}
    assert not {"mentions.csv", "actors.csv", "cooccurrence.csv", "labels.csv", "topics.csv"} & listed
    assert "notes.csv" in second.stderr and "left as they are" in second.stderr


def test_a_table_changed_since_the_tool_wrote_it_is_not_removed(tmp_path: Path) -> None:
    article, out = _article(tmp_path), tmp_path / "o"
    assert run_cli("analyze", article, "--published", "2024-03-01", "--topics", DATA / "topics.csv",
                   "--out", out).returncode == 0  # fmt: skip
    (out / "topics.csv").write_text("edited by hand\n", encoding="utf-8")
    result = run_cli("analyze", article, "--published", "2024-03-01", "--out", out)
    assert result.returncode == 0 and (out / "topics.csv").read_text(encoding="utf-8") == "edited by hand\n"
    assert "topics.csv" in result.stderr and "changed" in result.stderr


def test_compare_writes_a_manifest_too(tmp_path: Path) -> None:
    import json

    source = _article(tmp_path, "The council approved the budget on Monday. Taxes will rise.\n", "source.txt")
    derived = _article(tmp_path, "The council reportedly approved the budget on Monday.\n", "derived.txt")
    result = run_cli("compare", source, derived, "--out", tmp_path / "c")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["command"] == "compare" and list(manifest["tables"]) == ["alignment.csv", "reuse.csv"]
    assert manifest["source"]["path"].endswith("source.txt") and manifest["derived"]["sha256"]


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("utf-16", "UTF-16 (little-endian) text (byte order mark)"), ("utf-16-be", "UTF-16 (big-endian) text"),
     ("utf-16-le", "UTF-16 (little-endian) text without a byte order mark"), ("utf-32", "UTF-32")],
)  # fmt: skip
def test_utf16_and_utf32_are_named(tmp_path: Path, encoding: str, named: str) -> None:
    data = SHORT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    article = _article(tmp_path, data, "wide.txt")
    result = run_cli("analyze", article, "--published", "2024-03-01", "--out", tmp_path / "o")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert named in result.stderr and "wide.txt" in result.stderr and "looks binary" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_a_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    article = _article(tmp_path, b"\xef\xbb\xbf" + SHORT.encode("utf-8"))
    out = tmp_path / "o"
    assert run_cli("analyze", article, "--published", "2024-03-01", "--out", out).returncode == 0
    blocks = read(out, "blocks")
    assert blocks.iloc[0]["text"] == "Bridge Reopens" and blocks.iloc[0]["start"] == 0


@pytest.mark.parametrize(
    "value", ["2021/10/20", "20211020", "2021-W42-3", "2021-10-20T00:00", "2021-02-30", "tomorrow"]
)
def test_published_takes_only_yyyy_mm_dd_and_its_error_names_the_option(tmp_path: Path, value: str) -> None:
    article = _article(tmp_path, name="secret-name.txt")
    result = run_cli("analyze", article, "--published", value, "--out", tmp_path / "o")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "--published" in result.stderr and value in result.stderr and "secret-name" not in result.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_publication_at_the_ends_of_the_calendar(tmp_path: Path, published: str) -> None:
    from . import iso8601

    text = SHORT + "\nIt was closed last year, 10000 years later, 99999999 days ago and at 3:75 p.m. on Friday.\n"
    out = tmp_path / "o"
    result = run_cli("analyze", _article(tmp_path, text), "--published", published, "--out", out)
    assert result.returncode == 0, result.stderr
    dates = read(out, "dates")
    assert len(dates) and all(iso8601.parse(v) for v in dates["value"])
    assert not dates["text"].str.contains("10000|99999999|3:75").any()  # out of range: skipped


def test_every_value_claiming_iso_8601_parses_strictly(out: Path) -> None:
    from . import iso8601

    dates = read(out, "dates")
    assert len(dates) > 10
    assert all(iso8601.parse(v) for v in dates["value"])
    assert all(iso8601.parse(v) == "week" for v in dates["iso_week"] if v)
