"""How the article was made: the chain of texts (``versions.csv``), where each sentence came from and
how it changed (``rewrite.csv``), and which facts and voices each text carried (``coverage.csv``).

Other outlets' texts are not kept: they are represented by facts and by the few words that differ,
quoted as evidence with the key of the copy read.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError
from article_analysis.textio import read_csv_rows

from ..vocab import CHANGE_CODES, COVERAGE_STATUSES, RELATIONS
from .checks import ID_RE, check_choice, check_int, check_keys, check_unique, split_keys

VERSION_COLUMNS = {
    "id": "slug of the text (ap-v1, newsweek, respin-..., report-...)",
    "label": "short name for tables and figures",
    "outlet": "who published the copy read",
    "relation": "one of: " + ", ".join(RELATIONS),
    "based_on": "id of the text it derives from (empty for wire originals and independent reports)",
    "headline": "headline as published",
    "byline": "byline as published, or empty",
    "published": "ISO 8601 date (YYYY-MM where only the month is known), or date and time with offset",
    "order": "order of the wire versions within the day (1, 2, ...), empty for other texts",
    "order_evidence": "the evidence for that order: time stamps, headline changes, tense, added material",
    "url": "address of the stored copy read",
    "source": "BibTeX key of that copy",
    "note": "what is special about this copy (partial, mirror only, ...)",
}
REWRITE_COLUMNS = {
    "start": "offset of the article's sentence in data/article.txt (empty for a dropped source paragraph)",
    "end": "end offset of that sentence",
    "text": "the sentence, exactly article[start:end]",
    "version": "id in versions.csv of the closest source sentence, or empty when none was found",
    "paragraph": "paragraph number of that sentence in that version (1 = the dateline paragraph)",
    "change": "';'-separated codes: " + ", ".join(CHANGE_CODES),
    "evidence": 'only the words that differ: AP: "…" / Newsweek: "…"',
    "source": "BibTeX key(s) of the copy read",
    "note": "one line",
}
COVERAGE_COLUMNS = {
    "fact": "slug of a fact or voice of the event",
    "label": "a short name for the fact (the same on every row of a fact), for figures",
    "kind": "fact or voice",
    "description": "what the fact is (the same on every row of a fact)",
    "version": "id in versions.csv",
    "status": "one of: " + ", ".join(COVERAGE_STATUSES),
    "evidence": "a few words from that text, or empty",
    "source": "BibTeX key of that text's copy",
}
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$")


def load_versions(path: Path | str, source_keys: set[str]) -> pd.DataFrame:
    path = Path(path)
    seen: dict[str, int] = {}
    rows = list(read_csv_rows(path, VERSION_COLUMNS))
    ids = {r["id"] for _, r in rows}
    records = []
    for row, r in rows:
        if not ID_RE.match(r["id"]):
            raise DataError(path, f"id {r['id']!r} is not a lower-case slug", row)
        check_unique(path, row, r["id"], seen)
        check_choice(path, row, "relation", r["relation"], RELATIONS)
        if r["based_on"] and r["based_on"] not in ids:
            raise DataError(path, f"based_on {r['based_on']!r} is not a version id", row)
        if r["relation"] in ("syndication", "rewrite", "respin") and not r["based_on"]:
            raise DataError(path, f"a {r['relation']} names the text it derives from (based_on)", row)
        if not _PUBLISHED.match(r["published"]):
            raise DataError(path, f"published {r['published']!r} is not an ISO 8601 date or date-time", row)
        try:
            value = r["published"] + ("-01" if len(r["published"]) == 7 else "")
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DataError(path, f"published {r['published']!r} is not a real date", row) from exc
        check_int(path, row, "order", r["order"], allow_empty=True)
        if not r["url"].startswith(("http://", "https://")):
            raise DataError(path, f"url {r['url']!r} is not an http(s) address", row)
        if not r["headline"] or not r["label"]:
            raise DataError(path, "empty headline or label", row)
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        records.append({**r, "row": row})
    return pd.DataFrame(records)


def load_rewrite(path: Path | str, versions: pd.DataFrame, source_keys: set[str], article_text: str) -> pd.DataFrame:
    """Read ``rewrite.csv``: every span slices back to its text, codes come from the scheme, spans never overlap."""
    path = Path(path)
    ids = set(versions["id"])
    records = []
    for row, r in read_csv_rows(path, REWRITE_COLUMNS):
        codes = split_keys(r["change"])
        if not codes:
            raise DataError(path, "no change code", row)
        for code in codes:
            check_choice(path, row, "change", code, CHANGE_CODES)
        if r["version"] and r["version"] not in ids:
            raise DataError(path, f"version {r['version']!r} is not in versions.csv", row)
        dropped = r["start"] == "" and r["end"] == ""
        if dropped:
            if codes != ["dropped"] or not r["version"] or not r["paragraph"]:
                raise DataError(
                    path,
                    "a row without offsets is a dropped source paragraph: change 'dropped', "
                    "with its version and paragraph",
                    row,
                )
            start = end = None
        else:
            start = check_int(path, row, "start", r["start"])
            end = check_int(path, row, "end", r["end"])
            if not (0 <= start < end <= len(article_text)) or article_text[start:end] != r["text"]:
                raise DataError(path, f"text does not match article[{r['start']}:{r['end']}]", row)
            if "dropped" in codes:
                raise DataError(path, "a sentence of the article cannot be 'dropped'", row)
            if not r["version"] and "new_material" not in codes:
                raise DataError(path, "a sentence with no source version must be coded new_material", row)
        check_int(path, row, "paragraph", r["paragraph"], allow_empty=True)
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        records.append({**r, "start": start, "end": end, "codes": codes, "row": row})
    table = pd.DataFrame(records)
    placed = table.dropna(subset=["start"]).sort_values("start")
    for (_, a), (_, b) in zip(placed.iloc[:-1].iterrows(), placed.iloc[1:].iterrows(), strict=True):
        if b["start"] < a["end"]:
            raise DataError(path, f"sentences overlap (rows {a['row']} and {b['row']})", int(b["row"]))
    return table.astype({"start": "Int64", "end": "Int64"})


def load_coverage(path: Path | str, versions: pd.DataFrame, source_keys: set[str]) -> pd.DataFrame:
    path = Path(path)
    ids = set(versions["id"])
    described: dict[str, tuple[str, str, str, int]] = {}
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, COVERAGE_COLUMNS):
        if not ID_RE.match(r["fact"]):
            raise DataError(path, f"fact {r['fact']!r} is not a lower-case slug", row)
        check_choice(path, row, "kind", r["kind"], ("fact", "voice"))
        check_choice(path, row, "status", r["status"], COVERAGE_STATUSES)
        if r["version"] not in ids:
            raise DataError(path, f"version {r['version']!r} is not in versions.csv", row)
        check_unique(path, row, f"{r['fact']} / {r['version']}", seen, "fact and version")
        first = described.setdefault(r["fact"], (r["kind"], r["description"], r["label"], row))
        if first[:3] != (r["kind"], r["description"], r["label"]) or not r["label"]:
            raise DataError(
                path, f"fact {r['fact']!r} has another kind, description or label than on row {first[3]}", row
            )
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        records.append({**r, "row": row})
    return pd.DataFrame(records)
