"""Resolve speaker mentions to canonical speakers within one article.

A mention is split into role and name ("الرئيس الروسي فلاديمير بوتين" → name فلاديمير
بوتين, role الرئيس الروسي). An article registry then links surnames, roles, spelling
variants, institution back-references and subject-less verbs to the speakers seen.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache, wraps
from typing import Any, Final, TypeVar

from attribution.arabic import lexicon as lx
from attribution.arabic.normalize import lexicon_forms
from attribution.arabic.quotes import (
    _DYNASTIC,
    _NISBA_ENDINGS,
    _PEOPLE_PLURALS,
    _SOUND_PLURAL_ENDINGS,
    _TANWEEN_FATH_RE,
    _TITLES_OF_SOMEONE,
    CUE_FORMS,
    Frame,
    fold_word,
    whole_word_spans,
    word_tokens,
)
from attribution.arabic.validity import (
    description_end,
    is_issuer_verb,
    is_text_citation,
    issuer_start,
    leading_junk,
    speaker_problem,
)
from attribution.arabic.words import (
    is_bare_particle,
    is_function_word,
    is_name_like,
    is_oblique_plural,
    is_subject_plural,
    looks_foreign,
    name_score,
    word_class,
)

_QUOTES: Final = "«»“”„\"″"
_CLOSING_QUOTE_RE: Final = re.compile(r"([»”])\s+(?=(\w+))")
_PUNCT: Final = " \t\n،,؛;:.!؟?()[]-–—'" + _QUOTES


def _fs(words) -> frozenset[str]:
    return lexicon_forms(words, fold_word)


_HONORIFICS: Final = _fs(lx.HONORIFICS)
_ROLE_HEADS: Final = _fs(w for w in lx.ROLE_HEADS if " " not in w)
_ROLE_LINKS: Final = _fs(lx.ROLE_LINKS)
_ORG_HEADS: Final = _fs(w for w in lx.ORGANIZATION_HEADS if " " not in w)
_ORG_BACKREFS: Final = _fs(lx.ORGANIZATION_BACKREFS)
_WRITTEN_PRONOUN_ENDINGS: Final = ("ته", "ده", "ها", "هم", "هما")  # as written: ة is no ه
# Back references that stand for any kind of body: "أعلنت أرامكو …" … "وقالت الشركة"، "المجموعة".
_GENERIC_BACKREFS: Final = _fs(lx.GENERIC_ORGANIZATION_BACKREFS)
_INTERLOCUTORS: Final = _fs(lx.INTERLOCUTOR_WORDS)
_ANON_HEADS: Final = _fs(lx.ANONYMOUS_HEADS)
# A single person described, not a source, a group or a count: "ناشط"، "شاهد".
_SINGLE_PERSON_HEADS: Final = _fs(lx.DESCRIBED_PERSON_HEADS)
_UNNAMED_SOURCE_HEADS: Final = _fs(lx.UNNAMED_SOURCE_HEADS)
_SOURCE_ATTACHMENTS: Final = _fs(lx.SOURCE_ATTACHMENTS)
_ANON_QUALIFIER_WORDS: Final = _fs(w for q in lx.ANONYMOUS_QUALIFIERS for w in q.split())  # "رفيع"، "مطلع"
_GIVEN: Final = _fs(lx.GIVEN_NAMES)
_GIVEN_WRITTEN: Final = frozenset(lx.GIVEN_NAMES)
_NAME_TITLES: Final = _fs(lx.NAME_TITLES)
_PATRONYMIC_LINKS: Final = _fs(lx.PATRONYMIC_LINKS)
_RELATION_HEADS: Final = _fs(lx.RELATION_HEADS)
_ON_BEHALF: Final = _fs(lx.SPOKESMAN_LINKS)
_NOUN_OBJECT_WORDS: Final = _fs(lx.NOUN_OBJECT_STARTERS)
_NOUN_OBJECTS: Final = frozenset(w for w in _NOUN_OBJECT_WORDS if not is_function_word(w))  # (not "علي"، "على" folded)
# How often a definite nisba must be a name in the corpus to be a family name after a title
# ("الدكتور الزهراني"); "التركي" (0.58) stays the nationality of "المدرب التركي".
_FAMILY_NISBA_SHARE: Final = 0.7
_SPOKESMEN: Final = _fs(("متحدث", "ناطق"))
_PERSON_DESCRIPTORS: Final = _fs(lx.PERSON_DESCRIPTORS)
_GLUED_ABBREVIATION_RE: Final = re.compile(r"(?<!\S)((?:[\u0621-\u064a]\.)+)(?=[\u0621-\u064a]{3})")
_SPEECH_EVENTS: Final = _fs(lx.SPEECH_EVENT_NOUNS)  # "ألقى الدكتور X كلمة": the object after the name
# Prepositions of a role's domain: "السفير في …"، "سفير خادم الحرمين لدى مصر".
_ROLE_DOMAIN: Final = _fs(("في", "لدى"))
_TRIBE_SONS: Final = fold_word("بني")  # "قبيلة بني عامر": a tribe, not a son
_PREPOSITIONAL_CLASSES: Final = frozenset({"preposition", "clitic_noun"})
_NAME_LINKS: Final = _fs(lx.NAME_LINKS)
_COMPOUND_SECONDS: Final = _fs(lx.NAME_COMPOUND_SECONDS)
_FAMILY_SUFFIXES: Final = _fs(lx.FAMILY_NAME_SUFFIXES)
_STYLED_TITLES: Final = tuple(tuple(fold_word(w) for w in t.split()) for t in lx.STYLED_TITLES if " " in t)
_OFFICE_TITLES: Final = tuple(tuple(fold_word(w) for w in t.split()) for t in lx.OFFICE_TITLES)
_STYLED_OPENERS: Final = frozenset(t[0] for t in _STYLED_TITLES)
_NARRATION_VERBS: Final = _fs(lx.NARRATION_VERBS)
_TIME_PREPOSITIONS: Final = _fs(lx.TIME_PREPOSITIONS)
_BEREAVED_OF: Final = _fs(lx.BEREAVED_OF)
_QUANTIFIERS: Final = _fs(lx.QUANTIFIER_HEADS)
_CARDINALS: Final = _fs(lx.CARDINAL_NUMBERS)
_FOREIGN_PARTICLES: Final = frozenset(lx.FOREIGN_NAME_PARTICLES)  # as written, not folded
_FREE_PREPOSITIONS: Final = _fs(lx.FREE_PREPOSITIONS)
_TITLE_GIVEN_NAMES: Final = _fs(lx.TITLE_GIVEN_NAMES)
_LONG_VOWELS: Final = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER WAW}\N{ARABIC LETTER YEH}"
_TEH_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"
_HEH: Final = "\N{ARABIC LETTER HEH}"
_YEH: Final = "\N{ARABIC LETTER YEH}"
_ALEF: Final = "\N{ARABIC LETTER ALEF}"
_HAMZA_ALEF: Final = "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"
_HAMZA_VERB_CLASHES: Final = frozenset({"adverb", "particle", "determiner"})  # "هنأ" folds to "هنا"
_TRIBUTE_NOUNS: Final = _fs(lx.TRIBUTE_NOUNS)
_TRIBUTE_OPENERS: Final = _fs(lx.TRIBUTE_OPENERS)
_POSSESSED_FEMININE: Final = "\N{ARABIC LETTER TEH}\N{ARABIC LETTER HEH}"  # "خطته": his plan
_NAME_ENDING_ATEH: Final = _ALEF + _POSSESSED_FEMININE  # "شحاته": ة written ه after alef
_NAME_STOPPERS: Final = _fs(lx.NAME_STOPPERS)
_DEFINITE: Final = tuple(fold_word(w) for w in lx.DEFINITE_PREFIXES)
_ARTICLE: Final = lx.ARTICLE
_WAW: Final = "\N{ARABIC LETTER WAW}"
_CLITIC_DEFINITE: Final = tuple(p for p in _DEFINITE if p != _ARTICLE)  # "بالشراكة", "للمؤتمر"
_DOCUMENTS: Final = _fs(lx.DOCUMENT_NOUNS)
_DOCUMENT_HEADS: Final = _fs(lx.DOCUMENT_SPEAKER_HEADS)
_SIGNED_RE: Final = re.compile("(?:" + "|".join(lx.SIGNED_PARTICIPLES) + ")\\s+(?:(?:" + "|".join(lx.ISSUE_ADVERBS)
                        + ")\\s+)?(?:" + "|".join(lx.SIGNED_LINKS) + ")\\s+")
_KUNYA: Final = _fs(lx.KUNYA_PARTICLES)
# A narration scan's window: this many characters each side of its range, and at least this
# many words (a scan looks up to 12 words after a name's start and 5 before a verb).
_VIEW_CHARS: Final = 300
_VIEW_MARGIN: Final = 16
_IBN: Final = fold_word(lx.PATRONYMIC_LINKS[2])  # "ابن"
_CONSTRUCT_PREFIXES: Final = ("\N{ARABIC LETTER BEH}", lx.LAM)
# "جامعة الملك عبدالعزيز" names a university; "الأمير محمد بن سلمان" is a person.
_DEMONSTRATIVES: Final = _fs(lx.DEMONSTRATIVES)
_PLURAL_DEMONSTRATIVES: Final = _fs(lx.PLURAL_DEMONSTRATIVES)
_ONE_OF: Final = _fs(lx.ONE_OF_HEADS)
_SET_OFF_DASH_RE: Final = re.compile(r"\s+[-–—]+(?=(\w+))")
_ROLE_DEICTICS: Final = _fs(lx.ROLE_DEICTICS)
_NAMED_PLACES: Final = _fs(lx.NAMED_PLACES)
_PLACES: Final = _fs(lx.PLACES + lx.GOVERNMENT_METONYMS)
_AREA_NOUNS: Final = _fs(lx.AREA_NOUNS)


def _names_institution(folded: str) -> bool:
    """Tell whether an indefinite noun takes a person's name as the institution's: "مجموعة"، "مستشفى"."""
    return not folded.startswith(_ARTICLE) and folded not in _PLACES and (folded in _ORG_HEADS or folded in _NAMED_PLACES)


def _in_place_name(folded: list[str], j: int) -> bool:
    """Return whether the given name at ``j`` completes a place or a tribe.

    "بجامعة الملك عبدالعزيز"، "لمؤسسة الأمير محمد بن فهد" (at "فهد" too)، "قبيلة بني عامر".
    """
    if j and folded[j - 1] == _TRIBE_SONS:
        return True
    while j >= 2 and folded[j - 1] in _PATRONYMIC_LINKS:
        j -= 2
    if j >= 2 and folded[j - 1] in _HONORIFICS and _names_institution(folded[j - 2]):
        return True  # "مجموعة د. سليمان الحبيب الطبية"
    if j < 2 or folded[j - 1] not in _DYNASTIC:
        return False
    noun = folded[j - 2]
    return noun in _NAMED_PLACES or noun[1:] in _NAMED_PLACES
_THEOPHORIC: Final = fold_word(lx.THEOPHORIC_PREFIX)
_ROLE_SCAN_STOPS: Final = _fs(lx.ROLE_SCAN_STOPS + lx.ADJUNCT_STARTERS)
_STATEMENT_DOC: Final = fold_word(lx.DOCUMENT_NOUNS[0])
_STOP_WORDS: Final = _fs(lx.NAME_STOP_WORDS)
_COMPLEMENTIZERS: Final = _fs(lx.COMPLEMENTIZERS)
_PREP_AN: Final = fold_word(lx.SUBJECT_END_PREPOSITIONS[0])
_AGE_MODIFIERS: Final = _fs(lx.AGE_MODIFIERS)
_AGE_UNITS: Final = _fs(lx.AGE_UNITS)
_DESCRIPTOR_NISBAS: Final = _fs(lx.NAME_DESCRIPTOR_NISBAS)


def _cut_age_clause(segment: str) -> str:
    """Drop an age clause and what follows it from a subject segment.

    '"ديبي" البالغة من العمر 43 عاما' → '"ديبي"'; "جون ميلر 41 عاما" and "جون ميلر /41 عاما/"
    → "جون ميلر".
    """
    words = segment.split()
    cut = next((k for k, w in enumerate(words) if k and (fold_word(w) in _AGE_MODIFIERS or any(
        c.isdigit() for c in w) and k + 1 < len(words) and fold_word(words[k + 1].strip("/")) in _AGE_UNITS)), None)
    return segment if cut is None else " ".join(words[:cut])


def _nisba_before_name(rest: list[str], frest: list[str]) -> int | None:
    """Return where a name starts after a leading nationality adjective, or None.

    "الكاميروني أمينو بوبا" → 1 (name "أمينو بوبا", role "الكاميروني").
    """
    if len(rest) < 2:
        return None
    if frest[0] not in _DESCRIPTOR_NISBAS and not (
            len(rest) >= 4 and frest[0].startswith(_ARTICLE) and frest[0].endswith(_NISBA_ENDINGS[1])
            and _is_plain_name_word(rest[1]) and _is_plain_name_word(rest[2]) and _is_role_head(rest[3])):
        # ("التونسي جلال قادري مدرب الفريق": a nisba that is also a family name is a nationality
        # only before two name words and a title)
        return None
    if rest[0][-1:] in _PUNCT:
        return None
    if _is_given(rest[1]):
        return 1
    # Without a known given name, two plain name words: "الكاميروني أمينو بوبا".
    pair = rest[1:3]
    if len(pair) < 2 or any(not _is_plain_name_word(w) for w in pair):
        return None
    return 1


def _is_plain_name_word(word: str) -> bool:
    """Tell whether a word can be an unknown foreign name part.

    "أمينو" → True; "وزعيم" (conjunction), "رداً" (accusative), "اعتزامه" (pronoun) → False.
    """
    folded = fold_word(word)
    return _is_name_word(word) and word[:1] not in _QUOTES and folded not in _STOP_WORDS \
        and folded not in _NAME_STOPPERS and folded not in _PLACES and folded not in _AREA_NOUNS \
        and not _is_prepositional_institution(folded) \
        and not folded.startswith(_CLITIC_DEFINITE) \
        and folded[:1] != _WAW and not word.endswith(lx.NON_NAME_ENDINGS) and word[-1:] not in _PUNCT


@dataclass
class Mention:
    """A speaker mention split into its parts."""

    text: str
    name: str = ""
    role: str = ""
    kind: str = "unknown"  # person / organization / anonymous / role / unknown
    aliases: tuple[str, ...] = ()
    evidence: int = 1  # 2 when a given name or a title marks where the name starts


@dataclass
class Entity:
    """One speaker of the article registry."""

    name: str
    kind: str
    role: str = ""
    gender: str = ""
    aliases: list[str] = field(default_factory=list)
    weak: bool = False  # from a frame whose subject boundary is a guess
    roles: list[str] = field(default_factory=list)  # every title seen: "الزوج", "زوج المعلمة"

    def __post_init__(self) -> None:
        self.note_role(self.role)

    def note_role(self, role: str) -> None:
        """Remember another title of this speaker; the first one stays the role shown."""
        if role and role not in self.roles:
            self.roles.append(role)
            self.role = self.role or role

    @property
    def tokens(self) -> list[str]:
        return [fold_word(w) for w in self.name.split()]


def _first_word(text: str) -> str:
    """Return the first word of ``text``, or "" when it has none."""
    words = text.split()
    return words[0] if words else ""


def _words(text: str) -> list[str]:
    return [w.strip(_PUNCT) for w in text.replace("،", " ، ").split() if w.strip(_PUNCT) or w == "،"]


def _is_given(word: str) -> bool:
    """Return whether ``word`` is a given name ("على" the preposition is not "علي")."""
    folded = fold_word(word)
    if word.endswith("\N{ARABIC LETTER ALEF MAKSURA}"):
        return word in _GIVEN_WRITTEN  # "يحيى"، "منى" as written; "على" folds like "علي"
    if folded in _ROLE_LINKS:
        return False
    return folded in _GIVEN or (folded.startswith(_THEOPHORIC) and len(folded) > 4)


def _org_name(words: list[str]) -> list[str]:
    """Return the institution's name words: a head and its chain of definite words.

    "المقاومة الشعبية اليمنية بسط نفوذها" → "المقاومة الشعبية اليمنية";
    "الشؤون الصحية بمحافظة الأحساء" keeps the construct "بمحافظة الأحساء".
    """
    second = fold_word(words[1]) if len(words) > 1 else ""
    if not fold_word(words[0]).startswith(_ARTICLE) and not second.startswith(_ARTICLE):
        # An indefinite head takes a proper name: "جامعة تبوك"، "موقع كالتشيو ميركاتو".
        out = words[:1]
        for word in words[1:4]:
            folded = fold_word(word)
            if folded in _LETTER_NAMES and out[-1] != words[0]:
                out.append(word)  # "شبكة سي إن إن": a spelled-out name ("إن" is no particle there)
                continue
            if (folded in _STOP_WORDS and folded != _PREP_AN) or folded in _NAME_STOPPERS \
                    or folded.endswith(lx.FEMININE_PLURAL_OBJECT_SUFFIXES):
                break
            out.append(word)
        return out
    out = words[:1]
    ruler = False  # inside the name of a ruler an institution is named after
    for i in range(1, len(words)):
        folded = fold_word(words[i])
        if folded in _NAME_STOPPERS:
            break
        definite = folded.startswith(_DEFINITE)
        if ruler and not definite:
            # "كلية الهندسة بجامعة الملك عبدالعزيز"، "بمستشفى الأمير محمد بن فهد": his name and lineage
            if not (_is_plain_name_word(words[i]) or folded in _PATRONYMIC_LINKS or folded == _FAMILY_LINK):
                break
            out.append(words[i])
            continue
        ruler = folded in _DYNASTIC or folded[:1] in _CONSTRUCT_PREFIXES and folded[1:] in _DYNASTIC
        nxt = fold_word(words[i + 1]) if i + 1 < len(words) else ""
        # A construct joins only behind a preposition: "بمحافظة الأحساء", "لدار الإفتاء";
        # "الوزارة اكتمال الاستعدادات" has a verbal-noun object instead.
        construct = (folded[:1] in _CONSTRUCT_PREFIXES or folded == _PREP_AN) \
            and nxt.startswith((_ARTICLE, lx.ARTICLE_AFTER_LAM))  # "مجلس الدفاع عن الموارد"
        if definite or construct:
            out.append(words[i])
        else:
            break
    return out


def _is_name_word(word: str) -> bool:
    folded = fold_word(word)
    if any(ch.isdigit() for ch in folded):
        return False  # "الـ 17 إبراهيم": an ordinal before the name
    return not (folded.startswith(_DEFINITE) and not _foreign_wal(folded, word) or folded in _ROLE_HEADS
                or folded in _ROLE_LINKS or folded in _HONORIFICS or folded in _ORG_HEADS or folded in _ANON_HEADS)


def _bare_imperfect(word: str) -> bool:
    """Tell whether an unknown word is a bare imperfect verb: "يعدل"، "تعلن" (a prefix, three
    root letters, no long vowel: not "تويتر"، "تايمز", which a foreign name spells with one)."""
    return len(word) == 4 and word.startswith(lx.IMPERFECT_PREFIXES) and not any(ch in _LONG_VOWELS for ch in word[1:]) \
        and word_class(word) is None


def _foreign_wal(folded: str, word: str) -> bool:
    """Tell whether a word that opens like a clitic + article is a foreign name: "والتز"، "والش"، "فال".

    Two letters or fewer after "وال"، "فال"، "بال" or "كال" leave no Arabic noun ("والد" is a
    word of its own).
    """
    return folded[:3] in _CLITIC_ARTICLES and len(folded) <= 5 and word_class(word) is None


# An institution's head and a name in quotation marks, closed or cut at the mark by the mention.
_QUOTED_INSTITUTION_RE: Final = re.compile(
    "[ \t]*([^\\s" + _QUOTES + "]+)[ \t]*[" + _QUOTES + "]([^" + _QUOTES + "\n،,]{1,60}?)(?:[" + _QUOTES + "]|$)")


@lru_cache(maxsize=32768)  # (a pure function of the string, asked again by the narration scans)
def split_role_and_name(text: str, *, quoted: bool = False) -> Mention:
    """Split a mention into role and name.

    "الرئيس الروسي فلاديمير بوتين" → name "فلاديمير بوتين", role "الرئيس الروسي";
    "الدكتور سليمان السماحي الرئيس التنفيذي" → name "سليمان السماحي".
    """
    signed = _SIGNED_RE.search(text)
    if signed and (fold_word(_first_word(text)) in _DOCUMENTS
                   or not any(_is_given(w) or fold_word(w) in _HONORIFICS for w in text[: signed.start()].split())):
        # "البيان الموقع باسم راجيش ميهتا": the signatory speaks.
        return split_role_and_name(_without_issue_time(text[signed.end() :]))
    first, words = fold_word(_first_word(text)), text.split()
    if len(words) > 1 and (fold_word(words[-1]) in _EMPHATIC_SELF or fold_word(words[-1]) in _ROLE_DEICTICS):
        # "النائب المعارض نفسه": the role named before, stressed; "مدير المستشفى آنذاك": then
        return split_role_and_name(text.rsplit(None, 1)[0], quoted=quoted)
    if len(words) > 1 and first in _DEMONSTRATIVES and fold_word(words[1]).startswith(_ARTICLE):
        # "هذا المسؤول": the role named before, pointed at
        return split_role_and_name(text.split(None, 1)[1], quoted=quoted)
    pointed = next((k for k, w in enumerate(words[1:], 1) if fold_word(w) in _DEMONSTRATIVES
                    and fold_word(words[k - 1]).startswith(_ARTICLE)), None)
    if pointed is not None:
        # "ووصف وزير الأوقاف المصري هؤلاء الإرهابيين بأنهم": after a definite word (not a
        # construct head or a preposition: "مديرة هذه المؤسسة"), a demonstrative opens the object
        return split_role_and_name(" ".join(words[:pointed]), quoted=quoted)
    issuer = next((k for k, w in enumerate(words[1:3], 1) if is_issuer_verb(w)), None)
    if issuer is not None and issuer + 1 < len(words) and first in _DOCUMENT_HEADS:
        # "تقرير نشره البنك الدولي"، "دراسة حديثة أجرتها جامعة …": the verb's subject issued it.
        return split_role_and_name(_without_issue_time(" ".join(words[issuer + 1 :])))
    if len(words) > 1 and first in _DOCUMENT_HEADS and _names_issuer(words[1]):
        # "تقرير مجلس التنمية"، "بيان الخارجية": the document in construct with its issuer.
        return split_role_and_name(text.split(None, 1)[1], quoted=quoted)
    if len(words) > 1 and not _is_given(words[0]) and (
            first in CUE_FORMS or first[1:] in CUE_FORMS and first[:1] in _CONJUNCTIONS
            or word_class(words[0]) == "verb" and not is_name_like(words[0]) and _is_given(words[1])):
        # "أكد السيسي"، "اشاد غازي عسيري": a verb of saying read into the subject is no part of it.
        return split_role_and_name(text.split(None, 1)[1], quoted=quoted)
    text = _GLUED_ABBREVIATION_RE.sub(r"\1 ", text)  # "أ.د.عبدالله" → "أ.د. عبدالله"
    folded_words = [fold_word(w) for w in words]
    tribute = None if _TRIBUTE_NOUNS.isdisjoint(folded_words) else next(
        (k for k, w in enumerate(folded_words[1:], 1) if w in _TRIBUTE_NOUNS), None)
    while tribute is not None and tribute > 1 and _praises(words[tribute - 1]):
        tribute -= 1  # "أسمى آيات التهاني"، "جزيل الشكر": the object opens with its praise
    if tribute is not None:
        # "اللواء سامر الحربي الشكر لخادم الحرمين الشريفين الملك …": the thanks and whom
        # they go to are the verb's object, not its subject.
        return split_role_and_name(" ".join(words[:tribute]), quoted=quoted)
    # A dash opening a title sets it off like a comma: "ندى السالم -معلمة-" (not "كيم يونج –نام").
    text = _SET_OFF_DASH_RE.sub(lambda m: "، " if _is_role_word(fold_word(m.group(1))) else m.group(0), text)
    # A quoted name closes before a person's given name: 'رئيس الشركة “سياحية” صالح قدح'.
    text = _CLOSING_QUOTE_RE.sub(lambda m: m.group(1) + "، " if _is_given(m.group(2)) else m.group(0), text)
    quoted_name = _QUOTED_INSTITUTION_RE.match(text)
    if quoted_name and fold_word(quoted_name.group(1)) in _ORG_HEADS:
        # 'صحيفة «الصنداي تليجراف»'، 'شركة "جنرال إلكتريك"': the marks bound the institution's name
        return Mention(text, " ".join(_words(quoted_name.group(0))), "", "organization")
    segments = [s for s in (" ".join(_words(part)) for part in text.replace(",", "،").split("،")) if s]
    if not segments:
        return Mention(text)
    quoted = quoted or text.strip()[:1] in _QUOTES
    parts = [_closed_family_name(_split_segment(seg, quoted=quoted and i == 0)) for i, seg in enumerate(segments)]
    parts = [_without_false_name(p) for p in parts]
    named = [p for p in parts if p.kind == "person" and p.name]
    lead = _apposed_name(parts[0]) if len(parts) > 1 and parts[0].kind != "role" else None
    if lead is not None and _opens_with_role(segments[1]) and not _titled_name(parts[1]):
        # "سامي خليل، أحد مديري حملة أحمد": the name before the title, not the one inside it.
        role = " ".join(p.text for p in parts[1:])
        return Mention(text, lead.name, role, "person", (), max(2, parts[0].evidence))
    if not named and parts[0].kind == "role":
        named = [name for p in parts[1:] if (name := _apposed_name(p)) is not None][:1]
    if named:
        # On a tie a bare name wins over a role's tail: "وزيرة منطقة جارخاند، رغوبار داس".
        best = max(named, key=lambda p: (p.evidence, not p.role))
        roles = [p.role or p.text for p in parts if p is not best and p.kind in ("role", "organization", "group")]
        roles += [p.text for p in named if p is not best and p.role]
        role = " ".join(r for r in [best.role, *roles] if r)
        return Mention(text, best.name, role, "person", best.aliases, best.evidence)
    if parts[0].kind == "unknown":
        return _profession_before_name(parts[0]) or _name_before_title(parts[0]) or parts[0]
    if parts[0].kind == "anonymous":
        return _named_after_description(parts[0]) or parts[0]
    if parts[0].kind == "group":
        return _name_before_title(parts[0]) or parts[0]
    return parts[0]


def _names_issuer(word: str) -> bool:
    """Tell whether the word after a document in construct opens its issuer.

    "تقرير مجلس …"، "بيان الخارجية"، 'تقرير «ساما»' do; "تقرير حديث"، "بيان صادر" do not.
    """
    folded = fold_word(word.strip(_QUOTES))
    return bool(folded) and (folded.startswith(_ARTICLE) and word_class(folded) is None or folded in _ORG_HEADS
                             or word.strip()[:1] in _QUOTES or is_name_like(folded))


def _praises(word: str) -> bool:
    """Tell whether a word opens a tribute in construct: an elative ("أسمى"، "أحر") or "جزيل"."""
    folded = fold_word(word)
    return folded in _TRIBUTE_OPENERS or _is_elative(folded)


def _closed_family_name(part: Mention) -> Mention:
    """Cut a person's name after a family-name ending: "جاويش أوغلو بدء" → "جاويش أوغلو"."""
    words = part.name.split()
    if part.kind != "person" or len(words) < 3:
        return part
    end = next((k + 1 for k, w in enumerate(words[1:-1], 1) if fold_word(w) in _FAMILY_SUFFIXES), len(words))
    if end == len(words):
        return part
    return Mention(part.text, " ".join(words[:end]), part.role, part.kind, part.aliases, part.evidence)


def _is_abbreviated_title(role: str) -> bool:
    """Tell whether a role is only an abbreviated or article-less title: "د"، "م."، "مهندس"."""
    folded = fold_word(role.rstrip("."))
    return len(folded) == 1 or folded in _NAME_TITLES


def _is_nisba_alone(name: str) -> bool:
    """Return whether a "name" is one definite adjective of origin: "الألماني".

    A given name with the article is a family name, though folded it ends like one: "الموسى"، "المصطفى".
    """
    word = fold_word(name)
    return " " not in name and word.startswith(_ARTICLE) and word.endswith(_NISBA_ENDINGS) \
        and not _is_given(name[len(_ARTICLE):])


def _without_false_name(part: Mention) -> Mention:
    """Return a segment read as a role and a name again when the "name" is none.

    The role's own complement ("المدرب الألماني": a title; but "د. الطبيقي", an abbreviated
    title, marks a family name), an unnamed source's adjectives ("مسؤول تركي رفيع" is not a man
    named "تركي"), or the verb's object ("ووجه مدير الأمن العام رسالة إلى": the role alone).
    """
    if part.kind != "person" or not part.role:
        return part
    if _completes_role(part.name) and not _is_abbreviated_title(part.role):
        return _nationality_role(part)
    if _unnamed_source(part):
        return Mention(part.text, part.text, "", "anonymous")
    if _object_after_role(part) or _preposition_then_object(part.name):
        return Mention(part.text, "", part.role, "role")
    return part


def _completes_role(name: str) -> bool:
    """Return whether the "name" split off a role is the role's own complement, not a person.

    A nationality ("المدرب الألماني"), feminine adjectives ("مؤسسة تعليمية خاصة"), the role's
    adjectives ("النائب العام") or "ل" glued to a noun ("الناطق الإعلامي لجوازات المنطقة").
    A nisba the corpus mostly writes as a family name is one: "الدكتور الزهراني".
    """
    return _is_nisba_alone(name) and name_score(name) < _FAMILY_NISBA_SHARE or _feminine_adjectives(name) \
        or _role_adjectives(name) or _lam_phrase(name)


def _object_after_role(part: Mention) -> bool:
    """Return whether the one-word "name" after a definite role is a common noun: the verb's object.

    "مدير الأمن العام رسالة" ("ووجه … رسالة إلى"): an indefinite feminine noun (written with
    ة), found in no name position of the corpus, neither a given name nor shaped like a
    foreign one. After an honorific ("السيدة كاسماريك") a word is a name, whatever it is.
    """
    words, role = part.name.split(), part.role.split()
    if len(words) != 1 or not role or not fold_word(role[-1]).startswith(_ARTICLE) \
            or fold_word(role[0]) in _HONORIFICS:
        return False
    word = words[0]
    folded = fold_word(word)
    return word.endswith(_TEH_MARBUTA) and not folded.startswith(_ARTICLE) and name_score(word) == 0 \
        and not _is_given(folded) and not looks_foreign(word)


def _preposition_then_object(name: str) -> bool:
    """Return whether a "name" is the verb's preposition and its object: "علي ضرورة".

    A text that spells "على" with yeh makes it read like the given name "علي" after a role
    ("وأكد الوزير علي ضرورة …"); what follows is a verbal noun, not a family name.
    """
    words = name.split()
    if len(words) < 2 or not is_bare_particle(words[0]):
        return False
    second = fold_word(words[1])
    return second in _NOUN_OBJECT_WORDS or word_class(words[1]) == "masdar" and not second.startswith(_ARTICLE)


def _titled_name(part: Mention) -> bool:
    """Return whether a segment is a title and a name: "الشيخ خالد العمري"، "العريف سامي علي".

    Set off after another segment ("خطيب المسجد، الشيخ خالد العمري،") it is the person,
    and the segment before it describes him.
    """
    return part.kind == "person" and len(part.name.split()) >= 2 and part.evidence >= 2 \
        and fold_word(_first_word(part.text)) in _HONORIFICS


def _unnamed_source(part: Mention) -> bool:
    """Return whether a role of unnamed sources is followed only by its adjectives: "مسؤول تركي رفيع"."""
    role, words = fold_word(part.role), [fold_word(w) for w in part.name.split()]
    return role in _ANON_HEADS and bool(words) and words[0].endswith(_NISBA_ENDINGS[1]) and all(
        w.endswith(_NISBA_ENDINGS[1]) or w in _ANON_QUALIFIER_WORDS for w in words)


_MOSTLY_NAME: Final = 0.5  # a name share above which a short ل-word is a given name ("لطفي")


def _lam_phrase(name: str) -> bool:
    """Return whether a "name" opens with "ل" glued to a common noun: "لجمعيات المصدرين".

    It is the role's complement ("رئيس الاتحاد العربي لجمعيات المصدرين"): a definite or quoted
    word follows it, or alone it is an institution or a plural ("لصحافيين"). Names spelled
    with a first ل ("لوريتا لينش"، "لؤي") are not.
    """
    words = name.split()
    first = fold_word(words[0]) if words else ""
    if first[:1] != lx.LAM or _is_given(first):
        return False
    if len(words) == 2 and len(first) == 4 and (second := fold_word(words[1])).startswith(_ARTICLE) \
            and not second.endswith(_NISBA_ENDINGS[1]) and name_score(first) < _MOSTLY_NAME \
            and word_class(words[0][1:]) is not None:
        return True  # "لكرة القدم": a short noun and its definite genitive ("لطفي الحسن" is a name)
    if len(first) <= 4 or is_name_like(first):
        return False
    if len(words) > 1:
        return fold_word(words[1]).startswith(_ARTICLE) or words[1][:1] in _QUOTES
    rest = first[1:]
    return rest in _ORG_HEADS or rest.endswith(_PLURAL_ENDINGS)


def _role_adjectives(name: str) -> bool:
    """Return whether a "name" is only the adjectives that belong to a role: "العام التمييزي".

    "النائب العام" is a title, not a deputy named "العام".
    """
    words = [fold_word(w) for w in name.split()]
    return bool(words) and words[0] in _ROLE_LINKS and all(
        w in _ROLE_LINKS or w.startswith(_ARTICLE) and w.endswith(_NISBA_ENDINGS) for w in words)


def _feminine_adjectives(name: str) -> bool:
    """Return whether a "name" is only indefinite feminine adjectives, one of kind or origin: "تعليمية خاصة".

    They describe the noun before them ("مؤسسة تعليمية خاصة"), which is no title of a
    person named so; a given name spelled alike ("سمية") is a name.
    """
    words = [fold_word(w) for w in name.split()]
    return bool(words) and any(w.endswith(_FEMININE_NISBA) for w in words) and all(
        w.endswith(_FEMININE) and not w.startswith(_ARTICLE) and len(w) > 3 and not _is_given(w) for w in words)


def _nationality_role(part: Mention) -> Mention:
    """Return "المدرب الألماني" as a title, not a person named "الألماني"."""
    return Mention(part.text, "", part.text, "role")


def _profession_before_name(part: Mention) -> Mention | None:
    """Split "المصمم راجيف كومار": an unlisted definite profession before two or three name words.

    The profession may carry definite adjectives ("القناص السويدي المخضرم زلاتان
    إبراهيموفيتش"); the name words are indefinite, outside the dictionary and not numbers.
    """
    words = part.text.split()
    lead = next((k for k, w in enumerate(words) if not fold_word(w).startswith(_ARTICLE)), len(words))
    rest = words[lead:]
    if not 1 <= lead <= 4 or not 2 <= len(rest) <= 3:
        return None
    if any(fold_word(w).startswith(_ARTICLE) or word_class(w) is not None or any(c.isdigit() for c in w)
           or is_function_word(w) for w in rest):
        return None
    if lead > 1 and (fold_word(rest[0])[:1] == _WAW and not _is_given(rest[0])
                     or not all(_is_given(w) or _may_be_foreign_name_word(w) for w in rest)):
        return None  # (after adjectives the words must read as a name: not "… لعلاقات إيران"، "… سعادته")
    return Mention(part.text, " ".join(rest), " ".join(words[:lead]), "person", evidence=1)


def _named_after_description(part: Mention) -> Mention | None:
    """Split "ناشط حقوق الإنسان الكردي رحمان جوانمردي": a described person and the name after it.

    Only a single person's noun ("ناشط"، "شاهد"), not an unnamed source, a quantifier or a
    relative, whose description ends with a definite adjective of relation and two or three
    words that read as a name (for "مصدر مقرب من رئيس الحكومة تمام سلام" the name is another's).
    """
    words = part.text.split()
    folded = [fold_word(w) for w in words]
    if len(words) < 4 or folded[0] not in _SINGLE_PERSON_HEADS or any(w in _SOURCE_ATTACHMENTS for w in folded):
        return None
    for n in (2, 3):
        rest, before = words[-n:], folded[-n - 1]
        if before.startswith(_ARTICLE) and before.endswith(_NISBA_ENDINGS) \
                and all(not fold_word(w).startswith(_ARTICLE) and word_class(w) is None
                        and (_is_given(w) or _may_be_foreign_name_word(w)) for w in rest):
            return Mention(part.text, " ".join(rest), " ".join(words[:-n]), "person", evidence=1)
    return None


def _may_be_foreign_name_word(word: str) -> bool:
    """Tell whether an unlisted word may be part of a transliterated name: "إبراهيموفيتش"، "عراقجي".

    Not a word with a pronoun, tanween or a plural ending, a place or a title ("سعادته"،
    "تتويجًا"، "هتافات"، "إيران"، "لاعب").
    """
    folded = fold_word(word)
    return not (word.endswith(_WRITTEN_PRONOUN_ENDINGS)
                or _TANWEEN_FATH_RE.search(word) or folded.endswith(_FEMININE_PLURAL) and len(folded) > 4
                or folded in _PLACES or folded in _ROLE_HEADS or folded in _ORG_HEADS or folded in _STOP_WORDS)


def _name_before_title(part: Mention) -> Mention | None:
    """Split "فالديس دومبروفسكيس نائب رئيس المفوضية": two or three name words no list holds,
    then a title or a description of who the person is ("مدربة معتمدة"، "موظفة").

    The name words are outside the dictionary (a definite family name may end them); a
    feminine title counts as its masculine ("مدربة").
    """
    words = part.text.split()
    for k in (2, 3):
        if k >= len(words):
            return None
        title = fold_word(words[k])
        bare = title[2:] if title.startswith(_ARTICLE) else title
        if not (_is_role_word(title) or bare in _PERSON_DESCRIPTORS
                or _feminine_title(title)):  # ("مدربة", not "المراقبة")
            continue
        name = words[:k]
        if fold_word(name[0]) not in _DOCUMENT_HEADS and all(
                (_is_plain_name_word(w) or i == k - 1 and i and fold_word(w).startswith(_ARTICLE)
                 and fold_word(w).endswith(_NISBA_ENDINGS[1]))  # (a family name: "الخريجي", not "الشريك")
                and (word_class(w) is None or is_name_like(w)) for i, w in enumerate(name)):
            return Mention(part.text, " ".join(name), " ".join(words[k:]), "person", evidence=1)
        return None
    return None


def _opens_with_role(segment: str) -> bool:
    """Return whether a segment starts with a title: "أحد مديري الحملة", "رئيس النادي"."""
    first = fold_word(_first_word(segment))
    bare = first[2:] if first.startswith(_ARTICLE) else first
    return first in _ROLE_HEADS or bare in _ROLE_HEADS or first in _QUANTIFIED_ROLES


def _apposed_name(part: Mention) -> Mention | None:
    """Return a segment that is a bare personal name, set off by commas after a role.

    "رئيس المركز، والمقرب من الحكومة، كريم الساعدي" → the last segment: plain name words
    and at most one definite family name, last.
    """
    words = part.text.split()
    if not 2 <= len(words) <= 4 or not all(_is_plain_name_word(w) for w in words[:-1]):
        return None
    last = fold_word(words[-1])
    if not (_is_plain_name_word(words[-1]) or last.startswith(_ARTICLE) and last not in _ROLE_HEADS
            and last not in _ORG_HEADS and last not in _PLACES and last not in _STOP_WORDS):
        return None
    return Mention(part.text, part.text, "", "person", evidence=1)


def _namesake_institution(words: list[str], folded: list[str]) -> list[str] | None:
    """Return the name words of an institution named after a ruler, or None.

    "مدينة الملك عبدالعزيز للعلوم والتقنية"، "جامعة الأمير محمد بن فهد": the head noun, the
    dynastic title, the person's name (with its "بن" chain and "آل" family) and the definite
    modifiers after it; a role or an object after them is no part of it.
    """
    if len(words) < 3 or not _names_institution(folded[0]) or folded[1] not in _DYNASTIC \
            or folded[2].startswith(_ARTICLE) or folded[2] in _STOP_WORDS:
        return None
    k = 3
    while k + 1 < len(words) and (folded[k] in _PATRONYMIC_LINKS or folded[k] == _FAMILY_LINK):
        k += 2  # "بن عبدالعزيز"، "آل سعود"
    while k < len(words):
        word = folded[k]
        if word in _NAME_STOPPERS or word in _HONORIFICS or word in _ROLE_HEADS:
            break
        if word.startswith(_DEFINITE) or word[:1] == _WAW and word[1:].startswith(_ARTICLE):
            k += 1  # "الطبية"، "للعلوم"، "والتقنية"
        elif word[:1] in _CONSTRUCT_PREFIXES and k + 1 < len(words) and folded[k + 1].startswith(_ARTICLE):
            k += 2  # "لتنمية المرأة"
        else:
            break
    return words[:k]


def _unnamed_plural_end(rest: list[str], frest: list[str]) -> int:
    """Return where the description of people headed by an indefinite plural ends.

    Plural adjectives and a prepositional attachment are part of it ("مختصون نفطيون"،
    "مسؤولون في وزارة المالية"); the verb's object is not: a verbal noun, a verb, or a
    definite word straight after the indefinite words ("باحثون أستراليون الأطفال"). A head in
    construct keeps its genitive ("ممثلو الادعاء").
    """
    attached = not frest[0].endswith(_SUBJECT_PLURAL)  # in construct, or after a preposition
    for k in range(1, len(rest)):
        word = frest[k]
        if not attached and word_class(rest[k]) in ("masdar", "verb"):
            return k  # ("مسؤولون في وزارة التعليم": a verbal noun inside the attachment is a name's)
        if word.startswith(_ARTICLE) and not attached:
            return k
        attached = attached or is_function_word(word) or word[:1] in _CLITIC_PREPOSITIONS
    return len(rest)


def _source_of_someone(folded: list[str], words: list[str]) -> bool:
    """Tell whether an unnamed source names, in its description, someone it is close to.

    "مصدر مقرب من الرئيس فلان"، "مسؤول في مكتب الوزير فلان": the name is the preposition's
    object, so the speaker is the unnamed source, not the person.
    """
    if not folded or folded[0] not in _UNNAMED_SOURCE_HEADS:
        return False
    given = next((k for k, w in enumerate(words) if _is_given(w)), None)
    # Only adjectives stand between the source and its preposition: "مسؤول عمليات الإغاثة في
    # الأمم المتحدة فلان" is a title in construct, and the name after it speaks.
    attached = next((k for k, w in enumerate(folded[1:given], 1) if w in _SOURCE_ATTACHMENTS), None)
    return attached is not None and all(_qualifies_source(w) for w in folded[1:attached])


def _qualifies_source(folded: str) -> bool:
    """Tell whether a word describes an unnamed source as an adjective: "مطلع"، "مقربة"، "أمني"."""
    bare = folded[:-1] if folded.endswith(_HEH) else folded  # (teh marbuta folds to heh)
    return not folded.startswith(_ARTICLE) and (
        bare in _ANON_QUALIFIER_WORDS or bare.endswith(_YEH) or bare[:-2] in _ANON_QUALIFIER_WORDS)


def _split_segment(segment: str, *, quoted: bool = False) -> Mention:
    segment = _cut_age_clause(segment)
    words = segment.split()
    folded = [fold_word(w) for w in words]
    if (institution := _namesake_institution(words, folded)) is not None:
        return Mention(segment, " ".join(institution), "", "organization")
    if 2 <= len(words) <= 3 and folded[0] == _FAMILY_LINK and all(_is_plain_name_word(w) for w in words[1:]):
        return Mention(segment, segment, "", "person")  # "آل دغيم": a family name alone names its bearer
    if 2 <= len(words) <= 4 and folded[0] in _TITLES_OF_SOMEONE and not words[0].endswith(_TEH_MARBUTA) \
            and all(_is_plain_name_word(w) for w in words[1:]) \
            and (len(words) > 2 or _is_given(words[1]) or looks_foreign(folded[1])):
        # "رئيسها إبراهام فوكسمان": a title with "its", then the holder's name
        return Mention(segment, " ".join(words[1:]), words[0], "person", evidence=1)
    # Honorifics before a name are dropped: "الدكتور"، "الفريق الركن".
    i = 0
    name_follows = any(not w.startswith(_ARTICLE) for w in folded)
    while i < len(words):
        if folded[i] in _HONORIFICS or (folded[i][:1] == _WAW and folded[i][1:] in _HONORIFICS) \
                or words[i].endswith("\N{ARABIC LETTER TEH MARBUTA}") and folded[i][:-1] in _HONORIFICS:
            i += 1  # "الخبير والكاتب الدكتور …": coordinated titles too; "القاضية" as "القاضي"
        elif not i and folded[0] in _NAME_TITLES and len(words) > 2 and _is_plain_name_word(words[1]) \
                and not _is_given(words[1]) and _is_plain_name_word(words[2]):
            i += 1  # "مهندس رائف زكي": a title without the article before an unknown name
        elif i and name_follows and folded[i][:1] == _WAW and _is_role_head(words[i][1:]):
            i += 1  # "الكاتب والمحلل السياسي سامر الخطيب": a coordinated role
        elif i and name_follows and folded[i].startswith(_ARTICLE) and folded[i] not in _ROLE_HEADS \
                and folded[i] != _FAMILY_LINK \
                and len(folded[i - 1].rstrip(".")) > 2 \
                and any(not w.startswith(_ARTICLE) for w in folded[i:]):
            i += 1  # adjectives of a title when a name follows: "الباحث الاجتماعي جمعة الخياط"
        else:
            break
    honor = " ".join(words[:i])
    rest, frest = words[i:], folded[i:]
    if len(rest) >= 3 and frest[-1] in _PERSON_DESCRIPTORS and frest[-2] not in _NAME_LINKS \
            and all(_is_plain_name_word(w) for w in rest[:-1]):
        # "جعفر حسين مستهلك": who the person is, after the name ("علي بن أبي طالب" keeps its link)
        named = _split_segment(" ".join(words[: i + len(rest) - 1]), quoted=quoted)
        if named.kind == "person" and named.name and named.evidence >= 2:  # (a given name: not "كلمات مبتذلة")
            return Mention(segment, named.name, " ".join(x for x in (named.role, rest[-1]) if x), "person",
                           named.aliases, named.evidence)
    if _is_styled_title(frest):
        return Mention(segment, "", segment, "role")  # "نائب خادم الحرمين": a title, nobody named
    if _relative_of_the_bereaved(frest):
        return Mention(segment, segment, "", "anonymous")  # "أحد أقارب الشهيد العريف سامر الحربي"
    if not honor and " ".join(frest) in _PLACES:
        return Mention(segment, segment, "", "organization")  # "تل أبيب" speaks for its government
    if not rest:
        return Mention(segment, "", segment, "role")
    head = frest[0]
    if len(rest) > 1 and head.endswith(_ALEF) and head[:-1] in _ROLE_HEADS and frest[1].startswith(_ARTICLE):
        return Mention(segment, segment, "", "group")  # "رئيسا الناديين": a title's dual, two people
    if head in _ANON_HEADS and not any(_is_given(w) for w in rest) or _source_of_someone(frest, rest):
        return Mention(segment, segment, "", "anonymous")
    if not honor and not head.startswith(_ARTICLE) and is_subject_plural(head) \
            and not any(_is_given(w) for w in rest):
        # "أمنيون وتربويون"، "مختصون من الاتحاد الأوروبي"، "ممثلو الادعاء": people unnamed
        return Mention(segment, " ".join(rest[:_unnamed_plural_end(rest, frest)]), "", "anonymous")
    # A known given name starts the name wherever it is.
    j = 0
    while j < len(rest):
        if _is_given(rest[j]) and _relation_genitive(rest, frest, j):
            j = _name_end(rest, frest, j)  # "زوجة محمد علي": the whole genitive name is another person's
            continue
        if _is_given(rest[j]) and not _in_place_name(frest, j):
            end = _name_end(rest, frest, j)
            j = _name_start_before_given(rest, frest, j)
            name = " ".join(rest[j:end])
            role = " ".join(x for x in (honor, " ".join(rest[:j]), " ".join(rest[end:])) if x)
            return Mention(segment, name, role, "person", _kunya_alias(rest[j:end]), evidence=2)
        j += 1
    # A name after an inner title: "الخبير والكاتب الاقتصادي الدكتور مقبل الذكير".
    # ("مجموعة د. سليمان الحبيب الطبية": a title after an institution noun names the institution)
    inner = max((k for k, w in enumerate(frest) if k and w in _HONORIFICS and not _names_institution(frest[k - 1])),
                default=None)
    if inner is not None and inner + 1 < len(rest) and _is_name_word(rest[inner + 1]) \
            and (not _opens_prepositional_phrase(rest[inner + 1])
                 or inner + 2 < len(rest) and frest[inner + 2] in _PATRONYMIC_LINKS) \
            and not _is_prepositional_institution(frest[inner + 1]) and not _in_place_name(frest, inner + 1):
        end = _name_end(rest, frest, inner + 1)
        return Mention(segment, " ".join(rest[inner + 1 : end]),
                       " ".join([honor, *rest[: inner + 1], *rest[end:]]).strip(), "person", evidence=2)
    if honor and len(rest) >= 2 and head in _TITLE_GIVEN_NAMES and frest[1].startswith(_ARTICLE) \
            and frest[1] not in _ROLE_HEADS and frest[1] not in _ORG_HEADS and frest[1] not in _PLACES \
            and word_class(rest[1]) is None:
        end = _name_end(rest, frest, 0)  # "الدكتور مساعد الأحمد": a given name that is also a title
        return Mention(segment, " ".join(rest[:end]), " ".join([honor, *rest[end:]]).strip(), "person", evidence=2)
    if head in _ROLE_HEADS and not head.startswith(_ARTICLE) and len(rest) == 2 and not _is_given(rest[1]) \
            and fold_word(rest[1]).endswith(lx.NISBA_ENDING) and not frest[1].startswith(_ARTICLE):
        return Mention(segment, segment, "", "anonymous")  # "خبير أمني": an unnamed source
    if head in _ROLE_HEADS and len(rest) == 2 and not _is_given(rest[1]) and not fold_word(rest[1]).startswith(_ARTICLE):
        return Mention(segment, "", segment, "role")  # "أمير عسير": a title, no name
    if _is_role_head(rest[0]):
        spoken_for = _spokesman_of_a_person(rest, frest)
        if spoken_for is not None:
            return spoken_for  # "ناطق بلسان نتنياهو": the spokesman speaks, unnamed
        # A prepositional phrase after the name is the role's: "القاضية باربره جافي بالمحكمة العليا".
        tail = next((k for k in range(2, len(rest)) if _opens_prepositional_phrase(rest[k])
                     and all(_is_plain_name_word(w) and word_class(w) is None for w in rest[k - 2 : k])
                     and frest[k - 1] not in _PLACES), len(rest))
        if tail < len(rest):
            inner_part = _split_segment(" ".join([honor, *rest[:tail]]).strip())
            if inner_part.kind == "person" and inner_part.name:
                return Mention(segment, inner_part.name, " ".join([inner_part.role, *rest[tail:]]).strip(),
                               "person", inner_part.aliases, inner_part.evidence)
        # A name between two titles: "حاكم ويسكونسن سكوت ووكر المرشح الجمهوري".
        later = next((k for k in range(3, len(rest)) if frest[k].startswith(_ARTICLE) and _is_role_word(frest[k])
                      and not (k + 1 < len(rest) and _is_given(rest[k + 1]))  # ("مطار الملك عبدالعزيز")
                      and all(_is_name_word(w) and word_class(w) is None for w in rest[k - 2 : k])), None)
        if later is not None:
            inner_part = _split_segment(" ".join([honor, *rest[:later]]).strip())
            if inner_part.kind == "person" and len(inner_part.name.split()) >= 2:
                return Mention(segment, inner_part.name, " ".join([inner_part.role, *rest[later:]]).strip(),
                               "person", inner_part.aliases, inner_part.evidence)
        # Trailing run of name words after the role: "المتحدث باسمه دميتري بيسكوف".
        j = len(rest)
        while j > 1 and _is_name_word(rest[j - 1]) and not _is_prepositional_place(frest[j - 1]) \
                and not _opens_prepositional_phrase(rest[j - 1]) and frest[j - 1] not in _PLACES \
                and not _is_prepositional_institution(frest[j - 1]) and frest[j - 1] not in _AREA_NOUNS:
            if frest[j - 1].startswith(_WAW_ARTICLE) and not _is_name_word(rest[j - 2]):
                break  # "وزارة الأوقاف والحج منير …": a foreign "والش" only after a first name
            j -= 1
        if 1 < j < len(rest) and (_opens_prepositional_phrase(rest[j - 1]) or _is_prepositional_institution(frest[j - 1])):
            # "ضابط الشرطة هانز ستروم بمنطقة فيستفولد": names on both sides of a
            # prepositional phrase; the one before it is the person, the one after a place.
            k = j - 1
            while k > 1 and _is_name_word(rest[k - 1]) and not _opens_prepositional_phrase(rest[k - 1]):
                k -= 1
            if k < j - 1 and not _in_place_name(frest, k):
                return Mention(segment, " ".join(rest[k : j - 1]), " ".join([honor, *rest[:k], *rest[j - 1 :]]).strip(),
                               "person")
            if j < len(rest) - 2 and frest[j] in _PLACES:
                j += 1  # "السفير العراقي في عمان جواد هادي عباس": the place ends the phrase
            elif frest[j - 1] in _FREE_PREPOSITIONS and len(rest) - j <= 2 \
                    and not any(_is_given(w) for w in rest[j:]):
                j = len(rest)  # "قنصل المملكة في لوس أنجلوس": the preposition's object, a place
            elif not frest[j - 1].startswith(_CLITIC_DEFINITE) \
                    and not any(_is_given(w) or is_name_like(w) or looks_foreign(w) for w in rest[j:]):
                # "عضو مجلس الشيوخ لخمس فترات ولاية": an indefinite phrase's complement, not a
                # name ("المدير الإقليمي للبرنامج مهند هادي" ends its phrase with the article).
                j = len(rest)
        if j < len(rest) and frest[j - 1] in _AREA_NOUNS:
            j = len(rest)  # "حاكم ولاية أركنسا": the words name the area, not a person
        if j < len(rest) and not _in_place_name(frest, j) and not _relation_genitive(rest, frest, j):
            return Mention(segment, " ".join(rest[j:]), " ".join([honor, *rest[:j]]).strip(), "person")
        if j < len(rest) and _relation_genitive(rest, frest, j):
            return Mention(segment, segment, "", "anonymous")  # "مساعدة هيلاري كلينتون": the aide, unnamed
        family = _family_name_start(rest, frest)
        if family is None and len(rest) >= 3 and frest[-3].startswith(_ARTICLE) and frest[-3] not in _HONORIFICS \
                and _unlisted_name_with_family(rest[-2:], frest[-2:]) and not _in_place_name(frest, len(rest) - 2) \
                and not _opens_prepositional_phrase(rest[-2]):
            # "وزير الخارجية سامر الحربي": after the title's last word ("الاتحاد الدولي لألعاب القوى"
            # ends with the federation's field, no name)
            family = len(rest) - 2
        if family is not None:
            return Mention(segment, " ".join(rest[family:]), " ".join([honor, *rest[:family]]).strip(), "person")
        return Mention(segment, "", segment, "role")
    nisba = None if honor else _nisba_before_name(rest, frest)
    if nisba is not None:
        end = _name_end(rest, frest, nisba)
        end = next((k for k in range(nisba + 1, end) if _is_prepositional_institution(frest[k])), end)
        return Mention(segment, " ".join(rest[nisba:end]), " ".join(rest[:nisba] + rest[end:]), "person")
    later = next((k for k in range(len(rest) - 3, 0, -1) if frest[k] in _DESCRIPTOR_NISBAS
                  or head.startswith(_ARTICLE) and head not in _ORG_HEADS and _is_nisba_alone(rest[k])), None)
    if later is not None and len(rest) - later <= 4 and word_class(rest[later + 1]) is None \
            and all(_is_plain_name_word(w) for w in rest[later + 1 :]):
        # "العداء الجامايكي أوساين بولت": a nationality, then the person's name.
        return Mention(segment, " ".join(rest[later + 1 :]), " ".join([honor, *rest[: later + 1]]).strip(), "person")
    if head.startswith(_ARTICLE) and head not in _ORG_HEADS and (family := _family_name_start(rest, frest)) is not None:
        # "القاصة فتحية الراشد": a definite descriptive noun, then a name with its family name.
        return Mention(segment, " ".join(rest[family:]), " ".join([honor, *rest[:family]]).strip(), "person")
    if head in _ORG_HEADS or head.startswith(_ARTICLE) and not honor and not _hamza_initial(rest[0]):
        return Mention(segment, " ".join(_org_name(rest)), "", "organization" if head in _ORG_HEADS else "unknown")
    if honor and head.startswith(_ARTICLE):
        return Mention(segment, rest[0], honor, "person")  # "العميد السحيباني": a family name
    if honor and _is_name_word(rest[0]):
        end = _name_end(rest, frest, 0)  # "الدكتور مقبل الذكير": a title marks the name
        return Mention(segment, " ".join(rest[:end]), " ".join([honor, *rest[end:]]).strip(), "person",
                       evidence=2)
    if fold_word(rest[0]).startswith(_CLITIC_DEFINITE):
        return Mention(segment, " ".join(rest[:3]), honor, "group")  # "بالشراكة": no name
    if quoted:
        # A quoted subject without a given name is a company or body: 'أعلنت "راجيش"'.
        return Mention(segment, " ".join(_org_name(rest)), honor, "organization")
    # A prepositional phrase after a name ends it: "كارتر للصحافيين المرافقين له" (an addressee).
    cut = next((k for k, w in enumerate(frest) if k and w.startswith(_CLITIC_DEFINITE)), None)
    if cut is not None and head not in _ANON_HEADS and not head.endswith(_PLURAL_ENDINGS) \
            and all(_is_plain_name_word(w) for w in rest[:cut]) and _opens_prepositional_phrase(rest[cut]):
        rest, frest = rest[:cut], frest[:cut]
    # A foreign name followed by its title: "راجيش ميهتا المدير العام".
    cut = next((k for k, w in enumerate(frest) if k and (w in _ROLE_HEADS or w in _HONORIFICS)), None)
    if cut is not None and (all(_is_name_word(w) for w in rest[:cut]) or cut >= 2 and word_class(rest[0]) is None
                            and frest[cut - 1].startswith(_ARTICLE) and all(_is_name_word(w) for w in rest[: cut - 1])):
        # ("رأفت الصباغ المتحدث الرسمي": a family name with the article may end the name)
        return Mention(segment, " ".join(rest[:cut]), " ".join([honor, *rest[cut:]]).strip(), "person")
    if len(rest) > 1 and is_name_like(rest[0]) and word_class(rest[0]) is None and frest[1] not in _NAME_LINKS \
            and not frest[0].endswith((_FEMININE, *_PLURAL_ENDINGS)) and not frest[0].startswith(_CLITIC_DEFINITE) \
            and rest[0][:1] not in _CLITIC_PREPOSITIONS and (
                is_function_word(rest[1]) or frest[1].startswith(_ARTICLE) and (
                    frest[1].endswith(_PLURAL_ENDINGS) or frest[1] in _TIME_WORDS or word_class(rest[1]) == "masdar")):
        # "أوباما القيود"، "عباس من مقر الرئاسة": a surname, then the verb's object or an adjunct.
        return Mention(segment, rest[0], honor, "person")
    if len(rest) > 1 and any(fold_word(w).startswith(_ARTICLE) for w in rest[1:]):
        # "خصوم كلينتون الجمهوريون": a described group, not a personal name.
        return Mention(segment, " ".join(rest[:5]), honor, "group")
    name_words = []
    for word in rest[:3]:
        if fold_word(word) in _STOP_WORDS:
            break
        name_words.append(word)
    return Mention(segment, " ".join(name_words), honor, "person")


def _is_role_head(word: str) -> bool:
    """Tell whether a word is a title or job noun, feminine forms included.

    "اختصاصية" → True (from "اختصاصي"); "رئيسه" (his head) → False: only a written ة marks the feminine.
    """
    folded = fold_word(word)
    if folded in _ROLE_HEADS:
        return True
    return word.endswith("\N{ARABIC LETTER TEH MARBUTA}") and folded[:-1] in _ROLE_HEADS


def _family_name_start(words: list[str], folded: list[str]) -> int | None:
    """Return where a personal name with a definite family name ends a role chain.

    "مدير مركز دمشق للدراسات الاستراتيجية رامز الحلبي" → 5 ("رامز الحلبي"): one to three
    plain name words and a definite family name last, right after the chain's definite
    adjective, a title or a place. After an organisation noun the words name the
    organisation ("رئيس شركة أرامكو السعودية"), so there is no person.
    """
    if len(words) < 3 or not folded[-1].startswith(_ARTICLE) or folded[-1] in _ROLE_HEADS \
            or folded[-1] in _ORG_HEADS or folded[-1] in _PLACES or folded[-1] in _STOP_WORDS:
        return None
    j, links = len(words) - 1, 0
    # (links of a patronymic chain do not count: "بتال بن مطلق الشمري")
    while j > 1 and len(words) - j - links <= 3 and _is_plain_name_word(words[j - 1]):
        j -= 1
        links += folded[j] in _PATRONYMIC_LINKS
    if j == len(words) - 1 or _in_place_name(folded, j) or _opens_prepositional_phrase(words[j]) \
            or any(w in _PLACES for w in folded[j:]):
        return None  # ("بإمارة منطقة مكة المكرمة": a prepositional phrase with a place is no name)
    before = folded[j - 1]
    if before in _ORG_HEADS or not (before.startswith(_DEFINITE) or _is_role_head(words[j - 1])
                                    or before in _HONORIFICS or before in _PLACES):
        return None
    if j < len(words) - 2 and _is_bare_title(folded[j]):
        j += 1  # "بالباحة عقيد جمعان الغامدي": a rank without the article is no name
    return j


def _person_after_institution(previous: str, word: str) -> bool:
    """Tell whether a word after an institution's definite name starts a person's name.

    "المرصد السوري لحقوق الانسان رامي عبد الرحمن" → at "رامي"; "المنظمة العربية الدكتور …"
    → at "الدكتور"; "جسر الملك فهد" and "شركة أبناء عبدالله" name the institution.
    """
    if word in _HONORIFICS and word not in _DYNASTIC:
        return True
    return word in _GIVEN and previous.startswith(_ARTICLE) and previous not in _DYNASTIC


def _without_leading_cue(name: str) -> str:
    """Return a name without a verb of saying read into its start: "أكد السيسي" → "السيسي"."""
    first, _, rest = name.partition(" ")
    if rest and fold_word(first) in CUE_FORMS and not _is_given(first):
        return rest
    return name


def _spokesman_of_a_person(words: list[str], folded: list[str]) -> Mention | None:
    """Return an unnamed spokesman whose principal is a person: "متحدث باسم أوباما".

    Only when the principal's name ends the mention: "المتحدث باسم الكرملين دميتري بيسكوف"
    and "المتحدث باسمه دميتري بيسكوف" name the spokesman himself.
    """
    k = next((i for i in range(1, len(words) - 1) if folded[i] in _ON_BEHALF
              and folded[i - 1].removeprefix(_ARTICLE).removesuffix(_FEMININE) in _SPOKESMEN), None)
    if k is None or not _is_plain_name_word(words[k + 1]) or folded[k + 1] in _ROLE_HEADS:
        return None
    if _name_end(words, folded, k + 1) < len(words):
        return None
    text = " ".join(words)
    return Mention(text, text, "", "anonymous")


def _relation_genitive(words: list[str], folded: list[str], j: int) -> bool:
    """Tell whether the name at ``j`` is the genitive of a kinship or service noun before it.

    "مساعدة هيلاري كلينتون" → True (the aide speaks); "محمد ابن سلمان" → False (a patronymic).
    """
    if not j or folded[j - 1] not in _RELATION_HEADS:
        return False
    return not (j >= 2 and _is_plain_name_word(words[j - 2]))


def _is_styled_title(folded: list[str], *, offices: bool = False) -> bool:
    """Tell whether words are a styled title, whole or its first two words, after titles only.

    "خادم الحرمين"، "نائب خادم الحرمين الشريفين": a title, nobody named; not "السفير أحمد
    قطان سفير خادم الحرمين الشريفين". ``offices``: only titles one person holds at a time,
    not a style many share ("صاحب السمو").
    """
    if _STYLED_OPENERS.isdisjoint(folded):
        return False
    for title in _OFFICE_TITLES if offices else _STYLED_TITLES:
        k = next((k for k in range(len(folded) - 1) if tuple(folded[k : k + 2]) == title[:2]), None)
        if k is not None and tuple(folded[k:]) == title[: len(folded) - k] \
                and all(w in _ROLE_HEADS for w in folded[:k]):
            return True
    return False


def _relative_of_the_bereaved(folded: list[str]) -> bool:
    """Tell whether a mention opens with a relative of someone dead, hurt or missing.

    "شقيق الشهيد سامر الحربي"، "أحد أقارب الفقيد سامر": the relative speaks, unnamed; the
    name is the one they grieve.
    """
    r = 1 if folded[:1] and folded[0] in _QUANTIFIERS else 0
    # (alone, "والد الشهيد" is a title an apposed name may follow: "والد الشهيد، سامر الحربي")
    # (a title between is anyone's: "والد الشهيد الشيخ سامر الحربي" may be the father)
    return len(folded) > r + 2 and folded[r] in _RELATION_HEADS and folded[r + 1] in _BEREAVED_OF \
        and folded[r + 2] not in _HONORIFICS and not _is_bare_title(folded[r + 2])


def _is_bare_title(folded: str) -> bool:
    """Tell whether a folded word is a title written without the article: "عقيد"، "مهندس".

    "رائد" is a rank and a given name: as a given name it stays in the name.
    """
    return folded in _NAME_TITLES or _ARTICLE + folded in _HONORIFICS and folded not in _GIVEN


def _opens_prepositional_phrase(word: str) -> bool:
    """Tell whether a word is a preposition, or a noun with a preposition glued on: "بكلية"، "للصحافيين".

    Such a word attaches a phrase to the words before it; it never starts a personal name.
    """
    # ("على" is a preposition however name-like its folded form "علي" is)
    if word_class(word) in _PREPOSITIONAL_CLASSES and (word.endswith(_ALEF_MAKSURA) or not is_name_like(word)):
        return True
    # a verbal noun with "ل"/"ب" glued on the dictionary lacks as a whole: "لحقوق الإنسان"
    return word[:1] in _CONSTRUCT_PREFIXES and len(word) > 3 and word_class(word[1:]) == "masdar" and not _is_given(word)


def _is_prepositional_place(folded: str) -> bool:
    """Tell whether a folded word is a preposition glued to a place: "بصنعاء" ends a role, it names no one."""
    return folded[:1] in _CONSTRUCT_PREFIXES and folded[1:] in _PLACES


def _is_prepositional_institution(folded: str) -> bool:
    """Tell whether a folded word is a preposition glued to an institution or title noun.

    "لإدارة" → True ("أمينو بوبا لإدارة نادي الخليج" ends the name before it); "لرئاسة" too,
    the indefinite of a definite head ("الرئاسة").
    """
    rest = folded[1:]
    return folded[:1] in _CONSTRUCT_PREFIXES and (rest in _ORG_HEADS or rest in _ROLE_HEADS
                                                  or _ARTICLE + rest in _ORG_HEADS)


def _hamza_initial(word: str) -> bool:
    """Tell whether a word starts with a hamza alef before lam, which is not the article.

    "أليكس" → True (a foreign given name), "الوزارة" → False.
    """
    return word[:2] in lx.HAMZA_LAM_STARTS and len(word) >= 4 and word not in lx.HAMZA_LAM_NON_NAMES


def _name_start_before_given(words: list[str], folded: list[str], given: int) -> int:
    """Return where a name starts when unknown name words precede its known given name.

    "المقيم عاصم مهدي أحمد محمد" → at "عاصم": the words between the title and "أحمد"
    are the person's own names. They count only after a title's adjective, an honorific or
    a place ("رئيس وزراء باكستان شهباز شريف"); "وزير خارجية مصر سامح شكري" stops at the place.
    """
    start = given
    # "بيشي بن عيسى": a patronymic chain opens with the person's own given name, known or not.
    while start >= 2 and folded[start - 1] in _PATRONYMIC_LINKS and _is_name_word(words[start - 2]) \
            and not _opens_prepositional_phrase(words[start - 2]) and folded[start - 2] not in _STOP_WORDS:
        start -= 2
    if start < given:
        return start
    if start >= 2 and folded[start - 1] == _IBN:
        return start - 1  # "الإمام ابن قدامة": "ابن" after a title opens the name
    if start and folded[start - 1] in _KUNYA:
        return start - 1  # "الأرملة أم عبدالرحمن": a kunya is the name the person goes by
    family = start and folded[start - 1] == _FAMILY_LINK
    if family:
        start -= 1  # "الدكتور آل عمرو"، "نبيه آل إبراهيم": a family name that opens with a given name
    # ("رئيس المجلس البلدي بنجران زيد …": a prepositional phrase is the title's, not the name's)
    while start > 0 and given - start < 2 and _is_name_word(words[start - 1]) \
            and folded[start - 1] not in _PLACES and folded[start - 1] not in _NAME_LINKS \
            and not _is_given(words[start - 1]) and folded[start - 1] not in _STOP_WORDS \
            and not _opens_prepositional_phrase(words[start - 1]) and not folded[start - 1].startswith(_WAW_ARTICLE) \
            and not _is_prepositional_institution(folded[start - 1]) \
            and not any(c in _QUOTES or c in "()" for c in words[start - 1]):
        start -= 1  # (a foreign "والش" ends a name; before a given name "والحج" is "and the Hajj";
        # "لحركة حماس إسماعيل": the institution's name, not the person's; nor 'لـ«أرامكو»')
    if start == given or family:
        return start
    if start == 0:
        # "ليلى منصور": one unknown word opening the segment right before a given name is its first name.
        return 0 if given == 1 and _is_plain_name_word(words[0]) and "." not in words[0] else given  # (not "أ.د")
    before = folded[start - 1]
    if before.startswith(_ARTICLE) or before in _HONORIFICS or before in _PLACES \
            or before in _NAME_TITLES and given - start == 1:
        return start  # "مهندس معتز موسى": a title before the unknown given name
    return given


def _active_participle_shape(folded: str) -> bool:
    """Tell whether a word has the shape فاعل that many Arabic given names have ("فالح"، "شاكر")."""
    return len(folded) == 4 and folded[1] == _ALEF


def _object_after_surname(words: list[str], folded: list[str], end: int) -> bool:
    """Tell whether the definite word at ``end``, after a two-word name, is the verb's object.

    "ووصف المدعي ديفيد هيكتون الاتهامات": after a surname that is no Arabic given name (a
    father's), a definite common noun is no family name; "خالد عمر الحربي"، "سالم بن مطلق
    الإزيمع" and a father's name of the shape فاعل the lists lack ("سامي فالح الخليل") keep theirs.
    """
    word, surname = folded[end], folded[end - 1]
    return word.startswith(_ARTICLE) and not surname.startswith(_ARTICLE) and not _is_given(words[end - 1]) \
        and surname not in _NAME_LINKS and folded[end - 2] not in _PATRONYMIC_LINKS \
        and not _active_participle_shape(surname) and not is_name_like(words[end]) \
        and not word.endswith(_NISBA_ENDINGS) and word not in _COMPOUND_SECONDS


def _name_end(words: list[str], folded: list[str], start: int) -> int:
    """Return where a name that starts at ``start`` ends.

    A name runs over links ("بن", "آل", "أبو") and at most two more words, and a definite
    family name ends it unless it completes a compound: "عبد الله الثني", "محمد بن سلمان آل سعود".
    """
    end, parts = start + 1, 1
    while end < len(words):
        word = folded[end]
        # (a European surname's particle, as written, before a word no dictionary holds: "لو دريان")
        link = word in _NAME_LINKS or words[end] in _FOREIGN_PARTICLES and end + 1 < len(words) \
            and word_class(words[end + 1]) is None and not is_function_word(folded[end + 1])
        if end >= 2 and folded[end - 2] == _FAMILY_LINK and not link and word not in _COMPOUND_SECONDS \
                and not (word.endswith(_NISBA_ENDINGS[1]) and word_class(words[end]) is None
                         and not (end + 1 < len(words) and folded[end + 1].startswith(_ARTICLE))):
            break  # "آل عمرو" closes the name ("الدكتور آل عمرو حادث التفجير"), or a tribe's nisba: "آل سحيم الأسمري"
        # (a definite link too: "العبد اللطيف")
        after_link = folded[end - 1] in _NAME_LINKS or folded[end - 1][2:] in _NAME_LINKS and word in _COMPOUND_SECONDS
        # "على" and "علي" fold alike: the written ي keeps "عبدالله علي سابق" one name.
        stop = word in _STOP_WORDS and words[end] not in lx.GIVEN_NAMES
        # "كامل الوزير": a definite family name that is also a title, last and right after the given name.
        # ("محمد بن عبدالرحمن المخرج": after a father's name too)
        # ("… المخرج أمين الطائف": before another title, after a father's name)
        after_father = end >= 2 and folded[end - 2] in _PATRONYMIC_LINKS and word not in _HONORIFICS
        family_title = (parts == 1 or after_father) and word.startswith(_ARTICLE) and word in _ROLE_HEADS and (
            end == len(words) - 1 or after_father and folded[end + 1] in _ROLE_HEADS
            and not folded[end + 1].startswith(_ARTICLE))
        # "أسامة قاضي": a bare title last after a given name is no apposition (that takes a
        # comma or a complement: "أسامة، قاضي المحكمة"), it is the family name.
        # (Not after an indefinite noun, where the "name" is an adjective: "مسؤول تركي كبير".)
        family_title = family_title or end == start + 1 == len(words) - 1 and word in _ROLE_HEADS \
            and not word.startswith(_ARTICLE) and _is_given(words[start]) and (
                not start or folded[start - 1].startswith(_ARTICLE) or folded[start - 1] in _HONORIFICS
                or folded[start - 1].rstrip(".") in _NAME_TITLES)
        if not link and not after_link and not family_title and (
                word in _ROLE_HEADS or stop or word in _HONORIFICS or word in _ROLE_LINKS or word in _ORG_HEADS
                or word in _ONE_OF  # "سامي خليل أحد سكان الحي": one of them, in apposition
                or parts == 2 and _object_after_surname(words, folded, end)  # "جون كيري العكازين"
                # (a title's feminine, indefinite: "سمر خان باحثة دكتوراه"، "سارة علي مديرة المدرسة")
                or end > start + 1 and _feminine_title(word) and not word.startswith(_ARTICLE)
                or word[:1].isdigit()  # "لويس هاميلتون 30 عاما": an age, a count
                or end > start + 1 and _bare_imperfect(word) and not _is_given(words[end])  # "جون ستامب يشكك"
                or _is_prepositional_institution(word)  # "ميشال بلاتيني لرئاسة الاتحاد": what for
                or (word in _PERSON_DESCRIPTORS or word[2:] in _PERSON_DESCRIPTORS and word.startswith(_ARTICLE))
                and end > start + 1  # ("خالد بحاح المقيم في الرياض": residing, not a family name)
                or word_class(words[end]) in _PREPOSITIONAL_CLASSES and _opens_prepositional_phrase(words[end])
                and not _family_name_after_given(folded, end, end - start)):  # ("… ستروم بمنطقة")
            break  # (after "بن" any word is a name: "عبدالله بن مساعد")
        if parts >= 2 and not link and not after_link and (
                words[end].endswith(_POSSESSED_FEMININE) and not words[end].endswith(_NAME_ENDING_ATEH)
                and not is_name_like(words[end]) or _accusative_noun(words[end]) or word in _NOUN_OBJECTS
                or word_class(words[end]) == "masdar" and (
                    # "الوزير خالد عمر القرار خطوة": a definite verbal noun is the object (not after "بن":
                    # "محمد بن عبدالرحمن المخرج" ends in a family name)
                    word.startswith(_ARTICLE) and folded[end - 2] not in _PATRONYMIC_LINKS and not is_name_like(words[end])
                    or end + 1 < len(words) and folded[end + 1].startswith(_ARTICLE) and not _is_role_word(folded[end + 1])
                    # "رفض دونالد ترامب تقديم اعتذارات": an indefinite one with its own object
                    # ("محمد أحمد سلامة الرئيس التنفيذي": before a title it is the family name)
                    or folded[end - 2] not in _PATRONYMIC_LINKS and not is_name_like(words[end])
                    and not _is_given(words[end]) and end + 1 < len(words) and not _is_role_word(folded[end + 1])
                    and words[end][-1:] not in _PUNCT)):
            break  # "باراك أوباما خطته"، "… بن عبدالعزيز اتصالا"، "X Y ضرورة …"، "X Y أهمية التعاون": the
            # verb's object (not "شحاته"، "سلامة الرئيس التنفيذي")
        # A fourth or fifth part only as a forefather's given name: "عاصم مهدي أحمد محمد"; or
        # on the way to the family name after a father's ("سهيل بن محمد فرج فارس المزروعي").
        if not link and not after_link and parts >= 3 and (parts >= 5 or not _is_given(words[end])) \
                and not _forefathers_to_family(words, folded, start, end, parts):
            break
        if not link and word not in _COMPOUND_SECONDS:
            parts += 1
        end += 1
        if words[end - 1][-1:] in _PUNCT:
            break
        if word.startswith(_ARTICLE) and not link and word not in _COMPOUND_SECONDS and not after_link \
                and not (word[2:] in _NAME_LINKS and end < len(words) and folded[end] in _COMPOUND_SECONDS):
            break  # ("العبد اللطيف"، "العبد الله": a compound family name runs on)
        if after_link and folded[end - 2] not in _NAME_LINKS and folded[end - 2][2:] in _NAME_LINKS:
            break  # … and ends with its second word
    return end


def _unlisted_name_with_family(words: list[str], folded: list[str]) -> bool:
    """Tell whether two words after a title are an unlisted given name and a family name.

    "وزير الخارجية سامر الحربي": one plain word, then a definite nisba that names a family,
    not a nationality or a place ("الأمريكي"، "المصري" from "مصر" are adjectives here).
    """
    if len(words) != 2:
        return False
    given, family = folded
    return _is_plain_name_word(words[0]) and not given.endswith(_PLURAL_ENDINGS) and given not in _PLACES \
        and family.startswith(_ARTICLE) and family.endswith(_NISBA_ENDINGS[1]) and family not in _DESCRIPTOR_NISBAS \
        and _ARTICLE + family[2:-1] not in _PLACES and family not in _ROLE_HEADS and family not in _STOP_WORDS \
        and word_class(words[1]) is None


def _accusative_noun(word: str) -> bool:
    """Tell whether a word is a noun with the accusative ending: "اتصالا"، "خطابا" (never a name)."""
    return word.endswith(_ALEF) and (
        word_class(word) == "tanween_adverb" or len(word) > 4 and word_class(word[:-1]) == "masdar")


def _forefathers_to_family(words: list[str], folded: list[str], start: int, end: int, parts: int) -> bool:
    """Tell whether the name going on at ``end`` is forefathers' names, then the family name.

    "سهيل بن محمد فرج فارس المزروعي": after "بن" and the father's name, one or two more
    names without "بن", then a definite family name that is no title, place, nationality
    or institution. Not after a dynasty ("آل مكتوم"), not over a particle ("تلك").
    """
    links = [k for k in range(start, end) if folded[k] in _PATRONYMIC_LINKS]
    if parts >= 6 or not links or _FAMILY_LINK in folded[start:end]:
        return False
    plain = links[-1] + 2
    family = next((k for k in range(plain, min(plain + 3, len(words))) if folded[k].startswith(_ARTICLE)), None)
    if family is None or family < end:
        return False
    for k in range(plain, family):
        word = folded[k]
        if word in _ROLE_HEADS or word in _HONORIFICS or word in _STOP_WORDS or word in _PLACES \
                or word_class(words[k]) in ("preposition", "particle", "clitic_noun") or is_function_word(words[k]) \
                or any(ch in _PUNCT for ch in words[k][-1:]) or word.endswith(_PRONOUN_SUFFIXES):
            return False
    word = folded[family]
    return word not in _ROLE_HEADS and word not in _ORG_HEADS and word not in _PLACES \
        and word not in _DESCRIPTOR_NISBAS and _ARTICLE + word[2:-1] not in _PLACES and word not in _STOP_WORDS \
        and word not in _PERSON_DESCRIPTORS and word not in _COMPOUND_SECONDS and word_class(words[family]) is None


_FAMILY_LINK: Final = fold_word(lx.FAMILY_LINK)
_AGENT_EVENTS: Final = _fs(lx.AGENT_EVENT_NOUNS)
_PLURAL_VERB_ENDING: Final = "\N{ARABIC LETTER WAW}\N{ARABIC LETTER ALEF}"  # "أخبروا"، "قالوا"
_CONTRAST_WORDS: Final = _fs(lx.CONTRAST_OPENERS)
_FOR_THE: Final = lx.LAM + lx.LAM  # "ل" + the article, folded: "للإحصاء"
_ALI_APART: Final = "ali_apart"  # the text writes the preposition "على" with alef maksura
_EMPHATIC_SELF: Final = _fs(lx.EMPHATIC_SELF)
_PRONOUN_SUFFIXES: Final = tuple(fold_word(e) for e in ("ه", "ها", "هم"))
_IT_SUFFIXES: Final = _PRONOUN_SUFFIXES[:2]  # "إليه"، "عليها": what was said
_MA: Final = fold_word(lx.RELATIVE_MA)


def _family_name_after_given(folded: list[str], end: int, words_before: int) -> bool:
    """Tell whether a word shaped like a prepositional phrase is the family name after a given name.

    "جميل بالقاسم" (last) and "ماجد لفى الديحاني" (before a family name) are names;
    "باربره جافي بالمحكمة العليا" is not.
    """
    if words_before != 1:
        return False
    return end == len(folded) - 1 or folded[end + 1].startswith(_ARTICLE) and folded[end + 1].endswith(_NISBA_ENDINGS)


def _kunya_alias(words: list[str]) -> tuple[str, ...]:
    """Return the kunya inside a name as an alias: "محمود عباس أبو مازن" → ("أبو مازن",)."""
    folded = [fold_word(w) for w in words]
    for i, word in enumerate(folded[1:], 1):
        if word in _KUNYA and i + 1 < len(words):
            return (" ".join(words[i : i + 2]),)
    return ()


class Via(StrEnum):
    """How a frame's speaker was found: the evidence behind an attribution."""

    NAMED = "named"  # a full name in the frame: "قال وزير المياه خالد المنصوري"
    SURNAME = "surname"  # one name word already known or alone: "وقال المنصوري"
    SURNAME_EXPANDED = "surname_expanded"  # one word completed from the narration
    ROLE_KNOWN = "role_known"  # a title seen before with a name: "وأكد الوزير"
    ROLE_NAMED_ELSEWHERE = "role_named_elsewhere"  # a title named somewhere else in the text
    ROLE_BARE = "role_bare"  # a title with no name anywhere: "قال مدير الشرطة"
    ANONYMOUS = "anonymous"  # "مصدر مطلع"
    ORGANIZATION = "organization"  # an institution or a bare definite subject: "الوزارة"
    ORGANIZATION_BACKREF = "organization_backref"  # "المجلس" back to the council named before
    KNOWN_NAME = "known_name"  # a bare word matching a speaker seen before
    GROUP = "group"  # a described group: "خصوم كلينتون الجمهوريون"
    CONTINUATION = "continuation"  # a subject-less verb: "وأضاف"
    PARTICIPLE = "participle"  # "مؤكدا أن …" after its speaker's verb
    ANSWER = "answer"  # an interview answer
    HEADLINE = "headline"  # a subject-less headline verb before anyone is named
    UNRESOLVED = "unresolved"
    OTHER = "other"  # a resolution path that does not say which it is


@dataclass
class Resolved:
    """The speaker fields of one frame."""

    speaker: str | None
    mention: str
    kind: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    intermediary: str | None = None
    confidence: float = 0.5
    via: Via = Via.UNRESOLVED


class Registry:
    """The speakers of one article, with the evidence to link later mentions to them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        # Who issued a document cited without its issuer ("وفق بيان رسمي"), by its folded words.
        self.statements: dict[str, Entity] = {}

    def add(self, mention: Mention, gender: str) -> Entity:
        """Return the entity for a named mention, registering it when new."""
        name = _without_leading_cue(mention.name)
        if name != mention.name:  # "أكد السيسي" read by a rule that took the verb in
            mention = Mention(mention.text, name, mention.role, mention.kind, mention.aliases, mention.evidence)
        found = self.find_name(mention.name, "organization" if mention.kind == "organization" else None,
                               role=mention.role)
        if found is not None and mention.kind == "person" and found.kind == "organization" \
                and [fold_word(w) for w in mention.name.split()] != found.tokens:
            found = None  # "الأمير" is no part of "كلية الأمير سلطان": a person, not the college
        if found is not None:
            if len(mention.name.split()) > len(found.name.split()) and mention.kind == found.kind:
                found.aliases.append(found.name)
                found.name = mention.name
            elif mention.name != found.name and mention.name not in found.aliases:
                found.aliases.append(mention.name)
            found.note_role(mention.role)
            found.gender = found.gender or gender
            found.aliases.extend(a for a in mention.aliases if a not in found.aliases)
            return found
        entity = Entity(mention.name, mention.kind, mention.role, gender, list(mention.aliases))
        self.entities.append(entity)
        return entity

    def find_name(self, name: str, kind: str | None = None, *, role: str = "") -> Entity | None:
        """Return the entity a name refers to: same name, a part of it, or a spelling variant.

        "الهباش" → محمود الهباش; "فيليب تورو" → فيليب تورل. A part of several names goes to
        the latest, unless ``role`` names an earlier one: "المحامي عبد الله" is the lawyer
        "محمود عبد الله", not the researcher "كامل عبد الله" quoted since.
        """
        tokens = [fold_word(w) for w in name.split()]
        if not tokens:
            return None
        titled = [fold_word(x) for x in role.split()]
        partial: Entity | None = None
        latest: Entity | None = None  # the latest person the name is part of
        for entity in reversed(self.entities):
            if entity.weak and tokens != entity.tokens:
                continue
            if kind is not None and entity.kind != kind:
                continue
            etoks = entity.tokens
            if latest is not None and (not _has_title(entity, titled) or set(etoks) <= set(latest.tokens)):
                continue  # past the latest bearer of the name, only another person with the title
            if tokens == etoks:
                return entity
            alias_toks = [fold_word(w) for a in entity.aliases for w in a.split()]
            if all(t in etoks or t in alias_toks for t in tokens):
                if entity.kind == "person" or kind is not None:
                    if not titled or _has_title(entity, titled):
                        return entity
                    latest = entity
                    continue
                # ("أردوغان" is the person, not "مكتب أردوغان" named after him, however recent)
                partial = partial or entity
        if latest is not None:
            return latest
        if partial is not None:
            return partial
        if len(tokens) >= 2:
            for entity in reversed(self.entities):
                etoks = entity.tokens
                same_shape = entity.kind == "person" and len(etoks) == len(tokens) >= 2 and etoks[0] == tokens[0]
                if same_shape and _spelling_variant(etoks[-1], tokens[-1]):
                    return entity
        return None

    def find_role(self, role: str) -> Entity | None:
        """Return the person last introduced with ``role``: "الرئيس الروسي" → بوتين.

        Trailing words are dropped down to two when the whole role is not known: in
        "مدير الأمن العام رسالة" the last word is the verb's object.
        """
        key = [w for w in (fold_word(x) for x in role.split()) if w not in _HONORIFICS]
        # A bare definite title also names the head of a construct title: "وزير الخارجية
        # الفرنسي …" is "الوزير" later in the article.
        # ("الرئيس" is the head of state, not any "رئيس …"; "المسؤول" any unnamed official)
        head = key[0][len(_ARTICLE):] if len(key) == 1 and key[0].startswith(_ARTICLE) else None
        if head in _ANON_HEADS or head == _PRESIDENT:
            head = None
        while len(key) >= 1:
            for entity in reversed(self.entities):
                for role in entity.roles:
                    # ("الدكتور … وزير التعليم": the honorific is no part of the title "الوزير" names)
                    have = [w for w in (fold_word(x) for x in role.split()) if w not in _HONORIFICS]
                    if entity.kind == "person" and have and (_contains_run(have, key) or have[0] == head):
                        return entity
            if len(key) <= 2:
                break
            key = key[:-1]
        return None


def _has_title(entity: Entity, titled: list[str]) -> bool:
    """Tell whether one of a speaker's titles holds the folded words ``titled``."""
    return bool(titled) and any(_contains_run([fold_word(w) for w in r.split()], titled) for r in entity.roles)


def _contains_run(have: list[str], need: list[str]) -> bool:
    n = len(need)
    return any(have[i : i + n] == need for i in range(len(have) - n + 1))


def _spelling_variant(a: str, b: str) -> bool:
    """Return whether two name words are spellings of one name: "تورل" / "تورو"."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 3 and abs(len(a) - len(b)) <= 1


def resolve(frames: list[Frame], text: str, body_of) -> list[Resolved]:
    """Return the speaker of each frame, in order.

    ``text`` is the folded body frames point into; ``body_of(start, end)`` returns the
    original text of a folded span (mentions are reported as written).
    """
    registry = Registry()
    names = NameIndex(text, body_of)
    # Pass 1: register every explicit named mention so earlier short forms resolve too.
    parsed: list[Mention | None] = []
    for frame in frames:
        if frame.mention:
            mention = _checked_mention(frame, text, body_of, registry)
            parsed.append(mention)
            if mention is None:
                continue
            if mention.kind == "person" and mention.name and len(mention.name.split()) >= 2 \
                    and fold_word(_first_word(mention.name)) != _FAMILY_LINK \
                    and not frame.rule.endswith("noun") and not (
                        len(mention.name.split()) == 2 and _known_surname_then_object(mention.name, registry)):
                registry.add(mention, _verb_gender(frame))
            elif mention.kind == "role" and registry.find_role(mention.role) is None:
                named = names.after_role(mention.role)
                if named is not None:
                    registry.add(named, frame.gender)
        else:
            parsed.append(None)
    results: list[Resolved] = []
    history: list[tuple[Entity, str, Frame]] = []
    for frame, mention in zip(frames, parsed, strict=True):
        resolved, entity = _resolve_one(frame, mention, registry, history, names)
        if entity is not None and not (mention is None and frame.document):  # (a cited statement continues no one)
            if not entity.gender and frame.link in ("explicit", "subject_first"):
                entity.gender = frame.gender  # ("قالت المطربة سميرة توفيق" after the headline's "سميرة توفيق:")
            history.append((entity, frame.gender, frame))
        results.append(resolved)
    return results


_BLESSING_RE: Final = re.compile(
    r"\s*[-–—(]?\s*(?:" + "|".join(sorted((re.escape(b) for b in lx.NAME_BLESSINGS), key=len, reverse=True))
    + r")(?!\w)\s*[-–—)]?")


def _parse_mention(frame: Frame, body_of) -> Mention:
    assert frame.mention is not None
    written = body_of(*frame.mention)
    if _BLESSING_RE.search(written):
        written = " ".join(_BLESSING_RE.sub(" ", written).split())
    if frame.lam_article:
        written = "\N{ARABIC LETTER ALEF}" + written[1:]
    if frame.described:
        return Mention(written, written, "", "anonymous")
    return split_role_and_name(written, quoted=bool(frame.quoted_mention))


def _speaker_string(mention: Mention) -> str:
    return mention.name or mention.role or mention.text


# "لـ" glued to a quoted or bracketed outlet after the speaker (folded: the tatweel is gone).
_ADDRESSEE_RE: Final = re.compile("[ \t]+\N{ARABIC LETTER LAM}[ \t]*[" + _QUOTES + "(]")
_LAM_ARTICLE_RE: Final = re.compile("[ \t]+(" + lx.LAM + _ARTICLE + ")")
_TATWEEL: Final = "\N{ARABIC TATWEEL}"


def _titled_foreign_name(mention: Mention) -> bool:
    """Tell whether a titled name whose first word the word table reads as a preposition is a name.

    "الباحثة كاينا ميلر": a long first word ("كاينا" reads as "ك" + a pronoun) before a name-like
    or foreign last word, after a title; not a short preposition, nor "ب"/"ل" glued to a noun.
    """
    words = mention.name.split()
    head = fold_word(words[0]) if words else ""
    # ("لمشروع تنمية"، "بأداء فريقه": "ب" and "ل" glue to the role's nouns; "ك" hardly does)
    return bool(mention.role) and len(words) >= 2 and len(head) >= 5 and head[:1] not in _CLITIC_PREPOSITIONS \
        and (is_name_like(words[-1]) or looks_foreign(words[-1]))


def _checked_mention(frame: Frame, text: str, body_of, registry: Registry) -> Mention | None:
    """Return the mention of a frame's subject once it passes the validity gate, or None.

    An unnamed source keeps its affiliation ("مسؤول في وزارة الدفاع"). A failing subject
    gives way to the next candidate (unless it is the name of someone named before): the
    words after a leading adverb or preposition
    ("عنه عباس" → عباس), a document's issuer ("دراسة صادرة عن جامعة …"); else None.
    """
    assert frame.mention is not None
    start, end = frame.mention
    end = _without_trailing_particles(text, start, end)
    if (addressee := _ADDRESSEE_RE.search(text, start, end)) is not None and addressee.start() > start:
        end = addressee.start()  # "جون كيري لـ«الشرق الأوسط»": whom he spoke to is no part of him
    for glued in _LAM_ARTICLE_RE.finditer(text, start, end):
        if _TATWEEL in body_of(glued.start(1), glued.start(1) + 2):
            end = glued.start()  # "هناء حجازي لـالوطن" (folded "لالوطن"; "لألعاب" has no tatweel)
            break
    frame.mention = (start, end)
    owner = _document_owner(text, start, end)
    if owner is not None:  # "وأضاف بيان المعهد": the institute speaks through its statement
        frame.mention = start, end = owner
    longer = description_end(text, start, end)
    if longer != end:
        frame.mention, frame.described = (start, longer), True
    mention = _parse_mention(frame, body_of)
    if is_text_citation(mention.text):
        frame.text_citation = True  # "قال تعالى": a text is quoted, not a person
        return None
    words = mention.text.split()
    if len(words) >= 2 and word_class(words[0]) == "tanween_adverb" and fold_word(words[1]).startswith(_ARTICLE):
        # "وقال مخاطبا المرشح": a circumstantial participle and its object; the verb has no subject.
        frame.link = "continuation"
        return None
    problem = speaker_problem(_speaker_string(mention))
    if problem is None or mention.kind == "person" and mention.evidence >= 2 and (
            problem != "preposition" or _titled_foreign_name(mention)):
        return mention  # a title marks a name, however it reads: "السيد فارغا"، "الباحثة كاينا ميلر"
    if problem != "document" and registry.find_name(_speaker_string(mention)) is not None:
        return mention  # the surname of someone named before: "شيبا" after "سمير شيبا"
    if problem == "document":
        frame.document = True
        issuer = _issuer_span(text, frame.mention[1]) or _document_owner(text, *frame.mention) \
            or _glued_owner(text, frame.mention[1])  # "مسح لرويترز": the ل is the owner's, not an addressee's
        if issuer and frame.content_start <= issuer[0] < frame.content_end:
            issuer = None  # "وكشف التقرير عن بلوغ …": the verb's "عن", not the issuer's
        if issuer is None and fold_word(_first_word(mention.text)).startswith(_ARTICLE):
            return mention  # "البيان": the resolver looks back for the body that issued it
        candidates = [issuer] if issuer else []
    else:
        folded = text[start:frame.mention[1]]
        drop = leading_junk(folded.split())
        skip = _leading_words_re(drop).match(folded) if drop else None
        candidates = [(start + skip.end(), frame.mention[1])] if skip else []
    for span in candidates:
        frame.mention = span
        candidate = _parse_mention(frame, body_of)
        if speaker_problem(_speaker_string(candidate)) is None:
            frame.document = False  # (the issuer is found: nothing to look back for)
            return candidate
    frame.mention = (start, end)
    if problem != "document" and any(is_name_like(w) for w in _speaker_string(mention).split()[1:]):
        return mention  # a name is in it ("بي آي جايمس كومي"): better than no speaker
    return None


@lru_cache(maxsize=16)
def _leading_words_re(count: int) -> re.Pattern[str]:
    """The first ``count`` words of a text and the spaces after them."""
    return re.compile(r"\s*(?:\S+\s+){" + str(count) + "}")


_PRONOUN_ENDINGS: Final = tuple(lx.PRONOUN_SUFFIXES)


def _without_trailing_particles(text: str, start: int, end: int) -> int:
    """Return the end of a mention without trailing prepositions: "البنك الدولي إلى" → البنك الدولي."""
    while True:
        cut = text.rfind(" ", start, end)
        word = text[cut + 1 : end]
        if cut <= start or not (is_bare_particle(word) or word in _END_PREPOSITIONS and _COMPLEMENTIZER_NEXT_RE.match(text, end)) \
                or word.endswith(_PRONOUN_ENDINGS):
            return end  # "مصادر مقربة منه" keeps "منه"; "حذر … من أن" drops "من"
        before = text[start:cut].split()[-1].strip(_PUNCT)
        if word in _GIVEN and (before in _GIVEN or before in _NAME_LINKS or before in _HONORIFICS):
            return end  # "محمد علي"، "أحمد بن علي"، "د. علي": a given name after a name or title, not "على"
        end = len(text[start:cut].rstrip()) + start


# After a document noun: "ل" glued to its owner, or the owner itself (group 1 when indefinite).
_OWNER_RE: Final = re.compile(r"[ \t]+" + lx.LAM + r"(?=[^\s" + lx.LAM + r"]{3})|[ \t]+(?=" + _ARTICLE + r"|(\w+)[ \t])")
_ISSUER_WORD_RE: Final = re.compile(r"[ \t]*([^\s،,؛;:.!؟?()«»\"“”]+)")


_QUOTED_AFTER_RE: Final = re.compile("[ \t]*[" + _QUOTES + "][^" + _QUOTES + "\n]{1,40}[" + _QUOTES + "]")
_GLUED_OWNER_RE: Final = re.compile(r"[ \t]+" + lx.LAM + r"(?=[^\s" + lx.LAM + r"]{3})")


def _glued_owner(text: str, end: int) -> tuple[int, int] | None:
    """Return the owner glued with ل right after a document noun ending at ``end``: "تقرير لوكالة الأنباء".

    A name in quotation marks after its institution noun is the owner's too: 'إحصائية لموقع "معلومات مباشر"'.
    """
    glued = _GLUED_OWNER_RE.match(text, end)
    span = _issuer_from(text, glued.end()) if glued else None
    if span is not None and (quoted := _QUOTED_AFTER_RE.match(text, span[1])) is not None:
        span = span[0], quoted.end()
    return span


def _document_owner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the owner of a document in construct: "بيان المعهد" → المعهد, "بيان لصحيفة النهار" → صحيفة النهار."""
    words = list(_WORD_RE.finditer(text, start, end))
    if len(words) < 2 or fold_word(words[0].group().strip(_PUNCT)) not in _DOCUMENT_HEADS:
        return None
    owner = words[1].group()
    if owner.startswith(_ARTICLE) or fold_word(owner) in _ORG_HEADS:
        return words[1].start(), end  # ("لجنة" is no "ل" + "جنة")
    if owner[:1] == lx.LAM and len(owner) > 3 and not owner.startswith(lx.LAM + lx.LAM):
        return words[1].start() + 1, end  # "بيان لصحيفة النهار"
    return None


# What may stand glued before a document noun that names it: "وفي التقرير"، "بدراسة"، "للبيان".
_DOCUMENT_CLITICS: Final = frozenset(a + b for a in ("", _WAW, "\N{ARABIC LETTER FEH}")
                              for b in ("", "\N{ARABIC LETTER BEH}", lx.LAM, _ARTICLE, "\N{ARABIC LETTER BEH}" + _ARTICLE,
                                        lx.LAM + lx.LAM))
_PRESIDENT: Final = fold_word("رئيس")
_END_PREPOSITIONS: Final = _fs(lx.SUBJECT_END_PREPOSITIONS[3:4])  # "من": "حذر … من أن"
_COMPLEMENTIZER_NEXT_RE: Final = re.compile(r"\s+" + fold_word(lx.COMPLEMENTIZERS[0]) + r"(?!\w)")
_WAW_ARTICLE: Final = _WAW + lx.ARTICLE
_CLITIC_ARTICLES: Final = _fs(clitic + lx.ARTICLE for clitic in (_WAW, "\N{ARABIC LETTER FEH}", "\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER KAF}"))
_LETTER_NAMES: Final = _fs(lx.LATIN_LETTER_NAMES)
_YEAR_WORDS: Final = _fs(("عام", "سنة"))
_SIGNED_WORDS: Final = _fs(lx.SIGNED_PARTICIPLES)


def _without_issue_time(issuer: str) -> str:
    """Return an issuer without the time of issue after it: "البنك الدولي الأسبوع الماضي"،
    "مؤسسة روي مورجان عام 2013"."""
    words = issuer.split()
    cut = next((k for k, w in enumerate(words) if k and (fold_word(w) in _ISSUE_TIME_WORDS or any(
        c.isdigit() for c in w) or k + 1 < len(words) and fold_word(w) in _YEAR_WORDS and words[k + 1][:1].isdigit())),
        len(words))
    return " ".join(words[:cut])


def _issuer_span(text: str, end: int) -> tuple[int, int] | None:
    """Return the issuer named after a document: "التقرير الصادر عن البنك الدولي" → البنك الدولي."""
    start = issuer_start(text, end)
    return None if start is None else _issuer_from(text, start)


def _names_what_for(word: str) -> bool:
    """Tell whether a word is "for" + a definite noun, part of a body's name: "للإحصاء"، "للسيطرة"."""
    folded = fold_word(word)
    return folded.startswith(_FOR_THE) and len(folded) > 4


def _issuer_from(text: str, start: int) -> tuple[int, int] | None:
    """Return the span of the issuer's name starting at ``start`` (up to six words)."""
    stop, pos = start, start
    for _ in range(6):
        m = _ISSUER_WORD_RE.match(text, pos)
        if m is None or is_function_word(m.group(1)) and not (stop > start and _names_what_for(m.group(1))) \
                or word_class(m.group(1)) == "verb" \
                or fold_word(m.group(1)) in _ISSUE_TIME_WORDS or fold_word(m.group(1)) in _SIGNED_WORDS:
            break  # "صادر عن البنك الدولي الأسبوع الماضي": the time is the report's
        stop = pos = m.end()
    return (start, stop) if stop > start else None


def _resolve_one(frame: Frame, mention: Mention | None, registry: Registry,
                 history: list[tuple[Entity, str, Frame]], names: NameIndex) -> tuple[Resolved, Entity | None]:
    intermediary = names.body_of(*frame.intermediary) if frame.intermediary else None
    if frame.text_citation:
        return Resolved(None, "", "unknown", confidence=0.0), None
    if frame.link in ("continuation", "participle", "answer") and not (
            frame.clause_subject and not _same_sentence(frame, history)):
        entity = _previous_speaker(frame, history) if frame.link != "answer" else _interviewee(history, registry)
        if frame.after_relative:
            named = names.person_ending_at(frame.cue_start)
            if named is not None:
                entity = registry.find_name(named.name) or registry.add(named, frame.gender)
                return _out(entity, "", 0.75, intermediary, Via.NAMED), entity
        if frame.link != "answer":
            entity = _narrated_subject(frame, history, registry, names) or entity
        if entity is None and frame.link != "answer" and not history:
            entity = _headline_speaker(frame, registry)
            if entity is not None:  # a headline verb before anyone is named: the main speaker
                return _out(entity, "", 0.4, intermediary, Via.HEADLINE), entity
        if entity is None:
            return Resolved(None, "", "unknown", confidence=0.2), None
        conf = {"participle": 0.8, "continuation": 0.7, "answer": 0.75}[frame.link]
        return _out(entity, "", conf, intermediary, Via(frame.link)), entity
    if mention is None and frame.document and frame.mention:
        cited = names.body_of(*frame.mention)
        entity = _unnamed_statement_issuer(cited, frame, registry, names)
        if entity is not None:
            return _out(entity, cited, 0.6, intermediary, Via.ORGANIZATION_BACKREF), entity
    if mention is None:
        # No plausible subject after the verb ("وأكد مجددا أن"): the verb's own subject is
        # the speaker of the sentence before, as for a subject-less verb; else nobody.
        last = history[-1][2] if history else None
        entity = _previous_speaker(frame, history) if last is not None and last.paragraph == frame.paragraph \
            and not frame.document else None
        if entity is None:
            return Resolved(None, "", "unknown", confidence=0.2), None
        return _out(entity, "", 0.5, intermediary, Via.CONTINUATION), entity
    written = mention.text
    if fold_word(written) in _PLURAL_DEMONSTRATIVES:
        # "وأشار مراقبون إلى … وأكد هؤلاء أن": the people last quoted as a plural, else nobody
        entity = next((e for e, gender, _f in reversed(history[-6:]) if gender == "p" or e.kind == "group"
                       or e.kind == "anonymous" and is_subject_plural(fold_word(_first_word(e.name)))), None)
        if entity is None:
            return Resolved(None, written, "unknown", confidence=0.2), None
        return _out(entity, written, 0.6, intermediary, Via.CONTINUATION), entity
    if fold_word(_first_word(written)) in _INTERLOCUTORS:
        entity = _interviewee(history, registry) if history else None
        if entity is None:
            found = names.first_person(frame.cue_start)
            entity = registry.add(found, frame.gender) if found else None
        if entity is not None:
            return _out(entity, written, 0.7, intermediary, Via.ROLE_KNOWN), entity
    if mention.kind == "anonymous":
        entity = _anonymous_backref(mention, history) or registry.add(mention, frame.gender)
        return _out(entity, written, 0.7, intermediary, Via.ANONYMOUS), entity
    if mention.kind == "person" and mention.name:
        entity = registry.find_name(mention.name, role=mention.role)
        written_name = mention.name
        via = Via.NAMED if len(mention.name.split()) >= 2 else Via.SURNAME
        if entity is None and len(mention.name.split()) == 2:
            entity = _known_surname_then_object(mention.name, registry)
        if entity is None and (len(mention.name.split()) == 1 or fold_word(_first_word(mention.name)) == _FAMILY_LINK):
            full = names.full_name(mention.name)  # "الزهراني"، "آل مهنا": the full name the article gives
            if full:
                via = Via.SURNAME_EXPANDED
                mention = Mention(mention.text, full, mention.role, "person", mention.aliases)
                entity = registry.find_name(full)
        if entity is None:
            entity = registry.add(mention, _verb_gender(frame))
            entity.weak = frame.rule.endswith("noun") and not mention.role  # (a titled name is no object)
        for alias in (written_name, *names.kunyas(entity.name)):
            if alias != entity.name and alias not in entity.aliases:
                entity.aliases.append(alias)  # "عباس", "أبو مازن": how the article also names him
        entity.note_role(mention.role)
        conf = 0.9 if len(mention.name.split()) >= 2 else 0.8
        return _out(entity, written, conf, intermediary, via), entity
    if mention.kind == "role" and frame.mention and frame.content_start > frame.mention[1]:
        # "أفادنا مدير المهرجان في دورته الأولى الفنان سامي عطية، أن": the name in the verb's clause.
        inside = names.person_within(frame.mention[1], min(frame.content_start, frame.mention[1] + 160))
        if inside is not None:
            entity = registry.find_name(inside.name) or registry.add(inside, frame.gender)
            entity.note_role(mention.role)
            return _out(entity, written, 0.8, intermediary, Via.NAMED), entity
    if mention.kind == "role":
        entity = registry.find_role(mention.role) or _titled_surname(mention.role, registry)
        if entity is not None:
            return _out(entity, written, 0.75, intermediary, Via.ROLE_KNOWN), entity
        named = names.after_role(mention.role)
        if named is not None:
            entity = registry.find_name(named.name) or registry.add(named, frame.gender)
            return _out(entity, written, 0.7, intermediary, Via.ROLE_NAMED_ELSEWHERE), entity
        described = names.described_person(mention.role, frame.mention[0] if frame.mention else frame.cue_start)
        if described is not None:
            entity = registry.find_name(described.name) or registry.add(described, frame.gender)
            entity.note_role(mention.role)
            return _out(entity, written, 0.6, intermediary, Via.ROLE_NAMED_ELSEWHERE), entity
        known = _known_after_title(mention.role, registry)
        if known is not None:  # "ودعا العميد الحربي الأشقاء إلى": the titled surname, then the object
            return _out(known, written, 0.75, intermediary, Via.KNOWN_NAME), known
        entity = registry.add(Mention(written, mention.role, "", "person"), frame.gender)
        return _out(entity, written, 0.5, intermediary, Via.ROLE_BARE), entity
    # Organisations and bare definite words: a surname, a back-reference or an institution.
    name = mention.name or written
    if not name.strip(_PUNCT):
        return Resolved(None, written, "unknown", confidence=0.2), None
    entity = registry.find_name(name, "organization" if mention.kind == "organization" else None)
    via = Via.KNOWN_NAME
    if entity is None and len(name.split()) == 1:
        full = names.full_name(name)
        if full:
            via = Via.SURNAME_EXPANDED
            entity = registry.find_name(full) or registry.add(Mention(written, full, "", "person"), frame.gender)
    if entity is None and mention.kind in ("unknown", "group"):
        # "ودعا باسلمة المنظمات إلى"، "وقال عباس من مقر الرئاسة": a person the article named,
        # then the verb's object or an adjunct.
        entity = _person_by_surname(_first_word(name), registry)
    if entity is None and frame.document:
        entity = _document_issuer(written, frame, history, registry, names)
        via = Via.ORGANIZATION_BACKREF
    if entity is None and (fold_word(_first_word(name)) in _ORG_BACKREFS and len(name.split()) <= 2
                           or frame.document):
        via = Via.ORGANIZATION_BACKREF
        entity = _organization_backref(name, history, registry, names,
                                       frame.mention[0] if frame.mention else frame.cue_start, frame.paragraph)
    if (entity is None or speaker_problem(entity.name)) and frame.document:
        return Resolved(None, written, "unknown", confidence=0.2), None  # a report, its issuer unknown
    if entity is None:
        via = Via.GROUP if mention.kind == "group" else Via.ORGANIZATION
        kind = _lone_word_kind(name) if mention.kind == "unknown" else \
            {"group": "unknown"}.get(mention.kind, mention.kind)
        entity = registry.add(Mention(written, name, "", kind), frame.gender)
        entity.weak = mention.kind == "group"
    return _out(entity, written, 0.75, intermediary, via), entity


def _lone_word_kind(name: str) -> str:
    """Return the kind of a speaker named by words the article gives nothing else about.

    One definite word: a people noun in the plural or a word for "some" is unnamed people
    ("الباحثون"، "الأطباء"، "البعض": anonymous, never one speaker across articles), a word
    shaped like a family name is a person ("المالكي"); anything else is an institution
    ("الشرطة"، "الحكومة").
    """
    words = name.split()
    folded = fold_word(words[0]) if len(words) == 1 else ""
    if not folded.startswith(_ARTICLE):
        return "organization"
    bare = folded[len(_ARTICLE):]
    if folded in _UNNAMED_PEOPLE or is_subject_plural(bare) or is_oblique_plural(bare):
        return "anonymous"
    if is_name_like(folded) and not looks_foreign(folded):
        return "person"
    return "organization"


_UNNAMED_PEOPLE: Final = _fs(lx.UNNAMED_PEOPLE_WORDS) | _PEOPLE_PLURALS


def _known_after_title(role: str, registry: Registry) -> Entity | None:
    """Return the person the article named whose surname follows a title: "العميد الحربي …"."""
    words = role.split()
    if len(words) < 3 or fold_word(words[0]) not in _HONORIFICS:
        return None
    return _person_by_surname(words[1], registry)


def _titled_surname(role: str, registry: Registry) -> Entity | None:
    """Return the person the article named whose surname is all that follows a title.

    "الرئيس عباس"، "اللواء الدكتور الغزي": titles, then one word that ends a name read before.
    """
    *titles, surname = role.split() or [""]
    if not titles or any(fold_word(w) not in _HONORIFICS and fold_word(w) not in _ROLE_HEADS for w in titles):
        return None
    return _person_by_surname(surname, registry)


def _known_surname_then_object(name: str, registry: Registry) -> Entity | None:
    """Return the person whose surname opens "فيرالدي الأشقاء": a definite word after a known
    surname (not a given name) is the verb's object, not a family name."""
    first, second = name.split()
    if _is_given(first) or not fold_word(second).startswith(_ARTICLE):
        return None
    return _person_by_surname(first, registry)


def _person_by_surname(word: str, registry: Registry) -> Entity | None:
    """Return the person the article named whose name or alias ends in ``word``: "أوباما"."""
    entity = registry.find_name(word)
    if entity is None or entity.kind != "person":
        return None
    folded = fold_word(word)
    if len(entity.tokens) > 1 and entity.tokens[-1] == folded \
            or any(len(a.split()) > 1 and fold_word(a.split()[-1]) == folded for a in entity.aliases):
        return entity
    return None


_Found = TypeVar("_Found")


def _in_window(scan: Callable[..., _Found]) -> Callable[..., _Found | None]:
    """Run a narration scan of ``[start, end)`` on the words around that range only (``NameIndex._view``).

    A range of fewer than two words holds no verb and subject: the scan finds nothing.
    """
    @wraps(scan)
    def windowed(self: NameIndex, start: int, end: int, *args: Any) -> _Found | None:
        if self._under_two_words(start, end):
            return None
        return scan(self._view(start, end), start, end, *args)
    return windowed


class NameIndex:
    """Names written anywhere in the article, narration included.

    "الرئيس اليمني عبدربه منصور هادي" in the lead lets a later "وأكد الرئيس اليمني"
    resolve, and "الدكتور توفيق بن أحمد خوجة" lets "وأفاد الدكتور خوجة" resolve.
    """

    def __init__(self, text: str, body_of, *, words: list[tuple[int, int, str]] | None = None,
                 quotations: list[tuple[int, int]] | None = None, shared: dict[str, bool] | None = None) -> None:
        self.text = text
        self.body_of = body_of
        self._words = words
        self._folded_words: list[str] | None = None
        self._shared: dict[str, bool] = {} if shared is None else shared  # what an article's views compute once
        self._quotations = quotations

    @property
    def words(self) -> list[tuple[int, int, str]]:
        """The words of the article, tokenised on first use (most articles never need it)."""
        if self._words is None:
            self._words = word_tokens(self.text, _PUNCT)
        return self._words

    @property
    def folded_words(self) -> list[str]:
        """The words alone, for scans that look for one word."""
        if self._folded_words is None:
            self._folded_words = [w for _s, _e, w in self.words]
        return self._folded_words

    def full_name(self, surname: str) -> str | None:
        """Return the full name ending in ``surname``: "خوجة" → "توفيق بن أحمد خوجة"."""
        key = fold_word(surname)
        if not key or key in _PLACES:
            return None  # "الصين" names a country, never the end of a person's name
        for start, end in whole_word_spans(self.text, key):
            before = self.text[max(0, start - 60) : start]
            if before[-1:] != " ":
                continue
            words = before.split()[-5:]
            run: list[str] = []
            for k in range(len(words) - 1, -1, -1):
                word = words[k]
                if k and words[k - 1] == _THEOPHORIC and word.startswith(_ARTICLE) \
                        and (not run or run[0] in _NAME_LINKS or run[0] in _GIVEN):
                    run.insert(0, word)  # "عبد العزيز" written apart: the article opens its second half
                    continue
                if word.strip(_PUNCT) != word or not (word in _NAME_LINKS or word in _GIVEN or _is_name_word(word)) \
                        or word in _STOP_WORDS or word in _COMPLEMENTIZERS or is_bare_particle(word) \
                        or _is_prepositional_institution(word):  # ("… لرئاسة الفيفا": no name ends so)
                    break  # punctuation, a title or a function word ("إن وفودا من الصين"، "لم"): the name started after it
                run.insert(0, word)
            while run and not (run[0] in _GIVEN or (run[0].startswith(_THEOPHORIC) and len(run[0]) > 4)
                               or len(run) > 2 and run[1] in _PATRONYMIC_LINKS):  # "جمعان بن أحمد"
                run.pop(0)
            if not run:
                continue
            span_start = self.text.rfind(" ".join(run), 0, start)
            original = self.body_of(span_start, end) if span_start >= 0 else ""
            if original.rstrip(_PUNCT).endswith(_ALEF_MAKSURA) and not surname.endswith(_ALEF_MAKSURA):
                continue  # "يسقط على" is the preposition: folding spells it like the name "علي"
            if original and (_is_given(_first_word(original)) or len(run) > 2 and run[1] in _PATRONYMIC_LINKS):
                return original.strip(_PUNCT)
        return None

    def kunyas(self, name: str) -> tuple[str, ...]:
        """Return kunyas written right after ``name``: "محمود عباس أبو مازن" → ("أبو مازن",)."""
        if len(name.split()) < 2:
            return ()
        folded = fold_word(name)
        # Most articles write no kunya after the name: look for one after the name's last
        # word before building the name's own pattern.
        last = folded.split(" ")[-1]
        at = self.text.find(last)
        while at >= 0 and not _KUNYA_TAIL_RE.match(self.text, at + len(last)):
            at = self.text.find(last, at + 1)
        if at < 0:
            return ()
        found = []
        for m in _kunya_after_re(folded).finditer(self.text):
            kunya = self.body_of(m.start(1), m.end(1))
            if kunya not in found:
                found.append(kunya)
        return tuple(found)

    def organization_before(self, head: str, before: int, adjectives: tuple[str, ...] = ()) -> Mention | None:
        """Return the institution last named with the noun ``head`` before offset ``before``.

        "رفعت وكالة ستاندرد آند بورز تصنيفها … وقالت الوكالة" → وكالة ستاندرد آند بورز:
        ``head`` is the folded noun without its article ("وكاله"); the dual ("وكالتا فارس
        وتسنيم") counts too. A name needs words after the noun (a definite one only
        counts with a definite modifier: "المعهد القومي للبحوث"), up to punctuation, a
        function word or a verb. ``adjectives`` of the back-reference ("الهندية") must not
        clash with another nisba of the name ("شركة فالكامبي السويسرية").
        """
        forms = {head, _ARTICLE + head}
        if head.endswith("\N{ARABIC LETTER HEH}"):
            forms |= {head[:-1] + "\N{ARABIC LETTER TEH}\N{ARABIC LETTER ALEF}",
                      head[:-1] + "\N{ARABIC LETTER TEH}\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}"}
        words = self.words
        stop = bisect_left(words, (before,))
        for i in range(stop - 1, -1, -1):
            start, end, word = words[i]
            offset = 0
            if word not in forms:
                if not (word[:1] in _CONJUNCTIONS and word[1:] in forms):
                    continue  # (an object of a preposition, "لشركة …", is rarely the one speaking later)
                offset = 1  # "وكالة" with the conjunction glued on
            last = i
            for j in range(i + 1, min(i + 7, stop)):
                nxt = words[j][2]
                if self._break_before(j) or not nxt or is_function_word(nxt) \
                        or word_class(nxt) == "verb" or nxt in CUE_FORMS or nxt[1:] in CUE_FORMS \
                        or _person_after_institution(words[j - 1][2], nxt) or nxt in _CARDINALS or _accusative_noun(nxt) \
                        or words[j - 1][2].startswith(_ARTICLE) and _bare_imperfect(nxt):
                    break  # (the verb's object: "… ثلاث شرائح"; a headline's verb: "البنك الدولي يعدل")
                if j > i + 1 and word_class(words[j - 1][2]) is None and word_class(nxt) == "masdar":
                    break  # "وكالة فيتش تصنيف البلاد": a dictionary noun after the name is its object
                if j > i + 1 and len(nxt) > 4 and nxt.endswith(_OBJECT_SUFFIXES) and not is_name_like(nxt):
                    break  # "اختتمت جمعية أصدقاء المجتمع رحلتها": a noun with "her"/"their" is its object
                if j + 1 < stop and _construct_after_adjective(words[j - 1][2], nxt, words[j + 1][2]):
                    break  # "أعلنت كلية … الصناعية أسماء الطلاب": the verb's object
                last = j
                if self.text[words[j][1] - 1 : words[j][1]] in _QUOTES:
                    break  # a quoted name ends it: صحيفة "النهار"
            if last == i:
                continue
            definite = word[offset:].startswith(_ARTICLE)
            named = [w for _s, _e, w in words[i + 1 : last + 1]]
            if definite and not named[0].startswith(_DEFINITE):
                continue  # "الوكالة أن": the back-reference itself, not a naming
            if not definite and (i and _describes_kind(words[i - 1][2]) or named[0].endswith(_FEMININE) and not (
                    len(named) > 1 and named[1].startswith(_DEFINITE))):
                continue  # "أكبر شركة", "مؤسسة بحثية بريطانية": a description ("مؤسسة مراقبة الأغذية" is a name)
            nisbas = {w for w in named if w.startswith(_ARTICLE) and w.endswith(_NISBA_ENDINGS)}
            if adjectives and nisbas and not nisbas & set(adjectives):
                continue
            name = self.body_of(start + offset, words[last][1]).strip(_PUNCT)
            return Mention(name, name, "", "organization")
        return None

    def documents_before(self, head: str, before: int, limit: int = 3) -> list[tuple[int, int]]:
        """Return the spans of the last ``limit`` words naming a document ``head`` before ``before``.

        ``head`` is folded, without its article ("تقرير"); the word may carry it and a
        conjunction or preposition ("وفي التقرير"، "بدراسة"), latest first.
        """
        found: list[tuple[int, int]] = []
        start = self.text.rfind(head, 0, before)
        while start >= 0 and len(found) < limit:
            end = start + len(head)
            lead = self.text[max(0, start - 5) : start]
            lead = lead[max(lead.rfind(" "), lead.rfind("\n")) + 1 :]
            # (also accusative: "أصدرت المنظمة تقريرا")
            rest = end + (self.text[end : end + 1] == _ALEF)
            if lead in _DOCUMENT_CLITICS and (rest == len(self.text) or not self.text[rest].isalnum()):
                found.append((start, end))
            start = self.text.rfind(head, 0, start)
        return found

    def _view(self, start: int, end: int) -> NameIndex:
        """Return an index of the words around ``[start, end)`` only, or this one if tokenised already.

        The narration scans read a window of the text (at most 1,500 characters before a
        cue), while tokenising a long article whole costs more than all of them. The view's
        words carry the same offsets, and its margins (``_VIEW_MARGIN`` words each side, or
        the text's own ends) hold every word a scan looks at, so it answers as the whole would.
        """
        if self._words is not None:
            return self
        # (a window edge at a space never cuts a word)
        lo = self.text.rfind(" ", 0, max(0, start - _VIEW_CHARS)) + 1
        hi = self.text.find(" ", end + _VIEW_CHARS)
        hi = len(self.text) if hi < 0 else hi
        words = word_tokens(self.text, _PUNCT, lo, hi)
        first, last = bisect_left(words, (start,)), bisect_left(words, (end,))
        if lo and first < _VIEW_MARGIN or hi < len(self.text) and len(words) - last < _VIEW_MARGIN:
            return self  # (very long tokens: the margins are too thin, read the whole)
        return NameIndex(self.text, self.body_of, words=words, quotations=self.quotations, shared=self._shared)

    @_in_window
    def narrated_subject(self, start: int, end: int, skip: list[tuple[int, int]]) -> tuple[int, Mention] | None:
        """Return the last person the narration makes the subject of a verb in ``[start, end)``.

        "… ورفض الدكتور سامي خليل القرار، مشيرا إلى" → سامي خليل: a verb opening a clause
        (after a sentence or clause break, "و", "حيث", "ثم") followed by a titled or given
        name. Also a sentence opening with a name set off by a comma ("وسامي خليل، رئيس
        النادي، رفض …"). Offsets inside ``skip`` (quoted contents) are not narration.
        """
        words = self.words
        lo, hi = bisect_left(words, (start,)), bisect_left(words, (end,))
        skipped = _span_test([*skip, *self.quotations])
        for k in range(hi - 1, lo - 1, -1):
            pos = words[k][0]
            if skipped(pos):
                continue
            # (the verb first: most words may open a name, few are verbs)
            if k > lo and self._verb_at(k - 1) and _may_open_name(words[k][2]) \
                    and (self._opens_clause(k - 1) or _says_it(words[k - 1][2])) \
                    or k > lo + 1 and words[k - 1][2].endswith(_IT_SUFFIXES) \
                    and _says_it_through(words[k - 2][2], words[k - 1][2]) and _may_open_name(words[k][2]) \
                    and not self._object_clause(k - 2):
                found = self._person_at(k, hi)
            elif k > lo and self._after_contrast(k) and (words[k][2] in _HONORIFICS or _is_role_word(words[k][2])):
                # "لكن مدرب الفريق جون ستامب لم تعن له الخسائر أي أهمية، حيث أكد": a fronted subject
                found = self._person_at(k, hi)
            elif k > lo and words[k - 1][2] in _AGENT_EVENTS and (words[k][2] in _HONORIFICS or _is_role_word(words[k][2])):
                # "جاء ذلك خلال ترؤس الشيخ سامي خليل اجتماع اللجنة. ونوه إلى": who chaired it
                found = self._person_at(k, hi)
            elif (words[k][2] in _GIVEN or words[k][2][1:] in _GIVEN) and self._opens_clause(k, sentence=True):
                found = self._person_at(k, hi, topic=True)
                if found is not None and not self._set_off(k, found):
                    found = None  # "حسن الظن …": a topic name is set off by a comma or a bracket
            else:
                continue
            if found is not None:
                return pos, found
        return None

    def _object_clause(self, k: int) -> bool:
        """Return whether the verb at ``k`` is in a "ما" clause that is another word's object.

        "استغرب التناقض بين ما أشار إليه X" (after a preposition or a verb): X is not the
        narration's subject; "وهو ما أشار إليه X" makes him one.
        """
        words = self.words
        if k < 2 or words[k - 1][2] != _MA:
            return False
        before = words[k - 2][2]
        return is_bare_particle(before) or self._verb_at(k - 2)

    @_in_window
    def narrated_group(self, start: int, end: int, skip: list[tuple[int, int]]) -> Mention | None:
        """Return the plural subject the narration last gave a verb in ``[start, end)``.

        "وتمسك العشرات باعتصامهم، مشيرين إلى" → العشرات: a clause-opening verb followed by a
        definite plural ("ـون", "ـين", "ـات") and its definite adjectives, an unnamed group
        ("أهالي حي الجامعة"), a quantity of people ("عدد من المرضى"), an indefinite plural
        ("أمنيون وتربويون"، "مسؤولو الشركة") or a plural in ات with its nisba ("قيادات أمنية").
        """
        words = self.words

        def plural(k: int) -> bool:
            word = words[k][2]
            return word.startswith(_ARTICLE) and word.endswith(_PLURAL_ENDINGS) and word not in _STOP_WORDS \
                or word in _GROUP_HEADS or is_subject_plural(word) or self._described_plural(k) \
                or word in _GROUP_QUANTIFIERS and k + 2 < len(words) and words[k + 1][2] == _FROM

        for k, hi in self._verb_subjects(start, end, skip, plural):
            word = words[k][2]
            indefinite = not word.startswith(_ARTICLE) and is_subject_plural(word)
            if word in _GROUP_QUANTIFIERS:  # "وأشاد عدد من المرضى بالمبادرة": the quantity and whom
                last = self._group_end(k + 2, hi)
            elif indefinite and not word.endswith(_PLURAL_ENDINGS):  # "أشاد منسوبو القوات": in construct
                last = self._group_end(k + 1, hi) if k + 1 < hi else k
            elif indefinite:  # "أكد أمنيون وتربويون"، "قال مسؤولون أمنيون": coordinated plurals, adjectives
                last = self._words_end(k, hi, 3, lambda w: is_subject_plural(w[1:] if w[:1] == _WAW else w))
            elif self._described_plural(k):  # "ثمنت قيادات أمنية": the plural and its adjectives
                last = self._words_end(k, hi, 2, lambda w: w.endswith(_FEMININE_NISBA))
            elif word in _GROUP_HEADS and not word.endswith(_PLURAL_ENDINGS):
                # "شكا أهالي حي الجامعة …، وأكدوا": an unnamed group in construct with its place
                last = self._words_end(k, hi, 3, lambda w: w in _NAMED_PLACES or (
                    w.startswith(_ARTICLE) and word_class(w) is None))
            else:
                last = self._words_end(k, hi, 2, _agrees_with(word))
            name = self.body_of(words[k][0], words[last][1]).strip(_PUNCT)
            return Mention(name, name, "", "group")
        return None

    def quoted_group(self, start: int, end: int) -> Mention | None:
        """Return a definite plural that opens quoted words as the subject of a plural verb.

        "«الناجون أخبروا زملاءنا أن المهرب …»" → الناجون: who a speaker reports speaking.
        """
        words = self.words
        lo = bisect_left(words, (start,))
        if lo and words[lo - 1][1] > start:
            lo -= 1  # (a word's span may open with the quotation mark)
        if lo + 1 >= len(words) or words[lo][0] >= end:
            return None
        word, verb = words[lo][2], words[lo + 1][2]
        if not (word.startswith(_ARTICLE) and word.endswith(_PLURAL_ENDINGS[:2]) or word in _GROUP_HEADS) \
                or not verb.endswith(_PLURAL_VERB_ENDING) or word_class(verb) not in (None, "verb") or is_function_word(verb):
            return None
        name = self.body_of(words[lo][0], words[lo][1]).strip(_PUNCT)
        return Mention(name, name, "", "group")

    def _words_end(self, k: int, hi: int, most: int, accepts: Callable[[str], bool]) -> int:
        """Return the last of the words after word ``k`` (up to ``most``, before ``hi``) that
        ``accepts`` takes, one after another with no break between them."""
        last = k
        while last + 1 < hi and last - k < most and accepts(self.words[last + 1][2]) \
                and not self._break_before(last + 1):
            last += 1
        return last

    @_in_window
    def narrated_institution(self, start: int, end: int, skip: list[tuple[int, int]],
                             gender: str | None = "f") -> Mention | None:
        """Return the institution the narration last made the subject of a verb in ``[start, end)``.

        "هنأت سفارة المملكة بالقاهرة مصر، مؤكدة دعمها" → سفارة المملكة: a clause-opening verb
        followed by an institution noun ("وزارة"، "الهيئة"، "قوات") and its name. ``gender``
        is the verb's: "f" a feminine verb ("أعلنت الوزارة"، "تواصل الهيئة"), "m" a masculine
        verb and noun ("رفض الحزب"، "يواصل المجلس"), None either.
        """
        words = self.words

        def institution(k: int) -> bool:
            if words[k][2] not in _ORG_HEADS:
                return False
            verb = words[k - 1][2]
            bare = verb[1:] if verb[:1] in _CONJUNCTIONS else verb
            if bare.endswith(_TEH) or bare.startswith(_TEH):
                return gender != "m"
            # (a masculine verb before a feminine noun is no subject of it: "أعلن قوات" is rare, "ألقى كلمة"
            # an object; "بين" also spells a verb: "بين روسيا وفلسطين")
            return gender != "f" and not words[k][2].endswith((_HEH, _FEMININE_PLURAL)) and not is_function_word(bare)

        def subject(k: int) -> bool:
            return word_class(words[k][2]) is None and words[k][2] not in _TIME_WORDS

        # A masculine verb continues the nearest clause's subject only ("… حيث رحب مدير النادي
        # بالحضور وقال"): masculine institutions are the narration's commonest subjects.
        for k, hi in self._verb_subjects(start, end, skip, subject if gender == "m" else institution):
            if not institution(k):
                return None
            last = k
            while last + 1 < hi and last - k < 4 and not self._break_before(last + 1):
                nxt = words[last + 1][2]
                if word_class(nxt) not in (None, "masdar") or nxt in _TIME_WORDS or any(c.isdigit() for c in nxt) \
                        or nxt in _CARDINALS \
                        or nxt.startswith(_ARTICLE) and words[last][2].startswith(_ARTICLE) and (
                            not nxt.endswith(_NISBA_ENDINGS) or gender == "m" and last == k and nxt.endswith(_FEMININE_NISBA)):
                    # an adverb, a time, an object ("الشركة المستثمرين"، "المجلس العملية" after a
                    # masculine verb: its noun's adjective is masculine): the name ended
                    break
                last += 1
            mention = split_role_and_name(self.body_of(words[k][0], words[last][1]).strip(_PUNCT))
            if mention.kind == "organization" and mention.name:
                return mention
        return None

    def _described_plural(self, k: int) -> bool:
        """Tell whether word ``k`` is an indefinite plural in ات described by a nisba: "قيادات أمنية"."""
        words = self.words
        word = words[k][2]
        return len(word) > 4 and word.endswith(_FEMININE_PLURAL) and not word.startswith(_ARTICLE) \
            and k + 1 < len(words) and words[k + 1][2].endswith(_FEMININE_NISBA) \
            and not words[k + 1][2].startswith(_ARTICLE) and not self._break_before(k + 1)

    def _group_end(self, k: int, hi: int) -> int:
        """Return the last word of a group's noun phrase whose noun is word ``k``.

        "عدد من كبار السن من أهالي …" → السن, "عدد من مؤسسات حجاج الداخل، …" → الداخل: the
        noun and up to three words in construct or agreement with it (after a definite word
        only definite ones), ending at a break, a particle, a verb, a verbal noun or a time;
        a titled name in construct ends it ("مسؤولو مستشفيات الدكتور سليمان الحبيب").
        """
        words, last = self.words, k
        while last + 1 < hi and last - k < 3 and not self._break_before(last + 1):
            nxt = words[last + 1][2]
            if nxt in _HONORIFICS:
                named = self._person_at(last + 1, hi)
                return last + len(named.text.split()) if named is not None else last
            definite = words[last][2].startswith(_ARTICLE)
            if word_class(nxt) is not None or nxt in _STOP_WORDS or nxt in _TIME_WORDS \
                    or definite and not (nxt.startswith(_ARTICLE) and nxt.endswith(_GROUP_ADJECTIVE_ENDINGS)) \
                    or not nxt.startswith(_ARTICLE) and (nxt[:1] in _CLITIC_PREPOSITIONS or not nxt.isalpha()):
                break  # (after a definite word only its adjectives: "الخبراء الأمنيين", not "الحادث")
            last += 1
        return last

    def _verb_subjects(self, start: int, end: int, skip: list[tuple[int, int]],
                       head: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
        """Yield, last first, the words in ``[start, end)`` that ``head`` accepts right after a
        clause-opening verb, outside ``skip`` and quotations, with the end of the word range.
        """
        if self._under_two_words(start, end):
            return
        words = self.words
        lo, hi = bisect_left(words, (start,)), bisect_left(words, (end,))
        skipped = _span_test([*skip, *self.quotations])
        for k in range(hi - 1, lo, -1):
            if head(k) and not skipped(words[k][0]) and self._opens_clause(k - 1) and self._verb_at(k - 1):
                yield k, hi

    def _under_two_words(self, start: int, end: int) -> bool:
        """Return whether fewer than two words start in ``[start, end)``: no verb and name fit.

        Most continuations follow their quote closely ("…»، وأضاف"): the article need not be
        tokenised for them.
        """
        if self._words is not None:
            return False  # tokenised already: the scan itself is cheap
        found = _WORD_RE.finditer(self.text, start, end)
        return next(found, None) is None or next(found, None) is None

    @property
    def quotations(self) -> list[tuple[int, int]]:
        """Spans inside quotation marks: names there are quoted, not narrated."""
        if self._quotations is None:
            self._quotations = [m.span() for m in _QUOTATION_RE.finditer(self.text)]
        return self._quotations

    def person_within(self, start: int, end: int) -> Mention | None:
        """Return the first person named with a title or a given name in ``[start, end)``."""
        words = self.words
        lo, hi = bisect_left(words, (start,)), bisect_left(words, (end,))
        for k in range(lo, hi):
            word = words[k][2]
            if word in _HONORIFICS or word in _GIVEN or word in _ROLE_HEADS and word.startswith(_ARTICLE):
                found = self._person_at(k, hi)  # ("السفير سالم بن فهد": a definite title marks a name too)
                if found is not None:
                    return found
            if is_function_word(word) and word not in _ROLE_DOMAIN \
                    or word[:1] in _CLITIC_PREPOSITIONS and len(word) > 4 and not _is_prepositional_institution(word):
                return None  # "بحضور الرئيس …", "خلال لقائه …": another participant ("لصحيفة" is the role's)
        return None

    def person_ending_at(self, cue_start: int) -> Mention | None:
        """Return the person named right before the relative pronoun that precedes ``cue_start``.

        "بحسب الطبيبة سارة خليل، التي تضيف أن" → سارة خليل.
        """
        words = self.words
        k = bisect_left(words, (cue_start,)) - 2  # the word before "التي"
        if k < 0:
            return None
        for start in range(max(0, k - 5), k):
            if any(ch in self._gap(j) for j in range(start + 1, k + 1) for ch in ".:\n؛"):
                continue
            mention = split_role_and_name(self.body_of(words[start][0], words[k][1]).strip(_PUNCT))
            if mention.kind == "person" and len(mention.name.split()) >= 2:
                return mention
        return None

    def first_person(self, before: int) -> Mention | None:
        """Return the first person named with a title or a given name before offset ``before``."""
        words = self.words
        hi = bisect_left(words, (before,))
        for k in range(hi):
            word = words[k][2]
            if word in _HONORIFICS or word in _GIVEN or word in _ROLE_HEADS:
                found = self._person_at(k, hi)
                if found is not None:
                    return found
        return None

    def _names_ali(self, k: int) -> bool:
        """Tell whether word ``k`` is the name "علي", not the preposition "على" it folds like.

        Only where it is written with ya and the text writes the preposition with alef maksura
        elsewhere (texts that spell both "علي" read it as the preposition).
        """
        if not _is_given(self.body_of(*self.words[k][:2])):
            return False
        apart = self._shared.get(_ALI_APART)
        if apart is None:  # (once per article: the views share it)
            apart = self._shared[_ALI_APART] = lx.ALA_PREPOSITION in self.body_of(0, len(self.text))
        return apart

    def _after_contrast(self, k: int) -> bool:
        """Tell whether word ``k`` follows a contrastive opener: "لكن"، "غير أن"، "إلا أن"."""
        words = self.words
        if words[k - 1][2] in _CONTRAST_WORDS:
            return True
        return k >= 2 and f"{words[k - 2][2]} {words[k - 1][2]}" in _CONTRAST_WORDS

    def _set_off(self, k: int, mention: Mention) -> bool:
        """Return whether the name opening at word ``k`` is followed by a comma or a bracket."""
        end = k + len(mention.text.split()) - 1
        if end + 1 >= len(self.words):
            return False
        return any(ch in self._gap(end + 1) for ch in "،,(")

    def _verb_at(self, k: int) -> bool:
        """Tell whether word ``k`` is a verb, reading its spelling where folding hides it.

        Folding writes ة as ه and drops hamza: "كرة" (a noun) folds like the verb "كره", and
        the verb "هنأ" like the adverb "هنا".
        """
        word = self.words[k][2]
        if _is_verb(word):  # (only a folded final ه may have been ة)
            return word[-1:] != _HEH or not self.body_of(*self.words[k][:2]).endswith(_TEH_MARBUTA)
        return word[-1:] == _ALEF and len(word) > 2 and word_class(word) in _HAMZA_VERB_CLASHES \
            and self.body_of(*self.words[k][:2]).endswith(_HAMZA_ALEF)

    def _opens_clause(self, k: int, *, sentence: bool = False) -> bool:
        words = self.words
        word = words[k][2]
        gap = self.text[words[k - 1][1] : words[k][0]] if k else "\n"
        if k and gap == " ":
            # (a word's span keeps its punctuation; a dash glued to it ends a dateline: "مصر (CNN)--")
            tail = self._glued_tail(k - 1)
            if any(ch in _DASHES for ch in tail):
                return True
            gap = tail + gap
        if gap != " " and (not _SENTENCE_BREAKS.isdisjoint(gap) or (not sentence and not _CLAUSE_BREAKS.isdisjoint(gap))):
            return True  # (a single space, the usual gap, breaks nothing)
        previous = words[k - 1][2] if k else ""
        if sentence:
            return False
        if word[:1] in _CONJUNCTIONS or previous in _CLAUSE_OPENERS:
            return True
        # "من ناحية أخرى قدم المدير …": a short adverbial opener starts the sentence before the verb.
        for j in range(k - 1, max(k - 4, 0) - 1, -1):
            if j == 0 or not _SENTENCE_BREAKS.isdisjoint(self._gap(j)):
                opener = words[j][2]
                return is_function_word(opener) or (opener[1:] if opener[:1] in _CONJUNCTIONS else opener) \
                    in _TIME_PREPOSITIONS
        return False

    def _person_ends_at(self, j: int, hi: int, titled: bool, comma_before: bool) -> bool:
        """Tell whether word ``j`` ends a person's mention opened before it (by a title when ``titled``)."""
        words = self.words
        word, gap = words[j][2], self._gap(j)
        if not _NAME_BREAK_CHARS.isdisjoint(gap):
            # "مدير مكتب الرئاسة، محمد مارم، …": a given name set off after a title is its holder's
            return not (titled and not comma_before and gap.strip() in ("،", ",")
                        and _is_given(self.body_of(*words[j][:2])))
        if (is_bare_particle(word) or word in _NAME_ENDERS) and not (titled and word in _ROLE_DOMAIN) \
                and not self._in_honorific(j, hi) and not self._names_ali(j):
            return True  # ("عميدة … في جامعة هارفارد الدكتورة …": a title's domain goes on)
        return self._verb_at(j) or word in _SPEECH_EVENTS or _addressed(word) \
            or _bare_imperfect(word) and not _is_given(self.body_of(*words[j][:2]))

    def _in_honorific(self, j: int, hi: int) -> bool:
        """Tell whether word ``j`` is part of a two-word honorific whose words fold like a particle: "آية الله"."""
        words = self.words
        return j + 1 < hi and f"{words[j][2]} {words[j + 1][2]}" in _HONORIFICS \
            or f"{words[j - 1][2]} {words[j][2]}" in _HONORIFICS

    def _person_at(self, k: int, hi: int, *, topic: bool = False) -> Mention | None:
        """Return the person named from word ``k`` on: titles and a name with a given name or a title."""
        words = self.words
        last = k
        titled = _is_role_word(words[k][2])
        comma_before = False  # (a comma between the title and the word looked at)
        for j in range(k, min(k + 12, hi)):
            if j > k and self._person_ends_at(j, hi, titled, comma_before):
                break  # "السيد سامي كان يخاطب"، "شرح كيري لـ«الشرق الأوسط»"، "الباحث عبد الله يشكك": a verb,
                # a particle, whom he told
            comma_before = comma_before or j > k and ("،" in self._gap(j) or "," in self._gap(j))
            if j > k and words[j][2] in _TRIBUTE_NOUNS:
                while last > k and _praises(words[last][2]):
                    last -= 1  # "ورفع الحقيل أسمى آيات التهاني لـ…": the object begins
                break
            last = j
        # A name set off by a comma before a title is a person's, however foreign: "ستيف ماك، الأمين العام"
        apposed = last + 1 < len(words) and "،" in self.text[words[last][1] : words[last + 1][0]] \
            and _is_role_word(words[last + 1][2])
        while last >= k:
            written = self.body_of(words[k][0], words[last][1]).strip(_PUNCT)
            if topic and written[:1] == _WAW and fold_word(written[1:].split()[0]) in _GIVEN:
                written = written[1:]
            mention = split_role_and_name(written)
            name_words = mention.name.split()
            titled = bool(mention.role) and len(name_words) >= 2 and not _TIME_WORDS & set(map(fold_word, name_words)) \
                and all(word_class(w) is None for w in name_words[:-1]) \
                and not fold_word(name_words[-1]).endswith(_OBJECT_SUFFIXES)  # "زهران استقالته": an object
            if mention.kind == "person" and len(mention.name.split()) >= 2 and _plain_name(name_words) \
                    and (mention.evidence >= 2 or apposed or titled) and speaker_problem(mention.name) is None:
                return mention  # (a title before words outside the dictionary marks a name too)
            if mention.kind == "role" and _is_styled_title([fold_word(w) for w in written.split()], offices=True):
                # "ورفع نائب خادم الحرمين الشريفين الشكر …": one office, one holder at a time.
                return Mention(written, written, "", "person")
            last -= 1
        return None

    def after_role(self, role: str) -> Mention | None:
        """Return the person named right after ``role`` somewhere in the article."""
        key = [fold_word(w) for w in role.split() if fold_word(w) not in _HONORIFICS]
        n = len(key)
        if not n:
            return None
        folded_words = self.folded_words
        before: Mention | None = None
        first, last = key[0], len(folded_words) - n
        i = -1
        while True:
            try:
                i = folded_words.index(first, i + 1, max(last, 0))  # (a C scan for the title's first word)
            except ValueError:
                break
            if folded_words[i : i + n] == key:
                stop = i + n
                # "مدير عام الشركة، سامي خليل عن …": one comma may set the name off the title.
                apposed = stop < len(self.words) and self._gap(stop).strip() in ("،", ",")
                if apposed and self._conjunct(stop):
                    # "الفريق عثمان المحرج مدير الأمن العام، والفريق عبد الله القرني": the
                    # next one in a list, not the title's holder; the name before it is.
                    before = before or self._name_before(i, role)
                    continue
                reach = i + n + 6
                while stop < len(self.words) and stop < reach:
                    gap = self._gap(stop) if not (apposed and stop == i + n) else ""
                    styled = self._styled_words(stop) if not any(ch in gap for ch in "،,.:؛\n") else 0
                    if styled:
                        # (a style and the title after it take no room: "نائب خادم الحرمين الشريفين
                        # صاحب السمو الملكي الأمير محمد بن نايف")
                        if stop + styled < len(self.words) and self.words[stop + styled][2] in _HONORIFICS:
                            styled += 1
                        stop, reach = stop + styled, reach + styled
                        continue
                    if any(ch in gap for ch in "،,.:؛\n") or self.words[stop][2] in _ROLE_SCAN_STOPS \
                            or apposed and stop > i + n and is_function_word(self.words[stop][2]) \
                            or stop > i + n and self.words[stop][2] in _ROLE_HEADS:
                        break  # "… بيتر ماكغراث مدرب الفريق": another title ends the name
                    stop += 1
                while i + n < stop < len(self.words) and self.words[stop - 1][2] in _NAME_LINKS \
                        and not any(ch in self._gap(stop) for ch in "،,.:؛\n"):
                    stop += 1  # the window closed inside the name: "… إبراهيم بن" goes on to "علي"
                if apposed and 2 <= stop - i - n <= 4 and self._reads_as_name(i + n, stop) \
                        and not self._styled_words(i + n):  # ("…، صاحب السمو الملكي" is a style, no name)
                    name = self.body_of(self.words[i + n][0], self.words[stop - 1][1]).strip(_PUNCT)
                    return Mention(name, name, role, "person", evidence=2)  # "المدير العام، أمين سامي"
                if stop > i + n:
                    mention = split_role_and_name(self.body_of(self.words[i][0], self.words[stop - 1][1]))
                    if mention.kind == "person" and len(mention.name.split()) >= 2 and mention.evidence >= 2 - apposed \
                            and word_class(fold_word(mention.name.split()[0])) not in ("pronoun", "aux_verb") \
                            and not self._object_after_title(key[-1], i + n, mention.name):
                        return mention  # ("الرئيس عباس، نحن نقول": a pronoun opens no name, "…، قام بحمل" a verb)
                before = before or self._name_before(i, role)
        return before

    def _styled_words(self, k: int) -> int:
        """Return how many words of a style ("صاحب السمو الملكي") start at word ``k``, 0 for none."""
        return next((len(title) for title in _STYLED_TITLES if k + len(title) <= len(self.words)
                     and tuple(w[2] for w in self.words[k : k + len(title)]) == title), 0)

    def _object_after_title(self, title_end: str, k: int, name: str) -> bool:
        """Tell whether word ``k``, right after a title ending in ``title_end``, is a verb's object.

        A definite word closes a construct, so a bare common noun after it starts something
        else: "أعلن رئيس الاتحاد دعم الفرنسي X" (X is whom he backs, not the president);
        "مدير فرع الوزارة X"، "المتحدث الرسمي عن القبيلة X" and "الرئيس X" go on to the holder's name.
        """
        word = self.words[k][2]
        return title_end.startswith(_ARTICLE) and word != fold_word(name.split()[0]) and not self._styled_words(k) \
            and not (word.startswith(_ARTICLE) or word[:1] in _CONSTRUCT_PREFIXES or word in _ROLE_HEADS
                     or word in _HONORIFICS or is_function_word(word) or is_name_like(word) or looks_foreign(word))

    def _conjunct(self, k: int) -> bool:
        """Tell whether word ``k`` opens another conjunct: "و" glued to a title or a given name."""
        word = self.words[k][2]
        rest = word[1:]
        return word[:1] == _WAW and word not in _GIVEN and (
            rest in _HONORIFICS or rest in _ROLE_HEADS or _is_bare_title(rest) or rest in _GIVEN)

    def described_person(self, role: str, before: int) -> Mention | None:
        """Return the person last written beside a word of ``role`` before offset ``before``.

        "وعد الألماني هانز مولر مدرب الفريق … وقال المدرب الألماني" → هانز مولر: two or
        three name-shaped words (indefinite, outside the dictionary) right before or after
        the title's head noun or one of its adjectives.
        """
        written = [x for x in role.split() if fold_word(x) not in _HONORIFICS or fold_word(x) in _ROLE_HEADS]
        folded_role = [fold_word(x) for x in written]
        bare = [w[2:] if w.startswith(_ARTICLE) else w for w in folded_role]
        if not bare or bare[0] not in _ROLE_HEADS:
            return None  # only a person's title: "مؤسسة مراقبة الصحة" names a body
        # (a word joined by "و" is another noun, not the title's adjective: "للعلوم والتقنية";
        # one after a place is the place's: "اتحاد أمريكا الجنوبية"; ى, folded like ي, ends no
        # adjective: "المشرفة على المبنى")
        keys = {bare[0], *(w for k, w in enumerate(bare[1:], 1) if w.endswith(_NISBA_ENDINGS)
                           and not written[k].endswith(_ALEF_MAKSURA) and not is_function_word(w)
                           and not w.startswith(_WAW_ARTICLE) and folded_role[k - 1] not in _PLACES)}
        words = self.words
        hi = bisect_left(words, (before,))
        # A short title may stand for one written in construct: "وقال المحافظ" after "محافظ عدن
        # الجديد نايف صالح البكري" (not an unnamed official's, nor "ابن X", whose X is another man;
        # a long mention has words of its own after the title, a name the lists lack).
        construct_title = len(folded_role) <= 4 and bare[0] not in _ANON_HEADS and bare[0] not in _RELATION_HEADS \
            and bare != [_PRESIDENT]  # ("الرئيس" is the head of state, not "رئيس الوزراء …")
        for i in range(hi - 1, -1, -1):
            word = words[i][2]
            if (word[2:] if word.startswith(_ARTICLE) else word) not in keys:
                continue
            for lo, up in ((i + 1, i + 4), (i - 3, i)):
                forward = lo > i
                if forward and i + 1 < hi and self._break_before(i + 1) \
                        or not forward and self._break_before(i):
                    continue  # the name must touch the title
                run = self._name_run(max(lo, 0), min(up, hi), forward=forward)
                if run is not None:
                    name = self.body_of(words[run[0]][0], words[run[1]][1]).strip(_PUNCT)
                    return Mention(name, name, role, "person", evidence=1)
            titled = self._titled_after(i, hi, bare[1:]) if construct_title else None
            if titled is not None:
                return Mention(titled, titled, role, "person", evidence=1)
        return None

    def _titled_after(self, i: int, hi: int, rest: list[str]) -> str | None:
        """Return the name a given name opens after the construct title at word ``i`` and its domain.

        "محافظ عدن الجديد نايف صالح البكري" → "نايف صالح البكري": the title's construct and
        adjectives come between (up to eight words, no break). The words of the title sought
        after its head (``rest``, without the article: "الوزير الأمريكي" → أمريكي) must be there.
        """
        if self.words[i][2].startswith(_ARTICLE):
            return None  # (a definite title is found where it stands: "وقال المحافظ" names no construct)
        stop = i + 1
        while stop < hi and not self._break_before(stop) \
                and (stop < i + 8 or self.words[stop - 1][2] in _NAME_LINKS):  # (not cut after "بن")
            stop += 1
        if stop - i < 3:
            return None
        window = {w[2][2:] if w[2].startswith(_ARTICLE) else w[2] for w in self.words[i + 1 : stop]}
        if not window.issuperset(rest):
            return None
        found = split_role_and_name(self.body_of(self.words[i][0], self.words[stop - 1][1]))
        names = [fold_word(w) for w in found.name.split()]
        if found.kind != "person" or len(names) < 2 or not _is_given(found.name.split()[0]) \
                or names[-1] in _NAME_LINKS or any(is_function_word(w) and w not in _NAME_LINKS for w in names):
            return None  # ("عبد الرحمن بن" cut inside the name; "نوفاك بأن" past it)
        return found.name

    def _name_run(self, lo: int, up: int, *, forward: bool) -> tuple[int, int] | None:
        """Return the two or three name-shaped words next to a title, within ``[lo, up)``."""
        words = self.words
        picked: list[int] = []
        order = range(lo, up) if forward else range(up - 1, lo - 1, -1)
        for k in order:
            w = words[k][2]
            edge = k if forward else k + 1
            if picked and self._break_before(edge):
                break
            if w.startswith(_ARTICLE) or is_function_word(w) or word_class(w) is not None or any(c.isdigit() for c in w) \
                    or len(w) < 3 or w in _ROLE_HEADS or w in _PLACES or w in _ORG_HEADS or w in _AREA_NOUNS \
                    or _is_prepositional_institution(w) \
                    or w[:1] == _WAW and (w[1:] in _ROLE_HEADS or _is_given(w[1:]) or w[1:].startswith(_ARTICLE)) \
                    or w[:1] == _YEH and not _is_given(w) and not is_name_like(w):
                # ("وعضو مجلس الشورى"، "ومحمد …"، "والاتحاد": another title, person or noun; "لسوق
                # عكاظ" a body; "أمير مكة يفتتح": a headline's verb)
                break
            picked.append(k)
        if len(picked) < 2:
            return None
        return min(picked), max(picked)

    def _reads_as_name(self, lo: int, up: int) -> bool:
        """Return whether words ``[lo, up)`` set off after a title read as a personal name.

        A given name first, or words outside the dictionary ("أمين الطويل": the first may
        be a title word that is also a given name); no particle, verb or definite opener.
        """
        words = [w for _s, _e, w in self.words[lo:up]]
        first = words[0]
        if first in _GIVEN:
            return True
        if first.startswith(_ARTICLE) or (is_function_word(first) or word_class(first) is not None) \
                and first not in _ROLE_HEADS:
            return False
        *middle, last = words[1:] or [""]
        family = last.startswith(_ARTICLE) and last not in _ROLE_HEADS and last not in _ORG_HEADS \
            and last not in _PLACES and word_class(last) != "verb"  # "الطويل": a family name may be a word
        return bool(last) and all(word_class(w) is None and not is_function_word(w) for w in middle) \
            and (family or word_class(last) is None and not is_function_word(last))

    def _gap(self, k: int) -> str:
        """Return the text between word ``k - 1`` and word ``k``."""
        return self.text[self.words[k - 1][1] : self.words[k][0]]

    def _glued_tail(self, k: int) -> str:
        """Return the punctuation at the end of word ``k``'s span (a token's span keeps it)."""
        start, end, _w = self.words[k]
        span = self.text[start:end]
        return span[len(span.rstrip(_PUNCT)) :]

    def _break_before(self, k: int) -> bool:
        """Tell whether punctuation parts word ``k`` from the word before, in the gap or glued to
        either word ("شخص. وصرح")."""
        (_s, end, _w), (next_start, next_end, _n) = self.words[k - 1], self.words[k]
        after = self.text[next_start:next_end]
        glued = self._glued_tail(k - 1) + after[: len(after) - len(after.lstrip(_PUNCT))]
        # (brackets glued to words enclose a name: "(سامي خليل) رئيس الرابطة")
        return any(ch in _NAME_BREAKS for ch in self.text[end:next_start]) or any(ch in _GLUED_BREAKS for ch in glued)

    def _name_before(self, i: int, role: str) -> Mention | None:
        """Return the person named right before the title at word ``i``: "الدكتور سامي خليل شيخ الطريقة"."""
        start = i
        while start > 0 and i - start < 5 and not any(ch in self._gap(start) for ch in "،,.:؛\n"):
            start -= 1
        for k in range(start, i - 1):
            mention = split_role_and_name(self.body_of(self.words[k][0], self.words[i - 1][1]))
            if mention.kind == "person" and len(mention.name.split()) >= 2 and mention.evidence >= 2 \
                    and mention.name.split()[-1] == self.body_of(*self.words[i - 1][:2]).strip(_PUNCT):
                return Mention(mention.text, mention.name, role, "person", mention.aliases, mention.evidence)
        return None


_WORD_RE: Final = re.compile(r"[^\s،,؛;:]+")


def _span_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Return a test of whether an offset falls inside one of ``spans`` (half-open).

    The spans are merged and searched by bisection: an article's many quotations are not
    scanned again for each word.
    """
    merged: list[list[int]] = []
    for a, b in sorted(span for span in spans if span[0] < span[1]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _b in merged]

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < merged[i][1]

    return inside
_KUNYA_TAIL: Final = r"\s*[،,(]?\s*((?:" + "|".join(sorted(_KUNYA)) + r")\s+\w+)"
_KUNYA_TAIL_RE: Final = re.compile(_KUNYA_TAIL)


@lru_cache(maxsize=1024)
def _kunya_after_re(folded_name: str) -> re.Pattern[str]:
    """A folded name and the kunya written right after it: "محمود عباس أبو مازن"."""
    return re.compile(re.escape(folded_name).replace(r"\ ", r"\s+") + _KUNYA_TAIL)


_CONJUNCTIONS: Final = ("\N{ARABIC LETTER WAW}", "\N{ARABIC LETTER FEH}")
_QUOTATION_RE: Final = re.compile(r"«[^»\n]{0,600}»|“[^”\n]{0,600}”|\"[^\"\n]{0,600}\"")
_QUANTIFIED_ROLES: Final = _fs(("أحد", "إحدى"))
_TIME_WORDS: Final = _fs((*lx.WEEKDAYS, lx.DAY_NOUN, *lx.TIME_OF_DAY, *lx.DAY_WORDS))
_ISSUE_TIME_WORDS: Final = _TIME_WORDS | _fs(lx.ACCORDING_TIME_WORDS)  # "… الأسبوع الماضي": when a report came out
# Prepositions, and the verb of a blessing, which carries the blessed person's pronoun
# ("الملك سعود رحمه الله"; not "طيب الله ثراه": "رجب طيب أردوغان").
_NAME_ENDERS: Final = _fs(("من", "إلى", "على", "مع", "عن", "في", "منذ", "بعد", "قبل")) | frozenset(
    verb for verb in _fs(b.split()[0] for b in lx.NAME_BLESSINGS) if verb.endswith(_PRONOUN_SUFFIXES))
_OBJECT_SUFFIXES: Final = tuple(fold_word(x) for x in ("ته", "تها", "تهم", "ها", "هم", "نا"))
_CLITIC_PREPOSITIONS: Final = ("\N{ARABIC LETTER BEH}", lx.LAM)
_CLAUSE_OPENERS: Final = _fs(("حيث", "ثم", "كما", "قد", "لقد", "بينما", "فيما"))


def _plain_name(words: list[str]) -> bool:
    """Return whether narrated words read as a personal name, not a phrase of the sentence.

    Each word is a given name or outside the dictionary; the last may be a definite family
    name shaped like one (a nisba or no dictionary word): "حسن الظن", "برشلونة نجاحا",
    "مجموعة أكبر", "دولتنا" are no names.
    """
    folded = [fold_word(w) for w in words]
    if folded[-1] in _NAME_LINKS or folded[-1] in _KUNYA or folded[-1] == _THEOPHORIC:
        return False  # "طلال بن", "عمر عبد": cut inside a name
    if folded[0][:1] == _WAW and folded[0][1:] not in _GIVEN and (
            word_class(folded[0][1:]) is not None or folded[0][1:] in _ROLE_HEADS):
        return False  # "وعضو شرفه": a conjoined noun, not a name
    for i, w in enumerate(folded):
        if w in _GIVEN or w in _NAME_LINKS or w in _COMPOUND_SECONDS:
            continue
        if w[:1] in _CLITIC_PREPOSITIONS and w[1:2] == lx.LAM or w.endswith(_OBJECT_SUFFIXES) or w in _TIME_WORDS:
            return False
        if i == len(folded) - 1 and w.startswith(_ARTICLE):
            if word_class(w) is not None and not w.endswith(_NISBA_ENDINGS):
                return False
        elif word_class(w) is not None:
            return False
    return True


def _is_role_word(word: str) -> bool:
    bare = word[2:] if word.startswith(_ARTICLE) else word
    return word in _ROLE_HEADS or bare in _ROLE_HEADS


@lru_cache(maxsize=65536)
def _may_open_name(word: str) -> bool:
    """Return whether a word after a verb may start a person's mention: a title, a given name, a non-word."""
    bare = word[2:] if word.startswith(_ARTICLE) else word
    return word in _HONORIFICS or word in _GIVEN or word in _ROLE_HEADS or bare in _ROLE_HEADS \
        or (word_class(word) is None and not is_function_word(word))


@lru_cache(maxsize=65536)
def _says_it_through(verb: str, preposition: str) -> bool:
    """Tell whether a verb of saying carries what was said on its preposition: "أشار إليه"، "شدد عليه".

    As with :func:`_says_it`, its subject follows: "وهو ما أشار إليه الوزير". Only the singular
    pronouns: "ذكرت منهم فلانا" names some of them.
    """
    return preposition.endswith(_IT_SUFFIXES) and is_bare_particle(preposition) and verb in CUE_FORMS \
        and not CUE_FORMS[verb].participle and not is_function_word(verb)


def _says_it(word: str) -> bool:
    """Tell whether a word is a verb of saying with its object pronoun: "تقوله"، "أكده"، "يؤكدها".

    Its subject follows it wherever the clause opens: "وهو ما أكده الوزير …"، "والشيء ذاته
    تقوله الكاتبة …" (the pronoun stands for what was said).
    """
    bare = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 4 else word
    for suffix in _PRONOUN_SUFFIXES:
        stem = bare[: -len(suffix)]
        if bare.endswith(suffix) and len(stem) > 2 and stem in CUE_FORMS:
            # (not a cue spelled like a function word: "بينهم" is "among them")
            return not CUE_FORMS[stem].participle and not is_function_word(stem)
    return False


def _is_verb(word: str) -> bool:
    """Return whether a word (a conjunction glued on or not) is a verb of the dictionary."""
    bare = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 3 else word
    return word_class(word) == "verb" or word_class(bare) == "verb" or word in CUE_FORMS or bare in CUE_FORMS \
        or bare in _NARRATION_VERBS or _says_it(word)


_PLURAL_ENDINGS: Final = _SOUND_PLURAL_ENDINGS
# Unnamed groups that take a plural verb: "أهالي"، "سكان"، "ناشطون" (the plural anonymous heads).
_GROUP_HEADS: Final = frozenset(w for w in _fs(lx.ANONYMOUS_HEADS) if w.endswith(_PLURAL_ENDINGS[:2])) \
    | _fs(lx.BROKEN_PLURAL_GROUPS)
# Quantities of people that take a plural verb: "عدد من"، "بعض من" (not "أحد").
_GROUP_QUANTIFIERS: Final = _QUANTIFIERS - _ONE_OF
_FROM: Final = fold_word(lx.SUBJECT_END_PREPOSITIONS[3])
_FEMININE_PLURAL: Final = _PLURAL_ENDINGS[2]  # "قيادات"
_SUBJECT_PLURAL: Final = "\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}"  # "مختصون" (not "مختصو" in construct)
_FEMININE: Final = "\N{ARABIC LETTER HEH}"  # the folded taa marbuta of an indefinite adjective
# What an adjective after a definite plural ends with: "الأمنيين"، "الأمنية"، "الشقيقة".
_GROUP_ADJECTIVE_ENDINGS: Final = (*_PLURAL_ENDINGS, *_NISBA_ENDINGS, _FEMININE)
_FEMININE_NISBA: Final = "\N{ARABIC LETTER YEH}" + _FEMININE  # "تعليمية"، "أمريكية" (folded)
_TEH: Final = "\N{ARABIC LETTER TEH}"  # a feminine verb: "أعلنت"، "تؤكد"
_ALEF_MAKSURA: Final = "\N{ARABIC LETTER ALEF MAKSURA}"
_KIND_WORDS: Final = _fs((*lx.QUANTIFIER_HEADS, "كل", "عدة", "أي"))


def _describes_kind(word: str) -> bool:
    """Return whether a word before a noun makes it a kind, not a name: "أكبر شركة", "أحد".

    An elative (أفعل: أكبر، أول، أبرز) or a quantifier.
    """
    bare = word[1:] if word[:1] in (_WAW, "\N{ARABIC LETTER FEH}") else word
    return bare in _KIND_WORDS or _is_elative(bare)


def _is_elative(folded: str) -> bool:
    """Tell whether a folded word has the elative shape أفعل: "أكبر"، "أسمى"، "أحر"."""
    return len(folded) == 4 and folded[0] == _ALEF and folded[2] != _ALEF


_NAME_BREAKS: Final = "،,.:؛;()\n!؟?-–—"
_GLUED_BREAKS: Final = _NAME_BREAKS.translate({ord("("): None, ord(")"): None})
# The same characters as sets: ``not chars.isdisjoint(gap)`` tests a gap in one C call.
_NAME_BREAK_CHARS: Final = frozenset(_NAME_BREAKS)
_SENTENCE_BREAKS: Final = frozenset(".\n!؟?:")
_CLAUSE_BREAKS: Final = frozenset("،,؛;")
_DASHES: Final = "-–—"


_GLUED_ADDRESSEES: Final = _fs(lx.GLUED_ADDRESSEES)


def _agrees_with(plural: str) -> Callable[[str], bool]:
    """Return the test of a definite adjective agreeing with a definite plural.

    "المحتجون الغاضبون"، "القوات العراقية" agree; another plural noun is the verb's object
    ("المغردون الهجمات"). A plural in ات takes feminine singular adjectives ("الفعاليات المصاحبة").
    """
    ending = next(e for e in _PLURAL_ENDINGS if plural.endswith(e))
    agreeing = (ending, *_NISBA_ENDINGS, *((_FEMININE,) if ending == _PLURAL_ENDINGS[2] else ()))
    return lambda w: w.startswith(_ARTICLE) and w.endswith(agreeing) and not is_function_word(w)


def _addressed(word: str) -> bool:
    """Tell whether a folded word opens whom a speaker told: "لرويترز"، "للصحفيين"، "لـ«…»"."""
    return word[:1] == lx.LAM and (len(word) == 1 or word[1] in _QUOTES or word[1] == "(") \
        or word in _GLUED_ADDRESSEES


def _same_sentence(frame: Frame, history: list[tuple[Entity, str, Frame]]) -> bool:
    """Return whether the previous frame is in the sentence ``frame`` hangs on."""
    return bool(history) and history[-1][2].sentence_start == frame.sentence_start \
        and history[-1][2].paragraph == frame.paragraph


def _out(entity: Entity, written: str, confidence: float, intermediary: str | None,
         via: Via = Via.OTHER) -> Resolved:
    aliases = tuple(a for a in entity.aliases if a != entity.name)
    return Resolved(entity.name, written, entity.kind, entity.role, aliases, intermediary, confidence, via)


def _verb_gender(frame: Frame) -> str:
    """Return the gender a frame's verb gives its speaker: none for a colon ("سميرة توفيق: …")."""
    return "" if frame.link == "colon" else frame.gender


def _previous_speaker(frame: Frame, history: list[tuple[Entity, str, Frame]]) -> Entity | None:
    """Return the speaker a subject-less verb continues, preferring one of its gender.

    "وأضافت" after a woman and then a man goes back to the woman.
    """
    if not history:
        return None
    last = history[-1][0]
    if frame.gender == "p" and last.kind == "person" and last.gender in ("m", "f") and len(last.tokens) >= 2:
        return None  # "وأضافوا" after one named person: others speak, unnamed here
    if (frame.link == "participle" or frame.gender == "p") and not (last.kind == "group" and frame.gender == "m"):
        return last  # ("مؤكدا" does not continue a group: "… الأهالي، مشيرين …، فيما اعترف X …، مؤكدا")
    for entity, _gender, _f in reversed(history[-6:]):
        if _gender_agrees(entity, frame.gender):
            return entity
    return None  # "واعلنت" after men only: someone unnamed here, not the last man


def _narrated_subject(frame: Frame, history: list[tuple[Entity, str, Frame]], registry: Registry,
                      names: NameIndex) -> Entity | None:
    """Return the person the narration made its subject since the last speaker, if any.

    "وقال سامي علي إن … ورفض الدكتور خالد عمر القرار، مشيرا إلى أن" → خالد عمر: the
    participle (or a subject-less "وأضاف") continues the subject of its own clause chain,
    not the last person quoted.
    """
    since = max((f.content_end for _e, _g, f in history[-1:]), default=0)
    since = max(since, frame.cue_start - 1500)
    skip = [(f.content_start, f.content_end) for _e, _g, f in history[-3:]]
    if frame.gender == "p":
        group = names.narrated_group(since, frame.cue_start, skip)
        if group is None and history and history[-1][0].kind == "person" and frame.paragraph - history[-1][2].paragraph <= 1:
            # "قال فلان: «الناجون أخبروا زملاءنا أن …». وأضافوا أن": the group his words quote
            last = history[-1][2]
            group = names.quoted_group(last.content_start, last.content_end)
        if group is not None:
            return registry.find_name(group.name) or registry.add(group, "p")
        if _is_dual(frame.cue):
            # "رفض حزب الوسط وحملة المرشح فض الاعتصام، وأكدا": two bodies, the first one named
            body = names.narrated_institution(max(since, frame.sentence_start), frame.cue_start, skip, None)
            if body is not None:
                return registry.find_name(body.name, "organization") or registry.add(body, "")
    found = names.narrated_subject(since, frame.cue_start, skip)
    if found is None:
        if frame.gender not in ("f", "m"):
            return None
        # "هنأت سفارة المملكة …، مؤكدة"، "رفض الحزب …، وأكد": the verb continues an institution's
        # clause; a masculine one only in its own sentence (a man between them is often named
        # in a way the person scan misses: "… الحكم سامي علي الذي شدد …، وقال").
        start = since if frame.gender == "f" else max(since, frame.sentence_start)
        body = names.narrated_institution(start, frame.cue_start, skip, frame.gender)
        if body is None:
            return None
        if " " not in body.name and fold_word(body.name) in _ORG_BACKREFS:  # "وأعلنت الوزارة"
            return _organization_backref(body.name, history, registry, names, frame.cue_start, frame.paragraph)
        return registry.find_name(body.name, "organization") or registry.add(body, "f")
    _pos, mention = found
    entity = registry.find_name(mention.name)
    if entity is not None:
        return entity if _gender_agrees(entity, frame.gender) or frame.gender == "p" else None
    if frame.gender == "p" or _role_gender(mention.role) not in ("", frame.gender):
        return None  # ("استقبل الوزير فلان الوفد، مؤكدة": a woman speaks, not the minister)
    return registry.add(mention, frame.gender)


def _feminine_title(word: str) -> bool:
    """Tell whether a folded word is a listed title in the feminine: "مدربه"، "عضوه" (from "مدربة")."""
    return word.endswith(_HEH) and word[:-1] in _ROLE_HEADS


def _role_gender(role: str) -> str:
    """Return "m" or "f" for a role whose first word is a listed title ("الوزير"، "الباحثة"), else ""."""
    head = fold_word(_first_word(role)) if role else ""
    bare = head[2:] if head.startswith(_ARTICLE) else head
    if _feminine_title(bare):
        return "f"
    return "m" if bare in _ROLE_HEADS and not bare.endswith(_HEH) else ""


def _is_dual(verb: str) -> bool:
    """Tell whether a perfect verb of saying is in the dual: "أكدا"، "قالا" (not "أكدوا")."""
    folded = fold_word(verb)
    return folded.endswith(_ALEF) and not folded.endswith(_PLURAL_VERB_ENDING) and folded in CUE_FORMS


def _headline_speaker(frame: Frame, registry: Registry) -> Entity | None:
    """Return the main speaker a subject-less headline verb stands for.

    "مؤكدين: …" (plural) before anyone is named is a group, not the article's first
    named person; a singular form takes the first firmly named speaker.
    """
    for entity in registry.entities:
        if entity.weak:
            continue
        if frame.gender == "p" and entity.kind == "person":
            return None
        # ("وأكدت …" before anyone is named is not the man named later: the verb is feminine)
        return None if frame.gender in ("m", "f") and not _gender_agrees(entity, frame.gender) else entity
    return None


def _gender_agrees(entity: Entity, gender: str) -> bool:
    if entity.kind == "group":
        return gender != "m"  # "الأهالي … وأكدوا"، "المصادر … مؤكدة", never "مؤكدا"
    if entity.kind == "anonymous" and is_subject_plural(fold_word(_first_word(entity.name))):
        return gender not in ("m", "f")  # "آخرون"، "مسؤولون": only "وأكدوا" continues them
    if entity.kind != "person":
        return True  # institutions take either agreement
    return not entity.gender or entity.gender == gender or entity.gender == "p"


def _interviewee(history: list[tuple[Entity, str, Frame]], registry: Registry) -> Entity | None:
    persons = [e for e, _g, _f in history if e.kind == "person" and not e.weak]
    if persons:
        return max(persons, key=lambda e: (sum(1 for x, _g, _f in history if x is e), -persons.index(e)))
    return next((e for e in registry.entities if e.kind == "person"), None)


def _anonymous_backref(mention: Mention, history: list[tuple[Entity, str, Frame]]) -> Entity | None:
    """Return the earlier anonymous source "المصدر" refers to ("مصدر مطلع")."""
    head = fold_word(_first_word(mention.name))
    if not head.startswith(_ARTICLE):
        return None
    bare = head[2:]
    for entity, _g, _f in reversed(history):
        if entity.kind == "anonymous" and fold_word(_first_word(entity.name)) == bare:
            return entity
    return None


# Verbs whose subject receives or relays a document, not issues it: "البيان الذي نقلته الوكالة".
_RECEIVING_STEMS: Final = tuple(fold_word(w) for w in lx.DOCUMENT_RECEIVING_VERBS)
_ISSUING_RELATIVE_RE: Final = re.compile(r"[ \t]+(?:" + "|".join(fold_word(w) for w in lx.RELATIVES[:2]) + r")[ \t]+(\S+)[ \t]+")


def _document_issuer(name: str, frame: Frame, history: list[tuple[Entity, str, Frame]], registry: Registry,
                     names: NameIndex) -> Entity | None:
    """Return the issuer of the document "التقرير" / "الدراسة" refers back to, or None.

    The latest earlier mention of that document noun names it: "تقرير صادر عن البنك الدولي"،
    "دراسة أجرتها جامعة …"، "بيان المعهد"; or it sits between a speaker's verb and what
    they said ("كشف الصندوق أمس في دراسة أعلنها أن …"): that speaker issued it.
    """
    head = fold_word(_first_word(name))
    bare = head[2:] if head.startswith(_ARTICLE) else head
    if bare not in _DOCUMENT_HEADS or not frame.mention or not all(
            fold_word(w).startswith(_ARTICLE) for w in name.split()[1:]):
        return None  # (only "التقرير", "الدراسة الأخيرة": "التقرير اليومي لمنظمة …" names its own)
    relative = _ISSUING_RELATIVE_RE.match(names.text, frame.mention[1])
    if relative and is_issuer_verb(relative.group(1)) and not relative.group(1).startswith(_RECEIVING_STEMS):
        # "وأشارت الدراسة التي أجرتها جامعة … إلى أن": the relative clause names the issuer
        span = _issuer_from(names.text, relative.end())
        entity = _issuer_entity(names, span, registry, introduced=True) if span else None
        if entity is not None:
            return entity
    for start, end in names.documents_before(bare, frame.mention[0]):
        for f_entity, _g, earlier in reversed(history):
            if earlier.cue_start < start < earlier.content_start and f_entity.kind == "organization":
                return f_entity  # (a person speaking "في التقرير" is quoted in it, not its issuer)
        subject = _issuing_subject_before(names.text, start) if names.text[start - 2 : start] != _ARTICLE else None
        if subject is not None:
            written = names.body_of(*subject).strip(_PUNCT)
            if " " not in written and fold_word(written) in _ORG_BACKREFS:  # "وأصدرت الجبهة بيانا"
                entity = _organization_backref(written, history, registry, names, subject[0], frame.paragraph)
            elif " " in written:  # ("ونشرت الصحف تقريرا": the papers at large are no issuer)
                entity = _issuer_entity(names, subject, registry, introduced=True)
            else:
                entity = None
            if entity is not None:
                return entity
        at = issuer_start(names.text, end)
        link = names.text[end:at].split() if at is not None else []
        # (a participle or a verb links the issuer: "تقرير عن الأطفال" is about them, not by them)
        span = _issuer_from(names.text, at) if at is not None and (len(link) > 1 or link and is_issuer_verb(link[0])) \
            else None
        # ("استعرض التقرير بلغة الأرقام": a glued preposition spelling a verb introduces no one)
        introduced = span is not None and not (len(link) == 1 and fold_word(link[0])[:1] == _CLITIC_PREPOSITIONS[0])
        if span is None and names.text[start - 2 : start] != _ARTICLE:
            span = _document_owner_after(names, end)
        entity = _issuer_entity(names, span, registry, introduced=introduced) if span else None
        if entity is not None:
            return entity
    return None


def _unnamed_statement_issuer(written: str, frame: Frame, registry: Registry, names: NameIndex) -> Entity | None:
    """Return who issued an indefinite document cited without its issuer: "وفق بيان رسمي".

    The institution its own sentence makes the subject ("أقرت الحكومة الزيادة، وفق بيان
    رسمي"); else whoever an earlier citation of the same words was put down to. A subject-less
    verb after it does not continue that issuer (the caller keeps it out of the history).
    """
    if fold_word(_first_word(written)) not in _DOCUMENT_HEADS or not frame.mention:
        return None
    cited = " ".join(fold_word(w) for w in written.split())
    body = names.narrated_institution(frame.sentence_start, frame.mention[0], [])
    if body is None:
        return registry.statements.get(cited)
    entity = registry.find_name(body.name, "organization") or registry.add(body, "f")
    registry.statements[cited] = entity
    return entity


_ISSUING_VERBS: Final = _fs(lx.ISSUING_VERBS)
_WORD_SPAN_RE: Final = re.compile(r"\S+")


def _issuing_subject_before(text: str, start: int) -> tuple[int, int] | None:
    """Return the subject of a verb of issuing whose object is the document at ``start``.

    "نشرت صحيفة الغارديان تقريرا … وأضاف التقرير": the newspaper issued it. The verb opens
    the document's clause at most seven words before it, in the same sentence.
    """
    window = max(0, start - 200)  # (eight words fit; the clause mark is sought there only)
    lo = max(text.rfind(mark, window, start) for mark in (".", "\n", "؟", "!", "،")) + 1
    words = list(_WORD_SPAN_RE.finditer(text, max(lo, window), start))[-8:]
    for k, word in enumerate(words[:-1]):
        verb = fold_word(word.group())
        if verb in _ISSUING_VERBS or verb[:1] in _CONJUNCTIONS and verb[1:] in _ISSUING_VERBS:
            return words[k + 1].start(), words[-1].end()
    return None


def _issuer_entity(names: NameIndex, span: tuple[int, int], registry: Registry, *,
                   introduced: bool = False) -> Entity | None:
    """Return the entity of an issuer's name at ``span`` when it is a body or a person.

    A definite noun phrase ``introduced`` by a verb of issuing is a body even when its noun
    is no listed institution: "التقرير الذي أصدرته المراكز الأمريكية للسيطرة على الأمراض"
    (not one in construct or agreement with the document: "البيان العسكري الأمريكي").
    """
    issuer = split_role_and_name(_without_issue_time(names.body_of(*span).strip(_PUNCT)))
    if introduced and issuer.kind == "unknown" and issuer.name.startswith(lx.ARTICLE) and not issuer.role:
        issuer = Mention(issuer.text, issuer.name, "", "organization", issuer.aliases)
    if issuer.kind in ("organization", "person", "anonymous") and speaker_problem(issuer.name) is None:
        return registry.find_name(issuer.name) or registry.add(issuer, "")
    return None


def _document_owner_after(names: NameIndex, end: int) -> tuple[int, int] | None:
    """Return the owner in construct after an indefinite document noun ending at ``end``, or None.

    "دراسة مجلس الأعمال"، "تقرير البنك الدولي"، "تقرير لمنظمة الصحة": a definite word, an
    institution noun or one after "ل"; not an adjective that folding makes look definite
    ("دراسة ألمانية": "المانيه" as written has no article).
    """
    owner = _OWNER_RE.match(names.text, end)
    if owner is None or owner.group(1) is not None and owner.group(1) not in _ORG_HEADS:
        return None
    word = _ISSUER_WORD_RE.match(names.text, end)
    if owner.group(1) is None and word is not None and fold_word(word.group(1)) in _ORG_HEADS:
        return _issuer_from(names.text, word.start(1))  # "تقرير لجنة الشؤون": "لجنة" is no "ل" + "جنة"
    span = _issuer_from(names.text, owner.end())
    if span and owner.group(1) is None and names.text[owner.end() - 1] != lx.LAM \
            and not names.body_of(*span).startswith(_ARTICLE):
        return None
    return span


def _organization_backref(name: str, history: list[tuple[Entity, str, Frame]], registry: Registry,
                          names: NameIndex, before: int, paragraph: int) -> Entity | None:
    """Return the institution "المجلس" / "الشركة الهندية" / "البيان" refers back to.

    A speaker with that noun comes first; else the institution last named with it in the
    narration ("رفعت وكالة … التصنيف. وقالت الوكالة"); else the last institution speaking.
    """
    head = fold_word(_first_word(name))
    bare = head[2:] if head.startswith(_ARTICLE) else head
    orgs = [e for e, _g, _f in reversed(history) if e.kind == "organization"]
    for entity in orgs:
        # ("الكلية" after "المديرية العامة لكلية الملك فهد": the body named in its genitive)
        if bare in entity.tokens or head in entity.tokens \
                or any(t[:1] in _CLITIC_PREPOSITIONS and t[1:] == bare for t in entity.tokens[1:]):
            return entity
    if head == _STATEMENT_DOC and history:
        return history[-1][0]
    adjectives = tuple(w for w in (fold_word(x) for x in name.split()[1:]) if w.startswith(_ARTICLE))
    named = names.organization_before(bare, before, adjectives) if head != _STATEMENT_DOC else None
    if named is not None:
        return registry.find_name(named.name, "organization") or registry.add(named, "")
    if not orgs:
        return None
    # A bare noun ("الوكالة") stands for the institution speaking; a noun with an adjective
    # ("الشركة الهندية") only for one speaking just before — "المتحف البريطاني" names its own.
    last_paragraph = next(f.paragraph for e, _g, f in reversed(history) if e is orgs[0])
    if bare in _ORG_HEADS and head not in _GENERIC_BACKREFS and _specific_head(orgs[0].name) not in ("", bare):
        return None  # "وقالت الوزارة" after "كلية …" spoke: another body, not named here
    return orgs[0] if len(name.split()) == 1 or paragraph - last_paragraph <= 1 else None


def _construct_after_adjective(previous: str, word: str, following: str) -> bool:
    """Tell whether a new construct follows a definite adjective of relation: "الصناعية أسماء الطلاب".

    An adjective closes its noun phrase; another adjective, a complement with a preposition
    ("الصحية بمحافظة …"، "للتخصصات") or the body's own name ("الاجتماعي تويتر") may follow,
    but a bare noun heading a definite genitive is a phrase of its own.
    """
    return previous.startswith(_ARTICLE) and previous.endswith(_NISBA_ENDINGS) and len(previous) > 4 \
        and not word.startswith(_DEFINITE) and word[:1] not in _CLITIC_PREPOSITIONS \
        and word[:1] not in _CONJUNCTIONS and following.startswith(_ARTICLE) and not looks_foreign(word)


def _specific_head(name: str) -> str:
    """Return the listed institution noun that opens a name, without its article: "كليه"; "" for others."""
    first = fold_word(_first_word(name))
    first = first[2:] if first.startswith(_ARTICLE) else first
    return first if first in _ORG_HEADS and first not in _DOCUMENTS else ""
