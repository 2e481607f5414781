"""Consultations: organisations ask children for their views (pure core: no Django, no Rasa).

:mod:`bot.consultations.definition` reads and validates a consultation definition (YAML
written by an organisation, or JSON stored in the database) into frozen dataclasses;
:mod:`bot.consultations.cli` is ``hearme consultations validate FILE...``.
"""
