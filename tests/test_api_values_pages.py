"""List pages are built from ``.values()`` rows: the same bodies as the full serializers write."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from attribution.api import serializers, views
from attribution.api.renderers import ORJSONRenderer
from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.importer import import_article
from attribution.models import Quote, Statement
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

WORDS = "الحكومة ستعلن خلال الأسبوع المقبل خطة جديدة لتطوير النقل العام في المدن الكبرى وتوسيع شبكة القطارات"


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


def publish(url: str, outlet: str, day: int, body: str) -> None:
    parsed = parse_article(f"{url}\nخبر من {outlet}\n{body}\n", url=url, outlet=outlet,
                           published=datetime(2024, 3, day, 9, tzinfo=UTC))
    import_article(extraction=extract_article(parsed), source=url)


@pytest.fixture
def desk():
    """Rows with every kind of value a page shows: nulls, joins, links, Arabic, U+2028, claims."""
    ahmad = make_speaker("أحمد عبد الله", aliases=("ابو محمد", "أحمد"), role="وزير")
    party = make_speaker("الحزب", kind="organization")
    ahmad.affiliation = party
    ahmad.save()
    article = make_article(
        "قال أحمد عبد الله إن الاقتصاد سينمو\N{LINE SEPARATOR}بقوة. وقيل إن الطقس حار. ونُقل أن المطر قادم.",
        outlet="الأهرام", published_at=datetime(2020, 3, 1, 8, 30, 15, 123456, tzinfo=UTC),
    )
    no_url = make_article("قال الحزب إن الانتخابات قريبة.", outlet="الجزيرة", url=None)
    growth = make_quote(article, "الاقتصاد سينمو\N{LINE SEPARATOR}بقوة", speaker=ahmad, confidence=0.9,
                        intermediary=party, stance="", status="approved", curated=True)
    orphan = make_quote(article, "الطقس حار", confidence=0.15, kind="indirect", cue="قيل")
    undated = make_quote(article, "المطر قادم", confidence=1 / 3)
    undated.published_at = None
    undated.save()
    make_quote(no_url, "الانتخابات قريبة", speaker=party, confidence=0.5)
    make_claim("الاقتصاد سينمو بقوة", quotes=(growth, orphan), claimant=ahmad, status="reviewed",
               verdict="false", verdict_explanation="النمو 2%.", factcheck_url="https://factcheck.test/g",
               rating_text="كاذب", review_title="عنوان", reviewed_at=datetime(2021, 1, 2, tzinfo=UTC),
               checkworthiness=0.75)
    make_claim("الطقس حار", quotes=(orphan,))
    make_claim("بلا اقتباس")
    publish("https://a.test/1", "الأولى", 2, f"وقال وزير النقل سامي حداد إن {WORDS}.")
    publish("https://b.test/1", "الثانية", 3, f"أكد وزير النقل سامي حداد أن {WORDS}.")
    assert Statement.objects.exists()


LISTS = [
    ("quote-list", views.QuoteViewSet, serializers.QuoteSerializer, {}),
    ("quote-list", views.QuoteViewSet, serializers.QuoteSerializer, {"ordering": "confidence", "page_size": "2"}),
    ("claim-list", views.ClaimViewSet, serializers.ClaimSerializer, {}),
    ("claim-list", views.ClaimViewSet, serializers.ClaimSerializer, {"ordering": "-reviewed_at"}),
    ("speaker-list", views.SpeakerViewSet, serializers.SpeakerSerializer, {}),
    ("article-list", views.ArticleViewSet, serializers.ArticleSerializer, {}),
    ("statement-list", views.StatementViewSet, serializers.StatementSerializer, {}),
]


@pytest.mark.parametrize(("name", "viewset", "serializer_class", "params"), LISTS)
def test_list_page_is_what_the_full_serializer_writes_for_each_row(desk, name, viewset, serializer_class, params):
    assert serializers.values_plan(serializer_class) is not None
    url = reverse(name)
    body = APIClient().get(url, params, HTTP_ACCEPT="application/json")
    assert body.status_code == 200, body.content
    page = body.json()
    assert page["results"]
    request = Request(APIRequestFactory().get(url, params))
    context = {"request": request}
    model = serializer_class.Meta.model
    ids = [row["id"] for row in page["results"]]
    instances = {row.pk: row for row in viewset.queryset.model._base_manager.filter(pk__in=ids)}
    # Model instances through DRF's own fields, as list pages were built before.
    expected = serializer_class([instances[pk] for pk in ids], many=True, context=context).data
    expected = json.loads(json.dumps(expected))
    for got, want in zip(page["results"], expected, strict=True):
        assert list(got) == list(want)
        assert {k: v for k, v in got.items() if v != want[k]} == {k: v for k, v in want.items() if v != got[k]}
    assert model is viewset.queryset.model


def test_page_bytes_are_drf_json_renderer_bytes(desk):
    response = APIClient().get(reverse("quote-list"), HTTP_ACCEPT="application/json")
    data = response.data
    assert response.content == JSONRenderer().render(data)
    assert b"\\u2028" in response.content and "\N{LINE SEPARATOR}".encode() not in response.content


@pytest.mark.parametrize(
    "data",
    [
        {"a": [1, 2.5, None, True, "نص", "\N{PARAGRAPH SEPARATOR}"], "b": {"c": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)}},
        {1: "non-string key"},
        {"big": 2**70},
        [],
    ],
)
def test_orjson_renderer_writes_the_same_bytes_as_drf(data):
    assert ORJSONRenderer().render(data) == JSONRenderer().render(data)


def test_indented_json_is_left_to_drf():
    data = {"a": [1, {"b": "ج"}]}
    assert ORJSONRenderer().render(data, "application/json; indent=4") == JSONRenderer().render(data, "application/json; indent=4")


def test_cursor_of_a_values_page_walks_on(desk):
    client = APIClient()
    seen, url, params = [], reverse("quote-list"), {"page_size": "1", "ordering": "-published_at"}
    while url:
        page = client.get(url, params, HTTP_ACCEPT="application/json").json()
        seen += [row["id"] for row in page["results"]]
        url, params = page["next"], None
    assert len(seen) == len(set(seen)) == Quote.objects.count()
