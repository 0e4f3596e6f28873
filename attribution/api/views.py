"""Declarative ViewSets: list and detail for each resource, two write paths, exports, ClaimReview.

Writes go through ``attribution.curation`` so the API records curation exactly as the admin does.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connections
from django.db.models import Prefetch, QuerySet
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, serializers, viewsets
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.renderers import BaseRenderer, BrowsableAPIRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error

from attribution import curation
from attribution.api import exports, factcheck, filters
from attribution.api.claimreview import claim_review, claim_review_feed
from attribution.api.renderers import ORJSONRenderer
from attribution.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimReviewSerializer,
    ClaimSerializer,
    LinkedRowsMixin,
    QuoteReviewSerializer,
    QuoteSerializer,
    SpeakerDetailSerializer,
    SpeakerSerializer,
    StatementDetailSerializer,
    StatementSerializer,
    TokenRequestSerializer,
    iso_columns,
    values_plan,
)
from attribution.api.throttling import ScopedThrottle
from attribution.models import Article, Claim, Quote, Speaker, Statement

# Ids in URLs are digits only: anything else is a 404 before a query is made.
ID_REGEX = r"[0-9]{1,18}"


class JSONLDRenderer(ORJSONRenderer):
    """JSON-LD, the content type search engines expect for ClaimReview."""

    media_type = "application/ld+json"
    format = "jsonld"


class CSVRenderer(BaseRenderer):
    """Lets ``Accept: text/csv`` negotiate the exports; errors are rendered as field,message lines."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        if isinstance(data, dict):
            return "\n".join(f"{key},{value}" for key, value in data.items()).encode()
        return str(data).encode()


def _drf_error(exc: DjangoValidationError) -> DRFValidationError:
    return DRFValidationError(as_serializer_error(exc))


class FilteredListMixin:
    """Filters apply to lists and exports; a detail URL shows its row whatever the filters.

    A list page reads ``.values()`` of the columns its serializer shows (and the ordering's),
    not model instances: building a model and walking DRF's fields for every row cost more than
    the query. The serializer builds the same representation from those dicts (``values_plan``).
    On PostgreSQL the rows' linked lists (aliases, claim ids…) come in the same query
    (``LinkedRowsMixin``). A list's queryset does not depend on the request, so that values
    queryset is built once per view class and database; each request filters a copy of it.
    """

    _values_querysets: dict[tuple[type, str], QuerySet] = {}

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        if self.action != "list" or self.paginator is None:
            return queryset
        serializer_class = self.get_serializer_class()
        plan = values_plan(serializer_class)
        if plan is None:
            return queryset
        key = (type(self), queryset.db)
        values = self._values_querysets.get(key)
        if values is None:
            linked = (
                serializer_class.linked_columns(queryset.model, connections[queryset.db])
                if issubclass(serializer_class, LinkedRowsMixin) else {}
            )
            # On PostgreSQL dates come as the text the page shows (cursors read it too).
            connection = connections[queryset.db]
            dates = {f"iso_{column}": sql for column, sql in iso_columns(serializer_class, queryset.model, connection).items()}
            field, _ = self.paginator.ordering_of(queryset)  # the default order's column
            columns = [column for column in [*plan.columns, field] if f"iso_{column}" not in dates]
            values = queryset.prefetch_related(None)
            if linked or dates:
                values = values.annotate(**linked, **dates)
            values = self._values_querysets[key] = values.values(*dict.fromkeys([*columns, *linked, *dates]))
        return values.all()

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        if self.action in ("retrieve", "partial_update", "claimreview"):
            return queryset
        return super().filter_queryset(queryset)

    def paginate_queryset(self, queryset: QuerySet) -> list[Any] | None:
        fields = getattr(queryset, "_fields", None)
        if self.action == "list" and fields and self.paginator is not None:
            # The cursor needs the ordering's column; an ordering the page does not show adds it.
            field, _ = self.paginator.ordering_of(queryset)
            if field not in fields and f"iso_{field}" not in fields:
                queryset = queryset.values(*fields, field)
        return super().paginate_queryset(queryset)


@extend_schema_view(
    list=extend_schema(summary="List speakers", description="Speakers, by name; filter by any alias."),
    retrieve=extend_schema(
        summary="A speaker, with their scorecard",
        description=(
            "The speaker and their scorecard: quotes count, first and last quote, the outlets that "
            "quoted them and their reviewed claims by verdict (rejected quotes left out)."
        ),
    ),
)
class SpeakerViewSet(FilteredListMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Speaker.objects.all()  # aliases: SpeakerSerializer.linked on list pages, one query for a detail
    serializer_class = SpeakerSerializer
    filterset_class = filters.SpeakerFilter
    lookup_value_regex = ID_REGEX

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return SpeakerDetailSerializer if self.action == "retrieve" else SpeakerSerializer


@extend_schema_view(
    list=extend_schema(summary="List articles", description="Articles, newest first (bodies only in detail)."),
    retrieve=extend_schema(summary="An article, with its body"),
)
class ArticleViewSet(FilteredListMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Article.objects.all()
    filterset_class = filters.ArticleFilter
    lookup_value_regex = ID_REGEX

    def get_queryset(self) -> QuerySet:
        if self.action == "retrieve":
            return Article.objects.defer("raw_text")
        return Article.objects.defer("body", "raw_text")

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


EXPORT_RESPONSE = {
    (200, "text/csv"): OpenApiResponse(OpenApiTypes.BINARY, description="UTF-8 CSV with BOM, streamed."),
    400: OpenApiResponse(description="An invalid filter value, named."),
}


@extend_schema_view(
    list=extend_schema(
        summary="List quotes",
        description="Quotes, newest first. Rejected quotes are hidden unless `status=rejected`.",
    ),
    retrieve=extend_schema(summary="A quote"),
    partial_update=extend_schema(
        summary="Review a quote",
        description="Set a quote's status (needs the change_quote permission). The quote becomes curated: imports never overwrite it.",
        request=QuoteReviewSerializer,
        responses=QuoteSerializer,
    ),
    export=extend_schema(
        summary="Export quotes as CSV",
        description="Every quote matching the same filters as the list, streamed.",
        filters=True, responses=EXPORT_RESPONSE,
    ),
)
class QuoteViewSet(FilteredListMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    # Claim links come with a list page's rows (QuoteSerializer.linked), or one query for a detail.
    # Only the columns the serializer shows: article bodies are large, and every extra
    # timestamp is parsed for nothing.
    queryset = Quote.objects.select_related("speaker", "article").only(
        "id", "text", "speaker_id", "speaker_mention", "intermediary_id", "article_id", "published_at",
        "kind", "cue", "stance", "confidence", "status", "curated", "start", "end", "statement_id",
        "speaker__name", "article__url", "article__outlet",
    )
    serializer_class = QuoteSerializer
    filterset_class = filters.QuoteFilter
    lookup_value_regex = ID_REGEX
    http_method_names = ["get", "patch", "head", "options"]

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return QuoteReviewSerializer if self.action == "partial_update" else QuoteSerializer

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        quote = self.get_object()
        review = QuoteReviewSerializer(data=request.data)
        review.is_valid(raise_exception=True)
        try:
            curation.review_quote(quote=quote, status=review.validated_data["status"], user=request.user)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from exc
        return Response(QuoteSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @action(detail=False, url_path="export", renderer_classes=[ORJSONRenderer, CSVRenderer])
    def export(self, request: Request) -> StreamingHttpResponse:
        queryset = self.filter_queryset(Quote.objects.all())
        return exports.csv_response(queryset, exports.QUOTE_COLUMNS, filename="quotes.csv")

    def get_throttles(self) -> list[Any]:
        if self.action == "export":
            self.throttle_scope = "export"
        return super().get_throttles()


@extend_schema_view(
    list=extend_schema(
        summary="List statements",
        description=(
            "Statements: quotes that are the same words (identical, partial or lightly edited) across "
            "articles and outlets, newest first. `disputed=true` lists those credited to different speakers."
        ),
    ),
    retrieve=extend_schema(
        summary="A statement, with every appearance",
        description="Its appearances in date order (outlet, article URL, speaker, wording), speakers and wordings.",
    ),
)
class StatementViewSet(FilteredListMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Statement.objects.select_related("first_article", "majority_speaker").only(
        "id", "text", "first_seen", "first_article_id", "first_article__outlet", "first_article__url",
        "quotes_count", "articles_count", "outlets_count", "speakers_count", "disputed",
        "majority_speaker_id", "majority_speaker__name",
    )
    filterset_class = filters.StatementFilter
    lookup_value_regex = ID_REGEX

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return StatementDetailSerializer if self.action == "retrieve" else StatementSerializer


def _claims_for_review() -> QuerySet:
    # ClaimReview lists the articles of the claim's quotes and of their statements' other printings.
    articles = Article.objects.only("id", "url", "published_at")
    printings = Quote.objects.only("id", "article_id", "statement_id").prefetch_related(
        Prefetch("article", queryset=articles)
    )
    statements = Statement.objects.only("id").prefetch_related(Prefetch("quotes", queryset=printings))
    quotes = Quote.objects.only("id", "article_id", "statement_id").prefetch_related(
        Prefetch("article", queryset=articles), Prefetch("statement", queryset=statements)
    )
    return Claim.objects.select_related("claimant").prefetch_related(Prefetch("quotes", queryset=quotes))


@extend_schema_view(
    list=extend_schema(summary="List claims", description="Claims, most recently recorded first."),
    retrieve=extend_schema(summary="A claim"),
    partial_update=extend_schema(
        summary="Review a claim",
        description=(
            "Move a claim through unreviewed → in_review → reviewed (needs the change_claim "
            "permission). `reviewed` needs a verdict, an explanation and a fact-check URL."
        ),
        request=ClaimReviewSerializer,
        responses=ClaimSerializer,
    ),
    export=extend_schema(
        summary="Export claims as CSV",
        description="Every claim matching the same filters as the list, streamed.",
        filters=True, responses=EXPORT_RESPONSE,
    ),
    claimreview=extend_schema(
        summary="ClaimReview JSON-LD of a reviewed claim",
        responses={
            (200, "application/ld+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="schema.org ClaimReview."),
            404: OpenApiResponse(description="No such claim, or it has not been reviewed yet."),
        },
    ),
)
class ClaimViewSet(FilteredListMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    # A claim row shows only its claimant's name: the speaker's other columns (two of them
    # timestamps, parsed per row) are not fetched.
    queryset = Claim.objects.select_related("claimant").defer(
        "text_normalized",
        *(f"claimant__{field.name}" for field in Speaker._meta.concrete_fields if field.name not in ("id", "name")),
    )
    serializer_class = ClaimSerializer
    filterset_class = filters.ClaimFilter
    lookup_value_regex = ID_REGEX
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet:
        if self.action == "claimreview":
            return _claims_for_review()
        return super().get_queryset()

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return ClaimReviewSerializer if self.action == "partial_update" else ClaimSerializer

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self.get_object()
        review = ClaimReviewSerializer(data=request.data)
        review.is_valid(raise_exception=True)
        data = review.validated_data
        try:
            curation.review_claim(
                claim=claim, status=data["status"], user=request.user, verdict=data.get("verdict", ""),
                rating_text=data.get("rating_text", ""), explanation=data.get("verdict_explanation", ""),
                factcheck_url=data.get("factcheck_url", ""), review_title=data.get("review_title"),
                short_form=data.get("short_form"),
            )
        except DjangoValidationError as exc:
            raise _drf_error(exc) from exc
        return Response(ClaimSerializer(self.get_object(), context=self.get_serializer_context()).data)

    @action(detail=False, url_path="export", renderer_classes=[ORJSONRenderer, CSVRenderer])
    def export(self, request: Request) -> StreamingHttpResponse:
        queryset = self.filter_queryset(Claim.objects.all())
        return exports.csv_response(queryset, exports.CLAIM_COLUMNS, filename="claims.csv")

    @action(detail=True, renderer_classes=[JSONLDRenderer, ORJSONRenderer, BrowsableAPIRenderer])
    def claimreview(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        if claim.status != Claim.Status.REVIEWED or not claim.verdict:
            raise NotFound(_("This claim has not been reviewed yet: ClaimReview exists only for reviewed claims."))
        return Response(claim_review(claim))

    def get_throttles(self) -> list[Any]:
        if self.action == "export":
            self.throttle_scope = "export"
        return super().get_throttles()


@extend_schema_view(
    list=extend_schema(
        summary="ClaimReview feed",
        description=(
            "A schema.org DataFeed of the ClaimReviews of reviewed claims, newest review first, "
            "with the claim filters. The next page is in the `Link: <…>; rel=\"next\"` header."
        ),
        responses={(200, "application/ld+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="schema.org DataFeed.")},
    ),
)
class ClaimReviewFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    filterset_class = filters.ClaimFilter
    renderer_classes = [JSONLDRenderer, ORJSONRenderer, BrowsableAPIRenderer]

    def get_queryset(self) -> QuerySet:
        return _claims_for_review().reviewed().order_by("-reviewed_at", "-id")

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claims = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        headers = {}
        if next_link := self.paginator.get_next_link():
            headers["Link"] = f'<{next_link}>; rel="next"'
        return Response(claim_review_feed(claims), headers=headers)


class FactCheckClaimSearchView(GenericAPIView):
    """Reviewed claims in the shape of Google's Fact Check Tools ``claims:search``."""

    pagination_class = factcheck.ClaimSearchPagination
    filter_backends: list[type] = []
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer]

    def get_queryset(self) -> QuerySet:
        return _claims_for_review()

    @extend_schema(
        operation_id="factcheck_claims_search",
        summary="Search reviewed claims (Google Fact Check Tools format)",
        description=(
            "The request and response of Google's Fact Check Tools `claims:search` "
            "(https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search), "
            "so tools written for it work here by changing the base URL. Reviewed claims, newest review "
            "first; a field with no value is left out, as Google does. Unknown parameters (such as `key`) "
            "are ignored."
        ),
        parameters=[factcheck.ClaimSearchParams],
        responses={
            200: factcheck.ClaimSearchResponse,
            400: OpenApiResponse(description="An invalid parameter, named."),
        },
    )
    def get(self, request: Request) -> Response:
        params = factcheck.ClaimSearchParams(data=request.query_params)
        params.is_valid(raise_exception=True)
        claims = self.paginate_queryset(factcheck.search_claims(self.get_queryset(), params.validated_data))
        return self.get_paginated_response([factcheck.claim_result(claim) for claim in claims])


class ObtainTokenView(ObtainAuthToken):
    """Exchange a username and password for the user's API token (throttled against guessing)."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "token"
    renderer_classes = [ORJSONRenderer, BrowsableAPIRenderer]
    serializer_class = TokenRequestSerializer

    @extend_schema(
        summary="Get your API token",
        request=TokenRequestSerializer,
        responses={200: inline_serializer("TokenResponse", {"token": serializers.CharField()})},
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().post(request, *args, **kwargs)
