"""Pseudonymous safeguarding alerts for trained staff (see docs/safeguarding.md §5)."""
