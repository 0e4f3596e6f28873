"""The importer writes extractions idempotently and never over an editor's work."""

from __future__ import annotations

from dataclasses import replace

import pytest

from attribution.arabic.article import parse_article
from attribution.arabic.keys import content_hash
from attribution.arabic.pipeline import ExtractedClaim, ExtractedQuote, Extraction
from attribution.curation import merge_speakers, review_quote
from attribution.importer import import_article, reextract_article
from attribution.models import Article, Claim, Quote, Speaker

pytestmark = pytest.mark.django_db

RAW = (
    "https://example.test/news/1\n"
    "الهباش: وقف الحرب أولوية\n"
    "قال محمود الهباش إن وقف الحرب على غزة أولوية فلسطينية.\n"
    "وقال مصدر مطلع إن الاجتماع عقد 3 مرات هذا الشهر."
)


def quote_of(body: str, text: str, speaker: str | None, *, speaker_type: str = "person", **fields) -> ExtractedQuote:
    start = body.index(text)
    defaults = {
        "kind": "indirect", "cue": "قال", "cue_start": -1, "cue_end": -1, "stance": "neutral",
        "rule": "test", "speaker_mention": speaker or "", "mention_start": -1, "mention_end": -1,
        "confidence": 0.9,
    }
    return ExtractedQuote(
        text=text, start=start, end=start + len(text), speaker=speaker, speaker_type=speaker_type,
        **{**defaults, **fields},
    )


def extraction(raw: str = RAW, *, url: str | None = "https://example.test/news/1") -> Extraction:
    article = parse_article(raw, url=url)
    body = article.body
    quotes = (
        quote_of(body, "وقف الحرب على غزة أولوية فلسطينية", "محمود الهباش", speaker_aliases=("الهباش",)),
        quote_of(body, "الاجتماع عقد 3 مرات هذا الشهر", "مصدر مطلع", speaker_type="anonymous"),
    )
    claims = (ExtractedClaim(text="الاجتماع عقد 3 مرات هذا الشهر", quote_index=1, score=0.8),)
    return Extraction(article=article, quotes=quotes, claims=claims)


def test_first_import_creates_article_quotes_speakers_and_claims() -> None:
    result = import_article(extraction=extraction(), source="test.txt")
    assert (result.status, result.quotes, result.speakers, result.claims) == ("new", 2, 2, 1)
    article = Article.objects.get()
    assert article.url == "https://example.test/news/1"
    for quote in article.quotes.all():
        assert article.body[quote.start : quote.end] == quote.text
    assert Speaker.objects.get(name="محمود الهباش").aliases.filter(name="الهباش").exists()
    assert Claim.objects.get().quotes.get().speaker.kind == Speaker.Kind.ANONYMOUS


def test_importing_the_same_article_twice_changes_nothing() -> None:
    import_article(extraction=extraction(), source="test.txt")
    before = [(q.pk, q.updated_at) for q in Quote.objects.order_by("pk")]
    result = import_article(extraction=extraction(), source="test.txt")
    assert result.status == "unchanged"
    assert [(q.pk, q.updated_at) for q in Quote.objects.order_by("pk")] == before
    assert (Article.objects.count(), Speaker.objects.count(), Claim.objects.count()) == (1, 2, 1)


def test_same_text_under_another_url_is_the_same_article() -> None:
    import_article(extraction=extraction(), source="a.txt")
    result = import_article(extraction=extraction(url=None), source="b.txt")
    assert result.status == "unchanged"
    assert Article.objects.count() == 1


def test_new_extractor_version_replaces_only_uncurated_quotes() -> None:
    import_article(extraction=extraction(), source="test.txt")
    curated = Quote.objects.get(speaker__name="محمود الهباش")
    review_quote(quote=curated, status=Quote.Status.REJECTED, user=None)
    Article.objects.update(extractor_version="0.0.0")

    result = import_article(extraction=extraction(), source="test.txt")

    assert result.status == "updated"
    assert result.quotes == 1  # the curated span is the editor's
    curated.refresh_from_db()
    assert curated.status == Quote.Status.REJECTED
    assert Quote.objects.count() == 2


def test_reextraction_keeps_curated_quotes_and_their_edits() -> None:
    import_article(extraction=extraction(), source="test.txt")
    quote = Quote.objects.get(speaker__name="محمود الهباش")
    other = Speaker.objects.create(name="محمد اشتية")
    quote.speaker, quote.curated = other, True
    quote.save()

    reextract_article(article=quote.article)

    quote.refresh_from_db()
    assert quote.speaker == other
    assert Quote.objects.filter(start=quote.start, end=quote.end).count() == 1


def test_editor_renamed_speaker_stays_renamed_after_reimport() -> None:
    import_article(extraction=extraction(), source="test.txt")
    speaker = Speaker.objects.get(name="محمود الهباش")
    speaker.name = "د. محمود صدقي الهباش"
    speaker.save()
    Article.objects.update(extractor_version="0.0.0")

    import_article(extraction=extraction(), source="test.txt")

    speaker.refresh_from_db()
    assert speaker.name == "د. محمود صدقي الهباش"
    assert Quote.objects.get(text__startswith="وقف الحرب").speaker == speaker


def test_quotes_of_a_merged_speaker_go_to_the_survivor_on_reimport() -> None:
    import_article(extraction=extraction(), source="test.txt")
    survivor = Speaker.objects.create(name="محمود صدقي الهباش")
    merge_speakers(survivor=survivor, others=[Speaker.objects.get(name="محمود الهباش")], user=None)
    Article.objects.update(extractor_version="0.0.0")

    import_article(extraction=extraction(), source="test.txt")

    assert not Speaker.objects.filter(name="محمود الهباش").exists()
    assert Quote.objects.get(text__startswith="وقف الحرب").speaker == survivor


def test_anonymous_sources_of_two_articles_are_two_speakers() -> None:
    import_article(extraction=extraction(), source="a.txt")
    second = RAW.replace("news/1", "news/2") + "\nخبر آخر."
    import_article(extraction=extraction(second, url="https://example.test/news/2"), source="b.txt")
    assert Speaker.objects.filter(kind=Speaker.Kind.ANONYMOUS).count() == 2
    assert Speaker.objects.filter(name="محمود الهباش").count() == 1


def test_a_claim_seen_again_links_to_the_existing_claim() -> None:
    import_article(extraction=extraction(), source="a.txt")
    second = RAW.replace("news/1", "news/2") + "\nخبر آخر."
    import_article(extraction=extraction(second, url="https://example.test/news/2"), source="b.txt")
    claim = Claim.objects.get()
    assert claim.quotes.count() == 2


def test_quote_whose_offsets_do_not_hold_is_not_stored() -> None:
    good = extraction()
    bad = replace(good.quotes[0], start=good.quotes[0].start + 1, end=good.quotes[0].end + 1)
    import_article(extraction=replace(good, quotes=(bad, good.quotes[1])), source="test.txt")
    assert list(Quote.objects.values_list("text", flat=True)) == [good.quotes[1].text]


def test_changed_text_of_a_curated_article_is_not_applied() -> None:
    import_article(extraction=extraction(), source="test.txt")
    review_quote(quote=Quote.objects.first(), status=Quote.Status.APPROVED, user=None)
    body_before = Article.objects.get().body

    changed = RAW + "\nفقرة جديدة أضيفت لاحقا."
    result = import_article(extraction=extraction(changed), source="test.txt")

    assert result.status == "kept"
    assert Article.objects.get().body == body_before
    assert Article.objects.get().content_hash == content_hash(RAW)


def putin_extraction(raw: str, *, full: bool) -> Extraction:
    article = parse_article(raw)
    name, aliases = ("فلاديمير بوتين", ("بوتين",)) if full else ("بوتين", ())
    quote = quote_of(article.body, "العلاقات مع فلسطين راسخة", name, speaker_aliases=aliases)
    return Extraction(article=article, quotes=(quote,), claims=())


SHORT = "وقال بوتين إن العلاقات مع فلسطين راسخة."
FULL = "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع فلسطين راسخة وتاريخية."


@pytest.mark.parametrize("full_first", [True, False], ids=["full name first", "surname first"])
def test_a_surname_and_a_full_name_in_two_articles_are_one_speaker_whatever_the_order(full_first: bool) -> None:
    order = [(FULL, True), (SHORT, False)] if full_first else [(SHORT, False), (FULL, True)]
    for raw, full in order:
        import_article(extraction=putin_extraction(raw, full=full), source="test.txt")
    speaker = Speaker.objects.get()
    assert (speaker.name, speaker.key) == ("فلاديمير بوتين", "فلاديمير بوتين")
    assert speaker.quotes.count() == 2
    assert set(speaker.aliases.values_list("name", flat=True)) >= {"بوتين", "فلاديمير بوتين"}


def test_a_short_form_speaker_an_editor_verified_keeps_its_name() -> None:
    import_article(extraction=putin_extraction(SHORT, full=False), source="a.txt")
    Speaker.objects.update(verified=True)
    import_article(extraction=putin_extraction(FULL, full=True), source="b.txt")
    speaker = Speaker.objects.get()
    assert speaker.name == "بوتين"
    assert speaker.quotes.count() == 2


def test_unnamed_groups_of_two_articles_are_two_anonymous_speakers() -> None:
    group = "عدد من المواطنين"
    for n in (1, 2):
        raw = RAW.replace("news/1", f"news/{n}") + f"\nوأشاد {group} بالقرار، مؤكدين أنه يخدم الأحياء {n}."
        first = extraction(raw, url=f"https://example.test/news/{n}")
        body = first.article.body
        said = quote_of(body, f"أنه يخدم الأحياء {n}", group, speaker_type="group")
        import_article(extraction=replace(first, quotes=(*first.quotes, said)), source=f"{n}.txt")
    assert list(Speaker.objects.filter(name=group).values_list("kind", flat=True)) == [Speaker.Kind.ANONYMOUS] * 2
