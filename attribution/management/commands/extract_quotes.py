"""Parse articles and print the quotes found, without touching the database."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.arabic.pipeline import extract_source, extraction_record
from attribution.arabic.readers import SourceError, iter_sources


class Command(BaseCommand):
    help = "Extract attributed quotes from article files (text, directories, JSON Lines)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--format", choices=["jsonl", "table"], default="table")

    def handle(self, *args, paths: list[str], format: str, **options) -> None:
        failed = 0
        for source in iter_sources(paths):
            if isinstance(source, SourceError):
                failed += 1
                self.stderr.write(f"{source.name}: {source.reason}")
                continue
            record = extraction_record(source.name, extract_source(source))
            if format == "jsonl":
                self.stdout.write(json.dumps(record, ensure_ascii=False))
            else:
                self.write_table(record)
        if failed:
            raise CommandError(f"{failed} input(s) could not be read")

    def write_table(self, record: dict) -> None:
        article = record["article"]
        self.stdout.write(self.style.MIGRATE_HEADING(f"{record['file']}: {article['title']}"))
        self.stdout.write(f"  {article['outlet']} · {article['published']} · {article['url']}")
        for index, quote in enumerate(record["quotes"]):
            speaker = quote["speaker"] or "?"
            self.stdout.write(
                f"  [{index}] {speaker} ({quote['speaker_type']}) {quote['cue']} "
                f"{quote['kind']} {quote['confidence']:.2f}: {quote['text'][:160]}"
            )
        for claim in record["claims"]:
            self.stdout.write(f"    claim q{claim['quote_index']} {claim['score']:.2f}: {claim['text'][:120]}")
