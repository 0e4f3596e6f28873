"""Benchmark the API against a running server: latency percentiles and throughput on loopback.

Start gunicorn on a benchmark database first (throttles raised so the load generator is not
refused), then run this script:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench DJANGO_SECRET_KEY=x \\
        DJANGO_API_ANON_RATE=1000000/minute .venv/bin/gunicorn config.wsgi -w 2 -b 127.0.0.1:8011
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python benchmarks/api_benchmark.py --base http://127.0.0.1:8011

It samples real speakers, dates, search words and verdicts from the database so every query
returns rows, measures p50/p95 of each scenario sequentially, then drives a bounded mixed load
(``--concurrency`` threads, at most ``--requests`` requests or ``--seconds`` seconds) and
reports requests per second and the error count, per scenario and mixed. Only loopback addresses are accepted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

TARGETS_MS = {"speaker + date range": 50, "claim verdict": 50, "search": 150}


def sample_queries(count: int, seed: int) -> dict[str, list[str]]:
    """Return ``count`` query strings per scenario, drawn from the data actually present."""
    import django

    django.setup()
    from django.db.models import Count

    from attribution.models import Claim, Quote, Speaker

    # Sampled with ``seed`` rather than ORDER BY random(), so that two runs (before and after a
    # change) send the same requests.
    rng = random.Random(seed)
    speakers = list(Speaker.objects.annotate(n=Count("quotes")).filter(n__gte=5).order_by("pk").values_list("pk", flat=True))
    speakers = rng.sample(speakers, min(200, len(speakers)))
    quote_ids = list(Quote.objects.order_by("pk").values_list("pk", flat=True))
    texts = list(Quote.objects.filter(pk__in=rng.sample(quote_ids, min(200, len(quote_ids)))).order_by("pk").values_list("text", flat=True))
    verdicts = list(Claim.Verdict.values)
    speaker_pages, searches, verdict_pages = [], [], []
    for _ in range(count):
        year = rng.randint(2015, 2024)
        speaker_pages.append(urlencode({
            "speaker": rng.choice(speakers), "published_after": f"{year}-01-01", "published_before": f"{year + 1}-06-30",
        }))
        words = rng.choice(texts).split()
        start = rng.randrange(max(1, len(words) - 1))
        searches.append(urlencode({"search": " ".join(words[start : start + 2])}))
        verdict_pages.append(urlencode({"verdict": rng.choice(verdicts), "status": "reviewed"}))
    return {"speaker + date range": speaker_pages, "search": searches, "claim verdict": verdict_pages}


PATHS = {"speaker + date range": "/api/v1/quotes/", "search": "/api/v1/quotes/", "claim verdict": "/api/v1/claims/"}


class Client:
    """One keep-alive HTTP connection per thread (as a script with requests.Session would use)."""

    def __init__(self, base: str, headers: dict[str, str]) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.headers = {"Accept": "application/json", **headers}
        self.connection: http.client.HTTPConnection | None = None

    def get(self, path: str) -> tuple[int, float, bytes]:
        started = time.perf_counter()
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.connection.request("GET", path, headers=self.headers)
                response = self.connection.getresponse()
                body = response.read()
                return response.status, (time.perf_counter() - started) * 1000, body
            except (ConnectionError, http.client.HTTPException):
                self.connection = None  # gunicorn's sync workers close idle keep-alive sockets
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def server_cpu_seconds(master_pid: int | None) -> float | None:
    """Return the CPU time (user + system) used so far by the workers of a gunicorn master."""
    if not master_pid:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:  # fields[1] is the parent pid
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def latency(client: Client, name: str, queries: list[str], warmup: int = 5) -> dict[str, float]:
    """Return p50/p95 (ms) of the scenario's requests run one after another."""
    for query in queries[:warmup]:
        client.get(f"{PATHS[name]}?{query}")
    timings, errors, rows = [], 0, []
    for query in queries:
        status, ms, body = client.get(f"{PATHS[name]}?{query}")
        timings.append(ms)
        if status != 200:
            errors += 1
        else:
            rows.append(len(json.loads(body)["results"]))
    return {
        "p50": statistics.median(timings), "p95": percentile(timings, 0.95), "errors": errors,
        "mean_rows": statistics.mean(rows) if rows else 0,
    }


def load(make_client: Callable[[], Client], paths: list[str], *, concurrency: int, requests: int, seconds: float) -> dict[str, float]:
    """Drive ``concurrency`` threads through ``paths`` until the request or time budget is spent."""
    lock = threading.Lock()
    counter = {"sent": 0, "errors": 0}
    statuses: dict[int, int] = {}
    deadline = time.perf_counter() + seconds
    timings: list[float] = []

    def worker(index: int) -> None:
        client = make_client()
        rng = random.Random(index)
        while time.perf_counter() < deadline:
            with lock:
                if counter["sent"] >= requests:
                    return
                counter["sent"] += 1
            try:
                status, ms, _ = client.get(rng.choice(paths))
            except OSError:
                status, ms = 599, 0.0
            with lock:
                timings.append(ms)
                statuses[status] = statuses.get(status, 0) + 1
                if status != 200:
                    counter["errors"] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "requests": len(timings), "seconds": elapsed, "rps": len(timings) / elapsed, "errors": counter["errors"],
        "p50": statistics.median(timings), "p95": percentile(timings, 0.95), "statuses": statuses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8011")
    parser.add_argument("--samples", type=int, default=200, help="requests per latency scenario")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=6000, help="each load phase: at most this many requests")
    parser.add_argument("--seconds", type=float, default=15, help="each load phase: at most this long")
    parser.add_argument("--token", default=os.environ.get("API_TOKEN", ""), help="optional API token")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--server-pid", type=int, default=None,
        help="gunicorn master pid: also report the workers' CPU time per request (machine-independent)",
    )
    args = parser.parse_args()
    if urlsplit(args.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the benchmark only runs against loopback")

    headers = {"Authorization": f"Token {args.token}"} if args.token else {}
    queries = sample_queries(args.samples, args.seed)
    client = Client(args.base, headers)
    print(f"{'scenario':24} {'p50 ms':>8} {'p95 ms':>8} {'target':>8} {'rows':>6} {'errors':>6}")
    failed = False
    for name, items in queries.items():
        result = latency(client, name, items)
        ok = result["p95"] < TARGETS_MS[name] and not result["errors"]
        failed |= not ok
        print(
            f"{name:24} {result['p50']:8.1f} {result['p95']:8.1f} {'<' + str(TARGETS_MS[name]):>8} "
            f"{result['mean_rows']:6.1f} {result['errors']:6d} {'ok' if ok else 'MISSED'}"
        )
    # Throughput per scenario, then all three mixed: each phase bounded in requests and time.
    phases = {name: [f"{PATHS[name]}?{query}" for query in items] for name, items in queries.items()}
    phases["mixed (all three)"] = [path for paths in phases.values() for path in paths]
    for name, paths in phases.items():
        cpu_before = server_cpu_seconds(args.server_pid)
        result = load(
            lambda: Client(args.base, headers), paths,
            concurrency=args.concurrency, requests=args.requests, seconds=args.seconds,
        )
        cpu_after = server_cpu_seconds(args.server_pid)
        cpu = (
            f", app CPU {(cpu_after - cpu_before) * 1000 / result['requests']:.1f} ms/request"
            if cpu_before is not None and cpu_after is not None and result["requests"] else ""
        )
        ok = result["rps"] >= 300 and not result["errors"]
        print(
            f"load {name:22}: {result['requests']:5d} requests in {result['seconds']:4.1f} s, "
            f"{result['rps']:4.0f} req/s (target >= 300), p50 {result['p50']:5.1f} ms, p95 {result['p95']:5.1f} ms, "
            f"errors {result['errors']}{cpu} {'ok' if ok else 'MISSED'}"
        )
        failed |= result["errors"] > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
