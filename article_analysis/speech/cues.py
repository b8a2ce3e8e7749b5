"""Speech cues as regular expressions, and the small text helpers every speech rule shares."""

from __future__ import annotations

import re

from ..timex.wordlists import MONTH_ABBREVIATIONS, MONTHS
from .wordlists import (
    ABBREVIATIONS,
    CLAUSE_VERBS,
    COURT_CUES,
    DATELINE_AGENCIES,
    PARTICIPLE_CUES,
    SOURCE_CUES,
    STRONG_CUES,
    WEAK_CUES,
)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


CUE_RE = re.compile(rf"\b(?:{alternation(STRONG_CUES)})\b")
WEAK_CUE_RE = re.compile(
    rf"\b(?:{alternation(WEAK_CUES)})\b(?=(?:\s+\S+){{0,7}}?\s+(?:{alternation(CLAUSE_VERBS)})\b|\s+that\b)"
)
# "telling reporters that ...", "telling residents it would ...", but not "a telling sign", "most telling";
# "accusing ministers of ..." (an object, then "of").
_ACCUSE_OBJECT = r"(?=\s+(?!of\b)(?:[\w'’.-]+\s+){1,6}?of\b)"
PARTICIPLE_RE = re.compile(
    rf"\b(?:{alternation(PARTICIPLE_CUES)})\b|(?<!\ba\s)(?<!\bthe\s)(?<!\bmost\s)(?<!\bvery\s)(?<!\bmore\s)"
    rf"(?<!\bso\s)\btelling\b(?=\s+[\w'’-]+)"
    rf"|\baccusing\b{_ACCUSE_OBJECT}"
)
#: Verbs that report speech with a particular complement: "accused the council of ignoring" (an object and
#: "of", so "a man accused of arson" is no speech), "appealed to the public for" ("appealed the ruling" is a
#: legal step, not speech).
COMPLEMENT_CUE_RE = re.compile(rf"\b(?:accused|accuses){_ACCUSE_OBJECT}|\b(?:appealed|appeals)(?=\s+(?:to|for)\b)")
SOURCE_CUE_RE = re.compile(rf"\b(?:{alternation(SOURCE_CUES)})\b", re.IGNORECASE)
COURT_CUE_RE = re.compile(rf"\b(?:{alternation(COURT_CUES)})\b(?=\s+that\b)")
#: A court's verb that closes the attribution after a quotation: '"...," Justice Ngozi Eze held.'
COURT_CUE_AFTER_RE = re.compile(
    rf"(?P<phrase>[^,;:!?\"“”]{{1,80}}?)\s+(?P<cue>{alternation(COURT_CUES)})\s*(?:[.!?]|$)"
)
ANY_CUE_RE = re.compile(
    rf"{CUE_RE.pattern}|{WEAK_CUE_RE.pattern}|{COURT_CUE_RE.pattern}|{PARTICIPLE_RE.pattern}|{COMPLEMENT_CUE_RE.pattern}"
)

# A name token: a capitalised word ("Lavrov", "O'Brien", "Jean-Pierre"), an initial ("J.") or initials
# written without a space ("H.S.", as Indian and many African papers write them), or an abbreviated title
# ("Dr.", "Gov."). A full stop after a longer word ends the sentence, not the name.
_TITLE_ABBREVIATIONS = "Dr|Mr|Mrs|Ms|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Prof|Rev|Sgt|Maj|Adm|Brig"
NAME_TOKEN = rf"(?:(?:[A-ZÀ-ÖØ-Þ]\.){{1,3}}|(?:{_TITLE_ABBREVIATIONS})\.|[A-ZÀ-ÖØ-Þ][\w'’-]*\w|[A-ZÀ-ÖØ-Þ])"

#: Space between the words of a name: never a paragraph break (at most one line break, for wrapped copy).
NAME_SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"

_ABBREVIATION_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(a) for a in ABBREVIATIONS), key=len, reverse=True)) + r")\.",
    re.IGNORECASE,
)
_INITIAL_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ]\.")

_MONTH = "|".join([*MONTHS, *(f"{m}\\.?" for m in MONTH_ABBREVIATIONS)])
#: A dateline opening a story: "PARIS, May 3 (Reuters) - ", "NAIROBI, Kenya (AP) — ", "MOSCOW (AP) — ",
#: "WASHINGTON — ", and the South Asian press's "MUMBAI: " / "LONDON, Sept 13: ". Upper-case place, optional
#: region and date, optional agency, then a dash or a colon.
DATELINE_RE = re.compile(
    rf"^[\s\"“”'‘’]*[A-ZÀ-ÖØ-Þ][A-Z.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Z.'’-]+)*"
    rf"(?:,\s*[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*)*)?"
    rf"(?:,?\s*(?:{_MONTH})\s+\d{{1,2}})?"
    rf"\s*(?:\((?:{alternation(DATELINE_AGENCIES)})\))?"
    rf"\s*(?:[-—–]+|:)\s*"
)


def mask_abbreviations(text: str) -> str:
    """``text`` with the full stops of abbreviations and initials replaced by a space (same length),
    so that a search for sentence punctuation does not stop at "Dr." or "U.S."."""
    masked = _ABBREVIATION_RE.sub(lambda m: m.group(0)[:-1] + " ", text)
    return _INITIAL_RE.sub(lambda m: m.group(0)[:-1] + " ", masked)


def has_sentence_punctuation(text: str, marks: str = '.;:!?"“”') -> bool:
    """Whether ``text`` holds sentence punctuation other than the dots of abbreviations."""
    masked = mask_abbreviations(text)
    return any(ch in masked for ch in marks)


def strip_dateline(text: str) -> tuple[str, int]:
    """``text`` without a leading dateline, and how many characters were removed."""
    match = DATELINE_RE.match(text)
    if not match or not re.search(r"[-—–:]", match.group(0)):
        return text, 0
    return text[match.end() :], match.end()
