"""Every family of frame finders, in order, and how each family's frames join those found before.

``extract_frames`` runs the table ``RULES`` over a folded body and settles the result: where
the according-to rule lives is ``according_to.py``; verbs of saying ``verbs.py``; attributions
after their content ``postposed.py``; documents and verbal nouns ``nouns.py``; colon lines,
interviews and continued quotations ``paragraphs.py``. The shared machinery (folding, layout,
tokens, the cue lexicon, subjects and contents) is in ``quotes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from attribution.arabic import lexicon as lx
from attribution.arabic.according_to import according_to_frames
from attribution.arabic.nouns import masdar_frames, statement_frames
from attribution.arabic.paragraphs import colon_frames, continued_quotation_frames, interview_frames
from attribution.arabic.postposed import (
    as_said_frames,
    lede_quote_frames,
    own_words_frames,
    parenthetical_frames,
    postposed_frames,
)
from attribution.arabic.quotes import (
    _CUE_RE,
    Folded,
    Frame,
    Layout,
    _drop_trailing_clause_word,
    _strip_span,
    _word_count,
    fold,
    layout,
    split_paragraphs,
)
from attribution.arabic.verbs import frames_from_cues

_CONJUNCTIONS: Final = frozenset(lx.CONJUNCTION_PREFIXES)


@dataclass(frozen=True)
class Scan:
    """What every finder reads: the folded body, its layout and its cues (one pass, shared)."""

    text: str
    lay: Layout
    cues: Sequence[re.Match[str]]


@dataclass(frozen=True)
class Rule:
    """One family of frames: ``find`` reads the scan and the frames found so far (earlier rules);
    ``join`` returns those frames with the family's new ones added (some give way to others)."""

    name: str
    find: Callable[[Scan, list[Frame]], list[Frame]]
    join: Callable[[list[Frame], list[Frame]], list[Frame]]


def _append(found: list[Frame], new: list[Frame]) -> list[Frame]:
    return found + new


def _new_cues(found: list[Frame], new: list[Frame]) -> list[Frame]:
    # (one frame a cue: the first family to claim a verb keeps it)
    return found + [f for f in new if all(f.cue_start != g.cue_start for g in found)]


def _unclaimed_cues_first(found: list[Frame], new: list[Frame]) -> list[Frame]:
    taken = {f.cue_start for f in found}
    return [f for f in new if f.cue_start not in taken] + found


def _after_a_speaker(found: list[Frame], new: list[Frame]) -> list[Frame]:
    # "…، على حد قوله" tags the words of someone already quoted.
    return found + [f for f in new if any(g.cue_start < f.cue_start for g in found)]


def _replacing_verb_contents(found: list[Frame], new: list[Frame]) -> list[Frame]:
    # "وأشار بحسب الصحيفة إلى أن …": the verb's content is the according-to source's report.
    spans = {(f.content_start, f.content_end) for f in new if f.inside_verb}
    return [f for f in found if (f.content_start, f.content_end) not in spans] + new


def _outside_contents_and_cues(found: list[Frame], new: list[Frame]) -> list[Frame]:
    # "نقلت الوكالة عن مصدر قوله إن …" is already a relayed verb frame.
    return found + [f for f in new if not any(g.content_start <= f.content_start < g.content_end
                                               or g.cue_start == f.cue_start for g in found)]


def _outside_contents(found: list[Frame], new: list[Frame]) -> list[Frame]:
    return found + [f for f in new if not any(g.content_start <= f.content_start < g.content_end for g in found)]


#: The finders in the order they run. Earlier families win a cue: attributions written after
#: their content claim their verb before the verb rules read it as opening a new content.
RULES: tuple[Rule, ...] = (
    Rule("as_said", lambda s, found: as_said_frames(s.text, s.lay), _append),
    Rule("postposed", lambda s, found: postposed_frames(s.text, s.lay, s.cues), _new_cues),
    Rule("parenthetical", lambda s, found: parenthetical_frames(s.text, s.lay, s.cues), _new_cues),
    Rule("verbs", lambda s, found: frames_from_cues(s.text, s.lay, s.cues), _unclaimed_cues_first),
    Rule("own_words", lambda s, found: own_words_frames(s.text, s.lay), _after_a_speaker),
    Rule("according_to", lambda s, found: according_to_frames(s.text, s.lay), _replacing_verb_contents),
    Rule("statements", lambda s, found: statement_frames(s.text, s.lay), _append),
    Rule("verbal_nouns", lambda s, found: masdar_frames(s.text, s.lay), _outside_contents_and_cues),
    Rule("lede_quotes", lambda s, found: lede_quote_frames(s.text, s.lay), _outside_contents),
    Rule("colons", lambda s, found: colon_frames(s.text, s.lay, found), _append),
    Rule("interviews", lambda s, found: interview_frames(s.text, s.lay, found), _append),
    Rule("continued_quotations", lambda s, found: continued_quotation_frames(s.text, s.lay, found), _append),
)


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
    scan = Scan(text, layout(text, paras, folded, body), list(_CUE_RE.finditer(text)))
    frames: list[Frame] = []
    for rule in RULES:
        frames = rule.join(frames, rule.find(scan, frames))
    return folded, settle(frames, text)


def settle(frames: list[Frame], text: str) -> list[Frame]:
    """Order frames, end each content at the next clause-level frame, drop nested ones.

    "… أن الجمعية مستمرة، مؤكدا أن …": the participle ends the first content; a bare
    verb inside someone's content ("قال إن الوزارة أكدت أن") is nested speech and dropped.
    """
    frames.sort(key=lambda f: (f.cue_start if f.cue_start >= 0 else f.content_start, f.content_start))
    kept: list[Frame] = []
    for frame in frames:
        anchor = frame.cue_start if frame.phrase_start is None else frame.phrase_start
        if kept and frame.link == "subject_first" and frame.mention \
                and not frame.mention[0] < kept[-1].content_start <= anchor:
            # (a subject named before the previous frame's words, "فيما قدم X الشكر …، مشيرا إلى …،
            # وأضاف", is that frame's too: the verb, not the subject, ends its words)
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
                # (the cue's glued conjunction is its clause's: "… «غير مقبول». وقال")
                glued = anchor > 1 and text[anchor - 1] in _CONJUNCTIONS and not text[anchor - 2].isalnum()
                prev.content_end = _drop_trailing_clause_word(text, prev.content_start, anchor - glued)
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
