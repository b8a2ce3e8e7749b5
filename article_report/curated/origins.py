"""Where a claim's problem comes from (``claims.csv``, ``introduced_by``) must agree with how the sentence that
holds the claim's words was made (``rewrite.csv``): the two tables were read by different readers, and this is
the rule that keeps them from telling the reader two stories.

- ``rewrite``: a sentence holding the claim was changed by Newsweek's re-write (its row's ``by`` is ``rewrite``);
- ``wire``: a stored copy of an AP text carries the sentence (its row's ``attested_in`` is not empty), so the
  problem is shown to be AP's; a sentence of the appended copy that no stored copy reaches is not evidence of it;
- ``outlet``: the sentence has no source text at all (Newsweek's own lines: a hand-over line, a caption);
- ``unknown``: the stored copies cannot tell, which they cannot where a stored AP copy carries the sentence's
  words unchanged (that is ``wire``).
"""

from __future__ import annotations

import pandas as pd


def introduced_by_problems(claims: pd.DataFrame, rewrite: pd.DataFrame) -> list[tuple[int, str]]:
    """(claims.csv row, problem) for every claim whose ``introduced_by`` its sentence's alignment contradicts."""
    placed = rewrite.dropna(subset=["start"])
    problems = []
    for c in claims[claims["introduced_by"] != ""].itertuples():
        rows = placed[(placed["start"] < c.end) & (placed["end"] > c.start)]
        if rows.empty:
            problems.append((int(c.row), f"{c.id}: no sentence of rewrite.csv holds the claim's words"))
            continue
        by_rewrite = (rows["by"] == "rewrite").any()
        attested = (rows["attested_in"] != "").any()
        unsourced = ((rows["version"] == "") & rows["codes"].map(lambda codes: "new_material" in codes)).any()
        attested_unchanged = ((rows["attested_in"] != "") & (rows["by"] == "none")).any()
        allowed = {
            "rewrite": by_rewrite,
            "wire": attested,
            "outlet": unsourced,
            "unknown": not attested_unchanged,
        }[c.introduced_by]
        if not allowed:
            why = {
                "rewrite": "no sentence holding it was changed by the re-write",
                "wire": "no stored AP copy carries the sentence that holds it",
                "outlet": "the sentence that holds it has a source text",
                "unknown": "a stored AP copy carries its sentence unchanged, so it is the wire's",
            }[c.introduced_by]
            problems.append((int(c.row), f"{c.id}: introduced_by {c.introduced_by!r}, but {why}"))
    return problems
