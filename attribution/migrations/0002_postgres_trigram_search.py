"""Trigram GIN indexes for Arabic search on PostgreSQL; SQLite searches without them.

The built-in ``arabic`` text search configuration stems names (بوتين → وتين), so search
runs on the normalised text with pg_trgm, which serves ``LIKE '%…%'``.
"""

from django.db import migrations

INDEXES = [
    ("attribution_quote_text_trgm", "attribution_quote", "text_normalized"),
    ("attribution_claim_text_trgm", "attribution_claim", "text_normalized"),
    ("attribution_speaker_name_trgm", "attribution_speaker", "name_normalized"),
    ("attribution_speakeralias_name_trgm", "attribution_speakeralias", "name_normalized"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("attribution", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
