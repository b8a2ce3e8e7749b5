"""Labels: the descriptions a text attaches to each actor it names.

Found by shape, around every mention of a gazetteer actor:

- ``appositive``: "the Taliban, a group that the Kremlin designated as a terror organization,";
- ``relative``: "Hanafi, ..., who attended Wednesday's talks,";
- ``as``: "recognizing the Taliban as the new rulers of Afghanistan";
- ``title``: the title a person's name carries ("Russian Foreign Minister Sergey Lavrov");
- ``role``: a role that stands for a named person ("Russia's top diplomat");
- ``collective``: an adjective of a state before a collective noun for its people or rulers
  ("Afghan authorities", "Russian officials").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..actors.mentions import Mention
from ..document import Document
from .wordlists import PARTY_NOUNS

LABEL_COLUMNS = ["label", "actor_id", "actor", "start", "end", "text", "pattern", "block", "section"]
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|its|their|his|her)\s+[^,;:.\"“”()]{3,160}?)(?=,|\.(?:\s|$)|;|$)")
_RELATIVE = re.compile(r",\s+((?:who|which)\s+[^,;:\"“”()]{3,160}?)(?=,|\.(?:\s|$)|;|$)")
_AS = re.compile(r"\s+as\s+((?:the|a|an)\s+[^,;:.\"“”()]{3,100}?)(?=,|\.(?:\s|$)|;|\s+(?:but|and|while)\b|$)")
_PARTY = re.compile(r"\s+(" + "|".join(sorted(PARTY_NOUNS, key=len, reverse=True)) + r")\b")
# A finite verb outside a relative clause means the words after the comma are a clause, not a label:
# "to Afghanistan, the Associated Press reported"; "Along with ... factions, the ... talks also include".
_CLAUSE_WORDS = re.compile(
    r"^(?:(?!\b(?:that|who|which|whom)\b).)*?\b(?:is|are|was|were|has|have|had|will|would|also|include|includes|"
    r"included|said|says|reported|told|added)\b"
)


@dataclass(frozen=True)
class Label:
    actor_id: str
    actor: str
    start: int
    end: int
    text: str
    pattern: str
    block: int
    section: str


def _label(doc: Document, m: Mention, start: int, end: int, pattern: str) -> Label:
    return Label(m.actor_id, m.actor, start, end, doc.text[start:end], pattern, m.block, m.section)


def find_labels(doc: Document, mentions: Sequence[Mention]) -> tuple[Label, ...]:
    """Every label attached to a mentioned actor, in text order.

    The patterns read the text after a mention up to its block's end (``$`` is that end) without
    copying it, so a long block costs nothing extra per mention.
    """
    text = doc.text
    found: list[Label] = []
    inside: list[tuple[int, int]] = []  # spans of appositives found: a mention inside one is described by it
    for m in mentions:
        block = doc.block_at(m.start)
        limit = block.end if block else len(text)
        if inside and inside[-1][0] <= m.start < inside[-1][1]:  # appositives come in text order, apart
            continue
        appositive = _APPOSITIVE.match(text, m.end, limit)
        if appositive and _CLAUSE_WORDS.match(appositive.group(1)):
            appositive = None
        if appositive and m.kind != "place":
            inside.append((appositive.start(1), appositive.end(1)))
            found.append(_label(doc, m, appositive.start(1), appositive.end(1), "appositive"))
            relative = _RELATIVE.match(text, appositive.end(1), limit)
            if relative:
                found.append(_label(doc, m, relative.start(1), relative.end(1), "relative"))
        else:
            relative = _RELATIVE.match(text, m.end, limit)
            if relative and m.kind != "place":
                found.append(_label(doc, m, relative.start(1), relative.end(1), "relative"))
        as_clause = _AS.match(text, m.end, limit)
        if as_clause:
            found.append(_label(doc, m, as_clause.start(1), as_clause.end(1), "as"))
        if m.match_type == "role":
            found.append(_label(doc, m, m.start, m.end, "role"))
        if m.kind == "person" and m.surface != m.actor and m.actor.split()[-1] in m.surface:
            name_at = m.surface.find(m.actor.split()[0])
            if name_at > 0:  # "Russian Foreign Minister Sergey Lavrov": the title before the name
                found.append(_label(doc, m, m.start, m.start + len(m.surface[:name_at].rstrip()), "title"))
        if m.match_type == "demonym":
            party = _PARTY.match(text, m.end, limit)
            if party:
                found.append(_label(doc, m, m.start, party.end(1), "collective"))
    return tuple(sorted(found, key=lambda label: (label.start, label.end)))


def labels_table(labels: list[Label]) -> pd.DataFrame:
    rows = [[i, x.actor_id, x.actor, x.start, x.end, x.text, x.pattern, x.block, x.section]
            for i, x in enumerate(labels, 1)]  # fmt: skip
    return pd.DataFrame(rows, columns=LABEL_COLUMNS)
