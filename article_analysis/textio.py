"""Read a text file the way the whole package expects it, refusing what is not text."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections.abc import Iterable
from pathlib import Path

from .errors import DataError, InputError


def read_bytes(path: Path | str) -> bytes:
    """Return the file's bytes, with a clear error when it is missing or not a regular file."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not a text file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc


# Byte order marks of the encodings a text editor may save in instead of UTF-8 (UTF-32 first: its
# little-endian mark begins with UTF-16's).
_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)"), (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)"),
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)"), (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
)  # fmt: skip


def _utf16_without_mark(data: bytes) -> str:
    """ "little-endian" or "big-endian" when the bytes look like UTF-16 without a byte order mark (mostly
    ASCII text: every other byte is NUL), else ''."""
    sample = data[:4096]
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "little-endian"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "big-endian"
    return ""


def decode_text(data: bytes, path: Path | str) -> str:
    """Decode UTF-8 the way ``Path.read_text(encoding="utf-8-sig")`` does, refusing binary data and naming
    the encoding of a file saved as UTF-16 or UTF-32.

    A UTF-8 byte order mark is dropped (it is not part of the text: kept, it would open the headline).
    Newlines are translated as text mode does (``\\r\\n`` and ``\\r`` become ``\\n``), so offsets
    computed on the result are offsets into ``Path.read_text(encoding="utf-8-sig")`` (the same as
    ``encoding="utf-8"`` for a file without the mark).
    """
    for mark, name in _OTHER_ENCODINGS:
        if data.startswith(mark):
            raise InputError(path, f"is {name} text (byte order mark), not UTF-8: convert it to UTF-8 first")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\x00")
    if nul >= 0:
        order = _utf16_without_mark(data)
        if order:
            raise InputError(path, f"looks like UTF-16 ({order}) text without a byte order mark, not UTF-8: "
                                   "convert it to UTF-8 first")  # fmt: skip
        raise InputError(path, f"looks binary (NUL byte at offset {nul}), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from exc
    if not text.strip():
        raise InputError(path, "is empty (no text to analyse)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path | str) -> str:
    """Read a UTF-8 text file; the result equals ``Path(path).read_text(encoding="utf-8-sig")``."""
    return decode_text(read_bytes(path), path)


def sha256_hex(data: bytes) -> str:
    """SHA-256 of the bytes, as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def read_csv_rows(path: Path | str, columns: Iterable[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a curated CSV as (line number, stripped values), with the file's own errors named:
    a missing column, a row with the wrong number of fields, a file with only a header."""
    path = Path(path)
    reader = csv.DictReader(io.StringIO(read_text(path)))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(path, f"missing column(s): {', '.join(missing)}", row=1)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataError(path, "wrong number of fields", number)
        rows.append((number, {k: (v or "").strip() for k, v in row.items()}))
    if not rows:
        raise DataError(path, "no rows (the file has only a header)")
    return rows
