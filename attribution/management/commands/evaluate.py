"""Score the extractor against gold annotations and print tables (no database).

Each set prints its accuracy and its confidence calibration: per confidence band, the
number of quotes, their mean confidence and how often they were right end to end.
``--speakers CORPUS.jsonl`` instead prints a speaker sanity report that needs no gold.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from attribution.arabic.evaluate import (
    calibration,
    evaluate,
    format_calibration,
    format_table,
    judged_quotes,
)
from attribution.arabic.pipeline import Extraction, extract_source
from attribution.arabic.readers import Source, iter_jsonl
from attribution.arabic.sanity import format_sanity, speaker_sanity

GOLD_ROOT = Path(settings.BASE_DIR) / "tests" / "gold"
DEFAULT_CORPUS = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "arabic-news.jsonl"
# The project's own gold sets: (gold directory, texts scored against it).
DEFAULT_SETS = (
    ("seeds", GOLD_ROOT / "seeds", Path(settings.BASE_DIR) / "seeds"),
    ("dev", GOLD_ROOT / "dev", GOLD_ROOT / "dev"),
    ("dev2", GOLD_ROOT / "dev2", GOLD_ROOT / "dev2"),
)


class Command(BaseCommand):
    help = "Evaluate quote extraction: span P/R/F1, attribution accuracy, end-to-end P/R/F1."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH",
                            help="article files or directories (default: the project's gold sets)")
        parser.add_argument("--gold", metavar="DIR", help="gold directory for PATHS")
        parser.add_argument("--speakers", nargs="?", const=str(DEFAULT_CORPUS), metavar="JSONL",
                            help="print a speaker sanity report over a JSON Lines corpus (no gold; "
                                 f"default {DEFAULT_CORPUS})")
        parser.add_argument("--limit", type=int, default=None, metavar="N",
                            help="with --speakers: read only the first N articles")
        parser.add_argument("--no-calibration", action="store_true",
                            help="print accuracy only, without the confidence calibration table")

    def handle(self, *args, paths: list[str], gold: str | None, speakers: str | None,
               limit: int | None, no_calibration: bool = False, **options) -> None:
        if speakers is not None:
            if not Path(speakers).is_file():
                raise CommandError(f"corpus not found: {speakers}")
            self.stdout.write(format_sanity(speaker_sanity(_extractions(Path(speakers), limit))))
            return
        if paths and not gold:
            raise CommandError("--gold DIR is required with PATHS")
        sets = [(gold, Path(gold), paths)] if paths else [
            (name, gold_dir, [texts]) for name, gold_dir, texts in DEFAULT_SETS
        ]
        for name, gold_dir, texts in sets:
            if not Path(gold_dir).is_dir():
                raise CommandError(f"gold directory not found: {gold_dir}")
            summary, rows = evaluate(gold_dir, texts)
            self.stdout.write(format_table(str(name), summary))
            if not no_calibration:
                self.stdout.write(format_calibration(str(name), calibration(judged_quotes(rows))))


def _extractions(path: Path, limit: int | None) -> Iterator[Extraction]:
    """Yield the extraction of each readable article of a JSON Lines corpus."""
    for source in islice(iter_jsonl(path), limit):
        if isinstance(source, Source):
            yield extract_source(source)
