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

from ..vocab import (
    CHANGE_CODES,
    CHANGE_KINDS,
    REREAD_DATE,
    SECOND_READING_PENDING,
    TYPOGRAPHY,
)
from .checks import check_choice, check_keys, split_keys
from .package import check_references, check_table

#: The longest anchor phrase: enough to find the passage, too short to copy an outlet's text.
ANCHOR_WORDS = 10

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
    """The shared evidence fields (their forms, the read date's latest day and the vocabularies are the schema's):
    a copy found again was read on the day of the re-read, one not found again before it; the anchor is short and
    whole."""
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


def load_versions(path: Path | str, source_keys: set[str]) -> pd.DataFrame:
    """Read ``versions.csv``. The schema checks the id (a slug, once), the relation, based_on (a text of this file),
    the forms of the date and the address, the copy read and the day it was read, and that every text gives its
    label, headline, what dates it, anchor and note; here: a derived text names its source, the date is real."""
    path = Path(path)
    records = []
    for row, r in check_table(path, "versions"):
        if r["relation"] in _DERIVED and not r["based_on"]:
            raise DataError(path, f"a {r['relation']} names the text it derives from (based_on)", row)
        try:
            value = r["published"] + ("-01" if len(r["published"]) == 7 else "")
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DataError(path, f"published {r['published']!r} is not a real date", row) from exc
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
    records = []
    # The schema checks the relation, the confidence, the edge once (text, relation, of) and that it states its
    # evidence and sources; the texts it joins are checked against versions.csv by the same declaration.
    rows = check_table(path, "chain")
    check_references(path, "chain", rows, {"versions": ids})
    for row, r in rows:
        if r["text"] == r["of"]:
            raise DataError(path, "an edge joins two different texts", row)
        check_keys(path, row, "sources", split_keys(r["sources"]), source_keys, "source key")
        lost = [k for k in split_keys(r["sources"]) if k in not_found]
        if lost and r["confidence"] == "certain":
            raise DataError(
                path, f"a link resting on a copy not found again ({', '.join(lost)}) is at most likely", row
            )
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
    name = path.stem if path.stem in ("rewrite", "respin") else "rewrite"  # both files share one schema
    ids = set(versions["id"])
    shows = _text_of_copies(versions)
    carriers = _carriers(versions)
    records = []
    # The schema checks the offsets and the paragraph (whole numbers), that codes are given, by, the confidence, the
    # copy's key and its reading; the version is checked against versions.csv by the same declaration.
    rows = check_table(path, name)
    check_references(path, name, rows, {"versions": ids})
    for row, r in rows:
        codes = split_keys(r["change"])
        for code in codes:
            check_choice(path, row, "change", code, CHANGE_CODES)
        if "verbatim" in codes and len(codes) > 1:
            raise DataError(path, "'verbatim' stands alone: the same words have no other change", row)
        unchanged = set(codes) <= {"verbatim", "new_material", "dropped"}
        if unchanged != (r["by"] == "none"):
            raise DataError(path, "by is 'none' exactly when the row has no change (verbatim or no source)", row)
        attested = split_keys(r["attested_in"])
        for vid in attested:
            if vid not in ids:
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
            start, end = int(r["start"]), int(r["end"])
            if not (0 <= start < end <= len(article_text)) or article_text[start:end] != r["text"]:
                raise DataError(path, f"text does not match article[{r['start']}:{r['end']}]", row)
            if "dropped" in codes:
                raise DataError(path, "a sentence of the article cannot be 'dropped'", row)
            if not r["version"] and "new_material" not in codes:
                raise DataError(path, "a sentence with no source version must be coded new_material", row)
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
    records = []
    # The schema checks the fact (a slug), kind, status, the cell once (fact, version), the copy's key and its
    # reading; the version is checked against versions.csv by the same declaration.
    rows = check_table(path, "coverage")
    check_references(path, "coverage", rows, {"versions": ids})
    for row, r in rows:
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
    # The schema checks the table, the reader, the decision and that the key, the proposal and the reason are given.
    for row, r in check_table(path, "second_reading"):
        for kind in split_keys(r["kinds"]):
            check_choice(path, row, "kinds", kind, CHANGE_KINDS)
        if (r["decision"] == "rejected") == bool(split_keys(r["kinds"])):
            raise DataError(path, "a change names what kinds it touched (kinds); a rejected proposal none", row)
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
