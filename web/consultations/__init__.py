"""Consultations: storing children's views pseudonymously, and publishing safe results.

``services`` is what the chat actions and the ``consultations`` command call to store,
show and erase answers; ``results`` turns the answers into tables with small groups
suppressed; ``themes`` groups approved free text. See docs/consultation-results.md.
"""
