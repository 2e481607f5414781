#!/usr/bin/env bash
# `make run`: train if the model is stale, then start every HearMe process under one
# supervisor (honcho); Ctrl-C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run: no .venv yet; run 'make setup' first." >&2; exit 1; }
source scripts/env.sh
# Check bot/settings.py's variables now: Rasa and the action server read them only when
# the first message arrives, which is too late to find a missing production secret.
.venv/bin/python -c 'import sys
from bot.settings import SettingsError, get_settings
try:
    get_settings()
except SettingsError as e:
    sys.exit(f"run: {e}")'
# The Telegram connector (docs/telegram.md) runs only when a bot token is set.
PROCESSES=(actions rasa web)
TELEGRAM_LINE=""
if [ -n "${TELEGRAM_BOT_TOKEN:-}" ]; then
  .venv/bin/python -c 'import sys
from bot.settings import SettingsError
from bot.telegram.settings import TelegramSettings
try:
    TelegramSettings.from_env()
except SettingsError as e:
    sys.exit(f"run: {e}")'
  PROCESSES+=(telegram)
  TELEGRAM_LINE="  Telegram bot         ${TELEGRAM_WEBHOOK_URL:-polling} (python -m bot.telegram)"
fi

HEARME_MODEL="$(.venv/bin/python scripts/model.py)"
export HEARME_MODEL
# The rights index (bot/rights.py) is read from its cache in about a second, but after a
# knowledge change it takes about 80 s to build (its sentence encoder reads every
# English text): build it here, before the first child can ask.
.venv/bin/python -c 'from bot.rights import index, index_cache_path
if not index_cache_path().is_file():
    print("run: building the rights index (about 80 s after a knowledge change)")
index()'
.venv/bin/python web/manage.py migrate --noinput >/dev/null
if [ "${HEARME_ENV:-development}" = production ]; then
  .venv/bin/python web/manage.py collectstatic --noinput >/dev/null
fi
.venv/bin/python web/manage.py ensure_superuser

cat <<MSG

HearMe is starting (model: ${HEARME_MODEL#"$PWD/"}). When the three processes say they are up:
  Demo page + chat     http://localhost:${WEB_PORT}/
  Moderator dashboard  http://localhost:${WEB_PORT}/dashboard/   (admin: /admin/)
  Rasa REST channel    ${RASA_PUBLIC_URL}/webhooks/rest/webhook
  Rasa socket.io       ${RASA_PUBLIC_URL}/socket.io
  Rasa HTTP API        ${RASA_PUBLIC_URL}/  (token in var/rasa_auth_token unless RASA_AUTH_TOKEN is set)
  Action server        ${HEARME_ACTION_URL}  (loopback only)
${TELEGRAM_LINE:+$TELEGRAM_LINE
}Press Ctrl-C to stop everything.

MSG
exec .venv/bin/honcho start -f Procfile "${PROCESSES[@]}"
