"""BillingPanel driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import html
import json
import re
import warnings
from concurrent.futures import Future
from datetime import date, timedelta

import pytest

pytest.importorskip("ipywidgets")

from ipywidgets.embed import dependency_state, embed_data

from bland_nb import APIStatusError, BlandValidationError
from bland_nb.frames import spend
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.sandbox.state import SandboxError
from bland_nb.widgets.billing import BillingPanel, spend_figure

from .tables import table_rows


@pytest.fixture(scope="module")
def built() -> tuple[Sandbox, BillingPanel, int]:
    """A sandbox, a panel built on it (and its background fetch ended), and how many requests that
    made (tests only read these)."""
    sandbox = Sandbox(seed=4, calls=1500)
    panel = BillingPanel(sandbox.client())
    panel.wait()
    return sandbox, panel, len(sandbox.log)


@pytest.fixture
def sandbox(built) -> Sandbox:
    return built[0]


@pytest.fixture
def panel(built) -> BillingPanel:
    return built[1]


def money(value) -> str:
    return "" if value is None else f"{value:,.2f}"


def newest_day(sandbox: Sandbox) -> date:
    return date.fromisoformat(max(call["created_at"] for call in sandbox.store.calls.timeline)[:10])


def calls_between(sandbox: Sandbox, first: date, last: date) -> list[dict]:
    return [
        call
        for call in sandbox.store.calls.timeline
        if first.isoformat() <= call["created_at"][:10] <= last.isoformat()
    ]


def dollars_after(label: str, text: str) -> float:
    return float(re.search(re.escape(label) + r"\$([\d,]+\.\d\d)", text).group(1).replace(",", ""))


def list_calls_queries(sandbox: Sandbox, since: int) -> list[dict]:
    return [entry["query"] for entry in sandbox.log[since:] if entry["endpoint"] == "list_calls"]


def test_balances_and_refill_settings_are_the_sandboxs(sandbox, panel):
    account, orgs = sandbox.store.account, sandbox.store.organizations
    shown = {row[-1]: row for row in table_rows(panel.balances.html.value)}  # by id; the account has none
    assert panel.last_error is None
    assert shown[""] == ["account", "", "", money(account.balance), "", money(account.refill_amount), "", "", ""]
    for org_id, org in orgs.orgs.items():
        own = {
            "current_balance": account.balance,
            "refill_at": account.refill_at,
            "refill_amount": account.refill_amount,
        }
        billing = own if org_id == orgs.own_org_id else orgs.balances[org_id]
        assert shown[org_id] == [
            "organization",
            org["org_display_name"],
            org["org_plan"],
            money(billing["current_balance"]),
            money(billing["refill_at"]),
            money(billing["refill_amount"]),
            "yes" if org["is_stripe_overdue"] else "no",
            "",
            org_id,
        ]
    assert len(shown) == 1 + len(orgs.orgs)


def test_an_organization_that_cannot_be_read_says_why_in_its_row(monkeypatch):
    sandbox = Sandbox(seed=4, calls=100)
    orgs = sandbox.store.organizations
    broken = next(org_id for org_id in orgs.orgs if org_id != orgs.own_org_id)
    billing = orgs.billing

    def failing(org_id):
        if org_id == broken:
            raise SandboxError.data(403, "FORBIDDEN", "Billing is hidden from your role")
        return billing(org_id)

    monkeypatch.setattr(orgs, "billing", failing)
    panel = BillingPanel(sandbox.client())
    row = next(row for row in table_rows(panel.balances.html.value) if row[-1] == broken)
    assert row[1] == orgs.orgs[broken]["org_display_name"] and row[3] == ""
    assert "403" in row[7] and "Billing is hidden from your role" in row[7]
    assert f"Could not read the billing of {orgs.orgs[broken]['org_display_name']}" in html.unescape(panel.status.value)


def windows_asked(queries: list[dict]) -> list[tuple[str, str]]:
    """The (first, last day) of each List Calls window asked, in order, once each."""
    return list(dict.fromkeys((q["start_date"], q["end_date"]) for q in queries if q.get("limit") != "1"))


def test_the_last_7_days_are_fetched_first_then_the_widest_window(built):
    sandbox, panel, requests = built
    last = newest_day(sandbox)
    first = last - timedelta(days=6)
    queries = [entry["query"] for entry in sandbox.log[:requests] if entry["endpoint"] == "list_calls"]
    assert any(q.get("limit") == "1" for q in queries)  # the one-row request finds the newest call
    widest = (last - timedelta(days=89)).isoformat(), last.isoformat()
    assert windows_asked(queries) == [(first.isoformat(), last.isoformat()), widest]
    calls = calls_between(sandbox, first, last)
    assert 0 < len(calls) < len(sandbox.store.calls.timeline)
    text = html.unescape(panel.spend_text.value)
    assert f"{first} – {last}" in text and f"{len(calls):,} calls" in text
    assert dollars_after("minutes, ", text) == pytest.approx(sum(c["price"] or 0 for c in calls), abs=0.006)
    shown = panel.spend_chart.chart.data
    assert shown["cost ($)"].sum() == pytest.approx(sum(c["price"] or 0 for c in calls), abs=0.006)
    assert shown["calls"].sum() == len(calls) and panel.spend_chart.layout.display == ""


def test_a_wider_window_draws_from_the_calls_fetched_in_the_background():
    sandbox = Sandbox(seed=4, calls=1500)
    panel = BillingPanel(sandbox.client())
    panel.wait()
    last, before = newest_day(sandbox), len(sandbox.log)
    for days in (30, 90, 7):
        panel.window.value = days  # as picking it in the dropdown does
        first = last - timedelta(days=days - 1)
        assert f"{first} – {last}" in html.unescape(panel.spend_text.value)
        assert f"{len(calls_between(sandbox, first, last)):,} calls" in panel.spend_text.value
    assert list_calls_queries(sandbox, before) == [] and panel.last_error is None

    daily, before = panel.spend_chart.spec, len(sandbox.log)
    panel.frequency.value = "W"
    assert len(sandbox.log) == before and panel.spend_chart.spec != daily
    assert panel.spend_chart.chart.title == "Spend per week (UTC)"


def test_a_window_chosen_while_the_background_fetch_runs_waits_for_it_and_asks_nothing_twice():
    sandbox = Sandbox(seed=4, calls=1500, faults=Faults(latency_ms=30))
    panel = BillingPanel(sandbox.client())
    panel.set_window(30, "W")  # the widest window's pages are still on their way
    last = newest_day(sandbox)
    first = last - timedelta(days=29)
    assert f"{len(calls_between(sandbox, first, last)):,} calls" in panel.spend_text.value
    queries = [entry["query"] for entry in sandbox.log if entry["endpoint"] == "list_calls"]
    widest = (last - timedelta(days=89)).isoformat(), last.isoformat()
    assert windows_asked(queries) == [((last - timedelta(days=6)).isoformat(), last.isoformat()), widest]
    pages = [q.get("from") for q in queries if (q.get("start_date"), q.get("end_date")) == widest]
    assert len(pages) == len(set(pages))  # each page once


def test_a_failed_background_fetch_is_fetched_again_when_a_wider_window_is_chosen():
    sandbox = Sandbox(seed=4, calls=1500)
    panel = BillingPanel(sandbox.client())
    panel.wait()
    panel._widest[2].result()  # it worked; make it look failed, as after a dropped connection
    failed: Future = Future()
    failed.set_exception(ConnectionError("dropped"))
    panel._widest = (*panel._widest[:2], failed)
    before, last = len(sandbox.log), newest_day(sandbox)
    panel.window.value = 30
    first = last - timedelta(days=29)
    assert panel.last_error is None
    panel.wait()  # and the widest window is fetched again in the background
    widest = (last - timedelta(days=89)).isoformat(), last.isoformat()
    assert windows_asked(list_calls_queries(sandbox, before)) == [(first.isoformat(), last.isoformat()), widest]
    assert f"{len(calls_between(sandbox, first, last)):,} calls" in panel.spend_text.value


def test_the_runway_sentence_agrees_with_the_records():
    sandbox = Sandbox(seed=4, calls=1500)
    sandbox.store.account.balance = 100.0
    panel = BillingPanel(sandbox.client())
    last = newest_day(sandbox)
    spent = sum(call["price"] or 0 for call in calls_between(sandbox, last - timedelta(days=6), last))
    burn = spent / 7
    text = html.unescape(panel.runway_text.value)
    assert dollars_after("At ", text) == pytest.approx(burn, abs=0.006)
    days = f"{100.0 / burn:,.1f}"  # to a tenth of a day, in the sentence and the table alike
    assert f"the account balance of $100.00 lasts {days} days, to $0." in text
    assert [money(100.0), money(0.0), money(burn), days] == table_rows(panel.runway_table.value)[0][1:5]

    sandbox.store.account.balance = 0.0
    panel.refresh()
    assert "The account balance ($0.00) is already down to $0." in html.unescape(panel.runway_text.value)


def test_set_window_refuses_bad_input_before_any_request(sandbox, panel):
    before = len(sandbox.log)
    with pytest.raises(BlandValidationError, match=r"days must be one of 7, 30, 90 and freq one of 'D', 'W'"):
        panel.set_window(14, "D")
    with pytest.raises(BlandValidationError, match="freq"):
        panel.set_window(7, "M")
    assert len(sandbox.log) == before


def test_a_failing_api_is_said_in_the_panel_not_raised():
    sandbox = Sandbox(seed=4, calls=200, faults=Faults(error_rate=1.0))
    panel = BillingPanel(sandbox.client(max_retries=0))
    assert isinstance(panel.last_error, APIStatusError)
    assert "The API refused this" in panel.status.value and "Traceback" not in panel.status.value
    panel.set_window(30, "W")  # still answers in the panel
    assert "The API refused this" in panel.status.value


def test_saved_state_holds_no_key_and_no_call_rows(sandbox, panel):
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    assert not {call["call_id"] for call in sandbox.store.calls.timeline} & set(re.findall(r"[0-9a-f-]{36}", state))
    assert 0 < state.count("<tr><td>") <= 50


def test_the_runway_says_the_same_days_in_the_sentence_and_the_table():
    sandbox = Sandbox(seed=4, calls=1500)
    panel = BillingPanel(sandbox.client())
    last = newest_day(sandbox)
    burn = sum(call["price"] or 0 for call in calls_between(sandbox, last - timedelta(days=6), last)) / 7
    sandbox.store.account.balance = round(4.5 * burn, 2)  # four and a half days' spend
    panel.refresh()
    days = table_rows(panel.runway_table.value)[0][4]
    assert days == "4.5" and "lasts 4.5 days" in html.unescape(panel.runway_text.value)
    assert "<th>lasts (days)</th>" in panel.runway_table.value


def test_no_calls_is_a_sentence_and_no_chart():
    sandbox = Sandbox(seed=4, calls=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        panel = BillingPanel(sandbox.client())
    assert panel.last_error is None and panel.newest is None
    assert panel.spend_text.value == "<i>No calls yet: nothing spent.</i>"
    assert panel.spend_chart.layout.display == "none" and panel.spend_chart.spec is None
    assert panel.runway_text.value == "<i>No spend to estimate a runway from.</i>" and panel.runway_table.value == ""


@pytest.mark.parametrize(("days", "freq"), [(7, "D"), (90, "W"), (90, "D")])
def test_the_spend_chart_is_one_scale_each_from_zero_with_a_date_under_each_bar(panel, days, freq):
    panel.set_window(days, freq)
    per_period = spend(panel.calls_df, freq=freq)
    shown = panel.spend_chart.chart.data  # cost over calls: no second scale on one axis, so no legend needed
    assert list(shown["cost ($)"]) == pytest.approx(list(per_period["cost"]))
    assert list(shown["calls"]) == list(per_period["calls"])
    unit = "day" if freq == "D" else "week starting (Sunday)"
    assert list(shown[unit]) == [f"{period:%b %d}" for period in per_period.index]  # a date under each bar
    spec = panel.spend_chart.spec
    cost, calls = (panel_["encoding"] for panel_ in spec["vconcat"])
    assert (cost["y"]["field"], calls["y"]["field"]) == ("cost ($)", "calls")  # one scale each
    assert cost["y"].get("scale", {}).get("zero", True) and calls["y"].get("scale", {}).get("zero", True)  # from 0
    assert cost["tooltip"][1] == {"field": "cost ($)", "format": "$,.2f", "type": "quantitative"}  # hover: the value
    assert cost["x"]["axis"]["labels"] is False and calls["x"]["axis"].get("labels", True)  # dates under the calls
    assert list(spend_figure(per_period, freq).index) == list(shown[unit])
    panel.set_window(7, "D")


def test_the_balances_table_shortens_organization_ids(sandbox, panel):
    for org_id in sandbox.store.organizations.orgs:
        assert f"<td title='{org_id}'>{org_id[:8]}…</td>" in panel.balances.html.value
    assert panel.balances.html.layout.overflow == "auto"


def test_refresh_keeps_the_window_and_frequency(sandbox, panel):
    panel.set_window(30, "W")
    chart = panel.spend_chart.spec
    panel.refresh_button.click()
    assert panel.last_error is None and (panel.window.value, panel.frequency.value) == (30, "W")
    assert panel.spend_chart.spec == chart
    panel.set_window(7, "D")
