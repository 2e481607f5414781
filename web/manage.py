#!/usr/bin/env python
"""Django's command-line utility for HearMe. Run from the repo root: python web/manage.py …"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    # The project is the `web` package, so the repository root must be importable
    # whichever directory this script is started from.
    repo_root = str(Path(__file__).resolve().parent.parent)
    if repo_root not in sys.path:
        sys.path.insert(0, repo_root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.hearme_web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
