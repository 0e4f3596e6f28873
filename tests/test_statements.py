"""Statements: the same words printed by several outlets, grouped at import, disputes resolved."""

from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.curation import reassign_quote_speaker, resolve_statement
from attribution.importer import import_article, reextract_article
from attribution.models import Article, Quote, Speaker, Statement, StatementKey
from attribution.review_queue import next_quote, pending_quotes
from attribution.statements import (
    _batch_leaders,
    _summarise,
    rebuild_statements,
    refresh_statements,
)
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

WORDS = "الحكومة ستعلن خلال الأسبوع المقبل خطة جديدة لتطوير النقل العام في المدن الكبرى وتوسيع شبكة القطارات"
OTHER = "الأمطار الغزيرة المتوقعة هذا الشتاء ستساعد على رفع منسوب السدود وتحسين المحاصيل الزراعية في الجنوب"


def publish(url: str, outlet: str, day: int, body: str) -> Article:
    raw = f"{url}\nخبر من {outlet}\n{body}\n"
    published = datetime(2024, 3, day, 9, tzinfo=UTC)
    parsed = parse_article(raw, url=url, outlet=outlet, published=published)
    import_article(extraction=extract_article(parsed), source=url)
    return Article.objects.get(url=url)


def quote_in(article: Article) -> Quote:
    return article.quotes.get()


def test_the_same_words_in_three_outlets_are_one_statement_with_its_first_appearance() -> None:
    first = publish("https://a.test/1", "الأولى", 2, f"وقال وزير النقل سامي حداد إن {WORDS}.")
    publish("https://b.test/1", "الثانية", 3, f"أكد وزير النقل سامي حداد أن {WORDS}.")
    publish("https://c.test/1", "الثالثة", 4, f"وقال سامي حداد إن {WORDS.split(' في ')[0]}.")  # partial quote

    statement = Statement.objects.get()
    assert (statement.quotes_count, statement.articles_count, statement.outlets_count) == (3, 3, 3)
    assert (statement.first_article, statement.first_seen) == (first, first.published_at)
    assert not statement.disputed
    assert statement.majority_speaker.name == "سامي حداد"


def test_different_statements_and_short_phrases_do_not_group() -> None:
    publish("https://a.test/2", "الأولى", 2, f"وقال سامي حداد إن {WORDS}.")
    publish("https://b.test/2", "الثانية", 3, f"وقال سامي حداد إن {OTHER}.")
    publish("https://c.test/2", "الثالثة", 4, "ووصف سامي حداد الحادث بأنه «جريمة خطيرة».")
    publish("https://d.test/2", "الرابعة", 5, "ووصف سامي حداد الحادث بأنه «جريمة خطيرة».")
    assert Statement.objects.count() == 2
    assert Quote.objects.filter(statement=None).count() == 2


def test_a_dispute_appears_and_resolves_through_curation() -> None:
    right = publish("https://a.test/3", "الأولى", 2, f"وقال وزير النقل سامي حداد إن {WORDS}.")
    publish("https://b.test/3", "الثانية", 3, f"وقال سامي حداد إن {WORDS}.")
    wrong = publish("https://c.test/3", "الثالثة", 4, f"وقالت سارة خليل إن {WORDS}.")
    statement = Statement.objects.get()
    assert statement.disputed and statement.speakers_count == 2
    assert statement.majority_speaker == quote_in(right).speaker  # two outlets against one

    editor = get_user_model().objects.create_user(username="ed", password="x")
    resolve_statement(statement=statement, speaker=statement.majority_speaker, user=editor)

    statement.refresh_from_db()
    assert not statement.disputed
    moved = quote_in(wrong)
    assert (moved.speaker, moved.curated, moved.reviewed_by) == (statement.majority_speaker, True, editor)
    reextract_article(article=wrong)  # a re-import does not bring the dispute back
    statement.refresh_from_db()
    assert not statement.disputed and quote_in(wrong).speaker == statement.majority_speaker


def test_reassigning_one_quote_updates_the_dispute() -> None:
    publish("https://a.test/4", "الأولى", 2, f"وقال سامي حداد إن {WORDS}.")
    wrong = publish("https://b.test/4", "الثانية", 3, f"وقالت سارة خليل إن {WORDS}.")
    statement = Statement.objects.get()
    assert statement.disputed
    reassign_quote_speaker(quote=quote_in(wrong), speaker=Speaker.objects.get(name="سامي حداد"), user=None)
    statement.refresh_from_db()
    assert not statement.disputed


def test_reimport_and_reextraction_keep_one_statement() -> None:
    article = publish("https://a.test/5", "الأولى", 2, f"وقال سامي حداد إن {WORDS}.")
    publish("https://b.test/5", "الثانية", 3, f"وقال سامي حداد إن {WORDS}.")
    reextract_article(article=article)
    publish("https://b.test/5", "الثانية", 3, f"وقال سامي حداد إن {WORDS}.")
    statement = Statement.objects.get()
    assert (statement.quotes_count, statement.outlets_count) == (2, 2)


def test_rebuild_regroups_the_same_way() -> None:
    publish("https://a.test/6", "الأولى", 2, f"وقال سامي حداد إن {WORDS}.")
    publish("https://b.test/6", "الثانية", 3, f"أكد سامي حداد أن {WORDS}.")
    publish("https://c.test/6", "الثالثة", 4, f"وقال سامي حداد إن {OTHER}.")
    before = sorted(Statement.objects.values_list("key", "quotes_count", "outlets_count"))

    assert list(rebuild_statements(batch=2)) == [2, 3]

    assert sorted(Statement.objects.values_list("key", "quotes_count", "outlets_count")) == before


def test_the_same_words_twice_in_one_article_found_one_statement() -> None:
    body = f"وقال سامي حداد إن {WORDS}.\nوحضر المؤتمر عدد من المسؤولين.\nوأضاف حداد: «{WORDS} هذا العام»."
    article = publish("https://a.test/7", "الأولى", 2, body)
    statement = Statement.objects.get()
    assert article.quotes.count() == 2
    assert (statement.quotes_count, statement.articles_count, statement.outlets_count) == (2, 1, 1)


def test_figures_kept_at_import_equal_a_recount_from_the_quotes() -> None:
    publish("https://a.test/8", "الأولى", 2, f"وقال وزير النقل سامي حداد إن {WORDS}.")
    publish("https://b.test/8", "", 3, f"وقالت سارة خليل إن {WORDS}.")  # no outlet: an outlet of its own
    publish("https://c.test/8", "الأولى", 4, f"وقالت سارة خليل إن {WORDS}.\nوقال سامي حداد إن {OTHER}.")
    publish("https://d.test/8", "الثالثة", 1, f"وقال سامي حداد إن {OTHER}.")
    fields = ["text", "first_seen", "first_article", "quotes_count", "articles_count", "outlets_count",
              "speakers_count", "disputed", "majority_speaker"]
    kept = {s.pk: [getattr(s, f) for f in fields] for s in Statement.objects.all()}

    recounted = {}
    for statement in Statement.objects.all():
        rows = statement.quotes.values_list("id", "speaker_id", "article_id", "article__outlet", "published_at", "text")
        _summarise(statement, list(rows))
        recounted[statement.pk] = [getattr(statement, f) for f in fields]
    assert kept == recounted
    assert sorted(v[3:8] for v in kept.values()) == [[2, 2, 2, 1, False], [3, 3, 2, 2, True]]


def test_a_statement_left_without_quotes_is_deleted_with_its_fingerprints() -> None:
    publish("https://a.test/9", "الأولى", 2, f"وقال سامي حداد إن {WORDS}.")
    statement = Statement.objects.get()
    Quote.objects.all().delete()
    refresh_statements({statement.pk})
    assert not Statement.objects.exists() and not StatementKey.objects.exists()


# --- API ---------------------------------------------------------------------------------------


@pytest.fixture
def api():
    cache.clear()  # throttle counters outlive a test's transaction
    yield APIClient()
    cache.clear()


@pytest.fixture
def wire_copy() -> dict[str, Article]:
    """One statement in three outlets, credited to two speakers; another statement in one."""
    return {
        "first": publish("https://a.test/w", "الأولى", 2, f"وقال وزير النقل سامي حداد إن {WORDS}."),
        "second": publish("https://b.test/w", "الثانية", 5, f"أكد سامي حداد أن {WORDS}."),
        "wrong": publish("https://c.test/w", "الثالثة", 7, f"وقالت سارة خليل إن {WORDS}."),
        "other": publish("https://d.test/w", "الرابعة", 9, f"وقالت سارة خليل إن {OTHER}."),
    }


def test_statement_detail_lists_appearances_in_date_order(api, wire_copy) -> None:
    statement = Statement.objects.get(quotes__article=wire_copy["first"])
    body = api.get(reverse("statement-detail", kwargs={"pk": statement.pk})).json()

    assert [(a["outlet"], a["article_url"], a["speaker_name"]) for a in body["appearances"]] == [
        ("الأولى", "https://a.test/w", "سامي حداد"),
        ("الثانية", "https://b.test/w", "سامي حداد"),
        ("الثالثة", "https://c.test/w", "سارة خليل"),
    ]
    assert (body["disputed"], body["outlets_count"], body["majority_speaker_name"]) == (True, 3, "سامي حداد")
    assert body["first_article_url"] == "https://a.test/w"
    assert [(s["name"], s["outlets"]) for s in body["speakers"]] == [("سامي حداد", 2), ("سارة خليل", 1)]
    assert all(WORDS in wording for wording in body["wordings"])


@pytest.mark.parametrize(
    ("params", "outlets"),
    [
        ({"disputed": "true"}, [3]),
        ({"disputed": "false"}, [1]),
        ({"min_outlets": 2}, [3]),
        ({"speaker_name": "حداد"}, [3]),
        ({"speaker_name": "سارة"}, [1, 3]),
        ({"first_seen_after": "2024-03-08"}, [1]),
        ({"first_seen_before": "2024-03-08"}, [3]),
        ({"search": "النقل العام"}, [3]),
        ({"search": "الامطار الغزيره"}, [1]),
    ],
)
def test_statement_filters(api, wire_copy, params: dict, outlets: list[int]) -> None:
    response = api.get(reverse("statement-list"), params)
    assert response.status_code == 200
    assert sorted(s["outlets_count"] for s in response.json()["results"]) == outlets


def test_statement_filter_by_speaker_id_and_bad_values(api, wire_copy) -> None:
    speaker = Speaker.objects.get(name="سارة خليل")
    assert len(api.get(reverse("statement-list"), {"speaker": speaker.pk}).json()["results"]) == 2
    assert api.get(reverse("statement-list"), {"disputed": "maybe"}).status_code == 400
    assert api.get(reverse("statement-list"), {"min_outlets": "many"}).status_code == 400


def test_each_quote_links_its_statement(api, wire_copy) -> None:
    quote = quote_in(wire_copy["second"])
    body = api.get(reverse("quote-detail", kwargs={"pk": quote.pk})).json()
    assert body["statement"].endswith(reverse("statement-detail", kwargs={"pk": quote.statement_id}))
    listed = api.get(reverse("quote-list"), {"statement": quote.statement_id}).json()["results"]
    assert len(listed) == 3


def test_claimreview_lists_every_appearance_of_the_statement(api, wire_copy) -> None:
    quote = quote_in(wire_copy["second"])
    claim = make_claim(
        WORDS, quotes=(quote,), claimant=quote.speaker, status="reviewed", verdict="false",
        verdict_explanation="لا توجد خطة.", factcheck_url="https://factcheck.test/plan",
        reviewed_at=datetime(2024, 3, 10, tzinfo=UTC),
    )
    item = api.get(reverse("claim-claimreview", kwargs={"pk": claim.pk})).json()["itemReviewed"]
    assert [a["url"] for a in item["appearance"]] == ["https://a.test/w", "https://b.test/w", "https://c.test/w"]
    assert item["firstAppearance"]["url"] == "https://a.test/w"
    assert item["datePublished"] == "2024-03-02"


def test_rebuild_statements_command_reports_what_it_grouped(wire_copy) -> None:
    out = StringIO()
    call_command("rebuild_statements", "--batch", "3", stdout=out)
    assert "2 statements, 1 printed by two or more outlets, 1 disputed." in out.getvalue()
    assert Statement.objects.count() == 2


# --- Admin ------------------------------------------------------------------------------------


@pytest.fixture
def editor_client() -> Client:
    user = get_user_model().objects.create_user(username="desk", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(user)
    return client


def test_editors_see_disputed_statements_first_and_filter_quotes_by_them(editor_client, wire_copy) -> None:
    content = editor_client.get(reverse("admin:attribution_statement_changelist")).content.decode()
    disputed = Statement.objects.get(disputed=True)
    assert content.index(reverse("admin:attribution_statement_change", args=[disputed.pk])) < content.index(
        reverse("admin:attribution_statement_change", args=[Statement.objects.get(disputed=False).pk])
    )
    response = editor_client.get(reverse("admin:attribution_quote_changelist"), {"statement": "disputed"})
    assert response.context["cl"].result_count == 3


def test_resolve_page_suggests_the_majority_and_credits_the_statement(editor_client, wire_copy) -> None:
    statement = Statement.objects.get(disputed=True)
    url = reverse("admin:attribution_statement_changelist")
    page = editor_client.post(url, {"action": "resolve", "_selected_action": [statement.pk]})
    assert page.status_code == 200
    assert page.context["suggestion"] == statement.majority_speaker
    assert "سامي حداد" in page.content.decode()

    done = editor_client.post(url, {"action": "resolve", "_selected_action": [statement.pk], "apply": "yes",
                                    "speaker": statement.majority_speaker.pk})

    assert done.status_code == 302
    statement.refresh_from_db()
    assert not statement.disputed
    assert quote_in(wire_copy["wrong"]).curated


def test_statement_change_page_lists_its_appearances(editor_client, wire_copy) -> None:
    statement = Statement.objects.get(disputed=True)
    content = editor_client.get(reverse("admin:attribution_statement_change", args=[statement.pk])).content.decode()
    for article in ("first", "second", "wrong"):
        assert reverse("admin:attribution_article_change", args=[wire_copy[article].pk]) in content


def test_the_review_queue_shows_quotes_of_disputed_statements_first(wire_copy) -> None:
    Quote.objects.filter(statement__disputed=True).update(confidence=0.99)
    Quote.objects.filter(statement__disputed=False).update(confidence=0.01)
    assert next_quote(pending_quotes()).statement.disputed


def test_a_quote_in_a_batch_joins_the_earlier_founder_it_shares_most_with() -> None:
    """As one quote at a time would: the statement sharing most wins, not the first that shares enough."""
    first, second = frozenset("abcd"), frozenset("efghij")
    both = frozenset("cdefgh")  # 2 of the first's 4 fingerprints, 4 of the second's 6
    assert _batch_leaders([first, second, both], [0, 1, 2]) == {0: 0, 1: 1, 2: 1}
    assert _batch_leaders([first, second, frozenset("cdxyzw")], [0, 1, 2]) == {0: 0, 1: 1, 2: 0}
