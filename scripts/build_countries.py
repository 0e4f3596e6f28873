"""Build ``attribution/arabic/data/countries.json``: the world's country names in Arabic.

Run from the repository root (build time only; extraction reads the JSON file)::

    pip install ".[places]"             # pycountry (ISO 3166 names and their translations)
    python scripts/build_countries.py

Input: the Arabic translation of ISO 3166-1 that pycountry ships (Debian's iso-codes). A
name is kept in its written form without diacritics: the short form before a comma or a
bracket ("إيران، الجمهورية الإسلامية الإيرانية" → "إيران"، "المجر (هنغاريا)" → both), when it
has one word or two without the article on the second ("بوركينا فاصو"; not "غيانا الفرنسية",
whose adjective the rules would read as a place); "…لاندا" is also kept as the common "…لندا" ("نيوزيلندا"). A one-word
name that is an ordinary word is left out: one the word table classes, a listed given name,
and ``ORDINARY_WORDS`` ("مالي" is also "financial", "موناكو" a family name); so is one the hand list
``lexicon.PLACES`` holds already. The output is sorted, so a rebuild on the same inputs is
byte-identical.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycountry  # noqa: E402

from attribution.arabic import lexicon as lx  # noqa: E402
from attribution.arabic.normalize import DIACRITIC_CLASS, normalize  # noqa: E402
from attribution.arabic.words import given_name_score, word_class  # noqa: E402

OUT = ROOT / "attribution" / "arabic" / "data" / "countries.json"
_DIACRITICS = re.compile(f"[{DIACRITIC_CLASS}]")


# Country names that are also ordinary words ("مالي" "financial", "بنين" "sons") or people's
# names in the news ("موناكو", "جورجيا"): as places they would cut names and roles.
ORDINARY_WORDS = ("مالي", "بنين", "موناكو", "جورجيا")
_ARABIC_WORDS = re.compile(r"^[\u0621-\u064a ]+$")


def _forms(translated: str) -> list[str]:
    """The short forms of one translated name: before a comma, and inside and before brackets."""
    text = " ".join(_DIACRITICS.sub("", translated).split())
    head = re.split(r"[،,]", text)[0]
    parts = [part.strip() for part in re.split(r"[()]", head) if part.strip()]
    forms = parts[:1] + [p for p in parts[1:] if " " not in p]  # ("المجر (هنغاريا)": both)
    forms += [f[: -len("لاندا")] + "لندا" for f in forms if f.endswith("لاندا")]
    return forms


def country_names() -> list[str]:
    """Return the kept Arabic country names, sorted."""
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    listed = {normalize(p) for p in lx.PLACES + lx.GOVERNMENT_METONYMS if p not in lx.COUNTRIES}  # (the hand list)
    kept = set()
    for country in pycountry.countries:
        for name in _forms(arabic.gettext(country.name)):
            words = name.split()
            if not _ARABIC_WORDS.match(name) or len(words) > 2 or normalize(name) in listed \
                    or len(words) == 2 and words[1].startswith(lx.ARTICLE):
                continue  # ("غيانا الفرنسية": the rules read a place's last word as a place)
            if len(words) == 1 and (name in ORDINARY_WORDS or word_class(name) is not None
                                    or given_name_score(name) == 1.0):  # (a listed given name)
                continue
            kept.add(name)
    return sorted(kept)


def main() -> None:
    names = country_names()
    OUT.write_text(json.dumps({"source": "pycountry iso3166-1 (ar)", "names": names}, ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    print(f"{len(names)} country names → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
