"""Group stored quotes into statements as they are imported, and keep statements' figures true.

Grouping is incremental: a new quote's fingerprints (``arabic.statements.fingerprints``) are
looked up in the indexed ``StatementKey`` table — one query for all quotes of an article —
and the quote joins the statement sharing enough of them, or founds a new one.
``rebuild_statements`` re-clusters everything after a rule change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count

from attribution.arabic.statements import fingerprints, overlap, shared_enough
from attribution.models import Article, Quote, Statement, StatementKey, search_key, text_hash


def assign_statements(quotes: list[Quote]) -> set[int]:
    """Set ``statement`` on unsaved ``quotes`` (one article's), creating statements as needed.

    Returns the ids of existing statements that gain quotes: refresh them once the quotes
    are saved (:func:`refresh_statements`). A new statement founded by one quote gets its
    figures here, so the common case costs no refresh.
    """
    prints = {id(quote): fingerprints(quote.text) for quote in quotes}
    wanted = set().union(*prints.values()) if prints else set()
    if not wanted:
        return set()
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for key, statement_id, keys_count in StatementKey.objects.filter(key__in=wanted).values_list(
        "key", "statement_id", "statement__keys_count"
    ):
        found[key].append((statement_id, keys_count))

    touched: set[int] = set()
    new_keys: list[tuple[str, int]] = []
    founded: list[_Founded] = []
    for quote in quotes:
        keys = prints[id(quote)]
        if not keys:
            continue
        statement_id = _best_existing(keys, found)
        if statement_id is not None:
            quote.statement_id = statement_id
            touched.add(statement_id)
            new_keys.extend((key, statement_id) for key in keys)
            continue
        home = next((f for f in founded if shared_enough(overlap(keys, f.keys), len(keys), len(f.keys))), None)
        if home is None:
            founded.append(_Founded(_new_statement(quote, keys), keys, [quote]))
        else:  # the same words twice in one article (a repeated paragraph)
            home.keys |= keys
            home.members.append(quote)

    for new in founded:
        new.statement.keys_count = len(new.keys)
        saved = _save_statement(new.statement)
        for quote in new.members:
            quote.statement = saved
        if saved is not new.statement or len(new.members) > 1:
            touched.add(saved.pk)
        new_keys.extend((key, saved.pk) for key in new.keys)
    StatementKey.objects.bulk_create(
        [StatementKey(key=key, statement_id=statement_id) for key, statement_id in set(new_keys)],
        ignore_conflicts=True,  # keys the statement had already, or a concurrent import added
    )
    return touched


@dataclass
class _Founded:
    """A statement founded by this batch, with the fingerprints and quotes gathered so far."""

    statement: Statement
    keys: frozenset[str]
    members: list[Quote]


def _best_existing(keys: frozenset[str], found: dict[str, list[tuple[int, int]]]) -> int | None:
    shared: Counter[int] = Counter()
    sizes: dict[int, int] = {}
    for key in keys:
        for statement_id, keys_count in found.get(key, ()):
            shared[statement_id] += 1
            sizes[statement_id] = keys_count
    for statement_id, count in shared.most_common():
        if shared_enough(count, len(keys), sizes[statement_id]):
            return statement_id
    return None


def _new_statement(quote: Quote, keys: frozenset[str]) -> Statement:
    article: Article = quote.article
    return Statement(
        key=text_hash(quote.text), text=quote.text, text_normalized=search_key(quote.text),
        first_seen=quote.published_at, first_article=article, quotes_count=1, articles_count=1,
        outlets_count=1, speakers_count=1 if quote.speaker_id else 0, majority_speaker_id=quote.speaker_id,
        keys_count=len(keys),
    )


def _save_statement(statement: Statement) -> Statement:
    """Insert ``statement``; the same wording founded meanwhile elsewhere is that statement."""
    try:
        with transaction.atomic():
            statement.save()
        return statement
    except IntegrityError:
        return Statement.objects.get(key=statement.key)


def refresh_statements(ids: Iterable[int]) -> None:
    """Recompute the figures of statements ``ids`` from their quotes; delete emptied ones."""
    ids = set(ids)
    if not ids:
        return
    members: dict[int, list[tuple]] = defaultdict(list)
    rows = Quote.objects.filter(statement_id__in=ids).values_list(
        "statement_id", "id", "speaker_id", "article_id", "article__outlet", "published_at", "text"
    )
    for statement_id, *row in rows:
        members[statement_id].append(row)
    Statement.objects.filter(pk__in=ids - members.keys()).delete()
    keys = dict(
        StatementKey.objects.filter(statement_id__in=members).values("statement_id")
        .annotate(n=Count("id")).values_list("statement_id", "n")
    )
    statements = list(Statement.objects.filter(pk__in=members))
    for statement in statements:
        _summarise(statement, members[statement.pk])
        statement.keys_count = keys.get(statement.pk, 0)
    Statement.objects.bulk_update(statements, [
        "text", "text_normalized", "first_seen", "first_article", "quotes_count", "articles_count",
        "outlets_count", "speakers_count", "disputed", "majority_speaker", "keys_count",
    ])


def _summarise(statement: Statement, rows: list[tuple]) -> None:
    """Fill ``statement``'s figures from its quotes' (id, speaker, article, outlet, date, text)."""
    first = min(rows, key=lambda r: (r[4] is None, r[4] or 0, r[0]))
    # An article without an outlet counts as its own outlet: it is one more source.
    outlet_of = {r[2]: r[3] or f"article:{r[2]}" for r in rows}
    outlets_by_speaker: dict[int, set[str]] = defaultdict(set)
    quotes_by_speaker: Counter[int] = Counter()
    for _id, speaker_id, article_id, _outlet, _date, _text in rows:
        if speaker_id is not None:
            outlets_by_speaker[speaker_id].add(outlet_of[article_id])
            quotes_by_speaker[speaker_id] += 1
    statement.text = max((r[5] for r in rows), key=len)
    statement.text_normalized = search_key(statement.text)
    statement.first_seen, statement.first_article_id = first[4], first[2]
    statement.quotes_count = len(rows)
    statement.articles_count = len(outlet_of)
    statement.outlets_count = len(set(outlet_of.values()))
    statement.speakers_count = len(outlets_by_speaker)
    statement.disputed = statement.speakers_count > 1
    statement.majority_speaker_id = max(
        outlets_by_speaker, key=lambda s: (len(outlets_by_speaker[s]), quotes_by_speaker[s], -s), default=None
    )


def rebuild_statements(*, batch: int = 500) -> Iterator[int]:
    """Re-cluster every quote into statements from scratch, oldest article first.

    Yields the number of articles done after each batch (each batch is one transaction).
    """
    with transaction.atomic():
        Quote.objects.exclude(statement=None).update(statement=None)
        Statement.objects.all().delete()
    order = ("published_at", "id")
    ids = list(Article.objects.order_by(*order).values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        with transaction.atomic():
            quotes = Quote.objects.filter(article_id__in=ids[start : start + batch]).select_related("article")
            by_article: dict[int, list[Quote]] = defaultdict(list)
            for quote in quotes.order_by("article__published_at", "article_id", "start"):
                by_article[quote.article_id].append(quote)
            for article_quotes in by_article.values():
                touched = assign_statements(article_quotes)
                Quote.objects.bulk_update([q for q in article_quotes if q.statement_id], ["statement"])
                refresh_statements(touched)
        yield min(start + batch, len(ids))
