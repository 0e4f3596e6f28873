"""Time the fact-checkers' new reads: speaker scorecards and the claims:search endpoint.

Fill a PostgreSQL database first, then run::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python manage.py generate_benchmark_data
    DATABASE_URL=... .venv/bin/python benchmarks/factcheck_benchmark.py [--runs 7]

Requests go through Django's test client in this process (throttles raised). Each URL is
opened once to warm caches, then ``--runs`` times; the median wall time and the number and
total time of its SQL queries are printed, with the ratio to a reference read of the same
rows timed in the same run: the speaker list page for a scorecard, the ClaimReview feed's
first page for a search.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DJANGO_API_ANON_RATE"] = "1000000/minute"
os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from attribution.models import Claim, Quote  # noqa: E402
from attribution.scorecards import speaker_scorecard  # noqa: E402

SEARCH = "/api/v1/factcheck/claims:search"


def most_quoted_speaker() -> tuple[int, int]:
    """Return (id, quotes) of the speaker with the most quotes."""
    row = (
        Quote.objects.exclude(speaker=None).values("speaker").annotate(n=Count("pk")).order_by("-n").first()
    )
    return row["speaker"], row["n"]


def typical_speaker() -> tuple[int, int]:
    """Return (id, quotes) of the speaker with the median number of quotes."""
    rows = list(Quote.objects.exclude(speaker=None).values("speaker").annotate(n=Count("pk")).order_by("n"))
    row = rows[len(rows) // 2]
    return row["speaker"], row["n"]


def search_word() -> str:
    """Return a word of a reviewed claim's text (the data's most common kind of query)."""
    text = Claim.objects.reviewed().order_by("pk").values_list("text", flat=True).first() or ""
    words = [w for w in text.split() if len(w) > 4]
    return words[len(words) // 2] if words else "الاقتصاد"


def timed(client: Client, url: str, runs: int) -> tuple[float, int, float]:
    """Return (median ms, queries, median SQL ms) of GET ``url``."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    walls, sqls, count = [], [], 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            client.get(url)
            walls.append((time.perf_counter() - start) * 1000)
        count = len(queries.captured_queries)
        sqls.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
    return statistics.median(walls), count, statistics.median(sqls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    client = Client()
    speaker, quotes = most_quoted_speaker()
    typical, typical_quotes = typical_speaker()
    word = search_word()
    print(f"{Quote.objects.count():,} quotes, {Claim.objects.reviewed().count():,} reviewed claims; "
          f"most quoted speaker {speaker} ({quotes:,} quotes), median one {typical} ({typical_quotes:,}); "
          f"search word {word!r}; median of {args.runs}")

    scorecard_runs = []
    for _ in range(args.runs):
        start = time.perf_counter()
        speaker_scorecard(speaker)
        scorecard_runs.append((time.perf_counter() - start) * 1000)

    groups = [
        ("/api/v1/speakers/", [
            ("speaker list page (reference)", "/api/v1/speakers/"),
            ("speaker detail with scorecard, median speaker", f"/api/v1/speakers/{typical}/"),
            ("speaker detail with scorecard, most quoted", f"/api/v1/speakers/{speaker}/"),
        ]),
        ("/api/v1/claimreview/", [
            ("ClaimReview feed, 10 (reference)", "/api/v1/claimreview/?page_size=10"),
            ("claims:search, no filter", SEARCH),
            ("claims:search, one word", f"{SEARCH}?{urlencode({'query': word})}"),
            ("claims:search, maxAgeDays=365", f"{SEARCH}?maxAgeDays=365"),
            ("claims:search, site + language", f"{SEARCH}?reviewPublisherSiteFilter=example.com&languageCode=ar"),
            ("claims:search, pageSize=100", f"{SEARCH}?pageSize=100"),
        ]),
    ]
    print(f"{'read':48} {'median':>9} {'ratio':>6} {'queries':>8} {'SQL':>9}")
    for _, rows in groups:
        reference = None
        for label, url in rows:
            wall, count, sql = timed(client, url, args.runs)
            reference = reference or wall
            print(f"{label:48} {wall:7.1f}ms {wall / reference:5.2f}x {count:8d} {sql:7.1f}ms")
    print(f"{'scorecard query alone, most quoted':48} {statistics.median(scorecard_runs):7.1f}ms")


if __name__ == "__main__":
    main()
