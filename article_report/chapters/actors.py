"""Chapter "Who is in the story": mentions by name, alias and role, company, voice by side, the map.

Every mention count here is one count: mentions in the running text (headline, paragraphs, photo
captions), not in a photo's keyword line or credit (see :data:`article_report.book.RUNNING_TEXT`).
"""

from __future__ import annotations

import pandas as pd

from article_analysis.actors.mentions import acts_as_state, name_only_mentions

from ..book import READ_BY_RULE, Book
from ..tables import fold, frame_html, snippet
from ..vocab import ACTOR_KIND_LABELS, MATCH_TYPE_LABELS, NOT_A_SIDE


def actor_table(book: Book) -> pd.DataFrame:
    """Per actor mentioned in the running text: mentions (total, by part, by how), voice."""
    mentions = book.mentions
    actors = book.analysis.tables["actors"].set_index("id")
    rows = []
    for actor_id, part in mentions.groupby("actor_id"):
        a = actors.loc[actor_id]
        rows.append(
            {
                "id": actor_id,
                "actor": a["actor"],
                "kind": a["kind"],
                "kind_label": ACTOR_KIND_LABELS[a["kind"]],
                "mentions": len(part),
                "outlet": int((part["section"] == "outlet").sum()),
                "wire": int((part["section"] == "wire").sum()),
                "forms": "; ".join(f"{s} ×{n}" for s, n in part["surface"].value_counts().sort_index().items()),
                "how": ", ".join(MATCH_TYPE_LABELS[t] for t in sorted(set(part["match_type"]))),
                "quotes": int(a["quotes"]),
                "quoted_words": int(a["quoted_words"]),
                "reports": int(a["reports"]),
                "voice": a["voice"],
            }
        )
    table = pd.DataFrame(rows)
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


def pairs(book: Book) -> pd.DataFrame:
    """Pairs of actors sharing sentences of the running text."""
    mentions = book.mentions[book.mentions["sentence"] > 0]
    kinds = {a.id: a.kind for a in book.gazetteer}
    by_sentence = mentions.groupby("sentence")["actor_id"].apply(lambda s: sorted(set(s)))
    counts: dict[tuple[str, str], int] = {}
    for ids in by_sentence:
        ids = [i for i in ids if kinds[i] not in NOT_A_SIDE]
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    rows = [
        {"a": a, "b": b, "a_name": book.actor_names[a], "b_name": book.actor_names[b], "sentences": n}
        for (a, b), n in counts.items()
    ]
    return pd.DataFrame(rows).sort_values(
        ["sentences", "a_name", "b_name"], ascending=[False, True, True], ignore_index=True
    )


READING_LABELS = {"actor": "an actor", "place": "a place", "topic": "a topic (what talks are about)"}


def metonyms(book: Book) -> pd.DataFrame:
    """Every mention of a state, by name, adjective or stand-in, and of a place a state's stand-in can name
    ("Moscow"), with how the place-or-actor rule reads it."""
    text = book.text
    forms = {m for a in book.gazetteer for m in a.metonyms}
    kinds = {a.id: a.kind for a in book.gazetteer}
    chosen = book.mentions[book.mentions["surface"].isin(forms) | book.mentions["actor_id"].map(kinds).eq("state")]
    rows = []
    for m in chosen.itertuples():
        rows.append(
            {
                "context": snippet(text, m.start, m.end, 35, 30),
                "surface": m.surface,
                "actor": m.actor,
                "reading": READING_LABELS[m.reading],
                "read_by": m.read_by
                if m.read_by == READ_BY_RULE
                else f"{m.read_by} (the rule: {READING_LABELS[m.analyzer_reading]})",
                "acts": "yes: the state" if acts_as_state(text, m.start, m.end) else "no: the place",
            }
        )
    return pd.DataFrame(rows)


def readings(book: Book, actor_id: str) -> dict[str, int]:
    """How many of an actor's mentions read as an actor, a place or a topic."""
    part = book.mentions[book.mentions["actor_id"] == actor_id]
    return {r: int((part["reading"] == r).sum()) for r in READING_LABELS}


def facts(book: Book) -> dict[str, object]:
    table = actor_table(book)
    counts = table.set_index("id")["mentions"]
    kinds = table["kind"].value_counts()
    pair_table = pairs(book)
    top = pair_table.iloc[0]
    naive = name_only_mentions(book.text, book.gazetteer)
    named = table[table["kind"] == "state"]
    kind_of = {a.id: a.kind for a in book.gazetteer}  # not ``kinds``: the counts by kind above are used below
    states = book.mentions[book.mentions["actor_id"].map(kind_of).eq("state")]
    afg = readings(book, "Q889")
    from .framing import mention_facts, share_text, voice_shares

    voice = voice_shares(book)
    russia = voice.set_index("side").loc[book.actor_names["Q159"]]
    read = mention_facts(book)
    return {
        "ac_russia_actor_share": share_text(int(russia["mentions"]), int(voice["mentions"].sum())),
        "ac_russia_quote_share": share_text(int(russia["quoted_words"]), int(voice["quoted_words"].sum())),
        "ac_n_mentions_found": read["fr_n_mentions_found"],
        "ac_n_mentions_rule_agrees": read["fr_n_mentions_rule_agrees"],
        "ac_n_mentions_reread": read["fr_n_mentions_reread"],
        "ac_state_mentions": len(states),
        "ac_state_place": int((states["reading"] == "place").sum()),
        "ac_state_topic": int((states["reading"] == "topic").sum()),
        "ac_state_actor": int((states["reading"] == "actor").sum()),
        "ac_afg_mentions": sum(afg.values()),
        "ac_afg_place": afg["place"],
        "ac_afg_topic": afg["topic"],
        "ac_afg_actor": afg["actor"],
        "ac_n_actors": len(table),
        "ac_n_gazetteer": len(book.gazetteer),
        "ac_n_mentions": int(table["mentions"].sum()),
        "ac_n_states": int(kinds.get("state", 0)),
        "ac_n_persons": int(kinds.get("person", 0)),
        "ac_n_groups": int(kinds.get("group", 0) + kinds.get("armed_group", 0)),
        "ac_top": ", ".join(f"{r.actor} ({r.mentions})" for r in table.head(3).itertuples()),
        "ac_taliban_mentions": int(counts.get("taliban", 0)),
        "ac_russia_mentions": int(counts.get("Q159", 0)),
        "ac_n_multi_named": int((table["forms"].str.count("×") > 1).sum()),
        "ac_top_pair": f"{top['a_name']} and {top['b_name']}",
        "ac_top_pair_sentences": int(top["sentences"]),
        "ac_n_pairs": len(pair_table),
        "ac_naive_total": int(sum(naive[i] for i in table["id"])),
        "ac_n_named_states": len(named),
        "ac_outlet_only": ", ".join(table[(table["outlet"] > 0) & (table["wire"] == 0)]["actor"]),
    }


def actors_table(book: Book) -> str:
    table = actor_table(book)
    html = frame_html(
        table,
        {
            "actor": "Actor",
            "kind_label": "Kind",
            "mentions": "Mentions",
            "outlet": "In Newsweek's top",
            "wire": "In the AP copy",
            "forms": "Every name used (times)",
        },
        "Actors mentioned in the running text, with every name the article uses for them",
        wide=True,
    )
    return fold(html, f"Table: the {len(table)} actors, their mentions by part and every name used")


def metonyms_table(book: Book) -> str:
    table = metonyms(book)
    html = frame_html(
        table,
        {"context": "In context", "surface": "Word", "actor": "Actor", "reading": "Read as", "read_by": "Read by"},
        "Place, topic or actor: each decision for a state and its stand-ins",
        wide=True,
    )
    # The table also holds the stand-ins' mentions of the city ("talks in Moscow"), so its count is not the
    # states' mentions the prose gives.
    return fold(
        html, f"Table: the {len(table)} mentions of states and their stand-ins, each read as place, topic or actor"
    )


SOURCE = "Newsweek, 20 Oct 2021; this book's gazetteer (Data: Actors)"


def mentions_figure(book: Book):
    from ..charts.actors import mentions_by_actor

    table = actor_table(book)
    top = table.head(3)
    title = ", ".join(top["actor"].iloc[:-1]) + f" and {top['actor'].iloc[-1]} dominate the text"
    return mentions_by_actor(table, title, SOURCE, top=10)


def company_figure(book: Book):
    from ..charts.actors import top_pairs

    f = facts(book)
    title = f"{f['ac_top_pair']} share {f['ac_top_pair_sentences']} sentences, more than any other pair"
    return top_pairs(pairs(book), title, SOURCE)


def voice_figure(book: Book):
    from ..charts.actors import voice_shares
    from .framing import voice_shares as shares

    table = shares(book)
    row = table.set_index("side")
    title = (
        f"Russia's side has {row.loc['Russia', 'mentions_share']:.0%} of the mentions as an actor and "
        f"{row.loc['Russia', 'quoted_words_share']:.0%} of the quoted words"
    )
    return voice_shares(table, title, SOURCE)


def map_figure(book: Book):
    from ..charts.actors import states_map
    from ..geo import load_countries
    from ..paths import data_path

    table = actor_table(book)
    by_id = {a.id: a for a in book.gazetteer}
    named = {
        code: int(n)
        for aid, n in zip(table["id"], table["mentions"], strict=True)
        if by_id[aid].kind == "state"
        for code in by_id[aid].iso_a3
    }
    rounds = book.data["moscow_format"]
    third = rounds[(rounds["round"] == 3) & rounds["status"].isin(["host", "member", "guest"])]
    at_talks = {code for p in third["participant"] for code in by_id[p].iso_a3 if by_id[p].kind == "state"}
    names = {code: a.name for a in book.gazetteer if a.kind == "state" for code in a.iso_a3}
    # States with no present-day boundary (the Soviet Union) are named below the map, not dropped.
    unmapped = {
        by_id[aid].name: int(n)
        for aid, n in zip(table["id"], table["mentions"], strict=True)
        if by_id[aid].kind == "state" and not by_id[aid].iso_a3
    }
    countries = load_countries(data_path("naturalearth_lowres/naturalearth_lowres.shp"))
    guests = at_talks - {"RUS"}
    title = (
        f"The article names {len(named) + len(unmapped)} states; of the {len(guests)} other states at the "
        f"talks, it names {len(guests & set(named))}"
    )
    return states_map(
        countries,
        named,
        guests,
        names,
        title,
        "Natural Earth 1:110m (public domain); this book's gazetteer and Moscow-format data",
        unmapped=unmapped,
        not_named=sorted(names[c] for c in guests - set(named) if c in names),
    )
