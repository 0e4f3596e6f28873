"""Print the parse+extract speed (articles/s, one core) over a JSON Lines corpus.

Usage: python benchmarks/extract_speed.py [PATH.jsonl] [--limit N]
Defaults to ../shared/corpus/arabic-news.jsonl. Not a test: a number to watch.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.arabic.article import parse_article  # noqa: E402
from attribution.arabic.pipeline import extract_article  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "arabic-news.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles")
    args = parser.parse_args(argv)

    records = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    errors = quotes = claims = 0
    started = time.perf_counter()
    for record in records:
        try:
            article = parse_article(record.get("text", ""), url=record.get("url"),
                                    title=record.get("title"), outlet=record.get("outlet"))
            extraction = extract_article(article)
            quotes += len(extraction.quotes)
            claims += len(extraction.claims)
        except Exception:  # the benchmark counts crashes instead of stopping at the first
            errors += 1
            if errors <= 3:
                traceback.print_exc()
    elapsed = time.perf_counter() - started
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"articles: {len(records)}  quotes: {quotes}  claims: {claims}  exceptions: {errors}")
    print(f"time: {elapsed:.2f}s  speed: {len(records) / elapsed:.0f} articles/s (parse+extract, one core)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
