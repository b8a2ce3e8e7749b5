"""Command line of the report: ``python -m article_report validate [PROJECT]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from article_analysis.errors import AnalysisError, DataError

from .curated import load_project
from .curated.package import validate_package


def validate(project: Path) -> str:
    """Load and cross-check every curated file of a project, and validate its data package (``datapackage.json``,
    where the project has one) with frictionless; return a one-line summary."""
    p = load_project(project)
    descriptor = project / "datapackage.json"
    package = ""
    if descriptor.is_file():
        problems = validate_package(descriptor)
        if problems:
            raise DataError(descriptor, f"{len(problems)} problem(s), the first: {problems[0]}")
        package = "data package (frictionless), "
    counts = {
        "actors": len(p["actors"]),
        "events": len(p["timeline"]),
        "participation rows": len(p["moscow_format"]),
        "claims": len(p["claims"]),
        "claim history rows": len(p["claim_history"]),
        "texts in the chain": len(p["versions"]),
        "edges between them": len(p["chain"]),
        "re-write rows": len(p["rewrite"]),
        "coverage rows": len(p["coverage"]),
        "sources": len(p["bibliography"].entries),
    }
    return "valid: article (checksum ok), " + package + ", ".join(f"{n} {what}" for what, n in counts.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m article_report", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="validate the article and every curated dataset of a project")
    check.add_argument("project", type=Path, nargs="?", default=Path("."), help="folder with data/ and references.bib")
    args = parser.parse_args(argv)
    try:
        print(validate(args.project))
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
