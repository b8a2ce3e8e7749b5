"""Writing a run's tables: all or nothing, with a manifest, and without an earlier run's leftovers.

``--out`` ends up holding exactly this run's tables and ``manifest.json``, which records what the run
read (each file's path and SHA-256, the publication date, the options), what it wrote (each table's
rows and SHA-256) and the package version. The manifest is also how the tool knows which files in the
folder are its own: a later run into the same folder removes the tables the previous manifest lists and
this run does not write, if they are still as the tool wrote them (same SHA-256); it never touches a
file no manifest lists, and says so when the folder holds CSV files it does not know.

Everything is written into a temporary folder beside the results first and moved in only once all of
it is complete, so a failure leaves the folder as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import InputError

MANIFEST = "manifest.json"
TOOL = "article_analysis"


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("article-analysis")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_record(path: Path, data: bytes) -> dict[str, Any]:
    """What the manifest says of a file the run read: its path as given, its size and SHA-256."""
    return {"path": str(path), "bytes": len(data), "sha256": _sha256(data)}


def _existing_ancestor(out: Path) -> Path:
    folder = out
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_out_dir(out: Path) -> Path:
    """Refuse an --out we could not fill, before any work is done; return its nearest existing folder."""
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out exists and is not a directory")
    anchor = _existing_ancestor(out)
    if not anchor.is_dir():
        raise InputError(out, f"--out cannot be created: {anchor} is a file, not a folder")
    if not os.access(anchor, os.W_OK | os.X_OK):
        raise InputError(out, f"--out is not writable ({anchor} does not allow writing)")
    return anchor


def _previous_tables(out: Path) -> dict[str, str]:
    """The tables an earlier run wrote into ``out`` (file name -> SHA-256), from its manifest."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(manifest, dict) or manifest.get("tool") != TOOL or not isinstance(manifest.get("tables"), dict):
        return {}
    return {
        name: entry["sha256"]
        for name, entry in manifest["tables"].items()
        # Only a table, by its plain name in this folder: a manifest never leads the tool anywhere else.
        if isinstance(entry, dict)
        and isinstance(entry.get("sha256"), str)
        and Path(name).name == name
        and name.endswith(".csv")
    }


def write_run(tables: Mapping[str, pd.DataFrame], run: dict[str, Any], out: Path) -> tuple[list[Path], list[str]]:
    """Write every table as CSV and the manifest into ``out``, all or nothing; remove an earlier run's
    tables this run does not write. Returns the tables written and notes for the user."""
    anchor = check_out_dir(out)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".analyze-", dir=anchor))
    except OSError as exc:
        raise InputError(out, f"--out is not writable ({exc.strerror or exc})") from exc
    try:
        records = {}
        for name, table in tables.items():
            data = table.to_csv(index=False, lineterminator="\n").encode("utf-8")
            (staging / f"{name}.csv").write_bytes(data)
            records[f"{name}.csv"] = {"rows": len(table), "sha256": _sha256(data)}
        manifest = {"tool": TOOL, "version": package_version(), **run, "tables": records}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        previous = _previous_tables(out)
        written = []
        for name in records:
            os.replace(staging / name, out / name)
            written.append(out / name)
        notes = _remove_stale(out, previous, set(records))
        os.replace(staging / MANIFEST, out / MANIFEST)
        return written, notes
    except OSError as exc:
        raise InputError(out, f"cannot write results ({exc.strerror or exc})") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_stale(out: Path, previous: dict[str, str], current: set[str]) -> list[str]:
    notes = []
    for name, digest in sorted(previous.items()):
        path = out / name
        if name in current or not path.is_file():
            continue
        if _sha256(path.read_bytes()) == digest:
            path.unlink()
        else:
            notes.append(f"left {path}: an earlier run wrote it, but it has changed since")
    unknown = sorted(p.name for p in out.glob("*.csv") if p.name not in current and p.name not in previous)
    if unknown:
        notes.append(f"{out} also holds {', '.join(unknown)}, which no manifest of this tool lists: left as they are")
    return notes
