"""What the browser tests share: Chromium, a loopback server for the built book, the two views readers
use, and the checks run in the page (JavaScript evaluated by Playwright)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import ROOT
from .test_built_html import toc_files

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
SCREENSHOTS = ROOT / "_build" / "screenshots"
VIEWS = {
    "desktop-light": {"viewport": {"width": 1300, "height": 900}, "color_scheme": "light"},
    "phone-dark": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "color_scheme": "dark"},
}
#: Figure text on a phone (390 px) at least this, and on a desktop never above the body text (issue 22).
MIN_FIGURE_TEXT_PX = 12

# Words of table cells that run over two lines other than at a hyphen, dash or slash.
BROKEN_WORDS_JS = """
() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const lineTops = (node, from, to) => {
    const range = document.createRange();
    range.setStart(node, from); range.setEnd(node, to);
    return [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top));
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const cell = node.parentElement && node.parentElement.closest("td, th");
    if (!cell || !cell.offsetParent) continue;
    for (const m of node.data.matchAll(/\\S{2,}/g)) {
      const tops = lineTops(node, m.index, m.index + m[0].length);
      if (new Set(tops).size < 2) continue;
      // Where does the word go to the next line? Allowed only after a hyphen, a dash or a slash.
      let ok = true;
      for (let i = 1; i < m[0].length; i++) {
        const a = lineTops(node, m.index + i - 1, m.index + i)[0], b = lineTops(node, m.index + i, m.index + i + 1)[0];
        if (a !== undefined && b !== undefined && b > a && !"-\u2010\u2013\u2014/".includes(m[0][i - 1])) ok = false;
      }
      if (!ok) broken.push(m[0]);
    }
  }
  return broken.slice(0, 10);
}
"""

# The page's sideways scroll, and elements wider than the region that clips them when that region
# is not a visible scroll region (the tables' wrapper, DataTables' own, a code block).
OVERFLOW_JS = """
() => {
  const page = document.scrollingElement.scrollWidth - window.innerWidth;
  const hidden = [];
  for (const el of document.querySelectorAll("main table, main figure, main img, main pre, main .aa-annotated")) {
    if (!el.offsetParent) continue;
    let clip = el.parentElement;
    while (clip && clip !== document.body && getComputedStyle(clip).overflowX === "visible") clip = clip.parentElement;
    if (!clip || clip === document.body) continue;
    if (el.getBoundingClientRect().width <= clip.clientWidth + 1) continue;
    const scrolls = ["auto", "scroll"].includes(getComputedStyle(clip).overflowX);
    const region = clip.matches(".aa-table-wrap, div.dt-layout-table > div, pre, div.highlight, .output");
    if (!(scrolls && region)) hidden.push(`${el.tagName.toLowerCase()}.${el.className} in ${clip.className}`);
  }
  return { page, hidden };
}
"""

# The smallest and largest text of every SVG figure as drawn: font size in the SVG's units times the
# image's rendered width over the SVG's own width; and the body text's size to compare with.
FIGURE_TEXT_JS = """
async () => {
  const result = [];
  const paragraph = document.querySelector("main p");
  const body = parseFloat(getComputedStyle(paragraph || document.body).fontSize);
  for (const img of document.querySelectorAll("main img")) {
    if (!img.currentSrc.endsWith(".svg") || !img.offsetParent) continue;
    const source = await (await fetch(img.currentSrc)).text();
    const svg = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
    const box = svg.getAttribute("viewBox").split(/[ ,]+/).map(Number);
    const scale = img.clientWidth / box[2];
    let smallest = Infinity, largest = 0, text = "";
    for (const t of svg.querySelectorAll("text")) {
      const m = (t.getAttribute("style") || "").match(/font(?:-size)?:[^;]*?([\\d.]+)px/);
      if (!m) continue;
      const size = parseFloat(m[1]);
      if (size < smallest) { smallest = size; text = t.textContent; }
      largest = Math.max(largest, size);
    }
    if (smallest < Infinity) result.push({ src: img.currentSrc.split("/").pop(), px: smallest * scale,
                                           largest: largest * scale, body, text });
  }
  return result;
}
"""


# Tables whose nearest painted background is not the page's own (a light card on a dark page, say).
TABLE_BACKGROUND_JS = """
() => {
  const page = getComputedStyle(document.body).backgroundColor;
  const odd = [];
  for (const wrap of document.querySelectorAll("main .aa-table-wrap")) {
    let el = wrap.parentElement, bg = "rgba(0, 0, 0, 0)";
    while (el && el !== document.body) {
      bg = getComputedStyle(el).backgroundColor;
      if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") break;
      el = el.parentElement;
    }
    if (el && el !== document.body && bg !== page) odd.push(`${wrap.getAttribute("aria-label")}: ${bg}`);
  }
  return odd;
}
"""


def require_browser() -> None:
    if not Path(CHROMIUM).is_file():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but Chromium is not installed at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium package to run browser tests)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        # The theme's scripts and styles are the same on every page: let the browser keep them for the
        # session instead of asking again on each of the ~50 page loads.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


def serve(html_dir: Path) -> Iterator[str]:
    """Serve the built book on a free loopback port (the ``server`` fixture of conftest.py)."""
    handler = functools.partial(_QuietHandler, directory=str(html_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def launch() -> Iterator:
    """Chromium through Playwright (the ``browser`` fixture of conftest.py)."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def views(browser) -> Iterator[dict]:
    """One browser context per view of :data:`VIEWS` (the ``contexts`` fixture of conftest.py)."""
    made = {name: browser.new_context(**options) for name, options in VIEWS.items()}
    yield made
    for context in made.values():
        context.close()


class Reader:
    """One browser tab that reads page after page, recording what each page requested outside loopback
    and logged as errors. Reusing the tab keeps one renderer process: a new tab per page costs twice
    the time."""

    def __init__(self, page) -> None:
        self.page = page
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.outside.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None)
                and not r.url.startswith(("data:", "blob:", "about:")) else None)  # fmt: skip
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, url: str):
        """Load ``url`` (with its data tables drawn) and return the page; the records start afresh."""
        self.outside.clear()
        self.errors.clear()
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '?'}"
        if self.page.locator("table.aa-datatable").count():
            self.page.wait_for_function("document.documentElement.dataset.datatables === 'ready'", timeout=15000)
        return self.page


def open_page(context, url: str):
    """A new tab with ``url`` loaded; returns it with what it requested outside and logged as errors."""
    reader = Reader(context.new_page())
    page = reader.open(url)
    return page, reader.outside, reader.errors


def is_reference_page(page_path: str) -> bool:
    """Data pages, back matter and Sphinx's own pages, as opposed to the pages one reads through."""
    return page_path.startswith(("chapters/data_", "chapters/glossary", "chapters/references")) or "/" not in page_path


def book_pages() -> list[str]:
    return [*(f"{f}.html" for f in toc_files(ROOT)), "search.html", "genindex.html"]


AXE_SCRIPT: str | None = None
#: What the book colours itself (tables, badges, the annotated article, captions, vocabularies): in dark
#: mode these are where contrast can fail; the theme's own text colours are the theme's.
BOOK_COLOURED = (".aa-table-wrap", ".aa-annotated", "figcaption", "dl.aa-vocabulary", ".aa-badge")


#: The bibliography's entries after the first 45: one template repeated (276 entries today), whose
#: contrast and link rules took axe three seconds, a tenth of all the browser tests' axe time. The
#: first 45 hold web pages and journal articles; the rest differ only in their words.
REPEATED_TEMPLATE = "main .citation-list > .citation:nth-child(n+46)"


def axe(page, scope: str | dict, rules: list[str] | None = None) -> list[str]:
    """Serious and critical axe-core violations of WCAG 2.1 A/AA in ``scope`` (a CSS selector or an axe
    context), or of ``rules``."""
    global AXE_SCRIPT
    if AXE_SCRIPT is None:
        from axe_playwright_python.sync_playwright import Axe

        AXE_SCRIPT = Axe().axe_script
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    # No preload: axe would re-fetch the theme's imported stylesheets by a wrong relative address (a
    # 404 in the console that is axe's, not the book's); only css-orientation-lock needs them.
    # WCAG 2.1 A and AA, the standard the book is held to (axe's best-practice rules are advice).
    # The book has no frames, and only the serious and critical violations come back to Python: both
    # spare a quarter of axe's time on a long page.
    options: dict = {
        "resultTypes": ["violations"],
        "preload": False,
        "iframes": False,
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    }
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    violations = page.evaluate(
        """([scope, options]) => axe.run(scope, options).then(r => r.violations
             .filter(v => ["serious", "critical"].includes(v.impact))
             .map(v => ({id: v.id, impact: v.impact, help: v.help, n: v.nodes.length, target: v.nodes[0].target})))""",
        [scope, options],
    )
    return [f"{v['id']} ({v['impact']}): {v['help']} — {v['n']} node(s), e.g. {v['target']}" for v in violations]


def check_layout(page, page_path: str, view: str) -> None:
    """Images load, nothing is cut off, no sideways scroll, no word broken in a table cell, on a phone
    no figure text under 12 CSS px and on a desktop none larger than the body text."""
    broken = page.evaluate("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
    assert not broken, f"{page_path}: images that did not load: {broken}"
    overflow = page.evaluate(OVERFLOW_JS)
    assert overflow["page"] <= 1, f"{page_path} ({view}) scrolls sideways by {overflow['page']} px"
    assert not overflow["hidden"], f"{page_path} ({view}): content cut off: {overflow['hidden']}"
    words = page.evaluate(BROKEN_WORDS_JS)
    assert not words, f"{page_path} ({view}): table cells break inside words: {words}"
    cards = page.evaluate(TABLE_BACKGROUND_JS)
    assert not cards, f"{page_path} ({view}): tables on a background of their own: {cards}"
    figures = page.evaluate(FIGURE_TEXT_JS)
    if view.startswith("phone"):
        small = [f for f in figures if f["px"] < MIN_FIGURE_TEXT_PX]
        assert not small, f"{page_path}: figure text under {MIN_FIGURE_TEXT_PX} CSS px on a phone: {small}"
    else:
        large = [f for f in figures if f["largest"] > f["body"] + 0.05]
        assert not large, f"{page_path}: figure text larger than the body text on a desktop: {large}"


def to_phone_dark(page) -> None:
    """Turn a loaded page into the phone view: 390 px wide, dark, as the theme's switch sets it."""
    page.set_viewport_size(VIEWS["phone-dark"]["viewport"])
    page.emulate_media(color_scheme="dark")
    page.evaluate("document.documentElement.dataset.theme = 'dark'")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def to_desktop_light(page) -> None:
    page.set_viewport_size(VIEWS["desktop-light"]["viewport"])
    page.emulate_media(color_scheme="light")


def read_page_in_both_views(reader: Reader, server: str, page_path: str) -> None:
    """One load of a page, read on a desktop (light) and then on a phone (dark).

    On the desktop axe-core runs every WCAG 2.1 A/AA rule; on the phone, in dark mode, the colour-contrast
    rule, the one dark mode changes. The page's frame (header, sidebars), the same on every page, is
    checked in full on the landing page; elsewhere axe looks at the page's own content (``main``), and in
    dark mode at what the book colours itself (:data:`BOOK_COLOURED`)."""
    to_desktop_light(reader.page)
    page = reader.open(f"{server}/{page_path}")
    outside, errors = reader.outside, reader.errors
    scope: str | dict = "html" if page_path.endswith("intro.html") else "main"
    if page.locator(REPEATED_TEMPLATE).count():
        scope = {"include": [[scope]], "exclude": [[REPEATED_TEMPLATE]]}
    assert not outside, f"{page_path} requested outside loopback: {outside}"
    assert not errors, f"{page_path} console errors: {errors}"
    check_layout(page, page_path, "desktop-light")
    serious = axe(page, scope)
    assert not serious, f"{page_path} (desktop-light): serious accessibility violations:\n" + "\n".join(serious)
    to_phone_dark(page)
    check_layout(page, page_path, "phone-dark")
    # In dark mode the theme colours the prose; what the book colours itself is checked here.
    own = [s for s in BOOK_COLOURED if page.locator(f"main {s}").count()]
    serious = axe(page, {"include": [[f"main {s}"] for s in own]}, ["color-contrast"]) if own else []
    assert not serious, f"{page_path} (phone-dark): serious accessibility violations:\n" + "\n".join(serious)
    assert not errors, f"{page_path} console errors: {errors}"


# --- Reader checks (issue 22): findings first, short pages, tables that fit, words for people ------------

#: The pages the reader passes rebuilt (issue 22): the landing page, chapters 1, 2 and 5, the annotated
#: article, (second pass) the guide and the glossary, read on the way to the chapters, and chapters 3 and 4
#: with the framing re-read; Methods and Reproduce may name software and are long by nature.
READER_PAGES = ("chapters/intro.html", "chapters/01_anatomy.html", "chapters/02_provenance.html",
                "chapters/03_actors.html", "chapters/04_framing.html", "chapters/05_history.html",
                "chapters/annotated.html", "chapters/how_to_read.html", "chapters/glossary.html")  # fmt: skip
READER_CHAPTERS = ("chapters/01_anatomy.html", "chapters/02_provenance.html", "chapters/03_actors.html",
                   "chapters/04_framing.html", "chapters/05_history.html")  # fmt: skip
#: A chapter on a 390 px phone: at most this tall, folded tables closed (issue 22: "half the phone length").
MAX_PHONE_HEIGHT = 12000

#: Words that do not belong in a reader's page outside Methods and Reproduce. Source: issue 22 itself,
#: item 7 ("ISO 8601, 'P10Y', '2021-W41', 'TF-IDF cosine … monotone alignment', SHA-256 and file paths,
#: 'key of the copy read', 'analysis: article_analysis' under every figure, '(2021-08-21/2021-08-31)' in
#: the time layer") and its "Words for people" (no package names, paths, algorithms or hashes): each
#: example as a pattern, and the packages the chapters used to name.
SOFTWARE_WORDS = {
    "ISO 8601": r"\bISO[ -]?8601\b",
    "ISO duration (P10Y)": r"\bP\d+[YMWD]\b",
    "ISO week (2021-W41)": r"\b\d{4}-W\d{2}\b",
    "ISO date (2021-08-21)": r"\b\d{4}-\d{2}-\d{2}\b",
    "TF-IDF": r"\bTF-?IDF\b",
    "cosine": r"\bcosine\b",
    "monotone alignment": r"\bmonotone alignment\b",
    "SHA-256": r"\bSHA-?256\b",
    "file path": r"\b(?:data|chapters|tests|article_report|article_analysis)/[\w./-]+",
    "file name": r"\b\w+\.(?:csv|py|ipynb|txt|yml|json)\b",
    "package": r"\b(?:article_analysis|article_report|pysbd|textstat|scikit-learn|sklearn|pandas|matplotlib)\b",
    "command": r"\bpython -m\b",
    "key of the copy read": r"\bkey of the copy read\b",
}

#: Every folded table opened, so that what a reader can open is checked too.
OPEN_FOLDS_JS = "() => { document.querySelectorAll('main details').forEach(d => d.open = true); }"

#: The page's words as a reader can reach them: every layer and fold included, figures (images) not.
PAGE_WORDS_JS = """
() => {
  const main = document.querySelector("main").cloneNode(true);
  main.querySelectorAll("script, style, svg").forEach(e => e.remove());
  return main.textContent.replace(/\\s+/g, " ");
}
"""

#: Tables wider than the column they sit in (their scrolling region's visible width).
TABLE_WIDTH_JS = """
() => {
  const wide = [];
  for (const table of document.querySelectorAll("main table")) {
    if (!table.offsetParent) continue;
    const region = table.closest(".aa-table-wrap, div.dt-layout-table > div") || table.parentElement;
    if (table.scrollWidth > region.clientWidth + 1) {
      const caption = table.querySelector("caption");
      const name = caption ? caption.textContent.slice(0, 50) : "table";
      wide.push(`${name}: ${table.scrollWidth} > ${region.clientWidth}`);
    }
  }
  return wide;
}
"""

#: What opens a chapter: the first element after its title, its heading, links and glued numbers.
FINDINGS_JS = """
() => {
  const title = document.querySelector("main section > h1");
  const first = title && title.parentElement.querySelector(":scope > h1 + *");
  if (!first) return null;
  return { classes: first.className, heading: (first.querySelector(".admonition-title") || {}).textContent || "",
           links: first.querySelectorAll("a[href]").length, glued: first.querySelectorAll(".pasted-text").length,
           words: first.textContent.trim().split(/\\s+/).length };
}
"""

#: Controls of the annotated article and the folds, as a finger meets them: those under 44 x 44 px.
TOUCH_TARGETS_JS = """
() => {
  const small = [];
  const targets = document.querySelectorAll([
    "main .aa-annotated a.aa-cref", "main .aa-annotated button", "main .aa-annotated summary",
    "main .aa-annotated label.aa-switch", "main details.aa-fold > summary"].join(", "));
  for (const el of targets) {
    if (!el.offsetParent) continue;
    const r = el.getBoundingClientRect();
    const size = `${Math.round(r.width)} x ${Math.round(r.height)}`;
    const name = `${el.className || el.tagName} ${size}: ${el.textContent.trim().slice(0, 20)}`;
    if (r.width < 44 || r.height < 44) small.push(name);
  }
  return small;
}
"""

#: Under every combination of the annotated article's layers and views: the colour of the line under
#: each quoted speaker's words (only where the quotations layer is on). Returns, per combination that
#: fails, the speakers' colours as drawn.
SPEAKER_COLOURS_JS = """
([layers, views, expected]) => {
  const box = document.querySelector(".aa-annotated");
  const keys = [...layers.map(k => "show-" + k), ...views.map(k => "only-" + k)];
  const failures = [];
  for (let mask = 0; mask < (1 << keys.length); mask++) {
    keys.forEach((k, i) => box.classList.toggle(k, Boolean(mask & (1 << i))));
    if (!box.classList.contains("show-quotes")) continue;
    const seen = {};
    for (const span of box.querySelectorAll(".aa-text [data-speaker]")) {
      if (!span.offsetParent) continue;
      const style = getComputedStyle(span);
      const colour = style.borderBottomStyle === "none" ? "none" : style.borderBottomColor;
      (seen[span.dataset.speaker] = seen[span.dataset.speaker] || new Set()).add(colour);
    }
    const wrong = Object.entries(seen).filter(([who, colours]) => colours.size !== 1 || !colours.has(expected[who]));
    if (wrong.length) failures.push({ on: keys.filter(k => box.classList.contains(k)),
                                      seen: Object.fromEntries(Object.entries(seen).map(([w, c]) => [w, [...c]])) });
  }
  return failures;
}
"""


def software_words(text: str) -> list[str]:
    """Which of :data:`SOFTWARE_WORDS` a page's words contain, with the words found."""
    import re

    found = []
    for name, pattern in SOFTWARE_WORDS.items():
        hits = sorted(set(re.findall(pattern, text)))
        if hits:
            found.append(f"{name}: {hits[:5]}")
    return found


def rgb(hex_colour: str) -> str:
    """A #rrggbb colour as the browser reports a computed colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"
