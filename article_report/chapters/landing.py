"""The landing page: the key findings, the most severe first, each number from the chapters' facts."""

from __future__ import annotations

from ..book import Book, agree, counted
from . import actors, anatomy, framing, history, provenance


def facts(book: Book) -> dict[str, object]:
    """The chapters' facts the landing page quotes, under ``key_`` names (one definition per count:
    the chapters' own)."""
    prov = provenance.facts(book)
    hist = history.facts(book)
    fr = framing.facts(book)
    ac = actors.facts(book)
    claims = history.claims_with_sources(book)
    significant = claims[claims["significance"].isin(["substantive", "misleading"])].sort_values(["order", "start"])
    return {
        "key_base": prov["prov_base"],
        "key_from_ap": prov["prov_from_ap"],
        "key_from_base": prov["prov_from_base"],
        "key_changed": prov["prov_changed"],
        "key_outlet_sentences": prov["prov_outlet_sentences"],
        "key_headline_paragraph": prov["prov_headline_paragraph"],
        "key_claims_added": prov["prov_claims_added"],
        "key_claims_carried": prov["prov_claims_carried"],
        "key_claims_outlet": prov["prov_claims_outlet"],
        "key_claims_unknown": prov["prov_claims_unknown"],
        "key_problems": prov["prov_claims_not_verified"],
        "key_dropped": prov["prov_dropped_facts"],
        "key_claims": hist["hi_claims"],
        "key_verified": hist["hi_verified"],
        "key_supported": hist["hi_supported"],
        # The sentences round a number that may be 1 agree with it (issue 22: "1 of the writers'
        # characterisations are supported"): each count that a verb follows is glued with its verb.
        "key_verified_are": agree(hist["hi_verified"], "is", "are"),
        "key_supported_phrase": counted(
            hist["hi_supported"],
            "of the writers' characterisations is supported",
            "of the writers' characterisations are supported",
            start=False,
        ),
        "key_minor_phrase": counted(hist["hi_minor"], "other is minor", "others are minor", start=False),
        "key_from_ap_rewrite": "re-writes" if prov["prov_from_ap"] == 1 else "re-write",
        "key_changed_change": agree(prov["prov_changed"], "changes", "change"),
        "key_claims_added_were": agree(prov["prov_claims_added"], "was", "were"),
        "key_claims_carried_were": agree(prov["prov_claims_carried"], "was", "were"),
        "key_claims_carried_phrase": counted(
            prov["prov_claims_carried"], "problem claim that came", "problem claims that came", start=False
        ),
        "key_significant": hist["hi_significant"],
        "key_misleading": hist["hi_misleading"],
        "key_substantive": hist["hi_substantive"],
        "key_minor": hist["hi_minor"],
        "key_significant_ids": ", ".join(significant["id"]),
        "key_tally": hist["hi_tally"],
        "key_wire": hist["hi_wire"],
        "key_rules_changes": hist["hi_rules_changes"],
        "key_aid_wait": hist["hi_aid_wait_days"],
        "key_suspended": hist["hi_suspended_day"],
        "key_recognised": hist["hi_recognised_day"],
        "key_russia_mentions": fr["fr_russia_mention_share"],
        "key_russia_quotes": fr["fr_russia_quote_share"],
        "key_taliban_mentions": fr["fr_taliban_mention_share"],
        "key_taliban_quotes": fr["fr_taliban_quote_share"],
        "key_taliban_speakers": fr["fr_taliban_speakers"],
        "key_absent": fr["fr_n_absent_in_room"],
        "key_statements": fr["fr_n_statements"],
        "key_russia_statements": fr["fr_russia_statements"],
        "key_absent_types": fr["fr_absent_types"],
        "key_n_problem": fr["fr_n_problem"],
        "key_problem_sides": fr["fr_problem_sides"],
        "key_reports_coded": fr["fr_n_reports_coded"],
        "key_same_lead": fr["fr_n_same_lead"],
        "key_same_lead_outlets": fr["fr_same_lead"],
        "key_ap_inclusive": fr["fr_ap_inclusive"],
        "key_n_ap_texts": fr["fr_n_ap_texts"],
        "key_headline_topic": fr["fr_headline_topic"],
        "key_wire_topic": fr["fr_wire_topic"],
        "key_wire_security": fr["fr_wire_security"],
        "key_added_distancing": fr["fr_n_added_distancing"],
        "key_writer_distancing": fr["fr_writer_distancing"],
        "key_removed": fr["fr_removed"],
        # Not anatomy.facts(): that also measures readability and aligns the two parts, which the landing
        # page does not quote.
        "key_wire_share": anatomy.wire_share(book),
        "key_taliban_mentioned": ac["ac_taliban_mentions"],
    }


def significant_list(book: Book) -> str:
    """The significant problems as a Markdown list, the most severe first, each linked to its row (the
    chapter's own list)."""
    return history.significant_markdown(book)
