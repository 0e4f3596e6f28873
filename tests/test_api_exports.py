"""CSV exports and ClaimReview JSON-LD, read back the way spreadsheet programs and crawlers do."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from rest_framework.test import APIClient

from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client() -> APIClient:
    return APIClient()


@pytest.fixture
def reviewed():
    speaker = make_speaker("عبد الفتاح السيسي", wikidata_id="Q53713")
    article = make_article(
        "قال عبد الفتاح السيسي إن معدل البطالة انخفض إلى ٧٪ هذا العام.", url="https://news.test/unemployment",
        published_at=datetime(2023, 5, 2, 9, 0, tzinfo=UTC),
    )
    quote = make_quote(article, "معدل البطالة انخفض إلى ٧٪ هذا العام", speaker=speaker)
    claim = make_claim(
        "معدل البطالة انخفض إلى 7%", quotes=(quote,), claimant=speaker, status="reviewed", verdict="misleading",
        rating_text="مضلل", verdict_explanation="الرقم يخص الربع الأول فقط.",
        factcheck_url="https://factcheck.test/unemployment", reviewed_at=datetime(2023, 5, 10, tzinfo=UTC),
    )
    return {"speaker": speaker, "article": article, "quote": quote, "claim": claim}


def read_csv(response) -> tuple[bytes, list[dict[str, str]]]:
    assert response.status_code == 200, response.content
    assert response.streaming
    raw = b"".join(response.streaming_content)
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_quote_export_streams_arabic_csv_with_bom(client, reviewed):
    response = client.get(reverse("quote-export"))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    raw, rows = read_csv(response)
    assert raw.startswith("\N{BYTE ORDER MARK}".encode())
    assert rows == [
        {
            **rows[0],
            "id": str(reviewed["quote"].pk),
            "text": "معدل البطالة انخفض إلى ٧٪ هذا العام",
            "speaker_name": "عبد الفتاح السيسي",
            "article_url": "https://news.test/unemployment",
            "status": "pending",
        }
    ]


def test_quote_export_applies_the_list_filters(client, reviewed):
    other = make_article("قال وزير إن الأسعار مستقرة.", outlet="أخرى")
    make_quote(other, "الأسعار مستقرة", status="rejected")
    make_quote(other, "وزير", kind="indirect")

    _, rows = read_csv(client.get(reverse("quote-export"), {"outlet": "أخرى"}))
    assert [row["text"] for row in rows] == ["وزير"]  # the rejected one stays hidden
    _, rows = read_csv(client.get(reverse("quote-export"), {"search": "البطاله", "speaker_name": "السيسى"}))
    assert [row["id"] for row in rows] == [str(reviewed["quote"].pk)]


def test_quote_export_defuses_spreadsheet_formulas(client):
    article = make_article('قال: =HYPERLINK("http://evil.test") انتهى')
    make_quote(article, '=HYPERLINK("http://evil.test")')
    _, rows = read_csv(client.get(reverse("quote-export")))
    assert rows[0]["text"] == "'=HYPERLINK(\"http://evil.test\")"


def test_claim_export_round_trips_verdicts(client, reviewed):
    _, rows = read_csv(client.get(reverse("claim-export"), {"verdict": "misleading"}, HTTP_ACCEPT="text/csv"))
    assert len(rows) == 1
    assert rows[0]["text"] == "معدل البطالة انخفض إلى 7%"
    assert rows[0]["rating_text"] == "مضلل"
    assert rows[0]["claimant_name"] == "عبد الفتاح السيسي"


def test_claimreview_has_every_required_field(client, reviewed, settings):
    settings.FACTCHECK_ORGANIZATION = {"name": "مرصد التحقق", "url": "https://factcheck.test/"}
    response = client.get(reverse("claim-claimreview", kwargs={"pk": reviewed["claim"].pk}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = json.loads(response.content)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "معدل البطالة انخفض إلى 7%"
    assert review["url"] == "https://factcheck.test/unemployment"
    assert review["datePublished"] == "2023-05-10"
    assert review["author"] == {"@type": "Organization", "name": "مرصد التحقق", "url": "https://factcheck.test/"}
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "عبد الفتاح السيسي", "sameAs": "https://www.wikidata.org/wiki/Q53713"},
        "datePublished": "2023-05-02",
        "appearance": [{"@type": "CreativeWork", "url": "https://news.test/unemployment", "datePublished": "2023-05-02"}],
        "firstAppearance": {"@type": "CreativeWork", "url": "https://news.test/unemployment", "datePublished": "2023-05-02"},
    }
    assert review["reviewRating"] == {
        "@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "مضلل",
    }


def test_claimreview_falls_back_to_the_verdict_label(client, reviewed):
    claim = reviewed["claim"]
    claim.rating_text = ""
    claim.save()
    review = client.get(reverse("claim-claimreview", kwargs={"pk": claim.pk})).json()
    assert review["reviewRating"]["alternateName"] == claim.get_verdict_display()


def test_unreviewed_claim_has_no_claimreview(client, reviewed):
    pending = make_claim("الأسعار ستنخفض")
    response = client.get(reverse("claim-claimreview", kwargs={"pk": pending.pk}))
    assert response.status_code == 404
    assert "reviewed" in response.json()["detail"]
    assert client.get(reverse("claim-detail", kwargs={"pk": pending.pk})).json()["claimreview"] is None


def test_claimreview_feed_lists_only_reviewed_claims(client, reviewed):
    make_claim("الأسعار ستنخفض")
    organization = make_speaker("البنك المركزي", kind="organization")
    make_claim(
        "التضخم تراجع", claimant=organization, status="reviewed", verdict="true",
        verdict_explanation="بيانات رسمية.", factcheck_url="https://factcheck.test/inflation",
        reviewed_at=datetime(2024, 1, 1, tzinfo=UTC),
    )
    response = client.get(reverse("claimreview-list"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    feed = json.loads(response.content)
    assert feed["@context"] == "https://schema.org"
    assert feed["@type"] == "DataFeed"
    reviews = feed["dataFeedElement"]
    assert [r["claimReviewed"] for r in reviews] == ["التضخم تراجع", "معدل البطالة انخفض إلى 7%"]
    assert reviews[0]["itemReviewed"]["author"] == {"@type": "Organization", "name": "البنك المركزي"}
    assert all(r["@type"] == "ClaimReview" and "reviewRating" in r for r in reviews)


def test_claimreview_feed_pages_through_link_header(client, reviewed):
    for i in range(3):
        make_claim(
            f"ادعاء رقم {i}", status="reviewed", verdict="false", verdict_explanation="لا.",
            factcheck_url=f"https://factcheck.test/{i}",
        )
    first = client.get(reverse("claimreview-list"), {"page_size": "2"})
    assert len(first.json()["dataFeedElement"]) == 2
    next_url = first["Link"].split(";")[0].strip("<>")
    second = client.get(next_url)
    assert len(second.json()["dataFeedElement"]) == 2
    assert "Link" not in second
    seen = [r["url"] for r in first.json()["dataFeedElement"] + second.json()["dataFeedElement"]]
    assert len(set(seen)) == 4
