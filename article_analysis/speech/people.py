"""The people a text introduces, where each is mentioned, and what is known of their gender.

A news story introduces a person once with a title ("Union leader Mark Olsen", "Dr. Lena Park") or
an appositive ("Ana Ruiz, the mayor of Eastport,"; "The port's chief engineer, Omar Haddad,") and then
refers to them by surname, by role ("the mayor") or by pronoun. This index collects those
introductions from the text alone (no list of names in code), every later mention of each person,
and the gender the text itself marks (an honorific, a gendered noun, a "her" in the sentence that
introduces them), so that pronouns and roles can be resolved to the nearest compatible person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from ..document import Document
from ..structure.sentences import Sentence
from .cues import NAME_SPACE, NAME_TOKEN, alternation
from .wordlists import (
    ABBREVIATED_TITLES,
    GENDERED_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    ORGANISATION_HEADS,
    PORTFOLIO_WORDS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)

ROLE_HEADS = frozenset(w for w in ROLE_WORDS if " " not in w)
TITLE_WORDS = ROLE_HEADS | frozenset(TITLE_MODIFIERS) | frozenset(HONORIFICS)
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
#: A personal name: two to five name tokens, lower-case particles allowed inside ("Erik van Dijkstra").
NAME_RE = rf"{NAME_TOKEN}(?:{NAME_SPACE}(?:(?:{_PARTICLE}){NAME_SPACE})*{NAME_TOKEN}){{1,4}}"
_ROLE_ALT = alternation(tuple(ROLE_WORDS))
_TITLE_WORD_ALT = alternation(tuple(sorted(TITLE_WORDS | set(ROLE_WORDS))))
_HONORIFIC_ALT = alternation(tuple(h for h in HONORIFICS if len(h) <= 4))
# A run that ends like an organisation or a place is not a person's name ("Manchester City", "Harbor Bank").
_ORG_TAIL = re.compile(
    r"\b(?:" + "|".join(re.escape(h) for h in ORGANISATION_HEADS if " " not in h) + r"|City|County|Street|"
    r"Avenue|Road|Stadium|Center|Centre|Airport|River|Lake|Island|Islands|Sea|Ocean|Mountains?|Valley|"
    r"Times|Post|Journal|Herald|Tribune|Square)$",
    re.IGNORECASE,
)


# Capitalised words that open a sentence before a name-like run ("In London", "Meanwhile Ruiz"): never a
# person's first name.
_NOT_A_FIRST_NAME = frozenset({
    "in", "at", "on", "from", "for", "with", "by", "after", "before", "during", "the", "a", "an", "and", "but",
    "as", "of", "to", "since", "when", "while", "if", "meanwhile", "however", "outside", "inside", "near",
})  # fmt: skip
#: Role words that are also common given names ("Dean", "Earl", "Major", "King", "Bishop", "Marshal").
_GIVEN_NAME_ROLES = frozenset({"dean", "earl", "major", "king", "bishop", "marshal"})
_GIVEN_NAMES_FIRST = frozenset({"dean", "earl"})  # seldom a title before a bare surname in news copy
#: A role and the title its holders carry before their name when that is another word.
_ALSO_TITLED = {"judge": "justice"}
_CONNECTORS = frozenset({"of", "for", "the", "to", "in", "at", "and"})
_RANK_ABBREVIATION = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,4}")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|can|yan)")
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.)+")  # "R.K." in "Justice R.K. Menon": initials, not an acronym


@dataclass
@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...] = ()  # lower case, as introduced
    gender: str = ""  # "m", "f" or "" when the text does not say


def _bare(token: str) -> str:
    return re.sub(r"['’]s$", "", token).rstrip(".,").lower()


def is_title_word(token: str) -> bool:
    return _bare(token) in TITLE_WORDS


@lru_cache(maxsize=65536)  # a text repeats its names: the same run is read once
def name_from_run(run: str) -> str:
    """The personal name at the end of a capitalised run, with titles and possessors stripped.

    "Senate Majority Leader Jo Reyes" -> "Jo Reyes"; "Chief Executive Dana Holt" -> "Dana Holt";
    "Orion Tech's Sara Kim" -> "Sara Kim"; "Dr. Lena Park" -> "Lena Park". A run with no title is
    returned whole, without a leading article.
    """
    tokens = run.split()
    cut = -1
    for i, token in enumerate(tokens[:-1]):
        bare = _bare(token)
        if (
            bare in _GIVEN_NAME_ROLES
            and i == len(tokens) - 2
            and ((i > 0 and _bare(tokens[i - 1]) in ROLE_HEADS) or (i == 0 and bare in _GIVEN_NAMES_FIRST))
        ):
            break  # "coach Dean Mulligan": a role word that is also a given name, after the title, starts the name
        titled = bare in ROLE_HEADS or bare in HONORIFICS or re.search(r"['’]s$", token)
        # A rank or title written as capitals before a full name ("SP Adekunle Bankole", "ACP Ruth Mwangi",
        # "DCI Sam Hale"): initials stand before a surname alone ("JK Rowling"), a rank before a given name too.
        titled = titled or (_RANK_ABBREVIATION.fullmatch(token) is not None and len(tokens) - i >= 3)
        # A nationality before a full name ("Italian Marco Benedetti", "Kenyan Faith Kipyegon"): English
        # adjectives of nationality end in -ian, -ean, -ese, -ish, -can or -yan; a given name seldom stands
        # before two more names.
        titled = titled or (i == 0 and _NATIONALITY.fullmatch(token) is not None and len(tokens) >= 3)
        # A modifier counts only when a title word follows it inside the run ("Senate Majority Leader").
        modifier = bare in TITLE_MODIFIERS and i + 1 < len(tokens) - 1 and _bare(tokens[i + 1]) in TITLE_WORDS
        if titled or modifier:
            cut = i
    tokens = tokens[cut + 1 :]
    if cut >= 0 and tokens and tokens[0] in _CONNECTORS:
        # "Commissioner for the Environment Tokunbo Alade": the title's object (its portfolio) comes
        # before the holder's name; without a known portfolio word the name is the last two tokens.
        rest = tokens
        while rest and (rest[0] in _CONNECTORS or _bare(rest[0]) in PORTFOLIO_WORDS):
            rest = rest[1:]
        tokens = rest if rest and len(rest) < len(tokens) - 1 else tokens[-2:]
    of = next((i for i, t in enumerate(tokens) if t in ("of", "at")), -1)
    if of >= 2 and _ORG_TAIL.search(" ".join(tokens[of + 1 :])) and not _ORG_TAIL.search(" ".join(tokens[:of])):
        tokens = tokens[:of]  # "Sarah Pike of Northshire Police": the force she serves is not her name
    if tokens:
        tokens[-1] = re.sub(r"['’]s$", "", tokens[-1])  # "Anne Dattilo's team": the person is Anne Dattilo
    while len(tokens) > 1 and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    if tokens and len(tokens[-1]) > 2 and tokens[-1].endswith(".") and not tokens[-1].endswith(("Jr.", "Sr.")):
        tokens[-1] = tokens[-1][:-1]  # the full stop that ends the sentence, not the name
    return " ".join(tokens).strip(" ,")


@lru_cache(maxsize=65536)
def looks_like_person_name(name: str) -> bool:
    """Capitalised tokens, no title word before the last one (a surname may be "King"), no acronym."""
    tokens = [t for t in name.split() if t.lower() not in NAME_PARTICLES]
    return (
        1 <= len(tokens) <= 4
        and all(t[:1].isupper() for t in tokens)
        and not any(
            _bare(t) in TITLE_WORDS and not (k == 0 and _bare(t) in _GIVEN_NAMES_FIRST)
            for k, t in enumerate(tokens[:-1])
        )
        and not (len(tokens) == 1 and _bare(tokens[0]) in TITLE_WORDS)
        and not any(t.isupper() and len(t) > 3 and not _INITIALS.fullmatch(t) for t in tokens)  # "PARIS", "NATO"
        and not (tokens[-1].lower().endswith("s") and tokens[-1].lower()[:-1] in TITLE_WORDS)  # "Medical Officers"
        and tokens[0].lower() not in _NOT_A_FIRST_NAME  # "In London, the minister said": a place, not a person
    )


def _role_of(title: str) -> str:
    """A title as a role: lower case, abbreviations written out ("gov." -> "governor"), synonyms as one office."""
    words = title.lower().split()
    title = " ".join(ABBREVIATED_TITLES.get(w.rstrip("."), w) for w in words)
    for synonym, office in ROLE_SYNONYMS.items():
        title = re.sub(rf"\b{re.escape(synonym)}\b", office, title)
    return title


def _stem(word: str) -> str:
    """Crude stem that lets "Russia's", "Russia" and "Russian" meet."""
    return re.sub(r"['’]s$", "", word.lower())[:5]


# The stems of words a title is made of (roles, their modifiers, determiners): any other is a qualifier.
_TITLE_STEMS = frozenset(_stem(w) for w in (*TITLE_WORDS, *ROLE_WORDS, "his", "her", "its", "their", "the", "a", "an"))


# "Union leader Mark Olsen", "Russian presidential envoy to Afghanistan Zamir Kabulov", "Gov. Lisa Tran".
_TITLE_BEFORE = re.compile(
    rf"\b(?P<title>(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|(?i:{_TITLE_WORD_ALT})){NAME_SPACE}){{0,6}}?"
    rf"(?i:{_ROLE_ALT}|(?:{_HONORIFIC_ALT})\.?)"
    rf"(?:\s+(?:to|of|for|in|at)\s+(?:the\s+)?{NAME_TOKEN}(?:{NAME_SPACE}{NAME_TOKEN})?)?){NAME_SPACE}"
    rf"(?P<name>{NAME_RE})"
)
# "Mr. Smith", "Dr. Park": an honorific before a single surname.
_HONORIFIC_SURNAME = re.compile(
    r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)\b(?!\s+[A-ZÀ-ÖØ-Þ])"
)
# "Ana Ruiz, the mayor of Eastport," / "Priya Nair, chief economist at Harbor Bank." / "Rosa Martinez, 67,"
_APPOSITIVE_AFTER = re.compile(
    rf"(?P<name>{NAME_RE}),\s+(?:(?P<age>\d{{1,3}})\s*[,.]|(?P<title>(?:(?:a|an|the|his|her|its|their)\s+)?"
    rf"[^,.;:\"“”]{{2,140}}?)(?=[,.;:]))"
)
# "The port's chief engineer, Omar Haddad," / "Its spokeswoman, Anna Lee,"
_APPOSITIVE_BEFORE = re.compile(
    rf"(?P<title>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-ZÀ-ÖØ-Þ][\w'’.-]*['’]s)\s+[^,.;:\"“”]{{2,80}}?),\s+"
    rf"(?:\d{{1,3}}-year-old\s+)?(?P<name>{NAME_RE}),"  # "Her patient, 14-year-old Baraka Otieno,"
)
# One search for "any role word (or honorific) inside a title" instead of one search per word.
_ROLE_OR_HONORIFIC_IN = re.compile(rf"\b(?:{alternation((*ROLE_WORDS, *HONORIFICS))})\b")
_ROLE_IN = re.compile(rf"\b(?:{alternation(ROLE_WORDS)})\b")
# "her" before a noun is a possessive that points back to the subject; "joined her at" is an object.
_GENDER_PRONOUN = re.compile(
    r"\b(?:he|she|his|himself|herself)\b|\bher\b(?=\s+(?!to\b|at\b|in\b|on\b|for\b|"
    r"with\b|and\b|as\b|by\b|from\b)[a-z])"
)
_SURNAME_SUBJECT = re.compile(
    r"(?P<surname>[A-ZÀ-ÖØ-Þ][\w'’-]*\w)(?:,\s+\d{1,3},|\s+(?!(?:and|or|nor|of|to|in|on|at|for|with|from|by|as|the|a|an)\b)"
    r"[a-z]+\b)"
)
_FIRST_RUN = re.compile(r"[\w-]*")
_RUNS = re.compile(r"[\w-]+")
_CAPITALISED_RUNS = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]*")  # the runs of _RUNS that start with A-Z
_WORDISH = re.compile(r"[\w-]")
_NOWHERE = 10**9  # the position of a name the text never writes in full


# The role or honorific a title ends with is followed by a space, so it ends a word of the text: these are
# the last words it can have, lower case ("prime minister" ends with "minister"; "Dr." with "dr.").
_TITLE_ENDINGS = frozenset(
    {w.split()[-1] for w in ROLE_WORDS}
    | {h for h in HONORIFICS if len(h) <= 4}
    | {f"{h}." for h in HONORIFICS if len(h) <= 4}
)
_WHITESPACE_TOKEN = re.compile(r"\S+")
_WORD_START = re.compile(r"(?<!\w)\w")
# A word followed by one that starts with a capital, at once or after "to", "of" ... ("envoy to Afghanistan
# Zamir Kabulov"): the words a title can end with, where a name follows.
_BEFORE_A_NAME = re.compile(r"(?<!\S)(\S+)\s+(?=[A-ZÀ-ÖØ-Þ]|(?:to|of|for|in|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ])")
_TITLE_WORDS_BACK = 8  # title words a match may hold before its role (six), and a role of up to three words


def _words_back(text: str, end: int, count: int) -> list[re.Match[str]]:
    """The last ``count`` whitespace-separated words of ``text[:end]`` (``end`` ends a word)."""
    window = 256
    while True:
        lo = max(0, end - window)
        words = list(_WHITESPACE_TOKEN.finditer(text, lo, end))
        if lo > 0 and words and words[0].start() == lo:
            words = words[1:]  # it may begin before the window: not a whole word
        if len(words) >= count or lo == 0:
            return words[-count:]
        window *= 4


def _titles_before_names(text: str) -> Iterator[re.Match[str]]:
    """What ``_TITLE_BEFORE.finditer(text)`` yields, found without trying the pattern at every word.

    The pattern, tried at each position, is a third of the whole analysis on a long text. A match holds a
    role or honorific that ends a whitespace-separated word and is followed by a word that starts with a
    capital (the name), perhaps after "to", "of", "for", "in" or "at"; the match starts no more than eight
    words before that role, where a word begins (at a letter or digit after a non-word character). So the
    pattern is tried only there, in text order, and a search resumes where the last match ended, as
    ``finditer`` does."""
    starts: set[int] = set()
    for before in _BEFORE_A_NAME.finditer(text):
        word = before.group(1).casefold()
        if word.isalnum():  # most words: one word start, at the beginning
            if word not in _TITLE_ENDINGS:
                continue
        elif not any(word[m.start() :] in _TITLE_ENDINGS for m in _WORD_START.finditer(word)):
            continue
        for earlier in _words_back(text, before.end(1), _TITLE_WORDS_BACK + 1):
            starts.update(earlier.start() + m.start() for m in _WORD_START.finditer(earlier.group(0)))
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue
        match = _TITLE_BEFORE.match(text, start)
        if match:
            resume = match.end()
            yield match


def _trim_title(title: str) -> str:
    """Keep the title from its last clause word on: "pictured, russian envoy" -> "russian envoy"."""
    words = title.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].rstrip(",") in ("pictured", "with", "and", "by", "as", "between", "meets", "met", "said"):
            return " ".join(words[i + 1 :])
    return title


def _title_gender(title: str) -> str:
    for word in re.findall(r"[\w']+", title.lower()):
        if word in GENDERED_NOUNS:
            return GENDERED_NOUNS[word]
        if HONORIFICS.get(word):
            return HONORIFICS[word]
    return ""


# A quoted nickname between a first name and a surname: ``Tunde "Bulldozer" Adeyemi``. The quotation is a
# term, and the person is the first name with the surname.
NICKNAME_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ][\w'’-]*\w[^\S\n]+$")
NICKNAME_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’-]*\w\b(?![^\S\n]*[\"“])")
_NICKNAMED = re.compile(
    r"(?<![\w.])(?P<first>[A-ZÀ-ÖØ-Þ][\w'’-]*\w)[^\S\n]+[\"“][A-ZÀ-ÖØ-Þ][^\"“”\n]{0,30}[\"”][^\S\n]+(?P<last>[A-ZÀ-ÖØ-Þ][\w'’-]*\w)\b"
)


def without_nickname(phrase: str) -> str:
    """``Tunde "Bulldozer" Adeyemi`` -> ``Tunde Adeyemi``; any other phrase unchanged."""
    return _NICKNAMED.sub(lambda m: f"{m.group('first')} {m.group('last')}", phrase)


def _full_names(text: str) -> dict[str, int]:
    """Every personal name the text writes in full (two to four name tokens), by first position: the
    candidates a bare surname can stand for, even for people introduced without a title."""
    names: dict[str, int] = {}
    if "“" in text or '"' in text:
        for match in _NICKNAMED.finditer(text):
            name = f"{match.group('first')} {match.group('last')}"
            if looks_like_person_name(name) and not _ORG_TAIL.search(name):
                names.setdefault(name, match.start())
    for match in re.finditer(NAME_RE, text):
        name = name_from_run(match.group(0))
        if len(name.split()) >= 2 and looks_like_person_name(name) and not _ORG_TAIL.search(name):
            names.setdefault(name, match.start())
    return names


class _Roster:
    """The people introduced so far, while an index is being built (the only mutable part, and private)."""

    def __init__(self, names: dict[str, int], persons: dict[str, Person] | None = None) -> None:
        self.names = names
        self.titles: dict[str, list[str]] = {}
        self.gender: dict[str, str] = {}
        self.order: dict[str, None] = {}  # persons in the order the text introduces them
        self.by_surname: dict[str, set[str]] = {}  # full names (persons and names) by their last word
        for name in names:
            self._note(name)
        for person in (persons or {}).values():
            self.order[person.name] = None
            self.titles[person.name] = list(person.titles)
            self.gender[person.name] = person.gender
            self._note(person.name)

    def _note(self, name: str) -> None:
        if len(name.split()) >= 2:
            self.by_surname.setdefault(name.split()[-1], set()).add(name)

    def add(self, name: str, title: str, gender: str = "") -> None:
        name = name.strip()
        if not looks_like_person_name(name):
            return
        # A surname the text gives in full elsewhere ("Mr. Ruiz" and "Ana Ruiz") is one person: the
        # first one the text names with that surname.
        if len(name.split()) == 1:
            full = sorted(self.by_surname.get(name, ()), key=lambda n: (self.names.get(n, _NOWHERE), n))
            if full:
                name = full[0]
        elif name.split()[-1] in self.order:
            short = name.split()[-1]
            del self.order[short]
            self._create(name)
            self.titles[name].extend(self.titles.pop(short))
            gender = gender or self.gender.pop(short)
        self._create(name)
        if title and title not in self.titles[name]:
            self.titles[name].append(title)
        if gender and not self.gender[name]:
            self.gender[name] = gender

    def _create(self, name: str) -> None:
        if name not in self.order:
            self.order[name] = None
            self.titles[name] = []
            self.gender[name] = ""
            self._note(name)

    def persons(self) -> dict[str, Person]:
        return {n: Person(n, tuple(self.titles[n]), self.gender[n]) for n in self.order}


def _mentions(text: str, persons: dict[str, Person], names: dict[str, int]) -> list[tuple[int, int, str]]:
    """Every occurrence of each person's full name, or of a surname only one person has, as (start, end,
    person); longer forms first, never overlapping. One pass over the text's word runs, not one per form."""
    surnames: dict[str, list[str]] = {}
    for name in sorted(persons, key=lambda n: names.get(n, _NOWHERE)):
        surnames.setdefault(name.split()[-1], []).append(name)
    forms = {name: name for name in persons}
    # A bare surname is the person the text names first with it (see :meth:`People.expand`).
    forms.update({s: group[0] for s, group in surnames.items() if s not in forms})
    ranked = sorted(forms, key=len, reverse=True)
    rank_of = {form: rank for rank, form in enumerate(ranked)}
    # A form starts where a run of word characters and hyphens starts, and that run is the form's first.
    # Forms are looked up by that run and by their length: many people share a first name, and each place
    # the name occurs is checked against a few lengths, not against every person who bears it.
    lengths: dict[str, set[int]] = {}
    for form in ranked:
        lengths.setdefault(_FIRST_RUN.match(form).group(0), set()).add(len(form))
    lengths_of = {run: sorted(found) for run, found in lengths.items() if run}
    found: list[tuple[int, int, int]] = []  # (rank, start, end)
    # Names start with a capital A-Z (a particle such as "de" aside): then only capitalised runs are read.
    runs = _CAPITALISED_RUNS if all("A" <= run[:1] <= "Z" for run in lengths_of) else _RUNS
    for run in runs.finditer(text):
        start = run.start()
        for size in lengths_of.get(run.group(0), ()):
            end = start + size
            rank = rank_of.get(text[start:end])
            if rank is not None and not _WORDISH.match(text, end):
                found.append((rank, start, end))
    for form in (f for f in ranked if not _FIRST_RUN.match(f).group(0)):
        # A form that does not start with a word character (none from the rules above): the slow way.
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
        found += [(rank_of[form], m.start(), m.end()) for m in pattern.finditer(text)]
    found.sort()
    taken = bytearray(len(text))
    last_end = [-1] * len(ranked)  # each form's matches do not overlap each other (as a regex scan finds them)
    mentions = []
    for rank, start, end in found:
        if start < last_end[rank]:
            continue
        last_end[rank] = end
        if taken.find(1, start, end) < 0:
            taken[start:end] = b"\x01" * (end - start)
            mentions.append((start, end, forms[ranked[rank]]))
    return sorted(mentions)


def _pronoun_genders(doc: Document, persons: dict[str, Person], mentions: list[tuple[int, int, str]]) -> dict[str, str]:
    """A person alone in a sentence with "her"/"his" after their name: the text marks their gender."""
    starts = [m[0] for m in mentions]
    own: dict[str, list[tuple[int, int]]] = {}
    for start, end, name in mentions:
        own.setdefault(name, []).append((start, end))
    found = {}
    for person in persons.values():
        if person.gender:
            continue
        for start, end in own.get(person.name, ()):
            sentence = doc.sentence_at(start)
            if sentence is None:
                continue
            inside = range(bisect_left(starts, sentence.start), bisect_left(starts, sentence.end))
            if any(mentions[k][2] != person.name for k in inside):
                continue
            genders = {PRONOUN_GENDER[w] for w in _GENDER_PRONOUN.findall(doc.text[end : sentence.end].lower())}
            if len(genders) == 1:
                found[person.name] = genders.pop()
                break
    return found


_ORG_HEAD_WORDS = frozenset(ORGANISATION_HEADS)
_PAST_TITLE_WORDS = frozenset({"former", "ex", "retired", "erstwhile"})
_PAST_TITLE_STEMS = frozenset(_stem(w) for w in _PAST_TITLE_WORDS)


class People:
    """The people introduced in a document, with their mentions (offsets) in reading order.

    Build it with :func:`index_people`; it never changes afterwards (:meth:`with_speakers` returns a new
    index). Every look-up is a dictionary access or a binary search, and answers are cached.
    """

    def __init__(self, doc: Document, persons: dict[str, Person], names: dict[str, int],
                 mentions: list[tuple[int, int, str]]) -> None:  # fmt: skip
        self.doc = doc
        self.persons: Mapping[str, Person] = MappingProxyType(dict(persons))
        self.names: Mapping[str, int] = MappingProxyType(dict(names))
        self.mentions: tuple[tuple[int, int, str], ...] = tuple(mentions)
        self._starts = [m[0] for m in self.mentions]
        # For a pronoun of one gender, the mentions of people the text does not give the other gender.
        self._compatible = {
            g: [i for i, m in enumerate(self.mentions) if self.persons[m[2]].gender in ("", g)] for g in ("m", "f")
        }
        self._compatible_starts = {g: [self.mentions[i][0] for i in idx] for g, idx in self._compatible.items()}
        first_seen: dict[str, int] = {}
        for start, _, name in self.mentions:
            first_seen.setdefault(name, start)
        self._first_seen = first_seen
        self._by_last: dict[str, set[str]] = {}
        for name in (*self.persons, *self.names):
            self._by_last.setdefault(name.split()[-1], set()).add(name)
        self._roles: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for person in self.persons.values():
            for title in person.titles:
                title_words = [re.sub(r"['’]s$", "", w) for w in _role_of(title).split()]
                stems = frozenset(_stem(w) for w in title_words)
                for word in set(title_words):
                    self._roles.setdefault(word, []).append((person.name, stems))
        self._expanded: dict[str, str] = {}
        self._by_role: dict[str, str | None] = {}

    def with_speakers(self, names: Iterable[str]) -> People:
        """A new index in which the names the text uses as speakers ("said Luc Moreau") are people too."""
        roster = _Roster(dict(self.names), dict(self.persons))
        for name in names:
            if len(name.split()) >= 2 and name not in roster.order:
                roster.add(name, "")
        persons = roster.persons()
        return People(self.doc, persons, self.names, _mentions(self.doc.text, persons, self.names))

    # --- look-ups -------------------------------------------------------------------------------

    def mention_starts(self) -> list[int]:
        """Where each mention starts, in text order (shared, not copied: do not change it)."""
        return self._starts

    def is_person(self, name: str) -> bool:
        return name in self.persons

    def expand(self, name: str) -> str:
        """A full name for a surname or partial name ("Turnbull" -> "Malcolm Turnbull").

        People introduced with a title come first; then any full name the text writes. When several
        share the surname, the one the text names first is taken (the story's own subject, as in "Mr.
        Menendez" after "Robert Menendez, ... was sentenced"), unless an honorific says otherwise.
        """
        if not name.split() or name in self.persons:
            return name
        if name not in self._expanded:
            last = name.split()[-1]
            matches = sorted(self._by_last.get(last, ()), key=lambda n: (self._first_position(n), n))
            first = name.split()[0]
            if len(name.split()) > 1 and first.lower() in NAME_PARTICLES:
                # "Van Wyk" (a particle capitalised to open the surname) is "Jacques van Wyk" named in full.
                matches = [n for n in matches if n != name and n.lower().endswith(" " + name.lower())] or matches
            elif len(name.split()) > 1:
                matches = [n for n in matches if n.split()[0] == first] or matches
            self._expanded[name] = matches[0] if matches else name
        return self._expanded[name]

    def _first_position(self, name: str) -> int:
        return self._first_seen.get(name, self.names.get(name, _NOWHERE))

    def by_role(self, role: str) -> str | None:
        """The one person whose title fits ``role`` ("the mayor", "Russia's top diplomat").

        The role's head noun must be a word of the title; its other words must match title words by
        stem, so "Russia's" fits "Russian". Two people fitting means no answer, not a guess.
        """
        if role not in self._by_role:
            self._by_role[role] = self._fit_role(role)
        return self._by_role[role]

    def _fit_role(self, role: str) -> str | None:
        matches = self.holders(role)
        return next(iter(matches)) if len(matches) == 1 else None

    def holders(self, role: str) -> frozenset[str]:
        """Everyone whose title fits ``role`` (see :meth:`by_role`)."""
        proper = {_stem(w) for w in role.split() if w[:1].isupper()}
        role = _role_of(re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", " ".join(role.lower().split())))
        words = role.split()
        if not words or words[-1] not in ROLE_HEADS:
            return frozenset()
        modifiers = {_stem(w) for w in words[:-1] if _stem(w) in proper or w in TITLE_WORDS}
        matches = {name for name, stems in self._roles.get(words[-1], ()) if modifiers <= stems}
        if not matches and words[-1] in _ALSO_TITLED:
            # "the judge" for "Justice Meera Nair": superior-court judges of the Commonwealth are titled Justice.
            matches = {name for name, stems in self._roles.get(_ALSO_TITLED[words[-1]], ()) if modifiers <= stems}
        if not matches:
            # "Kenya's finance minister" for "Finance Minister Njeri Wambui": the place or body that a description
            # adds need not be in the title, when the title words alone fit one person.
            # A title with a qualifier of its own ("Rovers coach") is not "the United coach": the qualifiers differ.
            modifiers = {_stem(w) for w in words[:-1] if w in TITLE_WORDS}
            matches = {name for name, stems in self._roles.get(words[-1], ())
                       if modifiers <= stems and not (proper and stems - _TITLE_STEMS)}  # fmt: skip
        if len(matches) > 1 and not set(words) & _PAST_TITLE_WORDS:
            # "the chief minister" is the one in office, not "Former chief minister NAME".
            past = {name for name, stems in self._roles.get(words[-1], ()) if stems & _PAST_TITLE_STEMS}
            matches = (matches - past) or matches
        return frozenset(matches)

    def nearest_before(
        self, offset: int, gender: str = "", skip_blocks: frozenset[int] = frozenset(),
        skip_span: tuple[int, int] = (0, 0), other_gender: frozenset[str] = frozenset(),
    ) -> tuple[str, int]:  # fmt: skip
        """The person mentioned nearest before ``offset`` whose gender does not contradict ``gender``,
        with the offset of that mention ("", -1 when there is none).

        A nearer person whose gender the text never marks gives way to one, at most two sentences
        further back, whom the text marks with that gender ("Mrs. Helen Cho thanked firefighter Sam
        Ortiz ... she said" is Cho). Mentions inside ``skip_span`` (an opening subordinate clause: "When
        asked by Labour leader Ed Miliband ..., he said") are not candidates.
        """
        here = self.doc.sentence_at(offset)
        fallback: tuple[str, int] = ("", -1)
        # Mentions of people of the other gender are never candidates: walk only the compatible ones.
        order = self._compatible.get(gender) if gender else None
        starts = self._compatible_starts[gender] if order is not None else self._starts
        k = bisect_left(starts, offset) - 1
        while k >= 0:
            start, end, name = self.mentions[order[k] if order is not None else k]
            k -= 1
            block = self.doc.block_at(start)
            person = self.persons[name]
            if end > offset or (block is not None and block.id in skip_blocks):
                continue
            if skip_span[0] <= start < skip_span[1] or name in other_gender:
                continue  # ``other_gender``: people an earlier pronoun showed to be of the other gender
            if not gender or person.gender == gender:
                if not fallback[0] or self._within_two_sentences(start, here):
                    return name, start
                break
            if fallback[0] and not self._within_two_sentences(start, here):
                break
            fallback = fallback if fallback[0] else (name, start)
        return fallback

    def _within_two_sentences(self, start: int, here: Sentence | None) -> bool:
        there = self.doc.sentence_at(start)
        if there is None or here is None:
            return False
        return here.id - there.id <= 2

    def first_mentioned_at(self, name: str) -> int:
        """Where the text first mentions ``name`` (a large number when it never does)."""
        return self._first_position(name)

    def introduced_in_block(self, role: str, offset: int) -> str:
        """Of several people who fit ``role``, the one named in the paragraph of ``offset`` before it, when
        no other is named there ("its governor, Ifeoma Adeyemi-Cole" ... a paragraph on "the state's
        governor, Tunde Olabanjo": "the governor said" there is Olabanjo); "" otherwise."""
        block = self.doc.block_at(offset)
        holders = self.holders(role)
        if block is None or len(holders) < 2:
            return ""
        lo, hi = bisect_left(self._starts, block.start), bisect_left(self._starts, offset)
        named = {self.mentions[k][2] for k in range(lo, hi)} & holders
        return named.pop() if len(named) == 1 else ""

    def mentioned_at(self, start: int, end: int) -> str:
        """The person a mention inside ``[start, end)`` names, if one does."""
        i = bisect_left(self._starts, start)
        return self.mentions[i][2] if i < len(self.mentions) and self.mentions[i][0] < end else ""


_OCCUPATION_BEFORE = re.compile(
    rf"(?<![\w-])(?P<noun>[a-z]{{3,}}(?:er|or|ist|ian|ant|ent))[^\S\n]+"
    rf"(?P<name>{NAME_TOKEN}[^\S\n]+{NAME_TOKEN}(?:[^\S\n]+{NAME_TOKEN})?)\b(?![^\S\n]*[A-ZÀ-ÖØ-Þ])"
)
#: Words with an agent noun's ending that are no description of a person.
_NOT_AN_OCCUPATION = frozenset({
    "after", "under", "over", "other", "whether", "either", "neither", "never", "ever", "later", "former", "latter",
    "rather", "together", "per", "than", "order", "number", "member", "for", "nor", "enter", "offer", "remember",
    "consider", "deliver", "answer", "wonder", "gather", "monitor", "visitor", "recent", "current", "present",
    "different", "independent", "important", "significant", "relevant", "want", "meant", "sent", "went", "spent",
    "against", "amongst", "centre", "center", "winter", "summer", "october", "november", "december", "september",
    "quarter", "border", "letter", "matter", "water", "paper", "power", "tower", "corner", "river", "dinner",
})  # fmt: skip


def _counterpart(text: str, start: int, title: str) -> str:
    """ "his United counterpart" holds the role of the person it is the counterpart of: the role named last
    before it ("Rovers coach Dean Mulligan ... His United counterpart, Gary Pocock" -> "his united coach")."""
    if not re.search(r"\bcounterpart\b", title):
        return title
    roles = list(_ROLE_IN.finditer(text, max(0, start - 600), start))  # lower case: "Dean" is a name
    return re.sub(r"\bcounterpart\b", roles[-1].group(0), title) if roles else title


def index_people(doc: Document) -> People:
    """The people a document introduces (with a title, an honorific or an appositive), their mentions and
    the gender the text marks for each."""
    text = doc.text
    names = _full_names(text)
    roster = _Roster(names)
    for match in _titles_before_names(text):
        title = " ".join(match.group("title").split())
        if _ROLE_OR_HONORIFIC_IN.search(title.lower()):
            run = match.group("name")
            name = name_from_run(run)
            lead = run.find(name) if name else -1
            if lead > 0:  # "Chief Minister NAME": the pattern stops at "Chief"; the rest of the title is the run's
                title = f"{title} {' '.join(run[:lead].split())}"
            last = name.split()[-1].lower() if name else ""
            if re.search(r"\s(?:to|of|for|in|at)\s", title) and {last, last.removesuffix("s")} & _ORG_HEAD_WORDS:
                continue  # "a nurse at Kisumu County Referral Hospital": the tail of an organisation, not a person
            roster.add(name, _trim_title(title.lower()), _title_gender(title))
    for match in _OCCUPATION_BEFORE.finditer(text):
        # "met developer Raj Patel", "said builder Tom Hart": an agent noun in lower case right before a full
        # name is the person's description, so a pronoun can reach them.
        name = match.group("name")
        if match.group("noun") not in _NOT_AN_OCCUPATION and name in names and not _ORG_TAIL.search(name):
            roster.add(name, match.group("noun"))
    for match in _HONORIFIC_SURNAME.finditer(text):
        title = match.group("title").lower()
        roster.add(match.group("name"), title, HONORIFICS.get(title, ""))
    for match in _APPOSITIVE_AFTER.finditer(text):
        title = " ".join((match.group("title") or "").split()).lower()
        if match.group("age") or _ROLE_IN.search(title):
            roster.add(name_from_run(match.group("name")), title, _title_gender(title))
    for match in _APPOSITIVE_BEFORE.finditer(text):
        title = _counterpart(text, match.start(), " ".join(match.group("title").split()).lower())
        if _ROLE_IN.search(title):
            roster.add(name_from_run(match.group("name")), title, _title_gender(title))
    for sentence in doc.sentences:
        # "Pratt, 58, stood to address the court." / "Otieno shook his head.": a surname that opens a
        # sentence as its subject is a person the story follows (the full name is written earlier), even
        # when the text first named them only as someone addressed ("Judge Lowe told Gerald Pratt").
        opening = _SURNAME_SUBJECT.match(text, sentence.start, sentence.end)
        if opening and opening.group("surname") in roster.by_surname:
            roster.add(opening.group("surname"), "")
    persons = roster.persons()
    mentions = _mentions(text, persons, names)
    genders = _pronoun_genders(doc, persons, mentions)
    persons = {n: replace(p, gender=genders.get(n, p.gender)) for n, p in persons.items()}
    return People(doc, persons, names, mentions)
