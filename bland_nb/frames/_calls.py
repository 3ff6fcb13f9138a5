"""Calls as frames: List Calls page by page, Call Details and transcripts fetched in bulk."""

from __future__ import annotations

import inspect
import warnings
from collections import deque
from datetime import date
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Optional

import pandas as pd

from .._bulk import BulkItem, BulkResult, RateLimiter, check_options, fill
from .._exceptions import BlandError, BlandValidationError
from ._columns import CALL_DETAILS, CALLS, TRANSCRIPTS
from ._convert import concat, convert, frame

__all__ = ["call_columns", "call_frames", "calls", "list_params", "require_client", "transcripts"]

PAGE_SIZE = 1000
"""List Calls' largest page."""
CONCURRENCY = 16
"""Call Details requests in flight at once, by default."""


def calls(client: Any, *, start: Any = None, end: Any = None, campaign_id: Optional[str] = None,
          batch_id: Optional[str] = None, detail: bool = False, concurrency: int = CONCURRENCY,
          rate_limit: Optional[float] = None, page_size: int = PAGE_SIZE, **filters: Any) -> pd.DataFrame:
    """One row per call, oldest first, from List Calls (every page).

    ```python
    df = frames.calls(client, start="2026-11-01", end="2026-11-26", campaign_id=cid)
    df = frames.calls(client, batch_id=bid, detail=True, concurrency=16, rate_limit=50)
    ```

    `start`/`end` bound the creation date (dates are whole UTC days); other List Calls filters
    (`answered_by=`, `completed=`, `inbound=`, `to_number=` ...) pass through as keywords.

    Columns: `call_id`, `to`, `from`, `error_message`, `transferred_to`, `batch_id`, `campaign_id`
    (string); `created_at`, `started_at`, `end_at` (datetime64[us, UTC]); `call_length` (float64,
    minutes); `price` (float64, dollars); `completed`, `inbound` (bool); `queue_status`, `status`,
    `answered_by`, `call_ended_by` (category).

    `detail=True` fetches Call Details for every call (`concurrency` requests at once, at most
    `rate_limit` a second, each retried as `client.calls.get` is) and adds `summary`,
    `concatenated_transcript`, `recording_url`, `pathway_id`, `detail_error` (string); `record`
    (boolean); `corrected_duration` (float64, seconds); `max_duration` (float64, minutes);
    `variables`, `metadata`, `request_data`, `analysis` (object). A call whose details failed
    (an error, an answer that cannot be read) keeps its row: its detail columns are empty,
    `detail_error` says why, `df.attrs["detail_errors"]` maps its id to that, and a warning counts them.
    """
    require_client(client, "calls")
    params = list_params(start=start, end=end, campaign_id=campaign_id, batch_id=batch_id, page_size=page_size, **filters)
    check_options(concurrency, rate_limit)
    pages = call_frames(client, params, detail=detail, concurrency=concurrency, rate_limit=rate_limit)
    df = concat(pages, call_columns(detail))
    if detail:
        failed = df[df["detail_error"].notna()]
        df.attrs["detail_errors"] = dict(zip(failed["call_id"], failed["detail_error"]))
        warn_failures("calls(detail=True): Call Details", len(failed), len(df),
                      "their detail columns are empty; see df.attrs['detail_errors']")
    return df


def newest_day(client: Any) -> Optional[date]:
    """The UTC day of the account's newest call (List Calls answers newest first), or None without calls."""
    rows = client.calls.list(limit=1).rows
    return pd.to_datetime(rows[0]["created_at"], utc=True).date() if rows else None


def call_columns(detail: bool) -> dict[str, str]:
    """The declared columns of `calls(detail=...)`."""
    return {**CALLS, **CALL_DETAILS, "detail_error": "string"} if detail else dict(CALLS)


def list_params(*, start: Any = None, end: Any = None, page_size: int = PAGE_SIZE, **filters: Any) -> dict[str, Any]:
    """List Calls parameters: oldest first (new calls then only ever add to the end), pages of `page_size`."""
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= PAGE_SIZE:
        raise BlandValidationError(f"page_size={page_size!r}: must be a whole number from 1 to {PAGE_SIZE}")
    given = {"start_date": start, "end_date": end, **filters}
    return {"ascending": True, "limit": page_size, **{k: v for k, v in given.items() if v is not None}}


def require_client(client: Any, function: str) -> None:
    """Exporters take a `BlandClient`; an `AsyncBlandClient` (or anything else) is refused by name."""
    invoke = getattr(client, "invoke", None)
    if not callable(invoke) or inspect.iscoroutinefunction(invoke):
        raise BlandValidationError(f"{function}() takes a BlandClient (not {type(client).__name__}); "
                                   "for an AsyncBlandClient, build a BlandClient with the same key for the frames")


def call_frames(client: Any, params: dict[str, Any], *, detail: bool, concurrency: int,
                rate_limit: Optional[float]) -> Iterator[pd.DataFrame]:
    """One frame per List Calls page (with its calls' details if `detail`): memory stays two pages.

    With details, each page is listed and its details queued before the previous page's are
    awaited, so `concurrency` requests stay in flight across page boundaries, and a page's frame
    is built while the next page's details arrive."""
    pages = (frame(page.rows, CALLS) for page in client.invoke("list_calls", **params).iter_pages())
    if not detail:
        yield from pages
        return
    with DetailPool(client, concurrency, rate_limit) as pool:
        previous = None
        for df in pages:
            queued = df, pool.submit(df["call_id"])
            if previous:
                yield with_details(*previous)
            previous = queued
        if previous:
            yield with_details(*previous)


def with_details(df: pd.DataFrame, details: Callable[[], BulkResult]) -> pd.DataFrame:
    """`df` with the Call Details columns of each of its calls, once `details()` has them."""
    result = details()
    columns = frame([item.result if item.ok else {} for item in result], CALL_DETAILS)
    columns["detail_error"] = convert([None if item.ok else _message(item.error) for item in result], "string")
    return pd.concat([df, columns.set_axis(df.index)], axis=1)


class DetailPool:
    """Call Details from one pool of `concurrency` threads under one rate limit, batch after batch:
    a batch submitted while another is fetched queues behind it, so requests in flight neither
    exceed `concurrency` nor drop between batches. Each detail is the JSON the API sent: frames
    need no `Call` model, and reading one cost about a tenth of the client's time per request."""

    def __init__(self, client: Any, concurrency: int, rate_limit: Optional[float]):
        self.client = client
        self.concurrency = concurrency
        self.limiter = RateLimiter(rate_limit, burst=concurrency) if rate_limit else None
        self.threads = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="bland-frames")
        self.closed = False

    def submit(self, call_ids: Iterable[Any]) -> Callable[[], BulkResult]:
        """Queue the Call Details of `call_ids`; returns a function that waits for them (one item per id, in order)."""
        result = BulkResult(BulkItem(index, {"call_id": call_id}) for index, call_id in enumerate(call_ids))
        # `concurrency` tasks take the items in turn, rather than a task (a future, a lock ...) per
        # item: fewer objects outlive a page, and the garbage collector's full passes stay rare.
        pending = deque(result)
        tasks = [self.threads.submit(self._fetch, pending) for _ in range(min(self.concurrency, len(result)))]

        def wait() -> BulkResult:
            for task in tasks:
                task.result()  # re-raises a KeyboardInterrupt (each `Exception` is in its item)
            return result
        return wait

    def _fetch(self, pending: deque) -> None:
        while not self.closed:
            try:
                item = pending.popleft()
            except IndexError:
                return
            fill(item, self._details, self.limiter)

    def _details(self, params: dict[str, Any]) -> dict[str, Any]:
        body = self.client.invoke_json("get_call", **params)  # retried as any read; errors raised
        if not isinstance(body, dict):
            raise BlandError(f"Call Details of {params['call_id']} answered {type(body).__name__}, not a JSON object")
        return body

    def __enter__(self) -> "DetailPool":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.closed = True  # a caller that stops early leaves no request behind but those under way
        self.threads.shutdown(cancel_futures=True)


def transcripts(client: Any, call_ids: Iterable[str], *, concurrency: int = CONCURRENCY,
                rate_limit: Optional[float] = None) -> pd.DataFrame:
    """One row per utterance of the given calls, in call order then spoken order.

    ```python
    frames.transcripts(client, df.loc[df.answered_by == "human", "call_id"])
    ```

    Columns: `call_id`, `text` (string); `position` (Int64, 0-based within its call); `speaker`
    (category: `assistant`, `user`, ...); `timestamp` (datetime64[us, UTC]). Calls whose details
    failed have no rows: a warning counts them and `df.attrs["failed"]` maps their ids to the error.
    """
    require_client(client, "transcripts")
    ids = _call_ids(call_ids)
    check_options(concurrency, rate_limit)
    with DetailPool(client, concurrency, rate_limit) as pool:
        result = pool.submit(ids)()
    rows = [{"call_id": item.params["call_id"], "position": position, "speaker": segment.get("user"),
             "text": segment.get("text"), "timestamp": segment.get("created_at")}
            for item in result if item.ok
            for position, segment in enumerate(_segments(item.result))]
    df = frame(rows, TRANSCRIPTS)
    df.attrs["failed"] = {item.params["call_id"]: _message(item.error) for item in result if not item.ok}
    warn_failures("transcripts(): Call Details", len(df.attrs["failed"]), len(ids), "see df.attrs['failed']")
    return df


def _message(error: BaseException) -> str:
    """An item's error in a cell: a `BlandError` says what happened; anything else names its type too."""
    return str(error) if isinstance(error, BlandError) else f"{type(error).__name__}: {error}"


def _segments(details: dict[str, Any]) -> list[dict[str, Any]]:
    """A call's transcript segments, skipping any that is not a JSON object."""
    segments = details.get("transcripts")
    return [segment for segment in segments if isinstance(segment, dict)] if isinstance(segments, list) else []


def _call_ids(call_ids: Any) -> list[str]:
    if isinstance(call_ids, str):
        raise BlandValidationError("call_ids: give a list of call ids (for one call: [call_id]), not a single string")
    ids = list(call_ids)
    bad = [value for value in ids if not isinstance(value, str) or not value.strip()]
    if bad:
        raise BlandValidationError(f"call_ids: {len(bad)} value(s) are not call ids, e.g. {bad[0]!r}; "
                                   "expected non-empty strings")
    return ids


def warn_failures(what: str, failed: int, total: int, hint: str) -> None:
    if failed:
        warnings.warn(f"{what} failed for {failed} of {total} calls; {hint}", RuntimeWarning, stacklevel=3)
