"""Command line: ``python -m article_analysis analyze ARTICLE --published DATE --out DIR``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .article import Article, load_article, load_text
from .errors import AnalysisError, InputError
from .pipeline import analyze


def _check_out_dir(out: Path) -> None:
    """Refuse an --out we could not fill before any work is done."""
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out exists and is not a directory")
    parent = out if out.exists() else out.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(out, f"--out is not writable ({parent} does not allow writing)")


def write_tables(tables: dict, out: Path) -> list[Path]:
    """Write every table as CSV into ``out``, all or nothing.

    The files are written into a temporary folder beside ``out`` first and moved in only when
    all of them are complete, so a failure leaves ``out`` as it was.
    """
    _check_out_dir(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".analyze-", dir=out.parent))
    except OSError as exc:
        raise InputError(out, f"--out is not writable ({exc.strerror})") from exc
    try:
        for name, table in tables.items():
            table.to_csv(staging / f"{name}.csv", index=False, lineterminator="\n")
        out.mkdir(exist_ok=True)
        written = []
        for name in tables:
            target = out / f"{name}.csv"
            os.replace(staging / f"{name}.csv", target)
            written.append(target)
        return written
    except OSError as exc:
        raise InputError(out, f"cannot write results ({exc.strerror or exc})") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m article_analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("analyze", help="write the analysis tables of one article as CSV files")
    run.add_argument("article", type=Path, help="UTF-8 text file of the article")
    when = run.add_mutually_exclusive_group(required=True)
    when.add_argument("--published", help="publication date, YYYY-MM-DD")
    when.add_argument("--meta", type=Path, help="article.yml with metadata and checksum (verified)")
    run.add_argument("--out", type=Path, required=True, help="folder for the CSV files")
    return parser


def _load(args: argparse.Namespace) -> Article:
    if args.meta is not None:
        return load_article(args.article, args.meta)
    return load_text(args.article, args.published)


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        _check_out_dir(args.out)
        article = _load(args)
        analysis = analyze(article)
        written = write_tables(analysis.tables, args.out)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} tables to {args.out}: {', '.join(p.name for p in written)}")
    return 0
