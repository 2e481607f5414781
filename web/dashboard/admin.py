"""Django admin branding. The dashboard has no models of its own yet."""

from __future__ import annotations

from django.contrib import admin

admin.site.site_header = "HearMe administration"
admin.site.site_title = "HearMe admin"
admin.site.index_title = "Administration"
