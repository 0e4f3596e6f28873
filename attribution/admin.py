"""The editors' curation desk: declarative ModelAdmins whose writes go through ``curation``.

Every editor change to a quote (form, inline, action or history revert) is saved by a
curation service, so it is marked curated exactly as the API marks it. Lists stay fast on
a million quotes: related rows are joined, filters never scan the quote table for their
choices, and an unfiltered list reads PostgreSQL's row estimate instead of COUNT(*).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import (
    AdminTextareaWidget,
    AdminTextInputWidget,
    AdminURLFieldWidget,
    AutocompleteSelect,
)
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection, connections, models, transaction
from django.db.models import Count, F, Max, Min, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, Least, Substr
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from attribution.curation import (
    check_reviewed_claim,
    claim_from_quote,
    confirm_candidate,
    dismiss_candidate,
    edit_article,
    edit_quote,
    fix_quote_span,
    link_claim_quotes,
    merge_speakers,
    reassign_quote_speaker,
    resolve_statement,
    review_claim,
    review_quote,
    split_speaker,
    undo_merge,
)
from attribution.importer import reextract_article
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
    search_key,
)
from attribution.review_queue import next_quote, pending_quotes, progress

admin.site.site_header = _("Quote attribution desk")
admin.site.site_title = _("Quote attribution desk")
admin.site.index_title = _("Curation")
# The index leads to the review queue (QuoteAdmin.review_view).
admin.site.index_template = "admin/attribution/index.html"

# Below this many rows an exact COUNT(*) is cheap and an estimate would only confuse.
ESTIMATE_ABOVE = 10_000
CONTEXT_CHARS = 300
BR = mark_safe("<br>")


# --- Speed -------------------------------------------------------------------------------


def estimated_row_count(model: type[models.Model], *, using: str) -> int | None:
    """Return PostgreSQL's planner estimate of ``model``'s rows, or None where there is none."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table])
        row = cursor.fetchone()
    # -1 means never analysed (PostgreSQL 14+).
    return row[0] if row and row[0] >= 0 else None


class EstimatedCountPaginator(Paginator):
    """A paginator that trusts pg_class.reltuples for an unfiltered list of a big table.

    Filtered lists still count exactly: their indexes keep the count cheap, and editors
    rely on "N results" when they filter.
    """

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if isinstance(queryset, QuerySet) and not queryset.query.where:
            estimate = estimated_row_count(queryset.model, using=queryset.db)
            if estimate is not None and estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count


# A search result is counted up to here, then shown as "1000+".
SEARCH_COUNT_LIMIT = 1000


class BoundedCountPaginator(Paginator):
    """A paginator that counts at most ``SEARCH_COUNT_LIMIT + 1`` rows.

    Counting every match of a common name costs more than finding the first page; editors
    refine a search rather than read page 600. Past the limit the pages stop and the count
    reads "1000+".
    """

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if isinstance(queryset, QuerySet):
            return queryset.order_by()[: SEARCH_COUNT_LIMIT + 1].count()
        return min(len(queryset), SEARCH_COUNT_LIMIT + 1)


class FastDateHierarchyChangeList(ChangeList):
    """A change list whose date hierarchy's first level costs two index probes.

    Django lists the years with SELECT DISTINCT over every row (a third of a second on a
    million quotes); MIN and MAX of the indexed date give the span, and every year in it is
    offered. Drilled-down levels scan one year at most and stay Django's.
    """

    @cached_property
    def year_hierarchy(self) -> dict[str, Any] | None:
        field = self.date_hierarchy
        if not field or any(key.startswith(f"{field}__") for key in self.params):
            return None
        bounds = self.queryset.aggregate(first=Min(field), last=Max(field))
        if bounds["first"] is None:
            return None
        first, last = (timezone.localtime(value) if timezone.is_aware(value) else value for value in bounds.values())
        if first.year == last.year:
            return None  # Django's tag opens straight on the months
        return {
            "show": True,
            "choices": [
                {"link": self.get_query_string({f"{field}__year": year}, [f"{field}__"]), "title": str(year)}
                for year in range(first.year, last.year + 1)
            ],
        }


# --- Shared pieces -----------------------------------------------------------------------


class DeskAdmin(admin.ModelAdmin):
    """Arabic-friendly defaults: every text input takes its direction from what is typed."""

    formfield_overrides = {
        models.CharField: {"widget": AdminTextInputWidget(attrs={"dir": "auto"})},
        models.TextField: {"widget": AdminTextareaWidget(attrs={"dir": "auto"})},
        models.URLField: {"widget": AdminURLFieldWidget, "assume_scheme": "https"},
    }
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    class Media:
        css = {"all": ["attribution/admin.css"]}

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return FastDateHierarchyChangeList


def bidi(text: str, *, limit: int | None = None) -> SafeString:
    """Return ``text`` (escaped, optionally truncated) in a span whose direction follows its script."""
    shown = Truncator(text).chars(limit) if limit else text
    return format_html('<span dir="auto">{}</span>', shown)


def admin_link(obj: models.Model, text: str, *, limit: int | None = 60) -> SafeString:
    """Return an escaped link to ``obj``'s change page."""
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, bidi(text, limit=limit))


def quote_in_context(quote: Quote, *, context_chars: int = CONTEXT_CHARS) -> SafeString:
    """Return the quote highlighted inside its article paragraph, all text escaped.

    The speaker mention and the speech verb are marked too when they lie in the excerpt;
    a quote whose offsets no longer hold is shown alone with a warning.
    """
    body = quote.article.body
    if not quote.offsets_match():
        return format_html(
            '<p class="errornote">{}</p><div class="quote-context" dir="auto">{}</div>',
            _("The stored offsets do not point at this text in the article."), quote.text,
        )
    paragraph_start = body.rfind("\n", 0, quote.start) + 1
    paragraph_end = body.find("\n", quote.end)
    paragraph_end = len(body) if paragraph_end == -1 else paragraph_end
    start = max(paragraph_start, quote.start - context_chars)
    end = min(paragraph_end, quote.end + context_chars)

    spans = [(quote.start, quote.end, "quote-highlight")]
    for span_start, span_end, css in (
        (quote.mention_start, quote.mention_end, "mention-highlight"),
        (quote.cue_start, quote.cue_end, "cue-highlight"),
    ):
        if span_start is None or span_end is None or not start <= span_start < span_end <= end:
            continue
        if all(span_end <= s or e <= span_start for s, e, _css in spans):
            spans.append((span_start, span_end, css))
    spans.sort()

    pieces: list[tuple[str, str]] = []
    position = start
    for span_start, span_end, css in spans:
        pieces.append(("", body[position:span_start]))
        pieces.append((css, body[span_start:span_end]))
        position = span_end
    pieces.append(("", body[position:end]))
    inner = format_html_join(
        "", "{}", ((format_html('<mark class="{}">{}</mark>', css, text) if css else text,) for css, text in pieces)
    )
    # data-offset: where the shown text starts in the body, so a selection maps to offsets.
    return format_html(
        '<div class="quote-context" dir="auto" lang="{}">{}<span class="context-text" data-offset="{}">{}</span>{}</div>',
        quote.article.language or "ar",
        "… " if start > paragraph_start else "",
        start,
        inner,
        " …" if end < paragraph_end else "",
    )


class AutocompleteListFilter(admin.SimpleListFilter):
    """A list filter picking one related object through the admin's own autocomplete view.

    django-admin-autocomplete-filter does this but has not had a release since 2021; the
    admin's select2 widget and a few lines of JavaScript are enough.
    """

    template = "admin/attribution/autocomplete_filter.html"
    field_name = ""

    def __init__(self, request: HttpRequest, params: dict, model: type[models.Model], model_admin: admin.ModelAdmin):
        self.parameter_name = f"{self.field_name}__id__exact"
        self.field = model._meta.get_field(self.field_name)
        self.admin_site = model_admin.admin_site
        super().__init__(request, params, model, model_admin)

    def has_output(self) -> bool:
        return True

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return []

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        value = self.value()
        if not value:
            return queryset
        if not value.isdigit():
            return queryset.none()
        return queryset.filter(**{f"{self.field_name}_id": int(value)})

    def widget_html(self) -> SafeString:
        choice = forms.ModelChoiceField(
            queryset=self.field.related_model._default_manager.all(),
            widget=AutocompleteSelect(self.field, self.admin_site),
            required=False,
        )
        value = self.value() if (self.value() or "").isdigit() else None
        return choice.widget.render(self.parameter_name, value, attrs={"id": f"filter_{self.field_name}"})

    def choices(self, changelist: ChangeList) -> Iterator[dict[str, Any]]:
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("All"),
            "widget": self.widget_html(),
        }


def autocomplete_filter_media(field: models.Field, admin_site: admin.AdminSite) -> forms.Media:
    """Return the select2 media an autocomplete list filter needs on a change list."""
    return AutocompleteSelect(field, admin_site).media + forms.Media(js=["attribution/autocomplete_filter.js"])


class SpeakerFilter(AutocompleteListFilter):
    title = _("speaker")
    field_name = "speaker"


class ClaimantFilter(AutocompleteListFilter):
    title = _("claimant")
    field_name = "claimant"


class ConfidenceBandFilter(admin.SimpleListFilter):
    """Bands of the extractor's confidence, the order in which editors review."""

    title = _("confidence")
    parameter_name = "confidence_band"
    bands = {"low": (None, 0.5), "medium": (0.5, 0.8), "high": (0.8, None)}

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("low", _("low (below 0.5)")), ("medium", _("medium (0.5 to 0.8)")), ("high", _("high (0.8 and above)"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() not in self.bands:
            return queryset
        low, high = self.bands[self.value()]
        if low is not None:
            queryset = queryset.filter(confidence__gte=low)
        if high is not None:
            queryset = queryset.filter(confidence__lt=high)
        return queryset


def distinct_outlets(*, limit: int) -> list[str]:
    """Return the first ``limit`` outlet names in order.

    On PostgreSQL a recursive query hops through the outlet index one value at a time (a
    "loose index scan"): a few dozen probes instead of reading 200,000 articles.
    """
    if connection.vendor != "postgresql":
        outlets = Article.objects.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct()
        return list(outlets[:limit])
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH RECURSIVE outlets(outlet) AS (
                (SELECT outlet FROM {table} WHERE outlet > '' ORDER BY outlet LIMIT 1)
                UNION ALL
                SELECT (SELECT outlet FROM {table} WHERE outlet > outlets.outlet ORDER BY outlet LIMIT 1)
                FROM outlets WHERE outlets.outlet IS NOT NULL
            )
            SELECT outlet FROM outlets WHERE outlet IS NOT NULL LIMIT %s
            """,
            [limit],
        )
        return [row[0] for row in cursor.fetchall()]


class OutletFilter(admin.SimpleListFilter):
    """Outlets read from the article table: the quote table is too big to scan for choices."""

    title = _("outlet")
    parameter_name = "outlet"
    field_path = "article__outlet"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(outlet, outlet) for outlet in distinct_outlets(limit=200)]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        return queryset.filter(**{self.field_path: self.value()}) if self.value() else queryset


class ArticleOutletFilter(OutletFilter):
    field_path = "outlet"


# --- Quotes ------------------------------------------------------------------------------


# --- The quote list: fits a 1366 px screen, excerpts in their paragraph's direction --------

# How far back from a quote its paragraph's first strong letter is looked for.
PARAGRAPH_LOOKBACK = 200


def text_direction(text: str, *, default: str = "rtl") -> str:
    """Return "rtl" or "ltr" from the first strong letter of ``text`` (HTML's dir=auto rule).

    >>> text_direction("2024: قال الوزير"), text_direction("«Brexit» قال")
    ('rtl', 'ltr')
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def paragraph_directions(quotes: Iterable[Quote]) -> dict[int, str]:
    """Return each quote's paragraph direction, reading only the text just before each quote.

    One query for the page, and never the article bodies themselves (100 bodies are
    megabytes): the direction is that of the paragraph's first strong letter, looked for in
    the ``PARAGRAPH_LOOKBACK`` characters before the quote, then in the quote.
    """
    quotes = list(quotes)
    leads = dict(
        Quote.objects.filter(pk__in=[quote.pk for quote in quotes])
        .annotate(
            lead=Substr(
                "article__body",
                Greatest(F("start") - PARAGRAPH_LOOKBACK + 1, Value(1)),
                Least(F("start"), Value(PARAGRAPH_LOOKBACK)),
            )
        )
        .values_list("pk", "lead")
    )
    directions = {}
    for quote in quotes:
        lead = leads.get(quote.pk) or ""
        paragraph = lead[lead.rfind("\n") + 1 :]
        directions[quote.pk] = text_direction(paragraph + quote.text, default="rtl")
    return directions


class QuoteChangeList(FastDateHierarchyChangeList):
    """The quote list, with each row's paragraph direction read for the page in one query."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        self.result_count_capped = isinstance(self.paginator, BoundedCountPaginator) and (
            self.result_count > SEARCH_COUNT_LIMIT
        )
        directions = paragraph_directions(self.result_list)
        for quote in self.result_list:
            quote.paragraph_direction = directions.get(quote.pk)



# --- The review queue: the next pending quote, decided in one click or key ----------------


# (decision, label, key): the key is the physical key (KeyboardEvent.code), so the shortcuts
# work on an Arabic keyboard layout too.
REVIEW_DECISIONS = [
    ("approve", _("Approve"), "A"),
    ("reject", _("Reject"), "R"),
    ("reassign", _("Reassign speaker"), "S"),
    ("fix_span", _("Fix span to the selection"), "F"),
    ("claim", _("Create claim"), "C"),
    ("skip", _("Skip"), "N"),
]


class ReviewFilterForm(forms.Form):
    """Narrow the queue to one outlet and/or one speaker (GET parameters ``outlet``, ``speaker``)."""

    def __init__(self, *args: Any, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        outlets = distinct_outlets(limit=200)
        self.fields["outlet"] = forms.ChoiceField(
            label=_("outlet"), required=False, choices=[("", _("All")), *((o, o) for o in outlets)]
        )
        self.fields["speaker"] = forms.ModelChoiceField(
            label=_("speaker"), required=False, queryset=Speaker.objects.all(),
            widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site, attrs={"id": "filter_speaker"}),
        )


class ReviewDecisionForm(forms.Form):
    """One decision on one quote; the speaker and the span are read only by their decisions."""

    decision = forms.ChoiceField(choices=[(key, key) for key, _label, _shortcut in REVIEW_DECISIONS])
    start = forms.IntegerField(required=False, min_value=0)
    end = forms.IntegerField(required=False, min_value=0)

    def __init__(self, *args: Any, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["speaker"] = forms.ModelChoiceField(
            label=_("Reassign to"), required=False, queryset=Speaker.objects.all(),
            widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site, attrs={"id": "review_speaker"}),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == "reassign" and not cleaned.get("speaker"):
            self.add_error("speaker", _("Choose the speaker."))
        if decision == "fix_span" and (cleaned.get("start") is None or cleaned.get("end") is None):
            self.add_error(None, _("Select the quote's words in the paragraph first."))
        return cleaned


class ReviewQueueAdminMixin:
    """``review/``: one page with the next pending quote in its paragraph and the decisions on it.

    Every decision settles the quote and moves on: reassigning the speaker, fixing the span
    or creating a claim approve the corrected quote in the same transaction. Skipped quotes
    are kept in the session, so the editor can come back to them in a new session.
    """

    review_template = "admin/attribution/quote/review.html"
    review_session_key = "attribution_review_skipped"
    review_skipped_kept = 500

    def get_urls(self) -> list:
        views = [
            path("review/", self.admin_site.admin_view(self.review_view), name="attribution_quote_review"),
            path(
                "review/<int:pk>/", self.admin_site.admin_view(self.review_decision_view),
                name="attribution_quote_review_decide",
            ),
        ]
        return views + super().get_urls()

    def review_filters(self, request: HttpRequest) -> tuple[ReviewFilterForm, str, int | None]:
        form = ReviewFilterForm(request.GET or None, admin_site=self.admin_site)
        if not form.is_valid():
            return form, "", None
        speaker = form.cleaned_data.get("speaker")
        return form, form.cleaned_data.get("outlet") or "", speaker.pk if speaker else None

    def review_query(self, request: HttpRequest) -> str:
        """The queue's own GET parameters, carried from page to decision and back."""
        return urlencode({key: request.GET[key] for key in ("outlet", "speaker") if request.GET.get(key)})

    def review_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_change_permission(request):
            raise PermissionDenied
        filter_form, outlet, speaker_id = self.review_filters(request)
        skipped = request.session.get(self.review_session_key, [])
        quote = next_quote(pending_quotes(outlet=outlet, speaker_id=speaker_id, skipped=skipped))
        done = progress(user=request.user, pending=pending_quotes(outlet=outlet, speaker_id=speaker_id))
        decision_form = ReviewDecisionForm(admin_site=self.admin_site)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review queue"),
            "opts": self.model._meta,
            "quote": quote,
            "in_context": quote_in_context(quote, context_chars=1000) if quote else "",
            "claims": quote.claims.order_by("-checkworthiness")[:10] if quote else [],
            "progress": done,
            "skipped": len(skipped),
            "filter_form": filter_form,
            "decision_form": decision_form,
            "decisions": [
                (key, label, shortcut) for key, label, shortcut in REVIEW_DECISIONS
                if key != "claim" or request.user.has_perm("attribution.add_claim")
            ],
            "query": self.review_query(request),
            "media": self.media + filter_form.media + forms.Media(js=["attribution/review_queue.js"]),
        }
        return TemplateResponse(request, self.review_template, context)

    def review_decision_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        back = reverse("admin:attribution_quote_review") + (f"?{query}" if (query := self.review_query(request)) else "")
        quote = get_object_or_404(Quote.objects.select_related("article", "speaker", "reviewed_by"), pk=pk)
        form = ReviewDecisionForm(request.POST, admin_site=self.admin_site)
        if not form.is_valid():
            errors = [message for messages_ in form.errors.values() for message in messages_]
            self.message_user(request, " ".join(errors), messages.ERROR)
            return HttpResponseRedirect(back)
        decision = form.cleaned_data["decision"]
        if decision == "skip":
            skipped = [*request.session.get(self.review_session_key, []), quote.pk][-self.review_skipped_kept :]
            request.session[self.review_session_key] = skipped
            return HttpResponseRedirect(back)
        if quote.status != Quote.Status.PENDING:
            # Another editor decided first: theirs stands.
            self.message_user(
                request,
                _("This quote was already reviewed by %(user)s.") % {"user": quote.reviewed_by or "—"},
                messages.WARNING,
            )
            return HttpResponseRedirect(back)
        if decision == "claim" and not request.user.has_perm("attribution.add_claim"):
            raise PermissionDenied
        try:
            with transaction.atomic():
                done = self.apply_review_decision(request, quote, decision, form.cleaned_data)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(back)
        self.message_user(request, done, messages.SUCCESS)
        return HttpResponseRedirect(back)

    def apply_review_decision(self, request: HttpRequest, quote: Quote, decision: str, data: dict) -> SafeString | str:
        """Write ``decision`` through the curation services and say what was done."""
        user = request.user
        excerpt = Truncator(quote.text).chars(60)
        if decision == "reject":
            review_quote(quote=quote, status=Quote.Status.REJECTED, user=user)
            return _("Rejected: %(quote)s") % {"quote": excerpt}
        if decision == "reassign":
            reassign_quote_speaker(quote=quote, speaker=data["speaker"], user=user)
        elif decision == "fix_span":
            fix_quote_span(quote=quote, start=data["start"], end=data["end"], user=user)
        elif decision == "claim":
            claim = claim_from_quote(quote=quote, user=user)
        review_quote(quote=quote, status=Quote.Status.APPROVED, user=user)
        if decision == "claim":
            return format_html(str(_("Approved, and claim created: {}")), admin_link(claim, claim.text))
        if decision == "reassign":
            return _("Approved as %(speaker)s's: %(quote)s") % {"speaker": data["speaker"], "quote": excerpt}
        if decision == "fix_span":
            return _("Span fixed and approved: %(quote)s") % {"quote": Truncator(quote.text).chars(60)}
        return _("Approved: %(quote)s") % {"quote": excerpt}


def save_quote_change(request: HttpRequest, quote: Quote, changed: Iterable[str]) -> Quote:
    """Save an editor's change to ``quote`` through the curation service that names it."""
    changed = set(changed)
    if "status" in changed:
        return review_quote(quote=quote, status=quote.status, user=request.user)
    if changed == {"speaker"}:
        return reassign_quote_speaker(quote=quote, speaker=quote.speaker, user=request.user)
    return edit_quote(quote=quote, user=request.user)


class DisputedStatementFilter(admin.SimpleListFilter):
    """Quotes whose words other outlets credit to someone else: likely attribution errors."""

    title = _("statement")
    parameter_name = "statement"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("disputed", _("disputed (outlets credit different speakers)")), ("shared", _("printed by 2+ outlets"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "disputed":
            return queryset.filter(statement__disputed=True)
        if self.value() == "shared":
            return queryset.filter(statement__outlets_count__gte=2)
        return queryset


class ReassignSpeakerForm(forms.Form):
    """The intermediate page of the "reassign speaker" action."""

    def __init__(self, *args: Any, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["speaker"] = forms.ModelChoiceField(
            label=_("New speaker"),
            queryset=Speaker.objects.all(),
            widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site),
        )


@admin.register(Quote)
class QuoteAdmin(ReviewQueueAdminMixin, SimpleHistoryAdmin, DeskAdmin):
    # What an editor needs to decide, and nothing else: the list must fit a 1366 px screen.
    list_display = ["excerpt", "speaker_name", "outlet", "published_date", "confidence_display", "status"]
    list_display_links = ["excerpt"]
    list_filter = [
        "status", "kind", OutletFilter, ConfidenceBandFilter, DisputedStatementFilter, "curated", SpeakerFilter,
    ]
    list_select_related = ["speaker", "article"]
    date_hierarchy = "published_at"
    # The real search is get_search_results (normalised text and speaker aliases); this line
    # shows the search box and enables the quote autocomplete used by claims.
    search_fields = ["text_normalized"]
    search_help_text = _("Quote text or speaker name; diacritics and hamza, alef, ya and ta marbuta spellings are ignored.")
    autocomplete_fields = ["speaker", "intermediary", "article"]
    actions = ["approve", "reject", "reassign_speaker", "create_claim"]
    history_list_display = ["status"]
    fieldsets = [
        (None, {"fields": ["in_context", "article_link", "speaker_mention", "speaker", "intermediary", "status"]}),
        (_("Classification"), {"fields": ["kind", "stance", "cue"]}),
        (_("Curation"), {"fields": ["curated", "reviewed_by", "reviewed_at", "claims_list"]}),
        (
            _("Extraction"),
            {
                "classes": ["collapse"],
                "fields": [
                    "text", "confidence", "rule", "extractor_version", ("start", "end"),
                    ("mention_start", "mention_end"), ("cue_start", "cue_end"), "published_at",
                ],
            },
        ),
    ]
    readonly_fields = [
        "in_context", "article_link", "speaker_mention", "cue", "curated", "reviewed_by", "reviewed_at",
        "claims_list", "text", "confidence", "rule", "extractor_version", "start", "end", "mention_start",
        "mention_end", "cue_start", "cue_end", "published_at",
    ]

    @property
    def media(self) -> forms.Media:
        return super().media + autocomplete_filter_media(Quote._meta.get_field("speaker"), self.admin_site)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # A list page needs the article's title, not its body: 100 bodies are megabytes.
        return (
            super().get_queryset(request)
            .select_related("article", "speaker", "intermediary", "reviewed_by")
            .defer("article__body", "article__raw_text")
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Quotes come from extraction: by hand, their offsets would not point anywhere.
        return False

    def has_add_claim_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("attribution.add_claim")

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        if not search_key(search_term):
            return queryset, False
        return queryset.text_or_speaker(search_term), False

    def get_paginator(self, request: HttpRequest, queryset: QuerySet, per_page: int, **kwargs: Any) -> Paginator:
        # A search counts up to SEARCH_COUNT_LIMIT: "احمد" matches 60,000 of a million quotes.
        if search_key(request.GET.get("q", "")):
            return BoundedCountPaginator(queryset, per_page, **kwargs)
        return super().get_paginator(request, queryset, per_page, **kwargs)

    def save_model(self, request: HttpRequest, obj: Quote, form: forms.ModelForm, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        save_quote_change(request, obj, form.changed_data)

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return QuoteChangeList

    @admin.display(description=_("quote"), ordering="text")
    def excerpt(self, quote: Quote) -> SafeString:
        # The list's excerpt takes its paragraph's direction (QuoteChangeList reads it).
        direction = getattr(quote, "paragraph_direction", None) or text_direction(quote.text)
        return format_html(
            '<div class="quote-excerpt" dir="{}">{}</div>', direction, Truncator(quote.text).chars(160)
        )

    @admin.display(description=_("speaker"), ordering="speaker__name")
    def speaker_name(self, quote: Quote) -> SafeString | str:
        return bidi(quote.speaker.name, limit=40) if quote.speaker else "—"

    @admin.display(description=_("outlet"), ordering="article__outlet")
    def outlet(self, quote: Quote) -> SafeString | str:
        return bidi(quote.article.outlet, limit=30) if quote.article.outlet else "—"

    @admin.display(description=_("date"), ordering="published_at")
    def published_date(self, quote: Quote) -> str:
        if quote.published_at is None:
            return "—"
        return date_format(timezone.localtime(quote.published_at), "SHORT_DATE_FORMAT")

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_display(self, quote: Quote) -> str:
        return f"{quote.confidence:.2f}"

    @admin.display(description=_("in its article"))
    def in_context(self, quote: Quote) -> SafeString:
        return quote_in_context(quote)

    @admin.display(description=_("article"))
    def article_link(self, quote: Quote) -> SafeString:
        return admin_link(quote.article, str(quote.article), limit=None)

    @admin.display(description=_("linked claims"))
    def claims_list(self, quote: Quote) -> SafeString:
        claims = quote.claims.all()[:20]
        return format_html_join(BR, "{}", ((admin_link(claim, claim.text, limit=120),) for claim in claims)) or "—"

    def _review(self, request: HttpRequest, queryset: QuerySet, status: str) -> int:
        for quote in queryset:
            review_quote(quote=quote, status=status, user=request.user)
        return len(queryset)

    @admin.action(description=_("Approve the selected quotes"), permissions=["change"])
    def approve(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._review(request, queryset, Quote.Status.APPROVED)
        self.message_user(request, ngettext("%d quote approved.", "%d quotes approved.", count) % count, messages.SUCCESS)

    @admin.action(description=_("Reject the selected quotes"), permissions=["change"])
    def reject(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._review(request, queryset, Quote.Status.REJECTED)
        self.message_user(request, ngettext("%d quote rejected.", "%d quotes rejected.", count) % count, messages.SUCCESS)

    @admin.action(description=_("Reassign the speaker of the selected quotes…"), permissions=["change"])
    def reassign_speaker(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        form = ReassignSpeakerForm(request.POST if "apply" in request.POST else None, admin_site=self.admin_site)
        if form.is_valid():
            speaker = form.cleaned_data["speaker"]
            quotes = list(queryset)
            for quote in quotes:
                reassign_quote_speaker(quote=quote, speaker=speaker, user=request.user)
            self.message_user(
                request,
                ngettext("%(count)d quote now attributed to %(speaker)s.", "%(count)d quotes now attributed to %(speaker)s.", len(quotes))
                % {"count": len(quotes), "speaker": speaker},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Reassign the speaker"),
            "opts": self.model._meta,
            "form": form,
            "quotes": queryset.select_related("speaker", "article")[:200],
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/attribution/quote/reassign_speaker.html", context)

    @admin.action(description=_("Create a claim from each selected quote"), permissions=["add_claim"])
    def create_claim(self, request: HttpRequest, queryset: QuerySet) -> None:
        claims = [claim_from_quote(quote=quote, user=request.user) for quote in queryset]
        self.message_user(
            request, ngettext("%d claim created or linked.", "%d claims created or linked.", len(claims)) % len(claims),
            messages.SUCCESS,
        )


# --- Speakers ----------------------------------------------------------------------------


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name", "name_normalized", "mentions"]
    readonly_fields = ["name_normalized", "mentions"]
    ordering = ["-mentions", "name"]
    extra = 1
    formfield_overrides = DeskAdmin.formfield_overrides


class SpeakerRoleInline(admin.TabularInline):
    """Roles the articles gave the speaker, with when: kept apart from the name."""

    model = SpeakerRole
    fields = ["role", "mentions", "first_seen", "last_seen"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    max_num = 0


class MergeSpeakersForm(forms.Form):
    """Pick the speaker that survives a merge among the selected ones."""

    def __init__(self, *args: Any, speakers: QuerySet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"] = forms.ModelChoiceField(
            label=_("Speaker that survives"), queryset=speakers, widget=forms.RadioSelect, empty_label=None,
        )


# --- Splitting a speaker: the inverse of a merge -------------------------------------------

# The quotes offered on the split page; a speaker with more is split in several rounds.
SPLIT_QUOTES_SHOWN = 500


class SplitSpeakerForm(forms.Form):
    """Choose what moves off ``source`` (quotes, aliases) and where (an existing or a new speaker)."""

    def __init__(self, *args: Any, source: Speaker, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["quotes"] = forms.ModelMultipleChoiceField(
            label=_("Quotes to move"), required=False, widget=forms.CheckboxSelectMultiple,
            queryset=source.quotes.select_related("article").defer("article__body", "article__raw_text")
            .order_by("-published_at", "-pk"),
        )
        self.fields["aliases"] = forms.ModelMultipleChoiceField(
            label=_("Aliases to move"), required=False, widget=forms.CheckboxSelectMultiple,
            queryset=source.aliases.exclude(name_normalized=source.name_normalized),
        )
        self.fields["target"] = forms.ModelChoiceField(
            label=_("Move to an existing speaker"), required=False, queryset=Speaker.objects.exclude(pk=source.pk),
            widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site, attrs={"id": "split_target"}),
        )
        self.fields["new_name"] = forms.CharField(
            label=_("…or to a new speaker named"), required=False, max_length=255,
            widget=AdminTextInputWidget(attrs={"dir": "auto"}),
        )
        self.fields["new_kind"] = forms.ChoiceField(
            label=_("kind"), choices=[(k, v) for k, v in Speaker.Kind.choices if k != Speaker.Kind.ANONYMOUS],
            initial=Speaker.Kind.PERSON,
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if bool(cleaned.get("target")) == bool((cleaned.get("new_name") or "").strip()):
            raise ValidationError(_("Choose an existing speaker or name a new one, not both."))
        return cleaned


class SpeakerSplitAdminMixin:
    """The "split" action: the intermediate page of ``curation.split_speaker``."""

    @admin.action(description=_("Split the selected speaker…"), permissions=["merge"])
    def split(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one speaker to split."), messages.WARNING)
            return None
        source = queryset.get()
        form = SplitSpeakerForm(
            request.POST if "apply" in request.POST else None, source=source, admin_site=self.admin_site
        )
        if form.is_valid():
            data = form.cleaned_data
            try:
                target = split_speaker(
                    source=source, quotes=list(data["quotes"]), aliases=list(data["aliases"]), user=request.user,
                    target=data["target"], new_name=data["new_name"], new_kind=data["new_kind"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    _("%(quotes)d quotes and %(aliases)d aliases of %(source)s moved to %(target)s.")
                    % {"quotes": len(data["quotes"]), "aliases": len(data["aliases"]), "source": source, "target": target},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:attribution_speaker_change", args=[target.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Split %(speaker)s") % {"speaker": source},
            "opts": self.model._meta,
            "form": form,
            "source": source,
            # Rendered by hand: a bound CheckboxSelectMultiple would build all of a big speaker's quotes.
            "quote_choices": form.fields["quotes"].queryset[:SPLIT_QUOTES_SHOWN],
            "chosen_quotes": set(request.POST.getlist("quotes")) if "apply" in request.POST else set(),
            "more_quotes": max(0, source.quotes.count() - SPLIT_QUOTES_SHOWN),
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/attribution/speaker/split.html", context)


@admin.register(Speaker)
class SpeakerAdmin(SpeakerSplitAdminMixin, SimpleHistoryAdmin, DeskAdmin):
    list_display = ["display_name", "kind", "role", "affiliation", "quotes_link", "verified", "wikidata_id"]
    list_display_links = ["display_name"]
    list_filter = ["kind", "verified"]
    list_select_related = ["affiliation"]
    # As for quotes, get_search_results does the real (alias-aware, normalised) search.
    search_fields = ["name_normalized"]
    search_help_text = _("Any name or alias of the speaker, spelling-insensitively.")
    autocomplete_fields = ["affiliation"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]
    actions = ["merge", "split"]
    fields = ["name", "kind", "role", "affiliation", "wikidata_id", "verified", "key", "quotes_link", "merges_list"]
    readonly_fields = ["key", "quotes_link", "merges_list"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # A correlated count is computed only for the rows of the page, not for every speaker.
        counts = (
            Quote.objects.filter(speaker=OuterRef("pk")).order_by().values("speaker").annotate(n=Count("pk")).values("n")
        )
        return super().get_queryset(request).annotate(quote_count=Coalesce(Subquery(counts), 0))

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        if not search_key(search_term):
            return queryset, False
        return queryset.filter(pk__in=Speaker.objects.named(search_term).values("pk")), False

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("attribution.merge_speaker")

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, speaker: Speaker) -> SafeString:
        return bidi(speaker.name)

    @admin.display(description=_("quotes"), ordering="quote_count")
    def quotes_link(self, speaker: Speaker) -> SafeString:
        url = reverse("admin:attribution_quote_changelist") + f"?speaker__id__exact={speaker.pk}"
        return format_html('<a href="{}">{}</a>', url, speaker.quote_count)

    @admin.display(description=_("merged into this speaker"))
    def merges_list(self, speaker: Speaker) -> SafeString:
        merges = speaker.merges.select_related("merged_by")[:50]
        return format_html_join(
            BR, "{} ({})", ((admin_link(merge, merge.merged_name), merge.merged_at.date()) for merge in merges)
        ) or "—"

    @admin.action(description=_("Merge the selected speakers…"), permissions=["merge"])
    def merge(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        speakers = queryset.order_by("-quote_count", "name")
        if speakers.count() < 2:
            self.message_user(request, _("Select at least two speakers to merge."), messages.WARNING)
            return None
        form = MergeSpeakersForm(request.POST if "apply" in request.POST else None, speakers=speakers)
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            others = [speaker for speaker in speakers if speaker.pk != survivor.pk]
            try:
                records = merge_speakers(survivor=survivor, others=others, user=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return None
            self.message_user(
                request,
                ngettext("%(count)d speaker merged into %(survivor)s.", "%(count)d speakers merged into %(survivor)s.", len(records))
                % {"count": len(records), "survivor": survivor},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:attribution_speaker_change", args=[survivor.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge speakers"),
            "opts": self.model._meta,
            "form": form,
            "speakers": speakers.prefetch_related("aliases"),
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/attribution/speaker/merge.html", context)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(DeskAdmin):
    list_display = ["display_name", "speaker", "created_at"]
    list_select_related = ["speaker"]
    search_fields = ["name_normalized"]
    autocomplete_fields = ["speaker"]
    fields = ["name", "speaker", "name_normalized"]
    readonly_fields = ["name_normalized"]

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        key = search_key(search_term)
        return (queryset.filter(name_normalized__contains=key) if key else queryset), False

    @admin.display(description=_("alias"), ordering="name")
    def display_name(self, alias: SpeakerAlias) -> SafeString:
        return bidi(alias.name)


@admin.register(SpeakerMerge)
class SpeakerMergeAdmin(DeskAdmin):
    """The merge log: read-only, since it is the record that nothing was lost."""

    list_display = ["merged_name", "survivor", "merged_by", "merged_at", "undone"]
    list_select_related = ["survivor", "merged_by"]
    actions = ["undo"]
    date_hierarchy = "merged_at"
    search_fields = ["merged_name", "merged_key"]
    fields = ["survivor", "merged_name", "merged_key", "merged_by", "merged_at", "snapshot"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: SpeakerMerge | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: SpeakerMerge | None = None) -> bool:
        return False

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("attribution.merge_speaker")

    @admin.display(description=_("undone"), boolean=True)
    def undone(self, merge: SpeakerMerge) -> bool:
        return bool(merge.snapshot.get("undone_at"))

    @admin.action(description=_("Undo the selected merges"), permissions=["merge"])
    def undo(self, request: HttpRequest, queryset: QuerySet) -> None:
        # Newest first: a later merge may have moved what an earlier one brought.
        for merge in queryset.order_by("-merged_at", "-pk"):
            try:
                speaker = undo_merge(merge=merge, user=request.user)
            except ValidationError as error:
                self.message_user(request, f"{merge.merged_name}: {' '.join(error.messages)}", messages.ERROR)
            else:
                self.message_user(request, _("%(speaker)s is back.") % {"speaker": speaker}, messages.SUCCESS)


@admin.register(SpeakerCandidate)
class SpeakerCandidateAdmin(DeskAdmin):
    """Rows that may be one person, with the evidence; editors merge or dismiss them."""

    list_display = ["first_link", "second_link", "reason", "score", "shared_statements", "shared_outlets",
                    "same_role", "status"]
    list_filter = ["status", "reason", "same_role"]
    list_select_related = ["first", "second"]
    search_fields = ["first__name_normalized", "second__name_normalized"]
    actions = ["confirm", "dismiss"]
    fields = ["first", "second", "reason", "score", "shared_statements", "shared_outlets", "same_role",
              "status", "decided_by", "decided_at"]
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).order_by("status", "-score", "-pk")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: SpeakerCandidate | None = None) -> bool:
        return False

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("attribution.merge_speaker")

    @admin.display(description=_("speaker"), ordering="first__name")
    def first_link(self, candidate: SpeakerCandidate) -> SafeString:
        return admin_link(candidate.first, candidate.first.name)

    @admin.display(description=_("maybe the same as"), ordering="second__name")
    def second_link(self, candidate: SpeakerCandidate) -> SafeString:
        return admin_link(candidate.second, candidate.second.name)

    @admin.action(description=_("Merge the selected pairs (one person)"), permissions=["merge"])
    def confirm(self, request: HttpRequest, queryset: QuerySet) -> None:
        merged = 0
        for candidate in queryset.filter(status=SpeakerCandidate.Status.OPEN).order_by("-score", "pk"):
            if not SpeakerCandidate.objects.filter(pk=candidate.pk).exists():
                continue  # an earlier merge of this batch took the pair away
            try:
                confirm_candidate(candidate=candidate, user=request.user)
            except ValidationError as error:
                self.message_user(request, f"{candidate}: {' '.join(error.messages)}", messages.ERROR)
            else:
                merged += 1
        self.message_user(request, ngettext("%(n)d pair merged.", "%(n)d pairs merged.", merged) % {"n": merged},
                          messages.SUCCESS)

    @admin.action(description=_("Dismiss the selected pairs (two people)"), permissions=["merge"])
    def dismiss(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = 0
        for candidate in queryset.filter(status=SpeakerCandidate.Status.OPEN):
            dismiss_candidate(candidate=candidate, user=request.user)
            count += 1
        self.message_user(request, ngettext("%(n)d pair dismissed.", "%(n)d pairs dismissed.", count) % {"n": count},
                          messages.SUCCESS)


# --- Articles ----------------------------------------------------------------------------


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["excerpt", "speaker", "status", "kind", "start", "end", "curated"]
    readonly_fields = ["excerpt", "start", "end", "curated"]
    autocomplete_fields = ["speaker"]
    ordering = ["start"]
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("speaker")

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False

    @admin.display(description=_("quote"))
    def excerpt(self, quote: Quote) -> SafeString:
        return bidi(quote.text, limit=120)


@admin.register(Article)
class ArticleAdmin(DeskAdmin):
    list_display = ["display_title", "outlet", "published_at", "url_link", "extractor_version"]
    list_display_links = ["display_title"]
    # Each plain field filter would scan every article for its choices.
    list_filter = [ArticleOutletFilter]
    date_hierarchy = "published_at"
    search_fields = ["title", "=url", "outlet"]
    inlines = [QuoteInline]
    actions = ["reextract"]
    fields = [
        "title", "url", "url_link", "outlet", "published_at", "language", "source", "body_display",
        "content_hash", "imported_at", "extractor_version",
    ]
    # The body is what quote offsets point into: it is never edited by hand.
    readonly_fields = ["url_link", "body_display", "content_hash", "imported_at", "extractor_version"]

    def has_reextract_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("attribution.reextract_article")

    def save_model(self, request: HttpRequest, obj: Article, form: forms.ModelForm, change: bool) -> None:
        edit_article(article=obj, user=request.user)

    def save_formset(self, request: HttpRequest, form: forms.ModelForm, formset: Any, change: bool) -> None:
        if formset.model is not Quote:
            super().save_formset(request, form, formset, change)
            return
        # Inline edits are curation too: each changed quote goes through the services.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for quote_form in formset.forms:
            if quote_form.instance.pk and quote_form.has_changed():
                save_quote_change(request, quote_form.instance, quote_form.changed_data)
                formset.changed_objects.append((quote_form.instance, quote_form.changed_data))

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, article: Article) -> SafeString:
        return bidi(str(article), limit=90)

    @admin.display(description=_("source link"))
    def url_link(self, article: Article) -> SafeString | str:
        # Only web addresses become links: a "javascript:" URL must stay inert text.
        if not article.url or not article.url.lower().startswith(("http://", "https://")):
            return article.url or "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener noreferrer" dir="ltr">{}</a>',
            article.url, Truncator(article.url).chars(60),
        )

    @admin.display(description=_("cleaned body"))
    def body_display(self, article: Article) -> SafeString:
        return format_html('<div class="article-body" dir="auto" lang="{}">{}</div>', article.language or "ar", article.body)

    @admin.action(description=_("Re-run extraction (curated quotes are kept)"), permissions=["reextract"])
    def reextract(self, request: HttpRequest, queryset: QuerySet) -> None:
        quotes = 0
        articles = list(queryset)
        for article in articles:
            quotes += reextract_article(article=article).quotes
        self.message_user(
            request,
            _("Extraction re-run on %(articles)d articles: %(quotes)d new quotes; curated quotes kept.")
            % {"articles": len(articles), "quotes": quotes},
            messages.SUCCESS,
        )


# --- Claims ------------------------------------------------------------------------------

REVIEW_FIELDS = {"status", "verdict", "rating_text", "verdict_explanation", "factcheck_url"}


def https_formfield(db_field: models.Field, **kwargs: Any) -> forms.Field | None:
    """Return the form field for ``db_field``, URLs assuming https (Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class ClaimAdminForm(forms.ModelForm):
    """Enforce the verdict workflow: a reviewed claim has a verdict, explanation and fact-check URL."""

    class Meta:
        model = Claim
        fields = ["text", "short_form", "claimant", "quotes", "review_title", *sorted(REVIEW_FIELDS)]
        formfield_callback = https_formfield

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        probe = Claim(
            **{name: cleaned.get(name, getattr(self.instance, name)) for name in REVIEW_FIELDS if name in self.fields}
        )
        try:
            check_reviewed_claim(probe)
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin, DeskAdmin):
    form = ClaimAdminForm
    list_display = ["excerpt", "claimant", "status", "verdict", "checkworthiness", "created_at", "reviewed_at"]
    list_display_links = ["excerpt"]
    list_filter = ["status", "verdict", ClaimantFilter, "created_at"]
    list_select_related = ["claimant"]
    date_hierarchy = "created_at"
    search_fields = ["text_normalized"]
    search_help_text = _("Claim text or claimant, spelling-insensitively.")
    autocomplete_fields = ["claimant", "quotes"]
    actions = ["start_review"]
    history_list_display = ["status", "verdict"]
    fieldsets = [
        (None, {"fields": ["text", "short_form", "claimant", "checkworthiness", "appears_in"]}),
        (
            _("Verdict"),
            {
                "fields": [
                    "status", "verdict", "rating_text", "verdict_explanation", "factcheck_url", "review_title",
                    "reviewed_by", "reviewed_at",
                ],
                "description": _("Unreviewed → in review → reviewed. A reviewed claim needs a verdict, an explanation and a fact-check URL."),
            },
        ),
        (_("Sources"), {"classes": ["collapse"], "fields": ["quotes"]}),
    ]
    readonly_fields = ["checkworthiness", "appears_in", "reviewed_by", "reviewed_at"]

    @property
    def media(self) -> forms.Media:
        return super().media + autocomplete_filter_media(Claim._meta.get_field("claimant"), self.admin_site)

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        key = search_key(search_term)
        if not key:
            return queryset, False
        claimants = Speaker.objects.named(search_term).values("pk")
        return queryset.filter(Q(text_normalized__contains=key) | Q(claimant__in=claimants)), False

    def save_model(self, request: HttpRequest, obj: Claim, form: forms.ModelForm, change: bool) -> None:
        if REVIEW_FIELDS & set(form.changed_data):
            review_claim(
                claim=obj, status=obj.status, user=request.user, verdict=obj.verdict, rating_text=obj.rating_text,
                explanation=obj.verdict_explanation, factcheck_url=obj.factcheck_url,
            )
        else:
            super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets: Any, change: bool) -> None:
        # Linking quotes is curation (they must survive re-extraction): it goes through the service.
        quotes = form.cleaned_data.pop("quotes", None)
        super().save_related(request, form, formsets, change)
        if quotes is not None:
            link_claim_quotes(claim=form.instance, quotes=list(quotes), user=request.user)

    @admin.display(description=_("claim"), ordering="text")
    def excerpt(self, claim: Claim) -> SafeString:
        return bidi(claim.text, limit=90)

    @admin.display(description=_("appears in"))
    def appears_in(self, claim: Claim) -> SafeString | str:
        quotes = claim.quotes.select_related("article", "speaker").order_by("-published_at")[:50]
        rows = (
            (admin_link(quote, quote.text, limit=90), quote.speaker or "—", admin_link(quote.article, str(quote.article)))
            for quote in quotes
        )
        items = format_html_join("", "<li>{} — {} — {}</li>", rows)
        return format_html('<ul class="appears-in">{}</ul>', items) if items else "—"

    @admin.action(description=_("Start reviewing the selected claims"), permissions=["change"])
    def start_review(self, request: HttpRequest, queryset: QuerySet) -> None:
        claims = list(queryset.filter(status=Claim.Status.UNREVIEWED))
        for claim in claims:
            review_claim(claim=claim, status=Claim.Status.IN_REVIEW, user=request.user)
        self.message_user(
            request, ngettext("%d claim now in review.", "%d claims now in review.", len(claims)) % len(claims),
            messages.SUCCESS,
        )


# --- Statements --------------------------------------------------------------------------


class ResolveStatementForm(ReassignSpeakerForm):
    """The speaker a disputed statement is credited to; the majority speaker is suggested."""

    def __init__(self, *args: Any, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, admin_site=admin_site, **kwargs)
        self.fields["speaker"].label = _("Credit the statement to")


@admin.register(Statement)
class StatementAdmin(DeskAdmin):
    """Statements are derived from quotes: read-only, but a dispute can be resolved here."""

    list_display = [
        "excerpt", "first_seen", "outlets_count", "quotes_count", "speakers_count", "disputed", "majority_speaker",
    ]
    list_display_links = ["excerpt"]
    list_filter = ["disputed"]
    list_select_related = ["majority_speaker"]
    date_hierarchy = "first_seen"
    ordering = ["-disputed", "-outlets_count", "-first_seen"]
    # The real search is get_search_results (through the quotes' normalised text).
    search_fields = ["text"]
    search_help_text = _("Words of the statement, spelling-insensitively.")
    actions = ["resolve"]
    fields = [
        "text", "first_seen", "first_article", "outlets_count", "articles_count", "quotes_count",
        "disputed", "majority_speaker", "appearances",
    ]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Statement | None = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Statement | None = None) -> bool:
        return request.user.has_perm("attribution.view_quote")

    def has_change_permission(self, request: HttpRequest, obj: Statement | None = None) -> bool:
        # Resolving a dispute reassigns quotes: the quote permission is what it takes.
        return request.user.has_perm("attribution.change_quote")

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        return (queryset.search(search_term) if search_key(search_term) else queryset), False

    @admin.display(description=_("statement"), ordering="text")
    def excerpt(self, statement: Statement) -> SafeString:
        return bidi(statement.text, limit=110)

    @admin.display(description=_("appearances"))
    def appearances(self, statement: Statement) -> SafeString | str:
        quotes = statement.quotes.select_related("article", "speaker").order_by("published_at", "id")[:200]
        rows = (
            (
                timezone.localdate(q.published_at).isoformat() if q.published_at else "—",
                q.article.outlet or "—", admin_link(q.article, str(q.article), limit=50),
                admin_link(q.speaker, q.speaker.name) if q.speaker else "—", admin_link(q, q.text, limit=120),
            )
            for q in quotes
        )
        items = format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", rows)
        return format_html('<table class="appearances"><tbody>{}</tbody></table>', items) if items else "—"

    @admin.action(description=_("Resolve: credit the selected statements to one speaker…"), permissions=["change"])
    def resolve(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        statements = list(queryset.select_related("majority_speaker")[:200])
        suggestion = next((s.majority_speaker for s in statements if s.majority_speaker), None)
        data = request.POST if "apply" in request.POST else None
        form = ResolveStatementForm(data, admin_site=self.admin_site, initial={"speaker": suggestion})
        if form.is_valid():
            speaker = form.cleaned_data["speaker"]
            for statement in statements:
                resolve_statement(statement=statement, speaker=speaker, user=request.user)
            self.message_user(
                request,
                ngettext("%(count)d statement credited to %(speaker)s.", "%(count)d statements credited to %(speaker)s.",
                         len(statements)) % {"count": len(statements), "speaker": speaker},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Resolve the statement"),
            "opts": self.model._meta,
            "form": form,
            "statements": statements,
            "suggestion": suggestion,
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/attribution/statement/resolve.html", context)
