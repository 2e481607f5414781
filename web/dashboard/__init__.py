"""The moderator dashboard and the public demo page."""
