#!/usr/bin/env bash
# `make setup`: everything a fresh clone needs. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=$(bash scripts/find_python310.sh) || exit 1
echo "setup: using Python 3.10 at $PY"

# uv: the one on PATH, else a pinned copy bootstrapped into .tools/ with any python3's pip.
UV=$(command -v uv || true)
if [ -z "$UV" ]; then
  if [ ! -x .tools/bin/uv ]; then
    echo "setup: installing uv into .tools/"
    BOOT=$(command -v python3 || echo "$PY")
    "$BOOT" -m venv .tools
    .tools/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"
  fi
  UV=.tools/bin/uv
fi

"$UV" sync --frozen --python "$PY"
mkdir -p var models
bash scripts/setup_browser.sh
echo "setup: done. Next: 'make run' to start HearMe, 'make test' to run the tests."
