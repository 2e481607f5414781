"""Per-user limits applied before a Telegram message reaches Rasa.

Keys are pseudonyms; nothing here is stored beyond the process's memory, and only the
most recently active users are remembered (the maps are bounded).
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

Clock = Callable[[], float]

DEFAULT_MAX_USERS: Final = 50_000


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class RateLimiter:
    """A token bucket per user: ``burst`` messages at once, then ``per_minute``.

    ``allow`` says whether a message may pass; ``should_warn`` is True once per spell of
    limiting, so the child is told once, not once per dropped message.
    """

    def __init__(
        self,
        per_minute: float,
        burst: int,
        clock: Clock = time.monotonic,
        max_users: int = DEFAULT_MAX_USERS,
    ) -> None:
        if per_minute <= 0 or burst < 1:
            raise ValueError("per_minute must be positive and burst at least 1")
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.max_users = max_users
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(self.burst, now)
            self._buckets[key] = bucket
            while len(self._buckets) > self.max_users:
                self._buckets.popitem(last=False)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets.move_to_end(key)
        return bucket

    def allow(self, key: str) -> bool:
        """Takes a token for ``key`` if one is left."""
        bucket = self._bucket(key, self.clock())
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return True
        return False

    def should_warn(self, key: str) -> bool:
        """True the first time it is asked during one spell of limiting for ``key``."""
        bucket = self._buckets.get(key)
        if bucket is None or bucket.warned:
            return False
        bucket.warned = True
        return True


class FloodFilter:
    """Drops a message identical to the same user's previous one within ``window``
    seconds (a held key, a double-tapped button, a pasted flood). Only a hash of the
    last message is kept."""

    def __init__(
        self, window: float, clock: Clock = time.monotonic, max_users: int = DEFAULT_MAX_USERS
    ) -> None:
        self.window = window
        self.clock = clock
        self.max_users = max_users
        self._last: OrderedDict[str, tuple[bytes, float]] = OrderedDict()

    def is_repeat(self, key: str, message: str) -> bool:
        """True if ``message`` repeats ``key``'s previous one within the window. A repeat
        restarts the window, so a steady flood stays dropped."""
        digest = hashlib.blake2b(message.strip().casefold().encode(), digest_size=16).digest()
        now = self.clock()
        previous = self._last.get(key)
        self._last[key] = (digest, now)
        self._last.move_to_end(key)
        while len(self._last) > self.max_users:
            self._last.popitem(last=False)
        return previous is not None and previous[0] == digest and now - previous[1] < self.window
