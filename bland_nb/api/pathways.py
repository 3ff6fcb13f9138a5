"""Pathways: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import Pathway
from .._types import Id


class ListPathwaysParams(Params):
    """Parameters of `list_pathways`."""


list_pathways = Endpoint(
    name="list_pathways",
    group="pathways",
    method_name="list",
    http_method="GET",
    path="/v1/pathway",
    effect="read",
    summary='List your conversational pathways with their names, descriptions, nodes and edges.',
    synonyms=("conversation flows", "scripts", "call flows", "my pathways"),
    params=ListPathwaysParams,
    result=Pathway,
    items='',
)


class GetPathwayParams(Params):
    """Parameters of `get_pathway`."""

    pathway_id: Id = Field(description='ID of the pathway to fetch.')


get_pathway = Endpoint(
    name="get_pathway",
    group="pathways",
    method_name="get",
    http_method="GET",
    path="/v1/pathway/{pathway_id}",
    effect="read",
    summary='Return one conversational pathway with its name, description, nodes and edges.',
    synonyms=("flow details", "nodes", "graph"),
    params=GetPathwayParams,
    result=Pathway,
)


class GetPathwaySessionTokenParams(Params):
    """Parameters of `get_pathway_session_token`."""


get_pathway_session_token = Endpoint(
    name="get_pathway_session_token",
    group="pathways",
    method_name="session_token",
    http_method="GET",
    path="/v1/pathway/session",
    effect="read",
    summary='Create a pathway session token for pathway chat access, valid for one hour, with its expiry.',
    synonyms=("token", "session", "chat access"),
    params=GetPathwaySessionTokenParams,
)


class GetPathwayCallEventsParams(Params):
    """Parameters of `get_pathway_call_events`."""

    call_id: Id = Field(description='ID of the call whose pathway event timeline is wanted.')
    v: Literal['2'] = Field(
        description='Format version; pass 2 for the documented event format (omitting it returns a deprecated '
        'legacy log format).'
    )


get_pathway_call_events = Endpoint(
    name="get_pathway_call_events",
    group="pathways",
    method_name="call_events",
    http_method="GET",
    path="/v1/pathway_calls/{call_id}",
    effect="read",
    summary='Return the event timeline of a pathway call, such as node changes and operations, in order.',
    synonyms=("nodes visited", "path through the flow", "call journey", "node history", "went through"),
    params=GetPathwayCallEventsParams,
    items='',
)


class CreatePathwayParams(Params):
    """Parameters of `create_pathway`."""

    name: str = Field(description='Display name for the new pathway.')
    description: Optional[str] = Field(None, description='Optional free-text summary.')


create_pathway = Endpoint(
    name="create_pathway",
    group="pathways",
    method_name="create",
    http_method="POST",
    path="/v1/pathway/create",
    effect="write",
    summary='Create an empty conversational pathway with a name and description; returns its pathway ID.',
    synonyms=("new flow", "blank pathway", "empty flow"),
    params=CreatePathwayParams,
)


class UpdatePathwayParams(Params):
    """Parameters of `update_pathway`."""

    pathway_id: Id = Field(description='ID of the pathway to modify.')
    name: Optional[str] = Field(None, description='New pathway name.')
    description: Optional[str] = Field(None, description='New description.')
    nodes: Optional[list[dict[str, Any]]] = Field(
        None,
        description="List of node objects ({id, type, data}); node types include Default, End Call, Transfer "
        "Call, Webhook, Knowledge Base and more; data holds name, text or prompt, isStart, "
        "isGlobal/globalLabel, condition, transferNumber, kb, extractVars, modelOptions, "
        "fine-tuning examples. A node-like object carrying globalConfig.globalPrompt sets the "
        "pathway's global prompt.",
    )
    edges: Optional[list[dict[str, Any]]] = Field(
        None, description='Edge objects (source, target, label/data) defining transitions.'
    )


update_pathway = Endpoint(
    name="update_pathway",
    group="pathways",
    method_name="update",
    http_method="POST",
    path="/v1/pathway/{pathway_id}",
    effect="write",
    summary="Update a pathway's name, description, nodes or edges.",
    synonyms=("edit the flow", "change nodes", "modify the pathway", "node"),
    params=UpdatePathwayParams,
    idempotent=True,
    sends_to=('nodes',),
)


class DeletePathwayParams(Params):
    """Parameters of `delete_pathway`."""

    pathway_id: Id = Field(description='ID of the pathway to remove.')


delete_pathway = Endpoint(
    name="delete_pathway",
    group="pathways",
    method_name="delete",
    http_method="DELETE",
    path="/v1/pathway/{pathway_id}",
    effect="destructive",
    summary='Permanently delete a conversational pathway by its ID.',
    synonyms=("remove a flow",),
    params=DeletePathwayParams,
)


class GeneratePathwayParams(Params):
    """Parameters of `generate_pathway`."""

    input_prompt: str = Field(
        description='Detailed description of the pathway to build; at least 100 chars and at most 8000 chars '
        'for non-enterprise orgs.'
    )
    input_name: Optional[str] = Field(None, description='Optional name for the generated pathway.')


generate_pathway = Endpoint(
    name="generate_pathway",
    group="pathways",
    method_name="generate",
    http_method="POST",
    path="/v1/pathway/generate",
    effect="write",
    summary='Start generating a conversational pathway from a text description; returns a job ID to poll.',
    synonyms=("ai generated flow", "build from a description", "auto create a pathway", "from a prompt"),
    params=GeneratePathwayParams,
    envelope="data",
)


class GetPathwayGenerationStatusParams(Params):
    """Parameters of `get_pathway_generation_status`."""

    job_id: Id = Field(description='jobId returned by Generate Pathway.')


get_pathway_generation_status = Endpoint(
    name="get_pathway_generation_status",
    group="pathways",
    method_name="generation_status",
    http_method="GET",
    path="/v1/pathway/generate/status/{job_id}",
    effect="read",
    summary='Check a pathway generation job and return the new pathway ID, or an error, once it is ready.',
    synonyms=("generation done", "job status", "generated pathway ready"),
    params=GetPathwayGenerationStatusParams,
    envelope="data",
)


ENDPOINTS = [
    list_pathways,
    get_pathway,
    get_pathway_session_token,
    get_pathway_call_events,
    create_pathway,
    update_pathway,
    delete_pathway,
    generate_pathway,
    get_pathway_generation_status,
]
