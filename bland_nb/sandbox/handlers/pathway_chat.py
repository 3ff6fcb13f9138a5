"""Pathway chat: open a session, send a message (the graph is walked), read the history."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles

SENT = ("chat_id", "chat_history", "pathway_id", "pathway_version", "use_candidate_model", "variables", "completed")


@handles("create_pathway_chat")
def create_pathway_chat(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    chat = store.pathway_chat.create(
        params.pathway_id,
        start_node_id=params.start_node_id,
        variables=params.request_data,
        version=params.pathway_version,
        candidate=params.use_candidate_model,
    )
    return {
        "data": {
            "chat_id": chat["chat_id"],
            "message": "Chat instance created successfully",
            "variables": chat["variables"],
        },
        "errors": None,
    }


@handles("send_pathway_chat_message")
def send_pathway_chat_message(store: Store, req: SandboxRequest) -> Any:
    replies = store.pathway_chat.send(req.params.chat_id, req.params.message)
    chat = store.pathway_chat.get(req.params.chat_id)
    node = store.pathway_chat.node(chat)
    return {
        "data": {
            **{key: chat[key] for key in SENT},
            "assistant_responses": replies,
            "current_node_id": node["id"],
            "current_node_name": (node.get("data") or {}).get("name"),
        },
        "errors": None,
    }


@handles("get_pathway_chat_history")
def get_pathway_chat_history(store: Store, req: SandboxRequest) -> Any:
    return {"data": store.pathway_chat.get(req.params.chat_id)["chat_history"]}
