"""Per-user rate limit and repeat filter of the Telegram connector."""

from __future__ import annotations

import pytest

from bot.telegram.guard import FloodFilter, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_passes_then_messages_are_limited_until_tokens_come_back():
    clock = Clock()
    limiter = RateLimiter(per_minute=6, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    clock.now += 9.0  # 6 a minute: one token per 10 s
    assert not limiter.allow("a")
    clock.now += 1.0
    assert limiter.allow("a")
    assert not limiter.allow("a")


def test_users_are_limited_separately():
    limiter = RateLimiter(per_minute=1, burst=1, clock=Clock())
    assert limiter.allow("a")
    assert not limiter.allow("a")
    assert limiter.allow("b")


def test_the_child_is_warned_once_per_spell_of_limiting():
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=1, clock=clock)
    assert limiter.allow("a")
    assert not limiter.allow("a")
    assert limiter.should_warn("a")
    assert not limiter.allow("a")
    assert not limiter.should_warn("a")
    clock.now += 1.0
    assert limiter.allow("a")  # the spell is over
    assert not limiter.allow("a")
    assert limiter.should_warn("a")
    assert not limiter.should_warn("never-seen")


def test_only_the_most_recent_users_are_remembered():
    limiter = RateLimiter(per_minute=1, burst=1, clock=Clock(), max_users=2)
    for key in ("a", "b", "c"):
        assert limiter.allow(key)
    assert limiter.allow("a")  # forgotten, so a fresh bucket
    with pytest.raises(ValueError):
        RateLimiter(per_minute=0, burst=1)


def test_identical_messages_within_the_window_are_repeats():
    clock = Clock()
    flood = FloodFilter(window=10.0, clock=clock)
    assert not flood.is_repeat("a", "help me")
    assert flood.is_repeat("a", "Help me ")
    assert not flood.is_repeat("b", "help me")
    assert not flood.is_repeat("a", "something else")
    clock.now += 10.0
    assert not flood.is_repeat("a", "something else")


def test_a_steady_flood_stays_dropped():
    clock = Clock()
    flood = FloodFilter(window=10.0, clock=clock)
    flood.is_repeat("a", "spam")
    for _ in range(5):
        clock.now += 8.0
        assert flood.is_repeat("a", "spam")
