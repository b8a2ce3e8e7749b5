"""Word lists of the re-use rules, taken from the framing lexicon so that both read distancing alike."""

from __future__ import annotations

from ..framing.wordlists import HEDGE_FUNCTIONS

#: The distancing devices proper (not modals): "hedge added" in a re-write means these. "so-called" and
#: "according to" (naming and sourcing in the framing lexicon) are kept as the re-use rules had them.
HEDGE_TERMS = tuple(t for t, f in HEDGE_FUNCTIONS.items() if f == "distancing")
HEDGE_TERMS += ("so-called", "according to")
