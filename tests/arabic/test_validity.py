"""The validity gate: strings that cannot be speakers, and what the resolver does instead."""

from __future__ import annotations

import pytest

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.arabic.validity import speaker_problem


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_article(parse_article(text)).quotes]


@pytest.mark.parametrize(("speaker", "reason"), [
    ("بالمناسبة", "preposition"),
    ("بالقاهرة", "preposition"),
    ("بصراحة", "preposition"),
    ("عنها أمس", "preposition"),
    ("بصحيفة دي تسايت", "preposition"),  # a noun with a preposition glued on, whatever follows it
    ("مجددا", "adverb"),
    ("54 عاما", "number"),
    ("عام 1990", "number"),
    ("الخميس", "number"),
    ("لم يحدث تغيير", "clause"),
    ("كما", "clause"),
    ("أم لا", "clause"),
    ("هو", "pronoun"),
    ("دراسة صادرة", "document"),
    ("البيان", "document"),
    ("التقرير السنوي", "document"),
    ("", "empty"),
])
def test_implausible_speakers_are_rejected_with_a_reason(speaker, reason):
    assert speaker_problem(speaker) == reason


@pytest.mark.parametrize("speaker", [
    "وزير الخارجية", "مصادر مطلعة", "بيان الخارجية", "دراسة صادرة عن جامعة القاهرة",
    "قيادة الجيش", "فلاديمير بوتين", "علي الحربي", "أحد رواد موقع فيسبوك", "بعض المسؤولين",
    "أبو مازن", "رجب طيب أردوغان", "مجموعة العشرين", "سي إن إن", "الأرصاد",
    "صباح بن عايد الشهري",  # a given name that spells a word, then its patronymic chain
    "أم سعد",  # a kunya: "أم" is also the particle "or"
])
def test_plausible_speakers_pass(speaker):
    assert speaker_problem(speaker) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال مسؤول في وزارة الدفاع البريطانية إن القوات ستنسحب من المنطقة خلال أيام.",
     "مسؤول في وزارة الدفاع البريطانية"),
    ("وقال أحد رواد موقع فيسبوك إن الخدمة توقفت عن العمل منذ الصباح.", "أحد رواد موقع فيسبوك"),
    ("وقال موظفون في قطاع الصحة إن الرواتب تأخرت ثلاثة أشهر متتالية.", "موظفون في قطاع الصحة"),
    ("وقال مصدر في الشرطة إن المشتبه به اعتقل فجر اليوم.", "مصدر في الشرطة"),
])
def test_unnamed_source_keeps_its_affiliation(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "وقال مسؤول في تصريح صحفي إن الرواتب تأخرت ثلاثة أشهر.",
    "وقال مسؤول في وقت سابق إن الرواتب تأخرت ثلاثة أشهر.",
])
def test_how_or_when_a_source_spoke_is_no_affiliation(text):
    assert speakers(text) == ["مسؤول"]


def test_adverb_after_the_verb_leaves_the_previous_speaker():
    text = "وقال الوزير خالد الفالح إن الإنتاج مستقر. وأكد مجددا أن المملكة ملتزمة بالاتفاق."
    assert speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_prepositional_phrase_with_nobody_before_is_left_unresolved():
    assert speakers("وقال بصراحة إن الوضع صعب جدا هذه الأيام.") == [None]


def test_report_speaks_through_its_issuer():
    text = "وأشار التقرير الصادر عن البنك الدولي إلى أن نسبة البطالة ارتفعت."
    assert speakers(text) == ["البنك الدولي"]


def test_report_without_an_issuer_anywhere_has_no_speaker():
    assert speakers("وأشار التقرير إلى أن نسبة البطالة ارتفعت في الربع الأول.") == [None]


def test_title_marks_a_name_that_reads_like_an_adverb():
    assert speakers("وقال السيد فارغا إن الأسعار ارتفعت كثيرا هذا العام.") == ["فارغا"]


def test_surname_that_reads_like_an_adverb_refers_back_to_its_person():
    text = ("وقال السفير ماركو شيبا إن العلاقات بين البلدين جيدة. "
            "وقال شيبا إن السياحة تنمو كل عام بنسبة كبيرة.")
    assert speakers(text) == ["ماركو شيبا", "ماركو شيبا"]


def test_an_ordinal_before_a_name_is_not_part_of_it():
    text = "أكد مدير مهرجان الربيع الـ 17 خالد بن محمد العتيبي أن المهرجان وفر 600 فرصة عمل."
    assert speakers(text) == ["خالد بن محمد العتيبي"]


@pytest.mark.parametrize("speaker", ["م محمد العتيبي", "سي إن إن"])
def test_abbreviations_before_names_and_acronyms_pass(speaker):
    assert speaker_problem(speaker) is None


def test_a_name_written_with_madda_is_no_pronoun():
    assert speaker_problem("آنا ماري بردوان") is None


@pytest.mark.parametrize(("speaker", "problem"), [("لي كه تشيانغ", None), ("لي صديق قديم", "pronoun"),
                                                  ("لي الابن", "pronoun")])
def test_li_opens_a_name_only_before_transliterated_given_names(speaker, problem):
    assert speaker_problem(speaker) == problem
    assert speaker_problem("أنا أقول") == "pronoun"


def test_a_given_name_that_spells_an_adverb_passes_before_its_family_name():
    assert speaker_problem("عوض آل رشيد") is None
    assert speaker_problem("عوض") == "adverb"
