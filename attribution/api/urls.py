"""API version 1 routes. Route names (speaker-detail, quote-list, …) are unnamespaced: the
models' get_absolute_url reverses them."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from attribution.api import views

router = DefaultRouter()
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("quotes", views.QuoteViewSet, basename="quote")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("claimreview", views.ClaimReviewFeedViewSet, basename="claimreview")

urlpatterns = [
    path("auth/token/", views.ObtainTokenView.as_view(), name="api-token"),
    # Google's method-style path, colon included (Django routes it as a literal character).
    path("factcheck/claims:search", views.FactCheckClaimSearchView.as_view(), name="factcheck-claims-search"),
    *router.urls,
]
