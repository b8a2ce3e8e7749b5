"""The built book in a real browser (Debian's Chromium driven by Playwright over loopback): the parts
that need more than a page read once. The annotated article's layers switch from the keyboard and its
claim links land on visible rows; search finds "Lavrov"; a page opened on a phone in dark mode follows
the reader's setting and keeps its figures white; and each layout check can fail.

Every page is read in two views by test_browser_chapters.py and test_browser_data.py (see
browser_support.py). Without Chromium these tests skip, unless REQUIRE_BROWSER=1 (set by .ci/run),
where a missing browser is a failure.
"""

from __future__ import annotations

import io
import re

import pytest

from .browser_support import (
    BROKEN_WORDS_JS,
    FIGURE_TEXT_JS,
    MIN_FIGURE_TEXT_PX,
    OVERFLOW_JS,
    TABLE_BACKGROUND_JS,
    Reader,
    axe,
    open_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.book]


def test_annotated_layers_switch_from_the_keyboard(contexts: dict, server: str) -> None:
    from article_report.annotated import DEFAULT_ON, LAYERS

    # What each layer shows: an element that is displayed only while its layer is on.
    shown_by = {"quotes": ".aa-qs", "times": ".aa-tv", "claims": ".aa-cref", "sources": ".aa-src",
                "parts": ".aa-for-parts", "actors": ".aa-mn"}  # fmt: skip
    page, _, errors = open_page(contexts["desktop-light"], f"{server}/chapters/annotated.html")
    try:
        article = page.locator(".aa-annotated")
        # The switches sit under "Layers and views", opened from the keyboard.
        page.locator("details.aa-controls > summary").focus()
        page.keyboard.press("Enter")
        for layer in LAYERS:
            switch = page.locator(f'input[data-layer="{layer}"]')
            on = layer in DEFAULT_ON
            assert switch.is_checked() == on
            switch.focus()
            page.keyboard.press("Space")
            assert switch.is_checked() != on
            assert ("show-" + layer in (article.get_attribute("class") or "").split()) != on
            assert page.locator(shown_by[layer]).first.is_visible() != on, layer
            if layer == "actors":  # outlined in their side's colour while the layer is on
                outline = page.locator(".aa-text .aa-m").first.evaluate("e => getComputedStyle(e).outlineStyle")
                assert (outline != "none") != on
        assert not errors
    finally:
        page.close()


def test_annotated_claim_links_land_on_visible_rows(contexts: dict, phone: Reader, server: str, html_dir) -> None:
    page, _, _ = open_page(contexts["desktop-light"], f"{server}/chapters/annotated.html")
    # Each claim's note (opened in place by its chip) links to the claim's row on the claims page.
    links = page.eval_on_selector_all(".aa-note a.aa-row-link", "links => links.map(a => a.getAttribute('href'))")
    page.close()
    assert len(links) >= 40
    # Every target row is in the claims page (DataTables keeps only the current page's rows in the DOM,
    # so the built file is read) ...
    claims_page = (html_dir / "chapters" / "data_claims.html").read_text(encoding="utf-8")
    assert all(f'id="{link.split("#", 1)[1]}"' in claims_page for link in links)
    # ... and a link to a row on a later page of the table opens that page and shows the row.
    link = links[-1]
    rows = re.findall(r'<tr id="(claim-[^"]+)"', claims_page)
    assert rows.index(link.split("#", 1)[1]) >= 10, "the test wants a row beyond the table's first page"
    page = phone.open(f"{server}/chapters/{link}")
    row = page.locator(f"#{link.split('#', 1)[1]}")
    assert row.is_visible() and 0 <= row.evaluate("r => r.getBoundingClientRect().top") < 844, link
    assert not phone.errors


def test_search_finds_lavrov(contexts: dict, server: str) -> None:
    page, _, _ = open_page(contexts["desktop-light"], f"{server}/search.html?q=Lavrov")
    try:
        page.wait_for_selector("#search-results li a", timeout=15000)
        hits = page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.getAttribute('href'))")
    finally:
        page.close()
    assert any("chapters/" in h for h in hits), hits


def test_figure_text_check_catches_small_text(phone: Reader, server: str) -> None:
    """The figure check can fail: the same figures drawn at a quarter of their width fall under 9 px."""
    page = phone.open(f"{server}/chapters/01_anatomy.html")
    page.add_style_tag(content="main img { width: 25% !important; }")
    assert any(f["px"] < MIN_FIGURE_TEXT_PX for f in page.evaluate(FIGURE_TEXT_JS))


def test_broken_word_and_overflow_checks_can_fail(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/data_sources.html")
    page.add_style_tag(content="td { overflow-wrap: anywhere !important; word-break: break-all !important; }"
                               " .aa-table-wrap, div.dt-layout-table > div { overflow-x: hidden !important; }"
                               " table.aa-table { min-width: 900px !important; display: table !important; }"
                               " table.aa-table tr { display: table-row !important; }"
                               " table.aa-table td { display: table-cell !important; }")  # fmt: skip
    assert page.evaluate(BROKEN_WORDS_JS)
    assert page.evaluate(OVERFLOW_JS)["hidden"]


def test_figures_stay_readable_in_dark_mode(phone: Reader, server: str) -> None:
    from PIL import Image

    # Opened in a context whose reader prefers dark: the theme follows the setting.
    page = phone.open(f"{server}/chapters/01_anatomy.html")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    shot = Image.open(io.BytesIO(page.locator("figure img").first.screenshot())).convert("RGB")
    # The figure's own background is opaque white, so its corner stays light on a dark page (the
    # theme dims images in dark mode, hence "light", not pure white) ...
    width, height = shot.size
    assert min(shot.getpixel((width - 8, 8))) > 200
    # ... and the dark ink of the title still stands out against it.
    darkest = min(sum(shot.getpixel((x, y))) for x in range(0, width, 3) for y in range(0, height // 6, 2))
    assert darkest < 150, darkest


def test_table_background_check_can_fail(phone: Reader, server: str) -> None:
    """A table on a light card of its own in dark mode (the theme's default for notebook output) is found."""
    page = phone.open(f"{server}/chapters/01_anatomy.html")
    assert not page.evaluate(TABLE_BACKGROUND_JS)
    page.add_style_tag(content=".cell_output div.text_html { background-color: rgb(206, 214, 221) !important; }")
    assert page.evaluate(TABLE_BACKGROUND_JS)


def test_accessibility_check_can_fail(phone: Reader, server: str) -> None:
    """axe-core, as the page checks call it, reports a low-contrast paragraph and an image without alt text."""
    page = phone.open(f"{server}/chapters/glossary.html")
    assert not axe(page, "main")
    page.evaluate("document.querySelector('main p').style.cssText = 'color: #808080; background: #8a8a8a';"
                  "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')")  # fmt: skip
    found = " ".join(axe(page, "main"))
    assert "color-contrast" in found and "image-alt" in found
