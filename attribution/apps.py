from pathlib import Path

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttributionConfig(AppConfig):
    name = "attribution"
    verbose_name = _("Quote attribution")
    default_auto_field = "django.db.models.BigAutoField"
    # An editable install adds a path hook to the package's __path__, which Django cannot
    # tell apart from a second location: name the one real folder.
    path = str(Path(__file__).resolve().parent)

    def ready(self) -> None:
        from attribution import lookups  # noqa: F401  (registers ``__in_ids``)
