# Shared environment for make run / make chat (sourced, not executed).
# Every value can be overridden from the environment; see README's configuration table.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export RASA_TELEMETRY_ENABLED=false
export RASA_PORT="${RASA_PORT:-5005}"
export ACTIONS_PORT="${ACTIONS_PORT:-5055}"
export WEB_PORT="${WEB_PORT:-8000}"
export RASA_INTERFACE="${RASA_INTERFACE:-127.0.0.1}"
export HEARME_ACTION_URL="${HEARME_ACTION_URL:-http://127.0.0.1:$ACTIONS_PORT/webhook}"
export HEARME_TRACKER_DB="${HEARME_TRACKER_DB:-$PWD/var/rasa_tracker.sqlite3}"
export RASA_PUBLIC_URL="${RASA_PUBLIC_URL:-http://localhost:$RASA_PORT}"
export HEARME_CORS_ORIGINS="${HEARME_CORS_ORIGINS:-http://localhost:$WEB_PORT http://127.0.0.1:$WEB_PORT}"
mkdir -p var
if [ -z "${RASA_AUTH_TOKEN:-}" ]; then
  # A random token for Rasa's HTTP API, made once per checkout and kept private. Hex, so
  # it never starts with "-" (which `rasa run --auth-token` reads as an option); one
  # made by an earlier version that does is replaced.
  if [ ! -s var/rasa_auth_token ] || [ "$(head -c1 var/rasa_auth_token)" = "-" ]; then
    (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_hex(32))' > var/rasa_auth_token)
  fi
  RASA_AUTH_TOKEN="$(cat var/rasa_auth_token)"
  export RASA_AUTH_TOKEN
fi
# Rasa 3.6's dependencies print dozens of deprecation warnings at start-up; they say
# nothing about HearMe and bury the lines operators need.
export PYTHONWARNINGS="${PYTHONWARNINGS:-ignore::DeprecationWarning}"
