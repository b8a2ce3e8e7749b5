"""The bibliography and its source hierarchy: what kind of source each entry is, whose it is, and
how many independent sources stand behind a verdict.

Every entry of ``references.bib`` carries

- ``sourcetype``: primary, agency, outlet, syndicated, mirror, reference, scholarly or software
  (:data:`article_report.vocab.SOURCE_TYPES`);
- ``producer``: the organisation that produced the content (for a copy, the original's producer);
- ``affiliation``: ``independent``, or ``state:XXX`` (ISO 3166 alpha-3) for a government body or a
  state-owned or state-controlled medium;
- for a syndicated copy or a mirror, ``copyof``: the key of the original, or "<producer>: <title>"
  when the original is not stored; and for a mirror ``sourcenote``: why it is kept.

Independence: copies of one producer's reports count once, and every medium of one state counts as
that state, so the unit of independence is the affiliation for state sources and the producer for
independent ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pybtex.database import BibliographyData, parse_string
from pybtex.scanner import PybtexError

from article_analysis.errors import DataError
from article_analysis.textio import decode_text, read_bytes

from ..vocab import SOURCE_TYPES

_AFFILIATION = re.compile(r"^(?:independent|state:[A-Z]{3})$")
_KEY_LIKE = re.compile(r"^[a-z0-9_]+$")
COPY_TYPES = ("syndicated", "mirror")


@dataclass(frozen=True)
class Source:
    key: str
    type: str
    producer: str
    affiliation: str
    copy_of: str
    note: str

    @property
    def unit(self) -> str:
        """The unit of independence: the state for a state source, the producer for an independent one."""
        return self.affiliation if self.affiliation.startswith("state:") else f"producer:{self.producer}"

    @property
    def state(self) -> str:
        """The ISO-3 code of the state a state source belongs to, or ''."""
        return self.affiliation.removeprefix("state:") if self.affiliation.startswith("state:") else ""


_ENTRY_START = re.compile(r"^@\w+\{([^,\s]+),", re.M)


def _entry_lines(text: str) -> dict[str, int]:
    """The line each entry starts on, by key, in one pass (a search per key is quadratic)."""
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in _ENTRY_START.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def load_bibliography(path: Path | str) -> BibliographyData:
    """Parse ``references.bib``; a syntax error or a duplicate key is a :class:`DataError`."""
    path = Path(path)
    text = decode_text(read_bytes(path), path)
    try:
        return parse_string(text, "bibtex")
    except PybtexError as exc:
        raise DataError(path, f"is not valid BibTeX ({exc})") from exc


def load_sources(path: Path | str, bibliography: BibliographyData | None = None) -> dict[str, Source]:
    """The typed source of every bibliography entry; a missing or inconsistent field names the entry's line."""
    path = Path(path)
    text = decode_text(read_bytes(path), path)
    bibliography = bibliography or load_bibliography(path)
    sources: dict[str, Source] = {}
    lines = _entry_lines(text)
    for key, entry in bibliography.entries.items():
        fields = {k.lower(): str(v).strip() for k, v in entry.fields.items()}
        line = lines.get(key)

        def fail(problem: str, key: str = key, line: int | None = line) -> None:
            raise DataError(path, f"entry {key!r}: {problem}", line, unit="line")

        kind = fields.get("sourcetype", "")
        if kind not in SOURCE_TYPES:
            fail(f"sourcetype {kind!r} is not one of {', '.join(SOURCE_TYPES)}")
        if not fields.get("producer"):
            fail("no producer (the organisation that produced the content)")
        affiliation = fields.get("affiliation", "")
        if not _AFFILIATION.match(affiliation):
            fail(f"affiliation {affiliation!r} is neither 'independent' nor 'state:XXX' (ISO 3166 alpha-3)")
        copy_of = fields.get("copyof", "")
        if kind in COPY_TYPES and not copy_of:
            fail(f"a {kind} copy must say what it copies (copyof: the original's key, or 'producer: title')")
        if copy_of and _KEY_LIKE.match(copy_of) and copy_of not in bibliography.entries:
            fail(f"copyof {copy_of!r} looks like a key but is not in the bibliography")
        note = fields.get("sourcenote", "")
        if kind == "mirror" and not note:
            fail("a mirror copy is kept only with a sourcenote saying why (no original or reputable copy stored)")
        sources[key] = Source(key, kind, fields["producer"], affiliation, copy_of, note)
    return sources


def independence(keys: list[str], sources: dict[str, Source]) -> dict[str, object]:
    """How independent the sources behind a verdict are.

    ``independent``: the number of distinct units (see :attr:`Source.unit`); ``units``: their names;
    ``states``: the states whose own sources are among them.
    """
    units = sorted({sources[k].unit for k in keys if k in sources})
    states = sorted({sources[k].state for k in keys if k in sources and sources[k].state})
    return {"independent": len(units), "units": units, "states": states}


def rests_on_own_side(subject: str, keys: list[str], sources: dict[str, Source]) -> bool:
    """A claim about a state's conduct that rests only on that state's own sources."""
    chosen = [sources[k] for k in keys if k in sources]
    return bool(subject and chosen and all(s.state == subject for s in chosen))
