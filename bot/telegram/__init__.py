"""HearMe's Telegram connector (python-telegram-bot 22), talking to Rasa over REST.

``translate`` is the translation layer shared by polling and the webhook; ``connector``
handles updates; ``app`` wires and runs them (``python -m bot.telegram``). See
docs/telegram.md.
"""
