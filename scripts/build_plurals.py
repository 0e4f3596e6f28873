"""Build ``attribution/arabic/data/plurals.json``: sound plurals in their object (oblique) case.

Run from the repository root (build time only; extraction reads the JSON file)::

    python scripts/build_plurals.py  # --corpus /work/shared/corpus/arabic-news.jsonl

A sound masculine plural ends in ون as a subject and in ين as an object or genitive
("قال المواطنون" but "دعا الوزير المواطنين"). A word in ين is listed when the corpus also
writes its stem with ون ("المواطنين" / "المواطنون"), at least twice each. (Duals, ان / ين,
are left out: "الأمين" would pass as the dual of "الأمان".) The stem must keep three letters without the article ("الدين"، "حسين"، "الصين"
are no plurals); words with a glued preposition ("بالعين") or conjunction are left out. Input: the
unannotated corpus (JSON Lines, field ``text``); output sorted, so a rebuild on the same
corpus is byte-identical.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.arabic import lexicon as lx  # noqa: E402
from attribution.arabic.normalize import normalize  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/arabic-news.jsonl")
OUT = ROOT / "attribution" / "arabic" / "data" / "plurals.json"
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0670]+")
OBLIQUE, NOMINATIVE = normalize("ين"), normalize("ون")
ARTICLE = normalize(lx.ARTICLE)
_GLUED_PREPOSITIONS = tuple(normalize(p) + ARTICLE for p in ("ب", "ل", "ك", "ف")) + (normalize("لل"),)
MIN_COUNT = 2
MIN_STEM = 3  # letters before ين once the article is off


def oblique_plurals(freq: Counter[str]) -> list[str]:
    """Return the corpus words in ين whose ون form the corpus also writes, sorted."""
    kept = []
    for word, count in freq.items():
        if count < MIN_COUNT or not word.endswith(OBLIQUE) or word.startswith(_GLUED_PREPOSITIONS):
            continue
        if word[:1] in lx.CONJUNCTION_PREFIXES and word[1:] in freq:
            continue  # "والمواطنين": the lookup is of the word after its conjunction
        stem = word.removeprefix(ARTICLE)[: -len(OBLIQUE)]
        if len(stem) >= MIN_STEM and freq[word[: -len(OBLIQUE)] + NOMINATIVE] >= MIN_COUNT:
            kept.append(word)
    return sorted(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    freq: Counter[str] = Counter()
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            freq.update(normalize(w) for w in _WORD.findall(json.loads(line)["text"]))
    words = oblique_plurals(freq)
    table = {"source": "scripts/build_plurals.py: corpus words in ين whose ون form the corpus writes",
             "oblique_plurals": words}
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(words)} oblique plurals")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
