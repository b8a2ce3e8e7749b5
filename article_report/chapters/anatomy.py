"""Chapter "Anatomy of the article": blocks, sentences, quotations, reported speech, the article's clock."""

from __future__ import annotations

import pandas as pd

from article_analysis.reuse.align import align, alignment_table

from ..book import Book, counted
from ..charts.anatomy import MIN_DRAWN_WORDS
from ..tables import fold, frame_html, iso_reading
from ..vocab import ATTRIBUTION_LABELS, BLOCK_KIND_LABELS, CAPTION_KINDS, SECTION_LABELS, part_label


def part_words(book: Book) -> pd.Series:
    """Words per part of the article (Newsweek's top, agency captions, the appended AP copy), in reading
    order of first appearance."""
    blocks = book.analysis.tables["blocks"]
    parts = [part_label(s, k) for s, k in zip(blocks["section"], blocks["kind"], strict=True)]
    return pd.Series(blocks["words"].to_numpy(), index=parts).groupby(level=0, sort=False).sum()


def wire_share(book: Book) -> str:
    """The appended AP copy's share of the article's words, its agency caption left to the agency (cheap:
    the landing page needs only this)."""
    words = part_words(book)
    return f"{words.get(SECTION_LABELS['wire'], 0) / int(words.sum()):.0%}"


def facts(book: Book) -> dict[str, object]:
    tables = book.analysis.tables
    blocks, sentences, quotes, speech = tables["blocks"], tables["sentences"], tables["quotes"], tables["speech"]
    total = int(blocks["words"].sum())
    handover = blocks[blocks["kind"] == "handover"].iloc[0]
    outlet_body = blocks[(blocks["section"] == "outlet") & (blocks["kind"] == "paragraph")]
    wire_body = blocks[(blocks["section"] == "wire") & (blocks["kind"] == "paragraph")]
    credits = blocks[blocks["kind"] == "credit"]
    body = sentences[sentences["kind"] == "paragraph"]
    medians = body.groupby("section")["words"].median()
    readability = tables["readability"].set_index("section")
    speech_quotes = quotes[quotes["kind"] == "speech"]
    by_speaker = speech_quotes.groupby("speaker")["words"].sum().sort_values(ascending=False)
    quoted = int(speech_quotes["words"].sum())
    dates = tables["dates"]
    last_week = dates[dates["text"].str.lower() == "last week"]
    within = outlet_vs_wire(book)
    matched = within[(within["changes"] != "new_material") & within["derived"].notna()]
    return {
        "an_published": f"{book.article.published:%A %-d %B %Y}",
        "an_blocks": len(blocks),
        "an_min_drawn": MIN_DRAWN_WORDS,
        "an_words": total,
        "an_outlet_paragraphs": len(outlet_body),
        "an_outlet_words": int(outlet_body["words"].sum()),
        # Figure 1.1 counts the whole part, headline and hand-over line included: the prose gives both.
        "an_outlet_part_words": int(part_words(book).get(SECTION_LABELS["outlet"], 0)),
        "an_outlet_other_kinds": " and the ".join(
            BLOCK_KIND_LABELS.get(k, k)
            for k in blocks.loc[blocks["section"] == "outlet", "kind"].unique()
            if k not in ("paragraph", *CAPTION_KINDS)
        ),
        "an_wire_paragraphs": len(wire_body),
        "an_wire_words": int(wire_body["words"].sum()),
        "an_wire_share": wire_share(book),
        "an_handover": handover["text"],
        "an_captions": int((blocks["kind"] == "caption").sum()),
        "an_credits": " and ".join(f"“{c}”" for c in credits["text"]),
        "an_sentences": len(sentences),
        "an_outlet_median": f"{medians.get('outlet', 0):g}",
        "an_wire_median": f"{medians.get('wire', 0):g}",
        "an_outlet_grade": f"{readability.loc['outlet', 'flesch_kincaid_grade']:g}",
        "an_wire_grade": f"{readability.loc['wire', 'flesch_kincaid_grade']:g}",
        "an_quotes": len(quotes),
        "an_speech_quotes": len(speech_quotes),
        "an_terms": int((quotes["kind"] == "term").sum()),
        "an_term_list": ", ".join(quotes.loc[quotes["kind"] == "term", "text"]),
        "an_quoted_words": quoted,
        "an_quoted_share": f"{quoted / total:.0%}",
        "an_n_speakers": by_speaker.size,
        "an_top_speaker": by_speaker.index[0],
        "an_top_speaker_share": f"{by_speaker.iloc[0] / quoted:.0%}",
        "an_reports": len(speech),
        "an_report_speakers": ", ".join(sorted(set(speech["speaker"]) - {""})),
        "an_time_expressions": len(dates),
        "an_last_week": iso_reading(last_week["value"].iloc[0]) if len(last_week) else "",
        "an_within_outlet": int(within["derived"].notna().sum()),
        "an_within_matched": len(matched),
        "an_within_matched_phrase": counted(len(matched), "of them finds", "of them find", start=False),
    }


def outlet_vs_wire(book: Book) -> pd.DataFrame:
    """The ``compare`` aligner run on the article itself: Newsweek's own section against the AP copy
    appended below it (both in the repository)."""
    sentences = book.analysis.tables["sentences"]
    # The running text of each part, captions left out: a caption describes its photo, and two captions of
    # photos of one event share that event's facts whether or not one re-uses the other (the aligner links
    # them, as it links independent reports of one event); the agency captions are a part of their own.
    # Each sentence is kept apart by a blank line so that the aligner reads the article's sentences and not
    # its own re-split of them.
    running = sentences[~sentences["kind"].isin(CAPTION_KINDS)]
    outlet = "\n\n".join(running[running["section"] == "outlet"]["text"])
    wire = "\n\n".join(running[running["section"] == "wire"]["text"])
    return alignment_table(align(wire, outlet))


def blocks_table(book: Book) -> str:
    blocks = book.analysis.tables["blocks"].copy()
    blocks["kind_label"] = blocks["kind"].map(BLOCK_KIND_LABELS)
    blocks["section_label"] = [part_label(s, k) for s, k in zip(blocks["section"], blocks["kind"], strict=True)]
    return fold(
        frame_html(
            blocks,
            {"block": "Block", "kind_label": "Kind", "section_label": "Part", "words": "Words", "text": "Text"},
            "The article's blocks, in reading order",
            truncate={"text": 90},
        ),
        f"Table: the article's {len(blocks)} blocks, their kind, part and words",
    )


def quotes_table(book: Book) -> str:
    quotes = book.analysis.tables["quotes"].copy()
    quotes["kind_label"] = quotes["kind"].map({"speech": "speech", "term": "quoted term"})
    quotes["how"] = quotes["attribution"].map(ATTRIBUTION_LABELS).fillna("")
    quotes["part"] = _parts(book, quotes["start"])
    return fold(
        frame_html(
            quotes,
            {
                "text": "Quotation",
                "kind_label": "Kind",
                "speaker": "Speaker",
                "how": "How named",
                "cue": "Verb",
                "words": "Words",
                "part": "Part",
            },
            "Quotations and who speaks them",
            truncate={"text": 120},
            wide=True,
        ),
        f"Table: the {len(quotes)} quotations, who speaks each and how the text names them",
    )


def _parts(book: Book, offsets: pd.Series) -> list[str]:
    """The part each offset lies in, by the book's three names (an agency caption apart)."""
    document = book.analysis.document
    return [part_label(b.section, b.kind) for b in (document.block_at(int(o)) for o in offsets)]


def _where(book: Book, offsets: pd.Series) -> list[str]:
    """The kind of block each offset lies in, as readers call it ("body paragraph", "photo caption")."""
    document = book.analysis.document
    return [BLOCK_KIND_LABELS[document.block_at(int(o)).kind] for o in offsets]


def speech_table(book: Book) -> str:
    speech = book.analysis.tables["speech"].copy()
    speech["how"] = speech["attribution"].map(ATTRIBUTION_LABELS).fillna("")
    speech["part"] = _parts(book, speech["start"])
    speech["where"] = _where(book, speech["start"])
    return fold(
        frame_html(
            speech,
            {
                "speaker": "Speaker",
                "how": "How named",
                "cue": "Verb",
                "content": "What is reported",
                "where": "In a",
                "part": "Part",
            },
            "Reported speech: what is said, told without quotation marks",
            truncate={"content": 130},
            wide=True,
        ),
        f"Table: the {len(speech)} reports of speech, who speaks and what is reported",
    )


def dates_table(book: Book) -> str:
    dates = book.analysis.tables["dates"].copy()
    dates["part"] = _parts(book, dates["start"])
    dates["reading"] = [iso_reading(v) for v in dates["value"]]
    return fold(
        frame_html(
            dates,
            {
                "text": "Words",
                "reading": "Reads as",
                "granularity": "Precision",
                "part": "Part",
            },
            f"The article's time expressions, resolved against its date, {book.article.published:%-d %B %Y}",
        ),
        f"Table: the {len(dates)} time expressions and the dates they resolve to",
    )


SOURCE = "Newsweek, 20 Oct 2021, as published; counted by this book's analyzer"


def strip_figure(book: Book):
    from ..charts.anatomy import article_strip

    words = part_words(book)
    total = int(words.sum())
    wire, top = (f"{words.get(SECTION_LABELS[s], 0) / total:.0%}" for s in ("wire", "outlet"))
    title = f"The appended AP copy is {wire} of the words, Newsweek's top {top}"
    return article_strip(book.analysis.tables["blocks"], title, SOURCE)


def lengths_figure(book: Book):
    from ..charts.anatomy import sentence_lengths

    f = facts(book)
    wire_longer = float(f["an_wire_median"]) > float(f["an_outlet_median"])
    longer = SECTION_LABELS["wire" if wire_longer else "outlet"]
    median = max(float(f["an_wire_median"]), float(f["an_outlet_median"]))
    return sentence_lengths(
        book.analysis.tables["sentences"], f"Sentences run longer in {longer} (median {median:g} words)", SOURCE
    )


def quotes_figure(book: Book):
    from ..charts.anatomy import quoted_words

    f = facts(book)
    return quoted_words(
        book.analysis.tables["quotes"],
        f"{f['an_top_speaker']} speaks {f['an_top_speaker_share']} of the quoted words",
        SOURCE,
    )
