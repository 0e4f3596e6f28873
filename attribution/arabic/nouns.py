"""Frames whose speaker owns a noun, not a verb: a document ("وجاء في بيان الوزارة أن …") or a verbal noun of saying ("رغم تأكيدها أنها …")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import (
    _COMP,
    _COMP_SUFFIX,
    _CUE_RE,
    _OPENER_RE,
    _TOKEN_RE,
    Frame,
    Layout,
    _carries_subject,
    _word_count,
    anchored_matches,
    classify_kind,
    content_span,
    find_content_opener,
    fold_word,
    subject_mention,
)

_STATEMENT_DOC: Final = (lx.STATEMENT_PREPOSITION + r"\s+(?P<doc>"
                  + "|".join(sorted((fold_word(w) for w in lx.STATEMENT_DOCS), key=len, reverse=True)) + r")(?!\w)")


_STATEMENT_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(fold_word(w) for w in lx.STATEMENT_VERBS) + r")\s+" + _STATEMENT_DOC
)


# "في بيان" starts with a literal, which ``re`` finds fast: most articles have none, and
# then the whole statement pattern need not run.
_STATEMENT_DOC_RE: Final = re.compile(_STATEMENT_DOC)


# Statement verbs as written without their conjunction: "جاء" in "وجاء في بيان".
_STATEMENT_BARE: Final = frozenset(fold_word(w) for w in lx.STATEMENT_VERBS
                            if not (w.startswith(lx.CONJUNCTION_PREFIXES[0]) and w[1:] in lx.STATEMENT_VERBS))


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
