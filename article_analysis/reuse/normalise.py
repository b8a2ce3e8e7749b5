"""What of a sentence counts when two texts are compared: its words without their typography.

A copy desk changes quotation marks, apostrophes, dashes, accents, the case of a word that now opens the
sentence, a possessive (Cuevas' / Cuevas's) and the dateline; none of that is a change of what the sentence
says, so the words are compared after :func:`plain` and :func:`diff_words` have removed it. Similarity reads content
stems (:func:`content_stems`): the words that are not function words, cut to a crude stem, so that
"announced" meets "announcement" and "Estonia" meets "Estonian".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..speech.cues import strip_dateline
from ..speech.people import is_title_word
from ..structure.tokens import WORD_RE
from .wordlists import STOP_WORDS

_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2012": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})  # fmt: skip
_POSSESSIVE = re.compile(r"'s?$")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# An amount written with its currency code glued on ("$US29.44" reads "US29.44") or a unit or magnitude glued
# after it ("3.2m", "88.16m", "4bn", "40C", "12.50pm", "24th"): the number is the same as in "$29.44",
# "3.2 million", "88.16 metres", "40°C", "12.50 p.m.", "24 June".
_GLUED_NUMBER = re.compile(
    r"^(?:us|au|a|nz|hk|sg|ca|c)?(\d[\d,]*(?:\.\d+)?)(?:m|bn|b|k|km|kg|cm|mm|ft|mph|pc|c|f|am|pm|st|nd|rd|th)?$"
)
_BEFORE_A_NAME = frozenset({"former", "late", "then", "acting", "interim", "deputy", "outgoing", "incoming"})
#: A figure precise enough to show where it was taken from: a decimal ("88.16") or three digits or more.
SPECIFIC_FIGURE = re.compile(r"^(?:\d+\.\d+|\d{3,})$")
# A hyphen between letters, and between a lower-case word and a number ("mid-19th", "one-in-300": the number
# is still stated; "COVID-19" stays one word).
_HYPHENATED = re.compile(
    r"(?i:(?<=[a-z])-(?=[a-z]))|(?:(?<=\b[a-z]{2})|(?<=\b[a-z]{3})|(?<=\b[a-z]{4})|(?<=\b[a-z]{5}))-(?=\d)"
)
# British and American spellings of one word meet ("palaeontologists", "paleontologists"; "colour", "color";
# "defence", "defense"; "centre", "center"): applied to both texts alike, so it only joins spellings.
_SPELLING = ((re.compile(r"ae(?=[a-z])"), "e"), (re.compile(r"(?<=\w{2})our$"), "or"),
             (re.compile(r"(?<=\w{2})ence$"), "ense"), (re.compile(r"(?<=\w{2})tre$"), "ter"),
             (re.compile(r"(?<=\w{3})is(?=e$|ed$|es$|ing$|ation)"), "iz"))  # fmt: skip
_STEM_LENGTH = 6  # a stem is at most this long: "announced", "announcement" -> "announ"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
# The months a style guide abbreviates before a day (AP Stylebook, "months": Jan., Feb., Aug., Sept., Oct.,
# Nov., Dec.; "Sep." in other styles): "Oct. 7" and "October 7" are one date.
MONTH_ABBREVIATIONS = {"jan": "january", "feb": "february", "aug": "august", "sep": "september",
                        "sept": "september", "oct": "october", "nov": "november", "dec": "december"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Word:
    """A word as compared (``key``: case and typography removed), as written, and where it stands."""

    key: str
    surface: str
    opens: bool  # the first word of its sentence: its capital says nothing


def plain(text: str) -> str:
    """``text`` without a leading dateline, with one form of each quotation mark, apostrophe and dash."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    stripped, _ = strip_dateline(text)
    return stripped


def diff_words(text: str) -> list[Word]:
    """The words of a sentence as two versions of it are compared: case, typography and possessives aside."""
    return list(_diff_words(text))


@lru_cache(maxsize=8192)  # a source sentence is compared with every derived sentence that re-uses it
def _diff_words(text: str) -> tuple[Word, ...]:
    words: list[Word] = []
    for match in WORD_RE.finditer(plain(text)):
        # A hyphen is typography too: "limited-overs" and "limited overs" are the same words.
        for surface in _HYPHENATED.split(match.group(0)):
            key = _without_accents(surface.casefold())
            if not _NUMBER.match(key):
                key = _POSSESSIVE.sub("", key) or key
            words.append(Word(key, surface, not words))
    return tuple(words)


def _without_accents(word: str) -> str:
    """A word without its diacritics: "Goudé" and "Goude" are one name as two copy desks typed it."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def number_value(key: str) -> str:
    """A number as digits without separators ("1,800" -> "1800"; "us29.44" -> "29.44"; "3.2m" -> "3.2"), or
    "" when the word is not one."""
    match = _GLUED_NUMBER.match(key)
    return match.group(1).replace(",", "") if match else ""


@lru_cache(maxsize=65536)  # a text repeats its words
def stem(word: str) -> str:
    """A crude English stem: plural, past, -ing and -ly endings cut, then at most six letters."""
    if number_value(word):
        return number_value(word)
    word = MONTH_ABBREVIATIONS.get(word, word)
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:_STEM_LENGTH]


@lru_cache(maxsize=65536)
def _parts(key: str) -> tuple[str, ...]:
    """A hyphenated word's parts ("soviet-era" -> soviet, era); a short prefix stays joined ("re-entry")."""
    parts = [p for p in re.split(r"[-.']", key) if p]
    if len(parts) > 1 and len(parts[0]) <= 2:
        return ("".join(parts),)
    return tuple(parts)


def content_stems(words: list[Word]) -> list[tuple[str, bool]]:
    """The content words of a sentence as stems, each with whether it is written as a name (a capital
    anywhere but at the sentence's start, or a title before a name)."""
    # A title or its modifier written before a name ("former Vancouver mayor Kennedy Stewart") is part of how
    # the name is written: every report of the person repeats it. Read right to left, so a chain joins.
    names = [w.surface[:1].isupper() and not w.opens for w in words]
    for k in range(len(words) - 2, -1, -1):
        key = words[k].key
        if names[k + 1] and (key in _BEFORE_A_NAME or is_title_word(key)):
            names[k] = True
    stems = []
    for word, name in zip(words, names, strict=True):
        for part in _parts(word.key) if not number_value(word.key) else (word.key,):
            if part in STOP_WORDS or (len(part) < 2 and not part.isdigit()):
                continue
            stems.append((stem(part), name))
    return stems


#: The stems of the months' names (an abbreviated month has its name's stem: see :func:`stem`).
MONTH_STEMS = frozenset(stem(month) for month in _MONTHS)
