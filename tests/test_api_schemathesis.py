"""Property-based API testing from the OpenAPI schema: no generated request may cause a 500.

schemathesis generates requests for every operation (filters, ids, cursors, bodies) from
/api/schema/. The budget is bounded (``API_FUZZ_EXAMPLES`` per operation, 25 by default) so
the suite stays quick; CI can raise it.
"""

from __future__ import annotations

import os

import pytest
from django.contrib.auth.models import Permission, User
from django.core import signals
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from tests.factories import make_article, make_claim, make_quote, make_speaker

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "25"))


@pytest.fixture
def api_data(db, settings) -> None:
    """Rows for generated ids to find, and throttles out of the way of the fuzzer."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict.fromkeys(("anon", "user", "export", "token"), "100000/minute"),
    }
    cache.clear()
    speaker = make_speaker("أحمد", aliases=("أبو محمد",))
    article = make_article("قال أحمد إن الطقس جميل.")
    quote = make_quote(article, "الطقس جميل", speaker=speaker)
    make_claim(
        "الطقس جميل", quotes=(quote,), claimant=speaker, status="reviewed", verdict="true",
        verdict_explanation="نعم.", factcheck_url="https://factcheck.test/1",
    )


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Calling the WSGI app directly would close the test's connection after each request.

    Django's test client disconnects these handlers the same way.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def editor_token(db) -> str:
    user = User.objects.create_user("fuzz-editor")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_quote", "change_claim"]))
    return Token.objects.create(user=user).key


# The schema view touches no database, so loading it at collection time is safe.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@schema.parametrize()
@settings(
    max_examples=EXAMPLES, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_request_from_the_schema_causes_a_server_error(case, api_data, editor_token):
    headers = {"Authorization": f"Token {editor_token}"} if case.method.upper() == "PATCH" else {}
    response = case.call(headers=headers)
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:500]}"
