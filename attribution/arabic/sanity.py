"""A speaker sanity report without gold: how plausible are the speakers the extractor gives?

Over any corpus it counts the quotes, those with no speaker, those whose speaker fails the
validity gate (by reason), those whose speaker is a bare role while a name stands right
beside the mention, and the kinds of speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic import words as wd
from attribution.arabic.normalize import normalize
from attribution.arabic.pipeline import ExtractedQuote, Extraction
from attribution.arabic.validity import speaker_problem

_ROLES: Final = frozenset(normalize(w) for w in lx.ROLE_HEADS + lx.HONORIFICS if " " not in w)
_ARTICLE: Final = lx.ARTICLE
# Words up to a clause break: the name of "وزير الخارجية عادل الجبير" stands in them.
_NEXT_WORDS: Final = re.compile(r"[^\s،,.:؛;!؟?()«»\"]+")
_BREAK: Final = re.compile(r"[،,.:؛;!؟?\n]")
EXAMPLES: Final = 5


@dataclass
class SpeakerSanity:
    """Counts over the quotes of a corpus (no gold needed)."""

    articles: int = 0
    quotes: int = 0
    no_speaker: int = 0
    invalid: Counter[str] = field(default_factory=Counter)
    role_beside_name: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    examples: dict[str, Counter[str]] = field(default_factory=dict)

    def note(self, reason: str, speaker: str) -> None:
        self.examples.setdefault(reason, Counter())[speaker] += 1


def is_bare_role(speaker: str) -> bool:
    """Tell whether a speaker is a title without a name: "وزير الخارجية" → True."""
    words = speaker.split()
    return bool(words) and normalize(words[0]) in _ROLES and not any(wd.is_name_like(w) for w in words)


def name_beside(body: str, quote: ExtractedQuote) -> bool:
    """Tell whether a given name stands right after the mention, before any clause break.

    "وقال وزير الخارجية عادل الجبير إن" with the speaker "وزير الخارجية" → True.
    """
    if quote.mention_end < 0:
        return False
    window = body[quote.mention_start : quote.mention_end + 40]
    cut = _BREAK.search(window, quote.mention_end - quote.mention_start)
    window = window[: cut.start()] if cut else window
    words = _NEXT_WORDS.findall(window)
    return any(wd.given_name_score(w) >= wd.NAME_LIKE for w in words)


def speaker_sanity(extractions: Iterable[Extraction]) -> SpeakerSanity:
    """Return the sanity counts of the quotes in ``extractions``."""
    report = SpeakerSanity()
    for extraction in extractions:
        report.articles += 1
        body = extraction.article.body
        for quote in extraction.quotes:
            report.quotes += 1
            report.kinds[quote.speaker_type if quote.speaker else "unknown"] += 1
            if not quote.speaker:
                report.no_speaker += 1
                continue
            problem = speaker_problem(quote.speaker)
            if problem is not None:
                report.invalid[problem] += 1
                report.note(problem, quote.speaker)
            elif is_bare_role(quote.speaker) and name_beside(body, quote):
                report.role_beside_name += 1
                report.note("role_beside_name", quote.speaker)
    return report


def _share(part: int, whole: int) -> str:
    return f"{part:>6}  {100 * part / whole:5.1f}%" if whole else f"{part:>6}      -"


def format_sanity(report: SpeakerSanity) -> str:
    """Return the report as a plain-text table."""
    n = report.quotes
    invalid = sum(report.invalid.values())
    lines = [
        f"articles                      {report.articles:>6}",
        f"quotes                        {n:>6}",
        f"no speaker                    {_share(report.no_speaker, n)}",
        f"speaker fails validity        {_share(invalid, n)}",
    ]
    lines += [f"  {reason:<27} {_share(k, n)}" for reason, k in report.invalid.most_common()]
    lines.append(f"bare role beside a name       {_share(report.role_beside_name, n)}")
    lines.append("speaker kinds")
    lines += [f"  {kind:<27} {_share(k, n)}" for kind, k in report.kinds.most_common()]
    for reason, seen in sorted(report.examples.items()):
        shown = "، ".join(f"{s} ({k})" for s, k in seen.most_common(EXAMPLES))
        lines.append(f"e.g. {reason}: {shown}")
    return "\n".join(lines) + "\n"
