"""Bulk calls keep input order, bound concurrency, respect the rate limit and drop nothing."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

import bland_nb
from bland_nb._bulk import RateLimiter

from .conftest import Script


class Tracker:
    """Answers Call Details after a short pause, counting requests in flight."""

    def __init__(self, fail: set[str] = frozenset(), pause: float = 0.005):
        self.fail, self.pause = fail, pause
        self.in_flight = self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        call_id = request.url.path.rsplit("/", 1)[1]
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        time.sleep(self.pause)
        with self.lock:
            self.in_flight -= 1
        if call_id in self.fail:
            return httpx.Response(404, json={"status": "error", "message": f"Call {call_id} not found"})
        return httpx.Response(200, json={"call_id": call_id})


def test_sync_bulk_keeps_order_bounds_concurrency_and_reports_failures():
    tracker = Tracker(fail={"c7", "c42"})
    script = Script(default=tracker)
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    ids = [f"c{i}" for i in range(100)]
    result = client.bulk("get_call", ids, concurrency=4)
    assert len(result) == 100 and script.count == 100
    assert [item.params["call_id"] for item in result] == ids
    assert [item.result.call_id for item in result if item.ok] == [i for i in ids if i not in {"c7", "c42"}]
    assert [(e.index, type(e.error)) for e in result.errors] == [(7, bland_nb.NotFoundError), (42, bland_nb.NotFoundError)]
    assert 1 < tracker.peak <= 4
    with pytest.raises(bland_nb.NotFoundError):
        result.values()


def test_async_bulk_keeps_order_and_bounds_concurrency():
    in_flight = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.002)
        in_flight -= 1
        return httpx.Response(200, json={"call_id": request.url.path.rsplit("/", 1)[1]})

    async def run():
        async with bland_nb.AsyncBlandClient(api_key="k" * 20, transport=httpx.MockTransport(slow)) as client:
            return await client.bulk("get_call", [{"call_id": f"c{i}"} for i in range(60)], concurrency=5)

    result = asyncio.run(run())
    assert [item.result.call_id for item in result] == [f"c{i}" for i in range(60)]
    assert result.ok and 1 < peak <= 5


def test_rate_limit_spaces_requests():
    script = Script(default=httpx.Response(200, json={"call_id": "x"}))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    started = time.monotonic()
    client.bulk("get_call", [f"c{i}" for i in range(22)], concurrency=2, rate_limit=100)
    assert time.monotonic() - started >= 0.19  # 22 requests at 100/s after a burst of 2


def test_rate_limiter_reservations():
    limiter = RateLimiter(10, burst=1)
    delays = [limiter.reserve() for _ in range(4)]
    assert delays[0] == pytest.approx(0, abs=0.01)
    assert delays[3] == pytest.approx(0.3, abs=0.02)


def test_bad_bulk_arguments_are_refused_before_sending():
    script = Script()
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.BlandValidationError, match="concurrency"):
        client.bulk("get_call", ["c1"], concurrency=0)
    with pytest.raises(bland_nb.BlandValidationError, match="rate_limit"):
        client.bulk("get_call", ["c1"], rate_limit=-1)
    with pytest.raises(bland_nb.BlandValidationError, match="dicts"):
        client.bulk("list_campaigns", ["x"])
    assert script.count == 0
