"""Benchmark ``import_articles`` into a fresh PostgreSQL database: articles/s and peak memory.

Usage (from the project root):
    .venv/bin/python benchmarks/import_benchmark.py ../shared/corpus/arabic-news.jsonl \
        [--workers 1 2] [--shards 2] [--limit N] [--server postgres://postgres@127.0.0.1:5432]

Each run gets a new database (dropped afterwards). ``--shards N`` also runs N processes with
``--shard K/N`` side by side, the way several machines would split one archive.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

PROJECT = Path(__file__).resolve().parent.parent


def fresh_database(server: str, name: str) -> str:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{server}/{name}"
    manage(url, "migrate", "--no-input", "-v0").check_returncode()
    return url


def drop_database(server: str, name: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True)


def limited(path: Path, limit: int | None) -> Path:
    if not limit:
        return path
    out = Path(tempfile.mkdtemp()) / f"first-{limit}.jsonl"
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return out


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def timed(url: str, commands: list[list[str]]) -> tuple[float, float]:
    """Run the import commands side by side; return (seconds, peak RSS MiB of the largest child)."""
    env = {**os.environ, "DATABASE_URL": url}
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "manage.py", *cmd], cwd=PROJECT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for cmd in commands]
    for proc in procs:
        out, err = proc.communicate()
        # (1 with the summary: some inputs failed and the rest went in; without it the run stopped)
        if proc.returncode not in (0, 1) or "Articles:" not in out:
            raise SystemExit(f"import failed: {err[-2000:]}")
        print("   ", out.strip().splitlines()[0] if out.strip() else err.strip()[-300:])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    source = limited(args.path, args.limit)
    total = count_lines(source)
    print(f"{total} articles from {args.path}, {os.cpu_count()} cores")
    runs = [(f"--workers {w}", [["import_articles", "--workers", str(w), str(source)]]) for w in args.workers]
    if args.shards > 1:
        runs.append((f"{args.shards} shards", [
            ["import_articles", "--shard", f"{k}/{args.shards}", str(source)] for k in range(1, args.shards + 1)
        ]))
    results = []
    for label, commands in runs:
        name = f"attribution_bench_import_{os.getpid()}"
        url = fresh_database(args.server, name)
        try:
            print(f"{label}:")
            seconds, peak = timed(url, commands)
        finally:
            drop_database(args.server, name)
        results.append({"run": label, "seconds": round(seconds, 1), "articles_per_s": round(total / seconds, 1),
                        "peak_rss_mib": round(peak)})
        print(f"    {total / seconds:.1f} articles/s ({seconds:.1f} s), peak RSS {peak:.0f} MiB")
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
