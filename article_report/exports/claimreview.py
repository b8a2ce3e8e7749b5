"""Every checked claim as schema.org ClaimReview (JSON-LD), the markup fact-checkers publish so that search engines
and fact-check archives can read a verdict: ``claimReviewed`` (the claim in our words), ``reviewRating`` (the
verdict as ``alternateName``, its place on the book's scale as ``ratingValue`` between ``worstRating`` and
``bestRating``, :data:`article_report.vocab.VERDICT_RATINGS`), ``itemReviewed`` (a ``Claim`` in the article's words
whose ``appearance`` is the article, and whose author is Newsweek, or the Associated Press for the AP copy Newsweek
appends), ``author`` (the report, from CITATION.cff), ``datePublished`` (the day of the claim's last decision) and
``url`` (the claim's row on the claims page).

The fields Google's fact-check guidelines mark required (:data:`REQUIRED`) are checked for every claim by the
tests. The book has no public address yet: until ``html.baseurl`` is set in ``_config.yml``, ``url`` is relative
to the claims page, where the markup is embedded."""

from __future__ import annotations

from html import escape

import yaml

from ..book import Book
from ..citation import authors, load_citation
from ..paths import data_path, project_root
from ..tables import slug
from ..vocab import RATING_SCALE, VERDICT_RATINGS

CLAIMS_PAGE = "data_claims.html"
#: Required by Google's structured-data guidelines for a fact check (the rest they recommend):
#: ClaimReview claimReviewed, reviewRating, url; Rating alternateName.
REQUIRED = {"ClaimReview": ("claimReviewed", "reviewRating", "url"), "Rating": ("alternateName",)}


def _base_url() -> str:
    """The book's public address (``html.baseurl`` of _config.yml), or '' while it has none."""
    config = yaml.safe_load((project_root() / "_config.yml").read_text(encoding="utf-8"))
    return str((config.get("html") or {}).get("baseurl") or "").rstrip("/")


def claim_url(claim_id: str, base: str | None = None) -> str:
    """The address of a claim's row: absolute under the book's address, else relative to the claims page."""
    base = _base_url() if base is None else base
    anchor = f"{CLAIMS_PAGE}#claim-{slug(claim_id)}"
    return f"{base}/chapters/{anchor}" if base else anchor


def _organisation(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


def article_appearance() -> dict[str, object]:
    """The article as schema.org NewsArticle, from data/article.yml."""
    meta = yaml.safe_load(data_path("article.yml").read_text(encoding="utf-8"))
    return {
        "@type": "NewsArticle",
        "url": meta["url"],
        "headline": meta["headline"],
        "datePublished": str(meta["published"]),
        "publisher": _organisation(meta["outlet"]),
        "author": _organisation(meta["outlet"]),
    }


def _claim_authors(book: Book) -> dict[str, dict[str, str]]:
    """Who makes each claim: Newsweek in its own text, the wire service in the copy it appends."""
    meta = yaml.safe_load(data_path("article.yml").read_text(encoding="utf-8"))
    blocks = book.analysis.tables["blocks"]
    authors_of = {}
    for c in book.data["claims"].itertuples():
        section = blocks.loc[(blocks["start"] <= c.start) & (c.start < blocks["end"]), "section"]
        wire = len(section) and section.iloc[0] == "wire"
        authors_of[c.id] = _organisation(meta["wire_service"] if wire else meta["outlet"])
    return authors_of


def rating(verdict: str) -> dict[str, object]:
    """A verdict as schema.org Rating on the book's scale."""
    value = VERDICT_RATINGS[verdict]
    return {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": max(RATING_SCALE),
        "worstRating": min(RATING_SCALE),
        "alternateName": verdict,
        "name": RATING_SCALE[value],
    }


def claim_reviews(book: Book, base: str | None = None) -> list[dict[str, object]]:
    """One ClaimReview per claim, in the order of the article."""
    citation = load_citation()
    reviewer = _organisation(authors(citation))
    appearance = article_appearance()
    last = book.data["claim_history"].groupby("claim")["date"].max()
    made_by = _claim_authors(book)
    reviews = []
    for c in book.data["claims"].itertuples():
        review_rating = rating(c.verdict)
        review_rating["ratingExplanation"] = c.note
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": claim_url(c.id, base),
                "claimReviewed": c.claim,
                "reviewRating": review_rating,
                "itemReviewed": {
                    "@type": "Claim",
                    "text": c.quote,
                    "author": made_by[c.id],
                    "datePublished": appearance["datePublished"],
                    "appearance": appearance,
                },
                "author": reviewer,
                "datePublished": str(last[c.id]),
                "name": f"Claim {c.id}: {c.verdict}",
            }
        )
    return reviews


def missing_required(review: dict[str, object]) -> list[str]:
    """The required fields a ClaimReview lacks or leaves empty (empty when it has them all)."""
    missing = [f"ClaimReview.{k}" for k in REQUIRED["ClaimReview"] if not review.get(k)]
    rating_ = review.get("reviewRating") or {}
    missing += [f"Rating.{k}" for k in REQUIRED["Rating"] if not rating_.get(k)]
    return missing


def script_tag(reviews: list[dict[str, object]]) -> str:
    """The markup as the claims page embeds it: a JSON-LD script, with '<' escaped so no text can close it."""
    import json

    text = json.dumps(reviews, ensure_ascii=False, indent=1).replace("<", "\\u003c")
    return f'<script type="application/ld+json" id="claimreview">{text}</script>'


def scale_html() -> str:
    """The book's scale as a definition list: each value, what it means, and the verdicts at it."""
    items = []
    for value in sorted(RATING_SCALE, reverse=True):
        verdicts = ", ".join(v for v, n in VERDICT_RATINGS.items() if n == value)
        items.append(f"<dt>{value}: {escape(RATING_SCALE[value])}</dt><dd>{escape(verdicts)}</dd>")
    return f'<dl class="aa-vocabulary aa-vocabulary-rating">{"".join(items)}</dl>'


__all__ = ["REQUIRED", "article_appearance", "claim_reviews", "claim_url", "missing_required", "rating",
           "scale_html", "script_tag"]  # fmt: skip
