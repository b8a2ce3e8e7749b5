"""The annotated article: the whole text as published, with layers a reader can switch on and off.

Layers: the parts of the article (Newsweek's top, the agency captions, the appended AP copy),
quotations underlined in their speaker's colour, actor mentions outlined in their side's colour and
named where the text calls them otherwise, time expressions with the dates they resolve to, every
checked claim underlined in its verdict's colour, and where each sentence came from in AP's texts.
Each layer has its own CSS variables (``--aa-speaker``, ``--aa-side``, ``--aa-verdict``), so a claim
inside a quotation never repaints the speaker's line. A claim's chip opens its verdict, the reason
and the sources in place; "problems only" and the previous/next-problem buttons lead through the
claims that are not simply verified.

Everything is drawn from the same tables as the chapters, and the page reads without its script: the
text is always there, a chip is a link to its note (shown by ``:target``), and the script
(``_static/annotated.js``) only switches the layers and opens notes in place.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

import pandas as pd

from article_analysis.actors.voice import camp

from .book import Book, load_book
from .chapters.history import claims_with_sources
from .chapters.provenance import origin_legend, sentence_origins
from .tables import badge, iso_reading, significance_mark, slug, source_links
from .vocab import (
    AGENCY_CAPTION,
    AGENCY_CAPTION_COLOUR,
    CAPTION_KINDS,
    CHANGE_LABELS,
    INTRODUCED_LABELS,
    NOT_A_SIDE,
    OKABE_ITO,
    SECTION_COLOURS,
    SECTION_LABELS,
    SETTLED_VERDICTS,
    SPEAKER_COLOURS,
    VERDICT_COLOURS,
    VERDICT_LINES,
    VERDICT_MARKS,
)

LAYERS = {
    "parts": "Parts and captions",
    "quotes": "Quotations by speaker",
    "actors": "Actors by side",
    "times": "Time expressions",
    "claims": "Checked claims",
    "sources": "Where each sentence came from",
}
#: Views narrow what the layers show: "problems only" keeps the claims that are not simply verified.
VIEWS = {"problems": "Problems only"}
DEFAULT_ON = ("parts", "claims")
NO_SPEAKER_COLOUR = "#999999"
#: Sides drawn in a colour of their own, the most mentioned first; every other side shares one colour,
#: and places, formats and news agencies (not sides) are drawn dashed in grey.
SIDE_COLOURS = (OKABE_ITO["vermillion"], OKABE_ITO["blue"], OKABE_ITO["green"], OKABE_ITO["purple"])
OTHER_SIDE = ("other sides", OKABE_ITO["orange"])
NOT_A_SIDE_LABEL = ("not a side (place, format, agency)", "#8c8c8c")


def _verdict_style(verdict: str) -> str:
    """The verdict's colour and line as CSS variables (the stylesheet draws the underline with them)."""
    return f"--aa-verdict:{VERDICT_COLOURS[verdict][0]};--aa-line:{VERDICT_LINES[verdict]}"


def speaker_colours(book: Book) -> dict[str, str]:
    """One colour per quoted speaker, in order of first quotation."""
    quotes = book.analysis.tables["quotes"]
    speakers = [s for s in quotes.loc[quotes["kind"] == "speech", "speaker"].drop_duplicates() if s]
    return {s: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)] for i, s in enumerate(speakers)}


def mention_sides(book: Book) -> pd.DataFrame:
    """Each mention in the running text with its side (the actor's affiliation to its top, as chapter 3
    counts it) and the side's colour: the sides most mentioned get colours of their own."""
    kinds = {a.id: a.kind for a in book.gazetteer}
    mentions = book.mentions.copy()
    sides = []
    for m in mentions.itertuples():
        not_a_side = kinds[m.actor_id] in NOT_A_SIDE
        sides.append(None if not_a_side else book.actor_names[camp(m.actor_id, book.gazetteer)])
    mentions["side"] = sides
    ranked = mentions["side"].dropna().value_counts()
    ranked = ranked.sort_values(ascending=False, kind="stable")
    own = {side: colour for side, colour in zip(ranked.index, SIDE_COLOURS, strict=False)}
    mentions["side_label"] = [
        NOT_A_SIDE_LABEL[0] if pd.isna(s) else (s if s in own else OTHER_SIDE[0]) for s in mentions["side"]
    ]
    mentions["colour"] = [NOT_A_SIDE_LABEL[1] if pd.isna(s) else own.get(s, OTHER_SIDE[1]) for s in mentions["side"]]
    return mentions


def _claim_note(c) -> str:
    """What a claim's chip opens in place: verdict and significance, where a problem comes from, the
    reason, the sources and a link to the claim's full row."""
    grade = badge(c.verdict) + (" " + significance_mark(c.significance) if c.significance else "")
    where = INTRODUCED_LABELS.get(c.introduced_by, "")
    lines = [
        f'<span class="aa-note-head">{grade}{" · " + escape(where) if where else ""}</span>',
        f'<span class="aa-note-line"><strong>Claim:</strong> {escape(c.claim)}</span>',
        f'<span class="aa-note-line"><strong>Why:</strong> {escape(c.note)}</span>',
        f'<span class="aa-note-line"><strong>Sources:</strong> {source_links(c.sources)} '
        f"{escape(c.count_label)}</span>",
        f'<a class="aa-row-link" href="data_claims.html#claim-{slug(c.id)}">Every source on every part of '
        f"{escape(c.id)}</a>",
    ]
    return f'<span class="aa-note" id="note-{slug(c.id)}" role="note">{"".join(lines)}</span>'


def _spans(book: Book) -> list[tuple[int, int, str, dict[str, str]]]:
    """Inline spans: (start, end, layer, attributes)."""
    tables = book.analysis.tables
    speakers = speaker_colours(book)
    spans = []
    for q in tables["quotes"].itertuples():
        if q.kind == "speech":
            colour = speakers.get(q.speaker, NO_SPEAKER_COLOUR)
            attributes = {"class": "aa-q", "style": f"--aa-speaker:{colour}", "speaker": q.speaker or "no speaker"}
            spans.append((q.start, q.end, "quote", attributes))
        else:
            spans.append((q.start, q.end, "term", {"class": "aa-term"}))
    for m in mention_sides(book).itertuples():
        surface = book.text[m.start : m.end]
        # Named only where the text calls the actor otherwise ("Moscow" for Russia, "Lavrov").
        name = "" if m.actor.lower() in surface.lower() else m.actor
        classes = "aa-m aa-not-side" if m.side_label == NOT_A_SIDE_LABEL[0] else "aa-m"
        attributes = {"class": classes, "style": f"--aa-side:{m.colour}", "actor": name}
        spans.append((m.start, m.end, "actor", attributes))
    for d in tables["dates"].itertuples():
        spans.append((d.start, d.end, "time", {"class": "aa-t", "value": iso_reading(d.value)}))
    for c in claims_with_sources(book).itertuples():
        settled = "aa-settled" if c.verdict in SETTLED_VERDICTS else "aa-problem"
        attributes = {"class": f"aa-c {settled}", "style": _verdict_style(c.verdict), "id": c.id, "claim": c}
        spans.append((c.start, c.end, "claim", attributes))
    return spans


def _chip(claim) -> str:
    """A claim's chip: its id and its verdict's mark, a link to its note (opened in place by the script)."""
    settled = "aa-settled" if claim.verdict in SETTLED_VERDICTS else "aa-problem"
    fill, ink = VERDICT_COLOURS[claim.verdict]
    return (
        f'<a class="aa-cref {settled}" href="#note-{slug(claim.id)}" role="button" aria-expanded="false" '
        f'aria-controls="note-{slug(claim.id)}" style="--aa-fill:{fill};--aa-ink:{ink}" '
        f'aria-label="claim {escape(claim.id)}: {escape(claim.verdict)}">{escape(claim.id)} '
        f'<span aria-hidden="true">{VERDICT_MARKS[claim.verdict]}</span></a>'
    )


def origin_text(r) -> str:
    """Where a sentence came from, in a few words (a row of :func:`sentence_origins`): "AP full story, text 1 ¶10:
    fact changed"; the annotated page and the exported annotations say it the same way."""
    if r.section == "wire" and r.origin == "not_stored":
        return "AP copy; its paragraph is beyond the stored copies"
    if r.origin == "own":
        return "no AP source"
    where = f"{r.source_label}{' ¶' + str(r.paragraph) if r.paragraph else ''}: {CHANGE_LABELS[r.primary]}"
    if r.by == "unknown":  # the stored copies cannot tell whether AP or Newsweek made the change
        where += " (by AP or Newsweek)"
    return where


def _block_label(block, previous) -> str:
    """A label only where it tells the reader something: where a part begins, and what a caption, its
    keyword line, its credit and the hand-over line are."""
    if block.kind in CAPTION_KINDS:
        if previous is not None and previous.kind in CAPTION_KINDS:
            return ""
        return AGENCY_CAPTION
    if block.kind == "handover":
        return "hand-over line"
    starts_part = previous is None or previous.section != block.section or previous.kind in CAPTION_KINDS
    return SECTION_LABELS[block.section] if starts_part and block.kind != "headline" else ""


def _block_html(book: Book, block, previous, spans, origins) -> str:
    text = book.text
    inside = [s for s in spans if s[0] < block.end and s[1] > block.start]
    cuts = sorted(
        {block.start, block.end, *(max(s[0], block.start) for s in inside), *(min(s[1], block.end) for s in inside)}
    )
    starts = {int(r.start): r for r in origins.itertuples()}
    out = []
    label = _block_label(block, previous)
    if label:
        out.append(f'<span class="aa-label">{escape(label)}</span>')
    notes = []
    for a, b in pairwise(cuts):
        if a in starts:
            r = starts[a]
            out.append(f'<span class="aa-src aa-src-{escape(r.primary or "none")}">{escape(origin_text(r))}</span>')
        covering = [s for s in inside if s[0] <= a and s[1] >= b]
        classes = " ".join(s[3]["class"] for s in covering)
        # Each layer sets its own variables, so every layer keeps its colour wherever spans overlap.
        styles = ";".join(s[3]["style"] for s in covering if "style" in s[3])
        style = f' style="{escape(styles, quote=True)}"' if styles else ""
        # Whose words a piece is, for readers' tools and the tests (the colour alone says it on screen).
        said = [s[3]["speaker"] for s in covering if s[2] == "quote"]
        speaker = f' data-speaker="{escape(said[-1], quote=True)}"' if said else ""
        piece = escape(text[a:b]).replace("\n", "<br>")
        out.append(f'<span class="{classes}"{style}{speaker}>{piece}</span>' if classes else piece)
        for s in inside:
            if s[1] != b:
                continue
            if s[2] == "time":
                out.append(f'<span class="aa-tv">({escape(s[3]["value"])})</span>')
            elif s[2] == "actor" and s[3]["actor"]:
                out.append(f'<span class="aa-mn" style="{s[3]["style"]}">{escape(s[3]["actor"])}</span>')
            elif s[2] == "claim":
                out.append(_chip(s[3]["claim"]))
                notes.append(_claim_note(s[3]["claim"]))
            elif s[2] == "quote":
                out.append(f'<span class="aa-qs" style="{s[3]["style"]}">— {escape(s[3]["speaker"])}</span>')
        # A note opens after the sentence piece that closes its claim, inside the same paragraph.
        out.extend(notes)
        notes = []
    tag = "h2" if block.kind == "headline" else "p"
    part = "caption" if block.kind in CAPTION_KINDS else block.section
    return f'<{tag} class="aa-block aa-{block.kind} aa-part-{part}">{"".join(out)}</{tag}>'


def _switch(key: str, name: str, kind: str, on: bool) -> str:
    return (
        f'<label class="aa-switch"><input type="checkbox" data-{kind}="{key}"{" checked" if on else ""}>'
        f" {escape(name)}</label>"
    )


def _legend(book: Book) -> str:
    parts = (
        f'<span class="aa-legend-part aa-part-outlet">{escape(SECTION_LABELS["outlet"])}</span> '
        f'<span class="aa-legend-part aa-part-caption">{escape(AGENCY_CAPTION)}</span> '
        f'<span class="aa-legend-part aa-part-wire">{escape(SECTION_LABELS["wire"])}</span>'
    )
    speakers = " ".join(
        f'<span class="aa-q" style="--aa-speaker:{c}">{escape(s)}</span>' for s, c in speaker_colours(book).items()
    )
    sides = mention_sides(book).drop_duplicates("side_label")
    ordered = [r for r in sides.itertuples() if r.side_label not in (OTHER_SIDE[0], NOT_A_SIDE_LABEL[0])]
    ordered += [r for r in sides.itertuples() if r.side_label == OTHER_SIDE[0]]
    ordered += [r for r in sides.itertuples() if r.side_label == NOT_A_SIDE_LABEL[0]]
    side_items = " ".join(
        f'<span class="aa-m{" aa-not-side" if r.side_label == NOT_A_SIDE_LABEL[0] else ""}" '
        f'style="--aa-side:{r.colour}">{escape(r.side_label)}</span>'
        for r in ordered
    )
    claims = book.data["claims"]
    verdicts = " ".join(
        f'<span class="aa-c {"aa-settled" if v in SETTLED_VERDICTS else "aa-problem"}" '
        f'style="{_verdict_style(v)}">{escape(v)} {VERDICT_MARKS[v]}</span>'
        for v in VERDICT_COLOURS
        if v in set(claims["verdict"])
    )
    return f"""<div class="aa-legend">
<p class="aa-legend-row aa-for-parts">Parts: {parts}</p>
<p class="aa-legend-row aa-for-quotes">Speakers: {speakers}</p>
<p class="aa-legend-row aa-for-actors">Sides (outlined; a name in small type where the text calls an actor otherwise):
{side_items}</p>
<p class="aa-legend-row aa-for-claims">Verdicts (underlined; a chip opens the verdict and sources):
{verdicts}</p>
<p class="aa-legend-row aa-for-times">Time expressions show the date they resolve to in brackets.</p>
<p class="aa-legend-row aa-for-sources">{escape(origin_legend(book))}</p>
</div>"""


def render() -> str:
    book = load_book()
    spans = _spans(book)
    origins = sentence_origins(book)
    switches = "".join(_switch(k, n, "layer", k in DEFAULT_ON) for k, n in LAYERS.items())
    switches += "".join(_switch(k, n, "view", False) for k, n in VIEWS.items())
    # The parts' colours, from the one colour map of sections (the stylesheet reads the variables).
    part_colours = ";".join(f"--aa-part-{s}:{c}" for s, c in SECTION_COLOURS.items())
    part_colours += f";--aa-part-caption:{AGENCY_CAPTION_COLOUR}"
    blocks = list(book.analysis.blocks)
    body = "".join(_block_html(book, b, blocks[i - 1] if i else None, spans, origins) for i, b in enumerate(blocks))
    layers_on = " ".join(f"show-{k}" for k in DEFAULT_ON)
    problems = int((~book.data["claims"]["verdict"].isin(SETTLED_VERDICTS)).sum())
    return f"""<div class="aa-annotated {layers_on}" id="annotated" style="{part_colours}">
<div class="aa-toolbar">
<details class="aa-controls"><summary>Layers and views</summary>
<fieldset class="aa-layers"><legend>Show</legend>{switches}</fieldset></details>
<span class="aa-nav" role="group" aria-label="Step through the problems" hidden>
<span class="aa-nav-status" aria-live="polite">{problems} problems:</span>
<button type="button" class="aa-step" data-step="-1">← Previous</button>
<button type="button" class="aa-step" data-step="1">Next →</button></span>
</div>
{_legend(book)}
<article class="aa-text" aria-label="The article, annotated">{body}</article>
</div>"""


__all__ = ["DEFAULT_ON", "LAYERS", "VIEWS", "mention_sides", "origin_text", "render", "speaker_colours"]
