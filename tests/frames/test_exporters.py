"""The exporters: every column's dtype (also for empty results), values checked against the
sandbox's own records, Call Details failures kept and reported, bad input refused unsent."""

from __future__ import annotations

import itertools
import sys
import threading
import time
from datetime import datetime
from typing import Any

import httpx
import pandas as pd
import pytest

import bland_nb.frames as frames
from bland_nb import BlandClient, BlandValidationError, BulkInterrupted, BulkRunner
from bland_nb.frames._calls import call_chunks, list_params, newest_day
from bland_nb.frames._columns import BATCHES, BILLING, CALL_DETAILS, CALLS, CAMPAIGNS, TRANSCRIPTS
from bland_nb.sandbox import Sandbox

from .conftest import OddCallDetails, odd_answers

DTYPES = {
    "string": "string",
    "time": "datetime64[us, UTC]",
    "float": "float64",
    "int": "Int64",
    "bool": "bool",
    "boolean": "boolean",
    "category": "category",
    "object": "object",
}


def assert_dtypes(df: pd.DataFrame, columns: dict[str, str]) -> None:
    assert list(df.columns) == list(columns)
    assert {name: str(df[name].dtype) for name in df} == {name: DTYPES[kind] for name, kind in columns.items()}


def moment(text: Any) -> Any:
    return pd.NaT if text is None else pd.Timestamp(datetime.fromisoformat(text.replace("Z", "+00:00")))


# -- calls ------------------------------------------------------------------------------------------


def test_calls_has_every_call_with_its_values_and_dtypes(sandbox: Sandbox, calls_df: pd.DataFrame) -> None:
    assert_dtypes(calls_df, CALLS)
    timeline = sandbox.store.calls.timeline
    assert list(calls_df["call_id"]) == [c["call_id"] for c in timeline]  # oldest first, each once
    for column in ("to", "from", "batch_id", "campaign_id", "transferred_to", "error_message"):
        assert [None if pd.isna(v) else v for v in calls_df[column]] == [c[column] for c in timeline], column
    for column in ("answered_by", "status", "queue_status", "call_ended_by"):
        assert [None if pd.isna(v) else v for v in calls_df[column]] == [c[column] for c in timeline], column
    assert list(calls_df["price"]) == [c["price"] for c in timeline]
    assert list(calls_df["call_length"]) == [c["call_length"] for c in timeline]
    assert list(calls_df["completed"]) == [c["completed"] for c in timeline]
    for column in ("created_at", "started_at", "end_at"):
        assert list(calls_df[column]) == [moment(c[column]) for c in timeline], column
    assert list(calls_df["status"].cat.categories) == sorted({c["status"] for c in timeline})


def test_calls_filters_by_campaign_and_dates(sandbox: Sandbox, client: Any) -> None:
    campaign_id = next(iter(sandbox.store.campaigns.campaigns))
    df = frames.calls(client, campaign_id=campaign_id, start="2026-11-10", end="2026-11-20", page_size=25)
    expected = [
        c["call_id"]
        for c in sandbox.store.calls.timeline
        if c["campaign_id"] == campaign_id and "2026-11-10" <= c["created_at"][:10] <= "2026-11-20"
    ]
    assert expected and list(df["call_id"]) == expected


def test_an_empty_result_keeps_every_column_and_dtype(client: Any) -> None:
    df = frames.calls(client, start="2020-01-01", end="2020-01-02")
    assert len(df) == 0
    assert_dtypes(df, CALLS)
    assert_dtypes(
        frames.calls(client, start="2020-01-01", end="2020-01-02", detail=True),
        {**CALLS, **CALL_DETAILS, "detail_error": "string"},
    )


def test_calls_with_detail_adds_call_details(sandbox: Sandbox, client: Any) -> None:
    batch_id = next(iter(sandbox.store.batches.batches))
    df = frames.calls(client, batch_id=batch_id, detail=True, concurrency=4)
    assert_dtypes(df, {**CALLS, **CALL_DETAILS, "detail_error": "string"})
    assert df["detail_error"].isna().all() and df.attrs["detail_errors"] == {}
    for row in df.itertuples():
        details = sandbox.store.calls.details(row.call_id)
        assert (None if pd.isna(row.summary) else row.summary) == details["summary"]
        assert row.corrected_duration == float(details["corrected_duration"])
        assert row.variables == details["variables"]
        assert bool(row.record) is details["record"]


class FailingCallDetails(httpx.BaseTransport):
    """The sandbox, except that Call Details answers 404 for the given call ids."""

    def __init__(self, inner: httpx.BaseTransport, failing: set[str]):
        self.inner, self.failing = inner, failing

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.rsplit("/", 1)[-1] in self.failing:
            return httpx.Response(404, json={"status": "error", "message": "Call not found"})
        return self.inner.handle_request(request)


def test_failed_details_are_reported_not_dropped(sandbox: Sandbox) -> None:
    campaign_id = list(sandbox.store.campaigns.campaigns)[1]
    ids = [c["call_id"] for c in sandbox.store.calls.of_campaign(campaign_id)]
    failing = set(ids[::7])
    client = BlandClient(api_key=sandbox.api_key, transport=FailingCallDetails(sandbox.transport, failing))
    with pytest.warns(RuntimeWarning, match=f"failed for {len(failing)} of {len(ids)} calls"):
        df = frames.calls(client, campaign_id=campaign_id, detail=True)
    assert list(df["call_id"]) == ids
    failed = df[df["detail_error"].notna()]
    assert set(failed["call_id"]) == failing
    assert failed["detail_error"].str.contains("404").all()
    assert failed["request_data"].isna().all() and df.loc[df["detail_error"].isna(), "request_data"].notna().all()
    assert df.attrs["detail_errors"] == dict(zip(failed["call_id"], failed["detail_error"]))


class SlowCallDetails(httpx.BaseTransport):
    """The sandbox, with Call Details answered after a pause; records each one's (call id, start,
    end) and the most that ran at once."""

    def __init__(self, inner: httpx.BaseTransport, pause: float):
        self.inner, self.pause = inner, pause
        self.details: list[tuple[str, float, float]] = []
        self.in_flight = self.peak = 0
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith("/v1/calls/"):
            return self.inner.handle_request(request)
        started = time.monotonic()
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        time.sleep(self.pause)
        response = self.inner.handle_request(request)
        with self.lock:
            self.in_flight -= 1
            self.details.append((request.url.path.rsplit("/", 1)[-1], started, time.monotonic()))
        return response


def test_detail_requests_stay_in_flight_across_pages_within_the_concurrency(sandbox: Sandbox) -> None:
    transport = SlowCallDetails(sandbox.transport, pause=0.01)
    client = BlandClient(api_key=sandbox.api_key, transport=transport)
    df = frames.calls(client, end="2026-11-01", detail=True, concurrency=2, page_size=20)
    ids = [c["call_id"] for c in sandbox.store.calls.timeline if c["created_at"][:10] <= "2026-11-01"]
    assert len(ids) > 40 and list(df["call_id"]) == ids and df["detail_error"].isna().all()
    assert sorted(call_id for call_id, _, _ in transport.details) == sorted(ids)  # each call's details once
    assert transport.peak == 2
    started = {call_id: start for call_id, start, _ in transport.details}
    ended = {call_id: end for call_id, _, end in transport.details}
    pages = [ids[i : i + 20] for i in range(0, len(ids), 20)]
    for page, following in itertools.pairwise(pages):  # the next page's requests begin before this page's all end
        assert min(started[c] for c in following) < max(ended[c] for c in page)


def test_stopping_early_leaves_no_detail_requests_queued(sandbox: Sandbox) -> None:
    transport = SlowCallDetails(sandbox.transport, pause=0.01)
    client = BlandClient(api_key=sandbox.api_key, transport=transport)
    with BulkRunner(client, concurrency=2) as runner:
        pages = call_chunks(client.invoke("list_calls", **list_params(page_size=30)), runner, detail=True)
        first = next(pages)
        pages.close()
    made = len(transport.details)  # leaving the runner waited for the requests under way
    time.sleep(0.05)
    assert len(first["call_id"]) == 30 and first["detail_error"].null_count == 30
    assert len(transport.details) == made and 30 <= made < 60  # the second page was queued, then cancelled


def test_ctrl_c_stops_calls_with_details_and_leaves_no_request_behind(sandbox: Sandbox) -> None:
    transport = SlowCallDetails(sandbox.transport, pause=0.005)
    odd = {}
    client = BlandClient(api_key=sandbox.api_key, transport=OddCallDetails(transport, odd))
    ids = [c["call_id"] for c in sandbox.store.calls.timeline if c["created_at"][:10] <= "2026-11-01"]
    odd[ids[45]] = KeyboardInterrupt()  # as Ctrl-C would, in the middle of the third page's details
    with pytest.raises(BulkInterrupted) as caught:
        frames.calls(client, end="2026-11-01", detail=True, concurrency=3, page_size=20)
    made = len(transport.details) + transport.in_flight  # requests started
    time.sleep(0.05)
    assert isinstance(caught.value, KeyboardInterrupt) and len(transport.details) + transport.in_flight == made
    assert made < len(ids) - 1  # none started since


def test_the_rate_limit_holds_across_pages(sandbox: Sandbox) -> None:
    transport = SlowCallDetails(sandbox.transport, pause=0)
    client = BlandClient(api_key=sandbox.api_key, transport=transport)
    frames.calls(client, end="2026-11-01", detail=True, concurrency=4, rate_limit=200, page_size=20)
    starts = sorted(start for _, start, _ in transport.details)
    assert len(starts) > 40
    # Any 31 consecutive requests span at least 30 - 3 intervals of 1/200 s (a burst of 4 is free); a
    # long window, so that a thread woken late on a busy machine does not seem to break the limit.
    assert min(later - earlier for earlier, later in zip(starts, starts[30:])) >= 27 / 200 * 0.9


def test_a_bug_or_an_unreadable_detail_fails_only_its_call(sandbox: Sandbox) -> None:
    ids = [c["call_id"] for c in sandbox.store.calls.timeline if c["created_at"][:10] <= "2026-11-01"]
    odd = odd_answers(ids[20:23])  # the fourth (a readable object) is fine for a frame
    client = BlandClient(api_key=sandbox.api_key, transport=OddCallDetails(sandbox.transport, odd))
    with pytest.warns(RuntimeWarning, match=f"failed for 3 of {len(ids)} calls.*detail_errors"):
        df = frames.calls(client, end="2026-11-01", detail=True, concurrency=3, page_size=20)
    assert list(df["call_id"]) == ids
    assert list(df.attrs["detail_errors"]) == ids[20:23] == list(df.loc[df["detail_error"].notna(), "call_id"])
    assert df.attrs["detail_errors"][ids[20]] == "RuntimeError: a bug under the client"
    assert (
        df.loc[df["detail_error"].notna(), "variables"].isna().all() and df["variables"].notna().sum() == len(ids) - 3
    )


# -- transcripts ----------------------------------------------------------------------------------


def test_transcripts_one_row_per_utterance(sandbox: Sandbox, client: Any, calls_df: pd.DataFrame) -> None:
    ids = list(calls_df.loc[calls_df["answered_by"].isin(["human", "voicemail"]), "call_id"][:15])
    df = frames.transcripts(client, pd.Series(ids), concurrency=3)
    assert_dtypes(df, TRANSCRIPTS)
    expected = [
        (call_id, position, s["user"], s["text"], moment(s["created_at"]))
        for call_id in ids
        for position, s in enumerate(sandbox.store.calls.details(call_id)["transcripts"])
    ]
    assert list(df.itertuples(index=False, name=None)) == expected
    assert df.attrs["failed"] == {}


def test_transcripts_report_failed_calls(sandbox: Sandbox, calls_df: pd.DataFrame) -> None:
    ids = list(calls_df.loc[calls_df["answered_by"] == "human", "call_id"][:4])
    client = BlandClient(api_key=sandbox.api_key, transport=FailingCallDetails(sandbox.transport, {ids[0]}))
    with pytest.warns(RuntimeWarning, match="failed for 1 of 4 calls"):
        df = frames.transcripts(client, ids)
    assert set(df["call_id"]) == set(ids[1:]) and list(df.attrs["failed"]) == [ids[0]]


def test_transcripts_of_unreadable_details_are_failures_or_empty(sandbox: Sandbox, calls_df: pd.DataFrame) -> None:
    ids = list(calls_df.loc[calls_df["answered_by"] == "human", "call_id"][:6])
    client = BlandClient(api_key=sandbox.api_key, transport=OddCallDetails(sandbox.transport, odd_answers(ids)))
    with pytest.warns(RuntimeWarning, match="failed for 3 of 6 calls"):
        df = frames.transcripts(client, ids)
    assert list(df.attrs["failed"]) == ids[:3] and list(df["call_id"].unique()) == ids[4:]  # ids[3] has no segments


# -- campaigns, batches, billing ------------------------------------------------------------------


def test_campaigns_metrics_count_the_calls(sandbox: Sandbox, client: Any) -> None:
    df = frames.campaigns(client)
    assert_dtypes(df, CAMPAIGNS)
    for row in df.itertuples():
        calls = sandbox.store.calls.of_campaign(row.campaign_id)
        assert row.campaign_name == sandbox.store.campaigns.campaigns[row.campaign_id]["campaign_name"]
        assert row.count == len(calls)
        assert row.human_answered == sum(c["answered_by"] == "human" for c in calls)
        assert row.voicemail_answered == sum(c["answered_by"] == "voicemail" for c in calls)
        assert row.human_ended == sum(c["call_ended_by"] == "USER" for c in calls)
        assert row.transferred_count == sum(c["transferred_to"] is not None for c in calls)
    assert set(df["campaign_id"]) == set(sandbox.store.campaigns.campaigns)


def test_batches_one_row_each(sandbox: Sandbox, client: Any) -> None:
    df = frames.batches(client)
    assert_dtypes(df, BATCHES)
    assert set(df["batch_id"]) == set(sandbox.store.batches.batches)
    for row in df.itertuples():
        batch = sandbox.store.batches.batches[row.batch_id]
        assert row.description == batch["description"] and row.created_at == moment(batch["created_at"])
        assert row.call_objects == len(sandbox.store.calls.of_batch(row.batch_id))


def test_billing_account_and_organizations(sandbox: Sandbox, client: Any) -> None:
    df = frames.billing(client)
    assert_dtypes(df, BILLING)
    account, orgs = sandbox.store.account, sandbox.store.organizations
    assert list(df["scope"]) == ["account"] + ["organization"] * len(orgs.orgs)
    first = df.iloc[0]
    assert first["balance"] == round(account.balance, 4) and first["refill_amount"] == account.refill_amount
    assert pd.isna(first["refill_at"]) and pd.isna(first["org_id"])
    for row in df.iloc[1:].itertuples():
        money, org = orgs.billing(row.org_id), orgs.orgs[row.org_id]
        assert (row.balance, row.plan, row.name, bool(row.overdue)) == (
            money["current_balance"],
            org["org_plan"],
            org["org_display_name"],
            org["is_stripe_overdue"],
        )
        assert (None if pd.isna(row.refill_at) else row.refill_at) == money["refill_at"]
        assert pd.isna(row.error)


# -- page.to_df() -----------------------------------------------------------------------------------


def test_page_to_df_is_this_page_only(sandbox: Sandbox, client: Any) -> None:
    page = client.calls.list(limit=40, ascending=True)
    df = page.to_df()
    assert_dtypes(df, CALLS)
    assert list(df["call_id"]) == [c["call_id"] for c in sandbox.store.calls.timeline[:40]]


def test_any_list_page_to_df_follows_its_model(sandbox: Sandbox, client: Any) -> None:
    df = client.organizations.memberships().to_df()
    assert len(df) == len(sandbox.store.organizations.orgs)
    assert str(df["joined_at"].dtype) == "datetime64[us, UTC]" and str(df["is_owner"].dtype) == "bool"
    assert str(df["org_id"].dtype) == "string" and isinstance(df["permissions"].iloc[0], list)


def test_to_df_without_pandas_names_the_extra(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = client.campaigns.list()
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'bland-nb\[frames\]'"):
        page.to_df()


# -- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda c: frames.calls(c, detail=True, concurrency=0), "concurrency=0"),
        (lambda c: frames.calls(c, rate_limit=-1), "rate_limit=-1"),
        (lambda c: frames.calls(c, detail=True, rate_limit=1e-300), "rate_limit=1e-300"),
        (lambda c: frames.transcripts(c, ["x"], rate_limit=float("nan")), "rate_limit=nan"),
        (lambda c: frames.calls(c, page_size=5000), "page_size=5000"),
        (lambda c: frames.calls(c, start="last tuesday"), "start_date"),
        (lambda c: frames.calls(c, answered_by_whom="human"), "unknown parameter 'answered_by_whom'"),
        (lambda c: frames.transcripts(c, "0b1c-single-id"), "not a single string"),
        (lambda c: frames.transcripts(c, ["ok", ""]), "not call ids"),
        (
            lambda c: frames.campaigns(Sandbox(seed=5, calls=20).async_client()),
            "takes a BlandClient \\(not AsyncBlandClient\\)",
        ),
        (lambda c: frames.billing(None), "takes a BlandClient \\(not NoneType\\)"),
    ],
)
def test_bad_input_is_refused_before_any_request(call: Any, message: str) -> None:
    sandbox = Sandbox(seed=5, calls=20)
    with pytest.raises(BlandValidationError, match=message):
        call(sandbox.client())
    assert sandbox.log == []


def test_frames_exports_are_pinned() -> None:
    public = sorted(
        name
        for name in vars(frames)
        if not name.startswith("_") and name not in {"annotations"} and not isinstance(vars(frames)[name], type(sys))
    )
    assert frames.__all__ == sorted(frames.__all__) == public
    assert frames.calls.__module__ == "bland_nb.frames"


def test_drifting_values_keep_the_declared_dtypes() -> None:
    """Numbers and flags sent as text, epoch-millisecond times, missing keys: read, not refused."""
    rows = [
        {
            "call_id": "c-1",
            "created_at": 1793527200000,
            "price": "0.25",
            "call_length": 2,
            "completed": "true",
            "inbound": False,
            "status": "completed",
            "answered_by": 7,
        },
        {
            "call_id": "c-2",
            "created_at": "1793527260000",
            "price": None,
            "call_length": "n/a",
            "completed": False,
            "inbound": "false",
        },
    ]
    body = {"count": 2, "total_count": 2, "calls": rows}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = BlandClient(api_key="sk-test-drift-0123456789", transport=transport)
    df = frames.calls(client)
    assert_dtypes(df, CALLS)
    assert list(df["created_at"]) == [
        pd.Timestamp("2026-11-01 10:00", tz="UTC"),
        pd.Timestamp("2026-11-01 10:01", tz="UTC"),
    ]
    assert df["price"].iloc[0] == 0.25 and df["price"].isna().iloc[1]
    assert df["call_length"].iloc[0] == 2.0 and df["call_length"].isna().iloc[1]
    assert list(df["completed"]) == [True, False] and list(df["inbound"]) == [False, False]
    assert list(df["answered_by"].astype(object).fillna("-")) == ["7", "-"] and df["to"].isna().all()


def test_newest_day_is_the_utc_day_of_the_newest_call():
    sandbox = Sandbox(seed=2, calls=300)
    newest = max(datetime.fromisoformat(call["created_at"]) for call in sandbox.store.calls.timeline)
    assert newest_day(sandbox.client()) == newest.date()
    assert newest_day(Sandbox(seed=2, calls=0).client()) is None
