"""Hostile inputs: each gets a named error or a correct import, and the rest of the run goes on."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from attribution.models import Article
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db

ARABIC = "قال وزير الخارجية إن المحادثات مستمرة حتى الوصول إلى اتفاق شامل.\nوأضاف أن الجولة المقبلة ستعقد في القاهرة."


def hostile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "01_empty.txt").write_bytes(b"")
    (folder / "02_binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "03_truncated_utf8.txt").write_bytes(ARABIC.encode("utf-8")[:-2])  # cut inside the last letter
    (folder / "04_windows1256.txt").write_bytes(("خبر من الأرشيف\n" + ARABIC).encode("cp1256"))
    (folder / "05_good.txt").write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    lines = [
        json.dumps({"url": "https://example.test/ok", "title": "خبر", "outlet": "test",
                    "published": "2015-08-02 23:09:00", "text": ARABIC}, ensure_ascii=False),
        "{this is not json",
        json.dumps({"url": "https://example.test/no-text", "title": "بلا نص"}),
        json.dumps({"url": "https://example.test/number", "text": 42}),
        json.dumps({"url": "https://example.test/bad-date", "published": "yesterday-ish",
                    "text": ARABIC + "\nفقرة أخرى."}, ensure_ascii=False),
    ]
    (folder / "06_feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_hostile_inputs_are_named_and_the_rest_is_imported(tmp_path: Path) -> None:
    folder = hostile_dir(tmp_path)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="failed"):
        call_command("import_articles", str(folder), stdout=out, stderr=err)
    errors = err.getvalue()

    for name in ("01_empty.txt", "02_binary.txt", "06_feed.jsonl:2", "06_feed.jsonl:3", "06_feed.jsonl:4"):
        assert name in errors, f"{name} should be reported: {errors}"
    for name in ("03_truncated_utf8.txt", "04_windows1256.txt", "05_good.txt", "06_feed.jsonl:1", "06_feed.jsonl:5"):
        assert name not in errors, f"{name} should import: {errors}"

    assert "5 failed" in out.getvalue()
    assert Article.objects.count() == 5
    archived = Article.objects.get(source__endswith="04_windows1256.txt")
    assert "المحادثات مستمرة" in archived.body
    assert Article.objects.get(url="https://example.test/bad-date").published_at is None


def test_a_huge_single_line_does_not_stop_the_run(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("كلمة " * 10_000_000, encoding="utf-8")  # 50 MB, one line
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", str(huge), str(good), stdout=out, stderr=err)
    except CommandError:
        assert "huge.txt" in err.getvalue()
    assert Article.objects.filter(source__endswith="good.txt").exists()
