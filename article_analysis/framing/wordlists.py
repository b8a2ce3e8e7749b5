"""Word lists of the framing rules: collective nouns, and the lexicons of hedges and evaluative words
(``lexicons/*.csv`` beside this module, each row with its published source; see ``lexicons/README.md``)."""

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


_HEDGE_ROWS = _lexicon("hedges.csv")
#: Words and phrases that hedge, distance, source or name, by device (lexicons/hedges.csv).
HEDGES: dict[str, str] = {row["term"]: row["device"] for row in _HEDGE_ROWS}
#: What each device does: distancing, sourcing, naming or epistemic (a hedge of likelihood).
HEDGE_FUNCTIONS: dict[str, str] = {row["term"]: row["function"] for row in _HEDGE_ROWS}
#: The functions a device can have, and "tense" for a modal read as the past of "will" or "can".
FUNCTIONS = ("distancing", "sourcing", "naming", "epistemic", "tense")

#: Modals that are the past of "will" and "can" after a past speech verb ("said the country would soon send"):
#: tense, not a hedge (backshift in reported speech; "might", the past of "may", still hedges).
BACKSHIFT_MODALS = ("would", "could")
#: Past forms of speech verbs that do not end in "-ed" (the rest are read by that ending).
IRREGULAR_PAST = ("said", "told", "wrote", "thought", "felt", "knew", "heard", "saw", "made", "gave", "spoke")
#: Words right before a quoted term or "so-called" that make it a name, not a distancing mark: the
#: definite article ("the so-called pocket veto", "the 'extended troika'") and naming verbs.
NAMING_BEFORE = ("the", "called", "dubbed", "named", "known as", "termed", "nicknamed", "titled", "entitled")
#: Speech verbs that credit a report to its source ("..., the agency reported"): sourcing, not a hedge.
CREDIT_CUES = ("reported", "reports", "according to")

#: Pattern's subjectivity lexicon of English adjectives (lexicons/evaluative.csv): polarity and subjectivity,
#: averaged over each adjective's senses.
ADJECTIVE_SCORES: dict[str, tuple[float, float]] = {
    row["term"]: (float(row["polarity"]), float(row["subjectivity"])) for row in _lexicon("evaluative.csv")
}
