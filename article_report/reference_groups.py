"""The references page's groups: every bibliography entry in exactly one group, by what kind of text it is,
so that a phone reader meets seven folded lines with their counts instead of 300 entries (issue 22).

The groups follow the source hierarchy of ``references.bib`` (:mod:`article_report.curated.sources`): the
article and the agency story it re-writes first (any entry the Associated Press or Newsweek produced, copies
included), then the other producers by type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .curated.sources import Source

#: The producers of the article and of the story it re-writes, as the bibliography spells them.
ARTICLE_PRODUCERS = ("Newsweek", "Associated Press")


@dataclass(frozen=True)
class Group:
    name: str
    title: str
    holds: Callable[[Source], bool]


def _other(*types: str) -> Callable[[Source], bool]:
    return lambda s: s.producer not in ARTICLE_PRODUCERS and s.type in types


GROUPS = (
    Group("article", "The article and the Associated Press's texts", lambda s: s.producer in ARTICLE_PRODUCERS),
    Group("agencies", "Other news agencies' reports", _other("agency")),
    Group("outlets", "Other outlets' own reports", _other("outlet")),
    Group("copies", "Copies and relays of those reports on other sites", _other("syndicated", "mirror")),
    Group("official", "Official statements and documents", _other("primary")),
    Group("scholarship", "Scholarship, reference works and methods", _other("scholarly", "reference")),
    Group("software", "Software and data", _other("software")),
)


def group_of(source: Source) -> str:
    """The name of the one group ``source`` belongs to; an entry no group takes is an error, named."""
    found = [g.name for g in GROUPS if g.holds(source)]
    if len(found) != 1:
        raise ValueError(f"bibliography entry {source.key!r} ({source.type}) falls in {len(found)} groups: {found}")
    return found[0]


def members(sources: dict[str, Source], name: str) -> list[str]:
    """The keys of group ``name``, sorted as the bibliography sorts them (by key, ignoring case)."""
    if name not in {g.name for g in GROUPS}:
        raise ValueError(f"no reference group named {name!r}; known: {', '.join(g.name for g in GROUPS)}")
    return sorted((k for k, s in sources.items() if group_of(s) == name), key=str.lower)


def title(name: str) -> str:
    return next(g.title for g in GROUPS if g.name == name)


def filter_expression(keys: list[str]) -> str:
    """A sphinxcontrib-bibtex ``:filter:`` that keeps exactly ``keys`` (the filter compares keys in lower case)."""
    return "key in {" + ", ".join(repr(k.lower()) for k in keys) + "}"
