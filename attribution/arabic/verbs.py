"""Frames of a verb or participle of saying and what follows it: "وقال الوزير إن …"، "مؤكدا أن …"، "قال: «…»"."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import (
    _ACCORDING_SKIPPED,
    _ADJUNCTS,
    _ARTICLE,
    _CLAUSE_WORDS,
    _COLON_LABELS,
    _COMPLEMENTIZER_WORDS,
    _CUE_RE,
    _DEFINITE_PREFIXES,
    _GIVEN,
    _HONORIFIC_WORDS,
    _ISSUED_DOCUMENTS,
    _LAM,
    _LEXICAL_WORDS,
    _NEGATIONS,
    _NOUN_OBJECTS,
    _OPENER_RE,
    _ORG_HEAD_WORDS,
    _PERSON_HEADS,
    _POINTERS,
    _PRE_VERB,
    _PUNCT_STRIP,
    _QUOTE_CHARS,
    _RELATIVE_WORDS,
    _RELAY_PREPOSITION_RE,
    _RELAY_SPEECH,
    _SKIPPABLE,
    _SOURCE_HEADS,
    _STATES,
    _SUBJECT_END_PREPS,
    _TOKEN_RE,
    _TOPIC_OPENERS,
    _URL_LINE_RE,
    _WEEKDAYS,
    CUE_FORMS,
    Frame,
    Layout,
    _carries_subject,
    _folded_set,
    _is_adjunct,
    _is_adverbial,
    _is_imperfect_verb,
    _is_inanimate,
    _is_quote_at,
    _names_someone,
    _next_paragraph_content,
    _noun_complement_region,
    _relay_source,
    _short_quote_at,
    _speech_noun_with_pronoun,
    _strip_span,
    _titled_given_name,
    _tokens,
    _verbal_noun_with_pronoun,
    _word_after,
    _word_before,
    _word_count,
    classify_kind,
    clause_subject,
    content_span,
    find_content_opener,
    fold_word,
    names_ali,
    opens_object,
    subject_mention,
    whole_word_spans,
)
from attribution.arabic.words import is_function_word, is_name_like, looks_foreign, word_class

_IMPERSONAL: Final = tuple(fold_word(w) for w in lx.IMPERSONAL_OPENERS)
_FINDING_SUBJECTS: Final = _folded_set(lx.FINDING_SUBJECTS)
_OBJECT_VERBS: Final = frozenset(lx.OBJECT_VERBS)


_SUBJECT_FIRST: Final = tuple(sorted((fold_word(w) for w in lx.SUBJECT_FIRST_OPENERS), key=len, reverse=True))


_CONTRAST_CLAUSES: Final = _folded_set(lx.CONTRAST_CLAUSES)
_CONTRAST: Final = tuple(sorted((fold_word(w) for w in (*lx.CONTRAST_OPENERS, *lx.CONTRAST_CLAUSES)),
                                key=len, reverse=True))


_RESUMPTIVE_RE: Final = re.compile(r"\s*(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.RESUMPTIVE_PRONOUNS)
                                    + r")(?!\w)")


_SPEECH_EVENTS: Final = _folded_set(lx.SPEECH_EVENT_NOUNS)


_IMPERFECT_STARTS: Final = ("\N{ARABIC LETTER TEH}", "\N{ARABIC LETTER YEH}")


_RELATIVES: Final = _folded_set(lx.RELATIVES)
_NOUN_PREPOSITIONS: Final = _folded_set(lx.NOUN_ONLY_PREPOSITIONS)


def _written_ali_before(text: str, lay: Layout, start: int, end: int) -> bool:
    """Tell whether the word before ``end`` is written "علي": the name, or "عليّ" ("ردت علي قائلة").

    (It folds like the preposition "على", which takes only nouns.)
    """
    before = text[start:end].rstrip()
    word_end = start + len(before)
    word_start = word_end - len(before.split()[-1])
    return lay.original_word(word_start, word_end).strip(_PUNCT_STRIP) == lx.ALI_NAME


_RELAYED_FROM_RE: Final = re.compile(r"[\s،,]*" + fold_word(lx.RELAYED_FROM).replace(" ", r"\s+") + r"\s+")


_NON_SPEAKERS: Final = _folded_set(lx.NON_SPEAKERS)
_NEVER_SUBJECTS: Final = _NON_SPEAKERS | _folded_set(lx.NON_SPEAKING_SUBJECTS)
_ATTENTION_OBJECTS: Final = _folded_set(lx.FIRST_PERSON_ATTENTION)
_PRAISE_OF_GOD: Final = _folded_set(lx.PRAISE_OF_GOD)


_BETWEEN_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.BETWEEN) + r")(?!\w)")


_QUANTIFIERS: Final = _folded_set(lx.QUANTIFIER_HEADS)


_NOUN_ENDER_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(fold_word(w).replace(" ", r"\s+") for w in lx.NOUN_CONTENT_ENDERS)
                            + r")(?!\w)")
# A contrasting clause after a comma ends a noun or prepositional object: "حذر من الحوادث، لكن
# الوزير قال …" (what follows is narration, often another speaker's frame).
_CONTRAST_CLAUSE_RE: Final = re.compile(r"[،,]\s*(?:" + "|".join(
    fold_word(w).replace(" ", r"\s+") for w in (*lx.CONTRAST_OPENERS, *lx.CONTRAST_CLAUSES)) + r")(?!\w)"
    + r"(?!\s+(?:" + "|".join(fold_word(w) for w in lx.REGARDING_VERBS) + r")(?!\w))")  # ("فيما يخص": regarding)


_SUBORDINATE: Final = _folded_set(lx.SUBORDINATE_BEFORE_CUE)


_SPOKEN_LISTS: Final = _folded_set(lx.SPOKEN_LIST_INTRODUCERS)


_DAY_BEFORE: Final = fold_word(lx.DAY_BEFORE_YESTERDAY_SECOND)


_GLUED_IDIOMS: Final = _folded_set(lx.GLUED_PREPOSITION_IDIOMS + lx.NAME_STOPPERS)


_LEAD_VERBS: Final = _folded_set(lx.PARTICIPLE_LEAD_VERBS) | frozenset(
    fold_word(w) + lx.FEMININE_SUFFIX for w in lx.PARTICIPLE_LEAD_VERBS)


# (and a document's issuer: "كشف تقرير صادر عن البنك أن" is "disclosed that", not "disclosed about")
_TITLES_WITH_PREPOSITION: Final = frozenset((fold_word(t), fold_word(p)) for t, p in lx.TITLES_WITH_PREPOSITION) | {
    (fold_word(w), fold_word(lx.SUBJECT_END_PREPOSITIONS[0])) for w in lx.DOCUMENT_ISSUER_LINKS}


_GOVERNING_HEADS: Final = frozenset(t for t, _p in _TITLES_WITH_PREPOSITION)
_NEAR: Final = 5  # words between a verb and its own preposition, as a rule
_NEAR_AFTER_HONORIFIC: Final = 8


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


def _source_phrase(text: str, start: int, end: int) -> bool:
    """Return whether ``[start, end)`` is a short source phrase alone: "مصادر أمنية مصرية".

    Headed by a source word (not a quantifier), at most five words, nothing set off by a
    comma and no verb in it.
    """
    words = _tokens(text, start, end)
    return 1 <= len(words) <= 5 and words[0][2] in _SOURCE_HEADS and words[0][2] not in _QUANTIFIERS \
        and not any(c in text[start:end] for c in "،,:؛()") and all(_modifies_source(w) for _s, _e, w in words[1:])


def _named_with_title(text: str, start: int, end: int, *, set_off: bool) -> bool:
    """Return whether ``[start, end)`` is a person's name and title, set off by commas.

    "سامي خليل، رئيس الجمعية" or, ``set_off`` by the comma before the verb, "د. سامي خليل
    رئيس الجمعية" opening a sentence before "قال إن" is its subject. The name opens with a
    given name (after a title at most); no function word or verb of saying is in it (a
    perfect verb may be a noun: "رئيس مجموعة عمل").
    """
    if any(c in text[start:end] for c in ":؛()«»\""):
        return False
    commas = [k for k in range(start, end) if text[k] in "،,"]
    words = _tokens(text, start, end)
    if len(commas) > 1 or not (commas or set_off) or not 2 <= len(words) <= 12:
        return False
    if commas and not 1 <= len(_tokens(text, start, commas[0])) <= 5:
        return False  # the name before the comma is short
    given = 1 if len(words) > 1 and words[0][2] in _PERSON_HEADS and words[0][2] not in _GIVEN else 0
    return words[given][2] in _GIVEN and not any(
        w in CUE_FORMS or _is_imperfect_verb(w) or is_function_word(w) for _s, _e, w in words[given + 1 :])


# Endings of the adjectives a source takes (folded): "مصري"، "أمنية"، "مطلعين"، "مطلعون".
_SOURCE_ADJECTIVE_ENDINGS: Final = ("\N{ARABIC LETTER YEH}", "\N{ARABIC LETTER YEH}\N{ARABIC LETTER HEH}",
                                    "\N{ARABIC LETTER YEH}\N{ARABIC LETTER NOON}", "\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}")


def _modifies_source(word: str) -> bool:
    """Return whether a word after a source head may belong to it: definite, an adjective or a name.

    Not a verb, an adverb in tanween or a word with an object pronoun ("فريق يرفضها تماما").
    """
    if word in CUE_FORMS or word_class(word) not in (None, "masdar") or _is_imperfect_verb(word):
        return False
    return word.startswith(_DEFINITE_PREFIXES) or word.endswith(_SOURCE_ADJECTIVE_ENDINGS) or is_name_like(word)


def subject_before_verb(text: str, sentence_start: int, cue_start: int, *, said: bool = False,
                        joined: bool = False) -> tuple[int, int] | None:
    """Return the subject written before its verb: "وكانت الخارجية الروسية أعلنت أن".

    Needs an opener (كان، أما، علما بأن …) or "قد" between subject and verb; with ``said``
    (the verb's content is a clause or quotation, not an object), a short source phrase
    opening the sentence is one too: "مصادر أمنية مصرية أكدت أن". A contrasting clause
    inside the sentence opens one too ("…، لكن الوزير سامي علي قال"), unless the verb is
    ``joined`` to the one before by "و" ("لكن الوزير حذر من …، وقال": no subject of its own).
    """
    clause_start = max(sentence_start, text.rfind("؛", sentence_start, cue_start) + 1)
    inside = False
    for contrasted in () if joined else _CONTRAST_CLAUSE_RE.finditer(text, clause_start, cue_start):
        clause_start, inside = contrasted.start() + 1, True
    before = text[clause_start:cue_start]
    stripped = before.rstrip()
    has_qad = False
    for particle in _PRE_VERB:
        if stripped.endswith(" " + particle) or stripped == particle:
            stripped = stripped[: -len(particle)].rstrip()
            has_qad = True
    set_off = stripped.endswith(("،", ","))  # "سامي خليل رئيس الجمعية، قال إن"
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
    elif said and (_source_phrase(text, offset, offset + len(lead))
                   or _named_with_title(text, offset, offset + len(lead), set_off=set_off)):
        mention_start = offset  # "مصادر أمنية مصرية أكدت أن"، "سامي خليل، رئيس الجمعية، قال إن"
    elif said and set_off and (described := _described_topic(text, offset, offset + len(lead))) is not None:
        mention_start = described  # "فالدول العربية التي تعتبر حليفة للغرب، اعتبرت أن"
    else:
        return None
    mention_end = offset + len(lead)
    words = _tokens(text, mention_start, mention_end)
    if len(words) > 1 and word_class(words[0][2]) == "verb" and not is_name_like(words[0][2]) \
            and words[0][2] not in CUE_FORMS and (words[1][2] in _PERSON_HEADS or words[1][2] in _SOURCE_HEADS):
        # "بدوره أثنى رئيس الوزراء على القوة … فكتب يقول": the subject of the verb before is the
        # speaker, up to its object's preposition, determiner or, after a name, verbal noun
        # ("استعرض الدكتور X بعض …"، "تفضل X الخروج …").
        words = words[1:]
        mention_start = words[0][0]
        mention_end = next((t[0] for k, t in enumerate(words[1:], 1) if _is_adjunct(t[2]) or t[2] in _SUBJECT_END_PREPS
                            or is_function_word(t[2])
                            or word_class(t[2]) == "masdar" and any(w in _GIVEN for _s, _e, w in words[:k])),
                           mention_end)
        words = [t for t in words if t[0] < mention_end]
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
    if contrast and (inside or contrast in _CONTRAST_CLAUSES) and not _titled_clause_subject(words):
        return None
    return span


def _described_topic(text: str, start: int, end: int) -> int | None:
    """Return where a sentence's topic starts when a relative clause describes it before its verb.

    "فالدول العربية والخليجية التي تعتبر حليفة للغرب، اعتبرت أن" → at "الدول": a definite noun
    (after "و"/"ف"), up to three more words, then "التي"/"الذي"/"الذين" and the comma before
    the verb (the caller cuts the mention at the relative).
    """
    words = _tokens(text, start, end)
    rel = next((k for k, (_s, _e, w) in enumerate(words) if w in _RELATIVE_WORDS), None)
    if rel is None or not 1 <= rel <= 4:
        return None
    head = words[0][2]
    bare = head[1:] if head[:1] in lx.CONJUNCTION_PREFIXES and head[1:3] == _ARTICLE else head
    if not bare.startswith(_ARTICLE) or is_function_word(bare) or word_class(bare) is not None \
            or any(is_function_word(w) or word_class(w) == "verb" for _s, _e, w in words[1:rel]):
        return None
    return words[0][0] + len(head) - len(bare)


def _titled_clause_subject(words: list[tuple[int, int, str]]) -> bool:
    """Tell whether a contrasted clause's words are a titled or given name with no verb.

    Inside a sentence or after "بينما"، "فيما" only "…، لكن الوزير سامي علي قال" has a
    subject of its own ("…، فيما تضمن المبنى قاعات … قال" has a clause, not a subject).
    """
    return bool(words) and (words[0][2] in _PERSON_HEADS or words[0][2] in _GIVEN) and not any(
        word_class(w) in ("verb", "aux_verb") and not is_name_like(w) for _s, _e, w in words[1:])


def _verbless_headline_subject(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """Return the subject of a verbless headline before its participle or imperfect verb.

    "أهالي القرية مؤكدين: لن نغادر" → "أهالي القرية": a short noun phrase headed by a
    source word (a group, an institution, a title, a place) or a name ("كيري يدعو …")
    and nothing else.
    """
    if any(ch in text[start:cue_start] for ch in "،,:؛"):
        return None
    tokens = _tokens(text, start, cue_start)
    if not 1 <= len(tokens) <= 4 or any(_is_imperfect_verb(w) or w in CUE_FORMS for _s, _e, w in tokens):
        return None
    head = tokens[0][2]
    bare = head[len(_ARTICLE):] if head.startswith(_ARTICLE) else head
    if head in _SOURCE_HEADS or head in _STATES or bare in _SOURCE_HEADS or (
            is_name_like(head) and word_class(head) is None and all(_modifies_source(w) for _s, _e, w in tokens[1:])):
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
    matches = [m for k, m in enumerate(matches) if not _verb_owns_saying_noun(text, lay, matches, k)]
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
        if form.participle and form.gender == "f" and not form.by_noun and previous_word \
                and _feminine_noun_before(lay, text, m.start()):
            continue  # "منشأة نووية معلنة": a feminine participle right after a feminine noun agrees with it
        if previous_word and previous_word[0] in _NOUN_PREPOSITIONS and not m.group("conj") \
                and cue.lemma != lx.OPINION_LEMMA and not _written_ali_before(text, lay, max(ps, cs - 12), cs):
            # "في وصف الحب"، "إلى حث الدول": after a preposition the cue is a verbal noun, its
            # genitive the object ("مع رأي X بأن …" reads as X's opinion: the holder speaks).
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
        if opener is None and lx.COLON in cue.complements and m.group("conj") and not form.participle:
            opener = _comma_opener(text, ce, limit)  # "وتابع، نحن نستورد …": the comma as a colon
        region_end = opener.start() if opener else limit
        if form.by_noun and (opener is None or opener.lastgroup == "comp" or text[ce : opener.start()].strip()):
            # "بقوله:" opens the words at once ("بقوله تعالى:" quotes scripture, not the subject);
            # "بقوله إن" is a verbal noun's frame (``nouns.masdar_frames``).
            continue
        if cue.needs_conj and opener and len(_TOKEN_RE.findall(text, ce, opener.start())) > 6 \
                and not _starts_with_prep(text, cue, ce):
            continue  # "وبين سامح شكري … وبين عادل الجبير": the preposition "between"
        if opener and opener.lastgroup == "colon" and text[ce : opener.start()].split()[-1:] \
                and text[ce : opener.start()].split()[-1].strip(_PUNCT_STRIP) in _COLON_LABELS \
                and text[ce : opener.start()].split()[-1].strip(_PUNCT_STRIP) not in _SPOKEN_LISTS:
            continue  # "تم اختيار 23 لاعبا هم:" introduces a list ("يعددها الطبيب كالتالي:" says one)
        # The cue's own preposition follows it or its subject closely: "أكد الهباش على …",
        # "كشف الجهاز الفني للمنتخب الأول للكرة الطائرة عن …".
        prep_span = _prep_complement(text, lay, cue, ce, min(region_end, ce + 120))
        if prep_span is None and cue.preps and not form.participle:
            provisional, _ = subject_mention(text, lay, ce, region_end)
            if provisional and not _object_first(text, cue, provisional):  # (then a glued ب is sought)
                after = _skip_relative_clause(text, provisional[1], region_end)
                prep_span = _prep_complement(text, lay, cue, after, min(region_end, after + 120))
        if prep_span is None and any(len(fold_word(p)) == 1 for p in cue.preps) \
                and not (opener and any(opener.group().startswith(fold_word(p)) for p in cue.preps)):
            # ("صرح X بعد لقائه بخادم الحرمين بأنه …": the preposition is the opener's)
            prep_span = _glued_prep(text, cue, ce, region_end, first_only=form.participle)
        if opener is not None and opener.lastgroup == "comp" and prep_span is not None \
                and prep_span[1] < opener.start() - 1 and _attaches_to_subject(text, prep_span, opener.start()) \
                and (own := _prep_before_opener(text, cue, opener.start())):
            prep_span = own  # "حذر باحثون من جامعة … من أن": the first "من" is the subject's
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
            if kind == "colon" and cue.lemma == lx.RELAY_LEMMA and not _relayed_speech_before(text, ce, opener.start()):
                continue  # "نقلت الوكالة عن الوزير قوله:" ("نقل المصريين … عبر مدن القناة:" moves people)
            if kind == "quote" and lx.QUOTE not in cue.complements and lx.COLON not in cue.complements:
                continue
            region = (ce, prep_span[0] if prep_span else opener.start())
            lead_words = _tokens(text, *region)
            if cue.lemma in lx.FINDING_VERBS and not (lead_words and lead_words[0][2].removeprefix(_ARTICLE) in _FINDING_SUBJECTS):
                continue  # "ووجد نفسه أمام …": a finding needs a study or its authors
            if cue.lemma in lx.INCREASE_VERBS and lead_words and (
                    kind == "quote" and _short_quote_at(text, lay, opener.start())
                    or lead_words[0][2].startswith(_ARTICLE) and not _may_name_speaker(lead_words[0][2])):
                continue  # "وزاد الطين بلة أن …"، 'وزاد مؤشر "…" بمقدار': what grew, not what was said
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
            # A sentence in subject-verb order with an imperfect verb: "مصدر عسكري آخر يقول إن …",
            # "كيري يدعو طهران إلى …" (what follows the verb is its object, never its subject).
            headline = _verbless_headline_subject(text, ss, m.start()) \
                if ss == ps and text[m.start("form") : m.start("form") + 1] in _IMPERFECT_STARTS else None
            if headline and frame.rule in ("verb_noun", "verb_prep"):
                if cue.lemma == lx.ANNOUNCE_LEMMA:
                    continue  # "الشرطة تعلن اعتقال …"، "الجامعة تعلن عن وظائف": acts, not words
                if frame.rule == "verb_noun":
                    content_from = region[0]  # "الوزارة تؤكد جاهزية المدارس": the object is what was said
            mention, behalf = (headline, None) if headline else subject_mention(text, lay, *region)
            if mention and not headline and _object_construct_opens(lay, _tokens(text, *region)) \
                    and subject_before_verb(text, ss, m.start(), joined=bool(m.group("conj"))) is not None:
                mention = None  # "لكن المدرب خالد العمري أكد قدرة فريقه على …": the subject came first
            if mention and mention[1] <= mention[0]:
                mention = None
            if mention and not headline and _object_first(text, cue, mention):
                if _word_count(text[region[0] : region[1]]) > 4 or frame.rule == "verb_noun":
                    continue  # the content does not follow the object: "حث العاملين بمتابعة … من …"
                mention = None  # "ودعا المواطنين إلى …": whom was called; the subject is dropped
            if headline:
                frame.link = "subject_first"
                frame.rule += "_subject_first"
            if _RESUMPTIVE_RE.match(text, region[0], region[1]):
                mention = _speech_event_author(text, lay, ss, cs)  # "بتصريح قال فيه"
            if mention and (text[mention[0] : mention[1]] in _NEVER_SUBJECTS
                            or text[mention[0] : mention[1]].split()[0] in _ATTENTION_OBJECTS):
                continue  # "ودعا الله أن يوفقه" is a prayer, not speech; "ويشير هذا إلى أن", no one's
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
                mention, intermediary, gender = _relayed(text, mention, region)
                if intermediary is not None:
                    frame.gender = gender  # "نقلت الوكالة عن الوزير قوله": the verb agrees with the agency
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
                subject = subject_before_verb(text, ss, m.start(), joined=bool(m.group("conj")),
                                              said=frame.rule in ("verb_that", "verb_colon", "verb_quote"))
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
            # (a subject before the verb leaves the words after the verb to the object)
            content_from = _object_before_prep(text, lay, max(frame.mention[1], ce), content_from)
        start, end, closed = content_span(text, lay, content_from, pe, to_paragraph_end=colon)
        if colon and not text[start:end].strip(_PUNCT_STRIP):
            start, end, closed = _next_paragraph_content(text, lay, pi, start, end, closed)
        if described and _word_count(text[start:end]) < 4:
            continue  # "تصريحاته، التي قال إنها «خيانة»": a label for a thing, not a description of a speaker
        if frame.rule.endswith("noun") and not closed:
            ender = _NOUN_ENDER_RE.search(text, start, end)
            if ender:
                end = ender.start()  # (too short a rest is no content: the frame is dropped)
        if (frame.rule.endswith("noun") or frame.rule.startswith("verb_prep")) and not closed:
            contrast = _CONTRAST_CLAUSE_RE.search(text, start, end)
            if contrast:
                end = contrast.start()
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


def _object_first(text: str, cue: lx.Cue, mention: tuple[int, int]) -> bool:
    """Tell whether the words after a verb that takes an object open with it: "ودعا المواطنين إلى …"."""
    first = _tokens(text, *mention)[:1] if cue.lemma in _OBJECT_VERBS else []
    return bool(first) and opens_object(first[0][2])


def _object_construct_opens(lay: Layout, tokens: list[tuple[int, int, str]]) -> bool:
    """Tell whether words after a verb open with an indefinite verbal noun of a noun with a pronoun.

    "أكد قدرة فريقه على …": what was affirmed. (A transliterated name can look the same,
    "غيوم كلارييه", so this is read only when a subject stands before the verb.)
    """
    return len(tokens) > 1 and not tokens[0][2].startswith(_DEFINITE_PREFIXES) and word_class(tokens[0][2]) == "masdar" \
        and lay.has_pronoun_suffix(tokens[1][0], tokens[1][1]) and not is_name_like(tokens[0][2])


def _object_before_prep(text: str, lay: Layout, subject_end: int, prep_start: int) -> int:
    """Return where the content starts when the verb's object stands between subject and preposition.

    "حث وزير الدفاع يوسي كوهين، السبت، العامة على تجنب …" → at "العامة": whom he urged is
    part of what he said. Time words and set-off adverbs are skipped; an adjunct ("في كلمته")
    keeps the content at the preposition.
    """
    tokens = _tokens(text, subject_end, prep_start)
    if tokens and word_class(tokens[0][2]) == "preposition":
        return prep_start  # "قد أعلنت في وقت سابق عن …": an adjunct, not an object
    while tokens and (tokens[0][2] in _SKIPPABLE or tokens[0][2] in _WEEKDAYS or tokens[0][2] in _ACCORDING_SKIPPED
                      or _is_adverbial(lay, tokens[0]) or tokens[0][2] == _DAY_BEFORE):
        tokens = tokens[1:]  # ("أمس الأول"، "السبت"، "مجددا")
    if not 1 <= len(tokens) <= 4 or tokens[0][2] in _SUBJECT_END_PREPS \
            or any(_is_adjunct(w) or w in CUE_FORMS or w in _COMPLEMENTIZER_WORDS or _names_someone(w)
                   for _s, _e, w in tokens) \
            or any(c in text[tokens[0][0] : prep_start] for c in "،,:؛"):
        return prep_start  # ("أشار تقرير مجلس التنمية إلى": the words go on naming the subject)
    return tokens[0][0]


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


_COMMA_AS_COLON_RE: Final = re.compile(r"(?P<colon>[،,])")


def _comma_opener(text: str, start: int, limit: int) -> re.Match[str] | None:
    """Return the comma that stands for a colon after a subjectless verb of saying, if one does.

    "وتابع، نحن نستورد كثيرا …", "وتابع، في العام الماضي افتتحنا …" and "وقال في حديثه
    للصحيفة، الفروع الجديدة ستفتح قريبا": nothing but an adjunct between the verb and the
    comma, and a clause of four words or more after it. "وقال الوزير، في بيان، …" has a
    subject: the comma is not its colon.
    """
    comma = _COMMA_AS_COLON_RE.search(text, start, limit)
    if comma is None:
        return None
    lead = _tokens(text, start, comma.start())
    if lead and not (_is_adjunct(lead[0][2]) and len(lead) <= 6):
        return None
    rest = _tokens(text, comma.end(), limit)
    if rest and _is_adjunct(rest[0][2]) and _COMMA_AS_COLON_RE.search(text, comma.end(), rest[min(5, len(rest) - 1)][1]):
        return None  # "وأضاف، في تصريحات صحفية، …": the adjunct is set off, the content comes later
    if len(rest) < 4 or rest[0][2] in _COMPLEMENTIZER_WORDS:
        return None
    return comma


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


def _relayed_speech_before(text: str, start: int, end: int) -> bool:
    """Tell whether the word before ``end`` is the relayed speech noun ("قوله"، "القول")."""
    words = _tokens(text, start, end)
    return bool(words) and words[-1][2] in _RELAY_SPEECH


def _relayed_gender(text: str, span: tuple[int, int]) -> str:
    """Return the source's gender as "قوله" (m), "قولها" (f) or "قولهم" (p) tells it; "" when nothing does."""
    said = next((word for _s, _e, word in _tokens(text, *span) if word in _RELAY_SPEECH), "")
    if said.endswith(("هم", "هما")):
        return "p"
    if said.endswith("ها"):
        return "f"
    return "m" if said.endswith("ه") else ""


def _relayed(text: str, mention: tuple[int, int], region: tuple[int, int]
             ) -> tuple[tuple[int, int] | None, tuple[int, int] | None, str]:
    """Split the subject of "نقل" into the source who speaks, the intermediary and the source's gender.

    "نقلت رويترز [اليوم] عن مصدر مطلع قوله" → "مصدر مطلع", "رويترز", "m"; no intermediary when
    no "عن" follows the subject.
    """
    extended = _with_relayed_source(text, mention, region)
    source, intermediary = _relay_source(text, extended)
    if extended != mention and intermediary is not None:
        intermediary = mention  # (the adverbial between them is neither's)
    return source, intermediary, _relayed_gender(text, extended)


def _with_relayed_source(text: str, mention: tuple[int, int], region: tuple[int, int]) -> tuple[int, int]:
    """Return the subject of "نقل" with its source when an adverbial stands between them.

    "ونقلت الوكالة اليوم السبت عن سامي خليل قوله": the subject ends before the time words;
    the source, after "عن", is what speaks. A short adverbial only (up to four words), and a
    source that "قوله" closes or of a few words ("عن مسؤولين … استعدادهم للبدء …" is an object).
    """
    if _RELAY_PREPOSITION_RE.search(text, mention[0], mention[1]):
        return mention
    found = _RELAY_PREPOSITION_RE.search(text, mention[1], region[1])
    if found is None or len(_tokens(text, mention[1], found.start())) > 4:
        return mention
    source = _tokens(text, found.end(), region[1])
    said = next((k for k, (_s, _e, word) in enumerate(source) if word in _RELAY_SPEECH), None)
    if not source or said == 0 or said is None and len(source) > 5:
        return mention
    return mention[0], region[1]


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


def _verb_owns_saying_noun(text: str, lay: Layout, matches: Sequence[re.Match[str]], k: int) -> bool:
    """Tell whether a "بقوله" only restates the verb of saying before it in its sentence.

    "وعلق مصور الفيديو في نهاية المقطع بقوله: …" is the verb's frame, its subject the
    speaker; after "وأكد أنه سيعتذر بقوله: …" the verb's content is closed, so the noun opens a
    quote of its own.
    """
    if not CUE_FORMS[matches[k].group("form")].by_noun or not k:
        return False
    cue_start = matches[k].start()
    before = matches[k - 1]
    if before.end() <= lay.sentence_start_before(cue_start, lay.paragraphs[lay.paragraph_of(cue_start)][0]):
        return False
    return find_content_opener(text, lay, before.end(), cue_start) is None


def _may_name_speaker(word: str) -> bool:
    """Tell whether a subject's first word can name a speaker: a title, an institution or a name."""
    return _names_someone(word) or word in _SOURCE_HEADS or is_name_like(word) or looks_foreign(word)


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
    # "وأكمل حسني حديثه قائلا": the talk is the verb's object
    cut = next((i for i, t in enumerate(subject) if i and _speech_noun_with_pronoun(lay, t)), len(subject))
    subject = subject[:cut]
    first = subject[0]
    bare = first[2][len(_ARTICLE):] if first[2].startswith(_ARTICLE) else first[2]
    if _is_adjunct(first[2]) or lay.has_pronoun_suffix(first[0], first[1]) or first[2] in _SKIPPABLE \
            or len(first[2]) > 1 and is_function_word(first[2]) and not names_ali(text, lay, first) \
            or bare in _SPEECH_EVENTS or bare in _ISSUED_DOCUMENTS \
            or any(c in text[first[0] : subject[-1][1]] for c in "،,:؛"):
        return None
    return _strip_span(text, first[0], subject[-1][1])


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


_TEH_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"


def _feminine_noun_before(lay: Layout, text: str, pos: int) -> bool:
    """Tell whether the word right before ``pos`` is an indefinite feminine noun or adjective: "نووية".

    The original spelling tells its ة from a pronoun's ه ("لإدارته مؤكدة" goes on with a subject);
    a name ("سارة") or a comma between leaves the participle a participle.
    """
    lo = max(0, pos - 40)  # (a word's length back: no copy of the text before it)
    end = lo + len(text[lo:pos].rstrip())
    start = text.rfind(" ", lo, end) + 1 or lo
    word = text[start:end]
    return bool(word) and word.isalpha() and not word.startswith(_ARTICLE) and word not in _GIVEN \
        and not is_name_like(word) and word[:1] not in lx.CONJUNCTION_PREFIXES \
        and lay.original_word(start, end).endswith(_TEH_MARBUTA)


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

    "ودعا المدير، الله عز وجل، أن يعيد هذه المناسبة" and "ودعت اللجنة الله سبحانه أن …" are
    prayers, not statements ("حزب الله"، "الجار الله" are names: no praise follows them).
    """
    if not any(name in text[region[0] : region[1]] for name in _NON_SPEAKERS):
        return False  # (a cheap test first: the name is rarely there)
    tokens = _tokens(text, *region)
    return any(word in _NON_SPEAKERS and (any(c in text[tokens[i - 1][1] : start] for c in "،,")
                                          or i + 1 < len(tokens) and tokens[i + 1][2] in _PRAISE_OF_GOD)
               for i, (start, _e, word) in enumerate(tokens) if i)


def _after_between(text: str, sentence_start: int, cue_start: int) -> bool:
    """Return whether "وبين" repeats a "بين" of the same clause: "بين الماضي وبين الحاضر"."""
    clause = max(sentence_start, text.rfind("،", sentence_start, cue_start) + 1, cue_start - 80)
    return _BETWEEN_RE.search(text, clause, cue_start) is not None


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


def _attaches_to_subject(text: str, prep: tuple[int, int], opener_start: int) -> bool:
    """Tell whether a preposition before the cue's "… من أن" attaches whom or where to the subject.

    "باحثون من جامعة …"، "خبراء من وزارة …": a body, a title or a name follows it, in the
    same clause. After a verbal noun ("إلى استبدال الزيت … إلى أن") it is the cue's own.
    """
    if any(c in text[prep[1] : opener_start] for c in "،,؛:") or _word_count(text[prep[1] : opener_start]) > 10:
        return False
    following = _word_after(text, prep[1])
    return bool(following) and _may_name_speaker(following)


def _prep_before_opener(text: str, cue: lx.Cue, opener_start: int) -> tuple[int, int] | None:
    """Return the span of the cue's own preposition right before its أن: "… من أن" (else None)."""
    window = max(0, opener_start - 12)
    before = text[window:opener_start].rstrip()
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not word or not any(len(p) > 1 and word == p for p in (fold_word(x) for x in cue.preps)):
        return None
    return window + len(before) - len(word), window + len(before)


def _prep_complement(text: str, lay: Layout, cue: lx.Cue, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the cue's own preposition before the content: "أشار … إلى".

    ("وأكد علي الأحمدي أن": the name, where the text spells the preposition "على".)
    """
    best = None
    words = list(_TOKEN_RE.finditer(text, start, end))
    # The preposition belongs to the cue only near it; a title's or an issuer's own phrase
    # ("التقرير الصادر عن وزارة المالية") does not count in the distance.
    # After an honorific the subject holds a name before any apposed role: "كشف الشيخ سالم
    # الحربي مدير الجمعية عن …".
    near = 10 if any(w.group() in _GOVERNING_HEADS for w in words[:_NEAR]) \
        else _NEAR_AFTER_HONORIFIC if words and words[0].group() in _HONORIFIC_WORDS else _NEAR
    if len(words) > near:
        end = words[near].start()
    # Past the usual reach an object between makes the preposition the object's own.
    usual_end = words[_NEAR].start() if near == _NEAR_AFTER_HONORIFIC and len(words) > _NEAR else None
    for prep in cue.preps:
        folded = fold_word(prep)
        if len(folded) == 1:
            continue
        m = next((span for span in whole_word_spans(text[start:end], folded)
                  if not _titled_given_name(_word_before(text, start + span[0]), folded,
                                            _word_after(text, start + span[1]))
                  and not _title_governs(text, start + span[0], folded)
                  and not names_ali(text, lay, (start + span[0], start + span[1], folded))), None)
        if m and usual_end is not None and m[0] + start >= usual_end and any(
                _object_word(lay, (w.start(), w.end(), w.group())) for w in words if w.start() < start + m[0]):
            continue  # "أكد الدكتور خالد العمري أهمية العمل على …"
        if m and (best is None or m[0] + start < best[0]):
            best = (m[0] + start, m[1] + start)
    return best


def _object_word(lay: Layout, token: tuple[int, int, str]) -> bool:
    """Tell whether a word after a verb's subject reads as its object: "أهمية"، "استقالته"، "المواطنين"."""
    word = token[2]
    return word_class(word) == "masdar" and not is_name_like(word) or word in _NOUN_OBJECTS and not is_function_word(word) \
        or opens_object(word) or _verbal_noun_with_pronoun(lay, token)


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
