"""The one place where the text package meets the models: write an extraction to the database.

Idempotent and safe next to editors: an unchanged article is left alone; a re-extraction
replaces only uncurated quotes; curated quotes, editors' speakers and aliases are never
touched; concurrent imports of the same input rely on unique constraints, not luck.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from attribution.arabic.article import ParsedArticle, parse_article
from attribution.arabic.normalize import normalize
from attribution.arabic.pipeline import (
    EXTRACTOR_VERSION,
    ExtractedQuote,
    Extraction,
    extract_article,
)
from attribution.arabic.readers import Source
from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias, search_key, text_hash


@dataclass
class ImportResult:
    """What importing one article did; ``status`` is new / updated / unchanged / kept."""

    status: str
    article_id: int
    quotes: int = 0
    speakers: int = 0
    claims: int = 0
    notes: list[str] = field(default_factory=list)


def raw_hash(raw: str) -> str:
    """Return the content hash of a raw article: stable across parser versions."""
    return hashlib.sha256(normalize(raw).encode()).hexdigest()


def import_source(source: Source) -> ImportResult:
    """Parse, extract and import one input article."""
    parsed = parse_article(
        source.raw, url=source.url, title=source.title, outlet=source.outlet, published=source.published
    )
    return import_article(extraction=extract_article(parsed), source=source.name)


@transaction.atomic
def import_article(*, extraction: Extraction, source: str) -> ImportResult:
    """Write one extracted article and its quotes, speakers and claims; return what changed."""
    parsed = extraction.article
    content_hash = raw_hash(parsed.raw)
    article = _existing_article(url=parsed.url, content_hash=content_hash)
    if article is None:
        article, created = _create_article(parsed, content_hash=content_hash, source=source)
        if not created:  # another process imported it a moment ago
            return ImportResult(status="unchanged", article_id=article.pk)
        status = "new"
    else:
        if article.content_hash == content_hash and article.extractor_version == EXTRACTOR_VERSION:
            return ImportResult(status="unchanged", article_id=article.pk)
        if article.content_hash != content_hash:
            if article.quotes.filter(curated=True).exists():
                # Curated offsets point into the stored body: an editor's work outranks a new scrape.
                return ImportResult(
                    status="kept", article_id=article.pk,
                    notes=["changed text not applied: the article has curated quotes"],
                )
            _update_article(article, parsed, content_hash=content_hash, source=source)
        status = "updated"
    result = ImportResult(status=status, article_id=article.pk)
    _write_quotes(article, extraction, result)
    return result


def _existing_article(*, url: str | None, content_hash: str) -> Article | None:
    query = Article.objects.select_for_update()
    if url:
        found = query.filter(url=url).first()
        if found is not None:
            return found
    return query.filter(content_hash=content_hash).first()


def _article_fields(parsed: ParsedArticle, *, content_hash: str, source: str) -> dict:
    return {
        "url": parsed.url or None,
        "title": parsed.title,
        "outlet": parsed.outlet,
        "published_at": parsed.published,
        "language": parsed.language,
        "body": parsed.body,
        "raw_text": parsed.raw,
        "content_hash": content_hash,
        "source": source[:1024],
        "extractor_version": EXTRACTOR_VERSION,
    }


def _create_article(parsed: ParsedArticle, *, content_hash: str, source: str) -> tuple[Article, bool]:
    fields = _article_fields(parsed, content_hash=content_hash, source=source)
    try:
        with transaction.atomic():
            return Article.objects.create(**fields), True
    except IntegrityError:
        # A concurrent import won the race on url or hash; its row is the article.
        existing = _existing_article(url=fields["url"], content_hash=content_hash)
        if existing is None:
            raise
        return existing, False


def _update_article(article: Article, parsed: ParsedArticle, *, content_hash: str, source: str) -> None:
    for name, value in _article_fields(parsed, content_hash=content_hash, source=source).items():
        setattr(article, name, value)
    article.save()


def _write_quotes(article: Article, extraction: Extraction, result: ImportResult) -> None:
    """Replace the article's uncurated quotes with the extraction's, counting into ``result``."""
    # Lock the rows being replaced: an editor curating one of them meanwhile waits, then
    # finds its replacement (see curation), instead of losing the edit to this delete.
    stale_ids = list(article.quotes.select_for_update().filter(curated=False).values_list("pk", flat=True))
    stale = Quote.objects.filter(pk__in=stale_ids)
    orphan_claims = Claim.objects.filter(
        quotes__in=stale, status=Claim.Status.UNREVIEWED
    ).values_list("pk", flat=True)
    orphan_claim_ids = set(orphan_claims)
    stale.delete()
    if orphan_claim_ids:
        Claim.objects.filter(pk__in=orphan_claim_ids, quotes__isnull=True).delete()

    curated_spans = list(article.quotes.values_list("start", "end"))
    body = article.body
    rows: dict[tuple[int, int], Quote] = {}
    for found in extraction.quotes:
        span = (found.start, found.end)
        if body[found.start : found.end] != found.text or found.end <= found.start or span in rows:
            continue  # never store a quote whose offsets do not hold, nor one span twice
        if any(found.start < end and start < found.end for start, end in curated_spans):
            continue  # an editor already decided about this span
        speaker, created = resolve_speaker(found, article=article)
        result.speakers += created
        rows[span] = _quote_row(article, found, speaker)
    Quote.objects.bulk_create(rows.values())
    result.quotes = len(rows)

    saved = {(q.start, q.end): q for q in article.quotes.filter(curated=False).select_related("speaker")}
    for candidate in extraction.claims:
        if not 0 <= candidate.quote_index < len(extraction.quotes):
            continue
        found = extraction.quotes[candidate.quote_index]
        quote = saved.get((found.start, found.end))
        if quote is None:
            continue
        claim = _claim_for(candidate.text, claimant=quote.speaker, score=candidate.score)
        claim.quotes.add(quote)
        result.claims += 1


def _quote_row(article: Article, found: ExtractedQuote, speaker: Speaker | None) -> Quote:
    return Quote(
        article=article,
        speaker=speaker,
        speaker_mention=found.speaker_mention[:512],
        intermediary=_organization(found.intermediary) if found.intermediary else None,
        text=found.text,
        text_normalized=search_key(found.text),
        kind=found.kind,
        cue=found.cue[:64],
        stance=found.stance,
        start=found.start,
        end=found.end,
        cue_start=found.cue_start if found.cue_start >= 0 else None,
        cue_end=found.cue_end if found.cue_end >= 0 else None,
        mention_start=found.mention_start if found.mention_start >= 0 else None,
        mention_end=found.mention_end if found.mention_end >= 0 else None,
        published_at=article.published_at,
        rule=found.rule[:64],
        extractor_version=EXTRACTOR_VERSION,
        confidence=min(max(found.confidence, 0.0), 1.0),
    )


def resolve_speaker(found: ExtractedQuote, *, article: Article) -> tuple[Speaker | None, bool]:
    """Return the Speaker row for an extracted quote and whether it was created.

    Known aliases win, so a speaker an editor renamed or merged keeps receiving its quotes.
    A full name seen for the first time takes over a speaker that earlier articles knew only
    by its surname ("بوتين" → "فلاديمير بوتين"), so the result does not depend on which
    article came first. Anonymous sources get a per-article identity: two "مصدر مطلع" are
    not one person.
    """
    if not found.speaker:
        return None, False
    kind = found.speaker_type if found.speaker_type in Speaker.Kind.values else Speaker.Kind.UNKNOWN
    if kind == Speaker.Kind.ANONYMOUS:
        key = f"anonymous:{article.content_hash[:16]}:{search_key(found.speaker)}"[:255]
        return Speaker.objects.get_or_create(
            key=key, defaults={"name": found.speaker[:255], "kind": kind, "role": found.speaker_role[:255]}
        )
    key = search_key(found.speaker)[:255]
    speaker = _speaker_by_alias(key) or _adopt_short_form(found, key=key, kind=kind)
    if speaker is not None:
        return speaker, False
    speaker, created = Speaker.objects.get_or_create(
        key=key, defaults={"name": found.speaker[:255], "kind": kind, "role": found.speaker_role[:255]}
    )
    if created:
        for name in (found.speaker, *found.speaker_aliases):
            _add_alias(speaker, name)
    return speaker, created


def _speaker_by_alias(key: str) -> Speaker | None:
    known = SpeakerAlias.objects.filter(name_normalized=key).select_related("speaker").first()
    return known.speaker if known is not None else None


def _adopt_short_form(found: ExtractedQuote, *, key: str, kind: str) -> Speaker | None:
    """Return the speaker an earlier article named only by a short form of ``found``'s name.

    It is renamed to the full name (its key follows) unless an editor has touched it.
    """
    if " " not in key:
        return None
    for alias in found.speaker_aliases:
        short = search_key(alias)
        speaker = _speaker_by_alias(short)
        if speaker is None or speaker.name_normalized != short or speaker.kind != kind:
            continue
        if speaker.verified or speaker.history.filter(history_user__isnull=False).exists():
            return speaker  # an editor's speaker keeps the name the editor gave it
        speaker.name, speaker.key = found.speaker[:255], key
        speaker.role = speaker.role or found.speaker_role[:255]
        try:
            with transaction.atomic():
                speaker.save()
        except IntegrityError:  # a concurrent import created the full name meanwhile
            return _speaker_by_alias(key) or Speaker.objects.get(key=key)
        for name in (found.speaker, *found.speaker_aliases):
            _add_alias(speaker, name)
        return speaker
    return None


def _organization(name: str) -> Speaker:
    known = SpeakerAlias.objects.filter(name_normalized=search_key(name)).select_related("speaker").first()
    if known is not None:
        return known.speaker
    speaker, created = Speaker.objects.get_or_create(
        key=search_key(name)[:255], defaults={"name": name[:255], "kind": Speaker.Kind.ORGANIZATION}
    )
    if created:
        _add_alias(speaker, name)
    return speaker


def _add_alias(speaker: Speaker, name: str) -> None:
    """Record ``name`` for ``speaker`` unless it already names someone (aliases are unique)."""
    key = search_key(name)[:255]
    if not key:
        return
    try:
        with transaction.atomic():
            SpeakerAlias.objects.get_or_create(name_normalized=key, defaults={"speaker": speaker, "name": name[:255]})
    except IntegrityError:
        pass  # a concurrent import recorded it first: theirs stands


def _claim_for(text: str, *, claimant: Speaker | None, score: float) -> Claim:
    digest = text_hash(text)
    claim = Claim.objects.filter(text_hash=digest).first()
    if claim is not None:
        return claim
    try:
        with transaction.atomic():
            return Claim.objects.create(text=text, claimant=claimant, checkworthiness=score)
    except IntegrityError:
        return Claim.objects.get(text_hash=digest)


@transaction.atomic
def reextract_article(*, article: Article) -> ImportResult:
    """Run extraction again on a stored article, replacing only its uncurated quotes."""
    parsed = parse_article(
        article.raw_text, url=article.url, title=article.title or None,
        outlet=article.outlet or None, published=article.published_at,
    )
    extraction = extract_article(parsed)
    if parsed.body != article.body:
        # Stored offsets (curated ones included) point into the stored body: extract on it.
        extraction = extract_article(
            ParsedArticle(raw=article.raw_text, body=article.body, url=article.url, title=article.title,
                          outlet=article.outlet, published=article.published_at,
                          paragraphs=_paragraph_spans(article.body))
        )
    result = ImportResult(status="updated", article_id=article.pk)
    _write_quotes(article, extraction, result)
    Article.objects.filter(pk=article.pk).update(extractor_version=EXTRACTOR_VERSION)
    return result


def _paragraph_spans(body: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for line in body.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)
