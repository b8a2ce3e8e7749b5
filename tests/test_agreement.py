"""Sentences built round a number read right for 1 and for many (issue 22: the landing page said "1 of the
writers' characterisations are supported")."""

from __future__ import annotations

import pytest

from article_report.book import agree, counted, load_book
from article_report.chapters import history, landing, provenance


def test_agree_and_counted() -> None:
    assert (
        agree(1, "is", "are") == "1 is" and agree(30, "is", "are") == "30 are" and agree(0, "is", "are") == "none are"
    )
    assert counted(1, "other is minor", "others are minor", start=False) == "1 other is minor"
    assert counted(0, "of them is", "of them are", start=False) == "none of them is"


@pytest.mark.parametrize("n", [1, 7])
def test_the_landing_pages_sentences_agree_with_their_numbers(monkeypatch, n: int) -> None:
    book = load_book()
    hist, prov = history.facts(book), provenance.facts(book)
    hist_counts = ("hi_verified", "hi_supported", "hi_minor")
    monkeypatch.setattr(history, "facts", lambda book: {**hist, **dict.fromkeys(hist_counts, n)})
    prov_counts = ("prov_from_ap", "prov_changed", "prov_claims_added", "prov_claims_carried")
    monkeypatch.setattr(provenance, "facts", lambda book: {**prov, **dict.fromkeys(prov_counts, n)})
    facts = landing.facts(book)
    one = n == 1
    assert facts["key_verified_are"] == f"{n} {'is' if one else 'are'}"
    assert facts["key_supported_phrase"] == f"{n} of the writers' characterisations {'is' if one else 'are'} supported"
    assert facts["key_minor_phrase"] == f"{n} {'other is' if one else 'others are'} minor"
    assert facts["key_from_ap_rewrite"] == ("re-writes" if one else "re-write")
    assert facts["key_changed_change"] == f"{n} {'changes' if one else 'change'}"
    assert facts["key_claims_added_were"] == facts["key_claims_carried_were"] == f"{n} {'was' if one else 'were'}"
    assert facts["key_claims_carried_phrase"] == f"{n} problem claim{'' if one else 's'} that came"
