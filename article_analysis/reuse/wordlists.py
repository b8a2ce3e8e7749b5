"""Word lists of the re-use rules.

Distancing and qualifying words follow published guides to news writing, not the texts under study: hedging
adverbs and "is said to" (Kris Amerikos, "Hedging language in journalism", bib key krisamerikosndhedging);
verbs that distance ("claimed") or imply a disputed position ("insisted", "maintained") where "said" is neutral
(krisamerikosndreporting; Bender et al., "Verbs to avoid for attribution", benderndverbs); "apparent" and
"seeming" as words of caution (University of Bristol, "Hedging", bristolndhedging). "According to" names a
source and is neutral attribution (krisamerikosndreporting): it is no hedge, and dropping it only trims.
"""

from __future__ import annotations

from ..speech.wordlists import FUNCTION_WORDS, GROUP_HEADS
from ..timex.wordlists import NUMBER_WORDS

#: Words and phrases by which a writer passes on a claim without vouching for it.
DISTANCING_TERMS = (
    "reportedly", "allegedly", "apparently", "seemingly", "purportedly", "supposedly", "ostensibly",
    "is said to", "are said to", "was said to", "were said to", "is believed to", "are believed to",
    "was believed to", "were believed to", "is thought to", "are thought to",
)  # fmt: skip
#: Speech verbs that distance (where "said" is neutral), when a clause follows them.
DISTANCING_VERBS = ("claimed", "claims", "claiming", "insisted", "insists", "maintained", "maintains")

#: Words that qualify what they describe ("the apparent contradiction"): dropping one asserts it.
QUALIFYING_TERMS = ("apparent", "seeming", "alleged", "purported", "so-called", "self-styled", "would-be")

#: Words too common to show that one sentence comes from another: function words, and the speech verb
#: every news sentence may hold.
STOP_WORDS = FUNCTION_WORDS | frozenset({
    "said", "says", "say", "told", "also", "more", "most", "some", "any", "all", "each", "both", "other", "such",
    "very", "there", "what", "how", "why", "out", "up", "down", "off", "now", "new", "one", "am", "me", "him",
    "them", "us", "our", "ours", "itself", "themselves", "s", "t", "mr", "mrs", "ms",
})  # fmt: skip

#: Numbers written as words, for comparing "three" with "3" ("a"/"an" are articles more often than counts).
NUMBERS_AS_WORDS = {word: value for word, value in NUMBER_WORDS.items() if word not in ("a", "an", "hundred")}

#: Head nouns of a speaker that is a group or an unnamed source ("officials", "sources", "authorities").
GROUP_SPEAKERS = frozenset(GROUP_HEADS) | frozenset({"government", "spokesperson", "source", "official"})

#: Role nouns that name the same kind of speaker ("his lawyer" and "the attorney" are one speaker); a
#: two-word role is written with a space ("legal team"). Who speaks for a defendant in court reporting is "his
#: lawyers", "his attorneys", "his counsel", "his legal team" or "the defense" (AP style, "attorney,
#: lawyer": interchangeable in common usage, bib key writingexplainedndattorney; "counsel", "legal team" and
#: "the defense" name the same lawyers); "police" and "officers", "officials" and "authorities" likewise.
ROLE_EQUIVALENTS = (
    frozenset(
        {
            "lawyer",
            "attorney",
            "counsel",
            "solicitor",
            "barrister",
            "legal team",
            "defense team",
            "defence team",
            "defense",
            "defence",
            "defense lawyer",
            "defence lawyer",
        }
    ),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chairperson", "chair"}),
    frozenset({"police", "officers", "officer", "policeman", "policewoman", "police officers"}),
    frozenset({"official", "authorities", "authority"}),
    frozenset({"minister", "secretary"}),
)
