"""schema.org ClaimReview JSON-LD for reviewed claims, one by one or as a DataFeed.

Fields follow https://schema.org/ClaimReview and the fact-check markup search engines read:
claimReviewed, itemReviewed (a Claim with author, datePublished, appearance), reviewRating
(ratingValue 1–5, bestRating, worstRating, alternateName), author, datePublished, url.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils import timezone

from attribution.models import Claim, Speaker

CONTEXT = "https://schema.org"


def organization() -> dict[str, Any]:
    """Return the fact-checking organisation that authors every review (from settings)."""
    org = {"@type": "Organization", "name": settings.FACTCHECK_ORGANIZATION["name"]}
    if url := settings.FACTCHECK_ORGANIZATION.get("url"):
        org["url"] = url
    return org


def claim_author(speaker: Speaker | None) -> dict[str, Any] | None:
    """Return the claimant as a schema.org Person or Organization."""
    if speaker is None or speaker.kind in (Speaker.Kind.ANONYMOUS, Speaker.Kind.UNKNOWN):
        return None
    kind = "Organization" if speaker.kind == Speaker.Kind.ORGANIZATION else "Person"
    author: dict[str, Any] = {"@type": kind, "name": speaker.name}
    if speaker.wikidata_id:
        author["sameAs"] = f"https://www.wikidata.org/wiki/{speaker.wikidata_id}"
    return author


def _date(value) -> str | None:
    return timezone.localdate(value).isoformat() if value else None


def claim_review(claim: Claim, *, context: bool = True) -> dict[str, Any]:
    """Return the ClaimReview of a reviewed ``claim``.

    Expects ``claimant`` selected and ``quotes`` prefetched with their articles: appearances
    are the articles the claim was quoted in, the claim's date is its earliest appearance.
    """
    articles = {quote.article_id: quote.article for quote in claim.quotes.all()}.values()
    dates = sorted(a.published_at for a in articles if a.published_at)
    item: dict[str, Any] = {"@type": "Claim"}
    if author := claim_author(claim.claimant):
        item["author"] = author
    if dates:
        item["datePublished"] = _date(dates[0])
    appearances = [{"@type": "CreativeWork", "url": a.url} for a in articles if a.url]
    if appearances:
        item["appearance"] = appearances
    rating: dict[str, Any] = {
        "@type": "Rating",
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": claim.rating_text or claim.get_verdict_display(),
    }
    if claim.rating_value is not None:
        rating["ratingValue"] = claim.rating_value
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": claim.factcheck_url,
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": organization(),
        "datePublished": _date(claim.reviewed_at or claim.updated_at),
        "inLanguage": "ar",
    }
    return {"@context": CONTEXT, **review} if context else review


def claim_review_feed(claims: list[Claim]) -> dict[str, Any]:
    """Return a schema.org DataFeed of the ClaimReviews of ``claims``."""
    return {
        "@context": CONTEXT,
        "@type": "DataFeed",
        "dateModified": timezone.now().isoformat(),
        "dataFeedElement": [claim_review(claim, context=False) for claim in claims],
    }
