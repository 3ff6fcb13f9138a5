"""Calls as frames: List Calls page by page; Call Details and transcripts fetched by a `bland_nb.BulkRunner`."""

from __future__ import annotations

import inspect
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, Optional

import pandas as pd

from .. import BlandError, BlandValidationError, BulkJob, BulkResult, BulkRunner
from ._columns import CALL_DETAILS, CALLS, TRANSCRIPTS
from ._convert import Chunk, chunk, frame, to_arrow, to_frame

__all__ = ["call_chunks", "call_columns", "calls", "list_params", "progress_bar", "require_client", "transcripts"]

PAGE_SIZE = 1000
"""List Calls' largest page."""
CONCURRENCY = 8
"""Requests in flight at once, by default: List Calls pages, and Call Details with `detail=True`."""
PROGRESS_DELAY = 1.0
"""Seconds a fetch runs before its progress bar shows."""


def calls(
    client: Any,
    *,
    start: Any = None,
    end: Any = None,
    campaign_id: Optional[str] = None,
    batch_id: Optional[str] = None,
    detail: bool = False,
    concurrency: int = CONCURRENCY,
    rate_limit: Optional[float] = None,
    page_size: int = PAGE_SIZE,
    progress: bool = True,
    **filters: Any,
) -> pd.DataFrame:
    """One row per call, oldest first, from List Calls (every page).

    ```python
    df = frames.calls(client, start="2026-11-01", end="2026-11-26", campaign_id=cid)
    df = frames.calls(client, batch_id=bid, detail=True, concurrency=16, rate_limit=50)
    ```

    `start`/`end` bound the creation date (dates are whole UTC days); other List Calls filters
    (`answered_by=`, `completed=`, `inbound=`, `to_number=` ...) pass through as keywords.

    The first page's answer says how many calls match; the other pages are then asked for
    `concurrency` at a time (at most `rate_limit` requests a second, each retried as
    `client.calls.list` is), converted as they arrive, and stacked in order. Without a total in
    the answer the pages come one after another, and `df.attrs["paging"]` says so. A bar shows
    the calls fetched when it takes more than a second (`progress=False`: none).

    Columns: `call_id`, `to`, `from`, `error_message`, `transferred_to`, `batch_id`, `campaign_id`
    (string); `created_at`, `started_at`, `end_at` (datetime64[us, UTC]); `call_length` (float64,
    minutes); `price` (float64, dollars); `completed`, `inbound` (bool); `queue_status`, `status`,
    `answered_by`, `call_ended_by` (category).

    `detail=True` fetches Call Details for every call (through the same `concurrency` and
    `rate_limit`) and adds `summary`,
    `concatenated_transcript`, `recording_url`, `pathway_id`, `detail_error` (string); `record`
    (boolean); `corrected_duration` (float64, seconds); `max_duration` (float64, minutes);
    `variables`, `metadata`, `request_data`, `analysis` (object). A call whose details failed
    (an error, an answer that cannot be read) keeps its row: its detail columns are empty,
    `detail_error` says why, `df.attrs["detail_errors"]` maps its id to that, and a warning counts them.
    """
    require_client(client, "calls")
    params = list_params(
        start=start, end=end, campaign_id=campaign_id, batch_id=batch_id, page_size=page_size, **filters
    )
    runner = BulkRunner(client, concurrency=concurrency, rate_limit=rate_limit)  # refuses bad options, starts nothing
    chunks = []
    with runner:
        first = client.invoke("list_calls", **params)
        with progress_bar(progress, first.total, "calls with details" if detail else "calls") as bar:
            for part in call_chunks(first, runner, detail):
                chunks.append(part)
                bar.update(len(part["call_id"]))
                bar.set_postfix(pages=len(chunks), refresh=False)
    df = to_frame(chunks, call_columns(detail))
    df.attrs["paging"] = paging(first, len(chunks))
    if detail:
        failed = df[df["detail_error"].notna()]
        df.attrs["detail_errors"] = dict(zip(failed["call_id"], failed["detail_error"]))
        warn_failures(
            "calls(detail=True): Call Details",
            len(failed),
            len(df),
            "their detail columns are empty; see df.attrs['detail_errors']",
        )
    return df


def progress_bar(show: bool, total: Optional[int], what: str) -> Any:
    """A tqdm bar (`tqdm.auto`: a widget in a notebook, text in a terminal) counting `what`,
    shown once it has run for `PROGRESS_DELAY` seconds; a silent one if not `show`."""
    from tqdm.auto import tqdm  # here: in a notebook it loads ipywidgets, which frames itself never needs

    return tqdm(total=total, desc=what, unit=" calls", disable=not show, delay=PROGRESS_DELAY)


def paging(first: Any, pages: int) -> str:
    """How the pages were fetched, for `df.attrs["paging"]`."""
    if first.total is None:
        return f"sequential: {pages} page(s) one after another (the API's answer gave no total)"
    return f"concurrent: {pages} page(s) of a total of {first.total:,} calls, fetched ahead and kept in order"


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
        raise BlandValidationError(
            f"{function}() takes a BlandClient (not {type(client).__name__}); "
            "for an AsyncBlandClient, build a BlandClient with the same key for the frames"
        )


def call_chunks(first: Any, runner: BulkRunner, detail: bool = False) -> Iterator[Chunk]:
    """The calls of List Calls page `first` and every following page, one `Chunk` a page, in
    order; the pages after the first are fetched ahead by `runner` when the API says its total.
    With `detail`, each page's calls get their Call Details columns, also fetched by `runner`:
    memory stays a few pages.

    Each page's details are submitted before the previous page's are awaited, so the runner's
    requests stay in flight across page boundaries, and a page is read while the next one's
    details arrive. Closing the generator early cancels what is not yet requested."""
    pages = (chunk(page.rows, CALLS) for page in first.iter_pages(runner=runner))
    if not detail:
        yield from pages
        return
    queued: deque[tuple[Chunk, BulkJob]] = deque()
    try:
        for part in pages:
            # The JSON as sent: frames need no `Call` model, which would cost about a tenth of the time per request.
            queued.append((part, runner.submit("get_call", part["call_id"].to_pylist(), json=True)))
            if len(queued) == 2:
                yield with_details(*queued.popleft())
        while queued:
            yield with_details(*queued.popleft())
    finally:
        for _, job in queued:
            job.cancel()


def with_details(part: Chunk, job: BulkJob) -> Chunk:
    """`part` with the Call Details columns of each of its calls, once `job` has them."""
    result = _objects(job.result())
    details = chunk([item.result if item.ok else {} for item in result], CALL_DETAILS)
    errors = to_arrow([None if item.ok else _message(item.error) for item in result], "string")
    return {**part, **details, "detail_error": errors}


def _objects(result: BulkResult) -> BulkResult:
    """`result`, with each Call Details answer that is not a JSON object turned into its item's error."""
    for item in result:
        if item.ok and not isinstance(item.result, dict):
            item.result, item.error = (
                None,
                BlandError(
                    f"Call Details of {item.params['call_id']} answered {type(item.result).__name__}, not a JSON object"
                ),
            )
    return result


def transcripts(
    client: Any, call_ids: Iterable[str], *, concurrency: int = CONCURRENCY, rate_limit: Optional[float] = None
) -> pd.DataFrame:
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
    with BulkRunner(client, concurrency=concurrency, rate_limit=rate_limit) as runner:
        result = _objects(runner.submit("get_call", ids, json=True).result())
    rows = [
        {
            "call_id": item.params["call_id"],
            "position": position,
            "speaker": segment.get("user"),
            "text": segment.get("text"),
            "timestamp": segment.get("created_at"),
        }
        for item in result
        if item.ok
        for position, segment in enumerate(_segments(item.result))
    ]
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
        raise BlandValidationError(
            f"call_ids: {len(bad)} value(s) are not call ids, e.g. {bad[0]!r}; expected non-empty strings"
        )
    return ids


def warn_failures(what: str, failed: int, total: int, hint: str) -> None:
    if failed:
        warnings.warn(f"{what} failed for {failed} of {total} calls; {hint}", RuntimeWarning, stacklevel=3)
