"""Import articles into the database: parse, extract, and write idempotently."""

from __future__ import annotations

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from attribution.import_runs import DatabaseGone, Totals, import_paths, parse_shard
from attribution.importer import BATCH


class Command(BaseCommand):
    help = "Import articles (text files, directories, JSON Lines) and their attributed quotes."
    # The checks (URLs, admin, API schema) say nothing about an import and add a quarter of
    # a second to every run's start; `manage.py check` and the server run them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--workers", type=int, default=1, help="Processes that import in parallel.")
        parser.add_argument(
            "--shard", default="1/1", metavar="K/N",
            help="Import only every N-th input starting at the K-th, so N processes or machines split one archive.",
        )
        parser.add_argument(
            "--batch", type=int, default=BATCH, metavar="N",
            help=f"Articles written per transaction (default {BATCH}); a killed run loses at most its current batches.",
        )
        parser.add_argument("--progress", action="store_true", help="Show a progress bar even when not on a terminal.")

    def handle(
        self, *args, paths: list[str], workers: int, shard: str, batch: int, progress: bool, **options
    ) -> None:
        if workers < 1 or batch < 1:
            raise CommandError("--workers and --batch must be at least 1")
        try:
            run = import_paths(paths, workers=workers, shard=parse_shard(shard), batch=batch)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        totals = Totals()
        bar = tqdm(unit=" articles", file=sys.stderr, disable=not (progress or sys.stderr.isatty()), dynamic_ncols=True)
        try:
            with bar:
                for outcome in run:
                    bar.update()
                    totals.add(outcome)
                    if outcome.status == "failed":
                        self.stderr.write(f"{outcome.name}: {outcome.reason}")
        except DatabaseGone as gone:
            done = totals.counts["new"] + totals.counts["updated"]
            raise CommandError(
                f"{gone.name}: the database is unavailable ({gone.reason}). {done} article(s) were imported "
                "before it went away; run the same command again to finish: finished articles are skipped."
            ) from gone
        self._report(totals)
        if totals.failures:
            raise CommandError(f"{len(totals.failures)} input(s) failed; the others were imported")

    def _report(self, totals: Totals) -> None:
        self.stdout.write(
            "Articles: {new} new, {updated} updated, {unchanged} unchanged, {kept} kept as curated, "
            "{failed} failed. Quotes: {quotes}. New speakers: {speakers}. Claims linked: {claims}.".format(
                **{key: totals.counts[key] for key in (
                    "new", "updated", "unchanged", "kept", "failed", "quotes", "speakers", "claims"
                )}
            )
        )
        if totals.failures:
            reasons = Counter(outcome.reason.split(":")[0] for outcome in totals.failures)
            self.stdout.write("Failures by reason: " + ", ".join(f"{r} ({c})" for r, c in reasons.most_common()))
