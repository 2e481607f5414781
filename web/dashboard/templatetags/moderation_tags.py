"""``{% views_to_review %}``: the dashboard home's list of consultations with their
pending free text, so the home view itself does not change."""

from __future__ import annotations

from typing import Any

from django import template

from web.dashboard.moderation_views import consultations_to_review

register = template.Library()


@register.inclusion_tag("dashboard/moderation_home.html")
def views_to_review() -> dict[str, Any]:
    """Open and closed consultations with their pending count and page links."""
    return {"rows": consultations_to_review()}
