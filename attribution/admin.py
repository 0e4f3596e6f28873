"""The editors' curation desk."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from attribution.models import Article, Claim, Quote, Speaker, SpeakerAlias, SpeakerMerge

admin.site.register(Speaker, SimpleHistoryAdmin)
admin.site.register(SpeakerAlias)
admin.site.register(Article)
admin.site.register(Quote, SimpleHistoryAdmin)
admin.site.register(Claim, SimpleHistoryAdmin)
admin.site.register(SpeakerMerge)
