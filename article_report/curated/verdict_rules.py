"""The written rules by which a claim's verdict, significance and independence count follow from its
sources' stances (``data/claim_sources.csv``). The methods page states the same rules in words; the
tests apply these functions to every claim and to planted violations of each rule.

Terms:

- a stance's **record** is whose words its anchor is: the source's producer, or the voice the row
  names when the anchor is someone else's words in that source (a party's statement relayed by an
  outlet, ``state:XXX``; or a passage a compilation takes from another producer, that producer);
- the **wire** is the news agency whose copy the article appends (``data/article.yml``); its copies,
  in any relay, have the stance ``wire`` (or ``primary`` on a ``wire:`` part), never decide a part and
  never count as independent;
- a stance's voice is read from the source's attribution, in the anchor's sentence or the next
  (``said_by``), never from the anchor alone;
- a record is **own side** when it belongs to the state whose conduct the claim reports (its
  ``subject``), or to the state that continues a former subject's legal personality; it is shown as
  *primary*, apart from the count;
- a part is **settled** by the subject's own record when it is what the party said (a claim of the
  category attribution) or the party's own communicative act (the claim's ``acts``: an invitation, an
  announcement, a listing, its law's text, a recognition): there the own record confirms ("primary"),
  bears out in part or contradicts; elsewhere it is "primary" and decides nothing;
- a part's **status** is decided by the stances confirms, partly and contradicts of records other than
  the wire's, and by primary records where they settle a part:
  *partly* when a record bears it out only in part, whatever else confirms it, or when records both
  confirm and contradict it; *contradicted* when a record contradicts it and none confirms it;
  *established* when a record other than the wire confirms it (on a settled part the party's own
  record, "primary", is enough; so is the wire's own record for what the wire reported; for anything
  else an independent record is needed); *open* when nothing but the wire, context or an own-side
  record that cannot settle it speaks to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from article_analysis.speech.wordlists import FUNCTION_WORDS

from ..vocab import (
    CONTINUATOR_STATES,
    DEGREE_DIFFERENCES,
    DIFFERENCE_SIGNIFICANCE,
    DIFFERENCES,
    PHOTO_PARTS,
    SETTLED_VERDICTS,
    TODAY_PART,
    WIRE_PART,
)
from .sources import Source, producer_known

#: Stances that take a side on a part (and so count towards independence when not the wire's).
BEARING = ("confirms", "contradicts", "partly")
#: The one category whose parts a party's own record settles: what the party said.
WORDS = "attribution"
MAX_ANCHOR_WORDS = 10
#: A context note may say why a source is background, never that it was not read (rule: a source not
#: read is not cited).
_NOT_READ = re.compile(r"\bnot (?:re-?)?read\b", re.I)
_STATE_VOICE = re.compile(r"^state:[A-Z]{3}$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Stance:
    """One row of claim_sources.csv: how one source bears on one part of one claim."""

    claim: str
    part: str
    source: str
    stance: str
    anchor: str = ""
    note: str = ""
    voice: str = ""
    differs: str = ""
    said_by: str = ""


@dataclass(frozen=True)
class ClaimFacts:
    """What the rules need to know of a claim besides its stances."""

    id: str
    kind: str
    category: str
    subject: str
    verdict: str
    significance: str
    parts: tuple[str, ...]
    quote: str = ""
    qualifiers: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Record:
    """Whose words a stance's anchor is: the unit a stance counts as."""

    producer: str
    affiliation: str
    via: str = ""
    known: bool = True

    @property
    def unit(self) -> str:
        """A state's records count as that state; an independent producer counts as itself."""
        return self.affiliation if self.affiliation.startswith("state:") else f"producer:{self.producer}"

    @property
    def state(self) -> str:
        return self.affiliation.removeprefix("state:") if self.affiliation.startswith("state:") else ""


def voice_affiliation(voice: str, sources: dict[str, Source]) -> str | None:
    """The affiliation of a voice: itself for ``state:XXX``, the bibliography's for a producer, else None."""
    if _STATE_VOICE.match(voice):
        return voice
    return next((s.affiliation for s in sources.values() if s.producer == voice), None)


def record(row: Stance, sources: dict[str, Source]) -> Record:
    """The record a stance belongs to (see the module's terms)."""
    source = sources[row.source]
    if not row.voice:
        return Record(source.producer, source.affiliation, known=producer_known(source))
    affiliation = voice_affiliation(row.voice, sources) or "independent"
    return Record(row.voice, affiliation, via=source.producer)


def is_wire(rec: Record, wire: str) -> bool:
    return rec.producer == wire


def own_side(rec: Record, subject: str) -> bool:
    """The subject's own record: its state's, or (for a former state) its continuator's."""
    return bool(subject) and bool(rec.state) and rec.state in (subject, CONTINUATOR_STATES.get(subject))


def settles(claim: ClaimFacts, part: str) -> bool:
    """Whether the subject's own record settles a part: what the party said, or its own act."""
    return claim.category == WORDS or part in claim.acts


def part_status(claim: ClaimFacts, part: str, rows: Iterable[Stance], sources: dict[str, Source], wire: str) -> str:
    """established, partly, contradicted or open (see the module's terms). A record that bears a part out
    only in part outweighs any that confirms it; the subject's own record decides only a part it settles."""
    settled = settles(claim, part)
    confirmed = partly = contradicted = False
    for row in rows:
        rec = record(row, sources)
        if row.stance == "primary":
            confirmed = confirmed or settled or part.startswith(WIRE_PART)
        elif row.stance in BEARING and not is_wire(rec, wire) and (settled or not own_side(rec, claim.subject)):
            confirmed = confirmed or row.stance == "confirms"
            partly = partly or row.stance == "partly"
            contradicted = contradicted or row.stance == "contradicts"
    if partly or (contradicted and confirmed):
        return "partly"
    if contradicted:
        return "contradicted"
    return "established" if confirmed else "open"


def statuses(claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str) -> dict[str, str]:
    """Each part's status, in the claim's order of parts."""
    return {part: part_status(claim, part, [r for r in rows if r.part == part], sources, wire) for part in claim.parts}


def derived_verdict(claim: ClaimFacts, status: dict[str, str]) -> str:
    """The one verdict the parts' statuses allow.

    Characterisations: supported when every part is established, contested when one is borne out only
    in part, unsupported when one is contradicted or open. Facts: a contradicted part makes an explicit
    claim contradicted, but an implicit claim only imprecise (the text does not assert it); a part borne
    out in part makes the claim imprecise; an open part, unverified; when every part about publication
    day holds but a "today:" part does not, outdated; otherwise verified.
    """
    now = [s for p, s in status.items() if not p.startswith(TODAY_PART)]
    today = [s for p, s in status.items() if p.startswith(TODAY_PART)]
    if claim.kind == "characterisation":
        if any(s in ("contradicted", "open") for s in now):
            return "unsupported"
        return "contested" if "partly" in now else "supported"
    if "contradicted" in now:
        return "contradicted" if claim.kind == "explicit" else "imprecise"
    if "partly" in now:
        return "imprecise"
    if "open" in now:
        return "unverified"
    if any(s in ("contradicted", "partly") for s in today):
        return "outdated"
    return "verified"


def derived_significance(
    claim: ClaimFacts, status: dict[str, str], rows: list[Stance], sources: dict[str, Source], wire: str
) -> str:
    """What a reader would now believe wrongly, and how much it matters, from what differs.

    A settled verdict has none; an unverified claim (or one whose problem is only an open part) is minor.
    Otherwise the differences of the records that decide the failing parts set it: an outdated claim is
    judged by its "today:" parts (what a reader today would believe wrongly), any other by its parts about
    publication day; the most severe difference wins, and an implicit claim or a characterisation never
    ranks above "misleading" (an inference cannot outrank a false statement the text makes).
    """
    verdict = derived_verdict(claim, status)
    if verdict in SETTLED_VERDICTS:
        return ""
    today = verdict == "outdated"
    failing = {p for p, s in status.items() if s in ("partly", "contradicted") and p.startswith(TODAY_PART) == today}
    deciding = [
        r
        for r in rows
        if r.part in failing and r.stance in ("partly", "contradicts") and not is_wire(record(r, sources), wire)
    ]
    severity = max((DIFFERENCE_SIGNIFICANCE.get(r.differs, "minor") for r in deciding), key=_rank, default="minor")
    if severity == "substantive" and claim.kind != "explicit":
        return "misleading"
    return severity


def _rank(significance: str) -> int:
    return ("minor", "substantive").index(significance)


def independent_units(rows: Iterable[Stance], sources: dict[str, Source], wire: str, subject: str) -> list[str]:
    """The records (a state's as that state) other than the wire and the subject's own side that take a
    side on some part: the N of "(N independent)"."""
    units = set()
    for row in rows:
        rec = record(row, sources)
        if row.stance in BEARING and rec.known and not is_wire(rec, wire) and not own_side(rec, subject):
            units.add(rec.unit)
    return sorted(units)


def primary_records(rows: Iterable[Stance], sources: dict[str, Source], subject: str = "") -> list[str]:
    """The records cited as primary, shown apart from the count: producers by name, and a party's
    statements relayed by other outlets as "RUS statements relayed by Bloomberg, Reuters". The subject's
    own record is primary whatever its stance (on a part it settles it may bear it out or deny it)."""
    named, relayed = set(), {}
    for row in rows:
        rec = record(row, sources)
        if row.stance != "primary" and not (row.stance in BEARING and own_side(rec, subject)):
            continue
        if rec.producer == rec.affiliation:
            relayed.setdefault(rec.state, set()).add(rec.via)
        else:
            named.add(rec.producer)
    return sorted(named) + [
        f"{state} statements relayed by {', '.join(sorted(via))}" for state, via in sorted(relayed.items())
    ]


def cites_wire(rows: Iterable[Stance], sources: dict[str, Source], wire: str) -> bool:
    """Whether a copy of the wire is cited other than as its own record of what it reported: the label
    then names "the wire itself"."""
    return any(is_wire(record(r, sources), wire) and r.stance != "primary" for r in rows)


def verdict_problems(claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str) -> list[str]:
    """Every way the stored verdict and significance break the written rules (empty when they keep them)."""
    problems = []
    status = statuses(claim, rows, sources, wire)
    expected = derived_verdict(claim, status)
    if claim.verdict != expected:
        shown = ", ".join(f"{p!r} {s}" for p, s in status.items())
        problems.append(f"verdict {claim.verdict!r}, but its parts ({shown}) make it {expected!r}")
    significance = derived_significance(claim, status, rows, sources, wire)
    if claim.significance != significance:
        problems.append(
            f"significance {claim.significance!r}, but what differs in the records that decide it makes it "
            f"{significance!r}"
        )
    return problems


def stance_problems(
    claim: ClaimFacts,
    rows: list[Stance],
    sources: dict[str, Source],
    wire: str,
    cited: list[str],
    metonyms: dict[str, tuple[str, ...]] | None = None,
    parties: dict[str, str] | None = None,
    headline: str = "",
) -> list[str]:
    """Rules on the stances themselves: whose record may be primary, what the wire's copies are, whose
    words an anchor is, what an anchor and a difference are, what a claim cites, the same parts for every
    photo claim, and parts in the article's own words. ``metonyms`` maps an ISO-3 code to the stand-ins
    for that state and ``parties`` a named person, body or state to its ISO-3 code (both from the
    gazetteer, see :func:`party_states`); ``headline`` is the article's headline."""
    problems = []
    for row in rows:
        where = f"{row.source} on {row.part!r}"
        found = _row_problems(claim, row, sources, wire, metonyms or {}, parties or {}, headline)
        problems += [f"{where}: {p}" for p in found]
    if set(cited) != {r.source for r in rows}:
        problems.append("the claim's sources and the sources given a stance differ")
    named = set(_WORD.findall(claim.note)) & set(sources)
    if not named <= set(cited):
        problems.append(f"the note quotes {', '.join(sorted(named - set(cited)))}, which the claim does not cite")
    if claim.category == "photo":
        leads = sorted(next((lead for lead in PHOTO_PARTS if p.startswith(lead)), "") for p in claim.parts)
        if leads != sorted(PHOTO_PARTS):
            problems.append(f"a photo claim is checked by the parts {', '.join(PHOTO_PARTS)}, one each")
    return problems + qualifier_problems(claim) + wire_word_problems(claim, rows, sources, wire)


def _row_problems(
    claim: ClaimFacts,
    row: Stance,
    sources: dict[str, Source],
    wire: str,
    metonyms: dict[str, tuple[str, ...]],
    parties: dict[str, str],
    headline: str,
) -> list[str]:
    problems = []
    source = sources[row.source]
    if row.voice and (row.voice == source.producer or voice_affiliation(row.voice, sources) is None):
        problems.append(f"voice {row.voice!r} is neither 'state:XXX' nor another producer of the bibliography")
    problems += _voice_problems(claim, row, parties)
    rec = record(row, sources)
    if row.part not in claim.parts:
        problems.append("the part is not one of the claim's parts")
    wire_part = row.part.startswith(WIRE_PART)
    if is_wire(rec, wire):
        if row.stance == "primary" and not wire_part:
            problems.append("the wire's copy is 'primary' only on a part about what the wire reported ('wire:')")
        elif row.stance not in ("wire", "primary", "context") or (wire_part and row.stance == "wire"):
            problems.append("the wire's own copy is 'wire' ('primary' on a 'wire:' part): it cannot confirm itself")
    elif row.stance == "wire":
        problems.append(f"'wire' is for copies of the article's own wire ({wire}), and this record is not one")
    own = own_side(rec, claim.subject)
    if row.stance == "primary" and not is_wire(rec, wire) and not own:
        problems.append("'primary' is for the subject's own record (or the wire's, on what it reported)")
    if row.stance == "confirms" and own:
        problems.append("the subject's own record is 'primary', never an independent 'confirms'")
    if row.stance in ("partly", "contradicts") and own and not settles(claim, row.part):
        problems.append(
            "the subject's own record settles only what it said and its own acts (the claim's acts); "
            "elsewhere it is 'primary'"
        )
    if not rec.known and row.stance in BEARING:
        problems.append("a copy whose producer is unknown cannot bear on a claim")
    if row.stance != "context" and not row.anchor:
        problems.append("a stance needs the words that show it (an anchor)")
    if len(row.anchor.split()) > MAX_ANCHOR_WORDS:
        problems.append(f"an anchor is at most {MAX_ANCHOR_WORDS} words")
    if row.stance == "context" and _NOT_READ.search(row.note):
        problems.append("'context' means read and neutral, never 'not read': a source not read is not cited")
    if row.stance == "confirms" and claim.kind == "characterisation" and row.source not in _for_part(claim.note):
        problems.append(
            "a record confirms an evaluation only through the criterion the note's 'For:' states: "
            "it is named there, or it bears the part out only in part"
        )
    problems += _difference_problems(claim, row, metonyms, headline)
    return problems


def _for_part(note: str) -> str:
    """The 'For: ...' part of a characterisation's note, up to 'In part:' or 'Against:' (the criterion and
    the records that meet it)."""
    return re.split(r"\b(?:in part|against):", note.partition("For:")[2], maxsplit=1, flags=re.I)[0]


def _voice_problems(claim: ClaimFacts, row: Stance, parties: dict[str, str]) -> list[str]:
    """Whose words: a voice rests on the attribution the source gives (said_by), and an attribution to a
    party outside a claim of what was said gives the stance that party's voice."""
    if row.voice and not row.said_by:
        return ["a voice is read from the source's attribution: said_by names who the source says spoke"]
    if row.said_by and not row.voice and claim.category != WORDS:
        return [f"the source attributes these words to {row.said_by!r}: the stance carries their voice"]
    state = attributed_state(row.said_by, parties)
    if state and _STATE_VOICE.match(row.voice) and row.voice != f"state:{state}":
        return [f"said_by {row.said_by!r} is {state}'s, but the voice is {row.voice!r}"]
    return []


def attributed_state(said_by: str, parties: dict[str, str]) -> str:
    """The state an attribution names ("Zhirnov" -> "RUS"), by the gazetteer's people, bodies and states;
    '' when it names none of them, or more than one state."""
    found = {state for name, state in parties.items() if re.search(rf"\b{re.escape(name)}\b", said_by, re.I)}
    return found.pop() if len(found) == 1 else ""


def party_states(actors: Iterable) -> dict[str, str]:
    """Each name of a person, body or state in the gazetteer (a person's surname too), with the ISO-3 code
    of the state its affiliations lead to; names that lead to no single state are left out."""
    by_id = {a.id: a for a in actors}

    def state_of(actor, seen: frozenset = frozenset()) -> str:
        if len(actor.iso_a3) == 1 and actor.kind == "state":
            return actor.iso_a3[0]
        parent = by_id.get(actor.affiliation)
        return state_of(parent, seen | {actor.id}) if parent and parent.id not in seen else ""

    names: dict[str, str] = {}
    for actor in by_id.values():
        if actor.kind not in ("person", "organisation", "state"):
            continue
        state = state_of(actor)
        forms = [actor.name, *actor.aliases] + ([actor.name.split()[-1]] if actor.kind == "person" else [])
        for form in forms:
            if state and form:
                names[form] = state
    return names


def _difference_problems(
    claim: ClaimFacts, row: Stance, metonyms: dict[str, tuple[str, ...]], headline: str = ""
) -> list[str]:
    if row.stance not in ("partly", "contradicts"):
        return ["only 'partly' and 'contradicts' say what differs"] if row.differs else []
    if row.differs not in DIFFERENCES:
        return [f"a {row.stance!r} stance says what differs: one of {', '.join(DIFFERENCES)}"]
    problems = []
    if row.stance == "contradicts" and row.differs in DEGREE_DIFFERENCES:
        problems.append(f"a difference of degree ({row.differs}) bears a part out in part; it never contradicts it")
    if row.differs == "wording" and claim.category == WORDS:
        problems.append(
            "in the words of a statement a variant that keeps their sense confirms; one that changes the sense "
            "or referent is 'translation', 'actor', 'number' or 'scope'"
        )
    if row.differs == "tense" and (not headline or claim.quote.strip() != headline.strip()):
        problems.append("'tense' is for the headline's tense of an announced act; another date is 'date'")
    if row.differs == "stand-in":
        names = metonyms.get(claim.subject, ())
        if not any(re.search(rf"\b{re.escape(n)}\b", row.part, re.I) for n in names):
            problems.append(
                "'stand-in' is for a part that names the subject state by a stand-in "
                f"({', '.join(names) or 'none in the gazetteer'}); naming another body or state is 'actor'"
            )
    return problems


def qualifier_problems(claim: ClaimFacts) -> list[str]:
    """Faithful parts: every qualifier of the article's words (how often, how long, how much, how many,
    only or first) is a word of the quote and is kept in a part."""
    problems = []
    for word in claim.qualifiers:
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.I)
        if not pattern.search(claim.quote):
            problems.append(f"qualifier {word!r} is not a word of the claim's quote")
        elif not any(pattern.search(p) for p in claim.parts):
            problems.append(f"qualifier {word!r} of the article's words is dropped from every part")
    return problems


def wire_word_problems(claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str) -> list[str]:
    """Parts come from the article's words, never the wire's: a part may not carry a pair of words that a
    copy of the wire has and in which a word is not the quote's (AP's "for years" where the article says
    "worked hard"). Parts about what the wire reported ("wire:") are exempt."""
    quoted = set(_words(claim.quote))
    wire_pairs: set[tuple[str, str]] = set()
    for row in rows:
        if is_wire(record(row, sources), wire) and row.anchor:
            wire_pairs |= _pairs(row.anchor)
    problems = []
    for part in claim.parts:
        if part.startswith(WIRE_PART):
            continue
        for pair in sorted(_pairs(part) & wire_pairs):
            if any(w not in quoted and w not in FUNCTION_WORDS for w in pair):
                problems.append(f"part {part!r} takes the wire's words {' '.join(pair)!r}, not the article's")
    return problems


def _words(text: str) -> list[str]:
    """A text's words, lower-cased; single letters (the s of "Moscow's") left out."""
    return [w.lower() for w in _WORD.findall(text) if len(w) > 1]


def _pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent word pairs of a text, leaving out pairs of function words only (the analyzer's list)."""
    return {p for p in pairwise(_words(text)) if not set(p) <= FUNCTION_WORDS}
