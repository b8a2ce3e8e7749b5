"""Errors the package raises for bad input.

Every expected failure (a missing file, an altered article, a malformed row) is an
:class:`AnalysisError` whose message names the file, and the row where there is one, so the
command line can print one line and exit non-zero instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class for every error caused by input rather than by a bug."""


class InputError(AnalysisError):
    """A file cannot be used as it is: missing, empty, binary, not UTF-8, altered."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DataError(AnalysisError):
    """A curated data file breaks its schema; ``row`` is the 1-based line number in the file, named
    "row" in a table and "line" in a text file such as a bibliography (``unit``)."""

    def __init__(self, path: Path | str, problem: str, row: int | None = None, unit: str = "row") -> None:
        self.path = Path(path)
        self.problem = problem
        self.row = row
        where = f"{self.path}, {unit} {row}" if row is not None else f"{self.path}"
        super().__init__(f"{where}: {problem}")


class OptionError(AnalysisError):
    """A value given on the command line (or to a function in its place) is not one the option takes; the
    message names the option and the value, not any file."""

    def __init__(self, option: str, problem: str) -> None:
        self.option = option
        self.problem = problem
        super().__init__(f"{option}: {problem}")
