"""The Telegram connector's settings, read from the environment (see docs/telegram.md).

Deployment-wide settings (message length cap, pseudonym secret) stay in
``bot.settings``; these are only the connector's own.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from bot.settings import SettingsError

ROOT: Final = Path(__file__).resolve().parents[2]
DEFAULT_API_BASE_URL: Final = "https://api.telegram.org/bot"
# What BotFather hands out: "<bot id>:<secret>".
_TOKEN_RE: Final = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{20,100}")
# Telegram's rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
_SECRET_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
WEBHOOK_SECRET_MIN_CHARS: Final = 32
_LOOPBACK: Final = ("127.0.0.1", "localhost", "::1")


def _int(env: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as e:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from e
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class TelegramSettings:
    """Connector settings. ``webhook_url`` empty means polling."""

    token: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8081
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = field(default="", repr=False)
    tracker_db: Path = ROOT / "var" / "rasa_tracker.sqlite3"
    subscribers_db: Path = ROOT / "var" / "telegram_subscribers.sqlite3"
    rate_per_minute: int = 20
    rate_burst: int = 8
    rasa_timeout: float = 30.0

    @property
    def webhook_path(self) -> str:
        """The path Telegram posts to: the path of ``webhook_url``."""
        return urlsplit(self.webhook_url).path or "/"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> TelegramSettings:
        """Reads and checks the settings.

        Raises:
            SettingsError: a value HearMe cannot use, with what to do about it.
        """
        env = os.environ if env is None else env
        production = env.get("HEARME_ENV", "").strip().lower() == "production"
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get one from @BotFather")
        if not _TOKEN_RE.fullmatch(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN does not look like a token from @BotFather "
                "(<digits>:<letters, digits, _ and ->)"
            )
        api = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip()
        secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
        if webhook_url:
            parts = urlsplit(webhook_url)
            if parts.scheme != "https" and parts.hostname not in _LOOPBACK:
                raise SettingsError("TELEGRAM_WEBHOOK_URL must start with https://")
            how = 'generate one with: python -c "import secrets; print(secrets.token_hex(32))"'
            if not secret:
                raise SettingsError(f"TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET; {how}")
            if not _SECRET_RE.fullmatch(secret):
                raise SettingsError(
                    "TELEGRAM_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - "
                    f"(1 to 256 characters); {how}"
                )
            if production and len(secret) < WEBHOOK_SECRET_MIN_CHARS:
                raise SettingsError(
                    f"HEARME_ENV=production requires TELEGRAM_WEBHOOK_SECRET of at least "
                    f"{WEBHOOK_SECRET_MIN_CHARS} characters; {how}"
                )
        rasa_port = _int(env, "RASA_PORT", 5005, minimum=1)
        rasa_url = env.get("HEARME_RASA_URL", "").strip() or f"http://127.0.0.1:{rasa_port}"
        tracker = env.get("HEARME_TRACKER_DB", "").strip()
        subscribers = env.get("TELEGRAM_SUBSCRIBERS_DB", "").strip()
        return cls(
            token=token,
            api_base_url=api,
            webhook_url=webhook_url,
            webhook_secret=secret,
            webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            webhook_port=_int(env, "TELEGRAM_WEBHOOK_PORT", 8081, minimum=1),
            rasa_url=rasa_url.rstrip("/"),
            rasa_token=env.get("RASA_AUTH_TOKEN", "").strip(),
            tracker_db=Path(tracker) if tracker else ROOT / "var" / "rasa_tracker.sqlite3",
            subscribers_db=(
                Path(subscribers) if subscribers else ROOT / "var" / "telegram_subscribers.sqlite3"
            ),
            rate_per_minute=_int(env, "TELEGRAM_RATE_PER_MINUTE", 20, minimum=1),
            rate_burst=_int(env, "TELEGRAM_RATE_BURST", 8, minimum=1),
        )
