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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def _pattern(form: str, match_type: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in form.split())
    flags = 0
    if match_type == "role":
        flags = re.IGNORECASE
    elif form[:1].islower() and len(form) > 3:
        body = f"[{re.escape(form[0])}{re.escape(form[0].upper())}]" + body[len(re.escape(form[0])) :]
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", flags)


def _match(text: str, forms: dict[str, list[tuple[Actor, str]]]) -> list[tuple[int, int, Actor, str]]:
    resolved = []
    for start, end, form in _raw_matches(text, forms):
        choice = _resolve(text, start, end, forms[form])
        if choice is not None:
            resolved.append((start, end, choice[0], choice[1]))
    return resolved


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


def acts_as_state(text: str, start: int, end: int) -> bool:
    """Whether a place name at ``text[start:end]`` acts (a state's metonym) rather than locates."""
    before, after = text[max(0, start - 30) : start], text[end : end + 40]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
        return False
    return bool(_ACTING.match(after))


def _raw_matches(text: str, forms: dict[str, list[tuple[Actor, str]]]) -> list[tuple[int, int, str]]:
    found = []
    for form, owners in forms.items():
        match_type = owners[0][1] if len(owners) == 1 else "name"
        for match in _pattern(form, "role" if all(t == "role" for _, t in owners) else match_type).finditer(text):
            found.append((match.start(), match.end(), form))
    # Longest first, then leftmost: the greedy pass keeps the longest non-overlapping matches.
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, form in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, form))
    return sorted(taken)


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


def find_mentions(doc: Document | str, actors: list[Actor]) -> list[Mention]:
    """Every actor mention in a document (or a plain string), in order; mentions never overlap."""
    text = doc.text if isinstance(doc, Document) else doc
    # First pass without roles: who does the text name? Only their roles are searched for, so an
    # unresolvable role neither invents an actor nor hides the names inside it ("Russia's ...").
    named = {
        actor.id for _, _, actor, match_type in _match(text, _candidates(actors, roles=False))
        if match_type in ("name", "alias")
    }  # fmt: skip
    resolved = _join_titles(text, _match(text, _candidates(actors, roles=True, only=named)))
    mentions = []
    for start, end, actor, match_type in resolved:
        block = doc.block_at(start) if isinstance(doc, Document) else None
        sentence = doc.sentence_at(start) if isinstance(doc, Document) else None
        mentions.append(
            Mention(
                start, end, text[start:end], actor.id, actor.name, actor.kind, match_type,
                block.id if block else 0, block.section if block else "", sentence.id if sentence else 0,
            )
        )  # fmt: skip
    return mentions


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


def capitalised_runs(text: str) -> list[tuple[int, int, str]]:
    """Baseline: runs of capitalised words, the naive way to spot names without a gazetteer."""
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", text)]
