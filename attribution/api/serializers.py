"""Read serializers (hyperlinked between resources) and the two write serializers."""

from __future__ import annotations

import copy
import datetime
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Manager
from django.db.models.expressions import RawSQL
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import ISO_8601, serializers
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.settings import api_settings

from attribution.lookups import IdsQuery
from attribution.models import (
    RATING_VALUES,
    Article,
    Claim,
    Quote,
    Speaker,
    SpeakerAlias,
    Statement,
)
from attribution.scorecards import speaker_scorecard

# A sentinel id no row will have, replaced in the reversed URL.
_PK = "987654321098765432"


_REVERSED: dict[tuple[Any, ...], str] = {}


def _reverse(view_name: str, pk: str | None = None) -> str:
    """Return ``reverse(view_name)`` (with ``pk``), kept per URLconf and script prefix.

    reverse() walks the URLconf's patterns on every call; a list page asks for the same
    few paths on every request.
    """
    key = (get_resolver(get_urlconf()), get_script_prefix(), view_name, pk)
    path = _REVERSED.get(key)
    if path is None:
        path = _REVERSED[key] = reverse(view_name, kwargs=None if pk is None else {"pk": pk})
    return path


def _link_template(context: dict[str, Any], view_name: str) -> str:
    """Return the absolute URL of ``view_name`` for the id ``_PK``, reversing once per request.

    DRF's HyperlinkedRelatedField reverses for every row and link; on a page of quotes that is
    hundreds of reverse() calls, a measurable part of the response time.
    """
    templates = context.setdefault("_link_templates", {})
    template = templates.get(view_name)
    if template is None:
        path = _reverse(view_name, _PK)
        request = context.get("request")
        template = request.build_absolute_uri(path) if request is not None else path
        templates[view_name] = template
    return template


def _link(context: dict[str, Any], view_name: str, pk: int | None) -> str | None:
    """Return the absolute URL of ``view_name`` for ``pk``."""
    if pk is None:
        return None
    return _link_template(context, view_name).replace(_PK, str(pk))


def _links(context: dict[str, Any], view_name: str, pks: Iterable[int]) -> list[str]:
    """Return the absolute URLs of ``view_name`` for each of ``pks``."""
    prefix, suffix = _link_template(context, view_name).split(_PK)
    return [f"{prefix}{pk}{suffix}" for pk in pks]


def _list_base(context: dict[str, Any], view_name: str) -> str:
    """Return the absolute URL of the list ``view_name``, reversing once per request."""
    bases = context.setdefault("_list_links", {})
    base = bases.get(view_name)
    if base is None:
        request = context.get("request")
        path = _reverse(view_name)
        base = bases[view_name] = request.build_absolute_uri(path) if request is not None else path
    return base


def _list_link(context: dict[str, Any], view_name: str, **params: Any) -> str:
    """Return the absolute URL of the list ``view_name`` filtered by ``params``, reversing once per request."""
    base = _list_base(context, view_name)
    if len(params) == 1:
        ((key, value),) = params.items()
        if type(value) is int:  # an id: nothing to quote (Django's urlencode costs more than the rest of a row)
            return f"{base}?{key}={value}"
    return f"{base}?{urlencode(params)}"


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class LinkField(serializers.Field):
    """A read-only hyperlink to the detail view of the id in ``source`` (e.g. ``speaker_id``)."""

    def __init__(self, view_name: str, **kwargs: Any) -> None:
        self.view_name = view_name
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def bind(self, field_name: str, parent: serializers.Serializer) -> None:
        super().bind(field_name, parent)
        self._template: str | None = None  # per bound field, so per request

    def to_representation(self, value: int | None) -> str | None:
        if value is None:
            return None
        if self._template is None:
            self._template = _link_template(self.context, self.view_name)
        return self._template.replace(_PK, str(value))


class DateTimeField(serializers.DateTimeField):
    """DRF's DateTimeField with the site's time zone looked up once, not for every value.

    DRF asks for the current time zone per value (a thread-local lookup, twice per row);
    nothing here activates a per-request zone, so it is always TIME_ZONE.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("default_timezone", timezone.get_default_timezone())
        super().__init__(*args, **kwargs)


class CachedFieldsMixin:
    """Build a serializer's fields once per class; each instance binds shallow copies of them.

    ModelSerializer rebuilds every field on every response (deep-copying the declared ones and
    re-reading the model's field options): about a millisecond per page. None of it depends on
    the request; binding (name, source, parent and so the context) still happens per instance,
    on the copies. Only for read serializers: their fields are never mutated while validating.
    """

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping, models.DateTimeField: DateTimeField,
    }

    def get_fields(self) -> dict[str, serializers.Field]:
        cls = type(self)
        if "_field_templates" not in cls.__dict__:
            cls._field_templates = super().get_fields()
        return {name: copy.copy(field) for name, field in cls._field_templates.items()}

    @cached_property
    def _readable_fields(self) -> list[serializers.Field]:
        # DRF's is a generator walked again for every row of a page.
        return [field for field in self.fields.values() if not field.write_only]


class ValuesRow:
    """Attribute access to one ``.values()`` row, for SerializerMethodFields and model properties."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def pk(self) -> Any:
        return self._values["id"]


def _column(model: type[models.Model], source: str) -> tuple[str, models.Field] | None:
    """Return the ``.values()`` name of a field's ``source`` and its model field, or None.

    ``pk`` → ``id``, ``speaker.name`` → ``speaker__name``; ``speaker_id`` stays as it is. None
    when the source is not a column (a property, a reverse relation).
    """
    if source == "pk":
        return model._meta.pk.attname, model._meta.pk
    *path, last = source.split(".")
    for name in path:
        try:
            relation = model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if not (relation.many_to_one or relation.one_to_one):
            return None
        model = relation.related_model
    for field in model._meta.concrete_fields:
        if last in (field.name, field.attname):
            return "__".join([*path, last]), field
    return None


# DRF fields whose to_representation returns a value of these model fields unchanged
# (str(text), int(an integer), float(a float), bool(a boolean); choices keyed by their values).
_INTEGERS = {
    "AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField", "SmallIntegerField",
    "PositiveIntegerField", "PositiveBigIntegerField", "PositiveSmallIntegerField",
}
_AS_IS = {
    serializers.CharField: {"CharField", "TextField", "URLField", "EmailField", "SlugField"},
    serializers.URLField: {"CharField", "TextField", "URLField"},
    serializers.ChoiceField: {"CharField", "TextField"},
    serializers.IntegerField: _INTEGERS,
    serializers.FloatField: {"FloatField"},
    serializers.BooleanField: {"BooleanField"},
}
# DRF 3.15+ maps big integer columns (ids) to BigIntegerField: as is unless written as strings.
if hasattr(serializers, "BigIntegerField"):
    _AS_IS[serializers.BigIntegerField] = _INTEGERS


def _as_is(field: serializers.Field, model_field: models.Field) -> bool:
    """Whether ``field`` writes every non-null value of ``model_field`` unchanged."""
    internal_types = _AS_IS.get(type(field))
    if internal_types is None or model_field.get_internal_type() not in internal_types:
        return False
    if isinstance(field, serializers.ChoiceField):
        return all(type(key) is str for key in field.choice_strings_to_values.values())
    if type(field).__name__ == "BigIntegerField":
        return not getattr(field, "coerce_to_string", api_settings.COERCE_BIGINT_TO_STRING)
    return True


@dataclass(frozen=True, slots=True)
class ValuesPlan:
    """How a read serializer's row is built from ``.values()``: the columns, then each field.

    ``fields`` holds (name, how, column or property, field): ``how`` is "link" (a LinkField:
    the request's URL template), "datetime" (ISO 8601 as DRF writes it), "as is" (a column
    whose Python value is already what the field writes, e.g. text for a CharField), "value"
    (the field's own ``to_representation``), "property" (a model property read from the row)
    or "method" (a SerializerMethodField, given a ``ValuesRow``).
    """

    columns: tuple[str, ...]
    fields: tuple[tuple[str, str, Any, serializers.Field], ...]


def values_plan(serializer_class: type[serializers.Serializer]) -> ValuesPlan | None:
    """Return how to build ``serializer_class``'s rows from ``.values()``, or None if it cannot be.

    Only serializers with a PageSerializer for lists, whose fields are all columns (joined ones
    included), model properties, links or method fields: a nested serializer or a related
    manager falls back to model instances.
    """
    if "_values_plan" in serializer_class.__dict__:
        return serializer_class._values_plan
    plan = None
    meta = getattr(serializer_class, "Meta", None)
    if meta is not None and issubclass(getattr(meta, "list_serializer_class", object), PageSerializer):
        plan = _build_plan(serializer_class, meta.model)
    serializer_class._values_plan = plan
    return plan


def _build_plan(serializer_class: type[serializers.Serializer], model: type[models.Model]) -> ValuesPlan | None:
    columns: dict[str, None] = {model._meta.pk.attname: None}  # method fields find rows by id
    fields = []
    for name, field in serializer_class().get_fields().items():
        if field.write_only:
            continue
        if isinstance(field, serializers.SerializerMethodField):
            fields.append((name, "method", field.method_name or f"get_{name}", field))
            continue
        source = field.source or name
        found = _column(model, source)
        if found is None:
            prop = getattr(model, source, None)
            if not isinstance(prop, property):
                return None
            fields.append((name, "property", prop.fget, field))
            continue
        column, model_field = found
        columns[column] = None
        if isinstance(field, LinkField):
            how = "link"
        elif isinstance(field, serializers.DateTimeField) and _iso_datetime(field):
            how = "datetime"
        elif isinstance(field, serializers.Serializer | serializers.ListSerializer | serializers.RelatedField):
            return None
        elif _as_is(field, model_field):
            how = "as is"
        else:
            how = "value"
        fields.append((name, how, column, field))
    return ValuesPlan(columns=tuple(columns), fields=tuple(fields))


def _iso_datetime(field: serializers.DateTimeField) -> bool:
    output_format = getattr(field, "format", api_settings.DATETIME_FORMAT)
    return isinstance(output_format, str) and output_format.lower() == ISO_8601 and hasattr(field, "timezone")


# A UTC timestamp as DRF writes it (``isoformat()``, ``Z`` for +00:00: microseconds only when
# not zero), written by PostgreSQL: parsing it into a datetime and formatting it back cost more.
_ISO_SQL = (
    "to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN date_trunc('second', {col}) = {col}"
    " THEN '' ELSE to_char({col} AT TIME ZONE 'UTC', '.US') END || 'Z'"
)


def iso_columns(serializer_class: type[serializers.Serializer], model: type[models.Model], connection: Any) -> dict[str, RawSQL]:
    """Return ``annotate()`` arguments reading a list page's dates as text, by their columns' names.

    Only on PostgreSQL, for the model's own date columns shown in UTC: ``iso_<column>`` holds
    what the field writes. The row builder uses them in place of the columns when present.
    """
    plan = values_plan(serializer_class)
    if plan is None or connection.vendor != "postgresql":
        return {}
    quote = connection.ops.quote_name
    columns = {}
    for _name, how, target, field in plan.fields:
        if how == "datetime" and "__" not in target and str(field.timezone) == "UTC":
            column = f"{quote(model._meta.db_table)}.{quote(model._meta.get_field(target).column)}"
            columns[target] = RawSQL(_ISO_SQL.format(col=column), (), output_field=models.Field())
    return columns


def _row_builder(
    serializer: serializers.Serializer, plan: ValuesPlan, sample: dict[str, Any] | None = None,
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Return a function of one ``.values()`` row to its representation, for this request.

    The same values as the serializer's own ``to_representation`` (a None attribute is None
    without calling the field, as DRF does), without DRF's per-field attribute lookups. Dates
    the database wrote as text (``iso_columns``, seen in the ``sample`` row) are used as read.
    """
    own = serializer.row_getters() if isinstance(serializer, LinkedRowsMixin) else {}
    getters: list[tuple[str, Callable[[dict[str, Any]], Any]]] = []
    for name, how, target, field in plan.fields:
        if how == "datetime" and sample is not None and f"iso_{target}" in sample and name not in own:
            getters.append((name, operator.itemgetter(f"iso_{target}")))
            continue
        getters.append((name, own.get(name) or _getter(serializer, how, target, field)))

    def build(row: dict[str, Any]) -> dict[str, Any]:
        return {name: get(row) for name, get in getters}

    return build


def _getter(serializer: serializers.Serializer, how: str, target: Any, field: serializers.Field) -> Callable:
    if how == "link":
        prefix, suffix = _link_template(serializer.context, field.view_name).split(_PK)
        return lambda row: None if (value := row[target]) is None else f"{prefix}{value}{suffix}"
    if how == "datetime":
        tz = field.timezone
        # Read in UTC (the database connection's zone) and shown in UTC: no conversion to make.
        same = datetime.UTC if str(tz) == "UTC" else None

        def iso(row: dict[str, Any]) -> str | None:
            value = row[target]
            if not value:
                return None
            text = (value if value.tzinfo is same else value.astimezone(tz)).isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text

        return iso
    if how == "as is":
        return operator.itemgetter(target)
    if how == "method":
        method = getattr(serializer, target)
        return lambda row: method(ValuesRow(row))
    represent = field.to_representation
    if how == "property":
        return lambda row: None if (value := target(ValuesRow(row))) is None else represent(value)
    return lambda row: None if (value := row[target]) is None else represent(value)


class PageSerializer(serializers.ListSerializer):
    """A list serializer that lets its child load what every row needs in one query.

    Rows are model instances or, for list pages (``FilteredListMixin``), ``.values()`` dicts of
    the columns the child shows: those are built directly, field by field, into the same
    representation.
    """

    def to_representation(self, data: Any) -> list[Any]:
        rows = list(data.all() if isinstance(data, Manager) else data)
        if rows and isinstance(rows[0], dict):
            if isinstance(self.child, LinkedRowsMixin):
                self.child.link_rows(rows)
            else:
                self.child.preload([row["id"] for row in rows])
            build = _row_builder(self.child, values_plan(type(self.child)), rows[0])
            return [build(row) for row in rows]
        self.child.preload([row.pk for row in rows])
        return [self.child.to_representation(row) for row in rows]


# What the rows of a page link to, read by their ids (aliases in the order prefetch_related gives).
_ALIASES_OF = IdsQuery(
    lambda ids: SpeakerAlias.objects.filter(speaker_id__in_ids=ids)
    .order_by(*SpeakerAlias._meta.ordering).values_list("speaker_id", "name")
)
_CLAIMS_OF = IdsQuery(
    lambda ids: Claim.quotes.through.objects.filter(quote_id__in_ids=ids)
    .order_by("claim_id").values_list("quote_id", "claim_id")
)
_QUOTES_OF = IdsQuery(
    lambda ids: Claim.quotes.through.objects.filter(claim_id__in_ids=ids)
    .order_by("quote_id").values_list("claim_id", "quote_id", "quote__article_id")
)


class PreloadMixin:
    """Read serializers whose pages load what every row needs in one query (none by default)."""

    def preload(self, ids: list[int]) -> None:
        """Load what the rows ``ids`` of a page need, into the context."""


class LinkedRowsMixin(PreloadMixin):
    """A list page's ``.values()`` rows with what they link to, and fast getters of its method fields.

    ``linked`` names, for each list of linked values a row shows (alias names, claim ids…),
    the SQL of an ``ARRAY(SELECT …)`` of them for one row, ``{row}`` standing for the row's id
    column: on PostgreSQL the page query reads them (``linked_columns``), one query where there
    were two. Elsewhere, or for rows read without them, ``link_rows`` adds them to the rows from
    ``linked_lists``, one query for the page. ``row_getters`` builds method fields straight from
    such rows: the same values the ``get_…`` methods give, without a ``ValuesRow`` per field.
    """

    linked: dict[str, str] = {}
    preloaded_as = ""  # the context key full rows of a page find ``page_lists`` under

    @classmethod
    def linked_columns(cls, model: type[models.Model], connection: Any) -> dict[str, RawSQL]:
        """Return the ``annotate()`` arguments reading ``linked`` in the page query (PostgreSQL only)."""
        if connection.vendor != "postgresql" or not cls.linked:
            return {}
        row = f"{connection.ops.quote_name(model._meta.db_table)}.{connection.ops.quote_name(model._meta.pk.column)}"
        return {name: RawSQL(sql.format(row=row), (), output_field=models.Field()) for name, sql in cls.linked.items()}

    def page_lists(self, ids: list[int]) -> dict[int, list[Any]]:
        """Return the linked list of each of the rows ``ids``, read in one query."""
        return {}

    def preload(self, ids: list[int]) -> None:
        """Load the linked lists of a page of full rows into the context (what prefetch_related would)."""
        if self.preloaded_as:
            self.context[self.preloaded_as] = self.page_lists(ids)

    def linked_lists(self, ids: list[int]) -> dict[str, dict[int, list[Any]]]:
        """Return, for the name in ``linked``, the lists of the rows ``ids`` (read in one query)."""
        return {name: self.page_lists(ids) for name in self.linked}

    def link_rows(self, rows: list[dict[str, Any]]) -> None:
        """Add the ``linked`` lists to rows read without them."""
        if not self.linked or next(iter(self.linked)) in rows[0]:
            return
        for name, lists in self.linked_lists([row["id"] for row in rows]).items():
            for row in rows:
                row[name] = lists.get(row["id"], [])

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        """Return functions of one row (with its ``linked`` lists) for some method fields, by name."""
        return {}


def _linked_pairs(pairs: Iterable[tuple[int, Any]]) -> dict[int, list[Any]]:
    lists: dict[int, list[Any]] = defaultdict(list)
    for row_id, value in pairs:
        lists[row_id].append(value)
    return lists


def _links_getter(context: dict[str, Any], view_name: str, column: str) -> Callable:
    """Return a function of a row to the URLs of ``view_name`` for the ids in its list ``column``."""
    prefix, suffix = _link_template(context, view_name).split(_PK)
    return lambda row: [f"{prefix}{pk}{suffix}" for pk in row[column]]


def _list_link_getter(context: dict[str, Any], view_name: str, param: str) -> Callable:
    """Return a function of a row to the list ``view_name`` filtered by ``param`` = the row's id."""
    base = f"{_list_base(context, view_name)}?{param}="
    return lambda row: f"{base}{row['id']}"


class SpeakerSerializer(LinkedRowsMixin, CachedFieldsMixin, serializers.ModelSerializer):
    url = LinkField("speaker-detail", source="pk", help_text=_("This speaker in the API."))
    affiliation = LinkField("speaker-detail", source="affiliation_id", help_text=_("Organisation the speaker belongs to."))
    aliases = serializers.SerializerMethodField(help_text=_("Every spelling the speaker is known by."))
    quotes = serializers.SerializerMethodField(help_text=_("The speaker's quotes (a filtered quote list)."))
    claims = serializers.SerializerMethodField(help_text=_("Claims the speaker made (a filtered claim list)."))

    class Meta:
        model = Speaker
        fields = [
            "url", "id", "name", "kind", "role", "affiliation", "wikidata_id", "verified", "aliases",
            "quotes", "claims", "created_at", "updated_at",
        ]
        list_serializer_class = PageSerializer

    # In the order of the aliases' Meta.ordering, as prefetch_related gives them.
    linked = {
        "linked_aliases": (
            f"ARRAY(SELECT {SpeakerAlias._meta.get_field('name').column} FROM {SpeakerAlias._meta.db_table}"
            f" WHERE {SpeakerAlias._meta.get_field('speaker').column} = {{row}}"
            f" ORDER BY {SpeakerAlias._meta.get_field('name').column})"
        ),
    }

    preloaded_as = "aliases_of"

    def page_lists(self, ids: list[int]) -> dict[int, list[Any]]:
        return _linked_pairs(_ALIASES_OF(ids))

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {
            "aliases": operator.itemgetter("linked_aliases"),
            "quotes": _list_link_getter(self.context, "quote-list", "speaker"),
            "claims": _list_link_getter(self.context, "claim-list", "claimant"),
        }

    def get_aliases(self, speaker: Speaker) -> list[str]:
        if "aliases_of" in self.context:
            return self.context["aliases_of"].get(speaker.pk, [])
        return [alias.name for alias in speaker.aliases.all()]

    @extend_schema_field(OpenApiTypes.URI)
    def get_quotes(self, speaker: Speaker) -> str:
        return _list_link(self.context, "quote-list", speaker=speaker.pk)

    @extend_schema_field(OpenApiTypes.URI)
    def get_claims(self, speaker: Speaker) -> str:
        return _list_link(self.context, "claim-list", claimant=speaker.pk)


class OutletCountSerializer(serializers.Serializer):
    outlet = serializers.CharField(help_text=_("Outlet name."))
    quotes = serializers.IntegerField(help_text=_("The speaker's quotes it printed."))


# One count per verdict, zeros included, so every scorecard has the same keys.
ReviewedClaimsSerializer = type(
    "ReviewedClaimsSerializer",
    (serializers.Serializer,),
    {
        verdict: serializers.IntegerField(min_value=0, help_text=f"Reviewed claims with the verdict {verdict}.")
        for verdict in Claim.Verdict.values
    },
)


class ScorecardSerializer(serializers.Serializer):
    """A speaker's record: quotes (rejected ones left out) and reviewed claims by verdict."""

    quotes_count = serializers.IntegerField(help_text=_("Quotes of the speaker, rejected ones left out."))
    first_quote_at = DateTimeField(allow_null=True, help_text=_("Publication time of the earliest quote."))
    last_quote_at = DateTimeField(allow_null=True, help_text=_("Publication time of the latest quote."))
    outlets = OutletCountSerializer(many=True, help_text=_("Outlets that quoted the speaker, most quotes first."))
    reviewed_claims = ReviewedClaimsSerializer(help_text=_("The speaker's reviewed claims by verdict."))


class SpeakerDetailSerializer(SpeakerSerializer):
    """A speaker with their scorecard (detail view only: it is one more query per speaker)."""

    scorecard = serializers.SerializerMethodField(help_text=_("Quotes, outlets and reviewed claims by verdict."))

    class Meta(SpeakerSerializer.Meta):
        fields = [*SpeakerSerializer.Meta.fields, "scorecard"]

    @extend_schema_field(ScorecardSerializer)
    def get_scorecard(self, speaker: Speaker) -> dict[str, Any]:
        return ScorecardSerializer(speaker_scorecard(speaker.pk)).data


class ArticleSerializer(LinkedRowsMixin, CachedFieldsMixin, serializers.ModelSerializer):
    url = LinkField("article-detail", source="pk", help_text=_("This article in the API."))
    source_url = serializers.CharField(source="url", read_only=True, allow_null=True, help_text=_("Where the article was published."))
    quotes = serializers.SerializerMethodField(help_text=_("Quotes found in the article (a filtered quote list)."))

    class Meta:
        model = Article
        fields = ["url", "id", "title", "source_url", "outlet", "published_at", "language", "quotes", "imported_at"]
        list_serializer_class = PageSerializer

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {"quotes": _list_link_getter(self.context, "quote-list", "article")}

    @extend_schema_field(OpenApiTypes.URI)
    def get_quotes(self, article: Article) -> str:
        return _list_link(self.context, "quote-list", article=article.pk)


class ArticleDetailSerializer(ArticleSerializer):
    """An article with its cleaned body, which quote offsets point into (detail view only)."""

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]


class QuoteSerializer(LinkedRowsMixin, CachedFieldsMixin, serializers.ModelSerializer):
    url = LinkField("quote-detail", source="pk", help_text=_("This quote in the API."))
    speaker = LinkField("speaker-detail", source="speaker_id", help_text=_("The speaker, when resolved."))
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, allow_null=True, default=None)
    intermediary = LinkField("speaker-detail", source="intermediary_id", help_text=_("Who relayed the quote."))
    article = LinkField("article-detail", source="article_id", help_text=_("The article the quote is in."))
    article_url = serializers.CharField(source="article.url", read_only=True, allow_null=True, help_text=_("Where the article was published."))
    outlet = serializers.CharField(source="article.outlet", read_only=True)
    claims = serializers.SerializerMethodField(help_text=_("Claims made from this quote."))
    statement = LinkField(
        "statement-detail", source="statement_id", help_text=_("The statement: the same words in other articles.")
    )

    class Meta:
        model = Quote
        fields = [
            "url", "id", "text", "speaker", "speaker_name", "speaker_mention", "intermediary", "article",
            "article_url", "outlet", "published_at", "kind", "cue", "stance", "confidence", "status",
            "curated", "start", "end", "claims", "statement",
        ]
        read_only_fields = fields
        list_serializer_class = PageSerializer

    linked = {
        "linked_claim_ids": (
            f"ARRAY(SELECT claim_id FROM {Claim.quotes.through._meta.db_table} WHERE quote_id = {{row}} ORDER BY claim_id)"
        ),
    }

    preloaded_as = "claims_of"

    def page_lists(self, ids: list[int]) -> dict[int, list[Any]]:
        return _linked_pairs(_CLAIMS_OF(ids))

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {"claims": _links_getter(self.context, "claim-detail", "linked_claim_ids")}

    @extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}})
    def get_claims(self, quote: Quote) -> list[str]:
        if "claims_of" in self.context:
            claim_ids = self.context["claims_of"].get(quote.pk, [])
        else:
            claim_ids = [claim.pk for claim in quote.claims.all()]
        return _links(self.context, "claim-detail", claim_ids)


class ClaimSerializer(LinkedRowsMixin, CachedFieldsMixin, serializers.ModelSerializer):
    url = LinkField("claim-detail", source="pk", help_text=_("This claim in the API."))
    claimant = LinkField("speaker-detail", source="claimant_id", help_text=_("Who made the claim."))
    claimant_name = serializers.CharField(source="claimant.name", read_only=True, allow_null=True, default=None)
    rating_value = serializers.IntegerField(
        read_only=True, allow_null=True, help_text=_("5 (true) … 1 (false); null when unverifiable or unset.")
    )
    quotes = serializers.SerializerMethodField(help_text=_("Quotes the claim was made in."))
    articles = serializers.SerializerMethodField(help_text=_("Articles those quotes appeared in."))
    claimreview = serializers.SerializerMethodField(help_text=_("schema.org ClaimReview (JSON-LD) once reviewed."))

    class Meta:
        model = Claim
        fields = [
            "url", "id", "text", "short_form", "claimant", "claimant_name", "status", "verdict", "rating_text",
            "rating_value", "verdict_explanation", "factcheck_url", "review_title", "checkworthiness", "reviewed_at",
            "created_at", "quotes", "articles", "claimreview",
        ]
        read_only_fields = fields
        list_serializer_class = PageSerializer

    # The claim's (quote id, article id) pairs in the order of the quote ids: one array of pairs
    # (two arrays, each its own subquery, took PostgreSQL twice as long to plan and run).
    linked = {
        "linked_quotes": (
            f"ARRAY(SELECT ARRAY[cq.quote_id, q.article_id] FROM {Claim.quotes.through._meta.db_table} cq"
            f" JOIN {Quote._meta.db_table} q ON q.id = cq.quote_id WHERE cq.claim_id = {{row}} ORDER BY cq.quote_id)"
        ),
    }

    preloaded_as = "quotes_of"

    def page_lists(self, ids: list[int]) -> dict[int, list[Any]]:
        return self._quotes_of(ids)

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        quote = _link_template(self.context, "quote-detail").split(_PK)
        article = _link_template(self.context, "article-detail").split(_PK)
        claimreview = _link_template(self.context, "claim-claimreview").split(_PK)
        reviewed = Claim.Status.REVIEWED

        def quotes(row: dict[str, Any]) -> list[str]:
            return [f"{quote[0]}{quote_id}{quote[1]}" for quote_id, _ in row["linked_quotes"]]

        def articles(row: dict[str, Any]) -> list[str]:
            ids = dict.fromkeys(article_id for _, article_id in row["linked_quotes"])
            return [f"{article[0]}{article_id}{article[1]}" for article_id in ids]

        def review(row: dict[str, Any]) -> str | None:
            if row["status"] != reviewed or not row["verdict"]:
                return None
            return f"{claimreview[0]}{row['id']}{claimreview[1]}"

        def rating_value(row: dict[str, Any]) -> int | None:
            return RATING_VALUES.get(row["verdict"])

        return {"quotes": quotes, "articles": articles, "claimreview": review, "rating_value": rating_value}

    @staticmethod
    def _quotes_of(claim_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
        quotes_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for claim_id, quote_id, article_id in _QUOTES_OF(claim_ids):
            quotes_of[claim_id].append((quote_id, article_id))
        return quotes_of

    def _quotes(self, claim: Claim) -> list[tuple[int, int]]:
        quotes_of = self.context.get("quotes_of")
        if quotes_of is None:
            quotes_of = self.context["quotes_of"] = self._quotes_of([claim.pk])
        return quotes_of.get(claim.pk, [])

    @extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}})
    def get_quotes(self, claim: Claim) -> list[str]:
        return _links(self.context, "quote-detail", (quote_id for quote_id, _ in self._quotes(claim)))

    @extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}})
    def get_articles(self, claim: Claim) -> list[str]:
        article_ids = dict.fromkeys(article_id for _, article_id in self._quotes(claim))
        return _links(self.context, "article-detail", article_ids)

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_claimreview(self, claim: Claim) -> str | None:
        if claim.status != Claim.Status.REVIEWED or not claim.verdict:
            return None
        return _link(self.context, "claim-claimreview", claim.pk)


class StatementSerializer(LinkedRowsMixin, CachedFieldsMixin, serializers.ModelSerializer):
    url = LinkField("statement-detail", source="pk", help_text=_("This statement in the API."))
    first_article = LinkField("article-detail", source="first_article_id", help_text=_("Where it appeared first."))
    first_outlet = serializers.CharField(source="first_article.outlet", read_only=True, allow_null=True, default=None)
    first_article_url = serializers.CharField(
        source="first_article.url", read_only=True, allow_null=True, default=None,
        help_text=_("Where the first article was published."),
    )
    majority_speaker = LinkField(
        "speaker-detail", source="majority_speaker_id", help_text=_("The speaker most outlets credit (the suggestion).")
    )
    majority_speaker_name = serializers.CharField(
        source="majority_speaker.name", read_only=True, allow_null=True, default=None
    )
    quotes = serializers.SerializerMethodField(help_text=_("Its quotes (a filtered quote list)."))

    class Meta:
        model = Statement
        fields = [
            "url", "id", "text", "first_seen", "first_article", "first_outlet", "first_article_url",
            "quotes_count", "articles_count", "outlets_count", "speakers_count", "disputed",
            "majority_speaker", "majority_speaker_name", "quotes",
        ]
        read_only_fields = fields
        list_serializer_class = PageSerializer

    def row_getters(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {"quotes": _list_link_getter(self.context, "quote-list", "statement")}

    @extend_schema_field(OpenApiTypes.URI)
    def get_quotes(self, statement: Statement) -> str:
        return _list_link(self.context, "quote-list", statement=statement.pk)


class AppearanceSerializer(serializers.ModelSerializer):
    """One printing of a statement: where, when, credited to whom, in which words."""

    quote = LinkField("quote-detail", source="pk", help_text=_("The quote."))
    article = LinkField("article-detail", source="article_id")
    article_url = serializers.CharField(source="article.url", read_only=True, allow_null=True)
    outlet = serializers.CharField(source="article.outlet", read_only=True)
    speaker = LinkField("speaker-detail", source="speaker_id")
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, allow_null=True, default=None)

    class Meta:
        model = Quote
        fields = ["quote", "published_at", "outlet", "article", "article_url", "speaker", "speaker_name", "text"]
        read_only_fields = fields


class StatementDetailSerializer(StatementSerializer):
    """A statement with every appearance in date order, its speakers and wording variants."""

    appearances = serializers.SerializerMethodField(help_text=_("Every printing, oldest first."))
    speakers = serializers.SerializerMethodField(help_text=_("Who the outlets credit, with how many outlets each."))
    wordings = serializers.SerializerMethodField(help_text=_("The distinct wordings, longest first."))

    class Meta(StatementSerializer.Meta):
        fields = [*StatementSerializer.Meta.fields, "speakers", "wordings", "appearances"]

    def _appearances(self, statement: Statement) -> list[Quote]:
        cache = self.context.setdefault("_appearances", {})
        if statement.pk not in cache:
            cache[statement.pk] = list(
                statement.quotes.visible().select_related("article", "speaker")
                .only("id", "text", "published_at", "article_id", "article__url", "article__outlet",
                      "speaker_id", "speaker__name")
                .order_by("published_at", "id")
            )
        return cache[statement.pk]

    @extend_schema_field(AppearanceSerializer(many=True))
    def get_appearances(self, statement: Statement) -> list[dict]:
        return AppearanceSerializer(self._appearances(statement), many=True, context=self.context).data

    @extend_schema_field({"type": "array", "items": {"type": "object", "properties": {
        "speaker": {"type": "string", "format": "uri"}, "name": {"type": "string"},
        "outlets": {"type": "integer"}, "quotes": {"type": "integer"}}}})
    def get_speakers(self, statement: Statement) -> list[dict]:
        outlets: dict[int, set[str]] = defaultdict(set)
        counts: dict[int, int] = defaultdict(int)
        names: dict[int, str] = {}
        for quote in self._appearances(statement):
            if quote.speaker_id is not None:
                outlets[quote.speaker_id].add(quote.article.outlet or str(quote.article_id))
                counts[quote.speaker_id] += 1
                names[quote.speaker_id] = quote.speaker.name
        ranked = sorted(outlets, key=lambda s: (-len(outlets[s]), -counts[s], s))
        return [
            {"speaker": _link(self.context, "speaker-detail", s), "name": names[s], "outlets": len(outlets[s]),
             "quotes": counts[s]}
            for s in ranked
        ]

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_wordings(self, statement: Statement) -> list[str]:
        return sorted({quote.text for quote in self._appearances(statement)}, key=lambda t: (-len(t), t))


class QuoteReviewSerializer(serializers.Serializer):
    """An editor's review of a quote: its new status."""

    status = serializers.ChoiceField(choices=Quote.Status.choices)


class ClaimReviewSerializer(serializers.Serializer):
    """An editor's review of a claim; "reviewed" needs verdict, explanation and fact-check URL."""

    status = serializers.ChoiceField(choices=Claim.Status.choices)
    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices, required=False, allow_blank=True)
    rating_text = serializers.CharField(required=False, allow_blank=True, max_length=255)
    verdict_explanation = serializers.CharField(required=False, allow_blank=True)
    factcheck_url = serializers.URLField(required=False, allow_blank=True, max_length=2048)
    review_title = serializers.CharField(
        required=False, allow_blank=True, max_length=255, help_text=_("The fact-check's headline; empty clears it.")
    )
    short_form = serializers.CharField(
        required=False, allow_blank=True, max_length=255,
        help_text=_("The claim in one short statement (ideally under 75 characters), used as claimReviewed; empty clears it."),
    )


class TokenRequestSerializer(AuthTokenSerializer):
    """A username and password; a username no user can have is refused before anyone is asked.

    (The lockout records a failed login's username in a 255-character column: a longer one
    must be a 400, not a database error.)
    """

    username = serializers.CharField(
        label=_("Username"), write_only=True,
        max_length=get_user_model()._meta.get_field(get_user_model().USERNAME_FIELD).max_length)
