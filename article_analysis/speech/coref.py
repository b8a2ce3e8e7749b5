"""Resolve what speech rows refer to: pronouns, continuations and quotations over several paragraphs.

- "he"/"she"/"I" is the person mentioned nearest before the speech verb whose gender the text does not
  contradict (not the last person quoted: in ``"...," the minister said. Union leader Mark Olsen
  disagreed. "...," he said.`` he is Olsen). Mentions inside photo captions are skipped unless the
  pronoun is in that caption.
- "it" is the organisation that spoke or acted last ("Northwind Airlines cancelled ... it said");
  "they"/"we" the group that spoke last ("Residents said ... they said").
- A quotation that continues another (in the same paragraph, or across a paragraph break) has the
  speaker of the one it continues; a quotation left open whose continuation names the speaker gets it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import replace

from ..document import Document
from ..structure.blocks import CAPTION_KINDS
from .people import NAME_RE, People, is_title_word, looks_like_person_name, name_from_run
from .quotes import Quotation, names_a_thing
from .reported import ReportedSpeech
from .speakers import leading_subject, mid_sentence
from .wordlists import GENDERED_NOUNS, ORGANISATION_HEADS, PRONOUN_GENDER

_ORG_SUBJECT = re.compile(
    r"^(?:The\s+)?((?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*)(?:\s+(?:of\s+|&\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*)*)\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|s)\b"
)
_ORG_HEADS = frozenset(ORGANISATION_HEADS)
_SUBORDINATE_OPENING = re.compile(
    r"^\W*(?:When|After|Before|As|While|If|Although|Though|Since|Once|Asked|Speaking|Until|Unless)\b[^,]*,"
)
# A document a speaker issues, named after the verb ("said in a statement", "wrote in a letter"), and the same
# document as the subject of a later verb ("the statement said"): it speaks for whoever issued it.
_DOCUMENTS = r"statement|letter|report|release|press\s+release|memo|email|e-mail|filing|notice|circular|post"
_ISSUED_IN = re.compile(rf"[a-z]+\s+in\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>{_DOCUMENTS})\b")
_THE_DOCUMENT = re.compile(rf"^(?:the|that|this|its)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCUMENTS})$", re.IGNORECASE)
# A court's own document ("the ruling said", "the judgment reads") speaks for the judge who gave it, when the text
# names one judge; otherwise it stays the document as written.
# ("the order said" is left out: an executive order is a governor's, not the judge's who blocked it.)
_COURT_DOCUMENT = re.compile(
    r"^(?:the|that|this|her|his|its)\s+(?:[\w-]+\s+)?(?:ruling|judgment|judgement|opinion|sentencing\s+remarks)$",
    re.IGNORECASE,
)
_JUDGES = ("the judge", "the magistrate")
_SINGULAR_PHRASE = re.compile(r"^(?:a|an|one|the|another)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\b", re.IGNORECASE)


# A person's name and a possessive description of them in apposition, in either order: "Elaine Whitby, the
# cyclist's mother," / "The lecturer's wife, Mrs. Bolanle Ogunleye,".
_KIN_DESCRIPTION = r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<desc{n}>[a-z][\w-]*['’]s\s+[a-z][\w-]*)"
_NAMED_DESCRIPTION = re.compile(
    rf"(?P<name1>{NAME_RE}),\s+{_KIN_DESCRIPTION.format(n=1)}\s*[,.]"
    rf"|{_KIN_DESCRIPTION.format(n=2)},\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?(?P<name2>{NAME_RE}),"
)


def _described_people(doc: Document, people: People) -> dict[str, str]:
    """Possessive descriptions the text gives a named person ("cyclist's mother" -> "Elaine Whitby")."""
    found: dict[str, str] = {}
    for match in _NAMED_DESCRIPTION.finditer(doc.text):
        name = name_from_run(match.group("name1") or match.group("name2"))
        description = " ".join((match.group("desc1") or match.group("desc2")).lower().replace("’", "'").split())
        if looks_like_person_name(name):
            found.setdefault(description, people.expand(name))
    return found


_DEFINITE_ROLE = re.compile(r"(?:the|The)\s+([a-z][\w-]*)")


# "the district", "the unit": a description by one noun, which may be the head of an organisation's name.
_THE_ORG_HEAD = re.compile(r"(?:the|The)\s+([a-z]+)")


class _NamedBodies:
    """Organisations the text names, by offset, indexed by each word of their names and by whether they are a
    business, so "the district" or "the company" finds the nearest one before it by bisection, not by reading
    every name again (a long text has many)."""

    def __init__(self, named: list[tuple[int, str]]) -> None:
        self._by_word: dict[str, list[tuple[int, str]]] = {}
        self._businesses: list[tuple[int, str]] = []
        for at, name in sorted(named):
            self.add(at, name)

    def add(self, at: int, name: str) -> None:
        for word in {w.lower().rstrip(".,") for w in name.split()}:
            insort(self._by_word.setdefault(word, []), (at, name))
        if _is_business(name):
            insort(self._businesses, (at, name))

    def nearest_before(self, phrase: str, position: int) -> str:
        """The organisation named before ``position`` whose name holds the noun of "the district" ("The
        Greenford City School District", "Department of Health" for "the department", "Harbour Authority of
        Kalinde" for "the authority"), or, for "the company" and its kind, the nearest business the text
        named."""
        the = _THE_ORG_HEAD.fullmatch(phrase or "")
        if the is None:
            return ""
        noun = the.group(1)
        found = self._businesses if noun in _COMPANY_NOUNS else self._by_word.get(noun, [])
        k = bisect_left(found, (position, "")) - 1
        return found[k][1] if k >= 0 else ""


# "the company", "the firm" ...: a business the text named (its name ends like one: "Motors", "Inc", "Airlines").
_COMPANY_NOUNS = frozenset({
    "company", "firm", "business", "retailer", "chain", "carrier", "automaker", "carmaker", "lender", "insurer",
    "manufacturer", "maker", "operator", "developer", "startup",
})  # fmt: skip
_BUSINESS_HEADS = frozenset({
    "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "holdings", "motors", "airlines", "airline", "group",
    "bank", "systems", "technologies", "energy", "oil", "petroleum", "labs", "partners", "capital", "mining",
    "freight", "foods", "pharmaceuticals", "industries", "company", "bhd", "ag", "sa", "nv", "gmbh", "buses",
    "lines", "railways", "airways", "brewing", "pharma", "stores", "markets", "media", "telecom", "insurance",
})  # fmt: skip


def _is_business(name: str) -> bool:
    return any(w.lower().rstrip(".,") in _BUSINESS_HEADS for w in name.split()[1:])


# A capitalised name holding an organisation's head noun, anywhere in the text: "Kessler Motors", "Department of
# Health", "Harbour Authority of Kalinde" (read once, linear in the text).
_ORG_NAME = re.compile(r"(?<![\w-])(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:of|for|and|on|&)\s+|\s+))*[A-ZÀ-ÖØ-Þ][\w&'’.-]*")


_BODY_RUN = re.compile(r"(?<![\w-])(?P<first>[A-ZÀ-ÖØ-Þ][\w&'’-]+)(?:[^\S\n]+[A-ZÀ-ÖØ-Þ&][\w&'’.-]*){1,3}")


def _bodies_by_first_word(doc: Document, people: People) -> dict[str, tuple[str, int]]:
    """For each word that opens a name of two to four capitalised words that is no person's and holds no title
    ("Greenline Buses", "Orbitune Inc."), that name and where the text first writes it (read once)."""
    found: dict[str, tuple[str, int]] = {}
    for match in _BODY_RUN.finditer(doc.text):
        name, first = match.group(0), match.group("first")
        if name.endswith(".") and not re.search(r"\b(?:Inc|Co|Ltd|Corp|Bros|Plc|Bhd)\.$", name):
            name = name[:-1]  # the sentence's full stop, not an abbreviation's ("Orbitune Inc.")
        if first in found or people.is_person(people.expand(name)) or any(is_title_word(w) for w in name.split()):
            continue
        if looks_like_person_name(name) and not _has_org_head(name) and not _is_business(name):
            continue  # "Marco Bellini": a person's name the registry did not take, not a body's
        found[first] = (name, match.start())
    return found


def _organisation_mentions(doc: Document) -> list[tuple[int, str]]:
    """(offset, name) of every capitalised name in the text that holds an organisation's head noun."""
    found = []
    for match in _ORG_NAME.finditer(doc.text):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(0)).strip()
        name = re.sub(r"['’]s$", "", name)
        head, _, tail = name.partition(" of ")
        if tail and not _has_org_head(head):
            name = tail  # "Shares of Varanasi Textiles Ltd": the company, not the sentence's opening words
        words = name.split()
        if len(words) >= 2 and any(w.lower().rstrip(".,") in _ORG_HEADS for w in words):
            found.append((match.start(), name))
    return found


def _described(phrase: str) -> str:
    """A description without its determiner, as :func:`_described_people` keys it: 'the cyclist's mother'."""
    return " ".join(re.sub(r"^(?:the|his|her|their)\s+", "", phrase.lower().replace("’", "'")).split())


def _head_noun(phrase: str) -> str:
    """The head noun of an unnamed speaker's description: 'A senior official of the corporation' -> 'official'."""
    head = re.split(r"\s+(?:of|at|for|with|from|in|who|,)\b|,", phrase, maxsplit=1)[0].split()
    return head[-1].lower() if len(head) >= 2 and head[0].lower() in ("a", "an", "one") else ""


def _person_phrases(
    quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech], doc: Document
) -> list[tuple[int, str, str]]:
    """Unnamed single speakers the text introduces ("the jury foreman said", "One neighbor who did not
    give his name said"): (offset, phrase, gender) - a pronoun may refer back to them."""
    found = []
    for item in (*quotes, *reports):
        if item.attribution not in ("role-unresolved", "group") or not item.speaker_text:
            continue
        match = _SINGULAR_PHRASE.match(item.speaker_text)
        if not match or match.group(1).lower() in _ORG_HEADS or match.group(1).lower().endswith("s"):
            continue
        at = doc.text.rfind(item.speaker_text, 0, max(item.cue_start, 0) + len(item.speaker_text) + 1)
        gender = next((GENDERED_NOUNS[w] for w in re.findall(r"[a-z]+", item.speaker_text.lower())
                       if w in GENDERED_NOUNS), "")  # fmt: skip
        found.append((at if at >= 0 else item.cue_start, item.speaker_text, gender))
    return sorted(found)


def _opening_clause(doc: Document, position: int) -> tuple[int, int]:
    """The span of a subordinate clause that opens the sentence at ``position`` ("When asked by X,")."""
    sentence = doc.sentence_at(position)
    if sentence is None:
        return (0, 0)
    match = _SUBORDINATE_OPENING.match(doc.text[sentence.start : sentence.end])
    return (sentence.start, sentence.start + match.end()) if match else (0, 0)


def _organisations(doc: Document, people: People) -> list[tuple[int, str]]:
    """(offset, name) of organisations that are the subject of a sentence ("Northwind Airlines cancelled")."""
    found = []
    for sentence in doc.sentences:
        match = _ORG_SUBJECT.match(doc.text[sentence.start : sentence.end])
        if not match:
            continue
        name = match.group(1)
        if people.is_person(people.expand(name)) or (looks_like_person_name(name) and not _has_org_head(name)):
            continue
        found.append((sentence.start + match.start(1), name))
    return found


def _speaks_for_an_organisation(item: Quotation | ReportedSpeech, people: People) -> bool:
    """A named organisation ("Harlow Dairies said") or one described by its head noun ("the energy ministry
    said"): what a later "it" can refer to."""
    if item.attribution == "named":
        return not people.is_person(item.speaker) or _has_org_head(item.speaker)
    words = item.speaker_text.lower().split()
    return item.attribution == "group" and bool(words) and words[-1] in _ORG_HEADS


def _has_org_head(name: str) -> bool:
    return any(w.lower().rstrip(".") in _ORG_HEADS for w in name.split())


def resolve_references(
    doc: Document, quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech], people: People
) -> tuple[tuple[Quotation, ...], tuple[ReportedSpeech, ...]]:
    """Pronoun speakers, continuations and open quotations resolved, as new rows; the rows given are not
    changed."""
    quotes = _quoted_in_reported_clauses(doc, quotes, reports)
    quotes, reports = (
        _named_in_the_next_paragraph(doc, quotes, quotes, people),
        _named_in_the_next_paragraph(doc, reports, quotes, people),
    )
    caption_blocks = frozenset(b.id for b in doc.blocks if b.kind in CAPTION_KINDS)
    organisations = _organisations(doc, people)
    organisation_offsets = [offset for offset, _ in organisations]
    events: list[tuple[int, str, int]] = [
        (q.cue_start if q.cue_start >= 0 else q.start, "q", i) for i, q in enumerate(quotes)
    ]
    events += [(r.cue_start, "r", i) for i, r in enumerate(reports)]
    last_group = ""
    last_named: tuple[str, int, int] = ("", -1, -1)  # the person who last spoke, named: mention offset, sentence
    shown: dict[str, str] = {}  # person -> the gender a resolved pronoun gave them
    last_organisation, last_organisation_at, last_organisation_named = "", -1, False
    issued: dict[str, str] = {}  # document noun -> who last said something "in a statement" (or letter ...)
    phrases = _person_phrases(quotes, reports, doc)
    described = _described_people(doc, people)
    bodies = _NamedBodies([*organisations, *_organisation_mentions(doc)])
    full_names = _bodies_by_first_word(doc, people)
    # For a pronoun of each gender (or none), the unnamed speakers it may refer to, by offset.
    compatible = {g: [(o, p) for o, p, pg in phrases if not g or not pg or pg == g] for g in ("", "m", "f")}
    compatible_offsets = {g: [o for o, _ in items] for g, items in compatible.items()}
    speech_in_block: dict[int, list[int]] = {}
    for i, q in enumerate(quotes):
        if q.kind == "speech":
            speech_in_block.setdefault(q.block, []).append(i)
    for position, kind, i in sorted(events):
        item = quotes[i] if kind == "q" else reports[i]
        if kind == "q" and item.kind != "speech":
            continue
        speaker = item.speaker
        pronoun = item.speaker_text.lower() if item.attribution == "pronoun" else ""
        if pronoun in ("he", "she", "i"):
            block = doc.block_at(position)
            skip = caption_blocks - {block.id} if block is not None else caption_blocks
            gender = PRONOUN_GENDER.get(pronoun, "")
            other = frozenset(n for n, g in shown.items() if gender and g != gender)
            speaker, at = people.nearest_before(position, gender, skip, _opening_clause(doc, position), other)
            if gender and speaker and people.is_person(speaker):
                shown.setdefault(speaker, gender)  # "she said" shows the text takes her for a woman
            here = doc.sentence_at(position)
            if (
                last_named[0] and speaker != last_named[0] and at < last_named[1] and here is not None
                and here.id - last_named[2] <= 1 and last_named[0] not in other
                and people.persons[last_named[0]].gender in ("", gender)
            ):  # fmt: skip
                # "Counsel to Mr. X, NAME, said ... He maintained": the nearer speaker of the sentence before,
                # whose gender the text never marks, rather than the marked person further back.
                speaker, at = last_named[0], last_named[1]
            k = bisect_left(compatible_offsets[gender], position) - 1
            if k >= 0 and compatible[gender][k][0] > at:
                speaker = mid_sentence(compatible[gender][k][1])  # "the jury foreman said ... "...," he said"
        elif pronoun == "it":
            # The organisation that last spoke or was last a sentence's subject, whichever is nearer.
            k = bisect_left(organisation_offsets, position) - 1
            subject_at = organisation_offsets[k] if k >= 0 else -1
            # A description ("the airline said") gives way to the organisation the text named before it.
            nearer_subject = subject_at > last_organisation_at or (subject_at >= 0 and not last_organisation_named)
            speaker = organisations[k][1] if nearer_subject else last_organisation
        elif pronoun in ("they", "we"):
            speaker = last_group
        elif item.attribution in ("group", "role-unresolved") and bodies.nearest_before(item.speaker_text, position):
            # "the district said" after "The Greenford City School District said": the organisation named with
            # that head noun before, the nearest one.
            speaker = bodies.nearest_before(item.speaker_text, position)
        elif item.attribution in ("group", "role-unresolved") and _described(item.speaker_text) in described:
            speaker = described[_described(item.speaker_text)]  # "the cyclist's mother said": the one named so
        elif item.attribution in ("group", "role-unresolved") and _EPITHET.fullmatch(item.speaker_text or ""):
            # "Quarterback Jalen Whitmore threw ... "...," the junior said": a sports page's or feature's second
            # reference (an age, a class year, a position) is the person last named, in this paragraph or the
            # one before.
            block = doc.block_at(position)
            for named, at in (_nearest_titled_person(people, position, doc), people.nearest_before(position)):
                near = doc.block_at(at) if at >= 0 else None
                if named and block is not None and near is not None and block.id - near.id <= 1:
                    speaker = named
                    break
        elif item.attribution == "role-unresolved" and item.speaker_text:
            speaker = people.introduced_in_block(item.speaker_text, position) or speaker
            definite = _DEFINITE_ROLE.fullmatch(item.speaker_text)
            if definite and speaker == item.speaker:
                # "A senior official of the municipal corporation ... said" then "the official said": the phrase
                # the text first described the person with.
                earlier = [p for o, p, _ in phrases if o < position and _head_noun(p) == definite.group(1).lower()]
                speaker = mid_sentence(earlier[-1]) if earlier and earlier[-1] != item.speaker_text else speaker
        elif item.attribution == "named" and speaker in full_names and full_names[speaker][1] < position:
            # "Greenline said" after "Greenline Buses announced": the body named in full before, by its first word.
            speaker = full_names[speaker][0]
        elif item.attribution == "continuation" and kind == "q":
            speaker = _continued_speaker(quotes, i, speech_in_block)
        elif item.attribution == "unattributed" and kind == "q" and not speaker:
            speaker = _running_quotation_speaker(doc, quotes, item, speech_in_block)
            if speaker:
                item = replace(item, attribution="continuation")
        document = _THE_DOCUMENT.match(item.speaker_text or "")
        if document and " ".join(document.group("doc").lower().split()) in issued:
            speaker = issued[" ".join(document.group("doc").lower().split())]  # "the statement said"
        elif _COURT_DOCUMENT.match(item.speaker_text or ""):
            speaker = next((j for j in map(people.by_role, _JUDGES) if j), speaker)  # "the ruling said"
        elif item.cue_start >= 0 and speaker:
            issued_in = _ISSUED_IN.match(doc.text, item.cue_start, item.cue_start + 80)
            if issued_in:
                issued[" ".join(issued_in.group("doc").lower().split())] = speaker
        if speaker != item.speaker:
            item = replace(item, speaker=speaker)
            if kind == "q":
                quotes[i] = item
            else:
                reports[i] = item
        if item.attribution == "group" and speaker:
            last_group = speaker
        if item.attribution == "named" and speaker and people.is_person(speaker):
            spoke_in = doc.sentence_at(position)
            if spoke_in is not None:
                last_named = (speaker, item.start if kind == "r" else position, spoke_in.id)
        if speaker and _speaks_for_an_organisation(item, people):
            if item.attribution == "named":
                bodies.add(position, speaker)  # an organisation that spoke, named: "the district" may mean it
            last_organisation, last_organisation_at = speaker, position
            last_organisation_named = item.attribution == "named"
    return _open_quotations_take_the_next_speaker(quotes), tuple(reports)


def _quoted_in_reported_clauses(
    doc: Document, quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech]
) -> list[Quotation]:
    """A partial quotation inside a reported clause ('says his side's season is "far from over"', 'accused the
    union of "holding patients hostage"') is the words of that clause's speaker, unless it names a thing (a
    title, a modifier: see :func:`names_a_thing`); a quotation no speaker was found for, or a term by default."""
    quotes = list(quotes)
    spans = sorted((r.cue_start, r.end, r) for r in reports if r.cue_start >= 0 and (r.speaker or r.speaker_text))
    if not spans:
        return quotes
    starts = [s for s, _, _ in spans]
    for i, q in enumerate(quotes):
        unattributed = q.kind == "speech" and not q.speaker and not q.speaker_text and q.attribution != "continuation"
        if not (q.kind == "term" or unattributed) or q.is_sentence:
            continue
        k = bisect_left(starts, q.start) - 1
        if k < 0:
            continue
        cue_start, end, report = spans[k]
        there, here = doc.sentence_at(cue_start), doc.sentence_at(q.start)
        if q.end > end or there is None or here is None or there.id != here.id or names_a_thing(doc, q):
            continue
        quotes[i] = replace(
            q, kind="speech", speaker=report.speaker, speaker_text=report.speaker_text,
            attribution=report.attribution, cue=report.cue, cue_start=cue_start, continues=-1,
        )  # fmt: skip
    return quotes


def _nearest_titled_person(people: People, position: int, doc: Document) -> tuple[str, int]:
    """The person named nearest before ``position`` whom the text introduced with a title or role (a second
    reference by age or standing follows a player or official, not a team name that reads like a person's);
    failing one nearby, the nearest person."""
    k = bisect_left(people.mention_starts(), position) - 1
    here = doc.block_at(position)
    while k >= 0:
        start, _, name = people.mentions[k]
        block = doc.block_at(start)
        if here is not None and block is not None and here.id - block.id > 1:
            break  # only this paragraph and the one before: the walk back stays short on a long text
        if people.persons[name].titles:
            return name, start
        k -= 1
    return "", -1


# A second reference by age, school year or standing: "the 24-year-old", "the junior", "the rookie" (US sports
# pages' class years: freshman, sophomore, junior, senior; AP Stylebook, "ages": "the 24-year-old").
_EPITHET = re.compile(
    r"[Tt]he\s+(?:\d{1,3}-year-old|(?:freshman|sophomore|junior|senior|redshirt|rookie|veteran|teenager|"
    r"youngster|debutant|newcomer|teen|"
    # and by position, as match reports write a player again ("the winger", "the lock", "the spinner")
    r"striker|midfielder|defender|goalkeeper|keeper|winger|forward|fullback|full-back|centre-back|center-back|"
    r"quarterback|pitcher|batter|batsman|bowler|spinner|seamer|all-rounder|fly-half|flyhalf|scrum-half|flanker|"
    r"lock|prop|hooker|defenceman|defenseman|goalie|playmaker|sprinter|swimmer|jockey|rider|driver)|"
    # or by what they do, with one word that places them ("the Kapsoen-based athlete", "the veteran runner")
    r"(?:[\w-]+\s+)?(?:athlete|runner|cyclist|champion|marathoner|boxer|golfer|player))"
)
_NON_SPACE = re.compile(r"\S")
_INDEFINITE = re.compile(r"^(?:[Aa]n?)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w-]*[^s\W]$")


def _named_in_the_next_paragraph(doc: Document, items: Sequence, quotes: Sequence[Quotation], people: People) -> list:
    """A delayed-identification lead (before the text names anyone): "A school caretaker who said ... has been
    praised." then "Derek Hanlon, 59, told ...". An unnamed single speaker introduced with "a"/"an" is the
    person whose name the next paragraph opens with, or who speaks the quotation it opens with, when that
    paragraph is where the text first names them."""
    items = list(items)
    first_named = min((start for start, _, _ in people.mentions), default=len(doc.text))
    opening_speaker = {q.start: q.speaker for q in quotes if q.kind == "speech" and q.attribution == "named"}
    # Only the story's first speaker: "a police spokeswoman said" after "police said" is someone it never names.
    first_speech = min((item.start for item in items), default=-1)
    for i, item in enumerate(items):
        head = _head_noun(item.speaker_text or "")
        if item.attribution not in ("role-unresolved", "group") or not (
            _INDEFINITE.match(item.speaker_text or "") or head
        ):
            continue
        block = doc.block_at(max(item.cue_start, 0))
        if block is None or first_named < block.start or item.start != first_speech:
            continue  # the convention of a story's lead: the description comes before anyone is named
        after = _NON_SPACE.search(doc.text, block.end) if block is not None else None
        following = doc.block_at(after.start()) if after is not None else None
        if following is None or following.kind != "paragraph":
            continue
        opening = re.match(r"[\s\"“]*", doc.text[following.start : following.end]).end()
        name = people.mentioned_at(following.start + opening, following.start + opening + 1)
        name = name or opening_speaker.get(following.start + opening - 1, "")
        if not name and head:
            # "A magistrate at ... has freed" then "Senior Principal Magistrate Esther Wanjala said": the next
            # paragraph's subject, titled with the description's head noun.
            subject = leading_subject(doc.text[following.start : following.end])
            if re.search(rf"\b{re.escape(head)}\b", subject, re.IGNORECASE):
                name = people.expand(name_from_run(subject))
        if name and people.first_mentioned_at(name) >= following.start and people.is_person(name):
            items[i] = replace(item, speaker=name)
    return items


def _running_quotation_speaker(
    doc: Document, quotes: list[Quotation], quote: Quotation, speech_in_block: dict[int, list[int]]
) -> str:
    """A paragraph that is a quotation and names no speaker, right after a paragraph whose quotation did, goes on
    with that speaker (AP Stylebook, "quotation marks": running quotations need no new attribution)."""
    block = doc.block_at(quote.start)
    if block is None or doc.text[block.start : quote.start].strip():
        return ""
    before = [i for i in speech_in_block.get(block.id - 1, []) if quotes[i].speaker]
    return quotes[before[-1]].speaker if before else ""


def _continued_speaker(quotes: list[Quotation], i: int, speech_in_block: dict[int, list[int]]) -> str:
    """The speaker of the quotation that ``quotes[i]`` continues: across a paragraph break, or the
    previous speech quotation in the same paragraph."""
    q = quotes[i]
    if q.continues >= 0:
        return quotes[q.continues].speaker
    same_block = speech_in_block.get(q.block, [])
    k = bisect_left(same_block, i) - 1
    return quotes[same_block[k]].speaker if k >= 0 else ""


def _open_quotations_take_the_next_speaker(quotes: list[Quotation]) -> tuple[Quotation, ...]:
    """A quotation over several paragraphs is often attributed only in its last paragraph: the earlier
    paragraphs, still unattributed, take the speaker of the paragraph that continues them."""
    quotes = list(quotes)
    first_follower: dict[int, int] = {}
    for j, f in enumerate(quotes):
        if f.continues >= 0:
            first_follower.setdefault(f.continues, j)
    for i in range(len(quotes) - 1, -1, -1):
        q = quotes[i]
        if q.kind != "speech" or q.speaker or q.closed:
            continue
        follower = quotes[first_follower[i]] if i in first_follower else None
        if follower is not None and follower.speaker:
            quotes[i] = replace(q, speaker=follower.speaker, attribution="continuation")
        elif follower is None:
            continue
    # A continuation whose source was filled only now (above) takes that speaker too.
    for i, q in enumerate(quotes):
        if q.kind == "speech" and q.attribution == "continuation" and not q.speaker and q.continues >= 0:
            quotes[i] = replace(q, speaker=quotes[q.continues].speaker)
    return tuple(quotes)
