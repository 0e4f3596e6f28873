"""Normalisation rules, and equivalence with the shared scorer's normalisation."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.arabic import normalize as norm

# The shared scorer's normalisation (../shared/eval/score_quotes.py), copied verbatim so the
# project can check itself without ../shared.
_REF_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_REF_TRANSLATE = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_REF_NON_WORD = re.compile(r"[^\w]+")


def reference_normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _REF_DIACRITICS.sub("", text).translate(_REF_TRANSLATE)
    text = _REF_NON_WORD.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


# Farsi yeh and keheh (and forms that decompose to them) are folded on purpose; the
# scorer leaves them alone.
DELIBERATE_EXTRAS = {"\u06a9", "\u06cc", "\ufb8e", "\ufb8f", "\ufb90", "\ufb91",
                     "\ufbfc", "\ufbfd", "\ufbfe", "\ufbff", "\ufdfc"}


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (norm.strip_diacritics, "الْعَرَبِيَّةُ", "العربية"),
        (norm.strip_diacritics, "مُحَمَّدٌ", "محمد"),
        (norm.strip_tatweel, "مدرســـة", "مدرسة"),
        (norm.normalize_alef, "أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),
        (norm.normalize_hamza_carriers, "مسؤول قائد", "مسوول قايد"),
        (norm.normalize_alef_maksura, "مستشفى موسى", "مستشفي موسي"),
        (norm.normalize_teh_marbuta, "مدرسة القاهرة", "مدرسه القاهره"),
        (norm.fold_digits, "٢٠٢٤ و ۲۰۲٤", "2024 و 2024"),
        (norm.fold_presentation_forms, "اﻷحكام اﻹجراءات", "الأحكام الإجراءات"),
        (norm.punctuation_to_space, "قال: «نعم»، ثم…", "قال نعم ثم"),
    ],
)
def test_each_rule_does_one_thing(function, text, expected):
    assert function(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أَحْمَدُ", "احمد"),
        ("«مدرسـة» الأولى، ٢٠٢٤", "مدرسه الاولي 2024"),
        ('قال بوتين: "إنّ العلاقات راسخة".', "قال بوتين ان العلاقات راسخه"),
        ("الرئيس_الروسي", "الرييس الروسي"),
        ("اﻷحكام القضائية", "الاحكام القضاييه"),
        ("فبراير ۲۰، ۲۰۲٤", "فبراير 20 2024"),
        ("  \u00a0 ", ""),
        ("", ""),
    ],
)
def test_normalize_gives_the_matching_key(text, expected):
    assert norm.normalize(text) == expected


def test_search_key_is_the_matching_key():
    assert norm.search_key("الرئيسُ الروسيّ") == norm.normalize("الرئيسُ الروسيّ")


def test_fold_digits_keeps_length_so_offsets_survive():
    text = "نشر في ١٢.٠٦.٢٠٢٤ الساعة ۱۲:۲۳"
    assert len(norm.fold_digits(text)) == len(text)


def test_presentation_folding_leaves_other_compatibility_characters():
    assert norm.fold_presentation_forms("قال… ½") == "قال… ½"


def test_normalize_matches_the_scorer_on_every_code_point():
    mismatches = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        if ch in DELIBERATE_EXTRAS:
            continue
        for text in (ch, f"ا{ch}ب", ch + ch):
            if norm.normalize(text) != reference_normalize(text):
                mismatches.append(hex(code))
                break
    assert mismatches == []


def test_normalize_matches_the_scorer_on_the_seed_files(seed_paths):
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        expected = reference_normalize(text).replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")
        assert norm.normalize(text) == expected, path.name


_SHORTCUT_ALPHABET = (
    [chr(c) for c in range(0x0621, 0x064B)] + list("Az09 \n\t") + list(norm._STABLE_PUNCT[:60])
    + ["\u0640", "\u064e", "\u0653", "\u0660", "\u06cc", "\u06dd", "\u200c", "\u00a0", "\ufef7", "…", "«", "»", "_"]
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SHORTCUT_ALPHABET), max_size=40))
def test_the_shortcuts_give_the_key_every_step_gives(text):
    # Plain words and sentences skip steps that would change nothing; the key must not tell.
    assert norm._normalize(text) == (norm._normalize_fully(text) if text else "")


_NFKC_ALPHABET = list("اأإآبتةسمي لز A0.«»“") + ["\u00a0", "\u0651", "\u064e", "\u0654", "\u0653", "\ufef7", "\u0675", "…", "٣"]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NFKC_ALPHABET), max_size=30))
def test_the_key_of_a_text_is_the_key_of_its_nfkc_form(text):
    # A text NFKC would leave alone (quotation marks) but for a no-break space skips NFKC; marks in
    # either order, composable hamzas and ligatures around it must not change its key.
    assert norm._normalize_fully(text) == norm._normalize_fully(unicodedata.normalize("NFKC", text))


def test_a_lexicon_word_with_hamza_on_waw_is_also_spelled_on_yeh():
    assert norm.hamza_spellings("مسؤول") == ("مسؤول", "مسئول")
    # (one way only: "رئيس" spelled "رؤيس" would fold like the family name "رويس")
    assert norm.hamza_spellings("رئيس") == ("رئيس",)


def test_a_folded_word_list_finds_either_hamza_spelling_of_its_words():
    forms = norm.lexicon_forms(["مسؤول", "وزير"], norm.normalize)
    assert norm.normalize("مسئول") in forms and norm.normalize("مسؤول") in forms
    assert norm.normalize("وزير") in forms
