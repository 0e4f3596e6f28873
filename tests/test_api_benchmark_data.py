"""The benchmark data generator writes rows that keep the models' invariants."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias, search_key

pytestmark = pytest.mark.django_db


def test_generated_rows_are_consistent_and_searchable():
    out = StringIO()
    call_command(
        "generate_benchmark_data", "--speakers", "30", "--articles", "20", "--quotes", "120", "--claims", "15",
        stdout=out,
    )
    assert "Generated" in out.getvalue()
    assert (Speaker.objects.count(), Article.objects.count(), Quote.objects.count()) == (30, 20, 120)
    assert Claim.objects.count() == 15
    assert SpeakerAlias.objects.count() >= 30
    for quote in Quote.objects.select_related("article"):
        assert quote.offsets_match()
        assert quote.text_normalized == search_key(quote.text)
        assert quote.published_at == quote.article.published_at
    assert all(claim.quotes.exists() for claim in Claim.objects.all())
    word = Quote.objects.first().text.split()[0]
    assert Quote.objects.search(word).exists()
    # New rows after a generated batch get fresh ids (sequences moved past the written ids).
    assert Speaker.objects.create(name="متحدث جديد").pk > max(Speaker.objects.exclude(name="متحدث جديد").values_list("pk", flat=True))
