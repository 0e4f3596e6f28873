"""Fit the quote confidence model on the gold sets and write ``attribution/arabic/data/confidence.json``.

Usage (from the project root; deterministic, a few seconds)::

    python scripts/fit_confidence.py            # fit, write, print cross-validated calibration
    python scripts/fit_confidence.py --dry-run  # print only

Every system quote of the tuning sets (seeds, dev and the first half of dev2, n01-n20) is
judged right or wrong end to end with the evaluator's matching (``attribution.arabic.evaluate``),
and a logistic model maps each quote's evidence (``confidence.features``) to the chance of
being right. Run it again whenever extraction rules change.

Seeds and dev are the texts the rules were written against, so their quotes are right far
more often than quotes from outlets the rules have not seen. Each set therefore gets its own
intercept while fitting (the evidence weights are shared) and the stored intercept is the
one of ``--target`` (dev2a: outlets from twelve countries, the closest to new text). The
ridge strength is chosen by cross-validation over documents of the target set. The other
half of dev2 (n21-n40) is held out: it is never read here.

A second check reads quotes the fit never saw: ``docs/confidence-sample.jsonl``, corpus
quotes drawn by confidence band and judged by hand (``--sample``; it needs the corpus,
``--corpus``). Its calibration table is printed for the fitted model and for the stored one.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.arabic import evaluate as ev  # noqa: E402
from attribution.arabic.confidence import MODEL_PATH, features  # noqa: E402
from attribution.arabic.pipeline import ExtractedQuote, extract_source, quote_record  # noqa: E402
from attribution.arabic.readers import Source, source_from_record  # noqa: E402

GOLD = ROOT / "tests" / "gold"
SAMPLE = ROOT / "docs" / "confidence-sample.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "arabic-news.jsonl"
TUNING_HALF = frozenset(f"n{i:02d}" for i in range(1, 21))  # dev2a; n21-n40 stay held out
L2_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
FOLDS = 5


@dataclass(frozen=True)
class GoldSet:
    name: str
    gold: Path
    texts: Path
    docs: frozenset[str] | None = None  # gold file stems to use; None for all


def default_sets() -> list[GoldSet]:
    """Return seeds, dev and dev2a, from ``tests/gold`` (or the scorer's copies in /tmp)."""
    sets = [GoldSet("seeds", GOLD / "seeds", ROOT / "seeds"), GoldSet("dev", GOLD / "dev", GOLD / "dev")]
    if (GOLD / "dev2").is_dir():
        sets.append(GoldSet("dev2a", GOLD / "dev2", GOLD / "dev2", TUNING_HALF))
    elif Path("/tmp/dev2a-gold").is_dir():
        sets.append(GoldSet("dev2a", Path("/tmp/dev2a-gold"), Path("/tmp/dev2a-texts")))
    return sets


@dataclass(frozen=True)
class Item:
    """One judged system quote."""

    group: str  # the gold set
    doc: str
    names: tuple[str, ...]  # its evidence features
    correct: bool


def judged_items(gold_set: GoldSet) -> list[Item]:
    """Extract the set's texts and judge every counted system quote."""
    gold = ev.load_gold(gold_set.gold)
    if gold_set.docs is not None:
        gold = {doc: g for doc, g in gold.items() if Path(doc).stem in gold_set.docs}
    texts = [gold_set.texts / doc for doc in sorted(gold)]
    extracted = ev.extract_documents([p for p in texts if p.exists()])
    items = []
    for doc in sorted(gold):
        quotes = extracted.get(doc, [])
        row = ev.score_document(gold[doc], [quote_record(q) for q in quotes])
        for judged in row.judged:
            evidence = quotes[judged.index].evidence
            assert evidence is not None
            if not evidence.resolved:
                continue  # no speaker: confidence 0 by definition, nothing to learn
            items.append(Item(gold_set.name, doc, features(evidence), judged.correct))
    return items


def sample_items(sample: Path, corpus: Path) -> tuple[list[Item], int]:
    """Return the hand-judged corpus quotes the extractor still finds as judged, and how many it does not.

    A judgement holds for one content and one speaker string: a quote whose text or speaker
    a later rule changed is left out (counted), never carried over to a different answer.
    """
    judgements = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {j["id"] for j in judgements}
    quotes_of: dict[str, tuple[ExtractedQuote, ...]] = {}  # each article extracted once
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if any(record_id in line for record_id in wanted):  # cheap test before parsing
                record = json.loads(line)
                source = source_from_record(f"{corpus}:{number}", record)
                if record.get("id") in wanted and isinstance(source, Source):
                    quotes_of[record["id"]] = extract_source(source).quotes
    items, missing = [], 0
    for judgement in judgements:
        quotes = quotes_of.get(judgement["id"], ())
        match = next((q for q in quotes if q.text == judgement["quote"] and q.speaker == judgement["speaker"]), None)
        if match is None or match.evidence is None or not match.evidence.resolved:
            missing += 1
            continue
        items.append(Item("sample", judgement["id"], features(match.evidence), bool(judgement["right"])))
    return items, missing


def print_sample_check(sample: Path, corpus: Path, model: Fit, target: str) -> None:
    """Print the calibration of the fitted and of the stored model on the judged corpus sample."""
    items, missing = sample_items(sample, corpus)
    print(f"{sample.name}: {len(items)} judged corpus quotes, {sum(i.correct for i in items)} right"
          f" ({missing} no longer extracted as judged, left out)")
    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    models = {"fitted": model, "stored": Fit({target: stored["intercept"]}, stored["weights"])}
    for name, each in models.items():
        rows = [ev.Judged(k, each.score(i, target), i.correct) for k, i in enumerate(items)]
        print(ev.format_calibration(f"judged corpus sample, {name} model", ev.calibration(rows)))


@dataclass
class Fit:
    intercepts: dict[str, float]
    weights: dict[str, float]

    def linear(self, item: Item, group: str | None = None) -> float:
        return self.intercepts[group or item.group] + sum(self.weights.get(n, 0.0) for n in item.names)

    def score(self, item: Item, group: str | None = None) -> float:
        return _sigmoid(self.linear(item, group))

    def rescaled(self, scale: float, shift: float) -> Fit:
        """Return the fit whose linear score is ``scale * z + shift`` (Platt scaling)."""
        return Fit({g: scale * b + shift for g, b in self.intercepts.items()},
                   {n: scale * w for n, w in self.weights.items()})


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(items: Sequence[Item], l2: float, iterations: int = 50) -> Fit:
    """Return the ridge logistic fit (Newton's method): one intercept per set, shared weights."""
    groups = sorted({i.group for i in items})
    names = sorted({n for i in items for n in i.names})
    columns = [f"__intercept__{g}" for g in groups] + names
    index = {c: k for k, c in enumerate(columns)}
    rows = [([index[f"__intercept__{i.group}"]] + [index[n] for n in i.names], float(i.correct)) for i in items]
    size = len(columns)
    beta = [0.0] * size
    # A set whose quotes are all right would push its intercept to infinity: a tiny ridge holds it.
    penalty = [1e-3] * len(groups) + [l2] * len(names)
    for _ in range(iterations):
        grad = [-penalty[k] * beta[k] for k in range(size)]
        hess = [[0.0] * size for _ in range(size)]
        for k in range(size):
            hess[k][k] = penalty[k] + 1e-9
        for cols, y in rows:
            z = sum(beta[c] for c in cols)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            w = p * (1.0 - p)
            for a in cols:
                grad[a] += y - p
                row = hess[a]
                for b in cols:
                    row[b] += w
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return Fit({g: beta[index[f"__intercept__{g}"]] for g in groups}, {n: beta[index[n]] for n in names})


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Return x with matrix·x = vector (Gaussian elimination with partial pivoting)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        lead = a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / lead
            if factor:
                row, top = a[r], a[col]
                for c in range(col, n + 1):
                    row[c] -= factor * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def cross_validated(items: Sequence[Item], target: str, l2: float) -> list[tuple[float, bool]]:
    """Return (linear score, right) of the target set's quotes from models that never saw their document."""
    docs = sorted({i.doc for i in items if i.group == target})
    out = []
    for fold in range(FOLDS):
        held = set(docs[fold::FOLDS])
        model = fit([i for i in items if not (i.group == target and i.doc in held)], l2)
        out += [(model.linear(i), i.correct) for i in items if i.group == target and i.doc in held]
    return out


def platt(scored: Sequence[tuple[float, bool]], iterations: int = 100) -> tuple[float, float]:
    """Return (scale, shift) so that sigmoid(scale * z + shift) fits the outcomes (Newton's method).

    A ridge fit shrinks its scores towards the mean; scaling them on held-out documents
    undoes that, so that a 0.9 is right nine times in ten.
    """
    a, b = 1.0, 0.0
    for _ in range(iterations):
        ga = gb = 0.0
        haa = hab = hbb = 1e-9
        for z, y in scored:
            p = _sigmoid(a * z + b)
            w = p * (1 - p)
            ga += (y - p) * z
            gb += y - p
            haa += w * z * z
            hab += w * z
            hbb += w
        det = haa * hbb - hab * hab
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a + da, b + db
        if max(abs(da), abs(db)) < 1e-10:
            break
    return a, b


def judged(scored: Sequence[tuple[float, bool]], scale: float = 1.0, shift: float = 0.0) -> list[ev.Judged]:
    return [ev.Judged(k, _sigmoid(scale * z + shift), y) for k, (z, y) in enumerate(scored)]


def log_loss(judged: Sequence[ev.Judged]) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, j.confidence if j.correct else 1 - j.confidence)) for j in judged) / len(judged)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="dev2a", help="the set whose intercept is stored (default dev2a)")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--dry-run", action="store_true", help="print the fit without writing it")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="hand-judged corpus quotes to check on")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus those quotes come from")
    args = parser.parse_args(argv)

    sets = default_sets()
    items = [item for gold_set in sets for item in judged_items(gold_set)]
    for gold_set in sets:
        mine = [i for i in items if i.group == gold_set.name]
        print(f"{gold_set.name}: {len(mine)} judged quotes, {sum(i.correct for i in mine)} right")
    if args.target not in {s.name for s in sets}:
        parser.error(f"target set {args.target!r} not found")

    scored = {l2: cross_validated(items, args.target, l2) for l2 in L2_GRID}
    losses = {l2: log_loss(judged(s, *platt(s))) for l2, s in scored.items()}
    for l2, loss in losses.items():
        print(f"  ridge {l2:<5} cross-validated log loss on {args.target} (after scaling): {loss:.4f}")
    best = min(L2_GRID, key=lambda l2: (round(losses[l2], 6), -l2))
    scale, shift = platt(scored[best])
    print(f"ridge {best}; scores scaled by {scale:.3f} and shifted by {shift:+.3f}")
    print(ev.format_calibration(f"{args.target} cross-validated, before scaling",
                                ev.calibration(judged(scored[best]))))
    print(ev.format_calibration(f"{args.target} cross-validated, after scaling",
                                ev.calibration(judged(scored[best], scale, shift))))

    model = fit(items, best).rescaled(scale, shift)
    fitted = [ev.Judged(k, model.score(i, args.target), i.correct) for k, i in enumerate(items)
              if i.group == args.target]
    print(ev.format_calibration(f"{args.target} in-sample", ev.calibration(fitted)))
    if args.sample.is_file() and args.corpus.is_file():
        print_sample_check(args.sample, args.corpus, model, args.target)
    else:
        print(f"no {args.sample} or no {args.corpus}: the judged corpus sample is not checked")
    data = {
        "about": "Quote confidence: sigmoid(intercept + sum of weights of the quote's evidence "
                 "features). Written by scripts/fit_confidence.py; do not edit by hand.",
        "target": args.target,
        "ridge": best,
        "platt": {"scale": round(scale, 4), "shift": round(shift, 4)},
        "fitted_on": {s.name: {"quotes": sum(1 for i in items if i.group == s.name),
                               "right": sum(i.correct for i in items if i.group == s.name)} for s in sets},
        "set_intercepts": {g: round(b, 4) for g, b in sorted(model.intercepts.items())},
        "intercept": round(model.intercepts[args.target], 4),
        "weights": {n: round(w, 4) for n, w in sorted(model.weights.items())},
    }
    if args.dry_run:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
