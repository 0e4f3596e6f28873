"""Attributions written after or inside what is said: "…، كما قال X"، "«…»، قال X"، a verb set off by commas, "على حد قوله", and a quotation opening a paragraph with its speaker named after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import (
    _ACCORDING_SKIPPED,
    _ARTICLE,
    _COMMA_RE,
    _CUE_RE,
    _DEFINITE_PREFIXES,
    _GIVEN,
    _LAM,
    _OPENER_RE,
    _PERSON_HEADS,
    _POINTERS,
    _PUNCT_STRIP,
    _QUOTE_CHARS,
    _SKIPPABLE,
    _SOURCE_HEADS,
    _STATES,
    _THEOPHORIC,
    _TOPIC_OPENERS,
    CUE_FORMS,
    Frame,
    Layout,
    _cue_before,
    _folded_set,
    _is_adjunct,
    _is_bare_name_word,
    _is_imperfect_verb,
    _is_quote_at,
    _noun_complement_region,
    _strip_span,
    _tokens,
    _word_count,
    classify_kind,
    find_content_opener,
    fold_word,
    subject_mention,
    trie_pattern,
)
from attribution.arabic.words import name_score, word_class

_KUNYA: Final = _folded_set(lx.KUNYA_PARTICLES)
# An age in apposition right after a name: "سمر (39 عاما)"، "سمر، 39 عاما،".
_AGE_AFTER_RE: Final = re.compile(r"\s*[(،,\-–]\s*\d{1,3}\s*(?:" + "|".join(map(re.escape, lx.COUNT_UNITS[:3])) + r")(?!\w)")


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
        return True  # "القاص المصري عبد الرحيم صبحي": a profession we do not list, then a name
    if head in _KUNYA and len(words) >= 2:
        return True  # "أبو محمد"، "أم خالد"
    if len(words) == 1 and _is_bare_name_word(head) and not _is_imperfect_verb(head) \
            and _AGE_AFTER_RE.match(text, mention[1]):
        return True  # "سمر (39 عاما)": a given name with the person's age
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
        age = _AGE_AFTER_RE.search(text, mention[0], min(len(text), mention[1] + 12)) if mention else None
        if mention is not None and age is not None and age.start() < mention[1]:
            mention = _strip_span(text, mention[0], age.start())  # "سمر (39 عاما)": the name
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
