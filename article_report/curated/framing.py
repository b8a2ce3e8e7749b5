"""The framing chapter's hand-coded tables, each row read twice (``second_reading``):

- ``frame_functions.csv``: the words that perform each of Entman's four framing functions, who voices them
  and which frame they serve;
- ``statements.csv``: every statement the article reports (quoted or paraphrased), who makes it and how the
  text names the speaker;
- ``sources_people.csv``: each speaker's gender (from the text's own words only) and source type;
- ``sponsorship.csv``: how each same-day report of ``versions.csv`` led, coded by rule from its headline
  and the words of its stored lede;
- ``framing_changes.csv``: each count the re-reading changed, the value the chapter stated before and the
  fact that now states it.

Self-contained: the loaders take the paths and what they are checked against (the article, the gazetteer's
ids, the versions' ids, the bibliography's keys), so that the project's loader can register them as they are.
Every broken row stops the load with a :class:`DataError` naming the file, the row and the field.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pandas as pd

from article_analysis.actors.mentions import READINGS
from article_analysis.errors import DataError

from .checks import check_int, check_keys, split_keys
from .package import check_references, check_table

#: Entman's four functions of a frame, in his order (entman1993framing, p. 52, as quoted by Reese).
FUNCTIONS = ("problem_definition", "causal_interpretation", "moral_evaluation", "remedy")
FUNCTION_LABELS = {
    "problem_definition": "problem definition",
    "causal_interpretation": "causal interpretation",
    "moral_evaluation": "moral evaluation",
    "remedy": "remedy (treatment recommendation)",
}
FUNCTION_MEANINGS = {
    "problem_definition": "words that say what the problem is: a need, a threat, a danger to be met",
    "causal_interpretation": "words that say what caused the problem or lets it happen",
    "moral_evaluation": "words that judge an actor: praise, blame, standing, legitimacy",
    "remedy": "words that say what should be done or is being done about the problem",
}
#: The ideas the functions serve: the four leads other outlets chose (aid, an inclusive government,
#: engagement and recognition, security) and two the article adds (Russia's influence, the Taliban's status).
FRAMES = ("aid", "inclusive_government", "engagement", "security", "influence", "taliban_status")
FRAME_LABELS = {
    "aid": "aid",
    "inclusive_government": "an inclusive government",
    "engagement": "engagement and recognition",
    "security": "security",
    "influence": "Russia's influence",
    "taliban_status": "the Taliban's status",
}
#: The text's own voice, as against a speaker's (an actor id of the gazetteer).
WRITER = "writer"
STATEMENT_KINDS = ("quotation", "paraphrase")
GENDERS = ("man", "woman", "not stated", "n/a")
#: Source types, Gender Gap Tracker style, plus the kinds a reader would look for and the article lacks.
SOURCE_TYPES = (
    "official",
    "unnamed_officials",
    "state_body",
    "aid_agency",
    "un_body",
    "civilian",
    "independent_expert",
    "news_agency",
)
SOURCE_TYPE_LABELS = {
    "official": "a named official",
    "unnamed_officials": "unnamed officials",
    "state_body": "a state or a ministry as speaker",
    "aid_agency": "an aid agency",
    "un_body": "a UN body",
    "civilian": "an Afghan civilian",
    "independent_expert": "an independent expert",
    "news_agency": "a news agency, credited",
}
#: The lead frames a report can open with, and the cue words the rule reads for each, written from the frame's
#: name before the ledes were coded: the frame's head word and its direct synonyms. ``*`` ends a stem.
LEAD_CUES = {
    "aid": ("aid", "humanitarian", "assistance", "relief", "donor*"),
    "inclusive_government": ("inclusive", "inclusivity", "inclusiveness"),
    "recognition": ("recogni*",),
    "security": ("security", "terror*", "threat*", "militant*", "drug*", "extremis*", "instability", "violence"),
}
#: Senses in which a cue word is no cue (rule 6 reads terms by sense, not by word alone): "recogni*" cues
#: recognition only where it means recognising a government or its standing; "recognise X's efforts / work /
#: role" means acknowledge. Each pattern is read on the words right after the cue word.
LEAD_CUE_NOT_A_CUE = {
    "recognition": re.compile(
        r"^[\u2019'\"\u201d]?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+(?:[\u2019']s?)?\s+){0,2}?"
        r"(?:efforts?|work|role|contributions?|achievements?)\b",
        re.IGNORECASE,
    ),
}
LEAD_CUE_SENSES = {
    "recognition": "only where it means recognising a government or its standing; "
    "\u201crecognise X\u2019s efforts, work or role\u201d (acknowledge) is no cue",
}
LEAD_LABELS = {
    "aid": "aid first",
    "inclusive_government": "inclusive government first",
    "recognition": "recognition first",
    "security": "security first",
    "none": "the talks alone (no cue)",
    "not_coded": "not coded",
}
#: The longest lede quotation a row may keep (an anchor, not a copy).
LEDE_WORDS = 10

#: The tables' columns, types, vocabularies, forms, keys and the second reading's form are stated once, in their
#: Table Schemas in ``datapackage.json`` (the data pages render them from there); the loaders below check what a
#: schema cannot say: offsets that must slice the article's words, ';'-separated actor ids, a quotation's marks,
#: statements that may not overlap, a gender's evidence, BibTeX keys, the chapter's fact names.


def _span(path: Path, row: int, r: dict[str, str], text: str, field: str = "words") -> tuple[int, int]:
    start = check_int(path, row, "start", r["start"])
    end = check_int(path, row, "end", r["end"])
    if not start < end <= len(text):
        raise DataError(path, f"start {start} and end {end} do not delimit words of the article", row)
    if text[start:end] != r[field]:
        raise DataError(path, f"{field} {r[field]!r} is not the article's text at {start}-{end}", row)
    return start, end


def _ids(path: Path, row: int, value: str, actors: set[str], field: str) -> list[str]:
    ids = split_keys(value)
    if not ids:
        raise DataError(path, f"{field} is empty", row)
    check_keys(path, row, field, ids, actors, "actor id")
    return ids


def load_frame_functions(path: Path | str, text: str, actors: set[str]) -> pd.DataFrame:
    """The words that perform each framing function, who voices them and the frame they serve. The schema checks
    the id (f01 ..., once), the function, the frame, the offsets' type and the second reading's form."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "frame_functions"):
        start, end = _span(path, row, r, text)
        if r["voice"] != WRITER:
            _ids(path, row, r["voice"], actors, "voice")
        rows.append({**r, "start": start, "end": end, "row": row})
    return pd.DataFrame(rows)


def load_statements(path: Path | str, text: str, actors: set[str]) -> pd.DataFrame:
    """Every statement the article reports, its kind, its speaker and how the text names the speaker. The schema
    checks the id (s01 ..., once), the kind, the offsets' type and the second reading's form."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "statements"):
        start, end = _span(path, row, r, text)
        _ids(path, row, r["speaker"], actors, "speaker")
        if r["named_as"] and r["named_as"] not in r["words"]:
            raise DataError(path, f"named_as {r['named_as']!r} is not among the statement's words", row)
        if (r["kind"] == "quotation") != any(mark in r["words"] for mark in '"“”'):
            raise DataError(path, f"kind {r['kind']!r} does not fit the words (a quotation has quotation marks)", row)
        rows.append({**r, "start": start, "end": end, "row": row})
    table = pd.DataFrame(rows)
    spans = sorted(zip(table["start"], table["end"], table["id"], strict=True))
    for (_, end, first), (start, _, second) in pairwise(spans):
        if start < end:
            raise DataError(path, f"statements {first} and {second} overlap: a statement is counted once")
    return table


def load_sources_people(path: Path | str, text: str, speakers: set[str]) -> pd.DataFrame:
    """Each speaker's gender, as the article's own words show it, and source type. The schema checks the speaker
    (once, an actor id), the gender, the source type and the second reading's form; here: the speaker is one of
    statements.csv (or a news agency the article credits without quoting it), every such speaker has a row, and a
    gender stands on the article's words."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "sources_people"):
        if r["source_type"] != "news_agency":
            check_keys(path, row, "speaker", [r["speaker"]], speakers, "speaker of statements.csv")
        if r["gender"] in ("man", "woman") and (not r["evidence"] or r["evidence"] not in text):
            raise DataError(path, "a gender needs the article's own words as evidence", row)
        rows.append({**r, "row": row})
    missing = speakers - {r["speaker"] for r in rows}
    if missing:
        raise DataError(path, f"speakers of statements.csv without a row: {', '.join(sorted(missing))}")
    return pd.DataFrame(rows)


def load_sponsorship(path: Path | str, versions: pd.DataFrame, keys: set[str]) -> pd.DataFrame:
    """How each same-day report led; the lead itself is computed by :func:`lead_frame`, never stored. The schema
    checks the version (once, an id of versions.csv), the lede's length, the key's form, the day read and the
    second reading's form; here: the key is in the bibliography."""
    path = Path(path)
    table = check_table(path, "sponsorship")
    check_references(path, "sponsorship", table, {"versions": set(versions["id"])})
    rows = []
    for row, r in table:
        check_keys(path, row, "source", split_keys(r["source"]), keys, "source key")
        rows.append({**r, "row": row})
    return pd.DataFrame(rows)


def load_changes(path: Path | str, facts: set[str]) -> pd.DataFrame:
    """Each count the re-reading changed: before (as stated), and the fact (a name in ``facts``) that states it now.
    The schema checks the count (once) and that before, after and why are given."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "framing_changes"):
        if r["after"] not in facts:
            raise DataError(path, f"after {r['after']!r} is not a fact of the framing chapter", row)
        rows.append({**r, "row": row})
    return pd.DataFrame(rows)


#: How a mention reads (the analyzer's vocabulary) and what a reader checked in a detector's output.
MENTION_READINGS = READINGS
DETECTORS = ("labels", "evaluations")
DETECTOR_FINDINGS = ("misattached", "missed", "wrong_sense")
DETECTOR_FINDING_LABELS = {
    "misattached": "attached to the wrong actor (a detector error)",
    "missed": "a reader finds it; the detector misses it",
    "wrong_sense": "found in a sense the entry is not (a detector error)",
}
#: The second reading of the framing tables: who read (three readers who did not make the rows) and what about.
READERS = ("FA", "FB", "FC")
READ_TABLES = (
    "frame_functions",
    "statements",
    "sources_people",
    "sponsorship",
    "framing_changes",
    "mentions",
    "labels",
    "numbers",
)


def load_mention_readings(path: Path | str, text: str) -> pd.DataFrame:
    """The readings the book uses where the second reading read a mention otherwise than the analyzer's rule
    (applied over the analyzer's readings by :attr:`article_report.book.Book.mentions`). The schema checks the
    readings' vocabulary, the key (start, end) and the second reading's form; here: the offsets slice the
    surface out of the article, and a row changes the reading."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "mention_readings"):
        start, end = _span(path, row, r, text, field="surface")
        if r["reading"] == r["analyzer_reading"]:
            raise DataError(path, f"reading {r['reading']!r} is the analyzer's own: a row changes the reading", row)
        rows.append({**r, "start": start, "end": end, "row": row})
    columns = ["start", "end", "surface", "analyzer_reading", "reading", "reason", "second_reading", "row"]
    return pd.DataFrame(rows, columns=columns)


def load_detector_checks(path: Path | str, text: str, actors: set[str]) -> pd.DataFrame:
    """What a reader found in a detector's output (a label misattached, a word in the wrong sense) and what it
    misses. The schema checks the id, the detector, the finding and the second reading's form; here: the
    offsets slice the words out of the article, a label names its actor(s) by gazetteer id, an evaluative word
    names none."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "detector_checks"):
        start, end = _span(path, row, r, text)
        if r["detector"] == "labels":
            _ids(path, row, r["actor"], actors, "actor")
        elif r["actor"]:
            raise DataError(path, "an evaluative word names no actor (actor must be empty)", row)
        rows.append({**r, "start": start, "end": end, "row": row})
    return pd.DataFrame(rows)


def load_read_decisions(path: Path | str) -> pd.DataFrame:
    """The written record of the second reading: one row per proposal a reader made (not agreed), with the
    decision and why. The schema checks the table, the reader, the decision and the key; here: a rejected
    proposal changed nothing (no applied_as), an applied one names what it changed."""
    path = Path(path)
    rows = []
    for row, r in check_table(path, "framing_second_reading"):
        if (r["decision"] == "rejected") == bool(r["applied_as"]):
            raise DataError(
                path, "applied_as names what an applied proposal changed, and is empty for a rejected one", row
            )
        rows.append(dict(r))  # its own 'row' column is the reader's row, not the file's
    return pd.DataFrame(rows)


def _cue_pattern(cues: tuple[str, ...]) -> str:
    return "|".join(re.escape(c.rstrip("*")) + (r"[\w-]*" if c.endswith("*") else r"s?") for c in cues)


_CUES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{frame}>{_cue_pattern(cues)})" for frame, cues in LEAD_CUES.items())
    + r")(?![\w-])",
    re.IGNORECASE,
)


def first_cue(words: str) -> str:
    """The lead frame whose cue comes first in ``words``, or 'none'; a cue word used in a sense that is no cue
    (:data:`LEAD_CUE_NOT_A_CUE`) is passed over."""
    words = words or ""
    for match in _CUES.finditer(words):
        frame = str(match.lastgroup)
        exclusion = LEAD_CUE_NOT_A_CUE.get(frame)
        if exclusion is None or not exclusion.match(words[match.end() :]):
            return frame
    return "none"


def lead_frame(headline: str, lede_words: str, lede_read: bool) -> tuple[str, str]:
    """The rule: a report leads with the frame of the first cue in its headline; where the headline holds none,
    with the first cue of its lede; where neither holds one, with the talks alone. A descriptive title in
    brackets is no headline. Returns the lead and which part decided it."""
    if headline and not headline.startswith("["):
        found = first_cue(headline)
        if found != "none":
            return found, "headline"
    if lede_read:
        return first_cue(lede_words), "lede"
    if headline and not headline.startswith("["):
        return "none", "headline"
    return "not_coded", ""
