"""Find reported-speech frames in an article body: cue, speaker mention, content.

All matching runs on a folded copy of the body (no diacritics or tatweel, one alef,
ى→ي, ة→ه) whose offsets map back to the body, so every frame points into
``article.body``. The cue lexicon is compiled into one trie-shaped alternation and a
single ``finditer`` over the folded body finds every cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.normalize import DIACRITIC_CLASS, DIGIT_FOLDS, LETTER_FOLDS
from attribution.arabic.words import looks_foreign, name_score, word_class

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
    for src, dst in _FOLD_PAIRS if _RARE_FOLD_RE.search(text) is not None else _COMMON_FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


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
# Every match holds the first word of a form, at most one letter (و) after its start: a
# ``str.find`` of those words finds the few places the pattern can match.
_ACCORDING_LAM: Final = frozenset(map(fold_word, lx.ACCORDING_TO_LAM))
_ACCORDING_FIRST: Final = {form.split()[0] for form in (*_ACCORDING_FORMS, *map(fold_word, lx.ACCORDING_TO_LAM))}
_ACCORDING_ANCHORS: Final = tuple(sorted(w for w in _ACCORDING_FIRST if not any(o != w and o in w for o in _ACCORDING_FIRST)))
_ACCORDING_REACH: Final = 1 + max(min(w.find(a) for a in _ACCORDING_ANCHORS if a in w) for w in _ACCORDING_FIRST)
_STATEMENT_DOC: Final = (lx.STATEMENT_PREPOSITION + r"\s+(?P<doc>"
                  + "|".join(sorted((fold_word(w) for w in lx.STATEMENT_DOCS), key=len, reverse=True)) + r")(?!\w)")
_STATEMENT_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.STATEMENT_VERBS) + r")\s+" + _STATEMENT_DOC
)
# "في بيان" starts with a literal, which ``re`` finds fast: most articles have none, and
# then the whole statement pattern need not run.
_STATEMENT_DOC_RE: Final = re.compile(_STATEMENT_DOC)
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
    return frozenset(fold_word(w) for w in words)


_ADJUNCTS: Final = _folded_set(lx.ADJUNCT_STARTERS)
_IMPERSONAL: Final = tuple(fold_word(w) for w in lx.IMPERSONAL_OPENERS)
_SUBJECT_FIRST: Final = tuple(sorted((fold_word(w) for w in lx.SUBJECT_FIRST_OPENERS), key=len, reverse=True))
_PRE_VERB: Final = _folded_set(lx.PRE_VERB_PARTICLES)
_CONTRAST: Final = tuple(sorted((fold_word(w) for w in lx.CONTRAST_OPENERS), key=len, reverse=True))
_PERSON_HEADS: Final = _folded_set(lx.GIVEN_NAMES + lx.ROLE_HEADS + lx.HONORIFICS)
_GIVEN: Final = _folded_set(lx.GIVEN_NAMES)
_ROLE_WORDS: Final = _folded_set(lx.ROLE_HEADS + lx.HONORIFICS + lx.ROLE_LINKS)
_RESUMPTIVE_RE: Final = re.compile(r"\s*(?:" + "|".join(fold_word(w) for w in lx.RESUMPTIVE_PRONOUNS) + r")(?!\w)")
_SPEECH_EVENTS: Final = _folded_set(lx.SPEECH_EVENT_NOUNS)
_HONORIFIC_WORDS: Final = _folded_set(lx.HONORIFICS)
_IMPERFECT_STARTS: Final = ("\N{ARABIC LETTER TEH}", "\N{ARABIC LETTER YEH}")
_NAME_TITLE_WORDS: Final = _folded_set(w.rstrip(".") for w in lx.NAME_TITLES)
_DEFINITE_DOCUMENTS: Final = frozenset(w for w in _folded_set(lx.DOCUMENT_NOUNS) if w.startswith(lx.ARTICLE))
_SIGNED_WORDS: Final = _folded_set(lx.SIGNED_PARTICIPLES)
_NAME_LINK_WORDS: Final = _folded_set(lx.NAME_LINKS)
_RELATIVE_WORDS: Final = _folded_set(lx.RELATIVE_OPENERS)
_NEGATIONS: Final = _folded_set(lx.NEGATIONS) | _folded_set(lx.ACCORDING_VERB_PREFIXES)
_SKIPPABLE: Final = _folded_set(lx.SKIPPABLE_ADVERBS)
_ADDRESSEES: Final = _folded_set(lx.SPEECH_ADDRESSEES)
_LETTER_NAMES: Final = _folded_set(lx.LATIN_LETTER_NAMES)
_COMPLEMENTIZER_WORDS: Final = _folded_set(lx.COMPLEMENTIZERS)
_RELATIVES: Final = _folded_set(lx.RELATIVES)
_CLAUSE_WORDS: Final = _folded_set(lx.CLAUSE_OPENERS)
_SUBJECT_END_PREPS: Final = _folded_set(lx.SUBJECT_END_PREPOSITIONS)
_ACCORDING_OPENERS: Final = _folded_set(lx.ACCORDING_CONTENT_OPENERS)
_ARTICLE: Final = lx.ARTICLE
_LAM: Final = lx.LAM
_NOUN_PREP: Final = lx.NOUN_COMPLEMENT_PREPOSITION
_KANA_RE: Final = re.compile(r"\s*(?:" + "|".join(sorted(lx.KANA_OPENERS, key=len, reverse=True)) + r")\s+")
# After an according-to source: "، فإن …" / "أن …" open the content.
_CONTENT_LEAD_RE: Final = re.compile(r"[\s،,]*(?:(?:" + "|".join(fold_word(w) for w in lx.ACCORDING_LEAD_WORDS)
                              + r")\s)?")
_ALLAH: Final = fold_word(lx.NAME_COMPOUND_SECONDS[0])
_COLON_LABELS: Final = _folded_set(lx.COLON_LABELS)
_ACCORDING_NON: Final = _folded_set(lx.ACCORDING_NON_SPEAKERS)
_ACCORDING_DOCS: Final = tuple(sorted((fold_word(w) for w in lx.ACCORDING_DOCS), key=len, reverse=True))
_ACCORDING_VERBS: Final = _folded_set(lx.ACCORDING_RELATIVE_VERBS)
_ACCORDING_VERB_SUFFIXES: Final = tuple(fold_word(s) for s in lx.ACCORDING_VERB_OBJECT_SUFFIXES)
_ACCORDING_VERB_LINKS: Final = _folded_set(lx.ACCORDING_VERB_LINKS)
_ISSUER_LINKS: Final = _folded_set(lx.DOCUMENT_ISSUER_LINKS)
_ISSUER_PREPS: Final = _folded_set(lx.ISSUER_PREPOSITIONS)
# Documents whose issuer is a source; a decision or circular is a rule, not a report.
_ISSUED_DOCUMENTS: Final = _folded_set(lx.DOCUMENT_SPEAKER_HEADS) - _folded_set(lx.RULE_DOCUMENTS)
_WEEKDAYS: Final = _folded_set(lx.WEEKDAYS)
_ACCORDING_SKIPPED: Final = _ACCORDING_VERB_LINKS | _SKIPPABLE | _WEEKDAYS | _folded_set(lx.ACCORDING_TIME_WORDS)
_ON_BEHALF_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.ON_BEHALF) + r")(?!\w)")
_RELAY_SPEECH: Final = _folded_set(lx.RELAY_SPEECH_NOUNS)
_RELAYED_FROM_RE: Final = re.compile(r"[\s،,]*" + fold_word(lx.RELAYED_FROM).replace(" ", r"\s+") + r"\s+")
_NOUN_OBJECTS: Final = _folded_set(lx.NOUN_OBJECT_STARTERS)
_NON_SPEAKERS: Final = _folded_set(lx.NON_SPEAKERS)
_COLON_BREAKERS: Final = _folded_set(lx.COLON_PREFIX_BREAKERS)
_PLACES: Final = _folded_set(lx.PLACES)
# The last word of each place name: "ابيب" ends "تل أبيب".
_STATES: Final = _PLACES | _folded_set(lx.GOVERNMENT_METONYMS)
_PLACE_ENDS: Final = frozenset(p.split()[-1] for p in _STATES)
_INANIMATE: Final = _folded_set(lx.INANIMATE_SUBJECTS)
_BETWEEN_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.BETWEEN) + r")(?!\w)")
_COMPOUND_SECONDS: Final = _folded_set(lx.NAME_COMPOUND_SECONDS)
_NAME_STOPS: Final = _folded_set(lx.NAME_STOP_WORDS + lx.SIGNED_LINKS)
_ORG_HEAD_WORDS: Final = _folded_set(lx.ORGANIZATION_HEADS)
_INDEFINITE_ORG_HEADS: Final = frozenset(w for w in _ORG_HEAD_WORDS if " " not in w and not w.startswith(lx.ARTICLE)
                                  and w not in _STATES)
_LEXICAL_WORDS: Final = _folded_set(lx.ROLE_HEADS + lx.ROLE_LINKS + lx.ORGANIZATION_HEADS + lx.HONORIFICS + lx.NAME_LINKS
                             + lx.GIVEN_NAMES + lx.ANONYMOUS_HEADS + lx.NAME_COMPOUND_SECONDS)
_SOURCE_HEADS: Final = _folded_set(lx.ORGANIZATION_HEADS + lx.ANONYMOUS_HEADS + lx.ROLE_HEADS + lx.HONORIFICS
                            + lx.GIVEN_NAMES)
_QUANTIFIERS: Final = _folded_set(lx.QUANTIFIER_HEADS)
_THEOPHORIC: Final = fold_word(lx.THEOPHORIC_PREFIX)
_NOUN_ENDER_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.NOUN_CONTENT_ENDERS)
                            + r")(?!\w)")
_COMMENT_RE: Final = re.compile(r"[،,]\s*(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.COMMENT_OPENERS) + r")(?!\w)")
_OFFICIAL_ADJECTIVES: Final = _folded_set(lx.OFFICIAL_ADJECTIVES)
_THIRD_PERSON_SUFFIXES: Final = tuple(fold_word(s) for s in lx.THIRD_PERSON_SUFFIXES)
_TOPIC_OPENERS: Final = _folded_set(lx.TOPIC_OPENERS)
_SUBORDINATE: Final = _folded_set(lx.SUBORDINATE_BEFORE_CUE)
_INTERVIEW_RE: Final = re.compile("|".join(re.escape(fold_word(w)) for w in lx.INTERVIEW_MARKERS))
_DEMONSTRATIVES: Final = _folded_set(lx.OBJECT_DEMONSTRATIVES)
_SPOKEN_LISTS: Final = _folded_set(lx.SPOKEN_LIST_INTRODUCERS)
_KUNYA: Final = _folded_set(lx.KUNYA_PARTICLES)
_DAY_BEFORE: Final = fold_word(lx.DAY_BEFORE_YESTERDAY_SECOND)
_POINTERS: Final = _DEMONSTRATIVES - _folded_set(("السبب", "الأسباب"))
_GLUED_IDIOMS: Final = _folded_set(lx.GLUED_PREPOSITION_IDIOMS + lx.NAME_STOPPERS)
_LEAD_VERBS: Final = _folded_set(lx.PARTICIPLE_LEAD_VERBS) | frozenset(
    fold_word(w) + lx.FEMININE_SUFFIX for w in lx.PARTICIPLE_LEAD_VERBS)


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
        return (len(word) > 3 and _PRONOUN_SUFFIX_RE.search(word) is not None
                and not word.startswith(_ARTICLE) and not fold_word(word).endswith(_ALLAH))

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
    return Layout(tuple(paragraphs), tuple(ends), tuple(spans), tuple(starts), original or text, source)


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


def _titled_given_name(previous: str, word: str) -> bool:
    """Tell whether a word that folds like a preposition is a given name after a title.

    "د. علي" and "الدكتور علي": "علي" the name folds like "على" the preposition.
    """
    return word in _GIVEN and bool(previous) and (previous in _HONORIFIC_WORDS or previous in _NAME_TITLE_WORDS)


def _word_before(text: str, pos: int) -> str:
    """Return the word that ends before ``pos``, without punctuation: "د." → "د"."""
    words = text[max(0, pos - 30) : pos].split()
    return words[-1].strip(_PUNCT_STRIP) if words else ""


def _takes_lam(word: str) -> bool:
    """Tell whether an according-to word takes the preposition لـ: "وفقا"، "وطبقا" (not "حسب")."""
    return word in _ACCORDING_LAM or word[:1] == lx.CONJUNCTION_PREFIXES[0] and word[1:] in _ACCORDING_LAM


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


# "وأضاف يقول:"، "ومضى يقول": a second verb of saying after the first is no subject.
_SAYING_IMPERFECTS: Final = frozenset(fold_word(w) for w in ("يقول", "تقول", "يقولون", "قائلا", "قائلة"))


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
    # "وقال أمس وزير الصحة", "كشفت فيه المصادر": a one-word adverb before the subject.
    while len(tokens) > 1 and tokens[0][2] in _SKIPPABLE and tokens[1][2] not in _ADJUNCTS:
        tokens = tokens[1:]
        start = tokens[0][0]
    if not tokens or (len(tokens) == 1 and tokens[0][2] in _ADDRESSEES):
        return None, None  # "وقال لي بأن": no subject after the verb
    first_word = tokens[0][2]
    if _is_adjunct(first_word) or first_word in _PRE_VERB or first_word in _NOUN_OBJECTS \
            or first_word in _SAYING_IMPERFECTS \
            or first_word.startswith(lx.ARTICLE_AFTER_LAM) \
            or lay.has_pronoun_suffix(tokens[0][0], tokens[0][1]) and not _foreign_name_opens(lay, tokens) \
            and not (first_word in _RELATIVES_OF_SOMEONE and any(w in _GIVEN for _s, _e, w in tokens[1:4])) \
            or _is_adverbial(lay, tokens[0]):
        return None, None
    mention_end = None
    segment_words = 0
    quoted_until = -1
    prev: tuple[int, int, str] = (start, start, "")
    for tok_start, tok_end, word in tokens:
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
        if mention_end is not None and prev[2] and _starts_object(lay, prev, word):
            break
        prev_word = prev[2]
        prev = (tok_start, tok_end, word)
        gap = text[(mention_end or tok_start) : tok_start]
        if mention_end is not None and ("،" in gap or "," in gap):
            # Apposition between commas: keep it when short and not an adjunct.
            if _is_adjunct(word) or segment_words > 8:
                break
            segment_words = 0
        elif (_is_adjunct(word) and not _titled_given_name(prev_word, word)) \
                or (word.startswith(_LAM) and _is_quote_at(text, tok_start + 1)):
            break
        elif mention_end is not None and (word in CUE_FORMS or word in _COMPLEMENTIZER_WORDS
                                          and _spelled_outlet_at(text, tok_start) is None):
            break  # "الرئيس السيسي، مستطردا": a participle starts a new frame
        elif mention_end is not None and _is_adverbial(lay, (tok_start, tok_end, word)):
            break  # "زوج المعلمة متحفظاً على ذكر اسمه": a circumstantial accusative
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
# (and a document's issuer: "كشف تقرير صادر عن البنك أن" is "disclosed that", not "disclosed about")
_TITLES_WITH_PREPOSITION: Final = frozenset((fold_word(t), fold_word(p)) for t, p in lx.TITLES_WITH_PREPOSITION) | {
    (fold_word(w), fold_word(lx.SUBJECT_END_PREPOSITIONS[0])) for w in lx.DOCUMENT_ISSUER_LINKS}
_GOVERNING_HEADS: Final = frozenset(t for t, _p in _TITLES_WITH_PREPOSITION)
_GENERAL: Final = frozenset(fold_word(w) for w in ("العام", "العامة"))
_ISSUE_ADVERBS: Final = frozenset(fold_word(w) for w in lx.ISSUE_ADVERBS)


def _title_governs(text: str, pos: int, prep: str) -> bool:
    """Tell whether the preposition at ``pos`` belongs to the title before it, not to the verb.

    "المشرف على الحلقات"، "المشرف العام على المهرجان" ("العام" may stand between).
    """
    before = [w.strip(_PUNCT_STRIP) for w in text[max(0, pos - 40) : pos].split()[-2:]]
    before = [w[1:] if w[:1] in lx.CONJUNCTION_PREFIXES and len(w) > 3 else w for w in before]
    if before and (before[-1], prep) in _TITLES_WITH_PREPOSITION:
        return True
    return len(before) == 2 and (before[1] in _GENERAL or before[1] in _ISSUE_ADVERBS) \
        and (before[0], prep) in _TITLES_WITH_PREPOSITION  # ("الصادر حديثا عن": a time between)


# A relative with a pronoun and a name is a subject, not the verb's object: "وأوضح نجله الأكبر علي أن"
# (without a name, "وقالت زوجته", the article has named the relative elsewhere or not at all).
_RELATIVES_OF_SOMEONE: Final = frozenset(
    (head[:-1] + "\N{ARABIC LETTER TEH}" if head.endswith("\N{ARABIC LETTER HEH}") else head) + suffix
    for head in (fold_word(w) for w in lx.RELATION_HEADS if w not in ("أقارب", "ذوو", "ذوي"))
    for suffix in ("\N{ARABIC LETTER HEH}", "\N{ARABIC LETTER HEH}\N{ARABIC LETTER ALEF}",
                   "\N{ARABIC LETTER HEH}\N{ARABIC LETTER MEEM}"))


def _foreign_name_opens(lay: Layout, tokens: list[tuple[int, int, str]]) -> bool:
    """Tell whether a word ending like "his" opens a transliterated name: "جوزيه مورينيو".

    (A word outside the dictionary, then an indefinite word shaped like a foreign name; an
    object with its pronoun, "دعمه الكامل"، "استعداده للتعاون", has neither.)
    """
    return len(tokens) > 1 and word_class(tokens[0][2]) is None and not tokens[1][2].startswith(_ARTICLE) \
        and looks_foreign(tokens[1][2]) and not lay.has_pronoun_suffix(tokens[1][0], tokens[1][1])


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
        if stop is None:  # the name runs to the content: "…، لوران دي بويك:"
            name = name[:4]
        if 2 <= len(name) <= 4 and all(_is_bare_name_word(w) and w not in _ROLE_WORDS for _s, _e, w in name[:-1]) \
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
    if not role or role[0][2] not in _ROLE_WORDS or any(
            not (w.startswith(_DEFINITE_PREFIXES) or w in _ROLE_WORDS) for _s, _e, w in role[1:]):
        return mention_end
    tail = _tokens(text, mention_end, end)
    if not 4 <= len(tail) <= 10 or tail[0][2] != lx.STATEMENT_PREPOSITION or any(c in text[mention_end:end] for c in "،,:؛"):
        return mention_end
    if any(w in _ROLE_WORDS or w in CUE_FORMS or _is_imperfect_verb(w) or lay.has_pronoun_suffix(s, e)
           for s, e, w in tail):
        return mention_end
    run = 0
    while run < len(tail) - 2 and _is_bare_name_word(tail[-1 - run][2]):
        run += 1
    before = tail[-1 - run][2]
    if 2 <= run <= 4 and (before.startswith(_DEFINITE_PREFIXES) or before in _STATES):
        return tail[-1][1]
    # "القيادي في حركة حماس سامي الخطيب": a known given name after the domain opens the name,
    # which runs to the content over name words and a family name with the article last.
    given = next((j for j in range(2, len(tail) - 1) if tail[j][2] in _GIVEN), None)
    if given is not None and given >= len(tail) - 4 and all(
            _is_bare_name_word(w) or k == len(tail) - 1 and w.startswith(_ARTICLE)
            for k, (_s, _e, w) in enumerate(tail[given + 1 :], given + 1)):
        return tail[-1][1]
    return mention_end


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
    if word not in _INDEFINITE_ORG_HEADS or lexical or before in _NAME_STOPS \
            or len(before) < 3 or before.startswith((_ARTICLE, _LAM)) or word_class(before) == "clitic_noun":
        return False  # ("بفرع هيئة": a preposition's noun governs the next one)
    original = lay.original_word(prev[0], prev[1]).strip(_PUNCT_STRIP)
    return not original.endswith("\N{ARABIC LETTER TEH MARBUTA}") and not before.endswith("\N{ARABIC LETTER HEH}")


def _short_quote_at(text: str, lay: Layout, index: int) -> tuple[int, int] | None:
    """Return a short quoted name that opens at ``index``: 'صحيفة "اليوم السابع"'."""
    if not _is_quote_at(text, index):
        return None
    span = lay.quote_starting_at(index)
    return span if span is not None and _word_count(text[span[0] + 1 : span[1] - 1]) <= 4 else None


_TANWEEN_FATH_RE: Final = re.compile("(?:\N{ARABIC LETTER ALEF}\N{ARABIC FATHATAN}|\N{ARABIC FATHATAN}\N{ARABIC LETTER ALEF})$")


# Statement verbs as written without their conjunction: "جاء" in "وجاء في بيان".
_STATEMENT_BARE: Final = frozenset(fold_word(w) for w in lx.STATEMENT_VERBS
                            if not (w.startswith(lx.CONJUNCTION_PREFIXES[0]) and w[1:] in lx.STATEMENT_VERBS))
_STATEMENT_NOUN_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.STATEMENT_NOUNS) + r")(?!\w)")


def _statement_antecedent(text: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the author of a statement a relative clause describes.

    "موقف الخارجية الروسية الذي صدر مؤخرا، الذي وصف الاحتلال" → "الخارجية الروسية".
    """
    nouns = list(_STATEMENT_NOUN_RE.finditer(text, sentence_start, cue_start))
    if not nouns:
        return None
    found = nouns[-1]
    tokens = _tokens(text, found.end(), cue_start)
    span_end = None
    for tok_start, tok_end, word in tokens:
        if word in _RELATIVE_WORDS or word in _ADJUNCTS or (span_end and text[span_end:tok_start].strip()):
            break
        span_end = tok_end
    return _strip_span(text, found.end(), span_end) if span_end else None


def _is_quote_at(text: str, index: int) -> bool:
    """Return whether a quotation mark sits at ``index`` (False outside the text)."""
    return 0 <= index < len(text) and text[index] in _QUOTE_CHARS


def _is_adverbial(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Return whether a word carries the accusative tanween of an adverb: "قال هامساً"."""
    return _TANWEEN_FATH_RE.search(lay.original_word(token[0], token[1]).strip(_PUNCT_STRIP)) is not None


_ADDRESSEE_QUOTE_RE: Final = re.compile(r"\s*(?:" + _LAM + r"\s*|" + _LAM + r"\w+\s+)(" + _QUOTE_CLASS + r")")


def _skip_addressee(text: str, lay: Layout, start: int, end: int) -> int:
    """Skip the addressee before a subject: 'قال لـ "الاقتصادية" مصدر مطلع' → 'مصدر مطلع'."""
    m = _ADDRESSEE_QUOTE_RE.match(text[start:end])
    span = lay.quote_starting_at(start + m.start(1)) if m else None
    if span is None or span[1] >= end:
        return start
    rest = text[span[1] : end]
    return span[1] + len(rest) - len(rest.lstrip(" ،,")) if rest.strip() else start


def subject_before_verb(text: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the subject written before its verb: "وكانت الخارجية الروسية أعلنت أن".

    Needs an opener (كان، أما، علما بأن …) or "قد" between subject and verb.
    """
    clause_start = max(sentence_start, text.rfind("؛", sentence_start, cue_start) + 1)
    before = text[clause_start:cue_start]
    stripped = before.rstrip()
    has_qad = False
    for particle in _PRE_VERB:
        if stripped.endswith(" " + particle) or stripped == particle:
            stripped = stripped[: -len(particle)].rstrip()
            has_qad = True
    stripped = stripped.rstrip(" ،,")
    lead = stripped.lstrip(" ،,")
    offset = clause_start + (len(before) - len(before.lstrip(" ،,")))
    opener = next((o for o in _SUBJECT_FIRST if lead.startswith(o + " ")), None)
    contrast = next((o for o in _CONTRAST if lead.startswith(o + " ")), None)
    if opener:
        mention_start = offset + len(opener) + 1
    elif contrast:
        mention_start = offset + len(contrast) + 1
    elif has_qad and lead and not any(lead.startswith(w) for w in _IMPERSONAL):
        mention_start = offset
    else:
        return None
    mention_end = offset + len(lead)
    words = _tokens(text, mention_start, mention_end)
    for tok_start, _e, word in words[1:]:
        if word in _RELATIVE_WORDS:
            mention_end = tok_start  # "كلينتون التي يرجح فوزها … فتقول": the clause is not the name
            break
    span = _strip_span(text, mention_start, mention_end)
    if span[1] <= span[0] or _word_count(text[span[0] : span[1]]) > 10:
        return None
    # "لكن المؤسسة الرقابية أكدت": a person, an institution or a group of sources.
    if contrast and not opener and not any(w in _PERSON_HEADS for _s, _e, w in words) \
            and not (words and words[0][2] in _SOURCE_HEADS and words[0][2] not in _QUANTIFIERS):
        return None
    return span


_DEFINITE_PREFIXES: Final = tuple(fold_word(w) for w in lx.DEFINITE_PREFIXES)


def _verb_subject(text: str, lay: Layout, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the named subject of a sentence-initial verb: "جدد رئيس الحكومة عبدالله الثني …".

    Only a subject that starts with a title, honorific or given name counts: the verb
    itself is unknown, so anything vaguer may be its object.
    """
    tokens = _tokens(text, sentence_start, cue_start)
    opener = _sentence_opener_end(text, tokens)
    if opener is not None:  # "في المقابل، رفض محمد نور …": the verb follows the opener
        tokens = _tokens(text, opener, cue_start)
    if len(tokens) < 3 or tokens[0][2].startswith(_ARTICLE) or tokens[0][2] in _ADJUNCTS \
            or _CUE_RE.fullmatch(tokens[0][2]):
        return None  # a cue opening the sentence has its own frame
    first = tokens[0][2][1:] if tokens[0][2][:1] in lx.CONJUNCTION_PREFIXES else tokens[0][2]
    if first in _GIVEN and word_class(first) != "verb":
        return None  # "ومحمود حسن، رئيس النادي، رفض …": a name opens it, not a verb
    mention, _behalf = subject_mention(text, lay, tokens[1][0], cue_start)
    if mention is None:
        return None
    for tok_start, _e, word in _tokens(text, *mention)[1:]:
        if word in _SUBJECT_END_PREPS:
            mention = _strip_span(text, mention[0], tok_start)  # "مدير الأمن رسالة إلى …"
            break
    words = text[mention[0] : mention[1]].split()
    if not words:
        return None
    first = words[0].strip(_PUNCT_STRIP)
    return mention if first in _PERSON_HEADS else None


def _sentence_opener_end(text: str, tokens: list[tuple[int, int, str]]) -> int | None:
    """Return where a short adverbial opener set off by a comma ends ("في المقابل،", "من جانبه،").

    One to three words, the first a preposition or adverbial particle, the last followed by a comma.
    """
    if not tokens or not _is_adjunct(tokens[0][2]):
        return None
    for _start, end, _word in tokens[:3]:
        if text[end : end + 1] in "،,":
            return end + 1
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


def _verbless_headline_subject(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the subject of a verbless headline before its participle.

    "أهالي القرية مؤكدين: لن نغادر" → "أهالي القرية": a short noun phrase headed by a
    source word (a group, an institution, a title, a place) and nothing else.
    """
    if any(ch in text[start:cue_start] for ch in "،,:؛"):
        return None
    tokens = _tokens(text, start, cue_start)
    if not 1 <= len(tokens) <= 4 or any(_is_imperfect_verb(w) or w in CUE_FORMS for _s, _e, w in tokens):
        return None
    head = tokens[0][2]
    bare = head[len(_ARTICLE):] if head.startswith(_ARTICLE) else head
    if head in _SOURCE_HEADS or head in _STATES or bare in _SOURCE_HEADS:
        return _strip_span(text, tokens[0][0], tokens[-1][1])
    return None


def _clause_level(text: str, para_start: int, m: re.Match[str], participle: bool) -> bool:
    """Return whether a cue starts a new clause (and so may end the previous content)."""
    if participle or m.group("conj"):
        return True
    before = text[para_start : m.start()].rstrip()
    # After a comma a bare verb is usually inside the content: "أن الفتاوى، …، تدعي أنها".
    if not before or before[-1] in "؛;.:!؟?":
        return True
    last = before.split()[-1]
    return last in _CLAUSE_WORDS


def frames_from_cues(text: str, lay: Layout, cues: Sequence[re.Match[str]] | None = None) -> list[Frame]:
    """Return one frame per verb or participle of saying with its content (``cues``: the cue matches, if found already)."""
    frames: list[Frame] = []
    para_starts = [p[0] for p in lay.paragraphs]
    matches = list(_CUE_RE.finditer(text)) if cues is None else list(cues)
    # Where the next clause-level cue starts: an opener found beyond it belongs to it.
    next_clause = [len(text)] * len(matches)
    following = len(text)
    for k in range(len(matches) - 1, -1, -1):
        next_clause[k] = following
        if matches[k].group("conj") or CUE_FORMS[matches[k].group("form")].participle:
            following = matches[k].start()
    for k, m in enumerate(matches):
        form = CUE_FORMS[m.group("form")]
        cue = form.cue
        cs, ce = m.start(), m.end()
        pi = max(0, bisect_right(para_starts, cs) - 1)
        ps, pe = lay.paragraphs[pi]
        if not ps <= cs < pe or _URL_LINE_RE.match(text, ps):
            continue
        if lay.quote_at(cs) is not None:
            continue  # inside someone's quotation
        ss = lay.sentence_start_before(cs, ps)
        previous_word = text[max(ps, cs - 12) : m.start()].split()[-1:]
        if previous_word and previous_word[0] in _NEGATIONS:
            continue
        # "الرقم الذي يشير": the relative pronoun is the subject, unless one follows the verb
        # ("اللوائح التي قال مسؤولو المدينة إنها").
        after_relative = bool(previous_word) and previous_word[0] in _RELATIVES
        if cue.needs_conj and m.group("conj") and _after_between(text, ss, cs):
            continue  # "تربط بينه وبين الحاضر": the preposition "between", twice
        if cue.needs_conj and not form.participle and not m.group("conj"):
            before = text[ss:cs].rstrip()
            if before and before[-1] not in "،," and before.split()[-1] not in _CLAUSE_WORDS:
                continue
        se = lay.sentence_end_after(ce, pe)
        limit = min(pe, max(se, ce + 1) + 1, ce + 400, next_clause[k])
        opener = find_content_opener(text, lay, ce, limit)
        region_end = opener.start() if opener else limit
        if cue.needs_conj and opener and len(_TOKEN_RE.findall(text, ce, opener.start())) > 6 \
                and not _starts_with_prep(text, cue, ce):
            continue  # "وبين سامح شكري … وبين عادل الجبير": the preposition "between"
        if opener and opener.lastgroup == "colon" and text[ce : opener.start()].split()[-1:] \
                and text[ce : opener.start()].split()[-1].strip(_PUNCT_STRIP) in _COLON_LABELS \
                and text[ce : opener.start()].split()[-1].strip(_PUNCT_STRIP) not in _SPOKEN_LISTS:
            continue  # "تم اختيار 23 لاعبا هم:" introduces a list ("يعددها الطبيب كالتالي:" says one)
        # The cue's own preposition follows it or its subject closely: "أكد الهباش على …",
        # "كشف الجهاز الفني للمنتخب الأول للكرة الطائرة عن …".
        prep_span = _prep_complement(text, cue, ce, min(region_end, ce + 120))
        if prep_span is None and cue.preps and not form.participle:
            provisional, _ = subject_mention(text, lay, ce, region_end)
            if provisional:
                after = _skip_relative_clause(text, provisional[1], region_end)
                prep_span = _prep_complement(text, cue, after, min(region_end, after + 120))
        if prep_span is None and any(len(fold_word(p)) == 1 for p in cue.preps) \
                and not (opener and any(opener.group().startswith(fold_word(p)) for p in cue.preps)):
            # ("صرح X بعد لقائه بخادم الحرمين بأنه …": the preposition is the opener's)
            prep_span = _glued_prep(text, cue, ce, region_end, first_only=form.participle)
        frame = Frame(rule="", cue=text[m.start("form") : ce], cue_start=m.start("form"), cue_end=ce,
                      content_start=-1, content_end=-1, stance=cue.stance, gender=form.gender,
                      paragraph=pi, sentence_start=ss)
        frame.clause_level = _clause_level(text, ps, m, form.participle)
        colon = False
        if opener and opener.lastgroup == "comp" and lx.NOUN in cue.complements and not form.participle \
                and prep_span is None and _nested_complementizer(text, ce, opener.start()):
            opener = None  # "أعلنت المقاومة بسط نفوذها على … الذي … أن": the أن is nested
        if cue.object_then:
            opener = None  # "أرجع الخبير ذلك إلى أن …": the object and its cause are the content
        if opener and (prep_span is None or prep_span[1] >= opener.start() - 1):
            if cue.prep_use == lx.PREP_BEFORE_THAT and prep_span is None:
                continue  # "ذهب" without "إلى أن" is "went"
            kind = opener.lastgroup or ""
            if kind == "comp" and lx.AN not in cue.complements:
                continue
            if cue.lemma == lx.QUESTION_LEMMA and not _asker_region(text, ce, opener.start()):
                continue  # "فلما سألوا أمه قالت:": the colon is the answer's
            if kind == "colon" and lx.COLON not in cue.complements:
                continue
            if kind == "quote" and lx.QUOTE not in cue.complements and lx.COLON not in cue.complements:
                continue
            region = (ce, prep_span[0] if prep_span else opener.start())
            lead_words = _tokens(text, *region)
            if kind == "colon" and lead_words and lead_words[-1][2] in _SPOKEN_LISTS:
                region = (ce, lead_words[-1][0])  # "يعددها الطبيب كالتالي:": the speaker ends before the list word
            content_from = opener.start() if kind == "quote" else opener.end()
            if kind == "comp" and _carries_subject(text, opener) and _word_count(text[opener.end() : se]) >= 3:
                content_from = opener.start() + _bare_complementizer(text, opener)
            colon = kind == "colon"
            frame.rule = {"comp": "verb_that", "colon": "verb_colon", "quote": "verb_quote"}[kind]
        elif prep_span is not None:
            if cue.prep_use == lx.PREP_BEFORE_THAT or (cue.prep_use == lx.PREP_WITH_OPENER and opener is None):
                continue  # "ذهب إلى المدرسة"، "أعرب عن شكره" without a clause said
            region = (ce, prep_span[0])
            content_from = prep_span[0]  # the preposition belongs to the content: "على طرد الوفد"
            frame.rule = "verb_prep"
        elif lx.NOUN in cue.complements and after_relative:
            region, content_from = (ce, ce), ce  # the relative is the subject; the object follows
            frame.rule = "verb_noun"
        elif lx.NOUN in cue.complements and form.participle:
            region, content_from = (ce, ce), ce  # "واصفا هذه الاتهامات بغير المنطقية": the object follows
            frame.rule = "verb_noun"
        elif lx.NOUN in cue.complements:
            region, content_from = _noun_complement_region(text, lay, ce, se, cause=bool(cue.object_then))
            frame.rule = "verb_noun"
        else:
            continue
        described = False
        if form.participle:
            if _word_count(text[region[0] : region[1]]) > 6:
                continue
            if frame.rule in ("verb_prep", "verb_noun") and _participle_governs_lam(text, lay, ce):
                continue
            frame.link = "participle"
            frame.mention = clause_subject(text, lay, ss, cs) or (
                _verbless_headline_subject(text, ss, cs) if ss == ps else None) or _lead_verb_subject(text, lay, ss, cs)
            if frame.mention:
                frame.clause_subject = True
            frame.rule = "participle_" + frame.rule.split("_", 1)[1]
        else:
            # A sentence in subject-verb order with an imperfect verb: "مصدر عسكري آخر يقول إن …"
            # (a noun or prepositional object after it is left alone: headlines such as
            # "الوزارة تعلن اعتقال …" report acts more often than words).
            headline = _verbless_headline_subject(text, ss, m.start()) \
                if ss == ps and frame.rule in ("verb_that", "verb_colon", "verb_quote") \
                and text[m.start("form") : m.start("form") + 1] in _IMPERFECT_STARTS else None
            mention, behalf = (headline, None) if headline else subject_mention(text, lay, *region)
            if mention and mention[1] <= mention[0]:
                mention = None
            if headline:
                frame.link = "subject_first"
                frame.rule += "_subject_first"
            if _RESUMPTIVE_RE.match(text, region[0], region[1]):
                mention = _speech_event_author(text, lay, ss, cs)  # "بتصريح قال فيه"
            if mention and text[mention[0] : mention[1]] in _NON_SPEAKERS:
                continue  # "ودعا الله أن يوفقه" is a prayer, not speech
            if _addresses_god(text, region):
                continue  # "ودعا المهندس بندر الجبر، الله عز وجل، أن يحقق": a prayer too
            if mention and _is_inanimate(text, mention):
                continue
            if after_relative and not mention:
                mention = _statement_antecedent(text, ss, cs)
                described = mention is None and _describes_speaker(text, ps, m.start(), frame.rule)
                if mention is None and not described:
                    continue
            if cue.lemma == lx.RELAY_LEMMA and mention:
                mention, intermediary = _relay_source(text, mention)
                frame.intermediary = intermediary
                if intermediary is None and not _reports_directly(text, frame.rule, region, opener):
                    continue
            elif mention and (relayed := _RELAYED_FROM_RE.match(text, mention[1], region[1])):
                # "وأضافت الوكالة نقلا عن بيان للصحيفة أنه": the newspaper speaks, the agency relays.
                source = _strip_span(text, relayed.end(), region[1])
                if source[1] > source[0]:
                    frame.intermediary, mention = mention, source
            if mention:
                frame.mention = mention
                frame.on_behalf_of = behalf
                frame.quoted_mention = mention[0] > 0 and text[mention[0] - 1] in _QUOTE_CHARS
            else:
                subject = subject_before_verb(text, ss, m.start())
                if subject and _is_inanimate(text, subject):
                    continue
                if subject:
                    frame.mention = subject
                    frame.link = "subject_first"
                    frame.rule += "_subject_first"
                elif described or frame.clause_level or text[ps:cs].rstrip()[-1:] in ("،", ",") \
                        or _after_fronted_topic(text, ss, m.start()):
                    frame.link = "continuation"
                    frame.after_relative = described  # "…، التي تضيف أن": the name before it speaks
                    opens_sentence = not text[ss : m.start()].strip(_PUNCT_STRIP)
                    narrated = _previous_clause_subject(text, lay, ps, ss) if opens_sentence else None
                    if narrated:
                        frame.mention = narrated  # "وتحتفظ روسيا بنفوذ … وترى أن": روسيا sees
                        frame.link = "explicit"
                else:
                    continue  # "إلا أن الفحوصات أكدت": an embedded verb without a speaker
        if frame.rule.startswith("verb_prep") and frame.mention:
            content_from = _object_before_prep(text, lay, frame.mention[1], content_from)
        start, end, closed = content_span(text, lay, content_from, pe, to_paragraph_end=colon)
        if colon and not text[start:end].strip(_PUNCT_STRIP):
            start, end, closed = _next_paragraph_content(text, lay, pi, start, end, closed)
        if described and _word_count(text[start:end]) < 4:
            continue  # "تصريحاته، التي قال إنها «خيانة»": a label for a thing, not a description of a speaker
        if frame.rule.endswith("noun") and not closed:
            ender = _NOUN_ENDER_RE.search(text, start, end)
            if ender:
                end = ender.start()  # (too short a rest is no content: the frame is dropped)
        if frame.rule.endswith("noun") and (_word_count(text[start:end]) < 4 or not _plausible_subject(text, frame.mention)):
            continue
        if frame.rule.endswith("noun") and not cue.object_then and _points_back(text, start, end):
            continue  # "أوضح ذلك اللواء X": the object points back, the words were said before
        if cue.object_then and not _cause_follows(text, cue, start, end):
            continue  # "أرجعت الشركة المبلغ" is "returned", not "attributed to"
        frame.content_start, frame.content_end, frame.closed = start, end, closed
        frame.kind = classify_kind(text, start, end, closed, colon)
        frames.append(frame)
    return frames




def _object_before_prep(text: str, lay: Layout, subject_end: int, prep_start: int) -> int:
    """Return where the content starts when the verb's object stands between subject and preposition.

    "حث وزير الدفاع يوآف غالانت، السبت، العامة على تجنب …" → at "العامة": whom he urged is
    part of what he said. Time words and set-off adverbs are skipped; an adjunct ("في كلمته")
    keeps the content at the preposition.
    """
    tokens = _tokens(text, subject_end, prep_start)
    while tokens and (tokens[0][2] in _SKIPPABLE or tokens[0][2] in _WEEKDAYS or tokens[0][2] in _ACCORDING_SKIPPED
                      or _is_adverbial(lay, tokens[0]) or tokens[0][2] == _DAY_BEFORE):
        tokens = tokens[1:]  # ("أمس الأول"، "السبت"، "مجددا")
    if not 1 <= len(tokens) <= 4 or tokens[0][2] in _SUBJECT_END_PREPS \
            or any(_is_adjunct(w) or w in CUE_FORMS or w in _COMPLEMENTIZER_WORDS or _names_someone(w)
                   for _s, _e, w in tokens) \
            or any(c in text[tokens[0][0] : prep_start] for c in "،,:؛"):
        return prep_start  # ("أشار تقرير مجلس التنمية إلى": the words go on naming the subject)
    return tokens[0][0]


def _names_someone(word: str) -> bool:
    """Return whether a word (maybe after و or ال) is a title, a given name or an institution.

    Groups of people ("السكان"، "المواطنين") are the usual addressees and do not count.
    """
    word = word[1:] if word[:1] == lx.CONJUNCTION_PREFIXES[0] and len(word) > 3 else word
    bare = word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word
    return word in _PERSON_HEADS or word in _ORG_HEAD_WORDS or bare in _ORG_HEAD_WORDS or word in _STATES


def _glued_prep(text: str, cue: lx.Cue, start: int, end: int, *, first_only: bool) -> tuple[int, int] | None:
    """Return the span of a one-letter preposition glued to the cue's content: "ووعد الوزير بإصلاح …".

    The first word after the subject that starts with it ("بإصلاح"، "بالإضراب"), not a word
    of the lexicon ("بيان"، "بعض") nor the genitive of an indefinite head ("رئيس بلدية بيروت").
    """
    preps = [fold_word(p) for p in cue.preps if len(fold_word(p)) == 1]
    tokens = _tokens(text, start, end)[: 1 if first_only else 8]
    for i, (tok_start, _e, word) in enumerate(tokens):
        if any(c in text[tokens[i - 1][1] if i else start : tok_start] for c in "،,:؛") \
                or (i and (_is_adjunct(word) or word in _SUBJECT_END_PREPS)):
            return None  # past the subject: "طالب عيد من الجماهير بضرورة …" keeps its addressee
        if not any(word.startswith(p) for p in preps) or len(word) < 4 or word in _LEXICAL_WORDS or word in _GLUED_IDIOMS \
                or word in _STATES or word in _COMPLEMENTIZER_WORDS or word in _SOURCE_HEADS \
                or _OPENER_RE.fullmatch(word) or _is_quote_at(text, tok_start - 1) or not _glued_verbal_noun(word):
            continue
        before = tokens[i - 1][2] if i else ""
        if before in _LEXICAL_WORDS and not before.startswith(_ARTICLE):
            continue  # "رئيس بلدية": the head takes the word as its genitive
        return tok_start, tok_start + 1
    return None


def _points_back(text: str, start: int, end: int) -> bool:
    """Return whether a noun content is a pointer followed by the verb's subject: "ذلك رئيس النادي".

    "أوضح ذلك اللواء X" tags words said before; "واصفا هذه الاتهامات بـ…" has a real object.
    """
    words = _tokens(text, start, end)[:2]
    if len(words) < 2 or words[0][2] not in _POINTERS:
        return False
    head = words[1][2]
    bare = head[len(_ARTICLE):] if head.startswith(_ARTICLE) else head
    return head in _PERSON_HEADS or head in _SOURCE_HEADS or bare in _SOURCE_HEADS


def _asker_region(text: str, start: int, end: int) -> bool:
    """Return whether the words between a verb of asking and its colon or quotation are just a subject.

    "وسأل النائب خالد منصور:" is; "سألتها، فردت:" and "سألوا أمه قالت:" are not (the answer
    follows), nor is "سال وهطل، …" (flowed).
    """
    words = _tokens(text, start, end)
    return 1 <= len(words) <= 5 and not any(c in text[start:end] for c in "،,؛") \
        and not _CUE_RE.search(text, start, end)


def _glued_verbal_noun(word: str) -> bool:
    """Return whether a word is a preposition glued to a verbal noun: "بإصلاح"، "بالإضراب".

    Names ("بوتين") and places of work ("بوزارة"، "بالشرطة") are not.
    """
    if word.startswith(lx.DEFINITE_PREFIXES[2]):  # "بال"
        return word_class(_ARTICLE + word[len(lx.DEFINITE_PREFIXES[2]) :]) == "masdar"
    return word_class(word) == "clitic_noun"


def _reports_directly(text: str, rule: str, region: tuple[int, int], opener: re.Match[str] | None) -> bool:
    """Return whether "نقل" without "عن" reports its subject's own words: "ونقلت الوكالة أن …".

    A short subject right before أن; "نقل المصابين إلى المستشفى لأن …" moves people.
    """
    if opener is None or rule != "verb_that" or len(_tokens(text, *region)) > 6:
        return False
    word = text[opener.start() : opener.end()]
    return not word.startswith(_LAM)


def _cause_follows(text: str, cue: lx.Cue, start: int, end: int) -> bool:
    """Return whether an attributed cause follows the object: "ارتفاع الأسعار إلى تراجع …"، "السبب لعدم …"."""
    preps = [fold_word(p) for p in cue.object_then]

    def is_prep(word: str) -> bool:
        return word in preps or any(len(p) == 1 and word.startswith(p) and len(word) > 3 for p in preps)

    words = [w for _s, _e, w in _tokens(text, start, end)[:14]]  # (an apposition may come first)
    # The object comes first: "وأرجع إلى …" is "go back to".
    return bool(words) and not is_prep(words[0]) and any(is_prep(w) for w in words[1:])


def _lead_verb_subject(text: str, lay: Layout, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the subject of a verb that leads a participle of saying: "وأكمل الوزير قائلا" → "الوزير".

    "وختم حديثه قائلا" has an object, not a subject, and "ومضى التصريح للقول" a document:
    no mention.
    """
    tokens = _tokens(text, sentence_start, cue_start)
    if not 2 <= len(tokens) <= 7:
        return None
    verb = tokens[0][2]
    if verb[:1] in lx.CONJUNCTION_PREFIXES and verb[1:] in _LEAD_VERBS:
        verb = verb[1:]
    if verb not in _LEAD_VERBS:
        return None
    subject = tokens[1:]
    first = subject[0]
    bare = first[2][len(_ARTICLE):] if first[2].startswith(_ARTICLE) else first[2]
    if _is_adjunct(first[2]) or lay.has_pronoun_suffix(first[0], first[1]) or first[2] in _SKIPPABLE \
            or bare in _SPEECH_EVENTS or bare in _ISSUED_DOCUMENTS \
            or any(c in text[first[0] : subject[-1][1]] for c in "،,:؛"):
        return None
    return _strip_span(text, first[0], subject[-1][1])


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


def _after_fronted_topic(text: str, sentence_start: int, cue_start: int) -> bool:
    """Return whether a bare cue is the main verb after a fronted topic phrase.

    "وبخصوص تأثير القرار على الاقتصاد أكد أنه …": the verb has no subject of its own
    and continues the current speaker.
    """
    words = text[sentence_start:cue_start].split()
    if len(words) < 2 or words[0].strip(_PUNCT_STRIP) not in _TOPIC_OPENERS:
        return False
    if words[-1].strip(_PUNCT_STRIP) in _SUBORDINATE or _CUE_RE.search(text, sentence_start, cue_start):
        return False
    return len(words) <= 40


def _carries_subject(text: str, opener: re.Match[str]) -> bool:
    """Return whether a complementizer carries a third-person subject pronoun: "أنهم", "إنها".

    "يقول إنهم يعلنون …": the pronoun is the subject of the reported clause, so it stays
    in the content; a first-person or bare complementizer is left out.
    """
    word = text[opener.start() : opener.end()]
    if _is_quote_at(text, opener.end() + 1) or _is_quote_at(text, opener.end()):
        return False  # 'بأنها "مؤسفة"': the quotation itself is the content
    return any(word.endswith(s) for s in _THIRD_PERSON_SUFFIXES) and len(word) > 2


def _bare_complementizer(text: str, opener: re.Match[str]) -> int:
    """Return how many letters of a complementizer are a conjunction or preposition: "بأنه" → 1."""
    word = text[opener.start() : opener.end()]
    return 1 if word[:1] in (lx.CONJUNCTION_PREFIXES[0], "\N{ARABIC LETTER BEH}", _LAM) else 0


def _describes_speaker(text: str, para_start: int, cue_start: int, rule: str) -> bool:
    """Return whether a cue after "، التي/الذي" tells what the person just named says.

    "بحسب الطبيبة سارة علي، التي تضيف أن …": a non-restrictive relative after a comma
    continues the named speaker with أن or a quotation ("الرقم الذي يشير" has no comma).
    """
    before = text[para_start:cue_start].rstrip()
    words = before.rsplit(maxsplit=1)
    if len(words) < 2 or words[1] not in _RELATIVES:
        return False
    return words[0].rstrip().endswith(("،", ",")) and rule in ("verb_that", "verb_quote")


def _starts_with_prep(text: str, cue: lx.Cue, cue_end: int) -> bool:
    """Return whether the cue's own preposition comes right after it: "وطالب بمشاركة الأندية"."""
    word = text[cue_end : cue_end + 30].split(maxsplit=1)[0] if text[cue_end : cue_end + 30].strip() else ""
    return any(word.startswith(fold_word(p)) and len(word) > len(fold_word(p)) + 2 for p in cue.preps)


def _previous_clause_subject(text: str, lay: Layout, para_start: int, sentence_start: int) -> tuple[int, int] | None:
    """Return the subject of the narrated sentence a subject-less verb of saying follows.

    "وتحتفظ روسيا بنفوذ مهم في المنطقة. وترى أن …" → "روسيا": the previous sentence of
    the paragraph opens with "و" + a verb + a place, institution or given name.
    """
    if sentence_start <= para_start:
        return None
    previous = lay.sentence_start_before(sentence_start - 1, para_start)
    tokens = _tokens(text, previous, sentence_start)
    if len(tokens) < 3:
        return None
    verb, subject = tokens[0][2], tokens[1]
    if not (verb[:1] == lx.CONJUNCTION_PREFIXES[0] and _is_imperfect_verb(verb[1:])) or verb in CUE_FORMS:
        return None
    if subject[2] in _STATES or subject[2] in _GIVEN or subject[2] in _ORG_HEAD_WORDS:
        end = subject[1]
        if " ".join(t[2] for t in tokens[1:3]) in _STATES:
            end = tokens[2][1]
        return _strip_span(text, subject[0], end)
    return None


def _addresses_god(text: str, region: tuple[int, int]) -> bool:
    """Return whether God is named as the addressee between a cue and its content.

    "ودعا المدير، الله عز وجل، أن يعيد هذه المناسبة" is a prayer, not a statement.
    """
    if not any(name in text[region[0] : region[1]] for name in _NON_SPEAKERS):
        return False  # (a cheap test first: the name is rarely there)
    tokens = _tokens(text, *region)
    return any(word in _NON_SPEAKERS and any(c in text[tokens[i - 1][1] : start] for c in "،,")
               for i, (start, _e, word) in enumerate(tokens) if i)


def _after_between(text: str, sentence_start: int, cue_start: int) -> bool:
    """Return whether "وبين" repeats a "بين" of the same clause: "بين الماضي وبين الحاضر"."""
    clause = max(sentence_start, text.rfind("،", sentence_start, cue_start) + 1, cue_start - 80)
    return _BETWEEN_RE.search(text, clause, cue_start) is not None


def _is_inanimate(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a subject is data or events, which indicate but do not speak.

    "وتشير الإحصاءات إلى …"، "كشفت المعطيات المتوفرة أن …" are narration.
    """
    words = text[mention[0] : mention[1]].split()
    return bool(words) and (words[0].strip(_PUNCT_STRIP) in _INANIMATE
                            or " ".join(words[:2]).strip(_PUNCT_STRIP) in _INANIMATE)


def _participle_governs_lam(text: str, lay: Layout, cue_end: int) -> bool:
    """Return whether a participle takes a ل-object as an adjective: "جاءت مؤكدةً لحرص الحكومة".

    "مؤكدا لـ«عكاظ»" and "مؤكدا للصحفيين" name an addressee and stay speech.
    """
    tokens = _tokens(text, cue_end, min(len(text), cue_end + 40))
    if not tokens:
        return False
    start, _end, word = tokens[0]
    return (word.startswith(_LAM) and not word.startswith(lx.ARTICLE_AFTER_LAM) and len(word) > 3
            and not _is_quote_at(text, start + 1) and text[start + 1 : start + 2] not in (" ", "\N{ARABIC TATWEEL}"))


_RELATIVE_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.RELATIVES) + r")(?!\w)|\w{3,}(?:"
                          + "|".join(lx.FEMININE_PLURAL_OBJECT_SUFFIXES) + r")(?!\w)")


def _nested_complementizer(text: str, start: int, opener: int) -> bool:
    """Return whether a far أن belongs to a relative clause after a verbal-noun object.

    "أعلنت المقاومة بسط نفوذها على وادي … الذي يربط … أن": the subject ends before "بسط".
    """
    return len(_TOKEN_RE.findall(text, start, opener)) > 10 and _RELATIVE_RE.search(text, start, opener) is not None


def _plausible_subject(text: str, mention: tuple[int, int] | None) -> bool:
    """Return whether a guessed subject looks like a speaker: one word, or a known head.

    Only used where the subject's end is a guess ("أعلنت جامعة نجران تمديد …").
    """
    if mention is None:
        return True
    words = [w.strip(_PUNCT_STRIP) for w in text[mention[0] : mention[1]].split()]
    return len(words) == 1 or words[0] in _SOURCE_HEADS or (words[0][:2] == _ARTICLE and words[0][2:] in _SOURCE_HEADS)


def _prep_complement(text: str, cue: lx.Cue, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the cue's own preposition before the content: "أشار … إلى"."""
    best = None
    words = list(_TOKEN_RE.finditer(text, start, end))
    # The preposition belongs to the cue only near it; a title's or an issuer's own phrase
    # ("التقرير الصادر عن وزارة المالية") does not count in the distance.
    near = 10 if any(w.group() in _GOVERNING_HEADS for w in words[:5]) else 5
    if len(words) > near:
        end = words[near].start()
    for prep in cue.preps:
        folded = fold_word(prep)
        if len(folded) == 1:
            continue
        m = next((span for span in whole_word_spans(text[start:end], folded)
                  if not _titled_given_name(_word_before(text, start + span[0]), folded)
                  and not _title_governs(text, start + span[0], folded)), None)
        if m and (best is None or m[0] + start < best[0]):
            best = (m[0] + start, m[1] + start)
    return best


def _speech_event_author(text: str, lay: Layout, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the author of the speech event a verb's "فيه" points back to.

    "وأدلى وزير الخارجية أيمن الصفدي بتصريح قال فيه:" → "وزير الخارجية أيمن الصفدي": the
    subject of the clause's verb, before the event noun ("بتصريح"، "تغريدة").
    """
    clause_start = max(sentence_start, text.rfind("،", sentence_start, cue_start) + 1)
    tokens = _tokens(text, clause_start, cue_start)
    noun = next((k for k in range(len(tokens) - 1, max(0, len(tokens) - 3) - 1, -1)
                 if tokens[k][2] in _SPEECH_EVENTS or tokens[k][2][1:] in _SPEECH_EVENTS), None)
    if noun is None or noun < 2:
        return None
    mention, _behalf = subject_mention(text, lay, tokens[1][0], tokens[noun][0])
    if mention is None or _word_count(text[mention[0] : mention[1]]) > 8:
        return None
    return mention


def _skip_relative_clause(text: str, pos: int, limit: int) -> int:
    """Return where the verb's complement may start after a subject and its relative clause.

    'وأشار المقيم X، الذي التقته "واس" في مكة، إلى أن' → after the second comma: the
    clause between commas describes the subject. Without one, ``pos`` itself.
    """
    tokens = _tokens(text, pos, limit)
    if not tokens or tokens[0][2] not in _RELATIVE_WORDS or not any(c in text[pos : tokens[0][0]] for c in "،,"):
        return pos
    for i, (_s, tok_end, _w) in enumerate(tokens[:16]):
        if i and text[tok_end : tok_end + 1] in ("،", ","):
            return tok_end + 1
    return pos


def _noun_complement_region(text: str, lay: Layout, start: int, sentence_end: int, *,
                            cause: bool = False) -> tuple[tuple[int, int], int]:
    """Split "أعلنت الشركة، توصلها إلى اتفاق" into subject region and content start.

    The subject ends at the first comma (when close) or after at most six words; after a
    verb of cause a demonstrative starts the object ("وعزا الوزير ذلك إلى …").
    """
    tokens = _tokens(text, start, sentence_end)
    if tokens and (tokens[0][2] in _NOUN_OBJECTS or (cause and tokens[0][2] in _DEMONSTRATIVES)
                   or lay.has_pronoun_suffix(tokens[0][0], tokens[0][1])):
        return (start, start), tokens[0][0]
    comma = -1
    for i, (tok_start, tok_end, _word) in enumerate(tokens[:12]):
        if i and lay.has_pronoun_suffix(tok_start, tok_end):
            break  # a verbal noun with a pronoun comes first: "أعلن الأهالي رفضهم …، مطالبين"
        if i and ("،" in text[tokens[i - 1][1] : tok_start] or "," in text[tokens[i - 1][1] : tok_start]):
            comma = i
            break
    if comma > 0:
        subject_end = tokens[comma - 1][1]
        # "اتهم السفير الأميركي بعمّان، جيمس ولسون، طهران بـ…": the name set off after the role.
        named_end = _apposed_name_end(text, lay, start, subject_end, sentence_end)
        if named_end != subject_end and text[named_end : named_end + 1] in "،,":
            rest = _tokens(text, named_end + 1, sentence_end)
            if rest:
                return (start, named_end), rest[0][0]
        if tokens[comma][2] in _ROLE_WORDS and comma + 1 < len(tokens) and _names_someone(tokens[comma + 1][2]):
            # "X، عضو مكتب …، قرار …": the role set off describes X ("أمين العريض" is a name)
            after_role = next((j for j in range(comma + 1, min(len(tokens), comma + 12))
                               if any(c in text[tokens[j - 1][1] : tokens[j][0]] for c in "،,")), None)
            if after_role is not None:
                return (start, subject_end), tokens[after_role][0]
        return (start, subject_end), tokens[comma][0]
    subject: list[tuple[int, int, str]] = []
    # A title lets the subject run to the end of the name after it.
    titled = bool(tokens) and tokens[0][2] in _PERSON_HEADS
    for k, tok in enumerate(tokens[: 12 if titled else 6]):
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
        if subject and _object_after_definite(subject[-1][2], tok[2]):
            break  # "وأكدت الهيئة أهمية …": an indefinite noun neither qualifies nor names a definite one
        subject.append(tok)
    if titled:
        # The name starts at a given name, or right after an inner title ("… المقدم عطالله …").
        given = next((i for i, tok in enumerate(subject) if tok[2] in _GIVEN), None)
        if given is None:
            given = max((i + 1 for i, tok in enumerate(subject[:-1]) if tok[2] in _HONORIFIC_WORDS
                         and not subject[i + 1][2].startswith(_DEFINITE_PREFIXES)), default=None)
        if given is not None:
            end = given + 1
            while end < len(subject) and end - given < 5:
                end += 1
                # A definite family name ends the name: "حسن الزهراني".
                if subject[end - 1][2].startswith(_ARTICLE) and subject[end - 2][2] not in _NAME_LINK_WORDS \
                        and subject[end - 1][2] not in _COMPOUND_SECONDS:
                    break  # ("ذبيح الله مجاهد" goes on: الله completes the given name)
            subject = subject[:end]
    cut = len(subject)
    if cut == 0:
        return (start, start), tokens[0][0] if tokens else start
    # A verbal noun with a pronoun suffix ends the subject: "توصله"، "امتلاكها".
    for i, tok in enumerate(subject):
        if lay.has_pronoun_suffix(tok[0], tok[1]):
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


def _object_after_definite(previous: str, word: str) -> bool:
    """Return whether an indefinite verbal noun after a definite word starts the verb's object.

    An adjective agrees with its noun in definiteness and a definite word heads no construct,
    so "الهيئة أهمية"، "آل الشيخ اقتحام" part there; after a title a name follows ("الدكتور نعيم").
    """
    if word[:1] in lx.CONJUNCTION_PREFIXES and word_class(word[1:]) == "masdar":
        return False  # "لجنة الاحتراف وأوضاع اللاعبين": a noun joined to the one before
    return word_class(word) == "masdar" and not word.startswith(_DEFINITE_PREFIXES) and word not in _LEXICAL_WORDS \
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


_AS_SAID_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.AS_SAID_OPENERS)
                         + r")\s+(?P<form>" + trie_pattern(CUE_FORMS) + r")(?:"
                         + "|".join(lx.AS_SAID_OBJECT_SUFFIXES) + r")?(?!\w)")
# The tags' last words, none inside another ("قولهم" holds "قوله"): a cheap test before the regex.
_OWN_WORDS_NOUNS: Final = tuple(sorted(w for w in {fold_word(t).split()[-1] for t in lx.OWN_WORDS_TAGS}
                                if not any(o != w and o in w for o in {fold_word(t).split()[-1] for t in lx.OWN_WORDS_TAGS})))
_OWN_WORDS_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(sorted((fold_word(w).replace(" ", r"\s+") for w in lx.OWN_WORDS_TAGS),
                                                          key=len, reverse=True)) + r")(?!\w)")


_AS_SAID_WORDS: Final = tuple(sorted({fold_word(w).lstrip(lx.CONJUNCTION_PREFIXES[0]) for w in lx.AS_SAID_OPENERS}))


def _as_said_matches(text: str) -> list[re.Match[str]]:
    """Return the "كما قال" matches, found from the cheap literal "كما"/"مثلما" outward."""
    found = []
    for word in _AS_SAID_WORDS:
        at = text.find(word + " ")
        while at >= 0:
            m = _AS_SAID_RE.match(text, max(0, at - 1)) or _AS_SAID_RE.match(text, at)
            if m:
                found.append(m)
            at = text.find(word + " ", at + len(word))
    found.sort(key=lambda m: m.start())
    return found


def _preceding_clause(text: str, lay: Layout, sentence_start: int, tag_start: int) -> tuple[int, int, bool] | None:
    """Return the clause a trailing attribution tags, and whether it is one quotation.

    "«لن نسمح بالتهجير»، كما قال الصفدي" → the quoted words; the clause must end in a comma.
    """
    before = text[sentence_start:tag_start].rstrip()
    if before[-1:] in _QUOTE_CHARS:
        span = lay.quote_at(sentence_start + len(before) - 1)
        if span is not None and span[1] == sentence_start + len(before):
            return span[0] + 1, span[1] - 1, True  # '"حتى لا نشارك" على حد تعبيره'
    if not before.endswith(("،", ",")):
        return None
    start, end = _strip_span(text, sentence_start, sentence_start + len(before))
    span = lay.quote_at(start - 1) if start > 0 else None
    if span is not None and span[0] == start - 1 and span[1] >= end:
        return start, min(end, span[1] - 1), True
    return start, end, False


def _cue_before(text: str, lay: Layout, start: int, end: int) -> bool:
    """Return whether a verb of saying outside quotations sits in ``text[start:end]``."""
    return any(lay.quote_at(m.start()) is None for m in _CUE_RE.finditer(text, start, end))


def _names_a_source(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a subject names someone: a title, a source word, or a short bare name.

    "الباحث رياض قهوجي"، "مصدر أمني"، "لي كيكيانج" do; "بصرف النظر عن مقدار" does not.
    """
    words = [w.strip(_PUNCT_STRIP) for w in text[mention[0] : mention[1]].split()]
    if not words:
        return False
    head = words[0]
    bare = head[len(_ARTICLE):] if head.startswith(_ARTICLE) else head
    if head in _SOURCE_HEADS or bare in _SOURCE_HEADS or head in _STATES:
        return True
    if head.startswith(_ARTICLE) and any(w in _GIVEN or w == _THEOPHORIC for w in words[1:5]):
        return True  # "القاص المصري عبد الفتاح صبري": a profession we do not list, then a name
    if head in _KUNYA and len(words) >= 2:
        return True  # "أبو محمد"، "أم خالد"
    return len(words) >= 2 and all(_is_bare_name_word(w) and not _is_imperfect_verb(w) for w in words[:2])


def _titled_or_short(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a subject is bounded without doubt: a title or name first, or two words at most.

    "الباحث السياسي رياض قهوجي" and "الوزارة" are; "الحكومة حالة الطوارئ" may hold an object.
    """
    words = [w.strip(_PUNCT_STRIP) for w in text[mention[0] : mention[1]].split()]
    return bool(words) and (words[0] in _PERSON_HEADS or len(words) <= 2)


def _has_noun_object(text: str, lay: Layout, cue_end: int, sentence_end: int) -> bool:
    """Return whether a verb has a verbal-noun object after its subject: "أعلنت الحكومة حالة الطوارئ"."""
    _region, content_from = _noun_complement_region(text, lay, cue_end, sentence_end)
    rest = _tokens(text, content_from, sentence_end)
    return bool(rest) and not _is_adjunct(rest[0][2]) and not rest[0][2].startswith(_LAM)


def as_said_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of an attribution written after its content: "…، كما قال X".

    "تشهد المنطقة توترا متصاعدا، كما قال الباحث رياض قهوجي." → قهوجي said the clause
    before "كما". A verb with its own content ("، كما أكد الوزير أن …") is a forward frame;
    a sentence that already has a verb of saying before "كما" keeps its own speaker.
    """
    frames: list[Frame] = []
    for m in _as_said_matches(text):
        cs, ce = m.start("form"), m.end()
        pi = lay.paragraph_of(cs)
        ps, pe = lay.paragraphs[pi]
        if not ps <= cs < pe or lay.quote_at(cs) is not None:
            continue
        ss = lay.sentence_start_before(m.start(), ps)
        se = lay.sentence_end_after(ce, pe)
        clause = _preceding_clause(text, lay, ss, m.start())
        if clause is None or _cue_before(text, lay, ss, m.start()) or find_content_opener(text, lay, ce, se):
            continue
        start, end, closed = clause
        form = CUE_FORMS[m.group("form")]
        if lx.NOUN in form.cue.complements and _has_noun_object(text, lay, ce, se):
            continue  # "، كما أعلنت الحكومة حالة الطوارئ": "also announced", a forward frame
        mention, _behalf = subject_mention(text, lay, ce, se)
        if mention is None or not _names_a_source(text, mention) or _word_count(text[mention[1] : se]) > 8 \
                or (lx.NOUN in form.cue.complements and not _titled_or_short(text, mention)):
            continue  # "، كما يقولون": an idiom; "، كما قال بصرف النظر …": no speaker named
        if _word_count(text[start:end]) < 4:
            continue
        frame = Frame(rule="as_said", cue=text[cs : m.end("form")], cue_start=cs, cue_end=m.end("form"), content_start=start,
                      content_end=end, stance=form.cue.stance, gender=form.gender, mention=mention,
                      link="explicit", paragraph=pi, sentence_start=ss,
                      closed=closed)
        frame.kind = classify_kind(text, start, end, closed, False)
        frame.clause_level, frame.phrase_start = True, m.start()
        frames.append(frame)
    return frames


def postposed_frames(text: str, lay: Layout, cues: Sequence[re.Match[str]]) -> list[Frame]:
    """Return frames of a verb of saying right after the quotation it attributes.

    "«لن نسمح بانهيار العملة»، قال الوزير سعيد حداد." → the quoted words, said by the
    subject after the verb; without one ("«…»، قال في مؤتمر صحفي") the current speaker.
    A verb with its own content after it is a forward frame instead.
    """
    frames: list[Frame] = []
    for m in cues:
        form = CUE_FORMS[m.group("form")]
        if form.participle or lx.QUOTE not in form.cue.complements or m.group("conj"):
            continue
        cs, ce = m.start("form"), m.end()
        before = text[max(0, cs - 4) : cs].rstrip(" \t،,")
        if not before or before[-1] not in _QUOTE_CHARS:
            continue  # (the cheap test first)
        pi = lay.paragraph_of(cs)
        ps, pe = lay.paragraphs[pi]
        close = cs - (len(text[max(0, cs - 4) : cs]) - len(before)) - 1
        span = lay.quote_at(close)
        if span is None or span[1] != close + 1 or span[0] < ps or lay.quote_at(cs) is not None \
                or text[lay.sentence_start_before(span[0], ps) : span[0]].strip(_PUNCT_STRIP):
            continue  # the quotation must open its sentence: 'تحت عنوان «…»، قال' names a title
        se = lay.sentence_end_after(ce, pe)
        if find_content_opener(text, lay, ce, se):
            continue
        start, end = span[0] + 1, span[1] - 1
        if _word_count(text[start:end]) < 3:
            continue
        mention, _behalf = subject_mention(text, lay, ce, se)
        if mention is not None and not _names_a_source(text, mention):
            continue
        frame = Frame(rule="as_said_postposed", cue=text[cs:ce], cue_start=cs, cue_end=ce, content_start=start,
                      content_end=end, kind="direct", stance=form.cue.stance, gender=form.gender, mention=mention,
                      link="explicit" if mention else "continuation", paragraph=pi,
                      sentence_start=lay.sentence_start_before(span[0], ps), closed=True)
        frame.clause_level, frame.phrase_start = True, span[0]
        frames.append(frame)
    return frames


# (A word is taken whole, "++": trying its every split into "words" made this the slowest
# pattern of the extractor.)
_LEDE_DATELINE_RE: Final = re.compile(r"\s*(?:[^\s.:،؟!\"«»“”\-–—ـ]++\s*){1,3}(?:\([^)\n]{1,30}\)\s*)?[-–—ـ]+\s*")
_LEDE_POINTER_RE: Final = re.compile(r"[\s.،,]*(?:" + "|".join(sorted((fold_word(w).replace(" ", r"\s+") for w in lx.LEDE_POINTERS),
                                                              key=len, reverse=True)) + r")(?!\w)")


def lede_quote_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of a quotation that opens a paragraph, its speaker named right after it.

    'عمان- "لم يعد لدينا ما نخسره"، بهذه الكلمات يلخص أبو محمد حاله' and
    '"الوضع لم يعد يحتمل". تقول ليلى حداد، وهي أم، إن …' → the quotation is the words of
    the subject of the verb that follows (a pointer such as "بهذه الكلمات"/"هكذا" and any
    verb, or a bare verb of saying opening the next sentence).
    """
    frames: list[Frame] = []
    for pi, (ps, pe) in enumerate(lay.paragraphs):
        pos = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
        if not _is_quote_at(text, pos):
            dateline = _LEDE_DATELINE_RE.match(text, ps, pe)
            pos = dateline.end() if dateline else pos
        span = lay.quote_starting_at(pos)
        if span is None or _word_count(text[span[0] + 1 : span[1] - 1]) < 3:
            continue
        after = span[1]
        if not text[after:pe].strip(_PUNCT_STRIP) and pi + 1 < len(lay.paragraphs):
            after = lay.paragraphs[pi + 1][0]  # the speaker is named in the next paragraph
        end = min(len(text), after + 200)
        pointer = _LEDE_POINTER_RE.match(text, after, end)
        trailing = _trailing_subject(text, lay, span[1], pe) if not pointer else None
        mention: tuple[int, int] | None
        if trailing is not None:
            mention = trailing  # '"…".. خبير اقتصادي يحذر': a headline with its speaker and verb after
        elif pointer:
            verb = _tokens(text, pointer.end(), end)[:1]
            if not verb:
                continue
            subject_from = verb[0][1]
        else:
            cue = _CUE_RE.match(text, after + len(text[after:end]) - len(text[after:end].lstrip(" .،,")))
            if cue is None or cue.group("conj") or CUE_FORMS[cue.group("form")].participle:
                continue
            subject_from = cue.end()
        if trailing is None:
            se = lay.sentence_end_after(subject_from, lay.paragraphs[lay.paragraph_of(subject_from)][1])
            opener = find_content_opener(text, lay, subject_from, se)
            mention, _behalf = subject_mention(text, lay, subject_from, opener.start() if opener else se)
        if mention is not None and pointer:
            mention = _before_object(text, lay, mention)  # "يلخص أبو محمد حال عائلته": the object follows
        if mention is None or not (_names_a_source(text, mention) or _profession_and_name(text, mention)):
            continue
        frame = Frame(rule="lede_quote", cue="", cue_start=-1, cue_end=-1, content_start=span[0] + 1,
                      content_end=span[1] - 1, kind="direct", mention=mention, link="explicit", paragraph=pi,
                      sentence_start=ps, closed=True)
        frame.clause_level = True
        frames.append(frame)
    return frames


def _trailing_subject(text: str, lay: Layout, quote_end: int, para_end: int) -> tuple[int, int] | None:
    """Return the subject of a verb of saying that ends a quotation's paragraph: '"…".. خبير يحذر'.

    One to five words between the quotation and the verb, which ends the paragraph.
    """
    tokens = _tokens(text, quote_end, para_end)
    if not 2 <= len(tokens) <= 6:
        return None
    cue = _CUE_RE.fullmatch(tokens[-1][2])
    if cue is None or CUE_FORMS[cue.group("form")].participle or text[tokens[-1][1] : para_end].strip(_PUNCT_STRIP):
        return None
    return _strip_span(text, tokens[0][0], tokens[-2][1])


def _profession_and_name(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a subject is a definite word and then a name: "المزارع سالم داود"."""
    words = [w.strip(_PUNCT_STRIP) for w in text[mention[0] : mention[1]].split()]
    return 2 < len(words) <= 5 and words[0].startswith(_ARTICLE) \
        and all(_is_bare_name_word(w) and word_class(w) is None for w in words[1:])


def _before_object(text: str, lay: Layout, mention: tuple[int, int]) -> tuple[int, int] | None:
    """Return a subject without the object a verb may take after it: "أبو محمد حال عائلته" → "أبو محمد".

    A noun with a pronoun suffix starts the object, with the indefinite noun that governs it.
    """
    tokens = _tokens(text, *mention)
    for i, (tok_start, tok_end, _w) in enumerate(tokens):
        if i and lay.has_pronoun_suffix(tok_start, tok_end):
            governs = i >= 2 and not tokens[i - 1][2].startswith(_DEFINITE_PREFIXES) and name_score(tokens[i - 1][2]) < 0.5
            cut = i - 1 if governs else i  # ("فؤاد أنور حديثه": a name before the object stays)
            return _strip_span(text, mention[0], tokens[cut - 1][1]) if cut else None
    return mention


def parenthetical_frames(text: str, lay: Layout, cues: Sequence[re.Match[str]]) -> list[Frame]:
    """Return frames of a verb of saying set off by commas inside what is said.

    "هذه العملية، يضيف، تطبق على الفروع الستة" and "الأسعار، يقول الخبير سامر خليل، لن
    تنخفض قريبا" → the whole sentence is the speaker's (the verb's subject, else the current
    speaker).
    """
    frames: list[Frame] = []
    for m in cues:
        form = CUE_FORMS[m.group("form")]
        cs, ce = m.start(), m.end()
        if form.participle or m.group("conj") or text[max(0, cs - 2) : cs].strip() not in ("،", ","):
            continue
        pi = lay.paragraph_of(cs)
        ps, pe = lay.paragraphs[pi]
        if lay.quote_at(cs) is not None:
            continue
        ss = lay.sentence_start_before(cs, ps)
        se = lay.sentence_end_after(ce, pe)
        close = next((c.start() for c in _COMMA_RE.finditer(text, ce, min(se, ce + 80))), None)
        if close is None or not 1 <= _word_count(text[ss:cs]) <= 6 or _word_count(text[close:se]) < 3 \
                or any(ch in text[ss:cs].rstrip(" ،,") for ch in "،,") or _word_count(text[ce:close]) > 6 \
                or find_content_opener(text, lay, ce, close) or not _content_fragment(text, lay, ss, cs) \
                or _OPENER_RE.match(text, close + 1 + len(text[close + 1 : se]) - len(text[close + 1 : se].lstrip())):
            continue  # (a noun phrase before: "هذه العملية،"; a clause after, not "من جانبه، قال X، إن")
        mention, _behalf = subject_mention(text, lay, ce, close) if text[ce:close].strip() else (None, None)
        if text[ce:close].strip() and (mention is None or not _names_a_source(text, mention)):
            continue
        start, end = _strip_span(text, ss, se)
        frame = Frame(rule="verb_parenthetical", cue=text[m.start("form") : ce], cue_start=m.start("form"), cue_end=ce,
                      content_start=start, content_end=end, stance=form.cue.stance, gender=form.gender,
                      mention=mention, link="explicit" if mention else "continuation", paragraph=pi,
                      sentence_start=ss)
        frame.kind = classify_kind(text, start, end, False, False)
        frame.clause_level, frame.phrase_start = True, ss
        frames.append(frame)
    return frames


def _content_fragment(text: str, lay: Layout, start: int, end: int) -> bool:
    """Return whether the words before a set-off verb start the reported clause: "هذه العملية"، "الأسعار".

    A definite noun or a demonstrative first; not an opener ("من جانبه"، "وفي الرياض"،
    "الشهر الماضي") nor a word with a pronoun.
    """
    tokens = _tokens(text, start, end)
    if not tokens:
        return False
    first = tokens[0][2]
    return (first in _POINTERS or first.startswith(_ARTICLE) and word_class(first) in (None, "masdar")) \
        and not _is_adjunct(first) and first not in _TOPIC_OPENERS and first not in _SKIPPABLE \
        and not any(lay.has_pronoun_suffix(s, e) or w in _ACCORDING_SKIPPED for s, e, w in tokens)


def continued_quotation_frames(text: str, lay: Layout, taken: Sequence[Frame]) -> list[Frame]:
    """Return frames of paragraphs that are wholly a quotation continuing the previous speaker.

    After "وقال الوزير: «… »" or "…، قال الوزير." a paragraph that opens with a quotation
    mark and names nobody goes on with the same speaker's words (one frame per paragraph).
    The previous paragraph's quote must run to its end.
    """
    last_end: dict[int, int] = {}
    gender: dict[int, str] = {}  # the gender of the quote that ends each paragraph
    for f in taken:
        if f.link != "answer" and f.content_end > last_end.get(f.paragraph, -1):
            last_end[f.paragraph] = f.content_end
            gender[f.paragraph] = f.gender
    framed = {f.paragraph for f in taken}
    frames: list[Frame] = []
    for i in range(1, len(lay.paragraphs)):
        ps, pe = lay.paragraphs[i]
        start, end = _strip_span(text, ps, pe)
        if i in framed or start >= end or not _is_quote_at(text, start - 1) or text[start - 1] != text[ps:pe].lstrip()[:1]:
            continue
        pps, ppe = lay.paragraphs[i - 1]
        if last_end.get(i - 1, -1) < _strip_span(text, pps, ppe)[1] - 2 or _cue_before(text, lay, start, end):
            continue
        span = lay.quote_at(start - 1)
        if span is not None and span[1] < end - 1 and text[span[1] : end].strip(_PUNCT_STRIP):
            continue  # '«…» وأضاف …': the paragraph goes on after the quotation
        if _word_count(text[start:end]) < 3:
            continue
        # (the speaker's gender goes on: "وقالت الوزيرة: …" then «…» is still hers)
        frame = Frame(rule="continued_quote", cue="", cue_start=-1, cue_end=-1, content_start=start,
                      content_end=end, kind="direct", gender=gender[i - 1], link="continuation", paragraph=i,
                      sentence_start=ps, closed=True)
        frame.clause_level = True
        frames.append(frame)
        last_end[i] = end
        gender[i] = frame.gender
        framed.add(i)
    return frames


_MASDAR_RE: Final = re.compile(
    r"(?<!\w)[" + "".join(lx.CONJUNCTION_PREFIXES) + r"\N{ARABIC LETTER BEH}" + lx.LAM + r"]?(?P<noun>(?:"
    + "|".join(fold_word(w) for w in lx.SPEECH_MASDARS) + r")(?:" + "|".join(lx.THIRD_PERSON_SUFFIXES)
    + r"))\s+(?:(?:" + "|".join(fold_word(w) for w in lx.SPEECH_MASDAR_PREPS) + r")\s+)?(?P<comp>(?:"
    + _COMP + r")(?:" + _COMP_SUFFIX + r")?)(?!\w)"
)
# Every match holds a verbal noun and the first letter of its pronoun, after at most one
# prefix letter: the places to try the pattern.
_MASDAR_HINTS: Final = tuple(sorted({fold_word(w) + suffix[:1] for w in lx.SPEECH_MASDARS for suffix in lx.THIRD_PERSON_SUFFIXES}))


def masdar_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of a verbal noun of saying with its owner and أن: the owner's words.

    "وسحبت المتاجر البيض رغم تأكيدها أنها لا تبيع إلا البيض المحلي" → the stores said
    "they sell only local eggs"; the owner is the pronoun's antecedent (a continuation).
    """
    frames: list[Frame] = []
    for m in anchored_matches(_MASDAR_RE, _MASDAR_HINTS, 1, text):
        pi = lay.paragraph_of(m.start())
        ps, pe = lay.paragraphs[pi]
        if not ps <= m.start() < pe or lay.quote_at(m.start()) is not None:
            continue
        se = lay.sentence_end_after(m.end(), pe)
        opener = _OPENER_RE.match(text, m.start("comp"))
        content_from = m.start("comp") if opener is not None and _carries_subject(text, opener) else m.end()
        start, end, closed = content_span(text, lay, content_from, pe, to_paragraph_end=False)
        end = min(end, se) if not closed else end
        if _word_count(text[start:end]) < 4:
            continue
        frame = Frame(rule="masdar_that", cue=text[m.start("noun") : m.end("noun")], cue_start=m.start("noun"),
                      cue_end=m.end("noun"), content_start=start, content_end=end, link="continuation",
                      paragraph=pi, sentence_start=lay.sentence_start_before(m.start(), ps), closed=closed)
        frame.kind = classify_kind(text, start, end, closed, False)
        frame.clause_level = False
        frames.append(frame)
    return frames


def own_words_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of "…، على حد قوله": the previous speaker's words, tagged after them.

    Inside a speaker's own content the tag only ends that content (see ``settle``).
    """
    frames: list[Frame] = []
    for noun in _OWN_WORDS_NOUNS:
        if noun in text:
            break
    else:
        return frames  # (a cheap test first: most articles have no such tag)
    for m in _OWN_WORDS_RE.finditer(text):
        pi = lay.paragraph_of(m.start())
        ps, pe = lay.paragraphs[pi]
        if not ps <= m.start() < pe or lay.quote_at(m.start()) is not None:
            continue
        ss = lay.sentence_start_before(m.start(), ps)
        clause = _preceding_clause(text, lay, ss, m.start())
        if clause is None or _word_count(text[clause[0] : clause[1]]) < 4:
            continue
        start, end, closed = clause
        suffix = m.group().split()[-1]
        gender = "f" if suffix.endswith("ها") else "p" if suffix.endswith("هم") else "m"
        frame = Frame(rule="own_words", cue="according_to", cue_start=m.start(), cue_end=m.end(),
                      content_start=start, content_end=end, gender=gender, link="continuation",
                      paragraph=pi, sentence_start=ss, closed=closed)
        frame.kind = classify_kind(text, start, end, closed, False)
        frame.clause_level, frame.phrase_start, frame.own_tag = True, m.start(), True
        frames.append(frame)
    return frames


_RELAY_VERB_RE: Final = re.compile(r"(?<!\w)[يت]?" + fold_word(lx.RELAY_VERBS[0]))


def according_to_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of "وفقا لـ X" / "بحسب X" / "نقلا عن X" attributions.

    At the head of a sentence the content follows ("بحسب مصادر، تم عزلهم"); elsewhere
    it is the clause before ("… حسب «رويترز»").
    """
    frames: list[Frame] = []
    para_starts = [p[0] for p in lay.paragraphs]
    for m in anchored_matches(_ACCORDING_RE, _ACCORDING_ANCHORS, _ACCORDING_REACH, text):
        cs, ce = m.start("phrase"), m.end()
        pi = max(0, bisect_right(para_starts, cs) - 1)
        ps, pe = lay.paragraphs[pi]
        if not ps <= cs < pe or lay.quote_at(cs) is not None or _URL_LINE_RE.match(text, ps):
            continue
        before = text[ps:m.start()].rstrip(" ،,")
        mention = _according_object(text, lay, ce, pe, after_quote=before[-1:] in _QUOTE_CHARS)
        if mention is None:
            continue
        ss = lay.sentence_start_before(cs, ps)
        se = lay.sentence_end_after(mention[1], pe)
        head = text[ss:m.start()].strip(_PUNCT_STRIP + lx.CONJUNCTION_PREFIXES[0])
        # "، وبحسب مصادر، تم …" opens a clause; the و of "وفق" does not.
        clause_start = text[ss:m.start()].rstrip().endswith(("،", ",", "؛")) and m.start("phrase") > m.start()
        inside_verb = _according_inside_verb(text, lay, ps, m.start(), mention, se)
        relay: tuple[int, int] | None = None
        if inside_verb is None and _RELAY_VERB_RE.search(text, cs, mention[0]):
            # "حسب ما نقلت وكالة رويترز عن مصادر مطلعة": the sources speak, the agency relays
            source, relay = _relay_source(text, mention)
            mention = source or mention
        if inside_verb is not None:
            relay, (start, end), subject = inside_verb
            mention = subject  # "وأكد المصدر وفقا لموقع 24 أن …": the source speaks, the site relays
            if subject == relay:
                relay = None
        elif not head or clause_start:
            after = _source_adjunct_end(text, lay, mention[1], se)
            rest = text[after:se]
            skip = _CONTENT_LEAD_RE.match(rest)
            start, end = _strip_span(text, after + (skip.end() if skip else 0), se)
        else:
            start, end = _strip_span(text, ss, m.start())
            if _word_count(text[start:end]) < 4 and text[start:end + 1].endswith(("،", ",")) \
                    and _word_count(text[_source_adjunct_end(text, lay, mention[1], se) : se]) >= 3:
                start, end = _strip_span(text, ss, se)  # "وتعتزم الحكومة، بحسب مصادر، طرح …": the whole sentence
        if _word_count(text[start:end]) < 4:
            continue
        frame = Frame(rule="according_to", cue="according_to", cue_start=cs, cue_end=ce,
                      content_start=start, content_end=end, mention=mention, link="according_to",
                      paragraph=pi, sentence_start=ss, intermediary=relay)
        if inside_verb is not None:
            frame.link = "explicit" if mention else "continuation"
        elif mention and text[mention[0] : mention[0] + 2] == lx.ARTICLE_AFTER_LAM:
            frame.lam_article = True  # "للسلطة" names "السلطة"
        quotation = lay.quote_at(start - 1)  # '"…"، وفقا لـX': the content is one quotation
        frame.closed = quotation is not None and quotation == (start - 1, end + 1)
        frame.kind = classify_kind(text, start, end, frame.closed, False)
        frame.clause_level = True
        frame.phrase_start = m.start()
        frame.inside_verb = inside_verb is not None
        frames.append(frame)
    return frames


def _source_adjunct_end(text: str, lay: Layout, end: int, sentence_end: int) -> int:
    """Return where the content starts after an according-to source and its short adjunct.

    "وفقا لما أعلنته الوزارة في بيان، فإن …" and "بحسب ما قاله X لـ«الغد»، فإن …" → after
    the comma; without such an adjunct, ``end`` (past a closing quotation mark).
    """
    if _is_quote_at(text, end):
        end += 1  # 'ذكره موقع "المدن"، فإن': the source's quoted name closes first
    tokens = _tokens(text, end, sentence_end)[:6]
    if not tokens or not (_is_adjunct(tokens[0][2]) or tokens[0][2][:1] == _LAM):
        return end
    for _s, tok_end, word in tokens:
        if word in CUE_FORMS or word in _COMPLEMENTIZER_WORDS or word in _ACCORDING_OPENERS:
            return end
        if text[tok_end : tok_end + 1] in ("،", ","):
            return tok_end + 1
    return end


def _according_inside_verb(text: str, lay: Layout, para_start: int, phrase_start: int,
                           mention: tuple[int, int], sentence_end: int,
                           ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None] | None:
    """Return relay, content and speaker of an according-to phrase between a verb and its complement.

    "والجيش يشير بحسب صحيفة هآرتس إلى أن العملية ستستمر" → relay "صحيفة هآرتس", content
    after "إلى أن", speaker "الجيش": the verb's subject said it, the source reports it.
    The speaker is ``None`` when the verb has no subject ("وأشار بحسب الصحيفة إلى أن").
    """
    if any(c in text[max(para_start, phrase_start - 40) : phrase_start] for c in "،,.:؛"):
        return None
    before = _tokens(text, max(para_start, phrase_start - 40), phrase_start)[-3:]
    verbs = [_CUE_RE.fullmatch(w) for _s, _e, w in before]
    found = next((v for v in reversed(verbs) if v), None)
    if found is None:
        return None  # ("وتشير التقديرات بحسب …": the verb may come before its subject)
    verb = CUE_FORMS.get(found.group("form"))
    preps = {fold_word(p) for p in verb.cue.preps} if verb else set()
    source_end = mention[1]
    for tok_start, _e, word in _tokens(text, mention[0], mention[1]):
        if tok_start > mention[0] and word in preps:
            source_end = tok_start
            break
    opener = find_content_opener(text, lay, source_end, sentence_end)
    if opener is None or _word_count(text[source_end : opener.start()]) > 1:
        return None
    content_from = opener.start() if opener.lastgroup == "quote" else opener.end()
    verb_at = max(i for i, v in enumerate(verbs) if v)
    relay = _strip_span(text, mention[0], source_end)
    subject = _subject_around_verb(text, para_start, before[verb_at], before[verb_at + 1 :])
    if subject is not None and _is_inanimate(text, subject):
        subject = relay  # "وتشير التقديرات بحسب مصادر طبية": estimates do not speak, the sources do
    return relay, _strip_span(text, content_from, sentence_end), subject


def _subject_around_verb(text: str, para_start: int, verb: tuple[int, int, str],
                         after: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Return a verb's subject next to it: after it ("وأكد المصدر"), else a short definite phrase before it.

    "والجيش الإسرائيلي يشير" → "الجيش الإسرائيلي" (without the conjunction).
    """
    if after:
        return _strip_span(text, after[0][0], after[-1][1])
    if verb[2][:1] == lx.CONJUNCTION_PREFIXES[0]:
        return None
    floor = max(para_start, verb[0] - 40)
    for mark in "،,.:؛\n":
        floor = max(floor, text.rfind(mark, floor, verb[0]) + 1)
    lead = _tokens(text, floor, verb[0])
    if not 1 <= len(lead) <= 3:
        return None
    first = lead[0][2]
    start = lead[0][0]
    if first[:1] == lx.CONJUNCTION_PREFIXES[0] and first[1:].startswith(_ARTICLE):
        first, start = first[1:], start + 1
    bare = first[len(_ARTICLE):] if first.startswith(_ARTICLE) else first
    if not (first.startswith(_ARTICLE) or first in _SOURCE_HEADS or bare in _SOURCE_HEADS) or _is_inanimate(text, (start, lead[-1][1])):
        return None
    return _strip_span(text, start, lead[-1][1])


def _is_reporting_verb(word: str) -> bool:
    """Return whether a word is a verb of saying or reporting, maybe with an object pronoun: "نقلته"، "أخبرني"."""
    if word in CUE_FORMS or word in _ACCORDING_VERBS:
        return True
    return any(word.endswith(s) and (word[: -len(s)] in CUE_FORMS or word[: -len(s)] in _ACCORDING_VERBS)
               for s in _ACCORDING_VERB_SUFFIXES if len(word) > len(s) + 2)


def _relative_verb_subject_start(text: str, lay: Layout, start: int, limit: int, *, after_ma: bool) -> int | None:
    """Return where the subject of an according-to's "ما + verb of saying" starts.

    "بحسب ما صرح به أمس الناطق باسم الوزارة" → at "الناطق"; "حسبما أخبرني المدير" → at
    "المدير". ``None`` without a relative verb of saying ("وفق ما يلي"، "حسب ما تم عرضه")
    or when nothing follows the verb.
    """
    tokens = _tokens(text, start, min(limit, start + 120))
    i = 0
    if tokens and tokens[0][2] == lx.RELATIVE_MA:
        i = 1
    elif not after_ma:
        return None
    if i >= len(tokens) or not _is_reporting_verb(tokens[i][2]):
        return None
    i += 1
    # "ما كشف عنه"، "ما جاء في"، "ما أعلن الأربعاء"، 'ما صرح به لـ«المدينة»'، "ما كشف للصحيفة"
    while i < len(tokens) and (tokens[i][2] in _ACCORDING_SKIPPED or tokens[i][2].startswith(lx.ARTICLE_AFTER_LAM)
                               or (tokens[i][2][:1] == _LAM and _ANY_QUOTE_RE.search(tokens[i][2]))):
        if any(c in text[tokens[i - 1][1] - 1 : tokens[i][0]] for c in "،,.:؛"):
            return None
        i += 1
    if i >= len(tokens) or any(c in text[tokens[i - 1][1] - 1 : tokens[i][0]] for c in "،,.:؛"):
        return None  # "حسبما تقول. وتضيف": the verb has no subject of its own
    first = tokens[i][2]
    if _is_adjunct(first) or first in _SUBJECT_END_PREPS or first in _NEGATIONS or first in _COMPLEMENTIZER_WORDS:
        return None  # "وفق ما ذكرت من معلومات"، "حسبما أعلن دون أن"
    return _skip_addressee(text, lay, tokens[i][0], limit)


def _document_issuer_start(text: str, lay: Layout, words: list[str], positions: list[int]) -> int | None:
    """Return the index of the issuer after a document and its link: "تقرير حديث أعدته هيئة …".

    "تقرير صادر عن البنك الدولي"، "دراسة أجرتها جامعة"، "تقرير نشرته صحيفة" → the issuer's
    first word; ``None`` when the words do not name one this way.
    """
    for k in range(1, min(len(words) - 1, 4)):
        word = words[k]
        if word in _ISSUER_LINKS and words[k + 1] in _ISSUER_PREPS:
            return k + 2 if k + 2 < len(words) else None
        if not word.startswith(_ARTICLE) and lay.has_pronoun_suffix(positions[k], positions[k] + len(word)):
            return k + 1  # a verb with the document as its object: "نشرته"
    return None


def _according_object(text: str, lay: Layout, start: int, para_end: int, *,
                      after_quote: bool = False) -> tuple[int, int] | None:
    """Return the source named after an according-to phrase, without document words.

    After a closing quotation mark a bare name is a source too: '"…"، بحسب سميث'. After a
    relative verb of saying any subject is one: "حسبما أفاد تيم كوك".
    """
    verb_subject = _relative_verb_subject_start(
        text, lay, start, para_end, after_ma=text[max(0, start - 3) : start].rstrip().endswith(lx.RELATIVE_MA))
    if verb_subject is not None:
        start = verb_subject
    tokens = _tokens(text, start, min(para_end, start + 160))
    words: list[tuple[int, int, str]] = []
    quoted_until = -1
    for tok in tokens:
        quote_span = _short_quote_at(text, lay, tok[0]) if words else None
        if tok[0] < quoted_until or (quote_span is not None and not text[words[-1][1] : tok[0]].strip()):
            quoted_until = max(quoted_until, quote_span[1] if quote_span else -1)
            words.append(tok)  # 'صحيفة "اليوم السابع"': a quoted name is one word
            if text[tok[1] - 1 : tok[1]] in "،,.؛:":
                break  # 'حسب وكالة «رويترز». وقال …': the sentence ends with the name
            continue
        if words and _is_quote_at(text, words[-1][1] - 1) and not tok[2].startswith(_DEFINITE_PREFIXES):
            break  # 'ووفقا لـ"رويترز" تعتزم الشركة': the quoted name ends before the clause
        gap = text[(words[-1][1] if words else start) : tok[0]]
        if words and any(ch in gap for ch in "،,؛.:"):
            break
        relative_verb = all(w[2] == lx.RELATIVE_MA for w in words)  # "بحسب ما صرح X"
        if tok[2] in _ACCORDING_OPENERS or len(words) >= 12 \
                or (words and tok[2] in CUE_FORMS and not relative_verb):
            break
        if words and (tok[2] in _ADJUNCTS or (tok[2][:1] == _LAM and _is_quote_at(text, tok[0] + 1))):
            break
        if verb_subject is not None and words and _starts_object(lay, words[-1], tok[2]):
            break  # "بحسب ما أفاد مسؤول محلي وكالة الأنباء": the addressee follows the subject
        words.append(tok)
        if text[tok[1] - 1 : tok[1]] in "،,.":
            break
    if not words:
        return None
    span_start = words[0][0]
    obj = text[span_start : words[-1][1]].strip(_PUNCT_STRIP)
    # "لـ" / "ل" glued to the object: "وفقا لإعلان المركز"; "للسلطة" is ل + السلطة.
    lam_article = obj.startswith(lx.ARTICLE_AFTER_LAM)
    if lam_article:
        obj = "\N{ARABIC LETTER ALEF}" + obj[1:]
        span_start += 1
    elif obj.startswith(_LAM) and _takes_lam(_word_before(text, start)):
        # ("حسب لين روت": only "وفقا"، "طبقا" … take the preposition; after "حسب" it is a letter of the name)
        obj = obj[1:].lstrip(" " + _QUOTE_CHARS)
        span_start = text.find(obj[:3], span_start) if obj else span_start
    document = None
    obj_words = obj.split()
    bare_doc = obj_words[0][len(_ARTICLE):] if obj_words and obj_words[0].startswith(_ARTICLE) else obj_words[0] if obj_words else ""
    if bare_doc in _ISSUED_DOCUMENTS:
        positions = []
        at = span_start
        for w in obj_words:
            at = text.find(w, at)
            positions.append(at)
            at += len(w)
        issuer = _document_issuer_start(text, lay, obj_words, positions)
        if issuer is not None:  # "وفقا لتقرير صادر عن البنك الدولي": the issuer is the source
            span_start = positions[issuer]
            obj = text[span_start : words[-1][1]].strip(_PUNCT_STRIP)
            verb_subject = span_start
    for doc in _ACCORDING_DOCS:
        if obj.startswith(doc + " ") or obj == doc:
            if doc == obj:
                return None
            document = _strip_span(text, text.find(obj, span_start), words[-1][1])
            span_start = text.find(obj, span_start) + len(doc) + 1
            obj = obj[len(doc) + 1 :]
            break
    obj_words = obj.split()
    # "حسبما أعلن X" / "بحسب ما ذكرته X": the verb is not part of the source.
    while obj_words and (obj_words[0] == lx.RELATIVE_MA or obj_words[0] in CUE_FORMS
                         or obj_words[0][:-1] in CUE_FORMS or obj_words[0][:-2] in CUE_FORMS):
        span_start = text.find(obj_words[0], span_start) + len(obj_words[0])
        obj_words = obj_words[1:]
    # "حسبما أوردت الوكالة": after a relative ما any verb comes first, not only a cue.
    if text[max(0, start - 3) : start].rstrip().endswith(lx.RELATIVE_MA) and len(obj_words) > 1 \
            and obj_words[0] not in _SOURCE_HEADS and not obj_words[0].startswith(_ARTICLE):
        span_start = text.find(obj_words[0], span_start) + len(obj_words[0])
        obj_words = obj_words[1:]
    head = obj_words[0] if obj_words else ""
    if not head or head in _ACCORDING_NON or head.isdigit():
        return None
    if head in _DEFINITE_DOCUMENTS and len(obj_words) > 1 and obj_words[1] not in _SIGNED_WORDS:
        # "وطبقا للبيان استهدفت الضربات": the statement named before is the source.
        start_at = text.find(head, span_start)
        return (start_at - 1, start_at + len(head)) if lam_article else (start_at, start_at + len(head))
    lead = text[span_start:words[-1][1]].lstrip()
    # 'لـ"رويترز"' and "(جارديان)" set a name off as one.
    quoted = bool(lead) and lead[0] in _QUOTE_CHARS + "(" or _is_quote_at(text, span_start - 1)
    if verb_subject is not None and head not in _INANIMATE and not _is_adjunct(head) \
            and not lay.has_pronoun_suffix(span_start, span_start + len(head)):
        quoted = True  # "حسبما أفاد بول بيكار": the subject of a verb of saying is a source
    written = lay.original_word(span_start, span_start + len(head)).strip(_PUNCT_STRIP)
    if not (quoted or _is_source_head(head, written) or " ".join(obj_words[:2]) in _SOURCE_HEADS):
        if document and len(obj_words) == 1 and obj_words[0] in _OFFICIAL_ADJECTIVES:
            return document  # "وفق بيان رسمي": an unsigned document is the source
        if after_quote and 1 <= len(obj_words) <= 3 and not text[words[-1][1] : words[-1][1] + 1].strip(" ،,.") \
                and all(w not in _LEXICAL_WORDS and not w.startswith(_ARTICLE) for w in obj_words):
            return _strip_span(text, span_start, words[-1][1])  # '"…"، بحسب باكوفيتش': a bare name
        if len(obj_words) == 1 and _named_before(text, span_start, head):
            span = _strip_span(text, span_start, words[-1][1])  # "ووفقا للزكري، فإن …" after "سعد الزكري"
            return (span[0] - 1, span[1]) if lam_article else span
        return None
    span = _strip_span(text, span_start, words[-1][1])
    return (span[0] - 1, span[1]) if lam_article else span


def _named_before(text: str, at: int, word: str) -> bool:
    """Return whether a family name was written earlier in the article after a given name or title.

    "وقال سعد الزكري إن …" earlier makes "ووفقا للزكري" a source; a common word is not.
    """
    if len(word) < 3 or word in _LEXICAL_WORDS or word in _STATES or word_class(word) is not None \
            or not (word.startswith(_ARTICLE) or name_score(word) >= 0.5 or looks_foreign(word)):
        return False
    found = text.find(word, 0, max(0, at - 1))
    while found >= 0:  # (whole words only; no pattern compiled per call)
        end = found + len(word)
        if (found == 0 or not text[found - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            before = _tokens(text, max(0, found - 30), found)[-1:]
            if before and (before[0][2] in _GIVEN or before[0][2] in _PERSON_HEADS or name_score(before[0][2]) >= 0.5):
                return True
        found = text.find(word, end, max(0, at - 1))
    return False


def _is_source_head(word: str, written: str = "") -> bool:
    """Return whether a word heads a source: a listed head, with or without its article or feminine ending.

    "الاختصاصية" and "خبيرة" are sources as "اختصاصي" and "خبير" are; so are states ("كييف").
    ``written`` is the word as written, which tells the feminine ة from a pronoun ("عليه").
    """
    bare = word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word
    return word in _SOURCE_HEADS or bare in _SOURCE_HEADS or word in _STATES \
        or (written.endswith("\N{ARABIC LETTER TEH MARBUTA}") and bare[:-1] in _ROLE_WORDS) \
        or (bare.endswith("ين") and bare[:-2] + "ون" in _SOURCE_HEADS)  # "بحسب المحللين"، "مقربين منه"


def statement_frames(text: str, lay: Layout) -> list[Frame]:
    """Return frames of "وجاء في بيان الوزارة أن …": the document's author speaks.

    "بيانها" (a pronoun on the document) continues the previous speaker.
    """
    frames: list[Frame] = []
    if _STATEMENT_DOC_RE.search(text) is None:
        return frames
    para_starts = [p[0] for p in lay.paragraphs]
    for m in _STATEMENT_RE.finditer(text):
        pi = max(0, bisect_right(para_starts, m.start()) - 1)
        ps, pe = lay.paragraphs[pi]
        if lay.quote_at(m.start()) is not None:
            continue
        opener = find_content_opener(text, lay, m.end(), min(pe, m.end() + 160))
        if opener is None or len(_TOKEN_RE.findall(text, m.end(), opener.start())) > 8:
            continue
        if _CUE_RE.search(text, m.end(), opener.start()):
            continue  # "كما جاء في رسالة الوزير، قال …": the opener belongs to the next cue
        lead = len(text[m.end() : opener.start()]) - len(text[m.end() : opener.start()].lstrip())
        lam_article = text.startswith(lx.ARTICLE_AFTER_LAM, m.end() + lead)
        # "بيان للحكومة المحلية": parse from the article's ل, then name "الحكومة".
        mention, _behalf = subject_mention(text, lay, m.end() + lead + lam_article, opener.start())
        if mention and lam_article:
            mention = (mention[0] - 1, mention[1])
        link = "explicit" if mention else "continuation"
        content_from = opener.start() if opener.lastgroup == "quote" else opener.end()
        start, end, closed = content_span(text, lay, content_from, pe, to_paragraph_end=opener.lastgroup == "colon")
        verb = text[m.start() : m.end()].split()[0]  # the match starts with the verb
        # The cue is written without its conjunction: "جاء في بيان" of "وجاء في بيان".
        cue_start = m.start() + (verb not in _STATEMENT_BARE and verb[:1] == lx.CONJUNCTION_PREFIXES[0])
        frame = Frame(rule="statement_that", cue=text[cue_start : m.end()], cue_start=cue_start, cue_end=m.end(),
                      content_start=start, content_end=end, mention=mention,
                      link=link, paragraph=pi, sentence_start=lay.sentence_start_before(m.start(), ps),
                      closed=closed)
        frame.kind = classify_kind(text, start, end, closed, opener.lastgroup == "colon")
        frame.clause_level = True
        if mention and lam_article:
            frame.lam_article = True
        frames.append(frame)
    return frames


def colon_frames(text: str, lay: Layout, taken: Sequence[Frame]) -> list[Frame]:
    """Return "NAME: CONTENT" frames opening a paragraph (headlines, transcript turns).

    "بوتين: العلاقات الروسية الفلسطينية راسخة" → speaker بوتين, the rest is the quote.
    Labels ("المصدر:"، "رابط الخبر:") and bylines ("سبق- الرياض:") are not speakers.
    """
    frames: list[Frame] = []
    first_cue: dict[int, int] = {}
    for f in taken:
        first_cue.setdefault(f.paragraph, f.cue_start)
        first_cue[f.paragraph] = min(first_cue[f.paragraph], f.cue_start)
    for pi, (ps, pe) in enumerate(lay.paragraphs):
        colon = text.find(":", ps, min(pe, ps + 130))
        if colon - ps > 90 and text[ps:pe].split(maxsplit=1)[0].strip(_PUNCT_STRIP + _BULLETS) not in _PERSON_HEADS:
            continue  # (only a name or title lets a prefix run long)
        if colon < 0 or _URL_LINE_RE.match(text, ps) or first_cue.get(pi, pe) < colon:
            continue
        name_start, name_end = _strip_span(text, ps, colon)
        while name_start < name_end and text[name_start] in _BULLETS:
            name_start += 1
        name_start, name_end = _strip_span(text, name_start, name_end)
        kept_end = _drop_exclusive_tail(text, lay, name_start, name_end)
        exclusive, name_end = kept_end < name_end, kept_end  # 'مصدر أمني لـ"الشروق":' speaks to an outlet
        prefix = text[name_start:name_end]
        subject_end = _headline_subject_end(text, name_start, name_end)
        if subject_end == name_start:
            continue  # "الأهلي يتعاقد مع مهاجم:" is a section heading, not a speaker
        if subject_end is not None:
            name_end = subject_end  # "روسيا تدافع عن دعوتها وفد حماس:" → "روسيا"
            prefix = text[name_start:name_end]
        elif fold_word(prefix.strip(_PUNCT_STRIP)) in _PLACES:
            continue  # "تونس: اعتقال …" is a dateline, not a speaker
        if _CUE_RE.search(prefix) or any(w.strip(_PUNCT_STRIP) in _COLON_BREAKERS for w in prefix.split()):
            continue  # "وحول الإجراءات، قال:" is a verb frame; "أستطيع أن أقول:" is no name
        words = prefix.split()
        # A name or title first lets a long role follow: "محمد الحارثي رئيس لجنة … في مجلس الشورى:".
        longest = 12 if words and words[0].strip(_PUNCT_STRIP) in _PERSON_HEADS else 7
        if not 1 <= len(words) <= longest or any(ch in prefix for ch in "-–—/|@#_=0123456789:."):
            continue
        first = words[0].strip(_PUNCT_STRIP)
        last = words[-1].strip(_PUNCT_STRIP)
        if first in _ADJUNCTS or (len(words) == 1 and first in _HONORIFIC_WORDS):
            continue  # "- في عيونهم:", "الأستاذ:" label a list
        if first.startswith(lx.CONJUNCTION_PREFIXES[0]) and first not in _SOURCE_HEADS and first[1:] not in _SOURCE_HEADS \
                and not first[1:].startswith(_ARTICLE):
            continue  # "ويضم النادي:" is narration introducing a list
        if (first in _COLON_LABELS or last in _COLON_LABELS or fold_word(first) in _COLON_LABELS) \
                and not (exclusive and len(words) > 1):
            continue
        start, end, closed = content_span(text, lay, colon + 1, pe, to_paragraph_end=True)
        start, end = _strip_span(text, start, end)
        if start >= end and pi + 1 < len(lay.paragraphs) and not _cue_before(text, lay, *lay.paragraphs[pi + 1]) \
                and _is_quote_at(text, lay.paragraphs[pi + 1][0]) and pi + 1 not in first_cue:
            # "رئيس الوزراء:" alone on its line, «the words» on the next one ("المقادير:" or "أمانة
            # منطقة الرياض:" then an item is a list, not speech)
            start, end, closed = _next_paragraph_content(text, lay, pi, start, end, closed)
            start, end = _strip_span(text, start, end)
        if _word_count(text[start:end]) < 3:
            continue
        mention = _strip_adjunct_tail(text, name_start, name_end)
        if not _named_enough(text, mention, colon) or _is_dateline(text, mention):
            continue
        frame = Frame(rule="colon_turn", cue=":", cue_start=colon, cue_end=colon + 1,
                      content_start=start, content_end=end, kind="direct", mention=mention,
                      link="colon", paragraph=pi, sentence_start=ps, closed=closed)
        frame.clause_level = True
        frames.append(frame)
    return frames


def _drop_exclusive_tail(text: str, lay: Layout, start: int, end: int) -> int:
    """Return where a colon prefix ends without its outlet: 'الخبير فلان لـ«الصحيفة»:' → after فلان."""
    close = end - 1 if _is_quote_at(text, end - 1) else end  # (a stripped span stops before the mark)
    span = lay.quote_at(close) if _is_quote_at(text, close) else None
    if span is None or span[1] != close + 1:
        return end
    lead = text[start : span[0]].rstrip()
    if lead.endswith(" " + _LAM) or lead == _LAM:
        return _strip_span(text, start, len(lead) + start - 1)[1]
    return end


def _headline_subject_end(text: str, start: int, end: int) -> int | None:
    """Return where the subject of a colon prefix with a verb ends, ``start`` if it names nobody.

    "روسيا تدافع عن دعوتها وفد حماس:" → after "روسيا" (a place, an institution or a name
    before the verb speaks); "الأهلي يتعاقد مع مهاجم:" → ``start`` (a heading). ``None``
    when the prefix has no verb.
    """
    tokens = _tokens(text, start, end)
    verb = next((i for i, tok in enumerate(tokens) if i and _is_imperfect_verb(tok[2])), None)
    if verb is None:
        return None
    subject = [tok[2] for tok in tokens[:verb]]
    names_source = _is_quote_at(text, start - 1) or _is_quote_at(text, start) or any(
        w in _SOURCE_HEADS or w in _STATES or (w.startswith(_ARTICLE) and w[2:] in _SOURCE_HEADS) for w in subject)
    if not names_source or len(subject) > 4:
        return start
    return _strip_span(text, start, tokens[verb][0])[1]


def _named_enough(text: str, mention: tuple[int, int], colon: int) -> bool:
    """Return whether a colon prefix names a speaker rather than labels a definition.

    "-الجمال : أن ترى …" and "الدرس الثاني:" are labels; a prefix counts when it is
    quoted, has a given name, title or institution head, is a bare proper name, or is a
    definite word the article uses again ("البذال: …" with "كشف البذال" below).
    """
    if mention[0] > 0 and text[mention[0] - 1] in _QUOTE_CHARS:
        return True
    words = [w.strip(_PUNCT_STRIP) for w in text[mention[0] : mention[1]].split()]
    if any(w in _PERSON_HEADS or w in _SOURCE_HEADS for w in words):
        return True
    definite = [w for w in words if w.startswith(_DEFINITE_PREFIXES)]
    if not definite:
        return True
    return len(words) == 1 and next(whole_word_spans(text[colon:], words[0]), None) is not None


def _is_dateline(text: str, mention: tuple[int, int]) -> bool:
    """Return whether a one-word colon prefix is a town dateline rather than a speaker.

    "تربة: افتتاح مركز صحي" names a place; "البذال: …" or "لافروف: …" name someone the
    article introduces as a person ("كشف البذال"، "سيرغي لافروف"). An unknown bare word
    counts as a speaker only when the article writes it next to a given name, a title or a
    verb of saying somewhere else.
    """
    word = text[mention[0] : mention[1]].strip(_PUNCT_STRIP)
    if " " in word or not word or (mention[0] > 0 and _is_quote_at(text, mention[0] - 1)):
        return False
    if word in _LEXICAL_WORDS or word in _STATES or word.startswith(_ARTICLE):
        return False
    if " " + _ARTICLE + word in text:
        return False  # "علماء: …" with "العلماء" below: a common noun for a group, not a town
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and at != mention[0]:
            before = _tokens(text, max(0, at - 40), at)[-2:]
            after = _tokens(text, end, min(len(text), end + 20))[:1]
            near = [w for _s, _e, w in before + after]
            if any(w in _PERSON_HEADS or w in _COMPOUND_SECONDS or _CUE_RE.fullmatch(w) for w in near):
                return False
        at = text.find(word, end)
    return True


def _strip_adjunct_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop 'لـ"سبوتنيك"' from 'مستشار الرئيس الفلسطيني لـ"سبوتنيك"'."""
    for tok_start, _tok_end, word in _tokens(text, start, end):
        if tok_start > start and (word == _LAM or (word.startswith(_LAM) and (_is_quote_at(text, tok_start + 1) or text[tok_start + 1 : tok_start + 2] == " "))):
            return _strip_span(text, start, tok_start)
    return _strip_span(text, start, end)


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


def interview_frames(text: str, lay: Layout, taken: Sequence[Frame]) -> list[Frame]:
    """Return one direct quote per answer paragraph of a Q&A interview.

    An interview alternates question paragraphs (short, with a question word, ending in
    ؟) and answers at least twice, after a named speaker was introduced; each paragraph
    after a question, up to the next one, is an answer of the interviewee.
    """
    questions = [i for i, (ps, pe) in enumerate(lay.paragraphs) if _is_question(text, ps, pe)]
    qset = set(questions)
    alternations = sum(1 for i in questions if i + 1 < len(lay.paragraphs) and i + 1 not in qset)
    if alternations < 2:
        return []
    # Two alternations need an interview marker, three do without.
    marker = _INTERVIEW_RE.search(text) is not None
    if alternations == 2 and not marker:
        return []
    labelled = any(_qa_label(text, *lay.paragraphs[i]) for i in questions)
    if not labelled and not any(f.mention and f.paragraph < questions[0] for f in taken) \
            and not (marker and _names_interviewee(text, lay, questions[0])):
        return []  # nobody named before the questions: rhetorical questions of a column
    # Explicitly attributed paragraphs are not answers; subject-less cues inside an
    # answer ("وتعلن تأييدها") belong to the answer.
    has_frame = {f.paragraph for f in taken if f.link not in ("continuation", "participle")}
    frames: list[Frame] = []
    for i in range(questions[0] + 1, len(lay.paragraphs)):
        if i in qset or i in has_frame:
            continue
        ps, pe = lay.paragraphs[i]
        label = _qa_label(text, ps, pe)
        start, end = _strip_span(text, ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip()) + label.end() if label else 0), pe)
        if _word_count(text[start:end]) < 5 or _INTERVIEW_RE.match(text, start):
            continue
        frame = Frame(rule="interview_answer", cue="answer", cue_start=-1, cue_end=-1,
                      content_start=start, content_end=end, kind="direct", link="answer",
                      paragraph=i, sentence_start=ps, closed=True)
        frame.clause_level = True
        frames.append(frame)
    return frames


def _names_interviewee(text: str, lay: Layout, first_question: int) -> bool:
    """Return whether the paragraphs before the first question name a person: "التقت الصحيفة الفنانة سلمى يوسف".

    A title, honorific or given name followed by a name-like word.
    """
    if first_question == 0:
        return False
    start, end = lay.paragraphs[0][0], lay.paragraphs[first_question - 1][1]
    tokens = _tokens(text, start, end)
    return any(w in _PERSON_HEADS and _is_bare_name_word(tokens[k + 1][2])
               for k, (_s, _e, w) in enumerate(tokens[:-1]))


def _drop_trailing_clause_word(text: str, start: int, end: int) -> int:
    """Return ``end`` without a clause opener that belongs to the next frame: "اكتمل، كما" → "اكتمل"."""
    start, end = _strip_span(text, start, end)
    space = text.rfind(" ", start, end)
    if space > start and text[space + 1 : end] in _CLAUSE_WORDS:
        before = text[start:space].rstrip()
        if before and before[-1] not in _PUNCT_STRIP:  # (a closing bracket would be stripped with it)
            return space
    return end


def settle(frames: list[Frame], text: str) -> list[Frame]:
    """Order frames, end each content at the next clause-level frame, drop nested ones.

    "… أن الجمعية مستمرة، مؤكدا أن …": the participle ends the first content; a bare
    verb inside someone's content ("قال إن الوزارة أكدت أن") is nested speech and dropped.
    """
    frames.sort(key=lambda f: (f.cue_start if f.cue_start >= 0 else f.content_start, f.content_start))
    kept: list[Frame] = []
    for frame in frames:
        anchor = frame.cue_start if frame.phrase_start is None else frame.phrase_start
        if frame.link == "subject_first" and frame.mention:
            anchor = min(anchor, frame.mention[0])
        if kept:
            prev = kept[-1]
            inside = prev.content_start <= anchor < prev.content_end
            if frame.own_tag and (inside or frame.content_start < prev.content_end):
                if inside and not prev.closed:  # "وأكد أن …، على حد تعبيره": the tag ends the words
                    prev.content_start, prev.content_end = _strip_span(text, prev.content_start, anchor)
                continue
            if inside and (prev.closed or not frame.clause_level):
                continue
            if inside and frame.content_start < anchor:
                continue  # "… حسب X" inside someone's speech is their citation
            if frame.link == "according_to" and frame.content_start <= prev.cue_start < frame.content_end:
                continue  # 'وأوضح البيان أن "…"، بحسب الوكالة': the agency relays the cued speech
            if inside:
                prev.content_end = _drop_trailing_clause_word(text, prev.content_start, anchor)
                prev.content_start, prev.content_end = _strip_span(text, prev.content_start, prev.content_end)
                if prev.content_end - prev.content_start < 3:
                    kept.pop()
        kept.append(frame)
    result = []
    for frame in kept:
        frame.content_start, frame.content_end = _strip_span(text, frame.content_start, frame.content_end)
        if frame.content_end - frame.content_start >= 3 and _word_count(text[frame.content_start:frame.content_end]) >= 2:
            result.append(frame)
    return result


def extract_frames(body: str, paragraphs: Sequence[tuple[int, int]] = ()) -> tuple[Folded, list[Frame]]:
    """Return the folded body and every frame found in it (folded offsets)."""
    folded = fold(body)
    text = folded.text
    if paragraphs:
        paras = tuple((folded.from_original(s), folded.from_original(e)) for s, e in paragraphs)
    else:
        paras = split_paragraphs(text)
    if not paras:
        return folded, []
    lay = layout(text, paras, folded, body)
    postposed = as_said_frames(text, lay)
    cues = list(_CUE_RE.finditer(text))  # (one pass, shared by the rules that start at a cue)
    postposed += [f for f in postposed_frames(text, lay, cues) if all(f.cue_start != g.cue_start for g in postposed)]
    postposed += [f for f in parenthetical_frames(text, lay, cues) if all(f.cue_start != g.cue_start for g in postposed)]
    taken = {f.cue_start for f in postposed}
    frames = [f for f in frames_from_cues(text, lay, cues) if f.cue_start not in taken] + postposed
    # "…، على حد قوله" tags the words of someone already quoted.
    frames += [f for f in own_words_frames(text, lay) if any(g.cue_start < f.cue_start for g in frames)]
    according = according_to_frames(text, lay)
    # "وأشار بحسب الصحيفة إلى أن …": the verb's content is the according-to source's report.
    spans = {(f.content_start, f.content_end) for f in according if f.inside_verb}
    frames = [f for f in frames if (f.content_start, f.content_end) not in spans] + according
    frames += statement_frames(text, lay)
    # "نقلت الوكالة عن مصدر قوله إن …" is already a relayed verb frame.
    frames += [f for f in masdar_frames(text, lay)
               if not any(g.content_start <= f.content_start < g.content_end or g.cue_start == f.cue_start for g in frames)]
    frames += [f for f in lede_quote_frames(text, lay)
               if not any(g.content_start <= f.content_start < g.content_end for g in frames)]
    frames += colon_frames(text, lay, frames)
    frames += interview_frames(text, lay, frames)
    frames += continued_quotation_frames(text, lay, frames)
    return folded, settle(frames, text)
