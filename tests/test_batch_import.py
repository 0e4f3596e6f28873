"""Batch import: articles written together give the database importing them one by one gives."""

from __future__ import annotations

import gc
import json
import os
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import Extraction
from attribution.arabic.readers import Source, iter_sources
from attribution.import_runs import Totals, import_paths
from attribution.importer import import_batch, import_source
from attribution.models import Article, Claim, Quote, Speaker
from tests.conftest import SEEDS
from tests.test_importer import quote_of

pytestmark = pytest.mark.django_db


def snapshot() -> set[tuple]:
    """Every quote with its article, speaker row, go-between and statement's first quote; the claims."""
    first_of_statement = {}
    for quote in Quote.objects.exclude(statement=None).order_by("article__url", "start"):
        first_of_statement.setdefault(quote.statement_id, (quote.article.url, quote.start))
    return {
        (q.article.url, q.start, q.end, q.speaker.key if q.speaker else None,
         q.intermediary.key if q.intermediary else None, first_of_statement.get(q.statement_id))
        for q in Quote.objects.select_related("article", "speaker", "intermediary")
    } | {("claim", c.text_hash, c.claimant.key if c.claimant else None, c.quotes.count())
         for c in Claim.objects.select_related("claimant")}


def clear() -> None:
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    Claim.objects.all().delete()


def test_a_run_gives_the_process_back_its_interpreter_settings_finished_or_stopped_early() -> None:
    # (A run extracts ahead on a thread, switching threads more often, and tunes the garbage
    # collector meanwhile; a program calling import_paths gets its own settings back.)
    def settings() -> tuple:
        return sys.getswitchinterval(), gc.get_threshold(), gc.get_freeze_count()

    before = settings()
    run = import_paths([str(path) for path in SEEDS], batch=2)
    assert next(run).status == "new"
    assert settings() != before
    run.close()
    assert settings() == before
    assert {o.status for o in import_paths([str(path) for path in SEEDS], batch=2)} >= {"new"}
    assert settings() == before


@pytest.mark.parametrize("batch", [2, 100])
def test_importing_in_batches_gives_the_database_one_by_one_gives(batch: int) -> None:
    sources = [s for s in iter_sources([str(path) for path in SEEDS]) if isinstance(s, Source)]
    for source in sources:
        assert import_source(source).status == "new"
    one_by_one = snapshot()
    assert len(one_by_one) > 20
    clear()

    outcomes = list(import_paths([str(path) for path in SEEDS], batch=batch))

    assert [o.status for o in outcomes] == ["new"] * len(sources)
    assert snapshot() == one_by_one
    # Running it again finds every article unchanged and writes nothing.
    assert {o.status for o in import_paths([str(path) for path in SEEDS], batch=batch)} == {"unchanged"}
    assert snapshot() == one_by_one


def test_a_rerun_finds_a_batch_unchanged_in_one_lookup(django_assert_max_num_queries) -> None:
    sources = [s for s in iter_sources([str(path) for path in SEEDS]) if isinstance(s, Source)]
    import_batch(sources)
    with django_assert_max_num_queries(4):  # (transaction, lookup) whatever the batch's size
        results = import_batch(sources)
    assert {r.status for r in results} == {"unchanged"}


def article(n: int, mention: str, speaker: str, *, kind: str = "person", aliases: tuple[str, ...] = ()) -> Extraction:
    """A made-up article in which ``mention`` says something; its speaker resolved to ``speaker``."""
    said = f"الخبر رقم {n} صحيح تماما"
    parsed = parse_article(f"https://example.test/{n}\nخبر {n}\nقال {mention} إن {said}.", url=f"https://example.test/{n}")
    return Extraction(article=parsed, quotes=(
        quote_of(parsed.body, said, speaker, speaker_type=kind, speaker_aliases=aliases, speaker_mention=mention),
    ), claims=())


ARTICLES = [
    article(1, "محمود الهباش", "محمود الهباش", aliases=("الهباش",)),
    article(2, "الهباش", "الهباش"),
    article(3, "عادل الجبير", "عادل الجبير"),
    article(4, "عادل بن أحمد الجبير", "عادل بن أحمد الجبير"),
    article(5, "مصدر مطلع", "مصدر مطلع", kind="anonymous"),
    article(6, "مصدر مطلع", "مصدر مطلع", kind="anonymous"),
]


def test_a_person_named_twice_in_one_batch_gets_the_row_one_by_one_import_gives() -> None:
    sources = [Source(name=f"{n}.txt", raw="") for n in range(1, len(ARTICLES) + 1)]
    for source, extraction in zip(sources, ARTICLES, strict=True):
        import_batch([source], extractions=[extraction])
    one_by_one = snapshot()
    clear()

    results = import_batch(sources, extractions=ARTICLES)

    assert snapshot() == one_by_one
    rows = dict(Quote.objects.values_list("article__url", "speaker_id"))
    assert rows["https://example.test/1"] == rows["https://example.test/2"]  # "الهباش" is the one just named
    assert rows["https://example.test/3"] == rows["https://example.test/4"]
    assert rows["https://example.test/5"] != rows["https://example.test/6"]  # two articles' sources, two rows
    assert sum(result.speakers for result in results) == Speaker.objects.count() == 4


def test_a_nul_in_a_json_lines_article_is_dropped_as_in_text_files(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    record = {"url": "https://example.test/nul", "title": "خبر\x00", "text": "قال الوزير إن الخبر\x00 صحيح تماما."}
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")

    call_command("import_articles", str(feed), stdout=StringIO(), stderr=StringIO())

    article = Article.objects.get()
    assert "\x00" not in article.raw_text + article.title
    assert article.quotes.get().text == "الخبر صحيح تماما"


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").split(":")[0] not in {"postgres", "postgresql", "pgsql"},
    reason="SQLite does not enforce a column's length",
)
def test_an_article_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_imported(tmp_path: Path) -> None:
    lines = [{"url": f"https://example.test/{n}", "text": f"قال الوزير إن الخبر رقم {n} صحيح تماما."} for n in range(5)]
    lines[2]["url"] = "https://example.test/" + "x" * 3000  # longer than the URL column takes
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="1 input"):
        call_command("import_articles", str(feed), stdout=out, stderr=err)

    assert f"{feed}:3: database refused it" in err.getvalue()
    assert "4 new" in out.getvalue()
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        f"https://example.test/{n}" for n in (0, 1, 3, 4)]
    assert Quote.objects.count() == 4


def test_an_import_run_yields_every_input_once_and_shards_split_them(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    paths = [str(path) for path in SEEDS] + [str(missing)]

    first = list(import_paths(paths, shard=(1, 2)))
    second = list(import_paths(paths, shard=(2, 2)))

    names = [outcome.name for outcome in first + second]
    assert sorted(names) == sorted(paths)
    assert {o.name for o in first}.isdisjoint(o.name for o in second)
    failed = [o for o in first + second if o.status == "failed"]
    assert [o.name for o in failed] == [str(missing)] and failed[0].reason
    totals = Totals()
    for outcome in first + second:
        totals.add(outcome)
    assert totals.counts["new"] == Article.objects.count() == len(SEEDS)
    assert totals.counts["quotes"] == Quote.objects.count()
    assert totals.failures == failed


def test_researchers_quoted_in_two_articles_are_two_unnamed_sources() -> None:
    for n in (1, 2):
        raw = f"https://example.test/study/{n}\nدراسة جديدة {n}\nوقال الباحثون إن النتائج تظهر تحسنا في صحة المرضى {n}."
        assert import_source(Source(name=f"{n}.txt", raw=raw)).status == "new"
    speakers = Speaker.objects.filter(name="الباحثون")
    assert list(speakers.values_list("kind", flat=True)) == [Speaker.Kind.ANONYMOUS] * 2
