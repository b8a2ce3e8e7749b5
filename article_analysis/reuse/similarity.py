"""How much of one sentence another holds, for every derived sentence against every source sentence at once.

Each sentence is the set of its content stems (:func:`~.normalise.content_stems`), each stem weighted by how
rare it is across the sentences of both texts (inverse document frequency), a name at half weight: the names
of an event are in every report of it, so they show what a sentence is about more than where it comes from.
From one sparse product of the two texts' sentence-by-stem matrices come, for every pair:

- ``cover``: the share of the derived sentence's weight found in the source sentence (does it come from it?);
- ``held``: the share of the source sentence's weight found in the derived one (how much of it was kept?);
- ``shared``: how many content stems the two have in common;
- ``cosine``: the larger of two TF-IDF cosines (counts, inverse document frequency from the sentences of both
  texts): of the two sentences' content stems (names at full weight), and of all their words as a plain
  re-use baseline reads them (lower case, words of two letters or more, as scikit-learn's TfidfVectorizer).
  Each catches re-use the other misses: stems meet "announced" with "announcement", whole words keep the
  function words of a copied phrase ("told the court that the").

Scores are computed once for all pairs (scipy.sparse); nothing loops over pairs in Python.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

NAME_WEIGHT = 0.5


@dataclass(frozen=True)
class Scores:
    """Dense (derived x source) arrays of the measures above."""

    cover: np.ndarray
    held: np.ndarray
    shared: np.ndarray
    cosine: np.ndarray
    plain_shared: np.ndarray  # how many shared stems are not names
    weight_derived: np.ndarray  # each derived sentence's total weight
    weight_source: np.ndarray


def _incidence(rows: list[list[str]], index: dict[str, int]) -> sparse.csr_matrix:
    """A 0/1 matrix: row i has a 1 in column index[t] for each distinct term t of rows[i]."""
    indptr, indices = [0], []
    for terms in rows:
        indices.extend(sorted({index[t] for t in terms}))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=(len(rows), len(index)))


def _tfidf_rows(rows: list[list[str]], index: dict[str, int], idf: np.ndarray) -> sparse.csr_matrix:
    """Each row's term counts times idf, scaled to unit length (a row without terms stays zero)."""
    indptr, indices, data = [0], [], []
    for terms in rows:
        counts = Counter(index[t] for t in terms)
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    shape = (len(rows), len(index))
    values, columns = np.array(data, dtype=float), np.array(indices, dtype=np.int64)
    matrix = sparse.csr_matrix((values, columns, np.array(indptr)), shape)
    matrix = matrix @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ matrix


_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def words_of(text: str) -> list[str]:
    """A sentence's words as a plain TF-IDF baseline reads them."""
    return _WORD.findall(text.lower())


def _cosine(d_rows: list[list[str]], s_rows: list[list[str]]) -> np.ndarray:
    """The TF-IDF cosine of every derived row against every source row, idf smoothed over all the rows."""
    documents: Counter[str] = Counter()
    for terms in d_rows + s_rows:
        documents.update(set(terms))
    n = len(d_rows) + len(s_rows)
    index = {term: i for i, term in enumerate(sorted(documents))}
    idf = np.array([math.log((n + 1) / (documents[t] + 1)) + 1 for t in sorted(documents)])
    return (_tfidf_rows(d_rows, index, idf) @ _tfidf_rows(s_rows, index, idf).T).toarray()


def score(
    d_stems: list[list[tuple[str, bool]]],
    s_stems: list[list[tuple[str, bool]]],
    d_words: list[list[str]] | None = None,
    s_words: list[list[str]] | None = None,
) -> Scores:
    """The measures for every derived sentence (rows) against every source sentence (columns), from each
    sentence's content stems (:func:`~.normalise.content_stems`) and, when given, its words (:func:`words_of`)."""
    everything = d_stems + s_stems
    named: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for stems in everything:
        for term, is_name in stems:
            seen[term] += 1
            named[term] += is_name
        documents.update({term for term, _ in stems})
    n = len(everything)
    index = {term: i for i, term in enumerate(sorted(documents))}
    weights = np.zeros(len(index))
    idf = np.zeros(len(index))
    plain = np.ones(len(index))
    for term, i in index.items():
        if named[term] * 2 >= seen[term]:  # written as a name at least half the time
            plain[i] = 0.0
        idf[i] = math.log((n + 1) / (documents[term] + 1)) + 1  # smoothed, as scikit-learn's TfidfVectorizer
        weights[i] = idf[i] * (1.0 if plain[i] else NAME_WEIGHT)
    d_terms = [[t for t, _ in stems] for stems in d_stems]
    s_terms = [[t for t, _ in stems] for stems in s_stems]
    d_matrix, s_matrix = _incidence(d_terms, index), _incidence(s_terms, index)
    weighted = (d_matrix @ sparse.diags(weights)) @ s_matrix.T
    shared_weight = weighted.toarray()
    shared = (d_matrix @ s_matrix.T).toarray()
    plain_shared = ((d_matrix @ sparse.diags(plain)) @ s_matrix.T).toarray()
    weight_derived = np.asarray(d_matrix @ weights).ravel()
    weight_source = np.asarray(s_matrix @ weights).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        cover = np.nan_to_num(shared_weight / weight_derived[:, None])
        held = np.nan_to_num(shared_weight / weight_source[None, :])
    cosine = (_tfidf_rows(d_terms, index, idf) @ _tfidf_rows(s_terms, index, idf).T).toarray()
    if d_words is not None and s_words is not None:
        cosine = np.maximum(cosine, _cosine(d_words, s_words))
    return Scores(cover, held, shared, cosine, plain_shared, weight_derived, weight_source)
