"""The lexicon is consistent data, and the text package stays free of Django."""

from __future__ import annotations

import subprocess
import sys

import pytest

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import CUE_FORMS, fold_word

STANCES = {"asserts", "claims", "denies", "warns", "neutral"}


def test_every_cue_has_forms_a_known_stance_and_complements():
    for cue in lx.CUES:
        assert cue.masc or cue.participles, cue.lemma
        assert cue.stance in STANCES, cue.lemma
        assert cue.complements <= {lx.AN, lx.COLON, lx.QUOTE, lx.NOUN}, cue.lemma


def test_no_surface_form_belongs_to_two_lemmas():
    owners: dict[str, str] = {}
    for cue in lx.CUES:
        for form in (*cue.masc, *cue.fem, *cue.plural, *cue.participles):
            key = fold_word(form)
            assert owners.setdefault(key, cue.lemma) == cue.lemma, form


@pytest.mark.parametrize(
    ("written", "lemma", "participle", "gender", "stance"),
    [
        ("قالت", "قال", False, "f", "neutral"),
        ("أكّد", "أكد", False, "m", "asserts"),
        ("مؤكدًا", "أكد", True, "m", "asserts"),
        ("مشيرة", "أشار", True, "f", "neutral"),
        ("نفى", "نفى", False, "m", "denies"),
        ("زعمت", "زعم", False, "f", "claims"),
        ("حذروا", "حذر", False, "p", "warns"),
        ("يقول", "قال", False, "m", "neutral"),
    ],
)
def test_surface_forms_tell_lemma_person_gender_and_stance(written, lemma, participle, gender, stance):
    form = CUE_FORMS[fold_word(written)]
    assert (form.cue.lemma, form.participle, form.gender, form.cue.stance) == (lemma, participle, gender, stance)


@pytest.mark.parametrize("word", ["يعتبر", "تشدد", "يذكر", "بينما", "الطالب"])
def test_ambiguous_words_are_not_cues(word):
    assert fold_word(word) not in CUE_FORMS


@pytest.mark.parametrize(
    ("word", "folded"),
    [("أكّد", "اكد"), ("إنّ", "ان"), ("مؤكدةً", "موكده"), ("الأولى", "الاولي"), ("٢٠٢٤", "2024"), ("قالـت", "قالت")],
)
def test_fold_word_removes_marks_and_unifies_letters(word, folded):
    assert fold_word(word) == folded


def test_quote_pairs_close_with_a_quote_mark():
    marks = set(lx.QUOTE_PAIRS) | set(lx.QUOTE_PAIRS.values())
    assert all(closing in marks for closing in lx.QUOTE_PAIRS.values())
    assert lx.QUOTE_PAIRS["\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"] == "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"


def test_titles_and_given_names_do_not_overlap():
    titles = {fold_word(w) for w in (*lx.HONORIFICS, *lx.ROLE_HEADS)}
    assert not titles & {fold_word(w) for w in lx.GIVEN_NAMES}


def test_text_package_imports_without_django():
    code = ("import sys; import attribution.arabic.pipeline, attribution.arabic.evaluate, "
            "attribution.arabic.claims; print('django' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_dictionary_given_names_are_names_the_word_table_does_not_class_as_words():
    from attribution.arabic.words import word_class

    listed = {fold_word(w) for w in lx.LISTED_GIVEN_NAMES}
    assert lx.DICTIONARY_GIVEN_NAMES and set(lx.DICTIONARY_GIVEN_NAMES) <= set(lx.GIVEN_NAMES)
    for name in lx.DICTIONARY_GIVEN_NAMES:
        assert fold_word(name) not in listed and word_class(fold_word(name)) is None, name
        assert not name.startswith(lx.ARTICLE), name  # a family name ("الأنصاري") is not given
