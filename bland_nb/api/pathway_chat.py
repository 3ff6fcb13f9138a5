"""Pathway chat: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import Id, Number


class CreatePathwayChatParams(Params):
    """Parameters of `create_pathway_chat`."""

    pathway_id: Id = Field(description='Pathway to open a chat session against.')
    start_node_id: Optional[Id] = Field(None, description="Node to start from instead of the pathway's start node.")
    request_data: Optional[dict[str, Any]] = Field(
        None, description='Initial variables for the chat (must be a JSON object), usable as {{name}} in nodes.'
    )
    use_candidate_model: Optional[bool] = Field(None, description='Opt into the experimental candidate model.')
    pathway_version: Optional[Number] = Field(None, description='Version number to use; production version if omitted.')


create_pathway_chat = Endpoint(
    name="create_pathway_chat",
    group="pathway_chat",
    method_name="create",
    http_method="POST",
    path="/v1/pathway/chat/create",
    effect="write",
    summary='Start a text chat session with a pathway for testing, with optional start node and variables.',
    synonyms=("test a pathway", "try a flow", "simulate", "text chat"),
    params=CreatePathwayChatParams,
    envelope="data",
    host="https://us.api.bland.ai",
)


class SendPathwayChatMessageParams(Params):
    """Parameters of `send_pathway_chat_message`."""

    chat_id: Id = Field(alias='id', description='chat_id from Create Pathway Chat.')
    message: Optional[str] = Field(None, description='User message to send (optional).')


send_pathway_chat_message = Endpoint(
    name="send_pathway_chat_message",
    group="pathway_chat",
    method_name="send",
    http_method="POST",
    path="/v1/pathway/chat/{id}",
    effect="outbound",
    summary="Send a message in a pathway chat and return the agent's replies, current node and variables.",
    synonyms=("reply in the chat", "say", "test message"),
    params=SendPathwayChatMessageParams,
    envelope="data",
    host="https://us.api.bland.ai",
)


class GetPathwayChatHistoryParams(Params):
    """Parameters of `get_pathway_chat_history`."""

    chat_id: Id = Field(alias='id', description='chat_id from Create Pathway Chat.')


get_pathway_chat_history = Endpoint(
    name="get_pathway_chat_history",
    group="pathway_chat",
    method_name="history",
    http_method="GET",
    path="/v1/pathway/chat/{id}",
    effect="read",
    summary='Return the message history of a pathway chat session.',
    synonyms=("chat transcript", "what was said"),
    params=GetPathwayChatHistoryParams,
    envelope="data",
    items='',
    host="https://us.api.bland.ai",
)


ENDPOINTS = [
    create_pathway_chat,
    send_pathway_chat_message,
    get_pathway_chat_history,
]
