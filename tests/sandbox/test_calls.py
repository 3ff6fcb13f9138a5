"""Calls, campaigns, batches and the account in the sandbox: a seeded history that behaves."""

from __future__ import annotations

import asyncio
import json
import re

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox, route

from .conftest import CATALOG, raw


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=7, calls=600)


def live_campaign(client):
    return next(c for c in client.campaigns.list() if c.campaign_name == "Event invites")


def pending(sandbox, calls=None):
    calls = sandbox.store.calls.timeline if calls is None else calls
    return [c for c in calls if c["queue_status"] in ("queued", "started")]


def test_same_seed_same_world():
    first, second = Sandbox(seed=3, calls=300), Sandbox(seed=3, calls=300)
    answers = [json.dumps(s.client().with_raw_response.calls.list(limit=300).json()) for s in (first, second)]
    assert answers[0] == answers[1] and first.api_key == second.api_key
    other = Sandbox(seed=4, calls=300).client().with_raw_response.calls.list(limit=300).json()
    assert json.dumps(other) != answers[0]


def test_history_spans_thirty_days_with_variety(sandbox):
    calls = sandbox.store.calls.timeline
    assert len(calls) == 600
    days = {c["created_at"][:10] for c in calls}
    assert len(days) >= 25
    assert {c["answered_by"] for c in calls} >= {"human", "voicemail", "unknown", None}
    assert {c["status"] for c in calls} >= {"completed", "failed", "no-answer"}
    done = [c for c in calls if c["completed"] and c["queue_status"] == "complete"]
    assert all(c["price"] == round(c["call_length"] * 0.09, 4) for c in done)


def documented_values(field: str) -> set[str]:
    """The values Call Details documents for `field` ("human, voicemail, ..., or null (...)")."""
    text = next(f["description"] for f in CATALOG["get_call"]["response_fields"] if f["name"] == field)
    listed = text.split(":", 1)[-1].split(" (")[0].strip(" .")
    return {re.sub(r"^or ", "", value.strip()) for value in listed.split(",")} - {"null"}


def test_the_default_world_holds_every_documented_value():
    answered_by, status = documented_values("answered_by"), documented_values("status")
    assert answered_by == {"human", "voicemail", "unknown", "no-answer"}
    assert status == {"completed", "failed", "busy", "no-answer", "canceled", "unknown"}
    sandbox = Sandbox()  # the world the notebooks, the demo and `bland-nb sandbox` show
    calls = sandbox.store.calls.timeline
    assert {c["answered_by"] for c in calls} >= answered_by | {None}
    assert {c["status"] for c in calls} >= status
    talked = [sandbox.store.calls.details(c["call_id"]) for c in calls if c["answered_by"] in ("human", "voicemail")]
    assert {bool(c["transcripts"]) for c in talked} == {True}
    assert {c["recording_url"] is None for c in talked} == {True, False}  # record: false on some
    assert {c["error_message"] is None for c in calls} == {True, False}
    assert {c["transferred_to"] is None for c in calls} == {True, False}
    silent = sandbox.store.calls.details(next(c["call_id"] for c in calls if c["answered_by"] is None))
    assert silent["transcripts"] == [] and silent["recording_url"] is None
    client = sandbox.client()
    for value in sorted(answered_by):
        page = client.calls.list(answered_by=value, limit=50)
        assert page.total > 0 and {c.answered_by for c in page.items} == {value}, value
    missed = [c for c in calls if c["answered_by"] == "no-answer"]
    assert all(c["status"] == "no-answer" and c["call_length"] == 0 for c in missed)


def test_campaign_metrics_are_computed_from_the_calls(sandbox):
    client = sandbox.client()
    for campaign in client.campaigns.list():
        mine = [c for c in sandbox.store.calls.timeline if c["campaign_id"] == campaign.campaign_id]
        assert campaign.count == len(mine) > 0
        assert campaign.human_answered == sum(c["answered_by"] == "human" for c in mine)
        assert campaign.voicemail_answered == sum(c["answered_by"] == "voicemail" for c in mine)
        assert campaign.transferred_count == sum(c["transferred_to"] is not None for c in mine)


def test_stop_campaign_stops_its_queued_calls_once(sandbox):
    client = sandbox.client()
    campaign = live_campaign(client)
    queued = pending(sandbox, sandbox.store.calls.of_campaign(campaign.campaign_id))
    assert queued
    assert client.campaigns.stop(campaign.campaign_id).num_calls == len(queued)
    assert client.campaigns.stop(campaign.campaign_id).num_calls == 0
    assert {client.calls.get(c["call_id"]).queue_status for c in queued} == {"cancelled"}
    assert [entry["endpoint"] for entry in sandbox.log].count("stop_campaign") == 2


def test_lifecycle_and_charging_follow_the_clock(sandbox):
    client = sandbox.client()
    sent = client.calls.send(phone_number="+14155552671", task="Confirm the appointment")
    assert client.calls.get(sent.call_id).queue_status == "queued"
    balance = client.account.get().billing.current_balance
    sandbox.advance(minutes=0.5)
    assert client.calls.get(sent.call_id).queue_status in ("started", "complete")
    sandbox.advance(minutes=10)
    call = client.calls.get(sent.call_id)
    assert call.queue_status == "complete" and call.completed
    charged = sum(
        c["price"] for c in sandbox.store.calls.timeline if c["end_at"] and c["end_at"] > "2026-11-26T12:00:00"
    )
    account = sandbox.store.account
    assert account.balance == pytest.approx(balance - charged + account.refills * account.refill_amount)
    assert client.account.get().billing.current_balance == pytest.approx(account.balance, abs=1e-4)


def test_refill_when_the_balance_falls_under_the_threshold(sandbox):
    account = sandbox.store.account
    account.balance = account.refill_at + 0.01
    sandbox.advance(hours=2)
    assert account.refills >= 1 and account.balance >= account.refill_at


def test_create_campaign_queues_its_numbers(sandbox):
    client = sandbox.client()
    numbers = ["+14155552671", "+14155552672", "+12125550143"]
    created = client.campaigns.create(name="Flash sale", numbers=numbers, sequence={"retries": 1}, task="Tell them")
    rows = client.campaigns.get(created.campaign_id)
    assert rows.total == 3 and {r.phone_number for r in rows} == set(numbers)
    assert client.campaigns.stop(created.campaign_id).num_calls == 3


def test_batches_create_list_logs_and_stop(sandbox):
    client = sandbox.client()
    created = client.batches.create(
        global_={"task": "Say hi"},
        description="Pilot",
        call_objects=[{"phone_number": "+14155552671"}, {"phone_number": "+14155552672"}],
    )
    assert created.batch_id in [b.id for b in client.batches.list()]
    assert client.batches.get(created.batch_id).description == "Pilot"
    assert client.calls.list(batch_id=created.batch_id).total == 2
    assert client.batches.stop(created.batch_id) is None
    assert "stopped" in json.dumps([log.payload for log in client.batches.logs(created.batch_id)])
    assert pending(sandbox, sandbox.store.calls.of_batch(created.batch_id)) == []


def test_list_calls_windows_filters_and_order(sandbox):
    client = sandbox.client()
    campaign = live_campaign(client)
    page = client.calls.list(campaign_id=campaign.campaign_id, limit=50)
    ids = [call.call_id for call in page]
    expected = sandbox.store.calls.of_campaign(campaign.campaign_id)
    assert page.total == len(expected) and len(ids) == len(set(ids)) == len(expected)
    newest_first = [call.created_at for call in client.calls.list(limit=100).items]
    assert newest_first == sorted(newest_first, reverse=True)
    humans = client.calls.list(answered_by="human", start_date="2026-11-20", limit=1000)
    assert humans.total == sum(
        c["answered_by"] == "human" and c["created_at"] >= "2026-11-20" for c in sandbox.store.calls.timeline
    )
    assert all(c.answered_by == "human" for c in humans.items)


def test_send_call_twice_to_the_same_number_within_ten_seconds(sandbox):
    client = sandbox.client(max_retries=0)
    client.calls.send(phone_number="+14155552671", task="Confirm the appointment")
    with pytest.raises(bland_nb.RateLimitError, match="every 10 seconds"):
        client.calls.send(phone_number="+14155552671", task="Again")
    sandbox.advance(minutes=1)
    client.calls.send(phone_number="+14155552671", task="Later is fine")


def test_stop_call_and_stop_all(sandbox):
    client = sandbox.client()
    call_id = client.calls.send(phone_number="+14155552671", task="hi").call_id
    assert client.calls.stop(call_id).status == "success"
    with pytest.raises(bland_nb.BadRequestError):
        client.calls.stop(call_id)
    active = len(client.calls.list_active(org_id="o").items)
    assert client.calls.stop_all_active().num_calls == active
    assert client.calls.list_active(org_id="o").items == []


def test_wrong_key_gets_the_documented_401(sandbox):
    client = bland_nb.BlandClient(api_key="sk-wrong-key-000000", transport=sandbox.transport)
    with pytest.raises(bland_nb.AuthenticationError) as info:
        client.campaigns.list()
    assert info.value.code == "AUTH_FAILURE"
    assert sandbox.log == []


def test_unknown_ids_and_paths_are_404(sandbox):
    client = sandbox.client()
    with pytest.raises(bland_nb.NotFoundError):
        client.calls.get("no-such-call")
    with pytest.raises(bland_nb.NotFoundError):
        client.campaigns.stop("no-such-campaign")
    response = client._http.get(f"{client.base_url}/v1/nowhere", headers={"authorization": sandbox.api_key})
    assert response.status_code == 404 and response.json()["errors"][0]["error"] == "NOT_FOUND"


def test_invalid_parameters_get_the_documented_shape(sandbox):
    client = sandbox.client()
    response = client._http.post(
        f"{client.base_url}/v1/calls", json={"task": "no number"}, headers={"authorization": sandbox.api_key}
    )
    assert response.status_code == 400
    assert response.json() == {
        "status": "error",
        "message": "Missing required parameter: phone_number.",
        "errors": ["Missing required parameter: phone_number."],
    }


@pytest.mark.parametrize("name", sorted(bland_nb.ENDPOINTS))
def test_every_endpoint_routes_to_itself(name):
    endpoint = bland_nb.ENDPOINTS[name]
    found = route(endpoint.http_method, endpoint.path.replace("{", "").replace("}", ""))
    assert found is not None and (found[0].http_method, found[0].path) == (endpoint.http_method, endpoint.path)


def test_async_client_sees_the_same_state(sandbox):
    async def run():
        async with sandbox.async_client() as client:
            page = await client.campaigns.list()
            return sorted(c.campaign_id for c in page.items)

    assert asyncio.run(run()) == sorted(sandbox.store.campaigns.campaigns)


def test_log_records_actions_but_never_the_key(sandbox):
    client = sandbox.client()
    client.campaigns.list()
    client.calls.send(phone_number="+14155552671", task="hi")
    assert [e["endpoint"] for e in sandbox.log] == ["list_campaigns", "send_call"]
    assert sandbox.log[1]["body"]["phone_number"] == "+14155552671"
    assert sandbox.api_key not in json.dumps(sandbox.log)


# -- every answer of these groups has its documented shape ---------------------------------------


def _call(sandbox, *, answered=True, live=False):
    """A call id: an answered, completed call; or one in progress (the clock is moved to start it)."""
    calls = sandbox.store.calls.timeline
    if live:
        sent = sandbox.client().calls.send(phone_number="+14155552671", task="hi").call_id
        _outcome, _minutes, ring, dial_at = sandbox.store.calls.fates[sent]
        sandbox.store.calls.fates[sent] = ("human", 5.0, ring, dial_at)
        sandbox.advance(minutes=1)
        return sent
    return next(c["call_id"] for c in calls if (c["answered_by"] == "human") == answered and c["completed"])


def _campaign(sandbox):
    return next(iter(sandbox.store.campaigns.campaigns))


def _batch(sandbox):
    return next(iter(sandbox.store.batches.batches))


SHAPE_SCENARIOS = {
    "send_call": lambda r, s: r.calls.send(phone_number="+14155552671", task="hi"),
    "send_call_simple": lambda r, s: r.calls.send_simple(phone_number="+14155552671", task="hi"),
    "send_call_pathway_simple": lambda r, s: r.calls.send_pathway_simple(phone_number="+14155552671", pathway_id="p"),
    "analyze_call": lambda r, s: r.calls.analyze(_call(s), goal="g", questions=[["Who answered?", "string"]]),
    "stop_call": lambda r, s: r.calls.stop(r.calls.list_active(org_id="o").json()["data"][0]["call_id"]),
    "stop_all_active_calls": lambda r, s: r.calls.stop_all_active(),
    "listen_to_call": lambda r, s: r.calls.listen(_call(s, live=True)),
    "get_transcript_stream_url": lambda r, s: r.calls.transcript_stream_url(_call(s)),
    "transfer_active_call": lambda r, s: r.calls.transfer(call_id=_call(s, live=True), transfer_number="+14155550100"),
    "list_calls": lambda r, s: r.calls.list(limit=5),
    "list_active_calls": lambda r, s: r.calls.list_active(org_id="o"),
    "get_call": lambda r, s: r.calls.get(_call(s)),
    "get_corrected_transcript": lambda r, s: r.calls.corrected_transcript(_call(s)),
    "create_campaign": lambda r, s: r.campaigns.create(name="n", numbers=["+14155552671"], sequence={}),
    "list_campaigns": lambda r, s: r.campaigns.list(),
    "get_campaign": lambda r, s: r.campaigns.get(_campaign(s)),
    "stop_campaign": lambda r, s: r.campaigns.stop(_campaign(s)),
    "create_batch": lambda r, s: r.batches.create(
        global_={"task": "t"}, call_objects=[{"phone_number": "+14155552671"}]
    ),
    "list_batches": lambda r, s: r.batches.list(),
    "get_batch": lambda r, s: r.batches.get(_batch(s)),
    "get_batch_logs": lambda r, s: r.batches.logs(_batch(s)),
    "stop_batch": lambda r, s: r.batches.stop(_batch(s)),
    "create_batch_v1_legacy": lambda r, s: r.batches.create_v1_legacy(
        base_prompt="t", call_data=[{"phone_number": "+14155552671"}]
    ),
    "get_account_details": lambda r, s: r.account.get(),
}
NO_EXAMPLE = {  # documented without an example answer: they must still answer, for an existing call
    "get_event_stream": lambda r, s: r.calls.event_stream(_call(s)),
    "get_call_recording": lambda r, s: r.calls.recording(_call(s)),
    "get_postcall_webhook": lambda r, s: r.calls.postcall_webhook(_call(s)),
    "create_postcall_webhook": lambda r, s: r.calls.create_postcall_webhook(
        call_ids=[_call(s)], webhook_url="https://example.com/hook"
    ),
    "resend_postcall_webhook": lambda r, s: r.calls.resend_postcall_webhook(call_ids=[_call(s)]),
}
SUMMARY_EXTRAS = {
    "campaign_id",
    "price",
    "started_at",
    "end_at",
    "call_ended_by",
    "inbound",
    "transferred_to",
    "status",
}
EXTRA_KEYS = {  # fields the documented examples leave out, though the documented field lists or the full call name them
    "list_calls": {"total_count"} | {f"calls[].{k}" for k in SUMMARY_EXTRAS},
    "get_call": {"campaign_id", "transferred_to"},
    "send_call_simple": {"message", "batch_id"},  # the same endpoint as Send Call, shown partially
    "send_call_pathway_simple": {"message", "batch_id"},
}


def _keys(body, prefix=""):
    if isinstance(body, dict):
        return {prefix + k for k in body} | {
            key
            for k, v in body.items()
            if isinstance(v, list) and v and isinstance(v[0], dict)
            for key in _keys(v[0], f"{prefix}{k}[].")
        }
    return set()


@pytest.mark.parametrize("name", sorted(SHAPE_SCENARIOS))
def test_answers_have_the_documented_keys(name):
    """Every documented key (nested list items included) is there; anything more is named in EXTRA_KEYS."""
    sandbox = Sandbox(seed=5, calls=150)
    body = SHAPE_SCENARIOS[name](sandbox.client(max_retries=0).with_raw_response, sandbox).json()
    documented = _keys(CATALOG[name]["response_example"])
    assert documented - _keys(body) == set(), f"{name}: missing documented keys"
    assert _keys(body) - documented <= EXTRA_KEYS.get(name, set()), f"{name}: undocumented keys"


@pytest.mark.parametrize("name", sorted(NO_EXAMPLE))
def test_undocumented_answers_still_succeed(name):
    sandbox = Sandbox(seed=5, calls=150)
    assert NO_EXAMPLE[name](sandbox.client(max_retries=0).with_raw_response, sandbox).status_code == 200


def test_every_endpoint_of_these_groups_is_walked():
    groups = {"calls", "campaigns", "batches", "account"}
    walked = set(SHAPE_SCENARIOS) | set(NO_EXAMPLE)
    assert {n for n, e in bland_nb.ENDPOINTS.items() if e.group in groups} == walked


def test_analyze_answers_any_question_from_the_call(sandbox):
    client = sandbox.client()
    calls = sandbox.store.calls.timeline
    talked = next(  # a call whose customer confirmed the proposed time
        c
        for c in calls
        if c["answered_by"] == "human"
        and c["completed"]
        and "confirmed the appointment for Tuesday at 10"
        in (sandbox.store.calls.details(c["call_id"])["summary"] or "")
    )
    silent = next(c for c in calls if c["status"] == "no-answer")
    questions = [
        ["Who answered the call?", "human or voicemail"],
        ["Did the customer confirm the appointment?", "boolean"],
        ["How long did the call last, in minutes?", "number"],
        ["Was the call transferred?", "boolean"],
        ["What did the customer say about the product?", "string"],
        ["When is the appointment?", "string"],
    ]
    answers = raw(client.with_raw_response.calls.analyze, talked["call_id"], goal="Confirm", questions=questions)
    assert answers["answers"] == [
        "human",
        True,
        round(talked["call_length"], 1),
        talked["transferred_to"] is not None,
        "The customer confirmed the appointment for Tuesday at 10.",
        "Tuesday at 10",
    ]
    answers = raw(client.with_raw_response.calls.analyze, silent["call_id"], goal="Confirm", questions=questions)
    assert answers["answers"] == ["no-answer", None, 0.0, False, None, None]  # nobody talked: unanswerable
