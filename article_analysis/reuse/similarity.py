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
    d_matrix, s_matrix = _tfidf(d_rows, s_rows)
    return (d_matrix @ s_matrix.T).toarray()


def _smoothed_idf(documents: Counter[str], n: int, terms: list[str]) -> np.ndarray:
    """Each term's idf over ``n`` rows, smoothed as scikit-learn's TfidfVectorizer does."""
    return np.array([math.log((n + 1) / (documents[t] + 1)) + 1 for t in terms])


@dataclass(frozen=True)
class _Vocabulary:
    """The stems of two texts, each with its weights: in how many sentences it stands, its smoothed idf (as
    scikit-learn's TfidfVectorizer), whether it is plain (0 when written as a name at least half the time) and
    its weight for the shared-weight measures (a name's idf counts NAME_WEIGHT)."""

    documents: Counter[str]
    terms: list[str]
    index: dict[str, int]
    idf: np.ndarray
    plain: np.ndarray
    weights: np.ndarray


def _vocabulary(d_stems: list[list[tuple[str, bool]]], s_stems: list[list[tuple[str, bool]]]) -> _Vocabulary:
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
    terms = sorted(documents)
    idf = _smoothed_idf(documents, n, terms)
    plain = np.array([0.0 if named[t] * 2 >= seen[t] else 1.0 for t in terms])
    weights = idf * np.where(plain > 0, 1.0, NAME_WEIGHT)
    return _Vocabulary(documents, terms, {term: i for i, term in enumerate(terms)}, idf, plain, weights)


def score(
    d_stems: list[list[tuple[str, bool]]],
    s_stems: list[list[tuple[str, bool]]],
    d_words: list[list[str]] | None = None,
    s_words: list[list[str]] | None = None,
) -> Scores:
    """The measures for every derived sentence (rows) against every source sentence (columns), from each
    sentence's content stems (:func:`~.normalise.content_stems`) and, when given, its words (:func:`words_of`)."""
    vocabulary = _vocabulary(d_stems, s_stems)
    index, idf, plain, weights = vocabulary.index, vocabulary.idf, vocabulary.plain, vocabulary.weights
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


#: Candidate generation for long texts: a derived sentence is scored only against the source sentences that
#: share its rarer stems (those in at most RARE_DF sentences of the two texts), at most CANDIDATES of them, the
#: ones sharing the most weight. Below these sizes every pair that shares a stem is scored, as before.
RARE_DF = 100
CANDIDATES = 40


@dataclass(frozen=True)
class PairScores:
    """The measures of :class:`Scores` for candidate pairs only (``i`` derived, ``j`` source; parallel arrays),
    so that the cost grows with the texts' length, not with the product of their lengths."""

    i: np.ndarray
    j: np.ndarray
    cover: np.ndarray
    held: np.ndarray
    shared: np.ndarray
    cosine: np.ndarray
    plain_shared: np.ndarray
    weight_derived: np.ndarray
    weight_source: np.ndarray
    where: dict[tuple[int, int], int]
    window: np.ndarray  # the stems' cosine with the run of source sentences j - 1, j, j + 1 taken as one text

    def get(self, name: str, i: int, j: int) -> float:
        """One measure of the pair (i, j); 0 for a pair that is no candidate (it shares no rare stem)."""
        k = self.where.get((i, j))
        return 0.0 if k is None else float(getattr(self, name)[k])

    def row(self, i: int) -> list[int]:
        """The positions (into the arrays) of derived sentence ``i``'s candidates."""
        return self._rows[i] if i < len(self._rows) else []

    @property
    def _rows(self) -> list[list[int]]:
        rows = self.__dict__.get("_rows_cache")
        if rows is None:
            rows = [[] for _ in range(len(self.weight_derived))]
            for k, i in enumerate(self.i):
                rows[int(i)].append(k)
            object.__setattr__(self, "_rows_cache", rows)
        return rows


def _rowwise(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    """The dot product of row k of ``a`` with row k of ``b``, for every k."""
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def _top(matrix: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The (row, column) positions of each row's k largest entries (all of them in a row with k or fewer)."""
    rows, cols = [], []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        columns, values = matrix.indices[start:end], matrix.data[start:end]
        if len(columns) > k:
            columns = columns[np.argpartition(-values, k - 1)[:k]]
        rows.extend([r] * len(columns))
        cols.extend(columns.tolist())
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _windows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row summed with its neighbours before and after (rows of unit length), scaled to unit length: the
    run of three consecutive sentences around each one, as one text."""
    m = matrix.shape[0]
    if m < 3:
        return matrix
    band = sparse.diags([np.ones(m - 1), np.ones(m), np.ones(m - 1)], [-1, 0, 1], format="csr")
    summed = (band @ matrix).tocsr()
    norms = np.sqrt(np.asarray(summed.multiply(summed).sum(axis=1)).ravel())
    return sparse.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ summed


def _tfidf(rows_d: list[list[str]], rows_s: list[list[str]]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    documents: Counter[str] = Counter()
    for terms in rows_d + rows_s:
        documents.update(set(terms))
    terms = sorted(documents)
    index = {term: i for i, term in enumerate(terms)}
    idf = _smoothed_idf(documents, len(rows_d) + len(rows_s), terms)
    return _tfidf_rows(rows_d, index, idf), _tfidf_rows(rows_s, index, idf)


def pair_scores(
    d_stems: list[list[tuple[str, bool]]],
    s_stems: list[list[tuple[str, bool]]],
    d_words: list[list[str]] | None = None,
    s_words: list[list[str]] | None = None,
    extra: list[tuple[int, int]] | None = None,
) -> PairScores:
    """The measures of :func:`score` for candidate pairs: each derived sentence against the source sentences
    that share its rarer stems (an inverted index, as a sparse product over those stems alone), at most
    CANDIDATES of them, and the ``extra`` pairs the caller asks for. Linear in the texts' length."""
    vocabulary = _vocabulary(d_stems, s_stems)
    documents, terms, index = vocabulary.documents, vocabulary.terms, vocabulary.index
    idf, plain, weights = vocabulary.idf, vocabulary.plain, vocabulary.weights
    rare = np.array([1.0 if documents[t] <= RARE_DF else 0.0 for t in terms])
    d_terms = [[t for t, _ in stems] for stems in d_stems]
    s_terms = [[t for t, _ in stems] for stems in s_stems]
    d_matrix, s_matrix = _incidence(d_terms, index), _incidence(s_terms, index)
    if not terms:
        d_matrix = sparse.csr_matrix((len(d_stems), 0))
        s_matrix = sparse.csr_matrix((len(s_stems), 0))
    sharing = ((d_matrix @ sparse.diags(weights * rare)) @ s_matrix.T).tocsr()
    sharing.eliminate_zeros()
    rows, cols = _top(sharing, CANDIDATES)
    if extra:
        wanted = set(zip(rows.tolist(), cols.tolist(), strict=True)) | {
            (i, j) for i, j in extra if 0 <= i < len(d_stems) and 0 <= j < len(s_stems)
        }
        pairs = sorted(wanted)
        rows = np.array([p[0] for p in pairs], dtype=np.int64)
        cols = np.array([p[1] for p in pairs], dtype=np.int64)
    weight_derived = np.asarray(d_matrix @ weights).ravel()
    weight_source = np.asarray(s_matrix @ weights).ravel()
    if len(rows):
        d_rows, s_rows = d_matrix[rows], s_matrix[cols]
        shared_weight = _rowwise(d_rows @ sparse.diags(weights), s_rows)
        shared = _rowwise(d_rows, s_rows)
        plain_shared = _rowwise(d_rows @ sparse.diags(plain), s_rows)
        d_tfidf, s_tfidf = _tfidf_rows(d_terms, index, idf), _tfidf_rows(s_terms, index, idf)
        cosine = _rowwise(d_tfidf[rows], s_tfidf[cols])
        window = _rowwise(d_tfidf[rows], _windows(s_tfidf)[cols])
        if d_words is not None and s_words is not None:
            d_plain, s_plain = _tfidf(d_words, s_words)
            cosine = np.maximum(cosine, _rowwise(d_plain[rows], s_plain[cols]))
    else:
        shared_weight = shared = plain_shared = cosine = window = np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cover = np.nan_to_num(shared_weight / weight_derived[rows]) if len(rows) else np.zeros(0)
        held = np.nan_to_num(shared_weight / weight_source[cols]) if len(rows) else np.zeros(0)
    where = {(int(i), int(j)): k for k, (i, j) in enumerate(zip(rows, cols, strict=True))}
    return PairScores(rows, cols, cover, held, shared, cosine, plain_shared, weight_derived, weight_source, where,
                      window)  # fmt: skip
