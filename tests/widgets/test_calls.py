"""CallExplorer driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

import bland_nb

pytest.importorskip("ipywidgets")

from ipywidgets.embed import dependency_state, embed_data

from bland_nb import APIStatusError
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.widgets.calls import CallExplorer

PAGE = 50


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=5, calls=2000)


@pytest.fixture
def panel(sandbox: Sandbox) -> CallExplorer:
    return CallExplorer(sandbox.client())


# -- the expected answers, from the sandbox's records ---------------------------------------------


def newest_first(sandbox: Sandbox, keep: Callable[[dict], bool] = lambda call: True) -> list[str]:
    """The ids of the recorded calls that `keep` accepts, newest first (List Calls' order)."""
    calls = sorted(sandbox.store.calls.timeline, key=lambda call: call["created_at"], reverse=True)
    return [call["call_id"] for call in calls if keep(call)]


def day_of(call: dict) -> date:
    return datetime.fromisoformat(call["created_at"]).date()


def campaign_named(sandbox: Sandbox, name: str) -> str:
    return next(cid for cid, c in sandbox.store.campaigns.campaigns.items() if c["campaign_name"] == name)


def human_call(sandbox: Sandbox) -> dict:
    """A finished call a person answered (it has a transcript and a price)."""
    return next(call for call in reversed(sandbox.store.calls.timeline) if call["answered_by"] == "human")


def requests(sandbox: Sandbox, endpoint: str) -> list[dict]:
    return [entry for entry in sandbox.log if entry["endpoint"] == endpoint]


def table_ids(html_text: str) -> list[str]:
    """The call ids of the table (the call id column comes last)."""
    return re.findall(r"<td>([0-9a-f-]{36})</td></tr>", html_text)


# -- the table and its filters --------------------------------------------------------------------


def test_opens_on_the_newest_page_of_calls_with_one_request(sandbox, panel):
    expected = newest_first(sandbox)
    assert panel.last_error is None
    assert table_ids(panel.table.html.value) == expected[:PAGE]
    assert panel.table.info.value == f"rows 1–{PAGE} of {len(expected):,}"
    assert [entry["query"] for entry in requests(sandbox, "list_calls")] == [{"from": "0", "to": "50", "limit": "50"}]
    assert [label for label, _ in panel.campaign.options][1:] == [
        c["campaign_name"] for c in sandbox.store.campaigns.campaigns.values()
    ]
    assert len(panel.batch.options) == 1 + len(sandbox.store.batches.batches)


FILTER_CASES: dict[str, Callable[[Sandbox], tuple[dict[str, Any], Callable[[dict], bool]]]] = {
    "answered by a person, longer than 1.5 min": lambda sb: (
        {"answered_by": "human", "duration_gt": 1.5},
        lambda c: c["answered_by"] == "human" and c["call_length"] > 1.5,
    ),
    "a campaign's calls not finished yet": lambda sb: (
        {"campaign_id": campaign_named(sb, "Event invites"), "completed": False},
        lambda c: c["campaign_id"] == campaign_named(sb, "Event invites") and not c["completed"],
    ),
    "a batch's voicemails": lambda sb: (
        {"batch_id": next(iter(sb.store.batches.batches)), "answered_by": "voicemail"},
        lambda c: c["batch_id"] == next(iter(sb.store.batches.batches)) and c["answered_by"] == "voicemail",
    ),
    "five days, finished": lambda sb: (
        {
            "start_date": day_of(sb.store.calls.timeline[0]) + timedelta(days=10),
            "end_date": day_of(sb.store.calls.timeline[0]) + timedelta(days=14),
            "completed": True,
        },
        lambda c: (
            day_of(sb.store.calls.timeline[0]) + timedelta(days=10)
            <= day_of(c)
            <= day_of(sb.store.calls.timeline[0]) + timedelta(days=14)
            and c["completed"]
        ),
    ),
}


@pytest.mark.parametrize("case", FILTER_CASES)
def test_filters_show_exactly_the_calls_the_records_say(sandbox, panel, case):
    filters, keep = FILTER_CASES[case](sandbox)
    expected = newest_first(sandbox, keep)
    assert len(expected) > PAGE or case == "a campaign's calls not finished yet"
    before = len(requests(sandbox, "list_calls"))
    panel.filter(**filters)
    assert panel.last_error is None
    assert table_ids(panel.table.html.value) == expected[:PAGE]
    assert panel.table.total == len(expected) > 0
    assert f"{len(expected):,} calls match these filters." in panel.status.value
    sent = requests(sandbox, "list_calls")[before:]
    assert len(sent) == 1  # filtered by the API, one window: never every call
    assert {"from": "0", "to": "50", "limit": "50"}.items() <= sent[0]["query"].items()
    assert {
        name: str(value).lower() if isinstance(value, bool) else str(value) for name, value in filters.items()
    }.items() <= sent[0]["query"].items()


def test_the_filter_widgets_and_apply_work_like_filter(sandbox, panel):
    cid = campaign_named(sandbox, "Spring promo")
    panel.campaign.value = cid
    panel.answered_by.value = "human"
    panel.status_filter.value = "finished"
    panel.min_minutes.value = 2.0
    assert table_ids(panel.table.html.value) == newest_first(sandbox)[:PAGE]  # nothing sent before Apply
    panel.apply_button.click()
    expected = newest_first(
        sandbox,
        lambda c: c["campaign_id"] == cid and c["answered_by"] == "human" and c["completed"] and c["call_length"] > 2.0,
    )
    assert table_ids(panel.table.html.value) == expected[:PAGE]
    assert panel.table.info.value == f"rows 1–{min(PAGE, len(expected))} of {len(expected):,}"
    panel.filter()  # every filter back to "any"
    assert (panel.campaign.value, panel.answered_by.value, panel.status_filter.value) == ("", "", "any")
    assert panel.table.total == len(sandbox.store.calls.timeline)


def test_next_and_previous_pages(sandbox, panel):
    expected = newest_first(sandbox, lambda c: c["answered_by"] == "human")
    panel.filter(answered_by="human")
    assert panel.table.previous.disabled
    panel.table.next.click()
    assert table_ids(panel.table.html.value) == expected[PAGE : 2 * PAGE]
    assert panel.table.info.value == f"rows 51–100 of {len(expected):,}"
    assert requests(sandbox, "list_calls")[-1]["query"]["from"] == "50"
    panel.table.previous.click()
    assert table_ids(panel.table.html.value) == expected[:PAGE]
    assert panel.table.previous.disabled


@pytest.mark.parametrize(
    "filters, said",
    [
        ({"duration_gt": -1}, "'Longer than' must be 0 minutes or more, not -1"),
        (
            {"start_date": "2026-11-20", "end_date": "2026-11-10"},
            "The end day 2026-11-10 is before the start day 2026-11-20",
        ),
    ],
)
def test_impossible_filters_are_said_and_nothing_is_sent(sandbox, panel, filters, said):
    shown, before = panel.table.html.value, len(sandbox.log)
    panel.filter(**filters)
    assert html.escape(said) in panel.status.value and "nothing was fetched" in panel.status.value
    assert len(sandbox.log) == before
    assert panel.table.html.value == shown


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"status": "failed"}, "unknown filter status; accepted: start_date, end_date"),
        ({"campaign_id": "no-such-campaign"}, "campaign_id='no-such-campaign' is not one of the choices"),
        ({"answered_by": "robot"}, "answered_by='robot' is not one of the choices; accepted: None (any), 'human'"),
        ({"completed": "yes"}, "completed='yes' is not accepted; accepted: True, False or None"),
        ({"duration_gt": "long"}, "duration_gt='long' is not a number of minutes; accepted: a number >= 0"),
        (
            {"start_date": "26/11/2026"},
            "start_date='26/11/2026' is not a day; accepted: a datetime.date or 'YYYY-MM-DD'",
        ),
    ],
)
def test_filter_refuses_bad_arguments_by_name_before_anything_changes(sandbox, panel, filters, message):
    before = len(sandbox.log)
    with pytest.raises(bland_nb.BlandValidationError, match=re.escape(message)):
        panel.filter(**{"answered_by": "voicemail", **filters})
    assert len(sandbox.log) == before
    assert panel.answered_by.value == ""  # no widget was set


# -- one call ---------------------------------------------------------------------------------------


def test_picking_a_call_shows_its_transcript_price_and_recording(sandbox, panel):
    panel.filter(answered_by="human")
    call_id = panel.table.picker.options[3][1]
    panel.table.picker.value = call_id  # as a click in the picker does
    record = sandbox.store.calls.details(call_id)
    assert panel.last_error is None and panel.detail.layout.display == "" and panel.call_id == call_id
    assert record["call_id"] in panel.heading.value
    lines = re.findall(r"<div><b>(.*?)</b>: (.*?)</div>", panel.transcript.value)
    assert lines == [(segment["user"], html.escape(segment["text"])) for segment in record["transcripts"]]
    assert "overflow-y:auto" in panel.transcript.value and "max-height" in panel.transcript.value
    assert f"${record['price']:.4f}" in panel.facts.value
    assert f"{record['call_length']:.2f} min" in panel.facts.value
    assert html.escape(record["summary"]) in panel.facts.value
    assert f"<a href='{record['recording_url']}' target='_blank'" in panel.facts.value


def test_select_shows_a_call_that_is_not_on_this_page(sandbox, panel):
    oldest = sandbox.store.calls.timeline[0]
    panel.select(oldest["call_id"])
    assert panel.call_id == oldest["call_id"] and panel.last_error is None
    assert f"${oldest['price']:.4f}" in panel.facts.value
    assert [entry["path"] for entry in requests(sandbox, "get_call")] == [f"/v1/calls/{oldest['call_id']}"]


def test_text_from_the_api_is_escaped_and_only_web_links_are_links(sandbox, panel, monkeypatch):
    call = human_call(sandbox)
    details = sandbox.store.calls.details

    def hostile(call_id):
        return {
            **details(call_id),
            "summary": "<img src=x onerror=alert(1)>",
            "recording_url": "javascript:alert(1)",
            "transcripts": [{"user": "<b>user</b>", "text": "<script>alert(1)</script>"}],
        }

    monkeypatch.setattr(sandbox.store.calls, "details", hostile)
    panel.select(call["call_id"])
    shown = panel.facts.value + panel.transcript.value
    assert "<script>" not in shown and "<img" not in shown and "<b>user</b>" not in panel.transcript.value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel.transcript.value
    assert "href" not in panel.facts.value and "javascript:alert(1)" in panel.facts.value


def test_a_wrong_call_id_is_said_in_the_panel_not_raised(sandbox, panel):
    panel.select(human_call(sandbox)["call_id"])
    panel.select("no-such-call")
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value
    assert panel.detail.layout.display == "none" and panel.call_id is None  # the previous call is not left showing


def test_a_failing_api_is_said_in_the_panel_not_raised():
    sandbox = Sandbox(seed=5, calls=200, faults=Faults(error_rate=1.0))
    panel = CallExplorer(sandbox.client(max_retries=0))
    assert isinstance(panel.last_error, APIStatusError)
    assert "The API refused this" in panel.status.value and "Traceback" not in panel.status.value


# -- the analysis: billed, so it asks first and sends once ------------------------------------------


@pytest.fixture
def ready(sandbox, panel) -> dict:
    """The panel showing a human-answered call whose customer confirmed, with a goal and two questions written."""
    call = next(
        call
        for call in reversed(sandbox.store.calls.timeline)
        if call["answered_by"] == "human"
        and "confirmed the appointment" in (sandbox.store.calls.details(call["call_id"])["summary"] or "")
    )
    panel.select(call["call_id"])
    panel.goal.value = "Confirm the appointment"
    panel.questions.value = "Who answered the call?\n\n  Did they confirm? | yes or no \n"
    return call


def test_analyze_asks_first_then_sends_exactly_one_request(sandbox, panel, ready):
    panel.analyze_button.click()
    assert panel.confirmation.layout.display == ""
    assert ready["call_id"] in panel.confirmation.text.value and "2 questions" in panel.confirmation.text.value
    assert requests(sandbox, "analyze_call") == []  # asking sent nothing

    panel.confirmation.confirm_button.click()
    panel.confirmation.confirm_button.click()  # a double click
    sent = requests(sandbox, "analyze_call")
    assert len(sent) == 1
    assert sent[0]["path"] == f"/v1/calls/{ready['call_id']}/analyze"
    assert sent[0]["body"] == {
        "goal": "Confirm the appointment",
        "questions": [["Who answered the call?", "string"], ["Did they confirm?", "yes or no"]],
    }
    answers = re.findall(r"<tr><td>(.*?)</td><td><b>(.*?)</b></td></tr>", panel.answers.value)
    assert answers == [("Who answered the call?", ready["answered_by"]), ("Did they confirm?", "True")]
    assert f"Analyzed call {ready['call_id']}: 2 of 2 answered." in panel.status.value
    assert panel.confirmation.layout.display == "none"


def test_buttons_are_disabled_while_the_analysis_is_in_flight(panel, ready, monkeypatch):
    panel.analyze_button.click()
    seen = []
    analyze = panel.client.calls.analyze

    def watching(*args, **kwargs):
        seen.append(
            (
                panel.analyze_button.disabled,
                panel.confirmation.confirm_button.disabled,
                panel.confirmation.cancel_button.disabled,
            )
        )
        return analyze(*args, **kwargs)

    monkeypatch.setattr(panel.client.calls, "analyze", watching)
    panel.confirmation.confirm_button.click()
    assert seen == [(True, True, True)]
    assert not panel.analyze_button.disabled  # usable again afterwards


def test_cancel_sends_nothing(sandbox, panel, ready):
    panel.analyze_button.click()
    panel.confirmation.cancel_button.click()
    panel.confirmation.confirm_button.click()  # a stale click after cancelling
    assert requests(sandbox, "analyze_call") == []
    assert panel.confirmation.layout.display == "none"


def test_picking_another_call_drops_the_pending_analysis(sandbox, panel, ready):
    panel.analyze_button.click()
    panel.select(sandbox.store.calls.timeline[0]["call_id"])
    panel.confirmation.confirm_button.click()
    assert requests(sandbox, "analyze_call") == []


@pytest.mark.parametrize(
    "goal, questions, missing",
    [
        ("", "Who answered?", "the call's goal"),
        ("Confirm", " \n ", "at least one question"),
    ],
)
def test_analyze_needs_a_goal_and_a_question(sandbox, panel, ready, goal, questions, missing):
    panel.goal.value, panel.questions.value = goal, questions
    panel.analyze_button.click()
    assert f"Give {missing} first; nothing was sent." in html.unescape(panel.status.value)
    assert panel.confirmation.layout.display == "none"
    panel.confirmation.confirm_button.click()  # hidden, but clicked anyway
    assert requests(sandbox, "analyze_call") == []


def test_a_refused_analysis_is_said_in_the_panel(sandbox, panel, ready):
    panel.analyze_button.click()
    del sandbox.store.calls.calls[ready["call_id"]]  # gone meanwhile: the API answers 404
    panel.confirmation.confirm_button.click()
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value
    assert not panel.confirmation.confirm_button.disabled and not panel.analyze_button.disabled
    assert len(requests(sandbox, "analyze_call")) == 1


# -- what reaches the front end ---------------------------------------------------------------------


def test_saved_state_holds_no_key_and_one_page_of_calls(sandbox, panel):
    panel.filter(answered_by="human")
    panel.table.next.click()
    panel.select(panel.table.picker.options[0][1])
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    shown = {call["call_id"] for call in sandbox.store.calls.timeline} & set(re.findall(r"[0-9a-f-]{36}", state))
    assert 0 < len(shown) <= PAGE
