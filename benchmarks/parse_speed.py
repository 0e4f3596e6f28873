"""Measure article parsing speed on the shared corpus (a benchmark, not a test).

Usage: python benchmarks/parse_speed.py [CORPUS.jsonl] [--limit N]

Reads the JSON Lines corpus through ``readers.iter_sources`` first (not timed), then times
``parse_article`` alone on one core and prints articles/s, plus the reading rate.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.arabic.article import parse_article  # noqa: E402
from attribution.arabic.readers import Source, iter_sources  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "arabic-news.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="parse only the first N articles")
    args = ap.parse_args()

    started = time.perf_counter()
    sources = []
    errors = 0
    for item in iter_sources([args.corpus]):
        if isinstance(item, Source):
            sources.append(item)
        else:
            errors += 1
        if args.limit and len(sources) >= args.limit:
            break
    read_s = time.perf_counter() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    chars = 0
    for s in sources:
        article = parse_article(s.raw, url=s.url, title=s.title, outlet=s.outlet, published=s.published)
        chars += len(article.body)
    parse_s = time.perf_counter() - started
    # CPU time of this process: a fairer one-core figure when the machine is busy.
    cpu_s = time.process_time() - cpu_started

    n = len(sources)
    print(f"articles: {n} (read errors: {errors})")
    print(f"read:  {n / read_s:,.0f} articles/s ({read_s:.2f} s)")
    print(f"parse: {n / parse_s:,.0f} articles/s wall ({parse_s:.2f} s, {chars / parse_s / 1e6:.1f} M body chars/s)")
    print(f"parse: {n / cpu_s:,.0f} articles/s of CPU time ({cpu_s:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
