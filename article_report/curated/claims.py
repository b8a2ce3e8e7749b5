"""The claims check: every checkable statement of the article, its parts, verdict and significance, how
each source bears on each part, and the history of every verdict (``data/claims.csv``,
``data/claim_sources.csv``, ``data/claim_history.csv``). The rules that tie a verdict to the stances
are in :mod:`article_report.curated.verdict_rules`."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError

from ..vocab import (
    CHARACTERISATION_VERDICTS,
    FACT_VERDICTS,
    INTRODUCED_BY,
    SETTLED_VERDICTS,
    SIGNIFICANCE,
)
from .checks import check_choice, check_keys, split_keys
from .package import check_references, check_table

SETTLED = SETTLED_VERDICTS


def load_claims(path: Path | str, source_keys: set[str], timeline_ids: set[str], article_text: str) -> pd.DataFrame:
    """Read and validate ``claims.csv``; each claim gets the offsets of its quote in the article."""
    path = Path(path)
    records = []
    # The schema (datapackage.json) checks the id, the kind, the category, the subject's form, the readings'
    # forms, that parts and the note are given and every value of a vocabulary; what follows needs more than a cell.
    for row, r in check_table(path, "claims"):
        count = article_text.count(r["quote"])
        if count != 1:
            where = "not found in" if count == 0 else f"found {count} times in"
            raise DataError(path, f"quote {r['quote'][:40]!r}… is {where} the article (it must occur once)", row)
        parts = split_keys(r["parts"])
        if len(parts) != len(set(parts)):
            raise DataError(path, "parts: one or more distinct parts, ';'-separated", row)
        acts = split_keys(r["acts"])
        if not set(acts) <= set(parts):
            raise DataError(path, f"acts: {sorted(set(acts) - set(parts))[0]!r} is not one of the claim's parts", row)
        allowed = CHARACTERISATION_VERDICTS if r["kind"] == "characterisation" else FACT_VERDICTS
        check_choice(path, row, "verdict", r["verdict"], allowed)
        if r["verdict"] in SETTLED:
            for field in ("significance", "introduced_by"):
                if r[field]:
                    raise DataError(path, f"a {r['verdict']} claim has no {field} (found {r[field]!r})", row)
        else:
            check_choice(path, row, "significance", r["significance"], SIGNIFICANCE)
            check_choice(path, row, "introduced_by", r["introduced_by"], INTRODUCED_BY)
        if r["kind"] == "characterisation" and not ("For:" in r["note"] and "Against:" in r["note"]):
            raise DataError(path, "a characterisation's note gives the evidence both ways: 'For: … Against: …'", row)
        sources = split_keys(r["sources"])
        if not sources and r["verdict"] != "unverified":
            raise DataError(path, f"verdict {r['verdict']!r} without a source", row)
        if len(sources) != len(set(sources)):
            raise DataError(path, "a source key is listed twice", row)
        check_keys(path, row, "sources", sources, source_keys, "source key")
        check_keys(path, row, "timeline", split_keys(r["timeline"]), timeline_ids, "timeline id")
        start = article_text.index(r["quote"])
        records.append({**r, "start": start, "end": start + len(r["quote"]), "row": row})
    table = pd.DataFrame(records)
    return table.sort_values(["start", "id"], ignore_index=True)


def load_claim_sources(path: Path | str, claims: pd.DataFrame) -> pd.DataFrame:
    """Read and validate ``claim_sources.csv``: every row names a claim, one of its parts, one of its
    sources and a stance; every source a claim cites has a stance on one of its parts."""
    path = Path(path)
    parts = {c.id: split_keys(c.parts) for c in claims.itertuples()}
    cited = {c.id: set(split_keys(c.sources)) for c in claims.itertuples()}
    records = []
    rows = check_table(path, "claim_sources")  # stance, differs, the key (claim, part, source, voice), given cells
    check_references(path, "claim_sources", rows, {"claims": parts})
    for row, r in rows:
        if r["part"] not in parts[r["claim"]]:
            raise DataError(path, f"part {r['part']!r} is not one of claim {r['claim']}'s parts", row)
        if r["source"] not in cited[r["claim"]]:
            raise DataError(path, f"source {r['source']!r} is not among claim {r['claim']}'s sources", row)
        if r["stance"] != "context" and not r["anchor"]:
            raise DataError(path, f"a {r['stance']!r} stance needs an anchor (the words that show it)", row)
        records.append({**r, "row": row})
    table = pd.DataFrame(records)
    for claim, keys in cited.items():
        missing = keys - set(table.loc[table["claim"] == claim, "source"])
        if missing:
            raise DataError(path, f"claim {claim!r}: no stance for {', '.join(sorted(missing))}")
    return table


def load_claim_history(path: Path | str, claims: pd.DataFrame) -> pd.DataFrame:
    """Read and validate ``claim_history.csv``: every claim has a history that ends in its current verdict."""
    path = Path(path)
    current = dict(zip(claims["id"], claims["verdict"], strict=True))
    rows = check_table(path, "claim_history")  # the date, the stage, both verdicts, the reason
    check_references(path, "claim_history", rows, {"claims": current})
    records = [{**r, "row": row} for row, r in rows]
    history = pd.DataFrame(records)
    for claim, verdict in current.items():
        rows = history[history["claim"] == claim].sort_values(["date", "row"])
        if rows.empty:
            raise DataError(path, f"claim {claim!r} has no history row")
        if rows.iloc[-1]["verdict_after"] != verdict:
            raise DataError(
                path,
                f"claim {claim!r}: the last verdict in its history ({rows.iloc[-1]['verdict_after']})"
                f" is not its verdict in claims.csv ({verdict})",
                int(rows.iloc[-1]["row"]),
            )
        previous = ""
        for r in rows.itertuples():
            if r.verdict_before != previous and previous:
                raise DataError(
                    path,
                    f"claim {claim!r}: verdict_before {r.verdict_before!r} does not follow the "
                    f"previous verdict {previous!r}",
                    int(r.row),
                )
            previous = r.verdict_after
    return history


def keys_in_text(text: str) -> set[str]:
    """BibTeX keys cited with MyST roles ({cite:p}`a,b`) in a page's source."""
    keys = set()
    for group in re.findall(r"\{cite(?::\w+)?\}`([^`]+)`", text):
        keys.update(k.strip() for k in group.split(","))
    return keys
