"""Bulk calls: one endpoint for many items, with bounded concurrency and a rate limit.

```python
result = client.bulk("get_call", call_ids, concurrency=16, rate_limit=50)
result.values()          # the calls, in input order (raises if any item failed)
result.errors            # the items that failed, each with its exception
```

Input order is kept and no item is dropped: every input has exactly one `BulkItem`, holding
either its result or its error. Each request still goes through the client's retry policy.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable, Optional

from ._endpoint import Endpoint
from ._exceptions import BlandError, BlandValidationError

__all__ = ["BulkItem", "BulkResult", "RateLimiter"]


class RateLimiter:
    """A token bucket shared by threads or tasks: `rate` requests per second, bursts of `burst`."""

    def __init__(self, rate: float, burst: int = 1):
        if rate <= 0:
            raise BlandValidationError(f"rate_limit={rate!r}: must be a positive number of requests per second")
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
    """The outcome for one input: `result` if it succeeded, `error` if it failed."""

    index: int
    params: dict[str, Any]
    result: Any = None
    error: Optional[BaseException] = None

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


def _as_params(endpoint: Endpoint, item: Any) -> dict[str, Any]:
    """A dict of parameters as given, or a bare value for the endpoint's first path parameter."""
    if isinstance(item, dict):
        return dict(item)
    if not endpoint.path_params:
        raise BlandValidationError(f"bulk {endpoint.name}: items must be dicts of parameters (it has no path id)")
    return {endpoint.path_params[0]: item}


def _prepare(endpoint: Endpoint, items: Iterable[Any], concurrency: int, rate_limit: Optional[float]):
    if concurrency < 1:
        raise BlandValidationError(f"concurrency={concurrency!r}: must be at least 1")
    params = [_as_params(endpoint, item) for item in items]
    limiter = RateLimiter(rate_limit, burst=concurrency) if rate_limit else None
    return BulkResult(BulkItem(i, p) for i, p in enumerate(params)), limiter


def fill(item: BulkItem, call: Callable[[dict[str, Any]], Any], limiter: Optional[RateLimiter] = None) -> None:
    """Run `call` for one item, once the limiter allows: its result, or the `BlandError` it raised, goes into `item`."""
    if limiter:
        time.sleep(limiter.reserve())
    try:
        item.result = call(dict(item.params))
    except BlandError as exc:
        item.error = exc


def run_bulk(client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int,
             rate_limit: Optional[float]) -> BulkResult:
    result, limiter = _prepare(endpoint, items, concurrency, rate_limit)
    one = partial(fill, call=partial(client._invoke, endpoint), limiter=limiter)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="bland-bulk") as pool:
        list(pool.map(one, result))
    return result


async def arun_bulk(client: Any, endpoint: Endpoint, items: Iterable[Any], *, concurrency: int,
                    rate_limit: Optional[float]) -> BulkResult:
    result, limiter = _prepare(endpoint, items, concurrency, rate_limit)
    pending = iter(result)

    async def worker() -> None:
        for item in pending:  # workers share one iterator: each item is taken once
            if limiter:
                await asyncio.sleep(limiter.reserve())
            try:
                item.result = await client._invoke(endpoint, dict(item.params))
            except BlandError as exc:
                item.error = exc

    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(result)) or 1)))
    return result
