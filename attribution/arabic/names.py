"""One person under many spellings: identity keys for personal names, and clean full names.

A speaker row is found again through its name. Papers write the same person differently:
compound names with or without a space ("عبد اللطيف" / "عبداللطيف"), with or without the
father's name ("عادل بن أحمد الجبير" / "عادل الجبير"), with hamza, ى/ي and ة/ه spellings, and
foreign names transliterated with غ, ج or ك for g and with or without long vowels
("ويليام لايسي سوينغ" / "وليام لايسي سوينج"). ``identity_key`` folds all of these into one
key; :func:`same_person` adds the one check a key cannot hold (two different fathers'
names are two people). ``clean_full_name`` cuts the words an extracted mention drags along
("كيري مازحا", "ديفيد كاميرون لوضع", "المتحدث الرسمي للمركز رأفت الصباغ").

The letter folds are ``normalize``'s; word knowledge comes from ``lexicon`` and ``words``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic import words as wd
from attribution.arabic.normalize import lexicon_forms, normalize
from attribution.arabic.speakers import _FOREIGN_PARTICLES, split_role_and_name
from attribution.arabic.validity import is_text_citation, speaker_problem


def _fs(items) -> frozenset[str]:
    return lexicon_forms(items, normalize)


_PATRONYMIC: Final = _fs(lx.PATRONYMIC_LINKS)
_FAMILY: Final = normalize(lx.FAMILY_LINK)  # "آل سعود": the family, one unit with its name
_FUNCTION_OR_CLITIC: Final = frozenset((*wd.FUNCTION_CLASSES, "clitic_noun"))
_COMPOUND_FIRSTS: Final = _fs((lx.THEOPHORIC_PREFIX, *lx.KUNYA_PARTICLES, "أبي"))  # "عبد"، "أبو"، "أم"
_COMPOUND_SECONDS: Final = _fs(lx.NAME_COMPOUND_SECONDS)
_FAMILY_SUFFIXES: Final = _fs(lx.FAMILY_NAME_SUFFIXES)
_KUNYA_JOINED: Final = tuple(_fs(("أبو", "أبي")))
_ARTICLE: Final = lx.ARTICLE
_HONORIFICS: Final = _fs(lx.HONORIFICS)
_TITLES: Final = _HONORIFICS | _fs(lx.NAME_TITLES)  # "م. محمد …"، "دكتور …"، "العميد ركن …"
_STYLED_FIRSTS: Final = _fs(t.split()[0] for t in lx.STYLED_TITLES)  # "خادم الحرمين الشريفين" is a title
_ROLE_HEADS: Final = _fs(w for w in lx.ROLE_HEADS if " " not in w)
_ROLE_LINKS: Final = _fs(lx.ROLE_LINKS)
_ORG_HEADS: Final = _fs(w for w in lx.ORGANIZATION_HEADS if " " not in w)
_PLACES: Final = _fs(lx.PLACES + lx.GOVERNMENT_METONYMS + lx.PLACE_NOUNS)
_STOP_WORDS: Final = _fs(lx.NAME_STOP_WORDS)
_LINKS: Final = _fs(lx.NAME_LINKS)
_KNOWN_GIVEN: Final = _fs(lx.NATIVE_GIVEN_NAMES)  # (transliterated names fold with their spellings)
_PUNCT: Final = " \t\n،,؛;:.!؟?()[]-–—'\"«»“”„″"
_QUOTE_MARKS: Final = frozenset("'\"«»“”„″")
_TATWEEL: Final = "\N{ARABIC TATWEEL}"
_WAW: Final = "\N{ARABIC LETTER WAW}"
_CLITIC_PREPOSITIONS: Final = ("\N{ARABIC LETTER LAM}", "\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER FEH}")
_TEH_HEH: Final = "\N{ARABIC LETTER TEH}\N{ARABIC LETTER HEH}"
_HEH: Final = "\N{ARABIC LETTER HEH}"
_LAM: Final = "\N{ARABIC LETTER LAM}"
_PLURAL_PRONOUNS: Final = tuple(normalize(e) for e in ("هم", "هما", "هن", "كم"))
_TEH_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"
_PLURAL_NISBA: Final = "\N{ARABIC LETTER YEH}\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}"  # "صحفيين"

# Transliteration folds: the letters papers use for one foreign sound.
_G_LETTERS: Final = ("\N{ARABIC LETTER GHAIN}", "\N{ARABIC LETTER JEEM}", "\N{ARABIC LETTER TCHEH}",
              "\N{ARABIC LETTER GAF}")
_K: Final = "\N{ARABIC LETTER KAF}"
_TCH: Final = "\N{ARABIC LETTER TEH}\N{ARABIC LETTER SHEEN}"
_FOREIGN_LETTERS: Final = {"\N{ARABIC LETTER VEH}": "\N{ARABIC LETTER FEH}", "\N{ARABIC LETTER PEH}": "\N{ARABIC LETTER BEH}",
                    "\N{ARABIC LETTER ZAIN}": "\N{ARABIC LETTER SEEN}"}  # s written ز or س: "جوزيه" / "جوسيه"
_LONG_VOWELS: Final = frozenset("\N{ARABIC LETTER WAW}\N{ARABIC LETTER YEH}\N{ARABIC LETTER ALEF}")
_MAX_NAME_WORDS: Final = 7
_PRONOUN_ENDINGS: Final = tuple(normalize(e) for e in ("ها", "هم", "هما", "هن", "كم"))
_CONJ_ARTICLE: Final = normalize("وال")
_CLITIC_ARTICLES: Final = tuple(normalize(p) for p in lx.DEFINITE_PREFIXES if p != lx.ARTICLE)


def _tokens(name: str) -> list[str]:
    return normalize(name).split()


def join_compounds(tokens: list[str]) -> list[str]:
    """Return folded name words with compound names written as one word.

    "عبد اللطيف" → "عبداللطيف", "أبو مازن" → "ابومازن", "نصر الله" → "نصرالله", "جاويش
    أوغلو" → "جاويشاوغلو" (not after a first name that is a given name: "أحمد أوغلو"); "آل
    سعود" stays two words so that it is not taken for the family name "السعود".
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt and word in _COMPOUND_FIRSTS:
            out.append(word + nxt)
            i += 2
            continue
        suffix = _is_family_suffix(word) and (len(out) > 1 or out and not _is_given(out[-1]))
        if suffix or out and word in _COMPOUND_SECONDS and out[-1] not in _PATRONYMIC and out[-1] != _FAMILY:
            out[-1] += word  # "عبد الله" already joined; "نصر الله" → "نصرالله"
        else:
            out.append(word)
        i += 1
    return out


def _is_family_suffix(folded: str) -> bool:
    """Tell whether a word is a family-name ending ("أوغلو"), also misspelt ("أغولو"، "اأوغلو")."""
    return folded in _FAMILY_SUFFIXES or len(folded) > 3 and transliteration_fold(folded) in _FAMILY_SUFFIX_KEYS


def spelled_surname(name: str) -> str:
    """Return a name's last word as written (folded), compounds joined.

    "مولود جاويش أوغلو" and "جاويش أوغلو" → "جاويشاوغلو"; "جون كيري" → "كيري".
    """
    words = join_compounds(_tokens(name))
    return words[-1] if words else ""


def misspelt_pair(a: str, b: str) -> bool:
    """Tell whether two names differ by one letter in one transliterated word, nothing else.

    "أحمد داود أوغلو" / "أحمد واود أوغلو" (a typo in a foreign family name); never a known
    Arabic name ("عمر عاطف" / "عمر عطيف") nor the given name. A spelling is weak evidence:
    the rebuild asks for a shared title too.
    """
    wa, wb = join_compounds(_tokens(a)), join_compounds(_tokens(b))
    if len(wa) != len(wb) or len(wa) < 2 or wa[0] != wb[0]:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= 4 and not _is_arabic_word(x) and not _is_arabic_word(y) and _one_edit(x, y)


def _one_edit(x: str, y: str) -> bool:
    """Tell whether one letter changed, added or dropped turns ``x`` into ``y``."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
    return x[i + 1 :] == y[i + 1 :] if len(x) == len(y) else x[i:] == y[i + 1 :]


def split_patronymic(tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Return a name's words without its father's names, and those names.

    "عادل بن أحمد الجبير" → (["عادل", "الجبير"], ("احمد",)). The chain is dropped only when a
    family name ends the name: in "محمد بن سلمان" the father's name is all there is to
    tell him from another Muhammad, so it stays. Fathers written without "بن" go too
    (:func:`_unmarked_fathers`), and before a dynastic family name as well ("… بن سلمان آل
    سعود"): :func:`same_person` still tells two princes apart by their fathers.
    """
    if not any(t in _PATRONYMIC for t in tokens):
        return _unmarked_fathers(tokens)
    if len(tokens) < 4:
        return tokens, ()
    if tokens[-2] in _PATRONYMIC:
        # "محمد بن سلمان بن عبدالعزيز": the first father stays, forefathers are optional.
        if len(tokens) >= 5 and tokens[1] in _PATRONYMIC:
            return tokens[:3], tuple(t for t in tokens[3:] if t not in _PATRONYMIC)
        return tokens, ()
    kept: list[str] = []
    fathers: list[str] = []
    after_chain = 0  # kept words between the chain and the family name: forefathers
    i = 0
    while i < len(tokens):
        if i and tokens[i] in _PATRONYMIC and i + 1 < len(tokens) - 1:
            fathers.append(tokens[i + 1])
            after_chain = 0
            i += 2
        else:
            kept.append(tokens[i])
            after_chain += bool(fathers)
            i += 1
    # A second name before the chain goes too: "محمد توفيق بن مصطفى مدني" is "محمد مدني";
    # names after it are forefathers: "سهيل بن محمد فرج المزروعي" has the chain (محمد، فرج).
    family_words = 2 if len(kept) > 1 and kept[-2] == _FAMILY else 1  # "آل سعود" is one family name
    kept, middle = _unmarked_fathers(kept)
    later = min(max(after_chain - family_words, 0), len(middle))
    before, forefathers = middle[: len(middle) - later], middle[len(middle) - later :]
    return kept, (*before, *fathers, *forefathers)


def _unmarked_fathers(tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Return a name's words without its middle names written without "بن", and those names.

    "سالم فهد العمري" → (["سالم", "العمري"], ("فهد",)): between the first name and the family
    name stand the father's and grandfather's names, or a second given name ("محمد جواد
    ظريف" is "محمد ظريف"); two different middles stay two people (:func:`same_person`).
    Nothing is dropped when a word between is definite or a particle, or when the last word
    is a given name too ("محمد أحمد علي" is not "محمد علي").
    """
    if len(tokens) < 3 or tokens[-1] == _FAMILY or tokens[-2] == _FAMILY and len(tokens) < 4:
        return tokens, ()
    end = len(tokens) - 2 if tokens[-2] == _FAMILY else len(tokens) - 1  # "آل الشيخ" is one family name
    family, middle = tokens[end:], tokens[1:end]
    if not middle or tokens[0].startswith(_ARTICLE) or _is_given(family[-1]) and family[0] != _FAMILY \
            or any(w.startswith(_ARTICLE) or w in _LINKS for w in middle):
        return tokens, ()
    return [tokens[0], *family], tuple(middle)


def transliteration_fold(word: str) -> str:
    """Return the transliteration key of one folded word.

    غ/ج/گ/چ and تش → ك (one letter for g, k and ch), ڤ → ف, پ → ب, ز → س, long vowels dropped inside the
    word, doubled letters once: "سوينغ" and "سوينج" → "سنك"; "ويليام" and "وليام" → "ولم".
    """
    word = word.replace(_TCH, _K)  # ç/ch written تش or ج: "تشاووش" / "جاويش"
    for letter in _G_LETTERS:
        word = word.replace(letter, _K)
    for letter, plain in _FOREIGN_LETTERS.items():
        word = word.replace(letter, plain)
    if len(word) > 2:
        word = word[0] + "".join(c for c in word[1:-1] if c not in _LONG_VOWELS) + word[-1]
    out: list[str] = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


_FAMILY_SUFFIX_KEYS: Final = frozenset(transliteration_fold(w) for w in _FAMILY_SUFFIXES if w.endswith("و"))  # oğlu


def transliteration_key(name: str) -> str:
    """Return the key of a name with every word folded as a transliteration.

    "وليام لايسي سوينج" and "ويليام لايسي سوينغ" → "ولم لس سونك". Use it for foreign-looking
    names only: Arabic names differ by exactly these letters ("سعيد" / "سعد").
    """
    return " ".join(transliteration_fold(w) for w in join_compounds(_tokens(name)))


def _is_arabic_word(word: str) -> bool:
    """Tell whether a folded name word keeps its spelling in the key.

    Definite family names, compounds and known given names are Arabic and spelled one way;
    a word neither known as a given name nor Arabic in shape is a transliteration.
    """
    if word.startswith(_ARTICLE) or word in _KNOWN_GIVEN or word in _PATRONYMIC or word in _LINKS:
        return True
    if any(word.startswith(first) and len(word) > len(first) for first in _COMPOUND_FIRSTS):
        return True
    return wd.given_name_score(word) >= wd.NAME_LIKE and not wd.looks_foreign(word)


@lru_cache(maxsize=65536)
def identity_key(name: str) -> str:
    """Return the key under which spellings of one person's name meet.

    Compound names joined, the father's names dropped before a family name, hamza, ى/ي and
    ة/ه folded (``normalize``), and words that read as transliterations folded by
    :func:`transliteration_fold`: "عبداللطيف بن راشد الزياني" and "عبد اللطيف الزياني" →
    "عبداللطيف الزياني"; "ويليام لايسي سوينغ" and "وليام لايسي سوينج" meet. Two known
    given names never meet: "سعيد الغامدي" and "سعد الغامدي" differ.
    """
    kept, _fathers = split_patronymic(join_compounds(_tokens(name)))
    # A kunya after the name is a nickname: "محمود عباس أبو مازن" is "محمود عباس".
    kept = [w for i, w in enumerate(kept) if not (i >= 2 and w.startswith(_KUNYA_JOINED) and len(w) > 4)]
    return " ".join(w if _is_arabic_word(w) else transliteration_fold(w) for w in kept)


def lone_family_name(name: str) -> str:
    """Return a name that is one definite word able to be a family name, else "".

    "الصباغ" → "الصباغ"; "الوزارة"، "المسؤول" → "" (an institution, a role). For rows the
    extractor stored as organisations: they join a person only through its family name.
    """
    words = name.split()
    if len(words) != 1:
        return ""
    fold = normalize(words[0].strip(_PUNCT))
    if not fold.startswith(_ARTICLE) or fold in _COMPOUND_SECONDS or _run_on_word(words[0]) \
            or not _name_word(fold, first=False) or speaker_problem(words[0]) is not None:
        return ""
    return words[0].strip(_PUNCT)


def is_lone_given_name(name: str) -> bool:
    """Tell whether a name is one given name or kunya alone: "عبدالرحمن"، "أبو خالد"; not "كيري".

    Such a name is nobody in particular across articles: many people answer to it.
    """
    words = join_compounds(_tokens(name))
    return len(words) == 1 and _is_given(words[0])


def unmarked_middle(name: str) -> tuple[str, ...]:
    """Return the middle names written without "بن": "أحمد ثابت عسيري" → ("ثابت",).

    One key holds "أحمد عسيري" and any "أحمد X عسيري"; which X a bare name is can only be
    told with all rows in view (the rebuild), never from the first variant an import meets.
    """
    kept = join_compounds(_tokens(name))
    if any(t in _PATRONYMIC for t in kept):
        kept = [t for i, t in enumerate(kept) if t not in _PATRONYMIC and (i == 0 or kept[i - 1] not in _PATRONYMIC)]
    return _unmarked_fathers(kept)[1]


def patronymic(name: str) -> tuple[str, ...]:
    """Return the father's names written in a name: "عادل بن أحمد الجبير" → ("احمد",)."""
    return split_patronymic(join_compounds(_tokens(name)))[1]


def dynastic_extension(short: str, long: str) -> bool:
    """Tell whether ``long`` is ``short`` with a dynastic family name after it.

    "تركي بن طلال" / "تركي بن طلال آل سعود" → True (forefathers between may be
    written: "… بن عبدالعزيز آل سعود"); "تركي بن طلال" / "تركي بن طلال السديري" →
    False (a plain family name makes another man as well as this one); a short name without
    its father ("تركي") is never enough.
    """
    small, big = join_compounds(_tokens(short)), join_compounds(_tokens(long))
    if len(small) < 3 or not any(t in _PATRONYMIC for t in small[1:-1]) or _FAMILY in small:
        return False
    return len(big) >= len(small) + 2 and big[: len(small)] == small and big[-2] == _FAMILY \
        and all(t in _PATRONYMIC for t in big[len(small) : -2 : 2])


def same_person(a: str, b: str) -> bool:
    """Tell whether two names can be one person: one identity key, no conflicting fathers.

    "عادل الجبير" / "عادل بن أحمد الجبير" → True; "فيصل بن فرحان آل سعود" / "فيصل بن سلمان
    آل سعود" → False (their fathers differ). A single word (a surname) is never enough.
    """
    key = identity_key(a)
    if " " not in key or key != identity_key(b):
        return False
    fa, fb = patronymic(a), patronymic(b)
    shorter = min(len(fa), len(fb))
    return fa[:shorter] == fb[:shorter] and _variants_agree(a, b)


def _arabic_words(name: str) -> list[str]:
    kept, _fathers = split_patronymic(join_compounds(_tokens(name)))
    return [w for i, w in enumerate(kept) if not (i >= 2 and w.startswith(_KUNYA_JOINED) and len(w) > 4)]


def _variants_agree(a: str, b: str) -> bool:
    """Tell whether words two names spell differently can be one transliterated word.

    In a foreign-looking name any can ("أحمد داوود أوغلو" / "أحمد داود أغولو"); otherwise
    only two words the name table does not know ("سوينغ" / "سوينج"), never a known
    Arabic name against another ("عاطف" / "عطيف").
    """
    wa, wb = _arabic_words(a), _arabic_words(b)
    if len(wa) != len(wb):
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not differing:
        return True
    if any(wd.looks_foreign(w) for w in wa + wb if not _is_arabic_word(w)):
        return True
    return all(_g_spelling(x, y) or wd.name_score(x) < wd.NAME_LIKE and wd.name_score(y) < wd.NAME_LIKE
               for x, y in differing)


_G_FOLDED: Final = frozenset((_K, *(normalize(g) for g in _G_LETTERS)))


def _g_spelling(x: str, y: str) -> bool:
    """Tell whether two words differ only in the letter written for g: "غروس" / "جروس"."""
    return len(x) == len(y) and all(a == b or a in _G_FOLDED and b in _G_FOLDED for a, b in zip(x, y, strict=True))




def _run_on_word(written: str) -> bool:
    """Tell whether a word as written is run-on text that no name holds.

    A quotation mark or a tatweel-joined preposition in it ("لـ«الشرق"), a conjunction on an
    unknown word ("ونظيره"), a preposition on a dictionary word ("لكرة"), a plural nisba
    ("لصحفيين"), a feminine noun with a possessive ending ("دعوته") or a known word with one
    ("شكره"). A known given name never is; past the clitic checks, neither is a word the name
    table finds name-like or that reads as a transliteration.
    """
    if any(c in _QUOTE_MARKS for c in written):
        return True
    if written[:1] in _CLITIC_PREPOSITIONS and written[1:2] == _TATWEEL:
        return True  # "لـ" / "بـ" joined by a tatweel to what follows
    fold = normalize(written)
    if len(fold) < 4 or fold in _KNOWN_GIVEN:
        return False
    if fold.startswith(_CLITIC_PREPOSITIONS) and (fold[1:] in _ORG_HEADS or fold[1:] in _ROLE_HEADS):
        return True  # "لشركة"، "لوزير": a preposition on an institution or a title
    if fold.startswith(_LAM) and wd.word_class(fold[1:]) is not None and wd.name_score(fold) < wd.NAME_LIKE:
        return True  # "لحقوق": the preposition on a dictionary word ("لطفي" is a name)
    if fold.startswith(_LAM) and written.endswith(_TEH_MARBUTA) and wd.word_class(fold[1:]) is not None:
        return True  # "لكرة": the preposition on a feminine dictionary noun, however often names follow it
    if len(fold) > 4 and fold.endswith(_PLURAL_PRONOUNS):
        return True  # "حفظهم": a verb or noun with "their"; "أدهم" is a name
    if wd.is_name_like(fold) or wd.looks_foreign(fold):
        return False
    if fold.endswith(_PLURAL_NISBA):
        return True
    if fold.startswith(_WAW) and (_run_on_word(written[1:]) or written.endswith(_HEH) and len(fold) > 4):
        return True  # "ونظيره": a conjunction on a noun ("وجيه"، "وديع" are names)
    if written.endswith(_TEH_HEH):
        return True
    return written.endswith(_HEH) and wd.word_class(normalize(written[:-1])) is not None


def _name_word(word: str, *, first: bool) -> bool:
    """Tell whether a folded word can continue (or open) a personal name."""
    if not word or any(ch.isdigit() for ch in word):
        return False
    if word in _ROLE_HEADS or word in _ROLE_LINKS or word in _TITLES or word in _ORG_HEADS \
            or word in _STOP_WORDS or word in _PLACES or word in _STYLED_FIRSTS:
        return False
    cls = wd.word_class(word)
    if word.startswith(_CLITIC_ARTICLES):
        return False  # "والمسجد"، "بالوزارة": a conjunction or preposition on a noun
    if word.endswith(_PRONOUN_ENDINGS) and not wd.is_name_like(word):
        return False  # "يقودها": a verb with its object, not a name
    if cls in wd.FUNCTION_CLASSES or cls in wd.OPEN_NON_HEAD:
        return wd.is_name_like(word) and not word.startswith(_ARTICLE) and cls not in ("preposition", "verb")
    return not (first and word.startswith(_ARTICLE))


def _name_word_in_context(folded: list[str], i: int, taken: int) -> bool:
    """Tell whether a dictionary word inside a name is a name by its place.

    Right after a lone given name, a definite word is the family name ("يوسف البنيان");
    between name words, a word is a middle name ("رجب طيب إردوغان"). Titles, places,
    prepositions and pronoun-suffixed words never are.
    """
    word = folded[i]
    if not taken or word in _ROLE_HEADS or word in _ROLE_LINKS or word in _HONORIFICS or word in _ORG_HEADS \
            or word in _STOP_WORDS or word in _PLACES or wd.word_class(word) in wd.FUNCTION_CLASSES \
            or wd.word_class(word) == "preposition" or word.endswith(_PRONOUN_ENDINGS):
        return False
    given = wd.given_name_score(folded[i - 1]) >= wd.NAME_LIKE or folded[i - 1] in _KNOWN_GIVEN
    if taken == 1 and given and word.startswith(_ARTICLE) and not word.startswith(_CONJ_ARTICLE):
        return True
    nxt = folded[i + 1] if i + 1 < len(folded) else ""
    if taken == 1 and given and not nxt and wd.word_class(word) == "masdar":
        return True  # a family name that is also a noun, last after a given name: "سامي حداد"
    return taken >= 1 and given and not word.startswith(_ARTICLE) and bool(nxt) \
        and (wd.is_name_like(nxt) or wd.looks_foreign(nxt)) and wd.word_class(nxt) is None


def _leading_name(words: list[str]) -> list[str]:
    """Return the name at the start of a phrase: plain name words, a definite family name last.

    "كيري والارتياح ظاهر" → "كيري"; "رأفت الصباغ المتحدث الرسمي" → "رأفت الصباغ".
    """
    folded = [normalize(w) for w in words]
    out: list[str] = []
    for i, (word, fold) in enumerate(zip(words, folded, strict=True)):
        if len(out) >= _MAX_NAME_WORDS or _run_on_word(word):
            break
        after_link = i > 0 and (folded[i - 1] in _LINKS
                                or bool(out) and out[-1] == words[i - 1] and words[i - 1] in _FOREIGN_PARTICLES)
        if fold in _LINKS and i + 1 < len(words) and i > 0:
            out.append(word)
            continue
        if after_link:
            out.append(word)  # after "بن" any word is a name: "عبدالله بن مساعد"
            continue
        if word in _FOREIGN_PARTICLES and i + 1 < len(words) and _foreign_surname_word(folded[i + 1]):
            out.append(word)  # "فان جال"، "لويس فان جال": the particle of a European surname
            continue
        # ("علي" spelt with yeh is the given name here: the preposition it folds like is "على")
        if word != lx.ALI_NAME and not _name_word(fold, first=not out) \
                and not _name_word_in_context(folded, i, len(out)) and not _family_after_father(words, folded, i):
            break
        if fold.startswith(_ARTICLE) and fold not in _COMPOUND_SECONDS:
            if out and any(normalize(w).startswith(_ARTICLE) and normalize(w) not in _COMPOUND_SECONDS
                           for w in out) and not wd.is_name_like(word):
                break  # a second definite word is an adjective unless it is a known name
            lone = normalize(out[0]) if len(out) == 1 else ""
            if lone and wd.looks_foreign(lone) and not _is_given(lone) and not wd.is_name_like(fold):
                break  # a transliterated surname takes no Arabic family name: "مونرو الجالية"
            out.append(word)
            continue
        if out and any(normalize(w).startswith(_ARTICLE) and normalize(w) not in _COMPOUND_SECONDS for w in out):
            break  # nothing plain after the family name: "الجبير وزير"
        out.append(word)
        if _is_family_suffix(fold) and len(out) > 2:
            break  # "أوغلو" ends the family name: "مولود جاويش أوغلو بدء" → "مولود جاويش أوغلو"
    while out and normalize(out[-1]) in _LINKS:
        out.pop()
    return out


def _foreign_surname_word(folded: str) -> bool:
    """Tell whether a folded word can follow "فان"/"فون" as a surname: "جال"، "دايك"; not "الوزارة"."""
    return bool(folded) and not folded.startswith(_ARTICLE) and not any(ch.isdigit() for ch in folded) \
        and folded not in _STOP_WORDS and folded not in _ROLE_HEADS and folded not in _TITLES \
        and wd.word_class(folded) not in wd.FUNCTION_CLASSES


def _family_after_father(words: list[str], folded: list[str], i: int) -> bool:
    """Tell whether the word after "بن X" is the family name though it reads as a word.

    "محمد بن سامي المخرج" (a title word, last or before another title) and "صالح بن سامي
    قدح" (a dictionary word, last) are family names, as the extractor reads them.
    """
    father = i - 2 if i >= 3 and folded[i - 1] in _COMPOUND_SECONDS and folded[i - 2] in _COMPOUND_FIRSTS else i - 1
    if father < 1 or folded[father - 1] not in _PATRONYMIC or folded[i - 1] in _LINKS:
        return False  # ("بن عبد الرحمن": a compound father)
    word, last = folded[i], i == len(words) - 1
    if not word.startswith(_ARTICLE) and _forefathers_then_family(folded, i):
        return True  # "سهيل بن محمد فرج فارس المزروعي": forefathers without "بن", then the family
    if word.startswith(_ARTICLE) and word in _ROLE_HEADS:
        return last or folded[i + 1] in _ROLE_HEADS and not folded[i + 1].startswith(_ARTICLE)
    return last and not word.startswith(_ARTICLE) and wd.word_class(word) not in wd.FUNCTION_CLASSES \
        and not _run_on_word(words[i]) and not word.startswith(_CLITIC_ARTICLES)


def _forefathers_then_family(folded: list[str], i: int) -> bool:
    """Tell whether one or two plain words from ``i`` lead to a definite family name.

    As the extractor reads "سهيل بن محمد فرج فارس المزروعي": forefathers without "بن".
    """
    family = next((k for k in range(i, min(i + 3, len(folded))) if folded[k].startswith(_ARTICLE)), None)
    if family is None or family == i or _FAMILY in folded[:i]:
        return False
    for word in folded[i:family]:
        if word in _ROLE_HEADS or word in _TITLES or word in _STOP_WORDS or word in _PLACES or word in _LINKS \
                or wd.word_class(word) in _FUNCTION_OR_CLITIC or word.endswith(_PRONOUN_ENDINGS) \
                or word.endswith(_HEH) and len(word) > 3:
            return False  # (a forefather's name may read as a verb: "فرج")
    word = folded[family]
    return word not in _ROLE_HEADS and word not in _ORG_HEADS and word not in _PLACES \
        and _ARTICLE + word[2:-1] not in _PLACES and word not in _STOP_WORDS and word not in _COMPOUND_SECONDS \
        and wd.word_class(word) is None


def _trailing_name(words: list[str]) -> list[str]:
    """Return the name at the end of a role chain: "المتحدث الرسمي للمركز رأفت الصباغ" → "رأفت الصباغ"."""
    folded = [normalize(w) for w in words]
    j = len(words)
    if j and folded[-1].startswith(_ARTICLE) and _name_word(folded[-1], first=False):
        j -= 1  # the family name
    while j > 0 and j > len(words) - 4 and _name_word(folded[j - 1], first=True) \
            and not folded[j - 1].startswith(("\N{ARABIC LETTER LAM}", "\N{ARABIC LETTER BEH}")) \
            or j > 1 and folded[j - 2] in _PATRONYMIC:
        j -= 2 if j > 1 and folded[j - 2] in _PATRONYMIC else 1
    return words[j:] if len(words) - j >= 2 and j > 0 and not folded[j].startswith(_ARTICLE) else []


@lru_cache(maxsize=65536)
def clean_full_name(mention: str) -> str:
    """Return the personal name in a speaker string or mention, without roles and run-on words.

    "رئيس الوزراء البريطاني ديفيد كاميرون لوضع" → "ديفيد كاميرون"; "كيري مازحا" → "كيري";
    "المتحدث الرسمي للمركز رأفت الصباغ" → "رأفت الصباغ"; "" when no name is in it
    ("المسؤول"، "بصراحة", a text citation).
    """
    text = " ".join(w.strip(_PUNCT) for w in mention.split() if w.strip(_PUNCT))
    if not text or is_text_citation(text):
        return ""
    parsed = split_role_and_name(mention)
    candidates = []
    first = normalize(text.split()[0])
    if parsed.kind == "person" and parsed.name and parsed.role and not _name_word(first, first=True) \
            and not normalize(text).startswith(normalize(parsed.name)):
        candidates.append(parsed.name)  # a title first: "خادم الحرمين الشريفين الملك سلمان"
    lead = text.split("،")[0].split() or text.split()
    while len(lead) > 1 and normalize(lead[0]) in _TITLES:
        lead = lead[1:]  # "دكتور سالم بن فهد العمري"
    if _name_word(normalize(lead[0]), first=True):
        candidates.append(" ".join(lead))  # a name first: "سالم بن فهد العمري"
    if parsed.kind == "person" and parsed.name:
        candidates.append(parsed.name)
    segments = [s.strip() for s in mention.replace(",", "،").split("،") if s.strip()]
    for segment in segments or [text]:
        words = [w.strip(_PUNCT) for w in segment.split() if w.strip(_PUNCT)]
        if words and normalize(words[0]) in _TITLES | _ROLE_HEADS:
            trailing = _trailing_name(words)
            if trailing:
                candidates.append(" ".join(trailing))
        candidates.append(" ".join(words))
    for candidate in candidates:
        words = [w.strip(_PUNCT) for w in candidate.split() if w.strip(_PUNCT)]
        honor = 0
        while honor < len(words) - 1 and normalize(words[honor]) in _TITLES:
            honor += 1
        name = _leading_name(words[honor:])
        if name and speaker_problem(" ".join(name)) is None:
            return " ".join(name)
    words = [w.strip(_PUNCT) for w in text.split("،")[0].split() if w.strip(_PUNCT)]
    return _titled_surname(words) or _name_after_description(words)


def _surname_word(word: str, *, titled: bool) -> bool:
    """Tell whether a lone word reads as a family name: "كيري"، "القحطاني"; not "الأمريكي".

    After a title any plain name word is ("الوزير ظريف"); a definite word must be name-like.
    """
    fold = normalize(word)
    if _run_on_word(word) or not _name_word(fold, first=False):
        return False
    if not fold.startswith(_ARTICLE):
        return titled or wd.is_name_like(fold) or wd.looks_foreign(fold)
    return wd.is_name_like(fold)


def _titled_surname(words: list[str]) -> str:
    """Return the family name a title or role chain ends with, or a lone family name.

    "الوزير ظريف" → "ظريف"; "العميد القحطاني" → "القحطاني"; "القحطاني" → "القحطاني";
    "الرئيس الأمريكي" → "" (a nationality is no name).
    """
    head = [normalize(w) for w in words[:-1]]
    if not words or len(words) > 4 or not _surname_word(words[-1], titled=bool(head)):
        return ""
    if head and head[0] not in _TITLES and head[0] not in _ROLE_HEADS:
        return ""
    if any(w in _ORG_HEADS or w in _PLACES or w in _STOP_WORDS or w in _LINKS or w in _PATRONYMIC
           or w not in _TITLES and w not in _ROLE_HEADS and (not w.startswith(_ARTICLE) or wd.is_name_like(w))
           for w in head):
        return ""  # only titles and their adjectives before it: not "الأمير الوليد بن طلال"
    return words[-1] if speaker_problem(words[-1]) is None else ""


def _name_after_description(words: list[str]) -> str:
    """Return a full name written after a descriptive adjective or title inside a role chain.

    "البرتغالي جوزيه مورينيو مدرب الفريق" → "جوزيه مورينيو"; two name words at least.
    """
    folded = [normalize(w) for w in words]
    for i in range(1, len(words) - 1):
        before, word = folded[i - 1], folded[i]
        masdar = i == 1 and wd.word_class(before) == "masdar"  # "تفجير عبدالعزيز …": an event, then a name
        if not (before.startswith(_ARTICLE) or before in _ROLE_HEADS or before in _TITLES or masdar):
            continue
        if word.startswith(_ARTICLE) or _run_on_word(words[i]) or not _name_word(word, first=True) \
                or wd.word_class(word) is not None:
            continue
        name = _leading_name(words[i:])
        if len(name) >= 2 and speaker_problem(" ".join(name)) is None:
            return " ".join(name)
    return ""


def is_clean_name(name: str) -> bool:
    """Tell whether a name is already clean: :func:`clean_full_name` keeps all of it."""
    return bool(name) and normalize(clean_full_name(name)) == normalize(name)


def best_attested_name(current: str, votes: list[tuple[str, int]]) -> str:
    """Return the name a person is shown under: the clean full name most mentions use.

    ``votes`` pairs each way of writing the name with how many mentions wrote it. A full
    name counts the votes of its lone surname too ("جون كيري" gathers "كيري"), not those
    of a lone given name unless well attested itself ("رياض ياسين" gathers "ياسين", "أبو
    محمد" does not gather "محمد": a bag of Muhammads is nobody). The most votes win; a tie
    keeps ``current``, and a name written by one mention only never replaces it, so neither the latest, nor the longest, nor an odd mention renames
    anyone: ("عادل الجبير", 148) beats ("عادل بن أحمد الجبير", 122).
    """
    totals: dict[str, tuple[str, int]] = {}
    if " " in normalize(current) and is_clean_name(current):
        totals[normalize(current)] = (current, 0)  # a full name keeps what its surname's mentions say
    for name, count in votes:
        if count > 0 and is_clean_name(name):
            key = normalize(name)
            written, seen = totals.get(key, (name, 0))
            totals[key] = (written, seen + count)
    if not any(count for _w, count in totals.values()):
        return current
    lone = {key: count for key, (_w, count) in totals.items() if len(_surname(key.split())) == len(key.split())}

    def gathered(key: str, count: int) -> int:
        words = join_compounds(key.split())
        surname_words = _surname(words)
        last = " ".join(surname_words)
        if len(words) <= len(surname_words) or last not in lone or words[-2] in _PATRONYMIC:
            return count  # "سلمان بن إبراهيم" ends in a father's name: no surname to gather
        surname = lone[last]
        # A lone given name is everyone's: the full name gathers it only when well attested itself.
        return count + surname if not _is_given(words[-1]) or 5 * count >= surname else count

    key, (written, count) = max(totals.items(),
                                key=lambda item: (gathered(item[0], item[1][1]), item[0] == normalize(current), item[0]))
    if key != normalize(current) and gathered(key, count) < 2:
        return current  # one mention never renames
    if key != normalize(current) and is_lone_given_name(written) and is_clean_name(current) \
            and not is_lone_given_name(current):
        return current  # nor does a lone given name, everyone's, replace a fuller name: "كامل عبد الله"
    return written


def _surname(folded: list[str]) -> list[str]:
    """Return the family name at the end of a folded name: its last word, "فان جال" with its particle."""
    return folded[-2:] if len(folded) > 1 and folded[-2] in _FOREIGN_PARTICLES else folded[-1:]


def _is_given(folded: str) -> bool:
    """Tell whether a folded word is a given name ("محمد"، "عبدالله"), not a surname."""
    return folded in _KNOWN_GIVEN or wd.given_name_score(folded) >= wd.NAME_LIKE \
        or any(folded.startswith(first) and len(folded) > len(first) + 1 for first in _COMPOUND_FIRSTS)
