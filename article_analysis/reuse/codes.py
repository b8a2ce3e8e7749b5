"""The change codes ``compare`` gives, with what each means.

They follow the code book of a provenance study of a re-write where it applies (the same names and meanings:
a reader can put the tool's codes beside codes given by hand), and the analyzer keeps its own list, since it
never reads the report that uses it.
"""

from __future__ import annotations

#: What a re-used sentence's words did to its source, form first (one of these per row).
FORM_CODES = ("verbatim", "trimmed", "paraphrase")
#: Changes that alter what a reader believes.
BELIEF_CODES = ("fact_changed", "speaker_blurred", "attribution_changed", "hedge_added", "hedge_removed")
#: How a pair is laid out rather than what it changed.
LAYOUT_CODES = ("moved", "merged", "split")
#: A derived sentence with no source sentence, and a source sentence the derived text does not carry.
UNMATCHED_CODES = ("new_material", "dropped")
ALIGN_CODES = FORM_CODES + BELIEF_CODES + LAYOUT_CODES + UNMATCHED_CODES

CODE_MEANINGS = {
    "verbatim": "the source's words; case, quotation marks, apostrophes, dashes, possessive 's and a dateline aside",
    "trimmed": "words of the source are cut and nothing takes their place (an attribution among them)",
    "paraphrase": "other words for the same sentence",
    "fact_changed": "a number (in digits or words), a name, a month or a weekday of the source is replaced by another",
    "speaker_blurred": "a speaker the source names (a person, or a role) becomes a group or an unnamed source",
    "attribution_changed": "the statement is given to another speaker, or to more speakers, than in the source",
    "hedge_added": "a distancing word the source does not use (reportedly, allegedly, is said to, claimed ...)",
    "hedge_removed": "a distancing or qualifying word of the source (apparent, alleged, reportedly ...) is dropped",
    "moved": "the sentence re-uses a source sentence out of the source's order",
    "merged": "the sentence joins words of two source sentences",
    "split": "the source sentence feeds more than one derived sentence",
    "new_material": "no source sentence is similar enough",
    "dropped": "a source sentence no derived sentence re-uses",
}
assert set(CODE_MEANINGS) == set(ALIGN_CODES)
