"""Score the extractor against gold annotations and print tables (no database).

Each set prints its accuracy and its confidence calibration: per confidence band, the
number of quotes, their mean confidence and how often they were right end to end.
"""

from __future__ import annotations

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

GOLD_ROOT = Path(settings.BASE_DIR) / "tests" / "gold"
# The project's own gold sets: (gold directory, texts scored against it).
DEFAULT_SETS = (
    ("seeds", GOLD_ROOT / "seeds", Path(settings.BASE_DIR) / "seeds"),
    ("dev", GOLD_ROOT / "dev", GOLD_ROOT / "dev"),
)


class Command(BaseCommand):
    help = "Evaluate quote extraction: span P/R/F1, attribution accuracy, end-to-end P/R/F1."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH",
                            help="article files or directories (default: the project's gold sets)")
        parser.add_argument("--gold", metavar="DIR", help="gold directory for PATHS")
        parser.add_argument("--no-calibration", action="store_true",
                            help="print accuracy only, without the confidence calibration table")

    def handle(self, *args, paths: list[str], gold: str | None, no_calibration: bool = False,
               **options) -> None:
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
