"""Reported (indirect) speech: "Putin noted that there must be no rush" reports speech without quoting it.

Each speech verb outside a quotation (and not already governing one) gives one row: who, which verb,
what. A dateline before the subject ("PARIS, May 3 (Reuters) - ") is not part of it, and a relative
pronoun ("..., who said") stands for the noun phrase it refers to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document
from ..structure.blocks import RUNNING_TEXT_KINDS
from ..structure.spans import Spans
from .cues import ANY_CUE_RE, CUE_RE, PARTICIPLE_RE, SOURCE_CUE_RE, strip_dateline
from .people import NAME_RE, People
from .quotes import Quotation
from .speakers import UNATTRIBUTED, Speaker, classify, leading_subject, mid_sentence, subject_before
from .wordlists import (
    AUXILIARIES,
    CLAUSE_VERBS,
    FUNCTION_WORDS,
    GROUP_HEADS,
    NOT_A_REPORT_BEFORE,
    NOT_SOURCES,
    ROLE_WORDS,
)

_NOT_A_REPORT_BEFORE = re.compile(rf"\b(?:{'|'.join(NOT_A_REPORT_BEFORE)})\s+$", re.IGNORECASE)
# What may follow a speech verb that ends the sentence without saying anything: when and how it was said.
_ONLY_CIRCUMSTANCE = re.compile(
    r"(?:(?:on|late|early|last|this)\s+)?(?:\w+day|yesterday|today|tonight|morning|afternoon|evening|night)?"
    r"(?:\s*(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|release|post|interview|"
    r"briefing|conference|filing|letter|note|email|call))?"
    r"(?:\s+(?:on|late|early|last|this)\s+\w+day)?\s*[.!?]?[\"”']?",
    re.IGNORECASE,
)
# Before a cue that is also a plural noun ("calls", "claims", "demands"), a participle or a preposition makes it
# the noun ("rejecting calls for", "amid claims that"); an "-ing" noun after an article is the subject ("the
# filing claims that"), and a cue that is no noun ("the ruling says") keeps its verb.
_ALSO_PLURAL_NOUNS = frozenset({"calls", "claims", "demands", "reports", "promises", "pledges", "vows", "appeals"})
_NOUN_BEFORE = re.compile(
    r"(?P<article>\b(?:the|a|an|this|that|its|his|her|their)\s+)?\b(?P<word>\w{3,}ing|amid|despite|after|of|to|"
    r"with|against|over|following|renewed|growing|repeated|fresh|new)\s+$",
    re.IGNORECASE,
)


def _plural_noun_cue(cue: str, before: str) -> bool:
    """Whether a cue that can be a plural noun is one here ("rejecting calls for a postponement")."""
    if cue.split()[0].lower() not in _ALSO_PLURAL_NOUNS:
        return False
    match = _NOUN_BEFORE.search(before)
    return bool(match) and not (match.group("article") and match.group("word").lower().endswith("ing"))


_LEADING_RUN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)*")


@dataclass(frozen=True)
class ReportedSpeech:
    start: int  # where the report starts: the speaker phrase, or the cue when none is written
    end: int  # end of the sentence
    speaker: str
    speaker_text: str
    attribution: str
    cue: str
    cue_start: int
    content: str
    block: int
    section: str


# After an inverted speech verb ("..., said X."): the speaker's noun phrase, which ends the sentence.
# A role may have the holder's name in apposition after it ("said the minister of labour, Ali Karimi.").
# The sentence may go on after the speaker with a clause of its own ("..., said NAME, but its fate is unclear").
_AFTER_INVERTED = re.compile(
    rf"\s+(?P<phrase>[^,;:!?\"“”()]{{1,80}}?(?:,\s*{NAME_RE})?)\s*"
    rf"(?:[.!?]?[\"”']?\s*$|,\s+(?:but|although|though|while|yet|whereas)\b)"
)
# "The deal, said to be worth $2 billion": a passive hedge about the subject, not speech by it.
_PASSIVE_HEDGE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b", re.IGNORECASE)
_SPEAKER_HEADS = frozenset(GROUP_HEADS) | frozenset(ROLE_WORDS)
_CLAUSE_WORDS = (
    frozenset(AUXILIARIES) | frozenset(w for v in CLAUSE_VERBS for w in v.split()) | {"is", "are", "was", "were", "be"}
)
_NOT_A_SPEAKER = re.compile(r"^(?:it|he|she|they|we|i|you|that|this|there)\b", re.IGNORECASE)


def _inverted_speaker(before: str, after: str) -> str:
    """The speaker after the verb when a clause ending with a comma comes first ("The bill will pass, said
    Senate Majority Whip Dana Ortiz."), or "" when the verb has its subject before it."""
    if not before.rstrip().endswith(",") or not re.search(r"\w", before):
        return ""
    match = _AFTER_INVERTED.match(after)
    if not match or _NOT_A_SPEAKER.match(match.group("phrase")):
        return ""
    phrase = match.group("phrase").strip()
    words = phrase.split()
    if len(words) > 10 or any(w.lower() in _CLAUSE_WORDS for w in words):
        return ""  # "..., said the talks were useful": a clause, with its own verb, not a speaker
    named = phrase[:1].isupper() or re.match(r"(?:the|a|an)\s", phrase)
    return phrase if named or words[-1].lower() in _SPEAKER_HEADS else ""  # "..., said officials."


# A clause of its own between a verb and a partial quotation: "that", an auxiliary or a past tense.
_CLAUSE_BETWEEN = re.compile(
    r"\bthat\b|\b(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|can|may)\b|\b\w{3,}ed\b"
)


# A finite verb that opens a partial quotation, whose subject stands outside it.
_FINITE_OPENING = re.compile(
    r"(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|can|cannot|may|shall|\w{3,}ed)\b"
)


def _introduces(text: str, quote: Quotation) -> bool:
    """Whether the quotation's verb is its own: after it ('"...," Juma said'), introducing it with a colon
    or comma ('said in a statement: "...'), or with its object only ('urged the Taliban "not to ..."'); not a
    verb whose clause, with a verb of its own, runs on into a partial quotation ('said the case rested on "...')."""
    if quote.start < quote.cue_start:
        return True
    between = text[quote.cue_start : quote.start]
    if between.rstrip()[-1:] in (":", ",", ""):
        return True
    if len(between.split()) >= 2 and _FINITE_OPENING.match(quote.inner.lstrip(" \"“‘'`")):
        return False  # 'says the company "ignored years of warnings"': the clause's own verb opens the quotation
    return not _CLAUSE_BETWEEN.search(between.split(None, 1)[-1])


def _named_person_before(before: str, people: People) -> bool:
    """Whether the words before a verb, an appositive and its commas aside, are a person's name."""
    phrase = subject_before(before)
    if not phrase:
        return False
    speaker = classify(phrase, people)
    return speaker.attribution == "named" and speaker.is_person


def find_reported_speech(doc: Document, quotes: Sequence[Quotation], people: People) -> tuple[ReportedSpeech, ...]:
    """Every speech verb that reports speech without a direct quotation, in text order."""
    text = doc.text
    quoted = Spans([(q.start, q.end) for q in quotes])
    # A verb that closes or opens a quotation is the quotation's; one whose clause only holds a partial
    # quotation further on ('said the defendant had "shown no remorse"') reports speech as well.
    governing = {q.cue_start for q in quotes if q.cue_start >= 0 and _introduces(text, q)}
    speaker_of_cue = {q.cue_start: q.speaker_text for q in quotes if q.cue_start in governing and q.speaker_text}
    found: list[ReportedSpeech] = []
    for sentence in doc.sentences:
        if sentence.kind not in RUNNING_TEXT_KINDS:
            continue
        _, skipped = strip_dateline(text[sentence.start : sentence.end])
        opening = sentence.start + skipped
        previous: ReportedSpeech | None = None
        quoting = ""  # the speaker of a quotation this sentence's verb introduced ('"...," he told reporters')
        for cue in ANY_CUE_RE.finditer(text, opening, sentence.end):
            at = cue.start()
            if at in quoted or at in governing:
                quoting = speaker_of_cue.get(at, quoting)
                continue
            before = text[opening:at]
            if _NOT_A_REPORT_BEFORE.search(before) or _plural_noun_cue(cue.group(0), before):
                continue  # "rejecting calls for a postponement", "amid claims that": a plural noun, not a verb
            after = text[cue.end() : sentence.end]
            if re.match(r"\s*[,:]?\s*(?:[\"“]|``)", after):
                continue  # a direct quotation follows: the quotation table has it
            if _PASSIVE_HEDGE_AFTER.match(after):
                continue
            participle = PARTICIPLE_RE.match(text, at)
            participle = participle is not None and participle.end() == cue.end()
            inverted = "" if participle else _inverted_speaker(before, after)
            if inverted and _named_person_before(before, people):
                inverted = ""  # "Kwame Mensah, now a pundit, said the club ...": the subject is before the verb
            if inverted:  # "The bill will pass, said Senate Majority Whip Dana Ortiz.": the speaker follows
                speaker = classify(inverted, people)
                content = before.strip().rstrip(",").strip()
                found.append(ReportedSpeech(
                    opening, sentence.end, speaker.name, speaker.text, speaker.attribution,
                    " ".join(cue.group(0).split()), at, content, sentence.block, sentence.section,
                ))  # fmt: skip
                previous = found[-1]
                continue
            phrase = "" if participle else subject_before(before)
            if phrase:
                speaker = classify(phrase, people)
                found_at = before.rfind(phrase)
                start = opening + found_at if found_at >= 0 else at
            elif previous is not None:  # "..., but emphasized", "..., adding that": same speaker
                speaker = Speaker(previous.speaker_text, previous.speaker, previous.attribution, False)
                start = at
            elif quoting:  # '"...," he told reporters, adding that': the quotation's speaker
                speaker = classify(quoting, people)
                start = at
            else:  # "Union leader Dana Reeve described ... and said": the sentence's subject
                titled = leading_subject(before)
                lead = _LEADING_RUN.match(before)
                if lead and lead.group(0).lower() in FUNCTION_WORDS:
                    lead = None  # "The mayor, NAME, called ... and said": never a bare "The"
                speaker = classify(titled or lead.group(0), people) if titled or lead else UNATTRIBUTED
                start = opening if titled or lead else at
            content = after.strip()
            if not re.sub(r"\W", "", content) or _ONLY_CIRCUMSTANCE.fullmatch(content):
                # "..., the Associated Press reported." / "..., the guild said on Monday." / "... in a statement."
                content = text[opening:start].rstrip(" ,")
            else:  # drop a trailing attribution that reports the same content: "..., the agency reported."
                content = re.sub(rf",\s+[^,]{{1,60}}?\s+(?:{CUE_RE.pattern})\s*[.!?]?$", "", content)
            report = ReportedSpeech(
                start, sentence.end, speaker.name, speaker.text, speaker.attribution,
                " ".join(cue.group(0).split()), at, content, sentence.block, sentence.section,
            )  # fmt: skip
            found.append(report)
            previous = report
        found += _according_to(doc, sentence, opening, quoted, governing, people)
    return tuple(sorted(found, key=lambda r: (r.cue_start, r.start)))


# The source "according to" names: up to the clause's comma or the sentence's end.
_SOURCE_PHRASE = re.compile(r"\s+(?P<phrase>[^,;:!?\"“”()]{1,80}?)\s*(?:[,;:]|[.!?]?[\"”']?\s*$)")


def _according_to(
    doc: Document, sentence, opening: int, quoted: Spans, governing: set[int], people: People
) -> list[ReportedSpeech]:
    """ "According to police, the driver fled" and "The driver fled, according to police": reported speech whose
    speaker follows the cue; not when the cue credits a quotation (the quotation table has it) or names a rule
    ("according to Russian law")."""
    text, found = doc.text, []
    for cue in SOURCE_CUE_RE.finditer(text, opening, sentence.end):
        at = cue.start()
        if at in quoted or at in governing:
            continue
        match = _SOURCE_PHRASE.match(text, cue.end(), sentence.end)
        if not match:
            continue
        phrase = _SOURCE_TAIL.sub("", match.group("phrase").strip())
        head = _PREPOSITION_SPLIT_SOURCE.split(phrase)[0].split()
        if not head or head[-1].lower().strip(".") in NOT_SOURCES or len(phrase.split()) > 10:
            continue
        before = text[opening:at].strip().rstrip(",").strip()
        content = before if re.search(r"\w", before) else text[match.end() : sentence.end].strip()
        if re.search(r"[\"“”]", content) and not re.search(r"\w", before):
            continue  # 'According to X, "...': a quotation, credited in the quotation table
        speaker = classify(phrase, people)
        if _DOCUMENT.match(phrase) and head[-1].lower() not in _SPEAKER_HEADS:
            # "a court filing", "a report by MPs": the document as written, not a name inside it
            speaker = Speaker(phrase, mid_sentence(phrase), "group", False)
        found.append(ReportedSpeech(
            at if not re.search(r"\w", before) else opening, sentence.end, speaker.name, speaker.text,
            speaker.attribution, " ".join(cue.group(0).split()), at, content, sentence.block, sentence.section,
        ))  # fmt: skip
    return found


# What follows the source in its phrase and describes it ("a court filing made public Thursday", "a report
# published on Monday", "data that the agency released"): no part of who speaks.
_SOURCE_TAIL = re.compile(
    r"\s+(?:(?:made|released|published|filed|obtained|seen|issued|dated|posted|unsealed|submitted)\b|"
    r"(?:that|which|who|on|last|this|earlier)\s).*$"
)
_DOCUMENT = re.compile(r"(?:a|an|the)\s+[a-z]")
_PREPOSITION_SPLIT_SOURCE = re.compile(r"\s+(?:for|of|at|with|from|in|on|by|near)\s+")
