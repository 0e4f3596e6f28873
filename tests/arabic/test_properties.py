"""Property tests: parsing and normalisation hold up on any Unicode input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.arabic.article import parse_article, split_glued
from attribution.arabic.dates import parse_date
from attribution.arabic.normalize import normalize

# Arabic letters and marks, the punctuation and whitespace pages use, plus anything at all.
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PAGE_PUNCT = st.sampled_from(list(' \n\t\u00a0.،؟!:؛"«»“”()-–ـ/#@0123456789٠١٢۲\x1a\u200f&;'))
TEXT = st.text(st.one_of(ARABIC, PAGE_PUNCT, st.characters()), max_size=400)
LINES = st.lists(
    st.one_of(
        TEXT,
        st.sampled_from([
            "https://sarabic.ae/20240612/x.html", "سبوتنيك عربي", "2024-06-12T12:23+0000",
            "إقرأ أيضاً:", "// انتهى //", "كلمات دلالية: روسيا", "المصدر: البوابة نيوز",
            "فبراير ۲۰، ۲۰۲٤اتخذت روسيا", 'وقال بوتين: "نعم".وتابع: "لا"', "أجرى المقابلة: وائل",
            "حوارات, أخبار فلسطين اليوم, إسرائيل", "تصريحات الرئيس بوتينوقال بوتين إن",
        ]),
    ),
    max_size=12,
).map("\n".join)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(TEXT, LINES))
def test_parse_article_never_raises_and_spans_are_inside_body(raw):
    article = parse_article(raw)
    assert isinstance(article.body, str)
    previous_end = -1
    for start, end in article.paragraphs:
        assert 0 <= start <= end <= len(article.body)
        assert start > previous_end
        previous_end = end
    if article.title_span is not None:
        assert article.body[slice(*article.title_span)] == article.title
    if article.published is not None:
        assert article.published.tzinfo is not None


@FAST
@given(st.one_of(TEXT, LINES))
def test_parse_article_is_deterministic(raw):
    assert parse_article(raw) == parse_article(raw)


@FAST
@given(TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(TEXT)
def test_split_glued_loses_no_text(text):
    line = " ".join(text.split())
    assert "".join(split_glued(line)).replace(" ", "") == line.replace(" ", "")


@FAST
@given(TEXT)
def test_parse_date_never_raises(text):
    value = parse_date(text)
    assert value is None or value.tzinfo is not None
