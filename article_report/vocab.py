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

#: The two parts of the article, under the two names the whole book uses for them (glossary): what
#: Newsweek wrote above the hand-over line, and the AP story it appends below it.
SECTION_LABELS = {"outlet": "Newsweek's top", "wire": "the appended AP copy"}
SECTION_COLOURS = {"outlet": OKABE_ITO["sky_blue"], "wire": OKABE_ITO["green"]}
assert set(SECTION_LABELS) == set(SECTIONS)
#: A photo caption, its keyword line and its credit belong to the agency the credit names (Getty, AP
#: Photo), not to either part: the third name readers meet (glossary), never "Newsweek's".
AGENCY_CAPTION = "agency caption"
AGENCY_CAPTION_COLOUR = OKABE_ITO["purple"]
CAPTION_KINDS = ("caption_keywords", "caption", "credit")

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
assert set(CAPTION_KINDS) <= set(BLOCK_KINDS)


def part_label(section: str, kind: str) -> str:
    """Which of the three parts a block belongs to, as readers are told: an agency caption (with its
    keyword line and credit), else Newsweek's top or the appended AP copy."""
    return AGENCY_CAPTION if kind in CAPTION_KINDS else SECTION_LABELS[section]


def part_colour(section: str, kind: str) -> str:
    """The colour of a block's part (:func:`part_label`), for figures and the annotated article."""
    return AGENCY_CAPTION_COLOUR if kind in CAPTION_KINDS else SECTION_COLOURS[section]


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
#: One mark per verdict, printed in its square in the verdict figure, so that the verdict never rests on
#: colour alone (a tick for the settled ones, a cross for the record saying otherwise, "?" for nothing
#: but the wire).
VERDICT_MARKS = {
    "verified": "✓",
    "imprecise": "≈",
    "contradicted": "✗",
    "outdated": "↻",
    "unverified": "?",
    "supported": "✓",
    "contested": "±",
    "unsupported": "✗",
}
assert set(VERDICT_MARKS) == set(VERDICTS)
#: The book's scale for ClaimReview's reviewRating (schema.org Rating: ratingValue between worstRating and
#: bestRating): how far the record bears a claim out, 5 in full, 1 not at all. A fact and a characterisation that
#: stand alike share a place: verified and supported (every part established), imprecise and contested (a part
#: borne out only in part). Outdated was true when published. Unverified means nothing but the article's own wire,
#: or nothing, speaks to a part, and nothing says otherwise. Contradicted and unsupported are the bottom of their
#: scales: a record says otherwise (for a characterisation, a part is contradicted or nothing bears it out).
RATING_SCALE = {5: "borne out in full", 4: "true when published, since overtaken", 3: "borne out in part",
                2: "not established either way", 1: "the record says otherwise"}  # fmt: skip
VERDICT_RATINGS = {"verified": 5, "supported": 5, "outdated": 4, "imprecise": 3, "contested": 3, "unverified": 2,
                   "contradicted": 1, "unsupported": 1}  # fmt: skip
assert set(VERDICT_RATINGS) == set(FACT_VERDICTS + CHARACTERISATION_VERDICTS)
assert set(VERDICT_RATINGS.values()) == set(RATING_SCALE)
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
    "outlet": "Newsweek's top, with no AP source",
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

#: The texts behind the article (data/versions.csv): AP's previews, full stories, short versions and captions of
#: the day, copies of them, Newsweek's re-write, a re-spin of it, other outlets' reports.
RELATIONS = (
    "wire_preview",
    "wire_version",
    "wire_short",
    "wire_caption",
    "syndication",
    "rewrite",
    "respin",
    "independent_report",
)
RELATION_LABELS = {
    "wire_preview": "AP preview",
    "wire_version": "AP full story",
    "wire_short": "AP short version",
    "wire_caption": "AP photo caption",
    "syndication": "copy of an AP text",
    "rewrite": "re-write of AP",
    "respin": "re-spin of Newsweek",
    "independent_report": "other outlet's report",
}
#: The AP texts of the chain (everything AP wrote, not the copies of it).
WIRE_RELATIONS = ("wire_preview", "wire_version", "wire_short", "wire_caption")

#: How one text relates to another (data/chain.csv): "TEXT <relation> OF".
CHAIN_RELATIONS = (
    "follows",
    "short_of",
    "caption_of",
    "copy_of",
    "reuses",
    "rewrite_of",
    "respin_of",
    "runs_caption",
    "shares_wording_with",
    "variant_of",
)
CHAIN_RELATION_LABELS = {
    "follows": "is a later text of the same story than",
    "short_of": "is a short version of",
    "caption_of": "is a photo caption carrying paragraphs of",
    "copy_of": "is a copy of",
    "reuses": "re-uses background paragraphs of",
    "rewrite_of": "is a re-write of",
    "respin_of": "is a re-spin of",
    "runs_caption": "runs the photo caption",
    "shares_wording_with": "shares wording with",
    "variant_of": "is another AP text of the same story, in an order the copies cannot tell, than",
}
#: How sure an edge of the chain or a sentence's source is.
CONFIDENCE = ("certain", "likely", "uncertain")
CONFIDENCE_MEANINGS = {
    "certain": "the copies read show it directly: the same words, or time stamps on both sides",
    "likely": "it follows from the copies read with one inference (an address read as a time, a text's growth "
    "through the day, a copy not found again but recorded when read)",
    "uncertain": "the evidence points both ways, or rests on more than one inference",
}
#: Whether a copy read in an earlier session was found again in the stored copies on the day of the re-read.
FOUND_AGAIN = ("yes", "no", "n/a")
FOUND_AGAIN_LABELS = {"yes": "found again", "no": "not found again", "n/a": "in this repository"}
FOUND_AGAIN_MEANINGS = {
    "yes": "found again in the stored copies on the day of the re-read (the row's read date is that day)",
    "no": "searched for on the day of the re-read and not found (the read date is the earlier reading, and what the "
    "row says of the copy rests on that reading)",
    "n/a": "the article itself, kept in this repository, or no copy named (a sentence no stored copy carries)",
}
#: How much of a copy its stored part holds (data/versions.csv, column stored). It decides what a fact the stored
#: part does not show is: "not carried" in a whole copy, "not in the stored part" in a cut one.
STORED = ("whole", "cut")
STORED_MEANINGS = {
    "whole": "the stored part reaches the end of the text: a closing line follows it ('Leave a Reply', 'Share "
    "it', a credit), or a short text ends well before the storage limit of about 2,000 characters",
    "cut": "the stored part stops before the text ends: at the storage limit, inside a sentence, or where an "
    "aggregator shows only the opening paragraphs",
}
#: The day every copy was looked up again (the read dates of the provenance tables are this or earlier).
REREAD_DATE = "2026-12-02"

#: The code book of the re-write (data/rewrite.csv, data/respin.csv): how a sentence differs from its source.
#: The order is the order of consequence for a reader: it ranks "Did it matter?" and picks a sentence's colour.
CHANGE_CODES = (
    "fact_changed",
    "speaker_blurred",
    "attribution_changed",
    "context_added_to_speech",
    "quote_altered",
    "hedge_added",
    "hedge_removed",
    "claim_added",
    "angle_changed",
    "credit_added",
    "merged",
    "paraphrase",
    "trimmed",
    "verbatim",
    "new_material",
    "dropped",
)
CHANGE_PRIORITY = CHANGE_CODES
CHANGE_LABELS = {
    "fact_changed": "fact changed",
    "speaker_blurred": "speaker blurred",
    "attribution_changed": "actor changed",
    "context_added_to_speech": "context added to speech",
    "quote_altered": "quotation altered",
    "hedge_added": "hedge added",
    "hedge_removed": "hedge removed",
    "claim_added": "claim added",
    "angle_changed": "angle changed",
    "credit_added": "source credited",
    "merged": "paragraphs merged",
    "paraphrase": "same fact, other words",
    "trimmed": "words cut",
    "verbatim": "same words",
    "new_material": "no source found",
    "dropped": "dropped",
}
#: Each code's definition: what a second reader checks before applying it.
CHANGE_MEANINGS = {
    "fact_changed": "a checkable part of the claim differs from the source: who, what, when, where, how many, or "
    "whether it is planned or done",
    "speaker_blurred": "a speaker the source names (by name, or by a pronoun for the person it has just named) "
    "becomes a group or an unnamed source; an attribution cut with no speaker left in its place is 'words cut'",
    "attribution_changed": "the act or statement is given to another actor, or to more actors, than in the source: "
    "'he' widened to 'Putin and other Russian officials' keeps the speaker and adds a group (a named speaker "
    "turned into a group alone is 'speaker blurred' instead)",
    "context_added_to_speech": "words the source does not attribute to the speaker are set inside or beside the "
    "speaker's reported statement, so they read as part of it",
    "quote_altered": "the words inside quotation marks differ from the source's quotation, beyond spelling",
    "hedge_added": "a distancing word the source does not use: an adverb (reportedly, allegedly) or a doubting "
    "speech verb (claimed, maintained, insisted) where the source states the fact or says 'said'; one distancing "
    "word for another is a paraphrase",
    "hedge_removed": "a qualifying or distancing word of the source (apparent, seeming, reportedly) is dropped, so "
    "the writer asserts what the source qualified",
    "claim_added": "the writer adds, in its own voice, a fact or a characterisation the source does not state",
    "angle_changed": "a fact the source placed lower is moved into the headline or the first paragraph, changing "
    "what the story is about",
    "credit_added": "the re-write names the source it re-writes ('the Associated Press reported', or a hand-over "
    "line to the source's copy): sourcing, not distance",
    "merged": "one sentence joins words from more than one source paragraph",
    "paraphrase": "the same fact, actor and certainty in other words",
    "trimmed": "words of the source are cut and nothing takes their place, an attribution among them ('He also "
    "said that' cut from a headline)",
    "verbatim": "the source's words, allowing spelling, punctuation and a copy desk's house style",
    "new_material": "no source sentence in any stored copy; for the appended wire copy this means 'not stored', "
    "not 'invented'; the hand-over line is Newsweek's own and also credits AP ('source credited')",
    "dropped": "a paragraph of the source the re-write does not carry",
}
#: One short example each, from this article's rows (AP's words, then the re-write's).
CHANGE_EXAMPLES = {
    "fact_changed": "AP: 'would soon dispatch a shipment' / headline: 'Sending Humanitarian Aid'",
    "speaker_blurred": "AP, as India Today credits it: 'He [Lavrov] also said that Russia would soon dispatch' / "
    "'Russian officials said the country would soon dispatch'",
    "attribution_changed": "AP: 'it [Russia] has designated the group' / 'the Kremlin designated'",
    "context_added_to_speech": "Lavrov's call for aid / '... following the exit of U.S. military forces'",
    "quote_altered": "Newsweek: 'forming a really inclusive government' / re-spin: 'Forging a really inclusive "
    "administration'",
    "hedge_added": "AP: 'Russia had worked for years' / 'Russia has reportedly worked hard'",
    "hedge_removed": "AP: 'the apparent contradiction' / 'the contradiction'",
    "claim_added": "AP: 'underlines Moscow's clout' / '... and its strong ties with the Taliban'",
    "angle_changed": "AP's tenth paragraph (aid) becomes the headline and the first sentence",
    "credit_added": "'..., the Associated Press reported'; 'For more reporting from the Associated Press, see below:'",
    "merged": "AP's tenth paragraph (aid) set in its first paragraph's scene",
    "paraphrase": "AP: 'never took it of the list' / 'has never removed the Taliban from the terror list'",
    "trimmed": "AP: 'Lavrov opened the talks and emphasized that' / 'Lavrov said,'; India Today's AP-credited "
    "'He also said that Russia would soon dispatch' / headline: 'Russia Sending'",
    "verbatim": "'Unlike many other countries, Russia hasn't evacuated its embassy in Kabul'",
    "new_material": "'Before Wednesday's talks, another meeting was held earlier this week'",
    "dropped": "a source paragraph with no sentence in the re-write",
}
#: One colour per code for the sentence-by-sentence figure: warm for what changes belief, blues and greens for
#: form, white for no source.
CHANGE_COLOURS = {
    "fact_changed": OKABE_ITO["vermillion"],
    "speaker_blurred": OKABE_ITO["purple"],
    "attribution_changed": "#7a3d5c",
    "context_added_to_speech": "#a33f00",
    "quote_altered": "#8c510a",
    "hedge_added": OKABE_ITO["orange"],
    "hedge_removed": OKABE_ITO["yellow"],
    "claim_added": OKABE_ITO["blue"],
    "angle_changed": OKABE_ITO["sky_blue"],
    "credit_added": "#b2df8a",
    "merged": "#cab2d6",
    "paraphrase": "#bfe3f5",
    "trimmed": "#9fd3bd",
    "verbatim": "#cfe8dc",
    "new_material": "#ffffff",
    "dropped": "#dddddd",
}
assert set(CHANGE_COLOURS) == set(CHANGE_CODES) == set(CHANGE_LABELS) == set(CHANGE_MEANINGS) == set(CHANGE_EXAMPLES)
#: Codes that change what a reader believes (the rest change only the form, or say where a sentence came from).
BELIEF_CHANGES = CHANGE_CODES[: CHANGE_CODES.index("angle_changed") + 1]
#: Who made the change a row's codes describe.
CHANGED_BY = ("rewrite", "wire", "respin", "unknown", "none")
CHANGED_BY_LABELS = {
    "rewrite": "Newsweek's re-write",
    "wire": "AP, between its texts",
    "respin": "the re-spin",
    "unknown": "AP or Newsweek: the stored copies cannot tell",
    "none": "nobody: the source's words, or no source",
}
#: Distancing words the code book's hedge rules look for, by kind. Reporting verbs: "said" is neutral, "claimed"
#: casts doubt (benderndverbs), "insisted"/"maintained" imply a disputed position (krisamerikosndreporting);
#: hedging adverbs and phrases (krisamerikosndhedging); "appear"/"seem" as hedges (bristolndhedging).
#: "According to" cites a source and is not listed (krisamerikosndreporting).
DISTANCING_TERMS = (
    "reportedly",
    "allegedly",
    "apparently",
    "seemingly",
    "purportedly",
    "supposedly",
    "is said to",
    "are said to",
    "claimed",
    "claims",
    "maintained",
    "maintains",
    "insisted",
    "insists",
)
QUALIFYING_TERMS = ("apparent", "seeming", "alleged", "purported", "so-called")
#: Words that name a group or an unnamed source in place of a person (speaker_blurred).
GROUP_SPEAKERS = ("officials", "authorities", "the government", "sources", "diplomats")
#: Pronouns that stand for one person the copy has just named: as a speaker they count as that person.
PERSON_PRONOUNS = ("he", "she")
#: Words that credit the wire a re-write re-writes (credit_added), the agency's name as the article spells it.
CREDIT_TERMS = ("Associated Press",)
#: Typography an anchor may differ in from the copy: curly and straight quotes and apostrophes are one character.
TYPOGRAPHY = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'}

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
#: What each status means: one reading for every row (data/coverage.csv). The rules name their rows on the methods
#: page.
COVERAGE_MEANINGS = {
    "carried": "the text states the fact as the row describes it: the same actor or speaker, act, certainty and "
    "number, in any words or language; a fact whose sentence is cut off at the end of the stored part is carried "
    "when the words kept name the actor and the act",
    "carried_differently": "the text states the same fact with one difference a reader would notice: another "
    "speaker or actor (a state or a group for a named minister, the participants' joint statement, another "
    "official of the same side), a hedge dropped or added, words inside quotation marks altered, another number "
    "or none (participants listed without 'ten'), a part missing (the year of a listing, the named groups of a "
    "threat), the act as planned rather than done (a statement 'expected' before it was adopted); for a voice, "
    "the party is named (present, invited, pictured, left out) but none of its words is given",
    "not_carried": "a whole copy does not state the fact; a like fact about another event (the troika meeting for "
    "the talks, the members of the format since 2017 for the participants of the day) is not the fact",
    "not_seen": "a cut copy does not state the fact in its stored part: the rest of the text may",
}
#: A second reading (every provenance table): "agreed", "changed: <why>", or "pending" until a reader has read it.
SECOND_READING_PENDING = "pending"
#: How the resolver decided a second reader's proposal (data/second_reading.csv).
RESOLUTIONS = ("applied", "applied_in_part", "rejected")
RESOLUTION_LABELS = {"applied": "applied", "applied_in_part": "applied in part", "rejected": "rejected"}
#: Who proposed a change to a provenance row: the four second readers, the reader who then checked the resolver's
#: own decisions, or the resolver applying a code-book rule that the readers' proposals settled.
PROPOSERS = ("P1", "P2", "P3", "P4", "P5", "resolver")
#: The reader who checked the resolver's decisions that rested on one reading (its rules applied to rows no reader
#: flagged, and its decisions in part). Kept apart from the first readers, so that their agreement with the rows
#: as first made is still what the chapter reports.
CHECK_READERS = ("P5",)
#: What a change touched, to count the second reading's changes by kind.
CHANGE_KINDS = (
    "status",
    "evidence",
    "found_again",
    "source_key",
    "dating",
    "text_kind",
    "link",
    "confidence",
    "codes",
    "words",
    "who_changed",
    "number",
)
CHANGE_KIND_LABELS = {
    "status": "coverage status",
    "evidence": "evidence or anchor words",
    "found_again": "found again and read date",
    "source_key": "copy read and its key",
    "dating": "date and what dates it",
    "text_kind": "kind or producer of a text",
    "link": "relation or evidence of a link",
    "confidence": "how sure",
    "codes": "change codes",
    "words": "the words that differ",
    "who_changed": "who made the change",
    "number": "a number of the chapter",
}
#: The code book's rules for what the codes alone leave open, each with the rows it settled (methods page).
CODING_RULES = {
    "Whose words": "the words that differ on the source side are the words of the copy named in the row's source, "
    "always: India Today's 'He also said that', not a wording recorded from another copy. Where that copy and "
    "the row's text differ elsewhere (AP's first text 'terrorist organization', its second 'terror "
    "organisation' as the PA-edited copy recorded it), the pair is left out and the note says so; the row then "
    "rests on that other copy too, and is no surer than it",
    "Parts": "' ... ' separates the parts of the words that differ, which pair up in order on both sides; "
    "'(none)' marks a part with no counterpart ('(none)' / 'the Associated Press reported')",
    "An attribution cut": "an attribution cut with no speaker left (the headline 'Russia Sending Humanitarian Aid' "
    "from 'He also said that Russia would soon dispatch') is 'words cut'; 'speaker blurred' needs a group or an "
    "unnamed source in the speaker's place",
    "A pronoun": "a pronoun standing for the person the copy has just named counts as that person: 'He also said' "
    "turned into 'Russian officials said' is 'speaker blurred'",
    "A speaker widened": "'he' widened to 'Putin and other Russian officials' keeps the named speaker and adds a "
    "group: 'actor changed', not 'speaker blurred'",
    "The hand-over line": "'For more reporting from the Associated Press, see below:' has no AP source ('no source "
    "found') and credits AP ('source credited'); any re-write words naming the Associated Press that the source "
    "lacks are 'source credited'",
    "Typography": "anchors, evidence and the words that differ match their copy after curly and straight quotes "
    "and apostrophes are made one character; nothing else is normalised",
    "How sure a row is": "the weaker of the word match (certain when a copy found again, or the article, carries "
    "the words; likely when only a copy not found again carried them, as recorded) and the text named (certain "
    "when a copy of that text, found again, carries the words; likely when the only copy of it that carried them "
    "was not found again, as the BreakingNews.ie copy of AP's second text beyond its first two paragraphs, or "
    "when only another text stands for it, as India Today's standfirst for AP's photo caption). A link between "
    "texts that rests on a copy not found again is at most likely",
    "Dates": "a text's date is a full day only where a stamp, an address or a dateline fixes it (on the copy, or, "
    "an inference, on another copy of the same story), or where the text's tense does: a present or future "
    "tense ('is hosting', 'is set to address') is written on the day of the event; a day name in the past tense "
    "('said on Wednesday', 'said Friday') dates the event, not the page, so the month only. Every text says what "
    "dates it",
    "Found again": "one copy has one read date and one 'found again' in every table",
    "Which copy a cell names": "a coverage cell names the copy whose stored words show its status: the copy its "
    "evidence is in, or, for a fact not stated, the copy whose stored part was read; where one text is read in "
    "two copies (Reuters' in Islam Times' copy and the Jerusalem Post's), a cell whose words are only in one of "
    "them names that one",
    "Two AP texts of one story": "two AP texts of one story whose order the copies cannot tell are rows of their "
    "own, linked 'is another AP text of the same story': the same paragraphs in other words (the two 7 Oct "
    "previews, from the lede on)",
    "Whole or cut": "each copy is recorded as whole or cut; a fact a whole copy does not state is 'not carried', "
    "one a cut copy does not state in its stored part is 'not in the stored part'",
    "A fact cut off": "a fact whose sentence the stored part cuts off is carried when the words kept name the actor "
    "and the act (AP's 'urged the international commu'), and the row is likely, not certain",
    "Another speaker": "the same position voiced by another speaker, a state for a minister, or the joint "
    "statement, is carried differently; the same kind of fact about another event is not carried",
    "'Banned in Russia'": "a tag such as '(banned in Russia)' carries the 2003 designation differently: the listing "
    "without its year or act; it does not say by itself that the listing was never lifted",
    "Participants without a number": "participants listed without the number, or in groups ('former Soviet Central "
    "Asian states'), carry 'ten countries took part' differently",
}


def label(value: str, labels: dict[str, str]) -> str:
    """The reader-facing label of a vocabulary value (the value itself, spaced, if it has none)."""
    return labels.get(value, str(value).replace("_", " "))
