"""Print a random sample of extracted quotes with their context, for judging by hand.

Usage: python scripts/corpus_quote_sample.py [--articles 3000] [--size 80] [--seed 20261204]

Extracts the first N corpus articles, draws ``size`` quotes at random (``random.Random(seed)``)
and prints each with its rule, confidence, speaker, mention and about 200 characters of
context before it. `docs/corpus-sample.md` holds one such sample judged against
`GOLD_FORMAT.md`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from attribution.arabic.article import parse_article  # noqa: E402
from attribution.arabic.pipeline import extract_article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent / "shared" / "corpus" / "arabic-news.jsonl"))
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--size", type=int, default=80)
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args()
    found = []
    with open(args.corpus, encoding="utf-8") as lines:
        for number, line in enumerate(itertools.islice(lines, args.articles)):
            record = json.loads(line)
            article = parse_article(record.get("text", ""), url=record.get("url"), title=record.get("title"),
                                    outlet=record.get("outlet"))
            found += [(number, article.body, quote) for quote in extract_article(article).quotes]
    for n, (number, body, q) in enumerate(random.Random(args.seed).sample(found, args.size), 1):
        starts = [s for s in (q.start, q.cue_start, q.mention_start) if s >= 0]
        context = body[max(0, min(starts) - 200) : q.end + 60].replace("\n", " ⏎ ")
        print(f"#{n} article {number} rule={q.rule} confidence={q.confidence:.2f}")
        print(f"  speaker: {q.speaker!r} (mention {q.speaker_mention!r}, {q.speaker_type})")
        print(f"  quote: {q.text[:220]!r}")
        print(f"  context: …{context[:700]}…\n")
    print(f"{len(found)} quotes in {args.articles} articles")


if __name__ == "__main__":
    main()
