"""`make bench-book`: how long the book takes to build and test, against the floor nobody can avoid.

Run side by side in one session (these machines are noisy, so only medians of several runs and
ratios measured together mean anything):

- clean build: a fresh copy of the project, notebooks executed, HTML written;
- floor: the same toolchain building a skeleton book with as many notebooks, each doing nothing
  but the imports our notebook does (the cost of kernels, imports and Sphinx);
- cached rebuild with no change, and after editing the text of one chapter;
- nbval over every notebook; `make test` end to end (book already built).

It also builds twice from clean and compares the HTML (apart from the "last updated" stamp), and
kills a build midway to check that the next build is whole. Not a test: nothing here fails CI.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
COPY_IGNORE = shutil.ignore_patterns(".venv", "_build", ".git", ".pytest_cache", ".hypothesis", ".ruff_cache",
                                     "__pycache__", "*.egg-info")  # fmt: skip
BUILD = [str(BIN / "jupyter-book"), "build", ".", "--builder", "html", "-W", "-n", "--keep-going"]


def run(cmd: list[str], cwd: Path, env: dict | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed in {cwd}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def fresh_copy(parent: Path, name: str) -> Path:
    target = parent / name
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target


def skeleton(parent: Path) -> Path:
    """A book with the same configuration and TOC whose notebooks only import what ours import."""
    book = parent / "skeleton"
    book.mkdir()
    for name in ("_config.yml", "_toc.yml", "references.bib"):
        shutil.copy(ROOT / name, book / name)
    shutil.copytree(ROOT / "chapters" / "_static", book / "chapters" / "_static")
    (book / "data").mkdir()
    for page in (ROOT / "chapters").iterdir():
        if page.suffix == ".md":
            (book / "chapters" / page.name).write_text(f"# {page.stem}\n\nSkeleton page.\n", encoding="utf-8")
        elif page.suffix == ".ipynb":
            nb = json.loads(page.read_text(encoding="utf-8"))
            imports = []
            for cell in nb["cells"]:
                if cell["cell_type"] != "code":
                    continue
                tree = ast.parse("".join(cell["source"]))
                imports += [ast.unparse(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
            nb["cells"] = [
                {"cell_type": "markdown", "id": "title", "metadata": {}, "source": [f"# {page.stem}"]},
                {"cell_type": "code", "id": "imports", "metadata": {}, "execution_count": None, "outputs": [],
                 "source": ["\n".join(imports)]},
            ]  # fmt: skip
            (book / "chapters" / page.name).write_text(json.dumps(nb), encoding="utf-8")
    return book


def html_differences(a: Path, b: Path) -> list[str]:
    stamp = re.compile(r"Last updated on [^<]*")
    differing = []
    for page in sorted((a / "_build" / "html").rglob("*")):
        if page.is_dir() or page.suffix in (".pickle", ".doctree"):
            continue
        other = b / "_build" / "html" / page.relative_to(a / "_build" / "html")
        left, right = page.read_bytes(), other.read_bytes() if other.exists() else b""
        if page.suffix == ".html":
            left = stamp.sub("", left.decode("utf-8")).encode()
            right = stamp.sub("", right.decode("utf-8")).encode()
        if left != right:
            differing.append(str(page.relative_to(a / "_build" / "html")))
    return differing


def interrupted_build(parent: Path) -> str:
    book = fresh_copy(parent, "interrupted")
    process = subprocess.Popen(BUILD, cwd=book, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)  # fmt: skip
    time.sleep(12)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    run(BUILD, book)
    toc = (ROOT / "_toc.yml").read_text(encoding="utf-8")
    files = ["chapters/intro", *re.findall(r"file:\s*(\S+)", toc)]
    missing = [f for f in files if not (book / "_build" / "html" / f"{f}.html").is_file()]
    return "whole" if not missing else f"MISSING {missing}"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        parent = Path(tmp)
        clean, floor, cached, touched = [], [], [], []
        copies = []
        for i in range(RUNS):
            book = fresh_copy(parent, f"clean{i}")
            clean.append(run(BUILD, book))
            if i < 2:  # keep the first two clean builds' HTML, before any edit, to compare them
                shutil.copytree(book / "_build" / "html", parent / f"html{i}" / "_build" / "html")
                copies.append(parent / f"html{i}")
            cached.append(run(BUILD, book))
            chapter = book / "chapters" / "01_anatomy.ipynb"
            nb = json.loads(chapter.read_text(encoding="utf-8"))
            first_md = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
            first_md["source"] = [*first_md["source"], f"\n\n(Edited for the benchmark, run {i}.)"]
            chapter.write_text(json.dumps(nb), encoding="utf-8")
            touched.append(run(BUILD, book))
            skel_dir = parent / f"skel{i}"
            skel_dir.mkdir()
            floor.append(run(BUILD, skeleton(skel_dir)))
        differing = html_differences(copies[0], copies[1]) if len(copies) > 1 else ["(one run only)"]
        nbval = [run([str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadfile", "--nbval",
                      "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg", "chapters"], ROOT)
                 for _ in range(RUNS)]  # fmt: skip
        make_test = [run(["make", "test"], ROOT) for _ in range(RUNS)]
        state = interrupted_build(parent)
    rows = [("clean build (execute + HTML)", clean), ("floor: skeleton book, same imports", floor),
            ("cached rebuild, no change", cached), ("rebuild after editing one chapter's text", touched),
            ("nbval over all notebooks", nbval), ("make test, end to end (book built)", make_test)]  # fmt: skip
    med = {name: statistics.median(times) for name, times in rows}
    print(f"\nmedians of {RUNS} runs, seconds (2 cores)\n")
    print(f"| {'measure':<42} | {'median':>7} | {'runs':<26} |")
    print(f"|{'-' * 44}|{'-' * 9}|{'-' * 28}|")
    for name, times in rows:
        print(f"| {name:<42} | {med[name]:7.1f} | {', '.join(f'{t:.1f}' for t in times):<26} |")
    clean_m, floor_m = med[rows[0][0]], med[rows[1][0]]
    print(f"\nclean / floor            = {clean_m / floor_m:.2f}  (target <= 1.5)")
    print(f"cached / clean           = {med[rows[2][0]] / clean_m:.2f}  (target <= 0.3)")
    print(f"edited chapter / clean   = {med[rows[3][0]] / clean_m:.2f}")
    print(f"make test                = {med[rows[5][0]]:.0f} s  (target < 60)")
    print(f"two clean builds, HTML files differing (stamps aside): {len(differing)} {differing[:5]}")
    print(f"build killed after 12 s, then rebuilt: {state}")


if __name__ == "__main__":
    main()
