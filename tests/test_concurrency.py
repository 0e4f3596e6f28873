"""Crashes and concurrency on PostgreSQL: killed imports, parallel imports, editors racing imports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest
from django.db import OperationalError, connection, connections

from attribution.copying import copy_rows
from attribution.curation import review_quote
from attribution.import_runs import import_paths
from attribution.importer import import_article, reextract_article
from attribution.models import Article, Quote
from tests.conftest import PROJECT, SEEDS
from tests.test_importer import extraction

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":")[0] not in {"postgres", "postgresql", "pgsql"},
        reason="crash and concurrency tests need PostgreSQL (set DATABASE_URL)",
    ),
]


def write_archive(path: Path, count: int) -> Path:
    """Write ``count`` distinct articles built from the seeds as JSON Lines."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            text = f"{texts[n % len(texts)]}\nقال المتحدث رقم {n} إن الخبر رقم {n} صحيح."
            record = {"url": f"https://example.test/{n}", "title": f"خبر {n}", "outlet": "test",
                      "published": "2024-06-12 10:00:00", "text": text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def import_process(*args: str) -> subprocess.Popen:
    """Start ``manage.py import_articles`` against the test database."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", *args], cwd=PROJECT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def snapshot() -> set[tuple]:
    return {
        (q.article.url, q.start, q.end, q.speaker.key if q.speaker else None)
        for q in Quote.objects.select_related("article", "speaker")
    } | {("article", url) for url in Article.objects.values_list("url", flat=True)}


def test_an_import_killed_half_way_leaves_no_half_article_and_a_rerun_completes(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archive.jsonl", 400)
    first = import_process(str(archive))
    deadline = time.monotonic() + 120
    while Article.objects.count() < 40 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    partial = Article.objects.count()
    assert 0 < partial < 400, "the import should have been killed half-way"
    # Every article present is whole: it has as many quotes as a clean import gives it.
    killed_state = snapshot()

    rerun = import_process(str(archive))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{400 - partial} new" in out
    assert Article.objects.count() == 400
    killed_urls = {row[1] for row in killed_state if row[0] == "article"}
    assert {row for row in snapshot() if row[0] in killed_urls or row[1] in killed_urls} == killed_state

    whole = snapshot()
    Article.objects.all().delete()
    clean = import_process(str(archive))
    clean.communicate(timeout=300)
    assert snapshot() == whole


def test_an_import_on_a_new_database_session_stages_its_rows_again(tmp_path: Path) -> None:
    list(import_paths([str(write_archive(tmp_path / "first.jsonl", 3))]))
    # The staging tables are temporary: a new session has none, whatever the last one made.
    connections.close_all()
    outcomes = list(import_paths([str(write_archive(tmp_path / "more.jsonl", 6))]))
    assert [o.status for o in outcomes] == ["unchanged"] * 3 + ["new"] * 3
    assert Article.objects.count() == 6
    assert Quote.objects.filter(article__url__endswith="/5").exists()


def test_two_imports_of_the_same_inputs_at_once_make_no_duplicates(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archive.jsonl", 120)
    runs = [import_process(str(archive)) for _ in range(2)]
    results = [run.communicate(timeout=300) for run in runs]
    for run, (_out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
    assert Article.objects.count() == 120
    together = snapshot()

    Article.objects.all().delete()
    single = import_process(str(archive))
    single.communicate(timeout=300)
    assert snapshot() == together


def test_an_editors_change_wins_over_a_concurrent_reextraction() -> None:
    import_article(extraction=extraction(), source="test.txt")
    quote = Quote.objects.order_by("start").first()
    span = (quote.start, quote.end)
    errors: list[BaseException] = []

    def reextract_repeatedly() -> None:
        try:
            for _ in range(20):
                reextract_article(article=Article.objects.get())
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    worker = threading.Thread(target=reextract_repeatedly)
    worker.start()
    time.sleep(0.01)
    review_quote(quote=quote, status=Quote.Status.APPROVED, user=None)
    worker.join()

    assert not errors
    kept = Quote.objects.get(start=span[0], end=span[1])
    assert kept.status == Quote.Status.APPROVED and kept.curated


def test_the_database_going_away_mid_import_is_a_clear_error_and_a_rerun_completes(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archive.jsonl", 400)
    name = connection.settings_dict["NAME"]
    first = import_process(str(archive))
    deadline = time.monotonic() + 120
    while Article.objects.count() < 40 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    with connection.cursor() as cursor:  # what a server restart does to the importer's session
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
    _out, err = first.communicate(timeout=120)
    assert first.returncode != 0
    assert "database is unavailable" in err
    assert "run the same command again" in err

    rerun = import_process(str(archive))
    _out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert Article.objects.count() == 400


def test_a_connection_lost_during_a_bulk_copy_is_reported_as_the_database_gone() -> None:
    # The importer stops with "database unavailable" on Django's OperationalError; a COPY
    # error that is not one would instead be retried article by article on a new connection.
    connection.ensure_connection()
    db = connection.settings_dict
    with psycopg.connect(host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"], autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
    try:
        with pytest.raises(OperationalError):
            copy_rows(Article, [[1, *([None] * (len(Article._meta.concrete_fields) - 1))]])
    finally:
        connection.close()  # the test database's teardown opens a fresh one


def test_an_import_that_deadlocks_with_another_writer_retries_and_loses_nothing(tmp_path: Path) -> None:
    # Another writer takes the batch's third URL, then wants its first: PostgreSQL breaks the
    # cycle by failing the import's transaction (the one that checks first). The import must
    # retry, not stop as if the database were gone.
    archive = write_archive(tmp_path / "archive.jsonl", 3)
    db = connection.settings_dict
    columns = ("url, title, outlet, language, body, raw_text, content_hash, source, extractor_version, "
               "imported_at")
    insert = (f"INSERT INTO attribution_article ({columns}) "
              "VALUES (%s, '', 'other', 'ar', 'نص', 'نص', %s, 'other', '', now())")
    holding, failures = threading.Event(), []
    connection.ensure_connection()
    importer_pid = connection.connection.info.backend_pid

    def other_writer() -> None:
        try:
            with psycopg.connect(host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"]) as other:
                other.execute("SET deadlock_timeout = '10min'")
                other.execute(insert, ["https://example.test/2", "other-2"])
                holding.set()
                deadline = time.monotonic() + 60
                while other.execute(  # until the import waits for this row
                    "SELECT wait_event_type IS DISTINCT FROM 'Lock' FROM pg_stat_activity WHERE pid = %s",
                    [importer_pid],
                ).fetchone()[0] and time.monotonic() < deadline:
                    time.sleep(0.02)
                other.execute(insert, ["https://example.test/0", "other-0"])  # waits for the import
                other.commit()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)
            holding.set()

    writer = threading.Thread(target=other_writer)
    writer.start()
    holding.wait(30)
    with connection.cursor() as cursor:  # the other writer must be waiting by the time the import checks
        cursor.execute("SET deadlock_timeout = '3s'")
    try:
        outcomes = list(import_paths([str(archive)]))
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET deadlock_timeout")
    writer.join(60)

    assert not failures
    assert [o.status for o in outcomes] == ["updated", "new", "updated"]
    assert set(Article.objects.values_list("outlet", flat=True)) == {"test"}
    # Whoever wrote an article's row first, the database is the one a lone import makes.
    together = snapshot()
    Article.objects.all().delete()
    list(import_paths([str(archive)]))
    assert together == snapshot()
    assert Quote.objects.filter(article__url="https://example.test/2").exists()
