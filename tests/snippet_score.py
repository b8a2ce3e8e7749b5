"""Score the analyzer on the realistic snippets in tests/snippets/: quotation speakers and time values.

Used by tests/test_snippets.py (every case must pass) and runnable on its own to print the scores,
which is how the before/after figures in the closing note were measured:

    .venv/bin/python -m tests.snippet_score
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from article_analysis import analyze
from article_analysis.article import Article

SNIPPETS = Path(__file__).resolve().parent / "snippets"


def load(name: str) -> list[dict]:
    # libyaml's loader when the wheel has it: the pure-Python one takes a second over both tables.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((SNIPPETS / name).read_text(encoding="utf-8"), Loader=loader)


def _published(case: dict) -> dt.date:
    value = case.get("published", "2021-10-20")
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass
class Outcome:
    expected: int
    right: int
    spurious: int
    problems: list[str]
    reports_expected: int = 0
    reports_right: int = 0


def score_quotes(case: dict) -> Outcome:
    analysis = analyze(Article(text=case["text"], published=_published(case)))
    found = list(analysis.quotes)
    matched: set[int] = set()
    right, problems = 0, []
    for want in case.get("quotes", []):
        fragment = want["quote"]
        index = next((i for i, q in enumerate(found) if q.inner.lstrip(" \"“‘'`").startswith(fragment)), None)
        if index is None:
            problems.append(f"quotation {fragment!r} not found")
            continue
        matched.add(index)
        q = found[index]
        if want.get("kind", "speech") == "term":
            ok = q.kind == "term"
            got = q.kind
        else:
            ok = q.kind == "speech" and q.speaker == want["speaker"]
            got = f"{q.kind}, speaker {q.speaker!r} ({q.attribution})"
        right += ok
        if not ok:
            problems.append(f"{fragment!r}: expected {want.get('speaker', 'term')!r}, got {got}")
    spurious = [q for i, q in enumerate(found) if i not in matched]
    problems += [f"spurious quotation {q.text!r}" for q in spurious]
    speakers = (
        [q.speaker for q in found] + [r.speaker for r in analysis.reports] + [r.speaker_text for r in analysis.reports]
    )
    for banned in case.get("not_speakers", []):
        bad = [s for s in speakers if s and (s == banned or banned in s.split() or s.startswith(banned))]
        if bad:
            problems.append(f"{banned!r} taken as a speaker: {bad}")
    reports_right = 0
    for want in case.get("reports", []):
        if any(r.cue == want["cue"] and r.speaker == want["speaker"] for r in analysis.reports):
            reports_right += 1
        else:
            got = [(r.cue, r.speaker) for r in analysis.reports]
            problems.append(f"reported speech {want} not found; got {got}")
    wanted = len(case.get("reports", []))
    return Outcome(len(case.get("quotes", [])), right, len(spurious), problems, wanted, reports_right)


def score_times(case: dict) -> Outcome:
    text, published = case["text"], _published(case)
    found = list(analyze(Article(text=text, published=published)).dates)
    matched: set[int] = set()
    right, problems = 0, []
    cursor: dict[str, int] = {}
    for want in case.get("times", []):
        # The n-th listing of the same words is their n-th occurrence in the text.
        start = text.find(want["text"], cursor.get(want["text"], 0))
        assert start >= 0, f"{case['id']}: {want['text']!r} is not in the snippet"
        cursor[want["text"]] = start + 1
        end = start + len(want["text"])
        index = next((i for i, t in enumerate(found) if t.start < end and start < t.end), None)
        if index is None:
            problems.append(f"{want['text']!r} not found")
            continue
        matched.add(index)
        ok = found[index].value == want["value"]
        right += ok
        if not ok:
            problems.append(f"{want['text']!r}: expected {want['value']}, got {found[index].value} "
                            f"({found[index].text!r}, rule {found[index].rule})")  # fmt: skip
    spurious = [t for i, t in enumerate(found) if i not in matched]
    problems += [f"spurious {t.text!r} -> {t.value}" for t in spurious]
    return Outcome(len(case.get("times", [])), right, len(spurious), problems)


def report() -> None:
    for name, scorer, what in (("quotes.yml", score_quotes, "quotations"), ("times.yml", score_times, "times")):
        cases = load(name)
        outcomes = [(case["id"], scorer(case)) for case in cases]
        expected = sum(o.expected for _, o in outcomes)
        right = sum(o.right for _, o in outcomes)
        spurious = sum(o.spurious for _, o in outcomes)
        failing = [(i, o) for i, o in outcomes if o.problems]
        print(f"{what}: {right}/{expected} right ({right / max(expected, 1):.0%}), {spurious} spurious, "
              f"{len(failing)} of {len(cases)} snippets with a problem")  # fmt: skip
        reports = sum(o.reports_expected for _, o in outcomes)
        if reports:
            found = sum(o.reports_right for _, o in outcomes)
            print(f"reported-speech speakers: {found}/{reports} right ({found / reports:.0%})")
        for case_id, outcome in failing:
            for problem in outcome.problems:
                print(f"  {case_id}: {problem}")


if __name__ == "__main__":
    report()
