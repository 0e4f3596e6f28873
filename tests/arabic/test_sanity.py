"""The speaker sanity report counts what a reader would notice, without gold."""

from __future__ import annotations

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article
from attribution.arabic.sanity import format_sanity, is_bare_role, speaker_sanity

ARTICLES = [
    "وقال وزير الخارجية خالد العتيبي إن المحادثات كانت مثمرة. وأضاف أن الجولة المقبلة في الرياض.",
    "وقال مسؤول في وزارة الصحة إن الحالات تراجعت خلال الأسبوع الماضي.",
    "وأشار التقرير إلى أن نسبة البطالة ارتفعت في الربع الأول.",
]


def test_report_counts_quotes_missing_speakers_and_kinds():
    report = speaker_sanity(extract_article(parse_article(t)) for t in ARTICLES)
    assert report.articles == 3
    assert report.quotes == 4
    assert report.no_speaker == 1  # the report with no issuer
    assert sum(report.invalid.values()) == 0
    assert report.kinds["person"] == 2 and report.kinds["anonymous"] == 1 and report.kinds["unknown"] == 1


def test_report_prints_shares():
    report = speaker_sanity(extract_article(parse_article(t)) for t in ARTICLES)
    text = format_sanity(report)
    assert "quotes                             4" in text
    assert "25.0%" in text  # one quote in four has no speaker


def test_bare_role_is_a_title_without_a_name():
    assert is_bare_role("وزير الخارجية")
    assert not is_bare_role("وزير الخارجية خالد العتيبي")
    assert not is_bare_role("مصادر مطلعة")
