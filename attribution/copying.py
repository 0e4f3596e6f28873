"""Insert model rows with PostgreSQL's COPY: the importer's bulk path.

``bulk_create`` renders every value of every row as a query parameter; COPY streams the rows
in one command, which on a batch of hundreds of quotes costs a fraction of the time on both
sides. The rows' ids come from the table's own sequence first, so callers can link to them.
Other databases get ``bulk_create``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection
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
    now = timezone.now()
    stamped = [f.attname for f in meta.concrete_fields
               if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        for row, (pk,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = pk
            for name in stamped:
                setattr(row, name, now)
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
    with connection.cursor() as cursor, cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written
