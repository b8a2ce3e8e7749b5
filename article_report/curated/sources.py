"""The bibliography and its source hierarchy: what kind of source each entry is, whose it is, and
how many independent sources stand behind a verdict.

Every entry of ``references.bib`` carries

- ``sourcetype``: primary, agency, outlet, syndicated, mirror, reference, scholarly or software
  (:data:`article_report.vocab.SOURCE_TYPES`);
- ``producer``: the organisation that produced the content (for a copy, the original's producer);
- ``affiliation``: ``independent``, or ``state:XXX`` (ISO 3166 alpha-3) for a government body or a
  state-owned or state-controlled medium;
- for a syndicated copy or a mirror, ``copyof``: the key of the original, or "<producer>: <title>"
  when the original is not stored; and for a mirror ``sourcenote``: why it is kept.

Independence: copies of one producer's reports count once, and every medium a state owns or controls
counts as that state, so the unit of independence is the affiliation for state sources and the producer
for independent ones. ``state:XXX`` is for a government body or a medium the state owns or controls, not
for every outlet based in the state: an outlet the state neither owns nor controls is ``independent`` and
counts as itself (Interfax, RBC, Kommersant and Novaya Gazeta are typed so). A producer has one
affiliation in every entry. How a claim's count is built from its sources' stances is in
:mod:`article_report.curated.verdict_rules`.

Three typing rules are checked on load, because each is an error a reader's check found:

- whose text it is: where ``organization`` credits the text to someone ("India Today (AP-based)",
  "X (via Y)", "Y (X copy)", "Y (citing X)", "Y (X relaying Z)"), the producer is the one credited
  (an outlet's agency-based story counts as the agency; an interview given to TASS and relayed by
  another site counts as TASS);
- an aggregator's copy (a site that republishes feeds unedited, :data:`AGGREGATOR_HOSTS`) is a
  mirror, never a syndicated copy;
- a copy whose producer cannot be named says so ("unidentified ...") and is a mirror with a
  sourcenote; it can support no claim's count (:func:`producer_known`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pybtex.database import BibliographyData, parse_string
from pybtex.scanner import PybtexError

from article_analysis.errors import DataError
from article_analysis.textio import decode_text, read_bytes

from ..vocab import SOURCE_TYPES

_AFFILIATION = re.compile(r"^(?:independent|state:[A-Z]{3})$")
_KEY_LIKE = re.compile(r"^[a-z0-9_]+$")
COPY_TYPES = ("syndicated", "mirror")

#: A producer nobody could name: allowed only for a mirror that says so in its sourcenote.
_UNKNOWN_PRODUCER = re.compile(r"\b(?:unidentified|unnamed|unknown|not named)\b", re.I)

#: Hosts that republish agency or outlet feeds unedited, machine-translated or excerpted: a copy on
#: one of them is a mirror. Devdiscourse marks its items "auto-generated from a syndicated feed";
#: UrduPoint runs the Sputnik and APP feeds; NewsBreak and Yahoo-style portals aggregate; The Goa
#: Spotlight, VPK.name and Oopstop carry machine translations; MENAFN and LatestLY are feed resellers.
AGGREGATOR_HOSTS = (
    "devdiscourse.com",
    "urdupoint.com",
    "newsbreak.com",
    "thegoaspotlight.com",
    "vpk.name",
    "oopstop.com",
    "menafn.com",
    "latestly.com",
)

#: The names credits use for producers, as the bibliography's producer field spells them.
PRODUCER_ALIASES = {
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "ANI": "Asian News International",
    "PTI": "Press Trust of India",
    "IANS": "Indo-Asian News Service",
    "AA": "Anadolu Agency",
    "Anadolu": "Anadolu Agency",
    "RFE/RL": "Radio Free Europe/Radio Liberty",
    "RIA": "RIA Novosti",
    "dpa": "Deutsche Presse-Agentur",
    "mid.ru": "Russian Foreign Ministry",
}

# Credit patterns of the organization field, innermost credit last: "X (via Y)", "X (republished by Y)",
# "Y (X copy)", "Y (X-based)", "Y (citing X)", "Y (X relaying Z)", "repost of an X report",
# "machine translation of X", "copy of X texts", "Y (X)" where X is a known agency.
_VIA = re.compile(r"^(?P<inner>.+?) \((?:via|republished by) [^()]+\)$")
_CREDITS = (
    re.compile(r"\((?P<p>[^()]+?) copy\)$"),
    re.compile(r"\((?P<p>[^()]+?)-based\)$"),
    re.compile(r"\(citing (?P<p>[^()/]+?)\)$"),
    re.compile(r"\((?:[^()]+? )?relaying (?P<p>[^()]+?)\)$"),
    re.compile(r"^[^()]+? (?:citing|relaying) (?P<p>[^()]+)$"),
    re.compile(r"repost of an? (?P<p>[^()]+?) report$"),
    re.compile(r"\(machine translation of (?P<p>[^()]+?)\)$"),
    re.compile(r"\(copy of (?P<p>[^()]+?) texts?\)$"),
)
_BARE_CREDIT = re.compile(r"\((?P<p>[^()]+)\)$")


@dataclass(frozen=True)
class Source:
    key: str
    type: str
    producer: str
    affiliation: str
    copy_of: str
    note: str

    @property
    def unit(self) -> str:
        """The unit of independence: the state for a state source, the producer for an independent one."""
        return self.affiliation if self.affiliation.startswith("state:") else f"producer:{self.producer}"

    @property
    def state(self) -> str:
        """The ISO-3 code of the state a state source belongs to, or ''."""
        return self.affiliation.removeprefix("state:") if self.affiliation.startswith("state:") else ""


_ENTRY_START = re.compile(r"^@\w+\{([^,\s]+),", re.M)


def _entry_lines(text: str) -> dict[str, int]:
    """The line each entry starts on, by key, in one pass (a search per key is quadratic)."""
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in _ENTRY_START.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def load_bibliography(path: Path | str) -> BibliographyData:
    """Parse ``references.bib``; a syntax error or a duplicate key is a :class:`DataError`."""
    path = Path(path)
    text = decode_text(read_bytes(path), path)
    try:
        return parse_string(text, "bibtex")
    except PybtexError as exc:
        raise DataError(path, f"is not valid BibTeX ({exc})") from exc


def canonical_producer(name: str) -> str:
    """A producer's name as the bibliography spells it ("AP" -> "Associated Press")."""
    return PRODUCER_ALIASES.get(name.strip(), name.strip())


def declared_producer(organization: str) -> str:
    """The producer an entry's ``organization`` credits the text to, or '' when it credits no one else.

    >>> declared_producer("India Today (AP-based)")
    'Associated Press'
    >>> declared_producer("RBC relaying Interfax (via The Goa Spotlight)")
    'Interfax'
    >>> declared_producer("Business Recorder (Pakistan)")
    ''
    """
    text = organization.strip()
    via = _VIA.match(text)
    if via:
        text = via.group("inner").strip()
    for pattern in _CREDITS:
        found = pattern.search(text)
        if found:
            return canonical_producer(found.group("p"))
    bare = _BARE_CREDIT.search(text)
    if bare and bare.group("p").strip() in PRODUCER_ALIASES:
        return canonical_producer(bare.group("p"))
    if via:  # "X (via Y)": X is the producer
        return canonical_producer(text)
    return ""


def url_host(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0]
    return host.removeprefix("www.")


def producer_known(source: Source) -> bool:
    """False for a copy whose producer nobody could name ("unidentified ..."): it counts for no claim."""
    return not _UNKNOWN_PRODUCER.search(source.producer)


def load_sources(path: Path | str, bibliography: BibliographyData | None = None) -> dict[str, Source]:
    """The typed source of every bibliography entry; a missing or inconsistent field names the entry's line."""
    path = Path(path)
    text = decode_text(read_bytes(path), path)
    bibliography = bibliography or load_bibliography(path)
    sources: dict[str, Source] = {}
    affiliations: dict[str, tuple[str, str]] = {}
    lines = _entry_lines(text)
    for key, entry in bibliography.entries.items():
        fields = {k.lower(): str(v).strip() for k, v in entry.fields.items()}
        line = lines.get(key)

        def fail(problem: str, key: str = key, line: int | None = line) -> None:
            raise DataError(path, f"entry {key!r}: {problem}", line, unit="line")

        kind = fields.get("sourcetype", "")
        if kind not in SOURCE_TYPES:
            fail(f"sourcetype {kind!r} is not one of {', '.join(SOURCE_TYPES)}")
        if not fields.get("producer"):
            fail("no producer (the organisation that produced the content)")
        affiliation = fields.get("affiliation", "")
        if not _AFFILIATION.match(affiliation):
            fail(f"affiliation {affiliation!r} is neither 'independent' nor 'state:XXX' (ISO 3166 alpha-3)")
        copy_of = fields.get("copyof", "")
        if kind in COPY_TYPES and not copy_of:
            fail(f"a {kind} copy must say what it copies (copyof: the original's key, or 'producer: title')")
        if copy_of and _KEY_LIKE.match(copy_of) and copy_of not in bibliography.entries:
            fail(f"copyof {copy_of!r} looks like a key but is not in the bibliography")
        note = fields.get("sourcenote", "")
        if kind == "mirror" and not note:
            fail("a mirror copy is kept only with a sourcenote saying why (no original or reputable copy stored)")
        producer = fields["producer"]
        if _UNKNOWN_PRODUCER.search(producer) and kind != "mirror":
            fail(f"producer {producer!r} is not named: a copy nobody can attribute is kept only as a mirror")
        credited = declared_producer(fields.get("organization", ""))
        if credited and credited != producer:
            fail(f"organization credits the text to {credited!r} but producer is {producer!r}")
        host = url_host(fields.get("url", ""))
        if kind == "syndicated" and any(host == h or host.endswith("." + h) for h in AGGREGATOR_HOSTS):
            fail(f"a copy on the aggregator {host} is a mirror, not a syndicated copy")
        if producer in affiliations and affiliations[producer][0] != affiliation:
            first, other = affiliations[producer]
            fail(
                f"producer {producer!r} is {affiliation!r} here but {first!r} in entry {other!r} "
                "(one producer, one affiliation)"
            )
        affiliations.setdefault(producer, (affiliation, key))
        sources[key] = Source(key, kind, producer, affiliation, copy_of, note)
    return sources


def independence(keys: list[str], sources: dict[str, Source]) -> dict[str, object]:
    """How independent the sources behind a verdict are.

    ``independent``: the number of distinct units (see :attr:`Source.unit`); ``units``: their names;
    ``states``: the states whose own sources are among them.
    """
    units = sorted({sources[k].unit for k in keys if k in sources})
    states = sorted({sources[k].state for k in keys if k in sources and sources[k].state})
    return {"independent": len(units), "units": units, "states": states}


def rests_on_own_side(subject: str, keys: list[str], sources: dict[str, Source]) -> bool:
    """A claim about a state's conduct that rests only on that state's own sources."""
    chosen = [sources[k] for k in keys if k in sources]
    return bool(subject and chosen and all(s.state == subject for s in chosen))
