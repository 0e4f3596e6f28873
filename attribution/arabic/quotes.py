"""The shared machinery of reported-speech frames: folding, layout, tokens, cues, subjects, contents.

All matching runs on a folded copy of the body (no diacritics or tatweel, one alef,
ى→ي, ة→ه) whose offsets map back to the body, so every frame points into
``article.body``. The cue lexicon is compiled into one trie-shaped alternation and a
single ``finditer`` over the folded body finds every cue. The rule families that use this
are listed, in the order they run, in ``finders.RULES``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat, takewhile
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.normalize import (
    DIACRITIC_CLASS,
    DIGIT_FOLDS,
    LETTER_FOLDS,
    lexicon_forms,
    replace_folds,
)
from attribution.arabic.words import (
    FUNCTION_CLASSES,
    NAME_LIKE,
    foreign_shape_score,
    given_name_score,
    is_bare_particle,
    is_function_word,
    is_name_like,
    is_oblique_plural,
    looks_foreign,
    name_score,
    spelled_as_noun,
    word_class,
)

# Marks that carry no identity for matching (normalize's diacritics, plus zero-width and soft
# hyphen characters, which scraped text scatters inside words); removed from the folded copy.
_DROPPED: Final = re.compile(f"[{DIACRITIC_CLASS}\u200b-\u200f\u00ad]")
# normalize's one-to-one letter folds, plus offset-keeping folds of spaces and digits.
_FOLD_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    *LETTER_FOLDS,
    ("\N{NO-BREAK SPACE}", " "),
    ("\N{SUBSTITUTE}", "\n"),
    *DIGIT_FOLDS,
)
_RARE_FOLD_RE: Final = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0671\u06a9\u06cc\u001a]")
# The folds to try on a text without rare characters (no Arabic-Indic digits).
_COMMON_FOLD_PAIRS: Final = tuple((src, dst) for src, dst in _FOLD_PAIRS
                           if src < "\u0660" or src > "\u06f9" or src in "\u0671\u06a9\u06cc")


def _fold_letters(text: str) -> str:
    """Apply the one-to-one letter folding (str.replace runs in C; translate would not)."""
    return replace_folds(text, _FOLD_PAIRS if _RARE_FOLD_RE.search(text) is not None else _COMMON_FOLD_PAIRS)


_QUOTE_CHARS: Final = "".join(sorted(set(lx.QUOTE_PAIRS) | set(lx.QUOTE_PAIRS.values())))
_QUOTE_CLASS: Final = "[" + re.escape(_QUOTE_CHARS) + "]"
_ANY_QUOTE_RE: Final = re.compile(_QUOTE_CLASS)
_PUNCT_STRIP: Final = " \t\n،,؛;:.!؟?()[]-–—" + _QUOTE_CHARS


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Return the folded matching form of a lexicon word: "أكّد" → "اكد"."""
    return _fold_letters(_DROPPED.sub("", word))


@dataclass(frozen=True)
class Folded:
    """A folded copy of a text and the map of its offsets back to the text."""

    text: str
    removed_keys: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    original_length: int = -1

    def to_original(self, index: int) -> int:
        """Return the original offset of folded offset ``index`` (a start)."""
        if not self.removed_keys:
            return index
        return index + bisect_right(self.removed_keys, index)

    def end_to_original(self, index: int) -> int:
        """Return the original exclusive end of a folded span ending at ``index``.

        Marks dropped right after the span belong to it: "اكتملَ" keeps its fatha.
        """
        if index >= len(self.text) and self.original_length >= 0:
            return self.original_length
        return self.to_original(index)

    def from_original(self, index: int) -> int:
        """Return the folded offset of original offset ``index``."""
        if not self.removed:
            return index
        return index - bisect_left(self.removed, index)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, remembering where the dropped marks were.

    "قالَ" → "قال" with offset 3 of the fold mapping back to 4 of the text.
    """
    removed = [m.start() for m in _DROPPED.finditer(text)]
    folded = _fold_letters(_DROPPED.sub("", text) if removed else text)
    keys = tuple(pos - rank for rank, pos in enumerate(removed))
    return Folded(folded, keys, tuple(removed), len(text))


# ---------------------------------------------------------------------------
# Compiled lexicon


def trie_pattern(words: Iterable[str]) -> str:
    """Return one regex alternation for ``words`` shaped as a trie (fast to match).

    ["قال", "قالت"] → "قال(?:ت)?"
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    optional = "" in node
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


@dataclass(frozen=True)
class CueForm:
    """What a surface form tells: its cue, whether it is a participle, its gender."""

    cue: lx.Cue
    participle: bool
    gender: str  # m / f / p
    present: bool = False
    by_noun: bool = False  # "بقوله": the verbal noun with ب and a pronoun, used as a participle


def _cue_forms() -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}
    for cue in lx.CUES:
        for gender, words in (("m", cue.masc), ("f", cue.fem), ("p", cue.plural)):
            for i, word in enumerate(words):
                forms.setdefault(fold_word(word), CueForm(cue, False, gender, present=i > 0))
        for word in cue.participles:
            folded = fold_word(word)
            gender = "f" if folded.endswith("\N{ARABIC LETTER HEH}") else (
                "p" if folded.endswith("ين") else "m")
            forms.setdefault(folded, CueForm(cue, True, gender))
    say = next(cue for cue in lx.CUES if cue.lemma == lx.SAY_LEMMA)
    for word, gender in lx.SAYING_BY_PRONOUN.items():
        forms.setdefault(fold_word(word), CueForm(say, True, gender, by_noun=True))
    return forms


CUE_FORMS: Final = _cue_forms()
_CUE_RE: Final = re.compile(r"(?<!\w)(?P<conj>[" + "".join(lx.CONJUNCTION_PREFIXES) + r"])?(?P<form>"
                     + trie_pattern(CUE_FORMS) + r")(?!\w)")

_ACCORDING_FORMS: Final = sorted({fold_word(w) for w in lx.ACCORDING_TO}, key=len, reverse=True)
_ACCORDING_RE: Final = re.compile(
    r"(?<!\w)" + lx.CONJUNCTION_PREFIXES[0] + r"?(?P<phrase>(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ACCORDING_FORMS)
    + r")(?!\w)|(?:" + "|".join(fold_word(w) for w in lx.ACCORDING_TO_LAM) + r")\s+(?=" + lx.LAM + r"))"
)
_COMP: Final = "|".join(sorted({fold_word(c) for c in lx.COMPLEMENTIZERS}, key=len, reverse=True))
_COMP_SUFFIX: Final = "|".join(sorted((s for s in lx.COMPLEMENTIZER_SUFFIXES if s), key=len, reverse=True))
# "بعد أن" / "قبل أن" are temporal, not the content of speech.
_OPENER_RE: Final = re.compile(
    # (the first-letter test spares ``re`` the look-behinds at most characters)
    "(?=[" + "".join(sorted({c[0] for c in _COMP.split("|")})) + "])"
    + "".join(f"(?<!{fold_word(w)} )" for w in lx.NON_SPEECH_BEFORE_THAT)
    + r"(?<!\w)(?P<comp>(?:" + _COMP + r")(?:" + _COMP_SUFFIX
    + r")?)(?!\w)(?!\.\w)|(?P<colon>:(?<!\d:)(?!\d)(?!//))|(?P<quote>" + _QUOTE_CLASS + r")"
)
_QUOTE_SPAN_RE: Final = re.compile(
    "|".join(
        re.escape(o) + "[^" + re.escape(o + c) + "\n]*" + re.escape(c)
        for o, c in lx.QUOTE_PAIRS.items()
        if o not in ("\N{RIGHT DOUBLE QUOTATION MARK}",)
    )
)
# Sentence ends outside quotes: . ! ? ؟ (not a decimal point), or a run of 3+ spaces.
# A lone letter before a full stop is an abbreviation ("د. خالد"). (Each branch starts with
# its character and looks behind only after it, so ``re`` skips ahead to those characters.)
_SENTENCE_END_RE: Final = re.compile(r"[!?؟]|\.(?<!\b\w\.)(?![\d.])")
# Three spaces or more between words end a sentence too; searched apart, where the text has
# them, so that ``re`` need not try every single space as a start.
_WIDE_GAP_RE: Final = re.compile(r" (?<=\S )  +(?=\S)")
_TOKEN_RE: Final = re.compile(r"[^\s،,؛;:]+")
_SEPARATOR_RE: Final = re.compile(r"([\s،,؛;:]+)")  # (captured: ``split`` keeps them, for the offsets)
_PRONOUN_SUFFIX_RE: Final = re.compile("(?:" + "|".join(lx.PRONOUN_SUFFIXES) + ")$")
_BULLETS: Final = "*•●■▪◆-–— \t"
_URL_LINE_RE: Final = re.compile(r"^\s*(?:https?://|www\.)|^\s*\S+://")


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return lexicon_forms(words, fold_word)


_ADJUNCTS: Final = _folded_set(lx.ADJUNCT_STARTERS)
_PRE_VERB: Final = _folded_set(lx.PRE_VERB_PARTICLES)
_PERSON_HEADS: Final = _folded_set(lx.GIVEN_NAMES + lx.ROLE_HEADS + lx.HONORIFICS)
_GIVEN: Final = _folded_set(lx.GIVEN_NAMES)
_ALL_OF: Final = _folded_set(lx.ALL_OF)
_PEOPLE_PLURALS: Final = _folded_set(lx.PEOPLE_BROKEN_PLURALS)
_ORG_BACKREF_WORDS: Final = _folded_set(lx.ORGANIZATION_BACKREFS)  # "الوزارة"، "الجامعة"
_ROLE_WORDS: Final = _folded_set(lx.ROLE_HEADS + lx.HONORIFICS + lx.ROLE_LINKS)
_PATRONYMIC_WORDS: Final = _folded_set(lx.PATRONYMIC_LINKS)
_HONORIFIC_WORDS: Final = _folded_set(lx.HONORIFICS)
_ROLE_LINK_WORDS: Final = _folded_set(lx.ROLE_LINKS)
_SPOKESMAN_LINKS: Final = _folded_set(lx.SPOKESMAN_LINKS)
_NAME_TITLE_WORDS: Final = _folded_set(w.rstrip(".") for w in lx.NAME_TITLES)
_NAME_LINK_WORDS: Final = _folded_set(lx.NAME_LINKS)
_RELATIVE_WORDS: Final = _folded_set(lx.RELATIVE_OPENERS)
_NEGATIONS: Final = _folded_set(lx.NEGATIONS) | _folded_set(lx.ACCORDING_VERB_PREFIXES)
_SKIPPABLE: Final = _folded_set(lx.SKIPPABLE_ADVERBS)
_ADDRESSEES: Final = _folded_set(lx.SPEECH_ADDRESSEES)
_LETTER_NAMES: Final = _folded_set(lx.LATIN_LETTER_NAMES)
_COMPLEMENTIZER_WORDS: Final = _folded_set(lx.COMPLEMENTIZERS)
_CLAUSE_WORDS: Final = _folded_set(lx.CLAUSE_OPENERS)
_SUBJECT_END_PREPS: Final = _folded_set(lx.SUBJECT_END_PREPOSITIONS)
_ARTICLE: Final = lx.ARTICLE
_LAM: Final = lx.LAM
_NOUN_PREP: Final = lx.NOUN_COMPLEMENT_PREPOSITION
_KANA_RE: Final = re.compile(r"\s*(?:" + "|".join(sorted(lx.KANA_OPENERS, key=len, reverse=True)) + r")\s+")
_ALLAH: Final = fold_word(lx.NAME_COMPOUND_SECONDS[0])
_COLON_LABELS: Final = _folded_set(lx.COLON_LABELS)
_ACCORDING_VERB_LINKS: Final = _folded_set(lx.ACCORDING_VERB_LINKS)
# Documents whose issuer is a source; a decision or circular is a rule, not a report.
_ISSUED_DOCUMENTS: Final = _folded_set(lx.DOCUMENT_SPEAKER_HEADS) - _folded_set(lx.RULE_DOCUMENTS)
_ISSUER_LINKS: Final = _folded_set(lx.DOCUMENT_ISSUER_LINKS)  # "التقرير الصادر عن …"
_WEEKDAYS: Final = _folded_set(lx.WEEKDAYS)
_OUTLET_NOUNS: Final = _folded_set(lx.OUTLET_NOUNS)
_TIME_OF_DAY: Final = _folded_set(lx.TIME_OF_DAY)
_DAY_WORDS: Final = _folded_set(lx.DAY_WORDS)
_TIME_PERIODS: Final = _folded_set(lx.TIME_PERIODS)
_TIME_PLACERS: Final = _folded_set(lx.TIME_PLACERS)
_TIME_DEMONSTRATIVES: Final = _folded_set(lx.TIME_DEMONSTRATIVES)
_TODAY: Final = fold_word(lx.TODAY)
_DAY: Final = fold_word(lx.DAY_NOUN)
_DAY_BEFORE_SECOND: Final = fold_word(lx.DAY_BEFORE_YESTERDAY_SECOND)
_TIME_OPENERS: Final = _TIME_OF_DAY | _DAY_WORDS | _TIME_PERIODS | _WEEKDAYS | {_DAY}
_ACCORDING_SKIPPED: Final = _ACCORDING_VERB_LINKS | _SKIPPABLE | _WEEKDAYS | _folded_set(lx.ACCORDING_TIME_WORDS)
_ON_BEHALF_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.ON_BEHALF) + r")(?!\w)")
_RELAY_SPEECH: Final = _folded_set(lx.RELAY_SPEECH_NOUNS)
_NOUN_OBJECTS: Final = _folded_set(lx.NOUN_OBJECT_STARTERS)
_PLACES: Final = _folded_set(lx.PLACES)
# The last word of each place name: "ابيب" ends "تل أبيب".
_STATES: Final = _PLACES | _folded_set(lx.GOVERNMENT_METONYMS)
_PLACE_ENDS: Final = frozenset(p.split()[-1] for p in _STATES)
_INANIMATE: Final = _folded_set(lx.INANIMATE_SUBJECTS)
_WHOLE_QUANTIFIERS: Final = _folded_set(lx.WHOLE_QUANTIFIERS)
_COMPOUND_SECONDS: Final = _folded_set(lx.NAME_COMPOUND_SECONDS)
_THEOPHORIC: Final = fold_word(lx.THEOPHORIC_PREFIX)  # "عبد" of "عبد الكريم"
_NAME_STOPS: Final = _folded_set(lx.NAME_STOP_WORDS + lx.SIGNED_LINKS)
_ORG_HEAD_WORDS: Final = _folded_set(lx.ORGANIZATION_HEADS)
_DOCUMENT_HEAD_WORDS: Final = _folded_set(lx.DOCUMENT_SPEAKER_HEADS)  # "تقرير"، "بيان"، "دراسة"
_INDEFINITE_ORG_HEADS: Final = frozenset(w for w in _ORG_HEAD_WORDS if " " not in w and not w.startswith(lx.ARTICLE)
                                  and w not in _STATES)
_LEXICAL_WORDS: Final = _folded_set(lx.ROLE_HEADS + lx.ROLE_LINKS + lx.ORGANIZATION_HEADS + lx.HONORIFICS + lx.NAME_LINKS
                             + lx.GIVEN_NAMES + lx.ANONYMOUS_HEADS + lx.NAME_COMPOUND_SECONDS)
_UNNAMED_HEADS: Final = _folded_set(lx.UNNAMED_SOURCE_HEADS)
_ONCE: Final = fold_word(lx.ONCE_ADVERB)
_ONCE_NOUNS: Final = _folded_set(lx.ONCE_ADVERB_NOUNS)
_SOURCE_HEADS: Final = _folded_set(lx.ORGANIZATION_HEADS + lx.ANONYMOUS_HEADS + lx.ROLE_HEADS + lx.HONORIFICS
                            + lx.GIVEN_NAMES)
_COMMENT_RE: Final = re.compile(r"[،,]\s*(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.COMMENT_OPENERS) + r")(?!\w)")
_THIRD_PERSON_SUFFIXES: Final = tuple(fold_word(s) for s in lx.THIRD_PERSON_SUFFIXES)
_TOPIC_OPENERS: Final = _folded_set(lx.TOPIC_OPENERS)
_DEMONSTRATIVES: Final = _folded_set(lx.OBJECT_DEMONSTRATIVES)
_POINTERS: Final = _DEMONSTRATIVES - _folded_set(("السبب", "الأسباب"))


# ---------------------------------------------------------------------------
# Frames


@dataclass
class Frame:
    """One attribution found in the folded body (offsets are folded until ``finish``)."""

    rule: str
    cue: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    kind: str = "indirect"
    stance: str = "neutral"
    gender: str = "m"
    mention: tuple[int, int] | None = None
    # explicit / continuation / participle / subject_first / according_to / colon / answer
    link: str = "explicit"
    intermediary: tuple[int, int] | None = None
    on_behalf_of: tuple[int, int] | None = None
    paragraph: int = 0
    sentence_start: int = 0
    closed: bool = False  # content ends at a closing quote mark
    # What the rule saw, for speaker resolution and for settling overlapping frames:
    clause_level: bool = False  # the cue opens a clause of the narration, not one inside a content
    phrase_start: int | None = None  # where the attributing phrase starts when not at the cue
    own_tag: bool = False  # "…، على حد قوله": tags the words of someone quoted already
    inside_verb: bool = False  # "وأشار بحسب الصحيفة إلى أن": an according-to phrase inside a verb frame
    clause_subject: bool = False  # a participle's subject, found in the clause before it
    after_relative: bool = False  # "…، التي تضيف أن": the name before the relative speaks
    quoted_mention: bool = False  # the mention opens with a quote mark: a name set off as one
    lam_article: bool = False  # "للسلطة": the mention is "السلطة" with its article's alef restored
    # Set while the speaker is resolved:
    described: bool = False  # the mention grew into a description of an unnamed source
    document: bool = False  # the subject is a document whose issuer is still to be found
    text_citation: bool = False  # "قال تعالى": a text is quoted, not a person


@dataclass(frozen=True)
class Layout:
    """Paragraph, sentence and quote-span boundaries of the folded body."""

    paragraphs: tuple[tuple[int, int], ...]
    sentence_ends: tuple[int, ...]
    quote_spans: tuple[tuple[int, int], ...]
    quote_starts: tuple[int, ...]
    original: str = ""
    source: Folded | None = None
    ali_spelled_apart: bool = False  # the text writes "على" with alef maksura, so "علي" is the name

    def original_word(self, start: int, end: int) -> str:
        """Return the unfolded text of a folded span (ة and ه are told apart there)."""
        if self.source is None:
            return ""
        return self.original[self.source.to_original(start) : self.source.end_to_original(end)]

    def has_pronoun_suffix(self, start: int, end: int) -> bool:
        """Return whether the word at a folded span ends in an attached pronoun: "تفهمه"، "نفوذها".

        The original text tells ه from a folded ة; names ending in الله ("عطالله") are no pronoun.
        """
        word = self.original_word(start, end).strip(_PUNCT_STRIP)
        if self.source is None:
            word = self.original[start:end] if self.original else ""
        if len(word) <= 3 or _PRONOUN_SUFFIX_RE.search(word) is None or fold_word(word).endswith(_ALLAH):
            return False
        if not word.startswith(_ARTICLE):
            return True
        # "التزامها"، "التحاقه": a verbal noun whose root opens with ل after the ا of its form, not the article
        stem = _PRONOUN_SUFFIX_RE.sub("", word)
        return stem.startswith(_ARTICLE_TEH) and word_class(fold_word(stem)) == "masdar"

    def paragraph_of(self, pos: int) -> int:
        """Return the index of the paragraph holding ``pos``."""
        starts = [p[0] for p in self.paragraphs]
        return max(0, bisect_right(starts, pos) - 1)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """Return the quote span (marks included) that contains ``pos``, if any."""
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0:
            start, end = self.quote_spans[i]
            if start <= pos < end:
                return start, end
        return None

    def quote_starting_at(self, pos: int) -> tuple[int, int] | None:
        """Return the quote span whose opening mark is at ``pos``."""
        i = bisect_left(self.quote_starts, pos)
        if i < len(self.quote_starts) and self.quote_starts[i] == pos:
            return self.quote_spans[i]
        return None

    def sentence_end_after(self, pos: int, limit: int) -> int:
        """Return the first sentence end at or after ``pos`` (exclusive of the mark), or ``limit``."""
        i = bisect_left(self.sentence_ends, pos)
        if i < len(self.sentence_ends) and self.sentence_ends[i] < limit:
            return self.sentence_ends[i]
        return limit

    def sentence_start_before(self, pos: int, floor: int) -> int:
        """Return the start of the sentence holding ``pos`` (not before ``floor``)."""
        i = bisect_left(self.sentence_ends, pos) - 1
        if i >= 0 and self.sentence_ends[i] + 1 > floor:
            return self.sentence_ends[i] + 1
        return floor


def layout(text: str, paragraphs: Sequence[tuple[int, int]], source: Folded | None = None,
           original: str = "") -> Layout:
    """Compute paragraph, quote-span and sentence boundaries of a folded body."""
    # Quote spans never cross a line break, so one pass over the whole text pairs them.
    spans = [(m.start(), m.end()) for m in _QUOTE_SPAN_RE.finditer(text)]
    starts = [s for s, _ in spans]
    ends: list[int] = []
    found = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
    if "   " in text:
        found = sorted(found + [m.start() for m in _WIDE_GAP_RE.finditer(text)])
    for pos in found:
        if _is_abbreviation_dot(text, pos):
            continue
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] < pos < spans[i][1] - 1:
            continue  # a full stop inside a quotation does not end the frame's sentence
        ends.append(pos)
    return Layout(tuple(paragraphs), tuple(ends), tuple(spans), tuple(starts), original or text, source,
                  source is not None and lx.ALA_PREPOSITION in original)


def _is_abbreviation_dot(text: str, pos: int) -> bool:
    """Return whether the full stop at ``pos`` is inside a dotted abbreviation: "إن.بي.سي"."""
    if text[pos] != "." or pos + 1 >= len(text) or not text[pos + 1].isalpha():
        return False
    word_start = max(text.rfind(" ", 0, pos), text.rfind(".", 0, pos)) + 1
    return 0 < pos - word_start <= 3 and text[pos - 1].isalpha()


_NON_BLANK_LINE_RE: Final = re.compile(r"[^\n]*\S[^\n]*")


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Return the non-blank line spans of ``text``: the fallback paragraph segmentation."""
    return tuple((m.start(), m.end()) for m in _NON_BLANK_LINE_RE.finditer(text))


# ---------------------------------------------------------------------------
# Token helpers


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # (regions are short: a comprehension costs less than ``word_tokens``' fixed setup)
    return [(m.start(), m.end(), m.group().strip(_PUNCT_STRIP)) for m in _TOKEN_RE.finditer(text, start, end)]


def word_tokens(text: str, strip: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Return ``(start, end, word)`` of each run of ``text[start:end]`` between separators.

    Separators are spaces and the comma, semicolon and colon; ``word`` is the run without
    the characters of ``strip`` at its ends. The same as a list comprehension over
    ``_TOKEN_RE.finditer``, built by C loops (split, accumulate, zip): faster on a whole
    article, which the speaker scans tokenise.
    """
    parts = _SEPARATOR_RE.split(text[start:end])
    bounds = list(accumulate(map(len, parts), initial=start))
    tokens = list(zip(bounds[0::2], bounds[1::2], map(str.strip, parts[0::2], repeat(strip)), strict=True))
    if tokens and not parts[-1]:
        tokens.pop()  # (the text ends with a separator)
    if tokens and not parts[0]:
        tokens.pop(0)
    return tokens


def whole_word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""Yield the spans where ``word`` stands as a whole word in ``text``: "قال" in "وقال قال".

    The same spans as ``re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)``,
    without compiling a pattern for each word.
    """
    size, at = len(word), text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield at, end
            at = text.find(word, end if size else end + 1)
        else:
            at = text.find(word, at + 1)


def anchored_matches(pattern: re.Pattern[str], anchors: tuple[str, ...], reach: int, text: str) -> list[re.Match[str]]:
    """Return ``pattern.finditer(text)`` as a list, trying the pattern only near ``anchors``.

    Every match of ``pattern`` must hold one of ``anchors`` starting at most ``reach``
    characters after the match starts; ``re`` would otherwise try the pattern at every
    character of the text.
    """
    places: list[int] = []
    for anchor in anchors:
        at = text.find(anchor)
        while at >= 0:
            places.append(at)
            at = text.find(anchor, at + 1)
    places.sort()
    found: list[re.Match[str]] = []
    end = tried = 0  # (the end of the last match; the first start not tried yet)
    for at in places:  # (each start once, in order, as over the sorted set of starts)
        for start in range(max(at - reach, tried), at + 1):
            if start >= end and (m := pattern.match(text, start)) is not None:
                found.append(m)
                end = m.end()
        tried = at + 1
    return found


def _is_word_char(char: str) -> bool:
    r"""Return whether ``re`` counts ``char`` as ``\w`` (the test it runs is ``isalnum`` or ``_``)."""
    return char.isalnum() or char == "_"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` without surrounding spaces and punctuation."""
    while start < end and text[start] in _PUNCT_STRIP:
        start += 1
    while end > start and text[end - 1] in _PUNCT_STRIP:
        end -= 1
    return start, end


def _is_adjunct(word: str) -> bool:
    """Return whether ``word`` opens an adjunct after the subject: "في"، "خلال"، "لـ"."""
    return word in _ADJUNCTS or word == _LAM


def _titled_given_name(previous: str, word: str, following: str = "") -> bool:
    """Tell whether a word that folds like a preposition is a given name after a title.

    "د. علي" and "الدكتور علي": "علي" the name folds like "على" the preposition; not before
    what only a preposition governs ("وأكد الوزير علي ضرورة …" spells "على" with yeh).
    """
    return word in _GIVEN and bool(previous) and (previous in _HONORIFIC_WORDS or previous in _NAME_TITLE_WORDS) \
        and not (following and _object_after_name(following))


def _word_before(text: str, pos: int) -> str:
    """Return the word that ends before ``pos``, without punctuation: "د." → "د"."""
    words = text[max(0, pos - 30) : pos].split()
    return words[-1].strip(_PUNCT_STRIP) if words else ""


def _word_after(text: str, pos: int) -> str:
    """Return the word that starts after ``pos``, without punctuation."""
    words = text[pos : pos + 40].split()
    return words[0].strip(_PUNCT_STRIP) if words else ""


def _word_count(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------
# Rules


def find_content_opener(text: str, lay: Layout, start: int, limit: int) -> re.Match[str] | None:
    """Return the first إن/أن, colon or speech-opening quote mark after a cue.

    A short quoted name is skipped: in 'أعلنت "راجيش" عن …' the quote is the subject.
    """
    pos = start
    while True:
        m = _OPENER_RE.search(text, pos, limit)
        if m and m.group("comp") and (outlet := _spelled_outlet_at(text, m.start())) is not None:
            pos = outlet  # "سي إن إن": letters of a name
            continue
        if not m or not m.group("quote"):
            return m
        span = lay.quote_starting_at(m.start())
        if span is None:
            # A closing mark or an unpaired one: speech only if right after the cue region.
            if lay.quote_at(m.start()) is None and not text[start:m.start()].strip(_PUNCT_STRIP):
                return m
            pos = m.end()
            continue
        inner = text[span[0] + 1 : span[1] - 1]
        after = text[span[1] : limit].strip(_PUNCT_STRIP)
        lead = text[start : m.start()]
        # A short quote is speech only right after the cue or a colon; elsewhere it is a
        # name, a term or an addressee: 'أعلنت "راجيش"', 'حمى “الضنك”', 'لـ«الشرق الأوسط»'.
        if _word_count(inner) <= 3 and (after or lead.strip(_PUNCT_STRIP)) and not lead.rstrip().endswith(":"):
            pos = span[1]
            continue
        if _name_before_content(text, span[1], limit) and not lead.rstrip().endswith(":"):
            pos = span[1]  # 'وقال «المرصد السوري لحقوق الإنسان» إن …': the quoted name speaks
            continue
        return m


_SPELLED_OUTLET_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(" ".join(fold_word(w) for w in o.split()) for o in lx.SPELLED_OUTLETS) + r")(?!\w)")


_OUTLET_LETTERS: Final = frozenset(fold_word(w) for o in lx.SPELLED_OUTLETS for w in o.split())


def _spelled_outlet_at(text: str, pos: int) -> int | None:
    """Return the end of a spelled-out outlet name ("سي إن إن") covering ``pos``, or None."""
    around = text[max(0, pos - 8) : pos + 12].split()
    if sum(w.strip(_PUNCT_STRIP) in _OUTLET_LETTERS for w in around) < 2:
        return None  # (the cheap test first: a complementizer among other letter names)
    for m in _SPELLED_OUTLET_RE.finditer(text, max(0, pos - 16), pos + 20):
        if m.start() <= pos < m.end():
            return m.end()
    return None


def _name_before_content(text: str, end: int, limit: int) -> bool:
    """Return whether a quotation ending at ``end`` is followed by إن/أن or a colon.

    Then the quoted words name the speaker: 'أعلنت «الشركة العربية للتطوير» أن …'.
    """
    after = text[end:limit].lstrip(" ،,")
    if after[:1] == ":":
        return True
    first = after.split(maxsplit=1)[0] if after.strip() else ""
    return _OPENER_RE.fullmatch(first) is not None and first[:1] not in _QUOTE_CHARS + ":"


def content_span(text: str, lay: Layout, start: int, para_end: int, *, to_paragraph_end: bool) -> tuple[int, int, bool]:
    """Return the content span starting at ``start``: a whole quotation, else up to the sentence end.

    'إنه "خلال أحلك … إنسانية".وتابع' → the quoted words; closed=True.
    """
    while start < para_end and text[start] in " \t":
        start += 1
    span = lay.quote_starting_at(start)
    if span is not None:
        inner = text[span[0] + 1 : span[1] - 1]
        if not inner.strip():  # a doubled opening mark: ':" "إن …'
            return content_span(text, lay, span[1] - 1, para_end, to_paragraph_end=to_paragraph_end)
        if _word_count(inner) >= 2:
            sentence_end = lay.sentence_end_after(span[1], para_end)
            tail = text[span[1] : sentence_end]
            if _quote_opens_clause(tail) and not to_paragraph_end:
                return start, sentence_end, False
            if not tail.strip(_PUNCT_STRIP) or _word_count(tail) > 3:
                return span[0] + 1, span[1] - 1, True
    end = para_end if to_paragraph_end else lay.sentence_end_after(start, para_end)
    comment = _COMMENT_RE.search(text, start, end)
    if comment and not to_paragraph_end:
        end = comment.start()
    return start, end, False


def _quote_opens_clause(tail: str) -> bool:
    """Return whether the words right after a closing quotation mark go on with its clause.

    'أن “قياديا سابقا” كان يدير الشبكة': the quoted words are the subject of the reported
    clause, whose verb follows; a comma, a conjunction, a cue or an adjunct ends the quote.
    """
    if not tail[:1].isspace():
        return False
    words = tail.split()
    if len(words) < 2:
        return False
    first = words[0]
    if first[:1] in _PUNCT_STRIP or first[:1] in lx.CONJUNCTION_PREFIXES or first in CUE_FORMS \
            or _OPENER_RE.fullmatch(first):
        return False
    return not (_is_adjunct(first) or first in _RELATIVE_WORDS or first[:1] == _LAM)


def classify_kind(text: str, start: int, end: int, closed: bool, colon: bool) -> str:
    """Return direct / mixed / indirect for a content span."""
    if closed:
        return "direct"
    if _ANY_QUOTE_RE.search(text, start, end):
        quoted_words = sum(_word_count(m.group()) for m in _QUOTE_SPAN_RE.finditer(text, start, end))
        if quoted_words >= 3:
            return "mixed"
    return "direct" if colon else "indirect"


_FOR_ONES_PART_RE: Final = re.compile(r"[ \t]*(?:" + "|".join(fold_word(w).replace(" ", r"[ \t]+") for w in lx.FOR_ONES_PART)
                                      + r")(?!\w)[ \t،,]*")
# A short adjunct set off by commas right after a verb: "قالت، عصر أمس، …".
_LEADING_ASIDE_RE: Final = re.compile(r"[ \t]*[،,][^،,.:؛\n]{2,60}[،,]")
# "وأضاف يقول:"، "ومضى يقول": a second verb of saying after the first is no subject.
_SAYING_IMPERFECTS: Final = frozenset(fold_word(w) for w in ("يقول", "تقول", "يقولون", "قائلا", "قائلة"))


def _time_adjunct_words(words: list[str]) -> int:
    """Return how many of the (folded) leading words tell when: "أمس الجمعة"، "مساء يوم السبت الماضي".

    A part of the day counts only before a day ("مساء أمس"), "يوم" only before a weekday, a
    period only with the word placing it ("الأسبوع الماضي"); 0 when the words open otherwise.
    """
    count = len(words)
    i = 1 if count > 1 and words[0] in _TIME_OF_DAY and (
        words[1] in _DAY_WORDS or words[1] in _WEEKDAYS or words[1] == _DAY) else 0
    if i < count and words[i] in _DAY_WORDS:
        i += 1
        if i < count and words[i] == _DAY_BEFORE_SECOND:
            i += 1  # "أمس الأول"
    elif i + 1 < count and words[i] == _DAY and words[i + 1] in _WEEKDAYS:
        i += 1
    if i < count and words[i] in _WEEKDAYS:
        i += 1
        if i < count and words[i] in _TIME_PLACERS:
            i += 1
    elif i == 0 and count > 1 and words[0] in _TIME_PERIODS and words[1] in _TIME_PLACERS:
        i = 2
    elif i == 0 and count > 1 and words[0] in _TIME_DEMONSTRATIVES and (
            words[1] in _TIME_PERIODS or words[1] == _TODAY):
        i = 2  # "ذلك اليوم"، "هذا الأسبوع"
    return i


def _time_ends_subject(prev_word: str, words: list[str]) -> bool:
    """Tell whether the (folded) words after a subject's ``prev_word`` tell when, ending it.

    "قال المرصد السوري الثلاثاء إن"، "أعلنت الشركة الأسبوع الماضي أن"; a lone weekday after
    an indefinite word is a family name ("محمد الخميس").
    """
    count = _time_adjunct_words(words)
    return count > 1 or count == 1 and (words[0] in _DAY_WORDS or prev_word.startswith(_ARTICLE))


def _weekday_family_name(before: str, given: str, word: str, gap: str) -> bool:
    """Tell whether a weekday right after a first name is that man's family name: "محمد الخميس".

    Only after the name's first word (``before`` is a title or nothing): after a full name the
    weekday tells when ("جون كيري الخميس"، "محمد حسن الخميس"), and a time after the subject's
    last word has ended it before this is asked ("محمد الخميس الماضي").
    """
    return word in _WEEKDAYS and given in _GIVEN and not gap.strip() \
        and (not before or before.startswith(_ARTICLE) or before in _ROLE_WORDS or before in _NAME_TITLE_WORDS)


def _after_leading_adverbs(text: str, tokens: list[tuple[int, int, str]], end: int) -> list[tuple[int, int, str]]:
    """Return the words after the adverbs and time adjuncts that open what follows a verb.

    "وقال أمس وزير الصحة"، "كشفت فيه المصادر": a one-word adverb; "وأكد يوم الأحد الماضي …"
    and "قال أمس السبت (18 يوليو) إن", a time adjunct with its bracketed date. No words (no
    subject to trust) after a longer time set off by a comma: "أعلن الأسبوع الماضي، خلال مؤتمر،
    عن …"، "أكد السبت، الاستعداد لـ …" go on with the content or an aside.
    """
    while len(tokens) > 1:
        skipped = _time_adjunct_words([w for _s, _e, w in tokens[:4]])
        if not skipped or skipped == 1 and tokens[0][2] in _SKIPPABLE:  # ("قال لـX أمس، اللواء …")
            if tokens[0][2] not in _SKIPPABLE or tokens[1][2] in _ADJUNCTS:
                break
            tokens = tokens[1:]
            continue
        following = tokens[skipped][0] if skipped < len(tokens) else end
        if text.startswith("(", following):
            close = text.find(")", following, min(end, following + 40))
            if close < 0:
                break
            tokens = _tokens(text, close + 1, end)
        elif text[tokens[skipped - 1][1] : following].strip():
            return []
        else:
            tokens = tokens[skipped:]
    return tokens


def subject_mention(text: str, lay: Layout, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Return the subject mention after a verb and the on-behalf-of part, if any.

    "الكرملين على لسان المتحدث باسمه دميتري بيسكوف" → the person after على لسان;
    "عباس خلال لقائه الرئيس الروسي" → "عباس" (the adjunct is not the subject).
    """
    behalf = _ON_BEHALF_RE.search(text, start, end)
    if behalf:
        org: tuple[int, int] | None = _strip_span(text, start, behalf.start())
        if org and org[1] <= org[0]:
            org = None
        person, _ = subject_mention(text, lay, behalf.end(), end)
        return (person or org), (org if person else None)
    start = _skip_addressee(text, lay, start, end)
    if (part := _FOR_ONES_PART_RE.match(text, start, end)) is not None:
        start = part.end()  # "أكدت من جانبها أن": the adverbial is no subject
    elif (aside := _LEADING_ASIDE_RE.match(text, start, end)) is not None and _word_count(aside.group()) <= 7 \
            and not any(w in CUE_FORMS or w in _COMPLEMENTIZER_WORDS for _s, _e, w in _tokens(text, *aside.span())) \
            and (after := _tokens(text, aside.end(), end)[:1]) and not _is_adjunct(after[0][2]) \
            and word_class(after[0][2]) not in ("preposition", "clitic_noun"):
        start = aside.end()  # "قالت، عصر أمس، وزارة الخارجية إن": the subject after the adjunct
    tokens = _tokens(text, start, end)
    if tokens and tokens[0][2][:1] == _LAM and tokens[0][2][1:] in _LETTER_NAMES:
        # "وأضاف لبي بي سي": an acronym addressee spelled out; the subject, if any, follows it.
        k = 1
        while k < len(tokens) and tokens[k][2] in _LETTER_NAMES:
            k += 1
        tokens = tokens[k:]
        if not tokens:
            return None, None
        start = tokens[0][0]
    if (after_adverbs := _after_leading_adverbs(text, tokens, end)) is not tokens:
        if not after_adverbs:
            return None, None
        tokens, start = after_adverbs, after_adverbs[0][0]
    if not tokens or (len(tokens) == 1 and tokens[0][2] in _ADDRESSEES):
        return None, None  # "وقال لي بأن": no subject after the verb
    first_word = tokens[0][2]
    if (_is_adjunct(first_word) or first_word in _NOUN_OBJECTS) and not _spelled_as_noun(lay, tokens[0]) \
            and not names_ali(text, lay, tokens[0]) \
            or first_word in _PRE_VERB \
            or first_word in _SAYING_IMPERFECTS \
            or first_word.startswith(lx.ARTICLE_AFTER_LAM) \
            or lay.has_pronoun_suffix(tokens[0][0], tokens[0][1]) and not _foreign_name_opens(lay, tokens) \
            and not _kin_or_title_then_name(tokens) \
            or _is_adverbial(lay, tokens[0]) \
            or first_word.endswith(_ALEF) and first_word[:-1] in _ROLE_WORDS \
            and not (len(tokens) > 1 and tokens[1][2].startswith(_ARTICLE)) \
            and not _kin_or_title_then_name(tokens):  # (not a dual, "رئيسا الناديين", nor "her", "مديرها محمد")
        return None, None  # (after its verb a title in the accusative tells how: "يقول، متحدثا عن نفسه")
    mention_end = None
    segment_words = 0
    quoted_until = -1
    prev: tuple[int, int, str] = (start, start, "")
    for k, (tok_start, tok_end, word) in enumerate(tokens):
        if not word:
            continue
        if tok_start < quoted_until:
            mention_end = tok_end  # words of a quoted name are never adjuncts: «اليوم السابع»
            continue
        quoted = _short_quote_at(text, lay, tok_start) if mention_end is not None else None
        if quoted is not None and not text[mention_end:tok_start].strip():
            quoted_until = quoted[1]
            mention_end = tok_end
            segment_words += 1
            continue
        if mention_end is not None and prev[2] and (_starts_object(lay, prev, word)
                                                    or _object_after_subject(lay, prev[2], (tok_start, tok_end, word))):
            break
        if mention_end is not None and (prev[2].startswith(_DEFINITE_PREFIXES) or _ends_a_personal_name(prev[2])) \
                and _verbal_noun_with_pronoun(lay, (tok_start, tok_end, word)) \
                and (after := _tokens(text, tok_end, tok_end + 40)[:1]) and _governed(after[0][2]):
            # "وأكد المدرب حرصه على …": a definite word or a name heads no construct, so the verbal noun
            # and its complement are the object ("الرئيس المنتهية ولايته، X" goes on).
            break
        if mention_end is not None and _speech_noun_with_pronoun(lay, (tok_start, tok_end, word)):
            break  # "وأكمل حسني حديثه قائلا"، "واختتم الوزير كلمته بأن": the talk is the object
        if mention_end is not None and (dash := _aside_before(text, mention_end, tok_start, tok_end, end)):
            mention_end = dash[0]  # "رئيس النقابة -أكبر نقابات المهن في البلاد- إن …": the aside describes
            break
        # The word right after "صحيفة" is the paper's name, even a time word: "صحيفة اليوم".
        outlet_name = k > 0 and tokens[k - 1][2] in _OUTLET_NOUNS and not text[tokens[k - 1][1] : tok_start].strip()
        if mention_end is not None and (word in _TIME_OPENERS or word in _TIME_DEMONSTRATIVES) \
                and not text[mention_end:tok_start].strip() \
                and not outlet_name and _time_ends_subject(prev[2], [w for _s, _e, w in tokens[k : k + 4]]):
            break
        if mention_end is not None and word == _ONCE and k + 1 < len(tokens) and tokens[k + 1][2] in _ONCE_NOUNS:
            break  # "يقول أرسطو ذات مرة:": once, not the name
        prev_word = prev[2]
        prev = (tok_start, tok_end, word)
        gap = text[(mention_end or tok_start) : tok_start]
        if mention_end is not None and "(" in text[mention_end : tok_start + 1] and tokens[0][2] in _UNNAMED_HEADS:
            break  # "أبلغ مصدر قبلي (عكاظ) أن": whom an unnamed source told, in parentheses
        if mention_end is not None and ("،" in gap or "," in gap):
            # Apposition between commas: keep it when short and not an adjunct.
            if _is_adjunct(word) or segment_words > 8:
                break
            segment_words = 0
        elif (_is_adjunct(word) and not _titled_given_name(prev_word, word, _word_after(text, tok_end))
              and not _spelled_as_noun(lay, prev) and not outlet_name
              and not _weekday_family_name(tokens[k - 2][2] if k > 1 else "", prev_word, word, gap)) \
                or (word.startswith(_LAM) and _is_quote_at(text, tok_start + 1)):
            break
        elif mention_end is not None and (word in CUE_FORMS or word[:1] in lx.CONJUNCTION_PREFIXES and word[1:] in CUE_FORMS
                                          or word in _COMPLEMENTIZER_WORDS and _spelled_outlet_at(text, tok_start) is None):
            break  # "الرئيس السيسي، مستطردا": a participle starts a new frame; "… وقال": a new sentence
        elif mention_end is not None and _addressee_after_name([w for _s, _e, w in tokens[:k]], word,
                                                               _word_after(text, tok_end)):
            break  # "وقال كارتر لقوات أميركية"، "X للصحفيين": whom a named person told
        elif mention_end is not None and (_is_adverbial(lay, (tok_start, tok_end, word))
                                          or _adverb_after_subject(prev_word, word, text, tok_end)):
            break  # "زوج المعلمة متحفظاً على ذكر اسمه"، "مورينيو ضاحكا": a circumstantial accusative
        mention_end = tok_end
        segment_words += 1
        if segment_words > 20:
            return None, None
    if mention_end is None:
        return None, None
    mention_end = _name_after_role_domain(text, lay, start, mention_end, end)
    mention_end = _apposed_name_end(text, lay, start, mention_end, end)
    return _strip_span(text, start, mention_end), None


_COMMA_RE: Final = re.compile("[،,]")
# How often a word must open names in the corpus to open one after a role's domain.
_GIVEN_NAME_SHARE: Final = 0.2
# The corpus's name shares are noisy for words without the article ("لشؤون"، "معلومات": 0.4–0.6).
_CLEAR_NAME_SHARE: Final = 0.8
# Endings of plurals and pronouns, folded: "تأكيدات"، "ناحيته"، "موقفها"، "قادتهم".
_NOT_NAME_ENDINGS: Final = ("\N{ARABIC LETTER ALEF}\N{ARABIC LETTER TEH}", "\N{ARABIC LETTER HEH}",
                            "\N{ARABIC LETTER HEH}\N{ARABIC LETTER ALEF}", "\N{ARABIC LETTER HEH}\N{ARABIC LETTER MEEM}")


def _kin_or_title_then_name(tokens: list[tuple[int, int, str]]) -> bool:
    """Tell whether words open with someone's relative or title and a name: "شقيقه خالد المهنا".

    "وقال رئيسها إبراهام فوكسمان": a title with "its" and a name after it is the subject too.
    """
    first = tokens[0][2]
    if first in _RELATIVES_OF_SOMEONE:
        return any(w in _GIVEN for _s, _e, w in tokens[1:4])
    if first not in _TITLES_OF_SOMEONE:
        return False
    # (a transliterated name the lists lack: the only words between the title and the content)
    return any(w in _GIVEN or looks_foreign(w) for _s, _e, w in tokens[1:3]) \
        or 3 <= len(tokens) <= 4 and all(_is_bare_name_word(w) and word_class(w) is None for _s, _e, w in tokens[1:])


def _with_their_pronoun(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Return folded nouns with "his", "her" or "their" attached: "شقيقة" → "شقيقته"، "شقيقتها"، …"""
    return frozenset(
        (head[:-1] + "\N{ARABIC LETTER TEH}" if head.endswith("\N{ARABIC LETTER HEH}") else head) + suffix
        for head in (fold_word(w) for w in words)
        for suffix in ("\N{ARABIC LETTER HEH}", "\N{ARABIC LETTER HEH}\N{ARABIC LETTER ALEF}",
                       "\N{ARABIC LETTER HEH}\N{ARABIC LETTER MEEM}"))


# A relative with a pronoun and a name is a subject, not the verb's object: "وأوضح نجله الأكبر علي أن"
# (without a name, "وقالت زوجته", the article has named the relative elsewhere or not at all); so is
# a title with its pronoun and a name: "وقال رئيسها إبراهام فوكسمان".
_RELATIVES_OF_SOMEONE: Final = _with_their_pronoun([w for w in lx.RELATION_HEADS if w not in ("أقارب", "ذوو", "ذوي")])
_TITLES_OF_SOMEONE: Final = _with_their_pronoun([w for w in lx.ROLE_HEADS if " " not in w and not w.startswith(lx.ARTICLE)])


# After a first word ending like "his" ("أندريه"), a surname needs less of a foreign shape to
# show the pair is a name: "برمياكوف" (0.88) is no common noun either.
_FOREIGN_SURNAME_SHAPE: Final = 0.8


def _adverb_after_subject(before: str, word: str, text: str, word_end: int) -> bool:
    """Tell whether an unmarked accusative after a subject is an adverb: "مورينيو ضاحكا".

    The dictionary reads many short transliterated names so ("شيبا"، "سارا"): a word of
    four letters, a surname after a given name or title ("سمير شيبا"، "السيد فارغا"), a
    first name before a surname ("ديلما روسيف") and a role before another joined by "و"
    ("شيخ العقاريين سابقا والخبير العقاري …") go on.
    """
    if word_class(word) != "tanween_adverb" or len(word) <= 4 or is_name_like(word) \
            or before in _GIVEN or before in _HONORIFIC_WORDS or is_function_word(before) or before in _ISSUER_LINKS:
        return False  # ("ينفي ذلك متحدثا": no subject; "التقرير الصادر حديثا عن …": the issuer follows)
    after = _word_after(text, word_end)  # (read only for the few adverbs: the scan tests every word)
    role_after = after[1:] if after[:1] == lx.CONJUNCTION_PREFIXES[0] else after
    # A name goes on after it; an adverb is followed by a preposition, a quote, "أن" or an object.
    return not (after in _GIVEN or is_name_like(after) or looks_foreign(after) or role_after in _ROLE_WORDS
                or after and not after.startswith(_ARTICLE) and word_class(after) is None
                and after not in _COMPLEMENTIZER_WORDS and after not in CUE_FORMS)


def _foreign_name_opens(lay: Layout, tokens: list[tuple[int, int, str]]) -> bool:
    """Tell whether a word ending like "his" opens a transliterated name: "جوزيه مورينيو".

    (A word outside the dictionary, then an indefinite word shaped like a foreign name; an
    object with its pronoun, "دعمه الكامل"، "استعداده للتعاون", has neither.)
    """
    return len(tokens) > 1 and word_class(tokens[0][2]) is None and not tokens[1][2].startswith(_ARTICLE) \
        and (looks_foreign(tokens[1][2]) or foreign_shape_score(tokens[1][2]) > _FOREIGN_SURNAME_SHAPE
             and word_class(tokens[1][2]) is None) \
        and not lay.has_pronoun_suffix(tokens[1][0], tokens[1][1])


def _apposed_name_end(text: str, lay: Layout, start: int, mention_end: int, end: int) -> int:
    """Return the end of a name set off by commas after a bare role, else ``mention_end``.

    "وقال رئيس البعثة في الأردن، مارك دي فريس: …" and "قال مدير المركز، والمقرب من
    الحكومة، كريم الساعدي، في تغريدة إن …" → up to the name. Only a role without a name of
    its own takes one, and only across a short stretch with no verb of saying or quote mark.
    """
    role = _tokens(text, start, mention_end)
    # A role chain ends with a definite word, a title or a place ("رئيس بعثة المنظمة",
    # "السفير الأميركي بعمّان"); a name does not.
    last = fold_word(role[-1][2]) if role else ""
    if not role or role[0][2].removeprefix(lx.CONJUNCTION_PREFIXES[0]) not in _ROLE_WORDS \
            or not (last.startswith(_ARTICLE) or last in _ROLE_WORDS
                    or last[:1] in (lx.LAM, "\N{ARABIC LETTER BEH}") and last[1:] in _STATES):
        return mention_end
    limit = min(end, mention_end + 200)
    commas = [m.start() for m in _COMMA_RE.finditer(text, mention_end, limit)]
    for comma in commas:
        before = _tokens(text, mention_end, comma)
        if len(before) > 8 or _ANY_QUOTE_RE.search(text, mention_end, comma) \
                or any(w in CUE_FORMS or w in _COMPLEMENTIZER_WORDS for _s, _e, w in before):
            return mention_end
        stop = next((c for c in commas if c > comma), None)
        seg_end = stop if stop is not None else limit
        name = _tokens(text, comma + 1, seg_end)
        if stop is None:  # the name runs to the content: "…، جان دي مارو:"
            name = name[:4]
        # (A patronymic link lengthens a name by two words: "عبدالله بن عبدالملك المرشد".)
        links = sum(w in _PATRONYMIC_WORDS for _s, _e, w in name[1:-1])
        if 2 <= len(name) <= 4 + 2 * links \
                and all((_is_bare_name_word(w) or k and w in _PATRONYMIC_WORDS) and w not in _ROLE_WORDS
                        for k, (_s, _e, w) in enumerate(name[:-1])) \
                and (_is_bare_name_word(name[-1][2]) or name[-1][2].startswith(_ARTICLE)) \
                and name[-1][2] not in _ROLE_WORDS and name[-1][2] not in _STATES \
                and (stop is not None or not text[name[-1][1] : end].strip(" \t:")):
            return name[-1][1]
    return mention_end


def _name_after_role_domain(text: str, lay: Layout, start: int, mention_end: int, end: int) -> int:
    """Return the end of a role's name when the role's domain separates the two.

    "خبير الشؤون العسكرية في الشرق الأوسط والخليج رياض قهوجي إن" → up to "قهوجي": a bare
    title, then "في" + a definite or place complement, then two to four name words right
    before the content. Another title, a verb or a pronoun in between ("خلال لقائه الرئيس
    الروسي فلاديمير بوتين") means a second person is merely mentioned.
    """
    if not text.startswith(" " + lx.STATEMENT_PREPOSITION + " ", mention_end):
        return mention_end  # (the cheap test first: the domain opens with "في")
    role = _tokens(text, start, mention_end)
    # (a construct chain may hold common nouns: "رئيس غرفة تجارة المنطقة"; it ends definite)
    if not role or role[0][2] not in _ROLE_WORDS or not (role[-1][2].startswith(_DEFINITE_PREFIXES)
                                                          or role[-1][2] in _ROLE_WORDS) or any(
            not (w.startswith(_DEFINITE_PREFIXES) or w in _ROLE_WORDS or not is_name_like(w)) for _s, _e, w in role[1:]):
        return mention_end
    comma = _COMMA_RE.search(text, mention_end, end)
    if comma is not None:
        end = comma.start()  # "… ناصر سالم، في تصريح للصحيفة، أن": the name ends at the comma
    tail = _tokens(text, mention_end, end)
    if not 4 <= len(tail) <= 10 or tail[0][2] != lx.STATEMENT_PREPOSITION or any(c in text[mention_end:end] for c in ",:؛"):
        return mention_end
    if any(w in _ROLE_WORDS or w in CUE_FORMS or _is_imperfect_verb(w) or lay.has_pronoun_suffix(s, e)
           for s, e, w in tail):
        return mention_end
    run = 0
    while run < len(tail) - 2 and _is_bare_name_word(tail[-1 - run][2]):
        run += 1
    before = tail[-1 - run][2]
    if 2 <= run <= 4 and (before.startswith(_DEFINITE_PREFIXES) or before in _STATES) \
            and all(_may_be_name(w) for _s, _e, w in tail[len(tail) - run :]):
        return tail[-1][1]
    # "… في المدينة ناصر السالم": a given name and a family name with the article.
    first, family, domain_end = tail[-2][2], tail[-1][2], tail[-3][2]
    if run == 0 and family.startswith(_ARTICLE) and family not in _ROLE_WORDS and family not in _STATES \
            and _is_bare_name_word(first) and given_name_score(first) >= _GIVEN_NAME_SHARE \
            and (domain_end.startswith(_DEFINITE_PREFIXES) or domain_end in _STATES):
        return tail[-1][1]
    # "القيادي في حركة حماس سامي الخطيب": a known given name after the domain opens the name,
    # which runs to the content over name words and a family name with the article last.
    given = next((j for j in range(2, len(tail) - 1) if tail[j][2] in _GIVEN), None)
    if given is not None and given >= len(tail) - 4 and all(
            _is_bare_name_word(w) or k == len(tail) - 1 and w.startswith(_ARTICLE)
            for k, (_s, _e, w) in enumerate(tail[given + 1 :], given + 1)):
        return tail[-1][1]
    return mention_end


def _may_be_name(word: str) -> bool:
    """Return whether a word after a role's domain may be a name word: "ومؤلف كتاب" is a second role.

    Not a word with the conjunction glued on, nor a verbal noun or verb, unless a given or
    foreign name ("وليد"، "ويلسون").
    """
    return word in _GIVEN or given_name_score(word) >= _GIVEN_NAME_SHARE or looks_foreign(word) or (
        not word.startswith(lx.CONJUNCTION_PREFIXES[0]) and word_class(word) not in ("masdar", "verb"))


def _is_bare_name_word(word: str) -> bool:
    """Return whether a word can be part of a personal name: no article, not a function word or place."""
    return bool(word) and not word.startswith(_DEFINITE_PREFIXES) and not word[:1].isdigit() \
        and word not in _ADJUNCTS and word not in _STATES and word not in _NAME_STOPS \
        and (word in _GIVEN or word not in _LEXICAL_WORDS)


def _is_imperfect_verb(word: str) -> bool:
    """Return whether an unknown word reads as an imperfect verb: "تدافع"، "توفر".

    Nisba adjectives ("تركية"، "يمني"), adverbs in tanween ("تماما") and words of the
    lexicon (names, titles, places) are not verbs.
    """
    return (len(word) >= 4 and word.startswith(lx.IMPERFECT_PREFIXES) and not word.endswith(("ي", "يه", "ا"))
            and word not in _LEXICAL_WORDS and word not in _STATES and word not in _PERSON_HEADS)


def _governed(word: str) -> bool:
    """Tell whether a word opens a verbal noun's complement: "على"، "بالمستويات"، "لتوفير"، "أن"."""
    return word_class(word) in ("preposition", "clitic_noun") or word in _COMPLEMENTIZER_WORDS


def _verbal_noun_with_pronoun(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Tell whether a word is a verbal noun carrying its pronoun: "حرصه"، "قدرتها"، "استعداده".

    Such a word is the verb's object ("أكد المدرب حرصه على …"), never part of its subject;
    nouns of kin or office with a pronoun ("والده"، "باسمه"، "خارجيتها") are no verbal nouns.
    """
    if not lay.has_pronoun_suffix(token[0], token[1]) or token[2] in _ROLE_LINK_WORDS or is_function_word(token[2]):
        return False  # ("عليهم": a preposition with its pronoun)
    stem = _pronoun_stem(lay, token)
    return word_class(stem) in ("masdar", "verb") or fold_word(stem) in _NOUN_OBJECTS


def _pronoun_stem(lay: Layout, token: tuple[int, int, str]) -> str:
    """Return a word as written without its attached pronoun: "قدرتها" → "قدرة"، "حديثه" → "حديث"."""
    stem = _PRONOUN_SUFFIX_RE.sub("", lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP))
    if stem.endswith("\N{ARABIC LETTER TEH}"):
        stem = stem[:-1] + "\N{ARABIC LETTER TEH MARBUTA}"
    return stem


_SPEECH_NOUNS: Final = frozenset(fold_word(w) for w in lx.SPEECH_EVENT_NOUNS + lx.SPEECH_MASDARS)


def _speech_noun_with_pronoun(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Tell whether a word is a noun of speech with its owner's pronoun: "حديثه"، "كلمتها"، "قوله"."""
    return lay.has_pronoun_suffix(token[0], token[1]) and fold_word(_pronoun_stem(lay, token)) in _SPEECH_NOUNS


def _starts_object(lay: Layout, prev: tuple[int, int, str], word: str) -> bool:
    """Return whether ``word`` after a complete subject starts the verb's object.

    "حثت تل أبيب روسيا على" → "روسيا" (a place right after a place);
    "أبلغ رئيس الاف بي آي جايمس كومي لجنة الاستخبارات" → "لجنة" (an institution right
    after a personal name; "مجلس إدارة شركة" and "خارجية دولة" keep going: a construct
    head, a word in ة or one with ل governs the next noun: "لدول مجلس التعاون").
    """
    before = prev[2]
    if word in _STATES and before in _PLACE_ENDS:
        return True
    # ("الخبير … وعضو مجلس الإدارة": a title joined by "و" governs its noun as well)
    lexical = before in _LEXICAL_WORDS or before[:1] in lx.CONJUNCTION_PREFIXES and before[1:] in _LEXICAL_WORDS
    if word not in _INDEFINITE_ORG_HEADS or lexical or before in _NAME_STOPS or before in _DOCUMENT_HEAD_WORDS \
            or len(before) < 3 or before.startswith((_ARTICLE, _LAM)) or word_class(before) == "clitic_noun":
        return False  # ("بفرع هيئة": a preposition's noun governs the next one; so does "تقرير مجلس")
    original = lay.original_word(prev[0], prev[1]).strip(_PUNCT_STRIP)
    return not original.endswith("\N{ARABIC LETTER TEH MARBUTA}") and not before.endswith("\N{ARABIC LETTER HEH}")


def opens_object(word: str) -> bool:
    """Tell whether a word can only be a verb's object, never its subject.

    A sound plural in the object case ("المواطنين"; the subject would be "المواطنون") or
    "الجميع"/"جميع" as a verb's first word: "ودعا المواطنين إلى …" has no subject of its own.
    """
    return is_oblique_plural(word) or word in _ALL_OF


def _object_after_singular(before: str, word: str) -> bool:
    """Return whether a plural object (``opens_object``) follows a complete singular subject.

    "دعا الوزير المواطنين إلى"، "حث العليان الجميع على"، "دعت الجامعة الراغبين": a plural in
    the object case cannot qualify a name, a definite title or a definite institution. After
    an indefinite head it is a genitive ("نقابة الصحفيين"، "أحد العاملين"), after a plural
    an adjective ("القادة الأمنيين"), after "باسم" what is spoken for: all go on. An
    indefinite word after a name may be the name's next word ("ألكسندر ميتين").
    """
    if not opens_object(word) or opens_object(before) or before in _SPOKESMAN_LINKS or before in _NAME_LINK_WORDS \
            or not word.startswith(_DEFINITE_PREFIXES) and word not in _ALL_OF and (is_name_like(word) or looks_foreign(word)):
        return False
    return _ends_a_name(before) or _complete_definite_singular(before)


def _ends_a_name(before: str) -> bool:
    """Tell whether a subject's last word is a name: a given name, a foreign one, a family name."""
    # (The corpus's name shares are noisy for words without the article: "لشؤون"، "معسكرات".)
    return before in _GIVEN or looks_foreign(before) \
        or name_score(before) >= (NAME_LIKE if before.startswith(_ARTICLE) else _CLEAR_NAME_SHARE)


def _complete_definite_singular(before: str) -> bool:
    """Tell whether a subject's last word is a definite singular nothing further qualifies.

    A title or institution alone, a singular in ي or an adjective of relation in ية: "الحكومة"،
    "السهلي"، "القيادة الفلسطينية"; not "الأمن": "مسؤولي الأمن الليبيين" is the officials'.
    """
    if before.startswith(_LAM_ARTICLE):
        before = _ARTICLE + before[len(_LAM_ARTICLE) :]  # "الناطق الرسمي للهيئة جميع …": the body's genitive
    return before.startswith(_DEFINITE_PREFIXES) and (
        before in _ROLE_WORDS or before in _ORG_BACKREF_WORDS or before.endswith("\N{ARABIC LETTER YEH}")
        or before.endswith("\N{ARABIC LETTER HEH}") and before in _ORG_HEAD_WORDS
        or before.endswith(_NISBA_ENDINGS[0]) and len(before) > len(_ARTICLE) + 4)


# Endings of adjectives of relation, folded: "الشعبية"، "الشعبي" (the speaker module reads them too).
_NISBA_ENDINGS: Final = ("\N{ARABIC LETTER YEH}\N{ARABIC LETTER HEH}", "\N{ARABIC LETTER YEH}")
# Endings of sound plurals, folded: subject, object case, feminine.
_SOUND_PLURAL_ENDINGS: Final = ("\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}", "\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}",
                                "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER TEH}")
# The participles' "الم", as written (the article is checked on the written word: "إلهام" folds to "الهام").
_ARTICLE_MEEM: Final = _ARTICLE + "\N{ARABIC LETTER MEEM}"
_ALEF: Final = "\N{ARABIC LETTER ALEF}"
_ARTICLE_TEH: Final = _ARTICLE + "\N{ARABIC LETTER TEH}"
_LAM_ARTICLE: Final = lx.ARTICLE_AFTER_LAM
_OBLIQUE_SUFFIX: Final = "\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}"


def _masdar_object(lay: Layout, before: str, token: tuple[int, int, str]) -> bool:
    """Return whether a definite verbal noun after a complete subject starts the verb's object.

    "ووصف الوزير الهجوم بأنه"، "أعلنت الشركة الانتهاء من"، "لفت السفير الانتباه إلى": a
    definite word governs no genitive and a verbal noun qualifies nothing, so after a
    definite word or a family name the subject has ended. Adjectives in ي/ية ("المقاومة
    الشعبية"), words in "الم" (participles spelt like verbal nouns: "الأسر المنتجة
    المشاركة"), titles ("المتحدث الرسمي المقدم") and, after a given name, a family name
    that is also a verbal noun ("محمد الحداد") go on.
    """
    word = token[2]
    if not word.startswith(_ARTICLE) or word.endswith(_NISBA_ENDINGS) or word_class(word) != "masdar" \
            or word in _LEXICAL_WORDS or word in _PERSON_HEADS or word in _COMPOUND_SECONDS:
        return False
    written = lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP)
    if not written.startswith(_ARTICLE) or written.startswith(_ARTICLE_MEEM) and before.startswith(_DEFINITE_PREFIXES):
        return False  # (after a name a word in "الم" qualifies nothing: "نتنياهو الموافقة على" is the object)
    if before in _HONORIFIC_WORDS or before in _COMPOUND_SECONDS:
        return False  # a name follows: "المهندس الحداد"، "عبد الله النعيم"
    if before.endswith(_SOUND_PLURAL_ENDINGS) and len(word) == len(_ARTICLE) + 4 and word[-2] == _ALEF:
        return False  # a plural adjective in فعال: "المسؤولين الكبار"
    if before.startswith(_DEFINITE_PREFIXES):
        return True  # ("الشركة الوطنية للنقل الانتهاء": a genitive with "لل" is definite too)
    return before not in _GIVEN and before not in _NAME_LINK_WORDS and word_class(before) is None \
        and (looks_foreign(before) or name_score(before) >= _CLEAR_NAME_SHARE)


def _ends_a_personal_name(word: str) -> bool:
    """Tell whether a word without the article can end a name: "أعلن بوتين قبوله …"، "أبدى جوميز رضاه".

    Looser than ``_ends_a_name`` (a name share of 0.8 without the article): here a verbal noun
    with its pronoun must follow too, so a name-like word outside the dictionary is enough.
    """
    return word not in _ROLE_WORDS and word_class(word) is None and (word in _GIVEN or is_name_like(word) or looks_foreign(word))


def _addressee_after_name(before: list[str], word: str, following: str) -> bool:
    """Tell whether ``word`` is "ل" glued to a common noun after a bare name: whom the person spoke to.

    "كارتر لقوات أميركية"، "سامي العلي للصحفيين". After a role or an institution the same
    shape is its domain ("المتحدث الرسمي لوزارة العمل"، "مركز الملك سلمان للإغاثة"), and a
    name may start with "ل" ("أشرف لطيف"، "أم لمار"، "ماجد لفى الديحاني": a name part or a name goes on).
    """
    return word[:1] == _LAM and len(word) > 3 and word_class(word) in _GLUED_NOUN_CLASSES and word not in _GIVEN \
        and bool(before) \
        and before[-1] not in _NAME_LINK_WORDS and not (is_name_like(following) or following in _GIVEN) \
        and all(w in _GIVEN or w in _NAME_LINK_WORDS or looks_foreign(w) or is_name_like(w) for w in before) \
        and not any(w in _DYNASTIC for w in before)


_DYNASTIC: Final = _folded_set(lx.DYNASTIC_TITLES)  # "الأمير محمد بن فهد للتنمية" names a foundation
# The word table's classes of a noun with a glued preposition: "لقوات" (clitic noun), "للصحفيين" (ل + ال).
_GLUED_NOUN_CLASSES: Final = ("clitic_noun", "preposition")


def _object_after_subject(lay: Layout, before: str, token: tuple[int, int, str]) -> bool:
    """Return whether ``token`` opens the verb's object after a subject ending in ``before``.

    A plural in the object case or a definite verbal noun: "دعا الوزير المواطنين"، "وصف
    الوزير الهجوم". (An indefinite verbal noun after a definite word, "أكدت الهيئة أهمية",
    is read only where the subject is a guess, ``_noun_complement_region``: given names
    are often verbal nouns, "المتحدث الرسمي لوزارة العمل تيسير المفرج".)
    """
    return _object_after_singular(before, token[2]) or _masdar_object(lay, before, token) \
        or (token[2] in _PEOPLE_PLURALS or _participle_plural(token[2])) \
        and before not in _SPOKESMAN_LINKS and before not in _NAME_LINK_WORDS \
        and (_complete_definite_singular(before) or _ends_a_name(before) and (before.startswith(_ARTICLE) or looks_foreign(before)))
    # ("متحدث باسم المتمردين" and "رياض الأطفال" go on: a link, a construct)


def _participle_plural(word: str) -> bool:
    """Tell whether a definite word is shaped like a participle's sound plural: "المقبولين"، "المتضررين".

    (The corpus table of plurals knows only those it saw in both cases; these rarely are.)
    """
    return len(word) >= 8 and word.startswith(_ARTICLE_MEEM) and word.endswith(_OBLIQUE_SUFFIX)


def _short_quote_at(text: str, lay: Layout, index: int) -> tuple[int, int] | None:
    """Return a short quoted name that opens at ``index``: 'صحيفة "اليوم السابع"'."""
    if not _is_quote_at(text, index):
        return None
    span = lay.quote_starting_at(index)
    return span if span is not None and _word_count(text[span[0] + 1 : span[1] - 1]) <= 4 else None


_TANWEEN_FATH_RE: Final = re.compile("(?:\N{ARABIC LETTER ALEF}\N{ARABIC FATHATAN}|\N{ARABIC FATHATAN}\N{ARABIC LETTER ALEF})$")


def _is_quote_at(text: str, index: int) -> bool:
    """Return whether a quotation mark sits at ``index`` (False outside the text)."""
    return 0 <= index < len(text) and text[index] in _QUOTE_CHARS


def _spelled_as_noun(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Tell whether a word folding like a function word is written as a noun: "إمام" (not "أمام")."""
    return spelled_as_noun(lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP))


def names_ali(text: str, lay: Layout, token: tuple[int, int, str]) -> bool:
    """Tell whether "علي" is the name, not the preposition "على" it folds like.

    Only in a text that spells the preposition with alef maksura, and only before a word that
    can follow a name: "وقال علي الأحمدي" → True; "وأكد علي ضرورة" (a misspelt "على") → False.
    """
    if not lay.ali_spelled_apart or lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP) != lx.ALI_NAME:
        return False
    after = _tokens(text, token[1], token[1] + 40)[:1]
    return bool(after) and after[0][2] not in _NOUN_OBJECTS and not is_function_word(after[0][2]) \
        and word_class(after[0][2]) != "masdar" and not text[token[1] : after[0][0]].strip()


def _is_adverbial(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Return whether a word carries the accusative tanween of an adverb: "قال هامساً"."""
    return _TANWEEN_FATH_RE.search(lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP)) is not None


_ADDRESSEE_QUOTE_RE: Final = re.compile(r"\s*(?:" + _LAM + r"\s*|" + _LAM + r"\w+\s+)(" + _QUOTE_CLASS + r")")


_ADDRESSEE_BRACKET_RE: Final = re.compile(r"\s*" + _LAM + r"\s*\([^()\n]{1,40}\)[\s،,]*")


def _skip_addressee(text: str, lay: Layout, start: int, end: int) -> int:
    """Skip the addressee before a subject: 'قال لـ "الاقتصادية" مصدر مطلع' → 'مصدر مطلع'.

    An outlet in brackets is one too, with or without a subject after it: "وقال لـ(عكاظ) إن".
    """
    if (bracketed := _ADDRESSEE_BRACKET_RE.match(text, start, end)) is not None:
        return bracketed.end()
    m = _ADDRESSEE_QUOTE_RE.match(text[start:end])
    span = lay.quote_starting_at(start + m.start(1)) if m else None
    if span is None or span[1] >= end:
        return start
    rest = text[span[1] : end]
    return span[1] + len(rest) - len(rest.lstrip(" ،,")) if rest.strip() else start


_DEFINITE_PREFIXES: Final = tuple(fold_word(w) for w in lx.DEFINITE_PREFIXES)


def _verb_subject(text: str, lay: Layout, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the named subject of a sentence-initial verb: "جدد رئيس الحكومة عبدالله الثني …".

    Only a subject that starts with a title, honorific or given name, or a short one that
    is clearly a name ("ووصل كيري إلى …"), counts: the verb itself is unknown, so anything
    vaguer may be its object.
    """
    tokens = _tokens(text, sentence_start, cue_start)
    opener = _sentence_opener_end(text, tokens)
    if opener is not None:  # "في المقابل، رفض محمد نور …": the verb follows the opener
        tokens = _tokens(text, opener, cue_start)
    if len(tokens) < 3 or tokens[0][2].startswith(_ARTICLE) or tokens[0][2] in _ADJUNCTS \
            or _CUE_RE.fullmatch(tokens[0][2]) or ":" in text[tokens[0][1] : tokens[1][0]]:
        return None  # a cue opening the sentence has its own frame; "تصوير: X" is a label
    first = tokens[0][2][1:] if tokens[0][2][:1] in lx.CONJUNCTION_PREFIXES else tokens[0][2]
    if first in _GIVEN and word_class(first) != "verb":
        return None  # "ومحمود حسن، رئيس النادي، رفض …": a name opens it, not a verb
    mention, _behalf = subject_mention(text, lay, tokens[1][0], cue_start)
    if mention is None:
        return None
    mention_tokens = _tokens(text, *mention)
    for (tok_start, _e, word), (_s, before_end, before) in zip(mention_tokens[1:], mention_tokens, strict=False):
        if word in _SUBJECT_END_PREPS and before not in _NAME_LINK_WORDS:  # ("أحمد بن علي": the name)
            mention = _strip_span(text, mention[0], tok_start)  # "مدير الأمن رسالة إلى …"
            break
        if word[:1] in lx.CONJUNCTION_PREFIXES and word_class(word[1:]) in ("verb", "aux_verb") \
                and "،" in text[before_end:tok_start].replace(",", "،"):
            mention = _strip_span(text, mention[0], tok_start)  # "هرع الجنرال X، وأخذ …": the next clause
            break
    words = text[mention[0] : mention[1]].split()
    if not words:
        return None
    first = words[0].strip(_PUNCT_STRIP)
    if first in _PERSON_HEADS:
        return mention
    # Else the words that are clearly a name, nothing after them: "ووصل كيري إلى …"،
    # "وأثنى العطوي بالجهود …" → "العطوي" (the rest may be the verb's object).
    named = list(takewhile(lambda tok: _clearly_a_name(tok[2]), _tokens(text, *mention)[:3]))
    return (named[0][0], named[-1][1]) if named else None


def _clearly_a_name(word: str) -> bool:
    """Tell whether a word outside the dictionary is a name by the corpus or by its shape.

    (The foreign shape alone also fits verbs of saying, plurals in ات and words with a
    pronoun: "يرى"، "تأكيدات"، "ناحيته".)
    """
    if word_class(word) is not None or word in _LEXICAL_WORDS or word in CUE_FORMS:
        return False
    return name_score(word) >= _CLEAR_NAME_SHARE or looks_foreign(word) and not word.endswith(_NOT_NAME_ENDINGS)


def _sentence_opener_end(text: str, tokens: list[tuple[int, int, str]]) -> int | None:
    """Return where a short adverbial opener set off by a comma ends ("في المقابل،", "من جانبه،").

    One to three words, the first a preposition or adverbial particle, the last followed by a
    comma, or by the sentence's verb.
    """
    if not tokens or not _is_adjunct(tokens[0][2]):
        return None
    for _start, end, _word in tokens[:3]:
        if text[end : end + 1] in "،,":
            return end + 1
    # Without the comma when a verb follows it: "في البداية تحدث عبدالله الحزيم قائلا"
    for start, _end, word in tokens[1:4]:
        if word_class(word) == "verb":
            return start
    return None


def clause_subject(text: str, lay: Layout, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the subject of the clause a participle hangs on, when it is not a quote.

    "وكانت الجماهير الشبابية استقبلت بيان الإدارة، مؤكدة أن" → "الجماهير الشبابية".
    """
    lead = text[sentence_start:cue_start]
    m = _KANA_RE.match(lead)
    if not m:
        return _verb_subject(text, lay, sentence_start, cue_start)
    tokens = _tokens(text, sentence_start + m.end(), cue_start)
    chain: list[tuple[int, int, str]] = []
    for tok in tokens:
        if chain and not tok[2].startswith(_DEFINITE_PREFIXES):
            break
        if not chain and not tok[2].startswith(_ARTICLE):
            return None
        chain.append(tok)
        if text[tok[1] - 1 : tok[1]] in "،,":
            return None
    if not chain or len(chain) >= len(tokens):
        return None
    return _strip_span(text, chain[0][0], chain[-1][1])


def _names_someone(word: str) -> bool:
    """Return whether a word (maybe after و or ال) is a title, a given name or an institution.

    Groups of people ("السكان"، "المواطنين") are the usual addressees and do not count.
    """
    word = word[1:] if word[:1] == lx.CONJUNCTION_PREFIXES[0] and len(word) > 3 else word
    bare = word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word
    return word in _PERSON_HEADS or word in _ORG_HEAD_WORDS or bare in _ORG_HEAD_WORDS or word in _STATES


def _next_paragraph_content(text: str, lay: Layout, pi: int, start: int, end: int,
                            closed: bool) -> tuple[int, int, bool]:
    """Return the content of a colon that ends its paragraph: the next paragraph.

    "وقال الوزير:" then «…» on its own line. The next paragraph must open with a quotation
    mark or a bullet, or hold no verb of saying or according-to of its own; otherwise
    ``(start, end, closed)``.
    """
    if pi + 1 >= len(lay.paragraphs):
        return start, end, closed
    nps, npe = lay.paragraphs[pi + 1]
    lead = text[nps:npe].lstrip(" \t")
    if not lead or not (lead[0] in _QUOTE_CHARS or lead[0] in _BULLETS
                        or not (_cue_before(text, lay, nps, npe) or _ACCORDING_RE.search(text, nps, npe))) \
            or _URL_LINE_RE.match(lead) or _is_question(text, nps, npe):
        return start, end, closed  # (a link or an interviewer's question is no one's words here)
    return content_span(text, lay, nps, npe, to_paragraph_end=True)


def _carries_subject(text: str, opener: re.Match[str]) -> bool:
    """Return whether a complementizer carries a third-person subject pronoun: "أنهم", "إنها".

    "يقول إنهم يعلنون …": the pronoun is the subject of the reported clause, so it stays
    in the content; a first-person or bare complementizer is left out.
    """
    word = text[opener.start() : opener.end()]
    if _is_quote_at(text, opener.end() + 1) or _is_quote_at(text, opener.end()):
        return False  # 'بأنها "مؤسفة"': the quotation itself is the content
    return any(word.endswith(s) for s in _THIRD_PERSON_SUFFIXES) and len(word) > 2


def _is_inanimate(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a subject is data or events, which indicate but do not speak.

    "وتشير الإحصاءات إلى …"، "كشفت المعطيات المتوفرة أن …" are narration.
    """
    words = text[mention[0] : mention[1]].split()
    if len(words) > 1 and words[0] in _WHOLE_QUANTIFIERS:
        words = words[1:]  # "كل الحقائق الدامغة"
    return bool(words) and (words[0].strip(_PUNCT_STRIP) in _INANIMATE
                            or " ".join(words[:2]).strip(_PUNCT_STRIP) in _INANIMATE)


# An aside between dashes after a word: " -أكبر نقابات المهن في البلاد- "، " - وهو خبير - ".
_DASH_ASIDE_RE: Final = re.compile(r"[ \t]*[-–—][ \t]*[^-–—\n]{3,100}?[^\s\-–—][ \t]*[-–—](?=[ \t]|$)")


_DASHES_RE: Final = re.compile("[-–—]")


def _dash_aside(text: str, pos: int, end: int) -> re.Match[str] | None:
    """Return an aside set off by two dashes right after ``pos`` (and before ``end``), if one is."""
    aside = _DASH_ASIDE_RE.match(text, pos, end)
    return aside if aside is not None and _word_count(aside.group()) >= 2 else None


def _aside_before(text: str, previous_end: int | None, tok_start: int, tok_end: int,
                  end: int) -> tuple[int, re.Match[str]] | None:
    """Return where a phrase ends and the dash aside after it, found at the token ``[tok_start, tok_end)``.

    The aside opens after the previous word (ending at ``previous_end``) or, its dash glued on,
    inside the token: "المهندسين-أكبر نقابات المهن-".
    """
    if previous_end is not None and _DASHES_RE.search(text, previous_end, tok_start + 1) \
            and (aside := _dash_aside(text, previous_end, end)) is not None:
        return previous_end, aside
    dash = _DASHES_RE.search(text, tok_start + 1, tok_end)  # any dash: "-"، "–"، "—"
    if dash is not None and (aside := _dash_aside(text, dash.start(), end)) is not None:
        return dash.start(), aside
    return None


def _noun_complement_region(text: str, lay: Layout, start: int, sentence_end: int, *,
                            cause: bool = False) -> tuple[tuple[int, int], int]:
    """Split "أعلنت الشركة، توصلها إلى اتفاق" into subject region and content start.

    The subject ends at the first comma (when close) or after at most six words; after a
    verb of cause a demonstrative starts the object ("وعزا الوزير ذلك إلى …").
    """
    tokens = _tokens(text, start, sentence_end)
    if len(tokens) > 1 and (_is_adverbial(lay, tokens[0]) or word_class(tokens[0][2]) == "tanween_adverb"
                            and not is_name_like(tokens[0][2])) \
            and (tokens[1][2] in _NOUN_OBJECTS or lay.has_pronoun_suffix(tokens[1][0], tokens[1][1])
                 and not _kin_or_title_then_name(tokens[1:])):
        return (start, start), tokens[1][0]  # "وأكدت مجددا التزامها …": an adverb, then the object
    if tokens and (tokens[0][2] in _NOUN_OBJECTS or (cause and tokens[0][2] in _DEMONSTRATIVES)
                   or lay.has_pronoun_suffix(tokens[0][0], tokens[0][1]) and not _kin_or_title_then_name(tokens)):
        return (start, start), tokens[0][0]
    comma = -1
    for i, (tok_start, tok_end, _word) in enumerate(tokens[:12]):
        found = _aside_before(text, tokens[i - 1][1] if i else None, tok_start, tok_end, sentence_end)
        if found is not None:  # "أكد رئيس النقابة -أكبر نقابات المهن- دعم …"
            at, aside = found
            rest = [t for t in tokens[i:] if t[0] >= aside.end()]
            if rest:
                return (start, at), rest[0][0]
        if i and lay.has_pronoun_suffix(tok_start, tok_end):
            break  # a verbal noun with a pronoun comes first: "أعلن الأهالي رفضهم …، مطالبين"
        if i and ("،" in text[tokens[i - 1][1] : tok_start] or "," in text[tokens[i - 1][1] : tok_start]):
            comma = i
            break
        if i and _object_after_subject(lay, tokens[i - 1][2], tokens[i]):
            break  # so does an object: "دعا البنعلي جميع المتطرفين لـ …، …"، "أعلنت الشركة الانتهاء من …"
    if comma > 0:
        subject_end = tokens[comma - 1][1]
        # "اتهم السفير الأميركي بعمّان، جيمس ولسون، طهران بـ…": the name set off after the role.
        named_end = _apposed_name_end(text, lay, start, subject_end, sentence_end)
        if named_end != subject_end and text[named_end : named_end + 1] in "،,":
            rest = _tokens(text, named_end + 1, sentence_end)
            if rest:
                return (start, named_end), rest[0][0]
        if tokens[comma][2] in _ROLE_WORDS and comma + 1 < len(tokens) and _names_someone(tokens[comma + 1][2]):
            # "X، عضو مكتب …، قرار …": the role set off describes X ("أمين الطويل" is a name)
            after_role = next((j for j in range(comma + 1, min(len(tokens), comma + 12))
                               if any(c in text[tokens[j - 1][1] : tokens[j][0]] for c in "،,")), None)
            if after_role is not None:
                return (start, subject_end), tokens[after_role][0]
        return (start, subject_end), tokens[comma][0]
    subject: list[tuple[int, int, str]] = []
    # A title lets the subject run to the end of the name after it.
    titled = bool(tokens) and tokens[0][2] in _PERSON_HEADS
    for k, tok in enumerate(tokens[: 24 if titled else 6]):
        if titled and tok[2] == lx.STATEMENT_PREPOSITION and _domain_then_given_name(text, lay, tokens, k):
            subject.append(tok)  # "رئيس لجنة … في الاتحاد السعودي خالد الحربي": the title's domain
            continue
        if _is_adjunct(tok[2]) or tok[2] in _SUBJECT_END_PREPS or tok[2][:1].isdigit() \
                or (cause and subject and tok[2] in _DEMONSTRATIVES):
            break
        if subject and _is_imperfect_verb(tok[2]):
            break  # "أعلنت جامعة بيشة توفر عدد من الوظائف": the verb starts the content
        if len(subject) >= 2 and _opens_noun_object(subject[-2][2], subject[-1][2], tok[2]):
            break  # "أرجع الخبير سامر خليل ارتفاع الأسعار إلى …": the verbal noun is the object
        if subject and (_object_after_definite(subject[-1][2], tok[2]) or _object_after_subject(lay, subject[-1][2], tok)):
            break  # "وأكدت الهيئة أهمية …"، "ودعا البنعلي جميع المتطرفين لـ …": the object
        if len(subject) >= 3 and any(w in _SPOKESMAN_LINKS for _s, _e, w in subject) \
                and subject[-1][2].startswith(_DEFINITE_PREFIXES) \
                and not tok[2].startswith(_DEFINITE_PREFIXES) and tok[2] not in _GIVEN and not is_name_like(tok[2]) \
                and not looks_foreign(tok[2]):
            break  # "نفى متحدث باسم المتمردين مزاعم …": after the principal, an indefinite common noun
        subject.append(tok)
    if titled:
        # The name starts at a given name, or right after an inner title ("… المقدم عطالله …").
        # "باسم" after a role is "on behalf of" ("المتحدث باسم المؤسسة"), after a title a name.
        given = next((i for i, tok in enumerate(subject) if tok[2] in _GIVEN and not (
            i and tok[2] in _ROLE_LINK_WORDS and subject[i - 1][2] not in _HONORIFIC_WORDS)), None)
        if given is None:  # a role after the honorific is no name: "معالي وزير الشؤون البلدية"
            given = max((i + 1 for i, tok in enumerate(subject[:-1]) if tok[2] in _HONORIFIC_WORDS
                         and not subject[i + 1][2].startswith(_DEFINITE_PREFIXES)
                         and subject[i + 1][2] not in _ROLE_WORDS), default=None)
        if given is not None:
            end = given + 1
            while end < len(subject) and (end - given < 5 or subject[end - 1][2] in _NAME_LINK_WORDS):
                if subject[end - 1][2] not in _NAME_LINK_WORDS and _object_after_name(subject[end][2]):
                    break  # "العميد أحمد عسيري أي عملية": a function word or verbal noun is past the name
                end += 1
                # A definite family name ends the name: "حسن الزهراني".
                if subject[end - 1][2].startswith(_ARTICLE) and subject[end - 2][2] not in _NAME_LINK_WORDS \
                        and subject[end - 1][2] not in _COMPOUND_SECONDS and subject[end - 1][2] not in _NAME_LINK_WORDS:
                    break  # ("ذبيح الله مجاهد" goes on: الله completes the given name; "آل" a family's)
            subject = subject[:end]
    cut = len(subject)
    if cut == 0:
        return (start, start), tokens[0][0] if tokens else start
    # A verbal noun with a pronoun suffix ends the subject: "توصله"، "امتلاكها".
    for i, tok in enumerate(subject):
        if lay.has_pronoun_suffix(tok[0], tok[1]) and not (i == 0 and _kin_or_title_then_name(tokens)):
            cut = i
            # An indefinite verbal noun heads it: "المقاومة اليمنية بسط نفوذها".
            if i >= 2 and not subject[i - 1][2].startswith(_ARTICLE) and subject[i - 2][2].startswith(_ARTICLE):
                cut = i - 1
            break
    if cut == 0:
        return (start, start), subject[0][0]
    region_end = subject[cut - 1][1]
    nxt = tokens[cut][0] if cut < len(tokens) else sentence_end
    if text.startswith(_NOUN_PREP + " ", nxt):
        nxt += len(_NOUN_PREP) + 1  # "أعلن … عن موعد الملتقى": the content starts after عن
    return (start, region_end), nxt


def _opens_noun_object(first: str, second: str, word: str) -> bool:
    """Return whether a verbal noun or verb after a two-word personal name starts the verb's object.

    "سامر خليل ارتفاع" → "ارتفاع" does; "الدكتور عبدالقادر دعم" does not (one name word:
    "دعم" is the family name), nor does a word used as a name ("جمال").
    """
    return word_class(word) in ("masdar", "verb") and not word.startswith(_DEFINITE_PREFIXES) \
        and word not in _LEXICAL_WORDS and name_score(word) < 0.5 \
        and all(_is_bare_name_word(w) and w not in _ROLE_WORDS and word_class(w) is None for w in (first, second))


def _domain_then_given_name(text: str, lay: Layout, tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Return whether "في" at ``tokens[k]`` opens a title's domain that a given name closes.

    "… في الاتحاد السعودي لكرة القدم خالد الحربي": up to six words, none a title, verb or
    word with a pronoun, no comma, then a known given name and another name word.
    """
    for j in range(k + 1, min(k + 8, len(tokens) - 1)):
        start, end, word = tokens[j]
        if any(c in text[tokens[j - 1][1] : start] for c in "،,:؛"):
            return False
        if word in _GIVEN:
            return j > k + 1 and (_is_bare_name_word(tokens[j + 1][2]) or tokens[j + 1][2].startswith(_ARTICLE))
        if word in _ROLE_WORDS or word in CUE_FORMS or _is_imperfect_verb(word) or lay.has_pronoun_suffix(start, end):
            return False
    return False


def _object_after_name(word: str) -> bool:
    """Tell whether a word after a name's first words cannot go on the name: "أي"، "أهمية".

    (A definite word may be the family name, "المخرج"; so may one after "بن"، "عوض".)
    """
    cls = word_class(word)
    return (cls in FUNCTION_CLASSES and (cls != "preposition" or is_bare_particle(word)) or word in _NOUN_OBJECTS
            or cls == "masdar" and not word.startswith(_DEFINITE_PREFIXES)) \
        and word not in _NAME_LINK_WORDS and word not in _GIVEN and not is_name_like(word)


def _object_after_definite(previous: str, word: str) -> bool:
    """Return whether an indefinite verbal noun after a definite word starts the verb's object.

    An adjective agrees with its noun in definiteness and a definite word heads no construct,
    so "الهيئة أهمية"، "آل الشيخ اقتحام"، "والقروية ضرورة" part there; after a title a name
    follows ("الدكتور نعيم").
    """
    if word[:1] in lx.CONJUNCTION_PREFIXES and word_class(word[1:]) == "masdar":
        return False  # "لجنة الاحتراف وأوضاع اللاعبين": a noun joined to the one before
    return (word_class(word) == "masdar" or word in _NOUN_OBJECTS and not is_function_word(word)) \
        and not word.startswith(_DEFINITE_PREFIXES) \
        and word not in _LEXICAL_WORDS \
        and name_score(word) < 0.5 and word not in _GIVEN and previous.startswith(_DEFINITE_PREFIXES) \
        and previous not in _ROLE_WORDS and previous not in _HONORIFIC_WORDS and previous not in _PERSON_HEADS


_RELAY_PREPOSITION_RE: Final = re.compile(r"(?<!\w)" + lx.RELAY_PREPOSITION + r"\s+")


def _relay_source(text: str, mention: tuple[int, int]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split "رويترز عن مصدر مطلع قوله" into speaker "مصدر مطلع" and intermediary "رويترز"."""
    part = text[mention[0] : mention[1]]
    m = _RELAY_PREPOSITION_RE.search(part)
    if not m:
        return mention, None
    speaker_start = mention[0] + m.end()
    words = _tokens(text, speaker_start, mention[1])
    speaker_end = mention[1]
    for tok_start, _e, word in words:
        if word in _RELAY_SPEECH:
            speaker_end = tok_start
            break
    return _strip_span(text, speaker_start, speaker_end), _strip_span(text, mention[0], mention[0] + m.start())


def _cue_before(text: str, lay: Layout, start: int, end: int) -> bool:
    """Return whether a verb of saying outside quotations sits in ``text[start:end]``."""
    return any(lay.quote_at(m.start()) is None for m in _CUE_RE.finditer(text, start, end))


_QUESTION_RE: Final = re.compile(
    r"^\W*(?:" + "|".join(sorted((re.escape(fold_word(w)).replace(r"\ ", r"\s+") for w in lx.QUESTION_WORDS),
                                key=len, reverse=True)) + r")(?!\w)"
)


_QA_LABEL_RE: Final = re.compile(r"^[\W\d]*(?P<label>" + "|".join(sorted((fold_word(w) for w in lx.QUESTION_LABELS + lx.ANSWER_LABELS),
                                                                 key=len, reverse=True))
                          + r")\s*[:\-–—]\s*")
_QUESTION_LABELS: Final = _folded_set(lx.QUESTION_LABELS)


def _qa_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the "س:" / "ج:" label that opens an interview paragraph, if any."""
    return _QA_LABEL_RE.match(text[start:end].lstrip())


_QUESTION_LEAD_SPLIT_RE: Final = re.compile(r"\.\.+|،")


def _is_question(text: str, start: int, end: int) -> bool:
    """Return whether a paragraph is an interviewer's question: short, asks, ends in ؟ (or is labelled "س:")."""
    para = text[start:end].strip()
    label = _qa_label(text, start, end)
    if label is not None:
        return label.group("label") in _QUESTION_LABELS and _word_count(para) <= 60
    if not para.endswith(("؟", "?")) or _word_count(para) > 45:
        return False
    # "بداية.. كيف ترى …؟": the question word may follow a short lead-in.
    return any(_QUESTION_RE.match(part) for part in _QUESTION_LEAD_SPLIT_RE.split(para)[:2])


def _drop_trailing_clause_word(text: str, start: int, end: int) -> int:
    """Return ``end`` without a clause opener that belongs to the next frame: "اكتمل، كما" → "اكتمل"."""
    start, end = _strip_span(text, start, end)
    space = text.rfind(" ", start, end)
    if space > start and text[space + 1 : end] in _CLAUSE_WORDS:
        before = text[start:space].rstrip()
        if before and before[-1] not in _PUNCT_STRIP:  # (a closing bracket would be stripped with it)
            return space
    return end
