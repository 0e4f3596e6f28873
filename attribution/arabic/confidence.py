"""Turn the evidence behind one extracted quote into a calibrated confidence.

A quote's confidence is the probability that its span and its speaker are both right, as
the scorer judges them end to end. The evidence is what the extractor already knows: the
frame family ("قال X إن …", "X: …", "بحسب X", an interview answer), how the speaker was
found (named in the frame, a title seen before, a subject-less "وأضاف"), the kind of
speech, whether a quote mark closed it, how far back the speaker was last named, how long
the content and the mention are and how many quotes the article gives the speaker. (Not
where in the article the quote stands: gold texts carry header lines that corpus texts do
not, so a paragraph number would mean different things in the two.)

A small logistic model maps the evidence to a probability. Its weights are data
(``data/confidence.json``), fitted on the gold sets by ``scripts/fit_confidence.py``;
a feature value the model has not seen weighs nothing, so new rules degrade gently.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

from attribution.arabic import HERE
from attribution.arabic.speakers import Via

MODEL_PATH: Final = HERE / "data" / "confidence.json"  # (HERE: the sources' folder, also when compiled)


class Family(StrEnum):
    """The shape of the frame that introduced a quote."""

    VERB_FIRST = "verb_first"  # "قال الوزير إن …"
    SUBJECT_FIRST = "subject_first"  # "الوزير قال إن …"
    PARTICIPLE = "participle"  # "…، مؤكدا أن …"
    AS_SAID = "as_said"  # "…، كما قال الوزير"
    OWN_WORDS = "own_words"  # "…، على حد قوله"
    ACCORDING_TO = "according_to"  # "بحسب الوزير، …"
    STATEMENT = "statement"  # "وجاء في البيان أن …"
    COLON = "colon"  # "الوزير: …"
    INTERVIEW = "interview"  # an answer after a question
    OTHER = "other"


# Rule names of ``quotes.py`` by their first word; verb rules carry a complement after it.
_FAMILY_OF_RULE: Final = {
    "verb": Family.VERB_FIRST,
    "participle": Family.PARTICIPLE,
    "as": Family.AS_SAID,
    "own": Family.OWN_WORDS,
    "according": Family.ACCORDING_TO,
    "statement": Family.STATEMENT,
    "colon": Family.COLON,
    "interview": Family.INTERVIEW,
}
_COMPLEMENTS: Final = ("that", "colon", "quote", "prep", "noun")


def rule_family(rule: str) -> Family:
    """Return the frame family of a rule name: "verb_that_subject_first" → SUBJECT_FIRST."""
    if rule.endswith("_subject_first"):
        return Family.SUBJECT_FIRST
    return _FAMILY_OF_RULE.get(rule.split("_", 1)[0], Family.OTHER)


def rule_complement(rule: str) -> str:
    """Return what a verb rule's content is introduced by: "participle_prep" → "prep"; "" for others."""
    parts = rule.split("_")
    if parts[0] in ("verb", "participle") and len(parts) > 1 and parts[1] in _COMPLEMENTS:
        return parts[1]
    return ""


@dataclass(frozen=True, slots=True)
class QuoteEvidence:
    """What the extractor knew about one quote when it produced it.

    ``distance`` counts paragraphs back to the frame that last named the speaker (0 when
    this frame names it, -1 when no frame ever did: a headline guess or nobody).
    """

    rule: str
    link: str  # explicit / continuation / participle / subject_first / according_to / colon / answer
    via: Via
    kind: str  # direct / indirect / mixed
    closed: bool  # the content ends at a closing quote mark
    speaker_type: str  # person / organization / anonymous / unknown
    name_words: int  # words of the canonical speaker name, 0 when unresolved
    distance: int
    content_words: int
    relayed: bool = False  # "نقلا عن …": heard through an intermediary
    speaker_quotes: int = 1  # quotes the article gives this speaker
    mention_words: int = 0  # words of the mention as written, 0 without one

    @property
    def family(self) -> Family:
        return rule_family(self.rule)

    @property
    def resolved(self) -> bool:
        """Whether the quote has a speaker at all."""
        return self.name_words > 0


_DISTANCE_EDGES, _CONTENT_EDGES, _QUOTES_EDGES, _MENTION_EDGES = (1, 2, 4), (6, 16, 41), (1, 2, 4), (1, 3, 6)
Shape = tuple[str, str, str, str, bool, str, int, int, int, bool, int, int]


def _shape(evidence: QuoteEvidence) -> Shape:
    """Return the evidence with counts reduced to their bands: what the features depend on."""
    return (evidence.rule, evidence.link, evidence.via.value, evidence.kind, evidence.closed,
            evidence.speaker_type, min(evidence.name_words, 3),
            bisect_right(_DISTANCE_EDGES, evidence.distance) if evidence.distance >= 0 else -1,
            bisect_right(_CONTENT_EDGES, evidence.content_words), evidence.relayed,
            bisect_right(_QUOTES_EDGES, evidence.speaker_quotes), bisect_right(_MENTION_EDGES, evidence.mention_words))


def features(evidence: QuoteEvidence) -> tuple[str, ...]:
    """Return the model's one-hot feature names of a quote's evidence.

    A verb-first quote whose speaker is named in the frame gives ("family=verb_first",
    "via=named", …); each name carries a weight in the fitted model.
    """
    return _features_of(_shape(evidence))


@lru_cache(maxsize=4096)
def _features_of(shape: Shape) -> tuple[str, ...]:
    # (Articles repeat a few hundred shapes: most quotes are a lookup.)
    rule, link, via, kind, closed, speaker_type, name_words, distance, content, relayed, said, mention = shape

    def band(i: int, edges: tuple[int, ...]) -> str:
        """Label band ``i`` of ``edges``: 0 of (6, 16, 41) → "<6", 2 → "16+"."""
        return f"<{edges[0]}" if i == 0 else f"{edges[i - 1]}+"

    return (
        f"family={rule_family(rule)}",
        f"complement={rule_complement(rule) or 'none'}",
        f"link={link}",
        f"via={via}",
        f"kind={kind}",
        f"closed={closed}",
        # "الوكالة" alone is a guess at an institution; "وكالة الأنباء السعودية" is named.
        f"type_words={speaker_type}:{name_words}",
        # A "وأضاف" in the naming paragraph is safer than one paragraphs later.
        f"distance={'never' if distance < 0 else band(distance, _DISTANCE_EDGES)}",
        f"content_words={band(content, _CONTENT_EDGES)}",
        f"relayed={relayed}",
        f"speaker_quotes={band(said, _QUOTES_EDGES)}",
        f"mention_words={band(mention, _MENTION_EDGES)}",
    )


@dataclass(frozen=True)
class Model:
    """A logistic model: ``sigmoid(intercept + sum of the weights of present features)``."""

    intercept: float
    weights: Mapping[str, float]

    def probability(self, names: Iterable[str]) -> float:
        score = self.intercept + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def load_model(path: str | Path = MODEL_PATH) -> Model:
    """Return the model stored at ``path`` (written by ``scripts/fit_confidence.py``)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Model(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()})


@cache
def _default_model() -> Model | None:
    return load_model() if MODEL_PATH.exists() else None


def probability(evidence: QuoteEvidence, model: Model | None = None, *, default: float = 0.5) -> float:
    """Return the probability that a quote's span and speaker are both right (0..1).

    A quote without a speaker is never right end to end: 0. Without a fitted model (before
    ``scripts/fit_confidence.py`` first ran) it is ``default``.
    """
    if not evidence.resolved:
        return 0.0
    if model is not None:
        return model.probability(features(evidence))
    if _default_model() is None:
        return default
    return _default_probability(_shape(evidence))


@lru_cache(maxsize=4096)
def _default_probability(shape: Shape) -> float:
    model = _default_model()
    assert model is not None
    return model.probability(_features_of(shape))
