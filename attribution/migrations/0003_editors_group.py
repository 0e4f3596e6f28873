"""The "editors" group: exactly the permissions the curation desk needs, no user or group admin.

Editors see everything of ours; change quotes, speakers, aliases and claims; add claims,
aliases and speakers (a reassigned quote may name someone new); delete aliases only.
Two custom permissions cover the desk's bulk operations without granting deletes:
``merge_speaker`` (merging deletes the merged speakers, but records them in SpeakerMerge)
and ``reextract_article`` (replaces an article's uncurated quotes). Editors never change
articles: quote offsets point into the stored body.
"""

from django.db import migrations

GROUP = "editors"

CUSTOM_PERMISSIONS = [
    ("speaker", "merge_speaker", "Can merge speakers"),
    ("article", "reextract_article", "Can re-run extraction on an article"),
]

EDITOR_PERMISSIONS = {
    "speaker": ["view", "change", "add", "merge"],
    "speakeralias": ["view", "change", "add", "delete"],
    "article": ["view", "reextract"],
    "quote": ["view", "change"],
    "claim": ["view", "change", "add"],
    "speakermerge": ["view"],
}


def create_editors_group(apps, schema_editor):
    """Create (or complete) the editors group; safe to run again, e.g. after a test flush."""
    from django.contrib.auth.management import create_permissions

    # Default permissions are created after migrate; a fresh database needs them now.
    app_config = apps.get_app_config("attribution")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True  # migration state apps have none
    try:
        create_permissions(app_config, apps=apps, verbosity=0)
    finally:
        app_config.models_module = models_module

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for model, codename, name in CUSTOM_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="attribution", model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})

    wanted = [
        (model, f"{action}_{model}") for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label="attribution", content_type__model=model, codename=codename)
        for model, codename in wanted
    ]
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(permissions)


def delete_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("attribution", "0002_postgres_trigram_search"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, delete_editors_group)]
