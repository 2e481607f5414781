#!/usr/bin/env bash
# Prints the path of a working Python 3.10 interpreter, or explains how to get one.
# Rasa Open Source 3.6 supports Python 3.8-3.10 only, so 3.11+ is not an option.
set -u

works() { [ -n "$1" ] && "$1" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }

candidates=()
[ -n "${HEARME_PYTHON:-}" ] && candidates+=("$HEARME_PYTHON")
candidates+=("$(command -v python3.10 2>/dev/null || true)")
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null || true)
  for p in "$root"/versions/3.10.*/bin/python3.10; do candidates+=("$p"); done
fi
for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10.*/bin/python3.10 \
         /usr/local/bin/python3.10 /usr/bin/python3.10; do
  candidates+=("$p")
done
if command -v uv >/dev/null 2>&1; then
  candidates+=("$(uv python find 3.10 2>/dev/null || true)")
fi

for c in "${candidates[@]}"; do
  if works "$c"; then echo "$c"; exit 0; fi
done

cat >&2 <<'MSG'
HearMe needs Python 3.10 (Rasa 3.6 does not run on 3.11 or newer), and none was found.
Install it with `pyenv install 3.10` (or your system's python3.10 package, or `uv python install 3.10`),
or point HEARME_PYTHON at a python3.10 binary, then run `make setup` again.
MSG
exit 1
