"""Editors' writes: review quotes, reassign and merge speakers, turn quotes into claims, give verdicts.

Every function here is what the admin and the API call, so both record the same curation:
a quote an editor touched is marked curated and imports never overwrite it.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, Model, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from attribution.models import (
    Article,
    Claim,
    Quote,
    Speaker,
    SpeakerAlias,
    SpeakerCandidate,
    SpeakerMerge,
    Statement,
    search_key,
    text_hash,
)
from attribution.statements import refresh_statements


def _attribute(instance: Model, *, user: AbstractBaseUser | None, reason: str) -> None:
    """Tell simple_history who made the next save of ``instance`` and why.

    The request middleware only knows the user inside a request; services also run from
    commands and tests, so the user is passed explicitly when there is one.
    """
    if user is not None:
        instance._history_user = user
    instance._change_reason = reason


def _lock_current_row(quote: Quote) -> None:
    """Point ``quote`` at its row in the database, locked, so the editor's change lands.

    A concurrent re-extraction deletes uncurated quotes and inserts fresh ones: if the row
    is gone, the editor's values go to the fresh row for the same span, or back in as a new
    row when the span was not found again. Locking first also makes a re-extraction that
    starts later see the quote as curated and leave it alone.
    """
    if quote.pk is None:
        return
    if Quote.objects.select_for_update().filter(pk=quote.pk).exists():
        return
    _take_span_row(quote)


def _take_span_row(quote: Quote) -> None:
    """Point ``quote`` at the locked row of its span, or mark it new when there is none."""
    quote.pk = (
        Quote.objects.select_for_update()
        .filter(article_id=quote.article_id, start=quote.start, end=quote.end)
        .values_list("pk", flat=True)
        .first()
    )
    quote._state.adding = quote.pk is None


def _mark_curated(quote: Quote, *, user: AbstractBaseUser | None, reason: str) -> Quote:
    _lock_current_row(quote)
    quote.curated = True
    quote.reviewed_by = user
    quote.reviewed_at = timezone.now()
    _attribute(quote, user=user, reason=reason)
    if quote._state.adding:
        try:
            with transaction.atomic():  # (a savepoint: the insert may meet a row committed meanwhile)
                quote.save()
            return quote
        except IntegrityError:
            # The re-extraction committed a fresh row for the span after the lookup: edit that one.
            _take_span_row(quote)
    quote.save()
    return quote


@transaction.atomic
def review_quote(*, quote: Quote, status: str, user: AbstractBaseUser | None) -> Quote:
    """Set a quote's review status, marking it curated and recording who reviewed it."""
    if status not in Quote.Status.values:
        raise ValidationError({"status": _("Unknown status %(status)s.") % {"status": status}})
    quote.status = status
    return _mark_curated(quote, user=user, reason=f"review: {status}")


@transaction.atomic
def reassign_quote_speaker(*, quote: Quote, speaker: Speaker | None, user: AbstractBaseUser | None) -> Quote:
    """Give a quote another speaker; the change is curation and survives re-imports."""
    quote.speaker = speaker
    _mark_curated(quote, user=user, reason="speaker reassigned")
    if quote.statement_id:
        refresh_statements({quote.statement_id})  # the dispute may be settled now
    return quote


@transaction.atomic
def resolve_statement(*, statement: Statement, speaker: Speaker, user: AbstractBaseUser | None) -> Statement:
    """Credit a disputed statement to ``speaker``: its uncurated quotes take that speaker.

    Every uncurated quote of the statement is marked curated, so a re-import cannot bring
    the dispute back; quotes an editor already decided about keep that decision.
    """
    for quote in statement.quotes.uncurated().select_related("article"):
        quote.speaker = speaker
        _mark_curated(quote, user=user, reason=f"statement {statement.pk} credited to {speaker.pk}")
    refresh_statements({statement.pk})
    statement.refresh_from_db()
    return statement


@transaction.atomic
def edit_quote(*, quote: Quote, user: AbstractBaseUser | None) -> Quote:
    """Save an editor's other changes to ``quote`` (kind, stance, relay…), marking it curated."""
    return _mark_curated(quote, user=user, reason="edited")


@transaction.atomic
def claim_from_quote(*, quote: Quote, text: str | None = None, user: AbstractBaseUser | None) -> Claim:
    """Return the claim for ``text`` (the whole quote by default), linked to ``quote``.

    The same statement seen before (by normalised text) is the same claim.
    """
    text = (text or quote.text).strip()
    if not text:
        raise ValidationError({"text": _("A claim needs a statement.")})
    # The unique text hash is the claim's identity (and indexed; the normalised text is not).
    claim, _created = Claim.objects.get_or_create(
        text_hash=text_hash(text), defaults={"text": text, "claimant": quote.speaker}
    )
    claim.quotes.add(quote)
    if not quote.curated:
        # A quote backing a claim must survive re-imports, or the claim loses its source.
        _mark_curated(quote, user=user, reason="claim created")
    return claim


@transaction.atomic
def link_claim_quotes(*, claim: Claim, quotes: list[Quote], user: AbstractBaseUser | None) -> Claim:
    """Make ``quotes`` the claim's sources; newly linked quotes become curated.

    A quote an editor chose as a source must survive re-extraction, or the claim loses it.
    """
    linked = set(claim.quotes.values_list("pk", flat=True))
    claim.quotes.set(quotes)
    for quote in quotes:
        if quote.pk not in linked and not quote.curated:
            _mark_curated(quote, user=user, reason=f"linked to claim {claim.pk}")
    return claim


@transaction.atomic
def edit_article(*, article: Article, user: AbstractBaseUser | None) -> Article:
    """Save an administrator's change to an article; its quotes' copied date follows it."""
    _attribute(article, user=user, reason="edited")
    article.save()
    # Quotes copy the date so that speaker+date is one index range; keep the copy true.
    article.quotes.exclude(published_at=article.published_at).update(published_at=article.published_at)
    return article


@transaction.atomic
def review_claim(
    *,
    claim: Claim,
    status: str,
    user: AbstractBaseUser | None,
    verdict: str = "",
    rating_text: str = "",
    explanation: str = "",
    factcheck_url: str = "",
    review_title: str | None = None,
    short_form: str | None = None,
) -> Claim:
    """Move a claim through unreviewed → in review → reviewed.

    "reviewed" needs a verdict, an explanation and a fact-check URL. ``review_title`` and
    ``short_form`` are left as they are when None; an empty string clears them.
    """
    if status not in Claim.Status.values:
        raise ValidationError({"status": _("Unknown review state %(status)s.") % {"status": status}})
    if verdict and verdict not in Claim.Verdict.values:
        raise ValidationError({"verdict": _("Unknown verdict %(verdict)s.") % {"verdict": verdict}})
    claim.status = status
    claim.verdict = verdict or claim.verdict
    claim.rating_text = rating_text or claim.rating_text
    claim.verdict_explanation = explanation or claim.verdict_explanation
    claim.factcheck_url = factcheck_url or claim.factcheck_url
    if review_title is not None:
        claim.review_title = review_title
    if short_form is not None:
        claim.short_form = short_form
    check_reviewed_claim(claim)
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    _attribute(claim, user=user, reason=f"review: {status}" + (f" ({claim.verdict})" if claim.verdict else ""))
    claim.save()
    return claim


def check_reviewed_claim(claim: Claim) -> None:
    """Raise ValidationError naming what a "reviewed" claim still lacks."""
    if claim.status != Claim.Status.REVIEWED:
        return
    missing = {
        name: _("Required for a reviewed claim.")
        for name, value in (
            ("verdict", claim.verdict),
            ("verdict_explanation", claim.verdict_explanation),
            ("factcheck_url", claim.factcheck_url),
        )
        if not value
    }
    if missing:
        raise ValidationError(missing)


def _move_quotes_with_history(
    quotes: QuerySet, *, user: AbstractBaseUser | None, reason: str, **changes: object
) -> int:
    """Apply ``changes`` to ``quotes`` in batches, writing one history row per quote.

    A bare UPDATE would leave a quote's history silent about a merge or split that gave it
    another speaker; editors reading the history must see who moved it and why.
    """
    moved = 0
    batch: list[Quote] = []
    changes = {**changes, "updated_at": timezone.now()}  # bulk updates skip auto_now
    fields = list(changes)
    # Only the changed columns are written: texts and offsets are not rewritten.
    for quote in quotes.order_by("pk").iterator(chunk_size=2000):
        for name, value in changes.items():
            setattr(quote, name, value)
        batch.append(quote)
        if len(batch) == 2000:
            moved += _save_quote_batch(batch, fields, user=user, reason=reason)
            batch = []
    if batch:
        moved += _save_quote_batch(batch, fields, user=user, reason=reason)
    return moved


def _save_quote_batch(batch: list[Quote], fields: list[str], *, user: AbstractBaseUser | None, reason: str) -> int:
    bulk_update_with_history(batch, Quote, fields, default_user=user, default_change_reason=reason)
    return len(batch)


@transaction.atomic
def merge_speakers(*, survivor: Speaker, others: list[Speaker], user: AbstractBaseUser | None) -> list[SpeakerMerge]:
    """Merge ``others`` into ``survivor``: quotes, claims, aliases and members move, names become aliases.

    Each merged speaker leaves a SpeakerMerge record with a snapshot of what it held, and
    records of earlier merges into it move to the survivor, so no merge history is lost.
    Anonymous sources are distinct people by definition and are refused.
    """
    others = [other for other in others if other.pk != survivor.pk]
    merged_ids = {other.pk for other in others}
    if any(s.kind == Speaker.Kind.ANONYMOUS for s in [survivor, *others]) and others:
        raise ValidationError(_("Anonymous sources are never merged: each is a different source."))
    records = []
    for other in Speaker.objects.select_for_update().filter(pk__in=[o.pk for o in others]):
        snapshot = {
            "key": other.key, "name": other.name, "kind": other.kind, "role": other.role,
            "wikidata_id": other.wikidata_id, "verified": other.verified,
            "affiliation": other.affiliation_id,
            "quotes": list(other.quotes.values_list("pk", flat=True)),
            "relayed_quotes": list(other.relayed_quotes.values_list("pk", flat=True)),
            "claims": list(other.claims.values_list("pk", flat=True)),
            "aliases": list(other.aliases.values_list("name", flat=True)),
            "members": list(other.members.values_list("pk", flat=True)),
        }
        _move_quotes_with_history(
            Quote.objects.filter(speaker=other), user=user, reason=f"speaker merged into {survivor.key}"[:100],
            speaker=survivor, curated=True,
        )
        other.relayed_quotes.update(intermediary=survivor)
        other.claims.update(claimant=survivor)
        other.members.update(affiliation=survivor)
        other.aliases.update(speaker=survivor)
        # SpeakerMerge.survivor cascades: earlier records would vanish with ``other``.
        other.merges.update(survivor=survivor)
        SpeakerAlias.objects.get_or_create(
            name_normalized=search_key(other.name), defaults={"speaker": survivor, "name": other.name}
        )
        if not survivor.role and other.role:
            survivor.role = other.role
        if not survivor.wikidata_id and other.wikidata_id:
            wikidata_id, other.wikidata_id = other.wikidata_id, ""
            other.save(update_fields=["wikidata_id"])
            survivor.wikidata_id = wikidata_id
        records.append(
            SpeakerMerge.objects.create(
                survivor=survivor, merged_key=other.key, merged_name=other.name, snapshot=snapshot, merged_by=user
            )
        )
        _attribute(other, user=user, reason=f"merged into {survivor.key}")
        other.delete()
    if survivor.affiliation_id in merged_ids:
        # The survivor was a member of a merged organisation, i.e. now of itself.
        survivor.affiliation = None
    _attribute(survivor, user=user, reason="merge survivor")
    survivor.save()
    return records


@transaction.atomic
def undo_merge(*, merge: SpeakerMerge, user: AbstractBaseUser | None) -> Speaker:
    """Bring back the speaker ``merge`` removed, with what it held that the survivor still has.

    The speaker returns under its old id and key, so its history continues; quotes, claims,
    relayed quotes, members and aliases listed in the snapshot move back unless an editor
    has since given them to someone else. The record stays, marked undone.
    """
    merge = SpeakerMerge.objects.select_for_update().select_related("survivor").get(pk=merge.pk)
    snapshot, survivor = merge.snapshot, merge.survivor
    if snapshot.get("undone_at"):
        raise ValidationError(_("This merge was already undone."))
    if Speaker.objects.filter(key=merge.merged_key).exists():
        raise ValidationError(_("A speaker with the merged speaker's key exists again."))
    previous_id = (
        Speaker.history.filter(key=merge.merged_key, history_type="-")
        .order_by("-history_date").values_list("id", flat=True).first()
    )
    if previous_id is not None and Speaker.objects.filter(pk=previous_id).exists():
        previous_id = None
    speaker = Speaker(
        pk=previous_id, key=merge.merged_key, name=snapshot.get("name", merge.merged_name),
        kind=snapshot.get("kind", Speaker.Kind.PERSON), role=snapshot.get("role", ""),
        verified=snapshot.get("verified", False),
        affiliation_id=snapshot.get("affiliation") if Speaker.objects.filter(pk=snapshot.get("affiliation")).exists() else None,
    )
    wikidata_id = snapshot.get("wikidata_id", "")
    if wikidata_id and survivor.wikidata_id == wikidata_id:
        # The survivor took the id in the merge (ids are unique): hand it back.
        survivor.wikidata_id = ""
        _attribute(survivor, user=user, reason="merge undone")
        survivor.save()
        speaker.wikidata_id = wikidata_id
    _attribute(speaker, user=user, reason=f"merge into {survivor.key} undone")
    speaker.save(force_insert=True)

    _move_quotes_with_history(
        Quote.objects.filter(pk__in=snapshot.get("quotes", []), speaker=survivor), user=user,
        reason=f"merge into {survivor.key} undone"[:100], speaker=speaker,
    )
    Quote.objects.filter(pk__in=snapshot.get("relayed_quotes", []), intermediary=survivor).update(intermediary=speaker)
    Claim.objects.filter(pk__in=snapshot.get("claims", []), claimant=survivor).update(claimant=speaker)
    Speaker.objects.filter(pk__in=snapshot.get("members", []), affiliation=survivor).update(affiliation=speaker)
    names = {search_key(name) for name in [speaker.name, *snapshot.get("aliases", [])]}
    SpeakerAlias.objects.filter(speaker=survivor, name_normalized__in=names).exclude(
        name_normalized=survivor.name_normalized
    ).update(speaker=speaker)

    merge.snapshot = {
        **snapshot, "undone_at": timezone.now().isoformat(), "undone_by": getattr(user, "pk", None),
        "restored_id": speaker.pk,
    }
    merge.save(update_fields=["snapshot"])
    return speaker


@transaction.atomic
def fix_quote_span(*, quote: Quote, start: int, end: int, user: AbstractBaseUser | None) -> Quote:
    """Move a quote's span to ``article.body[start:end]`` (surrounding spaces dropped), marking it curated.

    The extractor cut a quote short or too long; the editor picks the right words and the
    quote's text follows them, so offsets and text never disagree.
    """
    body = quote.article.body
    if not 0 <= start < end <= len(body):
        raise ValidationError(_("The span must lie inside the article and not be empty."))
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValidationError(_("The span must lie inside the article and not be empty."))
    if Quote.objects.filter(article_id=quote.article_id, start=start, end=end).exclude(pk=quote.pk).exists():
        raise ValidationError(_("Another quote of this article already has exactly this span."))
    quote.start, quote.end, quote.text = start, end, body[start:end]
    return _mark_curated(quote, user=user, reason="span fixed")


@transaction.atomic
def split_speaker(
    *,
    source: Speaker,
    quotes: list[Quote],
    aliases: list[SpeakerAlias],
    user: AbstractBaseUser | None,
    target: Speaker | None = None,
    new_name: str = "",
    new_kind: str = Speaker.Kind.PERSON,
) -> Speaker:
    """Move ``quotes`` and ``aliases`` of ``source`` to ``target``, or to a new speaker named ``new_name``.

    The inverse of a merge, for two people who were taken for one (two ministers sharing a
    surname). Moved quotes become curated, so re-imports do not give them back; claims whose
    claimant is ``source`` and that now rest only on moved quotes follow them. Every quote
    and both speakers get a history row saying what moved where.
    """
    source = Speaker.objects.select_for_update().get(pk=source.pk)
    if source.kind == Speaker.Kind.ANONYMOUS:
        raise ValidationError(_("An anonymous source cannot be split: it is one source by definition."))
    if target is not None and target.pk == source.pk:
        raise ValidationError(_("Quotes cannot be split off to the same speaker."))
    quote_ids = {quote.pk for quote in quotes}
    alias_ids = {alias.pk for alias in aliases}
    if not quote_ids and not alias_ids:
        raise ValidationError(_("Choose at least one quote or alias to move."))
    if Quote.objects.filter(pk__in=quote_ids).exclude(speaker=source).exists():
        raise ValidationError(_("Only the speaker's own quotes can be split off."))
    if SpeakerAlias.objects.filter(pk__in=alias_ids).exclude(speaker=source).exists():
        raise ValidationError(_("Only the speaker's own aliases can be split off."))
    if SpeakerAlias.objects.filter(pk__in=alias_ids, name_normalized=source.name_normalized).exists():
        raise ValidationError(_("The speaker's own name stays with it; rename it instead."))

    if target is None:
        name = new_name.strip()
        if not name:
            raise ValidationError(_("Name the new speaker or choose an existing one."))
        if Speaker.objects.filter(key=search_key(name)).exists():
            raise ValidationError(_("A speaker with this name exists: choose it instead."))
        target = Speaker(name=name, kind=new_kind)
        _attribute(target, user=user, reason=f"split from {source.key}"[:100])
        target.save()
        SpeakerAlias.objects.filter(name_normalized=target.name_normalized, speaker=source).update(speaker=target)
        SpeakerAlias.objects.get_or_create(
            name_normalized=target.name_normalized, defaults={"speaker": target, "name": target.name}
        )
    else:
        target = Speaker.objects.select_for_update().get(pk=target.pk)

    reason = f"split from {source.key} to {target.key}"[:100]
    moved = _move_quotes_with_history(
        Quote.objects.filter(pk__in=quote_ids), user=user, reason=reason, speaker=target, curated=True
    )
    # A claim follows its claimant's quotes when all of them moved.
    stay = Quote.objects.filter(claims=OuterRef("pk"), speaker=source)
    Claim.objects.filter(claimant=source, quotes__in=quote_ids).exclude(Exists(stay)).update(claimant=target)
    SpeakerAlias.objects.filter(pk__in=alias_ids).update(speaker=target)

    summary = f"split: {moved} quotes, {len(alias_ids)} aliases to {target.key}"
    _attribute(source, user=user, reason=summary[:100])
    source.save()
    _attribute(target, user=user, reason=f"split: {moved} quotes, {len(alias_ids)} aliases from {source.key}"[:100])
    target.save()
    return target


@transaction.atomic
def confirm_candidate(
    *, candidate: SpeakerCandidate, user: AbstractBaseUser | None, survivor: Speaker | None = None
) -> list[SpeakerMerge]:
    """Merge a candidate pair: they are one person. The row with more quotes survives by default.

    The merge is the ordinary one (:func:`merge_speakers`): recorded, revertible. The
    candidate goes with the merged row; the SpeakerMerge record is what remains.
    """
    candidate = SpeakerCandidate.objects.select_for_update().select_related("first", "second").get(pk=candidate.pk)
    if candidate.status != SpeakerCandidate.Status.OPEN:
        raise ValidationError(_("This candidate was already decided."))
    pair = [candidate.first, candidate.second]
    if survivor is None:
        survivor = max(pair, key=lambda s: (s.quotes.count(), -s.pk))
    if survivor.pk not in {s.pk for s in pair}:
        raise ValidationError(_("The survivor must be one of the pair."))
    return merge_speakers(survivor=survivor, others=[s for s in pair if s.pk != survivor.pk], user=user)


@transaction.atomic
def dismiss_candidate(*, candidate: SpeakerCandidate, user: AbstractBaseUser | None) -> SpeakerCandidate:
    """Record that a candidate pair are two people: rebuilds never suggest it again."""
    candidate = SpeakerCandidate.objects.select_for_update().get(pk=candidate.pk)
    candidate.status = SpeakerCandidate.Status.DISMISSED
    candidate.decided_by = user
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["status", "decided_by", "decided_at"])
    return candidate
