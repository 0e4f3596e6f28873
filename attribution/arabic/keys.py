"""The normalised keys the database stores for an extraction, computed once, beside it.

Data flows one way: the extraction carries every key its rows need (the article's content
hash, each quote's search copy, statement key and fingerprints, its speaker's and
intermediary's lookup keys and its mention's vote, each claim's hash and search copy), and the importer writes them
as they are. The models derive the same keys with the same functions when an editor edits a
row, so an edited row and an imported one find each other.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from attribution.arabic.names import clean_full_name
from attribution.arabic.normalize import normalize, search_key
from attribution.arabic.speakers import split_role_and_name
from attribution.arabic.statements import word_fingerprints

# A database key column's width (``max_length``).
KEY_LENGTH: Final = 255
ANONYMOUS: Final = "anonymous"
GROUP: Final = "group"  # people the article does not name: "عدد من المواطنين"، "العشرات"
UNNAMED: Final = frozenset({ANONYMOUS, GROUP})


@dataclass(frozen=True)
class QuoteKeys:
    """One quote's keys: ``speaker`` and ``intermediary`` are "" when it has none."""

    search: str  # the search copy of the text (diacritics, hamza spellings and case folded)
    statement: str  # the key of the statement the quote founds when it joins none
    fingerprints: tuple[str, ...]  # what a reprint of the same words shares with it, sorted
    speaker: str
    intermediary: str
    vote: tuple[str, str]  # the name and the role the mention votes for (:func:`mention_vote`)


@dataclass(frozen=True)
class ClaimKeys:
    """One claim candidate's identity (``Claim.text_hash``) and search copy."""

    hash: str
    search: str


@dataclass(frozen=True)
class ArticleKeys:
    """An extraction's keys; ``quotes`` and ``claims`` run parallel to the extraction's."""

    content_hash: str
    quotes: tuple[QuoteKeys, ...]
    claims: tuple[ClaimKeys, ...]


def content_hash(raw: str) -> str:
    """Return the content hash of a raw article: stable across parser versions and respellings."""
    return hashlib.sha256(normalize(raw).encode()).hexdigest()


def text_hash(text: str) -> str:
    """Return the SHA-256 hex digest of ``text``'s search key: the identity of a long text."""
    return _digest(search_key(text))


def _digest(search: str) -> str:
    return hashlib.sha256(search.encode()).hexdigest()


def speaker_key(speaker: str | None, speaker_type: str, content_hash: str) -> str:
    """Return the key a quote's speaker is looked up by ("" for none).

    Anonymous sources and unnamed groups are keyed per article: two "مصدر مطلع" of two
    articles are not one person, nor two "عدد من المواطنين" one group.
    """
    if not speaker:
        return ""
    if speaker_type in UNNAMED:
        return f"anonymous:{content_hash[:16]}:{search_key(speaker)}"[:KEY_LENGTH]
    return search_key(speaker)[:KEY_LENGTH]


def mention_vote(mention: str, speaker: str | None) -> tuple[str, str]:
    """Return the clean name and the role a quote's mention votes for ("" each when none).

    A pronoun-dropped verb votes for nothing; "وزير الخارجية عادل الجبير" votes for "عادل
    الجبير" and the role "وزير الخارجية"; a surname the article itself expanded votes for the
    full name the extractor resolved ("بوتين" for "فلاديمير بوتين").
    """
    if not mention:
        return "", ""
    name = clean_full_name(mention)
    if name and speaker:
        full = clean_full_name(speaker)  # ("فان جال" for "لويس فان جال" too)
        if normalize(full).endswith(" " + normalize(name)):
            name = full
    return name, split_role_and_name(mention).role[:KEY_LENGTH]


def article_keys(
    raw: str, quotes: list[tuple[str, str | None, str, str | None, str]], claims: list[str]
) -> ArticleKeys:
    """Return the keys of an article's extraction.

    ``quotes`` holds each quote's (text, speaker, speaker type, intermediary, mention),
    ``claims`` each claim candidate's text.
    """
    digest = content_hash(raw)
    found = []
    for text, speaker, speaker_type, intermediary, mention in quotes:
        folded = normalize(text)
        search = folded.casefold()  # search_key(text), the fold done once for both keys
        found.append(QuoteKeys(
            search=search, statement=_digest(search), fingerprints=tuple(sorted(word_fingerprints(folded.split()))),
            speaker=speaker_key(speaker, speaker_type, digest),
            intermediary=search_key(intermediary)[:KEY_LENGTH] if intermediary else "",
            vote=mention_vote(mention, speaker),
        ))
    claimed = []
    for text in claims:
        search = search_key(text)
        claimed.append(ClaimKeys(hash=_digest(search), search=search))
    return ArticleKeys(content_hash=digest, quotes=tuple(found), claims=tuple(claimed))
