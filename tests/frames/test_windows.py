"""frames.calls fetches List Calls windows ahead, in order, and falls back to one after another."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any, Optional

import httpx
import pytest

import bland_nb.frames as frames
from bland_nb import APIResponseValidationError, APIStatusError, BlandClient
from bland_nb.frames import _calls
from bland_nb.sandbox import Faults, Sandbox

Rewrite = Callable[[httpx.Request, dict[str, Any]], dict[str, Any]]


class Lists(httpx.BaseTransport):
    """The sandbox, with List Calls answered after a pause and its answer rewritten by `rewrite`;
    records each window's `from` and the most windows in flight at once."""

    def __init__(self, inner: httpx.BaseTransport, pause: float = 0.02, rewrite: Optional[Rewrite] = None):
        self.inner, self.pause, self.rewrite = inner, pause, rewrite
        self.windows: list[int] = []
        self.in_flight = self.peak = 0
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/calls":
            return self.inner.handle_request(request)
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.windows.append(int(request.url.params["from"]))
        time.sleep(self.pause)
        response = self.inner.handle_request(request)
        with self.lock:
            self.in_flight -= 1
        if self.rewrite is None or response.status_code != 200:
            return response
        body = self.rewrite(request, json.loads(response.read()))
        return httpx.Response(200, json=body)


def sandbox_ids(sandbox: Sandbox) -> list[str]:
    return [call["call_id"] for call in sandbox.store.calls.timeline]


def without_total(request: httpx.Request, body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key != "total_count"}


def test_windows_are_fetched_concurrently_and_stacked_in_order(sandbox: Sandbox) -> None:
    transport = Lists(sandbox.transport)
    df = frames.calls(BlandClient(api_key=sandbox.api_key, transport=transport), page_size=50, concurrency=4)
    ids = sandbox_ids(sandbox)
    assert list(df["call_id"]) == ids  # every call once, oldest first
    assert transport.peak == 4  # the concurrency, no more
    pages = len(ids) // 50 + 1  # the last full page says more may follow: one more, empty, page is asked
    assert sorted(transport.windows) == [50 * n for n in range(pages)]  # each window asked once
    assert df.attrs["paging"].startswith(f"concurrent: {pages} page(s) of a total of {len(ids):,} calls")
    logged = [entry for entry in sandbox.log if entry["endpoint"] == "list_calls"][-pages:]
    assert sorted(int(entry["query"]["from"]) for entry in logged) == [50 * n for n in range(pages)]


def test_the_typed_columns_are_those_of_one_page_read_at_once(sandbox: Sandbox, calls_df: Any) -> None:
    import pandas as pd

    df = frames.calls(sandbox.client(), page_size=70, concurrency=3)
    pd.testing.assert_frame_equal(df, calls_df)  # categories sorted over every page, not per page
    assert df["status"].cat.categories.is_monotonic_increasing


def test_without_a_total_the_pages_come_one_after_another(sandbox: Sandbox) -> None:
    transport = Lists(sandbox.transport, pause=0.005, rewrite=without_total)
    df = frames.calls(BlandClient(api_key=sandbox.api_key, transport=transport), page_size=100, concurrency=4)
    assert list(df["call_id"]) == sandbox_ids(sandbox)
    assert transport.peak == 1 and transport.windows == sorted(transport.windows)
    assert df.attrs["paging"].startswith("sequential:") and "no total" in df.attrs["paging"]


def test_calls_past_the_announced_total_are_fetched_after_it(sandbox: Sandbox) -> None:
    """A list that grew after its total was sent: the windows cover the total, then one after another."""

    def smaller(request: httpx.Request, body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "total_count": body["total_count"] - 230}

    transport = Lists(sandbox.transport, pause=0.005, rewrite=smaller)
    df = frames.calls(BlandClient(api_key=sandbox.api_key, transport=transport), page_size=100, concurrency=4)
    ids = sandbox_ids(sandbox)
    assert list(df["call_id"]) == ids
    assert sorted(transport.windows) == [100 * n for n in range(len(ids) // 100 + 1)]


def test_a_total_larger_than_the_list_ends_at_the_first_short_page(sandbox: Sandbox) -> None:
    def larger(request: httpx.Request, body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "total_count": body["total_count"] + 100_000}

    transport = Lists(sandbox.transport, pause=0.005, rewrite=larger)
    df = frames.calls(BlandClient(api_key=sandbox.api_key, transport=transport), page_size=100, concurrency=4)
    ids = sandbox_ids(sandbox)
    assert list(df["call_id"]) == ids
    last = len(ids) // 100  # the short page
    assert max(transport.windows) <= 100 * (last + 4)  # no more than the windows asked ahead of it
    assert len(transport.windows) == len(set(transport.windows))


def test_a_page_that_keeps_failing_raises_and_asks_for_no_more(sandbox: Sandbox) -> None:
    class Broken(Lists):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/calls" and request.url.params["from"] == "300":
                self.windows.append(300)
                return httpx.Response(500, json={"message": "window 300 is down"})
            return super().handle_request(request)

    transport = Broken(sandbox.transport, pause=0.005)
    client = BlandClient(api_key=sandbox.api_key, transport=transport, max_retries=1)
    with pytest.raises(APIStatusError, match="window 300 is down"):
        frames.calls(client, page_size=100, concurrency=3)
    time.sleep(0.05)
    assert transport.windows.count(300) == 2  # retried once, as the client's policy says
    assert max(transport.windows) <= 300 + 3 * 100  # the windows ahead of it, no further


def test_a_server_that_ignores_the_window_is_stopped(sandbox: Sandbox) -> None:
    class Ignoring(Lists):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/calls":
                request.url = request.url.copy_set_param("from", "0")
            return super().handle_request(request)

    transport = Ignoring(sandbox.transport, pause=0)
    with pytest.raises(APIResponseValidationError, match="already sent"):
        frames.calls(BlandClient(api_key=sandbox.api_key, transport=transport), page_size=100, concurrency=2)


def test_no_call_is_lost_or_doubled_with_errors_and_a_rate_limit() -> None:
    sandbox = Sandbox(seed=5, calls=1200, faults=Faults(error_rate=0.05, rate_limit_per_s=200, seed=2))
    transport = Lists(sandbox.transport, pause=0)
    client = BlandClient(api_key=sandbox.api_key, transport=transport, max_retries=8)
    df = frames.calls(client, page_size=40, concurrency=6, rate_limit=150)
    assert list(df["call_id"]) == sandbox_ids(sandbox)
    assert len(transport.windows) > len(set(transport.windows))  # some windows failed, and were asked again


def test_the_progress_bar_counts_calls_and_pages(sandbox: Sandbox, capsys: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(_calls, "PROGRESS_DELAY", 0)
    frames.calls(sandbox.client(), page_size=500, progress=False)
    assert capsys.readouterr().err == ""
    df = frames.calls(sandbox.client(), page_size=500)
    shown = capsys.readouterr().err
    assert "calls: 100%" in shown and f"{len(df)}/{len(df)}" in shown and f"pages={len(df) // 500 + 1}" in shown


def test_the_progress_bar_waits_a_moment_before_showing(sandbox: Sandbox, capsys: Any) -> None:
    frames.calls(sandbox.client(), page_size=500)  # well under PROGRESS_DELAY
    assert capsys.readouterr().err == ""


def test_calls_with_details_count_in_the_same_bar(sandbox: Sandbox, capsys: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(_calls, "PROGRESS_DELAY", 0)
    end = sandbox.store.calls.timeline[120]["created_at"][:10]
    df = frames.calls(sandbox.client(), end=end, detail=True, page_size=50)
    assert "calls with details: 100%" in capsys.readouterr().err
    assert len(df) > 100 and df["detail_error"].isna().all()
