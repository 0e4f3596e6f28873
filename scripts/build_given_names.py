"""Build ``attribution/arabic/data/given_names.json``: given names from a dictionary the corpus confirms.

Run from the repository root (build time only; extraction reads the JSON file)::

    python scripts/build_given_names.py

Inputs, both named so the list can be rebuilt:

* pyarabic's proper-noun table (``pyarabic.propernouns``, Taha Zerrouki's; pyarabic is a
  dependency already): the entries tagged ``nom`` are personal names, ~1,300 of them, many
  classical ("قدامة"، "لبيد") and many also ordinary words ("جميلة"، "سهل"، "أسد").
* ``attribution/arabic/data/words.json`` (``scripts/build_word_table.py``, mined from the
  16,086-article corpus): ``given``, the share of a word's occurrences that open a name,
  and ``names``, the share that stand in name positions.

A dictionary name is kept when the corpus opens names with it often enough to tell the name
from the word: a ``given`` share of at least 0.1 and either share at least 0.2 ("بسام"، "زهير"
pass; "جميلة" the adjective and "سهل" the adjective do not). Words of a closed class or
a verb, masdar or adverb in the word table, family names ("ال…") and the names
``lexicon.LISTED_GIVEN_NAMES`` already holds are left out. The output is sorted, so a rebuild on the
same inputs is byte-identical.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyarabic import propernouns  # noqa: E402

from attribution.arabic import lexicon as lx  # noqa: E402
from attribution.arabic.quotes import fold_word  # noqa: E402
from attribution.arabic.words import word_class  # noqa: E402

OUT = ROOT / "attribution" / "arabic" / "data" / "given_names.json"
MIN_GIVEN = 0.1  # the corpus opens a name with the word at least this often …
MIN_EITHER = 0.2  # … and one of its two shares reaches this


def dictionary_names() -> dict[str, str]:
    """Return pyarabic's personal names (tag ``nom``) by folded form, as first written."""
    names: dict[str, str] = {}
    for line in propernouns.TEXT.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "nom":
            names.setdefault(fold_word(parts[0]), parts[0])
    return names


def main() -> None:
    table = json.loads((ROOT / "attribution" / "arabic" / "data" / "words.json").read_text(encoding="utf-8"))
    given, shares = table["given"], table["names"]
    listed = {fold_word(w) for w in lx.LISTED_GIVEN_NAMES}
    kept = sorted(
        written for folded, written in dictionary_names().items()
        if folded not in listed and not folded.startswith(fold_word(lx.ARTICLE))
        and word_class(folded) is None
        and given.get(folded, 0) >= MIN_GIVEN and max(given.get(folded, 0), shares.get(folded, 0)) >= MIN_EITHER
    )
    OUT.write_text(json.dumps({"source": "pyarabic.propernouns (nom) confirmed by words.json",
                               "names": kept}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} names")


if __name__ == "__main__":
    main()
