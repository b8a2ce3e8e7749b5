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
    CHANGE_KINDS,
    CHANGED_BY,
    CONFIDENCE,
    COVERAGE_STATUSES,
    FOUND_AGAIN,
    PROPOSERS,
    RELATIONS,
    REREAD_DATE,
    RESOLUTIONS,
    SECOND_READING_PENDING,
    STORED,
    TYPOGRAPHY,
)
from .checks import ID_RE, check_choice, check_int, check_keys, check_unique, split_keys

#: The longest anchor phrase: enough to find the passage, too short to copy an outlet's text.
ANCHOR_WORDS = 10

_EVIDENCE = {
    "read_on": f"day the copy was read (YYYY-MM-DD; {REREAD_DATE} is the day of the re-read)",
    "found_again": "whether the copy was found again on the day of the re-read: " + ", ".join(FOUND_AGAIN),
    "second_reading": "the second reading of the row: agreed; changed: <what and why> (a change the resolution "
    "applied); or agreed (proposal rejected: <why>); pending until read. data/second_reading.csv keeps each "
    "proposal and its resolution",
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
    "time_evidence": "what dates or times the text: a stamp on the copy, an address, a dateline, or the words of the "
    "text (an inference says so); never empty",
    "edited_by": "who other than the producer edited the copy read (a news agency, a translator, a re-worder)",
    "url": "address of the stored copy read",
    "source": "BibTeX key of that copy",
    "read_on": _EVIDENCE["read_on"],
    "found_again": _EVIDENCE["found_again"],
    "stored": "how much of the copy the stored part holds: " + ", ".join(STORED) + " (whole: it reaches the text's "
    "end; a fact it does not state is not carried; cut: what it does not show is not in the stored part)",
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
_SECOND_READING = re.compile(r"^(?:agreed|agreed \(proposal rejected: \S.*\)|changed: \S.*)$")
#: Relations whose text is made from another one, and must name it.
_DERIVED = ("syndication", "rewrite", "respin", "wire_short")


def second_reading_problem(value: str, allow_pending: bool = True) -> str | None:
    """What is wrong with a second-reading value, or None: ``agreed``, ``changed: <why>`` (and, while the readers
    are at work, ``pending``)."""
    if allow_pending and value == SECOND_READING_PENDING:
        return None
    if _SECOND_READING.match(value):
        return None
    allowed = "agreed, agreed (proposal rejected: <why>), changed: <why>" + (
        f", {SECOND_READING_PENDING}" if allow_pending else ""
    )
    return f"second_reading {value!r} is not one of: {allowed}"


def words(text: str) -> int:
    return len(text.split())


def typography(text: str) -> str:
    """The text with curly and straight quotes and apostrophes made one character: the only difference an anchor
    may have from its copy."""
    return str(text).translate(str.maketrans(TYPOGRAPHY))


def parts(words: str) -> list[str]:
    """The parts of a row's differing words, separated by ' ... ' ('(none)' is a part with no counterpart)."""
    return [p.strip() for p in re.split(r"\s\.\.\.\s", str(words)) if p.strip()]


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
    if r["found_again"] == "no" and r["read_on"] >= REREAD_DATE:
        raise DataError(path, f"a copy not found again on {REREAD_DATE} was read before that day (read_on)", row)
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
        if not r["time_evidence"]:
            raise DataError(path, "no time_evidence: every text says what dates it", row)
        check_choice(path, row, "stored", r["stored"], STORED)
        check_keys(path, row, "source", split_keys(r["source"]), source_keys, "source key")
        _check_evidence(path, row, r, "anchor", anchor_required=True)
        records.append({**r, "row": row})
    return pd.DataFrame(records)


def load_chain(path: Path | str, versions: pd.DataFrame, source_keys: set[str]) -> pd.DataFrame:
    """Read ``chain.csv``: every edge joins two known texts, with a confidence, its evidence and its sources; an edge
    that rests on a copy not found again is not certain."""
    path = Path(path)
    ids = set(versions["id"])
    not_found = set(versions.loc[versions["found_again"] == "no", "source"])
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
        lost = [k for k in split_keys(r["sources"]) if k in not_found]
        if lost and r["confidence"] == "certain":
            raise DataError(
                path, f"a link resting on a copy not found again ({', '.join(lost)}) is at most likely", row
            )
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


#: Relations whose text carries the words of the text it is based on as they are (a copy, a caption that embeds it).
_CARRIES_WORDS = ("syndication", "wire_caption")


def _carriers(versions: pd.DataFrame) -> dict[str, set[str]]:
    """For each text, the texts whose copies carry its words as they are: itself, and its copies and captions
    (and theirs)."""
    based = dict(zip(versions["id"], versions["based_on"], strict=True))
    relation = dict(zip(versions["id"], versions["relation"], strict=True))
    carriers: dict[str, set[str]] = {vid: {vid} for vid in based}
    for vid in based:
        text, seen = vid, set()
        while relation.get(text) in _CARRIES_WORDS and based.get(text) and text not in seen:
            seen.add(text)
            text = based[text]
            carriers.setdefault(text, {text}).add(vid)
    return carriers


def _named_text_problem(
    r: dict[str, str], attested: list[str], versions: pd.DataFrame, carriers: dict[str, set[str]]
) -> str | None:
    """Why a row cannot be 'certain' on the side of the text it names, or None: no copy found again (or the
    article) of that text carries the words, so the text named stands on a copy not found again or on an
    inference (code book: how sure a row is, the weaker of the word match and the text named)."""
    if not r["version"] or r["confidence"] != "certain":
        return None
    found = dict(zip(versions["id"], versions["found_again"], strict=True))
    source = dict(zip(versions["id"], versions["source"], strict=True))
    carrying = [t for t in attested if t in carriers.get(r["version"], {r["version"]})]
    if any(found[t] in ("yes", "n/a") for t in carrying):
        return None
    if carrying:
        keys = ", ".join(sorted({source[t] for t in carrying}))
        return (
            f"the text named, {r['version']}, is carried here only by a copy not found again ({keys}): the row is "
            "at most likely"
        )
    return f"no copy of the text named, {r['version']}, is in attested_in: the row is at most likely"


def load_rewrite(
    path: Path | str,
    versions: pd.DataFrame,
    source_keys: set[str],
    article_text: str,
    sides: tuple[str, str] = ("AP", "Newsweek"),
    article_side: str = "rewrite_words",
) -> pd.DataFrame:
    """Read ``rewrite.csv`` (or ``respin.csv``, whose ``sides`` are Newsweek and the re-spin, and whose
    ``article_side`` is ``source_words``): every span slices back to its text, codes come from the code book, the
    evidence names a copy that shows the words, spans never overlap, the article's side of the words that differ is
    the sentence's own words (typography aside), both sides have as many parts, and a row is not certain when it was
    read on a copy not found again or when no copy found again of the text it names carries the words. ``evidence``
    joins the two sides' words as 'AP: "…" / Newsweek: "…"'."""
    path = Path(path)
    ids = set(versions["id"])
    shows = _text_of_copies(versions)
    carriers = _carriers(versions)
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
        if r["found_again"] == "no" and r["confidence"] == "certain":
            raise DataError(path, "a row read on a copy not found again is at most likely", row)
        problem = _named_text_problem(r, attested, versions, carriers)
        if problem:
            raise DataError(path, problem, row)
        source_parts, rewrite_parts = parts(r["source_words"]), parts(r["rewrite_words"])
        if source_parts and rewrite_parts and len(source_parts) != len(rewrite_parts):
            raise DataError(
                path,
                f"source_words has {len(source_parts)} part(s) and rewrite_words {len(rewrite_parts)}: parts "
                "separated by ' ... ' pair up in order ('(none)' for a part with no counterpart)",
                row,
            )
        if not dropped:
            sentence = typography(r["text"])
            stray = [w for w in parts(r[article_side]) if w != "(none)" and typography(w) not in sentence]
            if stray:
                raise DataError(path, f"{article_side} {stray[0]!r} are not words of the sentence", row)
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


def load_coverage(
    path: Path | str, versions: pd.DataFrame, source_keys: set[str], article_text: str | None = None
) -> pd.DataFrame:
    """Read ``coverage.csv``: one status per fact and text, with the words of the copy that carries it. Whether a
    fact a copy does not state is "not carried" or "not in the stored part" follows from the copy being whole or cut
    (versions.csv, stored); the article's own evidence is its words (typography aside)."""
    path = Path(path)
    ids = set(versions["id"])
    stored = dict(zip(versions["id"], versions["stored"], strict=True))
    own = set(versions.loc[versions["found_again"] == "n/a", "source"])
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
        if r["status"] == "not_seen" and stored[r["version"]] == "whole":
            raise DataError(path, "the copy is whole (versions.csv, stored): a fact it does not state is not_carried",
                            row)  # fmt: skip
        if r["status"] == "not_carried" and stored[r["version"]] == "cut":
            raise DataError(path, "the copy is cut (versions.csv, stored): a fact its stored part does not state is "
                            "not_seen", row)  # fmt: skip
        if (
            article_text is not None
            and r["source"] in own
            and typography(r["evidence"]) not in typography(article_text)
        ):
            raise DataError(path, f"evidence {r['evidence']!r} is not words of the article", row)
        records.append({**r, "row": row})
    return pd.DataFrame(records)


def copy_problems(tables: dict[str, pd.DataFrame]) -> list[tuple[str, int, str]]:
    """Where one copy is said to be read on two days, or found again in one table and not in another; and rows that
    name no copy or the article but are not 'n/a' (or the reverse), as (table, row, problem). ``tables``: name ->
    table with ``source``, ``read_on``, ``found_again`` and ``row``; the versions table says which copy is the
    article's own (found_again 'n/a')."""
    versions = tables["versions"]
    own = set(versions.loc[versions["found_again"] == "n/a", "source"])
    seen: dict[str, tuple[str, str, str]] = {}
    problems = []
    for name, table in tables.items():
        for r in table.itertuples():
            if (r.found_again == "n/a") != (r.source in own or not r.source):
                problems.append((name, r.row, "found_again 'n/a' is for the article itself or a row naming no copy"))
            if not r.source or r.source in own:
                continue
            first = seen.setdefault(r.source, (r.read_on, r.found_again, f"{name}.csv row {r.row}"))
            if first[:2] != (r.read_on, r.found_again):
                problems.append(
                    (name, r.row, f"{r.source} read {r.read_on}, found again {r.found_again!r}, but {first[2]} "
                     f"says {first[0]}, {first[1]!r}: one copy, one reading")
                )  # fmt: skip
    return problems


SECOND_READING_COLUMNS = {
    "table": "the provenance table the proposal is about: versions, chain, rewrite, respin, coverage, or numbers "
    "(a number the chapter states)",
    "key": "the row: a text's id; a link as 'TEXT relation OF'; a sentence as 'start-end'; a coverage cell as "
    "'fact / version'; a number by its name",
    "reader": "who proposed the change: " + ", ".join(PROPOSERS) + " (P5 checked the resolver's own decisions "
    "that rested on one reading; the resolver, for a change a code-book rule settled by the readers' proposals "
    "makes in a row no reader flagged)",
    "packet_row": "the row number the reader saw in the packet (header = 1); for P5, the number n of the resolver's "
    "decision it checked; empty for the resolver",
    "proposal": "the proposal, in the reader's words, shortened",
    "decision": "what the resolution did with it: " + ", ".join(RESOLUTIONS),
    "kinds": "';'-separated kinds of what changed: " + ", ".join(CHANGE_KINDS) + " (empty when rejected)",
    "reason": "why: the evidence checked, or the rule applied",
    "sources": "BibTeX keys of the copies that show it (';'-separated; empty for a rule or a recount)",
}
#: How a row of each table is named in data/second_reading.csv.
_ROW_KEY = {
    "versions": lambda r: r["id"],
    "chain": lambda r: f"{r['text']} {r['relation']} {r['of']}",
    "rewrite": lambda r: f"{r['start']}-{r['end']}",
    "respin": lambda r: f"{r['start']}-{r['end']}",
    "coverage": lambda r: f"{r['fact']} / {r['version']}",
}


def row_key(table: str, row: pd.Series | dict) -> str:
    """The key of a provenance row in data/second_reading.csv."""
    return _ROW_KEY[table](row)


def load_second_reading(path: Path | str, tables: dict[str, pd.DataFrame], source_keys: set[str]) -> pd.DataFrame:
    """Read ``second_reading.csv``: every proposal of the second readers and its resolution, and every change the
    resolver made by a rule. Each names a row that exists; an applied change matches a row whose second reading
    says 'changed:', a rejected one a row that says 'agreed (proposal rejected: ...)'; and every changed or
    rejected row has its line here."""
    path = Path(path)
    keys = {name: {row_key(name, r): r for _, r in table.iterrows()} for name, table in tables.items()}
    records = []
    resolved: set[tuple[str, str]] = set()
    for row, r in read_csv_rows(path, SECOND_READING_COLUMNS):
        check_choice(path, row, "table", r["table"], (*tables, "numbers"))
        check_choice(path, row, "reader", r["reader"], PROPOSERS)
        check_choice(path, row, "decision", r["decision"], RESOLUTIONS)
        for kind in split_keys(r["kinds"]):
            check_choice(path, row, "kinds", kind, CHANGE_KINDS)
        if (r["decision"] == "rejected") == bool(split_keys(r["kinds"])):
            raise DataError(path, "a change names what kinds it touched (kinds); a rejected proposal none", row)
        if not r["proposal"] or not r["reason"]:
            raise DataError(path, "every line gives the proposal and the reason for its resolution", row)
        if (r["reader"] == "resolver") != (r["packet_row"] == ""):
            raise DataError(path, "a reader's proposal names its packet row; the resolver's change none", row)
        check_keys(path, row, "sources", split_keys(r["sources"]), source_keys, "source key")
        if r["table"] == "numbers":
            if not re.fullmatch(r"prov_\w+", r["key"]):
                raise DataError(path, f"number {r['key']!r} is not a name of the chapter's numbers", row)
        else:
            target = keys[r["table"]].get(r["key"])
            if target is None:
                raise DataError(path, f"no {r['table']} row {r['key']!r}", row)
            said = target["second_reading"]
            expected = "agreed (proposal rejected:" if r["decision"] == "rejected" else "changed:"
            if not said.startswith(expected):
                raise DataError(path, f"{r['table']} row {r['key']!r} says {said[:40]!r}, not {expected!r}", row)
            resolved.add((r["table"], r["key"]))
        records.append({**r, "row": row})
    for name, by_key in keys.items():
        for key, target in by_key.items():
            if target["second_reading"] != "agreed" and (name, key) not in resolved:
                raise DataError(path, f"{name} row {key!r} is changed or disputed but has no line here")
    return pd.DataFrame(records)


# --- The code book's rules that can be checked on the words of a row ------------------------------------------


def _terms(terms: tuple[str, ...], words: str) -> set[str]:
    return {t for t in terms if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", str(words), re.I)}


def code_rule_violations(table: pd.DataFrame, person_names: set[str]) -> list[str]:
    """Where a row's codes and its words disagree, by the code book's rules (one message per breach, naming the
    row). ``person_names``: the names and aliases of the people of the actor gazetteer."""
    from ..vocab import CREDIT_TERMS, DISTANCING_TERMS, GROUP_SPEAKERS, PERSON_PRONOUNS, QUALIFYING_TERMS

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
        # A person the source names, or a pronoun standing for the person its copy has just named.
        named = {n for n in person_names if re.search(rf"\b{re.escape(n)}\b", source)} | _terms(PERSON_PRONOUNS, source)
        kept = {n for n in person_names if re.search(rf"\b{re.escape(n)}\b", rewrite)}
        groups = _terms(GROUP_SPEAKERS, rewrite)
        if named and groups and not kept and "speaker_blurred" not in codes:
            problems.append(f"{where}: {sorted(named)} turned into {sorted(groups)} needs speaker_blurred")
        if named and groups and kept and "attribution_changed" not in codes:
            problems.append(f"{where}: {sorted(named)} widened to {sorted(kept)} and {sorted(groups)} needs "
                            "attribution_changed")  # fmt: skip
        credits = _terms(CREDIT_TERMS, rewrite) - _terms(CREDIT_TERMS, source)
        if credits and "credit_added" not in codes:
            problems.append(f"{where}: {sorted(credits)} named in the re-write's words needs credit_added")
        if "hedge_added" in codes and not added:
            problems.append(f"{where}: hedge_added, but no distancing word among the re-write's words")
        if "hedge_removed" in codes and not (had or qualified):
            problems.append(f"{where}: hedge_removed, but no qualifying word among the source's words")
        if "speaker_blurred" in codes and not groups:
            problems.append(f"{where}: speaker_blurred, but no group among the re-write's words")
        if "speaker_blurred" in codes and kept:
            problems.append(f"{where}: speaker_blurred, but the re-write's words still name {sorted(kept)}")
        if "credit_added" in codes and not credits:
            problems.append(f"{where}: credit_added, but the re-write's words name no source")
    return problems


def second_reading_violations(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Every row whose second reading is not done: anything but "agreed" or "changed: <why>"."""
    return [
        f"{name}, row {r.row}: {problem}"
        for name, table in tables.items()
        for r in table.itertuples()
        if (problem := second_reading_problem(r.second_reading, allow_pending=False))
    ]
