"""Data moves between installations as natural-key fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias
from tests.factories import make_article, make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db

MODELS = ["attribution.Speaker", "attribution.SpeakerAlias", "attribution.Article", "attribution.Quote", "attribution.Claim"]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (Speaker, SpeakerAlias, Article, Quote, Claim)}


def dump(path: Path) -> None:
    call_command(
        "dumpdata", *MODELS, natural_foreign=True, natural_primary=True, indent=1, output=str(path), verbosity=0
    )


def build_corpus() -> None:
    kremlin = make_speaker("الكرملين", kind=Speaker.Kind.ORGANIZATION)
    peskov = make_speaker("دميتري بيسكوف", aliases=("بيسكوف",), affiliation=kremlin, role="المتحدث باسم الكرملين")
    article = make_article("قال الكرملين على لسان المتحدث باسمه دميتري بيسكوف إن الاجتماع عقد 3 مرات.")
    quote = make_quote(article, "الاجتماع عقد 3 مرات", speaker=peskov, kind="indirect")
    make_claim("الاجتماع عقد 3 مرات", quotes=(quote,), claimant=peskov)


def test_natural_key_fixture_loads_into_an_empty_database_and_again_without_duplicates(tmp_path: Path) -> None:
    build_corpus()
    before = counts()
    fixture = tmp_path / "corpus.json"
    dump(fixture)
    for model in (Claim, Quote, Article, SpeakerAlias, Speaker):
        model.objects.all().delete()
    assert sum(counts().values()) == 0

    call_command("loaddata", str(fixture), verbosity=0)
    assert counts() == before
    call_command("loaddata", str(fixture), verbosity=0)
    assert counts() == before

    claim = Claim.objects.get()
    assert claim.claimant.name == "دميتري بيسكوف"
    assert claim.quotes.get().speaker.affiliation.name == "الكرملين"
    quote = Quote.objects.get()
    assert quote.article.body[quote.start : quote.end] == quote.text


def test_natural_key_fixture_loads_into_a_database_that_already_holds_rows(tmp_path: Path) -> None:
    build_corpus()
    fixture = tmp_path / "corpus.json"
    dump(fixture)
    for model in (Claim, Quote, Article, SpeakerAlias, Speaker):
        model.objects.all().delete()
    # Rows of this installation take the primary keys the source used.
    other = make_article("قال وزير الخارجية إن المحادثات مستمرة.")
    make_quote(other, "المحادثات مستمرة", speaker=make_speaker("وزير"))

    call_command("loaddata", str(fixture), verbosity=0)
    assert Article.objects.count() == 2
    assert Quote.objects.count() == 2
    assert Speaker.objects.filter(name="دميتري بيسكوف").count() == 1
