"""What a re-write changed in one sentence it took from a source: the codes of :mod:`.codes`, by rule.

The two sentences are compared word by word after typography is set aside (:mod:`.normalise`), so a curly
apostrophe, a dash, a dateline or the capital of a word that now opens the sentence changes nothing. Then:

- verbatim when no word differs; trimmed when words are only cut; paraphrase when words are added;
- fact_changed when a number (digits or a number word: "five" against "three") or a name (a capitalised word
  inside the sentence, titles aside) is cut and another put in its place; a number or a name only cut is a trim;
  an amount restated ("$US29.44" as "$29.44", "3.2m" as "3.2 million", a bracketed conversion added or dropped),
  an acronym of the sentence's own words and a weekday re-anchored as "today" change no fact;
- hedge_added / hedge_removed when a distancing word is in one sentence and no distancing word in the other;
- speaker_blurred when a named speaker (or a role) becomes a group or an unnamed source ("officials"), and
  attribution_changed when the words are given to another speaker, or to more speakers; a speaker cut with
  none in its place is a trim, a speaker moved after the verb ("..., police said") is the same speaker, and a
  pronoun ("he said" for "Durante said") is compared with no one.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from itertools import pairwise

from ..speech.cues import CUE_RE, SOURCE_CUE_RE, mask_abbreviations
from ..speech.people import is_title_word
from ..speech.speakers import subject_before
from ..speech.wordlists import ABBREVIATIONS, AUXILIARIES, CLAUSE_VERBS, NOT_A_REPORT_BEFORE
from .normalise import MONTH_ABBREVIATIONS, SPECIFIC_FIGURE, Word, content_stems, diff_words, number_value, plain, stem
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
                                  "on", "about", "of", "at", "after", "before", "during", "with", "for", "from",
                                  "by", "as", "when", "while"})  # fmt: skip
# Words between a quotation's closing mark and the speech verb are its speaker ('"...," the coach, who ...,
# told reporters'): the phrase after the verb is then the listener, not an inverted speaker.
# An apostrophe inside a word ("Trump's legal team", "don't") is no closing mark.
_AFTER_QUOTE = re.compile(r"""(?:"|'(?!\w))\s*,?\s*(?P<rest>(?:[^"']|'(?=\w))*)$""")
# Speech verbs of argument in the plural present or with a "that" clause ("his lawyers argue that", "the defense
# contends that"), which the speech rules leave to the courts' reporting: here they only name who speaks.
_ARGUE_CUE = re.compile(r"\b(?:argue|contend|contends|contended|insist|maintain|maintains|maintained)\b(?=\s+that\b)")
# A source named in a parenthetical between commas ("... resigned on Friday, Reuters reports, in a move ..."): the
# outlet or person the sentence gives its claim to, though "reports" alone is too often a noun to be a cue.
_REPORTS_ASIDE = re.compile(r",\s*(?:[Tt]he\s+)?(?P<who>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)\s+reports\s*(?=[,.])")
_CLAUSE_WORDS = frozenset(AUXILIARIES) | frozenset(CLAUSE_VERBS) | {"was", "were", "is", "are", "be", "been"}
_EQUIVALENT = {word: min(group) for group in ROLE_EQUIVALENTS for word in group}
# Roles that speak for the one person they are named after ("Tallgren's lawyers", "a spokesman for Ruiz").
_REPRESENTATIVES = frozenset({_EQUIVALENT["lawyer"], _EQUIVALENT["spokesman"]})
_TWO_WORD_ROLES = {tuple(word.split()) for word in _EQUIVALENT if " " in word}
# A possessive pronoun before a role ("his lawyers") refers to someone the text names: any named possessor of
# the same role in the other sentence ("Trump's legal team") may be that one.
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# A plural of people named by what they do ("Exporters", "Residents"): a group, though capitalised at the start.
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ees)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# An amount restated in another currency or unit in brackets ("$US49.4 billion ($A65.6 billion)", "5 miles
# (8 km)"): adding or dropping the conversion changes no fact, so its numbers and currency codes are not compared.
_CONVERSION = re.compile(
    r"(?<=\d|\w)\s*\(\s*(?:about|around|nearly|roughly|approximately|approx\.|some|almost|over|more than)?\s*"
    r"(?:[A-Z]{0,3}\$|[$£€¥₹]|Rs\.?|[A-Z]{3}\b)?\s*\d[\d.,]*\s*(?:[A-Za-z%]+\s*){0,3}\)"
)
_AMOUNT_BEFORE = re.compile(r"(?:\d[\d.,]*\s*[A-Za-z%]*|million|billion|trillion|crore|lakh)\s*$", re.IGNORECASE)
#: Words that place an event relative to the day of writing: a re-write published on another day re-anchors
#: "Tuesday" as "today" or "yesterday" without changing when it happened.
_DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday",
                           "thursday", "friday", "saturday", "sunday"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
                          "our", "my", "your", "of", "two", "three", "several"})  # fmt: skip
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
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


def _hedge_matches(sentence: str) -> list[re.Match[str]]:
    """The hedges of a sentence. A qualifying word qualifies a noun after a determiner ("the alleged
    attack"); "Prosecutors alleged the protests ..." is a speaker and a speech verb, an attribution."""
    text = plain(sentence)
    found = list(_DISTANCING.finditer(text))
    for match in _QUALIFYING.finditer(text):
        before = text[: match.start()].split()
        if match.group(0).lower() != "alleged" or (before and before[-1].lower() in _DETERMINERS):
            found.append(match)
    return found


def _hedges(sentence: str) -> set[str]:
    return {" ".join(m.group(0).lower().split()) for m in _hedge_matches(sentence)}


def _hedged_claims(sentence: str) -> list[set[str]]:
    """The content stems each hedge bears on: the rest of its sentence ("allegedly caused more than 50,000 hours
    of delay, affecting 700,000 vehicles": an adverb of the verb covers all its clause's objects)."""
    text = plain(sentence)
    claims = []
    for match in _hedge_matches(sentence):
        after = diff_words(text[match.end() :])
        claims.append({t for t, _ in content_stems(after)})
    return claims


def _claim_kept(claims: list[set[str]], other: str) -> bool:
    """Whether the other sentence still states one of the hedged claims (at least half its content words):
    a hedge cut with the words it hedged is a trim, and one put on words the source lacks hedges new material."""
    stems = {t for t, _ in content_stems(diff_words(other))}
    return any(claim and len(claim & stems) * 2 >= len(claim) for claim in claims)


def _value(word: Word) -> str:
    return number_value(word.key) or (str(NUMBERS_AS_WORDS[word.key]) if word.key in NUMBERS_AS_WORDS else "")


def _numbers(words: list[Word]) -> set[str]:
    return {value for value in map(_value, words) if value}


def _counted(words: list[Word]) -> set[str]:
    """Each number with the word it counts ("2 dozen", "3 day"): a number stated elsewhere in the other text
    with the same word after it ("at least two dozen people" moved into another sentence) was moved."""
    found = set()
    for word, following in pairwise(words):
        value = _value(word)
        if value and not _value(following):
            found.add(f"{value} {stem(following.key)}")
    return found


def _is_name(word: Word) -> bool:
    """A capitalised word inside the sentence that is not a title ("Cmdr.", "Minister"), an abbreviation other
    than a month's ("Oct." names a date), a number or a single letter (the unit of "40 °C" as the words read
    it)."""
    bare = word.key.rstrip(".")
    abbreviation = bare in ABBREVIATIONS and bare not in MONTH_ABBREVIATIONS
    return (word.surface[:1].isupper() and not word.opens and not number_value(word.key) and len(bare) > 1
            and not is_title_word(word.surface) and not abbreviation)  # fmt: skip


@dataclass(frozen=True)
class TextFacts:
    """What a whole text states, read once (linear in its length) and looked up per pair in constant time:
    its word stems, its precise figures ("90.23", "1800"), its numbers with the word each counts ("2 dozen")
    and every acronym its capitalised words make in order ("DL" from "Diamond League")."""

    stems: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()
    counted: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()


_ACRONYM_LENGTH = range(2, 7)


def facts(text: str) -> TextFacts:
    """The :class:`TextFacts` of a whole text: a figure or name a re-write puts in that its source states
    elsewhere was moved, not changed (see ``code_pair``)."""
    words = diff_words(text)
    stems, figures = set(), set()
    for word in words:
        value = number_value(word.key) or str(NUMBERS_AS_WORDS.get(word.key, ""))
        if value and SPECIFIC_FIGURE.match(value):
            figures.add(value)
        stems.add(value or stem(word.key))
    initials = "".join(w.key[:1] for w in words if w.surface[:1].isupper())
    acronyms = {initials[k : k + n] for n in _ACRONYM_LENGTH for k in range(len(initials) - n + 1)}
    return TextFacts(frozenset(stems), frozenset(figures), frozenset(_counted(words)), frozenset(acronyms))


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
        cues = sorted([*CUE_RE.finditer(sentence), *_ARGUE_CUE.finditer(sentence)], key=lambda m: m.start())
        for cue in cues:
            before = sentence[: cue.start()]
            if _PASSIVE.search(before):
                continue  # "is said to", "was told": no speaker
            after_quote = _AFTER_QUOTE.search(before)
            if after_quote and re.search(r"\w", after_quote.group("rest")):
                before = after_quote.group("rest")  # the speaker stands between the quotation and the verb
                inverted = ""
            else:
                inverted = _phrase_after(sentence, cue.end()) if before.rstrip().endswith((",", '"', "'")) else ""
            phrase = inverted or subject_before(before)
            if phrase and phrase.split()[0].lower() not in _NOT_A_SPEAKER_START:
                found.append(phrase)  # "from Hereford -" ends a list of people: it is no speaker
        found.extend(aside.group("who") for aside in _REPORTS_ASIDE.finditer(sentence))
        for source in SOURCE_CUE_RE.finditer(sentence):
            phrase = _phrase_after(sentence, source.end())
            if phrase:
                found.append(phrase)
    return found


def _speaker_words(phrase: str, canonical: bool = True) -> list[str]:
    """A speaker phrase's words, lower case, possessives cut, each role noun (or two-word role, singular or
    plural) as the first of its equivalents; a role "for" or "of" someone ("lawyers for Shafer") is written
    with its possessor first ("Shafer lawyers"), as "Shafer's lawyers" is."""
    words = [re.sub(r"'s?$", "", w.casefold()) for w in re.findall(r"[\w'.-]+", _ARTICLE.sub("", phrase.strip()))]
    if not canonical:
        return words
    joined: list[str] = []
    for word in words:
        if joined and (joined[-1], word) in _TWO_WORD_ROLES:
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    roles = [_role(w) for w in joined]
    for k in range(1, len(roles) - 1):
        if roles[k] in ("for", "of") and roles[k - 1] in _EQUIVALENT.values():
            owner = [w for w in roles[k + 1 :] if w not in ("the", "a", "an")]
            return owner + roles[:k]
    return roles


def _role(word: str) -> str:
    """A role noun as the first of its equivalents, a plural ("attorneys") as its singular's."""
    if word in _EQUIVALENT:
        return _EQUIVALENT[word]
    if word.endswith("s") and word[:-1] in _EQUIVALENT:
        return _EQUIVALENT[word[:-1]]
    return word


def _names_in(phrase: str) -> set[str]:
    """The names in a speaker phrase: capitalised words that are not titles, group nouns or function words."""
    words = [
        re.sub(r"'s?$", "", w.casefold().rstrip("."))
        for w in re.findall(r"[\w'.-]+", phrase)
        if w[:1].isupper() and len(w) > 2
    ]
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
    if _names_in(a) and _names_in(b):
        return False  # "Trump's lawyers" and "Shafer's lawyers": two named people, no name shared
    if (is_title_word(wa[-1]) and wa[-1] in wb) or (is_title_word(wb[-1]) and wb[-1] in wa):
        return True  # a role that refers back to a named person: "the judge" and "Judge Helen Marsh"
    if wa[-1] == wb[-1] and (wa[0] in _POSSESSIVE_PRONOUNS or wb[0] in _POSSESSIVE_PRONOUNS):
        return True  # "his lawyers" and "Trump's legal team": the pronoun may stand for the named possessor
    return wa[-1] == wb[-1] and not (_names_in(a) or _names_in(b))


def _is_group(phrase: str) -> bool:
    """A speaker that is a group or an unnamed source: its head is a group noun ("Russian officials",
    "exporters"), or it is indefinite and names no one ("a spokesman for the ministry")."""
    words = _speaker_words(phrase)
    if not words:
        return False
    head = words[-1]
    if head in _REPRESENTATIVES and len(words) > 1 and words[0] in _names_in(phrase):
        return False  # "Tallgren's lawyers", "lawyers for Haskell" speak for a named person
    as_written = _speaker_words(phrase, canonical=False)[-1]
    if {as_written, head} & GROUP_SPEAKERS or (_AGENT_PLURAL.search(head) and not head.endswith("ss")):
        return True  # the head decides: "Russian officials", "Houston police", "exporters"
    return not _names_in(phrase) and bool(_UNNAMED.match(phrase.lower()))


def _without_conversions(text: str) -> str:
    """``text`` without the bracketed conversions of an amount it states (see ``_CONVERSION``)."""
    kept, at = [], 0
    for match in _CONVERSION.finditer(text):
        if _AMOUNT_BEFORE.search(text, 0, match.start()):
            kept.append(text[at : match.start()])
            at = match.end()
    return "".join(kept) + text[at:]


class _Either:
    """Membership in either of two sets, without copying the larger (a whole text's stems) per pair."""

    def __init__(self, local: set[str], text: frozenset[str]) -> None:
        self.local, self.text = local, text

    def __contains__(self, item: object) -> bool:
        return item in self.local or item in self.text


def _acronym_of(key: str, words: list[Word], text_facts: TextFacts | None = None) -> bool:
    """Whether ``key`` is the initials of consecutive words of the sentence ("NGP": next generation products),
    or of consecutive capitalised words of the whole text (``text_facts``: "DL", "Diamond League")."""
    if len(key) < 2 or not key.isalpha():
        return False
    initials = "".join(w.key[:1] for w in words)
    return key in initials or (text_facts is not None and key in text_facts.acronyms)


def _referring(phrase: str) -> bool:
    """A definite description ("the agency", "the Haryana-lad"): it refers back to a speaker named before."""
    return phrase.strip(" \"'").lower().startswith("the ")


def _attribution(source: str, derived: str) -> str:
    """'speaker_blurred', 'attribution_changed' or '' for the speakers of the two sentences. A pronoun says
    nothing on its own about who speaks ("he said" and "Durante said" may be one man), so it is not compared."""
    before = [s for s in speakers(source) if s.strip(" \"'").lower() not in _PRONOUNS]
    after = [s for s in speakers(derived) if s.strip(" \"'").lower() not in _PRONOUNS]
    if not before or not after:
        return ""  # a speaker cut is a trim; a speaker named where the source names none is not a change of one
    lost = [s for s in before if not any(same_speaker(s, d) for d in after)]
    gained = [d for d in after if not any(same_speaker(s, d) for s in before)]
    if not gained:
        return ""
    if lost and all(_referring(s) for s in lost) and not any(_is_group(d) for d in gained):
        return ""  # a name for a description that refers back ("the Haryana-lad" -> "Chopra") clarifies
    if all(_referring(d) and not _is_group(d) for d in gained):
        return ""  # "the agency vowed": a description of a speaker the sentence has named refers back to it
    if lost and all(_is_group(d) for d in gained) and not all(_is_group(s) for s in lost):
        return "speaker_blurred"
    return "attribution_changed"


def code_pair(
    source_text: str,
    derived_text: str,
    source_facts: TextFacts | None = None,
    derived_facts: TextFacts | None = None,
) -> Change:
    """The change codes of one aligned pair (form first, then what changed), with the words removed and added.
    ``source_facts`` and ``derived_facts`` (:func:`facts` of the whole texts) let a figure or name that the
    other text states elsewhere count as moved rather than changed."""
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
    # Facts are compared without bracketed conversions; a name put in that is the initials of words of either
    # sentence ("(NGP)", "(BAT)") names nothing new; days are compared apart from names (re-anchoring below).
    # A fact counts as cut or put only outside the conversions, and as kept if the other sentence has it
    # anywhere ("1,000 pounds (495 kilograms)" re-written "495 kilograms" keeps the weight).
    # Names are compared by stem ("German", "Germany"); an acronym of the other sentence's words ("DL",
    # "Diamond League") is the same name.
    fa, fb = diff_words(_without_conversions(source_text)), diff_words(_without_conversions(derived_text))
    # Only a figure precise enough to identify ("90.23", "1,800") counts as moved from elsewhere: "three" is in
    # many sentences.
    source_facts, derived_facts = source_facts or TextFacts(), derived_facts or TextFacts()
    numbers_cut = _numbers(fa) - _numbers(b) - derived_facts.figures
    numbers_put = _numbers(fb) - _numbers(a) - source_facts.figures
    # A number with the word it counts that the other text states elsewhere was moved, not changed.
    numbers_cut -= {c.split()[0] for c in _counted(fa) & derived_facts.counted}
    numbers_put -= {c.split()[0] for c in _counted(fb) & source_facts.counted}
    stems_a = _Either({stem(w.key) for w in a}, source_facts.stems)
    stems_b = _Either({stem(w.key) for w in b}, derived_facts.stems)
    names_cut = {w.key for w in fa if _is_name(w) and stem(w.key) not in stems_b and w.key not in speaker_words
                 and not _acronym_of(w.key, b, derived_facts)}  # fmt: skip
    names_put = {w.key for w in fb if _is_name(w) and stem(w.key) not in stems_a and w.key not in speaker_words
                 and not _acronym_of(w.key, a, source_facts) and not _acronym_of(w.key, b)}  # fmt: skip
    days_cut, days_put = names_cut & _DEICTIC_DAYS, names_put & _DEICTIC_DAYS
    names_cut, names_put = names_cut - _DEICTIC_DAYS, names_put - _DEICTIC_DAYS
    # One weekday for another moves the event; a weekday for "today" or "yesterday" only re-anchors it.
    moved_day = bool(days_cut and days_put)
    if (numbers_cut and numbers_put) or (names_cut and names_put) or moved_day:
        codes.append("fact_changed")
    attribution = _attribution(source_text, derived_text)
    if attribution:
        codes.append(attribution)
    hedges_a, hedges_b = _hedges(source_text), _hedges(derived_text)
    if hedges_b and not hedges_a and _claim_kept(_hedged_claims(derived_text), source_text):
        codes.append("hedge_added")
    if hedges_a and not hedges_b and _claim_kept(_hedged_claims(source_text), derived_text):
        codes.append("hedge_removed")  # one hedge for another is a paraphrase
    return Change(tuple(codes), removed_text, added_text, copied)
