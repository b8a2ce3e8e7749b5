"""The written rules by which a claim's verdict, significance and independence count follow from its
sources' stances (``data/claim_sources.csv``). The methods page states the same rules in words; the
tests apply these functions to every claim and to planted violations of each rule.

Terms:

- the **wire** is the news agency whose copy the article appends (``data/article.yml``); a source the
  wire produced, in any copy or relay, never decides a part and never counts as independent;
- a source is **own side** when it belongs to the state whose conduct the claim reports (its
  ``subject``); its record is shown as *primary*, apart from the count;
- a part's **status** is decided by the sources that are neither the wire nor context:
  *contradicted* when a source contradicts it and none confirms it or bears it out in part;
  *partly* when a source bears it out only in part, or sources both confirm and contradict it;
  *established* when a source other than the wire confirms it (for what a party *said*, the
  party's own record, "primary", is enough; for anything else an independent source is needed);
  *open* when nothing but the wire, context or an own-side record speaks to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..vocab import PHOTO_PARTS, SETTLED_VERDICTS, SIGNIFICANCE_RANK, TODAY_PART
from .sources import Source, producer_known

#: Stances that take a side on a part (and so count towards independence when not the wire's).
BEARING = ("confirms", "contradicts", "partly")
#: The one category whose parts a party's own record settles: what the party said.
WORDS = "attribution"
MAX_ANCHOR_WORDS = 10


@dataclass(frozen=True)
class Stance:
    """One row of claim_sources.csv: how one source bears on one part of one claim."""

    claim: str
    part: str
    source: str
    stance: str
    anchor: str = ""
    note: str = ""


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


def is_wire(source: Source, wire: str) -> bool:
    return source.producer == wire


def own_side(source: Source, subject: str) -> bool:
    return bool(subject) and source.state == subject


def part_status(rows: Iterable[Stance], sources: dict[str, Source], wire: str, category: str) -> str:
    """established, partly, contradicted or open (see the module's table)."""
    confirmed = partly = contradicted = False
    for row in rows:
        source = sources[row.source]
        if row.stance == "primary":
            confirmed = confirmed or category == WORDS
        elif row.stance in BEARING and not is_wire(source, wire):
            confirmed = confirmed or row.stance == "confirms"
            partly = partly or row.stance == "partly"
            contradicted = contradicted or row.stance == "contradicts"
    if contradicted and not (confirmed or partly):
        return "contradicted"
    if partly or contradicted:
        return "partly"
    return "established" if confirmed else "open"


def statuses(claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str) -> dict[str, str]:
    """Each part's status, in the claim's order of parts."""
    return {
        part: part_status([r for r in rows if r.part == part], sources, wire, claim.category) for part in claim.parts
    }


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


def independent_units(rows: Iterable[Stance], sources: dict[str, Source], wire: str, subject: str) -> list[str]:
    """The producers (a state's media as that state) other than the wire and the subject's own side that
    take a side on some part: the N of "(N independent)"."""
    units = {
        sources[r.source].unit
        for r in rows
        if r.stance in BEARING
        and not is_wire(sources[r.source], wire)
        and not own_side(sources[r.source], subject)
        and producer_known(sources[r.source])
    }
    return sorted(units)


def primary_records(rows: Iterable[Stance], sources: dict[str, Source]) -> list[str]:
    """The producers whose own record is cited as primary, shown apart from the count."""
    return sorted({sources[r.source].producer for r in rows if r.stance == "primary"})


def cites_wire(rows: Iterable[Stance], sources: dict[str, Source], wire: str) -> bool:
    return any(is_wire(sources[r.source], wire) for r in rows)


def verdict_problems(claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str) -> list[str]:
    """Every way the stored verdict and significance break the written rules (empty when they keep them)."""
    problems = []
    status = statuses(claim, rows, sources, wire)
    expected = derived_verdict(claim, status)
    if claim.verdict != expected:
        shown = ", ".join(f"{p!r} {s}" for p, s in status.items())
        problems.append(f"verdict {claim.verdict!r}, but its parts ({shown}) make it {expected!r}")
    problems += significance_problems(claim, status)
    return problems


def significance_problems(claim: ClaimFacts, status: dict[str, str]) -> list[str]:
    """Severity that reads right: what a reader would now believe wrongly, and how much it matters."""
    problems = []
    settled = claim.verdict in SETTLED_VERDICTS
    if settled != (claim.significance == ""):
        problems.append("a settled verdict has no significance, and only a settled one has none")
    if claim.significance == "misleading" and claim.kind == "explicit":
        problems.append("'misleading' is for an impression the text leaves, not for what it states")
    if claim.kind != "explicit" and SIGNIFICANCE_RANK[claim.significance] > SIGNIFICANCE_RANK["misleading"]:
        problems.append(f"a {claim.kind} claim cannot outrank a false statement the text makes ('substantive')")
    if claim.verdict == "unverified" and claim.significance != "minor":
        problems.append("an unverified claim shows no wrong belief: its significance is 'minor'")
    stated_wrong = any(s in ("contradicted", "partly") for s in status.values())
    if claim.significance == "substantive" and not stated_wrong:
        problems.append("'substantive' needs a part the record contradicts or bears out only in part")
    return problems


def stance_problems(
    claim: ClaimFacts, rows: list[Stance], sources: dict[str, Source], wire: str, cited: list[str]
) -> list[str]:
    """Rules on the stances themselves: whose record may be primary, what an anchor is, one set of
    sources, and the same parts for every photo claim."""
    problems = []
    for row in rows:
        source = sources[row.source]
        where = f"{row.source} on {row.part!r}"
        if row.part not in claim.parts:
            problems.append(f"{where}: the part is not one of the claim's parts")
        if row.stance == "primary" and not (
            own_side(source, claim.subject) or (is_wire(source, wire) and claim.category == WORDS)
        ):
            problems.append(f"{where}: 'primary' is for the subject's own record (or the wire's, on what it reported)")
        if row.stance == "confirms" and own_side(source, claim.subject):
            problems.append(f"{where}: the subject's own record is 'primary', never an independent 'confirms'")
        if not producer_known(source) and row.stance in BEARING:
            problems.append(f"{where}: a copy whose producer is unknown cannot bear on a claim")
        if row.stance != "context" and not row.anchor:
            problems.append(f"{where}: a stance needs the words that show it (an anchor)")
        if len(row.anchor.split()) > MAX_ANCHOR_WORDS:
            problems.append(f"{where}: an anchor is at most {MAX_ANCHOR_WORDS} words")
    if set(cited) != {r.source for r in rows}:
        problems.append("the claim's sources and the sources given a stance differ")
    if claim.category == "photo":
        leads = sorted(next((lead for lead in PHOTO_PARTS if p.startswith(lead)), "") for p in claim.parts)
        if leads != sorted(PHOTO_PARTS):
            problems.append(f"a photo claim is checked by the parts {', '.join(PHOTO_PARTS)}, one each")
    return problems
