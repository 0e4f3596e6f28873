"""Print the persons with most quotes, the rows their quotes sit on, and rows per quote."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from attribution.arabic.names import is_clean_name
from attribution.identity import speakers_report


class Command(BaseCommand):
    help = ("Print the top N persons by quote count with their speaker rows, sibling rows that look like "
            "the same person, and the rows-per-quote ratio.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--top", type=int, default=50, help="how many persons to list (default 50)")

    def handle(self, *args, top: int, **options) -> None:
        report = speakers_report(top)
        out = self.stdout
        out.write(f"speaker rows holding quotes: {report.rows_with_quotes}")
        out.write(f"quotes with a speaker: {report.quotes_with_speaker}")
        out.write(f"rows per 1000 quotes: {report.rows_per_1000_quotes:.1f}")
        out.write(f"top {len(report.persons)}: {report.main_row_share:.1%} of their quotes on the main row")
        out.write("")
        out.write("| # | person (main row) | clean name | quotes | rows | on main row | other rows (quotes) | siblings |")
        out.write("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for rank, person in enumerate(report.persons, 1):
            main = person.main
            others = ", ".join(f"{r.name} ({r.quotes})" for r in person.rows[1:6])
            if len(person.rows) > 6:
                others += f", … {len(person.rows) - 6} more"
            siblings = ", ".join(f"{r.name} ({r.quotes})" for r in person.siblings[:4])
            out.write(
                f"| {rank} | {main.name} | {'yes' if is_clean_name(main.name) else 'no'} | {person.quotes} "
                f"| {len(person.rows)} | {main.quotes / person.quotes:.0%} | {others or '—'} | {siblings or '—'} |"
            )
        out.write("")
        out.write("Rows with most quotes that name no one in particular (a role, a lone given name, no name):")
        for person in report.unnamed:
            out.write(f"- {person.main.name} ({person.main.quotes})")
