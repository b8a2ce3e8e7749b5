"""Command line of the analyzer.

python -m article_analysis analyze ARTICLE --published DATE --out DIR [--actors CSV] [--topics CSV]
python -m article_analysis compare SOURCE DERIVED --out DIR
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .actors.gazetteer import load_gazetteer
from .article import Article, load_article, load_text
from .errors import AnalysisError, InputError
from .framing.topics import load_topics
from .pipeline import analyze
from .reuse.align import align, alignment_table, units
from .structure.tokens import count_words
from .textio import read_text


def _existing_ancestor(out: Path) -> Path:
    folder = out
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _check_out_dir(out: Path) -> Path:
    """Refuse an --out we could not fill, before any work is done; return its nearest existing folder."""
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out exists and is not a directory")
    anchor = _existing_ancestor(out)
    if not anchor.is_dir():
        raise InputError(out, f"--out cannot be created: {anchor} is a file, not a folder")
    if not os.access(anchor, os.W_OK | os.X_OK):
        raise InputError(out, f"--out is not writable ({anchor} does not allow writing)")
    return anchor


def write_tables(tables: dict, out: Path) -> list[Path]:
    """Write every table as CSV into ``out``, all or nothing.

    The files are written into a temporary folder in ``out``'s nearest existing folder and moved
    in only once all of them are complete, so a failure leaves nothing behind.
    """
    anchor = _check_out_dir(out)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".analyze-", dir=anchor))
    except OSError as exc:
        raise InputError(out, f"--out is not writable ({exc.strerror or exc})") from exc
    try:
        for name, table in tables.items():
            table.to_csv(staging / f"{name}.csv", index=False, lineterminator="\n")
        out.mkdir(parents=True, exist_ok=True)
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
    run.add_argument(
        "--actors", type=Path, help="actor gazetteer (CSV, as data/actors.csv): adds mentions, actors, cooccurrence"
    )
    run.add_argument("--topics", type=Path, help="topic lexicon (CSV, as data/topics.csv): adds topics.csv")
    compare = sub.add_parser("compare", help="align a derived text with its source, sentence by sentence")
    compare.add_argument("source", type=Path, help="UTF-8 text the other one re-uses")
    compare.add_argument("derived", type=Path, help="UTF-8 text that re-uses it")
    compare.add_argument("--out", type=Path, required=True, help="folder for alignment.csv")
    return parser


def _load(args: argparse.Namespace) -> Article:
    if args.meta is not None:
        return load_article(args.article, args.meta)
    return load_text(args.article, args.published)


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        _check_out_dir(args.out)
        if args.command == "compare":
            source, derived = read_text(args.source), read_text(args.derived)
            for path, text in ((args.source, source), (args.derived, derived)):
                if not any(count_words(u.text) for u in units(text)):
                    raise InputError(path, "has no sentences to align (no words outside punctuation)")
            written = write_tables({"alignment": alignment_table(align(source, derived))}, args.out)
            print(f"wrote {args.out / 'alignment.csv'}")
            return 0
        actors = load_gazetteer(args.actors) if args.actors is not None else None
        topics = load_topics(args.topics) if args.topics is not None else None
        article = _load(args)
        analysis = analyze(article, actors, topics)
        written = write_tables(analysis.tables, args.out)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} tables to {args.out}: {', '.join(p.name for p in written)}")
    return 0
