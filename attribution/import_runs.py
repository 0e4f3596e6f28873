"""An import run over many inputs: this shard's sources, in batches, in one or more processes.

``manage.py import_articles`` parses its options and reports; the run is here, where it is
tested directly. Each input ends as one :class:`Outcome`; a database that goes away stops the
run with :class:`DatabaseGone` (nothing of the current batch was committed: a re-run skips
what was finished and completes the rest).
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import multiprocessing.pool
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import DatabaseError, InterfaceError, OperationalError, connections

from attribution.arabic.pipeline import Extraction
from attribution.arabic.readers import Source, SourceError, iter_sources
from attribution.importer import BATCH, ImportResult, SpeakerCache, extract_batch, import_batch

# How often (seconds) the interpreter switches threads while one process extracts ahead.
_SWITCH_INTERVAL = 0.001
# Allocations between collections of the youngest generation during a run (Python's: 700).
_YOUNG_THRESHOLD = 10_000


@dataclass(frozen=True)
class Outcome:
    """What became of one input: its import's result, or why it failed."""

    name: str
    result: ImportResult | None = None
    reason: str = ""  # why it failed
    database_gone: bool = False

    @property
    def status(self) -> str:
        """new / updated / unchanged / kept, or failed."""
        return self.result.status if self.result is not None else "failed"


@dataclass
class Totals:
    """A run's counts by status and of quotes, new speakers and claims; the failed inputs."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.result is None:
            self.failures.append(outcome)
            return
        self.counts["quotes"] += outcome.result.quotes
        self.counts["speakers"] += outcome.result.speakers
        self.counts["claims"] += outcome.result.claims


class DatabaseGone(Exception):
    """The database went away during the run."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


def parse_shard(value: str) -> tuple[int, int]:
    """Return ``(k, n)`` from ``"K/N"`` with 1 ≤ K ≤ N; raise ValueError saying what is wrong."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError as exc:
        raise ValueError(f"--shard takes K/N, e.g. 1/2, not {value!r}") from exc
    if not 1 <= k <= n:
        raise ValueError(f"--shard {value}: K must be between 1 and N")
    return k, n


def import_paths(
    paths: list[str], *, workers: int = 1, shard: tuple[int, int] = (1, 1), batch: int = BATCH
) -> Iterator[Outcome]:
    """Import this shard's inputs of ``paths``; yield each input's outcome as its batch is written.

    Shard ``(k, n)`` takes every n-th input starting at the k-th, so n processes or machines
    split one archive. ``workers`` processes write batches of ``batch`` articles side by side,
    each batch one transaction: a killed run loses at most the batches being written. An
    unreadable input is a failed outcome, named with its reason. The input is read as it
    goes: memory stays flat whatever the archive's size.
    """
    global _speakers
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if batch < 1:
        raise ValueError("--batch must be at least 1")
    _speakers = SpeakerCache()
    pool = None
    k, n = shard
    failed: list[Outcome] = []
    batches = _batches(_readable(iter_sources(paths), k, n, failed), batch)
    with _tuned_interpreter(threaded=workers == 1):
        try:
            if workers > 1:
                # Connections inherited through fork are shared sockets: close them first,
                # and every worker opens its own.
                connections.close_all()
                pool = multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker)
            for outcomes in _imported(batches, pool, ahead=2 * workers):
                yield from failed  # unreadable inputs met while reading ahead
                failed.clear()
                for outcome in outcomes:
                    if outcome.database_gone:
                        raise DatabaseGone(outcome.name, outcome.reason)
                    yield outcome
            yield from failed
        finally:
            if pool is not None:
                pool.terminate()


@contextmanager
def _tuned_interpreter(*, threaded: bool) -> Iterator[None]:
    """Tune the interpreter for a run; give the caller its own settings back after.

    What is loaded by now (Django, the text package's tables) lives all run long: frozen, the
    oldest generation's collections stop walking it, and the youngest is collected less often
    (a run makes many short-lived objects): 0.7 s of collections for 2,000 articles became 0.3 s.
    ``threaded`` (one process extracting ahead): the writer wants the interpreter back as each
    reply arrives, and at the default switch interval (5 ms) it would wait for the busy
    extractor longer than the database took to answer.
    """
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    freeze = gc.get_freeze_count() == 0  # (a caller's own freeze stands)
    if freeze:
        gc.freeze()
    gc.set_threshold(_YOUNG_THRESHOLD, *threshold[1:])
    if threaded:
        sys.setswitchinterval(_SWITCH_INTERVAL)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def _readable(sources: Iterable[Source | SourceError], k: int, n: int, failed: list[Outcome]) -> Iterator[Source]:
    """Yield shard ``k`` of ``n``'s readable sources; note the unreadable ones in ``failed``."""
    for index, source in enumerate(sources):
        if index % n != k - 1:
            continue
        if isinstance(source, SourceError):
            failed.append(Outcome(source.name, reason=source.reason))
        else:
            yield source


def _batches(sources: Iterator[Source], size: int) -> Iterator[list[Source]]:
    while batch := list(itertools.islice(sources, size)):
        yield batch


def _imported(
    batches: Iterator[list[Source]], pool: multiprocessing.pool.Pool | None, *, ahead: int
) -> Iterator[list[Outcome]]:
    """Yield each batch's outcomes in order; with a pool, ``ahead`` batches in flight at a time.

    (``Pool.imap`` would read the whole archive into its queue; this keeps every worker busy
    and memory bounded.)
    """
    if pool is None:
        yield from _extracted_ahead(batches, ahead=4)
        return
    pending: deque[multiprocessing.pool.AsyncResult] = deque()
    for batch in batches:
        pending.append(pool.apply_async(_import_batch, (batch,)))
        if len(pending) >= ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _extracted_ahead(batches: Iterator[list[Source]], *, ahead: int) -> Iterator[list[Outcome]]:
    """Yield each batch's outcomes, extracting up to ``ahead`` batches on a thread meanwhile.

    Writing a batch is mostly waiting on the database, which lets go of the interpreter:
    the thread extracts meanwhile, so one process keeps its core busy and the database's
    own work runs beside it on the other. A queue of several batches keeps the thread busy
    while a write waits. The thread only reads text; every write stays on this thread (and
    its connection and transaction).
    """
    extractor = ThreadPoolExecutor(1, thread_name_prefix="extract")
    pending: deque[tuple[list[Source], Future]] = deque()
    try:
        for batch in batches:
            pending.append((batch, extractor.submit(extract_batch, batch)))
            if len(pending) > ahead:
                sources, extracted = pending.popleft()
                yield _import_batch(sources, extracted.result())
        while pending:
            sources, extracted = pending.popleft()
            yield _import_batch(sources, extracted.result())
    finally:
        extractor.shutdown(cancel_futures=True)  # a run that stops early extracts no more


# Speakers resolved so far by this process; a fresh one for every run and every worker.
_speakers = SpeakerCache()


def _init_worker() -> None:
    global _speakers
    connections.close_all()  # the parent's socket, inherited
    _speakers = SpeakerCache()


def _import_batch(sources: list[Source], extractions: list[Extraction | Exception] | None = None) -> list[Outcome]:
    """Import one batch (in this process or a worker); results as picklable outcomes."""
    try:
        results = import_batch(sources, extractions=extractions, speakers=_speakers)
    except (OperationalError, InterfaceError) as exc:
        return [Outcome(sources[0].name, reason=str(exc).strip() or type(exc).__name__, database_gone=True)]
    return [_outcome(source.name, result) for source, result in zip(sources, results, strict=True)]


def _outcome(name: str, result: ImportResult | Exception) -> Outcome:
    if isinstance(result, DatabaseError):
        return Outcome(name, reason=f"database refused it: {result}".strip())
    if isinstance(result, Exception):
        return Outcome(name, reason=f"{type(result).__name__}: {result}")
    return Outcome(name, result)
