"""Speaker scorecards: quotes, outlets and reviewed claims by verdict, read in one query."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from rest_framework.test import APIClient

from attribution.models import Claim
from attribution.scorecards import OutletCount, speaker_scorecard
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

NO_VERDICTS = dict.fromkeys(Claim.Verdict.values, 0)


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def at(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def review(text: str, speaker, verdict: str, **fields) -> Claim:
    fields.setdefault("status", "reviewed")
    return make_claim(
        text, claimant=speaker, verdict=verdict, verdict_explanation="شرح.",
        factcheck_url="https://factcheck.test/c", **fields,
    )


@pytest.fixture
def record():
    """A minister quoted by two outlets (one quote rejected), with claims in every review state."""
    minister = make_speaker("سعاد الحربي")
    other = make_speaker("ماجد الشمري")
    quotes = [
        ("الأهرام", at(2021, 3, 4), "الطرق ستفتتح قريبا", "pending"),
        ("الجزيرة", at(2022, 7, 1), "الميزانية متوازنة", "approved"),
        ("الجزيرة", at(2023, 1, 9), "الصادرات زادت", "pending"),
        ("الجزيرة", at(2024, 5, 5), "هذا الاقتباس خاطئ", "rejected"),
        ("", None, "المدارس جاهزة", "pending"),
    ]
    for outlet, published, text, status in quotes:
        article = make_article(f"قالت سعاد الحربي إن {text}.", outlet=outlet)
        article.published_at = published
        article.save()
        make_quote(article, text, speaker=minister, status=status)
    make_quote(make_article("قال ماجد الشمري إن السوق مستقر.", outlet="العربية"), "السوق مستقر", speaker=other)
    for n in range(3):
        review(f"ادعاء كاذب {n}", minister, "false")
    review("ادعاء مضلل", minister, "misleading")
    review("ادعاء قيد المراجعة", minister, "true", status="in_review")  # not reviewed yet
    make_claim("ادعاء لم يراجع", claimant=minister)
    review("ادعاء لغيرها", other, "true")
    return {"minister": minister, "other": other}


def test_scorecard_counts_quotes_outlets_dates_and_verdicts_in_one_query(record, django_assert_num_queries):
    with django_assert_num_queries(1):
        card = speaker_scorecard(record["minister"].pk)
    assert card.quotes_count == 4  # the rejected quote is left out
    assert card.first_quote_at == at(2021, 3, 4)
    assert card.last_quote_at == at(2023, 1, 9)
    assert card.outlets == [OutletCount("الجزيرة", 2), OutletCount("الأهرام", 1)]  # no outlet: counted, not listed
    assert card.reviewed_claims == {**NO_VERDICTS, "false": 3, "misleading": 1}


def test_a_speaker_with_nothing_has_an_empty_scorecard(django_assert_num_queries):
    nobody = make_speaker("شخص بلا تصريحات")
    with django_assert_num_queries(1):
        card = speaker_scorecard(nobody.pk)
    assert (card.quotes_count, card.first_quote_at, card.last_quote_at, card.outlets) == (0, None, None, [])
    assert card.reviewed_claims == NO_VERDICTS


def test_speaker_detail_shows_the_scorecard(client, record, django_assert_num_queries):
    url = reverse("speaker-detail", kwargs={"pk": record["minister"].pk})
    # The speaker, its aliases and the scorecard.
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.status_code == 200
    assert response.json()["scorecard"] == {
        "quotes_count": 4,
        "first_quote_at": "2021-03-04T12:00:00Z",
        "last_quote_at": "2023-01-09T12:00:00Z",
        "outlets": [{"outlet": "الجزيرة", "quotes": 2}, {"outlet": "الأهرام", "quotes": 1}],
        "reviewed_claims": {**NO_VERDICTS, "false": 3, "misleading": 1},
    }


def test_speaker_list_stays_without_scorecards(client, record):
    rows = client.get(reverse("speaker-list")).json()["results"]
    assert rows and all("scorecard" not in row for row in rows)


@pytest.mark.parametrize(("value", "expected"), [("true", {"minister", "other"}), ("false", {"silent"})])
def test_has_reviewed_claims_filter(client, record, value, expected):
    record["silent"] = make_speaker("متحدث بلا مراجعات")
    make_claim("ادعاء بلا مراجعة", claimant=record["silent"], status="in_review")
    response = client.get(reverse("speaker-list"), {"has_reviewed_claims": value})
    assert response.status_code == 200
    assert {row["id"] for row in response.json()["results"]} == {record[name].pk for name in expected}


def test_has_reviewed_claims_refuses_other_values(client):
    response = client.get(reverse("speaker-list"), {"has_reviewed_claims": "yes"})
    assert response.status_code == 400
    assert "has_reviewed_claims" in response.json()


def test_schema_documents_the_scorecard_and_the_filter(client):
    schema = client.get(reverse("schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    detail = schema["paths"]["/api/v1/speakers/{id}/"]["get"]["responses"]["200"]["content"]["application/json"]
    assert detail["schema"]["$ref"] == "#/components/schemas/SpeakerDetail"
    components = schema["components"]["schemas"]
    assert "scorecard" in components["SpeakerDetail"]["properties"]
    assert set(components["Scorecard"]["properties"]) == {
        "quotes_count", "first_quote_at", "last_quote_at", "outlets", "reviewed_claims",
    }
    assert set(components["ReviewedClaims"]["properties"]) == set(Claim.Verdict.values)
    names = {p["name"] for p in schema["paths"]["/api/v1/speakers/"]["get"]["parameters"]}
    assert "has_reviewed_claims" in names
