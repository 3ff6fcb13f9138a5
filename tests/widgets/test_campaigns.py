"""CampaignDashboard driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import json
import re

import pytest

import bland_nb

pytest.importorskip("ipywidgets")

from ipywidgets.embed import dependency_state, embed_data

from bland_nb import APIStatusError
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.widgets import CampaignDashboard

LIVE = ("started", "in-progress")


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=3, calls=1500)


@pytest.fixture
def panel(sandbox: Sandbox) -> CampaignDashboard:
    return CampaignDashboard(sandbox.client())


def campaign_named(sandbox: Sandbox, name: str) -> str:
    return next(cid for cid, c in sandbox.store.campaigns.campaigns.items() if c["campaign_name"] == name)


def pending(sandbox: Sandbox, campaign_id: str) -> list[dict]:
    return [
        call for call in sandbox.store.calls.timeline if call["campaign_id"] == campaign_id and not call["completed"]
    ]


def stop_requests(sandbox: Sandbox) -> list[dict]:
    return [entry for entry in sandbox.log if entry["endpoint"] == "stop_campaign"]


def table_ids(html_text: str) -> list[str]:
    """The ids in the last column of an HTML table (the campaign / call id columns come last): shown
    whole, or shortened with the whole id in the cell's title."""
    return re.findall(r"<td(?:>| title=')([0-9a-f-]{36})(?:'>[0-9a-f]{8}…)?</td></tr>", html_text)


def grid_rows(table) -> dict[str, dict[str, str]]:
    """The rows a grid shows, by key: header → the cell's text."""
    labels = [column["label"] for column in table.grid.columns]
    return {row["key"]: dict(zip(labels, row["cells"])) for row in table.grid.rows}


def test_lists_every_campaign_with_counts_from_the_records(sandbox, panel):
    counts = {
        cid: sum(call["campaign_id"] == cid for call in sandbox.store.calls.timeline)
        for cid in sandbox.store.campaigns.campaigns
    }
    assert panel.last_error is None
    rows = grid_rows(panel.campaigns)
    assert rows.keys() == counts.keys()
    assert {cid: (row["campaign"], row["calls"]) for cid, row in rows.items()} == {
        cid: (c["campaign_name"], f"{counts[cid]:,}") for cid, c in sandbox.store.campaigns.campaigns.items()
    }
    assert panel.batches.total == len(sandbox.store.batches.batches)
    assert panel.detail.layout.display == "none"  # nothing picked yet


def test_selecting_a_campaign_shows_its_calls_newest_first(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    panel.campaigns.grid.selected = cid  # as a click on its row does
    calls = [call for call in sandbox.store.calls.timeline if call["campaign_id"] == cid]
    newest = sorted(calls, key=lambda call: call["created_at"], reverse=True)
    assert panel.last_error is None and panel.detail.layout.display == ""
    waiting = pending(sandbox, cid)
    live = sum(call["queue_status"] in LIVE for call in waiting)
    finished = len(calls) - len(waiting)
    assert (
        f"{len(calls):,} calls · {len(waiting) - live:,} queued · {live:,} live · {finished:,} finished"
        in panel.heading.value
    )
    assert "● running" in panel.state.value and not panel.stop_button.disabled
    assert table_ids(panel.calls.html.value) == [call["call_id"] for call in newest[:50]]
    assert panel.calls.info.value == f"rows 1–50 of {len(calls):,}"
    assert chart_values(panel.funnel_chart, "stage", "calls") == funnel_counts(calls)
    shares = chart_values(panel.answered_chart, "answer", "share of calls")
    assert shares == pytest.approx(answer_shares(calls)) and sum(shares.values()) == pytest.approx(1)
    assert panel.funnel_chart.layout.display == panel.answered_chart.layout.display == ""
    assert (panel.funnel_chart.chart.title, panel.answered_chart.chart.title) == ("Call funnel", "Who answered")
    panel.calls.next.click()
    assert table_ids(panel.calls.html.value) == [call["call_id"] for call in newest[50:100]]
    assert not panel.calls.previous.disabled


def chart_values(chart, x: str, y: str) -> dict:
    """The bars a chart widget draws: label -> value."""
    data = chart.chart.data
    return dict(zip(data[x], data[y]))


def funnel_counts(calls: list[dict]) -> dict:
    """The funnel of the sandbox's records of `calls`, counted here (as `frames.funnel` documents)."""
    answered = [c["answered_by"] for c in calls]
    return {
        "dialed": sum(c["status"] not in ("queued", "cancelled", "canceled") for c in calls),
        "connected": sum(a is not None and a != "no-answer" for a in answered),
        "human": answered.count("human"),
        "voicemail": answered.count("voicemail"),
        "no answer": sum(c["status"] == "no-answer" or c["answered_by"] == "no-answer" for c in calls),
        "failed": sum(c["status"] == "failed" for c in calls),
        "transferred": sum(c["transferred_to"] is not None for c in calls),
    }


def answer_shares(calls: list[dict]) -> dict:
    """Who answered `calls`, as shares of them (no one: `answered_by` unset)."""
    answers = [c["answered_by"] or "no one" for c in calls]
    return {answer: answers.count(answer) / len(answers) for answer in set(answers)}


def test_stop_asks_first_then_sends_exactly_one_request(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    waiting = pending(sandbox, cid)
    assert waiting, "the seeded live campaign has calls to stop"
    live = sum(call["queue_status"] in LIVE for call in waiting)
    panel.select(cid)
    panel.stop_button.click()
    assert panel.confirmation.layout.display == ""
    assert "Event invites" in panel.confirmation.text.value
    assert (
        f"{len(waiting):,} calls will stop ({len(waiting) - live:,} queued, {live:,} live)"
        in panel.confirmation.text.value
    )
    assert stop_requests(sandbox) == [] and pending(sandbox, cid)  # asking changed nothing

    panel.confirmation.confirm_button.click()
    panel.confirmation.confirm_button.click()  # a double click
    assert len(stop_requests(sandbox)) == 1
    assert stop_requests(sandbox)[0]["path"] == f"/v1/campaigns/{cid}/stop"
    assert pending(sandbox, cid) == []
    assert f"Stopped {len(waiting):,} calls of Event invites." in panel.status.value
    assert f"Stopped {len(waiting):,} calls of Event invites." in panel.stop_result.value  # beside the button
    assert "· 0 queued · 0 live ·" in panel.heading.value  # refreshed
    assert "● stopped" in panel.state.value and panel.stop_button.disabled  # nothing left to stop
    assert panel.confirmation.layout.display == "none"


def test_buttons_are_disabled_while_the_stop_is_in_flight(sandbox, panel, monkeypatch):
    panel.select(campaign_named(sandbox, "Event invites"))
    panel.stop_button.click()
    seen = []
    stop = panel.client.campaigns.stop

    def watching(campaign_id):
        seen.append(
            (
                panel.stop_button.disabled,
                panel.confirmation.confirm_button.disabled,
                panel.confirmation.cancel_button.disabled,
            )
        )
        return stop(campaign_id)

    monkeypatch.setattr(panel.client.campaigns, "stop", watching)
    panel.confirmation.confirm_button.click()
    assert seen == [(True, True, True)]
    assert panel.stop_button.disabled and not panel.confirmation.confirm_button.disabled  # stopped: nothing to stop


def test_cancel_sends_nothing(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    panel.select(cid)
    panel.stop_button.click()
    panel.confirmation.cancel_button.click()
    panel.confirmation.confirm_button.click()  # a stale click after cancelling
    assert stop_requests(sandbox) == [] and pending(sandbox, cid)
    assert panel.confirmation.layout.display == "none"


def test_a_refused_stop_is_said_in_the_panel(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    panel.select(cid)
    panel.stop_button.click()
    del sandbox.store.campaigns.campaigns[cid]  # gone meanwhile: the API answers 404
    panel.confirmation.confirm_button.click()
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value
    assert not panel.confirmation.confirm_button.disabled and not panel.stop_button.disabled


def test_a_failing_api_is_said_in_the_panel_not_raised():
    sandbox = Sandbox(seed=3, calls=200, faults=Faults(error_rate=1.0))
    panel = CampaignDashboard(sandbox.client(max_retries=0))
    assert isinstance(panel.last_error, APIStatusError)
    assert "The API refused this" in panel.status.value and "Traceback" not in panel.status.value
    panel.wait()
    assert "The headline figures could not be read. The API refused this" in panel.headline.value


def test_the_lists_show_before_the_headline_which_follows_on_its_own_thread():
    sandbox = Sandbox(seed=3, calls=1500, faults=Faults(latency_ms=40))
    panel = CampaignDashboard(sandbox.client())
    assert panel.campaigns.total == len(sandbox.store.campaigns.campaigns)
    assert "Loading the figures" in panel.headline.value  # the week's calls are still on their way
    panel.wait()
    assert "answer rate, 7 days" in panel.headline.value and panel.last_error is None


def test_each_header_sorts_the_campaigns_and_the_picked_row_stays_picked(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    panel.campaigns.grid.selected = cid
    names = {c: campaign["campaign_name"] for c, campaign in sandbox.store.campaigns.campaigns.items()}
    counts = {c: sum(call["campaign_id"] == c for call in sandbox.store.calls.timeline) for c in names}
    panel.campaigns.grid.sort = "campaign_name"  # as a click on the header does
    assert list(grid_rows(panel.campaigns)) == sorted(names, key=names.get)
    panel.campaigns.grid.sort = "-count"
    assert [counts[c] for c in grid_rows(panel.campaigns)] == sorted(counts.values(), reverse=True)
    assert panel.selected == cid and panel.campaigns.grid.selected == cid
    panel.refresh()
    assert panel.campaigns.grid.sort == "-count" and panel.selected == cid and panel.detail.layout.display == ""


def test_select_refuses_an_unknown_campaign_by_name(panel):
    with pytest.raises(bland_nb.BlandValidationError, match="not one of this account's campaigns"):
        panel.select("no-such-campaign")


def test_saved_state_holds_no_key_and_one_page_of_calls(sandbox, panel):
    panel.select(campaign_named(sandbox, "Spring promo"))
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    shown = {call["call_id"] for call in sandbox.store.calls.timeline} & set(re.findall(r"[0-9a-f-]{36}", state))
    assert 0 < len(shown) <= 50


def test_a_finished_campaign_cannot_be_stopped(sandbox, panel):
    finished = next(
        cid for cid in sandbox.store.campaigns.campaigns if not pending(sandbox, cid) and campaign_calls(sandbox, cid)
    )
    panel.select(finished)
    assert panel.stop_button.disabled and "● finished" in panel.state.value


def campaign_calls(sandbox: Sandbox, cid: str) -> list[dict]:
    return [call for call in sandbox.store.calls.timeline if call["campaign_id"] == cid]


def test_a_picked_campaign_shows_its_name_and_first_page_before_its_calls_are_counted(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    seen = []  # each heading shown, with the requests for all the campaign's calls sent by then

    def full_fetches() -> int:
        return sum(e["query"].get("campaign_id") == cid and e["query"].get("limit") == "1000" for e in sandbox.log)

    panel.heading.observe(lambda change: seen.append((change["new"], full_fetches())), names="value")
    states = []
    panel.state.observe(lambda change: states.append((change["new"], panel.stop_button.disabled)), names="value")
    panel.campaigns.grid.selected = cid
    (first, fetched), (last, _) = seen[0], seen[-1]
    assert "Event invites" in first and "counting its calls" in first and fetched == 0 < full_fetches()
    assert "● counting" in states[0][0] and states[0][1]  # Stop stays disabled until the calls are counted
    assert "queued" in last and "● running" in panel.state.value and not panel.stop_button.disabled
    assert panel.calls.total == len(campaign_calls(sandbox, cid))


def test_a_batch_opens_like_a_campaign(sandbox, panel):
    bid = next(iter(sandbox.store.batches.batches))
    calls = [call for call in sandbox.store.calls.timeline if call.get("batch_id") == bid]
    cid = campaign_named(sandbox, "Event invites")
    panel.campaigns.grid.selected = cid
    panel.batches.grid.selected = bid  # as a click on its row does
    assert panel.last_error is None and panel.detail.layout.display == ""
    assert panel.campaigns.selected is None and panel.selected is None  # one row picked, in either list
    assert f"batch {bid} · {len(calls):,} calls" in panel.heading.value
    assert set(table_ids(panel.calls.html.value)) <= {call["call_id"] for call in calls}
    assert panel.stop_button.description == "Stop batch…"


def test_refresh_keeps_the_campaign_shown_and_follows_its_counts(sandbox, panel):
    cid = campaign_named(sandbox, "Event invites")
    panel.select(cid)
    before = len(pending(sandbox, cid))
    sandbox.advance(hours=6)  # queued calls start and finish
    panel.refresh_button.click()
    assert panel.selected == cid and panel.detail.layout.display == ""
    waiting = pending(sandbox, cid)
    assert len(waiting) < before
    live = sum(call["queue_status"] in LIVE for call in waiting)
    assert f"{len(waiting) - live:,} queued · {live:,} live" in panel.heading.value
    assert "as of" in panel.as_of.value


def test_the_headline_gives_the_newest_day_and_the_week_from_the_records(sandbox, panel):
    import pandas as pd

    times = pd.to_datetime([call["created_at"] for call in sandbox.store.calls.timeline], utc=True)
    newest = times.max().date()
    week = [c for c, t in zip(sandbox.store.calls.timeline, times) if (newest - t.date()).days < 7]
    day = [c for c, t in zip(sandbox.store.calls.timeline, times) if t.date() == newest]
    panel.wait()  # the headline loads on a thread of its own
    text = panel.headline.value
    assert f">{len(day):,}</div><div style='font-size:12px;color:var(--jp-ui-font-color2, #616161)'>calls on" in text
    assert f"${sum(c['price'] or 0 for c in week):,.2f}" in text
    assert f"${sandbox.store.account.balance:,.2f}" in text


def test_a_campaign_without_calls_shows_a_sentence_not_empty_charts(sandbox):
    campaigns = sandbox.store.campaigns.campaigns
    template = next(iter(campaigns.values()))
    campaigns["c0ffee00-0000-4000-8000-000000000000"] = {**template, "campaign_name": "Fresh"}  # no calls yet
    panel = CampaignDashboard(sandbox.client())
    panel.select("c0ffee00-0000-4000-8000-000000000000")
    assert panel.last_error is None and "● no calls" in panel.state.value and panel.stop_button.disabled
    assert panel.funnel_chart.layout.display == panel.answered_chart.layout.display == "none"
    assert panel.funnel_chart.spec is None and panel.answered_chart.spec is None
    assert panel.no_calls.layout.display == "" and "No calls yet" in panel.no_calls.value
