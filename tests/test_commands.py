"""The management commands as an operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from attribution.models import Article, Quote, Speaker
from tests.conftest import PROJECT, SEEDS


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def database_snapshot() -> set[tuple]:
    """What an import produced, independent of primary keys and insertion order."""
    return {
        (q.article.content_hash, q.start, q.end, q.text, q.speaker.key if q.speaker else None)
        for q in Quote.objects.select_related("article", "speaker")
    } | {("article", a.content_hash, a.url) for a in Article.objects.all()}


def test_extract_quotes_prints_one_json_object_per_article_with_true_offsets() -> None:
    out, _ = run("extract_quotes", "--format", "jsonl", *map(str, SEEDS))
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["file"]).name for r in records] == [p.name for p in SEEDS]
    for record in records:
        assert set(record) == {"file", "article", "quotes", "claims"}
        assert set(record["article"]) == {"url", "title", "outlet", "published"}
        body = _body_of(Path(record["file"]))
        for quote in record["quotes"]:
            assert body[quote["start"] : quote["end"]] == quote["text"]


def _body_of(path: Path) -> str:
    from attribution.arabic.article import parse_article

    return parse_article(path.read_text(encoding="utf-8")).body


def test_evaluate_prints_accuracy_and_the_confidence_calibration_of_any_gold_dir() -> None:
    out, _ = run("evaluate", "--gold", str(PROJECT / "tests" / "gold" / "seeds"), str(PROJECT / "seeds"))
    assert "e2e_f1" in out
    assert "confidence calibration" in out
    bands = [line.split()[0] for line in out.splitlines() if line.strip().startswith("[")]
    assert bands == ["[0.0,0.2)", "[0.2,0.4)", "[0.4,0.6)", "[0.6,0.8)", "[0.8,1.0]"]
    assert "expected calibration error" in out

    out, _ = run("evaluate", "--no-calibration", "--gold", str(PROJECT / "tests" / "gold" / "seeds"),
                 str(PROJECT / "seeds"))
    assert "e2e_f1" in out and "calibration" not in out


@pytest.mark.django_db
def test_import_articles_imports_seeds_once_and_reports_a_summary() -> None:
    out, _ = run("import_articles", str(PROJECT / "seeds"))
    assert "5 new" in out
    assert Article.objects.count() == 5
    snapshot = database_snapshot()

    out, _ = run("import_articles", str(PROJECT / "seeds"))
    assert "0 new" in out and "5 unchanged" in out
    assert database_snapshot() == snapshot


@pytest.mark.django_db
def test_a_failing_input_is_named_the_rest_imported_and_the_exit_is_non_zero(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    err = StringIO()
    with pytest.raises(CommandError, match="1 input"):
        call_command("import_articles", str(SEEDS[0]), str(missing), stdout=StringIO(), stderr=err)
    assert str(missing) in err.getvalue()
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_two_shards_give_exactly_the_database_one_run_gives() -> None:
    run("import_articles", str(PROJECT / "seeds"))
    whole = database_snapshot()
    Article.objects.all().delete()
    Speaker.objects.all().delete()

    run("import_articles", "--shard", "1/2", str(PROJECT / "seeds"))
    assert 0 < Article.objects.count() < 5
    run("import_articles", "--shard", "2/2", str(PROJECT / "seeds"))
    assert database_snapshot() == whole


@pytest.mark.parametrize("shard", ["0/2", "3/2", "x", "1/0"])
def test_bad_shard_is_refused_with_a_clear_error(shard: str) -> None:
    with pytest.raises(CommandError, match="--shard"):
        run("import_articles", "--shard", shard, str(SEEDS[0]))


@pytest.mark.django_db(transaction=True)
def test_workers_import_the_same_database_as_one_process() -> None:
    """Workers write the same articles and quotes; their speakers agree once rebuilt.

    Two workers writing, at the same moment, articles that name one person ("بوتين" in one,
    "فلاديمير بوتين" in the other) cannot see each other's new row, so the person may get two
    rows until ``rebuild_speakers`` joins them; one process writes them one after the other.
    """
    if connection.vendor == "sqlite":
        pytest.skip("worker processes cannot see SQLite's in-memory test database")
    run("import_articles", str(PROJECT / "seeds"))
    whole = database_snapshot()
    run("rebuild_speakers")
    rebuilt = database_snapshot()
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    out, _ = run("import_articles", "--workers", "2", "--batch", "1", str(PROJECT / "seeds"))
    assert {row[:4] for row in database_snapshot()} == {row[:4] for row in whole}
    assert f"New speakers: {Speaker.objects.count()}." in out  # each row counted by the worker that made it
    run("rebuild_speakers")
    assert database_snapshot() == rebuilt


@pytest.mark.django_db
def test_ensure_admin_creates_one_administrator_with_a_random_password() -> None:
    out, _ = run("ensure_admin")
    password = out.split("password ")[1].split("'")[1]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    assert len(password) >= 12

    out, _ = run("ensure_admin")
    assert "existing administrator" in out
    assert get_user_model().objects.count() == 1


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env={**clean, **env},
        capture_output=True, text=True, timeout=120,
    )


def test_production_without_secret_key_refuses_to_start_and_says_why() -> None:
    result = _manage("check", env={"DJANGO_ENV": "production"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deployment_checklist() -> None:
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env={"DJANGO_ENV": "production", "DJANGO_SECRET_KEY": "k" * 20 + "-unit-test-secret-9f8e7d6c5b4a3"},
    )
    assert result.returncode == 0, result.stderr


def test_debug_is_off_unless_asked() -> None:
    script = "from django.conf import settings; print(settings.DEBUG)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings'); django.setup(); {script}"],
        cwd=PROJECT, env={k: v for k, v in os.environ.items() if k != "DJANGO_DEBUG"},
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr


def test_evaluate_speakers_prints_a_sanity_report_over_a_jsonl_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    lines = [
        {"id": "a", "text": "وقال وزير الخارجية خالد العتيبي إن المحادثات كانت مثمرة جدا."},
        {"id": "b", "text": "وأشار التقرير إلى أن نسبة البطالة ارتفعت في الربع الأول."},
        {"id": "c", "text": "وقال مسؤول في وزارة الصحة إن الحالات تراجعت خلال الأسبوع."},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    out, _ = run("evaluate", "--speakers", str(corpus), "--limit", "2")
    assert "articles                           2" in out
    assert "no speaker" in out and "speaker fails validity" in out and "person" in out


def test_evaluate_speakers_names_a_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="corpus not found"):
        run("evaluate", "--speakers", str(tmp_path / "none.jsonl"))
