"""The speaker sanity report of an older extractor, computed with today's report code.

An old checkout has no ``evaluate --speakers``; so its extraction of the corpus is dumped to
JSON Lines by the old code, then read back into today's ``Extraction``/``ExtractedQuote``
and given to today's ``speaker_sanity``. Two steps, two processes, so the two versions of
the ``attribution`` package never meet in one interpreter::

    python scripts/sanity_before.py dump /work/wt-old corpus.jsonl old.jsonl
    python scripts/sanity_before.py report old.jsonl

``dump`` reads the corpus as ``evaluate --speakers`` does (unreadable lines are skipped)
and writes, per article, its body and paragraphs and every field of every quote.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, fields
from pathlib import Path


def dump(checkout: Path, corpus: Path, out: Path) -> None:
    """Write the extraction of ``corpus`` by the code in ``checkout`` to ``out``."""
    sys.path.insert(0, str(checkout.resolve()))
    import attribution  # the old package, found first on the path

    if not Path(attribution.__file__).resolve().is_relative_to(checkout.resolve()):
        raise SystemExit(f"attribution imported from {attribution.__file__}, not {checkout}")
    from attribution.arabic.article import parse_article
    from attribution.arabic.pipeline import extract_article
    from attribution.arabic.readers import Source, iter_jsonl

    started, articles, skipped = time.perf_counter(), 0, 0
    with out.open("w", encoding="utf-8") as handle:
        for source in iter_jsonl(corpus):
            if not isinstance(source, Source):
                skipped += 1
                continue
            article = parse_article(source.raw, url=source.url, title=source.title, outlet=source.outlet,
                                    published=source.published)
            extraction = extract_article(article)
            record = {
                "url": article.url, "title": article.title, "outlet": article.outlet,
                "body": article.body, "paragraphs": article.paragraphs,
                "title_span": article.title_span, "byline": article.byline,
                "quotes": [asdict(q) for q in extraction.quotes],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            articles += 1
    print(f"{articles} articles dumped, {skipped} unreadable lines skipped, "
          f"{time.perf_counter() - started:.0f} s, from {attribution.__file__}", file=sys.stderr)


def _extractions(path: Path) -> Iterator:
    from attribution.arabic.article import ParsedArticle
    from attribution.arabic.pipeline import ExtractedQuote, Extraction

    known = {f.name for f in fields(ExtractedQuote)}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            article = ParsedArticle(
                raw="", body=record["body"], url=record["url"], title=record["title"],
                outlet=record["outlet"], paragraphs=tuple(tuple(p) for p in record["paragraphs"]),
                title_span=tuple(record["title_span"]) if record["title_span"] else None,
                byline=record["byline"],
            )
            quotes = []
            for q in record["quotes"]:
                lost = set(q) - known
                if lost:
                    raise SystemExit(f"fields today's ExtractedQuote does not have: {sorted(lost)}")
                q["speaker_aliases"] = tuple(q.get("speaker_aliases", ()))
                quote = ExtractedQuote(**q)
                if article.body[quote.start : quote.end] != quote.text:
                    raise SystemExit(f"offsets do not point at the quote in {article.url}")
                quotes.append(quote)
            yield Extraction(article=article, quotes=tuple(quotes), claims=())


def report(path: Path) -> None:
    """Print today's speaker sanity report over a dump."""
    import attribution
    from attribution.arabic.sanity import format_sanity, speaker_sanity

    print(f"report code: {attribution.__file__}", file=sys.stderr)
    sys.stdout.write(format_sanity(speaker_sanity(_extractions(path))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump", help="extract a corpus with an old checkout")
    d.add_argument("checkout", type=Path)
    d.add_argument("corpus", type=Path)
    d.add_argument("out", type=Path)
    r = commands.add_parser("report", help="today's sanity report over a dump")
    r.add_argument("dump", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.checkout, args.corpus, args.out)
    else:
        report(args.dump)


if __name__ == "__main__":
    main()
