"""Blocked numbers: create (up to 10 at once), list by scope, get, edit reason/enforcement, delete."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


def _data(payload: Any) -> dict[str, Any]:
    return {"data": payload, "errors": None}


@handles("create_block_rules")
def create_block_rules(store: Store, req: SandboxRequest) -> Any:
    p = req.p
    blocks = store.blocked_numbers.create(list(p.numbers), p.is_global, p.inbound_number, p.reason)
    return _data({"created_count": len(blocks), "blocks": blocks})


@handles("list_block_rules")
def list_block_rules(store: Store, req: SandboxRequest) -> Any:
    active_only = req.p.active_only is not False
    blocks = store.blocked_numbers.listed(req.p.inbound_number, active_only=active_only)
    return _data({"blocks": blocks, "total_count": len(blocks),
                  "filters": {"inbound_number": req.p.inbound_number, "active_only": active_only}})


@handles("get_block_rule")
def get_block_rule(store: Store, req: SandboxRequest) -> Any:
    return _data(store.blocked_numbers.get(req.p.block_id))


@handles("edit_block_rule")
def edit_block_rule(store: Store, req: SandboxRequest) -> Any:
    changes = {"reason": req.p.reason} if req.given("reason") else {}
    if req.p.is_active is not None:
        changes["is_active"] = req.p.is_active
    return _data(store.blocked_numbers.edit(req.p.block_id, changes))


@handles("delete_block_rule")
def delete_block_rule(store: Store, req: SandboxRequest) -> Any:
    block_id = store.blocked_numbers.delete(req.p.block_id)
    return _data({"message": "Block rule deleted successfully", "deleted_block_id": block_id})
