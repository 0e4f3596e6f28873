"""Small builders for test rows that keep the model's invariants (offsets, keys) true."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from attribution.arabic.keys import content_hash
from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias

_serial = itertools.count(1)
_AUTO_URL = "auto"


def make_speaker(name: str, *, kind: str = Speaker.Kind.PERSON, aliases: tuple[str, ...] = (), **fields) -> Speaker:
    """Create a speaker with its name and ``aliases`` recorded as aliases."""
    speaker = Speaker.objects.create(name=name, kind=kind, **fields)
    for alias in (name, *aliases):
        SpeakerAlias.objects.create(speaker=speaker, name=alias)
    return speaker


def make_article(
    body: str, *, title: str = "", outlet: str = "test outlet", published_at: datetime | None = None,
    url: str | None = _AUTO_URL,
) -> Article:
    """Create an article whose raw text is its body (``url=None`` for one without a URL)."""
    n = next(_serial)
    return Article.objects.create(
        url=f"https://example.test/{n}" if url == _AUTO_URL else url,
        title=title or f"article {n}",
        outlet=outlet,
        published_at=published_at or datetime(2024, 6, 12, 12, 0, tzinfo=UTC),
        body=body,
        raw_text=body,
        content_hash=content_hash(f"{body}\n{n}"),
    )


def make_quote(article: Article, text: str, *, speaker: Speaker | None = None, **fields) -> Quote:
    """Create a quote of ``text``, which must occur in ``article.body`` (first occurrence)."""
    start = article.body.index(text)
    fields.setdefault("kind", Quote.Kind.DIRECT)
    fields.setdefault("cue", "قال")
    return Quote.objects.create(
        article=article, speaker=speaker, text=text, start=start, end=start + len(text),
        speaker_mention=speaker.name if speaker else "", published_at=article.published_at, **fields,
    )


def make_claim(text: str, *, quotes: tuple[Quote, ...] = (), claimant: Speaker | None = None, **fields) -> Claim:
    """Create a claim linked to ``quotes``."""
    claim = Claim.objects.create(text=text, claimant=claimant, **fields)
    claim.quotes.add(*quotes)
    return claim
