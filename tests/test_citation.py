"""CITATION.cff: valid Citation File Format 1.2.0 (against the official schema, vendored in tests/cff/ with its
source and licence), and the source of the landing page's "Cite this report" block."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from article_report.citation import citation_html, load_citation

from .conftest import ROOT

SCHEMA = Path(__file__).parent / "cff" / "schema-1.2.0.json"


class _StringDates(yaml.SafeLoader):
    """YAML with dates kept as written: the CFF schema validates dates as strings."""


_StringDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _problems(text: str) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    data = yaml.load(text, Loader=_StringDates)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]


def test_the_vendored_schema_is_cff_1_2_0() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    assert schema["required"] == ["authors", "cff-version", "message", "title"]


def test_citation_cff_is_valid_cff_1_2_0() -> None:
    assert _problems((ROOT / "CITATION.cff").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("cff-version: 1.2.0", "cff-version: 1.1.0", "cff-version"),
        ("license: MIT", "license: MIT-ish", "license"),
        ("    date-published: 2021-10-20", "    date-published: 20 October 2021", "references/0/date-published"),
        ('title: "Aid, talks', 'titel: "Aid, talks', "(top)"),
    ],
)
def test_a_broken_citation_is_refused(old: str, new: str, where: str) -> None:
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert old in text
    problems = _problems(text.replace(old, new, 1))
    assert any(p.startswith(where) for p in problems), problems


def test_the_cite_block_says_what_the_file_says() -> None:
    meta = load_citation()
    html = citation_html()
    assert meta["title"] in html and meta["authors"][0]["name"] in html and meta["version"] in html
    assert "CITATION.cff" in html and "MIT" in html
