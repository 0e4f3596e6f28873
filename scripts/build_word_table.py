"""Build ``attribution/arabic/data/words.json``: which words are function words, which name-like.

Run from the repository root (build time only; extraction never imports these packages)::

    pip install ".[wordtable]"          # qalsadi + arramooz-pysqlite (+ Arabic-Stopwords)
    python scripts/build_word_table.py  # --corpus /work/shared/corpus/arabic-news.jsonl

Inputs, all named so the table can be rebuilt:

* ``arabicstopwords`` (Taha Zerrouki's stop-word table, pulled in by qalsadi): ~13k written
  forms of particles, prepositions, pronouns, adverbs and auxiliary verbs with their
  proclitics (و ف ب ل ك أ). Each form gets a class.
* ``arramooz`` (the dictionary qalsadi analyses with): noun lemmas with their type (masdar,
  participle, …) and verb lemmas. They are intersected with the corpus vocabulary so that
  the table only holds words that occur in news text.
* The unannotated corpus (JSON Lines, field ``text``): frequencies, tanween marks, and the
  words that stand in name positions — after a title up to a speech verb or a
  complementizer, after بن/أبو/آل, before بن.

Output (sorted, so a rebuild on the same inputs is byte-identical): one JSON object with

* ``classes``: class name → folded forms. From the stop-word table (closed classes):
  particle, preposition, pronoun, adverb, relative, aux_verb (كان and its sisters),
  determiner (quantifiers, demonstratives, أبو: these may open a speaker phrase). From the
  dictionary and the corpus (open classes, homographs of names are possible): verb,
  tanween_adverb ("رسميا"), clitic_noun ("بصراحة"), masdar (stored without the article);
* ``names``: folded word → share of its occurrences in name positions (0..1, two decimals);
* ``given``: folded word → share of its occurrences that open a name;
* ``shapes``: letter trigram → log-odds that a word is a transliterated name (``letter_shapes``).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.arabic import lexicon as lx  # noqa: E402
from attribution.arabic.normalize import normalize  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/arabic-news.jsonl")
DEFAULT_OUT = ROOT / "attribution" / "arabic" / "data" / "words.json"

# Stop-word categories (as the arabicstopwords table spells them) → our class.
_STOP_CLASSES = {
    "حرف جر": "preposition", "حرف جر مكفوف": "preposition", "جار ومجرور": "preposition",
    "ضمير منفصل": "pronoun", "ضمير متصل مجرور": "pronoun", "ضمير منفصل منصوب": "pronoun",
    "ظرف مكان": "adverb", "ظرف زمان": "adverb", "ظرف": "adverb", "ظرف زمان/مكان": "adverb",
    "اسم موصول": "relative", "اسم الشرط": "relative", "اسم الاستفهام": "relative",
    "اسم استفهام/ظرف زمان": "relative",
    # Quantifiers, demonstratives and the "five nouns" (أبو، ذو) may open a speaker phrase:
    # "بعض المسؤولين"، "أحد الشهود"، "أبو مازن".
    "اسم إضافة": "determiner", "توكيد": "determiner", "اسم إشارة": "determiner",
    "اسم تفضيل": "determiner", "الأسماء الخمسة": "determiner", "وصل الأعلام": "determiner",
    "استثناء": "particle", "كناية": "particle",
}
_STOP_TYPES = {"فعل": "aux_verb", "حرف": "particle", "اسم فعل": "particle", "ضمير": "pronoun"}
# A preposition glued on: the word is a prepositional phrase, never a subject.
_PREP_PROCLITICS = ("\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER LAM}", "\N{ARABIC LETTER KAF}")
_CONJ = ("\N{ARABIC LETTER WAW}", "\N{ARABIC LETTER FEH}")
_CLOSED = ("particle", "preposition", "pronoun", "relative", "determiner", "adverb", "aux_verb")
_ARTICLE = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
_TANWEEN_FATH = re.compile("\N{ARABIC FATHATAN}")
_TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u064b-\u0652\u0670]+")
_WORD_OR_STOP = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0670]+|[،,.:؛;!؟?\"«»()\n]")


def fold(word: str) -> str:
    """Return the matching key the runtime uses (``normalize`` of one word)."""
    return normalize(word)


def _folded(words) -> set[str]:
    return {fold(w) for w in words}


def stopword_classes() -> tuple[dict[str, str], set[str]]:
    """Return folded stop-word form → class, and the forms that may open a speaker phrase."""
    from arabicstopwords.stopwordsallforms import STOPWORDS

    classes: dict[str, str] = {}
    determiners: set[str] = set()
    for form, analyses in STOPWORDS.items():
        key = fold(form)
        for a in analyses:
            cls = _STOP_CLASSES.get(a["category"]) or _STOP_TYPES.get(a["type"], "particle")
            proclitic = a["procletic"].strip("-")
            if proclitic[:1] in ("و", "ف", "أ"):
                continue  # conjunction forms are added from the corpus (see main)
            if any(c in proclitic for c in _PREP_PROCLITICS):
                cls = "preposition" if cls == "determiner" else cls
            if cls == "determiner":
                determiners.add(key)
            elif key not in classes or classes[key] == "determiner":
                classes[key] = cls  # "في" is a preposition before it is the noun فم
    # Only forms that are never a particle, preposition or pronoun may open a speaker phrase.
    head_ok = determiners - set(classes)
    return classes, head_ok


def dictionary_words() -> tuple[set[str], set[str], set[str]]:
    """Return arramooz nouns, masdars and verb lemmas (folded)."""
    import arramooz

    db = Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"
    con = sqlite3.connect(db)
    nouns, masdars = set(), set()
    for word, wordtype in con.execute("select unvocalized, wordtype from nouns"):
        key = fold(word)
        nouns.add(key)
        if "مصدر" in wordtype:
            masdars.add(key)
    verbs = {fold(w) for (w,) in con.execute("select unvocalized from verbs")}
    return nouns, masdars, verbs


def _speech_forms() -> set[str]:
    forms: set[str] = set()
    for cue in lx.CUES:
        forms.update(fold(w) for w in (*cue.masc, *cue.fem, *cue.plural))
    return forms


class CorpusCounts:
    """Frequencies and name-position counts over the corpus."""

    def __init__(self) -> None:
        self.freq: Counter[str] = Counter()
        self.tanween: Counter[str] = Counter()
        self.after_prep: Counter[str] = Counter()
        self.in_name: Counter[str] = Counter()
        self.opens: Counter[str] = Counter()
        self.after_given: Counter[str] = Counter()
        self.given = _folded(lx.GIVEN_NAMES) - _folded(lx.NAME_LINKS)

    def read(self, path: Path, limit: int | None) -> None:
        titles = _folded(w for w in lx.HONORIFICS + lx.ROLE_HEADS if " " not in w) - _folded(lx.ORGANIZATION_HEADS)
        links = _folded(("بن", "بنت", "ابن", "أبو", "أبي", "آل"))
        speech = _speech_forms()
        speech |= {c + w for w in speech for c in _CONJ}
        ends = speech | _folded(lx.COMPLEMENTIZERS) | {"،", ",", ":", "(", "."}
        preps = _folded(("في", "من", "إلى", "على", "عن"))
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if limit is not None and n >= limit:
                    break
                text = json.loads(line)["text"]
                for raw in _TOKEN.findall(text):
                    if _TANWEEN_FATH.search(raw):
                        self.tanween[fold(raw)] += 1
                tokens = [fold(t) if t[0] not in "،,.:؛;!؟?\"«»()\n" else t for t in _WORD_OR_STOP.findall(text)]
                tokens = [t for t in tokens if t]
                self._count(tokens, titles, links, ends, preps)

    def _count(self, tokens: list[str], titles: set[str], links: set[str], ends: set[str], preps: set[str]) -> None:
        punct = set("،,.:؛;!؟?\"«»()\n")
        for i, tok in enumerate(tokens):
            if tok in punct:
                continue
            self.freq[tok] += 1
            if i and tokens[i - 1] in preps:
                self.after_prep[tok] += 1
            if tok in links and i + 1 < len(tokens) and tokens[i + 1] not in punct:
                self.in_name[tokens[i + 1]] += 1
                if i and tok in ("بن", "ابن") and tokens[i - 1] not in punct and not tokens[i - 1].startswith(_ARTICLE):
                    self.opens[tokens[i - 1]] += 1
            if tok in self.given and i + 1 < len(tokens) and tokens[i + 1] not in punct:
                self.after_given[tokens[i + 1]] += 1  # "فلاديمير بوتين": a known given name opens it
            if tok in titles:
                run = self._name_run(tokens, i + 1, ends, titles)
                if run:
                    self.opens[run[0]] += 1
                    for word in run:
                        self.in_name[word] += 1

    @staticmethod
    def _name_run(tokens: list[str], start: int, ends: set[str], titles: set[str]) -> list[str]:
        """Return the 2–4 words after a title that end at a speech verb or a complementizer."""
        j = start
        # The title's adjectives: "الأمين العام"، "الرئيس الروسي".
        while j < len(tokens) and j < start + 3 and tokens[j].startswith(_ARTICLE):
            j += 1
        run: list[str] = []
        while j < len(tokens) and len(run) < 5:
            tok = tokens[j]
            if tok in ends:
                break
            if tok in titles or tok[:1] in _CONJ and len(run) == 0:
                return []
            run.append(tok)
            j += 1
        if j >= len(tokens) or tokens[j] not in ends or not 2 <= len(run) <= 4:
            return []
        if run[0].startswith(_ARTICLE):
            return []
        return run


def clitic_nouns(counts: CorpusCounts, nouns: set[str], stop: dict[str, str], namey: set[str]) -> set[str]:
    """Return corpus words that are a preposition glued to a noun: "بصراحة"، "كبديل".

    The bare noun must be a dictionary noun that the corpus also uses on its own about as
    often, so "لبنان" (rarely "بنان") and "كمال" (a given name) stay out.
    """
    out = set()
    for word, n in counts.freq.items():
        if n < 2 or word in stop or word in nouns or word in namey:
            continue
        body = word[1:] if word[:1] in _CONJ else word
        if body[:1] not in ("\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER KAF}", "\N{ARABIC LETTER LAM}"):
            continue
        rest = body[1:]
        if len(rest) < 3 or rest.startswith(_ARTICLE) or rest not in nouns:
            continue
        alone = counts.freq[rest] + counts.freq[_ARTICLE + rest]
        if alone * 2 >= max(counts.freq[word], counts.freq[body]):
            out.add(word)
    return out


def adverbs(counts: CorpusCounts, nouns: set[str], stop: dict[str, str], namey: set[str]) -> set[str]:
    """Return accusative adverbs: a dictionary noun plus alef of tanween ("رسميا"، "مؤخرا").

    Country names share the shape ("سوريا"); they follow prepositions and never carry
    tanween, adverbs do the opposite.
    """
    alef = "\N{ARABIC LETTER ALEF}"
    out = set()
    for word, n in counts.freq.items():
        if n < 3 or word in stop or word in nouns or word in namey or not word.endswith(alef):
            continue
        if word[:-1] not in nouns or len(word) < 4 or word.startswith(_ARTICLE):
            continue
        if counts.after_prep[word] * 10 > n:
            continue
        if counts.tanween[word] >= 1 or not word[:-1].endswith("\N{ARABIC LETTER YEH}"):
            out.add(word)
    return out


# Name words never start with a glued preposition plus article, or a conjunction: "للمديرية"، "ورجاله".
_NOT_NAME_STARTS = ("لل", "ب" + _ARTICLE,
                    "ك" + _ARTICLE, *_CONJ)


def _shares(hits: Counter[str], freq: Counter[str], stop: dict[str, str], floor: float,
            dictionary: set[str]) -> dict[str, float]:
    """Return word → how name-like it is, for words seen 3+ times in a name position.

    A dictionary word ("عباس"، "كريم") scores its share of uses in name positions. A word the
    dictionary lacks is mostly a proper name, written alone once introduced ("أوباما"): a
    fifth of its uses in name positions makes it fully name-like.
    """
    out = {}
    for word, k in hits.items():
        if k < 3 or word in stop or not _TOKEN.fullmatch(word) or word.startswith(_NOT_NAME_STARTS):
            continue
        definite = word.startswith(_ARTICLE)
        known = word in dictionary or definite and word[2:] in dictionary
        share = min(1.0, k / ((1.0 if known else 0.2) * freq[word] + 2))
        if known and definite:
            share /= 2  # a definite dictionary word is a common noun first: "السياسة"
        if share >= floor:
            out[word] = round(share, 2)
    return out


def _grams(word: str) -> list[str]:
    """Return the letter trigrams of a word with its edges marked: "^تر"، "رمب"، "مب$"."""
    marked = "^" + word + "$"
    return [marked[i : i + 3] for i in range(len(marked) - 2)]


def letter_shapes(names: dict[str, float], dictionary: set[str], open_words: set[str]) -> dict[str, float]:
    """Return letter trigram → log-odds of a transliterated name against dictionary words.

    Names the corpus shows (not in the dictionary, not definite) against dictionary nouns and
    verbs and the open-class forms: "ترامب"، "ميركل" score high, "تغيير" low. Only trigrams
    seen three times and at least e times likelier on one side are kept.
    """
    positive = [w for w, v in names.items() if v >= 0.5 and w not in dictionary and not w.startswith(_ARTICLE)]
    negative = [w for w in dictionary | open_words if len(w) >= 3]
    pos, neg = Counter(), Counter()
    for word in positive:
        pos.update(set(_grams(word)))
    for word in negative:
        neg.update(set(_grams(word)))
    shapes = {}
    for gram in sorted(set(pos) | set(neg)):
        if pos[gram] + neg[gram] < 3:
            continue
        odds = math.log((pos[gram] + 0.5) / (len(positive) + 1)) - math.log((neg[gram] + 0.5) / (len(negative) + 1))
        if abs(odds) >= 1:
            shapes[gram] = round(odds, 1)
    return shapes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = parser.parse_args(argv)

    stop, head_ok = stopword_classes()
    nouns, masdars, verbs = dictionary_words()
    counts = CorpusCounts()
    counts.read(args.corpus, args.limit)

    # After a known given name any word may follow ("محمد الاقتصاد" is rare but there): that
    # evidence counts only for words the dictionary lacks.
    hits = counts.in_name + Counter({w: k for w, k in counts.after_given.items() if w not in nouns | verbs})
    names = _shares(hits, counts.freq, stop, 0.15, nouns | verbs)
    given = _shares(counts.opens, counts.freq, stop, 0.1, nouns | verbs)
    # Words the extractor already knows as titles, institutions or sources may head a speaker.
    lexical = _folded(lx.HONORIFICS + lx.ROLE_HEADS + lx.ROLE_LINKS + lx.ORGANIZATION_HEADS
                      + lx.ANONYMOUS_HEADS + lx.DOCUMENT_NOUNS + lx.PLACES + lx.GOVERNMENT_METONYMS)
    lexical |= {_ARTICLE + w for w in lexical if not w.startswith(_ARTICLE)}

    # Titles, institutions and places are no names, nor are they with a preposition glued on:
    # "بجامعة" after a name starts a phrase of its own.
    names = {w: v for w, v in names.items() if v >= 0.2 and w not in lexical
             and not (w[:1] in _PREP_PROCLITICS and w[1:] in lexical)}
    known_names = _folded(lx.GIVEN_NAMES + lx.NAME_LINKS + lx.NAME_COMPOUND_SECONDS)
    namey = {w for w, s in names.items() if s >= 0.3} | set(given) | known_names
    classes: dict[str, set[str]] = {}
    for word, cls in stop.items():
        if cls == "determiner" or word not in head_ok:
            classes.setdefault(cls, set()).add(word)
    classes["determiner"] = classes.get("determiner", set()) | head_ok
    seen = {w for ws in classes.values() for w in ws}
    vocab = {w for w, n in counts.freq.items() if n >= 2}
    classes["clitic_noun"] = clitic_nouns(counts, nouns, stop, namey) - lexical - seen
    classes["tanween_adverb"] = adverbs(counts, nouns, stop, namey) - lexical - seen
    verb_forms = {v + s for v in verbs for s in ("", "\N{ARABIC LETTER TEH}")}
    classes["verb"] = (verb_forms & vocab) - (nouns - masdars) - namey - lexical - seen
    # Stored without the article or a conjunction: the runtime strips them before looking up.
    bare_vocab = {w[2:] if w.startswith(_ARTICLE) else w for w in vocab}
    classes["masdar"] = (bare_vocab & masdars) - namey - lexical - seen - classes["verb"]
    # A conjunction form is listed only where the corpus writes it and it is not a word of
    # its own: "ولكن" is و + لكن, "وزارة" is not و + زارة.
    # Closed-class words win over a homograph noun ("وفي" is و + في, not "loyal").
    listed = {w for ws in classes.values() for w in ws}
    for cls, words in classes.items():
        blocked = namey | lexical | listed | (set() if cls in _CLOSED else nouns | verbs)
        words |= ({c + w for w in words for c in _CONJ} & vocab) - blocked

    open_words = classes["verb"] | classes["tanween_adverb"] | classes["clitic_noun"] | classes["masdar"]
    table = {
        "source": "scripts/build_word_table.py: arabicstopwords + arramooz (qalsadi) + corpus",
        "classes": {cls: sorted(words) for cls, words in sorted(classes.items())},
        "names": dict(sorted(names.items())),
        "given": dict(sorted(given.items())),
        "shapes": letter_shapes(names, nouns | verbs, open_words),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{c} {len(w)}" for c, w in sorted(classes.items()))
    print(f"{args.out}: {args.out.stat().st_size} bytes; {sizes}; names {len(names)}, given {len(given)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
