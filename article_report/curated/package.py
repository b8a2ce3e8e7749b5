"""The curated data as a Frictionless Data Package: ``datapackage.json`` at the project root holds one Table Schema
per file of ``data/`` (types, required fields, enums drawn from :mod:`article_report.vocab`, patterns, primary keys
and foreign keys) and the bibliography as a resource. One spec for three uses: the loaders validate every file
against it here, the data pages render their column descriptions from it, and a re-user downloads it and runs
``frictionless validate datapackage.json``.

The descriptor sits at the root, not in ``data/``, because the Data Package spec forbids a resource path with
``../`` and ``references.bib`` is a resource too.

What a schema cannot say stays in the loaders: ';'-separated lists (sources, actors, timeline ids, attested_in,
change codes, kinds) whose items point into another table or the bibliography, since frictionless foreign keys
work on single values; references to BibTeX keys, since a ``.bib`` file is not a table; and every rule that reads
more than one cell (offsets that slice the article, verdicts that follow from stances, a settled verdict without
significance ...).

A file is checked on its own, then its single-valued references to other files are checked against the tables
already loaded, by the same ``foreignKeys`` declarations that ``frictionless`` applies to the whole package
(:func:`validate_package`). Every problem becomes one :class:`DataError` naming the file, the row and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from article_analysis.errors import DataError
from article_analysis.textio import read_csv_rows

#: The descriptor, beside ``references.bib`` and ``data/`` in the project the code belongs to.
DESCRIPTOR = Path(__file__).resolve().parents[2] / "datapackage.json"

#: What a cell of each type must look like, for the message that refuses it.
_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "date": "ISO 8601 (YYYY-MM-DD)",
    "datetime": "an ISO 8601 date-time",
    "boolean": "true or false",
}
_POSITION = re.compile(r"position (\d+)")


@lru_cache(maxsize=4)
def _load(path: str) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(path, f"is not a readable JSON data package descriptor ({exc})") from exc


def descriptor(path: Path | str = DESCRIPTOR) -> dict:
    """The data package descriptor (parsed once)."""
    return _load(str(path))


def resource(name: str, path: Path | str = DESCRIPTOR) -> dict:
    """The descriptor of one resource, by name."""
    for entry in descriptor(path)["resources"]:
        if entry["name"] == name:
            return entry
    raise KeyError(f"no resource named {name!r} in {path}")


def tables(path: Path | str = DESCRIPTOR) -> list[str]:
    """The names of the tabular resources (every CSV of ``data/``), in the descriptor's order."""
    return [r["name"] for r in descriptor(path)["resources"] if "schema" in r]


def fields(name: str) -> list[dict]:
    """The Table Schema fields of a resource."""
    return resource(name)["schema"]["fields"]


def field_names(name: str) -> list[str]:
    return [f["name"] for f in fields(name)]


def enums() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every enum of the package: (resource, field) -> the allowed values."""
    return {
        (r["name"], f["name"]): tuple(f["constraints"]["enum"])
        for r in descriptor()["resources"]
        for f in r.get("schema", {}).get("fields", [])
        if "enum" in f.get("constraints", {})
    }


def _own_schema(name: str) -> dict:
    """A resource's schema with only the foreign keys into itself: the ones a file can be checked by alone."""
    schema = dict(resource(name)["schema"])
    schema["foreignKeys"] = [k for k in schema.get("foreignKeys", []) if k["reference"]["resource"] == ""]
    return schema


def _names(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _message(error, name: str, file: str) -> str:
    """The one-line message for a frictionless error, in the book's words (``file``: the file a foreign key
    points into)."""
    by_name = {f["name"]: f for f in fields(name)}
    field = by_name.get(getattr(error, "field_name", None) or "", {})
    label, cell = field.get("name", ""), getattr(error, "cell", "")
    constraints = field.get("constraints", {})
    if error.type == "constraint-error":
        which = re.search(r'constraint "(\w+)"', error.note)
        kind = which.group(1) if which else ""
        if kind == "required":
            return f"no {label}: {field.get('description', 'a value is required')}"
        if kind == "enum":
            return f"{label} {cell!r} is not one of {', '.join(constraints['enum'])}"
        if kind == "pattern":
            return f"{label} {cell!r} is not {field.get('patternMeaning', 'of the form ' + constraints['pattern'])}"
        if kind in ("minimum", "maximum"):
            side = "below the least" if kind == "minimum" else "beyond the greatest"
            return f"{label} {cell} is {side} value allowed, {constraints[kind]}"
        if kind == "unique":
            return f"duplicate {label} {cell!r}"
    if error.type == "type-error":
        return f"{label} {cell!r} is not {_TYPE_WORDS.get(field.get('type', ''), field.get('type', ''))}"
    if error.type in ("primary-key", "unique-error"):
        keys = resource(name)["schema"].get("primaryKey", [])
        first = _POSITION.search(error.note)
        where = f" (first on row {first.group(1)})" if first else ""
        return f"duplicate {', '.join(_names(keys))}{where}"
    if error.type == "foreign-key":
        key = ", ".join(error.field_names)
        values = ", ".join(repr(v) for v in error.field_cells)
        return f"{key} {values} is not in {file}"
    return error.message


def check_table(path: Path | str, name: str) -> list[tuple[int, dict[str, str]]]:
    """Validate one file against its resource's schema and return its rows (row number, header = 1; values
    stripped). The first problem, in row order, is a :class:`DataError` naming the file, the row and the field."""
    from frictionless import Resource

    path = Path(path)
    rows = read_csv_rows(path, field_names(name))  # missing columns and ragged rows, named as before
    entry = {k: v for k, v in resource(name).items() if k not in ("path", "schema")}
    table = Resource({**entry, "path": path.name, "schema": _own_schema(name)}, basepath=str(path.parent))
    report = table.validate()
    errors = [e for task in report.tasks for e in task.errors]
    if errors:
        first = min(errors, key=lambda e: (getattr(e, "row_number", 0) or 0, getattr(e, "field_number", 0) or 0))
        raise DataError(path, _message(first, name, path.name), getattr(first, "row_number", None))
    return rows


def check_references(
    path: Path | str, name: str, rows: Iterable[tuple[int, dict[str, str]]], lookups: Mapping[str, Iterable[str]]
) -> None:
    """Check a file's single-valued foreign keys into other files (``foreignKeys`` of its schema) against the ids
    of the tables already loaded: ``lookups`` maps a resource name to its ids. An empty cell refers to nothing."""
    path = Path(path)
    known = {resource_name: set(ids) for resource_name, ids in lookups.items()}
    for key in resource(name)["schema"].get("foreignKeys", []):
        target = key["reference"]["resource"]
        if target == "":
            continue  # checked by frictionless with the file itself
        if target not in known:
            raise KeyError(f"{name}: no lookup given for the foreign key into {target!r}")
        (field,) = _names(key["fields"])
        for row, r in rows:
            if r[field] and r[field] not in known[target]:
                raise DataError(path, f"{field} {r[field]!r} is not in {Path(resource(target)['path']).name}", row)


def validate_package(path: Path | str = DESCRIPTOR) -> list[str]:
    """Validate the whole package with frictionless, foreign keys across files included: one line per problem
    ("data/claims.csv, row 5: ..."), empty when the package is valid."""
    from frictionless import Package

    path = Path(path)
    report = Package(str(path)).validate()
    problems = []
    for task in report.tasks:
        for error in task.errors:
            where = task.place or ""
            row = getattr(error, "row_number", None)
            name = task.name
            if name in tables(path):
                target = resource((getattr(error, "reference_name", "") or name), path)
                text = _message(error, name, Path(target["path"]).name)
            else:
                text = error.message
            problems.append(f"{where}, row {row}: {text}" if row else f"{where}: {text}")
    return problems


def vocabularies() -> dict[tuple[str, str], tuple[str, ...]]:
    """Where each enum of the package comes from: (resource, field) -> the book's vocabulary in
    :mod:`article_report.vocab` (the actor kinds: the analyzer's). The package states the values so that a re-user
    needs no code; :func:`vocabulary_drift` keeps the two equal."""
    from article_analysis.actors.gazetteer import ACTOR_KINDS

    from .. import vocab as v

    provenance = ("versions", "rewrite", "respin", "coverage")
    pairs = {
        ("actors", "kind"): ACTOR_KINDS,
        ("timeline", "precision"): ("day", "month", "year"),
        ("timeline", "category"): v.TIMELINE_CATEGORIES,
        ("timeline", "verified"): ("yes", "no"),
        ("moscow_format", "status"): v.STATUSES,
        ("claims", "kind"): v.CLAIM_KINDS,
        ("claims", "category"): v.CLAIM_CATEGORIES,
        ("claims", "verdict"): v.VERDICTS,
        ("claims", "significance"): v.SIGNIFICANCE,
        ("claims", "introduced_by"): v.INTRODUCED_BY,
        ("claim_sources", "stance"): v.STANCES,
        ("claim_sources", "differs"): tuple(v.DIFFERENCES),
        ("claim_history", "stage"): v.HISTORY_STAGES,
        ("claim_history", "verdict_before"): v.VERDICTS,
        ("claim_history", "verdict_after"): v.VERDICTS,
        ("versions", "relation"): v.RELATIONS,
        ("versions", "stored"): v.STORED,
        ("chain", "relation"): v.CHAIN_RELATIONS,
        ("chain", "confidence"): v.CONFIDENCE,
        ("rewrite", "by"): v.CHANGED_BY,
        ("rewrite", "confidence"): v.CONFIDENCE,
        ("respin", "by"): v.CHANGED_BY,
        ("respin", "confidence"): v.CONFIDENCE,
        ("coverage", "kind"): ("fact", "voice"),
        ("coverage", "status"): v.COVERAGE_STATUSES,
        ("second_reading", "table"): (*provenance[:1], "chain", *provenance[1:], "numbers"),
        ("second_reading", "reader"): v.PROPOSERS,
        ("second_reading", "decision"): v.RESOLUTIONS,
    }
    pairs.update({(name, "found_again"): v.FOUND_AGAIN for name in provenance})
    return pairs


def vocabulary_drift(
    package_enums: Mapping[tuple[str, str], tuple[str, ...]] | None = None,
    book: Mapping[tuple[str, str], tuple[str, ...]] | None = None,
) -> list[str]:
    """Where the package's enums and the book's vocabularies differ (empty when they agree): an enum no
    vocabulary stands behind, a vocabulary the package does not state, or other values or order."""
    package_enums = enums() if package_enums is None else package_enums
    book = vocabularies() if book is None else book
    problems = [f"{r}.{f}: enum without a vocabulary in the book" for r, f in sorted(set(package_enums) - set(book))]
    problems += [f"{r}.{f}: vocabulary not stated in the package" for r, f in sorted(set(book) - set(package_enums))]
    for key in sorted(set(package_enums) & set(book)):
        if tuple(package_enums[key]) != tuple(book[key]):
            problems.append(
                f"{key[0]}.{key[1]}: the package says {list(package_enums[key])}, the book {list(book[key])}"
            )
    return problems


__all__ = [
    "DESCRIPTOR",
    "check_references",
    "check_table",
    "descriptor",
    "enums",
    "field_names",
    "fields",
    "resource",
    "tables",
    "validate_package",
    "vocabularies",
    "vocabulary_drift",
]
