"""How the outlet's section re-tells the wire copy: sentence pairs by TF-IDF cosine similarity."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..structure.sentences import Sentence

# Thresholds on cosine similarity, chosen by reading pairs (see the anatomy chapter's table):
# above KEPT the sentence is the same wording; above RETOLD it reports the same fact in other words.
KEPT = 0.6
RETOLD = 0.25
NEAR_DUPLICATE = 0.5
PAIRED_KINDS = ("headline", "paragraph", "caption")


def similarity_matrix(sentences: list[Sentence]) -> tuple[list[Sentence], np.ndarray]:
    """Cosine similarity of every pair of sentences that carry content (not hand-over lines)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported on use: a second to load
    from sklearn.metrics.pairwise import cosine_similarity

    chosen = [s for s in sentences if s.kind in PAIRED_KINDS]
    if len(chosen) < 2:
        return chosen, np.zeros((len(chosen), len(chosen)))
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[\w'-]{2,}\b")
    try:
        matrix = vectorizer.fit_transform([s.text for s in chosen])
    except ValueError:  # only stop words: nothing to compare
        return chosen, np.zeros((len(chosen), len(chosen)))
    return chosen, cosine_similarity(matrix)


def _verdict(score: float) -> str:
    if score >= KEPT:
        return "kept"
    if score >= RETOLD:
        return "retold"
    return "unmatched"


def pair_sections(sentences: list[Sentence], source: str = "outlet", target: str = "wire") -> pd.DataFrame:
    """For each sentence of ``source``, its closest sentence in ``target``, with the score."""
    chosen, sim = similarity_matrix(sentences)
    src = [i for i, s in enumerate(chosen) if s.section == source]
    tgt = [j for j, s in enumerate(chosen) if s.section == target]
    rows = []
    for i in src:
        if tgt:
            j = max(tgt, key=lambda k: (sim[i, k], -k))
            score = float(sim[i, j])
        else:
            j, score = None, 0.0
        rows.append(
            {
                "sentence": chosen[i].id,
                "kind": chosen[i].kind,
                "text": chosen[i].text,
                "closest": chosen[j].id if j is not None else None,
                "closest_text": chosen[j].text if j is not None else "",
                "similarity": round(score, 3),
                "match": _verdict(score),
            }
        )
    columns = ["sentence", "kind", "text", "closest", "closest_text", "similarity", "match"]
    return pd.DataFrame(rows, columns=columns).astype({"closest": "Int64"})


def near_duplicates(sentences: list[Sentence], threshold: float = NEAR_DUPLICATE) -> pd.DataFrame:
    """Pairs of sentences anywhere in the article that say nearly the same thing."""
    chosen, sim = similarity_matrix(sentences)
    rows = []
    for i in range(len(chosen)):
        for j in range(i + 1, len(chosen)):
            if sim[i, j] >= threshold:
                a, b = chosen[i], chosen[j]
                rows.append(
                    {
                        "first": a.id, "first_kind": a.kind, "first_section": a.section, "first_text": a.text,
                        "second": b.id, "second_kind": b.kind, "second_section": b.section, "second_text": b.text,
                        "similarity": round(float(sim[i, j]), 3),
                    }
                )  # fmt: skip
    columns = [
        "first", "first_kind", "first_section", "first_text",
        "second", "second_kind", "second_section", "second_text", "similarity",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def section_matrix(
    sentences: list[Sentence], source: str = "outlet", target: str = "wire"
) -> tuple[np.ndarray, list[Sentence], list[Sentence]]:
    """The block of the similarity matrix with ``source`` sentences as rows and ``target`` as columns."""
    chosen, sim = similarity_matrix(sentences)
    rows = [i for i, s in enumerate(chosen) if s.section == source]
    cols = [j for j, s in enumerate(chosen) if s.section == target]
    return sim[np.ix_(rows, cols)], [chosen[i] for i in rows], [chosen[j] for j in cols]
