"""Web agents: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import Id, Number


class _WebAgentFields(Params):
    """A web agent's settings, all optional, shared by Create and Update Web Agent."""

    prompt: Optional[str] = Field(None, description='Agent instructions and example dialogue.')
    voice: Optional[str] = Field(None, description='Voice name/ID (see List Voices).')
    webhook: Optional[str] = Field(
        None, description='URL that receives call data when a web call ends; null/empty clears it (update).'
    )
    metadata: Optional[dict[str, Any]] = Field(None, description='Arbitrary tracking data attached to calls.')
    pathway_id: Optional[Id] = Field(
        None,
        description='Pathway to follow; overrides prompt and resets prompt, first_sentence, model, '
        'dynamic_data, tools, transfer_list; null clears.',
    )
    language: Optional[str] = Field(None, description='Language code. API default: "ENG".')
    model: Optional[Literal['base', 'turbo']] = Field(None, description='Model choice. API default: "base".')
    first_sentence: Optional[str] = Field(None, description='Fixed opening line (<200 chars); null/empty removes.')
    tools: Optional[list[Any]] = Field(None, description='Custom tools (objects or TL- IDs) / KB IDs.')
    dynamic_data: Optional[dict[str, Any]] = Field(
        None, description='External-API data config as in Send Call; null clears.'
    )
    interruption_threshold: Optional[Number] = Field(
        None, description='Patience before responding (recommended 50-200). API default: 500.'
    )


_MAX_DURATION = 'Max call length in minutes; null resets. API default: 30.'


class CreateWebAgentParams(_WebAgentFields):
    """Parameters of `create_web_agent`."""

    # The settings, plus keywords, which only a new agent takes, and a duration of any number.
    keywords: Optional[list[str]] = Field(
        None, description="Transcription boost words, optional ':factor' suffix. API default: []."
    )
    max_duration: Optional[Number] = Field(None, description=_MAX_DURATION)


create_web_agent = Endpoint(
    name="create_web_agent",
    group="web_agents",
    method_name="create",
    http_method="POST",
    path="/v1/agents",
    effect="write",
    summary='Create a web agent for browser voice calls, with a prompt or pathway, voice and tools.',
    synonyms=(
        "website widget",
        "browser agent",
        "web voice agent",
        "site assistant",
        "embed",
        "landing page",
        "chatbot",
        "assistant on our site",
    ),
    params=CreateWebAgentParams,
    unwrap='agent',
    sends_to=('webhook', 'tools', 'dynamic_data'),
)


class _WebAgentToUpdate(Params):
    """The path parameter: a last base, so that pydantic (furthest base first) lists it first."""

    agent_id: Id = Field(description='Agent to update (not marked required on the page, but part of the path).')


class UpdateWebAgentParams(_WebAgentFields, _WebAgentToUpdate):
    """Parameters of `update_web_agent`."""

    max_duration: Optional[int] = Field(None, description=_MAX_DURATION)  # whole minutes here


update_web_agent = Endpoint(
    name="update_web_agent",
    group="web_agents",
    method_name="update",
    http_method="POST",
    path="/v1/agents/{agent_id}",
    effect="write",
    summary="Update a web agent's settings, such as its prompt, pathway, voice, tools or webhook.",
    synonyms=("edit the web agent", "website agent settings"),
    params=UpdateWebAgentParams,
    idempotent=True,
    sends_to=('webhook', 'tools', 'dynamic_data'),
)


class AuthorizeWebAgentCallParams(Params):
    """Parameters of `authorize_web_agent_call`."""

    agent_id: Id = Field(description='Web agent to mint a session for.')
    request_data: Optional[dict[str, Any]] = Field(None, description='Variables passed into this session.')


authorize_web_agent_call = Endpoint(
    name="authorize_web_agent_call",
    group="web_agents",
    method_name="authorize_call",
    http_method="POST",
    path="/v1/agents/{agent_id}/authorize",
    effect="outbound",
    summary='Create a one-time session token that lets a browser client start a call with a web agent.',
    synonyms=("browser token", "web call token", "start a browser call"),
    params=AuthorizeWebAgentCallParams,
)


class DeleteWebAgentParams(Params):
    """Parameters of `delete_web_agent`."""

    agent_id: Id = Field(description='Web agent to delete.')


delete_web_agent = Endpoint(
    name="delete_web_agent",
    group="web_agents",
    method_name="delete",
    http_method="POST",
    path="/v1/agents/{agent_id}/delete",
    effect="destructive",
    summary='Delete a web agent so it can no longer take browser calls.',
    synonyms=("remove the website agent",),
    params=DeleteWebAgentParams,
)


class ListWebAgentsParams(Params):
    """Parameters of `list_web_agents`."""


list_web_agents = Endpoint(
    name="list_web_agents",
    group="web_agents",
    method_name="list",
    http_method="GET",
    path="/v1/agents",
    effect="read",
    summary='List your web agents with their settings.',
    synonyms=("website agents", "browser agents"),
    params=ListWebAgentsParams,
    items='agents',
)


ENDPOINTS = [
    create_web_agent,
    update_web_agent,
    authorize_web_agent_call,
    delete_web_agent,
    list_web_agents,
]
