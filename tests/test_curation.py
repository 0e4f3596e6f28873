"""Curation services: what an editor's decision writes, whoever calls it (admin or API)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.curation import (
    claim_from_quote,
    edit_quote,
    merge_speakers,
    reassign_quote_speaker,
    review_claim,
    review_quote,
    undo_merge,
)
from attribution.importer import import_article, reextract_article
from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias, SpeakerMerge
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

BODY = (
    "قال الرئيس أحمد عطاف إن الجزائر لن تتخلى عن موقفها.\n"
    "وأضاف أحمد عطّاف أن المفاوضات ستستأنف الأسبوع المقبل.\n"
    "وقال مصدر مطلع إن الاجتماع عقد ثلاث مرات."
)
RAW = (
    "https://example.test/news/curation\n"
    "الهباش: وقف الحرب أولوية\n"
    "قال محمود الهباش إن وقف الحرب على غزة أولوية فلسطينية.\n"
    "وقال مصدر مطلع إن الاجتماع عقد 3 مرات هذا الشهر."
)


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(username="editor", password="x", is_staff=True)


def test_review_quote_marks_it_curated_and_records_who_in_history(editor) -> None:
    quote = make_quote(make_article(BODY), "الجزائر لن تتخلى عن موقفها")

    review_quote(quote=quote, status=Quote.Status.APPROVED, user=editor)

    quote.refresh_from_db()
    assert (quote.status, quote.curated, quote.reviewed_by) == (Quote.Status.APPROVED, True, editor)
    latest = quote.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (editor, "review: approved")


def test_review_quote_refuses_an_unknown_status(editor) -> None:
    quote = make_quote(make_article(BODY), "الجزائر لن تتخلى عن موقفها")
    with pytest.raises(ValidationError):
        review_quote(quote=quote, status="maybe", user=editor)


@pytest.mark.parametrize(
    ("write", "reason"),
    [
        (lambda quote, user: reassign_quote_speaker(quote=quote, speaker=make_speaker("محمد اشتية"), user=user),
         "speaker reassigned"),
        (lambda quote, user: edit_quote(quote=quote, user=user), "edited"),
        (lambda quote, user: claim_from_quote(quote=quote, user=user), "claim created"),
    ],
    ids=["reassign", "edit", "claim"],
)
def test_every_editor_write_marks_the_quote_curated(editor, write, reason: str) -> None:
    quote = make_quote(make_article(BODY), "الجزائر لن تتخلى عن موقفها")
    write(quote, editor)
    quote.refresh_from_db()
    assert quote.curated
    assert quote.history.latest().history_change_reason == reason


def test_claim_from_quote_reuses_the_claim_for_the_same_statement_spelled_differently(editor) -> None:
    article = make_article(BODY)
    existing = make_claim("الاجتماع عُقد ثلاث مرات")
    quote = make_quote(article, "الاجتماع عقد ثلاث مرات")

    claim = claim_from_quote(quote=quote, user=editor)

    assert claim == existing
    assert list(claim.quotes.all()) == [quote]


def test_reviewed_claim_needs_verdict_explanation_and_factcheck_url(editor) -> None:
    claim = make_claim("الاجتماع عقد ثلاث مرات")
    with pytest.raises(ValidationError) as error:
        review_claim(claim=claim, status=Claim.Status.REVIEWED, user=editor, verdict=Claim.Verdict.FALSE)
    assert set(error.value.message_dict) == {"verdict_explanation", "factcheck_url"}

    review_claim(
        claim=claim, status=Claim.Status.REVIEWED, user=editor, verdict=Claim.Verdict.FALSE,
        explanation="عقد مرتين فقط.", factcheck_url="https://factcheck.test/1",
    )
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.reviewed_by) == (Claim.Status.REVIEWED, "false", editor)
    assert claim.history.latest().history_change_reason == "review: reviewed (false)"


def test_merge_moves_everything_and_keeps_a_record_of_what_was_merged(editor) -> None:
    article = make_article(BODY)
    survivor = make_speaker("أحمد عطاف", aliases=("عطاف",))
    merged = make_speaker("أحمد عطّاف الوزير", aliases=("الوزير عطاف",), role="وزير الخارجية", wikidata_id="Q1")
    member = make_speaker("ناطق", affiliation=merged)
    q1 = make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=survivor)
    q2 = make_quote(article, "المفاوضات ستستأنف الأسبوع المقبل", speaker=merged)
    claim = make_claim("المفاوضات ستستأنف", quotes=(q2,), claimant=merged)
    merged_key = merged.key

    records = merge_speakers(survivor=survivor, others=[merged], user=editor)

    assert not Speaker.objects.filter(pk=merged.pk).exists()
    assert set(survivor.quotes.all()) == {q1, q2}
    claim.refresh_from_db()
    member.refresh_from_db()
    assert (claim.claimant, member.affiliation) == (survivor, survivor)
    assert set(survivor.aliases.values_list("name", flat=True)) == {
        "أحمد عطاف", "عطاف", "أحمد عطّاف الوزير", "الوزير عطاف",
    }
    survivor.refresh_from_db()
    assert (survivor.role, survivor.wikidata_id) == ("وزير الخارجية", "Q1")
    (record,) = records
    assert (record.survivor, record.merged_key, record.merged_by) == (survivor, merged_key, editor)
    assert record.snapshot["quotes"] == [q2.pk]
    assert record.snapshot["claims"] == [claim.pk]
    assert Speaker.history.filter(id=merged.pk, history_type="-").get().history_user == editor


def test_earlier_merge_records_survive_when_their_survivor_is_merged_again(editor) -> None:
    first, second, third = make_speaker("أحمد"), make_speaker("أحمد عطاف"), make_speaker("عطاف")
    merge_speakers(survivor=second, others=[first], user=editor)
    merge_speakers(survivor=third, others=[second], user=editor)
    assert set(SpeakerMerge.objects.values_list("merged_name", "survivor")) == {
        ("أحمد", third.pk), ("أحمد عطاف", third.pk),
    }


def test_merging_an_organisation_into_its_own_member_leaves_no_self_affiliation(editor) -> None:
    org = make_speaker("وزارة الخارجية", kind=Speaker.Kind.ORGANIZATION)
    member = make_speaker("الوزارة", kind=Speaker.Kind.ORGANIZATION, affiliation=org)
    merge_speakers(survivor=member, others=[org], user=editor)
    member.refresh_from_db()
    assert member.affiliation is None


def test_anonymous_sources_are_never_merged(editor) -> None:
    anonymous = make_speaker("مصدر مطلع", kind=Speaker.Kind.ANONYMOUS)
    with pytest.raises(ValidationError):
        merge_speakers(survivor=make_speaker("أحمد عطاف"), others=[anonymous], user=editor)
    assert Speaker.objects.filter(pk=anonymous.pk).exists()


def test_curated_quotes_survive_reextraction_and_reimport(editor) -> None:
    parsed = parse_article(RAW, url="https://example.test/news/curation")
    import_article(extraction=extract_article(parsed), source="test.txt")
    article = Article.objects.get()
    kept = article.quotes.get(text="وقف الحرب على غزة أولوية فلسطينية")
    other = make_speaker("محمد اشتية")
    reassign_quote_speaker(quote=kept, speaker=other, user=editor)
    review_quote(quote=kept, status=Quote.Status.REJECTED, user=editor)
    uncurated_before = set(article.quotes.filter(curated=False).values_list("pk", flat=True))

    reextract_article(article=article)
    Article.objects.update(extractor_version="0")
    import_article(extraction=extract_article(parsed), source="test.txt")

    kept.refresh_from_db()
    assert (kept.speaker, kept.status, kept.curated) == (other, Quote.Status.REJECTED, True)
    assert article.quotes.filter(curated=False).exists()
    assert not uncurated_before & set(article.quotes.values_list("pk", flat=True))
    assert SpeakerAlias.objects.filter(speaker=other).count() == 1


def test_review_lands_on_the_row_a_reextraction_put_in_place_of_the_quote(editor) -> None:
    article = make_article(BODY)
    stale = make_quote(article, "الجزائر لن تتخلى عن موقفها")
    Quote.objects.filter(pk=stale.pk).delete()  # what a concurrent re-extraction does first…
    fresh = make_quote(article, "الجزائر لن تتخلى عن موقفها", confidence=0.7)  # …then this

    review_quote(quote=stale, status=Quote.Status.APPROVED, user=editor)

    fresh.refresh_from_db()
    assert (fresh.status, fresh.curated, Quote.objects.count()) == (Quote.Status.APPROVED, True, 1)


def test_review_of_a_quote_a_reextraction_dropped_puts_it_back(editor) -> None:
    stale = make_quote(make_article(BODY), "الجزائر لن تتخلى عن موقفها")
    Quote.objects.filter(pk=stale.pk).delete()

    review_quote(quote=stale, status=Quote.Status.REJECTED, user=editor)

    (restored,) = Quote.objects.all()
    assert (restored.text, restored.status, restored.curated) == (stale.text, Quote.Status.REJECTED, True)


def test_undoing_a_merge_brings_the_speaker_and_its_quotes_back(editor) -> None:
    article = make_article(BODY)
    survivor = make_speaker("أحمد عطاف", aliases=("عطاف",))
    merged = make_speaker("أحمد عطّاف الوزير", aliases=("الوزير عطاف",), wikidata_id="Q1")
    kept = make_quote(article, "الجزائر لن تتخلى عن موقفها", speaker=survivor)
    moved = make_quote(article, "المفاوضات ستستأنف الأسبوع المقبل", speaker=merged)
    claim = make_claim("المفاوضات ستستأنف", quotes=(moved,), claimant=merged)
    (record,) = merge_speakers(survivor=survivor, others=[merged], user=editor)

    restored = undo_merge(merge=record, user=editor)

    assert (restored.pk, restored.key, restored.wikidata_id) == (merged.pk, merged.key, "Q1")
    assert list(restored.quotes.all()) == [moved]
    assert list(survivor.quotes.all()) == [kept]
    claim.refresh_from_db()
    assert claim.claimant == restored
    assert set(restored.aliases.values_list("name", flat=True)) == {"أحمد عطّاف الوزير", "الوزير عطاف"}
    assert set(survivor.aliases.values_list("name", flat=True)) == {"أحمد عطاف", "عطاف"}
    record.refresh_from_db()
    assert record.snapshot["undone_by"] == editor.pk
    assert restored.history.latest().history_change_reason == f"merge into {survivor.key} undone"
    with pytest.raises(ValidationError):
        undo_merge(merge=record, user=editor)
