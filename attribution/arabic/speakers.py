"""Resolve speaker mentions to canonical speakers within one article.

A mention is split into role and name ("الرئيس الروسي فلاديمير بوتين" → name فلاديمير
بوتين, role الرئيس الروسي). An article registry then links surnames, roles, spelling
variants, institution back-references and subject-less verbs to the speakers seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from attribution.arabic import lexicon as lx
from attribution.arabic.quotes import Frame, fold_word

_PUNCT = " \t\n،,؛;:.!؟?()[]-–—«»“”„\"″'"


def _fs(words) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


_HONORIFICS = _fs(lx.HONORIFICS)
_ROLE_HEADS = _fs(w for w in lx.ROLE_HEADS if " " not in w)
_ROLE_LINKS = _fs(lx.ROLE_LINKS)
_ORG_HEADS = _fs(w for w in lx.ORGANIZATION_HEADS if " " not in w)
_ORG_BACKREFS = _fs(lx.ORGANIZATION_BACKREFS)
_ANON_HEADS = _fs(lx.ANONYMOUS_HEADS)
_GIVEN = _fs(lx.GIVEN_NAMES)
_NAME_LINKS = _fs(lx.NAME_LINKS)


@dataclass
class Mention:
    """A speaker mention split into its parts."""

    text: str
    name: str = ""
    role: str = ""
    kind: str = "unknown"  # person / organization / anonymous / role / unknown
    aliases: tuple[str, ...] = ()


@dataclass
class Entity:
    """One speaker of the article registry."""

    name: str
    kind: str
    role: str = ""
    gender: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return [fold_word(w) for w in self.name.split()]


def _words(text: str) -> list[str]:
    return [w.strip(_PUNCT) for w in text.replace("،", " ، ").split() if w.strip(_PUNCT) or w == "،"]


def _is_name_word(word: str) -> bool:
    folded = fold_word(word)
    return not (folded.startswith("ال") or folded in _ROLE_HEADS or folded in _ROLE_LINKS
                or folded in _HONORIFICS or folded in _ORG_HEADS or folded in _ANON_HEADS)


def split_role_and_name(text: str) -> Mention:
    """Split a mention into role and name.

    "الرئيس الروسي فلاديمير بوتين" → name "فلاديمير بوتين", role "الرئيس الروسي";
    "الدكتور سليمان السماحي الرئيس التنفيذي" → name "سليمان السماحي".
    """
    segments = [s for s in (" ".join(_words(part)) for part in text.replace(",", "،").split("،")) if s]
    if not segments:
        return Mention(text)
    parts = [_split_segment(seg) for seg in segments]
    named = [p for p in parts if p.kind == "person" and p.name]
    if named:
        best = named[0]
        roles = [p.role or p.text for p in parts if p is not best and p.kind in ("role", "organization")]
        role = " ".join(r for r in [best.role, *roles] if r)
        return Mention(text, best.name, role, "person", best.aliases)
    return parts[0] if parts[0].kind != "unknown" or len(parts) == 1 else parts[0]


def _split_segment(segment: str) -> Mention:
    words = segment.split()
    folded = [fold_word(w) for w in words]
    # Honorifics before a name are dropped: "الدكتور"، "الفريق الركن".
    i = 0
    while i < len(words) and folded[i] in _HONORIFICS:
        i += 1
    honor = " ".join(words[:i])
    rest, frest = words[i:], folded[i:]
    if not rest:
        return Mention(segment, "", segment, "role")
    head = frest[0]
    if head in _ANON_HEADS and not any(w in _GIVEN for w in frest):
        return Mention(segment, segment, "", "anonymous")
    # A known given name starts the name wherever it is.
    for j, word in enumerate(frest):
        if word in _GIVEN or (word.startswith("عبد") and len(word) > 4):
            end = j + 1
            while end < len(rest) and end - j < 6 and (frest[end] in _NAME_LINKS or (
                    frest[end] not in _ROLE_HEADS and frest[end] not in _HONORIFICS
                    and frest[end] not in _ROLE_LINKS and frest[end] not in _ORG_HEADS)):
                end += 1
            name = " ".join(rest[j:end])
            role = " ".join(x for x in (honor, " ".join(rest[:j]), " ".join(rest[end:])) if x)
            return Mention(segment, name, role, "person", _kunya_alias(rest[j:end]))
    if head in _ROLE_HEADS:
        # Trailing run of name words after the role: "المتحدث باسمه دميتري بيسكوف".
        j = len(rest)
        while j > 1 and _is_name_word(rest[j - 1]):
            j -= 1
        if j < len(rest):
            return Mention(segment, " ".join(rest[j:]), " ".join([honor, *rest[:j]]).strip(), "person")
        return Mention(segment, "", segment, "role")
    if head in _ORG_HEADS or head.startswith("ال") and not honor:
        return Mention(segment, " ".join(rest), "", "organization" if head in _ORG_HEADS else "unknown")
    name_words = rest[:4]
    return Mention(segment, " ".join(name_words), honor, "person")


def _kunya_alias(words: list[str]) -> tuple[str, ...]:
    """Return the kunya inside a name as an alias: "محمود عباس أبو مازن" → ("أبو مازن",)."""
    folded = [fold_word(w) for w in words]
    for i, word in enumerate(folded[1:], 1):
        if word in ("ابو", "ام") and i + 1 < len(words):
            return (" ".join(words[i : i + 2]),)
    return ()


@dataclass
class Resolved:
    """The speaker fields of one frame."""

    speaker: str | None
    mention: str
    kind: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    intermediary: str | None = None
    confidence: float = 0.5


class Registry:
    """The speakers of one article, with the evidence to link later mentions to them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def add(self, mention: Mention, gender: str) -> Entity:
        """Return the entity for a named mention, registering it when new."""
        found = self.find_name(mention.name)
        if found is not None:
            if len(mention.name.split()) > len(found.name.split()) and mention.kind == found.kind:
                found.aliases.append(found.name)
                found.name = mention.name
            elif mention.name != found.name and mention.name not in found.aliases:
                found.aliases.append(mention.name)
            if mention.role and not found.role:
                found.role = mention.role
            found.gender = found.gender or gender
            found.aliases.extend(a for a in mention.aliases if a not in found.aliases)
            return found
        entity = Entity(mention.name, mention.kind, mention.role, gender, list(mention.aliases))
        self.entities.append(entity)
        return entity

    def find_name(self, name: str) -> Entity | None:
        """Return the entity a name refers to: same name, a part of it, or a spelling variant.

        "الهباش" → محمود الهباش; "فيليب تورو" → فيليب تورل.
        """
        tokens = [fold_word(w) for w in name.split()]
        if not tokens:
            return None
        for entity in reversed(self.entities):
            etoks = entity.tokens
            alias_toks = [fold_word(w) for a in entity.aliases for w in a.split()]
            if tokens == etoks or all(t in etoks or t in alias_toks for t in tokens):
                return entity
        if len(tokens) >= 2:
            for entity in reversed(self.entities):
                etoks = entity.tokens
                if entity.kind == "person" and len(etoks) >= 2 and etoks[0] == tokens[0] and len(tokens) == len(etoks):
                    if _spelling_variant(etoks[-1], tokens[-1]):
                        return entity
        return None

    def find_role(self, role: str) -> Entity | None:
        """Return the person last introduced with ``role``: "الرئيس الروسي" → بوتين."""
        key = [w for w in (fold_word(x) for x in role.split()) if w not in _HONORIFICS]
        if not key:
            return None
        for entity in reversed(self.entities):
            have = [fold_word(w) for w in entity.role.split()]
            if entity.kind == "person" and have and _contains_run(have, key):
                return entity
        return None


def _contains_run(have: list[str], need: list[str]) -> bool:
    n = len(need)
    return any(have[i : i + n] == need for i in range(len(have) - n + 1))


def _spelling_variant(a: str, b: str) -> bool:
    """Return whether two name words are spellings of one name: "تورل" / "تورو"."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 3 and abs(len(a) - len(b)) <= 1


def resolve(frames: list[Frame], text: str, body_of) -> list[Resolved]:
    """Return the speaker of each frame, in order.

    ``text`` is the folded body frames point into; ``body_of(start, end)`` returns the
    original text of a folded span (mentions are reported as written).
    """
    registry = Registry()
    names = NameIndex(text, body_of)
    # Pass 1: register every explicit named mention so earlier short forms resolve too.
    parsed: list[Mention | None] = []
    for frame in frames:
        if frame.mention:
            mention = split_role_and_name(body_of(*frame.mention))
            parsed.append(mention)
            if mention.kind == "person" and mention.name and len(mention.name.split()) >= 2:
                registry.add(mention, frame.gender)
        else:
            parsed.append(None)
    results: list[Resolved] = []
    history: list[tuple[Entity, str]] = []
    for frame, mention in zip(frames, parsed, strict=True):
        resolved, entity = _resolve_one(frame, mention, registry, history, names)
        if entity is not None:
            if not entity.gender and frame.link in ("explicit", "subject_first", "colon"):
                entity.gender = frame.gender
            history.append((entity, frame.gender))
        results.append(resolved)
    return results


def _resolve_one(frame: Frame, mention: Mention | None, registry: Registry,
                 history: list[tuple[Entity, str]], names: NameIndex) -> tuple[Resolved, Entity | None]:
    intermediary = names.body_of(*frame.intermediary) if frame.intermediary else None
    if frame.link in ("continuation", "participle", "answer"):
        entity = _previous_speaker(frame, history) if frame.link != "answer" else _interviewee(history, registry)
        if entity is None:
            return Resolved(None, "", "unknown", confidence=0.2), None
        conf = {"participle": 0.8, "continuation": 0.7, "answer": 0.75}[frame.link]
        return _out(entity, "", conf, intermediary), entity
    assert mention is not None
    written = mention.text
    if mention.kind == "anonymous":
        entity = _anonymous_backref(mention, history) or registry.add(mention, frame.gender)
        return _out(entity, written, 0.7, intermediary), entity
    if mention.kind == "person" and mention.name:
        entity = registry.find_name(mention.name)
        if entity is None and len(mention.name.split()) == 1:
            full = names.full_name(mention.name)
            if full:
                mention = Mention(mention.text, full, mention.role, "person", mention.aliases)
                entity = registry.find_name(full)
        entity = entity or registry.add(mention, frame.gender)
        if mention.role and not entity.role:
            entity.role = mention.role
        conf = 0.9 if len(mention.name.split()) >= 2 else 0.8
        return _out(entity, written, conf, intermediary), entity
    if mention.kind == "role":
        entity = registry.find_role(mention.role)
        if entity is not None:
            return _out(entity, written, 0.75, intermediary), entity
        named = names.after_role(mention.role)
        if named is not None:
            entity = registry.find_name(named.name) or registry.add(named, frame.gender)
            return _out(entity, written, 0.7, intermediary), entity
        entity = registry.add(Mention(written, mention.role, "", "person"), frame.gender)
        return _out(entity, written, 0.5, intermediary), entity
    # Organisations and bare definite words: a surname, a back-reference or an institution.
    name = mention.name or written
    entity = registry.find_name(name)
    if entity is None and len(name.split()) == 1:
        full = names.full_name(name)
        if full:
            entity = registry.find_name(full) or registry.add(Mention(written, full, "", "person"), frame.gender)
    if entity is None and fold_word(name.split()[0]) in _ORG_BACKREFS:
        entity = _organization_backref(name, history, registry)
    if entity is None:
        kind = "organization" if mention.kind in ("organization", "unknown") else mention.kind
        entity = registry.add(Mention(written, name, "", kind), frame.gender)
    return _out(entity, written, 0.75, intermediary), entity


class NameIndex:
    """Names written anywhere in the article, narration included.

    "الرئيس اليمني عبدربه منصور هادي" in the lead lets a later "وأكد الرئيس اليمني"
    resolve, and "الدكتور توفيق بن أحمد خوجة" lets "وأفاد الدكتور خوجة" resolve.
    """

    def __init__(self, text: str, body_of) -> None:
        self.text = text
        self.body_of = body_of
        self.words = [(m.start(), m.end(), m.group().strip(_PUNCT)) for m in _WORD_RE.finditer(text)]

    def full_name(self, surname: str) -> str | None:
        """Return the full name ending in ``surname``: "خوجة" → "توفيق بن أحمد خوجة"."""
        key = fold_word(surname)
        for i, (_s, _e, word) in enumerate(self.words):
            if word != key:
                continue
            for j in range(i - 1, max(-1, i - 5), -1):
                prev = self.words[j][2]
                if prev in _GIVEN or (prev.startswith("عبد") and len(prev) > 4):
                    start = j
                    while start > 0 and self.words[start - 1][2] in _GIVEN and start > j - 1:
                        start -= 1
                    return self.body_of(self.words[start][0], self.words[i][1]).strip(_PUNCT)
                if not (prev in _NAME_LINKS or _is_name_word(prev)):
                    break
        return None

    def after_role(self, role: str) -> Mention | None:
        """Return the person named right after ``role`` somewhere in the article."""
        key = [fold_word(w) for w in role.split() if fold_word(w) not in _HONORIFICS]
        n = len(key)
        if not n:
            return None
        folded_words = [w for _s, _e, w in self.words]
        for i in range(len(folded_words) - n):
            if folded_words[i : i + n] == key:
                stop = i + n
                while stop < len(self.words) and stop < i + n + 6:
                    gap = self.text[self.words[stop - 1][1] : self.words[stop][0]]
                    if any(ch in gap for ch in "،,.:؛") or self.words[stop][2] in ("في", "خلال", "ان"):
                        break
                    stop += 1
                if stop == i + n:
                    continue
                mention = split_role_and_name(self.body_of(self.words[i][0], self.words[stop - 1][1]))
                if mention.kind == "person" and mention.name and len(mention.name.split()) >= 2:
                    return mention
        return None


_WORD_RE = re.compile(r"[^\s،,؛;:]+")


def _out(entity: Entity, written: str, confidence: float, intermediary: str | None) -> Resolved:
    aliases = tuple(a for a in entity.aliases if a != entity.name)
    return Resolved(entity.name, written, entity.kind, entity.role, aliases, intermediary, confidence)


def _previous_speaker(frame: Frame, history: list[tuple[Entity, str]]) -> Entity | None:
    """Return the speaker a subject-less verb continues, preferring one of its gender.

    "وأضافت" after a woman and then a man goes back to the woman.
    """
    if not history:
        return None
    last = history[-1][0]
    if frame.link == "participle" or frame.gender == "p":
        return last
    for entity, _gender in reversed(history[-6:]):
        if _gender_agrees(entity, frame.gender):
            return entity
    return last


def _gender_agrees(entity: Entity, gender: str) -> bool:
    if entity.kind != "person":
        return True  # institutions take either agreement
    return not entity.gender or entity.gender == gender or entity.gender == "p"


def _interviewee(history: list[tuple[Entity, str]], registry: Registry) -> Entity | None:
    persons = [e for e, _ in history if e.kind == "person"]
    if persons:
        return max(persons, key=lambda e: (sum(1 for x, _ in history if x is e), -persons.index(e)))
    return next((e for e in registry.entities if e.kind == "person"), None)


def _anonymous_backref(mention: Mention, history: list[tuple[Entity, str]]) -> Entity | None:
    """Return the earlier anonymous source "المصدر" refers to ("مصدر مطلع")."""
    head = fold_word(mention.name.split()[0])
    if not head.startswith("ال"):
        return None
    bare = head[2:]
    for entity, _g in reversed(history):
        if entity.kind == "anonymous" and fold_word(entity.name.split()[0]) == bare:
            return entity
    return None


def _organization_backref(name: str, history: list[tuple[Entity, str]], registry: Registry) -> Entity | None:
    """Return the institution "المجلس" / "الشركة الهندية" / "البيان" refers back to."""
    head = fold_word(name.split()[0])
    bare = head[2:] if head.startswith("ال") else head
    orgs = [e for e, _g in reversed(history) if e.kind == "organization"]
    for entity in orgs:
        if bare in entity.tokens or head in entity.tokens:
            return entity
    if head == fold_word("البيان") and history:
        return history[-1][0]
    return orgs[0] if orgs else None
