"""The keys an extraction carries are the keys the database finds rows by."""

from __future__ import annotations

from attribution.arabic.article import parse_article
from attribution.arabic.keys import content_hash, mention_vote, text_hash
from attribution.arabic.normalize import search_key
from attribution.arabic.pipeline import Extraction, extract_article, keys_of, with_keys
from attribution.arabic.statements import fingerprints

RAW = (
    "قال وزير النقل سامي الحربي في مؤتمر صحفي أمس إن الحكومة ستعلن خطة جديدة لتطوير النقل العام في المدن الكبرى.\n\n"
    "وأضاف الحربي أن الخطة تشمل توسيع شبكة القطارات خلال السنوات الخمس المقبلة.\n\n"
    "وقال مصدر مطلع إن التمويل لم يحسم بعد."
)


def test_an_extraction_carries_the_keys_its_rows_are_stored_and_found_by() -> None:
    extraction = with_keys(extract_article(parse_article(RAW)))
    keys = extraction.keys
    assert keys is not None and extraction.quotes
    assert keys.content_hash == content_hash(RAW)
    assert len(keys.quotes) == len(extraction.quotes) and len(keys.claims) == len(extraction.claims)
    for found, quote_keys in zip(extraction.quotes, keys.quotes, strict=True):
        # What a search for the quote's words in another spelling matches, and what a reprint
        # of the same words groups under.
        assert quote_keys.search == search_key(found.text)
        assert quote_keys.statement == text_hash(found.text)
    anonymous = [k.speaker for q, k in zip(extraction.quotes, keys.quotes, strict=True) if q.speaker_type == "anonymous"]
    assert anonymous and all(key.startswith(f"anonymous:{keys.content_hash[:16]}:") for key in anonymous)


def test_the_keys_are_those_the_models_derive_when_an_editor_edits_a_row() -> None:
    extraction = with_keys(extract_article(parse_article(RAW)))
    assert extraction.keys is not None
    for found, keys in zip(extraction.quotes, extraction.keys.quotes, strict=True):
        assert keys.fingerprints == tuple(sorted(fingerprints(found.text)))
    for claim, keys in zip(extraction.claims, extraction.keys.claims, strict=True):
        assert keys.hash == text_hash(claim.text) and keys.search == search_key(claim.text)
    bare = Extraction(article=extraction.article, quotes=extraction.quotes, claims=extraction.claims)
    assert keys_of(bare) == extraction.keys


def test_a_mention_votes_for_the_name_and_role_it_gives() -> None:
    assert mention_vote("وزير النقل سامي الحربي", "سامي الحربي") == ("سامي الحربي", "وزير النقل")
    # A surname the article expanded votes for the full name: the speaker is shown by it.
    assert mention_vote("فيرنانديز", "خوسيه فيرنانديز")[0] == "خوسيه فيرنانديز"
    # A full name ending otherwise is someone else's: the surname votes for itself.
    assert mention_vote("فيرنانديز", "خوسيه لوبيز")[0] == "فيرنانديز"
    # So does a surname of two words ("فان برغن"), and a mention with "علي" keeps it.
    assert mention_vote("فان برغن", "لويس فان برغن")[0] == "لويس فان برغن"
    assert mention_vote("الشيخ علي الشمراني", "علي الشمراني")[0] == "علي الشمراني"
    assert mention_vote("", "سامي الحربي") == ("", "")
