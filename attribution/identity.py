"""One person, one speaker row: mention votes, display names, automatic joins and merge candidates.

The name rules are pure (``arabic/names.py``); this module applies them to the stored rows.
A speaker an editor verified or changed (:func:`curated_speaker_ids`) is never renamed,
joined or given another row's quotes here: at most it appears in a candidate for an editor
to confirm (``curation.confirm_candidate``) or dismiss.

- :func:`record_mentions` counts, per speaker, how each quote's mention writes the name
  (``SpeakerAlias.mentions``) and which roles it gives (``SpeakerRole``); the importer calls
  it for every batch of articles.
- :func:`refresh_names` shows each speaker under its best-attested clean full name.
- :func:`rebuild_speakers` recomputes all of it over a stored archive and joins rows that
  are one person (``manage.py rebuild_speakers``).
- :func:`person_groups` groups rows into persons for ``manage.py speakers_report``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import reduce
from operator import or_

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q
from django.db.models.functions import Greatest
from django.utils import timezone

from attribution.arabic import lexicon as lx
from attribution.arabic import words as wd
from attribution.arabic.keys import mention_vote
from attribution.arabic.names import (
    best_attested_name,
    clean_full_name,
    dynastic_extension,
    identity_key,
    lone_family_name,
    misspelt_pair,
    patronymic,
    same_person,
    spelled_surname,
    unmarked_middle,
)
from attribution.arabic.normalize import normalize, search_key
from attribution.copying import rows_source
from attribution.models import (
    Article,
    Claim,
    Quote,
    Speaker,
    SpeakerAlias,
    SpeakerCandidate,
    SpeakerMerge,
    SpeakerRole,
    Statement,
    speaker_identity_key,
)

PERSON = Speaker.Kind.PERSON


def curated_speaker_ids(ids: Iterable[int] | None = None) -> set[int]:
    """Return the speakers (of ``ids``, or all) an editor verified, changed or merged into."""
    verified = Speaker.objects.filter(verified=True)
    # The importer writes speakers without history (bulk writes); a change recorded in the
    # history, or anything recorded with a user, is an editor's.
    edited = Speaker.history.filter(Q(history_user__isnull=False) | Q(history_type="~"))
    if ids is not None:
        ids = list(ids)
        verified, edited = verified.filter(pk__in=ids), edited.filter(id__in=ids)
    return set(verified.values_list("pk", flat=True)) | set(edited.values_list("id", flat=True).distinct())


# ---------------------------------------------------------------------------
# Mentions and roles


def record_mentions(quotes: Iterable[Quote], *, sign: int = 1) -> set[int]:
    """Count the mentions of saved ``quotes`` into their speakers' aliases and roles.

    ``sign=-1`` takes back the votes of quotes about to be deleted. Returns the speakers
    whose name may have to change: a vote for the name a speaker already shows (and has a
    role for) cannot change it, which spares most imports the refresh. Anonymous sources
    and organisations get no votes: their name is the mention. A quote the importer made
    carries its vote (``vote``, from the extraction's keys); a stored one's is worked out again.
    """
    votes: Counter[tuple[int, str]] = Counter()
    roles: dict[tuple[int, str], list] = {}
    quotes_seen = []
    for quote in quotes:
        quotes_seen.append(quote)
        if quote.speaker_id is None or not quote.speaker_mention:
            continue
        name, role = getattr(quote, "vote", None) or mention_vote(quote.speaker_mention, None)
        if name:
            votes[(quote.speaker_id, name)] += 1
        if role and sign > 0:
            entry = roles.setdefault((quote.speaker_id, role), [0, quote.published_at])
            entry[0] += 1
    if not votes and not roles:
        return set()
    ids = {sid for sid, _ in votes} | {sid for sid, _ in roles}
    cached = {q.speaker_id: q.speaker for q in quotes_seen if Quote.speaker.is_cached(q) and q.speaker}
    persons = {sid for sid in ids if sid in cached and cached[sid].kind == PERSON}
    if ids - cached.keys():
        persons |= set(Speaker.objects.filter(pk__in=ids - cached.keys(), kind=PERSON).values_list("pk", flat=True))
    _add_votes(Counter({k: n * sign for k, n in votes.items() if k[0] in persons}))
    if sign > 0:
        _add_roles({k: v for k, v in roles.items() if k[0] in persons})
    settled = {sid for sid in persons if sign > 0 and sid in cached and cached[sid].role
               and all(search_key(name) == cached[sid].name_normalized for vid, name in votes if vid == sid)}
    return persons - settled


def _add_votes(votes: Counter[tuple[int, str]]) -> None:
    """Add vote counts to aliases, creating the aliases not seen before: one statement.

    An alias is unique across speakers: a name that already names another speaker stays
    its (the ``WHERE``). Taken-back votes (negative) never bring a count below zero.
    """
    rows: dict[str, tuple[int, str, int]] = {}
    for (speaker_id, name), n in votes.items():
        key = search_key(name)[:255]
        if key and (key not in rows or rows[key][0] == speaker_id):
            previous = rows.get(key, (speaker_id, name[:255], 0))
            rows[key] = (speaker_id, previous[1], previous[2] + n)
    added = {key: row for key, row in rows.items() if row[2] > 0}
    for key, (speaker_id, _name, n) in rows.items():
        if n < 0:  # only when a re-extraction drops quotes
            SpeakerAlias.objects.filter(name_normalized=key, speaker_id=speaker_id).update(
                mentions=Greatest(F("mentions") + n, 0))
    if not added:
        return
    table = connection.ops.quote_name(SpeakerAlias._meta.db_table)
    now = timezone.now()
    source, params = rows_source(  # key order: concurrent imports lock alike
        [(speaker_id, name, key, n, now) for key, (speaker_id, name, n) in sorted(added.items())],
        ("bigint", "varchar", "varchar", "integer", "timestamptz"),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (speaker_id, name, name_normalized, mentions, created_at) {source} "
            f"ON CONFLICT (name_normalized) DO UPDATE SET mentions = {table}.mentions + excluded.mentions "
            f"WHERE {table}.speaker_id = excluded.speaker_id",
            params,
        )


def _add_roles(roles: dict[tuple[int, str], list]) -> None:
    """Add role mentions and widen their seen dates, creating roles not seen before: one statement."""
    rows: dict[tuple[int, str], list] = {}
    for (speaker_id, role), (n, seen) in roles.items():
        key = search_key(role)[:255]
        if key:
            row = rows.setdefault((speaker_id, key), [role[:255], 0, seen, seen])
            row[1] += n
            if seen is not None:
                row[2] = seen if row[2] is None else min(row[2], seen)
                row[3] = seen if row[3] is None else max(row[3], seen)
    if not rows:
        return
    table = connection.ops.quote_name(SpeakerRole._meta.db_table)
    source, params = rows_source(
        [(speaker_id, role, key, n, first, last) for (speaker_id, key), (role, n, first, last) in sorted(rows.items())],
        ("bigint", "varchar", "varchar", "integer", "timestamptz", "timestamptz"),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (speaker_id, role, role_normalized, mentions, first_seen, last_seen) {source} "
            f"ON CONFLICT (speaker_id, role_normalized) DO UPDATE SET "
            f"mentions = {table}.mentions + excluded.mentions, "
            f"first_seen = CASE WHEN {table}.first_seen IS NULL OR excluded.first_seen < {table}.first_seen "
            f"THEN excluded.first_seen ELSE {table}.first_seen END, "
            f"last_seen = CASE WHEN {table}.last_seen IS NULL OR excluded.last_seen > {table}.last_seen "
            f"THEN excluded.last_seen ELSE {table}.last_seen END",
            params,
        )


def refresh_names(speaker_ids: Iterable[int], *, curated: set[int] | None = None) -> int:
    """Show each uncurated person of ``speaker_ids`` under its best-attested clean name.

    Returns how many were renamed. The role shown is the most mentioned one when the
    speaker has none. Written with a bare UPDATE: history records editors' changes only.
    """
    ids = set(speaker_ids) - (curated or set())
    if not ids:
        return 0
    speakers = Speaker.objects.filter(pk__in=ids, kind=PERSON)
    if curated is None:  # one query: the rows and whether an editor touched them
        edited = Speaker.history.filter(Q(history_user__isnull=False) | Q(history_type="~"), id=OuterRef("pk"))
        speakers = speakers.filter(verified=False).exclude(Exists(edited))
    speakers = list(speakers.only("key", "name", "role", "identity_key", "kind"))
    ids = {speaker.pk for speaker in speakers}
    if not ids:
        return 0
    votes: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for speaker_id, name, n in SpeakerAlias.objects.filter(speaker_id__in=ids, mentions__gt=0).values_list(
            "speaker_id", "name", "mentions"):
        votes[speaker_id].append((name, n))
    top_role = {}
    roleless = [speaker.pk for speaker in speakers if not speaker.role]
    for speaker_id, role in SpeakerRole.objects.filter(speaker_id__in=roleless).order_by(
            "speaker_id", "-mentions", "role").values_list("speaker_id", "role"):
        top_role.setdefault(speaker_id, role)
    renamed = 0
    changed: dict[int, dict[str, str]] = {}
    rekeyed: dict[int, str] = {}
    for speaker in speakers:
        name = best_attested_name(speaker.name, votes.get(speaker.pk, []))
        changes = {}
        if name != speaker.name:
            changes.update(name=name[:255], name_normalized=search_key(name)[:255])
            renamed += 1
        key = speaker_identity_key(name, speaker.kind)
        if key != speaker.identity_key:
            changes["identity_key"] = key
        if not speaker.role and speaker.pk in top_role:
            changes["role"] = top_role[speaker.pk]
        if changes:
            changed[speaker.pk] = changes
        if "name" in changes and speaker.key != changes["name_normalized"]:
            # The key follows the name, so the row does not depend on which article came first;
            # unless another row holds that key (the rebuild joins them).
            rekeyed[speaker.pk] = changes["name_normalized"]
    _update_speakers(changed)
    _rekey_speakers(rekeyed)
    return renamed


_RENAMED_FIELDS = ("name", "name_normalized", "identity_key", "role")


def _update_speakers(changed: dict[int, dict[str, str]]) -> None:
    """Write each speaker's changed fields (bare updates: history records editors' changes only).

    On PostgreSQL one statement for all (a batch renames dozens of speakers); a field a row's
    changes leave out keeps its stored value.
    """
    if not changed:
        return
    if connection.vendor != "postgresql":
        for pk, changes in changed.items():
            Speaker.objects.filter(pk=pk).update(**changes)
        return
    table = connection.ops.quote_name(Speaker._meta.db_table)
    ids = sorted(changed)  # one lock order for concurrent imports
    columns = {name: [changed[pk].get(name) for pk in ids] for name in _RENAMED_FIELDS}
    sets = ", ".join(f"{name} = coalesce(v.{name}, s.{name})" for name in _RENAMED_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS s SET {sets} "
            f"FROM unnest(%s::bigint[], %s::varchar[], %s::varchar[], %s::varchar[], %s::varchar[]) "
            f"AS v(id, {', '.join(_RENAMED_FIELDS)}) WHERE s.id = v.id",
            [ids, *columns.values()],
        )


def _rekey_speakers(keys: dict[int, str]) -> None:
    """Give each speaker its new key, unless another row holds that key (the rebuild joins them)."""
    wanted: dict[str, int] = {}
    for pk in sorted(keys):
        wanted.setdefault(keys[pk], pk)  # two rows after one key: the older row takes it
    pending = {pk: key for key, pk in wanted.items()}
    if connection.vendor == "postgresql" and pending:
        table = connection.ops.quote_name(Speaker._meta.db_table)
        ids = sorted(pending)
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} AS s SET key = v.key FROM unnest(%s::bigint[], %s::varchar[]) AS v(id, key) "
                    f"WHERE s.id = v.id AND NOT EXISTS (SELECT 1 FROM {table} AS o WHERE o.key = v.key)",
                    [ids, [pending[pk] for pk in ids]],
                )
            return
        except IntegrityError:
            pass  # a concurrent import took one of the keys meanwhile: row by row below
    for pk, key in sorted(pending.items()):
        try:
            with transaction.atomic():
                Speaker.objects.filter(pk=pk).update(key=key)
        except IntegrityError:
            pass


# ---------------------------------------------------------------------------
# Joins and candidates


@transaction.atomic
def join_speakers(*, survivor: Speaker, others: list[Speaker], reason: str) -> list[SpeakerMerge]:
    """Join rows that are the survivor's person: an automatic merge, not an editor's.

    Quotes, claims, relayed quotes, members, aliases and roles move; quotes stay uncurated
    (a re-import may still replace them). Each joined row leaves a SpeakerMerge record with
    no editor, which an editor can undo like any merge.
    """
    records = []
    statements: set[int] = set()
    for other in others:
        if other.pk == survivor.pk:
            continue
        quote_ids = list(Quote.objects.filter(speaker=other).values_list("pk", flat=True))
        snapshot = {
            "key": other.key, "name": other.name, "kind": other.kind, "role": other.role,
            "wikidata_id": other.wikidata_id, "verified": other.verified, "affiliation": other.affiliation_id,
            "quotes": quote_ids,
            "relayed_quotes": list(other.relayed_quotes.values_list("pk", flat=True)),
            "claims": list(other.claims.values_list("pk", flat=True)),
            "aliases": list(other.aliases.values_list("name", flat=True)),
            "members": list(other.members.values_list("pk", flat=True)),
            "automatic": reason,
        }
        statements |= set(Quote.objects.filter(pk__in=quote_ids, statement__isnull=False)
                          .values_list("statement_id", flat=True))
        Quote.objects.filter(pk__in=quote_ids).update(speaker=survivor, updated_at=timezone.now())
        other.relayed_quotes.update(intermediary=survivor)
        Claim.objects.filter(claimant=other).update(claimant=survivor)
        other.members.update(affiliation=survivor)
        other.aliases.update(speaker=survivor)
        other.merges.update(survivor=survivor)
        Statement.objects.filter(majority_speaker=other).update(majority_speaker=survivor)
        _move_roles(other, survivor)
        SpeakerAlias.objects.get_or_create(
            name_normalized=search_key(other.name)[:255], defaults={"speaker": survivor, "name": other.name}
        )
        records.append(SpeakerMerge.objects.create(
            survivor=survivor, merged_key=other.key, merged_name=other.name, snapshot=snapshot, merged_by=None,
        ))
        other.skip_history_when_saving = True
        other.delete()
    if statements:
        from attribution.statements import refresh_statements

        refresh_statements(statements)
    return records


def _move_roles(other: Speaker, survivor: Speaker) -> None:
    have = {r.role_normalized: r for r in survivor.roles.all()}
    for role in other.roles.all():
        mine = have.get(role.role_normalized)
        if mine is None:
            SpeakerRole.objects.filter(pk=role.pk).update(speaker=survivor)
            continue
        mine.mentions += role.mentions
        mine.first_seen = min((d for d in (mine.first_seen, role.first_seen) if d), default=None)
        mine.last_seen = max((d for d in (mine.last_seen, role.last_seen) if d), default=None)
        mine.save(update_fields=["mentions", "first_seen", "last_seen"])


def suggest_candidate(first: Speaker | int, second: Speaker | int, *, reason: str, score: float = 0.5) -> None:
    """Record that two rows may be one person; an editor's earlier decision on the pair stands."""
    a, b = sorted(getattr(s, "pk", s) for s in (first, second))
    if a != b:
        SpeakerCandidate.objects.bulk_create(
            [SpeakerCandidate(first_id=a, second_id=b, reason=reason, score=score)], ignore_conflicts=True,
        )


@dataclass
class Evidence:
    shared_statements: int = 0
    shared_outlets: int = 0
    same_role: bool = False

    def score(self, base: float) -> float:
        """Return how likely the pair is one person, 0..1, from the reason's base and the evidence."""
        return round(min(1.0, base + 0.2 * min(self.shared_statements, 2) / 2
                         + 0.1 * min(self.shared_outlets, 3) / 3 + 0.1 * self.same_role), 3)


_BASE_SCORE = {"same_key": 0.6, "surname": 0.3, "contains": 0.3}


def candidate_evidence(first_id: int, second_id: int) -> Evidence:
    """Return what two rows share: statements, outlets, a role."""
    statements = [set(Quote.objects.filter(speaker_id=s, statement__isnull=False)
                      .values_list("statement_id", flat=True)) for s in (first_id, second_id)]
    outlets = [set(Article.objects.filter(quotes__speaker_id=s).exclude(outlet="")
                   .values_list("outlet", flat=True).distinct()) for s in (first_id, second_id)]
    roles = [set(SpeakerRole.objects.filter(speaker_id=s).values_list("role_normalized", flat=True))
             for s in (first_id, second_id)]
    return Evidence(len(statements[0] & statements[1]), len(outlets[0] & outlets[1]), bool(roles[0] & roles[1]))


def refresh_candidate_evidence(candidates: Iterable[SpeakerCandidate]) -> None:
    """Recompute the evidence and score of open candidates."""
    for candidate in candidates:
        if candidate.status != SpeakerCandidate.Status.OPEN:
            continue
        evidence = candidate_evidence(candidate.first_id, candidate.second_id)
        SpeakerCandidate.objects.filter(pk=candidate.pk).update(
            shared_statements=evidence.shared_statements, shared_outlets=evidence.shared_outlets,
            same_role=evidence.same_role, score=evidence.score(_BASE_SCORE.get(candidate.reason, 0.3)),
        )


# ---------------------------------------------------------------------------
# Persons: rows grouped by identity


@dataclass
class Row:
    """One speaker row as the grouping sees it."""

    pk: int
    name: str
    quotes: int
    curated: bool = False
    clean: str = ""
    key: str = ""
    kind: str = PERSON  # an organisation or unknown row named by a person's name only joins a person
    fathered: str = ""  # the row's alias with a father's name, when its name has none (a join's trace)
    surnames: set[str] = field(default_factory=set)  # family names as its name and aliases spell them
    roles: set[str] = field(default_factory=set)  # its titles of two words or more, normalised

    def __post_init__(self) -> None:
        if self.kind == Speaker.Kind.ORGANIZATION:
            # An institution's name may hold a person's ("مركز كارتر"): only a bare word counts.
            one_word = " " not in self.name.strip()
            self.clean = (clean_full_name(self.name) or lone_family_name(self.name)) if one_word else ""
        else:
            self.clean = clean_full_name(self.name) or (lone_family_name(self.name) if self.kind != PERSON else "")
        self.key = identity_key(self.clean) if self.clean else ""
        if self.clean:
            self.surnames.add(spelled_surname(self.clean))

    @property
    def full(self) -> str:
        """The fullest name the row is known by: "أحمد عسيري" joined with "أحمد حسن عسيري" is the latter."""
        return self.fathered or self.clean


@dataclass
class Person:
    """Rows that are one person: ``rows[0]`` is the main row (most quotes)."""

    key: str
    rows: list[Row] = field(default_factory=list)
    siblings: list[Row] = field(default_factory=list)  # rows that look like the person, not joined
    named: bool = True  # False for a row with no personal name or only a given name

    @property
    def quotes(self) -> int:
        return sum(r.quotes for r in self.rows)

    @property
    def main(self) -> Row:
        return self.rows[0]

    def sort_rows(self) -> None:
        """Put the person rows first, most quotes first: the main row is always a person's."""
        self.rows.sort(key=lambda r: (r.kind != PERSON, -r.quotes, r.pk))


def _clusters(rows: list[Row]) -> tuple[list[list[Row]], list[list[Row]]]:
    """Split rows of one identity key into persons; return them and the ambiguous ones.

    Rows with a father's name cluster by :func:`same_person`. A row without one joins the
    one cluster it fits; fitting two (two fathers) it is ambiguous and stays apart, unless
    one of them holds ``DOMINANT_SHARE`` times the quotes of the others together (as for a
    lone surname: the spokesman quoted every day, not a namesake quoted twice).
    """
    def home(row: Row, clusters: list[list[Row]]) -> list[list[Row]]:
        return [c for c in clusters if all(same_person(row.full, other.full) for other in c)]

    ordered = sorted(rows, key=lambda r: (-r.quotes, r.pk))
    fathered: list[list[Row]] = []
    for row in (r for r in ordered if patronymic(r.full)):
        fits = home(row, fathered)
        fits[0].append(row) if fits else fathered.append([row])
    loose: list[list[Row]] = []
    ambiguous: list[list[Row]] = []
    for row in (r for r in ordered if not patronymic(r.full)):
        fits = home(row, fathered)
        if len(fits) > 1:
            fits = _dominant(fits)
        if len(fits) == 1:
            fits[0].append(row)
        elif len(fits) > 1:
            ambiguous.append([row])
        else:
            fits = home(row, loose)
            fits[0].append(row) if fits else loose.append([row])
    return fathered + loose, ambiguous


def _dominant(clusters: list[list[Row]]) -> list[list[Row]]:
    """Return the one cluster holding ``DOMINANT_SHARE`` times the others' quotes, or them all."""
    ranked = sorted(clusters, key=lambda c: -sum(r.quotes for r in c))
    rest = sum(r.quotes for c in ranked[1:] for r in c)
    return ranked[:1] if sum(r.quotes for r in ranked[0]) >= DOMINANT_SHARE * max(rest, 1) else clusters


def group_persons(rows: list[Row]) -> tuple[list[Person], dict[int, list[Person]]]:
    """Group rows into persons by identity key, then attach lone surnames to a unique person.

    Returns the persons and, for each row that could belong to more than one person (a
    surname two persons share, a name without its father's between two fathers), the
    persons it may belong to.
    """
    by_key: dict[str, list[Row]] = defaultdict(list)
    persons: list[Person] = []
    joiners = [row for row in rows if row.kind != PERSON and row.key]
    for row in rows:
        if row.kind != PERSON:
            continue  # organisation and unknown rows only join persons (below), never make one
        if row.key:
            by_key[row.key].append(row)
        else:
            persons.append(Person("", [row], named=False))  # no name in it ("المسؤول"، "بصراحة")
    ambiguous: dict[int, list[Person]] = {}
    single: dict[str, list[Row]] = {}
    for key, members in by_key.items():
        if " " not in key:
            single[key] = members
            continue
        clusters, unsure = _clusters(members)
        made = [Person(key, c) for c in clusters]
        persons.extend(made)
        for cluster in unsure:
            persons.append(Person(key, cluster))
            ambiguous[cluster[0].pk] = made
        if len(made) > 1:
            for person in made:  # one key, two people: let an editor look
                ambiguous.setdefault(person.main.pk, [p for p in made if p is not person])
    _join_dynastic_names(persons, ambiguous)
    _join_misspellings(persons, ambiguous)
    by_surname: dict[str, list[Person]] = defaultdict(list)
    for person in persons:
        by_surname[person.key.rsplit(" ", 1)[-1]].append(person)
    # A word that ends a person's full name is a family name, whatever else it means ("ظريف").
    family_names = {name for p in persons for r in p.rows if " " in r.key for name in r.surnames}
    for key, members in single.items():
        owners = by_surname.get(key, [])
        given = _is_given_name(key)
        loose = [row for row in members if given or not (_is_surname(row) or spelled_surname(row.clean) in family_names)]
        # "محمد" (a given name) or "منطقة" (no name) alone is nobody in particular: each such
        # row stays apart, joined to no one.
        persons.extend(Person(key, [row], named=False) for row in loose)
        members = [row for row in members if row not in loose]
        if not members:
            continue
        owner = _surname_owner(members, owners)
        if owner is not None:
            owner.rows.extend(members)
        else:
            # An Arabic family name alone ("الأحمدي") is shared by many: nobody in particular
            # unless one person of it dominates; a foreign surname ("مورينيو") is one person.
            person = Person(key, members, named=not key.startswith(_ARTICLE))
            persons.append(person)
            owners = _spelled_owners(members, owners)
            if owners:
                for row in members:
                    ambiguous[row.pk] = owners
    _attach_joiners(joiners, persons, by_surname, family_names)
    for person in persons:
        person.sort_rows()
    return persons, ambiguous


def _join_dynastic_names(persons: list[Person], ambiguous: dict[int, list[Person]]) -> None:
    """Join "تركي بن طلال" to the one person written "تركي بن طلال آل سعود".

    Princes are named with their fathers and, often, without the dynasty: the short form
    joins the long one when exactly one person has it (two would be an editor's call).
    """
    held = {id(p) for people in ambiguous.values() for p in people}
    longs: dict[str, list[Person]] = defaultdict(list)  # by first name word
    for person in persons:
        if person.named and any(_FAMILY_WORD in normalize(r.clean).split() for r in person.rows):
            longs[person.key.split(" ", 1)[0]].append(person)
    if not longs:
        return
    for short in [p for p in persons if p.named and _SON_WORD in p.key.split() and id(p) not in held
                  and p.main.pk not in ambiguous]:
        fits = [p for p in longs.get(short.key.split(" ", 1)[0], []) if p is not short
                and any(dynastic_extension(s.clean, r.clean) for s in short.rows for r in p.rows)]
        if len(fits) == 1:
            fits[0].rows.extend(short.rows)
            persons.remove(short)


def _join_misspellings(persons: list[Person], ambiguous: dict[int, list[Person]]) -> None:
    """Join "أحمد واود أوغلو" to "أحمد داود أوغلو": one letter off in a transliterated word,
    and a title of two words or more in common ("رئيس الوزراء التركي"). Names alone would
    join strangers; the shared title is the evidence.
    """
    held = {id(p) for people in ambiguous.values() for p in people}
    buckets: dict[tuple[str, int], list[Person]] = defaultdict(list)
    for person in persons:
        words = person.key.split()
        if person.named and len(words) > 1 and id(person) not in held and person.main.pk not in ambiguous:
            buckets[(words[0], len(words))].append(person)
    for bucket in buckets.values():
        bucket.sort(key=lambda p: (-p.quotes, p.main.pk))
        for i, small in enumerate(bucket):
            fits = [big for big in bucket[:i] if big.rows and _titled_alike(big, small)
                    and any(misspelt_pair(a.clean, b.clean) for a in big.rows for b in small.rows)]
            if len(fits) == 1:
                fits[0].rows.extend(small.rows)
                small.rows = []
    persons[:] = [p for p in persons if p.rows]


def _titled_alike(a: Person, b: Person) -> bool:
    """Tell whether two persons were given one title of two words or more."""
    return not {r for row in a.rows for r in row.roles}.isdisjoint(r for row in b.rows for r in row.roles)


_FAMILY_WORD = normalize("آل")
_SON_WORD = normalize("بن")
DOMINANT_SHARE = 10  # a surname's main person holds ten times the quotes of all its others


def _spelled_owners(members: list[Row], owners: list[Person]) -> list[Person]:
    """Return the persons whose names end in a lone surname as spelled: "جيري" is not "كيري"."""
    spelled = {spelled_surname(row.clean) for row in members}
    return [p for p in owners if any(spelled & r.surnames for r in p.rows)]


def _surname_owner(members: list[Row], owners: list[Person]) -> Person | None:
    """Return the one person lone-surname rows belong to, or None.

    The only person of that surname; or, among several, the one that holds at least
    ``DOMINANT_SHARE`` times the quotes of all the others together (a paper's bare
    "أوباما" is the president, not a relative quoted four times).
    """
    owners = _spelled_owners(members, owners)
    owners = [p for p in owners if p.quotes] or owners  # a row left without quotes is no rival
    if len(owners) == 1:
        return owners[0]
    if not owners:
        return None
    ranked = sorted(owners, key=lambda p: -p.quotes)
    rest = sum(p.quotes for p in ranked[1:])
    return ranked[0] if ranked[0].quotes >= DOMINANT_SHARE * max(rest, 1) else None


def _attach_joiners(joiners: list[Row], persons: list[Person], by_surname: dict[str, list[Person]],
                    family_names: set[str]) -> None:
    """Join organisation and unknown rows named by a person's name to that one person.

    A bare definite word the article never expanded ("وأوضح الصباغ") is stored as an
    organisation, a mention with run-on words ("رأفت الصباغ المتحدث الرسمي لمركز") as
    unknown; when their clean name is one person's full name or surname, they are that
    person. Nothing else is done with them: they never make a person of their own.
    """
    by_key: dict[str, list[Person]] = defaultdict(list)
    for person in persons:
        if person.named and " " in person.key:
            by_key[person.key].append(person)
    for row in joiners:
        if " " in row.key:
            # Checked against the full names only: a surname row already attached fits anyone.
            fits = [p for p in by_key.get(row.key, [])
                    if all(same_person(row.clean, r.clean) for r in p.rows if " " in r.clean)]
            fits = [p for p in fits if p.quotes] or fits
            owner = fits[0] if len(fits) == 1 else None
        elif not _is_given_name(row.key) and (_is_surname(row) or row.key.startswith(_ARTICLE)
                                              or spelled_surname(row.clean) in family_names):
            owner = _surname_owner([row], by_surname.get(row.key, []))
        else:
            owner = None
        if owner is not None:
            owner.rows.append(row)


def _is_given_name(folded: str) -> bool:
    """Tell whether a lone name is a given name: "محمد" alone is nobody in particular."""
    return wd.given_name_score(folded) >= wd.NAME_LIKE or folded.startswith(_THEOPHORIC) and len(folded) > 4


def _is_surname(row: Row) -> bool:
    """Tell whether a row's one-word clean name reads as a surname: "كيري"، "الجبير"; not "منطقة"."""
    word = row.clean
    return wd.is_name_like(word) or wd.looks_foreign(word) or row.key.startswith("ال") and row.key.endswith("ي")


_THEOPHORIC = "عبد"
_ARTICLE = lx.ARTICLE


_JOINER_KINDS = (Speaker.Kind.ORGANIZATION, Speaker.Kind.UNKNOWN)


def person_rows(min_quotes: int = 0) -> list[Row]:
    """Return every person row with its quote count (rows with at least ``min_quotes``).

    Organisation and unknown rows that hold quotes come too when their clean name is a
    personal name: they may be a person's (:func:`group_persons`).
    """
    kinds = (PERSON, *_JOINER_KINDS)
    counts = dict(Quote.objects.filter(speaker__kind__in=kinds).values("speaker").annotate(n=Count("pk"))
                  .values_list("speaker", "n"))
    rows = []
    for pk, name, kind in Speaker.objects.filter(kind__in=kinds).values_list("pk", "name", "kind").iterator(
            chunk_size=5000):
        n = counts.get(pk, 0)
        if kind != PERSON:
            if n and n >= min_quotes:
                row = Row(pk, name, n, kind=kind)
                if row.key:
                    rows.append(row)
        elif n >= min_quotes:
            rows.append(Row(pk, name, n))
    _read_aliases([row for row in rows if row.kind == PERSON and row.clean])
    by_pk = {row.pk: row for row in rows if row.kind == PERSON and row.key}
    # (filtered by kind, not by a list of ids: an archive's rows outnumber SQLite's parameters)
    for speaker_id, role in SpeakerRole.objects.filter(speaker__kind=PERSON, role_normalized__contains=" ") \
            .values_list("speaker_id", "role_normalized").iterator(chunk_size=5000):
        if speaker_id in by_pk:
            by_pk[speaker_id].roles.add(role)
    return rows


def _read_aliases(rows: list[Row]) -> None:
    """Give rows what their aliases, the trace of earlier joins, say of the person.

    A join keeps the joined rows' names as aliases: "أحمد عسيري" that took in "أحمد حسن
    عسيري" is that man (``fathered``), and must not take in "أحمد ثابت عسيري" on the next
    pass; a row that took in "… جاوش أوغلو" spells its family name that way too (``surnames``).
    """
    by_pk = {row.pk: row for row in rows}
    seen: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    names: dict[int, str] = {}
    for speaker_id, alias in SpeakerAlias.objects.filter(speaker__kind=PERSON).values_list("speaker_id", "name") \
            .order_by("-mentions", "pk").iterator(chunk_size=5000):
        row = by_pk.get(speaker_id)
        clean = clean_full_name(alias) if row is not None else ""
        if not clean or not same_person(clean, row.clean):
            continue
        row.surnames.add(spelled_surname(clean))
        fathers = patronymic(clean) if not patronymic(row.clean) else ()
        if fathers:
            seen[speaker_id].add(fathers)
            names.setdefault(speaker_id, clean)
    for pk, fathers in seen.items():
        if len(fathers) == 1:  # two fathers on one row: a mix an editor must look at
            by_pk[pk].fathered = names[pk]


def person_groups(rows: list[Row] | None = None) -> list[Person]:
    """Return persons by quote count, each with its rows and sibling rows (for the report).

    Siblings are rows that look like the person without being grouped with it: a name
    holding the person's full name inside ("المتحدث الرسمي للمركز رأفت الصباغ" before
    cleaning), or a surname the person shares with another.
    """
    rows = person_rows(min_quotes=1) if rows is None else rows
    persons, ambiguous = group_persons(rows)
    persons.sort(key=lambda p: (-p.quotes, p.main.pk))
    index = {p.main.pk: p for p in persons}
    for row_pk, owners in ambiguous.items():
        for owner in owners:
            row = next((r for p in persons for r in p.rows if r.pk == row_pk), None)
            if row is not None and owner.main.pk in index:
                owner.siblings.append(row)
    return persons


# ---------------------------------------------------------------------------
# Rebuild


@dataclass
class RebuildResult:
    speakers: int = 0
    renamed: int = 0
    joined: int = 0
    candidates: int = 0
    last_id: int = 0


def recount_mentions(speaker_ids: list[int]) -> None:
    """Recompute the mention votes and roles of ``speaker_ids`` from their quotes."""
    SpeakerAlias.objects.filter(speaker_id__in=speaker_ids).update(mentions=0)
    SpeakerRole.objects.filter(speaker_id__in=speaker_ids).delete()
    quotes = Quote.objects.filter(speaker_id__in=speaker_ids).exclude(speaker_mention="").only(
        "speaker_id", "speaker_mention", "published_at")
    record_mentions(quotes.iterator(chunk_size=5000))


def rebuild_speakers(*, batch_size: int = 2000, after: int = 0,
                     progress: Callable[[str], None] | None = None) -> RebuildResult:
    """Recompute votes, names and identity keys, then join rows that are one person.

    Curated speakers (verified, changed or merged by an editor) keep their names, aliases
    and quotes; they only appear in candidates. Pass 1 runs in batches of speaker ids,
    each its own transaction, so a run stopped half-way resumes with ``after`` (the last id
    it printed). Running it again changes nothing.
    """
    result = RebuildResult(last_id=after)
    curated = curated_speaker_ids()
    ids = list(Speaker.objects.filter(kind=PERSON, pk__gt=after).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        with transaction.atomic():
            uncurated = [pk for pk in batch if pk not in curated]
            recount_mentions(uncurated)
            result.renamed += refresh_names(uncurated, curated=set())
            # Curated rows get their derived identity key (not shown, not editable) only.
            for speaker in Speaker.objects.filter(pk__in=[pk for pk in batch if pk in curated]).only("name", "kind",
                                                                                                     "identity_key"):
                key = speaker_identity_key(speaker.name, speaker.kind)
                if key != speaker.identity_key:
                    Speaker.objects.filter(pk=speaker.pk).update(identity_key=key)
        result.speakers += len(batch)
        result.last_id = batch[-1]
        if progress:
            progress(f"names: {result.speakers}/{len(ids)} speakers, up to id {result.last_id}")
    # A join renames its survivor, which may make it another row's person: join until settled.
    for _pass in range(_JOIN_PASSES):
        joined, candidates = join_persons(curated=curated, progress=progress)
        result.joined += joined
        result.candidates = candidates
        if not joined:
            break
    result.joined += join_title_holders(curated=curated)
    return result


def join_title_holders(*, curated: set[int] | None = None) -> int:
    """Join rows named by an office's title alone to the one person who held it then.

    "خادم الحرمين الشريفين" (or "نائب خادم الحرمين الشريفين") with no name is whoever held
    that office that day (:func:`office_holder`). An ambassador's title ("سفير خادم الحرمين
    الشريفين") has many holders and joins no one. Returns the rows joined; a holder an
    editor has curated gets a candidate instead.
    """
    curated = curated_speaker_ids() if curated is None else curated
    joined = 0
    titles = {normalize(t) for t in lx.OFFICE_TITLES}
    openers = {" ".join(t.split()[:2]) for t in titles}  # "خادم الحرمين", the title cut short
    rows = [s for s in Speaker.objects.exclude(kind=Speaker.Kind.ANONYMOUS).filter(
            reduce(or_, (Q(name_normalized__endswith=t) for t in titles | openers)))
            if s.pk not in curated and not clean_full_name(s.name)]
    for row in rows:
        if not any(row.name_normalized.endswith(t) for t in titles) and Quote.objects.filter(speaker=row).exclude(
                speaker_mention="").exclude(speaker_mention=row.name).exists():
            continue  # older extractions read "نائب خادم الحرمين" as a person "خادم الحرمين": mixed
        holder = office_holder(row)
        if holder is None:
            continue
        if holder.pk in curated:
            suggest_candidate(holder, row, reason="title", score=0.5)
        else:
            joined += len(join_speakers(survivor=holder, others=[row], reason="title_holder"))
    return joined


def office_holder(row: Speaker) -> Speaker | None:
    """Return the person who held the title a row is named by when its quotes were said.

    The person the archive shows with the title as a role ("خادم الحرمين الشريفين الملك …"),
    holding ten times the mentions of it of everyone else, and seen with it within a year of
    every quote on the row; None when no one is, or the row's quotes are undated.
    """
    title = row.name_normalized
    spans: dict[int, list] = {}  # person: [mentions, first seen, last seen]
    for speaker_id, mentions, first, last in SpeakerRole.objects.filter(
            Q(role_normalized__startswith=title + " ") | Q(role_normalized=title), speaker__kind=PERSON).exclude(
            speaker=row).values_list("speaker_id", "mentions", "first_seen", "last_seen"):
        span = spans.setdefault(speaker_id, [0, first, last])
        span[0] += mentions
        span[1] = min((d for d in (span[1], first) if d), default=None)
        span[2] = max((d for d in (span[2], last) if d), default=None)
    named = {pk for pk, name in Speaker.objects.filter(pk__in=spans).values_list("pk", "name")
             if " " in identity_key(clean_full_name(name))}  # ("رعاه الله" holds no office)
    ranked = sorted(((pk, span) for pk, span in spans.items() if pk in named), key=lambda item: -item[1][0])
    if not ranked or ranked[0][1][0] < DOMINANT_SHARE * sum(span[0] for _pk, span in ranked[1:]):
        return None
    holder_pk, (_mentions, first, last) = ranked[0]
    dated = Quote.objects.filter(speaker=row).aggregate(first=Min("published_at"), last=Max("published_at"))
    if first is None or dated["first"] is None or dated["first"] < first - _TITLE_SLACK \
            or dated["last"] > last + _TITLE_SLACK:
        return None  # another reign, or undated: an editor decides
    return Speaker.objects.get(pk=holder_pk)


_TITLE_SLACK = timedelta(days=365)


_JOIN_PASSES = 3


def join_persons(*, curated: set[int] | None = None, progress: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Join the uncurated rows of each person; suggest candidates where it is not certain.

    Returns (rows joined, candidates suggested or refreshed).
    """
    curated = curated_speaker_ids() if curated is None else curated
    rows = person_rows()
    for row in rows:
        row.curated = row.pk in curated
    persons, ambiguous = group_persons(rows)
    joined = 0
    suggested: set[tuple[int, int]] = set()
    for person in persons:
        if len(person.rows) < 2:
            continue
        free = [r for r in person.rows if not r.curated]
        fixed = [r for r in person.rows if r.curated]
        if len(free) > 1 and free[0].kind == PERSON:
            survivor, *others = free
            with transaction.atomic():
                speakers = {s.pk: s for s in Speaker.objects.filter(pk__in=[r.pk for r in free])}
                if survivor.pk in speakers:
                    join_speakers(survivor=speakers[survivor.pk], others=[speakers[r.pk] for r in others
                                                                           if r.pk in speakers],
                                  reason="same_person")
                    recount_mentions([survivor.pk])  # the joined rows' mentions vote here now
                    refresh_names([survivor.pk], curated=set())
                    joined += len(others)
            free = [survivor]
        for a in fixed:
            for b in [*fixed, *free]:
                if a.pk != b.pk:
                    suggested.add((min(a.pk, b.pk), max(a.pk, b.pk)))
    for row_pk, owners in ambiguous.items():
        for owner in owners[:5]:
            if owner.main.pk != row_pk:
                suggested.add((min(row_pk, owner.main.pk), max(row_pk, owner.main.pk)))
    existing_pks = set(Speaker.objects.filter(pk__in={pk for pair in suggested for pk in pair})
                       .values_list("pk", flat=True))
    suggested = {pair for pair in suggested if pair[0] in existing_pks and pair[1] in existing_pks}
    key_of = {r.pk: r.key for r in rows}
    for a, b in suggested:
        reason = "same_key" if key_of.get(a) == key_of.get(b) else "surname"
        suggest_candidate(a, b, reason=reason, score=_BASE_SCORE[reason])
    open_candidates = list(SpeakerCandidate.objects.filter(status=SpeakerCandidate.Status.OPEN))
    refresh_candidate_evidence(open_candidates)
    if progress:
        progress(f"joins: {joined} rows joined, {len(open_candidates)} open candidates")
    return joined, len(suggested)


def resolve_by_identity(names: dict[str, str], *, curated: set[int] | None = None
                        ) -> tuple[dict[str, Speaker], dict[str, list[Speaker]]]:
    """Return, for each wanted key, the one uncurated person its clean name is, by identity key.

    ``names`` maps wanted keys to clean names. A name of one word (a surname) never
    resolves this way. The second result holds, for names that matched ambiguously or
    only curated rows, the rows they may be: merge candidates once the new row exists.
    """
    keys = {k: identity_key(n) for k, n in names.items()}
    keys = {k: ik for k, ik in keys.items() if " " in ik}
    if not keys:
        return {}, {}
    same: dict[str, list[Speaker]] = defaultdict(list)
    for speaker in Speaker.objects.filter(identity_key__in=set(keys.values()), kind=PERSON):
        same[speaker.identity_key].append(speaker)
    if not same:
        return {}, {}
    curated = curated_speaker_ids(s.pk for found in same.values() for s in found) if curated is None else curated
    found: dict[str, Speaker] = {}
    maybe: dict[str, list[Speaker]] = {}
    for wanted, ik in keys.items():
        # A middle name written without "بن" must agree as written: "أحمد ثابت عسيري" is not
        # joined to "أحمد عسيري" here (the rebuild decides, seeing every "أحمد X عسيري").
        middle = unmarked_middle(names[wanted])
        matches = [s for s in same.get(ik, []) if same_person(names[wanted], s.name)
                   and unmarked_middle(s.name) == middle]
        if len(matches) == 1 and matches[0].pk not in curated:
            found[wanted] = matches[0]
        elif matches:
            maybe[wanted] = matches
    return found, maybe


# ---------------------------------------------------------------------------
# Report


@dataclass
class Report:
    """The speaker table's health: how quotes of the top persons spread over rows."""

    persons: list[Person]
    rows_with_quotes: int
    quotes_with_speaker: int
    unnamed: list[Person] = field(default_factory=list)  # top rows with no personal name

    @property
    def rows_per_1000_quotes(self) -> float:
        return 1000 * self.rows_with_quotes / self.quotes_with_speaker if self.quotes_with_speaker else 0.0

    @property
    def main_row_share(self) -> float:
        """Share of the listed persons' quotes that sit on their main row."""
        total = sum(p.quotes for p in self.persons)
        return sum(p.main.quotes for p in self.persons) / total if total else 0.0


def speakers_report(top: int = 50) -> Report:
    """Return the ``top`` persons by quotes, with their rows and siblings, and the row figures."""
    persons = person_groups()
    return Report(
        persons=[p for p in persons if p.named][:top],
        unnamed=[p for p in persons if not p.named][:10],
        rows_with_quotes=Quote.objects.filter(speaker__isnull=False).values("speaker").distinct().count(),
        quotes_with_speaker=Quote.objects.filter(speaker__isnull=False).count(),
    )
