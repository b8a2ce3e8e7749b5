"""Find every mention of a gazetteer actor in a text, with character offsets and how it matched.

Rules, in order:

1. Every surface form of every actor (name, alias, demonym, metonym, role) is searched with word
   boundaries that a letter or digit cannot cross, so "IS" never matches inside "ISIS" or "is",
   "Russia" never inside "Russian", while "Taliban's", "ex-Soviet" and "U.S." match.
2. Case: names are matched as written, except that a form written in lower case ("al-Qaida",
   "extended troika") may also start with a capital at the start of a sentence; forms of three
   letters or fewer ("AP", "IS") always match exactly. Roles match in any case.
3. Overlaps: the longest match wins ("Moscow format" over "Moscow", "Russia's Foreign Ministry"
   over "Russia"); a title right before the same actor's name joins the name's mention.
4. Metonyms: a form that is both a place's name and a state's metonym ("Moscow") is the state
   only where it acts -- followed by a verb or auxiliary, or possessive ("Moscow has made a strong
   comeback") -- and the place everywhere else ("talks in Moscow", "Moscow, Russia").
5. Roles count only for an actor the text also names, so a role never invents an actor.
6. Place or actor: every mention is read as an ``actor`` (it acts, speaks or is represented), a
   ``place`` (where something happens) or a ``topic`` (what talks are about). A place's mention is a
   place; a state's name, and its metonym, is a place after a preposition of place ("aid to
   Afghanistan", "talks in Moscow"), after a verb of bordering ("that neighbor Afghanistan"), after a
   place noun and "of" ("the territory of Afghanistan") or right after a place named before it ("Moscow,
   Russia"); a topic after "on", "about", "over", "regarding" ("talks on Afghanistan"); a state's
   adjective is a place before a place noun ("the Afghan capital"). A name joined to the one before it by
   a comma or "and" reads as that one does ("drills in Uzbekistan and Tajikistan"). Everything else, and
   every person, organisation and group, is an actor. The rule applies alike to every state and to the
   metonyms of rule 4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from .gazetteer import Actor

_ACTING = re.compile(
    r"^(?:['’]s\b|\s+(?:has|have|had|is|was|were|will|would|could|should|must|can|did|does|also|still|again"
    r"|says|said|wants|wanted|warned|insists|insisted|hopes|hoped|plans|planned|seeks|sought|[a-z]+ed)\b)"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|into|outside|around|across|via|through|visit(?:ed|ing)?)\s+(?:the\s+)?$", re.I
)
_PLACE_AFTER = re.compile(r"^,\s+[A-Z]")
_PLACE_NOUNS = (
    "capital", "territory", "territories", "soil", "border", "borders", "city", "cities", "airspace", "province",
    "provinces", "region", "regions", "countryside", "village", "villages", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "part", "parts", "areas", "area",
)  # fmt: skip
_BORDERING_BEFORE = re.compile(r"\b(?:neighbou?rs?|neighbou?ring|borders?|bordering)\s+$", re.I)
_OF_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(_PLACE_NOUNS) + r")\s+of\s+(?:the\s+)?$", re.I)
_DIRECTION = re.compile(r"\b(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?\s+$", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$", re.I)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(_PLACE_NOUNS) + r")\b", re.I)
_JOINED = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")
#: Kinds whose names can be read as the ground something happens on; other kinds always act.
READ_KINDS = ("state",)
READINGS = ("actor", "place", "topic")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    actor_id: str
    actor: str
    kind: str
    match_type: str
    block: int
    section: str
    sentence: int
    reading: str = "actor"


@lru_cache(maxsize=4096)
def _pattern(form: str, match_type: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in form.split())
    flags = 0
    if match_type == "role":
        flags = re.IGNORECASE
    elif form[:1].islower() and len(form) > 3:
        body = f"[{re.escape(form[0])}{re.escape(form[0].upper())}]" + body[len(re.escape(form[0])) :]
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", flags)


Forms = dict[str, list[tuple[Actor, str]]]
_RUN = re.compile(r"[^\W_]+")


def _candidates(
    actors: list[Actor], roles: bool = True, only: set[str] | None = None
) -> dict[str, list[tuple[Actor, str]]]:
    """Surface form (as written in the gazetteer) -> the actors it can name and how.

    ``roles=False`` leaves roles out; ``only`` limits roles to the actors with those ids.
    """
    forms: dict[str, list[tuple[Actor, str]]] = {}
    for actor in actors:
        for form, match_type in actor.forms():
            if match_type == "role" and (not roles or (only is not None and actor.id not in only)):
                continue
            key = " ".join(form.split())
            forms.setdefault(key, [])
            if all(a.id != actor.id for a, _ in forms[key]):
                forms[key].append((actor, match_type))
    return forms


def reading_of(text: str, start: int, end: int, kind: str, match_type: str) -> str:
    """Whether a mention reads as an actor, a place or a topic (rule 6), from the words around it alone."""
    if kind == "place":
        return "place"
    if kind not in READ_KINDS and match_type != "metonym":
        return "actor"
    if match_type == "demonym":
        return "place" if _PLACE_NOUN_AFTER.match(text, end, end + 30) else "actor"
    before = _DIRECTION.sub("", text[max(0, start - 40) : start])  # "in northern Afghanistan": as "in Afghanistan"
    if _PLACE_BEFORE.search(before) or _BORDERING_BEFORE.search(before) or _OF_PLACE_BEFORE.search(before):
        return "place"
    if _TOPIC_BEFORE.search(before):
        return "topic"
    return "actor"


def acts_as_state(text: str, start: int, end: int) -> bool:
    """Whether a place name at ``text[start:end]`` acts (a state's metonym) rather than locates."""
    before, after = text[max(0, start - 30) : start], text[end : end + 40]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
        return False
    return bool(_ACTING.match(after))


class _FormIndex:
    """The surface forms of one candidate set, compiled once, and indexed by their first word.

    A form begins where a letter or digit follows something that is neither (the pattern's look-behind),
    so it begins where a run of letters and digits begins, and that run, case aside, is the form's own
    first run ("al-Qaida": "al"; "U.S.": "U"). One pass over the text's runs finds every place a form can
    begin; its pattern then decides there. The text is read once, not once per form."""

    def __init__(self, forms: Forms) -> None:
        self.forms = forms
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        self.by_first_run: dict[str, list[int]] = {}
        self.elsewhere: list[int] = []  # forms that begin with neither a letter nor a digit: scanned in full
        for form, owners in forms.items():
            match_type = owners[0][1] if len(owners) == 1 else "name"
            self.patterns.append((form, _pattern(form, "role" if all(t == "role" for _, t in owners) else match_type)))
            run = _RUN.match(form)
            if run:
                self.by_first_run.setdefault(run.group(0).casefold(), []).append(len(self.patterns) - 1)
            else:
                self.elsewhere.append(len(self.patterns) - 1)

    def raw_matches(self, text: str) -> list[tuple[int, int, str]]:
        """Every match of every form (each form's matches as its pattern's ``finditer`` gives them), kept
        longest first and leftmost where they overlap."""
        found = []
        resume = [0] * len(self.patterns)  # where each form's scan would resume: its matches never overlap
        for run in _RUN.finditer(text):
            for k in self.by_first_run.get(run.group(0).casefold(), ()):
                if run.start() < resume[k]:
                    continue
                match = self.patterns[k][1].match(text, run.start())
                if match:
                    found.append((match.start(), match.end(), self.patterns[k][0]))
                    resume[k] = match.end()
        for k in self.elsewhere:
            form, pattern = self.patterns[k]
            found += [(m.start(), m.end(), form) for m in pattern.finditer(text)]
        # Longest first, then leftmost: the greedy pass keeps the longest non-overlapping matches.
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        covered = bytearray(len(text))
        taken: list[tuple[int, int, str]] = []
        for start, end, form in found:
            if covered.find(1, start, end) < 0:
                covered[start:end] = b"\x01" * (end - start)
                taken.append((start, end, form))
        return sorted(taken)

    def match(self, text: str) -> list[tuple[int, int, Actor, str]]:
        resolved = []
        for start, end, form in self.raw_matches(text):
            choice = _resolve(text, start, end, self.forms[form])
            if choice is not None:
                resolved.append((start, end, choice[0], choice[1]))
        return resolved


def _resolve(text: str, start: int, end: int, owners: list[tuple[Actor, str]]) -> tuple[Actor, str] | None:
    if len(owners) == 1:
        match_type = owners[0][1]
        if match_type == "metonym" and not acts_as_state(text, start, end):
            return None  # "in the Kremlin": the building, not the state
        return owners[0]
    metonym = next(((a, t) for a, t in owners if t == "metonym"), None)
    literal = next(((a, t) for a, t in owners if t != "metonym"), None)
    if metonym and literal:
        return metonym if acts_as_state(text, start, end) else literal
    return owners[0]


class ActorMatcher:
    """The rules above for one gazetteer, ready to apply to any number of texts (a document, then each
    speaker's words): the forms are gathered and compiled once."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self._names = _FormIndex(_candidates(actors, roles=False))
        self._with_roles: dict[frozenset[str], _FormIndex] = {}

    def __call__(self, text: str) -> list[tuple[int, int, Actor, str]]:
        """Every actor ``text`` names, as (start, end, actor, match type), in order, never overlapping."""
        # First pass without roles: who does the text name? Only their roles are searched for, so an
        # unresolvable role neither invents an actor nor hides the names inside it ("Russia's ...").
        named = frozenset(
            actor.id for _, _, actor, match_type in self._names.match(text) if match_type in ("name", "alias")
        )
        if named not in self._with_roles:
            self._with_roles[named] = _FormIndex(_candidates(self.actors, roles=True, only=set(named)))
        return _join_titles(text, self._with_roles[named].match(text))


def match_actors(text: str, actors: list[Actor]) -> list[tuple[int, int, Actor, str]]:
    """Every actor a piece of text names, as (start, end, actor, match type), in order, never overlapping:
    the rules above applied to any string (a speaker's words, a caption), not only to a document."""
    return ActorMatcher(actors)(text)


def find_mentions(doc: Document, actors: list[Actor]) -> tuple[Mention, ...]:
    """Every actor mention in a document, in order; mentions never overlap."""
    text = doc.text
    mentions: list[Mention] = []
    for start, end, actor, match_type in ActorMatcher(actors)(text):
        block = doc.block_at(start)
        sentence = doc.sentence_at(start)
        reading = reading_of(text, start, end, actor.kind, match_type)
        previous = mentions[-1] if mentions else None
        if previous is not None and actor.kind in READ_KINDS and match_type != "demonym":
            between = text[previous.end : start]
            if previous.kind == "place" and between.strip() == ",":
                reading = "place"  # "Moscow, Russia": the place named first, then where it lies
            elif previous.kind in READ_KINDS and previous.match_type != "demonym" and _JOINED.match(between):
                reading = previous.reading  # "in Uzbekistan and Tajikistan": the list reads as its first name
        mentions.append(
            Mention(
                start, end, text[start:end], actor.id, actor.name, actor.kind, match_type,
                block.id if block else 0, block.section if block else "", sentence.id if sentence else 0, reading,
            )
        )  # fmt: skip
    return tuple(mentions)


def _join_titles(text: str, resolved: list[tuple[int, int, Actor, str]]) -> list[tuple[int, int, Actor, str]]:
    """A role right before the same actor's name ("Russian Foreign Minister Sergey Lavrov") is one mention."""
    joined: list[tuple[int, int, Actor, str]] = []
    for item in resolved:
        if joined:
            start, end, actor, match_type = joined[-1]
            if (
                match_type == "role"
                and actor.id == item[2].id
                and item[3] in ("name", "alias")
                and not text[end : item[0]].strip()
            ):
                joined[-1] = (start, item[1], actor, item[3])
                continue
        joined.append(item)
    return joined


def name_only_mentions(text: str, actors: list[Actor]) -> dict[str, int]:
    """Baseline: count each actor's canonical name only, exactly as written (no aliases or rules)."""
    counts = {}
    for actor in actors:
        pattern = re.compile(rf"(?<![^\W_]){re.escape(actor.name)}(?![^\W_])")
        counts[actor.id] = len(pattern.findall(text))
    return counts
