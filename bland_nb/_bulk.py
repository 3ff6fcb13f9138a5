"""Bulk calls: one endpoint for many items, with bounded concurrency and a rate limit.

```python
result = client.bulk("get_call", call_ids, concurrency=16, rate_limit=50)
result.values()          # the calls, in input order (raises if any item failed)
result.errors            # the items that failed, each with its exception
```

Input order is kept and no item is dropped: every input has exactly one `BulkItem`, holding
either its result or its error. Whatever one item raises (an API error, an answer the client
cannot read, anything unexpected) is that item's error; the other items go on. Each request
still goes through the client's retry policy.

Ctrl-C starts no further item and raises `BulkInterrupted` (a `KeyboardInterrupt`) holding the
`BulkResult`: each item not finished has an error saying it was never sent, or that it was in
flight and its outcome is unknown. (Under `asyncio.run`, Ctrl-C cancels the running task
instead: the bulk run stops and the cancellation goes on.)

```python
try:
    result = client.bulk("get_call", call_ids)
except bland_nb.BulkInterrupted as stopped:
    result = stopped.result  # stopped.not_sent, stopped.in_flight
```

An endpoint with an `idempotency-key` header (Send SMS) gets one key per item, made before
sending and kept in the item's params (`item.idempotency_key`): running the failures again with
`client.bulk(name, [item.params for item in result.errors])` reuses their keys, so nothing that
reached the server is sent twice.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
import uuid
from collections import deque
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable, Optional

from ._endpoint import Endpoint
from ._exceptions import BlandError, BlandValidationError

__all__ = ["BulkInterrupted", "BulkItem", "BulkResult", "RateLimiter"]

MIN_RATE_LIMIT = 0.01
"""The slowest rate limit taken (a request every 100 seconds): a slower one is a typo, and 1e-300 would never send."""
KEY_HEADER = "idempotency-key"
NOT_SENT = "not sent: bulk() was interrupted before this item started; it is safe to send again"
IN_FLIGHT = ("outcome unknown: bulk() was interrupted while this item's request was in flight; "
             "check whether it took effect before sending it again")


def check_options(concurrency: Any, rate_limit: Any) -> None:
    """Refuse a concurrency that is not a whole number from 1, or a rate limit that is neither
    None (no limit) nor a finite number of requests per second from `MIN_RATE_LIMIT`."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise BlandValidationError(f"concurrency={concurrency!r}: must be a whole number, 1 or more")
    if rate_limit is not None:
        _check_rate(rate_limit)


def _check_rate(rate: Any) -> None:
    number = isinstance(rate, (int, float)) and not isinstance(rate, bool)
    if not (number and MIN_RATE_LIMIT <= rate < math.inf):
        raise BlandValidationError(f"rate_limit={rate!r}: must be a number of requests per second from "
                                   f"{MIN_RATE_LIMIT} up (a request every {1 / MIN_RATE_LIMIT:g} s), or None for no limit")


class RateLimiter:
    """A token bucket shared by threads or tasks: `rate` requests per second, bursts of `burst`."""

    def __init__(self, rate: float, burst: int = 1):
        _check_rate(rate)
        self.interval = 1.0 / rate
        self.burst = burst
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a slot; return how long to wait before using it."""
        with self._lock:
            now = time.monotonic()
            earliest = now - (self.burst - 1) * self.interval
            self._next = max(self._next, earliest)
            delay = self._next - now
            self._next += self.interval
            return max(delay, 0.0)


@dataclass
class BulkItem:
    """The outcome for one input: `result` if it succeeded, `error` if it failed. `idempotency_key`
    is the key sent with it, for an endpoint that takes one (it is also in `params`)."""

    index: int
    params: dict[str, Any]
    result: Any = None
    error: Optional[BaseException] = None
    idempotency_key: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.error is None


class BulkResult(list):
    """One `BulkItem` per input, in input order."""

    @property
    def errors(self) -> list[BulkItem]:
        return [item for item in self if not item.ok]

    @property
    def ok(self) -> bool:
        return not self.errors

    def values(self) -> list[Any]:
        """The results in input order; raises the first error if any item failed."""
        for item in self:
            if item.error is not None:
                raise item.error
        return [item.result for item in self]

    def __repr__(self) -> str:
        return f"<BulkResult {len(self)} items, {len(self.errors)} failed>"


class BulkInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped `bulk()`. `.result` is the `BulkResult`, every item in it: `.not_sent` are
    the items never sent (safe to send again), `.in_flight` those whose outcome is unknown."""

    def __init__(self, result: BulkResult, not_sent: list[BulkItem], in_flight: list[BulkItem]):
        finished = len(result) - len(not_sent) - len(in_flight)
        super().__init__(f"bulk() interrupted: {finished} of {len(result)} items finished, {len(not_sent)} not sent, "
                         f"{len(in_flight)} in flight (outcome unknown); see .result")
        self.result, self.not_sent, self.in_flight = result, not_sent, in_flight

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.result, self.not_sent, self.in_flight)


def _as_params(endpoint: Endpoint, item: Any) -> dict[str, Any]:
    """A dict of parameters as given, or a bare value for the endpoint's first path parameter."""
    if isinstance(item, dict):
        return dict(item)
    if not endpoint.path_params:
        raise BlandValidationError(f"bulk {endpoint.name}: items must be dicts of parameters (it has no path id)")
    return {endpoint.path_params[0]: item}


def _keyed(endpoint: Endpoint, index: int, params: dict[str, Any]) -> BulkItem:
    """The item, with its idempotency key (the one given, or a new one put into `params`) if the endpoint takes one."""
    name = next((name for name, header in endpoint.headers.items() if header == KEY_HEADER), None)
    if name is None:
        return BulkItem(index, params)
    key = params.get(name) or params.get(KEY_HEADER)
    if key is None:
        key = params[name] = uuid.uuid4().hex
    return BulkItem(index, params, idempotency_key=key)


def _prepare(endpoint: Endpoint, items: Iterable[Any], concurrency: int, rate_limit: Optional[float]):
    check_options(concurrency, rate_limit)
    result = BulkResult(_keyed(endpoint, i, _as_params(endpoint, item)) for i, item in enumerate(items))
    return _Run(result), RateLimiter(rate_limit, burst=concurrency) if rate_limit else None


def fill(item: BulkItem, call: Callable[[dict[str, Any]], Any], limiter: Optional[RateLimiter] = None) -> None:
    """Run `call` for one item, once the limiter allows: its result, or whatever `Exception` it raised, goes into `item`."""
    if limiter:
        time.sleep(limiter.reserve())
    try:
        item.result = call(dict(item.params))
    except Exception as exc:
        item.error = exc


class _Run:
    """The items of one bulk run, taken in turn by its workers (threads or tasks), until
    `interrupt()` gives the ones not finished their error."""

    def __init__(self, result: BulkResult):
        self.result = result
        self.pending = deque(result)
        self.sending: dict[int, BulkItem] = {}
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def workers(self, concurrency: int) -> range:
        return range(min(concurrency, len(self.result)))

    def take(self) -> Optional[BulkItem]:
        """The next item to send, or None when none is left (or the run was interrupted)."""
        with self.lock:
            if not self.pending:
                return None
            item = self.pending.popleft()
            self.sending[item.index] = item
            return item

    def finish(self, item: BulkItem, result: Any = None, error: Optional[BaseException] = None) -> None:
        with self.lock:
            if self.sending.pop(item.index, None) is not None:  # after `interrupt()`, its error stands
                item.result, item.error = result, error

    def interrupt(self) -> BulkInterrupted:
        """Start no more items; give each item not finished its error; the exception to raise."""
        self.stopped.set()
        with self.lock:
            not_sent, in_flight = list(self.pending), sorted(self.sending.values(), key=lambda item: item.index)
            self.pending.clear()
            self.sending.clear()
        for items, message in ((not_sent, NOT_SENT), (in_flight, IN_FLIGHT)):
            for item in items:
                item.error = BlandError(message)
        return BulkInterrupted(self.result, not_sent, in_flight)


def run_bulk(client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int,
             rate_limit: Optional[float]) -> BulkResult:
    run, limiter = _prepare(endpoint, items, concurrency, rate_limit)
    call = partial(client.request, endpoint)

    def worker() -> None:
        while run.pending:
            if limiter:
                run.stopped.wait(limiter.reserve())
            item = run.take()
            if item is None:
                return
            try:
                run.finish(item, call(dict(item.params)))
            except Exception as exc:
                run.finish(item, error=exc)

    threads = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="bland-bulk")
    try:
        done, _ = wait([threads.submit(worker) for _ in run.workers(concurrency)], return_when=FIRST_EXCEPTION)
        for task in done:
            task.result()  # a KeyboardInterrupt raised in a worker
    except KeyboardInterrupt:
        raise run.interrupt() from None
    finally:
        threads.shutdown(wait=False)  # after an interrupt, requests in flight end on their own
    return run.result


class _Interrupted(Exception):
    """A KeyboardInterrupt inside a bulk task, carried out of it (a task must not raise one)."""


async def arun_bulk(client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int,
                    rate_limit: Optional[float]) -> BulkResult:
    run, limiter = _prepare(endpoint, items, concurrency, rate_limit)
    call = partial(client.request, endpoint)

    async def worker() -> None:
        while run.pending:
            if limiter:
                await asyncio.sleep(limiter.reserve())
            item = run.take()
            if item is None:
                return
            try:
                run.finish(item, await call(dict(item.params)))
            except Exception as exc:
                run.finish(item, error=exc)
            except KeyboardInterrupt:
                raise _Interrupted from None

    tasks = [asyncio.ensure_future(worker()) for _ in run.workers(concurrency)]
    try:
        await asyncio.gather(*tasks)
    except _Interrupted:
        raise run.interrupt() from None
    except asyncio.CancelledError:
        run.interrupt()  # marks the items not finished; the cancellation goes on
        raise
    finally:
        for task in tasks:
            task.cancel()
    return run.result
