"""The claims check: every checkable statement of the article, its parts, verdict and significance, how
each source bears on each part, and the history of every verdict (``data/claims.csv``,
``data/claim_sources.csv``, ``data/claim_history.csv``). The rules that tie a verdict to the stances
are in :mod:`article_report.curated.verdict_rules`."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError
from article_analysis.textio import read_csv_rows

from ..vocab import (
    CHARACTERISATION_VERDICTS,
    CLAIM_CATEGORIES,
    CLAIM_KINDS,
    DIFFERENCES,
    FACT_VERDICTS,
    HISTORY_STAGES,
    INTRODUCED_BY,
    SECOND_READING_PENDING,
    SETTLED_VERDICTS,
    SIGNIFICANCE,
    STANCE_MEANINGS,
    STANCES,
    VERDICTS,
)
from .checks import check_choice, check_keys, check_unique, parse_date, split_keys

CLAIM_COLUMNS = {
    "id": "claim id (c01, c02, ...); ids are kept when claims are added, so they need not follow the text",
    "quote": "the words of the article that make the claim, an exact substring found once in data/article.txt",
    "claim": "the checkable proposition, in our words",
    "kind": "explicit (stated), implicit (made without being stated) or characterisation (an evaluation)",
    "category": ", ".join(CLAIM_CATEGORIES) + " (a photo claim says what a picture shows)",
    "subject": "ISO 3166 alpha-3 code of the state whose conduct the claim reports, or empty",
    "parts": "what a reader would check, ';'-separated; a part about the present day starts with 'today:', one "
    "about what the article's own wire reported with 'wire:', a photo claim's parts with 'who:', "
    "'where and when:', 'what:'",
    "qualifiers": "the words of the quote that make the claim harder to establish (how often, how long, how much, "
    "how many, only, first), ';'-separated; each is kept in a part (for a claim of what someone said, the "
    "words said are checked as a whole)",
    "acts": "the parts that state the subject's own communicative act (an invitation it issued, an announcement, "
    "a listing it decreed, the text of its law, a recognition), ';'-separated, each as written in parts: like what "
    "the party said, its own record settles them, confirming or denying",
    "verdict": "for facts: "
    + ", ".join(FACT_VERDICTS)
    + "; for characterisations: "
    + ", ".join(CHARACTERISATION_VERDICTS),
    "significance": "empty for verified or supported; otherwise " + ", ".join(SIGNIFICANCE),
    "introduced_by": "for a claim not simply verified, where its problem comes from: " + ", ".join(INTRODUCED_BY),
    "sources": "BibTeX keys, ';'-separated (may be empty only when the verdict is unverified)",
    "note": "why this verdict; for a characterisation 'For: … Against: …'",
    "timeline": "ids of related events in timeline.csv, ';'-separated",
    "second_reading": "the outcome of the independent second reading: 'agreed'; 'agreed (proposal rejected: "
    "<why>)' when a reader's proposed change was not applied; 'changed: <what and why>' when it was; or "
    f"'{SECOND_READING_PENDING}' until it is done",
    "check_reading": "the outcome of the check-reading, in which two further independent readers checked what the "
    "second reading had changed: 'agreed', 'agreed (proposal rejected: <why>)' or 'changed: <what and why>'; "
    "'not in this reading: <why>' for a claim the check-readers were not given",
}
SOURCE_STANCE_COLUMNS = {
    "claim": "claim id in claims.csv",
    "part": "one of the claim's parts, as written in claims.csv",
    "source": "BibTeX key of a source the claim cites",
    "stance": "; ".join(f"{s}: {m}" for s, m in STANCE_MEANINGS.items()),
    "anchor": "the source's own words that show the stance, at most ten (may be empty only for context)",
    "voice": "whose words the anchor is when they are not the source's producer's own: 'state:XXX' for a "
    "party's statement the source relays (a state's official or body), or the producer whose text a "
    "compilation passes on; empty for the producer's own words",
    "said_by": "who the source says spoke the anchor's words, as it names them in the anchor's sentence or the "
    "next ('Zhirnov said ...'; 'This was reported by the Russian Embassy'); empty for the producer's own words",
    "differs": "for partly and contradicts: what differs, one of " + ", ".join(DIFFERENCES),
    "note": "what the anchor does not say: dates, who the source is, why it is background",
}
_SECOND_READING = re.compile(r"^(?:agreed|agreed \(proposal rejected: .+\)|pending|changed: .+)$")
_CHECK_READING = re.compile(r"^(?:agreed|agreed \(proposal rejected: .+\)|changed: .+|not in this reading: .+)$")
HISTORY_COLUMNS = {
    "claim": "claim id in claims.csv",
    "date": "day of the decision, ISO 8601",
    "stage": "one of: " + ", ".join(HISTORY_STAGES),
    "verdict_before": "the verdict before this stage (empty for the first)",
    "verdict_after": "the verdict after it",
    "reason": "what changed and why (sources added, a verdict revised)",
}
_SUBJECT = re.compile(r"^(?:[A-Z]{3})?$")
SETTLED = SETTLED_VERDICTS


def load_claims(path: Path | str, source_keys: set[str], timeline_ids: set[str], article_text: str) -> pd.DataFrame:
    """Read and validate ``claims.csv``; each claim gets the offsets of its quote in the article."""
    path = Path(path)
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, CLAIM_COLUMNS):
        check_unique(path, row, r["id"], seen)
        count = article_text.count(r["quote"]) if r["quote"] else 0
        if count != 1:
            where = "not found in" if count == 0 else f"found {count} times in"
            raise DataError(path, f"quote {r['quote'][:40]!r}… is {where} the article (it must occur once)", row)
        check_choice(path, row, "kind", r["kind"], CLAIM_KINDS)
        check_choice(path, row, "category", r["category"], CLAIM_CATEGORIES)
        parts = split_keys(r["parts"])
        if not parts or len(parts) != len(set(parts)):
            raise DataError(path, "parts: one or more distinct parts, ';'-separated", row)
        if not _SECOND_READING.match(r["second_reading"]):
            raise DataError(
                path,
                "second_reading is 'agreed', 'agreed (proposal rejected: <why>)', 'pending' or 'changed: <why>'",
                row,
            )
        if not _CHECK_READING.match(r["check_reading"]):
            raise DataError(
                path,
                "check_reading is 'agreed', 'agreed (proposal rejected: <why>)', 'changed: <why>' or "
                "'not in this reading: <why>'",
                row,
            )
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
        if not _SUBJECT.match(r["subject"]):
            raise DataError(path, f"subject {r['subject']!r} is not an ISO 3166 alpha-3 code", row)
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
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, SOURCE_STANCE_COLUMNS):
        if r["claim"] not in parts:
            raise DataError(path, f"claim {r['claim']!r} is not in claims.csv", row)
        if r["part"] not in parts[r["claim"]]:
            raise DataError(path, f"part {r['part']!r} is not one of claim {r['claim']}'s parts", row)
        if r["source"] not in cited[r["claim"]]:
            raise DataError(path, f"source {r['source']!r} is not among claim {r['claim']}'s sources", row)
        check_choice(path, row, "stance", r["stance"], STANCES)
        if r["differs"]:
            check_choice(path, row, "differs", r["differs"], tuple(DIFFERENCES))
        # One source may hold two records on one part: its own words and a party's it relays (the voice).
        key = f"{r['claim']}/{r['part']}/{r['source']}/{r['voice']}"
        check_unique(path, row, key, seen, "claim, part, source and voice")
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
    records = []
    for row, r in read_csv_rows(path, HISTORY_COLUMNS):
        if r["claim"] not in current:
            raise DataError(path, f"claim {r['claim']!r} is not in claims.csv", row)
        parse_date(path, row, r["date"], "date", "day")
        check_choice(path, row, "stage", r["stage"], HISTORY_STAGES)
        if r["verdict_before"]:
            check_choice(path, row, "verdict_before", r["verdict_before"], VERDICTS)
        check_choice(path, row, "verdict_after", r["verdict_after"], VERDICTS)
        if not r["reason"]:
            raise DataError(path, "no reason: every change says what changed and why", row)
        records.append({**r, "row": row})
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
