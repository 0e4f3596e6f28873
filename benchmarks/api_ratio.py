"""Time API list pages in-process against ``.values()`` + ``json.dumps`` of the same rows.

Usage (from the project root, on a database with enough rows, e.g. ``generate_benchmark_data``):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python benchmarks/api_ratio.py [--rounds 40] [--page-size 50] [--pages quotes claims]

Each page is requested through Django's test client (the whole stack: middleware, DRF's view,
authentication, throttling, filters, pagination, serializer, renderer; no network). The
reference is what a hand-written view would do for the same rows: the same filter and order,
``.values()`` of the columns the page shows (joined names included, links and many-to-many
lists left out), the first N rows, ``json.dumps``; the benchmark checks it reads the same ids. Rounds alternate one API request and
one reference, so a busy shared machine slows both alike; the figure to compare is the median
of the per-round ratios (paired), printed with the medians of each side. Not a test: numbers to
watch (issue 13: bar 2.0x, goal 1.5x).

``--against DIR`` also measures other checkouts' code (e.g. ``git archive`` of an older commit
unpacked in a folder) on the same database: each measurement runs in its own process, and the
processes alternate between the checkouts (``--repeat`` each); the median ratio is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark")
# The in-process client is one address: without this the anonymous throttle answers 429.
os.environ.setdefault("DJANGO_API_ANON_RATE", "100000000/minute")


@dataclass(frozen=True, slots=True)
class Page:
    """A list page of the API and the columns its rows show (the reference's ``.values()``)."""

    name: str
    url: str
    model: str
    columns: tuple[str, ...]
    rows: Callable[[Any], Any]  # the model → the page's rows, filtered and ordered


PAGES = {
    "quotes": Page("quotes", "/api/v1/quotes/", "Quote", (
        "id", "text", "speaker_id", "speaker__name", "speaker_mention", "intermediary_id", "article_id",
        "article__url", "article__outlet", "published_at", "kind", "cue", "stance", "confidence", "status",
        "curated", "start", "end", "statement_id",
    ), lambda model: model.objects.visible().order_by("-published_at", "-id")),
    "claims": Page("claims", "/api/v1/claims/", "Claim", (
        "id", "text", "short_form", "claimant_id", "claimant__name", "status", "verdict", "rating_text",
        "verdict_explanation", "factcheck_url", "review_title", "checkworthiness", "reviewed_at", "created_at",
    ), lambda model: model.objects.order_by("-created_at", "-id")),
    "speakers": Page("speakers", "/api/v1/speakers/", "Speaker", (
        "id", "name", "kind", "role", "affiliation_id", "wikidata_id", "verified", "created_at", "updated_at",
    ), lambda model: model.objects.order_by("name", "id")),
}


def _timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure_page(page: Page, *, rounds: int = 40, page_size: int = 50, warmup: int = 5) -> dict[str, Any]:
    """Return the median times (ms) of the API page and of its reference, and their paired ratio."""
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")  # whitenoise, without collectstatic
    django.setup()
    from django.apps import apps
    from django.core.serializers.json import DjangoJSONEncoder
    from django.test import Client

    client = Client(HTTP_ACCEPT="application/json", HTTP_HOST="localhost")
    url = f"{page.url}?page_size={page_size}"
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code} {response.content[:300]!r}")
    ids = [row["id"] for row in response.json()["results"]]
    model = apps.get_model("attribution", page.model)

    def api() -> None:
        assert client.get(url).status_code == 200

    def reference() -> list[dict[str, Any]]:
        rows = list(page.rows(model).values(*page.columns)[:page_size])
        json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False).encode()
        return rows

    if [row["id"] for row in reference()] != ids:
        raise SystemExit(f"{page.name}: the reference reads other rows than the API page")

    for _ in range(warmup):
        api()
        reference()
    api_ms, reference_ms, ratios = [], [], []
    for _ in range(rounds):
        a, r = _timed(api), _timed(reference)
        api_ms.append(a)
        reference_ms.append(r)
        ratios.append(a / r)
    quartiles = statistics.quantiles(ratios, n=4)
    return {
        "page": page.name, "rows": len(ids), "rounds": rounds, "api_ms": statistics.median(api_ms),
        "reference_ms": statistics.median(reference_ms), "ratio": statistics.median(ratios),
        "ratio_q1": quartiles[0], "ratio_q3": quartiles[2],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--pages", nargs="+", choices=sorted(PAGES), default=["quotes", "claims", "speakers"])
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    parser.add_argument("--against", nargs="*", default=[], metavar="DIR",
                        help="also other checkouts' code on the same database, processes alternating")
    parser.add_argument("--repeat", type=int, default=3, help="with --against: processes per checkout")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # subprocess mode: import this checkout's code
    args = parser.parse_args(argv)
    if args.code:
        sys.path.insert(0, args.code)
    if args.against:
        return compare([str(HERE), *(str(Path(d).resolve()) for d in args.against)], args)
    results = [measure_page(PAGES[name], rounds=args.rounds, page_size=args.page_size) for name in args.pages]
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'page':10} {'rows':>5} {'API ms':>8} {'ref ms':>8} {'ratio':>6}  (paired, q1-q3)")
    for r in results:
        print(f"{r['page']:10} {r['rows']:5d} {r['api_ms']:8.2f} {r['reference_ms']:8.2f} {r['ratio']:5.2f}x"
              f"  ({r['ratio_q1']:.2f}-{r['ratio_q3']:.2f})")
    return 0


def compare(checkouts: list[str], args: argparse.Namespace) -> int:
    """Measure each checkout's code in its own processes, alternating; print the median ratios."""
    runs: dict[str, list[list[dict[str, Any]]]] = {c: [] for c in checkouts}
    for _ in range(args.repeat):
        for code in checkouts:
            out = subprocess.run(
                [sys.executable, __file__, "--json", "--code", code, "--rounds", str(args.rounds),
                 "--page-size", str(args.page_size), "--pages", *args.pages],
                capture_output=True, text=True, check=True, cwd=code,
            ).stdout
            runs[code].append(json.loads(out.splitlines()[-1]))
    print(f"{'checkout':40} {'page':10} {'API ms':>8} {'ref ms':>8} {'ratio':>6}  (per process)")
    for code in checkouts:
        for i, name in enumerate(args.pages):
            results = [run[i] for run in runs[code]]
            ratios = ", ".join(f"{r['ratio']:.2f}" for r in results)
            print(f"{commit_of(code):40.40} {name:10} {statistics.median(r['api_ms'] for r in results):8.2f} "
                  f"{statistics.median(r['reference_ms'] for r in results):8.2f} "
                  f"{statistics.median(r['ratio'] for r in results):5.2f}x  ({ratios})")
    return 0


def commit_of(code: str) -> str:
    try:
        head = subprocess.run(["git", "-C", code, "log", "-1", "--format=%h"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        head = "?"
    return f"{head} {code}"


if __name__ == "__main__":
    sys.exit(main())
