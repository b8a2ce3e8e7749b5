"""The curated actor gazetteer (``data/actors.csv``): load it and refuse a broken one, row by row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..textio import read_csv_rows

ACTOR_KINDS = ("person", "state", "organisation", "armed_group", "place", "diplomatic_format", "group", "media")
ACTOR_COLUMNS = (
    "id", "name", "kind", "affiliation", "roles", "aliases", "demonyms", "metonyms", "iso_a3", "source", "note",
)  # fmt: skip
#: What each column of ``actors.csv`` holds (the data page of the book renders this).
ACTOR_COLUMN_DOCS = {
    "id": "Wikidata QID where one was confirmed in a source read, otherwise a stable lower-case slug",
    "name": "canonical name (a mention of it matches as 'name')",
    "kind": "one of: " + ", ".join(ACTOR_KINDS),
    "affiliation": "id of the state or organisation the actor belongs to (empty if none)",
    "roles": "titles a text can refer to the actor by, ';'-separated, lower case; used only if the text names them",
    "aliases": "other names and spellings, ';'-separated, case as written",
    "demonyms": "adjectives and demonyms ('Russian'), ';'-separated",
    "metonyms": "words that stand for the actor where they act ('Kremlin'); may repeat a place's name",
    "iso_a3": "ISO 3166-1 alpha-3 code(s) for the map: one for a state, its members for a group of states",
    "source": "BibTeX keys in references.bib where the id, names and roles were confirmed, ';'-separated",
    "note": "free text: choices and doubts",
}
_ID_RE = re.compile(r"^(?:Q[1-9]\d*|[a-z][a-z0-9_]*)$")
_ISO_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    affiliation: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    iso_a3: tuple[str, ...]
    source: tuple[str, ...]
    note: str

    def forms(self) -> list[tuple[str, str]]:
        """Every (surface form, match type) this actor can be named by."""
        found = [(self.name, "name")]
        found += [(a, "alias") for a in self.aliases if a != self.name]
        found += [(d, "demonym") for d in self.demonyms]
        found += [(m, "metonym") for m in self.metonyms]
        found += [(r, "role") for r in self.roles]
        return found


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _key(form: str) -> str:
    return " ".join(form.split()).lower()


def load_gazetteer(path: Path | str) -> list[Actor]:
    """Read and validate ``actors.csv``; a broken row raises :class:`DataError` naming the row."""
    path = Path(path)
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    for row_number, row in read_csv_rows(path, ACTOR_COLUMNS):
        actor_id = row["id"].strip()
        if not _ID_RE.match(actor_id):
            raise DataError(path, f"id {actor_id!r} is neither a Wikidata QID (Q123) nor a lower-case slug", row_number)
        if actor_id in seen:
            raise DataError(path, f"duplicate id {actor_id!r} (first on row {seen[actor_id]})", row_number)
        seen[actor_id] = row_number
        if not row["name"].strip():
            raise DataError(path, "empty name", row_number)
        kind = row["kind"].strip()
        if kind not in ACTOR_KINDS:
            raise DataError(path, f"unknown kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}", row_number)
        iso = _split(row["iso_a3"])
        if any(not _ISO_RE.match(code) for code in iso):
            raise DataError(path, f"iso_a3 must be three capital letters: {row['iso_a3']!r}", row_number)
        if not _split(row["source"]):
            raise DataError(path, "no source: every actor cites where it was confirmed", row_number)
        actors.append(
            Actor(
                actor_id, row["name"].strip(), kind, row["affiliation"].strip(), _split(row["roles"]),
                _split(row["aliases"]), _split(row["demonyms"]), _split(row["metonyms"]), iso,
                _split(row["source"]), row["note"].strip(),
            )
        )  # fmt: skip
    _check_references(path, actors, seen)
    _check_shared_forms(path, actors, seen)
    return actors


def _check_references(path: Path, actors: list[Actor], rows: dict[str, int]) -> None:
    for actor in actors:
        if actor.affiliation and actor.affiliation not in rows:
            raise DataError(path, f"affiliation {actor.affiliation!r} is not an actor id", rows[actor.id])


def _check_shared_forms(path: Path, actors: list[Actor], rows: dict[str, int]) -> None:
    """A surface form may name two actors only when one of them uses it as a metonym."""
    owners: dict[str, tuple[str, str]] = {}
    for actor in actors:
        for form, match_type in actor.forms():
            key = _key(form)
            if key in owners and owners[key][0] != actor.id:
                other_id, other_type = owners[key]
                if "metonym" not in (match_type, other_type):
                    raise DataError(
                        path,
                        f"ambiguous alias {form!r}: also names {other_id!r} and no rule chooses between them "
                        "(only a metonym may share another actor's name)",
                        rows[actor.id],
                    )
            owners.setdefault(key, (actor.id, match_type))
