"""Per-chapter functions: the facts each chapter's prose quotes, its figures and its tables."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def all_facts() -> dict[str, object]:
    """Every chapter's facts in one mapping, for the pages written in Markdown (the ``fact`` role)."""
    from ..book import load_book
    from . import actors, anatomy, framing, history, landing, methods, provenance

    book = load_book()
    merged: dict[str, object] = {}
    for module in (anatomy, provenance, actors, framing, history, landing, methods):
        merged.update(module.facts(book))
    return merged
