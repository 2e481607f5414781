#!/usr/bin/env bash
# `make chat`: talk to HearMe in this terminal (starts its own action server).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
MODEL="$(.venv/bin/python scripts/model.py)"
SANIC_HOST=127.0.0.1 .venv/bin/python -m rasa_sdk --actions actions --port "$ACTIONS_PORT" \
  >var/chat-actions.log 2>&1 &
ACTIONS_PID=$!
trap 'kill $ACTIONS_PID 2>/dev/null || true' EXIT HUP INT TERM
.venv/bin/python -m rasa shell --model "$MODEL" --endpoints endpoints.yml \
  --port "${CHAT_PORT:-5006}" --quiet
