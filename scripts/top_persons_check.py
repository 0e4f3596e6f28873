"""Print what a hand check of the persons with most quotes needs to read.

Usage (from the project root, against an imported and rebuilt database)::

    DATABASE_URL=postgres://... .venv/bin/python scripts/top_persons_check.py [--top 50]

For each of the ``--top`` persons of ``speakers_report``: the main row and its quote count,
the four mentions written most often on it, and every other row holding a quote whose name
shares the person's family name or holds the first and last words of the name, with its
kind and quote count. The verdicts (one row under a clean name, stray quotes elsewhere, no
one else's quotes on the row) are a reader's; they go to the README's table.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=50)
    args = parser.parse_args()
    setup()
    from django.db.models import Count

    from attribution.arabic.normalize import normalize
    from attribution.identity import speakers_report
    from attribution.models import Quote, Speaker

    report = speakers_report(top=args.top)
    counts = dict(Quote.objects.values("speaker").annotate(n=Count("pk")).values_list("speaker", "n"))
    rows = [(pk, name, kind, normalize(name).split()) for pk, name, kind in
            Speaker.objects.values_list("pk", "name", "kind") if counts.get(pk)]
    for rank, person in enumerate(report.persons, 1):
        words = normalize(person.main.clean or person.main.name).split()
        first, last = words[0], words[-1]
        mine = {row.pk for row in person.rows}
        written = Counter(Quote.objects.filter(speaker_id=person.main.pk).values_list("speaker_mention", flat=True))
        print(f"## {rank} {person.main.name} quotes={person.quotes} rows={len(person.rows)} id={person.main.pk}")
        print("   mentions:", " | ".join(f"{m[:50] or '(none: a continuation)'} ×{n}" for m, n in written.most_common(4)))
        others = sorted(((counts[pk], name, kind) for pk, name, kind, folded in rows if pk not in mine
                         and (last in folded or first in folded and any(last in w for w in folded))), reverse=True)
        for n, name, kind in others:
            print(f"   other {n:4d} {kind:12} {name}")


if __name__ == "__main__":
    main()
