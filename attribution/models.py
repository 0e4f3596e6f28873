"""Speakers, articles, the quotes found in them, and the claims editors check."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from attribution.arabic.keys import text_hash
from attribution.arabic.names import clean_full_name, identity_key
from attribution.arabic.normalize import search_key


class SpeakerQuerySet(models.QuerySet):
    def named(self, name: str) -> SpeakerQuerySet:
        """Speakers whose name or any alias contains ``name``, spelling-insensitively."""
        key = search_key(name)
        if not key:
            return self.none()
        return self.filter(
            Q(name_normalized__contains=key) | Q(aliases__name_normalized__contains=key)
        ).distinct()


class SpeakerManager(models.Manager.from_queryset(SpeakerQuerySet)):
    def get_by_natural_key(self, key: str) -> Speaker:
        return self.get(key=key)


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("person")
        ORGANIZATION = "organization", _("organization")
        ANONYMOUS = "anonymous", _("anonymous source")
        UNKNOWN = "unknown", _("unknown")

    # Identity across installations: the normalised name for named speakers; anonymous
    # sources get a per-article key so they never merge into one person.
    key = models.CharField(_("key"), max_length=255, unique=True)
    name = models.CharField(_("name"), max_length=255, help_text=_("As Arabic readers write it, without titles."))
    name_normalized = models.CharField(_("normalised name"), max_length=255, db_index=True, editable=False)
    # Where spellings of one person meet (``arabic/names.identity_key``): compound spacing,
    # fathers' names, transliterations. Empty for anonymous sources.
    identity_key = models.CharField(_("identity key"), max_length=255, blank=True, db_index=True, editable=False)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PERSON, db_index=True)
    role = models.CharField(_("role or title"), max_length=255, blank=True)
    affiliation = models.ForeignKey(
        "self", verbose_name=_("affiliation"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="members", limit_choices_to={"kind": "organization"},
    )
    wikidata_id = models.CharField(_("Wikidata id"), max_length=32, blank=True)
    verified = models.BooleanField(_("verified"), default=False, help_text=_("An editor confirmed this speaker."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()
    objects = SpeakerManager()

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]
        permissions = [("merge_speaker", _("Can merge speakers"))]
        # The API's speaker list walks (name, id) pages: without it each page sorts every speaker.
        indexes = [models.Index(fields=["name", "id"], name="speaker_name_id")]
        constraints = [
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~Q(wikidata_id=""), name="speaker_unique_wikidata_id"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # The normalised copy must follow every rename, including editors' ones in the admin.
        self.name_normalized = search_key(self.name)
        self.identity_key = speaker_identity_key(self.name, self.kind)
        if not self.key:
            self.key = self.name_normalized
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", kwargs={"pk": self.pk})

    def natural_key(self) -> tuple[str]:
        return (self.key,)

    def is_curated(self) -> bool:
        """Tell whether an editor has verified or changed this speaker: imports leave it be."""
        return self.verified or self.history.filter(Q(history_user__isnull=False) | Q(history_type="~")).exists()


def speaker_identity_key(name: str, kind: str) -> str:
    """Return the identity key stored for a speaker: of its clean name; none for anonymous sources."""
    if kind == Speaker.Kind.ANONYMOUS:
        return ""
    clean = clean_full_name(name) if kind == Speaker.Kind.PERSON else ""
    return identity_key(clean or name)[:255]


class SpeakerAliasManager(models.Manager):
    def get_by_natural_key(self, name_normalized: str) -> SpeakerAlias:
        return self.get(name_normalized=name_normalized)


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=255)
    name_normalized = models.CharField(_("normalised alias"), max_length=255, unique=True, editable=False)
    # Quotes whose mention names the speaker this way: the best-attested clean name is shown.
    mentions = models.PositiveIntegerField(_("mentions"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = SpeakerAliasManager()

    class Meta:
        verbose_name = _("speaker alias")
        verbose_name_plural = _("speaker aliases")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_normalized = search_key(self.name)
        super().save(*args, **kwargs)

    def natural_key(self) -> tuple[str]:
        return (self.name_normalized,)

    natural_key.dependencies = ["attribution.speaker"]


class ArticleManager(models.Manager):
    def get_by_natural_key(self, content_hash: str) -> Article:
        return self.get(content_hash=content_hash)


class Article(models.Model):
    url = models.CharField(_("URL"), max_length=2048, null=True, blank=True, unique=True)
    title = models.TextField(_("title"), blank=True)
    outlet = models.CharField(_("outlet"), max_length=255, blank=True, db_index=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, default="ar")
    body = models.TextField(_("cleaned body"), help_text=_("Quote offsets point into this text."))
    raw_text = models.TextField(_("raw text as received"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    source = models.CharField(_("source"), max_length=1024, blank=True, help_text=_("File name or feed."))
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    extractor_version = models.CharField(_("extractor version"), max_length=32, blank=True)

    objects = ArticleManager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-id"]
        permissions = [("reextract_article", _("Can re-run extraction on an article"))]
        constraints = [
            # An empty string would collide with every other URL-less article.
            models.CheckConstraint(condition=~Q(url=""), name="article_url_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.content_hash[:12]

    def get_absolute_url(self) -> str:
        return reverse("article-detail", kwargs={"pk": self.pk})

    def natural_key(self) -> tuple[str]:
        return (self.content_hash,)


class QuoteQuerySet(models.QuerySet):
    def visible(self) -> QuoteQuerySet:
        """Quotes a fact-checker sees by default: everything but rejected ones."""
        return self.exclude(status=Quote.Status.REJECTED)

    def search(self, text: str) -> QuoteQuerySet:
        """Quotes whose text contains ``text``, ignoring diacritics and hamza/ya/ta spelling.

        On PostgreSQL the ``LIKE '%…%'`` is served by a pg_trgm GIN index.
        """
        key = search_key(text)
        return self.filter(text_normalized__contains=key) if key else self.none()

    def uncurated(self) -> QuoteQuerySet:
        return self.filter(curated=False)

    def text_or_speaker(self, term: str) -> QuoteQuerySet:
        """Quotes whose text contains ``term`` or whose speaker has it in a name or alias.

        Two steps: the matching speakers' ids are read first (two trigram-indexed lookups),
        then passed as a list. With ``speaker_id IN (subquery)`` under an OR, PostgreSQL
        cannot combine indexes and reads all the quotes (1 s at a million); with a list it
        ORs the text's trigram index and the speaker index.
        """
        key = search_key(term)
        if not key:
            return self.none()
        # A UNION of two trigram lookups: a join of speakers to aliases would read them all.
        by_name = Speaker.objects.filter(name_normalized__contains=key).order_by().values_list("pk", flat=True)
        by_alias = SpeakerAlias.objects.filter(name_normalized__contains=key).order_by().values_list("speaker_id", flat=True)
        speakers = sorted(set(by_name.union(by_alias)))
        return self.filter(Q(text_normalized__contains=key) | Q(speaker_id__in=speakers))


class QuoteManager(models.Manager.from_queryset(QuoteQuerySet)):
    def get_by_natural_key(self, content_hash: str, start: int, end: int) -> Quote:
        return self.get(article__content_hash=content_hash, start=start, end=end)


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", _("direct")
        INDIRECT = "indirect", _("indirect")
        MIXED = "mixed", _("mixed")

    class Stance(models.TextChoices):
        ASSERTS = "asserts", _("asserts")
        CLAIMS = "claims", pgettext_lazy("stance", "claims")
        DENIES = "denies", _("denies")
        WARNS = "warns", _("warns")
        NEUTRAL = "neutral", _("neutral")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    speaker_mention = models.CharField(_("mention as written"), max_length=512, blank=True)
    intermediary = models.ForeignKey(
        Speaker, verbose_name=_("relayed by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="relayed_quotes",
    )
    text = models.TextField(_("text"))
    text_normalized = models.TextField(_("normalised text"), editable=False)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, db_index=True)
    cue = models.CharField(_("cue"), max_length=64, blank=True, db_index=True)
    stance = models.CharField(_("stance"), max_length=16, choices=Stance.choices, default=Stance.NEUTRAL)
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    cue_start = models.PositiveIntegerField(_("cue start"), null=True, blank=True)
    cue_end = models.PositiveIntegerField(_("cue end"), null=True, blank=True)
    mention_start = models.PositiveIntegerField(_("mention start"), null=True, blank=True)
    mention_end = models.PositiveIntegerField(_("mention end"), null=True, blank=True)
    # Copied from the article so "speaker Y between two dates" is one index range scan.
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    statement = models.ForeignKey(
        "Statement", verbose_name=_("statement"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="quotes", help_text=_("The same words printed elsewhere group into one statement."),
    )
    rule = models.CharField(_("rule"), max_length=64, blank=True)
    extractor_version = models.CharField(_("extractor version"), max_length=32, blank=True)
    confidence = models.FloatField(_("confidence"), default=0.5)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    curated = models.BooleanField(
        _("curated"), default=False, help_text=_("Changed by an editor: imports never overwrite it.")
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["text_normalized"])
    objects = QuoteManager()

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="quote_unique_span"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="quote_span_not_empty"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="quote_confidence_0_1"
            ),
        ]
        indexes = [
            models.Index(fields=["speaker", "published_at"], name="quote_speaker_date"),
            models.Index(fields=["status", "published_at"], name="quote_status_date"),
            models.Index(fields=["published_at", "id"], name="quote_date_id"),
            models.Index(fields=["confidence"], name="quote_confidence"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs) -> None:
        self.text_normalized = search_key(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("quote-detail", kwargs={"pk": self.pk})

    def natural_key(self) -> tuple[str, int, int]:
        return (*self.article.natural_key(), self.start, self.end)

    natural_key.dependencies = ["attribution.article", "attribution.speaker", "attribution.statement"]

    def offsets_match(self) -> bool:
        """Return whether ``article.body[start:end]`` is this quote's text."""
        return self.article.body[self.start : self.end] == self.text

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.article_id and not self.offsets_match():
            raise ValidationError(_("The text must be exactly article.body[start:end]."))


class StatementQuerySet(models.QuerySet):
    def search(self, text: str) -> StatementQuerySet:
        """Statements with a quote containing ``text``, spelling-insensitively.

        Served by the quotes' trigram index: statements are written at every import, so they
        carry no text index of their own.
        """
        return self.filter(pk__in=Quote.objects.search(text).values("statement_id"))

    def disputed(self) -> StatementQuerySet:
        return self.filter(disputed=True)


class StatementManager(models.Manager.from_queryset(StatementQuerySet)):
    def get_by_natural_key(self, key: str) -> Statement:
        return self.get(key=key)


class Statement(models.Model):
    """Quotes that are the same words, across articles and outlets (see ``arabic/statements.py``).

    The figures are kept up to date by ``statements.refresh_statements`` whenever quotes join
    or leave, so lists filter and sort on plain indexed columns.
    """

    key = models.CharField(_("key"), max_length=64, help_text=_("Hash of the founding wording."))
    text = models.TextField(_("wording"), help_text=_("The longest wording seen."))
    first_seen = models.DateTimeField(_("first seen"), null=True, blank=True, db_index=True)
    first_article = models.ForeignKey(
        Article, verbose_name=_("first article"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    quotes_count = models.PositiveIntegerField(_("quotes"), default=0)
    articles_count = models.PositiveIntegerField(_("articles"), default=0)
    outlets_count = models.PositiveIntegerField(_("outlets"), default=0)
    speakers_count = models.PositiveIntegerField(_("speakers"), default=0)
    disputed = models.BooleanField(
        _("disputed"), default=False,
        help_text=_("Its quotes are credited to different speakers."),
    )
    majority_speaker = models.ForeignKey(
        Speaker, verbose_name=_("majority speaker"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("The speaker most outlets credit."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = StatementManager()

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        ordering = ["-first_seen", "-id"]
        # Few indexes: every import writes statements. A constraint, unlike unique=True, adds
        # no second (LIKE) index on PostgreSQL.
        constraints = [models.UniqueConstraint(fields=["key"], name="statement_key")]
        indexes = [models.Index(fields=["disputed", "first_seen"], name="statement_disputed_date")]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("statement-detail", kwargs={"pk": self.pk})

    def natural_key(self) -> tuple[str]:
        return (self.key,)

    natural_key.dependencies = ["attribution.article", "attribution.speaker"]


class StatementKeyManager(models.Manager):
    def get_by_natural_key(self, key: str, statement_key: str) -> StatementKey:
        return self.get(key=key, statement__key=statement_key)


class StatementKey(models.Model):
    """One fingerprint of a statement's wordings: what an import looks a new quote up by."""

    # Looked up by the (key, statement) constraint's index, whose first column is the key.
    key = models.CharField(_("fingerprint"), max_length=16)
    # The statements' own index, written and deleted only with them (``statements.py``; the
    # ORM cascades deletes): a database check of the ~30 rows each new statement brings cost
    # an import half of its commit.
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="keys", db_constraint=False)
    # How many fingerprints the founding wording has, copied here so a lookup needs no join.
    statement_size = models.PositiveIntegerField(_("fingerprints of the statement"))

    objects = StatementKeyManager()

    class Meta:
        verbose_name = _("statement fingerprint")
        verbose_name_plural = _("statement fingerprints")
        constraints = [models.UniqueConstraint(fields=["key", "statement"], name="statement_key_unique")]

    def __str__(self) -> str:
        return self.key

    def natural_key(self) -> tuple[str, str]:
        return (self.key, *self.statement.natural_key())

    natural_key.dependencies = ["attribution.statement"]


class ClaimQuerySet(models.QuerySet):
    def search(self, text: str) -> ClaimQuerySet:
        key = search_key(text)
        return self.filter(text_normalized__contains=key) if key else self.none()

    def reviewed(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.REVIEWED).exclude(verdict="")


class ClaimManager(models.Manager.from_queryset(ClaimQuerySet)):
    def get_by_natural_key(self, text_hash: str) -> Claim:
        return self.get(text_hash=text_hash)


# ClaimReview ratingValue of each verdict: 5 (true) … 1 (false); unverifiable has none.
RATING_VALUES = {"true": 5, "mostly_true": 4, "mixed": 3, "misleading": 2, "false": 1}


class Claim(models.Model):
    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", _("unreviewed")
        IN_REVIEW = "in_review", _("in review")
        REVIEWED = "reviewed", _("reviewed")

    class Verdict(models.TextChoices):
        # Ordered best to worst; ClaimReview's ratingValue is derived from this order.
        TRUE = "true", _("true")
        MOSTLY_TRUE = "mostly_true", _("mostly true")
        MIXED = "mixed", _("mixed")
        MISLEADING = "misleading", _("misleading")
        FALSE = "false", _("false")
        UNVERIFIABLE = "unverifiable", _("unverifiable")

    text = models.TextField(_("claim"))
    text_normalized = models.TextField(_("normalised claim"), editable=False)
    short_form = models.CharField(
        _("short form"), max_length=255, blank=True,
        help_text=_("The claim in one short statement, ideally under 75 characters: ClaimReview's claimReviewed."),
    )
    # A hash, not the text itself, carries uniqueness: B-tree index entries have a size limit.
    text_hash = models.CharField(_("text hash"), max_length=64, unique=True, editable=False)
    claimant = models.ForeignKey(
        Speaker, verbose_name=_("claimant"), null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    quotes = models.ManyToManyField(Quote, verbose_name=_("quotes"), related_name="claims", blank=True)
    checkworthiness = models.FloatField(_("check-worthiness"), default=0.0)
    status = models.CharField(
        _("review state"), max_length=16, choices=Status.choices, default=Status.UNREVIEWED, db_index=True
    )
    verdict = models.CharField(_("verdict"), max_length=16, choices=Verdict.choices, blank=True, db_index=True)
    rating_text = models.CharField(
        _("rating as written"), max_length=255, blank=True, help_text=_('E.g. "تصريح كاذب" (ClaimReview alternateName).')
    )
    verdict_explanation = models.TextField(_("verdict explanation"), blank=True)
    factcheck_url = models.URLField(_("fact-check URL"), max_length=2048, blank=True)
    review_title = models.CharField(
        _("fact-check headline"), max_length=255, blank=True, help_text=_("The headline of the published fact-check.")
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["text_normalized", "text_hash"], m2m_fields=[])
    objects = ClaimManager()

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["claimant", "created_at"], name="claim_claimant_date"),
            models.Index(fields=["verdict", "created_at"], name="claim_verdict_date"),
            models.Index(fields=["created_at", "id"], name="claim_date_id"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs) -> None:
        self.text_normalized = search_key(self.text)
        self.text_hash = text_hash(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", kwargs={"pk": self.pk})

    def natural_key(self) -> tuple[str]:
        return (self.text_hash,)

    natural_key.dependencies = ["attribution.speaker", "attribution.quote"]

    @property
    def claim_reviewed(self) -> str:
        """The claim as ClaimReview states it: the short form when an editor wrote one."""
        return self.short_form or self.text

    @property
    def rating_value(self) -> int | None:
        """ClaimReview ratingValue: 5 (true) … 1 (false); None when unverifiable or unset."""
        return RATING_VALUES.get(self.verdict)


class SpeakerMerge(models.Model):
    """A record of one speaker merged into another, with what the merged one held."""

    survivor = models.ForeignKey(Speaker, verbose_name=_("survivor"), on_delete=models.CASCADE, related_name="merges")
    merged_key = models.CharField(_("merged speaker key"), max_length=255)
    merged_name = models.CharField(_("merged speaker name"), max_length=255)
    snapshot = models.JSONField(
        _("snapshot"), default=dict, help_text=_("The merged speaker's fields and the ids of what moved.")
    )
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("merged by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    merged_at = models.DateTimeField(_("merged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("speaker merge")
        verbose_name_plural = _("speaker merges")
        ordering = ["-merged_at"]

    def __str__(self) -> str:
        return f"{self.merged_name} → {self.survivor}"


class SpeakerRole(models.Model):
    """A role or title a speaker was given in articles, with when it was seen."""

    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=255)
    role_normalized = models.CharField(_("normalised role"), max_length=255, editable=False)
    mentions = models.PositiveIntegerField(_("mentions"), default=0)
    first_seen = models.DateTimeField(_("first seen"), null=True, blank=True)
    last_seen = models.DateTimeField(_("last seen"), null=True, blank=True)

    class Meta:
        verbose_name = _("speaker role")
        verbose_name_plural = _("speaker roles")
        ordering = ["-mentions", "role"]
        constraints = [models.UniqueConstraint(fields=["speaker", "role_normalized"], name="speaker_role_unique")]

    def __str__(self) -> str:
        return self.role


class SpeakerCandidate(models.Model):
    """Two speaker rows that may be one person, with the evidence, for an editor to decide."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CONFIRMED = "confirmed", _("merged")
        DISMISSED = "dismissed", _("dismissed")

    # ``first`` has the smaller id, so a pair is stored once.
    first = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Speaker, verbose_name=_("maybe the same as"), on_delete=models.CASCADE,
                               related_name="+")
    reason = models.CharField(_("reason"), max_length=32)
    score = models.FloatField(_("score"), default=0.0, db_index=True)
    shared_statements = models.PositiveIntegerField(_("shared statements"), default=0)
    shared_outlets = models.PositiveIntegerField(_("shared outlets"), default=0)
    same_role = models.BooleanField(_("same role"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN,
                              db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("speaker merge candidate")
        verbose_name_plural = _("speaker merge candidates")
        ordering = ["-score", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="speaker_candidate_pair"),
            models.CheckConstraint(condition=Q(first__lt=models.F("second")), name="speaker_candidate_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first} ≟ {self.second}"
