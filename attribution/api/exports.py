"""Streamed CSV exports: rows go out as the database cursor yields them, never all in memory.

UTF-8 with a byte-order mark, so spreadsheet programs open Arabic correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse

BOM = "\N{BYTE ORDER MARK}"
CHUNK_SIZE = 2000

QUOTE_COLUMNS: list[tuple[str, str]] = [
    ("id", "id"),
    ("text", "text"),
    ("speaker_id", "speaker_id"),
    ("speaker_name", "speaker__name"),
    ("speaker_mention", "speaker_mention"),
    ("article_id", "article_id"),
    ("article_url", "article__url"),
    ("outlet", "article__outlet"),
    ("published_at", "published_at"),
    ("kind", "kind"),
    ("cue", "cue"),
    ("stance", "stance"),
    ("confidence", "confidence"),
    ("status", "status"),
    ("curated", "curated"),
]

CLAIM_COLUMNS: list[tuple[str, str]] = [
    ("id", "id"),
    ("text", "text"),
    ("claimant_id", "claimant_id"),
    ("claimant_name", "claimant__name"),
    ("status", "status"),
    ("verdict", "verdict"),
    ("rating_text", "rating_text"),
    ("verdict_explanation", "verdict_explanation"),
    ("factcheck_url", "factcheck_url"),
    ("checkworthiness", "checkworthiness"),
    ("created_at", "created_at"),
    ("reviewed_at", "reviewed_at"),
]


class _Echo:
    """A file-like object whose write() returns the line for the generator to yield."""

    def write(self, value: str) -> str:
        return value


def csv_rows(queryset: QuerySet, columns: list[tuple[str, str]]) -> Iterator[str]:
    """Yield the BOM, the header and one CSV line per row of ``queryset``."""
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow([header for header, _ in columns])
    rows: Iterable[tuple[Any, ...]] = queryset.values_list(*(path for _, path in columns)).iterator(
        chunk_size=CHUNK_SIZE
    )
    for row in rows:
        yield writer.writerow(["" if value is None else _cell(value) for value in row])


def _cell(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        # Spreadsheets would run a text that starts like a formula (CSV injection).
        return "'" + value
    return value


def csv_response(queryset: QuerySet, columns: list[tuple[str, str]], *, filename: str) -> StreamingHttpResponse:
    """Return a streamed CSV attachment of ``queryset``."""
    response = StreamingHttpResponse(csv_rows(queryset, columns), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
