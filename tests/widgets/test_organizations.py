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


def grid_rows(table) -> dict[str, list[str]]:
    """The grid's rows by key, as the browser draws them: each row's cells, the id (last) read whole
    from its title after checking it shows its first 8 characters."""
    rows = {}
    for row in table.grid.rows:
        assert row["cells"][-1] == row["key"][:8] + "…" and row["titles"][-1] == row["key"]
        rows[row["key"]] = row["cells"][:-1]
    return rows


def shown_members(panel: OrgPanel) -> dict[str, list[str]]:
    return {user_id: cells[:3] for user_id, cells in grid_rows(panel.members).items()}


def add_members(sandbox: Sandbox, org_id: str, count: int) -> None:
    """`count` more viewers of `org_id`, each a new person."""
    orgs = sandbox.store.organizations
    for number in range(count):
        user_id = f"user-{number:03}-{org_id}"
        orgs.people[user_id] = {
            "user_id": user_id,
            "first_name": "Extra",
            "last_name": f"Member {number:03}",
            "member_email": f"extra.{number:03}@example.com",
            "member_phone_number": f"+1555000{number:04}",
        }
        orgs.members[org_id][user_id] = {
            "permissions": ["viewer"],
            "is_owner": False,
            "is_org_creator": False,
            "joined_at": "2024-01-01T00:00:00Z",
        }


def requests(sandbox: Sandbox, since: int) -> list[str]:
    return [f"{entry['method']} {entry['path']}" for entry in sandbox.log[since:]]


def test_lists_the_keys_organizations_with_its_permissions(sandbox, panel):
    mine = my_orgs(sandbox)
    names = {org_id: org["org_display_name"] for org_id, org in sandbox.store.organizations.orgs.items()}
    assert panel.last_error is None
    assert {org_id: cells[:2] for org_id, cells in grid_rows(panel.memberships).items()} == {
        org_id: [names[org_id], ", ".join(roles)] for org_id, roles in mine.items()
    }
    assert panel.memberships.grid.label == "Organizations" and panel.members.grid.label == "Members"


def test_the_first_organization_is_shown_with_its_members(sandbox, panel):
    first = next(iter(my_orgs(sandbox)))
    org = sandbox.store.organizations.orgs[first]
    assert panel.shown == panel.memberships.grid.selected == first and panel.detail.layout.display == ""
    assert shown_members(panel) == expected_members(sandbox, first)
    assert f"<h4 style='margin:4px 0'>{html.escape(org['org_display_name'])}</h4>" in panel.details.value
    assert f"plan: {org['org_plan']}" in panel.details.value
    assert f"{len(sandbox.store.organizations.members[first]):,} members" in panel.details.value


def test_picking_an_organization_loads_only_its_details_and_members(sandbox, panel):
    other = list(my_orgs(sandbox))[2]
    before = len(sandbox.log)
    panel.memberships.grid.selected = other  # as a click on its row does
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
    assert panel.detail.layout.display == "none" and panel.memberships.grid.selected is None
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
    saved = embed_data(views=[panel], state=dependency_state([panel]))
    state = json.dumps(saved)
    assert sandbox.api_key not in state
    assert not any(org["org_slug"] in state for org in orgs.orgs.values())
    assert not any(person["member_phone_number"] in state for person in orgs.people.values())
    grids = [model["state"] for model in saved["manager_state"]["state"].values() if model["model_name"] == "AnyModel"]
    assert len(grids) == 2 and 0 < sum(len(grid["rows"]) for grid in grids) <= 50


def test_refresh_keeps_the_organization_and_member_picked(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    panel.memberships.grid.selected = org_id  # as a click does
    member = list(sandbox.store.organizations.members[org_id])[-1]
    panel.members.grid.selected = member
    permissions = panel.permissions.value
    panel.refresh_button.click()
    assert panel.last_error is None and panel.shown == panel.memberships.grid.selected == org_id
    assert panel.members.grid.selected == member and panel.permissions.value == permissions
    assert shown_members(panel) == expected_members(sandbox, org_id)


def test_refresh_after_leaving_the_organization_shows_the_first_one(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    panel.select(org_id)
    del sandbox.store.organizations.members[org_id][sandbox.store.account.user_id]
    panel.refresh()
    assert panel.last_error is None and org_id not in panel.organizations
    assert panel.shown == panel.memberships.grid.selected == next(iter(my_orgs(sandbox)))


def test_no_organizations_is_said_in_a_sentence():
    sandbox = Sandbox(seed=6, calls=10)
    me = sandbox.store.account.user_id
    for members in sandbox.store.organizations.members.values():
        members.pop(me, None)
    panel = OrgPanel(sandbox.client())
    assert panel.last_error is None and panel.shown is None
    assert panel.memberships.grid.empty.startswith("This key belongs to no organization yet")
    assert panel.memberships.grid.rows == [] and panel.memberships.grid.columns == []  # the sentence alone
    assert panel.memberships.pager.layout.display == "none" and panel.memberships.grid.selected is None
    assert panel.detail.layout.display == "none"


def test_ids_are_shortened_with_the_whole_id_in_a_title(sandbox, panel):
    assert set(grid_rows(panel.memberships)) == set(my_orgs(sandbox))  # each id checked shortened, whole in its title
    assert set(grid_rows(panel.members)) == set(sandbox.store.organizations.members[panel.shown])
    assert panel.memberships.grid.layout.overflow == "auto"


# -- the grids: clicks on rows and headers --------------------------------------------------------


def test_clicking_a_member_picks_and_highlights_them(sandbox, panel):
    orgs = sandbox.store.organizations
    before = len(sandbox.log)
    for user_id, membership in orgs.members[panel.shown].items():
        panel.members.grid.selected = user_id  # what a click on the row sets
        assert panel.members.selected == user_id and orgs.people[user_id]["member_email"] in panel.permissions.value
        assert re.findall(r"<li>(.*?)</li>", panel.permissions.value) == membership["permissions"]
    assert requests(sandbox, before) == []  # the members were loaded with the organization


def test_another_organization_drops_the_member_picked(sandbox, panel):
    first, other = list(my_orgs(sandbox))[:2]
    panel.members.grid.selected = next(iter(sandbox.store.organizations.members[first]))
    panel.memberships.grid.selected = other
    assert panel.shown == other and panel.members.grid.selected is None and panel.permissions.value == ""


def test_clicking_a_header_sorts_the_rows(sandbox, panel):
    names = {org_id: sandbox.store.organizations.orgs[org_id]["org_display_name"] for org_id in my_orgs(sandbox)}
    assert all(column["sortable"] for column in panel.memberships.grid.columns)  # every header sorts
    for sort, descending in (("org_display_name", False), ("-org_display_name", True)):
        panel.memberships.grid.sort = sort  # a click on the header, then a second
        assert panel.last_error is None
        assert list(grid_rows(panel.memberships)) == sorted(names, key=names.get, reverse=descending)
    people = sandbox.store.organizations.people
    panel.members.grid.sort = "-member_email"
    by_email = sorted(sandbox.store.organizations.members[panel.shown], key=lambda uid: people[uid]["member_email"])
    assert panel.last_error is None and list(grid_rows(panel.members)) == by_email[::-1]


def test_refresh_keeps_the_member_picked_their_page_and_the_order(sandbox, panel):
    org_id = list(my_orgs(sandbox))[1]
    add_members(sandbox, org_id, 60)
    panel.memberships.grid.selected = org_id
    panel.members.grid.sort = "name"
    panel.members.next.click()
    shown = list(grid_rows(panel.members))
    member = shown[-1]
    panel.members.grid.selected = member
    sandbox.store.organizations.members[org_id][member]["permissions"] = ["admin"]
    panel.refresh()
    assert panel.last_error is None and panel.shown == panel.memberships.grid.selected == org_id
    assert panel.members.page == 1 and panel.members.sort == "name" and list(grid_rows(panel.members)) == shown
    assert panel.members.grid.selected == member and "<li>admin</li>" in panel.permissions.value  # fresh


def test_select_member_turns_to_their_page_in_the_order_shown(sandbox, panel):
    add_members(sandbox, panel.shown, 60)
    panel.refresh()
    panel.members.grid.sort = "-name"
    people = sandbox.store.organizations.people
    by_name = sorted(
        sandbox.store.organizations.members[panel.shown],
        key=lambda uid: f"{people[uid]['first_name']} {people[uid]['last_name']}",
        reverse=True,
    )
    panel.select_member(by_name[-1])
    assert panel.members.page == 1 and panel.members.grid.selected == by_name[-1]
    assert list(grid_rows(panel.members)) == by_name[50:]
