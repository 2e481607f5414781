"""Template tags of the dashboard app."""
