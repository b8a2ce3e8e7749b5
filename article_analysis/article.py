"""Load an article with its metadata, and refuse one that is not the text it claims to be."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, OptionError
from .textio import decode_text, read_bytes, read_text, sha256_hex

#: Fields ``article.yml`` must carry, and what each one is.
METADATA_FIELDS: dict[str, str] = {
    "outlet": "the publication that ran the article",
    "headline": "the headline as published",
    "published": "publication date, YYYY-MM-DD",
    "url": "where the article was published (http or https)",
    "wire_service": "the news agency whose copy the article appends",
    "wire_reporter": "the agency reporter credited for that copy",
    "rights": "who holds the rights and on what basis the text is kept here",
    "sha256": "SHA-256 of the article file's bytes, 64 hex digits",
}


@dataclass(frozen=True)
class ArticleMeta:
    outlet: str
    headline: str
    published: dt.date
    url: str
    wire_service: str
    wire_reporter: str
    rights: str
    sha256: str


@dataclass(frozen=True)
class Article:
    """An article's text (as ``Path.read_text(encoding="utf-8")`` returns it) and what is known of it."""

    text: str
    published: dt.date
    path: Path | None = None
    meta: ArticleMeta | None = None


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def strict_date(value: str) -> dt.date | None:
    """The date ``value`` writes as YYYY-MM-DD (only that form: not "20211020", not "2021-W42-3"), or None."""
    if not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_date(value: Any, path: Path | str, field: str = "published") -> dt.date:
    """Accept a ``datetime.date`` or a ``YYYY-MM-DD`` string; anything else is a clear error."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and strict_date(value.strip()) is not None:
        return strict_date(value.strip())
    raise InputError(path, f"field '{field}' is not a date in YYYY-MM-DD form: {value!r}")


def load_metadata(path: Path | str) -> ArticleMeta:
    """Read and validate an ``article.yml``."""
    path = Path(path)
    raw = decode_text(read_bytes(path), path)
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InputError(path, f"is not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict):
        raise InputError(path, "must be a YAML mapping of field: value")
    missing = [name for name in METADATA_FIELDS if data.get(name) in (None, "")]
    if missing:
        raise InputError(path, f"missing field(s): {', '.join(missing)}")
    published = parse_date(data["published"], path)
    url = str(data["url"]).strip()
    if not url.startswith(("http://", "https://")):
        raise InputError(path, f"field 'url' is not an http(s) address: {url!r}")
    digest = str(data["sha256"]).strip().lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise InputError(path, "field 'sha256' is not 64 hex digits")
    return ArticleMeta(
        outlet=str(data["outlet"]).strip(),
        headline=str(data["headline"]).strip(),
        published=published,
        url=url,
        wire_service=str(data["wire_service"]).strip(),
        wire_reporter=str(data["wire_reporter"]).strip(),
        rights=str(data["rights"]).strip(),
        sha256=digest,
    )


def load_article(path: Path | str, meta_path: Path | str | None = None) -> Article:
    """Load the curated article: its text, with metadata from ``meta_path``.

    ``meta_path`` defaults to the file beside the article with the suffix ``.yml``. The file's
    SHA-256 must match the metadata, so an edited copy is refused rather than analysed.
    To analyse any other text, use :func:`load_text`.
    """
    path = Path(path)
    meta_path = Path(meta_path) if meta_path is not None else path.with_suffix(".yml")
    data = read_bytes(path)
    text = decode_text(data, path)
    meta = load_metadata(meta_path)
    actual = sha256_hex(data)
    if actual != meta.sha256:
        raise InputError(
            path,
            f"checksum mismatch: SHA-256 is {actual[:12]}..., {meta_path.name} says {meta.sha256[:12]}...; "
            "the file was altered (or the metadata belongs to another file)",
        )
    return Article(text=text, published=meta.published, path=path, meta=meta)


def publication_date(value: dt.date | str, option: str = "--published") -> dt.date:
    """A publication date given by a caller: a ``datetime.date`` or YYYY-MM-DD, nothing else."""
    if isinstance(value, dt.date):
        return value
    parsed = strict_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise OptionError(option, f"expected a date written YYYY-MM-DD, such as 2021-10-20; got {value!r}")
    return parsed


def load_text(path: Path | str, published: dt.date | str) -> Article:
    """Load any English article from a UTF-8 text file, with its publication date given explicitly."""
    published = publication_date(published)
    path = Path(path)
    return Article(text=read_text(path), published=published, path=path)
