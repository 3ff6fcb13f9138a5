"""OrgPanel driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import html
import json
import re

import pytest

pytest.importorskip("ipywidgets")

from ipywidgets.embed import dependency_state, embed_data

from bland_nb import APIStatusError, BlandValidationError
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.widgets.organizations import OrgPanel

from .tables import table_rows


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=6, calls=100)


@pytest.fixture
def panel(sandbox: Sandbox) -> OrgPanel:
    return OrgPanel(sandbox.client())


def my_orgs(sandbox: Sandbox) -> dict[str, list[str]]:
    """Org id → the key's permissions there, from the sandbox's records."""
    orgs, me = sandbox.store.organizations, sandbox.store.account.user_id
    return {org_id: orgs.members[org_id][me]["permissions"] for org_id in orgs.orgs if me in orgs.members[org_id]}


def expected_members(sandbox: Sandbox, org_id: str) -> dict[str, list[str]]:
    """User id → [name, email, permissions] of an org's members, from the sandbox's records."""
    orgs = sandbox.store.organizations
    return {
        user_id: [
            f"{orgs.people[user_id]['first_name']} {orgs.people[user_id]['last_name']}",
            orgs.people[user_id]["member_email"],
            ", ".join(membership["permissions"]),
        ]
        for user_id, membership in orgs.members[org_id].items()
    }


def shown_members(panel: OrgPanel) -> dict[str, list[str]]:
    return {row[-1]: row[:3] for row in table_rows(panel.members.html.value)}


def requests(sandbox: Sandbox, since: int) -> list[str]:
    return [f"{entry['method']} {entry['path']}" for entry in sandbox.log[since:]]


def test_lists_the_keys_organizations_with_its_permissions(sandbox, panel):
    mine = my_orgs(sandbox)
    names = {org_id: org["org_display_name"] for org_id, org in sandbox.store.organizations.orgs.items()}
    assert panel.last_error is None
    assert {row[-1]: row[:2] for row in table_rows(panel.memberships.html.value)} == {
        org_id: [names[org_id], ", ".join(roles)] for org_id, roles in mine.items()
    }
    assert dict(panel.memberships.picker.options) == {
        f"{names[org_id]} · {', '.join(roles)}": org_id for org_id, roles in mine.items()
    }


def test_the_first_organization_is_shown_with_its_members(sandbox, panel):
    first = next(iter(my_orgs(sandbox)))
    org = sandbox.store.organizations.orgs[first]
    assert panel.shown == panel.memberships.picker.value == first and panel.detail.layout.display == ""
    assert shown_members(panel) == expected_members(sandbox, first)
    assert f"<h4 style='margin:4px 0'>{html.escape(org['org_display_name'])}</h4>" in panel.details.value
    assert f"plan: {org['org_plan']}" in panel.details.value
    assert f"{len(sandbox.store.organizations.members[first]):,} members" in panel.details.value


def test_picking_an_organization_loads_only_its_details_and_members(sandbox, panel):
    other = list(my_orgs(sandbox))[2]
    before = len(sandbox.log)
    panel.memberships.picker.value = other  # as a click in the picker does
    assert requests(sandbox, before) == [f"GET /v1/orgs/{other}", f"GET /v1/orgs/{other}/members"]
    assert shown_members(panel) == expected_members(sandbox, other)
    assert f"your permissions: {', '.join(my_orgs(sandbox)[other])}" in panel.details.value
    panel.select(other)  # showing it again through the method fetches it again, and shows the same
    assert shown_members(panel) == expected_members(sandbox, other)


def test_a_members_permissions_are_listed(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    panel.select(org_id)
    orgs = sandbox.store.organizations
    for user_id, membership in orgs.members[org_id].items():
        panel.select_member(user_id)
        assert re.findall(r"<li>(.*?)</li>", panel.permissions.value) == membership["permissions"]
        assert orgs.people[user_id]["member_email"] in panel.permissions.value
        assert ("created the organization" in panel.permissions.value) == membership["is_org_creator"]


def test_an_unknown_organization_is_said_in_the_panel_not_raised(sandbox, panel):
    panel.select("no-such-org")
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value and "no-such-org" in panel.status.value
    assert panel.detail.layout.display == "none" and panel.memberships.picker.value is None
    with pytest.raises(BlandValidationError, match="not a member of the organization shown"):
        panel.select_member(next(iter(sandbox.store.organizations.people)))


def test_select_member_refuses_a_stranger_by_name(sandbox, panel):
    first = next(iter(my_orgs(sandbox)))
    orgs = sandbox.store.organizations
    stranger = next(uid for uid in orgs.people if uid not in orgs.members[first])
    with pytest.raises(BlandValidationError, match=f"user_id='{stranger}' is not a member"):
        panel.select_member(stranger)


def test_a_failing_api_is_said_in_the_panel_not_raised():
    sandbox = Sandbox(seed=6, calls=50, faults=Faults(error_rate=1.0))
    panel = OrgPanel(sandbox.client(max_retries=0))
    assert isinstance(panel.last_error, APIStatusError)
    assert "The API refused this" in panel.status.value and "Traceback" not in panel.status.value
    assert panel.detail.layout.display == "none"


def test_saved_state_holds_no_key_no_slug_and_one_page_of_rows(sandbox, panel):
    orgs = sandbox.store.organizations
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    assert not any(org["org_slug"] in state for org in orgs.orgs.values())
    assert not any(person["member_phone_number"] in state for person in orgs.people.values())
    assert 0 < state.count("<tr><td>") <= 50


def test_refresh_keeps_the_organization_and_member_picked(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    panel.memberships.picker.value = org_id  # as a click does
    member = list(sandbox.store.organizations.members[org_id])[-1]
    panel.members.picker.value = member
    permissions = panel.permissions.value
    panel.refresh_button.click()
    assert panel.last_error is None and panel.shown == panel.memberships.picker.value == org_id
    assert panel.members.picker.value == member and panel.permissions.value == permissions
    assert shown_members(panel) == expected_members(sandbox, org_id)


def test_refresh_after_leaving_the_organization_shows_the_first_one(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    panel.select(org_id)
    del sandbox.store.organizations.members[org_id][sandbox.store.account.user_id]
    panel.refresh()
    assert panel.last_error is None and org_id not in panel.organizations
    assert panel.shown == panel.memberships.picker.value == next(iter(my_orgs(sandbox)))


def test_no_organizations_is_said_in_a_sentence():
    sandbox = Sandbox(seed=6, calls=10)
    me = sandbox.store.account.user_id
    for members in sandbox.store.organizations.members.values():
        members.pop(me, None)
    panel = OrgPanel(sandbox.client())
    assert panel.last_error is None and panel.shown is None
    assert panel.memberships.html.value.startswith("<i>This key belongs to no organization yet")
    assert "<table" not in panel.memberships.html.value
    assert all(w.layout.display == "none" for w in (panel.memberships.picker, panel.memberships.info))
    assert panel.detail.layout.display == "none"


def test_ids_are_shortened_with_the_whole_id_in_a_title(sandbox, panel):
    for org_id in my_orgs(sandbox):
        assert f"<td title='{org_id}'>{org_id[:8]}…</td>" in panel.memberships.html.value
    for user_id in sandbox.store.organizations.members[panel.shown]:
        assert f"<td title='{user_id}'>{user_id[:8]}…</td>" in panel.members.html.value
    assert panel.memberships.html.layout.overflow == "auto"
