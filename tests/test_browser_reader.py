"""The reader's checks of issue 22, in Chromium at both widths: findings first, pages a phone can read to
the end, tables that fit a desktop column, words for people, and an annotated article that works by
touch and keyboard with each layer in its own colours. Each check is shown to fail on a broken page.

The pages are those of the first reader pass (browser_support.READER_PAGES); the figure-text check runs
on every page (test_browser_chapters.py and test_browser_data.py, through check_layout).
"""

from __future__ import annotations

import pytest

from .browser_support import (
    FIGURE_TEXT_JS,
    FINDINGS_JS,
    MAX_PHONE_HEIGHT,
    MIN_FIGURE_TEXT_PX,
    OPEN_FOLDS_JS,
    PAGE_WORDS_JS,
    READER_CHAPTERS,
    READER_PAGES,
    SPEAKER_COLOURS_JS,
    TABLE_WIDTH_JS,
    TOUCH_TARGETS_JS,
    Reader,
    rgb,
    software_words,
)

pytestmark = [pytest.mark.browser, pytest.mark.book]


# --- Findings first -----------------------------------------------------------------------------------


def findings_problem(found: dict | None) -> str:
    """What is wrong with a chapter's opening, or "" when it opens with its findings."""
    if not found:
        return "nothing follows the title"
    if "aa-findings" not in found["classes"].split() or found["heading"].strip() != "What this chapter finds":
        return f"it opens with {found['classes']!r}, not 'What this chapter finds'"
    if not found["links"] or not found["glued"]:
        return "its findings link to no evidence or state no computed number"
    if found["words"] > 160:
        return f"its findings run to {found['words']} words, not two or three sentences"
    return ""


@pytest.mark.parametrize("page_path", READER_CHAPTERS)
def test_each_chapter_opens_with_its_findings(desktop: Reader, server: str, page_path: str) -> None:
    page = desktop.open(f"{server}/{page_path}")
    assert findings_problem(page.evaluate(FINDINGS_JS)) == "", page_path


def test_the_findings_check_can_fail(desktop: Reader, server: str) -> None:
    page = desktop.open(f"{server}/chapters/01_anatomy.html")
    page.evaluate("document.querySelector('main .aa-findings').remove()")
    assert findings_problem(page.evaluate(FINDINGS_JS))


def test_the_landing_page_opens_with_the_verdict_picture_and_the_provenance_finding(
    desktop: Reader, server: str
) -> None:
    page = desktop.open(f"{server}/chapters/intro.html")
    order = page.evaluate(
        """() => [...document.querySelectorAll("main figure, main h2")].map(e => e.id || e.textContent.trim())"""
    )
    figures = [o for o in order if o.startswith("fig-")]
    assert figures[:2] == ["fig-landing-verdicts", "fig-landing"], order
    squares = page.evaluate("document.querySelector('#fig-landing-verdicts img').alt")
    assert "Every checked claim" in squares


# --- Half the phone length -------------------------------------------------------------------------------


@pytest.mark.parametrize("page_path", READER_PAGES)
def test_pages_are_at_most_12000_px_on_a_phone(phone: Reader, server: str, page_path: str) -> None:
    page = phone.open(f"{server}/{page_path}")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_PHONE_HEIGHT, f"{page_path} is {height} px tall on a phone"


def test_the_height_check_can_fail(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/01_anatomy.html")
    page.evaluate(OPEN_FOLDS_JS)  # the folded tables opened: the page as it was before folding
    assert page.evaluate("document.documentElement.scrollHeight") > MAX_PHONE_HEIGHT


# --- Tables that fit ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page_path", READER_PAGES)
def test_no_table_is_wider_than_its_column_on_a_desktop(desktop: Reader, server: str, page_path: str) -> None:
    page = desktop.open(f"{server}/{page_path}")
    page.evaluate(OPEN_FOLDS_JS)
    assert page.evaluate(TABLE_WIDTH_JS) == [], page_path


def test_the_table_width_check_can_fail(desktop: Reader, server: str) -> None:
    page = desktop.open(f"{server}/chapters/05_history.html")
    page.evaluate(OPEN_FOLDS_JS)
    page.add_style_tag(content="main table.aa-table { min-width: 1000px !important; }")
    assert page.evaluate(TABLE_WIDTH_JS)


# --- Figures legible at both widths -------------------------------------------------------------------


def test_the_figure_text_checks_can_fail(desktop: Reader, phone: Reader, server: str) -> None:
    """Figures enlarged on a desktop show text larger than the body text; shrunk on a phone, under 12 px."""
    page = desktop.open(f"{server}/chapters/05_history.html")
    assert all(f["largest"] <= f["body"] + 0.05 for f in page.evaluate(FIGURE_TEXT_JS))
    page.add_style_tag(content="main img { width: 680px !important; max-width: none !important; }")
    assert any(f["largest"] > f["body"] for f in page.evaluate(FIGURE_TEXT_JS))
    page = phone.open(f"{server}/chapters/05_history.html")
    assert all(f["px"] >= MIN_FIGURE_TEXT_PX for f in page.evaluate(FIGURE_TEXT_JS))
    page.add_style_tag(content="main img { width: 80% !important; }")
    assert any(f["px"] < MIN_FIGURE_TEXT_PX for f in page.evaluate(FIGURE_TEXT_JS))


# --- Words for people ----------------------------------------------------------------------------------


@pytest.mark.parametrize("page_path", READER_PAGES)
def test_no_software_words_in_the_readers_pages(desktop: Reader, server: str, page_path: str) -> None:
    page = desktop.open(f"{server}/{page_path}")
    assert software_words(page.evaluate(PAGE_WORDS_JS)) == [], page_path


def test_the_software_words_check_can_fail(desktop: Reader, server: str) -> None:
    page = desktop.open(f"{server}/chapters/annotated.html")
    page.evaluate(
        "document.querySelector('main p').insertAdjacentText('beforeend',"
        " ' Resolved to ISO 8601: 2021-W41, P10Y, by article_analysis from data/claims.csv.')"
    )
    found = " ".join(software_words(page.evaluate(PAGE_WORDS_JS)))
    for name in ("ISO 8601", "ISO week", "ISO duration", "package", "file path"):
        assert name in found, name


# --- The annotated article ---------------------------------------------------------------------------


def test_speaker_colours_hold_under_every_layer_combination(desktop: Reader, server: str) -> None:
    from article_report.annotated import LAYERS, VIEWS, speaker_colours
    from article_report.book import load_book

    expected = {who: rgb(colour) for who, colour in speaker_colours(load_book()).items()}
    assert len(set(expected.values())) == len(expected) >= 2, "speakers share a colour"
    page = desktop.open(f"{server}/chapters/annotated.html")
    failures = page.evaluate(SPEAKER_COLOURS_JS, [list(LAYERS), list(VIEWS), expected])
    assert failures == [], failures[:3]


def test_the_speaker_colour_check_can_fail(desktop: Reader, server: str) -> None:
    """The defect the issue found: claims and quotations sharing one colour variable, the claim's winning."""
    from article_report.annotated import LAYERS, VIEWS, speaker_colours
    from article_report.book import load_book

    expected = {who: rgb(colour) for who, colour in speaker_colours(load_book()).items()}
    page = desktop.open(f"{server}/chapters/annotated.html")
    page.add_style_tag(content=".show-claims .aa-q.aa-c { border-bottom-color: var(--aa-verdict) !important; }")
    assert page.evaluate(SPEAKER_COLOURS_JS, [list(LAYERS), list(VIEWS), expected])


def test_the_article_text_starts_within_the_first_phone_screen(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/annotated.html")
    top = page.evaluate("document.querySelector('.aa-text .aa-block').getBoundingClientRect().top")
    assert top < 844 - 60, f"the article starts {top:.0f} px down, below the first phone screen"
    page.evaluate("document.querySelector('.aa-legend').style.paddingTop = '600px'")
    assert page.evaluate("document.querySelector('.aa-text .aa-block').getBoundingClientRect().top") > 844 - 60


@pytest.mark.parametrize("page_path", ["chapters/annotated.html", "chapters/02_provenance.html"])
def test_touch_targets_are_at_least_44_px(phone: Reader, server: str, page_path: str) -> None:
    page = phone.open(f"{server}/{page_path}")
    if page.locator(".aa-annotated").count():  # every layer on: each chip and note link shows
        page.evaluate("document.querySelector('.aa-controls').open = true")
        page.evaluate("document.querySelector('.aa-annotated').classList.add('show-quotes', 'show-actors')")
    assert page.evaluate(TOUCH_TARGETS_JS) == [], page_path


def test_the_touch_target_check_can_fail(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/annotated.html")
    page.add_style_tag(content=".show-claims .aa-cref { min-width: 0 !important; min-height: 0 !important; }")
    assert page.evaluate(TOUCH_TARGETS_JS)


def test_a_claim_opens_its_verdict_reason_and_sources_in_place(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/annotated.html")
    url = page.url
    chip = page.locator("a.aa-cref.aa-problem").first
    note = page.locator(f"#{chip.get_attribute('aria-controls')}")
    assert not note.is_visible()
    chip.click()
    assert note.is_visible() and chip.get_attribute("aria-expanded") == "true"
    assert page.url == url, "the chip navigated away instead of opening in place"
    text = note.inner_text()
    assert "Why:" in text and "Sources:" in text and note.locator("a.aa-row-link").count() == 1
    chip.focus()
    page.keyboard.press("Space")  # from the keyboard too
    assert not note.is_visible()
    assert not phone.errors


def test_next_and_previous_problem_and_problems_only(desktop: Reader, server: str) -> None:
    page = desktop.open(f"{server}/chapters/annotated.html")
    problems = page.eval_on_selector_all("a.aa-cref.aa-problem", "cs => cs.map(c => c.getAttribute('aria-controls'))")
    page.locator('input[data-layer="claims"]').evaluate("i => i.click()")  # claims off: next turns them on
    page.get_by_role("button", name="Next →").click()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == problems[0]
    assert page.locator(f"#{problems[0]}").is_visible()
    page.get_by_role("button", name="Next →").click()
    page.get_by_role("button", name="← Previous").click()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == problems[0]
    page.get_by_role("button", name="← Previous").click()  # wraps round to the last problem
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == problems[-1]
    settled = page.locator("a.aa-cref.aa-settled").first
    assert settled.is_visible()
    page.locator("details.aa-controls > summary").click()
    page.locator('input[data-view="problems"]').check()
    assert not settled.is_visible() and page.locator("a.aa-cref.aa-problem").first.is_visible()
    assert not desktop.errors


def test_labels_only_where_they_inform(desktop: Reader, server: str) -> None:
    from article_report.vocab import AGENCY_CAPTION, SECTION_LABELS

    page = desktop.open(f"{server}/chapters/annotated.html")
    labels = page.eval_on_selector_all(
        ".aa-text .aa-label", "ls => ls.filter(l => l.offsetParent).map(l => l.textContent)"
    )
    allowed = {*SECTION_LABELS.values(), AGENCY_CAPTION, "hand-over line"}
    assert labels and set(labels) <= allowed, labels
    assert len(labels) < page.locator(".aa-text .aa-block").count() / 2, "a label on nearly every block"
