"""Chapter "How the article frames the event": the frame and its sponsor (Entman's four functions, who voices
them, how the same day's reports led), who is sourced, and the devices that carry the frame (hedges, sourcing
and naming, topics, labels, evaluations).

Every device and every framing passage gets its writer from the sentence alignment of the provenance chapter
(``data/rewrite.csv``): words the re-write changed are Newsweek's (or "AP or Newsweek" where the copies cannot
tell), words carried unchanged are AP's, the appended AP copy is AP's, an agency caption from AP is AP's, an
agency caption with no AP source is the agency's its credit names; words inside a quotation or reported speech are the
speaker's. Nothing falls back to a default.
"""

from __future__ import annotations

import re
from html import escape

import pandas as pd

from article_analysis.actors.voice import camp
from article_analysis.framing.topics import segment_shares

from ..book import Book, counted
from ..curated import framing as curated
from ..paths import data_path
from ..tables import badge, fold, frame_html, snippet, source_links, table_html
from ..vocab import AGENCY_CAPTION, CHANGE_LABELS, COVERAGE_LABELS, NOT_A_SIDE, QUALIFYING_TERMS, SECTION_LABELS
from .provenance import sentence_origins, version_label

TOPIC_LABELS = {
    "humanitarian_aid": "humanitarian aid",
    "security_terrorism": "security and terrorism",
    "diplomacy_recognition": "diplomacy and recognition",
    "history": "history",
    "rights": "rights",
}
FUNCTION_LABELS = {
    "distancing": "distancing",
    "sourcing": "sourcing",
    "naming": "naming",
    "epistemic": "hedge of likelihood",
    "tense": "tense (not counted)",
}
DEVICE_LABELS = {
    "distancing_adverb": "distancing adverb",
    "hearsay": "hearsay ('is said to')",
    "distancing_label": "distancing label",
    "naming_label": "'so-called'",
    "doubting_verb": "speech verb that casts doubt",
    "source_credit": "source named",
    "modal": "modal verb",
    "epistemic_adverb": "adverb of likelihood",
    "epistemic_adjective": "adjective of likelihood",
    "epistemic_verb": "verb of appearance",
    "scare_quotes": "quoted term (scare quotes)",
    "naming_quotes": "quoted name",
}
PATTERN_LABELS = {
    "appositive": "appositive",
    "relative": "relative clause",
    "as": "named as",
    "title": "title",
    "role": "role standing for a name",
    "collective": "adjective and collective noun",
}
#: Who wrote a passage, from the alignment (see the module's docstring).
WRITER_LABELS = {
    "newsweek": "Newsweek (its re-write or its own words)",
    "ap": "AP, carried into Newsweek's top",
    "ap_or_newsweek": "AP or Newsweek: the stored copies cannot tell",
    "ap_appended": "AP, in the appended AP copy",
    "ap_photo": "AP (an agency caption)",
    "photo_agency": "the agency its caption credits",
}
#: The article's parts a topic word is counted in, captions apart from the paragraphs around them.
TOP_REST = "rest of Newsweek's top"
WIRE = "the appended AP copy"
SEGMENTS = ("headline", "lede", TOP_REST, "agency caption in Newsweek's top", WIRE, "agency caption in the AP copy")
#: The source types a reader of a humanitarian story would look for (Gender Gap Tracker style: who is quoted).
LOOKED_FOR = ("aid_agency", "un_body", "civilian", "independent_expert")


# --- Who wrote it: the alignment ---------------------------------------------------------------------------


def _parts(words: str) -> list[str]:
    return [p.strip() for p in str(words or "").split("...")]


def _pairs(row) -> list[tuple[str, str]]:
    """The (source, re-write) pairs of a re-write row's words that differ ('(none)' where one side has nothing)."""
    source, rewrite = _parts(row["source_words"]), _parts(row["rewrite_words"])
    if len(source) != len(rewrite):  # the loader refuses such rows; a hand-made row in a test may not
        source = source + [""] * (len(rewrite) - len(source))
    return list(zip(source, rewrite, strict=False))


def _spans_of(sentence: str, base: int, part: str) -> list[tuple[int, int]]:
    """Where ``part`` occurs in a sentence, as offsets into the article."""
    found, at = [], sentence.find(part)
    while part and part != "(none)" and at >= 0:
        found.append((base + at, base + at + len(part)))
        at = sentence.find(part, at + 1)
    return found


def changed_by_rewrite(row, start: int, end: int, word: str | None = None) -> bool:
    """Whether the words at ``start:end`` are among the words the re-write changed: inside a re-write part that
    differs from its source part (for a single device ``word``, one its source part does not already hold)."""
    for source, rewrite in _pairs(row):
        for s, e in _spans_of(row["text"], row["start"], rewrite):
            if s < end and start < e and (word is None or word.lower() not in source.lower()):
                return True
    return False


def _cached(book: Book, name: str, make):
    """A value computed once per book (the book is not hashable, so it keeps its own)."""
    store = book.__dict__.setdefault("_framing_cache", {})
    if name not in store:
        store[name] = make()
    return store[name]


def _origins(book: Book) -> pd.DataFrame:
    return _cached(book, "origins", lambda: sentence_origins(book))


def sentence_row(book: Book, start: int, end: int) -> pd.Series | None:
    origins = _origins(book)
    row = origins[(origins["start"] <= start) & (origins["end"] >= end)]
    return row.iloc[0] if len(row) else None


def _credit(book: Book, block_id: int) -> str:
    """The photo credit of the figure a caption block belongs to ('Getty')."""
    blocks = book.analysis.tables["blocks"]
    figure = blocks.loc[blocks["block"] == block_id, "figure"]
    if not len(figure) or pd.isna(figure.iloc[0]):
        return ""
    credit = blocks[(blocks["figure"] == figure.iloc[0]) & (blocks["kind"] == "credit")]
    return str(credit["text"].iloc[0]).strip() if len(credit) else ""


def writer_of(book: Book, start: int, end: int, word: str | None = None) -> tuple[str, str]:
    """Who wrote the words at ``start:end`` (a key of :data:`WRITER_LABELS`) and how the alignment shows it."""
    row = sentence_row(book, start, end)
    if row is None:
        return "newsweek", "no sentence of the alignment holds these words"
    versions = book.data["versions"].set_index("id")
    version, by = row["version"], row["by"]
    block = book.analysis.document.block_at(start)
    if version and versions.loc[version, "relation"] == "wire_caption":
        return "ap_photo", f"an agency caption from AP ({version_label(version, book.data['versions'])})"
    if not version:
        if block is not None and block.kind == "caption":
            return "photo_agency", f"a caption with no AP source; credit: {_credit(book, block.id) or 'none'}"
        return "newsweek", "Newsweek's own sentence: no AP source"
    changed = changed_by_rewrite(row, start, end, word)
    if row["section"] == "wire":
        if changed and by == "unknown":
            return "ap_or_newsweek", f"changed from AP's text by AP or Newsweek ({row['rewrite_words']})"
        return "ap_appended", "the appended AP copy"
    if changed:
        key = {"rewrite": "newsweek", "unknown": "ap_or_newsweek"}.get(by, "ap")
        how = f"{CHANGE_LABELS.get(row['primary'], row['primary'])}: AP \u201c{row['source_words']}\u201d / " \
              f"\u201c{row['rewrite_words']}\u201d"  # fmt: skip
        return key, how
    return "ap", f"carried from {row['source_label']}"


def _speaker_at(book: Book, start: int) -> str:
    """The speaker whose quoted or reported words hold ``start`` ('' when none does)."""
    for q in book.analysis.quotes:
        if q.kind == "speech" and q.start <= start < q.end:
            return q.speaker or "an unnamed speaker"
    for r in book.analysis.reports:
        if r.cue_start >= 0 and r.cue_start < start < r.end:
            return r.speaker or r.speaker_text or "an unnamed speaker"
    return ""


# --- The devices -----------------------------------------------------------------------------------------


def hedges(book: Book) -> pd.DataFrame:
    """Every device the analyzer finds, with its function, whose it is and its writer from the alignment."""
    table = book.analysis.tables["hedges"].copy()
    whose, writer, how = [], [], []
    for h in table.itertuples():
        speaker = _speaker_at(book, h.start) if (h.in_quotation or h.in_reported_speech) else ""
        key, shown = writer_of(book, h.start, h.end, h.text)
        whose.append(f"{speaker}, {'quoted' if h.in_quotation else 'reported'}" if speaker else "the writer")
        writer.append(key)
        how.append(shown)
    table["whose"] = whose
    table["writer"] = writer
    table["writer_label"] = table["writer"].map(WRITER_LABELS)
    table["origin"] = how
    table["function_label"] = table["function"].map(FUNCTION_LABELS)
    table["device_label"] = table["device"].map(DEVICE_LABELS)
    table["context"] = [snippet(book.text, s, e) for s, e in zip(table["start"], table["end"], strict=True)]
    return table


def removed_hedges(book: Book) -> pd.DataFrame:
    """Qualifying or distancing words of the AP source that the re-write dropped ('the apparent contradiction'
    turned 'the contradiction'), from the alignment's pairs of words that differ."""
    rows = []
    words = QUALIFYING_TERMS + tuple(k for k, f in _lexicon_functions().items() if f == "distancing")
    for r in _origins(book).itertuples():
        if r.section != "outlet" or not r.version:
            continue
        for source, rewrite in _pairs(r._asdict()):
            for w in words:
                if f" {w} " in f" {source.lower()} " and f" {w} " not in f" {rewrite.lower()} ":
                    rows.append({"word": w, "sentence": r.sentence, "source_words": source, "rewrite_words": rewrite,
                                 "by": r.by, "source_label": r.source_label})  # fmt: skip
    return pd.DataFrame(rows, columns=["word", "sentence", "source_words", "rewrite_words", "by", "source_label"])


def _lexicon_functions() -> dict[str, str]:
    from article_analysis.framing.wordlists import HEDGE_FUNCTIONS

    return HEDGE_FUNCTIONS


def labels(book: Book) -> pd.DataFrame:
    """The detector's labels, each with its writer: the speaker's inside quoted or reported words."""
    table = book.analysis.tables["labels"].copy()
    table["pattern_label"] = table["pattern"].map(PATTERN_LABELS)
    writers = []
    for x in table.itertuples():
        speaker = _speaker_at(book, x.start)
        writers.append(f"{speaker} (speaker)" if speaker else WRITER_LABELS[writer_of(book, x.start, x.end)[0]])
    table["writer"] = writers
    checks = _checks(book, "labels")
    table["check"] = [_check_text(checks, x.start, x.end) or "holds" for x in table.itertuples()]
    return table


def _checks(book: Book, detector: str) -> pd.DataFrame:
    checks = framing_data(book)["detector_checks"]
    return checks[checks["detector"] == detector]


def _check_text(checks: pd.DataFrame, start: int, end: int) -> str:
    """A reader's finding on the detector's output at ``start:end`` (a label misattached, a word in the wrong
    sense), or ''."""
    hit = checks[(checks["finding"] != "missed") & (checks["start"] < end) & (checks["end"] > start)]
    return "; ".join(f"{curated.DETECTOR_FINDING_LABELS[h.finding]}: {h.reason}" for h in hit.itertuples())


def _writer_with_speaker(book: Book, start: int, end: int) -> str:
    speaker = _speaker_at(book, start)
    return f"{speaker} (speaker)" if speaker else WRITER_LABELS[writer_of(book, start, end)[0]]


def missed_labels(book: Book) -> pd.DataFrame:
    """What a reader finds that the label detector misses: group descriptions of actors, each with its writer
    from the alignment (the speaker's inside quoted or reported words)."""
    missed = _checks(book, "labels")
    missed = missed[missed["finding"] == "missed"].sort_values("start")
    names = book.actor_names
    return pd.DataFrame(
        {
            "text": missed["words"],
            "actor": [", ".join(names[i] for i in v.split(";")) for v in missed["actor"]],
            "writer": [_writer_with_speaker(book, s, e) for s, e in zip(missed["start"], missed["end"], strict=True)],
            "start": missed["start"],
        }
    ).reset_index(drop=True)


def evaluations(book: Book) -> pd.DataFrame:
    """The detector's evaluative words in the writers' own sentences, each word with its writer."""
    rows = []
    for e in book.analysis.tables["evaluations"].itertuples():
        for term in e.terms.split(";"):
            at = book.text.lower().find(term, e.start, e.end)
            rows.append({"sentence": e.sentence, "term": term, "start": at, "end": at + len(term), "text": e.text,
                         "sentence_start": e.start, "sentence_end": e.end,
                         "writer": WRITER_LABELS[writer_of(book, at, at + len(term), term)[0]]})  # fmt: skip
    columns = ["sentence", "term", "start", "end", "text", "sentence_start", "sentence_end", "writer"]
    return pd.DataFrame(rows, columns=columns)


# --- The frame: Entman's four functions --------------------------------------------------------------------


def framing_data(book: Book) -> dict[str, pd.DataFrame]:
    """The chapter's hand-coded tables, validated (see :mod:`article_report.curated.framing`)."""
    return _cached(book, "data", lambda: _load(book))


def _load(book: Book) -> dict[str, pd.DataFrame]:
    ids = {a.id for a in book.gazetteer}
    statements = curated.load_statements(data_path("statements.csv"), book.text, ids)
    speakers = {i for v in statements["speaker"] for i in v.split(";")}
    keys = set(book.data["bibliography"].entries)
    return {
        "frame_functions": curated.load_frame_functions(data_path("frame_functions.csv"), book.text, ids),
        "statements": statements,
        "sources_people": curated.load_sources_people(data_path("sources_people.csv"), book.text, speakers),
        "sponsorship": curated.load_sponsorship(data_path("sponsorship.csv"), book.data["versions"], keys),
        "detector_checks": curated.load_detector_checks(data_path("detector_checks.csv"), book.text, ids),
        "mention_readings": book.data["mention_readings"],
    }


def decisions(book: Book) -> pd.DataFrame:
    """The written record of the second reading: each reader's proposal, the decision and why."""
    return _cached(book, "decisions", lambda: curated.load_read_decisions(data_path("framing_second_reading.csv")))


def _side(book: Book, voice: str) -> str:
    if voice == curated.WRITER:
        return "writer"
    sides = {book.actor_names[camp(i, book.gazetteer)] for i in voice.split(";")}
    return " and ".join(sorted(sides))


def functions(book: Book) -> pd.DataFrame:
    """Each framing passage with its function, voice (speaker or writer), side and writer from the alignment."""
    table = framing_data(book)["frame_functions"].copy()
    names = book.actor_names
    table["function_label"] = table["function"].map(curated.FUNCTION_LABELS)
    table["frame_label"] = table["frame"].map(curated.FRAME_LABELS)
    table["side"] = [_side(book, v) for v in table["voice"]]
    table["voice_label"] = [
        "the text's own voice" if v == curated.WRITER else " and ".join(names[i] for i in v.split(";"))
        for v in table["voice"]
    ]
    table["writer"] = [writer_of(book, s, e)[0] for s, e in zip(table["start"], table["end"], strict=True)]
    table["writer_label"] = table["writer"].map(WRITER_LABELS)
    table["order"] = table["function"].map({f: i for i, f in enumerate(curated.FUNCTIONS)})
    return table.sort_values(["order", "start"], ignore_index=True)


def statements(book: Book) -> pd.DataFrame:
    """Every reported statement with its speaker, side, the part of the article it is in and its writer."""
    table = framing_data(book)["statements"].copy()
    doc = book.analysis.document
    names = book.actor_names
    parts = []
    for s in table["start"]:
        block = doc.block_at(s)
        where = SECTION_LABELS[block.section]
        parts.append(f"{where}, {AGENCY_CAPTION}" if block.kind == "caption" else where)
    table["part"] = parts
    table["speaker_label"] = [" and ".join(names[i] for i in v.split(";")) for v in table["speaker"]]
    table["side"] = [_side(book, v) for v in table["speaker"]]
    table["writer"] = [
        WRITER_LABELS[writer_of(book, s, e)[0]] for s, e in zip(table["start"], table["end"], strict=True)
    ]
    speech = [q.start for q in book.analysis.quotes if q.kind == "speech"]
    speech += [r.cue_start for r in book.analysis.reports]
    spans = zip(table["start"], table["end"], strict=True)
    table["found_by_analyzer"] = [any(s <= at < e for at in speech) for s, e in spans]
    table["found"] = table["found_by_analyzer"].map({True: "the analyzer and a reader", False: "a reader only"})
    return table


def people(book: Book) -> pd.DataFrame:
    """Each speaker: gender (the text's words only), source type, side, statements quoted and paraphrased."""
    data = framing_data(book)
    st = statements(book)
    rows = []
    for p in data["sources_people"].itertuples():
        own = st[st["speaker"].str.split(";").apply(lambda ids, s=p.speaker: s in ids)]
        rows.append({
            "speaker": p.speaker, "name": book.actor_names[p.speaker], "gender": p.gender, "evidence": p.evidence,
            "source_type": curated.SOURCE_TYPE_LABELS[p.source_type], "side": _side(book, p.speaker),
            "quoted": int((own["kind"] == "quotation").sum()), "paraphrased": int((own["kind"] == "paraphrase").sum()),
            "in_top": int(own["part"].str.startswith(SECTION_LABELS["outlet"]).sum()),
            "in_wire": int(own["part"].str.startswith(SECTION_LABELS["wire"]).sum()),
        })  # fmt: skip
    return pd.DataFrame(rows).sort_values(["quoted", "paraphrased"], ascending=False, ignore_index=True)


def sponsorship(book: Book) -> pd.DataFrame:
    """How each same-day report led, by the rule of :func:`article_report.curated.framing.lead_frame`."""
    table = framing_data(book)["sponsorship"].copy()
    versions = book.data["versions"].set_index("id")
    rows = []
    for r in table.itertuples():
        headline = r.headline_en or versions.loc[r.version, "headline"]
        lead, decided = curated.lead_frame(headline, r.lede_words, bool(r.lede_words))
        rows.append({"version": r.version, "label": versions.loc[r.version, "label"],
                     "relation": versions.loc[r.version, "relation"], "headline": headline,
                     "lede_words": r.lede_words, "lead": lead, "lead_label": curated.LEAD_LABELS[lead],
                     "decided_by": decided, "source": r.source, "note": r.note})  # fmt: skip
    return pd.DataFrame(rows)


# --- Topics --------------------------------------------------------------------------------------------------


def segments(book: Book) -> dict[str, list[int]]:
    """The blocks of each segment: headline, lede, the rest of Newsweek's top, its agency caption, the appended AP
    copy's paragraphs, its agency caption (captions counted apart)."""
    blocks = book.analysis.tables["blocks"]
    outlet, wire = blocks[blocks["section"] == "outlet"], blocks[blocks["section"] == "wire"]
    paragraphs = outlet[outlet["kind"] == "paragraph"]
    lede = [int(paragraphs["block"].iloc[0])] if len(paragraphs) else []
    return {
        "headline": list(blocks.loc[blocks["kind"] == "headline", "block"]),
        "lede": lede,
        TOP_REST: [b for b in paragraphs["block"] if b not in lede],
        SEGMENTS[3]: list(outlet.loc[outlet["kind"] == "caption", "block"]),
        WIRE: list(wire.loc[wire["kind"] == "paragraph", "block"]),
        SEGMENTS[5]: list(wire.loc[wire["kind"] == "caption", "block"]),
    }


def topic_counts(book: Book) -> pd.DataFrame:
    return segment_shares(book.analysis.tables["topics"], segments(book))


def leaders(counts: pd.DataFrame, segment: str) -> list[str]:
    """The topics with the most words in a segment: more than one where they tie (a tie is not broken)."""
    part = counts[counts["segment"] == segment]
    top = part["matches"].max() if len(part) else 0
    return list(part.loc[part["matches"] == top, "topic"]) if top else []


def leader_text(counts: pd.DataFrame, segment: str) -> str:
    part = counts[counts["segment"] == segment].set_index("topic")["matches"]
    tops = leaders(counts, segment)
    if not tops:
        return "no topic word"
    names = " and ".join(TOPIC_LABELS[t] for t in tops)
    n = int(part[tops[0]])
    others = ", ".join(f"{TOPIC_LABELS[t]} {int(v)}" for t, v in part.items() if t not in tops and v)
    tie = f"tied at {n} words each" if len(tops) > 1 else counted(n, "word", "words", start=False)
    return f"{names} ({tie}{'; ' + others if others else ''})"


def first_topic(book: Book, segment: str) -> str:
    """The topic of the first topic word in a segment: what its reader meets first."""
    from article_analysis.framing.topics import topic_matches

    blocks = set(segments(book)[segment])
    lexicon = book.analysis.results["topic_lexicon"]
    found = [m for m in topic_matches(book.analysis.document, lexicon) if m.block in blocks]
    return TOPIC_LABELS[found[0].topic] if found else "none"


# --- The facts the prose glues ---------------------------------------------------------------------------------


def facts(book: Book) -> dict[str, object]:
    fn = functions(book)
    voiced = fn[fn["voice"] != curated.WRITER]
    russia = book.actor_names["Q159"]
    problems = fn[fn["function"] == "problem_definition"]
    problem_sides = sorted(set(problems["side"]))
    writer_rows = fn[fn["voice"] == curated.WRITER]
    adopted = writer_rows.groupby("function").size()
    headline_block = segments(book)["headline"]
    headline_rows = (
        fn[fn["start"] < book.analysis.document.blocks[headline_block[0] - 1].end] if headline_block else fn[:0]
    )
    sp = sponsorship(book)
    coded = sp[sp["lead"] != "not_coded"]
    own_lead = sp.loc[sp["version"] == "newsweek", "lead"].iloc[0]
    same = coded[(coded["lead"] == own_lead) & ~coded["version"].isin(["newsweek", "respin-washingtonnewsday"])]
    ap_texts = coded[coded["relation"].isin(["wire_version", "wire_short"])]
    ap_leads = sorted(set(ap_texts["lead"]))
    st = statements(book)
    ppl = people(book)
    data = framing_data(book)
    types_present = set(data["sources_people"]["source_type"])
    absent = [curated.SOURCE_TYPE_LABELS[t] for t in LOOKED_FOR if t not in types_present]
    top = st[st["part"].str.startswith(SECTION_LABELS["outlet"])]
    wire = st[~st["part"].str.startswith(SECTION_LABELS["outlet"])]
    table = hedges(book)
    writers_own = table[~table["in_quotation"] & ~table["in_reported_speech"]]
    distancing = writers_own[writers_own["function"] == "distancing"]
    added = distancing[distancing["writer"] == "newsweek"]
    removed = removed_hedges(book)
    counts = topic_counts(book)
    female = sum(book.text.lower().split().count(w) for w in ("she", "her", "hers", "herself", "woman", "women"))
    ev = evaluations(book)
    mentions = book.mentions
    afg = mentions[mentions["actor_id"] == "Q889"]
    return {
        # the frame and its sponsor
        "fr_n_passages": len(fn),
        "fr_n_voiced": len(voiced),
        "fr_russia_voiced": int((voiced["side"] == russia).sum()),
        "fr_taliban_voiced": int((voiced["side"] == book.actor_names["taliban"]).sum()),
        "fr_n_writer_passages": len(writer_rows),
        "fr_n_problem": len(problems),
        "fr_problem_sides": " and ".join(problem_sides),
        "fr_writer_moral": int(adopted.get("moral_evaluation", 0)),
        "fr_writer_causal": int(adopted.get("causal_interpretation", 0)),
        "fr_n_causal": int((fn["function"] == "causal_interpretation").sum()),
        "fr_writer_remedy": int(adopted.get("remedy", 0)),
        "fr_headline_frame": ", ".join(sorted(set(headline_rows["frame_label"]))) or "none",
        "fr_n_reports_coded": len(coded),
        "fr_own_lead": curated.LEAD_LABELS[own_lead],
        "fr_n_same_lead": len(same),
        "fr_same_lead": ", ".join(same["label"]),
        "fr_ap_lead": " and ".join(curated.LEAD_LABELS[x] for x in ap_leads),
        "fr_ap_inclusive": int((ap_texts["lead"] == "inclusive_government").sum()),
        "fr_n_ap_texts": len(ap_texts),
        **{f"fr_lead_{k}": int((coded["lead"] == k).sum()) for k in curated.LEAD_LABELS if k != "not_coded"},
        "fr_n_not_coded": int((sp["lead"] == "not_coded").sum()),
        "fr_lede_words": curated.LEDE_WORDS,
        # sourcing
        "fr_n_statements": len(st),
        "fr_n_quoted": int((st["kind"] == "quotation").sum()),
        "fr_n_paraphrased": int((st["kind"] == "paraphrase").sum()),
        "fr_n_statements_top": len(top),
        "fr_n_statements_wire": len(wire),
        "fr_russia_statements": int((st["side"] == russia).sum()),
        "fr_russia_statements_top": int((top["side"] == russia).sum()),
        "fr_n_speakers": int(((ppl["quoted"] + ppl["paraphrased"]) > 0).sum()),
        "fr_credited_only": " and ".join(ppl.loc[(ppl["quoted"] + ppl["paraphrased"]) == 0, "name"]) or "nobody",
        "fr_n_men_by_text": int((ppl["gender"] == "man").sum()),
        "fr_n_gender_not_stated": int((ppl["gender"] == "not stated").sum()),
        "fr_n_women": int((ppl["gender"] == "woman").sum()),
        "fr_female_words": female,
        "fr_absent_types": ", ".join(absent),
        "fr_n_absent_types": len(absent),
        "fr_taliban_speakers": " and ".join(ppl.loc[ppl["side"] == book.actor_names["taliban"], "name"]) or "nobody",
        # devices
        "fr_n_devices": int((table["function"] != "tense").sum()),
        "fr_n_tense": int((table["function"] == "tense").sum()),
        **{f"fr_n_{f}": int((table["function"] == f).sum()) for f in ("distancing", "sourcing", "naming", "epistemic")},
        "fr_n_writer_distancing": len(distancing),
        "fr_writer_distancing": ", ".join(f"\u201c{t}\u201d" for t in distancing["text"]),
        "fr_n_added_distancing": len(added),
        "fr_n_removed": len(removed),
        "fr_removed": ", ".join(f"\u201c{w}\u201d" for w in removed["word"]),
        # topics
        "fr_headline_topic": leader_text(counts, "headline"),
        "fr_headline_first_topic": first_topic(book, "headline"),
        "fr_lede_topic": leader_text(counts, "lede"),
        "fr_top_topic": leader_text(counts, TOP_REST),
        "fr_wire_topic": leader_text(counts, WIRE),
        "fr_wire_security": int(counts.set_index(["segment", "topic"])["matches"].get((WIRE, "security_terrorism"), 0)),
        # labels and evaluations
        "fr_n_labels": len(book.analysis.tables["labels"]),
        **_label_facts(book),
        "fr_n_evaluative_words": len(ev),
        "fr_evaluative_words": ", ".join(
            f"\u201c{t}\u201d ({w})" for t, w in zip(ev["term"], ev["writer"], strict=True)
        ),
        "fr_n_reader_evaluations": int(
            ((fn["function"] == "moral_evaluation") & (fn["voice"] == curated.WRITER)).sum()
        ),
        # Afghanistan, place or actor
        "fr_afg_mentions": len(afg),
        "fr_afg_place": int((afg["reading"] == "place").sum()),
        "fr_afg_topic": int((afg["reading"] == "topic").sum()),
        "fr_afg_actor": int((afg["reading"] == "actor").sum()),
        "fr_afg_split": f"{len(afg)} ({int((afg['reading'] == 'place').sum())} places, "
        f"{int((afg['reading'] == 'topic').sum())} topics, {int((afg['reading'] == 'actor').sum())} actors)",
        **_voice_facts(book),
    }


def _label_facts(book: Book) -> dict[str, object]:
    labels_found = labels(book)
    ev_checks = _checks(book, "evaluations")
    errors = ev_checks[ev_checks["finding"] == "wrong_sense"]
    missed_words = ev_checks[ev_checks["finding"] == "missed"]
    misattached = labels_found[labels_found["check"] != "holds"]
    return {
        "fr_labels_summary": f"{len(labels_found)}: {int((labels_found['check'] == 'holds').sum())} hold, "
        f"{len(misattached)} attached to the wrong actor; a reader finds {len(missed_labels(book))} the detector "
        "misses",
        "fr_evaluative_summary": f"{len(evaluations(book))}, {len(errors)} of them a detector error; a reader "
        f"finds {len(missed_words)} the lexicon misses",
        "fr_n_labels_hold": int((labels_found["check"] == "holds").sum()),
        "fr_n_labels_misattached": len(misattached),
        "fr_labels_misattached": "; ".join(f"\u201c{t}\u201d" for t in misattached["text"]) or "none",
        "fr_n_labels_missed": len(missed_labels(book)),
        "fr_evaluative_errors": ", ".join(
            f"\u201c{r.words}\u201d in \u201c{snippet_words(book.text, r.start, r.end)}\u201d"
            for r in errors.itertuples()
        )
        or "none",
        "fr_n_evaluative_missed": len(missed_words),
        "fr_evaluative_missed": ", ".join(f"\u201c{w}\u201d" for w in missed_words["words"]) or "none",
    }


def snippet_words(text: str, start: int, end: int) -> str:
    """The word before ``start:end`` and the words themselves ('worked hard')."""
    before = text[:start].split()
    return f"{before[-1]} {text[start:end]}" if before else text[start:end]


def share_text(part: int, whole: int) -> str:
    """A share with the counts it rests on: '36% (25 of 69)'."""
    return f"{part / whole:.0%} ({part} of {whole})" if whole else "none (0 of 0)"


def mention_facts(book: Book) -> dict[str, object]:
    """How the rule's readings of the mentions compare with the second reading's, over every mention found."""
    every = book.all_mentions
    reread = int((every["read_by"] != "the rule").sum())
    return {
        "fr_n_mentions_found": len(every),
        "fr_n_mentions_rule_agrees": len(every) - reread,
        "fr_n_mentions_reread": reread,
    }


def _voice_facts(book: Book) -> dict[str, object]:
    voice = voice_shares(book).set_index("side")
    in_room, voices = absent_voices(book)
    russia, taliban = voice.loc["Russia"], voice.loc["Taliban"]
    mentions, words = int(voice["mentions"].sum()), int(voice["quoted_words"].sum())
    return {
        "fr_russia_mention_share": share_text(int(russia["mentions"]), mentions),
        "fr_russia_quote_share": share_text(int(russia["quoted_words"]), words),
        "fr_taliban_mention_share": share_text(int(taliban["mentions"]), mentions),
        "fr_taliban_quote_share": share_text(int(taliban["quoted_words"]), words),
        "fr_n_side_mentions": mentions,
        **mention_facts(book),
        "fr_n_absent_in_room": len(in_room),
        "fr_absent_in_room": ", ".join(in_room["party"]) if len(in_room) else "none",
        "fr_n_voices_elsewhere": len(voices),
    }


def voice_shares(book: Book) -> pd.DataFrame:
    """Per side: share of the mentions that read as an actor (not a place or a topic) against the share of
    quoted words and of reported statements."""
    actors = book.analysis.tables["actors"]
    kinds = {a.id: a.kind for a in book.gazetteer}
    as_actor = book.mentions[book.mentions["reading"] == "actor"].groupby("actor_id").size()
    rows = []
    for r in actors.itertuples():
        if kinds[r.id] in NOT_A_SIDE:
            continue
        rows.append({"side": book.actor_names[camp(r.id, book.gazetteer)], "mentions": int(as_actor.get(r.id, 0)),
                     "quoted_words": r.quoted_words, "reports": r.reports})  # fmt: skip
    table = pd.DataFrame(rows).groupby("side", as_index=False).sum()
    for column in ("mentions", "quoted_words", "reports"):
        total = table[column].sum()
        table[f"{column}_share"] = (table[column] / total).round(3) if total else 0.0
    return table.sort_values(["mentions", "side"], ascending=[False, True], ignore_index=True)


def absent_voices(book: Book) -> tuple[pd.DataFrame, pd.DataFrame]:
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
    voiced_sides = {camp(i, book.gazetteer) for i in actors.index if actors.loc[i, "voice"] != "mentioned only"}
    rows = []
    for p in third.itertuples():
        if camp(p.participant, book.gazetteer) in voiced_sides:
            continue  # the side speaks (the Taliban through Hanafi)
        mentioned = p.participant in actors.index
        rows.append({"party": names[p.participant], "in the room": p.status.replace("_", " "),
                     "in the article": "mentioned, never quoted or reported" if mentioned else "not mentioned",
                     "source": p.sources})  # fmt: skip
    voices = []
    for fact, part in heard_elsewhere.groupby("fact"):
        texts = sorted({versions.loc[v, "label"] for v in part["version"]})
        newsweek = coverage[(coverage["fact"] == fact) & (coverage["version"] == "newsweek")]["status"]
        status = COVERAGE_LABELS.get(newsweek.iloc[0], "") if len(newsweek) else ""
        voices.append({"voice": part["description"].iloc[0], "heard in": "; ".join(texts), "in the article": status})
    return pd.DataFrame(rows), pd.DataFrame(voices)


# --- Tables and figures -------------------------------------------------------------------------------------------

#: A coder's note points to a provenance row by its file ("rewrite.csv, s2"); a reader meets the table's name.
_ROW_POINTER = re.compile(r"\brewrite\.csv,? ")


def for_readers(note: str) -> str:
    """A coder's note in readers' words: a pointer to a provenance row names the table, not its file."""
    return _ROW_POINTER.sub("the provenance table, row ", note)


def functions_table(book: Book) -> str:
    table = functions(book)
    rows = [
        {"function": r.function_label, "voice": r.voice_label, "frame": r.frame_label, "writer": r.writer_label,
         "words": f"\u201c{escape(r.words)}\u201d" + (f"<br><small>{escape(for_readers(r.note))}</small>"
                                                     if r.note else "")}
        for r in table.itertuples()
    ]  # fmt: skip
    html = table_html(
        rows,
        {
            "function": "Function",
            "words": "Words (and the coder's note)",
            "voice": "Voiced by",
            "frame": "Frame",
            "writer": "Written by (alignment)",
        },
        "Entman's four functions: the words that perform each, who voices them, who wrote them",
        raw=("words",),
        wide=True,
    )
    return fold(html, f"Table: the {len(rows)} framing passages, with who voices and who wrote each")


def functions_summary(book: Book) -> str:
    fn = functions(book)
    summary = fn.assign(who=fn["side"].where(fn["side"] != "writer", "the text's own voice"))
    pivot = summary.pivot_table(index="function_label", columns="who", values="id", aggfunc="count", fill_value=0)
    pivot = pivot.reindex([curated.FUNCTION_LABELS[f] for f in curated.FUNCTIONS]).fillna(0).astype(int)
    pivot = pivot.reset_index().rename(columns={"function_label": "Function"})
    html = frame_html(pivot, {c: c for c in pivot.columns}, "Framing passages by function and voice")
    return html.replace('class="aa-table"', 'class="aa-table aa-counts"', 1)  # a grid on a phone too


def sponsorship_table(book: Book) -> str:
    table = sponsorship(book)
    rows = [
        {"label": r.label, "headline": r.headline, "lede": r.lede_words or "(not read again)",
         "lead": r.lead_label, "decided": r.decided_by or "—", "source": source_links(r.source)}
        for r in table.itertuples()
    ]  # fmt: skip
    html = table_html(
        rows,
        {
            "label": "Report",
            "headline": "Headline",
            "lede": "Lede (its words with the first cue)",
            "lead": "Leads with",
            "decided": "Decided by",
            "source": "Copy read",
        },
        "How the reports of 20 October 2021 led, coded by rule",
        raw=("source",),
        wide=True,
    )
    return fold(html, f"Table: the {len(rows)} reports of the day, the words each led with and its lead")


def statements_table(book: Book) -> str:
    table = statements(book)
    html = frame_html(
        table,
        {
            "speaker_label": "Speaker",
            "named_as": "Named as",
            "kind": "Quoted or paraphrased",
            "part": "Where",
            "found": "Found by",
            "words": "Statement",
            "writer": "Written by (alignment)",
        },
        "Every statement the article reports, and who makes it",
        wide=True,
    )
    return fold(html, f"Table: the {len(table)} statements the article reports, and who makes each")


def people_table(book: Book) -> str:
    table = people(book)
    html = frame_html(
        table,
        {
            "name": "Speaker",
            "source_type": "Source type",
            "side": "Side",
            "gender": "Gender (the text's words)",
            "quoted": "Quoted",
            "paraphrased": "Paraphrased",
            "in_top": "In Newsweek's top",
            "in_wire": "In the appended AP copy",
        },
        "The people and bodies quoted or paraphrased, Gender Gap Tracker style",
    )
    return fold(html, f"Table: the {len(table)} speakers by source type, side and gender, and what each says where")


def hedges_table(book: Book) -> str:
    table = hedges(book)
    html = frame_html(
        table,
        {
            "text": "Words",
            "function_label": "Function",
            "device_label": "Device",
            "whose": "Whose",
            "writer_label": "Written by (alignment)",
            "context": "In context",
        },
        "Hedging, distancing, sourcing and naming devices, and whose they are",
        wide=True,
    )
    return fold(html, f"Table: the {len(table)} devices, what each does and whose words it is")


def labels_table(book: Book) -> str:
    """The detector's labels with a reader's check of each, and beside them the group descriptions a reader finds
    that the detector misses, each with its writer."""
    table = labels(book)
    rows = [
        {"actor": r.actor, "text": r.text, "how": r.pattern_label, "writer": r.writer, "check": r.check}
        for r in table.itertuples()
    ]
    missed = missed_labels(book)
    rows += [
        {"actor": r.actor, "text": r.text, "how": "a group description", "writer": r.writer,
         "check": curated.DETECTOR_FINDING_LABELS["missed"]}
        for r in missed.itertuples()
    ]  # fmt: skip
    html = table_html(
        rows,
        {"actor": "Actor", "text": "Label", "how": "How it is attached", "writer": "Written by",
         "check": "A reader's check"},
        "Labels the detector attaches to actors, a reader's check of each, and what it misses",
        wide=True,
    )  # fmt: skip
    return fold(html, f"Table: the {len(table)} labels the detector finds and the {len(missed)} descriptions it misses")


def readings_table(book: Book) -> str:
    """The mentions the second reading read otherwise than the rule, with the reading the book uses."""
    table = framing_data(book)["mention_readings"]
    rows = [
        {"context": f"\u201c{r.surface}\u201d in: {snippet(book.text, r.start, r.end, 35, 30)}",
         "rule": r.analyzer_reading, "reader": r.reading,
         "why": r.reason}
        for r in table.itertuples()
    ]  # fmt: skip
    html = table_html(
        rows,
        {"context": "Mention", "rule": "The rule's reading", "reader": "The reading used", "why": "Why"},
        "Mentions the second reading read otherwise than the rule",
        wide=True,
    )
    return fold(html, f"Table: the {len(rows)} mentions the second reading read otherwise, and why")


def decisions_table(book: Book) -> str:
    """Every proposal of the second reading, with the decision and why."""
    table = decisions(book)
    labels = {"applied": "applied", "applied_in_part": "applied in part", "rejected": "rejected"}
    table = table.assign(decision=table["decision"].map(labels), row=table["table"] + " " + table["row"])
    html = frame_html(
        table,
        {"row": "Row", "reader": "Reader", "proposal": "Proposal", "decision": "Decision", "reason": "Why"},
        "The second reading's proposals and what was decided",
        wide=True,
    )
    return fold(html, f"Table: the {len(table)} proposals of the second reading and the decision on each")


def evaluations_table(book: Book) -> str:
    """What the lexicon finds in the writers' own words, beside what a reader finds (the moral-evaluation
    passages in the text's own voice), each labelled by who found it."""
    ev = evaluations(book)
    fn = functions(book)
    reader = fn[(fn["function"] == "moral_evaluation") & (fn["voice"] == curated.WRITER)]
    checks = _checks(book, "evaluations")
    rows = [
        {"words": f"\u201c{r.term}\u201d in: {r.text}",
         "found": "the lexicon" + (f" ({_check_text(checks, r.start, r.end)})" if _check_text(checks, r.start, r.end)
                                   else ""),
         "writer": r.writer, "start": r.sentence_start, "end": r.sentence_end}
        for r in ev.itertuples()
    ]  # fmt: skip
    for r in checks[checks["finding"] == "missed"].itertuples():
        sentence = book.analysis.document.sentence_at(r.start)
        s0, s1 = (sentence.start, sentence.end) if sentence else (r.start, r.end)
        rows.append({"words": f"\u201c{r.words}\u201d in: {book.text[s0:s1]}",
                     "found": "a reader; the lexicon misses it", "writer": _writer_with_speaker(book, r.start, r.end),
                     "start": s0, "end": s1})  # fmt: skip
    for r in reader.itertuples():
        hit = ev[(ev["start"] >= r.start) & (ev["end"] <= r.end)]
        found = "a reader and the lexicon" if len(hit) else "a reader; the lexicon misses it"
        rows.append({"words": r.words, "found": found, "writer": r.writer_label, "start": r.start, "end": r.end})
    for row in rows:
        row["checked"] = checked_html(claims_over(book, row.pop("start"), row.pop("end")))
    html = table_html(
        rows,
        {"words": "Words", "found": "Found by", "writer": "Written by (alignment)", "checked": "Checked as"},
        "The writers' own evaluations: what the lexicon finds, what a reader finds, and the claims that check them",
        raw=("checked",),
        wide=True,
    )
    return fold(html, f"Table: the {len(rows)} evaluations in the writers' own words, and how each was checked")


def claims_over(book: Book, start: int, end: int) -> pd.DataFrame:
    """The checked claims whose words overlap ``start:end``: a sentence is checked when any claim, of any kind,
    overlaps it, not only a characterisation it holds whole (a claim may run past a sentence, or hold part of
    one)."""
    claims = book.data["claims"]
    return claims[(claims["start"] < end) & (claims["end"] > start)].sort_values("start")


def checked_html(claims: pd.DataFrame) -> str:
    """Each claim as a link to its row on the claims page with its verdict, or 'not checked'."""
    if not len(claims):
        return "not checked"
    return "<br>".join(
        f'<a href="data_claims.html#claim-{escape(c.id)}">{escape(c.id)}</a> {badge(c.verdict)}'
        for c in claims.itertuples()
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
    return (
        fold(room, f"Table: the {len(in_room)} delegations at the talks that get no voice"),
        fold(elsewhere, f"Table: the {len(voices)} voices other reports of the day carried"),
    )


def topics_figure(book: Book):
    from ..charts.framing import topic_counts as draw

    counts = topic_counts(book)
    wire = leaders(counts, WIRE)
    title = (
        f"The headline's first topic word is {first_topic(book, 'headline')}; the appended AP copy is mostly "
        + " and ".join(TOPIC_LABELS[t] for t in wire)
    )
    source = "Newsweek, 20 Oct 2021; topic words from this book's lexicon (Data: Topics); captions counted apart"
    return draw(counts, list(SEGMENTS), TOPIC_LABELS, title, source)


def changes(book: Book) -> pd.DataFrame:
    """Each count the re-reading changed: as the chapter stated it before, and as it is computed now."""
    f = facts(book)
    table = curated.load_changes(data_path("framing_changes.csv"), set(f))
    table["now"] = [str(f[k]) for k in table["after"]]
    return table


def changes_table(book: Book) -> str:
    table = changes(book)
    table = table.assign(before=table["before"].map(for_readers), why=table["why"].map(for_readers))
    html = frame_html(
        table,
        {"count": "Count", "before": "Before the re-reading", "now": "Now (computed)", "why": "Why"},
        "What the re-reading changed",
        wide=True,
    )
    return fold(html, f"Table: the {len(table)} counts the re-reading changed, before and now")


#: The tables the readers read row by row (the others hold only what the second reading added or re-read).
READ_BY_READERS = ("frame_functions", "statements", "sources_people", "sponsorship", "framing_changes")


#: How a row whose proposal was rejected records it (the reader did not agree, and nothing changed).
REJECTED = "changed: none; proposal"


def second_reading_facts(book: Book) -> dict[str, object]:
    """How many rows of the chapter's tables still wait for their second reading."""
    data = framing_data(book)
    tables = {**data, "framing_changes": curated.load_changes(data_path("framing_changes.csv"), set(facts(book)))}
    column = pd.concat([t["second_reading"] for t in tables.values()])
    read = pd.concat([tables[name]["second_reading"] for name in READ_BY_READERS])
    made = decisions(book)["decision"]
    return {
        "fr_rows_read": len(read),
        "fr_rows_pending": int((column == "pending").sum()),
        "fr_rows_agreed": int((read == "agreed").sum()),
        "fr_rows_changed": int((read.str.startswith("changed:") & ~read.str.startswith(REJECTED)).sum()),
        "fr_rows_rejected": int(read.str.startswith(REJECTED).sum()),
        "fr_n_proposals": len(made),
        "fr_n_readers": decisions(book)["reader"].nunique(),
        "fr_n_applied": int((made == "applied").sum()),
        "fr_n_applied_in_part": int((made == "applied_in_part").sum()),
        "fr_n_rejected": int((made == "rejected").sum()),
    }
