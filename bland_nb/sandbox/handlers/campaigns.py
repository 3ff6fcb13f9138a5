"""Campaigns and batches: create, list (metrics from calls), details, stop."""

from __future__ import annotations

import json
from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, handles


@handles("list_campaigns")
def list_campaigns(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "campaigns": [store.campaigns.metrics(cid) for cid in store.campaigns.campaigns]}


@handles("get_campaign")
def get_campaign(store: Store, req: SandboxRequest) -> Any:
    """Campaign Details: one row per number dialled, as documented."""
    campaign = store.campaigns.get(req.params.campaign_id)
    pathway_id = campaign["settings"].get("pathway_id")
    pathway = store.pathways.pathways.get(pathway_id) if pathway_id else None
    steps = [{"value": pathway_id, "label": pathway["name"]}] if pathway else []
    rows = {}
    for call in store.calls.of_campaign(req.params.campaign_id):
        state = "active" if call["queue_status"] in ("queued", "started") else "completed"
        rows[call["to"]] = {
            "id": call["call_id"],
            "campaign_name": campaign["campaign_name"],
            "created_at": call["created_at"],
            "request_data": {
                "language": "en-US",
                "model": "base",
                "record": True,
                "max_duration": "30",
                **campaign["settings"],
            },
            "sequences": [
                {
                    "seqId": f"seq_{campaign['campaign_id'][:8]}",
                    "step": 0,
                    "type": "send_call",
                    "task": "",
                    "start_time": None,
                    "pathway": steps,
                }
            ],
            "campaign_config": {"stop_when_answer": True, "auto_mark_complete": True},
            "campaign_state": "stopped" if campaign["status"] == "stopped" else state,
            "phone_number": call["to"],
            "curr_seq": f"seq_{campaign['campaign_id'][:8]}",
            "campaign_id": campaign["campaign_id"],
        }
    return {"status": "success", "count": len(rows), "campaigns": list(rows.values())}


@handles("create_campaign")
def create_campaign(store: Store, req: SandboxRequest) -> Any:
    settings = dict(req.params.model_extra or {})
    campaign = store.campaigns.create(req.params.name, list(req.params.numbers), settings)
    return {"status": "success", "campaign_id": campaign["campaign_id"]}


@handles("stop_campaign")
def stop_campaign(store: Store, req: SandboxRequest) -> Any:
    stopped = store.campaigns.stop(req.params.campaign_id)
    return {
        "status": "success",
        "message": "Successfully stopped campaign",
        "num_calls": stopped,
        "campaign_id": req.params.campaign_id,
    }


@handles("create_batch")
def create_batch(store: Store, req: SandboxRequest) -> Any:
    objects = req.params.call_objects or []
    if not objects or any(not o.get("phone_number") for o in objects):
        raise SandboxError.data(400, "VALIDATION_ERROR", "call_objects must list at least one call with a phone_number")
    batch = store.batches.create(req.params.description or "Untitled Batch", dict(req.params.global_ or {}), objects)
    return {"data": {"batch_id": batch["id"]}, "errors": None}


@handles("create_batch_v1_legacy")
def create_batch_v1_legacy(store: Store, req: SandboxRequest) -> Any:
    base = {"task": req.params.base_prompt, **(req.params.model_extra or {})}
    batch = store.batches.create(req.params.label or "Untitled Batch", base, list(req.params.call_data))
    return {"message": "success", "batch_id": batch["id"]}


@handles("list_batches")
def list_batches(store: Store, req: SandboxRequest) -> Any:
    batches = sorted(store.batches.batches.values(), key=lambda b: b["created_at"], reverse=True)
    skip, take = req.params.skip or 0, req.params.take or len(batches)
    return {"data": [_public(store, b) for b in batches[skip : skip + take]], "errors": None}


@handles("get_batch")
def get_batch(store: Store, req: SandboxRequest) -> Any:
    return {"data": _public(store, store.batches.get(req.params.batch_id)), "errors": None}


@handles("get_batch_logs")
def get_batch_logs(store: Store, req: SandboxRequest) -> Any:
    store.batches.get(req.params.batch_id)
    logs = store.batches.logs[req.params.batch_id]
    logs = logs if req.params.direction == "asc" else list(reversed(logs))
    skip, take = req.params.skip or 0, req.params.take or len(logs)
    return {"data": logs[skip : skip + take], "errors": None}


@handles("stop_batch")
def stop_batch(store: Store, req: SandboxRequest) -> Any:
    store.batches.stop(req.params.batch_id)
    return {"data": None, "errors": None}


def _public(store: Store, batch: dict[str, Any]) -> dict[str, Any]:
    """A batch as the API shows it; a seeded batch lists the calls it made as its call objects."""
    view = {k: v for k, v in batch.items() if k != "status"}
    if not view["call_objects"]:
        task = json.loads(batch["base_prompt"]).get("task")
        view["call_objects"] = [{"task": task, "phone_number": c["to"]} for c in store.calls.of_batch(batch["id"])]
    return view
