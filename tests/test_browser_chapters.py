"""Every page of the book's reading part (landing page, guides,
chapters, the annotated article), read in a real browser on a desktop (1300 px, light)
and on a phone (390 px, dark): offline, no console error, images load, nothing cut off or scrolling
sideways, no word broken in a table cell, no figure text under 9 CSS px on the phone, axe-core clean
(see browser_support.py).
"""

from __future__ import annotations

import pytest

from .browser_support import book_pages, is_reference_page, read_page_in_both_views

pytestmark = [pytest.mark.browser, pytest.mark.book]
PAGES = [p for p in book_pages() if not is_reference_page(p)]


@pytest.mark.parametrize("page_path", PAGES)
def test_page_reads_well_on_desktop_and_phone(reader, server: str, page_path: str) -> None:
    read_page_in_both_views(reader, server, page_path)
