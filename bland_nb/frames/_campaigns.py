"""Campaigns and batches as frames: one row each, every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

import pandas as pd

from ._calls import require_client
from ._columns import BATCHES, CAMPAIGNS
from ._convert import Columns, chunk, to_frame

__all__ = ["batches", "campaigns"]


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
    """The rows of `page` and every following page (each reshaped by `shape`) as one frame. (Neither
    list says its total, so the pages come one after another.)"""
    chunks = [chunk([shape(r) for r in p.rows] if shape else p.rows, columns) for p in page.iter_pages()]
    return to_frame(chunks, columns)
