"""ClaimReview: the editors' short form as claimReviewed, the headline, and the real first appearance."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from attribution.models import Claim, Statement
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

FULL = "قال الوزير إن معدل البطالة في المملكة انخفض إلى ٧٪ خلال الربع الأول من هذا العام مقارنة بالعام الماضي"
SHORT = "البطالة انخفضت إلى 7% في الربع الأول"


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(username="desk", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


def at(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def reviewed(text: str = FULL, *, quotes=(), **fields) -> Claim:
    return make_claim(
        text, quotes=quotes, status="reviewed", verdict="false", verdict_explanation="لا.",
        factcheck_url="https://factcheck.test/jobs", **fields,
    )


def claimreview(claim: Claim) -> dict:
    response = APIClient().get(reverse("claim-claimreview", kwargs={"pk": claim.pk}))
    assert response.status_code == 200, response.content
    return response.json()


def test_claim_reviewed_is_the_short_form_when_an_editor_wrote_one() -> None:
    claim = reviewed(short_form=SHORT, review_title="هل انخفضت البطالة؟")
    review = claimreview(claim)
    assert review["claimReviewed"] == SHORT
    assert review["headline"] == "هل انخفضت البطالة؟"


def test_claim_reviewed_falls_back_to_the_full_text() -> None:
    review = claimreview(reviewed())
    assert review["claimReviewed"] == FULL
    assert "headline" not in review


def test_editor_sets_and_clears_the_short_form_through_the_api(editor) -> None:
    claim = make_claim(FULL)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    url = reverse("claim-detail", kwargs={"pk": claim.pk})

    body = client.patch(url, {"status": "in_review", "short_form": SHORT, "review_title": "عنوان"}, format="json").json()
    assert (body["short_form"], body["review_title"]) == (SHORT, "عنوان")
    body = client.patch(url, {"status": "in_review"}, format="json").json()
    assert body["short_form"] == SHORT  # absent: unchanged
    body = client.patch(url, {"status": "in_review", "short_form": ""}, format="json").json()
    assert body["short_form"] == ""
    assert client.patch(url, {"status": "in_review", "short_form": "ن" * 256}, format="json").status_code == 400


def test_editor_writes_the_short_form_in_the_admin(editor) -> None:
    claim = make_claim(FULL)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    url = reverse("admin:attribution_claim_change", args=[claim.pk])
    assert 'name="short_form"' in client.get(url).content.decode()
    response = client.post(url, {
        "text": claim.text, "short_form": SHORT, "claimant": "", "quotes": [], "status": "unreviewed",
        "verdict": "", "rating_text": "", "verdict_explanation": "", "factcheck_url": "", "review_title": "",
    })
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.short_form == SHORT
    assert claim.history.latest().short_form == SHORT


def test_first_appearance_is_the_earliest_quotes_article() -> None:
    speaker = make_speaker("وزير العمل")
    late = make_article(FULL, url="https://late.test/a", published_at=at(2024, 3, 9))
    early = make_article(FULL, url="https://early.test/a", published_at=at(2024, 3, 2))
    claim = reviewed(quotes=(make_quote(late, FULL, speaker=speaker), make_quote(early, FULL, speaker=speaker)))
    item = claimreview(claim)["itemReviewed"]
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://early.test/a", "datePublished": "2024-03-02"}
    assert [a["url"] for a in item["appearance"]] == ["https://early.test/a", "https://late.test/a"]
    assert item["datePublished"] == "2024-03-02"


def test_an_earliest_quote_without_a_url_is_not_replaced_by_a_later_one() -> None:
    """The first printing is known but has no URL: a later article is not its first appearance."""
    early = make_article(FULL, url=None, published_at=at(2024, 3, 2))
    late = make_article(FULL, url="https://late.test/a", published_at=at(2024, 3, 9))
    item = claimreview(reviewed(quotes=(make_quote(early, FULL), make_quote(late, FULL))))["itemReviewed"]
    assert "firstAppearance" not in item
    assert [a["url"] for a in item["appearance"]] == ["https://late.test/a"]
    assert item["datePublished"] == "2024-03-02"


def test_an_only_undated_quote_is_the_first_appearance_but_one_of_several_is_not() -> None:
    undated = make_article(FULL, url="https://undated.test/a")
    undated.published_at = None
    undated.save()
    quote = make_quote(undated, FULL)
    item = claimreview(reviewed(quotes=(quote,)))["itemReviewed"]
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://undated.test/a"}

    other = make_article(FULL, url="https://undated.test/b")
    other.published_at = None
    other.save()
    item = claimreview(reviewed("ادعاء آخر", quotes=(quote, make_quote(other, FULL))))["itemReviewed"]
    assert "firstAppearance" not in item
    assert "datePublished" not in item


def test_first_appearance_follows_an_earlier_printing_of_the_same_statement() -> None:
    statement = Statement.objects.create(key="jobs", text=FULL)
    quoted = make_article(FULL, url="https://b.test/a", published_at=at(2024, 3, 9))
    wire = make_article(FULL, url="https://wire.test/a", published_at=at(2024, 3, 1))
    quote = make_quote(quoted, FULL, statement=statement)
    make_quote(wire, FULL, statement=statement)
    item = claimreview(reviewed(quotes=(quote,)))["itemReviewed"]
    assert item["firstAppearance"]["url"] == "https://wire.test/a"
