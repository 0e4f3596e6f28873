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
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from attribution.arabic.statements import fingerprints, overlap, shared_enough
from attribution.models import Article, Quote, Statement, StatementKey, text_hash


def assign_statements(quotes: list[Quote]) -> set[int]:
    """Set ``statement`` on unsaved ``quotes`` (one article's), creating statements as needed.

    Returns the ids of existing statements that gain quotes: refresh them once the quotes
    are saved (:func:`refresh_statements`). A new statement founded by one quote gets its
    figures here, so the common case costs no refresh. A statement keeps its founding
    quote's fingerprints only: every later printing is compared with the founding words,
    so a chain of small edits cannot drift into another statement.
    """
    prints = {id(quote): fingerprints(quote.text) for quote in quotes}
    wanted = set().union(*prints.values()) if prints else set()
    if not wanted:
        return set()
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for key, statement_id, size in StatementKey.objects.filter(key__in=wanted).values_list(
        "key", "statement_id", "statement_size"
    ):
        found[key].append((statement_id, size))

    touched: set[int] = set()
    founded: list[_Founded] = []
    for quote in quotes:
        keys = prints[id(quote)]
        if not keys:
            continue
        statement_id = _best_existing(keys, found)
        if statement_id is not None:
            quote.statement_id = statement_id
            touched.add(statement_id)
            continue
        home = next((f for f in founded if shared_enough(overlap(keys, f.keys), len(keys), len(f.keys))), None)
        if home is None:
            founded.append(_Founded(_new_statement(quote, keys), keys, [quote]))
        else:  # the same words twice in one article (a repeated paragraph)
            home.members.append(quote)

    saved = _insert_postgresql(founded) if connection.vendor == "postgresql" else _insert(founded)
    for new in founded:
        statement = saved[new.statement.key]
        for quote in new.members:
            quote.statement = statement
        if statement is not new.statement or len(new.members) > 1:
            touched.add(statement.pk)
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
        for statement_id, size in found.get(key, ()):
            shared[statement_id] += 1
            sizes[statement_id] = size
    for statement_id, count in shared.most_common():
        if shared_enough(count, len(keys), sizes[statement_id]):
            return statement_id
    return None


def _new_statement(quote: Quote, keys: frozenset[str]) -> Statement:
    article: Article = quote.article
    return Statement(
        key=text_hash(quote.text), text=quote.text,
        first_seen=quote.published_at, first_article=article, quotes_count=1, articles_count=1,
        outlets_count=1, speakers_count=1 if quote.speaker_id else 0, majority_speaker_id=quote.speaker_id,
    )


def _insert(founded: list[_Founded]) -> dict[str, Statement]:
    """Insert new statements and their fingerprints (SQLite: one writer at a time, no races)."""
    if not founded:
        return {}
    statements = Statement.objects.bulk_create([new.statement for new in founded])
    StatementKey.objects.bulk_create(
        [StatementKey(key=key, statement_id=statement.pk, statement_size=len(new.keys))
         for new, statement in zip(founded, statements, strict=True) for key in new.keys]
    )
    return {statement.key: statement for statement in statements}


_COLUMNS = (
    ("key", "varchar"), ("text", "text"), ("first_seen", "timestamptz"),
    ("first_article_id", "bigint"), ("quotes_count", "integer"), ("articles_count", "integer"),
    ("outlets_count", "integer"), ("speakers_count", "integer"), ("disputed", "boolean"),
    ("majority_speaker_id", "bigint"), ("updated_at", "timestamptz"),
)


def _insert_postgresql(founded: list[_Founded]) -> dict[str, Statement]:
    """Insert new statements and their fingerprints in one round trip.

    A wording another import founded meanwhile (ON CONFLICT) is that import's statement: it
    is read back and refreshed by the caller like any statement that gained a quote.
    """
    if not founded:
        return {}
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name, _type in _COLUMNS)
    row = "(" + ", ".join(f"%s::{kind}" for _name, kind in _COLUMNS) + ", %s::varchar[])"
    now = timezone.now()
    params: list[Any] = []
    for new in founded:
        statement = new.statement
        statement.updated_at = now
        params.extend(getattr(statement, name) for name, _type in _COLUMNS)
        params.append(sorted(new.keys))
    statements, keys = quote(Statement._meta.db_table), quote(StatementKey._meta.db_table)
    sql = f"""
        WITH new ({columns}, fps) AS (VALUES {", ".join([row] * len(founded))}),
        inserted AS (
            INSERT INTO {statements} ({columns}) SELECT {columns} FROM new
            ON CONFLICT ({quote("key")}) DO NOTHING RETURNING id, {quote("key")}
        ),
        fingerprints AS (
            INSERT INTO {keys} ({quote("key")}, statement_id, statement_size)
            SELECT fp, inserted.id, cardinality(new.fps)
            FROM new JOIN inserted USING ({quote("key")}), unnest(new.fps) AS fp
        )
        SELECT id, {quote("key")} FROM inserted
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = dict((key, pk) for pk, key in cursor.fetchall())
    saved: dict[str, Statement] = {}
    for new in founded:
        if new.statement.key in ids:
            new.statement.pk = ids[new.statement.key]
            new.statement._state.adding = False
            saved[new.statement.key] = new.statement
    if missing := [new.statement.key for new in founded if new.statement.key not in saved]:
        saved.update({s.key: s for s in Statement.objects.filter(key__in=missing)})
    return saved


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
    if emptied := ids - members.keys():
        Statement.objects.filter(pk__in=emptied).delete()
    # bulk_update needs only the primary keys: no query to load the rows first.
    statements = [Statement(pk=pk) for pk in members]
    for statement in statements:
        _summarise(statement, members[statement.pk])
    Statement.objects.bulk_update(statements, [
        "text", "first_seen", "first_article", "quotes_count", "articles_count",
        "outlets_count", "speakers_count", "disputed", "majority_speaker",
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
