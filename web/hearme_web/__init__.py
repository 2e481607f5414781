"""Django project configuration for the HearMe dashboard."""
