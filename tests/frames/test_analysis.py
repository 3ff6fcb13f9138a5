"""funnel, spend and runway, checked against figures computed here in plain Python from the
sandbox's own records (`sandbox.store`), never through the frames code."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Any, Optional

import pandas as pd
import pytest

import bland_nb.frames as frames
from bland_nb import BlandValidationError
from bland_nb.sandbox import Sandbox

NEVER_RANG = ("queued", "cancelled", "canceled")


def close(a: float, b: float) -> bool:
    """Equal up to the order of a floating-point sum."""
    return a == pytest.approx(b, rel=1e-12, abs=1e-12) or (math.isnan(a) and math.isnan(b))


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else math.nan


def plain_funnel(calls: list[dict[str, Any]]) -> dict[str, float]:
    """The funnel of one group of raw call records, as documented in `frames.funnel`."""
    dialed = sum(c["status"] not in NEVER_RANG for c in calls)
    connected = [c for c in calls if c["answered_by"] not in (None, "no-answer")]
    human = sum(c["answered_by"] == "human" for c in calls)
    talk = math.fsum(c["call_length"] for c in connected)
    cost = math.fsum(c["price"] for c in calls)
    counts = {
        "calls": len(calls),
        "dialed": dialed,
        "connected": len(connected),
        "human": human,
        "voicemail": sum(c["answered_by"] == "voicemail" for c in calls),
        "no_answer": sum("no-answer" in (c["status"], c["answered_by"]) for c in calls),
        "failed": sum(c["status"] == "failed" for c in calls),
        "transferred": sum(c["transferred_to"] is not None for c in calls),
    }
    return {
        **counts,
        "connect_rate": ratio(len(connected), dialed),
        "human_rate": ratio(human, dialed),
        "voicemail_rate": ratio(counts["voicemail"], dialed),
        "no_answer_rate": ratio(counts["no_answer"], dialed),
        "failure_rate": ratio(counts["failed"], dialed),
        "transfer_rate": ratio(counts["transferred"], human),
        "talk_minutes": talk,
        "avg_talk_minutes": ratio(talk, len(connected)),
        "cost": cost,
        "cost_per_human": ratio(cost, human),
    }


def key(value: Any) -> Optional[str]:
    return None if pd.isna(value) else value


def assert_rows_match(frame_row: pd.Series, expected: dict[str, float]) -> None:
    assert list(frame_row.index) == list(expected)
    for name, value in expected.items():
        assert close(float(frame_row[name]), float(value)), (name, frame_row[name], value)


@pytest.fixture
def stopped_world() -> Sandbox:
    """A sandbox whose live campaign was stopped, so some calls were cancelled before ringing."""
    sandbox = Sandbox(seed=4, calls=1200)
    live = next(c for c in sandbox.store.campaigns.campaigns.values() if c["status"] == "in_progress")
    assert sandbox.client().campaigns.stop(live["campaign_id"])
    sandbox.advance(minutes=30)
    return sandbox


def test_funnel_by_campaign_matches_the_records(stopped_world: Sandbox) -> None:
    timeline = stopped_world.store.calls.timeline
    assert any(c["status"] == "canceled" for c in timeline)
    groups = defaultdict(list)
    for call in timeline:
        groups[call["campaign_id"]].append(call)
    funnel = frames.funnel(frames.calls(stopped_world.client()))
    assert funnel.index.name == "campaign_id"
    assert {key(k) for k in funnel.index} == set(groups)
    for campaign_id, row in funnel.iterrows():
        assert_rows_match(row, plain_funnel(groups[key(campaign_id)]))
    assert funnel[["calls", "dialed", "human"]].dtypes.eq("int64").all()


def test_funnel_of_everything_and_by_two_columns(calls_df: pd.DataFrame, sandbox: Sandbox) -> None:
    total = frames.funnel(calls_df, by=None)
    assert list(total.index) == ["all"]
    assert_rows_match(total.iloc[0], plain_funnel(sandbox.store.calls.timeline))
    both = frames.funnel(calls_df, by=["campaign_id", "answered_by"])
    assert both.index.names == ["campaign_id", "answered_by"]
    assert both["calls"].sum() == len(sandbox.store.calls.timeline)
    pairs = defaultdict(int)
    for call in sandbox.store.calls.timeline:
        pairs[(call["campaign_id"], call["answered_by"])] += 1
    assert {(key(a), key(b)): n for (a, b), n in both["calls"].items()} == pairs


def test_no_answer_calls_are_not_connected(calls_df: pd.DataFrame) -> None:
    missed = calls_df[calls_df["answered_by"].eq("no-answer").fillna(False).astype(bool)]
    assert len(missed) > 0  # the seeded world holds them
    row = frames.funnel(missed, by=None).iloc[0]
    assert (row["dialed"], row["no_answer"], row["connected"], row["talk_minutes"]) == (len(missed), len(missed), 0, 0)
    assert math.isnan(row["avg_talk_minutes"]) and row["connect_rate"] == 0.0
    answered_only = pd.DataFrame(  # answered_by "no-answer" alone (a status not saying so) is still no answer
        {
            "status": ["completed", "completed"],
            "answered_by": pd.array(["no-answer", "human"], dtype="string"),
            "transferred_to": [None, None],
            "call_length": [0.0, 2.0],
            "price": [0.0, 0.18],
        }
    )
    row = frames.funnel(answered_only, by=None).iloc[0]
    assert (row["connected"], row["human"], row["no_answer"], row["talk_minutes"]) == (1, 1, 1, 2.0)


def plain_daily(calls: list[dict[str, Any]]) -> dict[date, tuple[int, float, float]]:
    """Calls, minutes and cost per UTC day, every day from the first call's to the last's."""
    days: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for call in calls:
        days[date.fromisoformat(call["created_at"][:10])].append(call)
    first, last = min(days), max(days)
    every = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return {
        day: (len(days[day]), math.fsum(c["call_length"] for c in days[day]), math.fsum(c["price"] for c in days[day]))
        for day in every
    }


def test_spend_per_day_matches_the_records(calls_df: pd.DataFrame, sandbox: Sandbox) -> None:
    spend = frames.spend(calls_df, freq="D")
    assert spend.index.name == "period" and str(spend.index.dtype) == "datetime64[us, UTC]"
    assert list(spend.columns) == ["calls", "minutes", "cost"] and str(spend["calls"].dtype) == "int64"
    expected = plain_daily(sandbox.store.calls.timeline)
    assert [p.date() for p in spend.index] == list(expected)
    for period, row in spend.iterrows():
        calls, minutes, cost = expected[period.date()]
        assert row["calls"] == calls and close(row["minutes"], minutes) and close(row["cost"], cost)


def test_spend_per_week_adds_up_by_week_start(calls_df: pd.DataFrame, sandbox: Sandbox) -> None:
    weekly = frames.spend(calls_df, freq="W")
    assert weekly["calls"].sum() == len(calls_df) and close(weekly["cost"].sum(), calls_df["price"].sum())
    daily = plain_daily(sandbox.store.calls.timeline)
    sundays: dict[Any, int] = {}
    for day, (calls, _minutes, _cost) in daily.items():
        start = day - timedelta(days=(day.weekday() + 1) % 7)  # the Sunday the week starts on
        sundays[start] = sundays.get(start, 0) + calls
    assert {p.date(): n for p, n in weekly["calls"].items()} == sundays


def plain_balances(sandbox: Sandbox) -> list[tuple[float, float]]:
    """(balance, threshold) of the account and of each organization, from the sandbox's state."""
    rows = [(round(sandbox.store.account.balance, 4), 0.0)]
    for org_id in sandbox.store.organizations.orgs:
        money = sandbox.store.organizations.billing(org_id)
        rows.append((money["current_balance"], money["refill_at"] or 0.0))
    return rows


def test_runway_at_the_trailing_week_burn_rate(calls_df: pd.DataFrame, client: Any, sandbox: Sandbox) -> None:
    spend = frames.spend(calls_df)
    runway = frames.runway(frames.billing(client), spend, window="7D")
    daily = plain_daily(sandbox.store.calls.timeline)
    last = max(daily)
    week = [last - timedelta(days=n) for n in range(7)]
    burn = math.fsum(daily[day][2] for day in week) / 7
    assert runway["burn_per_day"].map(lambda b: close(b, burn)).all()
    assert (runway["burn_window"] == "7D").all()
    assert runway["burn_start"].iloc[0].date() == min(week) and runway["burn_end"].iloc[0].date() == last
    for (balance, threshold), row in zip(plain_balances(sandbox), runway.itertuples()):
        assert row.balance == balance and row.threshold == threshold
        assert close(row.days, max(balance - threshold, 0.0) / burn)
    assert list(runway.columns) == [
        "scope",
        "org_id",
        "name",
        "balance",
        "threshold",
        "burn_per_day",
        "burn_window",
        "burn_start",
        "burn_end",
        "days",
    ]


def test_runway_edges() -> None:
    billing = pd.DataFrame({"balance": [50.0, 5.0, None], "refill_at": [10.0, 10.0, None]})
    quiet = pd.DataFrame({"cost": [0.0, 0.0]}, index=pd.date_range("2026-11-01", periods=2, tz="UTC", name="period"))
    never = frames.runway(billing, quiet)
    assert never["days"].iloc[0] == math.inf and never["days"].iloc[1] == 0 and math.isnan(never["days"].iloc[2])
    busy = quiet.assign(cost=[10.0, 4.0])
    assert list(frames.runway(billing, busy, window="2D")["days"][:2]) == [40.0 / 7.0, 0.0]
    empty = frames.runway(billing, quiet.iloc[:0])
    assert (empty["burn_per_day"] == 0).all() and empty["burn_start"].isna().all()


def test_analysis_of_empty_frames_keeps_its_columns(client: Any) -> None:
    none = frames.calls(client, start="2020-01-01", end="2020-01-01")
    assert len(frames.funnel(none)) == 0 and "cost_per_human" in frames.funnel(none)
    spend = frames.spend(none)
    assert len(spend) == 0 and list(spend.columns) == ["calls", "minutes", "cost"]
    assert str(spend.index.dtype) == "datetime64[us, UTC]"


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda df: frames.funnel(df, by="nope"), "column\\(s\\) nope"),
        (lambda df: frames.funnel(df[["call_id"]]), "needs a calls frame"),
        (lambda df: frames.funnel(df.to_dict()), "not dict"),
        (lambda df: frames.spend(df, freq="fortnightly"), "freq='fortnightly'"),
        (lambda df: frames.runway(frames.spend(df), frames.spend(df)), "needs a billing frame"),
        (
            lambda df: frames.runway(
                pd.DataFrame({"balance": [1.0], "refill_at": [0.0]}), frames.spend(df), window="W"
            ),
            "window='W'",
        ),
    ],
)
def test_bad_input_names_what_is_wrong(calls_df: pd.DataFrame, call: Any, message: str) -> None:
    with pytest.raises(BlandValidationError, match=message):
        call(calls_df)
