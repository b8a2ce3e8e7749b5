"""Who gets a voice: actors quoted directly or reported, against actors only talked about."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pandas as pd

from ..speech.quotes import Quotation
from ..speech.reported import ReportedSpeech
from .gazetteer import Actor
from .mentions import ActorMatcher, Mention

MATCH_COLUMNS = ("name", "alias", "demonym", "metonym", "role")


def speaker_actor(speaker: str, actors: list[Actor] | ActorMatcher, named: Collection[str]) -> str:
    """The gazetteer actor a speaker string names ("Sergey Lavrov", "Russia's Foreign Ministry"), or ''.

    The longest mention inside the speaker string decides; a role counts only for an actor the
    article names (``named``), as in the mention rules. ``actors`` may be a matcher already built.
    """
    matcher = actors if isinstance(actors, ActorMatcher) else ActorMatcher(actors)
    found = [(end - start, -start, actor.id) for start, end, actor, match_type in matcher(speaker)
             if match_type != "role" or actor.id in named]  # fmt: skip
    return max(found)[2] if found else ""


def actor_table(
    actors: list[Actor], mentions: Sequence[Mention], quotes: Sequence[Quotation], reports: Sequence[ReportedSpeech]
) -> pd.DataFrame:
    """Per actor mentioned: mentions by section and by match type, quotations and reported statements."""
    named = {m.actor_id for m in mentions}
    matcher = ActorMatcher(actors)
    known: dict[str, str] = {}  # speaker -> actor: a text quotes the same few speakers many times

    def actor_of(speaker: str) -> str:
        if speaker not in known:
            known[speaker] = speaker_actor(speaker, matcher, named)
        return known[speaker]

    quote_actor = [actor_of(q.speaker) if q.speaker else "" for q in quotes if q.kind == "speech"]
    speech = [q for q in quotes if q.kind == "speech"]
    report_actor = [actor_of(r.speaker or r.speaker_text) for r in reports]
    by_actor: dict[str, list[Mention]] = {}
    for m in mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
    rows = []
    for actor in actors:
        own = by_actor.get(actor.id, [])
        n_quotes = sum(1 for a in quote_actor if a == actor.id)
        quoted_words = sum(q.words for q, a in zip(speech, quote_actor, strict=True) if a == actor.id)
        n_reports = sum(1 for a in report_actor if a == actor.id)
        if not own and not n_quotes and not n_reports:
            continue
        voice = "quoted" if n_quotes else "reported" if n_reports else "mentioned only"
        row = {
            "id": actor.id, "actor": actor.name, "kind": actor.kind, "mentions": len(own),
            "outlet": sum(m.section == "outlet" for m in own), "wire": sum(m.section == "wire" for m in own),
        }  # fmt: skip
        row.update({t: sum(m.match_type == t for m in own) for t in MATCH_COLUMNS})
        row.update(as_place=sum(m.reading == "place" for m in own), as_topic=sum(m.reading == "topic" for m in own))
        row.update(
            quotes=n_quotes, quoted_words=quoted_words, reports=n_reports, voice=voice,
            first_block=min((m.block for m in own), default=0),
        )  # fmt: skip
        rows.append(row)
    columns = ["id", "actor", "kind", "mentions", "outlet", "wire", *MATCH_COLUMNS, "as_place", "as_topic",
               "quotes", "quoted_words", "reports", "voice", "first_block"]  # fmt: skip
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


def camp(actor_id: str, actors: list[Actor]) -> str:
    """The top of an actor's affiliation chain (Lavrov -> Foreign Ministry -> Russia): its side."""
    by_id = {a.id: a for a in actors}
    seen = set()
    while actor_id in by_id and by_id[actor_id].affiliation and actor_id not in seen:
        seen.add(actor_id)
        actor_id = by_id[actor_id].affiliation
    return actor_id


def voice_by_camp(table: pd.DataFrame, actors: list[Actor]) -> pd.DataFrame:
    """The per-actor table summed by camp (see :func:`camp`), for camps with any mention.

    Places, diplomatic formats and media are left out: they are where and how actors meet, and who
    reports on them, not sides.
    """
    names = {a.id: a.name for a in actors}
    table = table[~table["kind"].isin(["place", "diplomatic_format", "media"])]
    grouped = table.assign(camp=[names.get(camp(i, actors), i) for i in table["id"]])
    summary = grouped.groupby("camp", as_index=False)[["mentions", "quotes", "quoted_words", "reports"]].sum()
    members = grouped.groupby("camp")["actor"].apply(lambda s: ", ".join(sorted(s)))
    summary["actors"] = summary["camp"].map(members)
    return summary.sort_values(["quoted_words", "reports", "mentions"], ascending=False, ignore_index=True)
