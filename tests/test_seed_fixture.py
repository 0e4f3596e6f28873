"""fixtures/seeds.json is the importer's output for seeds/, loadable with loaddata."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias
from tests.conftest import PROJECT

pytestmark = pytest.mark.django_db

FIXTURE = PROJECT / "fixtures" / "seeds.json"


def quotes_as_imported() -> set[tuple]:
    return set(
        Quote.objects.values_list("article__content_hash", "start", "end", "text", "speaker__key", "kind", "cue")
    )


def test_seed_fixture_loads_twice_without_duplicates_and_offsets_hold() -> None:
    call_command("loaddata", str(FIXTURE), verbosity=0)
    counts = [m.objects.count() for m in (Speaker, SpeakerAlias, Article, Quote, Claim)]
    assert Article.objects.count() == 5 and Quote.objects.count() > 20
    call_command("loaddata", str(FIXTURE), verbosity=0)
    assert [m.objects.count() for m in (Speaker, SpeakerAlias, Article, Quote, Claim)] == counts
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start : quote.end] == quote.text


def test_seed_fixture_is_what_the_importer_produces_today() -> None:
    """Fails when extraction changed without regenerating the fixture (see README)."""
    call_command("loaddata", str(FIXTURE), verbosity=0)
    loaded = quotes_as_imported()
    for model in (Claim, Quote, Article, SpeakerAlias, Speaker):
        model.objects.all().delete()
    call_command("import_articles", str(PROJECT / "seeds"), stdout=StringIO(), stderr=StringIO())
    assert quotes_as_imported() == loaded
