"""Billing as a frame: the account's balance and each organization's."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .. import APIStatusError
from ._calls import require_client
from ._columns import BILLING
from ._convert import frame

__all__ = ["billing"]


def billing(client: Any) -> pd.DataFrame:
    """One row for the account (Account Details) and one per organization the key belongs to.

    Columns: `scope` (category: `account` or `organization`); `org_id`, `name` (string); `plan`
    (category); `balance`, `refill_at` (the threshold under which the balance is refilled),
    `refill_amount` (float64, dollars); `overdue` (boolean); `error` (string: why an
    organization's details could not be read; its other columns are then empty). Account
    Details has no refill threshold, so the account row's `refill_at` is empty.
    """
    require_client(client, "billing")
    account = client.account.get().raw.get("billing") or {}
    rows = [{"scope": "account", "balance": account.get("current_balance"), "refill_amount": account.get("refill_to")}]
    for page in client.organizations.memberships().iter_pages():
        rows.extend(_organization(client, member) for member in page.rows)
    return frame(rows, BILLING)


def _organization(client: Any, member: dict[str, Any]) -> dict[str, Any]:
    row = {"scope": "organization", "org_id": member.get("org_id"), "name": member.get("org_display_name")}
    try:
        org = client.organizations.get(row["org_id"]).raw
        money = client.organizations.billing(row["org_id"]).raw
    except APIStatusError as exc:
        return {**row, "error": str(exc)}
    return {
        **row,
        "name": org.get("org_display_name") or row["name"],
        "plan": org.get("org_plan"),
        "overdue": org.get("is_stripe_overdue"),
        "balance": money.get("current_balance"),
        "refill_at": money.get("refill_at"),
        "refill_amount": money.get("refill_amount"),
    }
