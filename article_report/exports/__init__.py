"""The book's findings in the formats the field reads: schema.org ClaimReview for the verdicts
(:mod:`.claimreview`) and W3C Web Annotations on the article's text (:mod:`.annotations`). Both are written at
build time from the curated data (:func:`write_all`), never committed."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

#: Where the build writes the generated files, under the project root (the data pages offer them for download).
GENERATED = Path("_build") / "generated"


def write_json(path: Path, data: object) -> Path:
    """Write ``data`` as UTF-8 JSON, whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the book serves it to anyone
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_all(root: Path) -> list[Path]:
    """Write ``claimreview.json`` and ``annotations.jsonld`` into ``root / GENERATED``."""
    from ..book import load_book
    from .annotations import annotation_collection
    from .claimreview import claim_reviews

    book = load_book()
    target = root / GENERATED
    return [
        write_json(target / "claimreview.json", claim_reviews(book)),
        write_json(target / "annotations.jsonld", annotation_collection(book)),
    ]


__all__ = ["GENERATED", "write_all", "write_json"]
