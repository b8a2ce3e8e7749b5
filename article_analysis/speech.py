"""Reported (indirect) speech, and the pass that resolves pronouns across all speech.

"Putin noted that there must be no rush" reports speech without quoting it. Each speech verb
outside a quotation (and not already governing one) gives one row: who, which verb, what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .quotes import Quotation
from .sentences import Sentence
from .speakers import ANY_CUE_RE, CUE_RE, PARTICIPLE_RE, PeopleIndex, Speaker, classify, subject_before

# A speech verb right after these is passive or subordinate ("when asked"), not a report.
_NOT_A_REPORT_BEFORE = re.compile(r"\b(?:when|if|was|were|been|being|is|are|be|unless|once)\s+$", re.IGNORECASE)
_LEADING_RUN = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*")
SPEECH_SENTENCE_KINDS = ("paragraph", "caption", "headline")


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


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def find_reported_speech(
    text: str, sentences: list[Sentence], quotes: list[Quotation], people: PeopleIndex | None = None
) -> list[ReportedSpeech]:
    """Every speech verb that reports speech without a direct quotation, in text order."""
    people = people or PeopleIndex(text)
    quoted = [(q.start, q.end) for q in quotes]
    governing = {q.cue_start for q in quotes if q.cue_start >= 0}
    found: list[ReportedSpeech] = []
    for sentence in sentences:
        if sentence.kind not in SPEECH_SENTENCE_KINDS:
            continue
        previous: ReportedSpeech | None = None
        for cue in ANY_CUE_RE.finditer(text, sentence.start, sentence.end):
            at = cue.start()
            if _inside(at, quoted) or at in governing:
                continue
            before = text[sentence.start : at]
            if _NOT_A_REPORT_BEFORE.search(before):
                continue
            after = text[cue.end() : sentence.end]
            if re.match(r"\s*[,:]?\s*[\"“]", after):
                continue  # a direct quotation follows: the quotation table has it
            phrase = "" if PARTICIPLE_RE.fullmatch(cue.group(0)) else subject_before(before)
            if phrase:
                speaker = classify(phrase, people)
                start = sentence.start + before.rstrip().rfind(phrase) if phrase in before else at
            elif previous is not None:  # "..., but emphasized", "..., adding that": same speaker
                speaker = Speaker(previous.speaker_text, previous.speaker, previous.attribution, False)
                start = at
            else:
                lead = _LEADING_RUN.match(text[sentence.start : at])
                speaker = classify(lead.group(0), people) if lead else Speaker("", "", "unattributed", False)
                start = sentence.start if lead else at
            content = after.strip()
            if not re.sub(r"\W", "", content):  # "..., the Associated Press reported."
                content = text[sentence.start : start].rstrip(" ,")
            else:  # drop a trailing attribution that reports the same content: "..., the agency reported."
                content = re.sub(rf",\s+[^,]{{1,60}}?\s+(?:{CUE_RE.pattern})\s*[.!?]?$", "", content)
            report = ReportedSpeech(
                start, sentence.end, speaker.name, speaker.text, speaker.attribution,
                cue.group(0), at, content, sentence.block, sentence.section,
            )  # fmt: skip
            found.append(report)
            previous = report
    return found


def resolve_references(
    quotes: list[Quotation], reports: list[ReportedSpeech], people: PeopleIndex
) -> tuple[list[Quotation], list[ReportedSpeech]]:
    """Resolve pronoun speakers to the last person who spoke before them, and quotations that
    continue the previous speaker's words, across quotations and reported speech in text order.
    A pronoun with no earlier person stays unresolved: its speaker is left empty."""
    events: list[tuple[int, str, int]] = [
        (q.cue_start if q.cue_start >= 0 else q.start, "q", i) for i, q in enumerate(quotes)
    ]
    events += [(r.cue_start, "r", i) for i, r in enumerate(reports)]
    quotes, reports = list(quotes), list(reports)
    last_person = ""
    for _, kind, i in sorted(events):
        item = quotes[i] if kind == "q" else reports[i]
        if kind == "q" and item.kind != "speech":
            continue
        speaker, attribution = item.speaker, item.attribution
        if attribution == "pronoun" and item.speaker_text.lower() in ("he", "she", "i"):
            speaker = last_person
        elif attribution == "continuation" and kind == "q":
            earlier = [q for q in quotes[:i] if q.kind == "speech" and q.block == item.block]
            speaker = earlier[-1].speaker if earlier else ""
        if speaker != item.speaker:
            item = replace(item, speaker=speaker)
            if kind == "q":
                quotes[i] = item
            else:
                reports[i] = item
        if speaker and (attribution in ("role", "pronoun", "continuation") or people.is_known(speaker)):
            last_person = speaker
    return quotes, reports
