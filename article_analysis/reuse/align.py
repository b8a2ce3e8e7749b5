"""Align two texts sentence by sentence: which sentence of a derived text comes from which of a source,
and what the re-use changed.

1. Both texts are cut into sentences by the same :class:`~article_analysis.document.Document` rules.
2. Similarity is TF-IDF cosine over word unigrams and bigrams (scikit-learn), fitted on both texts.
3. A monotone alignment (dynamic programming, as in Gale and Church's sentence aligner) pairs
   sentences in order, allowing one-to-one, two-to-one (merged), one-to-two (split), skipped source
   sentences (dropped) and unmatched derived sentences (new material).
4. Derived sentences left unmatched are then paired with any unmatched source sentence they are
   similar enough to: those were moved (re-ordered).
5. Each pair's word-level differences (difflib) are coded by rule: verbatim, trimmed, paraphrase,
   hedge_added (a distancing word appears), attribution_changed (the speaker or subject before the
   main verb differs), fact_changed (a number, date or name differs).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..document import Document
from ..speech.cues import CUE_RE
from ..speech.speakers import subject_before
from ..timex.wordlists import MONTHS, WEEKDAYS
from .wordlists import HEDGE_TERMS

#: The codes of a re-write, shared with curated data that follow the same scheme.
CHANGE_CODES = (
    "verbatim", "trimmed", "paraphrase", "hedge_added", "attribution_changed", "fact_changed", "angle_changed",
    "new_material", "dropped",
)  # fmt: skip
#: Codes only the aligner gives: how a pair is laid out rather than what it changed.
LAYOUT_CODES = ("moved", "merged", "split")
ALIGN_CODES = CHANGE_CODES + LAYOUT_CODES

#: Below this similarity two sentences are not counted as the same sentence re-used.
MIN_SIMILARITY = 0.3
_GAP = 0.0  # a skipped sentence scores nothing; a pair must beat MIN_SIMILARITY to be worth taking
_WORD = re.compile(r"[\w'’]+(?:[.,-][\w'’]+)*")
_HEDGE_RE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in sorted(HEDGE_TERMS, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)  # fmt: skip
_FACT_TOKEN = re.compile(rf"^(?:\d[\d,.]*|{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})$")
ALIGNMENT_COLUMNS = [
    "row", "derived", "derived_start", "derived_end", "derived_text", "source", "source_start", "source_end",
    "source_text", "similarity", "changes", "removed", "added",
]  # fmt: skip


@dataclass(frozen=True)
class Unit:
    """A sentence to align (or two joined, for merges and splits)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Pair:
    derived: list[Unit]
    source: list[Unit]
    similarity: float
    changes: tuple[str, ...]
    removed: str
    added: str


@lru_cache(maxsize=32)
def _units(text: str) -> tuple[Unit, ...]:
    doc = Document.from_text(text)
    return tuple(Unit(i, s.start, s.end, s.text) for i, s in enumerate(doc.sentences, 1))


def units(text: str) -> list[Unit]:
    """The sentences of a text, numbered from 1, with offsets into it."""
    return list(_units(text))


class _Similarity:
    """TF-IDF cosine similarity, fitted once on both texts' sentences; texts joined for merges and splits
    are scored against the same fit, in batches (one transform for all of them, not one per pair)."""

    def __init__(self, derived: list[str], source: list[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer  # imported on use: a second to load
        from sklearn.metrics.pairwise import cosine_similarity

        self.vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b[\w'’-]+\b")
        try:
            matrix = self.vectorizer.fit_transform(derived + source)
            self.matrix = cosine_similarity(matrix[: len(derived)], matrix[len(derived) :])
        except ValueError:  # no words at all
            self.vectorizer = None
            self.matrix = np.zeros((len(derived), len(source)))

    def vectors(self, texts: list[str]):  # -> scipy.sparse.csr_matrix, rows normalised
        from sklearn.preprocessing import normalize

        return normalize(self.vectorizer.transform(texts))

    def pairs(self, a, b) -> np.ndarray:
        """Cosine similarity of row k of ``a`` with row k of ``b`` (rows from :meth:`vectors`), for every k.

        The shared terms' products are added one term at a time in the order of the terms, as scikit-learn's
        ``cosine_similarity`` of the two rows adds them, so the values are the same to the last bit."""
        if self.vectorizer is None or not a.shape[0]:
            return np.zeros(a.shape[0])
        products = a.multiply(b).tocsr()
        products.sort_indices()
        counts = np.diff(products.indptr)
        table = np.zeros((a.shape[0], int(counts.max(initial=0))))
        rows = np.repeat(np.arange(a.shape[0]), counts)
        table[rows, np.arange(len(rows)) - np.repeat(products.indptr[:-1], counts)] = products.data
        total = np.zeros(a.shape[0])
        for column in table.T:
            total = total + column
        return total

    def joined(self, a: str, b: str) -> float:
        if self.vectorizer is None:
            return 0.0
        vectors = self.vectors([a, b])
        return float(self.pairs(vectors[0], vectors[1])[0])


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _speaker(text: str) -> str:
    """The speaker of the first speech verb, or the subject before the first verb-like word."""
    cue = CUE_RE.search(text)
    if cue:
        return subject_before(text[: cue.start()]).lower()
    return ""


def code_pair(source_text: str, derived_text: str) -> tuple[tuple[str, ...], str, str]:
    """The change codes of one aligned pair, with the words removed and added (difflib on words)."""
    a, b = _words(source_text), _words(derived_text)
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    matcher = difflib.SequenceMatcher(a=la, b=lb, autojunk=False)
    removed, added = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed.extend(a[i1:i2])
        if op in ("replace", "insert"):
            added.extend(b[j1:j2])
    if not removed and not added:
        return ("verbatim",), "", ""
    codes: list[str] = []
    if not added:
        codes.append("trimmed")
    added_text, removed_text = " ".join(added), " ".join(removed)
    if _HEDGE_RE.search(added_text) and not _HEDGE_RE.search(removed_text):
        codes.append("hedge_added")
    before, after = _speaker(source_text), _speaker(derived_text)
    if before and after and before != after:
        codes.append("attribution_changed")
    facts_removed = {w for w in removed if _FACT_TOKEN.match(w) or (w[:1].isupper() and w.lower() not in lb)}
    facts_added = {w for w in added if _FACT_TOKEN.match(w) or (w[:1].isupper() and w.lower() not in la)}
    speaker_words = set(before.split()) | set(after.split())
    if {w for w in facts_removed ^ facts_added if w.lower() not in speaker_words}:
        codes.append("fact_changed")
    if added and not codes:
        codes.append("paraphrase")
    elif added and "trimmed" not in codes and "paraphrase" not in codes:
        codes.insert(0, "paraphrase")
    return tuple(codes), removed_text, added_text


# How a cell of the alignment grid is reached, in the order ties are broken (the first wins).
_DIAGONAL, _UP, _LEFT, _MERGE, _SPLIT = range(5)
_STEPS = {_DIAGONAL: (1, 1), _UP: (1, 0), _LEFT: (0, 1), _MERGE: (1, 2), _SPLIT: (2, 1)}


def _joined_scores(measure: _Similarity, der: list[Unit], src: list[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """Scores of the two joined moves at every cell (i, j) of the grid, -inf where the move is not offered.

    A derived sentence against two source sentences joined (merged), or two derived against one source
    (split): worth scoring only where a part already resembles the other side, and offered only when the
    joined pair scores at least MIN_SIMILARITY and clearly better (0.05) than either part alone."""
    sim = measure.matrix
    n, m = sim.shape
    merge, split = np.full((n + 1, m + 1), -np.inf), np.full((n + 1, m + 1), -np.inf)
    if measure.vectorizer is None:
        return merge, split
    if n >= 1 and m >= 2:
        part = np.maximum(sim[:, :-1], sim[:, 1:])  # part[i-1, j-2]: max(sim[i-1, j-2], sim[i-1, j-1])
        rows, cols = np.nonzero(part >= MIN_SIMILARITY / 2)
        if len(rows):
            joined = measure.vectors([src[j].text + " " + src[j + 1].text for j in range(m - 1)])
            s2 = measure.pairs(measure.vectors([d.text for d in der])[rows], joined[cols])
            offered = (s2 >= MIN_SIMILARITY) & (s2 > part[rows, cols] + 0.05)
            merge[rows[offered] + 1, cols[offered] + 2] = 2 * s2[offered]
    if n >= 2 and m >= 1:
        part = np.maximum(sim[:-1, :], sim[1:, :])  # part[i-2, j-1]: max(sim[i-2, j-1], sim[i-1, j-1])
        rows, cols = np.nonzero(part >= MIN_SIMILARITY / 2)
        if len(rows):
            joined = measure.vectors([der[i].text + " " + der[i + 1].text for i in range(n - 1)])
            s2 = measure.pairs(joined[rows], measure.vectors([u.text for u in src])[cols])
            offered = (s2 >= MIN_SIMILARITY) & (s2 > part[rows, cols] + 0.05)
            split[rows[offered] + 2, cols[offered] + 1] = 2 * s2[offered]
    return merge, split


def _best_path(measure: _Similarity, der: list[Unit], src: list[Unit]) -> list[tuple[list[int], list[int]]]:
    """The monotone alignment of highest total similarity, as steps (derived indices, source indices).

    Dynamic programming over the grid, one row at a time: a cell is the best of its five moves, and the
    move from the left is a running maximum along the row (a skipped sentence scores nothing)."""
    sim = measure.matrix
    n, m = sim.shape
    merge, split = _joined_scores(measure, der, src)
    score = np.zeros((n + 1, m + 1))
    move = np.full((n + 1, m + 1), _LEFT, dtype=np.int8)
    absent = np.full(m + 1, -np.inf)
    for i in range(1, n + 1):
        diagonal = absent.copy()
        row_sim = sim[i - 1]
        diagonal[1:] = np.where(row_sim >= MIN_SIMILARITY, score[i - 1, :-1] + row_sim, -np.inf)
        up = score[i - 1] + _GAP
        merged = absent.copy()
        merged[2:] = score[i - 1, :-2] + merge[i, 2:]
        splitted = absent.copy()
        if i >= 2:
            splitted[1:] = score[i - 2, :-1] + split[i, 1:]
        best = np.maximum.accumulate(np.maximum(np.maximum(diagonal, up), np.maximum(merged, splitted)))
        left = absent.copy()
        left[1:] = best[:-1] + _GAP
        score[i] = best
        move[i] = np.select(
            [diagonal == best, up == best, left == best, merged == best], [_DIAGONAL, _UP, _LEFT, _MERGE], _SPLIT
        )
    steps: list[tuple[list[int], list[int]]] = []
    i, j = n, m
    while i or j:
        di, dj = _STEPS[int(move[i, j])] if i else (0, 1)
        steps.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    steps.reverse()
    return steps


def align(source_text: str, derived_text: str) -> list[Pair]:
    """The alignment of ``derived_text`` against ``source_text``, in the derived text's order, with the
    dropped source sentences after it."""
    src, der = units(source_text), units(derived_text)
    if not src or not der:
        return [Pair([d], [], 0.0, ("new_material",), "", "") for d in der] + [
            Pair([], [s], 0.0, ("dropped",), "", "") for s in src
        ]
    measure = _Similarity([d.text for d in der], [s.text for s in src])
    sim = measure.matrix
    m = len(src)
    steps = _best_path(measure, der, src)
    matched = {j for d, s in steps if d and s for j in s}
    unmatched_source = [j for j in range(m) if j not in matched]
    pairs: list[Pair] = []
    for d_idx, s_idx in steps:
        if not d_idx:
            continue
        d_units = [der[k] for k in d_idx]
        if not s_idx:
            # Not in order: was it moved from elsewhere in the source?
            k = d_idx[0]
            best = unmatched_source[int(np.argmax(sim[k, unmatched_source]))] if unmatched_source else None
            if best is not None and sim[k, best] >= MIN_SIMILARITY:
                unmatched_source.remove(best)
                codes, removed, added = code_pair(src[best].text, der[k].text)
                pairs.append(Pair(d_units, [src[best]], float(sim[k, best]), ("moved", *codes), removed, added))
            else:
                pairs.append(Pair(d_units, [], 0.0, ("new_material",), "", ""))
            continue
        s_units = [src[k] for k in s_idx]
        source_joined = " ".join(u.text for u in s_units)
        derived_joined = " ".join(u.text for u in d_units)
        similarity = measure.joined(derived_joined, source_joined) if len(s_units) + len(d_units) > 2 else float(
            sim[d_idx[0], s_idx[0]])  # fmt: skip
        codes, removed, added = code_pair(source_joined, derived_joined)
        layout = ("merged",) if len(s_units) == 2 else ("split",) if len(d_units) == 2 else ()
        pairs.append(Pair(d_units, s_units, similarity, (*layout, *codes), removed, added))
    pairs += [Pair([], [src[j]], 0.0, ("dropped",), "", "") for j in unmatched_source]
    return pairs


def alignment_table(pairs: list[Pair]) -> pd.DataFrame:
    """One row per derived sentence (a split gives two rows with the same source) and one per dropped
    source sentence; a merge gives one row whose source columns span both source sentences."""
    rows = []
    for pair in pairs:
        source = pair.source
        s_index = ";".join(str(u.index) for u in source)
        s_start = source[0].start if source else None
        s_end = source[-1].end if source else None
        s_text = " ".join(u.text for u in source)
        derived = pair.derived or [None]
        for unit in derived:
            rows.append({
                "derived": unit.index if unit else None, "derived_start": unit.start if unit else None,
                "derived_end": unit.end if unit else None, "derived_text": unit.text if unit else "",
                "source": s_index, "source_start": s_start, "source_end": s_end, "source_text": s_text,
                "similarity": round(pair.similarity, 3), "changes": ";".join(pair.changes),
                "removed": pair.removed, "added": pair.added,
            })  # fmt: skip
    table = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS[1:])
    table.insert(0, "row", range(1, len(table) + 1))
    return table.astype({"derived": "Int64", "derived_start": "Int64", "derived_end": "Int64",
                         "source_start": "Int64", "source_end": "Int64"})  # fmt: skip
