"""Run the whole text pipeline on one parsed article: frames → speakers → claims."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Final

from attribution.arabic import claims as claim_rules
from attribution.arabic.article import ParsedArticle, parse_article
from attribution.arabic.confidence import QuoteEvidence, probability
from attribution.arabic.finders import extract_frames
from attribution.arabic.keys import ArticleKeys, article_keys
from attribution.arabic.normalize import normalize
from attribution.arabic.quotes import _QUOTE_CHARS, Frame
from attribution.arabic.readers import Source
from attribution.arabic.speakers import Resolved, resolve

# Bump when rules change: stored quotes record which extractor produced them.
EXTRACTOR_VERSION: Final = "0.6.33"


@dataclass(frozen=True)
class ExtractedQuote:
    """One attributed span of ``article.body``: ``body[start:end] == text``.

    ``speaker`` is the canonical name without titles (``None`` when unresolved);
    ``speaker_type`` is person / organization / anonymous / unknown; ``kind`` is
    direct / indirect / mixed; ``stance`` is asserts / claims / denies / warns / neutral.
    Offsets of the cue and of the mention are ``-1`` when the rule has none (an
    interview answer has no cue word). ``confidence`` is the calibrated probability that
    span and speaker are both right, computed from ``evidence`` (see ``confidence.py``).
    """

    text: str
    start: int
    end: int
    kind: str
    cue: str
    cue_start: int
    cue_end: int
    stance: str
    rule: str
    speaker: str | None
    speaker_mention: str
    mention_start: int
    mention_end: int
    speaker_type: str
    speaker_role: str = ""
    speaker_aliases: tuple[str, ...] = ()
    intermediary: str | None = None
    confidence: float = 0.5
    evidence: QuoteEvidence | None = None


@dataclass(frozen=True)
class ExtractedClaim:
    """A check-worthy statement inside quote ``quote_index``, scored 0..1."""

    text: str
    quote_index: int
    score: float


@dataclass(frozen=True)
class Extraction:
    """An article's quotes and claim candidates, and the keys the database stores for them."""

    article: ParsedArticle
    quotes: tuple[ExtractedQuote, ...]
    claims: tuple[ExtractedClaim, ...]
    keys: ArticleKeys | None = None  # the keys its rows are stored by: :func:`with_keys`


def with_keys(extraction: Extraction) -> Extraction:
    """Return ``extraction`` carrying the keys the database stores it by (``keys.article_keys``).

    The importer asks for them once, as it extracts; reading an article needs none.
    """
    return extraction if extraction.keys is not None else replace(extraction, keys=keys_of(extraction))


def keys_of(extraction: Extraction) -> ArticleKeys:
    """Return the keys ``extraction`` carries, computing them for one made without them."""
    if extraction.keys is not None:
        return extraction.keys
    return _keys(extraction.article, extraction.quotes, extraction.claims)


def _keys(article: ParsedArticle, quotes: tuple[ExtractedQuote, ...], claims: tuple[ExtractedClaim, ...]) -> ArticleKeys:
    return article_keys(
        article.raw, [(q.text, q.speaker, q.speaker_type, q.intermediary, q.speaker_mention) for q in quotes],
        [c.text for c in claims],
    )


def extract_source(source: Source) -> Extraction:
    """Parse one input article and extract it (a JSON Lines record's fields override the text's)."""
    return extract_article(parse_article(
        source.raw, url=source.url, title=source.title, outlet=source.outlet, published=source.published,
    ))


def extract_article(article: ParsedArticle) -> Extraction:
    """Return the quotes and claim candidates found in ``article``."""
    body = article.body
    folded, frames = extract_frames(body, article.paragraphs)

    def span(start: int, end: int) -> tuple[int, int]:
        return folded.to_original(start), folded.end_to_original(end)

    def body_of(start: int, end: int) -> str:
        s, e = span(start, end)
        return body[s:e]

    speakers = [_without_quote_marks(who) for who in resolve(frames, folded.text, body_of)]
    named_in: dict[str, int] = {}  # speaker → paragraph of the last frame naming it
    said = Counter(who.speaker for who in speakers)
    quotes: list[ExtractedQuote] = []
    for frame, who in zip(frames, speakers, strict=True):
        if frame.text_citation:
            continue  # scripture, a proverb or a poet quoted: no one in the news said it
        start, end = span(frame.content_start, frame.content_end)
        cue_start, cue_end = span(frame.cue_start, frame.cue_end) if frame.cue_start >= 0 else (-1, -1)
        m_start, m_end = span(*frame.mention) if frame.mention else (-1, -1)
        evidence = quote_evidence(frame, who, named_in, content=body[start:end],
                                  mention=body[m_start:m_end] if m_start >= 0 else "",
                                  speaker_quotes=said[who.speaker])
        cue = frame.cue if frame.cue in (":", "answer", "according_to") else body[cue_start:cue_end]
        quotes.append(ExtractedQuote(
            text=body[start:end], start=start, end=end, kind=frame.kind, cue=cue,
            cue_start=cue_start, cue_end=cue_end, stance=frame.stance, rule=frame.rule,
            speaker=who.speaker, speaker_mention=body[m_start:m_end] if m_start >= 0 else "",
            mention_start=m_start, mention_end=m_end, speaker_type=who.kind if who.speaker else "unknown",
            speaker_role=who.role, speaker_aliases=who.aliases, intermediary=who.intermediary,
            confidence=probability(evidence, default=who.confidence), evidence=evidence,
        ))
    quotes = drop_repeated_quotes(quotes)
    claims = [
        ExtractedClaim(text=q.text[c.start : c.end], quote_index=i, score=c.score)
        for i, q in enumerate(quotes)
        for c in claim_rules.detect(q.text)
    ]
    return Extraction(article=article, quotes=tuple(quotes), claims=tuple(claims))


_QUOTE_MARKS: Final = str.maketrans("", "", _QUOTE_CHARS)


def _without_quote_marks(who: Resolved) -> Resolved:
    """Return the speaker named without quotation marks: 'صحيفة «الغارديان' → "صحيفة الغارديان".

    A name quoted in the text ('صحيفة «الغارديان»') is registered as written, and a mention
    cut at the closing mark keeps only the opening one; a stored name carries neither.
    """
    if not who.speaker or who.speaker == (plain := " ".join(who.speaker.translate(_QUOTE_MARKS).split())):
        return who
    return replace(who, speaker=plain or None)


def quote_evidence(frame: Frame, who: Resolved, named_in: dict[str, int], *, content: str, mention: str,
                   speaker_quotes: int) -> QuoteEvidence:
    """Return the evidence behind one frame's quote; remember where its speaker was named.

    ``named_in`` maps each speaker to the paragraph of the last frame that named it, so a
    "وأضاف" three paragraphs after "قال الوزير" has distance 3. ``speaker_quotes`` is how
    many frames of the article the speaker has.
    """
    if who.speaker is not None and frame.mention is not None:
        named_in[who.speaker] = frame.paragraph
    last = named_in.get(who.speaker, -1) if who.speaker is not None else -1
    return QuoteEvidence(
        rule=frame.rule, link=frame.link, via=who.via, kind=frame.kind, closed=frame.closed,
        speaker_type=who.kind if who.speaker else "unknown",
        name_words=len(who.speaker.split()) if who.speaker else 0,
        distance=frame.paragraph - last if last >= 0 else -1,
        content_words=len(content.split()),
        relayed=who.intermediary is not None,
        speaker_quotes=speaker_quotes,
        mention_words=len(mention.split()),
    )


def drop_repeated_quotes(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """Drop a quote whose words an earlier quote of the same speaker already holds.

    Scraped pages repeat paragraphs (a teaser, a run-together copy); the words were said
    once. Six words at least, so that short formulas are not taken for repeats; of quotes
    of exactly the same span, only the last found is kept.
    """
    # Two frames can take the same words ("فكتب يقول:", "قال رجل يدعى X:"): the later one,
    # nearer to the words, names the speaker more closely ("X", not "رجل").
    last = {(quote.start, quote.end): quote for quote in quotes}
    kept: list[ExtractedQuote] = []
    for quote in quotes:
        if last[(quote.start, quote.end)] is not quote:
            continue
        # (keys only for quotes of a speaker quoted before: most speakers are quoted once)
        earlier = [other.text for other in kept if other.speaker == quote.speaker]
        if earlier:
            key = normalize(quote.text)
            if len(key.split()) >= 6 and any(key in normalize(text) for text in earlier):
                continue
        kept.append(quote)
    return kept


def extraction_record(name: str, extraction: Extraction) -> dict:
    """Return the ``extract_quotes --format jsonl`` object for one article (the scorer's input)."""
    article = extraction.article
    return {
        "file": name,
        "article": {
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
        },
        "quotes": [quote_record(q) for q in extraction.quotes],
        "claims": [
            {"text": c.text, "quote_index": c.quote_index, "score": round(c.score, 3)}
            for c in extraction.claims
        ],
    }


def quote_record(quote: ExtractedQuote) -> dict:
    """Return the JSON object of one quote in an extraction record (the scorer's input)."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_mention": quote.speaker_mention,
        "speaker_type": quote.speaker_type,
        "cue": quote.cue,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "confidence": round(quote.confidence, 3),
    }
