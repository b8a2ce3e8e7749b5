"""Chapter "How the article frames the event": topics, distancing, labels, evaluations.

Reads the analyzer's framing tables (topics, hedges, labels, evaluations) for the book's article and
joins them to the curated re-write data, to say for each device whether Newsweek's re-write added it
or the AP copy carried it.
"""

from __future__ import annotations

import pandas as pd

from article_analysis.framing.topics import segment_shares

from ..book import Book
from ..tables import badge, frame_html, snippet, source_links, table_html
from ..vocab import CHANGE_LABELS, COVERAGE_LABELS, NOT_A_SIDE
from .provenance import SUBSTANTIVE_CHANGES, sentence_origins

TOPIC_LABELS = {
    "humanitarian_aid": "humanitarian aid",
    "security_terrorism": "security and terrorism",
    "diplomacy_recognition": "diplomacy and recognition",
    "history": "history",
    "rights": "rights",
}
DEVICE_LABELS = {
    "distancing_adverb": "distancing adverb",
    "distancing_label": "distancing label",
    "attribution": "attribution that distances",
    "modal": "modal verb",
    "epistemic_adverb": "adverb of likelihood",
    "epistemic_verb": "verb of appearance",
    "conditional": "condition",
    "scare_quotes": "quoted term",
}
PATTERN_LABELS = {
    "appositive": "appositive",
    "relative": "relative clause",
    "as": "named as",
    "title": "title",
    "role": "role standing for a name",
    "collective": "adjective and collective noun",
}
SEGMENTS = ("headline", "lede", "Newsweek's section", "AP's section")


def segments(book: Book) -> dict[str, list[int]]:
    """The blocks of each segment the chapter compares: headline, lede (first paragraph), the rest of
    Newsweek's section, and the AP copy appended."""
    blocks = book.analysis.tables["blocks"]
    headline = list(blocks.loc[blocks["kind"] == "headline", "block"])
    paragraphs = blocks[blocks["kind"].isin(["paragraph", "caption"])]
    outlet = paragraphs[paragraphs["section"] == "outlet"]
    lede = [int(outlet["block"].iloc[0])] if len(outlet) else []
    return {
        "headline": headline,
        "lede": lede,
        "Newsweek's section": [b for b in outlet["block"] if b not in lede],
        "AP's section": list(paragraphs.loc[paragraphs["section"] == "wire", "block"]),
    }


def topic_shares(book: Book) -> pd.DataFrame:
    return segment_shares(book.analysis.tables["topics"], segments(book))


def whose(book: Book, start: int, in_quote: bool, in_report: bool) -> str:
    """Where a device sits: in a quoted or reported speaker's words, in Newsweek's top, or in the AP copy
    appended (whether the top's words are Newsweek's own or carried from AP is the "In the re-write"
    column's business)."""
    if in_quote:
        return "a speaker, quoted"
    if in_report:
        return "a speaker, reported"
    section = book.analysis.document.section_at(start)
    return "Newsweek's top" if section == "outlet" else "AP copy appended"


def _sentence_row(book: Book, start: int, end: int) -> pd.Series | None:
    origins = sentence_origins(book)
    row = origins[(origins["start"] <= start) & (origins["end"] >= end)]
    return row.iloc[0] if len(row) else None


def _newsweek_words(evidence: str) -> str:
    """The Newsweek side of a re-write evidence string ('AP: "…" / Newsweek: "…"')."""
    parts = evidence.split("Newsweek:")
    return parts[1] if len(parts) > 1 else ""


def device_origin(book: Book, start: int, end: int, speaker_s: bool) -> str:
    """Whether a distancing device was added by Newsweek's re-write (its words are among those the
    re-write data records as changed), carried from AP, or is AP copy as appended."""
    if speaker_s:
        return "the speaker's word"
    r = _sentence_row(book, start, end)
    if r is None:
        return ""
    if r["section"] == "wire":
        return "AP copy as appended"
    if not r["version"]:
        return "Newsweek's own sentence"
    if book.text[start:end].lower() in _newsweek_words(r["evidence"]).lower():
        return f"added in the re-write ({r['evidence']})"
    return "carried from " + r["source_label"]


def label_origin(book: Book, start: int, end: int) -> str:
    """Whether the sentence a label sits in was re-written with a change of fact or attribution."""
    r = _sentence_row(book, start, end)
    if r is None:
        return ""
    if r["section"] == "wire":
        return "AP copy as appended"
    if not r["version"]:
        return "Newsweek's own sentence"
    changed = [CHANGE_LABELS[c] for c in r["codes"] if c in SUBSTANTIVE_CHANGES]
    if changed:
        return f"re-written from {r['source_label']}: {', '.join(changed)} ({r['evidence']})"
    return "carried from " + r["source_label"]


def hedges(book: Book) -> pd.DataFrame:
    table = book.analysis.tables["hedges"].copy()
    table["device_label"] = table["device"].map(DEVICE_LABELS)
    table["whose"] = [
        whose(book, s, q, r)
        for s, q, r in zip(table["start"], table["in_quotation"], table["in_reported_speech"], strict=True)
    ]
    table["origin"] = [
        device_origin(book, s, e, q or r)
        for s, e, q, r in zip(
            table["start"], table["end"], table["in_quotation"], table["in_reported_speech"], strict=True
        )
    ]
    table["context"] = [snippet(book.text, s, e) for s, e in zip(table["start"], table["end"], strict=True)]
    return table


def labels(book: Book) -> pd.DataFrame:
    table = book.analysis.tables["labels"].copy()
    table["pattern_label"] = table["pattern"].map(PATTERN_LABELS)
    table["writer"] = table["section"].map({"outlet": "Newsweek's re-write", "wire": "AP copy"})
    table["origin"] = [label_origin(book, s, e) for s, e in zip(table["start"], table["end"], strict=True)]
    return table


def characterisations(book: Book) -> pd.DataFrame:
    """The writer's own evaluative sentences the analyzer flags, each with its check (claims of kind
    characterisation), for and against."""
    evaluations = book.analysis.tables["evaluations"]
    claims = book.data["claims"]
    checked = claims[claims["kind"] == "characterisation"]
    rows = []
    for e in evaluations.itertuples():
        inside = checked[(checked["start"] >= e.start) & (checked["end"] <= e.end)]
        for c in inside.itertuples() if len(inside) else [None]:
            rows.append(
                {
                    "sentence": e.sentence,
                    "terms": e.terms.replace(";", ", "),
                    "section": e.section,
                    "text": e.text,
                    "claim": c.id if c else "",
                    "verdict": c.verdict if c else "",
                    "note": c.note if c else "not checked",
                    "sources": c.sources if c else "",
                }
            )
    return pd.DataFrame(rows)


def voice_shares(book: Book) -> pd.DataFrame:
    """Per side: share of mentions (running text) against share of quoted words and of reported statements."""
    from article_analysis.actors.voice import camp

    actors = book.analysis.tables["actors"]
    gazetteer = book.gazetteer
    kinds = {a.id: a.kind for a in gazetteer}
    counts = book.actor_counts
    rows = []
    for r in actors.itertuples():
        if kinds[r.id] in NOT_A_SIDE:
            continue
        rows.append(
            {
                "side": book.actor_names[camp(r.id, gazetteer)],
                "mentions": int(counts.get(r.id, 0)),
                "quoted_words": r.quoted_words,
                "reports": r.reports,
            }
        )
    table = pd.DataFrame(rows).groupby("side", as_index=False).sum()
    for column in ("mentions", "quoted_words", "reports"):
        total = table[column].sum()
        table[f"{column}_share"] = (table[column] / total).round(3) if total else 0.0
    return table.sort_values(["mentions", "side"], ascending=[False, True], ignore_index=True)


def taliban_speakers(book: Book) -> list[str]:
    """The people on the Taliban's side whose words the article quotes, most quoted first."""
    from article_analysis.actors.voice import camp

    actors = book.analysis.tables["actors"]
    names = book.actor_names
    quoted = actors[(actors["quoted_words"] > 0) & (actors["kind"] == "person")]
    quoted = quoted.sort_values("quoted_words", ascending=False)
    return [names[r.id] for r in quoted.itertuples() if names[camp(r.id, book.gazetteer)] == "Taliban"]


def absent_voices(book: Book) -> pd.DataFrame:
    """Parties in the room (the round's participation data) or heard in other same-day reports
    (coverage.csv) who get no voice in the article."""
    rounds = book.data["moscow_format"]
    third = rounds[(rounds["round"] == 3) & rounds["status"].isin(["host", "member", "guest", "observer"])]
    actors = book.analysis.tables["actors"].set_index("id")
    names = book.actor_names
    coverage = book.data["coverage"]
    versions = book.data["versions"].set_index("id")
    heard_elsewhere = coverage[
        (coverage["kind"] == "voice")
        & coverage["status"].isin(["carried", "carried_differently"])
        & (coverage["version"] != "newsweek")
    ]
    from article_analysis.actors.voice import camp

    voiced_sides = {camp(i, book.gazetteer) for i in actors.index if actors.loc[i, "voice"] != "mentioned only"}
    rows = []
    for p in third.itertuples():
        if camp(p.participant, book.gazetteer) in voiced_sides:
            continue  # the side speaks (the Taliban through Hanafi)
        mentioned = p.participant in actors.index
        rows.append(
            {
                "party": names[p.participant],
                "in the room": p.status.replace("_", " "),
                "in the article": "mentioned, never quoted or reported" if mentioned else "not mentioned",
                "source": p.sources,
            }
        )
    voices = []
    for fact, part in heard_elsewhere.groupby("fact"):
        texts = sorted({versions.loc[v, "label"] for v in part["version"]})
        newsweek = coverage[(coverage["fact"] == fact) & (coverage["version"] == "newsweek")]["status"]
        voices.append(
            {
                "voice": part["description"].iloc[0],
                "heard in": "; ".join(texts),
                "in the article": COVERAGE_LABELS.get(newsweek.iloc[0], "") if len(newsweek) else "",
            }
        )
    return pd.DataFrame(rows), pd.DataFrame(voices)


def facts(book: Book) -> dict[str, object]:
    shares = topic_shares(book)
    top = shares.sort_values(["segment", "share"], ascending=[True, False]).groupby("segment").head(1)
    top = top.set_index("segment")
    table = hedges(book)
    writer = table[~table["in_quotation"] & ~table["in_reported_speech"]]
    added = writer[writer["origin"].str.startswith("added in the re-write")]
    label_table = labels(book)
    evaluations = book.analysis.tables["evaluations"]
    voice = voice_shares(book).set_index("side")
    in_room, voices = absent_voices(book)
    taliban = voice.loc["Taliban"] if "Taliban" in voice.index else None
    wire_security = shares.set_index(["segment", "topic"])["share"].get(("AP's section", "security_terrorism"), 0.0)
    russia = voice.loc["Russia"] if "Russia" in voice.index else None
    return {
        "fr_taliban_speakers": " and ".join(taliban_speakers(book)) or "nobody",
        "fr_headline_topic": TOPIC_LABELS[top.loc["headline", "topic"]],
        "fr_lede_topic": TOPIC_LABELS[top.loc["lede", "topic"]],
        "fr_wire_topic": TOPIC_LABELS[top.loc["AP's section", "topic"]],
        "fr_wire_security_share": f"{wire_security:.0%}",
        "fr_n_devices": len(table),
        "fr_n_writer_devices": len(writer),
        "fr_n_added_devices": len(added),
        "fr_added_device": added["text"].iloc[0] if len(added) else "",
        "fr_n_labels": len(label_table),
        "fr_n_evaluations": len(evaluations),
        "fr_russia_mention_share": f"{russia['mentions_share']:.0%}" if russia is not None else "0%",
        "fr_russia_quote_share": f"{russia['quoted_words_share']:.0%}" if russia is not None else "0%",
        "fr_taliban_mention_share": f"{taliban['mentions_share']:.0%}" if taliban is not None else "0%",
        "fr_taliban_quote_share": f"{taliban['quoted_words_share']:.0%}" if taliban is not None else "0%",
        "fr_n_absent_in_room": len(in_room),
        "fr_absent_in_room": ", ".join(in_room["party"]) if len(in_room) else "none",
        "fr_n_voices_elsewhere": len(voices),
    }


def hedges_table(book: Book) -> str:
    table = hedges(book)
    return frame_html(
        table,
        {
            "text": "Words",
            "device_label": "Device",
            "whose": "Where it sits",
            "origin": "In the re-write",
            "context": "In context",
        },
        "Distancing and hedging devices, and whose they are",
        wide=True,
    )


def labels_table(book: Book) -> str:
    table = labels(book)
    return frame_html(
        table,
        {
            "actor": "Actor",
            "text": "Label",
            "pattern_label": "How it is attached",
            "writer": "Written by",
            "origin": "In the re-write",
        },
        "Labels the article attaches to each actor",
        wide=True,
    )


def characterisations_table(book: Book) -> str:
    table = characterisations(book)
    rows = [
        {
            "text": r.text,
            "terms": r.terms,
            "writer": "Newsweek" if r.section == "outlet" else "AP",
            "verdict": badge(r.verdict) if r.verdict else "not checked",
            "note": r.note,
            "sources": source_links(r.sources),
        }
        for r in table.itertuples()
    ]
    return table_html(
        rows,
        {
            "text": "Sentence",
            "terms": "Evaluative words",
            "writer": "Written by",
            "verdict": "Check",
            "note": "Evidence for and against",
            "sources": "Sources",
        },
        "The writers' own evaluations, checked as characterisations",
        raw=("verdict", "sources"),
        wide=True,
    )


def absent_tables(book: Book) -> tuple[str, str]:
    in_room, voices = absent_voices(book)
    in_room = in_room.assign(links=[source_links(k) for k in in_room["source"]])
    room = frame_html(
        in_room,
        {"party": "Party", "in the room": "At the talks", "in the article": "In the article", "links": "Source"},
        "Delegations at the talks that get no voice in the article",
        raw=("links",),
    )
    elsewhere = frame_html(
        voices,
        {"voice": "Voice", "heard in": "Heard in", "in the article": "In the article"},
        "Voices other reports of the same day carried",
        wide=True,
    )
    return room, elsewhere


def topics_figure(book: Book):
    from ..charts.framing import topic_shares as draw

    f = facts(book)
    title = f"The headline and lede are about {f['fr_headline_topic']}; the AP copy about {f['fr_wire_topic']}"
    return draw(topic_shares(book), list(SEGMENTS), TOPIC_LABELS, title, "data/article.txt; lexicon: data/topics.csv")
