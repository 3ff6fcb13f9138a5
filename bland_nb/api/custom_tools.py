"""Custom tools: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import Id, Number


class _CustomToolFields(Params):
    """A custom tool's definition, all optional: what Update Custom Tool sends. Create Custom Tool
    requires its name, description and url."""

    name: Optional[str] = Field(
        None,
        description='Tool name seen by the AI; may not be Speak/Wait/Transfer/Finish or contain reserved '
        'words (input, speak, transfer, switch, wait, finish, press, button, say, pause, record, '
        'play, dial, hang).',
    )
    description: Optional[str] = Field(None, description='What the tool does, shown to the AI.')
    speech: Optional[str] = Field(
        None,
        description='Filler phrase spoken while the tool runs; can be AI-generated via input.speech in input_schema.',
    )
    url: Optional[str] = Field(None, description='External https:// endpoint to call.')
    method: Optional[Literal['GET', 'POST']] = Field(None, description='HTTP method. API default: "GET".')
    headers: Optional[dict[str, Any]] = Field(None, description='Request headers; supports {{prompt variables}}.')
    body: Optional[dict[str, Any]] = Field(
        None, description='Request body (not for GET); supports {{input.*}} and other variables.'
    )
    query: Optional[dict[str, Any]] = Field(
        None, description='Query-string params appended to url; supports variables like {{phone_number}}, {{call_id}}.'
    )
    input_schema: Optional[dict[str, Any]] = Field(
        None, description="Loose JSON-schema describing the AI-generated input; 'example' key helps the model."
    )
    response: Optional[dict[str, Any]] = Field(
        None,
        description='Map of new variable names to JSONPath expressions extracted from the API response (whole '
        'body is in {{data}} by default).',
    )
    tool_timeout: Optional[Number] = Field(
        None, alias='timeout', description='Max wait in ms for the external API. API default: 10000.'
    )


class CreateCustomToolParams(_CustomToolFields):
    """Parameters of `create_custom_tool`."""

    # The definition, with name, description and url required.
    name: str = Field(
        description='Tool name seen by the AI; may not be Speak/Wait/Transfer/Finish or contain reserved '
        'words (input, speak, transfer, switch, wait, finish, press, button, say, pause, record, '
        'play, dial, hang).'
    )
    description: str = Field(description='What the tool does, shown to the AI.')
    url: str = Field(description='External https:// endpoint to call.')


create_custom_tool = Endpoint(
    name="create_custom_tool",
    group="custom_tools",
    method_name="create",
    http_method="POST",
    path="/v1/tools",
    effect="write",
    summary='Create a custom tool that lets the agent call an external API during calls; returns the tool ID.',
    synonyms=("api integration", "webhook tool", "function calling", "look up", "external api", "action during calls"),
    params=CreateCustomToolParams,
    sends_to=('url',),
)


class _CustomToolToUpdate(Params):
    """The path parameter: a last base, so that pydantic (furthest base first) lists it first."""

    tool_id: Id = Field(description='Tool to update.')


class UpdateCustomToolParams(_CustomToolFields, _CustomToolToUpdate):
    """Parameters of `update_custom_tool`."""


update_custom_tool = Endpoint(
    name="update_custom_tool",
    group="custom_tools",
    method_name="update",
    http_method="POST",
    path="/v1/tools/{tool_id}",
    effect="write",
    summary="Update a custom tool's name, description, request settings, input schema or response mapping.",
    synonyms=("change the tool url", "edit a tool"),
    params=UpdateCustomToolParams,
    idempotent=True,
    sends_to=('url',),
)


class DeleteCustomToolParams(Params):
    """Parameters of `delete_custom_tool`."""

    tool_id: Id = Field(description='Tool to delete.')


delete_custom_tool = Endpoint(
    name="delete_custom_tool",
    group="custom_tools",
    method_name="delete",
    http_method="DELETE",
    path="/v1/tools/{tool_id}",
    effect="destructive",
    summary='Delete a custom tool so agents can no longer use it on calls.',
    synonyms=("remove a tool",),
    params=DeleteCustomToolParams,
)


class ListCustomToolsParams(Params):
    """Parameters of `list_custom_tools`."""


list_custom_tools = Endpoint(
    name="list_custom_tools",
    group="custom_tools",
    method_name="list",
    http_method="GET",
    path="/v1/tools",
    effect="read",
    summary='List your custom tools with their IDs and definitions.',
    synonyms=("my tools", "functions"),
    params=ListCustomToolsParams,
    items='tools',
)


class GetCustomToolParams(Params):
    """Parameters of `get_custom_tool`."""

    tool_id: Id = Field(description='Tool ID (TL-...).')


get_custom_tool = Endpoint(
    name="get_custom_tool",
    group="custom_tools",
    method_name="get",
    http_method="GET",
    path="/v1/tools/{tool_id}",
    effect="read",
    summary="Return one custom tool's definition, including its request settings and input schema.",
    synonyms=("tool definition", "tool config"),
    params=GetCustomToolParams,
    unwrap='tool',
)


ENDPOINTS = [
    create_custom_tool,
    update_custom_tool,
    delete_custom_tool,
    list_custom_tools,
    get_custom_tool,
]
