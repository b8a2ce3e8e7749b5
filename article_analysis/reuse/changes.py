"""What a re-write changed in one sentence it took from a source: the codes of :mod:`.codes`, by rule.

The two sentences are compared word by word after typography is set aside (:mod:`.normalise`), so a curly
apostrophe, a dash, a dateline or the capital of a word that now opens the sentence changes nothing. Then:

- verbatim when no word differs; trimmed when words are only cut; paraphrase when words are added;
- fact_changed when a number (digits or a number word: "five" against "three") or a name (a capitalised word
  inside the sentence, titles aside) is cut and another put in its place; a number or a name only cut is a trim;
- hedge_added / hedge_removed when a distancing word is in one sentence and no distancing word in the other;
- speaker_blurred when a named speaker (or a role) becomes a group or an unnamed source ("officials"), and
  attribution_changed when the words are given to another speaker, or to more speakers; a speaker cut with
  none in its place is a trim, and a speaker moved after the verb ("..., police said") is the same speaker.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..speech.cues import CUE_RE, SOURCE_CUE_RE, mask_abbreviations
from ..speech.people import is_title_word
from ..speech.speakers import subject_before
from ..speech.wordlists import ABBREVIATIONS, AUXILIARIES, CLAUSE_VERBS, NOT_A_REPORT_BEFORE
from .normalise import Word, diff_words, number_value, plain
from .wordlists import (
    DISTANCING_TERMS,
    DISTANCING_VERBS,
    GROUP_SPEAKERS,
    NUMBERS_AS_WORDS,
    QUALIFYING_TERMS,
    ROLE_EQUIVALENTS,
    STOP_WORDS,
)

_CLAUSE = "|".join(CLAUSE_VERBS)

_DISTANCING = re.compile(
    rf"\b(?:{'|'.join(re.escape(t) for t in DISTANCING_TERMS)})\b"
    # A distancing verb reports a claim only when a clause follows ("claimed that", "insists the plan is"):
    # "claimed responsibility", "maintained regular contacts" distance nothing.
    rf"|\b(?:{'|'.join(re.escape(t) for t in DISTANCING_VERBS)})\b(?=\s+that\b|(?:\s+\S+){{0,7}}?\s+(?:{_CLAUSE})\b)",
    re.IGNORECASE,
)
_QUALIFYING = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in QUALIFYING_TERMS)})\b", re.IGNORECASE)
_PASSIVE = re.compile(rf"\b(?:{'|'.join(NOT_A_REPORT_BEFORE)})\s+$", re.IGNORECASE)
_INVERTED_SPEAKER = re.compile(r"\s*((?:the|a|an)\s+)?[A-Za-z][^,.;:!?\"()]{0,80}?(?=\s*(?:[,.;:!?\"]|$))")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"']?[A-Z])")
_NOT_A_SPEAKER_START = frozenset({"it", "he", "she", "they", "we", "i", "you", "that", "this", "there", "to", "in",
                                  "on"})  # fmt: skip
_CLAUSE_WORDS = frozenset(AUXILIARIES) | frozenset(CLAUSE_VERBS) | {"was", "were", "is", "are", "be", "been"}
_EQUIVALENT = {word: min(group) for group in ROLE_EQUIVALENTS for word in group}
# A plural of people named by what they do ("Exporters", "Residents"): a group, though capitalised at the start.
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ees)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_UNNAMED = re.compile(r"^(?:a|an|one|another|some|several|two|three)\s")


@dataclass(frozen=True)
class Change:
    """The codes of one pair, with the words the re-write removed and added (as written)."""

    codes: tuple[str, ...]
    removed: str
    added: str
    copied: int  # words of the derived sentence that are the source's, in its order (difflib's matching blocks)


def _terms(pattern: re.Pattern[str], text: str) -> set[str]:
    return {" ".join(m.group(0).lower().split()) for m in pattern.finditer(text)}


def _hedges(sentence: str) -> set[str]:
    text = plain(sentence)
    return _terms(_DISTANCING, text) | _terms(_QUALIFYING, text)


def _numbers(words: list[Word]) -> set[str]:
    found = set()
    for word in words:
        value = number_value(word.key)
        if value:
            found.add(value)
        elif word.key in NUMBERS_AS_WORDS:
            found.add(str(NUMBERS_AS_WORDS[word.key]))
    return found


def _is_name(word: Word) -> bool:
    """A capitalised word inside the sentence that is not a title ("Cmdr.", "Minister") or a number."""
    bare = word.key.rstrip(".")
    return (word.surface[:1].isupper() and not word.opens and not number_value(word.key)
            and not is_title_word(word.surface) and bare not in ABBREVIATIONS)  # fmt: skip


def _phrase_after(text: str, at: int) -> str:
    """The noun phrase right after a speech verb or "according to", up to the next punctuation; "" when what
    follows is a clause ("said it had offered", "said that ...") rather than a speaker."""
    match = _INVERTED_SPEAKER.match(text, at)
    phrase = match.group(0).strip() if match else ""
    words = phrase.lower().split()
    if not words or len(words) > 8 or words[0] in _NOT_A_SPEAKER_START or any(w in _CLAUSE_WORDS for w in words):
        return ""
    return phrase


def _sentences(text: str) -> list[str]:
    """A text cut at sentence ends (the dots of abbreviations and initials are not ends): the source side of
    a merge holds two sentences."""
    cuts = [m.start() for m in _SENTENCE_END.finditer(mask_abbreviations(text))]  # same offsets, dots masked
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def speakers(text: str) -> list[str]:
    """Who the text says speaks, as written, sentence by sentence: the subject of each speech verb, the phrase
    after an inverted one ('"...," said Marta Quintero'; "..., said trade officials") or after "according to"."""
    found = []
    for sentence in _sentences(plain(text)):
        for cue in CUE_RE.finditer(sentence):
            before = sentence[: cue.start()]
            if _PASSIVE.search(before):
                continue  # "is said to", "was told": no speaker
            inverted = _phrase_after(sentence, cue.end()) if before.rstrip().endswith((",", '"', "'")) else ""
            phrase = inverted or subject_before(before)
            if phrase:
                found.append(phrase)
        for source in SOURCE_CUE_RE.finditer(sentence):
            phrase = _phrase_after(sentence, source.end())
            if phrase:
                found.append(phrase)
    return found


def _speaker_words(phrase: str) -> list[str]:
    """A speaker phrase's words, lower case, possessives cut, each role noun as the first of its equivalents."""
    words = [re.sub(r"'s?$", "", w.casefold()) for w in re.findall(r"[\w'.-]+", _ARTICLE.sub("", phrase.strip()))]
    return [_EQUIVALENT.get(w, w) for w in words]


def _names_in(phrase: str) -> set[str]:
    """The names in a speaker phrase: capitalised words that are not titles, group nouns or function words."""
    words = [w.casefold().rstrip(".") for w in re.findall(r"[\w'.-]+", phrase) if w[:1].isupper() and len(w) > 2]
    return {w for w in words if not is_title_word(w) and w not in GROUP_SPEAKERS and w not in STOP_WORDS
            and not _AGENT_PLURAL.search(w)}  # fmt: skip


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker phrases name the same speaker: one's words hold the other's ("Hall", "Mayor Peter
    Hall"), they share a name ("Cmdr. Ron Borza", "Commander Ron Borza of Houston police") or a head noun."""
    wa, wb = _speaker_words(a), _speaker_words(b)
    if not wa or not wb:
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa) or _names_in(a) & _names_in(b):
        return True
    if (is_title_word(wa[-1]) and wa[-1] in wb) or (is_title_word(wb[-1]) and wb[-1] in wa):
        return True  # a role that refers back to a named person: "the judge" and "Judge Helen Marsh"
    return wa[-1] == wb[-1] and not (_names_in(a) or _names_in(b))


def _is_group(phrase: str) -> bool:
    """A speaker that is a group or an unnamed source: its head is a group noun ("Russian officials",
    "exporters"), or it is indefinite and names no one ("a spokesman for the ministry")."""
    words = _speaker_words(phrase)
    if not words:
        return False
    head = words[-1]
    if head in GROUP_SPEAKERS or (_AGENT_PLURAL.search(head) and not head.endswith("ss")):
        return True  # the head decides: "Russian officials", "Houston police", "exporters"
    return not _names_in(phrase) and bool(_UNNAMED.match(phrase.lower()))


def _attribution(source: str, derived: str) -> str:
    """'speaker_blurred', 'attribution_changed' or '' for the speakers of the two sentences."""
    before, after = speakers(source), speakers(derived)
    if not before or not after:
        return ""  # a speaker cut is a trim; a speaker named where the source names none is not a change of one
    lost = [s for s in before if not any(same_speaker(s, d) for d in after)]
    gained = [d for d in after if not any(same_speaker(s, d) for s in before)]
    if not gained:
        return ""
    if lost and all(_is_group(d) for d in gained) and not all(_is_group(s) for s in lost):
        return "speaker_blurred"
    return "attribution_changed"


def code_pair(source_text: str, derived_text: str) -> Change:
    """The change codes of one aligned pair (form first, then what changed), with the words removed and added."""
    a, b = diff_words(source_text), diff_words(derived_text)
    matcher = difflib.SequenceMatcher(a=[w.key for w in a], b=[w.key for w in b], autojunk=False)
    removed: list[Word] = []
    added: list[Word] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed.extend(a[i1:i2])
        if op in ("replace", "insert"):
            added.extend(b[j1:j2])
    copied = sum(block.size for block in matcher.get_matching_blocks())
    removed_text, added_text = " ".join(w.surface for w in removed), " ".join(w.surface for w in added)
    if not removed and not added:
        return Change(("verbatim",), "", "", copied)
    codes = ["paraphrase" if added else "trimmed"]
    speaker_words = {w for s in speakers(source_text) + speakers(derived_text) for w in _speaker_words(s)}
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    keys_a, keys_b = {w.key for w in a}, {w.key for w in b}
    names_cut = {w.key for w in a if _is_name(w) and w.key not in keys_b and w.key not in speaker_words}
    names_put = {w.key for w in b if _is_name(w) and w.key not in keys_a and w.key not in speaker_words}
    if (numbers_a - numbers_b and numbers_b - numbers_a) or (names_cut and names_put):
        codes.append("fact_changed")
    attribution = _attribution(source_text, derived_text)
    if attribution:
        codes.append(attribution)
    hedges_a, hedges_b = _hedges(source_text), _hedges(derived_text)
    if hedges_b and not hedges_a:
        codes.append("hedge_added")
    if hedges_a and not hedges_b:
        codes.append("hedge_removed")  # one hedge for another is a paraphrase
    return Change(tuple(codes), removed_text, added_text, copied)
