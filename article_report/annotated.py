"""The annotated article: the whole text as published, with layers a reader can switch on and off.

Layers: the parts of the article (Newsweek's top, the AP copy, photo captions and credits), quotations
coloured by speaker, actor mentions, time expressions with their resolved values, every checked claim
underlined in its verdict's colour with a link to its row and sources, and where each sentence came
from in AP's versions. Everything is drawn from the same tables as the chapters; the page needs no
script to read (the layer switches are plain checkboxes, toggled by ``_static/annotated.js``).
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from .book import Book, load_book
from .chapters.provenance import origin_legend, sentence_origins
from .tables import slug
from .vocab import (
    BLOCK_KIND_LABELS,
    CHANGE_LABELS,
    SECTION_COLOURS,
    SECTION_LABELS,
    SETTLED_VERDICTS,
    SPEAKER_COLOURS,
    VERDICT_COLOURS,
    VERDICT_LINES,
)

LAYERS = {
    "parts": "Parts and captions",
    "quotes": "Quotations by speaker",
    "actors": "Actors",
    "times": "Time expressions",
    "claims": "Checked claims",
    "sources": "Where each sentence came from",
}
DEFAULT_ON = ("parts", "claims")
NO_SPEAKER_COLOUR = "#999999"


def _verdict_style(verdict: str) -> str:
    """The verdict's colour and line as CSS variables (the stylesheet draws the underline with them)."""
    return f"--aa-colour:{VERDICT_COLOURS[verdict][0]};--aa-line:{VERDICT_LINES[verdict]}"


def _speaker_classes(book: Book) -> dict[str, int]:
    quotes = book.analysis.tables["quotes"]
    speakers = [s for s in quotes.loc[quotes["kind"] == "speech", "speaker"].drop_duplicates() if s]
    return {s: i % len(SPEAKER_COLOURS) for i, s in enumerate(speakers)}


def _spans(book: Book) -> list[tuple[int, int, str, dict[str, str]]]:
    """Inline spans: (start, end, layer, attributes)."""
    tables = book.analysis.tables
    speakers = _speaker_classes(book)
    spans = []
    for q in tables["quotes"].itertuples():
        if q.kind == "speech":
            speaker = q.speaker or "no speaker"
            colour = SPEAKER_COLOURS[speakers[q.speaker]] if q.speaker in speakers else NO_SPEAKER_COLOUR
            attributes = {"class": "aa-q", "style": f"--aa-colour:{colour}", "speaker": speaker}
            spans.append((q.start, q.end, "quote", attributes))
        else:
            spans.append((q.start, q.end, "term", {"class": "aa-term"}))
    for m in book.mentions.itertuples():
        spans.append((m.start, m.end, "actor", {"class": "aa-m", "actor": m.actor}))
    for d in tables["dates"].itertuples():
        spans.append((d.start, d.end, "time", {"class": "aa-t", "value": d.value}))
    for c in book.data["claims"].itertuples():
        settled = "aa-settled" if c.verdict in SETTLED_VERDICTS else "aa-problem"
        attributes = {"class": f"aa-c {settled}", "style": _verdict_style(c.verdict), "id": c.id, "verdict": c.verdict}
        spans.append((c.start, c.end, "claim", attributes))
    return spans


def origin_text(r) -> str:
    """Where a sentence came from, in a few words (a row of :func:`sentence_origins`): "AP full story, text 1 ¶10:
    fact changed"; the annotated page and the exported annotations say it the same way."""
    if r.section == "wire" and r.origin == "not_stored":
        return "AP copy; source not in the stored copies"
    if r.origin == "own":
        return "no AP source"
    where = f"{r.source_label}{' ¶' + str(r.paragraph) if r.paragraph else ''}: {CHANGE_LABELS[r.primary]}"
    if r.by == "unknown":  # the stored copies cannot tell whether AP or Newsweek made the change
        where += " (by AP or Newsweek)"
    return where


def _block_html(book: Book, block, spans, origins) -> str:
    text = book.text
    inside = [s for s in spans if s[0] < block.end and s[1] > block.start]
    cuts = sorted(
        {block.start, block.end, *(max(s[0], block.start) for s in inside), *(min(s[1], block.end) for s in inside)}
    )
    starts = {int(r.start): r for r in origins.itertuples()}
    out = []
    for a, b in pairwise(cuts):
        if a in starts:
            r = starts[a]
            where = origin_text(r)
            out.append(f'<span class="aa-src aa-src-{escape(r.primary or "none")}">{escape(where)}</span>')
        covering = [s for s in inside if s[0] <= a and s[1] >= b]
        classes = " ".join(s[3]["class"] for s in covering)
        # Nested spans each carry their own variables: the innermost (last) wins, as for the underline.
        styles = ";".join(s[3]["style"] for s in covering if "style" in s[3])
        style = f' style="{escape(styles, quote=True)}"' if styles else ""
        titles = [f"{s[3]['speaker']}" for s in covering if s[2] == "quote"]
        titles += [f"{s[3]['actor']}" for s in covering if s[2] == "actor"]
        title = f' title="{escape("; ".join(titles), quote=True)}"' if titles else ""
        piece = escape(text[a:b]).replace("\n", "<br>")
        out.append(f'<span class="{classes}"{style}{title}>{piece}</span>' if classes else piece)
        for s in inside:
            if s[1] == b and s[2] == "time":
                out.append(f'<span class="aa-tv">({escape(s[3]["value"])})</span>')
            if s[1] == b and s[2] == "claim":
                claim, verdict = s[3]["id"], s[3]["verdict"]
                out.append(
                    f'<a class="aa-cref" href="data_claims.html#claim-{slug(claim)}" '
                    f'aria-label="claim {claim}: {verdict}">{claim}</a>'
                )
            if s[1] == b and s[2] == "quote":
                out.append(f'<span class="aa-qs">— {escape(s[3]["speaker"])}</span>')
    tag = "h2" if block.kind == "headline" else "p"
    label = BLOCK_KIND_LABELS[block.kind]
    return (
        f'<{tag} class="aa-block aa-{block.kind} aa-part-{block.section}" data-part="{escape(label)}">'
        f"{''.join(out)}</{tag}>"
    )


def render() -> str:
    book = load_book()
    spans = _spans(book)
    origins = sentence_origins(book)
    switches = "".join(
        f'<label class="aa-switch"><input type="checkbox" data-layer="{key}"{" checked" if key in DEFAULT_ON else ""}>'
        f" {escape(name)}</label>"
        for key, name in LAYERS.items()
    )
    speakers = _speaker_classes(book)
    legend_speakers = "".join(
        f'<span class="aa-q" style="--aa-colour:{SPEAKER_COLOURS[i]}">{escape(s)}</span> ' for s, i in speakers.items()
    )
    legend_verdicts = "".join(
        f'<span class="aa-c {"aa-settled" if v in SETTLED_VERDICTS else "aa-problem"}" '
        f'style="{_verdict_style(v)}">{escape(v)}</span> '
        for v in VERDICT_COLOURS
        if v in set(book.data["claims"]["verdict"])
    )
    parts = "".join(
        f'<span class="aa-legend-part aa-part-{s}">{escape(name)}</span> ' for s, name in SECTION_LABELS.items()
    )
    # The parts' colours, from the one colour map of sections (the stylesheet reads the variables).
    part_colours = ";".join(f"--aa-part-{s}:{c}" for s, c in SECTION_COLOURS.items())
    body = "".join(_block_html(book, b, spans, origins) for b in book.analysis.blocks)
    layers_on = " ".join(f"show-{k}" for k in DEFAULT_ON)
    return f"""<div class="aa-annotated {layers_on}" id="annotated" style="{part_colours}">
<fieldset class="aa-layers"><legend>Layers</legend>{switches}</fieldset>
<div class="aa-legend">
<p class="aa-legend-row aa-for-parts">Parts: {parts}</p>
<p class="aa-legend-row aa-for-quotes">Speakers: {legend_speakers}</p>
<p class="aa-legend-row aa-for-claims">Verdicts (underlined; the link after a claim opens its row):
{legend_verdicts}</p>
<p class="aa-legend-row aa-for-times">Time expressions show their resolved value in brackets.</p>
<p class="aa-legend-row aa-for-sources">{escape(origin_legend(book))}</p>
</div>
<article class="aa-text" aria-label="The article, annotated">{body}</article>
</div>"""


__all__ = ["DEFAULT_ON", "LAYERS", "origin_text", "render"]
