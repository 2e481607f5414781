#!/usr/bin/env bash
# What the browser tests (tests/browser) need: Debian's Chromium and the pinned npm
# packages (playwright-core, axe-core). Called by `make setup`; safe to run again and
# silent when there is nothing to do. Playwright's own browser download is not used:
# Debian's chromium gets security updates with the rest of the system.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "setup: the browser tests need Chromium; install it with 'sudo apt-get install -y --no-install-recommends chromium' and run 'make setup' again." >&2
    exit 1
  fi
  echo "setup: installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "setup: the browser tests need Node.js 20 or newer with npm; install it (for example 'apt-get install nodejs npm') and run 'make setup' again." >&2
  exit 1
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  echo "setup: installing the browser-test packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  # Record when this install happened, for the freshness check above.
  touch node_modules
fi
