"""Command line of the analyzer.

python -m article_analysis analyze ARTICLE --published YYYY-MM-DD --out DIR [--actors CSV] [--topics CSV]
python -m article_analysis compare SOURCE DERIVED --out DIR

Bad input (a file, a row, an option) stops it with one line on stderr and exit status 2, before anything
is written. The tables and ``manifest.json`` go into ``--out`` together (see :mod:`.output`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .actors.gazetteer import load_gazetteer
from .article import Article, load_article, publication_date
from .errors import AnalysisError, InputError
from .framing.topics import load_topics
from .output import check_out_dir, file_record, write_run
from .pipeline import analyze
from .reuse.align import align, alignment_table, reuse_summary, units
from .structure.tokens import count_words
from .textio import decode_text, read_bytes, read_text


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m article_analysis", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("analyze", help="write the analysis tables of one article as CSV files")
    run.add_argument("article", type=Path, help="UTF-8 text file of the article")
    when = run.add_mutually_exclusive_group(required=True)
    when.add_argument("--published", help="publication date, YYYY-MM-DD")
    when.add_argument("--meta", type=Path, help="article.yml with metadata and checksum (verified)")
    run.add_argument("--out", type=Path, required=True, help="folder for the CSV files and manifest.json")
    run.add_argument(
        "--actors", type=Path, help="actor gazetteer (CSV, as data/actors.csv): adds mentions, actors, cooccurrence"
    )
    run.add_argument("--topics", type=Path, help="topic lexicon (CSV, as data/topics.csv): adds topics.csv")
    compare = sub.add_parser("compare", help="align a derived text with its source, sentence by sentence")
    compare.add_argument("source", type=Path, help="UTF-8 text the other one re-uses")
    compare.add_argument("derived", type=Path, help="UTF-8 text that re-uses it")
    compare.add_argument("--out", type=Path, required=True,
                         help="folder for alignment.csv, reuse.csv and manifest.json")  # fmt: skip
    return parser


def _analyze(args: argparse.Namespace) -> tuple[dict, dict[str, Any]]:
    published = publication_date(args.published) if args.published is not None else None
    actors = load_gazetteer(args.actors) if args.actors is not None else None
    topics = load_topics(args.topics) if args.topics is not None else None
    if args.meta is not None:
        article = load_article(args.article, args.meta)  # verifies the file's SHA-256 against the metadata
        data = read_bytes(args.article)
    else:
        data = read_bytes(args.article)
        article = Article(text=decode_text(data, args.article), published=published, path=args.article)
    analysis = analyze(article, actors, topics)
    tables = {name: analysis.tables[name] for name in analysis.tables}
    run = {
        "command": "analyze",
        "input": file_record(args.article, data),
        "published": article.published.isoformat(),
        "options": {
            "meta": file_record(args.meta, read_bytes(args.meta)) if args.meta is not None else None,
            "actors": file_record(args.actors, read_bytes(args.actors)) if args.actors is not None else None,
            "topics": file_record(args.topics, read_bytes(args.topics)) if args.topics is not None else None,
        },
    }
    return tables, run


def _compare(args: argparse.Namespace) -> tuple[dict, dict[str, Any]]:
    source, derived = read_text(args.source), read_text(args.derived)
    for path, text in ((args.source, source), (args.derived, derived)):
        if not any(count_words(u.text) for u in units(text)):
            raise InputError(path, "has no sentences to align (no words outside punctuation)")
    run = {
        "command": "compare",
        "source": file_record(args.source, read_bytes(args.source)),
        "derived": file_record(args.derived, read_bytes(args.derived)),
    }
    pairs = align(source, derived)
    return {"alignment": alignment_table(pairs), "reuse": reuse_summary(pairs)}, run


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        check_out_dir(args.out)
        tables, run = _compare(args) if args.command == "compare" else _analyze(args)
        written, notes = write_run(tables, run, args.out)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"wrote {len(written)} tables to {args.out}: {', '.join(p.name for p in written)}, and manifest.json")
    return 0
