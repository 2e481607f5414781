"""One JSON object per log line, so operators can grep and ship logs without parsing prose."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

# Attributes every LogRecord has; anything else came in through `extra=`.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# Django attaches the request and the socket to some records; neither is serialisable
# and the request could carry personal data, so they are never written out.
_DROP = {"request", "server_time", "socket"}


class JsonLineFormatter(logging.Formatter):
    """Format a record as a single-line JSON object.

    Extra fields are kept only when they are plain scalars, so an object passed by
    mistake is dropped rather than dumped with whatever it contains.
    """

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key in _DROP or key.startswith("_"):
                continue
            if value is None or isinstance(value, (str, int, float, bool)):
                line[key] = value
        if record.exc_info:
            line["exc_type"] = record.exc_info[0].__name__ if record.exc_info[0] else None
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
