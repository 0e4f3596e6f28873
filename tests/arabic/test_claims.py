"""Check-worthy claim candidates inside quotes."""

from __future__ import annotations

import pytest

from attribution.arabic.article import ParsedArticle
from attribution.arabic.claims import checkworthiness, detect
from attribution.arabic.pipeline import extract_article


@pytest.mark.parametrize(
    "sentence",
    [
        "أرسلنا أكثر من ٨٠٠ طن من البضائع إلى قطاع غزة",
        "استخدمت واشنطن الفيتو 3 مرات في مجلس الأمن لمنع وقف إطلاق النار",
        "ارتفع عدد الأسرة من 8500 سرير إلى أكثر من 10 آلاف سرير",
        "تضاعف حجم التبادل التجاري ثلاث مرات خلال العام الماضي",
    ],
)
def test_figures_quantities_and_comparisons_are_check_worthy(sentence):
    (candidate,) = detect(sentence)
    assert sentence[candidate.start : candidate.end] == sentence
    assert 0.5 <= candidate.score <= 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "نهجنا تجاه القضية الفلسطينية مبدئي وليس انتهازيا",
        "روسيا صديق عظيم لنا نعتمد عليه في العديد من المجالات",
        "شكرا جزيلا سيدي الرئيس",
    ],
)
def test_opinions_without_figures_are_not_claims(sentence):
    assert detect(sentence) == []
    assert checkworthiness(sentence) < 0.5


def test_more_evidence_scores_higher():
    assert checkworthiness("أرسلنا أكثر من 800 طن") > checkworthiness("أرسلنا 800 شاحنة")


def test_extracted_claims_are_substrings_of_their_quote():
    body = ('وقال بوتين: "خلال أحلك أوقات الأزمة قدمنا مساعدات إنسانية. أرسلنا أكثر من ٨٠٠ طن من البضائع '
            'إلى قطاع غزة، ونفذنا نحو ٣٢ عملية إنسانية".')
    extraction = extract_article(ParsedArticle(raw=body, body=body, paragraphs=((0, len(body)),)))
    assert extraction.claims
    for claim in extraction.claims:
        assert claim.text in extraction.quotes[claim.quote_index].text
    assert any("٨٠٠ طن" in claim.text for claim in extraction.claims)
