"""Who says something: the speaker's noun phrase before or after a speech verb, and what it names.

News English names a speaker by name ("Lavrov", "said Senate Majority Leader Jo Reyes"), by an
appositive ("Dr. Lena Park, the county's health officer,"; "The port's chief engineer, Omar Haddad,"),
by role ("the mayor"), by pronoun ("he", "it", "they"), by relative pronoun ("..., who said") or as a
group ("officials"). Everything here is generic English and newsroom convention; the people come from
the text itself (see :mod:`.people`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..timex.wordlists import MONTHS, WEEKDAYS
from .cues import NAME_SPACE, NAME_TOKEN, alternation, mask_abbreviations, strip_dateline
from .people import NAME_RE, ROLE_HEADS, People, looks_like_person_name, name_from_run, without_nickname
from .wordlists import (
    AUXILIARIES,
    DISCOURSE_ADVERBS,
    GROUP_HEADS,
    NOT_ADVERBS_IN_LY,
    ORGANISATION_DESCRIPTORS,
    ORGANISATION_HEADS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
)

_GROUP_HEADS = frozenset(GROUP_HEADS)
_GROUP_HEAD_RE = re.compile(rf"\b(?:{'|'.join(GROUP_HEADS)})$")
_ORG_HEADS = frozenset(ORGANISATION_HEADS)
# Plural agent nouns (English agent suffixes -er, -or, -ist, -ian, -ant, -ent): people named by what they do.
_AGENT_PLURAL = re.compile(r"[A-ZÀ-ÖØ-Þ][a-z]{2,}(?:ers|ors|ists|ians|ants|ents)")
# A plural possessive may stand inside an organisation's name ("the Tenants' Union", "Residents' Association").
_RUN_TOKEN = rf"{NAME_TOKEN}(?:(?<=s)['’](?=\s+[A-ZÀ-ÖØ-Þ]))?"
_RUN = re.compile(rf"{_RUN_TOKEN}(?:{NAME_SPACE}(?:(?:of|for|and|the|de|van|von|al|bin){NAME_SPACE})*{_RUN_TOKEN})*")
_ENDS_WITH_ROLE = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in ROLE_WORDS)})$")
_PREPOSITION_SPLIT = re.compile(r"\s+(?:for|of|at|with|from|in|on|to|near|inside|outside)\s+")
# A role word right before the name that ends the phrase: however long the title chain before it ("Port
# Authority of Mombasa spokesman Musa Bello", "Kenya Ports Authority acting managing director John Mwangi"),
# the speaker is the person named last.
# The role may have a lower-case portfolio after "of"/"for" ("acting head of corporate communications Halima
# Juma", "director of public prosecutions Ann Lee").
_ROLE_THEN_NAME = re.compile(
    rf"(?i:\b(?:{alternation(ROLE_WORDS)}))\.?(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:and\s+)?(?!the\b|and\b)[a-z][a-z-]+){{1,4}})?"
    rf"{NAME_SPACE}(?P<name>{NAME_RE})\s*$"
)
# "analyst Priya Rao and her team": the person named speaks for the people with them.
# "Amy Hale and her team at Barclays": the place the team works at goes with it.
_AND_COMPANY = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|staff|aides|lawyers)"
    r"(?:\s+(?:at|from|of|in)\s+[^,;:]{1,60})?$"
)
# "analysts at Barclays led by Amy Hale", "a team led by Dr. Sam Ode": the named leader speaks for the group
# (the way a bank's research notes are credited in wire copy).
_LED_BY = re.compile(rf"\bled{NAME_SPACE}by{NAME_SPACE}(?P<name>{NAME_RE})\s*$")
# The people a leader speaks for ("a coalition led by Saudi Arabia" is no person's speech).
_LED_GROUPS = frozenset({*GROUP_HEADS, "team", "group", "panel", "unit", "desk"})
# "the head of the regional fire service, Jan Novak": a role phrase, then the name of the person who holds it.
_APPOSITIVE_NAME = re.compile(rf",\s*(?P<name>{NAME_RE})\s*$")
# A group's head with what qualifies it before: "Analysts", "Senior officials", "Some residents", "Russian diplomats".
_GROUP_PHRASE = re.compile(rf"(?:[A-Za-z][\w'’-]*\s+){{0,3}}(?:{'|'.join(GROUP_HEADS)})", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    """A speaker as written (``text``) and as resolved (``name``; empty when it cannot be)."""

    text: str
    name: str
    attribution: str  # named | role | role-unresolved | pronoun | group | continuation | unattributed
    is_person: bool


UNATTRIBUTED = Speaker("", "", "unattributed", False)


def _tokens(s: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", s)


def strip_auxiliaries(phrase: str) -> str:
    """Drop auxiliaries and adverbs between a subject and its verb: "Russia has reportedly" -> "Russia"."""
    tokens = phrase.rstrip().split(" ")
    # An adverb in -ly is lower case: "Daly", "Kelly", "Connolly" are surnames.
    while tokens and (tokens[-1].lower() in AUXILIARIES or (tokens[-1].endswith("ly") and len(tokens) > 1
                                                            and tokens[-1][:1].islower()
                                                            and tokens[-1] not in NOT_ADVERBS_IN_LY)):  # fmt: skip
        tokens.pop()
    return " ".join(tokens).strip()


# Words that open a description, not a name: determiners, and the nouns of groups and roles. Only the start of a
# sentence gives them a capital ("The ministry said", "Analysts at X said"), which is no part of the speaker.
_DETERMINERS = frozenset({
    "the", "a", "an", "one", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several",
    "other", "another", "few", "most", "all", "both", "each", "these", "those", "this", "that", "two", "three",
})  # fmt: skip
_ROLE_NOUNS = frozenset(ROLE_WORDS)


def mid_sentence(phrase: str) -> str:
    """A description as it is written inside a sentence: "The ministry" -> "the ministry", "Analysts at Harlow
    Capital" -> "analysts at Harlow Capital", "Residents" -> "residents". A name keeps its capitals ("The
    Associated Press", "The Hague": the word after the article is capitalised), and so does a title alone
    ("Judge", a headline's word) or a title before a name ("Police Chief Scott Dale")."""
    words = phrase.split(maxsplit=2)
    if not words or not words[0][:1].isupper() or (len(words[0]) > 1 and words[0].isupper()):
        return phrase  # "US officials": an abbreviation keeps its capitals
    first = re.sub(r"['’]s?$", "", words[0].lower())  # "Parents' groups", "Women's groups"
    following = words[1] if len(words) > 1 else ""
    if first in ("a", "an") and len(words) > 1 and phrase.split()[-1].islower():
        return phrase[:1].lower() + phrase[1:]  # "A Westmoor County Council spokeswoman": a role of the body
    if following[:1].isupper() or (following[:1].isdigit() and first not in _DETERMINERS):
        return phrase
    if (
        (first in _DETERMINERS and following[:1].isalpha())
        or first in _GROUP_HEADS
        or (first in _ROLE_NOUNS and following[:1].isalpha())
    ):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _is_role_phrase(phrase: str) -> bool:
    """A noun phrase headed by a lower-case role noun ("the port's chief engineer")."""
    head = _PREPOSITION_SPLIT.split(phrase.strip())[0].split()
    # A capital only where the role opens the sentence ("Counsel for the county, Otieno Ouma,"): a capitalised
    # role word inside a run is a title before a name ("Judge Lowe").
    # After an article or a possessor the capitals are the office's own ("the commission's National Commissioner
    # for Information, Festus Okonkwo,"): a description still, not a title run.
    # So are they before the office's portfolio or seat ("Rural Alliance MP for Yarrabool, Tom Harcourt,").
    described = len(head) > 1 and (
        head[0].lower() in ("the", "a", "an")
        or any(re.search(r"['’]s$", w) for w in head)
        or len(_PREPOSITION_SPLIT.split(phrase.strip())) > 1
    )
    return bool(head) and head[-1].lower() in ROLE_HEADS and (not head[-1][:1].isupper() or len(head) == 1 or described)


_PREPOSITIONAL_OPENING = re.compile(
    r"(?:At|In|On|Outside|Inside|Near|After|Before|During|Since|Until|From|Across|Throughout|Within|Behind|"
    r"Beyond|Under|Over|Along|Around|Amid|Among|Despite|Following|By|With)\s",
    re.IGNORECASE,
)


_DAY = rf"(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{'|'.join(MONTHS)}))"
#: A time phrase that opens a sentence before its subject, with or without a comma ("On Saturday the ministry
#: said", "Late Wednesday, the White House said", "Earlier this week", "Last night").
_OPENING_TIME = re.compile(
    rf"(?:(?:On|Late|Early|Later|Earlier|By|Since|Until)\s+{_DAY}|{_DAY}|(?:Late|Early)\s+(?:on\s+)?{_DAY}"
    rf"|(?:Earlier|Later|Last|This|Next)\s+(?:this\s+|that\s+|last\s+|next\s+)?(?:week|month|year|night|"
    rf"morning|afternoon|evening|weekend|{'|'.join(WEEKDAYS)})|(?:Yesterday|Today|Tonight)|Overnight)"
    rf"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*,?\s+(?:the\s|[A-ZÀ-ÖØ-Þ])|\s*$)"
)


def strip_opening_time(phrase: str) -> str:
    """``phrase`` without a time phrase that opens it: "On Saturday the national health ministry" -> "the
    national health ministry"."""
    match = _OPENING_TIME.match(phrase)
    return phrase[match.end() :].lstrip(" ,") if match and phrase[match.end() :].strip(" ,") else phrase


def _is_opening_adverbial(segment: str) -> bool:
    """A sentence adverb ("Meanwhile"), an -ly adverb ("Separately") or a prepositional phrase ("At the
    market", "In Dadaab") that opens a sentence before its subject: never the speaker."""
    words = segment.strip().lower()
    return (
        words in DISCOURSE_ADVERBS
        or bool(_OPENING_TIME.fullmatch(segment.strip()))
        or (" " not in words and words.endswith("ly") and len(words) > 4)
        or bool(_PREPOSITIONAL_OPENING.match(segment.strip()))
    )


# An unnamed person described by where they work: "A nurse at Lakeside County Referral Hospital".
_INDEFINITE_AT = re.compile(
    r"(?:A|An|One)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+(?:at|for|of|with|from|in)\s+.{1,80}"
)


def _antecedent(before_relative: str) -> str:
    """The noun phrase a relative pronoun refers to: the end of the clause before ", who" (the name, when
    an appositive stands between: "Mark Francois, a Conservative lawmaker who")."""
    clause = before_relative.rstrip(" ,")
    segments = [seg.strip() for seg in mask_abbreviations(clause).split(",")]
    if len(segments) >= 2 and (_is_role_phrase(segments[-1]) or re.match(r"(?:a|an|the)\s", segments[-1])):
        start = len(",".join(segments[:-2])) + (1 if len(segments) > 2 else 0)
        name = clause[start : start + len(segments[-2]) + 1].strip(" ,")
        if looks_like_person_name(name_from_run(name)):
            return name
    described = _INDEFINITE_AT.fullmatch(re.split(r"[;:—–]|,\s", clause)[-1].strip())
    if described:  # "A nurse at Lakeside County Referral Hospital, who": the whole description
        return described.group(0)
    runs = list(_RUN.finditer(clause))
    if runs and runs[-1].end() == len(clause):
        return runs[-1].group(0)
    return re.split(r"[,;:—–]|(?<![\w-])(?:by|to|from|with|of|for|that|and|but)(?![\w-])", clause)[-1].strip()


def subject_before(clause: str) -> str:
    """The noun phrase that ends where a speech verb begins: the speaker as written.

    Looks at the text before the verb in the same sentence. A dateline is dropped ("PARIS, May 3
    (Reuters) - Workers ..." -> "Workers ..."); an appositive around a name keeps the name ("Dr. Lena
    Park, the county's health officer," -> "Dr. Lena Park"; "The port's chief engineer, Omar Haddad,"
    -> "Omar Haddad"; "Ryan Westergaard, chief officer for the Bureau" -> "Ryan Westergaard"); a
    relative pronoun is replaced by what it refers to ("Senator Kim Alvarez, who").
    """
    clause, _ = strip_dateline(clause)
    clause = strip_auxiliaries(clause.rstrip())
    if not clause or re.search(r"\b(?:and|but|or|then)$", clause):
        return ""  # a verb coordinated with an earlier one ("... and noted"): its subject is that verb's
    relative = re.search(rf",?\s+({'|'.join(RELATIVE_PRONOUNS)})$", clause)
    if relative and relative.group(1) in ("who", "whom"):
        return _antecedent(clause[: relative.start()])
    masked = mask_abbreviations(clause)
    if clause.endswith(","):
        cuts = [i for i, ch in enumerate(masked) if ch == ","]
        segments, last = [], 0
        for cut in cuts:
            segments.append(clause[last:cut].strip())
            last = cut + 1
        # "..., and its governor, Kofi Mensah-Boateng, warned": a role and the name in apposition end the clause.
        if len(segments) >= 3:
            role = re.sub(r"^(?:and|but)\s+", "", segments[-2])
            if _is_role_phrase(role) and looks_like_person_name(name_from_run(segments[-1])):
                return segments[-1]
        # "Healy, who was booked ...,": a relative clause follows a name, never an adverb.
        while len(segments) >= 2 and _is_opening_adverbial(segments[0]) and not re.match(r"who\b", segments[1]):
            segments = segments[1:]  # "At the market, the traders' leader, Musa Danjuma,": not the place
        if len(segments) >= 2 and re.match(r"led\s+by\s", segments[-1]):
            segments = [f"{segments[0]} {segments[-1]}"]  # "economists at Barclays, led by Amy Hale,"
        head = re.split(r"[;:—–]", segments[0])[-1].strip()
        head = re.sub(r"^(?:and|but|so|as)\s+", "", head)
        # "The port's chief engineer, Omar Haddad,": the name in the second segment is the speaker.
        # "A retired bus depot supervisor, Joseph Kariuki,", "Okafor's trainer, Sam Dunne,": a description with
        # "a"/"an" or a possessor, however its noun is not a known role, before the name in apposition.
        # "the cyclist's mother, Elaine Whitby,", "The lecturer's wife, Mrs. NAME,": a possessive description too.
        description = re.fullmatch(
            r"(?:[Aa]n?|[A-ZÀ-ÖØ-Þ][\w-]*['’]s|[Tt]he\s+[a-z][\w-]*['’]s)\s+[a-z][\w'’ -]*", head
        )
        if len(segments) >= 2 and (_is_role_phrase(head) or description):
            second = _PREPOSITION_SPLIT.split(segments[1])[0]
            if looks_like_person_name(name_from_run(second)):
                return second
        return head if 0 < len(_tokens(head)) <= 8 else ""
    boundaries = [m.end() for m in re.finditer(r"[,;:—–]|\s-\s|\b(?:that|which|because|but|while|when|after|before)\b",
                                                   masked)]  # fmt: skip
    cut = max(boundaries, default=0)
    piece = clause[cut:].strip()
    piece = strip_opening_time(re.sub(r"^(?:and|but|so|as)\s+", "", piece))
    # "Ryan Westergaard, chief officer for the Bureau said": a role after a name, with no closing comma.
    if cut and _is_role_phrase(piece) and masked[cut - 1] == ",":
        before = clause[: cut - 1].rstrip()
        earlier = max((b for b in boundaries if b < cut - 1), default=0)
        name = clause[earlier : cut - 1].strip()
        if before and looks_like_person_name(name_from_run(name)) and not _is_opening_adverbial(name):
            return name
    if len(_tokens(piece)) > 10:
        # "A former land registrar accused of forging title deeds ... denied": the head of a long subject.
        described = _DESCRIBED_HEAD.match(piece)
        return described.group("head") if described else ""
    return piece if _tokens(piece) else ""


# A description and what follows its head noun: a participle, a relative pronoun or a preposition.
_DESCRIBED_HEAD = re.compile(
    r"(?P<head>(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)\s+"
    r"(?:who|accused|charged|convicted|arrested|jailed|found|named|suspected|wanted|of|from|in|at|with)\b"
)


_LEADING_SUBJECT = re.compile(
    rf"^(?:He|She|They|It|We|I)\b|^(?:The\s+)?(?:(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+|[a-z][\w-]*\s+){{0,4}}?"
    rf"(?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})\s+)?"
    rf"{NAME_TOKEN}(?:\s+(?:of\s+)?{NAME_TOKEN})*"
)


_OPENING_ADVERBIAL = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-z]+|(?:On|In|At|After|Before|During|Last|Earlier|Later)\s+[^,]{1,30}),\s+"
)
_GROUP_SUBJECT = re.compile(rf"^(?:(?:His|Her|Their|Its|The|Some|Many|Other)\s+)?(?:[A-ZÀ-ÖØ-Þ][\w-]*\s+)?"
                            rf"(?:{'|'.join(GROUP_HEADS)})\b")  # fmt: skip


# A description opening a sentence and the name in apposition after it: "The mayor, Andile Jacobs,".
_DESCRIBED_THEN_NAME = re.compile(
    rf"^(?:[Tt]he|An?|[A-ZÀ-ÖØ-Þ][\w-]*['’]s)\s+[^,;:\"“”]{{1,60}},\s*(?P<name>{NAME_RE})\s*,"
)


def leading_subject(sentence: str) -> str:
    """The subject a sentence opens with, when it is a pronoun, a name or a group ("Turnbull told
    colleagues ... but said"; "His lawyers opened ... by admitting"): the speaker of a later speech
    verb that shares it. An opening adverbial ("Previously,", "On Monday,") is skipped."""
    sentence, _ = strip_dateline(sentence)
    sentence = sentence.lstrip(" \"“‘'")
    sentence = re.sub(r"^(?:But|And|Yet|So|Still)\s+(?=\S)", "", sentence)  # "But the chairman ..., NAME, said"
    sentence = _OPENING_ADVERBIAL.sub("", sentence, count=1)
    described = _DESCRIBED_THEN_NAME.match(sentence)
    if described and looks_like_person_name(name_from_run(described.group("name"))):
        return described.group("name")  # "The mayor, Andile Jacobs, called ... and said"
    group = _GROUP_SUBJECT.match(sentence)
    if group:
        return group.group(0)
    match = _LEADING_SUBJECT.match(sentence)
    if match and match.group(0) in ("A", "An", "The"):
        # "A magistrate at the Kibarani Law Courts has freed ..., saying": a description, not a name "A".
        described = _DESCRIPTION_SUBJECT.match(sentence)
        return described.group(0) if described else ""
    return match.group(0) if match else ""


_DESCRIPTION_SUBJECT = re.compile(
    r"^(?:An?|The)\s+[a-z][^,;:\"“”()]{0,80}?(?=\s+(?:has|have|had|is|are|was|were|will|would|said|says|told|[a-z]{3,}ed)\b)"
)


def _has_org_head(name: str) -> bool:
    """An organisation's name ends with its head noun ("Northwind Airlines", "Interior Ministry"), or
    has it before "of", "for" or "on" ("Ministry of Labour"); a title inside a person's name does not count."""
    words = [re.sub(r"['’]s$", "", w).lower().rstrip(".,") for w in name.split()]
    if not words:
        return False
    if words[-1] in _ORG_HEADS or " ".join(words[-2:]) in _ORG_HEADS:
        return True
    # "Ministry of Labour", "Coalition for Epidemic Readiness", "Council on Foreign Relations"
    return any(w in ("of", "for", "on") and k > 0 and words[k - 1] in _ORG_HEADS for k, w in enumerate(words))


def _organisation_name(phrase: str) -> str:
    """A named organisation ("Northwind Airlines", "the Ministry of Labour" -> "Ministry of Labour") without its
    article; a building that stands for the office in it keeps the article the text gives it ("the White House",
    "the Elysee Palace": AP style writes them so)."""
    runs = list(_RUN.finditer(phrase))
    if not runs:
        return ""
    run = runs[-1].group(0)
    words = [w.lower().rstrip(".,") for w in run.split()]
    ends_phrase = runs[-1].end() == len(phrase.rstrip(" ,."))
    if (any(w in _ORG_HEADS for w in words) or _has_org_head(run)
            or (ends_phrase and len(words) >= 2 and not looks_like_person_name(run))):  # fmt: skip
        bare = re.sub(r"^(?:the|The)\s+", "", run)
        with_article = bare != run or re.search(r"\b[Tt]he\s+$", phrase[: runs[-1].start()])
        return f"the {bare}" if with_article and re.search(r"\s(?:House|Palace)$", bare) else bare
    return ""


def appositive_name(phrase: str) -> str:
    """The name after a role phrase and a comma ("the minister of foreign affairs, Ali Karimi" -> "Ali
    Karimi"), or "" when the phrase is not a role followed by a person's name."""
    match = _APPOSITIVE_NAME.search(phrase)
    if not match or not _is_role_phrase(phrase[: match.start()]):
        return ""
    name = name_from_run(match.group("name"))
    return name if looks_like_person_name(name) else ""


def _titled_person(phrase: str, people: People) -> str:
    """The person a title chain ends with, when the text knows them as a person: "Ministry of Health
    Director of Public Health Dr. Amina Hassan", "Detective Constable Sarah Pike of Northshire Police"
    (the title, even one that opens like an organisation, is cut off; so is the force after "of")."""
    runs = list(_RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip(" ,.")):
        return ""
    run = runs[-1].group(0)
    name = name_from_run(run)
    if name == run or not looks_like_person_name(name):
        return ""
    expanded = people.expand(name)
    return expanded if people.is_person(expanded) else ""


_DESCRIBED_NAME = re.compile(rf"(?:^|\s)(?P<word>[a-z][a-z-]+)\s+(?P<name>{NAME_RE})\s*$")
_NOT_DESCRIPTORS = frozenset({"of", "for", "and", "the", "de", "van", "von", "al", "bin", "da", "di", "du", "le", "la",
                              "to", "in", "at", "on", "by", "with", "from", "said", "told", "says"})  # fmt: skip


_GAVE_NAME = re.compile(
    r"\b(?:gave\s+(?:her|his|their|only\s+(?:her|his|their))\s+(?:first\s+)?name\s+as|identified\s+only\s+as|known\s+only\s+as)"
    r"\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
)
_PART_OF_A_GROUP = re.compile(r"(?:One|Some|Many|Several|Most|All|Both|Each|Few|None|Two|Three|Dozens|Hundreds)\s+of\s")


def classify(phrase: str, people: People) -> Speaker:
    """Resolve a speaker phrase: a name, an organisation, a role, a pronoun or a group."""
    phrase = phrase.strip().strip(",").strip()
    if "(" in phrase:  # "Kabulov (L)" -> "Kabulov"; "May 3 (Reuters) - Workers" -> "Workers"
        after = phrase.rsplit(")", 1)[-1].strip(" -—–,") if ")" in phrase else ""
        phrase = after if re.search(r"\w", after) else phrase.split("(")[0].strip()
    if not phrase:
        return UNATTRIBUTED
    phrase = without_nickname(_AND_COMPANY.sub("", phrase))
    phrase = re.sub(r"^(?:But|And|Yet|Meanwhile,?)\s+(?=\S)", "", phrase)  # "But Ben Ash, who ..., said:"
    phrase = re.sub(r"^(?:[Ii]n\s+)?what\s+(?=\S)", "", phrase)  # "in what she called": she
    # "Brokerage Dalal Street Research said": a generic descriptor that opens the sentence is no part of the name.
    described = re.match(rf"(?:{'|'.join(ORGANISATION_DESCRIPTORS)})\s+(?=[A-ZÀ-ÖØ-Þ])", phrase)
    if described and _RUN.fullmatch(phrase[described.end() :]):  # the descriptor tells it is an organisation
        return Speaker(phrase[described.end() :], phrase[described.end() :], "named", False)
    leader = _LED_BY.search(phrase)
    led = _PREPOSITION_SPLIT.split(phrase[: leader.start()] if leader else "")[0].split()
    if (
        leader
        and led
        and led[-1].lower() in _LED_GROUPS
        and looks_like_person_name(name_from_run(leader.group("name")))
    ):
        return Speaker(phrase, people.expand(name_from_run(leader.group("name"))), "named", True)
    given = _GAVE_NAME.search(phrase)
    if given:  # "a trader who gave her name as Bisola", "a man identified only as Tunde": the name given
        return Speaker(phrase, given.group("name"), "named", True)
    if _PART_OF_A_GROUP.match(phrase):  # "One of the freed passengers", "Some of the residents"
        return Speaker(phrase, phrase[:1].lower() + phrase[1:], "group", False)
    lower = phrase.lower()
    if lower in PRONOUNS:
        return Speaker(phrase, "", "pronoun", PRONOUNS[lower] == "person")
    if lower in RELATIVE_PRONOUNS:
        return UNATTRIBUTED
    appositive = appositive_name(phrase)
    if appositive:
        return Speaker(phrase, people.expand(appositive), "named", True)
    titled = _ROLE_THEN_NAME.search(phrase)
    if titled and looks_like_person_name(name_from_run(titled.group("name"))):
        return Speaker(phrase, people.expand(name_from_run(titled.group("name"))), "named", True)
    chained = _titled_person(phrase, people)
    if chained:
        return Speaker(phrase, chained, "named", True)
    described = _DESCRIBED_NAME.search(phrase)
    if described and described.group("word") not in _NOT_DESCRIPTORS:
        # "Bureau of Meteorology senior forecaster Kirra Whitfield": a lower-case word before a name at the end of
        # a capitalised phrase is how copy writes an occupation before a name (AP Stylebook, "titles": occupational
        # descriptions are lower case), so the name ends the phrase and speaks.
        name = name_from_run(described.group("name"))
        if looks_like_person_name(name) and len(name.split()) >= 2:
            return Speaker(phrase, people.expand(name), "named", True)
    # A description keeps the case it has inside a sentence: its opening capital is the sentence's.
    plain = mid_sentence(phrase)
    words = [re.sub(r"['’]s$", "", w) for w in plain.split()]
    head_part = _PREPOSITION_SPLIT.split(phrase)[0]
    head = re.sub(r"['’]s$", "", head_part.split()[-1]) if head_part.split() else ""
    if _GROUP_HEAD_RE.search(lower) and head.lower() in _GROUP_HEADS:
        # "Officials", "Russian officials", "Putin and other Russian officials": a group speaks, even
        # when a named person leads it, so the words are not credited to that person alone.
        return Speaker(phrase, plain, "group", False)
    if head.lower() in _GROUP_HEADS and head_part != phrase and _GROUP_PHRASE.fullmatch(head_part):
        # "Analysts at Harlow Capital", "Residents of Ikeja", "Doctors at the hospital": the group with what
        # places it, not the bank or the place alone.
        return Speaker(phrase, plain, "group", False)
    if head_part.split() == [head] and _AGENT_PLURAL.fullmatch(head) and not people.is_person(people.expand(head)):
        # "Forecasters said", "Campaigners at the rally said": a plural of people by what they do, capitalised
        # only because it opens the sentence (a surname such as "Sanders" is a person the text names in full).
        return Speaker(phrase, phrase[:1].lower() + phrase[1:], "group", False)
    if re.match(r"(?:An?|The)\s", phrase) and words and words[-1].lower() in ROLE_HEADS and words[-1].islower():
        # "A Department of Health and Social Care spokesperson": a role of the body named inside it.
        resolved = None if phrase[:1] == "A" else people.by_role(phrase)
        described = phrase[:1].lower() + phrase[1:]  # the article is no part of a name here
        return Speaker(phrase, resolved or described, "role" if resolved else "role-unresolved", True)
    if head and head[:1].isupper():
        # "Ministry of Labour", "National Institute for Communicable Diseases": a capitalised word after the
        # preposition continues the name.
        continues = " of " in phrase or re.search(r"\s(?:for|on|and)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ]", phrase)
        organisation = _organisation_name(phrase if continues else head_part)
        if organisation and _has_org_head(organisation):
            return Speaker(phrase, organisation, "named", False)
        runs = _RUN.findall(head_part)
        name = name_from_run(runs[-1] if runs else head_part)
        if not name or (len(name.split()) == 1 and name.lower().rstrip(".") in ROLE_HEADS):
            resolved = people.by_role(head_part)  # "Minister said": a title alone is a role
            return Speaker(phrase, resolved or phrase, "role" if resolved else "role-unresolved", True)
        if looks_like_person_name(name):
            return Speaker(phrase, people.expand(name), "named", True)
        organisation = organisation or _organisation_name(phrase)
        if organisation:
            return Speaker(phrase, organisation, "named", False)
        return Speaker(phrase, re.sub(r"^(?:the|The)\s+", "", name), "named", False)
    if head.lower() in _ORG_HEADS and not any(w[:1].isupper() for w in words):
        return Speaker(phrase, plain, "group", False)  # "the company", "the ministry": not resolved
    # An indefinite role ("a police spokeswoman", "an official") brings in someone the text does not name.
    indefinite = re.match(r"(?:an?|one)\s", plain, re.IGNORECASE)
    resolved = None if indefinite else people.by_role(head_part) or people.by_role(phrase)
    if resolved:
        return Speaker(phrase, resolved, "role", True)
    if _ENDS_WITH_ROLE.search(head_part.lower()):
        return Speaker(phrase, plain, "role-unresolved", True)
    if any(w[:1].isupper() for w in words):
        organisation = _organisation_name(phrase)
        if organisation:
            return Speaker(phrase, organisation, "named", False)
    return Speaker(phrase, plain, "group", False)


__all__ = [
    "UNATTRIBUTED",
    "Speaker",
    "appositive_name",
    "classify",
    "leading_subject",
    "mid_sentence",
    "strip_auxiliaries",
    "subject_before",
]
