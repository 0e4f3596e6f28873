"""Time the curation desk's busiest pages on the current database.

Fill a PostgreSQL database first, then run::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/attribution_bench \\
        .venv/bin/python manage.py generate_benchmark_data
    DATABASE_URL=... .venv/bin/python benchmarks/admin_benchmark.py [--runs 5] [--only search]

Each page is opened once to warm caches, then ``--runs`` times; the median wall time and the
number and total time of SQL queries are printed. Logs in as a throwaway staff user in the
"editors" group (created on first use).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from attribution.models import Quote, Speaker  # noqa: E402


def pages() -> list[tuple[str, str]]:
    """Return (label, URL) of the pages editors open most."""
    busy = Quote.objects.filter(speaker__isnull=False).values_list("speaker", flat=True).first()
    quote = Quote.objects.order_by("-published_at", "-id").values_list("pk", flat=True).first()
    year = Quote.objects.order_by("-published_at").values_list("published_at__year", flat=True).first()
    return [
        ("quote list, unfiltered", "/admin/attribution/quote/"),
        ("quote list, page 50", "/admin/attribution/quote/?p=50"),
        ("quote list, status=pending", "/admin/attribution/quote/?status__exact=pending"),
        ("quote list, high confidence", "/admin/attribution/quote/?confidence_band=high"),
        ("quote list, one speaker", f"/admin/attribution/quote/?speaker__id__exact={busy}"),
        ("quote list, one year", f"/admin/attribution/quote/?published_at__year={year}"),
        ("quote list, search 'احمد'", "/admin/attribution/quote/?q=%D8%A7%D8%AD%D9%85%D8%AF"),
        ("quote change page", f"/admin/attribution/quote/{quote}/change/"),
        ("review queue", "/admin/attribution/quote/review/"),
        ("speaker list", "/admin/attribution/speaker/"),
        ("claim list", "/admin/attribution/claim/"),
        ("speaker autocomplete 'محمد'",
         "/admin/autocomplete/?app_label=attribution&model_name=quote&field_name=speaker&term=%D9%85%D8%AD%D9%85%D8%AF"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="time only the pages whose label contains this")
    args = parser.parse_args()

    user, _ = get_user_model().objects.get_or_create(username="benchmark-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="editors"))
    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="ar")
    client.force_login(user)
    print(f"{Quote.objects.count():,} quotes, {Speaker.objects.count():,} speakers on {connection.vendor}")
    print(f"{'page':34} {'median ms':>9} {'queries':>7} {'SQL ms':>7}")
    for label, url in pages():
        if args.only not in label:
            continue
        assert client.get(url).status_code == 200, url
        timings = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
            assert response.status_code == 200, url
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        print(f"{label:34} {statistics.median(timings) * 1000:9.0f} {len(queries):7d} {sql_ms:7.0f}")


if __name__ == "__main__":
    main()
