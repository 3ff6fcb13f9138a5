"""Organizations in the sandbox: orgs, members, permissions, properties, memberships, service
versions, billing that is the account's own, refills, and the enterprise audit log."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG

ORG_ENDPOINTS = sorted(name for name, e in CATALOG.items() if e["group"] == "organizations")


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=1, calls=200)


@pytest.fixture
def client(sandbox):
    return sandbox.client()


def orgs(client) -> list[dict[str, Any]]:
    """The key's memberships, the account's own org first, then one it admins, one it views."""
    return client.organizations.memberships().rows


def own(client) -> str:
    return orgs(client)[0]["org_id"]


def me(client) -> str:
    return next(m["user_id"] for m in client.organizations.members(own(client)).rows if m["is_org_creator"])


def member(client, org_id: str, user_id: str) -> dict[str, Any]:
    return next(m for m in client.organizations.members(org_id).rows if m["user_id"] == user_id)


# -- the seeded world -------------------------------------------------------------------------------


def test_seeded_memberships_roles_and_members(client):
    rows = orgs(client)
    assert [r["permissions"] for r in rows] == [["owner"], ["admin"], ["operator", "viewer"]]
    assert [r["is_owner"] for r in rows] == [True, False, False]
    assert len({r["org_id"] for r in rows}) == 3
    for row in rows:
        members = client.organizations.members(row["org_id"]).rows
        assert 3 <= len(members) <= 6 and sum(m["is_org_creator"] for m in members) == 1
        assert {m["org_display_name"] for m in members} == {row["org_display_name"]}
        assert all(m["combo_id"] == f"{row['org_id']}::{m['user_id']}" for m in members)
        assert all(m["member_phone_number"].startswith("+1") and len(m["member_phone_number"]) == 12 for m in members)
        assert all(
            "@" in m["member_email"] and set(m["permissions"]) <= {"owner", "admin", "operator", "viewer"}
            for m in members
        )
    assert client.organizations.get(rows[0]["org_id"]).org_plan == "enterprise"


def test_same_seed_same_orgs_other_seed_differs():
    def world(seed: int) -> str:
        client = Sandbox(seed=seed, calls=50).client()
        raw = client.with_raw_response.organizations
        bodies = [raw.memberships().json(), raw.audit_logs(page_size=100).json()]
        bodies += [raw.members(row["org_id"]).json() for row in orgs(client)]
        return json.dumps(bodies)

    assert world(1) == world(1)
    assert world(2) != world(1)


# -- create, get, delete ----------------------------------------------------------------------------


def test_create_then_get_memberships_members_and_billing(client):
    created = client.organizations.create(name="Sandbox Labs")
    assert created.org_display_name == "Sandbox Labs" and created.org_plan == "starter"
    assert created.raw == client.organizations.get(created.id).raw
    mine = next(r for r in orgs(client) if r["org_id"] == created.id)
    assert mine["permissions"] == ["owner"] and mine["is_owner"] and mine["is_org_creator"]
    assert [m["user_id"] for m in client.organizations.members(created.id).rows] == [me(client)]
    billing = client.organizations.billing(created.id)
    assert (billing.current_balance, billing.refill_amount, billing.refill_at) == (0.0, None, None)
    assert client.organizations.billing_refill(created.id) is None
    with pytest.raises(bland_nb.BadRequestError):
        client.organizations.create(name="x" * 31)


def test_delete_needs_the_slug_then_the_org_is_gone(client):
    created = client.organizations.create(name="Short-lived")
    with pytest.raises(bland_nb.BadRequestError, match="slug"):
        client.organizations.delete(created.id, delete_confirm="wrong")
    assert client.organizations.get(created.id).id == created.id
    assert client.organizations.delete(created.id, delete_confirm=created.org_slug) is None
    with pytest.raises(bland_nb.NotFoundError):
        client.organizations.get(created.id)
    assert created.id not in [r["org_id"] for r in orgs(client)]
    with pytest.raises(bland_nb.NotFoundError):
        client.organizations.delete(created.id, delete_confirm=created.org_slug)


def test_delete_is_for_owners_and_never_the_accounts_own_org(client):
    own_row, admin_row, _ = orgs(client)
    with pytest.raises(bland_nb.BadRequestError, match="own organization"):
        client.organizations.delete(own_row["org_id"], delete_confirm=own_row["org_slug"])
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.organizations.delete(admin_row["org_id"], delete_confirm=admin_row["org_slug"])


def test_unknown_org_is_404_and_a_foreign_org_403_in_the_data_errors_shape(client):
    with pytest.raises(bland_nb.NotFoundError) as missing:
        client.organizations.billing("no-such-org")
    assert missing.value.code == "NOT_FOUND" and missing.value.body["data"] is None
    viewed = orgs(client)[2]["org_id"]
    client.organizations.leave(org_id=viewed)
    with pytest.raises(bland_nb.PermissionDeniedError) as foreign:
        client.organizations.get(viewed)
    assert foreign.value.body == {"data": None, "errors": [{"error": "FORBIDDEN", "message": foreign.value.message}]}


# -- members and permissions ------------------------------------------------------------------------


def test_add_members_by_user_id_email_and_phone_and_remove_them(client):
    org_id = client.organizations.create(name="Recruiting").id
    known = [m for m in client.organizations.members(own(client)).rows if m["user_id"] != me(client)][:3]
    for person, target in zip(known, ("user_id", "member_email", "member_phone_number")):
        assert (
            client.organizations.update_members(org_id, action="add", target=person[target], permissions=["viewer"])
            is None
        )
    assert {m["user_id"] for m in client.organizations.members(org_id).rows} == {
        me(client),
        *(p["user_id"] for p in known),
    }
    assert member(client, org_id, known[1]["user_id"])["permissions"] == ["viewer"]
    with pytest.raises(bland_nb.BadRequestError, match="already a member"):
        client.organizations.update_members(
            org_id, action="add", target=known[0]["member_email"], permissions=["admin"]
        )
    client.organizations.update_members(org_id, action="remove", target=known[0]["user_id"], is_invite=False)
    assert known[0]["user_id"] not in {m["user_id"] for m in client.organizations.members(org_id).rows}
    with pytest.raises(bland_nb.NotFoundError):
        client.organizations.update_members(org_id, action="remove", target=known[0]["user_id"], is_invite=False)


def test_unknown_phone_or_email_is_an_invitation_not_a_member(client):
    org_id = own(client)
    before = client.organizations.members(org_id).rows
    for target in ("new.hire@example.org", "+14155550199"):
        client.organizations.update_members(org_id, action="add", target=target, permissions=["operator"])
        client.organizations.update_members(org_id, action="remove", target=target, is_invite=True)
        with pytest.raises(bland_nb.NotFoundError):  # withdrawn: nothing left to withdraw
            client.organizations.update_members(org_id, action="remove", target=target, is_invite=True)
    assert client.organizations.members(org_id).rows == before
    with pytest.raises(bland_nb.NotFoundError):  # a bare id nobody has cannot be invited
        client.organizations.update_members(org_id, action="add", target="no-such-user", permissions=["viewer"])


def test_conditionally_required_fields_and_the_last_owner(client):
    org_id = own(client)
    with pytest.raises(bland_nb.BadRequestError, match="permissions"):
        client.organizations.update_members(org_id, action="add", target="someone@example.org")
    with pytest.raises(bland_nb.BadRequestError, match="is_invite"):
        client.organizations.update_members(org_id, action="remove", target=me(client))
    with pytest.raises(bland_nb.BadRequestError, match="owner"):
        client.organizations.update_members(org_id, action="remove", target=me(client), is_invite=False)
    with pytest.raises(bland_nb.BadRequestError, match="owner"):
        client.organizations.update_member_permissions(org_id, action="set", target=me(client), permissions=["admin"])


def test_member_permissions_add_remove_set_reset(client):
    org_id = own(client)
    target = next(m for m in client.organizations.members(org_id).rows if not m["is_owner"])
    start = target["permissions"]
    update = client.organizations.update_member_permissions
    added = update(org_id, action="add", target=target["user_id"], permissions=["admin"]).newPermissions
    assert added == (start if "admin" in start else [*start, "admin"])
    assert member(client, org_id, target["user_id"])["permissions"] == added
    removed = update(org_id, action="remove", target=target["user_id"], permissions=["admin"]).newPermissions
    assert "admin" not in removed and member(client, org_id, target["user_id"])["permissions"] == removed
    assert update(
        org_id, action="set", target=target["member_email"], permissions=["owner", "viewer"]
    ).newPermissions == ["owner", "viewer"]
    assert member(client, org_id, target["user_id"])["is_owner"] is True
    assert update(org_id, action="reset", target=target["user_id"]).newPermissions == ["viewer"]
    assert member(client, org_id, target["user_id"])["is_owner"] is False
    with pytest.raises(bland_nb.NotFoundError):
        update(org_id, action="add", target="nobody@example.org", permissions=["viewer"])


def test_a_viewer_cannot_change_the_org(client):
    viewed = orgs(client)[2]["org_id"]
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.organizations.update_properties(viewed, updates={"org_display_name": "Mine now"})
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.organizations.update_members(viewed, action="add", target="friend@example.org", permissions=["viewer"])
    assert client.organizations.get(viewed).org_display_name == orgs(client)[2]["org_display_name"]


# -- properties, memberships, leave -----------------------------------------------------------------


def test_update_properties_answers_the_org_and_shows_everywhere(client):
    org_id = orgs(client)[1]["org_id"]
    updated = client.organizations.update_properties(
        org_id, updates={"org_display_name": "Renamed Co", "preferences": {"use_bland_url": False}}
    )
    assert updated.org_display_name == "Renamed Co" and updated.raw["preferences"]["use_bland_url"] is False
    client.organizations.update_properties(org_id, updates={"preferences.recording_lifespan_days": 90})
    fetched = client.organizations.get(org_id).raw
    assert fetched["preferences"] == {"use_bland_url": False, "recording_lifespan_days": 90}
    assert {m["org_display_name"] for m in client.organizations.members(org_id).rows} == {"Renamed Co"}
    assert orgs(client)[1]["org_display_name"] == "Renamed Co"


@pytest.mark.parametrize(
    "updates, code",
    [
        ({"preferences.recording_lifespan_days": 5000}, "INVALID_ORG_PREFERENCES"),
        ({"preferences": {"use_bland_url": "yes"}}, "INVALID_ORG_PREFERENCES"),
        ({"org_display_name": ""}, "VALIDATION_ERROR"),
        ({"org_plan": "enterprise"}, "VALIDATION_ERROR"),
        ({}, "VALIDATION_ERROR"),
    ],
)
def test_invalid_properties_are_refused_and_change_nothing(client, updates, code):
    org_id = own(client)
    before = client.organizations.get(org_id).raw
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.organizations.update_properties(org_id, updates=updates)
    assert info.value.code == code
    assert client.organizations.get(org_id).raw == before


def test_leave_removes_the_membership(client):
    rows = orgs(client)
    assert client.organizations.leave(org_id=rows[1]["org_id"]) is None
    assert [r["org_id"] for r in orgs(client)] == [rows[0]["org_id"], rows[2]["org_id"]]
    assert me(client) not in {m["user_id"] for m in client.organizations.members(rows[0]["org_id"]).rows[1:]}
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.organizations.members(rows[1]["org_id"])
    with pytest.raises(bland_nb.BadRequestError, match="owner"):  # the sole owner cannot walk away
        client.organizations.leave(org_id=rows[0]["org_id"])
    with pytest.raises(bland_nb.NotFoundError):
        client.organizations.leave(org_id="no-such-org")


# -- service versions -------------------------------------------------------------------------------


@pytest.mark.parametrize("service", ["api_server", "ws_server"])
def test_service_versions_list_current_and_pin(client, service):
    org_id = own(client)
    versions = client.organizations.service_versions(org_id, service).rows
    assert [v["service"] for v in versions] == [service] * len(versions) and versions[0]["tags"] == ["latest"]
    assert client.organizations.current_service_version(org_id, service).version == versions[0]["id"]
    stable = next(v for v in versions if "stable" in v["tags"])
    assert client.organizations.update_service_version(org_id, service, version=stable["id"]) is None
    assert client.organizations.current_service_version(org_id, service).version == stable["id"]
    retired = next(v for v in versions if not v["currently_supported"])
    assert retired["recommended_upgrade_to"] == stable["id"]
    with pytest.raises(bland_nb.BadRequestError):
        client.organizations.update_service_version(org_id, service, version="no-such-version")
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.organizations.update_service_version(orgs(client)[2]["org_id"], service, version=stable["id"])


def test_unknown_service_is_404(client):
    with pytest.raises(bland_nb.NotFoundError):
        client.organizations.current_service_version(own(client), "voice")


# -- billing ----------------------------------------------------------------------------------------


def test_own_org_billing_is_the_live_account(sandbox, client):
    org_id = own(client)
    billing = client.organizations.billing(org_id)
    assert billing.current_balance == client.account.get().billing.current_balance
    assert (
        billing.refill_amount == client.organizations.billing_refill(org_id) == client.account.get().billing.refill_to
    )
    pending = [c.call_id for c in client.calls.list(completed=False, limit=1000).items]
    assert pending
    sandbox.advance(minutes=120)
    spent = sum(client.calls.get(call_id).price for call_id in pending)
    after = client.organizations.billing(org_id).current_balance
    assert after == client.account.get().billing.current_balance
    assert after == pytest.approx(billing.current_balance - spent, abs=1e-3) and spent > 0
    sandbox.store.account.refill_amount = 75.0  # read live, never copied
    assert client.organizations.billing_refill(org_id) == 75.0


def test_other_orgs_keep_their_own_billing(sandbox, client):
    others = [row["org_id"] for row in orgs(client)[1:]]
    before = [client.organizations.billing(org_id).raw for org_id in others]
    client.calls.send(phone_number="+14155552671", task="Hi")
    sandbox.advance(minutes=120)
    assert [client.organizations.billing(org_id).raw for org_id in others] == before
    assert [client.organizations.billing_refill(org_id) for org_id in others] == [b["refill_amount"] for b in before]


def test_the_account_balance_is_charged_and_refilled(sandbox, client):
    org_id = own(client)
    for number in ("+14155552671", "+12125550143", "+13125550177"):
        client.calls.send(phone_number=number, task="Confirm the appointment")
    pending = [c.call_id for c in client.calls.list(completed=False, limit=1000).items]
    account = sandbox.store.account
    account.balance = account.refill_at + 0.01
    start = client.account.get().billing.current_balance
    sandbox.advance(minutes=120)
    calls = [client.calls.get(call_id) for call_id in pending]
    assert all(call.completed and call.queue_status == "complete" for call in calls)
    assert all(call.price == pytest.approx(round(call.call_length * 0.09, 4)) for call in calls)
    spent = sum(call.price for call in calls)
    settings = client.organizations.billing(org_id)
    refills = max(0, math.ceil((settings.refill_at - start + spent) / settings.refill_amount))
    assert spent > 0.01 and refills >= 1 and account.refills == refills
    expected = start - spent + refills * settings.refill_amount
    assert client.account.get().billing.current_balance == pytest.approx(expected, abs=1e-3)
    assert settings.current_balance == pytest.approx(expected, abs=1e-3) and expected >= settings.refill_at


# -- audit log --------------------------------------------------------------------------------------


def test_audit_logs_page_newest_first(client):
    first = client.organizations.audit_logs(page_size=10)
    data = first.raw["data"]
    assert data["total"] == first.total > 20 and data["total_pages"] == math.ceil(first.total / 10)
    assert (data["current_page"], data["page_size"], len(first.rows)) == (1, 10, 10)
    second = client.organizations.audit_logs(page=2, page_size=10)
    assert second.raw["data"]["current_page"] == 2 and not {e["id"] for e in first.rows} & {
        e["id"] for e in second.rows
    }
    everything = [e.raw for e in client.organizations.audit_logs(page_size=25)]
    assert len(everything) == first.total and everything[:20] == first.rows + second.rows
    stamps = [e["created_at"] for e in everything]
    assert stamps == sorted(stamps, reverse=True)
    logins = client.organizations.audit_logs(event_type="auth.sso_login", page_size=100)
    assert logins.total == sum(e["event_type"] == "auth.sso_login" for e in everything)
    assert {e["event_type"] for e in logins.rows} == {"auth.sso_login"}
    recent = client.organizations.audit_logs(created_after="2026-11-20T00:00:00Z", page_size=100)
    assert recent.total == sum(s >= "2026-11-20" for s in stamps)
    with pytest.raises(bland_nb.BadRequestError):
        client.organizations.audit_logs(page_size=500)


def test_property_updates_are_audited(client):
    org_id = own(client)
    total = client.organizations.audit_logs().total
    client.organizations.update_properties(org_id, updates={"org_display_name": "Sandbox Dental Group"})
    page = client.organizations.audit_logs(page_size=1)
    newest = page.rows[0]
    assert page.total == total + 1
    assert (newest["event_type"], newest["actor_id"], newest["resource_id"]) == (
        "org.properties_updated",
        me(client),
        org_id,
    )
    assert newest["metadata"] == {"updates": {"org_display_name": "Sandbox Dental Group"}}
    mine = client.organizations.audit_logs(actor_id=me(client), event_type="org.properties_updated")
    assert [e["id"] for e in mine.rows] == [newest["id"]]


def test_audit_logs_are_enterprise_and_admin_only(sandbox, client):
    org_id = own(client)
    assert client.organizations.audit_logs().total > 0
    sandbox.store.organizations.orgs[org_id]["org_plan"] = "scale"
    with pytest.raises(bland_nb.PermissionDeniedError) as info:
        client.organizations.audit_logs()
    assert info.value.code == "FORBIDDEN" and info.value.body["data"] is None and "Enterprise" in info.value.message
    sandbox.store.organizations.orgs[org_id]["org_plan"] = "enterprise"
    colleague = next(m for m in client.organizations.members(org_id).rows if not m["is_owner"])
    update = client.organizations.update_member_permissions
    update(org_id, action="set", target=colleague["user_id"], permissions=["owner"])
    update(org_id, action="set", target=me(client), permissions=["viewer"])
    with pytest.raises(bland_nb.PermissionDeniedError, match="admin"):
        client.organizations.audit_logs()
    with pytest.raises(bland_nb.PermissionDeniedError):  # a viewer cannot promote itself back
        update(org_id, action="set", target=me(client), permissions=["admin"])


# -- every answer has the documented shape ----------------------------------------------------------


def shape(body: dict[str, Any]) -> tuple[Any, ...]:
    """Top-level keys, then the keys of `data` (or of its first item) and of its nested objects and
    first list items; for a scalar `data`, its kind."""
    data = body["data"]
    data = data[0] if isinstance(data, list) else data
    if not isinstance(data, dict):
        return sorted(body), "number" if isinstance(data, (int, float)) else type(data).__name__
    nested = {
        k: sorted(v[0] if isinstance(v, list) else v)
        for k, v in data.items()
        if isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict))
    }
    return sorted(body), sorted(data), nested


def answer(client, name: str) -> dict[str, Any]:
    """The raw body of one call of each organizations endpoint, on the seeded world."""
    raw = client.with_raw_response.organizations
    rows = orgs(client)
    org_id, viewed = rows[0]["org_id"], rows[2]["org_id"]
    created = client.organizations.create(name="Shape check")
    version = client.organizations.service_versions(org_id, "api_server").rows[1]["id"]
    calls = {
        "create_organization": lambda: raw.create(name="Another"),
        "delete_organization": lambda: raw.delete(created.id, delete_confirm=created.org_slug),
        "get_organization": lambda: raw.get(org_id),
        "get_organization_members": lambda: raw.members(org_id),
        "get_organization_current_service_version": lambda: raw.current_service_version(org_id, "api_server"),
        "list_organization_service_versions": lambda: raw.service_versions(org_id, "api_server"),
        "update_organization_service_version": lambda: raw.update_service_version(
            org_id, "api_server", version=version
        ),
        "update_organization_members": lambda: raw.update_members(
            org_id, action="add", target="a@example.org", permissions=["viewer"]
        ),
        "update_organization_member_permissions": lambda: raw.update_member_permissions(
            org_id,
            action="add",
            target=client.organizations.members(org_id).rows[1]["user_id"],
            permissions=["operator"],
        ),
        "update_organization_properties": lambda: raw.update_properties(
            org_id, updates={"preferences": {"use_bland_url": False}}
        ),
        "list_user_organization_memberships": lambda: raw.memberships(),
        "leave_organization": lambda: raw.leave(org_id=viewed),
        "get_organization_billing": lambda: raw.billing(org_id),
        "get_organization_billing_refill": lambda: raw.billing_refill(org_id),
        "list_audit_logs": lambda: raw.audit_logs(),
    }
    response = calls[name]()
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("name", ORG_ENDPOINTS)
def test_every_answer_has_the_documented_keys(client, name):
    assert len(ORG_ENDPOINTS) == 15
    assert shape(answer(client, name)) == shape(CATALOG[name]["response_example"])
