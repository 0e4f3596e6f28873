"""Speaker scorecards: what fact-checkers publish about a public figure.

How often and where a speaker is quoted, and how the claims they made fared in review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import CharField, Count, DateTimeField, F, Max, Min, Value

from attribution.models import Claim, Quote

# The kind column of the one query's rows: a group of quotes by outlet, or of claims by verdict.
_OUTLET = "outlet"
_VERDICT = "verdict"


@dataclass(frozen=True, slots=True)
class OutletCount:
    """How many of a speaker's quotes one outlet printed."""

    outlet: str
    quotes: int


@dataclass(frozen=True, slots=True)
class Scorecard:
    """A speaker's quotes (rejected ones left out) and reviewed claims, summed up."""

    quotes_count: int
    first_quote_at: datetime | None
    last_quote_at: datetime | None
    outlets: list[OutletCount]  # most quotes first
    reviewed_claims: dict[str, int]  # every verdict, zeros included, best to worst


def speaker_scorecard(speaker_id: int) -> Scorecard:
    """Return the scorecard of the speaker ``speaker_id``, read in one query.

    The quotes grouped by outlet and the reviewed claims grouped by verdict come back as the
    rows of one UNION ALL: ``(kind, key, count, first, last)``.
    """
    by_outlet = (
        Quote.objects.visible().filter(speaker_id=speaker_id).order_by()
        .values(key=F("article__outlet"))
        .annotate(
            kind=Value(_OUTLET, output_field=CharField()), n=Count("pk"),
            first=Min("published_at"), last=Max("published_at"),
        )
        .values_list("kind", "key", "n", "first", "last")
    )
    by_verdict = (
        Claim.objects.reviewed().filter(claimant_id=speaker_id).order_by()
        .values(key=F("verdict"))
        .annotate(
            kind=Value(_VERDICT, output_field=CharField()), n=Count("pk"),
            first=Value(None, output_field=DateTimeField()), last=Value(None, output_field=DateTimeField()),
        )
        .values_list("kind", "key", "n", "first", "last")
    )
    outlets: list[OutletCount] = []
    verdicts = dict.fromkeys(Claim.Verdict.values, 0)
    quotes_count = 0
    firsts: list[datetime] = []
    lasts: list[datetime] = []
    for kind, key, count, first, last in by_outlet.union(by_verdict, all=True):
        if kind == _VERDICT:
            verdicts[key] = count
            continue
        quotes_count += count
        firsts.extend([first] if first is not None else [])
        lasts.extend([last] if last is not None else [])
        if key:
            outlets.append(OutletCount(outlet=key, quotes=count))
    outlets.sort(key=lambda o: (-o.quotes, o.outlet))
    return Scorecard(
        quotes_count=quotes_count,
        first_quote_at=min(firsts, default=None),
        last_quote_at=max(lasts, default=None),
        outlets=outlets,
        reviewed_claims=verdicts,
    )
