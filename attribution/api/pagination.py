"""Keyset ("cursor") pagination that never counts rows and stays fast on deep pages.

DRF's CursorPagination keys on one field plus an offset among equal values, so it breaks on
NULL dates and degrades on the many ties of ``confidence``. Here the cursor holds the last
row's ordering value *and* its id, and the next page is ``(value, id)`` after it: one index
range scan whatever the depth. NULLs sort as the greatest value on every database (PostgreSQL's
own default), so descending date orders still walk the B-tree indexes.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Model, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

MAX_ID = 2**63 - 1


def _encode(payload: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _decode(cursor: str, param: str) -> dict[str, Any]:
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise ValidationError({param: [_("Invalid cursor.")]}) from exc
    if (
        not isinstance(payload, dict)
        or type(payload.get("id")) is not int
        or not 0 <= payload["id"] <= MAX_ID
        or not isinstance(payload.get("v"), str | int | float | None)
    ):
        raise ValidationError({param: [_("Invalid cursor.")]})
    return payload


class KeysetPagination(BasePagination):
    """Pages of ``page_size`` rows (capped at ``max_page_size``) with next/previous cursors.

    The ordering is the queryset's first ``order_by`` term (set by the FilterSet's
    ``ordering`` filter, or the model's default), with the primary key breaking ties.
    """

    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"

    def get_page_size(self, request: Request) -> int:
        """Return the requested page size, capped; garbage is a 400 naming the parameter."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            raise ValidationError({self.page_size_query_param: [_("A whole number is required.")]}) from None
        if size < 1:
            raise ValidationError({self.page_size_query_param: [_("Must be at least 1.")]})
        return min(size, self.max_page_size)

    @staticmethod
    def ordering_of(queryset: QuerySet) -> tuple[str, bool]:
        """Return (field name, descending) of the queryset's leading order."""
        terms = queryset.query.order_by or queryset.model._meta.ordering or ["-pk"]
        first = str(terms[0])
        descending = first.startswith("-")
        name = first.lstrip("-")
        return ("id" if name == "pk" else name), descending

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list[Model]:
        self.request = request
        self.page_size_value = self.get_page_size(request)
        field, descending = self.ordering_of(queryset)
        self.field = field
        self.descending = descending
        raw_cursor = request.query_params.get(self.cursor_query_param)
        cursor = _decode(raw_cursor, self.cursor_query_param) if raw_cursor else None
        # A "previous" cursor walks backwards: flip the order, then flip the page back.
        backwards = bool(cursor and cursor.get("r"))
        walk_descending = descending != backwards
        if cursor is not None:
            if cursor.get("o") != f"{'-' if descending else ''}{field}":
                raise ValidationError({self.cursor_query_param: [_("This cursor belongs to another ordering.")]})
            queryset = queryset.filter(self._after(queryset.model, field, cursor, walk_descending))
        queryset = queryset.order_by(*self._order(field, walk_descending, nullable=self._nullable(queryset.model, field)))
        rows = list(queryset[: self.page_size_value + 1])
        has_more = len(rows) > self.page_size_value
        rows = rows[: self.page_size_value]
        if backwards:
            rows.reverse()
        self.page = rows
        # Moving forwards, a previous page exists iff a cursor was given; backwards, iff more rows.
        self.has_next = has_more if not backwards else True
        self.has_previous = (cursor is not None) if not backwards else has_more
        return rows

    @staticmethod
    def _nullable(model: type[Model], field: str) -> bool:
        try:
            return model._meta.get_field(field).null
        except FieldDoesNotExist:
            return True

    @staticmethod
    def _order(field: str, descending: bool, *, nullable: bool = True) -> list[Any]:
        if field == "id":
            return ["-id" if descending else "id"]
        if not nullable:
            # No NULLs to place: plain names, which the ORM compiles faster than expressions.
            return [f"-{field}", "-id"] if descending else [field, "id"]
        if descending:
            return [F(field).desc(nulls_first=True), "-id"]
        return [F(field).asc(nulls_last=True), "id"]

    def _after(self, model: type[Model], field: str, cursor: dict[str, Any], descending: bool) -> Q:
        """Return the condition for rows strictly after ``cursor`` in the walk order."""
        pk = cursor["id"]
        if field == "id":
            return Q(id__lt=pk) if descending else Q(id__gt=pk)
        raw = cursor.get("v")
        if raw is None:
            # NULLs are the greatest values: descending they come first, ascending last.
            nulls_after = Q(**{f"{field}__isnull": True})
            if descending:
                return (nulls_after & Q(id__lt=pk)) | Q(**{f"{field}__isnull": False})
            return nulls_after & Q(id__gt=pk)
        try:
            value = model._meta.get_field(field).to_python(raw)
        except DjangoValidationError as exc:
            raise ValidationError({self.cursor_query_param: [_("Invalid cursor.")]}) from exc
        if isinstance(value, datetime) and value.utcoffset() != timedelta(0):
            # Cursors carry UTC times; another offset is a forged cursor.
            raise ValidationError({self.cursor_query_param: [_("Invalid cursor.")]})
        op, id_op = ("lt", "lt") if descending else ("gt", "gt")
        # The redundant lte/gte bound gives the planner an index condition on the field.
        bound = Q(**{f"{field}__{'lte' if descending else 'gte'}": value})
        strictly = Q(**{f"{field}__{op}": value}) | Q(**{f"id__{id_op}": pk})
        condition = bound & strictly
        if not descending:
            condition |= Q(**{f"{field}__isnull": True})
        return condition

    def _cursor(self, row: Model | dict[str, Any], *, backwards: bool) -> str:
        """Return the opaque cursor of the rows after (or, ``backwards``, before) ``row``."""
        # A row is a model instance or, on list pages, a dict of ``.values()``; there a date may
        # come as the text the page shows (``iso_<field>``, UTC with a Z), the ISO form with +00:00.
        if not isinstance(row, dict):
            value, pk = getattr(row, self.field), row.pk
        elif self.field in row or f"iso_{self.field}" not in row:
            value, pk = row[self.field], row["id"]
        else:
            text, pk = row[f"iso_{self.field}"], row["id"]
            value = None if text is None else f"{text.removesuffix('Z')}+00:00"
        payload = {
            "o": f"{'-' if self.descending else ''}{self.field}",
            "v": None if value is None else (value.isoformat() if hasattr(value, "isoformat") else value),
            "id": pk,
        }
        if backwards:
            payload["r"] = 1
        return _encode(payload)

    def _link(self, row: Model | dict[str, Any], *, backwards: bool) -> str:
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self._cursor(row, backwards=backwards))

    def get_next_link(self) -> str | None:
        if not self.has_next or not self.page:
            return None
        return self._link(self.page[-1], backwards=False)

    def get_previous_link(self) -> str | None:
        if not self.has_previous:
            return None
        if not self.page:
            return remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)
        return self._link(self.page[0], backwards=True)

    def get_paginated_response(self, data: list[Any]) -> Response:
        return Response({"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param, "required": False, "in": "query",
                "description": "Opaque position from a previous page's next/previous link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param, "required": False, "in": "query",
                "description": f"Rows per page (default {self.page_size}; larger values are capped at {self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1},
            },
        ]
