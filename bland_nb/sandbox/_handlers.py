"""Sandbox handlers: a request's parameters → a state call → the API's JSON shape.

Endpoints with behaviour have a handler here, named after the endpoint. The others answer with
the documented example for their endpoint (its envelope, fields and types), so every declared
endpoint answers in its real shape.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from ._state import SandboxError, SandboxState

__all__ = ["HANDLERS", "example"]

Handler = Callable[[SandboxState, dict[str, Any]], Any]
HANDLERS: dict[str, Handler] = {}

SUMMARY_FIELDS = ("call_id", "created_at", "call_length", "to", "from", "completed", "queue_status",
                  "error_message", "answered_by", "batch_id", "campaign_id", "price")


@lru_cache(maxsize=1)
def _examples() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("examples.json").read_text())


def example(name: str) -> Any:
    """A fresh copy of the documented response example of an endpoint ({} where none is documented)."""
    body = _examples().get(name)
    return copy.deepcopy(body) if body is not None else {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = handler
        return handler

    return register


def _flag(value: Any) -> bool:
    return str(value).lower() in ("true", "1")


@handles("list_calls")
def list_calls(state: SandboxState, p: dict[str, Any]) -> Any:
    calls = list(state.calls.values())
    for key in ("campaign_id", "batch_id", "answered_by", "to_number", "from_number"):
        if p.get(key):
            wire = {"to_number": "to", "from_number": "from"}.get(key, key)
            calls = [c for c in calls if c[wire] == p[key]]
    if "completed" in p:
        calls = [c for c in calls if c["completed"] == _flag(p["completed"])]
    if p.get("start_date"):
        calls = [c for c in calls if c["created_at"] >= str(p["start_date"])]
    if p.get("end_date"):
        calls = [c for c in calls if c["created_at"][: len(str(p["end_date"]))] <= str(p["end_date"])]
    calls.sort(key=lambda c: c["created_at"], reverse=not _flag(p.get("ascending", False)))
    start = int(p.get("from", 0))
    limit = int(p.get("limit", 1000))
    end = min(int(p.get("to", start + limit)), start + limit)
    window = [{k: c[k] for k in SUMMARY_FIELDS} for c in calls[start:end]]
    return {"count": len(window), "total_count": len(calls), "calls": window}


@handles("get_call")
def get_call(state: SandboxState, p: dict[str, Any]) -> Any:
    return copy.deepcopy(state.call(p["call_id"]))


@handles("stop_call")
def stop_call(state: SandboxState, p: dict[str, Any]) -> Any:
    call = state.call(p["call_id"])
    if call["queue_status"] in ("queued", "started"):
        call.update(queue_status="cancelled", status="cancelled", completed=True)
    return {"status": "success", "message": "Call ended successfully."}


@handles("send_call", "send_call_simple", "send_call_pathway_simple")
def send_call(state: SandboxState, p: dict[str, Any]) -> Any:
    if not p.get("phone_number"):
        message = "Missing required parameter: phone_number."
        raise SandboxError(400, {"status": "error", "message": f'Invalid parameters. Error: ["{message}"]', "errors": [message]})
    call = state.send_call(p["phone_number"])
    return {"status": "success", "message": "Call successfully queued.", "call_id": call["call_id"], "batch_id": None}


@handles("list_campaigns")
def list_campaigns(state: SandboxState, p: dict[str, Any]) -> Any:
    return {"status": "success", "campaigns": [state.campaign_metrics(cid) for cid in state.campaigns]}


@handles("get_campaign")
def get_campaign(state: SandboxState, p: dict[str, Any]) -> Any:
    state.campaign(p["id"])
    rows = [{"call_id": c["call_id"], "phone_number": c["to"], "status": c["queue_status"], "answered_by": c["answered_by"]}
            for c in state.campaign_calls(p["id"])]
    return {"status": "success", "count": len(rows), "campaigns": rows}


@handles("stop_campaign")
def stop_campaign(state: SandboxState, p: dict[str, Any]) -> Any:
    stopped = state.stop_campaign(p["campaign_id"])
    return {"status": "success", "message": "Successfully stopped campaign", "num_calls": stopped, "campaign_id": p["campaign_id"]}


@handles("create_campaign")
def create_campaign(state: SandboxState, p: dict[str, Any]) -> Any:
    return {"status": "success", "campaign_id": state.create_campaign(p.get("name", "Untitled"), list(p.get("numbers") or []))}


@handles("get_account_details")
def get_account_details(state: SandboxState, p: dict[str, Any]) -> Any:
    return {"status": "success", "billing": {"current_balance": state.balance, "refill_to": state.refill_amount},
            "total_calls": len(state.calls)}


def _org(state: SandboxState, org_id: str) -> dict[str, Any]:
    if org_id != state.org["id"]:
        raise SandboxError.not_found("Organization", org_id)
    return state.org


@handles("get_organization")
def get_organization(state: SandboxState, p: dict[str, Any]) -> Any:
    return {"data": dict(_org(state, p["org_id"])), "errors": None}


@handles("get_organization_billing")
def get_organization_billing(state: SandboxState, p: dict[str, Any]) -> Any:
    _org(state, p["org_id"])
    return {"data": {"current_balance": state.balance, "refill_amount": state.refill_amount, "refill_at": state.refill_at}, "errors": None}


@handles("get_organization_billing_refill")
def get_organization_billing_refill(state: SandboxState, p: dict[str, Any]) -> Any:
    _org(state, p["org_id"])
    return {"data": state.refill_amount, "errors": None}


@handles("list_user_organization_memberships")
def list_user_organization_memberships(state: SandboxState, p: dict[str, Any]) -> Any:
    org = state.org
    membership = {"org_id": org["id"], "org_slug": org["org_slug"], "org_display_name": org["org_display_name"],
                  "permissions": ["owner"], "is_owner": True, "is_org_creator": True, "joined_at": org["org_creation_date"]}
    return {"data": [membership], "errors": None}
