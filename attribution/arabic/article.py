"""Parse raw scraped Arabic news text into metadata and an offset-true cleaned body."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ParsedArticle:
    """An article ready for extraction.

    ``body`` is the cleaned text every later offset points into; ``paragraphs`` are
    ``(start, end)`` spans of ``body``. ``published`` is timezone-aware (UTC when the
    source gives no zone) or ``None``. ``dropped`` lists the raw lines left out of the body.
    """

    raw: str
    body: str
    url: str | None = None
    title: str = ""
    outlet: str = ""
    published: datetime | None = None
    language: str = "ar"
    paragraphs: tuple[tuple[int, int], ...] = ()
    dropped: tuple[str, ...] = field(default=(), repr=False)


def parse_article(
    raw: str,
    *,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: datetime | None = None,
) -> ParsedArticle:
    """Return the parsed article; keyword arguments override what the text says (JSON Lines)."""
    # Placeholder until the full parser lands: every non-empty line is a paragraph.
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    body = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ParsedArticle(
        raw=raw, body=body, url=url, title=title or "", outlet=outlet or "",
        published=published, paragraphs=tuple(spans),
    )
