"""One normalisation for matching, dedup and search keys; display text stays as written.

``normalize`` is the matching key used everywhere (dedup, aliases, search, evaluation). It
must stay equivalent to the shared scorer's normalisation for Arabic letters, digits and
punctuation; the per-rule helpers below spell out each step and can be used on their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final

from pyarabic import araby

# Harakat, Quranic annotation marks, superscript alef and tatweel carry no identity for
# matching. Wider than pyarabic's TASHKEEL (which lacks U+0670 and the Quranic marks).

_ALEFS: Final = {
    "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WASLA}": "\N{ARABIC LETTER ALEF}",
}
_HAMZA_CARRIERS: Final = {
    "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER WAW}",
    "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH}",
}
_HAMZA_CARRIER_TABLE: Final = str.maketrans(_HAMZA_CARRIERS)
_PERSIAN_LETTERS: Final = {
    "\N{ARABIC LETTER FARSI YEH}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER KEHEH}": "\N{ARABIC LETTER KAF}",
}
_DIGITS: Final = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian/Urdu)
}
_ALEF_TABLE: Final = str.maketrans(_ALEFS)
_LETTERS: Final = str.maketrans(
    {
        **_ALEFS,
        **_HAMZA_CARRIERS,
        **_PERSIAN_LETTERS,
        "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
        **_DIGITS,
    }
)
# The one table of letter folds, shared by ``normalize`` and the extractor's offset-keeping
# ``quotes.fold``: every fold is one letter to one letter, so offsets survive it.
# str.translate is slow on non-ASCII text; a few str.replace passes are ~10x faster.
LETTER_FOLDS: Final[tuple[tuple[str, str], ...]] = (
    *_ALEFS.items(),
    *_HAMZA_CARRIERS.items(),
    *_PERSIAN_LETTERS.items(),
    ("\N{ARABIC LETTER ALEF MAKSURA}", "\N{ARABIC LETTER YEH}"),
    ("\N{ARABIC LETTER TEH MARBUTA}", "\N{ARABIC LETTER HEH}"),
)
DIGIT_FOLDS: Final[tuple[tuple[str, str], ...]] = tuple(_DIGITS.items())


def replace_folds(text: str, folds: tuple[tuple[str, str], ...]) -> str:
    """Return ``text`` with each fold's character replaced (one ``str.replace`` pass a fold present).

    >>> replace_folds("أحمد ٣", (*LETTER_FOLDS, *DIGIT_FOLDS))
    'احمد 3'
    """
    for old, new in folds:
        if old in text:
            text = text.replace(old, new)
    return text


# Marks with no identity for matching, as a character class (used by ``quotes.fold`` too).
DIACRITIC_CLASS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_DIACRITICS: Final = re.compile(f"[{DIACRITIC_CLASS}]")
_NON_ASCII_DIGIT: Final = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_NON_WORD: Final = re.compile(r"[\W_]+")
# Punctuation seen in practice, as one class: matching it is much faster than [\W_] (a
# Unicode category lookup per character). Anything else non-word falls back to _NON_WORD.
_PUNCT_CHARS: Final = "".join(
    re.escape(chr(c))
    for c in (*range(0x0000, 0x0250), *range(0x0600, 0x0700), *range(0x2000, 0x2070), 0x3000)
    if _NON_WORD.fullmatch(chr(c)) and chr(c) not in " \n"
)
_COMMON_PUNCT: Final = re.compile(f"[{_PUNCT_CHARS}]+")
_PLAIN: Final = "\u0621-\u063a\u0641-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f90-9A-Za-z \n"
_UNCOMMON: Final = re.compile(f"[^{_PLAIN}]")
_NO_BREAK_SPACE: Final = "\N{NO-BREAK SPACE}"


def strip_diacritics(text: str) -> str:
    """Return ``text`` without harakat, shadda, Quranic marks or tatweel.

    >>> strip_diacritics("الْعَرَبِيَّةُ")
    'العربية'
    """
    return _DIACRITICS.sub("", text)


def strip_tatweel(text: str) -> str:
    """Return ``text`` without tatweel (kashida) stretching.

    >>> strip_tatweel("مدرســـة")
    'مدرسة'
    """
    return araby.strip_tatweel(text)


def normalize_alef(text: str) -> str:
    """Return ``text`` with every alef form (أ إ آ ٱ) written as bare alef.

    >>> normalize_alef("أإآٱ")
    'اااا'
    """
    return text.translate(_ALEF_TABLE)


def normalize_hamza_carriers(text: str) -> str:
    """Return ``text`` with ؤ → و and ئ → ي.

    >>> normalize_hamza_carriers("مسؤول قائد")
    'مسوول قايد'
    """
    return text.translate(_HAMZA_CARRIER_TABLE)


# (One way only: "رئيس" written "رؤيس" would fold like the family name "رويس".)
_WAW_HAMZA_AS_YEH: Final = str.maketrans({
    "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}"})


def hamza_spellings(word: str) -> tuple[str, ...]:
    """Return a lexicon word and its spelling with the hamza on a yeh seat.

    Egyptian and older Gulf spelling writes "مسئول"، "الشئون" where others write "مسؤول"،
    "الشؤون"; folded (ؤ → و, ئ → ي) the two differ, so a word list holds both.

    >>> hamza_spellings("مسؤول")
    ('مسؤول', 'مسئول')
    >>> hamza_spellings("وزير")
    ('وزير',)
    """
    other = word.translate(_WAW_HAMZA_AS_YEH)
    return (word,) if other == word else (word, other)


def lexicon_forms(words: Iterable[str], fold: Callable[[str], str]) -> frozenset[str]:
    """Return the folded forms of a word list, each word in both its hamza spellings (``hamza_spellings``).

    ``fold`` is the module's folding (``normalize`` or the scanners' ``fold_word``).
    """
    return frozenset(fold(spelling) for word in words for spelling in hamza_spellings(word))


def normalize_alef_maksura(text: str) -> str:
    """Return ``text`` with alef maksura (ى) written as yeh (ي).

    >>> normalize_alef_maksura("مستشفى")
    'مستشفي'
    """
    return text.replace("\N{ARABIC LETTER ALEF MAKSURA}", "\N{ARABIC LETTER YEH}")


def normalize_teh_marbuta(text: str) -> str:
    """Return ``text`` with teh marbuta (ة) written as heh (ه).

    >>> normalize_teh_marbuta("مدرسة")
    'مدرسه'
    """
    return text.replace("\N{ARABIC LETTER TEH MARBUTA}", "\N{ARABIC LETTER HEH}")


def fold_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Persian digits as ASCII; length is unchanged.

    >>> fold_digits("٢٠٢٤ و ۲۰")
    '2024 و 20'
    """
    return replace_folds(text, DIGIT_FOLDS)


_PRESENTATION_FORMS: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_PRESENTATION_FORM: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")  # (to search: twice as fast without "+")


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def has_presentation_forms(text: str) -> bool:
    """Return whether ``text`` holds Arabic presentation forms, which :func:`fold_presentation_forms` folds."""
    return _PRESENTATION_FORM.search(text) is not None


def fold_presentation_forms(text: str) -> str:
    """Return ``text`` with Arabic presentation forms (ligatures such as ﻷ) as plain letters.

    Only the Arabic presentation-form blocks change, so the text stays fit for display
    ("…" and other compatibility characters are left alone).

    >>> fold_presentation_forms("اﻷحكام…")
    'الأحكام…'
    """
    if _PRESENTATION_FORM.search(text) is None:
        return text
    return _PRESENTATION_FORMS.sub(_nfkc, text)


def punctuation_to_space(text: str) -> str:
    """Return ``text`` with punctuation, quote marks and runs of spaces as single spaces.

    >>> punctuation_to_space('قال: «نعم»، ثم…')
    'قال نعم ثم'
    """
    return " ".join(_NON_WORD.sub(" ", text).split())


def normalize(text: str) -> str:
    """Return the matching key of ``text``.

    Folds presentation forms (NFKC), drops diacritics and tatweel, unifies alef/hamza
    forms, ى→ي, ة→ه, digits → ASCII, and turns punctuation into single spaces.

    >>> normalize("أَحْمَدُ")
    'احمد'
    >>> normalize("«مدرسـة» الأولى، ٢٠٢٤")
    'مدرسه الاولي 2024'
    """
    # Words and names are keyed again and again; long texts rarely, and they would crowd
    # the words out of one cache.
    return _normalize_word(text) if len(text) <= _WORD_LENGTH else _normalize_text(text)


# Punctuation that NFKC leaves alone and that is no combining mark: a text of plain Arabic
# letters (no tatweel or marks), ASCII letters and digits, spaces and these (most words and
# sentences) needs the letter folds and the punctuation spaced out, nothing else.
_STABLE_PUNCT: Final = "".join(
    c for c in (chr(i) for i in (*range(0x0000, 0x0250), *range(0x0600, 0x0700), *range(0x2000, 0x2070), 0x3000))
    if _COMMON_PUNCT.fullmatch(c) and not _DIACRITICS.match(c) and unicodedata.normalize("NFKC", c) == c
    and (unicodedata.category(c)[0] in "PS" or unicodedata.category(c) in ("Zs", "Cc"))
)
_NOT_PLAIN: Final = re.compile(f"[^\u0621-\u063a\u0641-\u064aA-Za-z0-9 \n{re.escape(_STABLE_PUNCT)}]")


def _normalize(text: str) -> str:
    if not text:
        return ""
    if _NOT_PLAIN.search(text) is None:  # (most words and sentences: three passes, not eight)
        return " ".join(_COMMON_PUNCT.sub(" ", replace_folds(text, LETTER_FOLDS)).split())
    return _normalize_fully(text)


def _normalize_fully(text: str) -> str:
    """Every step of :func:`normalize`, for any text (the shortcuts above give the same key)."""
    # A no-break space, NFKC's usual reason in scraped text, becomes a space without it: NFKC
    # of a whole article is a third of its key's cost.
    if _NO_BREAK_SPACE in text:
        text = text.replace(_NO_BREAK_SPACE, " ")
    # (the standard library's quick check: «» and “” alone, NFKC-stable, need no NFKC pass)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = replace_folds(_DIACRITICS.sub("", text), LETTER_FOLDS)
    if _NON_ASCII_DIGIT.search(text) is not None:
        text = fold_digits(text)
    text = _COMMON_PUNCT.sub(" ", text)
    if _UNCOMMON.search(text) is not None:
        text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


_WORD_LENGTH: Final = 40
_normalize_word = lru_cache(maxsize=65536)(_normalize)
_normalize_text = lru_cache(maxsize=1024)(_normalize)


def search_key(text: str) -> str:
    """Return the key stored for database search: :func:`normalize`, case-folded.

    >>> search_key("الرئيسُ الروسيّ BBC")
    'الرييس الروسي bbc'
    """
    return normalize(text).casefold()
