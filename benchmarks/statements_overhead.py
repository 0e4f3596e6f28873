"""What grouping quotes into statements costs the import: the same articles, grouping off and on.

Usage (from the project root):
    .venv/bin/python benchmarks/statements_overhead.py ../shared/corpus/arabic-news.jsonl \
        [--limit 2000] [--pairs 3] [--server postgres://postgres@127.0.0.1:5432] [--profile FILE]

Every run imports the first ``--limit`` articles in one process into a fresh PostgreSQL
database, through ``import_source`` with ``group_statements`` off (A) or on (B). Runs come in
pairs back to back, the order alternating (AB, BA, AB, ...) so a drifting machine load
favours neither side; the figure is the median of the pairs' time ratios B / A. Times are
the import loop only (no start-up or migrations): the whole import (parse, extract, write)
and, separately, its database part (``import_article``); and the CPU time the import
process and its PostgreSQL backend used (read from ``/proc``, so the server must run on this
machine), which a busy machine disturbs far less than wall-clock time. ``--profile FILE`` also writes a
cProfile of one extra grouping-on run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from import_benchmark import drop_database, fresh_database  # (this folder: run as a script)

PROJECT = Path(__file__).resolve().parent.parent


def first_lines(path: Path, limit: int) -> Path:
    out = Path(tempfile.mkdtemp()) / f"first-{limit}.jsonl"
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return out


def process_cpu(pid: int) -> float:
    """Return the CPU seconds (user + system) a process on this machine has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def import_once(path: Path, *, group_statements: bool, profile: str | None) -> dict:
    """Import ``path`` into ``DATABASE_URL`` in this process; return the timings (child side)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(PROJECT))
    import django

    django.setup()
    from django.db import connection

    from attribution.arabic.article import parse_article
    from attribution.arabic.pipeline import extract_article
    from attribution.arabic.readers import iter_sources
    from attribution.importer import SpeakerCache, import_article
    from attribution.models import Quote, Statement

    speakers = SpeakerCache()
    round_trips = 0

    def count(execute, sql, params, many, context):  # noqa: ANN001, ANN202 - Django's wrapper signature
        nonlocal round_trips
        round_trips += 1
        return execute(sql, params, many, context)

    sources = list(iter_sources([str(path)]))
    write = 0.0

    def run() -> None:
        nonlocal write
        for source in sources:
            parsed = parse_article(
                source.raw, url=source.url, title=source.title, outlet=source.outlet, published=source.published
            )
            extraction = extract_article(parsed)
            started = time.perf_counter()
            import_article(extraction=extraction, source=source.name, speakers=speakers,
                           group_statements=group_statements)
            write += time.perf_counter() - started

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    started, cpu, server_cpu = time.perf_counter(), time.process_time(), process_cpu(backend)
    with connection.execute_wrapper(count):
        if profile:
            import cProfile

            cProfile.runctx("run()", globals(), {"run": run}, profile)
        else:
            run()
    return {"round_trips": round_trips, "server_cpu_seconds": process_cpu(backend) - server_cpu,
        "seconds": time.perf_counter() - started, "write_seconds": write, "cpu_seconds": time.process_time() - cpu,
        "articles": len(sources), "quotes": Quote.objects.count(), "statements": Statement.objects.count(),
    }


def timed_run(server: str, path: Path, *, group_statements: bool, profile: str | None = None) -> dict:
    name = f"statements_overhead_{os.getpid()}"
    url = fresh_database(server, name)
    try:
        command = [sys.executable, __file__, str(path), "--child", "on" if group_statements else "off"]
        if profile:
            command += ["--profile", profile]
        done = subprocess.run(command, cwd=PROJECT, env={**os.environ, "DATABASE_URL": url},
                              capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        drop_database(server, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--profile", help="also write a cProfile of one grouping-on run here")
    parser.add_argument("--child", choices=["on", "off"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(import_once(args.path, group_statements=args.child == "on", profile=args.profile)))
        return

    source = first_lines(args.path, args.limit)
    print(f"first {args.limit} articles of {args.path}, {os.cpu_count()} cores, one import process")
    ratios: list[float] = []
    write_ratios: list[float] = []
    cpu_ratios: list[float] = []
    for pair in range(args.pairs):
        order = (False, True) if pair % 2 == 0 else (True, False)
        runs = {grouping: timed_run(args.server, source, group_statements=grouping) for grouping in order}
        off, on = runs[False], runs[True]
        ratios.append(on["seconds"] / off["seconds"])
        write_ratios.append(on["write_seconds"] / off["write_seconds"])
        cpu_ratios.append((on["cpu_seconds"] + on["server_cpu_seconds"]) / (off["cpu_seconds"] + off["server_cpu_seconds"]))
        for label, run in (("off", off), ("on ", on)):
            print(f"  pair {pair + 1} grouping {label}: {run['seconds']:.1f} s "
                  f"({run['articles'] / run['seconds']:.1f} articles/s), database part {run['write_seconds']:.1f} s, "
                  f"CPU {run['cpu_seconds']:.1f} s + server {run['server_cpu_seconds']:.1f} s, "
                  f"{run['round_trips']} queries, {run['quotes']} quotes, {run['statements']} statements")
        print(f"  pair {pair + 1}: on/off {ratios[-1]:.3f}, database part {write_ratios[-1]:.3f}, "
              f"CPU client + server {cpu_ratios[-1]:.3f}")
    if ratios:
        print(f"median ratio on/off: whole import {statistics.median(ratios):.3f}, "
              f"database part {statistics.median(write_ratios):.3f}, CPU client + server "
              f"{statistics.median(cpu_ratios):.3f} ({args.pairs} pairs)")
    if args.profile:
        timed_run(args.server, source, group_statements=True, profile=args.profile)
        print(f"profile of a grouping-on run: {args.profile}")


if __name__ == "__main__":
    main()
