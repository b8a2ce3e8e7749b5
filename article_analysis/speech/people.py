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
from dataclasses import dataclass, field

from ..document import Document
from ..wordlists import (
    GENDERED_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    ORGANISATION_HEADS,
    PRONOUN_GENDER,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)
from .cues import NAME_SPACE, NAME_TOKEN, alternation

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


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)  # lower case, as introduced
    gender: str = ""  # "m", "f" or "" when the text does not say


def _bare(token: str) -> str:
    return re.sub(r"['’]s$", "", token).rstrip(".,").lower()


def is_title_word(token: str) -> bool:
    return _bare(token) in TITLE_WORDS


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
        titled = bare in ROLE_HEADS or bare in HONORIFICS or re.search(r"['’]s$", token)
        # A modifier counts only when a title word follows it inside the run ("Senate Majority Leader").
        modifier = bare in TITLE_MODIFIERS and i + 1 < len(tokens) - 1 and _bare(tokens[i + 1]) in TITLE_WORDS
        if titled or modifier:
            cut = i
    tokens = tokens[cut + 1 :]
    if tokens:
        tokens[-1] = re.sub(r"['’]s$", "", tokens[-1])  # "Anne Dattilo's team": the person is Anne Dattilo
    while len(tokens) > 1 and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    if tokens and len(tokens[-1]) > 2 and tokens[-1].endswith(".") and not tokens[-1].endswith(("Jr.", "Sr.")):
        tokens[-1] = tokens[-1][:-1]  # the full stop that ends the sentence, not the name
    return " ".join(tokens).strip(" ,")


def looks_like_person_name(name: str) -> bool:
    """Capitalised tokens, no title word before the last one (a surname may be "King"), no acronym."""
    tokens = [t for t in name.split() if t.lower() not in NAME_PARTICLES]
    return (
        1 <= len(tokens) <= 4
        and all(t[:1].isupper() for t in tokens)
        and not any(_bare(t) in TITLE_WORDS for t in tokens[:-1])
        and not (len(tokens) == 1 and _bare(tokens[0]) in TITLE_WORDS)
        and not any(t.isupper() and len(t) > 3 for t in tokens)  # "PARIS", "NATO"
    )


def _role_of(title: str) -> str:
    title = " ".join(title.lower().split())
    for synonym, office in ROLE_SYNONYMS.items():
        title = re.sub(rf"\b{re.escape(synonym)}\b", office, title)
    return title


def _stem(word: str) -> str:
    """Crude stem that lets "Russia's", "Russia" and "Russian" meet."""
    return re.sub(r"['’]s$", "", word.lower())[:5]


class People:
    """People introduced in a document, with their mentions (offsets) in reading order."""

    # "Union leader Mark Olsen", "Russian presidential envoy to Afghanistan Zamir Kabulov", "Gov. Lisa Tran".
    _TITLE_BEFORE = re.compile(
        rf"\b(?P<title>(?:(?:[A-Z][\w'’.-]*|(?i:{_TITLE_WORD_ALT})){NAME_SPACE}){{0,6}}?"
        rf"(?i:{_ROLE_ALT}|(?:{_HONORIFIC_ALT})\.?)"
        rf"(?:\s+(?:to|of|for|in|at)\s+{NAME_TOKEN}(?:{NAME_SPACE}{NAME_TOKEN})?)?){NAME_SPACE}(?P<name>{NAME_RE})"
    )
    # "Mr. Smith", "Dr. Park": an honorific before a single surname.
    _HONORIFIC_SURNAME = re.compile(
        r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+(?P<name>[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
    )
    # "Ana Ruiz, the mayor of Eastport," / "Priya Nair, chief economist at Harbor Bank." / "Rosa Martinez, 67,"
    _APPOSITIVE_AFTER = re.compile(
        rf"(?P<name>{NAME_RE}),\s+(?:(?P<age>\d{{1,3}})\s*[,.]|(?P<title>(?:(?:a|an|the|his|her|its|their)\s+)?"
        rf"[^,.;:\"“”]{{2,140}}?)(?=[,.;:]))"
    )
    # "The port's chief engineer, Omar Haddad," / "Its spokeswoman, Anna Lee,"
    _APPOSITIVE_BEFORE = re.compile(
        rf"(?P<title>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w'’.-]*['’]s)\s+[^,.;:\"“”]{{2,80}}?),\s+"
        rf"(?P<name>{NAME_RE}),"
    )

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.persons: dict[str, Person] = {}
        self._index_names()
        text = doc.text
        for match in self._TITLE_BEFORE.finditer(text):
            title = " ".join(match.group("title").split())
            name = name_from_run(match.group("name"))
            if any(re.search(rf"\b{re.escape(w)}\b", title.lower()) for w in (*ROLE_WORDS, *HONORIFICS)):
                self._add(name, self._trim_title(title.lower()), self._title_gender(title))
        for match in self._HONORIFIC_SURNAME.finditer(text):
            title = match.group("title").lower()
            self._add(match.group("name"), title, HONORIFICS.get(title, ""))
        for match in self._APPOSITIVE_AFTER.finditer(text):
            name = name_from_run(match.group("name"))
            title = " ".join((match.group("title") or "").split()).lower()
            if match.group("age") or any(re.search(rf"\b{re.escape(w)}\b", title) for w in ROLE_WORDS):
                self._add(name, title, self._title_gender(title))
        for match in self._APPOSITIVE_BEFORE.finditer(text):
            title = " ".join(match.group("title").split()).lower()
            if any(re.search(rf"\b{re.escape(w)}\b", title) for w in ROLE_WORDS):
                self._add(name_from_run(match.group("name")), title, self._title_gender(title))
        self._index_mentions()
        self._genders_from_pronouns()

    # --- building -------------------------------------------------------------------------------

    @staticmethod
    def _trim_title(title: str) -> str:
        """Keep the title from its last clause word on: "pictured, russian envoy" -> "russian envoy"."""
        words = title.split()
        for i in range(len(words) - 1, -1, -1):
            if words[i].rstrip(",") in ("pictured", "with", "and", "by", "as", "between", "meets", "met", "said"):
                return " ".join(words[i + 1 :])
        return title

    @staticmethod
    def _title_gender(title: str) -> str:
        for word in re.findall(r"[\w']+", title.lower()):
            if word in GENDERED_NOUNS:
                return GENDERED_NOUNS[word]
            if HONORIFICS.get(word):
                return HONORIFICS[word]
        return ""

    def _add(self, name: str, title: str, gender: str = "") -> None:
        name = name.strip()
        if not looks_like_person_name(name):
            return
        # A surname the text gives in full elsewhere ("Mr. Ruiz" and "Ana Ruiz") is one person: the
        # first one the text names with that surname.
        if len(name.split()) == 1:
            full = sorted({n for n in (*self.persons, *self.names) if n.split()[-1] == name and n != name},
                          key=lambda n: self.names.get(n, 10**9))  # fmt: skip
            if full:
                name = full[0]
        else:
            short = self.persons.pop(name.split()[-1], None)
            if short is not None:
                self.persons.setdefault(name, Person(name)).titles.extend(short.titles)
                gender = gender or short.gender
        person = self.persons.setdefault(name, Person(name))
        if title and title not in person.titles:
            person.titles.append(title)
        if gender and not person.gender:
            person.gender = gender

    def _index_names(self) -> None:
        """Every personal name the text writes in full (two to four name tokens), by first position: the
        candidates a bare surname can stand for, even for people introduced without a title."""
        self.names: dict[str, int] = {}
        for match in re.finditer(NAME_RE, self.doc.text):
            name = name_from_run(match.group(0))
            if len(name.split()) >= 2 and looks_like_person_name(name) and not _ORG_TAIL.search(name):
                self.names.setdefault(name, match.start())

    def add_named_speaker(self, name: str) -> None:
        """A name the text uses as a speaker ("said Luc Moreau") is a person too."""
        if len(name.split()) >= 2 and name not in self.persons:
            self._add(name, "")
            self._index_mentions()

    def _index_mentions(self) -> None:
        """Every occurrence of each person's full name, or of a surname only one person has."""
        surnames: dict[str, list[str]] = {}
        for name in sorted(self.persons, key=lambda n: self.names.get(n, 10**9)):
            surnames.setdefault(name.split()[-1], []).append(name)
        forms = {name: name for name in self.persons}
        # A bare surname is the person the text names first with it (see :meth:`expand`).
        forms.update({s: names[0] for s, names in surnames.items() if s not in forms})
        mentions = []
        taken: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", self.doc.text):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append((m.start(), m.end(), forms[form]))
        self.mentions = sorted(mentions)
        self._mention_starts = [m[0] for m in self.mentions]

    def _genders_from_pronouns(self) -> None:
        """A person alone in a sentence with "her"/"his" after their name: the text marks their gender."""
        for person in self.persons.values():
            if person.gender:
                continue
            for start, end, name in self.mentions:
                if name != person.name:
                    continue
                sentence = self.doc.sentence_at(start)
                if sentence is None:
                    continue
                others = [m for m in self.mentions if sentence.start <= m[0] < sentence.end and m[2] != name]
                if others:
                    continue
                rest = self.doc.text[end : sentence.end].lower()
                # "her" before a noun is a possessive that points back to the subject; "joined her at"
                # is an object, someone else.
                words = re.findall(
                    r"\b(?:he|she|his|himself|herself)\b|\bher\b(?=\s+(?!to\b|at\b|in\b|on\b|for\b|"
                    r"with\b|and\b|as\b|by\b|from\b)[a-z])",
                    rest,
                )
                found = {PRONOUN_GENDER[w] for w in words}
                if len(found) == 1:
                    person.gender = found.pop()
                    break

    # --- lookups --------------------------------------------------------------------------------

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
        last = name.split()[-1]
        pool = {*self.persons, *self.names}
        matches = sorted({n for n in pool if n.split()[-1] == last or n == last}, key=self._first_seen)
        if len(name.split()) > 1:
            matches = [n for n in matches if n.split()[0] == name.split()[0]] or matches
        return matches[0] if matches else name

    def _first_seen(self, name: str) -> int:
        starts = [s for s, _, n in getattr(self, "mentions", []) if n == name]
        return min(starts, default=self.names.get(name, 10**9))

    def by_role(self, role: str) -> str | None:
        """The one person whose title fits ``role`` ("the mayor", "Russia's top diplomat").

        The role's head noun must be a word of the title; its other words must match title words by
        stem, so "Russia's" fits "Russian". Two people fitting means no answer, not a guess.
        """
        proper = {_stem(w) for w in role.split() if w[:1].isupper()}
        role = _role_of(re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", " ".join(role.lower().split())))
        words = role.split()
        if not words or words[-1] not in ROLE_HEADS:
            return None
        head = words[-1]
        modifiers = {_stem(w) for w in words[:-1] if _stem(w) in proper or w in TITLE_WORDS}
        matches = set()
        for person in self.persons.values():
            for title in person.titles:
                title_words = [re.sub(r"['’]s$", "", w) for w in _role_of(title).split()]
                if head in title_words and modifiers <= {_stem(w) for w in title_words}:
                    matches.add(person.name)
        return matches.pop() if len(matches) == 1 else None

    def nearest_before(
        self, offset: int, gender: str = "", skip_blocks: frozenset[int] = frozenset(),
        skip_span: tuple[int, int] = (0, 0),
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
        i = bisect_left(self._mention_starts, offset) - 1
        while i >= 0:
            start, end, name = self.mentions[i]
            i -= 1
            block = self.doc.block_at(start)
            person = self.persons[name]
            if end > offset or (block is not None and block.id in skip_blocks):
                continue
            if skip_span[0] <= start < skip_span[1]:
                continue
            if gender and person.gender and person.gender != gender:
                continue
            if not gender or person.gender == gender:
                if not fallback[0] or self._within_two_sentences(start, here):
                    return name, start
                break
            if fallback[0] and not self._within_two_sentences(start, here):
                break
            fallback = fallback if fallback[0] else (name, start)
        return fallback

    def _within_two_sentences(self, start: int, here: object) -> bool:
        there = self.doc.sentence_at(start)
        if there is None or here is None:
            return False
        return here.id - there.id <= 2  # type: ignore[attr-defined]

    def mentioned_at(self, start: int, end: int) -> str:
        """The person a mention inside ``[start, end)`` names, if one does."""
        for s, _, name in self.mentions:
            if start <= s < end:
                return name
        return ""
