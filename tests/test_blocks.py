"""Block splitting: headline, paragraphs, hand-over, captions with keyword line and credit, sections."""

from __future__ import annotations

from itertools import pairwise

from article_analysis.structure.blocks import split_blocks, wire_service

COMPOSITE = (
    "Country Hosts Talks As Aid Is Promised\n\n"
    "Officials said on Monday that aid would be sent, the news agency reported.\n\n"
    "The outlet's own second paragraph adds context.\n\n"
    "For more reporting from the Global Wire Service, see below:\n\n"
    "Talks Capital\n"
    "Delegates meet in the capital on Monday. Pictured, the envoy greets a guest. Getty Images\n\n"
    "The wire copy begins here with more detail.\n\n"
    "Delegates attend the talks on Monday. GWS Photo/Jane Roe, Pool\n\n"
    "The wire copy ends here."
)


def kinds(text: str) -> list[str]:
    return [b.kind for b in split_blocks(text)]


def test_composite_article_blocks_and_sections() -> None:
    blocks = split_blocks(COMPOSITE)
    assert [b.kind for b in blocks] == [
        "headline", "paragraph", "paragraph", "handover",
        "caption_keywords", "caption", "credit", "paragraph", "caption", "credit", "paragraph",
    ]  # fmt: skip
    by_text = {b.text: b for b in blocks}
    assert by_text["Getty Images"].section == "outlet"  # the photo is not the wire service's
    assert by_text["GWS Photo/Jane Roe, Pool"].section == "wire"  # initials of the wire service
    assert by_text["The wire copy begins here with more detail."].section == "wire"
    assert by_text["The outlet's own second paragraph adds context."].section == "outlet"
    assert by_text["Talks Capital"].figure == by_text["Getty Images"].figure
    assert wire_service(blocks) == "Global Wire Service"


def test_every_span_slices_back() -> None:
    for block in split_blocks(COMPOSITE):
        assert COMPOSITE[block.start : block.end] == block.text


def test_no_headline_when_first_paragraph_is_a_sentence() -> None:
    text = "Officials met on Monday.\n\nThey talked for an hour."
    assert kinds(text) == ["paragraph", "paragraph"]


def test_headline_on_its_own_line_above_body_without_blank_line() -> None:
    assert kinds("A Short Headline\nThe body starts here. It goes on.") == ["headline", "paragraph"]


def test_no_handover_means_everything_is_the_outlets() -> None:
    blocks = split_blocks("Headline Here\n\nOne paragraph.\n\nAnother paragraph.")
    assert {b.section for b in blocks} == {"outlet"}
    assert wire_service(blocks) is None


def test_windows_line_endings() -> None:
    crlf = COMPOSITE.replace("\n", "\r\n")
    blocks = split_blocks(crlf)
    assert [b.kind for b in blocks] == [b.kind for b in split_blocks(COMPOSITE)]
    for block in blocks:
        assert crlf[block.start : block.end] == block.text
        assert "\r" not in block.text.replace("\r\n", "")


def test_typographic_quotes_do_not_disturb_blocks() -> None:
    text = "Headline With “Quotes”\n\n“We will help,” the minister said.\n\nAnother one."
    assert kinds(text) == ["headline", "paragraph", "paragraph"]


def test_attribution_line_is_not_a_handover() -> None:
    blocks = split_blocks("Body text here.\n\nThe Associated Press contributed to this report.")
    assert [b.kind for b in blocks] == ["paragraph", "attribution"]
    assert {b.section for b in blocks} == {"outlet"}


def test_credit_on_its_own_paragraph_makes_the_previous_one_a_caption() -> None:
    blocks = split_blocks("Body text here.\n\nA soldier stands guard in the city.\n\nAFP via Getty Images")
    assert [b.kind for b in blocks] == ["paragraph", "caption", "credit"]


def test_paragraph_ending_without_punctuation_is_not_a_caption_unless_credited() -> None:
    assert kinds("One.\n\nA list of things without a full stop") == ["paragraph", "paragraph"]


def test_empty_and_blank_text() -> None:
    assert split_blocks("") == []
    assert split_blocks(" \n\n \t") == []


def test_headline_line_is_not_reused_as_a_caption_keyword_line() -> None:
    # Found by hypothesis: after the headline was split off its paragraph, the keyword check still
    # looked at the headline's line, and the two blocks overlapped.
    text = "Photo/\n0\r0\nPhoto/"
    blocks = split_blocks(text)
    assert all(a.end <= b.start for a, b in pairwise(blocks))
    assert [b.kind for b in blocks][:2] == ["headline", "caption_keywords"]
    assert blocks[1].text == "0"
