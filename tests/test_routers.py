"""The optional read-replica router."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session

from attribution.models import Article, Quote
from config.routers import ReplicaRouter


def test_attribution_reads_go_to_the_replica_and_writes_to_the_primary() -> None:
    router = ReplicaRouter()
    assert router.db_for_read(Quote) == "replica"
    assert router.db_for_read(Article) == "replica"
    assert router.db_for_write(Quote) == "default"


def test_logins_and_sessions_always_read_the_primary() -> None:
    router = ReplicaRouter()
    assert router.db_for_read(get_user_model()) == "default"
    assert router.db_for_read(Session) == "default"


def test_migrations_run_only_on_the_primary() -> None:
    router = ReplicaRouter()
    assert router.allow_migrate("default", "attribution")
    assert not router.allow_migrate("replica", "attribution")
