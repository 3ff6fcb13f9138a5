"""Fault injection seen through the real client: retries absorb refusals, sends never repeat."""

from __future__ import annotations

import logging
import time
from collections import Counter

import pytest

import bland_nb
import bland_nb._client
from bland_nb.sandbox import Faults, Sandbox

NUMBERS = [f"+1212555{i:04d}" for i in range(100)]


@pytest.fixture
def quick_retries(monkeypatch):
    """Back-off from a millisecond; the rate limiter's Retry-After (whole seconds, at least 1) is
    beyond MAX_RETRY_AFTER = 0, so the client falls back on that back-off instead of sleeping."""
    monkeypatch.setattr(bland_nb._client, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(bland_nb._client, "MAX_RETRY_AFTER", 0.0)


def retries(caplog) -> Counter:
    """How often the client retried, by reason (`HTTP 429`, `HTTP 503`, `RemoteProtocolError`...)."""
    return Counter(
        r.getMessage().split(": ", 1)[1].split(";")[0] for r in caplog.records if "retrying" in r.getMessage()
    )


def read_many(sandbox: Sandbox, count: int) -> None:
    """`count` reads through a client with 6 retries, a quarter of them List Campaigns; all must succeed."""
    client = sandbox.client(max_retries=6)
    calls = sandbox.store.calls.timeline[:50]
    campaigns = sorted(sandbox.store.campaigns.campaigns)
    for i in range(count):
        if i % 4 == 0:
            assert sorted(c.campaign_id for c in client.campaigns.list()) == campaigns
        else:
            assert client.calls.get(calls[i % 50]["call_id"]).to == calls[i % 50]["to"]
    # Refusals and server errors act on nothing: one log entry per read.
    assert len(sandbox.log) == count and {e["status"] for e in sandbox.log} == {200}


def test_2000_reads_all_succeed_through_server_errors_and_the_rate_limit(quick_retries, caplog):
    # ~3,000 reads/s in process on this machine: 700/s trips the limiter once its first second's
    # burst is spent (on a much slower machine it may not trip: the next test makes sure of it).
    sandbox = Sandbox(seed=1, calls=200, faults=Faults(error_rate=0.1, rate_limit_per_s=700, seed=1))
    with caplog.at_level(logging.INFO, logger="bland_nb"):
        read_many(sandbox, 2000)
    seen = retries(caplog)
    server_errors = seen["HTTP 500"] + seen["HTTP 502"] + seen["HTTP 503"]
    assert 140 <= server_errors <= 300  # ~10% of the ~2,000 attempts that got past the limiter
    assert set(seen) <= {"HTTP 429", "HTTP 500", "HTTP 502", "HTTP 503"}


def test_reads_over_a_tight_rate_limit_wait_and_succeed(quick_retries, monkeypatch, caplog):
    # 50/s: after the first 50, every read waits ~20 ms for a token; a 5 ms back-off reaches that
    # within three retries, leaving room for the server errors.
    monkeypatch.setattr(bland_nb._client, "INITIAL_RETRY_DELAY", 0.005)
    sandbox = Sandbox(seed=1, calls=200, faults=Faults(error_rate=0.1, rate_limit_per_s=50, seed=2))
    started = time.perf_counter()
    with caplog.at_level(logging.INFO, logger="bland_nb"):
        read_many(sandbox, 100)
    seen = retries(caplog)
    assert seen["HTTP 429"] >= 20 and seen["HTTP 500"] + seen["HTTP 502"] + seen["HTTP 503"] > 0
    assert time.perf_counter() - started >= (100 - 50) / 50 * 0.9  # the limiter held the pace


def send_all(client: bland_nb.BlandClient, numbers: list[str]) -> int:
    """Send one call to each number; how many sends ended in a connection error."""
    lost = 0
    for number in numbers:
        try:
            client.calls.send(phone_number=number, task="Confirm the appointment.")
        except bland_nb.APIConnectionError:
            lost += 1
    return lost


def assert_each_send_acted_once(sandbox: Sandbox, numbers: list[str], lost: int) -> None:
    sends = [e for e in sandbox.log if e["endpoint"] == "send_call"]
    assert [e["body"]["phone_number"] for e in sends] == numbers  # never retried after a drop
    assert sum(e["dropped"] for e in sends) == lost
    placed = Counter(c["to"] for c in sandbox.store.calls.calls.values() if c["to"] in set(numbers))
    assert placed == Counter(numbers)  # every number called exactly once, dropped or not
    assert sum(placed.values()) == len(sends)


def test_dropped_sends_were_acted_on_once_and_never_retried(quick_retries):
    sandbox = Sandbox(seed=1, calls=200, faults=Faults(disconnect_rate=0.3, seed=2))
    lost = send_all(sandbox.client(max_retries=6), NUMBERS)
    assert 15 <= lost <= 45
    assert_each_send_acted_once(sandbox, NUMBERS, lost)


def test_dropped_sends_over_http(quick_retries):
    sandbox = Sandbox(seed=1, calls=200, faults=Faults(disconnect_rate=0.3, seed=3))
    with sandbox.serve() as url:
        with bland_nb.BlandClient(api_key=sandbox.api_key, base_url=url, max_retries=6) as client:
            lost = send_all(client, NUMBERS[:30])
    assert 3 <= lost <= 18
    assert_each_send_acted_once(sandbox, NUMBERS[:30], lost)


def test_dropped_reads_over_http_are_retried(quick_retries, caplog):
    sandbox = Sandbox(seed=1, calls=200, faults=Faults(disconnect_rate=0.3, seed=4))
    calls = sandbox.store.calls.timeline[:30]
    with sandbox.serve() as url, caplog.at_level(logging.INFO, logger="bland_nb"):
        with bland_nb.BlandClient(api_key=sandbox.api_key, base_url=url, max_retries=6) as client:
            assert [client.calls.get(c["call_id"]).call_id for c in calls] == [c["call_id"] for c in calls]
    dropped = sum(e["dropped"] for e in sandbox.log)
    assert dropped > 0 and len(sandbox.log) == 30 + dropped  # each drop was read again
    assert retries(caplog) == Counter({"RemoteProtocolError": dropped})


@pytest.mark.parametrize("over_http", [False, True], ids=["in-process", "http"])
def test_latency_delays_every_answer(over_http):
    sandbox = Sandbox(seed=1, calls=50, faults=Faults(latency_ms=30))
    call_id = sandbox.store.calls.timeline[0]["call_id"]

    def timed(client: bland_nb.BlandClient) -> list[float]:
        client.calls.get(call_id)  # a connection is open before timing
        took = []
        for _ in range(5):
            started = time.perf_counter()
            client.calls.get(call_id)
            took.append(time.perf_counter() - started)
        return took

    if over_http:
        with sandbox.serve() as url, bland_nb.BlandClient(api_key=sandbox.api_key, base_url=url) as client:
            took = timed(client)
    else:
        took = timed(sandbox.client())
    assert min(took) >= 0.030
    assert max(took) < 0.5


def test_jitter_spreads_latency_around_the_mean():
    sandbox = Sandbox(seed=1, calls=50, faults=Faults(latency_ms=20, jitter_ms=15, seed=5))
    client, call_id = sandbox.client(), sandbox.store.calls.timeline[0]["call_id"]
    took = []
    for _ in range(12):
        started = time.perf_counter()
        client.calls.get(call_id)
        took.append(time.perf_counter() - started)
    assert min(took) >= 0.005 and max(took) - min(took) >= 0.008
