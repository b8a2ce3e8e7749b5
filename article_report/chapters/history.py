"""Chapter "History and claims": the events the article points to, the Moscow format, every claim checked
with its sources' independence and significance, and what has changed since publication."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..book import Book, counted
from ..curated.checks import split_keys
from ..curated.sources import independence, rests_on_own_side
from ..tables import badge, significance_mark, source_links, table_html
from ..vocab import INTRODUCED_LABELS, SETTLED_VERDICTS, SIGNIFICANCE

#: The steps from listing to recognition, in the timeline's ids: the figure labels these.
NORMALISATION_STEPS = {
    "taliban-terror-designation": "Supreme Court lists the Taliban as terrorist",
    "moscow-format-1": "first Moscow-format round",
    "moscow-format-2": "Taliban delegation joins the talks",
    "kabul-falls": "Taliban take Kabul",
    "moscow-format-3": "the talks the article reports",
    "putin-taliban-allies": "Putin calls the Taliban allies",
    "taliban-delisting-law": "law to delist banned groups",
    "supreme-court-suspends-ban": "Supreme Court suspends the ban",
    "russia-recognises-taliban": "Russia recognises the Taliban government",
    "moscow-format-7": "Taliban at the talks as a full member",
}
#: The days around the article: the events it points to ("last week", "earlier this week", "this week").
ARTICLE_WEEK = {
    "putin-cis-no-rush": "Putin: no rush to recognise",
    "exercise-5000-claim": "5,000 troops announced",
    "csto-drills-oct": "drills open in Tajikistan",
    "extended-troika-moscow-2021-10": "troika meets without the US",
    "moscow-format-3": "Moscow talks; aid announced",
    "putin-valdai": "Putin: delisting for the UN",
}
SIGNIFICANCE_ORDER = {"misleading": 0, "substantive": 1, "minor": 2, "": 3}


def claims_with_sources(book: Book) -> pd.DataFrame:
    """Claims with the independence of their sources and whether they rest on the subject state's own."""
    claims = book.data["claims"].copy()
    sources = book.data["sources"]
    keys = claims["sources"].map(split_keys)
    info = keys.map(lambda k: independence(k, sources))
    claims["independent"] = info.map(lambda i: i["independent"])
    claims["units"] = info.map(lambda i: i["units"])
    claims["own_side_only"] = [rests_on_own_side(s, k, sources) for s, k in zip(claims["subject"], keys, strict=True)]
    claims["wire_only"] = [bool(k) and all(sources[x].producer == "Associated Press" for x in k) for k in keys]
    claims["order"] = claims["significance"].map(SIGNIFICANCE_ORDER)
    return claims


def verdict_counts(book: Book) -> pd.DataFrame:
    claims = book.data["claims"]
    return claims.groupby(["verdict", "significance"]).size().rename("claims").reset_index()


def history_changes(book: Book) -> pd.DataFrame:
    """Stages after the first reading that changed an existing claim's verdict (new claims excluded)."""
    history = book.data["claim_history"]
    later = history[(history["stage"] != "first_reading") & (history["verdict_before"] != "")]
    return later[later["verdict_before"] != later["verdict_after"]]


def facts(book: Book) -> dict[str, object]:
    claims = claims_with_sources(book)
    counts = claims["verdict"].value_counts()
    significant = claims[claims["significance"].isin(["substantive", "misleading"])]
    changes = history_changes(book)
    timeline = book.data["timeline"]
    published = book.article.published
    after = timeline[(timeline["start"] > published) & (timeline["verified"] == "yes")]
    events = timeline.set_index("id")
    sources = book.data["sources"]
    cited = sorted({k for v in claims["sources"] for k in split_keys(v)})
    types = pd.Series([sources[k].type for k in cited]).value_counts()

    def day(event_id: str) -> str:
        return f"{events.loc[event_id, 'start']:%-d %B %Y}"

    rounds = book.data["moscow_format"]
    numbered = rounds[rounds["round"] > 0]
    return {
        "hi_claims": len(claims),
        "hi_verified": int(counts.get("verified", 0)),
        "hi_not_settled": int((~claims["verdict"].isin(SETTLED_VERDICTS)).sum()),
        "hi_significant": len(significant),
        "hi_misleading": int((claims["significance"] == "misleading").sum()),
        "hi_substantive": int((claims["significance"] == "substantive").sum()),
        "hi_minor": int((claims["significance"] == "minor").sum()),
        "hi_characterisations": int((claims["kind"] == "characterisation").sum()),
        "hi_implicit": int((claims["kind"] == "implicit").sum()),
        "hi_own_side_only": int(claims["own_side_only"].sum()),
        "hi_own_side_phrase": counted(int(claims["own_side_only"].sum()), "claim rests", "claims rest"),
        "hi_supported": int(counts.get("supported", 0)),
        "hi_wire_only": int(claims["wire_only"].sum()),
        "hi_median_independent": f"{claims['independent'].median():g}",
        "hi_one_source": int((claims["independent"] <= 1).sum()),
        "hi_verdict_changes": len(changes),
        "hi_n_changed_claims": changes["claim"].nunique(),
        "hi_changed_claims": ", ".join(sorted(set(changes["claim"]))),
        "hi_cited_sources": len(cited),
        "hi_cited_mirrors": int(types.get("mirror", 0)),
        "hi_cited_primary": int(types.get("primary", 0)),
        "hi_n_events": len(timeline),
        "hi_n_verified_events": int((timeline["verified"] == "yes").sum()),
        "hi_first_year": int(timeline["start"].min().year),
        "hi_n_after": len(after),
        "hi_latest": f"{after['start'].max():%B %Y}" if len(after) else "",
        "hi_n_rounds": numbered["round"].nunique(),
        "hi_first_round": f"{dt.date.fromisoformat(numbered['date'].min()):%B %Y}",
        "hi_designation_day": day("taliban-terror-designation"),
        "hi_suspended_day": day("supreme-court-suspends-ban"),
        "hi_recognised_day": day("russia-recognises-taliban"),
        "hi_aid_first_day": day("aid-first-delivery"),
        "hi_aid_wait_days": (
            events.loc["aid-first-delivery", "start"] - events.loc["lavrov-aid-announcement", "start"]
        ).days,
    }


def claims_excerpt(book: Book, significant_only: bool = True) -> str:
    """The claims that are not simply verified, the most significant first; the full table is on the
    claims data page."""
    claims = claims_with_sources(book)
    shown = claims[~claims["verdict"].isin(SETTLED_VERDICTS)] if significant_only else claims
    shown = shown.sort_values(["order", "start"])
    rows = []
    for c in shown.itertuples():
        flags = []
        if c.own_side_only:
            flags.append(f"rests only on {c.subject}'s own sources")
        if c.wire_only:
            flags.append("rests only on AP, the article's own wire")
        grade = badge(c.verdict) + (" " + significance_mark(c.significance) if c.significance else "")
        rows.append(
            {
                "id": f'<a href="data_claims.html#claim-{c.id}">{c.id}</a>',
                "verdict": grade,
                "quote": c.quote,
                "note": c.note + (" " + "; ".join(flags) + "." if flags else ""),
                "where": INTRODUCED_LABELS.get(c.introduced_by, ""),
                "sources": source_links(c.sources) + f"<br>({c.independent} independent)",
            }
        )
    columns = {
        "id": "Claim",
        "verdict": "Verdict",
        "quote": "The article says",
        "note": "Why",
        "where": "Where the problem comes from",
        "sources": "Sources",
    }
    return table_html(
        rows,
        columns,
        "Claims that are not simply verified, most significant first",
        raw=("id", "verdict", "sources"),
        wide=True,
    )


def since_publication(book: Book) -> str:
    timeline = book.data["timeline"]
    after = timeline[(timeline["start"] > book.article.published) & (timeline["verified"] == "yes")].copy()
    after["sort"] = after["start"] + (after["end"] - after["start"]) / 2
    after = after.sort_values(["sort", "date"])
    rows = [{"date": r.date, "event": r.event, "sources": source_links(r.sources)} for r in after.itertuples()]
    return table_html(
        rows,
        {"date": "Date", "event": "What happened", "sources": "Sources"},
        "Since publication: verified events",
        raw=("sources",),
        wide=True,
    )


def round_three(book: Book) -> str:
    rounds = book.data["moscow_format"]
    third = rounds[rounds["round"] == 3]
    rows = [
        {
            "participant": book.actor_names[r.participant],
            "status": r.status.replace("_", " "),
            "delegation": r.delegation,
            "sources": source_links(r.sources),
        }
        for r in third.itertuples()
    ]
    return table_html(
        rows,
        {"participant": "Participant", "status": "Status", "delegation": "Delegation", "sources": "Sources"},
        f"The round the article reports: {third['date'].iloc[0]}",
        raw=("sources",),
    )


__all__ = [
    "ARTICLE_WEEK",
    "NORMALISATION_STEPS",
    "SIGNIFICANCE",
    "claims_excerpt",
    "claims_with_sources",
    "facts",
    "history_changes",
    "round_three",
    "since_publication",
    "verdict_counts",
]


def road_figure(book: Book):
    from ..charts.history import step_list

    years = book.data["timeline"].set_index("id")
    first, last = years.loc["taliban-terror-designation", "start"], years.loc["russia-recognises-taliban", "start"]
    title = f"From a terror listing in {first:%Y} to recognition in {last:%Y}"
    return step_list(book.data["timeline"], NORMALISATION_STEPS, book.article.published, title, "data/timeline.csv")


def week_figure(book: Book):
    from ..charts.history import step_list

    return step_list(
        book.data["timeline"],
        ARTICLE_WEEK,
        book.article.published,
        "The week the article points to: talks, drills and Putin's 'no rush'",
        "data/timeline.csv",
        date_format="%a %-d %b",
    )


def verdicts_figure(book: Book):
    from ..charts.history import verdicts_by_significance

    f = facts(book)
    title = f"{f['hi_verified']} of {f['hi_claims']} claims verified; {f['hi_significant']} problems that matter"
    return verdicts_by_significance(verdict_counts(book), title, "data/claims.csv")


def rounds_figure(book: Book):
    from ..charts.history import participation_matrix

    rounds = book.data["moscow_format"]
    numbered = rounds[rounds["round"] > 0].copy()
    numbered["meeting"] = [f"R{r} {d[:4]}" for r, d in zip(numbered["round"], numbered["date"], strict=True)]
    matrix = numbered.pivot_table(index="participant", columns="meeting", values="status", aggfunc="first")
    matrix = matrix[sorted(matrix.columns, key=lambda c: int(c.split()[0][1:]))]
    matrix = matrix.loc[matrix.notna().sum(axis=1).sort_values(ascending=False, kind="stable").index]
    matrix.index = [book.actor_names[i] for i in matrix.index]
    f = facts(book)
    # The finding: where the Taliban sat at the first round and at the last.
    at = {"absent": "absent from", "guest": "a guest at", "member": "a full member at", "observer": "an observer at",
          "not_invited": "not invited to", "declined": "declining", "unclear": "of unclear status at",
          "host": "host of", "invited": "invited to"}  # fmt: skip
    taliban = numbered[numbered["participant"] == "taliban"].sort_values("round")["status"]
    title = f"{f['hi_n_rounds']} rounds since {f['hi_first_round'][-4:]}"
    if len(taliban):
        title += f": the Taliban, {at[taliban.iloc[0]]} the first, {at[taliban.iloc[-1]]} the last"
    return participation_matrix(matrix.fillna(""), title, "data/moscow_format.csv")
