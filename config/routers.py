"""Send reads to a PostgreSQL read replica when DATABASE_REPLICA_URL configures one."""

from __future__ import annotations

from django.db.models import Model

# Authentication, sessions, tokens and lockouts must read what was just written.
PRIMARY_ONLY_APPS = {"auth", "sessions", "authtoken", "axes", "admin", "contenttypes"}


class ReplicaRouter:
    """Reads of the attribution data go to ``replica``; every write goes to ``default``.

    Replication lag means a read may briefly miss a write made a moment ago; curation and
    imports write to (and read their own rows inside transactions on) the primary.
    """

    def db_for_read(self, model: type[Model], **hints) -> str:
        return "default" if model._meta.app_label in PRIMARY_ONLY_APPS else "replica"

    def db_for_write(self, model: type[Model], **hints) -> str:
        return "default"

    def allow_relation(self, obj1: Model, obj2: Model, **hints) -> bool:
        return True  # both aliases are the same database

    def allow_migrate(self, db: str, app_label: str, **hints) -> bool:
        return db == "default"
