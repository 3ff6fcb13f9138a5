"""Campaigns, batches and billing as frames: one row each."""

from __future__ import annotations

from typing import Any, Callable, Optional

import pandas as pd

from .._exceptions import APIStatusError
from ._calls import require_client
from ._columns import BATCHES, BILLING, CAMPAIGNS
from ._convert import Columns, concat, frame

__all__ = ["batches", "billing", "campaigns"]


def campaigns(client: Any) -> pd.DataFrame:
    """One row per campaign, with the metrics List Campaigns counts from its calls.

    Columns: `campaign_id`, `campaign_name` (string); `count`, `human_answered`,
    `voicemail_answered`, `unknown_answered`, `human_ended`, `assistant_ended`,
    `transferred_count` (Int64).
    """
    require_client(client, "campaigns")
    return _every_page(client.campaigns.list(), CAMPAIGNS)


def batches(client: Any) -> pd.DataFrame:
    """One row per batch (List Batches, every page), in the API's order.

    Columns: `batch_id`, `description`, `base_prompt` (string; the API's JSON text), `user_id`
    (string); `created_at` (datetime64[us, UTC]); `call_objects` (Int64: how many call objects
    the API listed for it).
    """
    require_client(client, "batches")
    return _every_page(client.batches.list(), BATCHES, _batch_row)


def _batch_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "batch_id": row.get("id"), "call_objects": len(row.get("call_objects") or [])}


Shape = Optional[Callable[[dict[str, Any]], dict[str, Any]]]


def _every_page(page: Any, columns: Columns, shape: Shape = None) -> pd.DataFrame:
    """The rows of `page` and every following page (each reshaped by `shape`) as one frame."""
    return concat((frame([shape(r) for r in p.rows] if shape else p.rows, columns) for p in page.iter_pages()), columns)


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
    return {**row, "name": org.get("org_display_name") or row["name"], "plan": org.get("org_plan"),
            "overdue": org.get("is_stripe_overdue"), "balance": money.get("current_balance"),
            "refill_at": money.get("refill_at"), "refill_amount": money.get("refill_amount")}
