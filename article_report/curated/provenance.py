"""How the article was made: the texts (``versions.csv``) and how they relate (``chain.csv``), where each sentence
came from and how it changed (``rewrite.csv``, and ``respin.csv`` for a re-spin of the article), and which facts
and voices each text carried (``coverage.csv``).

Other outlets' texts are not kept: they are represented by facts, by the few words that differ and by an anchor
phrase of at most ten words, quoted as evidence with the key of the copy read, the day it was read and whether it
was found again. Every row also carries its second reading (``pending`` until a reader who did not make it has
read it; then ``agreed`` or ``changed: <why>``).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from article_analysis.errors import DataError
from article_analysis.textio import read_csv_rows

from ..vocab import (
    CHAIN_RELATIONS,
    CHANGE_CODES,
    CHANGED_BY,
    CONFIDENCE,
    COVERAGE_STATUSES,
    FOUND_AGAIN,
    RELATIONS,
    REREAD_DATE,
    SECOND_READING_PENDING,
)
from .checks import ID_RE, check_choice, check_int, check_keys, check_unique, split_keys

#: The longest anchor phrase: enough to find the passage, too short to copy an outlet's text.
ANCHOR_WORDS = 10

_EVIDENCE = {
    "read_on": f"day the copy was read (YYYY-MM-DD; {REREAD_DATE} is the day of the re-read)",
    "found_again": "whether the copy was found again on the day of the re-read: " + ", ".join(FOUND_AGAIN),
    "second_reading": "a second reader's verdict on the row: agreed, or changed: <why> (pending until read)",
}
VERSION_COLUMNS = {
    "id": "slug of the text (ap-full-1, ap-short-1, newsweek, report-...)",
    "label": "short name for tables and figures",
    "outlet": "who published the copy read",
    "relation": "one of: " + ", ".join(RELATIONS),
    "based_on": "id of the text it derives from (empty for AP's own texts that start a line, and other reports)",
    "headline": "headline as published",
    "byline": "byline as published, or empty",
    "published": "ISO 8601 date (YYYY-MM where only the month is known), or date and time with offset",
    "time_evidence": "what dates or times the text: a stamp on the copy, an address, or the words of the text",
    "edited_by": "who other than the producer edited the copy read (a news agency, a translator, a re-worder)",
    "url": "address of the stored copy read",
    "source": "BibTeX key of that copy",
    "read_on": _EVIDENCE["read_on"],
    "found_again": _EVIDENCE["found_again"],
    "anchor": f"at most {ANCHOR_WORDS} words of the copy, verbatim, to find it by",
    "note": "what is special about this text",
    "second_reading": _EVIDENCE["second_reading"],
}
CHAIN_COLUMNS = {
    "text": "id in versions.csv",
    "relation": "how TEXT relates to OF: " + ", ".join(CHAIN_RELATIONS),
    "of": "id in versions.csv",
    "confidence": "one of: " + ", ".join(CONFIDENCE),
    "evidence": "what the copies read show: words, stamps, added material",
    "sources": "BibTeX keys of the copies that show it",
    "second_reading": _EVIDENCE["second_reading"],
}
REWRITE_COLUMNS = {
    "start": "offset of the article's sentence in data/article.txt (empty for a dropped source paragraph)",
    "end": "end offset of that sentence",
    "text": "the sentence, exactly article[start:end]",
    "version": "id of the text the sentence was taken from, or empty when no source was found",
    "paragraph": "paragraph number in that text (1 = the dateline paragraph), or empty where the stored copies "
    "do not reach it",
    "change": "';'-separated codes of the code book: " + ", ".join(CHANGE_CODES),
    "by": "who made the change the codes describe: " + ", ".join(CHANGED_BY),
    "source_words": "only the source's words that differ (empty for the same words)",
    "rewrite_words": "only the re-write's words that differ",
    "attested_in": "ids of the texts whose stored copies carry the source's words (empty: no stored copy does)",
    "source": "BibTeX key of the copy the anchor is from",
    "anchor": f"at most {ANCHOR_WORDS} words of that copy, verbatim (empty only when no copy carries the sentence)",
    "read_on": _EVIDENCE["read_on"],
    "found_again": _EVIDENCE["found_again"],
    "confidence": "how sure the source and the codes are: " + ", ".join(CONFIDENCE),
    "note": "one line",
    "second_reading": _EVIDENCE["second_reading"],
}
COVERAGE_COLUMNS = {
    "fact": "slug of a fact or voice of the event",
    "label": "a short name for the fact (the same on every row of a fact), for figures",
    "kind": "fact or voice",
    "description": "what the fact is (the same on every row of a fact)",
    "version": "id in versions.csv",
    "status": "one of: " + ", ".join(COVERAGE_STATUSES),
    "evidence": f"for a text that carries the fact: at most {ANCHOR_WORDS} of its words, verbatim; else empty",
    "source": "BibTeX key of that text's copy",
    "read_on": _EVIDENCE["read_on"],
    "found_again": _EVIDENCE["found_again"],
    "second_reading": _EVIDENCE["second_reading"],
}
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$")
_SECOND_READING = re.compile(r"^(?:agreed|changed: \S.*)$")
#: Relations whose text is made from another one, and must name it.
_DERIVED = ("syndication", "rewrite", "respin", "wire_short")


def second_reading_problem(value: str, allow_pending: bool = True) -> str | None:
    """What is wrong with a second-reading value, or None: ``agreed``, ``changed: <why>`` (and, while the readers
    are at work, ``pending``)."""
    if allow_pending and value == SECOND_READING_PENDING:
        return None
    if _SECOND_READING.match(value):
        return None
    allowed = "agreed, changed: <why>" + (f", {SECOND_READING_PENDING}" if allow_pending else "")
    return f"second_reading {value!r} is not one of: {allowed}"


def words(text: str) -> int:
    return len(text.split())


def _check_evidence(path: Path, row: int, r: dict[str, str], anchor_field: str, anchor_required: bool) -> None:
    """The shared evidence fields: read date, found again, anchor length, second reading."""
    try:
        read = dt.date.fromisoformat(r["read_on"])
    except ValueError as exc:
        raise DataError(path, f"read_on {r['read_on']!r} is not a YYYY-MM-DD date", row) from exc
    if read > dt.date.fromisoformat(REREAD_DATE):
        raise DataError(path, f"read_on {r['read_on']} is after the re-read of {REREAD_DATE}", row)
    check_choice(path, row, "found_again", r["found_again"], FOUND_AGAIN)
    if r["found_again"] == "yes" and r["read_on"] != REREAD_DATE:
        raise DataError(path, f"a copy found again on {REREAD_DATE} was read that day (read_on)", row)
    anchor = r[anchor_field]
    if anchor_required and not anchor:
        raise DataError(path, f"no {anchor_field} (at most {ANCHOR_WORDS} words of the copy read)", row)
    if words(anchor) > ANCHOR_WORDS:
        raise DataError(path, f"{anchor_field} has {words(anchor)} words; at most {ANCHOR_WORDS}", row)
    if "…" in anchor or "..." in anchor:
        raise DataError(path, f"{anchor_field} must be words of the copy in a row, without an elision", row)
    problem = second_reading_problem(r["second_reading"])
    if problem:
        raise DataError(path, problem, row)


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
        if r["relation"] in _DERIVED and not r["based_on"]:
            raise DataError(path, f"a {r['relation']} names the text it derives from (based_on)", row)
        if not _PUBLISHED.match(r["published"]):
            raise DataError(path, f"published {r['published']!r} is not an ISO 8601 date or date-time", row)
        try:
            value = r["published"] + ("-01" if len(r["published"]) == 7 else "")
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DataError(path, f"published {r['published']!r} is not a real date", row) from exc
        if not r["url"].startswith(("http://", "https://")):
            raise DataError(path, f"url {r['url']!r} is not an http(s) address", row)
        if not r["headline"] or not r["label"]:
            raise DataError(path, "empty headline or label", row)
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        _check_evidence(path, row, r, "anchor", anchor_required=True)
        records.append({**r, "row": row})
    return pd.DataFrame(records)


def load_chain(path: Path | str, versions: pd.DataFrame, source_keys: set[str]) -> pd.DataFrame:
    """Read ``chain.csv``: every edge joins two known texts, with a confidence, its evidence and its sources."""
    path = Path(path)
    ids = set(versions["id"])
    seen: dict[str, int] = {}
    records = []
    for row, r in read_csv_rows(path, CHAIN_COLUMNS):
        for field in ("text", "of"):
            if r[field] not in ids:
                raise DataError(path, f"{field} {r[field]!r} is not in versions.csv", row)
        if r["text"] == r["of"]:
            raise DataError(path, "an edge joins two different texts", row)
        check_choice(path, row, "relation", r["relation"], CHAIN_RELATIONS)
        check_choice(path, row, "confidence", r["confidence"], CONFIDENCE)
        check_unique(path, row, f"{r['text']} {r['relation']} {r['of']}", seen, "edge")
        if not r["evidence"] or not split_keys(r["sources"]):
            raise DataError(path, "an edge states its evidence and the copies that show it", row)
        check_keys(path, row, "sources", split_keys(r["sources"]), source_keys, "source key")
        problem = second_reading_problem(r["second_reading"])
        if problem:
            raise DataError(path, problem, row)
        records.append({**r, "row": row})
    return pd.DataFrame(records)


def _text_of_copies(versions: pd.DataFrame) -> dict[str, set[str]]:
    """For each BibTeX key, the texts its copy shows: the text it is the copy of, and what that text copies."""
    based = dict(zip(versions["id"], versions["based_on"], strict=True))
    shows: dict[str, set[str]] = {}
    for vid, key in zip(versions["id"], versions["source"], strict=True):
        chain, text = set(), vid
        while text and text not in chain:
            chain.add(text)
            text = based.get(text, "")
        shows.setdefault(key, set()).update(chain)
    return shows


def load_rewrite(
    path: Path | str,
    versions: pd.DataFrame,
    source_keys: set[str],
    article_text: str,
    sides: tuple[str, str] = ("AP", "Newsweek"),
) -> pd.DataFrame:
    """Read ``rewrite.csv`` (or ``respin.csv``, whose ``sides`` are Newsweek and the re-spin): every span slices back
    to its text, codes come from the code book, the evidence names a copy that shows the words, spans never
    overlap. ``evidence`` joins the two sides' words as 'AP: "…" / Newsweek: "…"'."""
    path = Path(path)
    ids = set(versions["id"])
    shows = _text_of_copies(versions)
    records = []
    for row, r in read_csv_rows(path, REWRITE_COLUMNS):
        codes = split_keys(r["change"])
        if not codes:
            raise DataError(path, "no change code", row)
        for code in codes:
            check_choice(path, row, "change", code, CHANGE_CODES)
        if "verbatim" in codes and len(codes) > 1:
            raise DataError(path, "'verbatim' stands alone: the same words have no other change", row)
        check_choice(path, row, "by", r["by"], CHANGED_BY)
        unchanged = set(codes) <= {"verbatim", "new_material", "dropped"}
        if unchanged != (r["by"] == "none"):
            raise DataError(path, "by is 'none' exactly when the row has no change (verbatim or no source)", row)
        attested = split_keys(r["attested_in"])
        for vid in [r["version"], *attested]:
            if vid and vid not in ids:
                raise DataError(path, f"version {vid!r} is not in versions.csv", row)
        if "new_material" in codes and attested:
            raise DataError(path, "a sentence no stored copy carries has no attested_in", row)
        if attested and r["source"] and not shows.get(r["source"], set()) & set(attested):
            raise DataError(path, f"source {r['source']!r} is not a copy of a text in attested_in", row)
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
        check_choice(path, row, "confidence", r["confidence"], CONFIDENCE)
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        _check_evidence(path, row, r, "anchor", anchor_required=bool(attested))
        said = ((sides[0], r["source_words"]), (sides[1], r["rewrite_words"]))
        evidence = " / ".join(f'{who}: "{words}"' for who, words in said if words)
        records.append(
            {**r, "start": start, "end": end, "codes": codes, "attested": attested, "evidence": evidence, "row": row}
        )
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
        carried = r["status"] in ("carried", "carried_differently")
        if carried != bool(r["evidence"]):
            raise DataError(path, "a text that carries the fact quotes its words (evidence); one that does not, none",
                            row)  # fmt: skip
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        _check_evidence(path, row, r, "evidence", anchor_required=carried)
        records.append({**r, "row": row})
    return pd.DataFrame(records)


# --- The code book's rules that can be checked on the words of a row ------------------------------------------


def _terms(terms: tuple[str, ...], words: str) -> set[str]:
    return {t for t in terms if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", str(words), re.I)}


def code_rule_violations(table: pd.DataFrame, person_names: set[str]) -> list[str]:
    """Where a row's codes and its words disagree, by the code book's rules (one message per breach, naming the
    row). ``person_names``: the names and aliases of the people of the actor gazetteer."""
    from ..vocab import DISTANCING_TERMS, GROUP_SPEAKERS, QUALIFYING_TERMS

    problems = []
    for r in table.itertuples():
        codes, source, rewrite = set(r.codes), str(r.source_words), str(r.rewrite_words)
        where = f"row {r.row}"
        added = _terms(DISTANCING_TERMS, rewrite)
        had = _terms(DISTANCING_TERMS, source)
        qualified = _terms(QUALIFYING_TERMS, source)
        if added - had and not had and "hedge_added" not in codes:
            problems.append(f"{where}: {sorted(added)} in the re-write's words needs hedge_added")
        if (had or qualified) and not added and not _terms(QUALIFYING_TERMS, rewrite) and "hedge_removed" not in codes:
            problems.append(f"{where}: {sorted(had | qualified)} dropped from the source's words needs hedge_removed")
        named = {n for n in person_names if re.search(rf"\b{re.escape(n)}\b", source)}
        groups = _terms(GROUP_SPEAKERS, rewrite)
        if named and groups and "speaker_blurred" not in codes:
            problems.append(f"{where}: {sorted(named)} turned into {sorted(groups)} needs speaker_blurred")
        if "hedge_added" in codes and not added:
            problems.append(f"{where}: hedge_added, but no distancing word among the re-write's words")
        if "hedge_removed" in codes and not (had or qualified):
            problems.append(f"{where}: hedge_removed, but no qualifying word among the source's words")
        if "speaker_blurred" in codes and not groups:
            problems.append(f"{where}: speaker_blurred, but no group among the re-write's words")
    return problems


def second_reading_violations(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Every row whose second reading is not done: anything but "agreed" or "changed: <why>"."""
    return [
        f"{name}, row {r.row}: {problem}"
        for name, table in tables.items()
        for r in table.itertuples()
        if (problem := second_reading_problem(r.second_reading, allow_pending=False))
    ]
