"""The quote review queue: which pending quote an editor sees next, and how far the queue is.

Reads only; every decision taken in the queue is written by ``curation``. The order is a
list of tiers (``REVIEW_TIERS``), most urgent first, so a new kind of urgency is one function
added to the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.utils import timezone

from attribution.models import Quote

# Above this many pending quotes the page says "10,000+": an exact count of a third of a
# million rows costs more than the rest of the page.
PENDING_COUNT_LIMIT = 10_000

ReviewTier = Callable[[QuerySet], QuerySet]


def disputed_statements_first(pending: QuerySet) -> QuerySet:
    """Quotes whose words other outlets credit to someone else, the most widely printed first."""
    return pending.filter(statement__disputed=True).order_by("-statement__outlets_count", "confidence", "pk")


def checkworthy_claims_first(pending: QuerySet) -> QuerySet:
    """Quotes that back a claim, the most check-worthy claim first, then the least confident quote."""
    return pending.filter(claims__isnull=False).order_by("-claims__checkworthiness", "confidence", "pk")


def least_confident_first(pending: QuerySet) -> QuerySet:
    """Every pending quote, the extractor's least confident first."""
    return pending.order_by("confidence", "pk")


# The queue's order: a quote of an earlier tier comes before any quote of a later one.
REVIEW_TIERS: list[ReviewTier] = [disputed_statements_first, checkworthy_claims_first, least_confident_first]


def pending_quotes(*, outlet: str = "", speaker_id: int | None = None, skipped: Iterable[int] = ()) -> QuerySet:
    """Return the quotes awaiting review, narrowed to one outlet and/or speaker, minus ``skipped``."""
    quotes = Quote.objects.filter(status=Quote.Status.PENDING)
    if outlet:
        quotes = quotes.filter(article__outlet=outlet)
    if speaker_id is not None:
        quotes = quotes.filter(speaker_id=speaker_id)
    skipped = list(skipped)
    if skipped:
        quotes = quotes.exclude(pk__in=skipped)
    return quotes


def next_quote(pending: QuerySet) -> Quote | None:
    """Return the first quote of ``pending`` in queue order, with what the review page shows."""
    for tier in REVIEW_TIERS:
        quote = tier(pending).select_related("article", "speaker").first()
        if quote is not None:
            return quote
    return None


@dataclass(frozen=True)
class Progress:
    reviewed_today: int
    pending: int
    pending_capped: bool


def progress(*, user: AbstractBaseUser, pending: QuerySet) -> Progress:
    """Return how many quotes ``user`` reviewed since midnight (local time) and how many wait."""
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    reviewed = Quote.objects.filter(reviewed_by=user, reviewed_at__gte=midnight).count()
    waiting = pending.order_by()[: PENDING_COUNT_LIMIT + 1].count()
    return Progress(
        reviewed_today=reviewed, pending=min(waiting, PENDING_COUNT_LIMIT), pending_capped=waiting > PENDING_COUNT_LIMIT
    )
