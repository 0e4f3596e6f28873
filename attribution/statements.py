"""Group stored quotes into statements as they are imported, and keep statements' figures true.

Grouping is incremental: a new quote's fingerprints (``arabic.statements.fingerprints``) are
looked up in the indexed ``StatementKey`` table — one query for all quotes of an import batch —
and the quote joins the statement sharing enough of them, or founds a new one.
``rebuild_statements`` re-clusters everything after a rule change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from attribution.arabic.statements import (
    MIN_OVERLAP,
    MIN_SHARED,
    fingerprints,
    shared_enough,
)
from attribution.copying import copying, create_stage
from attribution.models import Article, Quote, Statement, StatementKey, text_hash


def assign_statements(
    quotes: list[Quote], *, prints: list[frozenset[str]] | None = None, keys: list[str] | None = None
) -> set[int]:
    """Set ``statement`` on unsaved ``quotes`` (one article's or a batch's), creating statements as needed.

    ``prints`` and ``keys`` are the quotes' fingerprints and statement keys when the
    extraction carries them (``arabic.keys``); otherwise they are computed from the texts.

    Returns the ids of existing statements that gain quotes: refresh them once the quotes
    are saved (:func:`refresh_statements`). A new statement founded by one quote gets its
    figures here, so the common case costs no refresh. A statement keeps its founding
    quote's fingerprints only: every later printing is compared with the founding words,
    so a chain of small edits cannot drift into another statement.

    A quote joins the existing statement sharing the most fingerprints with it, if enough.
    A quote matching none follows the first earlier quote of the same call it is the same
    words as (a repeated paragraph, or another article of the batch printing it) into the
    statement that quote founds; otherwise it founds one. On PostgreSQL the lookup and the
    founding are one statement after the candidates are staged.
    """
    if prints is None:
        prints = [fingerprints(quote.text) for quote in quotes]
    placed = [index for index, found in enumerate(prints) if found]
    if not placed:
        return set()
    leaders = _batch_leaders(prints, placed)
    candidates = {
        index: _new_statement(quotes[index], text_hash(quotes[index].text) if keys is None else keys[index])
        for index in placed
    }
    place = _place_postgresql if connection.vendor == "postgresql" else _place
    matches, saved = place(prints, leaders, candidates)

    touched = set(matches.values())
    members: Counter[int] = Counter()
    for index in placed:
        quote = quotes[index]
        if index in matches:
            quote.statement_id = matches[index]
            continue
        founder = index if _founds(index, leaders, matches) else leaders[index]
        statement_id, owner = saved[candidates[founder]["key"]]
        quote.statement_id = statement_id
        members[statement_id] += 1
        if owner != founder:  # founded by another import meanwhile, or by an earlier same wording
            touched.add(statement_id)
    touched.update(pk for pk, count in members.items() if count > 1)
    return touched


def _batch_leaders(prints: list[frozenset[str]], placed: list[int]) -> dict[int, int]:
    """Map each quote to the earlier quote of the batch it is the same words as (or itself)."""
    leaders: dict[int, int] = {}
    # Only founders sharing a fingerprint can share enough: find them through an index
    # instead of comparing every pair (a batch holds hundreds of quotes).
    founders_by_key: dict[str, list[int]] = defaultdict(list)
    for index in placed:
        keys = prints[index]
        # (Most quotes share no fingerprint with any earlier one: no count to make.)
        if hits := [founders_by_key[key] for key in keys if key in founders_by_key]:
            shared = Counter(lead for leads in hits for lead in leads)
            # The founder sharing most, the earlier on a tie: the statement a quote written
            # after them would join (``_best_existing``).
            leaders[index] = min(
                ((-count, lead) for lead, count in shared.items()
                 if shared_enough(count, len(keys), len(prints[lead]))),
                default=(0, index),
            )[1]
        else:
            leaders[index] = index
        if leaders[index] == index:
            for key in keys:
                founders_by_key[key].append(index)
    return leaders


def _founds(index: int, leaders: dict[int, int], matches: dict[int, int]) -> bool:
    """Whether an unmatched quote founds a statement: it leads, or its leader joined an existing one."""
    return index not in matches and (leaders[index] == index or leaders[index] in matches)


def _best_existing(keys: frozenset[str], found: dict[str, list[tuple[int, int]]]) -> int | None:
    shared: Counter[int] = Counter()
    sizes: dict[int, int] = {}
    for key in keys:
        for statement_id, size in found.get(key, ()):
            shared[statement_id] += 1
            sizes[statement_id] = size
    # Most shared first; on a tie the older statement, as PostgreSQL's ORDER BY does.
    for statement_id, count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if shared_enough(count, len(keys), sizes[statement_id]):
            return statement_id
    return None


def _new_statement(quote: Quote, key: str) -> dict[str, Any]:
    """Return the columns of the statement ``quote`` would found (a plain row: most are never written)."""
    return {
        "key": key, "text": quote.text, "first_seen": quote.published_at, "first_article_id": quote.article_id,
        "quotes_count": 1, "articles_count": 1, "outlets_count": 1, "speakers_count": 1 if quote.speaker_id else 0,
        "disputed": False, "majority_speaker_id": quote.speaker_id,
    }


# (quote index → existing statement id, founding key → (saved statement id, index of the
# candidate whose row it is, or None when another import founded it)).
Placement = tuple[dict[int, int], dict[str, tuple[int, int | None]]]


def _place(prints: list[frozenset[str]], leaders: dict[int, int], candidates: dict[int, dict]) -> Placement:
    """Match quotes to existing statements and insert the founded ones (SQLite: one writer at a time)."""
    wanted = set().union(*(prints[index] for index in leaders))
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for key, statement_id, size in StatementKey.objects.filter(key__in=wanted).values_list(
        "key", "statement_id", "statement_size"
    ):
        found[key].append((statement_id, size))
    matches = {
        index: statement_id for index in leaders
        if (statement_id := _best_existing(prints[index], found)) is not None
    }
    founders: dict[str, int] = {}
    for index in leaders:
        if _founds(index, leaders, matches):
            founders.setdefault(candidates[index]["key"], index)
    if not founders:
        return matches, {}
    statements = Statement.objects.bulk_create([Statement(**candidates[index]) for index in founders.values()])
    StatementKey.objects.bulk_create(
        [StatementKey(key=key, statement_id=statement.pk, statement_size=len(prints[index]))
         for index, statement in zip(founders.values(), statements, strict=True) for key in sorted(prints[index])]
    )
    return matches, {key: (statement.pk, index)
                     for (key, index), statement in zip(founders.items(), statements, strict=True)}


_COLUMNS = (
    ("key", "varchar"), ("text", "text"), ("first_seen", "timestamptz"),
    ("first_article_id", "bigint"), ("quotes_count", "integer"), ("articles_count", "integer"),
    ("outlets_count", "integer"), ("speakers_count", "integer"), ("disputed", "boolean"),
    ("majority_speaker_id", "bigint"), ("updated_at", "timestamptz"),
)


_STAGE = "attribution_statement_candidates"


def _place_postgresql(
    prints: list[frozenset[str]], leaders: dict[int, int], candidates: dict[int, dict]
) -> Placement:
    """:func:`_place` in SQL: stage the candidates, match them, insert the founders and their fingerprints.

    A wording another import founded meanwhile (ON CONFLICT) is that import's statement: it
    is read back and refreshed by the caller like any statement that gained a quote.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name, _type in _COLUMNS)
    now = timezone.now()
    with connection.cursor() as cursor:
        # The candidates go in by COPY, not as thousands of query parameters: a batch of
        # articles founds hundreds of statements at once.
        typed = ", ".join(f"{quote(name)} {kind}" for name, kind in _COLUMNS)
        create_stage(cursor, _STAGE, f"(idx integer, leader integer, {typed}, fps varchar[]) ON COMMIT DELETE ROWS")
        with copying(cursor, f"COPY {_STAGE} FROM STDIN") as copy:
            for index, statement in candidates.items():
                # Fingerprints are hex digits: an array literal needs no quoting.
                copy.write_row([index, leaders[index],
                                *(now if name == "updated_at" else statement[name] for name, _type in _COLUMNS),
                                "{" + ",".join(sorted(prints[index])) + "}"])
    statements, keys = quote(Statement._meta.db_table), quote(StatementKey._meta.db_table)
    sql = f"""
        WITH new AS (SELECT * FROM {_STAGE}),
        staged AS (DELETE FROM {_STAGE}),  -- read above in the same snapshot: the next call starts empty
        shared AS (
            SELECT new.idx, k.statement_id, count(*) AS n, max(k.statement_size) AS size,
                   max(cardinality(new.fps)) AS own
            FROM new CROSS JOIN unnest(new.fps) AS fp CROSS JOIN LATERAL (
                -- One index probe per fingerprint. OFFSET 0 keeps the planner from turning
                -- this into a join, which without fresh statistics it may run as a table scan.
                SELECT statement_id, statement_size FROM {keys} WHERE {quote("key")} = fp OFFSET 0
            ) k
            GROUP BY new.idx, k.statement_id
        ),
        best AS (
            SELECT DISTINCT ON (idx) idx, statement_id FROM shared
            WHERE (n = own AND n = size) OR n >= greatest(%s, %s * least(own, size))
            ORDER BY idx, n DESC, statement_id
        ),
        founders AS (
            SELECT * FROM new
            WHERE idx NOT IN (SELECT idx FROM best) AND (leader = idx OR leader IN (SELECT idx FROM best))
        ),
        inserted AS (
            INSERT INTO {statements} ({columns}) SELECT {columns} FROM founders
            ON CONFLICT ({quote("key")}) DO NOTHING RETURNING id, {quote("key")}
        ),
        fingerprints AS (
            INSERT INTO {keys} ({quote("key")}, statement_id, statement_size)
            SELECT DISTINCT fp, inserted.id, cardinality(founders.fps)
            FROM founders JOIN inserted USING ({quote("key")}), unnest(founders.fps) AS fp
        )
        SELECT idx, statement_id, NULL FROM best
        UNION ALL SELECT NULL, id, {quote("key")} FROM inserted
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [MIN_SHARED, MIN_OVERLAP])
        rows = cursor.fetchall()
    matches = {index: statement_id for index, statement_id, _key in rows if index is not None}
    ids = {key: statement_id for index, statement_id, key in rows if index is None}
    saved: dict[str, tuple[int, int | None]] = {}
    for index, statement in candidates.items():
        if statement["key"] in ids and statement["key"] not in saved:
            saved[statement["key"]] = (ids[statement["key"]], index)
    wanted = {candidates[index]["key"] for index in leaders if _founds(index, leaders, matches)}
    if missing := wanted - saved.keys():
        saved.update({key: (pk, None) for key, pk in Statement.objects.filter(key__in=missing).values_list("key", "pk")})
    return matches, saved


def refresh_statements(ids: Iterable[int]) -> None:
    """Recompute the figures of statements ``ids`` from their quotes; delete emptied ones."""
    ids = set(ids)
    if not ids:
        return
    if connection.vendor == "postgresql":
        _refresh_postgresql(ids)
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


def _refresh_postgresql(ids: set[int]) -> None:
    """:func:`refresh_statements` as one set-based statement: the same figures as :func:`_summarise`."""
    quote = connection.ops.quote_name
    statements, keys = quote(Statement._meta.db_table), quote(StatementKey._meta.db_table)
    quotes, articles = quote(Quote._meta.db_table), quote(Article._meta.db_table)
    sql = f"""
        WITH member AS (
            SELECT q.statement_id AS sid, q.id, q.speaker_id, q.article_id, q.published_at, q.text,
                   COALESCE(NULLIF(a.outlet, ''), 'article:' || a.id) AS outlet
            FROM {quotes} q JOIN {articles} a ON a.id = q.article_id
            WHERE q.statement_id = ANY(%(ids)s)
        ),
        counts AS (
            SELECT sid, count(*) AS quotes, count(DISTINCT article_id) AS articles,
                   count(DISTINCT outlet) AS outlets, count(DISTINCT speaker_id) AS speakers
            FROM member GROUP BY sid
        ),
        earliest AS (
            SELECT DISTINCT ON (sid) sid, published_at, article_id FROM member
            ORDER BY sid, published_at IS NULL, published_at, id
        ),
        longest AS (
            SELECT DISTINCT ON (sid) sid, text FROM member ORDER BY sid, char_length(text) DESC, id
        ),
        majority AS (
            SELECT DISTINCT ON (sid) sid, speaker_id FROM member WHERE speaker_id IS NOT NULL
            GROUP BY sid, speaker_id ORDER BY sid, count(DISTINCT outlet) DESC, count(*) DESC, speaker_id
        ),
        emptied AS (
            SELECT id FROM unnest(%(ids)s::bigint[]) AS id WHERE id NOT IN (SELECT sid FROM counts)
        ),
        emptied_keys AS (DELETE FROM {keys} WHERE statement_id IN (SELECT id FROM emptied)),
        emptied_statements AS (DELETE FROM {statements} WHERE id IN (SELECT id FROM emptied))
        UPDATE {statements} s SET
            text = longest.text, first_seen = earliest.published_at, first_article_id = earliest.article_id,
            quotes_count = counts.quotes, articles_count = counts.articles, outlets_count = counts.outlets,
            speakers_count = counts.speakers, disputed = counts.speakers > 1,
            majority_speaker_id = majority.speaker_id, updated_at = now()
        FROM counts JOIN earliest USING (sid) JOIN longest USING (sid) LEFT JOIN majority USING (sid)
        WHERE s.id = counts.sid
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, {"ids": sorted(ids)})


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
            # One call for the batch's quotes, article after article: the same statements as
            # one call per article (the importer's batches rely on it too), in a few queries.
            quotes = list(Quote.objects.filter(article_id__in=ids[start : start + batch]).select_related("article")
                          .order_by("article__published_at", "article_id", "start"))
            touched = assign_statements(quotes)
            _set_statements([q for q in quotes if q.statement_id])
            refresh_statements(touched)
        yield min(start + batch, len(ids))


def _set_statements(quotes: list[Quote]) -> None:
    """Store the statement of each of ``quotes`` (already grouped, in memory)."""
    if connection.vendor != "postgresql":
        Quote.objects.bulk_update(quotes, ["statement"], batch_size=500)
        return
    table = connection.ops.quote_name(Quote._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} q SET statement_id = v.statement_id "
            "FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, statement_id) WHERE q.id = v.id",
            [[q.pk for q in quotes], [q.statement_id for q in quotes]],
        )
