"""Print parse+extract speed (articles/s, one core) and its ratio to a regex reference pass.

Usage: python benchmarks/extract_speed.py [PATH.jsonl] [--limit N] [--rounds R] [--against DIR ...]

Times ``parse_article`` + ``extract_article`` over the first N articles of a JSON Lines corpus
(default ../shared/corpus/arabic-news.jsonl, N=2000) and, on the same texts in the same process,
the reference: one compiled regular expression for the speech verbs (every surface form of
``lexicon.CUES`` with an optional و/ف, as whole words, merged into a prefix tree), ``findall``
over each text. The ratio
extraction time / reference time is what to watch: absolute speed moves with the machine.

``--against DIR`` also times the code of another checkout (e.g. a git worktree of an older
commit) on the same texts with the same reference pattern. Each measurement runs in its own
subprocess, and rounds alternate between the checkouts, so a busy shared machine slows them
alike; the median over rounds is printed. ``--profile N`` prints the N functions of this
checkout that take the most time of their own (cProfile) over the same texts. Not a test:
numbers to watch.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEFAULT = HERE.parent / "shared" / "corpus" / "arabic-news.jsonl"


def speech_verb_pattern() -> str:
    """The reference regex: any speech-verb form of this checkout's lexicon, as a whole word.

    The forms are merged into a prefix tree ("قال|قالت|قالوا" → "قال(?:ت|وا)?"), as one would
    write a fast regex by hand: a flat alternation of ~200 words runs 4x slower in ``re``.
    """
    sys.path.insert(0, str(HERE))
    from attribution.arabic.lexicon import CUES
    from attribution.arabic.quotes import trie_pattern

    forms = {form for cue in CUES for form in (*cue.masc, *cue.fem, *cue.plural, *cue.participles)}
    return rf"(?<!\w)[وف]?(?:{trie_pattern(forms)})(?!\w)"


def read_records(path: str, limit: int) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def measure(code_dir: str, path: str, limit: int, pattern_text: str) -> dict:
    """Time one checkout's parse+extract and the reference pass on the same texts (one process)."""
    sys.path.insert(0, code_dir)
    from attribution import arabic
    from attribution.arabic.article import parse_article
    from attribution.arabic.pipeline import extract_article

    records = read_records(path, limit)
    texts = [record.get("text", "") for record in records]
    pattern = re.compile(pattern_text)

    def reference() -> tuple[float, int]:
        started = time.process_time()
        hits = sum(len(pattern.findall(text)) for text in texts)
        return time.process_time() - started, hits

    reference_s, hits = reference()
    errors = quotes = 0
    wall_started, cpu_started = time.perf_counter(), time.process_time()
    for record in records:
        try:
            article = parse_article(record.get("text", ""), url=record.get("url"),
                                    title=record.get("title"), outlet=record.get("outlet"))
            quotes += len(extract_article(article).quotes)
        except Exception:  # counted, not fatal: a benchmark reports crashes
            errors += 1
    cpu_s = time.process_time() - cpu_started
    wall_s = time.perf_counter() - wall_started
    # The reference is short: time it on both sides of the extraction and keep the faster.
    reference_s = min(reference_s, reference()[0])
    return {"native": getattr(arabic, "NATIVE", False), "articles": len(records), "quotes": quotes, "exceptions": errors, "verb_hits": hits,
            "cpu_s": cpu_s, "wall_s": wall_s, "reference_s": reference_s}


def measure_apart(code_dir: str, path: str, limit: int, pattern_text: str) -> dict:
    """:func:`measure` in a process of its own: nothing an earlier measurement cached carries over."""
    out = subprocess.run(
        [sys.executable, __file__, path, "--limit", str(limit), "--measure", code_dir, "--pattern", pattern_text],
        capture_output=True, text=True, check=True, cwd=code_dir,
    ).stdout
    return json.loads(out.splitlines()[-1])


def profile(path: str, limit: int, top: int) -> str:
    """Return the ``top`` functions by own time of this checkout's parse+extract (cProfile).

    Profiles the Python modules: compiled functions are invisible to cProfile.
    """
    os.environ["ATTRIBUTION_PURE_PYTHON"] = "1"
    sys.path.insert(0, str(HERE))
    from attribution.arabic.article import parse_article
    from attribution.arabic.pipeline import extract_article

    records = read_records(path, limit)
    profiler = cProfile.Profile()
    profiler.enable()
    for record in records:
        extract_article(parse_article(record.get("text", ""), url=record.get("url"),
                                      title=record.get("title"), outlet=record.get("outlet")))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    return "\n".join(line.rstrip() for line in lines[start - 2 :] if line.strip())


def commit_of(code_dir: str) -> str:
    try:
        return subprocess.run(["git", "-C", code_dir, "log", "-1", "--format=%h %s"], capture_output=True,
                              text=True, check=True).stdout.strip()[:72]
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=2000, help="the first N articles (0: all)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds per checkout")
    parser.add_argument("--against", nargs="*", default=[], metavar="DIR",
                        help="other checkouts to time on the same texts")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print the N functions with the most own time (this checkout)")
    parser.add_argument("--measure", metavar="DIR", help=argparse.SUPPRESS)  # subprocess mode
    parser.add_argument("--pattern", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.path, args.limit, args.pattern)))
        return 0

    pattern_text = speech_verb_pattern()
    checkouts = [str(HERE), *(str(Path(d).resolve()) for d in args.against)]
    runs: dict[str, list[dict]] = {c: [] for c in checkouts}
    for _ in range(args.rounds):
        for code_dir in checkouts:
            runs[code_dir].append(measure_apart(code_dir, args.path, args.limit, pattern_text))

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; corpus: {Path(args.path).name}, rounds: {args.rounds}")
    failed = False
    for code_dir in checkouts:
        results = runs[code_dir]
        first = results[0]
        cpu = statistics.median(r["cpu_s"] for r in results)
        wall = statistics.median(r["wall_s"] for r in results)
        reference = statistics.median(r["reference_s"] for r in results)
        ratio = statistics.median(r["cpu_s"] / r["reference_s"] for r in results)
        n = first["articles"]
        print(f"\n{code_dir} @ {commit_of(code_dir)}")
        print(f"  articles: {n}  quotes: {first['quotes']}  exceptions: {first['exceptions']}  "
              f"compiled (mypyc): {'yes' if first.get('native') else 'no'}")
        print(f"  parse+extract: {n / cpu:,.0f} articles/s of CPU time ({cpu:.2f} s), "
              f"{n / wall:,.0f} articles/s wall ({wall:.2f} s)")
        print(f"  reference, one regex pass for speech verbs ({first['verb_hits']} hits): "
              f"{n / reference:,.0f} articles/s ({reference:.3f} s)")
        per_round = ", ".join(f"{r['cpu_s'] / r['reference_s']:.1f}" for r in results)
        print(f"  ratio extraction / reference: {ratio:.1f}x"
              + (f"  (per round: {per_round})" if len(results) > 1 else ""))
        failed |= any(r["exceptions"] for r in results)
    if args.profile:
        print(f"\nprofile of {HERE} (cProfile, {args.limit or 'all'} articles; its overhead inflates small calls):")
        print(profile(args.path, args.limit, args.profile))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
