"""The fast paths give the answers of the plain ones they replace.

Each rewrite that made the analyzer's cost grow with its input (issue 19) is checked here against the
simple form it replaced, kept in this file as the reference: the full similarity matrix, the alignment
grid filled cell by cell in Python, one regular-expression scan per name or per form, pysbd's own span
search, the tense read from the whole sentence. The inputs are the snippets (tests/snippets), the
article, and seeded generated text (tests/newsgen.py). Each check is also shown to fail when the fast
path is broken on purpose.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import numpy as np
import pysbd
import pytest

from article_analysis.actors.gazetteer import load_gazetteer
from article_analysis.actors.mentions import _candidates, _FormIndex, _pattern
from article_analysis.document import Document
from article_analysis.reuse import align as align_module
from article_analysis.reuse import retelling
from article_analysis.speech import people as people_module
from article_analysis.structure import sentences as sentences_module
from article_analysis.timex import expressions, tense

from .conftest import DATA
from .newsgen import news_text, rewrite_pair
from .snippet_score import load

SNIPPET_TEXTS = [c["text"] for c in load("quotes.yml") + load("times.yml")]
ARTICLE = (DATA / "article.txt").read_text(encoding="utf-8")
GENERATED = news_text(60_000, seed=19)
# Titles written every way the fast path for them must handle: inside a word after a hyphen or a bracket,
# over a line break, with "to", after eight title words, after a long word.
TITLES = """(Mayor Ana Ruiz spoke; ex-President Jo Reyes and Deputy Prime
Minister Elena Varga met Dr. Lena Park, Gov.Lisa Tran and CO-FOUNDER Sam Ortiz. Russian presidential
envoy to Afghanistan Zamir Kabulov and Senate Majority Leader Jo Reyes joined. The former deputy regional
health minister for the northern coastal province Ana Costa wrote, as did {long} Police Chief Omar Diaz."""
TEXTS = [*SNIPPET_TEXTS, ARTICLE, GENERATED, TITLES.format(long="x" * 600)]


# --- similarity: sparse products against the full matrix -------------------------------------------


def _sentence_sets() -> list[list[str]]:
    pieces = [s.text for s in Document.from_text(GENERATED).sentences] + [
        s.text for t in SNIPPET_TEXTS for s in Document.from_text(t).sentences
    ]
    rng = random.Random(19)
    sets = [rng.sample(pieces, 300) + rng.sample(pieces, 30) for _ in range(3)]  # with repeated sentences
    sets.append([*rng.sample(pieces, 100), "the and of", "Said.", "Said.", "said said"])  # only stop words, repeats
    return sets


def _dense(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[\w'-]{2,}\b")
    return cosine_similarity(vectorizer.fit_transform(texts))


def _near_pairs_match(texts: list[str], threshold: float) -> bool:
    sim = _dense(texts)
    retelling._vectors.cache_clear()
    i, j, values = retelling._similar_pairs(retelling._vectors(tuple(texts)), threshold)
    rows, cols = np.triu_indices(len(texts), 1)
    keep = sim[rows, cols] >= threshold
    return (
        np.array_equal(i, rows[keep])
        and np.array_equal(j, cols[keep])
        and np.array_equal(values, sim[rows, cols][keep])
    )


@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.8])
def test_near_duplicates_are_the_full_matrix_pairs_to_the_last_bit(threshold: float) -> None:
    for texts in _sentence_sets():
        assert _near_pairs_match(texts, threshold)


def test_closest_sentence_is_the_full_matrix_row_maximum_first_of_equals() -> None:
    rng = random.Random(7)
    for texts in _sentence_sets():
        sim = _dense(texts)
        sides = [rng.random() < 0.4 for _ in texts]
        src = np.flatnonzero(sides)
        tgt = np.flatnonzero(~np.array(sides))
        retelling._vectors.cache_clear()
        at, best = retelling._closest(retelling._vectors(tuple(texts)), src, tgt)
        expected = [max(range(len(tgt)), key=lambda k, i=i: (sim[i, tgt[k]], -k)) for i in src]
        assert list(at) == expected
        assert np.array_equal(best, np.array([sim[i, tgt[k]] for i, k in zip(src, expected, strict=True)]))


def test_the_near_duplicate_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index nothing (every row's first terms reach past any threshold) and pairs are missed: caught."""
    monkeypatch.setattr(retelling, "_SLACK", -10.0)
    assert not _near_pairs_match(_sentence_sets()[0], 0.3)


# --- the alignment grid: row by row in numpy against state by state ----------------------------------


def _path_value(gain: np.ndarray, links: list[int], bonus: float, near: int) -> float:
    """The total a choice of links earns: each link's gain, and the order bonus where it follows the last."""
    total, last = 0.0, None
    for i, j in enumerate(links):
        if j < 0:
            continue
        total += gain[i, j] + (bonus if last is not None and 1 <= j - last <= near else 0.0)
        last = j
    return total


def _reference_best(gain: np.ndarray, bonus: float, near: int) -> float:
    """The best total, by the plain dynamic programme over (sentence, last link), one state at a time."""
    best = {None: 0.0}  # last source sentence linked -> best total so far
    for i in range(gain.shape[0]):
        following = dict(best)  # the sentence links nothing
        for j in range(gain.shape[1]):
            if gain[i, j] == -np.inf:
                continue
            reach = max(v + (bonus if last is not None and 1 <= j - last <= near else 0.0) for last, v in best.items())
            following[j] = max(following.get(j, -np.inf), reach + gain[i, j])
        best = following
    return max(best.values())


def _gains(n: int, seed: int) -> np.ndarray:
    from article_analysis.reuse.normalise import content_stems, diff_words
    from article_analysis.reuse.similarity import score

    source, derived = rewrite_pair(n, seed)
    src, der = align_module.units(source), align_module.units(derived)
    return align_module.evidence(
        score([content_stems(diff_words(u.text)) for u in der], [content_stems(diff_words(u.text)) for u in src])
    )


def _paths_agree(n: int, seed: int) -> bool:
    gain = _gains(n, seed)
    links = align_module.best_links(gain)
    reference = _reference_best(gain, align_module.NEAR_BONUS, align_module.NEAR)
    return abs(_path_value(gain, links, align_module.NEAR_BONUS, align_module.NEAR) - reference) < 1e-9


@pytest.mark.parametrize(("n", "seed"), [(12, 1), (25, 2), (40, 3), (60, 4)])
def test_alignment_path_is_the_best_path(n: int, seed: int) -> None:
    assert _paths_agree(n, seed)


def _random_grids() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    grids = []
    for _ in range(40):
        gain = rng.normal(-0.2, 0.4, size=(rng.integers(1, 9), rng.integers(1, 9)))
        gain[rng.random(gain.shape) < 0.3] = -np.inf
        grids.append(gain)
    return grids


def _best_on(gain: np.ndarray) -> bool:
    links = align_module.best_links(gain)
    reference = _reference_best(gain, align_module.NEAR_BONUS, 3)
    return abs(_path_value(gain, links, align_module.NEAR_BONUS, 3) - reference) < 1e-9


def test_random_grids_too() -> None:
    assert all(_best_on(g) for g in _random_grids())


def test_the_alignment_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the fast grid look one sentence less far for its order bonus, and it misses the best path: caught."""
    monkeypatch.setattr(align_module, "NEAR", 1)
    assert not all(_best_on(g) for g in _random_grids())


# --- people: one pass over the text against one scan per name --------------------------------------


def _reference_mentions(text, persons, names):
    surnames: dict[str, list[str]] = {}
    for name in sorted(persons, key=lambda n: names.get(n, 10**9)):
        surnames.setdefault(name.split()[-1], []).append(name)
    forms = {name: name for name in persons}
    forms.update({s: group[0] for s, group in surnames.items() if s not in forms})
    mentions, taken = [], []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                mentions.append((m.start(), m.end(), forms[form]))
    return sorted(mentions)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_people_mentions_and_titles_match_the_plain_scans(text: str) -> None:
    people = people_module.index_people(Document.from_text(text))
    persons, names = dict(people.persons), dict(people.names)
    assert people_module._mentions(text, persons, names) == _reference_mentions(text, persons, names)
    fast = [(m.span(), m.group(0)) for m in people_module._titles_before_names(text)]
    assert fast == [(m.span(), m.group(0)) for m in people_module._TITLE_BEFORE.finditer(text)]


def test_the_people_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the word boundary after a name ("Costa" inside "Costa-Lima") and the mentions part: caught."""
    monkeypatch.setattr(people_module, "_WORDISH", re.compile(r"(?!)"))
    text = "Ana Costa spoke. Later Ana Costa-Lima met Dr. Costa."
    persons = {"Ana Costa": people_module.Person("Ana Costa")}
    assert people_module._mentions(text, persons, {}) != _reference_mentions(text, persons, {})


# --- mentions: forms by first word against one scan per form ---------------------------------------


def _reference_raw(text: str, forms) -> list[tuple[int, int, str]]:
    found = []
    for form, owners in forms.items():
        match_type = owners[0][1] if len(owners) == 1 else "name"
        pattern = _pattern(form, "role" if all(t == "role" for _, t in owners) else match_type)
        found += [(m.start(), m.end(), form) for m in pattern.finditer(text)]
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, form in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, form))
    return sorted(taken)


@pytest.mark.parametrize(
    "text", [ARTICLE, GENERATED, "\n\n".join(SNIPPET_TEXTS)], ids=["article", "generated", "snippets"]
)
def test_gazetteer_forms_match_the_per_form_scans(text: str) -> None:
    actors = load_gazetteer(DATA / "actors.csv")
    for forms in (_candidates(actors, roles=False), _candidates(actors, roles=True)):
        assert _FormIndex(forms).raw_matches(text) == _reference_raw(text, forms)


# --- sentences: pysbd's answer, its span search done by str.find, in one process or several --------


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_segment_is_pysbd_segment(text: str) -> None:
    reference = pysbd.Segmenter(language="en", clean=False)
    for block in Document.from_text(text).blocks:
        piece = block.text.replace("\n", " ")
        assert sentences_module.segment(piece) == reference.segment(piece)


def test_worker_processes_give_the_same_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences_module, "PARALLEL_FROM", 1_000)
    alone, shared = Document.from_text(GENERATED, workers=1), Document.from_text(GENERATED, workers=2)
    assert alone.sentences == shared.sentences and len(alone.sentences) > 100


# --- tense: a window of tokens against the whole sentence --------------------------------------------


def _tense_pairs(text: str) -> list[tuple[str, str]]:
    doc = Document.from_text(text, dt.date(2021, 10, 20))
    pairs = []
    for found in expressions.find_time_expressions(doc):
        sentence = doc.sentence_at(found.start)
        lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
        whole = tense._direction(tense._words(text[lo : found.start]), tense._words(text[found.end : hi]))
        pairs.append((tense.direction_at(doc.tokens, found.start, found.end, lo, hi), whole))
    return pairs


def test_tense_from_nearby_tokens_is_tense_from_the_whole_sentence() -> None:
    pairs = [p for text in TEXTS for p in _tense_pairs(text)]
    assert len(pairs) > 300 and all(a == b for a, b in pairs)


def test_the_tense_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tense, "_REACH", 1)  # too short a window: some verbs go unseen
    assert any(a != b for text in TEXTS for a, b in _tense_pairs(text))


def test_the_second_process_gives_the_same_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    from article_analysis import analyze, background
    from article_analysis.article import Article

    monkeypatch.setattr(background, "PARALLEL_FROM", 1_000)
    monkeypatch.setattr(sentences_module, "PARALLEL_FROM", 1_000)
    article = Article(text=GENERATED, published=dt.date(2021, 10, 20))
    alone, shared = analyze(article, workers=1), analyze(article, workers=2)
    assert background.worth_it(shared.document, 2) and not background.worth_it(alone.document, 1)
    assert alone.dates == shared.dates and alone.quotes == shared.quotes
    for name in alone.tables:
        assert alone.tables[name].equals(shared.tables[name]), name
