"""The data model's promises: identity, constraints, offsets, natural keys."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

BODY = "قال محمود الهباش إن وقف الحرب على غزة أولوية فلسطينية.\nوأضاف أن السلطة تدعم القرار."


def test_duplicate_article_by_content_hash_is_refused() -> None:
    article = make_article(BODY)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(body=BODY, raw_text=BODY, content_hash=article.content_hash, url=None)


def test_duplicate_article_by_url_is_refused() -> None:
    make_article(BODY, url="https://example.test/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(BODY + " ", url="https://example.test/a")


def test_articles_without_url_can_coexist() -> None:
    make_article(BODY, url=None)
    make_article(BODY + "!", url=None)
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_empty_url_is_refused_so_it_cannot_collide() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(BODY, url="")


def test_quote_offsets_point_into_the_article_body() -> None:
    article = make_article(BODY)
    quote = make_quote(article, "وقف الحرب على غزة أولوية فلسطينية")
    assert article.body[quote.start : quote.end] == quote.text
    quote.full_clean()


def test_quote_with_wrong_offsets_fails_validation() -> None:
    article = make_article(BODY)
    quote = make_quote(article, "وقف الحرب")
    quote.start += 1
    with pytest.raises(ValidationError):
        quote.full_clean()


@pytest.mark.parametrize(
    ("start", "end"),
    [(10, 10), (10, 5)],
    ids=["empty span", "reversed span"],
)
def test_empty_or_reversed_quote_span_is_refused(start: int, end: int) -> None:
    article = make_article(BODY)
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, text="x", start=start, end=end, kind="direct")


def test_the_same_span_cannot_be_stored_twice() -> None:
    article = make_article(BODY)
    make_quote(article, "وقف الحرب")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_quote(article, "وقف الحرب")


def test_alias_is_unique_after_normalisation() -> None:
    speaker = make_speaker("أحمد أبو الغيط")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerAlias.objects.create(speaker=speaker, name="احمد ابو الغيط")


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("أحمد", "احمد"),
        ("مُحَمَّد", "محمد"),
        ("وزارة الخارجية", "وزاره الخارجيه"),
        ("مصطفى", "مصطفي"),
    ],
)
def test_speakers_are_found_by_any_spelling_of_an_alias(stored: str, typed: str) -> None:
    speaker = make_speaker("شخص", aliases=(stored,))
    assert list(Speaker.objects.named(typed)) == [speaker]


def test_quote_search_ignores_diacritics_tatweel_and_digit_scripts() -> None:
    article = make_article("قال الوزير إن الحكومة أرسلت ٨٠٠ طـــن من المُساعدات.")
    quote = make_quote(article, "الحكومة أرسلت ٨٠٠ طـــن من المُساعدات")
    assert list(Quote.objects.search("ارسلت 800 طن من المساعدات")) == [quote]
    assert not Quote.objects.search("لم يرسل شيئا").exists()


def test_claim_is_identified_by_its_normalised_text() -> None:
    make_claim("استخدمت واشنطن الفيتو 3 مرات")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(text="استخدمت واشنطن الفيتو ٣ مرّات")


def test_claimreview_rating_follows_the_verdict_scale() -> None:
    claim = make_claim("نص", verdict=Claim.Verdict.FALSE)
    assert claim.rating_value == 1
    claim.verdict = Claim.Verdict.TRUE
    assert claim.rating_value == 5
    claim.verdict = Claim.Verdict.UNVERIFIABLE
    assert claim.rating_value is None


def test_renaming_a_speaker_updates_its_search_key_but_not_its_identity() -> None:
    speaker = make_speaker("بوتين")
    key = speaker.key
    speaker.name = "فلاديمير بوتين"
    speaker.save()
    speaker.refresh_from_db()
    assert speaker.key == key
    assert speaker.name_normalized == "فلاديمير بوتين"
