"""Soak the API on loopback for a few minutes: zero errors and flat worker memory, or say so.

Start gunicorn as for ``api_benchmark.py`` (throttles raised), then:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python benchmarks/api_soak.py --server-pid <gunicorn master pid> --minutes 3

Runs the benchmark's mixed query load in rounds, printing per round the requests/s, the
errors and the gunicorn workers' resident memory. It fails (exit 1) on any error, or when the
workers' memory in the last third of the run is more than ``--growth`` MiB above the first
third (a leak, not warm-up). Bounded in time; loopback only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_benchmark import PATHS, Client, load, sample_queries  # noqa: E402


def workers_rss_mib(master_pid: int) -> float:
    """Return the summed resident memory (MiB) of a gunicorn master's worker processes."""
    total_kib = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if int(fields.get("PPid", "0").strip()) == master_pid:
            total_kib += int(fields.get("VmRSS", "0 kB").split()[0])
    return total_kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8011")
    parser.add_argument("--server-pid", type=int, required=True, help="gunicorn master pid")
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument("--round-seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--growth", type=float, default=20, help="tolerated memory growth, MiB")
    args = parser.parse_args()
    if urlsplit(args.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the soak only runs against loopback")

    queries = sample_queries(200, seed=11)
    paths = [f"{PATHS[name]}?{query}" for name, items in queries.items() for query in items]
    rounds = max(3, int(args.minutes * 60 / args.round_seconds))
    memory, errors = [], 0
    for index in range(rounds):
        result = load(lambda: Client(args.base, {}), paths, concurrency=args.concurrency,
                      requests=10**9, seconds=args.round_seconds)
        memory.append(workers_rss_mib(args.server_pid))
        errors += result["errors"]
        print(f"round {index + 1:2d}/{rounds}: {result['rps']:5.0f} req/s, p95 {result['p95']:6.1f} ms, "
              f"errors {result['errors']}, workers' RSS {memory[-1]:6.1f} MiB", flush=True)
    third = max(1, rounds // 3)
    early, late = sum(memory[:third]) / third, sum(memory[-third:]) / third
    growth = late - early
    print(f"errors {errors}; workers' RSS {early:.1f} → {late:.1f} MiB ({growth:+.1f} MiB)")
    return 1 if errors or growth > args.growth else 0


if __name__ == "__main__":
    sys.exit(main())
