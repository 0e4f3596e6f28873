"""The Fact Check Tools–compatible claim search, checked field by field against Google's shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from attribution.arabic.keys import content_hash
from attribution.models import Article, Quote, Statement
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

SEARCH = reverse("factcheck-claims-search")


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def at(year: int, month: int = 1, day: int = 1, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


def reviewed_claim(text: str, *, quotes=(), claimant=None, url: str = "https://factcheck.test/x", **fields):
    fields.setdefault("verdict", "false")
    fields.setdefault("verdict_explanation", "لا.")
    return make_claim(text, quotes=quotes, claimant=claimant, status="reviewed", factcheck_url=url, **fields)


@pytest.fixture
def desk(settings):
    """Two reviewed claims (one by a named minister, one anonymous) and one not yet reviewed."""
    settings.FACTCHECK_ORGANIZATION = {"name": "مرصد التحقق", "url": "https://factcheck.test/"}
    minister = make_speaker("خالد العتيبي", aliases=("وزير المالية خالد العتيبي",))
    article = make_article(
        "قال خالد العتيبي إن معدل البطالة انخفض إلى ٧٪ هذا العام.", url="https://news.test/jobs",
        published_at=at(2023, 5, 2, 9),
    )
    quote = make_quote(article, "معدل البطالة انخفض إلى ٧٪ هذا العام", speaker=minister)
    jobs = reviewed_claim(
        "معدل البطالة انخفض إلى 7% هذا العام بحسب وزير المالية", quotes=(quote,), claimant=minister,
        short_form="البطالة انخفضت إلى 7%", verdict="misleading", rating_text="مضلل",
        review_title="هل انخفضت البطالة إلى 7%؟", url="https://www.factcheck.test/jobs",
        reviewed_at=datetime(2023, 5, 10, 8, 30, 15, 123456, tzinfo=UTC),
    )
    source = make_speaker("مصدر مطلع", kind="anonymous", key="anon-1")
    rumour = reviewed_claim(
        "الحكومة ستلغي الدعم عن الوقود", claimant=source, url="https://factcheck.test/fuel",
        reviewed_at=at(2024, 2, 1),
    )
    pending = make_claim("الأسعار ستنخفض الشهر المقبل", claimant=minister)
    return {"minister": minister, "article": article, "quote": quote, "jobs": jobs, "rumour": rumour, "pending": pending}


def search(client: APIClient, **params) -> dict:
    response = client.get(SEARCH, params)
    assert response.status_code == 200, response.content
    return response.json()


def texts(body: dict) -> list[str]:
    return [claim["text"] for claim in body["claims"]]


def test_the_route_keeps_googles_colon_and_answers_percent_encoded_too(client, desk):
    assert SEARCH == "/api/v1/factcheck/claims:search"
    assert client.get("/api/v1/factcheck/claims%3Asearch").status_code == 200


def test_a_result_has_googles_shape_field_by_field(client, desk):
    body = search(client, query="البطاله")
    assert set(body) == {"claims"}  # one page: no nextPageToken
    [claim] = body["claims"]
    assert set(claim) == {"text", "claimant", "claimDate", "claimReview"}
    assert claim["text"] == "البطالة انخفضت إلى 7%"  # the short form, as claimReviewed
    assert claim["claimant"] == "خالد العتيبي"
    assert claim["claimDate"] == "2023-05-02T09:00:00Z"
    [review] = claim["claimReview"]
    assert set(review) == {"publisher", "url", "title", "reviewDate", "textualRating", "languageCode"}
    assert review["publisher"] == {"name": "مرصد التحقق", "site": "factcheck.test"}
    assert review["url"] == "https://www.factcheck.test/jobs"
    assert review["title"] == "هل انخفضت البطالة إلى 7%؟"
    assert review["reviewDate"] == "2023-05-10T08:30:15Z"
    assert review["textualRating"] == "مضلل"
    assert review["languageCode"] == "ar"


def test_fields_without_a_value_are_left_out_as_google_does(client, desk):
    [claim] = search(client, query="الوقود")["claims"]
    # An anonymous source is no claimant; no quote gives no claim date; no headline, no title.
    assert set(claim) == {"text", "claimReview"}
    assert claim["text"] == "الحكومة ستلغي الدعم عن الوقود"
    [review] = claim["claimReview"]
    assert set(review) == {"publisher", "url", "reviewDate", "textualRating", "languageCode"}
    assert review["textualRating"] == desk["rumour"].get_verdict_display()


def test_only_reviewed_claims_are_found_newest_review_first(client, desk):
    assert texts(search(client)) == ["الحكومة ستلغي الدعم عن الوقود", "البطالة انخفضت إلى 7%"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("البطالة", ["jobs"]),
        ("البطاله ٧", ["jobs"]),  # spelling and Arabic-Indic digits do not matter
        ("العتيبي", ["jobs"]),  # the claimant's name
        ("وزير المالية", ["jobs"]),  # words of the text (and of an alias)
        ("البطالة الوقود", []),  # every word must match
        ("الدعم", ["rumour"]),
        ("الأسعار", []),  # not reviewed yet
        ("ًٌٍ", ["rumour", "jobs"]),  # only diacritics: no words, so no condition
    ],
)
def test_query_matches_every_word_in_the_claim_or_its_claimant(client, desk, query, expected):
    assert texts(search(client, query=query)) == [desk[name].claim_reviewed for name in expected]


@pytest.mark.parametrize(
    ("language", "found"), [("ar", 2), ("ar-SA", 2), ("AR", 2), ("en", 0), ("en-US", 0), ("fr", 0)]
)
def test_language_code_matches_the_reviews_language(client, desk, language, found):
    assert len(search(client, languageCode=language)["claims"]) == found


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        ("factcheck.test", ["rumour", "jobs"]),
        ("www.factcheck.test", ["rumour", "jobs"]),
        ("FactCheck.Test", ["rumour", "jobs"]),
        ("test", ["rumour", "jobs"]),  # a parent domain covers its subdomains
        ("other.test", []),
        ("check.test", []),  # a suffix of a name is not the site
        ("factcheck", []),
    ],
)
def test_review_publisher_site_filter_matches_the_reviews_host(client, desk, site, expected):
    body = search(client, reviewPublisherSiteFilter=site)
    assert texts(body) == [desk[name].claim_reviewed for name in expected]


def test_a_site_in_the_path_or_query_of_another_host_does_not_match(client, desk):
    reviewed_claim("ادعاء منقول", url="https://mirror.test/factcheck.test/copy", reviewed_at=at(2024, 3, 1))
    reviewed_claim("ادعاء آخر", url="https://mirror.test/?from=factcheck.test", reviewed_at=at(2024, 3, 2))
    assert "ادعاء منقول" not in texts(search(client, reviewPublisherSiteFilter="factcheck.test"))
    assert texts(search(client, reviewPublisherSiteFilter="mirror.test")) == ["ادعاء آخر", "ادعاء منقول"]


def test_max_age_days_takes_the_newer_of_claim_date_and_review_date(client, desk):
    now = timezone.now()
    old_review_new_claim = reviewed_claim(
        "ادعاء قديم المراجعة", reviewed_at=now - timedelta(days=400),
        quotes=(make_quote(make_article("قال وزير إن المطار جاهز.", published_at=now - timedelta(days=3)), "المطار جاهز"),),
    )
    new_review = reviewed_claim("ادعاء حديث", reviewed_at=now - timedelta(days=2))
    found = texts(search(client, maxAgeDays=7))
    assert found == [new_review.text, old_review_new_claim.text]
    assert texts(search(client, maxAgeDays=1)) == []
    assert len(search(client, maxAgeDays=36600)["claims"]) == 4


def test_max_age_days_reads_the_claim_date_from_its_earliest_printing(client, desk):
    """A claim whose words were printed long ago is old, however recent the quote it was made from."""
    now = timezone.now()
    recent = make_article("قال وزير إن الجسر اكتمل.", published_at=now - timedelta(days=3))
    earlier = make_article("قال وزير إن الجسر اكتمل.", published_at=now - timedelta(days=300))
    statement = Statement.objects.create(key="bridge", text="الجسر اكتمل")
    quote = make_quote(recent, "الجسر اكتمل", statement=statement)
    make_quote(earlier, "الجسر اكتمل", statement=statement)
    reviewed_claim("الجسر اكتمل", quotes=(quote,), reviewed_at=now - timedelta(days=200))
    assert texts(search(client, maxAgeDays=7)) == []
    [claim] = search(client, maxAgeDays=250)["claims"]
    assert claim["claimDate"] == (now - timedelta(days=300)).astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def test_page_size_and_page_token_walk_every_claim_once(client, desk):
    for n in range(5):
        reviewed_claim(f"ادعاء رقم {n}", url=f"https://factcheck.test/{n}", reviewed_at=at(2024, 6, 1 + n))
    seen: list[str] = []
    params: dict = {"pageSize": 3}
    pages = 0
    while True:
        body = search(client, **params)
        pages += 1
        assert len(body["claims"]) <= 3
        seen += [claim["claimReview"][0]["url"] for claim in body["claims"]]
        if "nextPageToken" not in body:
            break
        params["pageToken"] = body["nextPageToken"]
    assert pages == 3
    assert len(seen) == len(set(seen)) == 7
    assert seen[0] == "https://factcheck.test/4"  # newest review first


def test_default_page_is_ten_claims(client, desk):
    for n in range(11):
        reviewed_claim(f"ادعاء رقم {n}", url=f"https://factcheck.test/{n}")
    body = search(client)
    assert len(body["claims"]) == 10
    assert body["nextPageToken"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"pageToken": "not-a-token"}, "pageToken"),
        ({"pageSize": "0"}, "pageSize"),
        ({"pageSize": "ten"}, "pageSize"),
        ({"maxAgeDays": "-1"}, "maxAgeDays"),
        ({"maxAgeDays": "99999999999"}, "maxAgeDays"),
        ({"languageCode": "العربية"}, "languageCode"),
        ({"reviewPublisherSiteFilter": "https://factcheck.test/"}, "reviewPublisherSiteFilter"),
        ({"reviewPublisherSiteFilter": "a..b"}, "reviewPublisherSiteFilter"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, desk, params, field):
    response = client.get(SEARCH, params)
    assert response.status_code == 400
    assert field in response.json()


def test_googles_api_key_parameter_is_ignored(client, desk):
    assert len(search(client, key="AIza-anything")["claims"]) == 2


def test_claim_date_and_first_appearance_follow_the_earliest_quote(client, desk):
    earlier = make_article(
        "قال خالد العتيبي إن معدل البطالة انخفض إلى ٧٪ هذا العام.", url="https://older.test/jobs",
        published_at=at(2023, 4, 30, 7), outlet="صحيفة أخرى",
    )
    desk["jobs"].quotes.add(make_quote(earlier, "معدل البطالة انخفض إلى ٧٪ هذا العام", speaker=desk["minister"]))
    [claim] = search(client, query="البطالة")["claims"]
    assert claim["claimDate"] == "2023-04-30T07:00:00Z"
    item = client.get(reverse("claim-claimreview", kwargs={"pk": desk["jobs"].pk})).json()["itemReviewed"]
    assert item["datePublished"] == "2023-04-30"
    assert item["firstAppearance"]["url"] == "https://older.test/jobs"


def test_schema_documents_the_search_parameters_and_answer(client):
    schema = client.get(reverse("schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    operation = schema["paths"]["/api/v1/factcheck/claims:search"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {
        "query", "languageCode", "reviewPublisherSiteFilter", "maxAgeDays", "pageSize", "pageToken",
    }
    components = schema["components"]["schemas"]
    answer = components["ClaimSearchResponse"]["properties"]
    assert set(answer) == {"claims", "nextPageToken"}
    assert set(components["ClaimResult"]["properties"]) == {"text", "claimant", "claimDate", "claimReview"}
    assert set(components["ClaimReviewResult"]["properties"]) == {
        "publisher", "url", "title", "reviewDate", "textualRating", "languageCode",
    }
    assert set(components["Publisher"]["properties"]) == {"name", "site"}


def test_search_reads_a_fixed_number_of_queries_whatever_the_page(client, desk, django_assert_max_num_queries):
    for n in range(8):
        article = make_article(f"قال الوزير إن المشروع رقم {n} اكتمل.", url=f"https://news.test/p{n}")
        quote = make_quote(article, f"المشروع رقم {n} اكتمل")
        reviewed_claim(f"المشروع رقم {n} اكتمل", quotes=(quote,), url=f"https://factcheck.test/p{n}")
    with django_assert_max_num_queries(6):
        assert len(search(client, pageSize=20)["claims"]) == 10


def test_claim_date_comes_from_an_article_without_a_url_too(client, desk):
    """A claim whose only quote is in a text-file import (no URL) still has a claim date."""
    article = Article.objects.create(
        title="بلا رابط", outlet="ملف", published_at=at(2022, 1, 5), body="قال وزير إن القطار وصل.",
        raw_text="قال وزير إن القطار وصل.", content_hash=content_hash("بلا رابط"),
    )
    quote = Quote.objects.create(
        article=article, text="القطار وصل", start=12, end=22, kind="direct", published_at=article.published_at,
    )
    reviewed_claim("القطار وصل", quotes=(quote,), url="https://factcheck.test/train", reviewed_at=at(2022, 2, 1))
    [claim] = search(client, query="القطار")["claims"]
    assert claim["claimDate"] == "2022-01-05T12:00:00Z"
