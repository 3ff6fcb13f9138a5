"""SMS in the sandbox: seeded numbers and conversations, sending (idempotent), paging, editing,
deleting, clearing, human mode, analysis, batches and A2P registration.

`assert_documented_keys` (also used by the blocked numbers tests) compares an answer's top-level
keys, and the keys of its `data` payload or first item, with the catalog's example.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG

USER = "+14155552671"


def _levels(body: Any) -> list[Any]:
    """The parts whose keys are compared: the body, its `data` payload (or first item), its first block."""
    data = body.get("data") if isinstance(body, dict) else None
    data = data[0] if isinstance(data, list) and data else data
    blocks = data.get("blocks") if isinstance(data, dict) else None
    return [body, data, blocks[0] if blocks else None]


def assert_documented_keys(name: str, body: Any) -> None:
    """Same top-level keys as the example (or its documented fields), same keys in data, items and blocks."""
    entry = CATALOG[name]
    example = entry["response_example"] or {f["name"]: None for f in entry["response_fields"]}
    for ours, theirs in zip(_levels(body), _levels(example)):
        if isinstance(theirs, dict):
            assert isinstance(ours, dict) and set(ours) == set(theirs), f"{name}: {ours} vs {sorted(theirs)}"


def agent(client, position: int = 0) -> str:
    return client.sms.list_numbers().raw["data"][position]["phone_number"]


def conversation(client, conversation_id: str) -> dict[str, Any]:
    return client.with_raw_response.sms.get_conversation(conversation_id=conversation_id).json()["data"]


def rows(client, **params: Any) -> list[dict[str, Any]]:
    return client.with_raw_response.sms.list_conversations(**params).json()["data"]


def test_seeded_world(client):
    numbers = client.sms.list_numbers().raw["data"]
    assert len(numbers) == 3 and all(n["sms_config"]["objective"] for n in numbers)
    page = client.sms.list_conversations(page_size=100)
    assert 30 <= page.total <= 60
    assert sum(n["conversation_count"] for n in numbers) == page.total
    listed = page.raw["data"]
    assert {r["is_active"] for r in listed} == {True, False}
    detail = conversation(client, listed[-1]["id"])
    ids = [m["id"] for m in detail["messages"]]
    assert all(isinstance(i, int) for i in ids) and ids == sorted(ids) and len(ids) == listed[-1]["message_count"]
    assert detail["user_number"] == listed[-1]["user_number"] and detail["agent_number"] in {
        n["phone_number"] for n in numbers
    }


def test_send_creates_a_conversation_then_appends_to_it(client):
    sender = agent(client)
    first = client.sms.send(user_number=USER, agent_number=sender, agent_message="Hello from the sandbox")
    second = client.sms.send(user_number=USER, agent_number=sender, agent_message="Second text")
    assert first.conversation_id == second.conversation_id
    messages = conversation(client, first.conversation_id)["messages"]
    assert [(m["sender"], m["from"], m["to"], m["message"]) for m in messages] == [
        ("AGENT", sender, USER, "Hello from the sandbox"),
        ("AGENT", sender, USER, "Second text"),
    ]
    row = rows(client, filters=[{"field": "user_number", "operator": "eq", "value": USER}])
    assert [(r["message_count"], r["last_message"]) for r in row] == [(2, "Second text")]
    fresh = client.sms.send(user_number=USER, agent_number=sender, new_conversation=True)
    assert fresh.conversation_id != first.conversation_id
    assert conversation(client, first.conversation_id)["is_active"] is False
    assert conversation(client, fresh.conversation_id)["messages"][0]["message"].startswith(
        "Hi there, this is Sandbox Dental"
    )


def test_the_same_idempotency_key_sends_once(client):
    sender = agent(client)
    answers = [
        client.with_raw_response.sms.send(
            user_number=USER, agent_number=sender, agent_message="Once", idempotency_key="key-1"
        ).json()
        for _ in range(2)
    ]
    assert answers[0] == answers[1]
    assert len(conversation(client, answers[0]["data"]["conversation_id"])["messages"]) == 1
    client.sms.send(user_number=USER, agent_number=sender, agent_message="Once", idempotency_key="key-2")
    assert len(conversation(client, answers[0]["data"]["conversation_id"])["messages"]) == 2


def test_send_refusals(client):
    with pytest.raises(bland_nb.NotFoundError, match="Agent number not found"):
        client.sms.send(user_number=USER, agent_number="+13125550199", agent_message="Hi")
    with pytest.raises(bland_nb.BadRequestError, match="warning_time"):
        client.sms.send(user_number=USER, agent_number=agent(client), time_out=60, warning_time=90)


def test_create_conversation_stores_without_sending(client):
    created = client.sms.create_conversation(
        user_number=USER,
        agent_number=agent(client, 1),
        message="Where is my parcel?",
        request_data={"order": "48213"},
        curr_pathway_id="pw-1",
        current_node_id="start",
    )
    stored = conversation(client, created.conversation_id)
    assert (stored["variables"], stored["curr_pathway_id"], stored["current_node_id"]) == (
        {"order": "48213"},
        "pw-1",
        "start",
    )
    assert [(m["sender"], m["from"], m["status"]) for m in stored["messages"]] == [("USER", USER, None)]


def test_paging_sorting_and_filters(client):
    page = client.sms.list_conversations(page=2, page_size=7)
    total = page.total
    assert page.raw["extra"]["pagination"] == {
        "totalItems": total,
        "totalPages": -(-total // 7),
        "currentPage": 2,
        "pageSize": 7,
    }
    everything = [r["id"] for r in rows(client, page_size=100)]
    assert [r["id"] for r in page.raw["data"]] == everything[7:14]
    assert [c.id for c in client.sms.list_conversations(page_size=7)] == everything
    by_count = rows(client, page_size=100, sort_by="message_count", sort_dir="asc")
    assert [r["message_count"] for r in by_count] == sorted(r["message_count"] for r in by_count)
    sender = agent(client, 2)
    mine = rows(
        client, page_size=100, filters=json.dumps([{"field": "agent_number", "operator": "eq", "value": sender}])
    )
    assert {r["agent_number"] for r in mine} == {sender} and len(mine) == client.sms.list_numbers().raw["data"][2][
        "conversation_count"
    ]
    busy = rows(client, page_size=100, filters=[{"field": "message_count", "operator": "gte", "value": 3}])
    assert busy and all(r["message_count"] >= 3 for r in busy)
    with pytest.raises(bland_nb.BadRequestError):
        client.sms.list_conversations(filters="not json")


def test_update_then_delete_a_conversation(client):
    target = rows(client, page_size=100, filters=[{"field": "is_active", "operator": "eq", "value": True}])[0]["id"]
    answer = client.with_raw_response.sms.update_conversation(conversation_id=target, is_active=False).json()
    assert answer["conversation"]["is_active"] is False and conversation(client, target)["is_active"] is False
    total = client.sms.list_conversations().total
    assert client.sms.delete_conversation(conversation_id=target)
    assert client.sms.list_conversations().total == total - 1
    for gone in (client.sms.get_conversation, client.sms.delete_conversation, client.sms.conversation_webhook):
        with pytest.raises(bland_nb.NotFoundError):
            gone(conversation_id=target)
    with pytest.raises(bland_nb.NotFoundError, match="Conversation not found"):
        client.sms.update_conversation(conversation_id=target, is_active=True)


def test_delete_messages_soft_deletes_them(client):
    sender = agent(client)
    conversation_id = client.sms.send(user_number=USER, agent_number=sender, agent_message="one").conversation_id
    for text in ("two", "three"):
        client.sms.send(user_number=USER, agent_number=sender, agent_message=text)
    ids = [m["id"] for m in conversation(client, conversation_id)["messages"]]
    answer = client.with_raw_response.sms.delete_messages(
        conversation_id=conversation_id, message_ids=[ids[0], str(ids[2]), 1]
    ).json()
    assert answer["data"] == {"message": "2 messages marked as deleted", "deleted_count": 2}
    assert [m["message"] for m in conversation(client, conversation_id)["messages"]] == ["two"]
    assert client.sms.delete_messages(conversation_id=conversation_id, message_ids=[ids[0]]).deleted_count == 0
    with pytest.raises(bland_nb.BadRequestError):
        client.sms.delete_messages(conversation_id=conversation_id, message_ids=[])


def test_clear_hides_history_from_the_ai_only(client):
    sender = agent(client)
    conversation_id = client.sms.send(
        user_number=USER, agent_number=sender, agent_message="Remember me"
    ).conversation_id
    legacy = json.loads(client.with_raw_response.sms.messages_legacy(to=sender, from_=USER).json()["messages"])
    assert [m["message"] for m in legacy] == ["Remember me"]
    assert client.with_raw_response.sms.clear_conversation(to=USER, from_=sender).json() == {
        "status": "success",
        "count": 1,
    }
    assert client.with_raw_response.sms.messages_legacy(to=sender, from_=USER).json() == {"messages": "[]"}
    assert len(conversation(client, conversation_id)["messages"]) == 1
    assert client.with_raw_response.sms.clear_conversation(to=USER, from_=sender).json()["count"] == 0


def replies_after(sandbox, client, sender: str, first_user: int) -> list[list[str]]:
    """Text six new users, let an hour pass: each conversation's senders after the first text."""
    sent = [
        client.sms.send(user_number=f"+1415555{n:04d}", agent_number=sender, agent_message="Hi").conversation_id
        for n in range(first_user, first_user + 6)
    ]
    sandbox.advance(hours=1)
    return [[m["sender"] for m in conversation(client, c)["messages"][1:]] for c in sent]


def test_users_text_back_and_human_mode_silences_the_ai(sandbox, client):
    sender = agent(client)
    answered = replies_after(sandbox, client, sender, 2000)
    assert ["USER", "AGENT"] in answered and all(r in ([], ["USER", "AGENT"]) for r in answered)
    assert client.with_raw_response.sms.toggle_human_mode(phone_number=sender, on=True).json() == {
        "status": "Turned human mode on"
    }
    silenced = replies_after(sandbox, client, sender, 3000)
    assert ["USER"] in silenced and all(r in ([], ["USER"]) for r in silenced)
    assert client.sms.toggle_human_mode(phone_number=sender).raw == {"status": "Turned human mode off"}


def test_number_settings_show_in_the_listing(client):
    sender = agent(client, 1)
    answer = client.with_raw_response.sms.update_config(
        phone_number=sender, objective="Sell socks", time_out=300, warning_time=120, tools=["lookup"]
    ).json()
    assert answer["data"]["sms_config"]["objective"] == "Sell socks"
    client.sms.update_webhook(phone_number=sender, webhook="https://hooks.example.com/new")
    client.sms.update_number_legacy(phone_number=sender, temperature=0.2)
    config = client.sms.list_numbers().raw["data"][1]["sms_config"]
    assert (
        config["objective"],
        config["time_out"],
        config["warning_time"],
        config["tools"],
        config["webhook"],
        config["temperature"],
    ) == ("Sell socks", 300, 120, ["lookup"], "https://hooks.example.com/new", 0.2)
    client.sms.update_number_legacy(phone_number=sender, channel="whatsapp", prompt="WhatsApp only")
    whatsapp = {n["phone_number"]: n["sms_config"] for n in client.sms.list_numbers(channel="whatsapp").raw["data"]}
    assert whatsapp[sender]["objective"] == "WhatsApp only" and len(whatsapp) == 2
    with pytest.raises(bland_nb.BadRequestError, match="warning_time"):
        client.sms.update_config(phone_number=sender, warning_time=400)
    with pytest.raises(bland_nb.NotFoundError):
        client.sms.update_webhook(phone_number="+13125550199", webhook="https://x.example")


def test_conversation_webhook_follows_the_number(client):
    sender = agent(client, 1)  # seeded without a webhook
    conversation_id = client.sms.send(user_number=USER, agent_number=sender, agent_message="Hi").conversation_id
    with pytest.raises(bland_nb.NotFoundError):
        client.sms.conversation_webhook(conversation_id=conversation_id)
    client.sms.update_webhook(phone_number=sender, webhook="https://hooks.example.com/orders")
    log = client.with_raw_response.sms.conversation_webhook(conversation_id=conversation_id).json()["data"]
    assert (log["url"], log["payload"]["status"], log["payload"]["message_count"]) == (
        "https://hooks.example.com/orders",
        "active",
        1,
    )


def test_analysis_reads_the_users_messages(client):
    sender = agent(client)
    conversation_id = client.sms.create_conversation(
        user_number=USER, agent_number=sender, message="Which day?", sender="AGENT"
    ).conversation_id
    client.sms.create_conversation(
        user_number=USER, agent_number=sender, message="Yes, Thursday at 3pm works, mail me at ann@example.com"
    )
    data = client.with_raw_response.sms.analyze_conversation(
        schema_id="schema-1", conversation_id=conversation_id
    ).json()["data"]
    assert data["extracted_variables"] == {
        "confirmed": True,
        "preferred_day": "Thursday",
        "preferred_time": "3pm",
        "email": "ann@example.com",
    }
    assert data["variables_extracted"] == 4 and data["messages_processed"] == 2
    assert {c["variable"] for c in data["citations"]} == set(data["extracted_variables"])
    with pytest.raises(bland_nb.NotFoundError):
        client.sms.analyze_conversation(schema_id="schema-1", conversation_id="nope")


def test_batch_texts_every_recipient_of_the_file(sandbox, client):
    file_id, recipients = next(iter(sandbox.store.sms.files.items()))
    before = client.sms.list_conversations().total
    answer = client.sms.send_batch(
        file_id=file_id, global_={"agent_number": agent(client, 2), "agent_message": "Big news"}
    )
    assert answer.batch_id == file_id
    assert client.sms.list_conversations().total == before + len(recipients)
    sent = [r for r in rows(client, page_size=100) if r["last_message"] == "Big news"]
    assert sorted(r["variables"]["first_name"] for r in sent) == sorted(
        r["request_data.first_name"] for r in recipients
    )
    with pytest.raises(bland_nb.NotFoundError, match="File not found"):
        client.sms.send_batch(file_id="file_missing", global_={"agent_number": agent(client)})
    with pytest.raises(bland_nb.NotFoundError, match="Agent number"):
        client.sms.send_batch(file_id=file_id, global_={"agent_number": "+13125550199"})


BRAND = dict(
    business_name="Sandbox Dental LLC",
    vertical="HEALTHCARE",
    address="1 Main St",
    city="Austin",
    state="TX",
    postal_code="78701",
    country="US",
    email="ops@example.com",
    type="Limited Liability Corporation",
    website="https://example.com",
    opt_in_info="Patients opt in at the front desk",
    message_samples=["Your cleaning is Tuesday", "Reply YES to confirm", "See you soon"],
    trusted_user={
        "position": "CEO",
        "first_name": "Ann",
        "last_name": "Lee",
        "phone_number": USER,
        "email": "ann@example.com",
    },
)


def test_a2p_registration_is_reviewed_after_three_days(sandbox, client):
    good = client.sms.register_a2p_brand(ein="12-3456789", **BRAND).raw["data"]["registration_id"]
    bad = client.sms.register_a2p_brand(ein="123", **BRAND).raw["data"]["registration_id"]
    status = lambda rid=None: client.with_raw_response.sms.a2p_status(registration_id=rid).json()  # noqa: E731
    assert status(good) == {"status": "pending", "brandType": "STANDARD", "failureReason": None}
    sandbox.advance(days=3)
    assert status(good)["status"] == "approved"
    assert status()["status"] == "failed" and status(bad)["failureReason"]
    with pytest.raises(bland_nb.BadRequestError):
        client.sms.register_a2p_brand(ein="12-3456789", **{**BRAND, "message_samples": ["only one"]})
    with pytest.raises(bland_nb.NotFoundError):
        client.sms.a2p_status(registration_id="BN-missing")


def test_same_seed_same_conversations():
    def listed(seed: int) -> str:
        client = Sandbox(seed=seed, calls=20).client()
        return json.dumps(
            [client.with_raw_response.sms.list_conversations(page_size=100).json(), client.sms.list_numbers().raw]
        )

    assert listed(5) == listed(5) and listed(5) != listed(6)


def _answers(sandbox, client) -> dict[str, Any]:
    r = client.with_raw_response.sms
    sender, file_id = agent(client), next(iter(sandbox.store.sms.files))
    cid = client.sms.send(user_number=USER, agent_number=sender, agent_message="Yes at 3pm").conversation_id
    first = conversation(client, cid)["messages"][0]["id"]
    return {
        "list_sms_numbers": lambda: r.list_numbers(),
        "update_sms_config": lambda: r.update_config(phone_number=sender, objective="x"),
        "send_sms": lambda: r.send(user_number=USER, agent_number=sender, agent_message="Hi"),
        "send_sms_batch": lambda: r.send_batch(file_id=file_id, global_={"agent_number": sender}),
        "create_sms_conversation": lambda: r.create_conversation(user_number=USER, agent_number=sender, message="Hi"),
        "list_sms_conversations": lambda: r.list_conversations(),
        "get_sms_conversation": lambda: r.get_conversation(conversation_id=cid),
        "update_sms_conversation": lambda: r.update_conversation(conversation_id=cid, is_active=False),
        "delete_sms_messages": lambda: r.delete_messages(conversation_id=cid, message_ids=[first]),
        "delete_sms_conversation": lambda: r.delete_conversation(conversation_id=cid),
        "get_sms_conversation_webhook": lambda: r.conversation_webhook(conversation_id=cid),
        "analyze_sms_conversation": lambda: r.analyze_conversation(schema_id="s", conversation_id=cid),
        "update_sms_number_legacy": lambda: r.update_number_legacy(phone_number=sender, prompt="Hi"),
        "update_sms_webhook": lambda: r.update_webhook(phone_number=sender, webhook="https://x.example"),
        "toggle_sms_human_mode": lambda: r.toggle_human_mode(phone_number=sender, on=True),
        "get_sms_messages_legacy": lambda: r.messages_legacy(to=USER, from_=sender),
        "clear_sms_conversation": lambda: r.clear_conversation(to=USER, from_=sender),
        "register_a2p_brand": lambda: r.register_a2p_brand(ein="12-3456789", **BRAND),
        "check_a2p_status": lambda: (r.register_a2p_brand(ein="12-3456789", **BRAND), r.a2p_status())[1],
    }


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e["group"] == "sms"])
def test_every_sms_answer_has_the_documented_keys(sandbox, client, name):
    response = _answers(sandbox, client)[name]()
    assert response.status_code == 200
    assert_documented_keys(name, response.json())
