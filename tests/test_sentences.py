"""Sentence segmentation with offsets, and readability per section."""

from __future__ import annotations

import pytest

from article_analysis.structure.blocks import split_blocks
from article_analysis.structure.sentences import readability, sentence_spans, split_sentences


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. envoy left on Oct. 20, 2021. He returned later.",
         ["The U.S. envoy left on Oct. 20, 2021.", "He returned later."]),
        ("J. R. Smith spoke first. Then others did.", ["J. R. Smith spoke first.", "Then others did."]),
        ('"We are ready," he said. "There is a danger."', ['"We are ready," he said.', '"There is a danger."']),
        ("He said “yes.” She said no.", ["He said “yes.”", "She said no."]),
        ("Talks resumed in Moscow, Russia, Wednesday, Oct. 20, 2021. Russia invited them.",
         ["Talks resumed in Moscow, Russia, Wednesday, Oct. 20, 2021.", "Russia invited them."]),
    ],
)  # fmt: skip
def test_abbreviations_initials_and_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_inside_a_larger_text() -> None:
    text = "Skip this. Keep this one. And this."
    spans = sentence_spans(text, 11, len(text))
    assert [text[s:e] for s, e in spans] == ["Keep this one.", "And this."]


def test_keyword_lines_and_credits_are_not_sentences() -> None:
    text = "Headline Words\n\nBody one. Body two.\n\nKeywords Line\nA caption sentence. Getty Images"
    sentences = split_sentences(text, split_blocks(text))
    assert [s.kind for s in sentences] == ["headline", "paragraph", "paragraph", "caption"]


def test_readability_uses_body_paragraphs_per_section() -> None:
    text = (
        "Headline\n\nThe cat sat on the mat. It was happy.\n\nFor more reporting from the Wire, see below:\n\n"
        "Notwithstanding considerable institutional complexity, multilateral negotiations continued."
    )
    table = readability(split_sentences(text, split_blocks(text)))
    assert list(table["section"]) == ["outlet", "wire"]
    outlet, wire = table.set_index("section").loc["outlet"], table.set_index("section").loc["wire"]
    assert outlet["sentences"] == 2 and wire["sentences"] == 1
    assert outlet["flesch_reading_ease"] > wire["flesch_reading_ease"]
