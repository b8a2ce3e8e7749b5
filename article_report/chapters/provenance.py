"""Chapter "How the article was made": which AP text each sentence came from, what the re-write changed, which of
those changes alter what a reader believes, and how the texts of the day relate.

Joins the analyzer's sentences to the curated re-write data by offsets, and reads the texts, the edges between
them and the coverage matrix. Every number the chapter, the landing page and the annotated article state comes
from :func:`facts`.
"""

from __future__ import annotations

import re
from html import escape

import pandas as pd

from ..book import Book, agree, counted
from ..curated.provenance import parts
from ..tables import (
    badge,
    changes_text,
    fold,
    plain_words,
    readable_note,
    readable_time,
    significance_mark,
    source_links,
    table_html,
)
from ..vocab import (
    AGENCY_CAPTION,
    BELIEF_CHANGES,
    CHAIN_RELATION_LABELS,
    CHANGE_KIND_LABELS,
    CHANGE_KINDS,
    CHANGE_LABELS,
    CHANGE_PRIORITY,
    CHANGED_BY_LABELS,
    CHECK_READERS,
    COVERAGE_LABELS,
    DISTANCING_TERMS,
    FOUND_AGAIN_LABELS,
    GROUP_SPEAKERS,
    INTRODUCED_LABELS,
    QUALIFYING_TERMS,
    RELATION_LABELS,
    SECOND_READING_PENDING,
    SETTLED_VERDICTS,
    SIGNIFICANCE,
    WIRE_RELATIONS,
)

#: What a sentence's origin is, for the figure and the annotated article (one vocabulary, one colour map).
ORIGINS = ("rewrite", "carried", "appended", "not_stored", "own")
ORIGIN_LABELS = {
    "rewrite": "re-written from an AP text",
    "carried": "AP wording kept",
    "appended": "AP copy appended as it ran",
    "not_stored": "AP copy; its source paragraph is beyond the stored copies",
    "own": "no source in the stored AP copies",
}
#: Codes that change what a sentence tells a reader (the code book's first group): the framing chapter reads
#: these too.
SUBSTANTIVE_CHANGES = BELIEF_CHANGES
#: Where in the article a sentence sits, most prominent first: ranks changes of the same kind.
PROMINENCE = ("headline", "first paragraph", "top", "caption", "appended AP copy")
#: A part of a row's words with no counterpart on the other side.
NO_WORDS = "(none)"
#: The tables of the chapter that carry a second reading.
READ_TABLES = ("versions", "chain", "rewrite", "respin", "coverage")


def version_label(version_id: str, versions: pd.DataFrame) -> str:
    """The short name of a text ("AP full story, text 2", "Reuters"), as curated in versions.csv."""
    if not version_id:
        return ""
    return str(versions.set_index("id").loc[version_id, "label"])


def primary_change(codes: list[str]) -> str:
    """The most consequential change code of a sentence (the code book's order).

    "new_material" counts only when a sentence has nothing else: a sentence with a source is coded by what it
    does with it."""
    sourced = [c for c in codes if c != "new_material"] or codes
    return min(sourced, key=CHANGE_PRIORITY.index) if sourced else ""


def _prominence(sentence: pd.Series, first_block: int) -> str:
    if sentence["section"] == "wire":
        return "appended AP copy"
    if sentence["kind"] == "headline":
        return "headline"
    if sentence["kind"] in ("caption", "handover"):
        return "caption"
    return "first paragraph" if sentence["block"] == first_block else "top"


def sentence_origins(book: Book) -> pd.DataFrame:
    """One row per sentence of the article: section, words, where it sits, source (text, paragraph, the texts whose
    copies carry its words), change codes and who made them, the primary change, the evidence and the origin."""
    sentences = book.analysis.tables["sentences"]
    rewrite = book.data["rewrite"].dropna(subset=["start"]).set_index("start")
    versions = book.data["versions"]
    paragraphs = sentences[(sentences["section"] == "outlet") & (sentences["kind"] == "paragraph")]
    first_block = int(paragraphs["block"].iloc[0]) if len(paragraphs) else -1
    rows = []
    for _, s in sentences.iterrows():
        r = rewrite.loc[s["start"]] if s["start"] in rewrite.index else None
        codes = list(r["codes"]) if r is not None else []
        version = r["version"] if r is not None else ""
        if s["section"] == "wire":
            origin = "not_stored" if "new_material" in codes else "appended"
        elif "new_material" in codes and not version:
            origin = "own"
        elif set(codes) <= {"verbatim", "trimmed"}:
            origin = "carried"
        else:
            origin = "rewrite"
        row = r if r is not None else {}  # a sentence with no re-write row has no source
        rows.append(
            {
                "sentence": s["sentence"],
                "start": s["start"],
                "end": s["end"],
                "block": s["block"],
                "section": s["section"],
                "kind": s["kind"],
                "where": _prominence(s, first_block),
                "words": s["words"],
                "text": s["text"],
                "version": version,
                "source_label": version_label(version, versions),
                "paragraph": row.get("paragraph", ""),
                "attested": list(r["attested"]) if r is not None else [],
                "codes": codes,
                "primary": primary_change(codes),
                "by": row.get("by", ""),
                "source_words": row.get("source_words", ""),
                "rewrite_words": row.get("rewrite_words", ""),
                "evidence": row.get("evidence", ""),
                "source": row.get("source", ""),
                "anchor": row.get("anchor", ""),
                "confidence": row.get("confidence", ""),
                "note": row.get("note", ""),
                "origin": origin,
            }
        )
    return pd.DataFrame(rows)


def word_pairs(source_words: str, rewrite_words: str) -> list[tuple[str, str]]:
    """The row's differing words as (source, re-write) pairs: parts separated by " ... " pair up in order (the loader
    makes sure both sides have as many); a side with no words stands as one part against the other's."""
    source, rewrite = parts(source_words), parts(rewrite_words)
    if len(source) == len(rewrite):
        return list(zip(source, rewrite, strict=True))
    return [(str(source_words) or NO_WORDS, part) for part in rewrite]


def _has(terms: tuple[str, ...], words: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", words, re.I) for t in terms)


def _names(words: str) -> set[str]:
    """Capitalised words after the first: the actors a phrase names."""
    return set(re.findall(r"(?<=\s)[A-Z][a-z]+", str(words)))


def pairs_for(code: str, source_words: str, rewrite_words: str) -> list[tuple[str, str]]:
    """The pairs of a row's words that show one code: the pair with the hedge for a hedge, the pair with the group
    for a blurred speaker, the words added for context or a claim; for the other codes every pair in which both
    sides have words (a cut attribution, '(none)' on the re-write's side, is not the headline's changed fact)."""
    pairs = word_pairs(source_words, rewrite_words)
    signature = {
        "hedge_added": lambda a, b: _has(DISTANCING_TERMS, b),
        "hedge_removed": lambda a, b: _has(QUALIFYING_TERMS + DISTANCING_TERMS, a),
        "speaker_blurred": lambda a, b: _has(GROUP_SPEAKERS, b),
        "attribution_changed": lambda a, b: bool(_names(b) - _names(a)),
        "context_added_to_speech": lambda a, b: a == NO_WORDS,
        "claim_added": lambda a, b: a == NO_WORDS,
        "credit_added": lambda a, b: a == NO_WORDS,
        "trimmed": lambda a, b: b == NO_WORDS,
    }.get(code, lambda a, b: NO_WORDS not in (a, b))
    chosen = [p for p in pairs if signature(*p)]
    return chosen or pairs


def _in_quote(part: str, quote: str) -> str:
    """The words of ``part`` that belong to the claim: the part if the quote holds it, the quote if the part holds
    it, else nothing."""
    bare = part.strip(" .,;:")
    if bare and bare in quote:
        return bare
    if quote.strip(" .,") in part:
        return quote.strip(" .,")
    return ""


def claim_words_differ(quote: str, start: int, end: int, origins: pd.DataFrame) -> str:
    """The words of a claim that differ from AP's, as "AP: … / Newsweek: …"; "AP had the same words" when the claim
    lies in sourced sentences and none of its words is among those that differ; otherwise why there is no AP."""
    overlapping = origins[(origins["start"] < end) & (origins["end"] > start)]
    found = []
    for r in overlapping.itertuples():
        for source, rewrite in word_pairs(r.source_words, r.rewrite_words):
            inside = _in_quote(rewrite, quote) if r.version and rewrite else ""
            if inside:
                ap = f'"{source}"' if source != NO_WORDS else "no such words"
                found.append(f'AP: {ap} / Newsweek: "{inside}"')
    if found:
        return "; ".join(found)
    sourced = overlapping[overlapping["origin"].isin(["rewrite", "carried", "appended"])]
    if len(sourced):
        return "AP had the same words"
    if (overlapping["origin"] == "not_stored").any():
        return "AP's paragraph is not in the stored copies"
    return "no AP source in the stored copies"


def claim_origins(book: Book) -> pd.DataFrame:
    """Every claim that is not simply verified, with where its problem comes from (curated in claims.csv: added by
    the re-write, in AP's text, Newsweek's own) and the words of the claim that differ from AP's."""
    origins = sentence_origins(book)
    claims = book.data["claims"]
    rows = []
    for c in claims[~claims["verdict"].isin(SETTLED_VERDICTS)].itertuples():
        overlapping = origins[(origins["start"] < c.end) & (origins["end"] > c.start)]
        rows.append(
            {
                "id": c.id,
                "quote": c.quote,
                "verdict": c.verdict,
                "significance": c.significance,
                "kind": c.kind,
                "introduced_by": c.introduced_by,
                "where": INTRODUCED_LABELS[c.introduced_by],
                "codes": sorted({code for codes in overlapping["codes"] for code in codes}),
                "differ": claim_words_differ(c.quote, c.start, c.end, origins),
                "start": c.start,
            }
        )
    table = pd.DataFrame(rows)
    order = {s: i for i, s in enumerate(reversed(SIGNIFICANCE))} | {"": len(SIGNIFICANCE)}
    return table.sort_values(
        ["significance", "start"], key=lambda s: s.map(order) if s.name == "significance" else s, ignore_index=True
    )


def belief_changes(book: Book) -> pd.DataFrame:
    """Every change the re-write made that alters what a reader believes, one row per sentence and code, ranked:
    first by the code book's order of consequence, then by where the sentence sits, then by reading order."""
    origins = sentence_origins(book)
    rows = []
    for r in origins[origins["by"] == "rewrite"].itertuples():
        for code in r.codes:
            if code in BELIEF_CHANGES:
                rows.append(
                    {
                        "sentence": r.sentence,
                        "start": r.start,
                        "where": r.where,
                        "code": code,
                        "change": CHANGE_LABELS[code],
                        "source_words": r.source_words,
                        "rewrite_words": r.rewrite_words,
                        "ap": "; ".join(a for a, _ in pairs_for(code, r.source_words, r.rewrite_words)),
                        "newsweek": "; ".join(b for _, b in pairs_for(code, r.source_words, r.rewrite_words)),
                        "confidence": r.confidence,
                    }
                )
    table = pd.DataFrame(rows, columns=["sentence", "start", "where", "code", "change", "source_words",
                                        "rewrite_words", "ap", "newsweek", "confidence"])  # fmt: skip
    table = table.sort_values(
        ["code", "where", "start"],
        key=lambda s: (
            s.map(BELIEF_CHANGES.index) if s.name == "code" else (s.map(PROMINENCE.index) if s.name == "where" else s)
        ),
        ignore_index=True,
    )
    table.insert(0, "rank", range(1, len(table) + 1))
    return table


def unassigned_changes(book: Book) -> pd.DataFrame:
    """Changes in Newsweek's top that alter what a reader believes but that AP or Newsweek may have made: the stored
    copies stop before the AP words (rewrite.csv, by 'unknown')."""
    origins = sentence_origins(book)
    versions = book.data["versions"]
    labels = dict(zip(versions["id"], versions["label"], strict=True))
    top = origins[(origins["section"] == "outlet") & (origins["by"] == "unknown")]
    rows = [
        {
            "where": r.where,
            "change": CHANGE_LABELS[code],
            # AP's words as far as the copies go (the part with no counterpart is what they cannot show).
            "ap": "; ".join(a for a, _ in word_pairs(r.source_words, r.rewrite_words) if a != NO_WORDS),
            "newsweek": "; ".join(b for _, b in pairs_for(code, r.source_words, r.rewrite_words)),
            "confidence": r.confidence,
            "note": readable_note(r.note, labels),
        }
        for r in top.itertuples()
        for code in r.codes
        if code in BELIEF_CHANGES
    ]
    return pd.DataFrame(rows, columns=["where", "change", "ap", "newsweek", "confidence", "note"])


def wire_errors(book: Book) -> pd.DataFrame:
    """The claims whose problem was already in AP's text (claims.csv: introduced by the wire), most significant
    first: what the re-write passed on unchecked."""
    table = claim_origins(book)
    return table[table["introduced_by"] == "wire"].reset_index(drop=True)


_CODE_PHRASE = {
    "fact_changed": "changes a fact",
    "speaker_blurred": "blurs a named speaker",
    "attribution_changed": "gives the act to another actor",
    "context_added_to_speech": "sets its own words beside a speaker's",
    "quote_altered": "alters a quotation",
    "hedge_added": "adds a hedge",
    "hedge_removed": "removes AP's hedge",
    "claim_added": "adds a claim of its own",
    "angle_changed": "changes what the story leads with",
}


_PLACE = {
    "headline": "the headline",
    "first paragraph": "the first sentence",
    "top": "a sentence further down the top",
    "caption": "the photo caption",
    "appended AP copy": "a sentence of the appended AP copy",
}


def matter_paragraph(book: Book, top: int = 3) -> str:
    """The ranked changes in words (Markdown), for the top of the chapter: the first ``top`` kinds of change in
    :func:`belief_changes`, each with its most prominent sentence and the words that differ, and where else the
    same change recurs."""
    table = belief_changes(book)
    ordinals = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")
    parts = []
    for i, code in enumerate(list(dict.fromkeys(table["code"]))[:top]):
        rows = table[table["code"] == code]
        first = rows.iloc[0]
        pairs = pairs_for(code, first["source_words"], first["rewrite_words"])
        source = "; ".join(f'"{a}"' for a, _ in pairs if a != NO_WORDS)
        rewrite = "; ".join(f'"{b}"' for _, b in pairs)
        words = f" (AP: {source}; Newsweek: {rewrite})" if source else f" ({rewrite})"
        again = [_PLACE[w] for w in rows["where"].iloc[1:]]
        also = f"; so does {' and '.join(again)}" if again else ""
        parts.append(f"{ordinals[i]}, {_PLACE[first['where']]} {_CODE_PHRASE[code]}{words}{also}.")
    return " ".join(parts)


def _left_out(n: int) -> str:
    """How many missing facts the base text carried, as words a sentence can end with."""
    if n == 0:
        return "none of them was in the base text and left out"
    return f"{n} of them {'was' if n == 1 else 'were'} in the base text and left out"


def _ap_texts(versions: pd.DataFrame) -> pd.DataFrame:
    return versions[versions["relation"].isin(WIRE_RELATIONS)]


def _pending(book: Book) -> tuple[int, int]:
    rows = [book.data[name]["second_reading"] for name in READ_TABLES]
    total = sum(len(r) for r in rows)
    return total, sum(int((r == SECOND_READING_PENDING).sum()) for r in rows)


def _counted(counts: dict[str, int], labels: dict[str, str]) -> str:
    """Counts as words, largest first: "coverage status 57, found again and read date 56 and ..."."""
    items = [f"{labels[k]} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else "none"


def _keys(lines: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(lines["table"], lines["key"], strict=True))


def second_reading_facts(book: Book) -> dict[str, object]:
    """The second reading in numbers: rows read, rows the first readers flagged, rows changed (after a reader's
    proposal, by a rule the proposals settled, or after the check of the resolver's own decisions), proposals
    rejected, and what the changes touched. The check reader's lines are counted apart, so that the first readers'
    agreement is still with the rows as first made."""
    lines = book.data["second_reading"]
    rows = {name: book.data[name] for name in READ_TABLES}
    said = pd.concat([t["second_reading"] for t in rows.values()])
    rows_only = lines[lines["table"] != "numbers"]
    applied = rows_only[rows_only["decision"] != "rejected"]
    check = rows_only["reader"].isin(CHECK_READERS)
    readers = rows_only[(rows_only["reader"] != "resolver") & ~check]
    flagged = _keys(readers)
    changed_keys = _keys(lines[lines["decision"] != "rejected"])
    by_reader = {k for k in changed_keys if k in flagged}
    by_rule = _keys(applied[applied["reader"] == "resolver"]) - by_reader
    by_check = _keys(applied[applied["reader"].isin(CHECK_READERS)]) - by_reader - by_rule
    checked = rows_only[check]
    checked_applied = checked[checked["decision"] != "rejected"]
    kinds: dict[str, int] = dict.fromkeys(CHANGE_KINDS, 0)
    for table, key in changed_keys:
        if table == "numbers":
            continue
        touched = lines[(lines["table"] == table) & (lines["key"] == key)]["kinds"]
        for kind in {k for value in touched for k in value.split(";") if k}:
            kinds[kind] += 1
    numbers = lines[(lines["table"] == "numbers") & (lines["decision"] != "rejected")]
    return {
        "prov_sr_rows": len(said),
        "prov_sr_versions": len(rows["versions"]),
        "prov_sr_chain": len(rows["chain"]),
        "prov_sr_rewrite": len(rows["rewrite"]) + len(rows["respin"]),
        "prov_sr_coverage": len(rows["coverage"]),
        "prov_sr_flagged": len(flagged),
        "prov_sr_agreed_first": len(said) - len(flagged),
        "prov_sr_changed": int(said.str.startswith("changed:").sum()),
        "prov_sr_changed_readers": len({k for k in by_reader if k[0] != "numbers"}),
        "prov_sr_changed_rule": len(by_rule),
        "prov_sr_changed_check": len(by_check),
        "prov_sr_check_proposals": checked["packet_row"].nunique(),
        "prov_sr_check_applied": checked_applied["packet_row"].nunique(),
        "prov_sr_check_rows": len(_keys(checked_applied)),
        "prov_sr_check_likely": len(
            _keys(
                checked_applied[
                    (checked_applied["table"] == "rewrite") & checked_applied["kinds"].str.contains("confidence")
                ]
            )
        ),
        "prov_sr_rejected": int(said.str.startswith("agreed (proposal rejected").sum()),
        "prov_sr_numbers": len(numbers),
        "prov_sr_kinds": _counted(kinds, CHANGE_KIND_LABELS),
    }


def facts(book: Book) -> dict[str, object]:
    """Every number the chapter, the landing page and the annotated article state about how the article was made."""
    versions = book.data["versions"]
    chain = book.data["chain"]
    origins = sentence_origins(book)
    outlet = origins[origins["section"] == "outlet"]
    wire = origins[origins["section"] == "wire"]
    base_id = str(versions.set_index("id").loc["newsweek", "based_on"]) if "newsweek" in set(versions["id"]) else ""
    sourced = outlet[outlet["version"] != ""]
    changed = outlet[(outlet["by"] == "rewrite") & outlet["codes"].map(lambda c: bool(set(c) & set(BELIEF_CHANGES)))]
    ranked = belief_changes(book)
    claims = claim_origins(book)
    missing = missing_facts(book)
    respin = book.data["respin"]
    headline = outlet[outlet["kind"] == "headline"].iloc[0]
    copies = versions[versions["relation"] == "syndication"]
    reread = versions[versions["found_again"] != "n/a"]
    base_link = chain[(chain["text"] == "newsweek") & (chain["relation"] == "rewrite_of") & (chain["of"] == base_id)]
    return {
        **second_reading_facts(book),
        "prov_n_texts": len(versions),
        "prov_n_ap_texts": len(_ap_texts(versions)),
        "prov_n_full": int((versions["relation"] == "wire_version").sum()),
        "prov_n_short": int((versions["relation"] == "wire_short").sum()),
        "prov_n_captions": int((versions["relation"] == "wire_caption").sum()),
        "prov_n_previews": int((versions["relation"] == "wire_preview").sum()),
        "prov_n_copies": len(copies),
        "prov_n_edited": int((versions["edited_by"] != "").sum()),
        "prov_n_ap_edited": int(((versions["edited_by"] != "") & versions["id"].str.startswith("ap-")).sum()),
        "prov_n_reports": int((versions["relation"] == "independent_report").sum()),
        "prov_n_rewrites": int(((versions["relation"] == "rewrite") & (versions["id"] != "newsweek")).sum()),
        "prov_n_respins": int((versions["relation"] == "respin").sum()),
        "prov_n_edges": len(chain),
        "prov_edges_certain": int((chain["confidence"] == "certain").sum()),
        "prov_edges_likely": int((chain["confidence"] == "likely").sum()),
        "prov_edges_uncertain": int((chain["confidence"] == "uncertain").sum()),
        "prov_found_again": int((reread["found_again"] == "yes").sum()),
        "prov_not_found_again": int((reread["found_again"] == "no").sum()),
        "prov_base": version_label(base_id, versions),
        "prov_base_confidence": str(base_link["confidence"].iloc[0]) if len(base_link) else "uncertain",
        "prov_top_unassigned": len(unassigned_changes(book)),
        "prov_outlet_sentences": len(outlet),
        "prov_from_ap": len(sourced),
        "prov_from_base": int((sourced["version"] == base_id).sum()),
        "prov_own": int((outlet["origin"] == "own").sum()),
        "prov_changed": len(changed),
        "prov_belief_changes": len(ranked),
        "prov_headline_lede_changes": int(ranked["where"].isin(["headline", "first paragraph"]).sum()),
        "prov_top_places": " and ".join(_PLACE[w] for w in dict.fromkeys(ranked["where"].head(2))),
        "prov_headline_paragraph": str(headline["paragraph"]),
        "prov_wire_sentences": len(wire),
        "prov_wire_attested": int(wire["attested"].map(bool).sum()),
        "prov_wire_not_stored": int((wire["origin"] == "not_stored").sum()),
        "prov_wire_changed_unknown": int((wire["by"] == "unknown").sum()),
        "prov_claims_not_verified": len(claims),
        "prov_claims_added": int((claims["introduced_by"] == "rewrite").sum()),
        "prov_claims_carried": int((claims["introduced_by"] == "wire").sum()),
        "prov_claims_outlet": int((claims["introduced_by"] == "outlet").sum()),
        "prov_claims_unknown": int((claims["introduced_by"] == "unknown").sum()),
        "prov_dropped_facts": len(missing),
        "prov_missing_later_ap": int(missing["ap"].map(bool).sum()),
        "prov_missing_others_only": int((~missing["ap"].map(bool)).sum()),
        "prov_missing_in_base": int(missing["ap"].map(lambda ap: base_id in ap).sum()),
        "prov_missing_in_base_words": _left_out(int(missing["ap"].map(lambda ap: base_id in ap).sum())),
        "prov_respin_rows": len(respin),
        "prov_respin_changed": int(respin["codes"].map(lambda c: bool(set(c) & set(BELIEF_CHANGES))).sum()),
    }


def missing_facts(book: Book) -> pd.DataFrame:
    """Facts and voices Newsweek does not carry although an AP text or a same-day report does, with which AP texts
    and which other texts carried them."""
    coverage = book.data["coverage"]
    versions = book.data["versions"].set_index("id")
    status = coverage.pivot_table(index="fact", columns="version", values="status", aggfunc="first")
    described = coverage.drop_duplicates("fact").set_index("fact")
    ap_relations = (*WIRE_RELATIONS, "syndication")
    rows = []
    for fact, row in status.iterrows():
        if row.get("newsweek") != "not_carried":
            continue
        carriers = [v for v, s in row.items() if s in ("carried", "carried_differently") and v != "newsweek"]
        if not carriers:
            continue
        ap = [v for v in carriers if versions.loc[v, "relation"] in ap_relations]
        others = [v for v in carriers if v not in ap]
        rows.append(
            {
                "fact": fact,
                "kind": described.loc[fact, "kind"],
                "description": described.loc[fact, "description"],
                "ap": ap,
                "others": others,
            }
        )
    return pd.DataFrame(rows, columns=["fact", "kind", "description", "ap", "others"])


def chain_table(book: Book) -> str:
    """The edges between the texts, each with its confidence, its evidence and the copies that show it."""
    versions = book.data["versions"]
    labels = dict(zip(versions["id"], versions["label"], strict=True))
    rows = [
        {
            "text": version_label(r.text, versions),
            "relation": CHAIN_RELATION_LABELS[r.relation],
            "of": version_label(r.of, versions),
            "confidence": r.confidence,
            # The copies read go in the evidence cell: one column fewer, so the table fits a desktop column.
            "evidence": f"{escape(readable_note(r.evidence, labels))}<br>Copies read: {source_links(r.sources)}",
        }
        for r in book.data["chain"].itertuples()
    ]
    table = table_html(
        rows,
        {
            "text": "Text",
            "relation": "How it relates",
            "of": "To",
            "confidence": "How sure",
            "evidence": "What the copies show",
        },
        "The chain: how the texts of the day relate, each link with its evidence",
        raw=("evidence",),
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} links between the texts, each with its evidence")


def texts_table(book: Book) -> str:
    """AP's texts of the day, Newsweek and the re-spin: when each ran, what dates it, who edited the copy read."""
    versions = book.data["versions"]
    keep = versions[versions["relation"].isin([*WIRE_RELATIONS, "syndication", "rewrite", "respin"])]
    keep = keep[~((keep["relation"] == "rewrite") & (keep["id"] != "newsweek"))]
    rows = [
        {
            # The kind under the text's name: one column fewer, so the table fits a desktop column.
            "text": f"{escape(r.label)}<br>({escape(RELATION_LABELS[r.relation])})",
            # The clock time on a line of its own: the column does not wrap (dates stay whole).
            "when": escape(readable_time(r.published)).replace(", ", ",<br>", 1),
            "dated_by": escape(plain_words(r.time_evidence) or "–"),
            # The copy read, who edited it and whether it was found again, in one cell: the table fits.
            "copy": f"{source_links(r.source)}; {escape(_copy_note(r))}",
        }
        for r in keep.itertuples()
    ]
    table = table_html(
        rows,
        {
            "text": "Text (kind)",
            "when": "Published",
            "dated_by": "What dates it",
            "copy": "The copy read",
        },
        "The texts: AP's previews, full stories, short versions and captions, their copies, Newsweek and the re-spin",
        raw=("text", "when", "dated_by", "copy"),
    )
    return fold(table, f"Table: the {len(rows)} texts, when each ran and the copy read")


def _copy_note(version) -> str:
    """Who edited a copy (other than its producer) and whether it was found again, in words."""
    edited = f"edited by {version.edited_by}" if version.edited_by else "not edited by another"
    return f"{edited}; {FOUND_AGAIN_LABELS[version.found_again]}"


def matter_table(book: Book) -> str:
    """The re-write's changes that alter what a reader believes, ranked."""
    table = belief_changes(book)
    rows = [
        {
            "rank": r.rank,
            "where": r.where,
            "change": r.change,
            "ap": r.ap,
            "newsweek": r.newsweek,
            "sure": r.confidence,
        }
        for r in table.itertuples()
    ]
    table = table_html(
        rows,
        {
            "rank": "Rank",
            "where": "Where",
            "change": "What the re-write did",
            "ap": "AP's words",
            "newsweek": "Newsweek's words",
            "sure": "How sure",
        },
        "What the re-write changed that changes what a reader believes, most consequential first",
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} changes, ranked, with AP's words and Newsweek's")


def unassigned_table(book: Book) -> str:
    """The changes of the top that matter but that AP or Newsweek may have made."""
    rows = [
        {"where": r.where, "change": r.change, "ap": r.ap, "newsweek": r.newsweek, "sure": r.confidence,
         "why": r.note}
        for r in unassigned_changes(book).itertuples()
    ]  # fmt: skip
    table = table_html(
        rows,
        {
            "where": "Where",
            "change": "What changed",
            "ap": "AP's words, as far as stored",
            "newsweek": "Newsweek's words",
            "sure": "How sure",
            "why": "Why the copies cannot tell",
        },
        "Changes that matter, made by AP or by Newsweek: the stored copies stop before AP's words",
        wide=True,
    )
    return fold(table, f"Table: the {counted(len(rows), 'change', 'changes')} that AP or Newsweek may have made")


def wire_errors_table(book: Book) -> str:
    """The claims whose problem Newsweek took over from AP's text."""
    rows = [
        {
            "id": r.id,
            "verdict": badge(r.verdict),
            "significance": significance_mark(r.significance),
            "quote": r.quote,
            "differ": r.differ,
        }
        for r in wire_errors(book).itertuples()
    ]
    table = table_html(
        rows,
        {
            "id": "Claim",
            "verdict": "Verdict",
            "significance": "Significance",
            "quote": "The article says",
            "differ": "Against AP's words",
        },
        "The wire's own problems that the re-write passed on",
        raw=("verdict", "significance"),
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} problems of AP's text that the re-write passed on")


def claims_origin_table(book: Book) -> str:
    table = claim_origins(book)
    rows = [
        {
            "id": r.id,
            "verdict": badge(r.verdict),
            "significance": significance_mark(r.significance),
            "quote": r.quote,
            "where": r.where,
            "differ": r.differ,
        }
        for r in table.itertuples()
    ]
    table = table_html(
        rows,
        {
            "id": "Claim",
            "verdict": "Verdict",
            "significance": "Significance",
            "quote": "The article says",
            "where": "Where the problem comes from",
            "differ": "The claim's words that differ from AP's",
        },
        "Who introduced what: every claim that is not simply verified",
        raw=("verdict", "significance"),
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} claims that are not simply verified, and where each problem comes from")


def dropped_table(book: Book) -> str:
    versions = book.data["versions"]
    missing = missing_facts(book)
    rows = [
        {
            "description": r.description,
            "kind": r.kind,
            "ap": "; ".join(version_label(v, versions) for v in r.ap) or "–",
            "others": "; ".join(version_label(v, versions) for v in r.others) or "–",
        }
        for r in missing.itertuples()
    ]
    table = table_html(
        rows,
        {
            "description": "Fact or voice",
            "kind": "Kind",
            "ap": "Carried by AP",
            "others": "Carried by other same-day reports",
        },
        "What the article does not carry, though AP or another outlet did",
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} facts and voices the article does not carry, and who did")


def respin_table(book: Book) -> str:
    respin = book.data["respin"]
    rows = [
        {
            "text": r.text,
            "change": changes_text(r.codes, CHANGE_LABELS),
            "newsweek": r.source_words,
            "respin": r.rewrite_words,
            "note": r.note or "–",
        }
        for r in respin.itertuples()
    ]
    table = table_html(
        rows,
        {
            "text": "Newsweek's sentence",
            "change": "Change",
            "newsweek": "Newsweek's words",
            "respin": "The re-spin's words",
            "note": "Note",
        },
        "The re-spin, sentence by sentence (as far as the stored copy goes)",
        wide=True,
    )
    return fold(table, f"Table: the re-spin's {len(rows)} sentences against Newsweek's")


def origin_legend(book: Book) -> str:
    """The annotated article's line on sources, with the chapter's numbers (HTML)."""
    f = facts(book)
    return (
        f"Before each sentence: the AP text it comes from and how it changed. {f['prov_from_ap']} of the "
        f"{f['prov_outlet_sentences']} sentences of Newsweek's top have an AP source, {f['prov_from_base']} of them "
        f"{escape(str(f['prov_base']))}; {f['prov_changed']} change what AP said. In the appended AP copy, "
        f"{f['prov_wire_not_stored']} of {f['prov_wire_sentences']} sentences come from paragraphs beyond the "
        "stored copies."
    )


def by_label(value: str) -> str:
    return CHANGED_BY_LABELS.get(value, value)


__all__ = [
    "COVERAGE_LABELS",
    "ORIGINS",
    "ORIGIN_LABELS",
    "SUBSTANTIVE_CHANGES",
    "belief_changes",
    "by_label",
    "chain_table",
    "claim_origins",
    "claim_words_differ",
    "claims_origin_table",
    "coverage_matrix",
    "dropped_table",
    "facts",
    "matter_paragraph",
    "matter_table",
    "missing_facts",
    "origin_legend",
    "respin_table",
    "second_reading_facts",
    "sentence_origins",
    "texts_table",
    "unassigned_changes",
    "unassigned_table",
    "version_label",
    "wire_errors",
    "wire_errors_table",
    "word_pairs",
]


def coverage_matrix(book: Book, texts: list[str]) -> pd.DataFrame:
    """Facts and voices (rows) by text (columns): carried, carried differently, not carried, not seen."""
    coverage = book.data["coverage"]
    matrix = coverage[coverage["version"].isin(texts)].pivot_table(
        index="fact", columns="version", values="status", aggfunc="first"
    )
    return matrix[texts]


SOURCE = "this book's sentence-by-sentence provenance data, from stored copies of AP's texts (Data: Provenance)"
COVERAGE_TEXTS = [
    "ap-full-1",
    "ap-short-1",
    "ap-full-2",
    "ap-short-2",
    "ap-full-3",
    "newsweek",
    "respin-washingtonnewsday",
    "report-tass-aid",
    "report-interfax",
    "report-reuters",
    "report-afp",
    "report-aljazeera",
    "report-rferl",
    "report-kommersant",
    "report-xinhua",
    "report-indiatoday",
]


_ORDINAL = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}


def top_rows(book: Book) -> pd.DataFrame:
    """The sentences of Newsweek's top for figure 2.1: which group of :data:`charts.provenance.TOP_GROUPS`
    each falls in (the same test as the facts' count of changes), where it sits and what changed."""
    origins = sentence_origins(book)
    outlet = origins[origins["section"] == "outlet"]
    paragraphs = list(dict.fromkeys(outlet.loc[outlet["kind"] == "paragraph", "block"]))
    rows = []
    for r in outlet.itertuples():
        belief = bool(set(r.codes) & set(BELIEF_CHANGES))
        if r.origin == "own":
            group = "own"
        elif belief and r.by == "rewrite":
            group = "changed"
        elif belief:
            group = "changed_unknown"
        else:
            group = "reworded"
        if r.kind == "paragraph":
            block = outlet[outlet["block"] == r.block]
            nth = list(block["sentence"]).index(r.sentence) + 1
            where = f"¶{paragraphs.index(r.block) + 1}" + (f" ({_ORDINAL[nth]})" if len(block) > 1 else "")
        else:
            where = {"headline": "headline", "handover": "hand-over line"}.get(r.kind, AGENCY_CAPTION)
        change = "source credited" if r.kind == "handover" else CHANGE_LABELS[r.primary]
        if r.origin == "own" and r.kind != "handover":
            change = "not in any stored AP text"
        rows.append({"group": group, "where": where, "change": change, "paragraph": str(r.paragraph or "")})
    return pd.DataFrame(rows)


def origin_figure(book: Book):
    """Figure 2.1 (and the landing page's): the top's sentences grouped by what the re-write did."""
    from ..charts.provenance import top_sentences

    f = facts(book)
    title = (
        f"{f['prov_from_ap']} of the {f['prov_outlet_sentences']} sentences of Newsweek's top "
        f"{'re-writes' if f['prov_from_ap'] == 1 else 're-write'} AP's story; "
        f"{agree(f['prov_changed'], 'changes', 'change')} what AP said"
    )
    rows = top_rows(book)
    assert (rows["group"] == "changed").sum() == f["prov_changed"], "the figure and the count disagree"
    return top_sentences(rows, title, SOURCE)


COVERAGE_SOURCE = "which text carried which fact, read in stored copies (Data: Provenance)"


def coverage_figure(book: Book):
    from ..charts.provenance import coverage_figure as draw

    versions = book.data["versions"]
    texts = [t for t in COVERAGE_TEXTS if t in set(versions["id"])]
    labels = book.data["coverage"].drop_duplicates("fact").set_index("fact")["label"].to_dict()
    columns = {t: _column_label(t, versions) for t in texts}
    n = facts(book)["prov_dropped_facts"]
    title = f"{n} facts and voices other reports carried are missing from Newsweek's article"
    # What Newsweek leaves out first, then what it changes, then what it carries: the title's finding on top.
    matrix = coverage_matrix(book, texts)
    rank = {"not_carried": 0, "carried_differently": 1, "carried": 2}
    order = sorted(matrix.index, key=lambda f: (rank.get(matrix.loc[f, "newsweek"], 3), labels[f].lower()))
    missing = int((matrix["newsweek"] == "not_carried").sum())
    return draw(matrix.loc[order], labels, columns, title, COVERAGE_SOURCE, divide_after=missing)


def _column_label(text: str, versions: pd.DataFrame) -> str:
    label = version_label(text, versions)
    return (
        label.replace("Re-spin (Washington News Day)", "Re-spin")
        .replace("AP full story, text ", "AP full ")
        .replace("AP short version, text ", "AP short ")
    )
