"""The report's HTML: cells are escaped, ids and anchors are unique and resolvable, the annotated
article reproduces the article's text exactly under its markup."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from article_report import annotated, datapages
from article_report.book import load_book
from article_report.tables import (
    badge,
    iso_reading,
    readable_note,
    shorten,
    significance_mark,
    snippet,
    source_links,
    table_html,
)
from article_report.vocab import VERDICT_COLOURS


class _Tree(HTMLParser):
    """Checks that tags balance and collects ids, links and the text outside the given classes."""

    VOID = frozenset({"br", "img", "input", "meta", "link", "hr"})

    def __init__(self, skip_classes: set[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []
        self.skip_classes = skip_classes

    def _skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag == "br" and not self._skipping():
            self.text.append("\n")
        if tag not in self.VOID:
            classes = set((a.get("class") or "").split())
            self.stack.append((tag, bool(classes & self.skip_classes) or tag in ("a", "fieldset", "legend")))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]} "
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.text.append(data)


def parse(html: str, skip: set[str] = frozenset()) -> _Tree:
    tree = _Tree(skip)
    tree.feed(html)
    tree.close()
    assert not tree.stack, f"unclosed tags: {tree.stack}"
    return tree


# --- tables.py ---------------------------------------------------------------------------------------


def test_cells_are_escaped_unless_declared_raw() -> None:
    html = table_html(
        [{"a": "<script>alert(1)</script> & co", "b": '<a href="x">ok</a>', "id": 'r"1'}],
        {"a": "A <b>", "b": "B"},
        "Caption & <i>",
        raw=("b",),
        row_id="id",
    )
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert '<a href="x">ok</a>' in html
    assert "A &lt;b&gt;" in html and "Caption &amp; &lt;i&gt;" in html
    assert 'id="row-r-1"' in html
    parse(html)


def test_missing_and_nan_cells_are_empty() -> None:
    html = table_html([{"a": float("nan")}, {"a": None}, {}], {"a": "A"}, "c")
    assert html.count('<td class="col-a" data-label="A"></td>') == 3 and "nan" not in html and "None" not in html


def test_badges_and_marks() -> None:
    assert "verified" in badge("verified") and "background:" in badge("verified")
    with pytest.raises(KeyError):
        badge("mostly true")
    assert significance_mark("") == ""
    assert "aa-misleading" in significance_mark("misleading")
    with pytest.raises(ValueError, match="unknown significance"):
        significance_mark("huge")


def test_source_links_point_at_rows_of_the_sources_page() -> None:
    html = source_links("tass2021a; ap<2021>")
    assert html == (
        '<a href="data_sources.html#src-tass2021a">tass2021a</a>; '
        '<a href="data_sources.html#src-ap-2021">ap&lt;2021&gt;</a>'
    )
    assert source_links("") == ""


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("short", 10) == "short"
    cut = shorten("one two three four five six", 15)
    assert cut.endswith(" …") and len(cut) <= 15 and "thr" not in cut.replace("three", "")


# --- data pages ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book():
    return load_book()


@pytest.mark.parametrize("name", sorted(datapages.TABLES))
def test_every_data_table_is_well_formed_with_unique_ids(name: str) -> None:
    html = datapages.render(name)
    tree = parse(html)
    assert len(tree.ids) == len(set(tree.ids)), f"{name}: duplicate ids"
    assert 'class="aa-table aa-datatable"' in html
    assert not re.search(r">\s*(nan|None)\s*<", html)


def test_every_claim_event_and_source_has_its_anchor(book) -> None:
    ids = {
        *parse(datapages.render("claims")).ids,
        *parse(datapages.render("timeline")).ids,
        *parse(datapages.render("sources")).ids,
    }
    assert {f"claim-{c}" for c in book.data["claims"]["id"]} <= ids
    assert {f"event-{e}" for e in book.data["timeline"]["id"]} <= ids
    assert {f"src-{re.sub(r'[^a-z0-9]+', '-', k.lower()).strip('-')}" for k in book.data["bibliography"].entries} <= ids


def test_data_dictionaries_name_every_column_of_their_file() -> None:
    """The data pages' dictionaries come from datapackage.json, whose columns are each file's header."""
    import csv

    from article_report.curated import package
    from article_report.paths import project_root

    for name in package.tables():
        file = package.resource(name)["path"]
        with open(project_root() / file, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert package.field_names(name) == header, f"{file}: data dictionary and header differ"
        rendered = datapages.columns(name)
        assert f"{file}:" in rendered and all(f">{column}<" in rendered for column in header), name


def test_unknown_table_names_are_refused() -> None:
    with pytest.raises(ValueError, match="no data table named"):
        datapages.render("nothing")
    with pytest.raises(ValueError, match="no dataset named"):
        datapages.columns("nothing")


# --- the annotated article -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> str:
    return annotated.render()


def test_annotated_text_is_the_article_exactly(book, page: str) -> None:
    # Labels added for readers (speaker names, resolved dates, source notes, claim links, the legend)
    # are skipped; what is left must be the article, character for character (blocks are elements, so
    # the blank lines between them are not text: whitespace is left out of the comparison).
    tree = parse(page, skip={"aa-qs", "aa-tv", "aa-src", "aa-legend", "aa-toolbar", "aa-note", "aa-mn", "aa-label"})
    shown = unescape("".join(tree.text))
    assert re.sub(r"\s+", "", shown) == re.sub(r"\s+", "", book.text)


def test_every_claim_is_marked_and_linked_to_its_row(book, page: str) -> None:
    tree = parse(page)
    for claim in book.data["claims"].itertuples():
        assert f"data_claims.html#claim-{claim.id}" in tree.links, claim.id
        assert f"--aa-verdict:{VERDICT_COLOURS[claim.verdict][0]}" in page
        assert f'href="#note-{claim.id}"' in page and f'id="note-{claim.id}"' in page, claim.id


def test_every_layer_has_a_switch_and_the_defaults_are_on(page: str) -> None:
    for key in annotated.LAYERS:
        assert f'data-layer="{key}"' in page
    for key in annotated.VIEWS:
        assert f'data-view="{key}"' in page
    for key in annotated.DEFAULT_ON:
        assert f'data-layer="{key}" checked' in page and f"show-{key}" in page


def test_every_speech_quotation_names_its_speaker(book, page: str) -> None:
    quotes = book.analysis.tables["quotes"]
    speech = quotes[quotes["kind"] == "speech"]
    assert page.count('class="aa-qs"') == len(speech)


def test_snippets_cut_between_words_and_within_the_paragraph() -> None:
    text = "First paragraph ends here.\nThe delegation of neighbouring nations met in Moscow on Wednesday afternoon."
    start = text.index("met")
    cut = snippet(text, start, start + 3, before=12, after=10)
    assert cut == "…nations met in Moscow…"
    assert "paragraph" not in snippet(text, start, start + 3, before=200, after=200)
    assert snippet(text, 0, 5, before=10, after=200) == "First paragraph ends here."


@pytest.mark.parametrize(
    ("value", "reading"),
    [("2021-10-20", "20 Oct 2021"), ("2021-08", "Aug 2021"), ("2003", "2003"), ("2021-W41", "week of 11 Oct 2021"),
     ("2021-Q3", "Jul–Sep 2021"), ("P10Y", "10 years"), ("PT1H", "1 hour"), ("2021-08-21/2021-08-31", "21–31 Aug 2021"),
     ("2017/2021-10-20", "2017 – 20 Oct 2021"), ("2021-10-20T21:55+09:00", "20 Oct 2021, 21:55 (UTC+09:00)")],
)  # fmt: skip
def test_time_values_read_as_words(value: str, reading: str) -> None:
    assert iso_reading(value) == reading


def test_notes_name_texts_and_drop_sentence_numbers() -> None:
    labels = {"ap-v2a": "AP version 2a", "ap-v2": "AP version 2"}
    assert readable_note("s10: carried from ap-v2a; gone from ap-v2's p3", labels) == (
        "Carried from AP version 2a; gone from AP version 2's p3"
    )
    assert readable_note("(s27-s28): both", labels) == "Both"


def test_curated_notes_read_in_readers_words() -> None:
    from article_report.tables import plain_words

    note = "re-spun on a page dated 2021-10-20; data/article.yml gives the date; see data/claim_sources.csv"
    assert plain_words(note) == (
        "re-spun on a page dated 20 Oct 2021; the article's record gives the date; see the claim sources data"
    )
    assert plain_words("stamped 2021-10-20T21:55+09:00") == "stamped 20 Oct 2021, 21:55 (UTC+09:00)"
