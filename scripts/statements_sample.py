"""Print the statement figures of a database and a random sample of statements to judge by hand.

Usage (from the project root, against an imported database)::

    DATABASE_URL=postgres://... .venv/bin/python scripts/statements_sample.py --seed 20261204 \
        [--groups 50] [--disputed 30] [--context 160]

Figures: statements, statements in two or more outlets, disputed statements, statements with
two or more quotes, quotes in a statement. Then ``--groups`` statements drawn among those
with two or more quotes and ``--disputed`` among the disputed ones (``random.Random(seed)``
over the statements sorted by key, so the draw does not depend on import order), each with
its quotes: outlet, speaker (and the mention as printed), the quote, and ``--context``
characters of the article around it. Judgements go to ``docs/statements-sample.md``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def figures() -> dict[str, int]:
    """Return the statement figures of the database."""
    from django.db.models import Count, Q

    from attribution.models import Quote, Statement

    counts = Statement.objects.aggregate(
        statements=Count("pk"), in_two_outlets=Count("pk", filter=Q(outlets_count__gte=2)),
        disputed=Count("pk", filter=Q(disputed=True)), with_two_quotes=Count("pk", filter=Q(quotes_count__gte=2)),
    )
    counts["quotes"] = Quote.objects.count()
    counts["quotes_in_statements"] = Quote.objects.exclude(statement=None).count()
    return counts


def draw(queryset, size: int, rng: random.Random) -> list:  # noqa: ANN001 - a Statement QuerySet
    keys = sorted(queryset.values_list("key", flat=True))
    return rng.sample(keys, min(size, len(keys)))


def show(label: str, number: int, key: str, context: int) -> None:
    from attribution.models import Statement

    statement = Statement.objects.get(key=key)
    print(f"\n=== {label} {number}: statement {key[:12]} · {statement.quotes_count} quotes, "
          f"{statement.outlets_count} outlets, {statement.speakers_count} speakers"
          f"{' · DISPUTED' if statement.disputed else ''}")
    quotes = statement.quotes.select_related("article", "speaker").order_by("published_at", "id")
    for quote in quotes:
        body = quote.article.body
        before = body[max(0, quote.start - context) : quote.start].replace("\n", " / ")
        after = body[quote.end : quote.end + context // 2].replace("\n", " / ")
        speaker = quote.speaker.name if quote.speaker else "—"
        print(f"- [{quote.article.outlet or '?'} · {quote.published_at:%Y-%m-%d} · article {quote.article_id}] "
              f"speaker: {speaker} (mention: {quote.speaker_mention or '—'})")
        print(f"  quote: {quote.text}")
        print(f"  context: …{before}⟦…⟧{after}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--disputed", type=int, default=30)
    parser.add_argument("--context", type=int, default=160)
    args = parser.parse_args()
    setup()
    from attribution.models import Statement

    for name, value in figures().items():
        print(f"{name}: {value:,}")
    rng = random.Random(args.seed)
    groups = draw(Statement.objects.filter(quotes_count__gte=2), args.groups, rng)
    disputed = draw(Statement.objects.filter(disputed=True), args.disputed, rng)
    print(f"\nseed {args.seed}: {len(groups)} groups with two or more quotes, {len(disputed)} disputed")
    for number, key in enumerate(groups, 1):
        show("group", number, key, args.context)
    for number, key in enumerate(disputed, 1):
        show("disputed", number, key, args.context)


if __name__ == "__main__":
    main()
