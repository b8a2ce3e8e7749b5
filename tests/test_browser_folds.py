"""Issue 22's second pass, in Chromium: the references page grouped by kind of text and folded, each group's
count on its line and every entry still reached by its anchor (a citation link opens its group); the data pages
at most 12,000 px tall on a phone (dictionaries and secondary tables folded, five rows a page) and their tables,
every row shown, no wider than the page on a desktop. Each check is shown to fail on a broken page."""

from __future__ import annotations

import re

import pytest

from .browser_support import MAX_PHONE_HEIGHT, OPEN_FOLDS_JS, TABLE_WIDTH_JS, Reader, book_pages

pytestmark = [pytest.mark.browser, pytest.mark.book]

DATA_PAGES = [p for p in book_pages() if p.startswith("chapters/data_")]

#: The references page's groups as a reader meets them: summary line, open or not, entries inside.
GROUPS_JS = """
() => ({
  groups: [...document.querySelectorAll("main details.aa-refgroup")].map(d => ({
    summary: d.querySelector(":scope > summary").textContent.trim(), open: d.open,
    entries: d.querySelectorAll(".citation").length })),
  entries: document.querySelectorAll("main .citation").length,
  loose: document.querySelectorAll("main .citation:not(details.aa-refgroup .citation)").length,
})
"""


def groups_problem(found: dict, expected_entries: int) -> str:
    """What is wrong with the references page's groups, or ""."""
    if not found["groups"]:
        return "no folded groups"
    if found["entries"] != expected_entries:
        return f"{found['entries']} entries on the page, {expected_entries} in the bibliography"
    if found["loose"]:
        return f"{found['loose']} entries outside any group"
    for group in found["groups"]:
        count = re.search(r"\((\d+)\)$", group["summary"])
        if not count or int(count[1]) != group["entries"]:
            return f"{group['summary']!r} holds {group['entries']} entries"
        if group["open"]:
            return f"{group['summary']!r} is open on arrival"
    return ""


def test_references_are_grouped_folded_and_counted(phone: Reader, server: str) -> None:
    from article_report.book import load_book

    page = phone.open(f"{server}/chapters/references.html")
    assert groups_problem(page.evaluate(GROUPS_JS), len(load_book().data["sources"])) == ""
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_PHONE_HEIGHT, f"the references page is {height} px tall on a phone"


def test_the_references_checks_can_fail(phone: Reader, server: str) -> None:
    from article_report.book import load_book

    expected = len(load_book().data["sources"])
    page = phone.open(f"{server}/chapters/references.html")
    page.evaluate(OPEN_FOLDS_JS)  # every group open: the page as long as before the groups
    assert page.evaluate("document.documentElement.scrollHeight") > MAX_PHONE_HEIGHT
    assert "is open on arrival" in groups_problem(page.evaluate(GROUPS_JS), expected)
    page = phone.open(f"{server}/chapters/references.html")
    page.evaluate("document.querySelector('main details.aa-refgroup .citation').remove()")
    assert groups_problem(page.evaluate(GROUPS_JS), expected)
    page.evaluate("document.querySelector('main').append(document.querySelector('main .citation'))")
    assert "outside any group" in groups_problem(page.evaluate(GROUPS_JS), expected - 1)


def _opens_its_group(page, target: str) -> bool:
    """The entry ``target`` is shown in the first screen, inside its opened group."""
    entry = page.locator(f"#{target}")
    top = entry.evaluate("e => e.getBoundingClientRect().top")
    return entry.is_visible() and 0 <= top < 844 and entry.evaluate("e => e.closest('details.aa-refgroup').open")


def test_a_citation_link_opens_its_group(phone: Reader, server: str) -> None:
    page = phone.open(f"{server}/chapters/methods.html")
    links = page.eval_on_selector_all("main a[href*='references.html#']", "as => as.map(a => a.getAttribute('href'))")
    assert links, "the methods page cites no reference"
    page.locator(f"main a[href='{links[0]}']").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(links[0]) and _opens_its_group(page, links[0].split("#")[1])
    # On the page itself, a link into another (closed) group opens that one too.
    other = page.evaluate("() => document.querySelector('main details.aa-refgroup:not([open]) .citation').id")
    page.evaluate(f"location.hash = '#{other}'")
    page.wait_for_function(f"document.getElementById('{other}').closest('details').open")
    assert _opens_its_group(page, other)
    assert not phone.errors


def test_the_citation_link_check_can_fail(phone: Reader, server: str) -> None:
    """A group folded by something a link cannot open (a hidden block, not a <details>) hides its entries."""
    page = phone.open(f"{server}/chapters/references.html")
    target = page.evaluate(
        """() => { const d = document.querySelector('main details.aa-refgroup');
                   const box = document.createElement('div'); box.hidden = true; box.append(...d.childNodes);
                   d.replaceWith(box); return box.querySelector('.citation').id; }"""
    )
    page.evaluate(f"location.hash = '#{target}'")
    assert not page.locator(f"#{target}").is_visible()


# --- The data pages --------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_path", DATA_PAGES)
def test_data_pages_are_at_most_12000_px_on_a_phone(phone: Reader, server: str, page_path: str) -> None:
    page = phone.open(f"{server}/{page_path}")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_PHONE_HEIGHT, f"{page_path} is {height} px tall on a phone"


def test_the_data_page_height_check_can_fail(phone: Reader, server: str) -> None:
    """The provenance page as it was: every table open, 25 rows a page (29,102 px when issue 22 measured it)."""
    page = phone.open(f"{server}/chapters/data_provenance.html")
    page.evaluate(OPEN_FOLDS_JS)
    for menu in page.locator("div.dt-length select").all():
        menu.select_option("25")
    assert page.evaluate("document.documentElement.scrollHeight") > MAX_PHONE_HEIGHT


def _every_row(page) -> None:
    page.evaluate(OPEN_FOLDS_JS)
    for menu in page.locator("div.dt-length select").all():
        menu.select_option("100")


@pytest.mark.parametrize("page_path", DATA_PAGES)
def test_data_tables_fit_the_page_on_a_desktop(desktop: Reader, server: str, page_path: str) -> None:
    page = desktop.open(f"{server}/{page_path}")
    _every_row(page)  # every row shown: a long word on the last page widens a column too
    assert page.evaluate(TABLE_WIDTH_JS) == [], page_path


def test_the_data_table_width_check_can_fail(desktop: Reader, server: str) -> None:
    """The texts of the chain with its thirteen columns' old widths is wider than the page."""
    page = desktop.open(f"{server}/chapters/data_provenance.html")
    _every_row(page)
    page.add_style_tag(content="table.aa-datatable td { min-width: 11em !important; }")
    assert page.evaluate(TABLE_WIDTH_JS)
