"""Property tests: extraction never raises, keeps offsets true and is deterministic on any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.arabic.article import parse_article
from attribution.arabic.pipeline import extract_article

# Arabic letters, reporting words and punctuation mixed with arbitrary Unicode, so the
# generator reaches the extractor's rules rather than only its "no Arabic here" path.
FRAGMENTS = st.sampled_from([
    "قال", "وقال", "قالت", "وأضاف", "أكد", "مؤكدا", "إن", "أن", "بأن", ":", "«", "»", "“", "”", '"',
    "الرئيس", "محمود الهباش", "،", ".", "؟", "\n", " ", "وفقا لـ", "بحسب", "مصدر مطلع", "على لسان",
    "٨٠٠", "2024", "http://x.test/a", "\u0640", "\u064e", "\u200f", "\x00", "\x1a",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_raises_and_every_quote_points_into_the_body(raw: str) -> None:
    article = parse_article(raw)
    extraction = extract_article(article)
    for quote in extraction.quotes:
        assert article.body[quote.start : quote.end] == quote.text
        assert quote.end > quote.start
        assert 0.0 <= quote.confidence <= 1.0
    for claim in extraction.claims:
        assert claim.text in extraction.quotes[claim.quote_index].text


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_extraction_is_deterministic(raw: str) -> None:
    first = extract_article(parse_article(raw))
    second = extract_article(parse_article(raw))
    assert first == second
