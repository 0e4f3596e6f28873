"""Know the words: function words, words that cannot head a speaker, and name-like words.

The table ``data/words.json`` is built once by ``scripts/build_word_table.py`` from the
arabicstopwords/arramooz dictionaries (qalsadi's) and the news corpus; here it is only
looked up (folded keys, loaded at import). No morphological analysis happens at run time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.normalize import normalize

_TABLE: Final = json.loads(resources.files("attribution.arabic").joinpath("data/words.json").read_text(encoding="utf-8"))
_CLASS: Final[dict[str, str]] = {w: cls for cls, words in _TABLE["classes"].items() for w in words}
_NAMES: Final[dict[str, float]] = _TABLE["names"]
_GIVEN: Final[dict[str, float]] = _TABLE["given"]
_SHAPES: Final[dict[str, float]] = _TABLE.get("shapes", {})
# Built by scripts/build_plurals.py from the corpus: "المواطنين" (the corpus also writes "المواطنون").
_OBLIQUE_PLURALS: Final = frozenset(json.loads(
    resources.files("attribution.arabic").joinpath("data/plurals.json").read_text(encoding="utf-8"))["oblique_plurals"])
FOREIGN_SHAPE: Final = 1.5  # mean trigram log-odds above which a word reads as a transliterated name
# (transliterated Western names score by the corpus: speaker identity folds their spellings)
_KNOWN_GIVEN: Final = frozenset(normalize(w) for w in lx.NATIVE_GIVEN_NAMES)

# Closed classes (the stop-word dictionary): a word of these is what it looks like.
FUNCTION_CLASSES: Final = frozenset({"particle", "preposition", "pronoun", "relative", "determiner", "adverb",
                              "aux_verb"})
# Words that cannot open a speaker phrase. Closed: "لم"، "هو"، "عنها"، "بالمناسبة"; open
# (dictionary and corpus; a foreign name may share the spelling): "أكد"، "رسميا"، "بصراحة"، "تغيير".
CLOSED_NON_HEAD: Final = FUNCTION_CLASSES - {"determiner"}
OPEN_NON_HEAD: Final = frozenset({"verb", "tanween_adverb", "clitic_noun", "masdar"})
NON_HEAD_CLASSES: Final = CLOSED_NON_HEAD | OPEN_NON_HEAD

_CONJ: Final = ("\N{ARABIC LETTER WAW}", "\N{ARABIC LETTER FEH}")
_ARTICLE: Final = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
# A preposition glued to the article: "بالقاهرة"، "للمؤتمر"، "كالعادة".
_PREP_ARTICLE: Final = ("\N{ARABIC LETTER BEH}" + _ARTICLE, "\N{ARABIC LETTER LAM}\N{ARABIC LETTER LAM}",
                 "\N{ARABIC LETTER KAF}" + _ARTICLE)
_ALEF_MAKSURA: Final = "\N{ARABIC LETTER ALEF MAKSURA}"
_HAMZA_BELOW: Final = "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}"
_HAMZA_ABOVE_FUNCTION_WORDS: Final = frozenset(normalize(w) for w in lx.HAMZA_ABOVE_FUNCTION_WORDS)
NAME_LIKE: Final = 0.3  # a name share at or above this makes a word name-like


def _bare_noun(folded: str) -> str | None:
    """Return a folded word without its article (and conjunction), or None when it has none.

    "والتاكيد" → "تاكيد"; only verbal nouns are listed bare in the table.
    """
    if folded[:1] in _CONJ and folded[1:3] == _ARTICLE and len(folded) > 5:
        return folded[3:]
    if folded.startswith(_ARTICLE) and len(folded) > 4:
        return folded[2:]
    return None


@lru_cache(maxsize=65536)
def word_class(token: str) -> str | None:
    """Return the class of a word in the table, or None when it is an open-class word.

    "بالمناسبة" → "preposition" (by shape), "باستمرار" → "clitic_noun", "لم" → "particle",
    "الوزير" → None.
    """
    folded = normalize(token)
    if not folded:
        return None
    cls = _CLASS.get(folded)
    if cls is not None:
        return None if spelled_as_noun(token) else cls
    bare = _bare_noun(folded)
    if bare is not None and _CLASS.get(bare) == "masdar":
        return "masdar"  # "الرجل" is no verb رجل: only nouns take the article
    body = folded[1:] if folded[:1] in _CONJ else folded
    if body.startswith(_PREP_ARTICLE) and len(body) > 4:
        return "preposition"
    return None


def spelled_as_noun(token: str) -> bool:
    """Tell whether a word folding like a function word is spelled as the noun it also folds from.

    "إمام" (an imam, hamza below) folds like "أمام" (before, hamza above); "وإمام" too.
    """
    body = token[1:] if token[:1] in _CONJ else token
    return body[:1] == _HAMZA_BELOW and normalize(body) in _HAMZA_ABOVE_FUNCTION_WORDS


def is_bare_particle(token: str) -> bool:
    """Tell whether a word is a listed preposition or particle, by itself or with a pronoun.

    "إلى" → True, "عنه" → True; "بالوزارة" (a preposition glued to a noun) → False.
    """
    return _CLASS.get(normalize(token)) in ("preposition", "particle")


def is_function_word(token: str) -> bool:
    """Tell whether a word is a closed-class word, clitics included.

    "وعلى" → True, "لديهم" → True, "الحكومة" → False.
    """
    return word_class(token) in FUNCTION_CLASSES


@lru_cache(maxsize=65536)
def name_score(token: str) -> float:
    """Return how name-like a word is, 0..1: its share of corpus uses in name positions.

    "فهد" → 1.0 (a known given name), "الحكومة" → 0.0.
    """
    folded = normalize(token)
    if folded in _KNOWN_GIVEN:
        return 1.0
    return max(_NAMES.get(folded, 0.0), _GIVEN.get(folded, 0.0))


def given_name_score(token: str) -> float:
    """Return how often a word opens a name (0..1): "سطام" → high, "الوزير" → 0."""
    folded = normalize(token)
    return 1.0 if folded in _KNOWN_GIVEN else _GIVEN.get(folded, 0.0)


@lru_cache(maxsize=65536)
def foreign_shape_score(token: str) -> float:
    """Return how much a word's letters look like a transliterated name (mean trigram log-odds).

    "ترامب" → high, "تغيير" → about 0.
    """
    marked = "^" + normalize(token) + "$"
    grams = [marked[i : i + 3] for i in range(len(marked) - 2)]
    return sum(_SHAPES.get(g, 0.0) for g in grams) / len(grams) if grams else 0.0


def looks_foreign(token: str) -> bool:
    """Tell whether a word is shaped like a transliterated foreign name: "ميركل" → True."""
    return foreign_shape_score(token) > FOREIGN_SHAPE


_OBLIQUE_ENDING: Final = "\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}"


def is_oblique_plural(token: str) -> bool:
    """Tell whether a word is a sound masculine plural in its object case: "المواطنين" → True.

    A subject is never in it ("قال المواطنون"), so a verb's bare "المواطنين" is its object;
    "الدين"، "حسين"، "البحرين" are no plurals.
    """
    # (The scans pass folded words, most ending otherwise: the suffix spares them the normalising.)
    if not token.endswith(_OBLIQUE_ENDING):
        return False
    folded = normalize(token)
    # (the corpus may write a plural in both cases only with the article, or only without it)
    other = folded[len(_ARTICLE):] if folded.startswith(_ARTICLE) else _ARTICLE + folded
    return folded in _OBLIQUE_PLURALS or other in _OBLIQUE_PLURALS


_SUBJECT_ENDING: Final = "\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}"
_CONSTRUCT_ENDING: Final = "\N{ARABIC LETTER WAW}"


def is_subject_plural(token: str) -> bool:
    """Tell whether a word is a sound masculine plural in its subject case: "مختصون"، "مسؤولو".

    "مسؤولو" is the form in construct ("مسؤولو الشركة"). A plural heads a group, never a
    personal name; names that end alike ("هارون"، "براون") are left out by their name share.
    """
    if token.endswith(_SUBJECT_ENDING):
        stem = token[:-2]
    elif token.endswith(_CONSTRUCT_ENDING):
        stem = token[:-1]
    else:
        return False
    return is_oblique_plural(stem + _OBLIQUE_ENDING) and not is_name_like(token)


def is_name_like(token: str) -> bool:
    """Tell whether a word is more likely part of a name than a common word."""
    return name_score(token) >= NAME_LIKE


def cannot_head_speaker(token: str) -> bool:
    """Tell whether a word cannot be the first word of a speaker phrase.

    Particles, prepositions, pronouns, adverbs, verbs, verbal nouns and nouns carrying a
    preposition clitic cannot: "بالمناسبة"، "بصراحة"، "لم"، "هو"، "مؤخرا". A name-like
    homograph can ("علي" the name, unless written "على").
    """
    cls = word_class(token)
    if cls not in NON_HEAD_CLASSES:
        return False
    return token.endswith(_ALEF_MAKSURA) or not is_name_like(token)
