"""The fast scans give exactly what the plain regular-expression scans give."""

from __future__ import annotations

import re

import pytest

from attribution.arabic import according_to, nouns, quotes

TEXTS = [
    "",
    " ",
    "،",
    "وقال سامي خليل، مدير المركز: «الأمر صعب»؛ وبحسب مصادر، فإن الاتفاق قريب.",
    "وفقا لما نقلته الوكالة، ووفقا للبيان: لا تغيير. حسبما أفاد نقلا عن مصدر؛ وذلك على حد قوله",
    "أكد تأكيدها أنها ماضية، ونفى نفيه أن يكون حاضرا   ثم قال   إن",
    "استنادا إلى التقرير، وطبقا للقانون وتبعا لذلك، حسب «رويترز»",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_tokens_are_the_runs_between_separators(text: str) -> None:
    expected = [(m.start(), m.end(), m.group().strip(quotes._PUNCT_STRIP))
                for m in quotes._TOKEN_RE.finditer(text)]
    assert quotes.word_tokens(text, quotes._PUNCT_STRIP) == expected
    middle = len(text) // 3
    assert quotes.word_tokens(text, quotes._PUNCT_STRIP, middle, len(text) - 2) == [
        (m.start(), m.end(), m.group().strip(quotes._PUNCT_STRIP))
        for m in quotes._TOKEN_RE.finditer(text, middle, len(text) - 2)
    ]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("pattern", "anchors", "reach"), [
    (quotes._ACCORDING_RE, according_to._ACCORDING_ANCHORS, according_to._ACCORDING_REACH),
    (nouns._MASDAR_RE, nouns._MASDAR_HINTS, 1),
])
def test_anchored_matches_are_the_pattern_s_matches(text: str, pattern: re.Pattern[str], anchors: tuple[str, ...],
                                                    reach: int) -> None:
    folded = quotes.fold(text).text
    expected = [m.span() for m in pattern.finditer(folded)]
    assert [m.span() for m in quotes.anchored_matches(pattern, anchors, reach, folded)] == expected


def test_according_to_phrases_are_found_by_their_anchors() -> None:
    folded = quotes.fold(TEXTS[4]).text
    assert len(quotes.anchored_matches(quotes._ACCORDING_RE, according_to._ACCORDING_ANCHORS,
                                       according_to._ACCORDING_REACH, folded)) >= 4
