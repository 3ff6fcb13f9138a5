"""Blocked numbers: create (up to 10 at once), list by scope, get, edit reason/enforcement, delete."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, enveloped, handles


@handles("create_block_rules")
def create_block_rules(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    blocks = store.blocked_numbers.create(list(params.numbers), params.is_global, params.inbound_number, params.reason)
    return enveloped({"created_count": len(blocks), "blocks": blocks})


@handles("list_block_rules")
def list_block_rules(store: Store, req: SandboxRequest) -> Any:
    active_only = req.params.active_only is not False
    blocks = store.blocked_numbers.listed(req.params.inbound_number, active_only=active_only)
    return enveloped(
        {
            "blocks": blocks,
            "total_count": len(blocks),
            "filters": {"inbound_number": req.params.inbound_number, "active_only": active_only},
        }
    )


@handles("get_block_rule")
def get_block_rule(store: Store, req: SandboxRequest) -> Any:
    return enveloped(store.blocked_numbers.get(req.params.block_id))


@handles("edit_block_rule")
def edit_block_rule(store: Store, req: SandboxRequest) -> Any:
    changes = {"reason": req.params.reason} if req.given("reason") else {}
    if req.params.is_active is not None:
        changes["is_active"] = req.params.is_active
    return enveloped(store.blocked_numbers.edit(req.params.block_id, changes))


@handles("delete_block_rule")
def delete_block_rule(store: Store, req: SandboxRequest) -> Any:
    block_id = store.blocked_numbers.delete(req.params.block_id)
    return enveloped({"message": "Block rule deleted successfully", "deleted_block_id": block_id})
