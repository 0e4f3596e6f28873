"""Read input articles from files, directories and JSON Lines, whatever their encoding.

Every input either becomes a :class:`Source` or a :class:`SourceError` that names the file
(and line) with a reason a person can act on; iteration always goes on. Decisions:

* Size: one article is at most ``MAX_ARTICLE_BYTES`` (5 MB, ~150 times the longest corpus
  article). Bigger files or JSON lines are refused without being read whole, so a 50 MB
  single line costs a few milliseconds and bounded memory.
* Encoding: UTF-8 (with or without BOM) first; UTF-16/32 when a BOM says so; a UTF-8 file
  cut mid-character imports with the broken tail dropped; then Windows-1256 when the bytes
  decode to Arabic; then charset-normalizer as a last resort. Legacy archives converted
  from Windows-1256 often end with a stray NUL: a few NULs in otherwise clean text are
  dropped with a warning; many NULs (without a UTF-16 BOM) or a binary signature mean a
  binary file.
* HTML pages are converted to text (title, canonical URL and publication date from the
  head, block elements as lines); scripts and styles are dropped.
* JSON Lines: one article per line, named ``PATH:LINE``; a broken line, a missing or
  non-string ``text`` is an error for that line only; an unparseable ``published`` keeps the
  article with ``published=None`` and a warning.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final

from attribution.arabic.dates import parse_date

MAX_ARTICLE_BYTES: Final = 5 * 1024 * 1024
# A JSON line may escape every Arabic letter as \uXXXX (6 bytes), so it gets more room.
MAX_JSONL_LINE_BYTES: Final = 6 * MAX_ARTICLE_BYTES
TEXT_SUFFIXES: Final = (".txt",)
JSONL_SUFFIXES: Final = (".jsonl",)
# Bytes that open common binary formats, for a clearer reason than "contains NUL bytes".
BINARY_SIGNATURES: Final[dict[bytes, str]] = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC: Final = re.compile("[\u0621-\u064a]")
_LETTER: Final = re.compile(r"[^\W\d_]")
_HTML_START: Final = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_TAGS: Final = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|li|ul|table|tr|td)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One input article: ``name`` is the file path, or ``path:line`` for JSON Lines."""

    name: str
    raw: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceError:
    """An input that could not be read, with the reason a person can act on."""

    name: str
    reason: str
    meta: dict[str, Any] = field(default_factory=dict)


class DecodeError(ValueError):
    """Raised when bytes cannot be read as text; the message is the reason to report."""


# ---------------------------------------------------------------------------------------
# Decoding.
# ---------------------------------------------------------------------------------------
def _arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text[:20000]))
    return len(_ARABIC.findall(text[:20000])) / letters if letters else 0.0


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, warnings)`` for the bytes of one file.

    >>> decode_bytes("قال".encode("cp1256"))[:2]
    ('قال', 'cp1256')
    >>> decode_bytes("قال".encode("utf-8")[:-1])
    ('قا', 'utf-8', ['truncated UTF-8: the last 1 byte(s) were an incomplete character and were dropped'])
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), []
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
                return text, encoding.replace("-sig", ""), [f"invalid {encoding} bytes replaced"]
    kind = next((name for sig, name in BINARY_SIGNATURES.items() if data.startswith(sig)), None)
    if kind:
        raise DecodeError(f"binary file ({kind})")
    warnings: list[str] = []
    if b"\x00" in data:
        # Trailing NULs (padding of legacy files) and one in a thousand bytes inside are stray.
        body = data.rstrip(b"\x00")
        if body.count(b"\x00") > len(body) // 1000 or not body.strip():
            raise DecodeError("binary file (contains NUL bytes)")
        stray = data.count(b"\x00")
        warnings.append(f"{stray} stray NUL byte(s) dropped")
        data = body.replace(b"\x00", b"")
    text, encoding, more = _decode_text(data)
    text, commas = restore_lost_commas(text)
    if commas:
        more.append(f"{commas} '?' read as Arabic commas lost in a code-page conversion")
    return text, encoding, warnings + more


# "?" between two Arabic words: where a conversion to a code page without "،" put it.
_LOST_COMMA_RE: Final = re.compile(r"(?<=[\u0621-\u064a\u0660-\u0669]) ?\?(?= [\u0621-\u064a])")


def restore_lost_commas(text: str) -> tuple[str, int]:
    """Return ``text`` with "?" put back as "،" where a conversion lost the Arabic comma.

    Only a text with no Arabic comma and no Arabic question mark at all, and at least
    three "?" between Arabic words, is repaired: "وقال سامي? الذي يدير الفندق? إن" →
    "وقال سامي، الذي يدير الفندق، إن".

    >>> restore_lost_commas("قال سامي? الذي يدير? إن الوضع? هادئ")
    ('قال سامي، الذي يدير، إن الوضع، هادئ', 3)
    >>> restore_lost_commas("هل هذا صحيح? قال سامي، لا")[1]
    0
    """
    if "\u060c" in text or "\u061f" in text:
        return text, 0
    found = _LOST_COMMA_RE.findall(text)
    if len(found) < 3:
        return text, 0
    return _LOST_COMMA_RE.subn("\u060c", text)


def _decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """Decode BOM-less, NUL-free bytes: UTF-8, then Windows-1256, then a guess."""
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            dropped = len(data) - exc.start
            warning = (f"truncated UTF-8: the last {dropped} byte(s) were an incomplete "
                       "character and were dropped")
            return data[: exc.start].decode("utf-8", errors="replace"), "utf-8", [warning]
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(3, len(lenient) // 1000) and _arabic_share(lenient) >= 0.3:
        return lenient, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced"]
    legacy = data.decode("cp1256", errors="replace")
    if _arabic_share(legacy) >= 0.3:
        return legacy, "cp1256", []
    from charset_normalizer import from_bytes  # slow import; only for odd files

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding, [f"encoding guessed as {best.encoding}"]
    raise DecodeError("not text in a known encoding (tried UTF-8, UTF-16, Windows-1256)")


# ---------------------------------------------------------------------------------------
# HTML.
# ---------------------------------------------------------------------------------------
_BLOCK_TAGS: Final = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
    "section", "header", "footer", "blockquote", "tr", "table", "figcaption", "title",
})
_SKIP_TAGS: Final = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.url = ""
        self.published = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            if prop in {"og:url"} and not self.url:
                self.url = a.get("content", "")
            elif prop in {"article:published_time", "date", "pubdate", "og:published_time"}:
                self.published = self.published or a.get("content", "")
            elif prop == "og:title" and not self.title:
                self.title = a.get("content", "")
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and not self.url:
            self.url = a.get("href", "")
        elif tag == "time" and a.get("datetime") and not self.published:
            self.published = a["datetime"]
        if tag in _SKIP_TAGS and tag != "head":
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS and tag != "head" and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = self.title or data.strip()
        elif not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` is an HTML page rather than scraped text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>نص</p></body></html>")
    True
    >>> looks_like_html("قال إن 3 < 5")
    False
    """
    if "<" not in text:
        return False
    return _HTML_START.search(text[:2048]) is not None or len(_HTML_TAGS.findall(text[:20000])) >= 5


def html_to_text(page: str) -> str:
    """Return scraped-text lines for an HTML page: url, title, date, then the visible text.

    >>> html_to_text('<html><head><title>عنوان الخبر</title></head><body><p>قال إن</p></body></html>')
    'عنوان الخبر\\nقال إن'
    """
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    lines = [ln.strip() for ln in "".join(parser.parts).split("\n")]
    head = [x for x in (parser.url.strip(), parser.title.strip(), parser.published.strip()) if x]
    return "\n".join(head + [ln for ln in lines if ln])


# ---------------------------------------------------------------------------------------
# Files.
# ---------------------------------------------------------------------------------------
def _size_reason(size: int) -> str:
    return (f"too large for one article: {size / 1_048_576:.1f} MB "
            f"(limit {MAX_ARTICLE_BYTES // 1_048_576} MB)")


def read_text_file(path: Path) -> Source | SourceError:
    """Return the article in a text (or HTML) file, or the reason it cannot be read."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return SourceError(name, _size_reason(size), {"path": name, "size": size})
        data = path.read_bytes()
    except OSError as exc:
        return SourceError(name, f"cannot read file: {exc.strerror or exc}", {"path": name})
    if not data.strip():
        return SourceError(name, "empty file", {"path": name})
    try:
        text, encoding, warnings = decode_bytes(data)
    except DecodeError as exc:
        return SourceError(name, str(exc), {"path": name})
    if not text.strip():
        return SourceError(name, "empty file", {"path": name})
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append("HTML page converted to text")
        if not text.strip():
            return SourceError(name, "HTML page without text", {"path": name})
    return Source(name=name, raw=text, encoding=encoding, warnings=tuple(warnings))


def _optional_str(record: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value.replace("\x00", "") if value else value
    if isinstance(value, int | float) and not isinstance(value, bool):
        warnings.append(f"'{key}' is a number; used as text")
        return str(value)
    warnings.append(f"'{key}' is {type(value).__name__}, expected a string; ignored")
    return None


def source_from_record(name: str, record: Any) -> Source | SourceError:
    """Return the article of one decoded JSON Lines record, or why it is unusable.

    >>> source_from_record("a.jsonl:1", {"text": 5}).reason
    "'text' is int, expected a string"
    """
    if not isinstance(record, dict):
        return SourceError(name, f"line is a JSON {type(record).__name__}, expected an object")
    text = record.get("text")
    if text is None:
        return SourceError(name, "missing 'text'")
    if not isinstance(text, str):
        return SourceError(name, f"'text' is {type(text).__name__}, expected a string")
    if not text.strip():
        return SourceError(name, "empty 'text'")
    if len(text) > MAX_ARTICLE_BYTES:
        return SourceError(name, _size_reason(len(text.encode("utf-8", "replace"))), {"size": len(text)})
    warnings: list[str] = []
    if "\x00" in text:
        # As in text files: PostgreSQL stores no NUL, and in an article it is never meant.
        warnings.append(f"{text.count(chr(0))} stray NUL character(s) dropped")
        text = text.replace("\x00", "")
    published_raw = _optional_str(record, "published", warnings)
    published = parse_date(published_raw) if published_raw else None
    if published_raw and published is None:
        warnings.append(f"unparseable 'published' {published_raw[:40]!r}; left empty")
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append("HTML converted to text")
    return Source(
        name=name,
        raw=text,
        url=_optional_str(record, "url", warnings),
        title=_optional_str(record, "title", warnings),
        outlet=_optional_str(record, "outlet", warnings),
        published=published,
        warnings=tuple(warnings),
    )


def iter_jsonl(path: Path) -> Iterator[Source | SourceError]:
    """Yield one article (or error) per non-blank line of a JSON Lines file, streaming."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield SourceError(str(path), f"cannot read file: {exc.strerror or exc}", {"path": str(path)})
        return
    with handle:
        lineno = 0
        while True:
            line = handle.readline(MAX_JSONL_LINE_BYTES + 1)
            if not line:
                break
            lineno += 1
            name = f"{path}:{lineno}"
            meta = {"path": str(path), "line": lineno}
            if len(line) > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
                size = len(line) + _skip_rest_of_line(handle)
                yield SourceError(name, _size_reason(size), {**meta, "size": size})
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except UnicodeDecodeError as exc:
                yield SourceError(name, f"line is not valid UTF-8 (byte {exc.start})", meta)
                continue
            except json.JSONDecodeError as exc:
                yield SourceError(name, f"invalid JSON: {exc.msg} at column {exc.colno}", meta)
                continue
            except RecursionError:
                yield SourceError(name, "invalid JSON: nested too deeply", meta)
                continue
            yield source_from_record(name, record)


def _skip_rest_of_line(handle: Any) -> int:
    skipped = 0
    while True:
        chunk = handle.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def iter_sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Source | SourceError]:
    """Yield every article of ``paths`` (files, directories, ``.jsonl``), errors included.

    Directories are walked recursively in sorted order for ``*.txt`` and ``*.jsonl``; any
    file named explicitly is read whatever its suffix.
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files: Iterable[Path] = _walk(p)
        elif p.exists():
            files = (p,)
        else:
            yield SourceError(str(p), "no such file or directory", {"path": str(p)})
            continue
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                yield from iter_jsonl(file)
            else:
                yield read_text_file(file)
