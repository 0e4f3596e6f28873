"""Recompute speakers' names, identity keys, joins and merge candidates over a stored archive."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from attribution.identity import rebuild_speakers


class Command(BaseCommand):
    help = ("Recompute mention votes, best-attested names and identity keys, join rows that are one person "
            "and suggest merge candidates. Curated speakers and editors' merges are left alone; running it "
            "again changes nothing; --after ID resumes a stopped run.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=2000, help="speakers per transaction")
        parser.add_argument("--after", type=int, default=0, help="resume after this speaker id (printed as it goes)")

    def handle(self, *args, batch_size: int, after: int, **options) -> None:
        result = rebuild_speakers(batch_size=batch_size, after=after, progress=self.stdout.write)
        self.stdout.write(
            f"{result.speakers} speakers, {result.renamed} renamed, {result.joined} rows joined, "
            f"{result.candidates} candidates suggested"
        )
