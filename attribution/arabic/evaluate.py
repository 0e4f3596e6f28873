"""Score extracted quotes against gold annotations, without ``../shared``.

A re-implementation of the shared scorer (``score_quotes.py``, the reference): the same
matching rules and the same figures, computed by the project on its own gold copies.

Usage::

    python -m attribution.arabic.evaluate GOLD_DIR TEXTS... [--per-doc] [--json] [--calibration]

TEXTS are article files, directories or JSON Lines; each is parsed and extracted, then
paired with the gold file whose ``doc`` is its base name.

Matching, after ``normalize`` (no diacritics, one alef, ى→ي, ة→ه, ASCII digits,
punctuation as spaces):

* a system quote *finds* a gold quote when its text contains the gold anchor;
* a system quote holding anchors of required gold quotes by different speakers, or a
  ``forbidden`` string, is a false positive that matches nothing;
* a found gold quote is *attributed* when every word of one of its aliases is among the
  system speaker's words (a leading و is also tried off);
* a system quote that finds only gold quotes found before is a duplicate (false positive);
* a system quote that finds only optional gold quotes is not counted.

Each counted system quote is *judged*: right end to end when it is a true positive whose
speaker is attributed. The calibration table compares the quotes' confidence with how
often they are right, band by band.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from attribution.arabic.normalize import normalize

if TYPE_CHECKING:
    from attribution.arabic.pipeline import ExtractedQuote

WAW: Final = "\N{ARABIC LETTER WAW}"


@dataclass
class GoldQuote:
    """One annotated quote with its matching state."""

    id: str
    anchor: str
    speakers: tuple[str, ...]
    optional: bool
    group: str
    found: bool = False
    attributed: bool = False


@dataclass(frozen=True)
class Judged:
    """One counted system quote: its position in the document's output, confidence, verdict."""

    index: int
    confidence: float
    correct: bool


@dataclass
class DocScore:
    """Counts of one document and the errors behind them."""

    gold: int = 0
    found: int = 0
    attributed: int = 0
    system: int = 0
    tp_span: int = 0
    tp_e2e: int = 0
    errors: list[dict] = field(default_factory=list)
    judged: list[Judged] = field(default_factory=list)


COUNTS: Final = ("gold", "found", "attributed", "system", "tp_span", "tp_e2e")


def speaker_words(name: str | None) -> set[str]:
    """Return the words of a system speaker, each also without a leading و ("وبوتين")."""
    words: set[str] = set()
    for word in normalize(name or "").split():
        words.add(word)
        if len(word) > 3 and word.startswith(WAW):
            words.add(word[1:])
    return words


def speaker_matches(system_speaker: str | None, aliases: Iterable[str]) -> bool:
    """Return whether all words of any one alias are among the system speaker's words.

    "الرئيس الروسي فلاديمير بوتين" matches alias "بوتين"; ``None`` matches nothing.
    """
    have = speaker_words(system_speaker)
    for alias in aliases:
        need = normalize(alias).split()
        if need and all(word in have for word in need):
            return True
    return False


def score_document(gold: Mapping, quotes: Sequence[Mapping]) -> DocScore:
    """Return the counts of one document: gold annotation against system quotes in order."""
    golds = [
        GoldQuote(
            id=g["id"], anchor=normalize(g["anchor"]), speakers=tuple(g["speaker"]),
            optional=bool(g.get("optional")), group=normalize(g["speaker"][0]),
        )
        for g in gold["quotes"]
    ]
    forbidden = [normalize(f) for f in gold.get("forbidden", [])]
    score = DocScore()
    for index, quote in enumerate(quotes):
        confidence = float(quote.get("confidence", 0.5))
        text = normalize(quote.get("text", ""))
        hits = [g for g in golds if g.anchor and g.anchor in text]
        required = [g for g in hits if not g.optional]
        bad = next((f for f in forbidden if f and f in text), None)
        if bad or len({g.group for g in required}) > 1:
            score.system += 1
            score.judged.append(Judged(index, confidence, False))
            reason = "forbidden" if bad else "spans several speakers"
            score.errors.append({"fp": reason, "text": quote.get("text", "")[:120]})
            continue
        if hits and not required:
            for g in hits:
                g.found = True
            continue  # optional only: neither right nor wrong
        score.system += 1
        fresh = [g for g in required if not g.found]
        if not fresh:
            score.judged.append(Judged(index, confidence, False))
            reason = "duplicate" if required else "not a gold quote"
            score.errors.append({"fp": reason, "text": quote.get("text", "")[:120]})
            continue
        score.tp_span += 1
        speaker = quote.get("speaker")
        right = speaker_matches(speaker, fresh[0].speakers)
        score.tp_e2e += right
        score.judged.append(Judged(index, confidence, right))
        for g in fresh:
            g.found = True
            if speaker_matches(speaker, g.speakers):
                g.attributed = True
            else:
                score.errors.append({"wrong_speaker": speaker, "gold": g.speakers[0], "id": g.id})
    required_golds = [g for g in golds if not g.optional]
    score.errors.extend({"missed": g.id, "anchor": g.anchor} for g in required_golds if not g.found)
    score.gold = len(required_golds)
    score.found = sum(g.found for g in required_golds)
    score.attributed = sum(g.attributed for g in required_golds)
    return score


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarize(rows: Mapping[str, DocScore]) -> dict[str, float | int]:
    """Return the totals and the rounded metrics over all documents."""
    total = {k: sum(getattr(r, k) for r in rows.values()) for k in COUNTS}
    span_p, span_r = _ratio(total["tp_span"], total["system"]), _ratio(total["found"], total["gold"])
    e2e_p, e2e_r = _ratio(total["tp_e2e"], total["system"]), _ratio(total["attributed"], total["gold"])
    return {
        **total,
        "span_precision": round(span_p, 3),
        "span_recall": round(span_r, 3),
        "span_f1": round(_f1(span_p, span_r), 3),
        "attribution_accuracy": round(_ratio(total["attributed"], total["found"]), 3),
        "e2e_precision": round(e2e_p, 3),
        "e2e_recall": round(e2e_r, 3),
        "e2e_f1": round(_f1(e2e_p, e2e_r), 3),
    }


@dataclass(frozen=True)
class Band:
    """Quotes whose confidence falls in ``[low, high)`` and how often they were right."""

    low: float
    high: float
    quotes: int
    mean_confidence: float
    precision: float

    @property
    def gap(self) -> float:
        return abs(self.mean_confidence - self.precision)


BAND_EDGES: Final = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def calibration(judged: Iterable[Judged], edges: Sequence[float] = BAND_EDGES) -> list[Band]:
    """Return one band per pair of edges, the last one closed: [0.8, 1.0] holds 1.0.

    Quotes at 0.3, 0.35 (one right) → band [0.2, 0.4): 2 quotes, mean 0.325, precision 0.5.
    """
    bands = []
    items = list(judged)
    for i, (low, high) in enumerate(zip(edges, edges[1:], strict=False)):
        last = i == len(edges) - 2
        inside = [j for j in items if low <= j.confidence < high or (last and j.confidence == high)]
        n = len(inside)
        bands.append(Band(low, high, n,
                          sum(j.confidence for j in inside) / n if n else 0.0,
                          sum(j.correct for j in inside) / n if n else 0.0))
    return bands


def expected_calibration_error(bands: Sequence[Band]) -> float:
    """Return the quote-weighted mean gap between confidence and precision over bands."""
    total = sum(b.quotes for b in bands)
    return sum(b.quotes * b.gap for b in bands) / total if total else 0.0


def format_calibration(name: str, bands: Sequence[Band]) -> str:
    """Return the calibration table: band, quotes, mean confidence, e2e precision, |gap|."""
    lines = [f"{name}: confidence calibration (e2e precision per confidence band)",
             f"  {'band':<12} {'quotes':>6} {'mean conf':>9} {'precision':>9} {'|gap|':>6}"]
    for i, b in enumerate(bands):
        band = f"[{b.low:.1f},{b.high:.1f}{']' if i == len(bands) - 1 else ')'}"
        if b.quotes:
            lines.append(f"  {band:<12} {b.quotes:>6} {b.mean_confidence:>9.3f} {b.precision:>9.3f} {b.gap:>6.3f}")
        else:
            lines.append(f"  {band:<12} {0:>6} {'-':>9} {'-':>9} {'-':>6}")
    lines.append(f"  expected calibration error {expected_calibration_error(bands):.3f}")
    return "\n".join(lines)


def load_gold(gold_dir: str | os.PathLike[str]) -> dict[str, dict]:
    """Return the gold annotations of a directory keyed by their ``doc`` name."""
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data["doc"]] = data
    return gold


def extract_documents(paths: Iterable[str | os.PathLike[str]]) -> dict[str, list[ExtractedQuote]]:
    """Parse and extract every article of ``paths``; return its quotes by base name."""
    from attribution.arabic.pipeline import extract_source
    from attribution.arabic.readers import SourceError, iter_sources

    found: dict[str, list[ExtractedQuote]] = {}
    for source in iter_sources(paths):
        if isinstance(source, SourceError):
            continue
        found.setdefault(os.path.basename(source.name), []).extend(extract_source(source).quotes)
    return found


def extract_quotes(paths: Iterable[str | os.PathLike[str]]) -> dict[str, list[dict]]:
    """Parse and extract every article of ``paths``; return quote records by base name."""
    from attribution.arabic.pipeline import quote_record

    return {doc: [quote_record(q) for q in quotes] for doc, quotes in extract_documents(paths).items()}


def evaluate(gold_dir: str | os.PathLike[str], paths: Iterable[str | os.PathLike[str]]) -> tuple[dict, dict[str, DocScore]]:
    """Extract ``paths`` and score them against ``gold_dir``: (summary, per-document rows)."""
    gold = load_gold(gold_dir)
    extracted = extract_quotes(paths)
    rows = {doc: score_document(g, extracted.get(doc, [])) for doc, g in gold.items()}
    summary = summarize(rows)
    summary["documents"] = len(gold)
    summary["documents_without_output"] = sum(1 for doc in gold if doc not in extracted)
    return summary, rows


def judged_quotes(rows: Mapping[str, DocScore]) -> list[Judged]:
    """Return every judged system quote of a scored set."""
    return [j for row in rows.values() for j in row.judged]


def format_table(name: str, summary: Mapping[str, float | int]) -> str:
    """Return a one-line-per-metric table of a summary."""
    lines = [f"{name}: {summary['documents']} documents, {summary['gold']} gold quotes, "
             f"{summary['system']} system quotes"]
    for key in ("span_precision", "span_recall", "span_f1", "attribution_accuracy",
                "e2e_precision", "e2e_recall", "e2e_f1"):
        lines.append(f"  {key:<22} {summary[key]:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``python -m attribution.arabic.evaluate GOLD_DIR TEXTS...``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("texts", nargs="+", help="article files, directories or JSON Lines")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--per-doc", action="store_true", help="print each document's errors")
    parser.add_argument("--calibration", action="store_true",
                        help="also print the confidence calibration table")
    args = parser.parse_args(argv)
    summary, rows = evaluate(args.gold_dir, args.texts)
    if args.per_doc:
        for doc, row in rows.items():
            print(f"== {doc}: gold {row.gold} found {row.found} attributed {row.attributed} system {row.system}")
            for error in row.errors:
                print("   ", json.dumps(error, ensure_ascii=False))
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(format_table(str(args.gold_dir), summary))
    if args.calibration:
        print(format_calibration(str(args.gold_dir), calibration(judged_quotes(rows))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
