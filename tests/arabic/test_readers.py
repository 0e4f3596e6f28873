"""Readers: every input becomes an article or a named error, and the run goes on."""

from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest

from attribution.arabic import readers
from attribution.arabic.readers import Source, SourceError, iter_sources

ARTICLE = "عنوان الخبر هنا\nقال الوزير إن الخطة جاهزة تماما.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def one(path: Path) -> Source | SourceError:
    items = list(iter_sources([path]))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("cp1256"), "cp1256"),
    ],
)
def test_text_files_in_any_supported_encoding_read_the_same(tmp_path, data, encoding):
    item = one(write(tmp_path / "a.txt", data))
    assert isinstance(item, Source)
    assert item.raw.replace("\r\n", "\n") == ARTICLE
    assert item.encoding == encoding


def test_truncated_utf8_imports_without_the_broken_character(tmp_path):
    # Drop "\n", "." and the second byte of the final alef: an Arabic file cut mid-character.
    item = one(write(tmp_path / "cut.txt", ARTICLE.encode("utf-8")[:-3]))
    assert isinstance(item, Source)
    assert item.raw == ARTICLE[:-3]
    assert any("truncated" in w for w in item.warnings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file (contains NUL bytes)"),
        (b"%PDF-1.4\x00\x00", "binary file (a PDF document)"),
        (b"PK\x03\x04\x00\x00", "binary file (a ZIP archive (or DOCX/XLSX))"),
    ],
)
def test_unreadable_files_are_named_errors(tmp_path, data, reason):
    item = one(write(tmp_path / "bad.txt", data))
    assert isinstance(item, SourceError)
    assert item.name == str(tmp_path / "bad.txt")
    assert item.reason == reason


def test_a_50_mb_single_line_is_refused_fast_and_the_run_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        chunk = ("قال الوزير إن " * 1000).encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    write(tmp_path / "ok.txt", ARTICLE)
    started = time.perf_counter()
    items = list(iter_sources([tmp_path]))
    assert time.perf_counter() - started < 2
    assert [type(i).__name__ for i in items] == ["SourceError", "Source"]
    assert "too large for one article" in items[0].reason


def test_a_50_mb_jsonl_line_is_refused_and_the_next_line_imported(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"text": "')
        chunk = ("قال الوزير " * 1000).encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(json.dumps({"text": ARTICLE}, ensure_ascii=False).encode() + b"\n")
    items = list(iter_sources([path]))
    assert isinstance(items[0], SourceError) and items[0].name == f"{path}:1"
    assert "too large" in items[0].reason
    assert isinstance(items[1], Source) and items[1].name == f"{path}:2"


def test_html_pages_become_text_with_their_metadata(tmp_path):
    page = """<!DOCTYPE html><html><head><title>الوزير: الخطة جاهزة</title>
    <link rel="canonical" href="https://x.test/a">
    <meta property="article:published_time" content="2024-06-12T12:23:00+00:00">
    <script>var x = "قال";</script><style>p {color: red}</style></head>
    <body><h1>الوزير: الخطة جاهزة</h1><p>قال الوزير إن الخطة جاهزة.</p><p>وأضاف أن التنفيذ يبدأ غدا.</p></body></html>"""
    item = one(write(tmp_path / "page.txt", page))
    assert isinstance(item, Source)
    assert item.raw.splitlines() == ["https://x.test/a", "الوزير: الخطة جاهزة", "2024-06-12T12:23:00+00:00",
                                     "الوزير: الخطة جاهزة", "قال الوزير إن الخطة جاهزة.", "وأضاف أن التنفيذ يبدأ غدا."]
    assert "HTML page converted to text" in item.warnings


JSONL_LINES = [
    json.dumps({"url": "https://x.test/1", "title": "عنوان", "published": "2015-08-02 23:09:00",
                "outlet": "alriyadh", "text": ARTICLE}, ensure_ascii=False),
    "{broken json",
    json.dumps({"title": "بلا نص"}, ensure_ascii=False),
    json.dumps({"text": 42}),
    json.dumps([1, 2, 3]),
    "",
    json.dumps({"text": ARTICLE, "published": "يوم ما", "title": 7}, ensure_ascii=False),
    json.dumps({"text": "   "}),
]


def test_jsonl_lines_are_articles_or_named_errors(tmp_path):
    path = write(tmp_path / "c.jsonl", "\n".join(JSONL_LINES) + "\n")
    items = list(iter_sources([path]))
    summary = [(i.name.rsplit(":", 1)[1], i.reason if isinstance(i, SourceError) else "ok") for i in items]
    assert summary == [
        ("1", "ok"),
        ("2", "invalid JSON: Expecting property name enclosed in double quotes at column 2"),
        ("3", "missing 'text'"),
        ("4", "'text' is int, expected a string"),
        ("5", "line is a JSON list, expected an object"),
        ("7", "ok"),
        ("8", "empty 'text'"),
    ]
    first, last = items[0], items[5]
    assert (first.url, first.title, first.outlet) == ("https://x.test/1", "عنوان", "alriyadh")
    assert first.published is not None and first.published.isoformat() == "2015-08-02T23:09:00+00:00"
    assert last.published is None and last.title == "7"
    assert any("unparseable 'published'" in w for w in last.warnings)


def test_directories_are_walked_recursively_in_order(tmp_path):
    write(tmp_path / "b" / "2.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b" / "1.jsonl", json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n")
    write(tmp_path / "b" / "notes.md", "ignored")
    write(tmp_path / "c" / "empty.txt", b"")
    names = [Path(i.name).relative_to(tmp_path).as_posix() for i in iter_sources([tmp_path])]
    assert names == ["a.txt", "b/1.jsonl:1", "b/2.txt", "c/empty.txt"]


def test_missing_path_is_an_error_and_the_run_goes_on(tmp_path):
    ok = write(tmp_path / "ok.txt", ARTICLE)
    items = list(iter_sources([tmp_path / "nope.txt", ok]))
    assert isinstance(items[0], SourceError) and items[0].reason == "no such file or directory"
    assert isinstance(items[1], Source)


def test_jsonl_is_streamed_not_loaded(tmp_path):
    path = write(tmp_path / "s.jsonl", "\n".join(json.dumps({"text": ARTICLE}) for _ in range(3)) + "\n")
    iterator = iter_sources([path])
    assert isinstance(next(iterator), Source)  # first item before the file is read whole


def test_seed_directory_reads_every_seed(seed_paths):
    items = list(iter_sources([seed_paths[0].parent]))
    assert [Path(i.name).name for i in items] == [p.name for p in seed_paths]
    assert all(isinstance(i, Source) for i in items)


def test_size_limit_is_five_megabytes():
    assert readers.MAX_ARTICLE_BYTES == 5 * 1024 * 1024


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8") + b"\x00",
        ARTICLE.encode("cp1256") + b"\x00\x00",
        (ARTICLE * 20).encode("utf-8").replace(b"\n", b"\n\x00", 1),
    ],
    ids=["utf8-trailing-nul", "cp1256-trailing-nuls", "one-nul-inside-a-long-text"],
)
def test_stray_nul_bytes_in_a_text_are_dropped_with_a_warning(tmp_path, data):
    item = one(write(tmp_path / "legacy.txt", data))
    assert isinstance(item, Source)
    assert item.raw.replace("\r\n", "\n").startswith(ARTICLE)
    assert "\x00" not in item.raw
    assert any("NUL" in w for w in item.warnings)


def test_many_nul_bytes_still_mean_a_binary_file(tmp_path):
    data = b"\x00".join(ARTICLE.encode("utf-8")[i:i + 8] for i in range(0, 400, 8))
    item = one(write(tmp_path / "packed.bin.txt", data))
    assert isinstance(item, SourceError)
    assert item.reason == "binary file (contains NUL bytes)"


def test_question_marks_standing_for_lost_arabic_commas_are_restored():
    text = "وقال سامي? الذي يدير فندقا? إن الموسم? كان هادئا"
    decoded, _encoding, warnings = readers.decode_bytes(text.encode("utf-8"))
    assert decoded == "وقال سامي، الذي يدير فندقا، إن الموسم، كان هادئا"
    assert any("Arabic commas" in w for w in warnings)


def test_real_question_marks_are_kept():
    text = "هل انتهى الموسم? قال سامي، الذي يدير فندقا، إنه لم ينته? ولا? بعد"
    assert readers.decode_bytes(text.encode("utf-8"))[0] == text
