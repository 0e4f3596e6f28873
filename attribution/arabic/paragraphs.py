"""Frames a paragraph's layout makes: "NAME: CONTENT" lines (headlines, transcripts), the answers of a Q&A interview, and paragraphs that continue a quotation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import (
    _ADJUNCTS,
    _ARTICLE,
    _BULLETS,
    _COLON_LABELS,
    _COMPOUND_SECONDS,
    _CUE_RE,
    _DEFINITE_PREFIXES,
    _HONORIFIC_WORDS,
    _LAM,
    _LEXICAL_WORDS,
    _PERSON_HEADS,
    _PLACES,
    _PUNCT_STRIP,
    _QUOTE_CHARS,
    _SOURCE_HEADS,
    _STATES,
    _URL_LINE_RE,
    Frame,
    Layout,
    _cue_before,
    _folded_set,
    _is_bare_name_word,
    _is_imperfect_verb,
    _is_question,
    _is_quote_at,
    _next_paragraph_content,
    _qa_label,
    _strip_span,
    _tokens,
    _word_count,
    content_span,
    fold_word,
    whole_word_spans,
)

_COLON_BREAKERS: Final = _folded_set(lx.COLON_PREFIX_BREAKERS)


_INTERVIEW_RE: Final = re.compile("|".join(re.escape(fold_word(w)) for w in lx.INTERVIEW_MARKERS))


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
        if _word_count(text[start:end]) < 3 or _is_quoted_subheading(text, start, end):
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


_SUBHEADING_MAX_WORDS: Final = 5
_CLAUSE_MARKS: Final = frozenset(".،,؛;!؟?:")


def _is_quoted_subheading(text: str, start: int, end: int) -> bool:
    """Return whether a paragraph-long quotation is a subheading: a few words and no punctuation.

    '"مركز مالي قوي"' on a line of its own titles the section after it (a pull quote or a
    heading set in quotation marks); words a speaker goes on with make a sentence.
    """
    inner = text[start:end]
    return _word_count(inner) <= _SUBHEADING_MAX_WORDS and not any(c in _CLAUSE_MARKS for c in inner)


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
