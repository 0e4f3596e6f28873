"""Re-cluster every stored quote into statements, e.g. after the grouping rules changed."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from attribution.models import Statement
from attribution.statements import rebuild_statements


class Command(BaseCommand):
    help = "Group all quotes into statements from scratch, oldest article first (one transaction per batch)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=500, help="articles per transaction (default 500)")

    def handle(self, *args, batch: int, **options) -> None:
        for done in rebuild_statements(batch=batch):
            self.stdout.write(f"{done} articles regrouped", ending="\r")
        statements = Statement.objects.count()
        shared = Statement.objects.filter(outlets_count__gte=2).count()
        disputed = Statement.objects.disputed().count()
        self.stdout.write(self.style.SUCCESS(
            f"\n{statements} statements, {shared} printed by two or more outlets, {disputed} disputed."
        ))
