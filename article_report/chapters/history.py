"""Chapter "History and claims": the events the article points to, the Moscow format, every claim checked
with its sources' independence and significance, and what has changed since publication."""

from __future__ import annotations

import datetime as dt
from html import escape

import pandas as pd

from ..book import Book, counted
from ..curated import verdict_rules as rules
from ..curated.checks import split_keys
from ..tables import badge, fold, iso_reading, readable_time, significance_mark, source_links, table_html
from ..vocab import INTRODUCED_LABELS, SETTLED_VERDICTS, SIGNIFICANCE, SIGNIFICANCE_RANK, VERDICTS

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
#: The most severe problem first (see vocab.SIGNIFICANCE_RANK); settled claims last.
SIGNIFICANCE_ORDER = {s: -rank for s, rank in SIGNIFICANCE_RANK.items() if s} | {"": 1}
#: What "(N independent)" counts, in the words the tables and the chapter use.
COUNT_LINE = (
    "“(N independent)” counts the producers other than the article's own wire, {wire}, that take a side "
    "on the claim (the media a state owns or controls count as that state); the own record of the party "
    "whose words or conduct a claim reports, even when an independent outlet relays it, is shown apart as "
    "“primary”, and where a copy of the wire is cited, the label names “the wire itself”."
)


def claim_facts(row) -> rules.ClaimFacts:
    """The fields of a claims.csv row the verdict rules read."""
    return rules.ClaimFacts(
        row.id,
        row.kind,
        row.category,
        row.subject,
        row.verdict,
        row.significance,
        tuple(split_keys(row.parts)),
        row.quote,
        tuple(split_keys(row.qualifiers)),
        tuple(split_keys(row.acts)),
        row.note,
    )


def stances(book: Book, claim_id: str) -> list[rules.Stance]:
    table = book.data["claim_sources"]
    return [
        rules.Stance(r.claim, r.part, r.source, r.stance, r.anchor, r.note, r.voice, r.differs, r.said_by)
        for r in table[table["claim"] == claim_id].itertuples()
    ]


def state_metonyms(book: Book) -> dict[str, tuple[str, ...]]:
    """The stand-ins the gazetteer gives each state ("Kremlin", "Moscow" for RUS), by ISO-3 code."""
    return {a.iso_a3[0]: a.metonyms for a in book.gazetteer if a.kind == "state" and len(a.iso_a3) == 1}


def party_states(book: Book) -> dict[str, str]:
    """The state each person, body or state the gazetteer names belongs to ("Zhirnov" -> "RUS")."""
    return rules.party_states(book.gazetteer)


def wire(book: Book) -> str:
    return book.article.meta.wire_service


def count_label(independent: int, primary: list[str], cites_wire: bool, wire_name: str) -> str:
    """ "(2 independent; primary: TASS; the wire itself: Associated Press)"."""
    parts = [f"{independent} independent"]
    if primary:
        parts.append("primary: " + ", ".join(primary))
    if cites_wire:
        parts.append(f"the wire itself: {wire_name}")
    return "(" + "; ".join(parts) + ")"


def claims_with_sources(book: Book) -> pd.DataFrame:
    """Claims with the count of independent producers behind them (by the written rules), the parties'
    own records shown apart, whether the article's own wire is among the sources, and each part's status."""
    claims = book.data["claims"].copy()
    sources = book.data["sources"]
    name = wire(book)
    independent, units, primary, cites, status, labels = [], [], [], [], [], []
    for c in claims.itertuples():
        rows = stances(book, c.id)
        found = rules.independent_units(rows, sources, name, c.subject)
        own = rules.primary_records(rows, sources, c.subject)
        on_wire = rules.cites_wire(rows, sources, name)
        independent.append(len(found))
        units.append(found)
        primary.append(own)
        cites.append(on_wire)
        status.append(rules.statuses(claim_facts(c), rows, sources, name))
        labels.append(count_label(len(found), own, on_wire, name))
    claims["independent"] = independent
    claims["units"] = units
    claims["primary"] = primary
    claims["cites_wire"] = cites
    claims["statuses"] = status
    claims["count_label"] = labels
    claims["own_side_only"] = [not n and bool(p) for n, p in zip(independent, primary, strict=True)]
    claims["wire_only"] = [not n and not p and w for n, p, w in zip(independent, primary, cites, strict=True)]
    claims["order"] = claims["significance"].map(SIGNIFICANCE_ORDER)
    return claims


#: The check-reading's rows of the verdict history (stage second_reading) open with this.
CHECK_READING_REASON = "Check-reading"


def second_reading_facts(book: Book) -> dict[str, object]:
    """The second reading in numbers, in two rounds. The first: how many claims it re-read, how many the
    readers agreed with, how many changes they proposed, how many were applied, and what the rules it made
    unambiguous changed. The second, the check-reading of what the first changed: how many claims two
    further readers read, how many they agreed with, how many the lead's decisions changed, and which
    verdicts."""
    claims = book.data["claims"]
    reading = claims["second_reading"]
    history = book.data["claim_history"]
    staged = history[history["stage"] == "second_reading"]
    check_rows = staged[staged["reason"].str.startswith(CHECK_READING_REASON)]
    rows = staged.drop(check_rows.index)
    verdicts = rows[rows["verdict_before"] != rows["verdict_after"]]
    check = claims["check_reading"]
    read = check[~check.str.startswith("not in this reading")]
    check_verdicts = check_rows[check_rows["verdict_before"] != check_rows["verdict_after"]]
    return {
        "hi_second_pending": int((reading == "pending").sum()),
        "hi_second_read": int((reading != "pending").sum()),
        "hi_second_agreed": int((reading == "agreed").sum()),
        "hi_second_proposed": int((reading.str.startswith("changed") | reading.str.contains("proposal")).sum()),
        "hi_second_applied": int(reading.str.startswith("changed").sum()),
        "hi_second_claims_changed": rows["claim"].nunique(),
        "hi_second_verdicts": len(verdicts),
        "hi_second_verdict_phrase": counted(len(verdicts), "verdict", "verdicts", start=False),
        "hi_second_verdict_list": _verdict_list(verdicts),
        "hi_check_read": len(read),
        "hi_check_agreed": int(read.str.startswith("agreed").sum()),
        "hi_check_changed": int(read.str.startswith("changed").sum()),
        "hi_check_not_read": int(len(check) - len(read)),
        "hi_check_claims_changed": check_rows["claim"].nunique(),
        "hi_check_verdict_phrase": counted(len(check_verdicts), "verdict", "verdicts", start=False),
        "hi_check_verdict_list": _verdict_list(check_verdicts),
    }


def _verdict_list(rows: pd.DataFrame) -> str:
    """ "c19 verified → unverified; ..." for history rows that changed a verdict, or "none"."""
    listed = "; ".join(
        f"{r.claim} {r.verdict_before} → {r.verdict_after}" for r in rows.sort_values("claim").itertuples()
    )
    return listed or "none"


def history_changes(book: Book) -> pd.DataFrame:
    """Stages after the first reading that changed an existing claim's verdict (new claims excluded)."""
    history = book.data["claim_history"]
    later = history[(history["stage"] != "first_reading") & (history["verdict_before"] != "")]
    return later[later["verdict_before"] != later["verdict_after"]]


def rules_changes(book: Book) -> pd.DataFrame:
    """This round's re-judging under the written rules: the claims whose verdict it changed."""
    history = book.data["claim_history"]
    rows = history[history["stage"] == "rules_reading"]
    return rows[rows["verdict_before"] != rows["verdict_after"]]


def verdict_tally(claims: pd.DataFrame) -> str:
    """ "31 verified, 8 imprecise, ..." in the vocabulary's order, verdicts with no claim left out."""
    counts = claims["verdict"].value_counts()
    return ", ".join(f"{int(counts[v])} {v}" for v in VERDICTS if counts.get(v, 0))


def facts(book: Book) -> dict[str, object]:
    claims = claims_with_sources(book)
    counts = claims["verdict"].value_counts()
    significant = claims[claims["significance"].isin(["substantive", "misleading"])].sort_values(["order", "start"])
    changes = history_changes(book)
    by_rules = rules_changes(book)
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
    substantive = claims[claims["significance"] == "substantive"].sort_values("start")
    return {
        "hi_claims": len(claims),
        "hi_verified": int(counts.get("verified", 0)),
        "hi_tally": verdict_tally(claims),
        "hi_not_settled": int((~claims["verdict"].isin(SETTLED_VERDICTS)).sum()),
        "hi_significant": len(significant),
        "hi_significant_ids": ", ".join(significant["id"]),
        "hi_substantive_ids": ", ".join(substantive["id"]),
        "hi_significant_wire": int((significant["introduced_by"] == "wire").sum()),
        "hi_misleading": int((claims["significance"] == "misleading").sum()),
        "hi_substantive": int((claims["significance"] == "substantive").sum()),
        "hi_minor": int((claims["significance"] == "minor").sum()),
        "hi_characterisations": int((claims["kind"] == "characterisation").sum()),
        "hi_implicit": int((claims["kind"] == "implicit").sum()),
        "hi_own_side_only": int(claims["own_side_only"].sum()),
        "hi_own_side_phrase": counted(int(claims["own_side_only"].sum()), "claim rests", "claims rest"),
        "hi_supported": int(counts.get("supported", 0)),
        "hi_wire_only": int(claims["wire_only"].sum()),
        "hi_wire_cited": int(claims["cites_wire"].sum()),
        "hi_wire": wire(book),
        "hi_count_line": COUNT_LINE.format(wire=wire(book)),
        "hi_median_independent": f"{claims['independent'].median():g}",
        "hi_one_source": int((claims["independent"] <= 1).sum()),
        "hi_no_independent": int((claims["independent"] == 0).sum()),
        "hi_with_primary": int(claims["primary"].map(bool).sum()),
        "hi_parts": int(claims["parts"].map(lambda v: len(split_keys(v))).sum()),
        "hi_stances": len(book.data["claim_sources"]),
        "hi_verdict_changes": len(changes),
        "hi_n_changed_claims": changes["claim"].nunique(),
        "hi_changed_claims": ", ".join(sorted(set(changes["claim"]))),
        "hi_rules_changes": len(by_rules),
        "hi_rules_changed_claims": ", ".join(sorted(by_rules["claim"])),
        **second_reading_facts(book),
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


def significant_markdown(book: Book) -> str:
    """The problems that matter (substantive, then misleading) as a Markdown list, each linked to its row."""
    claims = claims_with_sources(book)
    rows = claims[claims["significance"].isin(["substantive", "misleading"])].sort_values(["order", "start"])
    lines = []
    for c in rows.itertuples():
        quote = c.quote.rstrip(".")
        where = INTRODUCED_LABELS.get(c.introduced_by, "")
        link = f'<a href="data_claims.html#claim-{c.id}">{c.id}</a>'
        lines.append(f"- **{c.significance.capitalize()}** (verdict: {c.verdict}; {where}): “{quote}” — {link}")
    return "\n".join(lines)


def claims_excerpt(book: Book, significant_only: bool = True) -> str:
    """The claims that are not simply verified, the most significant first, folded; the full table is on
    the claims data page. Three columns, so the table fits a desktop column: the claim with its verdict,
    the article's words, and why, with where the problem comes from and the sources under it."""
    claims = claims_with_sources(book)
    shown = claims[~claims["verdict"].isin(SETTLED_VERDICTS)] if significant_only else claims
    shown = shown.sort_values(["order", "start"])
    rows = []
    for c in shown.itertuples():
        flags = []
        if c.own_side_only:
            flags.append("no independent record: it rests on the party's own (primary) record")
        grade = badge(c.verdict) + ("<br>" + significance_mark(c.significance) if c.significance else "")
        why = escape(c.note + (" " + "; ".join(flags) + "." if flags else ""))
        where = INTRODUCED_LABELS.get(c.introduced_by, "")
        rows.append(
            {
                "id": f'<a href="data_claims.html#claim-{c.id}">{c.id}</a><br>{grade}',
                "quote": c.quote,
                "note": f"{why}<br><strong>Comes from:</strong> {escape(where)}<br><strong>Sources:</strong> "
                f"{source_links(c.sources)} {escape(c.count_label)}",
            }
        )
    columns = {"id": "Claim and verdict", "quote": "The article says", "note": "Why, where it comes from, sources"}
    table = table_html(
        rows,
        columns,
        "Claims that are not simply verified, the most severe first",
        raw=("id", "note"),
    )
    return fold(table, f"Table: the {len(rows)} claims that are not simply verified, with the reason and sources")


def since_publication(book: Book) -> str:
    timeline = book.data["timeline"]
    after = timeline[(timeline["start"] > book.article.published) & (timeline["verified"] == "yes")].copy()
    after["sort"] = after["start"] + (after["end"] - after["start"]) / 2
    after = after.sort_values(["sort", "date"])
    rows = [
        {"date": iso_reading(str(r.date)), "event": r.event, "sources": source_links(r.sources)}
        for r in after.itertuples()
    ]
    table = table_html(
        rows,
        {"date": "Date", "event": "What happened", "sources": "Sources"},
        "Since publication: verified events",
        raw=("sources",),
        wide=True,
    )
    return fold(table, f"Table: the {len(rows)} verified events since publication, with their sources")


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
    table = table_html(
        rows,
        {"participant": "Participant", "status": "Status", "delegation": "Delegation", "sources": "Sources"},
        f"The round the article reports: {readable_time(third['date'].iloc[0])}",
        raw=("sources",),
    )
    return fold(table, f"Table: who sat at the round the article reports ({len(rows)} participants), with sources")


__all__ = [
    "ARTICLE_WEEK",
    "NORMALISATION_STEPS",
    "SIGNIFICANCE",
    "claim_facts",
    "claims_excerpt",
    "claims_with_sources",
    "count_label",
    "facts",
    "history_changes",
    "party_states",
    "round_three",
    "rules_changes",
    "second_reading_facts",
    "significant_markdown",
    "since_publication",
    "stances",
    "state_metonyms",
    "verdict_tally",
]


TIMELINE_SOURCE = "the timeline, every event from sources read (Data: Timeline)"
CLAIMS_SOURCE = "the claims checked for this book (Data: Claims)"
ROUNDS_SOURCE = "the Moscow-format data, from the sources read (Data: The Moscow format)"


def road_figure(book: Book):
    from ..charts.history import step_list

    years = book.data["timeline"].set_index("id")
    first, last = years.loc["taliban-terror-designation", "start"], years.loc["russia-recognises-taliban", "start"]
    title = f"From a terror listing in {first:%Y} to recognition in {last:%Y}"
    return step_list(book.data["timeline"], NORMALISATION_STEPS, book.article.published, title, TIMELINE_SOURCE)


def week_figure(book: Book):
    from ..charts.history import step_list

    return step_list(
        book.data["timeline"],
        ARTICLE_WEEK,
        book.article.published,
        "The week the article points to: talks, drills and Putin's 'no rush'",
        TIMELINE_SOURCE,
        date_format="%a %-d %b",
    )


def verdicts_figure(book: Book):
    """Every claim as a square by verdict, the problems that matter named (the landing page's and
    chapter 5's first figure)."""
    from ..charts.history import verdict_units

    f = facts(book)
    claims = claims_with_sources(book).sort_values(["order", "start"])
    title = f"{f['hi_verified']} of {f['hi_claims']} claims verified; {f['hi_significant']} problems that matter"
    return verdict_units(claims[["id", "verdict", "significance"]], title, CLAIMS_SOURCE)


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
    return participation_matrix(matrix.fillna(""), title, ROUNDS_SOURCE)
