"""Every vocabulary of the report, defined once, each with its reader-facing labels and one colour map.

Values that the analyzer produces (block kinds, sections, speaker attributions, actor kinds) come
from ``article_analysis``; the values of this book's curated data (timeline categories, verdicts,
source types, re-write changes ...) are defined here. Loaders validate against these tuples, charts
and tables take their labels and colours from the same place, so a value can never be drawn in one
colour and badged in another.

Colours are Okabe & Ito's colour-blind-safe palette; a badge's text colour gives at least 4.5:1
contrast with its background (WCAG AA).
"""

from __future__ import annotations

from article_analysis.actors.gazetteer import ACTOR_KINDS
from article_analysis.structure.blocks import BLOCK_KINDS, SECTIONS

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "green", "vermillion", "sky_blue", "purple", "yellow", "grey")]

# --- From the analyzer ---------------------------------------------------------------------------

SECTION_LABELS = {"outlet": "Newsweek's own text", "wire": "AP copy appended"}
SECTION_COLOURS = {"outlet": OKABE_ITO["sky_blue"], "wire": OKABE_ITO["green"]}
assert set(SECTION_LABELS) == set(SECTIONS)

BLOCK_KIND_LABELS = {
    "headline": "headline",
    "paragraph": "body paragraph",
    "handover": "hand-over line",
    "attribution": "attribution line",
    "caption_keywords": "caption keywords",
    "caption": "photo caption",
    "credit": "photo credit",
}
BLOCK_KIND_COLOURS = {
    "headline": OKABE_ITO["black"],
    "paragraph": OKABE_ITO["blue"],
    "handover": OKABE_ITO["vermillion"],
    "attribution": OKABE_ITO["vermillion"],
    "caption_keywords": OKABE_ITO["yellow"],
    "caption": OKABE_ITO["purple"],
    "credit": OKABE_ITO["grey"],
}
assert set(BLOCK_KIND_LABELS) == set(BLOCK_KINDS)

ATTRIBUTION_LABELS = {
    "named": "speaker named",
    "role": "speaker identified by role",
    "pronoun": "speaker by pronoun",
    "continuation": "continues a quotation",
    "role-unresolved": "role, not resolved",
    "group": "a group",
    "unattributed": "no speaker",
}

ACTOR_KIND_LABELS = {
    "person": "person",
    "state": "state",
    "organisation": "organisation",
    "armed_group": "armed group",
    "place": "place",
    "diplomatic_format": "diplomatic format",
    "group": "group",
    "media": "news or photo agency",
}
ACTOR_KIND_COLOURS = {
    "state": OKABE_ITO["blue"],
    "armed_group": OKABE_ITO["vermillion"],
    "person": OKABE_ITO["orange"],
    "organisation": OKABE_ITO["green"],
    "group": OKABE_ITO["purple"],
    "place": OKABE_ITO["sky_blue"],
    "diplomatic_format": OKABE_ITO["yellow"],
    "media": OKABE_ITO["grey"],
}
ACTOR_KIND_SHAPES = {
    "state": "o",
    "armed_group": "s",
    "person": "^",
    "organisation": "D",
    "group": "h",
    "place": "v",
    "diplomatic_format": "p",
    "media": "X",
}
#: Kinds that are not parties to the events: where and how actors meet, and who reports on them.
NOT_A_SIDE = ("place", "diplomatic_format", "media")
assert set(ACTOR_KIND_LABELS) == set(ACTOR_KINDS)

MATCH_TYPE_LABELS = {
    "name": "name",
    "alias": "other name",
    "demonym": "adjective (Russian)",
    "metonym": "stand-in (Moscow, Kremlin)",
    "role": "title or role",
}

# --- This book's curated data -------------------------------------------------------------------

TIMELINE_CATEGORIES = (
    "soviet_war",
    "designation",
    "moscow_format",
    "extended_troika",
    "takeover_2021",
    "russian_statements",
    "military_exercises",
    "humanitarian_aid",
    "diplomacy",
    "since_publication",
)
TIMELINE_CATEGORY_LABELS = {
    "soviet_war": "Soviet war",
    "designation": "terror listing",
    "moscow_format": "Moscow format",
    "extended_troika": "extended troika",
    "takeover_2021": "Taliban takeover",
    "russian_statements": "Russian statements",
    "military_exercises": "military exercises",
    "humanitarian_aid": "humanitarian aid",
    "diplomacy": "diplomacy",
    "since_publication": "Russia–Taliban relations since",
}
TIMELINE_CATEGORY_COLOURS = {
    "soviet_war": OKABE_ITO["grey"],
    "designation": OKABE_ITO["vermillion"],
    "moscow_format": OKABE_ITO["blue"],
    "extended_troika": OKABE_ITO["sky_blue"],
    "takeover_2021": OKABE_ITO["black"],
    "russian_statements": OKABE_ITO["purple"],
    "military_exercises": OKABE_ITO["green"],
    "humanitarian_aid": OKABE_ITO["orange"],
    "diplomacy": OKABE_ITO["yellow"],
    "since_publication": "#6b4c9a",
}

STATUSES = ("host", "member", "guest", "observer", "invited", "not_invited", "declined", "absent", "unclear")
STATUS_STYLE = {  # colour, letter printed in the cell: every status has its own of each
    "host": (OKABE_ITO["blue"], "H"),
    "member": (OKABE_ITO["sky_blue"], "M"),
    "guest": (OKABE_ITO["yellow"], "G"),
    "observer": (OKABE_ITO["orange"], "O"),
    "invited": ("#c8e6c9", "I"),
    "not_invited": ("#f2f2f2", "–"),
    "declined": (OKABE_ITO["vermillion"], "D"),
    "absent": ("#d9d9d9", "A"),
    "unclear": ("#ffffff", "?"),
}

#: Accuracy verdicts for statements of fact, and for characterisations (an evaluation, not a fact).
FACT_VERDICTS = ("verified", "imprecise", "contradicted", "outdated", "unverified")
CHARACTERISATION_VERDICTS = ("supported", "contested", "unsupported")
VERDICTS = FACT_VERDICTS + CHARACTERISATION_VERDICTS
VERDICT_MEANINGS = {
    "verified": "every part is confirmed by a record other than the article's own wire",
    "imprecise": "a part is borne out only in part (a number, date, actor or wording is loose), or the record "
    "contradicts an inference the text only implies",
    "contradicted": "the record says otherwise on a part the text states",
    "outdated": "true at publication; the record now says otherwise",
    "unverified": "a part rests on nothing but the article's own wire or nothing at all, and no record says otherwise",
    "supported": "a characterisation every part of which independent records bear out",
    "contested": "a characterisation the records partly bear out and partly do not",
    "unsupported": "a characterisation a part of which the records contradict or do not bear out at all",
}
#: One colour pair per verdict: (fill, text on that fill). Figures use the fill; badges both.
VERDICT_COLOURS = {
    "verified": ("#00704f", "#ffffff"),
    "imprecise": (OKABE_ITO["yellow"], "#000000"),
    "contradicted": ("#a33f00", "#ffffff"),
    "outdated": (OKABE_ITO["sky_blue"], "#000000"),
    "unverified": ("#595959", "#ffffff"),
    "supported": ("#3d7a99", "#ffffff"),
    "contested": (OKABE_ITO["purple"], "#000000"),
    "unsupported": ("#7a3d5c", "#ffffff"),
}
#: Verdicts that settle a claim: no significance, no origin of a problem.
SETTLED_VERDICTS = ("verified", "supported")
#: How a claim is underlined in the annotated article: colour from VERDICT_COLOURS, and a line style so
#: that the verdict does not rest on colour alone (settled: solid; a problem: wavy, dashed or dotted).
VERDICT_LINES = {
    "verified": "solid",
    "imprecise": "wavy",
    "contradicted": "wavy",
    "outdated": "dashed",
    "unverified": "dotted",
    "supported": "solid",
    "contested": "wavy",
    "unsupported": "wavy",
}
#: One colour per quoted speaker in the annotated article, in order of first quotation.
SPEAKER_COLOURS = tuple(OKABE_ITO[k] for k in ("orange", "sky_blue", "green", "purple", "blue", "vermillion"))
CLAIM_KINDS = ("explicit", "implicit", "characterisation")
#: What a claim is about. A "photo" claim says what a picture shows (its caption's people, place and
#: time, and action); every photo claim is split into the same three parts (see PHOTO_PARTS).
CLAIM_CATEGORIES = (
    "number",
    "date",
    "designation",
    "participants",
    "attribution",
    "title",
    "event",
    "law",
    "geography",
    "photo",
    "characterisation",
)
#: The parts every photo claim is checked by, as the leading word of each part's label.
PHOTO_PARTS = ("who:", "where and when:", "what:")
#: A part about the present day (what a reader now would take the sentence to say) starts with this;
#: such parts decide "outdated", and only they decide an outdated claim's significance.
TODAY_PART = "today:"
#: A part about what the article's own wire reported ("wire: AP reported it") starts with this: the
#: wire's copies are its own record there ("primary"), and nowhere else.
WIRE_PART = "wire:"
#: Severity, least first: what a reader would now believe wrongly, and how much it matters. A false
#: statement the text makes (substantive) outranks a false impression it leaves (misleading), which
#: outranks a loose detail (minor).
SIGNIFICANCE = ("minor", "misleading", "substantive")
SIGNIFICANCE_RANK = {s: i + 1 for i, s in enumerate(SIGNIFICANCE)} | {"": 0}
SIGNIFICANCE_MEANINGS = {
    "minor": "a rounding, another figure for the same count, a loose word or scope, a stand-in for the same "
    "actor or a translation variant: the reader stays right about who did what, when, under which rule",
    "misleading": "an impression the text leaves without stating it (an implicit claim or an evaluation) that "
    "the record does not bear out",
    "substantive": "a statement the text makes that leaves the reader with a wrong fact that matters: who acted, "
    "what the law says or a status under it, a date or a participant",
}
#: How a source bears on one part of a claim (data/claim_sources.csv). The record a stance belongs to is
#: the source's producer, or the voice the row names (see claims.SOURCE_STANCE_COLUMNS, "voice").
STANCES = ("confirms", "contradicts", "partly", "context", "primary", "wire")
STANCE_MEANINGS = {
    "confirms": "an independent record that states the part, or what entails it",
    "contradicts": "a record that states the opposite of the part (the subject's own record only on a part it "
    "settles: what the party said, or its own act)",
    "partly": "a record that gives its own account of the same point and differs from the part in degree or "
    "detail (another number, date, actor, scope or sense): it bears the part out only in part (the subject's own "
    "record only on a part it settles)",
    "context": "read, and neither confirms, bears out in part nor contradicts the part (background, or one "
    "instance of what the part says recurred); never a source that was not read",
    "primary": "the own record of the party whose words or conduct the part reports: on a part it settles (what "
    "the party said, or its own act), in agreement with it; elsewhere whatever it says, deciding nothing (or the "
    "wire's copy, on a part about what the wire reported); shown apart from the count",
    "wire": "a copy of the article's own wire that carries the part; shown apart as 'the wire itself', never "
    "counted and never deciding a part",
}
#: What differs between a record and a part it bears out only in part or contradicts
#: (data/claim_sources.csv, "differs"), and how much a reader misled by it would believe wrongly.
DIFFERENCES = {
    "stand-in": "the state named by a stand-in (the Kremlin, Moscow) where an organ of the same state acted",
    "wording": "a loose word, phrase or tense (never in the words of a statement: there a variant that keeps "
    "their sense confirms)",
    "translation": "a rendering of the words said that changes their sense ('security' for 'stability'); a "
    "synonym or a translator's choice with the same sense confirms",
    "tense": "an act told as under way (a headline's present tense) that had only been announced, where it "
    "followed within weeks and acts of the same kind had come before: the record dates it later",
    "rounding": "a rounded figure or span",
    "number": "another figure for the same count (announced against actual, a total against a part)",
    "scope": "a narrower or broader statement, or one of another degree (an outlet's own narrower framing of "
    "the same point)",
    "actor": "another body or state acted",
    "participant": "another set of participants",
    "date": "another date or time",
    "law": "what the law says",
    "status": "a legal or official status (a listing, a recognition)",
}
#: Differences of degree: a record that differs only so bears the part out in part, it never contradicts it.
DEGREE_DIFFERENCES = ("stand-in", "wording", "translation", "tense", "rounding", "number", "scope")
#: The significance each difference carries in an explicit claim (an implicit claim or a
#: characterisation never ranks above "misleading").
DIFFERENCE_SIGNIFICANCE = {d: "minor" for d in DEGREE_DIFFERENCES} | {
    d: "substantive" for d in ("actor", "participant", "date", "law", "status")
}
assert set(DIFFERENCE_SIGNIFICANCE) == set(DIFFERENCES)
#: The second reading of each claim (claims.csv, second_reading): "agreed", "agreed (proposal rejected:
#: <why>)", or "changed: <what and why>"; its check-reading (check_reading) the same, or "not in this
#: reading: <why>" for a claim the check-readers were not given.
SECOND_READING_PENDING = "pending"
#: A former state whose legal personality another continues, and that state: the continuator's own record
#: is the former state's (Russia continues the Soviet Union's UN membership as a continuing state,
#: colbourn2023seat).
CONTINUATOR_STATES = {"SUN": "RUS"}
#: Where a problem with a claim comes from (data/claims.csv, for claims not simply verified).
INTRODUCED_BY = ("rewrite", "wire", "outlet", "unknown")
INTRODUCED_LABELS = {
    "rewrite": "added by Newsweek's re-write",
    "wire": "in AP's text, carried into the article",
    "outlet": "Newsweek's own material (no AP source)",
    "unknown": "cannot be told from the stored copies",
}
HISTORY_STAGES = ("first_reading", "second_reading", "review", "source_audit", "rules_reading")
HISTORY_STAGE_LABELS = {
    "first_reading": "first reading (with a second reader's corrections)",
    "second_reading": "second reading",
    "review": "reader's review of the built book",
    "source_audit": "source audit",
    "rules_reading": "re-judged under the written verdict rules",
}

#: Where a source stands in the hierarchy a fact-checker uses, strongest first.
SOURCE_TYPES = ("primary", "agency", "outlet", "syndicated", "mirror", "reference", "scholarly", "software")
SOURCE_TYPE_LABELS = {
    "primary": "primary (official document or statement)",
    "agency": "news agency original",
    "outlet": "outlet's own report",
    "syndicated": "copy or relay of another producer's report on a news site (counted as that producer)",
    "mirror": "mirror or aggregator copy (counted as its producer; kept only with a reason)",
    "reference": "reference work or dataset",
    "scholarly": "scholarly work",
    "software": "software",
}

#: The chain of texts behind the article (data/versions.csv).
RELATIONS = ("wire_preview", "wire_version", "syndication", "rewrite", "respin", "independent_report")
RELATION_LABELS = {
    "wire_preview": "AP preview",
    "wire_version": "AP version",
    "syndication": "copy of an AP text",
    "rewrite": "Newsweek's re-write",
    "respin": "re-spin of Newsweek",
    "independent_report": "other outlet's report",
}
#: How a sentence of the article changed from its source (data/rewrite.csv).
CHANGE_CODES = (
    "verbatim",
    "trimmed",
    "paraphrase",
    "hedge_added",
    "attribution_changed",
    "fact_changed",
    "angle_changed",
    "new_material",
    "dropped",
)
CHANGE_LABELS = {
    "verbatim": "same words",
    "trimmed": "words cut",
    "paraphrase": "same fact, other words",
    "hedge_added": "hedge added",
    "attribution_changed": "attribution changed",
    "fact_changed": "fact changed",
    "angle_changed": "angle changed",
    "new_material": "no source found",
    "dropped": "dropped",
}
CHANGE_MEANINGS = {
    "verbatim": "the source's words, unchanged",
    "trimmed": "words cut, nothing added",
    "paraphrase": "the same fact in other words",
    "hedge_added": "a distancing word added (reportedly, so-called, according to)",
    "attribution_changed": "who did or said it changed",
    "fact_changed": "a number, date, tense of a fact or the claim itself changed",
    "angle_changed": "emphasis or angle changed (what leads, what is left out)",
    "new_material": "no source sentence found in any stored version",
    "dropped": "a source paragraph the re-write does not carry",
}
#: The change that decides a sentence's colour: the most consequential code it carries.
CHANGE_PRIORITY = (
    "fact_changed",
    "attribution_changed",
    "hedge_added",
    "angle_changed",
    "new_material",
    "paraphrase",
    "trimmed",
    "verbatim",
    "dropped",
)
CHANGE_COLOURS = {
    "verbatim": "#cfe8dc",
    "trimmed": "#9fd3bd",
    "paraphrase": OKABE_ITO["sky_blue"],
    "hedge_added": OKABE_ITO["orange"],
    "attribution_changed": OKABE_ITO["purple"],
    "fact_changed": OKABE_ITO["vermillion"],
    "angle_changed": OKABE_ITO["yellow"],
    "new_material": "#ffffff",
    "dropped": "#dddddd",
}
COVERAGE_STATUSES = ("carried", "carried_differently", "not_carried", "not_seen")
COVERAGE_LABELS = {
    "carried": "carried",
    "carried_differently": "carried differently",
    "not_carried": "not carried",
    "not_seen": "not in the stored part",
}
COVERAGE_COLOURS = {
    "carried": OKABE_ITO["blue"],
    "carried_differently": OKABE_ITO["orange"],
    "not_carried": "#ffffff",
    "not_seen": "#eeeeee",
}
COVERAGE_SYMBOLS = {"carried": "●", "carried_differently": "◐", "not_carried": "○", "not_seen": "·"}


def label(value: str, labels: dict[str, str]) -> str:
    """The reader-facing label of a vocabulary value (the value itself, spaced, if it has none)."""
    return labels.get(value, str(value).replace("_", " "))
