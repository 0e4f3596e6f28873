"""Throttles whose rates are read from settings at request time.

DRF's throttles bind ``DEFAULT_THROTTLE_RATES`` when the module is imported, so a changed
setting (tests, a deployment tweak via the environment) would be ignored.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle


class _SettingsRate:
    scope: str | None

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(_SettingsRate, AnonRateThrottle):
    """Anonymous readers, per IP address."""


class UserThrottle(_SettingsRate, UserRateThrottle):
    """Authenticated users (token or session), per user: a higher rate."""

    def get_cache_key(self, request, view) -> str | None:
        # Anonymous requests are AnonThrottle's alone, not counted twice under two rates.
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)


class ScopedThrottle(_SettingsRate, ScopedRateThrottle):
    """A view's own budget (``throttle_scope``), e.g. exports and token requests."""

