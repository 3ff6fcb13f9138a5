"""CallExplorer driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

import bland_nb

pytest.importorskip("ipywidgets")

import ipywidgets as widgets
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


def money(value: float) -> str:
    return f"${value:,.2f}"


def shown_status(call: dict) -> str:
    """What the status column should say of a recorded call."""
    if call["queue_status"] in ("started", "in-progress"):
        return "in progress"
    if call["queue_status"] == "cancelled":
        return "cancelled"
    return call["status"] if call["completed"] else "queued"


def shown_figures(call: dict) -> tuple[str, str]:
    """The (minutes, price) cells a recorded call should show: blank unless finished and connected (or billed)."""
    if shown_status(call) in ("queued", "in progress", "cancelled"):
        return "", ""
    minutes = f"{call['call_length']:,.2f}" if call["call_length"] else ""
    return minutes, money(call["price"]) if call["call_length"] or call["price"] else ""


def table_rows(table: Any) -> list[dict[str, str]]:
    """The grid's rows as the browser draws them: header → cell text, the full call id from its title."""
    heads = [column["label"] for column in table.grid.columns]
    return [{**dict(zip(heads, row["cells"])), "id": row["titles"][-1]} for row in table.grid.rows]


def table_ids(table: Any) -> list[str]:
    """The call ids of the grid's rows (the call id column comes last, shortened, the whole id in its title)."""
    return [row["id"] for row in table_rows(table)]


def click_row(panel: CallExplorer, index: int) -> str:
    """Click the grid's row `index` (as the browser does: it sets the synced `selected`); its call id."""
    call_id = panel.table.grid.rows[index]["key"]
    panel.table.grid.selected = call_id
    return call_id


# -- the table and its filters --------------------------------------------------------------------


def test_opens_on_the_newest_page_of_calls_with_one_request(sandbox, panel):
    expected = newest_first(sandbox)
    assert panel.last_error is None
    assert table_ids(panel.table) == expected[:PAGE]
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
    assert table_ids(panel.table) == expected[:PAGE]
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
    assert table_ids(panel.table) == newest_first(sandbox)[:PAGE]  # nothing sent before Apply
    panel.apply_button.click()
    expected = newest_first(
        sandbox,
        lambda c: c["campaign_id"] == cid and c["answered_by"] == "human" and c["completed"] and c["call_length"] > 2.0,
    )
    assert table_ids(panel.table) == expected[:PAGE]
    assert panel.table.info.value == f"rows 1–{min(PAGE, len(expected))} of {len(expected):,}"
    panel.filter()  # every filter back to "any"
    assert (panel.campaign.value, panel.answered_by.value, panel.status_filter.value) == ("", "", "any")
    assert panel.table.total == len(sandbox.store.calls.timeline)


def test_next_and_previous_pages(sandbox, panel):
    expected = newest_first(sandbox, lambda c: c["answered_by"] == "human")
    panel.filter(answered_by="human")
    assert panel.table.previous.disabled
    panel.table.next.click()
    assert table_ids(panel.table) == expected[PAGE : 2 * PAGE]
    assert panel.table.info.value == f"rows 51–100 of {len(expected):,}"
    assert requests(sandbox, "list_calls")[-1]["query"]["from"] == "50"
    panel.table.previous.click()
    assert table_ids(panel.table) == expected[:PAGE]
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
    shown, before = panel.table.grid.rows, len(sandbox.log)
    panel.filter(**filters)
    assert html.escape(said) in panel.status.value and "nothing was fetched" in panel.status.value
    assert len(sandbox.log) == before
    assert panel.table.grid.rows == shown


def test_filter_takes_a_day_as_the_export_does_a_datetime_as_its_utc_day(panel):
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    evening = datetime(2026, 11, 20, 23, 30, tzinfo=ZoneInfo("America/New_York"))  # 04:30 UTC the next day
    panel.filter(start_date=evening, end_date="2026-11-25T10:00:00Z")
    assert (panel.start.value, panel.end.value) == ("2026-11-21", "2026-11-25")
    panel.filter(start_date=date(2026, 11, 1))
    assert panel.start.value == "2026-11-01" and panel.last_error is None


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
            "start_date='26/11/2026' is not a day; accepted: a date, a datetime (naive = UTC) or an ISO 8601",
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
    call_id = click_row(panel, 3)
    assert panel.table.selected == call_id  # the row highlighted (the browser draws aria-selected from it)
    record = sandbox.store.calls.details(call_id)
    assert panel.last_error is None and panel.detail.layout.display == "" and panel.call_id == call_id
    assert record["call_id"] in panel.heading.value
    turns = re.findall(r"<b>(.*?)</b> <small[^>]*>(.*?)</small><div>(.*?)</div>", panel.transcript.value)
    speakers = {"assistant": "Agent", "user": "Person"}
    assert turns == [
        (speakers[segment["user"]], segment["created_at"][11:19], html.escape(segment["text"]))
        for segment in record["transcripts"]
    ]
    assert {speaker for speaker, _, _ in turns} == {"Agent", "Person"}  # said in words, not only by colour
    assert "overflow-y:auto" in panel.transcript.value and "max-height" in panel.transcript.value
    assert money(record["price"]) in panel.facts.value
    assert f"{record['call_length']:.2f} min" in panel.facts.value
    assert html.escape(record["summary"]) in panel.facts.value
    url = record["recording_url"]
    assert f"<a href='{url}' target='_blank' rel='noopener' style='color:var(--jp-content-link-color, #1976d2)" in (
        panel.facts.value
    )
    assert "text-decoration:underline" in panel.facts.value
    assert f"<audio controls preload='none' src='{url}'" in panel.facts.value


def test_select_shows_a_call_that_is_not_on_this_page(sandbox, panel):
    oldest = sandbox.store.calls.timeline[0]
    panel.select(oldest["call_id"])
    assert panel.call_id == oldest["call_id"] and panel.last_error is None
    assert money(oldest["price"]) in panel.facts.value
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
    assert "<audio" not in panel.facts.value  # no player for what is not a web address


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
    click_row(panel, 0)
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    shown = {call["call_id"] for call in sandbox.store.calls.timeline} & set(re.findall(r"[0-9a-f-]{36}", state))
    assert 0 < len(shown) <= PAGE


# -- how calls read: one status, no figures where there are none, short ids, one price format --------


def all_rows(panel: CallExplorer) -> list[dict[str, str]]:
    """Every row of the table, page after page, as a person paging through would read them."""
    rows = table_rows(panel.table)
    while not panel.table.next.disabled:
        panel.table.next.click()
        rows += table_rows(panel.table)
    return rows


def test_every_row_says_one_status_and_no_minutes_or_price_it_does_not_have(sandbox, panel):
    sandbox.advance(minutes=10)  # some calls are on the line now
    panel.refresh()
    records = {call["call_id"]: call for call in sandbox.store.calls.timeline}
    rows = all_rows(panel)
    assert [row["id"] for row in rows] == newest_first(sandbox)
    for row in rows:
        call = records[row["id"]]
        assert row["status"] == shown_status(call), call
        assert (row["minutes"], row["price"]) == shown_figures(call), call
        assert row["call id"] == row["id"][:8] + "…"
    said = {row["status"] for row in rows}
    assert {"queued", "in progress", "cancelled", "completed", "failed", "no-answer"} <= said
    assert not any("queue" in column["label"] for column in panel.table.grid.columns)  # one status column
    unfinished = [row for row in rows if row["status"] in ("queued", "in progress", "cancelled")]
    assert unfinished and all(row["minutes"] == row["price"] == "" for row in unfinished)


def test_a_queued_call_in_depth_has_no_length_or_price(sandbox, panel):
    queued = next(call for call in sandbox.store.calls.timeline if not call["completed"])
    panel.select(queued["call_id"])
    facts = dict(re.findall(r"<th[^>]*>(.*?)</th><td>(.*?)</td>", panel.facts.value))
    assert (facts["status"], facts["length"], facts["price"]) == ("queued", "—", "—")


def test_the_price_reads_the_same_in_the_table_and_in_the_detail(sandbox, panel):
    row = next(row for row in table_rows(panel.table) if row["price"])
    panel.select(row["id"])
    record = sandbox.store.calls.details(row["id"])
    facts = dict(re.findall(r"<th[^>]*>(.*?)</th><td>(.*?)</td>", panel.facts.value))
    assert facts["price"] == row["price"] == money(record["price"])


def test_ids_are_short_in_the_table_and_whole_and_selectable_in_the_detail(sandbox, panel):
    newest = newest_first(sandbox)[0]
    row = panel.table.grid.rows[0]
    assert (row["key"], row["cells"][-1], row["titles"][-1]) == (newest, f"{newest[:8]}…", newest)
    panel.select(newest)
    assert f"<code style='user-select:all;overflow-wrap:anywhere'>{newest}</code>" in panel.heading.value


# -- days typed as YYYY-MM-DD, times in a chosen zone ------------------------------------------------


def test_days_are_typed_as_iso_text_and_a_wrong_one_is_said(sandbox, panel):
    assert panel.start.placeholder == panel.end.placeholder == "YYYY-MM-DD"
    first = day_of(sandbox.store.calls.timeline[0])
    panel.start.value, panel.end.value = "11/20/2026", ""
    before = len(sandbox.log)
    panel.apply_button.click()
    said = html.unescape(panel.status.value)
    assert "'From (UTC day)' must be a day written YYYY-MM-DD, e.g. 2026-11-20, not '11/20/2026'" in said
    assert "nothing was fetched" in said and len(sandbox.log) == before
    panel.start.value, panel.end.value = f" {first + timedelta(days=3)} ", str(first + timedelta(days=4))
    panel.apply_button.click()
    keep = lambda c: first + timedelta(days=3) <= day_of(c) <= first + timedelta(days=4)  # noqa: E731
    assert panel.last_error is None and table_ids(panel.table) == newest_first(sandbox, keep)[:PAGE]
    panel.filter(start_date=first)  # filter() writes the day as YYYY-MM-DD
    assert (panel.start.value, panel.end.value) == (first.isoformat(), "")


def test_times_follow_the_chosen_zone_in_the_table_and_the_detail(sandbox, panel):
    record = sandbox.store.calls.details(human_call(sandbox)["call_id"])
    panel.select(record["call_id"])
    panel.table.next.click()
    page = table_ids(panel.table)
    panel.zone.value = "America/New_York"
    assert panel.last_error is None
    assert panel.table.grid.columns[0]["label"] == "created (America/New_York)"
    assert table_ids(panel.table) == page and panel.table.page == 1  # the same page
    newest = {call["call_id"]: call for call in sandbox.store.calls.timeline}[page[0]]
    local = datetime.fromisoformat(newest["created_at"]).astimezone(ZoneInfo("America/New_York"))
    assert table_rows(panel.table)[0]["created (America/New_York)"] == f"{local:%Y-%m-%d %H:%M:%S}"
    created = datetime.fromisoformat(record["created_at"]).astimezone(ZoneInfo("America/New_York"))
    assert f"created {created:%Y-%m-%d %H:%M:%S} America/New_York" in panel.heading.value
    said = datetime.fromisoformat(record["transcripts"][0]["created_at"]).astimezone(ZoneInfo("America/New_York"))
    assert f">{said:%H:%M:%S}</small>" in panel.transcript.value
    assert panel.call_id == record["call_id"] and panel.detail.layout.display == ""
    panel.zone.value = "UTC"
    assert panel.table.grid.columns[0]["label"] == "created (UTC)" and " UTC · to" in panel.heading.value


# -- saying what is there ----------------------------------------------------------------------------


def test_no_calls_and_no_filter_says_no_calls_yet():
    panel = CallExplorer(Sandbox(seed=5, calls=0).client())
    assert panel.last_error is None
    assert panel.table.grid.rows == [] and panel.table.grid.empty == "No calls yet."
    assert "No calls yet." in panel.status.value
    assert "filter" not in panel.status.value and "filter" not in panel.table.grid.empty


def test_no_calls_matching_the_filters_says_so(panel):
    panel.filter(duration_gt=100_000)
    assert panel.table.grid.rows == [] and panel.table.grid.empty == "No calls match these filters."
    assert "No calls match these filters." in panel.status.value


def test_without_filters_the_status_line_claims_none(sandbox, panel):
    assert f"{len(sandbox.store.calls.timeline):,} calls." in panel.status.value
    assert "filter" not in panel.status.value


# -- the call detail: player, themed transcript, beside the table ------------------------------------


def test_the_transcript_uses_the_theme_colours_never_a_fixed_light_background(sandbox, panel):
    panel.select(human_call(sandbox)["call_id"])
    shown = panel.transcript.value + panel.facts.value
    assert "var(--jp-ui-font-color1" in shown
    for background in re.findall(r"background:([^;']+)", shown):
        assert background.startswith("var(--jp-") or background == "transparent", background
    assert "#ddd" not in shown


def test_paging_keeps_the_call_shown_and_fetches_no_other(sandbox, panel):
    call_id = click_row(panel, 2)
    panel.table.next.click()
    panel.table.previous.click()
    assert panel.call_id == call_id and call_id in panel.heading.value
    assert [entry["path"] for entry in requests(sandbox, "get_call")] == [f"/v1/calls/{call_id}"]


def test_a_picked_call_opens_beside_the_table(sandbox, panel):
    assert panel.views.layout.flex_flow == "row wrap"
    table, beside = panel.views.children
    assert table is panel.table and panel.detail in beside.children and panel.hint in beside.children
    assert table.layout.min_width and beside.layout.min_width  # narrow screens stack them
    click_row(panel, 0)
    assert panel.detail.layout.display == "" and panel.hint.layout.display == "none"


def test_inputs_fit_the_panel_and_filter_rows_wrap(panel):
    def walk(widget):
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    inputs = [
        widget
        for widget in walk(panel)
        if isinstance(widget, (widgets.Text, widgets.Textarea, widgets.Dropdown, widgets.FloatText, widgets.Select))
    ]
    assert len(inputs) >= 10
    for widget in inputs:
        assert widget.layout.width != "100%", widget.description
    filters = panel.children[2].children  # after the title bar and the status line
    assert all(row.layout.flex_flow == "row wrap" for row in filters)


# -- export ----------------------------------------------------------------------------------------


def test_export_writes_every_filtered_call_to_csv(sandbox, panel, tmp_path):
    first = day_of(sandbox.store.calls.timeline[0])
    panel.filter(start_date=first + timedelta(days=2), end_date=first + timedelta(days=20), answered_by="human")
    expected = newest_first(
        sandbox,
        lambda c: first + timedelta(days=2) <= day_of(c) <= first + timedelta(days=20) and c["answered_by"] == "human",
    )
    assert len(expected) > PAGE  # more than the page shown
    panel.export_button.click()
    assert panel.export_box.layout.display == ""
    path = tmp_path / "human.csv"
    panel.export_path.value = str(path)
    panel.write_button.click()
    assert panel.last_error is None
    assert f"Wrote {len(expected):,} calls to {path}" in html.unescape(panel.status.value)
    written = pd.read_csv(path)
    assert sorted(written["call_id"]) == sorted(expected)


def test_export_writes_parquet_and_the_path_follows_the_format(sandbox, panel, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert re.fullmatch(r"calls-\d{8}-\d{6}\.csv", panel.export_path.value)  # in the working directory
    panel.export_format.value = "Parquet"
    assert panel.export_path.value.endswith(".parquet")
    panel.filter(completed=False)
    panel.write_button.click()
    written = pd.read_parquet(tmp_path / panel.export_path.value)
    assert sorted(written["call_id"]) == sorted(newest_first(sandbox, lambda c: not c["completed"]))
    assert f"Wrote {len(written):,} calls to {panel.export_path.value}" in panel.status.value


def test_export_refuses_an_existing_file_unless_overwrite_is_ticked(sandbox, panel, tmp_path):
    path = tmp_path / "calls.csv"
    path.write_text("keep me")
    panel.export_path.value = str(path)
    panel.write_button.click()
    said = html.unescape(panel.status.value)
    assert f"{path} already exists: tick 'Overwrite if it exists'" in said and "nothing was written" in said
    assert path.read_text() == "keep me"
    panel.overwrite.value = True
    panel.write_button.click()
    assert len(pd.read_csv(path)) == len(sandbox.store.calls.timeline)


@pytest.mark.parametrize(
    "where, said",
    [
        (lambda tmp: "", "Give a file path to write the calls to; nothing was written."),
        (lambda tmp: str(tmp), "is a folder: give a file name; nothing was written."),
        (lambda tmp: str(tmp / "missing" / "calls.csv"), "does not exist; nothing was written."),
    ],
)
def test_export_says_what_is_wrong_with_the_path(sandbox, panel, tmp_path, where, said):
    panel.export_path.value = where(tmp_path)
    before = len(sandbox.log)
    panel.write_button.click()
    assert said in html.unescape(panel.status.value) and "Error" in panel.status.value
    assert len(sandbox.log) == before  # nothing fetched


# -- the grid: sort by the API, search, page size and page jump ---------------------------------------


def oldest_first(sandbox: Sandbox, keep: Callable[[dict], bool] = lambda call: True) -> list[str]:
    """The ids of the recorded calls that `keep` accepts, in the store's order (oldest first)."""
    calls = sorted(sandbox.store.calls.timeline, key=lambda call: call["created_at"])
    return [call["call_id"] for call in calls if keep(call)]


def test_the_created_header_sorts_by_the_api_and_the_others_say_they_do_not_sort(sandbox, panel):
    columns = {column["name"]: column for column in panel.table.grid.columns}
    assert [name for name, column in columns.items() if column["sortable"]] == ["created_at"]
    assert all("Not sortable" in column["title"] for name, column in columns.items() if name != "created_at")
    assert panel.table.sort == "-created_at"  # the API's own order, newest first
    panel.table.grid.sort = "created_at"  # a click on the header
    assert panel.last_error is None
    assert table_ids(panel.table) == oldest_first(sandbox)[:PAGE]
    sent = requests(sandbox, "list_calls")[-1]["query"]
    assert {"sort_by": "created_at", "ascending": "true", "from": "0"}.items() <= sent.items()
    panel.table.next.click()  # the next page in the same order
    assert table_ids(panel.table) == oldest_first(sandbox)[PAGE : 2 * PAGE]
    panel.filter(answered_by="human")  # the order stays with new filters
    assert table_ids(panel.table) == oldest_first(sandbox, lambda c: c["answered_by"] == "human")[:PAGE]
    panel.table.grid.sort = "-created_at"  # a second click
    assert table_ids(panel.table) == newest_first(sandbox, lambda c: c["answered_by"] == "human")[:PAGE]


@pytest.mark.parametrize("number_is, field", [("to_number", "to"), ("from_number", "from")])
def test_a_phone_number_in_search_lists_exactly_the_calls_to_or_from_it(sandbox, panel, number_is, field):
    number = sandbox.store.calls.timeline[7][field]
    panel.number_is.value = number_is
    panel.search.value = f" {number} "  # typed, then Enter
    expected = newest_first(sandbox, lambda c: c[field] == number)
    assert panel.last_error is None and panel.table.total == len(expected)
    assert table_ids(panel.table) == expected[:PAGE]
    assert requests(sandbox, "list_calls")[-1]["query"][f"{field}_number"] == number
    said = "1 call matches these filters." if len(expected) == 1 else f"{len(expected):,} calls match these filters."
    assert said in panel.status.value
    panel.search.value = ""  # cleared: every call again
    assert panel.table.total == len(sandbox.store.calls.timeline)


def test_a_number_search_keeps_the_filters_and_filter_sets_it(sandbox, panel):
    call = human_call(sandbox)
    panel.filter(answered_by="voicemail", to_number=call["to"])
    assert panel.search.value == call["to"] and panel.table.total == 0  # that call was answered by a person
    panel.filter(answered_by="human", to_number=call["to"])
    assert table_ids(panel.table) == [call["call_id"]]
    with pytest.raises(bland_nb.BlandValidationError, match="not both"):
        panel.filter(to_number=call["to"], from_number=call["from"])


def test_a_wrong_number_is_said_and_the_table_stays(sandbox, panel):
    shown = table_ids(panel.table)
    panel.search.value = "555 0000"
    assert isinstance(panel.last_error, bland_nb.BlandValidationError)
    assert "is not a valid phone number" in html.unescape(panel.status.value)
    assert table_ids(panel.table) == shown and panel.applied == {}


def test_a_call_id_in_search_opens_that_call(sandbox, panel):
    oldest = sandbox.store.calls.timeline[0]
    before = len(requests(sandbox, "list_calls"))
    panel.search.value = oldest["call_id"]
    assert panel.last_error is None and panel.call_id == oldest["call_id"] == panel.table.selected
    assert oldest["call_id"] in panel.heading.value and panel.detail.layout.display == ""
    assert [entry["path"] for entry in requests(sandbox, "get_call")] == [f"/v1/calls/{oldest['call_id']}"]
    assert len(requests(sandbox, "list_calls")) == before  # the table is left as it was


def test_clicking_a_row_shows_it_and_keeps_it_highlighted_across_pages(sandbox, panel):
    call_id = click_row(panel, 4)
    assert panel.call_id == call_id and call_id in panel.heading.value and panel.detail.layout.display == ""
    panel.table.next.click()
    panel.table.previous.click()
    assert panel.table.selected == call_id  # still highlighted, not fetched again
    assert len(requests(sandbox, "get_call")) == 1


def test_page_size_and_page_jump(sandbox, panel):
    expected = newest_first(sandbox)
    panel.table.jump.value = 3  # page 3 of 50 rows
    assert table_ids(panel.table) == expected[100:150]
    panel.table.size.value = 100  # the page holding the first row shown
    assert table_ids(panel.table) == expected[100:200] and panel.table.jump.value == 2
    assert panel.table.info.value == f"rows 101–200 of {len(expected):,}"
    assert panel.table.jump.description == f"Page (of {len(expected) // 100})"
    panel.table.size.value = 25
    assert table_ids(panel.table) == expected[100:125] and panel.table.jump.value == 5
    assert requests(sandbox, "list_calls")[-1]["query"]["limit"] == "25"
    panel.table.jump.value = 10_000  # past the end: the last page
    assert panel.table.jump.value == len(expected) // 25 and table_ids(panel.table) == expected[-25:]
    assert panel.last_error is None
