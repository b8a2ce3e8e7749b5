"""Who says something: speech cues, the speaker's noun phrase, and how it resolves to a person.

News English marks speech with a small set of verbs ("said", "noted", "urged") and names the
speaker by name ("Lavrov"), by title ("the foreign minister"), by pronoun ("he") or as a group
("officials"). Everything here is generic English and newsroom convention; the people come from
the text itself (a name introduced with a title or an appositive), never from a list in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs that report speech wherever they occur (lower case: "States" in "United States" is no
# verb; present forms that are also common nouns, such as "reports" or "claims", are left out).
STRONG_CUES = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "urged", "urges", "warned", "warns",
    "announced", "announces", "declared", "declares", "stated", "explained", "explains",
    "insisted", "insists", "claimed", "argued", "argues", "asked", "asks", "vowed", "vows",
    "pledged", "pledges", "promised", "reported", "wrote", "writes",
    "commended", "commends", "praised", "praises", "replied", "replies", "responded", "responds",
    "confirmed", "confirms", "denied", "denies", "acknowledged", "acknowledges", "admitted", "admits",
    "recalled", "recalls", "complained", "complains", "criticized", "criticised", "criticizes",
    "welcomed", "welcomes", "called on", "calls on", "called for", "calls for", "voiced",
    "expressed", "expresses", "suggested", "suggests", "predicted", "predicts", "cautioned",
)  # fmt: skip
# Verbs that report speech only when a clause follows ("maintained [that] X are essential"),
# not with a plain object ("maintained regular contacts").
WEAK_CUES = ("maintained", "maintains", "believes", "believed", "thinks", "thought", "hoped", "hopes")
# Participles that continue the speech of the clause they hang on ("..., adding that ...").
PARTICIPLE_CUES = (
    "adding", "saying", "noting", "stressing", "emphasizing", "emphasising", "warning", "urging",
    "voicing", "calling on", "calling for", "insisting", "arguing", "explaining",
)  # fmt: skip
_CLAUSE_VERBS = r"(?:is|are|was|were|will|would|must|should|can|could|may|might|has been|have been|had been)"

ROLE_WORDS = (
    "minister", "president", "vice president", "prime minister", "premier", "envoy", "ambassador",
    "diplomat", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor", "king", "queen",
    "prince", "general", "commander", "chief", "head", "leader", "director", "senator", "governor",
    "mayor", "chairman", "chairwoman", "chair", "representative", "negotiator", "lawmaker", "official",
    "officer", "adviser", "advisor", "emir", "sheikh", "mullah", "ayatollah", "pope", "judge",
    "prosecutor", "editor", "correspondent", "analyst",
)  # fmt: skip
# Roles that name the same office in different words.
ROLE_SYNONYMS = {
    "top diplomat": "foreign minister",
    "chief diplomat": "foreign minister",
    "foreign secretary": "foreign minister",
    "head of state": "president",
    "premier": "prime minister",
    "head of government": "prime minister",
}
TITLE_TOKENS = {
    "mr", "mrs", "ms", "dr", "sir", "dame", "gen", "col", "lt", "capt", "sen", "rep", "gov", "prof",
    "foreign", "prime", "deputy", "vice", "acting", "interim", "special", "presidential", "chief",
    *(w for w in ROLE_WORDS if " " not in w),
}  # fmt: skip
_TITLE_HEADS = TITLE_TOKENS - {
    "foreign",
    "prime",
    "deputy",
    "vice",
    "acting",
    "interim",
    "special",
    "presidential",
}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing", "we": "group", "i": "person"}
_AUX = {
    "has", "have", "had", "also", "then", "later", "again", "once", "would", "will", "did", "does", "do",
    "earlier", "previously", "repeatedly", "reportedly", "publicly", "separately", "further",
}  # fmt: skip
_STOP_LEADING = {"the", "a", "an", "but", "and", "so", "yet", "while", "as", "then", "however"}
_GROUP_HEADS = re.compile(
    r"(?:officials|sources|diplomats|experts|analysts|authorities|leaders|members|representatives"
    r"|observers|critics|residents|witnesses|people|officers|spokespeople|activists|lawmakers|delegates)$"
)

_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*[\w.]|[A-Z]\.?)"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


CUE_RE = re.compile(rf"\b(?:{_alternation(STRONG_CUES)})\b")
WEAK_CUE_RE = re.compile(rf"\b(?:{_alternation(WEAK_CUES)})\b(?=(?:\s+\S+){{0,7}}?\s+{_CLAUSE_VERBS}\b|\s+that\b)")
PARTICIPLE_RE = re.compile(rf"\b(?:{_alternation(PARTICIPLE_CUES)})\b")
ANY_CUE_RE = re.compile(rf"{CUE_RE.pattern}|{WEAK_CUE_RE.pattern}|{PARTICIPLE_RE.pattern}")


@dataclass(frozen=True)
class Person:
    name: str
    title: str  # the title or appositive that introduced them, lowercase; "" if none


@dataclass(frozen=True)
class Speaker:
    """A speaker as written (``text``) and as resolved (``name``, empty when it cannot be)."""

    text: str
    name: str
    attribution: str  # named | role | pronoun | group | continuation | unattributed
    is_person: bool


def _tokens(s: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", s)


def _stem(word: str) -> str:
    """Crude stem that lets "Russia's", "Russia" and "Russian" meet."""
    word = re.sub(r"['’]s$", "", word.lower())
    return word[:5]


def name_from_run(run: str, preceded_by_preposition: bool = False) -> str:
    """The personal name at the end of a capitalised run, with titles stripped.

    "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"; after "envoy to", a run like
    "Afghanistan Zamir Kabulov" starts with the place the title governs, which is dropped.
    """
    tokens = run.split()
    # Only a title's head ("Minister", "President", "Gen.") ends it; "Foreign Ministry" is a name.
    last_title = max((i for i, t in enumerate(tokens) if t.lower().rstrip(".") in _TITLE_HEADS), default=-1)
    tokens = tokens[last_title + 1 :]
    if last_title < 0 and preceded_by_preposition and len(tokens) >= 3:
        tokens = tokens[1:]
    while tokens and tokens[0].lower() in _STOP_LEADING:
        tokens = tokens[1:]
    return " ".join(tokens)


class PeopleIndex:
    """People the text introduces with a title ("President Vladimir Putin") or an appositive
    ("Abdul Salam Hanafi, a deputy prime minister ..."), for resolving surnames and roles."""

    _TITLE_BEFORE = re.compile(
        rf"(?P<title>(?:(?:[A-Z][\w'’.-]*|[a-z]+)\s+){{0,6}}?(?i:{_alternation(ROLE_WORDS)})"
        rf"(?:\s+(?:to|of|for|in)\s+{_NAME_TOKEN})?)\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
    )
    _APPOSITIVE = re.compile(
        rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}),\s+(?:a|an|the)\s+(?P<title>[^,.;]{{3,90}}?)(?=[,.;])"
    )

    def __init__(self, text: str) -> None:
        self.people: list[Person] = []
        for match in self._TITLE_BEFORE.finditer(text):
            title = " ".join(match.group("title").split()).lower()
            name = name_from_run(match.group("name"))
            if self._is_name(name) and any(re.search(rf"\b{w}\b", title) for w in ROLE_WORDS):
                self._add(name, self._trim_title(title))
        for match in self._APPOSITIVE.finditer(text):
            title = " ".join(match.group("title").split()).lower()
            name = name_from_run(match.group("name"))
            if self._is_name(name) and any(re.search(rf"\b{w}\b", title) for w in ROLE_WORDS):
                self._add(name, title)

    @staticmethod
    def _is_name(name: str) -> bool:
        tokens = name.split()
        return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)

    @staticmethod
    def _trim_title(title: str) -> str:
        # Keep the title from the last clause boundary word on: "pictured, russian envoy" -> "russian envoy".
        words = title.split()
        for i in range(len(words) - 1, -1, -1):
            if words[i].rstrip(",") in ("pictured", "with", "and", "by", "as", "between", "meets", "met"):
                return " ".join(words[i + 1 :])
        return title

    def _add(self, name: str, title: str) -> None:
        if not any(p.name == name and p.title == title for p in self.people):
            self.people.append(Person(name, title))

    def by_surname(self, token: str) -> str | None:
        """The one full name ending in ``token`` (or equal to it), if exactly one."""
        names = {p.name for p in self.people if p.name == token or p.name.split()[-1] == token}
        return names.pop() if len(names) == 1 else None

    def expand(self, name: str) -> str:
        """A full name for a surname or partial name, when the text gives exactly one."""
        if not name.split() or name in {p.name for p in self.people}:
            return name
        return self.by_surname(name.split()[-1]) or name

    def is_known(self, name: str) -> bool:
        return name in {p.name for p in self.people}

    def by_role(self, role: str) -> str | None:
        """The one person whose title fits ``role`` ("russia's top diplomat" -> the foreign minister).

        The role's head noun must be a word of the title; its other words must match title words
        by stem, so "Russia's" fits "Russian". Two people fitting means no answer, not a guess.
        """
        # Only proper-noun modifiers constrain: "Russia's" must fit, "the country's" says nothing.
        proper = {_stem(w) for w in role.split() if w[:1].isupper()}
        role = " ".join(role.lower().split())
        role = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", role)
        for synonym, office in ROLE_SYNONYMS.items():
            role = re.sub(rf"\b{synonym}\b", office, role)
        words = role.split()
        if not words or words[-1] not in TITLE_TOKENS:
            return None
        head = words[-1]
        modifiers = {_stem(w) for w in words[:-1] if _stem(w) in proper or w in TITLE_TOKENS}
        matches = set()
        for person in self.people:
            title_words = [re.sub(r"['’]s$", "", w) for w in person.title.split()]
            if head in title_words and modifiers <= {_stem(w) for w in title_words}:
                matches.add(person.name)
        return matches.pop() if len(matches) == 1 else None


def strip_auxiliaries(phrase: str) -> str:
    """Drop auxiliaries and adverbs between a subject and its verb: "Russia has reportedly" -> "Russia"."""
    tokens = phrase.rstrip().split(" ")
    while tokens and (tokens[-1].lower() in _AUX or (tokens[-1].lower().endswith("ly") and len(tokens) > 1)):
        tokens.pop()
    return " ".join(tokens).strip()


def subject_before(clause: str) -> str:
    """The noun phrase that ends where a speech verb begins: the speaker as written.

    Looks at the text before the verb in the same sentence. A trailing appositive or relative
    clause ("Hanafi, a deputy ..., who attended ..., said") sends it back to the phrase before the
    first comma; otherwise the phrase after the last comma or clause word is taken.
    """
    clause = strip_auxiliaries(clause.rstrip())
    if not clause or re.search(r"\b(?:and|but|or|then)$", clause):
        return ""  # a verb coordinated with an earlier one ("... and noted"): its subject is that verb's
    if clause.endswith(","):
        head = clause.split(",")[0].strip()
        return head if 0 < len(_tokens(head)) <= 8 else ""
    piece = re.split(r"[,;:—–]|\b(?:that|which|because|but|while|when|after|before)\b", clause)[-1].strip()
    piece = re.sub(r"^(?:and|but|so|as)\s+", "", piece)
    return piece if 0 < len(_tokens(piece)) <= 10 else ""


def classify(phrase: str, people: PeopleIndex) -> Speaker:
    """Resolve a speaker phrase: a name, a role, a pronoun or a group."""
    phrase = phrase.strip().strip(",")
    if not phrase:
        return Speaker("", "", "unattributed", False)
    lower = phrase.lower()
    if lower in PRONOUNS:
        return Speaker(phrase, "", "pronoun", PRONOUNS[lower] == "person")
    if _GROUP_HEADS.search(lower):
        # "Officials", "Russian officials", and "Putin and other Russian officials": a group speaks,
        # even when a named person leads it, so the words are not credited to that person alone.
        return Speaker(phrase, phrase, "group", False)
    tokens = phrase.split()
    last = re.sub(r"['’]s$", "", tokens[-1])
    if last[:1].isupper():
        runs = re.findall(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*", phrase)
        run = runs[-1] if runs else phrase
        name = people.expand(name_from_run(run))
        return Speaker(phrase, name, "named", people.is_known(name))
    # Head noun in lower case: a role that may identify a person.
    resolved = people.by_role(phrase)
    if resolved:
        return Speaker(phrase, resolved, "role", True)
    if any(re.search(rf"\b{w}$", lower) for w in ROLE_WORDS):
        return Speaker(phrase, "", "role-unresolved", True)
    return Speaker(phrase, phrase, "group", False)
