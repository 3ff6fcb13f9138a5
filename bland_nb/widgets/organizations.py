"""`OrgPanel`: the organizations the key belongs to, their members and each member's permissions."""

from __future__ import annotations

import html
from typing import Any, Optional

import ipywidgets as widgets
import pandas as pd

from .. import BlandValidationError
from ._base import Panel
from ._grid import EVERY_COLUMN, GridTable

__all__ = ["OrgPanel"]

NO_ORGANIZATIONS = "This key belongs to no organization yet: organizations it joins show here."

MEMBERSHIP_COLUMNS = {
    "org_display_name": "organization",
    "roles": "your permissions",
    "joined_at": "joined (UTC)",
    "org_id": "id",
}
MEMBER_COLUMNS = {
    "name": "name",
    "member_email": "email",
    "roles": "permissions",
    "joined_at": "joined (UTC)",
    "user_id": "user id",
}
DETAILS = {
    "org_plan": "plan",
    "org_creation_date": "created",
    "org_rate_limit": "rate limit",
    "is_stripe_overdue": "payment overdue",
    "is_suspended": "suspended",
}
"""The organization's fields shown, by name: a list chosen so that no key, token or slug ever shows."""


def _people(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Membership rows with `roles` (text), `joined_at` (UTC) and `name` (of a member; blank for the key's own);
    no rows: the tables' columns, empty."""
    df = pd.DataFrame(rows) if rows else pd.DataFrame(columns=[*MEMBERSHIP_COLUMNS, *MEMBER_COLUMNS])
    df["roles"] = [", ".join(row.get("permissions") or []) for row in rows]
    df["name"] = [_name(row) for row in rows]
    df["joined_at"] = pd.to_datetime(
        pd.Series([row.get("joined_at") for row in rows], dtype="object"), utc=True, errors="coerce"
    )
    return df


def _name(member: dict[str, Any]) -> str:
    return " ".join(filter(None, (member.get("first_name"), member.get("last_name"))))


class OrgPanel(Panel):
    """Organizations the key belongs to; click one for its details and members, and a member
    for their permissions. Read-only.

    ```python
    from bland_nb.widgets import OrgPanel
    panel = OrgPanel(client)
    panel.select(org_id)               # as clicking its row does; an unknown id is said in the panel
    panel.select_member(user_id)
    ```
    """

    title = "Organizations"

    def _build(self) -> list[widgets.Widget]:
        self.organizations: dict[str, dict[str, Any]] = {}
        self.members_by_id: dict[str, dict[str, Any]] = {}
        self.shown: Optional[str] = None
        self.memberships = self._grid(MEMBERSHIP_COLUMNS, "org_id", "Organizations", NO_ORGANIZATIONS)
        self.memberships.on_select(self._org_picked)
        self.details = widgets.HTML()
        self.members = self._grid(MEMBER_COLUMNS, "user_id", "Members", "No members.")
        self.members.on_select(self._member_picked)
        self.permissions = widgets.HTML()
        self.detail = widgets.VBox(
            [self.details, self.members, self.permissions], layout=widgets.Layout(display="none")
        )
        return [self.memberships, self.detail]

    def _grid(self, columns: dict[str, str], key: str, label: str, empty: str) -> GridTable:
        """A grid of rows in memory: a click picks a row by `key` (an id, shown shortened); each header sorts."""
        return GridTable(columns, key=key, sortable=EVERY_COLUMN, ids=(key,), run=self.run, empty=empty, label=label)

    def _load(self) -> None:
        """The organizations again, at the same page; the one shown (and its member picked) fresh, while
        the key still belongs to it."""
        rows = self._client.organizations.memberships().all_rows()
        self.organizations = {row["org_id"]: row for row in rows}
        self.memberships.show_frame(_people(rows), keep=True)
        self.show_org(self.shown if self.shown in self.organizations else next(iter(self.organizations), None))

    def select(self, org_id: str) -> None:
        """Show organization `org_id`, as clicking its row does; an id the API refuses is said in the panel."""
        self.run("Loading the organization", self.show_org, org_id)

    def select_member(self, user_id: str) -> None:
        """Show the permissions of member `user_id` of the organization shown, as clicking their row does."""
        if user_id not in self.members_by_id:
            raise BlandValidationError(
                f"user_id={user_id!r} is not a member of the organization shown; "
                f"members: {', '.join(self.members_by_id) or 'none'}"
            )
        self.members.pick(user_id)

    def _org_picked(self, org_id: Optional[str]) -> None:
        if org_id is not None and org_id != self.shown:  # None: `show_org` cleared it (none shown or listed)
            self.run("Loading the organization", self.show_org, org_id)

    def _member_picked(self, user_id: Optional[str]) -> None:
        self.permissions.value = "" if user_id is None else permissions_html(self.members_by_id[user_id])

    def show_org(self, org_id: Optional[str]) -> None:
        """Fill the detail area with `org_id`'s details and members (None: hide it) and highlight its row;
        the same organization again keeps the members' page and the member picked, while they are still a member."""
        again = org_id is not None and org_id == self.shown
        member = self.members.selected if again else None
        self.shown, self.members_by_id = org_id, {}
        self.detail.layout.display = "none"
        self.memberships.pick(org_id)
        if org_id is None:
            return
        org = self._client.organizations.get(org_id).raw
        members = self._client.organizations.members(org_id).all_rows()
        self.members_by_id = {row["user_id"]: row for row in members}
        self.details.value = details_html(org, self.organizations.get(org_id), len(members))
        self.members.show_frame(_people(members), keep=again)
        self.members.pick(member)  # on their page; none picked for another organization, or one they left
        self._member_picked(self.members.selected)  # their permissions fresh, though the pick may not change
        self.detail.layout.display = ""


def details_html(org: dict[str, Any], membership: Optional[dict[str, Any]], members: int) -> str:
    """An organization's name, chosen details, member count and the key's permissions there."""
    name = html.escape(str(org.get("org_display_name") or "(no name)"))
    facts = [
        f"{label}: {html.escape(_fact(field, org[field]))}"
        for field, label in DETAILS.items()
        if org.get(field) is not None
    ]
    yours = ", ".join((membership or {}).get("permissions") or []) or "none (not a member)"
    return (
        f"<h4 style='margin:4px 0'>{name}</h4><small>{html.escape(str(org.get('id', '')))} · "
        f"{' · '.join(facts)} · {members:,} members · your permissions: {html.escape(yours)}</small>"
    )


def _fact(field: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)[:10] if field == "org_creation_date" else str(value)


def permissions_html(member: dict[str, Any]) -> str:
    """One member's permissions as a list, with who they are."""
    name = _name(member) or member["user_id"]
    roles = "".join(f"<li>{html.escape(str(role))}</li>" for role in member.get("permissions") or []) or "<li>none</li>"
    creator = " · created the organization" if member.get("is_org_creator") else ""
    return (
        f"<b>{html.escape(name)}</b> <small>{html.escape(str(member.get('member_email') or ''))}{creator}</small>"
        f"<br>Permissions:<ul style='margin:2px 0'>{roles}</ul>"
    )
