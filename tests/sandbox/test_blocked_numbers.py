"""Blocked numbers and Twilio accounts in the sandbox: block rules by scope, soft deletion, the
blacklist Send Call honours; encrypted keys and the inbound numbers imported with them."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG
from .test_sms import assert_documented_keys

CALLER = "+14155552671"
OTHER = "+12125550123"


def blocks(client, **params: Any) -> list[dict[str, Any]]:
    return client.with_raw_response.blocked_numbers.list(**params).json()["data"]["blocks"]


def line(sandbox) -> str:
    return next(iter(sandbox.store.twilio_accounts.inbound))


def test_seeded_rules(sandbox, client):
    assert {b["is_global"] for b in blocks(client)} == {True}
    everything = blocks(client, active_only=False)
    assert len(everything) == len(blocks(client)) + 1 and all(isinstance(b["id"], int) for b in everything)
    per_line = [b for n in sandbox.store.twilio_accounts.inbound for b in blocks(client, inbound_number=n)]
    assert per_line and all(not b["is_global"] and b["inbound_number"] for b in per_line)
    assert {b["org_id"] for b in everything + per_line} == {sandbox.store.organizations.own_org_id}


def test_create_global_rules_then_read_them(client):
    answer = client.with_raw_response.blocked_numbers.create(
        numbers=[CALLER, OTHER], is_global=True, reason="Spam"
    ).json()["data"]
    assert answer["created_count"] == 2 and [b["blocked_number"] for b in answer["blocks"]] == [CALLER, OTHER]
    listed = {b["blocked_number"]: b for b in blocks(client)}
    assert (
        listed[CALLER]["reason"] == "Spam" and listed[CALLER]["is_active"] and listed[CALLER]["inbound_number"] is None
    )
    rule = client.blocked_numbers.get(answer["blocks"][0]["id"])
    assert (rule.blocked_number, rule.is_global) == (CALLER, True)
    again = client.blocked_numbers.create(numbers=[CALLER], is_global=True)
    assert again.created_count == 0


def test_rules_for_one_line_are_listed_only_with_that_line(sandbox, client):
    inbound = line(sandbox)
    created = client.blocked_numbers.create(numbers=[CALLER], is_global=False, inbound_number=inbound).raw["blocks"][0]
    assert created["id"] in [b["id"] for b in blocks(client, inbound_number=inbound)]
    assert created["id"] not in [b["id"] for b in blocks(client)]
    filters = client.with_raw_response.blocked_numbers.list(inbound_number=inbound).json()["data"]["filters"]
    assert filters == {"inbound_number": inbound, "active_only": True}


def test_create_refusals(sandbox, client):
    with pytest.raises(bland_nb.BadRequestError, match="1 to 10"):
        client.blocked_numbers.create(numbers=[f"+1415555{n:04d}" for n in range(2000, 2011)], is_global=True)
    with pytest.raises(bland_nb.BadRequestError, match="inbound_number"):
        client.blocked_numbers.create(numbers=[CALLER], is_global=False)
    with pytest.raises(bland_nb.BadRequestError, match="inbound_number"):
        client.blocked_numbers.create(numbers=[CALLER], is_global=True, inbound_number=line(sandbox))


def test_edit_changes_reason_and_enforcement(client):
    rule_id = client.blocked_numbers.create(numbers=[CALLER], is_global=True, reason="Spam").raw["blocks"][0]["id"]
    edited = client.with_raw_response.blocked_numbers.edit(rule_id, is_active=False).json()["data"]
    assert (edited["is_active"], edited["reason"], edited["blocked_number"]) == (False, "Spam", CALLER)
    assert client.blocked_numbers.edit(rule_id, reason=None).reason is None
    assert CALLER not in [b["blocked_number"] for b in blocks(client)]
    rule = client.blocked_numbers.get(rule_id)
    assert (rule.is_active, rule.reason) == (False, None)


def test_delete_is_soft(client):
    rule_id = client.blocked_numbers.create(numbers=[CALLER], is_global=True).raw["blocks"][0]["id"]
    answer = client.with_raw_response.blocked_numbers.delete(rule_id).json()
    assert answer["data"] == {"message": "Block rule deleted successfully", "deleted_block_id": rule_id}
    for gone in (client.blocked_numbers.get, client.blocked_numbers.delete):
        with pytest.raises(bland_nb.NotFoundError):
            gone(rule_id)
    assert rule_id not in [b["id"] for b in blocks(client)]
    assert [b["is_active"] for b in blocks(client, active_only=False) if b["id"] == rule_id] == [False]


def test_a_global_rule_blacklists_send_call(sandbox, client):
    client.blocked_numbers.create(numbers=[CALLER], is_global=True)
    assert sandbox.store.blocked_numbers.is_blocked(CALLER) and not sandbox.store.blocked_numbers.is_blocked(OTHER)
    with pytest.raises(bland_nb.RateLimitError, match=r"This number is blacklisted\."):
        client.calls.send(phone_number=CALLER, task="hi")
    assert client.calls.send(phone_number=OTHER, task="hi").call_id
    client.blocked_numbers.create(numbers=[OTHER], is_global=False, inbound_number=line(sandbox))
    assert not sandbox.store.blocked_numbers.is_blocked(OTHER)  # a rule for one line is no blacklist


def test_same_seed_same_rules():
    def listed(seed: int) -> str:
        return json.dumps(
            Sandbox(seed=seed, calls=20).client().with_raw_response.blocked_numbers.list(active_only=False).json()
        )

    assert listed(2) == listed(2) and listed(2) != listed(3)


# -- Twilio accounts ----------------------------------------------------------------------------


def new_key(client) -> str:
    return client.twilio_accounts.create_encrypted_key(account_sid="AC" + "1" * 32, auth_token="secret").raw[
        "encrypted_key"
    ]


def test_keys_import_and_remove_inbound_numbers(sandbox, client):
    key = new_key(client)
    assert key != new_key(client) and key not in json.dumps(sandbox.log)
    answer = client.twilio_accounts.upload_inbound_numbers(numbers=[CALLER, OTHER], encrypted_key=key).raw
    assert answer["inserted"] == [CALLER, OTHER]
    again = client.twilio_accounts.upload_inbound_numbers(numbers=[CALLER, "+13125550111"], encrypted_key=key).raw
    assert again["inserted"] == ["+13125550111"]
    removed = client.twilio_accounts.delete_inbound_number(CALLER, encrypted_key=key).raw
    assert removed["message"] == f"Successfully deleted number from database: {CALLER}"
    assert CALLER not in sandbox.store.twilio_accounts.inbound
    with pytest.raises(bland_nb.NotFoundError):
        client.twilio_accounts.delete_inbound_number(CALLER, encrypted_key=key)
    with pytest.raises(bland_nb.NotFoundError):  # imported with another key
        client.twilio_accounts.delete_inbound_number(line(sandbox), encrypted_key=key)


def test_a_deleted_key_can_no_longer_be_used(client):
    key = new_key(client)
    assert client.twilio_accounts.delete_encrypted_key(encrypted_key=key).raw == {"status": "success"}
    with pytest.raises(bland_nb.NotFoundError):
        client.twilio_accounts.upload_inbound_numbers(numbers=[CALLER], encrypted_key=key)
    with pytest.raises(bland_nb.NotFoundError):
        client.twilio_accounts.delete_encrypted_key(encrypted_key=key)


def test_twilio_refusals(client):
    with pytest.raises(bland_nb.BadRequestError):
        client.twilio_accounts.create_encrypted_key(account_sid="not-a-sid", auth_token="secret")
    with pytest.raises(bland_nb.BlandValidationError, match=r"numbers\[0\]"):  # refused before sending
        client.twilio_accounts.upload_inbound_numbers(numbers=["12"], encrypted_key=new_key(client))
    with pytest.raises(bland_nb.BadRequestError, match="encrypted_key"):
        client.twilio_accounts.upload_inbound_numbers(numbers=[CALLER])


def _answers(sandbox, client) -> dict[str, Any]:
    rule_id = blocks(client)[0]["id"]
    b, t = client.with_raw_response.blocked_numbers, client.with_raw_response.twilio_accounts
    seeded = sandbox.store.twilio_accounts.seeded_key
    return {
        "create_block_rules": lambda: b.create(numbers=[CALLER], is_global=True),
        "list_block_rules": lambda: b.list(),
        "get_block_rule": lambda: b.get(rule_id),
        "edit_block_rule": lambda: b.edit(rule_id, reason="x"),
        "delete_block_rule": lambda: b.delete(rule_id),
        "create_twilio_encrypted_key": lambda: t.create_encrypted_key(account_sid="AC" + "2" * 32, auth_token="t"),
        "delete_twilio_encrypted_key": lambda: t.delete_encrypted_key(encrypted_key=seeded),
        "upload_twilio_inbound_numbers": lambda: t.upload_inbound_numbers(numbers=[CALLER], encrypted_key=seeded),
        "delete_twilio_inbound_number": lambda: t.delete_inbound_number(line(sandbox), encrypted_key=seeded),
    }


@pytest.mark.parametrize(
    "name", [n for n, e in CATALOG.items() if e["group"] in ("blocked_numbers", "twilio_accounts")]
)
def test_every_answer_has_the_documented_keys(sandbox, client, name):
    response = _answers(sandbox, client)[name]()
    assert response.status_code == 200
    assert_documented_keys(name, response.json())
