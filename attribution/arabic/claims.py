"""Mark check-worthy statements inside quotes: figures, quantities, comparisons, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import fold_word, trie_pattern

_SENTENCE_RE: Final = re.compile(r"[^.!?؟\n]+[.!?؟]?")
_DIGITS_RE: Final = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    # (as a trie: a flat alternation of dozens of words is tried word by word at each letter)
    return re.compile(r"(?<!\w)[وفبل]?(?:" + trie_pattern({fold_word(w) for w in words}) + r")(?!\w)")


_QUANTITY_RE: Final = _alternation(lx.CLAIM_QUANTITY_WORDS)
_COMPARISON_RE: Final = _alternation(lx.CLAIM_COMPARISON_WORDS)
_TIME_RE: Final = _alternation(lx.CLAIM_TIME_WORDS)


@dataclass(frozen=True)
class Candidate:
    """A check-worthy span of a quote: ``quote[start:end]``, scored 0..1."""

    start: int
    end: int
    score: float


def checkworthiness(sentence: str) -> float:
    """Score how check-worthy a sentence is from its evidence.

    "أرسلنا أكثر من ٨٠٠ طن من البضائع" (figure + comparison) → 0.8;
    "نهجنا مبدئي وليس انتهازيا" → 0.
    """
    folded = fold_word(sentence)
    score = 0.0
    if _DIGITS_RE.search(sentence):
        score += 0.5
    quantities = len(set(_QUANTITY_RE.findall(folded)))
    score += min(0.5, 0.25 * quantities)
    if _COMPARISON_RE.search(folded):
        score += 0.2
    if score and _TIME_RE.search(folded):
        score += 0.1
    return min(score, 1.0)


def detect(quote: str, threshold: float = 0.5) -> list[Candidate]:
    """Return the check-worthy sentences of ``quote`` (offsets into it)."""
    if _DIGITS_RE.search(quote) is None and _QUANTITY_RE.search(fold_word(quote)) is None:
        return []  # (a sentence needs a figure or a quantity to reach 0.5: most quotes have neither)
    found = []
    for m in _SENTENCE_RE.finditer(quote):
        start, end = m.start(), m.end()
        while start < end and quote[start] in " \t\"«»“”،,":
            start += 1
        while end > start and quote[end - 1] in " \t\"«»“”،,.":
            end -= 1
        if len(quote[start:end].split()) < 4:
            continue
        score = checkworthiness(quote[start:end])
        if score >= threshold:
            found.append(Candidate(start, end, score))
    return found
