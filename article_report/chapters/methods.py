"""Facts of the "How we did it" page: how the data were made and checked."""

from __future__ import annotations

import pandas as pd

from ..book import Book
from ..curated.checks import split_keys
from ..vocab import SOURCE_TYPES


def facts(book: Book) -> dict[str, object]:
    history = book.data["claim_history"]
    sources = book.data["sources"]
    claims = book.data["claims"]
    types = pd.Series([s.type for s in sources.values()]).value_counts()
    later = history[(history["stage"] != "first_reading") & (history["verdict_before"] != "")]
    changed = later[later["verdict_before"] != later["verdict_after"]]
    by_stage = changed.groupby("stage").size()
    state = sum(1 for s in sources.values() if s.state)
    mirrors_cited = {k for v in claims["sources"] for k in split_keys(v) if sources[k].type == "mirror"}
    facts: dict[str, object] = {
        "me_history_rows": len(history),
        "me_review_changes": int(by_stage.get("review", 0)),
        "me_audit_changes": int(by_stage.get("source_audit", 0)),
        "me_new_claims": int(((history["stage"] == "source_audit") & (history["verdict_before"] == "")).sum()),
        "me_n_sources": len(sources),
        "me_state_sources": state,
        "me_mirrors_cited_by_claims": len(mirrors_cited),
        "me_n_gazetteer": len(book.gazetteer),
        "me_n_topics": int(book.analysis.tables["topics"]["topic"].nunique()),
    }
    for kind in SOURCE_TYPES:
        facts[f"me_sources_{kind}"] = int(types.get(kind, 0))
    facts["me_sources_other"] = sum(int(types.get(kind, 0)) for kind in ("reference", "scholarly", "software"))
    return facts
