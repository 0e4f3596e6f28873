"""Attribution by an according-to phrase: "وفقا لـ"، "بحسب"، "نقلا عن"، "على لسان", and relayed verbs ("حسبما أفاد")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import (
    _ACCORDING_FORMS,
    _ACCORDING_RE,
    _ACCORDING_SKIPPED,
    _ADJUNCTS,
    _ANY_QUOTE_RE,
    _ARTICLE,
    _COMPLEMENTIZER_WORDS,
    _COMPOUND_SECONDS,
    _CUE_RE,
    _DEFINITE_PREFIXES,
    _GIVEN,
    _HONORIFIC_WORDS,
    _INANIMATE,
    _ISSUED_DOCUMENTS,
    _LAM,
    _LEXICAL_WORDS,
    _NEGATIONS,
    _PERSON_HEADS,
    _PUNCT_STRIP,
    _QUOTE_CHARS,
    _ROLE_WORDS,
    _SOURCE_HEADS,
    _STATES,
    _SUBJECT_END_PREPS,
    _THEOPHORIC,
    _URL_LINE_RE,
    CUE_FORMS,
    Frame,
    Layout,
    _folded_set,
    _is_adjunct,
    _is_imperfect_verb,
    _is_inanimate,
    _is_quote_at,
    _relay_source,
    _short_quote_at,
    _skip_addressee,
    _starts_object,
    _strip_span,
    _tokens,
    _word_before,
    _word_count,
    anchored_matches,
    classify_kind,
    find_content_opener,
    fold_word,
)
from attribution.arabic.words import looks_foreign, name_score, word_class

# Every match holds the first word of a form, at most one letter (و) after its start: a
# ``str.find`` of those words finds the few places the pattern can match.
_ACCORDING_LAM: Final = frozenset(map(fold_word, lx.ACCORDING_TO_LAM))


_ACCORDING_FIRST: Final = {form.split()[0] for form in (*_ACCORDING_FORMS, *map(fold_word, lx.ACCORDING_TO_LAM))}


_ACCORDING_ANCHORS: Final = tuple(sorted(w for w in _ACCORDING_FIRST if not any(o != w and o in w for o in _ACCORDING_FIRST)))


_ACCORDING_REACH: Final = 1 + max(min(w.find(a) for a in _ACCORDING_ANCHORS if a in w) for w in _ACCORDING_FIRST)


_DEFINITE_DOCUMENTS: Final = frozenset(w for w in _folded_set(lx.DOCUMENT_NOUNS) if w.startswith(lx.ARTICLE))


_SIGNED_WORDS: Final = _folded_set(lx.SIGNED_PARTICIPLES)


_ACCORDING_OPENERS: Final = _folded_set(lx.ACCORDING_CONTENT_OPENERS)


# After an according-to source: "، فإن …" / "أن …" open the content.
_CONTENT_LEAD_RE: Final = re.compile(r"[\s،,]*(?:(?:" + "|".join(fold_word(w) for w in lx.ACCORDING_LEAD_WORDS)
                              + r")\s)?")


_ACCORDING_NON: Final = _folded_set(lx.ACCORDING_NON_SPEAKERS)


_ACCORDING_DOCS: Final = tuple(sorted((fold_word(w) for w in lx.ACCORDING_DOCS), key=len, reverse=True))


_ACCORDING_VERBS: Final = _folded_set(lx.ACCORDING_RELATIVE_VERBS)


_ACCORDING_VERB_SUFFIXES: Final = tuple(fold_word(s) for s in lx.ACCORDING_VERB_OBJECT_SUFFIXES)


_ISSUER_LINKS: Final = _folded_set(lx.DOCUMENT_ISSUER_LINKS)


_ISSUER_PREPS: Final = _folded_set(lx.ISSUER_PREPOSITIONS)


_OFFICIAL_ADJECTIVES: Final = _folded_set(lx.OFFICIAL_ADJECTIVES)


def _takes_lam(word: str) -> bool:
    """Tell whether an according-to word takes the preposition لـ: "وفقا"، "وطبقا" (not "حسب")."""
    return word in _ACCORDING_LAM or word[:1] == lx.CONJUNCTION_PREFIXES[0] and word[1:] in _ACCORDING_LAM


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
            if after == mention[1] and (late := _content_after_comma(text, mention[1], se)) is not None:
                comma, after = late  # "وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن …"
                mention = _with_titled_holder(text, mention, comma)
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
    the comma, "بحسب مسؤول في الوزارة تراجع …" → at the verb; without such an adjunct,
    ``end`` (past a closing quotation mark).
    """
    if _is_quote_at(text, end):
        end += 1  # 'ذكره موقع "المدن"، فإن': the source's quoted name closes first
    tokens = _tokens(text, end, sentence_end)[:6]
    if not tokens or not (_is_adjunct(tokens[0][2]) or tokens[0][2][:1] == _LAM):
        return end
    place = _is_adjunct(tokens[0][2]) and not any(_is_quote_at(text, i) for i in range(end, tokens[-1][1]))
    previous, previous_end = "", end
    for n, (tok_start, tok_end, word) in enumerate(tokens):
        if word in CUE_FORMS or word in _COMPLEMENTIZER_WORDS or word in _ACCORDING_OPENERS:
            return end
        if place and previous and not text[previous_end:tok_start].strip() and text[tok_start].isalpha() \
                and _opens_clause([previous], word, tokens[n + 1][2] if n + 1 < len(tokens) else ""):
            return tok_start  # "بحسب مسؤول في الوزارة تراجع …": no comma, the verb opens the content
        if text[tok_end : tok_end + 1] in ("،", ","):
            return tok_end + 1
        previous, previous_end = word, tok_end
    return end


# A comma and one of these end a long according-to source: its content follows.
_LATE_LEADS: Final = _folded_set((*lx.ACCORDING_LEAD_WORDS, "إن", "بأن"))
_LATE_REACH: Final = 16  # words of attachments a source may carry before that comma


def _content_after_comma(text: str, source_end: int, sentence_end: int) -> tuple[int, int] | None:
    """Return the comma ending a long according-to source and where the content starts after it.

    "وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن …", "بحسب مصادر غربية متابعة لنشاط
    المتشددين، فإن …": at the head of a sentence, a complementizer after a comma opens the
    content, whatever attaches to the source before it. ``None`` when another comma, a
    quotation or a colon comes first, a verb of saying follows the source, or the comma is
    out of reach.
    """
    tokens = _tokens(text, source_end, sentence_end)[: _LATE_REACH + 1]
    previous_end = source_end
    for n, (start, end, word) in enumerate(tokens):
        gap = text[previous_end:start]
        if "،" in gap or "," in gap:
            return (previous_end, end) if n and fold_word(word) in _LATE_LEADS else None
        if any(c in text[previous_end:end] for c in _QUOTE_CHARS + ":؛;."):
            return None
        if not n and (form := CUE_FORMS.get(word)) is not None and not form.participle:
            return None  # "بحسب الصحيفة قال …": a verb of saying opens its own clause ("مصادر متابعة" qualifies)
        previous_end = end
    return None


def _with_titled_holder(text: str, mention: tuple[int, int], comma: int) -> tuple[int, int]:
    """Extend an according-to source to a title and a name that close it before ``comma``.

    "بحسب مساعد مدير التعليم في المحافظة للشؤون المدرسية الأستاذ ناصر العلي، أن …": the
    office's holder is named last; without such a name the source stays as found.
    """
    words = [fold_word(w) for _s, _e, w in _tokens(text, mention[1], comma)]
    titled = [n for n, w in enumerate(words) if w in _HONORIFIC_WORDS]
    if titled and 1 <= len(words) - titled[-1] - 1 <= 4 \
            and not any(word_class(w) is not None for w in words[titled[-1] + 1 :]):
        return mention[0], comma
    return mention


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
    clause_next = False  # the words after the source open the content's clause
    for n, tok in enumerate(tokens):
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
        following = tokens[n + 1][2] if n + 1 < len(tokens) else ""
        if words and verb_subject is None and not relative_verb and not gap.strip() and text[tok[0]].isalpha() \
                and _opens_clause([w[2] for w in words], tok[2], following):
            clause_next = True
            break  # "ووفقا للرفاعي ارتفعت الأسعار …": no comma, the clause opens with its verb
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
    if head in _DEFINITE_DOCUMENTS and (clause_next or len(obj_words) > 1 and obj_words[1] not in _SIGNED_WORDS):
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
            return _strip_span(text, span_start, words[-1][1])  # '"…"، بحسب ميلر': a bare name
        if len(obj_words) == 1 and _named_before(text, span_start, head):
            span = _strip_span(text, span_start, words[-1][1])  # "ووفقا للزكري، فإن …" after "سعد الزكري"
            return (span[0] - 1, span[1]) if lam_article else span
        return None
    span = _strip_span(text, span_start, words[-1][1])
    return (span[0] - 1, span[1]) if lam_article else span


def _opens_clause(source: list[str], word: str, following: str) -> bool:
    """Return whether ``word`` after a source's words opens the content's clause with a verb.

    After a definite noun or a name a verb starts a new clause ("وبحسب الوزير ارتفعت …",
    "ووفقا لسميث تعتزم …"); after an indefinite common noun it is mostly a relative clause
    describing the source ("بحسب مصدر أمني يعمل في …"), which stays in the mention, as does
    one whose verb the next word's pronoun refers back from ("تقرير أصدرته الوزارة اطلعت
    عليه …"). A verb-shaped name ("عز الدين"، "للمخرج سام منديز") is no verb. ``following`` is
    the word after ``word``.
    """
    cls = word_class(word)
    if not (cls == "verb" or cls is None and _is_imperfect_verb(word) and not looks_foreign(word)) \
            or word in _SOURCE_HEADS \
            or name_score(word) >= 0.5 or following in _COMPOUND_SECONDS \
            or (word_class(following) == "preposition" and following.endswith(lx.PRONOUN_SUFFIXES)):
        return False
    previous = source[-1]
    if previous.startswith(lx.ARTICLE_AFTER_LAM):
        previous = _ARTICLE + previous[len(lx.ARTICLE_AFTER_LAM):]  # "للرفاعي" is ل + "الرفاعي"
    if previous in _PERSON_HEADS:
        return False  # "وفقا للمخرج سام منديز": a title's next word is a name, whatever its shape
    if word_class(previous) not in (None, "masdar"):
        return False  # "صحيفة … التي تصدر": the relative's verb
    if previous.startswith(_DEFINITE_PREFIXES):
        return True
    return all(w not in _LEXICAL_WORDS and word_class(w) is None and (name_score(w) >= 0.5 or looks_foreign(w))
               for w in source)


def _named_before(text: str, at: int, word: str) -> bool:
    """Return whether a family name was written earlier in the article after a given name or title.

    "وقال سعد الزكري إن …" earlier makes "ووفقا للزكري" a source; a common word is not. A
    family name that is also a verbal noun ("العمران", building) counts only after a given
    name ("محمد العمران", "عبد الكريم العمران").
    """
    cls = word_class(word)
    if len(word) < 3 or word in _LEXICAL_WORDS or word in _STATES or cls not in (None, "masdar") \
            or not (word.startswith(_ARTICLE) or name_score(word) >= 0.5 or looks_foreign(word)):
        return False
    found = text.find(word, 0, max(0, at - 1))
    while found >= 0:  # (whole words only; no pattern compiled per call)
        end = found + len(word)
        if (found == 0 or not text[found - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            before = [w for _s, _e, w in _tokens(text, max(0, found - 40), found)[-2:]]
            given = bool(before) and (before[-1] in _GIVEN or before[0] == _THEOPHORIC)  # "عبد الكريم العمران"
            if given or before and cls is None and (before[-1] in _PERSON_HEADS or name_score(before[-1]) >= 0.5):
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
