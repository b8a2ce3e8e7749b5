"""Which way a time expression points: the tense of the verb nearest to it.

News copy dates things relative to the day it runs, and a bare "Friday" or "in June" means the last
one or the next one depending on the clause: "a strike would begin Friday" is the coming Friday,
"the company reported a loss on Friday" the last. The nearest verb form decides (a modal or "will",
a schedule verb in the present such as "begins" or "ends", a past tense or a perfect); clause
punctuation between the verb and the expression counts as distance. Only when no verb decides do weak
signals ("until", "by", "next"; "ago", "since") point the way.
"""

from __future__ import annotations

import re

from ..structure.tokens import Tokens
from .wordlists import (
    EXPECTING,
    FUTURE_AUXILIARIES,
    FUTURE_PHRASES,
    IRREGULAR_PAST,
    NOT_PAST_ED,
    POSTPONING,
    SCHEDULE_VERBS,
    WEAK_FUTURE,
    WEAK_PAST,
)

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[,;:—–()]")
_CLAUSE_PENALTY = 3
_COORDINATION_PENALTY = 5  # a verb after "and" belongs to the next clause more surely than one after a comma
_WINDOW = 12
_BE = frozenset({"be", "been", "being", "is", "are", "am", "was", "were"})
_PRESENT_BE = frozenset({"is", "are", "am"})
_PAST_BE = frozenset({"was", "were"})
_PERFECT = frozenset({"has", "have", "had"})
# Present linking verbs: a participle after them is an adjective ("stays closed until March").
_LINKING_PRESENT = frozenset(
    {
        "stays",
        "stay",
        "remains",
        "remain",
        "seems",
        "seem",
        "looks",
        "look",
        "becomes",
        "become",
        "gets",
        "get",
        "keeps",
        "keep",
        "appears",
        "appear",
    }
)
_FUTURE_AUX = frozenset(FUTURE_AUXILIARIES)
_SCHEDULE = frozenset(v for v in SCHEDULE_VERBS if " " not in v)
_PHRASES = [tuple(p.split()) for p in (*FUTURE_PHRASES, *(v for v in SCHEDULE_VERBS if " " in v))]
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# How many words on each side can decide: the window, the longest phrase read ahead, two words read back.
_REACH = _WINDOW + max(len(p) for p in _PHRASES) + 2


def _words(text: str) -> list[str]:
    """The words (and clause marks) tense is read from, lower case: letters only ("10-year" gives "year")."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


_POSTPONING = [tuple(p.split()) for p in POSTPONING]


# Conjunctions that open a clause of its own after the expression.
_COORDINATORS = frozenset({"and", "but", "while", "whereas"})
# Verbs of committing to what is to come: "has promised to publish ... before Christmas" looks forward.
_COMMITTING = frozenset({"promised", "pledged", "vowed", "planned", "agreed", "decided", "threatened", "promises",
                         "pledges", "vows", "plans", "aims", "intends", "intended", "hopes", "hoped"})  # fmt: skip
# Verbs that tell of what is to come ("warned of", "forecast that").
_FORETELLING = frozenset({"warned", "warns", "warning", "forecast", "forecasts", "predicted", "predicts"})
# Conjunctions after which a past form states a condition on what is still to come.
_CONDITIONAL = frozenset({"unless", "if", "until"})


def _marker(words: list[str], i: int, before: bool = False) -> str:
    """The tense a word at ``words[i]`` marks: 'future', 'past', 'present' or ''; ``before``: the word comes
    before the expression."""
    w = words[i]
    if before and w == "to" and any(tuple(words[i : i + len(p)]) == p for p in _POSTPONING):
        return "future"
    prev = words[i - 1] if i > 0 else ""
    prev2 = words[i - 2] if i > 1 else ""
    if w in _COMMITTING and i + 1 < len(words) and words[i + 1] == "to":
        return "future"
    if w in _FORETELLING and i + 1 < len(words) and words[i + 1] in ("of", "that"):
        return "future"  # "has warned of disruptive snow on Sunday": a warning is of what is to come
    if _CONDITIONAL & set(words[max(0, i - 4) : i]) and (w.endswith("ed") or w in IRREGULAR_PAST):
        return ""  # "would strike unless the operator tabled an offer by Friday": a condition, not the past
    for phrase in _PHRASES_BY_FIRST.get(w, ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return "future"
    if w in EXPECTING and prev not in ("the", "a", "an", "to", "its", "their", "weather"):
        return "future"
    if w in _FUTURE_AUX and not (w == "may" and prev in ("in", "of", "since", "until", "by")):
        return "future"
    if w in _PAST_BE or w == "did":
        return "past"
    if w == "had":
        return "past"
    if (
        w in ("has", "have")
        and i + 1 < len(words)
        and (
            words[i + 1].endswith("ed")
            or words[i + 1] in IRREGULAR_PAST
            or words[i + 1] in ("been", "begun", "gone", "done")
        )
    ):
        return "past"  # fmt: skip
    if w in IRREGULAR_PAST and prev not in _FUTURE_AUX and prev not in _BE:
        return "past"
    if w.endswith("ed") and len(w) > 3 and w not in NOT_PAST_ED:
        # A participle after "be" or a modal takes that auxiliary's tense ("will be held", "was closed").
        for aux in (prev, prev2):
            if aux in _FUTURE_AUX:
                return "future"
            if aux in _PRESENT_BE:
                return "future" if w in ("scheduled", "expected", "slated", "planned", "set", "due") else "present"
            if aux in _PAST_BE or aux in _PERFECT:
                return "past"
        if prev == "be":  # "due to be played", "expected to be named": the phrase before the infinitive decides
            return ""
        if prev in _LINKING_PRESENT:
            return "present"
        return "past"
    if w in _PRESENT_BE:
        return "present"
    if w in _SCHEDULE and prev not in ("the", "a", "an", "to", "its", "their", "this", "that"):
        return "schedule"
    return ""


def direction(sentence: str, start: int, end: int) -> str:
    """'future', 'past', 'present' (a copula: "the deadline is Jan. 31") or '' for the expression at
    ``sentence[start:end]`` (offsets into ``sentence``)."""
    return direction_at(Tokens.of(sentence), start, end, 0, len(sentence))


def direction_at(tokens: Tokens, start: int, end: int, lo: int, hi: int) -> str:
    """:func:`direction` of the expression at ``[start, end)`` in the sentence at ``[lo, hi)`` of the text
    ``tokens`` belong to, reading only the tokens near the expression (a word never spans two tokens, so
    the words read token by token are the words of the sentence)."""
    text = tokens.text
    left: list[str] = []
    for a, b in tokens.overlapping(lo, start, reverse=True):
        left[:0] = _words(text[a:b])
        if len(left) >= _REACH:
            break
    right: list[str] = []
    for a, b in tokens.overlapping(end, hi):
        right += _words(text[a:b])
        if len(right) >= _REACH:
            break
    return _direction(left, right)


def _direction(left: list[str], right: list[str]) -> str:
    candidates: list[tuple[float, str]] = []
    for side, words in (("left", left), ("right", right)):
        order = range(len(words) - 1, max(-1, len(words) - 1 - _WINDOW), -1) if side == "left" else range(
            min(len(words), _WINDOW))  # fmt: skip
        distance = 0.0
        for i in order:
            w = words[i]
            if w in (",", ";", ":", "—", "–", "(", ")"):
                distance += _CLAUSE_PENALTY
                continue
            if side == "right" and w in _COORDINATORS:
                distance += _COORDINATION_PENALTY  # "signed on Monday and could make his debut": the next clause's verb
                continue
            distance += 1
            mark = _marker(words, i, side == "left")
            if mark:
                candidates.append((distance + (0.1 if side == "right" else 0.0), mark))
                break
    if candidates:
        _, mark = min(candidates)
        if mark in ("future", "past"):
            return mark
        if mark == "schedule":
            return "future"
        return _weak(left, right) or "present"
    return _weak(left, right)


def _weak(left: list[str], right: list[str]) -> str:
    near = left[-4:] + right[:3]
    if any(w in WEAK_FUTURE for w in near):
        return "future"
    if any(w in WEAK_PAST for w in near):
        return "past"
    return ""
