"""HearMe's moderator dashboard and public demo page (a Django project)."""
