"""The in-process sandbox: a seeded account whose calls and campaigns behave."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

CATALOG = {e["name"]: e for e in json.loads((Path(__file__).parent / "data" / "catalog.json").read_text())["endpoints"]}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=7, calls=600)


def live_campaign(client):
    return next(c for c in client.campaigns.list() if c.campaign_name == "Event invites")


def test_same_seed_same_world():
    first, second = Sandbox(seed=3, calls=300), Sandbox(seed=3, calls=300)
    assert json.dumps(first.state.calls) == json.dumps(second.state.calls)
    assert first.api_key == second.api_key
    assert json.dumps(Sandbox(seed=4, calls=300).state.calls) != json.dumps(first.state.calls)


def test_campaign_metrics_are_computed_from_the_calls(sandbox):
    client = sandbox.client()
    calls = list(sandbox.state.calls.values())
    for campaign in client.campaigns.list():
        mine = [c for c in calls if c["campaign_id"] == campaign.campaign_id]
        assert campaign.count == len(mine)
        assert campaign.human_answered == sum(c["answered_by"] == "human" for c in mine)
        assert campaign.voicemail_answered == sum(c["answered_by"] == "voicemail" for c in mine)


def test_stop_campaign_stops_its_queued_calls_once(sandbox):
    client = sandbox.client()
    campaign = live_campaign(client)
    pending = [c for c in sandbox.state.calls.values()
               if c["campaign_id"] == campaign.campaign_id and c["queue_status"] in ("queued", "started")]
    assert pending
    assert client.campaigns.stop(campaign.campaign_id).num_calls == len(pending)
    assert client.campaigns.stop(campaign.campaign_id).num_calls == 0
    assert all(c["queue_status"] == "cancelled" for c in pending)
    assert [entry["endpoint"] for entry in sandbox.log].count("stop_campaign") == 2


def test_advance_completes_queued_calls_and_charges_the_account(sandbox):
    client = sandbox.client()
    before = client.account.get().billing.current_balance
    queued = [c for c in sandbox.state.calls.values() if c["queue_status"] in ("queued", "started")]
    assert sandbox.advance(minutes=30) == len(queued)
    spent = sum(c["price"] for c in queued)
    after = client.account.get().billing.current_balance
    refills = round((after - (before - spent)) / sandbox.state.refill_amount)
    assert after == pytest.approx(before - spent + refills * sandbox.state.refill_amount)
    assert all(c["queue_status"] == "complete" for c in queued)


def test_list_calls_windows_and_filters(sandbox):
    client = sandbox.client()
    campaign = live_campaign(client)
    page = client.calls.list(campaign_id=campaign.campaign_id, limit=50)
    ids = [call.call_id for call in page]
    expected = [c for c in sandbox.state.calls.values() if c["campaign_id"] == campaign.campaign_id]
    assert page.total == len(expected) and len(ids) == len(set(ids)) == len(expected)
    created = [call.created_at for call in client.calls.list(limit=100).items]
    assert created == sorted(created, reverse=True)


def test_send_call_twice_to_the_same_number_within_ten_seconds(sandbox):
    client = sandbox.client(max_retries=0)
    first = client.calls.send(phone_number="+14155552671", task="Confirm the appointment")
    assert client.calls.get(first.call_id).queue_status == "queued"
    with pytest.raises(bland_nb.RateLimitError, match="every 10 seconds"):
        client.calls.send(phone_number="+14155552671", task="Again")


def test_wrong_key_gets_the_documented_401(sandbox):
    client = bland_nb.BlandClient(api_key="sk-wrong-key-000000", transport=sandbox.transport)
    with pytest.raises(bland_nb.AuthenticationError) as info:
        client.campaigns.list()
    assert info.value.code == "AUTH_FAILURE"


def test_unknown_call_is_404(sandbox):
    with pytest.raises(bland_nb.NotFoundError):
        sandbox.client().calls.get("no-such-call")


@pytest.mark.parametrize("name", sorted(n for n in bland_nb.ENDPOINTS))
def test_every_endpoint_routes_to_itself(name):
    from bland_nb.sandbox import route

    endpoint = bland_nb.ENDPOINTS[name]
    path = endpoint.path.replace("{", "").replace("}", "") if "{" in endpoint.path else endpoint.path
    found = route(endpoint.method, path)
    assert found is not None
    assert found[0].path == endpoint.path and found[0].method == endpoint.method


def test_async_client_sees_the_same_state(sandbox):
    async def run():
        async with sandbox.async_client() as client:
            page = await client.campaigns.list()
            return sorted(c.campaign_id for c in page.items)

    assert asyncio.run(run()) == sorted(sandbox.state.campaigns)


def test_log_never_holds_the_key(sandbox):
    client = sandbox.client()
    client.campaigns.list()
    client.calls.send(phone_number="+14155552671", task="hi")
    assert sandbox.api_key not in json.dumps(sandbox.log)
