"""The word table: function words, words that cannot head a speaker, name-like words."""

from __future__ import annotations

import pytest

from attribution.arabic import words


@pytest.mark.parametrize("token", ["على", "وعلى", "لم", "ولم", "هو", "التي", "لكن", "عنها", "بالمناسبة"])
def test_closed_class_words_are_function_words(token):
    assert words.is_function_word(token)


@pytest.mark.parametrize("token", ["الوزير", "وزارة", "محمد", "الشركة", "مصادر"])
def test_content_words_are_not_function_words(token):
    assert not words.is_function_word(token)


@pytest.mark.parametrize("token", [
    "بالمناسبة", "بالقاهرة", "وبالمناسبة", "للمؤتمر",  # preposition glued to a definite noun
    "بصراحة", "باستمرار",  # preposition glued to an indefinite noun
    "مؤخرا", "مؤخراً", "أمس",  # adverbs
    "لم", "قد", "هو", "عنها", "التي",  # particles, pronouns, relatives
    "أكد", "أكدت", "وقال",  # verbs
    "تغيير", "والتغيير",  # verbal nouns
])
def test_words_that_cannot_open_a_speaker_phrase(token):
    assert words.cannot_head_speaker(token)


@pytest.mark.parametrize("token", [
    "الوزير", "وزارة", "مصادر", "مسؤول", "بعض", "أحد", "أبو",  # roles, institutions, quantifiers, kunya
    "فهد", "وليد", "فيصل", "علي",  # given names, even when they look like و/ف + word
    "بوتين", "كاميرون", "روسيا", "لبنان",  # foreign names and places shaped like clitic + noun
])
def test_words_that_may_open_a_speaker_phrase(token):
    assert not words.cannot_head_speaker(token)


def test_alef_maksura_keeps_the_preposition_apart_from_the_name():
    assert words.cannot_head_speaker("على")
    assert not words.cannot_head_speaker("علي")


@pytest.mark.parametrize("token", ["فهد", "سلمان", "مشعل", "بندر", "سطام"])
def test_given_names_are_name_like(token):
    assert words.is_name_like(token)
    assert words.given_name_score(token) > 0


@pytest.mark.parametrize("token", ["الحكومة", "قال", "في", "السياسة", "كبير"])
def test_common_words_are_not_name_like(token):
    assert words.name_score(token) == 0.0


def test_lookup_ignores_diacritics_and_hamza_forms():
    assert words.word_class("لَمْ") == words.word_class("لم")
    assert words.name_score("إبراهيم") == words.name_score("ابراهيم")


@pytest.mark.parametrize("token", ["ترامب", "ميركل"])
def test_transliterated_names_look_foreign(token):
    assert words.looks_foreign(token)


@pytest.mark.parametrize("token", ["تغيير", "مجددا", "بصراحة", "الحكومة", "يقول"])
def test_arabic_words_do_not_look_foreign(token):
    assert not words.looks_foreign(token)


@pytest.mark.parametrize("token", ["المواطنين", "العاملين", "مسؤولين", "الفلسطينيين"])
def test_sound_plurals_in_the_object_case_are_known(token):
    assert words.is_oblique_plural(token)


@pytest.mark.parametrize("token", ["المواطنون", "الدين", "حسين", "البحرين", "فلسطين", "الأمين", "بالعين"])
def test_words_in_yeh_noon_that_are_no_object_plurals(token):
    assert not words.is_oblique_plural(token)


@pytest.mark.parametrize("token", ["مهندسون", "المختصون", "مسؤولو", "ممثلو"])
def test_sound_plurals_in_the_subject_case_are_known(token):
    assert words.is_subject_plural(token)


@pytest.mark.parametrize("token", ["براون", "هارون", "ويلسون", "قانون", "يونيو", "أبو"])
def test_names_and_words_ending_like_a_subject_plural_are_none(token):
    assert not words.is_subject_plural(token)
