"""schema.org ClaimReview JSON-LD for reviewed claims, one by one or as a DataFeed.

Fields follow https://schema.org/ClaimReview and the fact-check markup search engines read:
claimReviewed (the editors' short form of the claim when there is one), itemReviewed (a Claim with
author, datePublished, appearance, firstAppearance), reviewRating (ratingValue 1–5, bestRating,
worstRating, alternateName), author, datePublished, url, headline.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils import timezone

from attribution.models import Article, Claim, Speaker

CONTEXT = "https://schema.org"
# The language reviews are written in (BCP 47).
REVIEW_LANGUAGE = "ar"


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


def appearances(claim: Claim) -> list[Article]:
    """Return every article the claim's words appeared in, oldest first (undated last).

    The articles of the claim's own quotes, and of every other printing of their statements:
    the same words in other outlets are appearances of the same claim.
    """
    found: dict[int, Article] = {}
    for quote in claim.quotes.all():
        found[quote.article_id] = quote.article
        if quote.statement is not None:
            for sibling in quote.statement.quotes.all():
                found.setdefault(sibling.article_id, sibling.article)
    return sorted(found.values(), key=lambda a: (a.published_at is None, a.published_at or 0, a.pk))


def first_appearance(articles: list[Article]) -> Article | None:
    """Return the article the claim was first printed in, when that is known.

    ``articles`` come from ``appearances`` (oldest first, undated last): the earliest dated one,
    or the only one. An undated article among several could be the first or not: unknown.
    """
    if articles and articles[0].published_at:
        return articles[0]
    return articles[0] if len(articles) == 1 else None


def _creative_work(article: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "url": article.url}
    if article.published_at:
        work["datePublished"] = _date(article.published_at)
    return work


def claim_review(claim: Claim, *, context: bool = True) -> dict[str, Any]:
    """Return the ClaimReview of a reviewed ``claim``.

    Expects ``claimant`` selected and ``quotes`` prefetched with their articles and statements
    (see ``appearances``): the claim's date is its earliest appearance.
    """
    articles = appearances(claim)
    item: dict[str, Any] = {"@type": "Claim"}
    if author := claim_author(claim.claimant):
        item["author"] = author
    if dated := [a for a in articles if a.published_at]:
        item["datePublished"] = _date(dated[0].published_at)
    if linked := [a for a in articles if a.url]:
        item["appearance"] = [_creative_work(a) for a in linked]
    # Only the real first printing: a later one standing in for a first without a URL would mislead.
    if (first := first_appearance(articles)) is not None and first.url:
        item["firstAppearance"] = _creative_work(first)
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
        "claimReviewed": claim.claim_reviewed,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": organization(),
        "datePublished": _date(claim.reviewed_at or claim.updated_at),
        "inLanguage": REVIEW_LANGUAGE,
    }
    if claim.review_title:
        review["headline"] = claim.review_title
    return {"@context": CONTEXT, **review} if context else review


def claim_review_feed(claims: list[Claim]) -> dict[str, Any]:
    """Return a schema.org DataFeed of the ClaimReviews of ``claims``."""
    return {
        "@context": CONTEXT,
        "@type": "DataFeed",
        "dateModified": timezone.now().isoformat(),
        "dataFeedElement": [claim_review(claim, context=False) for claim in claims],
    }
