"""Word lists of the framing rules: collective nouns, and the lexicons of hedges and evaluative words
(``lexicons/*.csv`` beside this module, documented row by row)."""

from __future__ import annotations

import csv
import io
from importlib.resources import files

#: Collective nouns for a state's people or rulers: "Afghan authorities", "Russian officials" label a party.
PARTY_NOUNS = (
    "authorities", "officials", "government", "leadership", "leaders", "rulers", "regime", "factions", "parties",
    "representatives", "forces", "troops", "military", "militants", "fighters", "diplomats", "delegation",
    "people", "citizens", "side", "administration", "opposition", "insurgents", "movement",
)  # fmt: skip


def _lexicon(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon CSV shipped with the package (``article_analysis/framing/lexicons/NAME``)."""
    text = files("article_analysis.framing").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


#: Words and phrases that distance a writer from what they report, by device (lexicons/hedges.csv).
HEDGES: dict[str, str] = {row["term"]: row["device"] for row in _lexicon("hedges.csv")}


#: Evaluative words: a sentence that uses one without attributing it is the writer's own judgement.
EVALUATIVE_TERMS = tuple(row["term"] for row in _lexicon("evaluative.csv"))
