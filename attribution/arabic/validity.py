"""Tell whether a candidate speaker string can be a speaker at all.

A subject guessed from the words before or after a verb of saying is sometimes a
prepositional phrase ("بالمناسبة"), an adverb ("باستمرار"), an age ("54 عاما"), a clause
fragment ("لم يحدث تغيير") or a document without its issuer ("دراسة صادرة"). Such a string
is never a speaker; the resolver then takes the next candidate or leaves the speaker open.
Only dictionary lookups happen here (``words`` and ``lexicon``).
"""

from __future__ import annotations

import re
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic import words as wd
from attribution.arabic.dates import GREGORIAN_MONTHS, HIJRI_MONTHS
from attribution.arabic.normalize import lexicon_forms, normalize

_STRIP: Final = " \t\n،,؛;:.!؟?()[]-–—'\"«»“”„″"


def _fs(items) -> frozenset[str]:
    return lexicon_forms(items, normalize)


_DOCUMENTS: Final = _fs(lx.DOCUMENT_SPEAKER_HEADS)
_ISSUER_PREPS: Final = _fs(lx.ISSUER_PREPOSITIONS)
_UNITS: Final = _fs(lx.COUNT_UNITS) | frozenset(lx.COUNT_UNITS)
_DATES: Final = _fs(lx.WEEKDAYS) | _fs(GREGORIAN_MONTHS) | _fs(HIJRI_MONTHS)
_KNOWN_HEADS: Final = _fs(lx.ROLE_HEADS + lx.HONORIFICS + lx.ORGANIZATION_HEADS + lx.ANONYMOUS_HEADS
                   + lx.PLACES + lx.GOVERNMENT_METONYMS + lx.GIVEN_NAMES)
_QUANTIFIERS: Final = _fs(lx.QUANTIFIER_HEADS)
_LETTERS: Final = _fs(lx.LATIN_LETTER_NAMES)
_PATRONYMIC_LINKS: Final = _fs(lx.PATRONYMIC_LINKS)
_FAMILY_LINK: Final = normalize(lx.FAMILY_LINK)
_KUNYA: Final = _fs(lx.KUNYA_PARTICLES)
_ARTICLE: Final = lx.ARTICLE
_DIGIT: Final = re.compile(r"\d")
# Classes of a head word → the reason reported.
_REASONS: Final = {
    "preposition": "preposition", "clitic_noun": "preposition", "adverb": "adverb",
    "tanween_adverb": "adverb", "particle": "clause", "relative": "clause", "verb": "clause",
    "aux_verb": "clause", "pronoun": "pronoun", "masdar": "verbal_noun",
}
REASONS: Final = ("empty", "preposition", "adverb", "number", "clause", "pronoun", "verbal_noun", "document")
# An issuer after an indefinite document: not an adjective ("دراسة حديثة") nor a verb ("صدر").
_ADJECTIVE_ENDINGS: Final = ("ي", "ه")
_SIGNED: Final = _fs(lx.SIGNED_PARTICIPLES)
_EAST_ASIAN: Final = _fs(lx.EAST_ASIAN_FAMILY_NAMES)
_FOREIGN_GIVEN_SHAPE: Final = 1.0  # (below the word table's FOREIGN_SHAPE: "كيكيانج" scores 1.09)


def _words(speaker: str) -> list[str]:
    return [w for w in (w.strip(_STRIP) for w in speaker.split()) if w]


def is_number_phrase(words: list[str]) -> bool:
    """Tell whether a phrase is a number, an age, a count or a date.

    "54 عاما" → True, "عام 1876" → True, "الخميس" → True; "رجب طيب إردوغان" (a month
    name as a given name) → False, "مجموعة العشرين" → False.
    """
    folded = [normalize(w) for w in words]
    head, nxt = folded[0], folded[1] if len(folded) > 1 else ""
    if _DIGIT.match(head):
        return True
    if head in _DATES or head in _UNITS:
        return len(folded) == 1 or bool(_DIGIT.match(nxt))
    return False


_OBJECT_SUFFIXES: Final = tuple(sorted(lx.THIRD_PERSON_SUFFIXES[:3], key=len, reverse=True))
_ALEF: Final = "\N{ARABIC LETTER ALEF}"
_ALEF_MAQSURA: Final = "\N{ARABIC LETTER ALEF MAKSURA}"


def is_issuer_verb(word: str) -> bool:
    """Tell whether a word after a document is a verb that has it for object: "أجرتها"، "أصدره".

    "دراسة أجرتها جامعة …": the issuer is the verb's subject, after it.
    """
    suffix = next((s for s in _OBJECT_SUFFIXES if word.endswith(s)), None)
    if suffix is None or len(word) - len(suffix) < 3:
        return False
    stem = word[: -len(suffix)]
    # A final ى is written ا before the pronoun: "أجراها" is "أجرى" + "ها".
    return wd.word_class(stem) == "verb" or stem.endswith(_ALEF) and wd.word_class(stem[:-1] + _ALEF_MAQSURA) == "verb"


def _is_issuer(word: str) -> bool:
    """Tell whether a word after an indefinite document names its issuer: "تقرير ساما"."""
    if is_issuer_verb(word):
        return False
    folded = normalize(word)
    if folded in _KNOWN_HEADS or wd.is_name_like(word):
        return True
    return not (folded.endswith(_ADJECTIVE_ENDINGS) or folded in _SIGNED or wd.word_class(word) is not None)


def is_bare_document(words: list[str]) -> bool:
    """Tell whether a phrase is a document with no issuer in it.

    "البيان" → True, "دراسة صادرة" → True, "التقرير الحادي والخمسون" → True;
    "بيان الخارجية" (construct) → False, "دراسة صادرة عن جامعة" → False.
    """
    head = normalize(words[0])
    definite = head.startswith(_ARTICLE)
    if (head[2:] if definite else head) not in _DOCUMENTS:
        return False
    for i, word in enumerate(words[1:], 1):
        folded = normalize(word)
        if folded in _ISSUER_PREPS or folded[:1] == lx.LAM and len(folded) > 3 and not _DIGIT.search(folded):
            return False  # "صادرة عن الوزارة"، "تقرير لمنظمة"
        if not definite and (folded.startswith(_ARTICLE) or i == 1 and _is_issuer(word)):
            return False  # an indefinite head in construct: "بيان الخارجية"، "تقرير ساما"
        if wd.is_name_like(word):
            return False
    return True


def _head_problem(words: list[str]) -> str | None:
    """Return the reason the first word cannot open a speaker phrase, or None.

    A closed-class word fails ("لم"، "عنها"، "بالمناسبة") unless a family name follows it
    ("عوض القحطاني"). A dictionary word fails alone ("مجددا"، "بمديرية"، "تغيير") or before a
    closed-class word ("مسبقا وكنت"); a lone verb form or a definite verbal noun may name a
    body ("سبق" the newspaper, "الأرصاد"), and before a name it may be a name ("رضا عيسى").
    """
    head = words[0]
    if normalize(head) in _KNOWN_HEADS or not wd.cannot_head_speaker(head):
        return None
    if normalize(head) in _QUANTIFIERS and len(words) > 1:
        return _head_problem(words[1:])  # "بضعة دبلوماسيين": the counted noun heads the phrase
    cls = wd.word_class(head) or "preposition"
    nxt = words[1] if len(words) > 1 else ""
    if normalize(head) in _LETTERS and normalize(nxt) in _LETTERS:
        return None  # an acronym: "سي إن إن"
    if head[:1] == "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}" and cls == "pronoun" and nxt:
        return None  # "آنا ماري": a name; the pronoun "أنا" never takes the madda folding hides
    if normalize(head) in _EAST_ASIAN and nxt and _foreign_given_names(words[1:]):
        return None  # "لي كه تشيانغ": a family name first ("لي صديق قديم" is "I have an old friend")
    if (normalize(nxt) in _PATRONYMIC_LINKS or normalize(nxt) == _FAMILY_LINK) and len(words) > 2:
        return None  # "صباح بن عايد"، "عوض آل رشيد": a given name that spells a word, then its lineage
    if normalize(head) in _KUNYA and nxt and (wd.given_name_score(nxt) >= wd.NAME_LIKE or _open_noun(nxt)):
        return None  # "أم سعد"، "أم لمار": a kunya ("أم" is also "or", before a particle or a verb)
    if len(normalize(head)) == 1 and nxt and wd.given_name_score(nxt) >= wd.NAME_LIKE:
        return None  # an abbreviated title before a given name: "م. خالد"
    if cls in wd.OPEN_NON_HEAD:
        if wd.looks_foreign(head):
            return None  # a transliterated name that happens to spell a word
        if cls == "clitic_noun":
            return "preposition"  # "بكلية لندن": a phrase attached to words before it, whatever follows
        if nxt and wd.word_class(nxt) not in wd.CLOSED_NON_HEAD:
            return None
        if not nxt and (cls == "verb" or cls == "masdar" and normalize(head).startswith(_ARTICLE)):
            return None
    elif nxt and (wd.is_name_like(nxt) or _is_family_name(nxt)) and cls == "adverb":
        return None
    return _REASONS.get(cls, "clause")


def _foreign_given_names(words: list[str]) -> bool:
    """Tell whether words are transliterated given names: open-class, indefinite, one foreign-shaped."""
    return all(wd.word_class(w) is None and not normalize(w).startswith(_ARTICLE) for w in words) \
        and max(wd.foreign_shape_score(w) for w in words) >= _FOREIGN_GIVEN_SHAPE


def _open_noun(word: str) -> bool:
    """Tell whether a word may be a noun: open class, or shaped like one with "ب"/"ل" ("لمار")."""
    cls = wd.word_class(word)
    return cls is None or cls == "clitic_noun" and not normalize(word)[1:].startswith(_ARTICLE)


def _is_family_name(word: str) -> bool:
    """Tell whether a word is shaped like a definite family name: "القحطاني" → True."""
    folded = normalize(word)
    return folded.startswith(_ARTICLE) and folded.endswith(lx.NISBA_ENDING) and wd.word_class(word) is None


def speaker_problem(speaker: str) -> str | None:
    """Return why a candidate speaker string is no plausible speaker, or None when it may be.

    "بالمناسبة" → "preposition", "باستمرار" → "preposition", "مجددا" → "adverb",
    "54 عاما" → "number", "لم يحدث تغيير" → "clause", "هو" → "pronoun",
    "دراسة صادرة" → "document"; "وزير الخارجية" and "مصادر مطلعة" → None.
    """
    words = _words(speaker)
    if not words:
        return "empty"
    if is_number_phrase(words):
        return "number"
    problem = _head_problem(words)
    if problem is not None:
        return problem
    if is_bare_document(words):
        return "document"
    return None


_CITATIONS: Final = _fs(lx.TEXT_CITATION_SUBJECTS)
_CITATION_ABOUT: Final = _fs(lx.CITATION_TOPIC_PREPOSITIONS)
_BLESSINGS: Final = tuple(tuple(normalize(b).split()) for b in lx.CITATION_BLESSINGS)


def is_text_citation(mention: str) -> bool:
    """Tell whether a speaker mention quotes a text rather than a person in the news.

    "تعالى"، "الله عز وجل"، "رسول الله ﷺ"، "النبي صلى الله عليه وسلم"، "الشاعر"، "المثل" → True;
    "الشاعر محمد الثبيتي" (a named poet) → False.
    """
    words = normalize(mention).split()
    # "قال الله تعالى عن هذه الفطرة"، "أشار النبي ﷺ إلى هذا المعنى": what the text is about
    # follows its author.
    about = next((k for k, w in enumerate(words) if k and w in _CITATION_ABOUT), len(words))
    return _cites(words) or _cites(words[:about])


def _cites(words: list[str]) -> bool:
    """Tell whether normalised words name a quoted text's author, a blessing after it or not."""
    for blessing in _BLESSINGS:  # (the blessing after the Prophet's name is no part of who speaks)
        if len(words) > len(blessing) and tuple(words[-len(blessing):]) == blessing:
            words = words[: -len(blessing)]
            break
    return " ".join(words) in _CITATIONS


# ---------------------------------------------------------------------------
# Next candidates, on the folded body the frames point into.

_ANON: Final = _fs(lx.ANONYMOUS_HEADS)
_ORGS: Final = _fs(w for w in lx.ORGANIZATION_HEADS + lx.NAMED_PLACES if " " not in w)
_PLACES: Final = _fs(lx.PLACES + lx.GOVERNMENT_METONYMS)
_LINKS: Final = _fs(lx.DESCRIPTION_LINKS)
_OUTLETS: Final = _fs(lx.ADDRESSEES + lx.AGENCY_NAME_TAILS)
_BARE_BREAKERS: Final = _fs(lx.DESCRIPTION_BREAKERS + lx.SPEECH_EVENT_NOUNS + lx.STATEMENT_NOUNS
                            + lx.ADJUNCT_STARTERS + lx.WEEKDAYS
                            # "عن مصدر في رئاسة الإقليم قوله إن": the relayed words start
                            + lx.RELAY_SPEECH_NOUNS)
_BREAKERS: Final = _BARE_BREAKERS | frozenset(_ARTICLE + w for w in _BARE_BREAKERS if not w.startswith(_ARTICLE))
_NEXT_WORD: Final = re.compile(r"[ \t]+([^\s،,؛;:.!؟?()«»\"“”„]+)")
_PLURAL_ENDINGS: Final = ("\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}", "\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}")
_BEH: Final = "\N{ARABIC LETTER BEH}"
_LAM: Final = "\N{ARABIC LETTER LAM}"
_QUOTED_NAME: Final = re.compile(r"[ \t]*[\"«“]([^\"»”\n]{1,40})[\"»”]")
_MAX_AFFILIATION: Final = 5


def _is_unnamed_description(words: list[str]) -> bool:
    """Tell whether a mention describes a source without naming it.

    "مسؤول"، "أحد رواد"، "موظفون" → True; "المسؤول" (a back-reference), "وزير الخارجية
    عادل الجبير" → False.
    """
    head = normalize(words[0])
    if head.startswith(_ARTICLE) or any(wd.is_name_like(w) for w in words):
        return False
    return head in _ANON or len(words) == 1 and head.endswith(_PLURAL_ENDINGS) and wd.word_class(head) is None


def _affiliation_word(word: str, first: bool) -> bool:
    """Tell whether a word can be part of an affiliation: "وزارة"، "الدفاع"، "فيسبوك"."""
    folded = normalize(word)
    if folded in _BREAKERS or _DIGIT.search(folded):
        return False
    # (an outlet an unnamed source told is how the article knows it: "مصدر لرويترز"، "للأناضول")
    outlet = folded in _OUTLETS or _ARTICLE[0] + folded in _OUTLETS
    cls = wd.word_class(word)
    if cls is not None and cls != "masdar" and not outlet:
        return False  # ("برس" reads as a verb)
    if first:
        return folded in _ORGS or folded in _PLACES or folded.startswith(_ARTICLE) or folded[2:] in _ORGS \
            or outlet
    return True


def _construct_at(text: str, word: re.Match[str]) -> bool:
    """Tell whether an indefinite noun heads a construct with a definite noun: "قطاع الصحة"."""
    nxt = _NEXT_WORD.match(text, word.end())
    return nxt is not None and _affiliation_word(word.group(1), False) \
        and not normalize(word.group(1)).startswith(_ARTICLE) and _affiliation_word(nxt.group(1), True) \
        and normalize(nxt.group(1)).startswith(_ARTICLE)


def description_end(text: str, start: int, end: int) -> int:
    """Return where an unnamed source's description ends, its affiliation included.

    "مسؤول في وزارة الدفاع البريطانية إن" → after "البريطانية"; "أحد رواد موقع فيسبوك أن" →
    after "فيسبوك"; "مسؤول في تصريح صحفي" → unchanged (how, not where, he spoke).
    """
    words = text[start:end].split()
    if not words or not _is_unnamed_description(words):
        return end
    link = _NEXT_WORD.match(text, end)
    if link is None:
        return end
    folded = normalize(link.group(1))
    if folded in _LINKS:
        pos = link.end()  # "في وزارة"
        first = _NEXT_WORD.match(text, pos)
        if first is None or not (_affiliation_word(first.group(1), True) or _construct_at(text, first)):
            return end
    elif folded[:1] in (_BEH, _LAM) and len(folded) > 3 and (_affiliation_word(folded[1:], True) or _construct_at(text, link)):
        pos = end  # "بقطاع الصحة", "لصحيفة": the preposition is glued on
        first = link
    elif normalize(words[-1]) not in _ANON and (folded in _ORGS or folded[2:] in _ORGS):
        pos = end  # a construct: "أحد رواد موقع فيسبوك"
        first = link
    else:
        return end
    new_end, taken = end, 0
    match: re.Match[str] | None = first
    while match is not None and taken < _MAX_AFFILIATION:
        word = match.group(1)
        if taken and not _affiliation_word(word, False):
            break
        if taken and not normalize(word).startswith(_ARTICLE) and normalize(text[pos:new_end].split()[-1]).startswith(_ARTICLE):
            break  # after a definite word only definite adjectives follow: "وزارة الدفاع البريطانية"
        new_end, taken = match.end(), taken + 1
        match = _NEXT_WORD.match(text, new_end)
    if taken:
        quoted = _QUOTED_NAME.match(text, new_end)
        if quoted and normalize(text[pos:new_end].split()[-1]).lstrip(_BEH + _LAM) in _ORGS:
            new_end = quoted.end()  # the name of the body in quotation marks: لصحيفة "الحياة"
    return new_end if taken else end


_ISSUER_RE: Final = re.compile(r"[ \t]+(?:(?:" + "|".join(sorted(_SIGNED, key=len, reverse=True)) + r")[ \t]+(?:(?:"
                        + "|".join(normalize(w) for w in lx.ISSUE_ADVERBS) + r")[ \t]+)?)?(?:"
                        + "|".join(_ISSUER_PREPS) + r")[ \t]+")


_NEXT_WORD_RE: Final = re.compile(r"[ \t]+(\S+)[ \t]+(?=\S)")


def issuer_start(text: str, end: int) -> int | None:
    """Return where a document's issuer starts after it: "دراسة صادرة عن جامعة" → at "جامعة".

    Also after a verb that has the document for object, ending the document's phrase or
    right after it: "دراسة أجرتها جامعة" (at "جامعة").
    """
    match = _ISSUER_RE.match(text, end)
    if match:
        return match.end()
    last = text[max(0, end - 30) : end].rsplit(None, 1)[-1:]
    if last and is_issuer_verb(last[0]) and text[end : end + 1] in (" ", "\t"):
        return end + 1
    word = _NEXT_WORD_RE.match(text, end)
    return word.end() if word and is_issuer_verb(word.group(1)) else None


def leading_junk(words: list[str]) -> int:
    """Return how many leading words to drop so that a real subject starts the phrase.

    "عنه عباس" → 1, "مجددا وزير الخارجية" → 1, "17 إبراهيم بن محمد" → 1, "بذلك زولتان
    زيميس" → 1; 0 when what follows is no known subject either ("لم يحدث تغيير").
    """
    for k in range(1, min(3, len(words))):
        rest = words[k:]
        head = normalize(rest[0])
        if speaker_problem(" ".join(rest)) is None and (
                head in _KNOWN_HEADS or wd.is_name_like(rest[0]) or head[2:] in _KNOWN_HEADS
                or _reads_as_name(rest)):
            return k
    return 0


def _reads_as_name(words: list[str]) -> bool:
    """Tell whether a phrase opens with two unknown, indefinite words: "زولتان زيميس"."""
    return len(words) >= 2 and all(
        not normalize(w).startswith(_ARTICLE) and wd.word_class(w) is None and not _DIGIT.search(w)
        for w in words[:2])
