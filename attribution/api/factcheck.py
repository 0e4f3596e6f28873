"""Claim search in the shape of Google's Fact Check Tools API (``claims:search``).

Scripts and tools written for https://factchecktools.googleapis.com/v1alpha1/claims:search
work against this database by changing the base URL. Parameters in: ``query``,
``languageCode``, ``reviewPublisherSiteFilter``, ``maxAgeDays``, ``pageSize``, ``pageToken``
(anything else, such as Google's ``key``, is ignored). Out: ``{"claims": [...], "nextPageToken"}``
where, as in Google's JSON, a field with no value is left out.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.db.models import Min, Q, QuerySet
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.response import Response

from attribution.api.claimreview import REVIEW_LANGUAGE, appearances, claim_author, organization
from attribution.api.pagination import KeysetPagination
from attribution.arabic.normalize import search_key
from attribution.models import Claim, Speaker

SITE_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*")
LANGUAGE_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
# A bound that keeps "now minus maxAgeDays" inside the dates databases can hold.
MAX_AGE_DAYS = 100 * 366


class ClaimSearchParams(serializers.Serializer):
    """The query parameters of ``claims:search``, named as Google names them."""

    query = serializers.CharField(
        required=False, allow_blank=True, max_length=500,
        help_text=_(
            "Words that must all appear in the claim or in the claimant's name (any alias), ignoring "
            "diacritics, tatweel and hamza/alef/ya/ta marbuta spelling. Empty: every reviewed claim."
        ),
    )
    languageCode = serializers.CharField(
        required=False, max_length=35,
        help_text=_('BCP-47 language of the reviews, e.g. "ar" or "ar-SA". Reviews here are in Arabic.'),
    )
    reviewPublisherSiteFilter = serializers.CharField(
        required=False, max_length=253,
        help_text=_('Only reviews published on this site or its subdomains, e.g. "factcheck.example".'),
    )
    maxAgeDays = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_AGE_DAYS,
        help_text=_("Only claims whose claim date or review date, whichever is newer, is at most this many days old."),
    )
    pageSize = serializers.IntegerField(
        required=False, min_value=1,
        help_text=_("Claims per page (default 10; larger values are capped at 500)."),
    )
    pageToken = serializers.CharField(
        required=False, help_text=_("nextPageToken of the previous page; the other parameters must stay the same."),
    )

    def validate_languageCode(self, value: str) -> str:
        if not LANGUAGE_RE.fullmatch(value):
            raise serializers.ValidationError(_('A BCP-47 language code is required, e.g. "ar".'))
        return value

    def validate_reviewPublisherSiteFilter(self, value: str) -> str:
        site = value.strip().lower().removeprefix("www.")
        if not SITE_RE.fullmatch(site):
            raise serializers.ValidationError(_('A site name is required, e.g. "factcheck.example".'))
        return site


class PublisherSerializer(serializers.Serializer):
    name = serializers.CharField(help_text=_("The reviewing organisation."))
    site = serializers.CharField(help_text=_("The site the review is published on."))


class ClaimReviewResultSerializer(serializers.Serializer):
    publisher = PublisherSerializer()
    url = serializers.URLField(help_text=_("The published fact-check."))
    title = serializers.CharField(required=False, help_text=_("Its headline, when an editor recorded it."))
    reviewDate = serializers.DateTimeField(required=False, help_text=_("When the claim was reviewed."))
    textualRating = serializers.CharField(help_text=_('The verdict as written, e.g. "تصريح كاذب".'))
    languageCode = serializers.CharField(help_text=_("Language of the review (BCP-47)."))


class ClaimResultSerializer(serializers.Serializer):
    text = serializers.CharField(help_text=_("The claim: the editors' short form when there is one."))
    claimant = serializers.CharField(required=False, help_text=_("Who made the claim, when named."))
    claimDate = serializers.DateTimeField(
        required=False, help_text=_("When the claim was first printed (its earliest dated appearance).")
    )
    claimReview = ClaimReviewResultSerializer(many=True)


class ClaimSearchResponse(serializers.Serializer):
    claims = ClaimResultSerializer(many=True, help_text=_("Newest review first."))
    nextPageToken = serializers.CharField(
        required=False, help_text=_("Pass as pageToken for the next page; absent on the last page.")
    )


class ClaimSearchPagination(KeysetPagination):
    """Google's paging: ``pageSize`` and ``pageToken`` in, ``nextPageToken`` out."""

    page_size = 10
    page_size_query_param = "pageSize"
    cursor_query_param = "pageToken"

    def next_page_token(self) -> str | None:
        """Return the token of the page after this one, None on the last page."""
        if not self.has_next or not self.page:
            return None
        return self._cursor(self.page[-1], backwards=False)

    def get_paginated_response(self, data: list[Any]) -> Response:
        body: dict[str, Any] = {"claims": data}
        if token := self.next_page_token():
            body["nextPageToken"] = token
        return Response(body)


def _words_match(queryset: QuerySet, query: str) -> QuerySet:
    """Claims in which every word of ``query`` is in the text or the claimant's names."""
    for word in search_key(query).split():
        queryset = queryset.filter(
            Q(text_normalized__contains=word) | Q(claimant__in=Speaker.objects.named(word).values("pk"))
        )
    return queryset


def _on_site(site: str) -> Q:
    """Claims whose fact-check URL is on ``site`` or one of its subdomains (``site`` is validated)."""
    return Q(factcheck_url__iregex=rf"^https?://([^/?#@]*\.)?{re.escape(site)}(:[0-9]+)?([/?#]|$)")


def _not_older_than(cutoff: datetime) -> Q:
    """Claims whose review date or claim date, whichever is newer, is at or after ``cutoff``.

    The claim date is the earliest dated appearance (``claimreview.appearances``): the claim's
    quotes and the other printings of their statements. It is computed for all claims at once,
    grouped from the claim-quote links (a hashed subquery), not claim by claim: a correlated
    subquery per claim walked every reviewed claim when none was recent.
    """
    own = Min("quote__published_at")
    printings = Min("quote__statement__quotes__published_at")  # includes the quote itself
    # LEAST that skips NULLs on every database (SQLite's returns NULL if any argument is).
    claim_date = Least(Coalesce(own, printings), Coalesce(printings, own))
    recent_claims = (
        Claim.quotes.through.objects.order_by().values("claim_id")
        .annotate(claim_date=claim_date).filter(claim_date__gte=cutoff).values("claim_id")
    )
    return Q(reviewed_at__gte=cutoff) | Q(pk__in=recent_claims)


def search_claims(queryset: QuerySet, params: dict[str, Any]) -> QuerySet:
    """Return the reviewed claims of ``queryset`` that match validated ``params``, newest review first."""
    queryset = queryset.reviewed()
    language = params.get("languageCode")
    if language and language.split("-")[0].lower() != REVIEW_LANGUAGE:
        return queryset.none()
    if query := params.get("query"):
        queryset = _words_match(queryset, query)
    if site := params.get("reviewPublisherSiteFilter"):
        queryset = queryset.filter(_on_site(site))
    if days := params.get("maxAgeDays"):
        queryset = queryset.filter(_not_older_than(timezone.now() - timedelta(days=days)))
    return queryset.order_by("-reviewed_at", "-id")


def _timestamp(value: datetime) -> str:
    """Return ``value`` as Google writes times: RFC 3339 in UTC, whole seconds."""
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def review_site(url: str) -> str:
    """Return the site a review URL is on: its host without ``www.``."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def claim_result(claim: Claim) -> dict[str, Any]:
    """Return one reviewed claim as a ``claims:search`` result.

    Expects what ``claimreview.claim_review`` expects: claimant selected, quotes prefetched with
    their articles and statements.
    """
    result: dict[str, Any] = {"text": claim.claim_reviewed}
    if author := claim_author(claim.claimant):
        result["claimant"] = author["name"]
    if dated := [a for a in appearances(claim) if a.published_at]:
        result["claimDate"] = _timestamp(dated[0].published_at)
    review: dict[str, Any] = {
        "publisher": {"name": organization()["name"], "site": review_site(claim.factcheck_url)},
        "url": claim.factcheck_url,
    }
    if claim.review_title:
        review["title"] = claim.review_title
    if claim.reviewed_at:
        review["reviewDate"] = _timestamp(claim.reviewed_at)
    review["textualRating"] = claim.rating_text or str(claim.get_verdict_display())
    review["languageCode"] = REVIEW_LANGUAGE
    result["claimReview"] = [review]
    return result
