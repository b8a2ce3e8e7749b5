"""`make bench`: how the analyzer's cost grows with its input (issue 19's growth table).

`analyze` runs as a user runs it (``python -m article_analysis analyze FILE --published ... --actors
data/actors.csv --topics data/topics.csv --out DIR``, every table, the gazetteer's and the topics' too)
on about 10 KB, 100 KB, 1 MB and 5 MB of generated news text (``tests/newsgen.py``: seeded, varied
stories, not one sentence repeated); `compare` on agency stories of 100, 400, 1,600 and 6,400 sentences
against re-writes of them (``--only compare`` runs these alone). Each run is a separate process: wall
seconds, CPU seconds and peak memory (the process's maximum resident set) come from the operating system,
and the table gives medians.

These machines are shared, so only medians and ratios measured side by side mean anything. With
``--baseline DIR`` (a folder holding another version of the ``article_analysis`` package, e.g. from
``git archive <commit> article_analysis | tar -x -C DIR``) every measure runs for both versions in
turn, and the table sets them side by side; a run that passes ``--timeout`` is killed and shown as such.

Goals (issue 19): analyze 1 MB <= 20 s and 5 MB <= 100 s, peak <= 1.5 GB; ten times the input at most
twelve times the time; compare with 1,600 sentences a side <= 10 s. Not a test: nothing here fails CI.

    .venv/bin/python tests/bench.py [--runs 3] [--timeout 600] [--baseline DIR] [--quick] [--only compare]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.newsgen import news_text, rewrite_pair  # noqa: E402

ANALYZE_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
COMPARE_SIZES = (100, 400, 1_600, 6_400)
GOALS = {"analyze 1000 KB": 20.0, "analyze 5000 KB": 100.0, "compare 1600": 10.0}
PEAK_GOAL_MB = 1500.0
GROWTH_GOAL = 1.2  # time ratio over input ratio: ten times the input, at most twelve times the time


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    killed: bool = False


def measure(cmd: list[str], cwd: Path, pythonpath: str | None, timeout: float) -> Run:
    """Run ``cmd`` as its own process group and take its wall time, CPU time and peak memory."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)  # fmt: skip
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
            return Run(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, True)
        time.sleep(0.02)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        sys.exit(f"bench: {' '.join(cmd)} failed ({process.returncode}):\n{error[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median_run(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
        any(r.killed for r in runs),
    )


def cell(run: Run | None) -> str:
    if run is None:
        return "—"
    if run.killed:
        return f"killed at {run.wall:.0f} s"
    return f"{run.wall:.1f} s, CPU {run.cpu:.1f} s, {run.peak_mb:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("BENCH_TIMEOUT", "600")))
    parser.add_argument("--baseline", type=Path, default=os.environ.get("BENCH_BASELINE") or None,
                        help="folder holding another article_analysis package, measured side by side")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="only the two smaller sizes of each command")
    parser.add_argument("--only", choices=("analyze", "compare"), help="measure one command alone")
    args = parser.parse_args()
    versions: list[tuple[str, str | None]] = [("this", None)]
    if args.baseline is not None:
        if not (args.baseline / "article_analysis" / "__init__.py").is_file():
            sys.exit(f"bench: {args.baseline} holds no article_analysis package")
        versions.append(("baseline", str(args.baseline.resolve())))
    analyze_sizes = ANALYZE_SIZES[:2] if args.quick else ANALYZE_SIZES
    compare_sizes = COMPARE_SIZES[:2] if args.quick else COMPARE_SIZES
    analyze_sizes = () if args.only == "compare" else analyze_sizes
    compare_sizes = () if args.only == "analyze" else compare_sizes
    python = sys.executable
    results: dict[tuple[str, str], Run] = {}
    given_up: set[tuple[str, str]] = set()  # a version killed at one size is not run at larger ones
    with tempfile.TemporaryDirectory(prefix="bench-analyzer-") as tmp:
        work = Path(tmp)
        jobs: list[tuple[str, str, list[str]]] = [
            (
                "start-up and imports",
                "floor",
                [python, "-c", "import article_analysis.cli, article_analysis.pipeline, article_analysis.reuse.align"],
            )
        ]
        for size in analyze_sizes:
            path = work / f"news-{size}.txt"
            path.write_text(news_text(size, seed=size), encoding="utf-8")
            label = f"analyze {size // 1000} KB"
            jobs.append((label, "analyze", [
                python, "-m", "article_analysis", "analyze", str(path), "--published", "2021-10-20",
                "--actors", str(ROOT / "data" / "actors.csv"), "--topics", str(ROOT / "data" / "topics.csv"),
                "--out", str(work / "out")]))  # fmt: skip
        for n in compare_sizes:
            source, derived = rewrite_pair(n, seed=n)
            (work / f"source-{n}.txt").write_text(source, encoding="utf-8")
            (work / f"derived-{n}.txt").write_text(derived, encoding="utf-8")
            jobs.append((f"compare {n}", "compare", [
                python, "-m", "article_analysis", "compare", str(work / f"source-{n}.txt"),
                str(work / f"derived-{n}.txt"), "--out", str(work / "out")]))  # fmt: skip
        for label, family, cmd in jobs:
            runs: dict[str, list[Run]] = {name: [] for name, _ in versions}
            for _ in range(args.runs):
                for name, pythonpath in versions:  # side by side: the versions take turns
                    if (name, family) in given_up:
                        continue
                    run = measure(cmd, work, pythonpath, args.timeout)
                    runs[name].append(run)
                    if run.killed:
                        given_up.add((name, family))
            for name, _ in versions:
                if runs[name]:
                    results[(name, label)] = median_run(runs[name])
            print(f"  {label}: " + "; ".join(f"{n} {cell(results.get((n, label)))}" for n, _ in versions),
                  file=sys.stderr, flush=True)  # fmt: skip
        sizes = {f"analyze {s // 1000} KB": (work / f"news-{s}.txt").stat().st_size for s in analyze_sizes}
    report(results, versions, [label for label, _, _ in jobs], sizes, args.runs)


def report(results: dict[tuple[str, str], Run], versions: list[tuple[str, str | None]], labels: list[str],
           sizes: dict[str, int], runs: int) -> None:  # fmt: skip
    names = [name for name, _ in versions]
    print(f"\nmedians of {runs} runs (wall seconds, CPU seconds, peak resident memory), {os.cpu_count()} cores\n")
    print("| measure | input | " + " | ".join(names) + (" | baseline / this |" if len(names) > 1 else " |"))
    print("|---|---|" + "---|" * len(names) + ("---|" if len(names) > 1 else ""))
    for label in labels:
        size = sizes.get(label)
        what = f"{size:,} bytes" if size else ("sentences a side" if label.startswith("compare") else "")
        row = f"| {label} | {what} | " + " | ".join(cell(results.get((n, label))) for n in names) + " |"
        if len(names) > 1:
            this, base = results.get(("this", label)), results.get(("baseline", label))
            ratio = f"{base.wall / this.wall:.1f}x" if this and base and not base.killed else (
                f"> {base.wall / this.wall:.0f}x" if this and base else "—")  # fmt: skip
            row += f" {ratio} |"
        print(row)
    print("\ngrowth (time ratio over input ratio; goal <= 1.2: ten times the input, at most twelve times the time):")
    for name in names:
        steps = []
        for family, keys, amounts in (
            ("analyze", [f"analyze {s // 1000} KB" for s in ANALYZE_SIZES], ANALYZE_SIZES),
            ("compare", [f"compare {n}" for n in COMPARE_SIZES], COMPARE_SIZES),
        ):
            for (a, x), (b, y) in zip(zip(keys, amounts, strict=True), zip(keys[1:], amounts[1:], strict=True),
                                      strict=False):  # fmt: skip
                ra, rb = results.get((name, a)), results.get((name, b))
                if ra and rb and not ra.killed and not rb.killed:
                    growth = (rb.wall / ra.wall) / (y / x)
                    steps.append(f"{family} {x:,}->{y:,}: {growth:.2f}")
        print(f"  {name}: " + ("; ".join(steps) or "—"))
    print("\ngoals (this version):")
    for label, goal in GOALS.items():
        run = results.get(("this", label))
        if run is None:
            continue
        verdict = "met" if not run.killed and run.wall <= goal else "MISSED"
        print(f"  {label}: {run.wall:.1f} s (goal <= {goal:.0f} s): {verdict}")
    peaks = [r.peak_mb for (n, _), r in results.items() if n == "this"]
    if peaks:
        verdict = "met" if max(peaks) <= PEAK_GOAL_MB else "MISSED"
        print(f"  peak memory: {max(peaks):.0f} MB (goal <= {PEAK_GOAL_MB:.0f} MB): {verdict}")


if __name__ == "__main__":
    main()
