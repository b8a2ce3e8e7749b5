"""The loader: the curated article loads and verifies; every kind of bad input is refused clearly."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from article_analysis import InputError, load_article, load_metadata, load_text
from article_analysis.article import METADATA_FIELDS

from .conftest import DATA, run_cli

SEED_SHA256 = "6f0c3f3201f2da386897eebdd2623fdd390fc8d692d30f609018119d346e6286"


def test_curated_article_is_the_seed_byte_for_byte(root: Path) -> None:
    data = (DATA / "article.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    seed = root.parent / "shared" / "seed" / "000_a9b927ba00c7e3ac.txt"
    if seed.exists():  # present beside a checkout; CI clones carry it too
        assert seed.read_bytes() == data


def test_load_article_returns_text_and_metadata(article_path: Path) -> None:
    article = load_article(article_path)
    assert article.text == article_path.read_text(encoding="utf-8")
    assert article.published == dt.date(2021, 10, 20)
    assert article.meta.outlet == "Newsweek"
    assert article.meta.wire_service == "Associated Press"
    assert article.meta.sha256 == SEED_SHA256
    assert article.text.startswith(article.meta.headline)


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path]:
    text, meta = tmp_path / "article.txt", tmp_path / "article.yml"
    shutil.copy(DATA / "article.txt", text)
    shutil.copy(DATA / "article.yml", meta)
    return text, meta


def _rewrite_meta(meta: Path, **changes: object) -> None:
    data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    meta.write_text(yaml.safe_dump(data), encoding="utf-8")


def test_missing_article(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found") as info:
        load_article(tmp_path / "nope.txt", DATA / "article.yml")
    assert "nope.txt" in str(info.value)


def test_altered_article_is_refused(copy: tuple[Path, Path]) -> None:
    text, meta = copy
    text.write_bytes(text.read_bytes().replace(b"10-year war", b"11-year war"))
    with pytest.raises(InputError, match="checksum mismatch") as info:
        load_article(text, meta)
    assert str(text) in str(info.value)


@pytest.mark.parametrize("field", list(METADATA_FIELDS))
def test_metadata_missing_a_field(copy: tuple[Path, Path], field: str) -> None:
    text, meta = copy
    _rewrite_meta(meta, **{field: None})
    with pytest.raises(InputError, match=f"missing field\\(s\\): {field}") as info:
        load_article(text, meta)
    assert str(meta) in str(info.value)


@pytest.mark.parametrize("bad", ["2021-13-45", "20 October 2021", "2021/10/20", "yesterday"])
def test_metadata_malformed_date(copy: tuple[Path, Path], bad: str) -> None:
    _, meta = copy
    _rewrite_meta(meta, published=bad)
    with pytest.raises(InputError, match="'published' is not a date") as info:
        load_metadata(meta)
    assert str(meta) in str(info.value)


def test_metadata_bad_checksum_and_url(copy: tuple[Path, Path]) -> None:
    _, meta = copy
    _rewrite_meta(meta, sha256="abc")
    with pytest.raises(InputError, match="64 hex digits"):
        load_metadata(meta)
    _rewrite_meta(meta, sha256=SEED_SHA256, url="newsweek.com/x")
    with pytest.raises(InputError, match="not an http"):
        load_metadata(meta)


def test_metadata_not_a_mapping(tmp_path: Path) -> None:
    meta = tmp_path / "m.yml"
    meta.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="mapping"):
        load_metadata(meta)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n\t  \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        (b"Caf\xe9 au lait, na\xefve.", "not valid UTF-8"),
    ],
)
def test_loader_refuses_bad_text(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_text(path, "2021-10-20")
    assert str(path) in str(info.value)


def test_loader_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_text(tmp_path, "2021-10-20")


def test_load_text_reads_like_path_read_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Headline\r\n\r\nBody “quoted” text.\r\n".encode())
    article = load_text(path, dt.date(2022, 1, 3))
    assert article.text == path.read_text(encoding="utf-8")
    assert article.meta is None


# The command line: one clear line on stderr, a non-zero exit, no traceback.


def _assert_clean_failure(result, *needles: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_cli_missing_article(tmp_path: Path) -> None:
    result = run_cli("analyze", tmp_path / "missing.txt", "--published", "2021-10-20", "--out", tmp_path / "o")
    _assert_clean_failure(result, "missing.txt", "file not found")
    assert not (tmp_path / "o").exists()


def test_cli_altered_article(copy: tuple[Path, Path], tmp_path: Path) -> None:
    text, meta = copy
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    result = run_cli("analyze", text, "--meta", meta, "--out", tmp_path / "o")
    _assert_clean_failure(result, "article.txt", "checksum mismatch")
    assert not (tmp_path / "o").exists()


def test_cli_bad_metadata(copy: tuple[Path, Path], tmp_path: Path) -> None:
    text, meta = copy
    _rewrite_meta(meta, published="2021-02-30")
    result = run_cli("analyze", text, "--meta", meta, "--out", tmp_path / "o")
    _assert_clean_failure(result, "article.yml", "published")


def test_cli_bad_published_option(article_path: Path, tmp_path: Path) -> None:
    result = run_cli("analyze", article_path, "--published", "20/10/2021", "--out", tmp_path / "o")
    _assert_clean_failure(result, "--published")
