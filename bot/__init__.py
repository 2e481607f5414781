"""HearMe's core: plain Python that knows nothing of Rasa trackers or Telegram updates."""
