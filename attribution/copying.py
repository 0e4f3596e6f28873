"""The importer's bulk writes on PostgreSQL: COPY, inserts that say which rows were new, upserts from arrays.

``bulk_create`` renders every value of every row as a query parameter; COPY streams the rows
in one command, which on a batch of hundreds of quotes costs a fraction of the time on both
sides. The rows' ids come from the table's own sequence first, so callers can link to them.
Other databases get ``bulk_create`` (and upserts their ``VALUES``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any
from weakref import WeakKeyDictionary

from django.db import connection, models
from django.db.models import Model
from django.utils import timezone


def insert_rows(rows: Sequence[Model]) -> None:
    """Insert unsaved ``rows`` of one model and give them their primary keys.

    Fields Django fills on save (``auto_now``/``auto_now_add``) get the current time; model
    ``save()`` methods do not run, as with ``bulk_create``.
    """
    if not rows:
        return
    model = type(rows[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(rows)
        return
    meta = model._meta
    _stamp(rows)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        for row, (pk,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = pk
            row._state.adding = False
            row._state.db = connection.alias
    names = [f.attname for f in meta.concrete_fields]
    copy_rows(model, ([getattr(row, name) for name in names] for row in rows))


def copy_rows(model: type[Model], rows: Iterable[Sequence[Any]]) -> int:
    """Stream ``rows`` into ``model``'s table with COPY (PostgreSQL); return how many went in.

    Each row holds a value for every concrete field, in the model's field order, primary key
    included.
    """
    fields = model._meta.concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    written = 0
    with connection.cursor() as cursor, copying(cursor, f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


@contextmanager
def copying(cursor: Any, statement: str) -> Iterator[Any]:
    """Run ``COPY … FROM STDIN`` on a Django cursor; yield psycopg's copy object to write rows to.

    Django wraps the errors of ``execute`` only; psycopg's ``copy`` is reached past that wrapper.
    Its errors are made Django's here, so a connection lost mid-COPY is an ``OperationalError``
    like any other (the importer then stops with "database unavailable") and not an unknown
    error a batch would be retried over on a new connection.
    """
    with connection.wrap_database_errors, cursor.copy(statement) as copy:
        yield copy


def insert_new(rows: Sequence[Model], *, unique: str) -> dict[Any, int]:
    """Insert the ``rows`` whose ``unique`` field names no stored row; return the inserted ids by that field.

    A row another transaction holds (a concurrent import's) stands and is not among the ids,
    so a count of new rows is the same whether one process imports or several. PostgreSQL
    says which rows it inserted (``RETURNING``); SQLite has one writer at a time, so the rows
    absent before the insert are the new ones.
    """
    if not rows:
        return {}
    model = type(rows[0])
    meta = model._meta
    if connection.vendor != "postgresql":
        values = [getattr(row, unique) for row in rows]
        stored = set(model.objects.filter(**{f"{unique}__in": values}).values_list(unique, flat=True))
        model.objects.bulk_create(rows, ignore_conflicts=True)
        fresh = [value for value in values if value not in stored]
        return dict(model.objects.filter(**{f"{unique}__in": fresh}).values_list(unique, "pk"))
    _stamp(rows)
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    quote = connection.ops.quote_name
    table, stage = quote(meta.db_table), quote(f"{meta.db_table}_stage")
    columns = ", ".join(quote(f.column) for f in fields)
    # Values go as they are (as ``insert_rows`` streams them) unless the field converts them.
    preps = [(f.attname, None if isinstance(f, _PLAIN) else partial(f.get_db_prep_save, connection=connection))
             for f in fields]
    with connection.cursor() as cursor:
        # The rows go in by COPY into a staging table shaped like the table, not as thousands
        # of query parameters, which psycopg would quote one by one into the statement.
        create_stage(cursor, stage, f"ON COMMIT DELETE ROWS AS SELECT 0 AS ord, {columns} FROM {table} WITH NO DATA")
        with copying(cursor, f"COPY {stage} (ord, {columns}) FROM STDIN") as copy:
            for n, row in enumerate(rows):
                copy.write_row([n, *(prep(getattr(row, name)) if prep else getattr(row, name) for name, prep in preps)])
        # In the callers' order (two imports inserting the same keys lock them in one order);
        # the stage is emptied in the same statement, read in the snapshot taken before.
        cursor.execute(
            f"WITH new AS (SELECT * FROM {stage}), emptied AS (DELETE FROM {stage}) "
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM new ORDER BY ord "
            f"ON CONFLICT DO NOTHING RETURNING {quote(meta.get_field(unique).column)}, {quote(meta.pk.column)}"
        )
        return dict(cursor.fetchall())


def rows_source(rows: list[tuple], types: tuple[str, ...]) -> tuple[str, list]:
    """Return the SQL a multi-row INSERT takes ``rows`` from, and its parameters.

    ``VALUES`` with a parameter a value; on PostgreSQL one array a column (``types`` are the
    columns' SQL types). A batch inserts hundreds of rows: as ``VALUES`` they are thousands
    of parameters, which psycopg merges into the statement one by one and the server parses
    one by one (the aliases' insert of 2,000 articles: 0.21 s; as arrays 0.09 s).
    """
    if connection.vendor == "postgresql":
        source = "SELECT * FROM unnest(" + ", ".join(f"%s::{kind}[]" for kind in types) + ")"
        return source, [list(column) for column in zip(*rows, strict=True)]
    source = "VALUES " + ", ".join(["(" + ", ".join(["%s"] * len(types)) + ")"] * len(rows))
    return source, [value for row in rows for value in row]


def create_stage(cursor: Any, name: str, definition: str) -> None:
    """Create the temporary staging table ``name`` (quoted) for this session, unless it has one.

    A batch writes through three or four stages: asking the server each time costs a round
    trip per stage and batch. A stage is known to exist once the transaction that created
    it commits (a rolled-back one takes it with it), for as long as the session lasts.
    """
    session = connection.connection
    if name in _stages.get(session, ()):
        return
    cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} {definition}")
    connection.on_commit(lambda: _stages.setdefault(session, set()).add(name))


# The stages each database session (psycopg's connection) has; a new session starts with none.
_stages: WeakKeyDictionary[Any, set[str]] = WeakKeyDictionary()


# Fields whose stored value is the attribute's own (a timezone-aware datetime, for dates):
# no conversion call for each row and field.
_PLAIN = (models.CharField, models.TextField, models.IntegerField, models.FloatField, models.BooleanField,
          models.DateTimeField, models.ForeignKey)


def _stamp(rows: Sequence[Model]) -> None:
    """Give the fields Django fills on save (``auto_now``/``auto_now_add``) the current time."""
    now = timezone.now()
    names = [f.attname for f in rows[0]._meta.concrete_fields
             if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    for row in rows:
        for name in names:
            setattr(row, name, now)
