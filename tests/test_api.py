"""The fact-checkers' API through real HTTP requests: filters, search, pagination, permissions."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from attribution.models import Claim, Quote
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

QUOTES = reverse("quote-list")
CLAIMS = reverse("claim-list")
SPEAKERS = reverse("speaker-list")
ARTICLES = reverse("article-list")


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Throttle counters live in the cache, which outlives a test's database transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def at(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


@pytest.fixture
def newsroom():
    """Two speakers, three articles in two outlets, five quotes, two claims."""
    ahmad = make_speaker("أحمد عبد الله", aliases=("ابو محمد",))
    ministry = make_speaker("وزارة الصحة", kind="organization")
    old = make_article(
        "قال أحمد عبد الله إن الاقتصاد سينمو بنسبة ٥ في المئة. وأكد أن المدرسة مفتوحة.",
        outlet="الأهرام", published_at=at(2020, 3, 1),
    )
    new = make_article(
        "أعلنت وزارة الصحة أن اللقاح آمن. وقال أحمد إن الحكومة ستدعم الفقراء.",
        outlet="الجزيرة", published_at=at(2024, 6, 1),
    )
    rejected_article = make_article("كلام غير منسوب إلى أحد هنا.", outlet="الجزيرة", published_at=at(2023, 1, 1))
    growth = make_quote(old, "الاقتصاد سينمو بنسبة ٥ في المئة", speaker=ahmad, confidence=0.9)
    school = make_quote(old, "المدرسة مفتوحة", speaker=ahmad, kind="indirect", cue="أكد", confidence=0.4)
    vaccine = make_quote(new, "اللقاح آمن", speaker=ministry, cue="أعلن", confidence=0.8, status="approved")
    poor = make_quote(new, "الحكومة ستدعم الفقراء", speaker=ahmad, confidence=0.7)
    junk = make_quote(rejected_article, "كلام غير منسوب", confidence=0.1, status="rejected")
    growth_claim = make_claim(
        "الاقتصاد سينمو بنسبة 5 في المئة", quotes=(growth,), claimant=ahmad, status="reviewed",
        verdict="false", verdict_explanation="النمو الفعلي 2%.", factcheck_url="https://factcheck.test/growth",
        rating_text="تصريح كاذب", reviewed_at=at(2020, 4, 1),
    )
    vaccine_claim = make_claim("اللقاح آمن", quotes=(vaccine,), claimant=ministry)
    return {
        "ahmad": ahmad, "ministry": ministry, "old": old, "new": new, "growth": growth, "school": school,
        "vaccine": vaccine, "poor": poor, "junk": junk, "growth_claim": growth_claim,
        "vaccine_claim": vaccine_claim,
    }


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def editor(*codenames: str) -> User:
    user = User.objects.create_user("editor", password="s3cret-pass-word")
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def forged_cursor(**payload: object) -> str:
    """Return a cursor as a client could craft it."""
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


# Filters -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"growth", "school", "vaccine", "poor"}),
        ({"speaker": "ahmad"}, {"growth", "school", "poor"}),
        ({"speaker_name": "احمد"}, {"growth", "school", "poor"}),
        ({"speaker_name": "أبو محمد"}, {"growth", "school", "poor"}),
        ({"speaker_name": "وزاره"}, {"vaccine"}),
        ({"article": "old"}, {"growth", "school"}),
        ({"outlet": "الجزيرة"}, {"vaccine", "poor"}),
        ({"published_after": "2024-01-01"}, {"vaccine", "poor"}),
        ({"published_before": "2024-01-01"}, {"growth", "school"}),
        ({"published_after": "2020-01-01", "published_before": "2020-12-31T23:59:59Z"}, {"growth", "school"}),
        ({"kind": "indirect"}, {"school"}),
        ({"cue": "أعلن"}, {"vaccine"}),
        ({"status": "approved"}, {"vaccine"}),
        ({"status": "rejected"}, {"junk"}),
        ({"min_confidence": "0.75"}, {"growth", "vaccine"}),
        ({"has_claim": "true"}, {"growth", "vaccine"}),
        ({"has_claim": "false"}, {"school", "poor"}),
        ({"claim": "growth_claim"}, {"growth"}),
        ({"speaker": "ahmad", "published_after": "2024-01-01"}, {"poor"}),
    ],
)
def test_quote_filters(client, newsroom, params, expected):
    query = {key: str(newsroom[value].pk) if value in newsroom else value for key, value in params.items()}
    assert ids(client.get(QUOTES, query)) == {newsroom[name].pk for name in expected}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"growth_claim", "vaccine_claim"}),
        ({"verdict": "false"}, {"growth_claim"}),
        ({"status": "unreviewed"}, {"vaccine_claim"}),
        ({"claimant": "ministry"}, {"vaccine_claim"}),
        ({"claimant_name": "احمد عبدالله"[:4]}, {"growth_claim"}),
        ({"quote": "vaccine"}, {"vaccine_claim"}),
        ({"reviewed_after": "2020-03-15", "reviewed_before": "2020-05-01"}, {"growth_claim"}),
        ({"created_after": "2000-01-01"}, {"growth_claim", "vaccine_claim"}),
        ({"created_before": "2000-01-01"}, set()),
        ({"search": "اللقاح امن"}, {"vaccine_claim"}),
    ],
)
def test_claim_filters(client, newsroom, params, expected):
    query = {key: str(newsroom[value].pk) if value in newsroom else value for key, value in params.items()}
    assert ids(client.get(CLAIMS, query)) == {newsroom[name].pk for name in expected}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"name": "احمد"}, {"ahmad"}),
        ({"name": "ابو محمد"}, {"ahmad"}),
        ({"name": "الصحه"}, {"ministry"}),
        ({"kind": "organization"}, {"ministry"}),
        ({"kind": "person"}, {"ahmad"}),
    ],
)
def test_speaker_filters(client, newsroom, params, expected):
    assert ids(client.get(SPEAKERS, params)) == {newsroom[name].pk for name in expected}


def test_article_filters(client, newsroom):
    assert ids(client.get(ARTICLES, {"outlet": "الأهرام"})) == {newsroom["old"].pk}
    assert ids(client.get(ARTICLES, {"published_after": "2024-01-01"})) == {newsroom["new"].pk}


# Search normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الاقتصاد", "growth"),
        ("الإقتصاد", "growth"),  # hamza on the alef
        ("الاقْتِصَادُ", "growth"),  # diacritics
        ("الاقتـــصاد", "growth"),  # tatweel
        ("المدرسه", "school"),  # ta marbuta written as ha
        ("بنسبة 5", "growth"),  # Latin digits find Arabic-Indic ones
        ("بنسبة ٥", "growth"),
        ("الفقراء", "poor"),
        ("اللقاح", "vaccine"),
    ],
)
def test_search_ignores_spelling_variants(client, newsroom, query, expected):
    assert ids(client.get(QUOTES, {"search": query})) == {newsroom[expected].pk}


def test_search_hides_rejected_quotes_unless_asked(client, newsroom):
    assert ids(client.get(QUOTES, {"search": "كلام"})) == set()
    assert ids(client.get(QUOTES, {"search": "كلام", "status": "rejected"})) == {newsroom["junk"].pk}


def test_search_of_only_diacritics_matches_nothing(client, newsroom):
    assert ids(client.get(QUOTES, {"search": "\N{ARABIC FATHA}"})) == set()


def test_speaker_name_filter_matches_alias_spelled_differently(client, newsroom):
    """أحمد and احمد are the same name to a reader."""
    assert ids(client.get(SPEAKERS, {"name": "أحمد"})) == ids(client.get(SPEAKERS, {"name": "احمد"}))


# Ordering and pagination ---------------------------------------------------------------------


def test_quotes_are_newest_first_by_default(client, newsroom):
    dates = [row["published_at"] for row in client.get(QUOTES).json()["results"]]
    assert dates == sorted(dates, reverse=True)


def test_ordering_by_confidence(client, newsroom):
    rows = client.get(QUOTES, {"ordering": "-confidence"}).json()["results"]
    assert [row["confidence"] for row in rows] == [0.9, 0.8, 0.7, 0.4]
    rows = client.get(QUOTES, {"ordering": "confidence"}).json()["results"]
    assert [row["confidence"] for row in rows] == [0.4, 0.7, 0.8, 0.9]


def walk(client: APIClient, url: str, params: dict[str, str]) -> list[dict]:
    """Follow next links to the end, returning every row."""
    rows: list[dict] = []
    response = client.get(url, params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        rows.extend(body["results"])
        if not body["next"]:
            return rows
        response = client.get(body["next"])


@pytest.mark.parametrize("ordering", ["-published_at", "published_at", "-confidence", "confidence"])
def test_cursor_pages_visit_every_quote_once_even_with_ties_and_missing_dates(client, ordering):
    speaker = make_speaker("متحدث")
    article = make_article(" ".join(f"جملة{i}" for i in range(30)), published_at=at(2022))
    undated = make_article(" ".join(f"عبارة{i}" for i in range(7)))
    undated.published_at = None
    undated.save()
    expected = set()
    for i in range(30):  # the same date and three confidences: many ties for the cursor
        expected.add(make_quote(article, f"جملة{i}", speaker=speaker, confidence=(i % 3) / 3).pk)
    for i in range(7):
        expected.add(make_quote(undated, f"عبارة{i}", speaker=speaker, confidence=0.5).pk)

    rows = walk(client, QUOTES, {"ordering": ordering, "page_size": "4"})

    assert [row["id"] for row in rows if row["id"] in expected] == [row["id"] for row in rows]
    assert len(rows) == len(expected) == len({row["id"] for row in rows})


def test_previous_link_returns_the_page_before(client):
    article = make_article(" ".join(f"قول{i}" for i in range(9)))
    for i in range(9):
        make_quote(article, f"قول{i}")
    first = client.get(QUOTES, {"page_size": "3"}).json()
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    back = client.get(second["previous"]).json()
    assert [row["id"] for row in back["results"]] == [row["id"] for row in first["results"]]


def test_page_size_is_capped_not_refused(client):
    article = make_article(" ".join(f"كلمة{i}" for i in range(520)))
    Quote.objects.bulk_create(
        Quote(
            article=article, text=f"كلمة{i}", text_normalized=f"كلمه{i}", kind="direct",
            start=article.body.index(f"كلمة{i} ") if i < 519 else article.body.rindex(f"كلمة{i}"),
            end=(article.body.index(f"كلمة{i} ") if i < 519 else article.body.rindex(f"كلمة{i}")) + len(f"كلمة{i}"),
            published_at=article.published_at,
        )
        for i in range(520)
    )
    response = client.get(QUOTES, {"page_size": "100000"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 500
    assert response.json()["next"]


def test_lists_do_not_count_rows(client, newsroom, django_assert_max_num_queries, settings):
    with django_assert_max_num_queries(2):  # the page, then the claims of its quotes
        response = client.get(QUOTES)
    assert response.status_code == 200
    assert "count" not in response.json()


@pytest.mark.parametrize(
    ("url", "max_queries"),
    [(QUOTES, 2), (CLAIMS, 2), (SPEAKERS, 2), (ARTICLES, 1)],
)
def test_list_queries_do_not_grow_with_rows(client, newsroom, django_assert_max_num_queries, url, max_queries):
    for i in range(10):
        article = make_article(f"قال مسؤول{i} إن الوضع مستقر{i}.")
        speaker = make_speaker(f"مسؤول{i}", aliases=(f"المسؤول{i}",))
        quote = make_quote(article, f"الوضع مستقر{i}", speaker=speaker)
        make_claim(f"الوضع مستقر{i}", quotes=(quote,), claimant=speaker)
    with django_assert_max_num_queries(max_queries):
        assert client.get(url, {"page_size": "50"}).status_code == 200


# Links between resources ---------------------------------------------------------------------


def test_resources_link_to_each_other(client, newsroom):
    claim = client.get(reverse("claim-detail", kwargs={"pk": newsroom["growth_claim"].pk})).json()
    assert claim["quotes"] == [f"http://testserver{newsroom['growth'].get_absolute_url()}"]
    assert claim["articles"] == [f"http://testserver{newsroom['old'].get_absolute_url()}"]

    quote = client.get(claim["quotes"][0]).json()
    assert quote["text"] == "الاقتصاد سينمو بنسبة ٥ في المئة"
    speaker = client.get(quote["speaker"]).json()
    assert speaker["name"] == "أحمد عبد الله"
    assert "ابو محمد" in speaker["aliases"]
    assert ids(client.get(speaker["quotes"])) == {newsroom[n].pk for n in ("growth", "school", "poor")}

    article = client.get(quote["article"]).json()
    assert article["body"].startswith("قال أحمد")
    assert ids(client.get(article["quotes"])) == {newsroom["growth"].pk, newsroom["school"].pk}


def test_links_follow_each_requests_host_though_fields_are_built_once(client, newsroom, settings):
    """Serializer fields and link templates are cached per class and per request: never across requests."""
    settings.ALLOWED_HOSTS = ["testserver", "mirror.test"]
    first = client.get(QUOTES, {"speaker": newsroom["ministry"].pk}).json()["results"][0]
    mirrored = client.get(QUOTES, {"speaker": newsroom["ministry"].pk}, HTTP_HOST="mirror.test").json()["results"][0]
    assert first["url"] == f"http://testserver{newsroom['vaccine'].get_absolute_url()}"
    assert mirrored["url"] == f"http://mirror.test{newsroom['vaccine'].get_absolute_url()}"
    assert mirrored["speaker"].startswith("http://mirror.test/") and mirrored["claims"][0].startswith("http://mirror.test/")
    claim = client.get(CLAIMS, {"claimant": newsroom["ahmad"].pk}, HTTP_HOST="mirror.test").json()["results"][0]
    assert claim["claimant_name"] == "أحمد عبد الله"
    assert claim["claimreview"].startswith("http://mirror.test/")


def test_filters_and_their_forms_are_not_shared_between_requests(client, newsroom):
    """FilterSets copy their filters and form fields shallowly; one request's values never leak."""
    from attribution.api.filters import QuoteFilter

    first = QuoteFilter({"speaker_name": "احمد"}, queryset=Quote.objects.all())
    second = QuoteFilter({"search": "اللقاح"}, queryset=Quote.objects.all())
    assert first.filters["speaker_name"] is not second.filters["speaker_name"]
    assert first.filters["speaker_name"].parent is first and second.filters["search"].parent is second
    assert {q.pk for q in first.qs} == {newsroom[n].pk for n in ("growth", "school", "poor")}
    assert {q.pk for q in second.qs} == {newsroom["vaccine"].pk}
    assert first.form.fields["speaker"] is not second.form.fields["speaker"]
    # Through HTTP: a filtered request, an invalid one, then none; each sees only its own values.
    assert ids(client.get(QUOTES, {"kind": "indirect"})) == {newsroom["school"].pk}
    assert client.get(QUOTES, {"speaker": "abc"}).status_code == 400
    assert ids(client.get(QUOTES)) == {newsroom[n].pk for n in ("growth", "school", "vaccine", "poor")}


def test_rejected_quote_detail_is_still_reachable(client, newsroom):
    response = client.get(newsroom["junk"].get_absolute_url())
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"


# Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        (QUOTES, {"published_after": "2024-13-45"}, "published_after"),
        (QUOTES, {"published_before": "yesterday"}, "published_before"),
        (QUOTES, {"speaker": "ahmad"}, "speaker"),
        (QUOTES, {"speaker": "-3"}, "speaker"),
        (QUOTES, {"speaker": "99999999999999999999999"}, "speaker"),
        (QUOTES, {"article": "1.5"}, "article"),
        (QUOTES, {"kind": "shouted"}, "kind"),
        (QUOTES, {"status": "lost"}, "status"),
        (QUOTES, {"min_confidence": "high"}, "min_confidence"),
        (QUOTES, {"min_confidence": "NaN"}, "min_confidence"),
        (QUOTES, {"has_claim": "maybe"}, "has_claim"),
        (QUOTES, {"ordering": "text"}, "ordering"),
        (QUOTES, {"page_size": "many"}, "page_size"),
        (QUOTES, {"published_after": "2024-01-01T00:00:00+21:31"}, "published_after"),
        (QUOTES, {"published_before": "0001-01-01T00:00:00+05:00"}, "published_before"),
        (QUOTES, {"cursor": "not-a-cursor"}, "cursor"),
        (QUOTES, {"cursor": forged_cursor(o="-published_at", v="2024-01-01T00:00:00+21:31", id=1)}, "cursor"),
        (QUOTES, {"cursor": forged_cursor(o="-published_at", v=["x"], id=1)}, "cursor"),
        (QUOTES, {"cursor": forged_cursor(o="-published_at", v=None, id=10**30)}, "cursor"),
        (CLAIMS, {"verdict": "pants_on_fire"}, "verdict"),
        (CLAIMS, {"claimant": "x"}, "claimant"),
        (CLAIMS, {"created_after": "2024-02-30"}, "created_after"),
        (SPEAKERS, {"kind": "alien"}, "kind"),
        (reverse("quote-export"), {"published_after": "never"}, "published_after"),
    ],
)
def test_invalid_filter_is_a_400_naming_the_field(client, newsroom, url, params, field):
    response = client.get(url, params)
    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize("url", ["/api/v1/quotes/{pk}/", "/api/v1/claims/{pk}/", "/api/v1/speakers/{pk}/", "/api/v1/articles/{pk}/"])
def test_unknown_or_malformed_ids_are_404(client, newsroom, url):
    missing = Quote.objects.order_by("-pk").first().pk + Claim.objects.order_by("-pk").first().pk + 1000
    for pk in (missing, "abc", "99999999999999999999999999"):
        assert client.get(url.format(pk=pk)).status_code == 404


def test_cursor_of_another_ordering_is_refused(client, newsroom):
    next_link = client.get(QUOTES, {"page_size": "1"}).json()["next"]
    response = client.get(next_link.replace("page_size=1", "page_size=1&ordering=confidence"))
    assert response.status_code == 400
    assert "cursor" in response.json()


# Permissions and tokens ----------------------------------------------------------------------


def test_anonymous_cannot_review(client, newsroom):
    url = newsroom["school"].get_absolute_url()
    assert client.patch(url, {"status": "approved"}).status_code == 401
    newsroom["school"].refresh_from_db()
    assert newsroom["school"].status == "pending"


def test_user_without_permission_cannot_review(client, newsroom):
    client.force_authenticate(User.objects.create_user("reader"))
    assert client.patch(newsroom["school"].get_absolute_url(), {"status": "approved"}).status_code == 403


def test_editor_reviews_a_quote_and_it_becomes_curated(client, newsroom):
    user = editor("change_quote")
    client.force_authenticate(user)
    response = client.patch(newsroom["school"].get_absolute_url(), {"status": "rejected"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "rejected"
    quote = Quote.objects.get(pk=newsroom["school"].pk)
    assert (quote.status, quote.curated, quote.reviewed_by) == ("rejected", True, user)
    client.force_authenticate(None)
    assert newsroom["school"].pk not in ids(client.get(QUOTES))


def test_editor_gives_a_claim_its_verdict(client, newsroom):
    client.force_authenticate(editor("change_claim"))
    url = newsroom["vaccine_claim"].get_absolute_url()
    incomplete = client.patch(url, {"status": "reviewed", "verdict": "true"})
    assert incomplete.status_code == 400
    assert {"verdict_explanation", "factcheck_url"} <= set(incomplete.json())

    response = client.patch(
        url,
        {
            "status": "reviewed", "verdict": "mostly_true", "rating_text": "صحيح إلى حد كبير",
            "verdict_explanation": "التجارب السريرية تؤكد ذلك.", "factcheck_url": "https://factcheck.test/vaccine",
        },
    )
    assert response.status_code == 200, response.content
    assert response.json()["verdict"] == "mostly_true"
    assert response.json()["claimreview"].endswith(reverse("claim-claimreview", kwargs={"pk": newsroom["vaccine_claim"].pk}))


def test_editor_with_quote_permission_cannot_give_verdicts(client, newsroom):
    client.force_authenticate(editor("change_quote"))
    response = client.patch(newsroom["vaccine_claim"].get_absolute_url(), {"status": "in_review"})
    assert response.status_code == 403


def test_unknown_verdict_in_a_review_is_a_400(client, newsroom):
    client.force_authenticate(editor("change_claim"))
    response = client.patch(newsroom["vaccine_claim"].get_absolute_url(), {"status": "reviewed", "verdict": "meh"})
    assert response.status_code == 400
    assert "verdict" in response.json()


def test_token_from_the_token_endpoint_authenticates_writes(client, newsroom):
    editor("change_quote")
    response = client.post(reverse("api-token"), {"username": "editor", "password": "s3cret-pass-word"})
    assert response.status_code == 200
    token = response.json()["token"]
    assert Token.objects.get(user__username="editor").key == token

    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.patch(newsroom["poor"].get_absolute_url(), {"status": "approved"}).status_code == 200
    client.credentials(HTTP_AUTHORIZATION="Token wrong")
    assert client.get(QUOTES).status_code == 401


def test_wrong_password_gets_no_token(client):
    editor()
    response = client.post(reverse("api-token"), {"username": "editor", "password": "guess"})
    assert response.status_code == 400
    assert "token" not in response.json()


def test_a_username_longer_than_any_user_can_have_is_a_400_not_a_server_error(client):
    response = client.post(reverse("api-token"), {"username": "x" * 300, "password": "guess"})
    assert response.status_code == 400
    assert "username" in response.json()


def test_anonymous_readers_are_throttled_and_token_users_get_more(client, newsroom, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {
        **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "3/minute", "user": "6/minute"}}
    statuses = [client.get(SPEAKERS).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]

    token = Token.objects.create(user=User.objects.create_user("checker"))
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    statuses = [client.get(SPEAKERS).status_code for _ in range(7)]
    assert statuses == [200] * 6 + [429]


def test_token_endpoint_is_throttled_against_password_guessing(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {
        **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "token": "2/minute"}}
    editor()
    statuses = [
        client.post(reverse("api-token"), {"username": "editor", "password": f"guess{i}"}).status_code
        for i in range(3)
    ]
    assert statuses == [400, 400, 429]


# Hostile text --------------------------------------------------------------------------------


def test_script_in_quote_and_speaker_name_is_escaped_in_browsable_api(client):
    evil = make_speaker('<script>alert("name")</script>')
    article = make_article('قال: <script>alert("quote")</script> انتهى')
    quote = make_quote(article, '<script>alert("quote")</script>', speaker=evil)

    for url in (QUOTES, quote.get_absolute_url(), evil.get_absolute_url()):
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        html = response.content.decode()
        assert "<script>alert(" not in html
        assert "&lt;script&gt;alert(" in html


# Schema and docs -----------------------------------------------------------------------------


def test_openapi_schema_documents_every_filter(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")

    def params(path: str) -> dict[str, str]:
        return {p["name"]: p.get("description", "") for p in schema["paths"][path]["get"]["parameters"]}

    quote_params = params("/api/v1/quotes/")
    for name in (
        "speaker", "speaker_name", "article", "outlet", "published_after", "published_before", "kind", "cue",
        "status", "min_confidence", "has_claim", "search", "ordering", "cursor", "page_size",
    ):
        assert quote_params[name], f"{name} is undocumented"
    claim_params = params("/api/v1/claims/")
    for name in ("verdict", "status", "claimant", "claimant_name", "created_after", "reviewed_before", "search"):
        assert claim_params[name], f"{name} is undocumented"
    assert set(params("/api/v1/quotes/export/")) >= set(quote_params) - {"cursor", "page_size"}


def test_interactive_docs_serve_swagger_ui_locally(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    # Every asset the page loads is served here, none from a CDN. (Not a search for "cdn" in the
    # page: its random CSRF token sometimes holds those letters.)
    assets = re.findall(r"""(?:src|href)=["']?([^"' >]+)""", html)
    assert assets and all(a.startswith("/static/") for a in assets), assets
