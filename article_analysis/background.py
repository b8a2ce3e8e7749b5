"""Work on a long document done by a second process while the stages that depend on each other run.

Time expressions, readability and the sentence-similarity tables need the document and nothing else, so
on a long text (see :data:`article_analysis.structure.sentences.PARALLEL_FROM`) with more than one core
they are computed by one forked process (it starts with the document in memory: nothing is copied to
it) while the main process runs people, quotations, speech and the rest. Every function involved is
pure, so the results are those of the same calls made in turn; ``ARTICLE_ANALYSIS_WORKERS=1`` (or
``workers=1``) keeps everything in one process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .document import Document
from .structure.sentences import PARALLEL_FROM, default_workers

#: The stage results and the tables that need only the document.
RESULTS = ("dates",)
TABLES = ("readability", "retelling", "near_duplicates")

_document: Document | None = None  # what a forked worker finds in memory


def _compute(name: str) -> Any:
    from .tables import TABLES
    from .timex import find_time_expressions

    if name == "dates":
        return find_time_expressions(_document)
    return TABLES[name].build(_document, {})


def worth_it(doc: Document, workers: int | None) -> bool:
    workers = default_workers() if workers is None else workers
    return workers >= 2 and len(doc.text) >= PARALLEL_FROM


def start(doc: Document, names: Iterable[str] = RESULTS + TABLES) -> dict[str, Future]:
    """Begin computing ``names`` (stage results and tables) in a forked process; each future gives the value
    the call would give here."""
    global _document
    _document = doc
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        futures = {name: pool.submit(_compute, name) for name in names}  # the worker forks at the first one
        pool.shutdown(wait=False)  # it ends once its work is done
    finally:
        _document = None
    return futures
