"""Articles' texts compressed with LZ4 on PostgreSQL: the import writes them several times faster."""

from django.db import migrations

_COLUMNS = ("raw_text", "body")


def _compression(method: str):
    def apply(apps, schema_editor) -> None:
        # PostgreSQL 14+ built with LZ4 only; other databases store texts their own way.
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
                           "AND 'lz4' = ANY(enumvals)")
            if cursor.fetchone() is None:
                return
            for column in _COLUMNS:
                cursor.execute(f'ALTER TABLE attribution_article ALTER COLUMN "{column}" SET COMPRESSION {method}')

    return apply


class Migration(migrations.Migration):
    dependencies = [("attribution", "0008_speaker_name_index")]

    operations = [migrations.RunPython(_compression("lz4"), _compression("pglz"))]
