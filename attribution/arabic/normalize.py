"""One normalisation for matching, dedup and search keys; display text stays as written."""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks, superscript alef and tatweel carry no identity for matching.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans(
    {
        "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF WASLA}": "\N{ARABIC LETTER ALEF}",
        "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER WAW}",
        "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER FARSI YEH}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER KEHEH}": "\N{ARABIC LETTER KAF}",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)
_NON_WORD = re.compile(r"[^\w]+")


def fold_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Persian digits as ASCII ("٢٠٢٤" → "2024")."""
    return text.translate({**{0x0660 + i: str(i) for i in range(10)},
                           **{0x06F0 + i: str(i) for i in range(10)}})


def normalize(text: str) -> str:
    """Return the matching key of ``text``.

    Folds presentation forms (NFKC), drops diacritics and tatweel, unifies alef/hamza
    forms, ى→ي, ة→ه, digits → ASCII, and turns punctuation into single spaces:
    "أَحْمَدُ" → "احمد", "مدرسـة" → "مدرسه".
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _DIACRITICS.sub("", text).translate(_LETTERS)
    text = _NON_WORD.sub(" ", text.replace("_", " "))
    return " ".join(text.split())
