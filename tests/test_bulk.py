"""Bulk calls keep input order, bound concurrency, respect the rate limit and drop nothing."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from typing import Any

import httpx
import pytest

import bland_nb
from bland_nb import RateLimiter
from bland_nb.sandbox import Faults, Sandbox

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
    assert [(e.index, type(e.error)) for e in result.errors] == [
        (7, bland_nb.NotFoundError),
        (42, bland_nb.NotFoundError),
    ]
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
    for rate_limit in (-1, 0, 1e-300, float("nan"), float("inf"), True):
        with pytest.raises(bland_nb.BlandValidationError, match="rate_limit"):
            client.bulk("get_call", ["c1"], rate_limit=rate_limit)
    for concurrency in (0, 2.5, True):
        with pytest.raises(bland_nb.BlandValidationError, match="concurrency"):
            client.bulk("get_call", ["c1"], concurrency=concurrency)
    with pytest.raises(bland_nb.BlandValidationError, match="dicts"):
        client.bulk("list_campaigns", ["x"])
    assert script.count == 0


# -- one bad answer, Ctrl-C, idempotency keys ------------------------------------------------------


def odd_answers(request: httpx.Request) -> httpx.Response:
    """Call Details, but c3's request hits a bug and c5's answer is not JSON."""
    call_id = request.url.path.rsplit("/", 1)[1]
    if call_id == "c3":
        raise RuntimeError("a bug in the transport")
    if call_id == "c5":
        return httpx.Response(200, text="<html>gateway</html>")
    return httpx.Response(200, json={"call_id": call_id})


def test_an_unreadable_answer_or_a_bug_fails_only_its_item(make_caller):
    caller = make_caller(Script(default=odd_answers))
    result = caller("bulk", "get_call", [f"c{i}" for i in range(8)], concurrency=3)
    assert len(result) == 8 and [item.index for item in result.errors] == [3, 5]
    assert isinstance(result[3].error, RuntimeError) and "bug" in str(result[3].error)
    assert [item.result.call_id for item in result if item.ok] == ["c0", "c1", "c2", "c4", "c6", "c7"]


class Interrupting:
    """Answers Call Details after a pause; the `nth` request raises KeyboardInterrupt, as Ctrl-C would."""

    def __init__(self, nth: int, pause: float = 0.02):
        self.nth, self.pause = nth, pause
        self.sent: list[str] = []
        self.lock = threading.Lock()

    def call_id(self, request: httpx.Request) -> str:
        call_id = request.url.path.rsplit("/", 1)[1]
        with self.lock:
            self.sent.append(call_id)
            if len(self.sent) == self.nth:
                raise KeyboardInterrupt
        return call_id

    def __call__(self, request: httpx.Request) -> httpx.Response:
        call_id = self.call_id(request)
        time.sleep(self.pause)
        return httpx.Response(200, json={"call_id": call_id})

    async def answer(self, request: httpx.Request) -> httpx.Response:
        call_id = self.call_id(request)
        await asyncio.sleep(self.pause)
        return httpx.Response(200, json={"call_id": call_id})


def assert_interrupted(interrupted: bland_nb.BulkInterrupted, sent: list[str], items: int) -> None:
    """Every item is there: finished, never sent, or in flight (the one interrupted among them)."""
    result = interrupted.result
    assert (
        isinstance(interrupted, KeyboardInterrupt) and isinstance(result, bland_nb.BulkResult) and len(result) == items
    )
    finished = [item for item in result if item.ok]
    assert finished and interrupted.not_sent and interrupted.in_flight
    assert all(item.result.call_id == item.params["call_id"] for item in finished)
    assert sent[-1] in {item.params["call_id"] for item in interrupted.in_flight}
    assert {item.params["call_id"] for item in finished + interrupted.in_flight} == set(sent)
    assert all(str(item.error).startswith("not sent:") for item in interrupted.not_sent)
    assert all(str(item.error).startswith("outcome unknown:") for item in interrupted.in_flight)
    assert len(finished) + len(interrupted.not_sent) + len(interrupted.in_flight) == items
    assert f"{len(finished)} of {items} items finished" in str(interrupted)


def test_ctrl_c_stops_a_sync_bulk_and_keeps_what_it_gathered():
    transport = Interrupting(nth=10)
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(transport))
    started = time.monotonic()
    with pytest.raises(bland_nb.BulkInterrupted) as caught:
        client.bulk("get_call", [f"c{i}" for i in range(100)], concurrency=4)
    assert time.monotonic() - started < 1  # not the 0.5 s the 100 requests would take
    time.sleep(0.05)  # requests taken just before the interrupt have left by now
    sent = list(transport.sent)
    assert_interrupted(caught.value, sent, 100)
    time.sleep(0.05)
    assert transport.sent == sent  # the workers started nothing more


def test_ctrl_c_inside_an_async_bulk_raises_with_what_it_gathered():
    transport = Interrupting(nth=10)

    async def run():
        async with bland_nb.AsyncBlandClient(
            api_key="k" * 20, transport=httpx.MockTransport(transport.answer)
        ) as client:
            await client.bulk("get_call", [f"c{i}" for i in range(100)], concurrency=4)

    with pytest.raises(bland_nb.BulkInterrupted) as caught:
        asyncio.run(run())
    assert_interrupted(caught.value, transport.sent, 100)


def test_a_cancelled_async_bulk_stays_cancelled_and_stops_sending():
    transport = Interrupting(nth=0)

    async def run():
        async with bland_nb.AsyncBlandClient(
            api_key="k" * 20, transport=httpx.MockTransport(transport.answer)
        ) as client:
            with pytest.raises(TimeoutError):  # asyncio.timeout's cancellation, not a KeyboardInterrupt
                await asyncio.wait_for(client.bulk("get_call", [f"c{i}" for i in range(100)], concurrency=4), 0.05)
            sent = len(transport.sent)
            await asyncio.sleep(0.05)
            return sent

    sent = asyncio.run(run())
    assert 0 < sent < 100 and len(transport.sent) == sent


def test_rerunning_failed_sms_sends_reuses_their_idempotency_keys():
    sandbox = Sandbox(seed=4, calls=20, faults=Faults(disconnect_rate=0.4, seed=2))  # acted on, then cut off
    client = sandbox.client()
    sender = client.sms.list_numbers().raw["data"][0]["phone_number"]
    items = [
        {"user_number": f"+1415555{2600 + i}", "agent_number": sender, "agent_message": "Bulk hello"} for i in range(20)
    ]
    result = client.bulk("send_sms", items, concurrency=4)
    keys = [item.idempotency_key for item in result]
    assert len(set(keys)) == 20 and all(item.params["idempotency_key"] == item.idempotency_key for item in result)
    assert result.errors and "idempotency_key" not in items[0]  # the caller's dicts are left as they were
    runs = 1
    while result.errors:
        assert all(isinstance(item.error, bland_nb.APIConnectionError) for item in result.errors)
        again = client.bulk("send_sms", [item.params for item in result.errors], concurrency=4)
        assert [item.idempotency_key for item in again] == [item.idempotency_key for item in result.errors]
        result, runs = again, runs + 1
    sent = [m for messages in sandbox.store.sms.messages.values() for m in messages if m["message"] == "Bulk hello"]
    assert runs > 1 and sorted(m["to"] for m in sent) == sorted(item["user_number"] for item in items)


def test_a_given_idempotency_key_is_kept():
    script = Script(default=httpx.Response(200, json={"data": {"message": "SMS sent successfully"}}))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    items = [
        {"user_number": "+14155552671", "agent_number": "+14155552672", "idempotency_key": "mine"},
        {"user_number": "+14155552673", "agent_number": "+14155552672"},
    ]
    result = client.bulk("send_sms", items)
    assert result[0].idempotency_key == "mine" and len(result[1].idempotency_key) == 32
    assert [r.headers["idempotency-key"] for r in script.requests] == [item.idempotency_key for item in result]
    assert client.bulk("get_call", ["c1"])[0].idempotency_key is None


# -- BulkRunner: batch after batch under one pool and one rate limit ---------------------------------


def runner_client(transport: Any) -> bland_nb.BlandClient:
    return bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(transport))


def test_a_runner_keeps_one_pool_across_jobs_and_keeps_each_jobs_order():
    tracker = Tracker(fail={"b3"}, pause=0.005)
    with bland_nb.BulkRunner(runner_client(Script(default=tracker)), concurrency=4) as runner:
        jobs = [runner.submit("get_call", [f"{batch}{i}" for i in range(25)]) for batch in "abc"]
        assert all(isinstance(job, bland_nb.BulkJob) and len(job) == 25 for job in jobs)
        results = [job.result() for job in jobs]
    assert [[item.params["call_id"] for item in result] for result in results] == [
        [f"{b}{i}" for i in range(25)] for b in "abc"
    ]
    assert [item.params["call_id"] for result in results for item in result.errors] == ["b3"]
    assert isinstance(results[0][0].result, bland_nb.Call)
    assert 1 < tracker.peak <= 4  # three jobs queued at once, never more than the pool in flight


def test_json_gives_the_answers_as_sent():
    with bland_nb.BulkRunner(runner_client(Script(default=Tracker(pause=0)))) as runner:
        result = runner.submit("get_call", ["c1", "c2"], json=True).result()
    assert [item.result for item in result] == [{"call_id": "c1"}, {"call_id": "c2"}]


def test_the_rate_limit_holds_across_jobs():
    started = time.monotonic()
    with bland_nb.BulkRunner(runner_client(Script(default=Tracker(pause=0))), concurrency=2, rate_limit=100) as runner:
        first, second = (
            runner.submit("get_call", [f"a{i}" for i in range(11)]),
            runner.submit("get_call", [f"b{i}" for i in range(11)]),
        )
        assert first.result().ok and second.result().ok
    assert time.monotonic() - started >= 0.19  # 22 requests at 100/s after a burst of 2, not two bursts


def test_a_cancelled_job_sends_nothing_more_and_says_which_items_were_never_sent():
    script = Script(default=Tracker(pause=0.01))
    with bland_nb.BulkRunner(runner_client(script), concurrency=2) as runner:
        job = runner.submit("get_call", [f"c{i}" for i in range(50)])
        time.sleep(0.03)
        cancelled = job.cancel()
        result = job.result()
        sent = script.count
        later = runner.submit("get_call", ["d1"]).result()  # the runner goes on
    assert 0 < cancelled < 50 and len(result) == 50 and job.done()
    assert [item.index for item in result.errors] == list(range(50 - cancelled, 50))
    assert all(str(item.error).startswith("not sent:") for item in result.errors)
    assert sent == 50 - cancelled and later.ok and script.count == sent + 1


def test_leaving_normally_finishes_every_job_and_on_an_error_sends_nothing_more():
    script = Script(default=Tracker(pause=0.01))
    with bland_nb.BulkRunner(runner_client(script), concurrency=2) as runner:
        job = runner.submit("get_call", [f"c{i}" for i in range(10)])
    assert job.done() and job.result().ok and script.count == 10
    with pytest.raises(ValueError), bland_nb.BulkRunner(runner_client(script), concurrency=2) as runner:
        job = runner.submit("get_call", [f"c{i}" for i in range(50)])
        time.sleep(0.03)
        raise ValueError("the caller's own error")
    sent = script.count - 10
    time.sleep(0.05)
    assert job.done() and 0 < sent < 50 and script.count - 10 == sent  # the requests under way had ended
    assert sum(item.ok for item in job.result()) == sent
    with pytest.raises(bland_nb.BlandError, match="closed"):
        runner.submit("get_call", ["c1"])


def test_ctrl_c_in_a_runner_stops_every_job():
    transport = Interrupting(nth=10)
    with (
        pytest.raises(bland_nb.BulkInterrupted) as caught,
        bland_nb.BulkRunner(runner_client(transport), concurrency=4) as runner,
    ):
        first = runner.submit("get_call", [f"c{i}" for i in range(100)])
        second = runner.submit("get_call", [f"d{i}" for i in range(10)])
        first.result()
    time.sleep(0.05)
    sent = list(transport.sent)
    assert_interrupted(caught.value, sent, 100)
    assert second.done() and all(str(item.error).startswith("not sent:") for item in second.items)
    with pytest.raises(bland_nb.BulkInterrupted):
        second.result()
    time.sleep(0.05)
    assert transport.sent == sent


def test_ctrl_c_while_waiting_for_a_job_raises_bulk_interrupted():
    transport = Interrupting(nth=0, pause=0.01)
    main = threading.main_thread().ident
    with bland_nb.BulkRunner(runner_client(transport), concurrency=2) as runner:
        job = runner.submit("get_call", [f"c{i}" for i in range(200)])
        threading.Timer(0.1, signal.pthread_kill, (main, signal.SIGINT)).start()
        with pytest.raises(bland_nb.BulkInterrupted) as caught:
            job.result()
    stopped, sent = caught.value, set(transport.sent)
    finished = [item for item in stopped.result if item.ok]
    assert finished and stopped.not_sent and len(finished) + len(stopped.not_sent) + len(stopped.in_flight) == 200
    assert {item.params["call_id"] for item in finished + stopped.in_flight} == sent  # nothing sent after Ctrl-C
    assert all(str(item.error).startswith("not sent:") for item in stopped.not_sent)


def test_idle_workers_end_and_come_back(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(bland_nb._bulk, "IDLE_SECONDS", 0.05)

    def workers() -> int:
        return sum(thread.name.startswith("bland-bulk") for thread in threading.enumerate())

    with bland_nb.BulkRunner(runner_client(Script(default=Tracker(pause=0))), concurrency=3) as runner:
        assert workers() == 0  # none before the first job
        assert runner.submit("get_call", [f"c{i}" for i in range(9)]).result().ok
        time.sleep(0.2)
        assert workers() == 0
        assert runner.submit("get_call", [f"c{i}" for i in range(9)]).result().ok


def test_a_runner_refuses_bad_options_and_an_async_client():
    client = runner_client(Script())
    with pytest.raises(bland_nb.BlandValidationError, match="concurrency=0"):
        bland_nb.BulkRunner(client, concurrency=0)
    with pytest.raises(bland_nb.BlandValidationError, match=r"rate_limit=0\.001"):
        bland_nb.BulkRunner(client, rate_limit=bland_nb.MIN_RATE_LIMIT / 10)
    with pytest.raises(bland_nb.BlandValidationError, match="takes a BlandClient \\(not AsyncBlandClient\\)"):
        bland_nb.BulkRunner(bland_nb.AsyncBlandClient(api_key="k" * 20))
    with bland_nb.BulkRunner(client) as runner, pytest.raises(bland_nb.BlandValidationError, match="dicts"):
        runner.submit("list_campaigns", ["x"])
