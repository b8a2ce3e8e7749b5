"""The built book in a real browser: Debian's Chromium driven by Playwright over loopback.

Every page: no request leaves 127.0.0.1, no console error, every image loads, no serious or
critical axe-core violation, a screenshot saved under _build/screenshots/. Search finds "Lavrov";
figures keep their white background in dark mode. Without Chromium these tests skip, unless
REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import HTML, ROOT
from .test_built_html import toc_files

pytestmark = [pytest.mark.browser, pytest.mark.book]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
SCREENSHOTS = ROOT / "_build" / "screenshots"


def _require_browser() -> None:
    if not Path(CHROMIUM).is_file():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but Chromium is not installed at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium package to run browser tests)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(html_dir: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(html_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def _pages() -> list[str]:
    pages = [f"{f}.html" for f in toc_files(ROOT)]
    return [*pages, "search.html", "genindex.html"]


@pytest.mark.parametrize("page_path", _pages())
def test_page_loads_clean_offline_and_accessible(browser, server: str, page_path: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside, errors = [], []
    page.on("request", lambda r: outside.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None)
            and not r.url.startswith(("data:", "blob:", "about:")) else None)  # fmt: skip
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    response = page.goto(f"{server}/{page_path}", wait_until="networkidle")
    assert response is not None and response.ok, f"{page_path}: HTTP {response.status if response else '?'}"
    assert not outside, f"{page_path} requested outside loopback: {outside}"
    assert not errors, f"{page_path} console errors: {errors}"
    broken = page.evaluate("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
    assert not broken, f"{page_path}: images that did not load: {broken}"
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / (page_path.replace("/", "_").removesuffix(".html") + ".png")),
                    full_page=True)  # fmt: skip
    context.close()
    assert not serious, f"{page_path}: serious accessibility violations:\n" + "\n".join(serious)


def test_search_finds_lavrov(browser, server: str) -> None:
    page = browser.new_page()
    page.goto(f"{server}/search.html?q=Lavrov", wait_until="networkidle")
    page.wait_for_selector("#search-results li a", timeout=15000)
    hits = page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.getAttribute('href'))")
    page.close()
    assert any("chapters/" in h for h in hits), hits


def test_figures_stay_readable_in_dark_mode(browser, server: str) -> None:
    from PIL import Image

    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/chapters/01_anatomy.html", wait_until="networkidle")
    page.evaluate("document.documentElement.dataset.theme = 'dark'")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    figure = page.locator("figure img").first
    shot = Image.open(io.BytesIO(figure.screenshot())).convert("RGB")
    context.close()
    # The figure's own background is opaque white, so its corner stays light on a dark page (the
    # theme dims images in dark mode to brightness 0.8, hence "light", not pure white) ...
    width, height = shot.size
    corner = shot.getpixel((width - 6, 6))
    assert min(corner) > 200, corner
    # ... and the dark ink of the title still stands out against it.
    darkest = min(sum(shot.getpixel((x, y))) for x in range(0, width, 3) for y in range(0, height // 6, 2))
    assert darkest < 150, darkest
    assert HTML.is_dir()
