"""Thin rasa-sdk adapters around ``bot/``, one module per capability.

rasa-sdk registers every non-abstract Action subclass found in this package.
"""
