"""Import articles into the database: parse, extract, and write idempotently."""

from __future__ import annotations

import itertools
import multiprocessing
import sys
from collections import Counter
from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from tqdm import tqdm

from attribution.arabic.readers import Source, SourceError, iter_sources
from attribution.importer import BATCH, ImportResult, SpeakerCache, import_batch, import_sources


def parse_shard(value: str) -> tuple[int, int]:
    """Return ``(k, n)`` from ``"K/N"`` with 1 ≤ K ≤ N."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError as exc:
        raise CommandError(f"--shard takes K/N, e.g. 1/2, not {value!r}") from exc
    if not 1 <= k <= n:
        raise CommandError(f"--shard {value}: K must be between 1 and N")
    return k, n


# Speakers resolved so far by this process; a fresh one for every run and every worker.
_speakers = SpeakerCache()


def _import_batch(sources: list[Source]) -> list[tuple[str, str, dict]]:
    """Worker: import a batch of sources; return (name, status, counts or reason) for each."""
    try:
        outcomes = import_batch(sources, speakers=_speakers)
    except (OperationalError, InterfaceError) as exc:
        return [(sources[0].name, "database", {"reason": str(exc).strip() or type(exc).__name__})]
    return [_outcome(source.name, outcome) for source, outcome in zip(sources, outcomes, strict=True)]


def _outcome(name: str, outcome: ImportResult | Exception) -> tuple[str, str, dict]:
    if isinstance(outcome, DatabaseError):
        return name, "failed", {"reason": f"database refused it: {outcome}".strip()}
    if isinstance(outcome, Exception):
        return name, "failed", {"reason": f"{type(outcome).__name__}: {outcome}"}
    return name, outcome.status, {"quotes": outcome.quotes, "speakers": outcome.speakers, "claims": outcome.claims}


def _batches(sources: Iterator[Source]) -> Iterator[list[Source]]:
    while batch := list(itertools.islice(sources, BATCH)):
        yield batch


def _init_worker() -> None:
    global _speakers
    # Connections inherited through fork are shared sockets: every worker opens its own.
    connections.close_all()
    _speakers = SpeakerCache()


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
        parser.add_argument("--progress", action="store_true", help="Show a progress bar even when not on a terminal.")

    def handle(self, *args, paths: list[str], workers: int, shard: str, progress: bool, **options) -> None:
        global _speakers
        _speakers = SpeakerCache()
        k, n = parse_shard(shard)
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        totals: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        sources = self._shard(iter_sources(paths), k, n, failures, totals)
        bar = tqdm(
            unit=" articles", file=sys.stderr, disable=not (progress or sys.stderr.isatty()),
            dynamic_ncols=True,
        )
        try:
            for name, status, info in self._run(sources, workers):
                bar.update()
                if status == "database":
                    raise CommandError(
                        f"{name}: the database is unavailable ({info['reason']}). "
                        f"{totals['new'] + totals['updated']} article(s) were imported before it went "
                        "away; run the same command again to finish: finished articles are skipped."
                    )
                totals[status] += 1
                if status == "failed":
                    failures.append((name, info["reason"]))
                    self.stderr.write(f"{name}: {info['reason']}")
                    continue
                for key in ("quotes", "speakers", "claims"):
                    totals[key] += info[key]
        finally:
            bar.close()
        self._report(totals, failures)
        if failures:
            raise CommandError(f"{len(failures)} input(s) failed; the others were imported")

    def _shard(
        self, sources: Iterator[Source | SourceError], k: int, n: int,
        failures: list[tuple[str, str]], totals: Counter[str],
    ) -> Iterator[Source]:
        """Yield this shard's readable sources; record unreadable ones as failures."""
        for index, source in enumerate(sources):
            if index % n != k - 1:
                continue
            if isinstance(source, SourceError):
                totals["failed"] += 1
                failures.append((source.name, source.reason))
                self.stderr.write(f"{source.name}: {source.reason}")
                continue
            yield source

    def _run(self, sources: Iterator[Source], workers: int) -> Iterator[tuple[str, str, dict]]:
        if workers == 1:
            try:
                for source, outcome in import_sources(sources, speakers=_speakers):
                    yield _outcome(source.name, outcome)
            except (OperationalError, InterfaceError) as exc:
                yield "(current batch)", "database", {"reason": str(exc).strip() or type(exc).__name__}
            return
        connections.close_all()
        context = multiprocessing.get_context("fork")
        batches = _batches(sources)
        with context.Pool(workers, initializer=_init_worker) as pool:
            # Pool.imap would read the whole archive ahead into its queue: feed it in
            # windows so memory stays bounded however large the input is.
            while window := list(itertools.islice(batches, workers * 2)):
                for outcomes in pool.imap(_import_batch, window):
                    yield from outcomes

    def _report(self, totals: Counter[str], failures: list[tuple[str, str]]) -> None:
        self.stdout.write(
            "Articles: {new} new, {updated} updated, {unchanged} unchanged, {kept} kept as curated, "
            "{failed} failed. Quotes: {quotes}. New speakers: {speakers}. Claims linked: {claims}.".format(
                **{key: totals[key] for key in (
                    "new", "updated", "unchanged", "kept", "failed", "quotes", "speakers", "claims"
                )}
            )
        )
        if failures:
            reasons = Counter(reason.split(":")[0] for _name, reason in failures)
            self.stdout.write("Failures by reason: " + ", ".join(f"{r} ({c})" for r, c in reasons.most_common()))
