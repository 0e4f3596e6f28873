"""Print every speed figure of issue 13 as one markdown table: measured, reference, ratio.

Usage (from the project root; the API rows need a database with data, e.g. generate_benchmark_data):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python benchmarks/run_all.py [--extract-limit 2000] [--import-limit 2000] \\
        [--import-rounds 3] [--api-rounds 40] [--load] [--skip-import] [--skip-api]

Rows, each timed against its reference in the same run:

* extraction: parse + extract of the first N corpus articles (CPU time, one core) against one
  regex pass for the speech verbs over the same texts (``extract_speed.py``);
* import into a fresh PostgreSQL database, 1 process and ``--workers 2`` (``import_benchmark.py``,
  the command as users run it, start-up included), against extraction alone of the same articles
  (wall time, one process) timed just before and just after each import: ``--import-rounds``
  rounds (3), the median ratio and the range;
* API list pages of 50 rows in-process against ``.values()`` + ``json.dumps`` of the same rows
  (``api_ratio.py``; paired per round, the median ratio);
* with ``--load``, gunicorn with 2 workers on DATABASE_URL and ``api_benchmark.py``'s scenarios:
  p95 latency and requests/s under load against issue 13's targets.

The ratios are the figures to compare between machines; the absolute figures move with the machine.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))

import api_ratio  # noqa: E402  (sets the Django settings module and the benchmark throttle)
import extract_speed  # noqa: E402
import import_benchmark  # noqa: E402


def extraction_rows(corpus: Path, limit: int) -> list[tuple[str, str, str, str]]:
    """Return the extraction row: parse + extract in a process of its own against the regex pass."""
    result = extract_speed.measure_apart(str(PROJECT), str(corpus), limit, extract_speed.speech_verb_pattern())
    n = result["articles"]
    row = (
        f"extraction: parse + extract, {n:,} articles, 1 core (CPU time)",
        f"{n / result['cpu_s']:,.0f} articles/s",
        f"{n / result['reference_s']:,.0f} articles/s (one regex pass for the speech verbs)",
        f"{result['cpu_s'] / result['reference_s']:.1f}×",
    )
    return [row]


def import_rows(corpus: Path, limit: int, server: str, rounds: int) -> list[tuple[str, str, str, str]]:
    """Import the first ``limit`` articles into fresh databases with 1 and 2 workers, ``rounds`` times.

    Each import's reference is extraction alone of the same articles timed just before and just
    after it (the mean of the two): on a shared machine speed drifts within minutes, and an import
    paired with a reference timed minutes earlier carries that drift into its ratio. Each reference
    runs in a fresh process, as each import does: the text package's caches (names, words, roles)
    start empty in both. In this process they would be warm from the measurements before, which
    makes extraction a fifth faster than any import can have it. The rows give the median over
    the rounds and the range.
    """
    source = import_benchmark.limited(corpus, limit)
    total = import_benchmark.count_lines(source)
    pattern = extract_speed.speech_verb_pattern()

    def reference() -> float:
        return extract_speed.measure_apart(str(PROJECT), str(source), 0, pattern)["wall_s"]

    seconds: dict[int, list[float]] = {1: [], 2: []}
    ratios: dict[int, list[float]] = {1: [], 2: []}
    before = reference()
    for _ in range(rounds):
        timed = {}
        for workers in (1, 2):
            name = f"attribution_bench_run_all_{os.getpid()}"
            url = import_benchmark.fresh_database(server, name)
            try:
                timed[workers], _ = import_benchmark.timed(url, [["import_articles", "--workers", str(workers), str(source)]])
            finally:
                import_benchmark.drop_database(server, name)
        after = reference()
        for workers, took in timed.items():
            seconds[workers].append(took)
            ratios[workers].append(took / ((before + after) / 2))
        before = after
    rows = []
    for workers in (1, 2):
        rate = total / statistics.median(seconds[workers])
        ratio = statistics.median(ratios[workers])
        scaling = "" if workers == 1 else (
            f"; {statistics.median(a / b for a, b in zip(seconds[1], seconds[2], strict=True)):.2f}× one process")
        rows.append((
            f"import into PostgreSQL, {total:,} articles, {'1 process' if workers == 1 else '--workers 2'}",
            f"{rate:,.1f} articles/s",
            "extraction alone, 1 process, wall time, timed before and after each import",
            f"{ratio:.2f}× (median of {rounds}; {min(ratios[workers]):.2f}–{max(ratios[workers]):.2f}{scaling})",
        ))
    return rows


def api_rows(rounds: int, pages: list[str]) -> list[tuple[str, str, str, str]]:
    rows = []
    for name in pages:
        r = api_ratio.measure_page(api_ratio.PAGES[name], rounds=rounds)
        rows.append((
            f"API: {api_ratio.PAGES[name].url} page of {r['rows']} rows, in-process",
            f"{r['api_ms']:.2f} ms",
            f"{r['reference_ms']:.2f} ms (`.values()` + `json.dumps`, same rows)",
            f"**{r['ratio']:.2f}×** (paired; quartiles {r['ratio_q1']:.2f}–{r['ratio_q3']:.2f})",
        ))
    return rows


def load_rows(port: int, seconds: float, concurrency: int) -> list[tuple[str, str, str, str]]:
    """Start gunicorn (2 workers) on DATABASE_URL, run api_benchmark's scenarios, stop it."""
    import api_benchmark

    env = {**os.environ, "DJANGO_API_ANON_RATE": "100000000/minute"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/api/v1/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        queries = api_benchmark.sample_queries(200, 7)
        client = api_benchmark.Client(base, {})
        rows = []
        for name, items in queries.items():
            latency = api_benchmark.latency(client, name, items)
            paths = [f"{api_benchmark.PATHS[name]}?{query}" for query in items]
            cpu_before = api_benchmark.server_cpu_seconds(server.pid)
            result = api_benchmark.load(
                lambda: api_benchmark.Client(base, {}), paths,
                concurrency=concurrency, requests=100_000, seconds=seconds,
            )
            cpu = (api_benchmark.server_cpu_seconds(server.pid) or 0) - (cpu_before or 0)
            rows.append((
                f"load, gunicorn 2 workers: {name} ({latency['mean_rows']:.0f} rows a page)",
                f"p95 {latency['p95']:.1f} ms; {result['rps']:.0f} req/s under load "
                f"({concurrency} client threads, {cpu * 1000 / max(result['requests'], 1):.1f} ms app CPU a request, "
                f"{result['errors']} errors)",
                f"p95 < {api_benchmark.TARGETS_MS[name]} ms; ≥ 300 req/s",
                f"{latency['p95'] / api_benchmark.TARGETS_MS[name]:.2f}× of the p95 target; "
                f"{result['rps'] / 300:.2f}× of 300 req/s",
            ))
        return rows
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=extract_speed.DEFAULT)
    parser.add_argument("--extract-limit", type=int, default=2000, help="articles for extraction (0: all)")
    parser.add_argument("--import-limit", type=int, default=2000, help="articles for the import runs (0: all)")
    parser.add_argument("--import-rounds", type=int, default=3, help="import rounds, each between two extraction references")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL for the imports")
    parser.add_argument("--api-rounds", type=int, default=40)
    parser.add_argument("--api-pages", nargs="+", choices=sorted(api_ratio.PAGES), default=["quotes", "claims", "speakers"])
    parser.add_argument("--load", action="store_true", help="also the load test (gunicorn, 2 workers, DATABASE_URL)")
    parser.add_argument("--load-seconds", type=float, default=15)
    parser.add_argument("--load-threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8017)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-api", action="store_true")
    args = parser.parse_args(argv)

    # The commands timed run as bin/run installs them: with the project's bytecode compiled (where
    # PYTHONDONTWRITEBYTECODE is set, Python would otherwise compile every module at every start).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "attribution", "config", "manage.py"],
                   cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)
    rows = extraction_rows(args.corpus, args.extract_limit)
    if not args.skip_import:
        rows += import_rows(args.corpus, args.import_limit, args.server, args.import_rounds)
    if not args.skip_api:
        rows += api_rows(args.api_rounds, args.api_pages)
    if args.load:
        rows += load_rows(args.port, args.load_seconds, args.load_threads)

    print(f"\n{extract_speed.commit_of(str(PROJECT))}; {os.cpu_count()} cores\n")
    print("| what | measured | reference | ratio |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
