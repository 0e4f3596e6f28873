"""FilterSets for the API and the CSV exports: every parameter validated and documented.

An invalid value is a 400 naming the parameter (django-filter's form errors), never a 500.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField

from attribution.models import Article, Claim, Quote, Speaker, Statement

# Ids beyond a bigint would overflow on PostgreSQL instead of matching nothing.
MAX_ID = 2**63 - 1


class IdFilter(filters.Filter):
    """An exact match on a numeric id; anything but a positive whole number is a 400."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class UTCDateTimeField(IsoDateTimeField):
    """An ISO 8601 date or time, converted to UTC.

    Real offsets stay within ±14 hours; PostgreSQL refuses larger ones with an error, and a
    time near year 1 or 9999 can leave the representable range when converted.
    """

    def to_python(self, value: object) -> datetime | None:
        value = super().to_python(value)
        if value is None:
            return None
        offset = value.utcoffset()
        if offset is not None and abs(offset) > timedelta(hours=14):
            raise ValidationError(_("The UTC offset must be within ±14:00."), code="invalid")
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise ValidationError(_("This date is out of range."), code="invalid") from None


class DateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UTCDateTimeField


BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class _ShallowCopied(dict):
    """A dict that ``copy.deepcopy`` copies one level deep: fresh values sharing their insides.

    FilterSet deep-copies its filters, and a form its fields, on every request; that re-copies
    every choice list, help text, widget and validator, a large part of a small response.
    Neither holds request state in those insides: a request sets only attributes of the copy
    (a filter's ``parent``, a bound field's data), so a shallow copy of each value is enough.
    """

    def __deepcopy__(self, memo: dict[int, object]) -> dict[str, Any]:
        return {name: self.copy_value(value) for name, value in self.items()}

    @staticmethod
    def copy_value(value: Any) -> Any:
        return copy.copy(value)


class _ShallowCopiedFilters(_ShallowCopied):
    @staticmethod
    def copy_value(value: filters.Filter) -> filters.Filter:
        clone = copy.copy(value)
        if value.method is not None:
            # Re-assigned so that the method resolves on the copy's parent FilterSet.
            clone.method = value.method
        return clone


# What an absent parameter may clean to, kept per form class: values nothing can change in place.
_IMMUTABLE = (type(None), str, int, float, bool)


class _AbsentParametersForm:
    """A filter form that cleans only the parameters a request gives.

    Django binds and cleans every field of a form; a list request usually gives none or one of
    a dozen filters. A field whose parameter is absent cleans to the same value every time (an
    empty string, None): that value is computed once per form class and reused. Fields with
    a ``clean_<name>`` hook, disabled ones, those that fail when empty (required) and those
    whose widgets read an absent parameter as a value (check boxes) are cleaned as Django does.
    """

    def _absent_values(self) -> dict[str, Any]:
        cls = type(self)
        if "_absent" not in cls.__dict__:
            absent = {}
            for name, field in cls.base_fields.items():
                if field.disabled or hasattr(cls, f"clean_{name}"):
                    continue
                try:
                    value = field.clean(field.widget.value_from_datadict({}, {}, name))
                except ValidationError:
                    continue
                if isinstance(value, _IMMUTABLE):
                    absent[name] = value
            cls._absent = absent
        return cls._absent

    def _clean_fields(self) -> None:
        absent = self._absent_values()
        for name, field in self.fields.items():
            if name in absent and field.widget.value_omitted_from_data(self.data, self.files, self.add_prefix(name)):
                self.cleaned_data[name] = absent[name]
                continue
            # Django's own steps for one field (forms.Form._clean_fields).
            try:
                self.cleaned_data[name] = field._clean_bound_field(self[name])
                if hasattr(self, f"clean_{name}"):
                    self.cleaned_data[name] = getattr(self, f"clean_{name}")()
            except ValidationError as exc:
                self.add_error(name, exc)


class FilterSet(filters.FilterSet):
    """A FilterSet that builds its filters' copies and its form class cheaply.

    django-filter deep-copies every filter and rebuilds the form class (labels, translations,
    form fields) per request: about a millisecond of every list response. Nothing in these
    filters or forms depends on the request. The form cleans only the parameters given
    (``_AbsentParametersForm``).
    """

    @classmethod
    def get_filters(cls) -> dict[str, filters.Filter]:
        return _ShallowCopiedFilters(super().get_filters())

    def get_form_class(self) -> type:
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            form_class = super().get_form_class()
            form_class = type(form_class)(form_class.__name__, (_AbsentParametersForm, form_class), {})
            form_class.base_fields = _ShallowCopied(form_class.base_fields)
            cls._form_class = form_class
        return cls._form_class


class OrderingFilter(filters.ChoiceFilter):
    """``ordering=field`` or ``-field`` (descending); the id breaks ties for the cursor."""

    def __init__(self, *args, fields: tuple[str, ...], **kwargs) -> None:
        choices = [(f"{sign}{name}", f"{sign}{name}") for name in fields for sign in ("", "-")]
        super().__init__(*args, choices=choices, **kwargs)

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if not value:
            return qs
        return qs.order_by(value, "-id" if value.startswith("-") else "id")


def _spoken_by(qs: QuerySet, field: str, name: str) -> QuerySet:
    """Return rows of ``qs`` whose speaker ``field`` is named ``name`` or has it as an alias."""
    return qs.filter(**{f"{field}__in": Speaker.objects.named(name).values("pk")})


class SpeakerFilter(FilterSet):
    name = filters.CharFilter(
        method="filter_name",
        help_text=_("Name or any alias contains this, ignoring diacritics, tatweel and hamza/ya/ta marbuta spelling."),
    )
    kind = filters.ChoiceFilter(choices=Speaker.Kind.choices, help_text=_("Kind of speaker."))
    verified = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_verified", help_text=_("Only speakers an editor confirmed (true) or not (false).")
    )
    has_reviewed_claims = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_has_reviewed_claims",
        help_text=_("Only speakers with at least one reviewed claim (true) or with none (false)."),
    )
    ordering = OrderingFilter(fields=("name", "created_at"), help_text=_("Sort order; prefix with - for descending. Default: name."))

    class Meta:
        model = Speaker
        fields: list[str] = []

    def filter_name(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return _spoken_by(qs, "pk", value)

    def filter_verified(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(verified=value == "true")

    def filter_has_reviewed_claims(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        reviewed = Exists(Claim.objects.reviewed().filter(claimant_id=OuterRef("pk")))
        return qs.filter(reviewed) if value == "true" else qs.exclude(reviewed)


class ArticleFilter(FilterSet):
    outlet = filters.CharFilter(help_text=_("Exact outlet name."))
    published_after = DateTimeFilter(
        field_name="published_at", lookup_expr="gte",
        help_text=_("Published at or after this date or ISO 8601 time (UTC unless an offset is given)."),
    )
    published_before = DateTimeFilter(
        field_name="published_at", lookup_expr="lt",
        help_text=_("Published strictly before this date or ISO 8601 time."),
    )
    ordering = OrderingFilter(fields=("published_at",), help_text=_("Sort order; prefix with - for descending. Default: -published_at."))

    class Meta:
        model = Article
        fields: list[str] = []


class QuoteFilter(FilterSet):
    speaker = IdFilter(field_name="speaker_id", help_text=_("Speaker id."))
    speaker_name = filters.CharFilter(
        method="filter_speaker_name",
        help_text=_("Speaker's name or any alias contains this, spelling-insensitively (أحمد = احمد)."),
    )
    article = IdFilter(field_name="article_id", help_text=_("Article id."))
    claim = IdFilter(field_name="claims", help_text=_("Only quotes linked to this claim id."))
    outlet = filters.CharFilter(field_name="article__outlet", help_text=_("Exact outlet name of the article."))
    published_after = DateTimeFilter(
        field_name="published_at", lookup_expr="gte",
        help_text=_("Published at or after this date or ISO 8601 time (UTC unless an offset is given)."),
    )
    published_before = DateTimeFilter(
        field_name="published_at", lookup_expr="lt",
        help_text=_("Published strictly before this date or ISO 8601 time."),
    )
    kind = filters.ChoiceFilter(choices=Quote.Kind.choices, help_text=_("Direct, indirect or mixed speech."))
    cue = filters.CharFilter(help_text=_("Exact reporting verb as extracted, e.g. قال."))
    status = filters.ChoiceFilter(
        choices=Quote.Status.choices,
        help_text=_("Review status. Rejected quotes are hidden unless status=rejected is asked for."),
    )
    min_confidence = filters.NumberFilter(
        field_name="confidence", lookup_expr="gte", min_value=0, max_value=1,
        help_text=_("Extraction confidence at least this (0 to 1)."),
    )
    statement = IdFilter(field_name="statement_id", help_text=_("Statement id: the same words in other articles."))
    has_claim = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_has_claim",
        help_text=_("Only quotes linked to a claim (true) or to none (false)."),
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_(
            "Quote text contains this, ignoring diacritics, tatweel, alef/hamza/ya/ta marbuta "
            "spelling and Arabic-Indic digits. Three or more letters use the trigram index."
        ),
    )
    ordering = OrderingFilter(
        fields=("published_at", "confidence"),
        help_text=_("Sort order; prefix with - for descending. Default: -published_at."),
    )

    class Meta:
        model = Quote
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.visible()
        return queryset

    def filter_speaker_name(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return _spoken_by(qs, "speaker", value)

    def filter_has_claim(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        linked = Exists(Claim.quotes.through.objects.filter(quote_id=OuterRef("pk")))
        return qs.filter(linked) if value == "true" else qs.exclude(linked)

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.search(value)


class ClaimFilter(FilterSet):
    verdict = filters.ChoiceFilter(choices=Claim.Verdict.choices, help_text=_("Verdict of a reviewed claim."))
    status = filters.ChoiceFilter(choices=Claim.Status.choices, help_text=_("Review state."))
    claimant = IdFilter(field_name="claimant_id", help_text=_("Claimant (speaker) id."))
    claimant_name = filters.CharFilter(
        method="filter_claimant_name",
        help_text=_("Claimant's name or any alias contains this, spelling-insensitively."),
    )
    quote = IdFilter(field_name="quotes", help_text=_("Only claims linked to this quote id."))
    created_after = DateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text=_("Recorded at or after this date or time.")
    )
    created_before = DateTimeFilter(
        field_name="created_at", lookup_expr="lt", help_text=_("Recorded strictly before this date or time.")
    )
    reviewed_after = DateTimeFilter(
        field_name="reviewed_at", lookup_expr="gte", help_text=_("Reviewed at or after this date or time.")
    )
    reviewed_before = DateTimeFilter(
        field_name="reviewed_at", lookup_expr="lt", help_text=_("Reviewed strictly before this date or time.")
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Claim text contains this, ignoring diacritics, tatweel and hamza/ya/ta marbuta spelling."),
    )
    ordering = OrderingFilter(
        fields=("created_at", "reviewed_at", "checkworthiness"),
        help_text=_("Sort order; prefix with - for descending. Default: -created_at."),
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.search(value)

    def filter_claimant_name(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return _spoken_by(qs, "claimant", value)


class StatementFilter(FilterSet):
    speaker = IdFilter(method="filter_speaker", help_text=_("Credited to this speaker id in at least one outlet."))
    speaker_name = filters.CharFilter(
        method="filter_speaker_name",
        help_text=_("Credited to a speaker whose name or alias contains this, spelling-insensitively."),
    )
    disputed = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_disputed",
        help_text=_("Only statements whose quotes are credited to different speakers (true) or not (false)."),
    )
    min_outlets = filters.NumberFilter(
        field_name="outlets_count", lookup_expr="gte", min_value=1, help_text=_("Printed by at least this many outlets.")
    )
    first_seen_after = DateTimeFilter(
        field_name="first_seen", lookup_expr="gte", help_text=_("First printed at or after this date or time.")
    )
    first_seen_before = DateTimeFilter(
        field_name="first_seen", lookup_expr="lt", help_text=_("First printed strictly before this date or time.")
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Wording contains this, ignoring diacritics, tatweel and hamza/ya/ta marbuta spelling."),
    )
    ordering = OrderingFilter(
        fields=("first_seen", "outlets_count"),
        help_text=_("Sort order; prefix with - for descending. Default: -first_seen."),
    )

    class Meta:
        model = Statement
        fields: list[str] = []

    def filter_speaker(self, qs: QuerySet, name: str, value: int) -> QuerySet:
        return qs.filter(pk__in=Quote.objects.filter(speaker_id=value).values("statement_id"))

    def filter_speaker_name(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        credited = _spoken_by(Quote.objects.exclude(statement=None), "speaker", value)
        return qs.filter(pk__in=credited.values("statement_id"))

    def filter_disputed(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(disputed=value == "true")

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.search(value)
