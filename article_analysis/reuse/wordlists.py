"""Word lists of the re-use rules, taken from the framing lexicon so that both read distancing alike."""

from __future__ import annotations

from ..framing.wordlists import HEDGES

#: The distancing devices proper (not modals or conditionals): "hedge added" in a re-write means these.
HEDGE_TERMS = tuple(t for t, d in HEDGES.items() if d in ("distancing_adverb", "distancing_label", "attribution"))
