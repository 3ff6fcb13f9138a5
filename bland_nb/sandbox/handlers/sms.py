"""SMS: numbers and their configs, sending, conversations and their messages, analysis, A2P brands."""

from __future__ import annotations

import json
import math
from typing import Any

from ..state import Store
from ..state.sms import CONFIG_DEFAULTS
from . import SandboxRequest, enveloped, handles

TIMEOUTS = ("time_out", "timeout_message", "warning_time", "warning_message")
SEND_SETTINGS = (
    *TIMEOUTS,
    "metadata",
    "disposition_ids",
    "citation_schema_ids",
    "persona_id",
    "persona_version",
    "persona_settings",
    "content_sid",
    "content_variables",
)


def _pick(req: SandboxRequest, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(req.params, name) for name in names if req.given(name)}


def _conversation_fields(req: SandboxRequest, **fields: Any) -> dict[str, Any]:
    return {"variables": req.params.request_data, **fields}


@handles("list_sms_numbers")
def list_sms_numbers(store: Store, req: SandboxRequest) -> Any:
    return enveloped(store.sms.number_rows(req.params.channel))


@handles("update_sms_config")
def update_sms_config(store: Store, req: SandboxRequest) -> Any:
    config = store.sms.configure(req.params.phone_number, _pick(req, tuple(CONFIG_DEFAULTS)))
    return enveloped({"message": f"SMS config updated for number {req.params.phone_number}", "sms_config": config})


@handles("send_sms")
def send_sms(store: Store, req: SandboxRequest) -> Any:
    params = req.params

    def send() -> dict[str, Any]:
        pathway = {**_pick(req, ("pathway_id", "start_node_id")), **(params.persona_settings or {})}
        fields = _conversation_fields(
            req,
            webhook=params.webhook,
            effective_channel=params.channel,
            curr_pathway_id=pathway.get("pathway_id"),
            current_node_id=pathway.get("start_node_id"),
        )
        conv = store.sms.send(
            params.user_number,
            params.agent_number,
            params.agent_message,
            fresh=bool(params.new_conversation),
            fields=fields,
            settings=_pick(req, SEND_SETTINGS),
        )
        return enveloped(
            {"message": "SMS sent successfully", "conversation_id": conv["id"], "workflow_id": store.sms.workflow_id()}
        )

    return store.sms.once(params.idempotency_key, send)


@handles("send_sms_batch")
def send_sms_batch(store: Store, req: SandboxRequest) -> Any:
    batch = store.sms.send_batch(req.params.file_id, req.params.global_, req.params.column_mapping or {})
    return enveloped(
        {
            "message": "SMS batch processing initiated via Temporal workflow",
            "batch_id": batch["batch_id"],
            "workflow_id": batch["workflow_id"],
        }
    )


@handles("create_sms_conversation")
def create_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    fields = _conversation_fields(
        req,
        curr_pathway_id=params.curr_pathway_id,
        curr_pathway_version=params.curr_pathway_version,
        current_node_id=params.current_node_id,
    )
    conv = store.sms.store_message(
        params.user_number,
        params.agent_number,
        params.message,
        params.sender or "USER",
        fresh=bool(params.new_conversation),
        fields=fields,
        settings=_pick(req, TIMEOUTS),
    )
    return enveloped(
        {
            "message": "SMS conversation created successfully",
            "conversation_id": conv["id"],
            "workflow_id": store.sms.workflow_id(),
        }
    )


@handles("list_sms_conversations")
def list_sms_conversations(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    page, size = max(int(params.page or 1), 1), max(int(params.page_size or 25), 1)
    rows, total = store.sms.page(page, size, params.sort_by or "created_at", params.sort_dir != "asc", params.filters)
    pagination = {"totalItems": total, "totalPages": math.ceil(total / size), "currentPage": page, "pageSize": size}
    return {**enveloped(rows), "extra": {"pagination": pagination}}


@handles("get_sms_conversation")
def get_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    return enveloped(store.sms.detail(store.sms.get(req.params.conversation_id)))


@handles("update_sms_conversation")
def update_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    conv = store.sms.set_active(req.params.conversation_id, req.params.is_active)
    return {
        "message": "Conversation updated successfully",
        "conversation": {k: conv[k] for k in ("id", "is_active", "updated_at")},
    }


@handles("delete_sms_messages")
def delete_sms_messages(store: Store, req: SandboxRequest) -> Any:
    count = store.sms.delete_messages(req.params.conversation_id, req.params.message_ids)
    return enveloped({"message": f"{count} messages marked as deleted", "deleted_count": count})


@handles("delete_sms_conversation")
def delete_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    store.sms.delete(req.params.conversation_id)
    return enveloped({"message": "Conversation and all associated messages deleted successfully"})


@handles("get_sms_conversation_webhook")
def get_sms_conversation_webhook(store: Store, req: SandboxRequest) -> Any:
    return enveloped(store.sms.webhook_log(req.params.conversation_id))


@handles("analyze_sms_conversation")
def analyze_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    values, citations, read = store.sms.analyze(params.conversation_id)
    return {
        "data": {
            "status": "success",
            "conversation_id": params.conversation_id,
            "schema_id": params.schema_id,
            "schema_name": "SMS conversation details",
            "variables_extracted": len(values),
            "extracted_variables": values,
            "citations": citations,
            "messages_processed": read,
        },
        "errors": [],
    }


@handles("update_sms_number_legacy")
def update_sms_number_legacy(store: Store, req: SandboxRequest) -> Any:
    changes = {"objective": req.params.prompt, "temperature": req.params.temperature}
    store.sms.configure(
        req.params.phone_number,
        {k: v for k, v in changes.items() if v is not None},
        channel=req.params.channel or "sms",
        flat=True,
    )
    if req.given("ignore_keywords"):
        store.sms.number(req.params.phone_number)["ignore_keywords"] = req.params.ignore_keywords
    return {"status": "Prompt updated"}


@handles("update_sms_webhook")
def update_sms_webhook(store: Store, req: SandboxRequest) -> Any:
    store.sms.configure(req.params.phone_number, {"webhook": req.params.webhook}, flat=True)
    return {"status": "success"}


@handles("toggle_sms_human_mode")
def toggle_sms_human_mode(store: Store, req: SandboxRequest) -> Any:
    number = store.sms.number(req.params.phone_number, flat=True)
    number["human_mode"] = (not number["human_mode"]) if req.params.on is None else req.params.on
    return {"status": f"Turned human mode {'on' if number['human_mode'] else 'off'}"}


@handles("get_sms_messages_legacy")
def get_sms_messages_legacy(store: Store, req: SandboxRequest) -> Any:
    """The history the AI sees between two numbers (cleared messages left out), JSON-encoded."""
    conversations = store.sms.between(req.params.to, req.params.from_) if req.params.to and req.params.from_ else []
    return {"messages": json.dumps([m for c in conversations for m in store.sms.visible(c, to_ai=True)])}


@handles("clear_sms_conversation")
def clear_sms_conversation(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "count": store.sms.clear(req.params.to, req.params.from_)}


@handles("register_a2p_brand")
def register_a2p_brand(store: Store, req: SandboxRequest) -> Any:
    record = store.sms.register(req.params.model_dump(by_alias=True))
    return {
        "message": "A2P brand registration submitted",
        "data": {k: record[k] for k in ("registration_id", "status", "brandType", "businessName", "submitted_at")},
    }


@handles("check_a2p_status")
def check_a2p_status(store: Store, req: SandboxRequest) -> Any:
    record = store.sms.registration(req.params.registration_id)
    return {k: record[k] for k in ("status", "brandType", "failureReason")}
