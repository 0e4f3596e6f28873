"""Recognise the same statement printed by several outlets: fingerprints of a quote's words.

Wire copy and press releases reach many papers, each quoting more or less of the same words
with light edits (a conjunction added, a word respelled, a sentence cut). A quote's
*fingerprints* are chosen by winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003) over
hashed shingles of ``SHINGLE_WORDS`` normalised words: the smallest hash in every window of
``WINDOW`` consecutive shingles. Two texts sharing a run of at least
``SHINGLE_WORDS + WINDOW - 1`` words share a fingerprint, and a quote contained in another
shares all of its fingerprints with it. So grouping needs one indexed lookup of a quote's
fingerprints, and :func:`same_statement` decides on the overlap.

>>> a = fingerprints("قال الوزير إن الحكومة ستعلن خطة جديدة للنقل العام في المدن الكبرى قريبا")
>>> b = fingerprints("الحكومة ستعلن خطة جديدة للنقل العام في المدن الكبرى")
>>> same_statement(b, a)
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

from attribution.arabic.normalize import normalize

SHINGLE_WORDS: Final = 4
# About 2 / (WINDOW + 1) fingerprints a word. Wider windows store fewer but let short quotes
# sharing only an opening phrase ("إن الحكومة ستعلن خلال…") reach the overlap threshold.
WINDOW: Final = 4
# Shorter quotes are phrases ("جريمة خطيرة"), not statements: many outlets repeat them
# without quoting one another.
MIN_WORDS: Final = 8
# Share of the smaller fingerprint set that must be shared to be one statement.
MIN_OVERLAP: Final = 0.5
# Fingerprints that must be shared, unless the two sets are identical: one shared fingerprint
# is one shared run of a few words ("الناس لا يريدون أن"), which different statements have in
# common as often as not.
MIN_SHARED: Final = 2


def statement_words(text: str) -> list[str]:
    """Return the normalised words a statement is compared on ("«الحكومةُ» ستعلن" → 2 words)."""
    return normalize(text).split()


def _shingle_digest(words: tuple[str, ...]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()


def fingerprints(text: str) -> frozenset[str]:
    """Return the winnowed shingle hashes of ``text`` (empty for texts under ``MIN_WORDS``)."""
    return word_fingerprints(statement_words(text))


def word_fingerprints(words: list[str]) -> frozenset[str]:
    """Return :func:`fingerprints` of a text's :func:`statement_words`."""
    if len(words) < MIN_WORDS:
        return frozenset()
    # Digests compare as their hex digits do: only the window minima are written out as hex.
    digests = list(map(_shingle_digest, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)))
    if len(digests) <= WINDOW:
        return frozenset((min(digests).hex(),))
    return frozenset(least.hex() for least in set(map(min, *(digests[i:] for i in range(WINDOW)))))


def overlap(a: Iterable[str], b: frozenset[str]) -> int:
    """Return how many fingerprints of ``a`` are in ``b``."""
    return sum(1 for key in a if key in b)


def same_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two fingerprint sets are one statement: identical, contained or lightly edited."""
    return bool(a and b) and shared_enough(overlap(a, b), len(a), len(b))


def shared_enough(shared: int, size_a: int, size_b: int) -> bool:
    """Return whether ``shared`` fingerprints of sets sized ``size_a`` and ``size_b`` make one statement."""
    smaller = min(size_a, size_b)
    if smaller == 0:
        return False
    identical = shared == size_a == size_b
    return identical or shared >= max(MIN_SHARED, MIN_OVERLAP * smaller)
