"""Generate realistic benchmark data (``attribution/benchmark_data.py``).

    manage.py generate_benchmark_data                      # 1M quotes, 200k articles, 20k speakers, 50k claims
    manage.py generate_benchmark_data --quotes 100000 --articles 20000 --speakers 2000 --claims 5000
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from attribution.benchmark_data import generate


class Command(BaseCommand):
    help = "Generate realistic benchmark speakers, articles, quotes and claims (PostgreSQL recommended)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--speakers", type=int, default=20_000)
        parser.add_argument("--articles", type=int, default=200_000)
        parser.add_argument("--quotes", type=int, default=1_000_000)
        parser.add_argument("--claims", type=int, default=50_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        if min(options["speakers"], options["articles"]) < 1 or min(options["quotes"], options["claims"]) < 0:
            raise CommandError("Counts must be positive.")
        started = timezone.now()
        counts = generate(
            speakers=options["speakers"], articles=options["articles"], quotes=options["quotes"],
            claims=options["claims"], seed=options["seed"], report=self.stdout.write,
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        seconds = (timezone.now() - started).total_seconds()
        self.stdout.write(self.style.SUCCESS(f"Generated {counts} in {seconds:.0f} s."))
