"""The one place where the text package meets the models: write an extraction to the database.

Idempotent and safe next to editors: an unchanged article is left alone; a re-extraction
replaces only uncurated quotes; curated quotes, editors' speakers and aliases are never
touched; concurrent imports of the same input rely on unique constraints, not luck.
"""

from __future__ import annotations

import itertools
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import TypeVar

from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.db.models import Q

from attribution.arabic.article import ParsedArticle, parse_article
from attribution.arabic.keys import UNNAMED, QuoteKeys
from attribution.arabic.names import (
    clean_full_name,
    identity_key,
    is_lone_given_name,
    same_person,
    unmarked_middle,
)
from attribution.arabic.pipeline import (
    EXTRACTOR_VERSION,
    ExtractedQuote,
    Extraction,
    extract_article,
    keys_of,
    with_keys,
)
from attribution.arabic.pipeline import extract_source as extract_text
from attribution.arabic.readers import Source
from attribution.copying import insert_new, insert_rows
from attribution.identity import (
    curated_speaker_ids,
    record_mentions,
    refresh_names,
    resolve_by_identity,
    suggest_candidate,
)
from attribution.models import (
    Article,
    Claim,
    Quote,
    Speaker,
    SpeakerAlias,
    search_key,
    speaker_identity_key,
)
from attribution.statements import assign_statements, refresh_statements


@dataclass
class ImportResult:
    """What importing one article did; ``status`` is new / updated / unchanged / kept."""

    status: str
    article_id: int
    quotes: int = 0
    speakers: int = 0
    claims: int = 0
    notes: list[str] = field(default_factory=list)


# Articles written per transaction: large enough that a batch costs a handful of round trips
# where an article alone costs a dozen, small enough that a kill loses little.
BATCH = 200


class SpeakerCache(dict):
    """Speakers already resolved in this run, by normalised alias: saves a query per quote.

    Lives for one import run. An editor merging speakers meanwhile can leave an entry
    pointing at a deleted speaker; ``import_source`` then clears it and retries.
    """

    limit = 100_000

    def remember(self, key: str, speaker: Speaker) -> None:
        if len(self) >= self.limit:
            self.clear()
        self[key] = speaker


def import_source(
    source: Source, *, speakers: SpeakerCache | None = None, group_statements: bool = True
) -> ImportResult:
    """Parse, extract and import one input article.

    ``group_statements=False`` leaves the quotes out of statements: only for measuring what
    grouping costs (``benchmarks/statements_overhead.py``); ``rebuild_statements`` groups them later.
    """
    return _import_extraction(
        extract_source(source), source=source.name, speakers=speakers, group_statements=group_statements
    )


def extract_source(source: Source) -> Extraction:
    """Parse and extract one input article, with the keys its rows are stored by (no database)."""
    return with_keys(extract_text(source))


def _import_extraction(
    extraction: Extraction, *, source: str, speakers: SpeakerCache | None, group_statements: bool = True
) -> ImportResult:
    def write() -> ImportResult:
        return import_article(
            extraction=extraction, source=source, speakers=speakers, group_statements=group_statements
        )

    forget = speakers.clear if speakers is not None else lambda: None
    try:
        return _retrying_conflicts(write, forget)
    except IntegrityError:
        if not speakers:
            raise
        speakers.clear()  # a cached speaker may have been merged away meanwhile
        return _retrying_conflicts(write, forget)


T = TypeVar("T")

# PostgreSQL's SQLSTATEs for a transaction it failed to break a deadlock or a serialization
# conflict with a concurrent one: the transaction did nothing and may simply run again.
_CONFLICTS = frozenset({"40P01", "40001"})
_ATTEMPTS = 4


def _lost_to_concurrent(exc: BaseException) -> bool:
    """Whether ``exc`` is the database failing this transaction to let a concurrent one through."""
    return isinstance(exc, OperationalError) and getattr(exc.__cause__, "sqlstate", None) in _CONFLICTS


def _retrying_conflicts(write: Callable[[], T], forget: Callable[[], None]) -> T:
    """Run the transaction ``write``; run it again (a few times) when it lost a deadlock to another writer.

    Two imports, or an import and an editor, can each hold rows the other is about to
    write (a speaker, an alias, an article URL); PostgreSQL then fails one of them, which
    must be retried, not taken for a database gone. ``forget`` drops what the failed attempt
    cached; each retry waits a little longer, at random, so the two do not meet again.
    """
    for attempt in itertools.count(1):
        try:
            return write()
        except OperationalError as exc:
            if attempt == _ATTEMPTS or not _lost_to_concurrent(exc):
                raise
        forget()
        time.sleep(random.uniform(0, 0.05 * attempt))  # noqa: S311 - jitter, not secrecy


def extract_batch(sources: list[Source]) -> list[Extraction | Exception]:
    """Parse and extract each source (no database); an article that cannot be read is its error."""
    extractions: list[Extraction | Exception] = []
    for source in sources:
        try:
            extractions.append(extract_source(source))
        except Exception as exc:  # noqa: BLE001 - one unreadable article must not stop the batch
            extractions.append(exc)
    return extractions


def import_batch(
    sources: list[Source], *, extractions: list[Extraction | Exception] | None = None,
    speakers: SpeakerCache | None = None, group_statements: bool = True,
) -> list[ImportResult | Exception]:
    """Import ``sources`` in one transaction; return each one's result, or the error it failed with.

    ``extractions`` are the sources' :func:`extract_batch`, when already made. Articles new to
    the database are written together: a handful of set-based statements for the whole batch
    instead of a dozen round trips an article. Articles already stored (or met twice in the
    batch) go through :func:`import_article`, which keeps editors' work. If the batch fails as
    a whole (a concurrent import won a race, one article the database refuses), it is rolled
    back and retried article by article, so a bad article fails alone. A lost connection is
    raised: nothing of the batch was committed and a re-run completes it.
    """
    speakers = SpeakerCache() if speakers is None else speakers
    outcomes: list[ImportResult | Exception] = list(extract_batch(sources) if extractions is None else extractions)
    extracted = [(index, found) for index, found in enumerate(outcomes) if isinstance(found, Extraction)]

    @transaction.atomic
    def write() -> None:
        for index, result in _write_batch(extracted, sources, speakers=speakers, group_statements=group_statements):
            outcomes[index] = result

    try:
        _retrying_conflicts(write, speakers.clear)
        return outcomes
    except (OperationalError, InterfaceError) as exc:
        if not _lost_to_concurrent(exc):
            raise
    except Exception:  # noqa: BLE001 - retried one by one below, where the culprit fails alone
        pass
    speakers.clear()
    for index, extraction in extracted:
        try:
            outcomes[index] = _import_extraction(
                extraction, source=sources[index].name, speakers=speakers, group_statements=group_statements
            )
        except (OperationalError, InterfaceError) as exc:
            if not _lost_to_concurrent(exc):
                raise
            outcomes[index] = exc  # it lost every attempt: it fails alone, and a re-run imports it
        except Exception as exc:  # noqa: BLE001
            outcomes[index] = exc
    return outcomes


def _write_batch(
    extracted: list[tuple[int, Extraction]], sources: list[Source], *, speakers: SpeakerCache,
    group_statements: bool,
) -> Iterator[tuple[int, ImportResult]]:
    """Write a batch inside the caller's transaction: the new articles together, the others one by one."""
    _relax_commit()
    hashes = {index: keys_of(extraction).content_hash for index, extraction in extracted}
    urls = {extraction.article.url for _index, extraction in extracted if extraction.article.url}
    stored = Article.objects.filter(Q(content_hash__in=hashes.values()) | Q(url__in=urls))
    by_url, by_hash = {}, {}
    for row in stored.values_list("pk", "url", "content_hash", "extractor_version"):
        by_url[row[1]] = by_hash[row[2]] = row
    seen_urls, seen_hashes = set(by_url), set(by_hash)
    fresh: list[tuple[int, Extraction]] = []
    known: list[tuple[int, Extraction]] = []
    for index, extraction in extracted:
        url = extraction.article.url
        # The stored article is the one with this URL, else with this text (``_existing_article``).
        row = by_url.get(url) if url else None
        row = row or by_hash.get(hashes[index])
        if row is not None and row[2] == hashes[index] and row[3] == EXTRACTOR_VERSION:
            yield index, ImportResult(status="unchanged", article_id=row[0])  # a re-run: nothing to write
            continue
        if (url and url in seen_urls) or hashes[index] in seen_hashes:
            known.append((index, extraction))  # stored, or met earlier in this batch
            continue
        fresh.append((index, extraction))
        seen_urls.add(url)
        seen_hashes.add(hashes[index])
    articles = [
        Article(**_article_fields(extraction.article, content_hash=hashes[index], source=sources[index].name))
        for index, extraction in fresh
    ]
    insert_rows(articles)
    entries = [
        _Entry(article, extraction, ImportResult(status="new", article_id=article.pk))
        for article, (_index, extraction) in zip(articles, fresh, strict=True)
    ]
    _write_quotes(entries, speakers=speakers, group_statements=group_statements)
    for (index, _extraction), entry in zip(fresh, entries, strict=True):
        yield index, entry.result
    for index, extraction in known:
        yield index, import_article(
            extraction=extraction, source=sources[index].name, speakers=speakers, group_statements=group_statements
        )


def _relax_commit() -> None:
    if connection.vendor == "postgresql":
        # A crash may lose the last few commits but never half of one, and a re-run
        # re-imports them: waiting for each WAL flush would only slow the archive down.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


@transaction.atomic
def import_article(
    *, extraction: Extraction, source: str, speakers: SpeakerCache | None = None, group_statements: bool = True
) -> ImportResult:
    """Write one extracted article and its quotes, speakers and claims; return what changed."""
    _relax_commit()
    parsed = extraction.article
    content_hash = keys_of(extraction).content_hash
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
    _rewrite_quotes(article, extraction, result, speakers=SpeakerCache() if speakers is None else speakers,
                    group_statements=group_statements)
    return result


def _existing_article(*, url: str | None, content_hash: str) -> Article | None:
    """Return the stored article with this URL, else with this content hash, locked."""
    match = Q(content_hash=content_hash) | Q(url=url) if url else Q(content_hash=content_hash)
    # The texts are large and rarely needed here: an update loads them when it must.
    query = Article.objects.select_for_update().filter(match).only("url", "content_hash", "extractor_version")
    found = list(query[:2])
    return next((a for a in found if url and a.url == url), found[0] if found else None)


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


def _rewrite_quotes(
    article: Article, extraction: Extraction, result: ImportResult, *, speakers: SpeakerCache,
    group_statements: bool = True,
) -> None:
    """Replace the article's uncurated quotes with the extraction's, counting into ``result``."""
    entry = _Entry(article, extraction, result)
    emptied: set[int] = set()
    voted_out: set[int] = set()
    if result.status != "new":
        emptied, voted_out = _drop_uncurated_quotes(article)
        entry.curated_spans = list(article.quotes.values_list("start", "end"))
    _write_quotes([entry], speakers=speakers, group_statements=group_statements, emptied=emptied,
                  voted_out=voted_out)


@dataclass
class _Entry:
    """One article whose quotes are being written, and what writing them did."""

    article: Article
    extraction: Extraction
    result: ImportResult
    curated_spans: list[tuple[int, int]] = field(default_factory=list)
    rows: dict[tuple[int, int], Quote] = field(default_factory=dict)


def _write_quotes(
    entries: list[_Entry], *, speakers: SpeakerCache, group_statements: bool = True,
    emptied: AbstractSet[int] = frozenset(), voted_out: AbstractSet[int] = frozenset(),
) -> None:
    """Write the extractions' quotes of ``entries`` (articles without uncurated quotes), counting into their results.

    ``emptied`` and ``voted_out`` are the statements and speakers the caller's deletions touched.
    """
    kept: list[tuple[_Entry, ExtractedQuote, QuoteKeys]] = []
    for entry in entries:
        body = entry.article.body
        spans: set[tuple[int, int]] = set()
        for found, keys in zip(entry.extraction.quotes, keys_of(entry.extraction).quotes, strict=True):
            span = (found.start, found.end)
            if body[found.start : found.end] != found.text or found.end <= found.start or span in spans:
                continue  # never store a quote whose offsets do not hold, nor one span twice
            if any(found.start < end and start < found.end for start, end in entry.curated_spans):
                continue  # an editor already decided about this span
            spans.add(span)
            kept.append((entry, found, keys))
    resolved, created = resolve_speakers([(found, keys) for _entry, found, keys in kept], speakers=speakers)
    counted: set[int] = set()
    prints: list[frozenset[str]] = []
    statement_keys: list[str] = []
    for entry, found, keys in kept:
        speaker, via = resolved.get(keys.speaker), resolved.get(keys.intermediary)
        entry.rows[(found.start, found.end)] = _quote_row(entry.article, found, keys, speaker, via)
        prints.append(frozenset(keys.fingerprints))
        statement_keys.append(keys.statement)
        for row in (speaker, via):
            if row is not None and row.pk in created and row.pk not in counted:
                counted.add(row.pk)
                entry.result.speakers += 1
    rows = [quote for entry in entries for quote in entry.rows.values()]
    touched = assign_statements(rows, prints=prints, keys=statement_keys) if group_statements else set()
    insert_rows(rows)
    refresh_statements(touched | emptied)
    refresh_names(record_mentions(rows) | voted_out)
    _link_claims(entries)
    for entry in entries:
        entry.result.quotes = len(entry.rows)


def _drop_uncurated_quotes(article: Article) -> tuple[set[int], set[int]]:
    """Delete the article's uncurated quotes and the unreviewed claims left without quotes.

    Returns the statements that lost quotes (their figures need a refresh) and the
    speakers whose mention votes went with them.
    """
    # Lock the rows being replaced: an editor curating one of them meanwhile waits, then
    # finds its replacement (see curation), instead of losing the edit to this delete.
    stale = list(article.quotes.select_for_update().uncurated().only("statement_id", "speaker_id",
                                                                      "speaker_mention"))
    stale_ids = [quote.pk for quote in stale]
    if not stale_ids:
        return set(), set()
    voted_out = record_mentions(stale, sign=-1)
    orphan_claim_ids = set(
        Claim.objects.filter(quotes__in=stale_ids, status=Claim.Status.UNREVIEWED).values_list("pk", flat=True)
    )
    Quote.objects.filter(pk__in=stale_ids).delete()
    if orphan_claim_ids:
        Claim.objects.filter(pk__in=orphan_claim_ids, quotes__isnull=True).delete()
    return {quote.statement_id for quote in stale if quote.statement_id is not None}, voted_out


def _link_claims(entries: list[_Entry]) -> None:
    """Link each claim candidate to its stored quote, creating claims not seen before."""
    wanted: dict[str, tuple[str, str, Quote, float]] = {}
    links: list[tuple[str, Quote]] = []
    for entry in entries:
        quotes = entry.extraction.quotes
        for candidate, keys in zip(entry.extraction.claims, keys_of(entry.extraction).claims, strict=True):
            if not 0 <= candidate.quote_index < len(quotes):
                continue
            found = quotes[candidate.quote_index]
            quote = entry.rows.get((found.start, found.end))
            if quote is None:
                continue
            digest = keys.hash
            wanted.setdefault(digest, (candidate.text, keys.search, quote, candidate.score))
            links.append((digest, quote))
            entry.result.claims += 1
    if not links:
        return
    claim_ids = insert_new(  # a claim seen before, or created by a concurrent import meanwhile, stands: link to it
        [
            Claim(text=text, text_normalized=search, text_hash=digest, claimant_id=quote.speaker_id,
                  checkworthiness=min(max(score, 0.0), 1.0))
            for digest, (text, search, quote, score) in wanted.items()
        ],
        unique="text_hash",
    )
    if seen := wanted.keys() - claim_ids.keys():
        claim_ids.update(Claim.objects.filter(text_hash__in=seen).values_list("text_hash", "pk"))
    pairs = [(claim_ids[digest], quote.pk) for digest, quote in links]
    through = Claim.quotes.through
    if connection.vendor != "postgresql":
        through.objects.bulk_create([through(claim_id=c, quote_id=q) for c, q in pairs], ignore_conflicts=True)
        return
    with connection.cursor() as cursor:  # (a batch links thousands: no model instance each)
        cursor.execute(
            f"INSERT INTO {connection.ops.quote_name(through._meta.db_table)} (claim_id, quote_id) "
            "SELECT * FROM unnest(%s::bigint[], %s::bigint[]) ON CONFLICT DO NOTHING",
            [[c for c, _q in pairs], [q for _c, q in pairs]],
        )


def _quote_row(
    article: Article, found: ExtractedQuote, keys: QuoteKeys, speaker: Speaker | None, via: Speaker | None
) -> Quote:
    quote = _new_quote(article, found, keys, speaker, via)
    quote.vote = keys.vote  # what the mention votes for (identity.record_mentions)
    return quote


def _new_quote(
    article: Article, found: ExtractedQuote, keys: QuoteKeys, speaker: Speaker | None, via: Speaker | None
) -> Quote:
    values = {
        "article_id": article.pk,
        "speaker_id": speaker.pk if speaker is not None else None,
        "speaker_mention": found.speaker_mention[:512],
        "intermediary_id": via.pk if via is not None else None,
        "text": found.text,
        "text_normalized": keys.search,
        "kind": found.kind,
        "cue": found.cue[:64],
        "stance": found.stance,
        "start": found.start,
        "end": found.end,
        "cue_start": found.cue_start if found.cue_start >= 0 else None,
        "cue_end": found.cue_end if found.cue_end >= 0 else None,
        "mention_start": found.mention_start if found.mention_start >= 0 else None,
        "mention_end": found.mention_end if found.mention_end >= 0 else None,
        "published_at": article.published_at,
        "rule": found.rule[:64],
        "extractor_version": EXTRACTOR_VERSION,
        "confidence": min(max(found.confidence, 0.0), 1.0),
    }
    # Positional values skip Model.__init__'s keyword handling, which cost the writer more
    # than the rest of building a row (a batch makes hundreds of quotes).
    quote = Quote(*[values[f.attname] if f.attname in values else f.get_default() for f in _QUOTE_FIELDS])
    for relation, row in ((_ARTICLE, article), (_SPEAKER, speaker), (_INTERMEDIARY, via)):
        relation.set_cached_value(quote, row)  # later steps read the rows without a query
    return quote


_ARTICLE, _SPEAKER, _INTERMEDIARY = (Quote._meta.get_field(name) for name in ("article", "speaker", "intermediary"))
_QUOTE_FIELDS = Quote._meta.concrete_fields


def resolve_speakers(
    quotes: list[tuple[ExtractedQuote, QuoteKeys]], *, speakers: SpeakerCache
) -> tuple[dict[str, Speaker], set[int]]:
    """Return the Speaker rows of the quotes' speakers and intermediaries by key, and the ids of new rows.

    ``quotes`` pairs each quote with its keys (one article's quotes, or a batch's). Known
    aliases win, so a speaker an editor renamed or merged keeps receiving its quotes.
    A person is looked up by its clean name ("كيري مازحا" is "كيري"), then by the short
    forms of its name, then by identity key: "عادل بن أحمد الجبير" finds "عادل الجبير" when
    he is the one such person and no editor has touched him (else the new row becomes a
    merge candidate). Nothing found is renamed here: names follow the mentions' votes
    (``identity.refresh_names``). Anonymous sources get a per-article identity: two "مصدر
    مطلع" are not one person. A handful of set-based queries per call; within a batch, a
    name meets the rows earlier names of the batch create as it would meet stored ones.
    """
    wanted: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}  # key → name, kind, role, aliases
    resolved: dict[str, Speaker] = {}
    kinds = Speaker.Kind.values
    for found, keys in quotes:
        key = keys.speaker
        if key in speakers:
            resolved[key] = speakers[key]
        elif key:
            # (an unnamed group is an anonymous source: keyed per article, never merged by name)
            kind = Speaker.Kind.ANONYMOUS if found.speaker_type in UNNAMED \
                else found.speaker_type if found.speaker_type in kinds else Speaker.Kind.UNKNOWN
            name = found.speaker
            if kind == Speaker.Kind.PERSON:
                name = clean_full_name(found.speaker) or found.speaker
            wanted.setdefault(key, (name, kind, found.speaker_role, found.speaker_aliases))
        via = keys.intermediary
        if via in speakers:
            resolved[via] = speakers[via]
        elif via:
            wanted.setdefault(via, (found.intermediary, Speaker.Kind.ORGANIZATION, "", ()))
    if not wanted:
        return resolved, set()

    named = [key for key, (_n, kind, _r, _a) in wanted.items() if kind != Speaker.Kind.ANONYMOUS]
    short_forms = {short for key in named for short in _short_forms(key, wanted[key][3])}
    clean_keys = {key: search_key(wanted[key][0])[:255] for key in named}
    by_alias = {
        alias.name_normalized: alias.speaker
        for alias in SpeakerAlias.objects.filter(
            name_normalized__in={*named, *clean_keys.values(), *short_forms}).select_related("speaker")
    }
    # A lone given name or kunya ("عبدالرحمن"، "أبو خالد") is many people: the row a vote once
    # gave that alias is not this article's speaker, unless an editor made it so.
    lone = {key for key in named if wanted[key][1] == Speaker.Kind.PERSON and is_lone_given_name(wanted[key][0])}
    lone_hits = {s.pk for key in lone for s in (by_alias.get(clean_keys[key]), by_alias.get(key)) if s}
    trusted = curated_speaker_ids(lone_hits) if lone_hits else set()
    missing = []
    by_identity = []
    names_found: list[tuple[Speaker, str]] = []  # names to record as aliases of the rows they found
    for key, (name, kind, _role, aliases) in wanted.items():
        speaker = None
        if kind != Speaker.Kind.ANONYMOUS:
            speaker = by_alias.get(clean_keys[key]) or by_alias.get(key)
            if key in lone and speaker is not None and speaker.pk not in trusted \
                    and speaker.name_normalized != clean_keys[key]:
                speaker = None
        if speaker is None and kind != Speaker.Kind.ANONYMOUS:
            speaker = _adopt_short_form(key, kind=kind, aliases=aliases, by_alias=by_alias)
            if speaker is not None:  # the full name becomes one of its aliases
                names_found.extend((speaker, n) for n in (name, *aliases))
        if speaker is not None:
            resolved[key] = speaker
        elif kind == Speaker.Kind.PERSON:
            by_identity.append(key)
        else:
            missing.append(key)

    maybe: dict[str, list[Speaker]] = {}
    if by_identity:
        found_same, maybe = resolve_by_identity({key: wanted[key][0] for key in by_identity})
        for key in by_identity:
            if key in found_same:
                resolved[key] = found_same[key]
                names_found.extend((found_same[key], n) for n in (wanted[key][0], *wanted[key][3]))
            else:
                missing.append(key)

    created: set[int] = set()
    if missing:
        order = {key: n for n, key in enumerate(wanted)}
        missing.sort(key=order.__getitem__)  # the batch's order decides which mention founds a row
        # A new row's key is its clean name's: two run-on mentions of one name share it.
        row_key = {key: key if wanted[key][1] == Speaker.Kind.ANONYMOUS else clean_keys[key] or key
                   for key in missing}
        existing = {s.key: s for s in Speaker.objects.filter(key__in=set(row_key.values()))}
        new = _NewRows()
        for key in missing:
            name, kind, role, aliases = wanted[key]
            if row_key[key] in existing or row_key[key] in new.rows:
                pass
            elif kind != Speaker.Kind.ANONYMOUS and (
                    same := new.match(key, clean_keys[key], name=name, kind=kind, aliases=aliases,
                                      lone=key in lone)):
                row_key[key] = same
            else:
                new.add(row_key[key], Speaker(
                    key=row_key[key], name=name[:255], name_normalized=search_key(name)[:255],
                    identity_key=speaker_identity_key(name, kind), kind=kind, role=role[:255]))
            if kind != Speaker.Kind.ANONYMOUS:
                new.name(row_key[key], name, *aliases)
        # Conflict-tolerant: a concurrent import may create the same speaker meanwhile (its
        # row is then the speaker, and not counted as new here).
        inserted = insert_new([new.rows[key] for key in sorted(new.rows)], unique="key")
        created = set(inserted.values())
        for key, pk in inserted.items():
            speaker = existing[key] = new.rows[key]
            speaker.pk, speaker._state.adding, speaker._state.db = pk, False, connection.alias
        if rest := set(row_key.values()) - existing.keys():  # (rows a concurrent import made meanwhile)
            existing.update((s.key, s) for s in Speaker.objects.filter(key__in=rest))
        if new.rows:
            names_found.extend((existing[key], name) for key, names in new.names.items()
                               if key in new.rows and key in existing for name in names)
        for key in missing:
            if row_key[key] in existing:
                resolved[key] = existing[row_key[key]]
        for key, rows in maybe.items():
            if key in resolved:
                for other in rows:
                    suggest_candidate(resolved[key], other, reason="same_key")
    _add_aliases(names_found)
    for key, speaker in resolved.items():
        speakers.remember(key, speaker)
    return resolved, created


class _NewRows:
    """The speaker rows a batch is about to create, findable as stored rows would be."""

    def __init__(self) -> None:
        self.rows: dict[str, Speaker] = {}
        self.names: dict[str, list[str]] = defaultdict(list)  # row key → its names, for aliases
        self._aliases: dict[str, str] = {}  # normalised alias → row key
        self._identities: dict[str, list[str]] = defaultdict(list)

    def add(self, key: str, speaker: Speaker) -> None:
        self.rows[key] = speaker
        if speaker.kind == Speaker.Kind.PERSON and " " in (ik := identity_key(speaker.name)):
            self._identities[ik].append(key)

    def name(self, key: str, *names: str) -> None:
        self.names[key].extend(names)
        for name in names:
            self._aliases.setdefault(search_key(name)[:255], key)

    def match(self, key: str, clean_key: str, *, name: str, kind: str, aliases: tuple[str, ...], lone: bool) -> str | None:
        """Return the new row this mention is, by the rules :func:`resolve_speakers` applies to stored rows."""
        for alias_key in (clean_key, key):
            row = self._aliases.get(alias_key)
            if row is not None and row in self.rows and not (lone and self.rows[row].name_normalized != clean_key):
                return row
        for short in _short_forms(key, aliases):  # a full name, known so far by a short form of it
            row = self._aliases.get(short)
            if row in self.rows and self.rows[row].name_normalized == short and self.rows[row].kind == kind:
                return row
        if kind == Speaker.Kind.PERSON and " " in (ik := identity_key(name)):
            middle = unmarked_middle(name)
            same = [row for row in self._identities.get(ik, ())
                    if same_person(name, self.rows[row].name) and unmarked_middle(self.rows[row].name) == middle]
            if len(same) == 1:
                return same[0]
        return None


def _adopt_short_form(
    key: str, *, kind: str, aliases: tuple[str, ...], by_alias: dict[str, Speaker]
) -> Speaker | None:
    """Return the speaker an earlier article named only by a short form of this full name.

    The caller records the full name as one of its aliases; the name shown follows the
    mentions' votes.
    """
    for short in _short_forms(key, aliases):
        speaker = by_alias.get(short)
        if speaker is not None and speaker.name_normalized == short and speaker.kind == kind:
            return speaker
    return None


def _short_forms(key: str, aliases: tuple[str, ...]) -> list[str]:
    """Return the normalised short forms a full name may have been known by: "كيري" of "جون كيري".

    None for a one-word name; a family name that is also a given name ("عبد الله" of "كامل عبد
    الله") is no one's short form: everyone so called answers to it.
    """
    if " " not in key:
        return []
    return [search_key(alias)[:255] for alias in aliases if not is_lone_given_name(alias)]


def _add_aliases(pairs: list[tuple[Speaker, str]]) -> None:
    """Record each name for its speaker, except names that already name someone (aliases are unique)."""
    rows = {}
    for speaker, name in pairs:
        key = search_key(name)[:255]
        if key:
            rows.setdefault(key, SpeakerAlias(speaker=speaker, name=name[:255], name_normalized=key))
    # An existing alias, perhaps from a concurrent import, stands; rows go in key order so two
    # imports inserting the same names lock them in one order (no deadlock).
    insert_new([rows[key] for key in sorted(rows)], unique="name_normalized")


@transaction.atomic
def reextract_article(*, article: Article) -> ImportResult:
    """Run extraction again on a stored article, replacing only its uncurated quotes."""
    parsed = parse_article(
        article.raw_text, url=article.url, title=article.title or None,
        outlet=article.outlet or None, published=article.published_at,
    )
    if parsed.body != article.body:
        # Stored offsets (curated ones included) point into the stored body: extract on it;
        # empty paragraphs make the extractor segment it by lines.
        parsed = replace(parsed, body=article.body, paragraphs=(), title_span=None)
    result = ImportResult(status="updated", article_id=article.pk)
    _rewrite_quotes(article, extract_article(parsed), result, speakers=SpeakerCache())
    Article.objects.filter(pk=article.pk).update(extractor_version=EXTRACTOR_VERSION)
    return result
