"""Score ``compare`` and a plain TF-IDF baseline on a set of text pairs whose answers were written by hand.

    .venv/bin/python -m tests.compare_score [PAIRS.yml ...]

Without an argument it scores the synthetic set committed in ``tests/compare_pairs/pairs.yml``; a private set
(stored copies of real re-writes, kept out of the repository) is scored by giving its path. A set is a YAML list
of pairs: ``source`` and ``derived`` (paths relative to the YAML file) and ``sentences``, each with ``d`` (the
start of a derived sentence, searched in order through the derived text), ``s`` (the starts of the source
sentences it re-uses; ``[]`` for new material), optionally ``codes`` (the exact belief codes it carries) and
``verbatim: true`` (it differs from its source in typography alone).

Both tools read the same sentences (the analyzer's own splitter), so a row is one derived sentence for both;
answers that fall into one row are scored together. The baseline links each derived sentence to the source
sentence of highest TF-IDF cosine (scikit-learn's defaults: unigrams, lower case), when that is at least 0.3.

Measures, over the rows of every pair:

- recall: re-used sentences linked to one of their right source sentences, over all re-used sentences;
- precision: links to a right source sentence, over all links made;
- new-material precision (and recall): sentences called new that are new, over all called new;
- for each belief code: found where expected, and given where not expected (false), over the scored rows;
- typography: rows that differ only in typography and got any code but ``verbatim`` (and layout codes);
- re-use share: the part of the derived text's words that the tool says comes from the source, beside the
  share the answers give.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from article_analysis.reuse.align import align, units  # noqa: E402
from article_analysis.reuse.codes import BELIEF_CODES, LAYOUT_CODES  # noqa: E402

SYNTHETIC = Path(__file__).resolve().parent / "compare_pairs" / "pairs.yml"
BASELINE_THRESHOLD = 0.3
GOALS = {"recall": 0.97, "precision": 0.98, "new_precision": 0.9}


@dataclass(frozen=True)
class Row:
    """One derived sentence as a tool sees it: its span, the spans of the source sentences it links, codes."""

    start: int
    end: int
    links: tuple[tuple[int, int], ...]
    codes: frozenset[str]


@dataclass
class Answer:
    """The answers that fall into one row."""

    sources: list[int] = field(default_factory=list)  # offsets of the right source sentences' starts
    codes: set[str] | None = field(default_factory=set)
    verbatim: bool = True
    fragments: list[str] = field(default_factory=list)


def compare_rows(source: str, derived: str) -> list[Row]:
    rows = []
    for pair in align(source, derived):
        for unit in pair.derived:
            links = tuple((u.start, u.end) for u in pair.source)
            rows.append(Row(unit.start, unit.end, links, frozenset(pair.changes)))
    return rows


def baseline_rows(source: str, derived: str) -> list[Row]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    src, der = units(source), units(derived)
    matrix = TfidfVectorizer().fit_transform([u.text for u in der] + [u.text for u in src])
    sim = cosine_similarity(matrix[: len(der)], matrix[len(der) :])
    rows = []
    for i, unit in enumerate(der):
        j = int(sim[i].argmax()) if len(src) else -1
        linked = j >= 0 and sim[i, j] >= BASELINE_THRESHOLD
        links = ((src[j].start, src[j].end),) if linked else ()
        rows.append(Row(unit.start, unit.end, links, frozenset() if linked else frozenset({"new_material"})))
    return rows


TOOLS = {"compare": compare_rows, "baseline": baseline_rows}


def _find(text: str, fragment: str, start: int, where: str) -> int:
    at = text.find(fragment, start)
    if at < 0:
        raise SystemExit(f"compare_score: {where}: {fragment!r} is not in the text (after offset {start})")
    return at


def answers_by_row(pair: dict, source: str, derived: str, rows: list[Row]) -> dict[int, Answer]:
    """The answers of one pair, grouped by the row (index into ``rows``) their derived sentence falls in."""
    grouped: dict[int, Answer] = {}
    cursor = 0
    for entry in pair["sentences"]:
        at = _find(derived, entry["d"], cursor, f"{pair['id']} derived")
        cursor = at + 1
        row = next((k for k, r in enumerate(rows) if r.start <= at < r.end), None)
        if row is None:  # not a sentence to either tool (a credit line): nothing to score
            continue
        answer = grouped.setdefault(row, Answer())
        answer.fragments.append(entry["d"])
        answer.sources += [_find(source, s, 0, f"{pair['id']} source") for s in entry["s"]]
        codes = entry.get("codes")
        answer.codes = None if codes is None or answer.codes is None else answer.codes | set(codes)
        answer.verbatim = answer.verbatim and bool(entry.get("verbatim"))
    for answer in grouped.values():
        if answer.verbatim:
            answer.codes = set()  # typography alone: no belief code either
    return grouped


@dataclass
class Tally:
    reused: int = 0
    found: int = 0
    links: int = 0
    right_links: int = 0
    called_new: int = 0
    new_right: int = 0
    new: int = 0
    typography: int = 0
    typography_coded: int = 0
    words: int = 0
    words_reused: int = 0
    words_linked: int = 0
    code_expected: Counter = field(default_factory=Counter)
    code_found: Counter = field(default_factory=Counter)
    code_false: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            elif isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                getattr(self, name).extend(value)

    def ratios(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "recall": share(self.found, self.reused),
            "precision": share(self.right_links, self.links),
            "new_precision": share(self.new_right, self.called_new),
            "new_recall": share(self.new_right, self.new),
        }


def score_pair(pair: dict, base: Path, tool: str) -> Tally:
    source = (base / pair["source"]).read_text(encoding="utf-8")
    derived = (base / pair["derived"]).read_text(encoding="utf-8")
    rows = TOOLS[tool](source, derived)
    tally = Tally()
    for k, answer in answers_by_row(pair, source, derived, rows).items():
        row = rows[k]
        words = len(derived[row.start : row.end].split())
        tally.words += words
        right = any(a <= offset < b for a, b in row.links for offset in answer.sources)
        label = f"{pair['id']}: {answer.fragments[0]!r}"
        if answer.sources:
            tally.reused += 1
            tally.words_reused += words
            tally.found += right
            if not right:
                tally.problems.append(f"{label}: re-used, {'linked elsewhere' if row.links else 'called new'}")
        else:
            tally.new += 1
        if row.links:
            tally.links += 1
            tally.right_links += right
            tally.words_linked += words
            if not answer.sources:
                tally.problems.append(f"{label}: new material, linked")
        else:
            tally.called_new += 1
            tally.new_right += not answer.sources
        if tool == "baseline" or not right:
            continue
        if answer.verbatim:
            tally.typography += 1
            extra = row.codes - {"verbatim"} - set(LAYOUT_CODES)
            if extra:
                tally.typography_coded += 1
                tally.problems.append(f"{label}: typography alone, coded {sorted(extra)}")
        if answer.codes is not None:
            given = row.codes & set(BELIEF_CODES)
            for code in answer.codes:
                tally.code_expected[code] += 1
                tally.code_found[code] += code in given
                if code not in given:
                    tally.problems.append(f"{label}: {code} missed (got {sorted(row.codes)})")
            for code in given - answer.codes:
                tally.code_false[code] += 1
                tally.problems.append(f"{label}: {code} given, not expected")
    return tally


def score_set(path: Path, tool: str, exclude: str = "") -> tuple[Tally, dict[str, Tally]]:
    """Both totals and each pair's tally; pairs whose id holds ``exclude`` are left out."""
    pairs = yaml.safe_load(path.read_text(encoding="utf-8"))
    total, each = Tally(), {}
    for pair in pairs:
        if exclude and exclude in pair["id"]:
            continue
        each[pair["id"]] = score_pair(pair, path.parent, tool)
        total.add(each[pair["id"]])
    return total, each


def report(path: Path, verbose: bool, exclude: str = "") -> None:
    results = {tool: score_set(path, tool, exclude) for tool in TOOLS}
    left_out = f" (pairs with {exclude!r} in their id left out)" if exclude else ""
    print(f"{path}{left_out}: {len(results['compare'][1])} pairs, {results['compare'][0].reused} re-used and "
          f"{results['compare'][0].new} new sentences (rows)")  # fmt: skip
    print(f"  {'':28}{'compare':>10}{'baseline':>10}{'goal':>8}")
    for name in ("recall", "precision", "new_precision", "new_recall"):
        goal = f"{GOALS[name]:.2f}" if name in GOALS else ""
        print(f"  {name:28}{results['compare'][0].ratios()[name]:>10.3f}"
              f"{results['baseline'][0].ratios()[name]:>10.3f}{goal:>8}")  # fmt: skip
    for tool in TOOLS:
        t = results[tool][0]
        print(f"  re-use share ({tool}): {t.words_linked / max(t.words, 1):.3f} of the derived words "
              f"(answers: {t.words_reused / max(t.words, 1):.3f})")  # fmt: skip
    t = results["compare"][0]
    print(f"  typography alone, coded anyway: {t.typography_coded} of {t.typography}")
    for code in BELIEF_CODES:
        print(f"  {code:28} found {t.code_found[code]} of {t.code_expected[code]}, false {t.code_false[code]}")
    if verbose:
        for tool in TOOLS:
            for problem in results[tool][0].problems:
                print(f"  [{tool}] {problem}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=[SYNTHETIC], help="pair sets (YAML)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--exclude", default="", help="leave out the pairs whose id holds this text")
    args = parser.parse_args(argv)
    for path in args.sets:
        report(path, args.verbose, args.exclude)


if __name__ == "__main__":
    main()
