"""Chapter "How the article was made": where each sentence came from, what each re-use changed.

Joins the analyzer's sentences to the curated re-write data by offsets, and reads the chain of texts
and the coverage matrix. Every number the chapter's prose quotes comes from :func:`facts`.
"""

from __future__ import annotations

import pandas as pd

from ..book import Book
from ..tables import badge, changes_text, frame_html, readable_time, significance_mark, source_links, table_html
from ..vocab import CHANGE_LABELS, CHANGE_PRIORITY, COVERAGE_LABELS, INTRODUCED_LABELS, SETTLED_VERDICTS

#: What a sentence's origin is, for the figure and the annotated article (one vocabulary, one colour map).
ORIGINS = ("rewrite", "carried", "appended", "not_stored", "own")
ORIGIN_LABELS = {
    "rewrite": "re-written from an AP version",
    "carried": "AP wording kept",
    "appended": "AP copy appended as it ran",
    "not_stored": "AP copy; its source paragraph is beyond the stored copies",
    "own": "no source in the stored AP copies",
}
#: Codes that mean the re-write changed what a sentence says, not only how.
SUBSTANTIVE_CHANGES = ("fact_changed", "attribution_changed", "hedge_added", "angle_changed")


def version_label(version_id: str, versions: pd.DataFrame) -> str:
    """The short name of a text of the chain ("AP version 2a", "Reuters"), as curated in versions.csv."""
    if not version_id:
        return ""
    return str(versions.set_index("id").loc[version_id, "label"])


def primary_change(codes: list[str]) -> str:
    """The most consequential change code of a sentence (see :data:`article_report.vocab.CHANGE_PRIORITY`).

    A sentence that has a source and also adds words ("paraphrase;new_material") is coded by what it
    does with its source; "new_material" alone means no source was found."""
    sourced = [c for c in codes if c != "new_material"] or codes
    return min(sourced, key=CHANGE_PRIORITY.index) if sourced else ""


def sentence_origins(book: Book) -> pd.DataFrame:
    """One row per sentence of the article: section, words, source (version, paragraph), change codes,
    the primary change and the origin class."""
    sentences = book.analysis.tables["sentences"]
    rewrite = book.data["rewrite"].dropna(subset=["start"]).set_index("start")
    versions = book.data["versions"]
    rows = []
    for s in sentences.itertuples():
        r = rewrite.loc[s.start] if s.start in rewrite.index else None
        codes = list(r["codes"]) if r is not None else []
        version = r["version"] if r is not None else ""
        if s.section == "wire":
            origin = "not_stored" if "new_material" in codes else "appended"
        elif "new_material" in codes and not version:
            origin = "own"
        elif set(codes) <= {"verbatim", "trimmed"}:
            origin = "carried"
        else:
            origin = "rewrite"
        rows.append(
            {
                "sentence": s.sentence,
                "start": s.start,
                "end": s.end,
                "section": s.section,
                "kind": s.kind,
                "words": s.words,
                "text": s.text,
                "version": version,
                "source_label": version_label(version, versions),
                "paragraph": r["paragraph"] if r is not None else "",
                "codes": codes,
                "primary": primary_change(codes),
                "evidence": r["evidence"] if r is not None else "",
                "source": r["source"] if r is not None else "",
                "note": r["note"] if r is not None else "",
                "origin": origin,
            }
        )
    return pd.DataFrame(rows)


def claim_origins(book: Book) -> pd.DataFrame:
    """Every claim that is not simply verified, with where its problem comes from (curated in claims.csv:
    added by the re-write, in AP's text, Newsweek's own) and the re-write's evidence for its sentence."""
    origins = sentence_origins(book)
    claims = book.data["claims"]
    rows = []
    for c in claims[~claims["verdict"].isin(SETTLED_VERDICTS)].itertuples():
        overlapping = origins[(origins["start"] < c.end) & (origins["end"] > c.start)]
        codes = sorted({code for codes in overlapping["codes"] for code in codes})
        evidence = "; ".join(e for e in overlapping["evidence"] if e)
        rows.append(
            {
                "id": c.id,
                "quote": c.quote,
                "verdict": c.verdict,
                "significance": c.significance,
                "kind": c.kind,
                "introduced_by": c.introduced_by,
                "where": INTRODUCED_LABELS[c.introduced_by],
                "codes": codes,
                "evidence": evidence,
                "start": c.start,
            }
        )
    table = pd.DataFrame(rows)
    order = {"misleading": 0, "substantive": 1, "minor": 2, "": 3}
    return table.sort_values(
        ["significance", "start"], key=lambda s: s.map(order) if s.name == "significance" else s, ignore_index=True
    )


def coverage_matrix(book: Book, texts: list[str]) -> pd.DataFrame:
    """Facts and voices (rows) by text (columns): carried, carried differently, not carried, not seen."""
    coverage = book.data["coverage"]
    matrix = coverage[coverage["version"].isin(texts)].pivot_table(
        index="fact", columns="version", values="status", aggfunc="first"
    )
    return matrix[texts]


def dropped_by_rewrite(book: Book) -> pd.DataFrame:
    """Facts and voices that Newsweek does not carry although an AP version or a same-day report does."""
    coverage = book.data["coverage"]
    versions = book.data["versions"].set_index("id")
    status = coverage.pivot_table(index="fact", columns="version", values="status", aggfunc="first")
    described = coverage.drop_duplicates("fact").set_index("fact")
    rows = []
    for fact, row in status.iterrows():
        if row.get("newsweek") != "not_carried":
            continue
        carriers = [v for v, s in row.items() if s in ("carried", "carried_differently") and v != "newsweek"]
        if not carriers:
            continue
        ap = [v for v in carriers if versions.loc[v, "relation"] in ("wire_version", "wire_preview", "syndication")]
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


def facts(book: Book) -> dict[str, object]:
    versions = book.data["versions"]
    origins = sentence_origins(book)
    outlet = origins[origins["section"] == "outlet"]
    wire_versions = versions[versions["relation"] == "wire_version"].sort_values("order")
    base = outlet["version"].value_counts()
    base_version = base.index[0] if len(base) else ""
    top = outlet[outlet["version"] == base_version]
    claims = claim_origins(book)
    added = claims[claims["introduced_by"] == "rewrite"]
    carried = claims[claims["introduced_by"] == "wire"]
    dropped = dropped_by_rewrite(book)
    respin = book.data["respin"]
    headline = outlet[outlet["kind"] == "headline"].iloc[0]
    wire_section = origins[origins["section"] == "wire"]
    return {
        "prov_n_texts": len(versions),
        "prov_n_wire_versions": len(wire_versions),
        "prov_n_reports": int((versions["relation"] == "independent_report").sum()),
        "prov_n_previews": int((versions["relation"] == "wire_preview").sum()),
        "prov_n_copies": int((versions["relation"] == "syndication").sum()),
        "prov_n_rewrites": int(((versions["relation"] == "rewrite") & (versions["id"] != "newsweek")).sum()),
        "prov_n_respins": int((versions["relation"] == "respin").sum()),
        "prov_base": version_label(base_version, versions),
        "prov_outlet_sentences": len(outlet),
        "prov_from_base": len(top),
        "prov_from_ap": int((outlet["version"] != "").sum()),
        "prov_own": int((outlet["origin"] == "own").sum()),
        "prov_changed": int(outlet["codes"].map(lambda c: bool(set(c) & set(SUBSTANTIVE_CHANGES))).sum()),
        "prov_headline_paragraph": str(headline["paragraph"]),
        "prov_wire_sentences": len(wire_section),
        "prov_wire_not_stored": int((wire_section["origin"] == "not_stored").sum()),
        "prov_claims_not_verified": len(claims),
        "prov_claims_added": len(added),
        "prov_claims_carried": len(carried),
        "prov_claims_outlet": int((claims["introduced_by"] == "outlet").sum()),
        "prov_dropped_facts": len(dropped),
        "prov_respin_rows": len(respin),
        "prov_respin_changed": int(respin["codes"].map(lambda c: bool(set(c) & {"fact_changed", "hedge_added"})).sum()),
    }


def versions_table(book: Book) -> str:
    """The AP story over the day, Newsweek's re-write and the re-spin: the chain, in order."""
    versions = book.data["versions"]
    chain = versions[versions["relation"].isin(["wire_preview", "wire_version", "rewrite", "respin"])].copy()
    chain = chain[~((chain["relation"] == "rewrite") & (chain["id"] != "newsweek"))]
    chain["text"] = [version_label(v, versions) for v in chain["id"]]
    chain["when"] = [readable_time(v) for v in chain["published"]]
    chain["evidence"] = chain["order_evidence"]
    chain["links"] = [source_links(k) for k in chain["source"]]
    return frame_html(
        chain,
        {
            "text": "Text",
            "when": "Published",
            "headline": "Headline",
            "evidence": "How its place in the order is known",
            "links": "Copy read",
        },
        "The chain of texts: AP's previews and versions, Newsweek's re-write, the re-spin",
        truncate={"evidence": 130},
        raw=("links",),
        wide=True,
    )


def claims_origin_table(book: Book) -> str:
    table = claim_origins(book)
    rows = [
        {
            "id": r.id,
            "verdict": badge(r.verdict),
            "significance": significance_mark(r.significance),
            "quote": r.quote,
            "where": r.where,
            "evidence": r.evidence or "–",
        }
        for r in table.itertuples()
    ]
    return table_html(
        rows,
        {
            "id": "Claim",
            "verdict": "Verdict",
            "significance": "Significance",
            "quote": "The article says",
            "where": "Where the problem comes from",
            "evidence": "The words that differ",
        },
        "Who introduced what: every claim that is not simply verified",
        raw=("verdict", "significance"),
        wide=True,
    )


def dropped_table(book: Book) -> str:
    versions = book.data["versions"]
    dropped = dropped_by_rewrite(book)
    rows = [
        {
            "description": r.description,
            "kind": r.kind,
            "ap": "; ".join(version_label(v, versions) for v in r.ap) or "–",
            "others": "; ".join(version_label(v, versions) for v in r.others) or "–",
        }
        for r in dropped.itertuples()
    ]
    return table_html(
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


def respin_table(book: Book) -> str:
    respin = book.data["respin"].copy()
    respin["change"] = respin["codes"].map(lambda c: changes_text(c, CHANGE_LABELS))
    return frame_html(
        respin,
        {"text": "Newsweek's sentence", "change": "Change", "evidence": "The words that differ", "note": "Note"},
        "The re-spin, sentence by sentence (as far as the stored copy goes)",
        truncate={"text": 110},
        wide=True,
    )


__all__ = [
    "COVERAGE_LABELS",
    "ORIGINS",
    "ORIGIN_LABELS",
    "claim_origins",
    "claims_origin_table",
    "coverage_matrix",
    "dropped_by_rewrite",
    "dropped_table",
    "facts",
    "respin_table",
    "sentence_origins",
    "version_label",
    "versions_table",
]


SOURCE = "data/rewrite.csv, data/versions.csv (copies read: see the sources page)"
COVERAGE_TEXTS = [
    "ap-v1",
    "ap-v2a",
    "ap-v2b",
    "ap-v3",
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


def origin_figure(book: Book, compact: bool = False):
    from ..charts.provenance import origin_map

    f = facts(book)
    title = (
        f"{f['prov_from_ap']} of Newsweek's {f['prov_outlet_sentences']} opening sentences re-write AP's "
        f"story; {f['prov_changed']} change what AP said"
    )
    return origin_map(sentence_origins(book), title, SOURCE, compact=compact)


def coverage_figure(book: Book):
    from ..charts.provenance import coverage_figure as draw

    versions = book.data["versions"]
    texts = [t for t in COVERAGE_TEXTS if t in set(versions["id"])]
    labels = book.data["coverage"].drop_duplicates("fact").set_index("fact")["label"].to_dict()
    columns = {t: version_label(t, versions).replace("Re-spin (Washington News Day)", "Re-spin") for t in texts}
    n = facts(book)["prov_dropped_facts"]
    title = f"{n} facts and voices other reports carried are missing from Newsweek's article"
    # What Newsweek leaves out first, then what it changes, then what it carries: the title's finding on top.
    matrix = coverage_matrix(book, texts)
    rank = {"not_carried": 0, "carried_differently": 1, "carried": 2}
    order = sorted(matrix.index, key=lambda f: (rank.get(matrix.loc[f, "newsweek"], 3), labels[f].lower()))
    missing = int((matrix["newsweek"] == "not_carried").sum())
    return draw(matrix.loc[order], labels, columns, title, "data/coverage.csv", divide_after=missing)
