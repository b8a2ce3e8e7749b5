"""Every layer of the annotated article as W3C Web Annotations (JSON-LD, the Web Annotation Data Model): the parts of
the article, its quotations with their speakers, the actors it names, its time expressions with their values, every
checked claim with its verdict, and where each sentence came from. Each annotation targets ``data/article.txt``
(relative to the repository root) with a ``TextQuoteSelector`` (the exact words, with up to 32 characters before
and after) and a ``TextPositionSelector`` (character offsets, start included, end not), has a motivation
(assessing, identifying, tagging, commenting) and a body; every annotation also carries its layer as a tag, so a
tool can filter by layer.

The ``@context`` names the W3C context; nothing is fetched. Ids are ``urn:uuid:`` names derived from the layer and
the span, so the file is the same on every build."""

from __future__ import annotations

import uuid

from ..annotated import origin_text
from ..book import Book
from ..chapters.provenance import sentence_origins
from ..citation import authors, load_citation
from ..vocab import ACTOR_KIND_LABELS, BLOCK_KIND_LABELS, SECTION_LABELS

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TARGET = "data/article.txt"
#: Characters of context on each side of a quotation selector (Hypothesis' client keeps 32 too).
CONTEXT_CHARS = 32
#: The motivations used, all of the W3C vocabulary (oa:assessing ... oa:tagging).
MOTIVATIONS = ("assessing", "commenting", "identifying", "tagging")
#: A fixed namespace for the ids (uuid5 of this project's name), so that ids never change between builds.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "article-analysis:annotations:" + TARGET)


def _id(*parts: object) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(map(str, parts)))}"


def selectors(text: str, start: int, end: int) -> list[dict[str, object]]:
    """The two selectors of a span of ``text``: its words with their context, and its offsets."""
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS) : start],
            "suffix": text[end : end + CONTEXT_CHARS],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def _text(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "language": "en", "purpose": purpose}


def _annotation(
    text: str, layer: str, start: int, end: int, motivation: str, bodies: list[dict], creator: dict
) -> dict[str, object]:
    return {
        "id": _id(layer, start, end, *(b.get("value", b.get("source", "")) for b in bodies)),
        "type": "Annotation",
        "motivation": motivation,
        "creator": creator,
        "body": [*bodies, _text(layer, "tagging")],
        "target": {"source": TARGET, "selector": selectors(text, int(start), int(end))},
    }


def annotations(book: Book) -> list[dict[str, object]]:
    """Every annotation, layer by layer, each layer in the order of the text."""
    text = book.text
    creator = {"type": "Organization", "name": authors(load_citation())}
    tables = book.analysis.tables
    made = []

    def add(layer: str, start: int, end: int, motivation: str, *bodies: dict) -> None:
        made.append(_annotation(text, layer, start, end, motivation, list(bodies), creator))

    for b in tables["blocks"].itertuples():
        add(
            "part",
            b.start,
            b.end,
            "tagging",
            _text(f"{BLOCK_KIND_LABELS[b.kind]}, {SECTION_LABELS[b.section]}", "tagging"),
        )
    for q in tables["quotes"].itertuples():
        if q.kind == "speech":
            speaker = _text(f"quoted speech; speaker: {q.speaker or 'none'}", "identifying")
            add("quotation", q.start, q.end, "identifying", speaker)
        else:
            add("quotation", q.start, q.end, "tagging", _text("a term in quotation marks", "tagging"))
    gazetteer = {a.id: a for a in book.gazetteer}
    for m in book.mentions.itertuples():
        actor = gazetteer[m.actor_id]
        bodies = [_text(f"{actor.name} ({ACTOR_KIND_LABELS[actor.kind]}), named as {m.match_type}", "identifying")]
        if actor.id.startswith("Q") and actor.id[1:].isdigit():  # a Wikidata id, confirmed in a source read
            entity = f"http://www.wikidata.org/entity/{actor.id}"
            bodies.append({"type": "SpecificResource", "source": entity, "purpose": "identifying"})
        add("actor", m.start, m.end, "identifying", *bodies)
    for d in tables["dates"].itertuples():
        add("time", d.start, d.end, "identifying", _text(f"{d.value} ({d.type}, {d.granularity})", "identifying"))
    for c in book.data["claims"].itertuples():
        said = f"claim {c.id}: {c.verdict}" + (f" ({c.significance})" if c.significance else "")
        add("claim", c.start, c.end, "assessing", _text(f"{said}. The claim checked: {c.claim}", "assessing"),
            _text(f"Why: {c.note}", "commenting"))  # fmt: skip
    for r in sentence_origins(book).itertuples():
        add("origin", r.start, r.end, "commenting", _text(origin_text(r), "commenting"))
    return made


def annotation_collection(book: Book) -> dict[str, object]:
    """The annotations as one W3C AnnotationCollection with a single page."""
    items = annotations(book)
    return {
        "@context": CONTEXT,
        "id": _id("collection"),
        "type": "AnnotationCollection",
        "label": "Newsweek, 20 October 2021: the findings of the report, laid on the article's text",
        "total": len(items),
        "first": {"id": _id("page", 0), "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def anchoring_problems(text: str, items: list[dict[str, object]]) -> list[str]:
    """Where an annotation does not land on ``text``: its position and its quotation must select the same words,
    the quotation with its context must occur once, and there. Empty when every annotation re-anchors."""
    problems = []
    for a in items:
        quote, position = a["target"]["selector"]
        start, end = position["start"], position["end"]
        where = f"{a['id']} ({start}-{end})"
        if text[start:end] != quote["exact"]:
            problems.append(f"{where}: the position selects {text[start:end]!r}, the quotation says {quote['exact']!r}")
            continue
        whole = quote["prefix"] + quote["exact"] + quote["suffix"]
        found, at = [], text.find(whole)
        while at != -1:
            found.append(at)
            at = text.find(whole, at + 1)
        if found != [start - len(quote["prefix"])]:
            problems.append(f"{where}: the quotation with its context is found at {found}, not at {start}")
    return problems


__all__ = [
    "CONTEXT",
    "MOTIVATIONS",
    "TARGET",
    "anchoring_problems",
    "annotation_collection",
    "annotations",
    "selectors",
]
