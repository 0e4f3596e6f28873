"""Statement fingerprints: the same words across outlets group, different statements do not."""

from __future__ import annotations

import pytest

from attribution.arabic.statements import fingerprints, same_statement

BASE = "إن الحكومة ستعلن خلال الأسبوع المقبل خطة جديدة لتطوير النقل العام في المدن الكبرى وتوسيع شبكة القطارات"


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (BASE, "identical"),
        ("إنَّ الحكومةَ ستُعلن خلال الأسبوع المقبل خطة جديدة لتطوير النقل العام في المدن الكبرى وتوسيع شبكة القطارات",
         "diacritics"),
        ("ان الحكومه ستعلن خلال الاسبوع المقبل خطه جديده لتطوير النقل العام في المدن الكبري وتوسيع شبكه القطارات",
         "hamza, ta marbuta and alef maqsura spellings"),
        ("الحكومة ستعلن خلال الأسبوع المقبل خطة جديدة لتطوير النقل العام", "partial quote"),
        ("إن الحكومة ستعلن خلال الأسبوع القادم خطة جديدة لتطوير النقل العام في المدن الكبرى وتوسيع شبكة القطارات",
         "one word edited"),
        (BASE + " والحافلات الكهربائية، وهو ما سيخفف الازدحام المروري في العاصمة",
         "a longer report of the same words"),
    ],
)
def test_same_words_printed_differently_are_one_statement(other: str, why: str) -> None:
    assert same_statement(fingerprints(other), fingerprints(BASE)), why
    assert same_statement(fingerprints(BASE), fingerprints(other)), why


@pytest.mark.parametrize(
    "other",
    [
        "إن الحكومة لن تعلن أي خطط جديدة قبل نهاية العام بسبب العجز في الميزانية العامة للدولة",
        "إن وزارة الصحة ستطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية في جميع المدارس الحكومية",
        "إن الحكومة ستعلن خلال الأسبوع المقبل أسماء الفائزين بجوائز التميز في الخدمة المدنية لهذا العام",
    ],
)
def test_different_statements_do_not_group(other: str) -> None:
    assert not same_statement(fingerprints(other), fingerprints(BASE))


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("نمحو الحبر لأن الناس لا يريدون أن ندلي بأصواتنا",
         "أعلم كل شيء عن المراسم. أعلم أن بعض الناس لا يريدون أن أمارس هذه الوظيفة، لكنهم أقلية"),
        ("الوضع لا يدعو للقلق والمواطنين يمارسون حياتهم بشكل طبيعي",
         "أنهم يمارسون حياتهم بشكل طبيعي في جو يسوده الأمن، مقدمين شكرهم للجنود المرابطين على الحدود"),
    ],
)
def test_one_short_shared_phrase_is_not_one_statement(short: str, long: str) -> None:
    assert not same_statement(fingerprints(short), fingerprints(long))


@pytest.mark.parametrize("phrase", ["جريمة خطيرة", "حرب شوارع حقيقية في المدينة", ""])
def test_short_phrases_are_not_statements(phrase: str) -> None:
    assert fingerprints(phrase) == frozenset()
    assert not same_statement(fingerprints(phrase), fingerprints(phrase))


def test_fingerprints_are_stable_across_processes() -> None:
    # Stored keys must match those computed by a later import: no salted hash().
    assert min(fingerprints(BASE)) == min(fingerprints(BASE + " "))
    assert all(len(key) == 16 for key in fingerprints(BASE))
