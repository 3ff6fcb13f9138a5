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

Batch after batch: `BulkRunner`
-------------------------------

`client.bulk` sends one list and waits. For items that arrive in batches (pages of a list,
chunks of a file too big to hold), a `BulkRunner` (for a `BlandClient`) keeps one pool of
`concurrency` workers and one rate limit across them. `submit()` queues a batch and returns a
`BulkJob` at once, so the next batch is read while this one is sent; a batch submitted while
another is sent queues behind it, so requests in flight neither exceed `concurrency` nor drop
between batches. `job.result()` waits for the batch's `BulkResult`, with everything said above.

```python
with bland_nb.BulkRunner(client, concurrency=16, rate_limit=50) as runner:
    previous = None
    for page in client.calls.list(limit=1000).iter_pages():
        job = runner.submit("get_call", [row["call_id"] for row in page.rows], json=True)
        if previous:
            save(previous.result())    # this page's details are fetched meanwhile
        previous = job
    if previous:
        save(previous.result())
```

- `json=True` gives each item's JSON as the API sent it (`client.invoke_json`) instead of
  models: reading a `Call` model costs about a tenth of the client's time per request.
- `job.cancel()` sends no more of a job's items: those not started get an error saying they
  were never sent; `result()` then returns once the requests under way have ended.
- Leaving `with` normally waits for every job submitted (as `concurrent.futures` does); leaving
  on an exception sends nothing more and waits for the requests under way; on Ctrl-C it waits
  for nothing. Ctrl-C in `job.result()` stops every job of the runner and raises
  `BulkInterrupted` for that job; the other jobs' items get their "not sent" or "in flight" error.
- Bad options are refused when the runner is made; no thread starts until a batch is
  submitted, and workers idle for `IDLE_SECONDS` end (the next batch starts them again).
- `MIN_RATE_LIMIT` is the slowest `rate_limit` taken, for whoever checks one beforehand.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any, Optional, Union

from ._endpoint import Endpoint
from ._exceptions import BlandError, BlandValidationError

__all__ = ["BulkInterrupted", "BulkItem", "BulkJob", "BulkResult", "BulkRunner", "MIN_RATE_LIMIT", "RateLimiter"]

MIN_RATE_LIMIT = 0.01
"""The slowest rate limit taken (a request every 100 seconds): a slower one is a typo, and 1e-300 would never send."""
IDLE_SECONDS = 2.0
"""How long a `BulkRunner` worker waits for a batch before it ends."""
KEY_HEADER = "idempotency-key"
NOT_SENT = "not sent: bulk() was interrupted before this item started; it is safe to send again"
IN_FLIGHT = (
    "outcome unknown: bulk() was interrupted while this item's request was in flight; "
    "check whether it took effect before sending it again"
)
CANCELLED = "not sent: its bulk job was cancelled before this item started; it is safe to send again"


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
        raise BlandValidationError(
            f"rate_limit={rate!r}: must be a number of requests per second from "
            f"{MIN_RATE_LIMIT} up (a request every {1 / MIN_RATE_LIMIT:g} s), or None for no limit"
        )


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
        super().__init__(
            f"bulk() interrupted: {finished} of {len(result)} items finished, {len(not_sent)} not sent, "
            f"{len(in_flight)} in flight (outcome unknown); see .result"
        )
        self.result, self.not_sent, self.in_flight = result, not_sent, in_flight

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.result, self.not_sent, self.in_flight)


def _items(endpoint: Endpoint, items: Iterable[Any]) -> BulkResult:
    """One `BulkItem` per input: a dict of parameters as given (copied), or a bare value for the
    endpoint's first path parameter; with its idempotency key (the one given, or a new one put
    into its params) if the endpoint takes one."""
    key_name = next((name for name, header in endpoint.headers.items() if header == KEY_HEADER), None)
    first = endpoint.path_params[0] if endpoint.path_params else None
    result = BulkResult()
    for index, item in enumerate(items):
        if isinstance(item, dict):
            params = dict(item)
        elif first is None:
            raise BlandValidationError(f"bulk {endpoint.name}: items must be dicts of parameters (it has no path id)")
        else:
            params = {first: item}
        if key_name is None:
            result.append(BulkItem(index, params))
            continue
        key = params.get(key_name) or params.get(KEY_HEADER)
        if key is None:
            key = params[key_name] = uuid.uuid4().hex
        result.append(BulkItem(index, params, idempotency_key=key))
    return result


class BulkJob:
    """The items of one bulk run or one `BulkRunner.submit`, taken in turn by the workers.

    `result()` waits for the `BulkResult`; `cancel()` sends no more of its items; `done()` says
    whether every item has its result or error. The underscored methods are the workers' and
    are called with `lock` held."""

    def __init__(
        self, items: BulkResult, call: Callable[[dict[str, Any]], Any], lock: Any, runner: Optional[BulkRunner] = None
    ):
        self.items = items
        self._call = call
        self._lock = lock
        self._runner = runner
        self._pending = deque(items)
        self._sending: dict[int, BulkItem] = {}
        self._left = len(items)
        self._finished = threading.Event()
        self._interruption: Optional[tuple[list[BulkItem], list[BulkItem]]] = None
        if not items:
            self._finished.set()

    def result(self, timeout: Optional[float] = None) -> BulkResult:
        """The `BulkResult` (one item per input, in order) once every item has finished.

        Raises `TimeoutError` if `timeout` seconds pass first, and `BulkInterrupted` if Ctrl-C
        stopped the runner (here, while waiting, or in another job's `result()`)."""
        stopped = False
        try:
            finished = self._finished.wait(timeout)
        except KeyboardInterrupt:
            stopped = finished = True
        if stopped:
            self._interrupt()
        if not finished:
            raise TimeoutError(f"{self!r}: not finished after {timeout} s")
        if self._interruption is not None:
            raise BulkInterrupted(self.items, *self._interruption)
        return self.items

    def cancel(self) -> int:
        """Send none of the items not started yet (each gets an error saying it was never sent);
        the requests under way go on. Returns how many items were cancelled."""
        with self._lock:
            return self._stop(interrupted=False)

    def done(self) -> bool:
        return self._finished.is_set()

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        with self._lock:
            return f"<BulkJob {len(self.items)} items, {self._left} not finished>"

    def _interrupt(self) -> None:
        if self._runner is not None:
            self._runner._interrupt()
        else:
            with self._lock:
                self._stop(interrupted=True)

    def _take(self) -> Optional[BulkItem]:
        """The next item to send, or None when none is left."""
        if not self._pending:
            return None
        item = self._pending.popleft()
        self._sending[item.index] = item
        return item

    def _finish(self, item: BulkItem, result: Any = None, error: Optional[BaseException] = None) -> None:
        if self._sending.pop(item.index, None) is not None:  # after `_stop(interrupted=True)`, its error stands
            item.result, item.error = result, error
            self._count_down(1)

    def _stop(self, *, interrupted: bool) -> int:
        """Start no more items; give each item not started (and, if `interrupted`, each in flight) its error."""
        if not self._left:
            return 0
        not_sent, in_flight = list(self._pending), []
        self._pending.clear()
        if not_sent and self._runner is not None:
            self._runner._queue.remove(self)  # queued while it had items to take
        if interrupted:
            in_flight = sorted(self._sending.values(), key=lambda item: item.index)
            self._sending.clear()
            self._interruption = not_sent, in_flight
        for items, message in ((not_sent, NOT_SENT if interrupted else CANCELLED), (in_flight, IN_FLIGHT)):
            for item in items:
                item.error = BlandError(message)
        self._count_down(len(not_sent) + len(in_flight))
        return len(not_sent)

    def _count_down(self, finished: int) -> None:
        self._left -= finished
        if self._runner is not None:
            self._runner._unfinished -= finished
        if not self._left:
            self._finished.set()
            if self._runner is not None:
                self._runner._live.discard(self)


class BulkRunner:
    """One pool of `concurrency` worker threads and one rate limit (`rate_limit` requests a
    second) for batch after batch of bulk calls of a `BlandClient`.

    ```python
    with bland_nb.BulkRunner(client, concurrency=16, rate_limit=50) as runner:
        first = runner.submit("get_call", page_one_ids)        # returns at once
        second = runner.submit("get_call", page_two_ids)       # queued behind the first
        first.result(), second.result()                        # BulkResults, as client.bulk gives
    ```

    Each job's items are sent in order, after the jobs submitted before it; each item gets its
    result or its own error, as with `client.bulk`. `job.cancel()` sends no more of a job's
    items. Leaving `with` normally waits for every job; on an exception, nothing more is sent
    and the requests under way are awaited; Ctrl-C in `job.result()` stops every job and raises
    `BulkInterrupted`. Threads start with the first batch and end after `IDLE_SECONDS` idle.
    """

    def __init__(self, client: Any, *, concurrency: int = 8, rate_limit: Optional[float] = None):
        check_options(concurrency, rate_limit)
        request = getattr(client, "request", None)
        if not callable(request) or inspect.iscoroutinefunction(request):
            raise BlandValidationError(
                f"BulkRunner takes a BlandClient (not {type(client).__name__}); "
                "with an AsyncBlandClient, `await client.bulk(...)` runs tasks instead"
            )
        self.client = client
        self.concurrency = concurrency
        self.rate_limit = rate_limit
        self._limiter = RateLimiter(rate_limit, burst=concurrency) if rate_limit else None
        self._cond = threading.Condition(threading.Lock())
        self._queue: deque[BulkJob] = deque()  # jobs with items not taken yet, in submission order
        self._live: set[BulkJob] = set()  # jobs not finished
        self._threads: list[threading.Thread] = []
        self._workers = 0  # alive, busy or waiting for items
        self._unfinished = 0  # items of the jobs not finished: queued or in flight
        self._open = True
        self._stopping = threading.Event()  # set by Ctrl-C: wakes workers waiting for the rate limit

    def submit(self, endpoint: Union[str, Endpoint], items: Iterable[Any], *, json: bool = False) -> BulkJob:
        """Queue one call of `endpoint` (a catalog name) per item, behind the jobs already queued,
        and return its `BulkJob` at once. Items are as for `client.bulk`: dicts of parameters, or
        bare values of the endpoint's path id. `json=True`: each result is the JSON as the API
        sent it (`client.invoke_json`), not models."""
        if isinstance(endpoint, str):
            endpoint = self.client.endpoint(endpoint)
        items = _items(endpoint, items)
        call = partial(_invoke_json, self.client, endpoint.name) if json else partial(self.client.request, endpoint)
        job = BulkJob(items, call, self._cond, self)
        with self._cond:
            if not self._open:
                raise BlandError(f"{self!r} is closed: it takes no more jobs")
            if items:
                self._queue.append(job)
                self._live.add(job)
                self._unfinished += len(items)
                self._start()
                self._cond.notify(len(items))
        return job

    def close(self, *, cancel: bool = False, wait: bool = True) -> None:
        """Take no more jobs. The workers finish the items queued (none, with `cancel=True`: those
        not started get an error saying they were never sent) and end; `wait` waits for them."""
        with self._cond:
            self._open = False
            if cancel:
                for job in list(self._queue):
                    job._stop(interrupted=False)
            self._cond.notify_all()
        if wait:
            for thread in self._threads:
                thread.join()

    def __enter__(self) -> BulkRunner:
        return self

    def __exit__(self, kind: Optional[type], *exc_info: Any) -> None:
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            self._interrupt()
            self.close(wait=False)  # the requests in flight end on their own
        else:
            self.close(cancel=kind is not None)

    def __repr__(self) -> str:
        limit = f", rate_limit={self.rate_limit}" if self.rate_limit else ""
        return f"<BulkRunner concurrency={self.concurrency}{limit}, {len(self._live)} jobs not finished>"

    # -- the workers ------------------------------------------------------------------------------

    def _start(self) -> None:
        """Start workers until there is one per unfinished item, within `concurrency` (the lock is held)."""
        wanted = min(self.concurrency, self._unfinished) - self._workers
        if wanted > 0:
            self._threads = [thread for thread in self._threads if thread.is_alive()]
        for _ in range(wanted):
            thread = threading.Thread(target=self._work, name=f"bland-bulk-{len(self._threads)}", daemon=True)
            self._threads.append(thread)
            self._workers += 1
            thread.start()

    def _next(self) -> Optional[tuple[BulkJob, BulkItem]]:
        """The next item and its job, or None when no item is queued (the lock is held)."""
        while self._queue:
            job = self._queue[0]
            item = job._take()
            if not job._pending:
                self._queue.popleft()
            if item is not None:
                return job, item
        return None

    def _wait_for_items(self) -> bool:
        """Wait until an item is queued (True), or until the runner closes or the worker has
        idled for `IDLE_SECONDS` (False: the worker ends). The lock is held."""
        while not self._queue:
            if not self._open:
                return False
            if not self._cond.wait(IDLE_SECONDS) and not self._queue:
                return False
        return True

    def _work(self) -> None:
        cond, limiter = self._cond, self._limiter
        try:
            while True:
                with cond:
                    if not self._wait_for_items():
                        self._workers -= 1
                        return
                    taken = None if limiter else self._next()
                if limiter:  # a slot first, then an item: an item waiting for its slot is not yet sent
                    if self._stopping.wait(limiter.reserve()):
                        break
                    with cond:
                        taken = self._next()
                if taken is None:
                    continue
                job, item = taken
                try:
                    result = job._call(dict(item.params))
                except Exception as exc:
                    with cond:
                        job._finish(item, error=exc)
                except KeyboardInterrupt:  # raised inside the call: stop as Ctrl-C would
                    self._interrupt()
                    break
                else:
                    with cond:
                        job._finish(item, result)
        except BaseException:
            self._interrupt()  # a worker that dies must not leave a job waiting forever
            raise
        with cond:
            self._workers -= 1

    def _interrupt(self) -> None:
        """Ctrl-C: start no more items of any job; every item not finished gets its error."""
        with self._cond:
            self._open = False
            self._stopping.set()
            for job in list(self._live):
                job._stop(interrupted=True)
            self._cond.notify_all()


def _invoke_json(client: Any, name: str, params: dict[str, Any]) -> Any:
    return client.invoke_json(name, **params)


def run_bulk(
    client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int, rate_limit: Optional[float]
) -> BulkResult:
    """`client.bulk`: one job of a runner of its own."""
    with BulkRunner(client, concurrency=concurrency, rate_limit=rate_limit) as runner:
        return runner.submit(endpoint, items).result()


class _Interrupted(Exception):
    """A KeyboardInterrupt inside a bulk task, carried out of it (a task must not raise one)."""


async def arun_bulk(
    client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int, rate_limit: Optional[float]
) -> BulkResult:
    """`AsyncBlandClient.bulk`: the job's items taken in turn by `concurrency` tasks."""
    check_options(concurrency, rate_limit)
    limiter = RateLimiter(rate_limit, burst=concurrency) if rate_limit else None
    job = BulkJob(_items(endpoint, items), partial(client.request, endpoint), threading.Lock())

    async def worker() -> None:
        while job._pending:
            if limiter:
                await asyncio.sleep(limiter.reserve())
            with job._lock:
                item = job._take()
            if item is None:
                return
            try:
                result = await job._call(dict(item.params))
            except Exception as exc:
                result, error = None, exc
            except KeyboardInterrupt:
                raise _Interrupted from None
            else:
                error = None
            with job._lock:
                job._finish(item, result, error)

    tasks = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(job)))]
    try:
        await asyncio.gather(*tasks)
    except _Interrupted:
        job._interrupt()
    except asyncio.CancelledError:
        job._interrupt()  # marks the items not finished; the cancellation goes on
        raise
    finally:
        for task in tasks:
            task.cancel()
    return job.result()
