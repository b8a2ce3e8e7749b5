"""How the outlet's section re-tells the wire copy: sentence pairs by TF-IDF cosine similarity.

No sentence-by-sentence matrix is built: a long text has too many sentences for one (50,000 sentences
would need 20 GB). Similarities are computed as sparse products, only for pairs that share a word:

- each outlet sentence's closest wire sentence: the outlet rows against the wire rows, a block of rows
  at a time, keeping each row's best;
- near-duplicates (similarity at least a threshold ``t``), by prefix filtering (Bayardo, Ma and Srikant,
  "Scaling up all pairs similarity search", WWW 2007): order the terms from the most frequent, and
  leave out of the index each sentence's longest run of first terms whose weight is below ``t``. Two
  sentences reach ``t`` only if they share a term that neither left out (what they share among the
  left-out terms is worth less than ``t``, by Cauchy-Schwarz), so only pairs sharing an indexed term are
  scored. Frequent words ("said") are left out of nearly every sentence, and the candidates are few.

Both are exact: the values are the sums the full matrix holds (the same products added in the same
order), and no pair above the threshold is missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
import pandas as pd

from ..structure.blocks import RUNNING_TEXT_KINDS
from ..structure.sentences import Sentence

# Thresholds on cosine similarity, chosen by reading pairs (see the anatomy chapter's table):
# above KEPT the sentence is the same wording; above RETOLD it reports the same fact in other words.
KEPT = 0.6
RETOLD = 0.25
NEAR_DUPLICATE = 0.5
_ROWS = 256  # rows multiplied at a time: bounds the memory of one block of products
_SLACK = 1e-9  # room for rounding: indexed runs end this much early, and quick scores are rechecked this close


@lru_cache(maxsize=1)
def _vectors(texts: tuple[str, ...]):  # -> scipy.sparse.csr_matrix
    """TF-IDF vectors of the texts, normalised as scikit-learn's cosine similarity normalises them (kept for
    the next call: the re-telling and the near-duplicate tables read the same sentences)."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported on use: a second to load
    from sklearn.preprocessing import normalize

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[\w'-]{2,}\b")
    try:
        return normalize(vectorizer.fit_transform(texts)).tocsr()
    except ValueError:  # only stop words: nothing to compare
        return sparse.csr_matrix((len(texts), 1))


def _content(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that carry content (the running text, not hand-over lines)."""
    return [s for s in sentences if s.kind in RUNNING_TEXT_KINDS]


def _verdict(score: float) -> str:
    if score >= KEPT:
        return "kept"
    if score >= RETOLD:
        return "retold"
    return "unmatched"


def _closest(vectors, src: np.ndarray, tgt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each row in ``src``, the position in ``tgt`` of its most similar row (the first of equals; the
    first of all when none shares a word) and the similarity."""
    best_at = np.zeros(len(src), dtype=np.int64)
    best = np.zeros(len(src))
    targets_t = vectors[tgt].T.tocsr()
    for lo in range(0, len(src), _ROWS):
        block = (vectors[src[lo : lo + _ROWS]] @ targets_t).tocsr()
        counts = np.diff(block.indptr)
        rows = np.flatnonzero(counts)
        if not len(rows):
            continue
        starts = block.indptr[rows]
        top = np.maximum.reduceat(block.data, starts)
        owner = np.repeat(np.arange(len(rows)), counts[rows])
        positions = np.where(block.data == top[owner], block.indices.astype(np.int64), len(tgt))
        best_at[lo + rows] = np.minimum.reduceat(positions, starts)
        best[lo + rows] = top
    return best_at, best


def pair_sections(sentences: Sequence[Sentence], source: str = "outlet", target: str = "wire") -> pd.DataFrame:
    """For each sentence of ``source``, its closest sentence in ``target``, with the score."""
    chosen = _content(sentences)
    src = np.array([i for i, s in enumerate(chosen) if s.section == source], dtype=np.int64)
    tgt = np.array([j for j, s in enumerate(chosen) if s.section == target], dtype=np.int64)
    if len(src) and len(tgt):
        best_at, best = _closest(_vectors(tuple(s.text for s in chosen)), src, tgt)
    else:
        best_at, best = np.zeros(len(src), dtype=np.int64), np.zeros(len(src))
    rows = []
    for k, i in enumerate(src):
        j = int(tgt[best_at[k]]) if len(tgt) else None
        score = float(best[k])
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


@dataclass(frozen=True)
class _Prefixes:
    """Each row's terms from the most frequent, split where the row's weight on its first terms would reach
    the threshold: ``suffix`` holds the rest (weights), ``boundary`` the rank where the rest begins,
    ``prefix_norm`` the weight before it; ``keys``/``reach`` give the weight a row has on terms ranked before
    any rank (for the bound on a pair's shared first terms)."""

    suffix: object  # scipy.sparse.csr_matrix
    boundary: np.ndarray
    prefix_norm: np.ndarray
    keys: np.ndarray  # row * terms + rank, ascending
    reach: np.ndarray  # squared weight of the row's terms up to and including that one
    terms: int

    def weight_before(self, rows: np.ndarray, ranks: np.ndarray) -> np.ndarray:
        """The norm of each row's part on the terms ranked before ``ranks``."""
        at = np.searchsorted(self.keys, rows * self.terms + ranks, side="left") - 1
        inside = (at >= 0) & (self.keys[np.maximum(at, 0)] // self.terms == rows)
        return np.sqrt(np.where(inside, self.reach[np.maximum(at, 0)], 0.0))


def _prefixes(vectors, threshold: float) -> _Prefixes:
    from scipy import sparse

    n, m = vectors.shape
    counts = np.diff(vectors.indptr)
    df = np.bincount(vectors.indices, minlength=m)
    rank = np.empty(m, dtype=np.int64)
    rank[np.argsort(-df, kind="stable")] = np.arange(m)  # 0: the most frequent term
    rows = np.repeat(np.arange(n), counts)
    order = np.lexsort((rank[vectors.indices], rows))  # row by row, most frequent term first
    ranks = rank[vectors.indices[order]]
    running = np.concatenate(([0.0], np.cumsum(vectors.data[order] ** 2)))
    reach = running[1:] - np.repeat(running[vectors.indptr[:-1]], counts)
    indexed = reach >= (threshold * (1 - _SLACK)) ** 2
    picked = order[indexed]
    suffix = sparse.csr_matrix((vectors.data[picked], (rows[picked], vectors.indices[picked])), shape=(n, m))
    boundary = np.full(n, m, dtype=np.int64)
    np.minimum.at(boundary, rows[indexed], ranks[indexed])
    before = np.where(indexed, 0.0, reach)
    prefix_norm = np.zeros(n)
    np.maximum.at(prefix_norm, rows, before)
    return _Prefixes(suffix, boundary, np.sqrt(prefix_norm), rows * m + ranks, reach, m)


def _exact(vectors, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The similarity of each pair ``(i[k], j[k])`` (``i`` ascending) as the full matrix holds it: the rows of a
    few pairs multiplied together, so the products are added in the matrix's own order."""
    out = np.empty(len(i))
    edges = np.flatnonzero(np.r_[True, np.diff(i // 32) != 0, True]) if len(i) else np.zeros(0, dtype=np.int64)
    for lo, hi in pairwise(edges):
        rows, row_at = np.unique(i[lo:hi], return_inverse=True)
        cols, col_at = np.unique(j[lo:hi], return_inverse=True)
        out[lo:hi] = (vectors[rows] @ vectors[cols].T).toarray()[row_at, col_at]
    return out


def _similar_pairs(vectors, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of rows ``i < j`` whose similarity reaches ``threshold``, ordered by ``i`` then ``j``.

    A pair that shares an indexed term is a candidate. Its similarity is at most what its shared indexed
    terms give (multiplied out, a block of rows at a time) plus a bound on what its shared first terms can
    add: those lie in the first terms of the row whose indexed part starts later, so they add at most that
    row's weight on them times the other row's weight on the terms ranked before it (Cauchy-Schwarz). Only
    candidates whose bound reaches the threshold are scored, exactly; memory holds one block at a time."""
    split = _prefixes(vectors, threshold)
    suffix_t = split.suffix.T.tocsr()
    near_i, near_j = [], []
    for lo in range(0, vectors.shape[0], _ROWS):
        shared = (split.suffix[lo : lo + _ROWS] @ suffix_t).tocoo()
        i, j, part = shared.row.astype(np.int64) + lo, shared.col.astype(np.int64), shared.data
        later = j > i
        i, j, part = i[later], j[later], part[later]
        first = np.where(split.boundary[i] >= split.boundary[j], i, j)  # the row whose indexed part starts later
        other = np.where(first == i, j, i)
        bound = part + split.prefix_norm[first] * split.weight_before(other, split.boundary[first])
        possible = bound >= threshold * (1 - _SLACK) - _SLACK
        near_i.append(i[possible])
        near_j.append(j[possible])
    i = np.concatenate(near_i) if near_i else np.zeros(0, dtype=np.int64)
    j = np.concatenate(near_j) if near_j else np.zeros(0, dtype=np.int64)
    order = np.lexsort((j, i))
    i, j = i[order], j[order]
    values = _exact(vectors, i, j)
    keep = values >= threshold
    return i[keep], j[keep], values[keep]


def near_duplicates(sentences: Sequence[Sentence], threshold: float = NEAR_DUPLICATE) -> pd.DataFrame:
    """Pairs of sentences anywhere in the article that say nearly the same thing."""
    chosen = _content(sentences)
    rows = []
    if len(chosen) >= 2:
        for i, j, value in zip(*_similar_pairs(_vectors(tuple(s.text for s in chosen)), threshold), strict=True):
            a, b = chosen[i], chosen[j]
            rows.append(
                {
                    "first": a.id, "first_kind": a.kind, "first_section": a.section, "first_text": a.text,
                    "second": b.id, "second_kind": b.kind, "second_section": b.section, "second_text": b.text,
                    "similarity": round(float(value), 3),
                }
            )  # fmt: skip
    columns = [
        "first", "first_kind", "first_section", "first_text",
        "second", "second_kind", "second_section", "second_text", "similarity",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
